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


# ---------------------------------------------------------------- canonical JSON texts of many values
# ``dumps`` of an already parsed JSON value, for a whole column at once: a package of format 2 carries values,
# and the receiver logs each one as the text ``dumps`` gives it (what every change log holds). Scalars are
# written by the json module's own C string encoder; anything else goes through ``dumps`` itself.
from json.encoder import encode_basestring as _encode_str  # noqa: E402  (the C encoder; ensure_ascii=False)

_SCALAR_TEXT: dict[type, Any] = {
    str: _encode_str,
    int: int.__repr__,
    bool: lambda v: "true" if v else "false",
    type(None): lambda _v: "null",
}


def _canonical(value: Any) -> str:  # noqa: ANN401
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def json_texts(values: list[Any]) -> list[str]:
    """``[dumps(v) for v in values]`` for values parsed from JSON (no dates or decimals), faster."""
    kinds = set(map(type, values))
    if kinds == {str}:
        return list(map(_encode_str, values))
    get = _SCALAR_TEXT.get
    return [(get(v.__class__) or _canonical)(v) for v in values]


def object_texts(fields: list[str], columns: list[list[Any]], count: int) -> list[str]:
    """``dumps(dict(zip(fields, row)))`` for each of ``count`` rows given as one column per field
    (distinct field names)."""
    if not fields:
        return ["{}"] * count
    order = sorted(range(len(fields)), key=fields.__getitem__)
    template = "{" + ",".join(_encode_str(fields[i]).replace("%", "%%") + ":%s" for i in order) + "}"
    texts = [json_texts(columns[i]) for i in order]
    return [template % row for row in zip(*texts)]
