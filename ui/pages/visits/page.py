"""Supervisor visits (巡店日志): the weekly plan, the log (list and calendar), coverage, the incident
digest. The plan's state is ``controller.WeekPlanner``; the dialogs are in ``dialogs``."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError, ValidationError
from opsdesk.services import AppContext, visits
from ui import labels
from ui.dates import date_edit, from_qdate, to_qdate, weekday_names
from ui.errors import show_error
from ui.operations import load
from ui.pages.visits.controller import WeekPlanner
from ui.pages.visits.dialogs import PlanVisitDialog, VisitEditorDialog
from ui.pages.visits.forms import (
    ID_ROLE,
    DayList,
    StoreList,
    fill_purposes,
    read_only_table,
    read_only_view,
)
from ui.models.rows import RowsModel
from ui.style import BLUE, GREEN, RED, set_role, set_state
from ui.widgets.pickers import (
    Lists,
    load_later,
    put_regions,
    put_stores,
    put_users,
)
from ui.widgets.register_export import RegisterExporter, export_button
from ui.widgets.table_fill import filling

# ---------------------------------------------------------------- the week plan


class PlanTab(QWidget):
    """The week plan: a supervisor's days, visits dragged between them, stores dragged onto them.
    What is planned when lives in ``self.planner`` (Qt-free, ui/pages/visits/controller.py)."""

    def __init__(self, ctx: AppContext, page: VisitsPage) -> None:
        super().__init__(objectName="planTab")
        self.ctx = ctx
        self.page = page
        self.planner = WeekPlanner(ctx)

        # The supervisors load in the background (refresh); until then the week shown is the user's own.
        self.supervisor = QComboBox(objectName="planSupervisor")
        # as wide as the names that arrive later (not only "Me", which it has when first shown)
        self.supervisor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if ctx.user_id:
            self.supervisor.addItem(self.tr("Me"), ctx.user_id)
        self.supervisor.currentIndexChanged.connect(self.refresh)
        self.users_loaded = False
        self.prev_button = QPushButton(self.tr("◀ Previous week"), objectName="prevWeek")
        self.next_button = QPushButton(self.tr("Next week ▶"), objectName="nextWeek")
        self.today_button = QPushButton(self.tr("This week"), objectName="thisWeek")
        self.plan_button = QPushButton(self.tr("Plan visit…"), objectName="planVisit")
        self.range_label = QLabel(objectName="weekRange")
        self.prev_button.clicked.connect(lambda: self._step(self.planner.previous_week))
        self.next_button.clicked.connect(lambda: self._step(self.planner.next_week))
        self.today_button.clicked.connect(lambda: self._step(self.planner.this_week))
        self.plan_button.clicked.connect(self.open_plan_dialog)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Supervisor")))
        bar.addWidget(self.supervisor)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.range_label)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        from opsdesk.vocabulary import file_name
        from ui.widgets.reports import ExportButton, report_language

        self.pdf_button = ExportButton(ctx, self._build_plan,
                                       lambda: file_name("week_plan", report_language(), self.monday), self)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.plan_button)

        grid = QGridLayout()
        self.day_labels: list[QLabel] = []
        self.days: list[DayList] = []
        for i in range(7):
            label = QLabel(objectName="visitDay")
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
        hint = set_role(QLabel(self.tr("Drag a store onto a day to plan it; drag a visit to another day to move it. "
                                       "Double-click a visit to open its log.")), "muted")
        hint.setWordWrap(True)
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

    @property
    def monday(self) -> date:
        return self.planner.monday

    @property
    def plan(self) -> visits.WeekPlan | None:
        return self.planner.plan

    def show_week(self, day: date) -> None:
        self._step(lambda: self.planner.show_week(day))

    def _step(self, move) -> None:  # noqa: ANN001 - a planner method choosing the week
        move()
        self.refresh()

    def refresh(self) -> None:
        """The week's plan (and, the first time, the supervisors to choose from), read in the background."""
        if not self.users_loaded:
            load_later(self, self.ctx, self._users_loaded, users=True)
        self.range_label.setText(self.planner.range_text())
        ctx, who, monday = self.ctx, self.supervisor_id, self.planner.monday
        self.planner.supervisor_id = who
        load(self, lambda: visits.week_plan(ctx, who, monday) if who else None,
             lambda plan: self._plan_loaded(who, monday, plan), key="plan")

    def _users_loaded(self, lists: Lists) -> None:
        """The supervisors to choose from (the user first as "Me" when not one of them); the week is read
        again only when the one chosen changed."""
        self.users_loaded = True
        shown = self.supervisor_id
        put_users(self.supervisor, lists.users, roles=("supervisor",), editable=False)
        user_id = self.ctx.user_id
        blocked = self.supervisor.blockSignals(True)
        try:
            if user_id and self.supervisor.findData(user_id) < 0:
                self.supervisor.insertItem(0, self.tr("Me"), user_id)
            self.supervisor.setCurrentIndex(max(self.supervisor.findData(shown), 0))
        finally:
            self.supervisor.blockSignals(blocked)
        if self.supervisor_id != shown:
            self.refresh()

    def _plan_loaded(self, who: str | None, monday: date, plan: visits.WeekPlan | None) -> None:
        if who != self.planner.supervisor_id or monday != self.planner.monday:
            return  # another week or supervisor was chosen meanwhile (its own read follows)
        self.planner.plan = plan
        self._draw()

    def _draw(self) -> None:
        """The days and the unplanned stores as the planner holds them."""
        if self.planner.plan is None:
            return
        names = weekday_names()
        purposes = labels.visit_purposes()
        statuses = labels.visit_statuses()
        for i, (day_list, day) in enumerate(zip(self.days, self.planner.days(), strict=True)):
            label = self.day_labels[i]
            label.setText(f"{names[i]}\n{day:%m-%d}")
            set_state(label, "current", self.planner.is_today(day))
            day_list.clear()
            for v in self.planner.visits_on(day):
                item = QListWidgetItem(f"{v.store_code} {v.store_name}\n{purposes.get(v.purpose, v.purpose)} · "
                                       f"{statuses.get(v.status, v.status)}")
                item.setData(ID_ROLE, v.id)
                item.setToolTip(v.observations or v.store_name)
                if v.status == "done":
                    item.setForeground(QBrush(QColor(GREEN)))
                if v.incident:
                    item.setForeground(QBrush(QColor(RED)))
                day_list.addItem(item)
        self.unplanned.clear()
        unplanned = self.planner.unplanned()
        for store_id, code, name in unplanned:
            item = QListWidgetItem(f"{code} {name}")
            item.setData(ID_ROLE, store_id)
            self.unplanned.addItem(item)
        self.unplanned_label.setText(self.tr("Not planned this week (%1)").replace("%1", str(len(unplanned))))

    def unplanned_ids(self) -> list[str]:
        return [self.unplanned.item(i).data(ID_ROLE) for i in range(self.unplanned.count())]

    def plan_store(self, store_id: str, day: date) -> bool:
        try:
            self.planner.plan_store(store_id, day)
        except OpsDeskError as exc:
            show_error(self, exc)
            return False
        self._draw()  # the planner read the week again: shown at once, the other tabs follow
        self.page.refresh()
        return True

    def move(self, visit_id: str, day: date) -> bool:
        try:
            self.planner.move(visit_id, day)
        except ValidationError as exc:
            if self.planner.already_started(exc):
                QMessageBox.information(self, self.tr("Visits"),
                                        self.tr("This visit has already started; it stays on its own day."))
            else:
                show_error(self, exc)
            return False
        except OpsDeskError as exc:
            show_error(self, exc)
            return False
        self._draw()  # the planner read the week again: shown at once, the other tabs follow
        self.page.refresh()
        return True

    def plan_dialog(self) -> PlanVisitDialog:
        return PlanVisitDialog(self.ctx, self.supervisor_id, self.planner.default_day(), self.planner.unplanned(),
                               self)

    def _build_plan(self):  # noqa: ANN202
        from opsdesk.reports.visits import build_week_plan
        from ui.widgets.reports import report_language

        ctx, who, monday = self.ctx, self.supervisor.currentData() or self.ctx.user_id, self.monday
        lang = report_language()
        return lambda path: build_week_plan(ctx, who, monday, path, lang=lang)

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
        # The people, stores and regions to filter by load in the background (refresh).
        self.supervisor = QComboBox(objectName="supervisor")
        self.supervisor.addItem(self.tr("All supervisors"), None)
        self.store = QComboBox(objectName="store")
        self.store.addItem(self.tr("All stores"), None)
        self.region = QComboBox(objectName="region")
        self.region.addItem(self.tr("All regions"), None)
        self.purpose = QComboBox(objectName="purpose")
        fill_purposes(self.purpose, (self.tr("All purposes"), None))
        today = date.today()
        self.date_from = date_edit("dateFrom", today - timedelta(days=30))
        self.date_to = date_edit("dateTo", today + timedelta(days=14))
        for combo in (self.supervisor, self.store, self.region, self.purpose):
            combo.currentIndexChanged.connect(self.reload)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.reload)
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

        # The rows are set in one model reset; a row's texts are made when it is first shown.
        self.model = RowsModel([
            self.tr("Day"), self.tr("Store"), self.tr("Region"), self.tr("Supervisor"), self.tr("Purpose"),
            self.tr("Status"), self.tr("Check-in"), self.tr("Check-out"), self.tr("Hours"), self.tr("Major incident")],
            self._texts, marked=lambda v: v.incident, mark_colour=RED, parent=self)
        self._purposes: dict[str, str] = {}
        self._statuses: dict[str, str] = {}
        self.table = read_only_view("visitTable", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.calendar = QCalendarWidget(objectName="calendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._day_chosen)
        self.count_label = QLabel(objectName="count")
        side = QVBoxLayout()
        side.addWidget(self.calendar)
        calendar_hint = set_role(QLabel(self.tr("Days with visits are bold. Double-click a day to list its visits.")),
                                 "muted")
        calendar_hint.setWordWrap(True)
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
                                 date_from=from_qdate(self.date_from.date()), date_to=from_qdate(self.date_to.date()))

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
        names = {"purpose": labels.visit_purposes(), "status": labels.visit_statuses(), "flag": {"yes": self.tr("Yes")}}
        filters = describe_filters([(self.tr("Supervisor"), self.supervisor), (self.tr("Store"), self.store),
                                    (self.tr("Region"), self.region), (self.tr("Purpose"), self.purpose)])
        filters.insert(-1, (self.tr("Day"), f"{query.date_from:%Y-%m-%d} – {query.date_to:%Y-%m-%d}"))
        title = self.tr("Visit log")
        return lambda path: visits.export_visits(ctx, query, path, titles=titles, labels=names, filters=filters,
                                                 title=title)

    def refresh(self) -> None:
        """The filters' lists and the visits, read in the background."""
        load_later(self, self.ctx, self._pickers_loaded, stores=True, regions=True, users=True)
        self.reload()

    def _pickers_loaded(self, lists: Lists) -> None:
        kept = [put_users(self.supervisor, lists.users, (self.tr("All supervisors"), None), roles=("supervisor",),
                          editable=False),
                put_stores(self.store, lists.stores, (self.tr("All stores"), None), editable=False),
                put_regions(self.region, lists.regions, (self.tr("All regions"), None))]
        if not all(kept):
            self.reload()

    def reload(self) -> None:
        ctx, query = self.ctx, self.query()
        load(self, lambda: visits.query_visits(ctx, query, limit=2000), self._show, key="visits")

    def _show(self, found: list[visits.VisitDTO]) -> None:
        self.visits = found
        self._purposes = labels.visit_purposes()
        self._statuses = labels.visit_statuses()
        self.model.set_rows(found)
        self.count_label.setText(self.tr("%n visit(s)", "", len(self.visits)))
        self._mark_calendar()

    def _texts(self, v: visits.VisitDTO) -> tuple[str, ...]:
        return (f"{v.day:%Y-%m-%d}" if v.day else "", f"{v.store_code} {v.store_name}", v.region_path,
                v.supervisor_name, self._purposes.get(v.purpose, v.purpose), self._statuses.get(v.status, v.status),
                labels.local_time(v.check_in), labels.local_time(v.check_out), str(v.hours) if v.check_out else "",
                self.tr("Yes") if v.incident else "")

    def _mark_calendar(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every format
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setForeground(QBrush(QColor(BLUE)))
        for day in self.visit_days():  # each day once (a day has many visits)
            self.calendar.setDateTextFormat(to_qdate(day), bold)

    def visit_days(self) -> set[date]:
        return {v.day for v in self.visits if v.day}

    def _day_chosen(self, d: QDate) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(d)
            edit.blockSignals(False)
        self.reload()

    def _open_row(self, row: int) -> None:
        visit = self.model.row(row)
        if visit is not None:
            self.page.open_visit(visit.id)

    def _open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self._open_row(self.table.currentIndex().row())



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
        self.anchor = date_edit("anchor", date.today())
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
        self.table = read_only_table("coverageTable", [
            self.tr("Store"), self.tr("Region"), self.tr("Supervisor"), self.tr("Visits"), self.tr("Hours on site"),
            self.tr("Coverage")])
        self.by_supervisor = read_only_table("bySupervisor", [self.tr("Supervisor"), self.tr("Visited"),
                                                          self.tr("Stores"), self.tr("Rate")])
        self.by_region = read_only_table("byRegion", [self.tr("Region"), self.tr("Visited"), self.tr("Stores"),
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

    def period(self) -> tuple[date, date]:
        day = from_qdate(self.anchor.date())
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
        ctx = self.ctx
        load(self, lambda: visits.coverage(ctx, start, end), self._show, key="coverage")

    def _show(self, cov: visits.Coverage) -> None:
        self.coverage = cov
        self.summary.setText(
            self.tr("Visited %1 of %2 stores (%3); %4 not visited; %5 hours on site.")
            .replace("%1", str(cov.visited)).replace("%2", str(len(cov.stores)))
            .replace("%3", f"{cov.rate} %" if cov.rate is not None else "—")
            .replace("%4", str(len(cov.not_visited))).replace("%5", str(cov.hours.quantize(Decimal("0.1")))))
        # Not-visited stores first: they are what the page is for.
        stores = sorted(cov.stores, key=lambda s: (s.visits > 0, s.code))
        with filling(self.table):
            self.table.setRowCount(len(stores))
            for row, s in enumerate(stores):
                values = [f"{s.code} {s.name}", s.region_path, s.supervisor_name, str(s.visits),
                          str(s.hours) if s.visits else "", self.tr("Visited") if s.visits else self.tr("Not visited")]
                for col, text in enumerate(values):
                    item = QTableWidgetItem(text)
                    if col == 0:
                        item.setData(ID_ROLE, s.store_id)
                    if not s.visits:
                        item.setForeground(QBrush(QColor(RED)))
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
        self.date_from = date_edit("digestFrom", today - timedelta(days=30))
        self.date_to = date_edit("digestTo", today)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        self.summary = QLabel(objectName="digestSummary")
        self.table = read_only_table("digestTable", [
            self.tr("Happened"), self.tr("Store"), self.tr("Supervisor"), self.tr("What happened"),
            self.tr("Reported"), self.tr("Within 4 hours")])
        self.table.cellDoubleClicked.connect(self._open_row)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        ctx, first, last = self.ctx, from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        load(self, lambda: visits.incident_digest(ctx, first, last), self._show, key="digest")

    def _show(self, incidents: list[visits.IncidentDTO]) -> None:
        self.incidents = incidents
        late = sum(1 for i in self.incidents if not i.within_deadline)
        self.summary.setText(self.tr("%1 major incidents; %2 reported later than 4 hours.")
                             .replace("%1", str(len(self.incidents))).replace("%2", str(late)))
        with filling(self.table):
            self.table.setRowCount(len(self.incidents))
            for row, inc in enumerate(self.incidents):
                v = inc.visit
                on_time = self.tr("Yes") if inc.within_deadline else \
                    self.tr("No (%1 h)").replace("%1", str(inc.delay_hours))
                values = [labels.local_time(v.incident_at or v.check_in), f"{v.store_code} {v.store_name}", v.supervisor_name,
                          v.observations.splitlines()[0] if v.observations else "",
                          labels.local_time(v.incident_reported_at), on_time]
                for col, text in enumerate(values):
                    item = QTableWidgetItem(text)
                    if col == 0:
                        item.setData(ID_ROLE, v.id)
                    if col == 5:
                        item.setForeground(QBrush(QColor(GREEN if inc.within_deadline else RED)))
                    self.table.setItem(row, col, item)

    def _open_row(self, row: int, _col: int = 0) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.page.open_visit(item.data(ID_ROLE))



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
        title = set_role(QLabel(self.tr("Store visits")), "title")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        # Filled by refresh(), in the background: the main window calls it once the page is shown.
        self._stale_tabs: set[QWidget] = set()  # tabs to read again when they are next shown
        self.tabs.currentChanged.connect(self._tab_shown)

    def refresh(self) -> None:
        """Read the tab shown again (in the background); the other tabs when they are next shown."""
        shown = self.tabs.currentWidget()
        self._stale_tabs = {self.plan_tab, self.log_tab, self.coverage_tab, self.digest_tab} - {shown}
        shown.refresh()

    def _tab_shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if tab in self._stale_tabs:
            self._stale_tabs.discard(tab)
            tab.refresh()

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
