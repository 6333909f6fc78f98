"""The runner's item cards: one checklist item with its answer editor, note, photos and the corrective
action made from it; the re-check card of a follow-up inspection (used by ``ui.widgets.runner``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.services import actions, followups, runs
from opsdesk.services.context import AppContext
from opsdesk.services.templates import ItemDTO
from ui import labels
from ui.style import MUTED, RED, set_role, set_state
from ui.widgets.answer_editors import (
    editor_for,
    interface_is_english,
    item_text,
)
from ui.widgets.note_edit import NoteEdit
from ui.widgets.photo_viewer import PhotoThumb, ask_photo_files, photo_files

# An item card (QFrame#itemCard) looks current or failed through its states (ui.style).


class ItemCard(QFrame):
    """One item: its question, the answer controls for its type, note, photos."""

    answered = Signal(str, object, bool)  # item id, value, na
    noteChanged = Signal(str, str)
    photoFiles = Signal(str, list)  # item id, file paths
    photoRemoved = Signal(str, str)  # item id, link id
    focused = Signal(str)
    advance = Signal(str)  # Enter in the answer field: saved, move on
    leave = Signal()  # Esc / Ctrl+Enter in a field: give the keys back to the item list
    clearRequested = Signal(str)
    actionRequested = Signal(str)

    def __init__(self, number: int, item: ItemDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("itemCard")
        self.setAcceptDrops(True)
        self.value: Any = None
        self.na = False
        self.failed = False
        self.current = False

        self.english = interface_is_english()
        title = set_role(QLabel(f"{number}. {item_text(item, self.english)}"), "strong")
        title.setWordWrap(True)
        tags = []
        t_veto, t_required, t_photo = self.tr("Veto item"), self.tr("Required"), self.tr("Photo if failed")
        if item.critical:
            tags.append(f"<span style='color:{RED}'>{t_veto}</span>")
        if item.required:
            tags.append(f"<span style='color:{MUTED}'>{t_required}</span>")
        if item.photo_on_fail:
            tags.append(f"<span style='color:{MUTED}'>{t_photo}</span>")
        if not item.na_allowed and item.answer_type != "photo":  # why the item offers no N/A
            t_no_na = self.tr("N/A not allowed")
            tags.append(f"<span style='color:{MUTED}'>{t_no_na}</span>")
        self.tags = QLabel(" · ".join(tags))
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.tags)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        if item.guidance:
            guide = QLabel(item.guidance)
            guide.setWordWrap(True)
            set_role(guide, "muted")
            layout.addWidget(guide)
        self.answer_row = QHBoxLayout()
        layout.addLayout(self.answer_row)
        self._build_answer()
        self.prompt = QLabel(objectName="photoPrompt")
        set_role(self.prompt, "error")
        self.prompt.hide()
        layout.addWidget(self.prompt)
        self.note = NoteEdit(runs.NOTE_MAX)
        self.note.committed.connect(lambda text: self.noteChanged.emit(self.item.id, text))
        self.action_label = set_role(QLabel(objectName="actionLink"), "warning")
        self.action_label.hide()
        self.action_button = QPushButton(self.tr("Create corrective action..."), objectName="createAction")
        self.action_button.setToolTip(self.tr("A corrective action for this failed item, now"))
        self.action_button.clicked.connect(lambda _c=False: self.actionRequested.emit(self.item.id))
        self.action_button.hide()
        self.has_action = False
        self.clear_action = QAction(self.tr("Clear answer (Delete)"), self)
        self.clear_action.triggered.connect(lambda _c=False: self.clearRequested.emit(self.item.id))
        self.new_action = QAction(self.tr("Create corrective action..."), self)
        self.new_action.triggered.connect(lambda _c=False: self.actionRequested.emit(self.item.id))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.addActions([self.clear_action, self.new_action])
        self.photos = QHBoxLayout()
        self.add_photo = QPushButton(self.tr("Add photo..."), objectName="addPhoto")
        self.add_photo.clicked.connect(self.choose_photos)
        self.photos.addWidget(self.add_photo)
        self.photos.addStretch(1)
        layout.addWidget(self.note)
        layout.addLayout(self.photos)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_label, 1)
        action_row.addWidget(self.action_button)
        layout.addLayout(action_row)
        for w in self.findChildren(QWidget):
            w.installEventFilter(self)

    # -- building
    def _build_answer(self) -> None:
        self.editor = editor_for(self.item, self, english=self.english)
        self.editor.answered.connect(self.answer)
        self.answer_row.addWidget(self.editor, 1)

    # -- state from the service
    def show_answer(self, answer: runs.AnswerDTO | None) -> None:
        self.value = answer.value if answer else None
        self.na = bool(answer and answer.na)
        self.failed = bool(answer and answer.failed and not answer.na)
        self.editor.show_answer(self.value, self.na, self.failed)
        if answer is not None:
            self.note.set_saved(answer.note)
        self.clear_action.setEnabled(self.value is not None or self.na)
        self.show_action()
        self.show_photos(answer.photos if answer else ())
        needs_photo = self.item.photo_on_fail and self.failed and not (answer and answer.photos)
        self.prompt.setText(self.tr("Failed: please add a photo of it.") if needs_photo else "")
        self.prompt.setVisible(needs_photo)
        self._restyle()

    def show_photos(self, photos) -> None:  # noqa: ANN001
        while self.photos.count() > 2:
            widget = self.photos.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for index, photo in enumerate(photos):  # PhotoThumb: a click opens the full-size viewer
            thumb = PhotoThumb(photos, index, 72)
            thumb.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            if photo.link_id:
                from PySide6.QtGui import QAction

                remove = QAction(self.tr("Remove photo"), thumb)
                remove.triggered.connect(lambda _c=False, link=photo.link_id: self.photoRemoved.emit(self.item.id, link))
                thumb.addAction(remove)
            self.photos.insertWidget(self.photos.count() - 2, thumb)

    def set_current(self, current: bool) -> None:
        self.current = current
        self._restyle()

    def show_action(self, has_action: bool | None = None, title: str = "") -> None:
        """A failed item offers a corrective action; once one exists the card says so."""
        if has_action is not None:
            self.has_action = has_action
            self.action_label.setText("✓ " + self.tr("Corrective action created: %1").replace("%1", title)
                                      if has_action else "")
        self.action_label.setVisible(self.has_action)
        self.action_button.setVisible(self.failed and not self.has_action)
        self.new_action.setEnabled(self.failed and not self.has_action)

    def first_field(self) -> QWidget:
        """Where Tab or Enter from the item list lands: the answer field (a multiple choice's first
        box, ticked with Space), else the note."""
        boxes = self.editor.findChildren(QCheckBox)
        return self.editor.focus_widget() or (boxes[0] if boxes else self.note.edit)

    def _restyle(self) -> None:
        set_state(self, "failed", self.failed)
        set_state(self, "current", self.current)  # the current look wins over the failed one

    # -- input
    def answer(self, value: Any, na: bool = False) -> None:
        self.focused.emit(self.item.id)
        self.answered.emit(self.item.id, value, na)

    def key_value(self, key: int) -> tuple[Any, bool] | None:
        """What a key press means for this item, or None."""
        return self.editor.key_value(key)

    def choose_photos(self) -> None:
        files = ask_photo_files(self)
        if files:
            self.photoFiles.emit(self.item.id, files)

    # -- drag and drop, focus
    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if photo_files(event.mimeData()):  # the same check as the daily checklists'
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        files = photo_files(event.mimeData())
        if files:
            self.photoFiles.emit(self.item.id, files)
            event.acceptProposedAction()

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802
        self.focused.emit(self.item.id)
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.focused.emit(self.item.id)
        elif kind == QEvent.Type.ShortcutOverride and watched is self.note.edit and self.note.is_ctrl_enter(event):
            event.accept()  # Ctrl+Enter in a note saves the note (not: complete the inspection)
            return True
        elif kind == QEvent.Type.KeyPress:
            return self._key(watched, event)
        return False

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.note.edit:
            if self.note.is_ctrl_enter(event):
                self.note.commit()
                self.leave.emit()
                return True
            return False  # Enter is a new line; Esc reaches the dialog, which leaves the field
        if not enter or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        field = self.editor.focus_widget()
        if field is not None and (watched is field or field.isAncestorOf(watched)):
            self.editor.commit()
            self.advance.emit(self.item.id)
            return True
        if isinstance(watched, QCheckBox) and self.editor.isAncestorOf(watched):
            self.advance.emit(self.item.id)  # the boxes are saved as they are ticked (Space): move on
            return True
        if isinstance(watched, QAbstractButton):
            watched.click()  # Enter presses the focused toggle (never a dialog button)
            return True
        return False


def item_action_dialog(ctx: AppContext, proposed: actions.ActionInput, parent: QWidget | None = None) -> QDialog:
    """The register's new-action dialog, filled in from a failed item's proposal and linked to its run
    and answer (the store is the run's: it cannot be changed here)."""
    from ui.pages.actions.dialogs import (
        NewActionDialog,  # here: the actions pages import much of the UI
    )
    from ui.pages.actions.forms import select_data

    class ItemActionDialog(NewActionDialog):
        def __init__(self) -> None:
            super().__init__(ctx, proposed.store_id, parent)
            self.setWindowTitle(QCoreApplication.translate("Runner", "Corrective action for a failed item"))
            self.store.setEnabled(False)
            self.title.setText(proposed.title)
            self.description.setPlainText(proposed.description)
            select_data(self.priority, proposed.priority)
            if proposed.assignee_id:
                select_data(self.assignee, proposed.assignee_id)
            self.due.setDate(QDate(proposed.due_on.year, proposed.due_on.month, proposed.due_on.day))
            self.title.setFocus()
            self.title.selectAll()

        def input(self) -> actions.ActionInput:
            typed = super().input()
            return replace(typed, store_id=proposed.store_id, source_run_id=proposed.source_run_id,
                           source_answer_id=proposed.source_answer_id, template_id=proposed.template_id,
                           item_keys=proposed.item_keys)

    return ItemActionDialog()


class RecheckCard(QFrame):
    """A follow-up (回头看) re-check of one open corrective action: passed or not, with a note."""

    decided = Signal(str, bool, str)  # action id, passed, note

    def __init__(self, recheck: followups.RecheckDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action_id = recheck.action.id
        self.setObjectName("itemCard")
        a = recheck.action
        title = set_role(QLabel(a.title), "strong")
        title.setWordWrap(True)
        meta = QLabel(self.tr("Due %1 · %2 · %3").replace("%1", a.due_on.isoformat())
                      .replace("%2", labels.priority(a.priority)).replace("%3", a.assignee_name or "—"))
        set_role(meta, "muted")
        self.state = QLabel(objectName="state")
        self.pass_button = QPushButton(self.tr("Fixed"), objectName="recheckPass")
        self.fail_button = QPushButton(self.tr("Not fixed"), objectName="recheckFail")
        for button, tone in ((self.pass_button, "good"), (self.fail_button, "bad")):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("tone", tone)  # QPushButton[tone] in ui.style
        self.note = QLineEdit(objectName="recheckNote")
        self.note.setPlaceholderText(self.tr("What you saw (optional)"))
        self.pass_button.clicked.connect(lambda _c=False: self.decided.emit(self.action_id, True, self.note.text()))
        self.fail_button.clicked.connect(lambda _c=False: self.decided.emit(self.action_id, False, self.note.text()))
        row = QHBoxLayout()
        row.addWidget(self.pass_button)
        row.addWidget(self.fail_button)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if a.description:
            finding = QLabel(a.description)
            finding.setWordWrap(True)
            layout.addWidget(finding)
        layout.addWidget(meta)
        layout.addLayout(row)
        layout.addWidget(self.state)
        self.show_recheck(recheck)

    def show_recheck(self, recheck: followups.RecheckDTO) -> None:
        self.pass_button.setChecked(recheck.passed is True)
        self.fail_button.setChecked(recheck.passed is False)
        if not self.note.hasFocus():
            self.note.setText(recheck.note)
        self.state.setText(self.tr("Action now: %1").replace("%1", labels.action_status(recheck.action.status)))
