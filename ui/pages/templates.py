"""Checklist templates: the library on the left, the editor of one version on the right.

The page is thin: every change goes through ``opsdesk.services.templates`` and the
editor is rebuilt from the VersionDTO the service returns. Only a draft can be
edited; a published or retired version is shown read-only.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import (
    QCoreApplication,
    QRegularExpression,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QIcon,
    QKeySequence,
    QPixmap,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, OpsDeskError, ValidationError
from opsdesk.services import AppContext
from opsdesk.services import templates as svc
from opsdesk.services.templates import (
    ItemSpec,
    OptionSpec,
    TemplateFormatError,
    VersionFrozenError,
)
from opsdesk.templates_io import load_file
from ui import labels
from ui.errors import problem_text, show_error
from ui.widgets.answer_editors import editor_for, interface_is_english, item_text
from ui.style import set_state
from ui.widgets.form import FieldErrors

MUTED = "#9aa5b1"
SCORED_TYPES = ("pass_fail", "yes_no", "rating", "number", "choice", "multi_choice")
CHOICE_TYPES = ("choice", "multi_choice")
MAX_PROBLEMS_SHOWN = 12
ROLE = Qt.ItemDataRole.UserRole
BUILTIN_ROLE = Qt.ItemDataRole.UserRole + 1


# ---------------------------------------------------------------- labels


def answer_types() -> dict[str, str]:
    return {
        "pass_fail": QCoreApplication.translate("TemplateLabels", "Pass / fail"),
        "yes_no": QCoreApplication.translate("TemplateLabels", "Yes / no"),
        "rating": QCoreApplication.translate("TemplateLabels", "Rating"),
        "number": QCoreApplication.translate("TemplateLabels", "Number"),
        "text": QCoreApplication.translate("TemplateLabels", "Text"),
        "choice": QCoreApplication.translate("TemplateLabels", "Single choice"),
        "multi_choice": QCoreApplication.translate("TemplateLabels", "Multiple choice"),
        "photo": QCoreApplication.translate("TemplateLabels", "Photo"),
        "date": QCoreApplication.translate("TemplateLabels", "Date"),
    }


def template_kinds() -> dict[str, str]:
    return {
        "inspection": QCoreApplication.translate("TemplateLabels", "Inspection"),
        "opening": QCoreApplication.translate("TemplateLabels", "Opening check"),
        "closing": QCoreApplication.translate("TemplateLabels", "Closing check"),
        "new_store": QCoreApplication.translate("TemplateLabels", "New-store acceptance"),
        "equipment_acceptance": QCoreApplication.translate("TemplateLabels", "Equipment acceptance"),
        "promotion_check": QCoreApplication.translate("TemplateLabels", "Promotion check"),
    }


def version_statuses() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("TemplateLabels", "Draft"),
        "published": QCoreApplication.translate("TemplateLabels", "Published"),
        "retired": QCoreApplication.translate("TemplateLabels", "Retired"),
    }


priorities = labels.priorities  # 特急 / 加急 / 普通, shared with the corrective actions


def answer_type(code: str) -> str:
    return answer_types().get(code, code)


def template_kind(code: str) -> str:
    return template_kinds().get(code, code)


def version_status(code: str) -> str:
    return version_statuses().get(code, code)


priority = labels.priority


def critical_mark() -> str:
    return QCoreApplication.translate("TemplateLabels", "Critical")


def template_problem_text(problem: FieldProblem) -> str:
    """Reasons the shared ``problem_text`` does not know, or words differently for templates."""
    reason = problem.reason
    if reason == "invalid_code" and problem.field == "code":
        return QCoreApplication.translate(
            "TemplateLabels", "Use 2 to 40 lower-case letters, digits, '-' or '_', starting with a letter or digit.")
    if reason == "invalid_bands":
        return QCoreApplication.translate(
            "TemplateLabels", "Give every band a grade and a minimum from 0 to 100; the lowest band must start at 0.")
    if reason == "invalid_number":
        return QCoreApplication.translate("TemplateLabels", "Enter a number such as 12.5, or leave it empty.")
    if reason == "out_of_range":
        return QCoreApplication.translate("TemplateLabels", "Enter a whole number from 0 to 100.")
    if reason == "only_version":
        return QCoreApplication.translate(
            "TemplateLabels", "This draft is the template's only version, so there is nothing to go back to.")
    return problem_text(problem)


class TemplateFieldErrors(FieldErrors):
    """FieldErrors with the template wording, and a list of file-rule problems under a headline."""

    FORMAT_FIELDS = ("key", "text_en", "text", "guidance", "type", "weight", "scale", "min", "max", "unit",
                     "title_en", "title", "label", "points", "fails", "critical", "required", "photo_on_fail")

    def text_for(self, problem: FieldProblem) -> str:
        return template_problem_text(problem)

    def show_problems(self, headline: str, problems: list[str]) -> None:
        """The core's English details under a translated headline; the fields they name are marked."""
        self.clear()
        for p in problems:
            name = self._field_of(p)
            widget = self.fields.get(name) if name else None
            if widget is not None:
                set_state(widget, "invalid", True)
                widget.setToolTip(p)
        self.summary.setText("\n".join([headline, *("• " + p for p in problems)]))
        self.summary.show()

    def _field_of(self, problem: str) -> str | None:
        where, _sep, detail = problem.partition(": ")
        if not detail:
            where, detail = "", problem
        if "action" in where:
            return "action_title"
        if "option" in where or "option" in detail:
            return "options"
        if detail.startswith("type "):
            return "answer_type"
        for name in re.findall(r"'(\w+)'", detail):
            if name in self.FORMAT_FIELDS:
                return {"min": "min_value", "max": "max_value", "type": "answer_type"}.get(name, name)
        return None


def _decimal_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == value.to_integral_value() else format(value.normalize(), "f")


def _parse_decimal(text: str, field: str) -> Decimal | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValidationError([FieldProblem(field, "invalid_number")]) from None
    if not value.is_finite():
        raise ValidationError([FieldProblem(field, "invalid_number")])
    return value


def _blank_icon() -> QIcon:
    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    return QIcon(pix)


# ---------------------------------------------------------------- the structure tree


class TemplateTree(QTreeWidget):
    """Sections (top level) and their items. A drop does not move rows itself: it asks the page,
    which calls the service and rebuilds the tree from what the service returns."""

    dropRequested = Signal(object, object, str)  # dragged ref, target ref or None, "above"/"below"/"on"/"end"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDropIndicatorShown(True)

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        super().dragMoveEvent(event)
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        if dragged is not None and dragged.parent() is None and target is not None and target.parent() is not None:
            event.ignore()  # a section goes between sections, never among items

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        where = {
            QAbstractItemView.DropIndicatorPosition.AboveItem: "above",
            QAbstractItemView.DropIndicatorPosition.BelowItem: "below",
            QAbstractItemView.DropIndicatorPosition.OnItem: "on",
        }.get(self.dropIndicatorPosition(), "end")
        event.setDropAction(Qt.DropAction.IgnoreAction)  # Qt must not move or remove the rows itself
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if dragged is None or dragged is target:
            return
        drag_ref = dragged.data(0, ROLE)
        target_ref = target.data(0, ROLE) if target is not None and where != "end" else None
        # After the drag has finished: the page rebuilds this tree.
        QTimer.singleShot(0, lambda: self.dropRequested.emit(drag_ref, target_ref, where))


# ---------------------------------------------------------------- forms


class SectionForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Section"))
        self.heading.setStyleSheet("font-weight: 600;")
        self.title = QLineEdit(objectName="sectionTitle")
        self.title.setMaxLength(80)
        self.title_en = QLineEdit(objectName="sectionTitleEn")
        self.title_en.setMaxLength(120)
        self.weight = QSpinBox(objectName="sectionWeight")
        self.weight.setRange(0, 100)
        self.weight.setToolTip(self.tr("The section's points and maximum are multiplied by its weight."))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("English title"), self.title_en)
        form.addRow(self.tr("Weight"), self.weight)
        self.error_label = QLabel(objectName="sectionErrors")
        self.errors = TemplateFieldErrors(
            self.error_label, {"title": self.title, "title_en": self.title_en, "weight": self.weight},
            {"title": self.tr("Title"), "title_en": self.tr("English title"), "weight": self.tr("Weight")})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.section: svc.SectionDTO | None = None

    def load(self, section: svc.SectionDTO) -> None:
        self.section = section
        self.errors.clear()
        self.heading.setText(self.tr("Section %1").replace("%1", str(section.position + 1)))
        self.title.setText(section.title)
        self.title_en.setText(section.title_en)
        self.weight.setValue(section.weight)

    def values(self) -> tuple[str, str, int]:
        return self.title.text(), self.title_en.text(), self.weight.value()

    def is_dirty(self) -> bool:
        s = self.section
        return s is not None and self.values() != (s.title, s.title_en, s.weight)


class ItemForm(QWidget):
    """Every field of one item. Fields that do not belong to the chosen answer type are hidden
    and are not sent (the file rules refuse them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: svc.ItemDTO | None = None
        self.heading = QLabel(self.tr("Item"))
        self.heading.setStyleSheet("font-weight: 600;")

        self.key = QLineEdit(objectName="itemKey")
        self.key.setMaxLength(40)
        self.key.setValidator(QRegularExpressionValidator(QRegularExpression(r"[a-z0-9_]*"), self.key))
        self.key.setToolTip(self.tr("A stable name for this item in files and reports: lower-case letters, "
                                    "digits and '_'. Unique in the template."))
        self.text = QLineEdit(objectName="itemText")
        self.text.setMaxLength(200)
        self.text_en = QLineEdit(objectName="itemTextEn")
        self.text_en.setMaxLength(300)
        self.guidance = QPlainTextEdit(objectName="itemGuidance")
        self.guidance.setTabChangesFocus(True)
        self.guidance.setFixedHeight(58)
        self.guidance.setPlaceholderText(self.tr("How to check, what counts as a pass"))

        self.answer_type = QComboBox(objectName="answerType")
        for code, text in answer_types().items():
            self.answer_type.addItem(text, code)
        self.weight = QSpinBox(objectName="itemWeight")
        self.weight.setRange(0, 100)
        self.weight_label = QLabel(self.tr("Weight"))
        type_row = QHBoxLayout()
        type_row.setContentsMargins(0, 0, 0, 0)
        type_row.addWidget(self.answer_type, 1)
        type_row.addSpacing(12)
        type_row.addWidget(self.weight_label)
        type_row.addWidget(self.weight)
        type_box = QWidget()
        type_box.setLayout(type_row)
        self.not_scored = QLabel(self.tr("Recorded only: this answer type is not scored."), objectName="notScored")
        self.not_scored.setStyleSheet(f"color: {MUTED};")

        self.critical = QCheckBox(self.tr("Critical"), objectName="itemCritical")
        self.critical.setToolTip(self.tr("Failing a critical item fails the whole check, whatever the score."))
        self.required = QCheckBox(self.tr("Required"), objectName="itemRequired")
        self.photo_on_fail = QCheckBox(self.tr("Photo on fail"), objectName="itemPhotoOnFail")
        self.photo_on_fail.setToolTip(self.tr("A failed answer needs a photo."))
        flags = QHBoxLayout()
        flags.setContentsMargins(0, 0, 0, 0)
        for box in (self.critical, self.required, self.photo_on_fail):
            flags.addWidget(box)
        flags.addStretch(1)
        self.flags_box = QWidget()
        self.flags_box.setLayout(flags)

        self.scale = QSpinBox(objectName="itemScale")
        self.scale.setRange(2, 10)
        self.scale.setValue(5)
        self.scale.setToolTip(self.tr("The highest rating; below half of it the item fails."))

        number = QRegularExpressionValidator(QRegularExpression(r"-?\d{0,11}([.,]\d{0,2})?"))
        self.min_value = QLineEdit(objectName="itemMin")
        self.max_value = QLineEdit(objectName="itemMax")
        for edit in (self.min_value, self.max_value):
            edit.setValidator(number)
            edit.setPlaceholderText(self.tr("no limit"))
            edit.setMaximumWidth(90)
        self.unit = QLineEdit(objectName="itemUnit")
        self.unit.setMaxLength(16)
        self.unit.setMaximumWidth(80)
        self.unit.setPlaceholderText(self.tr("e.g. °C"))
        range_row = QHBoxLayout()
        range_row.setContentsMargins(0, 0, 0, 0)
        range_row.addWidget(self.min_value)
        range_row.addWidget(QLabel("–"))
        range_row.addWidget(self.max_value)
        range_row.addSpacing(12)
        range_row.addWidget(QLabel(self.tr("Unit")))
        range_row.addWidget(self.unit)
        range_row.addStretch(1)
        self.range_box = QWidget()
        self.range_box.setLayout(range_row)
        self.range_box.setToolTip(self.tr("An answer inside the range passes; outside it fails."))

        self.options = QTableWidget(0, 4, objectName="itemOptions")
        self.options.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("English label"), self.tr("Points"), self.tr("Fails")])
        self.options.verticalHeader().hide()
        header = self.options.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.options.verticalHeader().setDefaultSectionSize(24)
        self.options.setMinimumHeight(110)
        self.options.setMaximumHeight(150)
        self.options.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_option = QToolButton(objectName="addOption")
        self.add_option.setText(self.tr("+ Option"))
        self.remove_option = QToolButton(objectName="removeOption")
        self.remove_option.setText(self.tr("Remove"))
        self.option_up = QToolButton(objectName="optionUp")
        self.option_up.setIcon(qta.icon("fa5s.arrow-up", color="#374151"))
        self.option_up.setToolTip(self.tr("Move option up"))
        self.option_down = QToolButton(objectName="optionDown")
        self.option_down.setIcon(qta.icon("fa5s.arrow-down", color="#374151"))
        self.option_down.setToolTip(self.tr("Move option down"))
        self.add_option.clicked.connect(lambda: self.add_option_row(OptionSpec("")))
        self.remove_option.clicked.connect(self._remove_option)
        self.option_up.clicked.connect(lambda: self._move_option(-1))
        self.option_down.clicked.connect(lambda: self._move_option(1))
        option_buttons = QHBoxLayout()
        option_buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.add_option, self.remove_option, self.option_up, self.option_down):
            option_buttons.addWidget(b)
        option_buttons.addStretch(1)
        options_column = QVBoxLayout()
        options_column.setContentsMargins(0, 0, 0, 0)
        options_column.addWidget(self.options)
        options_column.addLayout(option_buttons)
        self.options_box = QWidget()
        self.options_box.setLayout(options_column)

        self.action_title = QLineEdit(objectName="actionTitle")
        self.action_title.setMaxLength(200)
        self.action_title.setPlaceholderText(self.tr("Leave empty for no default action"))
        self.action_priority = QComboBox(objectName="actionPriority")
        for code, text in priorities().items():
            self.action_priority.addItem(text, code)
        self.action_due_days = QSpinBox(objectName="actionDueDays")
        self.action_due_days.setRange(0, 365)
        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.action_priority)
        due_row.addSpacing(12)
        due_row.addWidget(QLabel(self.tr("Due in (days)")))
        due_row.addWidget(self.action_due_days)
        due_row.addStretch(1)
        self.action_box = QGroupBox(self.tr("Default corrective action"), objectName="actionBox")
        self.action_box.setToolTip(self.tr("A failed answer creates this corrective action."))
        action_form = QFormLayout(self.action_box)
        action_form.addRow(self.tr("Title"), self.action_title)
        action_form.addRow(self.tr("Priority"), due_row)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Key"), self.key)
        self.form.addRow(self.tr("Item text"), self.text)
        self.form.addRow(self.tr("English text"), self.text_en)
        self.form.addRow(self.tr("Guidance"), self.guidance)
        self.form.addRow(self.tr("Answer type"), type_box)
        self.form.addRow("", self.not_scored)
        self.form.addRow("", self.flags_box)
        self.form.addRow(self.tr("Scale"), self.scale)
        self.form.addRow(self.tr("Range"), self.range_box)
        self.form.addRow(self.tr("Options"), self.options_box)

        self.error_label = QLabel(objectName="itemErrors")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors = TemplateFieldErrors(
            self.error_label,
            {"key": self.key, "text": self.text, "text_en": self.text_en, "guidance": self.guidance,
             "answer_type": self.answer_type, "weight": self.weight, "scale": self.scale,
             "min_value": self.min_value, "max_value": self.max_value, "unit": self.unit,
             "options": self.options, "action_title": self.action_title},
            {"key": self.tr("Key"), "text": self.tr("Item text"), "text_en": self.tr("English text"),
             "guidance": self.tr("Guidance"), "answer_type": self.tr("Answer type"), "weight": self.tr("Weight"),
             "scale": self.tr("Scale"), "min_value": self.tr("Minimum"), "max_value": self.tr("Maximum"),
             "unit": self.tr("Unit"), "options": self.tr("Options"), "action_title": self.tr("Title")},
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.action_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.answer_type.currentIndexChanged.connect(lambda _i: self._type_changed())
        self._type_changed()

    # -- options table
    def add_option_row(self, option: OptionSpec) -> None:
        row = self.options.rowCount()
        self.options.insertRow(row)
        self.options.setItem(row, 0, QTableWidgetItem(option.label))
        self.options.setItem(row, 1, QTableWidgetItem(option.label_en))
        points = QTableWidgetItem()
        points.setData(Qt.ItemDataRole.EditRole, int(option.points))
        self.options.setItem(row, 2, points)
        fails = QTableWidgetItem()
        fails.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        fails.setCheckState(Qt.CheckState.Checked if option.fails else Qt.CheckState.Unchecked)
        fails.setToolTip(self.tr("Choosing this option fails the item."))
        self.options.setItem(row, 3, fails)
        if self.isVisible() and not option.label:
            self.options.setCurrentCell(row, 0)
            self.options.editItem(self.options.item(row, 0))

    def option_specs(self) -> tuple[OptionSpec, ...]:
        out = []
        for row in range(self.options.rowCount()):
            def cell(col: int) -> QTableWidgetItem | None:
                return self.options.item(row, col)
            label = cell(0).text().strip() if cell(0) else ""
            label_en = cell(1).text().strip() if cell(1) else ""
            raw = cell(2).data(Qt.ItemDataRole.EditRole) if cell(2) else 0
            try:
                points = int(raw or 0)
            except (TypeError, ValueError):
                raise ValidationError([FieldProblem("options", "invalid_number")]) from None
            fails = bool(cell(3)) and cell(3).checkState() == Qt.CheckState.Checked
            if not label and not label_en and not points and not fails:
                continue  # an untouched new row
            out.append(OptionSpec(label, label_en, points, fails))
        return tuple(out)

    def _set_options(self, options: tuple[OptionSpec, ...]) -> None:
        self.options.setRowCount(0)
        for o in options:
            self.add_option_row(o)

    def _remove_option(self) -> None:
        row = self.options.currentRow()
        if row >= 0:
            self.options.removeRow(row)

    def _move_option(self, delta: int) -> None:
        row = self.options.currentRow()
        specs = list(self._raw_options())
        target = row + delta
        if row < 0 or not 0 <= target < len(specs):
            return
        specs[row], specs[target] = specs[target], specs[row]
        self._set_options(tuple(specs))
        self.options.setCurrentCell(target, 0)

    def _raw_options(self) -> list[OptionSpec]:
        out = []
        for row in range(self.options.rowCount()):
            items = [self.options.item(row, c) for c in range(4)]
            out.append(OptionSpec(items[0].text() if items[0] else "", items[1].text() if items[1] else "",
                                  int(items[2].data(Qt.ItemDataRole.EditRole) or 0) if items[2] else 0,
                                  bool(items[3]) and items[3].checkState() == Qt.CheckState.Checked))
        return out

    # -- type-dependent fields
    def _type_changed(self) -> None:
        kind = self.answer_type.currentData()
        scored = kind in SCORED_TYPES
        self.form.setRowVisible(self.scale, kind == "rating")
        self.form.setRowVisible(self.range_box, kind == "number")
        self.form.setRowVisible(self.options_box, kind in CHOICE_TYPES)
        self.form.setRowVisible(self.not_scored, not scored)
        self.weight.setVisible(scored)
        self.weight_label.setVisible(scored)
        self.critical.setVisible(scored)
        self.photo_on_fail.setVisible(scored)
        self.action_box.setVisible(scored)
        if kind in CHOICE_TYPES and self.options.rowCount() == 0:
            for o in (OptionSpec(self.tr("Good"), "Good", 1), OptionSpec(self.tr("Poor"), "Poor", 0, True)):
                self.add_option_row(o)

    # -- load / read
    def load(self, item: svc.ItemDTO, number: str) -> None:
        self.item = item
        s = item.spec
        self.errors.clear()
        self.heading.setText(self.tr("Item %1").replace("%1", number))
        self.key.setText(s.key)
        self.text.setText(s.text)
        self.text_en.setText(s.text_en)
        self.guidance.setPlainText(s.guidance)
        self.weight.setValue(s.weight)
        self.critical.setChecked(s.critical)
        self.required.setChecked(s.required)
        self.photo_on_fail.setChecked(s.photo_on_fail)
        self.scale.setValue(s.scale or 5)
        self.min_value.setText(_decimal_text(s.min_value))
        self.max_value.setText(_decimal_text(s.max_value))
        self.unit.setText(s.unit)
        self._set_options(s.options)
        self.action_title.setText(s.action_title)
        self.action_priority.setCurrentIndex(max(self.action_priority.findData(s.action_priority), 0))
        self.action_due_days.setValue(s.action_due_days)
        self.answer_type.blockSignals(True)
        self.answer_type.setCurrentIndex(max(self.answer_type.findData(s.answer_type), 0))
        self.answer_type.blockSignals(False)
        self._type_changed()

    def spec(self) -> ItemSpec:
        """The item as the form shows it; raises ValidationError for a number that is not one."""
        kind = self.answer_type.currentData()
        problems = []
        min_value = max_value = None
        if kind == "number":
            for field, edit in (("min_value", self.min_value), ("max_value", self.max_value)):
                try:
                    value = _parse_decimal(edit.text(), field)
                except ValidationError as exc:
                    problems.extend(exc.problems)
                    continue
                if field == "min_value":
                    min_value = value
                else:
                    max_value = value
        options: tuple[OptionSpec, ...] = ()
        if kind in CHOICE_TYPES:
            try:
                options = self.option_specs()
            except ValidationError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)
        return ItemSpec(
            key=self.key.text().strip(),
            text=self.text.text().strip(),
            text_en=self.text_en.text().strip(),
            answer_type=kind,
            guidance=self.guidance.toPlainText().strip(),
            weight=self.weight.value(),
            critical=self.critical.isChecked(),
            required=self.required.isChecked(),
            photo_on_fail=self.photo_on_fail.isChecked(),
            scale=self.scale.value() if kind == "rating" else None,
            min_value=min_value,
            max_value=max_value,
            unit=self.unit.text().strip() if kind == "number" else "",
            options=options,
            action_title=self.action_title.text().strip(),
            action_priority=self.action_priority.currentData(),
            action_due_days=self.action_due_days.value(),
        )

    def is_dirty(self) -> bool:
        if self.item is None:
            return False
        try:
            return self.spec() != self.item.spec
        except ValidationError:
            return True


# ---------------------------------------------------------------- dialogs


class NewTemplateDialog(QDialog):
    """Code, kind and titles of a new template; the service makes its first draft."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_version: svc.VersionDTO | None = None
        self.setWindowTitle(self.tr("New template"))
        self.setMinimumWidth(440)
        self.code = QLineEdit(objectName="code")
        self.code.setMaxLength(40)
        self.code.setPlaceholderText(self.tr("e.g. store_hygiene"))
        self.kind = QComboBox(objectName="kind")
        for code, text in template_kinds().items():
            self.kind.addItem(text, code)
        self.title = QLineEdit(objectName="title")
        self.title.setMaxLength(80)
        self.title_en = QLineEdit(objectName="titleEn")
        self.title_en.setMaxLength(120)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("English title"), self.title_en)
        self.error_label = QLabel(objectName="errors")
        self.errors = TemplateFieldErrors(
            self.error_label, {"code": self.code, "kind": self.kind, "title": self.title, "title_en": self.title_en},
            {"code": self.tr("Code"), "kind": self.tr("Kind"), "title": self.tr("Title"),
             "title_en": self.tr("English title")})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.result_version = svc.create_template(
                self.ctx, self.code.text().strip(), self.kind.currentData(), self.title.text(), self.title_en.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.accept()


class PreviewDialog(QDialog):
    """The version as a person filling it in sees it; every answer control is disabled."""

    def __init__(self, version: svc.VersionDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version = version
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", version.title))
        self.resize(760, 680)
        body = QWidget(objectName="previewBody")
        column = QVBoxLayout(body)
        title = QLabel(version.title)
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        column.addWidget(title)
        bands = "  ".join(f"{g} ≥ {_decimal_text(m)}%" for g, m in version.grade_bands)
        info = QLabel(" · ".join([
            template_kind(version.kind),
            self.tr("Version %1").replace("%1", str(version.number)),
            version_status(version.status),
            self.tr("Grades: %1").replace("%1", bands),
        ]))
        info.setStyleSheet(f"color: {MUTED};")
        column.addWidget(info)
        self.answer_widgets: dict[str, QWidget] = {}
        for si, section in enumerate(version.sections):
            english = interface_is_english()
            box = QGroupBox(f"{si + 1}. {(section.title_en or section.title) if english else section.title}")
            box.setStyleSheet("QGroupBox { font-weight: 600; }")
            box_layout = QVBoxLayout(box)
            if not section.items:
                empty = QLabel(self.tr("(no items)"))
                empty.setStyleSheet(f"color: {MUTED}; font-weight: normal;")
                box_layout.addWidget(empty)
            for ii, item in enumerate(section.items):
                box_layout.addWidget(self._item_row(f"{si + 1}.{ii + 1}", item))
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _item_row(self, number: str, item: svc.ItemDTO) -> QWidget:
        s = item.spec
        row = QFrame()
        row.setStyleSheet("QFrame { font-weight: normal; }")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(4, 4, 4, 8)
        marks = []
        if s.required:
            marks.append("<span style='color:#d93025'>*</span>")
        if s.critical:
            marks.append(f"<span style='color:#d93025; font-weight:600'>[{critical_mark()}]</span>")
        if s.photo_on_fail:
            photo = self.tr("Photo on fail")
            marks.append(f"<span style='color:{MUTED}'>[{_html(photo)}]</span>")
        text = QLabel(f"{number}&nbsp;&nbsp;{_html(item_text(s))} {' '.join(marks)}")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        layout.addWidget(text)
        if s.guidance:
            guidance = QLabel(s.guidance)
            guidance.setWordWrap(True)
            guidance.setStyleSheet(f"color: {MUTED};")
            layout.addWidget(guidance)
        answer = self._answer_widget(s)
        answer.setEnabled(False)
        self.answer_widgets[item.id] = answer
        layout.addWidget(answer)
        return row

    def _answer_widget(self, s: ItemSpec) -> QWidget:
        """The same editor the runner and the daily checklists use, shown read-only."""
        editor = editor_for(s, allow_na=s.answer_type in SCORED_TYPES)
        editor.set_read_only(True)
        editor.setContentsMargins(16, 0, 0, 0)
        return editor


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- the page


class TemplatesPage(QWidget):
    SHOWS = frozenset({"template", "template_version", "template_section", "template_item"})  # refreshed on change

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template: svc.TemplateDTO | None = None
        self.version: svc.VersionDTO | None = None
        self._loading = False

        # -- toolbar
        heading = QLabel(self.tr("Checklist templates"))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.notice = QLabel(objectName="notice")
        self.notice.setStyleSheet("color: #2f7d32;")
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.new_button = self._button(self.tr("New template"), "fa5s.plus", QKeySequence.StandardKey.New, "newTemplate")
        self.import_button = self._button(self.tr("Import"), "fa5s.file-import", None, "importTemplate")
        self.export_button = self._button(self.tr("Export"), "fa5s.file-export", None, "exportTemplate")
        self.edit_button = self._button(self.tr("Edit"), "fa5s.edit", None, "editTemplate")
        self.publish_button = self._button(self.tr("Publish"), "fa5s.check-circle", None, "publishTemplate")
        self.discard_button = self._button(self.tr("Discard draft"), "fa5s.undo", None, "discardDraft")
        self.toggle_button = self._button(self.tr("Retire"), "fa5s.ban", None, "toggleTemplate")
        self.preview_button = self._button(self.tr("Preview"), "fa5s.eye", None, "previewTemplate")
        self.new_button.clicked.connect(self.create_template)
        self.import_button.clicked.connect(self.import_template)
        self.export_button.clicked.connect(self.export_template)
        self.edit_button.clicked.connect(self.edit_template)
        self.publish_button.clicked.connect(self.publish)
        self.discard_button.clicked.connect(self.discard_draft)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.preview_button.clicked.connect(self.preview)
        toolbar = QHBoxLayout()
        toolbar.addWidget(heading)
        toolbar.addStretch(1)
        for b in (self.new_button, self.import_button, self.export_button):
            toolbar.addWidget(b)
        toolbar.addSpacing(12)
        for b in (self.edit_button, self.publish_button, self.discard_button, self.toggle_button,
                  self.preview_button):
            toolbar.addWidget(b)

        # -- left: the library
        self.list = QTreeWidget(objectName="templateList")
        self.list.setHeaderLabels([self.tr("Template"), self.tr("Kind"), self.tr("Version")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setIconSize(QSize(14, 14))
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.list.setColumnWidth(1, 84)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self._template_changed)
        self.show_retired = QCheckBox(self.tr("Show retired"), objectName="showRetired")
        self.show_retired.toggled.connect(lambda _on: self.load_templates())
        self.count_label = QLabel(objectName="count")
        self.count_label.setStyleSheet(f"color: {MUTED};")
        below_list = QHBoxLayout()
        below_list.addWidget(self.show_retired)
        below_list.addStretch(1)
        below_list.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(below_list)

        # -- right: header of the version
        self.title = QLineEdit(objectName="versionTitle")
        self.title.setMaxLength(80)
        self.title_en = QLineEdit(objectName="versionTitleEn")
        self.title_en.setMaxLength(120)
        self.version_combo = QComboBox(objectName="versionChoice")
        self.version_combo.currentIndexChanged.connect(self._version_chosen)
        self.status_label = QLabel(objectName="versionStatus")
        self.code_label = QLabel(objectName="templateCode")
        self.code_label.setStyleSheet(f"color: {MUTED};")
        self.hash_label = QLabel(objectName="contentHash")
        self.hash_label.setStyleSheet(f"color: {MUTED};")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        version_row = QHBoxLayout()
        version_row.setContentsMargins(0, 0, 0, 0)
        version_row.addWidget(self.version_combo)
        version_row.addWidget(self.status_label)
        version_row.addSpacing(8)
        version_row.addWidget(self.code_label)
        version_row.addSpacing(8)
        version_row.addWidget(self.hash_label)
        version_row.addStretch(1)
        self.bands = QTableWidget(2, 0, objectName="gradeBands")
        self.bands.setVerticalHeaderLabels([self.tr("Grade"), self.tr("Min %")])
        self.bands.horizontalHeader().hide()
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.horizontalHeader().setMinimumSectionSize(36)
        self.bands.verticalHeader().setDefaultSectionSize(24)
        self.bands.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bands.setFixedHeight(2 * 24 + 2 * self.bands.frameWidth())
        self.bands.setToolTip(self.tr("A run's grade is the first band whose minimum its percentage reaches."))
        self.add_band = QToolButton(objectName="addBand")
        self.add_band.setText("+")
        self.add_band.setToolTip(self.tr("Add a grade band"))
        self.remove_band = QToolButton(objectName="removeBand")
        self.remove_band.setText("−")
        self.remove_band.setToolTip(self.tr("Remove the selected grade band"))
        self.add_band.clicked.connect(self._add_band)
        self.remove_band.clicked.connect(self._remove_band)
        bands_row = QHBoxLayout()
        bands_row.setContentsMargins(0, 0, 0, 0)
        bands_row.addWidget(self.bands, 1)
        band_buttons = QVBoxLayout()
        band_buttons.setSpacing(2)
        band_buttons.addWidget(self.add_band)
        band_buttons.addWidget(self.remove_band)
        bands_row.addLayout(band_buttons)
        self.header_box = QWidget(objectName="versionHeader")
        grid = QGridLayout(self.header_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Title")), 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(QLabel(self.tr("English title")), 1, 0)
        grid.addWidget(self.title_en, 1, 1)
        grid.addWidget(QLabel(self.tr("Version")), 2, 0)
        grid.addLayout(version_row, 2, 1)
        grades_label = QLabel(self.tr("Grade bands"))
        grid.addWidget(grades_label, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(bands_row, 1, 2, 2, 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        grid.setHorizontalSpacing(10)
        self.header_error_label = QLabel(objectName="headerErrors")
        self.header_errors = TemplateFieldErrors(
            self.header_error_label, {"title": self.title, "title_en": self.title_en, "grade_bands": self.bands},
            {"title": self.tr("Title"), "title_en": self.tr("English title"),
             "grade_bands": self.tr("Grade bands")})

        self.read_only_hint = QLabel(
            self.tr("A published version cannot be changed. Click \u201cEdit\u201d to make a new draft."),
            objectName="readOnlyHint")
        self.read_only_hint.setStyleSheet(
            "background: #fff7e0; color: #7a5a00; border: 1px solid #f0d68a; border-radius: 3px; padding: 4px 8px;")
        self.read_only_hint.setWordWrap(True)

        # -- right: structure tree + forms
        self.tree = TemplateTree()
        self.tree.setObjectName("structure")
        self.tree.setHeaderLabels(["#", self.tr("Section / item"), self.tr("Type"), self.tr("Weight"), ""])
        self.tree.setAlternatingRowColors(True)
        self.tree.setIndentation(14)
        head = self.tree.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3, 4):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._node_changed)
        self.tree.dropRequested.connect(self.drop)
        for keys, slot in (("Alt+Up", lambda: self.move_selected(-1)), ("Alt+Down", lambda: self.move_selected(1)),
                           (QKeySequence.StandardKey.Delete, self.delete_selected)):
            QShortcut(QKeySequence(keys), self.tree, activated=slot, context=Qt.ShortcutContext.WidgetShortcut)

        self.add_section_button = self._tool(self.tr("+ Section"), "fa5s.folder-plus", "addSection",
                                             self.tr("Add a section at the end"))
        self.add_item_button = self._tool(self.tr("+ Item"), "fa5s.plus", "addItem",
                                          self.tr("Add an item to the selected section (Ctrl+Shift+N)"))
        self.delete_button = self._tool(self.tr("Delete"), "fa5s.trash-alt", "deleteNode",
                                        self.tr("Delete the selected section or item (Delete)"))
        self.up_button = self._tool("", "fa5s.arrow-up", "moveUp", self.tr("Move up (Alt+Up)"))
        self.down_button = self._tool("", "fa5s.arrow-down", "moveDown", self.tr("Move down (Alt+Down)"))
        self.add_section_button.clicked.connect(self.add_section)
        self.add_item_button.clicked.connect(self.add_item)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.add_item,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tree_buttons = QHBoxLayout()
        tree_buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.add_section_button, self.add_item_button, self.delete_button):
            tree_buttons.addWidget(b)
        tree_buttons.addStretch(1)
        tree_buttons.addWidget(self.up_button)
        tree_buttons.addWidget(self.down_button)
        tree_panel = QWidget()
        tree_layout = QVBoxLayout(tree_panel)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.tree, 1)
        tree_layout.addLayout(tree_buttons)

        self.section_form = SectionForm()
        self.item_form = ItemForm()
        self.empty_form = QLabel(self.tr("Select a section or an item to edit it."))
        self.empty_form.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_form.setStyleSheet(f"color: {MUTED};")
        self.forms = QStackedWidget(objectName="forms")
        for w in (self.empty_form, self.section_form, self.item_form):
            self.forms.addWidget(w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.forms)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.save_button = QPushButton(qta.icon("fa5s.save", color="#374151"), self.tr("Save"), objectName="save")
        self.save_button.setToolTip(self.tr("Save the title, the grade bands and the open form (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        form_panel = QWidget()
        form_layout = QVBoxLayout(form_panel)
        form_layout.setContentsMargins(8, 0, 0, 0)
        form_layout.addWidget(scroll, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form_layout.addLayout(save_row)

        self.body_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.body_splitter.addWidget(tree_panel)
        self.body_splitter.addWidget(form_panel)
        self.body_splitter.setStretchFactor(0, 1)
        self.body_splitter.setStretchFactor(1, 1)
        self.body_splitter.setSizes([430, 400])

        self.editor = QWidget(objectName="editor")
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.header_box)
        editor_layout.addWidget(self.header_error_label)
        editor_layout.addWidget(self.read_only_hint)
        editor_layout.addWidget(self.body_splitter, 1)
        self.no_template = QLabel(self.tr("Choose a template on the left, or create one (Ctrl+N)."))
        self.no_template.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_template.setStyleSheet(f"color: {MUTED};")
        self.right = QStackedWidget()
        self.right.addWidget(self.no_template)
        self.right.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 1000])
        outer = QVBoxLayout(self)
        outer.addLayout(toolbar)
        outer.addWidget(self.splitter, 1)
        outer.addWidget(self.notice)
        self._show_version(None)

    def _button(self, text: str, icon: str, shortcut: QKeySequence | str | None, name: str) -> QPushButton:
        button = QPushButton(qta.icon(icon, color="#374151"), text, objectName=name)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        return button

    def _tool(self, text: str, icon: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setIcon(qta.icon(icon, color="#374151"))
        if text:
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(tip)
        return button

    # ------------------------------------------------------------ the library

    def refresh(self) -> None:
        """Called when the page is shown. Unsaved edits are kept as they are."""
        if self._forms_dirty() or self._header_dirty():
            return
        self.load_templates()

    def load_templates(self, select_id: str | None = None) -> None:
        keep = select_id or (self.template.id if self.template else None)
        keep_version = self.version.id if (self.version and self.template and self.template.id == keep) else None
        templates = svc.list_templates(self.ctx, include_retired=self.show_retired.isChecked())
        self._loading = True
        try:
            self.list.clear()
            builtin_icon = qta.icon("fa5s.box", color="#2563eb")
            own_icon = _blank_icon()
            chosen = None
            for t in templates:
                row = QTreeWidgetItem([t.title, template_kind(t.kind), self._version_text(t)])
                row.setToolTip(1, template_kind(t.kind))
                row.setData(0, ROLE, t.id)
                row.setData(0, BUILTIN_ROLE, t.builtin)
                row.setIcon(0, builtin_icon if t.builtin else own_icon)
                tip = [f"{t.title} ({t.code})", t.title_en]
                if t.builtin:
                    tip.append(self.tr("Built-in template, shipped with OpsDesk"))
                tip.append(self.tr("%n item(s)", "", t.item_count))
                row.setToolTip(0, "\n".join(x for x in tip if x))
                if not t.active:
                    for col in range(3):
                        row.setForeground(col, QBrush(QColor(MUTED)))
                self.list.addTopLevelItem(row)
                if t.id == keep:
                    chosen = row
            self.count_label.setText(self.tr("%n template(s)", "", len(templates)))
            self.list.setCurrentItem(chosen)
        finally:
            self._loading = False
        self._open_template(keep if chosen is not None else None, keep_version)

    def _version_text(self, t: svc.TemplateDTO) -> str:
        """The library's version column: the published number, a draft, or retired."""
        if t.published_number is None:
            text = version_status("draft")
        else:
            text = self.tr("v%1").replace("%1", str(t.published_number))
            if t.draft_number is not None:
                text += " · " + version_status("draft")
        if not t.active:
            text += " · " + version_status("retired")
        return text

    def select_template(self, template_id: str) -> bool:
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            if row.data(0, ROLE) == template_id:
                self.list.setCurrentItem(row)
                return True
        return False

    def select_code(self, code: str) -> bool:
        t = svc.template_by_code(self.ctx, code)
        return t is not None and self.select_template(t.id)

    def _template_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if self._loading:
            return
        template_id = current.data(0, ROLE) if current else None
        if self.template is not None and template_id == self.template.id:
            return
        if not self._confirm_leave():
            self._loading = True
            self.list.setCurrentItem(previous)
            self._loading = False
            return
        self._open_template(template_id)

    def _open_template(self, template_id: str | None, version_id: str | None = None) -> None:
        if template_id is None:
            self.template = None
            self._show_version(None)
            return
        try:
            self.template = svc.get_template(self.ctx, template_id)
            t = self.template
            chosen = version_id if version_id in (t.draft_version_id, t.published_version_id) else None
            chosen = chosen or t.draft_version_id or t.published_version_id
            self._show_version(svc.get_version(self.ctx, chosen) if chosen else None)
        except OpsDeskError as exc:
            show_error(self, exc)
            self.template = None
            self._show_version(None)

    # ------------------------------------------------------------ the editor

    def is_read_only(self) -> bool:
        return self.version is None or self.version.status != "draft"

    def _show_version(self, version: svc.VersionDTO | None, select: tuple[str, str] | None = None) -> None:
        """Show a version (or nothing); keep the selected node when it still exists."""
        if select is None:
            select = self._current_ref()
        if select is not None and (version is None or not self._has_ref(version, select)):
            select = None
        self.version = version
        self._loading = True
        try:
            self.right.setCurrentWidget(self.editor if version is not None else self.no_template)
            self._fill_header(version)
            self._fill_tree(version, select)
        finally:
            self._loading = False
        self._show_form_for(self.tree.currentItem())
        read_only = self.is_read_only()
        self.read_only_hint.setVisible(version is not None and read_only)
        for w in (self.title, self.title_en, self.bands, self.add_band, self.remove_band, self.section_form,
                  self.item_form, self.add_section_button, self.save_button):
            w.setEnabled(not read_only)
        self.tree.setDragEnabled(not read_only)
        self.tree.setAcceptDrops(not read_only)
        self.tree.viewport().setAcceptDrops(not read_only)
        self._update_actions()

    def _has_ref(self, version: svc.VersionDTO, ref: tuple[str, str]) -> bool:
        kind, ident = ref
        if kind == "section":
            return any(s.id == ident for s in version.sections)
        return any(i.id == ident for i in version.items())

    def _fill_header(self, version: svc.VersionDTO | None) -> None:
        self.header_errors.clear()
        if version is None:
            return
        self.title.setText(version.title)
        self.title_en.setText(version.title_en)
        self._set_bands(version.grade_bands)
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        t = self.template
        choices = []
        if t is not None and t.draft_version_id:
            choices.append((t.draft_number, "draft", t.draft_version_id))
        if t is not None and t.published_version_id:
            choices.append((t.published_number, "published", t.published_version_id))
        if not any(v == version.id for _n, _s, v in choices):
            choices.append((version.number, version.status, version.id))
        for number, status, vid in choices:
            self.version_combo.addItem(
                self.tr("Version %1 (%2)").replace("%1", str(number)).replace("%2", version_status(status)), vid)
        self.version_combo.setCurrentIndex(max(self.version_combo.findData(version.id), 0))
        self.version_combo.setEnabled(self.version_combo.count() > 1)
        self.version_combo.blockSignals(False)
        colours = {"draft": ("#fff4d6", "#8a6100"), "published": ("#e3f4e5", "#2f7d32"),
                   "retired": ("#eceff1", "#546e7a")}
        bg, fg = colours.get(version.status, ("#eceff1", "#546e7a"))
        status = version_status(version.status)
        if t is not None and not t.active:
            status += " · " + self.tr("template retired")
        self.status_label.setText(status)
        self.status_label.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 3px; padding: 1px 6px;")
        self.code_label.setText(self.tr("Code: %1").replace("%1", version.code))
        if version.content_hash:
            self.hash_label.setText(self.tr("Hash %1").replace("%1", version.content_hash[:12]))
            self.hash_label.setToolTip(self.tr("Content hash (sha256): %1").replace("%1", version.content_hash))
            self.hash_label.show()
        else:
            self.hash_label.clear()
            self.hash_label.hide()

    def _set_bands(self, bands: tuple[tuple[str, Decimal], ...]) -> None:
        self.bands.setColumnCount(0)
        for grade, minimum in bands:
            self._append_band(grade, _decimal_text(minimum))

    def _append_band(self, grade: str, minimum: str) -> None:
        col = self.bands.columnCount()
        self.bands.insertColumn(col)
        for row, text in ((0, grade), (1, minimum)):
            cell = QTableWidgetItem(text)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.bands.setItem(row, col, cell)

    def _add_band(self) -> None:
        self._append_band("", "")
        col = self.bands.columnCount() - 1
        self.bands.setCurrentCell(0, col)
        self.bands.editItem(self.bands.item(0, col))

    def _remove_band(self) -> None:
        col = self.bands.currentColumn()
        if col >= 0 and self.bands.columnCount() > 1:
            self.bands.removeColumn(col)

    def band_values(self) -> tuple[tuple[str, Decimal], ...]:
        out = []
        for col in range(self.bands.columnCount()):
            grade = self.bands.item(0, col).text().strip() if self.bands.item(0, col) else ""
            raw = self.bands.item(1, col).text() if self.bands.item(1, col) else ""
            try:
                minimum = _parse_decimal(raw, "grade_bands")
            except ValidationError:
                raise ValidationError([FieldProblem("grade_bands", "invalid_bands")]) from None
            if minimum is None or not 0 <= minimum <= 100:
                raise ValidationError([FieldProblem("grade_bands", "invalid_bands")])
            out.append((grade, minimum))
        return tuple(out)

    def _header_dirty(self) -> bool:
        v = self.version
        if v is None or self.is_read_only():
            return False
        try:
            bands = self.band_values()
        except ValidationError:
            return True
        return (self.title.text(), self.title_en.text(), bands) != (v.title, v.title_en, v.grade_bands)

    def _fill_tree(self, version: svc.VersionDTO | None, select: tuple[str, str] | None) -> None:
        self.tree.clear()
        if version is None:
            return
        bold = QFont(self.tree.font())
        bold.setBold(True)
        chosen = None
        section_flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                         | Qt.ItemFlag.ItemIsDropEnabled)
        item_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        self.tree.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        for si, section in enumerate(version.sections):
            node = QTreeWidgetItem([str(si + 1), section.title, "", str(section.weight), ""])
            node.setData(0, ROLE, ("section", section.id))
            node.setFlags(section_flags)
            for col in range(5):
                node.setFont(col, bold)
            node.setToolTip(1, section.title_en)
            node.setToolTip(3, self.tr("Section weight"))
            self.tree.addTopLevelItem(node)
            if select == ("section", section.id):
                chosen = node
            for ii, item in enumerate(section.items):
                s = item.spec
                scored = s.answer_type in SCORED_TYPES
                child = QTreeWidgetItem([f"{si + 1}.{ii + 1}", s.text, answer_type(s.answer_type),
                                         str(s.weight) if scored else "–", critical_mark() if s.critical else ""])
                child.setData(0, ROLE, ("item", item.id))
                child.setFlags(item_flags)
                child.setForeground(4, QBrush(QColor("#d93025")))
                tip = [f"[{s.key}] {s.text}", s.text_en, s.guidance]
                child.setToolTip(1, "\n".join(x for x in tip if x))
                node.addChild(child)
                if select == ("item", item.id):
                    chosen = child
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
            self.tree.scrollToItem(chosen)

    def _current_ref(self) -> tuple[str, str] | None:
        node = self.tree.currentItem()
        return tuple(node.data(0, ROLE)) if node is not None else None

    def _node_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if self._loading:
            return
        before = self.version
        if not self._confirm_leave(forms_only=True):
            self._loading = True
            self.tree.setCurrentItem(previous)
            self._loading = False
            return
        if self.version is not before:  # saved: redraw the tree once this signal has returned
            ref = tuple(current.data(0, ROLE)) if current is not None else None
            QTimer.singleShot(0, lambda: self._show_version(self.version, ref))
            return
        self._show_form_for(current)
        self._update_actions()

    def _show_form_for(self, node: QTreeWidgetItem | None) -> None:
        ref = node.data(0, ROLE) if node is not None else None
        v = self.version
        if ref is None or v is None:
            self.section_form.section = None
            self.item_form.item = None
            self.forms.setCurrentWidget(self.empty_form)
            return
        kind, ident = ref
        if kind == "section":
            section = next(s for s in v.sections if s.id == ident)
            self.section_form.load(section)
            self.item_form.item = None
            self.forms.setCurrentWidget(self.section_form)
        else:
            item = v.item(ident)
            number = node.text(0)
            self.item_form.load(item, number)
            self.section_form.section = None
            self.forms.setCurrentWidget(self.item_form)

    def _version_chosen(self, _index: int) -> None:
        version_id = self.version_combo.currentData()
        if not version_id or (self.version and version_id == self.version.id):
            return
        if not self._confirm_leave():
            self.version_combo.blockSignals(True)
            self.version_combo.setCurrentIndex(max(self.version_combo.findData(self.version.id), 0))
            self.version_combo.blockSignals(False)
            return
        try:
            self._show_version(svc.get_version(self.ctx, version_id))
        except OpsDeskError as exc:
            show_error(self, exc)

    def _update_actions(self) -> None:
        t, v = self.template, self.version
        has = t is not None and v is not None
        draft = has and v.status == "draft"
        self.export_button.setEnabled(has)
        self.preview_button.setEnabled(has)
        self.edit_button.setEnabled(has and not draft)
        self.publish_button.setEnabled(draft)
        self.discard_button.setEnabled(
            bool(draft and t is not None and (t.published_version_id or (v.number > 1))))
        self.toggle_button.setEnabled(t is not None)
        self.toggle_button.setText(self.tr("Reactivate") if t is not None and not t.active else self.tr("Retire"))
        ref = self._current_ref()
        editable = draft
        self.add_item_button.setEnabled(bool(editable and v.sections))
        self.delete_button.setEnabled(bool(editable and ref))
        self.up_button.setEnabled(bool(editable and ref))
        self.down_button.setEnabled(bool(editable and ref))

    # ------------------------------------------------------------ saving

    def _forms_dirty(self) -> bool:
        if self.is_read_only():
            return False
        current = self.forms.currentWidget()
        if current is self.item_form:
            return self.item_form.is_dirty()
        if current is self.section_form:
            return self.section_form.is_dirty()
        return False

    def _confirm_leave(self, forms_only: bool = False) -> bool:
        """Before the editor shows something else: save or drop unsaved changes, or stay.

        A save here does not redraw the editor (the caller is about to); ``self.version`` is current."""
        dirty = self._forms_dirty() or (not forms_only and self._header_dirty())
        if not dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes you made?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Yes):
            return self.save(header=not forms_only, redraw=False)
        return answer in (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.No)

    def save(self, header: bool = True, redraw: bool = True) -> bool:
        """Ctrl+S: the title and grade bands when changed, then the open section or item form."""
        if self.version is None or self.is_read_only():
            return False
        self.notice.clear()
        ref = self._current_ref()
        saved = False
        if header and self._header_dirty():
            if not self._save_header():
                return False
            saved = True
        current = self.forms.currentWidget()
        if current is self.item_form and self.item_form.item is not None and self.item_form.is_dirty():
            if not self._save_item():
                if saved and redraw:  # the header was saved: keep the item form as the user left it
                    self._fill_header(self.version)
                return False
            saved = True
        elif current is self.section_form and self.section_form.section is not None and self.section_form.is_dirty():
            if not self._save_section():
                if saved and redraw:
                    self._fill_header(self.version)
                return False
            saved = True
        if saved and redraw:
            self._show_version(self.version, ref)
            self.notice.setText(self.tr("Saved."))
        return True

    def _save_header(self) -> bool:
        try:
            version = svc.update_version_meta(self.ctx, self.version.id, self.title.text(), self.title_en.text(),
                                              self.band_values())
        except ValidationError as exc:
            self.header_errors.show(exc)
            return False
        except OpsDeskError as exc:
            self._fail(exc)
            return False
        self.header_errors.clear()
        self.version = version
        if self.template is not None:
            self.template = svc.get_template(self.ctx, self.template.id)
            self._refresh_list_row()
        return True

    def _save_item(self) -> bool:
        form = self.item_form
        item = form.item
        try:
            spec = form.spec()
            version = svc.save_item(self.ctx, self.version.id, item.section_id, spec, item_id=item.id)
        except ValidationError as exc:
            form.errors.show(exc)
            return False
        except TemplateFormatError as exc:
            form.errors.show_problems(self.tr("The item was not saved. Please fix:"), exc.problems)
            return False
        except OpsDeskError as exc:
            self._fail(exc)
            return False
        form.errors.clear()
        self.version = version
        form.item = version.item(item.id)
        return True

    def _save_section(self) -> bool:
        form = self.section_form
        title, title_en, weight = form.values()
        try:
            version = svc.save_section(self.ctx, self.version.id, title, title_en, weight,
                                       section_id=form.section.id)
        except ValidationError as exc:
            form.errors.show(exc)
            return False
        except OpsDeskError as exc:
            self._fail(exc)
            return False
        form.errors.clear()
        self.version = version
        form.section = next(x for x in version.sections if x.id == form.section.id)
        return True

    def _after_change(self, version: svc.VersionDTO, select: tuple[str, str] | None = None,
                      reload_list: bool = True) -> None:
        """Redraw the editor from what the service returned."""
        if reload_list and self.template is not None:
            self.template = svc.get_template(self.ctx, self.template.id)
            self._refresh_list_row()
        self._show_version(version, select)

    def _refresh_list_row(self) -> None:
        """Update the library row of the current template without rebuilding the list."""
        t = self.template
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            if t is not None and row.data(0, ROLE) == t.id:
                row.setText(0, t.title)
                row.setText(2, self._version_text(t))

    # ------------------------------------------------------------ structure edits

    def _selected_section_id(self) -> str | None:
        ref = self._current_ref()
        v = self.version
        if v is None or not v.sections:
            return None
        if ref is None:
            return v.sections[-1].id
        if ref[0] == "section":
            return ref[1]
        return v.item(ref[1]).section_id

    def add_section(self) -> None:
        if self.is_read_only() or not self._confirm_leave(forms_only=True):
            return
        try:
            version = svc.save_section(self.ctx, self.version.id, self.tr("New section"), "New section", 1)
        except OpsDeskError as exc:
            self._fail(exc)
            return
        new = version.sections[-1]
        self._after_change(version, select=("section", new.id))
        self.section_form.title.setFocus()
        self.section_form.title.selectAll()

    def add_item(self) -> None:
        if self.is_read_only() or not self._confirm_leave(forms_only=True):
            return
        section_id = self._selected_section_id()
        if section_id is None:
            return
        ref = self._current_ref()
        after = self.version.item(ref[1]) if ref and ref[0] == "item" else None
        spec = ItemSpec(key=svc.new_item_key(self.version), text=self.tr("New item"), text_en="New item",
                        answer_type="pass_fail")
        try:
            version = svc.save_item(self.ctx, self.version.id, section_id, spec)
            section = next(s for s in version.sections if s.id == section_id)
            new = next(i for i in section.items if i.key == spec.key)
            if after is not None and after.position + 1 < new.position:
                version = svc.move_item(self.ctx, version.id, new.id, section_id, after.position + 1)
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self._after_change(version, select=("item", new.id))
        self.item_form.text.setFocus()
        self.item_form.text.selectAll()

    def delete_selected(self) -> None:
        ref = self._current_ref()
        v = self.version
        if ref is None or v is None or self.is_read_only():
            return
        kind, ident = ref
        if kind == "section":
            section = next(s for s in v.sections if s.id == ident)
            question = self.tr("Delete section \u201c%1\u201d and its %n item(s)?", "", len(section.items)).replace(
                "%1", section.title)
        else:
            question = self.tr("Delete item \u201c%1\u201d?").replace("%1", v.item(ident).text)
        answer = QMessageBox.question(self, self.tr("Confirm"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if kind == "section":
                version = svc.delete_section(self.ctx, v.id, ident)
            else:
                version = svc.delete_item(self.ctx, v.id, ident)
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self.item_form.item = None
        self.section_form.section = None
        self._after_change(version, select=self._neighbour_after_delete(v, ref) or ("none", ""))

    def _neighbour_after_delete(self, old: svc.VersionDTO, ref: tuple[str, str]) -> tuple[str, str] | None:
        kind, ident = ref
        if kind == "section":
            ids = [s.id for s in old.sections]
            i = ids.index(ident)
            rest = ids[:i] + ids[i + 1:]
            return ("section", rest[min(i, len(rest) - 1)]) if rest else None
        item = old.item(ident)
        section = next(s for s in old.sections if s.id == item.section_id)
        ids = [x.id for x in section.items if x.id != ident]
        if ids:
            return ("item", ids[min(item.position, len(ids) - 1)])
        return ("section", section.id)

    def move_selected(self, delta: int) -> None:
        """Alt+Up / Alt+Down: one step; an item past its section's edge goes into the neighbouring section."""
        if self.is_read_only() or not self._confirm_leave(forms_only=True):
            return
        ref = self._current_ref()
        v = self.version
        if ref is None or v is None:
            return
        kind, ident = ref
        try:
            if kind == "section":
                ids = [s.id for s in v.sections]
                target = ids.index(ident) + delta
                if not 0 <= target < len(ids):
                    return
                version = svc.move_section(self.ctx, v.id, ident, target)
            else:
                item = v.item(ident)
                si = next(i for i, s in enumerate(v.sections) if s.id == item.section_id)
                section = v.sections[si]
                index = [x.id for x in section.items].index(ident)
                target = index + delta
                if 0 <= target < len(section.items):
                    version = svc.move_item(self.ctx, v.id, ident, section.id, target)
                elif 0 <= si + delta < len(v.sections):
                    neighbour = v.sections[si + delta]
                    position = len(neighbour.items) if delta < 0 else 0
                    version = svc.move_item(self.ctx, v.id, ident, neighbour.id, position)
                else:
                    return
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self._after_change(version, select=ref, reload_list=False)
        self.tree.setFocus()

    def drop(self, dragged: object, target: object, where: str) -> None:
        """A drag-and-drop in the tree: dragged/target are ("section"|"item", id); target None is the end."""
        v = self.version
        if v is None or self.is_read_only() or dragged is None:
            return
        kind, ident = tuple(dragged)
        target = tuple(target) if target is not None else None
        try:
            if kind == "section":
                ids = [s.id for s in v.sections]
                old = ids.index(ident)
                if target is None:
                    new = len(ids) - 1
                else:
                    t_section = target[1] if target[0] == "section" else v.item(target[1]).section_id
                    t_index = ids.index(t_section)
                    new = t_index if where == "above" else t_index + 1
                    if old < new:
                        new -= 1
                if new == old:
                    return
                version = svc.move_section(self.ctx, v.id, ident, new)
            else:
                item = v.item(ident)
                if target is None:
                    section = v.sections[-1]
                    position = len(section.items)
                elif target[0] == "section":
                    si = next(i for i, s in enumerate(v.sections) if s.id == target[1])
                    section = v.sections[si]
                    if where == "above" and si > 0:
                        section = v.sections[si - 1]
                        position = len(section.items)
                    elif where in ("above", "below"):
                        position = 0
                    else:
                        position = len(section.items)
                else:
                    t_item = v.item(target[1])
                    section = next(s for s in v.sections if s.id == t_item.section_id)
                    index = [x.id for x in section.items].index(t_item.id)
                    position = index if where == "above" else index + 1
                if section.id == item.section_id:
                    old = [x.id for x in section.items].index(ident)
                    if old < position:
                        position -= 1
                    if position == old:
                        return
                version = svc.move_item(self.ctx, v.id, ident, section.id, position)
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self._after_change(version, select=(kind, ident), reload_list=False)

    # ------------------------------------------------------------ template actions

    def create_template(self) -> None:
        if not self._confirm_leave():
            return
        dialog = NewTemplateDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_version:
            v = dialog.result_version
            self.template = None
            self.load_templates(select_id=v.template_id)
            self.notice.setText(self.tr("Created %1. Add sections and items, then publish it.").replace(
                "%1", v.title))

    def edit_template(self) -> None:
        """A published version is frozen: make (or reopen) the draft and edit that."""
        if self.template is None or not self._confirm_leave():
            return
        try:
            draft = svc.new_draft(self.ctx, self.template.id)
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self.template = svc.get_template(self.ctx, self.template.id)
        self._refresh_list_row()
        self._show_version(draft)
        self.notice.setText(self.tr("Version %1 is a draft: edit it, then publish it.").replace(
            "%1", str(draft.number)))

    def publish(self) -> None:
        v = self.version
        if v is None or v.status != "draft":
            return
        if (self._forms_dirty() or self._header_dirty()) and not self.save():
            return
        v = self.version
        question = self.tr("Publish version %1 of \u201c%2\u201d? It is frozen once published; new inspections "
                           "use it, and the version published before it is retired.").replace(
            "%1", str(v.number)).replace("%2", v.title)
        if QMessageBox.question(self, self.tr("Confirm"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            version = svc.publish(self.ctx, v.id)
        except TemplateFormatError as exc:
            self._show_problems(self.tr("Cannot publish yet"),
                                self.tr("Version %1 cannot be published until these problems are fixed:")
                                .replace("%1", str(v.number)), exc.problems)
            return
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self.template = svc.get_template(self.ctx, v.template_id)
        self.load_templates()
        self.notice.setText(self.tr("Version %1 published.").replace("%1", str(version.number)))

    def discard_draft(self) -> None:
        v = self.version
        if v is None or v.status != "draft":
            return
        question = self.tr("Discard draft version %1 of \u201c%2\u201d and all changes in it?").replace(
            "%1", str(v.number)).replace("%2", v.title)
        if QMessageBox.question(self, self.tr("Confirm"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            svc.discard_draft(self.ctx, v.id)
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self.item_form.item = None
        self.section_form.section = None
        self.version = None
        self.load_templates(select_id=v.template_id)
        self.notice.setText(self.tr("Draft discarded."))

    def toggle_active(self) -> None:
        t = self.template
        if t is None:
            return
        if t.active:
            question = self.tr("Retire template \u201c%1\u201d? It cannot be used for new checks; past checks "
                               "keep it, and it can be reactivated.").replace("%1", t.title)
        else:
            question = self.tr("Reactivate template \u201c%1\u201d?").replace("%1", t.title)
        if QMessageBox.question(self, self.tr("Confirm"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            svc.set_template_active(self.ctx, t.id, not t.active)
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self.load_templates(select_id=t.id)
        if t.active:
            self.notice.setText(self.tr("Template retired. Tick \u201cShow retired\u201d to see it."))

    def import_template(self) -> None:
        if not self._confirm_leave():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import template"), "", self.tr("Template files (*.json);;All files (*)"))
        if not path:
            return
        try:
            spec = load_file(path)  # read only: to ask first when the code is taken
            existing = svc.template_by_code(self.ctx, spec.code)
            if existing is not None:
                question = self.tr("A template with code %1 (\u201c%2\u201d) already exists. Import the file as its "
                                   "newest version and publish it? The version published now will be retired.") \
                    .replace("%1", spec.code).replace("%2", existing.title)
                if QMessageBox.question(self, self.tr("Confirm"), question) != QMessageBox.StandardButton.Yes:
                    return
            version = svc.import_file(self.ctx, path)
        except TemplateFormatError as exc:
            self._show_problems(self.tr("Import failed"),
                                self.tr("%1 was not imported; nothing was changed. Problems found:")
                                .replace("%1", Path(path).name), exc.problems)
            return
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self.template = None
        self.load_templates(select_id=version.template_id)
        self.notice.setText(self.tr("Imported \u201c%1\u201d as version %2.").replace("%1", version.title)
                            .replace("%2", str(version.number)))

    def export_template(self) -> None:
        t, v = self.template, self.version
        if t is None or v is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export template"), f"{t.code}.json", self.tr("Template files (*.json)"))
        if not path:
            return
        if not Path(path).suffix:
            path += ".json"
        try:
            data = svc.export_data(self.ctx, t.code, v.number)
            Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except OpsDeskError as exc:
            self._fail(exc)
            return
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", exc.strerror or ""))
            return
        self.notice.setText(self.tr("Exported version %1 to %2.").replace("%1", str(v.number))
                            .replace("%2", Path(path).name))

    def preview(self) -> None:
        if self.version is None:
            return
        PreviewDialog(self.version, self).exec()

    # ------------------------------------------------------------ errors

    def _show_problems(self, title: str, headline: str, problems: list[str]) -> None:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        lines = [headline, "", *("• " + p for p in shown)]
        if len(problems) > len(shown):
            lines.append(self.tr("… and %n more.", "", len(problems) - len(shown)))
        QMessageBox.warning(self, title, "\n".join(lines))

    def _fail(self, exc: OpsDeskError) -> None:
        if isinstance(exc, VersionFrozenError):
            QMessageBox.warning(self, self.tr("OpsDesk"), self.tr(
                "A published version cannot be changed. Click \u201cEdit\u201d to make a new draft."))
            return
        if isinstance(exc, ValidationError) and any(p.reason == "only_version" for p in exc.problems):
            QMessageBox.warning(self, self.tr("OpsDesk"), "\n".join(template_problem_text(p) for p in exc.problems))
            return
        show_error(self, exc)


__all__ = ["ItemForm", "NewTemplateDialog", "PreviewDialog", "SectionForm", "TemplatesPage", "answer_type",
           "answer_types", "priorities", "priority", "template_kind", "template_kinds", "version_status",
           "version_statuses"]
