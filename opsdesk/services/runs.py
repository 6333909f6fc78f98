"""Checklist runs: start, answer (each answer saved at once), photos, complete, list, compare.

Used for inspections (巡检) and for the daily opening/closing checklists.
A run pins the template version it was started with.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, Select, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from opsdesk import backend, exports
from opsdesk.errors import (
    FieldProblem,
    NaNotAllowedError,
    NotFoundError,
    NothingPublishedError,
    RunClosedError,
    ValidationError,
)
from opsdesk.ids import ANSWER_NS, answer_id, derived_id, utcnow
from opsdesk.models import (
    ActionRecheck,
    Answer,
    AttachmentLink,
    ChecklistRun,
    CorrectiveAction,
    Region,
    Store,
    Template,
    TemplateVersion,
    User,
)
from opsdesk.models.runs import INSPECTION_RUN_TYPES, RUN_TYPES
from opsdesk.permissions import require, run_action, run_permission
from opsdesk.scoring import (
    ItemScore,
    Response,
    RunScore,
    coerce_value,
    is_blank,
    score_item,
    score_run,
)
from opsdesk.services import attachments
from opsdesk.services.context import AppContext
from opsdesk.services.templates import ItemDTO, VersionDTO, version_dto

DONE_STATUSES = ("completed", "signed")

# Defined in opsdesk.ids / opsdesk.errors (shared with other services); re-exported under their old names.
__all__ = ["ANSWER_NS", "INSPECTION_RUN_TYPES", "RUN_TYPES", "RunClosedError", "answer_id", "derived_id"]


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class AnswerDTO:
    item_id: str
    value: Any
    na: bool
    points: Decimal | None
    max_points: Decimal | None
    failed: bool
    repeat: bool
    note: str
    answered_at: datetime | None
    photos: tuple[attachments.AttachmentDTO, ...] = ()

    @property
    def answered(self) -> bool:
        return self.na or not is_blank(self.value)


@dataclass(frozen=True, slots=True)  # lists hold tens of thousands: no per-row __dict__
class RunSummaryDTO:
    id: str
    store_id: str
    store_code: str
    store_name: str
    region_path: str
    template_id: str
    template_code: str
    template_kind: str
    template_title: str
    version_id: str
    version_number: int
    run_type: str
    status: str
    business_date: date
    started_at: datetime
    completed_at: datetime | None
    performed_by: str | None
    performer_name: str
    score: Decimal | None
    max_score: Decimal | None
    percent: Decimal | None
    grade: str
    critical_failed: bool
    follow_up_of: str | None
    visit_id: str | None
    template_title_en: str = ""  # the version's English title ("" when it has none)


@dataclass(frozen=True)
class RunDetailDTO:
    run: RunSummaryDTO
    version: VersionDTO
    answers: Mapping[str, AnswerDTO]
    score: RunScore

    def answer(self, item_id: str) -> AnswerDTO | None:
        return self.answers.get(item_id)


@dataclass(frozen=True)
class MissingItem:
    item_id: str
    key: str
    text: str
    reason: str  # "required" or "photo_required"


@dataclass(frozen=True)
class AnswerResult:
    answer: AnswerDTO
    score: RunScore


@dataclass(frozen=True)
class RunQuery:
    store_id: str | None = None
    region_id: str | None = None
    run_type: str | None = None
    run_types: tuple[str, ...] = ()
    status: str | None = None
    grade: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    template_kinds: tuple[str, ...] = ()
    search: str = ""
    visit_id: str | None = None
    sort: str = "business_date"
    descending: bool = True


@dataclass(frozen=True)
class SectionComparison:
    title: str
    now: Decimal | None
    before: Decimal | None


@dataclass(frozen=True)
class Comparison:
    previous: RunSummaryDTO | None
    sections: tuple[SectionComparison, ...]
    newly_failed: tuple[str, ...]  # item keys
    still_failed: tuple[str, ...]
    fixed: tuple[str, ...]


# ---------------------------------------------------------------- helpers


_RUN_COLUMNS = (ChecklistRun.id, ChecklistRun.store_id, ChecklistRun.template_version_id, ChecklistRun.run_type,
                ChecklistRun.status, ChecklistRun.business_date, ChecklistRun.started_at, ChecklistRun.completed_at,
                ChecklistRun.performed_by, ChecklistRun.score, ChecklistRun.max_score, ChecklistRun.percent,
                ChecklistRun.grade, ChecklistRun.critical_failed, ChecklistRun.follow_up_of, ChecklistRun.visit_id)


# Made once (as ``services.equipment``): an alias made per query is new SQL each time and cyclic garbage.
_AREA = aliased(Region)
_PARENT = aliased(Region)


def _summary_select() -> Select:
    """Columns, not ORM objects: lists read tens of thousands of these (less work, less garbage)."""
    area, parent = _AREA, _PARENT
    return (
        select(*_RUN_COLUMNS, Store.code, Store.name, area.name, parent.name, Template.id, Template.code,
               Template.kind, TemplateVersion.title, TemplateVersion.number, User.name, TemplateVersion.title_en)
        .join(Store, Store.id == ChecklistRun.store_id)
        .join(area, area.id == Store.region_id)
        .outerjoin(parent, parent.id == area.parent_id)
        .join(TemplateVersion, TemplateVersion.id == ChecklistRun.template_version_id)
        .join(Template, Template.id == TemplateVersion.template_id)
        .outerjoin(User, User.id == ChecklistRun.performed_by)
        .where(ChecklistRun.deleted.is_(False))
    )


def _summary(row) -> RunSummaryDTO:  # noqa: ANN001
    (run_id, store_id, version_id, run_type, status, business_date, started_at, completed_at, performed_by, score,
     max_score, percent, grade, critical_failed, follow_up_of, visit_id,
     code, name, area_name, parent_name, t_id, t_code, t_kind, title, number, performer, title_en) = row
    return RunSummaryDTO(
        id=run_id, store_id=store_id, store_code=code, store_name=name,
        region_path=f"{parent_name} / {area_name}" if parent_name else area_name,
        template_id=t_id, template_code=t_code, template_kind=t_kind, template_title=title,
        version_id=version_id, version_number=number, run_type=run_type, status=status,
        business_date=business_date, started_at=started_at, completed_at=completed_at,
        performed_by=performed_by, performer_name=performer or "", score=score, max_score=max_score,
        percent=percent, grade=grade, critical_failed=critical_failed, follow_up_of=follow_up_of,
        visit_id=visit_id, template_title_en=title_en or "",
    )


def _get_summary(s: Session, run_id: str) -> RunSummaryDTO:
    row = s.execute(_summary_select().where(ChecklistRun.id == run_id)).first()
    if row is None:
        raise NotFoundError("checklist_run", id=run_id)
    return _summary(row)


def _run_row(s: Session, run_id: str) -> ChecklistRun:
    run = s.get(ChecklistRun, run_id)
    if run is None or run.deleted:
        raise NotFoundError("checklist_run", id=run_id)
    return run


def _editable(s: Session, run_id: str) -> ChecklistRun:
    run = _run_row(s, run_id)
    if run.status != "draft":
        raise RunClosedError(f"run {run_id} is {run.status}", status=run.status)
    return run


def version_of(s: Session, run: ChecklistRun) -> VersionDTO:
    return version_dto(s, s.get(TemplateVersion, run.template_version_id))


def _photo_counts(s: Session, answer_ids: list[str]) -> dict[str, int]:
    if not answer_ids:
        return {}
    rows = s.execute(select(AttachmentLink.owner_id, func.count()).where(
        AttachmentLink.owner_table == "answer", AttachmentLink.owner_id.in_(answer_ids),
        AttachmentLink.deleted.is_(False)).group_by(AttachmentLink.owner_id))
    return {owner: int(n) for owner, n in rows}


def _responses(s: Session, run: ChecklistRun, version: VersionDTO) -> tuple[dict[str, Response], list[Answer]]:
    rows = list(s.scalars(select(Answer).where(Answer.run_id == run.id, Answer.deleted.is_(False))))
    types = {i.id: i.answer_type for i in version.items()}
    out = {}
    for a in rows:
        kind = types.get(a.item_id)
        if kind is None:
            continue
        out[a.item_id] = Response(coerce_value(kind, json.loads(a.value)) if a.value else None, a.na)
    return out, rows


def _typed(item: ItemDTO, value: str | None) -> Any:
    try:
        return coerce_value(item.answer_type, json.loads(value)) if value else None
    except (ValueError, TypeError):
        return None


def _derive_typed(item: ItemDTO | None, typed: Any, na: bool, rule: Any = None) -> tuple[Decimal | None, Decimal | None, bool]:  # noqa: ANN401
    if item is None or (typed is None and not na):
        return None, None, False
    result = score_item(rule or item.rule(), Response(typed, na))
    if result.answered and not na:
        return result.points, result.max, result.failed
    return None, None, result.failed


def derive_answer(item: ItemDTO | None, value: str | None, na: bool) -> tuple[Decimal | None, Decimal | None, bool]:
    """An answer's derived fields (points, max points, failed) from its value: the one rule used
    when answering and when a sync package changed an answer (derived fields never travel)."""
    return _derive_typed(item, _typed(item, value) if item is not None else None, na)


def deriver_for_sync(s: Session):  # noqa: ANN201
    """A function for sync.apply: fills the derived fields of runs arriving whole (stored values),
    with the same rules as ``rescore_after_sync``; returns the runs it handled."""
    from opsdesk.models.types import Hundredths

    bind = Hundredths().process_bind_param
    cache: dict[str, tuple | None] = {}
    memo: dict[tuple[str, Any, bool], tuple[Any, ItemScore, tuple]] = {}  # (item, value, n/a) -> scores

    def h(value: Decimal | None) -> int | None:
        if value is None:
            return None
        if value.as_tuple().exponent == -2:
            return int(value.scaleb(2))
        return bind(value, None)

    def derive(runs: dict[str, dict], answers_by_run: dict[str, list[dict]]) -> set[str]:
        handled: set[str] = set()
        for run_id, run in runs.items():
            if run.get("status") in ("signed", "superseded"):
                continue  # carries its derived values as signed; its tombstones are derived after the write
            vid = run.get("template_version_id")
            if vid not in cache:
                row = s.get(TemplateVersion, vid)
                version = version_dto(s, row) if row is not None else None
                cache[vid] = None if version is None else (
                    version, {it.id: it for it in version.items()}, {it.id: it.rule() for it in version.items()},
                    version.rules())
            found = cache[vid]
            if found is None:
                continue  # a template version arriving in this package: derived after the write
            version, items, item_rules, section_rules = found
            responses = {}
            scored = {}
            for a in answers_by_run.get(run_id, ()):
                item_id, na = a["item_id"], bool(a["na"])
                item = items.get(item_id)
                if item is None:
                    a["points"], a["max_points"], a["failed"] = None, None, False
                    continue
                # The same answer (item, stored value, n/a) scores the same in every run: computed once.
                key = (item_id, a["value"], na)
                known = memo.get(key)
                if known is None:
                    typed = _typed(item, a["value"]) if a["value"] else None
                    result = score_item(item_rules[item_id], Response(typed, na))
                    if typed is None and not na:
                        fields = (None, None, False)
                    elif result.answered and not na:
                        fields = (h(result.points), h(result.max), bool(result.failed))
                    else:
                        fields = (None, None, bool(result.failed))
                    known = memo[key] = (typed, result, fields)
                typed, result, fields = known
                a["points"], a["max_points"], a["failed"] = fields
                if not a["deleted"]:
                    responses[item_id] = Response(typed, na)
                    scored[item_id] = result
            score = (_UNSCORED if not responses
                     else score_run(section_rules, responses, version.grade_bands, scored))
            run["score"], run["max_score"], run["percent"] = h(score.points), h(score.max), h(score.percent)
            run["grade"], run["critical_failed"] = score.grade, bool(score.critical_failed)
            handled.add(run_id)
        return handled

    return derive


def rescore_after_sync(s: Session, run_ids: set[str]) -> int:
    """Recompute the derived fields of these runs and their answers from the merged answers,
    writing only what differs (plain UPDATEs: derived values are not edits and are not logged).
    A signed run keeps what was signed (sync checks it still matches its signatures); only its
    tombstones, which are not part of it, are derived like everywhere else. Returns the rows corrected."""
    from opsdesk.models.types import Hundredths

    bind = Hundredths().process_bind_param
    conn = s.connection()
    versions: dict[str, VersionDTO | None] = {}
    items_of: dict[str, dict[str, ItemDTO]] = {}
    rules_of: dict[str, tuple] = {}  # version id -> (item rules by id, section rules)
    runs_t, answers = ChecklistRun.__table__, Answer.__table__
    answer_fixes: list[tuple] = []
    run_fixes: list[tuple] = []

    def h(value: Decimal | None) -> int | None:
        if value is None:
            return None
        if value.as_tuple().exponent == -2:  # already in hundredths (scores are): exact and fast
            return int(value.scaleb(2))
        return bind(value, None)

    ordered = sorted(run_ids)
    for i in range(0, len(ordered), 500):
        chunk = ordered[i:i + 500]
        runs = {r["id"]: r for r in conn.execute(select(
            runs_t.c.id, runs_t.c.template_version_id, runs_t.c.status, runs_t.c.score, runs_t.c.max_score,
            runs_t.c.percent, runs_t.c.grade, runs_t.c.critical_failed).where(runs_t.c.id.in_(chunk))).mappings()}
        by_run: dict[str, list] = {}
        for a in conn.execute(select(answers.c.id, answers.c.run_id, answers.c.item_id, answers.c.value,
                                     answers.c.na, answers.c.points, answers.c.max_points, answers.c.failed,
                                     answers.c.deleted).where(answers.c.run_id.in_(chunk))).all():
            by_run.setdefault(a[1], []).append(a)
        for run_id, run in runs.items():
            vid = run["template_version_id"]
            if vid not in versions:
                row = s.get(TemplateVersion, vid)
                versions[vid] = version_dto(s, row) if row is not None else None
                items_of[vid] = {it.id: it for it in versions[vid].items()} if versions[vid] else {}
                if versions[vid] is not None:
                    rules_of[vid] = ({i: it.rule() for i, it in items_of[vid].items()}, versions[vid].rules())
            version = versions[vid]
            if version is None:
                continue
            items = items_of[vid]
            item_rules, section_rules = rules_of[vid]
            signed = run["status"] in ("signed", "superseded")
            responses = {}
            for a_id, _run, item_id, value, na, have_points, have_max, have_failed, deleted in by_run.get(run_id, ()):
                if signed and not deleted:
                    continue
                item = items.get(item_id)
                typed = _typed(item, value) if item is not None and value else None
                points, maximum, failed = _derive_typed(item, typed, bool(na), item_rules.get(item_id))
                want = (h(points), h(maximum), bool(failed))
                if (have_points, have_max, bool(have_failed)) != want:
                    answer_fixes.append((*want, a_id))
                if not deleted and item is not None:
                    responses[item_id] = Response(typed, bool(na))
            if signed:
                continue
            score = _run_score(version, responses, section_rules)
            want_run = (h(score.points), h(score.max), h(score.percent), score.grade, bool(score.critical_failed))
            have_run = (run["score"], run["max_score"], run["percent"], run["grade"], bool(run["critical_failed"]))
            if want_run != have_run:
                run_fixes.append((*want_run, run_id))
    backend.executemany(conn, "UPDATE answer SET points = ?, max_points = ?, failed = ? WHERE id = ?", answer_fixes)
    backend.executemany(conn, "UPDATE checklist_run SET score = ?, max_score = ?, percent = ?, grade = ?, "
                        "critical_failed = ? WHERE id = ?", run_fixes)
    return len(answer_fixes) + len(run_fixes)


_UNSCORED = RunScore(None, None, None, "", False, ())  # type: ignore[arg-type]


def _run_score(version: VersionDTO, responses: dict[str, Response], rules: tuple | None = None) -> RunScore:
    """A run's derived score: none while it has no answer rows, then what its answers give."""
    if not responses:
        return _UNSCORED
    return score_run(rules if rules is not None else version.rules(), responses, version.grade_bands)


def rescore(s: Session, run: ChecklistRun, version: VersionDTO) -> RunScore:
    responses, _rows = _responses(s, run, version)
    score = _run_score(version, responses)
    run.score, run.max_score, run.percent = score.points, score.max, score.percent
    run.grade, run.critical_failed = score.grade, score.critical_failed
    return score


def _normalize(item: ItemDTO, value: Any) -> Any:
    """Check an answer against its item; return the JSON form to store (None = not answered)."""
    if is_blank(value):
        return None
    kind = item.answer_type
    bad = ValidationError([FieldProblem(item.id, "invalid_answer", {"type": kind})])
    if kind == "pass_fail":
        if value not in ("pass", "fail"):
            raise bad
        return value
    if kind == "yes_no":
        if value not in ("yes", "no"):
            raise bad
        return value
    if kind == "rating":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= (item.scale or 5):
            raise bad
        return value
    if kind == "number":
        try:
            number = Decimal(str(value).strip().replace(",", "."))
        except InvalidOperation:
            raise bad from None
        if not number.is_finite() or abs(number) >= Decimal("1e12"):
            raise bad
        return format(number.normalize(), "f")  # 500, not 5E+2
    if kind == "choice":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < len(item.options):
            raise bad
        return value
    if kind == "multi_choice":
        chosen = sorted(set(value)) if isinstance(value, (list, tuple, set)) else None
        if chosen is None or any(isinstance(i, bool) or not isinstance(i, int) or not 0 <= i < len(item.options)
                                 for i in chosen):
            raise bad
        return chosen or None
    if kind == "date":
        if isinstance(value, date):
            return value.isoformat()
        try:
            return date.fromisoformat(str(value)).isoformat()
        except ValueError:
            raise bad from None
    if kind == "text":
        if not isinstance(value, str):
            raise bad
        if len(value) > 4000:
            raise ValidationError([FieldProblem(item.id, "too_long", {"max": 4000})])
        return value
    raise bad  # photo items are answered by attaching photos


def _answer_dto(a: Answer | None, item: ItemDTO, photos: tuple = ()) -> AnswerDTO | None:  # noqa: ANN001
    if a is None:
        return None
    value = coerce_value(item.answer_type, json.loads(a.value)) if a.value else None
    return AnswerDTO(item.id, value, a.na, a.points, a.max_points, a.failed, a.repeat, a.note, a.answered_at,
                     photos)


# ---------------------------------------------------------------- starting and reading


def _require_start(s: Session, ctx: AppContext, store_id: str, template_id: str, run_type: str) -> None:
    """The permission to start a run of this type (and template kind) at the store (``permissions.run_action``)."""
    template = s.get(Template, template_id) if template_id else None
    require(s, ctx, run_action(run_type, template.kind if template is not None else None), store_id)


def _require_run(s: Session, ctx: AppContext, run_id: str) -> None:
    """The permission to work on a run: its type's action at its store (``permissions.run_permission``)."""
    action, store_id = run_permission(s, run_id)
    require(s, ctx, action, store_id)


def start_run(ctx: AppContext, store_id: str, template_id: str, run_type: str, *,
              business_date: date | None = None, follow_up_of: str | None = None,
              visit_id: str | None = None, equipment_id: str | None = None,
              milestone_id: str | None = None, promotion_id: str | None = None) -> RunSummaryDTO:
    """Start a run on the template's published version (the run keeps that version); ``equipment_id``:
    the item an acceptance is of (see ``services.acceptance.start_acceptance``, which checks it)."""
    with ctx.tx() as s:
        _require_start(s, ctx, store_id, template_id, run_type)
        run = insert_run(s, ctx, store_id, template_id, run_type, business_date=business_date,
                         follow_up_of=follow_up_of, visit_id=visit_id, equipment_id=equipment_id,
                         milestone_id=milestone_id, promotion_id=promotion_id)
        return _get_summary(s, run.id)


def insert_run(s: Session, ctx: AppContext, store_id: str, template_id: str, run_type: str, *,
               business_date: date | None = None, follow_up_of: str | None = None,
               visit_id: str | None = None, equipment_id: str | None = None,
               milestone_id: str | None = None, promotion_id: str | None = None) -> ChecklistRun:
    """``start_run`` inside the caller's transaction (so it can add to the same unit of work)."""
    if run_type not in RUN_TYPES:
        raise ValidationError([FieldProblem("run_type", "invalid_choice")])
    template = s.get(Template, template_id)
    if template is None or template.deleted:
        raise NotFoundError("template", id=template_id)
    published = None
    if template.active:
        published = s.scalars(select(TemplateVersion).where(
            TemplateVersion.template_id == template.id, TemplateVersion.status == "published",
            TemplateVersion.deleted.is_(False)).order_by(TemplateVersion.number.desc()).limit(1)).first()
    if published is None:
        raise NothingPublishedError("the template has no published version", code=template.code if template else "")
    store = s.get(Store, store_id)
    if store is None or store.deleted:
        raise ValidationError([FieldProblem("store_id", "not_found")])
    run = ChecklistRun(
        template_version_id=published.id, store_id=store.id, run_type=run_type, performed_by=ctx.user_id,
        started_at=utcnow(), business_date=business_date or date.today(), status="draft",
        follow_up_of=follow_up_of, visit_id=visit_id, equipment_id=equipment_id, milestone_id=milestone_id,
        promotion_id=promotion_id,
    )
    s.add(run)
    s.flush()
    return run


def get_run(ctx: AppContext, run_id: str) -> RunDetailDTO:
    with ctx.read() as s:
        run = _run_row(s, run_id)
        version = version_of(s, run)
        responses, rows = _responses(s, run, version)
        items = {i.id: i for i in version.items()}
        answers = {}
        photo_rows = attachments.photos_by_owner(ctx, "answer", [a.id for a in rows])
        for a in rows:
            if a.item_id in items:
                answers[a.item_id] = _answer_dto(a, items[a.item_id], tuple(photo_rows.get(a.id, ())))
        score = score_run(version.rules(), responses, version.grade_bands)
        if run.status in ("signed", "superseded") and run.max_score is not None:
            # A signed run shows what was signed: its stored totals (a later scorer may round differently).
            score = replace(score, points=run.score, max=run.max_score, percent=run.percent, grade=run.grade,
                            critical_failed=bool(run.critical_failed))
        return RunDetailDTO(_get_summary(s, run.id), version, answers, score)


def summary_in(s: Session, run_id: str) -> RunSummaryDTO:
    """``get_summary`` inside the caller's transaction."""
    return _get_summary(s, run_id)


def get_summary(ctx: AppContext, run_id: str) -> RunSummaryDTO:
    with ctx.read() as s:
        return _get_summary(s, run_id)


# ---------------------------------------------------------------- answering


NOTE_MAX = 1000  # characters of an answer's note (the runner's note field counts against it too)


def out_of_range(item: ItemDTO, value: Any) -> bool:  # noqa: ANN401
    """Whether a number answer lies outside its item's min-max range (such an answer scores as failed)."""
    if item.answer_type != "number" or is_blank(value):
        return False
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        return False
    return (item.min_value is not None and number < item.min_value) or (
        item.max_value is not None and number > item.max_value)


def _check_range(item: ItemDTO, stored: Any, allow_out_of_range: bool) -> None:  # noqa: ANN401
    if allow_out_of_range or not out_of_range(item, stored):
        return
    bounds = {k: None if v is None else format(v.normalize(), "f")
              for k, v in (("min", item.min_value), ("max", item.max_value))}
    raise ValidationError([FieldProblem(item.id, "out_of_range", {**bounds, "value": stored, "text": item.text})])


def set_answer(ctx: AppContext, run_id: str, item_id: str, value: Any = None, *, na: bool = False,
               allow_out_of_range: bool = False) -> AnswerResult:
    """Save one answer now (its own transaction) and return the new live score.

    A number outside its item's range is refused (``out_of_range``, with ``min``/``max``) unless the
    caller passes ``allow_out_of_range=True`` after the user confirmed it: a typo such as 99999999999
    for a 0-0.5 item must not be saved by accident (kept, it scores as failed).
    N/A on an item whose template forbids it (``na_allowed`` false) is refused (``NaNotAllowedError``),
    the answer left as it was."""
    with ctx.tx() as s:
        _require_run(s, ctx, run_id)
        run = _editable(s, run_id)
        version = version_of(s, run)
        item = version.item(item_id)
        if na and not item.na_allowed:
            raise NaNotAllowedError(item.id, item.key, item.text, item.text_en)
        stored = None if na else _normalize(item, value)
        _check_range(item, stored, allow_out_of_range)
        aid = answer_id(run.id, item.id)
        row = s.get(Answer, aid)
        if row is None:
            row = Answer(id=aid, run_id=run.id, item_id=item.id)
            s.add(row)
        row.value = json.dumps(stored, ensure_ascii=False) if stored is not None else None
        row.na = na
        row.answered_at = utcnow()
        row.answered_by = ctx.user_id
        row.points, row.max_points, row.failed = derive_answer(item, row.value, na)
        s.flush()
        score = rescore(s, run, version)
        s.flush()
        return AnswerResult(_answer_dto(row, item), score)


def clear_answer(ctx: AppContext, run_id: str, item_id: str) -> RunScore:
    """Take back an item's answer (its value and N/A) and return the new live score. The note and
    the photos stay (they were given on their own); an item never answered is left as it is.
    A photo item is answered by its photos: remove those instead (``invalid_answer``)."""
    with ctx.tx() as s:
        _require_run(s, ctx, run_id)
        run = _editable(s, run_id)
        version = version_of(s, run)
        item = version.item(item_id)
        if item.answer_type == "photo":
            raise ValidationError([FieldProblem(item.id, "invalid_answer", {"type": item.answer_type})])
        row = s.get(Answer, answer_id(run.id, item.id))
        if row is not None and (row.value is not None or row.na):
            row.value = None
            row.na = False
            row.answered_at = utcnow()
            row.answered_by = ctx.user_id
            row.points, row.max_points, row.failed = derive_answer(item, None, False)
            s.flush()
        score = rescore(s, run, version)
        s.flush()
        return score


def set_note(ctx: AppContext, run_id: str, item_id: str, note: str) -> AnswerDTO:
    if len(note or "") > NOTE_MAX:
        raise ValidationError([FieldProblem(item_id, "too_long", {"max": NOTE_MAX})])
    with ctx.tx() as s:
        _require_run(s, ctx, run_id)
        run = _editable(s, run_id)
        item = version_of(s, run).item(item_id)
        aid = answer_id(run.id, item.id)
        row = s.get(Answer, aid)
        created = row is None
        if row is None:
            row = Answer(id=aid, run_id=run.id, item_id=item.id)
            s.add(row)
        row.note = note or ""
        s.flush()
        if created:  # the run's score is derived from its answer rows (a note alone scores 0 of 0)
            rescore(s, run, version_of(s, run))
            s.flush()
        return _answer_dto(row, item)


def _sync_photo_answer(s: Session, run: ChecklistRun, item: ItemDTO, aid: str) -> None:
    """A photo item is answered by its photos: keep its value at the photo count."""
    if item.answer_type != "photo":
        return
    count = _photo_counts(s, [aid]).get(aid, 0)
    row = s.get(Answer, aid)
    row.value = json.dumps(count) if count else None
    row.answered_at = utcnow()
    row.points, row.max_points, row.failed = derive_answer(item, row.value, row.na)


def add_photo(ctx: AppContext, run_id: str, item_id: str, source: str | Path) -> attachments.AttachmentDTO:
    """Attach a photo to an answer. The file is checked first: a non-image is refused and
    nothing is written; then the answer, the photo and its link land in one transaction."""
    with ctx.read() as s:
        _require_run(s, ctx, run_id)  # before the file is stored
        _editable(s, run_id)
    stored = attachments.store_for(ctx).put(source)
    with ctx.tx() as s:
        run = _editable(s, run_id)
        version = version_of(s, run)
        item = version.item(item_id)
        aid = answer_id(run.id, item.id)
        if s.get(Answer, aid) is None:
            s.add(Answer(id=aid, run_id=run.id, item_id=item.id))
            s.flush()
        photo = attachments.link_stored(s, ctx, stored, "answer", aid)
        _sync_photo_answer(s, run, item, aid)
        s.flush()
        rescore(s, run, version)
    return photo


def remove_photo(ctx: AppContext, run_id: str, item_id: str, link_id: str) -> None:
    with ctx.tx() as s:
        _require_run(s, ctx, run_id)
        _editable(s, run_id)
    attachments.detach(ctx, link_id)
    with ctx.tx() as s:
        run = _run_row(s, run_id)
        version = version_of(s, run)
        _sync_photo_answer(s, run, version.item(item_id), answer_id(run.id, item_id))


def missing_items(ctx: AppContext, run_id: str) -> list[MissingItem]:
    """What stops completion: required items without an answer, failed photo-on-fail items without
    a photo; for a follow-up (回头看), the corrective actions not yet re-checked (its template
    items are then optional: the follow-up is about the open findings)."""
    detail = get_run(ctx, run_id)
    missing = []
    follow_up = detail.run.run_type == "follow_up"
    for item in detail.version.items():
        answer = detail.answer(item.id)
        if item.required and not follow_up and (answer is None or not answer.answered):
            missing.append(MissingItem(item.id, item.key, item.text, "required"))
        elif item.photo_on_fail and answer is not None and answer.failed and not answer.photos:
            missing.append(MissingItem(item.id, item.key, item.text, "photo_required"))
    if follow_up:
        with ctx.read() as s:
            for action_id, title in _unchecked_rechecks(s, run_id):
                missing.append(MissingItem(action_id, "", title, "recheck_required"))
    return missing


def _unchecked_rechecks(s: Session, run_id: str) -> list[tuple[str, str]]:
    """A follow-up's corrective actions not re-checked yet (id, title), in the order of
    ``followups.rechecks``. Read here from the tables: runs does not import the action services."""
    return [(i, t) for i, t in s.execute(
        select(CorrectiveAction.id, CorrectiveAction.title)
        .join(ActionRecheck, ActionRecheck.action_id == CorrectiveAction.id)
        .where(ActionRecheck.run_id == run_id, ActionRecheck.deleted.is_(False), ActionRecheck.passed.is_(None))
        .order_by(CorrectiveAction.due_on, CorrectiveAction.title))]


def previous_completed(s: Session, run: ChecklistRun) -> ChecklistRun | None:
    """The store's last completed run of the same template before this one."""
    template_id = s.get(TemplateVersion, run.template_version_id).template_id
    versions = select(TemplateVersion.id).where(TemplateVersion.template_id == template_id)
    return s.scalars(
        select(ChecklistRun).where(
            ChecklistRun.store_id == run.store_id, ChecklistRun.id != run.id, ChecklistRun.deleted.is_(False),
            ChecklistRun.status.in_(DONE_STATUSES), ChecklistRun.template_version_id.in_(versions),
            or_(ChecklistRun.business_date < run.business_date,
                (ChecklistRun.business_date == run.business_date) & (ChecklistRun.started_at < run.started_at)),
        ).order_by(ChecklistRun.business_date.desc(), ChecklistRun.started_at.desc()).limit(1)
    ).first()


def _failed_keys(s: Session, run: ChecklistRun) -> set[str]:
    version = version_of(s, run)
    keys = {i.id: i.key for i in version.items()}
    rows = s.scalars(select(Answer).where(Answer.run_id == run.id, Answer.deleted.is_(False),
                                          Answer.failed.is_(True), Answer.na.is_(False)))
    return {keys[a.item_id] for a in rows if a.item_id in keys}


def complete(ctx: AppContext, run_id: str) -> RunSummaryDTO:
    """Close the run. Refused, listing what is missing, while required answers or photos are absent."""
    with ctx.read() as s:
        _require_run(s, ctx, run_id)
    missing = missing_items(ctx, run_id)
    if missing:
        raise ValidationError([FieldProblem(m.item_id, m.reason, {"key": m.key, "text": m.text}) for m in missing])
    with ctx.tx() as s:
        run = _editable(s, run_id)
        version = version_of(s, run)
        rescore(s, run, version)
        previous = previous_completed(s, run)
        repeat_keys = _failed_keys(s, previous) if previous else set()
        keys = {i.id: i.key for i in version.items()}
        for a in s.scalars(select(Answer).where(Answer.run_id == run.id, Answer.deleted.is_(False))):
            repeat = a.failed and not a.na and keys.get(a.item_id) in repeat_keys
            if a.repeat != repeat:
                a.repeat = repeat
        run.status = "completed"
        run.completed_at = utcnow()
        if run.supersedes:  # a correction replaces the signed run it corrects (which stays visible)
            old = s.get(ChecklistRun, run.supersedes)
            if old is not None and old.status == "signed":
                old.status = "superseded"
        s.flush()
        return _get_summary(s, run.id)


def discard(ctx: AppContext, run_id: str) -> None:
    """Throw away a draft run (tombstone; it stays in the history of the data)."""
    with ctx.tx() as s:
        _require_run(s, ctx, run_id)
        _editable(s, run_id).deleted = True


# ---------------------------------------------------------------- lists


RUN_SORTS = ("business_date", "store", "template", "run_type", "status", "percent", "grade", "performer")


def _filtered(s: Session, q: RunQuery, stmt: Select) -> Select:
    if q.store_id:
        stmt = stmt.where(ChecklistRun.store_id == q.store_id)
    if q.visit_id:
        stmt = stmt.where(ChecklistRun.visit_id == q.visit_id)
    if q.region_id:
        from opsdesk.services.org import region_ids_under

        stmt = stmt.where(Store.region_id.in_(region_ids_under(s, q.region_id)))
    types = q.run_types or ((q.run_type,) if q.run_type else ())
    if types:
        stmt = stmt.where(ChecklistRun.run_type.in_(types))
    if q.status:
        stmt = stmt.where(ChecklistRun.status == q.status)
    if q.grade:
        stmt = stmt.where(ChecklistRun.grade == q.grade)
    if q.date_from:
        stmt = stmt.where(ChecklistRun.business_date >= q.date_from)
    if q.date_to:
        stmt = stmt.where(ChecklistRun.business_date <= q.date_to)
    if q.template_kinds:
        stmt = stmt.where(Template.kind.in_(q.template_kinds))
    term = q.search.strip()
    if term:
        stmt = stmt.where(backend.contains_any((Store.name, Store.code, TemplateVersion.title), term))
    return stmt


def query_runs(ctx: AppContext, q: RunQuery = RunQuery(), offset: int = 0, limit: int | None = None,
               after: RunSummaryDTO | None = None) -> list[RunSummaryDTO]:
    """One page of runs. Sorted by date (the default), the page after ``after`` (the last run of
    the previous page) is an index range however deep the list goes; otherwise ``offset`` counts."""
    with ctx.read() as s:
        stmt = _filtered(s, q, _summary_select())
        if q.sort in ("business_date", "") or q.sort not in _SORT_KEYS:
            order = (ChecklistRun.business_date, ChecklistRun.started_at, ChecklistRun.id)
            stmt = stmt.order_by(*(backend.sort_by(c, q.descending) for c in order))
            if after is not None:
                anchor = tuple_(*order)
                mark = tuple_(literal(after.business_date, Date()), literal(after.started_at, DateTime()),
                              literal(after.id))
                stmt = stmt.where(anchor < mark if q.descending else anchor > mark)
            else:
                stmt = stmt.offset(offset)
        else:
            key = _SORT_KEYS[q.sort]
            stmt = stmt.order_by(backend.sort_by(key, q.descending), ChecklistRun.started_at.desc(),
                                 ChecklistRun.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_summary(r) for r in s.execute(stmt)]


_SORT_KEYS = {"store": Store.code, "template": TemplateVersion.title, "run_type": ChecklistRun.run_type,
              "status": ChecklistRun.status, "percent": ChecklistRun.percent, "grade": ChecklistRun.grade,
              "performer": User.name}


def count_runs(ctx: AppContext, q: RunQuery = RunQuery()) -> int:
    with ctx.read() as s:
        # Join only what the filters read: an unfiltered count is then a walk of one index.
        stmt = select(func.count()).select_from(ChecklistRun).where(ChecklistRun.deleted.is_(False))
        if q.region_id or q.search.strip():
            stmt = stmt.join(Store, Store.id == ChecklistRun.store_id)
        if q.template_kinds or q.search.strip():
            stmt = (stmt.join(TemplateVersion, TemplateVersion.id == ChecklistRun.template_version_id)
                    .join(Template, Template.id == TemplateVersion.template_id))
        return int(s.scalar(_filtered(s, q, stmt)) or 0)


def compare_with_previous(ctx: AppContext, run_id: str) -> Comparison:
    """This run against the store's previous completed run of the same template (any version)."""
    detail = get_run(ctx, run_id)
    with ctx.read() as s:
        prev_row = previous_completed(s, _run_row(s, run_id))
        previous = _get_summary(s, prev_row.id) if prev_row else None
    now_failed = {detail.version.item(i).key for i, sc in detail.score.items.items() if sc.failed}
    if previous is None:
        sections = tuple(SectionComparison(sec.title, sc.percent, None)
                         for sec, sc in zip(detail.version.sections, detail.score.sections, strict=True))
        return Comparison(None, sections, tuple(sorted(now_failed)), (), ())
    before = get_run(ctx, previous.id)
    before_failed = {before.version.item(i).key for i, sc in before.score.items.items() if sc.failed}
    before_pct = {sec.title: sc.percent for sec, sc in zip(before.version.sections, before.score.sections, strict=True)}
    sections = tuple(SectionComparison(sec.title, sc.percent, before_pct.get(sec.title))
                     for sec, sc in zip(detail.version.sections, detail.score.sections, strict=True))
    return Comparison(previous, sections, tuple(sorted(now_failed - before_failed)),
                      tuple(sorted(now_failed & before_failed)), tuple(sorted(before_failed - now_failed)))


# ---------------------------------------------------------------- export (CSV and Excel)

EXPORT_PAGE = 1000
RUN_EXPORT_COLUMNS = (
    exports.Column("business_date", "Date", "date"), exports.Column("store_code", "Store code"),
    exports.Column("store", "Store"), exports.Column("region", "Region"), exports.Column("template", "Template"),
    exports.Column("run_type", "Type"), exports.Column("status", "Status"),
    exports.Column("score", "Score", "decimal"), exports.Column("max_score", "Maximum", "decimal"),
    exports.Column("percent", "Score %", "decimal", "0.0"), exports.Column("grade", "Grade"),
    exports.Column("critical_failed", "Critical item failed"), exports.Column("performer", "Inspector"),
    exports.Column("completed_at", "Completed at", "datetime"),
)


def iter_runs(ctx: AppContext, q: RunQuery = RunQuery()) -> Iterator[RunSummaryDTO]:
    """Every run ``q`` selects, in its order, a page at a time: by date (the default) each page starts
    after the last row of the previous one (keyset), so the 100th page costs what the first does."""
    keyset = q.sort in ("business_date", "") or q.sort not in _SORT_KEYS
    offset, after = 0, None
    while True:
        page = query_runs(ctx, q, offset, EXPORT_PAGE, after=after if keyset else None)
        yield from page
        if len(page) < EXPORT_PAGE:
            return
        offset, after = offset + len(page), page[-1]


def run_export_rows(ctx: AppContext, q: RunQuery,
                    labels: Mapping[str, Mapping[str, str]] | None = None) -> Iterator[list[object]]:
    for r in iter_runs(ctx, q):
        yield [r.business_date, r.store_code, r.store_name, r.region_path, r.template_title,
               exports.label(labels, "run_type", r.run_type), exports.label(labels, "status", r.status),
               r.score, r.max_score, r.percent, exports.label(labels, "grade", r.grade) if r.grade else "",
               exports.label(labels, "flag", "yes") if r.critical_failed else "", r.performer_name,
               exports.local_time(r.completed_at)]


def export_runs(ctx: AppContext, q: RunQuery, path: str | Path, *, titles: Mapping[str, str] | None = None,
                labels: Mapping[str, Mapping[str, str]] | None = None, filters: Sequence[tuple[str, str]] = (),
                title: str = "Inspections") -> int:
    """The inspection register for ``q`` as .xlsx or .csv (by the extension; see ``opsdesk.exports``)."""
    exports.check_format(path)
    return exports.export(path, exports.titled(RUN_EXPORT_COLUMNS, titles), run_export_rows(ctx, q, labels),
                          filters, title)
