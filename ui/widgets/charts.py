"""Small charts of the dashboard (总览), drawn with pyqtgraph (MIT; QtCharts is deprecated in Qt 6.10 and
GPL-only): a ``Sparkline`` of a KPI's trend, a ``BarChart`` of scores by region or area, and a ``GradeBar``
(one stacked bar of the grade distribution, painted with QPainter).

White background, the application's palette (``ui.style``), and tick labels in the application font, whose
families end with the bundled CJK font (``ui.app.register_fonts``), so Chinese labels render. Charts do not
pan or zoom with the mouse and have no context menu: they are read, not explored.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui import labels
from ui.style import AMBER, BLUE, BORDER, GREEN, ICON, LIGHT, MUTED, RED

CJK_FAMILY = "WenQuanYi Micro Hei"  # ui.app.CJK_FAMILY (not imported: ui.app sets up the whole application)
GRADE_COLOURS = {"A": GREEN, "B": BLUE, "C": AMBER, "D": RED, "fail": "#7f1d1d"}  # fail: a veto item failed


def chart_font(point_size: int = 9) -> QFont:
    """The application font (its CJK fallback included) at ``point_size``."""
    font = QFont(QGuiApplication.font())
    families = list(font.families()) or [font.family()]
    if CJK_FAMILY not in families:
        families.append(CJK_FAMILY)
    font.setFamilies(families)
    font.setPointSize(point_size)
    return font


def _numbers(values: Sequence[Decimal | int | float | None]) -> list[float]:
    """Floats for pyqtgraph; a missing value is NaN (a gap in the line)."""
    return [float("nan") if v is None else float(v) for v in values]


def _still(plot: pg.PlotWidget) -> None:
    """No panning, zooming, context menu or auto-range button."""
    item = plot.getPlotItem()
    item.setMouseEnabled(x=False, y=False)
    item.setMenuEnabled(False)
    item.hideButtons()
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class Sparkline(pg.PlotWidget):
    """A KPI's trend: a small line without axes, the last point marked. ``values`` oldest first."""

    def __init__(self, values: Sequence[Decimal | int | float | None] = (), parent: QWidget | None = None,
                 colour: str = BLUE) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("sparkline")
        self.colour = colour
        _still(self)
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setContentsMargins(0, 0, 0, 0)
        self.setFixedHeight(34)
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.values: list[float] = []
        self.set_values(values)

    def set_values(self, values: Sequence[Decimal | int | float | None]) -> None:
        self.values = _numbers(values)
        item = self.getPlotItem()
        item.clear()
        if not self.values:
            return
        xs = list(range(len(self.values)))
        item.plot(xs, self.values, pen=pg.mkPen(self.colour, width=2), connect="finite")
        last = self.values[-1]
        if not math.isnan(last):
            item.plot([xs[-1]], [last], pen=None, symbol="o", symbolSize=5, symbolBrush=self.colour,
                      symbolPen=self.colour)
        item.enableAutoRange()

    def sizeHint(self) -> QSize:
        return QSize(120, 34)


class BarChart(pg.PlotWidget):
    """Vertical bars with a text label under each (e.g. average score by region, 0..100)."""

    def __init__(self, labels: Sequence[str] = (), values: Sequence[Decimal | int | float | None] = (),
                 parent: QWidget | None = None, *, y_max: float | None = 100.0, colour: str = BLUE) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("barChart")
        self.colour = colour
        self.y_max = y_max
        _still(self)
        item = self.getPlotItem()
        font = chart_font()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font)
            axis.setPen(pg.mkPen(BORDER))
            axis.setTextPen(pg.mkPen(ICON))
        item.showGrid(y=True, alpha=0.25)
        self.setMinimumHeight(150)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.set_data(labels, values)

    def set_data(self, labels: Sequence[str], values: Sequence[Decimal | int | float | None]) -> None:
        self.labels = list(labels)
        self.values = _numbers(values)
        item = self.getPlotItem()
        item.clear()
        xs = list(range(len(self.labels)))
        heights = [0.0 if math.isnan(v) else v for v in self.values]  # no inspections: no bar
        if xs:
            item.addItem(pg.BarGraphItem(x=xs, height=heights, width=0.6, brush=QColor(self.colour),
                                         pen=pg.mkPen(self.colour)))
        item.getAxis("bottom").setTicks([list(zip(xs, self.labels, strict=True)), []])
        top = self.y_max if self.y_max is not None else max([*heights, 1.0]) * 1.1
        item.setXRange(-0.6, max(len(xs), 1) - 0.4, padding=0)
        item.setYRange(0, top, padding=0)


class GradeBar(QWidget):
    """The grade distribution as one stacked bar (A green, B blue, C amber, D red, others grey), each part as
    wide as its share, its count written inside when it fits."""

    def __init__(self, counts: Mapping[str, int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradeBar")
        self.setFixedHeight(18)
        self.setMinimumWidth(80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.counts: dict[str, int] = {}
        self.set_counts(counts or {})

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self.counts = {g: n for g, n in sorted(counts.items(), key=lambda kv: (kv[0] == "", kv[0])) if n}
        self.setToolTip("  ".join(f"{g or '-'}: {n}" for g, n in self.counts.items()))
        self.update()

    def parts(self) -> list[tuple[str, int, QRectF]]:
        """(grade, count, rectangle) of each part, left to right."""
        total = sum(self.counts.values())
        out = []
        x = 0.0
        width = float(self.width())
        for grade, n in self.counts.items():
            w = width * n / total if total else 0.0
            out.append((grade, n, QRectF(x, 0, w, self.height())))
            x += w
        return out

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(LIGHT))
        painter.setFont(chart_font(8))
        for grade, n, rect in self.parts():
            painter.fillRect(rect, QColor(GRADE_COLOURS.get(grade, MUTED)))
            text = f"{labels.grade(grade)} {n}" if grade else str(n)
            if painter.fontMetrics().horizontalAdvance(text) + 4 <= rect.width():
                painter.setPen(QPen(QColor("white")))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


__all__ = ["GRADE_COLOURS", "BarChart", "GradeBar", "Sparkline", "chart_font"]
