"""A table model over DTO lists that loads pages on demand and sorts in the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[int, int, str, bool], list[Any]]  # offset, limit, sort key, descending


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort_key: str | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str] | None = None


class LazyTableModel(QAbstractTableModel):
    """Rows are fetched ``page_size`` at a time when the view scrolls near the end."""

    DtoRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column], fetch: FetchPage, count: Callable[[], int],
                 page_size: int = 200, muted: Callable[[Any], bool] | None = None, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._count = count
        self._page = page_size
        self._muted = muted
        self._rows: list[Any] = []
        self._total = 0
        self._sort = next((c.sort_key for c in self._columns if c.sort_key), "")
        self._desc = False
        self.deferred = False  # while True, sort() only records the order (the page loads on refresh())
        self._trash: list[list[Any]] = []

    # -- loading
    @property
    def total(self) -> int:
        return self._total

    def reload(self) -> None:
        self.beginResetModel()
        old, self._rows = self._rows, []
        self._total = self._count()
        self._rows = self._fetch(0, self._page, self._sort, self._desc) if self._total else []
        self.endResetModel()
        self._discard(old)

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
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._fetch(len(self._rows), self._page, self._sort, self._desc)
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

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
