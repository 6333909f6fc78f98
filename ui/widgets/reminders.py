"""On start: the current user's corrective actions that are overdue or due within three days, and the
opening milestones (新店筹备) the user owns that are late or due within three days."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
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
from opsdesk.services.openings import MilestoneReminder
from ui import labels
from ui.style import RED, set_role


class RemindersDialog(QDialog):
    openRegister = Signal()
    openOpening = Signal(str)  # a project id: open the 新店筹备 page on it

    def __init__(self, due: list[actions.ActionDTO], today: date | None = None, parent: QWidget | None = None,
                 milestones: Sequence[MilestoneReminder] = ()) -> None:
        super().__init__(parent)
        today = today or date.today()
        self.milestones = list(milestones)
        self.setWindowTitle(self.tr("Corrective actions due") if not self.milestones else
                            self.tr("Reminders") if due else self.tr("Opening milestones due"))
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
        self.opening_table: QTableWidget | None = None
        if self.milestones:
            self._add_milestones(layout, today)
            if not due:  # only milestones: the actions' part is left out
                for widget in (intro, self.table, later, register):
                    widget.hide()
                layout.setStretch(1, 0)

    def _add_milestones(self, layout: QVBoxLayout, today: date) -> None:
        """The user's opening milestones due soon or late, and a button to open the 新店筹备 page."""
        late = sum(1 for r in self.milestones if r.days_left < 0)
        intro = QLabel(self.tr("You have %1 opening milestone(s) late and %2 due within three days.")
                       .replace("%1", str(late)).replace("%2", str(len(self.milestones) - late)),
                       objectName="openingIntro")
        intro.setWordWrap(True)
        set_role(intro, "strong")
        table = QTableWidget(len(self.milestones), 4, objectName="openingReminders")
        table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Store"), self.tr("Milestone"), self.tr("Owner")])
        for r, rem in enumerate(self.milestones):
            m = rem.milestone
            when = (self.tr("%1 (late %2 d)").replace("%1", m.due_on.isoformat()).replace("%2", str(-rem.days_left))
                    if rem.days_left < 0 else m.due_on.isoformat())
            title = labels.template_text(m.title, m.title_en) + (" ◇" if m.gate else "")
            for c, text in enumerate((when, f"{rem.store_code} {rem.store_name}", title,
                                      labels.milestone_role(m.owner_role))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, rem.project_id)
                if rem.days_left < 0:
                    item.setForeground(QColor(RED))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.selectRow(0)
        table.doubleClicked.connect(lambda _index: self._open_opening())
        later = QPushButton(self.tr("Later"), objectName="openingLater")
        later.clicked.connect(self.reject)
        button = QPushButton(self.tr("Open 新店筹备"), objectName="openOpenings")
        button.clicked.connect(self._open_opening)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(later)
        row.addWidget(button)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        self.opening_table = table
        self.resize(760, 380 if not self.table.rowCount() else 560)

    def _open_opening(self) -> None:
        """The project of the selected row (the first when none is)."""
        row = max(0, self.opening_table.currentRow())
        self.openOpening.emit(self.opening_table.item(row, 0).data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _open(self) -> None:
        self.openRegister.emit()
        self.accept()
