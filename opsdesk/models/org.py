"""Organisation: regions and areas, stores, users, store assignments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec

REGION_LEVELS = ("region", "area")
STORE_KINDS = ("direct", "franchise")
STORE_STATUSES = ("planned", "preparing", "open", "suspended", "closed")
USER_ROLES = ("head_office", "ops_manager", "supervisor", "store_manager", "staff")
ASSIGNMENT_ROLES = ("manager", "supervisor", "staff")


class Region(Synced, Base):
    """A region (大区) or, with a parent, an area (片区)."""

    __tablename__ = "region"
    __sync__ = SyncSpec("global", refs={})
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("region.id"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    __table_args__ = (Index("ix_region_parent", "parent_id"),)


class Store(Synced, Base):
    __tablename__ = "store"
    __sync__ = SyncSpec("store:id", enums={"kind": STORE_KINDS, "status": STORE_STATUSES})
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(16), default="direct")
    region_id: Mapped[str] = mapped_column(ForeignKey("region.id"))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    opened_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_store_code", "code"),
        Index("ix_store_region", "region_id"),
        Index("ix_store_status", "status"),
        Index("ix_store_name", "name"),
    )


class User(Synced, Base):
    __tablename__ = "user"
    __sync__ = SyncSpec("global", enums={"role": USER_ROLES})
    username: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    __table_args__ = (Index("ix_user_username", "username"), Index("ix_user_role", "role"))


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
