"""New-store opening (新店筹备): the projects counted down to their opening day, and one project's plan.

Top: the projects the user sees (``ProjectQuery.visible_to``; active ones by default, soonest opening first)
with days to opening, progress, gates passed, late milestones and the health status. Below: the selected
project -- its header, the timeline (``TimelineWidget``), the milestones with their owners, due dates, gate
states, notes and photos, and the project's history.

Milestones are done with one click (Space or Ctrl+Enter) unless they are gates; a gate is passed by its own
rule: a fit-out acceptance signed by the contractor (施工方), the store manager and the supervisor, the
equipment register (Check gate), or the training sign-offs. Every read runs off the GUI thread
(``ui.operations.load``); the services decide and refuse, and their refusals are shown as they come.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass, field
from datetime import date

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, openings, runs
from opsdesk.services.openings import (
    MilestoneDTO,
    ProjectDTO,
    ProjectHealth,
    ProjectQuery,
)
from ui import labels
from ui.errors import describe
from ui.pages.openings.timeline import TimelineWidget
from ui.style import AMBER, BLUE, BORDER, GREEN, ICON, LIGHT, MUTED, RED, set_role
from ui.widgets.filter_bar import FilterBar
from ui.widgets.plain_table import cell as _item
from ui.widgets.plain_table import fit_widths as _widths
from ui.widgets.plain_table import plain_table as _table

ALL = "all"  # the status filter's "every project"
STATUS_ORDER = {"active": 0, "opened": 1, "cancelled": 2}
HEALTH_COLOURS = {"on_track": GREEN, "at_risk": AMBER, "late": RED}
STATUS_COLOURS = {"opened": BLUE, "cancelled": MUTED}
ID_ROLE = Qt.ItemDataRole.UserRole
PERCENT_ROLE = Qt.ItemDataRole.UserRole + 1
PROJECT_COLUMNS = ("store_code", "store", "target", "days", "progress", "gates", "late", "status", "owner")
MILESTONE_COLUMNS = ("title", "owner", "due", "done", "gate", "note", "photos")


# ---------------------------------------------------------------- texts


def days_text(days: int) -> str:
    """Days to day zero as people say them: 还有 12 天 / 今天开业 / 逾期 3 天."""
    if days > 0:
        return OpeningsPage.tr("%n day(s) to go", "", days)
    if days == 0:
        return OpeningsPage.tr("Opens today")
    return OpeningsPage.tr("%n day(s) overdue", "", -days)


def project_days_text(project: ProjectDTO, health: ProjectHealth) -> str:
    if project.status == "opened":
        return QCoreApplication.translate("OpeningsPage", "Opened on %1").replace("%1", project.opened_on.isoformat() if project.opened_on else "")
    if project.status == "cancelled":
        return labels.project_status("cancelled")
    return days_text(health.days_to_opening)


def status_key(project: ProjectDTO, health: ProjectHealth) -> str:
    """on_track / at_risk / late for an active project, else its status (opened, cancelled)."""
    return health.status if project.status == "active" else project.status


def status_text(key: str) -> str:
    return labels.health_statuses().get(key) or labels.project_status(key)


def status_colour(key: str) -> str:
    return HEALTH_COLOURS.get(key) or STATUS_COLOURS.get(key, "")


def milestone_title(m: MilestoneDTO) -> str:
    return labels.template_text(m.title, m.title_en)


def missing_text(missing: list[str], kind: str | None) -> str:
    """What a derived gate still lacks (``openings.gate_missing``), e.g. "3 items not accepted yet"."""
    if not missing:
        return ""
    if missing == ["no_equipment"]:
        return QCoreApplication.translate("OpeningsPage", "The store has no equipment in the register yet.")
    if missing == ["no_staff"]:
        return QCoreApplication.translate("OpeningsPage", "No staff or store manager is assigned to the store yet.")
    if kind == "training":
        return OpeningsPage.tr("%n person(s) not signed off yet.", "", len(missing))
    if kind == "equipment":
        return OpeningsPage.tr("%n item(s) not accepted yet.", "", len(missing))
    return OpeningsPage.tr("%n still missing.", "", len(missing))


# ---------------------------------------------------------------- reading (off the GUI thread)


def latest_gate_run(ctx: AppContext, milestone_id: str) -> runs.RunSummaryDTO | None:
    """The newest acceptance run naming the milestone (a draft included), or None."""
    found = openings.gate_runs(ctx, [milestone_id]).get(milestone_id) or []
    if not found:
        return None
    summaries = [runs.get_summary(ctx, run_id) for run_id in found]
    return max(summaries, key=lambda r: (r.started_at, r.id))


@dataclass(frozen=True)
class ProjectRow:
    project: ProjectDTO
    health: ProjectHealth

    @property
    def status(self) -> str:
        return status_key(self.project, self.health)


@dataclass
class ProjectView:
    """Everything the lower half shows of one project, read in one go off the GUI thread."""

    project: ProjectDTO
    health: ProjectHealth
    owners: dict[str, str] = field(default_factory=dict)  # milestone id -> names
    completable: frozenset[str] = frozenset()  # milestone ids the user may mark done / reopen
    runs: dict[str, runs.RunSummaryDTO] = field(default_factory=dict)  # acceptance gate id -> its latest run
    unsigned: dict[str, int] = field(default_factory=dict)  # run id -> signatures still to give
    missing: dict[str, list[str]] = field(default_factory=dict)  # derived gate id -> what it lacks
    photos: dict[str, int] = field(default_factory=dict)  # milestone id -> evidence photos
    done_by: dict[str, str] = field(default_factory=dict)  # milestone id -> who did it (name)


def read_projects(ctx: AppContext, status: str | None, user_id: str | None, search: str,
                  today: date) -> list[ProjectRow]:
    found = openings.list_projects(ctx, ProjectQuery(status=status, visible_to=user_id))
    needle = search.strip().lower()
    if needle:
        found = [p for p in found if needle in p.store_code.lower() or needle in p.store_name.lower()]
    out = [ProjectRow(p, openings.health_of(p, today)) for p in found]
    out.sort(key=lambda r: (STATUS_ORDER.get(r.project.status, 9), r.project.target_date, r.project.store_code))
    return out


def read_project(ctx: AppContext, project_id: str, today: date) -> ProjectView:
    from opsdesk.services import attachments, signatures

    project = openings.get_project(ctx, project_id)
    view = ProjectView(project, openings.health_of(project, today))
    view.owners = openings.owner_names(ctx, project_id)
    view.completable = frozenset(m.id for m in project.milestones if openings.can_complete(ctx, m.id))
    for m in project.milestones:
        view.photos[m.id] = len(attachments.photos_of(ctx, openings.MILESTONE_PHOTOS, m.id))
        kind = m.gate_kind
        if kind == "acceptance":
            run = latest_gate_run(ctx, m.id)
            if run is not None:
                view.runs[m.id] = run
                if run.status == "completed":
                    view.unsigned[run.id] = len(signatures.missing_roles(ctx, run.id))
        elif kind in ("equipment", "training") and not m.done:
            view.missing[m.id] = openings.gate_missing(ctx, m.id)
    for e in project.events:  # the latest completion of each milestone: who
        if e.milestone_id and e.kind in ("milestone_done", "gate_passed"):
            view.done_by[e.milestone_id] = e.user_name
    return view


# ---------------------------------------------------------------- the fit-out acceptance


def fitout_name(ctx: AppContext, run_id: str) -> str:
    """The certificate's default file name (R's ``fitout_file_name``) in the report language."""
    from opsdesk.reports.opening import fitout_file_name
    from ui.widgets.reports import report_language

    return fitout_file_name(runs.get_summary(ctx, run_id), report_language())


def fitout_build(ctx: AppContext, run_id: str):
    from opsdesk.reports.opening import build_fitout
    from ui.widgets.reports import report_language

    lang = report_language()
    return lambda path: build_fitout(ctx, run_id, path, lang=lang)


@functools.cache
def _view_dialog_class():
    from ui.pages.inspections import RunViewDialog

    class FitoutViewDialog(RunViewDialog):
        """A completed fit-out acceptance: the run view, signed by the contractor (施工方), the store manager
        and the supervisor; its PDF is the fit-out acceptance certificate. A new acceptance is a new run."""

        def __init__(self, ctx: AppContext, run_id: str, parent: QWidget | None = None, *,
                     sign_first: bool = False) -> None:
            super().__init__(ctx, run_id, parent)
            self.setObjectName("fitoutView")
            self.sign_first = sign_first  # the sign dialog opens over the view once it shows
            self.correct_button.hide()
            self.export_button.setText(self.tr("Acceptance certificate"))
            self.export_button.name = lambda: fitout_name(self.ctx, self.detail.run.id)

        def _build(self):
            return fitout_build(self.ctx, self.detail.run.id)

        def showEvent(self, event) -> None:
            super().showEvent(event)
            if self.sign_first:
                self.sign_first = False
                QTimer.singleShot(0, self.sign)

        def render_html(self) -> str:
            from opsdesk.services import acceptance

            result = acceptance.result_of(self.detail) if self.detail.run.status in ("completed", "signed") else None
            head = ""
            if result is not None:
                head = ("<p style='font-size:15px'><b>" + html.escape(
                    self.tr("Result: %1").replace("%1", labels.equipment_status(result))) + "</b></p>")
            return head + super().render_html()

    return FitoutViewDialog


def fitout_view(ctx: AppContext, run_id: str, parent: QWidget | None, sign_first: bool = False) -> QDialog:
    return _view_dialog_class()(ctx, run_id, parent, sign_first=sign_first)


def run_fitout(ctx: AppContext, run_id: str, parent: QWidget | None) -> None:
    """A draft in the runner, then (completed just now) Sign now?; a completed one in its view to sign."""
    from ui.widgets.runner import RunnerDialog

    if runs.get_summary(ctx, run_id).status == "draft":
        RunnerDialog(ctx, run_id, parent).exec()
        if runs.get_summary(ctx, run_id).status != "completed":
            return  # closed before completing: the answers are kept for later
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("OpeningsPage", "Sign now?"),
            QCoreApplication.translate("OpeningsPage", "The fit-out acceptance is complete. Sign it now? The contractor, the store manager and the "
               "supervisor each sign; once all three have signed it is frozen and the gate takes the result."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        fitout_view(ctx, run_id, parent, sign_first=True).exec()
        return
    fitout_view(ctx, run_id, parent).exec()


# ---------------------------------------------------------------- the progress cell


class _ProgressDelegate(QStyledItemDelegate):
    """The progress column: a small bar and "7/11 · 64%"."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        percent = index.data(PERCENT_ROLE)
        if percent is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        r = option.rect
        bar = QRect(r.left() + 6, r.center().y() - 4, min(70, max(20, r.width() // 2 - 8)), 9)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(BORDER))
        painter.setBrush(QColor(LIGHT))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(bar.left(), bar.top(), round(bar.width() * max(0, min(100, int(percent))) / 100), bar.height())
        if filled.width() > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(GREEN if int(percent) >= 100 else BLUE))
            painter.drawRoundedRect(filled, 3, 3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(option.palette.highlightedText().color() if selected else option.palette.text().color())
        painter.drawText(QRect(bar.right() + 6, r.top(), r.right() - bar.right() - 8, r.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()


# ---------------------------------------------------------------- the page


class OpeningsPage(QWidget):
    SHOWS = frozenset({"opening_project", "opening_milestone", "opening_event", "opening_plan", "store", "user",
                       "assignment", "checklist_run", "signature", "equipment", "attachment_link"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: date | None = None  # None: the real today (tests fix it)
        self.rows: list[ProjectRow] = []
        self.view: ProjectView | None = None
        self.current_id: str | None = None  # the project shown below
        self.current_milestone: str | None = None
        self._wanted: str | None = None  # show_project(): select this one when the list arrives
        self._filling = False

        title = set_role(QLabel(self.tr("New-store opening")), "title")
        self.count_label = set_role(QLabel(objectName="count"), "muted")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count_label)

        self.filter_bar = FilterBar(self)
        self.search = self.filter_bar.add_search(self.tr("Store code or name (Ctrl+F)"))
        self.status = self.filter_bar.add_combo("statusFilter", None, [
            (self.tr("Active projects"), "active"), (self.tr("Opened"), "opened"),
            (self.tr("Cancelled"), "cancelled"), (self.tr("All projects"), ALL)], min_chars=8)
        self.filter_bar.add_stretch()
        self.filter_bar.changed.connect(self.reload)

        # project actions
        self.buttons = QHBoxLayout()
        self.new_button = self._button(self.buttons, self.tr("New project..."), "fa5s.plus", "newProject",
                                       QKeySequence.StandardKey.New)
        self.edit_button = self._button(self.buttons, self.tr("Edit..."), "fa5s.edit", "editProject", "F2")
        self.move_button = self._button(self.buttons, self.tr("Move opening date..."), "fa5s.calendar-alt",
                                        "moveDate")
        self.open_button = self._button(self.buttons, self.tr("Open store..."), "fa5s.door-open", "openStore")
        self.cancel_button = self._button(self.buttons, self.tr("Cancel project..."), "fa5s.ban", "cancelProject")
        from ui.widgets.reports import ExportButton

        self.report_button = ExportButton(ctx, self._countdown_build, self._countdown_name, self)
        self.report_button.setObjectName("countdownReport")
        self.report_button.setText(self.tr("Countdown report (PDF)"))
        self.report_button.setIcon(qta.icon("fa5s.file-pdf", color=ICON))
        self.report_button.setToolTip(self.tr("The opening countdown of the selected project as a PDF, plain or signed"))
        self.buttons.addWidget(self.report_button)
        self.buttons.addStretch(1)
        self.notice = set_role(QLabel(objectName="notice"), "ok")
        self.buttons.addWidget(self.notice)
        self.new_button.clicked.connect(self.new_project)
        self.edit_button.clicked.connect(self.edit_project)
        self.move_button.clicked.connect(self.move_date)
        self.open_button.clicked.connect(self.open_store)
        self.cancel_button.clicked.connect(self.cancel_project)

        # the projects
        self.projects = _table("projects", [
            self.tr("Code"), self.tr("Store"), self.tr("Opening day"), self.tr("Days to opening"),
            self.tr("Progress"), self.tr("Gates passed"), self.tr("Late"), self.tr("Status"), self.tr("Owner")], context_menu=True)
        self.projects.setItemDelegateForColumn(PROJECT_COLUMNS.index("progress"), _ProgressDelegate(self.projects))
        _widths(self.projects, (70, 150, 96, 100, 150, 84, 60, 84, 100))
        self.projects.itemSelectionChanged.connect(self._project_selected)
        self.projects.customContextMenuRequested.connect(self._project_menu)
        self.empty_label = set_role(QLabel(self.projects.viewport()), "muted")
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        hint_box = QVBoxLayout(self.projects.viewport())
        hint_box.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignCenter)

        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addLayout(head)
        top_column.addWidget(self.filter_bar)
        top_column.addLayout(self.buttons)
        top_column.addWidget(self.projects, 1)

        # the project
        self.header = QLabel(objectName="projectHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline = TimelineWidget()
        self.timeline.milestoneClicked.connect(self.select_milestone)

        self.milestone_buttons = QHBoxLayout()
        mb = self.milestone_buttons
        self.done_button = self._button(mb, self.tr("Done"), "fa5s.check", "milestoneDone")
        self.reopen_button = self._button(mb, self.tr("Reopen..."), "fa5s.undo", "milestoneReopen")
        self.notes_button = self._button(mb, self.tr("Notes and photos..."), "fa5s.sticky-note", "milestoneNotes")
        self.accept_button = self._button(mb, self.tr("Start acceptance"), "fa5s.clipboard-check", "gateAcceptance")
        self.certificate_button = self._button(mb, self.tr("View certificate"), "fa5s.certificate",
                                               "gateCertificate")
        self.check_button = self._button(mb, self.tr("Check gate"), "fa5s.tasks", "checkGate")
        self.equipment_button = self._button(mb, self.tr("Equipment page"), "fa5s.cogs", "equipmentPage")
        self.training_button = self._button(mb, self.tr("Training sign-off..."), "fa5s.user-graduate",
                                            "trainingSignOff")
        mb.addStretch(1)
        self.done_button.setToolTip(self.tr("Mark the selected milestone done (Space or Ctrl+Enter)"))
        self.done_button.clicked.connect(self.complete_milestone)
        self.reopen_button.clicked.connect(self.reopen_milestone)
        self.notes_button.clicked.connect(self.milestone_notes)
        self.accept_button.clicked.connect(self.gate_acceptance)
        self.certificate_button.clicked.connect(self.view_certificate)
        self.check_button.clicked.connect(self.check_gate)
        self.equipment_button.clicked.connect(self.show_equipment)
        self.training_button.clicked.connect(self.training)

        self.milestones = _table("milestones", [
            self.tr("Milestone"), self.tr("Owner"), self.tr("Due"), self.tr("Done"), self.tr("Gate"),
            self.tr("Notes"), self.tr("Photos")], context_menu=True)
        _widths(self.milestones, (190, 170, 92, 150, 170, 180, 50))
        self.milestones.itemSelectionChanged.connect(self._milestone_selected)
        self.milestones.customContextMenuRequested.connect(self._milestone_menu)
        self.milestones.doubleClicked.connect(lambda _i: self.milestone_notes())
        for key in ("Space", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self.milestones, activated=self.complete_milestone,
                      context=Qt.ShortcutContext.WidgetShortcut)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.milestones, activated=self.milestone_notes,
                      context=Qt.ShortcutContext.WidgetShortcut)

        plan = QWidget()
        plan_column = QVBoxLayout(plan)
        plan_column.setContentsMargins(0, 4, 0, 0)
        self.plan_split = QSplitter(Qt.Orientation.Vertical)
        self.plan_split.setChildrenCollapsible(False)
        self.timeline_area = QScrollArea(objectName="timelineArea")
        self.timeline_area.setWidgetResizable(True)
        self.timeline_area.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_area.setWidget(self.timeline)
        self.timeline_area.setMinimumHeight(120)
        self.plan_split.addWidget(self.timeline_area)
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        lower_column.addLayout(self.milestone_buttons)
        lower_column.addWidget(self.milestones, 1)
        self.plan_split.addWidget(lower)
        self.plan_split.setStretchFactor(0, 2)
        self.plan_split.setStretchFactor(1, 3)
        plan_column.addWidget(self.plan_split)

        self.history = _table("history", [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Details")])
        _widths(self.history, (130, 150, 100))
        self.tabs = QTabWidget(objectName="projectTabs")
        self.tabs.addTab(plan, self.tr("Plan"))
        self.tabs.addTab(self.history, self.tr("History"))

        detail = QWidget()
        detail_column = QVBoxLayout(detail)
        detail_column.setContentsMargins(0, 0, 0, 0)
        detail_column.addWidget(self.header)
        detail_column.addWidget(self.tabs, 1)
        self.nothing = set_role(QLabel(self.tr("Select a project to see its plan.")), "placeholder")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QStackedWidget(objectName="projectDetail")
        self.detail.addWidget(self.nothing)
        self.detail.addWidget(detail)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([225, 575])
        self.plan_split.setSizes([250, 300])
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)
        self._update_buttons()

    def _button(self, row: QHBoxLayout, text: str, icon: str, name: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QPushButton:
        button = QPushButton(qta.icon(icon, color=ICON), text, objectName=name)
        button.setAutoDefault(False)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        row.addWidget(button)
        return button

    # -- loading
    def day(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """The projects again, off the GUI thread; the selection (project and milestone) stays."""
        from ui.operations import load

        ctx, user_id, today = self.ctx, self.ctx.user_id, self.day()
        status = self.status.currentData()
        status = None if status == ALL else status
        search = self.search.text()
        load(self, lambda: read_projects(ctx, status, user_id, search, today), self._projects_loaded,
             key="projects", name="openings: projects")

    def _projects_loaded(self, rows: list[ProjectRow]) -> None:
        wanted = self._wanted
        if wanted is not None and not any(r.project.id == wanted for r in rows) and self.status.currentData() != ALL:
            self._set_status(ALL)  # the project asked for is filtered out: every project
            self.reload()
            return
        self._wanted = None
        self.rows = rows
        keep = wanted or self.current_id
        self._filling = True
        table = self.projects
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            p, h = row.project, row.health
            key = row.status
            late = len(h.late) if p.status == "active" else 0
            days_colour = RED if p.status == "active" and h.days_to_opening < 0 else ""
            progress = _item(f"{h.milestones_done}/{h.milestones_total} · {h.percent_done}%", p.id,
                             tip=self.tr("%1 of %2 milestones done").replace("%1", str(h.milestones_done))
                             .replace("%2", str(h.milestones_total)))
            progress.setData(PERCENT_ROLE, h.percent_done)
            status_tip = ""
            if p.status == "active" and h.at_risk:
                titles = [milestone_title(p.milestone(k)) for k in h.at_risk]
                status_tip = self.tr("Gates due within 7 days and not passed: %1").replace("%1", "、".join(titles))
            if p.status == "active" and h.late:
                status_tip = self.tr("Late: %1").replace("%1", "、".join(milestone_title(p.milestone(k))
                                                                        for k in h.late))
            cells = [
                _item(p.store_code, p.id),
                _item(p.store_name, p.id, tip=labels.store_kind(p.store_kind)),
                _item(p.target_date.isoformat(), p.id),
                _item(project_days_text(p, h), p.id, days_colour, bold=bool(days_colour)),
                progress,
                _item(f"{h.gates_passed}/{h.gates_total}", p.id),
                _item(str(late) if late else "", p.id, RED if late else "", bold=bool(late)),
                _item(status_text(key), p.id, status_colour(key), bold=key in ("at_risk", "late"), tip=status_tip),
                _item(p.owner_name, p.id),
            ]
            for column, cell in enumerate(cells):
                table.setItem(i, column, cell)
        self._filling = False
        self.count_label.setText(self.tr("%n project(s)", "", len(rows)))
        self._show_empty()
        index = next((i for i, r in enumerate(rows) if r.project.id == keep), 0 if rows else -1)
        if index >= 0:
            table.selectRow(index)
            table.scrollToItem(table.item(index, 0))
            self._project_selected(force=True)
        else:
            table.clearSelection()
            self._project_selected(force=True)

    def _show_empty(self) -> None:
        empty = not self.rows
        if empty:
            if self.search.text().strip():
                text = self.tr("No project matches the search. Clear it to see every project.")
            elif self.status.currentData() == "active":
                text = self.tr("No opening projects. Start one with New project... (Ctrl+N); opened and cancelled "
                               "projects show under the status filter.")
            else:
                text = self.tr("No opening projects here. Start one with New project... (Ctrl+N).")
            self.empty_label.setText(text)
        self.empty_label.setVisible(empty)

    def _set_status(self, value: str) -> None:
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(0, self.status.findData(value)))
        self.status.blockSignals(False)

    def show_project(self, project_id: str) -> None:
        """Select and show a project (the reminders and the dashboard open it here)."""
        self._wanted = project_id
        self.current_id = project_id
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.reload()

    def selected_row(self) -> ProjectRow | None:
        rows = self.projects.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _project_selected(self, force: bool = False) -> None:
        if self._filling:
            return
        row = self.selected_row()
        new_id = row.project.id if row is not None else None
        if new_id != self.current_id:
            self.current_milestone = None
        if new_id == self.current_id and not force:
            return
        self.current_id = new_id
        if new_id is None:
            self.view = None
            self.detail.setCurrentIndex(0)
            self.timeline.set_project(None)
            self._update_buttons()
            return
        self._load_project(new_id)
        self._update_buttons()

    def _load_project(self, project_id: str) -> None:
        from ui.operations import load

        ctx, today = self.ctx, self.day()
        load(self, lambda: read_project(ctx, project_id, today), self._project_loaded, key="project",
             name="openings: project")

    def _project_loaded(self, view: ProjectView) -> None:
        if view.project.id != self.current_id:
            return  # another project was chosen meanwhile (its own load follows)
        self.view = view
        self.detail.setCurrentIndex(1)
        self.header.setText(self._header_html(view))
        self.timeline.set_project(view.project, self.day())
        self._fill_milestones(view)
        self._fill_history(view)
        self._update_buttons()

    def _header_html(self, view: ProjectView) -> str:
        p, h = view.project, view.health
        e = html.escape
        key = status_key(p, h)
        colour = status_colour(key) or MUTED
        parts = [self.tr("Opening day %1").replace("%1", p.target_date.isoformat()),
                 project_days_text(p, h)]
        if p.owner_name:
            parts.append(self.tr("Owner: %1").replace("%1", p.owner_name))
        if p.franchisee_name:
            parts.append(self.tr("Franchisee: %1").replace("%1", p.franchisee_name))
        parts.append(self.tr("%1 of %2 milestones done · %3 of %4 gates passed")
                     .replace("%1", str(h.milestones_done)).replace("%2", str(h.milestones_total))
                     .replace("%3", str(h.gates_passed)).replace("%4", str(h.gates_total)))
        out = (f"<span style='font-size:16px'><b>{e(p.store_code)} {e(p.store_name)}</b></span> "
               f"&nbsp;<span style='color:{colour}'><b>{e(status_text(key))}</b></span>"
               f"<br/><span>{' · '.join(e(x) for x in parts)}</span>")
        if p.override_reason:
            out += (f"<br/><span style='color:{AMBER}'>"
                    + e(self.tr("Opened by a head-office override: %1").replace("%1", p.override_reason))
                    + "</span>")
        if p.notes:
            out += f"<br/><span style='color:{MUTED}'>{e(p.notes.splitlines()[0])}</span>"
        return out

    def gate_state(self, m: MilestoneDTO, view: ProjectView) -> tuple[str, str]:
        """A gate's state in words, and its colour."""
        if not m.gate:
            return "", ""
        if m.done:
            return self.tr("Passed"), GREEN
        kind = m.gate_kind
        if kind == "acceptance":
            run = view.runs.get(m.id)
            if run is None or run.status in ("signed", "superseded"):
                if run is not None and run.status == "signed":
                    return self.tr("Not passed: start a new acceptance"), RED
                return self.tr("Acceptance not started"), AMBER if m.id in {
                    view.project.milestone(k).id for k in view.health.at_risk} else ""
            if run.status == "draft":
                return self.tr("Acceptance in progress"), BLUE
            left = view.unsigned.get(run.id, 0)
            return self.tr("Awaiting %n signature(s)", "", left), AMBER
        missing = view.missing.get(m.id, [])
        return (missing_text(missing, kind) or self.tr("Ready: check the gate")), AMBER if missing else BLUE

    def _fill_milestones(self, view: ProjectView) -> None:
        table = self.milestones
        today = self.day()
        self._filling = True
        ms = view.project.milestones
        table.setRowCount(len(ms))
        for i, m in enumerate(ms):
            late = m.late(today)
            title = milestone_title(m)
            owner = labels.milestone_role(m.owner_role)
            names = view.owners.get(m.id, "")
            done = ""
            if m.done:
                done = labels.local_time(m.done_at)[:10]
                who = view.done_by.get(m.id, "")
                done += f" · {who}" if who else ""
            state, colour = self.gate_state(m, view)
            note = m.note.splitlines()[0] if m.note else ""
            due_tip = self.tr("Late by %n day(s)", "", (today - m.due_on).days) if late else ""
            if m.fixed_date is not None:
                due_tip = (due_tip + "\n" if due_tip else "") + self.tr("A fixed date: it does not move with the "
                                                                        "opening day")
            cells = [
                _item(("◆ " if m.gate else "") + title, m.id, GREEN if m.done else "",
                      tip=title + ("\n" + self.tr("Gate") if m.gate else "")),
                _item(owner + (" · " + names if names else ""), m.id),
                _item(m.due_on.isoformat(), m.id, RED if late else "", bold=late, tip=due_tip),
                _item(done, m.id, GREEN if m.done else ""),
                _item(state, m.id, colour, tip=state),
                _item(note, m.id, tip=m.note),
                _item(str(view.photos.get(m.id, 0)) if view.photos.get(m.id) else "", m.id),
            ]
            if m.done:
                for cell in cells:
                    cell.setBackground(QBrush(QColor("#f0fdf4")))
            elif late:
                for cell in cells:
                    cell.setBackground(QBrush(QColor("#fff5f5")))
            for column, cell in enumerate(cells):
                table.setItem(i, column, cell)
        self._filling = False
        index = next((i for i, m in enumerate(ms) if m.id == self.current_milestone), -1)
        if index < 0 and ms:  # the first milestone still open: where the work is
            index = next((i for i, m in enumerate(ms) if not m.done), 0)
        if index >= 0:
            table.selectRow(index)
            table.scrollToItem(table.item(index, 0))
        self._milestone_selected()

    def _fill_history(self, view: ProjectView) -> None:
        table = self.history
        events = list(reversed(view.project.events))  # newest first
        titles = {m.id: milestone_title(m) for m in view.project.milestones}
        table.setRowCount(len(events))
        for i, ev in enumerate(events):
            who = ev.user_name
            if ev.kind == "date_moved":
                detail = (f"{ev.from_date.isoformat() if ev.from_date else ''} → "
                          f"{ev.to_date.isoformat() if ev.to_date else ''}")
                detail += ("  " + ev.note) if ev.note else ""
            elif ev.kind == "created":
                detail = self.tr("Opening day %1").replace("%1", ev.to_date.isoformat() if ev.to_date else "")
                detail += "  " + self.tr("Plan: %1").replace("%1", ev.note) if ev.note else ""
            elif ev.kind == "training_signed":
                detail = self.tr("%1 signed off").replace("%1", ev.user_name) + ("  " + ev.note if ev.note else "")
                who = ""
            elif ev.kind == "opened":
                detail = ev.to_date.isoformat() if ev.to_date else ""
            elif ev.kind == "gate_passed":
                result = {"accepted": labels.equipment_status("accepted"),
                          "conditional": labels.equipment_status("conditional")}.get(ev.note, ev.note)
                detail = titles.get(ev.milestone_id or "", "") + (" · " + result if result else "")
            else:
                detail = " · ".join(x for x in (titles.get(ev.milestone_id or "", ""), ev.note) if x)
            colour = AMBER if ev.kind in ("override", "date_moved", "cancelled") else \
                GREEN if ev.kind in ("gate_passed", "opened") else ""
            cells = [_item(labels.local_time(ev.at), ev.id), _item(labels.opening_event(ev.kind), ev.id, colour,
                                                                   bold=ev.kind == "override"),
                     _item(who, ev.id), _item(detail, ev.id, tip=detail)]
            for column, cell in enumerate(cells):
                table.setItem(i, column, cell)

    # -- milestones
    def selected_milestone(self) -> MilestoneDTO | None:
        if self.view is None:
            return None
        rows = self.milestones.selectionModel().selectedRows()
        if not rows:
            return None
        ms = self.view.project.milestones
        return ms[rows[0].row()] if rows[0].row() < len(ms) else None

    def select_milestone(self, milestone_id: str | None) -> None:
        """Select a milestone's row (the timeline was clicked)."""
        if self.view is None or milestone_id is None:
            return
        for i, m in enumerate(self.view.project.milestones):
            if m.id == milestone_id:
                self.milestones.selectRow(i)
                self.milestones.scrollToItem(self.milestones.item(i, 0))
                return

    def _milestone_selected(self) -> None:
        if self._filling:
            return
        m = self.selected_milestone()
        self.current_milestone = m.id if m is not None else None
        self.timeline.select(self.current_milestone)
        if m is not None:  # the bar in sight
            from ui.pages.openings import timeline

            index = [x.id for x in self.view.project.milestones].index(m.id)
            y = timeline.HEADER_HEIGHT + index * timeline.ROW_HEIGHT
            self.timeline_area.ensureVisible(0, y + timeline.ROW_HEIGHT // 2, 0, timeline.ROW_HEIGHT)
        self._update_buttons()

    def _waiting_for(self, m: MilestoneDTO) -> list[str]:
        assert self.view is not None
        done = {x.key for x in self.view.project.milestones if x.done}
        return [milestone_title(self.view.project.milestone(k)) for k in m.after
                if k not in done and any(x.key == k for x in self.view.project.milestones)]

    def done_refusal(self, m: MilestoneDTO | None) -> str:
        """Why Done is not offered for the milestone ("" when it is)."""
        view = self.view
        if view is None or m is None:
            return self.tr("Select a milestone.")
        if view.project.status != "active":
            return self.tr("The project is %1: it can no longer change.").replace(
                "%1", labels.project_status(view.project.status))
        if m.gate:
            return self.tr("A gate is passed by its acceptance or check, not by hand.")
        if m.done:
            return self.tr("This milestone is already done.")
        if m.id not in view.completable:
            return self.tr("Only the milestone's owners, the project owner, operations managers and head office "
                           "can change it.")
        waiting = self._waiting_for(m)
        if waiting:
            return self.tr("Finish these first: %1").replace("%1", "、".join(waiting))
        return ""

    def _update_buttons(self) -> None:
        view = self.view if self.view is not None and self.view.project.id == self.current_id else None
        project = view.project if view is not None else None
        active = project is not None and project.status == "active"
        not_active = self.tr("Select an active project.") if project is None or not active else ""
        for button in (self.move_button, self.open_button, self.cancel_button):
            button.setEnabled(active)
        self.edit_button.setEnabled(project is not None and project.status != "cancelled")
        self.report_button.setEnabled(project is not None)
        for button, tip in ((self.move_button, self.tr("Move the opening day; open milestones move with it")),
                            (self.open_button, self.tr("Open the store: every gate must have passed")),
                            (self.cancel_button, self.tr("Stop this opening (a reason is required)"))):
            button.setToolTip(not_active or tip)

        m = self.selected_milestone() if view is not None else None
        why = self.done_refusal(m)
        self.done_button.setEnabled(not why)
        self.done_button.setToolTip(why or self.tr("Mark the selected milestone done (Space or Ctrl+Enter)"))
        may = view is not None and m is not None and m.id in view.completable
        can_reopen = active and m is not None and m.done and may
        self.reopen_button.setEnabled(can_reopen)
        self.reopen_button.setToolTip(
            self.tr("Undo the milestone (a passed gate must then pass again)") if can_reopen else
            not_active or (self.tr("This milestone is not done.") if m is not None and not m.done else
                           self.tr("Only the milestone's owners, the project owner, operations managers and head "
                                   "office can change it.") if m is not None else self.tr("Select a milestone.")))
        self.notes_button.setEnabled(m is not None and project is not None and project.status != "cancelled")
        self.notes_button.setToolTip(self.tr("The milestone's note and evidence photos (Enter)"))

        kind = m.gate_kind if m is not None else None
        self.accept_button.setVisible(kind == "acceptance")
        self.certificate_button.setVisible(kind == "acceptance")
        self.check_button.setVisible(kind == "equipment")
        self.equipment_button.setVisible(kind == "equipment")
        self.training_button.setVisible(kind == "training")
        if m is None or view is None:
            return
        if kind == "acceptance":
            run = view.runs.get(m.id)
            going = run is not None and run.status in ("draft", "completed")
            self.accept_button.setText(self.tr("Continue acceptance") if going else self.tr("Start acceptance"))
            waiting = self._waiting_for(m)
            ok = active and not m.done and (going or not waiting)
            self.accept_button.setEnabled(ok)
            self.accept_button.setToolTip(
                not_active or (self.tr("The gate has passed.") if m.done else
                               self.tr("Finish these first: %1").replace("%1", "、".join(waiting)) if not ok else
                               self.tr("The fit-out acceptance in the runner, then the contractor, the store "
                                       "manager and the supervisor sign")))
            has_certificate = m.done and bool(m.run_id)
            self.certificate_button.setEnabled(has_certificate)
            self.certificate_button.setToolTip(
                self.tr("The signed fit-out acceptance certificate as a PDF") if has_certificate else
                self.tr("The certificate is there once the acceptance is signed and the gate passed."))
        elif kind == "equipment":
            self.check_button.setEnabled(active and not m.done)
            self.check_button.setToolTip(not_active or (self.tr("The gate has passed.") if m.done else self.tr(
                "Pass the gate when every item of the store's equipment register has passed its acceptance")))
            self.equipment_button.setToolTip(self.tr("The store's equipment and their acceptances"))
        elif kind == "training":
            self.training_button.setEnabled(project.status != "cancelled")
            self.training_button.setToolTip(self.tr("Sign off each clerk: can operate the till and introduce the "
                                                    "products"))

    # -- doing
    def say(self, text: str) -> None:
        self.notice.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def _refused(self, exc: BaseException, title: str) -> None:
        QMessageBox.warning(self, title, describe(exc))

    def _changed(self, text: str = "", project_id: str | None = None) -> None:
        """After a change: the list and the view again (off the GUI thread), the selection kept."""
        if project_id:
            self.current_id = project_id
            self._wanted = project_id
        if text:
            self.say(text)
        self.reload()

    def complete_milestone(self) -> None:
        m = self.selected_milestone()
        if m is None or self.done_refusal(m):
            return
        try:
            openings.complete_milestone(self.ctx, m.id)
        except OpsDeskError as exc:
            self._refused(exc, self.tr("Mark done"))
            self._changed()
            return
        self._changed(self.tr("Done: %1").replace("%1", milestone_title(m)))

    def reopen_milestone(self) -> None:
        from ui.widgets.confirm import confirm

        m = self.selected_milestone()
        if m is None or not m.done:
            return
        question = self.tr("Reopen %1? It counts as not done again.").replace("%1", milestone_title(m))
        if m.gate:
            question += "\n" + self.tr("The gate must then pass again by its own rule.")
        if not confirm(self, self.tr("Reopen milestone"), question):
            return
        try:
            openings.reopen_milestone(self.ctx, m.id)
        except OpsDeskError as exc:
            self._refused(exc, self.tr("Reopen milestone"))
            return
        self._changed(self.tr("Reopened: %1").replace("%1", milestone_title(m)))

    def milestone_notes(self) -> None:
        from ui.pages.openings.dialogs import MilestoneDialog

        m = self.selected_milestone()
        if m is None or not self.notes_button.isEnabled():
            return
        try:
            dialog = MilestoneDialog(self.ctx, m.id, self)
        except OpsDeskError as exc:
            self._refused(exc, self.tr("Notes and photos"))
            return
        dialog.exec()
        self._changed()

    def gate_acceptance(self) -> None:
        """Start (or continue: a draft, or a completed one still to sign) the gate's fit-out acceptance."""
        m = self.selected_milestone()
        if m is None or m.gate_kind != "acceptance" or not self.accept_button.isEnabled():
            return
        try:
            run = latest_gate_run(self.ctx, m.id)
            if run is None or run.status not in ("draft", "completed"):
                run = openings.start_gate_acceptance(self.ctx, m.id)
        except OpsDeskError as exc:
            self._refused(exc, self.tr("Acceptance"))
            return
        run_fitout(self.ctx, run.id, self)
        after = openings.get_project(self.ctx, m.project_id).milestone(m.key)
        self._changed(self.tr("Gate passed: %1").replace("%1", milestone_title(m)) if after.done else "")

    def view_certificate(self) -> None:
        """The passed gate's acceptance certificate: built in the background, previewed, saved."""
        from ui.widgets.reports import ReportExporter

        m = self.selected_milestone()
        if m is None or not m.run_id:
            return
        if getattr(self, "certificate_exporter", None) is None:
            self.certificate_exporter = ReportExporter(self.ctx, self)
        try:
            self.certificate_exporter.export(fitout_build(self.ctx, m.run_id), fitout_name(self.ctx, m.run_id))
        except (OpsDeskError, ImportError) as exc:
            self._refused(exc, self.tr("View certificate"))

    def check_gate(self) -> None:
        m = self.selected_milestone()
        if m is None or m.gate_kind not in ("equipment", "training"):
            return
        try:
            openings.check_gate(self.ctx, m.id)
        except OpsDeskError as exc:
            self._refused(exc, self.tr("Check gate"))
            self._changed()
            return
        self._changed(self.tr("Gate passed: %1").replace("%1", milestone_title(m)))

    def show_equipment(self) -> None:
        """The equipment page, on this store's items where its filter offers the store."""
        window = self.window()
        if self.view is None or not hasattr(window, "show_page"):
            return
        store_id = self.view.project.store_id
        window.show_page("equipment")
        page = window.pages["equipment"]
        combo = getattr(page, "store", None)
        if combo is not None and combo.findData(store_id) >= 0:
            combo.setCurrentIndex(combo.findData(store_id))

    def training(self) -> None:
        from ui.pages.openings.dialogs import TrainingDialog

        m = self.selected_milestone()
        if m is None or m.gate_kind != "training":
            return
        try:
            dialog = TrainingDialog(self.ctx, m.id, self)
        except OpsDeskError as exc:
            self._refused(exc, self.tr("Training sign-off"))
            return
        dialog.exec()
        self._changed()

    # -- project actions
    def _project_dialog(self, name: str, done_text: str) -> None:
        from ui.pages.openings import dialogs

        project = self.view.project if self.view is not None else None
        if project is None:
            return
        dialog = getattr(dialogs, name)(self.ctx, project, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            changed = getattr(dialog, "project", None) or project
            self._changed(done_text.replace("%1", changed.store_code), changed.id)

    def new_project(self) -> None:
        from ui.pages.openings.dialogs import NewProjectDialog

        dialog = NewProjectDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and getattr(dialog, "project", None) is not None:
            made = dialog.project
            self._changed(self.tr("Opening project for %1 started.").replace("%1", made.store_code), made.id)

    def edit_project(self) -> None:
        if self.edit_button.isEnabled():
            self._project_dialog("EditProjectDialog", self.tr("Project %1 saved."))

    def move_date(self) -> None:
        if self.move_button.isEnabled():
            self._project_dialog("MoveDateDialog", self.tr("Opening day of %1 moved."))

    def open_store(self) -> None:
        if self.open_button.isEnabled():
            self._project_dialog("OpenStoreDialog", self.tr("Store %1 is open."))

    def cancel_project(self) -> None:
        if self.cancel_button.isEnabled():
            self._project_dialog("CancelProjectDialog", self.tr("Project %1 cancelled."))

    def _countdown_build(self):
        from opsdesk.reports.opening import build_countdown
        from ui.widgets.reports import report_language

        ctx, project_id, lang, today = self.ctx, self.current_id, report_language(), self.day()
        return lambda path: build_countdown(ctx, project_id, path, lang=lang, today=today)

    def _countdown_name(self) -> str:
        from opsdesk.reports.opening import countdown_file_name
        from ui.widgets.reports import report_language

        project = self.view.project if self.view is not None else openings.get_project(self.ctx, self.current_id)
        return countdown_file_name(project, report_language())

    # -- context menus
    def _project_menu(self, pos) -> None:
        menu = QMenu(self)
        for button in (self.new_button, self.edit_button, self.move_button, self.open_button, self.cancel_button):
            action = menu.addAction(button.icon(), button.text(), button.click)
            action.setEnabled(button.isEnabled())
        menu.addSeparator()
        report = menu.addAction(self.report_button.icon(), self.report_button.text(),
                                self.report_button.plain_action.trigger)
        report.setEnabled(self.report_button.isEnabled())
        self.context_menu = menu  # tests look at it
        menu.popup(self.projects.viewport().mapToGlobal(pos))

    def _milestone_menu(self, pos) -> None:
        menu = QMenu(self)
        for button in (self.done_button, self.reopen_button, self.notes_button, self.accept_button,
                       self.certificate_button, self.check_button, self.equipment_button, self.training_button):
            if button.isHidden():
                continue
            action = menu.addAction(button.icon(), button.text(), button.click)
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
        menu.setToolTipsVisible(True)
        self.context_menu = menu
        menu.popup(self.milestones.viewport().mapToGlobal(pos))


__all__ = ["OpeningsPage", "days_text", "latest_gate_run", "missing_text", "run_fitout"]
