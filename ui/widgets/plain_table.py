"""Small read-only tables of a page's detail view (milestones, tiers, rankings ...): one way to make the
table, its cells, its column widths and its rows. Long registers use ``table_page`` and the lazy model."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

DATA_ROLE = Qt.ItemDataRole.UserRole  # what a cell stands for (an id, a key)


def plain_table(name: str, columns: Sequence[str], *, context_menu: bool = False,
                fit_titles: bool = False) -> QTableWidget:
    """A read-only table selecting one row at a time; ``fit_titles``: every column as wide as its contents
    (else the widths given by ``fit_widths``, the last column stretching)."""
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(columns))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    if fit_titles:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    else:
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if context_menu:
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table


def fit_widths(table: QTableWidget, widths: Sequence[int]) -> None:
    """Each column at least as wide as the page asks and as its title needs (in any language)."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


def cell(text: str, data: object = None, colour: str = "", bold: bool = False, tip: str = "",
         right: bool = False) -> QTableWidgetItem:
    """A read-only cell: its data (``DATA_ROLE``), colour, weight, tooltip, right-aligned for numbers."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if data is not None:
        item.setData(DATA_ROLE, data)
    if colour:
        item.setForeground(_brush(colour))
    if bold:
        item.setFont(_bold())
    if tip:
        item.setToolTip(tip)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


@functools.cache
def _brush(colour: str) -> QBrush:  # one per colour (a cell keeps its own copy)
    return QBrush(QColor(colour))


@functools.cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def fill(table: QTableWidget, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
    """Replace the table's rows."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, item in enumerate(cells):
            table.setItem(r, c, item)
