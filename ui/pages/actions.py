"""Corrective actions (整改台账): the register with its filters and per-status counts, bulk
reassign and due-date change, actions made by hand, the lifecycle dialog, CSV export.

Everything is read and written through ``opsdesk.services.actions`` (pickers through ``org``).
Which lifecycle steps are offered comes from ``actions.allowed_transitions``; the service refuses
the others, and its refusal is shown as it comes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError, ValidationError
from opsdesk.services import AppContext, actions, org, workspace
from opsdesk.services.actions import ActionDTO, ActionQuery
from ui import labels
from ui.errors import problem_text, show_error
from ui.models.lazy_table import Column, LazyTableModel
from ui.widgets.confirm import confirm
from ui.widgets.form import FieldErrors, ok_cancel_buttons, save_cancel_buttons
from ui.widgets.table_page import TablePage

NOT_CLOSED = "__not_closed__"  # status filter: every status that still needs work
OVERDUE = "overdue"
COUNT_KEYS = ("open", "in_progress", "submitted", "verified", "reopened", "cancelled", OVERDUE)
STATUS_COLOURS = {
    "open": "#b45309", "in_progress": "#2563eb", "submitted": "#7c3aed", "verified": "#15803d",
    "reopened": "#c2410c", "cancelled": "#6b7280", OVERDUE: "#dc2626",
}
PRIORITY_COLOURS = {"urgent": "#dc2626", "high": "#b45309", "normal": ""}
OVERDUE_RED = "#dc2626"
OVERDUE_TINT = "#fdecec"
REPEAT_AMBER = "#b45309"
IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff"
DUE_DAYS = 7  # default due date of an action made by hand or moved in bulk


# ---------------------------------------------------------------- translated labels


# Status and priority words are the ones every page uses (ui/labels.py).
status_labels = labels.action_statuses
priority_labels = labels.priorities
priority_label = labels.priority


def status_label(code: str | None) -> str:
    if code is None:
        return QCoreApplication.translate("ActionLabels", "Created")
    return labels.action_status(code)


def transition_labels() -> dict[str, str]:
    """The button that moves an action to each status."""
    return {
        "in_progress": QCoreApplication.translate("ActionLabels", "Start fixing"),
        "submitted": QCoreApplication.translate("ActionLabels", "Submit fix"),
        "verified": QCoreApplication.translate("ActionLabels", "Accept"),
        "reopened": QCoreApplication.translate("ActionLabels", "Send back"),
        "cancelled": QCoreApplication.translate("ActionLabels", "Cancel action"),
    }


def transition_label(target: str) -> str:
    return transition_labels().get(target, target)


def overdue_label() -> str:
    return QCoreApplication.translate("ActionLabels", "Overdue")


def csv_headers() -> list[str]:
    """Column titles for ``actions.CSV_COLUMNS``, in its order."""
    names = {
        "store_code": QCoreApplication.translate("ActionLabels", "Store code"),
        "store": QCoreApplication.translate("ActionLabels", "Store"),
        "title": QCoreApplication.translate("ActionLabels", "Action"),
        "priority": QCoreApplication.translate("ActionLabels", "Priority"),
        "status": QCoreApplication.translate("ActionLabels", "Status"),
        "assignee": QCoreApplication.translate("ActionLabels", "Assignee"),
        "due_on": QCoreApplication.translate("ActionLabels", "Due date"),
        "overdue": QCoreApplication.translate("ActionLabels", "Overdue"),
        "repeat_count": QCoreApplication.translate("ActionLabels", "Times repeated"),
        "source": QCoreApplication.translate("ActionLabels", "Source inspection"),
        "source_date": QCoreApplication.translate("ActionLabels", "Inspection date"),
        "fix_note": QCoreApplication.translate("ActionLabels", "What was done"),
        "verified_on": QCoreApplication.translate("ActionLabels", "Verified on"),
    }
    return [names.get(c, c) for c in actions.CSV_COLUMNS]


def csv_labels() -> dict[str, dict[str, str]]:
    return {"status": status_labels(), "priority": priority_labels(),
            "overdue": {"yes": QCoreApplication.translate("ActionLabels", "Yes")}}


def source_text(a: ActionDTO) -> str:
    if not a.source_run_id:
        return QCoreApplication.translate("ActionLabels", "Added by hand")
    day = a.source_run_date.isoformat() if a.source_run_date else ""
    return " ".join(p for p in (a.source_title, day) if p)


def repeat_text(a: ActionDTO) -> str:
    return "×" + str(a.repeat_count) if a.repeat_count else ""



def current_role(ctx: AppContext) -> str | None:
    user = workspace.current_user(ctx)
    return user.role if user is not None else None


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(_qdate(value))
    return edit


def _findable(combo: QComboBox) -> None:
    """An editable combo that finds its items by any part of their text."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)

    def finished() -> None:
        """Cleared text means the first item (e.g. all stores); text naming no item goes back to the chosen one."""
        if combo.findText(combo.currentText()) >= 0:
            return
        if not combo.currentText().strip() and combo.count() and combo.itemData(0) is None:
            combo.setCurrentIndex(0)
            combo.setEditText(combo.itemText(0))
        else:
            combo.setEditText(combo.itemText(combo.currentIndex()))

    combo.lineEdit().editingFinished.connect(finished)


def _typed_data(combo: QComboBox) -> object:
    """The item matching what is typed (an editable combo), not a stale selection."""
    if not combo.isEditable():
        return combo.currentData()
    index = combo.findText(combo.currentText())
    return combo.itemData(index) if index >= 0 else None


def _select_data(combo: QComboBox, value: object) -> bool:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def _fill_users(combo: QComboBox, ctx: AppContext, first: tuple[str, object] | None = None) -> None:
    if first:
        combo.addItem(*first)
    for u in org.users_with_roles(ctx, tuple(labels.roles())):
        combo.addItem(u.name + " · " + labels.role(u.role), u.id)


class ActionErrors(FieldErrors):
    """The action dialogs' wording for the service's reasons."""

    def text_for(self, problem) -> str:  # noqa: ANN001
        if problem.reason == "reason_required":
            return QCoreApplication.translate("ActionLabels", "Give a reason.")
        if problem.field == "fix_note" and problem.reason == "required":
            return QCoreApplication.translate("ActionLabels", "Describe what was done.")
        return problem_text(problem)


def transition_error_text(exc: OpsDeskError) -> str:
    current, target = str(exc.params.get("current", "")), str(exc.params.get("target", ""))
    if current in ("verified", "cancelled") and current == target:
        return QCoreApplication.translate("ActionLabels", "This action is closed (%1); it can no longer change.") \
            .replace("%1", status_label(current))
    return QCoreApplication.translate(
        "ActionLabels", "This step is not allowed: the action is %1 and cannot become %2 by you.") \
        .replace("%1", status_label(current)).replace("%2", status_label(target))


def report_error(parent: QWidget | None, exc: OpsDeskError) -> None:
    if isinstance(exc, actions.TransitionError):
        QMessageBox.warning(parent, QCoreApplication.translate("ActionLabels", "Not allowed"),
                            transition_error_text(exc))
    else:
        show_error(parent, exc)


# ---------------------------------------------------------------- small dialogs


class NoteDialog(QDialog):
    """A note for a lifecycle step; the service says whether it is required (a reason)."""

    def __init__(self, ctx: AppContext, action: ActionDTO, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action = action
        self.target = target
        self.result_action: ActionDTO | None = None
        self.setWindowTitle(transition_label(target))
        self.setMinimumWidth(420)
        prompts = {
            "verified": self.tr("Verification note (optional):"),
            "reopened": self.tr("Why is it sent back? What still has to be done?"),
            "cancelled": self.tr("Why is the action cancelled?"),
            "in_progress": self.tr("Note (optional):"),
        }
        self.prompt = QLabel(prompts.get(target, self.tr("Note:")))
        self.prompt.setWordWrap(True)
        self.note = QPlainTextEdit(objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.error_label = QLabel(objectName="errors")
        self.errors = ActionErrors(self.error_label, {"note": self.note}, {})
        buttons = ok_cancel_buttons(self, transition_label(target), self.apply)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("confirmStep")
        layout = QVBoxLayout(self)
        head = QLabel(action.title)
        head.setWordWrap(True)
        head.setStyleSheet("font-weight: 600;")
        layout.addWidget(head)
        layout.addWidget(self.prompt)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def apply(self) -> None:
        try:
            self.result_action = actions.transition(self.ctx, self.action.id, self.target, self.note.toPlainText(),
                                                    base_version=self.action.version)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OpsDeskError as exc:
            report_error(self, exc)
            return
        self.accept()


class SubmitDialog(QDialog):
    """The store reports what was done, with optional photos (each through add_fix_photo)."""

    def __init__(self, ctx: AppContext, action: ActionDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action = action
        self.result_action: ActionDTO | None = None
        self.attached: set[str] = set()  # files already stored by an earlier, refused attempt
        self.setWindowTitle(transition_label("submitted"))
        self.setMinimumWidth(480)
        self.fix_note = QPlainTextEdit(objectName="fixNote")
        self.fix_note.setTabChangesFocus(True)
        self.fix_note.setPlaceholderText(self.tr("e.g. The exit was cleared and a keep-clear sign put up."))
        self.fix_note.setFixedHeight(100)
        self.photos = QListWidget(objectName="photoList")
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(64, 64))
        self.photos.setFixedHeight(100)
        self.photos.setMovement(QListWidget.Movement.Static)
        self.add_photos_button = QPushButton(qta.icon("fa5s.camera", color="#374151"), self.tr("Add photos..."),
                                             objectName="addPhotos")
        self.add_photos_button.clicked.connect(self.choose_photos)
        self.remove_photo_button = QPushButton(self.tr("Remove"), objectName="removePhoto")
        self.remove_photo_button.clicked.connect(self._remove_selected)
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.add_photos_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        self.error_label = QLabel(objectName="errors")
        self.errors = ActionErrors(self.error_label, {"fix_note": self.fix_note},
                                   {"fix_note": self.tr("What was done")})
        buttons = ok_cancel_buttons(self, transition_label("submitted"), self.submit)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("confirmStep")
        layout = QVBoxLayout(self)
        head = QLabel(action.title)
        head.setWordWrap(True)
        head.setStyleSheet("font-weight: 600;")
        layout.addWidget(head)
        layout.addWidget(QLabel(self.tr("What was done:")))
        layout.addWidget(self.fix_note)
        layout.addWidget(QLabel(self.tr("Photos of the fix (optional):")))
        layout.addWidget(self.photos)
        layout.addLayout(photo_buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if action.fix_note:
            self.fix_note.setPlainText(action.fix_note)

    def files(self) -> list[str]:
        return [self.photos.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.photos.count())]

    def add_files(self, paths: list[str]) -> None:
        for path in paths:
            if path in self.files():
                continue
            item = QListWidgetItem(Path(path).name)
            pixmap = QPixmap(path)
            if not pixmap.isNull():
                item.setIcon(pixmap.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.photos.addItem(item)

    def choose_photos(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images (%1)").replace("%1", IMAGE_FILTER))
        if files:
            self.add_files(files)

    def _remove_selected(self) -> None:
        for item in self.photos.selectedItems():
            self.photos.takeItem(self.photos.row(item))

    def submit(self) -> None:
        """Photos first (a refused file stops here, nothing submitted), then the step itself."""
        for path in self.files():
            if path in self.attached:
                continue
            try:
                actions.add_fix_photo(self.ctx, self.action.id, path)
            except OpsDeskError as exc:
                report_error(self, exc)
                return
            self.attached.add(path)
        text = self.fix_note.toPlainText()
        try:
            self.result_action = actions.transition(self.ctx, self.action.id, "submitted", text, fix_note=text,
                                                    base_version=self.action.version)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OpsDeskError as exc:
            report_error(self, exc)
            return
        self.accept()


class UserPickDialog(QDialog):
    """Bulk reassign: one person for many actions."""

    def __init__(self, ctx: AppContext, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reassign"))
        self.setMinimumWidth(380)
        self.user = QComboBox(objectName="user")
        _fill_users(self.user, ctx)
        _findable(self.user)
        self.user.setCurrentIndex(-1)
        self.user.setEditText("")
        self.user.lineEdit().setPlaceholderText(self.tr("Type a name"))
        text = QLabel(self.tr("Give %n selected action(s) to:", "", count))
        buttons = ok_cancel_buttons(self, self.tr("Reassign"), self._accept_if_chosen)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.user)
        layout.addWidget(buttons)

    def user_id(self) -> str | None:
        value = _typed_data(self.user)
        return str(value) if value else None

    def user_name(self) -> str:
        index = self.user.findData(self.user_id())
        return self.user.itemText(index).split(" · ")[0] if index >= 0 else ""

    def _accept_if_chosen(self) -> None:
        if self.user_id():
            self.accept()
        else:
            self.user.setFocus()


class DueDateDialog(QDialog):
    """Bulk due-date change."""

    def __init__(self, count: int, initial: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change due date"))
        self.due = _date_edit("due", initial)
        buttons = ok_cancel_buttons(self, self.tr("Change"), self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New due date for %n selected action(s):", "", count)))
        layout.addWidget(self.due)
        layout.addWidget(buttons)

    def value(self) -> date:
        return _pydate(self.due.date())


# ---------------------------------------------------------------- new action by hand


class NewActionDialog(QDialog):
    """An action made by hand for a store; the store manager is proposed as the assignee."""

    def __init__(self, ctx: AppContext, store_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_action: ActionDTO | None = None
        self.setWindowTitle(self.tr("New corrective action"))
        self.setMinimumWidth(500)
        self._managers: dict[str, str | None] = {}
        self.store = QComboBox(objectName="store")
        for s in org.query_stores(ctx):
            self.store.addItem(s.code + " " + s.name, s.id)
            self._managers[s.id] = s.manager_id
        _findable(self.store)
        self.title = QLineEdit(objectName="title")
        self.title.setPlaceholderText(self.tr("What has to be fixed"))
        self.description = QPlainTextEdit(objectName="description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.priority = QComboBox(objectName="priority")
        for code, text in priority_labels().items():
            self.priority.addItem(text, code)
        _select_data(self.priority, "normal")
        self.assignee = QComboBox(objectName="assignee")
        _fill_users(self.assignee, ctx, (self.tr("(nobody)"), None))
        self.due = _date_edit("due", date.today() + timedelta(days=DUE_DAYS))
        form = QFormLayout()
        form.addRow(self.tr("Store"), self.store)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Assignee"), self.assignee)
        form.addRow(self.tr("Due date"), self.due)
        self.error_label = QLabel(objectName="errors")
        self.errors = ActionErrors(
            self.error_label,
            {"store_id": self.store, "title": self.title, "description": self.description,
             "priority": self.priority, "assignee_id": self.assignee, "due_on": self.due},
            {"store_id": self.tr("Store"), "title": self.tr("Title"), "description": self.tr("Description"),
             "priority": self.tr("Priority"), "assignee_id": self.tr("Assignee"), "due_on": self.tr("Due date")})
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.store.currentIndexChanged.connect(lambda _i: self._store_changed())
        if store_id:
            _select_data(self.store, store_id)
        self._store_changed()
        self.title.setFocus()

    def _store_changed(self) -> None:
        store_id = _typed_data(self.store)
        manager = self._managers.get(str(store_id)) if store_id else None
        if not (manager and _select_data(self.assignee, manager)):  # no (active) manager: nobody yet
            self.assignee.setCurrentIndex(0)

    def input(self) -> actions.ActionInput:
        store_id = _typed_data(self.store)
        return actions.ActionInput(
            store_id=str(store_id) if store_id else "", title=self.title.text(), due_on=_pydate(self.due.date()),
            description=self.description.toPlainText(), priority=self.priority.currentData(),
            assignee_id=self.assignee.currentData(),
        )

    def save(self) -> None:
        try:
            self.result_action = actions.create_action(self.ctx, self.input())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OpsDeskError as exc:
            report_error(self, exc)
            return
        self.accept()


# ---------------------------------------------------------------- one action


class ActionDialog(QDialog):
    """Every field of an action, its history and fix photos; editing while it is not closed;
    one button per lifecycle step this user may take now."""

    def __init__(self, ctx: AppContext, action_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action = actions.get_action(ctx, action_id)
        self.role = current_role(ctx)
        self.changed = False  # something was saved: the register reloads
        self.resize(860, 720)

        self.heading = QLabel(objectName="heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.status_badge = QLabel(objectName="statusBadge")
        self.tags = QLabel(objectName="tags")
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.tags)
        head.addWidget(self.status_badge)

        self.store_label = QLabel(objectName="storeLabel")
        self.source_label = QLabel(objectName="sourceLabel")
        self.created_label = QLabel(objectName="createdLabel")
        for label in (self.store_label, self.source_label, self.created_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = QLineEdit(objectName="title")
        self.description = QPlainTextEdit(objectName="description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.priority = QComboBox(objectName="priority")
        for code, text in priority_labels().items():
            self.priority.addItem(text, code)
        self.assignee = QComboBox(objectName="assignee")
        _fill_users(self.assignee, ctx, (self.tr("(nobody)"), None))
        self.due = _date_edit("due", self.action.due_on)
        self.save_button = QPushButton(qta.icon("fa5s.save", color="#374151"), self.tr("Save changes"),
                                       objectName="saveChanges")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setDefault(True)  # Enter in a field saves; it never takes a lifecycle step
        self.save_button.clicked.connect(self.save)
        self.error_label = QLabel(objectName="errors")
        self.errors = ActionErrors(
            self.error_label,
            {"title": self.title, "description": self.description, "priority": self.priority,
             "assignee_id": self.assignee, "due_on": self.due},
            {"title": self.tr("Title"), "description": self.tr("Description"), "priority": self.tr("Priority"),
             "assignee_id": self.tr("Assignee"), "due_on": self.tr("Due date")})
        row = QHBoxLayout()
        row.addWidget(self.priority)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Assignee")))
        row.addWidget(self.assignee, 1)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Due date")))
        row.addWidget(self.due)
        form = QFormLayout()
        form.addRow(self.tr("Store"), self.store_label)
        form.addRow(self.tr("Source"), self.source_label)
        form.addRow(self.tr("Created on"), self.created_label)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Priority"), row)
        save_row = QHBoxLayout()
        save_row.addWidget(self.error_label, 1)
        save_row.addStretch(0)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow("", save_row)
        self.title.textEdited.connect(lambda _t: self._dirty())
        self.description.textChanged.connect(self._dirty)
        self.priority.currentIndexChanged.connect(lambda _i: self._dirty())
        self.assignee.currentIndexChanged.connect(lambda _i: self._dirty())
        self.due.dateChanged.connect(lambda _d: self._dirty())

        fix_box = QGroupBox(self.tr("Fix"))
        self.fix_label = QLabel(objectName="fixNote")
        self.fix_label.setWordWrap(True)
        self.fix_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photo_strip = QHBoxLayout()
        self.photo_strip.setContentsMargins(0, 0, 0, 0)
        strip = QWidget()
        strip.setLayout(self.photo_strip)
        scroll = QScrollArea()
        scroll.setWidget(strip)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedHeight(96)
        scroll.viewport().setAutoFillBackground(False)
        strip.setAutoFillBackground(False)
        self.add_photos_button = QPushButton(qta.icon("fa5s.camera", color="#374151"), self.tr("Add photos..."),
                                             objectName="addPhotos")
        self.add_photos_button.setAutoDefault(False)
        self.add_photos_button.clicked.connect(self.choose_photos)
        fix_layout = QVBoxLayout(fix_box)
        fix_layout.addWidget(self.fix_label)
        photos_row = QHBoxLayout()
        photos_row.addWidget(scroll, 1)
        photos_row.addWidget(self.add_photos_button, 0, Qt.AlignmentFlag.AlignBottom)
        fix_layout.addLayout(photos_row)

        history_box = QGroupBox(self.tr("History"))
        self.history = QTreeWidget(objectName="history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Note")])
        self.history.setColumnWidth(0, 130)
        self.history.setColumnWidth(1, 170)
        self.history.setColumnWidth(2, 90)
        self.history.setWordWrap(True)
        QVBoxLayout(history_box).addWidget(self.history)

        self.steps = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        close = QPushButton(self.tr("Close"), objectName="close")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addLayout(self.steps)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(fix_box)
        layout.addWidget(history_box, 1)
        layout.addLayout(bottom)
        self.load()

    # -- showing
    def load(self, action: ActionDTO | None = None) -> None:
        if action is not None:
            self.action = action
        a = self.action
        self.setWindowTitle(self.tr("Corrective action · %1").replace("%1", a.store_name))
        self.heading.setText(a.title)
        colour = STATUS_COLOURS.get(a.status, "#374151")
        self.status_badge.setText(status_label(a.status))
        self.status_badge.setStyleSheet(f"color: white; background: {colour}; border-radius: 9px; padding: 2px 10px;")
        tags = []
        if a.overdue():
            tags.append(self.tr("Overdue by %n day(s)", "", (date.today() - a.due_on).days))
        if a.is_repeat:
            tags.append(self.tr("Repeat finding ×%1").replace("%1", str(a.repeat_count)))
        self.tags.setText(" · ".join(tags))
        self.tags.setStyleSheet(f"color: {OVERDUE_RED if a.overdue() else REPEAT_AMBER}; font-weight: 600;")
        self.store_label.setText(a.store_code + " " + a.store_name + " · " + a.region_path)
        self.source_label.setText(source_text(a))
        self.created_label.setText(labels.local_time(a.created_at))

        editable = a.status not in ("verified", "cancelled")
        widgets = (self.title, self.description, self.priority, self.assignee, self.due)
        for w in widgets:
            w.blockSignals(True)
        self.title.setText(a.title)
        self.description.setPlainText(a.description)
        _select_data(self.priority, a.priority)
        if a.assignee_id and self.assignee.findData(a.assignee_id) < 0:
            self.assignee.addItem(self.tr("%1 (inactive)").replace("%1", a.assignee_name), a.assignee_id)
        _select_data(self.assignee, a.assignee_id)
        self.due.setDate(_qdate(a.due_on))
        for w in widgets:
            w.blockSignals(False)
        self.title.setReadOnly(not editable)
        self.description.setReadOnly(not editable)
        for w in (self.priority, self.assignee, self.due):
            w.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.save_button.setEnabled(False)
        self.errors.clear()
        self.dirty = False

        history = actions.events(self.ctx, a.id)
        fix = a.fix_note or self.tr("Nothing reported yet.")
        if a.submitted_at:
            fix += "\n" + self.tr("Submitted %1").replace("%1", labels.local_time(a.submitted_at))
        if a.verified_at:
            by = next((e.user_name for e in reversed(history) if e.to_status == "verified"), "")
            fix += "\n" + self.tr("Verified %1 by %2").replace("%1", labels.local_time(a.verified_at)).replace("%2", by)
        self.fix_label.setText(fix)
        self.add_photos_button.setVisible(editable)
        self.show_photos()
        self.history.clear()
        for e in history:
            step = status_label(e.to_status) if e.from_status is None else \
                status_label(e.from_status) + " → " + status_label(e.to_status)
            item = QTreeWidgetItem([labels.local_time(e.at), step, e.user_name, e.note])
            item.setToolTip(3, e.note)
            item.setForeground(1, QColor(STATUS_COLOURS.get(e.to_status, "#374151")))
            self.history.addTopLevelItem(item)
        self.show_steps()

    def show_photos(self) -> None:
        while self.photo_strip.count():
            widget = self.photo_strip.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        photos = actions.fix_photos(self.ctx, self.action.id)
        for photo in photos:
            thumb = QLabel(objectName="thumb")
            pixmap = QPixmap(str(photo.thumbnail))
            if not pixmap.isNull():
                thumb.setPixmap(pixmap.scaled(84, 84, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
            thumb.setToolTip(photo.original_name)
            self.photo_strip.addWidget(thumb)
        if not photos:
            self.photo_strip.addWidget(QLabel(self.tr("No photos."), objectName="noPhotos"))
        self.photo_strip.addStretch(1)

    def show_steps(self) -> None:
        for button in self.step_buttons.values():
            self.steps.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        icons = {"in_progress": "fa5s.wrench", "submitted": "fa5s.paper-plane", "verified": "fa5s.check-circle",
                 "reopened": "fa5s.undo", "cancelled": "fa5s.ban"}
        for target in actions.allowed_transitions(self.action.status, self.role):
            button = QPushButton(qta.icon(icons.get(target, "fa5s.arrow-right"),
                                          color=STATUS_COLOURS.get(target, "#374151")),
                                 transition_label(target), objectName="to_" + target)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, t=target: self.step(t))
            self.steps.addWidget(button)
            self.step_buttons[target] = button

    def offered(self) -> list[str]:
        return list(self.step_buttons)

    # -- editing
    def _dirty(self) -> None:
        self.dirty = True
        self.save_button.setEnabled(True)

    def input(self) -> actions.ActionInput:
        return actions.ActionInput(
            store_id=self.action.store_id, title=self.title.text(), due_on=_pydate(self.due.date()),
            description=self.description.toPlainText(), priority=self.priority.currentData(),
            assignee_id=self.assignee.currentData(),
        )

    def save(self) -> bool:
        try:
            saved = actions.update_action(self.ctx, self.action.id, self.input())
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except OpsDeskError as exc:
            report_error(self, exc)
            return False
        self.changed = True
        self.load(saved)
        return True

    def choose_photos(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images (%1)").replace("%1", IMAGE_FILTER))
        self.add_photos(files)

    def add_photos(self, files: list[str]) -> None:
        for path in files:
            try:
                actions.add_fix_photo(self.ctx, self.action.id, path)
            except OpsDeskError as exc:
                report_error(self, exc)
                break
            self.changed = True
        self.show_photos()

    # -- lifecycle
    def step(self, target: str) -> None:
        """Take one lifecycle step (unsaved edits are saved first)."""
        if self.dirty and not self.save():
            return
        if target == "submitted":
            dialog: QDialog = SubmitDialog(self.ctx, self.action, self)
        elif target in ("verified", "reopened", "cancelled"):
            dialog = NoteDialog(self.ctx, self.action, target, self)
        else:
            dialog = None  # starting the work needs no words
        if dialog is None:
            try:
                moved = actions.transition(self.ctx, self.action.id, target, base_version=self.action.version)
            except OpsDeskError as exc:
                report_error(self, exc)
                self._reload_after_refusal()
                return
        else:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            moved = getattr(dialog, "result_action", None)
            if isinstance(dialog, SubmitDialog) and dialog.attached:
                self.changed = True
            if not accepted or moved is None:
                self.show_photos()
                return
        self.changed = True
        self.load(moved)

    def _reload_after_refusal(self) -> None:
        try:
            self.load(actions.get_action(self.ctx, self.action.id))
        except OpsDeskError:
            pass

    def reject(self) -> None:
        """Close (the button, Esc, the window's X): unsaved edits are not dropped silently."""
        if self.dirty and not confirm(self, self.tr("Confirm"), self.tr("Discard the unsaved changes?")):
            return
        super().reject()


# ---------------------------------------------------------------- the register


class _RegisterDelegate(QStyledItemDelegate):
    """Overdue rows in red with a clock in the due-date cell; repeat findings with a loop icon;
    the status cell in its colour."""

    def __init__(self, page: "ActionsPage") -> None:
        super().__init__(page.table)
        self.page = page
        self.overdue_icon = qta.icon("fa5s.exclamation-circle", color=OVERDUE_RED)
        self.repeat_icon = qta.icon("fa5s.redo-alt", color=REPEAT_AMBER)

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001, N802
        super().initStyleOption(option, index)
        a = index.data(LazyTableModel.DtoRole)
        if a is None:
            return
        key = self.page.column_keys[index.column()]
        colour = ""
        overdue = a.overdue()
        if overdue:
            option.backgroundBrush = QBrush(QColor(OVERDUE_TINT))
        if overdue and key in ("due_on", "status"):
            colour = OVERDUE_RED
            font = option.font
            font.setBold(key == "due_on")
            option.font = font
        elif key == "status" and a.status not in ("verified", "cancelled"):
            colour = STATUS_COLOURS.get(a.status, "")
        elif key == "priority" and a.status not in ("verified", "cancelled"):
            colour = PRIORITY_COLOURS.get(a.priority, "")
        elif key == "repeat_count" and a.is_repeat:
            colour = REPEAT_AMBER
        if colour:
            palette = option.palette
            palette.setColor(QPalette.ColorRole.Text, QColor(colour))
            option.palette = palette
        icon = None
        if key == "due_on" and a.overdue():
            icon = self.overdue_icon
        elif key == "repeat_count" and a.is_repeat:
            icon = self.repeat_icon
        if icon is not None:
            option.icon = icon
            option.decorationSize = QSize(14, 14)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration


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
        chips = QHBoxLayout()
        chips.setSpacing(4)
        for key in COUNT_KEYS:
            button = QToolButton(objectName="count_" + key)
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            colour = STATUS_COLOURS[key]
            button.setStyleSheet(
                f"QToolButton {{ color: {colour}; border: 1px solid {colour}; border-radius: 10px;"
                f" padding: 1px 8px; }} QToolButton:checked {{ background: {colour}; color: white; }}")
            button.clicked.connect(lambda _c=False, k=key: self.count_clicked(k))
            chips.addWidget(button)
            self.count_buttons[key] = button
        head = self._head_layout()
        head.insertSpacing(1, 16)
        head.insertLayout(2, chips)

        self.store = QComboBox(objectName="storeFilter")
        self.region = QComboBox(objectName="regionFilter")
        self.assignee = QComboBox(objectName="assigneeFilter")
        self.priority = QComboBox(objectName="priorityFilter")
        self.status = QComboBox(objectName="statusFilter")
        self.source = QComboBox(objectName="sourceFilter")
        self.overdue = QCheckBox(self.tr("Overdue only"), objectName="overdueOnly")
        self.search.setMaximumWidth(260)
        for combo, chars in ((self.store, 9), (self.region, 6), (self.assignee, 7), (self.priority, 6),
                             (self.status, 6), (self.source, 10)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
            self.filters.addWidget(combo)
        self.filters.insertWidget(self.filters.indexOf(self.source), self.overdue)
        self.filters.addStretch(1)
        _findable(self.store)
        _findable(self.assignee)
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
        self.notice = QLabel(objectName="notice")
        self.notice.setStyleSheet("color: #15803d;")
        self.buttons.addWidget(self.notice)
        self.new_button.clicked.connect(self.create)
        self.open_button.clicked.connect(lambda: self.open_action(self.selected()))
        self.reassign_button.clicked.connect(self.bulk_reassign)
        self.due_button.clicked.connect(self.bulk_due)
        self.export_button.clicked.connect(self.export)
        from ui.widgets.reports import ExportButton

        self.pdf_button = ExportButton(ctx, self._build_register, lambda: "整改台账.pdf", self)
        self.buttons.insertWidget(self.buttons.count() - 1, self.pdf_button)
        self.activated.connect(self.open_action)

        columns = [
            ("due_on", Column(self.tr("Due"), lambda a: a.due_on.isoformat(), "due_on", tooltip=self._due_tip)),
            ("store", Column(self.tr("Store"), lambda a: a.store_code + " " + a.store_name, "store",
                             tooltip=lambda a: a.region_path)),
            ("title", Column(self.tr("Action"), lambda a: a.title, "title",
                             tooltip=lambda a: a.title + ("\n" + a.description if a.description else ""))),
            ("priority", Column(self.tr("Priority"), lambda a: priority_label(a.priority), "priority")),
            ("status", Column(self.tr("Status"), lambda a: status_label(a.status), "status")),
            ("assignee", Column(self.tr("Assignee"), lambda a: a.assignee_name, "assignee")),
            ("repeat_count", Column(self.tr("Repeat"), repeat_text, "repeat_count", tooltip=self._repeat_tip)),
            ("source", Column(self.tr("Source"), source_text, None)),
        ]
        self.column_keys = [key for key, _c in columns]
        self.setup_model([c for _k, c in columns], widths=(104, 170, 270, 60, 70, 90, 56, 200),
                         muted=lambda a: a.status in ("verified", "cancelled"))
        self.table.setItemDelegate(_RegisterDelegate(self))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _head_layout(self) -> QHBoxLayout:
        """The base's title row (title · stretch · count)."""
        column = self.filters.parent()
        for i in range(column.count()):
            layout = column.itemAt(i).layout()
            if layout is not None and layout.indexOf(self._title) >= 0:
                return layout
        raise RuntimeError("title row not found")

    # -- filters
    def _fill_filters(self) -> None:
        for combo in (self.store, self.region, self.assignee, self.priority, self.status):
            combo.blockSignals(True)
            combo.clear()
        self.store.addItem(self.tr("All stores"), None)
        for s in org.query_stores(self.ctx, org.StoreQuery(include_closed=True)):
            self.store.addItem(s.code + " " + s.name, s.id)
        self.region.addItem(self.tr("All regions"), None)
        for r in org.list_regions(self.ctx):
            self.region.addItem(("    " if r.level == "area" else "") + r.name, r.id)
        _fill_users(self.assignee, self.ctx, (self.tr("All assignees"), None))
        self.priority.addItem(self.tr("All priorities"), None)
        for code, text in priority_labels().items():
            self.priority.addItem(text, code)
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Not closed"), NOT_CLOSED)
        for code, text in status_labels().items():
            self.status.addItem(text, code)
        for combo in (self.store, self.region, self.assignee, self.priority, self.status):
            combo.blockSignals(False)
        self._fill_sources()

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
            _select_data(self.source, pin)
            self.source.blockSignals(False)
        scope = ActionQuery(store_id=self._store_id(), region_id=self.region.currentData())
        ctx = self.ctx

        def load(job) -> list[tuple[str, str]]:  # noqa: ANN001 - a ui.operations.Job
            seen: dict[str, ActionDTO] = {}
            for a in actions.query_actions(ctx, scope):
                if a.source_run_id and a.source_run_id not in seen:
                    seen[a.source_run_id] = a
            job.check()
            ordered = sorted(seen.items(), key=lambda kv: (kv[1].source_run_date or date.min, kv[1].store_code),
                             reverse=True)
            return [(run_id, a.store_code + " · " + source_text(a)) for run_id, a in ordered]

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
        if keep is None or not _select_data(self.source, keep):
            self.source.setCurrentIndex(0)
        self.source.blockSignals(False)
        if self.source.currentData() != before:
            self.reload()  # the chosen inspection is not in the new scope

    def _default_filters(self) -> None:
        for combo in (self.store, self.region, self.assignee, self.priority, self.status, self.source, self.overdue):
            combo.blockSignals(True)
        for combo in (self.store, self.region, self.assignee, self.priority, self.source):
            combo.setCurrentIndex(0)
        _select_data(self.status, NOT_CLOSED)
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
        value = _typed_data(self.store)
        return str(value) if value else None

    def show_for_store(self, store_id: str) -> None:
        """The store's actions that still need work (other filters back to their defaults)."""
        self._default_filters()
        self.store.blockSignals(True)
        _select_data(self.store, store_id)
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

    def query(self, sort: str = "due_on", descending: bool = False) -> ActionQuery:
        status = self.status.currentData()
        assignee = _typed_data(self.assignee)
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

    def fetch(self, offset: int, limit: int, sort: str, descending: bool) -> list[ActionDTO]:
        return actions.query_actions(self.ctx, self.query(sort, descending), offset, limit)

    def count(self) -> int:
        return actions.count_actions(self.ctx, self.query())

    def count_text(self, total: int) -> str:
        return self.tr("%n action(s)", "", total)

    def refresh(self) -> None:
        keep = {c: c.currentData() for c in (self.store, self.region, self.assignee, self.priority, self.status,
                                             self.source)}
        self._fill_filters()
        for combo, value in keep.items():
            combo.blockSignals(True)
            if not _select_data(combo, value):
                combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_sources(keep=keep[self.source])
        self.reload()

    def reload(self) -> None:
        keep = {a.id for a in self.selected_actions()}
        super().reload()
        self.update_counts()
        if len(keep) > 1:
            self.select_ids(keep, fetch=False)
        self._update_buttons()

    def update_counts(self) -> None:
        """The header's counts under every filter but the status ones (status, not closed, overdue)."""
        counts = actions.status_counts(self.ctx, replace(self.query(), status=None, open_only=False,
                                                         overdue_only=False))
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
        _select_data(self.status, None if self.status.currentData() == key else key)  # reloads
        self.update_counts()

    # -- selection
    def selected_actions(self) -> list[ActionDTO]:
        if self.model is None:
            return []
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [a for a in (self.model.dto(r) for r in rows) if a is not None]

    def select_ids(self, ids: set[str] | list[str], fetch: bool = True) -> int:
        """Select the rows of these actions (fetching further pages when asked); returns how many."""
        assert self.model is not None
        wanted = set(ids)
        if fetch:
            while self.model.canFetchMore() and not wanted <= {self.model.dto(r).id
                                                               for r in range(self.model.rowCount())}:
                self.model.fetchMore()
        selection = QItemSelection()
        found = 0
        last = self.model.columnCount() - 1
        for row in range(self.model.rowCount()):
            if self.model.dto(row).id in wanted:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
                found += 1
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
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
            if self.select_where(lambda a: a.id == made.id):
                self.say(self.tr("Action created."))
            else:
                self.say(self.tr("Action created; the filters hide it."))

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

        ctx, query = self.ctx, self.query()  # read the filters here, on the GUI thread
        return lambda path: build_action_register(ctx, query, path)

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


__all__ = ["ActionDialog", "ActionsPage", "DueDateDialog", "NewActionDialog", "NoteDialog", "SubmitDialog",
           "UserPickDialog", "csv_headers", "priority_label", "status_label", "transition_label"]
