"""The equipment register page (设备台账) against a real workspace: list and filters, the warnings line,
a scanned asset code jumping to its item beyond the first page, the item form with field errors, status
changes with their history, categories, and an Excel import refused with its bad rows listed."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from helpers import choose, idle, rows
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QStyleOptionViewItem

from opsdesk.models.equipment import Equipment
from opsdesk.services import equipment, org
from opsdesk.services.equipment import EquipmentInput, EquipmentQuery, Param
from ui import labels
from ui.pages.equipment import (
    CategoriesDialog,
    CategoryDialog,
    EquipmentDialog,
    EquipmentPage,
    ImportProblemsDialog,
    StatusDialog,
)
from ui.pages.equipment.forms import WARRANTY_RED, column_titles


def state(widget, name: str) -> bool:
    return widget.property(name) == "true"


class Shop:
    """Two stores in one area, the default categories."""

    def __init__(self, ctx) -> None:
        self.ctx = ctx
        region = org.save_region(ctx, "华东大区", "HD")
        area = org.save_region(ctx, "上海片区", "SH", parent_id=region.id)
        self.a = org.create_store(ctx, org.StoreInput("SH001", "徐家汇店", area.id, opened_on=date(2020, 1, 1)))
        self.b = org.create_store(ctx, org.StoreInput("SH002", "静安店", area.id, opened_on=date(2021, 1, 1)))
        equipment.ensure_default_categories(ctx)
        self.cats = {c.code: c for c in equipment.list_categories(ctx)}

    def item(self, store, cat: str = "KT", name: str = "空调", **kw) -> equipment.EquipmentDTO:
        return equipment.create_equipment(self.ctx, EquipmentInput(store_id=store.id, category_id=self.cats[cat].id,
                                                                   name=name, **kw))


@pytest.fixture
def shop(empty_ctx) -> Shop:
    return Shop(empty_ctx)


def make_page(qtbot, ctx) -> EquipmentPage:
    page = EquipmentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    page.refresh()
    idle()
    return page


def codes(page: EquipmentPage) -> list[str]:
    return [e.asset_code for e in rows(page)]


def text_colour(page: EquipmentPage, row: int, key: str) -> QColor:
    index = page.model.index(row, page.column_keys.index(key))
    option = QStyleOptionViewItem()
    page.table.itemDelegate().initStyleOption(option, index)
    return option.palette.color(QPalette.ColorRole.Text)


def test_lists_filters_and_warns(qtbot, shop) -> None:
    today = date.today()
    soon = shop.item(shop.a, "KT", "格力空调", asset_code="A-1", serial_number="SN-111",
                     delivered_on=today - timedelta(days=400), warranty_end=today + timedelta(days=10))
    shop.item(shop.a, "POS", "收银机", asset_code="A-2", brand="商米", model="T2",
              delivered_on=today - timedelta(days=100), warranty_end=today + timedelta(days=300))
    old = shop.item(shop.b, "LG", "冷柜", asset_code="B-1", installed_on=date(2000, 1, 1), service_life_years=5)
    shop.item(shop.b, "KT", "挂机", asset_code="B-2")
    page = make_page(qtbot, shop.ctx)

    assert codes(page) == ["A-1", "A-2", "B-1", "B-2"]
    assert page.count_label.text() == page.tr("%n item(s)", "", 4)
    row_of = {e.asset_code: i for i, e in enumerate(rows(page))}
    # columns: brand and model together, the status in words, the warranty end red when it ends soon
    assert page.model.index(row_of["A-2"], page.column_keys.index("brand_model")).data() == "商米 T2"
    assert page.model.index(row_of["B-1"], page.column_keys.index("status")).data() == \
        labels.equipment_status("installed")
    assert text_colour(page, row_of["A-1"], "warranty_end") == QColor(WARRANTY_RED)
    assert text_colour(page, row_of["A-2"], "warranty_end") != QColor(WARRANTY_RED)

    choose(page.store, shop.b.id)
    assert codes(page) == ["B-1", "B-2"]
    choose(page.category, shop.cats["KT"].id)
    assert codes(page) == ["B-2"]
    page.clear_filters()
    page.reload()
    idle()
    choose(page.status, "ordered")
    assert codes(page) == ["B-2"]
    page.clear_filters()
    page.life.setChecked(True)
    idle()
    assert codes(page) == [old.asset_code]
    page.life.setChecked(False)
    page.search.setText("商米")  # typed (QTest types Latin-1 only)
    qtbot.waitUntil(lambda: not page.loading and codes(page) == ["A-2"], timeout=3000)

    # the warnings line counts and filters when a part is clicked
    assert page.warnings_label.isVisible()
    assert 'href="warranty"' in page.warnings_label.text() and 'href="life"' in page.warnings_label.text()
    page.warnings_label.linkActivated.emit("warranty")
    idle()
    assert page.warranty.isChecked() and page.search.text() == ""
    assert codes(page) == [soon.asset_code]


def test_scanned_code_jumps_to_the_item_beyond_the_first_page(qtbot, shop, monkeypatch) -> None:
    for n in range(1, 206):
        shop.item(shop.a, "JK", f"摄像头 {n}", asset_code=f"CAM-{n:04d}", serial_number=f"HK{n:06d}")
    page = make_page(qtbot, shop.ctx)
    assert page.model.rowCount() == 200  # the first page only
    assert page.model.canFetchMore()
    opened: list[str] = []

    def record(dialog: EquipmentDialog) -> int:
        opened.append(dialog.item.asset_code)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EquipmentDialog, "exec", record)
    # a scanner types the code (any case) and Enter
    qtbot.keyClicks(page.search, "cam-0203")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == ["CAM-0203"], timeout=10000)
    idle()
    assert page.selected().asset_code == "CAM-0203"
    assert page.model.rowCount() > 200  # pages were loaded to reach it
    assert page.search.text() == ""  # ready for the next scan
    assert page.count_label.text() == page.tr("%n item(s)", "", 205)

    # a serial number works too; a text that is no code is an ordinary search and opens nothing
    qtbot.keyClicks(page.search, "HK000007")
    qtbot.keyClick(page.search, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: opened == ["CAM-0203", "CAM-0007"], timeout=10000)
    idle()
    page.search.setText("摄像头 1")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.wait(400)
    idle()
    assert opened == ["CAM-0203", "CAM-0007"]
    assert page.search.text() == "摄像头 1"
    assert all("摄像头 1" in e.name for e in rows(page))


def test_scanned_code_hidden_by_the_filters_clears_them(qtbot, shop, monkeypatch) -> None:
    shop.item(shop.a, "KT", "空调", asset_code="A-1")
    shop.item(shop.b, "KT", "空调", asset_code="B-1")
    page = make_page(qtbot, shop.ctx)
    choose(page.store, shop.a.id)
    opened: list[str] = []
    monkeypatch.setattr(EquipmentDialog, "exec", lambda d: opened.append(d.item.asset_code) or 0)
    qtbot.keyClicks(page.search, "B-1")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == ["B-1"], timeout=10000)
    assert page.store.currentData() is None
    assert page.selected().asset_code == "B-1"


def test_create_through_the_form_with_field_errors_then_success(qtbot, shop, monkeypatch) -> None:
    page = make_page(qtbot, shop.ctx)
    choose(page.store, shop.a.id)
    attempts: list[bool] = []

    def fill(dialog: EquipmentDialog) -> int:
        assert dialog.store.currentData() == shop.a.id  # the filter's store is the default
        # first: no name, a price that is no number, dates out of order
        dialog.price.setText("12千")
        dialog.ordered_on.set_value(date(2024, 5, 10))
        dialog.delivered_on.set_value(date(2024, 5, 1))
        attempts.append(dialog.save())
        assert state(dialog.price, "invalid")
        assert dialog.error_label.isVisibleTo(dialog)
        assert dialog.tr("Price (yuan)") in dialog.error_label.text()
        assert equipment.count_equipment(shop.ctx, EquipmentQuery()) == 0
        # the price is fine now; the name and the dates are still wrong (the service's own checks)
        dialog.price.setText("12,800.5")
        attempts.append(dialog.save())
        assert not state(dialog.price, "invalid")
        assert state(dialog.name, "invalid") and state(dialog.delivered_on, "invalid")
        assert equipment.count_equipment(shop.ctx, EquipmentQuery()) == 0
        # corrected
        dialog.name.setText("格力柜机")
        dialog.brand.setText("格力")
        dialog.delivered_on.set_value(date(2024, 5, 20))
        dialog.warranty_end.set_value(date(2027, 5, 20))
        dialog.life.setText("8")
        row = dialog.params.add_row("功率", "3.5", "kW", edit=False)
        assert row == 0
        dialog.params.add_row(edit=False)  # a blank row is ignored
        attempts.append(dialog.save())
        return dialog.result() if attempts[-1] else QDialog.DialogCode.Rejected

    monkeypatch.setattr(EquipmentDialog, "exec", fill)
    page.create()
    idle()
    assert attempts == [False, False, True]
    made = equipment.query_equipment(shop.ctx, EquipmentQuery())
    assert len(made) == 1
    item = made[0]
    assert item.price == Decimal("12800.50") and isinstance(item.price, Decimal)
    assert item.params == (Param("功率", "3.5", "kW"),)
    assert item.service_life_years == 8 and item.status == "delivered"
    assert item.asset_code.startswith("SH001-KT-")  # generated
    assert page.selected().id == item.id
    assert item.asset_code in page.notice.text()


def test_edit_shows_history_and_keeps_the_fields(qtbot, shop) -> None:
    item = shop.item(shop.a, "TY", "投影仪", asset_code="TY-9", price=Decimal("4999.90"),
                     params=(Param("亮度", "3600", "lm"),), delivered_on=date(2024, 1, 2))
    dialog = EquipmentDialog(shop.ctx, equipment.get_equipment(shop.ctx, item.id))
    qtbot.addWidget(dialog)
    assert dialog.price.text() == "4999.90"
    assert dialog.params.rows() == [("亮度", "3600", "lm")]
    assert dialog.delivered_on.value() == date(2024, 1, 2) and dialog.ordered_on.value() is None
    assert dialog.history.topLevelItemCount() == 1
    dialog.location.setText("大厅")
    assert dialog.save()
    assert equipment.get_equipment(shop.ctx, item.id).location == "大厅"
    assert equipment.get_equipment(shop.ctx, item.id).price == Decimal("4999.90")


def test_change_status_with_reason_and_history(qtbot, shop, monkeypatch) -> None:
    item = shop.item(shop.a, "YX", "音响", asset_code="YX-1", delivered_on=date(2024, 3, 1))
    page = make_page(qtbot, shop.ctx)
    page.select_where(lambda e: e.id == item.id)
    idle()
    offered: list[list[str]] = []

    def step(dialog: StatusDialog) -> int:
        offered.append([dialog.target.itemData(i) for i in range(dialog.target.count())])
        assert dialog.history.topLevelItemCount() == 1
        choose(dialog.target, "installed")
        dialog.note.setPlainText("安装到位")
        assert dialog.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StatusDialog, "exec", step)
    page.status_button.click()
    idle()
    assert offered == [["installed", "retired"]]  # acceptance results come from an acceptance only
    assert equipment.get_equipment(shop.ctx, item.id).status == "installed"
    events = equipment.history(shop.ctx, item.id)
    assert [(e.from_status, e.to_status, e.note) for e in events][-1] == ("delivered", "installed", "安装到位")
    assert page.selected().status == "installed"
    status_cell = page.model.index(page.table.currentIndex().row(), page.column_keys.index("status")).data()
    assert status_cell == labels.equipment_status("installed")

    # the history shows in a new status dialog; a retired item offers no further step
    equipment.set_status(shop.ctx, item.id, "retired", "报废")
    dialog = StatusDialog(shop.ctx, equipment.get_equipment(shop.ctx, item.id))
    qtbot.addWidget(dialog)
    assert dialog.history.topLevelItemCount() == 3
    assert dialog.history.topLevelItem(2).text(3) == "报废"
    assert dialog.target.count() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_categories_add_rename_deactivate(qtbot, shop, monkeypatch) -> None:
    dialog = CategoriesDialog(shop.ctx)
    qtbot.addWidget(dialog)
    before = dialog.table.rowCount()

    def fill(d: CategoryDialog) -> int:
        d.code.setText("")
        d.name.setText("咖啡机")
        assert not d.save()  # the code is required
        d.code.setText("KFJ")
        d.name_en.setText("Coffee machine")
        assert d.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CategoryDialog, "exec", fill)
    dialog.add_button.click()
    assert dialog.table.rowCount() == before + 1
    added = dialog.selected()
    assert added.code == "KFJ" and added.name_en == "Coffee machine"
    dialog.toggle_button.click()
    assert not {c.id: c for c in equipment.list_categories(shop.ctx, include_inactive=True)}[added.id].active
    assert added.id not in {c.id for c in equipment.list_categories(shop.ctx)}


def write_sheet(path, rows_: list[list[object]]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append([c.title for c in equipment.EXPORT_COLUMNS])
    keys = [c.key for c in equipment.EXPORT_COLUMNS]
    for values in rows_:
        data = dict(values)
        sheet.append([data.get(k) for k in keys])
    book.save(path)


def test_import_refused_lists_the_bad_rows_and_imports_nothing(qtbot, shop, monkeypatch, tmp_path) -> None:
    page = make_page(qtbot, shop.ctx)
    path = tmp_path / "equipment.xlsx"
    write_sheet(path, [
        [("store_code", "SH001"), ("category", "KT"), ("name", "空调 1"), ("asset_code", "IMP-1")],
        [("store_code", "XX999"), ("category", "KT"), ("name", "空调 2"), ("asset_code", "IMP-2")],
        [("store_code", "SH002"), ("category", "POS"), ("name", "收银机"), ("price", "abc")],
    ])
    shown: list[list[tuple[str, str, str]]] = []
    monkeypatch.setattr(ImportProblemsDialog, "exec", lambda d: shown.append(d.rows()) or 0)
    page.import_file(path)
    idle()
    assert len(shown) == 1
    titles = column_titles()
    bad = {(row, column) for row, column, _why in shown[0]}
    assert bad == {("3", titles["store_code"]), ("4", titles["price"])}
    assert any("XX999" in why for _r, _c, why in shown[0])
    assert equipment.count_equipment(shop.ctx, EquipmentQuery()) == 0
    assert page.model.rowCount() == 0

    # corrected, the same file imports every row, and the list shows them
    write_sheet(path, [
        [("store_code", "SH001"), ("category", "KT"), ("name", "空调 1"), ("asset_code", "IMP-1")],
        [("store_code", "SH001"), ("category", "KT"), ("name", "空调 2"), ("asset_code", "IMP-2")],
        [("store_code", "SH002"), ("category", "POS"), ("name", "收银机"), ("price", "2999.5")],
    ])
    page.import_file(path)
    idle()
    assert len(shown) == 1
    assert equipment.count_equipment(shop.ctx, EquipmentQuery()) == 3
    assert len(rows(page)) == 3
    assert "3" in page.notice.text()


def test_report_fault_from_the_register(qtbot, shop, monkeypatch) -> None:
    from ui.pages.equipment.faults import ReportFaultDialog

    item = shop.item(shop.a, "LG", "冷柜", asset_code="LG-1", installed_on=date(2024, 1, 1))
    with shop.ctx.tx() as s:  # an item in service (an acceptance puts it there; the test sets it directly)
        s.get(Equipment, item.id).status = "in_service"
    page = make_page(qtbot, shop.ctx)
    page.select_where(lambda e: e.id == item.id)
    idle()
    assert page.fault_button.isVisible() and page.fault_button.isEnabled()

    def report(dialog: ReportFaultDialog) -> int:
        dialog.symptom.setPlainText("不制冷")
        return QDialog.DialogCode.Accepted if dialog.save() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ReportFaultDialog, "exec", report)
    page.fault_button.click()
    idle()
    shown = page.selected()
    assert shown.id == item.id and shown.open_faults == 1 and shown.status == "under_repair"
    row = page.table.currentIndex().row()
    assert page.model.index(row, page.column_keys.index("open_faults")).data() == "1"
    assert text_colour(page, row, "open_faults") == QColor(WARRANTY_RED)


def test_keyboard_opens_the_item(qtbot, shop, monkeypatch) -> None:
    item = shop.item(shop.a, "QT", "饮水机", asset_code="QT-1")
    page = make_page(qtbot, shop.ctx)
    opened: list[str] = []
    monkeypatch.setattr(EquipmentDialog, "exec", lambda d: opened.append(d.item.asset_code) or 0)
    page.select_where(lambda e: e.id == item.id)
    idle()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert opened == ["QT-1"]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == ["QT-1", "QT-1"]
    page.table.doubleClicked.emit(page.table.currentIndex())
    assert opened == ["QT-1", "QT-1", "QT-1"]
