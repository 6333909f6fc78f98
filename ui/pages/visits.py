"""Supervisor visits (巡店日志): the weekly plan, the log and its editor, coverage, the incident digest."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QMimeData, Qt, QTime, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, OpsDeskError, ValidationError
from opsdesk.services import AppContext, actions, org, runs, templates, visits
from ui import labels
from ui.errors import problem_text, show_error
from ui.widgets.form import FieldErrors, ok_cancel_buttons
from ui.widgets.register_export import RegisterExporter, export_button

STORE_MIME = "application/x-opsdesk-store"
VISIT_MIME = "application/x-opsdesk-visit"
ID_ROLE = Qt.ItemDataRole.UserRole


# ---------------------------------------------------------------- labels and conversions


def purpose_labels() -> dict[str, str]:
    return {
        "routine": QCoreApplication.translate("VisitLabels", "Routine visit"),
        "training": QCoreApplication.translate("VisitLabels", "Training"),
        "follow_up": QCoreApplication.translate("VisitLabels", "Follow-up"),
        "incident": QCoreApplication.translate("VisitLabels", "Incident handling"),
        "opening_support": QCoreApplication.translate("VisitLabels", "Opening support"),
        "promotion_check": QCoreApplication.translate("VisitLabels", "Promotion check"),
    }


def status_labels() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("VisitLabels", "Planned"),
        "in_progress": QCoreApplication.translate("VisitLabels", "On site"),
        "done": QCoreApplication.translate("VisitLabels", "Done"),
        "cancelled": QCoreApplication.translate("VisitLabels", "Cancelled"),
    }


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("VisitLabels", "Monday"),
        QCoreApplication.translate("VisitLabels", "Tuesday"),
        QCoreApplication.translate("VisitLabels", "Wednesday"),
        QCoreApplication.translate("VisitLabels", "Thursday"),
        QCoreApplication.translate("VisitLabels", "Friday"),
        QCoreApplication.translate("VisitLabels", "Saturday"),
        QCoreApplication.translate("VisitLabels", "Sunday"),
    ]


def _local(moment: datetime | None) -> datetime | None:
    """A stored naive UTC time as naive local wall time."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _local_text(moment: datetime | None) -> str:
    local = _local(moment)
    return local.strftime("%Y-%m-%d %H:%M") if local else ""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _fill_purposes(combo: QComboBox, first: tuple[str, object] | None = None) -> None:
    if first:
        combo.addItem(*first)
    for code, text in purpose_labels().items():
        combo.addItem(text, code)


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
        self.setDate(_qdate(day) if day else NULL_DATE)
        self.blockSignals(False)

    def value(self) -> date | None:
        return None if self.date() <= NULL_DATE else _pydate(self.date())


# ---------------------------------------------------------------- the week plan


class StoreList(QListWidget):
    """Stores not yet planned this week; drag one onto a day."""

    def __init__(self) -> None:
        super().__init__(objectName="unplanned")
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
        self.tab = tab
        self.index = index
        self.setAcceptDrops(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    @property
    def day(self) -> date:
        return self.tab.monday + timedelta(days=self.index)

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


class PlanVisitDialog(QDialog):
    """The keyboard way to plan a visit: store, day, purpose."""

    def __init__(self, ctx: AppContext, supervisor_id: str | None, day: date,
                 stores: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.supervisor_id = supervisor_id
        self.visit: visits.VisitDTO | None = None
        self.setWindowTitle(self.tr("Plan a visit"))
        self.store = QComboBox(objectName="store")
        seen = set()
        for store_id, code, name in stores:
            self.store.addItem(f"{code} {name}", store_id)
            seen.add(store_id)
        for s in org.query_stores(ctx):
            if s.id not in seen:
                self.store.addItem(f"{s.code} {s.name}", s.id)
        self.day = QDateEdit(objectName="day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(_qdate(day))
        self.purpose = QComboBox(objectName="purpose")
        _fill_purposes(self.purpose)
        form = QFormLayout()
        form.addRow(self.tr("Store"), self.store)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Purpose"), self.purpose)
        self.error_label = QLabel(objectName="errors")
        self.errors = FieldErrors(self.error_label, {"store_id": self.store, "purpose": self.purpose},
                                  {"store_id": self.tr("Store"), "purpose": self.tr("Purpose")})
        buttons = ok_cancel_buttons(self, self.tr("Plan"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        store_id = self.store.currentData()
        if not store_id:
            self.errors.show(ValidationError([FieldProblem("store_id", "required")]))
            return
        try:
            self.visit = visits.plan_visit(self.ctx, store_id, _pydate(self.day.date()),
                                           supervisor_id=self.supervisor_id, purpose=self.purpose.currentData())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.accept()


class PlanTab(QWidget):
    def __init__(self, ctx: AppContext, page: VisitsPage) -> None:
        super().__init__(objectName="planTab")
        self.ctx = ctx
        self.page = page
        self.monday = visits.week_of(date.today())
        self.plan: visits.WeekPlan | None = None

        self.supervisor = QComboBox(objectName="planSupervisor")
        for u in org.users_with_roles(ctx, ("supervisor",)):
            self.supervisor.addItem(u.name, u.id)
        if ctx.user_id and self.supervisor.findData(ctx.user_id) < 0:
            self.supervisor.insertItem(0, self.tr("Me"), ctx.user_id)
        self.supervisor.setCurrentIndex(max(self.supervisor.findData(ctx.user_id), 0))
        self.supervisor.currentIndexChanged.connect(self.refresh)
        self.prev_button = QPushButton(self.tr("◀ Previous week"), objectName="prevWeek")
        self.next_button = QPushButton(self.tr("Next week ▶"), objectName="nextWeek")
        self.today_button = QPushButton(self.tr("This week"), objectName="thisWeek")
        self.plan_button = QPushButton(self.tr("Plan visit…"), objectName="planVisit")
        self.range_label = QLabel(objectName="weekRange")
        self.prev_button.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        self.today_button.clicked.connect(lambda: self.show_week(date.today()))
        self.plan_button.clicked.connect(self.open_plan_dialog)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Supervisor")))
        bar.addWidget(self.supervisor)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.range_label)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        from ui.widgets.reports import ExportButton

        self.pdf_button = ExportButton(ctx, self._build_plan, lambda: f"巡店计划_{self.monday.isoformat()}.pdf", self)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.plan_button)

        grid = QGridLayout()
        self.day_labels: list[QLabel] = []
        self.days: list[DayList] = []
        for i in range(7):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            day_list = DayList(self, i)
            day_list.itemDoubleClicked.connect(lambda item: self.page.open_visit(item.data(ID_ROLE)))
            grid.addWidget(label, 0, i)
            grid.addWidget(day_list, 1, i)
            self.day_labels.append(label)
            self.days.append(day_list)
        self.unplanned = StoreList()
        self.unplanned_label = QLabel()
        side = QVBoxLayout()
        side.addWidget(self.unplanned_label)
        side.addWidget(self.unplanned)
        hint = QLabel(self.tr("Drag a store onto a day to plan it; drag a visit to another day to move it. "
                              "Double-click a visit to open its log."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        side.addWidget(hint)
        body = QHBoxLayout()
        body.addLayout(grid, 5)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(body)

    @property
    def supervisor_id(self) -> str | None:
        return self.supervisor.currentData() or self.ctx.user_id

    def show_week(self, day: date) -> None:
        self.monday = visits.week_of(day)
        self.refresh()

    def refresh(self) -> None:
        sunday = self.monday + timedelta(days=6)
        self.range_label.setText(f"{self.monday:%Y-%m-%d} – {sunday:%Y-%m-%d}")
        if not self.supervisor_id:
            return
        self.plan = visits.week_plan(self.ctx, self.supervisor_id, self.monday)
        names = weekday_names()
        purposes = purpose_labels()
        statuses = status_labels()
        today = date.today()
        for i, day_list in enumerate(self.days):
            day = self.monday + timedelta(days=i)
            label = self.day_labels[i]
            label.setText(f"{names[i]}\n{day:%m-%d}")
            label.setStyleSheet("font-weight: bold; color: #1a73e8;" if day == today else "")
            day_list.clear()
            for v in self.plan.days.get(day, []):
                item = QListWidgetItem(f"{v.store_code} {v.store_name}\n{purposes.get(v.purpose, v.purpose)} · "
                                       f"{statuses.get(v.status, v.status)}")
                item.setData(ID_ROLE, v.id)
                item.setToolTip(v.observations or v.store_name)
                if v.status == "done":
                    item.setForeground(QBrush(QColor("#188038")))
                if v.incident:
                    item.setForeground(QBrush(QColor("#d93025")))
                day_list.addItem(item)
        self.unplanned.clear()
        for store_id, code, name in self.plan.unplanned:
            item = QListWidgetItem(f"{code} {name}")
            item.setData(ID_ROLE, store_id)
            self.unplanned.addItem(item)
        self.unplanned_label.setText(self.tr("Not planned this week (%1)").replace(
            "%1", str(len(self.plan.unplanned))))

    def unplanned_ids(self) -> list[str]:
        return [self.unplanned.item(i).data(ID_ROLE) for i in range(self.unplanned.count())]

    def plan_store(self, store_id: str, day: date) -> bool:
        try:
            visits.plan_visit(self.ctx, store_id, day, supervisor_id=self.supervisor_id)
        except OpsDeskError as exc:
            show_error(self, exc)
            return False
        self.page.refresh()
        return True

    def move(self, visit_id: str, day: date) -> bool:
        try:
            visits.move_visit(self.ctx, visit_id, day)
        except ValidationError as exc:
            if any(p.reason == "already_started" for p in exc.problems):
                QMessageBox.information(self, self.tr("Visits"),
                                        self.tr("This visit has already started; it stays on its own day."))
            else:
                show_error(self, exc)
            return False
        except OpsDeskError as exc:
            show_error(self, exc)
            return False
        self.page.refresh()
        return True

    def plan_dialog(self) -> PlanVisitDialog:
        day = max(self.monday, date.today()) if self.monday <= date.today() <= self.monday + timedelta(days=6) \
            else self.monday
        return PlanVisitDialog(self.ctx, self.supervisor_id, day, self.plan.unplanned if self.plan else [], self)

    def _build_plan(self):  # noqa: ANN202
        from opsdesk.reports.visits import build_week_plan

        ctx, who, monday = self.ctx, self.supervisor.currentData() or self.ctx.user_id, self.monday
        return lambda path: build_week_plan(ctx, who, monday, path)

    def open_plan_dialog(self) -> None:
        dialog = self.plan_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.page.refresh()


# ---------------------------------------------------------------- the log (list and calendar)


class LogTab(QWidget):
    COLUMNS = 10

    def __init__(self, ctx: AppContext, page: VisitsPage) -> None:
        super().__init__(objectName="logTab")
        self.ctx = ctx
        self.page = page
        self.visits: list[visits.VisitDTO] = []
        self.supervisor = QComboBox(objectName="supervisor")
        self.supervisor.addItem(self.tr("All supervisors"), None)
        for u in org.users_with_roles(ctx, ("supervisor",)):
            self.supervisor.addItem(u.name, u.id)
        self.store = QComboBox(objectName="store")
        self.store.addItem(self.tr("All stores"), None)
        for s in org.query_stores(ctx):
            self.store.addItem(f"{s.code} {s.name}", s.id)
        self.region = QComboBox(objectName="region")
        self.region.addItem(self.tr("All regions"), None)
        for r in org.list_regions(ctx):
            self.region.addItem(r.path, r.id)
        self.purpose = QComboBox(objectName="purpose")
        _fill_purposes(self.purpose, (self.tr("All purposes"), None))
        today = date.today()
        self.date_from = QDateEdit(objectName="dateFrom")
        self.date_to = QDateEdit(objectName="dateTo")
        for edit, day in ((self.date_from, today - timedelta(days=30)), (self.date_to, today + timedelta(days=14))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(day))
        for combo in (self.supervisor, self.store, self.region, self.purpose):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.refresh)
        self.open_button = QPushButton(self.tr("Open"), objectName="openVisit")
        self.open_button.clicked.connect(self._open_current)
        bar = QHBoxLayout()
        for widget in (self.supervisor, self.store, self.region, self.purpose):
            bar.addWidget(widget)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        self.exporter = RegisterExporter(self, lambda: self.tr("Visit log"))
        self.export_button = export_button(self.tr("Export..."))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.export_button)
        bar.addWidget(self.exporter.notice)

        self.table = QTableWidget(0, self.COLUMNS, objectName="visitTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Day"), self.tr("Store"), self.tr("Region"), self.tr("Supervisor"), self.tr("Purpose"),
            self.tr("Status"), self.tr("Check-in"), self.tr("Check-out"), self.tr("Hours"), self.tr("Major incident")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.calendar = QCalendarWidget(objectName="calendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._day_chosen)
        self.count_label = QLabel(objectName="count")
        side = QVBoxLayout()
        side.addWidget(self.calendar)
        calendar_hint = QLabel(self.tr("Days with visits are bold. Double-click a day to list its visits."))
        calendar_hint.setWordWrap(True)
        calendar_hint.setStyleSheet("color: #666;")
        side.addWidget(calendar_hint)
        side.addStretch(1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(self.count_label)
        body.addLayout(left, 3)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(body)

    def query(self) -> visits.VisitQuery:
        return visits.VisitQuery(supervisor_id=self.supervisor.currentData(), store_id=self.store.currentData(),
                                 region_id=self.region.currentData(), purpose=self.purpose.currentData(),
                                 date_from=_pydate(self.date_from.date()), date_to=_pydate(self.date_to.date()))

    def export(self) -> None:
        """The log as filtered (every visit, not only the 2000 listed) to Excel or CSV (Ctrl+Shift+E)."""
        self.exporter.export(self._export_job)

    def _export_job(self):  # noqa: ANN202 - read on the GUI thread, run in the worker
        from ui.widgets.register_export import describe_filters

        ctx, query = self.ctx, self.query()
        titles = {"day": self.tr("Day"), "store_code": self.tr("Store code"), "store": self.tr("Store"),
                  "region": self.tr("Region"), "supervisor": self.tr("Supervisor"), "purpose": self.tr("Purpose"),
                  "status": self.tr("Status"), "check_in": self.tr("Check-in"), "check_out": self.tr("Check-out"),
                  "hours": self.tr("Hours"), "incident": self.tr("Major incident"), "observations": self.tr("Findings"),
                  "training_topic": self.tr("Training"), "people_met": self.tr("People met"),
                  "next_steps": self.tr("Next steps"), "next_visit_on": self.tr("Next visit")}
        names = {"purpose": purpose_labels(), "status": status_labels(), "flag": {"yes": self.tr("Yes")}}
        filters = describe_filters([(self.tr("Supervisor"), self.supervisor), (self.tr("Store"), self.store),
                                    (self.tr("Region"), self.region), (self.tr("Purpose"), self.purpose)])
        filters.insert(-1, (self.tr("Day"), f"{query.date_from:%Y-%m-%d} – {query.date_to:%Y-%m-%d}"))
        title = self.tr("Visit log")
        return lambda path: visits.export_visits(ctx, query, path, titles=titles, labels=names, filters=filters,
                                                 title=title)

    def refresh(self) -> None:
        self.visits = visits.query_visits(self.ctx, self.query(), limit=2000)
        purposes = purpose_labels()
        statuses = status_labels()
        self.table.setRowCount(len(self.visits))
        for row, v in enumerate(self.visits):
            values = [
                f"{v.day:%Y-%m-%d}" if v.day else "", f"{v.store_code} {v.store_name}", v.region_path,
                v.supervisor_name, purposes.get(v.purpose, v.purpose), statuses.get(v.status, v.status),
                _local_text(v.check_in), _local_text(v.check_out), str(v.hours) if v.check_out else "",
                self.tr("Yes") if v.incident else ""]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(ID_ROLE, v.id)
                if v.incident:
                    item.setForeground(QBrush(QColor("#d93025")))
                self.table.setItem(row, col, item)
        self.count_label.setText(self.tr("%n visit(s)", "", len(self.visits)))
        self._mark_calendar()

    def _mark_calendar(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every format
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setForeground(QBrush(QColor("#1a73e8")))
        for v in self.visits:
            if v.day:
                self.calendar.setDateTextFormat(_qdate(v.day), bold)

    def visit_days(self) -> set[date]:
        return {v.day for v in self.visits if v.day}

    def _day_chosen(self, d: QDate) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(d)
            edit.blockSignals(False)
        self.refresh()

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.page.open_visit(item.data(ID_ROLE))

    def _open_current(self) -> None:
        if self.table.currentRow() >= 0:
            self._open_row(self.table.currentRow())


# ---------------------------------------------------------------- coverage


class CoverageTab(QWidget):
    def __init__(self, ctx: AppContext, page: VisitsPage) -> None:
        super().__init__(objectName="coverageTab")
        self.ctx = ctx
        self.page = page
        self.coverage: visits.Coverage | None = None
        self.mode = QComboBox(objectName="mode")
        self.mode.addItem(self.tr("Week"), "week")
        self.mode.addItem(self.tr("Month"), "month")
        self.anchor = QDateEdit(objectName="anchor")
        self.anchor.setCalendarPopup(True)
        self.anchor.setDisplayFormat("yyyy-MM-dd")
        self.anchor.setDate(QDate.currentDate())
        self.mode.currentIndexChanged.connect(self.refresh)
        self.anchor.dateChanged.connect(self.refresh)
        self.range_label = QLabel(objectName="range")
        self.summary = QLabel(objectName="summary")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.mode)
        bar.addWidget(self.anchor)
        bar.addWidget(self.range_label)
        bar.addStretch(1)
        self.table = self._table("coverageTable", [
            self.tr("Store"), self.tr("Region"), self.tr("Supervisor"), self.tr("Visits"), self.tr("Hours on site"),
            self.tr("Coverage")])
        self.by_supervisor = self._table("bySupervisor", [self.tr("Supervisor"), self.tr("Visited"),
                                                          self.tr("Stores"), self.tr("Rate")])
        self.by_region = self._table("byRegion", [self.tr("Region"), self.tr("Visited"), self.tr("Stores"),
                                                  self.tr("Rate")])
        sup_box = QGroupBox(self.tr("Per supervisor"))
        QVBoxLayout(sup_box).addWidget(self.by_supervisor)
        region_box = QGroupBox(self.tr("Per region"))
        QVBoxLayout(region_box).addWidget(self.by_region)
        side = QVBoxLayout()
        side.addWidget(sup_box)
        side.addWidget(region_box)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addLayout(body)

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), objectName=name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def period(self) -> tuple[date, date]:
        day = _pydate(self.anchor.date())
        if self.mode.currentData() == "month":
            start = day.replace(day=1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            return start, end
        start = visits.week_of(day)
        return start, start + timedelta(days=6)

    @staticmethod
    def _rate(visited: int, total: int) -> str:
        return f"{visited * 100 / total:.0f} %" if total else "—"

    def refresh(self) -> None:
        start, end = self.period()
        self.range_label.setText(f"{start:%Y-%m-%d} – {end:%Y-%m-%d}")
        cov = self.coverage = visits.coverage(self.ctx, start, end)
        self.summary.setText(
            self.tr("Visited %1 of %2 stores (%3); %4 not visited; %5 hours on site.")
            .replace("%1", str(cov.visited)).replace("%2", str(len(cov.stores)))
            .replace("%3", f"{cov.rate} %" if cov.rate is not None else "—")
            .replace("%4", str(len(cov.not_visited))).replace("%5", str(cov.hours.quantize(Decimal("0.1")))))
        # Not-visited stores first: they are what the page is for.
        stores = sorted(cov.stores, key=lambda s: (s.visits > 0, s.code))
        self.table.setRowCount(len(stores))
        for row, s in enumerate(stores):
            values = [f"{s.code} {s.name}", s.region_path, s.supervisor_name, str(s.visits),
                      str(s.hours) if s.visits else "", self.tr("Visited") if s.visits else self.tr("Not visited")]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(ID_ROLE, s.store_id)
                if not s.visits:
                    item.setForeground(QBrush(QColor("#d93025")))
                self.table.setItem(row, col, item)
        for table, data in ((self.by_supervisor, cov.by_supervisor), (self.by_region, cov.by_region)):
            table.setRowCount(len(data))
            for row, (name, (visited, total)) in enumerate(sorted(data.items())):
                for col, text in enumerate([name or self.tr("(none)"), str(visited), str(total),
                                            self._rate(visited, total)]):
                    table.setItem(row, col, QTableWidgetItem(text))

    def row_of(self, store_id: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == store_id:
                return row
        return -1


# ---------------------------------------------------------------- the incident digest


class DigestTab(QWidget):
    def __init__(self, ctx: AppContext, page: VisitsPage) -> None:
        super().__init__(objectName="digestTab")
        self.ctx = ctx
        self.page = page
        self.incidents: list[visits.IncidentDTO] = []
        today = date.today()
        self.date_from = QDateEdit(objectName="digestFrom")
        self.date_to = QDateEdit(objectName="digestTo")
        for edit, day in ((self.date_from, today - timedelta(days=30)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(_qdate(day))
            edit.dateChanged.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        self.summary = QLabel(objectName="digestSummary")
        self.table = QTableWidget(0, 6, objectName="digestTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Happened"), self.tr("Store"), self.tr("Supervisor"), self.tr("What happened"),
            self.tr("Reported"), self.tr("Within 4 hours")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._open_row)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        self.incidents = visits.incident_digest(self.ctx, _pydate(self.date_from.date()), _pydate(self.date_to.date()))
        late = sum(1 for i in self.incidents if not i.within_deadline)
        self.summary.setText(self.tr("%1 major incidents; %2 reported later than 4 hours.")
                             .replace("%1", str(len(self.incidents))).replace("%2", str(late)))
        self.table.setRowCount(len(self.incidents))
        for row, inc in enumerate(self.incidents):
            v = inc.visit
            on_time = self.tr("Yes") if inc.within_deadline else \
                self.tr("No (%1 h)").replace("%1", str(inc.delay_hours))
            values = [_local_text(v.incident_at or v.check_in), f"{v.store_code} {v.store_name}", v.supervisor_name,
                      v.observations.splitlines()[0] if v.observations else "",
                      _local_text(v.incident_reported_at), on_time]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(ID_ROLE, v.id)
                if col == 5:
                    item.setForeground(QBrush(QColor("#188038" if inc.within_deadline else "#d93025")))
                self.table.setItem(row, col, item)

    def _open_row(self, row: int, _col: int = 0) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.page.open_visit(item.data(ID_ROLE))


# ---------------------------------------------------------------- the editor


class IssueDialog(QDialog):
    """An issue found during the visit, becoming a corrective action at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an issue"))
        self.title = QLineEdit(objectName="issueTitle")
        self.priority = QComboBox(objectName="issuePriority")
        for code, text in labels.priorities().items():
            self.priority.addItem(text, code)
        self.priority.setCurrentIndex(max(self.priority.findData("normal"), 0))
        self.due = QDateEdit(objectName="issueDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.currentDate().addDays(3))
        form = QFormLayout()
        form.addRow(self.tr("Issue"), self.title)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Due"), self.due)
        self.error_label = QLabel(objectName="errors")
        self.error_label.setStyleSheet("color: #d93025;")
        buttons = ok_cancel_buttons(self, self.tr("Create corrective action"), self._accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error_label.setText(self.tr("Describe the issue."))
            return
        self.accept()


class VisitEditorDialog(QDialog):
    """One visit's log. Every change is saved as you type."""

    SAVE_DELAY_MS = 400

    def __init__(self, ctx: AppContext, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.visit = visits.get_visit(ctx, visit_id)
        # The visit's corrective actions (issues found), including those of an earlier sitting.
        self.issue_ids: list[str] = [a.id for a in actions.query_actions(
            ctx, actions.ActionQuery(visit_id=visit_id, sort="created_at"))]
        self._loading = True
        self.setWindowTitle(self.tr("Visit: %1").replace("%1", f"{self.visit.store_code} {self.visit.store_name}"))
        self.setMinimumWidth(720)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)

        self.header = QLabel(objectName="header")
        self.check_in_button = QPushButton(self.tr("Check in now"), objectName="checkInNow")
        self.check_out_button = QPushButton(self.tr("Check out now"), objectName="checkOutNow")
        self.check_in_button.clicked.connect(self.check_in_now)
        self.check_out_button.clicked.connect(self.check_out_now)
        self.check_in = OptionalDateTime("checkIn")
        self.check_out = OptionalDateTime("checkOut")
        self.purpose = QComboBox(objectName="purpose")
        _fill_purposes(self.purpose)
        self.observations = QPlainTextEdit(objectName="observations")
        self.training_topic = QLineEdit(objectName="trainingTopic")
        self.training_attendees = QLineEdit(objectName="trainingAttendees")
        self.people_met = QLineEdit(objectName="peopleMet")
        self.next_steps = QPlainTextEdit(objectName="nextSteps")
        self.next_visit = OptionalDate("nextVisit")
        self.incident = QCheckBox(self.tr("Major incident (大事): report to head office"), objectName="incident")
        self.incident_at = OptionalDateTime("incidentAt")
        for edit in (self.observations, self.next_steps):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(80)

        in_row = QHBoxLayout()
        in_row.addWidget(self.check_in, 1)
        in_row.addWidget(self.check_in_button)
        out_row = QHBoxLayout()
        out_row.addWidget(self.check_out, 1)
        out_row.addWidget(self.check_out_button)
        incident_row = QHBoxLayout()
        incident_row.addWidget(self.incident)
        incident_row.addWidget(QLabel(self.tr("at")))
        incident_row.addWidget(self.incident_at, 1)
        form = QFormLayout()
        form.addRow(self.tr("Check-in"), in_row)
        form.addRow(self.tr("Check-out"), out_row)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Observations"), self.observations)
        form.addRow("", incident_row)
        form.addRow(self.tr("Training topic"), self.training_topic)
        form.addRow(self.tr("Attendees"), self.training_attendees)
        form.addRow(self.tr("People met"), self.people_met)
        form.addRow(self.tr("Next steps"), self.next_steps)
        form.addRow(self.tr("Next visit"), self.next_visit)

        self.issues = QListWidget(objectName="issues")
        self.issues.setMaximumHeight(100)
        self.add_issue_button = QPushButton(self.tr("Add issue…"), objectName="addIssue")
        self.add_issue_button.clicked.connect(self.open_issue_dialog)
        issues_box = QGroupBox(self.tr("Issues found (corrective actions)"))
        issues_layout = QVBoxLayout(issues_box)
        issues_layout.addWidget(self.issues)
        issues_layout.addWidget(self.add_issue_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.runs = QListWidget(objectName="runs")
        self.runs.setMaximumHeight(100)
        self.start_run_button = QPushButton(self.tr("Start inspection"), objectName="startInspection")
        self.start_run_button.clicked.connect(self.start_inspection)
        runs_box = QGroupBox(self.tr("Inspections during the visit"))
        runs_layout = QVBoxLayout(runs_box)
        runs_layout.addWidget(self.runs)
        runs_layout.addWidget(self.start_run_button, 0, Qt.AlignmentFlag.AlignLeft)
        lower = QHBoxLayout()
        lower.addWidget(issues_box)
        lower.addWidget(runs_box)

        self.error_label = QLabel(objectName="errors")
        field_names = {"check_in": self.tr("Check-in"), "check_out": self.tr("Check-out"),
                       "purpose": self.tr("Purpose"), "observations": self.tr("Observations"),
                       "training_topic": self.tr("Training topic"), "training_attendees": self.tr("Attendees"),
                       "people_met": self.tr("People met"), "next_steps": self.tr("Next steps")}
        self.errors = FieldErrors(self.error_label, {
            "check_in": self.check_in, "check_out": self.check_out, "purpose": self.purpose,
            "observations": self.observations, "training_topic": self.training_topic,
            "training_attendees": self.training_attendees, "people_met": self.people_met,
            "next_steps": self.next_steps}, field_names)
        self.errors.text_for = self._problem_text
        self.status = QLabel(objectName="saveStatus")
        close = QPushButton(self.tr("Close"), objectName="close")
        close.clicked.connect(self.accept)
        from ui.widgets.reports import ExportButton

        self.pdf_button = ExportButton(ctx, self._build_log, lambda: f"巡店日志_{self.visit.store_code}.pdf", self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status)
        bottom.addStretch(1)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addLayout(lower)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)

        self._load(self.visit)
        for edit in (self.observations, self.next_steps):
            edit.textChanged.connect(self.changed)
        for line in (self.training_topic, self.training_attendees, self.people_met):
            line.textEdited.connect(self.changed)
        for dt in (self.check_in, self.check_out, self.incident_at):
            dt.dateTimeChanged.connect(self.changed)
        self.next_visit.dateChanged.connect(self.changed)
        self.purpose.currentIndexChanged.connect(self.changed)
        self.incident.toggled.connect(self._incident_toggled)
        self._refresh_runs()
        self._refresh_issues()
        self._loading = False

    # -- loading and saving

    def _problem_text(self, problem: FieldProblem) -> str:
        if problem.reason == "before_check_in":
            return self.tr("Check-out cannot be before check-in.")
        if problem.reason == "in_future":
            return self.tr("This time is in the future.")
        return problem_text(problem)

    def _load(self, v: visits.VisitDTO) -> None:
        self._loading = True
        statuses = status_labels()
        self.header.setText(f"<b>{v.store_code} {v.store_name}</b> · {v.region_path} · {v.supervisor_name} · "
                            f"{statuses.get(v.status, v.status)}")
        self.check_in.set_utc(v.check_in)
        self.check_out.set_utc(v.check_out)
        self.purpose.blockSignals(True)
        self.purpose.setCurrentIndex(max(self.purpose.findData(v.purpose), 0))
        self.purpose.blockSignals(False)
        for edit, text in ((self.observations, v.observations), (self.next_steps, v.next_steps)):
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
        for line, text in ((self.training_topic, v.training_topic), (self.training_attendees, v.training_attendees),
                           (self.people_met, v.people_met)):
            if line.text() != text:
                line.setText(text)
        self.next_visit.set_value(v.next_visit_on)
        self.incident.blockSignals(True)
        self.incident.setChecked(v.incident)
        self.incident.blockSignals(False)
        self.incident_at.set_utc(v.incident_at)
        self.incident_at.setEnabled(v.incident)
        self.check_in_button.setEnabled(v.check_in is None)
        self.check_out_button.setEnabled(v.check_in is not None and v.check_out is None)
        self._loading = False

    def changed(self) -> None:
        if self._loading:
            return
        self.status.setStyleSheet("color: #666;")
        self.status.setText(self.tr("Editing…"))
        self.timer.start()

    def _incident_toggled(self, on: bool) -> None:
        self.incident_at.setEnabled(on)
        if on and self.incident_at.utc() is None:
            self.incident_at.set_utc(datetime.now(UTC).replace(tzinfo=None, microsecond=0))
        self.changed()

    def data(self) -> visits.VisitInput:
        return visits.VisitInput(
            purpose=self.purpose.currentData(), check_in=self.check_in.utc(), check_out=self.check_out.utc(),
            observations=self.observations.toPlainText(), training_topic=self.training_topic.text(),
            training_attendees=self.training_attendees.text(), people_met=self.people_met.text(),
            next_steps=self.next_steps.toPlainText(), next_visit_on=self.next_visit.value(),
            incident=self.incident.isChecked(),
            incident_at=self.incident_at.utc() if self.incident.isChecked() else None)

    def save(self) -> bool:
        self.timer.stop()
        try:
            self.visit = visits.update_visit(self.ctx, self.visit_id, self.data(), base_version=self.visit.version)
        except ValidationError as exc:
            self.errors.show(exc)
            self.status.setStyleSheet("color: #d93025;")
            self.status.setText(self.tr("Not saved"))
            return False
        except OpsDeskError as exc:
            self.status.setStyleSheet("color: #d93025;")
            self.status.setText(self.tr("Not saved"))
            show_error(self, exc)
            return False
        self.errors.clear()
        self.status.setStyleSheet("color: #188038;")
        self.status.setText(self.tr("Saved"))
        self.check_in_button.setEnabled(self.visit.check_in is None)
        self.check_out_button.setEnabled(self.visit.check_in is not None and self.visit.check_out is None)
        return True

    def flush(self) -> None:
        """Save a pending change now (closing the dialog does this)."""
        if self.timer.isActive():
            self.save()

    def done(self, result: int) -> None:  # noqa: D102
        self.flush()
        super().done(result)

    # -- one-click check-in/out

    def _stamp(self, call) -> None:  # noqa: ANN001
        self.flush()
        try:
            self.visit = call(self.ctx, self.visit_id)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.errors.clear()
        self._load(self.visit)
        self.status.setStyleSheet("color: #188038;")
        self.status.setText(self.tr("Saved"))

    def check_in_now(self) -> None:
        self._stamp(visits.check_in)

    def check_out_now(self) -> None:
        self._stamp(visits.check_out)

    # -- issues and inspections

    def _build_log(self):  # noqa: ANN202
        from opsdesk.reports.visits import build_visit_log

        self.flush()  # what was just typed goes into the report
        ctx, visit_id = self.ctx, self.visit_id
        return lambda path: build_visit_log(ctx, visit_id, path)

    def open_issue_dialog(self) -> None:
        dialog = IssueDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_issue(dialog.title.text().strip(), dialog.priority.currentData(), _pydate(dialog.due.date()))

    def add_issue(self, title: str, priority: str = "normal", due_on: date | None = None) -> actions.ActionDTO | None:
        try:
            manager = org.get_store(self.ctx, self.visit.store_id).manager_id
            action = actions.create_action(self.ctx, actions.ActionInput(
                store_id=self.visit.store_id, title=title, due_on=due_on or date.today() + timedelta(days=3),
                priority=priority, assignee_id=manager, visit_id=self.visit_id))
        except OpsDeskError as exc:
            show_error(self, exc)
            return None
        self.issue_ids.append(action.id)
        self._refresh_issues()
        return action

    def _refresh_issues(self) -> None:
        self.issues.clear()
        statuses = labels.action_statuses()
        priorities = labels.priorities()
        for action_id in self.issue_ids:
            a = actions.get_action(self.ctx, action_id)
            item = QListWidgetItem(f"{a.title} · {priorities.get(a.priority, a.priority)} · "
                                   f"{a.due_on:%Y-%m-%d} · {a.assignee_name} · {statuses.get(a.status, a.status)}")
            item.setData(ID_ROLE, a.id)
            self.issues.addItem(item)

    def _refresh_runs(self) -> None:
        self.runs.clear()
        for r in visits.visit_runs(self.ctx, self.visit_id):
            grade = f" · {r.percent} %" if r.percent is not None else ""
            item = QListWidgetItem(f"{r.template_title} · {labels.run_type(r.run_type)} · "
                                   f"{labels.run_status(r.status)}{grade}")
            item.setData(ID_ROLE, r.id)
            self.runs.addItem(item)

    def start_inspection(self) -> runs.RunSummaryDTO | None:
        template = templates.template_by_code(self.ctx, "store_routine")
        if template is None:
            QMessageBox.warning(self, self.tr("Visits"), self.tr("The routine inspection template is not available."))
            return None
        try:
            run = runs.start_run(self.ctx, self.visit.store_id, template.id, "routine", visit_id=self.visit_id)
        except OpsDeskError as exc:
            show_error(self, exc)
            return None
        self._refresh_runs()
        return run


# ---------------------------------------------------------------- the page


class VisitsPage(QWidget):
    SHOWS = frozenset({"visit", "store", "user", "checklist_run", "corrective_action"})  # refreshed when changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(objectName="visitTabs")
        self.plan_tab = PlanTab(ctx, self)
        self.log_tab = LogTab(ctx, self)
        self.coverage_tab = CoverageTab(ctx, self)
        self.digest_tab = DigestTab(ctx, self)
        self.tabs.addTab(self.plan_tab, self.tr("Week plan"))
        self.tabs.addTab(self.log_tab, self.tr("Visit log"))
        self.tabs.addTab(self.coverage_tab, self.tr("Coverage"))
        self.tabs.addTab(self.digest_tab, self.tr("Major incidents"))
        title = QLabel(self.tr("Store visits"))
        title.setStyleSheet("font-size: 18px; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        self.plan_tab.refresh()
        self.log_tab.refresh()
        self.coverage_tab.refresh()
        self.digest_tab.refresh()

    def editor(self, visit_id: str) -> VisitEditorDialog:
        return VisitEditorDialog(self.ctx, visit_id, self)

    def open_visit(self, visit_id: str | None) -> None:
        if not visit_id:
            return
        try:
            dialog = self.editor(visit_id)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        dialog.exec()
        self.refresh()
