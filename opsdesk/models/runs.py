"""Checklist runs (inspections and daily checklists) and their answers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, Text, false, text
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec
from opsdesk.models.types import Hundredths

RUN_TYPES = ("routine", "full_audit", "mystery", "self_check", "cross_check", "follow_up", "opening", "closing",
             "acceptance", "execution")
INSPECTION_RUN_TYPES = RUN_TYPES[:6]
RUN_STATUSES = ("draft", "completed", "signed", "superseded")


class ChecklistRun(Synced, Base):
    __tablename__ = "checklist_run"
    __sync__ = SyncSpec(
        "store:store_id",
        derived=("score", "max_score", "percent", "grade", "critical_failed"),
        enums={"run_type": RUN_TYPES, "status": RUN_STATUSES},
        refs={"follow_up_of": "checklist_run", "visit_id": "visit", "supersedes": "checklist_run",
              "equipment_id": "equipment", "milestone_id": "opening_milestone",
              "promotion_id": "promotion"},
        frozen_by="self",
    )
    template_version_id: Mapped[str] = mapped_column(ForeignKey("template_version.id"))
    store_id: Mapped[str] = mapped_column(ForeignKey("store.id"))
    run_type: Mapped[str] = mapped_column(String(16))
    performed_by: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    business_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    score: Mapped[Decimal | None] = mapped_column(Hundredths)
    max_score: Mapped[Decimal | None] = mapped_column(Hundredths)
    percent: Mapped[Decimal | None] = mapped_column(Hundredths)
    grade: Mapped[str] = mapped_column(String(8), default="")
    critical_failed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    follow_up_of: Mapped[str | None] = mapped_column(String(64))
    visit_id: Mapped[str | None] = mapped_column(String(64))
    supersedes: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    equipment_id: Mapped[str | None] = mapped_column(String(64))  # an acceptance's item (设备验收)
    milestone_id: Mapped[str | None] = mapped_column(String(64))  # a gate's acceptance (新店筹备)
    promotion_id: Mapped[str | None] = mapped_column(String(64))  # a promotion's execution check (促销)

    __table_args__ = (
        # Lists page through runs newest first by (date, start, id): every page is an index range, and
        # the type and tombstone in the index skip other kinds of runs without reading them.
        Index("ix_checklist_run_store", "store_id", "business_date", "started_at", "id", "run_type", "deleted"),
        Index("ix_checklist_run_date", "business_date", "started_at", "id", "run_type", "deleted"),
        Index("ix_checklist_run_status", "status"),
        Index("ix_checklist_run_version", "template_version_id"),
        Index("ix_checklist_run_equipment", "equipment_id"),
        Index("ix_checklist_run_milestone", "milestone_id"),
        Index("ix_checklist_run_promotion", "promotion_id"),
    )


class Answer(Synced, Base):
    """One answer per run and item; its id is derived from both so two machines agree on it."""

    __tablename__ = "answer"
    __sync__ = SyncSpec(
        "parent:checklist_run.run_id",
        derived=("points", "max_points", "failed"),
        json={"value": "any"},
        refs={"answered_by": "user"},
        shared_ids=True,
        frozen_by=("checklist_run", "run_id"),
    )
    run_id: Mapped[str] = mapped_column(ForeignKey("checklist_run.id"))
    item_id: Mapped[str] = mapped_column(ForeignKey("template_item.id"))
    value: Mapped[str | None] = mapped_column(Text)  # JSON of the typed value
    na: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    points: Mapped[Decimal | None] = mapped_column(Hundredths)
    max_points: Mapped[Decimal | None] = mapped_column(Hundredths)
    failed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    repeat: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    answered_by: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_answer_run", "run_id", "item_id"), Index("ix_answer_item", "item_id"),
        # The dashboard's most-failed items read only failed answers: a small partial index. Its PostgreSQL
        # condition is added by postgresql_options() (see there).
        Index("ix_answer_failed", "run_id", "item_id", sqlite_where=text("failed = 1 AND deleted = 0")),
    )


def postgresql_options() -> None:
    """Give ``ix_answer_failed`` its PostgreSQL condition (``postgresql_where``), as migration 0016 made it there.

    Called by ``opsdesk.pg`` when it is imported: SQLAlchemy checks a ``postgresql_*`` argument by importing its
    whole PostgreSQL dialect, which a SQLite workspace never uses -- in the model itself, that import cost every
    start of the app some 50 ms. Idempotent."""
    table = Answer.__table__
    index = next(i for i in table.indexes if i.name == "ix_answer_failed")
    if index.info.get("postgresql"):
        return
    table.indexes.discard(index)
    Index(index.name, *index.columns, sqlite_where=index.dialect_options["sqlite"]["where"],
          postgresql_where=text("failed AND NOT deleted"), info={"postgresql": True})
