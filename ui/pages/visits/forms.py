"""The visits page's widgets: optional date and date-time edits ("—" when not set), the week plan's
draggable store list and day lists, the purpose combo."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QMimeData, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHeaderView,
    QListView,
    QListWidget,
    QTableView,
    QTableWidget,
)

from opsdesk.services import visits
from ui import labels
from ui.dates import from_qdate, to_qdate

if TYPE_CHECKING:
    from ui.pages.visits.page import PlanTab

STORE_MIME = "application/x-opsdesk-store"
VISIT_MIME = "application/x-opsdesk-visit"
ID_ROLE = Qt.ItemDataRole.UserRole


def _local(moment: datetime | None) -> datetime | None:
    """A stored naive UTC time as naive local wall time."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def fill_purposes(combo: QComboBox, first: tuple[str, object] | None = None) -> None:
    if first:
        combo.addItem(*first)
    for code, text in labels.visit_purposes().items():
        combo.addItem(text, code)


def read_only_table(name: str, headers: list[str]) -> QTableWidget:
    """A list of rows: not editable, whole rows selected, columns sized to their contents."""
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def read_only_view(name: str, model) -> QTableView:  # noqa: ANN001 - a table model (ui.models.rows.RowsModel)
    """``read_only_table``'s look for a model-backed list: whole rows selected, the last column stretched, the others
    fitted to a sample of the rows (the header's resize precision) each time the rows are set -- once, not at every
    layout of the view as a header resizing to contents does (at each, some tens of milliseconds for the log)."""
    from ui.widgets.table_fill import FIT_SAMPLE
    from ui.widgets.table_view import ListTableView

    table = ListTableView(objectName=name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(FIT_SAMPLE)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    model.modelReset.connect(lambda: _rows_set(table))
    return table


def _rows_set(table) -> None:  # noqa: ANN001 - a ui.widgets.table_view.ListTableView
    """Fit the columns to the rows just set and paint them in the next turn of the event loop (taking them in and
    painting them were one stall)."""
    table.resizeColumnsToContents()
    table.settle()
    table.paint_next_turn()


NULL_DATETIME = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
NULL_DATE = QDate(2000, 1, 1)


class OptionalDateTime(QDateTimeEdit):
    """A local date-time edit whose minimum means 'not set' (shown as —)."""

    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)
        self.setMinimumDateTime(NULL_DATETIME)
        self.setSpecialValueText("—")
        self.set_utc(None)

    def set_utc(self, moment: datetime | None) -> None:
        local = _local(moment)
        self.blockSignals(True)
        if local is None:
            self.setDateTime(NULL_DATETIME)
        else:
            self.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                       QTime(local.hour, local.minute, local.second)))
        self.blockSignals(False)

    def utc(self) -> datetime | None:
        if self.dateTime() <= NULL_DATETIME:
            return None
        d, t = self.date(), self.time()
        return visits.to_utc(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second()))


class OptionalDate(QDateEdit):
    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(NULL_DATE)
        self.setSpecialValueText("—")
        self.setDate(NULL_DATE)

    def set_value(self, day: date | None) -> None:
        self.blockSignals(True)
        self.setDate(to_qdate(day) if day else NULL_DATE)
        self.blockSignals(False)

    def value(self) -> date | None:
        return None if self.date() <= NULL_DATE else from_qdate(self.date())




# ---------------------------------------------------------------- the week plan


def wrap_items(view: QListWidget) -> None:
    """A narrow list of stores (a day of the week plan, the unplanned ones): a long store name wraps onto the next
    line instead of being cut off behind a horizontal scroll bar."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again when the column is resized
    view.setSpacing(1)  # wrapped entries kept apart


class StoreList(QListWidget):
    """Stores not yet planned this week; drag one onto a day."""

    def __init__(self) -> None:
        super().__init__(objectName="unplanned")
        wrap_items(self)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [STORE_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: ANN001, N802
        mime = QMimeData()
        if items:
            mime.setData(STORE_MIME, str(items[0].data(ID_ROLE)).encode())
        return mime


class DayList(QListWidget):
    """One day of the week: its visits; a store or a visit dropped here is planned or moved to this day."""

    def __init__(self, tab: PlanTab, index: int) -> None:
        super().__init__(objectName=f"day{index}")
        wrap_items(self)
        self.tab = tab
        self.index = index
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    @property
    def day(self) -> date:
        return self.tab.planner.days()[self.index]

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [VISIT_MIME, STORE_MIME]

    def mimeData(self, items) -> QMimeData:  # noqa: ANN001, N802
        mime = QMimeData()
        if items:
            mime.setData(VISIT_MIME, str(items[0].data(ID_ROLE)).encode())
        return mime

    def _accepts(self, event) -> bool:  # noqa: ANN001
        mime = event.mimeData()
        return mime.hasFormat(STORE_MIME) or mime.hasFormat(VISIT_MIME)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        mime = event.mimeData()
        if mime.hasFormat(STORE_MIME):
            done = self.tab.plan_store(bytes(mime.data(STORE_MIME)).decode(), self.day)
        elif mime.hasFormat(VISIT_MIME):
            done = self.tab.move(bytes(mime.data(VISIT_MIME)).decode(), self.day)
        else:
            done = False
        if done:
            # The plan is redrawn from the service; Qt must not move the item itself.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()
