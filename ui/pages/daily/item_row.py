"""One item of a daily checklist: its answer editor, note, photos (by button or drag-and-drop) and what
it still needs (used by ``ChecklistPanel``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from html import escape

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem
from opsdesk.services import daily, runs
from opsdesk.services.attachments import AttachmentDTO
from opsdesk.services.templates import ItemDTO
from ui.errors import problem_text
from ui.style import ICON, MUTED, RED, set_role, set_state
from ui.widgets.answer_editors import editor_for, item_text
from ui.widgets.photo_viewer import PhotoThumb, photo_files

THUMB_PX = 40  # the photos' thumbnails on an item row


def daily_problem_text(problem: FieldProblem) -> str:
    if problem.reason == "in_future":
        return QCoreApplication.translate("DailyPage", "This business day has not started yet.")
    if problem.reason == "before_opening":
        return QCoreApplication.translate("DailyPage", "The store was not open on this day.")
    if problem.reason == "invalid_answer":
        if problem.params.get("type") == "number":
            return QCoreApplication.translate("DailyPage", "Enter a number.")
        return QCoreApplication.translate("DailyPage", "This answer is not valid for the item.")
    return problem_text(problem)


class ItemRow(QWidget):
    """One checklist item: its text, a required marker and the answer control."""

    answered = Signal(str, object)  # item id, new value (None clears the answer)
    noteClicked = Signal(str)
    photoClicked = Signal(str)
    photoFiles = Signal(str, list)  # item id, paths of photos dropped on the row

    def __init__(self, item: ItemDTO, english: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("itemRow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAcceptDrops(True)  # photos dropped on the row are added to the item
        self.value: object = None
        self.failed = False
        self.note = ""
        self.answer: runs.AnswerDTO | None = None  # as saved, with the photos of the row
        self.photos: list[AttachmentDTO] = []
        self.read_only = False
        self.editor = editor_for(item, self, english=english, allow_na=False, compact=True,
                                 clear_on_second_click=True)
        self.editor.answered.connect(lambda value, _na: self.answered.emit(self.item.id, value))
        # the editor's controls, by the names the page and its tests use
        self.pass_button: QPushButton | None = getattr(self.editor, "pass_button", None)
        self.fail_button: QPushButton | None = getattr(self.editor, "fail_button", None)
        self.line_edit: QLineEdit | None = getattr(self.editor, "line_edit", None)
        self.combo: QComboBox | None = getattr(self.editor, "combo", None)

        text = item_text(item, english)
        marker = f' <span style="color:{RED}; font-weight:600;">*</span>' if item.required else ""
        self.label = QLabel(f"{escape(text, quote=False)}{marker}", objectName="itemText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tips = [item.guidance] if item.guidance else []
        if item.required:
            tips.append(self.tr("* Required"))
        self.label.setToolTip("\n".join(tips))
        self.note_label = QLabel(objectName="noteText")
        self.note_label.setWordWrap(True)
        set_role(self.note_label, "hint")
        self.note_label.hide()
        self.error_label = QLabel(objectName="itemError")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.error_label.hide()
        self.thumb_strip = QWidget(objectName="thumbs")
        self.thumb_layout = QHBoxLayout(self.thumb_strip)
        self.thumb_layout.setContentsMargins(0, 2, 0, 0)
        self.thumb_layout.setSpacing(4)
        self.thumb_layout.addStretch(1)
        self.thumb_strip.hide()

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(4)
        controls.addWidget(self.editor, 1 if self.editor.wide() else 0)
        wide = self.editor.wide()
        self.photo_button = QToolButton(objectName="photoButton")
        self.photo_button.setIcon(qta.icon("fa5s.camera", color=ICON))
        self.photo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.photo_button.setAutoRaise(True)
        self.photo_button.clicked.connect(lambda: self.photoClicked.emit(self.item.id))
        self.note_button = QToolButton(objectName="noteButton")
        self.note_button.setIcon(qta.icon("fa5s.comment-alt", color=MUTED))
        self.note_button.setAutoRaise(True)
        self.note_button.setToolTip(self.tr("Add a note"))
        self.note_button.clicked.connect(lambda: self.noteClicked.emit(self.item.id))
        controls.addWidget(self.photo_button)
        controls.addWidget(self.note_button)

        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(1)
        texts.addWidget(self.label)
        texts.addWidget(self.note_label)
        texts.addWidget(self.thumb_strip)
        texts.addWidget(self.error_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(3)
        if wide:  # a text answer gets the whole width under the question
            layout.addLayout(texts)
            layout.addLayout(controls)
        else:
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.addLayout(texts, 1)
            line.addLayout(controls)
            layout.addLayout(line)
        self._update()

    # -- state
    def set_answer(self, answer: runs.AnswerDTO | None, photos: Sequence[AttachmentDTO] | None = None) -> None:
        """Show a saved answer; ``photos`` replaces the row's photos (None keeps them: a saved
        value comes back without its photos)."""
        if photos is not None:
            self.photos = list(photos)
            self._show_thumbs()
        self.answer = replace(answer, photos=tuple(self.photos)) if answer is not None else None
        self.value = answer.value if answer is not None and not answer.na else None
        self.failed = bool(answer and answer.failed)
        self.note = answer.note if answer is not None else ""
        self.editor.show_answer(self.value, False, self.failed)
        self.error_label.hide()
        if self.line_edit is not None:
            set_state(self.line_edit, "invalid", False)
        self._update()

    @property
    def photo_count(self) -> int:
        return len(self.photos)

    def _show_thumbs(self) -> None:
        while self.thumb_layout.count() > 1:  # the stretch stays last
            widget = self.thumb_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for index in range(len(self.photos)):
            self.thumb_layout.insertWidget(index, PhotoThumb(self.photos, index, THUMB_PX, self.thumb_strip))
        self.thumb_strip.setVisible(bool(self.photos))

    def thumbs(self) -> list[PhotoThumb]:
        return [w for i in range(self.thumb_layout.count()) if isinstance(w := self.thumb_layout.itemAt(i).widget(),
                                                                          PhotoThumb)]

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update()

    def set_missing(self, missing: bool) -> None:
        set_state(self, "missing", missing)

    def is_missing(self) -> bool:
        return self.property("missing") == "true"

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.show_error("\n".join(daily_problem_text(p) for p in problems))

    def show_error(self, text: str, *, field: bool = True) -> None:
        """A problem under the item; ``field``: it is the typed answer's (marked as invalid)."""
        self.error_label.setText(text)
        self.error_label.show()
        if self.line_edit is not None and field:
            set_state(self.line_edit, "invalid", True)

    @property
    def answered_now(self) -> bool:
        return self.answer is not None and self.answer.answered

    @property
    def missing_reason(self) -> str | None:
        """What the item still lacks before the checklist can be completed (``daily.missing_reason``)."""
        return daily.missing_reason(self.item, self.answer)

    @property
    def done(self) -> bool:
        """Answered, with the photo the answer requires: what the progress counts."""
        return daily.item_done(self.item, self.answer)

    # -- photos dropped on the row (the same check as the runner's item cards)
    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if not self.read_only and photo_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        files = photo_files(event.mimeData())
        if files and not self.read_only:
            event.acceptProposedAction()
            self.photoFiles.emit(self.item.id, files)
        else:
            event.ignore()

    def _update(self) -> None:
        kind = self.item.answer_type
        if self.editor.read_only != self.read_only:
            self.editor.set_read_only(self.read_only)
        needs_photo = self.item.photo_on_fail and self.failed
        show_photo = kind == "photo" or needs_photo or self.photo_count > 0
        self.photo_button.setVisible(show_photo)
        self.photo_button.setText(str(self.photo_count) if self.photo_count else "")
        self.photo_button.setEnabled(not self.read_only)
        if needs_photo and not self.photo_count:
            self.photo_button.setIcon(qta.icon("fa5s.camera", color=RED))
            self.photo_button.setToolTip(self.tr("A photo of the failure is required"))
        else:
            self.photo_button.setIcon(qta.icon("fa5s.camera", color=ICON))
            self.photo_button.setToolTip(self.tr("Add a photo"))
        self.note_button.setEnabled(not self.read_only)
        self.note_button.setVisible(not self.read_only or bool(self.note))
        self.note_label.setVisible(bool(self.note))
        self.note_label.setText(self.tr("Note: %1").replace("%1", self.note))
