"""Small field checks shared by the services; collect problems, raise once."""

from __future__ import annotations

import re

from opsdesk.errors import FieldProblem, ValidationError

PHONE_RE = re.compile(r"^[0-9+()\- ]{5,20}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{1,19}$")
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,31}$")


class Checker:
    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def fail(self, field: str, reason: str, **params: object) -> None:
        self.problems.append(FieldProblem(field, reason, dict(params)))

    def has(self, field: str) -> bool:
        return any(p.field == field for p in self.problems)

    def text(self, field: str, value: str, *, required: bool = False, max_len: int | None = None) -> str:
        value = (value or "").strip()
        if required and not value:
            self.fail(field, "required")
        elif max_len is not None and len(value) > max_len:
            self.fail(field, "too_long", max=max_len)
        return value

    def pattern(self, field: str, value: str, regex: re.Pattern[str], reason: str) -> None:
        if value and not self.has(field) and not regex.match(value):
            self.fail(field, reason)

    def choice(self, field: str, value: str, allowed: tuple[str, ...]) -> None:
        if value not in allowed:
            self.fail(field, "invalid_choice", allowed=allowed)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)
