"""Supervisor store visits (巡店日志): planned in a week, checked in and out, logged."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec

VISIT_PURPOSES = ("routine", "training", "follow_up", "incident", "opening_support", "promotion_check")
VISIT_STATUSES = ("planned", "in_progress", "done", "cancelled")


class Visit(Synced, Base):
    __tablename__ = "visit"
    __sync__ = SyncSpec("store:store_id", enums={"purpose": VISIT_PURPOSES, "status": VISIT_STATUSES})
    store_id: Mapped[str] = mapped_column(ForeignKey("store.id"))
    supervisor_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    planned_on: Mapped[date | None] = mapped_column(Date)
    check_in: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    check_out: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    purpose: Mapped[str] = mapped_column(String(20), default="routine")
    status: Mapped[str] = mapped_column(String(16), default="planned")
    observations: Mapped[str] = mapped_column(Text, default="")
    training_topic: Mapped[str] = mapped_column(String(200), default="")
    training_attendees: Mapped[str] = mapped_column(Text, default="")
    people_met: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    next_visit_on: Mapped[date | None] = mapped_column(Date)
    incident: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    incident_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC: when it happened
    incident_reported_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC: when it was logged

    __table_args__ = (
        Index("ix_visit_store", "store_id", "planned_on"),
        Index("ix_visit_supervisor", "supervisor_id", "planned_on"),
        Index("ix_visit_check_in", "check_in"),
        Index("ix_visit_store_check_in", "store_id", "check_in"),  # the dashboard: a scope's visits of a period
    )
