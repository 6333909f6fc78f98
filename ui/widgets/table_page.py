"""Base of the list pages: a filter bar, a lazy sortable table, action buttons, a count."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.lazy_table import Column, LazyTableModel
from ui.style import ICON, set_role
from ui.widgets.filter_bar import FilterBar


class TablePage(QWidget):
    """Subclasses supply columns, ``fetch``/``count`` and their own filters and buttons."""

    activated = Signal(object)  # a DTO was double-clicked or Enter was pressed
    selectionChanged = Signal(object)  # the selected DTO or None

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = set_role(QLabel(title), "title")
        # The filters: a FilterBar with the search field (Ctrl+F); a page adds its combos, check boxes
        # and dates to ``self.filter_bar`` (they reload the list when they change).
        self.filter_bar = FilterBar(self)
        self.search = self.filter_bar.add_search()
        self.filter_bar.changed.connect(self.reload)
        self.filters = QHBoxLayout()  # the row holding the bar (pages may still add widgets after it)
        self.filters.addWidget(self.filter_bar, 3)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        set_role(self.count_label, "muted")

        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.doubleClicked.connect(lambda index: self._emit_activated(index.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.table, activated=self._activate_current,
                      context=Qt.ShortcutContext.WidgetShortcut)

        head = QHBoxLayout()
        head.addWidget(self._title)
        head.addStretch(1)
        head.addWidget(self.count_label)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(head)
        column.addLayout(self.filters)
        column.addLayout(self.buttons)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)
        self.model: LazyTableModel | None = None

    def set_side_panel(self, widget: QWidget, width: int = 190) -> None:
        """A panel left of the table (e.g. the region tree)."""
        self.splitter.insertWidget(0, widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([width, 1000])

    def setup_model(self, columns: Sequence[Column], widths: Sequence[int] = (), muted=None,  # noqa: ANN001
                    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.model = LazyTableModel(columns, self.fetch, self.count, muted=muted, parent=self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, order)  # before enabling: one query, not three
        # Enabling sorting sorts at once; the rows load when the page is shown (refresh), not here.
        self.model.deferred = True
        self.table.setSortingEnabled(True)
        self.model.deferred = False
        self._sorted_by = (0, order)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._emit_selection(cur.row()))
        self.model.modelReset.connect(lambda: self._emit_selection(-1))
        for i, width in enumerate(widths):
            self.table.setColumnWidth(i, width)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """A column that cannot be sorted puts the arrow back where the data is sorted."""
        assert self.model is not None
        if self.model.sortable(column):
            self._sorted_by = (column, order)
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted_by)
        header.blockSignals(False)

    def add_button(self, text: str, icon: str, shortcut: QKeySequence | str | None = None,
                   name: str = "") -> QPushButton:
        button = QPushButton(qta.icon(icon, color=ICON), text)
        button.setObjectName(name)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    # -- subclasses
    def fetch(self, offset: int, limit: int, sort: str, descending: bool) -> list[Any]:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError

    def count_text(self, total: int) -> str:
        return QCoreApplication.translate("TablePage", "%n record(s)", "", total)

    def export_title(self) -> str:
        """The register's name on its export (title row, default file name)."""
        return self._title.text()

    def export_job(self):  # noqa: ANN201 - subclasses: read the filters here, return the job that writes
        raise NotImplementedError

    def export(self) -> None:
        """The list as shown (filters and sort) to Excel or CSV, written in the background (Ctrl+Shift+E)."""
        from ui.widgets.register_export import RegisterExporter

        if getattr(self, "exporter", None) is None:
            self.exporter = RegisterExporter(self, self.export_title)
            self.buttons.addWidget(self.exporter.notice)
        self.exporter.export(self.export_job)

    # -- behaviour
    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        if self.model is None:
            return
        keep = self.selected()
        self.model.reload()
        self.count_label.setText(self.count_text(self.model.total))
        if keep is not None:  # only among the rows already loaded: never fetch the whole table for this
            row = self.model.row_of(lambda d: d.id == keep.id)
            if row >= 0:
                self.table.selectRow(row)

    def selected(self) -> Any:
        if self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.dto(rows[0].row()) if rows else None

    def select_where(self, predicate) -> bool:  # noqa: ANN001
        assert self.model is not None
        row = self.model.row_of(predicate)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(predicate)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            return True
        return False

    def _activate_current(self) -> None:
        dto = self.selected()
        if dto is not None:
            self.activated.emit(dto)

    def _emit_activated(self, row: int) -> None:
        if self.model is not None and self.model.dto(row) is not None:
            self.activated.emit(self.model.dto(row))

    def _emit_selection(self, row: int) -> None:
        self.selectionChanged.emit(self.model.dto(row) if self.model is not None else None)
