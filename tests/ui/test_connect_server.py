"""File → Connect to head-office server…: the dialog tests the connection in the background against a real
PostgreSQL cluster, names what is wrong in the user's language, keeps the password out of the settings, and on
Connect the app reopens on the server's workspace; ``main.py --db postgresql://...`` opens one directly.
Runs under ``make test-pg`` (``-m pg``); skipped with the reason where PostgreSQL is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog

from opsdesk import pg
from opsdesk.db import Database
from opsdesk.services import org, workspace
from opsdesk.services.org import UserQuery
from opsdesk.services.context import AppContext
from ui.app import Controller, Startup, close_workspace
from ui.main_window import MainWindow
from ui.widgets.connect_server import ConnectServerDialog

pytestmark = pytest.mark.pg

ROOT = Path(__file__).resolve().parents[2]
PW_USER = "field_analyst"
PASSWORD = "Tr0ub4dor&3-not-stored"


class FakeApp:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


@pytest.fixture
def server(pg_templates, tmp_path):  # noqa: ANN001, ANN201
    """A head-office workspace (the demo chain, a current user chosen) on the session's cluster, with its
    files folder named in the database."""
    files = tmp_path / "share" / "files"
    url = pg_templates.copy(files, stores=2, seed=4)
    files.mkdir(parents=True, exist_ok=True)
    pg.set_files_dir(url, files)
    return url


@pytest.fixture(scope="module")
def password_login(pg_cluster):  # noqa: ANN001, ANN201
    """A role that must give its password (scram-sha-256 for it alone; the cluster trusts everyone else)."""
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {PW_USER} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
        hba = Path(conn.execute("SHOW hba_file").fetchone()[0])
        hba.write_text(f"host all {PW_USER} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        conn.execute("SELECT pg_reload_conf()")
    return PW_USER


@pytest.fixture(autouse=True)
def _no_typed_passwords():  # noqa: ANN202
    yield
    pg._PASSWORDS.clear()  # a typed password lives in this process only; not across tests


def fill(dialog: ConnectServerDialog, url: str, *, database: str | None = None, user: str | None = None,
         password: str = "") -> None:
    parts = pg.server_parts(url)
    dialog.host.setText(parts["host"])
    dialog.port.setValue(parts["port"])
    dialog.database.setText(database if database is not None else parts["database"])
    dialog.user.setText(user if user is not None else parts["user"])
    dialog.password.setText(password)


def probe_status(qtbot, dialog: ConnectServerDialog) -> str:  # noqa: ANN001
    """Click Test connection; the busy bar shows while it runs in the background; the status once done."""
    dialog.test_button.click()
    assert dialog.busy.isVisibleTo(dialog) and not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy.isVisibleTo(dialog), timeout=20000)
    assert dialog.test_button.isEnabled()
    return dialog.status.text()


def errors_text(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def test_test_connection_succeeds_and_says_so(qtbot, server) -> None:  # noqa: ANN001
    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, server)
    text = probe_status(qtbot, dialog)
    version = dialog.info.server_version
    assert text == dialog.tr("Connected: an OpsDesk workspace on PostgreSQL %1.").replace("%1", version)
    assert dialog.status.property("role") == "ok"
    assert dialog.url() == server and dialog.result() == 0  # tested, not yet accepted


def test_a_wrong_database_name_is_named_in_the_users_language(qtbot, server) -> None:  # noqa: ANN001
    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, server, database="no_such_store_db")
    text = probe_status(qtbot, dialog)
    assert text == errors_text("The server has no database named %1.").replace("%1", "no_such_store_db")
    assert dialog.status.property("role") == "error" and dialog.info is None


def test_an_unreachable_server_and_an_empty_database_are_named(qtbot, server, pg_cluster) -> None:  # noqa: ANN001
    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, server)
    dialog.port.setValue(1)  # nothing listens there
    assert probe_status(qtbot, dialog).startswith(errors_text(
        "Cannot reach the server of %1. Check the server name and port, and that the server is running and "
        "reachable from this computer.").split("%1")[0])
    empty = pg_cluster.create_database()
    fill(dialog, server, database=empty)
    assert probe_status(qtbot, dialog) == errors_text(
        "The database %1 holds no OpsDesk workspace yet. The administrator sets it up with: opsdesk db upgrade "
        "--db %1").replace("%1", pg.display(pg_cluster.url(empty)))


def test_the_password_is_used_for_the_connection_and_never_saved(qtbot, server, password_login) -> None:  # noqa: ANN001
    dialog = ConnectServerDialog()
    qtbot.addWidget(dialog)
    fill(dialog, server, user=password_login, password="wrong-guess")
    text = probe_status(qtbot, dialog)
    assert text == errors_text(
        "The server refused the login of user %1: the password is wrong or missing (type it, or put it in your "
        ".pgpass file), or the server does not know this user.").replace("%1", password_login)
    assert "wrong-guess" not in text
    dialog.password.setText(PASSWORD)
    assert probe_status(qtbot, dialog).startswith(dialog.tr("Connected: an OpsDesk workspace on PostgreSQL %1.")[:10])
    dialog.buttons.accepted.emit()  # Connect: tested again in the background, then accepted
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert PASSWORD not in dialog.url() and password_login in dialog.url()
    settings = QSettings()
    settings.sync()
    saved = Path(settings.fileName()).read_bytes()
    assert password_login.encode() in saved and pg.server_parts(server)["database"].encode() in saved
    assert PASSWORD.encode() not in saved and b"wrong-guess" not in saved
    # the next dialog is filled with the last server, the password field empty
    again = ConnectServerDialog()
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.database.text(), again.user.text(), again.password.text()) \
        == ("127.0.0.1", pg.server_parts(server)["port"], pg.server_parts(server)["database"], password_login, "")
    # the typed password opens the workspace (this process's memory), and the app shows no password either
    db = Database.open(dialog.url(), migrate_schema=False, create=False)
    try:
        assert PASSWORD not in db.location and workspace.info(AppContext(db)).path == db.location
    finally:
        db.close()


def test_connect_reopens_the_app_on_the_server_workspace(qtbot, server, demo_ctx, translations,  # noqa: ANN001
                                                        monkeypatch) -> None:
    from ui.widgets.sign_in import SignInDialog

    monkeypatch.setattr(Controller, "remind", lambda self: None)
    # the start-up's sign-in: the demo's current user signs in (the dialog itself: tests/ui/test_sign_in.py)
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: 1)
    window = MainWindow()  # not given to qtbot: the switch deletes it (deleteLater), as a language change does
    startup = Startup(FakeApp(), window, translations, Path(demo_ctx.db.path), measuring=False)
    window.show()
    startup.load()
    assert window.is_attached() and startup.ctx.db.dialect == "sqlite"

    def connect(dialog: ConnectServerDialog) -> int:  # a child of the window: goes with it
        fill(dialog, server)
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
        return dialog.result()

    monkeypatch.setattr(ConnectServerDialog, "exec", connect)
    asked: list[str] = []

    def choose(dialog) -> int:  # noqa: ANN001 - the server's "who is using this?": each desktop chooses its own
        asked.append(dialog.ctx.db.dialect)
        head_office = next(u for u in org.query_users(dialog.ctx, UserQuery(), 0, 500) if u.role == "head_office")
        workspace.set_current_user(dialog.ctx, head_office.id)
        return 1

    monkeypatch.setattr(SignInDialog, "exec", choose)  # sign-in itself: tests/ui/test_sign_in.py
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == window.tr("&Connect to head-office server..."))
    assert action.isEnabled()
    action.trigger()
    try:
        qtbot.waitUntil(lambda: startup.ctx is not None and startup.ctx.db.dialect == "postgresql", timeout=20000)
        new_window = startup.controller.window
        assert new_window is not window and new_window.is_attached() and new_window.ctx is startup.ctx
        assert startup.db_path == server and startup.ctx.db.location == server
        assert asked == ["postgresql"] and startup.ctx.user_id is not None
        # the old window went with its workspace (hidden, then deleted)
        qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: pg.server_parts(server)["database"] in new_window.workspace_label.toolTip(),
                        timeout=10000)  # the status bar's own background query
        assert QSettings().value("server/database") == pg.server_parts(server)["database"]
    finally:
        from ui.operations import tasks

        # the new window's later reads (equipment warnings, conflict count) start once it is ready: they end here
        qtbot.waitUntil(startup.controller.window.is_ready, timeout=20000)
        tasks().wait_idle(20000)
        for shown_window in {window, startup.controller.window}:
            if shiboken6.isValid(shown_window):
                shown_window.close()
        if startup.ctx is not None:
            close_workspace(startup.ctx)  # as the app closes: nothing may still read the server once it goes


def test_main_opens_a_server_workspace_from_the_command_line(server, tmp_path) -> None:  # noqa: ANN001
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPSDESK_EXIT_AFTER_READY="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "main.py", "--db", server, "--page", "stores"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["painted", "ready"]
