"""Attach photos to records: files go to the content-addressed store, rows to the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from opsdesk.attachments import AttachmentStore, StoredFile
from opsdesk.errors import RunClosedError
from opsdesk.models import Answer, Attachment, AttachmentLink, ChecklistRun
from opsdesk.permissions import owner_permission, require
from opsdesk.services.context import AppContext


@dataclass(frozen=True)
class AttachmentDTO:
    id: str  # sha256
    link_id: str | None
    mime: str
    size: int
    width: int
    height: int
    taken_at: datetime | None
    original_name: str
    path: Path
    thumbnail: Path


def store_for(ctx: AppContext) -> AttachmentStore:
    return AttachmentStore(ctx.db.attachments_dir)


def _dto(ctx: AppContext, row: Attachment, link_id: str | None) -> AttachmentDTO:
    store = store_for(ctx)
    return AttachmentDTO(row.id, link_id, row.mime, row.size, row.width, row.height, row.taken_at,
                         row.original_name, store.path_for(row.id), store.thumb_for(row.id))


def _check_owner_open(s, owner_table: str, owner_id: str) -> None:  # noqa: ANN001
    """A photo of an answer belongs to its run's record: only a draft run's answers take or lose one
    (a signed run is frozen; the database refuses it too)."""
    if owner_table != "answer":
        return
    status = s.scalar(select(ChecklistRun.status).join(Answer, Answer.run_id == ChecklistRun.id)
                      .where(Answer.id == owner_id))
    if status is not None and status != "draft":
        raise RunClosedError(f"the answer {owner_id} belongs to a {status} run", status=status)


def link_stored(s, ctx: AppContext, stored: StoredFile, owner_table: str, owner_id: str,  # noqa: ANN001
                purpose: str = "photo", caption: str = "") -> AttachmentDTO:
    """Inside the caller's transaction: the attachment row (once per sha256) and a link to the record."""
    _check_owner_open(s, owner_table, owner_id)
    row = s.get(Attachment, stored.sha256)
    if row is None:
        row = Attachment(id=stored.sha256, mime=stored.mime, size=stored.size, width=stored.width,
                         height=stored.height, taken_at=stored.taken_at, original_name=stored.original_name)
        s.add(row)
    elif row.deleted:
        row.deleted = False
    order = s.scalar(select(func.count()).select_from(AttachmentLink).where(
        AttachmentLink.owner_table == owner_table, AttachmentLink.owner_id == owner_id))
    link = AttachmentLink(attachment_id=row.id, owner_table=owner_table, owner_id=owner_id,
                          purpose=purpose, caption=caption, sort_order=int(order or 0))
    s.add(link)
    s.flush()
    return _dto(ctx, row, link.id)


def attach_photo(ctx: AppContext, source: str | Path, owner_table: str, owner_id: str,
                 purpose: str = "photo", caption: str = "") -> AttachmentDTO:
    """Store ``source`` (refused unless it is an image) and link it to a record: the record's permission
    (``permissions.owner_permission``), checked before the file is stored."""
    with ctx.read() as s:
        require(s, ctx, *owner_permission(s, owner_table, owner_id))
    stored = store_for(ctx).put(source)
    with ctx.tx() as s:
        return link_stored(s, ctx, stored, owner_table, owner_id, purpose, caption)


def photos_of(ctx: AppContext, owner_table: str, owner_id: str) -> list[AttachmentDTO]:
    with ctx.read() as s:
        rows = s.execute(
            select(Attachment, AttachmentLink.id)
            .join(AttachmentLink, AttachmentLink.attachment_id == Attachment.id)
            .where(AttachmentLink.owner_table == owner_table, AttachmentLink.owner_id == owner_id,
                   AttachmentLink.deleted.is_(False))
            .order_by(AttachmentLink.sort_order)
        )
        return [_dto(ctx, a, link_id) for a, link_id in rows]


def photos_by_owner(ctx: AppContext, owner_table: str, owner_ids: list[str]) -> dict[str, list[AttachmentDTO]]:
    """Photos of many records in one query, keyed by owner id."""
    out: dict[str, list[AttachmentDTO]] = {}
    if not owner_ids:
        return out
    with ctx.read() as s:
        for chunk in range(0, len(owner_ids), 500):
            rows = s.execute(
                select(Attachment, AttachmentLink.id, AttachmentLink.owner_id)
                .join(AttachmentLink, AttachmentLink.attachment_id == Attachment.id)
                .where(AttachmentLink.owner_table == owner_table,
                       AttachmentLink.owner_id.in_(owner_ids[chunk:chunk + 500]), AttachmentLink.deleted.is_(False))
                .order_by(AttachmentLink.sort_order)
            )
            for a, link_id, owner in rows:
                out.setdefault(owner, []).append(_dto(ctx, a, link_id))
    return out


def detach(ctx: AppContext, link_id: str) -> None:
    """Remove a photo from its record (a tombstone: the file and its history stay)."""
    with ctx.tx() as s:
        link = s.get(AttachmentLink, link_id)
        if link is not None and not link.deleted:
            require(s, ctx, *owner_permission(s, link.owner_table, link.owner_id))
            _check_owner_open(s, link.owner_table, link.owner_id)
            link.deleted = True
