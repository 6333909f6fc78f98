"""The 新店筹备 dialogs, timeline and start-up reminders (pytest-qt on real SQLite workspaces): each dialog's
success path changes the database, a refusal is shown in the dialog and changes nothing; the timeline is
painted (today line, bar colours) and a click selects a milestone; the reminders list a late milestone."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QToolButton

from opsdesk.errors import FieldProblem
from opsdesk.services import attachments, openings, org, workspace
from ui.errors import permission_text, problem_text
from ui.pages.openings.dialogs import (
    CancelProjectDialog,
    EditProjectDialog,
    MilestoneDialog,
    MoveDateDialog,
    NewProjectDialog,
    OpenStoreDialog,
    TrainingDialog,
)
from ui.pages.openings.timeline import DONE_COLOUR, TODAY_COLOUR, TimelineWidget
from ui.widgets.reminders import RemindersDialog

TODAY = date.today()


@pytest.fixture
def w(empty_ctx):
    """A workspace with the shipped plans, a head-office user acting, an ops manager, a supervisor and two
    stores being prepared (a direct one with a manager and a clerk, a franchise one) and one open store."""
    ctx = empty_ctx
    workspace.prepare(ctx)
    admin = org.create_user(ctx, org.UserInput("admin", "总部甲", "head_office"))
    ctx.user_id = admin.id
    region = org.save_region(ctx, "华东", "EAST")
    ops = org.create_user(ctx, org.UserInput("ops", "运营乙", "ops_manager"))
    sup = org.create_user(ctx, org.UserInput("sup", "督导丙", "supervisor"))
    direct = org.create_store(ctx, org.StoreInput("N001", "新店一号", region.id, status="preparing"))
    franchise = org.create_store(ctx, org.StoreInput("N002", "加盟二号", region.id, kind="franchise",
                                                     status="planned"))
    org.create_store(ctx, org.StoreInput("S001", "老店", region.id, status="open", opened_on=date(2020, 1, 1)))
    manager = org.create_user(ctx, org.UserInput("mgr", "店长丁", "store_manager", store_ids=(direct.id,)))
    org.update_store(ctx, direct.id, org.StoreInput(direct.code, direct.name, region.id, status="preparing",
                                                    manager_id=manager.id, supervisor_id=sup.id))
    clerk = org.create_user(ctx, org.UserInput("clerk", "店员戊", "staff", store_ids=(direct.id,)))
    franchisee = org.create_user(ctx, org.UserInput("fr", "加盟商己", "store_manager", store_ids=(franchise.id,)))
    return {"ctx": ctx, "admin": admin, "ops": ops, "sup": sup, "direct": direct, "franchise": franchise,
            "manager": manager, "clerk": clerk, "franchisee": franchisee}


def project_of(w, target: date | None = None) -> openings.ProjectDTO:
    return openings.create_project(w["ctx"], w["direct"].id, target or TODAY + timedelta(days=40),
                                   owner_id=w["ops"].id, notes="首店")


def ok(dialog: QDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def jpeg(path: Path, colour: str = "blue") -> Path:
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path


# ---------------------------------------------------------------- projects


def test_new_project_offers_only_stores_being_prepared_and_starts_one(qtbot, w) -> None:
    ctx = w["ctx"]
    dialog = NewProjectDialog(ctx, store_id=w["franchise"].id)
    qtbot.addWidget(dialog)
    offered = {dialog.store.itemData(i) for i in range(dialog.store.count())}
    assert offered == {w["direct"].id, w["franchise"].id}  # not the open store
    assert dialog.store.currentData() == w["franchise"].id
    assert dialog.franchisee.isEnabled()  # a franchise store
    assert dialog.plan.currentData() == "franchise"  # the plan for its kind
    assert dialog.target.date().toPython() == TODAY + timedelta(days=90)
    dialog.franchisee.setCurrentIndex(dialog.franchisee.findData(w["franchisee"].id))
    dialog.owner.setCurrentIndex(dialog.owner.findData(w["sup"].id))
    dialog.notes.setPlainText("商场店")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    project = openings.get_project(ctx, dialog.project.id)
    assert (project.store_id, project.owner_id, project.franchisee_id, project.notes) == \
        (w["franchise"].id, w["sup"].id, w["franchisee"].id, "商场店")
    assert project.target_date == TODAY + timedelta(days=90) and project.milestones

    again = NewProjectDialog(ctx)  # the franchise store now has its project: no longer offered
    qtbot.addWidget(again)
    assert {again.store.itemData(i) for i in range(again.store.count())} == {w["direct"].id}
    # a direct store has no franchisee
    again.store.setCurrentIndex(again.store.findData(w["direct"].id))
    assert not again.franchisee.isEnabled() and again.plan.currentData() == "standard"


def test_new_project_without_a_store_is_refused_in_the_dialog(qtbot, w) -> None:
    ctx = w["ctx"]
    dialog = NewProjectDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.store.currentIndex() == -1
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error_label.isVisible() and "必填" in dialog.error_label.text()
    assert openings.list_projects(ctx) == []


def test_edit_project_changes_owner_and_notes(qtbot, w) -> None:
    ctx = w["ctx"]
    project = project_of(w)
    dialog = EditProjectDialog(ctx, project)
    qtbot.addWidget(dialog)
    assert dialog.owner.currentData() == w["ops"].id and not dialog.franchisee.isEnabled()
    dialog.owner.setCurrentIndex(dialog.owner.findData(w["sup"].id))
    dialog.notes.setPlainText("改由督导负责")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = openings.get_project(ctx, project.id)
    assert (saved.owner_id, saved.notes) == (w["sup"].id, "改由督导负责") == (dialog.project.owner_id,
                                                                         dialog.project.notes)


def test_move_date_waits_for_a_reason_and_moves_open_milestones(qtbot, w) -> None:
    ctx = w["ctx"]
    project = project_of(w)
    first = project.milestones[0]
    openings.complete_milestone(ctx, first.id)
    project = openings.get_project(ctx, project.id)
    dialog = MoveDateDialog(ctx, project)
    qtbot.addWidget(dialog)
    dialog.new_date.setDate(dialog.new_date.date().addDays(14))
    assert not ok(dialog).isEnabled()  # no reason yet
    assert str(len(project.milestones) - 1) in dialog.effect.text() and "14" in dialog.effect.text()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not ok(dialog).isEnabled()
    dialog.reason.setText("物业交房推迟")  # typed (QTest types Latin keys only)
    assert ok(dialog).isEnabled()
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    moved = openings.get_project(ctx, project.id)
    assert moved.target_date == project.target_date + timedelta(days=14) == dialog.project.target_date
    assert moved.milestone(first.key).due_on == first.due_on  # done: stays
    assert all(m.due_on == old.due_on + timedelta(days=14) for m, old in zip(moved.milestones[1:],
                                                                             project.milestones[1:]))
    assert moved.events[-1].kind == "date_moved" and moved.events[-1].note == "物业交房推迟"


def test_open_store_refused_without_gates_for_everyone_but_head_office(qtbot, w) -> None:
    ctx = w["ctx"]
    project = project_of(w)
    # a supervisor is told why not and cannot try
    ctx.user_id = w["sup"].id
    dialog = OpenStoreDialog(ctx, project)
    qtbot.addWidget(dialog)
    assert dialog.override.isHidden() and not ok(dialog).isEnabled()
    assert "新店装修验收" in dialog.gates.text() or dialog.gates.text().count("◇") == len(project.gates_open)
    # head office sees the override; OK waits for the box and a reason
    ctx.user_id = w["admin"].id
    dialog = OpenStoreDialog(ctx, project)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.override.isHidden() and not ok(dialog).isEnabled()
    dialog.override.setChecked(True)
    assert not ok(dialog).isEnabled()
    dialog.reason.setText("总部批准试营业")
    assert ok(dialog).isEnabled()
    # the user changed to a supervisor meanwhile: the service refuses, the dialog says so and stays open
    ctx.user_id = w["sup"].id
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error_label.isVisible()
    assert permission_text("role", "supervisor") in dialog.error_label.text()  # the typed permission refusal
    assert openings.get_project(ctx, project.id).status == "active"
    assert org.get_store(ctx, w["direct"].id).status == "preparing"
    # head office again: opened with the override and its reason
    ctx.user_id = w["admin"].id
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    opened = openings.get_project(ctx, project.id)
    assert (opened.status, opened.override_reason) == ("opened", "总部批准试营业")
    assert org.get_store(ctx, w["direct"].id).status == "open"


def test_cancel_project_needs_a_reason_then_a_confirmation(qtbot, w, answer_yes) -> None:
    ctx = w["ctx"]
    project = project_of(w)
    dialog = CancelProjectDialog(ctx, project)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)  # no reason: refused by the service
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.error_label.isVisible()
    assert "必填" in dialog.error_label.text() and answer_yes == []
    assert openings.get_project(ctx, project.id).status == "active"
    dialog.reason.setText("选址被否决")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert len(answer_yes) == 1 and "N001" in answer_yes[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    cancelled = openings.get_project(ctx, project.id)
    assert cancelled.status == "cancelled" == dialog.project.status
    assert cancelled.events[-1].kind == "cancelled" and cancelled.events[-1].note == "选址被否决"


# ---------------------------------------------------------------- training and one milestone


def test_training_sign_off_per_person_passes_the_gate(qtbot, w, answer_yes) -> None:
    ctx = w["ctx"]
    project = project_of(w)
    gate = project.milestone("staff_training")
    assert gate.gate_kind == "training" and not gate.after  # the built-in plan: no step before it
    dialog = TrainingDialog(ctx, gate.id)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert sorted(names) == sorted(["店长丁", "店员戊"])
    assert "0" in dialog.state.text()
    assert not dialog.sign.isEnabled()  # nobody selected
    dialog.table.selectRow(names.index("店员戊"))
    assert dialog.sign.isEnabled()
    qtbot.mouseClick(dialog.sign, Qt.MouseButton.LeftButton)
    assert "店员戊" in answer_yes[-1]
    signed = [e.user_id for e in openings.get_project(ctx, project.id).events if e.kind == "training_signed"]
    assert signed == [w["clerk"].id]
    row = names.index("店员戊")
    assert dialog.table.item(row, 2).text() != dialog.tr("Not yet")
    # the same person again: refused by the service, shown in the dialog
    dialog.table.selectRow(row)
    assert not dialog.sign.isEnabled()
    refused = dialog.attempt(lambda: openings.sign_off_training(ctx, gate.id, w["clerk"].id))
    assert refused is None and dialog.error_label.text()
    dialog.table.selectRow(names.index("店长丁"))
    assert not openings.get_project(ctx, project.id).milestone("staff_training").done
    assert dialog.sign_off_selected()
    assert openings.get_project(ctx, project.id).milestone("staff_training").done  # the last person passed it
    assert not dialog.sign.isEnabled() and dialog.state.text().endswith(dialog.tr("%1: gate passed.")[2:])


def test_milestone_dialog_note_and_evidence_photos(qtbot, w, answer_yes, tmp_path) -> None:
    ctx = w["ctx"]
    project = project_of(w)
    m = project.milestones[0]
    dialog = MilestoneDialog(ctx, m.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(type(dialog.note.edit), "note") is not None
    dialog.note.edit.setFocus()
    dialog.note.edit.setPlainText("已与房东确认")
    dialog.note.commit()
    assert openings.get_project(ctx, project.id).milestone(m.key).note == "已与房东确认" == dialog.milestone.note
    assert dialog.add_photos([str(jpeg(tmp_path / "a.jpg")), str(jpeg(tmp_path / "b.jpg", "red"))])
    photos = attachments.photos_of(ctx, openings.MILESTONE_PHOTOS, m.id)
    assert len(photos) == 2
    buttons = dialog.findChildren(QToolButton, "removePhoto")
    assert len([b for b in buttons if not b.isHidden()]) == 2
    visible = [b for b in buttons if not b.isHidden()]
    qtbot.mouseClick(visible[0], Qt.MouseButton.LeftButton)
    assert answer_yes and len(attachments.photos_of(ctx, openings.MILESTONE_PHOTOS, m.id)) == 1
    # a note that is too long is refused (and not saved)
    refused = dialog.attempt(lambda: openings.set_milestone_note(ctx, m.id, "x" * (openings.NOTE_MAX + 1)))
    assert refused is None and dialog.error_label.isVisible()
    assert openings.get_project(ctx, project.id).milestone(m.key).note == "已与房东确认"
    # a file that is not a photo: refused, nothing added
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not an image")
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    original = QMessageBox.warning
    QMessageBox.warning = staticmethod(lambda _p, _t, text, *a, **k: shown.append(text))  # type: ignore[assignment]
    try:
        assert not dialog.add_photos([str(bad)])
    finally:
        QMessageBox.warning = original  # type: ignore[assignment]
    assert shown and len(attachments.photos_of(ctx, openings.MILESTONE_PHOTOS, m.id)) == 1


# ---------------------------------------------------------------- the timeline


def pixel(image, x: float, y: float) -> str:
    return QColor(image.pixel(int(x), int(y))).name()


def test_timeline_paints_today_and_states_and_emits_clicks(qtbot, w) -> None:
    ctx = w["ctx"]
    project = project_of(w, TODAY + timedelta(days=30))
    first = project.milestones[0]
    openings.complete_milestone(ctx, first.id)
    project = openings.get_project(ctx, project.id)
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.resize(1000, 300)
    timeline.set_project(project)
    timeline.resize(1000, timeline.height())
    timeline.show()
    qtbot.waitExposed(timeline)
    image = timeline.grab().toImage()
    # the today line, below the axis, between two rows
    x_today = timeline.day_centre(TODAY)
    rows = len(project.milestones)
    ys = [timeline.row_rect(i).top() + 3 for i in range(rows)]
    today_hits = [y for y in ys if pixel(image, x_today, y) == QColor(TODAY_COLOUR).name()]
    assert len(today_hits) >= rows - 2
    # the done milestone's bar is green in its middle
    bar = timeline.bar_rect(0)
    assert pixel(image, bar.center().x(), bar.center().y()) == QColor(DONE_COLOUR).name()
    # a bar of an open milestone is not green
    open_index = next(i for i, m in enumerate(project.milestones) if not m.done and not m.gate)
    bar = timeline.bar_rect(open_index)
    assert pixel(image, bar.center().x(), bar.center().y()) != QColor(DONE_COLOUR).name()
    # a click on a row emits its id and selects it; the selection is painted
    with qtbot.waitSignal(timeline.milestoneClicked) as blocker:
        target = timeline.bar_rect(3).center()
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(target.x()), int(target.y())))
    assert blocker.args == [project.milestones[3].id] and timeline.selected == project.milestones[3].id
    with qtbot.waitSignal(timeline.milestoneClicked) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Down)
    assert blocker.args == [project.milestones[4].id]
    timeline.select(project.milestones[1].id)
    assert timeline.selected == project.milestones[1].id
    assert "\n" in timeline.tooltip_for(project.milestones[0])
    timeline.grab().save(str(Path("/tmp/b17/timeline.png"))) if Path("/tmp/b17").is_dir() else None


def test_timeline_scales_to_the_width_and_is_empty_without_project(qtbot, w) -> None:
    timeline = TimelineWidget()
    qtbot.addWidget(timeline)
    timeline.set_project(None)
    assert timeline.minimumSizeHint().width() > 300 and timeline.height() > 0
    timeline.set_project(project_of(w))
    timeline.resize(700, timeline.height())
    narrow = timeline.x_of(TODAY + timedelta(days=20)) - timeline.x_of(TODAY)
    timeline.resize(1400, timeline.height())
    wide = timeline.x_of(TODAY + timedelta(days=20)) - timeline.x_of(TODAY)
    assert wide > narrow * 1.8


# ---------------------------------------------------------------- start-up reminders


def test_reminders_list_a_late_milestone_and_open_the_page(qtbot, w) -> None:
    ctx = w["ctx"]
    project = project_of(w, TODAY + timedelta(days=3))  # the early milestones are late already
    due = openings.reminders(ctx, w["ops"].id)
    assert due and due[0].days_left < 0
    dialog = RemindersDialog([], milestones=due)
    qtbot.addWidget(dialog)
    table = dialog.opening_table
    assert table is not None and table.rowCount() == len(due)
    assert dialog.table.isHidden()  # no corrective actions: their part is left out
    first = due[0].milestone
    assert str(-due[0].days_left) in table.item(0, 0).text() and "N001" in table.item(0, 1).text()
    assert table.item(0, 2).text().startswith(first.title)
    assert table.item(0, 0).foreground().color().name() == QColor("#d93025").name()
    opened: list[str] = []
    dialog.openOpening.connect(opened.append)
    qtbot.mouseClick(dialog.findChild(QPushButton, "openOpenings"), Qt.MouseButton.LeftButton)
    assert opened == [project.id]
    # nobody else owns them
    assert openings.reminders(ctx, w["clerk"].id) == []


def test_start_up_reminders_include_the_users_opening_milestones(qtbot, w, monkeypatch) -> None:  # noqa: ANN001
    """``Controller.remind`` asks for the user's opening milestones too, and its button shows the project."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from ui.app import Controller

    ctx = w["ctx"]
    project = project_of(w, TODAY + timedelta(days=3))
    ctx.user_id = w["ops"].id  # owns the ops-manager and head-office steps (project owner)
    shown: list[RemindersDialog] = []
    monkeypatch.setattr(RemindersDialog, "exec", lambda self: shown.append(self) or 0)
    asked: list[tuple[str, str]] = []

    class Page(QWidget):
        def show_project(self, project_id: str) -> None:
            asked.append(("project", project_id))

    page = Page()
    qtbot.addWidget(page)
    window = QWidget()
    qtbot.addWidget(window)
    window.show_page = lambda key: asked.append(("page", key))
    window.pages = type("Pages", (dict,), {"is_built": lambda self, key: key in self})({"openings": page})
    controller = SimpleNamespace(ctx=ctx, window=window)
    controller.show_opening = lambda pid: Controller.show_opening(controller, pid)
    Controller.remind(controller)
    assert len(shown) == 1 and shown[0].opening_table.rowCount() == len(openings.reminders(ctx, w["ops"].id)) > 0
    shown[0].openOpening.emit(project.id)
    assert asked == [("page", "openings"), ("project", project.id)]
