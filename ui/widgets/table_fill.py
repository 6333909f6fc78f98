"""Filling a QTableWidget with many rows at once without stalling the GUI.

A table whose columns fit their contents (``QHeaderView.ResizeToContents``) measures every row of a
column again after each cell set: a few hundred rows then take seconds on the GUI thread. ``filling``
lets the rows be set with the columns fixed and nothing repainted, then fits the columns once, to a
sample of the rows (the shown ones first)::

    with filling(self.table):
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            ...
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QHeaderView, QTableWidget

FIT_SAMPLE = 50  # rows measured when the columns fit their contents


@contextmanager
def filling(table: QTableWidget) -> Iterator[QTableWidget]:
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(column) for column in range(table.columnCount())]
    updates = table.updatesEnabled()
    table.setUpdatesEnabled(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    try:
        yield table
    finally:
        header.setResizeContentsPrecision(FIT_SAMPLE)
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
        table.setUpdatesEnabled(updates)
