"""Equipment acceptance (设备验收): measurements against their limits, the result, its conditions.

An acceptance is a checklist run of an ``equipment_acceptance`` template. Its number items with a
unit or limits (``min``/``max`` in the template) are its **measurements**: supply voltage in V,
running current in A, earthing resistance in Ω ... A measurement passes when its value lies inside
its limits (either bound may be absent); outside them the answer is failed (``scoring``), and the
runner asked the user to confirm it (``runs.set_answer(allow_out_of_range=True)``).

**The result rule** (``acceptance_result``), decided by the template's own items:

- no result (``None``) while the run is a draft: only a completed (or signed) run has one;
- ``"rejected"`` when a critical (veto, 一票否决) item failed -- in the built-in template that is
  "power connection and earthing safe": the item cannot go into service, and a re-acceptance is a
  new run;
- ``"conditional"`` (conditionally accepted) when other items failed, measurements out of their
  limits included: each failed item is a condition, raised as a corrective action with an owner (the
  store manager) and a due date from the item's ``action`` (``propose_conditions`` gives the
  proposals, ``actions.create_from_proposals`` creates them; ``conditions`` lists the open ones);
- ``"accepted"`` when no item failed (N/A items do not fail).

Three signatures (supplier, store manager, supervisor) sign and freeze it: ``signatures.required_roles``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from opsdesk.services import actions, runs
from opsdesk.services.context import AppContext
from opsdesk.vocabulary import pick

Result = Literal["accepted", "conditional", "rejected"]
RESULTS: tuple[Result, ...] = ("accepted", "conditional", "rejected")
ACCEPTANCE_KINDS = ("equipment_acceptance",)
# Runs with a result: a draft has none yet.
_DONE = ("completed", "signed", "superseded")


@dataclass(frozen=True)
class Measurement:
    """One measured value of an acceptance with its limits; ``passed`` is None while not answered or N/A."""

    item_id: str
    key: str
    text: str
    text_en: str
    unit: str
    min_value: Decimal | None
    max_value: Decimal | None
    value: Decimal | None
    na: bool
    note: str
    critical: bool
    passed: bool | None

    def text_in(self, lang: str) -> str:
        """The item's text in ``lang`` (the other language when it has none)."""
        return pick(self.text, self.text_en, lang)

    @property
    def limits(self) -> str:
        """The limits as printed, the same in every language: "198 – 242", "≤4", "≥5", or "—"."""
        lo, hi = (None if v is None else format(v.normalize(), "f") for v in (self.min_value, self.max_value))
        if lo is not None and hi is not None:
            return f"{lo} – {hi}"
        if hi is not None:
            return f"≤{hi}"
        if lo is not None:
            return f"≥{lo}"
        return "—"

    @property
    def value_text(self) -> str:
        """The value with its unit ("231 V"); "" when not answered."""
        if self.value is None:
            return ""
        number = format(self.value.normalize(), "f") if isinstance(self.value, Decimal) else str(self.value)
        return f"{number} {self.unit}".strip()


def is_measurement(item) -> bool:  # noqa: ANN001 - a templates.ItemDTO
    """A number item with a unit or limits."""
    return item.answer_type == "number" and bool(item.unit or item.min_value is not None or item.max_value is not None)


def measurements_of(detail: runs.RunDetailDTO) -> list[Measurement]:
    """``measurements`` of a run already read."""
    out = []
    for item in detail.version.items():
        if not is_measurement(item):
            continue
        answer = detail.answers.get(item.id)
        answered = answer is not None and answer.answered
        na = bool(answer is not None and answer.na)
        value = answer.value if answered and not na else None
        passed = None if value is None else not runs.out_of_range(item, value)
        out.append(Measurement(item.id, item.key, item.text, item.text_en or "", item.unit or "", item.min_value,
                               item.max_value, value, na, answer.note if answer is not None else "",
                               bool(item.critical), passed))
    return out


def measurements(ctx: AppContext, run_id: str) -> list[Measurement]:
    """The run's measurements in template order, each with its limits, unit, value and pass/fail."""
    return measurements_of(runs.get_run(ctx, run_id))


def result_of(detail: runs.RunDetailDTO) -> Result | None:
    """``acceptance_result`` of a run already read (see the module docstring for the rule)."""
    if detail.run.status not in _DONE:
        return None
    failed = [detail.version.item(i) for i in detail.score.failed_items]
    if any(item.critical for item in failed) or detail.score.critical_failed:
        return "rejected"
    if failed:
        return "conditional"
    return "accepted"


def acceptance_result(ctx: AppContext, run_id: str) -> Result | None:
    """``"accepted"``, ``"conditional"`` or ``"rejected"`` for a completed or signed run; None for a draft."""
    return result_of(runs.get_run(ctx, run_id))


def propose_conditions(ctx: AppContext, run_id: str) -> list[actions.Proposal]:
    """The conditions of a conditionally accepted run, as corrective-action proposals (one per failed item
    without an action yet, assigned to the store manager, due after the item's ``action.due_days``);
    empty for any other result (a rejected item is accepted again by a new run)."""
    if acceptance_result(ctx, run_id) != "conditional":
        return []
    return actions.propose_from_run(ctx, run_id)


def conditions(ctx: AppContext, run_id: str) -> list[actions.ActionDTO]:
    """The open corrective actions raised from the run (its open conditions), by due date."""
    return actions.query_actions(ctx, actions.ActionQuery(source_run_id=run_id, open_only=True, sort="due_on"))


__all__ = ["ACCEPTANCE_KINDS", "RESULTS", "Measurement", "Result", "acceptance_result", "conditions", "is_measurement",
           "measurements", "measurements_of", "propose_conditions", "result_of"]


# ---------------------------------------------------------------- the item the acceptance is of

ACCEPTABLE_FROM = ("installed", "conditional", "rejected")  # installed first; a rejected item is accepted anew
OPENING_STORE_STATUSES = ("planned", "preparing")  # a store being opened
FITOUT_KIND = "new_store"  # the fit-out acceptance's template kind (新店装修验收)


def fitout_passed(ctx: AppContext, store_id: str) -> bool:
    """Whether the store's fit-out acceptance passed (装修好后，方可设备入场): with an opening project, its
    fit-out gates have passed; without one, a completed or signed fit-out run without a failed veto item."""
    from opsdesk.services import openings

    gates = openings.fitout_gates_passed(ctx, store_id)
    if gates is not None:
        return gates
    done = runs.query_runs(ctx, runs.RunQuery(store_id=store_id, template_kinds=(FITOUT_KIND,)))
    return any(r.status in ("completed", "signed") and not r.critical_failed for r in done)


def check_can_accept(ctx: AppContext, equipment_id: str) -> None:
    """Refuse (``ValidationError``) an acceptance of an item in a state that cannot be accepted, or at a store
    being opened whose fit-out has not passed its acceptance."""
    from opsdesk.errors import FieldProblem, ValidationError
    from opsdesk.services import equipment, org

    item = equipment.get_equipment(ctx, equipment_id)
    problems = []
    if item.status not in ACCEPTABLE_FROM:
        problems.append(FieldProblem("status", "not_acceptable", {"status": item.status}))
    store = org.get_store(ctx, item.store_id)
    if store.status in OPENING_STORE_STATUSES and not fitout_passed(ctx, store.id):
        problems.append(FieldProblem("store_id", "fitout_not_accepted", {"store": store.code}))
    if problems:
        raise ValidationError(problems)


def start_acceptance(ctx: AppContext, equipment_id: str, template_id: str | None = None) -> runs.RunSummaryDTO:
    """Start the acceptance of an item: a run of the built-in 设备验收 template (or ``template_id``) at the
    item's store, naming the item. Refused as ``check_can_accept`` says."""
    from opsdesk.services import equipment, templates

    check_can_accept(ctx, equipment_id)
    item = equipment.get_equipment(ctx, equipment_id)
    template_id = template_id or templates.template_by_code(ctx, "equipment_acceptance").id
    return runs.start_run(ctx, item.store_id, template_id, "acceptance", equipment_id=equipment_id)


def settle_item(ctx: AppContext, run_id: str) -> str | None:
    """Once an acceptance is signed by all three, its item takes the result (accepted, conditional or
    rejected) with the date and a history entry; returns the result (None: not signed, or no item).
    Idempotent: settling again changes nothing."""
    from opsdesk.models import ChecklistRun, Equipment
    from opsdesk.services import equipment

    summary = runs.get_summary(ctx, run_id)
    if summary.status != "signed":
        return None
    result = acceptance_result(ctx, run_id)
    with ctx.tx() as s:
        run = s.get(ChecklistRun, run_id)
        item = s.get(Equipment, run.equipment_id) if run is not None and run.equipment_id else None
        if item is None or item.deleted or result is None:
            return None
        if item.acceptance_run_id == run_id and item.status == result:
            return result
        note = ""  # the reason is the acceptance itself (the history says so in the reader's language)
        if item.status != result:
            equipment.move_in(s, item, result, ctx.user_id, note)
        item.acceptance_run_id = run_id
        if result != "rejected":
            item.accepted_on = run.business_date
        store_id = item.store_id
    from opsdesk.services import openings

    openings.settle_equipment_gate(ctx, store_id)  # runs as system work: a consequence of the signed run  # a store being opened: its equipment gate may pass now
    return result


# ---------------------------------------------------------------- the item's acceptances, the certificate's data


def equipment_mapping(item, lang: str | None = None) -> dict[str, object]:
    """The item's register data as the acceptance certificate prints it (``reports.acceptance.EQUIPMENT_FIELDS``):
    category (in ``lang``), name, brand, model, serial number, asset code, supplier, location and its technical
    parameters."""
    from opsdesk.vocabulary import DEFAULT_LANGUAGE

    return {
        "category": pick(item.category_name, item.category_name_en, lang or DEFAULT_LANGUAGE),
        "name": item.name, "brand": item.brand, "model": item.model, "serial_number": item.serial_number,
        "asset_code": item.asset_code, "supplier": item.supplier, "location": item.location,
        "parameters": [(p.name, p.value, p.unit) for p in item.params],
    }


def equipment_of_run(ctx: AppContext, run_id: str):
    """The item an acceptance run is of (None: the run names no item, or the item was deleted)."""
    from opsdesk.errors import NotFoundError
    from opsdesk.models import ChecklistRun
    from opsdesk.services import equipment

    with ctx.read() as s:
        run = s.get(ChecklistRun, run_id)
        if run is None or run.deleted:
            raise NotFoundError("checklist_run", id=run_id)
        item_id = run.equipment_id
    if not item_id:
        return None
    try:
        return equipment.get_equipment(ctx, item_id)
    except NotFoundError:
        return None


def latest_acceptance(ctx: AppContext, equipment_id: str) -> runs.RunSummaryDTO | None:
    """The item's latest acceptance run (a draft included; the newest started first), or None."""
    from sqlalchemy import select

    from opsdesk.models import ChecklistRun

    with ctx.read() as s:
        run_id = s.scalar(select(ChecklistRun.id).where(ChecklistRun.equipment_id == equipment_id,
                                                        ChecklistRun.deleted.is_(False))
                          .order_by(ChecklistRun.started_at.desc(), ChecklistRun.id.desc()).limit(1))
    return runs.get_summary(ctx, run_id) if run_id else None


# ---------------------------------------------------------------- dashboard figure


@dataclass(frozen=True)
class PassRate:
    """Signed acceptances of one store or region by result; ``rate`` = accepted / signed (None: none signed)."""

    group_id: str
    code: str
    name: str
    signed: int
    accepted: int
    conditional: int
    rejected: int

    @property
    def rate(self) -> Decimal | None:
        if not self.signed:
            return None
        return (Decimal(self.accepted) / Decimal(self.signed)).quantize(Decimal("0.0001"))


def pass_rate(ctx: AppContext, group: str = "store", since=None) -> list[PassRate]:
    """The acceptance pass rate per store or region (the store's area's parent region, or the area itself
    when it has none): the signed acceptances (business date on or after ``since``), how many were accepted,
    conditionally accepted and rejected (the result rule of ``acceptance_result``), in one grouped query;
    lowest rate first."""
    from sqlalchemy import and_, case, exists, func, select
    from sqlalchemy.orm import aliased

    from opsdesk.models import (
        Answer,
        ChecklistRun,
        Region,
        Store,
        Template,
        TemplateVersion,
    )

    if group not in ("store", "region"):
        raise ValueError(f"group must be 'store' or 'region', not {group!r}")
    failed = exists().where(Answer.run_id == ChecklistRun.id, Answer.deleted.is_(False), Answer.failed.is_(True))
    rejected = ChecklistRun.critical_failed.is_(True)
    stmt = (select(func.count(ChecklistRun.id),
                   func.sum(case((rejected, 1), else_=0)),
                   func.sum(case((and_(~rejected, failed), 1), else_=0)))
            .join(TemplateVersion, TemplateVersion.id == ChecklistRun.template_version_id)
            .join(Template, Template.id == TemplateVersion.template_id)
            .join(Store, Store.id == ChecklistRun.store_id)
            .where(ChecklistRun.deleted.is_(False), ChecklistRun.status == "signed",
                   Template.kind.in_(ACCEPTANCE_KINDS)))
    if since is not None:
        stmt = stmt.where(ChecklistRun.business_date >= since)
    if group == "store":
        stmt = stmt.add_columns(Store.id, Store.code, Store.name).group_by(Store.id, Store.code, Store.name)
    else:
        area, top = aliased(Region), aliased(Region)
        stmt = (stmt.join(area, area.id == Store.region_id)
                .join(top, top.id == func.coalesce(area.parent_id, area.id))
                .add_columns(top.id, top.code, top.name).group_by(top.id, top.code, top.name))
    with ctx.read() as s:
        out = [PassRate(gid, code, name, int(n), int(n) - int(rej or 0) - int(cond or 0), int(cond or 0),
                        int(rej or 0)) for n, rej, cond, gid, code, name in s.execute(stmt)]
    out.sort(key=lambda r: (r.rate if r.rate is not None else Decimal(2), r.code))
    return out


__all__ += ["PassRate", "equipment_mapping", "equipment_of_run", "latest_acceptance", "pass_rate"]
