"""Who a test acts as (opsdesk.permissions decides what each person may do)."""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from pathlib import Path

from opsdesk.demo import DEMO_PASSWORD, DEMO_PIN  # noqa: F401 - every demo user's; staff's PIN
from opsdesk.permissions import as_system
from opsdesk.services import AppContext, org


def head_office_id(ctx: AppContext) -> str:
    """An active head-office user of the workspace; one is made (as setup, by the system) when it has none."""
    found = org.users_with_roles(ctx, ("head_office",))
    if found:
        return found[0].id
    return org.create_user(as_system(ctx), org.UserInput(username="hq-admin", name="总部管理员",
                                                         role="head_office")).id


def as_head_office(ctx: AppContext) -> AppContext:
    """``ctx``, now acting as a head-office user (who may do everything the table gives anyone but signing as
    a store's people, reviewing and acknowledging plans)."""
    ctx.user_id = head_office_id(ctx)
    return ctx


def acting(db) -> AppContext:  # noqa: ANN001 - a Database
    """A context on ``db`` acting as its current user (as the app and the command line do), else as a head-office
    user when it has one; nobody in a workspace without users (being set up: everything is allowed)."""
    from opsdesk.services import workspace

    ctx = AppContext(db)
    user = workspace.current_user(ctx)
    if user is not None:
        ctx.user_id = user.id
    else:
        found = org.users_with_roles(ctx, ("head_office",))
        ctx.user_id = found[0].id if found else None
    return ctx


def my_store(ctx: AppContext, index: int = 0):  # noqa: ANN201 - an org.StoreDTO
    """The ``index``-th store (by code) the acting user looks after (``stores_in_scope``): where they may act."""
    from opsdesk.permissions import stores_in_scope

    with ctx.read() as s:
        scope = stores_in_scope(s, ctx.user_id)
    return [st for st in org.query_stores(ctx) if scope is None or st.id in scope][index]


def looks_after_every_store(ctx: AppContext) -> AppContext:
    """The acting user (a supervisor, store manager or staff member) is assigned to every store of the workspace
    (the test's world, set up as system work): the table's store scope then allows them everywhere."""
    me = org.get_user(ctx, ctx.user_id)
    org.update_user(as_system(ctx), me.id, org.UserInput(me.username, me.name, me.role, me.phone, me.email,
                                                         tuple(s.id for s in org.query_stores(ctx))))
    return ctx


# ---------------------------------------------------------------- the command line signs in (opsdesk.auth)

ADMIN_PASSWORD = "admin-pass-1"  # the first user of the workspaces the tests make with `db init`


def password_file(secret: str) -> Path:
    """A file whose first line is ``secret`` (``--password-file``), written once per test process."""
    path = _SECRETS / f"{hashlib.sha256(secret.encode()).hexdigest()[:16]}.txt"
    if not path.exists():
        path.write_text(secret + "\n", encoding="utf-8")
    return path


def signed_in(username: str, secret: str = DEMO_PASSWORD) -> list[str]:
    """The global options that make a command act as ``username`` (before the command: ``opsdesk <these> sync
    import ...``)."""
    return ["--user", username, "--password-file", str(password_file(secret))]


def first_password() -> list[str]:
    """``db init``'s option giving its first user ``ADMIN_PASSWORD`` (after ``db init``)."""
    return ["--password-file", str(password_file(ADMIN_PASSWORD))]


_SECRETS = Path(tempfile.mkdtemp(prefix="opsdesk-test-secrets-"))
atexit.register(shutil.rmtree, _SECRETS, True)
