"""Checklist templates: a template has numbered versions; a version has sections and items.

A published version is frozen: its content hash is fixed and runs pin it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, false, true
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec
from opsdesk.models.types import Hundredths

TEMPLATE_KINDS = ("inspection", "opening", "closing", "new_store", "equipment_acceptance", "promotion_check")
VERSION_STATUSES = ("draft", "published", "retired")
ANSWER_TYPES = ("pass_fail", "yes_no", "rating", "number", "text", "choice", "multi_choice", "photo", "date")
PRIORITIES = ("urgent", "high", "normal")


class Template(Synced, Base):
    __tablename__ = "template"
    __sync__ = SyncSpec("global", enums={"kind": TEMPLATE_KINDS})
    code: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(80))
    title_en: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    __table_args__ = (Index("ix_template_code", "code"),)


class TemplateVersion(Synced, Base):
    __tablename__ = "template_version"
    __sync__ = SyncSpec("global", enums={"status": VERSION_STATUSES}, json={"grade_bands": "list"},
                        refs={"published_by": "user"}, frozen_by="self")
    template_id: Mapped[str] = mapped_column(ForeignKey("template.id"))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    title: Mapped[str] = mapped_column(String(80))
    title_en: Mapped[str] = mapped_column(String(120), default="")
    grade_bands: Mapped[str] = mapped_column(Text)  # JSON [{"grade": "A", "min": 90}, ...]
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime)
    published_by: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_template_version_template", "template_id", "number"),)


class TemplateSection(Synced, Base):
    __tablename__ = "template_section"
    __sync__ = SyncSpec("global", frozen_by=("template_version", "version_id"))
    version_id: Mapped[str] = mapped_column(ForeignKey("template_version.id"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(80))
    title_en: Mapped[str] = mapped_column(String(120), default="")
    weight: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (Index("ix_template_section_version", "version_id", "position"),)


class TemplateItem(Synced, Base):
    __tablename__ = "template_item"
    __sync__ = SyncSpec("global", enums={"answer_type": ANSWER_TYPES, "action_priority": PRIORITIES},
                        json={"options": "list"}, frozen_by=("template_version", "version_id"))
    version_id: Mapped[str] = mapped_column(ForeignKey("template_version.id"))
    section_id: Mapped[str] = mapped_column(ForeignKey("template_section.id"))
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(String(200))
    text_en: Mapped[str] = mapped_column(String(300), default="")
    guidance: Mapped[str] = mapped_column(Text, default="")
    answer_type: Mapped[str] = mapped_column(String(16))
    options: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{"label", "label_en", "points", "fails"}]
    scale: Mapped[int | None] = mapped_column(Integer)
    min_value: Mapped[Decimal | None] = mapped_column(Hundredths)
    max_value: Mapped[Decimal | None] = mapped_column(Hundredths)
    unit: Mapped[str] = mapped_column(String(16), default="")
    weight: Mapped[int] = mapped_column(Integer, default=1)
    critical: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    required: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    photo_on_fail: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Whether the item may be answered N/A (the template file's "na": false forbids it; absent: allowed).
    na_allowed: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    action_title: Mapped[str] = mapped_column(String(200), default="")
    action_priority: Mapped[str] = mapped_column(String(16), default="normal")
    action_due_days: Mapped[int] = mapped_column(Integer, default=7)

    __table_args__ = (
        Index("ix_template_item_section", "section_id", "position"),
        Index("ix_template_item_version", "version_id"),
    )
