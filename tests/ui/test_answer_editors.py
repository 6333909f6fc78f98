"""One answer editor per answer type (ui/widgets/answer_editors.py), shared by the runner, the daily
checklists and the template preview: every type has one, each gives the answer its type means,
shows a saved answer without re-emitting, stays still when read-only, and speaks the item's
language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from opsdesk.models.templates import ANSWER_TYPES
from opsdesk.templates_io import ItemSpec, OptionSpec
from ui.pages.daily import ItemRow
from ui.widgets.answer_editors import answer_types, editor_for

OPTIONS = (OptionSpec("整洁", "Tidy", 2), OptionSpec("一般", "Fair", 1), OptionSpec("脏乱", "Messy", 0, True))


def spec(kind: str, **extra) -> ItemSpec:  # noqa: ANN003
    base = {"rating": {"scale": 4}, "choice": {"options": OPTIONS}, "multi_choice": {"options": OPTIONS},
            "number": {"min_value": Decimal("0"), "max_value": Decimal("4"), "unit": "°C"}}.get(kind, {})
    return ItemSpec(key=f"k_{kind}", text=f"中文题目 {kind}", text_en=f"English item {kind}", answer_type=kind,
                    **{**base, **extra})


def test_every_answer_type_has_an_editor() -> None:
    assert set(answer_types()) == set(ANSWER_TYPES)


def _emitted(qtbot, editor, act) -> list[tuple]:  # noqa: ANN001
    got: list[tuple] = []
    editor.answered.connect(lambda value, na: got.append((value, na)))
    act()
    return got


@pytest.mark.parametrize("compact", [False, True])
def test_each_editor_gives_the_answer_its_type_means(qtbot, compact) -> None:  # noqa: ANN001
    made = {kind: editor_for(spec(kind), english=True, compact=compact) for kind in ANSWER_TYPES}
    for editor in made.values():
        qtbot.addWidget(editor)
    binary = made["pass_fail"]
    assert _emitted(qtbot, binary, lambda: qtbot.mouseClick(binary.fail_button, Qt.MouseButton.LeftButton)) == [
        ("fail", False)]
    assert binary.key_value(Qt.Key.Key_P) == ("pass", False) and binary.key_value(Qt.Key.Key_N) == (None, True)
    assert made["yes_no"].key_value(Qt.Key.Key_F) == ("no", False)

    rating, choice = made["rating"], made["choice"]
    assert rating.key_value(Qt.Key.Key_4) == (4, False) and rating.key_value(Qt.Key.Key_5) is None
    assert choice.key_value(Qt.Key.Key_3) == (2, False) and choice.key_value(Qt.Key.Key_4) is None
    if compact:
        assert [choice.combo.itemText(i) for i in range(choice.combo.count())] == ["", "Tidy", "Fair", "Messy"]
        choice.combo.setCurrentIndex(2)
        assert _emitted(qtbot, choice, lambda: choice.combo.activated.emit(2)) == [(1, False)]
    else:
        labels = [b.text() for b in choice.toggles if not b.property("answerNa")]
        assert labels == ["Tidy", "Fair", "Messy"]
        assert _emitted(qtbot, rating, lambda: qtbot.mouseClick(rating.toggles[3], Qt.MouseButton.LeftButton)) == [
            (3, False)]

    multi = made["multi_choice"]
    assert [b.text() for b in multi.checks] == ["Tidy", "Fair", "Messy"]
    assert _emitted(qtbot, multi, lambda: multi.checks[2].setChecked(True)) == [((2,), False)]

    number = made["number"]
    number.line_edit.setFocus()
    qtbot.keyClicks(number.line_edit, "3.5")
    assert _emitted(qtbot, number, lambda: qtbot.keyClick(number.line_edit, Qt.Key.Key_Return)) == [("3.5", False)]
    assert number.line_edit.placeholderText() == "0–4"

    text = made["text"]
    text.line_edit.setText("交接给李")
    assert _emitted(qtbot, text, lambda: text.line_edit.editingFinished.emit()) == [("交接给李", False)]

    when = made["date"]
    when.date_edit.setDate(QDate(2026, 3, 1))
    assert _emitted(qtbot, when, lambda: qtbot.mouseClick(when.set_button, Qt.MouseButton.LeftButton)) == [
        (date(2026, 3, 1), False)]
    assert made["photo"].na_button is None and made["photo"].key_value(Qt.Key.Key_N) is None


def test_a_saved_answer_is_shown_without_emitting_and_read_only_stays_still(qtbot) -> None:  # noqa: ANN001
    binary = editor_for(spec("pass_fail"), english=False)
    multi = editor_for(spec("multi_choice"), english=False)
    number = editor_for(spec("number"), english=False)
    for editor in (binary, multi, number):
        qtbot.addWidget(editor)
    got = []
    for editor in (binary, multi, number):
        editor.answered.connect(lambda value, na: got.append((value, na)))
    binary.show_answer("pass")
    multi.show_answer((0, 2))
    number.show_answer(Decimal("5.00"), failed=True)
    assert got == []
    assert binary.pass_button.isChecked() and not binary.fail_button.isChecked()
    assert [b.isChecked() for b in multi.checks] == [True, False, True]
    assert number.line_edit.text() == "5" and number.line_edit.property("failed") == "true"
    binary.show_answer(None, na=True)
    assert binary.na_button.isChecked() and not binary.pass_button.isChecked()
    assert [b.text() for b in multi.checks] == ["整洁", "一般", "脏乱"]

    binary.set_read_only(True)
    multi.set_read_only(True)
    number.set_read_only(True)
    binary.fail_button.click()
    number.line_edit.setText("1")
    number.line_edit.editingFinished.emit()
    assert got == [] and not binary.fail_button.isEnabled() and number.line_edit.isReadOnly()
    assert not any(b.isEnabled() for b in multi.checks)


def test_a_second_click_clears_where_asked(qtbot) -> None:  # noqa: ANN001
    editor = editor_for(spec("pass_fail"), clear_on_second_click=True, allow_na=False)
    qtbot.addWidget(editor)
    editor.show_answer("pass")
    got = _emitted(qtbot, editor, lambda: editor.pass_button.click())
    assert got == [(None, False)] and editor.na_button is None


def test_daily_checklists_now_answer_dates_and_multiple_choice(qtbot) -> None:  # noqa: ANN001
    """The daily page used to refuse these types ("answer in the inspection view")."""
    from opsdesk.services.templates import ItemDTO

    for kind, act, want in (
        ("date", lambda row: row.editor.set_button.click(), date.today()),
        ("multi_choice", lambda row: row.editor.checks[1].setChecked(True), (1,)),
    ):
        row = ItemRow(ItemDTO(id=f"i-{kind}", section_id="s", position=1, spec=spec(kind)), english=True)
        qtbot.addWidget(row)
        got = []
        row.answered.connect(lambda item_id, value: got.append((item_id, value)))
        if kind == "date":
            row.editor.date_edit.setDate(QDate.currentDate())
        act(row)
        assert got == [(f"i-{kind}", want)]
        assert "English item" in row.label.text()
