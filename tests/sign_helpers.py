"""Signing a run in tests as the rules require: each account role by a user who holds it, at the run's store."""

from __future__ import annotations

from opsdesk.permissions import as_system, stores_in_scope
from opsdesk.services import org, runs, signatures


def _may_sign_at(ctx, user_id: str, store_id: str | None) -> bool:  # noqa: ANN001
    if store_id is None:
        return True
    with ctx.read() as s:
        scope = stores_in_scope(s, user_id)
    return scope is None or store_id in scope


def signer_for(ctx, role: str, store_id: str | None = None) -> str:  # noqa: ANN001
    """An active user of the workspace who may sign as ``role`` at ``store_id`` (the current user when they may):
    the permission table's role and store scope."""
    allowed = signatures.ACCOUNT_ROLES[role]
    if ctx.user_id:
        me = org.get_user(ctx, ctx.user_id)
        if me.active and me.role in allowed and _may_sign_at(ctx, me.id, store_id):
            return me.id
    for user in org.users_with_roles(ctx, tuple(allowed)):
        if _may_sign_at(ctx, user.id, store_id):
            return user.id
    # A test workspace without such a person: add the one who signs (赵督导 / 王店长), at that store.
    name, username = {"supervisor": ("赵督导", "zhao-supervisor"), "store_manager": ("王店长", "wang-manager")}[role]
    taken = {u.username for u in org.query_users(ctx, org.UserQuery(include_inactive=True))}
    n = 1
    while (username if n == 1 else f"{username}{n}") in taken:
        n += 1
    return org.create_user(as_system(ctx), org.UserInput(  # the test's world, made as setup
        username=username if n == 1 else f"{username}{n}", name=name, role=role,
        store_ids=(store_id,) if store_id else ())).id


def sign_as(ctx, run_id: str, role: str, strokes) -> signatures.SignatureDTO:  # noqa: ANN001
    """Sign ``run_id`` as ``role`` (supervisor, store_manager) with an account that holds the role at its store."""
    from dataclasses import replace

    store_id = runs.get_summary(ctx, run_id).store_id
    signer = signer_for(ctx, role, store_id)
    # nobody signed in on this computer: the signer signs on their own account
    acting = ctx if ctx.user_id else replace(ctx, user_id=signer)
    return signatures.sign_run(acting, run_id, role, "", strokes, signer_id=signer)
