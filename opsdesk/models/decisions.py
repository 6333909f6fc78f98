"""Decisions bound to the person: a decision's content hash signed with the decider's key (README → Signing).

One row per signed decision (verify or cancel a corrective action, propose / review / approve a promotion plan,
override an opening gate, sign an equipment acceptance, resolve a sync conflict, accept a decision that
arrived unverified). ``owner_table``/``owner_id``
name the decided record, so the row goes wherever that record goes. Written once, never changed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from opsdesk.models.base import Base, Synced
from opsdesk.models.spec import SyncSpec

DECISION_KINDS = (
    "action.verify", "action.cancel",
    "promotion.propose", "promotion.review", "promotion.review.reject", "promotion.approve",
    "promotion.approve.reject",
    "opening.override_gate", "equipment.accept", "sync.resolve",
    "sync.accept",  # a person accepted a decision that arrived unverified (it vouches for that decision)
)


class DecisionSignature(Synced, Base):
    __tablename__ = "decision_signature"
    __sync__ = SyncSpec("owner", enums={"kind": DECISION_KINDS}, refs={"decider_id": "user"}, append_only=True)
    owner_table: Mapped[str] = mapped_column(String(64))  # the decided record
    owner_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40))
    content_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the canonical JSON (opsdesk.decisions)
    decider_id: Mapped[str] = mapped_column(String(64))
    certificate: Mapped[str] = mapped_column(Text)  # the decider's certificate chain, PEM, leaf first
    signature: Mapped[str] = mapped_column(Text)  # ECDSA P-256 over the hash, DER, base64
    signed_at: Mapped[datetime] = mapped_column(DateTime)  # UTC, whole seconds

    __table_args__ = (Index("ix_decision_signature_owner", "owner_table", "owner_id"),)
