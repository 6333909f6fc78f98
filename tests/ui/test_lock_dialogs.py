"""The idle lock covers the other windows open when it locks (pytest-qt, real widgets, the demo workspace).

A modal dialog in ``exec()`` with typed text: the lock comes, the dialog shows nothing but its cover (checked by
walking its visible widgets and by rendering it), the unlock form is reachable above it (a lock window), a wrong
password keeps everything covered, the right one takes the covers away and the dialog still holds what was typed.
A message box is covered too; a window opened while locked as well; switching to another user rejects the previous
user's dialogs, switching to the same user keeps them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.demo import DEMO_PASSWORD
from opsdesk.services import org
from ui.main_window import MainWindow
from ui.widgets.screen_lock import LockCover, LockWindow
from ui.widgets.sign_in import IdleLock, SignInDialog

SECRET = "Store 12 cash count 4711.50"  # the "data" a dialog shows or holds


def _submit(qtbot, form, secret: str) -> None:  # noqa: ANN001
    form.password.setText(secret)
    form.submit()
    qtbot.waitUntil(lambda: form.operation is None, timeout=10000)


def _answer_dialog(parent: QWidget) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog(parent)
    dialog.setWindowTitle("Answer")
    label = QLabel(SECRET, objectName="data")
    edit = QLineEdit(objectName="answer")
    ok = QPushButton("OK")
    ok.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(edit)
    layout.addWidget(ok)
    dialog.resize(360, 200)
    return dialog, edit


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _texts_seen(window: QWidget) -> list[str]:
    """The texts of the window's visible widgets that the cover does not hide: those outside its rect or above
    it (a widget under the cover and inside its rect is hidden by it)."""
    cover = window.findChild(LockCover)
    seen = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or (cover is not None and (widget is cover or cover.isAncestorOf(widget))):
            continue
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if cover is not None and cover.isVisible() and cover.geometry().contains(rect):
            continue
        text = getattr(widget, "text", None)
        if callable(text) and text():
            seen.append(text())
    return seen


def _assert_covered(window: QWidget) -> LockCover:
    cover = window.findChild(LockCover)
    assert cover is not None and cover.isVisible()
    assert cover.geometry() == window.rect()  # the whole window
    widgets = [c for c in window.children() if isinstance(c, QWidget) and not c.isWindow()]
    assert widgets[-1] is cover  # above everything in it
    assert _texts_seen(window) == []
    # rendered, the window is its cover and nothing else: no pixel of the data or the typed text
    assert _image(window) == _image(cover)
    texts = [w.text() for w in cover.findChildren(QLabel)]
    assert texts and SECRET not in " ".join(texts)
    return cover


def _run_inside(qtbot, dialog: QDialog, body: Callable[[], None]) -> int:  # noqa: ANN001
    """``dialog.exec()`` while ``body`` runs inside it; the dialog is closed whatever happens; the exec's result."""
    errors: list[BaseException] = []

    def step() -> None:
        try:
            body()
        except BaseException as exc:  # noqa: BLE001 - re-raised after exec returns
            errors.append(exc)
        finally:
            if dialog.isVisible():
                dialog.done(7)  # the test's own code: "closed by the test"

    QTimer.singleShot(0, step)
    result = dialog.exec()
    if errors:
        raise errors[0]
    return result


@pytest.fixture
def window(qtbot, demo_ctx):  # noqa: ANN001, ANN201
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for w in QApplication.topLevelWidgets():
        if isinstance(w, LockWindow):
            w.close_now()


def test_a_modal_dialog_is_covered_and_the_unlock_form_is_reachable(qtbot, window, demo_ctx) -> None:  # noqa: ANN001
    dialog, edit = _answer_dialog(window)
    seen: dict[str, object] = {}

    def body() -> None:
        qtbot.waitExposed(dialog)
        edit.setFocus()
        QTest.keyClicks(edit, "typed answer")
        assert edit.text() == "typed answer" and QApplication.activeModalWidget() is dialog
        idle = IdleLock(lambda: window, 15)
        try:
            idle.set_interval_ms(50)  # the idle lock, with a short idle time
            qtbot.waitUntil(window.is_locked, timeout=5000)
            idle.set_interval_ms(0)
        finally:
            idle.stop()
        _assert_covered(dialog)
        assert dialog.isVisible() and edit.text() == "typed answer"  # not hidden, not closed
        # the keyboard does not reach it while covered
        QTest.keyClicks(edit, "zz")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert edit.text() == "typed answer" and dialog.isVisible()
        # the unlock form: a lock window above the modal dialog, the top-most modal window
        lock_window = QApplication.activeModalWidget()
        assert isinstance(lock_window, LockWindow) and lock_window.isVisible()
        assert lock_window.findChild(LockCover) is None
        form = lock_window.screen_.form
        _submit(qtbot, form, "wrong-password")
        assert window.is_locked() and form.message.text()
        _assert_covered(dialog)  # a wrong password: still covered
        assert QApplication.activeModalWidget() is lock_window
        form.password.setText(DEMO_PASSWORD)
        qtbot.mouseClick(lock_window.findChild(QPushButton, "unlock"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.is_locked(), timeout=10000)
        qtbot.waitUntil(lambda: dialog.findChild(LockCover) is None, timeout=5000)
        assert not shiboken6.isValid(lock_window) or not lock_window.isVisible()  # closed and deleted
        assert QApplication.activeModalWidget() is dialog
        seen["open after unlock"] = dialog.isVisible()
        seen["text after unlock"] = edit.text()
        QTest.keyClicks(edit, "!")  # usable again
        seen["typed after unlock"] = edit.text()
        assert SECRET in _texts_seen(dialog)
        dialog.accept()

    result = _run_inside(qtbot, dialog, body)
    assert seen == {"open after unlock": True, "text after unlock": "typed answer",
                    "typed after unlock": "typed answer!"}
    assert result == QDialog.DialogCode.Accepted  # its exec went on to the person's own OK
    assert window.centralWidget() is not None and not window.is_locked()


def test_a_message_box_open_at_lock_time_is_covered(qtbot, window) -> None:  # noqa: ANN001
    box = QMessageBox(QMessageBox.Icon.Information, "Count", SECRET, QMessageBox.StandardButton.Ok, window)
    box.open()  # window-modal: it blocks the main window's lock screen
    qtbot.waitExposed(box)
    window.lock()  # Ctrl+L
    assert window.is_locked()
    _assert_covered(box)
    lock_window = QApplication.activeModalWidget()
    assert isinstance(lock_window, LockWindow)
    _submit(qtbot, lock_window.screen_.form, DEMO_PASSWORD)
    assert not window.is_locked() and box.isVisible() and box.findChild(LockCover) is None
    assert box.text() == SECRET and SECRET in _texts_seen(box)
    box.done(0)


def test_a_plain_window_is_covered_and_the_main_lock_screen_unlocks(qtbot, window) -> None:  # noqa: ANN001
    dialog, edit = _answer_dialog(window)
    dialog.show()  # not modal: the main window's own lock screen is usable
    qtbot.waitExposed(dialog)
    QTest.keyClicks(edit, "draft")
    window.lock()
    _assert_covered(dialog)
    assert QApplication.activeModalWidget() is None  # no lock window needed
    QTest.keyClicks(edit, "zz")
    assert edit.text() == "draft"
    dialog.resize(500, 420)  # the cover keeps its size
    qtbot.waitUntil(lambda: dialog.findChild(LockCover).geometry() == dialog.rect(), timeout=5000)
    _assert_covered(dialog)
    _submit(qtbot, window.centralWidget().form, DEMO_PASSWORD)
    assert not window.is_locked() and dialog.isVisible() and edit.text() == "draft"
    assert dialog.findChild(LockCover) is None
    dialog.close()


def test_a_window_opened_while_locked_is_covered_and_the_lock_window_stays_on_top(qtbot, window) -> None:  # noqa: ANN001
    window.lock()
    assert QApplication.activeModalWidget() is None
    box = QMessageBox(QMessageBox.Icon.Warning, "Sync", SECRET, QMessageBox.StandardButton.Ok, window)
    box.open()  # e.g. an operation's message, arriving while locked
    _assert_covered(box)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), LockWindow), timeout=5000)
    _submit(qtbot, QApplication.activeModalWidget().screen_.form, DEMO_PASSWORD)
    assert not window.is_locked() and box.isVisible() and box.findChild(LockCover) is None
    box.done(0)


def _switch_from_lock_window(qtbot, monkeypatch, user_id: str) -> None:  # noqa: ANN001
    def answer(dialog: SignInDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.form.users.setCurrentIndex(dialog.form.users.findData(user_id))
        _submit(qtbot, dialog.form, DEMO_PASSWORD)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", answer)
    lock_window = QApplication.activeModalWidget()
    assert isinstance(lock_window, LockWindow)
    qtbot.mouseClick(lock_window.findChild(QPushButton, "lockSwitchUser"), Qt.MouseButton.LeftButton)


def test_switching_to_another_user_rejects_the_previous_users_dialog(qtbot, window, demo_ctx,
                                                                     monkeypatch) -> None:  # noqa: ANN001
    head = org.query_users(demo_ctx, org.UserQuery(role="head_office"))[0]
    assert head.id != demo_ctx.user_id
    dialog, edit = _answer_dialog(window)
    seen: list[object] = []

    def body() -> None:
        qtbot.waitExposed(dialog)
        QTest.keyClicks(edit, "the supervisor's note")
        window.lock()
        _assert_covered(dialog)
        _switch_from_lock_window(qtbot, monkeypatch, head.id)
        seen.extend([demo_ctx.user_id, window.is_locked(), dialog.isVisible()])

    result = _run_inside(qtbot, dialog, body)
    # the new user is in, unlocked, and the previous user's dialog was rejected before it could be seen
    assert seen == [head.id, False, False]
    assert result == QDialog.DialogCode.Rejected
    assert dialog.findChild(LockCover) is None


def test_switching_to_the_same_user_keeps_the_dialog(qtbot, window, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    me = demo_ctx.user_id
    box = QMessageBox(QMessageBox.Icon.Question, "Approve?", SECRET,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.open()
    qtbot.waitExposed(box)
    window.lock()
    _assert_covered(box)
    _switch_from_lock_window(qtbot, monkeypatch, me)
    assert demo_ctx.user_id == me and not window.is_locked()
    assert box.isVisible() and box.findChild(LockCover) is None and box.text() == SECRET
    box.done(0)
