"""Column types: exact decimals stored as integers."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Integer
from sqlalchemy.types import TypeDecorator

CENT = Decimal("0.01")


class Hundredths(TypeDecorator):
    """A Decimal with two places, stored as an integer number of hundredths.

    Exact (no float rounding), sortable in SQL, and comparable across machines.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001, ANN201
        if value is None:
            return None
        return int((Decimal(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value, dialect):  # noqa: ANN001, ANN201
        if value is None:
            return None
        return (Decimal(value) / 100).quantize(CENT)

    @property
    def python_type(self) -> type:
        return Decimal
