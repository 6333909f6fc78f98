"""The equipment page's dialogs: the item form (with its history), the categories list and one
category, a status change with its reason, and the bad rows of a refused import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError, ValidationError
from opsdesk.services import AppContext, equipment
from opsdesk.services.equipment import (
    CategoryDTO,
    CategoryInput,
    EquipmentDTO,
    EquipmentInput,
    Param,
)
from ui import labels
from ui.errors import show_error
from ui.pages.equipment.forms import (
    STATUS_COLOURS,
    OptionalDate,
    ParamsTable,
    parse_price,
    parse_years,
    price_text,
    problem_sentence,
    select_data,
    status_label,
)
from ui.style import set_role
from ui.widgets.form import FieldErrors, FormDialog
from ui.widgets.pickers import fill_stores, picked


def category_text(c) -> str:
    """A category's name in the interface's language (its code shows in the asset codes)."""
    if isinstance(c, CategoryDTO):
        return labels.template_text(c.name, c.name_en)
    return labels.template_text(c.category_name, c.category_name_en)


class _EquipmentErrors(FieldErrors):
    """The problems worded for equipment (``forms.problem_sentence``)."""

    def text_for(self, problem) -> str:
        return problem_sentence(problem)


class HistoryTree(QTreeWidget):
    """An item's status changes: when (local time), from → to, by whom, why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self.setRootIsDecorated(False)
        self.setHeaderLabels([self.tr("When"), self.tr("Status"), self.tr("By"), self.tr("Reason")])
        self.setColumnWidth(0, 130)
        self.setColumnWidth(1, 190)
        self.setColumnWidth(2, 90)
        self.setWordWrap(True)

    def show_events(self, events) -> None:
        self.clear()
        for e in events:
            step = status_label(e.to_status) if not e.from_status else \
                status_label(e.from_status) + " → " + status_label(e.to_status)
            why = e.note or (self.tr("Equipment acceptance") if e.to_status in equipment.ACCEPTANCE_RESULTS else "")
            item = QTreeWidgetItem([labels.local_time(e.at), step, e.user_name or "", why])
            item.setToolTip(3, why)
            item.setForeground(1, QColor(STATUS_COLOURS.get(e.to_status, "#6d6d6d")))
            self.addTopLevelItem(item)


def fill_categories(combo: QComboBox, ctx: AppContext, keep: str | None = None) -> None:
    """The active categories (and ``keep`` even when inactive), id as data."""
    combo.clear()
    for c in equipment.list_categories(ctx, include_inactive=True):
        if c.active or c.id == keep:
            combo.addItem(category_text(c) + ("" if c.active else " " + QCoreApplication.translate(
                "EquipmentForm", "(inactive)")), c.id)
    if keep is not None:
        select_data(combo, keep)


class EquipmentDialog(FormDialog):
    """Create or edit one item: every field of ``EquipmentInput``; editing shows its status history.
    Validation is the service's (and the form's for numbers typed as text); errors stay in the dialog."""

    def __init__(self, ctx: AppContext, item: EquipmentDTO | None = None, store_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit item %1").replace("%1", item.asset_code) if item else self.tr("New item"),
                         parent)
        self.ctx = ctx
        self.item = item
        self.errors = _EquipmentErrors(self.error_label, {}, {})
        self.setMinimumWidth(820)

        self.store = QComboBox(objectName="store")
        fill_stores(self.store, ctx, include_closed=item is not None)
        self.category = QComboBox(objectName="category")
        fill_categories(self.category, ctx, item.category_id if item else None)
        self.categories_button = QPushButton(self.tr("Edit categories..."), objectName="editCategories")
        self.categories_button.setAutoDefault(False)
        self.categories_button.clicked.connect(self.edit_categories)
        self.name = QLineEdit(objectName="name")
        self.brand = QLineEdit(objectName="brand")
        self.model_edit = QLineEdit(objectName="model")
        self.serial = QLineEdit(objectName="serial")
        self.asset_code = QLineEdit(objectName="assetCode")
        self.asset_code.setPlaceholderText(self.tr("Blank: generated (store-category-number)"))
        self.supplier = QLineEdit(objectName="supplier")
        self.location = QLineEdit(objectName="location")
        self.location.setPlaceholderText(self.tr("e.g. kitchen, back wall"))
        self.ordered_on = OptionalDate("orderedOn")
        self.delivered_on = OptionalDate("deliveredOn")
        self.installed_on = OptionalDate("installedOn")
        self.accepted_on = OptionalDate("acceptedOn")
        self.warranty_end = OptionalDate("warrantyEnd")
        self.life = QLineEdit(objectName="serviceLife")
        self.life.setPlaceholderText(self.tr("years"))
        self.price = QLineEdit(objectName="price")
        self.price.setPlaceholderText(self.tr("yuan, e.g. 12800.00"))
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setMaximumHeight(70)
        self.params = ParamsTable(self)

        category_row = QHBoxLayout()
        category_row.addWidget(self.category, 1)
        category_row.addWidget(self.categories_button)
        left = QFormLayout()
        left.addRow(self.tr("Store"), self.store)
        left.addRow(self.tr("Category"), category_row)
        left.addRow(self.tr("Name"), self.name)
        left.addRow(self.tr("Brand"), self.brand)
        left.addRow(self.tr("Model"), self.model_edit)
        left.addRow(self.tr("Serial number"), self.serial)
        left.addRow(self.tr("Asset code"), self.asset_code)
        left.addRow(self.tr("Supplier"), self.supplier)
        left.addRow(self.tr("Location in the store"), self.location)
        right = QFormLayout()
        right.addRow(self.tr("Ordered on"), self.ordered_on)
        right.addRow(self.tr("Delivered on"), self.delivered_on)
        right.addRow(self.tr("Installed on"), self.installed_on)
        right.addRow(self.tr("Accepted on"), self.accepted_on)
        right.addRow(self.tr("Warranty ends"), self.warranty_end)
        right.addRow(self.tr("Service life (years)"), self.life)
        right.addRow(self.tr("Price (yuan)"), self.price)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        self.form_area.addLayout(columns)
        params_box = QGroupBox(self.tr("Technical parameters"))
        QVBoxLayout(params_box).addWidget(self.params)
        self.form_area.addWidget(params_box)
        notes_row = QFormLayout()
        notes_row.addRow(self.tr("Notes"), self.notes)
        self.form_area.addLayout(notes_row)
        self.history: HistoryTree | None = None
        if item is not None:
            head = QLabel(self.tr("Status: %1").replace("%1", status_label(item.status)), objectName="statusLine")
            set_role(head, "strong")
            history_box = QGroupBox(self.tr("History"))
            self.history = HistoryTree()
            self.history.setMaximumHeight(150)
            QVBoxLayout(history_box).addWidget(self.history)
            self.form_area.addWidget(head)
            from ui.pages.equipment.acceptance import AcceptanceBox

            self.acceptance = AcceptanceBox(ctx, item.id, self)  # the latest acceptance, its view and certificate
            self.form_area.addWidget(self.acceptance)
            from ui.pages.equipment.documents import DocumentsBox

            self.documents = DocumentsBox(ctx, item.id, self)  # photos, manual, warranty card, packing list
            self.form_area.addWidget(self.documents)
            self.form_area.addWidget(history_box)

        self.set_fields(
            {"store_id": self.store, "category_id": self.category, "name": self.name, "brand": self.brand,
             "model": self.model_edit, "serial_number": self.serial, "asset_code": self.asset_code,
             "supplier": self.supplier, "location": self.location, "ordered_on": self.ordered_on,
             "delivered_on": self.delivered_on, "installed_on": self.installed_on, "accepted_on": self.accepted_on,
             "warranty_end": self.warranty_end, "service_life_years": self.life, "price": self.price,
             "params": self.params, "notes": self.notes},
            {"store_id": self.tr("Store"), "category_id": self.tr("Category"), "name": self.tr("Name"),
             "brand": self.tr("Brand"), "model": self.tr("Model"), "serial_number": self.tr("Serial number"),
             "asset_code": self.tr("Asset code"), "supplier": self.tr("Supplier"),
             "location": self.tr("Location in the store"), "ordered_on": self.tr("Ordered on"),
             "delivered_on": self.tr("Delivered on"), "installed_on": self.tr("Installed on"),
             "accepted_on": self.tr("Accepted on"), "warranty_end": self.tr("Warranty ends"),
             "service_life_years": self.tr("Service life (years)"), "price": self.tr("Price (yuan)"),
             "params": self.tr("Technical parameters"), "notes": self.tr("Notes")},
        )
        self._load(item, store_id)

    @property
    def result_item(self) -> EquipmentDTO | None:
        return self.result_value  # type: ignore[return-value]

    def _load(self, item: EquipmentDTO | None, store_id: str | None) -> None:
        if item is None:
            if store_id:
                select_data(self.store, store_id)
                self.store.setEditText(self.store.currentText())
            else:
                self.store.setCurrentIndex(-1)
                self.store.setEditText("")
            self.name.setFocus()
            return
        if self.store.findData(item.store_id) < 0:
            self.store.addItem(f"{item.store_code} {item.store_name}", item.store_id)
        select_data(self.store, item.store_id)
        self.store.setEditText(self.store.currentText())
        self.name.setText(item.name)
        self.brand.setText(item.brand)
        self.model_edit.setText(item.model)
        self.serial.setText(item.serial_number)
        self.asset_code.setText(item.asset_code)
        self.supplier.setText(item.supplier)
        self.location.setText(item.location)
        for widget, value in ((self.ordered_on, item.ordered_on), (self.delivered_on, item.delivered_on),
                              (self.installed_on, item.installed_on), (self.accepted_on, item.accepted_on),
                              (self.warranty_end, item.warranty_end)):
            widget.set_value(value)
        self.life.setText("" if item.service_life_years is None else str(item.service_life_years))
        self.price.setText(price_text(item.price))
        self.notes.setPlainText(item.notes)
        self.params.set_params(item.params)
        if self.history is not None:
            self.history.show_events(equipment.history(self.ctx, item.id))

    def edit_categories(self) -> None:
        dialog = CategoriesDialog(self.ctx, self)
        dialog.exec()
        fill_categories(self.category, self.ctx, self.category.currentData())

    def input(self) -> EquipmentInput:
        problems = []
        price = life = None
        try:
            price = parse_price(self.price.text())
        except ValidationError as exc:
            problems += exc.problems
        try:
            life = parse_years(self.life.text())
        except ValidationError as exc:
            problems += exc.problems
        if problems:
            raise ValidationError(problems)
        store = picked(self.store)
        return EquipmentInput(
            store_id=str(store) if store else "",
            category_id=self.category.currentData() or "",
            name=self.name.text(),
            brand=self.brand.text(),
            model=self.model_edit.text(),
            serial_number=self.serial.text(),
            asset_code=self.asset_code.text(),
            supplier=self.supplier.text(),
            params=tuple(Param(name, value, unit) for name, value, unit in self.params.rows()),
            location=self.location.text(),
            ordered_on=self.ordered_on.value(),
            delivered_on=self.delivered_on.value(),
            installed_on=self.installed_on.value(),
            accepted_on=self.accepted_on.value(),
            warranty_end=self.warranty_end.value(),
            service_life_years=life,
            price=price,
            notes=self.notes.toPlainText(),
            base_version=self.item.version if self.item else None,
        )

    def submit(self) -> EquipmentDTO:
        data = self.input()
        if self.item is None:
            return equipment.create_equipment(self.ctx, data)
        return equipment.update_equipment(self.ctx, self.item.id, data)


class CategoryDialog(FormDialog):
    """Add a category or rename / deactivate one."""

    def __init__(self, ctx: AppContext, category: CategoryDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit category") if category else self.tr("New category"), parent)
        self.ctx = ctx
        self.category = category
        self.code = QLineEdit(objectName="code")
        self.code.setPlaceholderText(self.tr("e.g. KT (used in asset codes)"))
        self.name = QLineEdit(objectName="name")
        self.name_en = QLineEdit(objectName="nameEn")
        self.active = QCheckBox(self.tr("Active (offered for new items)"), objectName="active")
        self.active.setChecked(True)
        if category is not None:
            self.code.setText(category.code)
            self.name.setText(category.name)
            self.name_en.setText(category.name_en)
            self.active.setChecked(category.active)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow("", self.active)
        self.form_area.addLayout(form)
        self.set_fields({"code": self.code, "name": self.name, "name_en": self.name_en, "active": self.active},
                        {"code": self.tr("Code"), "name": self.tr("Name"), "name_en": self.tr("English name"),
                         "active": self.tr("Active (offered for new items)")})
        self.setMinimumWidth(360)

    def submit(self) -> CategoryDTO:
        return equipment.save_category(
            self.ctx, CategoryInput(self.code.text(), self.name.text(), self.name_en.text(), self.active.isChecked()),
            category_id=self.category.id if self.category else None)


class CategoriesDialog(QDialog):
    """The list of equipment categories: add, rename, deactivate (an item keeps its category)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setWindowTitle(self.tr("Equipment categories"))
        self.resize(520, 420)
        self.table = QTableWidget(0, 4, objectName="categories")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("English name"),
                                              self.tr("Active")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.add_button = QPushButton(self.tr("Add..."), objectName="addCategory")
        self.edit_button = QPushButton(self.tr("Edit..."), objectName="editCategory")
        self.toggle_button = QPushButton(self.tr("Deactivate"), objectName="toggleCategory")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.toggle_button.clicked.connect(self.toggle)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.toggle_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.categories: list[CategoryDTO] = []
        self.load()

    def load(self, select: str | None = None) -> None:
        self.categories = equipment.list_categories(self.ctx, include_inactive=True)
        self.table.setRowCount(len(self.categories))
        for row, c in enumerate(self.categories):
            for column, text in enumerate((c.code, c.name, c.name_en, labels.active(c.active))):
                item = QTableWidgetItem(text)
                if not c.active:
                    item.setForeground(QColor("#8a8a8a"))
                self.table.setItem(row, column, item)
            if c.id == select:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> CategoryDTO | None:
        row = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows()
        return self.categories[rows[0].row()] if rows and 0 <= row < len(self.categories) else None

    def _update_buttons(self) -> None:
        c = self.selected()
        self.edit_button.setEnabled(c is not None)
        self.toggle_button.setEnabled(c is not None)
        self.toggle_button.setText(self.tr("Activate") if c is not None and not c.active else self.tr("Deactivate"))

    def add(self) -> None:
        dialog = CategoryDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.load(dialog.result_value.id)

    def edit(self) -> None:
        c = self.selected()
        if c is None:
            return
        dialog = CategoryDialog(self.ctx, c, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.load(c.id)

    def toggle(self) -> None:
        c = self.selected()
        if c is None:
            return
        try:
            equipment.save_category(self.ctx, CategoryInput(c.code, c.name, c.name_en, not c.active), category_id=c.id)
        except OpsDeskError as exc:
            show_error(self, exc, self.windowTitle())
            return
        self.changed = True
        self.load(c.id)


class StatusDialog(FormDialog):
    """Move an item to one of the next steps its lifecycle allows, with a reason; shows its history."""

    def __init__(self, ctx: AppContext, item: EquipmentDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change status · %1").replace("%1", item.asset_code), parent,
                         ok_text=self.tr("Change status"))
        self.ctx = ctx
        self.item = item
        self.setMinimumWidth(560)
        now = QLabel(self.tr("%1 · %2 · now: %3").replace("%1", item.asset_code).replace("%2", item.name)
                     .replace("%3", status_label(item.status)), objectName="currentStatus")
        set_role(now, "strong")
        self.target = QComboBox(objectName="target")
        for code in equipment.allowed_statuses(item.status):
            self.target.addItem(status_label(code), code)
        self.note = QPlainTextEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("Why (kept in the history)"))
        self.note.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("New status"), self.target)
        form.addRow(self.tr("Reason"), self.note)
        self.history = HistoryTree()
        self.history.show_events(equipment.history(ctx, item.id))
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)
        self.form_area.addWidget(now)
        if self.target.count() == 0:
            final = QLabel(self.tr("This status is final: no further step."), objectName="finalStatus")
            set_role(final, "muted")
            self.form_area.addWidget(final)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.form_area.addLayout(form)
        self.form_area.addWidget(history_box)
        self.set_fields({"to_status": self.target, "status": self.target, "note": self.note},
                        {"to_status": self.tr("New status"), "status": self.tr("New status"), "note": self.tr("Reason")})

    def submit(self) -> EquipmentDTO:
        return equipment.set_status(self.ctx, self.item.id, self.target.currentData() or "", self.note.toPlainText())


class ImportProblemsDialog(QDialog):
    """Why an import was refused: each bad row with its field and reason (nothing was imported)."""

    def __init__(self, problems: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import refused"))
        self.resize(640, 420)
        head = QLabel(self.tr("Nothing was imported: %n row(s) need correcting first. Fix them in the file and "
                              "import it again.", "", len({row for row, _f, _r in problems})), objectName="importHead")
        head.setWordWrap(True)
        set_role(head, "error")
        self.table = QTableWidget(len(problems), 3, objectName="badRows")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for r, cells in enumerate(problems):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]
