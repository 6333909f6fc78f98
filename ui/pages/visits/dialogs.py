"""The visits page's dialogs: planning a visit from the keyboard, an issue found on site, and one
visit's log (saved as you type)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, OpsDeskError, ValidationError
from opsdesk.services import AppContext, actions, org, runs, templates, visits
from ui import labels
from ui.dates import date_edit, from_qdate
from ui.errors import problem_text, show_error
from ui.pages.visits.forms import (
    ID_ROLE,
    OptionalDate,
    OptionalDateTime,
    fill_purposes,
)
from ui.style import set_role
from ui.widgets.form import FieldErrors, FormDialog
from ui.widgets.pickers import fill_stores


class PlanVisitDialog(FormDialog):
    """The keyboard way to plan a visit: store, day, purpose."""

    def __init__(self, ctx: AppContext, supervisor_id: str | None, day: date,
                 stores: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plan a visit"), parent, ok_text=self.tr("Plan"))
        self.ctx = ctx
        self.supervisor_id = supervisor_id
        self.visit: visits.VisitDTO | None = None
        self.store = QComboBox(objectName="store")
        fill_stores(self.store, ctx, editable=False)
        for index, (store_id, code, name) in enumerate(stores):  # this week's unplanned stores first
            found = self.store.findData(store_id)
            if found >= 0:
                self.store.removeItem(found)
            self.store.insertItem(index, f"{code} {name}", store_id)
        self.store.setCurrentIndex(0)
        self.day = date_edit("day", day)
        self.purpose = QComboBox(objectName="purpose")
        fill_purposes(self.purpose)
        form = QFormLayout()
        form.addRow(self.tr("Store"), self.store)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Purpose"), self.purpose)
        self.form_area.addLayout(form)
        self.set_fields({"store_id": self.store, "purpose": self.purpose},
                        {"store_id": self.tr("Store"), "purpose": self.tr("Purpose")})

    def submit(self) -> visits.VisitDTO:
        store_id = self.store.currentData()
        if not store_id:
            raise ValidationError([FieldProblem("store_id", "required")])
        self.visit = visits.plan_visit(self.ctx, store_id, from_qdate(self.day.date()),
                                       supervisor_id=self.supervisor_id, purpose=self.purpose.currentData())
        return self.visit


class IssueDialog(FormDialog):
    """An issue found during the visit, becoming a corrective action at once; ``result_value`` is
    (title, priority, due date)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add an issue"), parent, ok_text=self.tr("Create corrective action"))
        self.title = QLineEdit(objectName="issueTitle")
        self.priority = QComboBox(objectName="issuePriority")
        for code, text in labels.priorities().items():
            self.priority.addItem(text, code)
        self.priority.setCurrentIndex(max(self.priority.findData("normal"), 0))
        self.due = date_edit("issueDue", from_qdate(QDate.currentDate().addDays(3)))
        form = QFormLayout()
        form.addRow(self.tr("Issue"), self.title)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Due"), self.due)
        self.form_area.addLayout(form)
        self.set_fields({"title": self.title}, {})
        self.errors.text_for = self._problem_text

    def _problem_text(self, problem: FieldProblem) -> str:
        if problem.field == "title" and problem.reason == "required":
            return self.tr("Describe the issue.")
        return problem_text(problem)

    def submit(self) -> tuple[str, str, date]:
        title = self.title.text().strip()
        if not title:
            raise ValidationError([FieldProblem("title", "required")])
        return title, self.priority.currentData(), from_qdate(self.due.date())


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
        fill_purposes(self.purpose)
        self.observations = QPlainTextEdit(objectName="observations")
        self.training_topic = QLineEdit(objectName="trainingTopic")
        self.training_attendees = QLineEdit(objectName="trainingAttendees")
        self.people_met = QLineEdit(objectName="peopleMet")
        self.next_steps = QPlainTextEdit(objectName="nextSteps")
        self.next_visit = OptionalDate("nextVisit")
        self.incident = QCheckBox(self.tr("Major incident: report to head office"), objectName="incident")
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
        self.runs.itemActivated.connect(lambda item: self.open_run(item.data(ID_ROLE)))
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
        from opsdesk.vocabulary import file_name
        from ui.widgets.reports import ExportButton, report_language

        self.pdf_button = ExportButton(ctx, self._build_log, lambda: file_name(
            "visit_log", report_language(), self.visit.store_code, self.visit.day), self)
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
        statuses = labels.visit_statuses()
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
        self._say(self.tr("Editing…"), "muted")
        self.timer.start()

    def _say(self, text: str, role: str) -> None:
        set_role(self.status, role)
        self.status.setText(text)

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
            self._say(self.tr("Not saved"), "error")
            return False
        except OpsDeskError as exc:
            self._say(self.tr("Not saved"), "error")
            show_error(self, exc)
            return False
        self.errors.clear()
        self._say(self.tr("Saved"), "ok")
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
        self._say(self.tr("Saved"), "ok")

    def check_in_now(self) -> None:
        self._stamp(visits.check_in)

    def check_out_now(self) -> None:
        self._stamp(visits.check_out)

    # -- issues and inspections

    def _build_log(self):  # noqa: ANN202
        from opsdesk.reports.visits import build_visit_log

        self.flush()  # what was just typed goes into the report
        from ui.widgets.reports import report_language

        ctx, visit_id, lang = self.ctx, self.visit_id, report_language()
        return lambda path: build_visit_log(ctx, visit_id, path, lang=lang)

    def open_issue_dialog(self) -> None:
        dialog = IssueDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_issue(*dialog.result_value)

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
            item = QListWidgetItem(f"{labels.template_text(r.template_title, r.template_title_en)} · "
                                   f"{labels.run_type(r.run_type)} · "
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
        self.open_run(run.id)  # straight into the runner
        return run

    def open_run(self, run_id: str) -> None:
        """A draft opens in the runner (completing it offers the actions, then signing), a completed one
        in its view."""
        from ui.pages.inspections import RunViewDialog, offer_signing
        from ui.widgets.runner import RunnerDialog

        draft = runs.get_summary(self.ctx, run_id).status == "draft"
        dialog = RunnerDialog(self.ctx, run_id, self) if draft else RunViewDialog(self.ctx, run_id, self)
        dialog.exec()
        if draft and runs.get_summary(self.ctx, run_id).status == "completed":
            offer_signing(self.ctx, run_id, self)
        self._refresh_runs()
