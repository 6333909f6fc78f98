"""The dashboard (总览): the KPIs head office watches for a period and a set of stores.

Top: the filters (period, region → area → store, direct / franchise, supervisor) and the exports (the page's
tables to Excel, the monthly circular as a PDF). Then one tile per KPI (``opsdesk.services.kpis.KPI_KEYS``):
the figure, its change against the previous equal period (green when better), a small trend, and for the
score the grade distribution; a tile opens the list behind its figure. Below: the drill-down table (regions,
then a region's areas, then an area's stores; a store opens the stores page on it) with a breadcrumb and a bar
chart of the scores, and the rankings (best and worst stores and areas, most-failed items, supervisors by
coverage).

Role-aware: the scope carries ``viewer_id = ctx.user_id`` (a supervisor sees their stores, an ops manager their
regions, head office everything). The page paints at once (tiles show "…") and each group of figures arrives
from its own background query; a filter change supersedes the queries in flight (same ``QueryOp`` key) and a
generation number drops any result of an older filter that still arrives.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opsdesk.services import AppContext, kpis
from opsdesk.services.kpis import KPI_KEYS, BreakdownRow, Kpi, Scope, StoreInfo
from ui import labels
from ui.dates import date_edit, from_qdate
from ui.operations import Operation, QueryOp
from ui.style import set_role
from ui.widgets.charts import BarChart, GradeBar, Sparkline
from ui.widgets.filter_bar import FilterBar
from ui.widgets.plain_table import cell as _cell
from ui.widgets.plain_table import fill as _fill
from ui.widgets.plain_table import plain_table

logger = logging.getLogger(__name__)

LOWER_IS_BETTER = frozenset({"critical", "overdue", "repeats", "faults"})
# The background queries of the tiles: the figures summed from the same per-store aggregates come in one go,
# the openings' and the promotions' from their areas' functions.
TILE_GROUPS = (
    ("tallies", ("score", "critical", "rectification", "overdue", "repeats", "coverage", "daily", "acceptance",
                 "faults")),
    ("openings", ("openings",)),
    ("promotions", ("promotions",)),
)
# The page a tile opens (the list behind its figure).
TILE_PAGES = {"score": "inspections", "critical": "inspections", "rectification": "actions", "overdue": "actions",
              "repeats": "actions", "coverage": "visits", "daily": "daily", "acceptance": "equipment",
              "faults": "equipment", "openings": "openings", "promotions": "promotions"}
TILE_COLUMNS = 4
NEXT_LEVEL = {"region": "area", "area": "store"}
BREAKDOWN_COLUMNS = ("name", "score", "inspections", "critical", "rectification", "overdue", "coverage", "daily")
RANK_SIZE = 5
KEY_ROLE = Qt.ItemDataRole.UserRole
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
LOADING = "…"
NONE = "—"


# ---------------------------------------------------------------- texts


def percent_text(value: Decimal | float | None) -> str:
    """85.0% (one decimal, half up as the reports round); — when there is no figure."""
    if value is None:
        return NONE
    return f"{Decimal(value).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


def figure_text(kpi: Kpi) -> str:
    if kpi.key == "openings":
        d = kpi.detail
        return f"{d.get('on_track', 0)} / {d.get('at_risk', 0)} / {d.get('late', 0)}"
    if kpi.value is None:
        return NONE
    return percent_text(kpi.value) if kpi.unit == "percent" else str(kpi.value)


def delta_text(kpi: Kpi) -> str:
    """The change against the previous equal period: "▲ +25.0 pts (+41.7%)", "▼ -2 (-50.0%)", "= 0"."""
    delta = kpi.delta
    if delta is None:
        return ""
    arrow = "▲" if delta > 0 else "▼" if delta < 0 else "="
    if kpi.unit == "percent":
        amount = QCoreApplication.translate("DashboardPage", "%1 pts").replace("%1", f"{Decimal(delta):+.1f}")
    else:
        amount = f"{delta:+d}" if delta else "0"
    out = f"{arrow} {amount}"
    if kpi.delta_percent is not None and delta:
        out += f" ({kpi.delta_percent:+.1f}%)"
    return out


def delta_role(kpi: Kpi) -> str:
    """``ok`` (green) when the change is for the better, ``error`` (red) when for the worse, else ``muted``."""
    delta = kpi.delta
    if not delta:
        return "muted"
    better = (delta < 0) if kpi.key in LOWER_IS_BETTER else (delta > 0)
    return "ok" if better else "error"


def detail_text(kpi: Kpi) -> str:
    d = kpi.detail
    if kpi.key == "score":
        return DashboardPage.tr("%n inspection(s)", "", int(d.get("inspections", 0)))
    if kpi.key == "rectification":
        return QCoreApplication.translate("DashboardPage", "%1 of %2 verified").replace("%1", str(d.get("verified", 0))).replace("%2", str(d.get("actions", 0)))
    if kpi.key == "coverage":
        return QCoreApplication.translate("DashboardPage", "%1 of %2 stores visited").replace("%1", str(d.get("visited", 0))).replace(
            "%2", str(d.get("stores", 0)))
    if kpi.key == "daily":
        return QCoreApplication.translate("DashboardPage", "%1 of %2 checklists done").replace("%1", str(d.get("done", 0))).replace(
            "%2", str(d.get("expected", 0)))
    if kpi.key == "acceptance":
        return QCoreApplication.translate("DashboardPage", "%1 of %2 accepted").replace("%1", str(d.get("accepted", 0))).replace("%2", str(d.get("signed", 0)))
    if kpi.key == "openings":
        names = labels.health_statuses()
        return " / ".join(names.get(k, k) for k in ("on_track", "at_risk", "late"))
    if kpi.key == "promotions":
        text = DashboardPage.tr("%n plan(s)", "", int(d.get("plans", 0)))
        if d.get("ack_rate") is not None:
            text += " · " + QCoreApplication.translate("DashboardPage", "acknowledged %1").replace("%1", percent_text(d["ack_rate"]))
        return text
    return ""


def period_tag(kind: str, d1: date, d2: date) -> str:
    """The period in a file name: 2026-11, 2026-Q4, 2026, or 2026-11-30_2026-12-06."""
    if kind == "month":
        return f"{d1:%Y-%m}"
    if kind == "quarter":
        return f"{d1.year}-Q{(d1.month - 1) // 3 + 1}"
    if kind == "year":
        return str(d1.year)
    return f"{d1:%Y-%m-%d}_{d2:%Y-%m-%d}"


# ---------------------------------------------------------------- reading (off the GUI thread)


def read_rankings(ctx: AppContext, scope: Scope, today: date) -> dict[str, Any]:
    """The rankings panel's tables in one go."""
    stores = kpis.breakdown(ctx, scope, "store", today)
    areas = kpis.breakdown(ctx, scope, "area", today)
    return {"stores": kpis.ranking(stores, RANK_SIZE), "areas": kpis.ranking(areas, RANK_SIZE),
            "items": kpis.most_failed_items(ctx, scope, 10), "supervisors": kpis.supervisor_coverage(ctx, scope, today)}


# ---------------------------------------------------------------- a tile


class KpiTile(QFrame):
    """One KPI: title, figure, change, detail and a trend (the score: its grade distribution too).
    Clicking it (or Enter / Space on it) emits ``clicked(key)``."""

    clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.kpi: Kpi | None = None
        self.setObjectName(f"kpi-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = set_role(QLabel(labels.kpi_title(key), objectName="kpiTitle"), "muted")
        self.value = set_role(QLabel(LOADING, objectName="kpiValue"), "title")
        self.delta = QLabel(objectName="kpiDelta")
        self.detail = set_role(QLabel(objectName="kpiDetail"), "hint")
        for label in (self.title, self.detail):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.value)
        row.addWidget(self.delta, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)
        layout.addWidget(self.detail)
        self.grades = GradeBar() if key == "score" else None
        if self.grades is not None:
            layout.addWidget(self.grades)
        self.trend = Sparkline() if key not in ("openings",) else None
        if self.trend is not None:
            layout.addWidget(self.trend)
        layout.addStretch(1)
        self.setToolTip(QCoreApplication.translate("DashboardPage", "Click to open the list behind this figure"))

    def set_loading(self) -> None:
        self.kpi = None
        self.value.setText(LOADING)
        self.delta.setText("")
        self.detail.setText("")
        if self.trend is not None:
            self.trend.set_values([])
        if self.grades is not None:
            self.grades.set_counts({})

    def set_failed(self, message: str) -> None:
        self.kpi = None
        self.value.setText(NONE)
        self.delta.setText("")
        self.detail.setText(message)

    def set_kpi(self, kpi: Kpi) -> None:
        self.kpi = kpi
        self.value.setText(figure_text(kpi))
        self.delta.setText(delta_text(kpi))
        set_role(self.delta, delta_role(kpi))
        self.delta.setToolTip(QCoreApplication.translate("DashboardPage", "Change against the previous equal period"))
        self.detail.setText(detail_text(kpi))
        if self.trend is not None:
            self.trend.set_values(kpi.trend)
            self.trend.setVisible(len(kpi.trend) > 1)
        if self.grades is not None:
            self.grades.set_counts(kpi.detail.get("grades", {}))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)


def table_of(name: str, headers: Sequence[str]) -> QTableWidget:
    """The page's tables: every title fits (the columns fit their contents)."""
    return plain_table(name, headers, fit_titles=True)


# ---------------------------------------------------------------- the page


class DashboardPage(QWidget):
    SHOWS = frozenset({"checklist_run", "answer", "corrective_action", "visit", "store", "region", "assignment",
                       "user", "equipment", "equipment_fault", "opening_project", "opening_milestone", "promotion",
                       "promotion_store"})  # refreshed when an operation changed these

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed_today = today  # tests pin the day; the app uses the real one
        self.generation = 0  # bumped by every reload: a result of an older one is dropped
        self.stores: list[StoreInfo] = []  # the stores the user may see (the filters offer them)
        self.path: list[tuple[str, str, str]] = []  # the drill-down: (level, id, name) of each step
        self.level = "region"  # what the drill-down table shows now
        self.rows: list[BreakdownRow] = []
        self.rankings: dict[str, Any] = {}
        self.loaded: set[str] = set()  # the tile groups that arrived for the current filters

        title = set_role(QLabel(self.tr("Dashboard"), objectName="pageTitle"), "title")
        self.excel_button = QPushButton(self.tr("Export to Excel..."), objectName="exportExcel")
        self.excel_button.clicked.connect(self.export_excel)
        from ui.widgets.reports import ExportButton

        self.circular_button = ExportButton(ctx, self._circular_build, self._circular_name, self)
        self.circular_button.setObjectName("exportCircular")
        self.circular_button.setText(self.tr("Monthly circular (PDF)"))
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.excel_button)
        head.addWidget(self.circular_button)

        bar = self.bar = FilterBar(self)
        self.period = bar.add_combo("periodFilter", None, labels.periods())
        self.period.setCurrentIndex(self.period.findData("month"))
        self.date_from = date_edit("periodFrom")
        self.date_to = date_edit("periodTo")
        bar.row.addWidget(self.date_from)
        bar.row.addWidget(self.date_to)
        self.region = bar.add_combo("regionFilter", self.tr("All regions"))
        self.area = bar.add_combo("areaFilter", self.tr("All areas"))
        self.store = bar.add_combo("storeFilter", self.tr("All stores"), min_chars=6)
        self.kind = bar.add_combo("kindFilter", self.tr("Direct and franchise"), labels.store_kinds())
        self.supervisor = bar.add_combo("supervisorFilter", self.tr("All supervisors"))
        bar.add_stretch()
        bar.changed.connect(self.filters_changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.filters_changed())
        self.problem = set_role(QLabel(objectName="filterProblem"), "error")
        self.problem.hide()
        self.period_label = set_role(QLabel(objectName="periodLabel"), "muted")

        self.tiles: dict[str, KpiTile] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for i, key in enumerate(KPI_KEYS):
            tile = self.tiles[key] = KpiTile(key)
            tile.clicked.connect(self.open_tile)
            grid.addWidget(tile, i // TILE_COLUMNS, i % TILE_COLUMNS)
        for c in range(TILE_COLUMNS):
            grid.setColumnStretch(c, 1)

        # drill-down
        self.crumbs = QLabel(objectName="breadcrumb")
        self.crumbs.setTextFormat(Qt.TextFormat.RichText)
        self.crumbs.linkActivated.connect(lambda link: self.drill_to(int(link)))
        self.breakdown = table_of("breakdownTable", self.breakdown_headers())
        self.breakdown.setMinimumHeight(200)
        self.breakdown.itemDoubleClicked.connect(lambda item: self.drill_into(item.row()))
        self.breakdown.setToolTip(self.tr("Double-click a row to see what it is made of"))
        self.chart = BarChart()
        self.chart.setMinimumHeight(170)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(set_role(QLabel(self.tr("By region, area and store")), "heading"))
        lv.addWidget(self.crumbs)
        lv.addWidget(self.breakdown, 3)
        lv.addWidget(self.chart, 2)

        # rankings
        self.tabs = QTabWidget(objectName="rankings")
        rank_headers = (self.tr("Name"), self.tr("Score"), self.tr("Inspections"))
        self.store_ranking = table_of("storeRanking", (self.tr("Rank"), *rank_headers))
        self.area_ranking = table_of("areaRanking", (self.tr("Rank"), *rank_headers))
        self.items_table = table_of("failedItems", (self.tr("Item"), self.tr("Failures"), self.tr("Failure rate")))
        self.items_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items_table.setWordWrap(True)
        self.supervisor_table = table_of("supervisorCoverage", (self.tr("Supervisor"), self.tr("Stores visited"),
                                                              self.tr("Coverage")))
        self.tabs.addTab(self.store_ranking, self.tr("Stores"))
        self.tabs.addTab(self.area_ranking, self.tr("Areas"))
        self.tabs.addTab(self.items_table, self.tr("Most-failed items"))
        self.tabs.addTab(self.supervisor_table, self.tr("Supervisors"))
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(set_role(QLabel(self.tr("Rankings")), "heading"))
        rv.addWidget(self.tabs, 1)

        split = QSplitter(Qt.Orientation.Horizontal, objectName="dashboardSplit")
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 440])  # proportions: the rankings' names need room too
        split.setChildrenCollapsible(False)
        split.setMinimumHeight(420)

        self.notice = set_role(QLabel(objectName="notice"), "muted")
        body = QWidget(objectName="dashboardBody")
        bv = QVBoxLayout(body)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addLayout(grid)
        bv.addWidget(split, 1)
        scroll = QScrollArea(objectName="dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(bar)
        info = QHBoxLayout()
        info.addWidget(self.period_label)
        info.addWidget(self.problem)
        info.addStretch(1)
        info.addWidget(self.notice)
        layout.addLayout(info)
        layout.addWidget(scroll, 1)

        self._show_dates()
        self.load_filters()
        self.reload()

    # -- filters
    def today(self) -> date:
        return self.fixed_today or date.today()

    def breakdown_headers(self) -> list[str]:
        names = {"name": self.tr("Name"), "score": self.tr("Score"), "inspections": self.tr("Inspections"),
                 "critical": self.tr("Critical"), "rectification": self.tr("Rectification rate"),
                 "overdue": self.tr("Overdue"), "coverage": self.tr("Visit coverage"),
                 "daily": self.tr("Daily completion")}
        return [names[c] for c in BREAKDOWN_COLUMNS]

    def period_dates(self) -> tuple[date, date]:
        kind = self.period.currentData() or "month"
        if kind == "custom":
            return from_qdate(self.date_from.date()), from_qdate(self.date_to.date())
        return kpis.period_bounds(kind, self.today())

    def scope(self) -> Scope:
        """The filters as a KPI scope (role-aware: the user's stores only)."""
        d1, d2 = self.period_dates()
        return Scope(d1, d2, region_id=self.area.currentData() or self.region.currentData(),
                     store_id=self.store.currentData(), store_kind=self.kind.currentData(),
                     supervisor_id=self.supervisor.currentData(), viewer_id=self.ctx.user_id)

    def load_filters(self) -> None:
        """The stores the user may see (their regions and areas) and the supervisors, in the background."""
        from opsdesk.services import org

        ctx, today = self.ctx, self.today()

        def read() -> tuple[list[StoreInfo], list[tuple[str, str]]]:
            stores = kpis.scope_stores(ctx, Scope(today, today, viewer_id=ctx.user_id))
            users = [(u.name, u.id) for u in org.query_users(ctx, org.UserQuery(role="supervisor"))]
            return stores, sorted(users)

        QueryOp(lambda _job: read(), owner=self, key="filters", name="dashboard: filters") \
            .success(self._filters_arrived).run()

    def _filters_arrived(self, found: tuple[list[StoreInfo], list[tuple[str, str]]]) -> None:
        self.stores, supervisors = found
        before = self.scope()
        regions = sorted({(s.region_name, s.region_id) for s in self.stores})
        self._refill(self.region, regions)
        self._refill(self.supervisor, supervisors)
        self._cascade()
        if self.scope() != before:
            self.filters_changed()

    @staticmethod
    def _refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
        """Replace the items after the first ("all") one, keeping the chosen item when still offered."""
        keep = combo.currentData()
        blocked = combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(keep) if keep is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(blocked)

    def _cascade(self) -> None:
        """The areas of the chosen region, the stores of the chosen area (or region)."""
        region, area = self.region.currentData(), self.area.currentData()
        areas = sorted({(s.area_name, s.area_id) for s in self.stores
                        if (region is None or s.region_id == region) and s.area_id != s.region_id})
        self._refill(self.area, areas)
        area = self.area.currentData()
        stores = [(f"{s.code} {s.name}", s.id) for s in self.stores
                  if (region is None or s.region_id == region) and (area is None or s.area_id == area)]
        self._refill(self.store, stores)

    def _show_dates(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        if not custom:
            d1, d2 = self.period_dates()
            for edit, day in ((self.date_from, d1), (self.date_to, d2)):
                blocked = edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(blocked)

    def filters_changed(self) -> None:
        self._show_dates()
        self._cascade()
        self.path = []
        self.reload()

    # -- loading
    def refresh(self) -> None:
        """Everything again (the filters stay): the lists of the filters and the figures."""
        self.load_filters()
        self.reload()

    def reload(self) -> None:
        """Every tile, the drill-down and the rankings for the filters, each group in its own background query;
        the queries of an older reload are superseded."""
        d1, d2 = self.period_dates()
        if d1 is None or d2 is None or d2 < d1:
            self.problem.setText(self.tr("The period ends before it starts: choose the dates again."))
            self.problem.show()
            return
        self.problem.hide()
        self.generation += 1
        gen = self.generation
        self.loaded = set()
        scope, today, ctx = self.scope(), self.today(), self.ctx
        prev = scope.previous()
        self.period_label.setText(self.tr("%1 – %2, compared with %3 – %4").replace("%1", d1.isoformat())
                                  .replace("%2", d2.isoformat()).replace("%3", prev.date_from.isoformat())
                                  .replace("%4", prev.date_to.isoformat()))
        for tile in self.tiles.values():
            tile.set_loading()
        for group, keys in TILE_GROUPS:
            QueryOp(lambda _job, keys=keys: kpis.kpis(ctx, scope, today, keys), owner=self, key=f"kpi-{group}",
                    name=f"dashboard: {group}") \
                .success(lambda found, group=group: self._kpis_arrived(gen, group, found)) \
                .failure(lambda exc, group=group, keys=keys: self._kpis_failed(gen, group, keys, exc)).run()
        self.load_breakdown()
        self.rankings = {}
        QueryOp(lambda _job: read_rankings(ctx, scope, today), owner=self, key="rankings", name="dashboard: rankings") \
            .success(lambda found: self._rankings_arrived(gen, found)).run()

    def _kpis_arrived(self, gen: int, group: str, found: list[Kpi]) -> None:
        if gen != self.generation:
            return  # an older filter's figures
        self.loaded.add(group)
        for kpi in found:
            self.tiles[kpi.key].set_kpi(kpi)

    def _kpis_failed(self, gen: int, group: str, keys: Sequence[str], exc: BaseException) -> None:
        from ui.errors import describe

        if gen != self.generation:
            return
        self.loaded.add(group)
        for key in keys:
            self.tiles[key].set_failed(describe(exc))

    # -- drill-down
    def drill_scope(self) -> Scope:
        scope = self.scope()
        if self.path:
            scope = replace(scope, region_id=self.path[-1][1])
        return scope

    def drill_level(self) -> str:
        if self.path:
            return NEXT_LEVEL[self.path[-1][0]]
        if self.store.currentData() or self.area.currentData():
            return "store"
        return "area" if self.region.currentData() else "region"

    def load_breakdown(self) -> None:
        gen, ctx, today = self.generation, self.ctx, self.today()
        scope, level = self.drill_scope(), self.drill_level()
        self.level = level
        self._show_crumbs()
        self.breakdown.setRowCount(0)
        QueryOp(lambda _job: kpis.breakdown(ctx, scope, level, today), owner=self, key="breakdown",
                name="dashboard: breakdown").success(lambda rows: self._breakdown_arrived(gen, level, rows)).run()

    def _breakdown_arrived(self, gen: int, level: str, rows: list[BreakdownRow]) -> None:
        if gen != self.generation or level != self.level:
            return
        self.rows = rows
        out = []
        for r in rows:
            t = r.tally
            name = f"{r.code} {r.name}" if level == "store" else r.name
            first = _cell(name, r.key)
            first.setData(LEVEL_ROLE, level)
            out.append([first, _cell(percent_text(t.score), right=True), _cell(str(t.inspections), right=True),
                        _cell(str(t.critical), right=True), _cell(percent_text(t.rectification), right=True),
                        _cell(str(t.overdue), right=True), _cell(percent_text(t.coverage), right=True),
                        _cell(percent_text(t.daily), right=True)])
        _fill(self.breakdown, out)
        self.chart.set_data([r.name for r in rows], [r.tally.score for r in rows])

    def _show_crumbs(self) -> None:
        parts = [(-1, self.tr("All"))] + [(i, name) for i, (_level, _id, name) in enumerate(self.path)]
        out = []
        for n, (index, name) in enumerate(parts):
            text = html.escape(name)
            out.append(text if n == len(parts) - 1 else f'<a href="{index + 1}">{text}</a>')
        self.crumbs.setText(" › ".join(out))

    def breadcrumb(self) -> str:
        """The breadcrumb as plain text ("全部 › 华东 › 上海")."""
        return " › ".join([self.tr("All")] + [name for _l, _i, name in self.path])

    def drill_into(self, row: int) -> None:
        """A region's areas, an area's stores; a store opens the stores page on it."""
        if not 0 <= row < len(self.rows):
            return
        r = self.rows[row]
        if r.level == "store":
            self.open_store(r.key)
            return
        self.path.append((r.level, r.key, r.name))
        self.load_breakdown()

    def drill_to(self, depth: int) -> None:
        """Back up the breadcrumb: keep its first ``depth`` steps (0: the top)."""
        self.path = self.path[:depth]
        self.load_breakdown()

    # -- rankings
    def _rankings_arrived(self, gen: int, found: dict[str, Any]) -> None:
        if gen != self.generation:
            return
        self.rankings = found
        best_text, worst_text = self.tr("Best"), self.tr("Worst")
        for table, (best, worst), store_level in ((self.store_ranking, found["stores"], True),
                                                  (self.area_ranking, found["areas"], False)):
            rows = []
            worst = [r for r in worst if r not in best]  # few rows scored: the worst are among the best already
            for tag, group in ((best_text, best), (worst_text, worst)):
                for i, r in enumerate(group, 1):
                    name = f"{r.code} {r.name}" if store_level else r.name
                    rows.append([_cell(f"{tag} {i}"), _cell(name, r.key), _cell(percent_text(r.tally.score), right=True),
                                 _cell(str(r.tally.inspections), right=True)])
            _fill(table, rows)
        _fill(self.items_table, [[_cell(("⚠ " if i.critical else "") + labels.template_text(i.text, i.text_en), i.item_key),
                                  _cell(f"{i.failures} / {i.runs}", right=True), _cell(percent_text(i.rate), right=True)]
                                 for i in found["items"]])
        _fill(self.supervisor_table, [[_cell(c.name, c.user_id), _cell(f"{c.visited} / {c.stores}", right=True),
                                       _cell(percent_text(c.rate), right=True)] for c in found["supervisors"]])

    # -- going to the lists behind the figures
    def _go(self, key: str) -> QWidget | None:
        window = self.window()
        if not hasattr(window, "show_page"):
            return None
        window.show_page(key)
        return window.pages[key]

    def open_tile(self, key: str) -> None:
        """The list behind a tile's figure: the overdue actions, the inspections, the open faults ..."""
        page = self._go(TILE_PAGES[key])
        if page is None:
            return
        if key == "overdue" and hasattr(page, "show_overdue"):
            page.show_overdue()
        elif key in ("score", "critical") and hasattr(page, "show_period"):
            page.show_period(*self.period_dates(), critical=key == "critical")
        elif key == "faults" and hasattr(page, "warning_clicked"):
            page.warning_clicked("faults")

    def open_store(self, store_id: str) -> None:
        """The stores page with the store selected (all regions shown)."""
        page = self._go("stores")
        if page is None:
            return
        if hasattr(page, "select_region"):
            page.select_region(None)
        if hasattr(page, "select_where"):
            page.select_where(lambda s: s.id == store_id)

    # -- exports
    def export_name(self, lang: str) -> str:
        d1, d2 = self.period_dates()
        tag = period_tag(self.period.currentData() or "month", d1, d2)
        return f"{'dashboard' if lang == 'en' else '总览'}-{tag}.xlsx"

    def export_excel(self) -> None:
        from ui.widgets.reports import report_language

        default = Path.home() / self.export_name(report_language())
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), str(default),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        self.export_to(target)

    def export_to(self, path: Path, done: Callable[[Path], None] | None = None) -> Operation:
        """Write what the page shows (its filters) to ``path`` in the background (helper DC's export)."""
        from ui.widgets.reports import report_language

        ctx, scope, lang, titles, today = self.ctx, self.scope(), report_language(), labels.kpi_titles(), self.today()

        def job(_job) -> Path:
            from opsdesk.services.dashboard_export import export_dashboard

            export_dashboard(ctx, scope, path, titles=titles, lang=lang, today=today)
            return path

        def finished(written: Path) -> None:
            self.notice.setText(self.tr("Saved %1").replace("%1", str(written)))
            if done is not None:
                done(written)

        return Operation(job, owner=self, title=self.tr("Export to Excel"), name="dashboard: excel") \
            .success(finished).with_progress(self.tr("Writing the workbook...")).run()

    def circular_month(self) -> str:
        """The month of the circular: the period's month, or the month of its end (today at the latest)."""
        d1, d2 = self.period_dates()
        if self.period.currentData() == "month":
            return f"{d1:%Y-%m}"
        return f"{min(d2, self.today()):%Y-%m}"

    def _circular_region(self) -> tuple[str | None, str | None]:
        """The region (or area) filtered on: its id and code."""
        from opsdesk.services import org

        region_id = self.area.currentData() or self.region.currentData()
        if not region_id:
            return None, None
        code = next((r.code for r in org.list_regions(self.ctx) if r.id == region_id), None)
        return region_id, code

    def _circular_name(self) -> str:
        from opsdesk.reports.circular import circular_file_name
        from ui.widgets.reports import report_language

        return circular_file_name(self.circular_month(), self._circular_region()[1], report_language())

    def _circular_build(self) -> Callable[[Path], object]:
        """Read on the GUI thread (the filters); the returned function builds the PDF in the worker."""
        from ui.widgets.reports import report_language

        ctx, month, lang, viewer, today = self.ctx, self.circular_month(), report_language(), self.ctx.user_id, self.today()
        region_id = self._circular_region()[0]

        def build(path: Path) -> object:
            from opsdesk.reports.circular import build_circular

            return build_circular(ctx, month, path, region_id=region_id, lang=lang, viewer_id=viewer, today=today)

        return build


__all__ = ["DashboardPage", "KpiTile", "delta_text", "figure_text", "percent_text"]
