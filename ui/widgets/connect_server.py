"""File → Connect to head-office server…: host, port, database and user of a PostgreSQL workspace.

The password is not kept: libpq reads the user's ``.pgpass`` file when the password field is left empty;
a password typed here is handed to ``opsdesk.pg.use_password`` — this process's memory, for that server,
port, user and database only — and never written to the settings, the URL, a log or a message. The last
server (without password) is remembered in the settings (``server/...``) to fill the form next time.

"Test connection" and OK connect in the background (a busy bar meanwhile) and check that the database holds
an OpsDesk workspace this app can open as it is (``opsdesk.pg.probe``); OK then accepts, and ``url()`` is
what the app opens (see ``ui.app.Startup.switch_workspace``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.style import set_role

DEFAULT_PORT = 5432
SETTINGS_KEYS = ("server/host", "server/port", "server/database", "server/user")


def last_server() -> dict[str, object]:
    """The server connected to last time (host, port, database, user), from the settings."""
    settings = QSettings()
    port = settings.value("server/port", DEFAULT_PORT)
    try:
        port = int(port)
    except (TypeError, ValueError):
        port = DEFAULT_PORT
    return {"host": str(settings.value("server/host", "") or ""), "port": port,
            "database": str(settings.value("server/database", "") or ""),
            "user": str(settings.value("server/user", "") or "")}


def remember_server(host: str, port: int, database: str, user: str) -> None:
    """Keep the server for next time: never a password."""
    settings = QSettings()
    for key, value in zip(SETTINGS_KEYS, (host, int(port), database, user)):
        settings.setValue(key, value)
    settings.sync()


class ConnectServerDialog(QDialog):
    """Connect to a head-office server; ``exec()`` true once a connection was tested and ``url()`` can be opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to head-office server"))
        self.setObjectName("connectServer")
        last = last_server()
        self.host = QLineEdit(str(last["host"]), objectName="host")
        self.host.setPlaceholderText(self.tr("e.g. opsdesk.head-office.lan"))
        self.port = QSpinBox(objectName="port")
        self.port.setRange(1, 65535)
        self.port.setValue(int(last["port"]))
        self.database = QLineEdit(str(last["database"]), objectName="database")
        self.user = QLineEdit(str(last["user"]), objectName="user")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Empty: taken from your .pgpass file"))
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        hint = QLabel(self.tr("The password is used for this connection only and never saved. To not type it each "
                              "time, put it in your .pgpass file."))
        hint.setWordWrap(True)
        set_role(hint, "hint")
        self.busy = QProgressBar(objectName="busy")
        self.busy.setRange(0, 0)  # an indicator without a measure: connecting
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.status = QLabel(objectName="status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("Test connection"), objectName="test")
        self.test_button.clicked.connect(self.test_connection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.connect_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.info = None  # the last successful probe (opsdesk.pg.ServerInfo)
        self._accept_when_ok = False
        (self.host if not last["host"] else self.password if last["user"] else self.user).setFocus()

    # -- the connection
    def url(self) -> str:
        """The server's URL, never with the password."""
        from opsdesk import pg

        return pg.server_url(self.host.text(), self.port.value(), self.database.text(), self.user.text())

    def test_connection(self) -> None:
        self._start(accept=False)

    def connect_and_accept(self) -> None:
        self._start(accept=True)

    def _start(self, *, accept: bool) -> None:
        from ui.operations import QueryOp

        missing = [w for w in (self.host, self.database, self.user) if not w.text().strip()]
        if missing:
            self._show(self.tr("Fill in the server, the database and the user."), "error")
            missing[0].setFocus()
            return
        from opsdesk import pg

        url = self.url()
        pg.use_password(url, self.password.text() or None)  # memory only; empty: libpq reads .pgpass
        self._accept_when_ok = accept
        self._busy(True)
        self._show(self.tr("Connecting to %1…").replace("%1", pg.display(url)), "hint")
        QueryOp(lambda _job: pg.probe(url), owner=self, key="probe", name="connect: probe a server") \
            .success(self._connected).failure(self._failed).run()

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        for widget in (self.test_button, self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                       self.host, self.port, self.database, self.user, self.password):
            widget.setEnabled(not on)

    def _connected(self, info) -> None:  # noqa: ANN001 - an opsdesk.pg.ServerInfo
        self._busy(False)
        self.info = info
        text = self.tr("Connected: an OpsDesk workspace on PostgreSQL %1.").replace("%1", info.server_version)
        role = "ok"
        if not info.files_dir:
            text += "\n" + self.tr("No shared folder for photos and documents is set on this server yet: they stay "
                                   "on the computer that adds them (opsdesk db set-files-dir).")
            role = "warning"
        elif not info.files_reachable:
            text += "\n" + self.tr("The folder %1, where this workspace keeps its photos and documents, cannot be "
                                   "reached from this computer. Connect the shared drive first.").replace(
                "%1", info.files_dir)
            role = "warning"
        self._show(text, role)
        if self._accept_when_ok:
            remember_server(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                            self.user.text().strip())
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import describe

        self._busy(False)
        self.info = None
        self._show(describe(exc), "error")

    def _show(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)
