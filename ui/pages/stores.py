"""Stores: region tree, filters, lazy sortable table, create/edit/deactivate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, org
from ui import labels
from ui import permissions as may
from ui.dates import from_qdate, to_qdate
from ui.errors import show_error
from ui.models.lazy_table import Column, RowSource
from ui.style import RED, set_role, styled
from ui.widgets.confirm import confirm
from ui.widgets.form import FormDialog
from ui.widgets.pickers import fill_regions
from ui.widgets.table_page import TablePage

ALL = "__all__"


class StoreDialog(FormDialog):
    """Create or edit one store. Validation is the service's; errors stay in the dialog."""

    def __init__(self, ctx: AppContext, store: org.StoreDTO | None = None, region_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit store") if store else self.tr("New store"), parent)
        self.ctx = ctx
        self.store = store
        self.setMinimumWidth(460)

        self.code = QLineEdit(objectName="code")
        self.code.setPlaceholderText(self.tr("e.g. SH012"))
        self.name = QLineEdit(objectName="name")
        self.kind = QComboBox(objectName="kind")
        for code, text in labels.store_kinds().items():
            self.kind.addItem(text, code)
        self.region = QComboBox(objectName="region")
        fill_regions(self.region, ctx)
        self.status = QComboBox(objectName="status")
        for code, text in labels.store_statuses().items():
            self.status.addItem(text, code)
        self.has_opened = QCheckBox(self.tr("Opened on"), objectName="hasOpened")
        self.opened_on = QDateEdit(objectName="openedOn")
        self.opened_on.setCalendarPopup(True)
        self.opened_on.setDisplayFormat("yyyy-MM-dd")
        self.opened_on.setDate(to_qdate(date.today()))
        self.has_opened.toggled.connect(self.opened_on.setEnabled)
        self.address = QLineEdit(objectName="address")
        self.phone = QLineEdit(objectName="phone")
        self.manager = QComboBox(objectName="manager")
        self.supervisor = QComboBox(objectName="supervisor")
        for combo, roles in ((self.manager, ("store_manager",)), (self.supervisor, ("supervisor", "ops_manager"))):
            combo.addItem(self.tr("(none)"), None)
            for u in org.users_with_roles(ctx, roles):
                combo.addItem(f"{u.name} ({u.username})", u.id)
        # A current holder who was deactivated stays selectable, so saving keeps them.
        if store is not None:
            for combo, user_id, name in ((self.manager, store.manager_id, store.manager_name),
                                         (self.supervisor, store.supervisor_id, store.supervisor_name)):
                if user_id and combo.findData(user_id) < 0:
                    combo.addItem(self.tr("%1 (inactive)").replace("%1", name), user_id)
        self.status.currentIndexChanged.connect(self._status_changed)

        opened_row = QHBoxLayout()
        opened_row.addWidget(self.has_opened)
        opened_row.addWidget(self.opened_on, 1)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Region / area"), self.region)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Opening date"), opened_row)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Store manager"), self.manager)
        form.addRow(self.tr("Supervisor"), self.supervisor)

        self.set_fields(
            {"code": self.code, "name": self.name, "kind": self.kind, "region_id": self.region,
             "status": self.status, "opened_on": self.has_opened, "address": self.address, "phone": self.phone,
             "manager_id": self.manager, "supervisor_id": self.supervisor},
            {"code": self.tr("Code"), "name": self.tr("Name"), "kind": self.tr("Kind"),
             "region_id": self.tr("Region / area"), "status": self.tr("Status"),
             "opened_on": self.tr("Opening date"), "address": self.tr("Address"), "phone": self.tr("Phone"),
             "manager_id": self.tr("Store manager"), "supervisor_id": self.tr("Supervisor")},
        )
        self.form_area.addLayout(form)
        self._load(store, region_id)

    @property
    def result_store(self) -> org.StoreDTO | None:
        return self.result_value

    def _select(self, combo: QComboBox, value: object) -> None:
        i = combo.findData(value)
        combo.setCurrentIndex(max(i, 0))

    def _load(self, store: org.StoreDTO | None, region_id: str | None) -> None:
        if store is None:
            self._select(self.status, "open")
            self._select(self.kind, "direct")
            if region_id:
                self._select(self.region, region_id)
            else:  # stores usually belong to an area: preselect the first one
                first_area = next((i for i in range(self.region.count())
                                   if self.region.itemText(i).startswith("    ")), 0)
                self.region.setCurrentIndex(first_area)
            self.has_opened.setChecked(True)
            return
        self.code.setText(store.code)
        self.name.setText(store.name)
        self._select(self.kind, store.kind)
        self._select(self.region, store.region_id)
        self._select(self.status, store.status)
        self.has_opened.setChecked(store.opened_on is not None)
        self.opened_on.setEnabled(store.opened_on is not None)
        if store.opened_on:
            self.opened_on.setDate(to_qdate(store.opened_on))
        self.address.setText(store.address)
        self.phone.setText(store.phone)
        self._select(self.manager, store.manager_id)
        self._select(self.supervisor, store.supervisor_id)

    def _status_changed(self) -> None:
        """A store that is not open yet usually has no opening date; an open one needs it."""
        status = self.status.currentData()
        if status in ("planned", "preparing"):
            self.has_opened.setChecked(False)
        elif status == "open" and self.store is None:
            self.has_opened.setChecked(True)

    def input(self) -> org.StoreInput:
        opened = from_qdate(self.opened_on.date()) if self.has_opened.isChecked() else None
        return org.StoreInput(
            code=self.code.text(),
            name=self.name.text(),
            region_id=self.region.currentData(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            address=self.address.text(),
            phone=self.phone.text(),
            opened_on=opened,
            manager_id=self.manager.currentData(),
            supervisor_id=self.supervisor.currentData(),
            base_version=self.store.version if self.store else None,
        )

    def submit(self) -> org.StoreDTO:
        if self.store is None:
            return org.create_store(self.ctx, self.input())
        return org.update_store(self.ctx, self.store.id, self.input())


class RegionDialog(FormDialog):
    """Create a region (大区) or an area (片区) under one, or rename either."""

    def __init__(self, ctx: AppContext, parent_region: org.RegionDTO | None = None,
                 region: org.RegionDTO | None = None, parent: QWidget | None = None) -> None:
        if region is not None:
            title = self.tr("Rename %1").replace("%1", region.name)
        elif parent_region is not None:
            title = self.tr("New area in %1").replace("%1", parent_region.name)
        else:
            title = self.tr("New region")
        super().__init__(title, parent)
        self.ctx = ctx
        self.region = region
        self.parent_region = parent_region
        self.name = QLineEdit(objectName="name")
        self.code = QLineEdit(objectName="code")
        self.code.setPlaceholderText(self.tr("e.g. SH"))
        if region is not None:
            self.name.setText(region.name)
            self.code.setText(region.code)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Code"), self.code)
        self.set_fields({"name": self.name, "code": self.code}, {"name": self.tr("Name"), "code": self.tr("Code")})
        self.form_area.addLayout(form)
        self.setMinimumWidth(340)

    @property
    def result_region(self) -> org.RegionDTO | None:
        return self.result_value

    def submit(self) -> org.RegionDTO:
        return org.save_region(
            self.ctx, self.name.text(), self.code.text(),
            parent_id=self.region.parent_id if self.region else (self.parent_region.id if self.parent_region else None),
            region_id=self.region.id if self.region else None,
        )


class StoreViewDialog(QDialog):
    """One store at a glance: its details, 整改率, open corrective actions and recent inspections."""

    PERIOD_DAYS = 90

    def __init__(self, ctx: AppContext, store: org.StoreDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from opsdesk.services import actions, runs

        self.setWindowTitle(self.tr("%1 %2").replace("%1", store.code).replace("%2", store.name))
        self.resize(860, 640)
        today = date.today()
        head = set_role(QLabel(f"{store.code} {store.name}"), "title")
        facts = QLabel(" · ".join(x for x in (
            store.region_path, labels.store_kind(store.kind), labels.store_status(store.status),
            self.tr("Manager: %1").replace("%1", store.manager_name or "—"),
            self.tr("Supervisor: %1").replace("%1", store.supervisor_name or "—"), store.phone, store.address) if x))
        facts.setWordWrap(True)
        set_role(facts, "muted")
        recent = actions.closure_rate(ctx, today - timedelta(days=self.PERIOD_DAYS), today, store_id=store.id)
        this_year = actions.closure_rate(ctx, date(today.year, 1, 1), today, store_id=store.id)

        def rate_text(rate: actions.ClosureRate) -> str:
            if rate.rate is None:
                return self.tr("no actions due")
            return self.tr("%1% (%2 of %3 verified by their due date)").replace("%1", str(rate.rate)) \
                .replace("%2", str(rate.on_time)).replace("%3", str(rate.due))

        self.rate_label = styled(QLabel(objectName="closureRate"))
        self.rate_label.setText(self.tr("Closure rate, last %1 days: %2").replace("%1", str(self.PERIOD_DAYS))
                                .replace("%2", rate_text(recent)) + "\n" +
                                self.tr("Closure rate, this year: %1").replace("%1", rate_text(this_year)))

        self.open_actions = actions.query_actions(ctx, actions.ActionQuery(store_id=store.id, open_only=True,
                                                                           today=today))
        self.actions_table = QTableWidget(len(self.open_actions), 5, objectName="openActions")
        self.actions_table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("Action"), self.tr("Priority"),
                                                      self.tr("Status"), self.tr("Assigned to")])
        for r, a in enumerate(self.open_actions):
            cells = [a.due_on.isoformat(), a.title, labels.priority(a.priority), labels.action_status(a.status),
                     a.assignee_name]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if a.overdue(today):
                    item.setForeground(QColor(RED))
                self.actions_table.setItem(r, c, item)
        self.actions_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.actions_table.verticalHeader().hide()
        self.actions_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        overdue = sum(1 for a in self.open_actions if a.overdue(today))
        open_title = QLabel(self.tr("Open corrective actions: %1 (overdue: %2)")
                            .replace("%1", str(len(self.open_actions))).replace("%2", str(overdue)))
        set_role(open_title, "strong")

        self.recent_runs = runs.query_runs(ctx, runs.RunQuery(store_id=store.id, template_kinds=("inspection",),
                                                              status="completed"), 0, 5)
        runs_title = QLabel(self.tr("Recent inspections"))
        set_role(runs_title, "strong")
        runs_text = QLabel("\n".join(
            f"{r.business_date.isoformat()}  {labels.template_text(r.template_title, r.template_title_en)}  "
            f"{r.percent if r.percent is not None else '—'}%  "
            f"{labels.grade(r.grade)}" for r in self.recent_runs) or self.tr("No completed inspections yet."))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (head, facts, self.rate_label, open_title):
            layout.addWidget(w)
        layout.addWidget(self.actions_table, 1)
        layout.addWidget(runs_title)
        layout.addWidget(runs_text)
        layout.addWidget(close)


class StoresPage(TablePage):
    SHOWS = frozenset({"store", "region", "user"})  # refreshed when an operation changed these

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stores"), parent)
        self.ctx = ctx
        self.search.setPlaceholderText(self.tr("Search code, name, address or phone (Ctrl+F)"))

        self.tree = QTreeWidget(objectName="regionTree")
        self.tree.setHeaderLabel(self.tr("Regions"))
        self.tree.currentItemChanged.connect(lambda *_: self._region_changed())
        self.add_region_button = QToolButton(objectName="addRegion")
        self.add_region_button.setText(self.tr("+ Region"))
        self.add_region_button.setToolTip(self.tr("Create a region"))
        self.add_area_button = QToolButton(objectName="addArea")
        self.add_area_button.setText(self.tr("+ Area"))
        self.add_area_button.setToolTip(self.tr("Create an area in the selected region"))
        self.rename_region_button = QToolButton(objectName="renameRegion")
        self.rename_region_button.setText(self.tr("Rename"))
        self.add_region_button.clicked.connect(self.create_region)
        self.add_area_button.clicked.connect(self.create_area)
        self.rename_region_button.clicked.connect(self.rename_region)
        tree_buttons = QHBoxLayout()
        for b in (self.add_region_button, self.add_area_button, self.rename_region_button):
            tree_buttons.addWidget(b)
        tree_buttons.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.tree, 1)
        side_layout.addLayout(tree_buttons)
        self.region_hint = QLabel(objectName="regionHint")  # shown while there is no region (New store needs one)
        self.region_hint.setWordWrap(True)
        self.region_hint.setText(self.tr('<a href="region">Create a region first</a>, then add its stores.'))
        self.region_hint.linkActivated.connect(lambda _link: self.create_region())
        self.region_hint.hide()
        self.has_regions = True  # until load_regions() knows
        self.regions: dict[str, org.RegionDTO] = {}  # the tree's regions and areas, by id
        self.regions_loading = None
        self._want_region: str | None = None
        side_layout.addWidget(self.region_hint)
        self.set_side_panel(side)

        bar = self.filter_bar
        self.kind = bar.add_combo("kindFilter", self.tr("All kinds"), labels.store_kinds())
        self.status = bar.add_combo("statusFilter", self.tr("All statuses"), labels.store_statuses())
        self.show_closed = bar.add_check("showClosed", self.tr("Show closed"))
        bar.add_stretch()

        self.new_button = self.add_button(self.tr("New store"), "fa5s.plus", QKeySequence.StandardKey.New, "newStore")
        self.edit_button = self.add_button(self.tr("Edit"), "fa5s.edit", "F2", "editStore")
        self.toggle_button = self.add_button(self.tr("Deactivate"), "fa5s.ban", "Ctrl+D", "toggleStore")
        self.view_button = self.add_button(self.tr("Store view"), "fa5s.info-circle", "Ctrl+I", "viewStore")
        self.export_button = self.add_button(self.tr("Export..."), "fa5s.file-excel", "Ctrl+Shift+E", "exportRegister")
        self.export_button.clicked.connect(self.export)
        self.view_button.clicked.connect(self.view_selected)
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.activated.connect(self.edit)
        self.selectionChanged.connect(self._update_buttons)

        self.setup_model(
            [
                Column(self.tr("Code"), lambda s: s.code, "code"),
                Column(self.tr("Name"), lambda s: s.name, "name"),
                Column(self.tr("Kind"), lambda s: labels.store_kind(s.kind), "kind"),
                Column(self.tr("Region"), lambda s: s.region_path, "region"),
                Column(self.tr("Status"), lambda s: labels.store_status(s.status), "status"),
                Column(self.tr("Opened"), lambda s: s.opened_on.isoformat() if s.opened_on else "", "opened_on"),
                Column(self.tr("Store manager"), lambda s: s.manager_name, "manager"),
                Column(self.tr("Supervisor"), lambda s: s.supervisor_name, "supervisor"),
                Column(self.tr("Phone"), lambda s: s.phone, "phone"),
            ],
            widths=(80, 170, 70, 150, 70, 95, 90, 90, 120),
            muted=lambda s: s.status in ("closed", "suspended"),
        )
        self._update_buttons(None)

    # -- data
    def query(self) -> org.StoreQuery:
        item = self.tree.currentItem()
        region = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return org.StoreQuery(
            region_id=None if region in (None, ALL) else region,
            search=self.search.text(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            include_closed=self.show_closed.isChecked(),
        )

    def row_source(self) -> RowSource:
        return self.sorted_source(self.ctx, self.query(), org.query_stores, org.count_stores)

    def empty_hint(self) -> str:
        return self.tr("No stores here. A store belongs to an area: create a region and an area in the tree on the left (right-click), then the store with New store (Ctrl+N). Or change the filters.")

    def count_text(self, total: int) -> str:
        return self.tr("%n store(s)", "", total)

    def export_title(self) -> str:
        return self.tr("Stores")

    def export_job(self):  # noqa: ANN202 - read on the GUI thread, run in the worker

        from ui.widgets.register_export import describe_filters

        sort, descending = self.model.sort_state
        ctx, query = self.ctx, replace(self.query(), sort=sort or "code", descending=descending)
        titles = {"code": self.tr("Code"), "name": self.tr("Name"), "kind": self.tr("Kind"),
                  "region": self.tr("Region"), "status": self.tr("Status"), "opened_on": self.tr("Opened"),
                  "manager": self.tr("Store manager"), "supervisor": self.tr("Supervisor"), "phone": self.tr("Phone"),
                  "address": self.tr("Address")}
        names = {"kind": labels.store_kinds(), "status": labels.store_statuses()}
        item = self.tree.currentItem()
        region = [("", item.text(0))] if item is not None and query.region_id else []
        filters = region + describe_filters([(self.tr("Kind"), self.kind), (self.tr("Status"), self.status)],
                                            self.search.text(), [("", self.show_closed)])
        title = self.tr("Stores")
        return lambda path: org.export_stores(ctx, query, path, titles=titles, labels=names, filters=filters,
                                              title=title)

    def refresh(self) -> None:
        self.load_regions()
        self.reload()

    def load_regions(self, select: str | None = None) -> None:
        """The region tree, read off the GUI thread; the chosen region stays chosen (or ``select`` is
        chosen once the tree is there)."""
        from ui.operations import load

        ctx = self.ctx
        self._want_region = select
        self.regions_loading = load(self, lambda: org.list_regions(ctx), self._show_regions, key="regions")

    def _show_regions(self, regions: list[org.RegionDTO]) -> None:
        self.regions_loading = None
        self.regions = {r.id: r for r in regions}
        current = self.tree.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current else ALL
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem([self.tr("All stores")])
        root.setData(0, Qt.ItemDataRole.UserRole, ALL)
        self.tree.addTopLevelItem(root)
        items = {ALL: root}
        for r in regions:
            parent = items.get(r.parent_id, root)
            item = QTreeWidgetItem(parent, [r.name])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(0, r.path)
            items[r.id] = item
        self.tree.expandAll()
        want, self._want_region = self._want_region, None
        self.tree.setCurrentItem(items.get(keep, root))
        self.tree.blockSignals(False)
        if want is not None and want in items:
            self.tree.setCurrentItem(items[want])  # the region just made or renamed (lists its stores)
        elif keep not in items:  # the chosen region is gone: list every store
            self.reload()
        region = self.current_region()
        self.add_area_button.setEnabled(region is not None and region.level == "region")
        self.rename_region_button.setEnabled(region is not None)
        self.has_regions = len(items) > 1  # New store stays enabled: without a region it says what to do
        self.region_hint.setVisible(not self.has_regions)
        may.apply(self.new_button, self.ctx, may.Action.ORG_MANAGE,
                  tooltip="" if self.has_regions else self.tr("A store belongs to a region: "
                                                             "create a region first (+ Region)"))

    def current_region(self) -> org.RegionDTO | None:
        item = self.tree.currentItem()
        region_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if region_id in (None, ALL):
            return None
        return self.regions.get(region_id)

    def _region_changed(self) -> None:
        region = self.current_region()
        self.add_area_button.setEnabled(region is not None and region.level == "region")
        self.rename_region_button.setEnabled(region is not None)
        self.reload()

    def _edit_region(self, dialog: "RegionDialog") -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_region:
            self.load_regions(select=dialog.result_region.id)

    def create_region(self) -> None:
        self._edit_region(RegionDialog(self.ctx, parent=self))

    def create_area(self) -> None:
        region = self.current_region()
        if region is not None and region.level == "region":
            self._edit_region(RegionDialog(self.ctx, parent_region=region, parent=self))

    def rename_region(self) -> None:
        region = self.current_region()
        if region is not None:
            self._edit_region(RegionDialog(self.ctx, region=region, parent=self))

    def select_region(self, region_id: str | None) -> None:
        """Select a region or area in the tree (None: all stores)."""
        wanted = region_id or ALL
        for item in self._tree_items():
            if item.data(0, Qt.ItemDataRole.UserRole) == wanted:
                self.tree.setCurrentItem(item)
                return

    def _tree_items(self) -> list[QTreeWidgetItem]:
        out = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    # -- actions
    def view_selected(self) -> None:
        store = self.selected()
        if store is not None:
            StoreViewDialog(self.ctx, store, self).exec()

    def _update_buttons(self, store: org.StoreDTO | None) -> None:
        self.view_button.setEnabled(store is not None)
        where = store.id if store is not None else None
        may.apply(self.edit_button, self.ctx, may.Action.ORG_MANAGE, where, enabled=store is not None)
        may.apply(self.toggle_button, self.ctx, may.Action.ORG_MANAGE, where, enabled=store is not None)
        if store is not None and store.status == "closed":
            self.toggle_button.setText(self.tr("Reactivate"))
        else:
            self.toggle_button.setText(self.tr("Deactivate"))

    def create(self) -> None:
        if not self.has_regions:  # the first store needs a region: offer to create it, then go on
            answer = QMessageBox.question(
                self, self.tr("New store"),
                self.tr("A store belongs to a region, and there is no region yet. Create a region first?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return
            first = RegionDialog(self.ctx, parent=self)
            self._edit_region(first)
            if first.result_region is None:
                return
            region = first.result_region.id  # the tree shows it once it has reloaded
        else:
            item = self.tree.currentItem()
            region = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        dialog = StoreDialog(self.ctx, None, None if region == ALL else region, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_store:
            self._after_save(dialog.result_store)

    def edit_selected(self) -> None:
        store = self.selected()
        if store is not None:
            self.edit(store)

    def edit(self, store: org.StoreDTO) -> None:
        try:
            store = org.get_store(self.ctx, store.id)  # edit what is stored now, not the list's copy
        except OpsDeskError as exc:
            show_error(self, exc)
            self.reload()
            return
        dialog = StoreDialog(self.ctx, store, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_store:
            self._after_save(dialog.result_store)

    def _after_save(self, store: org.StoreDTO) -> None:
        self.reload()
        self.select_where(lambda s: s.id == store.id)  # not listed (the filters hide it): nothing selected

    def toggle_selected(self) -> None:
        store = self.selected()
        if store is None:
            return
        if store.status == "closed":
            question = self.tr("Reactivate store %1 %2? It gets back the status it had before it was closed.")
        else:
            question = self.tr(
                "Deactivate store %1 %2? It will be marked closed; its history is kept and it can be reactivated."
            )
        question = question.replace("%1", store.code).replace("%2", store.name)
        if not confirm(self, self.tr("Confirm"), question):
            return
        try:
            if store.status == "closed":
                org.reactivate_store(self.ctx, store.id)
            else:
                org.set_store_status(self.ctx, store.id, "closed")
                if not self.show_closed.isChecked() and self.status.currentData() is None:
                    self.show_closed.setChecked(True)  # keep the row in view so the change is visible
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.select_where(lambda s: s.id == store.id)
