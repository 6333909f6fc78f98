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
    # What the peer asked to receive: a JSON list of region ids, or None for everything.
    receive_regions: Mapped[str | None] = mapped_column(Text)


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
    # "resolve" for a person's answer to a sync conflict (closes the same conflict elsewhere).
    kind: Mapped[str | None] = mapped_column(String(16))
    # The user who made the change (travels with it: conflicts name the person, not only the laptop).
    actor_id: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_change_log_row", "table_name", "row_id", "field", "hlc"),
        Index("ix_change_log_hlc", "hlc"),
        Index("ix_change_log_node", "node_id", "hlc"),
    )


class PeerAck(Base):
    """What a peer has seen: per origin node, the latest clock it holds (from the peer's own packages)."""

    __tablename__ = "peer_ack"
    peer_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    origin_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(80))


class ImportLedger(Base):
    """Every package applied here; a package id found here is never applied twice."""

    __tablename__ = "import_ledger"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    from_node: Mapped[str] = mapped_column(String(32))
    created: Mapped[datetime] = mapped_column(DateTime)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    changes: Mapped[int] = mapped_column(Integer, default=0)
    applied: Mapped[int] = mapped_column(Integer, default=0)
    known: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    attachments: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_import_ledger_node", "from_node", "imported_at"),)


class ExportLedger(Base):
    """Every package written here (the Sync page's history)."""

    __tablename__ = "export_ledger"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    to_node: Mapped[str | None] = mapped_column(String(32))
    created: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    full: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    path: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    changes: Mapped[int] = mapped_column(Integer, default=0)
    attachments: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_export_ledger_node", "to_node", "created"),)


class SyncConflict(Base):
    """A value that lost to a concurrent edit (or tried to change a signed record), kept for a person.

    ``winner_*`` is the value the record holds, ``loser_*`` the one set aside.
    """

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(16), default="concurrent")  # concurrent | frozen | unverified
    # An ``unverified`` decision: why it did not verify (opsdesk.decisions.FAIL_REASONS); its records, as
    # received, are kept in ``loser_value`` (a JSON list) so a person may accept them.
    detail: Mapped[str | None] = mapped_column(String(32))
    winner_value: Mapped[str | None] = mapped_column(Text)
    winner_hlc: Mapped[str | None] = mapped_column(String(80))
    winner_node: Mapped[str | None] = mapped_column(String(32))
    winner_change_id: Mapped[str | None] = mapped_column(String(36))
    loser_value: Mapped[str | None] = mapped_column(Text)
    loser_hlc: Mapped[str] = mapped_column(String(80))
    loser_node: Mapped[str] = mapped_column(String(32))
    loser_change_id: Mapped[str] = mapped_column(String(36))
    package_id: Mapped[str | None] = mapped_column(String(36))
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | resolved
    resolution: Mapped[str | None] = mapped_column(String(16))  # winner | loser | elsewhere
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_sync_conflict_status", "status", "detected_at"),
        Index("ix_sync_conflict_field", "table_name", "row_id", "field"),
        Index("ix_sync_conflict_pair", "loser_change_id", "winner_change_id", unique=True),
    )
