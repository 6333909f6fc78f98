"""Signing in (opsdesk.auth), thin: the sign-in dialog at start-up and at a switch of user, the lock screen of an
idle window, changing one's own password, setting a temporary one.

The checks are the core's: a wrong password, the wait after too many (a countdown here, recomputed from the
core's ``retry_after`` every second), an account without a password. Argon2 is slow on purpose, so every verify
and every new hash runs off the GUI thread (``ui.operations.Operation``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk import auth
from opsdesk.errors import (
    NoPasswordError,
    OpsDeskError,
    SignInError,
    TooManyTriesError,
    ValidationError,
    WrongPasswordError,
)
from opsdesk.services import AppContext, org, workspace
from ui import labels
from ui.errors import describe, problem_text
from ui.operations import Operation
from ui.style import set_role

from opsdesk.demo import DEMO_MARKER  # noqa: E402 - meta key build_demo sets: the sign-in shows the demo passwords


def demo_hint() -> str:
    from opsdesk.demo import DEMO_PASSWORD, DEMO_PIN

    return QCoreApplication.translate(
        "SignIn", "Demo workspace: every user's password is %1; staff sign in with the PIN %2.").replace(
        "%1", DEMO_PASSWORD).replace("%2", DEMO_PIN)


def is_demo(ctx: AppContext) -> bool:
    return bool(ctx.db.get_meta(DEMO_MARKER))


def sorted_users(ctx: AppContext) -> list[org.UserDTO]:
    """Active users by role, then in the service's (pinyin) order, as SwitchUserDialog lists them."""
    rank = {role: i for i, role in enumerate(org.USER_ROLES)}
    return sorted(org.query_users(ctx, org.UserQuery()), key=lambda u: rank.get(u.role, 99))


def refusal_text(exc: BaseException) -> str:
    """A sign-in refusal as a translated sentence."""
    if isinstance(exc, WrongPasswordError):
        return QCoreApplication.translate("SignIn", "Wrong password or PIN.")
    if isinstance(exc, TooManyTriesError):
        return countdown_text(exc.retry_after)
    if isinstance(exc, NoPasswordError):
        return no_password_text()
    if isinstance(exc, SignInError) and exc.params.get("reason") == "inactive":
        return QCoreApplication.translate("SignIn", "This account is deactivated.")
    return describe(exc)


def countdown_text(seconds: int) -> str:
    return QCoreApplication.translate("SignIn", "Too many wrong tries. Try again in %n s.", "", int(seconds))


def no_password_text() -> str:
    return QCoreApplication.translate(
        "SignIn", "This user has no password yet. Head office or an operations manager sets a temporary one; "
        "you then choose your own when you sign in.")


class SignInForm(QWidget):
    """Who (a list, or one fixed user), the password or PIN, a message line, and the step that chooses a new
    password (first start after an upgrade; a temporary one). ``signedIn(user_id)`` once verified (and the new
    password saved); the caller then makes that user current."""

    signedIn = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, user_id: str | None = None,
                 fixed: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation | None = None
        self.verified: str | None = None  # the password just verified (a temporary one being replaced)
        self.users = QComboBox(objectName="signInUser")
        self.users.setEditable(not fixed)
        self.users.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for u in sorted_users(ctx):
            self.users.addItem(f"{u.name} · {labels.role(u.role)} ({u.username})", u.id)
        chosen = user_id or ctx.user_id or ctx.db.get_meta(workspace.CURRENT_USER_KEY)
        if chosen:
            self.users.setCurrentIndex(max(self.users.findData(chosen), 0))
        self.users.setEnabled(not fixed)
        self.users.currentIndexChanged.connect(self._user_changed)
        self.password = QLineEdit(objectName="signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        self.new_password = QLineEdit(objectName="newPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="repeatPassword")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.returnPressed.connect(self.submit)
        self.note = QLabel(objectName="signInNote")
        self.note.setWordWrap(True)
        self.message = QLabel(objectName="signInMessage")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.form = QFormLayout()
        self.form.addRow(self.tr("User"), self.users)
        self.form.addRow(self.tr("Password or PIN"), self.password)
        self.form.addRow(self.tr("New password"), self.new_password)
        self.form.addRow(self.tr("Repeat it"), self.repeat)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        self.submit_button: QPushButton | None = None  # the owner's button, disabled while waiting
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.tick)
        self._user_changed()

    # -- state
    def user_id(self) -> str | None:
        from ui.widgets.pickers import picked

        return picked(self.users) if self.users.isEditable() else self.users.currentData()

    def choosing(self) -> bool:
        """The step that chooses a new password is shown."""
        return self.new_password.isVisibleTo(self)

    def _show_new(self, shown: bool, note: str = "") -> None:
        for field in (self.new_password, self.repeat):
            field.setVisible(shown)
            self.form.labelForField(field).setVisible(shown)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def _user_changed(self) -> None:
        self.verified = None
        self.message.clear()
        self.password.clear()
        self.timer.stop()
        self._set_busy(False)
        user_id = self.user_id()
        state = auth.status(self.ctx, user_id).state if user_id else auth.READY
        self.password.setVisible(state != auth.SET_OWN)
        self.form.labelForField(self.password).setVisible(state != auth.SET_OWN)
        if state == auth.SET_OWN:
            self._show_new(True, self.tr("You have no password yet: choose one now. You will be asked for it "
                                         "when OpsDesk starts, when the screen is locked and when you switch user."))
        elif state == auth.NO_PASSWORD:
            self._show_new(False, no_password_text())
        else:
            self._show_new(False)
        if user_id:
            self.tick()

    def _set_busy(self, busy: bool) -> None:
        if self.submit_button is not None:
            self.submit_button.setEnabled(not busy)

    def tick(self) -> None:
        """The countdown of the wait after wrong tries: the core says how long is left (its clock)."""
        user_id = self.user_id()
        left = auth.retry_after(self.ctx, user_id) if user_id else 0
        if left > 0:
            self.message.setText(countdown_text(left))
            self._set_busy(True)
            if not self.timer.isActive():
                self.timer.start()
            return
        if self.timer.isActive():
            self.timer.stop()
            self.message.clear()
        if self.operation is None:
            self._set_busy(False)

    # -- the steps
    def submit(self) -> None:
        user_id = self.user_id()
        if not user_id or self.operation is not None:
            return
        if self.choosing():
            self._save_new(user_id)
            return
        secret = self.password.text()
        ctx = self.ctx
        self._run(lambda _job: auth.verify(ctx, user_id, secret), lambda _user: self._verified(user_id, secret))

    def _run(self, fn: Callable, done: Callable) -> None:
        self.message.clear()
        self._set_busy(True)
        self.operation = (Operation(fn, owner=self, title=self.tr("Signing in"), name="sign in")
                          .success(lambda result: self._finished(done, result))
                          .failure(self._refused)
                          .run())

    def _finished(self, done: Callable, result: object) -> None:
        self.operation = None
        self._set_busy(False)
        done(result)

    def _refused(self, exc: BaseException) -> None:
        self.operation = None
        self._set_busy(False)
        self.password.clear()
        if isinstance(exc, ValidationError):
            self.message.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self.message.setText(refusal_text(exc))
        retry = exc.params.get("retry_after") if isinstance(exc, OpsDeskError) else 0
        if retry:
            self.tick()
        self.password.setFocus()

    def _verified(self, user_id: str, secret: str) -> None:
        if auth.status(self.ctx, user_id).state == auth.MUST_CHANGE:
            self.verified = secret
            self.password.setEnabled(False)
            self._show_new(True, self.tr("This is a temporary password: choose your own now."))
            self.new_password.setFocus()
            return
        self.signedIn.emit(user_id)

    def _save_new(self, user_id: str) -> None:
        new, again = self.new_password.text(), self.repeat.text()
        if new != again:
            self.message.setText(QCoreApplication.translate("Errors", "The two entries differ."))
            self.repeat.clear()
            return
        status = auth.status(self.ctx, user_id)
        kind = status.kind or ("pin" if status.role in auth.PIN_ROLES and new.isdigit() and len(new) <= auth.PIN_MAX
                               else "password")
        problems = auth.check_secret(new, kind, status.role)
        if problems:
            self.message.setText("\n".join(problem_text(p) for p in problems))
            return
        ctx, old = AppContext(self.ctx.db, user_id, self.ctx.clock), self.verified
        if old is None:  # the first password of this desktop's user
            self._run(lambda _job: auth.set_password(ctx, user_id, new, kind), lambda _r: self.signedIn.emit(user_id))
        else:
            self._run(lambda _job: auth.change_own(ctx, old, new, kind), lambda _r: self.signedIn.emit(user_id))


class SignInDialog(QDialog):
    """Who is using OpsDesk: at start-up (Sign in / Quit) and at File → Switch user (Sign in / Cancel).
    Accepted once the chosen user signed in; that user is then this desktop's current user, and what the
    previous person unlocked is forgotten (``ctx.forget_secrets``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, start: bool = True,
                 user_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sign in") if start else self.tr("Switch user"))
        self.form = SignInForm(ctx, self, user_id=user_id)  # None: this desktop's last user
        self.form.signedIn.connect(self._signed_in)
        ok = QPushButton(self.tr("Sign in"), objectName="signIn")
        ok.setDefault(True)
        ok.clicked.connect(self.form.submit)
        self.form.submit_button = ok
        other = QPushButton(self.tr("Quit") if start else self.tr("Cancel"), objectName="quitSignIn")
        other.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(other)
        row.addWidget(ok)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Who is using OpsDesk now?"))
        set_role(title, "title")
        layout.addWidget(title)
        layout.addWidget(self.form)
        if is_demo(ctx):
            hint = QLabel(demo_hint(), objectName="demoPasswords")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addLayout(row)
        self.setMinimumWidth(420)
        self.form.tick()
        self.form.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _signed_in(self, user_id: str) -> None:
        try:
            if user_id != self.ctx.user_id:
                self.ctx.forget_secrets()
            workspace.set_current_user(self.ctx, user_id)
        except OpsDeskError as exc:
            self.form.message.setText(describe(exc))
            return
        self.accept()

    def reject(self) -> None:
        if self.form.operation is not None:
            return  # a verify is running
        super().reject()


class LockScreen(QWidget):
    """What a locked window shows instead of its content: the current user's password, or Switch user."""

    unlocked = Signal()
    switchRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.form = SignInForm(ctx, self, user_id=ctx.user_id, fixed=True)
        self.form.signedIn.connect(lambda _uid: self.unlocked.emit())
        unlock = QPushButton(self.tr("Unlock"), objectName="unlock")
        unlock.setDefault(True)
        unlock.clicked.connect(self.form.submit)
        self.form.submit_button = unlock
        switch = QPushButton(self.tr("Switch user..."), objectName="lockSwitchUser")
        switch.clicked.connect(self.switchRequested.emit)
        title = QLabel(self.tr("OpsDesk is locked"))
        set_role(title, "title")
        box = QWidget()
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(switch)
        row.addStretch(1)
        row.addWidget(unlock)
        inner.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.form.tick()
        self.form.password.setFocus(Qt.FocusReason.OtherFocusReason)


class IdleLock(QObject):
    """Locks the window (``window().lock()``) after the workspace's idle time without keyboard or mouse input
    (``workspace.idle_lock_minutes``; 0: never). An application-wide event filter; ``interval_ms`` is the test
    hook (a short idle time without waiting minutes)."""

    INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                       QEvent.Type.Wheel, QEvent.Type.TouchBegin})

    def __init__(self, window: Callable[[], QWidget | None], minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent or QApplication.instance())
        self.window = window
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(int(minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self.timer.stop()
        self.interval = max(0, int(ms))
        if self.interval:
            self.timer.start(self.interval)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.interval and event.type() in self.INPUT:
            self.timer.start(self.interval)
        return False

    def _idle(self) -> None:
        window = self.window()
        if window is not None and hasattr(window, "lock"):
            window.lock()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)


class ChangePasswordDialog(QDialog):
    """File → Change password…: the current one, the new one twice."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Change password"))
        self.old = QLineEdit(objectName="oldPassword")
        self.new = QLineEdit(objectName="newPassword")
        self.again = QLineEdit(objectName="repeatPassword")
        for field in (self.old, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Current password or PIN"), self.old)
        form.addRow(self.tr("New password or PIN"), self.new)
        form.addRow(self.tr("Repeat it"), self.again)
        self.message = QLabel(objectName="changeMessage")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.ok = QPushButton(self.tr("Change"), objectName="change")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(row)

    def submit(self) -> None:
        if self.new.text() != self.again.text():
            self.message.setText(QCoreApplication.translate("Errors", "The two entries differ."))
            return
        ctx, old, new = self.ctx, self.old.text(), self.new.text()
        self.ok.setEnabled(False)
        self.operation = (Operation(lambda _job: auth.change_own(ctx, old, new), owner=self,
                                    title=self.tr("Change password"), name="change password")
                          .success(lambda _r: self._done())
                          .failure(self._failed)
                          .run())

    def _done(self) -> None:
        self.operation = None
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.ok.setEnabled(True)
        self.old.clear()
        if isinstance(exc, ValidationError):
            self.message.setText("\n".join(problem_text(p) for p in exc.problems))
        else:
            self.message.setText(refusal_text(exc))


class _BusyDialog(QDialog):
    """A dialog that cannot be closed while its ``operation`` (a background reset) runs."""

    operation: Operation | None = None

    def reject(self) -> None:
        if self.operation is not None:
            return
        super().reject()


def set_temporary_password(ctx: AppContext, user: org.UserDTO, parent: QWidget | None = None) -> bool:
    """The users page: ask for a temporary password for ``user``, confirm, reset (audited; off the GUI thread).
    True when set."""
    dialog = _BusyDialog(parent)
    dialog.setObjectName("temporaryPasswordDialog")
    dialog.setWindowTitle(QCoreApplication.translate("SignIn", "Set a temporary password"))
    field = QLineEdit(objectName="temporaryPassword")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    text = QLabel(QCoreApplication.translate(
        "SignIn", "A temporary password or PIN for %1. Tell it to them in person; they choose their own at their "
        "next sign-in. The reset is recorded in the audit trail.").replace("%1", user.name))
    text.setWordWrap(True)
    message = QLabel(objectName="temporaryMessage")
    message.setWordWrap(True)
    set_role(message, "error")
    ok = QPushButton(QCoreApplication.translate("SignIn", "Set"), objectName="setTemporary")
    ok.setDefault(True)
    cancel = QPushButton(QCoreApplication.translate("SignIn", "Cancel"))
    cancel.clicked.connect(dialog.reject)
    done = {"ok": False}

    def apply() -> None:
        answer = QMessageBox.question(dialog, dialog.windowTitle(), QCoreApplication.translate(
            "SignIn", "Replace the password of %1 with this temporary one?").replace("%1", user.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        temporary = field.text()
        ok.setEnabled(False)
        cancel.setEnabled(False)
        message.clear()
        # Argon2 hashes the temporary password (slow on purpose): off the GUI thread. The dialog's ``operation``
        # property is the running reset (tests wait for it).
        dialog.operation = (Operation(lambda _job: auth.reset(ctx, user.id, temporary), owner=dialog,
                                      changes=("user", "audit_entry"), title=dialog.windowTitle(),
                                      name="temporary password")
                            .success(succeeded).failure(refused).run())

    def succeeded(_result: object) -> None:
        dialog.operation = None
        done["ok"] = True
        dialog.accept()

    def refused(exc: BaseException) -> None:
        dialog.operation = None
        ok.setEnabled(True)
        cancel.setEnabled(True)
        message.setText("\n".join(problem_text(p) for p in exc.problems) if isinstance(exc, ValidationError)
                        else describe(exc))

    ok.clicked.connect(apply)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(ok)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(field)
    layout.addWidget(message)
    layout.addLayout(row)
    dialog.exec()
    return done["ok"]
