"""Sign-in in the app (pytest-qt): the start-up asks for the password before any data is shown and refuses a
wrong one; the right one opens the window; switching user asks the other user's password; the idle lock hides
the window until the password is given again; the countdown after wrong tries (a fake clock, nothing sleeps)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from opsdesk import auth
from opsdesk.demo import DEMO_PASSWORD
from opsdesk.services import org, workspace
from ui.app import AfterPaint, Controller, Startup
from ui.main_window import MainWindow
from ui.widgets.sign_in import IdleLock, LockScreen, SignInDialog


class FakeApp:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 12, 8, 0, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def quiet(monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setattr(Controller, "remind", lambda self: None)


def _submit(qtbot, form, secret: str) -> None:  # noqa: ANN001
    form.password.setText(secret)
    form.submit()
    qtbot.waitUntil(lambda: form.operation is None, timeout=10000)


def test_startup_asks_for_the_password_and_refuses_a_wrong_one(qtbot, demo_ctx, translations, monkeypatch,
                                                              quiet) -> None:  # noqa: ANN001
    me = workspace.current_user(demo_ctx)
    window = MainWindow()
    qtbot.addWidget(window)
    seen: list[tuple] = []

    def answer(dialog: SignInDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.parent() is window and not window.is_attached()  # nothing of the workspace shown yet
        assert dialog.form.user_id() == me.id  # this desktop's last user, pre-selected
        assert dialog.findChild(object, "demoPasswords") is not None  # the demo shows its passwords
        _submit(qtbot, dialog.form, "not-the-password")
        seen.append((dialog.result(), dialog.form.message.text(), dialog.form.password.text(),
                     window.is_attached()))
        _submit(qtbot, dialog.form, DEMO_PASSWORD)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", answer)
    startup = Startup(FakeApp(), window, translations, Path(demo_ctx.db.path), measuring=False)
    AfterPaint(window, startup.load)
    window.show()
    try:
        qtbot.waitUntil(window.is_attached, timeout=15000)
        from ui.widgets.sign_in import refusal_text
        from opsdesk.errors import WrongPasswordError

        # refused, said why (translated), the field cleared, still nothing of the workspace shown
        assert seen == [(0, refusal_text(WrongPasswordError()), "", False)]
        assert startup.idle is not None  # the idle lock watches from now on
    finally:
        window.close()
        if startup.ctx is not None:
            startup.ctx.db.close()


def test_quitting_the_sign_in_shows_nothing(qtbot, demo_ctx, translations, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(SignInDialog, "exec", lambda self: 0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    app = FakeApp()
    startup = Startup(app, window, translations, Path(demo_ctx.db.path), measuring=False)
    startup.load()
    assert app.codes == [0] and not window.is_attached() and startup.ctx is None


def test_switch_user_asks_the_other_users_password(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    head = org.query_users(demo_ctx, org.UserQuery(role="head_office"))[0]
    before = demo_ctx.user_id
    forgotten: list[bool] = []
    demo_ctx.unlocked = {"key": "secret"}
    results: list[tuple] = []

    def answer(dialog: SignInDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.form.users.setCurrentIndex(dialog.form.users.findData(head.id))
        _submit(qtbot, dialog.form, "wrong-password")
        results.append((dialog.result(), demo_ctx.user_id))
        _submit(qtbot, dialog.form, DEMO_PASSWORD)
        forgotten.append(demo_ctx.unlocked == {})
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", answer)
    window.switch_user()
    assert results == [(0, before)]  # a wrong one: still the same person
    assert demo_ctx.user_id == head.id and workspace.current_user(demo_ctx).id == head.id
    assert forgotten == [True]  # what the previous person unlocked is forgotten
    qtbot.waitUntil(lambda: head.name in window.user_label.text(), timeout=10000)  # the status bar's own query


def test_idle_lock_hides_the_window_until_the_password(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    content = window.centralWidget()
    idle = IdleLock(lambda: window, workspace.idle_lock_minutes(demo_ctx))
    try:
        assert idle.interval == 15 * 60_000  # the workspace's default
        idle.set_interval_ms(50)  # the test hook: a short idle time
        qtbot.waitUntil(window.is_locked, timeout=5000)
        idle.set_interval_ms(0)  # locked once is enough for this test
        screen = window.centralWidget()
        assert isinstance(screen, LockScreen) and not content.isVisible()
        assert not window.menuBar().isEnabled()
        _submit(qtbot, screen.form, "wrong-password")
        assert window.is_locked() and screen.form.message.text()
        _submit(qtbot, screen.form, DEMO_PASSWORD)
        assert not window.is_locked() and window.centralWidget() is content and content.isVisible()
    finally:
        idle.stop()


def test_ctrl_l_locks_now_and_zero_minutes_never_locks(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from opsdesk.permissions import as_system

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    lock = next(a for a in window.menuBar().actions()[0].menu().actions() if a.shortcut().toString() == "Ctrl+L")
    lock.trigger()
    assert window.is_locked()
    _submit(qtbot, window.centralWidget().form, DEMO_PASSWORD)
    assert not window.is_locked()
    workspace.set_idle_lock_minutes(as_system(demo_ctx), 0)
    idle = IdleLock(lambda: window, workspace.idle_lock_minutes(demo_ctx))
    try:
        assert idle.interval == 0 and not idle.timer.isActive()
    finally:
        idle.stop()


def test_the_countdown_after_wrong_tries(qtbot, demo_ctx) -> None:  # noqa: ANN001
    clock = FakeClock()
    demo_ctx.clock = clock
    dialog = SignInDialog(demo_ctx, None, start=False)
    qtbot.addWidget(dialog)
    form = dialog.form
    for _ in range(auth.FREE_TRIES):
        _submit(qtbot, form, "wrong-password")
    button = dialog.findChild(object, "signIn")
    assert not button.isEnabled()  # the wait: 1 s
    assert "1" in form.message.text() and form.timer.isActive()
    _submit(qtbot, form, DEMO_PASSWORD)  # refused while waiting: nothing submitted
    assert dialog.result() == 0
    clock.now += timedelta(seconds=1)
    form.tick()  # what the timer does every second
    assert button.isEnabled() and not form.timer.isActive()
    _submit(qtbot, form, "wrong-again-x")  # the fourth: 2 s
    assert not button.isEnabled() and "2" in form.message.text()
    clock.now += timedelta(seconds=2)
    form.tick()
    _submit(qtbot, form, DEMO_PASSWORD)
    assert dialog.result() == 1


def test_a_user_without_a_password_is_told_who_sets_it(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from opsdesk.permissions import as_system

    newbie = org.create_user(as_system(demo_ctx), org.UserInput("newbie", "新人", "supervisor"))
    dialog = SignInDialog(demo_ctx, None, start=False, user_id=newbie.id)
    qtbot.addWidget(dialog)
    assert "总部" in dialog.form.note.text() or "Head office" in dialog.form.note.text()
    _submit(qtbot, dialog.form, "anything-at-all")
    assert dialog.result() == 0 and demo_ctx.user_id != newbie.id
