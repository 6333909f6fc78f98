"""What the current user may do, read from the core's permission table (``opsdesk.permissions``): pages disable
what is not allowed and say why in the tooltip; the services refuse it anyway (``PermissionDeniedError``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from opsdesk.permissions import Action, Decision, can_ctx
from opsdesk.services import AppContext
from ui.errors import permission_text

__all__ = ["Action", "allowed", "apply", "decision", "why_not"]


def decision(ctx: AppContext, action: Action | str, store_id: str | None = None) -> Decision:
    """The core's answer for the context's user (one short read)."""
    return can_ctx(ctx, action, store_id)


def allowed(ctx: AppContext, action: Action | str, store_id: str | None = None) -> bool:
    return decision(ctx, action, store_id).allowed


def why_not(ctx: AppContext, action: Action | str, store_id: str | None = None) -> str:
    """The translated reason the user may not (empty when they may)."""
    found = decision(ctx, action, store_id)
    return "" if found.allowed else permission_text(found.reason, found.role)


def apply(widget: QWidget, ctx: AppContext, action: Action | str, store_id: str | None = None, *,
          enabled: bool = True, tooltip: str = "") -> bool:
    """Enable ``widget`` when ``enabled`` (the page's own condition) and the user may take ``action``; when the
    user may not, disable it with the reason as its tooltip (``tooltip`` otherwise). Returns whether the user
    may."""
    found = decision(ctx, action, store_id)
    widget.setEnabled(enabled and found.allowed)
    widget.setToolTip(tooltip if found.allowed else permission_text(found.reason, found.role))
    return found.allowed
