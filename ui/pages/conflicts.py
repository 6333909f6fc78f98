"""Sync conflicts (同步冲突): fields two workspaces changed from the same version, and incoming
changes to signed records. A person decides which value the record keeps.

Everything is read and written through ``opsdesk.services.sync`` (``conflicts`` and
``resolve_conflict``); the choice is a new edit that travels with the next exchange.
"""

from __future__ import annotations

from datetime import datetime

import qtawesome as qta
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, sync
from ui import labels
from ui import permissions as may
from ui.errors import show_error
from ui.labels import local_time
from ui.style import AMBER, ICON, set_role
from ui.widgets.confirm import confirm
from ui.widgets.unlock_key import fail_reason_text, with_key

FADED = "#9ca3af"  # resolved conflicts



class ConflictsPage(QWidget):
    """The list of sync conflicts with "Keep current value" / "Use other value"."""

    SHOWS = frozenset({"sync_conflict"})  # refreshed when an operation changed it
    resolved = Signal(int)  # a conflict id: the record's value may have changed

    COLUMNS = 10

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[sync.ConflictDTO] = []
        self.loading = None  # the QueryOp reading the conflicts

        title = QLabel(self.tr("Sync conflicts"))
        set_role(title, "title")
        self.count_label = QLabel(objectName="count")
        set_role(self.count_label, "muted")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count_label)
        intro = QLabel(self.tr("When two workspaces changed the same field of a record from the same version, "
                               "the later change was kept and the other one was set aside here. Choose the value "
                               "the record should hold: your choice reaches the other workspaces with the next "
                               "exchange. A change that arrives for a signed record is never applied; it is "
                               "listed here so you know about it."))
        intro.setWordWrap(True)
        set_role(intro, "muted")

        self.status = QComboBox(objectName="statusFilter")
        self.status.addItem(self.tr("Open conflicts"), "open")
        self.status.addItem(self.tr("All conflicts"), None)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.keep_button = QPushButton(qta.icon("fa5s.check", color=ICON), self.tr("Keep current value"),
                                       objectName="keepCurrent")
        self.other_button = QPushButton(qta.icon("fa5s.exchange-alt", color=ICON), self.tr("Use other value"),
                                        objectName="useOther")
        for button, shortcut in ((self.keep_button, "Ctrl+K"), (self.other_button, "Ctrl+U")):
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{button.text()} "
                              f"({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        self.keep_button.clicked.connect(lambda: self.resolve_selected("current"))
        self.other_button.clicked.connect(lambda: self.resolve_selected("other"))
        bar = QHBoxLayout()
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.keep_button)
        bar.addWidget(self.other_button)

        self.table = QTableWidget(0, self.COLUMNS, objectName="table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Table"), self.tr("Field"), self.tr("Current value"),
            self.tr("Current: by, at"), self.tr("Other value"), self.tr("Other: by, at"), self.tr("Reason"),
            self.tr("Detected"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((220, 80, 80, 140, 180, 140, 180, 110, 120)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.empty = QLabel(objectName="empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_role(self.empty, "placeholder")

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.refresh()

    # -- labels
    # The table, field and reason names are ui.labels' (sync_table, sync_field, conflict_reason).
    def frozen_explanation(self, c: sync.ConflictDTO) -> str:
        if not c.current_value:
            return self.tr("The inspection was signed before this value arrived: it is not part of the signed "
                           "record and is kept here for reference. A correction of the inspection can take it up.")
        return self.tr("The record is signed: a correction, not a sync, changes it.")

    def state_label(self, c: sync.ConflictDTO) -> str:
        if c.status == "open":
            return self.tr("Open")
        if c.resolution == "winner":
            return self.tr("Kept current value")
        if c.resolution == "loser":
            return self.tr("Used other value")
        return self.tr("Resolved")

    def author_label(self, author: str) -> str:
        if author and author == self.ctx.db.node.node_id:
            return self.tr("this workspace")
        return author

    def _by_at(self, author: str, at: datetime | None) -> str:
        parts = [p for p in (self.author_label(author), local_time(at)) if p]
        return self.tr("%1 · %2").replace("%1", parts[0]).replace("%2", parts[1]) if len(parts) == 2 else \
            "".join(parts)

    # -- data
    def refresh(self) -> None:
        """The conflicts under the chosen status, read off the GUI thread (they grow with every exchange)."""
        from ui.operations import QueryOp

        keep, status, ctx = self.selected(), self.status.currentData(), self.ctx
        self.loading = QueryOp(lambda _job: sync.conflicts(ctx, status=status), owner=self, key="conflicts",
                               name="conflicts: refresh") \
            .success(lambda rows: self._show(rows, status, keep)).failure(self._load_failed).run()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = None
        show_error(self, exc, self.tr("Sync conflicts"))
        self._show([], self.status.currentData(), None)

    def _show(self, rows: list[sync.ConflictDTO], status: str | None, keep: sync.ConflictDTO | None) -> None:
        self.loading = None
        self.rows = rows
        self.table.setRowCount(len(self.rows))
        for row, c in enumerate(self.rows):
            cells = [
                (c.record, c.record),
                (labels.sync_table(c.table), c.table),
                (labels.sync_field(c.field), c.field),
                (c.current_value, c.current_value) if c.current_value or c.reason != "frozen" else
                (self.tr("(not in the signed record)"), self.frozen_explanation(c)),
                (self._by_at(c.current_author, c.current_at), ""),
                (c.other_value, c.other_value) if c.reason != "unverified" else
                (labels.signed_decision_kinds().get(c.decision or "", c.decision or ""), c.other_value),
                (self._by_at(c.other_author, c.other_at), ""),
                (labels.conflict_reason(c.reason), self.frozen_explanation(c) if c.reason == "frozen" else "")
                if c.reason != "unverified" else
                (self.tr("%1: %2").replace("%1", labels.conflict_reason(c.reason)).replace(
                    "%2", fail_reason_text(c.detail)), fail_reason_text(c.detail)),
                (local_time(c.detected_at), ""),
                (self.state_label(c), ""),
            ]
            for column, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                if tip:
                    item.setToolTip(tip)
                if c.status != "open":
                    item.setForeground(QBrush(QColor(FADED)))
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, c.id)
                    icon = "fa5s.signature" if c.reason == "frozen" else "fa5s.code-branch"
                    item.setIcon(qta.icon(icon, color=AMBER if c.status == "open" else FADED))
                self.table.setItem(row, column, item)
        open_count = sum(1 for c in self.rows if c.status == "open") if status is None else len(self.rows)
        self.count_label.setText(self.tr("%n open conflict(s)", "", open_count))
        if not self.rows:
            self.empty.setText(self.tr("No open conflicts. Everything that arrived by sync fitted in.")
                               if status == "open" else self.tr("No conflicts have been recorded."))
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        if keep is not None:
            for row, c in enumerate(self.rows):
                if c.id == keep.id:
                    self.table.selectRow(row)
                    break
        self._update_buttons()

    def selected(self) -> sync.ConflictDTO | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select_id(self, conflict_id: int) -> bool:
        for row, c in enumerate(self.rows):
            if c.id == conflict_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        c = self.selected()
        is_open = c is not None and c.status == "open"
        # deciding a conflict is the table's sync.resolve: a user whose role may not sees why, on both buttons
        may.apply(self.keep_button, self.ctx, may.Action.SYNC_RESOLVE, enabled=is_open)
        may.apply(self.other_button, self.ctx, may.Action.SYNC_RESOLVE, enabled=is_open and c.reason != "frozen",
                  tooltip=self.tr("The record is signed: a correction, not a sync, changes it.")
                  if c is not None and c.reason == "frozen" else "")

    # -- resolving
    def resolve_selected(self, keep: str) -> None:
        c = self.selected()
        if c is None or c.status != "open" or (keep == "other" and c.reason == "frozen"):
            return
        if keep == "other":
            question = (self.tr("Change %1 of %2 to the other value?")
                        .replace("%1", labels.sync_field(c.field)).replace("%2", c.record) + "\n\n"
                        + self.tr("Now: %1").replace("%1", c.current_value) + "\n"
                        + self.tr("Other value: %1").replace("%1", c.other_value) + "\n\n"
                        + self.tr("The change reaches the other workspaces with the next exchange."))
            if not confirm(self, self.tr("Use other value"), question):
                return
        try:
            with_key(self, self.ctx, sync.resolve_conflict, c.id, keep)
        except OpsDeskError as exc:
            show_error(self, exc, self.tr("Sync conflicts"))
            self.refresh()
            return
        self.refresh()
        self.resolved.emit(c.id)
