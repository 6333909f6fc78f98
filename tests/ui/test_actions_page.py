"""Corrective actions (整改台账): the register's filters and header counts, overdue and repeat marks,
bulk reassign and due date, the lifecycle dialog by role, actions by hand, CSV export."""

from __future__ import annotations

import copy
import csv
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import choose, idle, rows
from PIL import Image
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStyleOptionViewItem,
)

from opsdesk.db import Database
from opsdesk.errors import PermissionDeniedError, StaleEditError
from opsdesk.permissions import as_system
from opsdesk.services import actions, org, runs, templates, workspace
from opsdesk.services.actions import ActionInput
from opsdesk.services.context import AppContext
from opsdesk.services.workspace import CURRENT_USER_KEY
from ui.errors import describe, permission_text
from ui.pages.actions import (
    ActionDialog,
    ActionsPage,
    DueDateDialog,
    NewActionDialog,
    NoteDialog,
    SubmitDialog,
    UserPickDialog,
)
from ui.style import RED

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()

CHECK = {
    "format": "opsdesk-template", "format_version": 1, "code": "action_check", "kind": "inspection",
    "title": "整改测试巡检", "title_en": "Action check",
    "sections": [{"title": "基础", "title_en": "Basics", "items": [
        {"key": "exit", "text": "安全出口畅通", "type": "pass_fail", "weight": 3,
         "action": {"title": "清理安全出口", "priority": "urgent", "due_days": 1}},
        {"key": "door", "text": "门头整洁", "type": "pass_fail",
         "action": {"title": "清洁门头", "priority": "high", "due_days": 3}},
        {"key": "price", "text": "价签齐全", "type": "pass_fail"},
        {"key": "smile", "text": "微笑服务", "type": "pass_fail"},
    ]}],
}




# ---------------------------------------------------------------- data


def jpeg(path: Path, colour=(30, 160, 60)) -> Path:  # noqa: ANN001
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path


def inspect(ctx, version, store_id: str, failing: set[str], day: date) -> str:  # noqa: ANN001
    """A completed inspection with these items failed; returns the run id."""
    run = runs.start_run(ctx, store_id, version.template_id, "routine", business_date=day)
    for item in version.items():
        runs.set_answer(ctx, run.id, item.id, "fail" if item.key in failing else "pass")
    runs.complete(ctx, run.id)
    return run.id


class Register:
    """The workspace for these tests: two inspections with actions, actions by hand, and one of each status."""

    def __init__(self, ctx, tmp_path: Path) -> None:  # noqa: ANN001
        self.ctx = ctx
        path = tmp_path / "check.json"
        path.write_text(json.dumps(CHECK, ensure_ascii=False), encoding="utf-8")
        self.version = templates.import_file(as_system(ctx), path)  # head office's template: the world
        regions = {r.id: r for r in org.list_regions(ctx)}
        stores = org.query_stores(ctx)
        self.a = stores[0]
        # another store in another top-level region
        top = lambda s: regions[s.region_id].parent_id or s.region_id  # noqa: E731
        self.b = next(s for s in stores if top(s) != top(self.a))
        self.c = next(s for s in stores if s.id not in (self.a.id, self.b.id) and top(s) == top(self.a))
        self.region_a = top(self.a)

        self.run1 = inspect(ctx, self.version, self.a.id, {"exit", "door"}, TODAY - timedelta(days=20))
        self.from_run1 = actions.create_from_proposals(ctx, actions.propose_from_run(ctx, self.run1))
        self.run2 = inspect(ctx, self.version, self.b.id, {"exit", "price"}, TODAY - timedelta(days=2))
        self.from_run2 = actions.create_from_proposals(ctx, actions.propose_from_run(ctx, self.run2))
        # the same item fails again at store A: a repeat finding
        self.run3 = inspect(ctx, self.version, self.a.id, {"exit"}, TODAY - timedelta(days=1))
        self.from_run3 = actions.create_from_proposals(ctx, actions.propose_from_run(ctx, self.run3))

        def by_hand(store, title, due_days, priority="normal", assignee=None):  # noqa: ANN001, ANN202
            return actions.create_action(ctx, ActionInput(store_id=store.id, title=title, priority=priority,
                                                          due_on=TODAY + timedelta(days=due_days),
                                                          assignee_id=assignee or store.manager_id))

        self.late = by_hand(self.b, "补贴消防检查记录", -5, "high")
        self.late_started = by_hand(self.c, "更换破损地垫", -2)
        actions.transition(ctx, self.late_started.id, "in_progress")
        self.submitted = by_hand(self.c, "补挂营业执照", -3)  # past due, but submitted: not overdue
        actions.transition(ctx, self.submitted.id, "submitted", fix_note="已挂好")
        self.done = by_hand(self.a, "修复灯箱", -10)
        actions.transition(ctx, self.done.id, "submitted", fix_note="已修复")
        actions.transition(ctx, self.done.id, "verified", "合格")
        self.dropped = by_hand(self.c, "调整排班", 4, assignee=self.a.manager_id)
        actions.transition(ctx, self.dropped.id, "cancelled", "门店停业装修")
        self.back = by_hand(self.b, "补齐价签", 6, "urgent")
        actions.transition(ctx, self.back.id, "submitted", fix_note="已补齐")
        actions.transition(ctx, self.back.id, "reopened", "照片看不清")
        self.all = actions.query_actions(ctx)

    def ids(self, predicate) -> set[str]:  # noqa: ANN001
        return {a.id for a in self.all if predicate(a)}


def _register(ctx) -> Register:  # noqa: ANN001
    from acting import looks_after_every_store

    looks_after_every_store(ctx)  # the demo's supervisor, as demo_ctx has them: at every store
    return Register(ctx, ctx.db.path.parent)


DEMO = {"stores": 12, "seed": 11}  # demo_ctx's demo


@pytest.fixture
def reg(workspace_copy, workspace_templates) -> Register:  # noqa: ANN001
    """``Register`` on demo_ctx's demo, built once per session and copied for each test (tests/conftest.py)."""
    db = Database.open(workspace_copy("demo.sqlite", _register, **DEMO))
    ctx = AppContext(db)
    ctx.user_id = db.get_meta(CURRENT_USER_KEY)  # the demo's current user, as demo_ctx
    register = copy.copy(workspace_templates.value(_register, **DEMO))
    register.ctx = ctx
    yield register
    db.close()


@pytest.fixture
def page(qtbot, reg) -> ActionsPage:  # noqa: ANN001
    p = ActionsPage(reg.ctx)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    p.refresh()
    idle()  # the rows, counts, filter lists and source inspections load off the GUI thread
    return p


def ids(page: ActionsPage) -> set[str]:
    return {a.id for a in rows(page)}


def counts_shown(page: ActionsPage) -> dict[str, int]:
    return {key: int(button.text().rsplit(" ", 1)[1]) for key, button in page.count_buttons.items()}


def expected_counts(reg: Register, predicate) -> dict[str, int]:  # noqa: ANN001
    chosen = [a for a in reg.all if predicate(a)]
    out = {s: sum(1 for a in chosen if a.status == s) for s in actions.ACTION_STATUSES}
    out["overdue"] = sum(1 for a in chosen if a.overdue())
    return out


# ---------------------------------------------------------------- the register


def test_filters_narrow_the_register_and_the_header_counts_follow(page, reg) -> None:  # noqa: ANN001
    assert page.status.currentData() == "__not_closed__"  # the default: what still needs work
    assert ids(page) == reg.ids(lambda a: a.status in actions.OPEN_STATUSES)
    assert counts_shown(page) == expected_counts(reg, lambda a: True)
    assert page.count_buttons["open"].text().startswith("待整改")
    assert page.count_label.text() == f"共 {len(ids(page))} 项整改"

    choose(page.status, None)
    assert ids(page) == {a.id for a in reg.all} and len(reg.all) == 11
    assert page.count_label.text() == "共 11 项整改"

    choose(page.store, reg.a.id)
    assert ids(page) == reg.ids(lambda a: a.store_id == reg.a.id)
    assert counts_shown(page) == expected_counts(reg, lambda a: a.store_id == reg.a.id)
    choose(page.store, None)

    choose(page.region, reg.region_a)
    in_region = {reg.a.id, reg.c.id}
    assert ids(page) == reg.ids(lambda a: a.store_id in in_region)
    assert counts_shown(page) == expected_counts(reg, lambda a: a.store_id in in_region)
    choose(page.region, None)

    choose(page.assignee, reg.a.manager_id)
    assert ids(page) == reg.ids(lambda a: a.assignee_id == reg.a.manager_id)
    assert reg.dropped.id in ids(page)  # an action of store C given to A's manager
    choose(page.assignee, None)

    choose(page.priority, "urgent")
    assert ids(page) == reg.ids(lambda a: a.priority == "urgent")
    assert len(ids(page)) == 4  # 清理安全出口 three times, 补齐价签
    choose(page.priority, None)

    for status in actions.ACTION_STATUSES:
        choose(page.status, status)
        assert ids(page) == reg.ids(lambda a, s=status: a.status == s), status
        assert page.count_buttons[status].isChecked()
        assert counts_shown(page) == expected_counts(reg, lambda a: True)  # counts ignore the status filter
    choose(page.status, None)

    page.overdue.setChecked(True)
    overdue = reg.ids(lambda a: a.overdue())
    assert overdue == {reg.late.id, reg.late_started.id}  # inspection actions are due after completion
    assert ids(page) == overdue
    assert reg.submitted.id not in ids(page)  # past due but waiting for verification
    assert counts_shown(page)["overdue"] == len(overdue)
    page.overdue.setChecked(False)

    choose(page.source, reg.run2)
    assert ids(page) == {a.id for a in reg.from_run2}
    assert "整改测试巡检" in page.source.currentText()
    choose(page.source, None)

    page.search.setText("灯箱")
    page.reload()
    assert ids(page) == {reg.done.id}


def test_typing_a_store_finds_it_and_sources_follow_the_store(qtbot, page, reg) -> None:  # noqa: ANN001
    choose(page.status, None)
    line = page.store.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, reg.b.code.lower())  # part of the text, any case: the completer offers it
    popup = page.store.completer().popup()
    assert page.store.completer().completionCount() == 1 and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.store.currentData() == reg.b.id
    assert ids(page) == reg.ids(lambda a: a.store_id == reg.b.id)
    qtbot.waitUntil(lambda: page.sources_loading is None)
    offered = {page.source.itemData(i) for i in range(1, page.source.count())}
    assert offered == {reg.run2}  # only the inspections of that store that have actions
    line.selectAll()
    qtbot.keyClicks(line, "no such store")
    line.editingFinished.emit()
    assert page.store.currentData() == reg.b.id  # unknown text goes back to the chosen store


def test_clicking_a_count_filters_by_that_status(qtbot, page, reg) -> None:  # noqa: ANN001
    qtbot.mouseClick(page.count_buttons["verified"], Qt.MouseButton.LeftButton)
    assert page.status.currentData() == "verified"
    assert ids(page) == {reg.done.id}
    qtbot.mouseClick(page.count_buttons["verified"], Qt.MouseButton.LeftButton)  # again: every status
    assert page.status.currentData() is None
    qtbot.mouseClick(page.count_buttons["overdue"], Qt.MouseButton.LeftButton)
    assert page.overdue.isChecked() and page.count_buttons["overdue"].isChecked()
    assert ids(page) == reg.ids(lambda a: a.overdue())


def test_show_for_run_and_for_store(page, reg) -> None:  # noqa: ANN001
    page.show_for_run(reg.run1)
    assert page.source.currentData() == reg.run1 and page.status.currentData() is None
    assert ids(page) == {a.id for a in reg.from_run1}
    page.show_for_store(reg.c.id)
    assert page.store.currentData() == reg.c.id and page.source.currentData() is None
    assert ids(page) == reg.ids(lambda a: a.store_id == reg.c.id and a.status in actions.OPEN_STATUSES)


def _style(page: ActionsPage, action_id: str, key: str) -> QStyleOptionViewItem:
    row = page.model.row_of(lambda a: a.id == action_id)
    assert row >= 0
    option = QStyleOptionViewItem()
    page.table.itemDelegate().initStyleOption(option, page.model.index(row, page.column_keys.index(key)))
    return option


def test_overdue_rows_and_repeat_findings_are_marked(page, reg) -> None:  # noqa: ANN001
    choose(page.status, None)
    rows(page)
    red = RED  # the palette's one red (ui/style.py)
    late = _style(page, reg.late.id, "due_on")
    assert late.palette.color(QPalette.ColorRole.Text).name() == red
    assert late.font.bold() and not _style(page, reg.late.id, "title").font.bold()  # the overdue due date
    assert not late.icon.isNull()
    assert late.backgroundBrush.color().name() != "#000000"  # the whole row is tinted
    assert _style(page, reg.late.id, "title").backgroundBrush.color() == late.backgroundBrush.color()
    row = page.model.row_of(lambda a: a.id == reg.late.id)
    assert "逾期" in page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)

    waiting = _style(page, reg.submitted.id, "due_on")  # past due, but submitted
    assert waiting.palette.color(QPalette.ColorRole.Text).name() != red
    assert waiting.icon.isNull()
    future = _style(page, reg.back.id, "due_on")
    assert future.palette.color(QPalette.ColorRole.Text).name() != red and future.icon.isNull()

    repeat = next(a for a in reg.from_run3)
    assert repeat.repeat_count == 1 and repeat.title == "清理安全出口"
    row = page.model.row_of(lambda a: a.id == repeat.id)
    assert page.model.index(row, page.column_keys.index("repeat_count")).data() == "×1"
    assert not _style(page, repeat.id, "repeat_count").icon.isNull()
    assert "重复问题" in page.model.index(row, page.column_keys.index("repeat_count")).data(
        Qt.ItemDataRole.ToolTipRole)
    first = reg.from_run2[0]
    assert page.model.index(page.model.row_of(lambda a: a.id == first.id),
                            page.column_keys.index("repeat_count")).data() == ""
    source = page.model.index(row, page.column_keys.index("source")).data()
    assert source == "整改测试巡检 " + (TODAY - timedelta(days=1)).isoformat()
    row = page.model.row_of(lambda a: a.id == reg.late.id)
    assert page.model.index(row, page.column_keys.index("source")).data() == "手工录入"


# ---------------------------------------------------------------- bulk changes


def test_bulk_reassign_and_due_date_on_a_multi_selection(page, reg, monkeypatch, answer_yes) -> None:  # noqa: ANN001
    choose(page.status, None)
    chosen = [reg.late.id, reg.late_started.id, reg.done.id]  # the verified one is left as it is
    assert page.select_ids(chosen) == 3
    assert len(page.selected_actions()) == 3
    assert page.reassign_button.isEnabled() and page.due_button.isEnabled()
    assert not page.open_button.isEnabled()  # one action at a time

    target = workspace.current_user(reg.ctx).id  # the supervisor takes them over

    def pick(dialog: UserPickDialog) -> int:
        choose(dialog.user, target)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UserPickDialog, "exec", pick)
    page.reassign_button.click()
    idle()
    assert len(answer_yes) == 1
    assert "2 项整改" in answer_yes[0] and "1 项已关闭" in answer_yes[0]
    assert org.get_user(reg.ctx, target).name in answer_yes[0]
    now = {a.id: a for a in actions.query_actions(reg.ctx)}
    assert now[reg.late.id].assignee_id == target and now[reg.late_started.id].assignee_id == target
    assert now[reg.done.id].assignee_id == reg.a.manager_id
    assert "已转派 2 项整改" in page.notice.text()
    assert {a.id for a in page.selected_actions()} == set(chosen)  # the selection survives the reload

    new_due = TODAY + timedelta(days=30)

    def due(dialog: DueDateDialog) -> int:
        dialog.due.setDate(QDate(new_due.year, new_due.month, new_due.day))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DueDateDialog, "exec", due)
    page.due_button.click()
    idle()
    assert new_due.isoformat() in answer_yes[1] and "2 项整改" in answer_yes[1]
    now = {a.id: a for a in actions.query_actions(reg.ctx)}
    assert now[reg.late.id].due_on == new_due and now[reg.late_started.id].due_on == new_due
    assert now[reg.done.id].due_on == reg.done.due_on
    assert not now[reg.late.id].overdue()
    assert counts_shown(page)["overdue"] == expected_counts(reg, lambda a: True)["overdue"] - 2


def test_bulk_change_answered_no_changes_nothing(page, reg, monkeypatch) -> None:  # noqa: ANN001
    choose(page.status, None)
    page.select_ids([reg.late.id, reg.back.id])
    monkeypatch.setattr(UserPickDialog, "exec", lambda d: choose(d.user, reg.c.manager_id) or 1)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    page.reassign_button.click()
    idle()
    assert actions.get_action(reg.ctx, reg.late.id).assignee_id == reg.b.manager_id


# ---------------------------------------------------------------- one action, by role


def test_store_manager_submits_and_supervisor_verifies(qtbot, reg, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    ctx = reg.ctx
    supervisor = workspace.current_user(ctx)
    assert supervisor.role == "supervisor"
    action = reg.from_run2[0]
    manager = workspace.set_current_user(ctx, reg.b.manager_id)
    assert manager.role == "store_manager"

    dialog = ActionDialog(ctx, action.id)
    qtbot.addWidget(dialog)
    assert dialog.offered() == list(actions.allowed_transitions("open", "store_manager"))
    assert {"in_progress", "submitted"} <= set(dialog.offered())
    assert dialog.step_buttons["submitted"].text() == "提交整改"
    dialog.step_buttons["in_progress"].click()
    assert actions.get_action(ctx, action.id).status == "in_progress"
    assert "in_progress" not in dialog.offered() and "submitted" in dialog.offered()

    photo = jpeg(tmp_path / "fixed.jpg")
    fake = tmp_path / "notes.jpg"
    fake.write_text("not a picture")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))

    def submit(d: SubmitDialog) -> int:
        d.add_files([str(photo), str(fake)])
        d.submit()  # the second file is refused: nothing is submitted
        assert warned and "notes.jpg" in warned[-1]
        assert actions.get_action(ctx, action.id).status == "in_progress"
        d.photos.takeItem(1)
        d.fix_note.setPlainText("")
        d.submit()  # no words: the service refuses, the dialog says why
        assert not d.error_label.isHidden()
        assert "请说明整改了什么" in d.error_label.text()
        d.fix_note.setPlainText("已清理出口杂物，张贴禁止堆放标识")
        d.submit()
        return d.result()

    monkeypatch.setattr(SubmitDialog, "exec", submit)
    dialog.step_buttons["submitted"].click()
    now = actions.get_action(ctx, action.id)
    assert now.status == "submitted" and now.fix_note.startswith("已清理出口")
    assert len(actions.fix_photos(ctx, action.id)) == 1  # stored once, though submit ran three times
    assert len([t for t in dialog.findChildren(type(dialog.heading), "thumb") if not t.isHidden()]) == 1
    assert "验收通过" not in [b.text() for b in dialog.step_buttons.values()]
    # exactly what the service allows a store manager; never the verification
    assert dialog.offered() == list(actions.allowed_transitions("submitted", "store_manager"))
    assert "verified" not in dialog.offered()

    # the service refuses what the store manager is not offered, and the message says so
    def try_anyway(d: NoteDialog) -> int:
        d.note.setPlainText("自己验收")
        d.ok_button.click()
        return d.result()

    monkeypatch.setattr(NoteDialog, "exec", try_anyway)
    dialog.step("verified")  # not offered; forced here: the service refuses it and the dialog says so
    assert warned[-1].startswith(permission_text("role", "store_manager"))  # the permission table: action.verify
    assert actions.get_action(ctx, action.id).status == "submitted"
    with pytest.raises(PermissionDeniedError):
        actions.transition(ctx, action.id, "verified", "自己验收")
    workspace.set_current_user(ctx, supervisor.id)

    dialog = ActionDialog(ctx, action.id)
    qtbot.addWidget(dialog)
    assert dialog.offered() == ["verified", "reopened"]
    assert dialog.step_buttons["verified"].text() == "验收通过"

    def reopen_without_reason(d: NoteDialog) -> int:
        assert d.target == "reopened"
        d.note.setPlainText("   ")
        d.ok_button.click()
        assert not d.error_label.isHidden() and "请填写原因" in d.error_label.text()
        assert actions.get_action(ctx, action.id).status == "submitted"
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NoteDialog, "exec", reopen_without_reason)
    dialog.step_buttons["reopened"].click()
    assert actions.get_action(ctx, action.id).status == "submitted"

    def accept(d: NoteDialog) -> int:
        assert d.target == "verified"
        d.note.setPlainText("现场复查合格")
        d.ok_button.click()
        return d.result()

    monkeypatch.setattr(NoteDialog, "exec", accept)
    dialog.step_buttons["verified"].click()
    now = actions.get_action(ctx, action.id)
    assert now.status == "verified" and now.verified_by == supervisor.id
    assert dialog.offered() == []
    assert dialog.status_badge.text() == "已验收"
    steps = [dialog.history.topLevelItem(i) for i in range(dialog.history.topLevelItemCount())]
    assert [s.text(1) for s in steps] == ["待整改", "待整改 → 整改中", "整改中 → 待验收", "待验收 → 已验收"]
    assert steps[1].text(2) == manager.name and steps[3].text(2) == supervisor.name
    assert steps[3].text(3) == "现场复查合格" and steps[3].text(0)
    assert dialog.title.isReadOnly() and not dialog.due.isEnabled()  # closed: no more edits
    assert not dialog.add_photos_button.isVisibleTo(dialog)


def test_refused_step_is_explained(qtbot, reg, monkeypatch) -> None:  # noqa: ANN001
    """The dialog offered a step, then someone else closed the action: the service refuses it."""
    dialog = ActionDialog(reg.ctx, reg.late.id)
    qtbot.addWidget(dialog)
    assert "in_progress" in dialog.offered()
    actions.transition(reg.ctx, reg.late.id, "cancelled", "重复录入")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))
    dialog.step_buttons["in_progress"].click()
    assert warned == [describe(StaleEditError("changed"))]
    assert actions.get_action(reg.ctx, reg.late.id).status == "cancelled"
    assert dialog.offered() == []  # it shows what is stored now


def test_edit_an_open_action_and_cancel_needs_a_reason(qtbot, reg, monkeypatch) -> None:  # noqa: ANN001
    dialog = ActionDialog(reg.ctx, reg.late.id)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.title.setText("补贴消防检查记录（本周内）")
    dialog.title.textEdited.emit(dialog.title.text())
    choose(dialog.priority, "urgent")
    choose(dialog.assignee, reg.c.manager_id)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    now = actions.get_action(reg.ctx, reg.late.id)
    assert (now.title, now.priority, now.assignee_id) == ("补贴消防检查记录（本周内）", "urgent", reg.c.manager_id)
    assert dialog.changed and not dialog.save_button.isEnabled()

    dialog.title.setText("")
    dialog.title.textEdited.emit("")
    dialog.save_button.click()
    assert "标题" in dialog.error_label.text()
    assert actions.get_action(reg.ctx, reg.late.id).title == "补贴消防检查记录（本周内）"
    dialog.load(actions.get_action(reg.ctx, reg.late.id))  # back to what is stored

    def cancel_twice(d: NoteDialog) -> int:
        d.ok_button.click()
        assert "请填写原因" in d.error_label.text()
        d.note.setPlainText("与另一项重复")
        d.ok_button.click()
        return d.result()

    monkeypatch.setattr(NoteDialog, "exec", cancel_twice)
    dialog.step_buttons["cancelled"].click()
    assert actions.get_action(reg.ctx, reg.late.id).status == "cancelled"
    assert dialog.history.topLevelItem(dialog.history.topLevelItemCount() - 1).text(3) == "与另一项重复"


def test_open_from_the_register_reloads_it(qtbot, page, reg, monkeypatch) -> None:  # noqa: ANN001
    def start(d: ActionDialog) -> int:
        d.step_buttons["in_progress"].click()
        return 0

    monkeypatch.setattr(ActionDialog, "exec", start)
    page.select_ids([reg.late.id])
    assert page.open_button.isEnabled()
    row = page.model.row_of(lambda a: a.id == reg.late.id)
    rect = page.table.visualRect(page.model.index(row, 2))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle()
    assert page.selected().id == reg.late.id and page.selected().status == "in_progress"
    assert counts_shown(page)["in_progress"] == expected_counts(reg, lambda a: True)["in_progress"] + 1


# ---------------------------------------------------------------- by hand


def test_new_action_by_hand_defaults_to_the_store_manager(qtbot, page, reg, monkeypatch) -> None:  # noqa: ANN001
    choose(page.store, reg.c.id)

    def fill(d: NewActionDialog) -> int:
        assert d.store.currentData() == reg.c.id  # the store the register shows
        assert d.assignee.currentData() == reg.c.manager_id
        choose(d.store, reg.b.id)
        assert d.assignee.currentData() == reg.b.manager_id  # follows the store
        d.save()
        assert "标题" in d.error_label.text()  # the title is required
        d.title.setText("店招灯不亮")
        choose(d.priority, "high")
        d.due.setDate(d.due.date().addDays(2))
        d.save()
        return d.result()

    monkeypatch.setattr(NewActionDialog, "exec", fill)
    page.new_button.click()
    idle()
    made = [a for a in actions.query_actions(reg.ctx) if a.title == "店招灯不亮"]
    assert len(made) == 1
    a = made[0]
    assert (a.store_id, a.priority, a.assignee_id, a.source_run_id) == (reg.b.id, "high", reg.b.manager_id, None)
    assert a.due_on == TODAY + timedelta(days=9)
    assert "筛选" in page.notice.text()  # the register shows store C: the new action is hidden
    choose(page.store, reg.b.id)
    assert a.id in ids(page)


# ---------------------------------------------------------------- export


def test_csv_export_has_chinese_headers_and_the_filtered_rows(qtbot, reg, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    window = QMainWindow()
    qtbot.addWidget(window)
    page = ActionsPage(reg.ctx)
    window.setCentralWidget(page)
    window.show()
    page.refresh()
    idle()
    choose(page.status, None)
    choose(page.region, reg.region_a)
    out = tmp_path / "out" / "register.csv"
    out.parent.mkdir()
    asked: list[str] = []

    def save_name(_parent, _title, default, filters):  # noqa: ANN001, ANN202
        asked.append(default)
        csv_filter = next(f for f in filters.split(";;") if "*.csv" in f)
        return str(out.with_suffix("")), csv_filter  # no extension typed, the CSV filter chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    page.export_button.click()
    idle()
    assert Path(asked[0]).name == f"整改台账-{date.today():%Y-%m-%d}.xlsx"
    qtbot.waitUntil(lambda: "已导出" in page.notice.text(), timeout=10000)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    header, body = lines[0], lines[1:]
    assert header[:5] == ["门店编码", "门店", "整改事项", "优先级", "状态"]
    assert len(header) == len(actions.CSV_COLUMNS)
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in h) for h in header)
    assert len(body) == page.model.total == len(reg.ids(lambda a: a.store_id in (reg.a.id, reg.c.id)))
    status = header.index("状态")
    assert {r[status] for r in body} <= {"待整改", "整改中", "待验收", "已验收", "已退回", "已取消"}
    overdue = header.index("逾期")
    late = [r for r in body if r[header.index("整改事项")] == "更换破损地垫"][0]
    assert late[overdue] == "是"
    assert "已导出 %d 项整改" % len(body) in page.notice.text()
    assert window.statusBar().currentMessage() == page.notice.text()


def test_the_page_reads_and_writes_through_services_only() -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "ui" / "pages" / "actions").glob("*.py")))
    for pattern in (r"sqlalchemy", r"\bSession\b", r"(?<![.\w])select\(", r"ctx\.(read|tx)\(", r"opsdesk\.models"):
        assert not re.search(pattern, text), pattern
