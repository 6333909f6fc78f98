"""A decision by a user with a signing identity asks the key's passphrase once (a wrong one is refused in the
dialog), signs, and the key stays unlocked for the next decision until the secrets are forgotten."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from opsdesk import decisions, signing
from opsdesk.errors import Cancelled
from opsdesk.services import actions
from ui.pages.actions.dialogs import NoteDialog
from ui.widgets.unlock_key import PassphraseDialog, decision_text

PW = "督导口令-1"


@pytest.fixture
def supervisor_with_key(demo_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv(signing.KEYS_ENV, str(tmp_path / "keys"))
    ca = tmp_path / "ca"
    signing.ca_init(ca, "总部 CA", "ca")
    signing.create_identity(demo_ctx.user_id, "督导", PW)
    cert = signing.ca_issue(ca, "ca", signing.make_csr(demo_ctx.user_id, PW), role="supervisor")
    signing.import_certificate(demo_ctx.user_id, cert)
    signing.trust(demo_ctx, signing.ca_certificate(ca))
    return demo_ctx


def _submitted(ctx) -> actions.ActionDTO:  # noqa: ANN001
    from acting import my_store

    store = my_store(ctx).id
    a = actions.create_action(ctx, actions.ActionInput(store, "灯箱不亮", date.today()))
    return actions.transition(ctx, a.id, "submitted", fix_note="已修好")


def _answer(qtbot, passphrases: list[str | None], seen: list[tuple[str, bool]]) -> None:  # noqa: ANN001
    """Type each passphrase into the dialog when it shows (None: cancel it)."""

    def step() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, PassphraseDialog)
                       and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        text = passphrases.pop(0)
        if text is None:
            dialog.reject()
            return
        dialog.findChild(QLineEdit, "passphrase").setText(text)
        dialog.unlock()
        seen.append((dialog.findChild(QLabel, "passphraseError").text(), dialog.isVisible()))
        if dialog.isVisible() and passphrases:
            QTimer.singleShot(20, step)

    QTimer.singleShot(20, step)


def test_verifying_asks_the_passphrase_once_and_signs(qtbot, supervisor_with_key) -> None:  # noqa: ANN001
    ctx = supervisor_with_key
    a = _submitted(ctx)
    dialog = NoteDialog(ctx, a, "verified")
    qtbot.addWidget(dialog)
    dialog.note.setPlainText("现场确认")
    seen: list[tuple[str, bool]] = []
    _answer(qtbot, ["wrong", PW], seen)
    moved = dialog.submit()
    assert moved.status == "verified"
    assert seen[0][0] != "" and seen[0][1]  # the wrong passphrase is refused in the dialog, which stays open
    assert seen[1] == ("", False)  # then unlocked: the dialog closes
    assert ctx.user_id in ctx.unlocked
    with ctx.read() as s:
        (state,) = decisions.decision_state(s, ctx.db, "corrective_action", a.id)
    assert (state.state, state.role) == ("verified", "supervisor")
    assert decision_text(ctx, "corrective_action", a.id).startswith(("签名已验证", "Signature verified"))
    # the next decision asks nothing: the key stays unlocked until the secrets are forgotten
    b = _submitted(ctx)
    again = NoteDialog(ctx, b, "verified")
    qtbot.addWidget(again)
    assert again.submit().status == "verified"
    ctx.forget_secrets()
    assert ctx.unlocked == {}


def test_cancelling_the_passphrase_changes_nothing(qtbot, supervisor_with_key) -> None:  # noqa: ANN001
    ctx = supervisor_with_key
    a = _submitted(ctx)
    dialog = NoteDialog(ctx, a, "verified")
    qtbot.addWidget(dialog)
    seen: list[tuple[str, bool]] = []
    _answer(qtbot, [None], seen)
    with pytest.raises(Cancelled):
        dialog.submit()
    assert actions.get_action(ctx, a.id).status == "submitted"
    assert isinstance(dialog, QDialog)


def test_an_unverified_decision_is_shown_on_the_conflicts_page(qtbot, demo_ctx, workspace_copy, tmp_path) -> None:  # noqa: ANN001
    """A verification forged on a laptop (written for a clerk, who may not verify) arrives as a conflict for a
    person: the page names the decision and why it did not verify; keeping ours closes it."""
    from test_sync_pages import make_page

    from opsdesk.db import Database
    from opsdesk.permissions import as_system
    from opsdesk.services import AppContext, org, sync
    from ui import labels
    from ui.pages.conflicts import ConflictsPage
    from ui.widgets.unlock_key import fail_reason_text

    laptop = AppContext(Database.open(workspace_copy("laptop.sqlite")))
    try:
        a = _submitted(demo_ctx)
        sync.export_package(as_system(demo_ctx), tmp_path / "1.opsync")
        sync.import_package(as_system(laptop), tmp_path / "1.opsync", trust=True)
        clerk = next(u for u in org.query_users(laptop) if u.role in ("staff", "store_manager"))
        with laptop.tx() as s:  # not through the service: the clerk "verifies"
            from opsdesk.models import CorrectiveAction

            s.info["capture"].actor_id = clerk.id
            s.get(CorrectiveAction, a.id).status = "verified"
        sync.export_package(as_system(laptop), tmp_path / "2.opsync", to_node=demo_ctx.db.node.node_id)
        result = sync.import_package(as_system(demo_ctx), tmp_path / "2.opsync", trust=True)
    finally:
        laptop.db.close()
    assert result.conflicts == 1 and actions.get_action(demo_ctx, a.id).status == "submitted"
    page = make_page(qtbot, ConflictsPage, demo_ctx)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=30_000)
    row = [page.table.item(0, c).text() if page.table.item(0, c) else "" for c in range(page.table.columnCount())]
    assert row[5] == labels.signed_decision_kinds()["action.verify"]
    assert labels.conflict_reason("unverified") in row[7] and fail_reason_text("role") in row[7]
    page.table.selectRow(0)
    assert page.keep_button.isEnabled()
    page.resolve_selected("current")
    qtbot.waitUntil(lambda: sync.open_conflict_count(demo_ctx) == 0, timeout=30_000)
    assert actions.get_action(demo_ctx, a.id).status == "submitted"
