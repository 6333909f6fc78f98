"""Supervisor visits (巡店日志): the weekly plan, check-in/out, the log, coverage, the incident digest.

Times are stored in UTC; days (the plan, coverage, weeks) are the laptop's local days. A week
runs Monday to Sunday.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, aliased

from opsdesk import exports
from opsdesk.errors import FieldProblem, NotFoundError, StaleEditError, ValidationError
from opsdesk.ids import utcnow
from opsdesk.models import Assignment, Region, Store, User, Visit
from opsdesk.models.visits import VISIT_PURPOSES, VISIT_STATUSES
from opsdesk.permissions import A, require
from opsdesk.services.context import AppContext
from opsdesk.services.org import region_ids_under

__all__ = ["VISIT_PURPOSES", "VISIT_STATUSES"]

INCIDENT_HOURS = 4  # 大事日报: a major incident is reported within four hours


def local_day(moment: datetime) -> date:
    """The laptop's calendar day of a stored (naive UTC) time."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def to_utc(local: datetime) -> datetime:
    """A local wall time (naive, or aware) as the naive UTC the database stores."""
    if local.tzinfo is None:
        local = local.astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def local_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """Naive UTC instants covering local days start..end inclusive."""
    first = datetime(start.year, start.month, start.day).astimezone()
    next_day = end + timedelta(days=1)  # the real local midnight after ``end``, even across a clock change
    after = datetime(next_day.year, next_day.month, next_day.day).astimezone()
    return first.astimezone(UTC).replace(tzinfo=None), after.astimezone(UTC).replace(tzinfo=None)


def week_of(day: date) -> date:
    """The Monday of the day's week."""
    return day - timedelta(days=day.weekday())


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class VisitDTO:
    id: str
    store_id: str
    store_code: str
    store_name: str
    region_path: str
    supervisor_id: str | None
    supervisor_name: str
    planned_on: date | None
    check_in: datetime | None  # UTC
    check_out: datetime | None  # UTC
    purpose: str
    status: str
    observations: str
    training_topic: str
    training_attendees: str
    people_met: str
    next_steps: str
    next_visit_on: date | None
    incident: bool
    incident_at: datetime | None
    incident_reported_at: datetime | None
    version: str

    @property
    def day(self) -> date | None:
        """The local day of the visit: when it happened, else when it is planned."""
        return local_day(self.check_in) if self.check_in else self.planned_on

    @property
    def hours(self) -> Decimal:
        if not (self.check_in and self.check_out):
            return Decimal(0)
        return (Decimal((self.check_out - self.check_in).total_seconds()) / 3600).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class VisitInput:
    """The log a supervisor writes; times are naive UTC (use ``to_utc`` for a local time)."""

    purpose: str = "routine"
    check_in: datetime | None = None
    check_out: datetime | None = None
    observations: str = ""
    training_topic: str = ""
    training_attendees: str = ""
    people_met: str = ""
    next_steps: str = ""
    next_visit_on: date | None = None
    incident: bool = False
    incident_at: datetime | None = None
    planned_on: date | None = None


@dataclass(frozen=True)
class VisitQuery:
    supervisor_id: str | None = None
    store_id: str | None = None
    region_id: str | None = None
    purpose: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    incidents_only: bool = False


@dataclass(frozen=True)
class WeekPlan:
    monday: date
    days: dict[date, list[VisitDTO]]
    unplanned: list[tuple[str, str, str]]  # (store id, code, name) without a visit this week


@dataclass(frozen=True)
class StoreCoverage:
    store_id: str
    code: str
    name: str
    region_path: str
    supervisor_name: str
    visits: int
    hours: Decimal


@dataclass(frozen=True)
class Coverage:
    start: date
    end: date
    stores: list[StoreCoverage]
    by_supervisor: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (visited, stores)
    by_region: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def visited(self) -> int:
        return sum(1 for s in self.stores if s.visits)

    @property
    def not_visited(self) -> list[StoreCoverage]:
        return [s for s in self.stores if not s.visits]

    @property
    def rate(self) -> Decimal | None:
        if not self.stores:
            return None
        return (Decimal(self.visited) * 100 / Decimal(len(self.stores))).quantize(Decimal("0.1"))

    @property
    def hours(self) -> Decimal:
        return sum((s.hours for s in self.stores), Decimal(0))


@dataclass(frozen=True)
class IncidentDTO:
    visit: VisitDTO
    within_deadline: bool  # reported within four hours of happening
    delay_hours: Decimal


# ---------------------------------------------------------------- reading


# Made once (as ``services.equipment``): an alias made per query is new SQL each time and cyclic garbage.
_AREA = aliased(Region)
_PARENT = aliased(Region)


def _select() -> Select:
    area, parent = _AREA, _PARENT
    return (
        select(Visit, Store.code, Store.name, area.name, parent.name, User.name)
        .join(Store, Store.id == Visit.store_id)
        .join(area, area.id == Store.region_id)
        .outerjoin(parent, parent.id == area.parent_id)
        .outerjoin(User, User.id == Visit.supervisor_id)
        .where(Visit.deleted.is_(False))
    )


def _dto(row) -> VisitDTO:  # noqa: ANN001
    v, code, name, area_name, parent_name, supervisor = row
    return VisitDTO(
        id=v.id, store_id=v.store_id, store_code=code, store_name=name,
        region_path=f"{parent_name} / {area_name}" if parent_name else area_name, supervisor_id=v.supervisor_id,
        supervisor_name=supervisor or "", planned_on=v.planned_on, check_in=v.check_in, check_out=v.check_out,
        purpose=v.purpose, status=v.status, observations=v.observations, training_topic=v.training_topic,
        training_attendees=v.training_attendees, people_met=v.people_met, next_steps=v.next_steps,
        next_visit_on=v.next_visit_on, incident=v.incident, incident_at=v.incident_at,
        incident_reported_at=v.incident_reported_at, version=v.updated_at,
    )


def _get(s: Session, visit_id: str) -> VisitDTO:
    row = s.execute(_select().where(Visit.id == visit_id)).first()
    if row is None:
        raise NotFoundError("visit", id=visit_id)
    return _dto(row)


def get_visit(ctx: AppContext, visit_id: str) -> VisitDTO:
    with ctx.read() as s:
        return _get(s, visit_id)


def _filtered(s: Session, q: VisitQuery, stmt: Select) -> Select:
    if q.supervisor_id:
        stmt = stmt.where(Visit.supervisor_id == q.supervisor_id)
    if q.store_id:
        stmt = stmt.where(Visit.store_id == q.store_id)
    if q.region_id:
        stmt = stmt.where(Store.region_id.in_(region_ids_under(s, q.region_id)))
    if q.purpose:
        stmt = stmt.where(Visit.purpose == q.purpose)
    if q.status:
        stmt = stmt.where(Visit.status == q.status)
    if q.incidents_only:
        stmt = stmt.where(Visit.incident.is_(True))
    if q.date_from or q.date_to:
        start = q.date_from or date(1970, 1, 1)
        end = q.date_to or date(9999, 12, 30)
        lo, hi = local_bounds(start, end)
        stmt = stmt.where(or_(
            (Visit.check_in >= lo) & (Visit.check_in < hi),
            Visit.check_in.is_(None) & (Visit.planned_on >= start) & (Visit.planned_on <= end),
        ))
    return stmt


def query_visits(ctx: AppContext, q: VisitQuery = VisitQuery(), offset: int = 0,
                 limit: int | None = None) -> list[VisitDTO]:
    with ctx.read() as s:
        stmt = _filtered(s, q, _select()).order_by(
            Visit.check_in.desc().nulls_last(), Visit.planned_on.desc(), Visit.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_dto(r) for r in s.execute(stmt)]


def supervised_stores(s: Session, supervisor_id: str) -> list[tuple[str, str, str]]:
    """The open stores a supervisor looks after (the ones to visit every week)."""
    rows = s.execute(select(Store.id, Store.code, Store.name).join(Assignment, Assignment.store_id == Store.id).where(
        Assignment.user_id == supervisor_id, Assignment.role == "supervisor", Assignment.deleted.is_(False),
        Store.deleted.is_(False), Store.status == "open").order_by(Store.code))
    return [tuple(r) for r in dict.fromkeys(rows)]


def week_plan(ctx: AppContext, supervisor_id: str, day: date) -> WeekPlan:
    """The supervisor's visits of the week of ``day`` by local day, and their stores not visited or planned."""
    monday = week_of(day)
    sunday = monday + timedelta(days=6)
    visits = [v for v in query_visits(ctx, VisitQuery(supervisor_id=supervisor_id, date_from=monday, date_to=sunday))
              if v.status != "cancelled"]
    days: dict[date, list[VisitDTO]] = {monday + timedelta(days=i): [] for i in range(7)}
    for v in visits:
        if v.day in days:
            days[v.day].append(v)
    covered = {v.store_id for v in visits}
    with ctx.read() as s:
        unplanned = [st for st in supervised_stores(s, supervisor_id) if st[0] not in covered]
    return WeekPlan(monday, days, unplanned)


# ---------------------------------------------------------------- writing


def _live(s: Session, visit_id: str) -> Visit:
    visit = s.get(Visit, visit_id)
    if visit is None or visit.deleted:
        raise NotFoundError("visit", id=visit_id)
    return visit


def plan_visit(ctx: AppContext, store_id: str, day: date, supervisor_id: str | None = None,
               purpose: str = "routine") -> VisitDTO:
    """Put a visit to a store in the plan (drag-and-drop or the dialog)."""
    if purpose not in VISIT_PURPOSES:
        raise ValidationError([FieldProblem("purpose", "invalid_choice")])
    with ctx.tx() as s:
        store = s.get(Store, store_id)
        if store is None or store.deleted:
            raise ValidationError([FieldProblem("store_id", "not_found")])
        require(s, ctx, A.VISIT_LOG, store_id)
        visit = Visit(store_id=store_id, supervisor_id=supervisor_id or ctx.user_id, planned_on=day, purpose=purpose,
                      status="planned")
        s.add(visit)
        s.flush()
        return _get(s, visit.id)


def move_visit(ctx: AppContext, visit_id: str, day: date) -> VisitDTO:
    """Move a planned visit to another day (one already started keeps its own day)."""
    with ctx.tx() as s:
        visit = _live(s, visit_id)
        require(s, ctx, A.VISIT_LOG, visit.store_id)
        if visit.status != "planned":
            raise ValidationError([FieldProblem("planned_on", "already_started")])
        visit.planned_on = day
        s.flush()
        return _get(s, visit.id)


def cancel_visit(ctx: AppContext, visit_id: str) -> VisitDTO:
    with ctx.tx() as s:
        visit = _live(s, visit_id)
        require(s, ctx, A.VISIT_LOG, visit.store_id)
        if visit.status == "done":
            raise ValidationError([FieldProblem("status", "already_done")])
        visit.status = "cancelled"
        s.flush()
        return _get(s, visit.id)


def start_visit(ctx: AppContext, store_id: str, purpose: str = "routine") -> VisitDTO:
    """An unplanned visit, checked in now (or the day's planned visit to that store, checked in)."""
    today = date.today()
    with ctx.read() as s:
        planned = s.scalars(select(Visit.id).where(
            Visit.store_id == store_id, Visit.supervisor_id == ctx.user_id, Visit.status == "planned",
            Visit.planned_on == today, Visit.deleted.is_(False))).first()
    if planned is None:
        planned = plan_visit(ctx, store_id, today, purpose=purpose).id
    return check_in(ctx, planned)


def _check_times(check_in: datetime | None, check_out: datetime | None, problems: list[FieldProblem]) -> None:
    if check_out is not None and check_in is None:
        problems.append(FieldProblem("check_out", "before_check_in"))
    elif check_in is not None and check_out is not None and check_out < check_in:
        problems.append(FieldProblem("check_out", "before_check_in"))
    limit = utcnow() + timedelta(hours=1)
    for name, value in (("check_in", check_in), ("check_out", check_out)):
        if value is not None and value > limit:
            problems.append(FieldProblem(name, "in_future"))


def check_in(ctx: AppContext, visit_id: str, at: datetime | None = None) -> VisitDTO:
    """One click: now (or ``at``, naive UTC)."""
    with ctx.tx() as s:
        visit = _live(s, visit_id)
        require(s, ctx, A.VISIT_LOG, visit.store_id)
        at = at or utcnow().replace(microsecond=0)
        problems: list[FieldProblem] = []
        _check_times(at, visit.check_out, problems)
        if problems:
            raise ValidationError(problems)
        visit.check_in = at
        if visit.status in ("planned", "cancelled"):
            visit.status = "in_progress"
        s.flush()
        return _get(s, visit.id)


def check_out(ctx: AppContext, visit_id: str, at: datetime | None = None) -> VisitDTO:
    with ctx.tx() as s:
        visit = _live(s, visit_id)
        require(s, ctx, A.VISIT_LOG, visit.store_id)
        at = at or utcnow().replace(microsecond=0)
        problems: list[FieldProblem] = []
        _check_times(visit.check_in, at, problems)
        if problems:
            raise ValidationError(problems)
        visit.check_out = at
        visit.status = "done"
        s.flush()
        return _get(s, visit.id)


def update_visit(ctx: AppContext, visit_id: str, data: VisitInput, base_version: str | None = None) -> VisitDTO:
    """Save the log (the editor calls this as the supervisor types). Check-out before check-in is refused."""
    problems: list[FieldProblem] = []
    if data.purpose not in VISIT_PURPOSES:
        problems.append(FieldProblem("purpose", "invalid_choice"))
    _check_times(data.check_in, data.check_out, problems)
    for name in ("observations", "training_attendees", "people_met", "next_steps"):
        if len(getattr(data, name) or "") > 8000:
            problems.append(FieldProblem(name, "too_long", {"max": 8000}))
    if len(data.training_topic or "") > 200:
        problems.append(FieldProblem("training_topic", "too_long", {"max": 200}))
    if problems:
        raise ValidationError(problems)
    with ctx.tx() as s:
        visit = _live(s, visit_id)
        require(s, ctx, A.VISIT_LOG, visit.store_id)
        if base_version is not None and visit.updated_at != base_version:
            raise StaleEditError("visit changed since it was opened", table="visit")
        for name in ("purpose", "check_in", "check_out", "observations", "training_topic", "training_attendees",
                     "people_met", "next_steps", "next_visit_on"):
            value = getattr(data, name)
            if getattr(visit, name) != value:
                setattr(visit, name, value.strip() if isinstance(value, str) else value)
        if data.planned_on is not None and visit.planned_on != data.planned_on:
            visit.planned_on = data.planned_on
        if data.incident and not visit.incident:
            visit.incident_reported_at = utcnow().replace(microsecond=0)
        visit.incident = data.incident
        visit.incident_at = (data.incident_at or visit.incident_at or visit.check_in or utcnow()) if data.incident \
            else None
        if not data.incident:
            visit.incident_reported_at = None
        if visit.check_out is not None:
            visit.status = "done"
        elif visit.check_in is not None:
            visit.status = "in_progress"
        s.flush()
        return _get(s, visit.id)


def visit_runs(ctx: AppContext, visit_id: str) -> list:  # noqa: ANN201 - list[runs.RunSummaryDTO]
    """Inspections started during the visit."""
    from opsdesk.services import runs

    return runs.query_runs(ctx, runs.RunQuery(visit_id=visit_id))


def current_visit(ctx: AppContext, store_id: str, user_id: str | None = None) -> VisitDTO | None:
    """The user's visit at the store that is checked in and not yet out (inspections started now link to it)."""
    user_id = user_id or ctx.user_id
    if not user_id:
        return None
    with ctx.read() as s:
        row = s.execute(_select().where(Visit.store_id == store_id, Visit.supervisor_id == user_id,
                                        Visit.status == "in_progress", Visit.check_in.is_not(None),
                                        Visit.check_out.is_(None)).order_by(Visit.check_in.desc()).limit(1)).first()
        return _dto(row) if row else None


# ---------------------------------------------------------------- coverage and incidents


def coverage(ctx: AppContext, start: date, end: date, supervisor_id: str | None = None,
             region_id: str | None = None) -> Coverage:
    """Which stores were visited (checked in) in local days start..end, how often, hours on site;
    per supervisor and per region. Only open stores count."""
    lo, hi = local_bounds(start, end)
    with ctx.read() as s:
        area = aliased(Region)
        parent = aliased(Region)
        sup = aliased(User)
        supervisor_of = (select(sup.name).join(Assignment, Assignment.user_id == sup.id)
                         .where(Assignment.store_id == Store.id, Assignment.role == "supervisor",
                                Assignment.deleted.is_(False)).order_by(Assignment.created_at, Assignment.id)
                         .limit(1).correlate(Store).scalar_subquery())
        stmt = (select(Store.id, Store.code, Store.name, area.name, parent.name, supervisor_of)
                .join(area, area.id == Store.region_id).outerjoin(parent, parent.id == area.parent_id)
                .where(Store.deleted.is_(False), Store.status == "open").order_by(Store.code))
        if region_id:
            stmt = stmt.where(Store.region_id.in_(region_ids_under(s, region_id)))
        if supervisor_id:
            stmt = stmt.where(Store.id.in_(select(Assignment.store_id).where(
                Assignment.user_id == supervisor_id, Assignment.role == "supervisor", Assignment.deleted.is_(False))))
        stores = list(s.execute(stmt))
        visits = s.execute(select(Visit.store_id, Visit.check_in, Visit.check_out).where(
            Visit.deleted.is_(False), Visit.status != "cancelled", Visit.check_in >= lo, Visit.check_in < hi,
            *( [Visit.supervisor_id == supervisor_id] if supervisor_id else [])))
        counts: dict[str, int] = {}
        hours: dict[str, Decimal] = {}
        for store_id, check_in_at, check_out_at in visits:
            counts[store_id] = counts.get(store_id, 0) + 1
            if check_out_at and check_in_at and check_out_at > check_in_at:
                hours[store_id] = hours.get(store_id, Decimal(0)) + Decimal(
                    (check_out_at - check_in_at).total_seconds()) / 3600
    out = []
    by_sup: dict[str, list[int]] = {}
    by_region: dict[str, list[int]] = {}
    for store_id, code, name, area_name, parent_name, supervisor in stores:
        n = counts.get(store_id, 0)
        out.append(StoreCoverage(store_id, code, name, f"{parent_name} / {area_name}" if parent_name else area_name,
                                 supervisor or "", n, hours.get(store_id, Decimal(0)).quantize(Decimal("0.01"))))
        for table, key in ((by_sup, supervisor or ""), (by_region, parent_name or area_name)):
            pair = table.setdefault(key, [0, 0])
            pair[0] += 1 if n else 0
            pair[1] += 1
    return Coverage(start, end, out, {k: (v[0], v[1]) for k, v in by_sup.items()},
                    {k: (v[0], v[1]) for k, v in by_region.items()})


def incident_digest(ctx: AppContext, start: date, end: date) -> list[IncidentDTO]:
    """Major incidents (大事) of local days start..end, newest first, each with whether it was
    logged within four hours of happening."""
    out = []
    for v in query_visits(ctx, VisitQuery(incidents_only=True)):
        happened = v.incident_at or v.check_in
        if happened is None or not start <= local_day(happened) <= end:
            continue
        reported = v.incident_reported_at or happened
        elapsed = max(timedelta(0), reported - happened)
        delay = (Decimal(elapsed.total_seconds()) / 3600).quantize(Decimal("0.1"))
        out.append(IncidentDTO(v, elapsed <= timedelta(hours=INCIDENT_HOURS), delay))
    return sorted(out, key=lambda i: i.visit.incident_at or i.visit.check_in, reverse=True)


def bulk_plan(ctx: AppContext, plans: Sequence[tuple[str, date]], supervisor_id: str | None = None) -> int:
    """Plan several visits at once (one transaction)."""
    with ctx.tx() as s:
        require(s, ctx, A.VISIT_LOG, [store_id for store_id, _day in plans])
        for store_id, day in plans:
            s.add(Visit(store_id=store_id, supervisor_id=supervisor_id or ctx.user_id, planned_on=day,
                        purpose="routine", status="planned"))
        return len(plans)


# ---------------------------------------------------------------- export (CSV and Excel)

EXPORT_BATCH = 1000
VISIT_EXPORT_COLUMNS = (
    exports.Column("day", "Day", "date"), exports.Column("store_code", "Store code"), exports.Column("store", "Store"),
    exports.Column("region", "Region"), exports.Column("supervisor", "Supervisor"),
    exports.Column("purpose", "Purpose"), exports.Column("status", "Status"),
    exports.Column("check_in", "Check-in", "datetime"), exports.Column("check_out", "Check-out", "datetime"),
    exports.Column("hours", "Hours", "decimal"), exports.Column("incident", "Major incident"),
    exports.Column("observations", "Findings"), exports.Column("training_topic", "Training"),
    exports.Column("people_met", "People met"), exports.Column("next_steps", "Next steps"),
    exports.Column("next_visit_on", "Next visit", "date"),
)


def iter_visits(ctx: AppContext, q: VisitQuery = VisitQuery()) -> Iterator[VisitDTO]:
    """Every visit ``q`` selects, in the log's order, streamed from one read (one consistent snapshot)."""
    with ctx.read() as s:
        stmt = _filtered(s, q, _select()).order_by(Visit.check_in.desc().nulls_last(), Visit.planned_on.desc(),
                                                   Visit.id)
        for row in s.execute(stmt.execution_options(yield_per=EXPORT_BATCH)):
            yield _dto(row)


def visit_export_rows(ctx: AppContext, q: VisitQuery,
                      labels: Mapping[str, Mapping[str, str]] | None = None) -> Iterator[list[object]]:
    for v in iter_visits(ctx, q):
        yield [v.day, v.store_code, v.store_name, v.region_path, v.supervisor_name,
               exports.label(labels, "purpose", v.purpose), exports.label(labels, "status", v.status),
               exports.local_time(v.check_in), exports.local_time(v.check_out), v.hours if v.check_out else None,
               exports.label(labels, "flag", "yes") if v.incident else "", v.observations, v.training_topic,
               v.people_met, v.next_steps, v.next_visit_on]


def export_visits(ctx: AppContext, q: VisitQuery, path: str | Path, *, titles: Mapping[str, str] | None = None,
                  labels: Mapping[str, Mapping[str, str]] | None = None, filters: Sequence[tuple[str, str]] = (),
                  title: str = "Visit log") -> int:
    """The visit log for ``q`` as .xlsx or .csv (by the extension; see ``opsdesk.exports``)."""
    exports.check_format(path)
    return exports.export(path, exports.titled(VISIT_EXPORT_COLUMNS, titles), visit_export_rows(ctx, q, labels),
                          filters, title)
