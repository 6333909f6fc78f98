"""Column values to JSON and back, for the change log, packages and the audit log."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column


def encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def dumps(value: Any) -> str:
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def decode(column: Column, raw: str | None) -> Any:
    """Turn a JSON text written by :func:`dumps` back into the column's Python type."""
    if raw is None:
        return None
    return from_json(column, json.loads(raw))


def python_kind(column: Column) -> type | None:
    """The Python type of a column's values (None when its type does not say)."""
    try:
        return column.type.python_type
    except NotImplementedError:
        return None


def from_json(column: Column, value: Any) -> Any:
    """An already parsed JSON value as the column's Python type (ValueError/TypeError if it cannot be)."""
    return from_json_as(python_kind(column), value)


def from_json_as(kind: type | None, value: Any) -> Any:
    """:func:`from_json` for a column whose :func:`python_kind` is ``kind`` (looked up once by bulk callers)."""
    if value is None or kind is None:
        return value
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is Decimal:
        return Decimal(str(value))
    if kind is bool:
        if not isinstance(value, bool) and value not in (0, 1):
            raise TypeError(f"not a boolean: {value!r}")
        return bool(value)
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"not an integer: {value!r}")
        return value
    if kind is str and not isinstance(value, str):
        raise TypeError(f"not a text: {value!r}")
    return value
