"""Corrective actions (整改台账): the register with its filters and per-status counts, bulk
reassign and due-date change, actions made by hand, the lifecycle dialog, CSV export.

Everything is read and written through ``opsdesk.services.actions`` (pickers through ``org``).
Which lifecycle steps are offered comes from ``actions.allowed_transitions``; the service refuses
the others, and its refusal is shown as it comes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import qtawesome as qta
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, actions
from opsdesk.services.actions import ActionDTO, ActionQuery
from ui import labels
from ui.models.lazy_table import Column, Look, RowSource
from ui.pages.actions.action_dialog import ActionDialog
from ui.pages.actions.dialogs import DueDateDialog, NewActionDialog, UserPickDialog
from ui.pages.actions.forms import (
    COUNT_KEYS,
    DUE_DAYS,
    NOT_CLOSED,
    OVERDUE,
    OVERDUE_RED,
    OVERDUE_TINT,
    PRIORITY_COLOURS,
    REPEAT_AMBER,
    STATUS_COLOURS,
    csv_headers,
    csv_labels,
    fill_priorities,
    findable,
    overdue_label,
    priority_label,
    repeat_text,
    report_error,
    select_data,
    source_text,
    status_label,
    status_labels,
)
from ui.style import set_role, styled
from ui.widgets.answer_editors import interface_is_english
from ui.widgets.confirm import confirm
from ui.widgets.pickers import (
    Lists,
    load_lists,
    picked,
    put_regions,
    put_stores,
    put_users,
)
from ui.widgets.table_page import TablePage


class _RegisterLooks:
    """Overdue rows tinted, their due date and status red (the due date bold, with a clock); repeat findings amber
    with a loop icon; the status and priority of an open action in their colours (the register's cell looks)."""

    def __init__(self) -> None:
        self.overdue_icon = qta.icon("fa5s.exclamation-circle", color=OVERDUE_RED)
        self.repeat_icon = qta.icon("fa5s.redo-alt", color=REPEAT_AMBER)

    def of(self, key: str):  # noqa: ANN201 - the look of column ``key``, for ``Column.look``
        return lambda a: self.look(key, a)

    def look(self, key: str, a: ActionDTO) -> Look | None:
        overdue = a.overdue()
        colour, icon = "", None
        if overdue and key in ("due_on", "status"):
            colour = OVERDUE_RED
        elif key == "status" and a.status not in ("verified", "cancelled"):
            colour = STATUS_COLOURS.get(a.status, "")
        elif key == "priority" and a.status not in ("verified", "cancelled"):
            colour = PRIORITY_COLOURS.get(a.priority, "")
        elif key == "repeat_count" and a.is_repeat:
            colour = REPEAT_AMBER
        if key == "due_on" and overdue:
            icon = self.overdue_icon
        elif key == "repeat_count" and a.is_repeat:
            icon = self.repeat_icon
        if not (overdue or colour or icon):
            return None
        return Look(colour, bold=overdue and key == "due_on", background=OVERDUE_TINT if overdue else "", icon=icon)


class ActionsPage(TablePage):
    SHOWS = frozenset({"corrective_action", "action_event", "action_recheck", "checklist_run", "store", "region",
                       "user"})  # refreshed when an operation changed these

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Corrective-action register"), parent)
        self.ctx = ctx
        self.search.setPlaceholderText(self.tr("Search action or store (Ctrl+F)"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        # Counts per status, in the header; a click filters by that status.
        self.count_buttons: dict[str, QToolButton] = {}
        self.counts: dict[str, int] = {}
        self.counts_loading = self.pickers_loading = self.sources_loading = None  # QueryOps on their way
        chips = QHBoxLayout()
        chips.setSpacing(4)
        for key in COUNT_KEYS:
            button = QToolButton(objectName="count_" + key)
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("chip", key)  # its colour: ui/style.py ACTION_COLOURS
            styled(button)
            button.clicked.connect(lambda _c=False, k=key: self.count_clicked(k))
            chips.addWidget(button)
            self.count_buttons[key] = button
        # Their own row under the title: seven chips and the count do not fit beside a long title.
        chips.addStretch(1)
        column, row = self._head_layout()
        column.insertLayout(row + 1, chips)

        self.store = QComboBox(objectName="storeFilter")
        self.region = QComboBox(objectName="regionFilter")
        self.assignee = QComboBox(objectName="assigneeFilter")
        self.priority = QComboBox(objectName="priorityFilter")
        self.status = QComboBox(objectName="statusFilter")
        self.source = QComboBox(objectName="sourceFilter")
        self.overdue = QCheckBox(self.tr("Overdue only"), objectName="overdueOnly")
        self.search.setMaximumWidth(260)
        for combo, chars in ((self.store, 9), (self.region, 8), (self.assignee, 7), (self.priority, 6),
                             (self.status, 6), (self.source, 10)):
            # the short lists show their whole items ("All priorities", regions); stores, people and sources are
            # data of any length: their lists open wider than the combo
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents
                                      if combo in (self.priority, self.status, self.region)
                                      else QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        # Two rows of the filter bar: where (search, store, region, person), then what (priority, status,
        # overdue, source).
        bar = self.filter_bar
        for combo in (self.store, self.region, self.assignee):
            bar.row.addWidget(combo)
        bar.new_row()
        for widget in (self.priority, self.status, self.overdue, self.source):
            bar.row.addWidget(widget)
        bar.add_stretch()
        findable(self.store)
        findable(self.assignee)
        self.source.view().setMinimumWidth(380)
        self.store.view().setMinimumWidth(220)
        self._fill_filters()
        self._default_filters()
        self.store.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.region.currentIndexChanged.connect(lambda _i: self._scope_changed())
        for combo in (self.assignee, self.priority, self.status, self.source):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _b: self.reload())

        self.new_button = self.add_button(self.tr("New action"), "fa5s.plus", QKeySequence.StandardKey.New,
                                          "newAction")
        self.open_button = self.add_button(self.tr("Open action"), "fa5s.folder-open", None, "openAction")
        self.reassign_button = self.add_button(self.tr("Reassign..."), "fa5s.user-edit", None, "bulkReassign")
        self.due_button = self.add_button(self.tr("Change due date..."), "fa5s.calendar-alt", None, "bulkDue")
        self.export_button = self.add_button(self.tr("Export..."), "fa5s.file-excel", "Ctrl+Shift+E", "exportRegister")
        self.notice = set_role(QLabel(objectName="notice"), "ok")
        self.buttons.addWidget(self.notice)
        self.new_button.clicked.connect(self.create)
        self.open_button.clicked.connect(lambda: self.open_action(self.selected()))
        self.reassign_button.clicked.connect(self.bulk_reassign)
        self.due_button.clicked.connect(self.bulk_due)
        self.export_button.clicked.connect(self.export)
        from opsdesk.vocabulary import file_name
        from ui.widgets.reports import ExportButton, report_language

        self.pdf_button = ExportButton(ctx, self._build_register,
                                       lambda: file_name("action_register", report_language(), date.today()), self)
        self.buttons.insertWidget(self.buttons.count() - 1, self.pdf_button)
        self.activated.connect(self.open_action)

        looks = _RegisterLooks()
        columns = [
            ("due_on", Column(self.tr("Due"), lambda a: a.due_on.isoformat(), "due_on", tooltip=self._due_tip,
                              look=looks.of("due_on"))),
            ("store", Column(self.tr("Store"), lambda a: a.store_code + " " + a.store_name, "store",
                             tooltip=lambda a: a.region_path, look=looks.of("store"))),
            ("title", Column(self.tr("Action"), lambda a: a.title, "title",
                             tooltip=lambda a: a.title + ("\n" + a.description if a.description else ""),
                             look=looks.of("title"))),
            ("priority", Column(self.tr("Priority"), lambda a: priority_label(a.priority), "priority",
                                look=looks.of("priority"))),
            ("status", Column(self.tr("Status"), lambda a: status_label(a.status), "status", look=looks.of("status"))),
            ("assignee", Column(self.tr("Assignee"), lambda a: a.assignee_name, "assignee", look=looks.of("assignee"))),
            ("repeat_count", Column(self.tr("Repeat"), repeat_text, "repeat_count", tooltip=self._repeat_tip,
                                    look=looks.of("repeat_count"))),
            ("source", Column(self.tr("Source"), source_text, None, look=looks.of("source"))),
        ]
        self.column_keys = [key for key, _c in columns]
        self.setup_model([c for _k, c in columns], widths=(104, 170, 270, 60, 70, 90, 56, 200),
                         muted=lambda a: a.status in ("verified", "cancelled"))
        self.table.setIconSize(QSize(14, 14))  # the overdue clock and the repeat loop before their cells' text
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        # The filters' lists were started by _fill_filters above: the first refresh (the page shown, in the next
        # turn of the event loop) does not load them a second time while they are on their way.
        self._lists_on_their_way = True

    def _head_layout(self) -> tuple[QVBoxLayout, int]:
        """The base's column and the index of its title row (title · stretch · count) in it."""
        column = self.filters.parent()
        for i in range(column.count()):
            layout = column.itemAt(i).layout()
            if layout is not None and layout.indexOf(self._title) >= 0:
                return column, i
        raise RuntimeError("title row not found")

    # -- filters
    def _fill_filters(self) -> None:
        """The fixed choices now; stores, regions and people in the background (``_load_pickers``)."""
        for combo in (self.store, self.region, self.assignee, self.priority, self.status):
            combo.blockSignals(True)
            combo.clear()
        self.store.addItem(self.tr("All stores"), None)
        self.region.addItem(self.tr("All regions"), None)
        self.assignee.addItem(self.tr("All assignees"), None)
        fill_priorities(self.priority, (self.tr("All priorities"), None))
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Not closed"), NOT_CLOSED)
        for code, text in status_labels().items():
            self.status.addItem(text, code)
        for combo in (self.store, self.region, self.assignee, self.priority, self.status):
            combo.blockSignals(False)
        self._load_pickers()
        self._fill_sources()

    def _load_pickers(self) -> None:
        """Stores, regions and people of the filters, read off the GUI thread; the choices made stay."""
        from ui.operations import QueryOp

        ctx = self.ctx
        self.pickers_loading = QueryOp(
            lambda _job: load_lists(ctx, stores=True, include_closed=True, regions=True, users=True),
            owner=self, key="pickers", name="action register: pickers") \
            .success(self._pickers_loaded).failure(lambda _exc: setattr(self, "pickers_loading", None)).run()

    def _pickers_loaded(self, lists: Lists) -> None:
        self.pickers_loading = None
        kept = [put_stores(self.store, lists.stores, (self.tr("All stores"), None), editable=False),
                put_regions(self.region, lists.regions, (self.tr("All regions"), None)),
                put_users(self.assignee, lists.users, (self.tr("All assignees"), None),
                          roles=tuple(labels.roles()), editable=False, with_role=True)]
        if not all(kept):  # a chosen store, region or person is gone: list without it
            self._scope_changed()

    def _fill_sources(self, keep: object = None, pin: str | None = None) -> None:
        """The inspections that have actions, within the chosen store or region: loaded off the GUI
        thread (a query over every action in scope); ``keep`` stays chosen if offered. ``pin``: an
        inspection to filter by now, offered even when it has no action."""
        from ui.operations import QueryOp

        if pin is not None:
            keep = pin
            self.source.blockSignals(True)
            if self.source.findData(pin) < 0:
                self.source.addItem(self.tr("Inspection without actions"), pin)
            select_data(self.source, pin)
            self.source.blockSignals(False)
        scope = ActionQuery(store_id=self._store_id(), region_id=self.region.currentData())
        ctx = self.ctx
        english = interface_is_english()  # asked here: the translator belongs to the GUI thread

        def load(_job) -> list[tuple[str, str]]:  # noqa: ANN001 - a ui.operations.Job
            return [(src.run_id, src.store_code + " · " + " ".join(
                p for p in (labels.template_text(src.title, src.title_en, english),
                            src.run_date.isoformat() if src.run_date else "") if p))
                for src in actions.source_runs(ctx, scope)]

        self.sources_loading = QueryOp(load, owner=self, key="sources", name="action register: sources") \
            .success(lambda items: self._set_sources(items, keep, pin)) \
            .failure(lambda _exc: setattr(self, "sources_loading", None)).run()

    def _set_sources(self, items: list[tuple[str, str]], keep: object, pin: str | None) -> None:
        self.sources_loading = None
        before = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("All sources"), None)
        for run_id, text in items:
            self.source.addItem(text, run_id)
        if pin is not None and self.source.findData(pin) < 0:  # no action yet: still filter by it
            self.source.addItem(self.tr("Inspection without actions"), pin)
        if keep is None or not select_data(self.source, keep):
            self.source.setCurrentIndex(0)
        self.source.blockSignals(False)
        if self.source.currentData() != before:
            self.reload()  # the chosen inspection is not in the new scope

    def _default_filters(self) -> None:
        for combo in (self.store, self.region, self.assignee, self.priority, self.status, self.source, self.overdue):
            combo.blockSignals(True)
        for combo in (self.store, self.region, self.assignee, self.priority, self.source):
            combo.setCurrentIndex(0)
        select_data(self.status, NOT_CLOSED)
        self.overdue.setChecked(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in (self.store, self.region, self.assignee, self.priority, self.status, self.source, self.overdue):
            combo.blockSignals(False)

    def _scope_changed(self) -> None:
        self._fill_sources(keep=self.source.currentData())
        self.reload()

    def _store_id(self) -> str | None:
        value = picked(self.store)
        return str(value) if value else None

    def show_for_store(self, store_id: str) -> None:
        """The store's actions that still need work (other filters back to their defaults)."""
        self._default_filters()
        self.store.blockSignals(True)
        select_data(self.store, store_id)
        self.store.blockSignals(False)
        self._fill_sources()
        self.reload()

    def show_for_run(self, run_id: str) -> None:
        """Every action that came from one inspection, whatever its status."""
        self._default_filters()
        self.status.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.status.blockSignals(False)
        self._fill_sources(pin=run_id)
        self.reload()

    def show_overdue(self) -> None:
        """The overdue actions (the dashboard's overdue tile opens this; other filters back to their defaults)."""
        self._default_filters()
        self.overdue.blockSignals(True)
        self.overdue.setChecked(True)
        self.overdue.blockSignals(False)
        self._fill_sources()
        self.reload()

    def query(self, sort: str = "due_on", descending: bool = False) -> ActionQuery:
        status = self.status.currentData()
        assignee = picked(self.assignee)
        return ActionQuery(
            store_id=self._store_id(), region_id=self.region.currentData(),
            assignee_id=str(assignee) if assignee else None, priority=self.priority.currentData(),
            status=None if status in (None, NOT_CLOSED) else status, open_only=status == NOT_CLOSED,
            overdue_only=self.overdue.isChecked(), source_run_id=self.source.currentData(),
            search=self.search.text(), sort=sort, descending=descending,
        )

    def current_sort(self) -> tuple[str, bool]:
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        key = self.column_keys[column] if 0 <= column < len(self.column_keys) else "due_on"
        if key == "source":
            key = "due_on"
        return key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def row_source(self) -> RowSource:
        return self.sorted_source(self.ctx, self.query(), actions.query_actions, actions.count_actions)

    def empty_hint(self) -> str:
        return self.tr("No corrective actions here. They come from failed inspection items, or add one with New action (Ctrl+N). Closed actions show under All statuses.")

    def count_text(self, total: int) -> str:
        return self.tr("%n action(s)", "", total)

    def refresh(self) -> None:
        """Everything again (the filters' choices stay): the lists of the filters, the sources, the rows."""
        first, self._lists_on_their_way = self._lists_on_their_way, False
        if not (first and self.pickers_loading is not None and self.sources_loading is not None):
            self._load_pickers()
            self._fill_sources(keep=self.source.currentData())
        self.reload()

    def reload(self) -> None:
        super().reload()
        self.update_counts()
        self._update_buttons()

    def rows_loaded(self) -> None:
        self._update_buttons()

    def update_counts(self) -> None:
        """The header's counts under every filter but the status ones (status, not closed, overdue), counted
        off the GUI thread."""
        from ui.operations import QueryOp

        ctx, query = self.ctx, replace(self.query(), status=None, open_only=False, overdue_only=False)
        self.counts_loading = QueryOp(lambda _job: actions.status_counts(ctx, query), owner=self, key="counts",
                                      name="action register: counts") \
            .success(self._show_counts).failure(lambda _exc: setattr(self, "counts_loading", None)).run()
        self._show_counts(self.counts, loading=True)

    def _show_counts(self, counts: dict[str, int], loading: bool = False) -> None:
        if not loading:
            self.counts_loading = None
            self.counts = counts
        chosen = self.status.currentData()
        for key, button in self.count_buttons.items():
            name = overdue_label() if key == OVERDUE else status_label(key)
            button.setText(name + " " + str(counts.get(key, 0)))
            button.setChecked(self.overdue.isChecked() if key == OVERDUE else chosen == key)

    def count_clicked(self, key: str) -> None:
        if key == OVERDUE:
            self.overdue.setChecked(not self.overdue.isChecked())  # reloads
            return
        select_data(self.status, None if self.status.currentData() == key else key)  # reloads
        self.update_counts()

    # -- selection
    def selected_actions(self) -> list[ActionDTO]:
        return self.selected_rows()

    def select_ids(self, ids: set[str] | list[str], fetch: bool = True) -> int:
        """Select the rows of these actions among those loaded; with ``fetch``, further pages load in the
        background until all are there, and the selection follows. Returns how many are selected now."""
        wanted = set(ids)
        found = self.select_rows(lambda a: a.id in wanted)
        if fetch and found < len(wanted):
            self.when_rows(lambda: wanted <= {a.id for _row, a in self.model.held()},
                           lambda _all: self.select_rows(lambda a: a.id in wanted))
        return found

    def _open_selected(self) -> list[ActionDTO]:
        return [a for a in self.selected_actions() if a.status in actions.OPEN_STATUSES]

    def _update_buttons(self) -> None:
        chosen = self.selected_actions()
        self.open_button.setEnabled(len(chosen) == 1)
        has_open = any(a.status in actions.OPEN_STATUSES for a in chosen)
        self.reassign_button.setEnabled(has_open)
        self.due_button.setEnabled(has_open)

    # -- tooltips
    def _due_tip(self, a: ActionDTO) -> str:
        if a.overdue():
            return self.tr("Overdue by %n day(s)", "", (date.today() - a.due_on).days)
        return ""

    def _repeat_tip(self, a: ActionDTO) -> str:
        if not a.is_repeat:
            return ""
        return self.tr("Repeat finding: the same item failed and got an action %n time(s) before.", "",
                       a.repeat_count)

    # -- doing
    def say(self, text: str) -> None:
        self.notice.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def create(self) -> None:
        dialog = NewActionDialog(self.ctx, self._store_id(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_action is not None:
            made = dialog.result_action
            self._fill_sources(keep=self.source.currentData())
            self.reload()
            self.select_where(lambda a: a.id == made.id, lambda shown: self.say(
                self.tr("Action created.") if shown else self.tr("Action created; the filters hide it.")))

    def open_action(self, action: ActionDTO | None) -> None:
        if action is None:
            return
        try:
            dialog = ActionDialog(self.ctx, action.id, self)
        except OpsDeskError as exc:
            report_error(self, exc)
            self.reload()
            return
        dialog.exec()
        if dialog.changed:
            self.reload()
            self.select_where(lambda a: a.id == action.id)

    def bulk_reassign(self) -> None:
        chosen = self._open_selected()
        if not chosen:
            return
        dialog = UserPickDialog(self.ctx, len(chosen), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.user_id():
            return
        skipped = len(self.selected_actions()) - len(chosen)
        question = self.tr("Give %n action(s) to %1?", "", len(chosen)).replace("%1", dialog.user_name())
        if skipped:
            question += "\n" + self.tr("%n closed action(s) in the selection stay as they are.", "", skipped)
        if not confirm(self, self.tr("Confirm"), question):
            return
        try:
            changed = actions.bulk_reassign(self.ctx, [a.id for a in chosen], dialog.user_id())
        except OpsDeskError as exc:
            report_error(self, exc)
            return
        self.reload()
        self.say(self.tr("%n action(s) reassigned.", "", changed))

    def bulk_due(self) -> None:
        chosen = self._open_selected()
        if not chosen:
            return
        initial = max(date.today() + timedelta(days=DUE_DAYS), max(a.due_on for a in chosen))
        dialog = DueDateDialog(len(chosen), initial, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        due = dialog.value()
        skipped = len(self.selected_actions()) - len(chosen)
        question = self.tr("Move the due date of %n action(s) to %1?", "", len(chosen)).replace("%1", due.isoformat())
        if skipped:
            question += "\n" + self.tr("%n closed action(s) in the selection stay as they are.", "", skipped)
        if not confirm(self, self.tr("Confirm"), question):
            return
        try:
            changed = actions.bulk_due(self.ctx, [a.id for a in chosen], due)
        except OpsDeskError as exc:
            report_error(self, exc)
            return
        self.reload()
        self.say(self.tr("Due date changed for %n action(s).", "", changed))

    def _build_register(self):  # noqa: ANN202
        from opsdesk.reports.register import build_action_register
        from ui.widgets.reports import report_language

        ctx, query, lang = self.ctx, self.query(), report_language()  # read the filters here, on the GUI thread
        return lambda path: build_action_register(ctx, query, path, lang=lang)

    def export(self) -> None:
        """The register as shown (filters and sort) to Excel or CSV, written in the background."""
        from ui.widgets.register_export import RegisterExporter

        if getattr(self, "exporter", None) is None:
            self.exporter = RegisterExporter(
                self, lambda: self.tr("Action register"), self.say,
                lambda rows, path: self.tr("Exported %n action(s) to %1.", "", rows).replace("%1", str(path)))
        self.exporter.export(self._export_job)

    def _export_job(self):  # noqa: ANN202 - read on the GUI thread, run in the worker
        from ui.widgets.register_export import describe_filters

        ctx, (sort, descending) = self.ctx, self.current_sort()
        query = self.query(sort, descending)
        titles, names, title = dict(zip(actions.CSV_COLUMNS, csv_headers())), csv_labels(), self.tr("Action register")
        filters = describe_filters(
            [(self.tr("Store"), self.store), (self.tr("Region"), self.region), (self.tr("Assignee"), self.assignee),
             (self.tr("Priority"), self.priority), (self.tr("Status"), self.status), (self.tr("Source"), self.source)],
            self.search.text(), [("", self.overdue)])
        return lambda path: actions.export_register(ctx, query, path, titles=titles, labels=names, filters=filters,
                                                    title=title)
