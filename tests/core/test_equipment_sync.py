"""Equipment travels by sync like the rest: the register, its history and faults go with their store (a
laptop that receives one region gets only that region's items), both sides converge, and a value changed
on both sides is kept as a conflict."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from test_sync import data_of, exchange, pair  # noqa: F401 - pair: the fixture of two fresh workspaces

from opsdesk.models import Equipment, EquipmentFault
from opsdesk.services import equipment, faults, org, sync

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)

TABLES = ["equipment_category", "equipment", "equipment_event", "equipment_fault"]


def _store(ctx, region_id: str, code: str, name: str) -> org.StoreDTO:  # noqa: ANN001
    return org.create_store(ctx, org.StoreInput(code=code, name=name, region_id=region_id, opened_on=date(2024, 1, 1)))


def _item(ctx, store_id: str, name: str) -> equipment.EquipmentDTO:  # noqa: ANN001
    category = equipment.list_categories(ctx)[0]
    return equipment.create_equipment(ctx, equipment.EquipmentInput(
        store_id=store_id, category_id=category.id, name=name, brand="格力", serial_number=f"SN-{name}",
        installed_on=date(2024, 3, 1), price=Decimal("12800.50")))


def test_the_register_travels_with_its_store_and_converges(tmp_path, pair) -> None:  # noqa: ANN001, F811
    hq, laptop = pair
    east = org.save_region(hq, "华东", "EAST")
    south = org.save_region(hq, "华南", "SOUTH")
    mine = _store(hq, east.id, "S001", "上海店")
    other = _store(hq, south.id, "S002", "广州店")
    exchange(hq, laptop, tmp_path)  # first contact: everything
    sync.set_receive_regions(laptop, [east.id])
    exchange(laptop, hq, tmp_path)
    here = _item(hq, mine.id, "空调一号")
    there = _item(hq, other.id, "空调二号")
    fault = faults.report_fault(hq, here.id, "不制冷", "high")
    exchange(hq, laptop, tmp_path)
    with laptop.read() as s:
        got = s.get(Equipment, here.id)
        assert got is not None and got.price == Decimal("12800.50") and got.asset_code == here.asset_code
        assert s.get(EquipmentFault, fault.id) is not None
        assert s.get(Equipment, there.id) is None  # the other region's item stays at head office
    # the laptop repairs it; head office receives the repair and the item's history
    faults.locate(laptop, fault.id, "压缩机电容损坏")
    faults.repair(laptop, fault.id, vendor="恒温机电", cost=Decimal("350.00"))
    exchange(laptop, hq, tmp_path)
    assert faults.get_fault(hq, fault.id).status == "repaired"
    assert equipment.get_equipment(hq, here.id).status == equipment.get_equipment(laptop, here.id).status
    assert [e.to_status for e in equipment.history(hq, here.id)] == \
        [e.to_status for e in equipment.history(laptop, here.id)]
    mine_rows = {t: [r for r in rows if here.id in r or fault.id in r] for t, rows in data_of(hq, TABLES).items()}
    theirs = {t: [r for r in rows if here.id in r or fault.id in r] for t, rows in data_of(laptop, TABLES).items()}
    assert mine_rows == theirs


def test_a_field_changed_on_both_sides_is_kept_as_a_conflict(tmp_path, pair) -> None:  # noqa: ANN001, F811
    a, b = pair
    region = org.save_region(a, "华东", "EAST")
    store = _store(a, region.id, "S001", "上海店")
    item = _item(a, store.id, "冷柜")
    exchange(a, b, tmp_path)
    exchange(b, a, tmp_path)
    for ctx, where in ((a, "卖场东侧"), (b, "仓库")):
        current = equipment.get_equipment(ctx, item.id)
        equipment.update_equipment(ctx, item.id, equipment.EquipmentInput(
            store_id=current.store_id, category_id=current.category_id, name=current.name, brand=current.brand,
            serial_number=current.serial_number, asset_code=current.asset_code, installed_on=current.installed_on,
            price=current.price, location=where))
    exchange(a, b, tmp_path)
    exchange(b, a, tmp_path)
    assert equipment.get_equipment(a, item.id).location == equipment.get_equipment(b, item.id).location
    kept = [c for c in sync.conflicts(a, status=None) if c.table == "equipment" and c.field == "location"]
    assert len(kept) == 1
    both = f"{kept[0].current_value} {kept[0].other_value}"
    assert "卖场东侧" in both and "仓库" in both  # the value set aside is kept, not lost
