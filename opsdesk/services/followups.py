"""Follow-up inspections (回头看): a run at a store pre-loaded with its open corrective actions as
re-checks; a passed re-check submits the action with the run as evidence, a failed one reopens it.

The one service that joins corrective actions and checklist runs: it imports both, and neither
imports it nor the other (checked by the import contracts in pyproject.toml).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, func, select

from opsdesk.errors import FieldProblem, NotFoundError, RunClosedError, ValidationError
from opsdesk.ids import derived_id, utcnow
from opsdesk.models import ActionRecheck, ChecklistRun, CorrectiveAction, Store
from opsdesk.models.actions import OPEN_STATUSES
from opsdesk.permissions import A, require
from opsdesk.services import runs, templates
from opsdesk.services.actions import ActionDTO, action_dto, live_action, log_event, move_action
from opsdesk.services.context import AppContext


@dataclass(frozen=True)
class RecheckDTO:
    action: ActionDTO
    passed: bool | None
    note: str


def start_follow_up(ctx: AppContext, store_id: str, template_id: str | None = None,
                    business_date: date | None = None) -> str:
    """Start a follow-up run at a store, pre-loaded with its open actions as re-checks. Returns the run id."""
    with ctx.read() as s:
        open_actions = list(s.execute(select(CorrectiveAction.id, CorrectiveAction.template_id,
                                             CorrectiveAction.source_run_id).where(
            CorrectiveAction.store_id == store_id, CorrectiveAction.deleted.is_(False),
            CorrectiveAction.status.in_(OPEN_STATUSES)).order_by(CorrectiveAction.due_on)))
    if not open_actions:
        raise ValidationError([FieldProblem("store_id", "no_open_actions")])
    if template_id is None:
        ids = [a.template_id for a in open_actions if a.template_id]
        template_id = max(set(ids), key=ids.count) if ids else None
    if template_id is None:
        routine = templates.template_by_code(ctx, "store_routine")
        template_id = routine.id if routine else None
    if template_id is None:
        raise ValidationError([FieldProblem("template_id", "required")])
    source = next((a.source_run_id for a in open_actions if a.source_run_id), None)
    with ctx.tx() as s:  # the run and its re-checks land together
        require(s, ctx, A.INSPECTION_RUN, store_id)
        run = runs.insert_run(s, ctx, store_id, template_id, "follow_up", business_date=business_date,
                              follow_up_of=source)
        for action in open_actions:
            s.add(ActionRecheck(id=derived_id(run.id, action.id), run_id=run.id, action_id=action.id))
        return run.id


@dataclass(frozen=True)
class StoreOpenActions:
    store_id: str
    code: str
    name: str
    open_count: int
    overdue_count: int


def stores_with_open_actions(ctx: AppContext, today: date | None = None) -> list[StoreOpenActions]:
    """Where a follow-up (回头看) has something to re-check, most overdue first."""
    today = today or date.today()
    with ctx.read() as s:
        overdue = func.sum(((CorrectiveAction.due_on < today) &
                            CorrectiveAction.status.in_(("open", "in_progress", "reopened"))).cast(Integer))
        rows = s.execute(
            select(Store.id, Store.code, Store.name, func.count(CorrectiveAction.id), overdue)
            .join(CorrectiveAction, CorrectiveAction.store_id == Store.id)
            .where(CorrectiveAction.deleted.is_(False), CorrectiveAction.status.in_(OPEN_STATUSES))
            .group_by(Store.id, Store.code, Store.name)
        )
        out = [StoreOpenActions(i, c, n, int(k), int(o or 0)) for i, c, n, k, o in rows]
    return sorted(out, key=lambda x: (-x.overdue_count, -x.open_count, x.code))


def rechecks(ctx: AppContext, run_id: str) -> list[RecheckDTO]:
    with ctx.read() as s:
        rows = list(s.scalars(select(ActionRecheck).where(ActionRecheck.run_id == run_id,
                                                         ActionRecheck.deleted.is_(False))))
        out = [RecheckDTO(action_dto(s, r.action_id), r.passed, r.note) for r in rows]
    return sorted(out, key=lambda r: (r.action.due_on, r.action.title))


def recheck(ctx: AppContext, run_id: str, action_id: str, passed: bool, note: str = "") -> RecheckDTO:
    """Record a re-check and apply it at once: passed submits the action with this run as
    evidence, failed reopens it. Changing one's mind moves it again."""
    with ctx.tx() as s:
        run = s.get(ChecklistRun, run_id)
        if run is None or run.deleted or run.run_type != "follow_up":
            raise NotFoundError("checklist_run", id=run_id)
        require(s, ctx, A.INSPECTION_RUN, run.store_id)
        if run.status != "draft":
            raise RunClosedError("the follow-up is completed", status=run.status)
        row = s.scalars(select(ActionRecheck).where(ActionRecheck.run_id == run_id,
                                                   ActionRecheck.action_id == action_id)).first()
        if row is None:
            raise NotFoundError("action_recheck", run=run_id, action=action_id)
        action = live_action(s, action_id)
        row.passed, row.note, row.checked_at, row.checked_by = passed, (note or "").strip(), utcnow(), ctx.user_id
        text = row.note or ("回头看复查合格" if passed else "回头看复查仍不合格")
        if passed and action.status in ("open", "in_progress", "reopened"):
            move_action(s, ctx, action, "submitted", text, evidence_run=run_id, fix_note=action.fix_note or text,
                        system=True)
        elif passed and action.status == "submitted" and not action.evidence_run_id:
            action.evidence_run_id = run_id  # already submitted by the store: the follow-up confirms it
        elif not passed and action.status in ("open", "in_progress", "submitted"):
            old = action.status
            action.status = "reopened"
            action.verified_at = None
            if action.evidence_run_id == run_id:  # a change of mind: this run no longer vouches for the fix
                action.evidence_run_id = None
            log_event(s, action, old, "reopened", ctx.user_id, text)
        row.applied = True
        s.flush()
        return RecheckDTO(action_dto(s, action.id), row.passed, row.note)


def unchecked(ctx: AppContext, run_id: str) -> list[RecheckDTO]:
    return [r for r in rechecks(ctx, run_id) if r.passed is None]
