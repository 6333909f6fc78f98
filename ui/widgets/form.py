"""Helpers shared by the edit dialogs: field error display."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from opsdesk.errors import ValidationError
from ui.errors import problem_text

ERROR_STYLE = "border: 1px solid #d93025; border-radius: 3px;"


class FieldErrors:
    """Marks the widgets of invalid fields and lists the messages in a label."""

    def __init__(self, summary: QLabel, fields: dict[str, QWidget], labels: dict[str, str]) -> None:
        self.summary = summary
        self.fields = fields
        self.labels = labels
        summary.setWordWrap(True)
        summary.setStyleSheet("color: #d93025;")
        summary.hide()

    def clear(self) -> None:
        for widget in self.fields.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
        self.summary.clear()
        self.summary.hide()

    def text_for(self, problem) -> str:  # noqa: ANN001
        """The sentence for one problem; a page may word some reasons its own way."""
        return problem_text(problem)

    def show(self, exc: ValidationError) -> None:
        self.clear()
        lines = []
        first: QWidget | None = None
        for problem in exc.problems:
            text = self.text_for(problem)
            widget = self.fields.get(problem.field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setToolTip(text)
                first = first or widget
            label = self.labels.get(problem.field)
            lines.append(QCoreApplication.translate("FieldErrors", "%1: %2").replace("%1", label).replace("%2", text)
                         if label else text)
        self.summary.setText("\n".join(lines))
        self.summary.show()
        if first is not None:
            first.setFocus()


def ok_cancel_buttons(dialog: QDialog, ok_text: str, on_ok: Callable[[], None]) -> QDialogButtonBox:
    """The confirming button named for what it does (Enter) and Cancel (Esc); OK calls ``on_ok``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("FieldErrors", "Cancel"))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """Save (Ctrl+S, Enter) and Cancel (Esc) for an edit dialog; Save calls ``on_save``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(QCoreApplication.translate("FieldErrors", "Save"))
    save.setShortcut(QKeySequence.StandardKey.Save)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("FieldErrors", "Cancel"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons
