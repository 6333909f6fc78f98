"""Workspace-level facts and settings: is it empty, who is using it, this node."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from opsdesk import paths
from opsdesk.errors import FieldProblem, NotFoundError, ValidationError
from opsdesk.models import Meta, Store, User
from opsdesk.services import org
from opsdesk.services.context import AppContext

CURRENT_USER_KEY = "current_user_id"
WORKSPACE_NAME_KEY = "workspace_name"
COMPANY_NAME_KEY = "company_name"  # shown at the top of every report
COMPANY_LOGO_KEY = "company_logo"  # path of an image file on this machine
WORKSPACE_NAME_MAX = 80
IDLE_LOCK_KEY = "idle_lock_minutes"  # lock the window after this many minutes without input (0: never)
IDLE_LOCK_DEFAULT = 15
IDLE_LOCK_MAX = 24 * 60

# What prepare() installs, each step once per workspace, recorded by the step in ``meta``: these are the steps'
# markers and shipped folders, so a workspace that has them all is left alone without importing the four
# services (tests/core/test_workspace.py holds them equal to the services' own).
TEMPLATE_MARKER_PREFIX = "builtin_template:"  # templates.install_builtin: one per shipped template's code
EQUIPMENT_MARKER = "builtin_equipment_categories"  # equipment.ensure_default_categories: any value
PLANS_MARKER = "builtin_opening_plans"  # openings.install_builtin_plans: how many plans were shipped
PROMOTION_TYPES_MARKER = "builtin_promotion_types"  # promotions.ensure_default_types: any value
TEMPLATE_DIR = paths.RESOURCES / "templates"  # templates.BUILTIN_DIR
PLAN_DIR = paths.RESOURCES / "opening_plans"  # openings.PLAN_DIR


@dataclass(frozen=True)
class WorkspaceInfo:
    path: str
    name: str
    node_id: str
    node_fingerprint: str
    schema_revision: str
    current_user: org.UserDTO | None


def is_empty(ctx: AppContext) -> bool:
    """No users and no stores yet: the app offers the demo workspace."""
    with ctx.read() as s:
        users = s.scalar(select(func.count()).select_from(User).where(User.deleted.is_(False)))
        stores = s.scalar(select(func.count()).select_from(Store).where(Store.deleted.is_(False)))
        return not users and not stores


def current_user(ctx: AppContext) -> org.UserDTO | None:
    user_id = ctx.db.get_meta(CURRENT_USER_KEY)
    if not user_id:
        return None
    try:
        user = org.get_user(ctx, user_id)
    except NotFoundError:
        return None
    return user if user.active else None


def set_current_user(ctx: AppContext, user_id: str) -> org.UserDTO:
    """Switch who is using this installation (kept per machine, never synced)."""
    user = org.get_user(ctx, user_id)
    if not user.active:
        raise NotFoundError("user", id=user_id)
    ctx.db.set_meta(CURRENT_USER_KEY, user.id)
    ctx.user_id = user.id
    return user


def workspace_name(ctx: AppContext) -> str:
    return ctx.db.get_meta(WORKSPACE_NAME_KEY) or ctx.db.display_name


def _require_settings(ctx: AppContext) -> None:
    from opsdesk.permissions import A, require

    with ctx.read() as s:
        require(s, ctx, A.SETTINGS_MANAGE)


def set_workspace_name(ctx: AppContext, name: str) -> None:
    _require_settings(ctx)
    ctx.db.set_meta(WORKSPACE_NAME_KEY, name.strip() or None)


def idle_lock_minutes(ctx: AppContext) -> int:
    """Minutes without keyboard or mouse input before the window locks (0: never; default 15)."""
    try:
        return int(ctx.db.get_meta(IDLE_LOCK_KEY) or IDLE_LOCK_DEFAULT)
    except ValueError:
        return IDLE_LOCK_DEFAULT


def set_idle_lock_minutes(ctx: AppContext, minutes: int) -> None:
    """settings.manage; 0 (never) to 1440, else ``out_of_range`` and nothing changes."""
    _require_settings(ctx)
    if not isinstance(minutes, int) or not 0 <= minutes <= IDLE_LOCK_MAX:
        raise ValidationError([FieldProblem("idle_lock_minutes", "out_of_range", {"min": 0, "max": IDLE_LOCK_MAX})])
    ctx.db.set_meta(IDLE_LOCK_KEY, str(minutes))


@dataclass(frozen=True)
class CompanySettings:
    """What reports print in their header: the company name and the path of its logo (None: none)."""

    name: str
    logo: str | None


def company(ctx: AppContext) -> CompanySettings:
    return CompanySettings(ctx.db.get_meta(COMPANY_NAME_KEY) or "", ctx.db.get_meta(COMPANY_LOGO_KEY) or None)


def set_company_name(ctx: AppContext, name: str) -> None:
    """Blank clears it (reports then print the workspace name)."""
    _require_settings(ctx)
    ctx.db.set_meta(COMPANY_NAME_KEY, (name or "").strip() or None)


def set_company_logo(ctx: AppContext, path: str | Path | None) -> None:
    """Use the image at ``path`` as the report logo (None clears it). A file that is not a readable
    PNG or JPEG image is refused with ``NotAnImageError`` and the setting stays as it was."""
    _require_settings(ctx)
    if path is None:
        ctx.db.set_meta(COMPANY_LOGO_KEY, None)
        return
    from opsdesk.attachments import inspect_image

    path = Path(path)
    inspect_image(path)
    ctx.db.set_meta(COMPANY_LOGO_KEY, str(path))


def prepared(ctx: AppContext) -> bool:
    """Whether prepare() has nothing to do: every step's marker is there, for what this app ships (one read
    of ``meta``, the shipped templates' codes; no write transaction, none of the steps' services imported)."""
    try:
        codes = [json.loads(path.read_bytes())["code"] for path in sorted(TEMPLATE_DIR.glob("*.json"))]
    except (OSError, ValueError, KeyError, TypeError):
        return False  # prepare() says what is wrong with a shipped file
    if not all(isinstance(code, str) for code in codes):
        return False
    plans = len(list(PLAN_DIR.glob("*.json")))
    wanted = {EQUIPMENT_MARKER, PLANS_MARKER, PROMOTION_TYPES_MARKER,
              *(TEMPLATE_MARKER_PREFIX + code.strip() for code in codes)}
    with ctx.read() as s:
        found = dict(s.execute(select(Meta.key, Meta.value).where(Meta.key.in_(wanted))).all())
    return (found.keys() >= wanted and found[PLANS_MARKER] == str(plans)
            and bool(found[EQUIPMENT_MARKER]) and bool(found[PROMOTION_TYPES_MARKER]))


def prepare(ctx: AppContext) -> None:
    """Bring an opened workspace up to what this app version ships (the built-in templates and the
    default equipment categories, the built-in opening plan). Nothing at all when nothing is to do
    (``prepared``): the usual open of a workspace reads its markers and goes on."""
    if prepared(ctx):
        return
    from opsdesk.services import equipment, openings, promotions, templates

    templates.install_builtin(ctx)
    equipment.ensure_default_categories(ctx)
    openings.install_builtin_plans(ctx)
    promotions.ensure_default_types(ctx)


def check_workspace_name(name: str | None) -> list[FieldProblem]:
    """The problems of a new workspace's name (``workspace_name``): required, at most 80 characters."""
    text = (name or "").strip()
    if not text:
        return [FieldProblem("workspace_name", "required")]
    if len(text) > WORKSPACE_NAME_MAX:
        return [FieldProblem("workspace_name", "too_long", {"max": WORKSPACE_NAME_MAX})]
    return []


def start_empty(ctx: AppContext, workspace: str, user: org.UserInput, password: str | None = None,
                password_kind: str = "password") -> org.UserDTO:
    """First start without the demo: name the workspace and create its first user, in one transaction.
    A blank name is refused with the user's problems, all at once; nothing is written then. ``password``: the
    first user's password or PIN (``opsdesk.auth``; its policy problems come with the others); None leaves
    them without one: they set it at their next start, as this desktop's user."""
    from opsdesk import auth
    from opsdesk.models import Meta

    problems = check_workspace_name(workspace)
    if password is not None:
        problems += auth.check_secret(password, password_kind, user.role)
    # Argon2 is slow on purpose: hashed before the write transaction, which then stays short.
    hashed = auth.hash_secret(password) if password is not None and not problems else None
    with ctx.tx() as s:
        from opsdesk.permissions import A, require

        require(s, ctx, A.USERS_MANAGE)  # allowed while the workspace has no user (its first is made here)
        try:
            data = org.validate_user_input(s, user, None)
        except ValidationError as exc:
            raise ValidationError([*problems, *exc.problems]) from None
        if problems:
            raise ValidationError(problems)
        row = User(username=data.username, name=data.name, role=data.role, phone=data.phone, email=data.email)
        if hashed is not None:
            row.password_hash, row.password_kind = hashed, password_kind
            row.password_set_at = ctx.now()
        s.add(row)
        s.flush()
        for key, value in ((CURRENT_USER_KEY, row.id), (WORKSPACE_NAME_KEY, workspace.strip())):
            if not value:
                continue
            meta = s.get(Meta, key)
            if meta is None:
                s.add(Meta(key=key, value=value))
            else:
                meta.value = value
        user_id = row.id
    ctx.user_id = user_id
    return org.get_user(ctx, user_id)


def info(ctx: AppContext) -> WorkspaceInfo:
    return WorkspaceInfo(
        path=ctx.db.location,
        name=workspace_name(ctx),
        node_id=ctx.db.node.node_id,
        node_fingerprint=ctx.db.node.fingerprint,
        schema_revision=ctx.db.schema_revision() or "",
        current_user=current_user(ctx),
    )
