"""Signing a run in tests as the rules require: each account role by a user who holds it."""

from __future__ import annotations

from opsdesk.services import org, signatures


def signer_for(ctx, role: str) -> str:  # noqa: ANN001
    """An active user of the workspace who may sign as ``role`` (the current user when they may)."""
    allowed = signatures.ACCOUNT_ROLES[role]
    if ctx.user_id:
        me = org.get_user(ctx, ctx.user_id)
        if me.active and me.role in allowed:
            return me.id
    found = org.users_with_roles(ctx, tuple(allowed))
    if found:
        return found[0].id
    # A test workspace without such a person: add the one who signs (赵督导 / 王店长).
    name, username = {"supervisor": ("赵督导", "zhao-supervisor"), "store_manager": ("王店长", "wang-manager")}[role]
    return org.create_user(ctx, org.UserInput(username=username, name=name, role=role)).id


def sign_as(ctx, run_id: str, role: str, strokes) -> signatures.SignatureDTO:  # noqa: ANN001
    """Sign ``run_id`` as ``role`` (supervisor, store_manager) with an account that holds the role."""
    return signatures.sign_run(ctx, run_id, role, "", strokes, signer_id=signer_for(ctx, role))
