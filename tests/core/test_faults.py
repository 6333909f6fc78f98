"""Equipment faults (故障): every step and every refusal, downtime, repeat faults, the item's status
following its faults (with its history), corrective actions raised from a fault, photos, the queries
and the dashboard figures (open faults, mean time to repair) on a small hand-made set."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from opsdesk.errors import (
    FaultStepError,
    NotAnImageError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from opsdesk.models import Equipment
from opsdesk.services import actions, equipment, faults
from opsdesk.services.faults import FaultQuery

T0 = datetime(2025, 6, 2, 8, 0, 0)
# The queries (filters, counts, open faults by region, mean time to repair) are SQL the dialects write
# differently: the whole module runs on PostgreSQL too (tests/core/conftest.py).
BACKENDS = ("sqlite", "pg")
# The [pg] twins: the tests that reach what differs between the backends (tests/core/conftest.py PG_TWINS).
PG_TWINS = (
    "test_a_fault_goes_through_every_step_and_its_item_follows",
    "test_a_stale_step_is_refused",
    "test_downtime_runs_from_the_report_to_the_repair_or_now",
    "test_a_fault_within_90_days_after_another_of_the_same_item_is_a_repeat",
    "test_queries_filter_and_count",
    "test_open_faults_by_store_and_region",
    "test_mean_time_to_repair_by_store_and_region",
)


class Clock:
    """The faults service's clock (naive UTC), moved by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def at(self, hours: float = 0, days: float = 0) -> datetime:
        self.now = T0 + timedelta(hours=hours, days=days)
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:  # noqa: ANN001
    c = Clock()
    monkeypatch.setattr(faults, "utcnow", c)
    return c


@pytest.fixture
def category(ctx, admin):  # noqa: ANN001, ANN201
    equipment.ensure_default_categories(ctx)
    return next(c for c in equipment.list_categories(ctx) if c.code == "KT")


@pytest.fixture
def make_item(ctx, admin, category, make_store):  # noqa: ANN001, ANN201
    """An item of a store (a new store unless given), brought to ``status`` through the register's own
    lifecycle (``equipment.move_in``), as an acceptance would."""
    path = {"installed": (), "accepted": ("accepted",), "in_service": ("accepted", "in_service"),
            "retired": ("retired",)}
    counter = iter(range(1, 1000))

    def make(store=None, status: str = "in_service", name: str | None = None):  # noqa: ANN001, ANN202
        store = store or make_store()
        n = next(counter)
        item = equipment.create_equipment(ctx, equipment.EquipmentInput(
            store_id=store.id, category_id=category.id, name=name or f"空调 {n}", serial_number=f"SN{n:04d}",
            delivered_on=date(2025, 1, 2), installed_on=date(2025, 1, 3)))
        assert item.status == "installed"
        with ctx.tx() as s:
            row = s.get(Equipment, item.id)
            for step in path[status]:
                equipment.move_in(s, row, step, ctx.user_id, "setup")
        return equipment.get_equipment(ctx, item.id)

    return make


def item_status(ctx, item_id: str) -> str:  # noqa: ANN001
    return equipment.get_equipment(ctx, item_id).status


# How to bring a fresh fault to each status.
PATH = {
    "reported": (),
    "located": ("located",),
    "repaired": ("located", "repaired"),
    "analysed": ("located", "repaired", "analysed"),
    "closed": ("located", "repaired", "analysed", "closed"),
}


def take(ctx, fault_id: str, step: str):  # noqa: ANN001, ANN201
    if step == "located":
        return faults.locate(ctx, fault_id, "压缩机电容鼓包")
    if step == "repaired":
        return faults.repair(ctx, fault_id, "格力售后", "启动电容 35μF", Decimal("180.50"))
    if step == "analysed":
        return faults.analyse(ctx, fault_id, "电压波动导致电容老化")
    return faults.close(ctx, fault_id, "已回访")


def bring(ctx, fault_id: str, status: str):  # noqa: ANN001, ANN201
    fault = faults.get_fault(ctx, fault_id)
    for step in PATH[status]:
        fault = take(ctx, fault_id, step)
    return fault


# ---------------------------------------------------------------- the steps


def test_a_fault_goes_through_every_step_and_its_item_follows(ctx, admin, make_item, clock) -> None:  # noqa: ANN001
    item = make_item()
    assert item.status == "in_service"
    reported = faults.report_fault(ctx, item.id, "  不制冷，显示 E4  ", "high")
    assert (reported.status, reported.severity, reported.symptom) == ("reported", "high", "不制冷，显示 E4")
    assert reported.reported_at == T0 and reported.reported_by_name == admin.name
    assert (reported.asset_code, reported.equipment_name, reported.store_id) == (item.asset_code, item.name,
                                                                                 item.store_id)
    assert reported.next_steps() == ("located", "closed")
    # the item is under repair, with who, when and why in its history
    after = equipment.get_equipment(ctx, item.id)
    assert after.status == "under_repair" and after.open_faults == 1
    last = equipment.history(ctx, item.id)[-1]
    assert (last.from_status, last.to_status, last.user_name) == ("in_service", "under_repair", admin.name)
    assert "不制冷" in last.note

    clock.at(hours=1)
    located = faults.locate(ctx, reported.id, "压缩机电容鼓包")
    assert (located.status, located.diagnosis, located.located_at) == ("located", "压缩机电容鼓包", clock.now)
    assert item_status(ctx, item.id) == "under_repair"

    clock.at(hours=4, days=0)
    repaired = faults.repair(ctx, reported.id, "格力售后", "启动电容 35μF", "180.5")
    assert (repaired.status, repaired.vendor, repaired.parts) == ("repaired", "格力售后", "启动电容 35μF")
    assert repaired.cost == Decimal("180.50") and isinstance(repaired.cost, Decimal)
    assert repaired.repaired_at == clock.now and repaired.downtime_hours == Decimal("4.0")
    assert item_status(ctx, item.id) == "in_service"  # its only fault is repaired
    last = equipment.history(ctx, item.id)[-1]
    assert (last.from_status, last.to_status) == ("under_repair", "in_service")

    clock.at(days=2)
    analysed = faults.analyse(ctx, reported.id, "电压波动导致电容老化")
    assert (analysed.status, analysed.cause, analysed.analysed_at) == ("analysed", "电压波动导致电容老化", clock.now)
    closed = faults.close(ctx, reported.id)  # after the analysis no reason is needed
    assert (closed.status, closed.close_note, closed.closed_at) == ("closed", "", clock.now)
    assert closed.next_steps() == () and not closed.is_open
    assert closed.downtime_hours == Decimal("4.0")  # downtime ends at the repair, not the closing
    assert equipment.get_equipment(ctx, item.id).open_faults == 0
    assert len(equipment.history(ctx, item.id)) == 5  # installed, accepted, in service, under repair, back


REFUSED = [(status, target) for status in PATH for target in ("located", "repaired", "analysed", "closed")
           if target not in faults.NEXT_STEPS[status]]


@pytest.mark.parametrize(("status", "target"), REFUSED)
def test_a_step_out_of_order_is_refused_and_changes_nothing(ctx, admin, make_item, status, target,  # noqa: ANN001
                                                            sql) -> None:
    item = make_item()
    fault = bring(ctx, faults.report_fault(ctx, item.id, "异响").id, status)
    before = sql("SELECT * FROM equipment_fault WHERE id = ?", fault.id)
    item_before = equipment.get_equipment(ctx, item.id)
    with pytest.raises(FaultStepError) as caught:
        take(ctx, fault.id, target)
    assert caught.value.params == {"current": status, "target": target}
    assert sql("SELECT * FROM equipment_fault WHERE id = ?", fault.id) == before
    assert equipment.get_equipment(ctx, item.id) == item_before


def test_the_allowed_steps_are_exactly_the_lifecycle() -> None:
    assert faults.NEXT_STEPS == {"reported": ("located", "closed"), "located": ("repaired", "closed"),
                                 "repaired": ("analysed", "closed"), "analysed": ("closed",), "closed": ()}
    assert set(faults.NEXT_STEPS) == set(faults.FAULT_STATUSES)


def test_bad_input_is_refused_field_by_field_and_changes_nothing(ctx, admin, make_item, sql, count) -> None:  # noqa: ANN001
    item = make_item()
    with pytest.raises(ValidationError) as caught:
        faults.report_fault(ctx, item.id, "   ", "severe")
    assert caught.value.reasons() == {"symptom": "required", "severity": "invalid_choice"}
    with pytest.raises(ValidationError) as caught:
        faults.report_fault(ctx, item.id, "x" * 2001)
    assert caught.value.reasons() == {"symptom": "too_long"}
    assert count("equipment_fault") == 0 and item_status(ctx, item.id) == "in_service"
    with pytest.raises(NotFoundError):
        faults.report_fault(ctx, "no-such-item", "异响")

    fault = faults.report_fault(ctx, item.id, "异响")
    with pytest.raises(ValidationError) as caught:
        faults.locate(ctx, fault.id, " ")
    assert caught.value.reasons() == {"diagnosis": "required"}
    faults.locate(ctx, fault.id, "风扇叶片松动")
    before = sql("SELECT * FROM equipment_fault WHERE id = ?", fault.id)
    for cost, reason in (("-0.01", "out_of_range"), (Decimal(-5), "out_of_range"), ("100000000.01", "out_of_range"),
                         ("abc", "invalid_number"), ("1.234", "invalid_number"), ("NaN", "invalid_number"),
                         (1.5, "invalid_number")):
        with pytest.raises(ValidationError) as caught:
            faults.repair(ctx, fault.id, "维修商", "", cost)
        assert caught.value.reasons() == {"cost": reason}, cost
    with pytest.raises(ValidationError) as caught:
        faults.repair(ctx, fault.id, "v" * 121, "", "-1")
    assert caught.value.reasons() == {"vendor": "too_long", "cost": "out_of_range"}  # every problem at once
    assert sql("SELECT * FROM equipment_fault WHERE id = ?", fault.id) == before
    assert item_status(ctx, item.id) == "under_repair"
    assert faults.repair(ctx, fault.id, cost="").cost is None  # blank: no cost recorded
    assert faults.get_fault(ctx, fault.id).cost is None
    with pytest.raises(ValidationError) as caught:
        faults.analyse(ctx, fault.id, "")
    assert caught.value.reasons() == {"cause": "required"}


def test_closing_before_the_analysis_needs_a_reason(ctx, admin, make_item) -> None:  # noqa: ANN001
    item = make_item()
    fault = faults.report_fault(ctx, item.id, "屏幕闪烁")
    with pytest.raises(ValidationError) as caught:
        faults.close(ctx, fault.id, "  ")
    assert caught.value.reasons() == {"note": "reason_required"}
    assert faults.get_fault(ctx, fault.id).status == "reported" and item_status(ctx, item.id) == "under_repair"
    closed = faults.close(ctx, fault.id, "误报：电源插头松动，已插好")
    assert (closed.status, closed.close_note) == ("closed", "误报：电源插头松动，已插好")
    assert item_status(ctx, item.id) == "in_service"  # an unrepaired fault closed no longer keeps it down
    with pytest.raises(FaultStepError):
        faults.close(ctx, fault.id, "again")


def test_the_item_is_back_in_service_only_when_its_last_open_fault_is_repaired(ctx, admin, make_item) -> None:  # noqa: ANN001
    item = make_item()
    first = faults.report_fault(ctx, item.id, "不制冷")
    second = faults.report_fault(ctx, item.id, "漏水")
    assert item_status(ctx, item.id) == "under_repair"
    assert [e.to_status for e in equipment.history(ctx, item.id)].count("under_repair") == 1  # not twice
    bring(ctx, first.id, "repaired")
    assert item_status(ctx, item.id) == "under_repair"  # the second is still unrepaired
    bring(ctx, second.id, "repaired")
    assert item_status(ctx, item.id) == "in_service"
    # a fault reported again puts it under repair again
    third = faults.report_fault(ctx, item.id, "不制冷")
    assert item_status(ctx, item.id) == "under_repair"
    faults.close(ctx, third.id, "更换整机，见新设备")
    assert [e.to_status for e in equipment.history(ctx, item.id)][-4:] == ["under_repair", "in_service",
                                                                          "under_repair", "in_service"]


def test_an_item_not_in_service_keeps_its_status_and_a_retired_one_takes_no_faults(ctx, admin, make_item,  # noqa: ANN001
                                                                                   count) -> None:
    installed = make_item(status="installed")
    fault = faults.report_fault(ctx, installed.id, "安装后无法开机")
    assert item_status(ctx, installed.id) == "installed"
    bring(ctx, fault.id, "repaired")
    assert item_status(ctx, installed.id) == "installed"  # never put in service by a repair
    retired = make_item(status="retired")
    with pytest.raises(FaultStepError) as caught:
        faults.report_fault(ctx, retired.id, "异响")
    assert caught.value.params == {"current": "retired", "target": "reported"}
    assert count("equipment_fault", "equipment_id = ?", retired.id) == 0


def test_a_stale_step_is_refused(ctx, admin, make_item, clock) -> None:  # noqa: ANN001
    item = make_item()
    fault = faults.report_fault(ctx, item.id, "异响")
    clock.at(hours=1)
    faults.locate(ctx, fault.id, "风扇", base_version=fault.version)
    with pytest.raises(StaleEditError):
        faults.repair(ctx, fault.id, "维修商", base_version=fault.version)
    assert faults.get_fault(ctx, fault.id).status == "located"


# ---------------------------------------------------------------- downtime and repeat faults


def test_downtime_runs_from_the_report_to_the_repair_or_now(ctx, admin, make_item, clock) -> None:  # noqa: ANN001
    item = make_item()
    fault = faults.report_fault(ctx, item.id, "不制冷")
    fault_id = fault.id
    assert faults.downtime_hours(T0, None, None, T0 + timedelta(hours=3, minutes=15)) == Decimal("3.3")
    assert faults.downtime_hours(T0, None, None, T0 - timedelta(hours=1)) == Decimal("0.0")  # a clock gone back
    # while open it runs to now
    assert fault.downtime_hours == Decimal("0.0")
    clock.at(hours=3)
    assert faults.get_fault(ctx, fault_id).downtime_hours == Decimal("3.0")
    clock.at(hours=26, days=0)
    faults.locate(ctx, fault_id, "冷媒泄漏")
    clock.at(hours=29.5)
    repaired = faults.repair(ctx, fault_id, "维修商")
    assert repaired.downtime_hours == Decimal("29.5")
    clock.at(days=10)
    assert faults.get_fault(ctx, fault_id).downtime_hours == Decimal("29.5")  # it stopped at the repair

    other = make_item()
    clock.at(days=20)
    false_alarm = faults.report_fault(ctx, other.id, "报警")
    clock.at(days=20, hours=2.25)
    assert faults.close(ctx, false_alarm.id, "误报").downtime_hours == Decimal("2.3")  # to the closing


def test_a_fault_within_90_days_after_another_of_the_same_item_is_a_repeat(ctx, admin, make_item, clock) -> None:  # noqa: ANN001
    item = make_item()
    neighbour = make_item()
    first = faults.report_fault(ctx, item.id, "不制冷")
    clock.at(days=5)
    faults.report_fault(ctx, neighbour.id, "不制冷")  # another item: does not count
    clock.at(days=90)
    second = faults.report_fault(ctx, item.id, "不制冷")  # exactly 90 days later
    clock.at(days=181)
    third = faults.report_fault(ctx, item.id, "漏水")  # 91 days after the second
    clock.at(days=200)
    fourth = faults.report_fault(ctx, item.id, "异响")  # 19 days after the third
    repeats = {f.id: f.repeat for f in faults.faults_of(ctx, item.id)}
    assert repeats == {first.id: False, second.id: True, third.id: False, fourth.id: True}
    assert not faults.faults_of(ctx, neighbour.id)[0].repeat
    assert faults.get_fault(ctx, second.id).repeat and not faults.get_fault(ctx, first.id).repeat
    assert [f.id for f in faults.faults_of(ctx, item.id)] == [fourth.id, third.id, second.id, first.id]


# ---------------------------------------------------------------- corrective actions and photos


def test_a_fault_raises_one_corrective_action_at_its_items_store(ctx, admin, make_item, make_store,  # noqa: ANN001
                                                                   make_user, count) -> None:
    manager = make_user("store_manager")
    other_manager = make_user("store_manager")
    item = make_item(make_store(manager_id=manager.id))
    fault = faults.report_fault(ctx, item.id, "冷柜温度过高", "critical")
    faults.locate(ctx, fault.id, "门封条破损")
    action_id = faults.raise_action(ctx, fault.id)
    action = actions.get_action(ctx, action_id)
    assert action.store_id == item.store_id and action.status == "open"
    assert action.title == f"{item.asset_code} {item.name}: 冷柜温度过高"
    assert action.priority == "urgent" and "门封条破损" in action.description
    assert action.due_on == date.today() + timedelta(days=faults.ACTION_DUE_DAYS)
    assert action.assignee_id == manager.id  # the store's manager by default
    assert faults.get_fault(ctx, fault.id).action_id == action_id
    assert [e.to_status for e in actions.events(ctx, action_id)] == ["open"]
    # one per fault
    with pytest.raises(FaultStepError):
        faults.raise_action(ctx, fault.id)
    assert count("corrective_action") == 1
    # given title, due date and assignee; a closed fault raises none
    other = faults.report_fault(ctx, item.id, "灯不亮", "low")
    chosen = faults.raise_action(ctx, other.id, "更换照明灯管", date(2030, 1, 31), other_manager.id)
    made = actions.get_action(ctx, chosen)
    assert (made.title, made.due_on, made.assignee_id, made.priority) == ("更换照明灯管", date(2030, 1, 31),
                                                                          other_manager.id, "normal")
    third = faults.report_fault(ctx, item.id, "异响")
    faults.close(ctx, third.id, "误报")
    with pytest.raises(FaultStepError):
        faults.raise_action(ctx, third.id)
    with pytest.raises(ValidationError):  # the action's own checks apply, and nothing is linked
        faults.raise_action(ctx, faults.report_fault(ctx, item.id, "x").id, "  ")
    assert count("corrective_action") == 2


def test_photos_of_a_fault(ctx, admin, make_item, jpeg, tmp_path, count) -> None:  # noqa: ANN001
    item = make_item()
    fault = faults.report_fault(ctx, item.id, "外壳破裂", photos=[jpeg(), jpeg()])
    assert len(faults.photos(ctx, fault.id)) == 2
    assert all(p.path.exists() for p in faults.photos(ctx, fault.id))
    text = tmp_path / "notes.jpg"
    text.write_text("not a picture")
    with pytest.raises(NotAnImageError):
        faults.report_fault(ctx, item.id, "异响", photos=[jpeg(), text])
    assert count("equipment_fault") == 1  # nothing was reported
    faults.add_photo(ctx, fault.id, jpeg())
    assert len(faults.photos(ctx, fault.id)) == 3
    faults.close(ctx, fault.id, "已更换外壳")
    with pytest.raises(FaultStepError):
        faults.add_photo(ctx, fault.id, jpeg())
    assert len(faults.photos(ctx, fault.id)) == 3


# ---------------------------------------------------------------- the list and the figures


@pytest.fixture
def hand_made(ctx, admin, make_item, make_store, tree, clock):  # noqa: ANN001, ANN201
    """Three stores: S_A and S_B in the east region (areas Shanghai, Hangzhou), S_C in the south.

    S_A: one fault repaired after 2 h, one after 6 h (before ``since``), one open.
    S_B: one fault repaired after 10 h, one closed unrepaired (no repair time), two open (one located).
    S_C: one fault repaired after 1 h.
    """
    a = make_store(code="SA", name="店A", region_id=tree.sh.id)
    b = make_store(code="SB", name="店B", region_id=tree.hz.id)
    c = make_store(code="SC", name="店C", region_id=tree.gz.id)
    ia, ib, ic = make_item(a), make_item(b), make_item(c)

    def fault(item, day: int, repair_after: float | None = None, close_note: str | None = None,  # noqa: ANN001
              locate: bool = False):  # noqa: ANN202
        clock.at(days=day)
        f = faults.report_fault(ctx, item.id, f"故障 {day}")
        if locate or repair_after is not None:
            faults.locate(ctx, f.id, "查明")
        if repair_after is not None:
            clock.at(days=day, hours=repair_after)
            faults.repair(ctx, f.id, "维修商")
        if close_note:
            faults.close(ctx, f.id, close_note)
        return f

    fault(ia, 1, 6)
    fault(ia, 10, 2)
    fault(ia, 11)
    fault(ib, 12, 10)
    fault(ib, 13, close_note="误报")
    fault(ib, 14)
    fault(ib, 15, locate=True)
    fault(ic, 16, 1)
    return a, b, c, tree


def test_queries_filter_and_count(ctx, hand_made) -> None:  # noqa: ANN001
    _a, b, _c, tree = hand_made
    every = faults.query_faults(ctx)
    assert len(every) == faults.count_faults(ctx) == 8
    assert [f.symptom for f in every][:2] == ["故障 16", "故障 15"]  # newest first
    assert faults.count_faults(ctx, FaultQuery(store_id=b.id)) == 4
    assert faults.count_faults(ctx, FaultQuery(region_id=tree.east.id)) == 7
    assert faults.count_faults(ctx, FaultQuery(region_id=tree.south.id)) == 1
    assert faults.count_faults(ctx, FaultQuery(open_only=True)) == 7  # repaired ones are open until closed
    assert faults.count_faults(ctx, FaultQuery(status="reported")) == 2
    assert {f.symptom for f in faults.query_faults(ctx, FaultQuery(store_id=b.id, status="located"))} == {"故障 15"}
    page = faults.query_faults(ctx, FaultQuery(region_id=tree.east.id), offset=2, limit=3)
    assert [f.symptom for f in page] == ["故障 13", "故障 12", "故障 11"]


def test_open_faults_by_store_and_region(ctx, hand_made) -> None:  # noqa: ANN001
    a, b, c, tree = hand_made
    by_store = faults.open_faults_by(ctx, "store")  # most first, then by code
    assert [(r.group_id, r.code, r.name, r.count) for r in by_store] == [
        (a.id, "SA", "店A", 3), (b.id, "SB", "店B", 3), (c.id, "SC", "店C", 1)]
    by_region = faults.open_faults_by(ctx, "region")
    assert [(r.group_id, r.code, r.count) for r in by_region] == [(tree.east.id, "EAST", 6),
                                                                   (tree.south.id, "SOUTH", 1)]
    with pytest.raises(ValueError):
        faults.open_faults_by(ctx, "city")


def test_mean_time_to_repair_by_store_and_region(ctx, hand_made) -> None:  # noqa: ANN001
    tree = hand_made[3]
    by_store = {r.code: (r.repaired, r.mean_hours) for r in faults.mean_time_to_repair(ctx, "store")}
    assert by_store == {"SA": (2, Decimal("4.0")), "SB": (1, Decimal("10.0")), "SC": (1, Decimal("1.0"))}
    assert [r.code for r in faults.mean_time_to_repair(ctx, "store")] == ["SB", "SA", "SC"]  # longest first
    by_region = {r.group_id: (r.repaired, r.mean_hours) for r in faults.mean_time_to_repair(ctx, "region")}
    assert by_region == {tree.east.id: (3, Decimal("6.0")), tree.south.id: (1, Decimal("1.0"))}
    since = T0 + timedelta(days=5)
    recent = {r.code: (r.repaired, r.mean_hours) for r in faults.mean_time_to_repair(ctx, "store", since)}
    assert recent == {"SA": (1, Decimal("2.0")), "SB": (1, Decimal("10.0")), "SC": (1, Decimal("1.0"))}
    by_day = {r.code: r.repaired for r in faults.mean_time_to_repair(ctx, "region", since.date())}
    assert by_day == {"EAST": 2, "SOUTH": 1}
