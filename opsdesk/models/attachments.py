"""Content-addressed attachments (photos) and what they belong to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec


class Attachment(Synced, Base):
    """``id`` is the sha256 of the file: the same photo is stored once."""

    __tablename__ = "attachment"
    __sync__ = SyncSpec("linked", shared_ids=True)
    mime: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime)
    original_name: Mapped[str] = mapped_column(String(255), default="")


class AttachmentLink(Synced, Base):
    """Attaches a file to any record (``owner_table``/``owner_id``)."""

    __tablename__ = "attachment_link"
    __sync__ = SyncSpec("owner", frozen_by="owner")
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachment.id"))
    owner_table: Mapped[str] = mapped_column(String(64))
    owner_id: Mapped[str] = mapped_column(String(64))
    purpose: Mapped[str] = mapped_column(String(32), default="photo")
    caption: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_attachment_link_owner", "owner_table", "owner_id"),)
