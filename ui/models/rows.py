"""A table model over a list of row objects already in memory (a capped list read in one background query).

Setting the rows is one model reset, whatever their number; a row's texts are made when the view first asks for
them (the rows shown, and the sample a header sizes its columns to) and kept until the next reset. Filling a
QTableWidget instead made an item per cell up front: 20,000 of them for the visit log's 2,000 rows, a third of
a second on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
ROW_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1  # the row object itself


class RowsModel(QAbstractTableModel):
    """``texts(row) -> tuple of cell texts`` (one per header); ``marked(row)`` rows are drawn in ``mark_colour``."""

    def __init__(self, headers: Sequence[str], texts: Callable[[Any], Sequence[str]],
                 marked: Callable[[Any], bool] | None = None, mark_colour: str = "#c62828", parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._headers = list(headers)
        self._texts_of = texts
        self._marked = marked
        self._mark = QBrush(QColor(mark_colour))
        self._rows: list[Any] = []
        self._texts: dict[int, Sequence[str]] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def rows(self) -> list[Any]:
        return self._rows

    def row(self, number: int) -> Any:
        """The row object at ``number``, or None."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def text(self, number: int, column: int) -> str:
        found = self._texts.get(number)
        if found is None:
            found = self._texts[number] = tuple(self._texts_of(self._rows[number]))
        return found[column]

    # -- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: ANN201, N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY):  # noqa: ANN201
        if role == _DISPLAY:
            return self.text(index.row(), index.column()) if index.isValid() else None
        if role == _FOREGROUND:
            return self._mark if self._marked is not None and self._marked(self._rows[index.row()]) else None
        if role == ROW_ROLE and index.isValid():
            return self._rows[index.row()]
        return None
