"""The register's dialogs: a lifecycle step's note, the fix report with photos, bulk reassign and
due date, and an action made by hand."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError, ValidationError
from opsdesk.services import AppContext, actions, org
from opsdesk.services.actions import ActionDTO
from ui import labels
from ui.dates import date_edit, from_qdate
from ui.pages.actions.forms import (
    DUE_DAYS,
    ICON_GREY,
    ActionErrors,
    fill_priorities,
    findable,
    report_error,
    select_data,
    transition_label,
)
from ui.style import set_role
from ui.widgets.form import FormDialog, ok_cancel_buttons
from ui.widgets.photo_viewer import ask_photo_files
from ui.widgets.pickers import fill_stores, fill_users, picked
from ui.widgets.unlock_key import with_key


class NoteDialog(FormDialog):
    """A note for a lifecycle step; the service says whether it is required (a reason)."""

    def __init__(self, ctx: AppContext, action: ActionDTO, target: str, parent: QWidget | None = None) -> None:
        super().__init__(transition_label(target), parent, ok_text=transition_label(target))
        self.ctx = ctx
        self.action = action
        self.target = target
        self.result_action: ActionDTO | None = None
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
        self.errors = ActionErrors(self.error_label, {"note": self.note}, {})
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("confirmStep")
        head = set_role(QLabel(action.title), "strong")
        head.setWordWrap(True)
        for widget in (head, self.prompt, self.note):
            self.form_area.addWidget(widget)

    def submit(self) -> ActionDTO:
        self.result_action = with_key(self, self.ctx, actions.transition, self.action.id, self.target,
                                      self.note.toPlainText(), base_version=self.action.version)
        return self.result_action

    def show_failure(self, exc: Exception) -> None:
        report_error(self, exc)


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
        self.add_photos_button = QPushButton(qta.icon("fa5s.camera", color=ICON_GREY), self.tr("Add photos..."),
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
        set_role(head, "strong")
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
        files = ask_photo_files(self)
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
        fill_users(self.user, ctx, roles=tuple(labels.roles()), editable=False, with_role=True)
        findable(self.user)
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
        value = picked(self.user)
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
        self.due = date_edit("due", initial)
        buttons = ok_cancel_buttons(self, self.tr("Change"), self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New due date for %n selected action(s):", "", count)))
        layout.addWidget(self.due)
        layout.addWidget(buttons)

    def value(self) -> date:
        return from_qdate(self.due.date())


class NewActionDialog(FormDialog):
    """An action made by hand for a store; the store manager is proposed as the assignee."""

    def __init__(self, ctx: AppContext, store_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New corrective action"), parent)
        self.ctx = ctx
        self.result_action: ActionDTO | None = None
        self.setMinimumWidth(500)
        self.store = QComboBox(objectName="store")
        fill_stores(self.store, ctx, editable=False)
        findable(self.store)
        self.title = QLineEdit(objectName="title")
        self.title.setPlaceholderText(self.tr("What has to be fixed"))
        self.description = QPlainTextEdit(objectName="description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.priority = QComboBox(objectName="priority")
        fill_priorities(self.priority)
        select_data(self.priority, "normal")
        self.assignee = QComboBox(objectName="assignee")
        fill_users(self.assignee, ctx, (self.tr("(nobody)"), None), roles=tuple(labels.roles()), editable=False,
                   with_role=True)
        self.due = date_edit("due", date.today() + timedelta(days=DUE_DAYS))
        names = {"store_id": self.tr("Store"), "title": self.tr("Title"), "description": self.tr("Description"),
                 "priority": self.tr("Priority"), "assignee_id": self.tr("Assignee"), "due_on": self.tr("Due date")}
        fields = {"store_id": self.store, "title": self.title, "description": self.description,
                  "priority": self.priority, "assignee_id": self.assignee, "due_on": self.due}
        form = QFormLayout()
        for key, widget in fields.items():
            form.addRow(names[key], widget)
        self.form_area.addLayout(form)
        self.errors = ActionErrors(self.error_label, fields, names)
        self.store.currentIndexChanged.connect(lambda _i: self._store_changed())
        if store_id:
            select_data(self.store, store_id)
        self._store_changed()
        self.title.setFocus()

    def _store_changed(self) -> None:
        store_id = picked(self.store)
        manager = org.get_store(self.ctx, str(store_id)).manager_id if store_id else None
        if not (manager and select_data(self.assignee, manager)):  # no (active) manager: nobody yet
            self.assignee.setCurrentIndex(0)

    def input(self) -> actions.ActionInput:
        store_id = picked(self.store)
        return actions.ActionInput(
            store_id=str(store_id) if store_id else "", title=self.title.text(), due_on=from_qdate(self.due.date()),
            description=self.description.toPlainText(), priority=self.priority.currentData(),
            assignee_id=self.assignee.currentData(),
        )

    def submit(self) -> ActionDTO:
        self.result_action = actions.create_action(self.ctx, self.input())
        return self.result_action

    def show_failure(self, exc: Exception) -> None:
        report_error(self, exc)
