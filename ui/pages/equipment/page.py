"""The equipment register (设备台账): filters, the warnings line, a lazy table of every store's items,
a search a USB barcode scanner types into (a full asset code or serial and Enter jumps to the item and
opens it), the item form, status changes, faults, asset labels, Excel import and export.

Everything is read and written through ``opsdesk.services.equipment``; the lists load off the GUI thread.
"""

from __future__ import annotations

import html
import importlib.util
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, equipment
from opsdesk.services.acceptance import ACCEPTABLE_FROM
from opsdesk.services.equipment import EquipmentDTO, EquipmentQuery
from ui import labels
from ui.models.lazy_table import Column, Look, RowSource
from ui.pages.equipment.dialogs import (
    EquipmentDialog,
    ImportProblemsDialog,
    StatusDialog,
    category_text,
)
from ui.pages.equipment.forms import (
    MAX_LABELS,
    STATUS_COLOURS,
    WARRANTY_DAYS,
    WARRANTY_RED,
    column_titles,
    problem_sentence,
    select_data,
)
from ui.style import set_role
from ui.widgets.pickers import Lists, picked, put_regions, put_stores
from ui.widgets.table_page import TablePage


def _report_fault_dialog():
    try:
        from ui.pages.equipment.faults import ReportFaultDialog
    except ImportError:
        return None
    return ReportFaultDialog


class EquipmentPage(TablePage):
    SHOWS = frozenset({"equipment", "equipment_event", "equipment_fault", "equipment_category", "store"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Equipment register"), parent)
        self.ctx = ctx
        self.search.setPlaceholderText(self.tr("Asset code, serial, name or store; scan a label (Ctrl+F)"))
        self.search.returnPressed.connect(self.scan)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.lookup = self.pickers_loading = self.warnings_loading = None  # QueryOps on their way
        self.warnings: equipment.EquipmentWarnings | None = None

        bar = self.filter_bar
        self.store = bar.add_combo("storeFilter", self.tr("All stores"), min_chars=9)
        self.store.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.store.view().setMinimumWidth(220)
        self.region = bar.add_combo("regionFilter", self.tr("All regions"))
        self.category = bar.add_combo("categoryFilter", self.tr("All categories"))
        bar.new_row()
        self.status = bar.add_combo("statusFilter", self.tr("All statuses"), labels.equipment_statuses())
        self.warranty = bar.add_check("warrantyExpiring",
                                      self.tr("Warranty ends within %1 days").replace("%1", str(WARRANTY_DAYS)))
        self.life = bar.add_check("lifeReached", self.tr("Service life reached"))
        self.faults = bar.add_check("openFaults", self.tr("Open faults"))
        bar.add_stretch()

        # The warnings line: each part is a link that filters the list.
        self.warnings_label = QLabel(objectName="warnings")
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.linkActivated.connect(self.warning_clicked)
        set_role(self.warnings_label, "warning")
        self.warnings_label.hide()
        column = self.filters.parent()
        column.insertWidget(column.indexOf(self.table), self.warnings_label)

        self.new_button = self.add_button(self.tr("New item"), "fa5s.plus", QKeySequence.StandardKey.New, "newItem")
        self.edit_button = self.add_button(self.tr("Edit"), "fa5s.edit", None, "editItem")
        self.edit_button.setToolTip(self.tr("Edit the selected item (F2, Enter or double-click)"))
        # F2 anywhere on the page (the table's own F2 would edit a cell; cells are not editable here)
        QShortcut(QKeySequence("F2"), self, activated=lambda: self.open_item(self.selected()),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.status_button = self.add_button(self.tr("Change status..."), "fa5s.exchange-alt", None, "changeStatus")
        self.fault_button = self.add_button(self.tr("Report fault..."), "fa5s.exclamation-triangle", None,
                                            "reportFault")
        self.accept_button = self.add_button(self.tr("Acceptance..."), "fa5s.clipboard-check", None, "acceptItem")
        self.accept_button.setToolTip(self.tr("Accept the selected installed item: the acceptance checklist with its "
                                              "measurements, then the supplier, store manager and supervisor sign"))
        self.labels_button = self.add_button(self.tr("Print labels..."), "fa5s.qrcode", None, "printLabels")
        self.import_button = self.add_button(self.tr("Import..."), "fa5s.file-import", None, "importItems")
        self.export_button = self.add_button(self.tr("Export..."), "fa5s.file-excel", "Ctrl+Shift+E",
                                             "exportRegister")
        self.notice = set_role(QLabel(objectName="notice"), "ok")
        self.buttons.addWidget(self.notice)
        labels_menu = QMenu(self.labels_button)
        self.labels_selected = labels_menu.addAction(self.tr("Selected items"), self.print_selected_labels)
        self.labels_all = labels_menu.addAction(
            self.tr("Every item in the list (at most %1)").replace("%1", str(MAX_LABELS)), self.print_all_labels)
        self.labels_button.setMenu(labels_menu)
        # whether the faults module is there, without importing it (its dialogs load when first used)
        self.fault_button.setVisible(importlib.util.find_spec("ui.pages.equipment.faults") is not None)
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(lambda: self.open_item(self.selected()))
        self.status_button.clicked.connect(self.change_status)
        self.fault_button.clicked.connect(self.report_fault)
        self.accept_button.clicked.connect(self.accept_item)
        self.import_button.clicked.connect(self.import_items)
        self.export_button.clicked.connect(self.export)
        self.activated.connect(self.open_item)

        columns = [
            ("asset_code", Column(self.tr("Asset code"), lambda e: e.asset_code, "asset_code")),
            ("name", Column(self.tr("Name"), lambda e: e.name, "name",
                            tooltip=lambda e: e.name + (" · " + e.location if e.location else ""))),
            ("category", Column(self.tr("Category"), category_text, "category")),
            ("store", Column(self.tr("Store"), lambda e: e.store_code + " " + e.store_name, "store",
                             tooltip=lambda e: e.region_path)),
            ("status", Column(self.tr("Status"), lambda e: labels.equipment_status(e.status), "status",
                              look=lambda e: cell_look("status", e))),
            ("brand_model", Column(self.tr("Brand / model"),
                                   lambda e: " ".join(p for p in (e.brand, e.model) if p), None)),
            ("serial_number", Column(self.tr("Serial number"), lambda e: e.serial_number, "serial_number")),
            ("warranty_end", Column(self.tr("Warranty ends"),
                                    lambda e: e.warranty_end.isoformat() if e.warranty_end else "", "warranty_end",
                                    tooltip=self._warranty_tip, look=lambda e: cell_look("warranty_end", e))),
            ("open_faults", Column(self.tr("Open faults"), lambda e: str(e.open_faults) if e.open_faults else "",
                                   None, look=lambda e: cell_look("open_faults", e))),
        ]
        self.column_keys = [key for key, _c in columns]
        self.setup_model([c for _k, c in columns], widths=(150, 160, 90, 170, 80, 150, 120, 124, 100),
                         muted=lambda e: e.status == "retired")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        self._load_pickers()
        self._lists_on_their_way = True  # the first refresh (the page shown) does not start them a second time

    # -- filters
    def _load_pickers(self) -> None:
        """Stores, regions and categories of the filters, read off the GUI thread; the choices made stay."""
        from ui.operations import QueryOp
        from ui.widgets.pickers import load_lists

        ctx = self.ctx

        def load(_job):
            return (load_lists(ctx, stores=True, include_closed=True, regions=True, search_keys=True),
                    equipment.list_categories(ctx, include_inactive=True))

        self.pickers_loading = QueryOp(load, owner=self, key="pickers", name="equipment register: pickers") \
            .success(self._pickers_loaded).failure(lambda _exc: setattr(self, "pickers_loading", None)).run()

    def _pickers_loaded(self, loaded: tuple[Lists, list]) -> None:
        self.pickers_loading = None
        lists, categories = loaded
        kept = [put_stores(self.store, lists.stores, (self.tr("All stores"), None)),
                put_regions(self.region, lists.regions, (self.tr("All regions"), None))]
        before = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for c in categories:
            self.category.addItem(category_text(c), c.id)
        if before is None or not select_data(self.category, before):
            self.category.setCurrentIndex(0)
            kept.append(before is None)
        self.category.blockSignals(False)
        if not all(kept):  # a chosen store, region or category is gone: list without it
            self.reload()

    def _store_id(self) -> str | None:
        value = picked(self.store)
        return str(value) if value else None

    def query(self, sort: str = "asset_code", descending: bool = False) -> EquipmentQuery:
        return EquipmentQuery(
            store_id=self._store_id(), region_id=self.region.currentData(), category_id=self.category.currentData(),
            status=self.status.currentData(),
            warranty_within_days=WARRANTY_DAYS if self.warranty.isChecked() else None,
            life_reached=self.life.isChecked(), open_faults=self.faults.isChecked(),
            search=self.search.text().strip(), sort=sort, descending=descending)

    def current_sort(self) -> tuple[str, bool]:
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        key = self.column_keys[column] if 0 <= column < len(self.column_keys) else "asset_code"
        if key in ("brand_model", "open_faults"):
            key = "asset_code"
        return key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def row_source(self) -> RowSource:
        return self.sorted_source(self.ctx, self.query(), equipment.query_equipment, equipment.count_equipment)

    def clear_filters(self) -> None:
        """Every filter back to "all" (no reload: the caller reloads)."""
        widgets = (self.store, self.region, self.category, self.status, self.warranty, self.life, self.faults,
                   self.search)
        for w in widgets:
            w.blockSignals(True)
        for combo in (self.store, self.region, self.category, self.status):
            combo.setCurrentIndex(0)
            if combo.isEditable():
                combo.setEditText(combo.currentText())
        for check in (self.warranty, self.life, self.faults):
            check.setChecked(False)
        self.search.clear()
        for w in widgets:
            w.blockSignals(False)

    def empty_hint(self) -> str:
        return self.tr("No equipment here. Add an item with New item (Ctrl+N) or import a register with Import..., "
                       "or change the filters.")

    def count_text(self, total: int) -> str:
        return self.tr("%n item(s)", "", total)

    def refresh(self) -> None:
        first, self._lists_on_their_way = self._lists_on_their_way, False
        if not (first and self.pickers_loading is not None):  # not while the build's load is on its way
            self._load_pickers()
        self.reload()

    def reload(self) -> None:
        super().reload()
        self.update_warnings()
        self._update_buttons()

    def rows_loaded(self) -> None:
        self._update_buttons()

    # -- warnings
    def update_warnings(self) -> None:
        from ui.operations import QueryOp

        ctx = self.ctx
        self.warnings_loading = QueryOp(lambda _job: equipment.warnings(ctx), owner=self, key="warnings",
                                        name="equipment register: warnings") \
            .success(self._show_warnings).failure(lambda _exc: setattr(self, "warnings_loading", None)).run()

    def _show_warnings(self, found: equipment.EquipmentWarnings) -> None:
        self.warnings_loading = None
        self.warnings = found
        parts = []
        warranty, life, stale = found.warranty_expiring, found.life_reached, found.stale_faults
        if warranty:
            text = self.tr("%n warranty(ies) ending within 30 days", "", warranty)
            parts.append('<a href="warranty">' + html.escape(text) + "</a>")
        if life:
            text = self.tr("%n item(s) past their service life", "", life)
            parts.append('<a href="life">' + html.escape(text) + "</a>")
        if stale:
            text = self.tr("%n fault(s) open more than 14 days", "", stale)
            parts.append('<a href="faults">' + html.escape(text) + "</a>")
        self.warnings_label.setText(" · ".join(parts))
        self.warnings_label.setVisible(bool(parts))

    def warning_clicked(self, key: str) -> None:
        """A part of the warnings line filters the list by it (the other filters back to "all")."""
        self.clear_filters()
        check = {"warranty": self.warranty, "life": self.life, "faults": self.faults}.get(key)
        if check is not None:
            check.blockSignals(True)
            check.setChecked(True)
            check.blockSignals(False)
        self.reload()

    # -- the table
    def _warranty_tip(self, e: EquipmentDTO) -> str:
        if e.warranty_end is None:
            return ""
        left = (e.warranty_end - date.today()).days
        if left < 0:
            return self.tr("Warranty ended %n day(s) ago", "", -left)
        if e.warranty_expiring():
            return self.tr("Warranty ends in %n day(s)", "", left)
        return ""

    def _update_buttons(self) -> None:
        chosen = self.selected_rows()
        self.edit_button.setEnabled(len(chosen) == 1)
        self.status_button.setEnabled(len(chosen) == 1)
        self.fault_button.setEnabled(len(chosen) == 1 and chosen[0].status != "retired")
        self.accept_button.setEnabled(len(chosen) == 1 and chosen[0].status in ACCEPTABLE_FROM)
        self.labels_selected.setEnabled(bool(chosen))

    # -- doing
    def say(self, text: str) -> None:
        self.notice.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def _show_item(self, item_id: str, done_text: str, hidden_text: str, open_after: bool = False) -> None:
        def done(shown: bool) -> None:
            self.say(done_text if shown else hidden_text)
            if shown and open_after:
                self.open_item(self.selected())

        self.select_where(lambda e: e.id == item_id, done)

    def create(self) -> None:
        dialog = EquipmentDialog(self.ctx, None, self._store_id(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_item is not None:
            made = dialog.result_item
            self.reload()
            self._show_item(made.id, self.tr("Item %1 created.").replace("%1", made.asset_code),
                            self.tr("Item %1 created; the filters hide it.").replace("%1", made.asset_code))

    def open_item(self, item: EquipmentDTO | None) -> None:
        """The item form (edit, with its history)."""
        if item is None:
            return
        try:
            current = equipment.get_equipment(self.ctx, item.id)
            dialog = EquipmentDialog(self.ctx, current, parent=self)
        except OpsDeskError as exc:
            self._failed(exc)
            self.reload()
            return
        self.opened = dialog  # the last dialog opened (tests look at it)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.select_where(lambda e: e.id == item.id)

    def change_status(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            dialog = StatusDialog(self.ctx, equipment.get_equipment(self.ctx, item.id), self)
        except OpsDeskError as exc:
            self._failed(exc)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            changed = dialog.result_value
            self.reload()
            self._show_item(item.id, self.tr("%1 is now: %2").replace("%1", item.asset_code)
                            .replace("%2", labels.equipment_status(changed.status)),
                            self.tr("%1 is now: %2 (the filters hide it)").replace("%1", item.asset_code)
                            .replace("%2", labels.equipment_status(changed.status)))

    def report_fault(self) -> None:
        dialog_class = _report_fault_dialog()
        item = self.selected()
        if dialog_class is None or item is None:
            return
        dialog = dialog_class(self.ctx, item.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.select_where(lambda e: e.id == item.id)

    def accept_item(self) -> None:
        """Acceptance...: the selected item's acceptance in the runner, its conditions, the three signatures;
        the list then shows the item's result."""
        from ui.pages.equipment.acceptance import accept_item

        item = self.selected()
        if item is None:
            return
        if accept_item(self.ctx, item.id, self) is None:
            return
        self.reload()
        after = equipment.get_equipment(self.ctx, item.id)
        text = self.tr("%1 is now: %2").replace("%1", after.asset_code).replace(
            "%2", labels.equipment_status(after.status))
        self._show_item(item.id, text, text)

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import show_error

        show_error(self, exc, self.tr("Equipment register"))

    # -- the scanner
    def scan(self) -> None:
        """Enter in the search: when the text is an asset code or serial number (a scanned label), jump to
        that item and open it; anything else stays an ordinary search."""
        from ui.operations import QueryOp

        code = self.search.text().strip()
        if not code:
            return
        ctx = self.ctx
        self.lookup = QueryOp(lambda _job: equipment.find_by_code(ctx, code), owner=self, key="lookup",
                              name="equipment register: find by code") \
            .success(lambda found: self._scanned(code, found)) \
            .failure(lambda exc: (setattr(self, "lookup", None), self._failed(exc))).run()

    def _scanned(self, code: str, found: EquipmentDTO | None) -> None:
        self.lookup = None
        if found is None or self.search.text().strip() != code:
            return  # not a code (an ordinary search), or typed on since
        # A scan is a lookup, not a filter: the search empties (ready for the next scan) and the list, under
        # the other filters, is searched for the item, loading pages as needed.
        self.filter_bar._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()

        def shown(ok: bool) -> None:
            if ok:
                self.say(self.tr("Found %1.").replace("%1", found.asset_code))
                self.open_item(self.selected())
                return
            # The filters hide it (or it lies too deep): every filter off, the list searched by its code.
            self.clear_filters()
            self.search.blockSignals(True)
            self.search.setText(found.asset_code)
            self.search.blockSignals(False)
            self.reload()
            self.select_where(lambda e: e.id == found.id, lambda ok2: ok2 and (
                self.say(self.tr("Found %1; the filters were cleared to show it.").replace("%1", found.asset_code)),
                self.open_item(self.selected())))

        self.select_where(lambda e: e.id == found.id, shown)

    # -- labels
    def print_selected_labels(self) -> None:
        self._print_labels(self.selected_rows())

    def print_all_labels(self) -> None:
        """Every item under the filters (at most MAX_LABELS), read off the GUI thread."""
        from ui.operations import QueryOp

        ctx, query = self.ctx, self.query(*self.current_sort())
        QueryOp(lambda _job: (equipment.count_equipment(ctx, query),
                              equipment.query_equipment(ctx, query, 0, MAX_LABELS)),
                owner=self, key="labels", name="equipment register: labels") \
            .success(lambda got: self._print_labels(got[1], got[0])).failure(self._failed).run()

    def _print_labels(self, items: list[EquipmentDTO], total: int | None = None) -> None:
        from opsdesk.reports.labels import LabelData
        from ui.widgets.label_sheet import LabelSheetDialog

        if not items:
            self.say(self.tr("No items to label."))
            return
        if total is not None and total > len(items):
            self.say(self.tr("Labels for the first %1 of %2 items.").replace("%1", str(len(items)))
                     .replace("%2", str(total)))
        data = [LabelData(code=e.asset_code, name=e.name, store=f"{e.store_code} {e.store_name}",
                          extra=" ".join(p for p in (e.brand, e.model) if p)) for e in items]
        self.label_dialog = LabelSheetDialog(data, self)
        self.label_dialog.exec()

    # -- import and export
    def import_items(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(self, self.tr("Import equipment"), str(Path.home()),
                                                    self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Check every row, then import all of them or (a bad row) nothing; in the background with progress."""
        from ui.operations import Operation

        ctx, titles, names = self.ctx, column_titles(), {"status": labels.equipment_statuses()}
        self.importing = (
            Operation(lambda job: equipment.import_equipment(ctx, path, progress=job.stage_reporter(), titles=titles,
                                                               labels=names), owner=self,
                      changes={"equipment", "equipment_event", "equipment_category"},
                      title=self.tr("Import equipment"), name=f"equipment import {path}")
            .success(self._imported).failure(self._import_failed)
            .with_progress(self.tr("Checking and importing %1...").replace("%1", path.name), cancellable=True)
            .run())

    def _imported(self, result) -> None:
        self.importing = None
        self.say(self.tr("Imported: %1 new, %2 updated.").replace("%1", str(result.created))
                 .replace("%2", str(result.updated)))
        self.reload()

    @staticmethod
    def import_problems(exc: BaseException) -> list[tuple[str, str, str]] | None:
        """The bad rows of a refused import as (row, column, problem) — None for any other error."""
        if not isinstance(exc, equipment.ImportRowsError):
            return None
        titles = column_titles()
        return [(str(p.row), titles.get(p.field, p.field),
                 problem_sentence(p) + (f" ({p.value})" if p.value else "")) for p in exc.rows]

    def _import_failed(self, exc: BaseException) -> None:
        self.importing = None
        problems = self.import_problems(exc)
        if problems is None:
            self._failed(exc)
            return
        self.problems_dialog = ImportProblemsDialog(problems, self)
        self.problems_dialog.exec()

    def export(self) -> None:
        from ui.widgets.register_export import RegisterExporter

        if getattr(self, "exporter", None) is None:
            self.exporter = RegisterExporter(
                self, lambda: self.tr("Equipment register"), self.say,
                lambda rows, path: self.tr("Exported %n item(s) to %1.", "", rows).replace("%1", str(path)))
        self.exporter.export(self._export_job)

    def _export_job(self):
        from ui.widgets.register_export import describe_filters

        ctx, query = self.ctx, self.query(*self.current_sort())
        titles, names, title = column_titles(), {"status": labels.equipment_statuses()}, self.tr("Equipment register")
        filters = describe_filters(
            [(self.tr("Store"), self.store), (self.tr("Region"), self.region), (self.tr("Category"), self.category),
             (self.tr("Status"), self.status)],
            self.search.text(), [("", self.warranty), ("", self.life), ("", self.faults)])
        return lambda path: equipment.export_equipment(ctx, query, path, titles=titles, labels=names,
                                                       filters=filters, title=title)


def cell_colour(key: str, e: EquipmentDTO, today: date | None = None) -> str:
    """The colour of a cell's text ("" for the usual)."""
    today = today or date.today()
    if key == "warranty_end" and e.warranty_end is not None and (
            e.warranty_end < today or e.warranty_expiring(today, WARRANTY_DAYS)):
        return WARRANTY_RED
    if key == "status" and e.status != "retired":
        return STATUS_COLOURS.get(e.status, "")
    if key == "open_faults" and e.open_faults:
        return WARRANTY_RED
    return ""


def cell_look(key: str, e: EquipmentDTO) -> Look | None:
    """A warranty ending within 30 days (or ended) in red and bold; the status in its colour; open faults red."""
    colour = cell_colour(key, e)
    return Look(colour, bold=colour == WARRANTY_RED and key == "warranty_end") if colour else None
