"""The signature pad: draw with mouse, pen or touch; strokes are kept as (x, y, t) points.

Coordinates are stored in pad units (1000 x 400, whatever the widget's size), so a signature
draws the same in a report. Clear and undo-stroke are offered; the signer's name, role and the
statement they confirm stand above the pad.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPainterPath, QPen, QShortcut, QTabletEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError, ValidationError
from opsdesk.services import signatures
from opsdesk.services.context import AppContext
from ui.errors import describe, show_error
from ui.labels import signature_roles
from ui.style import BORDER, set_role

PAD_W, PAD_H = 1000.0, 400.0

Stroke = list[tuple[float, float, float]]


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._t0 = 0.0
        self.setMinimumSize(500, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # -- model
    def _to_pad(self, pos: QPointF) -> tuple[float, float]:
        return (max(0.0, min(PAD_W, pos.x() * PAD_W / max(1, self.width()))),
                max(0.0, min(PAD_H, pos.y() * PAD_H / max(1, self.height()))))

    def _now(self) -> float:
        if not self._t0:
            self._t0 = time.monotonic()
        return round(time.monotonic() - self._t0, 3)

    def begin(self, pos: QPointF) -> None:
        x, y = self._to_pad(pos)
        self._current = [(x, y, self._now())]
        self.strokes.append(self._current)
        self.update()

    def extend(self, pos: QPointF) -> None:
        if self._current is not None:
            x, y = self._to_pad(pos)
            self._current.append((x, y, self._now()))
            self.update()

    def end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self._t0 = 0.0
        self.update()
        self.changed.emit()

    def undo(self) -> None:
        if self.strokes:
            self.strokes.pop()
            self._current = None
            self.update()
            self.changed.emit()

    def is_empty(self) -> bool:
        return sum(len(s) for s in self.strokes) < 2

    # -- input: mouse, pen (tablet events) and touch (synthesised mouse events)
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.end()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self.extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self.end()
        event.accept()

    # -- drawing
    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor(BORDER), 1, Qt.PenStyle.DashLine))
        base = self.height() * 0.75
        painter.drawLine(20, int(base), self.width() - 20, int(base))
        painter.setPen(QPen(QColor("#111827"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        sx, sy = self.width() / PAD_W, self.height() / PAD_H
        for stroke in self.strokes:
            path = QPainterPath(QPointF(stroke[0][0] * sx, stroke[0][1] * sy))
            for x, y, _t in stroke[1:]:
                path.lineTo(x * sx, y * sy)
            if len(stroke) == 1:
                painter.drawPoint(QPointF(stroke[0][0] * sx, stroke[0][1] * sy))
            painter.drawPath(path)
        painter.setPen(QColor(BORDER))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))


class SignDialog(QDialog):
    """Sign a completed run: name, role, the statement, and the drawn signature."""

    def __init__(self, ctx: AppContext, run_id: str, role: str = "supervisor", name: str = "",
                 statement: str = signatures.DEFAULT_STATEMENT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_id = run_id
        self.signature: signatures.SignatureDTO | None = None
        self.setWindowTitle(self.tr("Sign"))
        self.resize(720, 520)
        self.statement = QLabel(statement, objectName="statement")
        self.statement.setWordWrap(True)
        self.name = QLineEdit(name, objectName="signerName")
        self.role = QComboBox(objectName="signerRole")
        for code, text in signature_roles().items():
            self.role.addItem(text, code)
        self.role.setCurrentIndex(max(self.role.findData(role), 0))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Signing as"), self.role)
        self.pad = SignaturePad(self)
        self.pad.setObjectName("pad")
        undo = QPushButton(self.tr("Undo stroke"), objectName="undoStroke")
        undo.clicked.connect(self.pad.undo)
        clear = QPushButton(self.tr("Clear"), objectName="clearPad")
        clear.clicked.connect(self.pad.clear)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.pad.undo)
        self.error_label = set_role(QLabel(objectName="errors"), "error")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.sign_button = QPushButton(self.tr("Sign"), objectName="sign")
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign)
        row = QHBoxLayout()
        row.addWidget(undo)
        row.addWidget(clear)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.statement)
        layout.addLayout(form)
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(row)

    def sign(self) -> None:
        try:
            self.signature = signatures.sign_run(self.ctx, self.run_id, self.role.currentData(), self.name.text(),
                                                 self.pad.strokes, statement=self.statement.text())
        except ValidationError as exc:
            self.error_label.setText(describe(exc))
            return
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.accept()
