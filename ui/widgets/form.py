"""Helpers shared by the edit dialogs: field error display, Save/Cancel buttons, the form dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from opsdesk.errors import ValidationError
from ui.errors import problem_text
from ui.style import set_role, set_state



class FieldErrors:
    """Marks the widgets of invalid fields and lists the messages in a label."""

    def __init__(self, summary: QLabel, fields: dict[str, QWidget], labels: dict[str, str]) -> None:
        self.summary = summary
        self.fields = fields
        self.labels = labels
        summary.setWordWrap(True)
        set_role(summary, "error")
        summary.hide()

    def clear(self) -> None:
        for widget in self.fields.values():
            set_state(widget, "invalid", False)
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
                set_state(widget, "invalid", True)
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


class FormDialog(QDialog):
    """An edit dialog whose Save calls ``submit()`` (a service call) and closes on success.

    A ``ValidationError`` is shown at its fields (``self.errors``: the fields and labels given to
    ``set_fields``) and the dialog stays open with what the user typed; any other ``OpsDeskError``
    is shown as a message. Subclasses build their form into ``self.form_area`` (a QVBoxLayout),
    call ``set_fields(fields, labels)`` and implement ``submit()``; its return value is kept in
    ``self.result_value``. Save is Ctrl+S / Enter, Cancel is Esc.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, ok_text: str | None = None) -> None:
        from PySide6.QtWidgets import QVBoxLayout

        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: object = None
        self.error_label = QLabel(objectName="formErrors")
        self.errors = FieldErrors(self.error_label, {}, {})
        layout = QVBoxLayout(self)
        self.form_area = QVBoxLayout()
        layout.addLayout(self.form_area)
        layout.addWidget(self.error_label)
        self.buttons = (ok_cancel_buttons(self, ok_text, self.save) if ok_text
                        else save_cancel_buttons(self, self.save))
        layout.addWidget(self.buttons)

    def set_fields(self, fields: dict[str, QWidget], labels: dict[str, str]) -> None:
        self.errors.fields = fields
        self.errors.labels = labels

    def submit(self) -> object:
        raise NotImplementedError

    def save(self) -> bool:
        from opsdesk.errors import OpsDeskError

        self.errors.clear()
        try:
            self.result_value = self.submit()
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except OpsDeskError as exc:
            self.show_failure(exc)
            return False
        self.accept()
        return True

    def show_failure(self, exc: Exception) -> None:
        """Show an error that belongs to no field (a page may word some errors its own way)."""
        from ui.errors import show_error

        show_error(self, exc)
