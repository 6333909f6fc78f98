"""Promotion plans (促销方案): the plans by status with their counts, a month calendar, and one plan's view.

Top: chips counting the plans per status (a click filters the list), the search (Ctrl+F), a List / Calendar
switch, the plan actions and the plans the user sees (``PromotionQuery.visible_to``). Below: the selected
plan in tabs -- Overview (with a red banner for a clash of decisions made apart, or a plan changed after it
was submitted), Offer, Budget, Stores (targets and franchise acknowledgements), Approvals (the decision
trail), Execution (checks per store) and Results (targets against results by store, region and in total).

The services decide and refuse; the page offers a step only when the current user and the plan's status
allow it, and a disabled button's tooltip says why. Every read runs off the GUI thread
(``ui.operations.load``); after a change the list and the view reload and keep the selection.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, org, promotions, runs
from opsdesk.services.promotions import (
    ALL_SEEING_ROLES,
    CLOSER_ROLES,
    LEVEL_ROLES,
    PROPOSER_ROLES,
    STATUSES,
    PromotionDTO,
    PromotionQuery,
    ResultRow,
    StoreClash,
)
from ui import labels
from ui.errors import describe
from ui.style import AMBER, GREEN, ICON, MUTED, PROMOTION_COLOURS, RED, set_role, styled
from ui.widgets.filter_bar import FilterBar
from ui.widgets.plain_table import cell as _item
from ui.widgets.plain_table import fill as _fill
from ui.widgets.plain_table import fit_widths as _widths
from ui.widgets.plain_table import plain_table as _table
from ui.widgets.unlock_key import decision_words

ALL = "all"  # the chip of every plan
ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = PROMOTION_COLOURS  # a status's colour (ui/style.py): chips, list, header
PLAN_COLUMNS = ("code", "theme", "type", "period", "stores", "budget", "status", "waiting", "acks")
STORE_COLUMNS = ("code", "store", "kind", "region", "sales", "transactions", "new_members", "custom", "ack")
TRAIL_COLUMNS = ("when", "who", "level", "decision", "comment")
CHECK_COLUMNS = ("store", "checks", "date", "status", "score")
ACKED = ("approved", "running", "ended", "closed")  # statuses whose franchise stores acknowledge


# ---------------------------------------------------------------- texts


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{Decimal(value):,.2f}"


def number(value: Decimal | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal) and value != value.to_integral_value():
        return f"{value:,.2f}"
    return f"{int(value):,}"


def period_text(plan: PromotionDTO) -> str:
    out = f"{plan.starts_on.isoformat()} – {plan.ends_on.isoformat()}"
    if plan.start_time or plan.end_time:
        out += f"  {plan.start_time or '00:00'}–{plan.end_time or '24:00'}"
    return out


def type_name(plan: PromotionDTO) -> str:
    return labels.template_text(plan.type_name, plan.type_name_en)


def acks_of(plan: PromotionDTO) -> tuple[int, int]:
    """Franchise acknowledgements of the plan as it is now: (done, due)."""
    due = [x.store_id for x in plan.stores if x.store_kind == "franchise"]
    done = {e.store_id for e in plan.events if e.kind == "acknowledge" and e.content_hash == plan.content_hash}
    return sum(1 for s in due if s in done), len(due)


def waiting_text(plan: PromotionDTO) -> str:
    level = plan.status.waiting
    if not level or plan.status.status in ("cancelled", "closed"):
        return ""
    return labels.decision_level(level)


def measure_name(plan: PromotionDTO, measure: str) -> str:
    if measure == "custom" and plan.custom_measure:
        return plan.custom_measure + (f" ({plan.custom_unit})" if plan.custom_unit else "")
    return labels.measure(measure)


def clash_text(plan: PromotionDTO) -> str:
    """两个审核意见冲突：A 同意，B 驳回 — 需重新审核."""
    by_id = {e.id: e for e in plan.events}
    said = []
    for eid in plan.status.clashing:
        e = by_id.get(eid)
        if e is None:
            continue
        if e.kind == "approve":
            said.append(QCoreApplication.translate("PromotionsPage", "%1 approved").replace("%1", e.user_name))
        elif e.kind == "reject":
            said.append(QCoreApplication.translate("PromotionsPage", "%1 rejected").replace("%1", e.user_name))
        else:
            said.append(f"{e.user_name} {labels.decision_kind(e.kind)}")
    level = labels.decision_level(plan.status.waiting or "review")
    return QCoreApplication.translate("PromotionsPage", "Conflicting %1 decisions: %2 — decide again at %1").replace("%1", level).replace(
        "%2", QCoreApplication.translate("PromotionsPage", ", ").join(said))


def changed_text() -> str:
    return QCoreApplication.translate("PromotionsPage", "The content was changed after it was submitted: submit it again for approval")


# ---------------------------------------------------------------- reading (off the GUI thread)


@dataclass
class PlansData:
    plans: list[PromotionDTO]
    counts: dict[str, int]
    me: org.UserDTO | None


@dataclass
class PlanView:
    """Everything the lower half shows of one plan, read in one go off the GUI thread."""

    plan: PromotionDTO
    acks: list[promotions.Acknowledgement] = field(default_factory=list)
    checks: list = field(default_factory=list)  # RunSummaryDTO, newest first
    results: tuple[list[ResultRow], list[ResultRow], ResultRow] | None = None
    clashes: list[StoreClash] = field(default_factory=list)
    decisions: dict[str, list] = field(default_factory=dict)  # event id -> its decisions' states (decisions.Decided)


def read_plans(ctx: AppContext, status: str | None, user_id: str | None, search: str,
               today: date) -> PlansData:
    me = None
    if user_id:
        try:
            me = org.get_user(ctx, user_id)
        except OpsDeskError:
            me = None
    plans = promotions.list_plans(ctx, PromotionQuery(status=status, visible_to=user_id, search=search), today)
    return PlansData(plans, promotions.status_counts(ctx, visible_to=user_id, today=today), me)


def read_plan(ctx: AppContext, promotion_id: str, today: date) -> PlanView:
    plan = promotions.get_plan(ctx, promotion_id, today)
    view = PlanView(plan)
    view.acks = promotions.acknowledgements(ctx, promotion_id)
    view.checks = promotions.checks_of(ctx, promotion_id)
    view.results = promotions.results_table(ctx, promotion_id)
    view.clashes = promotions.store_clashes(ctx, promotion_id, today)
    decided = [ev.id for ev in plan.events if ev.kind in ("submit", "approve", "reject")]
    if decided:
        from opsdesk import decisions

        with ctx.read() as s:  # each decision's signature state (one indexed read each), for the trail's tooltips
            view.decisions = {i: decisions.decision_state(s, ctx.db, "promotion_event", i) for i in decided}
    return view


def read_month(ctx: AppContext, user_id: str | None, first: date, last: date,
               today: date) -> tuple[list[PromotionDTO], list[StoreClash]]:
    plans = promotions.list_plans(ctx, PromotionQuery(visible_to=user_id, overlapping=(first, last)), today)
    ids = {p.id for p in plans}
    clashes = [c for c in promotions.store_clashes(ctx, None, today)
               if c.first_id in ids and c.second_id in ids and c.overlap_from <= last and c.overlap_to >= first]
    return plans, clashes


# ---------------------------------------------------------------- tables


# ---------------------------------------------------------------- the page


class PromotionsPage(QWidget):
    SHOWS = frozenset({"promotion", "promotion_store", "promotion_tier", "promotion_material", "promotion_budget",
                       "promotion_event", "promotion_type", "checklist_run", "signature", "store", "user",
                       "assignment"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: date | None = None  # None: the real today (tests fix it)
        self.plans: list[PromotionDTO] = []
        self.counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
        self.me: org.UserDTO | None = None
        self.view: PlanView | None = None
        self.current_id: str | None = None
        self.status_filter: str | None = None  # a status of STATUSES, None: every plan
        self._wanted: str | None = None
        self._filling = False
        self.month = date.today().replace(day=1)  # the calendar's month
        self.calendar = None  # PromotionCalendar, made when first shown

        title = set_role(QLabel(self.tr("Promotions")), "title")
        self.count_label = set_role(QLabel(objectName="count"), "muted")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.count_label)

        # counts per status: a click filters the list
        chips = QHBoxLayout()
        chips.setSpacing(4)
        self.chips: dict[str, QToolButton] = {}
        for key in (ALL,) + STATUSES:
            chip = QToolButton(objectName="chip_" + key)
            chip.setCheckable(True)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setProperty("promo", key if key in STATUS_COLOURS else "all")
            styled(chip)
            chip.clicked.connect(lambda _c=False, k=key: self.chip_clicked(k))
            chips.addWidget(chip)
            self.chips[key] = chip
        chips.addStretch(1)

        self.filter_bar = FilterBar(self)
        self.search = self.filter_bar.add_search(self.tr("Theme or code (Ctrl+F)"))
        self.filter_bar.add_stretch()
        self.filter_bar.changed.connect(self.reload)
        bar_row = self.filter_bar.first_row
        self.list_mode = QToolButton(objectName="listMode", text=self.tr("List"))
        self.calendar_mode = QToolButton(objectName="calendarMode", text=self.tr("Calendar"))
        self.mode_group = QButtonGroup(self)
        for i, (button, icon) in enumerate(((self.list_mode, "fa5s.list"), (self.calendar_mode, "fa5s.calendar-alt"))):
            button.setCheckable(True)
            button.setIcon(qta.icon(icon, color=ICON))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.mode_group.addButton(button, i)
        self.list_mode.setChecked(True)
        self.list_mode.setToolTip(self.tr("The plans as a list (Ctrl+Shift+L)"))
        self.calendar_mode.setToolTip(self.tr("The plans of a month by store and day (Ctrl+Shift+M)"))
        self.mode_group.idClicked.connect(self.set_mode)
        for w in (self.list_mode, self.calendar_mode):
            bar_row.addWidget(w)
        QShortcut(QKeySequence("Ctrl+Shift+L"), self, activated=lambda: self.set_mode(0),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Shift+M"), self, activated=lambda: self.set_mode(1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        # plan actions
        self.buttons = QHBoxLayout()
        b = self.buttons
        self.new_button = self._button(b, self.tr("New plan..."), "fa5s.plus", "newPlan", QKeySequence.StandardKey.New)
        self.edit_button = self._button(b, self.tr("Edit..."), "fa5s.edit", "editPlan", "F2")
        self.submit_button = self._button(b, self.tr("Submit..."), "fa5s.paper-plane", "submitPlan", "Ctrl+Shift+S")
        self.review_button = self._button(b, self.tr("Review..."), "fa5s.user-check", "reviewPlan", "Ctrl+Shift+R")
        self.approve_button = self._button(b, self.tr("Approve..."), "fa5s.stamp", "approvePlan", "Ctrl+Shift+A")
        self.cancel_button = self._button(b, self.tr("Cancel plan..."), "fa5s.ban", "cancelPlan")
        self.close_button = self._button(b, self.tr("Close with review..."), "fa5s.flag-checkered", "closePlan")
        from ui.widgets.reports import ExportButton

        self.plan_pdf = ExportButton(ctx, self._plan_build, self._plan_name, self)
        self.plan_pdf.setObjectName("planPdf")
        self.plan_pdf.setText(self.tr("Plan PDF"))
        self.plan_pdf.setIcon(qta.icon("fa5s.file-pdf", color=ICON))
        self.plan_pdf.setToolTip(self.tr("The promotion plan with its approval trail and acknowledgements as a "
                                         "PDF, plain or signed"))
        self.review_pdf = ExportButton(ctx, self._review_build, self._review_name, self)
        self.review_pdf.setObjectName("reviewPdf")
        self.review_pdf.setText(self.tr("Review PDF"))
        self.review_pdf.setIcon(qta.icon("fa5s.file-pdf", color=ICON))
        self.review_pdf.setToolTip(self.tr("Targets against results by store and region, budget used, execution "
                                           "scores and lessons as a PDF, plain or signed"))
        b.addWidget(self.plan_pdf)
        b.addWidget(self.review_pdf)
        b.addStretch(1)
        self.notice = set_role(QLabel(objectName="notice"), "ok")
        b.addWidget(self.notice)
        self.new_button.clicked.connect(self.new_plan)
        self.edit_button.clicked.connect(self.edit_plan)
        self.submit_button.clicked.connect(lambda: self.decide("submit"))
        self.review_button.clicked.connect(lambda: self.decide("review"))
        self.approve_button.clicked.connect(lambda: self.decide("approval"))
        self.cancel_button.clicked.connect(lambda: self.decide("cancel"))
        self.close_button.clicked.connect(lambda: self.decide("close"))

        # the plans
        self.table = _table("plans", [
            self.tr("Code"), self.tr("Theme"), self.tr("Type"), self.tr("Period"), self.tr("Stores"),
            self.tr("Budget (yuan)"), self.tr("Status"), self.tr("Waiting for"), self.tr("Acknowledged")])
        _widths(self.table, (96, 200, 120, 250, 50, 100, 130, 80, 70))
        self.table.itemSelectionChanged.connect(self._plan_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._plan_menu)
        self.table.doubleClicked.connect(lambda _i: self.edit_plan())
        self.empty_label = set_role(QLabel(self.table.viewport()), "muted")
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        hint_box = QVBoxLayout(self.table.viewport())
        hint_box.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignCenter)
        self.views = QStackedWidget(objectName="planViews")
        self.views.addWidget(self.table)
        self.calendar_holder = QWidget()
        QVBoxLayout(self.calendar_holder).setContentsMargins(0, 0, 0, 0)
        self.views.addWidget(self.calendar_holder)

        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addLayout(head)
        top_column.addLayout(chips)
        top_column.addWidget(self.filter_bar)
        top_column.addLayout(self.buttons)
        top_column.addWidget(self.views, 1)

        # the plan
        self.header = QLabel(objectName="planHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel(objectName="planBanner")
        self.banner.setWordWrap(True)
        set_role(self.banner, "alert")
        self.banner.hide()

        self.overview = QTextBrowser(objectName="overview")
        self.overview.setOpenLinks(False)

        offer = QWidget()
        offer_column = QVBoxLayout(offer)
        self.tiers = _table("tiers", [self.tr("Condition"), self.tr("Reward"), self.tr("Price (yuan)"),
                                      self.tr("Quota per store a day"), self.tr("Quota per store"),
                                      self.tr("Quota in total")])
        _widths(self.tiers, (220, 240, 90, 110, 100))
        self.materials = _table("materials", [self.tr("Kind"), self.tr("Material"), self.tr("Quantity"),
                                              self.tr("Deliver by")])
        _widths(self.materials, (90, 240, 90))
        offer_column.addWidget(set_role(QLabel(self.tr("Offer tiers")), "subheading"))
        offer_column.addWidget(self.tiers, 3)
        offer_column.addWidget(set_role(QLabel(self.tr("Materials")), "subheading"))
        offer_column.addWidget(self.materials, 2)

        budget = QWidget()
        budget_column = QVBoxLayout(budget)
        self.budget_lines = _table("budgetLines", [self.tr("Category"), self.tr("Description"), self.tr("Store"),
                                                   self.tr("Amount (yuan)")])
        _widths(self.budget_lines, (90, 240, 150))
        self.budget_categories = _table("budgetByCategory", [self.tr("Category"), self.tr("Amount (yuan)")])
        _widths(self.budget_categories, (120,))
        self.budget_stores = _table("budgetByStore", [self.tr("Store"), self.tr("Amount (yuan)")])
        _widths(self.budget_stores, (180,))
        self.budget_total = set_role(QLabel(objectName="budgetTotal"), "strong")
        sums = QHBoxLayout()
        sums.addWidget(self.budget_categories)
        sums.addWidget(self.budget_stores)
        budget_column.addWidget(self.budget_lines, 3)
        budget_column.addWidget(self.budget_total)
        budget_column.addLayout(sums, 2)

        stores = QWidget()
        stores_column = QVBoxLayout(stores)
        store_buttons = QHBoxLayout()
        self.ack_button = self._button(store_buttons, self.tr("Acknowledge..."), "fa5s.signature", "acknowledge")
        store_buttons.addStretch(1)
        self.ack_button.clicked.connect(self.acknowledge)
        self.stores = _table("stores", [self.tr("Code"), self.tr("Store"), self.tr("Kind"), self.tr("Region"),
                                        self.tr("Sales target"), self.tr("Transactions"), self.tr("New members"),
                                        self.tr("Custom"), self.tr("Acknowledgement")])
        _widths(self.stores, (70, 150, 70, 90, 100, 80, 80, 80))
        self.stores.itemSelectionChanged.connect(self._update_buttons)
        stores_column.addLayout(store_buttons)
        stores_column.addWidget(self.stores, 1)

        self.trail = _table("trail", [self.tr("When"), self.tr("Who"), self.tr("Level"), self.tr("Decision"),
                                      self.tr("Comment")])
        _widths(self.trail, (130, 100, 70, 90))

        execution = QWidget()
        execution_column = QVBoxLayout(execution)
        check_buttons = QHBoxLayout()
        self.check_button = self._button(check_buttons, self.tr("Start check"), "fa5s.clipboard-check", "startCheck")
        check_buttons.addStretch(1)
        self.check_button.clicked.connect(self.start_check)
        self.checks = _table("checks", [self.tr("Store"), self.tr("Checks"), self.tr("Latest"), self.tr("Status"),
                                        self.tr("Score")])
        _widths(self.checks, (180, 60, 100, 100))
        self.checks.itemSelectionChanged.connect(self._update_buttons)
        self.checks.doubleClicked.connect(lambda _i: self.open_check())
        execution_column.addLayout(check_buttons)
        execution_column.addWidget(self.checks, 1)

        results = QWidget()
        results_column = QVBoxLayout(results)
        result_buttons = QHBoxLayout()
        self.results_button = self._button(result_buttons, self.tr("Enter results..."), "fa5s.keyboard",
                                           "enterResults")
        self.import_button = self._button(result_buttons, self.tr("Import results..."), "fa5s.file-import",
                                          "importResults")
        result_buttons.addStretch(1)
        self.results_button.clicked.connect(self.enter_results)
        self.import_button.clicked.connect(self.import_results)
        self.results = _table("results", [self.tr("Store")])
        self.results.itemSelectionChanged.connect(self._update_buttons)
        self.results.doubleClicked.connect(lambda _i: self.enter_results())
        results_column.addLayout(result_buttons)
        results_column.addWidget(self.results, 1)

        self.tabs = QTabWidget(objectName="planTabs")
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(offer, self.tr("Offer"))
        self.tabs.addTab(budget, self.tr("Budget"))
        self.tabs.addTab(stores, self.tr("Stores"))
        self.tabs.addTab(self.trail, self.tr("Approvals"))
        self.tabs.addTab(execution, self.tr("Execution"))
        self.tabs.addTab(results, self.tr("Results"))
        self.tabs.currentChanged.connect(self._tab_shown)
        # A plan's tabs are filled one per turn of the event loop after it arrives, the one shown first (filling
        # them all at once stalled the GUI for a tenth of a second on a plan of 150 stores); a tab shown before
        # its turn is filled at once. ``fill_pending`` fills the rest now.
        self._pending: dict[int, Callable[[PlanView], None]] = {}
        self._fill_later = QTimer(self)
        self._fill_later.setSingleShot(True)
        self._fill_later.setInterval(0)
        self._fill_later.timeout.connect(self._fill_next)

        # store actions from anywhere on the page
        for key, slot in (("Ctrl+Shift+K", self.acknowledge), ("Ctrl+Shift+E", self.start_check),
                          ("Ctrl+Shift+T", self.enter_results), ("Ctrl+Shift+I", self.import_results)):
            QShortcut(QKeySequence(key), self, activated=slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        detail = QWidget()
        detail_column = QVBoxLayout(detail)
        detail_column.setContentsMargins(0, 0, 0, 0)
        detail_column.addWidget(self.header)
        detail_column.addWidget(self.banner)
        detail_column.addWidget(self.tabs, 1)
        self.nothing = set_role(QLabel(self.tr("Select a plan to see it.")), "placeholder")
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QStackedWidget(objectName="planDetail")
        self.detail.addWidget(self.nothing)
        self.detail.addWidget(detail)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([320, 480])
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter)
        self._update_chips()
        self._update_buttons()

    def _button(self, row: QHBoxLayout, text: str, icon: str, name: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QPushButton:
        button = QPushButton(qta.icon(icon, color=ICON), text, objectName=name)
        button.setAutoDefault(False)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        row.addWidget(button)
        return button

    # -- loading
    def day(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        """The plans and the counts again, off the GUI thread; the selection stays."""
        from ui.operations import load

        ctx, user_id, today, status = self.ctx, self.ctx.user_id, self.day(), self.status_filter
        search = self.search.text().strip()
        load(self, lambda: read_plans(ctx, status, user_id, search, today), self._plans_loaded, key="plans",
             name="promotions: plans")
        if self.views.currentIndex() == 1:
            self._load_month()

    def _plans_loaded(self, data: PlansData) -> None:
        wanted = self._wanted
        if wanted is not None and not any(p.id == wanted for p in data.plans) and self.status_filter is not None:
            self.status_filter = None  # the plan asked for is filtered out: every plan
            self.reload()
            return
        self._wanted = None
        self.plans, self.counts, self.me = data.plans, data.counts, data.me
        keep = wanted or self.current_id
        self._filling = True
        rows = []
        for p in data.plans:
            st = p.status.status
            done, due = acks_of(p)
            status_tip = ""
            if st == "clash":
                status_tip = clash_text(p)
            elif st == "changed":
                status_tip = changed_text()
            elif st == "returned" and p.status.returned_reason:
                status_tip = self.tr("Returned: %1").replace("%1", p.status.returned_reason)
            rows.append([
                _item(p.code, p.id),
                _item(p.theme, p.id, tip=p.theme),
                _item(type_name(p), p.id, tip=self.tr("Price promotion") if p.price_promotion else ""),
                _item(period_text(p), p.id),
                _item(str(len(p.stores)), p.id, right=True),
                _item(money(p.budget_total), p.id, right=True),
                _item(labels.promotion_status(st), p.id, STATUS_COLOURS.get(st, ""), bold=st in ("clash", "changed"),
                      tip=status_tip),
                _item(waiting_text(p), p.id),
                _item(f"{done}/{due}" if st in ACKED and due else "", p.id,
                      AMBER if st in ACKED and due and done < due else "",
                      tip=self.tr("%1 of %2 franchise stores have acknowledged the plan").replace(
                          "%1", str(done)).replace("%2", str(due)) if st in ACKED and due else ""),
            ])
        _fill(self.table, rows)
        self._filling = False
        self.count_label.setText(self.tr("%n plan(s)", "", len(data.plans)))
        self._update_chips()
        self._show_empty()
        index = next((i for i, p in enumerate(data.plans) if p.id == keep), 0 if data.plans else -1)
        if index >= 0:
            self.table.selectRow(index)
            self.table.scrollToItem(self.table.item(index, 0))
        else:
            self.table.clearSelection()
        self._plan_selected(force=True)

    def _update_chips(self) -> None:
        total = sum(self.counts.values())
        for key, chip in self.chips.items():
            n = total if key == ALL else self.counts.get(key, 0)
            name = self.tr("All") if key == ALL else labels.promotion_status(key)
            chip.setText(f"{name} {n}")
            chip.setChecked((self.status_filter or ALL) == key)
            chip.setVisible(key == ALL or n > 0 or self.status_filter == key)
            chip.setToolTip(self.tr("Show every plan") if key == ALL else
                            self.tr("Show only the plans with this status"))

    def chip_clicked(self, key: str) -> None:
        """A count chip: only its status (a second click, or All: every plan)."""
        self.status_filter = None if key == ALL or self.status_filter == key else key
        self._update_chips()
        self.reload()

    def _show_empty(self) -> None:
        empty = not self.plans
        if empty:
            if self.search.text().strip() or self.status_filter:
                text = self.tr("No plan matches the filter. Clear the search or click All to see every plan.")
            else:
                text = self.tr("No promotion plans yet. Draw one up with New plan... (Ctrl+N).")
            self.empty_label.setText(text)
        self.empty_label.setVisible(empty)

    def show_plan(self, promotion_id: str) -> None:
        """Select and show a plan (the calendar, the dashboard and the reminders open it here)."""
        self._wanted = promotion_id
        self.current_id = promotion_id
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.reload()

    def selected_plan(self) -> PromotionDTO | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.plans):
            return None
        return self.plans[rows[0].row()]

    def _plan_selected(self, force: bool = False) -> None:
        if self._filling:
            return
        plan = self.selected_plan()
        new_id = plan.id if plan is not None else None
        if new_id == self.current_id and not force:
            return
        self.current_id = new_id
        if self.calendar:
            self.calendar.select(new_id)
        if new_id is None:
            self.view = None
            self.detail.setCurrentIndex(0)
            self._update_buttons()
            return
        self._load_plan(new_id)
        self._update_buttons()

    def _load_plan(self, promotion_id: str) -> None:
        from ui.operations import load

        ctx, today = self.ctx, self.day()
        load(self, lambda: read_plan(ctx, promotion_id, today), self._plan_loaded, key="plan",
             name="promotions: plan")

    def _plan_loaded(self, view: PlanView) -> None:
        if view.plan.id != self.current_id:
            return  # another plan was chosen meanwhile (its own load follows)
        self.view = view
        self.detail.setCurrentIndex(1)
        self.header.setText(self._header_html(view.plan))
        self._fill_banner(view.plan)
        self._pending = {0: lambda v: self.overview.setHtml(self._overview_html(v)),
                         1: lambda v: self._fill_offer(v.plan), 2: lambda v: self._fill_budget(v.plan),
                         3: self._fill_stores, 4: self._fill_trail, 5: self._fill_checks, 6: self._fill_results}
        self._fill_tab(self.tabs.currentIndex())
        self._update_buttons()
        self._fill_later.start()

    def _fill_tab(self, index: int) -> None:
        filler = self._pending.pop(index, None)
        if filler is not None and self.view is not None:
            filler(self.view)

    def _fill_next(self) -> None:
        if self._pending:
            self._fill_tab(min(self._pending))
            self._update_buttons()
        if self._pending:
            self._fill_later.start()

    def fill_pending(self) -> None:
        """Fill now the tabs of the plan shown that are still to be filled."""
        while self._pending:
            self._fill_tab(min(self._pending))
        self._update_buttons()

    @property
    def filling(self) -> bool:
        """Some tabs of the plan shown are still to be filled (in the next turns of the event loop)."""
        return bool(self._pending)

    def _tab_shown(self, index: int) -> None:
        self._fill_tab(index)
        self._update_buttons()

    # -- the plan's view
    def _header_html(self, p: PromotionDTO) -> str:
        e = html.escape
        st = p.status.status
        colour = STATUS_COLOURS.get(st, MUTED)
        parts = [type_name(p), period_text(p), self.tr("%n store(s)", "", len(p.stores)),
                 self.tr("Budget %1 yuan").replace("%1", money(p.budget_total))]
        waiting = waiting_text(p) if st not in ("submitted", "reviewed") else ""  # their status says it
        status = labels.promotion_status(st)
        if waiting:
            status += " · " + self.tr("waiting for %1").replace("%1", waiting)
        return (f"<span style='font-size:16px'><b>{e(p.code)} {e(p.theme)}</b></span> "
                f"&nbsp;<span style='color:{colour}'><b>{e(status)}</b></span>"
                f"<br/><span>{' · '.join(e(x) for x in parts)}</span>")

    def _fill_banner(self, p: PromotionDTO) -> None:
        st = p.status.status
        text = clash_text(p) if st == "clash" else changed_text() if st == "changed" else ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _overview_html(self, view: PlanView) -> str:
        p, e = view.plan, html.escape
        rows = [
            (self.tr("Theme"), e(p.theme)),
            (self.tr("Type"), e(type_name(p))),
            (self.tr("Period"), e(f"{p.starts_on.isoformat()} – {p.ends_on.isoformat()}")),
            (self.tr("Time of day"), e(f"{p.start_time or '00:00'} – {p.end_time or '24:00'}")
             if p.start_time or p.end_time else e(self.tr("All day"))),
            (self.tr("Price promotion"), e(self.tr("Yes: it runs only once approved") if p.price_promotion
                                          else self.tr("No"))),
        ]
        st = p.status.status
        status = labels.promotion_status(st)
        if waiting_text(p) and st not in ("submitted", "reviewed"):  # their status says it
            status += " · " + self.tr("waiting for %1").replace("%1", waiting_text(p))
        rows.append((self.tr("Status"), f"<span style='color:{STATUS_COLOURS.get(st, MUTED)}'><b>{e(status)}</b></span>"))
        if st == "returned" and p.status.returned_reason:
            rows.append((self.tr("Returned because"), f"<span style='color:{AMBER}'>{e(p.status.returned_reason)}</span>"))
        if st == "cancelled" and p.status.returned_reason:
            rows.append((self.tr("Cancelled because"), e(p.status.returned_reason)))
        if p.custom_measure:
            rows.append((self.tr("Custom measure"), e(measure_name(p, "custom"))))
        out = ["<table cellspacing='0' cellpadding='4'>"]
        for name, value in rows:
            out.append(f"<tr><td style='color:{MUTED}'>{e(name)}</td><td>{value}</td></tr>")
        out.append("</table>")
        for c in view.clashes:
            other = c.second_code if c.first_id == p.id else c.first_code
            out.append(f"<p style='color:{RED}'>" + e(self.tr("Overlaps at %1 with the approved plan %2 (%3 – %4)")
                                                        .replace("%1", f"{c.store_code} {c.store_name}")
                                                        .replace("%2", other)
                                                        .replace("%3", c.overlap_from.isoformat())
                                                        .replace("%4", c.overlap_to.isoformat())) + "</p>")
        if p.description:
            heading = self.tr("Description")
            out.append(f"<h4>{e(heading)}</h4><p>{e(p.description).replace(chr(10), '<br/>')}</p>")
        if p.lessons:
            heading = self.tr("Lessons")
            out.append(f"<h4>{e(heading)}</h4><p>{e(p.lessons).replace(chr(10), '<br/>')}</p>")
        out.append(f"<p style='color:{MUTED}; font-size:11px'>" + e(self.tr("Content hash %1").replace(
            "%1", p.content_hash[:16])) + "</p>")
        return "".join(out)

    def _fill_offer(self, p: PromotionDTO) -> None:
        _fill(self.tiers, [[_item(t.condition, tip=t.condition), _item(t.reward, tip=t.reward),
                            _item(money(t.price), right=True), _item(number(t.quota_per_store_day), right=True),
                            _item(number(t.quota_per_store), right=True), _item(number(t.quota_total), right=True)]
                           for t in p.tiers])
        _fill(self.materials, [[_item(labels.material_kind(m.kind)), _item(m.name, tip=m.name),
                                _item(f"{m.quantity} {m.unit}".strip(), right=True),
                                _item(m.deliver_by.isoformat() if m.deliver_by else "")] for m in p.materials])

    def _store_name(self, p: PromotionDTO, store_id: str | None) -> str:
        if store_id is None:
            return self.tr("Whole plan")
        st = next((x for x in p.stores if x.store_id == store_id), None)
        return f"{st.store_code} {st.store_name}" if st else store_id

    def _fill_budget(self, p: PromotionDTO) -> None:
        _fill(self.budget_lines, [[_item(labels.budget_category(b.category)), _item(b.description, tip=b.description),
                                   _item(self._store_name(p, b.store_id)), _item(money(b.amount), right=True)]
                                  for b in p.budget])
        _fill(self.budget_categories, [[_item(labels.budget_category(k)), _item(money(v), right=True)]
                                       for k, v in p.budget_by_category().items()])
        by_store = p.budget_by_store()
        order = [None] + [x.store_id for x in p.stores]
        _fill(self.budget_stores, [[_item(self._store_name(p, k)), _item(money(by_store[k]), right=True)]
                                   for k in order if k in by_store])
        self.budget_total.setText(self.tr("Total %1 yuan").replace("%1", money(p.budget_total)))

    def _fill_stores(self, view: PlanView) -> None:
        p = view.plan
        acks = {a.store_id: a for a in view.acks}
        approved = p.status.status in ACKED
        rows = []
        for st in p.stores:
            ack = acks.get(st.store_id)
            if st.store_kind != "franchise":
                text, colour = "—", MUTED
            elif ack is not None and ack.event_id:
                text, colour = self.tr("Signed by %1 on %2").replace("%1", ack.user_name).replace(
                    "%2", labels.local_time(ack.at)), GREEN
            else:
                text, colour = (self.tr("Not yet") if approved else self.tr("Once approved")), AMBER if approved else MUTED
            rows.append([_item(st.store_code, st.store_id), _item(st.store_name, st.store_id),
                         _item(labels.store_kind(st.store_kind), st.store_id), _item(st.region_name, st.store_id),
                         _item(money(st.target_sales), st.store_id, right=True),
                         _item(number(st.target_transactions), st.store_id, right=True),
                         _item(number(st.target_new_members), st.store_id, right=True),
                         _item(number(st.target_custom), st.store_id, right=True),
                         _item(text, st.store_id, colour, tip=text)])
        self._refill_keeping(self.stores, rows)

    def _refill_keeping(self, table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
        """Fill ``table``, the row with the same id selected again (else the first)."""
        current = table.selectionModel().selectedRows()
        keep = table.item(current[0].row(), 0).data(ID_ROLE) if current and table.item(current[0].row(), 0) else None
        table.blockSignals(True)
        _fill(table, rows)
        index = next((i for i, r in enumerate(rows) if r and r[0].data(ID_ROLE) == keep), 0 if rows else -1)
        if index >= 0:
            table.selectRow(index)
        table.blockSignals(False)

    def _fill_trail(self, view: PlanView) -> None:
        p = view.plan
        rows = []
        names = {x.store_id: x.store_name for x in p.stores}
        for ev in p.events:  # oldest first
            if ev.kind == "acknowledge":
                level = names.get(ev.store_id or "", "")
            else:
                level = labels.decision_level(ev.level) if ev.level else ""
            colour = MUTED if ev.stale else RED if ev.kind == "reject" or ev.id in p.status.clashing else \
                GREEN if ev.kind in ("approve", "acknowledge") else ""
            tip = self.tr("Made on another version of the plan, or not at its level: it had no effect") \
                if ev.stale else ""
            comment = ev.comment
            # 建议 / 审核 / 审批 are bound to the person: signed and verified, or unsigned (one indexed read each)
            signed = decision_words(view.decisions.get(ev.id, [])) if ev.kind in ("submit", "approve", "reject") \
                else ""
            cells = [_item(labels.local_time(ev.at), ev.id, tip=tip), _item(ev.user_name, ev.id, tip=tip or signed),
                     _item(level, ev.id, tip=tip),
                     _item(labels.decision_kind(ev.kind), ev.id, colour, bold=ev.id in p.status.clashing,
                           tip="\n".join(x for x in (tip, signed) if x)),
                     _item(comment, ev.id, tip=tip or comment)]
            if ev.stale:
                for cell in cells:
                    cell.setForeground(QBrush(QColor(MUTED)))
                    font = QFont(cell.font())
                    font.setItalic(True)
                    cell.setFont(font)
            rows.append(cells)
        _fill(self.trail, rows)

    def _latest_check(self, store_id: str):
        if self.view is None:
            return None
        return next((r for r in self.view.checks if r.store_id == store_id), None)  # newest first

    def _fill_checks(self, view: PlanView) -> None:
        rows = []
        for st in view.plan.stores:
            mine = [r for r in view.checks if r.store_id == st.store_id]
            latest = mine[0] if mine else None
            score = ""
            if latest is not None and latest.percent is not None:
                score = f"{latest.percent}%"
            rows.append([_item(f"{st.store_code} {st.store_name}", st.store_id),
                         _item(str(len(mine)) if mine else "", st.store_id, right=True),
                         _item(latest.business_date.isoformat() if latest else "", st.store_id),
                         _item(labels.run_status(latest.status) if latest else self.tr("No check yet"), st.store_id,
                               GREEN if latest and latest.status == "signed" else AMBER if latest else MUTED),
                         _item(score, st.store_id, right=True)])
        self._refill_keeping(self.checks, rows)

    def result_measures(self, p: PromotionDTO, rows: list[ResultRow]) -> list[int]:
        """The measures (indexes into ``ResultRow.measures``) the plan has a target or a result in."""
        used = []
        for i, m in enumerate(promotions.MEASURES):
            if m == "custom" and not p.custom_measure:
                continue
            if any(r.measures[i].target is not None or r.measures[i].actual is not None for r in rows):
                used.append(i)
        return used or [0]

    def _fill_results(self, view: PlanView) -> None:
        p = view.plan
        stores, regions, total = view.results or ([], [], None)
        used = self.result_measures(p, stores)
        headers = [self.tr("Store / region")]
        for i in used:
            name = measure_name(p, promotions.MEASURES[i])
            headers += [self.tr("%1 target").replace("%1", name), self.tr("%1 actual").replace("%1", name),
                        self.tr("%1 variance").replace("%1", name), self.tr("%1 achieved").replace("%1", name)]
        headers += [self.tr("Gifts given"), self.tr("Budget planned"), self.tr("Budget spent"), self.tr("Check score")]
        self.result_columns = headers
        self.results.setColumnCount(len(headers))
        self.results.setHorizontalHeaderLabels(headers)

        def cells(r: ResultRow, name: str, kind: str) -> list[QTableWidgetItem]:
            key = r.key if kind == "store" else ""
            bold = kind != "store"
            out = [_item(name, key, bold=bold)]
            for i in used:
                v = r.measures[i]
                fmt = money if promotions.MEASURES[i] in ("sales", "custom") else number
                var = v.variance
                out += [_item(fmt(v.target), key, right=True, bold=bold),
                        _item(fmt(v.actual), key, right=True, bold=bold),
                        _item(("+" if var is not None and var > 0 else "") + fmt(var) if var is not None else "", key,
                              RED if var is not None and var < 0 else GREEN if var is not None and var > 0 else "",
                              right=True, bold=bold),
                        _item(f"{v.percent}%" if v.percent is not None else "", key,
                              RED if v.percent is not None and v.percent < 100 else "", right=True, bold=bold)]
            out += [_item(number(r.gifts_given), key, right=True, bold=bold),
                    _item(money(r.budget_planned), key, right=True, bold=bold),
                    _item(money(r.budget_spent), key, RED if r.budget_spent is not None and
                          r.budget_spent > r.budget_planned else "", right=True, bold=bold),
                    _item(f"{r.check_percent}%" if r.check_percent is not None else "", key, right=True, bold=bold)]
            if kind != "store":
                for c in out:
                    c.setBackground(QBrush(QColor("#f3f4f6")))
            return out

        rows = [cells(r, f"{r.code} {r.name}", "store") for r in stores]
        rows += [cells(r, self.tr("Region %1").replace("%1", r.name), "region") for r in regions]
        if total is not None:
            rows.append(cells(total, self.tr("Total"), "total"))
        self._refill_keeping(self.results, rows)
        _widths(self.results, tuple([150] + [90] * (len(headers) - 1)))

    # -- who may do what
    def role(self) -> str:
        return self.me.role if self.me is not None else ""

    def plan(self) -> PromotionDTO | None:
        """The plan shown below (its full view), when it is the selected one."""
        if self.view is None or self.view.plan.id != self.current_id:
            return None
        return self.view.plan

    def _selected_store(self, table: QTableWidget) -> str | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return (item.data(ID_ROLE) or None) if item is not None else None

    def _roles_text(self, roles: tuple[str, ...]) -> str:
        return self.tr("Only %1 can do this.").replace("%1", self.tr(", ").join(labels.role(r) for r in roles))

    def refusal(self, action: str) -> str:
        """Why ``action`` is not offered for the shown plan and the current user ("" when it is)."""
        p = self.plan()
        role = self.role()
        if action == "new":
            return "" if role in PROPOSER_ROLES else self._roles_text(PROPOSER_ROLES)
        if p is None:
            return self.tr("Select a plan.")
        st = p.status
        if action == "edit":
            if st.status in ("closed", "cancelled"):
                return self.tr("The plan is %1: it can no longer change.").replace(
                    "%1", labels.promotion_status(st.status))
            if role not in PROPOSER_ROLES and (self.me is None or p.created_by != self.me.id):
                return self._roles_text(PROPOSER_ROLES)
            return ""
        if action == "submit":
            if role not in PROPOSER_ROLES:
                return self._roles_text(PROPOSER_ROLES)
            if st.status in ("draft", "returned", "changed") or (st.status == "clash" and st.waiting == "proposal"):
                return ""
            return self.tr("Only a draft, returned or changed plan is submitted (this one is %1).").replace(
                "%1", labels.promotion_status(st.status))
        if action in LEVEL_ROLES:
            if role not in LEVEL_ROLES[action]:
                return self._roles_text(LEVEL_ROLES[action])
            if st.waiting == action and st.status in ("submitted", "reviewed", "clash"):
                return ""
            return self.tr("The plan is not waiting for %1 (it is %2).").replace(
                "%1", labels.decision_level(action)).replace("%2", labels.promotion_status(st.status))
        if action == "cancel":
            if st.status in ("closed", "cancelled"):
                return self.tr("The plan is %1: it can no longer change.").replace(
                    "%1", labels.promotion_status(st.status))
            if role not in ALL_SEEING_ROLES and (self.me is None or p.created_by != self.me.id):
                return self.tr("Only the plan's proposer, operations managers and head office can cancel it.")
            return ""
        if action == "close":
            if role not in CLOSER_ROLES:
                return self._roles_text(CLOSER_ROLES)
            if not st.approved:
                return self.tr("Only an approved plan is closed with its review (this one is %1).").replace(
                    "%1", labels.promotion_status(st.status))
            return ""
        if action == "acknowledge":
            if not st.approved:
                return self.tr("A franchise store acknowledges the plan once it is approved.")
            store_id = self._selected_store(self.stores)
            if store_id is None:
                return self.tr("Select a store on the Stores tab.")
            target = next((x for x in p.stores if x.store_id == store_id), None)
            if target is None or target.store_kind != "franchise":
                return self.tr("Only a franchise store acknowledges a plan.")
            if role != "store_manager" or self.me is None or store_id not in self.me.store_ids:
                return self.tr("Only the store manager of this franchise store can acknowledge the plan.")
            if any(a.store_id == store_id and a.event_id for a in self.view.acks):
                return self.tr("This store has already acknowledged the plan as it is now.")
            return ""
        if action == "check":
            store_id = self._selected_store(self.checks)
            if store_id is None:
                return self.tr("Select a store on the Execution tab.")
            latest = self._latest_check(store_id)
            if latest is not None and latest.status in ("draft", "completed"):
                return ""  # continue it
            if not promotions.can_execute(p):
                return (self.tr("A price promotion is checked only once approved.") if p.price_promotion else
                        self.tr("The plan is checked once it is submitted."))
            if not p.starts_on <= self.day() <= p.ends_on:
                return self.tr("Checks are made during the promotion's period (%1 to %2).").replace(
                    "%1", p.starts_on.isoformat()).replace("%2", p.ends_on.isoformat())
            return ""
        if action in ("results", "import"):
            if st.status in ("cancelled", "draft"):
                return self.tr("Results are for a plan that ran (this one is %1).").replace(
                    "%1", labels.promotion_status(st.status))
            if date.today() < p.starts_on:
                return self.tr("The promotion has not started yet (it starts on %1).").replace(
                    "%1", p.starts_on.isoformat())
            if action == "results" and not self._selected_store(self.results):
                return self.tr("Select a store's row on the Results tab.")
            return ""
        return ""

    def _update_buttons(self) -> None:
        p = self.plan()
        tips = {
            "new": self.tr("Draw up a new promotion plan (Ctrl+N)"),
            "edit": self.tr("Change the plan (F2); a submitted or approved plan must then be approved again"),
            "submit": self.tr("Put the plan forward for review (Ctrl+Shift+S)"),
            "review": self.tr("Review the plan: approve or reject with a reason (Ctrl+Shift+R)"),
            "approval": self.tr("Approve or reject the reviewed plan (Ctrl+Shift+A)"),
            "cancel": self.tr("Call the plan off (a reason is required)"),
            "close": self.tr("Close the approved plan with its review: the lessons learnt"),
            "acknowledge": self.tr("Sign the approved plan for the selected franchise store (Ctrl+Shift+K)"),
            "check": self.tr("The execution check of the selected store in the runner, then signed (Ctrl+Shift+E)"),
            "results": self.tr("Type the selected store's results (Ctrl+Shift+T)"),
            "import": self.tr("Import the stores' results from a till export, Excel or CSV (Ctrl+Shift+I)"),
        }
        buttons = {"new": self.new_button, "edit": self.edit_button, "submit": self.submit_button,
                   "review": self.review_button, "approval": self.approve_button, "cancel": self.cancel_button,
                   "close": self.close_button, "acknowledge": self.ack_button, "check": self.check_button,
                   "results": self.results_button, "import": self.import_button}
        for action, button in buttons.items():
            why = self.refusal(action)
            button.setEnabled(not why)
            button.setToolTip(why or tips[action])
        if p is not None:
            store_id = self._selected_store(self.checks)
            latest = self._latest_check(store_id) if store_id else None
            going = latest is not None and latest.status in ("draft", "completed")
            self.check_button.setText(self.tr("Continue check") if going else self.tr("Start check"))
        for button in (self.plan_pdf, self.review_pdf):
            button.setEnabled(p is not None)

    # -- calendar
    def set_mode(self, mode: int) -> None:
        """0: the list, 1: the month calendar."""
        (self.list_mode if mode == 0 else self.calendar_mode).setChecked(True)
        if mode == 1 and self.calendar is None:
            self._make_calendar()
        self.views.setCurrentIndex(mode)
        if mode == 1:
            self._load_month()

    def _make_calendar(self) -> None:
        layout = self.calendar_holder.layout()
        try:
            from ui.pages.promotions.calendar import PromotionCalendar
        except ImportError:
            layout.addWidget(set_role(QLabel(self.tr("The calendar is not available.")), "placeholder"))
            self.calendar = False
            return
        self.calendar = PromotionCalendar(self.calendar_holder, self.today)
        self.calendar.set_month(self.month.year, self.month.month)
        self.calendar.planActivated.connect(self.show_plan)
        self.calendar.monthChanged.connect(self.move_month)
        layout.addWidget(self.calendar)

    def move_month(self, year: int, month: int) -> None:
        """The calendar went to another month: its plans."""
        self.month = date(year, month, 1)
        self._load_month()

    def _month_range(self) -> tuple[date, date]:
        first = self.month
        nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, nxt - timedelta(days=1)

    def _load_month(self) -> None:
        from ui.operations import load

        first, last = self._month_range()
        if not self.calendar:
            return
        ctx, user_id, today = self.ctx, self.ctx.user_id, self.day()
        load(self, lambda: read_month(ctx, user_id, first, last, today), self._month_loaded, key="month",
             name="promotions: month")

    def _month_loaded(self, data: tuple[list[PromotionDTO], list[StoreClash]]) -> None:
        if not self.calendar:
            return
        plans, clashes = data
        self.month_plans = plans
        self.calendar.set_plans(plans, clashes)
        self.calendar.select(self.current_id)

    # -- doing
    def say(self, text: str) -> None:
        self.notice.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def _refused(self, exc: BaseException, title: str) -> None:
        QMessageBox.warning(self, title, describe(exc))

    def _changed(self, text: str = "", promotion_id: str | None = None) -> None:
        """After a change: the list, the counts and the view again (off the GUI thread), the selection kept."""
        if promotion_id:
            self.current_id = promotion_id
            self._wanted = promotion_id
        if text:
            self.say(text)
        self.reload()

    def new_plan(self) -> None:
        from ui.pages.promotions.editor import PlanEditorDialog

        if self.refusal("new"):
            return
        dialog = PlanEditorDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and getattr(dialog, "plan", None) is not None:
            made = dialog.plan
            self._changed(self.tr("Plan %1 drawn up.").replace("%1", made.code), made.id)

    def edit_plan(self) -> None:
        from ui.pages.promotions.editor import PlanEditorDialog
        from ui.widgets.confirm import confirm

        p = self.plan()
        if p is None or self.refusal("edit"):
            return
        if p.status.approved and not confirm(
                self, self.tr("Edit an approved plan"),
                self.tr("Plan %1 is approved. Once its content changes it must be submitted, reviewed and "
                        "approved again, and the franchise stores acknowledge it again. Edit it?").replace(
                    "%1", p.code)):
            return
        if p.status.status in ("submitted", "reviewed") and not confirm(
                self, self.tr("Edit a submitted plan"),
                self.tr("Plan %1 is under review. Once its content changes it must be submitted again. "
                        "Edit it?").replace("%1", p.code)):
            return
        dialog = PlanEditorDialog(self.ctx, p, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            changed = getattr(dialog, "plan", None) or p
            self._changed(self.tr("Plan %1 saved.").replace("%1", changed.code), changed.id)
        else:
            self._changed()

    def decide(self, action: str) -> None:
        """Submit / review / approval / cancel / close through the decision dialog."""
        from ui.pages.promotions.dialogs import DecisionDialog

        p = self.plan()
        if p is None or self.refusal(action):
            return
        dialog = DecisionDialog(self.ctx, p, action, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            after = getattr(dialog, "plan", None) or p
            self._changed(self.tr("Plan %1: %2.").replace("%1", after.code).replace(
                "%2", labels.promotion_status(after.status.status)), after.id)
        else:
            self._changed()  # refused inside (the plan changed meanwhile?): show it as it is

    def acknowledge(self) -> None:
        from ui.pages.promotions.dialogs import AcknowledgeDialog

        p = self.plan()
        store_id = self._selected_store(self.stores)
        if p is None or store_id is None or self.refusal("acknowledge"):
            return
        dialog = AcknowledgeDialog(self.ctx, p, store_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(self.tr("%1 acknowledged plan %2.").replace("%1", self._store_name(p, store_id)).replace(
                "%2", p.code), p.id)

    def start_check(self) -> None:
        """Start (or continue) the selected store's execution check: the runner, then Sign now?"""
        from ui.pages.inspections import offer_signing
        from ui.widgets.runner import RunnerDialog

        p = self.plan()
        store_id = self._selected_store(self.checks)
        if p is None or store_id is None or self.refusal("check"):
            return
        latest = self._latest_check(store_id)
        try:
            if latest is not None and latest.status in ("draft", "completed"):
                run = runs.get_summary(self.ctx, latest.id)
            else:
                run = promotions.start_check(self.ctx, p.id, store_id, self.today)
        except OpsDeskError as exc:
            self._refused(exc, self.tr("Start check"))
            self._changed()
            return
        if run.status == "draft":
            RunnerDialog(self.ctx, run.id, self).exec()
        if runs.get_summary(self.ctx, run.id).status == "completed":
            offer_signing(self.ctx, run.id, self)
        self._changed(self.tr("Execution check of %1 saved.").replace("%1", self._store_name(p, store_id)), p.id)

    def open_check(self) -> None:
        """The selected store's latest check: a draft in the runner, else its view."""
        from ui.pages.inspections import RunViewDialog

        store_id = self._selected_store(self.checks)
        latest = self._latest_check(store_id) if store_id else None
        if latest is None:
            self.start_check()
            return
        if latest.status == "draft":
            self.start_check()  # continued in the runner
            return
        RunViewDialog(self.ctx, latest.id, self).exec()
        self._changed()

    def enter_results(self) -> None:
        from ui.pages.promotions.dialogs import ResultsDialog

        p = self.plan()
        store_id = self._selected_store(self.results)
        if p is None or store_id is None or self.refusal("results"):
            return
        dialog = ResultsDialog(self.ctx, p, store_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(self.tr("Results of %1 saved.").replace("%1", self._store_name(p, store_id)), p.id)

    def import_results(self) -> None:
        from ui.pages.promotions.dialogs import ImportResultsDialog

        p = self.plan()
        if p is None or self.refusal("import"):
            return
        dialog = ImportResultsDialog(self.ctx, p, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            report = getattr(dialog, "report", None)
            n = report.stores if report is not None else 0
            self._changed(self.tr("Results of %n store(s) imported.", "", n), p.id)

    # -- the PDFs (P3's builders, in the report language)
    def _plan_build(self):
        from opsdesk.reports.promotion import build_plan
        from ui.widgets.reports import report_language

        ctx, pid, lang = self.ctx, self.current_id, report_language()
        return lambda path: build_plan(ctx, pid, path, lang=lang)

    def _plan_name(self) -> str:
        from opsdesk.reports.promotion import plan_file_name
        from ui.widgets.reports import report_language

        p = self.plan() or promotions.get_plan(self.ctx, self.current_id)
        return plan_file_name(p, report_language())

    def _review_build(self):
        from opsdesk.reports.promotion import build_review
        from ui.widgets.reports import report_language

        ctx, pid, lang = self.ctx, self.current_id, report_language()
        return lambda path: build_review(ctx, pid, path, lang=lang)

    def _review_name(self) -> str:
        from opsdesk.reports.promotion import review_file_name
        from ui.widgets.reports import report_language

        p = self.plan() or promotions.get_plan(self.ctx, self.current_id)
        return review_file_name(p, report_language())

    # -- context menu
    def _plan_menu(self, pos) -> None:
        menu = QMenu(self)
        for button in (self.new_button, self.edit_button, self.submit_button, self.review_button,
                       self.approve_button, self.cancel_button, self.close_button, self.import_button):
            action = menu.addAction(button.icon(), button.text(), button.click)
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
        menu.addSeparator()
        for button in (self.plan_pdf, self.review_pdf):
            action = menu.addAction(button.icon(), button.text(), button.plain_action.trigger)
            action.setEnabled(button.isEnabled())
        menu.setToolTipsVisible(True)
        self.context_menu = menu  # tests look at it
        menu.popup(self.table.viewport().mapToGlobal(pos))


__all__ = ["PromotionsPage", "clash_text", "read_plan", "read_plans"]
