"""Faults (故障) of an equipment item: reporting one (with photos), the fault's steps (locate, repair,
analyse, close) with one button per possible step, a corrective action raised from it, and the list
of an item's faults.

Opened from the register page: ``ReportFaultDialog(ctx, equipment_id, parent)``,
``FaultDialog(ctx, fault_id, parent)`` and ``FaultListWidget(ctx, equipment_id, parent)``; each has
``changed`` (True, or a signal for the list) when the item's faults (and so maybe its status) changed.
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, faults
from opsdesk.services.faults import FaultDTO
from ui import labels
from ui.errors import problem_text, show_error
from ui.labels import fault_status, fault_statuses, severities, severity  # noqa: F401 - used and offered here
from ui.pages.equipment.forms import clean_amount
from ui.style import AMBER, BLUE, GREEN, ICON, MUTED, RED, badge_style, set_role
from ui.widgets.form import FieldErrors, FormDialog
from ui.widgets.photo_viewer import ask_photo_files, store_photo_files

FAULT_COLOURS = {"reported": RED, "located": AMBER, "repaired": BLUE, "analysed": "#7c3aed", "closed": GREEN}
SEVERITY_COLOURS = {"low": MUTED, "normal": ICON, "high": AMBER, "critical": RED}
STEP_ICONS = {"located": "fa5s.search", "repaired": "fa5s.wrench", "analysed": "fa5s.microscope",
              "closed": "fa5s.check-circle"}


# ---------------------------------------------------------------- translated labels


def step_label(target: str) -> str:
    """The button that takes a fault to ``target``."""
    return {
        "located": QCoreApplication.translate("FaultLabels", "Locate..."),
        "repaired": QCoreApplication.translate("FaultLabels", "Record repair..."),
        "analysed": QCoreApplication.translate("FaultLabels", "Analyse cause..."),
        "closed": QCoreApplication.translate("FaultLabels", "Close fault..."),
    }.get(target, target)


def step_title(target: str) -> str:
    """The title and confirming button of a step's dialog."""
    return {
        "located": QCoreApplication.translate("FaultLabels", "Locate the fault"),
        "repaired": QCoreApplication.translate("FaultLabels", "Record the repair"),
        "analysed": QCoreApplication.translate("FaultLabels", "Analyse the cause"),
        "closed": QCoreApplication.translate("FaultLabels", "Close the fault"),
    }.get(target, target)


def hours_text(value: object) -> str:
    return QCoreApplication.translate("FaultLabels", "%1 h").replace("%1", str(value))


def money_text(value: object) -> str:
    return "" if value is None else f"¥{value:,.2f}"


class FaultErrors(FieldErrors):
    """The fault dialogs' wording for the service's reasons."""

    def text_for(self, problem) -> str:  # noqa: ANN001
        if problem.field == "cost" and problem.reason == "out_of_range":
            return QCoreApplication.translate("FaultLabels", "Enter an amount from 0 to 100,000,000 元.")
        if problem.reason == "invalid_number":
            return QCoreApplication.translate("FaultLabels", "Enter an amount such as 120.50.")
        if problem.field == "note" and problem.reason == "reason_required":
            return QCoreApplication.translate("FaultLabels",
                                              "Say why the fault is closed before its cause is analysed.")
        return problem_text(problem)


def step_error_text(exc: OpsDeskError) -> str:
    current, target = str(exc.params.get("current", "")), str(exc.params.get("target", ""))
    if current == "retired":
        return QCoreApplication.translate("FaultLabels", "This item is retired; it takes no more faults.")
    if target == "action":
        return QCoreApplication.translate(
            "FaultLabels", "A corrective action can be raised once per fault, and not from a closed fault.")
    if current == "closed":
        return QCoreApplication.translate("FaultLabels", "This fault is closed; it can no longer change.")
    return QCoreApplication.translate(
        "FaultLabels", "This step is not possible: the fault is %1 and cannot be %2 now.") \
        .replace("%1", fault_status(current)).replace("%2", fault_status(target))


def report_error(parent: QWidget | None, exc: OpsDeskError) -> None:
    from PySide6.QtWidgets import QMessageBox

    if isinstance(exc, faults.FaultStepError):
        QMessageBox.warning(parent, QCoreApplication.translate("FaultLabels", "Not possible"), step_error_text(exc))
    else:
        show_error(parent, exc)


def _text_box(name: str, height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


# ---------------------------------------------------------------- reporting


class ReportFaultDialog(FormDialog):
    """Report a fault of one item: the symptom, how severe, photos. ``result_value`` is the FaultDTO."""

    def __init__(self, ctx: AppContext, equipment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ReportFaultDialog", "Report a fault"), parent,
                         ok_text=QCoreApplication.translate("ReportFaultDialog", "Report fault"))
        self.ctx = ctx
        self.equipment_id = equipment_id
        self.changed = False
        self.setMinimumWidth(480)
        self.item_label = set_role(QLabel(objectName="itemLabel"), "strong")
        self.item_label.setWordWrap(True)
        self.item_label.setText(self._item_text())
        self.symptom = _text_box("symptom", 100)
        self.symptom.setPlaceholderText(self.tr("What is wrong? (e.g. no cold air, error code E4)"))
        self.severity = QComboBox(objectName="severity")
        for code, text in severities().items():
            self.severity.addItem(text, code)
        self.severity.setCurrentIndex(self.severity.findData("normal"))
        self.photos = QListWidget(objectName="photos")
        self.photos.setFixedHeight(70)
        add = QPushButton(qta.icon("fa5s.camera", color=ICON), self.tr("Add photos..."), objectName="addPhotos")
        add.setAutoDefault(False)
        add.clicked.connect(self.choose_photos)
        remove = QPushButton(self.tr("Remove"), objectName="removePhoto")
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self.photos.takeItem(self.photos.currentRow()))
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(add)
        photo_buttons.addWidget(remove)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photos, 1)
        photo_row.addLayout(photo_buttons)
        form = QFormLayout()
        form.addRow(self.tr("Item"), self.item_label)
        form.addRow(self.tr("Symptom"), self.symptom)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Photos"), photo_row)
        self.form_area.addLayout(form)
        self.errors = FaultErrors(self.error_label, {}, {})
        self.set_fields({"symptom": self.symptom, "severity": self.severity},
                        {"symptom": self.tr("Symptom"), "severity": self.tr("Severity")})
        self.symptom.setFocus()

    def _item_text(self) -> str:
        from opsdesk.services import equipment

        try:
            item = equipment.get_equipment(self.ctx, self.equipment_id)
        except OpsDeskError:
            return ""
        return f"{item.asset_code} {item.name} · {item.store_code} {item.store_name}"

    def choose_photos(self) -> None:
        files = ask_photo_files(self)
        self.add_photos(files)

    def add_photos(self, files: list[str]) -> None:
        for path in files:
            if not self.photos.findItems(path, Qt.MatchFlag.MatchExactly):
                self.photos.addItem(path)

    def photo_paths(self) -> list[str]:
        return [self.photos.item(i).text() for i in range(self.photos.count())]

    def submit(self) -> FaultDTO:
        fault = faults.report_fault(self.ctx, self.equipment_id, self.symptom.toPlainText(),
                                    self.severity.currentData(), self.photo_paths())
        self.changed = True
        return fault

    def show_failure(self, exc: Exception) -> None:
        if isinstance(exc, OpsDeskError):
            report_error(self, exc)
        else:
            super().show_failure(exc)


# ---------------------------------------------------------------- one step


class FaultStepDialog(FormDialog):
    """What one step records: the diagnosis, the repair (vendor, parts, cost), the cause, or the
    closing note. ``result_value`` is the moved FaultDTO."""

    def __init__(self, ctx: AppContext, fault: FaultDTO, target: str, parent: QWidget | None = None) -> None:
        super().__init__(step_title(target), parent, ok_text=step_title(target))
        self.ctx = ctx
        self.fault = fault
        self.target = target
        self.setMinimumWidth(460)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("confirmStep")
        head = set_role(QLabel(f"{fault.asset_code} {fault.equipment_name}: {fault.symptom}"), "strong")
        head.setWordWrap(True)
        self.form_area.addWidget(head)
        form = QFormLayout()
        self.text = _text_box("text")
        self.vendor = QLineEdit(objectName="vendor")
        self.parts = _text_box("parts", 60)
        self.cost = QLineEdit(objectName="cost")
        self.cost.setPlaceholderText(self.tr("元, e.g. 350.00"))
        fields: dict[str, QWidget] = {}
        names: dict[str, str] = {}
        if target == "located":
            form.addRow(self.tr("What was found"), self.text)
            fields, names = {"diagnosis": self.text}, {"diagnosis": self.tr("What was found")}
        elif target == "repaired":
            form.addRow(self.tr("Repaired by"), self.vendor)
            form.addRow(self.tr("Parts replaced"), self.parts)
            form.addRow(self.tr("Cost"), self.cost)
            fields = {"vendor": self.vendor, "parts": self.parts, "cost": self.cost}
            names = {"vendor": self.tr("Repaired by"), "parts": self.tr("Parts replaced"), "cost": self.tr("Cost")}
        elif target == "analysed":
            form.addRow(self.tr("Cause"), self.text)
            fields, names = {"cause": self.text}, {"cause": self.tr("Cause")}
        else:
            prompt = self.tr("Note (optional)") if fault.status == "analysed" else self.tr("Why is it closed?")
            form.addRow(prompt, self.text)
            fields, names = {"note": self.text}, {"note": self.tr("Note")}
        self.form_area.addLayout(form)
        self.errors = FaultErrors(self.error_label, {}, {})
        self.set_fields(fields, names)

    def submit(self) -> FaultDTO:
        f, text, version = self.fault, self.text.toPlainText(), self.fault.version
        if self.target == "located":
            return faults.locate(self.ctx, f.id, text, base_version=version)
        if self.target == "repaired":
            return faults.repair(self.ctx, f.id, self.vendor.text(), self.parts.toPlainText(),
                                 clean_amount(self.cost.text()), base_version=version)
        if self.target == "analysed":
            return faults.analyse(self.ctx, f.id, text, base_version=version)
        return faults.close(self.ctx, f.id, text, base_version=version)

    def show_failure(self, exc: Exception) -> None:
        if isinstance(exc, OpsDeskError):
            report_error(self, exc)
        else:
            super().show_failure(exc)


# ---------------------------------------------------------------- one fault


class FaultDialog(QDialog):
    """Every field of a fault, its photos, and one button per step it can take now."""

    def __init__(self, ctx: AppContext, fault_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fault = faults.get_fault(ctx, fault_id)
        self.changed = False
        self.resize(720, 640)

        self.heading = QLabel(objectName="heading")
        self.heading.setWordWrap(True)
        set_role(self.heading, "heading")
        self.tags = QLabel(objectName="faultTags")
        self.severity_badge = set_role(QLabel(objectName="severityBadge"), "badge")
        self.status_badge = set_role(QLabel(objectName="statusBadge"), "badge")
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.tags)
        head.addWidget(self.severity_badge)
        head.addWidget(self.status_badge)

        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = (("store", self.tr("Store")), ("reported", self.tr("Reported")), ("symptom", self.tr("Symptom")),
                ("downtime", self.tr("Downtime")), ("located", self.tr("Located")),
                ("diagnosis", self.tr("What was found")), ("repaired", self.tr("Repaired")),
                ("vendor", self.tr("Repaired by")), ("parts", self.tr("Parts replaced")), ("cost", self.tr("Cost")),
                ("analysed", self.tr("Analysed")), ("cause", self.tr("Cause")), ("closed", self.tr("Closed")),
                ("close_note", self.tr("Closing note")), ("action", self.tr("Corrective action")))
        for key, title in rows:
            value = QLabel(objectName="value_" + key)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(title, value)
        details = QWidget()
        details.setLayout(form)
        scroll_details = QScrollArea()
        scroll_details.setWidget(details)
        scroll_details.setWidgetResizable(True)
        scroll_details.setFrameShape(QFrame.Shape.NoFrame)

        photo_box = QGroupBox(self.tr("Photos"))
        self.photo_strip = QHBoxLayout()
        self.photo_strip.setContentsMargins(0, 0, 0, 0)
        strip = QWidget()
        strip.setLayout(self.photo_strip)
        scroll = QScrollArea()
        scroll.setWidget(strip)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedHeight(96)
        self.add_photos_button = QPushButton(qta.icon("fa5s.camera", color=ICON), self.tr("Add photos..."),
                                             objectName="addPhotos")
        self.add_photos_button.setAutoDefault(False)
        self.add_photos_button.clicked.connect(self.choose_photos)
        photos_row = QHBoxLayout(photo_box)
        photos_row.addWidget(scroll, 1)
        photos_row.addWidget(self.add_photos_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.steps = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        self.action_button = QPushButton(qta.icon("fa5s.tasks", color=ICON), "", objectName="action")
        self.action_button.setAutoDefault(False)
        self.action_button.clicked.connect(self.on_action)
        close = QPushButton(self.tr("Close"), objectName="closeDialog")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addLayout(self.steps)
        bottom.addWidget(self.action_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(scroll_details, 1)
        layout.addWidget(photo_box)
        layout.addLayout(bottom)
        self.load()

    # -- showing
    def load(self, fault: FaultDTO | None = None) -> None:
        if fault is not None:
            self.fault = fault
        f = self.fault
        self.setWindowTitle(self.tr("Fault · %1").replace("%1", f.asset_code))
        self.heading.setText(f"{f.asset_code} {f.equipment_name}")
        self.status_badge.setText(fault_status(f.status))
        self.status_badge.setStyleSheet(badge_style(FAULT_COLOURS.get(f.status, ICON)))
        self.severity_badge.setText(severity(f.severity))
        self.severity_badge.setStyleSheet(badge_style(SEVERITY_COLOURS.get(f.severity, ICON)))
        self.tags.setText(self.tr("Repeat fault (another within 90 days)") if f.repeat else "")
        set_role(self.tags, "warning")
        v = self.values
        v["store"].setText(f"{f.store_code} {f.store_name}")
        v["reported"].setText(" · ".join(p for p in (labels.local_time(f.reported_at), f.reported_by_name) if p))
        v["symptom"].setText(f.symptom)
        downtime = hours_text(f.downtime_hours)
        v["downtime"].setText(downtime if f.repaired_at or f.closed_at
                              else self.tr("%1 so far").replace("%1", downtime))
        v["located"].setText(labels.local_time(f.located_at))
        v["diagnosis"].setText(f.diagnosis)
        v["repaired"].setText(labels.local_time(f.repaired_at))
        v["vendor"].setText(f.vendor)
        v["parts"].setText(f.parts)
        v["cost"].setText(money_text(f.cost))
        v["analysed"].setText(labels.local_time(f.analysed_at))
        v["cause"].setText(f.cause)
        v["closed"].setText(labels.local_time(f.closed_at))
        v["close_note"].setText(f.close_note)
        v["action"].setText(self._action_text())
        self.add_photos_button.setVisible(f.is_open)
        self.show_photos()
        self.show_steps()

    def _action_text(self) -> str:
        if not self.fault.action_id:
            return self.tr("None")
        from opsdesk.services import actions

        try:
            a = actions.get_action(self.ctx, self.fault.action_id)
        except OpsDeskError:
            return self.tr("None")
        return f"{a.title} · {labels.action_step_status(a.status)} · {a.due_on.isoformat()}"

    def show_photos(self) -> None:
        from ui.widgets.photo_viewer import fill_photo_strip

        fill_photo_strip(self.photo_strip, faults.photos(self.ctx, self.fault.id), self.tr("No photos."))

    def show_steps(self) -> None:
        for button in self.step_buttons.values():
            self.steps.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        for target in self.fault.next_steps():
            button = QPushButton(qta.icon(STEP_ICONS.get(target, "fa5s.arrow-right"),
                                          color=FAULT_COLOURS.get(target, ICON)),
                                 step_label(target), objectName="to_" + target)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, t=target: self.step(t))
            self.steps.addWidget(button)
            self.step_buttons[target] = button
        if self.fault.action_id:
            self.action_button.setText(self.tr("Open corrective action"))
            self.action_button.setVisible(True)
        else:
            self.action_button.setText(self.tr("Raise corrective action"))
            self.action_button.setVisible(self.fault.is_open)

    def offered(self) -> list[str]:
        return list(self.step_buttons)

    # -- changing
    def step(self, target: str) -> None:
        dialog = FaultStepDialog(self.ctx, self.fault, target, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
            self._reload()
            return
        self.changed = True
        self.load(dialog.result_value)

    def on_action(self) -> None:
        if self.fault.action_id:
            self.open_action()
        else:
            self.raise_action()

    def raise_action(self) -> None:
        try:
            faults.raise_action(self.ctx, self.fault.id)
        except OpsDeskError as exc:
            report_error(self, exc)
            return
        self.changed = True
        self._reload()

    def open_action(self) -> None:
        from ui.pages.actions.action_dialog import ActionDialog

        try:
            dialog = ActionDialog(self.ctx, self.fault.action_id, self)
        except OpsDeskError as exc:
            report_error(self, exc)
            return
        dialog.exec()
        self._reload()

    def choose_photos(self) -> None:
        files = ask_photo_files(self)
        self.add_photos(files)

    def add_photos(self, files: list[str]) -> None:
        if store_photo_files(self, files, lambda path: faults.add_photo(self.ctx, self.fault.id, path)):
            self.changed = True
        self.show_photos()

    def _reload(self) -> None:
        try:
            self.load(faults.get_fault(self.ctx, self.fault.id))
        except OpsDeskError:
            pass


# ---------------------------------------------------------------- an item's faults


class FaultListWidget(QWidget):
    """The faults of one item, newest first, with Report and Open; ``changed`` is emitted after any
    change (the item's status may have changed with it)."""

    changed = Signal()
    COLUMNS = 6

    def __init__(self, ctx: AppContext, equipment_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.equipment_id = equipment_id
        self.rows: list[FaultDTO] = []
        self.tree = QTreeWidget(objectName="faults")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Reported"), self.tr("Symptom"), self.tr("Severity"), self.tr("Status"),
                                   self.tr("Downtime"), self.tr("Repeat")])
        self.tree.setColumnWidth(0, 130)
        self.tree.setColumnWidth(1, 220)
        self.tree.itemActivated.connect(lambda item, _col: self.open_fault(item.data(0, Qt.ItemDataRole.UserRole)))
        self.tree.itemDoubleClicked.connect(
            lambda item, _col: self.open_fault(item.data(0, Qt.ItemDataRole.UserRole)))
        self.tree.currentItemChanged.connect(lambda *_a: self._enable())
        self.report_button = QPushButton(qta.icon("fa5s.exclamation-triangle", color=RED), self.tr("Report fault..."),
                                         objectName="reportFault")
        self.report_button.clicked.connect(self.report)
        self.open_button = QPushButton(self.tr("Open"), objectName="openFault")
        self.open_button.clicked.connect(lambda: self.open_fault(self.current_id()))
        self.summary = QLabel(objectName="faultSummary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.reload()

    def set_equipment(self, equipment_id: str | None) -> None:
        self.equipment_id = equipment_id
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        self.rows = faults.faults_of(self.ctx, self.equipment_id) if self.equipment_id else []
        for f in self.rows:
            item = QTreeWidgetItem([labels.local_time(f.reported_at), f.symptom, severity(f.severity),
                                    fault_status(f.status), hours_text(f.downtime_hours),
                                    self.tr("Repeat") if f.repeat else ""])
            item.setData(0, Qt.ItemDataRole.UserRole, f.id)
            item.setToolTip(1, f.symptom)
            item.setForeground(3, QColor(FAULT_COLOURS.get(f.status, ICON)))
            item.setForeground(2, QColor(SEVERITY_COLOURS.get(f.severity, ICON)))
            if f.repeat:
                item.setForeground(5, QColor(AMBER))
            self.tree.addTopLevelItem(item)
        open_count = sum(1 for f in self.rows if f.is_open)
        self.summary.setText(self.tr("%n open fault(s)", "", open_count) if self.rows else self.tr("No faults."))
        self._enable()

    def _enable(self) -> None:
        self.report_button.setEnabled(bool(self.equipment_id))
        self.open_button.setEnabled(self.current_id() is not None)

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def report(self) -> None:
        if not self.equipment_id:
            return
        dialog = ReportFaultDialog(self.ctx, self.equipment_id, self)
        dialog.exec()
        if dialog.changed:
            self.reload()
            self.changed.emit()

    def open_fault(self, fault_id: str | None) -> None:
        if not fault_id:
            return
        try:
            dialog = FaultDialog(self.ctx, fault_id, self)
        except OpsDeskError as exc:
            report_error(self, exc)
            return
        dialog.exec()
        if dialog.changed:
            self.reload()
            self.changed.emit()
