"""Corrective actions (整改), their history of transitions, and follow-up re-checks (回头看)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec
from opsdesk.models.templates import PRIORITIES

ACTION_STATUSES = ("open", "in_progress", "submitted", "verified", "reopened", "cancelled")
OPEN_STATUSES = ("open", "in_progress", "submitted", "reopened")


class CorrectiveAction(Synced, Base):
    __tablename__ = "corrective_action"
    __sync__ = SyncSpec(
        "store:store_id",
        enums={"status": ACTION_STATUSES, "priority": PRIORITIES},
        json={"item_keys": "list"},
        refs={"source_run_id": "checklist_run", "source_answer_id": "answer", "template_id": "template",
              "visit_id": "visit", "verified_by": "user", "evidence_run_id": "checklist_run",
              "repeat_of": "corrective_action"},
    )
    store_id: Mapped[str] = mapped_column(ForeignKey("store.id"))
    source_run_id: Mapped[str | None] = mapped_column(String(64))
    source_answer_id: Mapped[str | None] = mapped_column(String(64))
    template_id: Mapped[str | None] = mapped_column(String(64))
    item_keys: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the template items it fixes
    visit_id: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    fix_note: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    verified_at: Mapped[datetime | None] = mapped_column(DateTime)
    verified_by: Mapped[str | None] = mapped_column(String(64))
    evidence_run_id: Mapped[str | None] = mapped_column(String(64))
    repeat_of: Mapped[str | None] = mapped_column(String(64))
    repeat_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_corrective_action_store", "store_id", "status"),
        Index("ix_corrective_action_due", "due_on"),
        Index("ix_corrective_action_assignee", "assignee_id", "status"),
        Index("ix_corrective_action_run", "source_run_id"),
        # the dashboard: raised in a period (a range), overdue at its end (the index alone, no row read)
        Index("ix_corrective_action_created", "store_id", "created_at", "due_on", "verified_at", "status", "deleted",
              "repeat_count"),
    )


class ActionEvent(Synced, Base):
    """One transition of an action: who, when, from what to what, and why."""

    __tablename__ = "action_event"
    __sync__ = SyncSpec("parent:corrective_action.action_id",
                        enums={"to_status": ACTION_STATUSES, "from_status": ACTION_STATUSES},
                        refs={"user_id": "user"})
    action_id: Mapped[str] = mapped_column(ForeignKey("corrective_action.id"))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_action_event_action", "action_id", "at"),)


class ActionRecheck(Synced, Base):
    """A follow-up inspection's verdict on one open action (id derived from run and action)."""

    __tablename__ = "action_recheck"
    __sync__ = SyncSpec("parent:corrective_action.action_id", refs={"checked_by": "user"}, shared_ids=True)
    run_id: Mapped[str] = mapped_column(ForeignKey("checklist_run.id"))
    action_id: Mapped[str] = mapped_column(ForeignKey("corrective_action.id"))
    passed: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    checked_at: Mapped[datetime | None] = mapped_column(DateTime)
    checked_by: Mapped[str | None] = mapped_column(String(64))
    applied: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (Index("ix_action_recheck_run", "run_id"), Index("ix_action_recheck_action", "action_id"))
