"""What the equipment page and its dialogs share: status words and colours, money and date fields,
the parameters table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, ValidationError
from ui import labels
from ui.dates import date_edit, from_qdate, to_qdate
from ui.style import ICON

translate = QCoreApplication.translate  # lupdate reads translate("EquipmentForm", ...) as it is

WARRANTY_RED = "#c62828"  # a warranty ending within 30 days (or ended)
STATUS_COLOURS = {
    "ordered": "#6d6d6d",
    "delivered": "#1565c0",
    "installed": "#1565c0",
    "accepted": "#2e7d32",
    "conditional": "#ef6c00",
    "rejected": "#c62828",
    "in_service": "#2e7d32",
    "under_repair": "#c62828",
    "retired": "#8a8a8a",
}
WARRANTY_DAYS = 30  # "warranty expiring" means ending within this many days
MAX_LABELS = 2000  # a label sheet of the filtered list prints at most this many labels


def status_label(code: str) -> str:
    return labels.equipment_status(code)


def select_data(combo: QComboBox, value: object) -> bool:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def clean_amount(text: str) -> str:
    """An amount as typed (``1,234.50``, ``¥80``) without its separators and currency sign."""
    return text.strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")


def parse_price(text: str) -> Decimal | None:
    """The price typed as text (元): blank is None; ``1,234.5`` is Decimal("1234.50"). Never a float.
    Not a number: a ValidationError on ``price``."""
    cleaned = clean_amount(text)
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise ValidationError([FieldProblem("price", "not_number")])
    return value


def price_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def parse_years(text: str) -> int | None:
    """Service life in whole years: blank is None; anything else not a whole number is refused."""
    cleaned = text.strip()
    if not cleaned:
        return None
    if not cleaned.isdigit():
        raise ValidationError([FieldProblem("service_life_years", "not_whole_number")])
    return int(cleaned)


class OptionalDate(QWidget):
    """A date that may be left out: a check box ticks it on, then a yyyy-MM-dd date edit."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.check = QCheckBox(objectName=name + "Set")
        self.edit = date_edit(name + "Date")
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))


class ParamsTable(QWidget):
    """Technical parameters as rows of name, value and unit (功率 3.5 kW); add and remove rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("params")
        self.table = QTableWidget(0, 3, objectName="paramsTable")
        self.table.setHorizontalHeaderLabels([translate("EquipmentForm", "Parameter"),
                                              translate("EquipmentForm", "Value"),
                                              translate("EquipmentForm", "Unit")])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 70)
        self.table.setMinimumHeight(110)
        self.add_button = QPushButton(qta.icon("fa5s.plus", color=ICON), translate("EquipmentForm", "Add parameter"),
                                      objectName="addParam")
        self.remove_button = QPushButton(qta.icon("fa5s.minus", color=ICON), translate("EquipmentForm", "Remove"),
                                         objectName="removeParam")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)

    def add_row(self, name: str = "", value: str = "", unit: str = "", edit: bool = True) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((name, value, unit)):
            self.table.setItem(row, column, QTableWidgetItem(text))
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_params(self, params) -> None:
        self.table.setRowCount(0)
        for p in params:
            self.add_row(p.name, p.value, p.unit, edit=False)

    def rows(self) -> list[tuple[str, str, str]]:
        """Every row but the entirely blank ones, as typed (stripped)."""
        out = []
        for row in range(self.table.rowCount()):
            cells = tuple((self.table.item(row, c).text() if self.table.item(row, c) else "").strip()
                          for c in range(3))
            if any(cells):
                out.append(cells)
        return out


def align_right(item: QTableWidgetItem) -> QTableWidgetItem:
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def column_titles() -> dict[str, str]:
    """The register's Excel columns (``equipment.EXPORT_COLUMNS``) in the interface language; an import
    reads either these or the English titles."""
    return {
        "asset_code": translate("EquipmentForm", "Asset code"),
        "store_code": translate("EquipmentForm", "Store code"),
        "store": translate("EquipmentForm", "Store"),
        "category": translate("EquipmentForm", "Category"),
        "name": translate("EquipmentForm", "Name"),
        "brand": translate("EquipmentForm", "Brand"),
        "model": translate("EquipmentForm", "Model"),
        "serial_number": translate("EquipmentForm", "Serial number"),
        "supplier": translate("EquipmentForm", "Supplier"),
        "location": translate("EquipmentForm", "Location in the store"),
        "status": translate("EquipmentForm", "Status"),
        "ordered_on": translate("EquipmentForm", "Ordered on"),
        "delivered_on": translate("EquipmentForm", "Delivered on"),
        "installed_on": translate("EquipmentForm", "Installed on"),
        "accepted_on": translate("EquipmentForm", "Accepted on"),
        "warranty_end": translate("EquipmentForm", "Warranty ends"),
        "service_life_years": translate("EquipmentForm", "Service life (years)"),
        "price": translate("EquipmentForm", "Price (yuan)"),
        "params": translate("EquipmentForm", "Technical parameters"),
        "notes": translate("EquipmentForm", "Notes"),
    }


def problem_sentence(problem) -> str:
    """One problem of an item (the form's fields or an imported row), worded for equipment; the reasons
    every form shares fall back to ``ui.errors.problem_text``."""
    from ui.errors import problem_text
    reason, params = problem.reason, problem.params
    if reason == "not_number":
        return translate("EquipmentForm", "Enter an amount in yuan, such as 12800 or 12800.50.")
    if reason == "negative":
        return translate("EquipmentForm", "The price cannot be negative.")
    if reason == "too_many_decimals":
        return translate("EquipmentForm", "At most two decimal places (fen).")
    if reason == "too_large":
        return translate("EquipmentForm", "The amount is too large.")
    if reason == "not_whole_number":
        return translate("EquipmentForm", "Enter a whole number of years.")
    if reason == "not_between":
        return translate("EquipmentForm", "Enter a number from %1 to %2.").replace("%1", str(params.get("min", 0))) \
            .replace("%2", str(params.get("max", "")))
    if reason == "date_order":
        after = column_titles().get(str(params.get("after", "")), str(params.get("after", "")))
        return translate("EquipmentForm", "This date cannot be before %1.").replace("%1", after) \
            if problem.field != "warranty_end" else translate("EquipmentForm", "The warranty must end after %1.") \
            .replace("%1", after)
    if reason == "not_a_date":
        return translate("EquipmentForm", "Enter a date such as 2025-03-31.")
    if reason == "inactive":
        return translate("EquipmentForm", "This category is no longer in use: choose another.")
    if reason in ("param_name_required",):
        return translate("EquipmentForm", "Every parameter needs a name.")
    if reason in ("invalid_param", "invalid_params"):
        return translate("EquipmentForm", "Parameters are written as name(unit)=value, separated by ';'; names cannot "
                                   "contain = ; or brackets.")
    if reason == "duplicate_in_file":
        return translate("EquipmentForm", "Repeats row %1 of the file.").replace("%1", str(params.get("first_row", "")))
    if reason == "duplicate" and problem.field == "serial_number" and params.get("asset_code"):
        text = translate("EquipmentForm", "Item %1 already has this serial number.")
        return text.replace("%1", str(params["asset_code"]))
    if reason == "not_found" and problem.field == "store_code":
        return translate("EquipmentForm", "No store has this code.")
    if reason == "not_found" and problem.field == "category":
        return translate("EquipmentForm", "No category has this code or name.")
    if reason == "transition":
        return translate("EquipmentForm", "The item cannot move from %1 to this status.") \
            .replace("%1", status_label(str(params.get("current", ""))))
    return problem_text(problem)
