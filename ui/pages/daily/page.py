"""Daily checklists (开店检查 / 闭店检查): today's two checklists with one-click answers, and the
history of the last 30 business days with the days whose checklists are missing.

The checklists themselves are the forms of ``ui.pages.daily.forms``; what a state looks like and
which days can be opened is decided in ``ui.pages.daily.controller``.
"""

from __future__ import annotations

from datetime import date, timedelta

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, daily, workspace
from ui import labels
from ui.dates import from_qdate, to_qdate, weekday_name
from ui.errors import show_error
from ui.pages.daily.controller import (
    HISTORY_DAYS,
    compliance_tone,
    day_limits,
    history_range,
    history_tone,
    percent_text,
)
from ui.pages.daily.forms import ChecklistPanel
from ui.style import AMBER, GREEN, ICON, MUTED, RED, RED_BG, set_role

# The history's cells are coloured by their data (item brushes, not style sheets).
HISTORY_COLOURS = {"ok": GREEN, "warning": AMBER, "error": RED, "muted": MUTED, "missing": RED}


class DailyPage(QWidget):
    """The store's opening and closing checklists of a business day, and the last 30 days."""

    SHOWS = frozenset({"checklist_run", "answer", "store", "template_version"})  # refreshed when changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stores = []
        self._follow_today = True
        self._today = daily.business_day()
        self.history_rows: list[daily.DayStatus] = []

        title = set_role(QLabel(self.tr("Daily checklists")), "title")
        self.store_combo = QComboBox(objectName="store")
        self.store_combo.setMinimumWidth(220)
        self.store_combo.currentIndexChanged.connect(lambda _i: self._store_changed())
        self.store_label = QLabel(objectName="storeName")
        set_role(self.store_label, "strong")
        self.prev_button = QToolButton(objectName="previousDay")
        self.prev_button.setIcon(qta.icon("fa5s.chevron-left", color=ICON))
        self.prev_button.setToolTip(self.tr("Previous day (Ctrl+Left)"))
        self.prev_button.clicked.connect(lambda: self.shift_day(-1))
        self.next_button = QToolButton(objectName="nextDay")
        self.next_button.setIcon(qta.icon("fa5s.chevron-right", color=ICON))
        self.next_button.setToolTip(self.tr("Next day (Ctrl+Right)"))
        self.next_button.clicked.connect(lambda: self.shift_day(1))
        self.day_edit = QDateEdit(objectName="day")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(to_qdate(self._today))
        self.day_edit.dateChanged.connect(lambda _d: self._day_changed())
        self.weekday_label = QLabel(objectName="weekday")
        self.today_button = QPushButton(self.tr("Today"), objectName="today")
        self.today_button.clicked.connect(self.go_today)
        self.compliance_label = QLabel(objectName="compliance")
        set_role(self.compliance_label, "strong")
        QShortcut(QKeySequence("Ctrl+Left"), self, activated=lambda: self.shift_day(-1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Right"), self, activated=lambda: self.shift_day(1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.store_combo)
        head.addWidget(self.store_label)
        head.addSpacing(16)
        head.addWidget(QLabel(self.tr("Business day")))
        head.addWidget(self.prev_button)
        head.addWidget(self.day_edit)
        head.addWidget(self.next_button)
        head.addWidget(self.weekday_label)
        head.addWidget(self.today_button)
        head.addStretch(1)
        from opsdesk.vocabulary import file_name
        from ui.widgets.reports import ExportButton, report_language

        self.pdf_button = ExportButton(ctx, self._build_report, lambda: file_name(
            "daily", report_language(), (self.store_combo.currentText().split() or [""])[0], self.day()), self)
        head.addWidget(self.pdf_button)

        self.opening = ChecklistPanel(ctx, "opening")
        self.closing = ChecklistPanel(ctx, "closing")
        panels = QWidget(objectName="checklists")
        columns = QHBoxLayout(panels)
        columns.setContentsMargins(0, 6, 0, 0)
        columns.addWidget(self.opening, 1)
        columns.addWidget(self.closing, 1)
        for panel in (self.opening, self.closing):
            panel.runStarted.connect(lambda _k: self.load_history())
            panel.completed.connect(lambda _k: self.load_history())

        self.history_summary = QLabel(objectName="historySummary")
        self.history_summary.setWordWrap(True)
        self.history_table = QTableWidget(0, 3, objectName="history")
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Business day"), labels.run_type("opening"), labels.run_type("closing")])
        self.history_table.verticalHeader().hide()
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.verticalHeader().setDefaultSectionSize(26)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.history_table.setColumnWidth(0, 180)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.history_table.setColumnWidth(1, 160)
        self.history_table.setColumnWidth(2, 160)
        self.history_table.setMaximumWidth(540)
        self.history_table.doubleClicked.connect(lambda index: self.open_history_row(index.row()))
        hint = QLabel(self.tr("Double-click a day to open its checklists."))
        set_role(hint, "muted")
        history = QWidget(objectName="historyTab")
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.history_summary)
        history_layout.addWidget(self.history_table, 1)
        history_layout.addWidget(hint)

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(panels, qta.icon("fa5s.tasks", color=ICON), self.tr("Checklists"))
        # The 30-day completion rate beside the tabs (the row above is full of the day's controls).
        self.tabs.setCornerWidget(self.compliance_label, Qt.Corner.TopRightCorner)
        self.tabs.addTab(history, qta.icon("fa5s.history", color=ICON),
                         self.tr("Last %1 days").replace("%1", str(HISTORY_DAYS)))

        self.no_store_label = QLabel(self.tr("You are not assigned to any open store, so there are no daily "
                                             "checklists to fill. Ask head office to assign your store."),
                                     objectName="noStore")
        self.no_store_label.setWordWrap(True)
        self.no_store_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.no_store_label, "placeholder")
        self.no_store_label.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.no_store_label)
        layout.addWidget(self.tabs, 1)

    def _build_report(self):
        from opsdesk.reports.daily import build_daily
        from ui.widgets.reports import report_language

        ctx, store_id, day, lang = self.ctx, self.store_id(), self.day(), report_language()
        return lambda path: build_daily(ctx, store_id, day, path, lang=lang)

    # -- state
    def store_id(self) -> str | None:
        return self.store_combo.currentData()

    def day(self) -> date:
        return from_qdate(self.day_edit.date())

    def current_store(self):
        return next((s for s in self.stores if s.id == self.store_id()), None)

    # -- loading
    def refresh(self) -> None:
        """Reload the user's stores, then the day and the history (the page was shown or the user changed)."""
        today = daily.business_day()
        self._today = today
        user = workspace.current_user(self.ctx)
        user_id = user.id if user else self.ctx.user_id
        self.stores = daily.stores_for_user(self.ctx, user_id)
        keep = self.store_id()
        self.store_combo.blockSignals(True)
        self.store_combo.clear()
        for s in self.stores:
            self.store_combo.addItem(f"{s.code}  {s.name}", s.id)
        index = self.store_combo.findData(keep)
        self.store_combo.setCurrentIndex(index if index >= 0 else (0 if self.stores else -1))
        self.store_combo.blockSignals(False)
        has_stores = bool(self.stores)
        self.no_store_label.setVisible(not has_stores)
        self.tabs.setVisible(has_stores)
        for w in (self.prev_button, self.next_button, self.day_edit, self.today_button):
            w.setEnabled(has_stores)
        self.store_combo.setVisible(len(self.stores) > 1)
        self.store_label.setVisible(len(self.stores) == 1)
        if len(self.stores) == 1:
            self.store_label.setText(f"{self.stores[0].code}  {self.stores[0].name}")
        if not has_stores:
            self.compliance_label.clear()
            return
        self._apply_day_limits(today if self._follow_today else None)
        self.load_day()
        self.load_history()

    def _apply_day_limits(self, move_to: date | None = None) -> None:
        store = self.current_store()
        first, last = day_limits(store.opened_on if store is not None else None, self._today)
        self.day_edit.blockSignals(True)
        if first is not None:
            self.day_edit.setMinimumDate(to_qdate(first))
        else:
            self.day_edit.clearMinimumDate()
        self.day_edit.setMaximumDate(to_qdate(last))
        if move_to is not None:
            self.day_edit.setDate(to_qdate(move_to))
        self.day_edit.blockSignals(False)
        self._update_day_buttons()

    def _update_day_buttons(self) -> None:
        day = self.day()
        self.weekday_label.setText(weekday_name(day))
        self.next_button.setEnabled(day < self._today)
        self.prev_button.setEnabled(self.day_edit.date() > self.day_edit.minimumDate())
        self.today_button.setEnabled(day != self._today)

    def load_day(self) -> None:
        store_id = self.store_id()
        if store_id is None:
            return
        day = self.day()
        try:
            checklists = daily.day_checklists(self.ctx, store_id, day)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.opening.load(store_id, day, checklists.opening)
        self.closing.load(store_id, day, checklists.closing)
        self._update_day_buttons()

    def load_history(self) -> None:
        store_id = self.store_id()
        if store_id is None:
            return
        start, end = history_range(self._today)
        try:
            rows = daily.history(self.ctx, store_id, start, end)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.history_rows = list(reversed(rows))  # newest first
        table = self.history_table
        table.setRowCount(len(self.history_rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, status in enumerate(self.history_rows):
            today = status.day == self._today
            label = f"{status.day.isoformat()}  {weekday_name(status.day)}"
            if today:
                label += "  " + self.tr("(today)")
            day_item = QTableWidgetItem(label)
            day_item.setData(Qt.ItemDataRole.UserRole, status.day.isoformat())
            table.setItem(r, 0, day_item)
            for column, kind in ((1, "opening"), (2, "closing")):
                state = status.state(kind)
                item = QTableWidgetItem(labels.daily_history_state(state, today))
                item.setData(Qt.ItemDataRole.UserRole, state)
                item.setData(Qt.ItemDataRole.UserRole + 1, status.run_id(kind))
                tone = history_tone(state, today)
                item.setForeground(QBrush(QColor(HISTORY_COLOURS[tone])))
                if tone == "missing":
                    item.setBackground(QBrush(QColor(RED_BG)))
                    item.setFont(bold)
                table.setItem(r, column, item)
            if not status.complete and not today:
                day_item.setForeground(QBrush(QColor(RED)))
        # Today is still going on: it is listed, but the rate counts the finished days only.
        finished = [s for s in rows if s.day < self._today]
        rate = daily.compliance_of(finished)
        gaps = rate.days_open - rate.days_complete
        if rate.percent is None:
            set_role(self.compliance_label, "strong")
            self.compliance_label.setText(self.tr("Completion rate: no finished business day yet"))
            self.history_summary.setText(self.tr("The store has no finished business day in the last %1 days.")
                                         .replace("%1", str(HISTORY_DAYS)))
        else:
            pct = percent_text(rate.percent)
            self.compliance_label.setText(self.tr("Completion rate (last %1 days): %2%")
                                          .replace("%1", str(HISTORY_DAYS)).replace("%2", pct))
            set_role(self.compliance_label, compliance_tone(rate.days_complete, rate.days_open, rate.percent))
            summary = self.tr("Both checklists completed on %1 of %2 finished business days (%3%).") \
                .replace("%1", str(rate.days_complete)).replace("%2", str(rate.days_open)).replace("%3", pct)
            if gaps:
                summary += " " + self.tr("%n day(s) with a missing or unfinished checklist.", "", gaps)
            self.history_summary.setText(summary)

    # -- navigation
    def _store_changed(self) -> None:
        if self.store_id() is None:
            return
        self._apply_day_limits()
        self.load_day()
        self.load_history()

    def _day_changed(self) -> None:
        self._follow_today = self.day() == self._today
        self.load_day()

    def shift_day(self, days: int) -> None:
        if not self.day_edit.isEnabled():
            return
        self.set_day(self.day() + timedelta(days=days))

    def set_day(self, day: date) -> None:
        """Show the checklists of ``day`` (kept within the store's opening date and today)."""
        self.day_edit.setDate(to_qdate(day))  # QDateEdit clamps to its range

    def go_today(self) -> None:
        self.set_day(self._today)

    def open_history_row(self, row: int) -> None:
        if 0 <= row < len(self.history_rows):
            self.set_day(self.history_rows[row].day)
            self.tabs.setCurrentIndex(0)
