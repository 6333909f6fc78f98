"""Qt test setup: offscreen platform, isolated QSettings, bundled font, Chinese translator.

QSettings and platformdirs write below the temporary HOME and XDG folders of tests/conftest.py."""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from acting import looks_after_every_store  # noqa: E402
from opsdesk.db import Database  # noqa: E402
from opsdesk.services import AppContext  # noqa: E402
from opsdesk.services.workspace import CURRENT_USER_KEY  # noqa: E402
from ui import i18n  # noqa: E402
from ui.app import register_fonts  # noqa: E402


FORGOTTEN_BOX_SECONDS = 60


@pytest.fixture(autouse=True)
def _no_forgotten_message_box(qapp):  # noqa: ANN001, ANN202
    """A message box nobody answers waits for ever, and its test with it (and the whole run: a failing background
    operation's error box once hung `make test`). One still open after a minute is closed and fails its test,
    quoting its text."""
    first_seen: dict[int, float] = {}
    forgotten: list[str] = []

    def look() -> None:
        now = time.monotonic()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                if now - first_seen.setdefault(id(widget), now) > FORGOTTEN_BOX_SECONDS:
                    forgotten.append(f"{widget.windowTitle()}: {widget.text()}")
                    widget.reject()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(1000)
    yield
    timer.stop()
    if forgotten:
        pytest.fail("a message box nobody answered: " + " | ".join(forgotten), pytrace=False)


@pytest.fixture(scope="session")
def translations(qapp):  # noqa: ANN001, ANN201
    QCoreApplication.setOrganizationName("OpsDesk")
    QCoreApplication.setApplicationName("OpsDesk-tests")
    register_fonts()
    from ui.operations import install_collector

    install_collector(qapp)  # as the app does: garbage collected on the GUI thread only
    from ui.app import settle_collector

    settle_collector()  # and, as the app does once its window is up, what start-up made out of the full passes
    t = i18n.Translations()
    assert t.install("zh_CN")
    return t


@pytest.fixture(autouse=True)
def _fresh_settings(translations):  # noqa: ANN001, ANN202
    QSettings().clear()
    if translations.language != "zh_CN":
        translations.install("zh_CN")
    yield
    QSettings().clear()


@pytest.fixture
def empty_ctx(workspace_copy):  # noqa: ANN001, ANN201
    """A new, empty workspace (a copy of the session's template, see tests/conftest.py)."""
    db = Database.open(workspace_copy("ws.sqlite"))
    yield AppContext(db)
    db.close()


@pytest.fixture
def demo_ctx(workspace_copy):  # noqa: ANN001, ANN201
    """The demo chain, 12 stores (``build_demo(ctx, stores=12, seed=11)``, built once per session and copied)."""
    db = Database.open(workspace_copy("demo.sqlite", stores=12, seed=11))
    ctx = AppContext(db)
    ctx.user_id = db.get_meta(CURRENT_USER_KEY)  # the demo's current user, as the app does after the demo
    assert ctx.user_id
    # ... a supervisor, who here looks after every store (opsdesk.permissions: scope), so the pages' flows at any
    # store are theirs; what only head office may do, a test does as head office (tests/acting.py)
    looks_after_every_store(ctx)
    yield ctx
    db.close()


@pytest.fixture
def answer_yes(monkeypatch):  # noqa: ANN001, ANN201
    """Confirmation boxes answer Yes and record their text."""
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked
