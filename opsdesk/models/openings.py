"""New-store openings (新店筹备): a project per store being opened, its milestones counted from the opening
date ("day zero"), gates passed only by a signed acceptance, and the history of date moves and overrides.

A gate's acceptance is a checklist run whose ``milestone_id`` names the milestone (``ChecklistRun``).
Plan templates (the milestones a project starts with) are global and exportable as JSON.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, false, true
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec

PROJECT_STATUSES = ("active", "opened", "cancelled")
# Who owns a milestone: a role, resolved to a person on the project (owner, franchisee, the store's manager).
MILESTONE_ROLES = ("ops_manager", "supervisor", "store_manager", "franchisee", "head_office", "contractor")
OPENING_EVENTS = ("created", "date_moved", "milestone_done", "milestone_reopened", "gate_passed", "override",
                  "opened", "cancelled", "training_signed")  # training_signed: user_id is the person trained


class OpeningPlan(Synced, Base):
    """A plan template: the milestones of an opening for a kind of store (JSON ``milestones``)."""

    __tablename__ = "opening_plan"
    __sync__ = SyncSpec("global", json={"milestones": "list"})
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(120))
    title_en: Mapped[str] = mapped_column(String(120), default="")
    store_kind: Mapped[str] = mapped_column(String(16), default="")  # direct / franchise / "" (any)
    site_kind: Mapped[str] = mapped_column(String(16), default="")  # street / mall / "" (any)
    # [{"key", "title", "title_en", "offset_days", "owner_role", "gate", "template_code", "after": [keys]}]
    milestones: Mapped[str] = mapped_column(Text, default="[]")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    __table_args__ = (Index("ix_opening_plan_code", "code"),)


class OpeningProject(Synced, Base):
    """The opening of one store (planned or preparing) on a target date."""

    __tablename__ = "opening_project"
    __sync__ = SyncSpec("store:store_id", enums={"status": PROJECT_STATUSES},
                        refs={"owner_id": "user", "franchisee_id": "user", "plan_id": "opening_plan"})
    store_id: Mapped[str] = mapped_column(ForeignKey("store.id"))
    plan_id: Mapped[str | None] = mapped_column(String(64))
    target_date: Mapped[date] = mapped_column(Date)  # day zero
    owner_id: Mapped[str | None] = mapped_column(String(64))  # ops manager or supervisor
    franchisee_id: Mapped[str | None] = mapped_column(String(64))  # a franchise store's franchisee
    status: Mapped[str] = mapped_column(String(16), default="active")
    notes: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[date | None] = mapped_column(Date)
    override_reason: Mapped[str] = mapped_column(Text, default="")  # opened before every gate passed: why

    __table_args__ = (Index("ix_opening_project_store", "store_id", "status"),
                      Index("ix_opening_project_target", "target_date"))


class OpeningMilestone(Synced, Base):
    """One step of a project: due ``offset_days`` from day zero (or on ``fixed_date``); a gate is passed only
    by a signed acceptance run of ``template_code`` naming this milestone."""

    __tablename__ = "opening_milestone"
    __sync__ = SyncSpec("parent:opening_project.project_id", enums={"owner_role": MILESTONE_ROLES},
                        json={"after": "list"}, refs={"done_by": "user", "run_id": "checklist_run"})
    project_id: Mapped[str] = mapped_column(ForeignKey("opening_project.id"))
    key: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    offset_days: Mapped[int | None] = mapped_column(Integer)  # relative to day zero (negative: before)
    fixed_date: Mapped[date | None] = mapped_column(Date)  # a date that does not move with day zero
    due_on: Mapped[date] = mapped_column(Date)
    owner_role: Mapped[str] = mapped_column(String(16), default="ops_manager")
    gate: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    template_code: Mapped[str] = mapped_column(String(40), default="")  # the acceptance checklist of a gate
    after: Mapped[str] = mapped_column(Text, default="[]")  # JSON: keys that must be done first
    done_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    done_by: Mapped[str | None] = mapped_column(String(64))
    run_id: Mapped[str | None] = mapped_column(String(64))  # the signed acceptance that passed a gate
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_opening_milestone_project", "project_id", "position"),
                      Index("ix_opening_milestone_due", "due_on"))


class OpeningEvent(Synced, Base):
    """What happened to a project: date moves (from, to, why), milestones done, gates passed, overrides."""

    __tablename__ = "opening_event"
    __sync__ = SyncSpec("parent:opening_project.project_id", enums={"kind": OPENING_EVENTS},
                        refs={"user_id": "user", "milestone_id": "opening_milestone"})
    project_id: Mapped[str] = mapped_column(ForeignKey("opening_project.id"))
    kind: Mapped[str] = mapped_column(String(24))
    milestone_id: Mapped[str | None] = mapped_column(String(64))
    user_id: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    from_date: Mapped[date | None] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_opening_event_project", "project_id", "at"),)
