"""The promotion calendar: one month, a row per store, a column per day, painted with QPainter.

The rows are the target stores of the plans shown (code and name at the left, ordered by code); the columns
the days of the month (weekends shaded, today outlined in amber). Each plan is a horizontal bar over its days
in each of its stores, coloured by its status (approved / running green, waiting for a decision amber, draft
grey, clash or returned red, ended a paler green, closed and cancelled light grey) with its code and theme on
it; plans that overlap at a store take one lane each. An approved plan that clashes with another at a store
(``StoreClash``) is outlined in red there. Hovering a bar shows its code, theme, period and status; a click
selects it, a double-click (or Enter on the selected bar) emits ``planActivated(id)``; Left / Right move the
selection from bar to bar. Previous / next buttons (PgUp / PgDown) change the month (``monthChanged``).
"""

from __future__ import annotations

import calendar as _calendar
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from opsdesk.services.promotions import PromotionDTO, StoreClash
from ui import labels
from ui.dates import ui_locale
from ui.style import AMBER, BORDER, GREEN, MUTED, RED

STATUS_COLOURS = {
    "draft": "#9ca3af", "submitted": AMBER, "reviewed": AMBER, "changed": AMBER, "returned": RED, "clash": RED,
    "approved": GREEN, "running": GREEN, "ended": "#7fb48e", "closed": "#cbd5e1", "cancelled": "#e5e7eb",
}
DARK_TEXT = ("closed", "cancelled")  # light bars: dark text on them
CLASH_OUTLINE = RED
TODAY_COLOUR = AMBER
WEEKEND_BG = "#f3f4f6"
GRID = "#e5e7eb"
SELECTED_OUTLINE = "#1d4ed8"
ROW_LANE = 24  # one lane's height
HEADER = 40
LEFT_MIN, LEFT_MAX = 140, 260
DAY_MIN = 22
PAD = 6


status_label = labels.promotion_status


@dataclass(frozen=True)
class Bar:
    plan_id: str
    store_id: str
    lane: int
    first: date  # the first day shown in this month
    last: date
    status: str
    clash: bool


class _Grid(QWidget):
    """The painted month (see the module docstring)."""

    activated = Signal(str)

    def __init__(self, owner: PromotionCalendar) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setObjectName("promotionGrid")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- geometry
    def label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(t) for t in self.owner.store_texts.values()), default=LEFT_MIN)
        return max(LEFT_MIN, min(LEFT_MAX, widest + 2 * PAD))

    def days(self) -> int:
        return _calendar.monthrange(self.owner.year, self.owner.month)[1]

    def day_width(self) -> float:
        return max(DAY_MIN, (self.width() - self.label_width() - PAD) / self.days())

    def x_of(self, day: date) -> float:
        return self.label_width() + (day.day - 1) * self.day_width()

    def row_top(self, store_id: str) -> float:
        y = HEADER
        for sid in self.owner.rows:
            if sid == store_id:
                return y
            y += self.owner.lanes.get(sid, 1) * ROW_LANE
        return y

    def total_height(self) -> int:
        return HEADER + sum(self.owner.lanes.get(sid, 1) for sid in self.owner.rows) * ROW_LANE + PAD

    def sizeHint(self) -> QSize:
        return QSize(LEFT_MIN + 31 * 30, self.total_height())

    def bar_rect(self, bar: Bar) -> QRectF:
        top = self.row_top(bar.store_id) + bar.lane * ROW_LANE
        x0 = self.x_of(bar.first)
        x1 = self.x_of(bar.last) + self.day_width()
        return QRectF(x0 + 1, top + 3, max(4.0, x1 - x0 - 2), ROW_LANE - 6)

    def bar_at(self, pos: QPointF) -> Bar | None:
        for bar in self.owner.bars:
            if self.bar_rect(bar).contains(pos):
                return bar
        return None

    # -- painting
    def paintEvent(self, _event) -> None:
        o = self.owner
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), QColor("white"))
        left, dw, n = self.label_width(), self.day_width(), self.days()
        bottom = self.total_height() - PAD
        today = o.today()
        locale = ui_locale()
        names = [locale.dayName(n, QLocale.FormatType.NarrowFormat) for n in range(1, 8)]
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        for d in range(1, n + 1):
            day = date(o.year, o.month, d)
            x = left + (d - 1) * dw
            if day.weekday() >= 5:
                p.fillRect(QRectF(x, 0, dw, bottom), QColor(WEEKEND_BG))
            p.setPen(QColor(MUTED if day.weekday() < 5 else RED))
            p.setFont(small)
            p.drawText(QRectF(x, 2, dw, 18), Qt.AlignmentFlag.AlignCenter, str(d))
            p.drawText(QRectF(x, 19, dw, 18), Qt.AlignmentFlag.AlignCenter, names[day.weekday()])
            p.setPen(QPen(QColor(GRID), 1))
            p.drawLine(QPointF(x, HEADER), QPointF(x, bottom))
        p.setFont(self.font())
        y = HEADER
        for sid in o.rows:
            h = o.lanes.get(sid, 1) * ROW_LANE
            p.setPen(QPen(QColor(GRID), 1))
            p.drawLine(QPointF(0, y), QPointF(self.width(), y))
            p.setPen(QColor("#111827"))
            text = QFontMetrics(self.font()).elidedText(o.store_texts.get(sid, sid), Qt.TextElideMode.ElideRight,
                                                        left - 2 * PAD)
            p.drawText(QRectF(PAD, y, left - 2 * PAD, ROW_LANE), Qt.AlignmentFlag.AlignVCenter, text)
            y += h
        p.setPen(QPen(QColor(BORDER), 1))
        p.drawLine(QPointF(0, HEADER), QPointF(self.width(), HEADER))
        p.drawLine(QPointF(left, 0), QPointF(left, bottom))
        if not o.rows:
            p.setPen(QColor(MUTED))
            p.drawText(QRectF(left, HEADER, self.width() - left, ROW_LANE * 2), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No promotion in this month."))
        for bar in o.bars:
            rect = self.bar_rect(bar)
            colour = QColor(STATUS_COLOURS.get(bar.status, MUTED))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(rect, 4, 4)
            if bar.clash:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor(CLASH_OUTLINE), 2.5))
                p.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5)
            if bar.plan_id == o.selected:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor(SELECTED_OUTLINE), 2, Qt.PenStyle.DashLine))
                p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 6, 6)
            plan = o.plans[bar.plan_id]
            p.setPen(QColor("#111827" if bar.status in DARK_TEXT else "white"))
            p.setFont(small)
            label = QFontMetrics(small).elidedText(f"{plan.code} {plan.theme}", Qt.TextElideMode.ElideRight,
                                                   int(rect.width()) - 8)
            p.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            p.setFont(self.font())
        if today.year == o.year and today.month == o.month:
            x = left + (today.day - 1) * dw
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(TODAY_COLOUR), 2))
            p.drawRect(QRectF(x + 1, 1, dw - 2, bottom - 1))
        p.end()

    # -- input
    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            bar = self.bar_at(QPointF(e.pos()))
            if bar is not None:
                QToolTip.showText(e.globalPos(), self.owner.tooltip(bar), self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.select(bar.plan_id if bar else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if bar is not None:
            self.owner.select(bar.plan_id)
            self.activated.emit(bar.plan_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = self.owner.plan_order()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.owner.selected:
            self.activated.emit(self.owner.selected)
            return
        if order and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            i = order.index(self.owner.selected) + step if self.owner.selected in order else 0
            self.owner.select(order[max(0, min(len(order) - 1, i))])
            return
        super().keyPressEvent(event)


class PromotionCalendar(QWidget):
    """A month of promotions by store and day (see the module docstring)."""

    planActivated = Signal(str)
    monthChanged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promotionCalendar")
        self._today = today
        t = self.today()
        self.year, self.month = t.year, t.month
        self.plans: dict[str, PromotionDTO] = {}
        self.clashes: list[StoreClash] = []
        self.rows: list[str] = []
        self.store_texts: dict[str, str] = {}
        self.lanes: dict[str, int] = {}
        self.bars: list[Bar] = []
        self.selected: str | None = None
        self.prev_button = QPushButton("◀", objectName="previousMonth")
        self.prev_button.setToolTip(self.tr("Previous month (PgUp)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton("▶", objectName="nextMonth")
        self.next_button.setToolTip(self.tr("Next month (PgDown)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = QPushButton(self.tr("This month"), objectName="thisMonth")
        self.today_button.clicked.connect(lambda: self.set_month(self.today().year, self.today().month, emit=True))
        self.month_label = QLabel(objectName="monthLabel")
        font = self.month_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.month_label.setFont(font)
        self.legend = QLabel(objectName="legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        head = QHBoxLayout()
        head.addWidget(self.prev_button)
        head.addWidget(self.month_label)
        head.addWidget(self.next_button)
        head.addWidget(self.today_button)
        head.addStretch(1)
        head.addWidget(self.legend)
        self.grid = _Grid(self)
        self.grid.activated.connect(self.planActivated)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.scroll, 1)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, activated=lambda: self.step(-1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, activated=lambda: self.step(1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._legend()
        self._layout()

    def today(self) -> date:
        return self._today or date.today()

    # -- month
    def set_month(self, year: int, month: int, *, emit: bool = False) -> None:
        self.year, self.month = year, month
        self._layout()
        if emit:
            self.monthChanged.emit(year, month)

    def step(self, delta: int) -> None:
        index = self.year * 12 + self.month - 1 + delta
        self.set_month(index // 12, index % 12 + 1, emit=True)

    def month_range(self) -> tuple[date, date]:
        return date(self.year, self.month, 1), date(self.year, self.month, _calendar.monthrange(self.year,
                                                                                              self.month)[1])

    # -- content
    def set_plans(self, plans: list[PromotionDTO], clashes: list[StoreClash]) -> None:
        self.plans = {p.id: p for p in plans}
        self.clashes = list(clashes)
        if self.selected not in self.plans:
            self.selected = None
        self._layout()

    def select(self, plan_id: str | None) -> None:
        self.selected = plan_id
        self.grid.update()

    def plan_order(self) -> list[str]:
        """The plans shown, by first day then code (the order Left / Right walk)."""
        return [p.id for p in sorted((self.plans[b] for b in {b.plan_id for b in self.bars}),
                                     key=lambda p: (p.starts_on, p.code))]

    def _layout(self) -> None:
        first, last = self.month_range()
        self.month_label.setText(ui_locale().toString(QDate(self.year, self.month, 1), "MMMM yyyy"))
        clash_pairs = {(c.store_id, c.first_id) for c in self.clashes} | {(c.store_id, c.second_id)
                                                                          for c in self.clashes}
        shown = sorted((p for p in self.plans.values() if p.starts_on <= last and p.ends_on >= first),
                       key=lambda p: (p.starts_on, p.code))
        stores: dict[str, str] = {}
        per_store: dict[str, list[PromotionDTO]] = {}
        for plan in shown:
            for st in plan.stores:
                stores[st.store_id] = f"{st.store_code} {st.store_name}"
                per_store.setdefault(st.store_id, []).append(plan)
        self.rows = sorted(stores, key=lambda sid: stores[sid])
        self.store_texts = stores
        self.bars, self.lanes = [], {}
        for sid in self.rows:
            lane_ends: list[date] = []
            for plan in per_store[sid]:
                a, b = max(plan.starts_on, first), min(plan.ends_on, last)
                lane = next((i for i, end in enumerate(lane_ends) if end < a), None)
                if lane is None:
                    lane = len(lane_ends)
                    lane_ends.append(b)
                else:
                    lane_ends[lane] = b
                self.bars.append(Bar(plan.id, sid, lane, a, b, plan.status.status, (sid, plan.id) in clash_pairs))
            self.lanes[sid] = max(1, len(lane_ends))
        self.grid.setFixedHeight(self.grid.total_height())
        self.grid.update()

    def _legend(self) -> None:
        items = (("running", self.tr("approved")), ("submitted", self.tr("waiting")), ("draft", self.tr("draft")),
                 ("returned", self.tr("returned or in clash")), ("ended", self.tr("ended")))
        self.legend.setText("&nbsp;&nbsp;".join(
            f"<span style='color:{STATUS_COLOURS[code]}'>■</span> {text}" for code, text in items)
            + f"&nbsp;&nbsp;<span style='color:{CLASH_OUTLINE}'>□</span> " + self.tr("overlaps another approved plan"))

    def tooltip(self, bar: Bar) -> str:
        plan = self.plans[bar.plan_id]
        lines = [f"<b>{plan.code}</b> {plan.theme}",
                 f"{plan.starts_on.isoformat()} – {plan.ends_on.isoformat()}",
                 self.tr("Status: %1").replace("%1", status_label(plan.status.status)),
                 self.store_texts.get(bar.store_id, "")]
        for c in self.clashes:
            if c.store_id == bar.store_id and bar.plan_id in (c.first_id, c.second_id):
                other = c.second_code if c.first_id == bar.plan_id else c.first_code
                lines.append(f"<span style='color:{CLASH_OUTLINE}'>" + self.tr(
                    "Overlaps approved plan %1 here from %2 to %3").replace("%1", other).replace(
                    "%2", c.overlap_from.isoformat()).replace("%3", c.overlap_to.isoformat()) + "</span>")
        return "<br>".join(lines)
