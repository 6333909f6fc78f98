"""The table view of the list pages: painted without calls into Python, hovering a cell shows its text.

A paint that calls into Python for each cell (a model or delegate written in Python) lets any background thread
running Python take the interpreter lock (the GIL) at each of those calls, up to the switch interval each: a list
of 30 rows painted while a query built the next page took two to five times as long as idle. The list models keep
their cells in Qt (``ui.models.lazy_table``); this view tells its model, once per paint, which rows it paints
(``showing``), and enters the paint from Python so the lock is held through it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import QTableView, QToolTip


class ListTableView(QTableView):
    def settle(self) -> None:
        """Lay the rows out and show or hide the scroll bars now, after a reset: otherwise the view paints every
        cell once with the old scroll bars and again when the new ones come in (Qt shows them in a queued call
        made while it paints)."""
        self.executeDelayedItemsLayout()
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def paint_next_turn(self) -> None:
        """Paint the rows just set in the next turn of the event loop, not in this one: taking them in (a page's
        first rows, their cells, the columns fitted) and painting them with the glyphs never drawn before are
        each tens of milliseconds; in one turn, clicks and keys waited for both."""
        if not self.updatesEnabled():
            return
        self.setUpdatesEnabled(False)
        QTimer.singleShot(0, self, lambda: self.setUpdatesEnabled(True))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        model = self.model()
        showing = getattr(model, "showing", None)
        if showing is not None and model.rowCount():
            rect = event.rect()
            first = self.rowAt(rect.top())
            last = self.rowAt(rect.bottom())
            if first >= 0:
                showing(first, last if last >= 0 else model.rowCount() - 1)
        super().paintEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            tooltip = getattr(self.model(), "tooltip", None)
            if index.isValid() and tooltip is not None:
                text = tooltip(index.row(), index.column())
                if text:
                    QToolTip.showText(event.globalPos(), text, self.viewport(), self.visualRect(index))
                else:
                    QToolTip.hideText()
                return True
        return super().viewportEvent(event)
