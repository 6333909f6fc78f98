"""The Stores page against a real workspace: filters, sorting, create/edit/deactivate."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from helpers import choose, idle, rows, tree_item
from opsdesk import pinyin
from opsdesk.models import ChangeLog
from opsdesk.services import org
from ui.pages.stores import StoreDialog, StoresPage


@pytest.fixture
def demo_ctx(demo_ctx):  # noqa: ANN001, ANN201
    """The demo workspace, acting as head office: this page's changes are head office's (opsdesk.permissions)."""
    from acting import as_head_office

    return as_head_office(demo_ctx)


def make_page(qtbot, ctx) -> StoresPage:  # noqa: ANN001
    page = StoresPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    idle()
    return page


def change_count(ctx) -> int:  # noqa: ANN001
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(ChangeLog))


def test_lists_every_open_store_with_count(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    listed = rows(page)
    assert len(listed) == 12
    assert page.count_label.text() == "共 12 家门店"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "门店名称"
    # Labels are translated, not codes.
    kinds = {page.model.index(i, 2).data() for i in range(page.model.rowCount())}
    assert kinds <= {"直营", "加盟"}


def test_region_tree_filters_hierarchically(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    regions = {r.name: r for r in org.list_regions(demo_ctx)}
    page.tree.setCurrentItem(tree_item(page.tree, "上海片区"))
    area_rows = rows(page)
    assert area_rows and all(s.region_id == regions["上海片区"].id for s in area_rows)

    page.tree.setCurrentItem(tree_item(page.tree, "华东大区"))
    east = rows(page)
    east_areas = {regions[n].id for n in ("上海片区", "杭州片区", "南京片区")}
    assert {s.region_id for s in east} <= east_areas
    assert len(east) > len(area_rows)
    assert page.count_label.text() == f"共 {len(east)} 家门店"

    page.tree.setCurrentItem(tree_item(page.tree, "全部门店"))
    assert len(rows(page)) == 12


def test_search_and_kind_filter(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    page.search.insert("北京")  # QTest can only type ASCII; insert() is what an IME does
    qtbot.waitUntil(lambda: page.model.total < 12, timeout=2000)
    found = rows(page)
    assert found and all("北京" in s.name or "北京" in s.address for s in found)

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 12, timeout=2000)
    choose(page.kind, "franchise")
    franchise = rows(page)
    assert franchise and all(s.kind == "franchise" for s in franchise)
    assert len(franchise) < 12


def test_search_matches_pinyin_and_initials(qtbot, demo_ctx) -> None:  # noqa: ANN001
    bj = next(r for r in org.list_regions(demo_ctx) if r.name == "北京片区")
    store = org.create_store(demo_ctx, org.StoreInput(code="BJ099", name="北京王府井店", region_id=bj.id,
                                                      opened_on=date(2021, 5, 1)))
    page = make_page(qtbot, demo_ctx)
    assert page.model.total == 13
    qtbot.keyClicks(page.search, "bjwfj")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)
    assert [s.id for s in rows(page)] == [store.id]

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 13, timeout=2000)
    qtbot.keyClicks(page.search, "Wang Fujing")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)
    assert [s.id for s in rows(page)] == [store.id]


def test_header_click_sorts_in_the_database(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    codes = [s.code for s in rows(page)]
    assert codes == sorted(codes)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    names = [s.name for s in rows(page)]
    # By pinyin, not by code point: 天津 (tian) first, 北京 (bei) last, 重庆 (chong) after 上海 (shang).
    keys = [pinyin.sort_key(n) for n in names]
    assert keys == sorted(keys, reverse=True)
    assert names[0].startswith("天津") and names[-1].startswith("北京")
    assert max(i for i, n in enumerate(names) if n.startswith("上海")) < min(
        i for i, n in enumerate(names) if n.startswith("重庆"))
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    opened = [s.opened_on for s in rows(page) if s.opened_on]
    assert opened == sorted(opened)


def test_create_store_through_the_dialog(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    page.tree.setCurrentItem(tree_item(page.tree, "杭州片区"))
    managers = org.users_with_roles(demo_ctx, ("store_manager",))

    def fill(dialog: StoreDialog) -> int:
        qtbot.addWidget(dialog)
        # The new store goes into the area selected in the tree.
        assert dialog.region.currentData() == page.query().region_id
        qtbot.keyClicks(dialog.code, "HZ099")
        dialog.name.insert("杭州来福士店")
        dialog.address.insert("杭州市上城区新业路8号")
        qtbot.keyClicks(dialog.phone, "0571-88886666")
        choose(dialog.kind, "franchise")
        choose(dialog.manager, managers[0].id)
        dialog.opened_on.setDate(QDate(2024, 5, 1))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(StoreDialog, "exec", fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    idle()  # the list reloads in the background and selects the new store
    created = page.selected()
    assert created is not None and created.code == "HZ099"
    assert created.name == "杭州来福士店"
    assert created.kind == "franchise"
    assert created.opened_on == date(2024, 5, 1)
    assert created.manager_id == managers[0].id
    assert page.count_label.text().startswith("共 ")
    stored = org.get_store(demo_ctx, created.id)
    assert stored.region_path == "华东大区 / 杭州片区"


def test_dialog_shows_validation_errors_and_writes_nothing(qtbot, demo_ctx) -> None:  # noqa: ANN001
    existing = org.query_stores(demo_ctx)[0]
    before = change_count(demo_ctx)
    dialog = StoreDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, existing.code.lower())  # duplicates are case-insensitive
    qtbot.keyClicks(dialog.phone, "call me")
    dialog.save()
    assert dialog.result() == 0
    assert dialog.error_label.isVisible()
    text = dialog.error_label.text()
    assert "已被其他记录使用" in text  # duplicate code
    assert "此项必填" in text  # name
    assert "请输入电话号码" in text
    assert dialog.code.property("invalid") == "true"
    assert change_count(demo_ctx) == before

    dialog.code.setText("ZZ001")
    dialog.name.setText("测试门店")
    dialog.phone.setText("021-1234567")
    dialog.save()
    assert dialog.result() == 1
    assert change_count(demo_ctx) > before


def test_edit_by_double_click_updates_row(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    target = rows(page)[3]

    def rename(dialog: StoreDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.code.text() == target.code
        assert dialog.name.text() == target.name
        dialog.name.setText(target.name + "（旗舰）")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(StoreDialog, "exec", rename)
    rect = page.table.visualRect(page.model.index(3, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle()  # the list reloads in the background; the edited store is selected again
    assert page.selected().name == target.name + "（旗舰）"
    assert org.get_store(demo_ctx, target.id).name == target.name + "（旗舰）"


def test_deactivate_then_reactivate_restores_the_previous_status(qtbot, demo_ctx, answer_yes) -> None:  # noqa: ANN001
    suspended = org.query_stores(demo_ctx)[2]
    org.set_store_status(demo_ctx, suspended.id, "suspended")
    page = make_page(qtbot, demo_ctx)
    page.select_where(lambda s: s.id == suspended.id)
    idle()
    assert page.toggle_button.text() == "停用"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    idle()
    assert answer_yes and suspended.code in answer_yes[0]
    assert org.get_store(demo_ctx, suspended.id).status == "closed"
    # The row stays in view (closed stores shown) and offers to reactivate.
    assert page.show_closed.isChecked()
    assert page.selected().id == suspended.id and page.toggle_button.text() == "重新启用"
    page.show_closed.setChecked(False)
    assert all(s.id != suspended.id for s in rows(page))

    choose(page.status, "closed")
    assert [s.id for s in rows(page)] == [suspended.id]
    page.select_where(lambda s: s.id == suspended.id)
    idle()
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    idle()
    # It was suspended before it was closed, and that is what it returns to.
    assert org.get_store(demo_ctx, suspended.id).status == "suspended"


def test_confirmation_defaults_to_no(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    seen = {}

    def question(_parent, _title, _text, buttons, default):  # noqa: ANN001, ANN202
        seen["default"] = default
        return default  # the person pressed Enter

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page = make_page(qtbot, demo_ctx)
    target = rows(page)[0]
    page.select_where(lambda s: s.id == target.id)
    idle()
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    idle()
    assert seen["default"] == QMessageBox.StandardButton.No
    assert org.get_store(demo_ctx, target.id).status == target.status


def test_stale_edit_is_refused_and_nothing_is_lost(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    """A dialog opened before someone else's save cannot silently undo that save."""
    from opsdesk.errors import StaleEditError

    target = org.query_stores(demo_ctx)[0]
    dialog = StoreDialog(demo_ctx, org.get_store(demo_ctx, target.id))
    qtbot.addWidget(dialog)
    org.update_store(demo_ctx, target.id, org.StoreInput(
        code=target.code, name="别人改的名字", region_id=target.region_id, kind=target.kind, status=target.status,
        address=target.address, phone=target.phone, opened_on=target.opened_on, manager_id=target.manager_id,
        supervisor_id=target.supervisor_id))
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _parent, exc: shown.append(exc))  # FormDialog's
    dialog.phone.setText("021-99998888")
    dialog.save()
    assert dialog.result() == 0
    assert isinstance(shown[0], StaleEditError)
    stored = org.get_store(demo_ctx, target.id)
    assert stored.name == "别人改的名字" and stored.phone == target.phone


def test_inactive_manager_is_kept_when_the_store_is_saved(qtbot, demo_ctx) -> None:  # noqa: ANN001
    target = org.query_stores(demo_ctx)[0]
    org.set_user_active(demo_ctx, target.manager_id, False)
    dialog = StoreDialog(demo_ctx, org.get_store(demo_ctx, target.id))
    qtbot.addWidget(dialog)
    assert dialog.manager.currentData() == target.manager_id
    assert "已停用" in dialog.manager.currentText()
    dialog.phone.setText("021-12341234")
    dialog.save()
    assert dialog.result() == 1
    assert org.get_store(demo_ctx, target.id).manager_id == target.manager_id


def test_lazy_model_fetches_pages_on_scroll(qtbot, workspace_copy) -> None:  # noqa: ANN001
    from opsdesk.db import Database
    from opsdesk.services import AppContext

    # the 450-store demo chain, built once per run (tests/ui/test_list_speed.py copies it too)
    db = Database.open(workspace_copy("big.sqlite", stores=450, seed=3))
    ctx = AppContext(db)
    page = make_page(qtbot, ctx)
    assert page.model.total >= 400
    assert page.model.rowCount() == 200  # only the first page is loaded
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200, timeout=2000)

    def all_fetched() -> bool:
        page.table.scrollToBottom()  # at the bottom, the view asks the model for its next page
        return not page.model.canFetchMore() and not page.model.loading

    qtbot.waitUntil(all_fetched, timeout=20000)
    assert page.model.rowCount() == page.model.total
    codes = [page.model.dto(i).code for i in range(page.model.rowCount())]
    assert len(set(codes)) == len(codes)  # pages neither overlap nor skip
    db.close()


def test_regions_and_areas_are_managed_from_the_tree(qtbot, empty_ctx, monkeypatch) -> None:  # noqa: ANN001
    """An empty workspace needs a region and an area before its first store."""
    from ui.pages.stores import RegionDialog

    page = make_page(qtbot, empty_ctx)
    assert not page.add_area_button.isEnabled()  # "all stores" selected: no parent region

    answers = iter([("华南大区", "HN"), ("深圳片区", "SZ"), ("深圳南片区", "SZS")])

    def fill(dialog: RegionDialog) -> int:
        qtbot.addWidget(dialog)
        name, code = next(answers)
        dialog.name.setText(name)
        dialog.code.setText(code)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(RegionDialog, "exec", fill)
    qtbot.mouseClick(page.add_region_button, Qt.MouseButton.LeftButton)
    idle()  # the tree reloads in the background
    assert page.current_region().name == "华南大区"
    assert page.add_area_button.isEnabled()
    qtbot.mouseClick(page.add_area_button, Qt.MouseButton.LeftButton)
    idle()  # the tree reloads in the background
    area = page.current_region()
    assert (area.name, area.level, area.path) == ("深圳片区", "area", "华南大区 / 深圳片区")
    assert not page.add_area_button.isEnabled()  # no third level
    qtbot.mouseClick(page.rename_region_button, Qt.MouseButton.LeftButton)
    idle()  # the tree reloads in the background
    assert page.current_region().path == "华南大区 / 深圳南片区"

    # A duplicate code stays in the dialog with the reason.
    dialog = RegionDialog(empty_ctx, parent=page)
    qtbot.addWidget(dialog)
    dialog.name.setText("另一个")
    dialog.code.setText("hn")
    RegionDialog.save(dialog)
    assert dialog.result() == 0 and "已被其他记录使用" in dialog.error_label.text()
    assert "编号：" in dialog.error_label.text()
