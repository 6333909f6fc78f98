"""A table model over DTO lists that loads pages in the background and sorts in the database.

The page gives a ``source()`` read on the GUI thread: a :class:`RowSource` whose ``fetch``/``count``
hold a snapshot of the filters and touch no widget, so they run in background queries
(``ui.operations.QueryOp``). ``reload()`` starts two of them at once — the first page and the count;
the rows already shown stay until the new ones arrive (no flicker, no stall); a newer reload supersedes
an older one. ``fetchMore()`` loads the next page after the last row (keyset paging where the service
supports it) in the background too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ui.operations import QueryOp

Index = QModelIndex | QPersistentModelIndex
# offset, limit, sort key, descending, the last row loaded (None for the first page)
FetchPage = Callable[[int, int, str, bool, Any], list[Any]]


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort_key: str | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str] | None = None


@dataclass(frozen=True)
class RowSource:
    """What a list shows, fixed when the load starts: called off the GUI thread."""

    fetch: FetchPage
    count: Callable[[], int]


class LazyTableModel(QAbstractTableModel):
    """Rows are fetched ``page_size`` at a time, in the background, when the view scrolls near the end."""

    DtoRole = Qt.ItemDataRole.UserRole + 1
    loaded = Signal()  # a reload's first page arrived (the model was reset)
    appended = Signal()  # a further page arrived
    counted = Signal(int)  # the total under the current filters
    failed = Signal(object)  # a load failed (the exception)

    def __init__(self, columns: Sequence[Column], source: Callable[[], RowSource], page_size: int = 200,
                 muted: Callable[[Any], bool] | None = None, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._columns = list(columns)
        self._source_of = source
        self._source: RowSource | None = None
        self._page = page_size
        self._muted = muted
        self._rows: list[Any] = []
        self._total: int | None = None
        self._exhausted = True
        self._generation = 0
        self._pending: set[str] = set()  # "rows", "count", "more" while they run
        self._sort = next((c.sort_key for c in self._columns if c.sort_key), "")
        self._desc = False
        self.deferred = False  # while True, sort() only records the order (the page loads on refresh())
        self._trash: list[list[Any]] = []

    # -- state
    @property
    def total(self) -> int:
        """The count under the current filters (the rows loaded until the count arrived)."""
        return self._total if self._total is not None else len(self._rows)

    @property
    def loading(self) -> bool:
        """A reload (rows or count) or a further page is on its way."""
        return bool(self._pending)

    @property
    def reloading(self) -> bool:
        return "rows" in self._pending

    @property
    def fetching(self) -> bool:
        """A further page is on its way."""
        return "more" in self._pending

    # -- loading
    def _key(self, what: str) -> str:
        return f"lazy-table:{id(self)}:{what}"

    def _start(self, what: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        generation = self._generation
        self._pending.add(what)

        def arrived(value: Any) -> None:
            if generation != self._generation:
                return
            self._pending.discard(what)
            done(value)

        def broke(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._pending.discard(what)
            self.failed.emit(exc)

        def stopped() -> None:
            if generation == self._generation:
                self._pending.discard(what)

        owner = self.parent()
        QueryOp(lambda _job: fn(), owner=owner, key=self._key(what), name=f"{type(owner).__name__}: {what}") \
            .success(arrived).failure(broke).cancelled(stopped).run()

    def reload(self) -> None:
        """Load the first page and the count again (in the background)."""
        self._generation += 1
        self._pending.clear()
        source = self._source = self._source_of()
        sort, desc, page = self._sort, self._desc, self._page
        self._start("rows", lambda: source.fetch(0, page, sort, desc, None), self._reset_to)
        self._start("count", source.count, self._counted)

    def _reset_to(self, rows: list[Any]) -> None:
        self.beginResetModel()
        old, self._rows = self._rows, list(rows)
        self._exhausted = len(rows) < self._page
        self.endResetModel()
        self._discard(old)
        self.loaded.emit()
        if self._exhausted:  # every row is here: that is the count, whenever the count query answers
            self._total = len(rows)
            self.counted.emit(self._total)

    def _counted(self, total: int) -> None:
        rows_here = "rows" not in self._pending
        self._total = len(self._rows) if rows_here and self._exhausted else total
        self.counted.emit(self._total)

    # Freeing tens of thousands of rows at once stalls the GUI for tens of milliseconds; a list
    # scrolled that far is let go a slice per turn of the event loop instead.
    _DISCARD_SLICE = 4000

    def _discard(self, rows: list[Any]) -> None:
        if len(rows) <= self._DISCARD_SLICE:
            return
        self._trash.append(rows)
        if len(self._trash) == 1:
            QTimer.singleShot(0, self, self._drain)

    def _drain(self) -> None:
        rows = self._trash[-1]
        del rows[-self._DISCARD_SLICE:]
        if not rows:
            self._trash.pop()
        if self._trash:
            QTimer.singleShot(0, self, self._drain)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and not self._exhausted and self._source is not None
                and "rows" not in self._pending and "more" not in self._pending)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore():
            return
        source, offset = self._source, len(self._rows)
        assert source is not None
        after = self._rows[-1] if self._rows else None
        sort, desc, page = self._sort, self._desc, self._page
        self._start("more", lambda: source.fetch(offset, page, sort, desc, after), self._append)

    def _append(self, more: list[Any]) -> None:
        if len(more) < self._page:
            self._exhausted = True
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        if self._exhausted and self._total is None:
            self._total = len(self._rows)
        self.appended.emit()

    @property
    def sort_state(self) -> tuple[str, bool]:
        """The order the rows are in: (sort key, descending)."""
        return self._sort, self._desc

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and bool(self._columns[column].sort_key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sort_key:
            return
        self._sort = self._columns[column].sort_key or ""
        self._desc = order == Qt.SortOrder.DescendingOrder
        if not self.deferred:
            self.reload()

    # -- access
    def dto(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    # -- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid():
            return None
        dto = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(dto)
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(dto) if col.tooltip else col.text(dto)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(dto):
            return QBrush(QColor("#8a8f98"))
        if role == self.DtoRole:
            return dto
        return None
