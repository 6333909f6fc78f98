"""One corrective action: every field, its history and fix photos; editing while it is not closed;
one button per lifecycle step this user may take now."""

from __future__ import annotations

from datetime import date

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError, ValidationError
from opsdesk.services import AppContext, actions
from opsdesk.services.actions import ActionDTO
from ui import labels
from ui import permissions as may
from ui.dates import date_edit, from_qdate, to_qdate
from ui.pages.actions.dialogs import NoteDialog, SubmitDialog
from ui.pages.actions.forms import (
    ICON_GREY,
    STATUS_COLOURS,
    ActionErrors,
    current_role,
    fill_priorities,
    report_error,
    select_data,
    source_text,
    status_label,
    transition_label,
)
from ui.style import badge_style, set_role, styled
from ui.widgets.confirm import confirm
from ui.widgets.photo_viewer import ask_photo_files, store_photo_files
from ui.widgets.pickers import fill_users
from ui.widgets.unlock_key import decision_text


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
        set_role(self.heading, "heading")
        self.status_badge = set_role(QLabel(objectName="statusBadge"), "badge")
        self.tags = styled(QLabel(objectName="actionTags"))  # its look: QLabel#actionTags in ui.style
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
        fill_priorities(self.priority)
        self.assignee = QComboBox(objectName="assignee")
        fill_users(self.assignee, ctx, (self.tr("(nobody)"), None), roles=tuple(labels.roles()), editable=False,
                   with_role=True)
        self.due = date_edit("due", self.action.due_on)
        self.save_button = QPushButton(qta.icon("fa5s.save", color=ICON_GREY), self.tr("Save changes"),
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
        self.add_photos_button = QPushButton(qta.icon("fa5s.camera", color=ICON_GREY), self.tr("Add photos..."),
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
        colour = STATUS_COLOURS.get(a.status, ICON_GREY)
        self.status_badge.setText(status_label(a.status))
        self.status_badge.setStyleSheet(badge_style(colour))  # the colour depends on the status
        tags = []
        if a.overdue():
            tags.append(self.tr("Overdue by %n day(s)", "", (date.today() - a.due_on).days))
        if a.is_repeat:
            tags.append(self.tr("Repeat finding ×%1").replace("%1", str(a.repeat_count)))
        self.tags.setText(" · ".join(tags))
        set_role(self.tags, "error" if a.overdue() else "warning")
        self.store_label.setText(a.store_code + " " + a.store_name + " · " + a.region_path)
        self.source_label.setText(source_text(a))
        self.created_label.setText(labels.local_time(a.created_at))

        editable = a.status not in ("verified", "cancelled")
        widgets = (self.title, self.description, self.priority, self.assignee, self.due)
        for w in widgets:
            w.blockSignals(True)
        self.title.setText(a.title)
        self.description.setPlainText(a.description)
        select_data(self.priority, a.priority)
        if a.assignee_id and self.assignee.findData(a.assignee_id) < 0:
            self.assignee.addItem(self.tr("%1 (inactive)").replace("%1", a.assignee_name), a.assignee_id)
        select_data(self.assignee, a.assignee_id)
        self.due.setDate(to_qdate(a.due_on))
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
        if a.status in ("verified", "cancelled"):  # the decision: signed and verified, or unsigned
            signed = decision_text(self.ctx, "corrective_action", a.id)
            if signed:
                fix += "\n" + signed
        self.fix_label.setText(fix)
        self.add_photos_button.setVisible(editable)
        self.show_photos()
        self.history.clear()
        for e in history:
            step = status_label(e.to_status) if e.from_status is None else \
                status_label(e.from_status) + " → " + status_label(e.to_status)
            item = QTreeWidgetItem([labels.local_time(e.at), step, e.user_name, e.note])
            item.setToolTip(3, e.note)
            item.setForeground(1, QColor(STATUS_COLOURS.get(e.to_status, ICON_GREY)))
            self.history.addTopLevelItem(item)
        self.show_steps()

    def show_photos(self) -> None:
        """The fix's photos, each opening full size on a click."""
        from ui.widgets.photo_viewer import fill_photo_strip

        fill_photo_strip(self.photo_strip, actions.fix_photos(self.ctx, self.action.id), self.tr("No photos."))

    def show_steps(self) -> None:
        for button in self.step_buttons.values():
            self.steps.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        icons = {"in_progress": "fa5s.wrench", "submitted": "fa5s.paper-plane", "verified": "fa5s.check-circle",
                 "reopened": "fa5s.undo", "cancelled": "fa5s.ban"}
        for target in actions.allowed_transitions(self.action.status, self.role):
            button = QPushButton(qta.icon(icons.get(target, "fa5s.arrow-right"),
                                          color=STATUS_COLOURS.get(target, ICON_GREY)),
                                 transition_label(target), objectName="to_" + target)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, t=target: self.step(t))
            # the role may (allowed_transitions); at this store? (verify, send back, cancel: a supervisor's own)
            may.apply(button, self.ctx, actions.TRANSITION_ACTIONS[target], self.action.store_id)
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
            store_id=self.action.store_id, title=self.title.text(), due_on=from_qdate(self.due.date()),
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
        files = ask_photo_files(self)
        self.add_photos(files)

    def add_photos(self, files: list[str]) -> None:
        if store_photo_files(self, files, lambda path: actions.add_fix_photo(self.ctx, self.action.id, path)):
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
