"""The visits page: week plan by drag-and-drop and dialog, the editor saving as you type, coverage, the digest."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from acting import as_head_office
from helpers import idle
from opsdesk.services import actions, org, visits
from ui.pages.visits import STORE_MIME, VISIT_MIME, VisitEditorDialog, VisitsPage

FAR = date.today() + timedelta(days=7 * 30)  # a week with nothing planned yet


def _drop(widget, mime_type: str, value: str) -> None:  # noqa: ANN001
    mime = QMimeData()
    mime.setData(mime_type, value.encode())
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def _page(qtbot, ctx) -> VisitsPage:  # noqa: ANN001
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    page.plan_tab.show_week(FAR)
    idle()  # the week (and the supervisors) are read in the background
    return page


def test_week_plan_drop_move_and_dialog(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    tab = page.plan_tab
    monday = visits.week_of(FAR)
    unplanned = tab.unplanned_ids()
    assert len(unplanned) >= 2
    store_id = unplanned[0]

    _drop(tab.days[2], STORE_MIME, store_id)  # Wednesday
    plan = visits.week_plan(demo_ctx, demo_ctx.user_id, monday)
    wednesday = monday + timedelta(days=2)
    [visit] = [v for v in plan.days[wednesday] if v.store_id == store_id]
    assert visit.status == "planned" and visit.planned_on == wednesday
    assert store_id not in tab.unplanned_ids()
    assert [tab.days[2].item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.days[2].count())] == [visit.id]

    _drop(tab.days[4], VISIT_MIME, visit.id)  # Friday
    assert visits.get_visit(demo_ctx, visit.id).planned_on == monday + timedelta(days=4)
    assert tab.days[2].count() == 0 and tab.days[4].count() == 1

    dialog = tab.plan_dialog()
    qtbot.addWidget(dialog)
    other = unplanned[1]
    dialog.store.setCurrentIndex(dialog.store.findData(other))
    dialog.day.setDate(dialog.day.date().addDays(1))  # Tuesday
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("training"))
    dialog.save()
    assert dialog.visit is not None
    saved = visits.get_visit(demo_ctx, dialog.visit.id)
    assert saved.planned_on == monday + timedelta(days=1) and saved.purpose == "training"
    page.refresh()
    idle()
    assert other not in tab.unplanned_ids() and tab.days[1].count() == 1


def test_a_long_store_name_wraps_in_its_day_instead_of_being_cut_off(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_ctx)
    page.resize(1100, 700)
    page.show()
    tab = page.plan_tab
    store_id = tab.unplanned_ids()[0]
    supervisor = demo_ctx.user_id
    store = org.get_store(demo_ctx, store_id)
    long_name = "上海徐家汇港汇恒隆广场南京西路旗舰体验店"
    org.update_store(as_head_office(demo_ctx), store_id, org.StoreInput(
        code=store.code, name=long_name, region_id=store.region_id, kind=store.kind, status=store.status,
        opened_on=store.opened_on, manager_id=store.manager_id, supervisor_id=store.supervisor_id,
        base_version=store.version))
    demo_ctx.user_id = supervisor
    _drop(tab.days[2], STORE_MIME, store_id)
    day = tab.days[2]
    [item] = [day.item(i) for i in range(day.count()) if long_name in day.item(i).text()]
    qtbot.waitUntil(lambda: day.visualItemRect(item).height() > 0)
    rect = day.visualItemRect(item)
    line = day.fontMetrics().lineSpacing()
    assert day.fontMetrics().horizontalAdvance(f"{store.code} {long_name}") > day.viewport().width()
    assert rect.right() <= day.viewport().width()  # within the column: no part of the name hidden to the right
    assert day.horizontalScrollBar().maximum() == 0
    assert rect.height() >= 3 * line  # the name wrapped onto a second line, above purpose and status


def _visit(ctx):  # noqa: ANN001, ANN202
    store_id = visits.week_plan(ctx, ctx.user_id, FAR).unplanned[0][0]
    return visits.plan_visit(ctx, store_id, date.today())


def test_editor_saves_as_you_type(qtbot, demo_ctx) -> None:  # noqa: ANN001
    visit = _visit(demo_ctx)
    dialog = VisitEditorDialog(demo_ctx, visit.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.observations, "Floor wet ")
    dialog.observations.insertPlainText("后厨地面湿滑")  # typed through an input method
    assert visits.get_visit(demo_ctx, visit.id).observations == ""
    qtbot.waitUntil(lambda: visits.get_visit(demo_ctx, visit.id).observations == "Floor wet 后厨地面湿滑",
                    timeout=3000)
    assert dialog.status.text() == dialog.tr("Saved")
    qtbot.keyClicks(dialog.training_topic, "FIFO")
    qtbot.waitUntil(lambda: visits.get_visit(demo_ctx, visit.id).training_topic == "FIFO", timeout=3000)

    dialog.check_in_button.click()
    assert visits.get_visit(demo_ctx, visit.id).check_in is not None
    assert visits.get_visit(demo_ctx, visit.id).status == "in_progress"


def test_check_out_before_check_in_refused(qtbot, demo_ctx) -> None:  # noqa: ANN001
    visit = _visit(demo_ctx)
    dialog = VisitEditorDialog(demo_ctx, visit.id)
    qtbot.addWidget(dialog)
    base = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=3)
    dialog.check_in.set_utc(visits.to_utc(base))
    dialog.check_out.set_utc(visits.to_utc(base - timedelta(hours=1)))
    qtbot.keyClicks(dialog.people_met, "Wang Li")
    assert not dialog.save()
    assert dialog.tr("Check-out cannot be before check-in.") in dialog.error_label.text()
    assert dialog.people_met.text() == "Wang Li"
    saved = visits.get_visit(demo_ctx, visit.id)
    assert saved.check_in is None and saved.check_out is None and saved.people_met == ""

    dialog.check_out.set_utc(visits.to_utc(base + timedelta(hours=2)))
    assert dialog.save()
    saved = visits.get_visit(demo_ctx, visit.id)
    assert saved.hours == 2 and saved.people_met == "Wang Li" and saved.status == "done"
    assert dialog.error_label.isHidden()


def test_add_issue_creates_action_for_visit(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    from ui.widgets.runner import RunnerDialog

    monkeypatch.setattr(RunnerDialog, "exec", lambda self: 0)  # the runner opens (see the next test)
    visit = _visit(demo_ctx)
    dialog = VisitEditorDialog(demo_ctx, visit.id)
    qtbot.addWidget(dialog)
    action = dialog.add_issue("冷柜温度过高", "high", date.today() + timedelta(days=2))
    assert action is not None
    assert dialog.issues.count() == 1
    with demo_ctx.read() as s:
        from opsdesk.models import CorrectiveAction

        row = s.get(CorrectiveAction, action.id)
        assert row.visit_id == visit.id
    got = actions.get_action(demo_ctx, action.id)
    assert got.priority == "high" and got.store_id == visit.store_id and got.title == "冷柜温度过高"

    run = dialog.start_inspection()
    assert run is not None and run.visit_id == visit.id
    assert dialog.runs.count() == 1


def test_coverage_and_digest(qtbot, demo_ctx) -> None:  # noqa: ANN001
    day = date.today() - timedelta(days=7 * 60)  # a week without demo visits
    plan = visits.week_plan(demo_ctx, demo_ctx.user_id, day)
    store_id = plan.unplanned[0][0]
    visit = visits.plan_visit(demo_ctx, store_id, day)
    at = visits.to_utc(datetime(day.year, day.month, day.day, 10, 0))
    visits.check_in(demo_ctx, visit.id, at)
    visits.check_out(demo_ctx, visit.id, at + timedelta(hours=2))

    now_visit = visits.plan_visit(demo_ctx, store_id, date.today())
    visits.check_in(demo_ctx, now_visit.id)
    visits.update_visit(demo_ctx, now_visit.id, visits.VisitInput(
        check_in=visits.get_visit(demo_ctx, now_visit.id).check_in, observations="配电箱冒烟，已疏散顾客",
        incident=True))

    page = _page(qtbot, demo_ctx)
    cov = page.coverage_tab
    cov.mode.setCurrentIndex(cov.mode.findData("week"))
    cov.anchor.setDate(cov.anchor.date().fromString(day.isoformat(), "yyyy-MM-dd"))
    idle()  # the coverage is counted in the background
    row = cov.row_of(store_id)
    assert row >= 0
    assert cov.table.item(row, 3).text() == "1" and cov.table.item(row, 4).text() == "2.00"
    assert cov.table.item(row, 5).text() == cov.tr("Visited")
    not_visited = [r for r in range(cov.table.rowCount()) if cov.table.item(r, 5).text() == cov.tr("Not visited")]
    assert not_visited and cov.coverage.not_visited
    assert cov.by_supervisor.rowCount() >= 1 and cov.by_region.rowCount() >= 1

    digest = page.digest_tab
    digest.refresh()
    idle()
    ids = [digest.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(digest.table.rowCount())]
    assert ids[0] == now_visit.id
    assert "配电箱冒烟" in digest.table.item(0, 3).text()
    assert digest.table.item(0, 5).text() == digest.tr("Yes")
    assert digest.table.item(0, 0).text()


def test_editor_lists_the_issues_of_an_earlier_sitting(qtbot, demo_ctx) -> None:  # noqa: ANN001
    """Issues found are corrective actions with the visit's id: reopening the visit shows them."""
    from datetime import date, timedelta

    from opsdesk.services import actions, org, visits
    from ui.pages.visits import VisitEditorDialog

    store = org.query_stores(demo_ctx)[0]
    visit = visits.plan_visit(demo_ctx, store.id, date.today())
    actions.create_action(demo_ctx, actions.ActionInput(store.id, "仓库通道堆放纸箱", date.today() + timedelta(days=2),
                                                        visit_id=visit.id))
    dialog = VisitEditorDialog(demo_ctx, visit.id)
    qtbot.addWidget(dialog)
    assert dialog.issues.count() == 1 and "仓库通道堆放纸箱" in dialog.issues.item(0).text()


def test_start_inspection_in_a_visit_opens_the_runner(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    """开始巡检 inside a visit opens the runner on the new run; completing it there offers signing;
    a run of the visit opens again from its list."""
    from PySide6.QtWidgets import QMessageBox

    from opsdesk.services import runs
    from ui.pages.inspections import RunViewDialog
    from ui.widgets.proposals import ProposalsDialog
    from ui.widgets.runner import RunnerDialog

    visit = _visit(demo_ctx)
    dialog = VisitEditorDialog(demo_ctx, visit.id)
    qtbot.addWidget(dialog)
    seen: list[tuple[str, str]] = []

    def runner_exec(self) -> int:  # noqa: ANN001
        seen.append(("runner", self.run_id))
        for item in self.version.items():  # answer everything: pass, the first option, a number in range
            value = {"pass_fail": "pass", "yes_no": "yes", "rating": item.scale or 5, "choice": 0,
                     "multi_choice": (0,), "text": "好", "date": date.today().isoformat(),
                     "number": item.min_value if item.min_value is not None else 1}.get(item.answer_type)
            if value is not None and item.answer_type != "photo":
                runs.set_answer(demo_ctx, self.run_id, item.id, value)
        self.complete()
        return self.result()

    monkeypatch.setattr(RunnerDialog, "exec", runner_exec)
    monkeypatch.setattr(ProposalsDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, title, *a, **k: seen.append(("question", title)) or QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.start_run_button, Qt.MouseButton.LeftButton)
    linked = visits.visit_runs(demo_ctx, visit.id)
    assert len(linked) == 1
    assert seen[0] == ("runner", linked[0].id)          # the new run, straight in the runner
    assert linked[0].status == "completed"
    assert seen[1][0] == "question"                     # then "Sign now?"
    assert dialog.runs.count() == 1 and "已完成" in dialog.runs.item(0).text()

    opened: list[str] = []
    monkeypatch.setattr(RunViewDialog, "exec", lambda self: opened.append(self.detail.run.id) or 0)
    dialog.runs.itemActivated.emit(dialog.runs.item(0))  # Enter or double-click on the visit's run
    assert opened == [linked[0].id]


def test_opening_the_page_reads_the_shown_tab_once_in_the_background(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    """Opened from the sidebar, the page reads the week plan once (not once when built and again when shown), off
    the GUI thread; the other tabs are read when they are first shown."""
    import threading

    from ui.main_window import MainWindow

    calls: dict[str, list[bool]] = {}  # service -> for each call: whether it ran on the GUI thread

    def counted(name: str):  # noqa: ANN202
        real = getattr(visits, name)

        def call(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            calls.setdefault(name, []).append(threading.current_thread() is threading.main_thread())
            return real(*args, **kwargs)

        return call

    for name in ("week_plan", "query_visits", "coverage", "incident_digest"):
        monkeypatch.setattr(visits, name, counted(name))
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    idle()
    window.show_page("visits")
    idle()
    page = window.pages["visits"]
    assert page.tabs.currentWidget() is page.plan_tab
    assert calls["week_plan"] == [False]  # (it lists the week's visits with query_visits)
    assert "coverage" not in calls and "incident_digest" not in calls
    listed = len(calls.get("query_visits", []))
    page.tabs.setCurrentWidget(page.log_tab)
    idle()
    assert calls["query_visits"][listed:] == [False] and "coverage" not in calls
    assert page.log_tab.table.model().rowCount() == len(page.log_tab.visits)
    page.tabs.setCurrentWidget(page.plan_tab)  # read already: not again
    idle()
    assert calls["week_plan"] == [False]
