"""After an inspection: the corrective actions its failed items would become.

The supervisor edits, merges or drops the proposals; the ticked ones are
created together (all or none) when they click Create.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError, ValidationError
from opsdesk.services import actions, org, runs, templates
from opsdesk.services.context import AppContext
from ui import labels
from ui.errors import describe, show_error
from ui.style import set_role
from ui.widgets.answer_editors import interface_is_english

COL_USE, COL_TITLE, COL_PRIORITY, COL_DUE, COL_ASSIGNEE, COL_FINDING = range(6)


class ProposalsDialog(QDialog):
    def __init__(self, ctx: AppContext, run_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_id = run_id
        self.proposals: list[actions.Proposal] = actions.propose_from_run(ctx, run_id)
        version = templates.get_version(ctx, runs.get_summary(ctx, run_id).version_id)
        self.item_texts = {i.key: labels.template_text(i.text, i.text_en) for i in version.items()}  # by key
        self.created: list[actions.ActionDTO] = []
        self.setWindowTitle(self.tr("Corrective actions for the failed items"))
        self.resize(1000, 520)
        intro = QLabel(self.tr("Each failed item becomes a corrective action for the store. Edit them, merge "
                               "several into one, or untick the ones you do not want, then create them."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6, objectName="proposals")
        self.table.setHorizontalHeaderLabels([self.tr("Create"), self.tr("Action"), self.tr("Priority"),
                                              self.tr("Due"), self.tr("Assigned to"), self.tr("Finding")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_FINDING, QHeaderView.ResizeMode.Stretch)
        self.users = org.users_with_roles(ctx, ("store_manager", "staff", "supervisor", "ops_manager"))
        self.error_label = set_role(QLabel(objectName="errors"), "error")
        self.error_label.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge selected"), objectName="merge")
        self.merge_button.clicked.connect(self.merge_selected)
        skip = QPushButton(self.tr("Create none"), objectName="skip")
        skip.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("Create ticked actions"), objectName="create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addStretch(1)
        row.addWidget(skip)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(row)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(0)
        for p in self.proposals:
            r = self.table.rowCount()
            self.table.insertRow(r)
            use = QTableWidgetItem()
            use.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            use.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(r, COL_USE, use)
            title = QLineEdit(p.input.title)
            self.table.setCellWidget(r, COL_TITLE, title)
            prio = QComboBox()
            for code, text in labels.priorities().items():
                prio.addItem(text, code)
            prio.setCurrentIndex(max(prio.findData(p.input.priority), 0))
            self.table.setCellWidget(r, COL_PRIORITY, prio)
            due = QDateEdit()
            due.setCalendarPopup(True)
            due.setDisplayFormat("yyyy-MM-dd")
            due.setDate(QDate(p.input.due_on.year, p.input.due_on.month, p.input.due_on.day))
            self.table.setCellWidget(r, COL_DUE, due)
            who = QComboBox()
            who.addItem(self.tr("(nobody)"), None)
            for u in self.users:
                who.addItem(f"{u.name} · {labels.role(u.role)}", u.id)
            who.setCurrentIndex(max(who.findData(p.input.assignee_id), 0))
            self.table.setCellWidget(r, COL_ASSIGNEE, who)
            shown = [self.item_texts[k] for k in p.input.item_keys if k in self.item_texts]  # the UI's language
            finding = ("; " if interface_is_english() else "；").join(
                shown if len(shown) == len(p.item_texts) else p.item_texts)
            if p.repeat_count:
                finding = self.tr("[repeat ×%1] ").replace("%1", str(p.repeat_count)) + finding
            item = QTableWidgetItem(finding)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(finding + ("\n" + p.input.description if p.input.description else ""))
            self.table.setItem(r, COL_FINDING, item)
        for column in (COL_USE, COL_PRIORITY, COL_DUE, COL_ASSIGNEE):  # as wide as their combos in either language
            self.table.resizeColumnToContents(column)

    def edited(self, row: int) -> actions.Proposal:
        """The proposal of a row as the supervisor left it."""
        p = self.proposals[row]
        due = self.table.cellWidget(row, COL_DUE).date()
        data = replace(
            p.input,
            title=self.table.cellWidget(row, COL_TITLE).text(),
            priority=self.table.cellWidget(row, COL_PRIORITY).currentData(),
            due_on=date(due.year(), due.month(), due.day()),
            assignee_id=self.table.cellWidget(row, COL_ASSIGNEE).currentData(),
        )
        return actions.Proposal(data, p.item_texts, p.repeat_count)

    def merge_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if len(rows) < 2:
            self.error_label.setText(self.tr("Select two or more rows to merge them into one action."))
            return
        merged = actions.merge([self.edited(r) for r in rows])
        kept = [self.edited(r) for r in range(len(self.proposals)) if r not in rows]
        self.proposals = [*kept[:rows[0]], merged, *kept[rows[0]:]]
        self.error_label.clear()
        self._fill()

    def ticked(self) -> list[actions.Proposal]:
        return [self.edited(r) for r in range(self.table.rowCount())
                if self.table.item(r, COL_USE).checkState() == Qt.CheckState.Checked]

    def create(self) -> None:
        chosen = self.ticked()
        if not chosen:
            self.reject()
            return
        try:
            self.created = actions.create_from_proposals(self.ctx, chosen)
        except ValidationError as exc:
            self.error_label.setText(describe(exc))
            return
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.accept()


class ProposalsButton(QPushButton):
    """Corrective action proposals… on a completed inspection: reopens the proposals dismissed after
    completing it (the failed items that have no action yet); disabled when none is left."""

    def __init__(self, ctx: AppContext, run_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Corrective action proposals..."), parent, objectName="proposalsButton")
        self.ctx = ctx
        self.run_id = run_id
        self.clicked.connect(self.open)
        self.refresh()

    def refresh(self) -> None:
        from opsdesk.services import runs

        run = runs.get_summary(self.ctx, self.run_id)
        left = bool(actions.propose_from_run(self.ctx, self.run_id)) if run.status in ("completed", "signed") else False
        self.setEnabled(left)
        self.setToolTip(self.tr("Turn the failed items into corrective actions") if left else
                        self.tr("Every failed item already has a corrective action."))

    def open(self) -> None:
        dialog = ProposalsDialog(self.ctx, self.run_id, self.window())
        dialog.exec()
        self.refresh()
