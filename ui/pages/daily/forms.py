"""The daily checklists' forms: a checklist of the day (``ChecklistPanel``: items with one-click
answers, progress, Complete) and its item rows (``ItemRow``).

Every answer is saved the moment it is given (services.runs.set_answer); the day's run is started
on the first answer (services.daily.open_checklist), never twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, NotFoundError, OpsDeskError, ValidationError
from opsdesk.services import AppContext, daily, runs, templates
from opsdesk.services.daily import DailyChecklist
from opsdesk.services.templates import ItemDTO
from ui import labels
from ui.errors import problem_text, show_error
from ui.pages.daily.controller import (
    MISSING_SHOWN,
    completed_when,
    local_naive,
    panel_state,
    panel_tone,
)
from ui.style import ICON, MUTED, RED, set_role, set_state
from ui.widgets.answer_editors import editor_for, interface_is_english, item_text


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

    def __init__(self, item: ItemDTO, english: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("itemRow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.value: object = None
        self.failed = False
        self.note = ""
        self.photo_count = 0
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
        set_role(self.error_label, "error")
        self.error_label.hide()

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
    def set_answer(self, answer: runs.AnswerDTO | None, photos: int | None = None) -> None:
        self.value = answer.value if answer is not None and not answer.na else None
        self.failed = bool(answer and answer.failed)
        self.note = answer.note if answer is not None else ""
        if photos is not None:
            self.photo_count = photos
        self.editor.show_answer(self.value, False, self.failed)
        self.error_label.hide()
        if self.line_edit is not None:
            set_state(self.line_edit, "invalid", False)
        self._update()

    def add_photo_count(self) -> None:
        self.photo_count += 1
        self._update()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update()

    def set_missing(self, missing: bool) -> None:
        set_state(self, "missing", missing)

    def is_missing(self) -> bool:
        return self.property("missing") == "true"

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.show_error("\n".join(daily_problem_text(p) for p in problems))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if self.line_edit is not None:
            set_state(self.line_edit, "invalid", True)

    @property
    def answered_now(self) -> bool:
        if self.item.answer_type == "photo":
            return self.photo_count > 0
        return not (self.value is None or (isinstance(self.value, str) and not self.value.strip()))

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




class ChecklistPanel(QFrame):
    """One of the day's two checklists: items with one-click answers, progress, Complete."""

    runStarted = Signal(str)  # kind
    completed = Signal(str)  # kind

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.setObjectName("checklistPanel")
        self.store_id: str | None = None
        self.day: date | None = None
        self.checklist: DailyChecklist | None = None
        self.run: runs.RunSummaryDTO | None = None
        self.rows: dict[str, ItemRow] = {}

        self.title = QLabel(labels.run_type(kind), objectName="panelTitle")
        self.state_label = QLabel(objectName="state")
        self.progress_label = QLabel(objectName="progress")
        self.progress = QProgressBar(objectName="progressBar")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.done_label = QLabel(objectName="completedAt")
        set_role(self.done_label, "ok")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.empty_label = QLabel(objectName="emptyNote")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty_label, "muted")
        self.empty_label.hide()

        self.scroll = QScrollArea(objectName="items")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.missing_label = QLabel(objectName="missing")
        self.missing_label.setWordWrap(True)
        set_role(self.missing_label, "error")
        self.missing_label.hide()
        self.complete_button = QPushButton(qta.icon("fa5s.check-circle", color="white"), self.tr("Complete"),
                                           objectName="complete")
        self.complete_button.setToolTip(self.tr("Close the checklist; it cannot be changed afterwards"))
        self.complete_button.clicked.connect(self.complete)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.state_label)
        progress_line = QHBoxLayout()
        progress_line.addWidget(self.progress_label)
        progress_line.addWidget(self.progress, 1)
        self.complete_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.missing_label, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addLayout(progress_line)
        layout.addWidget(self.done_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)

    # -- loading
    def load(self, store_id: str, day: date, checklist: DailyChecklist) -> None:
        self.store_id, self.day, self.checklist, self.run = store_id, day, checklist, checklist.run
        self.rows = {}
        self.missing_label.hide()
        content = QWidget(objectName="itemList")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(0)
        version = checklist.version
        english = interface_is_english()
        if version is not None:
            self.title.setToolTip(self.tr("%1, version %2").replace("%1", version.title_en if english and
                                                                     version.title_en else version.title)
                                  .replace("%2", str(version.number)))
            for section in version.sections:
                heading = QLabel((section.title_en or section.title) if english else section.title,
                                 objectName="sectionTitle")
                column.addWidget(heading)
                for item in section.items:
                    row = ItemRow(item, english)
                    answer = checklist.answers.get(item.id)
                    row.set_answer(answer, len(answer.photos) if answer else 0)
                    row.answered.connect(self.save_answer)
                    row.noteClicked.connect(self.edit_note)
                    row.photoClicked.connect(self.add_photo)
                    self.rows[item.id] = row
                    column.addWidget(row)
                    line = QFrame(objectName="itemLine")
                    line.setFrameShape(QFrame.Shape.HLine)
                    column.addWidget(line)
        column.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(content)
        if version is None:
            self.empty_label.setText(self.tr("No %1 template is published. Ask head office to publish one.")
                                     .replace("%1", labels.run_type(self.kind)))
        self.empty_label.setVisible(version is None)
        self.scroll.setVisible(version is not None)
        self._update_state()

    def _update_state(self) -> None:
        checklist = self.checklist
        read_only = self.run is not None and self.run.status != "draft"
        total = len(self.rows)
        answered = sum(1 for r in self.rows.values() if r.answered_now)
        self.progress_label.setText(self.tr("Answered %1/%2").replace("%1", str(answered)).replace("%2", str(total)))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(answered)
        state = panel_state(self.run.status if self.run is not None else None)
        past = self.day is not None and self.day < daily.business_day()
        if state == "missing" and past:  # the day is over and nothing was filled in
            self.state_label.setText(labels.daily_history_state(state, today=False))
        else:
            self.state_label.setText(labels.daily_state(state))
        self.state_label.setProperty("state", state)
        set_role(self.state_label, panel_tone(state, past))
        for row in self.rows.values():
            row.set_read_only(read_only)
        available = checklist is not None and checklist.available
        self.complete_button.setVisible(available and not read_only)
        self.progress.setVisible(available)
        self.progress_label.setVisible(available)
        if read_only and self.run is not None:
            self.done_label.setText(self._completed_text(self.run))
            self.done_label.show()
        else:
            self.done_label.hide()

    def _completed_text(self, run: runs.RunSummaryDTO) -> str:
        if run.completed_at is None:
            return labels.daily_state("done")
        when = completed_when(run.completed_at, run.business_date)
        if run.performer_name:
            text = self.tr("Completed at %1 by %2").replace("%1", when).replace("%2", run.performer_name)
        else:
            text = self.tr("Completed at %1").replace("%1", when)
        if daily.business_day(local_naive(run.completed_at)) > run.business_date:
            text += " · " + self.tr("filled in after the business day")
        return text

    def is_read_only(self) -> bool:
        return self.run is not None and self.run.status != "draft"

    # -- writing
    def _ensure_run(self) -> runs.RunSummaryDTO | None:
        if self.run is not None:
            return self.run
        if self.store_id is None or self.day is None:
            return None
        try:
            self.run = daily.open_checklist(self.ctx, self.store_id, self.kind, self.day)
        except ValidationError as exc:
            self._warn("\n".join(daily_problem_text(p) for p in exc.problems))
            return None
        except templates.NothingPublishedError:
            self._warn(self.tr("No %1 template is published. Ask head office to publish one.")
                       .replace("%1", labels.run_type(self.kind)))
            return None
        except OpsDeskError as exc:
            show_error(self, exc)
            return None
        self.runStarted.emit(self.kind)
        if self.run.status != "draft":  # someone else completed it meanwhile
            self.reload()
            return None
        return self.run

    def _warn(self, text: str) -> None:
        self.missing_label.setText(text)
        self.missing_label.show()

    def _service(self, call: Callable[[], object],
                 on_invalid: Callable[[list[FieldProblem]], None] | None) -> object | None:
        """A service call's result, or None once its failure is shown: problems by ``on_invalid``,
        a run closed elsewhere (signed or completed on another screen) by reloading, others as a message."""
        try:
            return call()
        except ValidationError as exc:
            if on_invalid is None:
                show_error(self, exc)
            else:
                on_invalid(exc.problems)
        except runs.RunClosedError:
            self._closed_elsewhere()
        except OpsDeskError as exc:
            show_error(self, exc)
        return None

    def _closed_elsewhere(self) -> None:
        self.reload()
        self._warn(self.tr("This checklist was completed meanwhile; it is shown as saved."))

    def save_answer(self, item_id: str, value: object) -> None:
        row = self.rows[item_id]
        run = self._ensure_run()
        if run is None:
            return
        result = self._service(lambda: runs.set_answer(self.ctx, run.id, item_id, value), row.show_problems)
        if result is None:
            return
        row.set_answer(result.answer)
        if row.answered_now and row.is_missing() and not (row.item.photo_on_fail and row.failed
                                                          and not row.photo_count):
            row.set_missing(False)
        self._update_state()

    def edit_note(self, item_id: str) -> None:
        row = self.rows[item_id]
        question = item_text(row.item)
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Note"), question, row.note)
        if not ok or text == row.note:
            return
        run = self._ensure_run()
        if run is None:
            return
        answer = self._service(lambda: runs.set_note(self.ctx, run.id, item_id, text), row.show_problems)
        if answer is not None:
            row.set_answer(answer)

    def add_photo(self, item_id: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a photo"), "",
                                                    self.tr("Pictures (*.jpg *.jpeg *.png *.webp)"))
        if not path:
            return
        run = self._ensure_run()
        if run is None:
            return
        if self._service(lambda: runs.add_photo(self.ctx, run.id, item_id, path), None) is None:
            return
        row = self.rows[item_id]
        row.add_photo_count()
        if row.is_missing() and row.answered_now:
            row.set_missing(False)
        self._update_state()

    def complete(self) -> None:
        if self.checklist is None or not self.checklist.available:
            return
        for row in self.rows.values():
            row.set_missing(False)
        if self.run is None:  # nothing answered yet: list what is required without starting the run
            problems = [FieldProblem(i.id, "required", {"key": i.key, "text": i.text})
                        for i in self.checklist.version.items() if i.required]
            if problems:
                self._show_missing(problems)
                return
            if self._ensure_run() is None:
                return
        if self._service(lambda: runs.complete(self.ctx, self.run.id), self._show_missing) is None:
            return
        self.reload()
        self.completed.emit(self.kind)

    def _show_missing(self, problems: list[FieldProblem]) -> None:
        english = interface_is_english()
        lines = []
        first: ItemRow | None = None
        for p in problems:
            row = self.rows.get(p.field)
            if row is not None:
                row.set_missing(True)
                first = first or row
                text = item_text(row.item, english)
            else:
                text = str(p.params.get("text", p.field))
            if p.reason == "photo_required":
                lines.append(self.tr("%1 — needs a photo of the failure").replace("%1", text))
            elif p.reason == "required":
                lines.append(self.tr("%1 — not answered").replace("%1", text))
            else:
                lines.append(f"{text} — {daily_problem_text(p)}")
        shown = [f"• {line}" for line in lines[:MISSING_SHOWN]]
        if len(lines) > MISSING_SHOWN:
            shown.append(self.tr("… and %n more item(s)", "", len(lines) - MISSING_SHOWN))
        self.missing_label.setText(self.tr("Cannot complete yet:") + "\n" + "\n".join(shown))
        self.missing_label.show()
        if first is not None:
            self.scroll.ensureWidgetVisible(first)

    def reload(self) -> None:
        if self.store_id is None or self.day is None:
            return
        try:
            day = daily.day_checklists(self.ctx, self.store_id, self.day)
        except NotFoundError as exc:
            show_error(self, exc)
            return
        self.load(self.store_id, self.day, day.checklist(self.kind))

    def missing_items(self) -> list[str]:
        """Ids of the items marked as missing (for tests and keyboard users)."""
        return [item_id for item_id, row in self.rows.items() if row.is_missing()]

