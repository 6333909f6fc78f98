"""Equipment register: categories, validation, asset codes, lifecycle with history, queries, warnings,
the Excel import (all or nothing) and export, and the ``opsdesk equipment`` commands."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from acting import ADMIN_PASSWORD, signed_in
from cli_helpers import run_in_process
from opsdesk.errors import (
    ImportRowsError,
    NotFoundError,
    StaleEditError,
    TransitionError,
    ValidationError,
)
from opsdesk.models.equipment import EquipmentFault
from opsdesk.services import equipment as eq
from opsdesk.services.equipment import EquipmentInput, EquipmentQuery, Param

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)
# The [pg] twins: the tests that reach what differs between the backends (tests/core/conftest.py PG_TWINS).
PG_TWINS = (
    "test_default_categories_are_installed_once_and_identical_everywhere",
    "test_create_generates_the_asset_code_and_starts_from_the_dates",
    "test_asset_codes_are_unique_in_any_case",
    "test_update_and_stale_edit",
    "test_lifecycle_steps_with_history",
    "test_query_filters",
    "test_search_by_code_serial_name_and_store_pinyin",
    "test_sorts_and_pages",
    "test_warnings",
    "test_import_is_all_or_nothing_and_lists_every_bad_row",
    "test_export_then_import_round_trip",
)

TODAY = date(2025, 6, 15)
ROOT = Path(__file__).resolve().parents[2]


def _reasons(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.reasons()


@pytest.fixture
def cats(ctx, admin) -> dict[str, eq.CategoryDTO]:
    assert eq.ensure_default_categories(ctx) == 8
    return {c.code: c for c in eq.list_categories(ctx)}


@pytest.fixture
def shop(make_store, tree):
    return make_store(code="BJ01", name="北京王府井店", region_id=tree.sh.id)


@pytest.fixture
def item(ctx, cats, shop):
    def make(**fields) -> eq.EquipmentDTO:
        data = dict(store_id=shop.id, category_id=cats["KT"].id, name="格力空调")
        data.update(fields)
        return eq.create_equipment(ctx, EquipmentInput(**data))

    return make


# ---------------------------------------------------------------- categories


def test_default_categories_are_installed_once_and_identical_everywhere(ctx, admin, tmp_path, count):
    from opsdesk.db import Database
    from opsdesk.services import workspace
    from opsdesk.services.context import AppContext

    assert eq.ensure_default_categories(ctx) == 8
    assert eq.ensure_default_categories(ctx) == 0  # idempotent
    listed = eq.list_categories(ctx)
    assert [c.code for c in listed] == ["KT", "POS", "LG", "TY", "JK", "YX", "LED", "QT"]
    assert listed[0].name == "空调" and listed[0].name_en == "Air conditioner"
    # A category the user deactivated stays so: the install runs once per workspace.
    eq.save_category(ctx, eq.CategoryInput("QT", "其他", "Other", active=False), listed[-1].id)
    assert eq.ensure_default_categories(ctx) == 0
    assert [c.code for c in eq.list_categories(ctx)][-1] == "LED"
    assert count("equipment_category") == 8
    # Another workspace, prepared as the app does on start: the same ids and the same change records.
    other = Database.open(tmp_path / "other.sqlite")
    try:
        workspace.prepare(AppContext(other))
        with other.engine.connect() as conn:
            theirs = {r[0] for r in conn.exec_driver_sql(
                "SELECT change_id FROM change_log WHERE table_name = 'equipment_category'")}
            their_ids = {r[0] for r in conn.exec_driver_sql("SELECT id FROM equipment_category")}
    finally:
        other.close()
    with ctx.db.engine.connect() as conn:
        mine = {r[0] for r in conn.exec_driver_sql(
            "SELECT change_id FROM change_log WHERE table_name = 'equipment_category' AND node_id = 'builtin'")}
    assert their_ids == {c.id for c in listed} and theirs and theirs == mine


def test_save_category_checks_code_and_name(ctx, cats):
    assert _reasons(lambda: eq.save_category(ctx, eq.CategoryInput("kt", "新空调"))) == {"code": "duplicate"}
    assert _reasons(lambda: eq.save_category(ctx, eq.CategoryInput("XX", "冷柜"))) == {"name": "duplicate"}
    assert _reasons(lambda: eq.save_category(ctx, eq.CategoryInput("a b", ""))) == {
        "code": "invalid_code", "name": "required"}
    made = eq.save_category(ctx, eq.CategoryInput("GS", "给水设备", "Water supply"))
    assert made.position == 8 and eq.list_categories(ctx)[-1].id == made.id


# ---------------------------------------------------------------- create, update, asset codes


def test_create_generates_the_asset_code_and_starts_from_the_dates(ctx, item, shop, cats):
    ordered = item()
    assert ordered.asset_code == f"BJ01-KT-{ordered.id.replace('-', '')[:6].upper()}"
    assert ordered.status == "ordered" and ordered.store_name == "北京王府井店"
    assert ordered.region_path == "East / Shanghai" and ordered.category_name_en == "Air conditioner"
    installed = item(asset_code="kt-0001", delivered_on=date(2024, 1, 2), installed_on=date(2024, 1, 5),
                     params=(Param(" 功率 ", "3.5", "kW"), Param("IP地址", "10.0.0.8")), price=Decimal("4999.90"),
                     service_life_years=8, serial_number="SN-1")
    assert installed.status == "installed" and installed.asset_code == "kt-0001"
    assert installed.params == (Param("功率", "3.5", "kW"), Param("IP地址", "10.0.0.8", ""))
    assert installed.price == Decimal("4999.90")
    delivered = item(delivered_on=date(2024, 1, 2))
    assert delivered.status == "delivered"
    assert [(h.from_status, h.to_status, h.user_name) for h in eq.history(ctx, installed.id)] == [
        (None, "installed", "Admin")]


def test_asset_codes_are_unique_in_any_case(ctx, item, snapshot, make_store, cats):
    first = item(asset_code="KT-0001")
    other_store = make_store(code="SH02")
    before = snapshot()
    assert _reasons(lambda: item(asset_code="kt-0001", store_id=other_store.id)) == {"asset_code": "duplicate"}
    assert snapshot() == before
    second = item(asset_code="KT-0002")
    data = EquipmentInput(store_id=second.store_id, category_id=second.category_id, name="x", asset_code="Kt-0001")
    assert _reasons(lambda: eq.update_equipment(ctx, second.id, data)) == {"asset_code": "duplicate"}
    # Keeping its own code (in another case) is not a clash.
    eq.update_equipment(ctx, first.id, replace(data, asset_code="kt-0001"))
    assert eq.get_equipment(ctx, first.id).asset_code == "kt-0001"


def test_every_invalid_field_is_reported_and_nothing_written(ctx, item, shop, cats, snapshot, count):
    before, items = snapshot(), count("equipment")
    bad = EquipmentInput(
        store_id="nope", category_id="", name="  ", asset_code="has space", ordered_on=date(2024, 3, 1),
        delivered_on=date(2024, 2, 1), installed_on=date(2024, 2, 10), accepted_on=date(2024, 2, 5),
        warranty_end=date(2024, 2, 1), price=Decimal(-1), service_life_years=51,
        params=(Param("", "1"), Param("ok", "2")))
    with pytest.raises(ValidationError) as info:
        eq.create_equipment(ctx, bad)
    problems = {(p.field, p.reason) for p in info.value.problems}
    assert problems == {("store_id", "not_found"), ("category_id", "required"), ("name", "required"),
                        ("asset_code", "invalid_code"), ("delivered_on", "date_order"),
                        ("installed_on", "date_order"), ("accepted_on", "date_order"), ("warranty_end", "date_order"), ("price", "negative"),
                        ("service_life_years", "not_between"), ("params", "param_name_required")}
    params = {p.field: p.params for p in info.value.problems}
    assert params["delivered_on"] == {"after": "ordered_on"} and params["accepted_on"] == {"after": "installed_on"}
    assert snapshot() == before and count("equipment") == items == 0
    ok = dict(store_id=shop.id, category_id=cats["KT"].id, name="x")
    assert _reasons(lambda: eq.create_equipment(ctx, EquipmentInput(**ok, price=Decimal("1.005")))) == {
        "price": "too_many_decimals"}
    assert _reasons(lambda: eq.create_equipment(ctx, EquipmentInput(**ok, service_life_years=-1))) == {
        "service_life_years": "not_between"}
    # The bounds themselves are fine: life 0 and 50, price 0, warranty the day after delivery.
    eq.create_equipment(ctx, EquipmentInput(**ok, service_life_years=50, price=Decimal(0),
                                            delivered_on=date(2024, 1, 1), warranty_end=date(2024, 1, 2)))


def test_inactive_category_refused_for_new_choices_only(ctx, item, cats):
    kept = item(category_id=cats["TY"].id)
    eq.save_category(ctx, eq.CategoryInput("TY", "投影仪", "Projector", active=False), cats["TY"].id)
    assert _reasons(lambda: item(category_id=cats["TY"].id)) == {"category_id": "inactive"}
    eq.update_equipment(ctx, kept.id, EquipmentInput(kept.store_id, cats["TY"].id, "投影仪 B"))
    assert eq.get_equipment(ctx, kept.id).name == "投影仪 B"


def test_update_and_stale_edit(ctx, item, cats):
    first = item(asset_code="A-1")
    data = EquipmentInput(first.store_id, cats["POS"].id, "收银机", brand="NCR", base_version=first.version)
    changed = eq.update_equipment(ctx, first.id, data)
    assert (changed.name, changed.brand, changed.category_code, changed.asset_code) == ("收银机", "NCR", "POS", "A-1")
    assert changed.version != first.version
    with pytest.raises(StaleEditError):  # a copy opened before that change
        eq.update_equipment(ctx, first.id, replace(data, name="old copy"))
    assert eq.get_equipment(ctx, first.id).name == "收银机"
    with pytest.raises(NotFoundError):
        eq.update_equipment(ctx, "missing", replace(data, base_version=None))


# ---------------------------------------------------------------- lifecycle


def test_lifecycle_steps_with_history(ctx, item, sql, admin):
    e = item()
    for target in ("delivered", "installed"):
        e = eq.set_status(ctx, e.id, target, note=f"to {target}")
    with pytest.raises(TransitionError) as info:  # an acceptance result comes from an acceptance only
        eq.set_status(ctx, e.id, "accepted")
    assert info.value.params["reason"] == "needs_acceptance"
    with ctx.tx() as s:  # as services.acceptance does
        eq.move_in(s, s.get(eq.Equipment, e.id), "rejected", ctx.user_id, "earthing failed")
    with pytest.raises(TransitionError):  # a rejected item cannot go into service
        eq.set_status(ctx, e.id, "in_service")
    with ctx.tx() as s:  # a re-acceptance
        eq.move_in(s, s.get(eq.Equipment, e.id), "conditional", ctx.user_id, "re-accepted")
    for target in ("in_service", "under_repair", "in_service", "retired"):
        e = eq.set_status(ctx, e.id, target)
    for target in ("in_service", "ordered", "retired"):  # retired is final
        with pytest.raises(TransitionError):
            eq.set_status(ctx, e.id, target)
    steps = [(h.from_status, h.to_status, h.note, h.user_name) for h in eq.history(ctx, e.id)]
    assert steps == [(None, "ordered", "", "Admin"), ("ordered", "delivered", "to delivered", "Admin"),
                     ("delivered", "installed", "to installed", "Admin"),
                     ("installed", "rejected", "earthing failed", "Admin"),
                     ("rejected", "conditional", "re-accepted", "Admin"), ("conditional", "in_service", "", "Admin"),
                     ("in_service", "under_repair", "", "Admin"), ("under_repair", "in_service", "", "Admin"),
                     ("in_service", "retired", "", "Admin")]
    assert sql("SELECT count(*) FROM equipment_event WHERE equipment_id = ?", e.id) == [(9,)]


@pytest.mark.parametrize(("start", "target", "allowed"), [
    ("ordered", "delivered", True), ("ordered", "installed", False), ("ordered", "retired", False),
    ("delivered", "installed", True), ("delivered", "in_service", False), ("delivered", "retired", True),
    ("installed", "in_service", False), ("installed", "under_repair", False), ("installed", "retired", True),
])
def test_each_manual_step_allowed_or_refused(ctx, item, start, target, allowed, count):
    dates = {"ordered": {}, "delivered": {"delivered_on": date(2024, 1, 1)},
             "installed": {"installed_on": date(2024, 1, 1)}}[start]
    e = item(**dates)
    assert e.status == start
    events = count("equipment_event")
    if allowed:
        assert eq.set_status(ctx, e.id, target).status == target
        assert count("equipment_event") == events + 1
    else:
        with pytest.raises(TransitionError):
            eq.set_status(ctx, e.id, target)
        assert eq.get_equipment(ctx, e.id).status == start and count("equipment_event") == events
    assert _reasons(lambda: eq.set_status(ctx, e.id, "broken")) == {"status": "invalid_choice"}


def test_move_in_refuses_a_step_out_of_order(ctx, item):
    e = item()
    with pytest.raises(TransitionError), ctx.tx() as s:
        eq.move_in(s, s.get(eq.Equipment, e.id), "accepted", ctx.user_id, "")
    assert eq.get_equipment(ctx, e.id).status == "ordered"
    assert eq.allowed_statuses("installed") == ("retired",)
    assert eq.allowed_statuses("rejected") == ("retired",) and eq.allowed_statuses("in_service") == (
        "under_repair", "retired")


# ---------------------------------------------------------------- queries, search, warnings


def _fault(ctx, equipment_id: str, reported_at: datetime, status: str = "reported") -> None:
    with ctx.tx() as s:
        s.add(EquipmentFault(equipment_id=equipment_id, symptom="不制冷", reported_at=reported_at, status=status))


@pytest.fixture
def register(ctx, item, make_store, tree, cats):
    south = make_store(code="GZ01", name="广州天河店", region_id=tree.gz.id)
    items = {
        "a": item(asset_code="A-001", name="空调 A", serial_number="SN-AAA", brand="Gree",
                  installed_on=date(2017, 6, 1), service_life_years=8, warranty_end=TODAY + timedelta(days=10),
                  price=Decimal("300.00")),
        "b": item(asset_code="B-002", name="收银机 B", category_id=cats["POS"].id, serial_number="XYZ-9",
                  delivered_on=date(2024, 1, 1), warranty_end=TODAY + timedelta(days=40), price=Decimal("100.00")),
        "c": item(asset_code="C-003", name="冷柜 C", category_id=cats["LG"].id, store_id=south.id,
                  installed_on=date(2020, 1, 1), service_life_years=10, warranty_end=TODAY - timedelta(days=1)),
        "d": item(asset_code="D-004", name="空调 D", store_id=south.id, installed_on=date(2015, 1, 1),
                  service_life_years=5, warranty_end=TODAY),
    }
    eq.set_status(ctx, items["d"].id, "retired")
    _fault(ctx, items["a"].id, datetime(2025, 5, 1, 8))  # open 45 days on TODAY
    _fault(ctx, items["c"].id, datetime(2025, 6, 10, 8))  # open 5 days
    _fault(ctx, items["c"].id, datetime(2025, 1, 1, 8), status="closed")
    return items


def _codes(ctx, **q) -> list[str]:
    q.setdefault("today", TODAY)
    query = EquipmentQuery(**q)
    found = [e.asset_code for e in eq.query_equipment(ctx, query)]
    assert eq.count_equipment(ctx, query) == len(found)
    return found


def test_query_filters(ctx, register, shop, tree, cats):
    assert _codes(ctx) == ["A-001", "B-002", "C-003", "D-004"]
    assert _codes(ctx, store_id=shop.id) == ["A-001", "B-002"]
    assert _codes(ctx, region_id=tree.south.id) == ["C-003", "D-004"]  # a region includes its areas
    assert _codes(ctx, region_id=tree.hz.id) == []
    assert _codes(ctx, category_id=cats["KT"].id) == ["A-001", "D-004"]
    assert _codes(ctx, status="retired") == ["D-004"]
    assert _codes(ctx, status="installed") == ["A-001", "C-003"]
    assert _codes(ctx, warranty_within_days=30) == ["A-001"]  # not expired C, not retired D, not 40 days B
    assert _codes(ctx, warranty_within_days=40) == ["A-001", "B-002"]
    assert _codes(ctx, life_reached=True) == ["A-001"]  # 2017-06-01 + 8 years; D is retired; C until 2030
    assert _codes(ctx, life_reached=True, today=date(2025, 5, 31)) == []
    assert _codes(ctx, open_faults=True) == ["A-001", "C-003"]
    by_code = {e.asset_code: e for e in eq.query_equipment(ctx)}
    assert by_code["C-003"].open_faults == 1 and by_code["B-002"].open_faults == 0
    assert by_code["A-001"].life_reached(TODAY) and not by_code["A-001"].life_reached(date(2025, 5, 31))
    assert by_code["A-001"].warranty_expiring(TODAY) and not by_code["B-002"].warranty_expiring(TODAY)
    assert not by_code["D-004"].warranty_expiring(TODAY)  # retired


def test_search_by_code_serial_name_and_store_pinyin(ctx, register):
    assert _codes(ctx, search="b-00") == ["B-002"]
    assert _codes(ctx, search="xyz") == ["B-002"]  # serial, any case
    assert _codes(ctx, search="冷柜") == ["C-003"]
    assert _codes(ctx, search="bjwfj") == ["A-001", "B-002"]  # initials of 北京王府井店
    assert _codes(ctx, search="guangzhou") == ["C-003", "D-004"]  # full pinyin of 广州天河店
    assert _codes(ctx, search="GZ01") == ["C-003", "D-004"]
    assert _codes(ctx, search="100%") == []  # LIKE wildcards match themselves
    assert eq.find_by_code(ctx, "a-001").id == register["a"].id
    assert eq.find_by_code(ctx, "sn-aaa").id == register["a"].id  # a scanned serial number
    assert eq.find_by_code(ctx, "A-00") is None and eq.find_by_code(ctx, " ") is None


def test_sorts_and_pages(ctx, register):
    assert _codes(ctx, sort="asset_code", descending=True) == ["D-004", "C-003", "B-002", "A-001"]
    assert _codes(ctx, sort="store") == ["A-001", "B-002", "C-003", "D-004"]  # BJ01 before GZ01
    assert _codes(ctx, sort="category") == ["A-001", "D-004", "B-002", "C-003"]  # KT, POS, LG: the list order
    assert _codes(ctx, sort="status") == ["B-002", "A-001", "C-003", "D-004"]  # lifecycle order
    assert _codes(ctx, sort="price", descending=True)[:2] == ["A-001", "B-002"]
    assert _codes(ctx, sort="open_faults", descending=True)[:2] == ["A-001", "C-003"]
    assert _codes(ctx, sort="warranty_end") == ["C-003", "D-004", "A-001", "B-002"]
    page = eq.query_equipment(ctx, EquipmentQuery(), offset=1, limit=2)
    assert [e.asset_code for e in page] == ["B-002", "C-003"]


def test_warnings(ctx, register):
    w = eq.warnings(ctx, today=TODAY)
    assert (w.warranty_expiring, w.life_reached, w.stale_faults) == (1, 1, 1)
    assert [e.asset_code for e in w.first_warranty] == ["A-001"]
    assert [e.asset_code for e in w.first_life] == ["A-001"]
    assert [e.asset_code for e in w.first_stale] == ["A-001"] and w.any
    w = eq.warnings(ctx, today=TODAY, fault_days=3)
    assert w.stale_faults == 2 and [e.asset_code for e in w.first_stale] == ["A-001", "C-003"]
    quiet = eq.warnings(ctx, today=date(2020, 1, 1), fault_days=14)
    assert not quiet.any and quiet.first_warranty == ()


# ---------------------------------------------------------------- Excel


def _sheet(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


HEADER = ["Asset code", "Store code", "Category", "Name", "Serial number", "Installed", "Warranty end", "Price",
          "Service life (years)", "Parameters", "Status"]


def test_import_is_all_or_nothing_and_lists_every_bad_row(ctx, item, shop, cats, tmp_path, count,
                                                          snapshot):
    item(asset_code="OLD-1", serial_number="SN-OLD")
    path = _sheet(tmp_path / "bad.xlsx", HEADER, [
        ["N-1", "BJ01", "空调", "好的一行", "SN-1", "2024-01-05", "2027-01-05", 3999.5, 8, "功率(kW)=3.5", ""],
        ["N-2", "NOPE", "空调", "无此门店", "", None, None, None, None, "", ""],
        ["N-3", "BJ01", "电梯", "无此类别", "", None, None, "abc", None, "", ""],
        ["", "", "", "", "", None, None, None, None, "", ""],  # blank: skipped, not reported
        ["N-1", "BJ01", "kt", "", "SN-1", "2024-13-40", None, -5, 60, "没有等号", "flying"],
        ["N-6", "bj01", "KT", "已有序列号", "sn-old", None, None, None, 2.5, "", ""],
    ])
    before, items, events = snapshot(), count("equipment"), count("equipment_event")
    with pytest.raises(ImportRowsError) as info:
        eq.import_equipment(ctx, path)
    got = {(r.row, r.field, r.reason) for r in info.value.rows}
    assert got == {
        (3, "store_code", "not_found"), (4, "category", "not_found"), (4, "price", "not_number"),
        (6, "asset_code", "duplicate_in_file"), (6, "serial_number", "duplicate_in_file"),
        (6, "installed_on", "not_a_date"), (6, "price", "negative"), (6, "service_life_years", "not_between"),
        (6, "params", "invalid_params"), (6, "status", "invalid_choice"), (6, "name", "required"),
        (7, "serial_number", "duplicate"), (7, "service_life_years", "not_whole_number"),
    }
    assert info.value.bad_rows() == [3, 4, 6, 7]
    first_row = next(r for r in info.value.rows if r.reason == "duplicate_in_file" and r.field == "asset_code")
    assert first_row.params == {"first_row": 2} and first_row.value == "N-1"
    assert "row 3 store_code: not_found (NOPE)" in str(info.value)
    assert snapshot() == before and count("equipment") == items and count("equipment_event") == events


def test_import_creates_and_updates_in_one_go(ctx, item, shop, cats, tmp_path, admin):
    old = item(asset_code="OLD-1", installed_on=date(2024, 1, 1))
    path = _sheet(tmp_path / "good.xlsx", [f" {h.upper()} " for h in HEADER], [  # headers: any case, spaces
        ["", "BJ01", "POS", "收银机 1", "P-1", datetime(2024, 2, 1), "2026/2/1", 1200, 5,
         "电压（V）＝220；IP地址=10.0.0.9", "In_Service"],
        ["old-1", "BJ01", "Air conditioner", "改名的空调", "", "2024-01-01", None, "¥1,234.50", None, "", "rejected"],
    ])
    with pytest.raises(ImportRowsError) as info:  # a status only along the lifecycle (retired is final)
        eq.import_equipment(ctx, _sheet(tmp_path / "step.xlsx", HEADER, [
            ["OLD-1", "BJ01", "KT", "x", "", None, None, None, None, "", "retired"],
            ["OLD-1", "BJ01", "KT", "x", "", None, None, None, None, "", "ordered"]]))
    assert {(r.row, r.field, r.reason) for r in info.value.rows} == {
        (3, "asset_code", "duplicate_in_file"), (3, "status", "transition")}
    calls = []
    result = eq.import_equipment(ctx, path, progress=lambda *a: calls.append(a))
    assert (result.created, result.updated) == (1, 1)
    assert calls[-1] == ("import", 2, 2) and ("check", 2, 2) in calls
    new = eq.find_by_code(ctx, "P-1")
    assert (new.category_code, new.status, new.price, new.warranty_end) == ("POS", "in_service", Decimal("1200.00"),
                                                                            date(2026, 2, 1))
    assert new.asset_code.startswith("BJ01-POS-")
    assert new.params == (Param("电压", "220", "V"), Param("IP地址", "10.0.0.9", ""))
    assert [(h.from_status, h.to_status, h.note) for h in eq.history(ctx, new.id)] == [(None, "in_service", "import")]
    changed = eq.get_equipment(ctx, old.id)
    assert (changed.name, changed.price, changed.status) == ("改名的空调", Decimal("1234.50"), "rejected")
    assert eq.history(ctx, old.id)[-1].to_status == "rejected"


def test_export_then_import_round_trip(ctx, register, tmp_path, count):
    eq.update_equipment(ctx, register["a"].id, EquipmentInput(
        register["a"].store_id, register["a"].category_id, "=HYPERLINK(\"x\")", asset_code="A-001",
        serial_number="SN-AAA", installed_on=date(2017, 6, 1), service_life_years=8,
        warranty_end=TODAY + timedelta(days=10), price=Decimal("300.10"),
        params=(Param("功率", "3.5", "kW"), Param("IP地址", "10.0.0.8")), notes="第一行\n第二行",
        base_version=eq.get_equipment(ctx, register["a"].id).version))
    before = {e.asset_code: e for e in eq.query_equipment(ctx)}
    out = tmp_path / "register.xlsx"
    assert eq.export_equipment(ctx, EquipmentQuery(), out, labels={"status": {"installed": "已安装"}}) == 4
    ws = load_workbook(out).worksheets[0]
    header = [c.value for c in ws[3]]
    assert header[:4] == ["Asset code", "Store code", "Store", "Category"]
    row = [c for c in ws[4]]
    assert row[4].value == "=HYPERLINK(\"x\")" and row[4].data_type == "s"  # text, never a formula
    assert row[10].value == "已安装" and row[18].value == "功率(kW)=3.5; IP地址=10.0.0.8"
    events = count("equipment_event")
    result = eq.import_equipment(ctx, out, labels={"status": {"installed": "已安装"}})
    assert (result.created, result.updated) == (0, 4)
    after = {e.asset_code: e for e in eq.query_equipment(ctx)}
    strip = ("version",)
    assert {k: replace(v, **{f: "" for f in strip}) for k, v in after.items()} == {
        k: replace(v, **{f: "" for f in strip}) for k, v in before.items()}
    assert count("equipment_event") == events  # no status changed
    template = tmp_path / "template.xlsx"
    assert eq.export_equipment(ctx, None, template) == 0
    with pytest.raises(ValidationError) as info:  # the template holds no rows
        eq.import_equipment(ctx, template)
    assert info.value.reasons() == {"path": "no_rows"}


def test_import_refuses_files_that_are_not_a_register(ctx, cats, tmp_path):
    assert _reasons(lambda: eq.import_equipment(ctx, tmp_path / "x.csv")) == {"path": "unsupported_format"}
    assert _reasons(lambda: eq.import_equipment(ctx, tmp_path / "missing.xlsx")) == {"path": "not_found"}
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip at all")
    assert _reasons(lambda: eq.import_equipment(ctx, junk)) == {"path": "unreadable"}
    other = _sheet(tmp_path / "other.xlsx", ["a", "b"], [[1, 2]])
    assert _reasons(lambda: eq.import_equipment(ctx, other)) == {"path": "no_header"}


# ---------------------------------------------------------------- the command line


HQ = signed_in("admin", ADMIN_PASSWORD)  # the ``admin`` fixture (head office) imports the register


def _cli(db_path: Path, *args: str, real: bool = False) -> subprocess.CompletedProcess:
    """``opsdesk ARGS --db DB`` through ``cli.main`` in this process, or as a real subprocess (``real``: the exit
    code and the one error line a shell sees; tests/core/cli_helpers.py)."""
    if not real:
        return run_in_process(*args, "--db", str(db_path))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "opsdesk.cli", *args, "--db", str(db_path)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_equipment_commands(ctx, register, db_path, tmp_path):
    ctx.db.close()
    listed = _cli(db_path, "equipment", "list", "--store", "BJ01")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].startswith("asset_code\tstore\tcategory") and [ln.split("\t")[0] for ln in lines[1:]] == [
        "A-001", "B-002"]
    retired = _cli(db_path, "equipment", "list", "--search", "guangzhou", "--status", "retired")
    assert [ln.split("\t")[:2] for ln in retired.stdout.splitlines()[1:]] == [["D-004", "GZ01"]]
    bad = _cli(db_path, "equipment", "list", "--status", "flying", real=True)
    assert bad.returncode == 2 and bad.stderr.count("error:") == 1 and "Traceback" not in bad.stderr

    out = tmp_path / "all.xlsx"
    done = _cli(db_path, "equipment", "export", str(out), "--region", "South")
    assert done.returncode == 0 and "2 item(s)" in done.stdout
    assert [r[0] for r in load_workbook(out).worksheets[0].iter_rows(min_row=4, values_only=True)] == [
        "C-003", "D-004"]
    template = tmp_path / "template.xlsx"
    assert _cli(db_path, "equipment", "export", str(template), "--template").returncode == 0
    assert load_workbook(template).worksheets[0].max_row == 3
    assert _cli(db_path, "equipment", "export", str(tmp_path / "x.csv")).returncode == 2

    good = _sheet(tmp_path / "new.xlsx", HEADER, [["N-1", "BJ01", "KT", "新空调", "", None, None, None, None, "", ""]])
    imported = _cli(db_path, *HQ, "equipment", "import", str(good))
    assert imported.returncode == 0, imported.stderr
    assert "1 new item(s), 0 updated" in imported.stdout
    wrong = _sheet(tmp_path / "wrong.xlsx", HEADER, [
        ["N-2", "NOPE", "KT", "x", "", None, None, None, None, "", ""],
        ["N-3", "BJ01", "KT", "y", "", None, None, "abc", None, "", ""]])
    refused = _cli(db_path, *HQ, "equipment", "import", str(wrong), real=True)
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "error: wrong.xlsx: 2 bad row(s) (2, 3), nothing was imported"]
    assert refused.stdout.splitlines() == ["row 2: store_code: not_found: 'NOPE'", "row 3: price: not_number: 'abc'"]
    after = _cli(db_path, "equipment", "list")
    assert [ln.split("\t")[0] for ln in after.stdout.splitlines()[1:]] == ["A-001", "B-002", "C-003", "D-004", "N-1"]
    missing = _cli(db_path, *HQ, "equipment", "import", str(tmp_path / "none.xlsx"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
