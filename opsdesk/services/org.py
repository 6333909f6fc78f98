"""Organisation service: regions and areas, stores, users and their store assignments."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import ColumnElement, Select, bindparam, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from opsdesk import backend, exports
from opsdesk.errors import NotFoundError, StaleEditError
from opsdesk.models.org import (
    REGION_LEVELS,
    STORE_KINDS,
    STORE_STATUSES,
    USER_ROLES,
    Assignment,
    Region,
    Store,
    User,
)
from opsdesk.permissions import A, require
from opsdesk.pinyin import name_keys, normalize_search
from opsdesk.services.context import AppContext
from opsdesk.services.validation import CODE_RE, EMAIL_RE, PHONE_RE, USERNAME_RE, Checker

__all__ = [
    "REGION_LEVELS",
    "STORE_KINDS",
    "STORE_STATUSES",
    "USER_ROLES",
    "RegionDTO",
    "StoreDTO",
    "StoreInput",
    "StoreQuery",
    "UserDTO",
    "UserInput",
    "UserQuery",
]

# Which assignment a user's role gives them at their stores.
ASSIGNMENT_FOR_ROLE = {"store_manager": "manager", "supervisor": "supervisor", "ops_manager": "supervisor",
                       "staff": "staff"}


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class RegionDTO:
    id: str
    code: str
    name: str
    parent_id: str | None
    level: str  # "region" (大区) or "area" (片区)
    path: str
    active: bool


@dataclass(frozen=True)
class StoreDTO:
    id: str
    code: str
    name: str
    kind: str
    status: str
    region_id: str
    region_path: str
    address: str
    phone: str
    opened_on: date | None
    manager_id: str | None
    manager_name: str
    supervisor_id: str | None
    supervisor_name: str
    version: str = ""  # HLC of the last change: pass it back as StoreInput.base_version


@dataclass(frozen=True)
class StoreInput:
    code: str
    name: str
    region_id: str | None
    kind: str = "direct"
    status: str = "open"
    address: str = ""
    phone: str = ""
    opened_on: date | None = None
    manager_id: str | None = None
    supervisor_id: str | None = None
    base_version: str | None = None  # for an edit: the DTO's version the user started from


@dataclass(frozen=True)
class StoreQuery:
    region_id: str | None = None  # a region includes all its areas
    search: str = ""
    kind: str | None = None
    status: str | None = None
    include_closed: bool = False
    sort: str = "code"
    descending: bool = False


@dataclass(frozen=True)
class UserDTO:
    id: str
    username: str
    name: str
    role: str
    phone: str
    email: str
    active: bool
    store_ids: tuple[str, ...] = ()
    store_names: tuple[str, ...] = ()
    version: str = ""


@dataclass(frozen=True)
class UserInput:
    username: str
    name: str
    role: str
    phone: str = ""
    email: str = ""
    store_ids: tuple[str, ...] = field(default_factory=tuple)
    base_version: str | None = None


@dataclass(frozen=True)
class UserQuery:
    search: str = ""
    role: str | None = None
    store_id: str | None = None
    include_inactive: bool = False
    sort: str = "name"
    descending: bool = False


# ---------------------------------------------------------------- regions


def _region_rows(s: Session) -> list[Region]:
    # Siblings by pinyin (华北 before 华东 before 华南); the tree is built from this order.
    return list(s.scalars(select(Region).where(Region.deleted.is_(False)).order_by(
        Region.sort_key, Region.name, Region.code, Region.id)))


def _region_dtos(rows: list[Region]) -> list[RegionDTO]:
    by_id = {r.id: r for r in rows}
    children: dict[str | None, list[Region]] = {}
    for r in rows:
        parent = r.parent_id if r.parent_id in by_id else None
        children.setdefault(parent, []).append(r)
    out: list[RegionDTO] = []

    def walk(parent: str | None, prefix: str) -> None:
        for r in children.get(parent, []):
            path = f"{prefix} / {r.name}" if prefix else r.name
            level = "area" if r.parent_id in by_id else "region"
            out.append(RegionDTO(r.id, r.code, r.name, r.parent_id, level, path, r.active))
            walk(r.id, path)

    walk(None, "")
    return out


def list_regions(ctx: AppContext) -> list[RegionDTO]:
    """Regions and areas in tree order (each region followed by its areas)."""
    with ctx.read() as s:
        return _region_dtos(_region_rows(s))


def _descendants(regions: list, root: str) -> set[str]:  # noqa: ANN001 - RegionDTO or Region rows
    found = {root}
    changed = True
    while changed:
        changed = False
        for r in regions:
            if r.parent_id in found and r.id not in found:
                found.add(r.id)
                changed = True
    return found


def region_ids_under(s: Session, region_id: str) -> set[str]:
    """A region and every area below it: the filter "this region" means all of them."""
    return _descendants(list(s.scalars(select(Region).where(Region.deleted.is_(False)))), region_id)


def save_region(ctx: AppContext, name: str, code: str, parent_id: str | None = None,
                region_id: str | None = None) -> RegionDTO:
    """Create a region (no parent) or an area (with a parent), or rename one."""
    check = Checker()
    name = check.text("name", name, required=True, max_len=60)
    code = check.text("code", code, required=True, max_len=20)
    check.pattern("code", code, CODE_RE, "invalid_code")
    with ctx.tx() as s:
        require(s, ctx, A.ORG_MANAGE)
        if parent_id is not None:
            parent = s.get(Region, parent_id)
            if parent is None or parent.deleted:
                check.fail("parent_id", "not_found")
            elif parent.parent_id is not None:
                check.fail("parent_id", "too_deep")
        clash = s.scalar(
            select(func.count()).select_from(Region).where(
                Region.deleted.is_(False), func.lower(Region.code) == code.lower(), Region.id != (region_id or "")
            )
        )
        if clash and not check.has("code"):
            check.fail("code", "duplicate")
        check.raise_if_any()
        if region_id is None:
            siblings = s.scalar(select(func.count()).select_from(Region).where(Region.parent_id == parent_id))
            row = Region(name=name, code=code, parent_id=parent_id, sort_order=int(siblings or 0))
            s.add(row)
        else:
            row = s.get(Region, region_id)
            if row is None or row.deleted:
                raise NotFoundError("region", id=region_id)
            row.name, row.code = name, code
        s.flush()
        return next(r for r in _region_dtos(_region_rows(s)) if r.id == row.id)


# ---------------------------------------------------------------- stores


def _assigned(role: str, column):  # noqa: ANN001, ANN202
    """Correlated subquery: the first user assigned to the store in ``role``."""
    return (
        select(column)
        .join(Assignment, Assignment.user_id == User.id)
        .where(Assignment.store_id == Store.id, Assignment.role == role, Assignment.deleted.is_(False),
               User.deleted.is_(False))
        .order_by(Assignment.created_at, Assignment.id)
        .limit(1)
        .correlate(Store)
        .scalar_subquery()
    )


STORE_SORTS = ("code", "name", "kind", "region", "status", "opened_on", "manager", "supervisor", "phone")


def _search(columns: tuple, pinyin_column, term: str) -> ColumnElement[bool]:  # noqa: ANN001
    """A search box: any of ``columns`` contains ``term``, or the name's pinyin does (full pinyin or
    initials, as ``opsdesk.pinyin.search_text`` stores them): ``bjwfj`` and ``wangfujing`` find 北京王府井店."""
    match = backend.contains_any(columns, term)
    typed = normalize_search(term)
    return or_(match, backend.contains(pinyin_column, typed)) if typed else match


def _ordered(stmt: Select, keys: tuple, descending: bool, *tie_break) -> Select:  # noqa: ANN001
    """``stmt`` ordered by ``keys`` (all in the chosen direction), then ascending by the unique tie-break."""
    return stmt.order_by(*(backend.sort_by(k, descending) for k in keys), *tie_break)


# Made once (as ``services.equipment``): an alias made per query is new SQL each time and cyclic garbage.
_AREA = aliased(Region)
_PARENT = aliased(Region)


def _store_select(s: Session, q: StoreQuery, *, count: bool = False) -> Select:
    area, parent = _AREA, _PARENT
    manager_name = _assigned("manager", User.name).label("manager_name")
    manager_id = _assigned("manager", User.id).label("manager_id")
    sup_name = _assigned("supervisor", User.name).label("supervisor_name")
    sup_id = _assigned("supervisor", User.id).label("supervisor_id")
    if count:
        stmt = select(func.count(Store.id))
    else:
        stmt = select(Store, area.name, parent.name, manager_id, manager_name, sup_id, sup_name)
        stmt = stmt.join(area, area.id == Store.region_id).outerjoin(parent, parent.id == area.parent_id)
    stmt = stmt.where(Store.deleted.is_(False))
    if q.region_id:
        ids = _descendants(_region_dtos(_region_rows(s)), q.region_id)
        stmt = stmt.where(Store.region_id.in_(ids))
    term = q.search.strip()
    if term:
        stmt = stmt.where(_search((Store.code, Store.name, Store.address, Store.phone), Store.search_pinyin, term))
    if q.kind:
        stmt = stmt.where(Store.kind == q.kind)
    if q.status:
        stmt = stmt.where(Store.status == q.status)
    elif not q.include_closed:
        stmt = stmt.where(Store.status != "closed")
    if count:
        return stmt
    # Names sort by their pinyin key (then the name itself, so that homophones group by character).
    keys = {
        "code": (Store.code,),
        "name": (Store.sort_key, Store.name),
        "kind": (Store.kind,),
        "region": (func.coalesce(parent.sort_key, area.sort_key), case((parent.id.is_(None), ""), else_=area.sort_key),
                   func.coalesce(parent.name, "") + area.name),
        "status": (Store.status,),
        "opened_on": (Store.opened_on,),
        "manager": (_assigned("manager", User.sort_key), manager_name),
        "supervisor": (_assigned("supervisor", User.sort_key), sup_name),
        "phone": (Store.phone,),
    }
    return _ordered(stmt, keys.get(q.sort, keys["code"]), q.descending, Store.code, Store.id)


def _store_dto(row) -> StoreDTO:  # noqa: ANN001
    store, area_name, parent_name, manager_id, manager_name, sup_id, sup_name = row
    path = f"{parent_name} / {area_name}" if parent_name else area_name
    return StoreDTO(
        id=store.id,
        code=store.code,
        name=store.name,
        kind=store.kind,
        status=store.status,
        region_id=store.region_id,
        region_path=path,
        address=store.address,
        phone=store.phone,
        opened_on=store.opened_on,
        manager_id=manager_id,
        manager_name=manager_name or "",
        supervisor_id=sup_id,
        supervisor_name=sup_name or "",
        version=store.updated_at,
    )


def query_stores(ctx: AppContext, q: StoreQuery = StoreQuery(), offset: int = 0,
                 limit: int | None = None) -> list[StoreDTO]:
    with ctx.read() as s:
        stmt = _store_select(s, q).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_store_dto(r) for r in s.execute(stmt)]


def count_stores(ctx: AppContext, q: StoreQuery = StoreQuery()) -> int:
    with ctx.read() as s:
        return int(s.scalar(_store_select(s, q, count=True)) or 0)


def get_store(ctx: AppContext, store_id: str) -> StoreDTO:
    with ctx.read() as s:
        return _get_store_dto(s, store_id)


def _get_store_dto(s: Session, store_id: str) -> StoreDTO:
    stmt = _store_select(s, StoreQuery(include_closed=True)).where(Store.id == store_id)
    row = s.execute(stmt).first()
    if row is None:
        raise NotFoundError("store", id=store_id)
    return _store_dto(row)


def _check_user_role(s: Session, check: Checker, field_name: str, user_id: str | None,
                     roles: tuple[str, ...]) -> None:
    if not user_id:
        return
    user = s.get(User, user_id)
    if user is None or user.deleted or not user.active or user.role not in roles:
        check.fail(field_name, "invalid_user")


def _validate_store(s: Session, data: StoreInput, store_id: str | None) -> StoreInput:
    """Checks every field; a manager or supervisor is only checked when it is a new choice
    (a store keeps its manager after that person is deactivated)."""
    check = Checker()
    code = check.text("code", data.code, required=True, max_len=20)
    check.pattern("code", code, CODE_RE, "invalid_code")
    name = check.text("name", data.name, required=True, max_len=60)
    check.choice("kind", data.kind, STORE_KINDS)
    check.choice("status", data.status, STORE_STATUSES)
    address = check.text("address", data.address, max_len=200)
    phone = check.text("phone", data.phone, max_len=32)
    check.pattern("phone", phone, PHONE_RE, "invalid_phone")
    if not data.region_id:
        check.fail("region_id", "required")
    else:
        region = s.get(Region, data.region_id)
        if region is None or region.deleted:
            check.fail("region_id", "not_found")
    if data.status == "open" and data.opened_on is None:
        check.fail("opened_on", "required_when_open")
    if code and not check.has("code"):
        clash = s.scalar(
            select(func.count()).select_from(Store).where(
                Store.deleted.is_(False), func.lower(Store.code) == code.lower(), Store.id != (store_id or "")
            )
        )
        if clash:
            check.fail("code", "duplicate")
    for field_name, role, roles, value in (("manager_id", "manager", ("store_manager",), data.manager_id),
                                           ("supervisor_id", "supervisor", ("supervisor", "ops_manager"),
                                            data.supervisor_id)):
        current = _primary(s, store_id, role) if store_id else None
        if value != (current.user_id if current else None):
            _check_user_role(s, check, field_name, value, roles)
    check.raise_if_any()
    return StoreInput(code=code, name=name, region_id=data.region_id, kind=data.kind, status=data.status,
                      address=address, phone=phone, opened_on=data.opened_on, manager_id=data.manager_id,
                      supervisor_id=data.supervisor_id, base_version=data.base_version)


def _primary(s: Session, store_id: str, role: str) -> Assignment | None:
    return s.scalars(select(Assignment).where(
        Assignment.store_id == store_id, Assignment.role == role, Assignment.deleted.is_(False))
        .order_by(Assignment.created_at, Assignment.id).limit(1)).first()


def _set_store_role(s: Session, store_id: str, role: str, user_id: str | None) -> None:
    """Make ``user_id`` the store's (first) holder of ``role``; other holders are kept."""
    current = _primary(s, store_id, role)
    if (current.user_id if current else None) == user_id:
        return
    if current is not None:
        current.deleted = True
    if user_id:
        already = s.scalars(select(Assignment).where(
            Assignment.store_id == store_id, Assignment.role == role, Assignment.user_id == user_id,
            Assignment.deleted.is_(False))).first()
        if already is None:
            s.add(Assignment(user_id=user_id, store_id=store_id, role=role))


def create_store(ctx: AppContext, data: StoreInput) -> StoreDTO:
    with ctx.tx() as s:
        require(s, ctx, A.ORG_MANAGE)
        data = _validate_store(s, data, None)
        store = Store(code=data.code, name=data.name, kind=data.kind, region_id=data.region_id,
                      address=data.address, phone=data.phone, status=data.status, opened_on=data.opened_on)
        s.add(store)
        s.flush()
        _set_store_role(s, store.id, "manager", data.manager_id)
        _set_store_role(s, store.id, "supervisor", data.supervisor_id)
        s.flush()
        return _get_store_dto(s, store.id)


def _check_base(row: Store | User, base_version: str | None) -> None:
    """Refuse an edit made on a copy older than the row: it would silently undo a newer change."""
    if base_version is not None and row.updated_at != base_version:
        raise StaleEditError(f"{row.__tablename__} {row.id} changed since it was opened", table=row.__tablename__)


def _live_store(s: Session, store_id: str) -> Store:
    store = s.get(Store, store_id)
    if store is None or store.deleted:
        raise NotFoundError("store", id=store_id)
    return store


def update_store(ctx: AppContext, store_id: str, data: StoreInput) -> StoreDTO:
    with ctx.tx() as s:
        require(s, ctx, A.ORG_MANAGE, store_id)
        store = _live_store(s, store_id)
        _check_base(store, data.base_version)
        data = _validate_store(s, data, store_id)
        for key in ("code", "name", "kind", "region_id", "address", "phone", "status", "opened_on"):
            setattr(store, key, getattr(data, key))
        _set_store_role(s, store.id, "manager", data.manager_id)
        _set_store_role(s, store.id, "supervisor", data.supervisor_id)
        s.flush()
        return _get_store_dto(s, store.id)


def set_store_status(ctx: AppContext, store_id: str, status: str) -> StoreDTO:
    """Deactivate a store (``closed``/``suspended``) or bring it back; history stays."""
    check = Checker()
    check.choice("status", status, STORE_STATUSES)
    check.raise_if_any()
    with ctx.tx() as s:
        require(s, ctx, A.ORG_MANAGE, store_id)
        store = _live_store(s, store_id)
        if status == "open" and store.opened_on is None:
            check.fail("opened_on", "required_when_open")
            check.raise_if_any()
        if status == "open" and store.status != "open":
            refuse_open_before_gates(s, store)  # 验收合格方可营业
        store.status = status
        s.flush()
        return _get_store_dto(s, store.id)


def refuse_open_before_gates(s: Session, store: Store) -> None:
    """验收合格方可营业: raise ``GatesNotPassedError`` when the store has an active opening project
    (``services.openings``) with a gate not passed, listing those gates in plan order."""
    from opsdesk.errors import GatesNotPassedError
    from opsdesk.models.openings import OpeningMilestone, OpeningProject

    gates = list(s.scalars(select(OpeningMilestone).join(
        OpeningProject, OpeningProject.id == OpeningMilestone.project_id).where(
        OpeningProject.store_id == store.id, OpeningProject.status == "active", OpeningProject.deleted.is_(False),
        OpeningMilestone.deleted.is_(False), OpeningMilestone.gate.is_(True), OpeningMilestone.done_at.is_(None))
        .order_by(OpeningProject.id, OpeningMilestone.position, OpeningMilestone.id)))
    if gates:
        raise GatesNotPassedError(f"store {store.code} cannot open before its gates pass: "
                                  + ", ".join(m.title_en or m.title for m in gates),
                                  store=store.code, gates=[m.key for m in gates], titles=[m.title for m in gates],
                                  titles_en=[m.title_en or m.title for m in gates])


def status_before_closing(s: Session, store: Store) -> str:
    """The status a closed store had before it was closed (its change log knows)."""
    from opsdesk.models import ChangeLog

    values = s.scalars(select(ChangeLog.value).where(
        ChangeLog.table_name == "store", ChangeLog.row_id == store.id, ChangeLog.field == "status")
        .order_by(ChangeLog.hlc.desc(), ChangeLog.seq.desc()))
    for raw in values:
        status = raw.strip('"') if raw else ""
        if status and status != "closed" and status in STORE_STATUSES:
            return status
    return "open" if store.opened_on else "preparing"


def reactivate_store(ctx: AppContext, store_id: str) -> StoreDTO:
    """Bring a closed store back to the status it had before it was closed."""
    with ctx.tx() as s:
        require(s, ctx, A.ORG_MANAGE, store_id)
        store = _live_store(s, store_id)
        if store.status == "closed":
            store.status = status_before_closing(s, store)
        s.flush()
        return _get_store_dto(s, store.id)


# ---------------------------------------------------------------- users


USER_SORTS = ("name", "username", "role", "phone", "email", "active")


def _user_select(q: UserQuery, *, count: bool = False) -> Select:
    stmt = select(func.count(User.id)) if count else select(User)
    stmt = stmt.where(User.deleted.is_(False))
    if not q.include_inactive:
        stmt = stmt.where(User.active.is_(True))
    if q.role:
        stmt = stmt.where(User.role == q.role)
    if q.store_id:
        stmt = stmt.where(User.id.in_(select(Assignment.user_id).where(
            Assignment.store_id == q.store_id, Assignment.deleted.is_(False))))
    term = q.search.strip()
    if term:
        stmt = stmt.where(_search((User.name, User.username, User.phone, User.email), User.search_pinyin, term))
    if count:
        return stmt
    keys = {"name": (User.sort_key, User.name), "username": (User.username,), "role": (User.role,),
            "phone": (User.phone,), "email": (User.email,), "active": (User.active,)}
    return _ordered(stmt, keys.get(q.sort, keys["name"]), q.descending, User.username, User.id)


def _user_dtos(s: Session, users: list[User]) -> list[UserDTO]:
    ids = [u.id for u in users]
    stores: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
    if ids:
        rows = s.execute(
            select(Assignment.user_id, Store.id, Store.name)
            .join(Store, Store.id == Assignment.store_id)
            .where(Assignment.user_id.in_(ids), Assignment.deleted.is_(False), Store.deleted.is_(False))
            .order_by(Store.code)
        )
        for user_id, store_id, store_name in rows:
            stores[user_id].append((store_id, store_name))
    return [
        UserDTO(u.id, u.username, u.name, u.role, u.phone, u.email, u.active,
                tuple(sid for sid, _ in stores[u.id]), tuple(n for _, n in stores[u.id]), u.updated_at)
        for u in users
    ]


def query_users(ctx: AppContext, q: UserQuery = UserQuery(), offset: int = 0,
                limit: int | None = None) -> list[UserDTO]:
    with ctx.read() as s:
        stmt = _user_select(q).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return _user_dtos(s, list(s.scalars(stmt)))


def count_users(ctx: AppContext, q: UserQuery = UserQuery()) -> int:
    with ctx.read() as s:
        return int(s.scalar(_user_select(q, count=True)) or 0)


def get_user(ctx: AppContext, user_id: str) -> UserDTO:
    with ctx.read() as s:
        user = s.get(User, user_id)
        if user is None or user.deleted:
            raise NotFoundError("user", id=user_id)
        return _user_dtos(s, [user])[0]


def validate_user_input(s: Session, data: UserInput, user_id: str | None) -> UserInput:
    check = Checker()
    username = check.text("username", data.username, required=True, max_len=32).lower()
    check.pattern("username", username, USERNAME_RE, "invalid_username")
    name = check.text("name", data.name, required=True, max_len=40)
    check.choice("role", data.role, USER_ROLES)
    phone = check.text("phone", data.phone, max_len=32)
    check.pattern("phone", phone, PHONE_RE, "invalid_phone")
    email = check.text("email", data.email, max_len=120)
    check.pattern("email", email, EMAIL_RE, "invalid_email")
    if username and not check.has("username"):
        clash = s.scalar(select(func.count()).select_from(User).where(
            User.deleted.is_(False), User.username == username, User.id != (user_id or "")))
        if clash:
            check.fail("username", "duplicate")
    store_ids = tuple(dict.fromkeys(data.store_ids))
    if store_ids:
        found = s.scalar(select(func.count()).select_from(Store).where(
            Store.id.in_(store_ids), Store.deleted.is_(False)))
        if found != len(store_ids):
            check.fail("store_ids", "not_found")
    check.raise_if_any()
    return UserInput(username=username, name=name, role=data.role, phone=phone, email=email, store_ids=store_ids,
                     base_version=data.base_version)


def _set_user_stores(s: Session, user: User, store_ids: tuple[str, ...]) -> None:
    role = ASSIGNMENT_FOR_ROLE.get(user.role)
    wanted = set(store_ids) if role else set()
    current = list(s.scalars(select(Assignment).where(Assignment.user_id == user.id, Assignment.deleted.is_(False))))
    have: set[str] = set()
    for a in current:
        if a.role == role and a.store_id in wanted and a.store_id not in have:
            have.add(a.store_id)
        else:
            a.deleted = True
    for store_id in store_ids:
        if store_id in wanted and store_id not in have:
            s.add(Assignment(user_id=user.id, store_id=store_id, role=role))


def _require_user_manage(s: Session, ctx: AppContext, *roles: str | None) -> None:
    """users.manage; and only head office gives or takes the head-office role (an ops manager cannot make
    someone, themselves included, head office, nor change a head-office account)."""
    require(s, ctx, A.USERS_MANAGE)
    actor = s.get(User, ctx.user_id) if ctx.user_id and not ctx.system else None
    if actor is not None and actor.role != "head_office" and "head_office" in roles:
        from opsdesk.permissions import Decision

        raise Decision(False, A.USERS_MANAGE.value, "role", actor.role).error()


def create_user(ctx: AppContext, data: UserInput) -> UserDTO:
    with ctx.tx() as s:
        _require_user_manage(s, ctx, data.role)
        data = validate_user_input(s, data, None)
        user = User(username=data.username, name=data.name, role=data.role, phone=data.phone, email=data.email)
        s.add(user)
        s.flush()
        _set_user_stores(s, user, data.store_ids)
        s.flush()
        return _user_dtos(s, [user])[0]


def update_user(ctx: AppContext, user_id: str, data: UserInput) -> UserDTO:
    with ctx.tx() as s:
        user = s.get(User, user_id)
        _require_user_manage(s, ctx, data.role, user.role if user is not None else None)
        if user is None or user.deleted:
            raise NotFoundError("user", id=user_id)
        _check_base(user, data.base_version)
        data = validate_user_input(s, data, user_id)
        for key in ("username", "name", "role", "phone", "email"):
            setattr(user, key, getattr(data, key))
        _set_user_stores(s, user, data.store_ids)
        s.flush()
        return _user_dtos(s, [user])[0]


def set_user_active(ctx: AppContext, user_id: str, active: bool) -> UserDTO:
    check = Checker()
    if not active and user_id == ctx.user_id:
        check.fail("active", "cannot_deactivate_self")
    check.raise_if_any()
    with ctx.tx() as s:
        user = s.get(User, user_id)
        _require_user_manage(s, ctx, user.role if user is not None else None)
        if user is None or user.deleted:
            raise NotFoundError("user", id=user_id)
        user.active = active
        s.flush()
        return _user_dtos(s, [user])[0]


def users_with_roles(ctx: AppContext, roles: tuple[str, ...]) -> list[UserDTO]:
    """Active users of the given roles, by name: for pickers."""
    with ctx.read() as s:
        users = s.scalars(select(User).where(User.deleted.is_(False), User.active.is_(True),
                                             User.role.in_(roles))
                            .order_by(User.sort_key, User.name, User.username, User.id))
        return [UserDTO(u.id, u.username, u.name, u.role, u.phone, u.email, u.active) for u in users]


# ---------------------------------------------------------------- pinyin keys of rows a sync import wrote

NAME_KEYED = {"region": (Region, False), "store": (Store, False), "user": (User, True)}  # table -> (model, person)


def stored_search_pinyin(ctx: AppContext, *, stores: Sequence[str] = (), users: Sequence[str] = ()) -> dict[str, str]:
    """The ``search_pinyin`` each of these stores and users stores (id -> "full initials"; empty ones left out): what
    a picker matches typing against, read rather than converted again."""
    found: dict[str, str] = {}
    with ctx.read() as s:
        for model, ids in ((Store, stores), (User, users)):
            ids = list(dict.fromkeys(ids))
            for first in range(0, len(ids), 500):  # bound parameters per statement, on any backend
                found.update((i, key) for i, key in s.execute(
                    select(model.id, model.search_pinyin).where(model.id.in_(ids[first:first + 500]))) if key)
    return found


def refresh_name_keys(s: Session, rows: Iterable[tuple[str, str]]) -> int:
    """Recompute the pinyin keys (``sort_key``, ``search_pinyin``) of these (table, row id) pairs from
    their names, as the models do on every ORM write: a sync import writes rows without them (derived
    fields never travel). Plain UPDATEs of what differs: derived values, not edits (not logged, the
    rows keep their version). Other tables are ignored. Returns the rows corrected."""
    wanted: dict[str, set[str]] = {}
    for table_name, row_id in rows:
        if table_name in NAME_KEYED:
            wanted.setdefault(table_name, set()).add(row_id)
    conn = s.connection()
    fixed = 0
    for table_name, ids in wanted.items():
        model, person = NAME_KEYED[table_name]
        t = model.__table__
        ordered = sorted(ids)
        for i in range(0, len(ordered), 500):
            updates = []
            for row_id, name, key, search in conn.execute(select(t.c.id, t.c.name, t.c.sort_key, t.c.search_pinyin)
                                                          .where(t.c.id.in_(ordered[i:i + 500]))):
                want = name_keys(name or "", person=person)
                if (key, search) != want:
                    updates.append({"row": row_id, "new_key": want[0], "new_search": want[1]})
            if updates:
                conn.execute(t.update().where(t.c.id == bindparam("row"))
                             .values(sort_key=bindparam("new_key"), search_pinyin=bindparam("new_search")), updates)
                fixed += len(updates)
    return fixed


# ---------------------------------------------------------------- export (CSV and Excel)

EXPORT_BATCH = 1000
Labels = Mapping[str, Mapping[str, str]]

STORE_EXPORT_COLUMNS = (
    exports.Column("code", "Code"), exports.Column("name", "Name"), exports.Column("kind", "Kind"),
    exports.Column("region", "Region"), exports.Column("status", "Status"),
    exports.Column("opened_on", "Opened", "date"), exports.Column("manager", "Store manager"),
    exports.Column("supervisor", "Supervisor"), exports.Column("phone", "Phone"),
    exports.Column("address", "Address"),
)
USER_EXPORT_COLUMNS = (
    exports.Column("name", "Name"), exports.Column("username", "Username"), exports.Column("role", "Role"),
    exports.Column("stores", "Stores"), exports.Column("phone", "Phone"), exports.Column("email", "E-mail"),
    exports.Column("active", "State"),
)


def iter_stores(ctx: AppContext, q: StoreQuery = StoreQuery()) -> Iterator[StoreDTO]:
    """Every store ``q`` selects, in its order, streamed from one read (one consistent snapshot)."""
    with ctx.read() as s:
        for row in s.execute(_store_select(s, q).execution_options(yield_per=EXPORT_BATCH)):
            yield _store_dto(row)


def store_export_rows(ctx: AppContext, q: StoreQuery, labels: Labels | None = None) -> Iterator[list[object]]:
    for st in iter_stores(ctx, q):
        yield [st.code, st.name, exports.label(labels, "kind", st.kind), st.region_path,
               exports.label(labels, "status", st.status), st.opened_on, st.manager_name, st.supervisor_name,
               st.phone, st.address]


def export_stores(ctx: AppContext, q: StoreQuery, path: str | Path, *, titles: Mapping[str, str] | None = None,
                  labels: Labels | None = None, filters: Sequence[tuple[str, str]] = (),
                  title: str = "Stores") -> int:
    """The store register for ``q`` as .xlsx or .csv (by the extension; see ``opsdesk.exports``)."""
    exports.check_format(path)
    return exports.export(path, exports.titled(STORE_EXPORT_COLUMNS, titles), store_export_rows(ctx, q, labels),
                          filters, title)


def iter_users(ctx: AppContext, q: UserQuery = UserQuery()) -> Iterator[UserDTO]:
    """Every user ``q`` selects, in its order, streamed from one read, their stores looked up per batch."""
    with ctx.read() as s:
        result = s.execute(_user_select(q).execution_options(yield_per=EXPORT_BATCH))
        for batch in result.scalars().partitions():
            yield from _user_dtos(s, list(batch))


def user_export_rows(ctx: AppContext, q: UserQuery, labels: Labels | None = None) -> Iterator[list[object]]:
    separator = exports.label(labels, "text", "separator")
    separator = ", " if separator == "separator" else separator
    for u in iter_users(ctx, q):
        yield [u.name, u.username, exports.label(labels, "role", u.role), separator.join(u.store_names), u.phone,
               u.email, exports.label(labels, "active", "yes" if u.active else "no")]


def export_users(ctx: AppContext, q: UserQuery, path: str | Path, *, titles: Mapping[str, str] | None = None,
                 labels: Labels | None = None, filters: Sequence[tuple[str, str]] = (), title: str = "Users") -> int:
    """The user register for ``q`` as .xlsx or .csv (by the extension)."""
    exports.check_format(path)
    return exports.export(path, exports.titled(USER_EXPORT_COLUMNS, titles), user_export_rows(ctx, q, labels),
                          filters, title)
