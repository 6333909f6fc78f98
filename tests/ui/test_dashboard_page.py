"""The dashboard page (总览) on a small workspace whose figures are computed by hand (the fixture of
tests/core/test_kpis.py, copied): the tiles show the exact figures and changes, a filter change refreshes them
(and an older query's result never overwrites a newer one), the drill-down goes region → area → store and back,
a supervisor sees only their stores, a tile and a store open the lists behind them, in Chinese and English."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from helpers import choose, idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from sqlalchemy import select

from opsdesk.models import (
    ChecklistRun,
    CorrectiveAction,
    Template,
    TemplateVersion,
    Visit,
)
from opsdesk.models.equipment import Equipment, EquipmentCategory, EquipmentFault
from opsdesk.services import kpis, org, workspace
from ui.pages.dashboard import DashboardPage
from ui.pages.dashboard.page import percent_text

TODAY = date(2026, 11, 30)  # "this month" is November 2026; the previous period October


# ---------------------------------------------------------------- the hand-computed workspace


@pytest.fixture
def ctx(empty_ctx):
    return empty_ctx


@pytest.fixture
def world(ctx):
    """East (areas Shanghai: KA, KB; Hangzhou: KC) and South (Guangzhou: KD, a franchise store); a head-office
    user acting; a supervisor of KA and KB. November: inspections KA 90 (A) and 70 (C, critical), KC 80 (B),
    KD 100 (A); October: KA 60 (D). Actions, visits, daily checklists and faults as in tests/core/test_kpis.py."""
    workspace.prepare(ctx)
    admin = org.create_user(ctx, org.UserInput(username="admin", name="Admin", role="head_office"))
    ctx.user_id = admin.id
    east = org.save_region(ctx, "East", "EAST")
    south = org.save_region(ctx, "South", "SOUTH")
    sh = org.save_region(ctx, "Shanghai", "SH", parent_id=east.id)
    hz = org.save_region(ctx, "Hangzhou", "HZ", parent_id=east.id)
    gz = org.save_region(ctx, "Guangzhou", "GZ", parent_id=south.id)

    def store(code: str, name: str, region: str, opened: date, kind: str = "direct") -> org.StoreDTO:
        return org.create_store(ctx, org.StoreInput(code=code, name=name, region_id=region, opened_on=opened,
                                                    kind=kind))

    a = store("KA", "甲店", sh.id, date(2020, 1, 1))
    b = store("KB", "乙店", sh.id, date(2026, 11, 21))
    c = store("KC", "丙店", hz.id, date(2020, 1, 1))
    d = store("KD", "丁店", gz.id, date(2020, 1, 1), "franchise")
    sup = org.create_user(ctx, org.UserInput(username="sup", name="督导", role="supervisor", store_ids=(a.id, b.id)))
    for st in (a, b):
        org.update_store(ctx, st.id, org.StoreInput(code=st.code, name=st.name, region_id=st.region_id,
                                                    opened_on=st.opened_on, supervisor_id=sup.id))
    with ctx.tx() as s:
        def version(kind: str) -> TemplateVersion:
            return s.scalars(select(TemplateVersion).join(Template, Template.id == TemplateVersion.template_id)
                             .where(Template.kind == kind, TemplateVersion.status == "published")).first()

        def run(store_id: str, day: date, percent: str | None = None, grade: str = "", critical: bool = False,
                run_type: str = "routine", kind: str = "inspection", status: str = "signed") -> None:
            s.add(ChecklistRun(template_version_id=version(kind).id, store_id=store_id, run_type=run_type,
                               started_at=datetime(day.year, day.month, day.day, 2), business_date=day,
                               status=status, percent=Decimal(percent) if percent is not None else None,
                               grade=grade, critical_failed=critical, score=None, max_score=None, note=""))

        run(a.id, date(2026, 11, 3), "90", "A")
        run(a.id, date(2026, 11, 17), "70", "fail", critical=True)  # a veto failed: graded fail
        run(c.id, date(2026, 11, 10), "80", "B")
        run(d.id, date(2026, 11, 12), "100", "A")
        run(a.id, date(2026, 10, 20), "60", "D")

        def action(store_id: str, created: datetime, due: date, status: str = "open",
                   verified: datetime | None = None, repeat: int = 0) -> None:
            s.add(CorrectiveAction(store_id=store_id, title="x", due_on=due, status=status, created_at=created,
                                   verified_at=verified, repeat_count=repeat, description="", fix_note="",
                                   priority="normal", item_keys="[]"))

        action(a.id, datetime(2026, 11, 3, 4), date(2026, 11, 10), "verified", datetime(2026, 11, 8, 4))
        action(a.id, datetime(2026, 11, 3, 4), date(2026, 11, 12), "verified", datetime(2026, 12, 2, 4), repeat=1)
        action(a.id, datetime(2026, 11, 4, 4), date(2026, 11, 14), "cancelled")
        action(a.id, datetime(2026, 11, 17, 4), date(2026, 11, 20), "open", repeat=2)
        action(c.id, datetime(2026, 10, 2, 4), date(2026, 10, 25), "in_progress")
        for store_id, day in ((a.id, date(2026, 11, 4)), (c.id, date(2026, 11, 9)), (b.id, date(2026, 10, 30))):
            s.add(Visit(store_id=store_id, supervisor_id=sup.id, check_in=datetime(day.year, day.month, day.day, 3),
                        status="done", purpose="routine", observations="", training_topic="", training_attendees="",
                        people_met="", next_steps=""))
        for i in range(8):
            run(b.id, date(2026, 11, 21) + timedelta(days=i), run_type="opening", kind="opening", status="completed")
        for i in range(7):
            run(b.id, date(2026, 11, 21) + timedelta(days=i), run_type="closing", kind="closing")
        cat = s.scalars(select(EquipmentCategory)).first()
        eq = Equipment(store_id=c.id, category_id=cat.id, name="冷柜", asset_code="EQ-1", status="in_service",
                       params="[]", notes="")
        s.add(eq)
        s.flush()
        for reported, closed in ((datetime(2026, 11, 2, 3), datetime(2026, 11, 20, 3)),
                                 (datetime(2026, 11, 25, 3), None)):
            s.add(EquipmentFault(equipment_id=eq.id, symptom="不制冷", reported_at=reported, closed_at=closed,
                                 status="closed" if closed else "reported", severity="normal", diagnosis="",
                                 vendor="", parts="", cause="", close_note=""))
    return {"a": a, "b": b, "c": c, "d": d, "sup": sup, "admin": admin, "east": east, "south": south, "sh": sh}


def _page(qtbot, ctx) -> DashboardPage:
    page = DashboardPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    idle()
    return page


def _column(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _double_click(qtbot, table: QTableWidget, text: str) -> None:
    row = _column(table, 0).index(text)
    rect = table.visualItemRect(table.item(row, 0))
    table.scrollToItem(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # pressed, then twice
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle()


# ---------------------------------------------------------------- tests


def test_tiles_show_the_exact_figures_and_changes(qtbot, ctx, world) -> None:
    page = _page(qtbot, ctx)
    assert page.loaded == {"tallies", "openings", "promotions"}
    t = page.tiles
    assert t["score"].value.text() == "85.0%"  # (90 + 70 + 80 + 100) / 4; October: 60
    assert "+25.0" in t["score"].delta.text() and "(+41.7%)" in t["score"].delta.text()
    assert t["score"].delta.text().startswith("▲") and t["score"].delta.property("role") == "ok"
    assert t["score"].grades.counts == {"A": 2, "B": 1, "fail": 1}
    assert t["score"].trend.values[-2:] == [60.0, 85.0]
    assert "4" in t["score"].detail.text()  # inspections
    assert t["critical"].value.text() == "1"
    assert t["rectification"].value.text() == "33.3%"  # 1 of 3 (the cancelled one left out)
    assert "1" in t["rectification"].detail.text() and "3" in t["rectification"].detail.text()
    assert t["overdue"].value.text() == "3"  # October's end: 1 overdue, so +2 and for the worse
    assert t["overdue"].delta.text() == "▲ +2 (+200.0%)" and t["overdue"].delta.property("role") == "error"
    assert t["repeats"].value.text() == "2"
    assert t["coverage"].value.text() == "50.0%"  # KA and KC of 4 stores
    assert t["daily"].value.text() == percent_text(Decimal(100) * 15 / 196)  # 15 of 19 + 3 × 59 due
    assert t["faults"].value.text() == "1"
    assert t["openings"].value.text() == "0 / 0 / 0"
    assert t["promotions"].value.text() == "—"  # no plan in the period
    assert page.period_label.text().startswith("2026-11-01 – 2026-11-30")
    # the rankings: best store KD 100, worst KC 80; the supervisor's coverage 1 of 2
    assert _column(page.store_ranking, 1)[:2] == ["KD 丁店", "KA 甲店"]
    assert page.store_ranking.item(0, 2).text() == "100.0%"
    assert _column(page.supervisor_table, 0) == ["督导"] and page.supervisor_table.item(0, 2).text() == "50.0%"


def test_a_filter_change_refreshes_and_an_older_result_never_wins(qtbot, ctx, world, monkeypatch) -> None:
    page = _page(qtbot, ctx)
    real = kpis.kpis
    slow = {"on": True}

    def delayed(ctx_, scope, today=None, keys=kpis.KPI_KEYS):
        if slow["on"] and scope.region_id is None:  # the whole chain's figures come late
            time.sleep(0.6)
        return real(ctx_, scope, today, keys)

    monkeypatch.setattr(kpis, "kpis", delayed)
    page.period.setCurrentIndex(page.period.findData("year"))  # the whole chain's (slow) queries start ...
    assert page.tiles["score"].value.text() == "…"  # painted at once, filled in later
    page.region.setCurrentIndex(page.region.findData(world["south"].id))  # ... and South's supersede them
    idle()
    assert page.tiles["score"].value.text() == "100.0%"  # KD only
    assert page.tiles["critical"].value.text() == "0"
    assert page.tiles["coverage"].value.text() == "0.0%"
    assert _column(page.breakdown, 0) == ["Guangzhou"]  # a region chosen: its areas
    assert [page.area.itemText(i) for i in range(page.area.count())][1:] == ["Guangzhou"]
    # a result of an older filter that still arrives is dropped
    stale = kpis.Kpi("score", Decimal("1.00"), None, "percent")
    page._kpis_arrived(page.generation - 1, "tallies", [stale])
    assert page.tiles["score"].value.text() == "100.0%"
    # back to the whole chain, this month: the figures of November again
    slow["on"] = False
    choose(page.region, None)
    choose(page.period, "month")
    assert page.tiles["score"].value.text() == "85.0%"
    # the franchise stores only
    choose(page.kind, "franchise")
    assert page.tiles["score"].value.text() == "100.0%" and _column(page.breakdown, 0) == ["South"]


def test_a_custom_period_ending_before_it_starts_is_refused(qtbot, ctx, world) -> None:
    page = _page(qtbot, ctx)
    before = page.generation
    choose(page.period, "custom")
    assert page.date_from.isVisible() and page.date_to.isVisible()
    assert page.tiles["score"].value.text() == "85.0%"  # the month's dates as the custom period's start
    page.date_to.setDate(page.date_from.date().addDays(-1))
    idle()
    assert page.problem.isVisible() and page.problem.text()
    assert page.generation == before + 1  # the custom period loaded once; the bad one loaded nothing
    assert page.tiles["score"].value.text() == "85.0%"


def test_drill_down_region_area_store_and_back(qtbot, ctx, world) -> None:
    page = _page(qtbot, ctx)
    top = page.breadcrumb()  # 全部 (All)
    assert _column(page.breakdown, 0) == ["East", "South"]
    assert _column(page.breakdown, 1) == ["80.0%", "100.0%"]
    assert _column(page.breakdown, 5) == ["3", "0"]  # overdue by region
    assert page.chart.labels == ["East", "South"] and page.chart.values == [80.0, 100.0]
    _double_click(qtbot, page.breakdown, "East")
    assert _column(page.breakdown, 0) == ["Hangzhou", "Shanghai"]
    assert page.breadcrumb() == f"{top} › East"
    _double_click(qtbot, page.breakdown, "Shanghai")
    assert _column(page.breakdown, 0) == ["KA 甲店", "KB 乙店"]
    assert _column(page.breakdown, 1) == ["80.0%", "—"]
    assert page.breadcrumb() == f"{top} › East › Shanghai"
    assert 'href="1"' in page.crumbs.text() and 'href="0"' in page.crumbs.text()
    page.crumbs.linkActivated.emit("1")  # back to East's areas
    idle()
    assert _column(page.breakdown, 0) == ["Hangzhou", "Shanghai"] and page.breadcrumb() == f"{top} › East"
    page.crumbs.linkActivated.emit("0")
    idle()
    assert _column(page.breakdown, 0) == ["East", "South"] and page.breadcrumb() == top
    # the tiles stay on the filters' scope while drilling
    assert page.tiles["score"].value.text() == "85.0%"


def test_a_supervisor_sees_only_their_stores(qtbot, ctx, world) -> None:
    ctx.user_id = world["sup"].id
    page = _page(qtbot, ctx)
    assert page.tiles["score"].value.text() == "80.0%"  # KA's 90 and 70
    assert page.tiles["critical"].value.text() == "1"
    assert page.tiles["coverage"].value.text() == "50.0%"  # KA of KA and KB
    assert page.tiles["faults"].value.text() == "0"  # KC's fault is not theirs
    assert _column(page.breakdown, 0) == ["East"]
    assert [page.store.itemData(i) for i in range(1, page.store.count())] == [world["a"].id, world["b"].id]
    assert [page.region.itemText(i) for i in range(1, page.region.count())] == ["East"]


def test_tiles_and_stores_open_the_lists_behind_them(qtbot, ctx, world) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    page.fixed_today = TODAY
    page.reload()
    idle()
    qtbot.mouseClick(page.tiles["overdue"], Qt.MouseButton.LeftButton)
    idle()
    assert window.current_page_key() == "actions"
    actions_page = window.pages["actions"]
    assert actions_page.overdue.isChecked()
    assert actions_page.query().overdue_only
    window.show_page("dashboard")
    page.tiles["faults"].setFocus()
    qtbot.keyClick(page.tiles["faults"], Qt.Key.Key_Return)
    idle()
    assert window.current_page_key() == "equipment" and window.pages["equipment"].faults.isChecked()
    window.show_page("dashboard")
    idle()
    qtbot.mouseClick(page.tiles["critical"], Qt.MouseButton.LeftButton)  # the inspections with a failed veto item
    idle()
    assert window.current_page_key() == "inspections"
    inspections = window.pages["inspections"]
    query = inspections.query()
    assert (query.grade, query.date_from, query.date_to) == ("fail", date(2026, 11, 1), date(2026, 11, 30))
    qtbot.waitUntil(lambda: inspections.model is not None and inspections.model.rowCount() == 1, timeout=5000)
    assert inspections.model.dto(0).store_code == "KA" and inspections.model.dto(0).business_date == date(2026, 11, 17)
    window.show_page("dashboard")
    idle()  # shown again: it refreshes
    _double_click(qtbot, page.breakdown, "East")
    _double_click(qtbot, page.breakdown, "Shanghai")
    _double_click(qtbot, page.breakdown, "KB 乙店")
    assert window.current_page_key() == "stores"
    stores_page = window.pages["stores"]
    qtbot.waitUntil(lambda: stores_page.selected() is not None and stores_page.selected().id == world["b"].id,
                    timeout=5000)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_page_in_either_language(qtbot, ctx, world, translations, language) -> None:
    translations.install(language)
    page = _page(qtbot, ctx)
    titles = {key: tile.title.text() for key, tile in page.tiles.items()}
    assert len(set(titles.values())) == len(kpis.KPI_KEYS) and all(titles.values())
    if language == "en":
        assert titles["score"] == "Average score" and page.breadcrumb() == "All"
        assert page.period.currentText() == "This month"
        assert page.tiles["rectification"].detail.text() == "1 of 3 verified"
        assert page.export_name("en") == "dashboard-2026-11.xlsx"
    else:
        assert page.export_name("zh_CN") == "总览-2026-11.xlsx"
    assert page.tiles["score"].value.text() == "85.0%"
    # the Chinese store names render in the bundled font's fallback (the chart's tick labels use it too)
    assert "WenQuanYi Micro Hei" in page.chart.getPlotItem().getAxis("bottom").style["tickFont"].families()


def test_excel_export_and_the_monthly_circular(qtbot, ctx, world, tmp_path) -> None:
    import subprocess

    from openpyxl import load_workbook

    page = _page(qtbot, ctx)
    choose(page.region, world["east"].id)
    written = []
    page.export_to(tmp_path / "总览-2026-11.xlsx", written.append)
    idle()
    assert written == [tmp_path / "总览-2026-11.xlsx"] and page.notice.text().endswith("总览-2026-11.xlsx")
    book = load_workbook(written[0])
    values = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert "East" in " ".join(str(v) for v in values)  # the filters at the top of the sheets
    assert any(v in (80, Decimal(80), 0.8) for v in values if isinstance(v, (int, float, Decimal)))  # East's score
    assert page.circular_month() == "2026-11"
    name = page._circular_name()
    assert "2026" in name and name.endswith(".pdf")
    pdf = tmp_path / name
    page._circular_build()(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "80.0" in text and "丁店" not in text  # East only: KD (South) is not in it
