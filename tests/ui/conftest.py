"""Qt test setup: offscreen platform, isolated QSettings, bundled font, Chinese translator."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings and platformdirs write below these: keep the developer's own settings out of the tests.
_HOME = tempfile.mkdtemp(prefix="opsdesk-ui-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["OPSDESK_LOG_DIR"] = os.path.join(_HOME, "log")  # the log file (opsdesk/logs.py)

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from opsdesk.db import Database  # noqa: E402
from opsdesk.demo import build_demo  # noqa: E402
from opsdesk.services import AppContext  # noqa: E402
from ui import i18n  # noqa: E402
from ui.app import register_fonts  # noqa: E402


@pytest.fixture(scope="session")
def translations(qapp):  # noqa: ANN001, ANN201
    QCoreApplication.setOrganizationName("OpsDesk")
    QCoreApplication.setApplicationName("OpsDesk-tests")
    register_fonts()
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
def empty_ctx(tmp_path):  # noqa: ANN001, ANN201
    db = Database.open(tmp_path / "ws.sqlite")
    yield AppContext(db)
    db.close()


@pytest.fixture
def demo_ctx(tmp_path):  # noqa: ANN001, ANN201
    db = Database.open(tmp_path / "demo.sqlite")
    ctx = AppContext(db)
    ctx.user_id = build_demo(ctx, stores=12, seed=11).current_user_id  # as the app does after the demo
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
