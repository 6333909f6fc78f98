"""Drawn signatures bound to the content they sign."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec

SIGNER_ROLES = ("supervisor", "store_manager", "franchisee", "supplier", "witness", "contractor")


class Signature(Synced, Base):
    __tablename__ = "signature"
    __sync__ = SyncSpec("owner", enums={"role": SIGNER_ROLES}, json={"strokes": "list"},
                        refs={"signer_id": "user", "collected_by": "user"}, frozen_by="owner")
    owner_table: Mapped[str] = mapped_column(String(64))
    owner_id: Mapped[str] = mapped_column(String(64))
    signer_id: Mapped[str | None] = mapped_column(String(64))
    signer_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(20))
    statement: Mapped[str] = mapped_column(Text, default="")
    strokes: Mapped[str] = mapped_column(Text)  # JSON [[[x, y, t], ...], ...] in pad units 0..1000 x 0..400
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    content_hash: Mapped[str] = mapped_column(String(64))
    # A person without an account (supplier, franchisee, witness, contractor): the name was typed, and
    # ``collected_by`` is the account that collected the signature on its screen.
    external: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    collected_by: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_signature_owner", "owner_table", "owner_id"),)
