"""Identifiers and timestamps shared by every table."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

# Namespace of ids derived from other ids (answers, re-checks): the same on every machine.
ANSWER_NS = uuid.UUID("6f7c1c52-4d0a-4a57-9a57-0b7a2f3a9d10")


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC, as stored in SQLite."""
    return datetime.now(UTC).replace(tzinfo=None)


def derived_id(*parts: str) -> str:
    """An id computed from the ids it belongs to (the same on every machine)."""
    return str(uuid.uuid5(ANSWER_NS, "/".join(parts)))


def answer_id(run_id: str, item_id: str) -> str:
    """The same on every machine, so two offline edits of one answer meet in one row."""
    return derived_id(run_id, item_id)
