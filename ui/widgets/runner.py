"""The checklist runner: answer a run item by item, by keyboard or mouse; every answer is saved at once.

Keys (on the current item): P pass / yes, F fail / no, N not applicable, 0-9 a rating or
option, J or Alt+Down next item, K or Alt+Up previous item, Ctrl+PgDown / Ctrl+PgUp next /
previous section, Ctrl+V paste a photo, Ctrl+Return complete. While a text field has the focus,
letters and digits type into it instead.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import NotAnImageError, OpsDeskError, ValidationError
from opsdesk.scoring import FAIL_GRADE, RunScore
from opsdesk.services import followups, runs
from opsdesk.services.context import AppContext
from opsdesk.services.templates import ItemDTO
from ui import labels
from ui.errors import describe, problem_text, show_error
from ui.style import MUTED, RED, set_role, set_state
from ui.widgets.answer_editors import editor_for, interface_is_english, item_text

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff"
# An item card (QFrame#itemCard) looks current or failed through its states (ui.style).


def grade_text(grade: str) -> str:
    if grade == FAIL_GRADE:
        return QCoreApplication.translate("Runner", "Fail (veto)")
    return grade or "—"


def score_text(score: RunScore) -> str:
    if score.percent is None:
        return QCoreApplication.translate("Runner", "No score yet")
    return QCoreApplication.translate("Runner", "Score %1 / %2 · %3% · grade %4").replace(
        "%1", str(score.points)).replace("%2", str(score.max)).replace("%3", str(score.percent)).replace(
        "%4", grade_text(score.grade))


class ItemCard(QFrame):
    """One item: its question, the answer controls for its type, note, photos."""

    answered = Signal(str, object, bool)  # item id, value, na
    noteChanged = Signal(str, str)
    photoFiles = Signal(str, list)  # item id, file paths
    photoRemoved = Signal(str, str)  # item id, link id
    focused = Signal(str)

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
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("Note"))
        self.note.editingFinished.connect(self._note_done)
        self._saved_note = ""
        self.photos = QHBoxLayout()
        self.add_photo = QPushButton(self.tr("Add photo..."), objectName="addPhoto")
        self.add_photo.clicked.connect(self.choose_photos)
        self.photos.addWidget(self.add_photo)
        self.photos.addStretch(1)
        layout.addWidget(self.note)
        layout.addLayout(self.photos)
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
        if answer is not None and not self.note.hasFocus():
            self.note.setText(answer.note)
            self._saved_note = answer.note
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
        for photo in photos:
            thumb = QLabel()
            thumb.setObjectName("thumb")
            pixmap = QPixmap(str(photo.thumbnail))
            if not pixmap.isNull():
                thumb.setPixmap(pixmap.scaled(72, 72, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
            thumb.setToolTip(photo.original_name)
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

    def _note_done(self) -> None:
        if self.note.text() != self._saved_note:
            self._saved_note = self.note.text()
            self.noteChanged.emit(self.item.id, self.note.text())

    def choose_photos(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images (%1)").replace("%1", IMAGE_FILTER))
        if files:
            self.photoFiles.emit(self.item.id, files)

    # -- drag and drop, focus
    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.photoFiles.emit(self.item.id, files)
            event.acceptProposedAction()

    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802
        self.focused.emit(self.item.id)
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.item.id)
        return False


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


class RunnerDialog(QDialog):
    """Fill one run. Answers are saved as they are given; closing loses nothing."""

    def __init__(self, ctx: AppContext, run_id: str, parent: QWidget | None = None,
                 on_change: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_id = run_id
        self.on_change = on_change
        self.detail = runs.get_run(ctx, run_id)
        self.version = self.detail.version
        self.cards: dict[str, ItemCard] = {}
        self.order: list[str] = [i.id for i in self.version.items()]
        self.current_id: str | None = None
        self.completed = False
        run = self.detail.run
        self.setWindowTitle(self.tr("%1 · %2").replace("%1", run.template_title).replace("%2", run.store_name))
        self.resize(1120, 760)

        title = set_role(QLabel(f"{run.store_name} · {run.template_title} v{run.version_number}"), "title")
        sub = set_role(QLabel(f"{labels.run_type(run.run_type)} · {run.business_date.isoformat()} · "
                              f"{run.performer_name}"), "muted")
        self.score_label = QLabel(objectName="score")  # large and bold: QLabel#score in ui.style
        self.banner = QLabel(objectName="criticalBanner")  # white on red: QLabel#criticalBanner
        self.banner.setWordWrap(True)
        self.banner.hide()
        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(title)
        names.addWidget(sub)
        head.addLayout(names, 1)
        head.addWidget(self.score_label)

        self.sections = QListWidget(objectName="sections")
        self.sections.setMinimumWidth(200)
        self.rechecks = followups.rechecks(ctx, run_id) if run.run_type == "follow_up" else []
        self.recheck_cards: dict[str, RecheckCard] = {}
        self.offset = 1 if self.rechecks else 0  # the re-checks come first, as their own section
        if self.rechecks:
            self.sections.addItem(QListWidgetItem(self.tr("Re-checks")))
        for section in self.version.sections:
            entry = QListWidgetItem(section.title)
            entry.setData(Qt.ItemDataRole.UserRole, section.id)
            self.sections.addItem(entry)
        self.sections.currentRowChanged.connect(self._show_section)

        self.scroll = QScrollArea(objectName="items")
        self.scroll.setWidgetResizable(True)
        self.pages: dict[str, QWidget] = {}
        self.section_of: dict[str, int] = {}
        number = 0
        for s_index, section in enumerate(self.version.sections):
            page = QWidget()
            column = QVBoxLayout(page)
            for item in section.items:
                number += 1
                card = ItemCard(number, item)
                card.answered.connect(self.save_answer)
                card.noteChanged.connect(self.save_note)
                card.photoFiles.connect(self.add_photos)
                card.photoRemoved.connect(self.remove_photo)
                card.focused.connect(self.set_current)
                self.cards[item.id] = card
                self.section_of[item.id] = s_index
                column.addWidget(card)
            column.addStretch(1)
            self.pages[section.id] = page

        if self.rechecks:
            page = QWidget()
            column = QVBoxLayout(page)
            hint = QLabel(self.tr("The store's open corrective actions. Fixed submits an action for verification "
                                  "with this follow-up as evidence; not fixed sends it back."))
            hint.setWordWrap(True)
            set_role(hint, "muted")
            column.addWidget(hint)
            for r in self.rechecks:
                card = RecheckCard(r)
                card.decided.connect(self.save_recheck)
                self.recheck_cards[r.action.id] = card
                column.addWidget(card)
            column.addStretch(1)
            self.recheck_page = page

        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])

        self.saved_label = QLabel(self.tr("Every answer is saved as you give it."), objectName="saved")
        set_role(self.saved_label, "muted")
        self.complete_button = QPushButton(self.tr("Complete"), objectName="complete")
        self.complete_button.setToolTip(self.tr("Complete the inspection (Ctrl+Enter)"))
        self.complete_button.clicked.connect(self.complete)
        close = QPushButton(self.tr("Close"), objectName="close")
        close.clicked.connect(self.accept)
        foot = QHBoxLayout()
        foot.addWidget(self.saved_label, 1)
        foot.addWidget(close)
        foot.addWidget(self.complete_button)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(foot)

        for seq, handler in (
            ("J", self.next_item), ("Alt+Down", self.next_item), ("K", self.previous_item),
            ("Alt+Up", self.previous_item), ("Ctrl+PgDown", self.next_section),
            ("Ctrl+PgUp", self.previous_section), ("Ctrl+Return", self.complete), ("Ctrl+Enter", self.complete),
            (QKeySequence.StandardKey.Paste, self.paste_photo),
        ):
            QShortcut(QKeySequence(seq), self, activated=handler,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Answer keys are shortcuts too, so they work wherever the focus is, except while typing
        # (a line edit claims printable keys for itself).
        for key in (Qt.Key.Key_P, Qt.Key.Key_F, Qt.Key.Key_N, *range(Qt.Key.Key_0, Qt.Key.Key_9 + 1)):
            QShortcut(QKeySequence(key), self, activated=lambda k=key: self.answer_key(k),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.sections.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._refresh_all()
        self.sections.setCurrentRow(0)
        if self.order:
            first_open = next((i for i in self.order if not self._answered(i)), self.order[0])
            self.set_current(first_open)
        if self.rechecks:
            self.sections.setCurrentRow(0)  # a follow-up starts with its re-checks

    # -- navigation
    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        widget = self.scroll.takeWidget()
        if widget is not None:
            widget.setParent(None)
            widget.hide()
        if row < self.offset:
            self.scroll.setWidget(self.recheck_page)
            self.recheck_page.show()
            return
        index = row - self.offset
        page = self.pages[self.version.sections[index].id]
        self.scroll.setWidget(page)
        page.show()
        if self.current_id is None or self.section_of.get(self.current_id) != index:
            items = self.version.sections[index].items
            if items:
                self.set_current(items[0].id)

    def set_current(self, item_id: str) -> None:
        if item_id not in self.cards:
            return
        if self.current_id in self.cards:
            self.cards[self.current_id].set_current(False)
        self.current_id = item_id
        card = self.cards[item_id]
        card.set_current(True)
        row = self.section_of[item_id] + self.offset
        if self.sections.currentRow() != row:
            self.sections.setCurrentRow(row)
        self.scroll.ensureWidgetVisible(card, 0, 40)

    def _step(self, delta: int) -> None:
        if not self.order:
            return
        index = self.order.index(self.current_id) if self.current_id in self.order else 0
        self.set_current(self.order[max(0, min(len(self.order) - 1, index + delta))])

    def next_item(self) -> None:
        self._step(1)

    def previous_item(self) -> None:
        self._step(-1)

    def next_section(self) -> None:
        self.sections.setCurrentRow(min(self.sections.count() - 1, self.sections.currentRow() + 1))

    def previous_section(self) -> None:
        self.sections.setCurrentRow(max(0, self.sections.currentRow() - 1))

    def answer_key(self, key: int) -> None:
        """P/F/N/digits on the current item; moves on unless the item now needs a photo."""
        if not self.current_id or self.completed:
            return
        meaning = self.cards[self.current_id].key_value(key)
        if meaning is None:
            return
        value, na = meaning
        if self.save_answer(self.current_id, value, na) and not self.cards[self.current_id].prompt.isVisible():
            self.next_item()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.setFocus()

    # -- saving
    def _answered(self, item_id: str) -> bool:
        answer = self.detail.answer(item_id)
        return bool(answer and answer.answered)

    def save_answer(self, item_id: str, value: Any, na: bool = False) -> bool:
        if self.completed:
            return False
        try:
            runs.set_answer(self.ctx, self.run_id, item_id, value, na=na)
        except ValidationError as exc:
            self.saved_label.setText(problem_text(exc.problems[0]))
            set_role(self.saved_label, "error")
            self._refresh_all()
            return False
        except OpsDeskError as exc:
            show_error(self, exc)
            return False
        self._after_change(item_id)
        return True

    def save_recheck(self, action_id: str, passed: bool, note: str) -> None:
        if self.completed:
            return
        try:
            result = followups.recheck(self.ctx, self.run_id, action_id, passed, note)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.rechecks = [result if r.action.id == action_id else r for r in self.rechecks]
        self.recheck_cards[action_id].show_recheck(result)
        self.saved_label.setText(self.tr("Saved %1").replace("%1", result.action.title[:30]))
        set_role(self.saved_label, "ok")
        self._refresh_all()
        if self.on_change:
            self.on_change()

    def save_note(self, item_id: str, note: str) -> None:
        try:
            runs.set_note(self.ctx, self.run_id, item_id, note)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self._after_change(item_id)

    def add_photos(self, item_id: str, files: list[str]) -> None:
        refused = []
        for name in files:
            try:
                runs.add_photo(self.ctx, self.run_id, item_id, name)
            except NotAnImageError as exc:
                refused.append(describe(exc))
            except OpsDeskError as exc:
                refused.append(describe(exc))
        self._after_change(item_id)
        if refused:
            QMessageBox.warning(self, self.tr("Photo not added"), "\n".join(refused))

    def remove_photo(self, item_id: str, link_id: str) -> None:
        try:
            runs.remove_photo(self.ctx, self.run_id, item_id, link_id)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self._after_change(item_id)

    def paste_photo(self) -> None:
        """Ctrl+V with a picture on the clipboard attaches it to the current item."""
        focus = QGuiApplication.focusObject()
        image = QGuiApplication.clipboard().image()
        if self.current_id is None or image.isNull():
            if isinstance(focus, QLineEdit):
                focus.paste()
            return
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "clipboard.png"
            image.save(str(path), "PNG")
            self.add_photos(self.current_id, [str(path)])

    def _after_change(self, item_id: str) -> None:
        self.detail = runs.get_run(self.ctx, self.run_id)
        self.saved_label.setText(self.tr("Saved %1").replace("%1", self.cards[item_id].item.text[:30]))
        set_role(self.saved_label, "ok")
        self._refresh_all()
        if self.on_change:
            self.on_change()

    def _refresh_all(self) -> None:
        for item_id, card in self.cards.items():
            card.show_answer(self.detail.answer(item_id))
        score = self.detail.score
        self.score_label.setText(score_text(score))
        for row, (section, s_score) in enumerate(zip(self.version.sections, score.sections, strict=True)):
            pct = f" · {s_score.percent}%" if s_score.percent is not None else ""
            self.sections.item(row + self.offset).setText(f"{section.title}  {s_score.answered}/{s_score.total}{pct}")
        if self.rechecks:
            done = sum(1 for r in self.rechecks if r.passed is not None)
            self.sections.item(0).setText(self.tr("Re-checks  %1/%2").replace("%1", str(done))
                                          .replace("%2", str(len(self.rechecks))))
        failed_critical = [self.cards[i].item.text for i, sc in score.items.items()
                           if sc.failed and self.cards[i].item.critical]
        if failed_critical:
            self.banner.setText(self.tr("Veto item failed, the inspection fails whatever the score: %1")
                                .replace("%1", "; ".join(failed_critical)))
        self.banner.setVisible(bool(failed_critical))
        if self.detail.run.status != "draft":
            self._freeze()

    def _freeze(self) -> None:
        self.completed = True
        self.complete_button.setEnabled(False)
        for card in self.cards.values():
            card.editor.set_read_only(True)
        for card in [*self.cards.values(), *self.recheck_cards.values()]:
            for w in card.findChildren(QWidget):
                if isinstance(w, (QPushButton, QLineEdit, QCheckBox, QDateEdit)):
                    w.setEnabled(False)
        self.saved_label.setText(self.tr("Completed: the answers can no longer change."))

    def complete(self) -> None:
        if self.completed:
            return
        focus = QGuiApplication.focusObject()
        if isinstance(focus, QLineEdit):
            focus.clearFocus()  # saves a number, text or note being typed
        try:
            runs.complete(self.ctx, self.run_id)
        except ValidationError as exc:
            lines = []
            for p in exc.problems[:20]:
                reason = (self.tr("missing") if p.reason == "required" else
                          self.tr("not re-checked") if p.reason == "recheck_required" else problem_text(p))
                lines.append(f"· {p.params.get('text', '')}: {reason}")
            if len(exc.problems) > 20:
                lines.append(self.tr("... and %n more", "", len(exc.problems) - 20))
            QMessageBox.warning(self, self.tr("Not complete yet"),
                                self.tr("These items still need an answer or a photo:") + "\n" + "\n".join(lines))
            first = exc.problems[0].field
            if first in self.cards:
                self.set_current(first)
            elif self.rechecks:
                self.sections.setCurrentRow(0)
            return
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.detail = runs.get_run(self.ctx, self.run_id)
        self._refresh_all()
        if self.detail.run.template_kind == "inspection" and self.detail.score.failed_items:
            from ui.widgets.proposals import ProposalsDialog

            proposals = ProposalsDialog(self.ctx, self.run_id, self)
            if proposals.proposals:
                proposals.exec()
        if self.on_change:
            self.on_change()
        self.accept()
