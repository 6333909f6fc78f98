"""Promotion plans (促销方案): the plan and its content (target stores with targets and results, offer tiers,
materials, budget lines), its editable types, and the append-only decisions (建议/审核/审批, franchisee
acknowledgements, cancel, review) from which its status is derived (``opsdesk.services.promotions``).

A plan goes to every workspace that holds one of its target stores (scope ``targets``); its store rows go
with their store, everything else with the plan. An execution check is a checklist run whose
``promotion_id`` names the plan (``ChecklistRun``), at one of its stores.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec
from opsdesk.models.types import Hundredths

MATERIAL_KINDS = ("pop", "banner", "gift", "display", "other")
BUDGET_CATEGORIES = ("materials", "gifts", "staff", "media", "other")
# Decisions on the plan (``level``: proposal / review / approval for submit, approve and reject).
EVENT_KINDS = ("submit", "approve", "reject", "cancel", "acknowledge", "close")
EVENT_LEVELS = ("", "proposal", "review", "approval")


class PromotionType(Synced, Base):
    """A kind of promotion (开业促销, 节日促销, 会员日, 清仓 ...), editable; ``price``: its plans change prices
    and so must be approved before they start."""

    __tablename__ = "promotion_type"
    __sync__ = SyncSpec("global")
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(60), default="")
    price: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    __table_args__ = (Index("ix_promotion_type_code", "code"),)


class Promotion(Synced, Base):
    """One plan: theme, type, period, description, a custom measure for targets; ``lessons`` is the review's
    (总结) text. Its status is derived from its events, never stored."""

    __tablename__ = "promotion"
    __sync__ = SyncSpec("targets:promotion_store.promotion_id", refs={"created_by": "user"})
    code: Mapped[str] = mapped_column(String(24))  # P2611-3F2A: shown and typed on the CLI
    theme: Mapped[str] = mapped_column(String(120))
    type_code: Mapped[str] = mapped_column(String(40))
    price_promotion: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "HH:MM" or "" (all day)
    end_time: Mapped[str] = mapped_column(String(5), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    custom_measure: Mapped[str] = mapped_column(String(40), default="")  # e.g. 试吃人数
    custom_unit: Mapped[str] = mapped_column(String(16), default="")  # e.g. 人
    created_by: Mapped[str | None] = mapped_column(String(64))
    lessons: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_promotion_period", "starts_on", "ends_on"), Index("ix_promotion_code", "code"))


class PromotionStore(Synced, Base):
    """A target store of a plan: its targets (part of the plan) and its results (typed or imported later)."""

    __tablename__ = "promotion_store"
    __sync__ = SyncSpec("store:store_id", refs={"results_by": "user"})
    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"))
    store_id: Mapped[str] = mapped_column(ForeignKey("store.id"))
    target_sales: Mapped[Decimal | None] = mapped_column(Hundredths)  # 元
    target_transactions: Mapped[int | None] = mapped_column(Integer)
    target_new_members: Mapped[int | None] = mapped_column(Integer)
    target_custom: Mapped[Decimal | None] = mapped_column(Hundredths)
    actual_sales: Mapped[Decimal | None] = mapped_column(Hundredths)
    actual_transactions: Mapped[int | None] = mapped_column(Integer)
    actual_new_members: Mapped[int | None] = mapped_column(Integer)
    actual_custom: Mapped[Decimal | None] = mapped_column(Hundredths)
    gifts_given: Mapped[int | None] = mapped_column(Integer)
    budget_spent: Mapped[Decimal | None] = mapped_column(Hundredths)
    results_note: Mapped[str] = mapped_column(Text, default="")
    results_at: Mapped[datetime | None] = mapped_column(DateTime)  # UTC
    results_by: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_promotion_store_promotion", "promotion_id", "store_id"),
                      Index("ix_promotion_store_store", "store_id"))


class PromotionTier(Synced, Base):
    """An offer tier: a condition, a reward, an optional price and its quotas (None: no quota)."""

    __tablename__ = "promotion_tier"
    __sync__ = SyncSpec("parent:promotion.promotion_id")
    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    condition: Mapped[str] = mapped_column(String(200))  # 每天前 5 名进店顾客 / 消费满 168 元
    reward: Mapped[str] = mapped_column(String(200))  # 赠送精美礼品一份 / 加 48 元换购
    price: Mapped[Decimal | None] = mapped_column(Hundredths)  # the tier's price (48 元 add-on, 399 元 package)
    quota_per_store_day: Mapped[int | None] = mapped_column(Integer)
    quota_per_store: Mapped[int | None] = mapped_column(Integer)
    quota_total: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_promotion_tier_promotion", "promotion_id", "position"),)


class PromotionMaterial(Synced, Base):
    """Material for every target store: POP, banners, gifts ... (quantity per store, delivered by a date)."""

    __tablename__ = "promotion_material"
    __sync__ = SyncSpec("parent:promotion.promotion_id", enums={"kind": MATERIAL_KINDS})
    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(16), default="pop")
    name: Mapped[str] = mapped_column(String(120))
    quantity: Mapped[int] = mapped_column(Integer, default=1)  # per store
    unit: Mapped[str] = mapped_column(String(16), default="")  # 张 / 条 / 份
    deliver_by: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_promotion_material_promotion", "promotion_id", "position"),)


class PromotionBudget(Synced, Base):
    """A budget line in 元 (exact), for the whole plan or one of its stores (``store_id``)."""

    __tablename__ = "promotion_budget"
    __sync__ = SyncSpec("parent:promotion.promotion_id", enums={"category": BUDGET_CATEGORIES},
                        refs={"store_id": "store"})
    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(16), default="materials")
    description: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    store_id: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_promotion_budget_promotion", "promotion_id", "position"),)


class PromotionEvent(Synced, Base):
    """A decision, append-only: written once, never changed (the database refuses it; a sync change to one
    is set aside as a conflict). ``content_hash`` is the hash of the plan the person saw; ``prev_ids`` the
    decisions they had seen last (two decisions on the same predecessor that disagree are a clash)."""

    __tablename__ = "promotion_event"
    __sync__ = SyncSpec("parent:promotion.promotion_id", enums={"kind": EVENT_KINDS, "level": EVENT_LEVELS},
                        json={"prev_ids": "list"}, refs={"user_id": "user", "store_id": "store"},
                        append_only=True)
    promotion_id: Mapped[str] = mapped_column(ForeignKey("promotion.id"))
    kind: Mapped[str] = mapped_column(String(16))
    level: Mapped[str] = mapped_column(String(16), default="")
    user_id: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    content_hash: Mapped[str] = mapped_column(String(64))
    comment: Mapped[str] = mapped_column(Text, default="")
    prev_ids: Mapped[str] = mapped_column(Text, default="[]")
    # An acknowledgement's store; its drawn signature is a ``Signature`` owned by this event.
    store_id: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_promotion_event_promotion", "promotion_id", "at"),)
