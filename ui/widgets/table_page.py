"""Base of the list pages: a filter bar, a lazy sortable table, action buttons, a count.

The rows load in the background (``LazyTableModel``): a page's ``row_source()`` reads its filters on
the GUI thread and returns the queries to run. Selecting a row that is not loaded yet
(``select_where``) continues when the rows arrive; a table with no rows says what to do
(``empty_text``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import icons
from ui.models.lazy_table import Column, LazyTableModel, RowSource
from ui.style import ICON, set_role
from ui.widgets.filter_bar import FilterBar
from ui.widgets.table_view import ListTableView


class TablePage(QWidget):
    """Subclasses supply columns, ``fetch``/``count`` and their own filters and buttons."""

    activated = Signal(object)  # a DTO was double-clicked or Enter was pressed
    selectionChanged = Signal(object)  # the selected DTO or None
    loaded = Signal()  # the first page of a reload arrived (selection restored)

    PICK_LIMIT = 10000  # looking for a row to select loads at most this many rows
    FIT_MAX = 360  # a column fitted to its contents is at most this wide (px)
    FIT_SAMPLE = 50  # columns are fitted to this many rows (the shown ones first), not to every row loaded

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

        self.table = ListTableView()
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
        # What to do when the table is empty, over its viewport (hidden while there are rows).
        self.empty_label = set_role(QLabel(self.table.viewport()), "muted")
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        hint_box = QVBoxLayout(self.table.viewport())
        hint_box.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignCenter)
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
        self._widths: list[int] = []
        self._fitted = False
        self._keep: set[str] = set()
        self._pick: tuple[Callable[[], bool], Callable[[bool], None]] | None = None

    def set_side_panel(self, widget: QWidget, width: int = 190) -> None:
        """A panel left of the table (e.g. the region tree)."""
        self.splitter.insertWidget(0, widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([width, 1000])

    def setup_model(self, columns: Sequence[Column], widths: Sequence[int] = (), muted=None,  # noqa: ANN001
                    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.model = LazyTableModel(columns, self.row_source, muted=muted, parent=self)
        self.model.loaded.connect(self._rows_arrived)
        self.model.appended.connect(self._more_arrived)
        self.model.counted.connect(lambda total: self.count_label.setText(self.count_text(total)))
        self.model.failed.connect(self._load_failed)
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
        # The selected rows stay in memory when the model drops their page (a list scrolled far away).
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._pin_selection())
        header.setResizeContentsPrecision(self.FIT_SAMPLE)
        self.model.modelReset.connect(lambda: self._emit_selection(-1))
        self._widths = list(widths)
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
        button = QPushButton(text)
        icons.set_icon(button, icon, color=ICON)  # held while the window opens its first page (ui.icons)
        button.setObjectName(name)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    # -- subclasses
    def row_source(self) -> RowSource:
        """Read the filters (GUI thread) and return the queries that list the rows (run in the background;
        they must not touch a widget)."""
        raise NotImplementedError

    @staticmethod
    def sorted_source(ctx, query, fetch, count) -> RowSource:  # noqa: ANN001
        """The usual ``row_source``: ``fetch(ctx, query, offset, limit)`` with the model's sort put into the
        frozen ``query`` (its ``sort``/``descending`` fields), ``count(ctx, query)``."""
        return RowSource(lambda offset, limit, sort, descending, _after:
                         fetch(ctx, replace(query, sort=sort, descending=descending), offset, limit),
                         lambda: count(ctx, query))

    def empty_text(self) -> str:
        """Shown over an empty table: what to do (``empty_hint``: the page's way to its first record)."""
        if self.search.text().strip():
            return QCoreApplication.translate("TablePage", "Nothing matches the search. Clear it to see every record.")
        return self.empty_hint()

    def empty_hint(self) -> str:
        return QCoreApplication.translate("TablePage", "No records here. Change the filters to see more.")

    def count_text(self, total: int) -> str:
        return TablePage.tr("%n record(s)", "", total)

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
        """Load the rows again in the background; the selection comes back when they arrive."""
        if self.model is None:
            return
        self._keep = {getattr(d, "id", None) for d in self.selected_rows()} - {None}
        self.model.reload()

    @property
    def loading(self) -> bool:
        return self.model is not None and self.model.loading

    def rows_loaded(self) -> None:
        """After a reload's first page arrived and the selection came back (pages may add to it)."""

    def _rows_arrived(self) -> None:
        assert self.model is not None
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            self.fit_columns()  # before the rows are first painted: one paint, at the widths they keep
        self.table.settle()
        self.table.paint_next_turn()
        if self._pick is None and self._keep:
            self.select_rows(lambda d: getattr(d, "id", None) in self._keep)
        self._keep = set()
        self._show_empty()
        self._continue_pick()
        self.rows_loaded()
        self.loaded.emit()

    def _more_arrived(self) -> None:
        self._show_empty()
        self._continue_pick()

    def _load_failed(self, exc: BaseException) -> None:
        from ui.errors import show_error

        self._pick = None
        show_error(self, exc, self._title.text())

    def _show_empty(self) -> None:
        assert self.model is not None
        empty = self.model.rowCount() == 0
        if empty:
            self.empty_label.setText(self.empty_text())
        self.empty_label.setVisible(empty)

    def _pin_selection(self) -> None:
        if self.model is not None:
            self.model.pin([i.row() for i in self.table.selectionModel().selectedRows()])

    def fit_columns(self) -> None:
        """Columns as wide as their title and a sample of the rows need (the first FIT_SAMPLE rows; at most
        FIT_MAX, at least the width the page asked for); the last one stretches. Done once, after the first rows
        arrived, before they are painted.

        The view's own ``sizeHintForColumn`` asks the delegate for every cell of the sample (its roles read, its
        text laid out): tens of milliseconds on the larger registers, spread over turns that each painted the
        table again. Here the texts the model made for the rows are measured with the font (bold where a cell
        is), and the delegate is asked only for each column's widest candidates."""
        assert self.model is not None
        model, table = self.model, self.table
        cells = [(row, found) for row in range(min(model.rowCount(), self.FIT_SAMPLE))
                 if (found := model.cell_texts(row)) is not None]
        header = table.horizontalHeader()
        plain = table.fontMetrics()
        bold = QFontMetrics(model.bold_font())
        icon = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 4
        option = QStyleOptionViewItem()
        table.initViewItemOption(option)
        grid = 1 if table.showGrid() else 0

        def estimate(column: int, texts: tuple[str, ...], looks) -> int:  # noqa: ANN001
            look = looks[column] if looks is not None else None
            if look is None:
                return plain.horizontalAdvance(texts[column])
            width = (bold if look.bold else plain).horizontalAdvance(texts[column])
            return width + icon if look.icon is not None else width

        widths = []
        for column in range(model.columnCount() - 1):
            widest = sorted(cells, key=lambda c, n=column: estimate(n, *c[1]), reverse=True)[:self.FIT_CANDIDATES]
            wanted = header.sectionSizeHint(column)
            for row, _found in widest:
                index = model.index(row, column)
                wanted = max(wanted, table.itemDelegateForIndex(index).sizeHint(option, index).width() + grid)
            given = self._widths[column] if column < len(self._widths) else 0
            widths.append(max(given, min(wanted, self.FIT_MAX)))
        # Quietly: the view answers each column resized with a repaint of the columns right of it on a zero timer,
        # which came after the rows' first paint and painted them all again. The rows are not painted yet.
        header.blockSignals(True)
        try:
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
        finally:
            header.blockSignals(False)

    FIT_CANDIDATES = 3  # a column's widest cells by their text, measured by the delegate

    def selected(self) -> Any:
        if self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.dto(rows[0].row()) if rows else None

    def selected_rows(self) -> list[Any]:
        if self.model is None:
            return []
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [d for d in (self.model.dto(r) for r in rows) if d is not None]

    def select_rows(self, predicate: Callable[[Any], bool]) -> int:
        """Select the loaded rows matching ``predicate`` (scrolled to the first); returns how many. Rows whose
        page the model dropped (far from the view) are not looked at."""
        assert self.model is not None
        selection = QItemSelection()
        first, last = -1, self.model.columnCount() - 1
        for row, dto in self.model.held():
            if predicate(dto):
                selection.select(self.model.index(row, 0), self.model.index(row, last))
                first = row if first < 0 else first
        if first < 0:
            return 0
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        self.table.selectionModel().setCurrentIndex(self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(self.model.index(first, 0))
        return len(selection.indexes()) // max(1, last + 1)

    def when_rows(self, satisfied: Callable[[], bool], then: Callable[[bool], None]) -> None:
        """Once the loaded rows satisfy ``satisfied()`` — loading further pages in the background until
        they do, the list ends or PICK_LIMIT rows are loaded — call ``then(found)``. Waits for a running
        reload first; a newer request replaces this one."""
        self._pick = (satisfied, then)
        if self.model is not None and not self.model.reloading:
            self._continue_pick()

    def _continue_pick(self) -> None:
        if self._pick is None or self.model is None or self.model.reloading:
            return
        satisfied, then = self._pick
        if satisfied():
            self._pick = None
            then(True)
        elif self.model.canFetchMore() and self.model.rowCount() < self.PICK_LIMIT:
            self.model.fetchMore()  # continues in _more_arrived
        elif not self.model.fetching:
            self._pick = None
            then(False)

    def select_where(self, predicate: Callable[[Any], bool], done: Callable[[bool], None] | None = None) -> None:
        """Select the row matching ``predicate`` once it is loaded (after a running reload; further pages are
        loaded as needed); ``done(found)`` follows. Not found: nothing stays selected."""
        assert self.model is not None

        def finish(found: bool) -> None:
            if found:
                self.select_rows(predicate)
            else:
                self.table.clearSelection()
            if done is not None:
                done(found)

        self.when_rows(lambda: self.model.row_of(predicate) >= 0, finish)

    def _activate_current(self) -> None:
        dto = self.selected()
        if dto is not None:
            self.activated.emit(dto)

    def _emit_activated(self, row: int) -> None:
        if self.model is not None and self.model.dto(row) is not None:
            self.activated.emit(self.model.dto(row))

    def _emit_selection(self, row: int) -> None:
        self.selectionChanged.emit(self.model.dto(row) if self.model is not None else None)
