"""Equipment (设备): the register of every store's items, their lifecycle history and their faults.

An item's acceptance (设备验收) is a checklist run whose ``equipment_id`` names it (``ChecklistRun``);
photos and documents (manual, warranty card, packing list) are attachment links owned by the item.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec
from opsdesk.models.types import Hundredths

# ordered → delivered → installed → accepted / conditional / rejected → in_service → under_repair → retired
EQUIPMENT_STATUSES = ("ordered", "delivered", "installed", "accepted", "conditional", "rejected", "in_service",
                      "under_repair", "retired")
# reported → located → repaired → analysed → closed (a fault may be closed at any step, with a reason)
FAULT_STATUSES = ("reported", "located", "repaired", "analysed", "closed")
FAULT_SEVERITIES = ("low", "normal", "high", "critical")


class EquipmentCategory(Synced, Base):
    """An editable list (空调, 收银机, 冷柜 …), the same in every workspace."""

    __tablename__ = "equipment_category"
    __sync__ = SyncSpec("global")
    code: Mapped[str] = mapped_column(String(20))  # a short code used in asset codes (KT, POS …)
    name: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(60), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    __table_args__ = (Index("ix_equipment_category_code", "code"),)


class Equipment(Synced, Base):
    """One item of a store's equipment register (设备台账)."""

    __tablename__ = "equipment"
    __sync__ = SyncSpec("store:store_id", enums={"status": EQUIPMENT_STATUSES}, json={"params": "list"},
                        refs={"acceptance_run_id": "checklist_run"})
    store_id: Mapped[str] = mapped_column(ForeignKey("store.id"))
    category_id: Mapped[str] = mapped_column(ForeignKey("equipment_category.id"))
    name: Mapped[str] = mapped_column(String(120))
    brand: Mapped[str] = mapped_column(String(80), default="")
    model: Mapped[str] = mapped_column(String(80), default="")
    serial_number: Mapped[str] = mapped_column(String(80), default="")
    asset_code: Mapped[str] = mapped_column(String(40))  # unique in the workspace (checked by the service)
    supplier: Mapped[str] = mapped_column(String(120), default="")
    # JSON: [{"name": "功率", "value": "3.5", "unit": "kW"}, ...] — named technical parameters with units
    params: Mapped[str] = mapped_column(Text, default="[]")
    location: Mapped[str] = mapped_column(String(120), default="")  # where in the store
    ordered_on: Mapped[date | None] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    installed_on: Mapped[date | None] = mapped_column(Date)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    warranty_end: Mapped[date | None] = mapped_column(Date)
    service_life_years: Mapped[int | None] = mapped_column(Integer)
    price: Mapped[Decimal | None] = mapped_column(Hundredths)  # 元, exact
    status: Mapped[str] = mapped_column(String(16), default="ordered")
    acceptance_run_id: Mapped[str | None] = mapped_column(String(64))  # the latest acceptance
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_equipment_store", "store_id", "status"),
        Index("ix_equipment_asset_code", "asset_code"),
        Index("ix_equipment_serial", "serial_number"),
        Index("ix_equipment_category", "category_id"),
        Index("ix_equipment_warranty", "warranty_end"),
    )


class EquipmentEvent(Synced, Base):
    """One change of an item's status: who, when, from what to what, and why."""

    __tablename__ = "equipment_event"
    __sync__ = SyncSpec("parent:equipment.equipment_id",
                        enums={"to_status": EQUIPMENT_STATUSES, "from_status": EQUIPMENT_STATUSES},
                        refs={"user_id": "user"})
    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    user_id: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_equipment_event_item", "equipment_id", "at"),)


class EquipmentFault(Synced, Base):
    """A fault (故障) of an item, from its report to its closing; downtime runs from report to repair."""

    __tablename__ = "equipment_fault"
    __sync__ = SyncSpec("parent:equipment.equipment_id",
                        enums={"status": FAULT_STATUSES, "severity": FAULT_SEVERITIES},
                        refs={"reported_by": "user", "action_id": "corrective_action"})
    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"))
    symptom: Mapped[str] = mapped_column(Text)
    severity: Mapped[str] = mapped_column(String(16), default="normal")
    status: Mapped[str] = mapped_column(String(16), default="reported")
    reported_by: Mapped[str | None] = mapped_column(String(64))
    reported_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    located_at: Mapped[datetime | None] = mapped_column(DateTime)
    diagnosis: Mapped[str] = mapped_column(Text, default="")  # what was found when locating it
    repaired_at: Mapped[datetime | None] = mapped_column(DateTime)
    vendor: Mapped[str] = mapped_column(String(120), default="")
    parts: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[Decimal | None] = mapped_column(Hundredths)  # 元, exact
    cause: Mapped[str] = mapped_column(Text, default="")  # the analysis
    analysed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    close_note: Mapped[str] = mapped_column(Text, default="")
    action_id: Mapped[str | None] = mapped_column(String(64))  # a corrective action raised from it

    __table_args__ = (
        Index("ix_equipment_fault_item", "equipment_id", "reported_at"),
        Index("ix_equipment_fault_status", "status", "reported_at"),
    )
