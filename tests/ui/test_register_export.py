"""Register pages export what they show to Excel or CSV (Ctrl+Shift+E), off the GUI thread."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow

from helpers import idle, tree_item
from opsdesk.permissions import as_system
from opsdesk.services import org, visits
from ui.pages.stores import StoresPage
from ui.pages.visits import VisitsPage
from ui.widgets import register_export


def in_window(qtbot, page):  # noqa: ANN001, ANN201
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(page)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts go to the active window
    return window


def test_stores_page_exports_the_filtered_list_to_xlsx_with_ctrl_shift_e(qtbot, demo_ctx, monkeypatch,
                                                                         tmp_path) -> None:  # noqa: ANN001
    regions = {r.name: r for r in org.list_regions(demo_ctx)}
    hostile = org.create_store(as_system(demo_ctx), org.StoreInput(code="EVIL1", name='=HYPERLINK("http://x","y")',
                                                        region_id=regions["上海片区"].id,
                                                        opened_on=date(2020, 1, 1)))
    page = StoresPage(demo_ctx)
    window = in_window(qtbot, page)
    page.refresh()
    idle()  # the region tree and the rows load in the background
    page.tree.setCurrentItem(tree_item(page.tree, "华东大区"))
    idle()
    out = tmp_path / "stores.xlsx"
    asked: list[str] = []

    def ask(parent, name):  # noqa: ANN001, ANN202
        asked.append(name)
        return out

    monkeypatch.setattr(register_export, "ask_export_path", ask)
    # The button's shortcut clicks it (after the button's short animation).
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+E"))
    qtbot.waitUntil(lambda: hasattr(page, "exporter"), timeout=5000)
    if page.exporter.busy:  # written in the background: wait for the end
        with qtbot.waitSignal(page.exporter.done, timeout=15000):
            pass
    assert str(out) in page.exporter.notice.text()
    assert asked == [page.tr("Stores")]
    assert str(out) in window.statusBar().currentMessage()

    ws = load_workbook(out).active
    listed = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(listed) == page.model.total > 1
    assert ws["A1"].value == page.tr("Stores")
    assert ws["A2"].value.startswith("华东大区 · ")  # the filters row: the region, then when it was exported
    assert ws["B3"].value == page.model.headerData(1, Qt.Orientation.Horizontal)  # the page's (Chinese) titles
    evil = next(row for row in ws.iter_rows(min_row=4) if row[0].value == hostile.code)
    assert evil[1].value == hostile.name and evil[1].data_type == "s"
    assert {row[2] for row in listed} <= {"直营", "加盟"}  # labels, not codes
    assert ws.freeze_panes == "A4"


def test_visit_log_exports_csv_from_its_button(qtbot, demo_ctx, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    store = org.query_stores(demo_ctx)[0]
    visit = visits.start_visit(demo_ctx, store.id)
    visits.update_visit(demo_ctx, visit.id, visits.VisitInput(check_in=visit.check_in, observations="@SUM(A1)"))
    page = VisitsPage(demo_ctx)
    window = in_window(qtbot, page)  # noqa: F841 - kept alive for the test
    page.tabs.setCurrentWidget(page.log_tab)
    out = tmp_path / "visits.csv"
    monkeypatch.setattr(register_export, "ask_export_path", lambda parent, name: out)
    with qtbot.waitSignal(page.log_tab.exporter.done, timeout=15000) as done:
        page.log_tab.export_button.click()
    assert done.args[0] == str(out) and str(out) in page.log_tab.exporter.notice.text()
    with out.open(encoding="utf-8-sig", newline="") as fh:
        body = list(csv.reader(fh))
    assert len(body) - 1 == len(list(visits.iter_visits(demo_ctx, page.log_tab.query())))
    findings = [r[11] for r in body[1:]]
    assert "'@SUM(A1)" in findings  # neutralised; the stored text after the apostrophe


def test_the_save_dialog_offers_excel_first_and_adds_the_extension(qtbot, monkeypatch) -> None:  # noqa: ANN001
    seen = {}

    def save(_parent, _title, default, filters):  # noqa: ANN001, ANN202
        seen["default"], seen["filters"] = default, filters.split(";;")
        return "/tmp/register", seen["filters"][1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    assert register_export.ask_export_path(None, "门店") == Path("/tmp/register.csv")
    assert Path(seen["default"]).name == f"门店-{date.today():%Y-%m-%d}.xlsx"
    assert "*.xlsx" in seen["filters"][0] and "*.csv" in seen["filters"][1]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("/tmp/r.XLSX", "")))
    assert register_export.ask_export_path(None, "x") == Path("/tmp/r.XLSX")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert register_export.ask_export_path(None, "x") is None


def test_users_and_inspections_pages_export_every_listed_row(qtbot, demo_ctx, monkeypatch,
                                                             tmp_path) -> None:  # noqa: ANN001
    from opsdesk.services import runs, templates
    from ui.pages.inspections import InspectionsPage
    from ui.pages.users import UsersPage

    routine = templates.template_by_code(demo_ctx, "store_routine")
    for store in org.query_stores(demo_ctx)[:3]:
        runs.start_run(demo_ctx, store.id, routine.id, "routine")
    for page_class, name in ((UsersPage, "users.xlsx"), (InspectionsPage, "inspections.xlsx")):
        page = page_class(demo_ctx)
        window = in_window(qtbot, page)
        page.refresh()
        out = tmp_path / name
        monkeypatch.setattr(register_export, "ask_export_path", lambda parent, _name, out=out: out)
        page.export_button.click()
        qtbot.waitUntil(lambda page=page: hasattr(page, "exporter"), timeout=5000)
        if page.exporter.busy:
            with qtbot.waitSignal(page.exporter.done, timeout=15000):
                pass
        ws = load_workbook(out).active
        assert ws.max_row - 3 == page.model.total > 0
        assert [c.value for c in ws[3]][0] == page.model.headerData(0, Qt.Orientation.Horizontal)
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
        window.close()
