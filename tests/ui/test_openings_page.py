"""The 新店筹备 page (pytest-qt, real SQLite workspaces): the projects list with days to opening, progress,
gates and status; one-click done (button and keyboard) writing the milestone and updating the row and the
timeline; Done refused on a gate with the reason in its tooltip; a fit-out gate's acceptance started from
the page through the runner and the three signatures (contractor, store manager, supervisor) until the gate
shows passed; the countdown PDF; show_project; the page in English and Chinese."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from helpers import idle
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from opsdesk.services import openings, org, runs, signatures, workspace
from opsdesk.services.context import AppContext
from ui import labels
from ui.pages.openings import OpeningsPage
from ui.pages.openings import page as page_module
from ui.widgets.runner import RunnerDialog
from ui.widgets.signature_pad import SignDialog

TODAY = date.today()


@dataclass
class Openings:
    """Two stores being opened (N001 in 40 days, the first steps done; N002 in 20 days, nothing done), their
    people; the head-office user acts."""

    ctx: AppContext

    def __post_init__(self) -> None:
        ctx = self.ctx
        workspace.prepare(ctx)
        self.admin = org.create_user(ctx, org.UserInput("admin", "总部甲", "head_office"))
        ctx.user_id = self.admin.id
        self.sup = org.create_user(ctx, org.UserInput("sup", "督导乙", "supervisor"))
        self.ops = org.create_user(ctx, org.UserInput("ops", "运营丙", "ops_manager"))
        region = org.save_region(ctx, "华东大区", "HD")
        area = org.save_region(ctx, "上海片区", "SH", parent_id=region.id)
        self.store = org.create_store(ctx, org.StoreInput("N001", "徐汇新店", area.id, status="preparing"))
        self.late_store = org.create_store(ctx, org.StoreInput("N002", "静安新店", area.id, status="preparing"))
        self.manager = org.create_user(ctx, org.UserInput("mgr", "店长丁", "store_manager",
                                                          store_ids=(self.store.id,)))
        org.update_store(ctx, self.store.id, org.StoreInput("N001", "徐汇新店", area.id, status="preparing",
                                                            manager_id=self.manager.id, supervisor_id=self.sup.id))
        self.project = openings.create_project(ctx, self.store.id, TODAY + timedelta(days=40), owner_id=self.ops.id)
        for key in ("site_confirmed", "lease_signed", "fitout_started"):
            openings.complete_milestone(ctx, self.milestone(key).id)
        self.late = openings.create_project(ctx, self.late_store.id, TODAY + timedelta(days=20), owner_id=self.sup.id)

    def milestone(self, key: str, project_id: str | None = None) -> openings.MilestoneDTO:
        return openings.get_project(self.ctx, project_id or self.project.id).milestone(key)


def make_page(qtbot, ctx: AppContext) -> OpeningsPage:
    page = OpeningsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    page.refresh()
    idle()
    return page


def select_project(page: OpeningsPage, code: str) -> None:
    row = next(i for i, r in enumerate(page.rows) if r.project.store_code == code)
    page.projects.selectRow(row)
    idle()
    assert page.view is not None and page.view.project.store_code == code


def select_milestone(page: OpeningsPage, key: str) -> openings.MilestoneDTO:
    m = page.view.project.milestone(key)
    page.select_milestone(m.id)
    assert page.selected_milestone().id == m.id
    return m


def cell(page: OpeningsPage, table: str, row: int, column: str) -> str:
    columns = page_module.PROJECT_COLUMNS if table == "projects" else page_module.MILESTONE_COLUMNS
    return getattr(page, table).item(row, columns.index(column)).text()


def test_the_list_shows_days_progress_gates_and_status(qtbot, empty_ctx) -> None:
    o = Openings(empty_ctx)
    page = make_page(qtbot, o.ctx)
    assert [r.project.store_code for r in page.rows] == ["N002", "N001"]  # soonest opening first
    assert page.count_label.text() == page.tr("%n project(s)", "", 2)
    assert page.empty_label.isHidden()

    on_time = 1  # N001: 40 days to go, 3 of 11 done, no gate passed, nothing late
    assert cell(page, "projects", on_time, "store") == "徐汇新店"
    assert cell(page, "projects", on_time, "target") == (TODAY + timedelta(days=40)).isoformat()
    assert cell(page, "projects", on_time, "days") == page_module.days_text(40)
    assert cell(page, "projects", on_time, "progress") == "3/11 · 27%"
    assert page.projects.item(on_time, page_module.PROJECT_COLUMNS.index("progress")).data(
        page_module.PERCENT_ROLE) == 27
    assert cell(page, "projects", on_time, "gates") == "0/4"
    assert cell(page, "projects", on_time, "late") == ""
    assert cell(page, "projects", on_time, "status") == labels.health_status("on_track")
    assert cell(page, "projects", on_time, "owner") == "运营丙"

    # N002 opens in 20 days with nothing done: six milestones are past their due date, in red.
    assert cell(page, "projects", 0, "days") == page_module.days_text(20)
    assert cell(page, "projects", 0, "progress") == "0/11 · 0%"
    assert cell(page, "projects", 0, "late") == "6"
    status = page.projects.item(0, page_module.PROJECT_COLUMNS.index("status"))
    assert status.text() == labels.health_status("late")
    assert status.foreground().color().name() == page_module.RED

    # the days as people say them, in Chinese once the translations are in
    assert page_module.days_text(0) == page.tr("Opens today")
    assert page_module.days_text(-3) == page.tr("%n day(s) overdue", "", 3)

    # the search narrows the list; nothing found says so
    page.search.setText("徐汇")
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=5000)
    idle()
    assert page.rows[0].project.store_code == "N001"
    page.search.setText("zzz")
    qtbot.waitUntil(lambda: not page.rows, timeout=5000)
    idle()
    assert page.empty_label.isVisible() and page.view is None
    assert page.detail.currentIndex() == 0


def test_one_click_done_marks_the_milestone_done_and_the_view_follows(qtbot, empty_ctx) -> None:
    o = Openings(empty_ctx)
    page = make_page(qtbot, o.ctx)
    select_project(page, "N001")
    m = select_milestone(page, "opening_plan_approved")
    row = [x.id for x in page.view.project.milestones].index(m.id)
    assert page.done_button.isEnabled() and cell(page, "milestones", row, "done") == ""
    assert cell(page, "milestones", row, "owner") == labels.milestone_role("ops_manager") + " · 运营丙"
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    idle()

    stored = o.milestone("opening_plan_approved")
    assert stored.done and stored.done_by == o.admin.id
    assert page.view.project.milestone("opening_plan_approved").done
    assert cell(page, "milestones", row, "done") == labels.local_time(stored.done_at)[:10] + " · 总部甲"
    assert next(x for x in page.timeline.milestones() if x.id == m.id).done  # the timeline got the new state
    assert page.selected_milestone().id == m.id  # the selection stayed
    assert cell(page, "projects", 1, "progress") == "4/11 · 36%"
    assert not page.done_button.isEnabled() and page.reopen_button.isEnabled()

    # the keyboard: Space on the milestone list marks the selected one done
    nxt = select_milestone(page, "promotion_ready")
    page.milestones.setFocus()
    qtbot.keyClick(page.milestones, Qt.Key.Key_Space)
    idle()
    assert o.milestone("promotion_ready").done
    assert page.view.project.milestone("promotion_ready").done and page.selected_milestone().id == nxt.id

    # the timeline selects the row, the row selects the bar
    gate = page.view.project.milestone("interior_acceptance")
    page.timeline.milestoneClicked.emit(gate.id)
    assert page.selected_milestone().id == gate.id and page.timeline.selected == gate.id


def test_done_is_refused_on_a_gate_and_for_someone_else_with_the_reason(qtbot, empty_ctx) -> None:
    o = Openings(empty_ctx)
    page = make_page(qtbot, o.ctx)
    select_project(page, "N001")
    select_milestone(page, "interior_acceptance")
    assert not page.done_button.isEnabled()
    assert page.done_button.toolTip() == page.tr("A gate is passed by its acceptance or check, not by hand.")
    assert page.accept_button.isVisible() and page.accept_button.isEnabled()
    assert page.accept_button.text() == page.tr("Start acceptance")
    assert not page.check_button.isVisible() and not page.training_button.isVisible()
    select_milestone(page, "equipment_enters")  # waits for both fit-out gates
    assert not page.done_button.isEnabled()
    assert page_module.milestone_title(o.milestone("interior_acceptance")) in page.done_button.toolTip()
    select_milestone(page, "equipment_acceptance")
    assert page.check_button.isVisible() and page.equipment_button.isVisible()
    select_milestone(page, "staff_training")
    gate_cell = cell(page, "milestones", [m.key for m in page.view.project.milestones].index("staff_training"),
                     "gate")
    assert gate_cell == page.tr("%n person(s) not signed off yet.", "", 1)  # the store manager

    # The store manager owns staff training only: the ops manager's milestone is not theirs to tick.
    o.ctx.user_id = o.manager.id
    page.reload()
    idle()
    select_project(page, "N001")
    assert [r.project.store_code for r in page.rows] == ["N001"]  # the store they are assigned to only
    select_milestone(page, "opening_plan_approved")
    assert not page.done_button.isEnabled()
    assert "head office" in page.done_button.toolTip() or "总部" in page.done_button.toolTip()
    page.complete_milestone()  # the keyboard path does nothing either
    assert not o.milestone("opening_plan_approved").done


def draw(pad) -> None:
    points = [(40, 40), (120, 90), (220, 60), (300, 110)]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def answer_everything(ctx: AppContext, run_id: str) -> None:
    """Every item of the fit-out acceptance passed, as the runner saves them (limits met, photos given)."""
    for it in runs.get_run(ctx, run_id).version.items():
        if it.answer_type == "pass_fail":
            runs.set_answer(ctx, run_id, it.id, "pass")
        elif it.answer_type == "number":
            runs.set_answer(ctx, run_id, it.id, str(it.min_value if it.min_value is not None else 1))
        elif it.answer_type == "photo":
            path = ctx.db.path.with_name(f"{it.key}.jpg")
            Image.new("RGB", (64, 48), "green").save(path, "JPEG")
            runs.add_photo(ctx, run_id, it.id, path)
        else:
            raise AssertionError(f"unexpected item type {it.answer_type}")


def test_a_fitout_gate_passes_through_the_runner_and_three_signatures(qtbot, empty_ctx, monkeypatch) -> None:
    o = Openings(empty_ctx)
    ctx = o.ctx
    page = make_page(qtbot, ctx)
    select_project(page, "N001")
    gate = select_milestone(page, "interior_acceptance")
    steps: list[str] = []

    def runner_exec(self: RunnerDialog) -> int:
        steps.append("runner")
        assert self.detail.run.template_kind == "new_store" and self.run_id in {
            r.id for r in [page_module.latest_gate_run(ctx, gate.id)]}
        answer_everything(ctx, self.run_id)  # what the cards save while the dialog is open
        self.complete()  # the runner's own Complete (Ctrl+Enter)
        return self.result()

    def question(_parent, _title, text, *args, **kwargs):
        steps.append("question")
        assert "施工方" in text or "contractor" in text
        return QMessageBox.StandardButton.Yes

    signer = {"role": ""}

    def sign_exec(self: SignDialog) -> int:
        qtbot.addWidget(self)
        self.resize(700, 500)
        self.show()
        role = signer["role"]
        assert self.role.findData(role) >= 0, (role, [self.role.itemData(i) for i in range(self.role.count())])
        self.role.setCurrentIndex(self.role.findData(role))
        if self.external():
            self.name.insert("王施工")
        draw(self.pad)
        self.sign()
        steps.append(f"sign:{role}")
        return self.result()

    view_class = page_module._view_dialog_class()

    def view_exec(self) -> int:
        steps.append("view")
        qtbot.addWidget(self)
        assert self.export_button.text() == self.tr("Acceptance certificate") and self.correct_button.isHidden()
        for role, user in (("contractor", o.sup.id), ("supervisor", o.sup.id), ("store_manager", o.manager.id)):
            ctx.user_id = user  # each signs under their own account; the contractor has none
            signer["role"] = role
            self.sign()
        ctx.user_id = o.admin.id
        assert "冻结" in self.signed_label.text() or "frozen" in self.signed_label.text()
        self.sign_first = False
        return 0

    monkeypatch.setattr(RunnerDialog, "exec", runner_exec)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(view_class, "exec", view_exec)
    monkeypatch.setattr(SignDialog, "exec", sign_exec)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    idle()

    assert steps == ["runner", "question", "view", "sign:contractor", "sign:supervisor", "sign:store_manager"]
    run = page_module.latest_gate_run(ctx, gate.id)
    assert run.status == "signed"
    assert sorted(s.role for s in signatures.signatures_of(ctx, "checklist_run", run.id)) == [
        "contractor", "store_manager", "supervisor"]
    stored = o.milestone("interior_acceptance")
    assert stored.done and stored.run_id == run.id

    # the page shows the gate passed, the certificate offered, the gate counted
    row = [m.key for m in page.view.project.milestones].index("interior_acceptance")
    assert cell(page, "milestones", row, "gate") == page.tr("Passed")
    assert page.selected_milestone().id == gate.id
    assert page.certificate_button.isEnabled() and not page.accept_button.isEnabled()
    assert cell(page, "projects", 1, "gates") == "1/4"
    history = [page.history.item(i, 1).text() for i in range(page.history.rowCount())]
    assert labels.opening_event("gate_passed") in history


def test_a_started_acceptance_is_continued_not_started_again(qtbot, empty_ctx, monkeypatch) -> None:
    o = Openings(empty_ctx)
    page = make_page(qtbot, o.ctx)
    select_project(page, "N001")
    gate = select_milestone(page, "exterior_acceptance")
    opened: list[str] = []
    monkeypatch.setattr(RunnerDialog, "exec", lambda self: opened.append(self.run_id) or 0)  # closed at once
    page.gate_acceptance()
    idle()
    assert len(opened) == 1
    assert page.accept_button.text() == page.tr("Continue acceptance")
    row = [m.key for m in page.view.project.milestones].index("exterior_acceptance")
    assert cell(page, "milestones", row, "gate") == page.tr("Acceptance in progress")
    page.gate_acceptance()
    idle()
    assert opened[1] == opened[0] == page_module.latest_gate_run(o.ctx, gate.id).id  # the same draft


def test_the_countdown_report_is_a_pdf_of_the_project(qtbot, empty_ctx, monkeypatch, tmp_path: Path) -> None:
    from opsdesk.reports.opening import countdown_file_name

    o = Openings(empty_ctx)
    page = make_page(qtbot, o.ctx)
    select_project(page, "N001")
    assert page.report_button.isEnabled()
    assert page.report_button.name() == countdown_file_name(page.view.project, "zh_CN")
    target = tmp_path / "countdown.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.report_button.plain_action.trigger()
    qtbot.waitUntil(lambda: page.report_button.exporter.preview is not None, timeout=60000)  # built in the worker
    preview = page.report_button.exporter.preview
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    preview.save()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "徐汇新店" in text and "N001" in text


def test_show_project_finds_it_under_any_filter(qtbot, empty_ctx) -> None:
    o = Openings(empty_ctx)
    openings.cancel_project(o.ctx, o.late.id, "商场延期")
    page = make_page(qtbot, o.ctx)
    assert [r.project.store_code for r in page.rows] == ["N001"]  # active projects only
    page.show_project(o.late.id)
    idle()
    assert page.status.currentData() == page_module.ALL
    assert page.view.project.id == o.late.id and page.selected_row().project.id == o.late.id
    assert cell(page, "projects", [r.project.id for r in page.rows].index(o.late.id), "status") == \
        labels.project_status("cancelled")
    assert not page.move_button.isEnabled() and not page.done_button.isEnabled()
    history = [page.history.item(i, 3).text() for i in range(page.history.rowCount())]
    assert "商场延期" in " ".join(history)


def test_the_page_speaks_english_and_chinese(qtbot, empty_ctx, translations) -> None:
    o = Openings(empty_ctx)
    page = make_page(qtbot, o.ctx)
    select_project(page, "N001")
    assert page.milestones.item(0, 0).text() == "选址确认"  # the plan's titles in the interface's language
    translations.install("en")
    try:
        english = make_page(qtbot, o.ctx)
        select_project(english, "N001")
        assert english.milestones.item(0, 0).text() == "Site confirmed"
        assert english.projects.horizontalHeaderItem(1).text() == "Store"
        assert english.new_button.text() == "New project..."
        assert page_module.days_text(40) in english.header.text()
        assert english.milestones.item(1, 1).text().startswith("Head office")
    finally:
        translations.install("zh_CN")


def test_check_gate_says_what_is_missing_and_changes_nothing(qtbot, empty_ctx, monkeypatch) -> None:
    o = Openings(empty_ctx)
    page = make_page(qtbot, o.ctx)
    select_project(page, "N001")
    select_milestone(page, "equipment_acceptance")
    assert page.check_button.isEnabled()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _title, text, *a: warned.append(text)))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    idle()
    assert len(warned) == 1
    lines = warned[0].splitlines()
    from opsdesk.errors import FieldProblem
    from ui.errors import problem_text

    step = o.milestone("equipment_enters")
    assert lines == [problem_text(FieldProblem("after", "not_done", {"keys": [step.key], "titles": [step.title],
                                                                   "titles_en": [step.title_en]})),
                     problem_text(FieldProblem("milestone_id", "gate_not_met", {"missing": ["no_equipment"]}))]
    assert page_module.milestone_title(step) in lines[0]
    assert not o.milestone("equipment_acceptance").done


def test_a_project_action_goes_through_its_dialog_and_the_list_follows(qtbot, empty_ctx, monkeypatch) -> None:
    from ui.pages.openings.dialogs import MoveDateDialog

    o = Openings(empty_ctx)
    page = make_page(qtbot, o.ctx)
    select_project(page, "N001")
    new_day = TODAY + timedelta(days=47)

    def move_exec(self) -> int:
        self.project = openings.move_target(o.ctx, o.project.id, new_day, "物业交付推迟一周")
        return 1

    monkeypatch.setattr(MoveDateDialog, "exec", move_exec)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    idle()
    assert page.view.project.target_date == new_day and page.selected_row().project.id == o.project.id
    assert cell(page, "projects", 1, "days") == page_module.days_text(47)
    moved = page.history.item(0, 3).text()  # the newest event first: from → to and why
    assert moved.startswith(f"{(TODAY + timedelta(days=40)).isoformat()} → {new_day.isoformat()}")
    assert "物业交付推迟一周" in moved
    assert page.history.item(0, 1).text() == labels.opening_event("date_moved")
