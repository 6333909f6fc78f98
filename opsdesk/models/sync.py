"""Local bookkeeping for sync: settings, nodes, the change log.

None of these tables is itself synced row by row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.ids import utcnow
from opsdesk.models.base import Base


class Meta(Base):
    """Key/value settings of this installation (node id, current user...)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Node(Base):
    """A known installation: ours (``is_local``) and the peers we exchange with."""

    __tablename__ = "node"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    public_key: Mapped[str] = mapped_column(String(128))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    trusted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ChangeLog(Base):
    """One row per changed field, in local order (``seq``).

    The latest ``hlc`` of a (table, row, field) is that field's current version:
    the index ``ix_change_log_row`` answers it, so no separate clock table is kept.
    An insert logs only the fields that differ from their column default; a
    receiver creating the row applies the defaults for the others. Bulk-made
    rows (the demo, benchmarks) log one record per row with ``field = "*"`` and
    a JSON object of those fields as its value (see ``capture.bulk_insert``).
    """

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    node_id: Mapped[str] = mapped_column(String(32))
    hlc: Mapped[str] = mapped_column(String(80))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(Text)
    base_hlc: Mapped[str | None] = mapped_column(String(80))

    __table_args__ = (Index("ix_change_log_row", "table_name", "row_id", "field", "hlc"), Index("ix_change_log_hlc", "hlc"))
