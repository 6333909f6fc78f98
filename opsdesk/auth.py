"""Sign-in: passwords and PINs as Argon2id hashes, the slow-down after wrong tries, resets.

A user's hash lives on their ``user`` row (``password_hash``, ``password_kind``, ``must_change``,
``password_set_at``) and travels by sync with it: a reset made at head office reaches every laptop, and a
person signs in on any laptop that has them. The wrong-tries counter and the time of the last wrong try are
LOCAL: a ``meta`` key per user (``sign_in_tries:<user id>``), never synced. On a PostgreSQL workspace ``meta``
belongs to the database, so there the counter is per database (shared by the desktops using it).

Who must sign in: a workspace without users is being set up and asks nothing; its first user sets a password
when created (``workspace.start_empty``). A user without a password (a workspace upgraded from before sign-in)
sets their own only when they are this desktop's current user (``workspace.CURRENT_USER_KEY``: the person the
laptop was left with); anyone else without one waits for head office or an operations manager to set a
temporary one (``reset``: ``must_change``, they choose their own at the next sign-in).

Slow-down: the first ``FREE_TRIES`` wrong tries cost nothing; after that each try waits ``2^(n-3)`` seconds
from the last wrong one (a PIN: ``4^(n-3)``, its space is small), capped at ``MAX_WAIT``. ``verify`` refuses a
try made earlier with :class:`TooManyTriesError` (``retry_after``) without looking at the secret; a right
answer resets the counter. The time is ``ctx.now()`` (tests give a fake clock; nothing here sleeps).

No Qt here: the dialogs in ``ui/`` call these functions off the GUI thread (Argon2 is slow on purpose).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select

from opsdesk.errors import (
    FieldProblem,
    NoPasswordError,
    NotFoundError,
    SignInError,
    TooManyTriesError,
    ValidationError,
    WrongPasswordError,
)
from opsdesk.models import Meta, User
from opsdesk.models.org import PASSWORD_KINDS
from opsdesk.permissions import A, Decision, require, stores_in_scope

# Argon2id cost. A module setting: the test suite lowers it through one fixture (tests/conftest.py) to keep
# itself fast; it is never bypassed (a hash made at any cost verifies, the cost is written in the hash).
HASH_COST: dict[str, int] = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}

PASSWORD_MIN = 8
PIN_MIN, PIN_MAX = 4, 8
PIN_ROLES = frozenset(("store_manager", "staff"))  # a shared till-side laptop
SECRET_MAX = 256  # characters; longer is refused (Argon2 hashes anything, but nobody types that)

FREE_TRIES = 3
MAX_WAIT = 300  # seconds
TRIES_META_PREFIX = "sign_in_tries:"

# The states of an account for signing in (``status``).
READY = "ready"  # has a password or PIN
MUST_CHANGE = "must_change"  # has a temporary one: its owner chooses their own after signing in
SET_OWN = "set_own"  # none yet, and this desktop's user: sets theirs now (the first start after an upgrade)
NO_PASSWORD = "no_password"  # none yet: head office or an ops manager sets a temporary one
INACTIVE = "inactive"


def _hasher() -> PasswordHasher:
    return PasswordHasher(type=Type.ID, **HASH_COST)


def hash_secret(secret: str, *, salt: bytes | None = None) -> str:
    """An Argon2id hash of ``secret`` (salted: a random salt unless ``salt`` is given, as the demo does; the
    parameters are written in the hash). No policy check: see ``check_secret``."""
    return _hasher().hash(secret, salt=salt)


def _matches(hashed: str, secret: str) -> bool:
    try:
        return _hasher().verify(hashed, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# ---------------------------------------------------------------- policy


def check_secret(secret: str | None, kind: str, role: str | None) -> list[FieldProblem]:
    """The problems of a new password or PIN (field ``password``): ``required``; a password ``too_short``
    (``min``); a PIN ``pin_digits`` (``min``, ``max``: 4-8 digits) and ``pin_not_allowed`` for roles other
    than store manager and staff (``role``); ``too_long`` (``max``); ``kind`` not one of ``PASSWORD_KINDS``."""
    if kind not in PASSWORD_KINDS:
        return [FieldProblem("password_kind", "invalid_choice", {"choices": PASSWORD_KINDS})]
    text = secret or ""
    if not text:
        return [FieldProblem("password", "required")]
    if len(text) > SECRET_MAX:
        return [FieldProblem("password", "too_long", {"max": SECRET_MAX})]
    if kind == "pin":
        if role not in PIN_ROLES:
            return [FieldProblem("password", "pin_not_allowed", {"role": role})]
        if not (text.isascii() and text.isdigit() and PIN_MIN <= len(text) <= PIN_MAX):
            return [FieldProblem("password", "pin_digits", {"min": PIN_MIN, "max": PIN_MAX})]
        return []
    if len(text) < PASSWORD_MIN:
        return [FieldProblem("password", "too_short", {"min": PASSWORD_MIN})]
    return []


def _check(secret: str | None, kind: str, role: str | None) -> None:
    problems = check_secret(secret, kind, role)
    if problems:
        raise ValidationError(problems)


# ---------------------------------------------------------------- state of an account


@dataclass(frozen=True)
class SignInStatus:
    user_id: str
    username: str
    name: str
    role: str
    state: str  # READY, MUST_CHANGE, SET_OWN, NO_PASSWORD or INACTIVE
    kind: str | None  # "password", "pin" or None (none set)
    set_at: datetime | None


def _desktop_user(ctx: Any) -> str | None:  # noqa: ANN401
    from opsdesk.services.workspace import CURRENT_USER_KEY

    return ctx.db.get_meta(CURRENT_USER_KEY)


def _state(user: User, desktop_user: str | None) -> str:
    if not user.active:
        return INACTIVE
    if not user.password_hash:
        return SET_OWN if desktop_user == user.id else NO_PASSWORD
    return MUST_CHANGE if user.must_change else READY


def _live_user(s: Any, user_id: str) -> User:  # noqa: ANN401
    user = s.get(User, user_id) if user_id else None
    if user is None or user.deleted:
        raise NotFoundError("user", id=user_id)
    return user


def status(ctx: Any, user_id: str) -> SignInStatus:  # noqa: ANN401
    desktop = _desktop_user(ctx)
    with ctx.read() as s:
        u = _live_user(s, user_id)
        return SignInStatus(u.id, u.username, u.name, u.role, _state(u, desktop), u.password_kind, u.password_set_at)


def statuses(ctx: Any) -> dict[str, SignInStatus]:  # noqa: ANN401
    """Every live user's status, by id (the users page, the sign-in dialog's list)."""
    desktop = _desktop_user(ctx)
    with ctx.read() as s:
        return {u.id: SignInStatus(u.id, u.username, u.name, u.role, _state(u, desktop), u.password_kind,
                                   u.password_set_at)
                for u in s.scalars(select(User).where(User.deleted.is_(False)))}


def sign_in_required(ctx: Any) -> bool:  # noqa: ANN401
    """False only while the workspace has no users (being set up): then nobody signs in."""
    with ctx.read() as s:
        return s.scalar(select(User.id).where(User.deleted.is_(False)).limit(1)) is not None


def needs_password(ctx: Any, user_id: str) -> bool:  # noqa: ANN401
    """The user has no password or PIN yet (``status`` says whether they may set their own here)."""
    return status(ctx, user_id).state in (SET_OWN, NO_PASSWORD)


# ---------------------------------------------------------------- the slow-down (local to this workspace)


def wait_after(tries: int, kind: str | None) -> int:
    """Seconds a try must wait after ``tries`` wrong ones in a row (0 while fewer than ``FREE_TRIES``)."""
    if tries < FREE_TRIES:
        return 0
    base = 4 if kind == "pin" else 2
    exponent = tries - FREE_TRIES
    if exponent >= 16:  # far beyond the cap; no huge powers
        return MAX_WAIT
    return min(MAX_WAIT, base ** exponent)


def _tries_key(user_id: str) -> str:
    return TRIES_META_PREFIX + user_id


def _read_tries(row: Meta | None) -> tuple[int, datetime | None]:
    if row is None or not row.value:
        return 0, None
    try:
        data = json.loads(row.value)
        return int(data["n"]), datetime.fromisoformat(data["at"])
    except (ValueError, KeyError, TypeError):
        return FREE_TRIES, None  # a damaged counter: count it as spent free tries, no wait pending


def retry_after(ctx: Any, user_id: str) -> int:  # noqa: ANN401
    """Seconds before this user's next try is heard here (0: now)."""
    with ctx.read() as s:
        kind = s.scalar(select(User.password_kind).where(User.id == user_id))
        tries, last = _read_tries(s.get(Meta, _tries_key(user_id)))
    return _remaining(tries, last, kind, ctx.now())


def _remaining(tries: int, last: datetime | None, kind: str | None, now: datetime) -> int:
    wait = wait_after(tries, kind)
    if not wait or last is None:
        return 0
    left = (last + timedelta(seconds=wait) - now).total_seconds()
    return max(0, math.ceil(left))


def _may_try(user: User, desktop: str | None) -> None:
    state = _state(user, desktop)
    if state == INACTIVE:
        raise SignInError(f"{user.username} is deactivated", user=user.username, reason="inactive")
    if state in (SET_OWN, NO_PASSWORD):
        raise NoPasswordError(f"{user.username} has no password yet", user=user.username, may_set=state == SET_OWN)


def _clean_record(ctx: Any, user_id: str) -> tuple[str, str | None, str] | None:  # noqa: ANN401
    """Read only: (the hash, the kind, username) when ``user_id`` may try and has no wrong try on record here;
    None when they have one (then each try is counted before it is checked: ``_reserve_try``)."""
    desktop = _desktop_user(ctx)
    with ctx.read() as s:
        user = _live_user(s, user_id)
        _may_try(user, desktop)
        if s.get(Meta, _tries_key(user_id)) is not None:
            return None
        return user.password_hash, user.password_kind, user.username


def _reserve_try(ctx: Any, user_id: str) -> tuple[str, str | None, int, str]:  # noqa: ANN401
    """Refuse an early try; otherwise count this try as wrong (until it proves right) so tries made at the same
    time from two windows or processes count too. Returns (the hash, the kind, the tries counted, username)."""
    desktop = _desktop_user(ctx)
    now = ctx.now()
    with ctx.db.transaction() as s:
        user = _live_user(s, user_id)
        _may_try(user, desktop)
        row = s.get(Meta, _tries_key(user_id))
        tries, last = _read_tries(row)
        left = _remaining(tries, last, user.password_kind, now)
        if left:
            raise TooManyTriesError(f"too many wrong tries for {user.username}: try again in {left} s",
                                    user=user.username, retry_after=left, tries=tries)
        value = json.dumps({"n": tries + 1, "at": now.isoformat()})
        if row is None:
            s.add(Meta(key=_tries_key(user_id), value=value))
        else:
            row.value = value
        return user.password_hash, user.password_kind, tries + 1, user.username


def _forget_tries(ctx: Any, user_id: str) -> None:  # noqa: ANN401
    with ctx.db.transaction() as s:
        row = s.get(Meta, _tries_key(user_id))
        if row is not None:
            s.delete(row)


def verify(ctx: Any, user_id: str, secret: str) -> Any:  # noqa: ANN401 - org.UserDTO
    """Check ``user_id``'s password or PIN; the user (``org.UserDTO``) when right. Refusals, each typed:
    ``NotFoundError`` (no such user), ``SignInError`` (reason ``inactive``), ``NoPasswordError`` (``may_set``),
    ``TooManyTriesError`` (``retry_after``: nothing was checked), ``WrongPasswordError`` (``tries``,
    ``retry_after`` of the next try). A right answer resets the wrong-tries counter; with no wrong try on record
    it writes nothing (a command signing in leaves an unchanged workspace unchanged). Once one is on record, each
    try is counted before it is checked, so tries made at the same time count too. A temporary password is
    right too: the caller asks for a new one (``status(...).state == MUST_CHANGE``, ``change_own``)."""
    from opsdesk.services import org

    clean = _clean_record(ctx, user_id)
    if clean is not None:  # no wrong try on record: a right answer writes nothing (the workspace stays as it was)
        hashed, kind, username = clean
        if _matches(hashed, secret or ""):
            return org.get_user(ctx, user_id)
        _hashed, kind, tries, username = _reserve_try(ctx, user_id)  # record this wrong one
        raise WrongPasswordError(f"wrong password for {username}", user=username, tries=tries,
                                 retry_after=wait_after(tries, kind))
    hashed, kind, tries, username = _reserve_try(ctx, user_id)
    if not _matches(hashed, secret or ""):
        raise WrongPasswordError(f"wrong password for {username}", user=username, tries=tries,
                                 retry_after=wait_after(tries, kind))
    _forget_tries(ctx, user_id)
    return org.get_user(ctx, user_id)


# ---------------------------------------------------------------- setting one


def _write_hash(user: User, hashed: str, kind: str, must_change: bool, now: datetime) -> None:
    """``hashed``: made by ``hash_secret`` BEFORE the write transaction (Argon2 is slow; the lock stays short)."""
    user.password_hash = hashed
    user.password_kind = kind
    user.must_change = must_change
    user.password_set_at = now


def _require_manage(s: Any, ctx: Any, target: User) -> None:  # noqa: ANN401
    """users.manage for the acting user, and the target within their scope: an operations manager neither
    touches a head-office account nor a user whose stores are all outside their regions."""
    require(s, ctx, A.USERS_MANAGE)
    if getattr(ctx, "system", False) or not ctx.user_id:
        return
    actor = s.get(User, ctx.user_id)
    if actor is None or actor.role == "head_office":
        return
    if target.role == "head_office":
        raise Decision(False, A.USERS_MANAGE.value, "role", actor.role).error()
    from opsdesk.models import Assignment

    theirs = set(s.scalars(select(Assignment.store_id).where(Assignment.user_id == target.id,
                                                             Assignment.deleted.is_(False))))
    scope = stores_in_scope(s, actor)
    if theirs and scope is not None and not theirs & scope:
        raise Decision(False, A.USERS_MANAGE.value, "scope", actor.role, sorted(theirs)[0]).error()


def set_password(ctx: Any, user_id: str, secret: str, kind: str = "password", *,  # noqa: ANN401
                 must_change: bool = False) -> None:
    """Set ``user_id``'s password or PIN (policy: ``check_secret``). Allowed: to the person themselves when they
    have none yet and are this desktop's user (``SET_OWN``), while the workspace is set up, as system work, or
    to a user with ``users.manage`` over the target (who normally uses ``reset``)."""
    desktop = _desktop_user(ctx)
    hashed = hash_secret(secret or "")
    with ctx.tx() as s:
        user = _live_user(s, user_id)
        own_first = ctx.user_id == user.id and _state(user, desktop) == SET_OWN
        if not own_first:
            _require_manage(s, ctx, user)
        _check(secret, kind, user.role)
        _write_hash(user, hashed, kind, must_change, ctx.now())
    _forget_tries(ctx, user_id)


def change_own(ctx: Any, old: str, new: str, kind: str | None = None) -> None:  # noqa: ANN401
    """The signed-in user (``ctx.user_id``) replaces their password or PIN: ``old`` is verified first (a wrong
    one counts as a wrong try). ``kind`` None keeps the kind they have. Clears a temporary password's
    ``must_change``."""
    if not ctx.user_id:
        raise Decision(False, A.USERS_MANAGE.value, "no_user").error()
    with ctx.read() as s:
        user = _live_user(s, ctx.user_id)
        kind = kind or user.password_kind or "password"
        _check(new, kind, user.role)
    verify(ctx, ctx.user_id, old)
    hashed = hash_secret(new)
    with ctx.tx() as s:
        user = _live_user(s, ctx.user_id)
        _write_hash(user, hashed, kind, False, ctx.now())


def reset(ctx: Any, user_id: str, temporary: str) -> None:  # noqa: ANN401
    """Head office or an operations manager (``users.manage``, the target in their scope) gives ``user_id`` a
    temporary password (``must_change``: its owner chooses their own at the next sign-in; a store manager or
    staff member keeps their kind, a PIN stays a PIN). Recorded in the audit trail as ``password_reset`` naming
    both people, never the secret; their local wrong tries are forgotten."""
    from opsdesk.sync.capture import AuditChain

    hashed = hash_secret(temporary or "")
    with ctx.tx() as s:
        user = _live_user(s, user_id)
        _require_manage(s, ctx, user)
        kind = user.password_kind if user.password_kind in PASSWORD_KINDS else "password"
        if kind == "pin" and user.role not in PIN_ROLES:
            kind = "password"
        _check(temporary, kind, user.role)
        _write_hash(user, hashed, kind, True, ctx.now())
        s.flush()
        actor = s.get(User, ctx.user_id) if ctx.user_id else None
        AuditChain(s, s.info["capture"]).add(
            "password_reset", "user", user.id, None,
            {"user": user.id, "username": user.username, "by": ctx.user_id,
             "by_username": actor.username if actor is not None else None})
    _forget_tries(ctx, user_id)


__all__ = ["FREE_TRIES", "HASH_COST", "INACTIVE", "MAX_WAIT", "MUST_CHANGE", "NO_PASSWORD", "PASSWORD_MIN",
           "PIN_MAX", "PIN_MIN", "PIN_ROLES", "READY", "SET_OWN", "SignInStatus", "change_own", "check_secret",
           "hash_secret", "needs_password", "reset", "retry_after", "set_password", "sign_in_required", "status",
           "statuses", "verify", "wait_after"]
