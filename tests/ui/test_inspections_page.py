"""Inspections: start one, fill it by keyboard in the runner, photos, completion, the completed view."""

from __future__ import annotations

import json

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from helpers import choose, idle, rows
from opsdesk.permissions import as_system
from opsdesk.services import org, runs, templates
from ui.pages.inspections import InspectionsPage, RunViewDialog, StartInspectionDialog
from ui.widgets.proposals import ProposalsDialog
from ui.widgets.runner import RunnerDialog

SMALL = {
    "format": "opsdesk-template", "format_version": 1, "code": "mini_check", "kind": "inspection",
    "title": "小型巡检", "title_en": "Mini check",
    "sections": [
        {"title": "基础", "title_en": "Basics", "items": [
            {"key": "door", "text": "门头整洁", "text_en": "Door clean", "type": "pass_fail", "weight": 2,
             "photo_on_fail": True},
            {"key": "exit", "text": "安全出口畅通", "text_en": "Exit clear", "type": "pass_fail", "critical": True},
            {"key": "smile", "text": "微笑服务", "text_en": "Smile", "type": "rating", "scale": 5},
        ]},
        {"title": "数据", "title_en": "Data", "items": [
            {"key": "display", "text": "陈列", "text_en": "Display", "type": "choice", "options": [
                {"label": "好", "label_en": "Good", "points": 2}, {"label": "差", "label_en": "Poor", "points": 0}]},
            {"key": "temp", "text": "冷柜温度", "text_en": "Fridge", "type": "number", "min": 0, "max": 8,
             "unit": "℃"},
            {"key": "remark", "text": "总体说明", "text_en": "Remark", "type": "text", "required": False},
        ]},
    ],
}


@pytest.fixture
def mini(demo_ctx, tmp_path):  # noqa: ANN001, ANN201
    path = tmp_path / "mini.json"
    path.write_text(json.dumps(SMALL, ensure_ascii=False), encoding="utf-8")
    version = templates.import_file(as_system(demo_ctx), path)  # head office's template: the world
    store = org.query_stores(demo_ctx)[0]
    return version, store




def press(qtbot, dialog, *keys_) -> None:  # noqa: ANN001
    """Type as a person does: into whatever has the focus in the active runner window."""
    for k in keys_:
        qtbot.keyClick(QApplication.focusWidget() or dialog, k)


def show(qtbot, dialog) -> None:  # noqa: ANN001
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()


def jpeg(path, colour=(200, 30, 30)):  # noqa: ANN001, ANN201
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path


def test_fill_an_inspection_by_keyboard_and_complete(qtbot, demo_ctx, mini, monkeypatch) -> None:  # noqa: ANN001
    version, store = mini
    run = runs.start_run(demo_ctx, store.id, version.template_id, "routine")
    ids = {i.key: i.id for i in version.items()}
    dialog = RunnerDialog(demo_ctx, run.id)
    show(qtbot, dialog)
    assert dialog.current_id == ids["door"]

    press(qtbot, dialog, Qt.Key.Key_P)          # door: pass, moves on
    assert dialog.current_id == ids["exit"]
    press(qtbot, dialog, Qt.Key.Key_F)          # exit: fail -> veto banner
    assert dialog.banner.isVisible() and "安全出口畅通" in dialog.banner.text()
    press(qtbot, dialog, Qt.Key.Key_4)          # smile: rating 4
    assert dialog.current_id == ids["display"]  # crossed into the next section
    assert dialog.sections.currentRow() == 1
    press(qtbot, dialog, Qt.Key.Key_1)          # display: first option
    assert dialog.current_id == ids["temp"]
    press(qtbot, dialog, Qt.Key.Key_K)          # back one
    assert dialog.current_id == ids["display"]
    press(qtbot, dialog, Qt.Key.Key_J)

    detail = runs.get_run(demo_ctx, run.id)      # every key press is already in the database
    assert detail.answer(ids["door"]).value == "pass"
    assert detail.answer(ids["exit"]).value == "fail"
    assert detail.answer(ids["smile"]).value == 4
    assert detail.answer(ids["display"]).value == 0
    assert detail.score.critical_failed and detail.score.grade == "fail"
    assert "不合格" in dialog.score_label.text()

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))
    offered: list[int] = []  # completing with failures offers the corrective actions
    monkeypatch.setattr(ProposalsDialog, "exec", lambda self: offered.append(len(self.proposals)) or 0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert warned and "冷柜温度" in warned[0]   # the number is still missing
    assert runs.get_summary(demo_ctx, run.id).status == "draft"
    assert dialog.current_id == ids["temp"]

    card = dialog.cards[ids["temp"]]
    card.editor.line_edit.setFocus()
    qtbot.keyClicks(card.editor.line_edit, "5")
    qtbot.keyClick(card.editor.line_edit, Qt.Key.Key_Return)
    assert runs.get_run(demo_ctx, run.id).answer(ids["temp"]).value == 5
    dialog.complete()
    assert runs.get_summary(demo_ctx, run.id).status == "completed"
    assert dialog.result() == 1
    assert offered == [1]  # the failed exit


def test_na_and_number_out_of_range(qtbot, demo_ctx, mini, answer_yes) -> None:  # noqa: ANN001
    version, store = mini
    run = runs.start_run(demo_ctx, store.id, version.template_id, "self_check")
    ids = {i.key: i.id for i in version.items()}
    dialog = RunnerDialog(demo_ctx, run.id)
    show(qtbot, dialog)
    press(qtbot, dialog, Qt.Key.Key_N)
    assert runs.get_run(demo_ctx, run.id).answer(ids["door"]).na
    card = dialog.cards[ids["temp"]]
    dialog.set_current(ids["temp"])
    card.editor.line_edit.setFocus()
    qtbot.keyClicks(card.editor.line_edit, "12")
    qtbot.keyClick(card.editor.line_edit, Qt.Key.Key_Return)
    answer = runs.get_run(demo_ctx, run.id).answer(ids["temp"])
    assert len(answer_yes) == 1 and "12" in answer_yes[0]  # kept only after the confirmation
    assert answer.value == 12 and answer.failed
    assert card.failed
    card.editor.line_edit.setText("abc")
    card.editor.line_edit.editingFinished.emit()
    assert card.editor.problem and card.editor.line_edit.property("invalid") == "true"  # shown at the field
    assert runs.get_run(demo_ctx, run.id).answer(ids["temp"]).value == 12  # the bad input changed nothing


def test_photo_on_fail_asks_for_a_photo_and_refuses_non_images(qtbot, demo_ctx, mini, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    version, store = mini
    run = runs.start_run(demo_ctx, store.id, version.template_id, "routine")
    door = next(i.id for i in version.items() if i.key == "door")
    dialog = RunnerDialog(demo_ctx, run.id)
    show(qtbot, dialog)
    press(qtbot, dialog, Qt.Key.Key_F)
    card = dialog.cards[door]
    assert card.prompt.isVisible() and "照片" in card.prompt.text()
    assert dialog.current_id == door  # stays on the item until it has its photo

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))
    fake = tmp_path / "notes.jpg"
    fake.write_text("not a picture")
    card.photoFiles.emit(door, [str(fake)])
    assert warned and "notes.jpg" in warned[0]
    assert not runs.get_run(demo_ctx, run.id).answer(door).photos

    card.photoFiles.emit(door, [str(jpeg(tmp_path / "door.jpg"))])  # as a drop or the file dialog does
    answer = runs.get_run(demo_ctx, run.id).answer(door)
    assert len(answer.photos) == 1 and answer.photos[0].thumbnail.exists()
    assert not card.prompt.isVisible()
    assert card.findChildren(type(card.prompt), "thumb")

    # Paste from the clipboard onto the current item.
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x3366CC)
    QGuiApplication.clipboard().setImage(image)
    dialog.paste_photo()
    assert len(runs.get_run(demo_ctx, run.id).answer(door).photos) == 2


def test_start_dialog_and_list_filters(qtbot, demo_ctx, mini, monkeypatch) -> None:  # noqa: ANN001
    version, store = mini
    page = InspectionsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    idle()
    assert page.model.total == 0

    def start(dialog: StartInspectionDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.store.setCurrentIndex(dialog.store.findData(store.id))
        dialog.template.setCurrentIndex(dialog.template.findData(version.template_id))
        choose(dialog.run_type, "full_audit")
        dialog.start()
        return dialog.result()

    opened: list[str] = []
    monkeypatch.setattr(StartInspectionDialog, "exec", start)
    monkeypatch.setattr(RunnerDialog, "exec", lambda self: opened.append(self.run_id) or 1)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    listed = rows(page)
    assert [r.id for r in listed] == opened and listed[0].run_type == "full_audit"
    assert page.count_label.text() == "共 1 次巡检"

    # a completed one of another store
    other = org.query_stores(demo_ctx)[1]
    done = runs.start_run(demo_ctx, other.id, version.template_id, "mystery")
    for item in version.items():
        value = {"pass_fail": "pass", "rating": 5, "choice": 0, "number": 4, "text": "好"}[item.answer_type]
        runs.set_answer(demo_ctx, done.id, item.id, value)
    runs.complete(demo_ctx, done.id)
    page.reload()
    idle()
    assert page.model.total == 2
    choose(page.status, "completed")
    assert [r.id for r in rows(page)] == [done.id]
    choose(page.status, None)
    choose(page.run_type, "full_audit")
    assert [r.id for r in rows(page)] == opened
    choose(page.run_type, None)
    choose(page.grade, "A")
    assert [r.id for r in rows(page)] == [done.id]
    choose(page.grade, None)
    page.store.setCurrentIndex(page.store.findData(other.id))
    assert [r.id for r in rows(page)] == [done.id]


def test_completed_view_shows_failures_and_comparison(qtbot, demo_ctx, mini) -> None:  # noqa: ANN001
    version, store = mini
    values = {"pass_fail": "pass", "rating": 5, "choice": 0, "number": 4, "text": "无"}

    def run_once(failing: set[str], day: str) -> str:
        from datetime import date

        r = runs.start_run(demo_ctx, store.id, version.template_id, "routine",
                           business_date=date.fromisoformat(day))
        for item in version.items():
            value = "fail" if item.key in failing else values[item.answer_type]
            runs.set_answer(demo_ctx, r.id, item.id, value)
            if item.key in failing and item.photo_on_fail:
                runs.set_note(demo_ctx, r.id, item.id, "门头灯箱破损")
        return r.id

    first = run_once({"door"}, "2026-10-01")

    runs.add_photo(demo_ctx, first, next(i.id for i in version.items() if i.key == "door"),
                   jpeg(demo_ctx.db.path.with_name("p.jpg")))
    runs.complete(demo_ctx, first)
    second = run_once({"door", "exit"}, "2026-11-01")
    runs.add_photo(demo_ctx, second, next(i.id for i in version.items() if i.key == "door"),
                   jpeg(demo_ctx.db.path.with_name("q.jpg"), (10, 200, 10)))
    runs.complete(demo_ctx, second)

    view = RunViewDialog(demo_ctx, second)
    qtbot.addWidget(view)
    text = view.browser.toPlainText()
    assert "门头整洁" in text and "安全出口畅通" in text
    assert "重复问题" in text           # door failed last time too
    assert "门头灯箱破损" in text        # the note
    assert "新发现问题 (1)" in text and "再次不合格 (1)" in text
    assert "2026-10-01" in text         # the previous inspection is named
    assert "<img" in view.render_html()


# ---------------------------------------------------------------- the start dialog, after completing (issue 15)


def _type_by_ime(widget, text: str) -> None:  # noqa: ANN001
    """Chinese arrives from an input method as a committed string, as a real IME sends it."""
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _template_id(ctx, code: str) -> str:  # noqa: ANN001
    return templates.template_by_code(ctx, code).id


def test_start_dialog_type_follows_the_template_unless_chosen_by_hand(qtbot, demo_ctx) -> None:  # noqa: ANN001
    routine, mystery = _template_id(demo_ctx, "store_routine"), _template_id(demo_ctx, "mystery_visit")
    dialog = StartInspectionDialog(demo_ctx)
    show(qtbot, dialog)
    assert dialog.template.currentData() == routine      # the routine template first, not 暗访
    assert dialog.run_type.currentData() == "routine"
    choose(dialog.template, mystery)
    assert dialog.run_type.currentData() == "mystery"    # 暗访 runs as a mystery visit
    choose(dialog.template, routine)
    assert dialog.run_type.currentData() == "routine"    # and back: never silently mislabelled

    dialog.run_type.setFocus()                           # the user picks a type with the keyboard
    qtbot.keyClick(dialog.run_type, Qt.Key.Key_Down)
    chosen = dialog.run_type.currentData()
    assert chosen not in ("routine", "mystery")
    choose(dialog.template, mystery)
    assert dialog.run_type.currentData() == chosen       # the user's choice is kept
    choose(dialog.template, routine)
    assert dialog.run_type.currentData() == chosen


def test_start_dialog_offers_the_last_template_started(qtbot, demo_ctx) -> None:  # noqa: ANN001
    mystery = _template_id(demo_ctx, "mystery_visit")
    store = org.query_stores(demo_ctx)[0]
    first = StartInspectionDialog(demo_ctx, store.id)
    qtbot.addWidget(first)
    choose(first.template, mystery)
    assert first.start()
    assert first.run.run_type == "mystery"
    again = StartInspectionDialog(demo_ctx)
    qtbot.addWidget(again)
    assert again.template.currentData() == mystery and again.run_type.currentData() == "mystery"


def test_store_picker_finds_a_store_by_part_of_its_name_or_pinyin(qtbot, demo_ctx) -> None:  # noqa: ANN001
    xjh = next(s for s in org.query_stores(demo_ctx) if s.name == "上海徐家汇店")
    dialog = StartInspectionDialog(demo_ctx)
    show(qtbot, dialog)
    line = dialog.store.lineEdit()
    line.setFocus()
    line.selectAll()
    _type_by_ime(line, "徐家汇")
    completer = dialog.store.completer()
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert offered == [f"{xjh.code} 上海徐家汇店"]           # a part of the name, not only its beginning
    assert completer.popup().isVisible()
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert dialog.store.currentData() == xjh.id
    assert dialog.start()
    assert dialog.run.store_id == xjh.id

    # Pinyin initials, then leaving the field: the one store they match is chosen.
    other = StartInspectionDialog(demo_ctx)
    show(qtbot, other)
    other.store.lineEdit().setFocus()
    other.store.lineEdit().selectAll()
    qtbot.keyClicks(other.store.lineEdit(), "shxjh")
    popup = other.store.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else other.store.lineEdit(), Qt.Key.Key_Tab)  # the popup has the keys
    assert other.store.currentText() == f"{xjh.code} 上海徐家汇店"
    # Several stores match 上海: nothing is guessed.
    other.store.lineEdit().selectAll()
    _type_by_ime(other.store.lineEdit(), "上海")
    assert sum("上海" in other.store.itemText(i) for i in range(other.store.count())) > 1
    assert not other.start()
    assert "此项必填" in other.error_label.text()


def _complete_with_a_failure(ctx, run_id: str, version) -> None:  # noqa: ANN001
    values = {"pass_fail": "pass", "rating": 5, "choice": 0, "number": 4, "text": "好"}
    for item in version.items():
        runs.set_answer(ctx, run_id, item.id, "fail" if item.key == "exit" else values[item.answer_type])


def test_completing_offers_the_proposals_then_signing(qtbot, demo_ctx, mini, monkeypatch) -> None:  # noqa: ANN001
    from ui.widgets.signature_pad import SignDialog

    version, store = mini
    run = runs.start_run(demo_ctx, store.id, version.template_id, "routine")
    page = InspectionsPage(demo_ctx)
    qtbot.addWidget(page)
    steps: list[str] = []

    def runner_exec(self) -> int:  # noqa: ANN001
        _complete_with_a_failure(demo_ctx, self.run_id, version)
        self.complete()  # the runner's own Complete (Ctrl+Enter)
        return self.result()

    def question(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        steps.append(f"question:{title}")
        return QMessageBox.StandardButton.Yes

    def view_exec(self) -> int:  # noqa: ANN001
        steps.append(f"view:{self.detail.run.id}")
        qtbot.wait(50)  # the sign dialog opens over the view
        return 0

    monkeypatch.setattr(RunnerDialog, "exec", runner_exec)
    monkeypatch.setattr(ProposalsDialog, "exec", lambda self: steps.append(f"proposals:{len(self.proposals)}") or 0)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(RunViewDialog, "exec", view_exec)
    monkeypatch.setattr(SignDialog, "exec", lambda self: steps.append(f"sign:{self.run_id}") or 0)
    page.open_run(runs.get_summary(demo_ctx, run.id))
    assert runs.get_summary(demo_ctx, run.id).status == "completed"
    assert steps[0] == "proposals:1"                 # complete -> the corrective-action proposals first
    assert steps[1].startswith("question:")          # then "Sign now?"
    assert steps[2:] == [f"view:{run.id}", f"sign:{run.id}"]  # Yes: the completed view and its sign flow

    # Saying No lands on the list without signing.
    steps.clear()
    second = runs.start_run(demo_ctx, store.id, version.template_id, "routine")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: steps.append("question") or QMessageBox.StandardButton.No))
    page.open_run(runs.get_summary(demo_ctx, second.id))
    assert steps == ["proposals:1", "question"]


def test_dismissed_proposals_reopen_from_the_completed_view(qtbot, demo_ctx, mini, monkeypatch) -> None:  # noqa: ANN001
    version, store = mini
    run = runs.start_run(demo_ctx, store.id, version.template_id, "routine")
    _complete_with_a_failure(demo_ctx, run.id, version)
    runs.complete(demo_ctx, run.id)
    view = RunViewDialog(demo_ctx, run.id)
    qtbot.addWidget(view)
    button = view.proposals_button
    assert button.isEnabled()

    def create_them(self) -> int:  # noqa: ANN001
        assert [p.item_texts for p in self.proposals] == [("安全出口畅通",)]
        self.create()  # Create ticked actions
        return self.result()

    monkeypatch.setattr(ProposalsDialog, "exec", create_them)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    from opsdesk.services import actions

    made = actions.query_actions(demo_ctx, actions.ActionQuery(source_run_id=run.id))
    assert [a.title for a in made] == ["安全出口畅通"]
    assert not button.isEnabled()                     # proposals that became actions are not offered again
    assert not RunViewDialog(demo_ctx, run.id).proposals_button.isEnabled()


def test_start_dialog_in_an_empty_workspace_says_what_is_missing(qtbot, empty_ctx) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = StartInspectionDialog(empty_ctx)
    show(qtbot, dialog)
    assert dialog.store.count() == 0
    assert dialog.empty_hint.isVisible()
    assert "还没有门店" in dialog.empty_hint.text() or "no stores" in dialog.empty_hint.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    for t in templates.list_templates(empty_ctx, kinds=("inspection",)):
        templates.set_template_active(empty_ctx, t.id, False)
    without = StartInspectionDialog(empty_ctx)
    qtbot.addWidget(without)
    assert without.template.count() == 0
    assert len(without.empty_hint.text().splitlines()) == 2   # no stores, and no template either
