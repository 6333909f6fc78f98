"""The promotion plan editor (拟定): one dialog, four tabs.

- **Plan**: theme, type (its price flag shown and overridable), period (two dates with calendars, optional
  times of day), description.
- **Stores and targets**: a checkable tree of regions, areas and stores (checking a region takes all its
  stores; "All franchise stores" / "All company-owned stores" helpers; a count), and beside it one row per
  chosen store with its targets (sales 元, transactions, new members, the custom measure named above it).
- **Offer and materials**: the offer tiers (condition, reward, price 元, quotas per store per day, per store,
  in total) and the materials (kind, name, quantity per store, unit, deliver by); rows are added (Ins),
  removed (Del) and moved (Ctrl+Up / Ctrl+Down).
- **Budget**: lines (category, description, amount 元, the whole plan or one store) with live totals by
  category and by store.

Money is typed as text ("1,234.50" is fine) and turned into ``Decimal`` -- never a float. Save calls
``promotions.create_plan`` / ``update_plan``; a refusal is shown in the dialog, each problem on its field or
table cell (``stores.3`` is the fourth target row, ``tiers.0.price`` the first tier's price ...), and the
dialog stays open with what was typed. After ``exec() == Accepted``, ``.plan`` is the saved plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
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
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, OpsDeskError, ValidationError
from opsdesk.services import AppContext, promotions
from opsdesk.services.promotions import (  # the kinds and categories the models define, as the service offers them
    BUDGET_CATEGORIES,
    MATERIAL_KINDS,
    BudgetInput,
    MaterialInput,
    PlanInput,
    PromotionDTO,
    StoreTarget,
    TierInput,
)
from ui import labels
from ui.dates import date_edit, from_qdate, to_qdate
from ui.errors import describe, problem_text
from ui.style import RED_BG, set_role, set_state
from ui.widgets.pickers import load_lists

NEW_PLAN_START_DAYS = 14  # a new plan starts two weeks from today ...
NEW_PLAN_DAYS = 7  # ... and runs a week
NO_DATE = QDate(2000, 1, 1)  # a date cell at this date is empty ("—")
INVALID_BG = QColor(RED_BG)
_CLEAN = str.maketrans("", "", ",，¥￥元 \u00a0\u3000")


# ---------------------------------------------------------------- money and counts as text


def clean_number(text: str) -> str:
    """What was typed, without thousands separators, currency signs or spaces ("1,234.50 元" -> "1234.50")."""
    return (text or "").translate(_CLEAN).strip()


def parse_money(text: str) -> Decimal | None:
    """Typed money as an exact ``Decimal`` (never a float); None when empty or not a number."""
    cleaned = clean_number(text)
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def money_text(value: Decimal | None) -> str:
    """``Decimal`` money as people read it: 8,000.40."""
    return "" if value is None else f"{Decimal(value):,.2f}"


def count_text(value: int | None) -> str:
    return "" if value is None else str(value)


def _or_none(text: str) -> str | None:
    cleaned = clean_number(text)
    return cleaned or None


material_kind = labels.material_kind
budget_category = labels.budget_category


def type_text(t: promotions.TypeDTO) -> str:
    return labels.template_text(t.name, t.name_en)


# ---------------------------------------------------------------- an editable table of rows


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"  # text, money, count, choice, date, fixed (read-only text)
    width: int = 0
    choices: tuple[tuple[str, object], ...] = ()


class RowTable(QWidget):
    """A table whose rows are typed in: text, money and count cells are items; a choice is a combo, a date a
    date edit whose lowest date means "none". With ``editable_rows``: Add (Ins), Remove (Del), Up and Down
    (Ctrl+Up / Ctrl+Down). ``changed`` after any edit."""

    changed = Signal()

    def __init__(self, name: str, columns: list[Column], parent: QWidget | None = None, *,
                 editable_rows: bool = True, add_text: str = "") -> None:
        super().__init__(parent)
        self.columns = columns
        self.keys = [c.key for c in columns]
        self.table = QTableWidget(0, len(columns), objectName=name)
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        for i, c in enumerate(columns):
            if c.width:
                header.resizeSection(i, c.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        self.buttons: dict[str, QPushButton] = {}
        if editable_rows:
            row = QHBoxLayout()
            for key, text, slot in (("add", add_text or self.tr("Add row"), self.add_row),
                                    ("remove", self.tr("Remove row"), self.remove_current),
                                    ("up", self.tr("Move up"), lambda: self.move_current(-1)),
                                    ("down", self.tr("Move down"), lambda: self.move_current(1))):
                button = QPushButton(text, objectName=f"{name}_{key}")
                button.clicked.connect(lambda _=False, f=slot: f())
                row.addWidget(button)
                self.buttons[key] = button
            row.addStretch(1)
            layout.addLayout(row)
            ctx_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
            QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, activated=self.add_row, context=ctx_)
            QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self.remove_current, context=ctx_)
            QShortcut(QKeySequence("Ctrl+Up"), self.table, activated=lambda: self.move_current(-1), context=ctx_)
            QShortcut(QKeySequence("Ctrl+Down"), self.table, activated=lambda: self.move_current(1), context=ctx_)
            self.buttons["add"].setToolTip(self.tr("Add a row (Ins)"))
            self.buttons["remove"].setToolTip(self.tr("Remove the current row (Del)"))
            self.buttons["up"].setToolTip(self.tr("Move the current row up (Ctrl+Up)"))
            self.buttons["down"].setToolTip(self.tr("Move the current row down (Ctrl+Down)"))

    # -- cells
    def column(self, key: str) -> int:
        return self.keys.index(key)

    def _make_cell(self, row: int, col: Column) -> None:
        c = self.keys.index(col.key)
        if col.kind == "choice":
            combo = QComboBox()
            for text, data in col.choices:
                combo.addItem(text, data)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(row, c, combo)
        elif col.kind == "date":
            edit = QDateEdit()
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
            self.table.setCellWidget(row, c, edit)
        else:
            item = QTableWidgetItem("")
            if col.kind in ("money", "count"):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col.kind == "fixed":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, c, item)

    def widget_at(self, row: int, key: str) -> QWidget | None:
        return self.table.cellWidget(row, self.column(key))

    def item_at(self, row: int, key: str) -> QTableWidgetItem | None:
        return self.table.item(row, self.column(key))

    def value(self, row: int, key: str) -> object:
        col = self.columns[self.column(key)]
        widget = self.widget_at(row, key)
        if col.kind == "choice" and isinstance(widget, QComboBox):
            return widget.currentData()
        if col.kind == "date" and isinstance(widget, QDateEdit):
            return None if widget.date() == NO_DATE else from_qdate(widget.date())
        item = self.item_at(row, key)
        return item.text() if item is not None else ""

    def set_value(self, row: int, key: str, value: object) -> None:
        col = self.columns[self.column(key)]
        widget = self.widget_at(row, key)
        if col.kind == "choice" and isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif col.kind == "date" and isinstance(widget, QDateEdit):
            widget.setDate(to_qdate(value) if isinstance(value, date) else NO_DATE)  # type: ignore[arg-type]
        else:
            item = self.item_at(row, key)
            if item is not None:
                item.setText("" if value is None else str(value))

    def row_values(self, row: int) -> dict[str, object]:
        return {k: self.value(row, k) for k in self.keys}

    def rows(self) -> list[dict[str, object]]:
        return [self.row_values(r) for r in range(self.table.rowCount())]

    def row_count(self) -> int:
        return self.table.rowCount()

    # -- rows
    def add_row(self, values: dict[str, object] | None = None) -> int:
        blocked = self.table.blockSignals(True)
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col in self.columns:
                self._make_cell(row, col)
            for key, value in (values or {}).items():
                self.set_value(row, key, value)
        finally:
            self.table.blockSignals(blocked)
        if values is None:  # added by the person: start typing in its first cell
            first = next((i for i, c in enumerate(self.columns) if c.kind not in ("choice", "date", "fixed")), 0)
            self.table.setCurrentCell(row, first)
            self.table.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.removeRow(row)
            self.changed.emit()

    def remove_current(self) -> None:
        self.remove_row(self.table.currentRow())

    def move(self, row: int, delta: int) -> None:
        other = row + delta
        if not (0 <= row < self.table.rowCount() and 0 <= other < self.table.rowCount()):
            return
        a, b = self.row_values(row), self.row_values(other)
        blocked = self.table.blockSignals(True)
        try:
            for key in self.keys:
                self.set_value(row, key, b[key])
                self.set_value(other, key, a[key])
        finally:
            self.table.blockSignals(blocked)
        self.table.setCurrentCell(other, max(0, self.table.currentColumn()))
        self.changed.emit()

    def move_current(self, delta: int) -> None:
        self.move(self.table.currentRow(), delta)

    def clear_rows(self) -> None:
        self.table.setRowCount(0)
        self.changed.emit()

    def set_choices(self, key: str, choices: tuple[tuple[str, object], ...]) -> None:
        """Replace a choice column's options (the chosen one stays where still offered)."""
        c = self.column(key)
        self.columns[c] = Column(key, self.columns[c].title, "choice", self.columns[c].width, choices)
        for row in range(self.table.rowCount()):
            combo = self.widget_at(row, key)
            if not isinstance(combo, QComboBox):
                continue
            keep = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            for text, data in choices:
                combo.addItem(text, data)
            index = combo.findData(keep)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(blocked)

    # -- problems
    def mark(self, row: int, key: str, text: str) -> None:
        widget = self.widget_at(row, key)
        if widget is not None:
            set_state(widget, "invalid", True)
            widget.setToolTip(text)
            return
        item = self.item_at(row, key)
        if item is not None:
            item.setBackground(QBrush(INVALID_BG))
            item.setToolTip(text)

    def clear_marks(self) -> None:
        for row in range(self.table.rowCount()):
            for key in self.keys:
                widget = self.widget_at(row, key)
                if widget is not None:
                    set_state(widget, "invalid", False)
                    widget.setToolTip("")
                item = self.item_at(row, key)
                if item is not None:
                    blocked = self.table.blockSignals(True)
                    item.setBackground(QBrush())
                    item.setToolTip("")
                    self.table.blockSignals(blocked)


# ---------------------------------------------------------------- the dialog


TABLE_FIELD = re.compile(r"^(stores|tiers|materials|budget)\.(\d+)(?:\.(\w+))?$")


class PlanEditorDialog(QDialog):
    """Write or change a promotion plan (see the module docstring); ``.plan`` after Accepted."""

    def __init__(self, ctx: AppContext, plan: PromotionDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = plan
        self.plan: PromotionDTO | None = None
        if plan is not None and not plan.tiers and not plan.materials:
            plan = promotions.get_plan(ctx, plan.id)  # a listed plan leaves tiers and materials out
            self.original = plan
        self.setObjectName("planEditor")
        self.setWindowTitle(self.tr("New promotion plan") if plan is None else
                            self.tr("Edit promotion plan %1").replace("%1", plan.code))
        self.resize(1120, 740)
        lists = load_lists(ctx, stores=True, regions=True, include_closed=True)
        in_plan = {x.store_id for x in plan.stores} if plan else set()
        self.stores = {s.id: s for s in lists.stores if s.status != "closed" or s.id in in_plan}
        self.regions = list(lists.regions)
        self.types = promotions.list_types(ctx, include_inactive=True)

        layout = QVBoxLayout(self)
        self.warning = QLabel(objectName="reapprovalWarning")
        self.warning.setWordWrap(True)
        set_role(self.warning, "warning")
        self.warning.hide()
        if plan is not None and (plan.status.approved or plan.status.status in ("submitted", "reviewed")):
            self.warning.setText(
                self.tr("This plan is approved: once you save a change it must be submitted and approved again.")
                if plan.status.approved else
                self.tr("This plan is waiting for a decision: once you save a change it must be submitted again."))
            self.warning.show()
        layout.addWidget(self.warning)
        self.tabs = QTabWidget(objectName="tabs")
        layout.addWidget(self.tabs, 1)
        self._build_plan_tab()
        self._build_stores_tab()
        self._build_offer_tab()
        self._build_budget_tab()
        self.error_label = set_role(QLabel(objectName="formErrors"), "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save plan"))
        save.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for i in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.tabs.setCurrentIndex(i))
        self._load(plan)

    # -- building
    def _build_plan_tab(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.theme = QLineEdit(objectName="theme")
        self.theme.setMaxLength(120)
        self.theme.setPlaceholderText(self.tr("For example: Grand opening week"))
        self.type = QComboBox(objectName="type")
        for t in self.types:
            self.type.addItem(type_text(t) + ("" if t.active else " " + self.tr("(retired)")), t.code)
        self.price = QCheckBox(self.tr("Price promotion: it changes prices, so it must be approved before it "
                                       "starts"), objectName="pricePromotion")
        self.type.currentIndexChanged.connect(self._type_changed)
        start = date.today() + timedelta(days=NEW_PLAN_START_DAYS)
        self.starts = date_edit("startsOn", start)
        self.ends = date_edit("endsOn", start + timedelta(days=NEW_PLAN_DAYS - 1))
        self.days = set_role(QLabel(objectName="days"), "hint")
        period = QHBoxLayout()
        period.addWidget(self.starts)
        period.addWidget(QLabel("–"))
        period.addWidget(self.ends)
        period.addWidget(self.days)
        period.addStretch(1)
        self.start_time = QLineEdit(objectName="startTime")
        self.end_time = QLineEdit(objectName="endTime")
        for edit in (self.start_time, self.end_time):
            edit.setMaxLength(5)
            edit.setPlaceholderText(self.tr("HH:MM"))
            edit.setMaximumWidth(90)
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_time)
        times.addWidget(set_role(QLabel(self.tr("optional: the hours of each day the offer holds")), "hint"))
        times.addStretch(1)
        self.description = QPlainTextEdit(objectName="description")
        self.description.setPlaceholderText(self.tr("What the promotion is for, how it runs, what stores must "
                                                    "know"))
        self.description.setTabChangesFocus(True)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Type"), self.type)
        form.addRow("", self.price)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Time of day"), times)
        form.addRow(self.tr("Description"), self.description)
        self.starts.dateChanged.connect(self._period_changed)
        self.ends.dateChanged.connect(self._period_changed)
        self.tabs.addTab(page, self.tr("Plan"))

    def _build_stores_tab(self) -> None:
        page = QWidget()
        outer = QHBoxLayout(page)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.store_search = QLineEdit(objectName="storeSearch")
        self.store_search.setPlaceholderText(self.tr("Find a store, region or area"))
        self.store_search.setClearButtonEnabled(True)
        self.store_search.textChanged.connect(self._filter_tree)
        self.tree = QTreeWidget(objectName="storeTree")
        self.tree.setHeaderLabels([self.tr("Region, area and store"), self.tr("Kind")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._fill_tree()
        self.tree.itemChanged.connect(lambda *_: self._sync_timer.start())
        self._sync_timer = QTimer(self, singleShot=True, interval=0)
        self._sync_timer.timeout.connect(self._sync_targets)
        helpers = QHBoxLayout()
        self.add_franchise = QPushButton(self.tr("All franchise stores"), objectName="addFranchise")
        self.add_franchise.clicked.connect(lambda: self.check_kind("franchise"))
        self.add_direct = QPushButton(self.tr("All company-owned stores"), objectName="addDirect")
        self.add_direct.clicked.connect(lambda: self.check_kind("direct"))
        self.clear_stores = QPushButton(self.tr("None"), objectName="clearStores")
        self.clear_stores.clicked.connect(self.uncheck_all)
        helpers.addWidget(self.add_franchise)
        helpers.addWidget(self.add_direct)
        helpers.addWidget(self.clear_stores)
        self.store_count = QLabel(objectName="storeCount")
        set_role(self.store_count, "strong")
        lv.addWidget(self.store_search)
        lv.addWidget(self.tree, 1)
        lv.addLayout(helpers)
        lv.addWidget(self.store_count)
        split.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        measure = QHBoxLayout()
        self.custom_measure = QLineEdit(objectName="customMeasure")
        self.custom_measure.setMaxLength(40)
        self.custom_measure.setPlaceholderText(self.tr("for example: footfall"))
        self.custom_unit = QLineEdit(objectName="customUnit")
        self.custom_unit.setMaxLength(16)
        self.custom_unit.setMaximumWidth(90)
        self.custom_unit.setPlaceholderText(self.tr("unit"))
        measure.addWidget(QLabel(self.tr("Custom measure")))
        measure.addWidget(self.custom_measure, 1)
        measure.addWidget(QLabel(self.tr("Unit")))
        measure.addWidget(self.custom_unit)
        self.targets = RowTable("targets", [
            Column("store", self.tr("Store"), "fixed"),
            Column("sales", self.tr("Sales (yuan)"), "money", 120),
            Column("transactions", self.tr("Transactions"), "count", 100),
            Column("new_members", self.tr("New members"), "count", 100),
            Column("custom", self.tr("Custom"), "money", 110)], editable_rows=False)
        self.custom_measure.textChanged.connect(self._measure_changed)
        self.custom_unit.textChanged.connect(self._measure_changed)
        rv.addWidget(set_role(QLabel(self.tr("Targets of each chosen store (leave a cell empty for no target)")),
                              "strong"))
        rv.addLayout(measure)
        rv.addWidget(self.targets, 1)
        split.addWidget(right)
        split.setSizes([380, 700])
        self.tabs.addTab(page, self.tr("Stores and targets"))

    def _build_offer_tab(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        tiers_box = QGroupBox(self.tr("Offer tiers"))
        tv = QVBoxLayout(tiers_box)
        self.tiers = RowTable("tiers", [
            Column("condition", self.tr("Condition")),
            Column("reward", self.tr("Reward")),
            Column("price", self.tr("Price (yuan)"), "money", 90),
            Column("quota_per_store_day", self.tr("Quota / store / day"), "count", 120),
            Column("quota_per_store", self.tr("Quota / store"), "count", 100),
            Column("quota_total", self.tr("Quota in total"), "count", 100)], add_text=self.tr("Add tier"))
        tv.addWidget(set_role(QLabel(self.tr("One row per offer: who qualifies, what they get, the price if any, "
                                             "and how many may have it (empty: no limit).")), "hint"))
        tv.addWidget(self.tiers)
        materials_box = QGroupBox(self.tr("Materials"))
        mv = QVBoxLayout(materials_box)
        self.materials = RowTable("materials", [
            Column("kind", self.tr("Kind"), "choice", 110, tuple((material_kind(k), k) for k in MATERIAL_KINDS)),
            Column("name", self.tr("Name")),
            Column("quantity", self.tr("Quantity per store"), "count", 120),
            Column("unit", self.tr("Unit"), "text", 70),
            Column("deliver_by", self.tr("Deliver by"), "date", 120)], add_text=self.tr("Add material"))
        mv.addWidget(self.materials)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(tiers_box)
        split.addWidget(materials_box)
        v.addWidget(split)
        self.tabs.addTab(page, self.tr("Offer and materials"))

    def _build_budget_tab(self) -> None:
        page = QWidget()
        v = QVBoxLayout(page)
        self.budget = RowTable("budget", [
            Column("category", self.tr("Category"), "choice", 110,
                   tuple((budget_category(k), k) for k in BUDGET_CATEGORIES)),
            Column("description", self.tr("Description")),
            Column("amount", self.tr("Amount (yuan)"), "money", 120),
            Column("store_id", self.tr("For"), "choice", 200, ((self.tr("Whole plan"), None),))],
            add_text=self.tr("Add budget line"))
        self.budget.changed.connect(self._update_totals)
        totals = QGroupBox(self.tr("Totals"))
        form = QFormLayout(totals)
        self.total = QLabel(objectName="budgetTotal")
        set_role(self.total, "strong")
        self.by_category = QLabel(objectName="budgetByCategory")
        self.by_store = QLabel(objectName="budgetByStore")
        for label in (self.by_category, self.by_store):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Budget in total"), self.total)
        form.addRow(self.tr("By category"), self.by_category)
        form.addRow(self.tr("By store"), self.by_store)
        v.addWidget(self.budget, 1)
        v.addWidget(totals)
        self.tabs.addTab(page, self.tr("Budget"))

    # -- the store tree
    def _fill_tree(self) -> None:
        self.tree.clear()
        self.store_items: dict[str, QTreeWidgetItem] = {}
        nodes: dict[str, QTreeWidgetItem] = {}
        tristate = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsEnabled
        for r in self.regions:  # regions first, then their areas (the service lists them so)
            if r.parent_id and r.parent_id in nodes:
                node = QTreeWidgetItem(nodes[r.parent_id], [r.name, ""])
            else:
                node = QTreeWidgetItem(self.tree, [r.name, ""])
            node.setFlags(tristate)
            node.setCheckState(0, Qt.CheckState.Unchecked)
            node.setData(0, Qt.ItemDataRole.UserRole, None)
            nodes[r.id] = node
        for s in sorted(self.stores.values(), key=lambda s: s.code):
            parent = nodes.get(s.region_id)
            item = QTreeWidgetItem(parent if parent is not None else self.tree,
                                   [f"{s.code} {s.name}", labels.store_kind(s.kind)])
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            self.store_items[s.id] = item
        for node in nodes.values():  # a region without stores says so
            if node.childCount() == 0:
                node.setDisabled(True)
        self.tree.expandAll()

    def _filter_tree(self, text: str) -> None:
        needle = text.strip().lower()
        for sid, item in self.store_items.items():
            s = self.stores[sid]
            parent = item.parent()
            path = f"{s.code} {s.name} {s.region_path}".lower()
            item.setHidden(bool(needle) and needle not in path and
                           (parent is None or needle not in parent.text(0).lower()))

    def chosen_store_ids(self) -> list[str]:
        """The checked stores in the tree's order."""
        out = []
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            item = it.value()
            sid = item.data(0, Qt.ItemDataRole.UserRole)
            if sid and item.checkState(0) == Qt.CheckState.Checked:
                out.append(sid)
            it += 1
        return out

    def check_stores(self, store_ids, on: bool = True) -> None:
        self.tree.blockSignals(True)
        try:
            for sid in store_ids:
                item = self.store_items.get(sid)
                if item is not None:
                    item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self.tree.blockSignals(False)
        self._refresh_parents()
        self._sync_targets()

    def _refresh_parents(self) -> None:
        """Region and area boxes follow their stores (done once after a batch, signals blocked)."""
        def walk(item: QTreeWidgetItem) -> Qt.CheckState:
            if item.data(0, Qt.ItemDataRole.UserRole):
                return item.checkState(0)
            states = {walk(item.child(i)) for i in range(item.childCount())}
            state = (Qt.CheckState.Unchecked if not states or states == {Qt.CheckState.Unchecked} else
                     Qt.CheckState.Checked if states == {Qt.CheckState.Checked} else Qt.CheckState.PartiallyChecked)
            item.setCheckState(0, state)
            return state

        self.tree.blockSignals(True)
        try:
            for i in range(self.tree.topLevelItemCount()):
                walk(self.tree.topLevelItem(i))
        finally:
            self.tree.blockSignals(False)

    def check_kind(self, kind: str) -> None:
        self.check_stores([sid for sid, s in self.stores.items() if s.kind == kind and s.status != "closed"])

    def uncheck_all(self) -> None:
        self.check_stores(list(self.store_items), on=False)

    def _sync_targets(self) -> None:
        """One target row per chosen store, in the tree's order; typed targets stay with their store."""
        chosen = self.chosen_store_ids()
        current = [r for r in range(self.targets.row_count())]
        kept = {self.targets.table.item(r, 0).data(Qt.ItemDataRole.UserRole): self.targets.row_values(r)
                for r in current}
        if list(kept) != chosen:
            blocked = self.targets.table.blockSignals(True)
            self.targets.table.setRowCount(0)
            for sid in chosen:
                values = dict(kept.get(sid) or {})
                values["store"] = self._store_text(sid)
                row = self.targets.add_row(values)
                self.targets.item_at(row, "store").setData(Qt.ItemDataRole.UserRole, sid)
            self.targets.table.blockSignals(blocked)
        n = len(chosen)
        franchise = sum(1 for sid in chosen if self.stores[sid].kind == "franchise")
        self.store_count.setText(self.tr("%n store(s) chosen", "", n) + " · " +
                                 self.tr("%n franchise store(s)", "", franchise))
        self.budget.set_choices("store_id", ((self.tr("Whole plan"), None),) +
                                tuple((self._store_text(sid), sid) for sid in chosen))
        self._update_totals()

    def _store_text(self, store_id: str) -> str:
        s = self.stores.get(store_id)
        return f"{s.code} {s.name}" if s else store_id

    def _measure_changed(self) -> None:
        name = self.custom_measure.text().strip()
        unit = self.custom_unit.text().strip()
        title = name or self.tr("Custom")
        if unit:
            title += f" ({unit})"
        self.targets.table.horizontalHeaderItem(self.targets.column("custom")).setText(title)

    # -- the plan tab
    def _type(self) -> promotions.TypeDTO | None:
        return next((t for t in self.types if t.code == self.type.currentData()), None)

    def _type_changed(self) -> None:
        t = self._type()
        if t is not None:
            self.price.setChecked(t.price)

    def _period_changed(self) -> None:
        a, b = from_qdate(self.starts.date()), from_qdate(self.ends.date())
        if a and b and b >= a:
            self.days.setText(self.tr("%n day(s)", "", (b - a).days + 1))
        else:
            self.days.setText(self.tr("the end is before the start"))

    # -- loading a plan
    def _load(self, plan: PromotionDTO | None) -> None:
        if plan is None:
            active = [i for i in range(self.type.count()) if self.types[i].active]
            self.type.setCurrentIndex(active[0] if active else 0)
            self._type_changed()
            self._sync_targets()
            self._period_changed()
            self._measure_changed()
            return
        self.theme.setText(plan.theme)
        index = self.type.findData(plan.type_code)
        blocked = self.type.blockSignals(True)
        self.type.setCurrentIndex(max(index, 0))
        self.type.blockSignals(blocked)
        self.price.setChecked(plan.price_promotion)
        self.starts.setDate(to_qdate(plan.starts_on))
        self.ends.setDate(to_qdate(plan.ends_on))
        self.start_time.setText(plan.start_time)
        self.end_time.setText(plan.end_time)
        self.description.setPlainText(plan.description)
        self.custom_measure.setText(plan.custom_measure)
        self.custom_unit.setText(plan.custom_unit)
        self.check_stores([x.store_id for x in plan.stores])
        for r in range(self.targets.row_count()):
            sid = self.targets.item_at(r, "store").data(Qt.ItemDataRole.UserRole)
            x = plan.store(sid)
            for key, value in (("sales", money_text(x.target_sales)),
                               ("transactions", count_text(x.target_transactions)),
                               ("new_members", count_text(x.target_new_members)),
                               ("custom", money_text(x.target_custom))):
                self.targets.set_value(r, key, value)
        for t in plan.tiers:
            self.tiers.add_row({"condition": t.condition, "reward": t.reward, "price": money_text(t.price),
                                "quota_per_store_day": count_text(t.quota_per_store_day),
                                "quota_per_store": count_text(t.quota_per_store),
                                "quota_total": count_text(t.quota_total)})
        for m in plan.materials:
            self.materials.add_row({"kind": m.kind, "name": m.name, "quantity": count_text(m.quantity),
                                    "unit": m.unit, "deliver_by": m.deliver_by})
        for b in plan.budget:
            self.budget.add_row({"category": b.category, "description": b.description,
                                 "amount": money_text(b.amount), "store_id": b.store_id})
        self._period_changed()
        self._measure_changed()
        self._update_totals()

    # -- totals
    def _update_totals(self) -> None:
        if not hasattr(self, "total"):
            return
        by_category: dict[str, Decimal] = {}
        by_store: dict[str | None, Decimal] = {}
        total = Decimal("0.00")
        bad = 0
        for row in self.budget.rows():
            amount = parse_money(str(row["amount"]))
            if amount is None:
                bad += bool(clean_number(str(row["amount"])))
                continue
            total += amount
            by_category[str(row["category"])] = by_category.get(str(row["category"]), Decimal("0.00")) + amount
            key = row["store_id"] or None
            by_store[key] = by_store.get(key, Decimal("0.00")) + amount  # type: ignore[index]
        text = money_text(total) + " " + self.tr("yuan")
        if bad:
            text += "  " + self.tr("(%n line(s) with an amount that is not a number left out)", "", bad)
        self.total.setText(text)
        self.by_category.setText("   ".join(f"{budget_category(k)} {money_text(v)}"
                                           for k, v in sorted(by_category.items(),
                                                              key=lambda kv: BUDGET_CATEGORIES.index(kv[0])
                                                              if kv[0] in BUDGET_CATEGORIES else 99))
                                 or "—")
        parts = []
        if None in by_store:
            parts.append(self.tr("Whole plan") + " " + money_text(by_store[None]))
        for sid, v in by_store.items():
            if sid is not None:
                parts.append(f"{self._store_text(sid)} {money_text(v)}")
        self.by_store.setText("   ".join(parts) or "—")

    # -- saving
    def plan_input(self) -> PlanInput:
        """What is typed, as the service's input: money and counts stay text (cleaned of separators) so the
        service turns them into ``Decimal`` / ``int`` and names any bad one by its field."""
        def num(v: dict[str, object], key: str):
            return _or_none(str(v[key]))

        def text(v: dict[str, object], key: str) -> str:
            return str(v[key] or "")

        stores = tuple(StoreTarget(self.targets.item_at(r, "store").data(Qt.ItemDataRole.UserRole),
                                   num(v, "sales"), num(v, "transactions"), num(v, "new_members"), num(v, "custom"))
                       for r, v in enumerate(self.targets.rows()))
        tiers = tuple(TierInput(text(v, "condition"), text(v, "reward"), num(v, "price"),
                                num(v, "quota_per_store_day"), num(v, "quota_per_store"), num(v, "quota_total"))
                      for v in self.tiers.rows())
        materials = tuple(MaterialInput(text(v, "name"), text(v, "kind"), num(v, "quantity") or 1, text(v, "unit"),
                                        v["deliver_by"])  # type: ignore[arg-type]
                          for v in self.materials.rows())
        budget = tuple(BudgetInput(text(v, "category"), num(v, "amount"), text(v, "description"),
                                   v["store_id"] or None)  # type: ignore[arg-type]
                       for v in self.budget.rows())
        return PlanInput(theme=self.theme.text(), type_code=self.type.currentData() or "",
                         starts_on=from_qdate(self.starts.date()), ends_on=from_qdate(self.ends.date()),  # type: ignore[arg-type]
                         stores=stores, tiers=tiers, materials=materials, budget=budget,
                         description=self.description.toPlainText(), start_time=self.start_time.text().strip(),
                         end_time=self.end_time.text().strip(), custom_measure=self.custom_measure.text(),
                         custom_unit=self.custom_unit.text(), price_promotion=self.price.isChecked())

    def save(self) -> bool:
        self.clear_problems()
        try:
            data = self.plan_input()
            if self.original is None:
                self.plan = promotions.create_plan(self.ctx, data)
            else:
                self.plan = promotions.update_plan(self.ctx, self.original.id, data)
        except ValidationError as exc:
            self.show_problems(exc)
            return False
        except OpsDeskError as exc:
            self.error_label.setText(describe(exc))
            self.error_label.show()
            return False
        self.accept()
        return True

    # -- problems on their fields
    def _fields(self) -> dict[str, tuple[QWidget, str, int]]:
        """Field -> (widget, label, tab index)."""
        return {"theme": (self.theme, self.tr("Theme"), 0), "type_code": (self.type, self.tr("Type"), 0),
                "starts_on": (self.starts, self.tr("Start"), 0), "ends_on": (self.ends, self.tr("End"), 0),
                "start_time": (self.start_time, self.tr("Start time"), 0),
                "end_time": (self.end_time, self.tr("End time"), 0),
                "description": (self.description, self.tr("Description"), 0),
                "stores": (self.tree, self.tr("Target stores"), 1),
                "custom_measure": (self.custom_measure, self.tr("Custom measure"), 1),
                "custom_unit": (self.custom_unit, self.tr("Unit"), 1)}

    def _tables(self) -> dict[str, tuple[RowTable, str, int]]:
        return {"stores": (self.targets, self.tr("Target store %1"), 1), "tiers": (self.tiers, self.tr("Tier %1"), 2),
                "materials": (self.materials, self.tr("Material %1"), 2),
                "budget": (self.budget, self.tr("Budget line %1"), 3)}

    def clear_problems(self) -> None:
        for widget, _label, _tab in self._fields().values():
            set_state(widget, "invalid", False)
            widget.setToolTip("")
        for table, _label, _tab in self._tables().values():
            table.clear_marks()
        self.error_label.clear()
        self.error_label.hide()

    def show_problems(self, exc: ValidationError) -> None:
        fields, tables = self._fields(), self._tables()
        lines: list[str] = []
        first_tab: int | None = None
        for problem in exc.problems:
            text = problem_text(problem)
            where, tab = self._place(problem, fields, tables, text)
            if tab is not None and first_tab is None:
                first_tab = tab
            lines.append(self.tr("%1: %2").replace("%1", where).replace("%2", text) if where else text)
        self.error_label.setText("\n".join(lines))
        self.error_label.show()
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)

    def _place(self, problem: FieldProblem, fields: dict, tables: dict, text: str) -> tuple[str, int | None]:
        """Mark the problem's widget or cell; return where it is, in words, and its tab."""
        if problem.field in fields:
            widget, label, tab = fields[problem.field]
            set_state(widget, "invalid", True)
            widget.setToolTip(text)
            return label, tab
        m = TABLE_FIELD.match(problem.field)
        if m is None:
            return "", None
        table, label, tab = tables[m.group(1)]
        row, key = int(m.group(2)), m.group(3) or ("store" if m.group(1) == "stores" else table.keys[0])
        if key not in table.keys:
            key = table.keys[0]
        table.mark(row, key, text)
        title = table.columns[table.column(key)].title
        where = label.replace("%1", str(row + 1))
        if m.group(1) == "stores" and row < table.row_count():
            where = label.replace("%1", str(table.value(row, "store")))
        return (where + " · " + title) if m.group(3) else where, tab
