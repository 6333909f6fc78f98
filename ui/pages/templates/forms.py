"""The template editor's forms: a section, an item (every field of its answer type), the panel that
shows the form of the selected node with Save, and the field errors worded for templates (with the
file rules' problems listed under a headline)."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, ValidationError
from opsdesk.services import AppContext
from opsdesk.services import templates as svc
from opsdesk.services.templates import ItemSpec, OptionSpec, TemplateFormatError
from opsdesk.templates_io import FormatProblem
from ui import labels
from ui.errors import format_problem_message, format_problem_text, problem_text
from ui.pages.templates.controller import (
    CHOICE_TYPES,
    SCORED_TYPES,
    decimal_text,
    parse_decimal,
)
from ui.style import ICON, set_role, set_state
from ui.widgets.form import FieldErrors


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

    def show_problems(self, headline: str, problems: list[FormatProblem]) -> None:
        """The file-rule problems, translated field by field under a headline; the fields they name are marked."""
        self.clear()
        for p in problems:
            name = self._field_of(p)
            widget = self.fields.get(name) if name else None
            if widget is not None:
                set_state(widget, "invalid", True)
                widget.setToolTip(format_problem_message(p))
        self.summary.setText("\n".join([headline, *("• " + self._line(p) for p in problems)]))
        self.summary.show()

    def _line(self, problem: FormatProblem) -> str:
        """"Item text: This field is required." for a field of this form; the file path otherwise."""
        name = self._field_of(problem)
        label = self.labels.get(name) if name else None
        if not label:
            return format_problem_text(problem)
        return QCoreApplication.translate("FieldErrors", "%1: %2").replace("%1", label).replace(
            "%2", format_problem_message(problem))

    def _field_of(self, problem: FormatProblem) -> str | None:
        if ".action" in problem.path:
            return "action_title" if problem.field == "title" else None
        if ".options" in problem.path or problem.field == "options":
            return "options"
        if problem.field in self.FORMAT_FIELDS:
            return {"min": "min_value", "max": "max_value", "type": "answer_type"}.get(problem.field, problem.field)
        return None



class SectionForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Section"))
        set_role(self.heading, "subheading")
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
        set_role(self.heading, "subheading")

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
        for code, text in labels.answer_types().items():
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
        set_role(self.not_scored, "muted")

        self.critical = QCheckBox(self.tr("Critical"), objectName="itemCritical")
        self.critical.setToolTip(self.tr("Failing a critical item fails the whole check, whatever the score."))
        self.required = QCheckBox(self.tr("Required"), objectName="itemRequired")
        self.photo_on_fail = QCheckBox(self.tr("Photo on fail"), objectName="itemPhotoOnFail")
        self.photo_on_fail.setToolTip(self.tr("A failed answer needs a photo."))
        self.na_allowed = QCheckBox(self.tr("N/A allowed"), objectName="itemNaAllowed")
        self.na_allowed.setToolTip(self.tr(
            "Whether the inspector may answer N/A. An item answered N/A leaves the maximum and never fails, "
            "so a critical item answered N/A does not fail the check: clear this to forbid it."))
        # A new item's box follows "Critical" (off when critical) until the user sets it; saved items keep theirs.
        self.new_item_ids: set[str] = set()
        self._na_chosen = False
        self.na_allowed.clicked.connect(self._na_clicked)
        self.critical.clicked.connect(self._critical_clicked)
        flags = QHBoxLayout()
        flags.setContentsMargins(0, 0, 0, 0)
        for box in (self.critical, self.required, self.photo_on_fail, self.na_allowed):
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
        self.option_up.setIcon(qta.icon("fa5s.arrow-up", color=ICON))
        self.option_up.setToolTip(self.tr("Move option up"))
        self.option_down = QToolButton(objectName="optionDown")
        self.option_down.setIcon(qta.icon("fa5s.arrow-down", color=ICON))
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
        for code, text in labels.priorities().items():
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

    def _cells(self, row: int) -> tuple[str, str, object, bool]:
        """Label, English label, points (as edited) and "fails" of one option row."""
        items = [self.options.item(row, c) for c in range(4)]
        return (items[0].text() if items[0] else "", items[1].text() if items[1] else "",
                items[2].data(Qt.ItemDataRole.EditRole) if items[2] else 0,
                bool(items[3]) and items[3].checkState() == Qt.CheckState.Checked)

    def option_specs(self) -> tuple[OptionSpec, ...]:
        out = []
        for row in range(self.options.rowCount()):
            label, label_en, raw, fails = self._cells(row)
            label, label_en = label.strip(), label_en.strip()
            try:
                points = int(raw or 0)
            except (TypeError, ValueError):
                raise ValidationError([FieldProblem("options", "invalid_number")]) from None
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
            label, label_en, raw, fails = self._cells(row)
            out.append(OptionSpec(label, label_en, int(raw or 0), fails))
        return out

    # -- N/A allowed
    def mark_new(self, item_id: str) -> None:
        """The item was just added in this editor: its "N/A allowed" box follows "Critical" (off when the
        item is made critical, on otherwise) until the user sets the box; existing items keep theirs."""
        self.new_item_ids.add(item_id)

    def _na_clicked(self, _checked: bool = False) -> None:
        self._na_chosen = True

    def _critical_clicked(self, checked: bool) -> None:
        if self.item is not None and self.item.id in self.new_item_ids and not self._na_chosen:
            self.na_allowed.setChecked(not checked)

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
        self.na_allowed.setVisible(kind != "photo")  # a photo item is answered by its photos, never N/A
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
        self.na_allowed.setChecked(s.na_allowed)
        self._na_chosen = False
        self.scale.setValue(s.scale or 5)
        self.min_value.setText(decimal_text(s.min_value))
        self.max_value.setText(decimal_text(s.max_value))
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
                    value = parse_decimal(edit.text(), field)
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
            na_allowed=self.na_allowed.isChecked(),
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


class FormPanel(QWidget):
    """The form of the node selected in the structure tree (or a hint), and Save under it.

    Its texts belong to the templates page (translation context ``TemplatesPage``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_form = SectionForm()
        self.item_form = ItemForm()
        self.empty_form = QLabel(QCoreApplication.translate("TemplatesPage", "Select a section or an item to edit it."))
        set_role(self.empty_form, "muted")
        self.empty_form.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.forms = QStackedWidget(objectName="forms")
        for w in (self.empty_form, self.section_form, self.item_form):
            self.forms.addWidget(w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.forms)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.save_button = QPushButton(qta.icon("fa5s.save", color=ICON),
                                       QCoreApplication.translate("TemplatesPage", "Save"), objectName="save")
        self.save_button.setToolTip(QCoreApplication.translate(
            "TemplatesPage", "Save the title, the grade bands and the open form (Ctrl+S)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(scroll, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)

    def show_for(self, version: svc.VersionDTO | None, ref: tuple[str, str] | None, number: str) -> None:
        """The form of node ``ref`` of ``version`` (``number`` is the item's number in the tree)."""
        if ref is None or version is None:
            self.section_form.section = None
            self.item_form.item = None
            self.forms.setCurrentWidget(self.empty_form)
            return
        kind, ident = ref
        if kind == "section":
            self.section_form.load(next(s for s in version.sections if s.id == ident))
            self.item_form.item = None
            self.forms.setCurrentWidget(self.section_form)
        else:
            self.item_form.load(version.item(ident), number)
            self.section_form.section = None
            self.forms.setCurrentWidget(self.item_form)

    def is_dirty(self) -> bool:
        current = self.forms.currentWidget()
        if current is self.item_form:
            return self.item_form.is_dirty()
        if current is self.section_form:
            return self.section_form.is_dirty()
        return False

    def save(self, ctx: AppContext, version_id: str) -> svc.VersionDTO | None:
        """Save the open item or section form. Its problems are shown at the form (None); other
        errors are raised for the page to show."""
        if self.forms.currentWidget() is self.item_form:
            form, item = self.item_form, self.item_form.item
            try:
                version = svc.save_item(ctx, version_id, item.section_id, form.spec(), item_id=item.id)
            except ValidationError as exc:
                form.errors.show(exc)
                return None
            except TemplateFormatError as exc:
                form.errors.show_problems(
                    QCoreApplication.translate("TemplatesPage", "The item was not saved. Please fix:"), exc.details)
                return None
            form.errors.clear()
            form.item = version.item(item.id)
            return version
        form = self.section_form
        title, title_en, weight = form.values()
        try:
            version = svc.save_section(ctx, version_id, title, title_en, weight, section_id=form.section.id)
        except ValidationError as exc:
            form.errors.show(exc)
            return None
        form.errors.clear()
        form.section = next(x for x in version.sections if x.id == form.section.id)
        return version
