"""The 促销 page's decision dialogs: submit / review / approve / cancel / close a plan, a franchisee's
acknowledgement with a drawn signature, a store's results typed in, and results imported from a till export.

Each is thin: it gathers the input and calls ``opsdesk.services.promotions`` itself, naming the content hash
of the plan it shows (``seen_hash``). A refusal is shown, translated, inside the dialog (``formErrors``),
which stays open with what was typed; a plan changed since the dialog opened is refused and can be reloaded.
After ``exec() == Accepted`` the dialog's ``.plan`` is the updated plan (``ImportResultsDialog``: ``.report``).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, OpsDeskError, ValidationError
from opsdesk.services import AppContext, promotions
from opsdesk.services.promotions import (
    COMMENT_MAX,
    LESSONS_MAX,
    RESULT_FIELDS,
    ImportReport,
    PromotionDTO,
    ResultInput,
    ResultsFile,
)
from ui.errors import describe, problem_text
from ui.pages.promotions.editor import (
    clean_number,
    count_text,
    material_kind,
    money_text,
)
from ui.style import MUTED, set_role, set_state
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.unlock_key import with_key

ACTIONS = ("submit", "review", "approval", "cancel", "close")
HASH_SHOWN = 12  # the first hex digits of a content hash shown to people
PREVIEW_ROWS = 10


def short_hash(value: str) -> str:
    return (value or "")[:HASH_SHOWN]


def period_text(plan: PromotionDTO) -> str:
    text = f"{plan.starts_on.isoformat()} – {plan.ends_on.isoformat()}"
    if plan.start_time or plan.end_time:
        text += f"  {plan.start_time or '…'}–{plan.end_time or '…'}"
    return text


def _ok(box: QDialogButtonBox) -> QPushButton:
    return box.button(QDialogButtonBox.StandardButton.Ok)


class _PlanDialog(QDialog):
    """A dialog about one plan as seen (its hash): a summary at the top, the error label, OK / Cancel."""

    def __init__(self, ctx: AppContext, plan: PromotionDTO, title: str, ok_text: str,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seen = plan
        self.plan: PromotionDTO | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        self.summary = QLabel(objectName="planSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.summary)
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body, 1)
        self.error_label = set_role(QLabel(objectName="formErrors"), "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.reload_button = QPushButton(QCoreApplication.translate("PlanDialog", "Reload the plan"),
                                         objectName="reload")
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()
        errors = QHBoxLayout()
        errors.addWidget(self.error_label, 1)
        errors.addWidget(self.reload_button)
        self.layout_.addLayout(errors)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        _ok(self.buttons).setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("PlanDialog", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.fields: dict[str, QWidget] = {}
        self.show_summary()

    def ok_button(self) -> QPushButton:
        return _ok(self.buttons)

    def show_summary(self) -> None:
        p = self.seen
        yuan = QCoreApplication.translate("PlanDialog", "yuan")
        rows = [(QCoreApplication.translate("PlanDialog", "Plan"), f"{p.code}  {p.theme}"),
                (QCoreApplication.translate("PlanDialog", "Period"), period_text(p)),
                (QCoreApplication.translate("PlanDialog", "Budget"), money_text(p.budget_total) + " " + yuan),
                (QCoreApplication.translate("PlanDialog", "Stores"), str(len(p.stores))),
                (QCoreApplication.translate("PlanDialog", "Content hash"), short_hash(p.content_hash))]
        self.summary.setText("<table>" + "".join(
            f"<tr><td style='color:{MUTED}; padding-right:12px'>{k}</td><td><b>{_escape(v)}</b></td></tr>"
            for k, v in rows) + "</table>")

    def reload(self) -> None:
        """Read the plan again (it changed since the dialog opened): what is decided on now is the new one."""
        try:
            self.seen = promotions.get_plan(self.ctx, self.seen.id)
        except OpsDeskError as exc:
            self.fail_text(describe(exc))
            return
        self.show_summary()
        self.clear_errors()
        self.reload_button.hide()
        self.reloaded()

    def reloaded(self) -> None:
        """A subclass refreshes what it shows of the plan."""

    def clear_errors(self) -> None:
        for widget in self.fields.values():
            set_state(widget, "invalid", False)
            widget.setToolTip("")
        self.error_label.clear()
        self.error_label.hide()

    def fail_text(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def show_problems(self, exc: ValidationError) -> None:
        lines = []
        for problem in exc.problems:
            text = problem_text(problem)
            if problem.reason == "plan_changed":
                self.reload_button.show()
            widget = self.fields.get(problem.field)
            if widget is not None:
                set_state(widget, "invalid", True)
                widget.setToolTip(text)
                widget.setFocus()
            lines.append(text)
        self.fail_text("\n".join(lines))

    def call(self) -> PromotionDTO:
        raise NotImplementedError

    def save(self) -> bool:
        self.clear_errors()
        try:
            self.plan = self.call()
        except ValidationError as exc:
            self.show_problems(exc)
            return False
        except OpsDeskError as exc:
            self.fail_text(describe(exc))
            return False
        self.accept()
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DecisionDialog(_PlanDialog):
    """Decide on a plan: ``action`` "submit" (建议), "review" (审核) or "approval" (审批) with Approve /
    Reject, "cancel" (a reason) or "close" (总结, the lessons). A reject, a cancel and a close need their text."""

    def __init__(self, ctx: AppContext, plan: PromotionDTO, action: str, parent: QWidget | None = None) -> None:
        if action not in ACTIONS:
            raise ValueError(action)
        titles = {"submit": (self.tr("Submit the plan for review"), self.tr("Submit")),
                  "review": (self.tr("Review the plan"), self.tr("Record the decision")),
                  "approval": (self.tr("Approve the plan"), self.tr("Record the decision")),
                  "cancel": (self.tr("Cancel the plan"), self.tr("Cancel the plan")),
                  "close": (self.tr("Close the plan with its review"), self.tr("Close the plan"))}
        super().__init__(ctx, plan, *titles[action], parent)
        self.setObjectName("decisionDialog")
        self.action = action
        self.approve = QRadioButton(self.tr("Approve"), objectName="approve")
        self.reject_choice = QRadioButton(self.tr("Reject (send back with the reason)"), objectName="reject")
        self.choice = QButtonGroup(self)
        if action in ("review", "approval"):
            self.choice.addButton(self.approve)
            self.choice.addButton(self.reject_choice)
            self.approve.setChecked(True)
            row = QHBoxLayout()
            row.addWidget(self.approve)
            row.addWidget(self.reject_choice)
            row.addStretch(1)
            self.body.addLayout(row)
        self.comment = QPlainTextEdit(objectName="comment")
        self.comment.setTabChangesFocus(True)
        self.comment_label = QLabel()
        self.comment_label.setBuddy(self.comment)
        self.body.addWidget(self.comment_label)
        self.body.addWidget(self.comment, 1)
        if action == "close":
            self.comment.setPlaceholderText(self.tr("What worked, what did not, what to do next time"))
            self.comment.setMinimumHeight(160)
            self.comment.setPlainText(plan.lessons)
            self.fields = {"lessons": self.comment}
        else:
            self.comment.setMaximumHeight(110)
            self.fields = {"comment": self.comment}
        self.approve.toggled.connect(self._update)
        self.comment.textChanged.connect(self._update)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        self._update()
        self.comment.setFocus()

    def needs_text(self) -> bool:
        return self.action in ("cancel", "close") or (self.action in ("review", "approval")
                                                     and self.reject_choice.isChecked())

    def _update(self) -> None:
        texts = {"submit": self.tr("Comment for the reviewer (optional)"),
                 "cancel": self.tr("Why the plan is called off (required)"),
                 "close": self.tr("Lessons learned (required)")}
        text = texts.get(self.action) or (self.tr("Reason for the rejection (required)") if self.needs_text()
                                          else self.tr("Comment (optional)"))
        self.comment_label.setText(text)
        limit = LESSONS_MAX if self.action == "close" else COMMENT_MAX
        self.comment_label.setToolTip(self.tr("At most %1 characters.").replace("%1", str(limit)))

    def call(self) -> PromotionDTO:
        text = self.comment.toPlainText()
        seen = self.seen.content_hash
        if self.action == "submit":
            return with_key(self, self.ctx, promotions.submit, self.seen.id, seen, text)
        if self.action in ("review", "approval"):
            return with_key(self, self.ctx, promotions.decide, self.seen.id, self.action, self.approve.isChecked(),
                            seen, text)
        if self.action == "cancel":
            return promotions.cancel(self.ctx, self.seen.id, seen, text)
        return promotions.close(self.ctx, self.seen.id, seen, text)


class AcknowledgeDialog(_PlanDialog):
    """A franchise store's manager reads the approved plan and signs it (a drawn signature bound to the plan's
    content hash). The OK button waits for a signature."""

    def __init__(self, ctx: AppContext, plan: PromotionDTO, store_id: str, parent: QWidget | None = None) -> None:
        if not plan.tiers and not plan.materials:
            plan = promotions.get_plan(ctx, plan.id)
        super().__init__(ctx, plan, self.tr("Acknowledge the promotion plan"), self.tr("Sign and acknowledge"),
                         parent)
        self.setObjectName("acknowledgeDialog")
        self.store_id = store_id
        self.resize(760, 720)
        self.details = QLabel(objectName="planDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.body.addWidget(self.details)
        self.statement = QLineEdit(self.tr("I have read the plan and will carry it out as approved."),
                                   objectName="statement")
        self.statement.setMaxLength(COMMENT_MAX)
        form = QFormLayout()
        form.addRow(self.tr("Statement"), self.statement)
        self.body.addLayout(form)
        self.pad = SignaturePad(self)
        self.pad.setObjectName("pad")
        self.pad.setMinimumHeight(180)
        self.body.addWidget(self.pad, 1)
        pad_row = QHBoxLayout()
        undo = QPushButton(self.tr("Undo stroke"), objectName="undoStroke")
        undo.clicked.connect(self.pad.undo)
        clear = QPushButton(self.tr("Clear"), objectName="clearPad")
        clear.clicked.connect(self.pad.clear)
        pad_row.addWidget(set_role(QLabel(self.tr("Sign in the box with the mouse, a pen or a finger.")), "hint"), 1)
        pad_row.addWidget(undo)
        pad_row.addWidget(clear)
        self.body.addLayout(pad_row)
        self.fields = {"store_id": self.pad, "statement": self.statement}
        self.pad.changed.connect(self._update)
        self.reloaded()

    def reloaded(self) -> None:
        p = self.seen
        store = next((x for x in p.stores if x.store_id == self.store_id), None)
        parts = []
        if store is not None:
            parts.append(f"<p><b>{_escape(store.store_code)} {_escape(store.store_name)}</b></p>")
        if p.tiers:
            offer, yuan = self.tr("Offer"), self.tr("yuan")
            parts.append("<p><b>" + offer + "</b></p><ol>" + "".join(
                f"<li>{_escape(t.condition)} → {_escape(t.reward)}"
                + (f" · {money_text(t.price)} {yuan}" if t.price is not None else "")
                + quota_text(t) + "</li>" for t in p.tiers) + "</ol>")
        if p.materials:
            parts.append("<p><b>" + self.tr("Materials for the store") + "</b></p><ul>" + "".join(
                f"<li>{_escape(material_kind(m.kind))}: {_escape(m.name)} × {m.quantity} {_escape(m.unit)}"
                + (" · " + self.tr("by %1").replace("%1", m.deliver_by.isoformat()) if m.deliver_by else "")
                + "</li>" for m in p.materials) + "</ul>")
        self.details.setText("".join(parts))
        self._update()

    def _update(self) -> None:
        self.ok_button().setEnabled(not self.pad.is_empty())

    def call(self) -> PromotionDTO:
        return promotions.acknowledge(self.ctx, self.seen.id, self.store_id, self.seen.content_hash, self.pad.strokes,
                                      self.statement.text())


def quota_text(t) -> str:
    """A tier's quotas in words ("quota: 5 per store a day"), or ""."""
    bits = []
    if t.quota_per_store_day is not None:
        bits.append(QCoreApplication.translate("PlanDialog", "%1 per store a day").replace(
            "%1", str(t.quota_per_store_day)))
    if t.quota_per_store is not None:
        bits.append(QCoreApplication.translate("PlanDialog", "%1 per store").replace("%1", str(t.quota_per_store)))
    if t.quota_total is not None:
        bits.append(QCoreApplication.translate("PlanDialog", "%1 in total").replace("%1", str(t.quota_total)))
    if not bits:
        return ""
    return " · " + QCoreApplication.translate("PlanDialog", "quota: %1").replace("%1", ", ".join(bits))


RESULT_MONEY = ("sales", "custom", "budget_spent")


class ResultsDialog(_PlanDialog):
    """One store's results, typed in beside its targets (prefilled with what is stored)."""

    def __init__(self, ctx: AppContext, plan: PromotionDTO, store_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, plan, self.tr("Results of a store"), self.tr("Save results"), parent)
        self.setObjectName("resultsDialog")
        self.store_id = store_id
        st = plan.store(store_id)
        title = set_role(QLabel(f"{st.store_code} {st.store_name}", objectName="store"), "strong")
        self.body.addWidget(title)
        grid = QGridLayout()
        grid.addWidget(set_role(QLabel(self.tr("Target")), "hint"), 0, 1)
        grid.addWidget(set_role(QLabel(self.tr("Actual")), "hint"), 0, 2)
        custom = plan.custom_measure or self.tr("Custom measure")
        if plan.custom_unit:
            custom += f" ({plan.custom_unit})"
        rows = [("sales", self.tr("Sales (yuan)"), money_text(st.target_sales), money_text(st.actual_sales)),
                ("transactions", self.tr("Transactions"), count_text(st.target_transactions),
                 count_text(st.actual_transactions)),
                ("new_members", self.tr("New members"), count_text(st.target_new_members),
                 count_text(st.actual_new_members))]
        if plan.custom_measure or st.target_custom is not None or st.actual_custom is not None:
            rows.append(("custom", custom, money_text(st.target_custom), money_text(st.actual_custom)))
        rows += [("gifts_given", self.tr("Gifts given"), "", count_text(st.gifts_given)),
                 ("budget_spent", self.tr("Budget spent (yuan)"),
                  money_text(plan.budget_by_store().get(store_id)), money_text(st.budget_spent))]
        self.edits: dict[str, QLineEdit] = {}
        for i, (key, label, target, actual) in enumerate(rows, start=1):
            edit = QLineEdit(actual, objectName=key)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            caption = QLabel(label)
            caption.setBuddy(edit)
            grid.addWidget(caption, i, 0)
            grid.addWidget(QLabel(target or "—", objectName=f"target_{key}"), i, 1)
            grid.addWidget(edit, i, 2)
            self.edits[key] = edit
        self.body.addLayout(grid)
        self.note = QPlainTextEdit(st.results_note, objectName="note")
        self.note.setMaximumHeight(90)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Note (optional): weather, a competitor, stock-outs …"))
        self.body.addWidget(self.note)
        self.fields = dict(self.edits) | {"note": self.note}
        self.edits["sales"].setFocus()

    def call(self) -> PromotionDTO:
        values = {k: (clean_number(e.text()) or None) for k, e in self.edits.items()}
        return promotions.set_results(self.ctx, self.seen.id, self.store_id,
                                      ResultInput(**values, note=self.note.toPlainText()))  # type: ignore[arg-type]


ROW_FIELD = re.compile(r"^row\.(\d+)\.(\w+)$")


class ImportResultsDialog(QDialog):
    """Results of many stores from a till export (.xlsx / .csv): choose the file, say which column holds the
    store code and each result (the last mapping, or a guess, preselected), look at the first rows, Check
    (every row is checked, nothing written; the problems listed by row), then Import -- enabled only after a
    clean check of exactly this file and mapping. ``.report`` after Accepted."""

    def __init__(self, ctx: AppContext, plan: PromotionDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seen = plan
        self.report: ImportReport | None = None
        self.plan: PromotionDTO | None = None
        self.file: ResultsFile | None = None
        self.checked_for: tuple | None = None
        self.setObjectName("importResultsDialog")
        self.setWindowTitle(self.tr("Import results: %1").replace("%1", plan.code))
        self.resize(900, 640)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.path = QLineEdit(objectName="path")
        self.path.setPlaceholderText(self.tr("An Excel (.xlsx) or CSV export of the till"))
        self.path.returnPressed.connect(self.load)
        browse = QPushButton(self.tr("Choose file…"), objectName="browse")
        browse.clicked.connect(self.browse)
        head.addWidget(QLabel(self.tr("File")))
        head.addWidget(self.path, 1)
        head.addWidget(browse)
        layout.addLayout(head)
        mapping = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(mapping)
        names = self.field_names()
        self.combos: dict[str, QComboBox] = {}
        for i, name in enumerate(("store",) + RESULT_FIELDS):
            combo = QComboBox(objectName=f"map_{name}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            caption = QLabel(names[name])
            caption.setBuddy(combo)
            grid.addWidget(caption, 0, i)
            grid.addWidget(combo, 1, i)
            self.combos[name] = combo
        layout.addWidget(mapping)
        self.preview = QTableWidget(0, 0, objectName="preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(set_role(QLabel(self.tr("The first rows of the file")), "hint"))
        layout.addWidget(self.preview, 1)
        self.problems = QPlainTextEdit(objectName="problems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(150)
        self.problems.hide()
        layout.addWidget(self.problems)
        self.status = QLabel(objectName="status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = self.buttons.addButton(self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.setObjectName("check")
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def field_names(self) -> dict[str, str]:
        custom = self.seen.custom_measure or self.tr("Custom measure")
        return {"store": self.tr("Store code"), "sales": self.tr("Sales"), "transactions": self.tr("Transactions"),
                "new_members": self.tr("New members"), "custom": custom, "gifts_given": self.tr("Gifts given"),
                "budget_spent": self.tr("Budget spent")}

    # -- the file
    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the till export"), self.path.text(),
                                              self.tr("Tables (*.xlsx *.csv);;All files (*)"))
        if name:
            self.path.setText(name)
            self.load()

    def load(self, path: str | Path | None = None) -> bool:
        if path is not None:
            self.path.setText(str(path))
        self.file = None
        self.checked_for = None
        self.problems.hide()
        try:
            self.file = promotions.read_results_file(self.path.text().strip())
        except ValidationError as exc:
            self.set_status(describe(exc), error=True)
            self._fill_mapping({})
            self._update()
            return False
        except OpsDeskError as exc:
            self.set_status(describe(exc), error=True)
            self._update()
            return False
        guess = promotions.guess_mapping(self.ctx, self.file.headers)
        self._fill_mapping(guess)
        self.preview.clear()
        self.preview.setColumnCount(len(self.file.headers))
        self.preview.setHorizontalHeaderLabels(list(self.file.headers))
        rows = self.file.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(n) for n in range(2, len(rows) + 2)])  # the file's row numbers
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        self.set_status(self.tr("%n data row(s). Check the columns, then click Check.", "", len(self.file.rows)))
        self._update()
        return True

    def _fill_mapping(self, guess: dict[str, str]) -> None:
        headers = self.file.headers if self.file else ()
        for name, combo in self.combos.items():
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", None)
            for h in headers:
                combo.addItem(h, h)
            index = combo.findData(guess.get(name))
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(blocked)

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}

    def _mapping_changed(self) -> None:
        self.checked_for = None
        self._update()

    def _key(self) -> tuple:
        return (self.path.text().strip(), tuple(sorted(self.mapping().items())))

    def _update(self) -> None:
        self.check_button.setEnabled(self.file is not None)
        self.import_button.setEnabled(self.file is not None and self.checked_for == self._key())

    def set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        set_role(self.status, "error" if error else "hint")

    # -- checking and importing
    def problem_line(self, problem: FieldProblem) -> str:
        names = self.field_names()
        text = problem_text(problem)
        m = ROW_FIELD.match(problem.field)
        if m:
            return self.tr("Row %1, %2: %3").replace("%1", m.group(1)).replace(
                "%2", names.get(m.group(2), m.group(2))).replace("%3", text)
        if problem.field.startswith("mapping."):
            name = problem.field.split(".", 1)[1]
            return self.tr("Column of %1: %2").replace("%1", names.get(name, name)).replace("%2", text)
        return text

    def _run(self, dry_run: bool) -> ImportReport | None:
        self.problems.hide()
        try:
            return promotions.import_results(self.ctx, self.seen.id, self.path.text().strip(), self.mapping(),
                                             dry_run=dry_run)
        except ValidationError as exc:
            self.problems.setPlainText("\n".join(self.problem_line(p) for p in exc.problems))
            self.problems.show()
            self.set_status(self.tr("%n problem(s): nothing was imported. Correct the file or the columns and "
                                    "check again.", "", len(exc.problems)), error=True)
        except OpsDeskError as exc:
            self.set_status(describe(exc), error=True)
        return None

    def check(self) -> bool:
        self.checked_for = None
        report = self._run(True)
        if report is not None:
            self.checked_for = self._key()
            self.set_status(self.tr("Every row is fine: %n store(s) can be imported.", "", report.stores))
        self._update()
        return report is not None

    def run_import(self) -> bool:
        if self.checked_for != self._key():
            return False
        report = self._run(False)
        if report is None:
            self.checked_for = None
            self._update()
            return False
        self.report = report
        self.plan = promotions.get_plan(self.ctx, self.seen.id)
        self.accept()
        return True
