"""The passphrase of the acting user's signing key, asked once when a decision needs it (KeyLockedError).

``with_key(parent, ctx, call, *args)`` runs ``call(ctx, *args)``; when the core says the key is locked, it asks the
passphrase (``PassphraseDialog``), unlocks the key for the session (``signing.unlock``: it stays unlocked until
lock, sign-out or switch of user) and runs ``call`` once more. Cancelled: raises ``Cancelled`` (nothing changed).
Unlocking is one key derivation (tens of milliseconds): it runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from opsdesk import signing
from opsdesk.errors import Cancelled, IdentityError, KeyLockedError, PassphraseError
from opsdesk.services.context import AppContext
from ui.style import set_role


class PassphraseDialog(QDialog):
    """One field: the passphrase of the signing key of ``user_id``. OK unlocks it or says it is wrong."""

    def __init__(self, ctx: AppContext, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.user_id = user_id
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Unlock your signing key"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("This decision is signed with your personal key. Enter its passphrase; the key "
                              "stays unlocked until you lock the app or switch user."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.passphrase = QLineEdit(objectName="passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.passphrase)
        self.error_label = set_role(QLabel("", objectName="passphraseError"), "error")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def unlock(self) -> None:
        self.error_label.setText("")
        try:
            signing.unlock(self.ctx, self.user_id, self.passphrase.text())
        except PassphraseError:
            self.error_label.setText(self.tr("Wrong passphrase. Try again."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        except IdentityError:
            self.error_label.setText(self.tr("Your signing identity on this computer cannot be used (its "
                                             "certificate does not fit its key)."))
            return
        self.accept()


def with_key(parent: QWidget | None, ctx: AppContext, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
    """``call(ctx, *args, **kwargs)``, asking the passphrase once if the acting user's key is locked."""
    try:
        return call(ctx, *args, **kwargs)
    except KeyLockedError as exc:
        user_id = str(exc.params.get("user_id") or ctx.user_id or "")
        if PassphraseDialog(ctx, user_id, parent).exec() != QDialog.DialogCode.Accepted:
            raise Cancelled("the passphrase was not given") from None
    return call(ctx, *args, **kwargs)


def decision_text(ctx: AppContext, table: str, record: str) -> str:
    """What a record's view says of its decisions: "Signature verified · <name> (<role>)", or "Unsigned", or why
    the signature does not hold; "" when the record holds no decision."""
    from opsdesk import decisions

    with ctx.read() as s:
        found = decisions.decision_state(s, ctx.db, table, record)
    return decision_words(found)


def decision_words(found: list) -> str:
    """``decision_text`` of states already read (``decisions.decision_state``, e.g. in a page's background load)."""
    from ui import labels

    roles = labels.roles()
    out = []
    for d in found:
        if d.state == "verified":
            out.append(QCoreApplication.translate("Decisions", "Signature verified · %1 (%2)")
                       .replace("%1", d.name).replace("%2", roles.get(d.role or "", d.role or "")))
        elif d.state == "unsigned":
            out.append(QCoreApplication.translate("Decisions", "Unsigned"))
        elif d.state == "accepted":  # it did not verify on arrival; a person accepted it and signed that
            out.append(QCoreApplication.translate("Decisions", "Accepted after review · %1 (%2), signature verified")
                       .replace("%1", d.name).replace("%2", roles.get(d.role or "", d.role or "")))
        else:
            out.append(QCoreApplication.translate("Decisions", "Signature not valid: %1").replace(
                "%1", fail_reason_text(d.reason)))
    return "\n".join(out)


def fail_reason_text(reason: str | None) -> str:
    """Why a decision's signature does not hold (decisions.FAIL_REASONS), in words."""
    texts = {
        "bad_signature": QCoreApplication.translate("Decisions", "the signature does not match the decision"),
        "untrusted": QCoreApplication.translate("Decisions", "the certificate is not issued by a trusted authority"),
        "not_decider": QCoreApplication.translate("Decisions", "the certificate belongs to someone else"),
        "role": QCoreApplication.translate("Decisions", "the decider's role does not allow this decision"),
        "scope": QCoreApplication.translate("Decisions", "the store is not in the decider's scope"),
        "unknown_user": QCoreApplication.translate("Decisions", "the decider is not a user of this workspace"),
        "unsigned": QCoreApplication.translate("Decisions", "unsigned, but this workspace requires signed decisions"),
    }
    return texts.get(reason or "", reason or "")
