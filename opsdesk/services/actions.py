"""Corrective actions (整改): proposals from a completed inspection, the lifecycle, the register,
repeat findings, 整改率 and reminders (the follow-up re-checks, 回头看, are services.followups).

Lifecycle (``TRANSITIONS``): open → in_progress → submitted → verified, or submitted →
reopened → in_progress/submitted; open, in_progress and reopened can be cancelled. Every
transition is an ``action_event`` with who, when and the note. A follow-up re-check
(services.followups) can move an open action to submitted (passed, with the inspection as
evidence) or to reopened (failed).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, aliased

from opsdesk import backend, decisions, exports
from opsdesk.errors import FieldProblem, NotFoundError, TransitionError, ValidationError
from opsdesk.ids import utcnow
from opsdesk.models import (
    ActionEvent,
    Answer,
    Assignment,
    ChecklistRun,
    CorrectiveAction,
    Region,
    Store,
    TemplateVersion,
    User,
)
from opsdesk.models.actions import ACTION_STATUSES, OPEN_STATUSES
from opsdesk.models.templates import PRIORITIES
from opsdesk.permissions import A, require, roles_for
from opsdesk.services import attachments
from opsdesk.services.context import AppContext
from opsdesk.services.org import region_ids_under
from opsdesk.services.templates import version_dto

# TransitionError is defined in opsdesk.errors; the follow-up re-checks (回头看) are in services.followups.
__all__ = ["ACTION_STATUSES", "OPEN_STATUSES", "PRIORITIES", "TransitionError"]

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "open": ("in_progress", "submitted", "cancelled"),
    "in_progress": ("submitted", "cancelled"),
    "submitted": ("verified", "reopened"),
    "reopened": ("in_progress", "submitted", "cancelled"),
    "verified": (),
    "cancelled": (),
}
# Which permission each step needs (opsdesk.permissions): judging a fix or dropping an action is a supervisor's,
# an ops manager's or head office's; the store starts and submits its own fix.
TRANSITION_ACTIONS = {"in_progress": A.ACTION_WORK, "submitted": A.ACTION_WORK, "verified": A.ACTION_VERIFY,
                      "reopened": A.ACTION_VERIFY, "cancelled": A.ACTION_CANCEL}
VERIFIER_ROLES = tuple(r for r in ("supervisor", "ops_manager", "head_office") if r in roles_for(A.ACTION_VERIFY))
SUPERVISOR_STEPS = tuple(t for t, a in TRANSITION_ACTIONS.items() if a != A.ACTION_WORK)
NEEDS_NOTE = ("reopened", "cancelled")  # a reason is required
REMIND_DAYS = 3


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ActionDTO:
    id: str
    store_id: str
    store_code: str
    store_name: str
    region_path: str
    title: str
    description: str
    priority: str
    assignee_id: str | None
    assignee_name: str
    due_on: date
    status: str
    fix_note: str
    submitted_at: datetime | None
    verified_at: datetime | None
    verified_by: str | None
    source_run_id: str | None
    source_run_date: date | None
    source_title: str
    item_keys: tuple[str, ...]
    repeat_of: str | None
    repeat_count: int
    evidence_run_id: str | None
    created_at: datetime
    version: str
    source_title_en: str = ""  # the source template version's English title ("" when it has none)

    def overdue(self, today: date | None = None) -> bool:
        return self.status in OPEN_STATUSES and self.status != "submitted" and self.due_on < (today or date.today())

    @property
    def is_repeat(self) -> bool:
        return self.repeat_count > 0


@dataclass(frozen=True)
class EventDTO:
    from_status: str | None
    to_status: str
    user_name: str
    at: datetime
    note: str


@dataclass(frozen=True)
class ActionInput:
    store_id: str
    title: str
    due_on: date
    description: str = ""
    priority: str = "normal"
    assignee_id: str | None = None
    source_run_id: str | None = None
    source_answer_id: str | None = None
    template_id: str | None = None
    item_keys: tuple[str, ...] = ()
    visit_id: str | None = None


@dataclass(frozen=True)
class Proposal:
    """What a failed item would become; the supervisor may edit, merge or drop it."""

    input: ActionInput
    item_texts: tuple[str, ...]
    repeat_count: int = 0


@dataclass(frozen=True)
class ActionQuery:
    store_id: str | None = None
    region_id: str | None = None
    assignee_id: str | None = None
    priority: str | None = None
    status: str | None = None
    open_only: bool = False
    overdue_only: bool = False
    source_run_id: str | None = None
    visit_id: str | None = None
    search: str = ""
    today: date | None = None
    sort: str = "due_on"
    descending: bool = False


@dataclass(frozen=True)
class ClosureRate:
    due: int  # actions due in the period (cancelled ones left out)
    on_time: int  # of those, verified on or before their due date

    @property
    def rate(self) -> Decimal | None:
        return None if not self.due else (Decimal(self.on_time) * 100 / Decimal(self.due)).quantize(Decimal("0.1"))


# ---------------------------------------------------------------- reading


# Made once: an alias made per query is new SQL each time (nothing reused from the statement cache) and leaves
# cyclic garbage for the collector (its columns and metadata), a few hundred objects per page of a list.
_AREA = aliased(Region)
_PARENT = aliased(Region)
_ASSIGNEE = aliased(User)


def _select() -> Select:
    area, parent, assignee = _AREA, _PARENT, _ASSIGNEE
    return (
        select(CorrectiveAction, Store.code, Store.name, area.name, parent.name, assignee.name,
               ChecklistRun.business_date, TemplateVersion.title, TemplateVersion.title_en)
        .join(Store, Store.id == CorrectiveAction.store_id)
        .join(area, area.id == Store.region_id)
        .outerjoin(parent, parent.id == area.parent_id)
        .outerjoin(assignee, assignee.id == CorrectiveAction.assignee_id)
        .outerjoin(ChecklistRun, ChecklistRun.id == CorrectiveAction.source_run_id)
        .outerjoin(TemplateVersion, TemplateVersion.id == ChecklistRun.template_version_id)
        .where(CorrectiveAction.deleted.is_(False))
    )


def _dto(row) -> ActionDTO:  # noqa: ANN001
    a, code, name, area_name, parent_name, assignee_name, run_date, source_title, source_title_en = row
    return ActionDTO(
        id=a.id, store_id=a.store_id, store_code=code, store_name=name,
        region_path=f"{parent_name} / {area_name}" if parent_name else area_name, title=a.title,
        description=a.description, priority=a.priority, assignee_id=a.assignee_id, assignee_name=assignee_name or "",
        due_on=a.due_on, status=a.status, fix_note=a.fix_note, submitted_at=a.submitted_at, verified_at=a.verified_at,
        verified_by=a.verified_by, source_run_id=a.source_run_id, source_run_date=run_date,
        source_title=source_title or "", item_keys=tuple(json.loads(a.item_keys or "[]")), repeat_of=a.repeat_of,
        repeat_count=a.repeat_count, evidence_run_id=a.evidence_run_id, created_at=a.created_at,
        version=a.updated_at, source_title_en=source_title_en or "",
    )


def action_dto(s: Session, action_id: str) -> ActionDTO:
    row = s.execute(_select().where(CorrectiveAction.id == action_id)).first()
    if row is None:
        raise NotFoundError("corrective_action", id=action_id)
    return _dto(row)


def get_action(ctx: AppContext, action_id: str) -> ActionDTO:
    with ctx.read() as s:
        return action_dto(s, action_id)


def _filtered(s: Session, q: ActionQuery, stmt: Select, *, with_status: bool = True) -> Select:
    today = q.today or date.today()
    if q.store_id:
        stmt = stmt.where(CorrectiveAction.store_id == q.store_id)
    if q.region_id:
        stmt = stmt.where(Store.region_id.in_(region_ids_under(s, q.region_id)))
    if q.assignee_id:
        stmt = stmt.where(CorrectiveAction.assignee_id == q.assignee_id)
    if q.priority:
        stmt = stmt.where(CorrectiveAction.priority == q.priority)
    if with_status and q.status:
        stmt = stmt.where(CorrectiveAction.status == q.status)
    if q.open_only:
        stmt = stmt.where(CorrectiveAction.status.in_(OPEN_STATUSES))
    if q.overdue_only:
        stmt = stmt.where(CorrectiveAction.status.in_(("open", "in_progress", "reopened")),
                          CorrectiveAction.due_on < today)
    if q.source_run_id:
        stmt = stmt.where(CorrectiveAction.source_run_id == q.source_run_id)
    if q.visit_id:
        stmt = stmt.where(CorrectiveAction.visit_id == q.visit_id)
    term = q.search.strip()
    if term:
        stmt = stmt.where(backend.contains_any((CorrectiveAction.title, Store.name, Store.code), term))
    return stmt


SORTS = ("due_on", "store", "title", "priority", "status", "assignee", "created_at", "repeat_count")


def query_actions(ctx: AppContext, q: ActionQuery = ActionQuery(), offset: int = 0,
                  limit: int | None = None) -> list[ActionDTO]:
    with ctx.read() as s:
        stmt = _filtered(s, q, _select())
        keys = {"due_on": CorrectiveAction.due_on, "store": Store.code, "title": CorrectiveAction.title,
                "priority": case({p: i for i, p in enumerate(PRIORITIES, 1)}, value=CorrectiveAction.priority, else_=0),
                "status": CorrectiveAction.status,
                "assignee": select(User.name).where(User.id == CorrectiveAction.assignee_id).scalar_subquery(),
                "created_at": CorrectiveAction.created_at, "repeat_count": CorrectiveAction.repeat_count}
        key = keys.get(q.sort, CorrectiveAction.due_on)
        stmt = stmt.order_by(backend.sort_by(key, q.descending), CorrectiveAction.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_dto(r) for r in s.execute(stmt)]


def _count_select() -> Select:
    return (select(func.count(CorrectiveAction.id)).join(Store, Store.id == CorrectiveAction.store_id)
            .where(CorrectiveAction.deleted.is_(False)))


def count_actions(ctx: AppContext, q: ActionQuery = ActionQuery()) -> int:
    with ctx.read() as s:
        return int(s.scalar(_filtered(s, q, _count_select())) or 0)


@dataclass(frozen=True)
class SourceDTO:
    """An inspection that actions came from (the register's source filter)."""

    run_id: str
    run_date: date | None
    title: str  # its template version's title
    store_code: str
    actions: int
    title_en: str = ""  # its English title ("" when it has none)


def source_runs(ctx: AppContext, q: ActionQuery = ActionQuery(), limit: int = 500) -> list[SourceDTO]:
    """The inspections the actions under ``q`` came from, newest first, at most ``limit``: one grouped
    query, not a scan of every action."""
    with ctx.read() as s:
        stmt = (select(CorrectiveAction.source_run_id, ChecklistRun.business_date, TemplateVersion.title,
                       func.min(Store.code), func.count(CorrectiveAction.id), TemplateVersion.title_en)
                .join(Store, Store.id == CorrectiveAction.store_id)
                .join(ChecklistRun, ChecklistRun.id == CorrectiveAction.source_run_id)
                .outerjoin(TemplateVersion, TemplateVersion.id == ChecklistRun.template_version_id)
                .where(CorrectiveAction.deleted.is_(False), CorrectiveAction.source_run_id.is_not(None))
                .group_by(CorrectiveAction.source_run_id, ChecklistRun.business_date, TemplateVersion.title,
                          TemplateVersion.title_en))
        stmt = _filtered(s, replace(q, source_run_id=None), stmt)
        stmt = stmt.order_by(ChecklistRun.business_date.desc(), func.min(Store.code).desc(),
                             CorrectiveAction.source_run_id).limit(limit)
        return [SourceDTO(run_id, day, title or "", code, int(n), title_en or "")
                for run_id, day, title, code, n, title_en in s.execute(stmt)]


def status_counts(ctx: AppContext, q: ActionQuery = ActionQuery()) -> dict[str, int]:
    """Actions per status under the other filters (the register's header), plus 'overdue'."""
    with ctx.read() as s:
        stmt = (select(CorrectiveAction.status, func.count()).join(Store, Store.id == CorrectiveAction.store_id)
                .where(CorrectiveAction.deleted.is_(False)).group_by(CorrectiveAction.status))
        counts = {status: 0 for status in ACTION_STATUSES}
        counts.update({k: int(v) for k, v in s.execute(_filtered(s, q, stmt, with_status=False))})
        overdue = _filtered(s, replace(q, status=None, overdue_only=True), _count_select())
        counts["overdue"] = int(s.scalar(overdue) or 0)
        return counts


def events(ctx: AppContext, action_id: str) -> list[EventDTO]:
    with ctx.read() as s:
        rows = s.execute(select(ActionEvent, User.name).outerjoin(User, User.id == ActionEvent.user_id)
                         .where(ActionEvent.action_id == action_id, ActionEvent.deleted.is_(False))
                         .order_by(ActionEvent.at, ActionEvent.id))
        return [EventDTO(e.from_status, e.to_status, name or "", e.at, e.note) for e, name in rows]


def fix_photos(ctx: AppContext, action_id: str) -> list[attachments.AttachmentDTO]:
    return attachments.photos_of(ctx, "corrective_action", action_id)


# ---------------------------------------------------------------- creating


def _check_input(s: Session, data: ActionInput) -> ActionInput:
    problems = []
    title = (data.title or "").strip()
    if not title:
        problems.append(FieldProblem("title", "required"))
    elif len(title) > 200:
        problems.append(FieldProblem("title", "too_long", {"max": 200}))
    if data.priority not in PRIORITIES:
        problems.append(FieldProblem("priority", "invalid_choice"))
    if not isinstance(data.due_on, date):
        problems.append(FieldProblem("due_on", "required"))
    store = s.get(Store, data.store_id) if data.store_id else None
    if store is None or store.deleted:
        problems.append(FieldProblem("store_id", "not_found"))
    if data.assignee_id:
        user = s.get(User, data.assignee_id)
        if user is None or user.deleted or not user.active:
            problems.append(FieldProblem("assignee_id", "invalid_user"))
    if problems:
        raise ValidationError(problems)
    return replace(data, title=title, description=(data.description or "").strip())


def _store_manager(s: Session, store_id: str) -> str | None:
    """The store's (first) active manager: a deactivated one cannot be given new work."""
    row = s.execute(select(Assignment.user_id).join(User, User.id == Assignment.user_id).where(
        Assignment.store_id == store_id, Assignment.role == "manager", Assignment.deleted.is_(False),
        User.deleted.is_(False), User.active.is_(True))
        .order_by(Assignment.created_at, Assignment.id).limit(1)).first()
    return row[0] if row else None


def local_day(moment: datetime) -> date:
    """The calendar day on this computer of a stored (naive UTC) time."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def _earlier_action(s: Session, store_id: str, template_id: str | None, keys: Sequence[str]) -> CorrectiveAction | None:
    """The latest earlier action on one of these items at the store, still open or verified."""
    if not keys:
        return None
    candidates = s.scalars(select(CorrectiveAction).where(
        CorrectiveAction.store_id == store_id, CorrectiveAction.deleted.is_(False),
        CorrectiveAction.status.in_((*OPEN_STATUSES, "verified")),
        CorrectiveAction.template_id == template_id if template_id else CorrectiveAction.template_id.is_(None),
    ).order_by(CorrectiveAction.created_at.desc()))
    wanted = set(keys)
    for action in candidates:
        if wanted & set(json.loads(action.item_keys or "[]")):
            return action
    return None


def log_event(s: Session, action: CorrectiveAction, old: str | None, new: str, user: str | None, note: str) -> None:
    s.add(ActionEvent(action_id=action.id, from_status=old, to_status=new, user_id=user, at=utcnow(), note=note))


def _create(s: Session, ctx: AppContext, data: ActionInput) -> CorrectiveAction:
    data = _check_input(s, data)
    earlier = _earlier_action(s, data.store_id, data.template_id, data.item_keys)
    action = CorrectiveAction(
        store_id=data.store_id, source_run_id=data.source_run_id, source_answer_id=data.source_answer_id,
        template_id=data.template_id, item_keys=json.dumps(list(data.item_keys)), visit_id=data.visit_id,
        title=data.title, description=data.description, priority=data.priority,
        assignee_id=data.assignee_id, due_on=data.due_on, status="open",
        repeat_of=earlier.id if earlier else None, repeat_count=(earlier.repeat_count + 1) if earlier else 0,
    )
    s.add(action)
    s.flush()
    log_event(s, action, None, "open", ctx.user_id, "")
    return action


def create_action(ctx: AppContext, data: ActionInput) -> ActionDTO:
    """An action made by hand, for a store or from a visit."""
    with ctx.tx() as s:
        require(s, ctx, A.ACTION_CREATE, data.store_id)
        action = _create(s, ctx, data)
        s.flush()
        return action_dto(s, action.id)


def propose_from_run(ctx: AppContext, run_id: str) -> list[Proposal]:
    """One proposal per failed item of a completed run (items that already have an action are left out)."""
    with ctx.read() as s:
        run = s.get(ChecklistRun, run_id)
        if run is None or run.deleted:
            raise NotFoundError("checklist_run", id=run_id)
        version = version_dto(s, s.get(TemplateVersion, run.template_version_id))
        done = set()
        for a in s.scalars(select(CorrectiveAction).where(CorrectiveAction.source_run_id == run.id,
                                                         CorrectiveAction.deleted.is_(False))):
            done.update(json.loads(a.item_keys or "[]"))
        manager = _store_manager(s, run.store_id)
        day = local_day(run.completed_at) if run.completed_at else run.business_date
        answers = {a.item_id: a for a in s.scalars(select(Answer).where(
            Answer.run_id == run.id, Answer.deleted.is_(False), Answer.failed.is_(True), Answer.na.is_(False)))}
        proposals = []
        for item in version.items():
            answer = answers.get(item.id)
            if answer is None or item.key in done:
                continue
            earlier = _earlier_action(s, run.store_id, version.template_id, (item.key,))
            proposals.append(Proposal(
                ActionInput(store_id=run.store_id, title=item.action_title or item.text, description=answer.note,
                            priority=item.action_priority if item.action_priority in PRIORITIES else "normal",
                            assignee_id=manager, due_on=day + timedelta(days=item.action_due_days),
                            source_run_id=run.id, source_answer_id=answer.id, template_id=version.template_id,
                            item_keys=(item.key,)),
                (item.text,), (earlier.repeat_count + 1) if earlier else 0))
        return proposals


def merge(proposals: Sequence[Proposal]) -> Proposal:
    """Several findings fixed by one action: the most urgent priority and the earliest due date win."""
    if not proposals:
        raise ValueError("nothing to merge")
    first = proposals[0].input
    rank = {p: i for i, p in enumerate(PRIORITIES)}
    data = replace(
        first,
        title="；".join(dict.fromkeys(p.input.title for p in proposals)),
        description="\n".join(p.input.description for p in proposals if p.input.description),
        priority=min((p.input.priority for p in proposals), key=lambda x: rank.get(x, 9)),
        due_on=min(p.input.due_on for p in proposals),
        item_keys=tuple(dict.fromkeys(k for p in proposals for k in p.input.item_keys)),
    )
    return Proposal(data, tuple(t for p in proposals for t in p.item_texts),
                    max(p.repeat_count for p in proposals))


def create_from_proposals(ctx: AppContext, proposals: Sequence[Proposal | ActionInput]) -> list[ActionDTO]:
    """Create the (edited, merged) proposals in one transaction: all or none."""
    with ctx.tx() as s:
        require(s, ctx, A.ACTION_CREATE, [(p.input if isinstance(p, Proposal) else p).store_id for p in proposals])
        made = [_create(s, ctx, p.input if isinstance(p, Proposal) else p) for p in proposals]
        s.flush()
        return [action_dto(s, a.id) for a in made]


# ---------------------------------------------------------------- changing


def live_action(s: Session, action_id: str) -> CorrectiveAction:
    action = s.get(CorrectiveAction, action_id)
    if action is None or action.deleted:
        raise NotFoundError("corrective_action", id=action_id)
    return action


def allowed_transitions(status: str, role: str | None) -> tuple[str, ...]:
    """What this user may do next: verifying, sending back and cancelling need a supervisor,
    operations manager or head office; the store moves its own action to in progress and submitted."""
    return tuple(t for t in TRANSITIONS.get(status, ()) if role in roles_for(TRANSITION_ACTIONS[t])
                 or (role is None and t not in SUPERVISOR_STEPS))


def _role(s: Session, user_id: str | None) -> str | None:
    user = s.get(User, user_id) if user_id else None
    return user.role if user is not None and user.active and not user.deleted else None


def move_action(s: Session, ctx: AppContext, action: CorrectiveAction, target: str, note: str, *,
                evidence_run: str | None = None, fix_note: str | None = None, system: bool = False) -> None:
    allowed = TRANSITIONS.get(action.status, ()) if system or ctx.system else \
        allowed_transitions(action.status, _role(s, ctx.user_id))
    if target not in allowed:
        raise TransitionError(f"{action.status} -> {target} is not allowed", current=action.status, target=target)
    note = (note or "").strip()
    if target in NEEDS_NOTE and not note:
        raise ValidationError([FieldProblem("note", "reason_required")])
    if target == "submitted":
        text = (fix_note if fix_note is not None else note).strip()
        if not text and not evidence_run:
            raise ValidationError([FieldProblem("fix_note", "required")])
        action.fix_note = text or action.fix_note
        action.submitted_at = utcnow()
        if evidence_run:
            action.evidence_run_id = evidence_run
    if target == "verified":
        action.verified_at = utcnow()
        action.verified_by = ctx.user_id
    if target == "reopened":
        action.verified_at = None
        action.verified_by = None
    old = action.status
    action.status = target
    log_event(s, action, old, target, ctx.user_id, note)


def transition(ctx: AppContext, action_id: str, target: str, note: str = "", *, fix_note: str | None = None,
               base_version: str | None = None) -> ActionDTO:
    """Move an action along its lifecycle; anything not in ``allowed_transitions`` is refused."""
    if target not in ACTION_STATUSES:
        raise ValidationError([FieldProblem("status", "invalid_choice")])
    decision = {"verified": "action.verify", "cancelled": "action.cancel"}.get(target)
    if decision:
        decisions.ensure_unlocked(ctx)  # a verification or cancellation is signed by its decider
    with ctx.tx() as s:
        action = live_action(s, action_id)
        if base_version is not None and action.updated_at != base_version:
            from opsdesk.errors import StaleEditError

            raise StaleEditError("action changed since it was opened", table="corrective_action")
        require(s, ctx, TRANSITION_ACTIONS[target] if target in TRANSITION_ACTIONS else A.ACTION_WORK, action.store_id)
        move_action(s, ctx, action, target, note, fix_note=fix_note)
        if decision:
            decisions.sign(s, ctx, decision, "corrective_action", action.id, {"status": target})
        s.flush()
        return action_dto(s, action.id)


def update_action(ctx: AppContext, action_id: str, data: ActionInput, base_version: str | None = None) -> ActionDTO:
    """Change title, description, priority, assignee or due date of an action that is not closed."""
    with ctx.tx() as s:
        action = live_action(s, action_id)
        require(s, ctx, A.ACTION_ASSIGN, action.store_id)
        if base_version is not None and action.updated_at != base_version:
            from opsdesk.errors import StaleEditError

            raise StaleEditError("action changed since it was opened", table="corrective_action")
        if action.status in ("verified", "cancelled"):
            raise TransitionError("a closed action cannot be edited", current=action.status, target=action.status)
        data = _check_input(s, replace(data, store_id=action.store_id))
        action.title, action.description, action.priority = data.title, data.description, data.priority
        action.assignee_id, action.due_on = data.assignee_id, data.due_on
        s.flush()
        return action_dto(s, action.id)


def _stores_of(s: Session, action_ids: Sequence[str]) -> list[str]:
    """The stores of these actions (for the permission check of a change to many)."""
    ids = list(dict.fromkeys(action_ids))
    return list(s.scalars(select(CorrectiveAction.store_id).where(CorrectiveAction.id.in_(ids)).distinct())) if ids \
        else []


def bulk_reassign(ctx: AppContext, action_ids: Sequence[str], assignee_id: str) -> int:
    """Give many open actions to one person, in one transaction."""
    with ctx.tx() as s:
        require(s, ctx, A.ACTION_ASSIGN, _stores_of(s, action_ids))
        user = s.get(User, assignee_id)
        if user is None or user.deleted or not user.active:
            raise ValidationError([FieldProblem("assignee_id", "invalid_user")])
        changed = 0
        for action_id in dict.fromkeys(action_ids):
            action = live_action(s, action_id)
            if action.status in OPEN_STATUSES and action.assignee_id != assignee_id:
                action.assignee_id = assignee_id
                changed += 1
        return changed


def bulk_due(ctx: AppContext, action_ids: Sequence[str], due_on: date) -> int:
    """Move the due date of many open actions, in one transaction."""
    if not isinstance(due_on, date):
        raise ValidationError([FieldProblem("due_on", "required")])
    with ctx.tx() as s:
        require(s, ctx, A.ACTION_ASSIGN, _stores_of(s, action_ids))
        changed = 0
        for action_id in dict.fromkeys(action_ids):
            action = live_action(s, action_id)
            if action.status in OPEN_STATUSES and action.due_on != due_on:
                action.due_on = due_on
                changed += 1
        return changed


def add_fix_photo(ctx: AppContext, action_id: str, source: str | Path) -> attachments.AttachmentDTO:
    """Evidence of the fix (refused unless it is an image); the status is checked in the same
    transaction that links the photo."""
    with ctx.read() as s:
        require(s, ctx, A.ACTION_WORK, live_action(s, action_id).store_id)  # before the file is stored
        if live_action(s, action_id).status in ("verified", "cancelled"):
            raise TransitionError("a closed action takes no more photos", current="closed", target="closed")
    stored = attachments.store_for(ctx).put(source)
    with ctx.tx() as s:
        action = live_action(s, action_id)
        if action.status in ("verified", "cancelled"):
            raise TransitionError("a closed action takes no more photos", current=action.status, target=action.status)
        return attachments.link_stored(s, ctx, stored, "corrective_action", action_id, purpose="fix")


# ---------------------------------------------------------------- 整改率 and reminders


def closure_rate(ctx: AppContext, start: date, end: date, store_id: str | None = None,
                 region_id: str | None = None) -> ClosureRate:
    """整改率: actions due in [start, end] that were verified by their due date / actions due then."""
    with ctx.read() as s:
        stmt = (select(CorrectiveAction.status, CorrectiveAction.due_on, CorrectiveAction.verified_at)
                .join(Store, Store.id == CorrectiveAction.store_id)
                .where(CorrectiveAction.deleted.is_(False), CorrectiveAction.status != "cancelled",
                       CorrectiveAction.due_on >= start, CorrectiveAction.due_on <= end))
        if store_id:
            stmt = stmt.where(CorrectiveAction.store_id == store_id)
        if region_id:
            stmt = stmt.where(Store.region_id.in_(region_ids_under(s, region_id)))
        due = on_time = 0
        for status, due_on, verified_at in s.execute(stmt):
            due += 1
            if status == "verified" and verified_at is not None and local_day(verified_at) <= due_on:
                on_time += 1
        return ClosureRate(due, on_time)


def reminders(ctx: AppContext, user_id: str | None, today: date | None = None) -> list[ActionDTO]:
    """The user's actions that are overdue or due within the next three days, earliest due first."""
    if not user_id:
        return []
    today = today or date.today()
    with ctx.read() as s:
        stmt = _select().where(CorrectiveAction.assignee_id == user_id,
                               CorrectiveAction.status.in_(("open", "in_progress", "reopened")),
                               CorrectiveAction.due_on <= today + timedelta(days=REMIND_DAYS))
        return [_dto(r) for r in s.execute(stmt.order_by(CorrectiveAction.due_on, CorrectiveAction.id))]


# ---------------------------------------------------------------- export (CSV and Excel)


EXPORT_COLUMNS = (
    exports.Column("store_code", "Store code"), exports.Column("store", "Store"), exports.Column("title", "Action"),
    exports.Column("priority", "Priority"), exports.Column("status", "Status"), exports.Column("assignee", "Assignee"),
    exports.Column("due_on", "Due date", "date"), exports.Column("overdue", "Overdue"),
    exports.Column("repeat_count", "Times repeated", "int"), exports.Column("source", "Source inspection"),
    exports.Column("source_date", "Inspection date", "date"), exports.Column("fix_note", "What was done"),
    exports.Column("verified_on", "Verified on", "date"),
)
CSV_COLUMNS = tuple(c.key for c in EXPORT_COLUMNS)
EXPORT_PAGE = 1000


def export_rows(ctx: AppContext, q: ActionQuery, labels: Mapping[str, Mapping[str, str]] | None = None,
                today: date | None = None) -> Iterator[list[object]]:
    """The register's rows for ``q`` in ``EXPORT_COLUMNS`` order, a page at a time (never the whole list).
    ``labels`` (status/priority codes -> words, overdue -> {"yes": word}) come translated from the caller."""
    labels = labels or {}
    today = today or q.today or date.today()
    q = replace(q, today=today)
    offset = 0
    while True:
        page = query_actions(ctx, q, offset, EXPORT_PAGE)
        for a in page:
            yield [a.store_code, a.store_name, a.title, exports.label(labels, "priority", a.priority),
                   exports.label(labels, "status", a.status), a.assignee_name, a.due_on,
                   exports.label(labels, "overdue", "yes") if a.overdue(today) else "", a.repeat_count,
                   a.source_title, a.source_run_date, a.fix_note,
                   local_day(a.verified_at) if a.verified_at else None]
        if len(page) < EXPORT_PAGE:
            return
        offset += len(page)


def export_register(ctx: AppContext, q: ActionQuery, path: str | Path, *,
                    titles: Mapping[str, str] | None = None, labels: Mapping[str, Mapping[str, str]] | None = None,
                    filters: Sequence[tuple[str, str]] = (), title: str = "Corrective-action register",
                    today: date | None = None) -> int:
    """The register for ``q`` as .xlsx or .csv (by ``path``'s extension; see ``opsdesk.exports``)."""
    exports.check_format(path)
    return exports.export(path, exports.titled(EXPORT_COLUMNS, titles), export_rows(ctx, q, labels, today),
                          filters, title)


def export_csv(ctx: AppContext, q: ActionQuery, path: str | Path, headers: Sequence[str],
               labels: Mapping[str, Mapping[str, str]] | None = None, today: date | None = None) -> int:
    """The register as CSV with the given header titles (in ``CSV_COLUMNS`` order). Written atomically."""
    columns = [replace(c, title=h) for c, h in zip(EXPORT_COLUMNS, headers, strict=True)]
    return exports.write_csv(path, columns, export_rows(ctx, q, labels, today))
