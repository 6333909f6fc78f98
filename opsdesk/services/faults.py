"""Equipment faults (故障): report, locate, repair, analyse, close; downtime, repeat faults, the item's
status, corrective actions raised from a fault, photos, and the dashboard figures.

Steps (``NEXT_STEPS``): reported → located → repaired → analysed → closed; a fault may be closed at any
step, but before it is analysed only with a reason. Reporting a fault on an item in service puts the
item under repair; the repair of its last unrepaired fault (or closing it unrepaired) puts it back in
service. Both go through ``equipment.move_in``, which writes the item's history.

Downtime runs from the report to the repair (to the closing of a fault closed unrepaired, to now while
it is open), in hours (``downtime_hours``, the one place it is computed). A fault is a repeat when
another fault of the same item was reported in the ``REPEAT_DAYS`` before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import Select, extract, func, select
from sqlalchemy.orm import Session, aliased

from opsdesk.errors import (
    FaultStepError,
    FieldProblem,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from opsdesk.ids import utcnow
from opsdesk.models import (
    CorrectiveAction,
    Equipment,
    EquipmentFault,
    Region,
    Store,
    User,
)
from opsdesk.models.equipment import FAULT_SEVERITIES, FAULT_STATUSES
from opsdesk.permissions import A, require
from opsdesk.services import actions, attachments, equipment
from opsdesk.services.context import AppContext
from opsdesk.services.org import region_ids_under

__all__ = ["FAULT_SEVERITIES", "FAULT_STATUSES", "FaultStepError"]

NEXT_STEPS: dict[str, tuple[str, ...]] = {
    "reported": ("located", "closed"),
    "located": ("repaired", "closed"),
    "repaired": ("analysed", "closed"),
    "analysed": ("closed",),
    "closed": (),
}
OPEN_STATUSES = ("reported", "located", "repaired", "analysed")  # not closed yet
UNREPAIRED = ("reported", "located")  # the item is down while one of these is open
REPEAT_DAYS = 90
OWNER_TABLE = "equipment_fault"
MAX_TEXT = 2000
MAX_VENDOR = 120
MAX_COST = Decimal(100000000)  # 1 亿元: more is a typing mistake
ACTION_DUE_DAYS = 7
SEVERITY_PRIORITY = {"low": "normal", "normal": "normal", "high": "high", "critical": "urgent"}
HOUR = Decimal("0.1")


def hours(seconds: float | Decimal) -> Decimal:
    """Seconds as hours with one decimal place."""
    return (Decimal(str(seconds)) / 3600).quantize(HOUR, rounding=ROUND_HALF_UP)


def downtime_hours(reported_at: datetime, repaired_at: datetime | None, closed_at: datetime | None = None,
                   now: datetime | None = None) -> Decimal:
    """From the report to the repair (to the closing of a fault closed unrepaired; to ``now`` while it
    is open), in hours; never negative (a clock that jumped back counts as no downtime)."""
    end = repaired_at or closed_at or now or utcnow()
    return max(hours((end - reported_at).total_seconds()), Decimal("0.0"))


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class FaultDTO:
    id: str
    equipment_id: str
    asset_code: str
    equipment_name: str
    store_id: str
    store_code: str
    store_name: str
    symptom: str
    severity: str
    status: str
    reported_by_name: str
    reported_at: datetime
    located_at: datetime | None
    diagnosis: str
    repaired_at: datetime | None
    vendor: str
    parts: str
    cost: Decimal | None
    cause: str
    analysed_at: datetime | None
    closed_at: datetime | None
    close_note: str
    action_id: str | None
    downtime_hours: Decimal
    repeat: bool
    version: str

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def next_steps(self) -> tuple[str, ...]:
        return NEXT_STEPS.get(self.status, ())


@dataclass(frozen=True)
class FaultQuery:
    store_id: str | None = None
    region_id: str | None = None
    status: str | None = None
    open_only: bool = False
    equipment_id: str | None = None


@dataclass(frozen=True)
class OpenFaults:
    """Open faults of one store or region (a dashboard figure)."""

    group_id: str
    code: str
    name: str
    count: int


@dataclass(frozen=True)
class RepairTime:
    """Mean time to repair (MTTR) of one store or region: ``repaired`` faults, ``mean_hours`` each."""

    group_id: str
    code: str
    name: str
    repaired: int
    mean_hours: Decimal


# ---------------------------------------------------------------- reading


def _select() -> Select:
    reporter = aliased(User)
    return (select(EquipmentFault, Equipment.asset_code, Equipment.name, Equipment.store_id, Store.code, Store.name,
                   reporter.name)
            .join(Equipment, Equipment.id == EquipmentFault.equipment_id)
            .join(Store, Store.id == Equipment.store_id)
            .outerjoin(reporter, reporter.id == EquipmentFault.reported_by)
            .where(EquipmentFault.deleted.is_(False)))


def _earlier_reports(s: Session, equipment_ids: Iterable[str]) -> dict[str, list[tuple[str, datetime]]]:
    """(id, reported_at) of every live fault of these items, keyed by item: what ``repeat`` is judged on."""
    ids = sorted(set(equipment_ids))
    out: dict[str, list[tuple[str, datetime]]] = {}
    for chunk in range(0, len(ids), 500):
        rows = s.execute(select(EquipmentFault.equipment_id, EquipmentFault.id, EquipmentFault.reported_at)
                         .where(EquipmentFault.equipment_id.in_(ids[chunk:chunk + 500]),
                                EquipmentFault.deleted.is_(False)))
        for equipment_id, fault_id, at in rows:
            out.setdefault(equipment_id, []).append((fault_id, at))
    return out


def _is_repeat(fault: EquipmentFault, others: list[tuple[str, datetime]]) -> bool:
    start = fault.reported_at - timedelta(days=REPEAT_DAYS)
    return any(fid != fault.id and start <= at <= fault.reported_at and (at, fid) < (fault.reported_at, fault.id)
               for fid, at in others)


def _dtos(s: Session, rows: list) -> list[FaultDTO]:
    reports = _earlier_reports(s, (r[0].equipment_id for r in rows))
    now = utcnow()
    out = []
    for f, asset_code, equipment_name, store_id, store_code, store_name, reporter in rows:
        out.append(FaultDTO(
            id=f.id, equipment_id=f.equipment_id, asset_code=asset_code, equipment_name=equipment_name,
            store_id=store_id, store_code=store_code, store_name=store_name, symptom=f.symptom, severity=f.severity,
            status=f.status, reported_by_name=reporter or "", reported_at=f.reported_at, located_at=f.located_at,
            diagnosis=f.diagnosis, repaired_at=f.repaired_at, vendor=f.vendor, parts=f.parts, cost=f.cost,
            cause=f.cause, analysed_at=f.analysed_at, closed_at=f.closed_at, close_note=f.close_note,
            action_id=f.action_id, downtime_hours=downtime_hours(f.reported_at, f.repaired_at, f.closed_at, now),
            repeat=_is_repeat(f, reports.get(f.equipment_id, [])), version=f.updated_at))
    return out


def fault_dto(s: Session, fault_id: str) -> FaultDTO:
    row = s.execute(_select().where(EquipmentFault.id == fault_id)).first()
    if row is None:
        raise NotFoundError("equipment_fault", id=fault_id)
    return _dtos(s, [row])[0]


def get_fault(ctx: AppContext, fault_id: str) -> FaultDTO:
    with ctx.read() as s:
        return fault_dto(s, fault_id)


def _filtered(s: Session, q: FaultQuery, stmt: Select) -> Select:
    if q.store_id:
        stmt = stmt.where(Equipment.store_id == q.store_id)
    if q.region_id:
        stmt = stmt.where(Store.region_id.in_(region_ids_under(s, q.region_id)))
    if q.status:
        stmt = stmt.where(EquipmentFault.status == q.status)
    if q.open_only:
        stmt = stmt.where(EquipmentFault.status.in_(OPEN_STATUSES))
    if q.equipment_id:
        stmt = stmt.where(EquipmentFault.equipment_id == q.equipment_id)
    return stmt


def query_faults(ctx: AppContext, q: FaultQuery = FaultQuery(), offset: int = 0,
                 limit: int | None = None) -> list[FaultDTO]:
    """Faults under ``q``, newest report first."""
    with ctx.read() as s:
        stmt = _filtered(s, q, _select()).order_by(EquipmentFault.reported_at.desc(), EquipmentFault.id.desc())
        stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return _dtos(s, list(s.execute(stmt)))


def count_faults(ctx: AppContext, q: FaultQuery = FaultQuery()) -> int:
    with ctx.read() as s:
        stmt = (select(func.count(EquipmentFault.id)).join(Equipment, Equipment.id == EquipmentFault.equipment_id)
                .join(Store, Store.id == Equipment.store_id).where(EquipmentFault.deleted.is_(False)))
        return int(s.scalar(_filtered(s, q, stmt)) or 0)


def faults_of(ctx: AppContext, equipment_id: str) -> list[FaultDTO]:
    """Every fault of one item, newest first."""
    return query_faults(ctx, FaultQuery(equipment_id=equipment_id))


def photos(ctx: AppContext, fault_id: str) -> list[attachments.AttachmentDTO]:
    return attachments.photos_of(ctx, OWNER_TABLE, fault_id)


# ---------------------------------------------------------------- checking input


def _text(problems: list[FieldProblem], name: str, value: str | None, *, required: bool = False,
          max_len: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    if required and not text:
        problems.append(FieldProblem(name, "required"))
    elif len(text) > max_len:
        problems.append(FieldProblem(name, "too_long", {"max": max_len}))
    return text


def _money(problems: list[FieldProblem], name: str, value: Decimal | int | str | None) -> Decimal | None:
    """A sum in 元 with at most two decimals, 0 or more; blank is none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float | bool):
        problems.append(FieldProblem(name, "invalid_number"))
        return None
    try:
        amount = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, ValueError):
        problems.append(FieldProblem(name, "invalid_number"))
        return None
    if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
        problems.append(FieldProblem(name, "invalid_number"))
        return None
    if amount < 0 or amount > MAX_COST:
        problems.append(FieldProblem(name, "out_of_range", {"min": 0, "max": MAX_COST}))
        return None
    return amount.quantize(Decimal("0.01"))


def _check(problems: list[FieldProblem]) -> None:
    if problems:
        raise ValidationError(problems)


# ---------------------------------------------------------------- the steps


def _live_fault(s: Session, fault_id: str, base_version: str | None = None) -> EquipmentFault:
    fault = s.get(EquipmentFault, fault_id)
    if fault is None or fault.deleted:
        raise NotFoundError("equipment_fault", id=fault_id)
    if base_version is not None and fault.updated_at != base_version:
        raise StaleEditError("fault changed since it was opened", table="equipment_fault")
    return fault


def _store_of(s: Session, fault: EquipmentFault) -> str | None:
    item = s.get(Equipment, fault.equipment_id)
    return item.store_id if item is not None else None


def _live_item(s: Session, equipment_id: str) -> Equipment:
    item = s.get(Equipment, equipment_id)
    if item is None or item.deleted:
        raise NotFoundError("equipment", id=equipment_id)
    return item


def _allow(fault: EquipmentFault, target: str) -> None:
    if target not in NEXT_STEPS.get(fault.status, ()):
        raise FaultStepError(f"a {fault.status} fault cannot be {target}", current=fault.status, target=target)


def _move_item(s: Session, item: Equipment, to_status: str, user_id: str | None, note: str) -> None:
    """The register's own lifecycle step, which writes the item's history (who, when, why)."""
    equipment.move_in(s, item, to_status, user_id, note)


def _back_in_service(s: Session, ctx: AppContext, fault: EquipmentFault, note: str) -> None:
    """The item returns to service when ``fault`` was its last unrepaired one."""
    item = _live_item(s, fault.equipment_id)
    if item.status != "under_repair":
        return
    others = s.scalar(select(func.count(EquipmentFault.id)).where(
        EquipmentFault.equipment_id == item.id, EquipmentFault.id != fault.id, EquipmentFault.deleted.is_(False),
        EquipmentFault.status.in_(UNREPAIRED)))
    if not others:
        _move_item(s, item, "in_service", ctx.user_id, note)


def report_fault(ctx: AppContext, equipment_id: str, symptom: str, severity: str = "normal",
                 photos: Sequence[str | Path] = ()) -> FaultDTO:
    """A new fault of an item, with its ``photos`` (all refused unless each is an image; nothing is
    written then); an item in service goes under repair. A retired item takes no faults."""
    problems: list[FieldProblem] = []
    symptom = _text(problems, "symptom", symptom, required=True)
    if severity not in FAULT_SEVERITIES:
        problems.append(FieldProblem("severity", "invalid_choice"))
    _check(problems)
    with ctx.read() as s:  # before any file is stored
        require(s, ctx, A.FAULT_REPORT, _live_item(s, equipment_id).store_id)
    store = attachments.store_for(ctx)
    stored = [store.put(path) for path in photos]  # content-addressed files: no record refers to them yet
    with ctx.tx() as s:
        item = _live_item(s, equipment_id)
        if item.status == "retired":
            raise FaultStepError("a retired item takes no faults", current="retired", target="reported")
        fault = EquipmentFault(equipment_id=item.id, symptom=symptom, severity=severity, status="reported",
                               reported_by=ctx.user_id, reported_at=utcnow())
        s.add(fault)
        s.flush()
        for file in stored:
            attachments.link_stored(s, ctx, file, OWNER_TABLE, fault.id)
        if item.status == "in_service":
            _move_item(s, item, "under_repair", ctx.user_id, symptom[:200])
        s.flush()
        return fault_dto(s, fault.id)


def locate(ctx: AppContext, fault_id: str, diagnosis: str, *, base_version: str | None = None) -> FaultDTO:
    """What was found: the fault is located."""
    problems: list[FieldProblem] = []
    diagnosis = _text(problems, "diagnosis", diagnosis, required=True)
    _check(problems)
    with ctx.tx() as s:
        fault = _live_fault(s, fault_id, base_version)
        require(s, ctx, A.FAULT_HANDLE, _store_of(s, fault))
        _allow(fault, "located")
        fault.diagnosis, fault.located_at, fault.status = diagnosis, utcnow(), "located"
        s.flush()
        return fault_dto(s, fault.id)


def repair(ctx: AppContext, fault_id: str, vendor: str = "", parts: str = "",
           cost: Decimal | int | str | None = None, *, base_version: str | None = None) -> FaultDTO:
    """The repair (who, which parts, what it cost); the item is back in service when no other fault
    of it is unrepaired."""
    problems: list[FieldProblem] = []
    vendor = _text(problems, "vendor", vendor, max_len=MAX_VENDOR)
    parts = _text(problems, "parts", parts)
    amount = _money(problems, "cost", cost)
    _check(problems)
    with ctx.tx() as s:
        fault = _live_fault(s, fault_id, base_version)
        require(s, ctx, A.FAULT_HANDLE, _store_of(s, fault))
        _allow(fault, "repaired")
        fault.vendor, fault.parts, fault.cost = vendor, parts, amount
        fault.repaired_at, fault.status = utcnow(), "repaired"
        s.flush()
        _back_in_service(s, ctx, fault, vendor)
        s.flush()
        return fault_dto(s, fault.id)


def analyse(ctx: AppContext, fault_id: str, cause: str, *, base_version: str | None = None) -> FaultDTO:
    """Why it happened (the root cause)."""
    problems: list[FieldProblem] = []
    cause = _text(problems, "cause", cause, required=True)
    _check(problems)
    with ctx.tx() as s:
        fault = _live_fault(s, fault_id, base_version)
        require(s, ctx, A.FAULT_HANDLE, _store_of(s, fault))
        _allow(fault, "analysed")
        fault.cause, fault.analysed_at, fault.status = cause, utcnow(), "analysed"
        s.flush()
        return fault_dto(s, fault.id)


def close(ctx: AppContext, fault_id: str, note: str = "", *, base_version: str | None = None) -> FaultDTO:
    """Close the fault; before it is analysed a reason is required. An unrepaired fault closed (a false
    alarm, an item replaced) no longer keeps its item under repair."""
    problems: list[FieldProblem] = []
    note = _text(problems, "note", note)
    with ctx.tx() as s:
        fault = _live_fault(s, fault_id, base_version)
        require(s, ctx, A.FAULT_HANDLE, _store_of(s, fault))
        _allow(fault, "closed")
        if fault.status != "analysed" and not note:
            problems.append(FieldProblem("note", "reason_required"))
        _check(problems)
        unrepaired = fault.status in UNREPAIRED
        fault.close_note, fault.closed_at, fault.status = note, utcnow(), "closed"
        s.flush()
        if unrepaired:
            _back_in_service(s, ctx, fault, note[:200])
        s.flush()
        return fault_dto(s, fault.id)


def add_photo(ctx: AppContext, fault_id: str, source: str | Path) -> attachments.AttachmentDTO:
    """A photo of the fault (refused unless it is an image, or when the fault is closed)."""
    with ctx.read() as s:
        require(s, ctx, A.FAULT_REPORT, _store_of(s, _live_fault(s, fault_id)))  # before the file is stored
        if _live_fault(s, fault_id).status == "closed":
            raise FaultStepError("a closed fault takes no more photos", current="closed", target="photo")
    stored = attachments.store_for(ctx).put(source)
    with ctx.tx() as s:
        if _live_fault(s, fault_id).status == "closed":
            raise FaultStepError("a closed fault takes no more photos", current="closed", target="photo")
        return attachments.link_stored(s, ctx, stored, OWNER_TABLE, fault_id)


def raise_action(ctx: AppContext, fault_id: str, title: str | None = None, due_on: date | None = None,
                 assignee_id: str | None = None) -> str:
    """A corrective action at the item's store, linked to the fault (one per fault); returns its id.
    By default: titled after the item and the symptom, due in ``ACTION_DUE_DAYS`` days, given to the
    store's manager, as urgent as the fault is severe."""
    with ctx.tx() as s:
        fault = _live_fault(s, fault_id)
        require(s, ctx, A.ACTION_CREATE, _store_of(s, fault))
        if fault.status == "closed":
            raise FaultStepError("a closed fault raises no action", current="closed", target="action")
        if fault.action_id:
            existing = s.get(CorrectiveAction, fault.action_id)
            if existing is not None and not existing.deleted:
                raise FaultStepError("the fault already has a corrective action", current=fault.status,
                                     target="action", action_id=fault.action_id)
        item = _live_item(s, fault.equipment_id)
        if title is None:
            title = f"{item.asset_code} {item.name}: {fault.symptom}"
            title = title if len(title) <= 200 else title[:199] + "…"
        description = "\n".join(t for t in (fault.symptom, fault.diagnosis, fault.cause) if t)
        data = actions.ActionInput(
            store_id=item.store_id, title=title, description=description,
            due_on=due_on or (date.today() + timedelta(days=ACTION_DUE_DAYS)),
            priority=SEVERITY_PRIORITY.get(fault.severity, "normal"),
            assignee_id=assignee_id or actions._store_manager(s, item.store_id))
        action = actions._create(s, ctx, data)
        fault.action_id = action.id
        s.flush()
        return action.id


# ---------------------------------------------------------------- dashboard figures


def _grouped(stmt: Select, group: str) -> Select:
    """Joins and groups ``stmt`` (over faults joined to their items) by store, or by region: the area's
    parent region, or the area itself when it has none."""
    if group not in ("store", "region"):
        raise ValueError(f"group must be 'store' or 'region', not {group!r}")
    stmt = stmt.join(Store, Store.id == Equipment.store_id)
    if group == "store":
        return stmt.add_columns(Store.id, Store.code, Store.name).group_by(Store.id, Store.code, Store.name)
    area = aliased(Region)
    top = aliased(Region)
    stmt = (stmt.join(area, area.id == Store.region_id)
            .join(top, top.id == func.coalesce(area.parent_id, area.id)))
    return stmt.add_columns(top.id, top.code, top.name).group_by(top.id, top.code, top.name)


def open_faults_by(ctx: AppContext, group: str = "store") -> list[OpenFaults]:
    """Faults not closed yet, per store or region (one grouped query), most first."""
    stmt = (select(func.count(EquipmentFault.id))
            .join(Equipment, Equipment.id == EquipmentFault.equipment_id)
            .where(EquipmentFault.deleted.is_(False), Equipment.deleted.is_(False),
                   EquipmentFault.status.in_(OPEN_STATUSES)))
    stmt = _grouped(stmt, group)
    with ctx.read() as s:
        out = [OpenFaults(gid, code, name, int(n)) for n, gid, code, name in s.execute(stmt)]
    out.sort(key=lambda r: (-r.count, r.code))
    return out


def mean_time_to_repair(ctx: AppContext, group: str = "store",
                        since: datetime | date | None = None) -> list[RepairTime]:
    """Mean time from report to repair of the repaired faults (repaired at or after ``since``: a UTC time,
    or a day from its UTC midnight), per store or region (one grouped query), longest first."""
    seconds = extract("epoch", EquipmentFault.repaired_at) - extract("epoch", EquipmentFault.reported_at)
    stmt = (select(func.count(EquipmentFault.id), func.avg(seconds))
            .join(Equipment, Equipment.id == EquipmentFault.equipment_id)
            .where(EquipmentFault.deleted.is_(False), Equipment.deleted.is_(False),
                   EquipmentFault.repaired_at.is_not(None)))
    if since is not None:
        start = since if isinstance(since, datetime) else datetime(since.year, since.month, since.day)
        stmt = stmt.where(EquipmentFault.repaired_at >= start)
    stmt = _grouped(stmt, group)
    with ctx.read() as s:
        out = [RepairTime(gid, code, name, int(n), max(hours(avg or 0), Decimal("0.0")))
               for n, avg, gid, code, name in s.execute(stmt)]
    out.sort(key=lambda r: (-r.mean_hours, r.code))
    return out
