"""The templates page's dialogs: a new template, and the preview of a version."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from opsdesk.services import AppContext
from opsdesk.services import templates as svc
from opsdesk.services.templates import ItemSpec
from ui import labels
from ui.pages.templates.controller import SCORED_TYPES, decimal_text
from ui.pages.templates.forms import TemplateFieldErrors
from ui.style import MUTED, RED, set_role
from ui.widgets.answer_editors import editor_for, interface_is_english, item_text
from ui.widgets.form import FormDialog


class NewTemplateDialog(FormDialog):
    """Code, kind and titles of a new template; the service makes its first draft."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NewTemplateDialog", "New template"), parent,
                         ok_text=QCoreApplication.translate("NewTemplateDialog", "Create"))
        self.ctx = ctx
        self.setMinimumWidth(440)
        self.code = QLineEdit(objectName="code")
        self.code.setMaxLength(40)
        self.code.setPlaceholderText(self.tr("e.g. store_hygiene"))
        self.kind = QComboBox(objectName="kind")
        for code, text in labels.template_kinds().items():
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
        self.form_area.addLayout(form)
        self.errors = TemplateFieldErrors(self.error_label, {}, {})  # the template wording of the problems
        self.set_fields({"code": self.code, "kind": self.kind, "title": self.title, "title_en": self.title_en},
                        {"code": self.tr("Code"), "kind": self.tr("Kind"), "title": self.tr("Title"),
                         "title_en": self.tr("English title")})

    @property
    def result_version(self) -> svc.VersionDTO | None:
        return self.result_value

    def submit(self) -> svc.VersionDTO:
        return svc.create_template(self.ctx, self.code.text().strip(), self.kind.currentData(), self.title.text(),
                                   self.title_en.text())


class PreviewDialog(QDialog):
    """The version as a person filling it in sees it; every answer control is disabled."""

    def __init__(self, version: svc.VersionDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version = version
        self.setObjectName("templatePreview")
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", labels.template_text(version.title, version.title_en)))
        self.resize(760, 680)
        body = QWidget(objectName="previewBody")
        column = QVBoxLayout(body)
        column.addWidget(set_role(QLabel(labels.template_text(version.title, version.title_en)), "title"))
        bands = "  ".join(f"{g} ≥ {decimal_text(m)}%" for g, m in version.grade_bands)
        info = QLabel(" · ".join([
            labels.template_kind(version.kind),
            self.tr("Version %1").replace("%1", str(version.number)),
            labels.version_status(version.status),
            self.tr("Grades: %1").replace("%1", bands),
        ]))
        column.addWidget(set_role(info, "muted"))
        rules = QLabel(self.tr(
            "Scoring: N/A and unanswered optional items leave the maximum; a section's "
            "points and maximum are multiplied by its weight; points are exact and rounded once, to two "
            "places, and the grade is decided on the exact percent; a failed veto item fails the inspection."),
            objectName="previewRules")
        rules.setWordWrap(True)
        column.addWidget(set_role(rules, "muted"))
        self.answer_widgets: dict[str, QWidget] = {}
        self.rule_labels: dict[str, QLabel] = {}
        english = interface_is_english()
        for si, section in enumerate(version.sections):
            weight = self.tr("weight ×%1").replace("%1", str(section.weight))
            box = QGroupBox(f"{si + 1}. {labels.template_text(section.title, section.title_en, english)} · {weight}",
                            objectName="previewSection")
            box_layout = QVBoxLayout(box)
            if not section.items:
                box_layout.addWidget(set_role(QLabel(self.tr("(no items)")), "muted"))
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
        row = QFrame(objectName="previewItem")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(4, 4, 4, 8)
        marks = []
        if s.required:
            marks.append(f"<span style='color:{RED}'>*</span>")
        if s.critical:
            marks.append(f"<span style='color:{RED}; font-weight:600'>[{labels.critical_mark()}]</span>")
        if s.photo_on_fail:
            photo = self.tr("Photo on fail")
            marks.append(f"<span style='color:{MUTED}'>[{escape(photo, quote=False)}]</span>")
        if not s.na_allowed and s.answer_type != "photo":
            no_na = self.tr("N/A not allowed")
            marks.append(f"<span style='color:{MUTED}'>[{escape(no_na, quote=False)}]</span>")
        text = QLabel(f"{number}&nbsp;&nbsp;{escape(item_text(s), quote=False)} {' '.join(marks)}")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        layout.addWidget(text)
        if s.guidance:
            guidance = set_role(QLabel(s.guidance), "muted")
            guidance.setWordWrap(True)
            layout.addWidget(guidance)
        rule = self.scoring_rule(s)
        if rule:
            rule_label = set_role(QLabel(rule, objectName="previewRule"), "muted")
            rule_label.setWordWrap(True)
            self.rule_labels[item.id] = rule_label
            layout.addWidget(rule_label)
        answer = self._answer_widget(s)
        answer.setEnabled(False)
        self.answer_widgets[item.id] = answer
        layout.addWidget(answer)
        return row

    def scoring_rule(self, s: ItemSpec) -> str:
        """How the item scores, with its own numbers: the rules of ``opsdesk.scoring`` (README,
        "Checklist templates and scoring")."""
        kind, w = s.answer_type, str(s.weight)
        if kind not in SCORED_TYPES:
            return self.tr("Recorded, not scored.")
        if kind in ("pass_fail", "yes_no"):
            rule = self.tr("Pass earns %1 points, fail earns 0 and fails.").replace("%1", w)
        elif kind == "rating":
            scale = s.scale or 5
            rule = self.tr("Earns %1 × rating / %2; a rating below %3 fails.").replace("%1", w).replace(
                "%2", str(scale)).replace("%3", decimal_text(Decimal(scale) / 2))
        elif kind == "number":
            lo = "−∞" if s.min_value is None else decimal_text(s.min_value)
            hi = "+∞" if s.max_value is None else decimal_text(s.max_value)
            rule = self.tr("Inside [%1, %2] earns %3 points; outside earns 0 and fails.").replace(
                "%1", lo).replace("%2", hi).replace("%3", w)
        else:
            english = interface_is_english()
            fails = self.tr("fails")
            options = " · ".join(
                f"{labels.template_text(o.label, o.label_en, english)} {o.points}"
                + (f" ({fails})" if o.fails else "") for o in s.options)
            if kind == "choice":
                best = max((o.points for o in s.options), default=0)
                rule = self.tr("Earns %1 × the option's points / %2 (the best option); an option marked "
                               "fails, or worth 0 when others are worth more, fails.").replace(
                    "%1", w).replace("%2", str(best))
            else:
                positive = sum(o.points for o in s.options if o.points > 0)
                rule = self.tr("Earns %1 × (the chosen options' points, negative ones subtracting, at least 0) "
                               "/ %2 (all positive points); a chosen option marked fails, or earning nothing, "
                               "fails.").replace("%1", w).replace("%2", str(positive))
            listed = self.tr("Options: %1").replace("%1", options)
            rule = f"{rule} {listed}"
        if s.weight == 0:
            zero = self.tr("Weight 0: adds nothing to the points or the maximum.")
            rule = f"{rule} {zero}"
        return rule

    def _answer_widget(self, s: ItemSpec) -> QWidget:
        """The same editor the runner and the daily checklists use, shown read-only."""
        editor = editor_for(s, allow_na=s.answer_type in SCORED_TYPES)
        editor.set_read_only(True)
        editor.setContentsMargins(16, 0, 0, 0)
        return editor
