"""Daily checklists (开店检查 / 闭店检查): today's two checklists with one-click answers, and the
history of the last 30 business days with the days whose checklists are missing.

Every answer is saved the moment it is given (services.runs.set_answer); the day's run is started
on the first answer (services.daily.open_checklist), never twice.
"""

from __future__ import annotations

from datetime import UTC, date, timedelta

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, NotFoundError, OpsDeskError, ValidationError
from opsdesk.services import AppContext, daily, runs, templates, workspace
from opsdesk.services.daily import DailyChecklist
from opsdesk.services.templates import ItemDTO
from ui.errors import problem_text, show_error
from ui.widgets.answer_editors import editor_for, interface_is_english, item_text

HISTORY_DAYS = 30
MISSING_SHOWN = 5  # missing items listed by name under the Complete button

GREEN = "#15803d"
RED = "#d93025"
ORANGE = "#b45309"
GREY = "#6b7280"
MISSING_BACKGROUND = "#fde8e8"

PANEL_STYLE = """
QFrame#checklistPanel { background: palette(base); border: 1px solid #d1d5db; border-radius: 6px; }
QPushButton#passButton, QPushButton#failButton { padding: 3px 10px; min-width: 46px; }
QPushButton#passButton:checked { background: #dcfce7; color: #166534; border: 1px solid #16a34a;
                                 border-radius: 3px; font-weight: 600; }
QPushButton#failButton:checked { background: #fee2e2; color: #991b1b; border: 1px solid #dc2626;
                                 border-radius: 3px; font-weight: 600; }
QWidget#itemRow[missing="true"] { background: #fde8e8; }
QPushButton#complete { background: #2563eb; color: white; border: none; border-radius: 4px;
                        padding: 6px 18px; font-weight: 600; }
QPushButton#complete:hover { background: #1d4ed8; }
QLabel#sectionTitle { font-weight: 600; color: #374151; background: #f3f4f6; padding: 4px 6px; }
"""


def weekday_name(day: date) -> str:
    names = (
        QCoreApplication.translate("DailyPage", "Monday"),
        QCoreApplication.translate("DailyPage", "Tuesday"),
        QCoreApplication.translate("DailyPage", "Wednesday"),
        QCoreApplication.translate("DailyPage", "Thursday"),
        QCoreApplication.translate("DailyPage", "Friday"),
        QCoreApplication.translate("DailyPage", "Saturday"),
        QCoreApplication.translate("DailyPage", "Sunday"),
    )
    return names[day.weekday()]


def kind_title(kind: str) -> str:
    if kind == "opening":
        return QCoreApplication.translate("DailyPage", "Opening checklist")
    return QCoreApplication.translate("DailyPage", "Closing checklist")


def run_state_text(state: str) -> str:
    """The state of one checklist of the day as shown on its panel."""
    return {
        "done": QCoreApplication.translate("DailyPage", "Completed"),
        "draft": QCoreApplication.translate("DailyPage", "In progress"),
    }.get(state, QCoreApplication.translate("DailyPage", "Not started"))


def history_state_text(state: str, today: bool) -> str:
    """The state of one checklist in the history: a past day without it is missing."""
    if state == "done":
        return QCoreApplication.translate("DailyPage", "Completed")
    if state == "draft":
        return QCoreApplication.translate("DailyPage", "Not completed")
    if today:
        return QCoreApplication.translate("DailyPage", "Not started")
    return QCoreApplication.translate("DailyPage", "Missing")


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


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


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
        self.label = QLabel(f"{_escape(text)}{marker}", objectName="itemText")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tips = [item.guidance] if item.guidance else []
        if item.required:
            tips.append(self.tr("* Required"))
        self.label.setToolTip("\n".join(tips))
        self.note_label = QLabel(objectName="noteText")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {GREY}; font-size: 12px;")
        self.note_label.hide()
        self.error_label = QLabel(objectName="itemError")
        self.error_label.setStyleSheet(f"color: {RED}; font-size: 12px;")
        self.error_label.hide()

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.setSpacing(4)
        controls.addWidget(self.editor, 1 if self.editor.wide() else 0)
        wide = self.editor.wide()
        self.photo_button = QToolButton(objectName="photoButton")
        self.photo_button.setIcon(qta.icon("fa5s.camera", color="#374151"))
        self.photo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.photo_button.setAutoRaise(True)
        self.photo_button.clicked.connect(lambda: self.photoClicked.emit(self.item.id))
        self.note_button = QToolButton(objectName="noteButton")
        self.note_button.setIcon(qta.icon("fa5s.comment-alt", color="#6b7280"))
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
        self._update()

    def add_photo_count(self) -> None:
        self.photo_count += 1
        self._update()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update()

    def set_missing(self, missing: bool) -> None:
        self.setProperty("missing", "true" if missing else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def is_missing(self) -> bool:
        return self.property("missing") == "true"

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if self.line_edit is not None:
            self.line_edit.setStyleSheet(f"border: 1px solid {RED}; border-radius: 3px;")

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
            self.photo_button.setIcon(qta.icon("fa5s.camera", color="#374151"))
            self.photo_button.setToolTip(self.tr("Add a photo"))
        self.note_button.setEnabled(not self.read_only)
        self.note_button.setVisible(not self.read_only or bool(self.note))
        self.note_label.setVisible(bool(self.note))
        self.note_label.setText(self.tr("Note: %1").replace("%1", self.note))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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

        self.title = QLabel(kind_title(kind), objectName="panelTitle")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.state_label = QLabel(objectName="state")
        self.progress_label = QLabel(objectName="progress")
        self.progress = QProgressBar(objectName="progressBar")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.done_label = QLabel(objectName="completedAt")
        self.done_label.setStyleSheet(f"color: {GREEN}; font-weight: 600;")
        self.done_label.setWordWrap(True)
        self.done_label.hide()
        self.empty_label = QLabel(objectName="emptyNote")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet(f"color: {GREY}; padding: 24px;")
        self.empty_label.hide()

        self.scroll = QScrollArea(objectName="items")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.missing_label = QLabel(objectName="missing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(f"color: {RED};")
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
                    line = QFrame()
                    line.setFrameShape(QFrame.Shape.HLine)
                    line.setStyleSheet("color: #e5e7eb;")
                    column.addWidget(line)
        column.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(content)
        if version is None:
            self.empty_label.setText(self.tr("No %1 template is published. Ask head office to publish one.")
                                     .replace("%1", kind_title(self.kind)))
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
        state = "missing" if self.run is None else ("draft" if self.run.status == "draft" else "done")
        past = self.day is not None and self.day < daily.business_day()
        if state == "missing" and past:  # the day is over and nothing was filled in
            self.state_label.setText(history_state_text(state, today=False))
            colour = RED
        else:
            self.state_label.setText(run_state_text(state))
            colour = {"done": GREEN, "draft": ORANGE}.get(state, GREY)
        self.state_label.setProperty("state", state)
        self.state_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
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
            return run_state_text("done")
        local = run.completed_at.replace(tzinfo=UTC).astimezone()
        when = local.strftime("%H:%M") if local.date() == run.business_date else local.strftime("%Y-%m-%d %H:%M")
        if run.performer_name:
            text = self.tr("Completed at %1 by %2").replace("%1", when).replace("%2", run.performer_name)
        else:
            text = self.tr("Completed at %1").replace("%1", when)
        if daily.business_day(local.replace(tzinfo=None)) > run.business_date:
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
                       .replace("%1", kind_title(self.kind)))
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

    def _closed_elsewhere(self) -> None:
        self.reload()
        self._warn(self.tr("This checklist was completed meanwhile; it is shown as saved."))

    def save_answer(self, item_id: str, value: object) -> None:
        row = self.rows[item_id]
        run = self._ensure_run()
        if run is None:
            return
        try:
            result = runs.set_answer(self.ctx, run.id, item_id, value)
        except ValidationError as exc:
            row.show_error("\n".join(daily_problem_text(p) for p in exc.problems))
            return
        except runs.RunClosedError:
            self._closed_elsewhere()
            return
        except OpsDeskError as exc:
            show_error(self, exc)
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
        try:
            answer = runs.set_note(self.ctx, run.id, item_id, text)
        except runs.RunClosedError:
            self._closed_elsewhere()
            return
        except ValidationError as exc:
            row.show_error("\n".join(daily_problem_text(p) for p in exc.problems))
            return
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        row.set_answer(answer)

    def add_photo(self, item_id: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a photo"), "",
                                                    self.tr("Pictures (*.jpg *.jpeg *.png *.webp)"))
        if not path:
            return
        run = self._ensure_run()
        if run is None:
            return
        try:
            runs.add_photo(self.ctx, run.id, item_id, path)
        except runs.RunClosedError:
            self._closed_elsewhere()
            return
        except OpsDeskError as exc:
            show_error(self, exc)
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
        try:
            runs.complete(self.ctx, self.run.id)
        except ValidationError as exc:
            self._show_missing(exc.problems)
            return
        except runs.RunClosedError:
            self._closed_elsewhere()
            return
        except OpsDeskError as exc:
            show_error(self, exc)
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


class DailyPage(QWidget):
    """The store's opening and closing checklists of a business day, and the last 30 days."""

    SHOWS = frozenset({"checklist_run", "answer", "store", "template_version"})  # refreshed when changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stores = []
        self._follow_today = True
        self._today = daily.business_day()
        self.history_rows: list[daily.DayStatus] = []

        title = QLabel(self.tr("Daily checklists"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.store_combo = QComboBox(objectName="store")
        self.store_combo.setMinimumWidth(220)
        self.store_combo.currentIndexChanged.connect(lambda _i: self._store_changed())
        self.store_label = QLabel(objectName="storeName")
        self.store_label.setStyleSheet("font-weight: 600;")
        self.prev_button = QToolButton(objectName="previousDay")
        self.prev_button.setIcon(qta.icon("fa5s.chevron-left", color="#374151"))
        self.prev_button.setToolTip(self.tr("Previous day (Ctrl+Left)"))
        self.prev_button.clicked.connect(lambda: self.shift_day(-1))
        self.next_button = QToolButton(objectName="nextDay")
        self.next_button.setIcon(qta.icon("fa5s.chevron-right", color="#374151"))
        self.next_button.setToolTip(self.tr("Next day (Ctrl+Right)"))
        self.next_button.clicked.connect(lambda: self.shift_day(1))
        self.day_edit = QDateEdit(objectName="day")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(_qdate(self._today))
        self.day_edit.dateChanged.connect(lambda _d: self._day_changed())
        self.weekday_label = QLabel(objectName="weekday")
        self.today_button = QPushButton(self.tr("Today"), objectName="today")
        self.today_button.clicked.connect(self.go_today)
        self.compliance_label = QLabel(objectName="compliance")
        self.compliance_label.setStyleSheet("font-weight: 600;")
        QShortcut(QKeySequence("Ctrl+Left"), self, activated=lambda: self.shift_day(-1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+Right"), self, activated=lambda: self.shift_day(1),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(16)
        head.addWidget(self.store_combo)
        head.addWidget(self.store_label)
        head.addSpacing(16)
        head.addWidget(QLabel(self.tr("Business day")))
        head.addWidget(self.prev_button)
        head.addWidget(self.day_edit)
        head.addWidget(self.next_button)
        head.addWidget(self.weekday_label)
        head.addWidget(self.today_button)
        head.addStretch(1)
        head.addWidget(self.compliance_label)
        from ui.widgets.reports import ExportButton

        self.pdf_button = ExportButton(ctx, self._build_report,
                                       lambda: f"开闭店检查_{self.day().isoformat()}.pdf", self)
        head.addWidget(self.pdf_button)

        self.opening = ChecklistPanel(ctx, "opening")
        self.closing = ChecklistPanel(ctx, "closing")
        panels = QWidget(objectName="checklists")
        panels.setStyleSheet(PANEL_STYLE)
        columns = QHBoxLayout(panels)
        columns.setContentsMargins(0, 6, 0, 0)
        columns.addWidget(self.opening, 1)
        columns.addWidget(self.closing, 1)
        for panel in (self.opening, self.closing):
            panel.runStarted.connect(lambda _k: self.load_history())
            panel.completed.connect(lambda _k: self.load_history())

        self.history_summary = QLabel(objectName="historySummary")
        self.history_summary.setWordWrap(True)
        self.history_table = QTableWidget(0, 3, objectName="history")
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Business day"), kind_title("opening"), kind_title("closing")])
        self.history_table.verticalHeader().hide()
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.verticalHeader().setDefaultSectionSize(26)
        header = self.history_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.history_table.setColumnWidth(0, 180)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.history_table.setColumnWidth(1, 160)
        self.history_table.setColumnWidth(2, 160)
        self.history_table.setMaximumWidth(540)
        self.history_table.doubleClicked.connect(lambda index: self.open_history_row(index.row()))
        hint = QLabel(self.tr("Double-click a day to open its checklists."))
        hint.setStyleSheet(f"color: {GREY};")
        history = QWidget(objectName="historyTab")
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.history_summary)
        history_layout.addWidget(self.history_table, 1)
        history_layout.addWidget(hint)

        self.tabs = QTabWidget(objectName="tabs")
        self.tabs.addTab(panels, qta.icon("fa5s.tasks", color="#374151"), self.tr("Checklists"))
        self.tabs.addTab(history, qta.icon("fa5s.history", color="#374151"),
                         self.tr("Last %1 days").replace("%1", str(HISTORY_DAYS)))

        self.no_store_label = QLabel(self.tr("You are not assigned to any open store, so there are no daily "
                                             "checklists to fill. Ask head office to assign your store."),
                                     objectName="noStore")
        self.no_store_label.setWordWrap(True)
        self.no_store_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_store_label.setStyleSheet(f"color: {GREY}; padding: 40px;")
        self.no_store_label.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.no_store_label)
        layout.addWidget(self.tabs, 1)

    def _build_report(self):  # noqa: ANN202
        from opsdesk.reports.daily import build_daily

        ctx, store_id, day = self.ctx, self.store_id(), self.day()
        return lambda path: build_daily(ctx, store_id, day, path)

    # -- state
    def store_id(self) -> str | None:
        return self.store_combo.currentData()

    def day(self) -> date:
        return _pydate(self.day_edit.date())

    def current_store(self):  # noqa: ANN201
        return next((s for s in self.stores if s.id == self.store_id()), None)

    # -- loading
    def refresh(self) -> None:
        """Reload the user's stores, then the day and the history (the page was shown or the user changed)."""
        today = daily.business_day()
        self._today = today
        user = workspace.current_user(self.ctx)
        user_id = user.id if user else self.ctx.user_id
        self.stores = daily.stores_for_user(self.ctx, user_id)
        keep = self.store_id()
        self.store_combo.blockSignals(True)
        self.store_combo.clear()
        for s in self.stores:
            self.store_combo.addItem(f"{s.code}  {s.name}", s.id)
        index = self.store_combo.findData(keep)
        self.store_combo.setCurrentIndex(index if index >= 0 else (0 if self.stores else -1))
        self.store_combo.blockSignals(False)
        has_stores = bool(self.stores)
        self.no_store_label.setVisible(not has_stores)
        self.tabs.setVisible(has_stores)
        for w in (self.prev_button, self.next_button, self.day_edit, self.today_button):
            w.setEnabled(has_stores)
        self.store_combo.setVisible(len(self.stores) > 1)
        self.store_label.setVisible(len(self.stores) == 1)
        if len(self.stores) == 1:
            self.store_label.setText(f"{self.stores[0].code}  {self.stores[0].name}")
        if not has_stores:
            self.compliance_label.clear()
            return
        self._apply_day_limits(today if self._follow_today else None)
        self.load_day()
        self.load_history()

    def _apply_day_limits(self, move_to: date | None = None) -> None:
        store = self.current_store()
        self.day_edit.blockSignals(True)
        if store is not None and store.opened_on is not None:
            self.day_edit.setMinimumDate(_qdate(min(store.opened_on, self._today)))
        else:
            self.day_edit.clearMinimumDate()
        self.day_edit.setMaximumDate(_qdate(self._today))
        if move_to is not None:
            self.day_edit.setDate(_qdate(move_to))
        self.day_edit.blockSignals(False)
        self._update_day_buttons()

    def _update_day_buttons(self) -> None:
        day = self.day()
        self.weekday_label.setText(weekday_name(day))
        self.next_button.setEnabled(day < self._today)
        self.prev_button.setEnabled(self.day_edit.date() > self.day_edit.minimumDate())
        self.today_button.setEnabled(day != self._today)

    def load_day(self) -> None:
        store_id = self.store_id()
        if store_id is None:
            return
        day = self.day()
        try:
            checklists = daily.day_checklists(self.ctx, store_id, day)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.opening.load(store_id, day, checklists.opening)
        self.closing.load(store_id, day, checklists.closing)
        self._update_day_buttons()

    def load_history(self) -> None:
        store_id = self.store_id()
        if store_id is None:
            return
        start = self._today - timedelta(days=HISTORY_DAYS - 1)
        try:
            rows = daily.history(self.ctx, store_id, start, self._today)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.history_rows = list(reversed(rows))  # newest first
        table = self.history_table
        table.setRowCount(len(self.history_rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, status in enumerate(self.history_rows):
            today = status.day == self._today
            label = f"{status.day.isoformat()}  {weekday_name(status.day)}"
            if today:
                label += "  " + self.tr("(today)")
            day_item = QTableWidgetItem(label)
            day_item.setData(Qt.ItemDataRole.UserRole, status.day.isoformat())
            table.setItem(r, 0, day_item)
            for column, kind in ((1, "opening"), (2, "closing")):
                state = status.state(kind)
                item = QTableWidgetItem(history_state_text(state, today))
                item.setData(Qt.ItemDataRole.UserRole, state)
                item.setData(Qt.ItemDataRole.UserRole + 1, status.run_id(kind))
                if state == "done":
                    item.setForeground(QBrush(QColor(GREEN)))
                elif state == "draft":
                    item.setForeground(QBrush(QColor(ORANGE if today else RED)))
                elif today:
                    item.setForeground(QBrush(QColor(GREY)))
                else:
                    item.setForeground(QBrush(QColor(RED)))
                    item.setBackground(QBrush(QColor(MISSING_BACKGROUND)))
                    item.setFont(bold)
                table.setItem(r, column, item)
            if not status.complete and not today:
                day_item.setForeground(QBrush(QColor(RED)))
        # Today is still going on: it is listed, but the rate counts the finished days only.
        finished = [s for s in rows if s.day < self._today]
        rate = daily.compliance_of(finished)
        gaps = rate.days_open - rate.days_complete
        if rate.percent is None:
            self.compliance_label.setText(self.tr("Completion rate: no finished business day yet"))
            self.history_summary.setText(self.tr("The store has no finished business day in the last %1 days.")
                                         .replace("%1", str(HISTORY_DAYS)))
        else:
            pct = f"{rate.percent:.1f}".rstrip("0").rstrip(".")
            self.compliance_label.setText(self.tr("Completion rate (last %1 days): %2%")
                                          .replace("%1", str(HISTORY_DAYS)).replace("%2", pct))
            colour = GREEN if rate.days_complete == rate.days_open else (ORANGE if rate.percent >= 80 else RED)
            self.compliance_label.setStyleSheet(f"font-weight: 600; color: {colour};")
            summary = self.tr("Both checklists completed on %1 of %2 finished business days (%3%).") \
                .replace("%1", str(rate.days_complete)).replace("%2", str(rate.days_open)).replace("%3", pct)
            if gaps:
                summary += " " + self.tr("%n day(s) with a missing or unfinished checklist.", "", gaps)
            self.history_summary.setText(summary)

    # -- navigation
    def _store_changed(self) -> None:
        if self.store_id() is None:
            return
        self._apply_day_limits()
        self.load_day()
        self.load_history()

    def _day_changed(self) -> None:
        self._follow_today = self.day() == self._today
        self.load_day()

    def shift_day(self, days: int) -> None:
        if not self.day_edit.isEnabled():
            return
        self.set_day(self.day() + timedelta(days=days))

    def set_day(self, day: date) -> None:
        """Show the checklists of ``day`` (kept within the store's opening date and today)."""
        self.day_edit.setDate(_qdate(day))  # QDateEdit clamps to its range

    def go_today(self) -> None:
        self.set_day(self._today)

    def open_history_row(self, row: int) -> None:
        if 0 <= row < len(self.history_rows):
            self.set_day(self.history_rows[row].day)
            self.tabs.setCurrentIndex(0)
