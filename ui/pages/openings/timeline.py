"""The timeline of one opening project: a Gantt-like chart painted with QPainter.

One row per milestone in plan order: its title at the left (in the interface's language), then a bar
from the previous milestone's due date (the first: its due date minus 7 days) to its own due date, at
least one day long. A bar is green when done, red when late, blue when open. A gate also has a diamond
at its due date, filled when passed and hollow while not. A vertical amber line marks today and a dark
dashed one day zero (the opening day); the axis at the top has a tick and a label per month. Hovering a
row shows its title, due date, owner role and state; a click (or Up/Down) selects a milestone and emits
``milestoneClicked``. The chart scales to the width; its height follows the number of milestones.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from opsdesk.services.openings import MilestoneDTO, ProjectDTO
from ui import labels
from ui.dates import to_qdate, ui_locale
from ui.style import AMBER, BLUE, BORDER, GREEN, ICON, MUTED, RED

TODAY_COLOUR = AMBER
DAY_ZERO_COLOUR = ICON
DONE_COLOUR = GREEN
LATE_COLOUR = RED
OPEN_COLOUR = BLUE
SELECTED_BG = "#e8f0fe"
GRID = "#eef0f3"
FIRST_BAR_DAYS = 7  # the first milestone's bar starts this many days before its due date

ROW_HEIGHT = 26
HEADER_HEIGHT = 40
FOOTER_HEIGHT = 10
LEFT_MIN, LEFT_MAX = 110, 240  # the title column's width
PAD = 8


def state_of(m: MilestoneDTO, today: date) -> str:
    """``done``, ``late`` or ``open``: what a bar's colour says."""
    return "done" if m.done else "late" if m.late(today) else "open"


STATE_COLOURS = {"done": DONE_COLOUR, "late": LATE_COLOUR, "open": OPEN_COLOUR}


def bar_span(milestones: tuple[MilestoneDTO, ...], index: int) -> tuple[date, date]:
    """The days a milestone's bar covers: from the previous milestone's due date (the first: due − 7 days)
    to its own due date, at least one day."""
    m = milestones[index]
    start = milestones[index - 1].due_on if index > 0 else m.due_on - timedelta(days=FIRST_BAR_DAYS)
    if start >= m.due_on:
        start = m.due_on - timedelta(days=1)
    return start, m.due_on


class TimelineWidget(QWidget):
    """A project's milestones on a date axis (see the module docstring)."""

    milestoneClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingTimeline")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.project: ProjectDTO | None = None
        self.today = date.today()
        self.selected: str | None = None
        self.first_day = self.today
        self.last_day = self.today
        self._fit_height()

    # -- content
    def set_project(self, project: ProjectDTO | None, today: date | None = None) -> None:
        self.project = project
        self.today = today or date.today()
        if project is None or self.selected not in {m.id for m in project.milestones}:
            self.selected = None
        if project is not None and project.milestones:
            days = [self.today, project.target_date]
            for i in range(len(project.milestones)):
                days += list(bar_span(project.milestones, i))
            self.first_day = min(days) - timedelta(days=3)
            self.last_day = max(days) + timedelta(days=5)
        self._fit_height()
        self.update()

    def select(self, milestone_id: str | None) -> None:
        self.selected = milestone_id
        self.update()

    def milestones(self) -> tuple[MilestoneDTO, ...]:
        return self.project.milestones if self.project is not None else ()

    # -- geometry
    def _fit_height(self) -> None:
        self.setFixedHeight(self._height_for(len(self.milestones())))
        self.updateGeometry()

    @staticmethod
    def _height_for(rows: int) -> int:
        return HEADER_HEIGHT + max(rows, 2) * ROW_HEIGHT + FOOTER_HEIGHT

    def sizeHint(self) -> QSize:
        return QSize(860, self._height_for(len(self.milestones())))

    def minimumSizeHint(self) -> QSize:
        return QSize(460, self._height_for(len(self.milestones())))

    def _title(self, m: MilestoneDTO) -> str:
        return labels.template_text(m.title, m.title_en)

    def label_width(self) -> int:
        metrics = QFontMetrics(self._title_font(False))
        widest = max((metrics.horizontalAdvance(self._title(m)) for m in self.milestones()), default=LEFT_MIN)
        return max(LEFT_MIN, min(LEFT_MAX, widest + 2 * PAD))

    def chart_rect(self) -> QRectF:
        """Where the bars are drawn (below the axis, right of the titles)."""
        left = self.label_width()
        return QRectF(left, HEADER_HEIGHT, max(10, self.width() - left - PAD * 2),
                      max(1, len(self.milestones())) * ROW_HEIGHT)

    def x_of(self, day: date) -> float:
        """The x coordinate of the start of ``day`` (a day spans x_of(day) … x_of(day + 1))."""
        chart = self.chart_rect()
        span = max(1, (self.last_day - self.first_day).days)
        return chart.left() + chart.width() * (day - self.first_day).days / span

    def day_centre(self, day: date) -> float:
        return (self.x_of(day) + self.x_of(day + timedelta(days=1))) / 2

    def row_rect(self, index: int) -> QRectF:
        return QRectF(0, HEADER_HEIGHT + index * ROW_HEIGHT, self.width(), ROW_HEIGHT)

    def bar_rect(self, index: int) -> QRectF:
        start, end = bar_span(self.milestones(), index)
        x1, x2 = self.day_centre(start), self.day_centre(end)  # the lines (today, day zero) are at day centres
        row = self.row_rect(index)
        return QRectF(x1, row.top() + 7, max(3.0, x2 - x1), ROW_HEIGHT - 14)

    def row_at(self, y: float) -> int | None:
        if y < HEADER_HEIGHT:
            return None
        index = int((y - HEADER_HEIGHT) // ROW_HEIGHT)
        return index if 0 <= index < len(self.milestones()) else None

    # -- painting
    def _title_font(self, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), QColor("white"))
        ms = self.milestones()
        if not ms:
            p.setPen(QColor(MUTED))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Choose a project to see its timeline."))
            return
        chart = self.chart_rect()
        self._paint_rows(p, ms, chart)
        self._paint_axis(p, chart)
        for i, m in enumerate(ms):
            self._paint_bar(p, i, m)
        self._paint_line(p, self.project.target_date, QColor(DAY_ZERO_COLOUR), Qt.PenStyle.DashLine,
                         self.tr("Day zero"), chart, right=False)
        self._paint_line(p, self.today, QColor(TODAY_COLOUR), Qt.PenStyle.SolidLine, self.tr("Today"), chart,
                         right=True)
        p.end()

    def _paint_rows(self, p: QPainter, ms: tuple[MilestoneDTO, ...], chart: QRectF) -> None:
        left = self.label_width()
        for i, m in enumerate(ms):
            row = self.row_rect(i)
            if m.id == self.selected:
                p.fillRect(row, QColor(SELECTED_BG))
            elif i % 2:
                p.fillRect(row, QColor("#fafbfc"))
            bold = m.id == self.selected
            p.setFont(self._title_font(bold))
            p.setPen(QColor(LATE_COLOUR if m.late(self.today) else "#111827"))
            text_rect = QRectF(PAD, row.top(), left - 2 * PAD, ROW_HEIGHT)
            title = QFontMetrics(p.font()).elidedText(self._title(m), Qt.TextElideMode.ElideRight,
                                                       int(text_rect.width()))
            p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        p.setFont(self.font())
        p.setPen(QPen(QColor(BORDER), 1))
        p.drawLine(QPointF(left - 1, HEADER_HEIGHT - 4), QPointF(left - 1, chart.bottom()))

    def _paint_axis(self, p: QPainter, chart: QRectF) -> None:
        locale = ui_locale()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        p.setFont(small)
        metrics = QFontMetrics(small)
        axis_y = HEADER_HEIGHT - 4
        p.setPen(QPen(QColor(BORDER), 1))
        p.drawLine(QPointF(chart.left(), axis_y), QPointF(chart.right(), axis_y))
        span = (self.last_day - self.first_day).days
        px_per_day = chart.width() / max(1, span)
        if px_per_day >= 5:  # week lines (Mondays) when there is room
            day = self.first_day + timedelta(days=(7 - self.first_day.weekday()) % 7)
            p.setPen(QPen(QColor(GRID), 1))
            while day <= self.last_day:
                x = self.x_of(day)
                p.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, chart.bottom()))
                day += timedelta(days=7)
        month = date(self.first_day.year, self.first_day.month, 1)
        first_label = True
        last_label_end = -1.0
        while month <= self.last_day:
            if month >= self.first_day:
                x = self.x_of(month)
                p.setPen(QPen(QColor(BORDER), 1))
                p.drawLine(QPointF(x, axis_y - 5), QPointF(x, chart.bottom()))
                text = locale.toString(QDate(month.year, month.month, 1),
                                       "yyyy-MM" if first_label or month.month == 1 else "MMM")
                width = metrics.horizontalAdvance(text)
                if x + 3 > last_label_end and x + 3 + width <= self.width():
                    p.setPen(QColor(MUTED))
                    p.drawText(QPointF(x + 3, axis_y - 8), text)
                    last_label_end = x + 3 + width + 6
                    first_label = False
            month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        p.setFont(self.font())

    def _paint_bar(self, p: QPainter, index: int, m: MilestoneDTO) -> None:
        colour = QColor(STATE_COLOURS[state_of(m, self.today)])
        rect = self.bar_rect(index)
        fill = QColor(colour)
        if m.gate:
            fill.setAlpha(90)  # a gate's bar is lighter: its diamond carries the state
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 3, 3)
        if m.id == self.selected:
            p.setPen(QPen(QColor("#111827"), 1.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
        if m.gate:
            cx = self.day_centre(m.due_on)
            cy = rect.center().y()
            r = ROW_HEIGHT / 2 - 4
            diamond = QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r), QPointF(cx - r, cy)])
            p.setPen(QPen(colour, 2))
            p.setBrush(colour if m.done else QColor("white"))
            p.drawPolygon(diamond)

    def _paint_line(self, p: QPainter, day: date, colour: QColor, style: Qt.PenStyle, text: str, chart: QRectF,
                    *, right: bool) -> None:
        if not self.first_day <= day <= self.last_day:
            return
        x = self.day_centre(day)
        pen = QPen(colour, 2)
        pen.setStyle(style)
        p.setPen(pen)
        p.drawLine(QPointF(x, HEADER_HEIGHT - 14), QPointF(x, chart.bottom() + FOOTER_HEIGHT - 2))
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        p.setFont(bold)
        width = QFontMetrics(bold).horizontalAdvance(text)
        tx = x + 4 if right else x - 4 - width
        tx = min(max(tx, chart.left()), self.width() - width - 2)
        p.fillRect(QRectF(tx - 2, 1, width + 4, 14), QColor("white"))
        p.setPen(colour)
        p.drawText(QRectF(tx, 1, width, 14), Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self.font())

    # -- interaction
    def tooltip_for(self, m: MilestoneDTO) -> str:
        state = state_of(m, self.today)
        if m.gate:
            state_text = self.tr("Gate passed") if m.done else (
                self.tr("Gate not passed, late by %1 day(s)").replace("%1", str((self.today - m.due_on).days))
                if state == "late" else self.tr("Gate not passed"))
        elif state == "done":
            state_text = self.tr("Done")
        elif state == "late":
            state_text = self.tr("Late by %1 day(s)").replace("%1", str((self.today - m.due_on).days))
        else:
            state_text = self.tr("Open")
        lines = [self._title(m),
                 self.tr("Due: %1").replace("%1", to_qdate(m.due_on).toString("yyyy-MM-dd")),
                 self.tr("Owner: %1").replace("%1", labels.milestone_role(m.owner_role)),
                 state_text]
        return "\n".join(lines)

    def event(self, e) -> bool:
        from PySide6.QtCore import QEvent

        if e.type() == QEvent.Type.ToolTip:
            index = self.row_at(e.pos().y())
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(e.globalPos(), self.tooltip_for(self.milestones()[index]), self)
            return True
        return super().event(e)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self._choose(index)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ms = self.milestones()
        if ms and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            ids = [m.id for m in ms]
            current = ids.index(self.selected) if self.selected in ids else -1
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            self._choose(min(len(ms) - 1, max(0, current + step)))
            event.accept()
            return
        super().keyPressEvent(event)

    def _choose(self, index: int) -> None:
        m = self.milestones()[index]
        self.select(m.id)
        self.milestoneClicked.emit(m.id)
