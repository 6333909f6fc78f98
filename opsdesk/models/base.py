"""Declarative base and the columns every synced table carries (DESIGN.md §3)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, MetaData, String, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from opsdesk.ids import new_id, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Mixin for tables that travel in sync packages.

    ``id`` is a UUID (or a content hash), ``updated_at`` the HLC of the last
    change, ``origin_node`` the node that created the row, and ``deleted`` the
    tombstone: synced rows are never removed. The change-capture hook fills the
    bookkeeping columns; services only set business fields.
    """

    __synced__ = True

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[str] = mapped_column(String(80))
    origin_node: Mapped[str] = mapped_column(String(32))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


def is_synced(obj: object) -> bool:
    return isinstance(obj, Synced)
