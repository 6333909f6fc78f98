"""The signature pad: draw with mouse, pen or touch; strokes are kept as (x, y, t) points.

Coordinates are stored in pad units (1000 x 400, whatever the widget's size), so a signature
draws the same in a report. Clear and undo-stroke are offered; the signer's name, role and the
statement they confirm stand above the pad.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QShortcut,
    QTabletEvent,
)
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
from ui.style import BORDER, set_role, styled
from ui.widgets.unlock_key import with_key

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
    """Sign a completed run: the role (only those still open that this user may sign), the name, the
    statement, and the drawn signature. A role of a user account is signed under the current user's
    name (read-only); a signer without an account (supplier, franchisee, witness) types the name."""

    def __init__(self, ctx: AppContext, run_id: str, role: str | None = None, name: str = "",
                 statement: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from opsdesk import vocabulary
        from opsdesk.services import workspace
        from ui.widgets.reports import report_language

        if statement is None:  # the default statement, in the signer's (the interface's) language
            statement = vocabulary.statement(report_language())

        self.ctx = ctx
        self.run_id = run_id
        self.signature: signatures.SignatureDTO | None = None
        me = workspace.current_user(ctx)
        self.account_name = me.name if me is not None else ""
        self.typed_name = name
        self.setWindowTitle(self.tr("Sign"))
        self.resize(720, 520)
        self.statement = styled(QLabel(statement, objectName="statement"))
        self.statement.setWordWrap(True)
        self.name = QLineEdit(objectName="signerName")
        self.name.setMaxLength(signatures.MAX_NAME)
        self.name.setReadOnly(True)  # until a role without an account is chosen
        self.name_note = QLabel(objectName="signerNameNote")
        set_role(self.name_note, "muted")
        self.role = QComboBox(objectName="signerRole")
        names = signature_roles()
        for code in signatures.signable_roles(ctx, run_id):
            self.role.addItem(names.get(code, code), code)
        self.role.setCurrentIndex(max(self.role.findData(role), 0) if role else 0)
        self.role.currentIndexChanged.connect(self._role_changed)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.name_note)
        form = QFormLayout()
        form.addRow(self.tr("Signing as"), self.role)
        form.addRow(self.tr("Name", "the signer's name"), name_row)
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
        self._role_changed()

    def external(self) -> bool:
        return self.role.currentData() in signatures.EXTERNAL_ROLES

    def _role_changed(self) -> None:
        """A user account's role: the current user's name, fixed. A signer without an account: typed."""
        if self.role.count() == 0:
            self.name.setReadOnly(True)
            self.name.setText("")
            self.name_note.setText("")
            self.sign_button.setEnabled(False)
            self.error_label.setText(self.tr("Every role you may sign has signed this inspection."))
            return
        if not self.name.isReadOnly():
            self.typed_name = self.name.text()
        if self.external():
            self.name.setReadOnly(False)
            self.name.setText(self.typed_name)
            self.name.setPlaceholderText(self.tr("Full name of the person signing"))
            self.name_note.setText(self.tr("(no account)"))
        else:
            self.name.setReadOnly(True)
            self.name.setText(self.account_name)
            self.name_note.setText(self.tr("(your account)"))

    def sign(self) -> None:
        if self.role.count() == 0:
            return
        try:
            self.signature = with_key(self, self.ctx, signatures.sign_run, self.run_id, self.role.currentData(),
                                      self.name.text() if self.external() else "",
                                      self.pad.strokes, statement=self.statement.text())
        except ValidationError as exc:
            self.error_label.setText(describe(exc))
            return
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.accept()
