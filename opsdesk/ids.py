"""Identifiers and timestamps shared by every table."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Naive UTC, as stored in SQLite."""
    return datetime.now(UTC).replace(tzinfo=None)
