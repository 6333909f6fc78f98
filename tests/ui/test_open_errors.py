"""A workspace that cannot be opened: the translated reason, then retry, choose another file or quit;
the typed database errors' messages; the unexpected-error message names the log file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fs_helpers import read_only_folder
from opsdesk import logs
from opsdesk.db import Database
from opsdesk.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    WorkspaceNotFoundError,
)
from opsdesk.services import AppContext, org, workspace
from ui import app as app_module
from ui.app import Startup, WaitNotice
from ui.errors import describe
from ui.main_window import MainWindow


READ_ONLY = ("The workspace %1 cannot be written: the file or its folder is read-only. "
             "Nothing was changed; copy it to a folder you can write to, or choose another file.")


def tr(context: str, source: str) -> str:
    """What the app shows for ``source`` in the installed language (Chinese once the .ts files carry it)."""
    return QCoreApplication.translate(context, source)


class FakeApp:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


@pytest.fixture(autouse=True)
def _signed_in(monkeypatch) -> None:  # noqa: ANN001
    """Once a workspace opens, its current user signs in (the sign-in dialog itself: tests/ui/test_sign_in.py)."""
    from ui.widgets.sign_in import SignInDialog

    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: 1)


def new_workspace(path: Path) -> Path:
    db = Database.open(path)
    try:
        workspace.start_empty(AppContext(db), "East", org.UserInput(username="admin", name="Admin",
                                                                    role="head_office"))
    finally:
        db.close()
    return path


def answer_box(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:  # noqa: ANN001
    """Once the modal message box is up, record its text and press ``button``."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)


@pytest.fixture
def window(qtbot):  # noqa: ANN001, ANN201
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.mark.posix  # a read-only bind mount (root) or chmod
def test_a_read_only_workspace_offers_another_file_which_then_opens(qtbot, tmp_path, translations, window,
                                                                     monkeypatch) -> None:  # noqa: ANN001
    folder = tmp_path / "ro"
    folder.mkdir()
    locked_path = new_workspace(folder / "w.sqlite")
    good = new_workspace(tmp_path / "good.sqlite")
    asked: list[Path] = []

    def choose(parent, current):  # noqa: ANN001, ANN202
        asked.append(current)
        return good

    monkeypatch.setattr(app_module, "choose_workspace_file", choose)
    monkeypatch.setattr(app_module.Controller, "remind", lambda self: None)
    seen: list[str] = []
    fake = FakeApp()
    with read_only_folder(folder):
        startup = Startup(fake, window, translations, locked_path, measuring=False)
        answer_box(qtbot, QMessageBox.StandardButton.Open, seen)
        startup.load()
    assert len(seen) == 1
    assert seen[0].startswith(tr("Errors", READ_ONLY).replace("%1", str(locked_path.resolve())))
    assert seen[0].endswith(tr("App", "Retry to try again, Open to choose another workspace file, or Cancel to quit."))
    assert asked == [locked_path]
    assert fake.codes == []
    assert startup.ctx is not None and startup.ctx.db.path == good.resolve()
    assert window.is_attached()
    assert isinstance(startup.ctx.db.on_wait, WaitNotice)
    startup.ctx.db.close()


@pytest.mark.posix  # a read-only bind mount (root) or chmod
def test_retry_then_cancel_quits_with_2_and_nothing_is_created(qtbot, tmp_path, translations, window) -> None:  # noqa: ANN001
    folder = tmp_path / "ro"
    folder.mkdir()
    path = new_workspace(folder / "w.sqlite")
    before = sorted(p.name for p in folder.iterdir())
    seen: list[str] = []
    fake = FakeApp()
    with read_only_folder(folder):
        startup = Startup(fake, window, translations, path, measuring=False)
        answer_box(qtbot, QMessageBox.StandardButton.Retry, seen)  # fails again: asked again

        def then_cancel() -> None:
            if len(seen) < 1:
                QTimer.singleShot(20, then_cancel)
                return
            answer_box(qtbot, QMessageBox.StandardButton.Cancel, seen)

        QTimer.singleShot(0, then_cancel)
        startup.load()
    assert len(seen) == 2 and seen[0] == seen[1]
    assert fake.codes == [2]
    assert startup.ctx is None and not window.is_attached()
    assert sorted(p.name for p in folder.iterdir()) == before


def test_the_wait_notice_shows_in_the_status_bar(qtbot, window, translations) -> None:  # noqa: ANN001
    notice = WaitNotice(lambda: window)
    notice(Path("/data/w.sqlite"))
    message = window.statusBar().currentMessage()
    assert message == tr("App", "Waiting for another OpsDesk window or program to finish saving %1…").replace(
        "%1", "/data/w.sqlite")


def test_database_errors_are_translated(translations) -> None:  # noqa: ANN001
    cases = [
        (WorkspaceNotFoundError("x", path="/a/w.sqlite"), "There is no workspace at %1."),
        (DatabaseLockedError("x", path="/a/w.sqlite", seconds=600),
         "Another OpsDesk window or program kept the workspace %1 busy for too long. "
         "Nothing was changed; try again once it has finished."),
        (DiskFullError("x", path="/a/w.sqlite"), "The disk is full. Nothing was changed; free some space and try again."),
        (DatabaseReadOnlyError("x", path="/a/w.sqlite"), READ_ONLY),
        (DatabaseCorruptError("x", path="/a/w.sqlite"),
         "The workspace %1 is damaged and cannot be read. Restore a backup copy, or choose another file."),
    ]
    for exc, source in cases:  # each its own message, through the translator, with the file named
        assert describe(exc) == tr("Errors", source).replace("%1", "/a/w.sqlite")


def test_an_unexpected_error_names_the_log_file(translations) -> None:  # noqa: ANN001
    text = describe(RuntimeError("boom"))
    assert text == (tr("Errors", "Unexpected error: %1").replace("%1", "boom") + "\n"
                    + tr("Errors", "The details are in the log file %1.").replace("%1", str(logs.log_file())))
    assert str(logs.log_file()).startswith(os.environ["OPSDESK_LOG_DIR"])
