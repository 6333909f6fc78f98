"""New-store openings (新店筹备): plan templates, projects counted down to day zero, gates, 验收合格方可营业.

**Plans** (``OpeningPlan``) are global templates: milestones with an offset in days from the opening date
("day zero", negative before it), an owner role, ``after`` (keys that must be done first) and a **gate**
flag. The built-in ``standard`` plan (``resources/opening_plans/standard.json``) is installed once per
workspace as shipped content (``install_builtin_plans``). Plans are exported and imported as JSON (format
``opsdesk-opening-plan`` 1, ``parse_plan``/``plan_to_data``); a bad file is refused whole, each problem a
``templates_io.FormatProblem`` with its code and field path, like checklist templates.

**Gates** are of three kinds, decided by the milestone's ``template_code`` (``gate_kind``):

- ``acceptance`` (a checklist template, e.g. ``new_store_fitout``): passed only by a signed acceptance run of
  that template naming the milestone (``start_gate_acceptance``; ``signatures.sign_run`` calls
  ``settle_gate`` once the run is frozen) whose result is accepted or conditional (no veto item failed).
  Both fit-out gates of the built-in plan (interior, exterior) use the whole ``new_store_fitout`` template.
  Failed items of a signed gate acceptance, passed or not, become corrective actions due before day zero.
- ``equipment`` (``template_code == "equipment_acceptance"``): passed (``check_gate``) when the store has
  equipment and every item not retired has passed its own acceptance (accepted, conditional, or since
  then in service / under repair) -- the equipment register decides.
- ``training`` (no template): a sign-off per person (``sign_off_training``, an event ``training_signed``
  whose ``user_id`` is the person trained); passed when every active user assigned to the store with the
  role staff or store_manager is signed off (at least one).

**验收合格方可营业**: ``org.set_store_status(..., "open")`` refuses (``GatesNotPassedError``) while the store has
an active project with a gate not passed; ``open_store`` opens it, before every gate only with a head-office
override and its reason (an ``override`` event; the change of ``override_reason`` is in the audit trail).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opsdesk import decisions
from opsdesk.errors import (
    FieldProblem,
    NotFoundError,
    OpsDeskError,
    ValidationError,
)
from opsdesk.ids import derived_id, utcnow
from opsdesk.models import Store, User
from opsdesk.models.openings import (
    MILESTONE_ROLES,
    PROJECT_STATUSES,
    OpeningEvent,
    OpeningMilestone,
    OpeningPlan,
    OpeningProject,
)
from opsdesk.permissions import A, as_system, require
from opsdesk.services.context import AppContext
from opsdesk.templates_io import FormatProblem, problem

PLAN_FORMAT = "opsdesk-opening-plan"
PLAN_FORMAT_VERSION = 1
PLAN_DIR = Path(__file__).resolve().parents[2] / "resources" / "opening_plans"
BUILTIN_MARKER = "builtin_opening_plans"
PLAN_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{1,39}$")
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_]{1,39}$")
STORE_KINDS = ("", "direct", "franchise")
SITE_KINDS = ("", "street", "mall")
MAX_OFFSET = 730  # days either side of day zero
OPENING_STORE_STATUSES = ("planned", "preparing")
OWNER_USER_ROLES = ("ops_manager", "supervisor")
EQUIPMENT_TEMPLATE = "equipment_acceptance"
EQUIPMENT_PASSED = ("accepted", "conditional", "in_service", "under_repair")
TRAINED_ROLES = ("staff", "store_manager")
RISK_DAYS = 7
HEALTH_STATUSES = ("on_track", "at_risk", "late")
MAX_REASON = 500
NOTES_MAX = 2000  # a project's notes
NOTE_MAX = 1000  # a milestone's note
REMIND_DAYS = 3  # start-up reminders: milestones due within this many days (and late ones)
MILESTONE_PHOTOS = "opening_milestone"  # owner_table of a milestone's evidence photos (attachments)
ALL_SEEING_ROLES = ("head_office", "ops_manager")

__all__ = ["HEALTH_STATUSES", "PROJECT_STATUSES", "EventDTO", "MilestoneDTO", "PlanDTO", "PlanFormatError",
           "PlanMilestoneSpec", "PlanSpec", "ProjectDTO", "ProjectHealth", "ProjectQuery"]


# ---------------------------------------------------------------- plan files (JSON)


@dataclass(frozen=True)
class PlanMilestoneSpec:
    key: str
    title: str
    title_en: str
    offset_days: int
    owner_role: str
    gate: bool = False
    template_code: str = ""
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanSpec:
    code: str
    title: str
    title_en: str
    store_kind: str
    site_kind: str
    milestones: tuple[PlanMilestoneSpec, ...]


class PlanFormatError(OpsDeskError):
    """The file is not a valid opening plan; ``details`` lists each problem (``FormatProblem``)."""

    code = "plan_format"

    def __init__(self, problems: list[FormatProblem]) -> None:
        self.details = list(problems)
        self.problems = [str(p) for p in self.details]
        super().__init__("invalid opening plan: " + "; ".join(self.problems[:10]), problems=self.problems)

    @property
    def first(self) -> str:
        first = self.problems[0] if self.problems else "invalid opening plan"
        more = len(self.problems) - 1
        return first + (f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else "")


PLAN_FIELDS = {"format", "format_version", "code", "title", "title_en", "store_kind", "site_kind", "milestones"}
MILESTONE_FIELDS = {"key", "title", "title_en", "offset_days", "owner_role", "gate", "template_code", "after"}


def _text(problems: list[FormatProblem], raw: dict, name: str, path: str, where: str, *, required: bool,
          max_len: int) -> str:
    value = raw.get(name, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        problems.append(problem("not_text", f"{name} must be text", path + name, where + name, field=name))
        return ""
    value = value.strip()
    if required and not value:
        problems.append(problem("required", f"{name} is required", path + name, where + name, field=name))
    elif len(value) > max_len:
        problems.append(problem("too_long", f"{name} is longer than {max_len} characters", path + name,
                                where + name, field=name, max=max_len))
    return value


def _choice(problems: list[FormatProblem], raw: dict, name: str, allowed: Sequence[str], path: str, where: str,
            default: str = "") -> str:
    value = raw.get(name, default)
    if value not in allowed:
        shown = ", ".join(a or '""' for a in allowed)
        problems.append(problem("not_one_of", f"{name} must be one of {shown}", path + name, where + name,
                                field=name, value=value, allowed=list(allowed)))
        return default
    return value


def _unknown(problems: list[FormatProblem], raw: dict, known: set[str], path: str, where: str) -> None:
    for name in sorted(set(raw) - known):
        problems.append(problem("unknown_field", f"unknown field {name!r}", path + name, where + name, field=name))


def parse_plan(data: Any) -> PlanSpec:
    """Check a plan's JSON data (format ``opsdesk-opening-plan`` 1); every problem at once
    (``PlanFormatError``), nothing half-read."""
    problems: list[FormatProblem] = []
    if not isinstance(data, dict):
        raise PlanFormatError([problem("not_an_object", "the file must hold a JSON object")])
    if data.get("format") != PLAN_FORMAT:
        problems.append(problem("wrong_format", f"format must be {PLAN_FORMAT!r}", "format", field="format"))
    if data.get("format_version") != PLAN_FORMAT_VERSION:
        problems.append(problem("unsupported_version", f"format_version must be {PLAN_FORMAT_VERSION}",
                                "format_version", field="format_version", value=data.get("format_version")))
    _unknown(problems, data, PLAN_FIELDS, "", "")
    code = _text(problems, data, "code", "", "", required=True, max_len=40)
    if code and not PLAN_CODE_RE.match(code):
        problems.append(problem("invalid_code", "code must be 2-40 lower-case letters, digits, _ or -", "code",
                                field="code", value=code))
    title = _text(problems, data, "title", "", "", required=True, max_len=120)
    title_en = _text(problems, data, "title_en", "", "", required=False, max_len=120)
    store_kind = _choice(problems, data, "store_kind", STORE_KINDS, "", "")
    site_kind = _choice(problems, data, "site_kind", SITE_KINDS, "", "")
    raw_milestones = data.get("milestones")
    milestones: list[PlanMilestoneSpec] = []
    if not isinstance(raw_milestones, list) or not raw_milestones:
        problems.append(problem("required", "milestones must be a non-empty list", "milestones", field="milestones"))
        raw_milestones = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_milestones):
        path = f"milestones[{n}]."
        if not isinstance(raw, dict):
            problems.append(problem("not_an_object", "a milestone must be an object", path[:-1], field="milestones"))
            continue
        key = raw.get("key") if isinstance(raw.get("key"), str) else ""
        where = f"milestones[{n}] (key {key!r})." if key else path
        _unknown(problems, raw, MILESTONE_FIELDS, path, where)
        key = _text(problems, raw, "key", path, where, required=True, max_len=40)
        if key and not KEY_RE.match(key):
            problems.append(problem("invalid_key", "key must be 2-40 lower-case letters, digits or _", path + "key",
                                    where + "key", field="key", value=key))
        elif key in seen:
            problems.append(problem("duplicate", f"key {key!r} is used twice", path + "key", where + "key",
                                    field="key", value=key))
        m_title = _text(problems, raw, "title", path, where, required=True, max_len=200)
        m_title_en = _text(problems, raw, "title_en", path, where, required=False, max_len=200)
        offset = raw.get("offset_days")
        if isinstance(offset, bool) or not isinstance(offset, int):
            problems.append(problem("not_whole_number", "offset_days must be a whole number of days",
                                    path + "offset_days", where + "offset_days", field="offset_days", value=offset))
            offset = 0
        elif abs(offset) > MAX_OFFSET:
            problems.append(problem("out_of_range", f"offset_days must lie within ±{MAX_OFFSET}",
                                    path + "offset_days", where + "offset_days", field="offset_days",
                                    max=MAX_OFFSET, value=offset))
        owner_role = _choice(problems, raw, "owner_role", MILESTONE_ROLES, path, where, "ops_manager")
        gate = raw.get("gate", False)
        if not isinstance(gate, bool):
            problems.append(problem("not_boolean", "gate must be true or false", path + "gate", where + "gate",
                                    field="gate", value=gate))
            gate = False
        template_code = _text(problems, raw, "template_code", path, where, required=False, max_len=40)
        if template_code and not gate:
            problems.append(problem("template_without_gate", "only a gate names an acceptance template",
                                    path + "template_code", where + "template_code", field="template_code"))
        after = raw.get("after", [])
        if not isinstance(after, list) or not all(isinstance(a, str) for a in after):
            problems.append(problem("not_a_list", "after must be a list of keys", path + "after", where + "after",
                                    field="after"))
            after = []
        for a in after:
            if a not in seen:  # earlier milestones only: no cycles
                problems.append(problem("unknown_after", f"after names {a!r}, which is not an earlier milestone",
                                        path + "after", where + "after", field="after", value=a))
        seen.add(key)
        milestones.append(PlanMilestoneSpec(key, m_title, m_title_en, offset, owner_role, gate, template_code,
                                            tuple(dict.fromkeys(after))))
    if problems:
        raise PlanFormatError(problems)
    return PlanSpec(code, title, title_en, store_kind, site_kind, tuple(milestones))


def load_plan_file(path: str | Path) -> PlanSpec:
    """Read and check a plan file (``parse_plan``); unreadable JSON is one ``PlanFormatError``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PlanFormatError([problem("not_json", f"not a JSON file: {exc}")]) from None
    return parse_plan(data)


def plan_to_data(spec: PlanSpec) -> dict[str, Any]:
    """The JSON data of a plan (what ``parse_plan`` reads back to the same spec)."""
    return {
        "format": PLAN_FORMAT, "format_version": PLAN_FORMAT_VERSION, "code": spec.code, "title": spec.title,
        "title_en": spec.title_en, "store_kind": spec.store_kind, "site_kind": spec.site_kind,
        "milestones": [{"key": m.key, "title": m.title, "title_en": m.title_en, "offset_days": m.offset_days,
                        "owner_role": m.owner_role, "gate": m.gate, "template_code": m.template_code,
                        "after": list(m.after)} for m in spec.milestones],
    }


def dumps_plan(spec: PlanSpec) -> str:
    return json.dumps(plan_to_data(spec), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- plans in the workspace


@dataclass(frozen=True)
class PlanDTO:
    id: str
    code: str
    title: str
    title_en: str
    store_kind: str
    site_kind: str
    active: bool
    milestones: tuple[PlanMilestoneSpec, ...]

    @property
    def spec(self) -> PlanSpec:
        return PlanSpec(self.code, self.title, self.title_en, self.store_kind, self.site_kind, self.milestones)


def _plan_dto(p: OpeningPlan) -> PlanDTO:
    # Stored content was checked when written: read it back through the same rules.
    spec = parse_plan({"format": PLAN_FORMAT, "format_version": PLAN_FORMAT_VERSION, "code": p.code,
                       "title": p.title, "title_en": p.title_en, "store_kind": p.store_kind,
                       "site_kind": p.site_kind, "milestones": json.loads(p.milestones or "[]")})
    return PlanDTO(p.id, p.code, p.title, p.title_en, p.store_kind, p.site_kind, p.active, spec.milestones)


def _plan_row(s: Session, code: str) -> OpeningPlan | None:
    return s.scalars(select(OpeningPlan).where(OpeningPlan.code == code, OpeningPlan.deleted.is_(False))
                     .order_by(OpeningPlan.created_at, OpeningPlan.id)).first()


def list_plans(ctx: AppContext, include_inactive: bool = False) -> list[PlanDTO]:
    with ctx.read() as s:
        stmt = select(OpeningPlan).where(OpeningPlan.deleted.is_(False))
        if not include_inactive:
            stmt = stmt.where(OpeningPlan.active.is_(True))
        return [_plan_dto(p) for p in s.scalars(stmt.order_by(OpeningPlan.code))]


def get_plan(ctx: AppContext, code: str) -> PlanDTO:
    with ctx.read() as s:
        row = _plan_row(s, code)
        if row is None:
            raise NotFoundError("opening_plan", code=code)
        return _plan_dto(row)


def export_plan(ctx: AppContext, code: str) -> str:
    """The plan as JSON text (``plan_to_data``)."""
    return dumps_plan(get_plan(ctx, code).spec)


def _milestones_json(spec: PlanSpec) -> str:
    return json.dumps(plan_to_data(spec)["milestones"], ensure_ascii=False)


def import_plan(ctx: AppContext, spec: PlanSpec) -> PlanDTO:
    """Add a plan, or replace the milestones and titles of the plan with its code (existing projects keep the
    milestones they were made with)."""
    with ctx.tx() as s:
        require(s, ctx, A.OPENING_PLANS)
        row = _plan_row(s, spec.code)
        if row is None:
            row = OpeningPlan(code=spec.code)
            s.add(row)
        row.title, row.title_en, row.store_kind, row.site_kind = spec.title, spec.title_en, spec.store_kind, spec.site_kind
        row.milestones = _milestones_json(spec)
        row.active = True
        s.flush()
        return _plan_dto(row)


def install_builtin_plans(ctx: AppContext, folder: Path = PLAN_DIR) -> int:
    """Install the shipped plans once per workspace (idempotent; a marker in ``meta``); returns how many were
    made. Written as shipped content like the default equipment categories: ids derived from the codes and
    the shipped clock, so every workspace holds the same rows. A code the workspace already has is left alone."""
    from dataclasses import replace as _replace

    from opsdesk.models import Meta
    from opsdesk.sync.capture import BuiltinClock

    specs = [load_plan_file(p) for p in sorted(folder.glob("*.json"))]
    if ctx.db.get_meta(BUILTIN_MARKER) == str(len(specs)):
        return 0
    made = 0
    with ctx.tx() as s:
        marker = s.get(Meta, BUILTIN_MARKER)
        if marker is not None and marker.value == str(len(specs)):
            return 0
        own = s.info["capture"]
        s.info["capture"] = _replace(own, clock=BuiltinClock(), builtin=True, actor_id=None)
        try:
            for spec in specs:
                pid = derived_id("opening_plan", spec.code)
                if _plan_row(s, spec.code) is not None or s.get(OpeningPlan, pid) is not None:
                    continue
                s.add(OpeningPlan(id=pid, code=spec.code, title=spec.title, title_en=spec.title_en,
                                  store_kind=spec.store_kind, site_kind=spec.site_kind,
                                  milestones=_milestones_json(spec), active=True))
                made += 1
            s.flush()
        finally:
            s.info["capture"] = own
        if marker is None:
            s.add(Meta(key=BUILTIN_MARKER, value=str(len(specs))))
        else:  # a plan shipped since the workspace was made: installed now, the others left as they are
            marker.value = str(len(specs))
    return made


# ---------------------------------------------------------------- DTOs


def gate_kind(gate: bool, template_code: str) -> str | None:
    """``acceptance``, ``equipment`` or ``training`` for a gate (see the module docstring); None otherwise."""
    if not gate:
        return None
    if template_code == EQUIPMENT_TEMPLATE:
        return "equipment"
    return "acceptance" if template_code else "training"


@dataclass(frozen=True)
class MilestoneDTO:
    id: str
    project_id: str
    key: str
    title: str
    title_en: str
    position: int
    offset_days: int | None
    fixed_date: date | None
    due_on: date
    owner_role: str
    gate: bool
    template_code: str
    after: tuple[str, ...]
    done_at: datetime | None
    done_by: str | None
    run_id: str | None
    note: str

    @property
    def done(self) -> bool:
        return self.done_at is not None

    @property
    def gate_kind(self) -> str | None:
        return gate_kind(self.gate, self.template_code)

    def late(self, today: date) -> bool:
        return not self.done and self.due_on < today


@dataclass(frozen=True)
class EventDTO:
    id: str
    kind: str
    milestone_id: str | None
    user_id: str | None
    user_name: str
    at: datetime
    from_date: date | None
    to_date: date | None
    note: str


@dataclass(frozen=True)
class ProjectDTO:
    id: str
    store_id: str
    store_code: str
    store_name: str
    store_kind: str
    store_status: str
    plan_id: str | None
    target_date: date
    owner_id: str | None
    owner_name: str
    franchisee_id: str | None
    franchisee_name: str
    status: str
    notes: str
    opened_on: date | None
    override_reason: str
    milestones: tuple[MilestoneDTO, ...] = ()
    events: tuple[EventDTO, ...] = ()

    def milestone(self, key: str) -> MilestoneDTO:
        return next(m for m in self.milestones if m.key == key)

    @property
    def gates_open(self) -> tuple[MilestoneDTO, ...]:
        return tuple(m for m in self.milestones if m.gate and not m.done)


@dataclass(frozen=True)
class ProjectQuery:
    store_id: str | None = None
    status: str | None = None  # active, opened, cancelled; None: all
    visible_to: str | None = None  # a user id: only the projects that user sees (``_visible_stores``)


def _milestone_dto(m: OpeningMilestone) -> MilestoneDTO:
    return MilestoneDTO(m.id, m.project_id, m.key, m.title, m.title_en or "", m.position, m.offset_days,
                        m.fixed_date, m.due_on, m.owner_role, bool(m.gate), m.template_code or "",
                        tuple(json.loads(m.after or "[]")), m.done_at, m.done_by, m.run_id, m.note or "")


def _names(s: Session, ids: set[str | None]) -> dict[str, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.name).where(User.id.in_(wanted))).all())


def _milestones(s: Session, project_id: str) -> list[OpeningMilestone]:
    return list(s.scalars(select(OpeningMilestone).where(OpeningMilestone.project_id == project_id,
                                                         OpeningMilestone.deleted.is_(False))
                          .order_by(OpeningMilestone.position, OpeningMilestone.id)))


def _project_dto(s: Session, p: OpeningProject, *, events: bool = True) -> ProjectDTO:
    store = s.get(Store, p.store_id)
    rows = list(s.scalars(select(OpeningEvent).where(OpeningEvent.project_id == p.id, OpeningEvent.deleted.is_(False))
                          .order_by(OpeningEvent.at, OpeningEvent.id))) if events else []
    names = _names(s, {p.owner_id, p.franchisee_id, *(e.user_id for e in rows)})
    return ProjectDTO(
        p.id, p.store_id, store.code, store.name, store.kind, store.status, p.plan_id, p.target_date, p.owner_id,
        names.get(p.owner_id or "", ""), p.franchisee_id, names.get(p.franchisee_id or "", ""), p.status,
        p.notes or "", p.opened_on, p.override_reason or "",
        tuple(_milestone_dto(m) for m in _milestones(s, p.id)),
        tuple(EventDTO(e.id, e.kind, e.milestone_id, e.user_id, names.get(e.user_id or "", ""), e.at, e.from_date,
                       e.to_date, e.note or "") for e in rows))


def _live_project(s: Session, project_id: str) -> OpeningProject:
    p = s.get(OpeningProject, project_id)
    if p is None or p.deleted:
        raise NotFoundError("opening_project", id=project_id)
    return p


def _active_project(s: Session, project_id: str) -> OpeningProject:
    p = _live_project(s, project_id)
    if p.status != "active":
        raise ValidationError([FieldProblem("project_id", "not_active", {"status": p.status})])
    return p


def get_project(ctx: AppContext, project_id: str) -> ProjectDTO:
    """The project with its milestones (plan order) and events (oldest first)."""
    with ctx.read() as s:
        return _project_dto(s, _live_project(s, project_id))


def list_projects(ctx: AppContext, q: ProjectQuery = ProjectQuery()) -> list[ProjectDTO]:
    """Projects with their milestones (events left out), by target date then store code."""
    if q.status is not None and q.status not in PROJECT_STATUSES:
        raise ValidationError([FieldProblem("status", "invalid_choice", {"allowed": PROJECT_STATUSES})])
    with ctx.read() as s:
        stmt = (select(OpeningProject).join(Store, Store.id == OpeningProject.store_id)
                .where(OpeningProject.deleted.is_(False)))
        if q.store_id:
            stmt = stmt.where(OpeningProject.store_id == q.store_id)
        if q.status:
            stmt = stmt.where(OpeningProject.status == q.status)
        if q.visible_to:
            stores = _visible_stores(s, q.visible_to)
            if stores is not None:
                stmt = stmt.where((OpeningProject.store_id.in_(stores)) | (OpeningProject.franchisee_id == q.visible_to))
        stmt = stmt.order_by(OpeningProject.target_date, Store.code, OpeningProject.id)
        return [_project_dto(s, p, events=False) for p in s.scalars(stmt)]


def find_project(ctx: AppContext, ref: str) -> ProjectDTO:
    """A project by its id, or by its store's code (any case): the store's active project, else its latest."""
    ref = (ref or "").strip()
    with ctx.read() as s:
        p = s.get(OpeningProject, ref) if ref else None
        if p is None or p.deleted:
            p = s.scalars(select(OpeningProject).join(Store, Store.id == OpeningProject.store_id)
                          .where(func.lower(Store.code) == ref.lower(), Store.deleted.is_(False), OpeningProject.deleted.is_(False))
                          .order_by((OpeningProject.status == "active").desc(), OpeningProject.created_at.desc(),
                                    OpeningProject.id)).first() if ref else None
        if p is None:
            raise NotFoundError("opening_project", code=ref)
        return _project_dto(s, p)


# ---------------------------------------------------------------- projects


def _event(s: Session, ctx: AppContext, project: OpeningProject, kind: str, *, milestone_id: str | None = None,
           user_id: str | None = None, from_date: date | None = None, to_date: date | None = None,
           note: str = "") -> None:
    s.add(OpeningEvent(project_id=project.id, kind=kind, milestone_id=milestone_id,
                       user_id=user_id if user_id is not None else ctx.user_id, at=utcnow(), from_date=from_date,
                       to_date=to_date, note=note))


def _check_user(s: Session, problems: list[FieldProblem], name: str, user_id: str | None,
                roles: tuple[str, ...]) -> None:
    if not user_id:
        return
    user = s.get(User, user_id)
    if user is None or user.deleted or not user.active:
        problems.append(FieldProblem(name, "invalid_user"))
    elif user.role not in roles:
        problems.append(FieldProblem(name, "wrong_role", {"allowed": roles}))


def plan_for(ctx: AppContext, store_kind: str, site_kind: str = "") -> str:
    """The code of the active plan that fits a store best: same store kind and site kind, then same store
    kind, then a plan for any kind (the built-in ``standard``)."""
    plans = list_plans(ctx)

    def rank(p: PlanDTO) -> tuple[int, int, str]:
        kind = 0 if p.store_kind == store_kind else 1 if not p.store_kind else 9
        site = 0 if p.site_kind == site_kind else 1 if not p.site_kind else 9
        return (kind, site, "" if p.code == "standard" else p.code)

    fits = sorted((p for p in plans if rank(p)[0] < 9 and rank(p)[1] < 9), key=rank)
    return fits[0].code if fits else "standard"


def create_project(ctx: AppContext, store_id: str, target_date: date, owner_id: str | None = None,
                   franchisee_id: str | None = None, plan_code: str | None = None, notes: str = "") -> ProjectDTO:
    """Start the opening of a store in status planned or preparing that has no active project: the plan's
    (default: ``plan_for`` the store's kind) milestones with ``due_on = target + offset``. The owner is an ops manager or a supervisor; a franchisee
    (a store manager's account) only for a franchise store. Every problem at once; nothing written then."""
    problems: list[FieldProblem] = []
    if not isinstance(target_date, date) or isinstance(target_date, datetime):
        problems.append(FieldProblem("target_date", "required"))
    notes = (notes or "").strip()
    if len(notes) > NOTES_MAX:
        problems.append(FieldProblem("notes", "too_long", {"max": NOTES_MAX}))
    if plan_code is None:
        with ctx.read() as s:
            found = s.get(Store, store_id) if store_id else None
            plan_code = plan_for(ctx, found.kind if found is not None else "")
    with ctx.tx() as s:
        require(s, ctx, A.OPENING_MANAGE, store_id or None)
        store = s.get(Store, store_id) if store_id else None
        if store is None or store.deleted:
            problems.append(FieldProblem("store_id", "not_found"))
        else:
            if store.status not in OPENING_STORE_STATUSES:
                problems.append(FieldProblem("store_id", "not_being_opened", {"status": store.status}))
            active = s.scalar(select(OpeningProject.id).where(OpeningProject.store_id == store.id,
                                                              OpeningProject.status == "active",
                                                              OpeningProject.deleted.is_(False)).limit(1))
            if active:
                problems.append(FieldProblem("store_id", "has_active_project"))
            if franchisee_id and store.kind != "franchise":
                problems.append(FieldProblem("franchisee_id", "not_a_franchise"))
        _check_user(s, problems, "owner_id", owner_id, OWNER_USER_ROLES)
        _check_user(s, problems, "franchisee_id", franchisee_id, ("store_manager",))
        plan = _plan_row(s, plan_code)
        if plan is None or not plan.active:
            problems.append(FieldProblem("plan_code", "not_found"))
        if problems:
            raise ValidationError(problems)
        spec = _plan_dto(plan)
        project = OpeningProject(store_id=store.id, plan_id=plan.id, target_date=target_date, owner_id=owner_id,
                                 franchisee_id=franchisee_id, status="active", notes=notes, override_reason="")
        s.add(project)
        s.flush()
        for position, m in enumerate(spec.milestones):
            s.add(OpeningMilestone(project_id=project.id, key=m.key, title=m.title, title_en=m.title_en,
                                   position=position, offset_days=m.offset_days, fixed_date=None,
                                   due_on=target_date + timedelta(days=m.offset_days), owner_role=m.owner_role,
                                   gate=m.gate, template_code=m.template_code, after=json.dumps(list(m.after)),
                                   note=""))
        _event(s, ctx, project, "created", to_date=target_date, note=plan.code)
        s.flush()
        return _project_dto(s, project)


def _reason(value: str | None, name: str = "reason") -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError([FieldProblem(name, "required")])
    if len(text) > MAX_REASON:
        raise ValidationError([FieldProblem(name, "too_long", {"max": MAX_REASON})])
    return text


def move_target(ctx: AppContext, project_id: str, new_date: date, reason: str) -> ProjectDTO:
    """Move day zero: undone milestones relative to it move with it; done ones and those with a fixed date
    stay. A ``date_moved`` event records from, to, who and why (the reason is required)."""
    if not isinstance(new_date, date) or isinstance(new_date, datetime):
        raise ValidationError([FieldProblem("new_date", "required")])
    why = _reason(reason)
    with ctx.tx() as s:
        require(s, ctx, A.OPENING_MANAGE, _live_project(s, project_id).store_id)
        project = _active_project(s, project_id)
        old = project.target_date
        if new_date == old:
            raise ValidationError([FieldProblem("new_date", "unchanged")])
        for m in _milestones(s, project.id):
            if m.done_at is None and m.fixed_date is None and m.offset_days is not None:
                m.due_on = new_date + timedelta(days=m.offset_days)
        project.target_date = new_date
        _event(s, ctx, project, "date_moved", from_date=old, to_date=new_date, note=why)
        s.flush()
        return _project_dto(s, project)


def _live_milestone(s: Session, milestone_id: str) -> OpeningMilestone:
    m = s.get(OpeningMilestone, milestone_id)
    if m is None or m.deleted:
        raise NotFoundError("opening_milestone", id=milestone_id)
    return m


def fix_milestone_date(ctx: AppContext, milestone_id: str, day: date | None) -> MilestoneDTO:
    """Give a milestone a fixed date that does not move with day zero (None: relative again)."""
    with ctx.tx() as s:
        m = _live_milestone(s, milestone_id)
        require(s, ctx, A.OPENING_MANAGE, _live_project(s, m.project_id).store_id)
        project = _active_project(s, m.project_id)
        if m.done_at is not None:
            raise ValidationError([FieldProblem("milestone_id", "already_done")])
        m.fixed_date = day
        m.due_on = day if day is not None else project.target_date + timedelta(days=m.offset_days or 0)
        s.flush()
        return _milestone_dto(m)


def _undone_after(s: Session, m: OpeningMilestone) -> list[str]:
    wanted = json.loads(m.after or "[]")
    done = {x.key for x in _milestones(s, m.project_id) if x.done_at is not None}
    return [k for k in wanted if k not in done]


def _after_problem(s: Session, m: OpeningMilestone, keys: list[str]) -> FieldProblem:
    """``after``/``not_done``: the keys of the steps still open, with their titles (Chinese and English)."""
    by_key = {x.key: x for x in _milestones(s, m.project_id)}
    return FieldProblem("after", "not_done", {"keys": keys, "titles": [by_key[k].title for k in keys if k in by_key],
                                              "titles_en": [by_key[k].title_en or by_key[k].title
                                                            for k in keys if k in by_key]})


def _mark_done(s: Session, ctx: AppContext, project: OpeningProject, m: OpeningMilestone, kind: str,
               note: str = "", run_id: str | None = None) -> None:
    m.done_at, m.done_by = utcnow(), ctx.user_id
    if run_id:
        m.run_id = run_id
    if note and kind == "milestone_done":  # a gate's note stays the people's: its result goes in the event
        m.note = note
    _event(s, ctx, project, kind, milestone_id=m.id, note=note)


def complete_milestone(ctx: AppContext, milestone_id: str, note: str = "") -> MilestoneDTO:
    """Mark a milestone that is not a gate done; refused while a milestone it comes ``after`` is not done
    (``after``/``not_done`` with the keys). A gate is passed by its own rule (``settle_gate``, ``check_gate``)."""
    note = (note or "").strip()
    with ctx.tx() as s:
        m = _live_milestone(s, milestone_id)
        require(s, ctx, A.OPENING_MILESTONE, _live_project(s, m.project_id).store_id)
        project = _active_project(s, m.project_id)
        if m.gate:
            raise ValidationError([FieldProblem("milestone_id", "is_gate", {"kind": gate_kind(True, m.template_code)})])
        _check_may_complete(s, ctx, m)
        if m.done_at is not None:
            raise ValidationError([FieldProblem("milestone_id", "already_done")])
        missing = _undone_after(s, m)
        if missing:
            raise ValidationError([_after_problem(s, m, missing)])
        _mark_done(s, ctx, project, m, "milestone_done", note)
        s.flush()
        return _milestone_dto(m)


def reopen_milestone(ctx: AppContext, milestone_id: str, note: str = "") -> MilestoneDTO:
    """Undo a done milestone (a passed gate included: it is passed again by its own rule)."""
    with ctx.tx() as s:
        m = _live_milestone(s, milestone_id)
        require(s, ctx, A.OPENING_MILESTONE, _live_project(s, m.project_id).store_id)
        project = _active_project(s, m.project_id)
        if m.done_at is None:
            raise ValidationError([FieldProblem("milestone_id", "not_done")])
        _check_may_complete(s, ctx, m)
        m.done_at, m.done_by, m.run_id = None, None, None
        if m.fixed_date is None and m.offset_days is not None:
            m.due_on = project.target_date + timedelta(days=m.offset_days)
        _event(s, ctx, project, "milestone_reopened", milestone_id=m.id, note=(note or "").strip())
        s.flush()
        return _milestone_dto(m)


# ---------------------------------------------------------------- gates


def start_gate_acceptance(ctx: AppContext, milestone_id: str):
    """Start the acceptance of an ``acceptance`` gate: a run of its template at the store, naming the
    milestone. Refused when the gate is passed or a milestone it comes after is not done."""
    from opsdesk.models import Template
    from opsdesk.services import runs

    with ctx.tx() as s:
        m = _live_milestone(s, milestone_id)
        require(s, ctx, A.OPENING_MILESTONE, _live_project(s, m.project_id).store_id)
        project = _active_project(s, m.project_id)
        if gate_kind(m.gate, m.template_code) != "acceptance":
            raise ValidationError([FieldProblem("milestone_id", "not_an_acceptance_gate")])
        if m.done_at is not None:
            raise ValidationError([FieldProblem("milestone_id", "already_done")])
        missing = _undone_after(s, m)
        if missing:
            raise ValidationError([_after_problem(s, m, missing)])
        template = s.scalars(select(Template).where(Template.code == m.template_code,
                                                    Template.deleted.is_(False))).first()
        if template is None:
            raise NotFoundError("template", code=m.template_code)
        run = runs.insert_run(s, ctx, project.store_id, template.id, "acceptance", milestone_id=m.id)
        s.flush()
        return runs.summary_in(s, run.id)


def settle_gate(ctx: AppContext, run_id: str) -> str | None:
    """Once a gate's acceptance is signed by every role ``signatures.required_roles`` asks, its failed items
    become corrective actions due before day zero (at the latest the day before), and a result of accepted or
    conditional (no veto item failed) passes the gate (``run_id``, event ``gate_passed``). Returns the result
    (None: not signed, or the run names no milestone). Idempotent."""
    from opsdesk.models import ChecklistRun
    from opsdesk.services import acceptance, actions, runs

    detail = runs.get_run(ctx, run_id)
    if detail.run.status != "signed":
        return None
    with ctx.read() as s:
        run = s.get(ChecklistRun, run_id)
        m = s.get(OpeningMilestone, run.milestone_id) if run.milestone_id else None
        if m is None or m.deleted:
            return None
        milestone_id, target = m.id, s.get(OpeningProject, m.project_id).target_date
    result = acceptance.result_of(detail)
    last_day = target - timedelta(days=1)
    proposals = [actions.Proposal(_due_before(p.input, last_day), p.item_texts, p.repeat_count)
                 for p in actions.propose_from_run(ctx, run_id)]
    if proposals:
        actions.create_from_proposals(as_system(ctx), proposals)  # consequences of the signed run
    if result in ("accepted", "conditional"):
        with ctx.tx() as s:
            m = s.get(OpeningMilestone, milestone_id)
            project = s.get(OpeningProject, m.project_id)
            if m.done_at is None:
                _mark_done(s, ctx, project, m, "gate_passed", result, run_id=run_id)
    return result


def _due_before(data, last_day: date):
    from dataclasses import replace

    return replace(data, due_on=min(data.due_on, last_day))


def _trainees(s: Session, store_id: str) -> list[User]:
    from opsdesk.models import Assignment

    return list(s.scalars(select(User).join(Assignment, Assignment.user_id == User.id).where(
        Assignment.store_id == store_id, Assignment.deleted.is_(False), User.deleted.is_(False),
        User.active.is_(True), User.role.in_(TRAINED_ROLES)).distinct().order_by(User.name, User.id)))


def _trained(s: Session, m: OpeningMilestone) -> set[str]:
    return set(s.scalars(select(OpeningEvent.user_id).where(
        OpeningEvent.project_id == m.project_id, OpeningEvent.milestone_id == m.id,
        OpeningEvent.kind == "training_signed", OpeningEvent.deleted.is_(False))))


def _gate_missing(s: Session, m: OpeningMilestone, store_id: str) -> list[str]:
    """What a derived gate still lacks: the ids of people not trained, or of equipment not accepted (an
    empty register: ``["no_equipment"]``; no one to train: ``["no_staff"]``)."""
    kind = gate_kind(m.gate, m.template_code)
    if kind == "training":
        people = _trainees(s, store_id)
        if not people:
            return ["no_staff"]
        done = _trained(s, m)
        return [u.id for u in people if u.id not in done]
    if kind == "equipment":
        from opsdesk.models.equipment import Equipment

        items = list(s.scalars(select(Equipment).where(Equipment.store_id == store_id, Equipment.deleted.is_(False),
                                                       Equipment.status != "retired")))
        if not items:
            return ["no_equipment"]
        return [e.id for e in items if e.status not in EQUIPMENT_PASSED]
    return []


def gate_missing(ctx: AppContext, milestone_id: str) -> list[str]:
    """``_gate_missing`` of a training or equipment gate (empty for any other milestone)."""
    with ctx.read() as s:
        m = _live_milestone(s, milestone_id)
        return _gate_missing(s, m, _live_project(s, m.project_id).store_id)


def check_gate(ctx: AppContext, milestone_id: str) -> bool:
    """Pass a training or equipment gate when its rule holds (event ``gate_passed``); refused with what is
    missing (``milestone_id``/``gate_not_met`` with ``missing`` ids) otherwise, or when a milestone it comes
    after is not done. True when the gate is passed (already or now)."""
    with ctx.tx() as s:
        m = _live_milestone(s, milestone_id)
        require(s, ctx, A.OPENING_MILESTONE, _live_project(s, m.project_id).store_id)
        project = _active_project(s, m.project_id)
        if gate_kind(m.gate, m.template_code) not in ("training", "equipment"):
            raise ValidationError([FieldProblem("milestone_id", "not_a_derived_gate")])
        if m.done_at is not None:
            return True
        problems = []
        after = _undone_after(s, m)
        if after:
            problems.append(_after_problem(s, m, after))
        missing = _gate_missing(s, m, project.store_id)
        if missing:
            problems.append(FieldProblem("milestone_id", "gate_not_met", {"missing": missing}))
        if problems:
            raise ValidationError(problems)
        _mark_done(s, ctx, project, m, "gate_passed")
        return True


def sign_off_training(ctx: AppContext, milestone_id: str, user_id: str, note: str = "") -> bool:
    """Record that ``user_id`` (staff or store manager of the store) passed the training (can operate the till
    and introduce the products): an event ``training_signed``. The gate passes with the last person; returns
    whether it is passed now."""
    with ctx.tx() as s:
        m = _live_milestone(s, milestone_id)
        require(s, ctx, A.OPENING_MILESTONE, _live_project(s, m.project_id).store_id)
        project = _active_project(s, m.project_id)
        if gate_kind(m.gate, m.template_code) != "training":
            raise ValidationError([FieldProblem("milestone_id", "not_a_training_gate")])
        if user_id not in {u.id for u in _trainees(s, project.store_id)}:
            raise ValidationError([FieldProblem("user_id", "not_store_staff")])
        if user_id in _trained(s, m):
            raise ValidationError([FieldProblem("user_id", "already_signed")])
        _event(s, ctx, project, "training_signed", milestone_id=m.id, user_id=user_id, note=(note or "").strip())
        s.flush()
        if m.done_at is None and not _gate_missing(s, m, project.store_id) and not _undone_after(s, m):
            _mark_done(s, ctx, project, m, "gate_passed")
        return m.done_at is not None


# ---------------------------------------------------------------- 验收合格方可营业


def _gates_not_passed(s: Session, project: OpeningProject) -> list[OpeningMilestone]:
    return [m for m in _milestones(s, project.id) if m.gate and m.done_at is None]


def refuse_open_before_gates(s: Session, store: Store) -> None:
    """``org.refuse_open_before_gates``: the guard ``org.set_store_status`` applies."""
    from opsdesk.services.org import refuse_open_before_gates as refuse

    refuse(s, store)


def open_store(ctx: AppContext, project_id: str, override_reason: str | None = None,
               today: date | None = None) -> ProjectDTO:
    """Open the project's store (status ``open``, opened today) and close the project (``opened``; its
    opening-day milestone done). While a gate is not passed: refused (``GatesNotPassedError``), unless a
    head-office user gives ``override_reason`` -- kept on the project and in an ``override`` event listing
    the gates (both in the audit trail)."""
    today = today or date.today()
    reason = None if override_reason is None else _reason(override_reason, "override_reason")
    if reason is not None:
        decisions.ensure_unlocked(ctx)  # an override of the gates is signed by the person who decides it
    with ctx.tx() as s:
        require(s, ctx, A.OPENING_MANAGE, _live_project(s, project_id).store_id)
        project = _active_project(s, project_id)
        store = s.get(Store, project.store_id)
        if store.status not in OPENING_STORE_STATUSES:
            raise ValidationError([FieldProblem("store_id", "not_being_opened", {"status": store.status})])
        gates = _gates_not_passed(s, project)
        if gates and reason is None:
            refuse_open_before_gates(s, store)
        if gates:
            require(s, ctx, A.OPENING_OVERRIDE, store.id)  # head office only (the permission table)
            project.override_reason = reason
            _event(s, ctx, project, "override",
                   note=reason + " [" + ", ".join(m.key for m in gates) + "]")
            decisions.sign(s, ctx, "opening.override_gate", "opening_project", project.id,
                           {"override_reason": reason})
        for m in _milestones(s, project.id):
            if m.key == "opening_day" and m.done_at is None:
                _mark_done(s, ctx, project, m, "milestone_done")
        store.status = "open"
        store.opened_on = store.opened_on or today
        project.status, project.opened_on = "opened", today
        _event(s, ctx, project, "opened", to_date=today)
        s.flush()
        return _project_dto(s, project)


# ---------------------------------------------------------------- figures


@dataclass(frozen=True)
class ProjectHealth:
    project_id: str
    store_id: str
    store_code: str
    store_name: str
    target_date: date
    days_to_opening: int  # negative: day zero has passed
    milestones_done: int
    milestones_total: int
    gates_passed: int
    gates_total: int
    late: tuple[str, ...]  # keys of milestones past their due date and not done
    at_risk: tuple[str, ...]  # keys of gates due within RISK_DAYS days and not passed
    status: str  # on_track / at_risk / late

    @property
    def percent_done(self) -> int:
        return round(100 * self.milestones_done / self.milestones_total) if self.milestones_total else 0


def health_of(project: ProjectDTO, today: date) -> ProjectHealth:
    ms = project.milestones
    late = tuple(m.key for m in ms if m.late(today))
    risk = tuple(m.key for m in ms if m.gate and not m.done and today <= m.due_on <= today + timedelta(days=RISK_DAYS))
    status = "late" if late else "at_risk" if risk else "on_track"
    return ProjectHealth(project.id, project.store_id, project.store_code, project.store_name, project.target_date,
                         (project.target_date - today).days, sum(m.done for m in ms), len(ms),
                         sum(m.done for m in ms if m.gate), sum(m.gate for m in ms), late, risk, status)


def project_health(ctx: AppContext, today: date | None = None) -> list[ProjectHealth]:
    """Per active project: days to opening, milestones done, gates passed, late milestones, gates at risk
    (due within 7 days, not passed) and the status: late (a milestone late), at risk, or on track; soonest
    opening first."""
    today = today or date.today()
    return [health_of(p, today) for p in list_projects(ctx, ProjectQuery(status="active"))]


def health_counts(ctx: AppContext, today: date | None = None) -> dict[str, int]:
    """Active projects on track / at risk / late (the dashboard's figure)."""
    out = dict.fromkeys(HEALTH_STATUSES, 0)
    for h in project_health(ctx, today):
        out[h.status] += 1
    return out


def slip_days(ctx: AppContext) -> dict[str, int]:
    """Per project (active or opened): the sum of its date moves in days (later positive, earlier negative)."""
    with ctx.read() as s:
        rows = s.execute(select(OpeningEvent.project_id, OpeningEvent.from_date, OpeningEvent.to_date)
                         .join(OpeningProject, OpeningProject.id == OpeningEvent.project_id)
                         .where(OpeningEvent.kind == "date_moved", OpeningEvent.deleted.is_(False),
                                OpeningProject.deleted.is_(False), OpeningProject.status != "cancelled")).all()
        out = {pid: 0 for pid in s.scalars(select(OpeningProject.id).where(
            OpeningProject.deleted.is_(False), OpeningProject.status != "cancelled"))}
    for pid, old, new in rows:
        if old is not None and new is not None:
            out[pid] = out.get(pid, 0) + (new - old).days
    return out


# ---------------------------------------------------------------- gate runs


def gate_runs(ctx: AppContext, milestone_ids: Sequence[str]) -> dict[str, list[str]]:
    """Milestone id -> the ids of the acceptance runs naming it (oldest first; drafts included)."""
    from opsdesk.models import ChecklistRun

    if not milestone_ids:
        return {}
    out: dict[str, list[str]] = {}
    with ctx.read() as s:
        rows = s.execute(select(ChecklistRun.milestone_id, ChecklistRun.id)
                         .where(ChecklistRun.milestone_id.in_(list(milestone_ids)), ChecklistRun.deleted.is_(False))
                         .order_by(ChecklistRun.business_date, ChecklistRun.started_at, ChecklistRun.id)).all()
    for mid, rid in rows:
        out.setdefault(mid, []).append(rid)
    return out


def milestone_of_run(ctx: AppContext, run_id: str) -> str | None:
    """The opening milestone a run is the acceptance of (None: not a gate's acceptance)."""
    from opsdesk.models import ChecklistRun

    with ctx.read() as s:
        return s.scalar(select(ChecklistRun.milestone_id).where(ChecklistRun.id == run_id))


# ---------------------------------------------------------------- people: who owns, who sees, edits


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()  # update_project: leave this field as it is


def _store_people(s: Session, store_id: str) -> dict[str, list[str]]:
    """Assignment role (manager, supervisor, staff) -> the active users assigned to the store in it."""
    from opsdesk.models import Assignment

    out: dict[str, list[str]] = {}
    for uid, role in s.execute(select(Assignment.user_id, Assignment.role).join(User, User.id == Assignment.user_id)
                               .where(Assignment.store_id == store_id, Assignment.deleted.is_(False),
                                      User.deleted.is_(False), User.active.is_(True))
                               .order_by(User.name, User.id)):
        out.setdefault(role, []).append(uid)
    return out


def _owners(project: OpeningProject, store: Store, people: dict[str, list[str]], role: str) -> tuple[str, ...]:
    """The people a milestone's owner role stands for on this project (the project owner when nobody)."""
    if role == "franchisee":
        found = [project.franchisee_id] if project.franchisee_id else []
    elif role == "store_manager":
        found = list(people.get("manager", []))
        if store.kind == "franchise" and project.franchisee_id and project.franchisee_id not in found:
            found.append(project.franchisee_id)
    elif role == "supervisor":
        found = list(people.get("supervisor", []))
    else:  # ops_manager, head_office, contractor: the project owner answers for them
        found = []
    if not found and project.owner_id:
        found = [project.owner_id]
    return tuple(found)


def _owner_map(s: Session, project: OpeningProject) -> dict[str, tuple[str, ...]]:
    store = s.get(Store, project.store_id)
    people = _store_people(s, project.store_id)
    return {m.id: _owners(project, store, people, m.owner_role) for m in _milestones(s, project.id)}


def owner_ids(ctx: AppContext, project_id: str) -> dict[str, tuple[str, ...]]:
    """Milestone id -> the user ids who own it: the owner role resolved on the project (franchisee: the
    project's franchisee; store_manager: the store's manager(s) and, on a franchise store, the franchisee;
    supervisor: the store's supervisor(s); ops_manager, head_office, contractor: the project owner), the
    project owner when the role resolves to nobody."""
    with ctx.read() as s:
        return _owner_map(s, _live_project(s, project_id))


def owner_names(ctx: AppContext, project_id: str) -> dict[str, str]:
    """Milestone id -> its owners' names joined by 、 ("" when nobody)."""
    with ctx.read() as s:
        owners = _owner_map(s, _live_project(s, project_id))
        names = _names(s, {u for ids in owners.values() for u in ids})
    return {mid: "、".join(names[u] for u in ids if u in names) for mid, ids in owners.items()}


def _may_complete(s: Session, m: OpeningMilestone, user_id: str | None) -> bool:
    if not user_id:
        return True  # no one signed in (a script): the rules of the milestone still hold
    user = s.get(User, user_id)
    if user is None or user.deleted or not user.active:
        return False
    if user.role in ALL_SEEING_ROLES:
        return True
    project = s.get(OpeningProject, m.project_id)
    if user_id == project.owner_id:
        return True
    store = s.get(Store, project.store_id)
    return user_id in _owners(project, store, _store_people(s, project.store_id), m.owner_role)


def can_complete(ctx: AppContext, milestone_id: str, user_id: str | None = None) -> bool:
    """Whether the user (default: the current one) may mark the milestone done or reopen it: its owners, the
    project owner, head office and ops managers."""
    with ctx.read() as s:
        return _may_complete(s, _live_milestone(s, milestone_id), user_id if user_id is not None else ctx.user_id)


def _check_may_complete(s: Session, ctx: AppContext, m: OpeningMilestone) -> None:
    if not _may_complete(s, m, ctx.user_id):
        raise ValidationError([FieldProblem("milestone_id", "not_owner")])


def _visible_stores(s: Session, user_id: str) -> set[str] | None:
    """The stores whose records a user sees: ``permissions.stores_in_scope``."""
    from opsdesk.permissions import stores_in_scope

    return stores_in_scope(s, user_id)


def cancel_project(ctx: AppContext, project_id: str, reason: str) -> ProjectDTO:
    """Stop an opening that will not happen (status ``cancelled``, an event with the reason; required). The
    store keeps its status; a new project may be started for it later."""
    why = _reason(reason)
    with ctx.tx() as s:
        require(s, ctx, A.OPENING_MANAGE, _live_project(s, project_id).store_id)
        project = _active_project(s, project_id)
        project.status = "cancelled"
        _event(s, ctx, project, "cancelled", note=why)
        s.flush()
        return _project_dto(s, project)


def update_project(ctx: AppContext, project_id: str, *, owner_id: Any = UNCHANGED, franchisee_id: Any = UNCHANGED,
                   notes: Any = UNCHANGED) -> ProjectDTO:
    """Change a project's owner (an ops manager or supervisor), franchisee (a store manager's account, franchise
    stores only) or notes; fields left ``UNCHANGED`` stay. Every problem at once; nothing written then."""
    problems: list[FieldProblem] = []
    if notes is not UNCHANGED:
        notes = (notes or "").strip()
        if len(notes) > NOTES_MAX:
            problems.append(FieldProblem("notes", "too_long", {"max": NOTES_MAX}))
    with ctx.tx() as s:
        project = _live_project(s, project_id)
        require(s, ctx, A.OPENING_MANAGE, project.store_id)
        if project.status == "cancelled":
            raise ValidationError([FieldProblem("project_id", "not_active", {"status": project.status})])
        if owner_id is not UNCHANGED:
            owner_id = owner_id or None
            _check_user(s, problems, "owner_id", owner_id, OWNER_USER_ROLES)
        if franchisee_id is not UNCHANGED:
            franchisee_id = franchisee_id or None
            if franchisee_id and s.get(Store, project.store_id).kind != "franchise":
                problems.append(FieldProblem("franchisee_id", "not_a_franchise"))
            _check_user(s, problems, "franchisee_id", franchisee_id, ("store_manager",))
        if problems:
            raise ValidationError(problems)
        if owner_id is not UNCHANGED:
            project.owner_id = owner_id
        if franchisee_id is not UNCHANGED:
            project.franchisee_id = franchisee_id
        if notes is not UNCHANGED:
            project.notes = notes
        s.flush()
        return _project_dto(s, project)


def set_milestone_note(ctx: AppContext, milestone_id: str, note: str) -> MilestoneDTO:
    """A milestone's note (done or not; at most ``NOTE_MAX`` characters)."""
    text = (note or "").strip()
    if len(text) > NOTE_MAX:
        raise ValidationError([FieldProblem("note", "too_long", {"max": NOTE_MAX})])
    with ctx.tx() as s:
        m = _live_milestone(s, milestone_id)
        require(s, ctx, A.OPENING_MILESTONE, _live_project(s, m.project_id).store_id)
        project = _live_project(s, m.project_id)
        if project.status == "cancelled":
            raise ValidationError([FieldProblem("project_id", "not_active", {"status": project.status})])
        m.note = text
        s.flush()
        return _milestone_dto(m)


@dataclass(frozen=True)
class MilestoneReminder:
    project_id: str
    store_code: str
    store_name: str
    milestone: MilestoneDTO
    days_left: int  # negative: late by that many days


def reminders(ctx: AppContext, user_id: str | None, today: date | None = None) -> list[MilestoneReminder]:
    """The milestones of active projects the user owns (``owner_ids``) that are not done and are late or due
    within ``REMIND_DAYS`` days; earliest due first."""
    if not user_id:
        return []
    today = today or date.today()
    out: list[MilestoneReminder] = []
    with ctx.read() as s:
        projects = list(s.scalars(select(OpeningProject).where(OpeningProject.status == "active",
                                                               OpeningProject.deleted.is_(False))))
        for project in projects:
            soon = [m for m in _milestones(s, project.id)
                    if m.done_at is None and m.due_on <= today + timedelta(days=REMIND_DAYS)]
            if not soon:
                continue
            owners = _owner_map(s, project)
            store = s.get(Store, project.store_id)
            out += [MilestoneReminder(project.id, store.code, store.name, _milestone_dto(m), (m.due_on - today).days)
                    for m in soon if user_id in owners.get(m.id, ())]
    return sorted(out, key=lambda r: (r.milestone.due_on, r.store_code, r.milestone.position))


__all__ += ["check_gate", "complete_milestone", "create_project", "export_plan", "find_project", "fix_milestone_date",
            "gate_kind", "gate_missing", "get_plan", "get_project", "health_counts", "health_of",
            "import_plan", "install_builtin_plans", "list_plans", "list_projects", "load_plan_file", "move_target",
            "open_store", "parse_plan", "plan_to_data", "project_health", "refuse_open_before_gates",
            "reopen_milestone", "settle_gate", "sign_off_training", "slip_days", "start_gate_acceptance",
            "UNCHANGED", "MILESTONE_PHOTOS", "gate_runs", "milestone_of_run", "MilestoneReminder", "can_complete", "cancel_project", "owner_ids",
            "owner_names", "plan_for", "reminders", "set_milestone_note", "update_project"]


# ---------------------------------------------------------------- links with the equipment area


FITOUT_TEMPLATE = "new_store_fitout"
EQUIPMENT_TEMPLATE = "equipment_acceptance"


def fitout_gates_passed(ctx: AppContext, store_id: str) -> bool | None:
    """Whether the fit-out gates of the store's active project have passed (装修好后，方可设备入场); None when
    the store has no active project (the equipment area then reads the store's fit-out runs)."""
    with ctx.read() as s:
        project = s.scalars(select(OpeningProject).where(
            OpeningProject.store_id == store_id, OpeningProject.status == "active",
            OpeningProject.deleted.is_(False))).first()
        if project is None:
            return None
        gates = list(s.scalars(select(OpeningMilestone).where(
            OpeningMilestone.project_id == project.id, OpeningMilestone.deleted.is_(False),
            OpeningMilestone.gate.is_(True), OpeningMilestone.template_code == FITOUT_TEMPLATE)))
        return bool(gates) and all(m.done_at is not None for m in gates)


def settle_equipment_gate(ctx: AppContext, store_id: str) -> bool:
    """After an equipment acceptance settled its item: pass the store's equipment gate when its rule now
    holds and the steps before it are done (quietly: nothing happens otherwise). True when it is passed."""
    with ctx.read() as s:
        gate = s.scalars(select(OpeningMilestone).join(
            OpeningProject, OpeningProject.id == OpeningMilestone.project_id).where(
            OpeningProject.store_id == store_id, OpeningProject.status == "active",
            OpeningProject.deleted.is_(False), OpeningMilestone.deleted.is_(False),
            OpeningMilestone.gate.is_(True), OpeningMilestone.template_code == EQUIPMENT_TEMPLATE)).first()
        if gate is None:
            return False
        if gate.done_at is not None:
            return True
        gate_id = gate.id
    try:
        return check_gate(as_system(ctx), gate_id)  # a consequence of the signed acceptance
    except ValidationError:  # not every item is accepted yet, or an earlier step is open
        return False
