"""First start on an empty workspace: open the demo or start empty with a first user."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from opsdesk import demo
from opsdesk.errors import OpsDeskError, ValidationError
from opsdesk.services import AppContext, org, workspace
from ui import labels
from ui.errors import describe, show_error
from ui.operations import ALL, Operation
from ui.style import BLUE, ICON, set_role
from ui.widgets.form import FieldErrors
from ui.widgets.pickers import picked


class WelcomeDialog(QDialog):
    """Accepted once the workspace has a current user (demo built or first user created)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation | None = None  # the demo being built
        self.demo_built = False  # accepted with the demo (its people then sign in) or with a first user
        self.setWindowTitle(self.tr("Welcome to OpsDesk"))
        self.setMinimumWidth(520)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._empty_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- page 1: choose
    def _choice_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Welcome to OpsDesk"))
        set_role(title, "title")
        text = QLabel(self.tr(
            "This workspace is empty. Open a demo workspace with a sample chain of stores, "
            "supervisors and store managers to look around, or start with an empty workspace."))
        text.setWordWrap(True)
        from ui.widgets.sign_in import demo_hint

        passwords = QLabel(demo_hint(), objectName="welcomeDemoPasswords")
        passwords.setWordWrap(True)
        set_role(passwords, "hint")
        self.demo_button = QPushButton(qta.icon("fa5s.magic", color=BLUE), self.tr("Open the demo workspace"),
                                       objectName="openDemo")
        self.empty_button = QPushButton(qta.icon("fa5s.file", color=ICON), self.tr("Start empty"),
                                        objectName="startEmpty")
        for b in (self.demo_button, self.empty_button):
            b.setMinimumHeight(40)
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self.build_demo)
        self.empty_button.clicked.connect(self._show_empty_page)
        self.progress = QProgressBar(objectName="demoProgress")
        self.progress.hide()
        self.status = QLabel(objectName="demoStatus")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addWidget(self.empty_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(passwords)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        return page

    def build_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.empty_button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Building the demo workspace..."))
        # One transaction: reported, not cancellable (the dialog cannot be closed meanwhile).
        ctx = self.ctx
        self.operation = (
            Operation(lambda job: demo.build_demo(ctx, progress=job.progress, months=6, daily_days=92),
                      owner=self, changes=ALL, title=self.tr("Open the demo workspace"), name="demo workspace")
            .on_progress(self._progress)
            .success(self._demo_done)
            .failure(self._demo_failed)
            .run())

    def _progress(self, done: int, total: int, _stage: str = "") -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _demo_done(self, summary: demo.DemoSummary) -> None:
        self.operation = None
        self.ctx.user_id = summary.current_user_id
        self.demo_built = True
        self.accept()

    def _demo_failed(self, exc: BaseException) -> None:
        self.operation = None
        self.progress.hide()
        self.status.setText(describe(exc))
        self.demo_button.setEnabled(True)
        self.empty_button.setEnabled(True)

    def _show_empty_page(self) -> None:
        self.pages.setCurrentIndex(1)
        self.workspace_name.setFocus()

    # -- page 2: start empty
    def _empty_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Start an empty workspace"))
        set_role(title, "title")
        self.workspace_name = QLineEdit(objectName="workspaceName")
        self.workspace_name.setPlaceholderText(self.tr("e.g. East China operations"))
        self.user_name = QLineEdit(objectName="userName")
        self.username = QLineEdit(objectName="username")
        self.username.setPlaceholderText(self.tr("e.g. zhangwei"))
        self.role = QComboBox(objectName="role")
        for code, text in labels.roles().items():
            self.role.addItem(text, code)
        self.role.setCurrentIndex(max(self.role.findData("supervisor"), 0))
        form = QFormLayout()
        form.addRow(self.tr("Workspace name"), self.workspace_name)
        form.addRow(self.tr("Your name"), self.user_name)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Your role"), self.role)
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit(objectName="passwordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Your password"), self.password)
        form.addRow(self.tr("Repeat your password"), self.password_again)
        self.error_label = QLabel(objectName="errors")
        self.errors = FieldErrors(
            self.error_label,
            {"workspace_name": self.workspace_name, "name": self.user_name, "username": self.username,
             "role": self.role, "password": self.password, "password_again": self.password_again},
            {"workspace_name": self.tr("Workspace name"), "name": self.tr("Your name"),
             "username": self.tr("Username"), "role": self.tr("Your role"), "password": self.tr("Your password"),
             "password_again": self.tr("Repeat your password")},
        )
        back = QPushButton(self.tr("Back"), objectName="back")
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_button = QPushButton(self.tr("Create workspace"), objectName="create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.start_empty)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def start_empty(self) -> None:
        """Create the workspace's first user; the workspace service runs off the GUI thread (it hashes the first
        password with Argon2, slow on purpose). ``operation`` is None again once it succeeded or was refused."""
        if self.operation is not None:
            return
        data = org.UserInput(username=self.username.text(), name=self.user_name.text(),
                             role=self.role.currentData())
        if self.password.text() != self.password_again.text():
            from opsdesk.errors import FieldProblem

            self.errors.show(ValidationError([FieldProblem("password_again", "mismatch")]))
            return
        ctx, name, password = self.ctx, self.workspace_name.text(), self.password.text()
        self.create_button.setEnabled(False)
        self.operation = (
            Operation(lambda _job: workspace.start_empty(ctx, name, data, password), owner=self, changes=ALL,
                      title=self.tr("Start empty"), name="start empty")
            .success(self._started_empty)
            .failure(self._start_empty_failed)
            .run())

    def _started_empty(self, user: org.UserDTO) -> None:
        self.operation = None
        self.create_button.setEnabled(True)
        self.ctx.user_id = user.id
        self.accept()

    def _start_empty_failed(self, exc: BaseException) -> None:
        self.operation = None
        self.create_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        else:
            show_error(self, exc)

    def reject(self) -> None:
        if self.operation is not None:
            return  # the demo or the first user is being made; closing now would leave no workspace
        super().reject()


class SwitchUserDialog(QDialog):
    """Choose who is using this computer now."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Switch user"))
        self.users = QComboBox(objectName="users")
        rank = {role: i for i, role in enumerate(org.USER_ROLES)}
        # By role; within a role in the service's (pinyin) order: the sort is stable.
        users = sorted(org.query_users(ctx, org.UserQuery()), key=lambda u: rank.get(u.role, 99))
        self.users.setEditable(True)  # type to find a name in a long list
        self.users.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for u in users:
            self.users.addItem(f"{u.name} · {labels.role(u.role)} ({u.username})", u.id)
        if ctx.user_id:
            self.users.setCurrentIndex(max(self.users.findData(ctx.user_id), 0))
        ok = QPushButton(self.tr("Switch"), objectName="switch")
        ok.setDefault(True)
        ok.clicked.connect(self.switch)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is using OpsDesk now?")))
        layout.addWidget(self.users)
        layout.addLayout(row)
        self.setMinimumWidth(360)
        self.users.setFocus(Qt.FocusReason.OtherFocusReason)

    def switch(self) -> None:
        user_id = picked(self.users)  # the name typed, not a stale selection
        if not user_id:
            self.users.setFocus()
            return
        try:
            workspace.set_current_user(self.ctx, user_id)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.accept()
