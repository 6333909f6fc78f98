"""A multi-line note with a character counter, saved when it is left (focus out, Esc, Ctrl+Enter).

Enter inserts a new line (a note is prose); Tab moves on to the next field. A note longer than
``limit`` is shown in error and not saved (the core refuses it too: ``runs.NOTE_MAX``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.style import set_role, set_state


class _PlainNote(QPlainTextEdit):
    left = Signal()  # focus went elsewhere: time to save

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu is not leaving
            self.left.emit()


class NoteEdit(QWidget):
    """``committed(text)`` when a changed note within the limit is left or confirmed with Ctrl+Enter."""

    committed = Signal(str)

    def __init__(self, limit: int, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.limit = limit
        self.saved = ""
        self.edit = _PlainNote(objectName="note")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(self.tr("Note"))
        self.edit.setToolTip(self.tr("Enter starts a new line; Ctrl+Enter or Esc saves the note and leaves it; "
                                     "it is also saved when you move on."))
        metrics = self.edit.fontMetrics()
        self.edit.setFixedHeight(metrics.lineSpacing() * lines + 14)
        self.counter = set_role(QLabel(objectName="noteCounter"), "hint")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.counter)
        self.edit.textChanged.connect(self._count)
        self.edit.left.connect(self.commit)
        self._count()

    # -- content
    def text(self) -> str:
        return self.edit.toPlainText()

    def set_saved(self, text: str) -> None:
        """Show the saved note (unless it is being typed in)."""
        self.saved = text or ""
        if not self.edit.hasFocus() and self.text() != self.saved:
            self.edit.setPlainText(self.saved)

    def too_long(self) -> bool:
        return len(self.text()) > self.limit

    def _count(self) -> None:
        n = len(self.text())
        self.counter.setText(self.tr("%1 / %2").replace("%1", str(n)).replace("%2", str(self.limit)))
        over = n > self.limit
        set_role(self.counter, "error" if over else "hint")
        set_state(self.edit, "invalid", over)
        self.counter.setToolTip(self.tr("At most %1 characters: shorten the note to save it.")
                                .replace("%1", str(self.limit)) if over else "")

    # -- saving
    def commit(self) -> None:
        if self.edit.isReadOnly() or self.text() == self.saved or self.too_long():
            return
        self.saved = self.text()
        self.committed.emit(self.saved)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setEnabled(not read_only)

    def is_ctrl_enter(self, event: QKeyEvent) -> bool:
        return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
