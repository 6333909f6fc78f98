"""The KPIs head office watches (DOMAIN.md), for a period and a set of stores, with the previous equal period,
a trend, drill-down by region, area and store, and rankings.

Every figure is summed from **per-store aggregates** (one grouped, indexed query per source table for the
period): a scope's figure, a region's or an area's row and a store's row are sums of the same numbers, so
the drill-down always adds up. Rates are computed from the sums (never an average of rates).

Definitions (the README's dashboard section says them in words):

- **Average score**: the mean percent of the inspections (inspection run types; completed or signed, not
  superseded) whose business day is in the period; the grade distribution of the same runs.
- **Critical failures**: those of them with a failed veto (一票否决) item.
- **整改率 (rectification rate)**: of the corrective actions raised in the period (not cancelled), the share
  verified by the period's end. **Overdue**: actions raised by the period's end, due before it, not
  cancelled and not verified by then -- so a past period shows what was overdue at its end.
- **Repeat findings**: actions raised in the period whose finding had been raised before (``repeat_count``).
- **Visit coverage**: open stores checked in at least once in the period / open stores.
- **Daily completion**: opening and closing checklists done / the ones due: two for every day the store was
  open in the period up to yesterday, and today's opening checklist (today's closing one is not due yet).
- **Equipment acceptance pass rate**: signed equipment acceptances in the period accepted without condition /
  signed ones; **open faults**: faults reported by the period's end not closed by then.
- Openings (on track / at risk / late) and promotions (results against targets) come from their areas'
  functions (``openings.health_of``, ``promotions.figures``), limited to the scope's stores.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, exists, false, func, select, true
from sqlalchemy.orm import Session

from opsdesk.errors import FieldProblem, ValidationError
from opsdesk.models import (
    Answer,
    Assignment,
    ChecklistRun,
    CorrectiveAction,
    Region,
    Store,
    Template,
    TemplateItem,
    TemplateVersion,
    User,
    Visit,
)
from opsdesk.models.equipment import Equipment, EquipmentFault
from opsdesk.models.runs import INSPECTION_RUN_TYPES
from opsdesk.services.context import AppContext
from opsdesk.services.runs import DONE_STATUSES
from opsdesk.services.visits import local_bounds

PERIODS = ("week", "month", "quarter", "year", "custom")
ALL_SEEING = ("head_office",)
KPI_KEYS = ("score", "critical", "rectification", "overdue", "repeats", "coverage", "daily", "acceptance",
            "faults", "openings", "promotions")
TREND_POINTS = 6
HUNDRED = Decimal(100)


# ---------------------------------------------------------------- periods and scope


def period_bounds(kind: str, today: date) -> tuple[date, date]:
    """This week (Monday..Sunday), month, quarter or year around ``today``."""
    if kind == "week":
        start = today - timedelta(days=today.weekday())
        return start, start + timedelta(days=6)
    if kind == "month":
        return today.replace(day=1), today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if kind == "quarter":
        first = (today.month - 1) // 3 * 3 + 1
        last = first + 2
        return date(today.year, first, 1), date(today.year, last, calendar.monthrange(today.year, last)[1])
    if kind == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    raise ValidationError([FieldProblem("period", "invalid_choice", {"allowed": PERIODS[:-1]})])


def previous_period(date_from: date, date_to: date) -> tuple[date, date]:
    """The equal period just before: the previous calendar month, quarter or year when the period is one
    (so February follows January whatever their lengths), else the same number of days before."""
    if date_from.day == 1 and date_to == date_to.replace(day=calendar.monthrange(date_to.year, date_to.month)[1]):
        months = (date_to.year - date_from.year) * 12 + date_to.month - date_from.month + 1
        if months in (1, 3, 12) and (months != 3 or date_from.month % 3 == 1) and (months != 12 or date_from.month == 1):
            end = date_from - timedelta(days=1)
            y, m = end.year, end.month - months + 1
            while m < 1:
                y, m = y - 1, m + 12
            return date(y, m, 1), end
    days = (date_to - date_from).days + 1
    return date_from - timedelta(days=days), date_from - timedelta(days=1)


@dataclass(frozen=True)
class Scope:
    date_from: date
    date_to: date  # inclusive
    region_id: str | None = None  # a region or an area (with the areas under it)
    store_id: str | None = None
    store_kind: str | None = None  # direct / franchise
    supervisor_id: str | None = None  # the stores this supervisor is assigned to
    viewer_id: str | None = None  # role-aware: the stores this user may see

    def previous(self) -> Scope:
        a, b = previous_period(self.date_from, self.date_to)
        return replace(self, date_from=a, date_to=b)

    def shifted_back(self, n: int) -> Scope:
        out = self
        for _ in range(n):
            out = out.previous()
        return out


@dataclass(frozen=True)
class StoreInfo:
    id: str
    code: str
    name: str
    kind: str
    status: str
    opened_on: date | None
    area_id: str
    area_name: str
    region_id: str  # the top region (the area itself when it has no parent)
    region_name: str


def _regions(s: Session) -> dict[str, Region]:
    return {r.id: r for r in s.scalars(select(Region).where(Region.deleted.is_(False)))}


def _under(regions: dict[str, Region], region_id: str) -> set[str]:
    from opsdesk.permissions import regions_under

    return regions_under(regions, (region_id,))


def visible_store_ids(s: Session, viewer_id: str | None) -> set[str] | None:
    """``permissions.stores_in_scope``: None (all) for head office or no viewer; a supervisor, store manager or
    staff: the stores assigned to them; an ops manager: every store of the regions holding a store assigned to
    them (all when none is)."""
    from opsdesk.permissions import stores_in_scope

    return stores_in_scope(s, viewer_id)


def _stores(s: Session, scope: Scope) -> dict[str, StoreInfo]:
    regions = _regions(s)
    stmt = select(Store).where(Store.deleted.is_(False))
    if scope.region_id:
        stmt = stmt.where(Store.region_id.in_(_under(regions, scope.region_id)))
    if scope.store_id:
        stmt = stmt.where(Store.id == scope.store_id)
    if scope.store_kind:
        stmt = stmt.where(Store.kind == scope.store_kind)
    if scope.supervisor_id:
        stmt = stmt.where(Store.id.in_(select(Assignment.store_id).where(
            Assignment.user_id == scope.supervisor_id, Assignment.role == "supervisor", Assignment.deleted.is_(False))))
    visible = visible_store_ids(s, scope.viewer_id)
    out = {}
    for st in s.scalars(stmt):
        if visible is not None and st.id not in visible:
            continue
        area = regions.get(st.region_id)
        top = area
        while top is not None and top.parent_id and top.parent_id in regions:
            top = regions[top.parent_id]
        out[st.id] = StoreInfo(st.id, st.code, st.name, st.kind, st.status, st.opened_on, st.region_id,
                               area.name if area else "", top.id if top else st.region_id, top.name if top else "")
    return out


def scope_stores(ctx: AppContext, scope: Scope) -> list[StoreInfo]:
    with ctx.read() as s:
        return sorted(_stores(s, scope).values(), key=lambda x: x.code)


# ---------------------------------------------------------------- per-store aggregates


_SUMMED = ("inspections", "percent_sum", "critical", "actions", "verified", "overdue", "repeats", "open_stores",
           "visited", "daily_expected", "daily_done", "acceptances", "accepted", "open_faults")


@dataclass
class Tally:
    """The summable numbers of one store (or a sum of stores) for one period."""

    inspections: int = 0
    percent_sum: Decimal = Decimal(0)  # sum of the inspections' percents
    critical: int = 0
    grades: dict[str, int] = field(default_factory=dict)
    actions: int = 0  # raised in the period, not cancelled
    verified: int = 0  # of those, verified by the period's end
    overdue: int = 0
    repeats: int = 0
    open_stores: int = 0
    visited: int = 0
    daily_expected: int = 0
    daily_done: int = 0
    acceptances: int = 0
    accepted: int = 0
    open_faults: int = 0

    def add(self, other: Tally) -> Tally:
        out = Tally()
        out.take(self)
        out.take(other)
        return out

    def take(self, other: Tally) -> None:
        """Add ``other``'s numbers into this one, in place."""
        for name in _SUMMED:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        grades = self.grades
        for g, n in other.grades.items():
            grades[g] = grades.get(g, 0) + n

    @property
    def score(self) -> Decimal | None:
        return (self.percent_sum / self.inspections).quantize(Decimal("0.01")) if self.inspections else None

    @property
    def rectification(self) -> Decimal | None:
        return _rate(self.verified, self.actions)

    @property
    def coverage(self) -> Decimal | None:
        return _rate(self.visited, self.open_stores)

    @property
    def daily(self) -> Decimal | None:
        return _rate(self.daily_done, self.daily_expected)

    @property
    def acceptance(self) -> Decimal | None:
        return _rate(self.accepted, self.acceptances)


def _rate(part: int, whole: int) -> Decimal | None:
    return (HUNDRED * part / whole).quantize(Decimal("0.01")) if whole else None


def _pct(value: Any) -> Decimal:  # noqa: ANN401 - a sum of the percent column (its type reads it back exact)
    return Decimal(value)


def _tallies(s: Session, stores: dict[str, StoreInfo], date_from: date, date_to: date,
             today: date) -> dict[str, Tally]:
    """One ``Tally`` per store of ``stores`` for the period."""
    return _tallies_of_periods(s, stores, [(date_from, date_to)], today)[0]


def _tallies_of_periods(s: Session, stores: dict[str, StoreInfo], periods: Sequence[tuple[date, date]],
                        today: date) -> list[dict[str, Tally]]:
    """``_tallies`` of each period of ``periods``, in their order. The overdue actions of every period are
    counted in one pass over the actions (each period's count needs every action raised before its end, so
    counting them period by period read the whole history once per period)."""
    ids = list(stores)
    outs = [{sid: Tally() for sid in ids} for _ in periods]
    if not ids or not periods:
        return outs
    for out, (date_from, date_to) in zip(outs, periods):
        _period_tallies(s, stores, ids, out, date_from, date_to, today)
    _overdue(s, ids, outs, periods, today)
    return outs


def _overdue(s: Session, ids: list[str], outs: list[dict[str, Tally]], periods: Sequence[tuple[date, date]],
             today: date) -> None:
    """Set ``overdue`` of every store and period: actions raised by the period's end, due before it (before
    today for the current period), not cancelled and not verified by then. One grouped query with a count per
    period; its WHERE keeps only the actions overdue in at least one of them."""
    ca = CorrectiveAction
    ends = [(local_bounds(a, b)[1], min(b, today)) for a, b in periods]  # (the period's end instant, as of)
    per_period = [func.sum(case((and_(ca.created_at < hi, ca.due_on < as_of,
                                      (ca.verified_at.is_(None)) | (ca.verified_at >= hi)), 1), else_=0))
                  for hi, as_of in ends]
    latest_end, latest_as_of, earliest_end = max(e for e, _ in ends), max(a for _, a in ends), min(e for e, _ in ends)
    for sid, *counts in s.execute(
            select(ca.store_id, *per_period)
            .where(ca.deleted.is_(False), ca.status != "cancelled", ca.store_id.in_(ids),
                   ca.created_at < latest_end, ca.due_on < latest_as_of,
                   (ca.verified_at.is_(None)) | (ca.verified_at >= earliest_end))
            .group_by(ca.store_id)):
        for out, n in zip(outs, counts):
            out[sid].overdue = int(n or 0)


def _period_tallies(s: Session, stores: dict[str, StoreInfo], ids: list[str], out: dict[str, Tally],
                    date_from: date, date_to: date, today: date) -> None:
    """Every number of ``out`` (one ``Tally`` per store) for the period but ``overdue`` (``_overdue``)."""
    lo, hi = local_bounds(date_from, date_to)  # UTC instants of the period's local days
    raw_percent = ChecklistRun.percent
    in_stores = ChecklistRun.store_id.in_(ids)
    inspections = and_(ChecklistRun.deleted.is_(False), ChecklistRun.run_type.in_(INSPECTION_RUN_TYPES),
                       ChecklistRun.status.in_(DONE_STATUSES), raw_percent.is_not(None),
                       ChecklistRun.business_date >= date_from, ChecklistRun.business_date <= date_to, in_stores)
    for sid, grade, n, total, critical in s.execute(
            select(ChecklistRun.store_id, ChecklistRun.grade, func.count(), func.sum(raw_percent),
                   func.sum(case((ChecklistRun.critical_failed.is_(True), 1), else_=0)))
            .where(inspections).group_by(ChecklistRun.store_id, ChecklistRun.grade)):
        t = out[sid]
        t.inspections += int(n)
        t.percent_sum += _pct(total or 0)
        t.critical += int(critical or 0)
        t.grades[grade or ""] = t.grades.get(grade or "", 0) + int(n)
    # corrective actions
    ca = CorrectiveAction
    raised = and_(ca.deleted.is_(False), ca.status != "cancelled", ca.store_id.in_(ids))
    for sid, n, verified, repeats in s.execute(
            select(ca.store_id, func.count(),
                   func.sum(case((and_(ca.verified_at.is_not(None), ca.verified_at < hi), 1), else_=0)),
                   func.sum(case((ca.repeat_count > 0, 1), else_=0)))
            .where(raised, ca.created_at >= lo, ca.created_at < hi).group_by(ca.store_id)):
        t = out[sid]
        t.actions, t.verified, t.repeats = int(n), int(verified or 0), int(repeats or 0)
    # visits and open stores; daily checklists are due for every open day up to yesterday, and today's
    # opening one (today's closing checklist is not late before the day ends)
    last = min(date_to, today)
    for sid, info in stores.items():
        if info.status == "open" or (info.opened_on is not None and info.opened_on <= date_to
                                     and info.status in ("open", "closed")):
            out[sid].open_stores = 1
            start = max(date_from, info.opened_on) if info.opened_on else date_from
            if info.status == "open":
                full_days = max(0, (min(date_to, today - timedelta(days=1)) - start).days + 1)
                out[sid].daily_expected = full_days * 2 + (1 if date_from <= today <= date_to and start <= today else 0)
    for (sid,) in s.execute(select(Visit.store_id).distinct().where(
            Visit.deleted.is_(False), Visit.status != "cancelled", Visit.check_in >= lo, Visit.check_in < hi,
            Visit.store_id.in_(ids))):
        if out[sid].open_stores:
            out[sid].visited = 1
    # daily checklists: one opening and one closing per open day
    # (the days with an opening one plus the days with a closing one: distinct (day, type) pairs counted in
    # the grouped query itself, without a DISTINCT subquery materialised first)
    days_with = [func.count(func.distinct(case((ChecklistRun.run_type == kind, ChecklistRun.business_date))))
                 for kind in ("opening", "closing")]
    for sid, opening, closing in s.execute(
            select(ChecklistRun.store_id, *days_with)
            .where(ChecklistRun.deleted.is_(False), ChecklistRun.run_type.in_(("opening", "closing")),
                   ChecklistRun.status.in_(DONE_STATUSES), ChecklistRun.business_date >= date_from,
                   ChecklistRun.business_date <= last, in_stores)
            .group_by(ChecklistRun.store_id)):
        n = int(opening) + int(closing)
        out[sid].daily_done = min(n, out[sid].daily_expected) if out[sid].daily_expected else n
    # equipment acceptances (the result rule of services.acceptance: a veto failed = rejected, another
    # failed item = conditional, none = accepted)
    failed = exists().where(Answer.run_id == ChecklistRun.id, Answer.deleted.is_(False), Answer.failed.is_(True))
    for sid, n, accepted in s.execute(
            select(ChecklistRun.store_id, func.count(),
                   func.sum(case((and_(ChecklistRun.critical_failed.is_(False), ~failed), 1), else_=0)))
            .join(TemplateVersion, TemplateVersion.id == ChecklistRun.template_version_id)
            .join(Template, Template.id == TemplateVersion.template_id)
            .where(ChecklistRun.deleted.is_(False), ChecklistRun.status == "signed",
                   Template.kind == "equipment_acceptance", ChecklistRun.business_date >= date_from,
                   ChecklistRun.business_date <= date_to, in_stores)
            .group_by(ChecklistRun.store_id)):
        out[sid].acceptances, out[sid].accepted = int(n), int(accepted or 0)
    ef = EquipmentFault
    for sid, n in s.execute(select(Equipment.store_id, func.count()).join(ef, ef.equipment_id == Equipment.id).where(
            ef.deleted.is_(False), ef.reported_at < hi, (ef.closed_at.is_(None)) | (ef.closed_at >= hi),
            Equipment.store_id.in_(ids)).group_by(Equipment.store_id)):
        out[sid].open_faults = int(n)


# ---------------------------------------------------------------- the KPIs


@dataclass(frozen=True)
class Kpi:
    key: str  # one of KPI_KEYS
    value: Decimal | int | None
    previous: Decimal | int | None
    unit: str  # percent / count / money
    trend: tuple[Decimal | int | None, ...] = ()  # oldest first, the current period last
    detail: dict[str, Any] = field(default_factory=dict)  # e.g. grades, on_track/at_risk/late

    @property
    def delta(self) -> Decimal | int | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def delta_percent(self) -> Decimal | None:
        """The change as a share of the previous figure (None when that is 0 or missing)."""
        if self.value is None or not self.previous:
            return None
        return (HUNDRED * (Decimal(self.value) - Decimal(self.previous)) / abs(Decimal(self.previous))).quantize(
            Decimal("0.1"))


def _total(tallies: Iterable[Tally]) -> Tally:
    """The sum of ``tallies``, taken into one ``Tally`` (not one new ``Tally`` per store, as ``add`` would)."""
    out = Tally()
    for t in tallies:
        out.take(t)
    return out


_VALUES = {
    "score": lambda t: t.score, "critical": lambda t: t.critical, "rectification": lambda t: t.rectification,
    "overdue": lambda t: t.overdue, "repeats": lambda t: t.repeats, "coverage": lambda t: t.coverage,
    "daily": lambda t: t.daily, "acceptance": lambda t: t.acceptance, "faults": lambda t: t.open_faults,
}
_UNITS = {"score": "percent", "critical": "count", "rectification": "percent", "overdue": "count",
          "repeats": "count", "coverage": "percent", "daily": "percent", "acceptance": "percent", "faults": "count",
          "openings": "count", "promotions": "percent"}


def tally(ctx: AppContext, scope: Scope, today: date | None = None) -> Tally:
    """The scope's summed numbers for its period."""
    today = today or date.today()
    with ctx.read() as s:
        stores = _stores(s, scope)
        return _total(_tallies(s, stores, scope.date_from, scope.date_to, today).values())


def kpis(ctx: AppContext, scope: Scope, today: date | None = None, keys: Sequence[str] = KPI_KEYS) -> list[Kpi]:
    """The KPI tiles of ``keys`` for the scope: figure, the previous equal period's, and a trend over the last
    ``TREND_POINTS`` equal periods."""
    from opsdesk.services import openings, promotions

    today = today or date.today()
    unknown = [k for k in keys if k not in KPI_KEYS]
    if unknown:
        raise ValidationError([FieldProblem("keys", "invalid_choice", {"allowed": KPI_KEYS})])
    periods = [scope.shifted_back(n) for n in range(TREND_POINTS - 1, -1, -1)]
    with ctx.read() as s:
        stores = _stores(s, scope)
        # the summed figures of every trend period, only when a key needs them
        totals = ([_total(t.values()) for t in _tallies_of_periods(
                      s, stores, [(p.date_from, p.date_to) for p in periods], today)]
                  if any(k in _VALUES for k in keys) else [])
    out = []
    for key in keys:
        if key in _VALUES:
            series = tuple(_VALUES[key](t) for t in totals)
            detail = {"grades": dict(totals[-1].grades), "inspections": totals[-1].inspections} if key == "score" else {}
            if key == "rectification":
                detail = {"actions": totals[-1].actions, "verified": totals[-1].verified}
            if key == "coverage":
                detail = {"visited": totals[-1].visited, "stores": totals[-1].open_stores}
            if key == "daily":
                detail = {"done": totals[-1].daily_done, "expected": totals[-1].daily_expected}
            if key == "acceptance":
                detail = {"signed": totals[-1].acceptances, "accepted": totals[-1].accepted}
            out.append(Kpi(key, series[-1], series[-2] if len(series) > 1 else None, _UNITS[key], series, detail))
        elif key == "openings":
            counts = dict.fromkeys(openings.HEALTH_STATUSES, 0)
            for h in openings.project_health(ctx, today):
                if h.store_id in stores:
                    counts[h.status] += 1
            out.append(Kpi(key, counts["on_track"], None, "count", (), counts))
        elif key == "promotions":
            now = promotions.figures(ctx, scope.date_from, scope.date_to, list(stores), today)
            prev = promotions.figures(ctx, periods[-2].date_from, periods[-2].date_to, list(stores), today)
            out.append(Kpi(key, now.sales_percent, prev.sales_percent, "percent", (prev.sales_percent, now.sales_percent),
                           {"plans": now.plans, "target_sales": now.target_sales, "actual_sales": now.actual_sales,
                            "budget_percent": now.budget_percent, "check_average": now.check_average,
                            "ack_rate": now.ack_rate}))
    return out


# ---------------------------------------------------------------- drill-down and rankings


@dataclass(frozen=True)
class BreakdownRow:
    key: str  # region, area or store id
    code: str
    name: str
    level: str  # region / area / store
    tally: Tally


def breakdown(ctx: AppContext, scope: Scope, level: str, today: date | None = None) -> list[BreakdownRow]:
    """The scope's numbers by region (top level), area, or store; rows that have stores in scope only, by name."""
    if level not in ("region", "area", "store"):
        raise ValidationError([FieldProblem("level", "invalid_choice", {"allowed": ("region", "area", "store")})])
    today = today or date.today()
    with ctx.read() as s:
        stores = _stores(s, scope)
        tallies = _tallies(s, stores, scope.date_from, scope.date_to, today)
        regions = {r.id: (r.code, r.name) for r in _regions(s).values()}
    groups: dict[str, list[str]] = defaultdict(list)
    for sid, info in stores.items():
        groups[{"region": info.region_id, "area": info.area_id, "store": sid}[level]].append(sid)
    rows = []
    for key, members in groups.items():
        if level == "store":
            info = stores[key]
            code, name = info.code, info.name
        else:
            code, name = regions.get(key, ("", ""))
        rows.append(BreakdownRow(key, code, name, level, _total(tallies[m] for m in members)))
    return sorted(rows, key=lambda r: (r.code, r.name))


def ranking(rows: Sequence[BreakdownRow], n: int = 5) -> tuple[list[BreakdownRow], list[BreakdownRow]]:
    """The best and the worst ``n`` rows by average score (rows without inspections left out)."""
    scored = [r for r in rows if r.tally.score is not None]
    ordered = sorted(scored, key=lambda r: (-r.tally.score, r.code))
    return ordered[:n], list(reversed(ordered[-n:])) if ordered else []


@dataclass(frozen=True)
class FailedItem:
    item_key: str
    text: str
    text_en: str
    failures: int
    runs: int  # inspections that answered it
    critical: bool

    @property
    def rate(self) -> Decimal | None:
        return _rate(self.failures, self.runs)


def most_failed_items(ctx: AppContext, scope: Scope, limit: int = 10) -> list[FailedItem]:
    """The items failed most often in the scope's inspections of the period, by the item's key across template
    versions; ``runs``: those inspections whose version asks the item (N/A answers included). Reads only the
    failed answers of those runs (the partial index ``ix_answer_failed``), never every answer."""
    from collections import Counter

    with ctx.read() as s:
        stores = _stores(s, scope)
        if not stores:
            return []
        in_scope = and_(ChecklistRun.deleted.is_(False), ChecklistRun.run_type.in_(INSPECTION_RUN_TYPES),
                        ChecklistRun.status.in_(DONE_STATUSES), ChecklistRun.business_date >= scope.date_from,
                        ChecklistRun.business_date <= scope.date_to, ChecklistRun.store_id.in_(list(stores)))
        per_version = Counter(dict(s.execute(select(ChecklistRun.template_version_id, func.count())
                                             .where(in_scope).group_by(ChecklistRun.template_version_id)).all()))
        if not per_version:
            return []
        failed = dict(s.execute(
            select(Answer.item_id, func.count())
            .where(Answer.run_id.in_(select(ChecklistRun.id).where(in_scope)),
                   Answer.failed == true(), Answer.deleted == false())
            .group_by(Answer.item_id)).all())
        if not failed:
            return []
        items = {row.id: row for row in s.scalars(select(TemplateItem).where(TemplateItem.id.in_(list(failed))))}
        keys = {it.key for it in items.values()}
        asked: Counter[str] = Counter()
        for key, version_id in s.execute(select(TemplateItem.key, TemplateItem.version_id).where(
                TemplateItem.key.in_(keys), TemplateItem.version_id.in_(list(per_version)))):
            asked[key] += per_version[version_id]
        by_key: dict[str, list] = {}
        for item_id, n in failed.items():
            it = items[item_id]
            entry = by_key.setdefault(it.key, [it.text, it.text_en or "", 0, bool(it.critical)])
            entry[2] += int(n)
            entry[3] = entry[3] or bool(it.critical)
    out = [FailedItem(key, text, text_en, n, asked.get(key, n), critical)
           for key, (text, text_en, n, critical) in by_key.items()]
    return sorted(out, key=lambda i: (-i.failures, i.item_key))[:limit]


@dataclass(frozen=True)
class SupervisorCoverage:
    user_id: str
    name: str
    stores: int
    visited: int

    @property
    def rate(self) -> Decimal | None:
        return _rate(self.visited, self.stores)


def supervisor_coverage(ctx: AppContext, scope: Scope, today: date | None = None) -> list[SupervisorCoverage]:
    """Per supervisor: the open stores of the scope assigned to them and how many they visited in the period;
    best coverage first."""
    today = today or date.today()
    with ctx.read() as s:
        stores = _stores(s, scope)
        tallies = _tallies(s, stores, scope.date_from, scope.date_to, today)
        pairs = s.execute(select(Assignment.user_id, User.name, Assignment.store_id)
                          .join(User, User.id == Assignment.user_id)
                          .where(Assignment.role == "supervisor", Assignment.deleted.is_(False),
                                 User.deleted.is_(False), Assignment.store_id.in_(list(stores)))).all()
    per: dict[tuple[str, str], list[str]] = defaultdict(list)
    for uid, name, sid in pairs:
        per[(uid, name)].append(sid)
    out = [SupervisorCoverage(uid, name, sum(tallies[s_].open_stores for s_ in sids),
                              sum(tallies[s_].visited for s_ in sids)) for (uid, name), sids in per.items()]
    return sorted(out, key=lambda c: (-(c.rate or Decimal(-1)), c.name))


def overdue_actions(ctx: AppContext, scope: Scope, today: date | None = None) -> list[tuple[str, str, int]]:
    """(store code, store name, overdue actions) of the scope at the period's end, most first."""
    today = today or date.today()
    with ctx.read() as s:
        stores = _stores(s, scope)
        tallies = _tallies(s, stores, scope.date_from, scope.date_to, today)
    rows = [(stores[sid].code, stores[sid].name, t.overdue) for sid, t in tallies.items() if t.overdue]
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def critical_failures(ctx: AppContext, scope: Scope) -> list[tuple[date, str, str, str]]:
    """(day, store code, store name, run id) of the scope's inspections with a failed veto item, newest first."""
    with ctx.read() as s:
        stores = _stores(s, scope)
        if not stores:
            return []
        rows = s.execute(select(ChecklistRun.business_date, ChecklistRun.store_id, ChecklistRun.id).where(
            ChecklistRun.deleted.is_(False), ChecklistRun.run_type.in_(INSPECTION_RUN_TYPES),
            ChecklistRun.status.in_(DONE_STATUSES), ChecklistRun.critical_failed.is_(True),
            ChecklistRun.business_date >= scope.date_from, ChecklistRun.business_date <= scope.date_to,
            ChecklistRun.store_id.in_(list(stores)))
            .order_by(ChecklistRun.business_date.desc(), ChecklistRun.id)).all()
    return [(d, stores[sid].code, stores[sid].name, rid) for d, sid, rid in rows]


__all__ = ["KPI_KEYS", "PERIODS", "BreakdownRow", "FailedItem", "Kpi", "Scope", "StoreInfo", "SupervisorCoverage",
           "Tally", "breakdown", "critical_failures", "kpis", "most_failed_items", "overdue_actions",
           "period_bounds", "previous_period", "ranking", "scope_stores", "supervisor_coverage", "tally",
           "visible_store_ids"]


