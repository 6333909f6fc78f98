"""One answer editor per answer type, used wherever an item is answered or shown: the inspection
runner, the daily checklists, the template preview (and the acceptance and execution checks to come).

``editor_for(item, ...)`` builds the editor registered for ``item.answer_type``. Every editor:

- emits ``answered(value, na)`` when the user gives (or clears, ``value=None``) an answer;
- shows a saved answer with ``show_answer(value, na, failed)`` without emitting;
- turns read-only with ``set_read_only(True)`` (signed runs, other days, the preview);
- maps a key to an answer with ``key_value(key)`` (P/F/N, digits) for keyboard-fast answering;
- labels items and options in the interface's language (``item_text``, ``option_label``).

``compact=True`` is the one-line form of the daily checklists (ratings and choices in a drop-down);
``allow_na`` adds the N/A toggle, never on an item whose template forbids N/A (``na_allowed`` false: no
toggle, and the N key means nothing there); ``clear_on_second_click`` lets a second click on the chosen
answer clear it (daily checklists).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.style import set_role, set_state

NUMBER_RE = QRegularExpression(r"^-?\d{0,12}([.,]\d{0,4})?$")


def interface_is_english() -> bool:
    """Whether the installed translator shows English (follows ``--lang`` and a language switch)."""
    return QCoreApplication.translate("AnswerEditor", "Pass") == "Pass"


def item_text(item: Any, english: bool | None = None) -> str:  # noqa: ANN401
    english = interface_is_english() if english is None else english
    return (getattr(item, "text_en", "") or item.text) if english else item.text


def option_label(option: Any, english: bool | None = None) -> str:  # noqa: ANN401
    english = interface_is_english() if english is None else english
    return (getattr(option, "label_en", "") or option.label) if english else option.label


def number_text(value: object) -> str:
    """A stored number as typed: 500, not 500.00."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        value = value.normalize() if value == value.to_integral() else value
        return format(value, "f")
    return str(value)


def parse_number(text: str) -> Decimal | None:
    """A typed number (``,`` or ``.`` as the decimal mark), or None if it is not one."""
    try:
        number = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def range_text(item: Any) -> str:  # noqa: ANN401
    lo, hi = item.min_value, item.max_value
    if lo is not None and hi is not None:
        return number_text(lo) if lo == hi else f"{number_text(lo)}–{number_text(hi)}"
    if lo is not None:
        return f"≥ {number_text(lo)}"
    if hi is not None:
        return f"≤ {number_text(hi)}"
    return ""


def _tone(value: Any, na: bool) -> str:  # noqa: ANN401
    """How a chosen toggle looks (``QPushButton[tone=...]`` in ui.style)."""
    if na:
        return "na"
    if value in ("fail", "no"):
        return "bad"
    return "good" if value in ("pass", "yes") else "neutral"


class AnswerEditor(QWidget):
    """Base: a row of controls for one item; subclasses build them for their answer type."""

    answered = Signal(object, bool)  # value (None clears), not applicable

    def __init__(self, item: Any, parent: QWidget | None = None, *, english: bool | None = None,  # noqa: ANN401
                 allow_na: bool = True, compact: bool = False, clear_on_second_click: bool = False) -> None:
        super().__init__(parent)
        self.item = item
        self.english = interface_is_english() if english is None else english
        self.compact = compact
        self.clear_on_second_click = clear_on_second_click
        self.value: Any = None
        self.na = False
        self.failed = False
        self.read_only = False
        self.toggles: list[QPushButton] = []
        self.na_button: QPushButton | None = None
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.build()
        if allow_na and item.answer_type != "photo" and getattr(item, "na_allowed", True):
            self.na_button = self._toggle(self.tr("N/A"), None, na=True, hint="N")
        if not compact:
            self.row.addStretch(1)

    # -- for subclasses
    def build(self) -> None:
        raise NotImplementedError

    def wide(self) -> bool:
        """Whether the editor wants the whole width under the question (text answers)."""
        return False

    def _toggle(self, text: str, value: Any, *, na: bool = False, hint: str = "") -> QPushButton:  # noqa: ANN401
        button = QPushButton(text)
        button.setCheckable(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if hint:
            button.setToolTip(self.tr("Key: %1").replace("%1", hint))
        button.setProperty("answerValue", value)
        button.setProperty("answerNa", na)
        button.setProperty("tone", _tone(value, na))
        button.clicked.connect(lambda _checked=False, v=value, n=na: self._chosen(v, n))
        self.toggles.append(button)
        self.row.addWidget(button)
        return button

    def _chosen(self, value: Any, na: bool) -> None:  # noqa: ANN401
        if self.read_only:
            self._sync_toggles()
            return
        if self.clear_on_second_click and not na and not self.na and self.value == value:
            value = None  # a second click on the chosen answer clears it
        self._sync_toggles()  # the controls show the saved answer until the save succeeds
        self.answered.emit(value, na)

    def _sync_toggles(self) -> None:
        for button in self.toggles:
            if button.property("answerNa"):
                button.setChecked(self.na)
            else:
                button.setChecked(not self.na and self.value is not None
                                  and button.property("answerValue") == self.value)
            button.setEnabled(not self.read_only)

    # -- the common interface
    def show_answer(self, value: Any, na: bool = False, failed: bool = False) -> None:  # noqa: ANN401
        self.value, self.na, self.failed = value, bool(na), bool(failed)
        self._sync_toggles()
        self.refresh()

    def refresh(self) -> None:
        """Subclasses: show ``self.value`` in their own controls (without emitting)."""

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._sync_toggles()
        self.refresh()

    def key_value(self, key: int) -> tuple[Any, bool] | None:
        """What a key press means for this item, or None."""
        if key == Qt.Key.Key_N and self.na_button is not None:
            return None, True
        return None

    def focus_widget(self) -> QWidget | None:
        """The field that takes typing (number, text), if any."""
        return None

    def commit(self) -> None:
        """Save what is typed in the field now (Enter in the runner); editors without a field: nothing."""

    def show_problem(self, text: str) -> None:
        """Show a refused answer at the field (red, with the reason); the typed text stays to be fixed."""
        field = self.focus_widget()
        if field is not None:
            set_state(field, "invalid", True)
            field.setToolTip(text)

    def clear_problem(self) -> None:
        field = self.focus_widget()
        if field is not None:
            set_state(field, "invalid", False)


_REGISTRY: dict[str, type[AnswerEditor]] = {}


def register(*kinds: str):  # noqa: ANN201
    def wrap(cls: type[AnswerEditor]) -> type[AnswerEditor]:
        for kind in kinds:
            _REGISTRY[kind] = cls
        return cls

    return wrap


def answer_types() -> tuple[str, ...]:
    return tuple(_REGISTRY)


def editor_for(item: Any, parent: QWidget | None = None, **options: Any) -> AnswerEditor:  # noqa: ANN401
    """The editor registered for the item's answer type."""
    try:
        cls = _REGISTRY[item.answer_type]
    except KeyError:
        raise ValueError(f"no answer editor for answer type {item.answer_type!r}") from None
    return cls(item, parent, **options)


@register("pass_fail", "yes_no")
class BinaryEditor(AnswerEditor):
    def build(self) -> None:
        if self.item.answer_type == "pass_fail":
            self.good, self.bad = "pass", "fail"
            texts = (self.tr("Pass"), self.tr("Fail"))
        else:
            self.good, self.bad = "yes", "no"
            texts = (self.tr("Yes"), self.tr("No"))
        self.pass_button = self._toggle(texts[0], self.good, hint="P")
        self.fail_button = self._toggle(texts[1], self.bad, hint="F")
        self.pass_button.setObjectName("passButton")
        self.fail_button.setObjectName("failButton")

    def key_value(self, key: int) -> tuple[Any, bool] | None:
        if key == Qt.Key.Key_P:
            return self.good, False
        if key == Qt.Key.Key_F:
            return self.bad, False
        return super().key_value(key)


@register("rating", "choice")
class ScaleEditor(AnswerEditor):
    """A rating 0..scale or one option: toggles, or a drop-down in the compact form."""

    def choices(self) -> list[tuple[str, int]]:
        if self.item.answer_type == "rating":
            return [(str(n), n) for n in range((self.item.scale or 5) + 1)]
        return [(option_label(o, self.english), i) for i, o in enumerate(self.item.options)]

    def build(self) -> None:
        self.combo: QComboBox | None = None
        if self.compact:
            self.combo = QComboBox(objectName="choiceCombo")
            self.combo.addItem("", None)
            for text, value in self.choices():
                self.combo.addItem(text, value)
            self.combo.activated.connect(lambda _i: self._combo_chosen())
            self.row.addWidget(self.combo)
            return
        rating = self.item.answer_type == "rating"
        for text, value in self.choices():
            self._toggle(text, value, hint=str(value if rating else value + 1))

    def _combo_chosen(self) -> None:
        if self.read_only:
            self.refresh()
            return
        self.answered.emit(self.combo.currentData(), False)

    def refresh(self) -> None:
        if self.combo is not None:
            i = self.combo.findData(None if self.na else self.value)
            self.combo.setCurrentIndex(max(i, 0))
            self.combo.setEnabled(not self.read_only)

    def key_value(self, key: int) -> tuple[Any, bool] | None:
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            if self.item.answer_type == "rating" and digit <= (self.item.scale or 5):
                return digit, False
            if self.item.answer_type == "choice" and 1 <= digit <= len(self.item.options):
                return digit - 1, False
            return None
        return super().key_value(key)


@register("multi_choice")
class MultiChoiceEditor(AnswerEditor):
    def build(self) -> None:
        self.checks: list[QCheckBox] = []
        for o in self.item.options:
            box = QCheckBox(option_label(o, self.english))
            box.toggled.connect(self._changed)
            self.checks.append(box)
            self.row.addWidget(box)

    def _changed(self) -> None:
        if self.read_only:
            return
        self.answered.emit(tuple(i for i, box in enumerate(self.checks) if box.isChecked()) or None, False)

    def refresh(self) -> None:
        chosen = set(self.value or ()) if not self.na else set()
        for i, box in enumerate(self.checks):
            box.blockSignals(True)
            box.setChecked(i in chosen)
            box.setEnabled(not self.read_only)
            box.blockSignals(False)


class _LineEditor(AnswerEditor):
    line_edit: QLineEdit
    problem_label: QLabel | None = None
    problem = ""  # the reason the typed text was refused (shown at the field until it is edited)
    refused_text: str | None = None
    hint = ""  # the field's own tooltip when there is no problem

    def _line(self, name: str) -> QLineEdit:
        line_edit = QLineEdit(objectName=name)
        line_edit.editingFinished.connect(self._done)
        line_edit.textEdited.connect(lambda _t: self.clear_problem())
        return line_edit

    def _add_problem_label(self) -> None:
        if self.compact:
            return  # the one-line form shows the problem in the field's tooltip only
        self.problem_label = set_role(QLabel(objectName="fieldProblem"), "error")
        self.problem_label.hide()
        self.row.addWidget(self.problem_label)

    committing = False  # a confirmation asked while saving takes the focus: that is not a second edit

    def _done(self) -> None:
        if self.read_only or self.committing:
            return
        self.committing = True
        try:
            self._commit_text()
        finally:
            self.committing = False

    def _commit_text(self) -> None:
        text = self.line_edit.text().strip()
        if self.problem and self.refused_text is not None and text == self.refused_text:
            return  # already refused; leaving the field must not ask again
        if self.same_as_shown(text):
            if not (self.problem and self.line_edit.hasFocus()):
                self.clear_problem()  # e.g. letters refused, then the field left unchanged
            return  # (Enter on it keeps the problem in view, and the field)
        problem = self.check(text)
        if problem:
            self.refused_text = text
            self.show_problem(problem)
            return
        self.answered.emit(text or None, False)

    def commit(self) -> None:
        self._done()

    def check(self, text: str) -> str:
        """Subclasses: why ``text`` cannot be an answer ("" if it can)."""
        return ""

    def same_as_shown(self, text: str) -> bool:
        return text == self.shown_text()

    def shown_text(self) -> str:
        return "" if self.na or self.value is None else str(self.value)

    def show_problem(self, text: str) -> None:
        """Show ``text`` at the field; ``refused_text`` (set by whoever refused the text) is not offered again."""
        self.problem = text
        set_state(self.line_edit, "invalid", True)
        self.line_edit.setToolTip(text)
        if self.problem_label is not None:
            self.problem_label.setText(text)
            self.problem_label.show()

    def clear_problem(self) -> None:
        if not self.problem:
            return
        self.problem, self.refused_text = "", None
        set_state(self.line_edit, "invalid", False)
        self.line_edit.setToolTip(self.hint)
        if self.problem_label is not None:
            self.problem_label.clear()
            self.problem_label.hide()

    def refresh(self) -> None:
        if not self.line_edit.hasFocus() and not self.problem:  # a refused text stays until it is fixed
            self.line_edit.setText(self.shown_text())
        self.line_edit.setProperty("answer", "true")  # read-only answers look read-only (ui.style)
        self.line_edit.setReadOnly(self.read_only)
        set_state(self.line_edit, "failed", self.failed)

    def focus_widget(self) -> QWidget | None:
        return self.line_edit


@register("number")
class NumberEditor(_LineEditor):
    def build(self) -> None:
        self.line_edit = self._line("numberEdit")
        self.line_edit.setMaximumWidth(120 if self.compact else 160)
        self.line_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        # Empty is acceptable (it clears the answer), unlike with QDoubleValidator. A refused key
        # (a letter) is reported at the field rather than dropped silently.
        self.line_edit.setValidator(QRegularExpressionValidator(NUMBER_RE, self.line_edit))
        self.line_edit.inputRejected.connect(lambda: self.show_problem(self.not_a_number()))
        expected = range_text(self.item)
        self.line_edit.setPlaceholderText(expected)
        if expected:
            self.hint = self.tr("Expected: %1").replace("%1", expected)
            self.line_edit.setToolTip(self.hint)
        self.row.addWidget(self.line_edit)
        suffix = " ".join([self.item.unit or "", *([f"({expected})"] if expected and not self.compact else [])])
        if suffix.strip():
            self.row.addWidget(set_role(QLabel(suffix.strip()), "muted"))
        self.range_label = set_role(QLabel(objectName="outOfRange"), "warning")
        self.range_label.hide()
        self.row.addWidget(self.range_label)
        self._add_problem_label()

    def not_a_number(self) -> str:
        return self.tr("Type a number, such as 12 or 0.5.")

    def check(self, text: str) -> str:
        return "" if not text or parse_number(text) is not None else self.not_a_number()

    def same_as_shown(self, text: str) -> bool:
        if self.na or self.value is None or not text:
            return not text and (self.na or self.value is None)
        return parse_number(text) == parse_number(number_text(self.value))

    def shown_text(self) -> str:
        return "" if self.na else number_text(self.value)

    def out_of_range(self) -> bool:
        """Whether the saved value lies outside the item's range (kept only after a confirmation)."""
        number = None if self.na or self.value is None else parse_number(number_text(self.value))
        if number is None:
            return False
        lo, hi = self.item.min_value, self.item.max_value
        return (lo is not None and number < Decimal(str(lo))) or (hi is not None and number > Decimal(str(hi)))

    def refresh(self) -> None:
        super().refresh()
        outside = self.out_of_range()
        self.range_label.setText("⚠ " + self.tr("Out of range (expected %1)").replace("%1", range_text(self.item))
                                 if outside else "")
        self.range_label.setVisible(outside)


@register("text")
class TextEditor(_LineEditor):
    def build(self) -> None:
        self.line_edit = self._line("textEdit")
        self.line_edit.setPlaceholderText(self.tr("Type the answer; it is saved when you leave the field"))
        self.row.addWidget(self.line_edit, 1)
        self._add_problem_label()

    def wide(self) -> bool:
        return True


@register("date")
class DateEditor(AnswerEditor):
    def build(self) -> None:
        self.date_edit = QDateEdit(objectName="dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        self.set_button = QPushButton(self.tr("Set date"), objectName="setDate")
        self.set_button.clicked.connect(self._done)
        self.row.addWidget(self.date_edit)
        self.row.addWidget(self.set_button)

    def _done(self) -> None:
        if self.read_only:
            return
        d = self.date_edit.date()
        self.answered.emit(date(d.year(), d.month(), d.day()), False)

    def refresh(self) -> None:
        if isinstance(self.value, date) and not self.na:
            self.date_edit.setDate(QDate(self.value.year, self.value.month, self.value.day))
        self.date_edit.setEnabled(not self.read_only)
        self.set_button.setEnabled(not self.read_only)

    def focus_widget(self) -> QWidget | None:
        return self.date_edit

    def commit(self) -> None:
        self._done()


@register("photo")
class PhotoEditor(AnswerEditor):
    """Answered by its photos (added beside the editor by the view that shows it)."""

    def build(self) -> None:
        hint = set_role(QLabel(self.tr("Answer with one or more photos.")), "muted")
        self.row.addWidget(hint)
