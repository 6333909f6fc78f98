"""Equipment register (设备台账): categories, items, their lifecycle with history, warnings, Excel import/export.

Lifecycle (``NEXT_STATUSES``)::

    ordered → delivered → installed → accepted / conditional / rejected   (set by an acceptance)
    rejected / conditional → accepted / conditional / rejected            (a re-acceptance, a new run)
    accepted / conditional → in_service ⇄ under_repair
    any state but ordered → retired                                       (final)

An acceptance result (accepted, conditional, rejected) is only set by an acceptance run (``move_in`` from
``services.acceptance``); ``set_status`` refuses it. A rejected item cannot go into service. An item only
ordered is not an asset yet: it cannot be retired (correct or leave the entry). Every change is an
``EquipmentEvent`` with who, when and why.

Asset codes are unique in the workspace, case-insensitively; a blank one is generated as
``<store code>-<category code>-<6 hex of the item's id>``.

The Excel import (``import_equipment``) reads and checks every row before it writes anything, and imports
nothing when a row is wrong (``ImportRowsError`` lists each bad row, field and reason); otherwise all rows
are written in one transaction, a known asset code updating its item. ``export_equipment`` writes the same
columns (an export with no rows is the import template).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from opsdesk import backend, exports
from opsdesk.errors import (
    FieldProblem,
    ImportRowsError,
    NotFoundError,
    RowProblem,
    StaleEditError,
    TransitionError,
    ValidationError,
)
from opsdesk.ids import derived_id, new_id, utcnow
from opsdesk.models import Region, Store, User
from opsdesk.models.equipment import (
    EQUIPMENT_STATUSES,
    Equipment,
    EquipmentCategory,
    EquipmentEvent,
    EquipmentFault,
)
from opsdesk.permissions import A, require
from opsdesk.pinyin import normalize_search
from opsdesk.services.context import AppContext
from opsdesk.services.org import region_ids_under
from opsdesk.services.validation import Checker

__all__ = ["EQUIPMENT_STATUSES", "NEXT_STATUSES", "CategoryDTO", "CategoryInput", "EquipmentDTO", "EquipmentInput",
           "EquipmentQuery", "EquipmentWarnings", "EventDTO", "ImportResult", "ImportRowsError", "Param",
           "TransitionError"]

NEXT_STATUSES: dict[str, tuple[str, ...]] = {
    "ordered": ("delivered",),
    "delivered": ("installed", "retired"),
    "installed": ("accepted", "conditional", "rejected", "retired"),
    "accepted": ("in_service", "retired"),
    "conditional": ("accepted", "rejected", "in_service", "retired"),  # a re-acceptance once conditions are met
    "rejected": ("accepted", "conditional", "rejected", "retired"),
    "in_service": ("under_repair", "retired"),
    "under_repair": ("in_service", "retired"),
    "retired": (),
}
ACCEPTANCE_RESULTS = ("accepted", "conditional", "rejected")  # set by an acceptance run only
STATUS_ORDER = {s: i for i, s in enumerate(EQUIPMENT_STATUSES)}

ASSET_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_./-]{0,39}$")
CATEGORY_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_]{0,9}$")
PARAM_NAME_FORBIDDEN = frozenset("=;；()（）")
MAX_PRICE = Decimal("9999999999.99")
MAX_LIFE_YEARS = 50
DATE_FIELDS = ("ordered_on", "delivered_on", "installed_on", "accepted_on")  # in this order

DEFAULT_CATEGORIES = (  # (code, name, English name)
    ("KT", "空调", "Air conditioner"), ("POS", "收银机", "Cash register"), ("LG", "冷柜", "Refrigerated cabinet"),
    ("TY", "投影仪", "Projector"), ("JK", "监控", "CCTV"), ("YX", "音响", "Sound system"),
    ("LED", "照明", "Lighting"), ("QT", "其他", "Other"),
)


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class CategoryDTO:
    id: str
    code: str
    name: str
    name_en: str
    position: int
    active: bool


@dataclass(frozen=True)
class CategoryInput:
    code: str
    name: str
    name_en: str = ""
    active: bool = True


@dataclass(frozen=True)
class Param:
    """A named technical value with its unit: 功率 3.5 kW, IP地址 192.168.1.10."""

    name: str
    value: str
    unit: str = ""


@dataclass(frozen=True)
class EquipmentInput:
    store_id: str
    category_id: str
    name: str
    brand: str = ""
    model: str = ""
    serial_number: str = ""
    asset_code: str = ""  # blank: generated "<store code>-<category code>-<6 hex of the id>"
    supplier: str = ""
    params: tuple[Param, ...] = ()
    location: str = ""
    ordered_on: date | None = None
    delivered_on: date | None = None
    installed_on: date | None = None
    accepted_on: date | None = None
    warranty_end: date | None = None
    service_life_years: int | None = None
    price: Decimal | None = None
    notes: str = ""
    base_version: str | None = None  # for an edit: the DTO's version the user started from


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later (29 February becomes 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class EquipmentDTO:
    id: str
    store_id: str
    store_code: str
    store_name: str
    region_path: str
    category_id: str
    category_code: str
    category_name: str
    category_name_en: str
    name: str
    brand: str
    model: str
    serial_number: str
    asset_code: str
    supplier: str
    params: tuple[Param, ...]
    location: str
    ordered_on: date | None
    delivered_on: date | None
    installed_on: date | None
    accepted_on: date | None
    warranty_end: date | None
    service_life_years: int | None
    price: Decimal | None
    status: str
    acceptance_run_id: str | None
    notes: str
    open_faults: int
    version: str

    @property
    def life_start(self) -> date | None:
        """When the service life starts counting: accepted, else installed, else delivered."""
        return self.accepted_on or self.installed_on or self.delivered_on

    @property
    def life_end(self) -> date | None:
        start = self.life_start
        if start is None or self.service_life_years is None:
            return None
        return add_years(start, self.service_life_years)

    def warranty_expiring(self, today: date | None = None, days: int = 30) -> bool:
        """The warranty ends within ``days`` from today (not already over; never for a retired item)."""
        today = today or date.today()
        return (self.status != "retired" and self.warranty_end is not None
                and today <= self.warranty_end <= today + timedelta(days=days))

    def life_reached(self, today: date | None = None) -> bool:
        """The service life is over (never for a retired item)."""
        end = self.life_end
        return self.status != "retired" and end is not None and end <= (today or date.today())


@dataclass(frozen=True)
class EquipmentQuery:
    store_id: str | None = None
    region_id: str | None = None  # a region includes all its areas
    category_id: str | None = None
    status: str | None = None
    warranty_within_days: int | None = None  # the warranty ends between today and today + days
    life_reached: bool = False
    open_faults: bool = False
    search: str = ""
    sort: str = "asset_code"
    descending: bool = False
    today: date | None = None  # for the date filters (default: today)


@dataclass(frozen=True)
class EventDTO:
    at: datetime
    from_status: str | None
    to_status: str
    user_name: str
    note: str


@dataclass(frozen=True)
class EquipmentWarnings:
    """What start-up and the register warn about (retired items left out)."""

    warranty_expiring: int  # items whose warranty ends within the days asked
    life_reached: int  # items past their service life
    stale_faults: int  # faults open for longer than ``fault_days``
    first_warranty: tuple[EquipmentDTO, ...] = ()  # the first items of each, soonest first
    first_life: tuple[EquipmentDTO, ...] = ()
    first_stale: tuple[EquipmentDTO, ...] = ()  # items with a stale fault, the oldest fault first

    @property
    def any(self) -> bool:
        return bool(self.warranty_expiring or self.life_reached or self.stale_faults)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


# ---------------------------------------------------------------- categories


def _category_dto(c: EquipmentCategory) -> CategoryDTO:
    return CategoryDTO(c.id, c.code, c.name, c.name_en, c.position, c.active)


def _categories(s: Session, include_inactive: bool = True) -> list[EquipmentCategory]:
    stmt = select(EquipmentCategory).where(EquipmentCategory.deleted.is_(False))
    if not include_inactive:
        stmt = stmt.where(EquipmentCategory.active.is_(True))
    return list(s.scalars(stmt.order_by(EquipmentCategory.position, EquipmentCategory.code, EquipmentCategory.id)))


def list_categories(ctx: AppContext, include_inactive: bool = False) -> list[CategoryDTO]:
    with ctx.read() as s:
        return [_category_dto(c) for c in _categories(s, include_inactive)]


def save_category(ctx: AppContext, data: CategoryInput, category_id: str | None = None) -> CategoryDTO:
    """Add a category (at the end of the list) or change one; codes and names are unique (any case)."""
    check = Checker()
    code = check.text("code", data.code, required=True, max_len=10)
    check.pattern("code", code, CATEGORY_CODE_RE, "invalid_code")
    name = check.text("name", data.name, required=True, max_len=60)
    name_en = check.text("name_en", data.name_en, max_len=60)
    with ctx.tx() as s:
        require(s, ctx, A.EQUIPMENT_CATEGORIES)
        others = [c for c in _categories(s) if c.id != category_id]
        if code and not check.has("code") and any(c.code.lower() == code.lower() for c in others):
            check.fail("code", "duplicate")
        if name and not check.has("name") and any(c.name.lower() == name.lower() for c in others):
            check.fail("name", "duplicate")
        check.raise_if_any()
        if category_id is None:
            row = EquipmentCategory(code=code, name=name, name_en=name_en, active=data.active,
                                    position=max((c.position for c in others), default=-1) + 1)
            s.add(row)
        else:
            row = s.get(EquipmentCategory, category_id)
            if row is None or row.deleted:
                raise NotFoundError("equipment_category", id=category_id)
            row.code, row.name, row.name_en, row.active = code, name, name_en, data.active
        s.flush()
        return _category_dto(row)


BUILTIN_MARKER = "builtin_equipment_categories"


def ensure_default_categories(ctx: AppContext) -> int:
    """Install the default categories once per workspace (idempotent); returns how many were made.

    Written as shipped content, like the built-in templates: ids derived from the codes and the
    shipped clock, so every workspace holds the same rows and changes and a sync finds them known.
    A code the workspace already uses (a category of its own) is left alone; a default the user
    deactivated or renamed stays as the user left it (a marker in ``meta`` records the install)."""
    from dataclasses import replace as _replace

    from opsdesk.models import Meta
    from opsdesk.sync.capture import BuiltinClock

    if ctx.db.get_meta(BUILTIN_MARKER):
        return 0
    made = 0
    with ctx.tx() as s:
        if s.get(Meta, BUILTIN_MARKER) is not None:
            return 0
        have = {c.code.lower() for c in _categories(s)}
        own = s.info["capture"]
        s.info["capture"] = _replace(own, clock=BuiltinClock(), builtin=True, actor_id=None)
        try:
            for position, (code, name, name_en) in enumerate(DEFAULT_CATEGORIES):
                if code.lower() in have or s.get(EquipmentCategory, _default_id(code)) is not None:
                    continue
                s.add(EquipmentCategory(id=_default_id(code), code=code, name=name, name_en=name_en,
                                        position=position, active=True))
                made += 1
            s.flush()
        finally:
            s.info["capture"] = own
        s.add(Meta(key=BUILTIN_MARKER, value=str(len(DEFAULT_CATEGORIES))))
    return made


def _default_id(code: str) -> str:
    return derived_id("equipment_category", code)


# ---------------------------------------------------------------- reading


def _open_faults_count():
    return (select(func.count(EquipmentFault.id))
            .where(EquipmentFault.equipment_id == Equipment.id, EquipmentFault.deleted.is_(False),
                   EquipmentFault.status != "closed")
            .correlate(Equipment).scalar_subquery())


_AREA = aliased(Region)
_PARENT = aliased(Region)


def _select(*, count: bool = False) -> Select:
    if count:
        stmt = select(func.count(Equipment.id))
    else:
        stmt = select(Equipment, Store.code, Store.name, _AREA.name, _PARENT.name, EquipmentCategory.code,
                      EquipmentCategory.name, EquipmentCategory.name_en, _open_faults_count())
    stmt = (stmt.join(Store, Store.id == Equipment.store_id)
            .join(EquipmentCategory, EquipmentCategory.id == Equipment.category_id))
    if not count:
        stmt = stmt.outerjoin(_AREA, _AREA.id == Store.region_id).outerjoin(_PARENT, _PARENT.id == _AREA.parent_id)
    return stmt.where(Equipment.deleted.is_(False))


def _params_of(raw: str | None) -> tuple[Param, ...]:
    try:
        items = json.loads(raw or "[]")
    except ValueError:
        return ()
    out = []
    for p in items if isinstance(items, list) else []:
        if isinstance(p, dict):
            out.append(Param(str(p.get("name", "")), str(p.get("value", "")), str(p.get("unit", "") or "")))
    return tuple(out)


def _dto(row) -> EquipmentDTO:
    e, store_code, store_name, area_name, parent_name, cat_code, cat_name, cat_name_en, open_faults = row
    return EquipmentDTO(
        id=e.id, store_id=e.store_id, store_code=store_code, store_name=store_name,
        region_path=f"{parent_name} / {area_name}" if parent_name else (area_name or ""),
        category_id=e.category_id, category_code=cat_code, category_name=cat_name, category_name_en=cat_name_en or "",
        name=e.name, brand=e.brand or "", model=e.model or "", serial_number=e.serial_number or "",
        asset_code=e.asset_code, supplier=e.supplier or "", params=_params_of(e.params), location=e.location or "",
        ordered_on=e.ordered_on, delivered_on=e.delivered_on, installed_on=e.installed_on, accepted_on=e.accepted_on,
        warranty_end=e.warranty_end, service_life_years=e.service_life_years, price=e.price, status=e.status,
        acceptance_run_id=e.acceptance_run_id, notes=e.notes or "", open_faults=int(open_faults or 0),
        version=e.updated_at,
    )


def equipment_dto(s: Session, equipment_id: str) -> EquipmentDTO:
    """The DTO of an item inside an open session (for the other equipment services)."""
    row = s.execute(_select().where(Equipment.id == equipment_id)).first()
    if row is None:
        raise NotFoundError("equipment", id=equipment_id)
    return _dto(row)


def _life_start():
    return func.coalesce(Equipment.accepted_on, Equipment.installed_on, Equipment.delivered_on)


def _life_reached_clause(today: date):
    """Service life over: the start is on or before today minus the item's years (one CASE over the
    allowed years 0–50, dialect-neutral: no date arithmetic in SQL)."""
    latest_start = case({n: add_years(today, -n) for n in range(MAX_LIFE_YEARS + 1)},
                        value=Equipment.service_life_years, else_=None)
    return and_(Equipment.status != "retired", Equipment.service_life_years.is_not(None),
                _life_start().is_not(None), _life_start() <= latest_start)


def _warranty_clause(today: date, days: int):
    return and_(Equipment.status != "retired", Equipment.warranty_end.is_not(None), Equipment.warranty_end >= today,
                Equipment.warranty_end <= today + timedelta(days=days))


def _filtered(s: Session, q: EquipmentQuery, stmt: Select) -> Select:
    today = q.today or date.today()
    if q.store_id:
        stmt = stmt.where(Equipment.store_id == q.store_id)
    if q.region_id:
        stmt = stmt.where(Store.region_id.in_(region_ids_under(s, q.region_id)))
    if q.category_id:
        stmt = stmt.where(Equipment.category_id == q.category_id)
    if q.status:
        stmt = stmt.where(Equipment.status == q.status)
    if q.warranty_within_days is not None:
        stmt = stmt.where(_warranty_clause(today, q.warranty_within_days))
    if q.life_reached:
        stmt = stmt.where(_life_reached_clause(today))
    if q.open_faults:
        stmt = stmt.where(_open_faults_count() > 0)
    term = q.search.strip()
    if term:
        match = backend.contains_any((Equipment.asset_code, Equipment.serial_number, Equipment.name, Equipment.brand,
                                      Equipment.model, Equipment.location, Equipment.supplier, Store.code,
                                      Store.name, EquipmentCategory.name), term)
        typed = normalize_search(term)
        stmt = stmt.where(or_(match, backend.contains(Store.search_pinyin, typed)) if typed else match)
    return stmt


SORTS = ("asset_code", "name", "store", "category", "brand", "model", "serial_number", "status", "location",
         "installed_on", "accepted_on", "warranty_end", "price", "open_faults", "region")


def _sort_keys(sort: str) -> tuple:
    keys = {
        "asset_code": (Equipment.asset_code,),
        "name": (Equipment.name,),
        "store": (Store.code,),
        "region": (func.coalesce(_PARENT.sort_key, _AREA.sort_key), _AREA.sort_key, Store.code),
        "category": (EquipmentCategory.position, EquipmentCategory.code),
        "brand": (Equipment.brand,),
        "model": (Equipment.model,),
        "serial_number": (Equipment.serial_number,),
        "status": (case(STATUS_ORDER, value=Equipment.status, else_=len(STATUS_ORDER)),),
        "location": (Equipment.location,),
        "installed_on": (Equipment.installed_on,),
        "accepted_on": (Equipment.accepted_on,),
        "warranty_end": (Equipment.warranty_end,),
        "price": (Equipment.price,),
        "open_faults": (_open_faults_count(),),
    }
    return keys.get(sort, keys["asset_code"])


def _query_select(s: Session, q: EquipmentQuery) -> Select:
    stmt = _filtered(s, q, _select())
    keys = _sort_keys(q.sort)
    return stmt.order_by(*(backend.sort_by(k, q.descending) for k in keys), Equipment.asset_code, Equipment.id)


def query_equipment(ctx: AppContext, q: EquipmentQuery = EquipmentQuery(), offset: int = 0,
                    limit: int | None = None) -> list[EquipmentDTO]:
    with ctx.read() as s:
        stmt = _query_select(s, q).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_dto(r) for r in s.execute(stmt)]


def count_equipment(ctx: AppContext, q: EquipmentQuery = EquipmentQuery()) -> int:
    with ctx.read() as s:
        return int(s.scalar(_filtered(s, q, _select(count=True))) or 0)


def get_equipment(ctx: AppContext, equipment_id: str) -> EquipmentDTO:
    with ctx.read() as s:
        return equipment_dto(s, equipment_id)


def find_by_code(ctx: AppContext, code: str) -> EquipmentDTO | None:
    """The item with this asset code, else with this serial number (exact, any case): what a barcode
    scanner typed into the search box. None when there is none."""
    wanted = (code or "").strip().lower()
    if not wanted:
        return None
    with ctx.read() as s:
        for column in (Equipment.asset_code, Equipment.serial_number):
            row = s.execute(_select().where(func.lower(column) == wanted)
                            .order_by(Equipment.created_at, Equipment.id).limit(1)).first()
            if row is not None:
                return _dto(row)
    return None


def history(ctx: AppContext, equipment_id: str) -> list[EventDTO]:
    """The item's status changes, oldest first."""
    with ctx.read() as s:
        _live(s, equipment_id)
        rows = s.execute(select(EquipmentEvent, User.name).outerjoin(User, User.id == EquipmentEvent.user_id)
                         .where(EquipmentEvent.equipment_id == equipment_id, EquipmentEvent.deleted.is_(False))
                         .order_by(EquipmentEvent.at, EquipmentEvent.created_at, EquipmentEvent.id))
        return [EventDTO(e.at, e.from_status, e.to_status, name or "", e.note or "") for e, name in rows]


# ---------------------------------------------------------------- validation


def _clean_params(check: Checker, params: Sequence[Param]) -> tuple[Param, ...]:
    out = []
    for i, p in enumerate(params):
        name = (p.name or "").strip()
        value = str(p.value if p.value is not None else "").strip()
        unit = (p.unit or "").strip()
        if not name:
            check.fail("params", "param_name_required", index=i)
        elif any(ch in PARAM_NAME_FORBIDDEN for ch in name + unit) or any(ch in ";；" for ch in value):
            check.fail("params", "invalid_param", index=i, name=name)
        elif len(name) > 40 or len(value) > 200 or len(unit) > 20:
            check.fail("params", "too_long", index=i, name=name)
        out.append(Param(name, value, unit))
    return tuple(out)


def _check_dates(check: Checker, data: EquipmentInput) -> None:
    given = [(f, getattr(data, f)) for f in DATE_FIELDS]
    for name, day in given:
        if day is not None and not isinstance(day, date):
            check.fail(name, "not_a_date")
    for i, (name, day) in enumerate(given):
        if not isinstance(day, date):
            continue
        earlier = [(n, d) for n, d in given[:i] if isinstance(d, date) and d > day]
        if earlier:
            check.fail(name, "date_order", after=earlier[-1][0])
    if data.warranty_end is not None and not isinstance(data.warranty_end, date):
        check.fail("warranty_end", "not_a_date")
    elif isinstance(data.warranty_end, date) and isinstance(data.delivered_on, date) \
            and data.warranty_end <= data.delivered_on:
        check.fail("warranty_end", "date_order", after="delivered_on")


def _check_price(check: Checker, price: object) -> Decimal | None:
    if price is None:
        return None
    try:
        value = price if isinstance(price, Decimal) else Decimal(str(price))
    except (InvalidOperation, ValueError):
        check.fail("price", "not_number")
        return None
    if not value.is_finite():
        check.fail("price", "not_number")
    elif value < 0:
        check.fail("price", "negative")
    elif value > MAX_PRICE:
        check.fail("price", "too_large", max=str(MAX_PRICE))
    elif value != value.quantize(Decimal("0.01")):
        check.fail("price", "too_many_decimals", places=2)
    return value


def validate_equipment(s: Session, data: EquipmentInput, equipment_id: str | None = None,
                       *, check: Checker | None = None) -> EquipmentInput:
    """Every field of an item checked at once; raises ``ValidationError`` listing each problem.
    (``check``: collect into the caller's checker and do not raise: the import gathers rows.)"""
    own = check is None
    check = check or Checker()
    current = s.get(Equipment, equipment_id) if equipment_id else None
    name = check.text("name", data.name, required=True, max_len=120)
    brand = check.text("brand", data.brand, max_len=80)
    model = check.text("model", data.model, max_len=80)
    serial = check.text("serial_number", data.serial_number, max_len=80)
    supplier = check.text("supplier", data.supplier, max_len=120)
    location = check.text("location", data.location, max_len=120)
    notes = check.text("notes", data.notes, max_len=4000)
    asset_code = check.text("asset_code", data.asset_code, max_len=40)
    check.pattern("asset_code", asset_code, ASSET_CODE_RE, "invalid_code")
    params = _clean_params(check, data.params)
    if not data.store_id:
        check.fail("store_id", "required")
    else:
        store = s.get(Store, data.store_id)
        if store is None or store.deleted:
            check.fail("store_id", "not_found")
    if not data.category_id:
        check.fail("category_id", "required")
    else:
        category = s.get(EquipmentCategory, data.category_id)
        if category is None or category.deleted:
            check.fail("category_id", "not_found")
        elif not category.active and (current is None or current.category_id != category.id):
            check.fail("category_id", "inactive")
    _check_dates(check, data)
    price = _check_price(check, data.price)
    life = data.service_life_years
    if life is not None and (isinstance(life, bool) or not isinstance(life, int) or not 0 <= life <= MAX_LIFE_YEARS):
        check.fail("service_life_years", "not_between", min=0, max=MAX_LIFE_YEARS)
    if asset_code and not check.has("asset_code") and _code_taken(s, asset_code, equipment_id):
        check.fail("asset_code", "duplicate")
    if own:
        check.raise_if_any()
    return replace(data, name=name, brand=brand, model=model, serial_number=serial, supplier=supplier,
                   location=location, notes=notes, asset_code=asset_code, params=params, price=price)


def _code_taken(s: Session, code: str, equipment_id: str | None) -> bool:
    return bool(s.scalar(select(func.count()).select_from(Equipment).where(
        Equipment.deleted.is_(False), func.lower(Equipment.asset_code) == code.lower(),
        Equipment.id != (equipment_id or ""))))


def _generated_code(s: Session, item: Equipment, taken: set[str] | None = None) -> str:
    """``<store code>-<category code>-<6 hex of the id>``, longer when (rarely) those 6 are taken.
    ``taken``: the lower-case codes in use, when the caller keeps them (an import), else asked of the database."""
    store = s.get(Store, item.store_id)
    category = s.get(EquipmentCategory, item.category_id)
    digits = item.id.replace("-", "").upper()
    for n in range(6, len(digits) + 1):
        code = f"{store.code}-{category.code}-{digits[:n]}"[:40]
        if (code.lower() not in taken) if taken is not None else not _code_taken(s, code, item.id):
            return code
    return digits[:40]  # unreachable in practice: the whole id is unique


def _params_json(params: Sequence[Param]) -> str:
    return json.dumps([{"name": p.name, "value": p.value, "unit": p.unit} for p in params], ensure_ascii=False)


def _initial_status(data: EquipmentInput) -> str:
    if data.installed_on is not None:
        return "installed"
    if data.delivered_on is not None:
        return "delivered"
    return "ordered"


FIELDS = ("store_id", "category_id", "name", "brand", "model", "serial_number", "supplier", "location",
          *DATE_FIELDS, "warranty_end", "service_life_years", "price", "notes")


def _write(item: Equipment, data: EquipmentInput) -> None:
    for key in FIELDS:
        setattr(item, key, getattr(data, key))
    item.params = _params_json(data.params)


def _live(s: Session, equipment_id: str) -> Equipment:
    item = s.get(Equipment, equipment_id)
    if item is None or item.deleted:
        raise NotFoundError("equipment", id=equipment_id)
    return item


def _log(s: Session, item: Equipment, old: str | None, new: str, user_id: str | None, note: str) -> None:
    s.add(EquipmentEvent(equipment_id=item.id, from_status=old, to_status=new, user_id=user_id, at=utcnow(),
                         note=(note or "").strip()))


def _create(s: Session, data: EquipmentInput, user_id: str | None, status: str | None = None,
            note: str = "", taken: set[str] | None = None) -> Equipment:
    """Add an item and its first event. ``taken`` (an import): the lower-case asset codes in use, kept
    up to date here, so that no query and no flush is needed per item."""
    item = Equipment(id=new_id(), status=status or _initial_status(data), asset_code=data.asset_code or "")
    _write(item, data)
    if not item.asset_code:
        item.asset_code = _generated_code(s, item, taken)
    if taken is not None:
        taken.add(item.asset_code.lower())
    s.add(item)
    _log(s, item, None, item.status, user_id, note)
    return item


def create_equipment(ctx: AppContext, data: EquipmentInput) -> EquipmentDTO:
    """A new item; its status follows its dates (installed, delivered, else ordered)."""
    with ctx.tx() as s:
        require(s, ctx, A.EQUIPMENT_MANAGE, data.store_id or None)
        data = validate_equipment(s, data)
        item = _create(s, data, ctx.user_id)
        s.flush()
        return equipment_dto(s, item.id)


def update_equipment(ctx: AppContext, equipment_id: str, data: EquipmentInput) -> EquipmentDTO:
    """Change an item's data (not its status: ``set_status``). A blank asset code keeps the current one.
    Refused with ``StaleEditError`` when the item changed since ``data.base_version``."""
    with ctx.tx() as s:
        item = _live(s, equipment_id)
        require(s, ctx, A.EQUIPMENT_MANAGE, [item.store_id, data.store_id])  # and where it moves to
        if data.base_version is not None and item.updated_at != data.base_version:
            raise StaleEditError(f"equipment {item.id} changed since it was opened", table="equipment")
        data = validate_equipment(s, data, equipment_id)
        _write(item, data)
        if data.asset_code:
            item.asset_code = data.asset_code
        s.flush()
        return equipment_dto(s, item.id)


# ---------------------------------------------------------------- lifecycle


def move_in(s: Session, item: Equipment, to_status: str, user_id: str | None, note: str = "") -> None:
    """Move ``item`` to ``to_status`` inside the caller's open session (faults, acceptances), writing
    its ``EquipmentEvent``; a step ``NEXT_STATUSES`` does not allow raises ``TransitionError``."""
    if to_status not in EQUIPMENT_STATUSES:
        raise ValidationError([FieldProblem("status", "invalid_choice", {"allowed": EQUIPMENT_STATUSES})])
    if to_status not in NEXT_STATUSES.get(item.status, ()):
        raise TransitionError(f"equipment {item.status} -> {to_status} is not allowed", current=item.status,
                              target=to_status)
    old = item.status
    item.status = to_status
    _log(s, item, old, to_status, user_id, note)


def allowed_statuses(status: str) -> tuple[str, ...]:
    """What a person may set next by hand: acceptance results come from an acceptance run only."""
    return tuple(t for t in NEXT_STATUSES.get(status, ()) if t not in ACCEPTANCE_RESULTS)


def set_status(ctx: AppContext, equipment_id: str, to_status: str, note: str = "",
               base_version: str | None = None) -> EquipmentDTO:
    """Move an item along its lifecycle by hand (delivered, installed, in service, under repair, retired).
    Accepted, conditionally accepted and rejected are refused here: an acceptance sets them."""
    if to_status not in EQUIPMENT_STATUSES:
        raise ValidationError([FieldProblem("status", "invalid_choice", {"allowed": EQUIPMENT_STATUSES})])
    with ctx.tx() as s:
        item = _live(s, equipment_id)
        require(s, ctx, A.EQUIPMENT_MANAGE, item.store_id)
        if base_version is not None and item.updated_at != base_version:
            raise StaleEditError(f"equipment {item.id} changed since it was opened", table="equipment")
        if to_status in ACCEPTANCE_RESULTS:
            raise TransitionError(f"equipment {item.status} -> {to_status} needs an acceptance",
                                  current=item.status, target=to_status, reason="needs_acceptance")
        move_in(s, item, to_status, ctx.user_id, note)
        s.flush()
        return equipment_dto(s, item.id)


# ---------------------------------------------------------------- warnings


WARNING_ITEMS = 5


def warnings(ctx: AppContext, today: date | None = None, fault_days: int = 14, warranty_days: int = 30,
             first: int = WARNING_ITEMS) -> EquipmentWarnings:
    """Warranties ending within ``warranty_days``, service lives reached, faults open for more than
    ``fault_days`` days: the counts and the first ``first`` items of each."""
    today = today or date.today()
    with ctx.read() as s:
        warranty = _filtered(s, EquipmentQuery(warranty_within_days=warranty_days, today=today), _select(count=True))
        life = _filtered(s, EquipmentQuery(life_reached=True, today=today), _select(count=True))
        first_warranty = s.execute(_query_select(s, EquipmentQuery(
            warranty_within_days=warranty_days, today=today, sort="warranty_end")).limit(first))
        first_life = s.execute(_query_select(s, EquipmentQuery(life_reached=True, today=today, sort="installed_on"))
                               .limit(first))
        cutoff = datetime.combine(today - timedelta(days=fault_days), datetime.min.time())
        stale = (EquipmentFault.deleted.is_(False), EquipmentFault.status != "closed",
                 EquipmentFault.reported_at < cutoff)
        stale_count = s.scalar(select(func.count(EquipmentFault.id)).join(
            Equipment, Equipment.id == EquipmentFault.equipment_id).where(*stale, Equipment.deleted.is_(False)))
        oldest = (select(EquipmentFault.equipment_id, func.min(EquipmentFault.reported_at).label("since"))
                  .where(*stale).group_by(EquipmentFault.equipment_id).subquery())
        first_stale = s.execute(_select().join(oldest, oldest.c.equipment_id == Equipment.id)
                                .order_by(oldest.c.since, Equipment.id).limit(first))
        return EquipmentWarnings(
            warranty_expiring=int(s.scalar(warranty) or 0), life_reached=int(s.scalar(life) or 0),
            stale_faults=int(stale_count or 0), first_warranty=tuple(_dto(r) for r in first_warranty),
            first_life=tuple(_dto(r) for r in first_life), first_stale=tuple(_dto(r) for r in first_stale))


# ---------------------------------------------------------------- Excel export and import

Labels = Mapping[str, Mapping[str, str]]

EXPORT_COLUMNS = (
    exports.Column("asset_code", "Asset code"), exports.Column("store_code", "Store code"),
    exports.Column("store", "Store"), exports.Column("category", "Category"), exports.Column("name", "Name"),
    exports.Column("brand", "Brand"), exports.Column("model", "Model"),
    exports.Column("serial_number", "Serial number"), exports.Column("supplier", "Supplier"),
    exports.Column("location", "Location"), exports.Column("status", "Status"),
    exports.Column("ordered_on", "Ordered", "date"), exports.Column("delivered_on", "Delivered", "date"),
    exports.Column("installed_on", "Installed", "date"), exports.Column("accepted_on", "Accepted", "date"),
    exports.Column("warranty_end", "Warranty end", "date"),
    exports.Column("service_life_years", "Service life (years)", "int"),
    exports.Column("price", "Price", "decimal"), exports.Column("params", "Parameters"),
    exports.Column("notes", "Notes"),
)
IMPORT_KEYS = tuple(c.key for c in EXPORT_COLUMNS)
REQUIRED_COLUMNS = ("store_code", "category", "name")
EXPORT_BATCH = 1000


def params_text(params: Sequence[Param]) -> str:
    """``功率(kW)=3.5; IP地址=192.168.1.10``: the Excel form of the parameters (read by ``parse_params``)."""
    return "; ".join(f"{p.name}({p.unit})={p.value}" if p.unit else f"{p.name}={p.value}" for p in params)


_PARAM_RE = re.compile(r"^(?P<name>[^(（=＝]*?)\s*(?:[(（](?P<unit>[^)）]*)[)）])?\s*$")


def parse_params(text: str) -> tuple[Param, ...] | None:
    """The parameters of ``params_text``; None when the text is not in that form."""
    out = []
    for piece in re.split(r"[;；\n]", text or ""):
        piece = piece.strip()
        if not piece:
            continue
        head, sep, value = piece.replace("＝", "=").partition("=")
        match = _PARAM_RE.match(head.strip()) if sep else None
        if match is None:
            return None
        out.append(Param(match.group("name").strip(), value.strip(), (match.group("unit") or "").strip()))
    return tuple(out)


def iter_equipment(ctx: AppContext, q: EquipmentQuery = EquipmentQuery()) -> Iterator[EquipmentDTO]:
    """Every item ``q`` selects, in its order, streamed from one read."""
    with ctx.read() as s:
        for row in s.execute(_query_select(s, q).execution_options(yield_per=EXPORT_BATCH)):
            yield _dto(row)


def export_rows(ctx: AppContext, q: EquipmentQuery, labels: Labels | None = None) -> Iterator[list[object]]:
    """Rows in ``EXPORT_COLUMNS`` order. ``labels["status"]`` translates status codes (the import reads
    either back); the category is written by its name."""
    for e in iter_equipment(ctx, q):
        yield [e.asset_code, e.store_code, e.store_name, e.category_name, e.name, e.brand, e.model, e.serial_number,
               e.supplier, e.location, exports.label(labels, "status", e.status), e.ordered_on, e.delivered_on,
               e.installed_on, e.accepted_on, e.warranty_end, e.service_life_years, e.price, params_text(e.params),
               e.notes]


def export_equipment(ctx: AppContext, q: EquipmentQuery | None, path: str | Path, *,
                     titles: Mapping[str, str] | None = None, labels: Labels | None = None,
                     filters: Sequence[tuple[str, str]] = (), title: str = "Equipment register") -> int:
    """The register for ``q`` as .xlsx (or .csv), the columns the import reads; ``q=None`` writes the
    empty import template (the header only). Returns the number of rows."""
    exports.check_format(path)
    rows: Iterator[list[object]] = iter(()) if q is None else export_rows(ctx, q, labels)
    return exports.export(path, exports.titled(EXPORT_COLUMNS, titles), rows, filters, title)


@dataclass
class _Row:
    number: int  # the row's number in the sheet, as Excel shows it
    values: dict[str, object] = field(default_factory=dict)


def _norm(text: object) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().lower()


def _header_map(cells: Sequence[object], titles: Mapping[str, str] | None) -> dict[int, str]:
    known: dict[str, str] = {}
    for c in EXPORT_COLUMNS:
        for name in (c.key, c.title, (titles or {}).get(c.key, "")):
            if name:
                known[_norm(name)] = c.key
    found: dict[int, str] = {}
    for i, cell in enumerate(cells):
        key = known.get(_norm(cell))
        if key and key not in found.values():
            found[i] = key
    return found


def _read_sheet(path: Path, titles: Mapping[str, str] | None) -> tuple[list[_Row], int]:
    """The data rows of the workbook's first sheet: the header is the first of its first 10 rows that
    names the required columns (an export has a title and a filters row above it). Blank rows are
    skipped. Returns the rows and the header's row number."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise ValidationError([FieldProblem("path", "unreadable", {"why": str(exc)})]) from None
    except Exception as exc:  # noqa: BLE001 - a zip or XML that is not a workbook: one clear refusal
        raise ValidationError([FieldProblem("path", "unreadable", {"why": str(exc)})]) from None
    try:
        ws = wb.worksheets[0]
        header: dict[int, str] | None = None
        header_row = 0
        rows: list[_Row] = []
        for number, cells in enumerate(ws.iter_rows(values_only=True), 1):
            if header is None:
                found = _header_map(cells, titles)
                if all(k in found.values() for k in REQUIRED_COLUMNS):
                    header, header_row = found, number
                elif number >= 10:
                    break
                continue
            values = {key: cells[i] if i < len(cells) else None for i, key in header.items()}
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
                continue
            rows.append(_Row(number, values))
    finally:
        wb.close()
    if header is None:
        raise ValidationError([FieldProblem("path", "no_header", {"required": REQUIRED_COLUMNS})])
    return rows, header_row


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    return str(value).strip()


def _cell_date(value: object) -> date | None | str:
    """A date cell or text (2024-05-01, 2024/5/1, 2024.5.1); ``"bad"`` when it is not one."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", str(value).strip())
    if match:
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            return "bad"
    return "bad"


def _cell_decimal(value: object) -> Decimal | None | str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return "bad"
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    text = str(value).strip().replace(",", "").replace("¥", "").replace("￥", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return "bad"
    return number if number.is_finite() else "bad"


def _status_names(labels: Labels | None) -> dict[str, str]:
    names = {s: s for s in EQUIPMENT_STATUSES}
    for code, word in (labels or {}).get("status", {}).items():
        if code in EQUIPMENT_STATUSES and word:
            names[_norm(word)] = code
    return names


Progress = Callable[[str, int, int], None]


def import_equipment(ctx: AppContext, path: str | Path, *, progress: Progress | None = None,
                     titles: Mapping[str, str] | None = None, labels: Labels | None = None) -> ImportResult:
    """Import the register rows of an .xlsx (as ``export_equipment`` writes them): every row is read and
    checked first (store by code, category by code or name, dates, price, the item's own rules, asset codes
    and serial numbers repeated in the file or belonging to another item); when any row is wrong nothing is
    imported and ``ImportRowsError`` lists every bad row (its number in the sheet, the field, the reason).
    Otherwise all rows are written in one transaction: a known asset code updates its item (its status
    only along the lifecycle), a new or blank one creates an item. ``progress(stage, done, total)`` is
    called with stage "check" then "import"; it may raise ``Cancelled`` (nothing is written then)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError([FieldProblem("path", "unsupported_format", {"allowed": (".xlsx",),
                                                                          "suffix": path.suffix.lower()})])
    if not path.is_file():
        raise ValidationError([FieldProblem("path", "not_found", {"path": str(path)})])
    rows, _ = _read_sheet(path, titles)
    if not rows:
        raise ValidationError([FieldProblem("path", "no_rows")])
    statuses = _status_names(labels)
    created = updated = 0
    with ctx.tx() as s:
        require(s, ctx, A.EQUIPMENT_MANAGE)
        stores = {st.code.lower(): st for st in s.scalars(select(Store).where(Store.deleted.is_(False)))}
        categories: dict[str, EquipmentCategory] = {}
        for c in _categories(s):
            for key in (c.code, c.name, c.name_en):
                if key:
                    categories.setdefault(_norm(key), c)
        by_code: dict[str, Equipment] = {}
        by_serial: dict[str, list[Equipment]] = {}
        for e in s.scalars(select(Equipment).where(Equipment.deleted.is_(False))):
            by_code.setdefault(e.asset_code.lower(), e)
            if e.serial_number:
                by_serial.setdefault(e.serial_number.lower(), []).append(e)
        problems: list[RowProblem] = []
        plans: list[tuple[_Row, EquipmentInput, Equipment | None, str | None]] = []
        codes_seen: dict[str, int] = {}
        serials_seen: dict[str, int] = {}
        total = len(rows)
        for done, row in enumerate(rows, 1):
            plan = _check_row(s, row, stores, categories, statuses, by_code, by_serial, codes_seen, serials_seen,
                              problems)
            if plan is not None:
                plans.append(plan)
            if progress and (done % 100 == 0 or done == total):
                progress("check", done, total)
        if problems:
            raise ImportRowsError(problems)
        # every store the file writes to (a moved item's old one too) must be one of the user's
        require(s, ctx, A.EQUIPMENT_MANAGE, [x for _r, d, item, _st in plans for x in (d.store_id, item and item.store_id)
                                             if x])
        taken = set(by_code) | set(codes_seen)
        for done, (_row, data, item, status) in enumerate(plans, 1):
            if item is None:
                _create(s, data, ctx.user_id, status, note="import", taken=taken)
                created += 1
            else:
                _write(item, data)
                if status and status != item.status:
                    move_in(s, item, status, ctx.user_id, "import")
                updated += 1
            if progress and (done % 100 == 0 or done == total):
                progress("import", done, total)
    return ImportResult(created, updated)


def _check_row(s: Session, row: _Row, stores: Mapping[str, Store], categories: Mapping[str, EquipmentCategory],
               statuses: Mapping[str, str], by_code: Mapping[str, Equipment],
               by_serial: Mapping[str, list[Equipment]], codes_seen: dict[str, int], serials_seen: dict[str, int],
               problems: list[RowProblem]) -> tuple[_Row, EquipmentInput, Equipment | None, str | None] | None:
    v = row.values
    bad: list[RowProblem] = []

    def fail(field_name: str, reason: str, value: object = None, **params: object) -> None:
        bad.append(RowProblem(row.number, field_name, reason, dict(params), _text(value)))

    store_code = _text(v.get("store_code"))
    store = stores.get(store_code.lower())
    if not store_code:
        fail("store_code", "required")
    elif store is None:
        fail("store_code", "not_found", store_code)
    category_text = _text(v.get("category"))
    category = categories.get(_norm(category_text))
    if not category_text:
        fail("category", "required")
    elif category is None:
        fail("category", "not_found", category_text)
    dates: dict[str, date | None] = {}
    for key in (*DATE_FIELDS, "warranty_end"):
        day = _cell_date(v.get(key))
        if day == "bad":
            fail(key, "not_a_date", v.get(key))
            day = None
        dates[key] = day
    price = _cell_decimal(v.get("price"))
    if price == "bad":
        fail("price", "not_number", v.get("price"))
        price = None
    life_cell = _cell_decimal(v.get("service_life_years"))
    life: int | None = None
    if life_cell == "bad" or (isinstance(life_cell, Decimal) and life_cell != life_cell.to_integral_value()):
        fail("service_life_years", "not_whole_number", v.get("service_life_years"))
    elif isinstance(life_cell, Decimal):
        life = int(life_cell)
    params = parse_params(_text(v.get("params")))
    if params is None:
        fail("params", "invalid_params", v.get("params"))
        params = ()
    status_text = _text(v.get("status"))
    status = statuses.get(_norm(status_text)) if status_text else None
    if status_text and status is None:
        fail("status", "invalid_choice", status_text)

    asset_code = _text(v.get("asset_code"))
    existing = None
    if asset_code:
        existing = by_code.get(asset_code.lower())
        first = codes_seen.setdefault(asset_code.lower(), row.number)
        if first != row.number:
            fail("asset_code", "duplicate_in_file", asset_code, first_row=first)
    serial = _text(v.get("serial_number"))
    if serial:
        first = serials_seen.setdefault(serial.lower(), row.number)
        if first != row.number:
            fail("serial_number", "duplicate_in_file", serial, first_row=first)
        else:
            other = next((e for e in by_serial.get(serial.lower(), ()) if existing is None or e.id != existing.id),
                         None)
            if other is not None:
                fail("serial_number", "duplicate", serial, asset_code=other.asset_code)
    if existing is not None and status and status != existing.status \
            and status not in NEXT_STATUSES.get(existing.status, ()):
        fail("status", "transition", status_text, current=existing.status)

    data = EquipmentInput(
        store_id=store.id if store else "", category_id=category.id if category else "", name=_text(v.get("name")),
        brand=_text(v.get("brand")), model=_text(v.get("model")), serial_number=serial, asset_code=asset_code,
        supplier=_text(v.get("supplier")), params=params, location=_text(v.get("location")),
        ordered_on=dates["ordered_on"], delivered_on=dates["delivered_on"], installed_on=dates["installed_on"],
        accepted_on=dates["accepted_on"], warranty_end=dates["warranty_end"], service_life_years=life,
        price=price if isinstance(price, Decimal) else None, notes=_text(v.get("notes")))
    check = Checker()
    data = validate_equipment(s, data, existing.id if existing else None, check=check)
    reported = {p.field for p in bad}
    column_of = {"store_id": "store_code", "category_id": "category"}
    for p in check.problems:
        column = column_of.get(p.field, p.field)
        if column in reported:
            continue  # the cell's own problem is already listed
        fail(column, p.reason, v.get(column), **p.params)
    if bad:
        problems.extend(bad)
        return None
    return row, data, existing, status


# ---------------------------------------------------------------- photos and documents

# What a file attached to an item is: a photo (a picture only), or a document (a PDF or a picture).
DOCUMENT_KINDS = ("photo", "manual", "warranty_card", "packing_list", "other")
DOCUMENTS_OWNER = "equipment"  # the attachment links' owner_table


@dataclass(frozen=True)
class DocumentDTO:
    """A photo or document of an item: ``kind`` one of ``DOCUMENT_KINDS``; ``thumbnail`` None for a PDF."""

    link_id: str
    sha256: str
    kind: str
    name: str  # the file's original name
    mime: str
    size: int
    path: Path
    thumbnail: Path | None

    @property
    def is_pdf(self) -> bool:
        return self.mime == "application/pdf"


def add_document(ctx: AppContext, equipment_id: str, source: str | Path, kind: str = "photo") -> DocumentDTO:
    """Attach a file to an item as ``kind``: a photo must be a picture (NotAnImageError); a manual, warranty
    card, packing list or other document a PDF or a picture (NotADocumentError, DocumentTooLargeError),
    judged by content, not by name. Refused: nothing is stored or linked."""
    from opsdesk.services import attachments

    if kind not in DOCUMENT_KINDS:
        raise ValidationError([FieldProblem("kind", "invalid_choice", {"allowed": DOCUMENT_KINDS})])
    with ctx.read() as s:
        require(s, ctx, A.EQUIPMENT_MANAGE, _live(s, equipment_id).store_id)  # before the file is stored
    store = attachments.store_for(ctx)
    stored = store.put(source) if kind == "photo" else store.put_document(source)
    with ctx.tx() as s:
        _live(s, equipment_id)
        made = attachments.link_stored(s, ctx, stored, DOCUMENTS_OWNER, equipment_id, purpose=kind)
    return DocumentDTO(made.link_id or "", made.id, kind, made.original_name, made.mime, made.size, made.path,
                       None if made.mime == "application/pdf" else made.thumbnail)


def documents(ctx: AppContext, equipment_id: str) -> list[DocumentDTO]:
    """The item's photos and documents, in the order they were added."""
    from opsdesk.models import Attachment, AttachmentLink
    from opsdesk.services import attachments

    out = []
    with ctx.read() as s:
        _live(s, equipment_id)
        rows = s.execute(
            select(Attachment, AttachmentLink.id, AttachmentLink.purpose)
            .join(AttachmentLink, AttachmentLink.attachment_id == Attachment.id)
            .where(AttachmentLink.owner_table == DOCUMENTS_OWNER, AttachmentLink.owner_id == equipment_id,
                   AttachmentLink.deleted.is_(False))
            .order_by(AttachmentLink.sort_order, AttachmentLink.created_at, AttachmentLink.id))
        store = attachments.store_for(ctx)
        for a, link_id, purpose in rows:
            out.append(DocumentDTO(link_id, a.id, purpose if purpose in DOCUMENT_KINDS else "other", a.original_name,
                                   a.mime, a.size, store.path_for(a.id),
                                   None if a.mime == "application/pdf" else store.thumb_for(a.id)))
    return out


def remove_document(ctx: AppContext, equipment_id: str, link_id: str) -> None:
    """Remove a photo or document from the item (a tombstone: the file and its history stay);
    NotFoundError when the link is not the item's."""
    from opsdesk.models import AttachmentLink

    with ctx.tx() as s:
        require(s, ctx, A.EQUIPMENT_MANAGE, _live(s, equipment_id).store_id)
        link = s.get(AttachmentLink, link_id)
        if link is None or link.deleted or link.owner_table != DOCUMENTS_OWNER or link.owner_id != equipment_id:
            raise NotFoundError("attachment_link", id=link_id)
        link.deleted = True
