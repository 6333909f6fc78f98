"""Organisation: regions and areas, stores, users, store assignments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, event, false, inspect, true
from sqlalchemy.orm import Mapped, mapped_column, validates

from opsdesk import pinyin
from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec

REGION_LEVELS = ("region", "area")
STORE_KINDS = ("direct", "franchise")
STORE_STATUSES = ("planned", "preparing", "open", "suspended", "closed")
USER_ROLES = ("head_office", "ops_manager", "supervisor", "store_manager", "staff")
PASSWORD_KINDS = ("password", "pin")  # opsdesk.auth
ASSIGNMENT_ROLES = ("manager", "supervisor", "staff")
# Computed from the name (opsdesk.pinyin): never logged nor synced; every receiver recomputes them.
NAME_KEYS = ("sort_key", "search_pinyin")


def _set_name_keys(row: Region | Store | User, name: str | None) -> None:
    if name is not None:
        row.sort_key, row.search_pinyin = pinyin.name_keys(name, person=isinstance(row, User))


# The keys follow the name whoever sets it through the ORM (services, the demo, conflict resolution);
# rows a sync import writes get theirs from ``services.org.refresh_name_keys``. A new row gets them
# when its name is set; a stored row when it is flushed, after change capture read it: like a rescore,
# a new key is not an edit, so a rename is logged and audited as the name alone.
def _name_set(row: Region | Store | User, name: str | None) -> str | None:
    state = inspect(row)
    if state.transient or state.pending:
        _set_name_keys(row, name)
    return name


def _before_update(_mapper: object, _connection: object, row: Region | Store | User) -> None:
    if inspect(row).attrs.name.history.has_changes():
        _set_name_keys(row, row.name)


class Region(Synced, Base):
    """A region (大区) or, with a parent, an area (片区)."""

    __tablename__ = "region"
    __sync__ = SyncSpec("global", refs={}, derived=NAME_KEYS)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Pinyin of the name (opsdesk.pinyin); NULL only between a sync write and its recomputation.
    sort_key: Mapped[str | None] = mapped_column(Text)
    search_pinyin: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_region_parent", "parent_id"), Index("ix_region_sort", "sort_key"))

    @validates("name")
    def _name_changed(self, _key: str, name: str | None) -> str | None:
        return _name_set(self, name)


class Store(Synced, Base):
    __tablename__ = "store"
    __sync__ = SyncSpec("store:id", enums={"kind": STORE_KINDS, "status": STORE_STATUSES}, derived=NAME_KEYS)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(16), default="direct")
    region_id: Mapped[str] = mapped_column(ForeignKey("region.id"))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    opened_on: Mapped[date | None] = mapped_column(Date)
    sort_key: Mapped[str | None] = mapped_column(Text)
    search_pinyin: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_store_code", "code"),
        Index("ix_store_region", "region_id"),
        Index("ix_store_status", "status"),
        Index("ix_store_name", "name"),
        Index("ix_store_sort", "sort_key"),
    )

    @validates("name")
    def _name_changed(self, _key: str, name: str | None) -> str | None:
        return _name_set(self, name)


class User(Synced, Base):
    __tablename__ = "user"
    __sync__ = SyncSpec("global", enums={"role": USER_ROLES, "password_kind": PASSWORD_KINDS}, derived=NAME_KEYS)
    username: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # A person's name: its first character(s) read as a surname (曾 zeng, 单 shan).
    sort_key: Mapped[str | None] = mapped_column(Text)
    search_pinyin: Mapped[str | None] = mapped_column(Text)
    # Sign-in (opsdesk.auth): an Argon2id hash (salted, slow; never the secret), NULL while none is set. These
    # travel by sync with the user: a reset at head office reaches the laptops. Wrong tries stay local (meta).
    password_hash: Mapped[str | None] = mapped_column(Text)
    password_kind: Mapped[str | None] = mapped_column(String(8))
    must_change: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # a temporary one
    password_set_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC

    __table_args__ = (Index("ix_user_username", "username"), Index("ix_user_role", "role"),
                      Index("ix_user_sort", "sort_key"))

    @validates("name")
    def _name_changed(self, _key: str, name: str | None) -> str | None:
        return _name_set(self, name)


class Assignment(Synced, Base):
    """Who works at or looks after which store, and as what."""

    __tablename__ = "assignment"
    __sync__ = SyncSpec("store:store_id", enums={"role": ASSIGNMENT_ROLES})
    user_id: Mapped[str] = mapped_column(ForeignKey("user.id"))
    store_id: Mapped[str] = mapped_column(ForeignKey("store.id"))
    role: Mapped[str] = mapped_column(String(16))

    __table_args__ = (
        Index("ix_assignment_user", "user_id"),
        Index("ix_assignment_store", "store_id", "role"),
    )


for _model in (Region, Store, User):
    event.listen(_model, "before_update", _before_update)
