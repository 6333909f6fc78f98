"""Promotion plans (促销方案): 拟定 → 报批 (建议/审核/审批) → 执行 → 总结.

**The plan** is its theme, type, period, target stores with their targets, offer tiers, materials and budget
lines (money in exact ``Decimal`` 元). Its **content hash** (``plan_hash``) is the sha256 of a canonical JSON
of exactly that content -- not of results, lessons or bookkeeping.

**Decisions** are ``PromotionEvent`` rows, written once (the database refuses a change): submit (建议, by a
proposer), approve or reject at level ``review`` (审核, an ops manager) and ``approval`` (审批, head office),
cancel, close (the review, 总结), and a franchisee's acknowledgement. Each names the hash of the plan its
author saw and ``prev_ids``, the decisions that author had seen last (the heads). The status is derived
(``derive``), never stored:

- Replaying the decisions along their ``prev_ids``: submit(h) -> submitted(h); approve at review of h when
  submitted(h) -> reviewed(h); approve at approval of h when reviewed(h) -> approved(h); a reject at the
  level the plan waits at -> returned; cancel -> cancelled; close when approved -> closed. A decision that
  does not fit the state it was made on (another hash, another level) is **stale**: kept in the trail, no
  effect. A decision naming several heads continues from their nearest common ancestor (it re-decides).
- Two heads (decisions made apart, offline, on the same predecessor) that do not say the same thing are a
  **clash**: status ``clash``, the plan is not approved, and the next decision by someone allowed to decide
  at that level names both heads and settles it. Heads that agree are one decision.
- A plan edited after it was submitted no longer matches the hash its decisions name: status ``changed``
  (submit it again; editing an approved plan needs re-approval).
- An approved plan is ``approved`` before its period, ``running`` in it and ``ended`` after it.

A price promotion (``price_promotion``) is executed only once approved; another one may be checked once
submitted. Two approved promotions whose periods overlap at one store are a **store clash** (``store_clashes``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opsdesk import decisions
from opsdesk.errors import FieldProblem, NotFoundError, ValidationError
from opsdesk.ids import derived_id
from opsdesk.models import Assignment, Region, Store, User
from opsdesk.models.promotions import (
    BUDGET_CATEGORIES,
    MATERIAL_KINDS,
    Promotion,
    PromotionBudget,
    PromotionEvent,
    PromotionMaterial,
    PromotionStore,
    PromotionTier,
    PromotionType,
)
from opsdesk.permissions import A, as_system, require, roles_for
from opsdesk.services.context import AppContext
from opsdesk.services.validation import Checker

# From the permission table (opsdesk.permissions): 建议 promotion.propose, 审核 promotion.review, 审批
# promotion.approve, 总结 promotion.close.
_ROLE_ORDER = ("supervisor", "ops_manager", "head_office", "store_manager", "staff")
PROPOSER_ROLES = tuple(r for r in _ROLE_ORDER if r in roles_for(A.PROMOTION_PROPOSE))
LEVEL_ROLES = {"review": tuple(r for r in _ROLE_ORDER if r in roles_for(A.PROMOTION_REVIEW)),
               "approval": tuple(r for r in _ROLE_ORDER if r in roles_for(A.PROMOTION_APPROVE))}
LEVEL_ACTIONS = {"review": A.PROMOTION_REVIEW, "approval": A.PROMOTION_APPROVE}
CLOSER_ROLES = tuple(r for r in _ROLE_ORDER if r in roles_for(A.PROMOTION_CLOSE))
ALL_SEEING_ROLES = ("head_office", "ops_manager")
# Derived statuses, in the order the page lists them.
STATUSES = ("draft", "submitted", "reviewed", "returned", "changed", "clash", "approved", "running", "ended",
            "closed", "cancelled")
APPROVED_STATES = ("approved", "running", "ended")
CHECK_TEMPLATE = "promotion_check"
MAX_MONEY = Decimal("99999999.99")
MAX_COUNT = 10_000_000
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
COMMENT_MAX = 1000
LESSONS_MAX = 4000
RESULT_FIELDS = ("sales", "transactions", "new_members", "custom", "gifts_given", "budget_spent")
MONEY_RESULTS = ("sales", "custom", "budget_spent")
MAPPING_KEY = "promotion_results_mapping"  # meta: the last column mapping of a results import
DEFAULT_TYPES = (  # code, name, name_en, price
    ("opening", "开业促销", "Opening promotion", True),
    ("holiday", "节日促销", "Holiday promotion", True),
    ("member_day", "会员日", "Member day", True),
    ("clearance", "清仓", "Clearance", True),
    ("display", "陈列推广", "Display campaign", False),
)
TYPES_MARKER = "builtin_promotion_types"


# ---------------------------------------------------------------- inputs and DTOs


@dataclass(frozen=True)
class TierInput:
    condition: str
    reward: str
    price: Decimal | None = None
    quota_per_store_day: int | None = None
    quota_per_store: int | None = None
    quota_total: int | None = None


@dataclass(frozen=True)
class MaterialInput:
    name: str
    kind: str = "pop"
    quantity: int = 1
    unit: str = ""
    deliver_by: date | None = None


@dataclass(frozen=True)
class BudgetInput:
    category: str
    amount: Decimal
    description: str = ""
    store_id: str | None = None


@dataclass(frozen=True)
class StoreTarget:
    store_id: str
    sales: Decimal | None = None
    transactions: int | None = None
    new_members: int | None = None
    custom: Decimal | None = None


@dataclass(frozen=True)
class PlanInput:
    theme: str
    type_code: str
    starts_on: date
    ends_on: date
    stores: tuple[StoreTarget, ...] = ()
    tiers: tuple[TierInput, ...] = ()
    materials: tuple[MaterialInput, ...] = ()
    budget: tuple[BudgetInput, ...] = ()
    description: str = ""
    start_time: str = ""
    end_time: str = ""
    custom_measure: str = ""
    custom_unit: str = ""
    price_promotion: bool | None = None  # None: as its type says


@dataclass(frozen=True)
class TypeDTO:
    id: str
    code: str
    name: str
    name_en: str
    price: bool
    position: int
    active: bool


@dataclass(frozen=True)
class StoreDTO:
    id: str
    store_id: str
    store_code: str
    store_name: str
    store_kind: str
    region_id: str
    region_name: str
    target_sales: Decimal | None
    target_transactions: int | None
    target_new_members: int | None
    target_custom: Decimal | None
    actual_sales: Decimal | None
    actual_transactions: int | None
    actual_new_members: int | None
    actual_custom: Decimal | None
    gifts_given: int | None
    budget_spent: Decimal | None
    results_note: str
    results_at: datetime | None
    results_by: str | None

    @property
    def has_results(self) -> bool:
        return self.results_at is not None


@dataclass(frozen=True)
class TierDTO:
    id: str
    position: int
    condition: str
    reward: str
    price: Decimal | None
    quota_per_store_day: int | None
    quota_per_store: int | None
    quota_total: int | None


@dataclass(frozen=True)
class MaterialDTO:
    id: str
    position: int
    kind: str
    name: str
    quantity: int
    unit: str
    deliver_by: date | None


@dataclass(frozen=True)
class BudgetDTO:
    id: str
    position: int
    category: str
    description: str
    amount: Decimal
    store_id: str | None


@dataclass(frozen=True)
class EventDTO:
    id: str
    kind: str
    level: str
    user_id: str | None
    user_name: str
    at: datetime
    content_hash: str
    comment: str
    prev_ids: tuple[str, ...]
    store_id: str | None
    stale: bool = False  # did not fit the state it was made on: no effect


@dataclass(frozen=True)
class Status:
    """The derived status: ``status`` one of ``STATUSES``; ``base`` the state decisions continue from (in a
    clash: the state before the clashing decisions); ``heads`` the latest decisions; ``waiting`` the level a
    decision is expected at (proposal / review / approval / "")."""

    status: str
    base: str
    base_hash: str
    heads: tuple[str, ...]
    waiting: str
    clashing: tuple[str, ...] = ()  # ids of the decisions that clash
    returned_reason: str = ""

    @property
    def approved(self) -> bool:
        return self.status in APPROVED_STATES


@dataclass(frozen=True)
class PromotionDTO:
    id: str
    code: str
    theme: str
    type_code: str
    type_name: str
    type_name_en: str
    price_promotion: bool
    starts_on: date
    ends_on: date
    start_time: str
    end_time: str
    description: str
    custom_measure: str
    custom_unit: str
    created_by: str | None
    lessons: str
    content_hash: str
    status: Status
    stores: tuple[StoreDTO, ...] = ()
    tiers: tuple[TierDTO, ...] = ()
    materials: tuple[MaterialDTO, ...] = ()
    budget: tuple[BudgetDTO, ...] = ()
    events: tuple[EventDTO, ...] = ()

    def store(self, store_id: str) -> StoreDTO:
        return next(x for x in self.stores if x.store_id == store_id)

    @property
    def budget_total(self) -> Decimal:
        return sum((b.amount for b in self.budget), Decimal("0.00"))

    def budget_by_category(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for b in self.budget:
            out[b.category] = out.get(b.category, Decimal("0.00")) + b.amount
        return out

    def budget_by_store(self) -> dict[str | None, Decimal]:
        """Budget per store (None: lines for the whole plan)."""
        out: dict[str | None, Decimal] = {}
        for b in self.budget:
            out[b.store_id] = out.get(b.store_id, Decimal("0.00")) + b.amount
        return out


@dataclass(frozen=True)
class PromotionQuery:
    status: str | None = None  # one of STATUSES; None: all
    store_id: str | None = None
    visible_to: str | None = None  # a user id: only the plans that user sees
    overlapping: tuple[date, date] | None = None  # plans whose period meets this range (a calendar month)
    search: str = ""  # theme or code


# ---------------------------------------------------------------- types


def _type_dto(t: PromotionType) -> TypeDTO:
    return TypeDTO(t.id, t.code, t.name, t.name_en or "", bool(t.price), t.position, bool(t.active))


def list_types(ctx: AppContext, include_inactive: bool = False) -> list[TypeDTO]:
    with ctx.read() as s:
        stmt = select(PromotionType).where(PromotionType.deleted.is_(False))
        if not include_inactive:
            stmt = stmt.where(PromotionType.active.is_(True))
        return [_type_dto(t) for t in s.scalars(stmt.order_by(PromotionType.position, PromotionType.code))]


def save_type(ctx: AppContext, code: str, name: str, name_en: str = "", price: bool = True,
              active: bool = True) -> TypeDTO:
    """Add a promotion type or change the one with this code (types are edited, never removed: retire one by
    making it inactive)."""
    check = Checker()
    code = check.text("code", code, required=True, max_len=40)
    if code and not re.match(r"^[a-z0-9][a-z0-9_]{1,39}$", code):
        check.fail("code", "invalid_code")
    name = check.text("name", name, required=True, max_len=60)
    name_en = check.text("name_en", name_en, max_len=60)
    check.raise_if_any()
    with ctx.tx() as s:
        require(s, ctx, A.PROMOTION_TYPES)
        row = s.scalars(select(PromotionType).where(PromotionType.code == code,
                                                    PromotionType.deleted.is_(False))).first()
        if row is None:
            top = s.scalar(select(func.max(PromotionType.position))) or 0
            row = PromotionType(code=code, position=top + 1)
            s.add(row)
        row.name, row.name_en, row.price, row.active = name, name_en, bool(price), bool(active)
        s.flush()
        return _type_dto(row)


def ensure_default_types(ctx: AppContext) -> int:
    """The shipped types, once per workspace (ids derived from their codes, so every workspace holds the same
    rows); returns how many were made."""
    from dataclasses import replace as _replace

    from opsdesk.models import Meta
    from opsdesk.sync.capture import BuiltinClock

    if ctx.db.get_meta(TYPES_MARKER):
        return 0
    made = 0
    with ctx.tx() as s:
        if s.get(Meta, TYPES_MARKER) is not None:
            return 0
        own = s.info["capture"]
        s.info["capture"] = _replace(own, clock=BuiltinClock(), builtin=True, actor_id=None)
        try:
            for position, (code, name, name_en, price) in enumerate(DEFAULT_TYPES):
                tid = derived_id("promotion_type", code)
                if s.get(PromotionType, tid) is not None:
                    continue
                s.add(PromotionType(id=tid, code=code, name=name, name_en=name_en, price=price, position=position,
                                    active=True))
                made += 1
            s.flush()
        finally:
            s.info["capture"] = own
        s.add(Meta(key=TYPES_MARKER, value=str(len(DEFAULT_TYPES))))
    return made


# ---------------------------------------------------------------- content hash


def _money(v: Decimal | None) -> str | None:
    return None if v is None else str(Decimal(v).quantize(Decimal("0.01")))


def _canonical(p: Promotion, stores: list[PromotionStore], tiers: list[PromotionTier],
               materials: list[PromotionMaterial], budget: list[PromotionBudget]) -> dict[str, Any]:
    """What a decision is about: the plan's content, no results, no review, no bookkeeping."""
    return {
        "plan": p.id, "theme": p.theme, "type": p.type_code, "price_promotion": bool(p.price_promotion),
        "starts_on": p.starts_on.isoformat(), "ends_on": p.ends_on.isoformat(), "start_time": p.start_time or "",
        "end_time": p.end_time or "", "description": p.description or "", "custom_measure": p.custom_measure or "",
        "custom_unit": p.custom_unit or "",
        "stores": sorted([[x.store_id, _money(x.target_sales), x.target_transactions, x.target_new_members,
                           _money(x.target_custom)] for x in stores], key=lambda r: r[0]),
        "tiers": [[t.condition, t.reward, _money(t.price), t.quota_per_store_day, t.quota_per_store, t.quota_total]
                  for t in tiers],
        "materials": [[m.kind, m.name, m.quantity, m.unit or "", m.deliver_by.isoformat() if m.deliver_by else None]
                      for m in materials],
        "budget": [[b.category, b.description or "", _money(b.amount), b.store_id] for b in budget],
    }


def hash_of(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _live(s: Session, model: type, promotion_id: str, order: Any = None) -> list[Any]:  # noqa: ANN401
    stmt = select(model).where(model.promotion_id == promotion_id, model.deleted.is_(False))
    return list(s.scalars(stmt.order_by(order if order is not None else model.position, model.id)))


def _plan_hash(s: Session, p: Promotion) -> str:
    return hash_of(_canonical(p, _live(s, PromotionStore, p.id, PromotionStore.store_id),
                              _live(s, PromotionTier, p.id), _live(s, PromotionMaterial, p.id),
                              _live(s, PromotionBudget, p.id)))


# ---------------------------------------------------------------- the derived status


def _ancestors(by_id: dict[str, PromotionEvent | EventDTO], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        eid = todo.pop()
        if eid in seen or eid not in by_id:
            continue
        seen.add(eid)
        todo.extend(_prevs(by_id[eid]))
    return seen


def _prevs(e: PromotionEvent | EventDTO) -> tuple[str, ...]:
    if isinstance(e, EventDTO):
        return e.prev_ids
    return tuple(json.loads(e.prev_ids or "[]"))


@dataclass(frozen=True)
class _State:
    state: str = "draft"  # draft, submitted, reviewed, approved, returned, cancelled, closed
    hash: str = ""
    reason: str = ""


def _apply(state: _State, e: EventDTO) -> _State | None:
    """The state after decision ``e`` made on ``state``; None when it does not fit (stale)."""
    if state.state in ("cancelled", "closed"):
        return None
    if e.kind == "cancel":
        return _State("cancelled", state.hash, e.comment)
    if e.kind == "submit":
        return _State("submitted", e.content_hash)
    if e.kind in ("approve", "reject"):
        expected = {"review": "submitted", "approval": "reviewed"}.get(e.level)
        if expected is None or state.state != expected or state.hash != e.content_hash:
            return None
        if e.kind == "reject":
            return _State("returned", e.content_hash, e.comment)
        return _State("reviewed" if e.level == "review" else "approved", e.content_hash)
    if e.kind == "close":
        return _State("closed", state.hash) if state.state == "approved" and state.hash == e.content_hash else None
    return None


def _same(a: EventDTO, b: EventDTO) -> bool:
    return (a.kind, a.level, a.content_hash) == (b.kind, b.level, b.content_hash)


def derive(events: Sequence[EventDTO], current_hash: str, starts_on: date, ends_on: date,
           today: date | None = None) -> tuple[Status, tuple[EventDTO, ...]]:
    """The status from the decisions (acknowledgements left out) and the plan's current hash; returns it and
    the events marked stale where they had no effect. Pure: the same decisions give the same status on
    every workspace, whatever order they arrived in."""
    today = today or date.today()
    chain = [e for e in events if e.kind != "acknowledge"]
    by_id: dict[str, EventDTO] = {e.id: e for e in chain}
    # Topological order: a decision after every decision it names; ties by time, then id.
    order: list[EventDTO] = []
    placed: set[str] = set()
    pending = sorted(chain, key=lambda e: (e.at, e.id))
    while pending:
        progressed = False
        for e in list(pending):
            if all(p in placed or p not in by_id for p in e.prev_ids):
                order.append(e)
                placed.add(e.id)
                pending.remove(e)
                progressed = True
        if not progressed:  # a cycle cannot be made by the service; taken in time order if a file holds one
            order.extend(pending)
            break
    states: dict[str, _State] = {}
    stale: set[str] = set()
    ancestry: dict[str, set[str]] = {}

    def before(e: EventDTO) -> _State:
        prevs = [p for p in e.prev_ids if p in states]
        if not prevs:
            return _State()
        if len(prevs) == 1:
            return states[prevs[0]]
        common = set.intersection(*(ancestry[p] for p in prevs))
        if not common:
            return _State()
        last = max(common, key=lambda x: position[x])
        return states[last]

    position: dict[str, int] = {}
    for i, e in enumerate(order):
        position[e.id] = i
        ancestry[e.id] = {e.id} | set().union(*(ancestry[p] for p in e.prev_ids if p in ancestry))
        base = before(e)
        after = _apply(base, e)
        if after is None:
            stale.add(e.id)
            after = base
        states[e.id] = after
    referenced = {p for e in chain for p in e.prev_ids}
    heads = [e for e in order if e.id not in referenced]
    marked = tuple(replace(e, stale=e.id in stale) for e in events)
    clashing: tuple[str, ...] = ()
    if not heads:
        state = _State()
    elif len(heads) == 1 or all(_same(h, heads[0]) for h in heads[1:]):
        state = states[heads[0].id]
    else:
        effective = [h for h in heads if h.id not in stale]
        if len(effective) <= 1 or all(_same(h, effective[0]) for h in effective[1:]):
            state = states[effective[0].id] if effective else states[heads[0].id]
        else:
            clashing = tuple(h.id for h in effective)
            common = set.intersection(*(ancestry[h.id] for h in effective))
            base = states[max(common, key=lambda x: position[x])] if common else _State()
            waiting = {"submitted": "review", "reviewed": "approval"}.get(base.state, "proposal")
            return Status("clash", base.state, base.hash, tuple(h.id for h in heads), waiting, clashing), marked
    head_ids = tuple(h.id for h in heads)
    if state.state in ("submitted", "reviewed", "approved") and state.hash != current_hash:
        return Status("changed", state.state, state.hash, head_ids, "proposal"), marked
    status = state.state
    if status == "approved":
        status = "approved" if today < starts_on else "running" if today <= ends_on else "ended"
    waiting = {"draft": "proposal", "returned": "proposal", "submitted": "review", "reviewed": "approval"}.get(
        state.state, "")
    return Status(status, state.state, state.hash, head_ids, waiting, (), state.reason), marked


# ---------------------------------------------------------------- reading


def _names(s: Session, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(s.execute(select(User.id, User.name).where(User.id.in_(wanted))).all())


def _event_dto(e: PromotionEvent, names: dict[str, str]) -> EventDTO:
    return EventDTO(e.id, e.kind, e.level or "", e.user_id, names.get(e.user_id or "", ""), e.at, e.content_hash,
                    e.comment or "", _prevs(e), e.store_id)


def _events(s: Session, promotion_id: str) -> list[PromotionEvent]:
    return list(s.scalars(select(PromotionEvent).where(PromotionEvent.promotion_id == promotion_id)
                          .order_by(PromotionEvent.at, PromotionEvent.id)))


def _store_rows(s: Session, promotion_id: str) -> list[tuple[PromotionStore, Store, Region]]:
    return list(s.execute(select(PromotionStore, Store, Region).join(Store, Store.id == PromotionStore.store_id)
                          .join(Region, Region.id == Store.region_id)
                          .where(PromotionStore.promotion_id == promotion_id, PromotionStore.deleted.is_(False))
                          .order_by(Store.sort_key, Store.code)).all())


def _dto(s: Session, p: Promotion, today: date | None = None, *, full: bool = True) -> PromotionDTO:
    t = s.scalars(select(PromotionType).where(PromotionType.code == p.type_code,
                                              PromotionType.deleted.is_(False))).first()
    rows = _events(s, p.id)
    names = _names(s, [e.user_id for e in rows])
    events = [_event_dto(e, names) for e in rows]
    current = _plan_hash(s, p)
    status, marked = derive(events, current, p.starts_on, p.ends_on, today)
    stores = tuple(StoreDTO(x.id, x.store_id, st.code, st.name, st.kind, st.region_id, rg.name, x.target_sales,
                            x.target_transactions, x.target_new_members, x.target_custom, x.actual_sales,
                            x.actual_transactions, x.actual_new_members, x.actual_custom, x.gifts_given,
                            x.budget_spent, x.results_note or "", x.results_at, x.results_by)
                   for x, st, rg in _store_rows(s, p.id))
    tiers = tuple(TierDTO(t_.id, t_.position, t_.condition, t_.reward, t_.price, t_.quota_per_store_day,
                          t_.quota_per_store, t_.quota_total) for t_ in _live(s, PromotionTier, p.id)) if full else ()
    materials = tuple(MaterialDTO(m.id, m.position, m.kind, m.name, m.quantity, m.unit or "", m.deliver_by)
                      for m in _live(s, PromotionMaterial, p.id)) if full else ()
    budget = tuple(BudgetDTO(b.id, b.position, b.category, b.description or "", b.amount, b.store_id)
                   for b in _live(s, PromotionBudget, p.id))
    return PromotionDTO(p.id, p.code, p.theme, p.type_code, t.name if t else p.type_code, (t.name_en or "") if t else "",
                        bool(p.price_promotion), p.starts_on, p.ends_on, p.start_time or "", p.end_time or "",
                        p.description or "", p.custom_measure or "", p.custom_unit or "", p.created_by, p.lessons or "",
                        current, status, stores, tiers, materials, budget, marked)


def _live_plan(s: Session, promotion_id: str) -> Promotion:
    p = s.get(Promotion, promotion_id)
    if p is None or p.deleted:
        raise NotFoundError("promotion", id=promotion_id)
    return p


def get_plan(ctx: AppContext, promotion_id: str, today: date | None = None) -> PromotionDTO:
    with ctx.read() as s:
        return _dto(s, _live_plan(s, promotion_id), today)


def find_plan(ctx: AppContext, ref: str, today: date | None = None) -> PromotionDTO:
    """A plan by its id or its code (any case). A code two plans share (made on two laptops offline) is refused,
    naming their ids: ``ValidationError`` ``ref``/``ambiguous``."""
    ref = (ref or "").strip()
    with ctx.read() as s:
        p = s.get(Promotion, ref) if ref else None
        if p is None or p.deleted:
            found = s.scalars(select(Promotion).where(func.lower(Promotion.code) == ref.lower(),
                                                      Promotion.deleted.is_(False))
                              .order_by(Promotion.starts_on, Promotion.id)).all() if ref else []
            if len(found) > 1:
                raise ValidationError([FieldProblem("ref", "ambiguous", {
                    "ref": ref, "plans": [f"{x.id} ({x.theme})" for x in found]})])
            p = found[0] if found else None
        if p is None:
            raise NotFoundError("promotion", code=ref)
        return _dto(s, p, today)


def _visible_stores(s: Session, user_id: str) -> set[str] | None:
    """The stores whose records a user sees: ``permissions.stores_in_scope``."""
    from opsdesk.permissions import stores_in_scope

    return stores_in_scope(s, user_id)


def list_plans(ctx: AppContext, q: PromotionQuery = PromotionQuery(), today: date | None = None) -> list[PromotionDTO]:
    """Plans (newest period first) with their stores, budget and status (tiers and materials left out)."""
    if q.status is not None and q.status not in STATUSES:
        raise ValidationError([FieldProblem("status", "invalid_choice", {"allowed": STATUSES})])
    with ctx.read() as s:
        stmt = select(Promotion).where(Promotion.deleted.is_(False))
        if q.store_id:
            stmt = stmt.where(Promotion.id.in_(select(PromotionStore.promotion_id).where(
                PromotionStore.store_id == q.store_id, PromotionStore.deleted.is_(False))))
        if q.visible_to:
            stores = _visible_stores(s, q.visible_to)
            if stores is not None:
                stmt = stmt.where(Promotion.id.in_(select(PromotionStore.promotion_id).where(
                    PromotionStore.store_id.in_(stores), PromotionStore.deleted.is_(False)))
                    | (Promotion.created_by == q.visible_to))
        if q.overlapping:
            first, last = q.overlapping
            stmt = stmt.where(Promotion.starts_on <= last, Promotion.ends_on >= first)
        if q.search.strip():
            needle = q.search.strip().lower()
            stmt = stmt.where(func.lower(Promotion.theme).contains(needle, autoescape=True)
                              | func.lower(Promotion.code).contains(needle, autoescape=True))
        plans = [_dto(s, p, today, full=False) for p in s.scalars(
            stmt.order_by(Promotion.starts_on.desc(), Promotion.code.desc(), Promotion.id))]
    return [p for p in plans if q.status is None or p.status.status == q.status]


def status_counts(ctx: AppContext, visible_to: str | None = None, today: date | None = None) -> dict[str, int]:
    """How many plans are in each status (every status present, zero included)."""
    out = dict.fromkeys(STATUSES, 0)
    for p in list_plans(ctx, PromotionQuery(visible_to=visible_to), today):
        out[p.status.status] += 1
    return out


# ---------------------------------------------------------------- writing the plan


def _decimal(check: Checker, name: str, value: object, *, required: bool = False) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            check.fail(name, "required")
        return None
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        check.fail(name, "not_number")
        return None
    if isinstance(value, float):
        check.fail(name, "not_number")  # money is never a float
        return None
    if not d.is_finite():
        check.fail(name, "not_number")
    elif d < 0:
        check.fail(name, "negative")
    elif d > MAX_MONEY:
        check.fail(name, "too_large", max=str(MAX_MONEY))
    elif d != d.quantize(Decimal("0.01")):
        check.fail(name, "too_many_decimals", places=2)
    else:
        return d.quantize(Decimal("0.01"))
    return None


def _count(check: Checker, name: str, value: object) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        n = int(str(value).strip()) if not isinstance(value, int) or isinstance(value, bool) else value
    except ValueError:
        check.fail(name, "not_whole_number")
        return None
    if n < 0:
        check.fail(name, "negative")
    elif n > MAX_COUNT:
        check.fail(name, "too_large", max=MAX_COUNT)
    else:
        return n
    return None


def _validate(s: Session, data: PlanInput) -> tuple[PlanInput, bool]:
    check = Checker()
    theme = check.text("theme", data.theme, required=True, max_len=120)
    description = check.text("description", data.description, max_len=4000)
    t = s.scalars(select(PromotionType).where(PromotionType.code == data.type_code,
                                              PromotionType.deleted.is_(False))).first()
    if t is None:
        check.fail("type_code", "not_found")
    if not isinstance(data.starts_on, date):
        check.fail("starts_on", "required")
    if not isinstance(data.ends_on, date):
        check.fail("ends_on", "required")
    elif isinstance(data.starts_on, date) and data.ends_on < data.starts_on:
        check.fail("ends_on", "before_start")
    times = []
    for name, value in (("start_time", data.start_time), ("end_time", data.end_time)):
        value = (value or "").strip()
        if value and not TIME_RE.match(value):
            check.fail(name, "invalid_time")
        times.append(value)
    if times[0] and times[1] and times[1] <= times[0] and data.starts_on == data.ends_on:
        check.fail("end_time", "before_start")
    measure = check.text("custom_measure", data.custom_measure, max_len=40)
    unit = check.text("custom_unit", data.custom_unit, max_len=16)
    if not data.stores:
        check.fail("stores", "required")
    seen: set[str] = set()
    stores = []
    for i, st in enumerate(data.stores):
        row = s.get(Store, st.store_id) if st.store_id else None
        if row is None or row.deleted:
            check.fail(f"stores.{i}", "not_found")
        elif st.store_id in seen:
            check.fail(f"stores.{i}", "duplicate")
        seen.add(st.store_id)
        stores.append(StoreTarget(st.store_id, _decimal(check, f"stores.{i}.sales", st.sales),
                                  _count(check, f"stores.{i}.transactions", st.transactions),
                                  _count(check, f"stores.{i}.new_members", st.new_members),
                                  _decimal(check, f"stores.{i}.custom", st.custom)))
        if st.custom is not None and not measure:
            check.fail("custom_measure", "required")
    tiers = []
    for i, tier in enumerate(data.tiers):
        tiers.append(TierInput(check.text(f"tiers.{i}.condition", tier.condition, required=True, max_len=200),
                               check.text(f"tiers.{i}.reward", tier.reward, required=True, max_len=200),
                               _decimal(check, f"tiers.{i}.price", tier.price),
                               _count(check, f"tiers.{i}.quota_per_store_day", tier.quota_per_store_day),
                               _count(check, f"tiers.{i}.quota_per_store", tier.quota_per_store),
                               _count(check, f"tiers.{i}.quota_total", tier.quota_total)))
    materials = []
    for i, m in enumerate(data.materials):
        check.choice(f"materials.{i}.kind", m.kind, MATERIAL_KINDS)
        qty = _count(check, f"materials.{i}.quantity", m.quantity)
        if qty is not None and qty < 1:
            check.fail(f"materials.{i}.quantity", "too_small", min=1)
        materials.append(MaterialInput(check.text(f"materials.{i}.name", m.name, required=True, max_len=120), m.kind,
                                       qty or 1, check.text(f"materials.{i}.unit", m.unit, max_len=16), m.deliver_by))
    budget = []
    for i, b in enumerate(data.budget):
        check.choice(f"budget.{i}.category", b.category, BUDGET_CATEGORIES)
        if b.store_id and b.store_id not in seen:
            check.fail(f"budget.{i}.store_id", "not_a_target")
        budget.append(BudgetInput(b.category, _decimal(check, f"budget.{i}.amount", b.amount, required=True),
                                  check.text(f"budget.{i}.description", b.description, max_len=200), b.store_id or None))
    check.raise_if_any()
    price = t.price if data.price_promotion is None else bool(data.price_promotion)
    return PlanInput(theme, data.type_code, data.starts_on, data.ends_on, tuple(stores), tuple(tiers),
                     tuple(materials), tuple(budget), description, times[0], times[1], measure, unit, price), price


def _sync_children(s: Session, model: type, promotion_id: str, wanted: Sequence[dict[str, Any]]) -> None:
    """Make the plan's rows of ``model`` be ``wanted`` in order: existing rows are updated in place (so a field
    edited elsewhere merges), extra ones tombstoned."""
    rows = _live(s, model, promotion_id)
    for position, values in enumerate(wanted):
        row = rows[position] if position < len(rows) else None
        if row is None:
            row = model(promotion_id=promotion_id, position=position)
            s.add(row)
        for k, v in values.items():
            if getattr(row, k) != v:
                setattr(row, k, v)
        if row.position != position:
            row.position = position
    for row in rows[len(wanted):]:
        row.deleted = True


def _write(s: Session, p: Promotion, data: PlanInput) -> None:
    for name in ("theme", "type_code", "price_promotion", "starts_on", "ends_on", "start_time", "end_time",
                 "description", "custom_measure", "custom_unit"):
        value = getattr(data, name)
        if getattr(p, name) != value:
            setattr(p, name, value)
    s.flush()
    current = {x.store_id: x for x in _live(s, PromotionStore, p.id, PromotionStore.store_id)}
    for st in data.stores:
        row = current.pop(st.store_id, None)
        if row is None:
            row = PromotionStore(promotion_id=p.id, store_id=st.store_id, results_note="")
            s.add(row)
        for k, v in (("target_sales", st.sales), ("target_transactions", st.transactions),
                     ("target_new_members", st.new_members), ("target_custom", st.custom)):
            if getattr(row, k) != v:
                setattr(row, k, v)
    for row in current.values():
        row.deleted = True
    _sync_children(s, PromotionTier, p.id, [dict(condition=t.condition, reward=t.reward, price=t.price,
                                                 quota_per_store_day=t.quota_per_store_day,
                                                 quota_per_store=t.quota_per_store, quota_total=t.quota_total)
                                            for t in data.tiers])
    _sync_children(s, PromotionMaterial, p.id, [dict(kind=m.kind, name=m.name, quantity=m.quantity, unit=m.unit,
                                                     deliver_by=m.deliver_by) for m in data.materials])
    _sync_children(s, PromotionBudget, p.id, [dict(category=b.category, description=b.description, amount=b.amount,
                                                   store_id=b.store_id) for b in data.budget])
    s.flush()


def _new_code(s: Session, starts_on: date, pid: str) -> str:
    """P<yymm>-<4 of the id>, short to type; one more of the id at a time while a plan here already has it (two
    plans of a month share their first four in one case of 65,536). Laptops that create plans offline may still
    meet on a code: ``find_plan`` then refuses it and asks for the id."""
    digits = pid.replace("-", "").upper()
    for n in range(4, len(digits)):
        code = f"P{starts_on:%y%m}-{digits[:n]}"
        if s.scalar(select(Promotion.id).where(func.lower(Promotion.code) == code.lower(),
                                               Promotion.id != pid).limit(1)) is None:
            return code
    return f"P{starts_on:%y%m}-{digits}"


def create_plan(ctx: AppContext, data: PlanInput) -> PromotionDTO:
    """拟定: a new plan (status draft). Every problem at once; nothing written then."""
    with ctx.tx() as s:
        require(s, ctx, A.PROMOTION_DRAFT)  # a plan is the chain's: role only
        clean, _price = _validate(s, data)
        p = Promotion(theme=clean.theme, type_code=clean.type_code, price_promotion=bool(clean.price_promotion),
                      starts_on=clean.starts_on, ends_on=clean.ends_on, start_time=clean.start_time,
                      end_time=clean.end_time, description=clean.description, custom_measure=clean.custom_measure,
                      custom_unit=clean.custom_unit, created_by=ctx.user_id, lessons="", code="")
        s.add(p)
        s.flush()
        p.code = _new_code(s, clean.starts_on, p.id)
        _write(s, p, clean)
        return _dto(s, p)


def update_plan(ctx: AppContext, promotion_id: str, data: PlanInput) -> PromotionDTO:
    """Change a plan's content. Allowed until it is closed or cancelled; a submitted or approved plan then
    shows ``changed``: its decisions named the old content, so it must be submitted (and approved) again."""
    with ctx.tx() as s:
        p = _live_plan(s, promotion_id)
        status = _dto(s, p, full=False).status
        if status.status in ("closed", "cancelled"):
            raise ValidationError([FieldProblem("promotion_id", "not_editable", {"status": status.status})])
        require(s, ctx, A.PROMOTION_DRAFT)  # a plan is the chain's: role only
        clean, _price = _validate(s, data)
        _write(s, p, clean)
        return _dto(s, p)


# ---------------------------------------------------------------- decisions


def _user(s: Session, ctx: AppContext) -> User:
    user = s.get(User, ctx.user_id) if ctx.user_id else None
    if user is None or user.deleted or not user.active:
        raise ValidationError([FieldProblem("user_id", "required")])
    return user


def _decide(ctx: AppContext, promotion_id: str, kind: str, level: str, seen_hash: str, comment: str = "",
            store_id: str | None = None, check=None, action: A | None = None) -> tuple[str, PromotionDTO]:  # noqa: ANN001
    decision = decisions.PROMOTION_KINDS.get((kind, level))  # 建议 / 审核 / 审批 (and rejections): signed
    if decision:
        decisions.ensure_unlocked(ctx)
    with ctx.tx() as s:
        p = _live_plan(s, promotion_id)
        if action is not None:  # acknowledging: at that store; the plan's decisions: role only
            require(s, ctx, action, store_id)
        user = _user(s, ctx)
        dto = _dto(s, p, full=False)
        if seen_hash != dto.content_hash:
            raise ValidationError([FieldProblem("content_hash", "plan_changed")])
        if check is not None:
            check(s, user, dto)
        event = PromotionEvent(promotion_id=p.id, kind=kind, level=level, user_id=user.id, at=ctx.now(),
                               content_hash=dto.content_hash, comment=comment, prev_ids=json.dumps(
                                   list(dto.status.heads) if kind != "acknowledge" else []),
                               store_id=store_id)
        s.add(event)
        s.flush()
        if decision:
            decisions.sign(s, ctx, decision, "promotion_event", event.id,
                           {"promotion": p.id, "event": kind, "level": level}, dto.content_hash)
            s.flush()
        return event.id, _dto(s, p)


def _comment(value: str | None, required: bool) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError([FieldProblem("comment", "required")])
    if len(text) > COMMENT_MAX:
        raise ValidationError([FieldProblem("comment", "too_long", {"max": COMMENT_MAX})])
    return text


def submit(ctx: AppContext, promotion_id: str, seen_hash: str, comment: str = "") -> PromotionDTO:
    """建议: put the plan (as seen: ``seen_hash``) forward for review. By a proposer (supervisor, ops manager or
    head office), from draft, returned or changed."""
    text = _comment(comment, False)

    def check(s: Session, user: User, dto: PromotionDTO) -> None:
        if dto.status.status not in ("draft", "returned", "changed", "clash") or (
                dto.status.status == "clash" and dto.status.waiting != "proposal"):
            raise ValidationError([FieldProblem("promotion_id", "wrong_status", {"status": dto.status.status})])

    return _decide(ctx, promotion_id, "submit", "proposal", seen_hash, text, check=check, action=A.PROMOTION_PROPOSE)[1]


def decide(ctx: AppContext, promotion_id: str, level: str, approve: bool, seen_hash: str,
           comment: str = "") -> PromotionDTO:
    """审核 (``level`` review, an ops manager) or 审批 (approval, head office): approve or reject the plan as
    seen (``seen_hash``); a rejection needs its reason. In a clash, deciding at the level it waits at settles
    it (the decision names both clashing ones)."""
    if level not in LEVEL_ROLES:
        raise ValidationError([FieldProblem("level", "invalid_choice", {"allowed": tuple(LEVEL_ROLES)})])
    text = _comment(comment, not approve)

    def check(s: Session, user: User, dto: PromotionDTO) -> None:
        if dto.status.waiting != level or dto.status.status not in ("submitted", "reviewed", "clash"):
            raise ValidationError([FieldProblem("promotion_id", "wrong_status", {"status": dto.status.status})])

    return _decide(ctx, promotion_id, "approve" if approve else "reject", level, seen_hash, text, check=check,
                   action=LEVEL_ACTIONS[level])[1]


def cancel(ctx: AppContext, promotion_id: str, seen_hash: str, reason: str) -> PromotionDTO:
    """Call the plan off (a reason is required): by its proposer, an ops manager or head office."""
    text = _comment(reason, True)

    def check(s: Session, user: User, dto: PromotionDTO) -> None:
        if user.role not in CLOSER_ROLES and user.id != dto.created_by:  # a supervisor: only their own plan
            raise ValidationError([FieldProblem("user_id", "wrong_role", {"allowed": ALL_SEEING_ROLES})])
        if dto.status.status in ("closed", "cancelled"):
            raise ValidationError([FieldProblem("promotion_id", "wrong_status", {"status": dto.status.status})])

    return _decide(ctx, promotion_id, "cancel", "", seen_hash, text, check=check, action=A.PROMOTION_CANCEL)[1]


def close(ctx: AppContext, promotion_id: str, seen_hash: str, lessons: str) -> PromotionDTO:
    """总结: the review of an approved plan (usually once ended): the lessons are kept on the plan and the
    plan is closed."""
    text = (lessons or "").strip()
    if not text:
        raise ValidationError([FieldProblem("lessons", "required")])
    if len(text) > LESSONS_MAX:
        raise ValidationError([FieldProblem("lessons", "too_long", {"max": LESSONS_MAX})])

    def check(s: Session, user: User, dto: PromotionDTO) -> None:
        if not dto.status.approved:
            raise ValidationError([FieldProblem("promotion_id", "wrong_status", {"status": dto.status.status})])
        s.get(Promotion, dto.id).lessons = text

    return _decide(ctx, promotion_id, "close", "", seen_hash, "", check=check, action=A.PROMOTION_CLOSE)[1]


# ---------------------------------------------------------------- franchisee acknowledgement


@dataclass(frozen=True)
class Acknowledgement:
    store_id: str
    store_code: str
    store_name: str
    event_id: str | None  # None: not acknowledged (for the plan as it is now)
    user_id: str | None
    user_name: str
    at: datetime | None


def _managers(s: Session, store_id: str) -> set[str]:
    return set(s.scalars(select(Assignment.user_id).where(Assignment.store_id == store_id,
                                                          Assignment.role == "manager",
                                                          Assignment.deleted.is_(False))))


def acknowledge(ctx: AppContext, promotion_id: str, store_id: str, seen_hash: str,
                strokes: Sequence[Sequence[Sequence[float]]], statement: str = "") -> PromotionDTO:
    """The manager of a franchise target store signs the approved plan as seen (``seen_hash``): an
    ``acknowledge`` decision and its drawn signature (a ``Signature`` owned by it, bound to the hash)."""
    from opsdesk.models import Signature
    from opsdesk.services.signatures import strokes_json

    data = strokes_json(strokes)

    def check(s: Session, user: User, dto: PromotionDTO) -> None:
        if not dto.status.approved:
            raise ValidationError([FieldProblem("promotion_id", "not_approved", {"status": dto.status.status})])
        target = next((x for x in dto.stores if x.store_id == store_id), None)
        if target is None:
            raise ValidationError([FieldProblem("store_id", "not_a_target")])
        if target.store_kind != "franchise":
            raise ValidationError([FieldProblem("store_id", "not_a_franchise")])
        if user.role != "store_manager" or user.id not in _managers(s, store_id):
            raise ValidationError([FieldProblem("user_id", "not_store_manager")])
        if any(e.kind == "acknowledge" and e.store_id == store_id and e.content_hash == dto.content_hash
               for e in dto.events):
            raise ValidationError([FieldProblem("store_id", "already_acknowledged")])

    event_id, _ = _decide(ctx, promotion_id, "acknowledge", "", seen_hash, (statement or "").strip()[:COMMENT_MAX],
                          store_id=store_id, check=check, action=A.PROMOTION_ACKNOWLEDGE)
    with ctx.tx() as s:
        e = s.get(PromotionEvent, event_id)
        user = s.get(User, e.user_id)
        s.add(Signature(owner_table="promotion_event", owner_id=event_id, signer_id=user.id, signer_name=user.name,
                        role="franchisee", statement=e.comment, strokes=data, signed_at=e.at,
                        content_hash=e.content_hash))
        s.flush()
        return _dto(s, _live_plan(s, promotion_id))


def acknowledgements(ctx: AppContext, promotion_id: str) -> list[Acknowledgement]:
    """Per franchise target store: its acknowledgement of the plan as it is now (or none yet)."""
    dto = get_plan(ctx, promotion_id)
    out = []
    for st in dto.stores:
        if st.store_kind != "franchise":
            continue
        e = next((e for e in dto.events if e.kind == "acknowledge" and e.store_id == st.store_id
                  and e.content_hash == dto.content_hash), None)
        out.append(Acknowledgement(st.store_id, st.store_code, st.store_name, e.id if e else None,
                                   e.user_id if e else None, e.user_name if e else "", e.at if e else None))
    return out


def ack_signature(ctx: AppContext, event_id: str):  # noqa: ANN201 - a SignatureDTO-like row
    """The drawn signature of an acknowledgement (strokes and signer), or None."""
    from opsdesk.models import Signature

    with ctx.read() as s:
        row = s.scalars(select(Signature).where(Signature.owner_table == "promotion_event",
                                                Signature.owner_id == event_id)).first()
        if row is None:
            return None
        return {"signer_name": row.signer_name, "strokes": json.loads(row.strokes), "signed_at": row.signed_at,
                "content_hash": row.content_hash, "statement": row.statement}


# ---------------------------------------------------------------- store clashes


@dataclass(frozen=True)
class StoreClash:
    store_id: str
    store_code: str
    store_name: str
    first_id: str
    first_code: str
    second_id: str
    second_code: str
    overlap_from: date
    overlap_to: date


def store_clashes(ctx: AppContext, promotion_id: str | None = None, today: date | None = None) -> list[StoreClash]:
    """Approved promotions whose periods overlap at one store (only those of ``promotion_id`` when given)."""
    plans = [p for p in list_plans(ctx, PromotionQuery(), today) if p.status.approved]
    out = []
    for i, a in enumerate(plans):
        for b in plans[i + 1:]:
            if promotion_id and promotion_id not in (a.id, b.id):
                continue
            lo, hi = max(a.starts_on, b.starts_on), min(a.ends_on, b.ends_on)
            if lo > hi:
                continue
            first, second = sorted((a, b), key=lambda p: (p.starts_on, p.code))
            shared = {x.store_id for x in a.stores} & {x.store_id for x in b.stores}
            for st in (x for x in first.stores if x.store_id in shared):
                out.append(StoreClash(st.store_id, st.store_code, st.store_name, first.id, first.code, second.id,
                                      second.code, lo, hi))
    return sorted(out, key=lambda c: (c.overlap_from, c.store_code, c.first_code))


# ---------------------------------------------------------------- execution checks


def can_execute(dto: PromotionDTO) -> bool:
    """A price promotion runs only once approved; another once submitted."""
    if dto.status.approved:
        return True
    return not dto.price_promotion and dto.status.status in ("submitted", "reviewed")


def start_check(ctx: AppContext, promotion_id: str, store_id: str, today: date | None = None):  # noqa: ANN201
    """Start the 促销执行检查 of the plan at one of its stores (a run naming the promotion), during its period
    and once it may run (``can_execute``). Returns the run's summary."""
    from opsdesk.models import Template
    from opsdesk.services import runs

    today = today or date.today()
    with ctx.tx() as s:
        p = _live_plan(s, promotion_id)
        require(s, ctx, A.PROMOTION_CHECK, store_id)
        dto = _dto(s, p, today, full=False)
        if not any(x.store_id == store_id for x in dto.stores):
            raise ValidationError([FieldProblem("store_id", "not_a_target")])
        if not can_execute(dto):
            raise ValidationError([FieldProblem("promotion_id", "not_approved", {"status": dto.status.status})])
        if not (dto.starts_on <= today <= dto.ends_on):
            raise ValidationError([FieldProblem("promotion_id", "outside_period",
                                                {"from": dto.starts_on.isoformat(), "to": dto.ends_on.isoformat()})])
        template = s.scalars(select(Template).where(Template.code == CHECK_TEMPLATE, Template.deleted.is_(False))).first()
        if template is None:
            raise NotFoundError("template", code=CHECK_TEMPLATE)
        run = runs.insert_run(s, ctx, store_id, template.id, "execution", business_date=today, promotion_id=p.id)
        s.flush()
        return runs.summary_in(s, run.id)


def checks_of(ctx: AppContext, promotion_id: str) -> list:  # noqa: ANN201 - RunSummaryDTO list
    """The plan's execution checks (newest first)."""
    from opsdesk.models import ChecklistRun
    from opsdesk.services import runs

    with ctx.read() as s:
        ids = list(s.scalars(select(ChecklistRun.id).where(ChecklistRun.promotion_id == promotion_id,
                                                           ChecklistRun.deleted.is_(False))
                             .order_by(ChecklistRun.business_date.desc(), ChecklistRun.started_at.desc())))
        return [runs.summary_in(s, i) for i in ids]


def settle_check(ctx: AppContext, run_id: str) -> int:
    """Once an execution check is signed: its failed items become corrective actions (not before the plan's
    end when that is later than their default due date -- a failure must be fixed while the promotion runs,
    so never after its last day either). Returns how many were made. Idempotent."""
    from opsdesk.models import ChecklistRun
    from opsdesk.services import actions

    with ctx.read() as s:
        run = s.get(ChecklistRun, run_id)
        if run is None or run.status != "signed" or not run.promotion_id:
            return 0
        p = s.get(Promotion, run.promotion_id)
        last = p.ends_on if p is not None else None
    proposals = actions.propose_from_run(ctx, run_id)
    if last is not None:
        proposals = [actions.Proposal(replace(x.input, due_on=min(x.input.due_on, max(last, run_day(ctx, run_id)))),
                                      x.item_texts, x.repeat_count) for x in proposals]
    if proposals:
        actions.create_from_proposals(as_system(ctx), proposals)  # consequences of the signed check
    return len(proposals)


def run_day(ctx: AppContext, run_id: str) -> date:
    from opsdesk.models import ChecklistRun

    with ctx.read() as s:
        return s.get(ChecklistRun, run_id).business_date


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class ResultInput:
    sales: Decimal | None = None
    transactions: int | None = None
    new_members: int | None = None
    custom: Decimal | None = None
    gifts_given: int | None = None
    budget_spent: Decimal | None = None
    note: str = ""


def _clean_result(check: Checker, data: ResultInput, prefix: str = "") -> ResultInput:
    return ResultInput(_decimal(check, prefix + "sales", data.sales), _count(check, prefix + "transactions", data.transactions),
                       _count(check, prefix + "new_members", data.new_members), _decimal(check, prefix + "custom", data.custom),
                       _count(check, prefix + "gifts_given", data.gifts_given),
                       _decimal(check, prefix + "budget_spent", data.budget_spent),
                       check.text(prefix + "note", data.note, max_len=1000))


def _write_result(s: Session, ctx: AppContext, row: PromotionStore, data: ResultInput) -> None:
    for k, v in (("actual_sales", data.sales), ("actual_transactions", data.transactions),
                 ("actual_new_members", data.new_members), ("actual_custom", data.custom),
                 ("gifts_given", data.gifts_given), ("budget_spent", data.budget_spent), ("results_note", data.note)):
        if getattr(row, k) != v:
            setattr(row, k, v)
    row.results_at, row.results_by = ctx.now(), ctx.user_id


def _target_row(s: Session, promotion_id: str, store_id: str) -> PromotionStore:
    row = s.scalars(select(PromotionStore).where(PromotionStore.promotion_id == promotion_id,
                                                 PromotionStore.store_id == store_id,
                                                 PromotionStore.deleted.is_(False))).first()
    if row is None:
        raise ValidationError([FieldProblem("store_id", "not_a_target")])
    return row


def set_results(ctx: AppContext, promotion_id: str, store_id: str, data: ResultInput,
                today: date | None = None) -> PromotionDTO:
    """A store's results (actual sales, transactions, new members, the custom measure, gifts given, budget
    spent), typed in; once the plan has started (a plan never run has no results)."""
    check = Checker()
    clean = _clean_result(check, data)
    check.raise_if_any()
    with ctx.tx() as s:
        p = _live_plan(s, promotion_id)
        require(s, ctx, A.PROMOTION_RESULTS, store_id)
        if (today or date.today()) < p.starts_on:
            raise ValidationError([FieldProblem("promotion_id", "not_started", {"from": p.starts_on.isoformat()})])
        _write_result(s, ctx, _target_row(s, promotion_id, store_id), clean)
        s.flush()
        return _dto(s, p)


@dataclass(frozen=True)
class ResultsFile:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def read_results_file(path: str | Path) -> ResultsFile:
    """The header row and the data rows of a till export (.xlsx or .csv, UTF-8 with or without BOM, or GB18030),
    every cell as text."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError([FieldProblem("file", "not_found")])
    rows: list[list[str]] = []
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
            raise ValidationError([FieldProblem("file", "not_a_table")]) from exc
        try:
            for values in wb.worksheets[0].iter_rows(values_only=True):
                rows.append(["" if v is None else _cell_text(v) for v in values])
        finally:
            wb.close()
    elif path.suffix.lower() in (".csv", ".txt"):
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValidationError([FieldProblem("file", "not_a_table")])
        rows = [list(r) for r in csv.reader(text.splitlines())]
    else:
        raise ValidationError([FieldProblem("file", "not_a_table")])
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) < 2:
        raise ValidationError([FieldProblem("file", "no_rows")])
    width = len(rows[0])
    headers = tuple(c.strip() for c in rows[0])
    return ResultsFile(headers, tuple(tuple((r + [""] * width)[:width]) for r in rows[1:]))


def _cell_text(v: object) -> str:
    if isinstance(v, float):
        return format(Decimal(repr(v)), "f")  # a till's 1234.5 stays 1234.5, never 1234.4999
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    return str(v)


HEADER_GUESSES = {
    "store": ("门店编码", "门店代码", "店号", "门店", "store", "store code", "code"),
    "sales": ("销售额", "实际销售", "销售金额", "sales", "amount"),
    "transactions": ("交易笔数", "笔数", "客单数", "transactions", "tickets"),
    "new_members": ("新增会员", "新会员", "new members", "members"),
    "custom": ("自定义", "custom"),
    "gifts_given": ("赠品发放", "赠品数", "gifts", "gifts given"),
    "budget_spent": ("费用", "实际费用", "花费", "budget spent", "spent", "cost"),
}


def guess_mapping(ctx: AppContext, headers: Sequence[str]) -> dict[str, str]:
    """Field -> header: the mapping remembered from the last import where its headers are present, else a
    guess from common till export headers (Chinese and English)."""
    remembered = json.loads(ctx.db.get_meta(MAPPING_KEY) or "{}")
    lowered = {h.strip().lower(): h for h in headers}
    out: dict[str, str] = {}
    for fieldname in ("store",) + RESULT_FIELDS:
        if remembered.get(fieldname) in headers:
            out[fieldname] = remembered[fieldname]
            continue
        for guess in HEADER_GUESSES.get(fieldname, ()):
            if guess.lower() in lowered:
                out[fieldname] = lowered[guess.lower()]
                break
    return out


@dataclass(frozen=True)
class ImportReport:
    stores: int
    problems: tuple[FieldProblem, ...] = ()


def import_results(ctx: AppContext, promotion_id: str, path: str | Path, mapping: dict[str, str],
                   dry_run: bool = False, today: date | None = None) -> ImportReport:
    """Results from a till export: ``mapping`` says which column holds the store code and each result. Every
    row is checked first (an unknown store, a store not in the plan, a bad number, a store twice); one bad row
    and nothing is imported (``ValidationError`` listing the rows, field ``row.<n>.<field>`` with the file's
    row number). On success the mapping is remembered for next time."""
    table = read_results_file(path)
    problems: list[FieldProblem] = []
    if "store" not in mapping or mapping["store"] not in table.headers:
        problems.append(FieldProblem("mapping.store", "required"))
    for name, header in mapping.items():
        if name not in ("store",) + RESULT_FIELDS:
            problems.append(FieldProblem(f"mapping.{name}", "invalid_choice"))
        elif header not in table.headers:
            problems.append(FieldProblem(f"mapping.{name}", "not_a_column", {"column": header}))
    if not any(name in RESULT_FIELDS for name in mapping):
        problems.append(FieldProblem("mapping", "no_result_column"))
    if problems:
        raise ValidationError(problems)
    col = {name: table.headers.index(header) for name, header in mapping.items()}
    with ctx.read() as s:
        p = _live_plan(s, promotion_id)
        if (today or date.today()) < p.starts_on:
            raise ValidationError([FieldProblem("promotion_id", "not_started", {"from": p.starts_on.isoformat()})])
        targets = {st.code.lower(): st.id for _x, st, _r in _store_rows(s, p.id)}
        known = {c.lower() for c in s.scalars(select(Store.code).where(Store.deleted.is_(False)))}
    parsed: dict[str, ResultInput] = {}
    for n, row in enumerate(table.rows, start=2):
        check = Checker()
        code = row[col["store"]].strip()
        where = f"row.{n}."
        if not code:
            check.fail(where + "store", "required")
        elif code.lower() not in known:
            check.fail(where + "store", "not_found", code=code)
        elif code.lower() not in targets:
            check.fail(where + "store", "not_a_target", code=code)
        elif targets[code.lower()] in parsed:
            check.fail(where + "store", "duplicate", code=code)
        values = {name: row[i].strip() for name, i in col.items() if name != "store"}
        result = _clean_result(check, ResultInput(**{k: (v or None) for k, v in values.items()}), where)
        problems.extend(check.problems)
        if not check.problems:
            parsed[targets[code.lower()]] = result
    if problems:
        raise ValidationError(problems)
    if dry_run:
        return ImportReport(len(parsed))
    with ctx.tx() as s:
        _live_plan(s, promotion_id)
        require(s, ctx, A.PROMOTION_RESULTS, list(parsed))
        for store_id, result in parsed.items():
            row = _target_row(s, promotion_id, store_id)
            merged = ResultInput(**{k: getattr(result, k) if k in mapping else _actual(row, k) for k in RESULT_FIELDS},
                                 note=row.results_note or "")
            _write_result(s, ctx, row, merged)
    ctx.db.set_meta(MAPPING_KEY, json.dumps(mapping, ensure_ascii=False, sort_keys=True))
    return ImportReport(len(parsed))


def _actual(row: PromotionStore, name: str) -> Any:  # noqa: ANN401
    return getattr(row, {"sales": "actual_sales", "transactions": "actual_transactions",
                         "new_members": "actual_new_members", "custom": "actual_custom"}.get(name, name))


# ---------------------------------------------------------------- results against targets


MEASURES = ("sales", "transactions", "new_members", "custom")


@dataclass(frozen=True)
class Variance:
    measure: str
    target: Decimal | None
    actual: Decimal | None
    # A sum of stores: the targets of the stores that reported an actual (what the actual is compared with,
    # so a region where one store has not reported yet shows no false shortfall). None: ``target``.
    reported_target: Decimal | None = None

    @property
    def compared(self) -> Decimal | None:
        return self.reported_target if self.reported_target is not None else self.target

    @property
    def variance(self) -> Decimal | None:
        target = self.compared
        return None if target is None or self.actual is None else self.actual - target

    @property
    def percent(self) -> Decimal | None:
        """Actual as a share of the (reported stores') target in % (two places), None without both or with a
        zero target."""
        target = self.compared
        if target is None or self.actual is None or target == 0:
            return None
        return (Decimal(100) * self.actual / target).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class ResultRow:
    key: str  # a store id, a region id, or "" for the total
    code: str
    name: str
    measures: tuple[Variance, ...]
    gifts_given: int | None
    budget_planned: Decimal
    budget_spent: Decimal | None
    check_percent: Decimal | None  # the latest signed execution check's score


def _dec(v: object) -> Decimal | None:
    return None if v is None else Decimal(v)


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    vals = [v for v in values if v is not None]
    return sum(vals, Decimal(0)) if vals else None


def results_table(ctx: AppContext, promotion_id: str) -> tuple[list[ResultRow], list[ResultRow], ResultRow]:
    """Targets against results: one row per store, per region, and the total (sums; a percentage from the
    sums, never an average of percentages)."""
    dto = get_plan(ctx, promotion_id)
    scores = latest_check_scores(ctx, promotion_id)
    per_store = dto.budget_by_store()
    shared = per_store.get(None, Decimal("0.00"))
    n = len(dto.stores) or 1
    stores: list[ResultRow] = []
    for st in dto.stores:
        measures = (Variance("sales", _dec(st.target_sales), _dec(st.actual_sales)),
                    Variance("transactions", _dec(st.target_transactions), _dec(st.actual_transactions)),
                    Variance("new_members", _dec(st.target_new_members), _dec(st.actual_new_members)),
                    Variance("custom", _dec(st.target_custom), _dec(st.actual_custom)))
        planned = (per_store.get(st.store_id, Decimal("0.00")) + shared / n).quantize(Decimal("0.01"))
        stores.append(ResultRow(st.store_id, st.store_code, st.store_name, measures, st.gifts_given, planned,
                                _dec(st.budget_spent), scores.get(st.store_id)))

    def total(key: str, code: str, name: str, rows: list[ResultRow]) -> ResultRow:
        measures = tuple(Variance(m, _sum(r.measures[i].target for r in rows), _sum(r.measures[i].actual for r in rows),
                                  _sum(r.measures[i].target for r in rows if r.measures[i].actual is not None))
                         for i, m in enumerate(MEASURES))
        gifts = [r.gifts_given for r in rows if r.gifts_given is not None]
        checks = [r.check_percent for r in rows if r.check_percent is not None]
        return ResultRow(key, code, name, measures, sum(gifts) if gifts else None,
                         sum((r.budget_planned for r in rows), Decimal("0.00")), _sum(r.budget_spent for r in rows),
                         (sum(checks, Decimal(0)) / len(checks)).quantize(Decimal("0.01")) if checks else None)

    by_region: dict[tuple[str, str], list[ResultRow]] = defaultdict(list)
    for st, row in zip(dto.stores, stores, strict=True):
        by_region[(st.region_id, st.region_name)].append(row)
    regions = [total(rid, "", rname, rows) for (rid, rname), rows in sorted(by_region.items(), key=lambda kv: kv[0][1])]
    return stores, regions, total("", "", "", stores)


def latest_check_scores(ctx: AppContext, promotion_id: str) -> dict[str, Decimal]:
    """Per store: the percent of the plan's latest signed execution check there."""
    from opsdesk.models import ChecklistRun

    with ctx.read() as s:
        rows = s.execute(select(ChecklistRun.store_id, ChecklistRun.percent).where(
            ChecklistRun.promotion_id == promotion_id, ChecklistRun.status == "signed",
            ChecklistRun.deleted.is_(False)).order_by(ChecklistRun.business_date, ChecklistRun.started_at)).all()
    return {store: pct for store, pct in rows if pct is not None}


# ---------------------------------------------------------------- figures (the dashboard's)


@dataclass(frozen=True)
class PromotionFigures:
    plans: int  # approved (or closed) plans whose period meets the range
    target_sales: Decimal | None
    actual_sales: Decimal | None
    sales_percent: Decimal | None
    budget_planned: Decimal
    budget_spent: Decimal | None
    budget_percent: Decimal | None
    check_average: Decimal | None  # mean percent of the signed execution checks
    checks: int
    ack_due: int  # franchise target stores of approved plans
    ack_done: int

    @property
    def ack_rate(self) -> Decimal | None:
        return (Decimal(100) * self.ack_done / self.ack_due).quantize(Decimal("0.01")) if self.ack_due else None


def figures(ctx: AppContext, date_from: date, date_to: date, store_ids: Sequence[str] | None = None,
            today: date | None = None) -> PromotionFigures:
    """Results against targets, budget used, execution scores and the acknowledgement rate of the approved
    plans whose period meets ``date_from``..``date_to`` (only these stores' rows when ``store_ids``)."""
    from opsdesk.models import ChecklistRun

    wanted = set(store_ids) if store_ids is not None else None
    plans = [p for p in list_plans(ctx, PromotionQuery(overlapping=(date_from, date_to)), today)
             if p.status.approved or p.status.status == "closed"]
    target, actual, planned, spent = [], [], Decimal("0.00"), []
    ack_due = ack_done = 0
    for p in plans:
        stores = [x for x in p.stores if wanted is None or x.store_id in wanted]
        target += [x.target_sales for x in stores]
        actual += [x.actual_sales for x in stores]
        spent += [x.budget_spent for x in stores]
        by_store = p.budget_by_store()
        shared = by_store.get(None, Decimal("0.00")) / (len(p.stores) or 1)
        planned += sum((by_store.get(x.store_id, Decimal("0.00")) + shared for x in stores), Decimal("0.00"))
        for x in stores:
            if x.store_kind == "franchise":
                ack_due += 1
                ack_done += any(e.kind == "acknowledge" and e.store_id == x.store_id
                                and e.content_hash == p.content_hash for e in p.events)
    t, a, sp = _sum(target), _sum(actual), _sum(spent)
    planned = planned.quantize(Decimal("0.01"))
    with ctx.read() as s:
        stmt = select(ChecklistRun.percent).where(ChecklistRun.promotion_id.in_([p.id for p in plans]),
                                                  ChecklistRun.status == "signed", ChecklistRun.deleted.is_(False),
                                                  ChecklistRun.percent.is_not(None))
        if wanted is not None:
            stmt = stmt.where(ChecklistRun.store_id.in_(wanted))
        pcts = list(s.scalars(stmt))
    return PromotionFigures(
        len(plans), t, a, (Decimal(100) * a / t).quantize(Decimal("0.01")) if t and a is not None else None,
        planned, sp, (Decimal(100) * sp / planned).quantize(Decimal("0.01")) if planned and sp is not None else None,
        (sum(pcts, Decimal(0)) / len(pcts)).quantize(Decimal("0.01")) if pcts else None, len(pcts), ack_due, ack_done)


__all__ = ["ALL_SEEING_ROLES", "APPROVED_STATES", "BUDGET_CATEGORIES", "MATERIAL_KINDS", "LEVEL_ROLES", "MEASURES", "PROPOSER_ROLES", "RESULT_FIELDS",
           "STATUSES", "Acknowledgement", "BudgetDTO", "BudgetInput", "EventDTO", "ImportReport", "MaterialDTO",
           "MaterialInput", "PlanInput", "PromotionDTO", "PromotionFigures", "PromotionQuery", "ResultInput",
           "ResultRow", "ResultsFile", "Status", "StoreClash", "StoreDTO", "StoreTarget", "TierDTO", "TierInput",
           "TypeDTO", "Variance", "ack_signature", "acknowledge", "acknowledgements", "can_execute", "cancel",
           "checks_of", "close", "create_plan", "decide", "derive", "ensure_default_types", "figures", "find_plan",
           "get_plan", "guess_mapping", "hash_of", "import_results", "latest_check_scores", "list_plans",
           "list_types", "read_results_file", "results_table", "save_type", "set_results", "settle_check",
           "start_check", "status_counts", "store_clashes", "submit", "update_plan"]
