"""Who may do what: one table of role x action, the stores a user acts on, and the check every service runs.

The services call ``require(s, ctx, action, store_id)`` before they write anything; a refusal is a
:class:`~opsdesk.errors.PermissionDeniedError` (code ``permission_denied``) and nothing changes. The UI reads
the same table (``can_ctx``) to disable what the current user may not do and to say why.

Rules for the cases without a person:

- a workspace with no users at all is being set up: everything is allowed (its first user is made then);
- ``ctx.user_id`` None in a workspace that has users is refused (``no_user``), unless the context is marked as
  internal system work (``ctx.system``: a sync import applying remote changes, a migration, a builder of past
  data; see ``as_system``).

Reading stays open: lists are filtered by ``stores_in_scope`` where they ask for a viewer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.errors import PermissionDeniedError
from opsdesk.models import Assignment, Region, Store, User


class Action(StrEnum):
    """Everything the services guard. The value is the stable name (logs, errors, the README table)."""

    ORG_MANAGE = "org.manage"  # regions and areas, stores (data, status), their manager and supervisor
    USERS_MANAGE = "users.manage"  # create, edit, deactivate users
    SETTINGS_MANAGE = "settings.manage"  # workspace name, company name and logo
    TEMPLATE_EDIT = "template.edit"  # drafts: new template, sections, items
    TEMPLATE_PUBLISH = "template.publish"  # publish a draft, import a published template, retire or restore
    INSPECTION_RUN = "inspection.run"  # start, fill, complete, discard, correct an inspection; follow-up re-checks
    SELF_CHECK_RUN = "inspection.self_check"  # the same for a store's self-check (自查)
    DAILY_RUN = "daily.run"  # opening and closing checklists
    VISIT_LOG = "visit.log"  # plan, move, cancel a visit; check in and out; the visit log
    ACTION_CREATE = "action.create"  # corrective actions from findings or by hand
    ACTION_ASSIGN = "action.assign"  # change an action's title, assignee, due date (one or many)
    ACTION_WORK = "action.work"  # start and submit a fix, its photos
    ACTION_VERIFY = "action.verify"  # verify a submitted fix or send it back
    ACTION_CANCEL = "action.cancel"  # drop an action
    SIGN_SUPERVISOR = "sign.as_supervisor"  # sign a completed run as the supervisor
    SIGN_STORE_MANAGER = "sign.as_store_manager"  # sign a completed run as the store manager
    SIGN_EXTERNAL = "sign.collect_external"  # collect the signature of a person without an account (supplier ...)
    EQUIPMENT_CATEGORIES = "equipment.categories"  # the category list of the register
    EQUIPMENT_MANAGE = "equipment.manage"  # the register: items, status, documents, import
    EQUIPMENT_ACCEPT = "equipment.accept"  # run an equipment acceptance
    FAULT_REPORT = "fault.report"  # report a fault, add its photos
    FAULT_HANDLE = "fault.handle"  # locate, repair, analyse, close a fault
    OPENING_PLANS = "opening.plans"  # the opening plans (milestone lists) new projects are made from
    OPENING_MANAGE = "opening.manage"  # a store's opening project: create, dates, owner, cancel, open the store
    OPENING_MILESTONE = "opening.milestone"  # complete or reopen a milestone, its note and photos, pass a gate
    OPENING_OVERRIDE = "opening.override_gate"  # open a store before every gate is passed
    PROMOTION_TYPES = "promotion.types"  # the promotion types
    PROMOTION_DRAFT = "promotion.draft"  # 拟定: write and change a plan
    PROMOTION_PROPOSE = "promotion.propose"  # 建议: put a plan forward
    PROMOTION_REVIEW = "promotion.review"  # 审核
    PROMOTION_APPROVE = "promotion.approve"  # 审批
    PROMOTION_CANCEL = "promotion.cancel"  # call a plan off (a supervisor: only the plans they proposed)
    PROMOTION_CLOSE = "promotion.close"  # 总结: the review and closing of a plan
    PROMOTION_ACKNOWLEDGE = "promotion.acknowledge"  # a franchisee signs the approved plan
    PROMOTION_CHECK = "promotion.check"  # run a 促销执行检查
    PROMOTION_RESULTS = "promotion.results"  # a store's results, typed or imported
    SYNC_EXPORT = "sync.export"  # write a sync package
    SYNC_IMPORT = "sync.import"  # import a package from a known peer; choose which regions to receive
    SYNC_TRUST = "sync.trust_peer"  # accept a peer not known yet
    SYNC_RESOLVE = "sync.resolve"  # decide a sync conflict


A = Action
ROLES = ("head_office", "ops_manager", "supervisor", "store_manager", "staff")  # = models.org.USER_ROLES

_EVERYONE = frozenset(ROLES)
_LEADS = frozenset(("head_office", "ops_manager"))
_FIELD = frozenset(("head_office", "ops_manager", "supervisor"))
_STORE_SIDE = frozenset(("head_office", "ops_manager", "supervisor", "store_manager"))

# action -> the roles allowed it. THE table: the services, the UI and the README read it.
ALLOWED: dict[Action, frozenset[str]] = {
    A.ORG_MANAGE: _LEADS,
    A.USERS_MANAGE: _LEADS,
    A.SETTINGS_MANAGE: _LEADS,
    A.TEMPLATE_EDIT: _LEADS,
    A.TEMPLATE_PUBLISH: frozenset(("head_office",)),
    A.INSPECTION_RUN: _FIELD,
    A.SELF_CHECK_RUN: _STORE_SIDE,
    A.DAILY_RUN: _EVERYONE,
    A.VISIT_LOG: _FIELD,
    A.ACTION_CREATE: _FIELD,
    A.ACTION_ASSIGN: _FIELD,
    A.ACTION_WORK: _EVERYONE,
    A.ACTION_VERIFY: _FIELD,
    A.ACTION_CANCEL: _FIELD,
    A.SIGN_SUPERVISOR: frozenset(("supervisor", "ops_manager")),
    A.SIGN_STORE_MANAGER: frozenset(("store_manager",)),
    A.SIGN_EXTERNAL: _STORE_SIDE,
    A.EQUIPMENT_CATEGORIES: _LEADS,
    A.EQUIPMENT_MANAGE: _STORE_SIDE,
    A.EQUIPMENT_ACCEPT: _STORE_SIDE,
    A.FAULT_REPORT: _EVERYONE,
    A.FAULT_HANDLE: _STORE_SIDE,
    A.OPENING_PLANS: frozenset(("head_office",)),
    A.OPENING_MANAGE: _FIELD,
    A.OPENING_MILESTONE: _STORE_SIDE,
    A.OPENING_OVERRIDE: frozenset(("head_office",)),
    A.PROMOTION_TYPES: frozenset(("head_office",)),
    A.PROMOTION_DRAFT: _FIELD,
    A.PROMOTION_PROPOSE: _FIELD,
    A.PROMOTION_REVIEW: frozenset(("ops_manager",)),
    A.PROMOTION_APPROVE: frozenset(("head_office",)),
    A.PROMOTION_CANCEL: _FIELD,
    A.PROMOTION_CLOSE: _LEADS,
    A.PROMOTION_ACKNOWLEDGE: frozenset(("store_manager",)),
    A.PROMOTION_CHECK: _FIELD,
    A.PROMOTION_RESULTS: _STORE_SIDE,
    A.SYNC_EXPORT: _EVERYONE,
    A.SYNC_IMPORT: _STORE_SIDE,
    A.SYNC_TRUST: _FIELD,
    A.SYNC_RESOLVE: _FIELD,
}

# Actions on one store's records: a user other than head office acts only on the stores in their scope
# (``stores_in_scope``) when the service names the store.
STORE_SCOPED: frozenset[Action] = frozenset({
    A.ORG_MANAGE, A.INSPECTION_RUN, A.SELF_CHECK_RUN, A.DAILY_RUN, A.VISIT_LOG, A.ACTION_CREATE, A.ACTION_ASSIGN,
    A.ACTION_WORK, A.ACTION_VERIFY, A.ACTION_CANCEL, A.SIGN_SUPERVISOR, A.SIGN_STORE_MANAGER, A.SIGN_EXTERNAL,
    A.EQUIPMENT_MANAGE, A.EQUIPMENT_ACCEPT, A.FAULT_REPORT, A.FAULT_HANDLE, A.OPENING_MANAGE, A.OPENING_MILESTONE,
    A.OPENING_OVERRIDE, A.PROMOTION_ACKNOWLEDGE, A.PROMOTION_CHECK, A.PROMOTION_RESULTS,
})
# A promotion plan is the chain's (one plan may target stores of several regions, and clash with another at
# any store): writing, proposing and deciding it are role-only; what happens at a store is scoped.

REASONS = ("role", "scope", "no_user", "inactive")


def roles_for(action: Action | str) -> frozenset[str]:
    return ALLOWED[Action(action)]


def actions_of(role: str) -> frozenset[Action]:
    return frozenset(a for a, roles in ALLOWED.items() if role in roles)


# ---------------------------------------------------------------- scope


def _tops_and_under(s: Session, area_ids: Iterable[str]) -> set[str]:
    """Every region id under the top regions of these areas (the areas themselves included)."""
    regions = {r.id: r for r in s.scalars(select(Region).where(Region.deleted.is_(False)))}
    tops: set[str] = set()
    for area_id in area_ids:
        r = regions.get(area_id)
        while r is not None and r.parent_id:
            r = regions.get(r.parent_id)
        if r is not None:
            tops.add(r.id)
    return regions_under(regions, tops)


def regions_under(regions: dict[str, Region], roots: Iterable[str]) -> set[str]:
    """These regions and every region below them (``regions``: id -> live region)."""
    out = set(roots)
    grew = True
    while grew:
        grew = False
        for r in regions.values():
            if r.parent_id in out and r.id not in out:
                out.add(r.id)
                grew = True
    return out


def stores_in_scope(s: Session, user: User | str | None) -> set[str] | None:
    """The stores a user sees and acts on; None means every store. Head office: every store. A supervisor,
    store manager or staff: the stores assigned to them. An ops manager: every store of the top regions
    holding a store assigned to them (every store when none is). No user (a script, a viewer not given): None;
    an unknown user: none."""
    if user is None or user == "":
        return None
    if isinstance(user, str):
        row = s.get(User, user)
        if row is None:
            return set()
        user = row
    if user.role == "head_office":
        return None
    assigned = set(s.scalars(select(Assignment.store_id).where(Assignment.user_id == user.id,
                                                               Assignment.deleted.is_(False))))
    if user.role != "ops_manager":
        return assigned
    if not assigned:
        return None
    areas = set(s.scalars(select(Store.region_id).where(Store.id.in_(assigned))))
    return set(s.scalars(select(Store.id).where(Store.region_id.in_(_tops_and_under(s, areas)),
                                                Store.deleted.is_(False))))


# ---------------------------------------------------------------- the check


@dataclass(frozen=True)
class Decision:
    """``allowed``, or why not: ``reason`` one of ``REASONS`` (``role``: the role may not; ``scope``: not one of
    the user's stores; ``no_user``: nobody is acting; ``inactive``: a deactivated account)."""

    allowed: bool
    action: str
    reason: str | None = None
    role: str | None = None
    store_id: str | None = None

    def __bool__(self) -> bool:
        return self.allowed

    def error(self) -> PermissionDeniedError:
        return PermissionDeniedError(
            f"{self.action} refused ({self.reason}) for role {self.role or '-'}"
            + (f" at store {self.store_id}" if self.store_id else ""),
            action=self.action, role=self.role, store=self.store_id, reason=self.reason)


def _has_users(s: Session) -> bool:
    return s.scalar(select(User.id).where(User.deleted.is_(False)).limit(1)) is not None


def can(s: Session, user_id: str | None, action: Action | str, store_id: str | Iterable[str] | None = None, *,
        system: bool = False) -> Decision:
    """May ``user_id`` take ``action`` (at ``store_id``, or at each of several stores)? See the module docstring
    for the cases without a person."""
    action = Action(action)
    stores = (store_id,) if isinstance(store_id, str) else tuple(dict.fromkeys(x for x in store_id or () if x))
    if system:
        return Decision(True, action.value)
    user = s.get(User, user_id) if user_id else None
    if user is None or user.deleted:
        if not _has_users(s):
            return Decision(True, action.value)  # the workspace is being set up
        return Decision(False, action.value, "no_user")
    if not user.active:
        return Decision(False, action.value, "inactive", user.role)
    if user.role not in ALLOWED[action]:
        return Decision(False, action.value, "role", user.role, stores[0] if stores else None)
    if stores and action in STORE_SCOPED:
        scope = stores_in_scope(s, user)
        if scope is not None:
            for sid in stores:
                if sid not in scope:
                    return Decision(False, action.value, "scope", user.role, sid)
    return Decision(True, action.value, None, user.role)


def require(s: Session, ctx: Any, action: Action | str, store_id: str | Iterable[str] | None = None, *,  # noqa: ANN401
            user_id: str | None = None) -> None:
    """Raise :class:`PermissionDeniedError` unless the context's user (or ``user_id``: a person signing on this
    computer) may take ``action`` (at ``store_id``). Call it before writing anything."""
    system = bool(getattr(ctx, "system", False))
    if user_id is not None and not system and not ctx.user_id and _has_users(s):
        raise Decision(False, Action(action).value, "no_user").error()
    decision = can(s, user_id if user_id is not None else ctx.user_id, action, store_id, system=system)
    if not decision:
        raise decision.error()


def can_ctx(ctx: Any, action: Action | str, store_id: str | None = None) -> Decision:  # noqa: ANN401
    """``can`` for the context's user, in its own read (what the UI asks before showing a button)."""
    with ctx.read() as s:
        return can(s, ctx.user_id, action, store_id, system=bool(getattr(ctx, "system", False)))


def as_system(ctx: Any) -> Any:  # noqa: ANN401
    """The same context marked as internal system work (still attributed to ``ctx.user_id`` in the audit
    trail): consequences the services derive themselves, builders of past data."""
    return replace(ctx, system=True)


# ---------------------------------------------------------------- what a record belongs to


def run_action(run_type: str, template_kind: str | None) -> Action:
    """The action that works on a checklist run of this type (and template kind)."""
    if run_type in ("opening", "closing"):
        return A.DAILY_RUN
    if run_type == "self_check":
        return A.SELF_CHECK_RUN
    if run_type == "execution":
        return A.PROMOTION_CHECK
    if run_type == "acceptance":
        return A.EQUIPMENT_ACCEPT if template_kind == "equipment_acceptance" else A.OPENING_MILESTONE
    return A.INSPECTION_RUN


def run_permission(s: Session, run_id: str) -> tuple[Action, str | None]:
    """(the action, the store) of working on a run; (inspection.run, None) for a run that does not exist (the
    service then refuses it as not found)."""
    from opsdesk.models import ChecklistRun, Template, TemplateVersion

    run = s.get(ChecklistRun, run_id)
    if run is None:
        return A.INSPECTION_RUN, None
    kind = s.scalar(select(Template.kind).join(TemplateVersion, TemplateVersion.template_id == Template.id)
                    .where(TemplateVersion.id == run.template_version_id))
    return run_action(run.run_type, kind), run.store_id


def owner_permission(s: Session, owner_table: str, owner_id: str) -> tuple[Action, str | None]:
    """(the action, the store) of adding or removing a photo or document of a record."""
    from opsdesk.models import (
        Answer,
        CorrectiveAction,
        Equipment,
        OpeningMilestone,
        OpeningProject,
    )

    if owner_table == "answer":
        answer = s.get(Answer, owner_id)
        return run_permission(s, answer.run_id) if answer is not None else (A.INSPECTION_RUN, None)
    if owner_table == "checklist_run":
        return run_permission(s, owner_id)
    if owner_table == "corrective_action":
        row = s.get(CorrectiveAction, owner_id)
        return A.ACTION_WORK, row.store_id if row is not None else None
    if owner_table == "equipment":
        row = s.get(Equipment, owner_id)
        return A.EQUIPMENT_MANAGE, row.store_id if row is not None else None
    if owner_table == "equipment_fault":
        from opsdesk.models import EquipmentFault

        row = s.get(EquipmentFault, owner_id)
        item = s.get(Equipment, row.equipment_id) if row is not None else None
        return A.FAULT_REPORT, item.store_id if item is not None else None
    if owner_table == "opening_milestone":
        m = s.get(OpeningMilestone, owner_id)
        p = s.get(OpeningProject, m.project_id) if m is not None else None
        return A.OPENING_MILESTONE, p.store_id if p is not None else None
    return A.INSPECTION_RUN, None


__all__ = ["ALLOWED", "REASONS", "ROLES", "STORE_SCOPED", "Action", "Decision", "actions_of", "as_system", "can",
           "can_ctx", "owner_permission", "require", "roles_for", "run_action", "run_permission",
           "stores_in_scope"]
