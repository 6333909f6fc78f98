"""On start: the current user's corrective actions that are overdue or due within three days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.services import actions
from ui import labels
from ui.style import RED, set_role


class RemindersDialog(QDialog):
    openRegister = Signal()

    def __init__(self, due: list[actions.ActionDTO], today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = today or date.today()
        self.setWindowTitle(self.tr("Corrective actions due"))
        self.resize(760, 380)
        overdue = sum(1 for a in due if a.due_on < today)
        intro = QLabel(self.tr("You have %1 corrective action(s) overdue and %2 due within three days.")
                       .replace("%1", str(overdue)).replace("%2", str(len(due) - overdue)))
        intro.setWordWrap(True)
        set_role(intro, "strong")
        self.table = QTableWidget(len(due), 5, objectName="reminders")
        self.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Store"), self.tr("Action"),
                                              self.tr("Priority"), self.tr("Status")])
        for r, a in enumerate(due):
            days = (a.due_on - today).days
            when = (self.tr("%1 (overdue %2 d)").replace("%1", a.due_on.isoformat()).replace("%2", str(-days))
                    if days < 0 else a.due_on.isoformat())
            for c, text in enumerate((when, a.store_name, a.title, labels.priority(a.priority),
                                      labels.action_status(a.status))):
                item = QTableWidgetItem(text)
                if days < 0:
                    item.setForeground(QColor(RED))
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        later = QPushButton(self.tr("Later"), objectName="later")
        later.clicked.connect(self.reject)
        register = QPushButton(self.tr("Open the action register"), objectName="openRegister")
        register.setDefault(True)
        register.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(later)
        row.addWidget(register)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def _open(self) -> None:
        self.openRegister.emit()
        self.accept()
