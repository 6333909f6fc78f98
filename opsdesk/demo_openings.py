"""Demo openings (新店筹备): three new stores in preparation, each at another stage of its countdown.

- **At risk** (上海, the demo's current supervisor's area): day zero in 12 days, moved once (消防验收推迟).
  Both fit-out gates passed by signed acceptances with measured values (the exterior one conditionally: a
  failed standing sign became a corrective action due before day zero); the equipment is installed but not
  accepted yet, so the equipment gate -- moved to a fixed date three days ahead when the supplier was late
  -- is due within the week and not passed; two of three people trained. (Each signed acceptance costs
  about a third of a second to freeze: the demo keeps to the ones that tell the story.)
- **Ready to open** (杭州): day zero in 3 days; every gate passed (fit-out acceptances signed; the equipment
  accepted -- the last item by a signed 设备验收, which passed the equipment gate by itself; everyone
  trained); every milestone done but opening day, so ``open_store`` opens it without an override.
- **Just started** (成都, a franchise store whose franchisee is its store manager, on the built-in franchise
  plan): day zero in 78 days, only the site confirmed; the franchise contract -- the franchisee's step -- is
  two days late, so the list shows a late project and the franchisee's start-up reminders a late milestone.
  (A fit-out acceptance cannot start before fit-out has started: the plan's own rule.)

The stores, their people and their equipment are written in the demo's build transaction with ids from the
seeded generator (``add_opening_stores``), like every demo store, user and register, so the same seed gives
the same workspace. Everything of the openings themselves goes through the services afterwards
(``build_openings``): projects, milestones, date moves, gate acceptances answered, completed and signed by
the supervisor, the store manager and the contractor, equipment acceptances signed by the supplier,
training sign-offs -- so every rule holds and every change is captured for sync.
"""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from opsdesk.models import Assignment, Store, User
from opsdesk.services.context import AppContext

# key, area code, site, kind, days to day zero (after the move for the first), staff besides the manager
STORES = (
    ("at_risk", "SH", "前滩", "direct", 12, 2),
    ("ready", "HZ", "未来科技城", "direct", 3, 2),
    ("started", "CD", "交子大道", "franchise", 78, 1),
)
FIRST_TARGET = 5  # the at-risk store's day zero before the move (days from today)
EQUIPMENT_GATE_DAY = 3  # the at-risk store's equipment acceptance, moved to a fixed date (days from today)

# The measured values of the fit-out acceptances (new_store_fitout): key -> (interior, exterior)
MEASURED = {
    "room_length": ("6.2", "6.2"),  # m, >= 5.7
    "main_meter_capacity": ("18", "18"),  # kW, >= 15
    "main_breaker_rating": ("80", "80"),  # A, >= 70
    "circuit_breaker_rating": ("40", "40"),  # A, >= 40
    "wire_cross_section": ("10", "10"),  # mm², >= 6
    "measured_voltage": ("226", "224"),  # V, 210..235
}
EQUIPMENT_GOOD = {"supply_voltage": "228", "earthing_resistance": "0.8", "running_current": "9.5"}
CONTRACTORS = ("上海筑美装饰工程有限公司 周建平", "杭州鼎盛装饰工程有限公司 沈国良")
NOTES = {
    "at_risk": "前滩太古里对面临街铺，面积 86㎡。原定开业日因商场消防验收推迟顺延一周；设备供应商到货延迟，"
               "设备验收改期，需在开业前完成。",
    "ready": "未来科技城地铁站 C 口商业街，面积 72㎡。各项验收已完成，员工培训全部签认，等待开业。",
    "started": "加盟店，交子大道写字楼底商，面积 65㎡。选址已确认，加盟合同条款（保证金金额）仍在协商。",
}
MOVE_REASON = "商场整体消防验收推迟，物业通知开业日顺延一周"


@dataclass
class OpeningStore:
    key: str
    store_id: str
    manager_id: str
    supervisor_id: str
    owner_id: str  # the project owner: the region's ops manager
    staff_ids: list[str]
    days: int
    equipment_ids: list[str] = field(default_factory=list)


@dataclass
class OpeningsPlan:
    """What ``add_opening_stores`` wrote, for ``build_openings``."""

    stores: list[OpeningStore] = field(default_factory=list)

    @property
    def store_count(self) -> int:
        return len(self.stores)

    @property
    def items(self) -> int:  # equipment items of the new stores
        return sum(len(st.equipment_ids) for st in self.stores)


def add_opening_stores(s, mk, add_user: Callable[[str], User], supervisors: dict[str, str],
                       owners: dict[str, str], today: date) -> OpeningsPlan:
    """Inside the demo's build transaction ``s``: the three new stores (status preparing) in their areas with
    a store manager (on the franchise store: the franchisee), staff and the area's supervisor
    (``supervisors``: area code -> user id), the project owner the region's ops manager (``owners``: region
    code -> user id), and the equipment of the two stores that have it (installed,
    one item of each kind). ``mk`` is the demo's seeded maker (ids, people), ``add_user`` its user factory."""
    from opsdesk.demo import REGIONS, STREETS
    from opsdesk.models import Region

    plan = OpeningsPlan()
    areas = {a[0]: (rcode, a) for rcode, _n, area_list in REGIONS for a in area_list}
    region_of = {r.code: r for r in s.scalars(select(Region).where(Region.deleted.is_(False)))}
    for key, acode, site, kind, days, staff in STORES:
        rcode, (_c, _aname, city, tel, districts, _sites) = areas[acode]
        area = region_of[acode]
        codes = list(s.scalars(select(Store.code).where(Store.code.startswith(acode, autoescape=True))))
        number = max((int(c[len(acode):]) for c in codes if c[len(acode):].isdigit()), default=0) + 1
        store = Store(id=mk.uid(), code=f"{acode}{number:03d}", name=f"{city}{site}店", kind=kind,
                      region_id=area.id,
                      address=f"{city}市{mk.rng.choice(districts)}{mk.rng.choice(STREETS)}{mk.rng.randint(1, 899)}号",
                      phone=f"{tel}-{mk.rng.randint(5_000_0000, 8_999_9999)}", status="preparing", opened_on=None)
        s.add(store)
        manager = add_user("store_manager")
        people = [add_user("staff") for _ in range(staff)]
        s.flush()
        supervisor = supervisors[acode]
        s.add(Assignment(id=mk.uid(), user_id=manager.id, store_id=store.id, role="manager"))
        s.add(Assignment(id=mk.uid(), user_id=supervisor, store_id=store.id, role="supervisor"))
        for person in people:
            s.add(Assignment(id=mk.uid(), user_id=person.id, store_id=store.id, role="staff"))
        owner = owners[rcode]
        plan.stores.append(OpeningStore(key, store.id, manager.id, supervisor, owner, [p.id for p in people], days))
    s.flush()
    _equipment(s, mk, plan, today)
    return plan


def _equipment(s, mk, plan: OpeningsPlan, today: date) -> None:
    """One installed item of each kind at the at-risk and the ready store, with its history (ordered,
    delivered, installed); written like the rest of the demo register (``demo_equipment``)."""
    from opsdesk.demo_equipment import CATALOG, _at
    from opsdesk.models.equipment import Equipment, EquipmentCategory, EquipmentEvent
    from opsdesk.services.equipment import add_years
    from opsdesk.sync.capture import bulk_insert

    categories = {c.code: c for c in s.scalars(select(EquipmentCategory).where(EquipmentCategory.deleted.is_(False)))}
    items, events = [], []
    for st in plan.stores:
        if st.key == "started":
            continue
        store = s.get(Store, st.store_id)
        kinds = [k for k in CATALOG if k in categories]
        for n, code in enumerate(kinds):
            name, places, life, warranty, models = CATALOG[code]
            # At the ready store every item but the last was accepted on its own; the last one's signed
            # acceptance (build_openings) passes the equipment gate.
            accepted = today - timedelta(days=13 - n) if st.key == "ready" and n < len(kinds) - 1 else None
            brand, model, supplier, price, prefix, params = mk.rng.choice(models)
            item_id = mk.uid()
            ordered = today - timedelta(days=40 + n)
            delivered = today - timedelta(days=22 - n)
            installed = today - timedelta(days=15 - n)
            items.append({
                "id": item_id, "store_id": store.id, "category_id": categories[code].id, "name": name,
                "brand": brand, "model": model, "serial_number": f"{prefix}{installed:%y%m}{mk.rng.randint(100000, 999999)}",
                "asset_code": f"{store.code}-{categories[code].code}-{item_id.replace('-', '')[:6].upper()}",
                "supplier": supplier, "location": places[0],
                "params": json.dumps([{"name": p, "value": v.format(n=20 + n), "unit": u} for p, v, u in params],
                                     ensure_ascii=False),
                "ordered_on": ordered, "delivered_on": delivered, "installed_on": installed, "accepted_on": accepted,
                "warranty_end": add_years(installed, warranty), "service_life_years": life, "price": price,
                "status": "accepted" if accepted else "installed", "notes": "",
            })
            st.equipment_ids.append(item_id)
            previous = None
            for day, hour, status, who in ((ordered, 10, "ordered", st.supervisor_id),
                                           (delivered, 14, "delivered", st.manager_id),
                                           (installed, 16, "installed", st.manager_id),
                                           *([(accepted, 11, "accepted", st.supervisor_id)] if accepted else [])):
                events.append({"id": mk.uid(), "equipment_id": item_id, "from_status": previous, "to_status": status,
                               "user_id": who, "at": _at(day, hour), "note": ""})
                previous = status
    bulk_insert(s, Equipment, items)
    bulk_insert(s, EquipmentEvent, events)


# ---------------------------------------------------------------- after the transaction: the services


class _Driver:
    """Acts through the services as the person who would do each step."""

    def __init__(self, ctx: AppContext, rng: random.Random, folder: Path) -> None:
        self.ctx, self.rng, self.folder = ctx, rng, folder
        with ctx.read() as s:
            self.names = dict(s.execute(select(User.id, User.name)).all())

    def as_(self, user_id: str) -> _Driver:
        self.ctx.user_id = user_id
        return self

    def photo(self, name: str, colour: tuple[int, int, int]) -> Path:
        from PIL import Image, ImageDraw

        path = self.folder / f"{name}.jpg"
        if not path.exists():
            img = Image.new("RGB", (320, 240), colour)
            draw = ImageDraw.Draw(img)
            draw.rectangle((40, 50, 280, 190), outline=(255, 255, 255), width=6)
            draw.line((40, 190, 160, 110, 280, 190), fill=(255, 255, 255), width=4)
            img.save(path, "JPEG", quality=70)
        return path

    def answer(self, run_id: str, values: dict[str, str], failing: dict[str, str] | None = None) -> None:
        """Answer every item of the run: measured numbers from ``values``, text and dates, passes except the
        ``failing`` items (each with its note and a photo), a photo for photo items; then complete it."""
        from opsdesk.services import runs

        failing = failing or {}
        for it in runs.get_run(self.ctx, run_id).version.items():
            if it.answer_type in ("number", "text", "date"):
                runs.set_answer(self.ctx, run_id, it.id, values[it.key])
            elif it.answer_type == "photo":
                runs.add_photo(self.ctx, run_id, it.id, self.photo(it.key, (92, 118, 140)))
            elif it.key in failing:
                runs.set_answer(self.ctx, run_id, it.id, "fail")
                runs.set_note(self.ctx, run_id, it.id, failing[it.key])
                runs.add_photo(self.ctx, run_id, it.id, self.photo(it.key, (150, 90, 70)))
            else:
                runs.set_answer(self.ctx, run_id, it.id, "pass")
        runs.complete(self.ctx, run_id)

    def sign(self, run_id: str, st: OpeningStore, third_role: str, third_name: str) -> None:
        from opsdesk.demo_activity import _scribble
        from opsdesk.services import signatures

        self.as_(st.supervisor_id)
        signatures.sign_run(self.ctx, run_id, "supervisor", self.names[st.supervisor_id], _scribble(self.rng),
                            signer_id=st.supervisor_id)
        signatures.sign_run(self.ctx, run_id, "store_manager", self.names[st.manager_id], _scribble(self.rng),
                            signer_id=st.manager_id)
        signatures.sign_run(self.ctx, run_id, third_role, third_name, _scribble(self.rng), signer_id=st.supervisor_id)

    def done(self, project_id: str, st: OpeningStore, *keys: str, notes: dict[str, str] | None = None) -> None:
        """Mark milestones done, each as one of its owners (the project owner when it is not the store's)."""
        from opsdesk.services import openings

        project = openings.get_project(self.ctx, project_id)
        owners = openings.owner_ids(self.ctx, project_id)
        for key in keys:
            m = project.milestone(key)
            mine = owners.get(m.id, ())
            self.as_(mine[0] if mine else st.owner_id)
            openings.complete_milestone(self.ctx, m.id, (notes or {}).get(key, ""))

    def fitout(self, project_id: str, st: OpeningStore, key: str, contractor: str,
               failing: dict[str, str] | None = None) -> str:
        """The gate's acceptance: started and answered by the supervisor, signed by the three."""
        from opsdesk.services import openings

        column = 0 if key == "interior_acceptance" else 1
        self.as_(st.supervisor_id)
        run = openings.start_gate_acceptance(self.ctx, openings.get_project(self.ctx, project_id).milestone(key).id)
        self.answer(run.id, {k: v[column] for k, v in MEASURED.items()}, failing)
        self.sign(run.id, st, "contractor", contractor)
        return run.id

    def accept_item(self, st: OpeningStore, item_id: str) -> None:
        """A 设备验收 of the item, signed by the supervisor, the store manager and the supplier's man."""
        from opsdesk.demo_equipment import SUPPLIER_CONTACTS
        from opsdesk.services import acceptance, equipment

        item = equipment.get_equipment(self.ctx, item_id)
        self.as_(st.supervisor_id)
        run = acceptance.start_acceptance(self.ctx, item_id)
        params = "，".join(f"{p.name} {p.value}{p.unit}" for p in item.params)
        self.answer(run.id, {**EQUIPMENT_GOOD, "serial_number": item.serial_number,
                             "model_and_parameters": f"{item.brand} {item.model}；{params}",
                             "installation_date": item.installed_on.isoformat()})
        self.sign(run.id, st, "supplier", self.rng.choice(SUPPLIER_CONTACTS))


def build_openings(ctx: AppContext, rng: random.Random, plan: OpeningsPlan, today: date | None = None) -> int:
    """Drive the three openings through the services (see the module docstring); returns how many projects.
    The current user is restored afterwards."""
    today = today or date.today()
    before = ctx.user_id
    by_key = {st.key: st for st in plan.stores}
    made = 0
    try:
        with tempfile.TemporaryDirectory(prefix="opsdesk-demo-") as tmp:
            d = _Driver(ctx, rng, Path(tmp))
            if "at_risk" in by_key:
                _at_risk(d, by_key["at_risk"], today)
                made += 1
            if "ready" in by_key:
                _ready(d, by_key["ready"], today)
                made += 1
            if "started" in by_key:
                _started(d, by_key["started"], today)
                made += 1
    finally:
        ctx.user_id = before
    return made


def _create(d: _Driver, st: OpeningStore, target: date):
    from opsdesk.services import openings

    d.as_(st.owner_id)
    franchisee = st.manager_id if st.key == "started" else None
    return openings.create_project(d.ctx, st.store_id, target, owner_id=st.owner_id, franchisee_id=franchisee,
                                   notes=NOTES[st.key])


def _at_risk(d: _Driver, st: OpeningStore, today: date) -> None:
    from opsdesk.services import openings

    p = _create(d, st, today + timedelta(days=FIRST_TARGET))
    d.done(p.id, st, "site_confirmed", "lease_signed", "fitout_started",
           notes={"lease_signed": "租期 5 年，免租期 2 个月", "fitout_started": "施工方：上海筑美装饰，工期 30 天"})
    d.fitout(p.id, st, "interior_acceptance", CONTRACTORS[0])
    d.fitout(p.id, st, "exterior_acceptance", CONTRACTORS[0],
             failing={"standing_sign": "立牌底座未固定，施工方承诺开业前加固"})
    d.done(p.id, st, "equipment_enters", "opening_plan_approved",
           notes={"equipment_enters": "空调、收银机、冷柜、监控、音响均已到店安装"})
    d.as_(st.owner_id)
    moved = openings.move_target(d.ctx, p.id, today + timedelta(days=st.days), MOVE_REASON)
    gate = moved.milestone("equipment_acceptance")
    openings.fix_milestone_date(d.ctx, gate.id, today + timedelta(days=EQUIPMENT_GATE_DAY))
    openings.set_milestone_note(d.ctx, gate.id, "冷柜、监控供应商到货延迟，设备验收改期，须在开业前全部验收")
    training = moved.milestone("staff_training")
    d.as_(st.manager_id)
    for person in [st.manager_id, *st.staff_ids][:2]:  # two of three signed off
        openings.sign_off_training(d.ctx, training.id, person, "收银操作、产品介绍考核合格")


def _ready(d: _Driver, st: OpeningStore, today: date) -> None:
    from opsdesk.services import openings

    p = _create(d, st, today + timedelta(days=st.days))
    d.done(p.id, st, "site_confirmed", "lease_signed", "fitout_started",
           notes={"lease_signed": "租期 6 年", "fitout_started": "施工方：杭州鼎盛装饰，工期 28 天"})
    d.fitout(p.id, st, "interior_acceptance", CONTRACTORS[1])
    d.fitout(p.id, st, "exterior_acceptance", CONTRACTORS[1])
    d.done(p.id, st, "equipment_enters", notes={"equipment_enters": "设备全部到店安装完毕"})
    d.accept_item(st, st.equipment_ids[-1])  # the last item: its signed acceptance passes the equipment gate
    training = p.milestone("staff_training")
    d.as_(st.manager_id)
    for person in [st.manager_id, *st.staff_ids]:
        openings.sign_off_training(d.ctx, training.id, person, "收银操作、产品介绍考核合格")
    d.done(p.id, st, "opening_plan_approved", "promotion_ready",
           notes={"opening_plan_approved": "开业计划书已由运营部审批", "promotion_ready": "开业满 50 减 10、会员双倍积分物料已到店"})


def _started(d: _Driver, st: OpeningStore, today: date) -> None:
    from opsdesk.services import openings

    p = _create(d, st, today + timedelta(days=st.days))
    d.done(p.id, st, "site_confirmed", notes={"site_confirmed": "客流调研完成，周边 500 米内 3 栋写字楼"})
    # The franchisee's contract (the franchise plan's second step), two days late.
    late = next((m for m in p.milestones if m.key == "franchise_contract"), p.milestones[1])
    d.as_(st.owner_id)
    openings.set_milestone_note(d.ctx, late.id, "保证金金额仍在协商，加盟商承诺本周内签约")
