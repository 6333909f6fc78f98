"""Demo equipment: every store's register, a few signed acceptances and a fault log.

Each store gets a realistic set (air conditioners, cash registers, a fridge or two, cameras, a sound
system) with brands, models, serials, suppliers, parameters, prices, dates and warranties; items of a
store being opened are still ordered or delivered. A few warranties end within 30 days and one item is
past its service life, so the start-up warnings have something to say.

Seven items were installed lately and accepted with the built-in 设备验收 template: three accepted, two
conditionally (each failed item a condition, raised as a corrective action), one rejected (the earthing
failed), one still waiting for the supplier's signature. The runs are written in the build transaction like the demo inspections (``_RunWriter``); they
are signed afterwards by the supplier, the store manager and the supervisor through the signing
service (``sign_acceptances``), which freezes them and gives each item its result.

Faults: closed ones with their repair (cost in exact 元) and cause, open ones (some for weeks), and one
item with a repeat fault. Everything is drawn from the demo's seeded generator.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from opsdesk.models import (
    ActionEvent,
    Answer,
    Assignment,
    ChecklistRun,
    CorrectiveAction,
    Store,
)
from opsdesk.models.equipment import (
    Equipment,
    EquipmentCategory,
    EquipmentEvent,
    EquipmentFault,
)
from opsdesk.services.equipment import add_years
from opsdesk.services.visits import to_utc
from opsdesk.sync.capture import bulk_insert

# category code -> (item name, locations, service life in years, warranty in years,
#                   [(brand, model, supplier, price, serial prefix, [(param, value, unit)])])
CATALOG: dict[str, tuple[str, tuple[str, ...], int, int, list[tuple]]] = {
    "KT": ("柜式空调", ("卖场东侧", "卖场西侧", "收银区上方", "仓库"), 10, 3, [
        ("格力", "KFR-72LW/(72532)FNhAa-B1", "格力电器（上海）销售有限公司", Decimal("8999.00"), "GL",
         [("制冷量", "7.2", "kW"), ("额定功率", "2.2", "kW"), ("额定电流", "10.5", "A"), ("额定电压", "220", "V")]),
        ("美的", "KFR-51LW/BP3DN8Y-YH200(B1)", "美的暖通设备销售有限公司", Decimal("6499.00"), "MD",
         [("制冷量", "5.1", "kW"), ("额定功率", "1.6", "kW"), ("额定电流", "7.8", "A"), ("额定电压", "220", "V")]),
        ("大金", "FVXG172NC-W", "大金空调（上海）有限公司", Decimal("15800.00"), "DK",
         [("制冷量", "7.1", "kW"), ("额定功率", "2.3", "kW"), ("额定电流", "11.2", "A"), ("额定电压", "220", "V")]),
    ]),
    "POS": ("收银机", ("1 号收银台", "2 号收银台", "3 号收银台"), 5, 2, [
        ("商米", "T2s", "商米科技（上海）有限公司", Decimal("3680.00"), "SM",
         [("屏幕", "15.6", "英寸"), ("额定功率", "65", "W"), ("IP地址", "192.168.1.{n}", "")]),
        ("联想", "M8800", "联想（北京）信息技术有限公司", Decimal("4299.00"), "LX",
         [("屏幕", "15", "英寸"), ("额定功率", "90", "W"), ("IP地址", "192.168.1.{n}", "")]),
    ]),
    "LG": ("饮料冷柜", ("入口饮料区", "收银台旁", "冷藏区"), 8, 2, [
        ("海尔", "SC-650GD", "海尔商用冷链设备有限公司", Decimal("4580.00"), "HE",
         [("容量", "650", "L"), ("额定功率", "0.45", "kW"), ("温度范围", "2~8", "℃")]),
        ("澳柯玛", "SC-1116FBX", "澳柯玛股份有限公司", Decimal("6980.00"), "AK",
         [("容量", "1116", "L"), ("额定功率", "0.68", "kW"), ("温度范围", "2~10", "℃")]),
    ]),
    "JK": ("监控摄像机", ("入口", "收银区", "仓库", "后门"), 6, 2, [
        ("海康威视", "DS-2CD3T46WDV3-I3", "海康威视数字技术股份有限公司", Decimal("620.00"), "HK",
         [("分辨率", "400", "万像素"), ("额定功率", "6", "W"), ("IP地址", "192.168.2.{n}", "")]),
        ("大华", "DH-IPC-HFW2433M-I1", "浙江大华技术股份有限公司", Decimal("480.00"), "DH",
         [("分辨率", "400", "万像素"), ("额定功率", "5", "W"), ("IP地址", "192.168.2.{n}", "")]),
    ]),
    "YX": ("背景音乐系统", ("卖场吊顶", "收银区"), 8, 1, [
        ("JBL", "Control 25-1", "哈曼（中国）投资有限公司", Decimal("2360.00"), "JB",
         [("额定功率", "100", "W"), ("阻抗", "8", "Ω")]),
        ("惠威", "VX6-C", "惠威科技有限公司", Decimal("1280.00"), "HW",
         [("额定功率", "60", "W"), ("阻抗", "8", "Ω")]),
    ]),
}
# how many of each a store has: (min, max)
PER_STORE = {"KT": (2, 3), "POS": (1, 3), "LG": (1, 2), "JK": (2, 3), "YX": (1, 1)}

SUPPLIER_CONTACTS = ["王建国", "李志刚", "赵永明", "陈海峰", "刘德胜", "孙国庆", "周文斌", "吴振华"]

# (symptom, severity, diagnosis, parts, cause)
FAULTS = {
    "KT": [("空调不制冷，出风口温度偏高", "high", "冷媒不足，低压管接头渗漏", "铜管接头、R32 冷媒 1.5kg", "安装时接头扩口不良，长期振动渗漏"),
           ("室内机漏水，滴到货架上", "normal", "排水管堵塞", "排水管", "过滤网清洁不及时，积尘堵塞排水")],
    "POS": [("收银机频繁死机，高峰期无法结账", "critical", "主板电容鼓包", "主板", "主板老化，散热风扇积尘"),
            ("小票打印机不出纸", "normal", "打印头脏污，切刀卡纸", "打印头", "热敏纸质量差，纸屑堆积")],
    "LG": [("冷柜温度升至 12℃，饮料不凉", "high", "压缩机启动电容损坏", "启动电容", "电压波动导致电容击穿"),
           ("柜门关不严，门封条结霜", "low", "门封条老化变形", "门封条", "频繁开关门，门封条老化")],
    "JK": [("摄像机画面黑屏，录像中断", "normal", "PoE 交换机端口损坏", "PoE 交换机", "雷雨天气感应浪涌"),
           ("夜间画面模糊", "low", "红外灯板故障", "红外灯板", "镜头防护罩进水")],
    "YX": [("音箱有电流声", "low", "功放接地不良", "音频线", "线路与照明线并行敷设，干扰")],
}
VENDORS = {"KT": "恒温机电维修服务部", "POS": "商米售后服务中心", "LG": "冷链设备维修站", "JK": "安防工程技术服务公司",
           "YX": "音响工程服务部"}
COSTS = [Decimal("0.00"), Decimal("180.00"), Decimal("260.00"), Decimal("450.00"), Decimal("880.00"), Decimal("1350.00")]

# The demo acceptances: (failed items, goes into service once signed, awaits the supplier's signature):
# accepted, conditionally accepted (a failed item; a measurement out of its limits), rejected (the veto
# item), and one completed but not signed by the supplier yet. Each full signing freezes its run, which
# costs about a quarter of a second: the demo keeps to a few.
ACCEPTANCES: tuple[tuple[tuple[str, ...], bool, bool], ...] = (
    ((), True, False), ((), True, False), ((), False, False), (("mounts_secure",), True, False),
    (("running_current",), False, False), (("power_earthing_safe",), False, False), ((), False, True),
)


@dataclass
class EquipmentPlan:
    """What ``build_equipment`` wrote, and what ``sign_acceptances`` still has to sign."""

    items: int = 0
    faults: int = 0
    open_faults: int = 0
    conditions: int = 0  # corrective actions raised from conditional acceptances
    # (run id, supervisor id, manager id, supplier contact, goes into service after it, awaits the supplier)
    to_sign: list[tuple[str, str, str, str, bool, bool]] = field(default_factory=list)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return to_utc(datetime.combine(day, time(hour, minute)))


def build_equipment(s, rng: random.Random, uid, today: date) -> EquipmentPlan:  # noqa: ANN001, C901
    """Write the register, the acceptance runs (with the conditions of the conditional ones) and the faults
    inside the caller's transaction ``s``; ``uid`` makes the ids (the demo's seeded generator)."""
    from opsdesk.demo_activity import _actions, _RunWriter
    from opsdesk.models import Template, TemplateVersion
    from opsdesk.services.templates import _version_dto

    plan = EquipmentPlan()
    people: dict[tuple[str, str], str] = {}
    for a in s.scalars(select(Assignment).where(Assignment.deleted.is_(False)).order_by(Assignment.id)):
        people.setdefault((a.store_id, a.role), a.user_id)
    categories = {c.code: c for c in s.scalars(select(EquipmentCategory).where(EquipmentCategory.deleted.is_(False)))}
    stores = list(s.scalars(select(Store).where(Store.deleted.is_(False)).order_by(Store.code)))
    items: list[dict] = []
    history: dict[str, list[tuple[datetime, str | None, str, str | None, str]]] = {}
    codes: set[str] = set()

    def step(item: dict, at: datetime, new: str, who: str | None, note: str = "") -> None:
        events = history.setdefault(item["id"], [])
        events.append((at, events[-1][2] if events else None, new, who, note))
        item["status"] = new

    for store in stores:
        manager, supervisor = people.get((store.id, "manager")), people.get((store.id, "supervisor"))
        opened = store.opened_on
        counter = 0
        for code, (name, places, life, warranty, models) in CATALOG.items():
            if code not in categories:
                continue
            brand, model, supplier, price, prefix, params = rng.choice(models)
            for n in range(rng.randint(*PER_STORE[code])):
                counter += 1
                item_id = uid()
                asset = f"{store.code}-{categories[code].code}-{item_id.replace('-', '')[:6].upper()}"
                while asset.lower() in codes:
                    asset += "X"
                codes.add(asset.lower())
                if opened is None:  # a store being opened: ordered a few weeks ago, some delivered
                    installed = accepted = None
                    ordered = today - timedelta(days=rng.randint(10, 40))
                    delivered = ordered + timedelta(days=rng.randint(5, 12)) if rng.random() < 0.5 else None
                    if delivered is not None and delivered >= today:
                        delivered = None
                else:  # installed at the opening or replaced since, within its service life
                    newest = today - timedelta(days=60)
                    oldest = max(opened, today - timedelta(days=365 * life - 90))
                    installed = oldest + timedelta(days=rng.randrange(0, max(1, (newest - oldest).days)))
                    installed = min(installed, newest) if opened <= newest else opened
                    delivered = installed - timedelta(days=rng.randint(1, 5))
                    ordered = delivered - timedelta(days=rng.randint(7, 30))
                    accepted = installed + timedelta(days=rng.randint(0, 3))
                start = accepted or installed or delivered or ordered
                item = {
                    "id": item_id, "store_id": store.id, "category_id": categories[code].id,
                    "name": f"{name} {n + 1} 号" if PER_STORE[code][1] > 1 else name, "brand": brand, "model": model,
                    "serial_number": f"{prefix}{start:%y%m}{rng.randint(100000, 999999)}", "asset_code": asset,
                    "supplier": supplier, "location": places[n % len(places)],
                    "params": json.dumps([{"name": p, "value": v.format(n=10 + counter), "unit": u}
                                          for p, v, u in params], ensure_ascii=False),
                    "ordered_on": ordered, "delivered_on": delivered, "installed_on": installed,
                    "accepted_on": accepted, "warranty_end": add_years(start, warranty),
                    "service_life_years": life, "price": price, "status": "ordered", "notes": "",
                    "_code": code, "_manager": manager, "_supervisor": supervisor,
                }
                step(item, _at(ordered, 10), "ordered", supervisor, "")
                if delivered:
                    step(item, _at(delivered, 14), "delivered", manager, "")
                if installed:
                    step(item, _at(installed, 9), "installed", manager, "")  # accepted the same day at the earliest
                if accepted:
                    step(item, _at(accepted, 11), "accepted", supervisor, "")
                    step(item, _at(accepted, 15), "in_service", manager, "")
                items.append(item)

    in_service = [i for i in items if i["status"] == "in_service"]
    rng.shuffle(in_service)
    # A few warranties end within 30 days; one item (an old air conditioner) is past its service life.
    for item in in_service[:4]:
        item["warranty_end"] = today + timedelta(days=rng.randint(3, 27))
    old = next((i for i in in_service[4:] if i["_code"] == "KT"), None)
    if old is not None:
        old["installed_on"] = today - timedelta(days=365 * old["service_life_years"] + rng.randint(20, 120))
        old["accepted_on"] = old["installed_on"] + timedelta(days=1)
        old["delivered_on"] = old["installed_on"] - timedelta(days=2)
        old["ordered_on"] = old["delivered_on"] - timedelta(days=14)
        old["warranty_end"] = add_years(old["accepted_on"], CATALOG["KT"][3])
        old["notes"] = "已超使用年限，计划更换"
        history[old["id"]] = []
        for day, hour, new, who in ((old["ordered_on"], 10, "ordered", old["_supervisor"]),
                                    (old["delivered_on"], 14, "delivered", old["_manager"]),
                                    (old["installed_on"], 9, "installed", old["_manager"]),
                                    (old["accepted_on"], 11, "accepted", old["_supervisor"]),
                                    (old["accepted_on"], 15, "in_service", old["_manager"])):
            step(old, _at(day, hour), new, who)

    # Eight items installed lately, accepted with the built-in template (signed after the transaction).
    tpl = s.execute(select(TemplateVersion).join(Template, Template.id == TemplateVersion.template_id).where(
        Template.code == "equipment_acceptance", TemplateVersion.status == "published")).scalars().first()
    version = _version_dto(s, tpl) if tpl is not None else None
    critical = {i.key for i in version.items() if i.critical} if version is not None else set()
    writer = _RunWriter(rng)
    conditional_runs: set[str] = set()
    candidates = [i for i in in_service[5:] if i is not old and i["_supervisor"] and i["_manager"]]
    chosen, seen_stores = [], set()
    for item in candidates:
        if item["store_id"] not in seen_stores and len(chosen) < len(ACCEPTANCES):
            chosen.append(item)
            seen_stores.add(item["store_id"])
    if version is not None:
        for n, (item, (failing, into_service, awaiting)) in enumerate(zip(chosen, ACCEPTANCES)):
            installed = today - timedelta(days=rng.randint(4, 25))
            item.update(installed_on=installed, delivered_on=installed - timedelta(days=2),
                        ordered_on=installed - timedelta(days=20), accepted_on=None,
                        warranty_end=add_years(installed, CATALOG[item["_code"]][3]))
            history[item["id"]] = []
            step(item, _at(item["ordered_on"], 10), "ordered", item["_supervisor"])
            step(item, _at(item["delivered_on"], 14), "delivered", item["_manager"])
            step(item, _at(installed, 16), "installed", item["_manager"])
            params = "，".join(f"{p['name']} {p['value']}{p['unit']}" for p in json.loads(item["params"]))
            day = installed + timedelta(days=rng.randint(1, 3))
            writer.add(version, item["store_id"], "acceptance", item["_supervisor"], day,
                       time(rng.randint(9, 15), rng.randrange(0, 60)), 1.0, set(), failing=frozenset(failing),
                       values={"serial_number": item["serial_number"],
                               "model_and_parameters": f"{item['brand']} {item['model']}；{params}",
                               "installation_date": installed.isoformat()},
                       equipment_id=item["id"])
            run_id = writer.runs[-1]["id"]
            if failing and not set(failing) & critical:
                conditional_runs.add(run_id)
            plan.to_sign.append((run_id, item["_supervisor"], item["_manager"],
                                 SUPPLIER_CONTACTS[n % len(SUPPLIER_CONTACTS)], into_service, awaiting))

    # Faults: closed ones with their repair and cause, open ones (some for weeks), one repeat.
    accepted_now = {i["id"] for i in chosen}
    pool = [i for i in in_service if i["id"] not in accepted_now and i is not old and i["_code"] in FAULTS]
    faults: list[dict] = []

    def fault(item: dict, reported: datetime, stage: str, *, cost: Decimal | None = None) -> None:
        symptom, severity, diagnosis, parts, cause = rng.choice(FAULTS[item["_code"]])
        row = {"id": uid(), "equipment_id": item["id"], "symptom": symptom, "severity": severity,
               "status": "reported", "reported_by": item["_manager"], "reported_at": reported}
        step(item, reported, "under_repair", item["_manager"], symptom)
        if stage in ("located", "repaired", "analysed", "closed"):
            row.update(status="located", located_at=reported + timedelta(hours=rng.randint(2, 20)),
                       diagnosis=diagnosis)
        if stage in ("repaired", "analysed", "closed"):
            repaired = row["located_at"] + timedelta(hours=rng.randint(4, 60))
            row.update(status="repaired", repaired_at=repaired, vendor=VENDORS[item["_code"]], parts=parts,
                       cost=cost if cost is not None else rng.choice(COSTS))
            step(item, repaired, "in_service", item["_manager"], VENDORS[item["_code"]])
        if stage in ("analysed", "closed"):
            row.update(status="analysed", analysed_at=row["repaired_at"] + timedelta(days=1), cause=cause)
        if stage == "closed":
            row.update(status="closed", closed_at=row["analysed_at"] + timedelta(hours=rng.randint(1, 30)))
        faults.append(row)

    now = to_utc(datetime.combine(today, time(9)))
    for item in pool[:10]:  # closed, from the last five months (after the item went into service)
        earliest = max(_at(item["accepted_on"], 15) + timedelta(days=3), now - timedelta(days=150))
        span = max(1, int((now - timedelta(days=20) - earliest).total_seconds() // 3600))
        fault(item, earliest + timedelta(hours=rng.randrange(0, span)), "closed")
    if len(pool) > 14:
        repeat = pool[10]  # reported again 35 days after the first: a repeat fault, open for weeks
        fault(repeat, now - timedelta(days=55), "closed", cost=Decimal("1350.00"))
        fault(repeat, now - timedelta(days=20), "reported")
        fault(pool[11], now - timedelta(days=18, hours=3), "located")  # open for more than 14 days
        fault(pool[12], now - timedelta(days=2, hours=5), "reported")
        fault(pool[13], now - timedelta(days=6), "repaired")  # repaired, its cause not analysed yet

    event_rows = [{"id": uid(), "equipment_id": item_id, "from_status": old_status, "to_status": new,
                   "user_id": who, "at": at, "note": note}
                  for item_id, events in history.items() for at, old_status, new, who, note in events]
    bulk_insert(s, Equipment, [{k: v for k, v in i.items() if not k.startswith("_")} for i in items])
    bulk_insert(s, EquipmentEvent, event_rows)
    bulk_insert(s, EquipmentFault, faults)
    if writer.runs:
        bulk_insert(s, ChecklistRun, writer.runs)
        bulk_insert(s, Answer, writer.answers)
        # The conditions of a conditional acceptance: corrective actions still open (as the day after it).
        failures = [f for f in writer.failures if f[6] in conditional_runs]
        action_rows, action_events = [], []
        for run_id in sorted(conditional_runs):
            writer.failures = [f for f in failures if f[6] == run_id]
            made, events = _actions(writer, rng, people, writer.failures[0][0] + timedelta(days=1))
            action_rows += made
            action_events += events
        bulk_insert(s, CorrectiveAction, action_rows)
        bulk_insert(s, ActionEvent, action_events)
        plan.conditions = len(action_rows)
    plan.items, plan.faults = len(items), len(faults)
    plan.open_faults = sum(1 for f in faults if f["status"] != "closed")
    return plan


def sign_acceptances(ctx, rng: random.Random, plan: EquipmentPlan) -> int:  # noqa: ANN001
    """Sign each demo acceptance as the store manager, the supervisor and the supplier (which freezes it
    and gives its item the result), then put the items meant for it into service; one waits for the
    supplier. Returns how many are signed by all three."""
    from opsdesk.demo_activity import _scribble
    from opsdesk.models import User
    from opsdesk.services import equipment, signatures

    signed = 0
    before = ctx.user_id
    try:
        for run_id, supervisor, manager, supplier, into_service, awaiting in plan.to_sign:
            ctx.user_id = supervisor  # who the item's history names for the result
            with ctx.read() as s:
                names = {u.id: u.name for u in s.scalars(select(User).where(User.id.in_([supervisor, manager])))}
            signatures.sign_run(ctx, run_id, "store_manager", names[manager], _scribble(rng), signer_id=manager)
            signatures.sign_run(ctx, run_id, "supervisor", names[supervisor], _scribble(rng), signer_id=supervisor)
            if awaiting:
                continue
            signatures.sign_run(ctx, run_id, "supplier", supplier, _scribble(rng), signer_id=supervisor)
            signed += 1
            if into_service:
                with ctx.tx() as s:
                    item = s.get(Equipment, s.get(ChecklistRun, run_id).equipment_id)
                    equipment.move_in(s, item, "in_service", manager, "验收后投入使用")
    finally:
        ctx.user_id = before
    return signed
