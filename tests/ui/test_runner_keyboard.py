"""The runner by keyboard (issue 15): Enter never closes it, Esc leaves a field, a whole template
answered without the mouse, number problems shown at the field, out-of-range kept only when
confirmed, clearing and undoing an answer, multi-line notes, a corrective action from a failed item."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QPushButton

from opsdesk.permissions import as_system
from opsdesk.services import actions, org, runs, templates
from ui.widgets import runner as runner_module
from ui.widgets.runner import RunnerDialog

KEYS = {
    "format": "opsdesk-template", "format_version": 1, "code": "keys_check", "kind": "inspection",
    "title": "键盘巡检", "title_en": "Keyboard check",
    "sections": [
        {"title": "现场", "title_en": "On site", "items": [
            {"key": "door", "text": "门头整洁", "text_en": "Door clean", "type": "pass_fail", "weight": 2},
            {"key": "stock", "text": "库存抽盘差异率", "text_en": "Stock variance", "type": "number",
             "min": 0, "max": 0.5, "unit": "%"},
            {"key": "remark", "text": "总体说明", "text_en": "Remark", "type": "text"},
            {"key": "day", "text": "最近消杀日期", "text_en": "Last pest control", "type": "date"},
        ]},
        {"title": "服务", "title_en": "Service", "items": [
            {"key": "smile", "text": "微笑服务", "text_en": "Smile", "type": "rating", "scale": 5},
            {"key": "display", "text": "陈列", "text_en": "Display", "type": "choice", "options": [
                {"label": "好", "label_en": "Good", "points": 2}, {"label": "差", "label_en": "Poor", "points": 0}]},
            {"key": "tools", "text": "清洁工具", "text_en": "Cleaning tools", "type": "multi_choice", "options": [
                {"label": "拖把", "label_en": "Mop", "points": 1}, {"label": "抹布", "label_en": "Cloth", "points": 1}]},
        ]},
    ],
}


@pytest.fixture
def keyed(demo_ctx, tmp_path):  # noqa: ANN001, ANN201
    path = tmp_path / "keys.json"
    path.write_text(json.dumps(KEYS, ensure_ascii=False), encoding="utf-8")
    version = templates.import_file(as_system(demo_ctx), path)  # head office's template: the world
    store = org.query_stores(demo_ctx)[0]
    run = runs.start_run(demo_ctx, store.id, version.template_id, "routine")
    return run, {i.key: i.id for i in version.items()}


def open_runner(qtbot, ctx, run_id) -> RunnerDialog:  # noqa: ANN001
    dialog = RunnerDialog(ctx, run_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def key(qtbot, *keys, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """Type as a person does: into whatever has the focus."""
    for k in keys:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        qtbot.keyClick(target, k, modifier)


def saved(ctx, run_id, item_id):  # noqa: ANN001, ANN201
    return runs.get_run(ctx, run_id).answer(item_id)


@pytest.fixture
def questions(monkeypatch):  # noqa: ANN001, ANN201
    """QMessageBox.question answers what the test puts in ``replies`` (No when empty) and records its text."""
    asked: list[str] = []
    replies: list[QMessageBox.StandardButton] = []

    def question(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return replies.pop(0) if replies else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, replies


def test_no_button_of_the_runner_is_a_default_button(qtbot, demo_ctx, keyed) -> None:  # noqa: ANN001
    run, _ids = keyed
    dialog = open_runner(qtbot, demo_ctx, run.id)
    buttons = [*dialog.findChildren(QPushButton), *(b for c in dialog.cards.values() for b in c.findChildren(QPushButton))]
    assert len(buttons) > 10 and any(b.objectName() == "close" for b in buttons)
    assert not [b.objectName() or b.text() for b in buttons if b.isDefault() or b.autoDefault()]


def test_enter_and_esc_in_every_field_never_close_the_runner(qtbot, demo_ctx, keyed) -> None:  # noqa: ANN001
    run, ids = keyed
    dialog = open_runner(qtbot, demo_ctx, run.id)
    cards = dialog.cards
    fields = {
        "number": cards[ids["stock"]].editor.line_edit,
        "text": cards[ids["remark"]].editor.line_edit,
        "note": cards[ids["door"]].note.edit,
        "date": cards[ids["day"]].editor.date_edit,
        "choice": cards[ids["display"]].editor.toggles[0],
        "rating": cards[ids["smile"]].editor.toggles[3],
        "multi_choice": cards[ids["tools"]].editor.findChildren(QCheckBox)[0],
        "close button": dialog.findChild(QPushButton, "close"),
    }
    for name, field in fields.items():
        dialog.set_current(next(i for i, c in cards.items() if c.isAncestorOf(field)) if name != "close button"
                           else ids["door"])
        field.setFocus()
        assert QApplication.focusWidget() is field, name
        key(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.result() == 0, f"Enter in the {name} closed the runner"
        key(qtbot, Qt.Key.Key_Enter)
        assert dialog.isVisible(), f"keypad Enter in the {name} closed the runner"
        field.setFocus()
        key(qtbot, Qt.Key.Key_Escape)
        assert dialog.isVisible(), f"Esc in the {name} closed the runner"
        assert QApplication.focusWidget() is dialog, f"Esc did not leave the {name}"
    # what Enter did on the way: the date was set, the choice and the rating chosen, nothing else
    detail = runs.get_run(demo_ctx, run.id)
    assert detail.answer(ids["day"]).value == date.today()
    assert detail.answer(ids["display"]).value == 0 and detail.answer(ids["smile"]).value == 3
    assert detail.answer(ids["stock"]) is None and detail.answer(ids["remark"]) is None
    # with no field focused, Enter does not close either (it enters the current item's field) ...
    dialog.set_current(ids["door"])
    dialog.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and QApplication.focusWidget() is cards[ids["door"]].note.edit
    key(qtbot, Qt.Key.Key_Escape)
    # ... and Esc with no field focused closes the runner (every answer is already saved)
    assert QApplication.focusWidget() is dialog and dialog.isVisible()
    key(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_whole_template_answered_with_the_keyboard_only(qtbot, demo_ctx, keyed) -> None:  # noqa: ANN001
    run, ids = keyed
    dialog = open_runner(qtbot, demo_ctx, run.id)
    cards = dialog.cards
    assert dialog.current_id == ids["door"] and QApplication.focusWidget() is dialog
    key(qtbot, Qt.Key.Key_P)                                  # door: pass, moves on
    assert dialog.current_id == ids["stock"]
    key(qtbot, Qt.Key.Key_0)                                  # a digit starts typing the number
    assert QApplication.focusWidget() is cards[ids["stock"]].editor.line_edit
    qtbot.keyClicks(QApplication.focusWidget(), ".3")
    key(qtbot, Qt.Key.Key_Return)                             # saved, on to the text item's field
    assert dialog.current_id == ids["remark"]
    assert QApplication.focusWidget() is cards[ids["remark"]].editor.line_edit
    qtbot.keyClicks(QApplication.focusWidget(), "pfn ok")     # letters type here, they answer nothing
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.current_id == ids["day"] and QApplication.focusWidget() is dialog
    key(qtbot, Qt.Key.Key_Return)                             # Enter goes into the date ...
    assert QApplication.focusWidget() is cards[ids["day"]].editor.date_edit
    key(qtbot, Qt.Key.Key_Return)                             # ... and sets it
    assert dialog.current_id == ids["smile"] and QApplication.focusWidget() is dialog
    key(qtbot, Qt.Key.Key_4)                                  # rating
    key(qtbot, Qt.Key.Key_1)                                  # choice: the first option
    assert dialog.current_id == ids["tools"]
    key(qtbot, Qt.Key.Key_Tab)                                # into the boxes
    boxes = cards[ids["tools"]].editor.findChildren(QCheckBox)
    assert QApplication.focusWidget() is boxes[0]
    key(qtbot, Qt.Key.Key_Space, Qt.Key.Key_Tab, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is boxes[1]
    key(qtbot, Qt.Key.Key_Return)
    detail = runs.get_run(demo_ctx, run.id)
    assert detail.answer(ids["door"]).value == "pass"
    assert detail.answer(ids["stock"]).value == Decimal("0.3")
    assert detail.answer(ids["remark"]).value == "pfn ok"
    assert detail.answer(ids["day"]).value == date.today()
    assert (detail.answer(ids["smile"]).value, detail.answer(ids["display"]).value) == (4, 0)
    assert detail.answer(ids["tools"]).value == (0, 1)
    assert runs.missing_items(demo_ctx, run.id) == [] and not detail.score.failed_items
    key(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)   # complete
    assert runs.get_summary(demo_ctx, run.id).status == "completed"
    assert not dialog.isVisible()


def test_ctrl_j_jumps_to_the_next_unanswered_item(qtbot, demo_ctx, keyed) -> None:  # noqa: ANN001
    run, ids = keyed
    for k in ("stock", "remark"):
        runs.set_answer(demo_ctx, run.id, ids[k], "0.1" if k == "stock" else "好")
    dialog = open_runner(qtbot, demo_ctx, run.id)
    assert "Ctrl+J" in dialog.keys_label.text()
    key(qtbot, Qt.Key.Key_P)                                   # door; the next two are answered
    assert dialog.current_id == ids["stock"]
    key(qtbot, Qt.Key.Key_J, modifier=Qt.KeyboardModifier.ControlModifier)
    assert dialog.current_id == ids["day"]
    dialog.cards[ids["remark"]].editor.line_edit.setFocus()   # from inside a field, too
    key(qtbot, Qt.Key.Key_J, modifier=Qt.KeyboardModifier.ControlModifier)
    assert dialog.current_id == ids["day"] and QApplication.focusWidget() is dialog


def test_after_a_note_esc_then_p_answers_pass(qtbot, demo_ctx, keyed) -> None:  # noqa: ANN001
    run, ids = keyed
    dialog = open_runner(qtbot, demo_ctx, run.id)
    note = dialog.cards[ids["door"]].note
    note.edit.setFocus()
    note.edit.insertPlainText("灯箱")                          # (QTest types ASCII only)
    key(qtbot, Qt.Key.Key_Return)                              # a new line, not "close"
    qtbot.keyClicks(note.edit, "p")                            # P types into the note
    assert note.text() == "灯箱\np" and dialog.isVisible()
    assert saved(demo_ctx, run.id, ids["door"]) is None
    key(qtbot, Qt.Key.Key_Escape)                              # leave: saved
    assert QApplication.focusWidget() is dialog
    assert saved(demo_ctx, run.id, ids["door"]).note == "灯箱\np"
    key(qtbot, Qt.Key.Key_P)                                   # now P answers
    answer = saved(demo_ctx, run.id, ids["door"])
    assert (answer.value, answer.note) == ("pass", "灯箱\np")


def test_ctrl_enter_saves_the_note_and_does_not_complete(qtbot, demo_ctx, keyed) -> None:  # noqa: ANN001
    run, ids = keyed
    dialog = open_runner(qtbot, demo_ctx, run.id)
    note = dialog.cards[ids["stock"]].note
    note.edit.setFocus()
    qtbot.keyClicks(note.edit, "returns")
    key(qtbot, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    assert saved(demo_ctx, run.id, ids["stock"]).note == "returns"
    assert dialog.isVisible() and runs.get_summary(demo_ctx, run.id).status == "draft"
    assert QApplication.focusWidget() is dialog


def test_the_note_counts_and_refuses_more_than_the_limit(qtbot, demo_ctx, keyed) -> None:  # noqa: ANN001
    run, ids = keyed
    dialog = open_runner(qtbot, demo_ctx, run.id)
    note = dialog.cards[ids["door"]].note
    assert note.limit == runs.NOTE_MAX == 1000
    assert note.edit.height() > 2 * note.edit.fontMetrics().lineSpacing()  # a few lines high
    note.edit.setFocus()
    note.edit.setPlainText("好" * 600)
    assert note.counter.text() == "600 / 1000" and note.edit.property("invalid") != "true"
    dialog.setFocus()
    assert saved(demo_ctx, run.id, ids["door"]).note == "好" * 600
    note.edit.setFocus()
    note.edit.setPlainText("好" * 1001)
    assert note.counter.text() == "1001 / 1000" and note.edit.property("invalid") == "true"
    assert note.counter.property("role") == "error"
    dialog.setFocus()
    assert saved(demo_ctx, run.id, ids["door"]).note == "好" * 600  # the long one was not saved


def test_letters_in_a_number_show_the_problem_at_the_field_and_save_nothing(qtbot, demo_ctx, keyed) -> None:  # noqa: ANN001
    run, ids = keyed
    dialog = open_runner(qtbot, demo_ctx, run.id)
    editor = dialog.cards[ids["stock"]].editor
    dialog.set_current(ids["stock"])
    editor.line_edit.setFocus()
    qtbot.keyClicks(editor.line_edit, "abc")
    assert editor.line_edit.property("invalid") == "true"
    assert editor.problem and editor.line_edit.toolTip() == editor.problem
    assert editor.problem_label.isVisible() and editor.problem_label.text() == editor.problem
    key(qtbot, Qt.Key.Key_Return)
    assert saved(demo_ctx, run.id, ids["stock"]) is None
    assert dialog.current_id == ids["stock"]                    # Enter did not move on past the problem
    # pasted text the validator lets through as a prefix ("-") is checked when the field is left
    editor.line_edit.setText("-")
    key(qtbot, Qt.Key.Key_Escape)
    assert saved(demo_ctx, run.id, ids["stock"]) is None and editor.problem
    assert editor.line_edit.text() == "-"                       # not silently restored
    # typing a number clears the problem and saves
    editor.line_edit.setFocus()
    editor.line_edit.selectAll()
    qtbot.keyClicks(editor.line_edit, "0.2")
    assert not editor.problem and editor.line_edit.property("invalid") == "false"
    key(qtbot, Qt.Key.Key_Return)
    assert saved(demo_ctx, run.id, ids["stock"]).value == Decimal("0.2")


def test_out_of_range_is_kept_only_after_confirming_and_is_marked(qtbot, demo_ctx, keyed, questions) -> None:  # noqa: ANN001
    asked, replies = questions
    run, ids = keyed
    dialog = open_runner(qtbot, demo_ctx, run.id)
    editor = dialog.cards[ids["stock"]].editor
    dialog.set_current(ids["stock"])
    editor.line_edit.setFocus()
    qtbot.keyClicks(editor.line_edit, "99999999999")
    key(qtbot, Qt.Key.Key_Return)                               # declined (No)
    assert len(asked) == 1 and "99999999999" in asked[0] and "0–0.5" in asked[0]
    assert saved(demo_ctx, run.id, ids["stock"]) is None
    assert editor.problem and editor.line_edit.property("invalid") == "true"
    assert dialog.current_id == ids["stock"] and editor.line_edit.text() == "99999999999"
    key(qtbot, Qt.Key.Key_Escape)                               # leaving does not ask again
    assert len(asked) == 1 and saved(demo_ctx, run.id, ids["stock"]) is None
    assert not editor.range_label.isVisible()

    editor.line_edit.setFocus()
    editor.line_edit.selectAll()
    qtbot.keyClicks(editor.line_edit, "0.8")
    replies.append(QMessageBox.StandardButton.Yes)
    key(qtbot, Qt.Key.Key_Return)                               # confirmed: kept, failed, marked
    assert len(asked) == 2
    answer = saved(demo_ctx, run.id, ids["stock"])
    assert answer.value == Decimal("0.8") and answer.failed
    assert not editor.problem and editor.range_label.isVisible() and "0–0.5" in editor.range_label.text()
    assert dialog.cards[ids["stock"]].failed
    dialog.close()

    again = open_runner(qtbot, demo_ctx, run.id)                # the mark comes from the saved value
    assert again.cards[ids["stock"]].editor.range_label.isVisible()
    assert again.cards[ids["stock"]].editor.line_edit.text() == "0.8"


def test_clear_and_undo(qtbot, demo_ctx, keyed, answer_yes) -> None:  # noqa: ANN001
    run, ids = keyed
    dialog = open_runner(qtbot, demo_ctx, run.id)
    runs.set_note(demo_ctx, run.id, ids["door"], "门头灯箱")
    key(qtbot, Qt.Key.Key_F)                                    # door: fail, moves on
    key(qtbot, Qt.Key.Key_K)
    assert dialog.current_id == ids["door"] and saved(demo_ctx, run.id, ids["door"]).value == "fail"
    key(qtbot, Qt.Key.Key_Delete)                               # cleared; the note stays
    answer = saved(demo_ctx, run.id, ids["door"])
    assert (answer.answered, answer.note) == (False, "门头灯箱")
    assert not dialog.cards[ids["door"]].failed and not dialog.cards[ids["door"]].editor.fail_button.isChecked()
    assert not runs.get_summary(demo_ctx, run.id).max_score  # rescored: nothing is answered now
    key(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)   # undo the clearing
    assert saved(demo_ctx, run.id, ids["door"]).value == "fail"
    key(qtbot, Qt.Key.Key_P)                                    # pass, moves on
    key(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)   # back to fail, and back there
    assert saved(demo_ctx, run.id, ids["door"]).value == "fail" and dialog.current_id == ids["door"]
    key(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)   # before that: never answered
    assert not saved(demo_ctx, run.id, ids["door"]).answered
    key(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)   # nothing more to undo
    assert not saved(demo_ctx, run.id, ids["door"]).answered
    # an out-of-range value comes back on undo without asking again
    dialog.set_current(ids["stock"])
    key(qtbot, Qt.Key.Key_3, Qt.Key.Key_Return)                 # 3 of 0-0.5, confirmed (answer_yes)
    assert len(answer_yes) == 1 and saved(demo_ctx, run.id, ids["stock"]).value == Decimal(3)
    key(qtbot, Qt.Key.Key_Escape, Qt.Key.Key_K)                 # out of the next field, back to it
    assert dialog.current_id == ids["stock"]
    dialog.cards[ids["stock"]].clear_action.trigger()           # the card's context menu
    assert saved(demo_ctx, run.id, ids["stock"]).value is None
    key(qtbot, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)
    assert saved(demo_ctx, run.id, ids["stock"]).value == Decimal(3) and len(answer_yes) == 1
    assert dialog.cards[ids["stock"]].editor.range_label.isVisible()
    # Backspace in a field edits the field; it does not clear the answer
    line = dialog.cards[ids["stock"]].editor.line_edit
    line.setFocus()
    line.end(False)
    key(qtbot, Qt.Key.Key_Backspace)
    assert line.text() == "" and saved(demo_ctx, run.id, ids["stock"]).value == Decimal(3)


def test_a_frozen_run_cannot_be_cleared_or_undone(qtbot, demo_ctx, keyed) -> None:  # noqa: ANN001
    run, ids = keyed
    values = {"door": "pass", "stock": "0.1", "remark": "好", "day": date.today(), "smile": 5, "display": 0,
              "tools": [0]}
    for k, v in values.items():
        runs.set_answer(demo_ctx, run.id, ids[k], v)
    runs.complete(demo_ctx, run.id)
    dialog = open_runner(qtbot, demo_ctx, run.id)
    dialog.set_current(ids["door"])
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_F)
    assert saved(demo_ctx, run.id, ids["door"]).value == "pass"
    assert not dialog.cards[ids["door"]].clear_action.isEnabled()
    assert not dialog.cards[ids["door"]].note.edit.isEnabled()


def test_a_corrective_action_from_a_failed_item(qtbot, demo_ctx, keyed, monkeypatch) -> None:  # noqa: ANN001
    run, ids = keyed
    dialog = open_runner(qtbot, demo_ctx, run.id)
    card = dialog.cards[ids["door"]]
    assert not card.action_button.isVisibleTo(card)
    runs.set_note(demo_ctx, run.id, ids["door"], "灯箱不亮")
    key(qtbot, Qt.Key.Key_F)
    assert card.action_button.isVisibleTo(card) and card.new_action.isEnabled()

    shown = []
    real = runner_module.item_action_dialog

    def filled_in(ctx, proposed, parent):  # noqa: ANN001, ANN202
        d = real(ctx, proposed, parent)
        shown.append(d)
        d.exec = lambda: (d.save(), d.result())[1]  # press Save on what was filled in
        return d

    monkeypatch.setattr(runner_module, "item_action_dialog", filled_in)
    qtbot.mouseClick(card.action_button, Qt.MouseButton.LeftButton)
    (d,) = shown
    assert d.store.currentData() == run.store_id and not d.store.isEnabled()
    assert d.title.text() == "门头整洁" and d.description.toPlainText() == "灯箱不亮"
    made = actions.query_actions(demo_ctx, actions.ActionQuery(source_run_id=run.id))
    assert len(made) == 1
    action = made[0]
    assert (action.store_id, action.item_keys, action.title, action.status) == (
        run.store_id, ("door",), "门头整洁", "open")
    assert card.action_label.isVisibleTo(card) and "门头整洁" in card.action_label.text()
    assert not card.action_button.isVisibleTo(card)
    assert runs.get_summary(demo_ctx, run.id).status == "draft"  # still inspecting

    # the proposals at completion leave it out; a reopened runner still shows it
    assert all("door" not in p.input.item_keys for p in actions.propose_from_run(demo_ctx, run.id))
    dialog.close()
    again = open_runner(qtbot, demo_ctx, run.id)
    assert again.cards[ids["door"]].action_label.isVisibleTo(again.cards[ids["door"]])
    assert not again.cards[ids["door"]].action_button.isVisibleTo(again.cards[ids["door"]])
