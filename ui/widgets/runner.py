"""The checklist runner: answer a run item by item, by keyboard or mouse; every answer is saved at once.

Keys (on the current item): P pass / yes, F fail / no, N not applicable, 0-9 a rating or
option (on a number item a digit starts typing the number), J or Alt+Down next item, K or
Alt+Up previous item, Ctrl+J next unanswered item, Ctrl+PgDown / Ctrl+PgUp next / previous
section, Delete or Backspace clear the answer, Ctrl+Z undo the last answer change, Ctrl+V paste
a photo, Ctrl+Return complete.

Fields: Enter (or Tab) enters the current item's number, text or date field; in it, Enter saves
and moves on to the next item, Tab to the next field, Esc saves and leaves the field so keys
answer again. In a note Enter starts a new line; Ctrl+Enter or Esc saves it and leaves it.
Enter never closes the runner (it has no default button); Esc outside a field closes it
(everything is already saved).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import NotAnImageError, OpsDeskError, ValidationError
from opsdesk.scoring import FAIL_GRADE, RunScore
from opsdesk.services import actions, followups, runs
from opsdesk.services.context import AppContext
from ui import labels
from ui.errors import describe, problem_text, show_error
from ui.style import set_role, set_state, style_tree
from ui.widgets.answer_editors import item_text, range_text
from ui.widgets.item_cards import ItemCard, RecheckCard, item_action_dialog


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




class RunnerDialog(QDialog):
    """Fill one run. Answers are saved as they are given; closing loses nothing."""

    def __init__(self, ctx: AppContext, run_id: str, parent: QWidget | None = None,
                 on_change: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        style_tree(self)  # item cards, answer buttons, score and banner: styled by ui.style's rules
        self.ctx = ctx
        self.run_id = run_id
        self.on_change = on_change
        self.detail = runs.get_run(ctx, run_id)
        self.version = self.detail.version
        self.cards: dict[str, ItemCard] = {}
        self.order: list[str] = [i.id for i in self.version.items()]
        self.current_id: str | None = None
        self.completed = False
        self.undo_stack: list[tuple[str, tuple[Any, bool] | None]] = []  # item id, the answer before
        run = self.detail.run
        template_title = labels.template_text(run.template_title, run.template_title_en)
        self.setWindowTitle(self.tr("%1 · %2").replace("%1", template_title).replace("%2", run.store_name))
        self.resize(1120, 760)

        title = set_role(QLabel(f"{run.store_name} · {template_title} v{run.version_number}"), "title")
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
            entry = QListWidgetItem(labels.template_text(section.title, section.title_en))
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
                card.advance.connect(self.field_done)
                card.leave.connect(self.leave_field)
                card.clearRequested.connect(self.clear_answer)
                card.actionRequested.connect(self.create_action)
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
        self.keys_label = set_role(QLabel(self.tr(
            "Keys: P pass · F fail · N N/A · digits · J/K next/previous · Ctrl+J next unanswered · "
            "Enter/Tab into the field · Esc leaves it · Del clears · Ctrl+Z undoes"), objectName="keysHelp"), "hint")
        self.keys_label.setWordWrap(True)
        foot = QHBoxLayout()
        foot.addWidget(self.saved_label, 1)
        foot.addWidget(self.keys_label, 2)
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
            (QKeySequence.StandardKey.Paste, self.paste_photo), ("Ctrl+J", self.next_unanswered),
            ("Delete", self.clear_current), ("Backspace", self.clear_current),
            (QKeySequence.StandardKey.Undo, self.undo),
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
        cards = [*self.cards.values(), *self.recheck_cards.values()]  # on section pages not shown yet too
        for button in [*self.findChildren(QPushButton), *(b for c in cards for b in c.findChildren(QPushButton))]:
            button.setAutoDefault(False)  # Enter never presses a button of the runner
            button.setDefault(False)
        self.action_items = self._actions_by_item()
        for item_id, title in self.action_items.items():
            self.cards[item_id].show_action(True, title)

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
        focus = self.focusWidget()
        if focus is not None and focus is not self and not card.isAncestorOf(focus) \
                and any(c.isAncestorOf(focus) for c in self.cards.values()):
            self.setFocus()  # moved on by key from another item's field: that field is saved and left
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

    def next_unanswered(self) -> None:
        """Ctrl+J: the next item without an answer after the current one (wrapping round)."""
        if not self.order:
            return
        start = self.order.index(self.current_id) + 1 if self.current_id in self.order else 0
        for item_id in self.order[start:] + self.order[:start]:
            if not self._answered(item_id):
                self.set_current(item_id)
                if self.focusWidget() is not self:
                    self.setFocus()
                return
        self.saved_label.setText(self.tr("Every item has an answer."))
        set_role(self.saved_label, "ok")

    # -- fields and keys
    def _in_field(self) -> bool:
        focus = self.focusWidget()
        return focus is not None and focus is not self and self.isAncestorOf(focus)

    def leave_field(self) -> None:
        """Esc in a field: the field is saved as it loses the focus; the keys answer the current item again."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def enter_field(self) -> bool:
        if not self.current_id or self.completed:
            return False
        card = self.cards[self.current_id]
        field = card.first_field()
        field.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()
        return True

    def field_done(self, item_id: str) -> None:
        """Enter in an answer field: it was saved (unless refused: then it stays to be fixed); move on."""
        card = self.cards[item_id]
        if getattr(card.editor, "problem", ""):
            return
        if card.prompt.isVisible():  # failed and needs a photo first
            self.setFocus()
            return
        self.set_current(item_id)
        self.next_item()
        nxt = self.cards[self.current_id]
        if nxt is not card and isinstance(nxt.editor.focus_widget(), QLineEdit):
            self.enter_field()  # a run of numbers is typed one after the other
        else:
            self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self._in_field():
                self.enter_field()
            event.accept()  # never the dialog's default-button Enter
            return
        if event.key() == Qt.Key.Key_Escape and self._in_field():
            self.leave_field()
            event.accept()
            return
        super().keyPressEvent(event)  # Esc outside a field closes the runner: every answer is saved

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802
        if not self._in_field() and next and self.enter_field():
            return True  # Tab from the item list goes into the current item's field
        return super().focusNextPrevChild(next)

    def answer_key(self, key: int) -> None:
        """P/F/N/digits on the current item; moves on unless the item now needs a photo."""
        if not self.current_id or self.completed:
            return
        card = self.cards[self.current_id]
        meaning = card.key_value(key)
        field = card.editor.focus_widget()
        if meaning is None and isinstance(field, QLineEdit) and card.item.answer_type == "number" \
                and Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            field.setFocus(Qt.FocusReason.OtherFocusReason)  # a digit on a number item starts typing it
            field.setText(str(key - Qt.Key.Key_0))
            card.editor.clear_problem()
            return
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

    def _before(self, item_id: str) -> tuple[Any, bool] | None:
        answer = self.detail.answer(item_id)
        return (answer.value, answer.na) if answer is not None and answer.answered else None

    def save_answer(self, item_id: str, value: Any, na: bool = False, *, allow_out_of_range: bool = False,
                    undoable: bool = True) -> bool:
        if self.completed:
            return False
        card = self.cards[item_id]
        before = self._before(item_id)
        try:
            runs.set_answer(self.ctx, self.run_id, item_id, value, na=na, allow_out_of_range=allow_out_of_range)
        except ValidationError as exc:
            problem = exc.problems[0]
            if problem.reason == "out_of_range" and not allow_out_of_range and self._confirm_out_of_range(card, value):
                return self.save_answer(item_id, value, na, allow_out_of_range=True, undoable=undoable)
            text = (self.tr("Not saved: outside the expected range %1.").replace("%1", range_text(card.item))
                    if problem.reason == "out_of_range" else problem_text(problem))
            if isinstance(value, str) and hasattr(card.editor, "refused_text"):
                card.editor.refused_text = value.strip()  # not offered again when the field is left
            card.editor.show_problem(text)
            self.saved_label.setText(text)
            set_role(self.saved_label, "error")
            return False
        except OpsDeskError as exc:
            show_error(self, exc)
            return False
        card.editor.clear_problem()
        if undoable and before != self._after_value(item_id, value, na):
            self.undo_stack.append((item_id, before))
        self._after_change(item_id)
        return True

    @staticmethod
    def _after_value(item_id: str, value: Any, na: bool) -> tuple[Any, bool] | None:  # noqa: ARG004
        return None if value is None and not na else (value, na)

    def _confirm_out_of_range(self, card: ItemCard, value: Any) -> bool:  # noqa: ANN401
        text = self.tr("%1 is outside the expected range %2 of \"%3\".\n\nKeep it anyway? It counts as failed "
                       "and is marked out of range.").replace("%1", str(value)).replace(
            "%2", range_text(card.item)).replace("%3", item_text(card.item, card.english))
        return QMessageBox.question(
            self, self.tr("Out of range"), text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def clear_current(self) -> None:
        if self.current_id:
            self.clear_answer(self.current_id)

    def clear_answer(self, item_id: str, *, undoable: bool = True) -> bool:
        """Delete / Backspace / the card's menu: take back the answer (the note and photos stay)."""
        if self.completed or self.cards[item_id].item.answer_type == "photo":
            return False
        before = self._before(item_id)
        if before is None:
            return False
        try:
            runs.clear_answer(self.ctx, self.run_id, item_id)
        except OpsDeskError as exc:
            show_error(self, exc)
            return False
        if undoable:
            self.undo_stack.append((item_id, before))
        self.cards[item_id].editor.clear_problem()
        self._after_change(item_id)
        self.saved_label.setText(self.tr("Cleared %1").replace("%1", self.cards[item_id].item.text[:30]))
        return True

    def undo(self) -> None:
        """Ctrl+Z: put back the answer as it was before the last change made in this runner."""
        if self.completed or not self.undo_stack:
            return
        item_id, before = self.undo_stack.pop()
        self.set_current(item_id)
        if before is None:
            done = self.clear_answer(item_id, undoable=False)
        else:
            value, na = before
            done = self.save_answer(item_id, None if na else value, na, allow_out_of_range=True, undoable=False)
        if done:
            self.saved_label.setText(self.tr("Undone: %1").replace("%1", self.cards[item_id].item.text[:30]))
            set_role(self.saved_label, "ok")

    # -- corrective actions from failed items
    def _actions_by_item(self) -> dict[str, str]:
        """Actions already made from this run: item id -> action title."""
        by_key = {i.key: i.id for i in self.version.items()}
        found: dict[str, str] = {}
        try:
            made = actions.query_actions(self.ctx, actions.ActionQuery(source_run_id=self.run_id))
        except OpsDeskError:
            return found
        for a in made:
            for key in a.item_keys:
                if key in by_key:
                    found.setdefault(by_key[key], a.title)
        return found

    def create_action(self, item_id: str) -> None:
        """A corrective action for a failed item, now: the action dialog pre-filled with the store, the
        item's proposed title, priority, due date and assignee, linked to this run and answer."""
        card = self.cards[item_id]
        if not card.failed or item_id in self.action_items:
            return
        proposal = next((p for p in actions.propose_from_run(self.ctx, self.run_id)
                         if card.item.key in p.input.item_keys), None)
        if proposal is None:
            return
        dialog = item_action_dialog(self.ctx, proposal.input, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_action is None:
            return
        self.action_items[item_id] = dialog.result_action.title
        card.show_action(True, dialog.result_action.title)
        self.saved_label.setText(self.tr("Corrective action created: %1").replace("%1", dialog.result_action.title))
        set_role(self.saved_label, "ok")
        if self.on_change:
            self.on_change()

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
        except ValidationError as exc:
            text = problem_text(exc.problems[0])
            self.cards[item_id].note.edit.setToolTip(text)
            set_state(self.cards[item_id].note.edit, "invalid", True)
            self.saved_label.setText(text)
            set_role(self.saved_label, "error")
            return
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
            name = labels.template_text(section.title, section.title_en)
            self.sections.item(row + self.offset).setText(f"{name}  {s_score.answered}/{s_score.total}{pct}")
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
                if isinstance(w, (QPushButton, QLineEdit, QCheckBox, QDateEdit, QPlainTextEdit)):
                    w.setEnabled(False)
            for a in card.actions():
                a.setEnabled(False)
        self.undo_stack.clear()
        self.saved_label.setText(self.tr("Completed: the answers can no longer change."))

    def complete(self) -> None:
        if self.completed:
            return
        if self._in_field():
            self.setFocus()  # saves a number, text or note being typed
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
