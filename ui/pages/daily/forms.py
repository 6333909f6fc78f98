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
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import (
    FieldProblem,
    ImageTooLargeError,
    NotAnImageError,
    NotFoundError,
    OpsDeskError,
    ValidationError,
)
from opsdesk.services import AppContext, daily, runs, templates
from opsdesk.services.daily import DailyChecklist
from ui import labels
from ui.errors import describe, show_error
from ui.pages.daily.controller import (
    MISSING_SHOWN,
    completed_when,
    local_naive,
    panel_state,
    panel_tone,
)
from ui.pages.daily.item_row import ItemRow, daily_problem_text
from ui.style import set_role
from ui.widgets.answer_editors import (
    interface_is_english,
    item_text,
    range_text,
)


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
        self._refused = False  # Complete was refused: list everything missing until the next load

        self.title = QLabel(labels.run_type(kind), objectName="panelTitle")
        self.state_label = QLabel(objectName="state")
        self.progress_label = QLabel(objectName="progress")
        self.progress = QProgressBar(objectName="progressBar")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        progress_tip = self.tr("An item is done once it is answered and has the photo its answer requires.")
        self.progress.setToolTip(progress_tip)
        self.progress_label.setToolTip(progress_tip)
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
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                   | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.missing_label.linkActivated.connect(self._link)  # "item:<id>": jump to the item
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
        self._refused = False
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
                    row.set_answer(answer, answer.photos if answer else ())
                    row.answered.connect(self.save_answer)
                    row.noteClicked.connect(self.edit_note)
                    row.photoClicked.connect(self.add_photo)
                    row.photoFiles.connect(self.add_photos)
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
        done = sum(1 for r in self.rows.values() if r.done)
        self.progress_label.setText(self.tr("Done %1/%2").replace("%1", str(done)).replace("%2", str(total)))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
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
        self._show_what_is_missing(read_only)

    # -- what stops completing, said as it changes
    def missing_now(self) -> list[tuple[str, str]]:
        """(item id, reason) of the items that stop completing now, in the checklist's order."""
        return [(item_id, reason) for item_id, row in self.rows.items() if (reason := row.missing_reason)]

    def _show_what_is_missing(self, read_only: bool) -> None:
        """Under the items: the failures still needing a photo (as soon as there are some), and after a
        refused Complete everything missing; each item is a link to it. Hidden once completed."""
        if read_only:
            self._refused = False
        missing = [] if read_only else self.missing_now()
        shown = missing if self._refused else [(i, r) for i, r in missing if r == "photo_required"]
        self.complete_button.setToolTip(
            self.tr("Close the checklist; it cannot be changed afterwards") if not missing else
            self.tr("Complete is refused until every required item is answered and every failure "
                    "that needs a photo has one."))
        if self._refused:
            for row in self.rows.values():
                row.set_missing(row.missing_reason is not None)
        if not shown:
            self._refused = False
            if self.missing_label.textFormat() != Qt.TextFormat.PlainText:  # a warning stays until the next load
                self.missing_label.hide()
            return
        self._render_missing([FieldProblem(i, r) for i, r in shown], refused=self._refused)

    def _render_missing(self, problems: list[FieldProblem], refused: bool) -> None:
        english = interface_is_english()
        photos = [p for p in problems if p.reason == "photo_required"]
        required = [p for p in problems if p.reason == "required"]
        others = [p for p in problems if p.reason not in ("photo_required", "required")]
        lines = []
        if photos:
            lines.append(self.tr("%n item(s) need a photo:", "", len(photos)) + " " + self._links(photos, english))
        if required:
            lines.append(self.tr("%n required item(s) not answered:", "", len(required)) + " "
                         + self._links(required, english))
        for p in others:
            lines.append(escape(f"{self._problem_item_text(p, english)} — {daily_problem_text(p)}", quote=False))
        head = [escape(self.tr("Cannot complete yet:"), quote=False)] if refused else []
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_label.setText("<br>".join(head + lines))
        set_role(self.missing_label, "error")
        self.missing_label.show()

    def _problem_item_text(self, problem: FieldProblem, english: bool) -> str:
        row = self.rows.get(problem.field)
        return item_text(row.item, english) if row is not None else str(problem.params.get("text", problem.field))

    def _links(self, problems: list[FieldProblem], english: bool) -> str:
        shown = [f'<a href="item:{escape(p.field)}">{escape(self._problem_item_text(p, english), quote=False)}</a>'
                 for p in problems[:MISSING_SHOWN]]
        text = self.tr(", ").join(shown)
        if len(problems) > MISSING_SHOWN:
            text += " " + escape(self.tr("… and %n more item(s)", "", len(problems) - MISSING_SHOWN), quote=False)
        return text

    def _link(self, href: str) -> None:
        if href.startswith("item:"):
            self.jump_to(href.removeprefix("item:"))

    def jump_to(self, item_id: str) -> None:
        """Scroll to an item and put the focus on what it lacks (its photo button, else its answer)."""
        row = self.rows.get(item_id)
        if row is None:
            return
        self.scroll.ensureWidgetVisible(row, 0, 40)
        row.set_missing(row.missing_reason is not None)
        target = row.photo_button if row.missing_reason == "photo_required" else None
        if target is None or not target.isVisible():
            target = next((w for w in row.editor.findChildren(QWidget)
                           if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus),
                          row.photo_button)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_label.setText(text)
        set_role(self.missing_label, "error")
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

    def save_answer(self, item_id: str, value: object, allow_out_of_range: bool = False) -> None:
        row = self.rows[item_id]
        run = self._ensure_run()
        if run is None:
            return
        confirmed = []

        def refused(problems: list[FieldProblem]) -> None:
            if (not allow_out_of_range and any(p.reason == "out_of_range" for p in problems)
                    and self._confirm_out_of_range(row, value)):
                confirmed.append(True)
                return
            row.show_problems(problems)

        result = self._service(lambda: runs.set_answer(self.ctx, run.id, item_id, value,
                                                       allow_out_of_range=allow_out_of_range), refused)
        if confirmed:
            self.save_answer(item_id, value, allow_out_of_range=True)
            return
        if result is None:
            return
        row.set_answer(result.answer)
        if row.is_missing() and row.missing_reason is None:
            row.set_missing(False)
        self._update_state()

    def _confirm_out_of_range(self, row: ItemRow, value: object) -> bool:
        """A number outside its item's range is kept only when the person confirms it."""
        text = self.tr("%1 is outside the expected range %2 of \"%3\".\n\nKeep it anyway? It counts as failed.") \
            .replace("%1", str(value)).replace("%2", range_text(row.item)).replace("%3", item_text(row.item))
        return QMessageBox.question(
            self, self.tr("Out of range"), text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

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
        if path:
            self.add_photos(item_id, [path])

    def add_photos(self, item_id: str, files: list[str]) -> None:
        """Add photos (chosen or dropped) to an item. The day's run is started by the first photo
        taken, never by a refused one; refused files are named under the item."""
        row = self.rows.get(item_id)
        if row is None or self.store_id is None or self.day is None or self.is_read_only():
            return
        started = self.run is None
        added, refused = 0, []
        for name in files:
            try:
                self.run, _photo = daily.add_photo(self.ctx, self.store_id, self.kind, self.day, item_id, name)
            except (NotAnImageError, ImageTooLargeError) as exc:
                refused.append(describe(exc))
                continue
            except ValidationError as exc:
                self._warn("\n".join(daily_problem_text(p) for p in exc.problems))
                return
            except templates.NothingPublishedError:
                self._warn(self.tr("No %1 template is published. Ask head office to publish one.")
                           .replace("%1", labels.run_type(self.kind)))
                return
            except runs.RunClosedError:
                self._closed_elsewhere()
                return
            except OpsDeskError as exc:
                show_error(self, exc)
                break
            added += 1
        if added:
            if started:
                self.runStarted.emit(self.kind)
            answer = runs.get_run(self.ctx, self.run.id).answer(item_id)
            row.set_answer(answer, answer.photos if answer is not None else ())
            if row.is_missing() and row.missing_reason is None:
                row.set_missing(False)
            self._update_state()
        if refused:
            row.show_error("\n".join(refused), field=False)

    def complete(self) -> None:
        if self.checklist is None or not self.checklist.available:
            return
        for row in self.rows.values():
            row.set_missing(False)
        self._refused = False
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
        """Complete was refused: mark the items, say what each lacks, scroll to the first."""
        self._refused = True
        first: ItemRow | None = None
        for p in problems:
            row = self.rows.get(p.field)
            if row is not None:
                row.set_missing(True)
                first = first or row
        self._render_missing(problems, refused=True)
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

