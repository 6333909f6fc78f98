"""The asset-label dialog: choose a label sheet (a common A4 sheet, a label printer's size, or any
custom grid), the first free position of a partly used sheet, see the first page at once, then save
the PDF (built in the background, with progress and cancel).

The preview is painted from the layout itself (rectangles and codes), so it follows every change
without building a PDF. The last layout is remembered in QSettings.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, ValidationError
from opsdesk.reports.labels import DEFAULT_PRESET, PRESETS, LabelData, LabelLayout, build_labels, preset_of
from ui.errors import describe
from ui.operations import REPORTS_POOL, Job, Operation
from ui.style import set_role

LAYOUT_SETTING = "labels/layout"
OUTLINE_SETTING = "labels/outline"
LAST_DIR_SETTING = "labels/lastDir"

_LENGTHS = ("page_width", "page_height", "label_width", "label_height", "margin_top", "margin_left",
            "margin_right", "margin_bottom", "gap_x", "gap_y")


def ask_pdf_path(parent: QWidget, default: str) -> Path | None:
    """The save dialog for the label PDF; None when cancelled (tests replace this function)."""
    caption = QCoreApplication.translate("LabelSheetDialog", "Save label sheet")
    pdf_filter = QCoreApplication.translate("LabelSheetDialog", "PDF files (*.pdf)")
    path, _filter = QFileDialog.getSaveFileName(parent, caption, default, pdf_filter)
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


def _mm(value: float) -> str:
    return f"{value:g}"


class LabelPreview(QWidget):
    """The first page of the sheet: the page, each label's outline, the codes of the labels placed,
    the skipped positions of a partly used sheet shaded. ``cell_count`` is what was laid out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPreview")
        self.layout_: LabelLayout | None = None
        self.codes: list[str] = []
        self.start_at = 1
        self.setMinimumSize(260, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def cell_count(self) -> int:
        return self.layout_.per_page if self.layout_ is not None else 0

    def show_layout(self, layout: LabelLayout | None, codes: list[str], start_at: int) -> None:
        self.layout_, self.codes, self.start_at = layout, codes, start_at
        self.update()

    def page_rect(self) -> QRectF:
        """Where the page is drawn (widget pixels), its aspect kept."""
        layout = self.layout_
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if layout is None:
            return area
        scale = min(area.width() / layout.page_width, area.height() / layout.page_height)
        w, h = layout.page_width * scale, layout.page_height * scale
        return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        layout = self.layout_
        if layout is None:
            painter.setPen(self.palette().text().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("The labels do not fit: see the values on the left."))
            return
        page = self.page_rect()
        scale = page.width() / layout.page_width
        painter.setPen(QPen(QColor("#9aa0a6"), 1))
        painter.setBrush(QColor("white"))
        painter.drawRect(page)
        font = QFont(self.font())
        for position in range(layout.per_page):
            x, y, w, h = layout.cell(position)
            cell = QRectF(page.x() + x * scale, page.y() + y * scale, w * scale, h * scale)
            index = position - (self.start_at - 1)
            skipped = index < 0
            painter.setPen(QPen(QColor("#1f5f8b"), 1))
            painter.setBrush(QColor("#e6e8eb") if skipped else QColor("#f4f8fb"))
            painter.drawRect(cell)
            if 0 <= index < len(self.codes):
                square = min(cell.height(), cell.width() / 2) * 0.8
                painter.fillRect(QRectF(cell.x() + cell.height() * 0.1 if cell.width() >= cell.height()
                                        else cell.x() + (cell.width() - square) / 2,
                                        cell.y() + (cell.height() - square) / 2 if cell.width() >= cell.height()
                                        else cell.y() + cell.height() * 0.06, square, square), QColor("#5f6368"))
                pixel = max(5.0, min(cell.height() * 0.22, 11.0))
                font.setPixelSize(int(pixel))
                painter.setFont(font)
                painter.setPen(QColor("black"))
                text_rect = (cell.adjusted(square + cell.height() * 0.2, 0, -2, 0) if cell.width() >= cell.height()
                             else cell.adjusted(2, square + cell.height() * 0.08, -2, 0))
                code = painter.fontMetrics().elidedText(self.codes[index], Qt.TextElideMode.ElideRight,
                                                        int(text_rect.width()))
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, code)
        painter.end()


class LabelSheetDialog(QDialog):
    """Print asset labels for ``labels``: layout, start position, preview, Save PDF…"""

    saved = Signal(str)  # the PDF written
    failed = Signal(object)

    def __init__(self, labels: list[LabelData], parent: QWidget | None = None, *, lang: str = "zh_CN") -> None:
        super().__init__(parent)
        self.labels = list(labels)
        self.lang = lang
        self.operation: Operation | None = None
        self.current: LabelLayout | None = None
        self.problems: list[FieldProblem] = []
        self._syncing = False
        self.setWindowTitle(self.tr("Asset labels"))
        self.setObjectName("labelSheetDialog")

        self.preset = QComboBox(objectName="labelPreset")
        for name, layout in PRESETS.items():
            self.preset.addItem(self.preset_text(layout), name)
        self.preset.addItem(self.tr("Custom size"), None)

        self.columns = QSpinBox(objectName="columns", minimum=1, maximum=60)
        self.rows = QSpinBox(objectName="rows", minimum=1, maximum=60)
        self.lengths: dict[str, QDoubleSpinBox] = {}
        for name in _LENGTHS:
            box = QDoubleSpinBox(objectName=name, decimals=2, minimum=0.0, maximum=2000.0, singleStep=0.5)
            box.setSuffix(self.tr(" mm"))
            if name in ("label_width", "label_height"):
                box.setSpecialValueText(self.tr("Automatic"))  # 0: the labels fill the space
                box.setToolTip(self.tr("Automatic: the labels share the space between the margins and gaps"))
            self.lengths[name] = box
        self.start_at = QSpinBox(objectName="startAt", minimum=1, maximum=1)
        self.start_at.setToolTip(self.tr("On a partly used sheet: the first free label, counted row by row "
                                         "from the top left"))
        self.outline = QCheckBox(self.tr("Print cut lines (for plain paper)"), objectName="outline")

        form = QFormLayout()
        form.addRow(self.tr("Label sheet"), self.preset)
        grid_row = QHBoxLayout()
        grid_row.addWidget(self.columns)
        grid_row.addWidget(QLabel("×"))
        grid_row.addWidget(self.rows)
        form.addRow(self.tr("Columns × rows"), grid_row)
        form.addRow(self.tr("Label width"), self.lengths["label_width"])
        form.addRow(self.tr("Label height"), self.lengths["label_height"])
        page_box = QGroupBox(self.tr("Page"))
        page_grid = QGridLayout(page_box)
        for row, (left, right) in enumerate((("page_width", "page_height"), ("margin_top", "margin_bottom"),
                                             ("margin_left", "margin_right"), ("gap_x", "gap_y"))):
            page_grid.addWidget(QLabel(self.field_label(left)), row, 0)
            page_grid.addWidget(self.lengths[left], row, 1)
            page_grid.addWidget(QLabel(self.field_label(right)), row, 2)
            page_grid.addWidget(self.lengths[right], row, 3)
        form.addRow(page_box)
        form.addRow(self.tr("Start at label"), self.start_at)
        form.addRow(self.outline)

        self.summary = QLabel(objectName="labelSummary")
        self.summary.setWordWrap(True)
        self.preview = LabelPreview(self)
        self.save_button = QPushButton(self.tr("Save PDF..."), objectName="saveLabels")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), objectName="closeLabels")
        close.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.summary)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addLayout(buttons)
        self.resize(900, 620)

        self.show_values(self.remembered_layout())
        self.outline.setChecked(QSettings().value(OUTLINE_SETTING, False, bool))
        self.preset.currentIndexChanged.connect(self.preset_chosen)
        for box in (self.columns, self.rows, *self.lengths.values()):
            box.valueChanged.connect(self.values_changed)
        self.start_at.valueChanged.connect(self.refresh)
        self.values_changed()

    # -- words
    def preset_text(self, layout: LabelLayout) -> str:
        if layout.per_page == 1:
            return (self.tr("Label printer, %1 × %2 mm")
                    .replace("%1", _mm(layout.page_width)).replace("%2", _mm(layout.page_height)))
        return (self.tr("%1 × %2 mm, %3 per A4 sheet (%4 × %5)")
                .replace("%1", _mm(layout.cell_width)).replace("%2", _mm(layout.cell_height))
                .replace("%3", str(layout.per_page)).replace("%4", str(layout.columns))
                .replace("%5", str(layout.rows)))

    def field_label(self, name: str) -> str:
        return {
            "page_width": self.tr("Page width"), "page_height": self.tr("Page height"),
            "label_width": self.tr("Label width"), "label_height": self.tr("Label height"),
            "margin_top": self.tr("Top margin"), "margin_bottom": self.tr("Bottom margin"),
            "margin_left": self.tr("Left margin"), "margin_right": self.tr("Right margin"),
            "gap_x": self.tr("Gap between columns"), "gap_y": self.tr("Gap between rows"),
            "columns": self.tr("Columns"), "rows": self.tr("Rows"), "start_at": self.tr("Start at label"),
        }.get(name, name)

    def problem_text(self, problem: FieldProblem) -> str:
        field = self.field_label(problem.field)
        if problem.reason == "does_not_fit":
            return self.tr("%1: the labels do not fit on the page; make them smaller or reduce the margins, "
                           "gaps, columns or rows.").replace("%1", field)
        if problem.reason == "out_of_range" and "min" in problem.params and "max" not in problem.params:
            return self.tr("%1: at least %2.").replace("%1", field).replace("%2", _mm(float(problem.params["min"])))
        return self.tr("%1: the value is not valid.").replace("%1", field)

    # -- values
    @staticmethod
    def remembered_layout() -> LabelLayout:
        saved = QSettings().value(LAYOUT_SETTING, "", str)
        if saved:
            try:
                return LabelLayout.from_dict(json.loads(saved))
            except (ValueError, TypeError, ValidationError):
                pass  # a damaged or outdated setting: start from the default
        return PRESETS[DEFAULT_PRESET]

    def show_values(self, layout: LabelLayout) -> None:
        self._syncing = True
        try:
            self.columns.setValue(layout.columns)
            self.rows.setValue(layout.rows)
            for name, box in self.lengths.items():
                value = getattr(layout, name)
                box.setValue(0.0 if value is None else value)
            name = preset_of(layout)
            self.preset.setCurrentIndex(self.preset.findData(name) if name else self.preset.count() - 1)
        finally:
            self._syncing = False

    def read_layout(self) -> LabelLayout:
        """The layout the fields describe; ValidationError naming the fields when it cannot be."""
        values: dict[str, object] = {name: box.value() for name, box in self.lengths.items()}
        for name in ("label_width", "label_height"):
            if values[name] == 0:
                values[name] = None
        return LabelLayout(columns=self.columns.value(), rows=self.rows.value(), **values)

    def preset_chosen(self, _index: int) -> None:
        if self._syncing:
            return
        name = self.preset.currentData()
        if name is not None:
            self.show_values(PRESETS[name])
            self.values_changed()

    def values_changed(self, *_args: object) -> None:
        if self._syncing:
            return
        try:
            self.current = self.read_layout()
            self.problems = []
        except ValidationError as exc:
            self.current = None
            self.problems = exc.problems
        self._syncing = True
        try:
            name = preset_of(self.current) if self.current is not None else None
            self.preset.setCurrentIndex(self.preset.findData(name) if name else self.preset.count() - 1)
            if self.current is not None:
                self.start_at.setMaximum(self.current.per_page)
        finally:
            self._syncing = False
        self.refresh()

    def refresh(self, *_args: object) -> None:
        layout = self.current
        self.preview.show_layout(layout, [label.code for label in self.labels], self.start_at.value())
        self.save_button.setEnabled(layout is not None and bool(self.labels) and self.operation is None)
        if layout is None:
            self.summary.setText("\n".join(self.problem_text(p) for p in self.problems))
            set_role(self.summary, "error")
            return
        size = (self.tr("Labels of %1 × %2 mm.").replace("%1", f"{layout.cell_width:.1f}")
                .replace("%2", f"{layout.cell_height:.1f}"))
        per_page = self.tr("%n label(s) per page.", "", layout.per_page)
        pages = self.tr("%n page(s)", "", layout.pages_for(len(self.labels), self.start_at.value()))
        total = self.tr("%n label(s) to print", "", len(self.labels))
        self.summary.setText(f"{per_page} {size}\n{total}: {pages}")
        set_role(self.summary, "")

    # -- saving
    def save(self) -> bool:
        """Ask for the file and build the PDF in the background; False when nothing was started."""
        layout = self.current
        if layout is None or not self.labels or self.operation is not None:
            return False
        folder = QSettings().value(LAST_DIR_SETTING, str(Path.home()), str)
        target = ask_pdf_path(self, str(Path(folder) / self.tr("asset-labels.pdf")))
        if target is None:
            return False
        settings = QSettings()
        settings.setValue(LAYOUT_SETTING, json.dumps(layout.to_dict()))
        settings.setValue(OUTLINE_SETTING, self.outline.isChecked())
        settings.setValue(LAST_DIR_SETTING, str(target.parent))
        labels, start_at, outline, lang = list(self.labels), self.start_at.value(), self.outline.isChecked(), self.lang

        def job(running: Job) -> Path:
            build_labels(labels, layout, target, start_at=start_at, lang=lang, outline=outline,
                         progress=running.reporter())
            return target

        title = self.tr("Asset labels")
        self.operation = (
            Operation(job, owner=self, title=title, name=f"asset labels -> {target}", pool=REPORTS_POOL)
            .with_progress(self.tr("Building the label sheet..."), cancellable=True)
            .success(self._done)
            .failure(self._failed)
            .cancelled(self._cancelled)
            .run())
        self.save_button.setEnabled(False)
        return True

    def _done(self, path: Path) -> None:
        self.operation = None
        self.refresh()
        self.summary.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        set_role(self.summary, "ok")
        self.saved.emit(str(path))

    def _cancelled(self) -> None:
        self.operation = None
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.refresh()
        if isinstance(exc, OSError):
            text = self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(exc))
        else:
            text = describe(exc)
        QMessageBox.warning(self, self.tr("Asset labels"), text)
        self.failed.emit(exc)


__all__ = ["LabelPreview", "LabelSheetDialog", "ask_pdf_path"]
