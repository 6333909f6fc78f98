"""Scoring: answers + template -> points, section scores, percent, grade, critical failure.

Pure functions over plain dataclasses; no database, no Qt.

Rules (also in README, "Checklist templates"):
- pass_fail / yes_no: pass (yes) earns the item's weight, fail (no) earns 0.
- rating 0..scale: weight * value / scale; failed below half the scale.
- number: weight inside [min, max] (either bound may be absent), 0 and failed outside.
- choice: weight * option points / best option points; failed for an option marked ``fails``
  or worth 0 when others are worth more.
- multi_choice: weight * min(sum of chosen points, sum of positive points) / sum of positive
  points; failed when a chosen option is marked ``fails`` or nothing earned points.
- text, photo, date: not scored.
- N/A removes an item from the maximum; an unanswered item counts in neither.
- A section's points and maximum are multiplied by the section weight.
- Any failed critical item (一票否决) fails the whole run: grade ``fail`` whatever the percent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

ZERO = Decimal("0")
CENT = Decimal("0.01")
SCORED_TYPES = frozenset({"pass_fail", "yes_no", "rating", "number", "choice", "multi_choice"})
FAIL_GRADE = "fail"
DEFAULT_BANDS: tuple[tuple[str, Decimal], ...] = (
    ("A", Decimal(90)),
    ("B", Decimal(80)),
    ("C", Decimal(70)),
    ("D", Decimal(0)),
)


def q(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Option:
    label: str
    points: int = 0
    fails: bool = False
    label_en: str = ""


@dataclass(frozen=True)
class ItemRule:
    id: str
    answer_type: str
    weight: int = 1
    critical: bool = False
    scale: int | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    options: tuple[Option, ...] = ()
    key: str = ""


@dataclass(frozen=True)
class SectionRule:
    id: str
    weight: int
    items: tuple[ItemRule, ...]


@dataclass(frozen=True)
class Response:
    """An answer as scoring sees it. ``value`` is typed per answer type:
    "pass"/"fail", "yes"/"no", int rating, Decimal number, str text, int choice index,
    tuple of int indexes, int photo count, date."""

    value: Any = None
    na: bool = False

    @property
    def answered(self) -> bool:
        return self.na or not is_blank(self.value)


def is_blank(value: Any) -> bool:
    """Not an answer: nothing, empty text, no choice. (0 is an answer: a rating of 0.)"""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, (tuple, list)) and not value


@dataclass(frozen=True)
class ItemScore:
    points: Decimal = ZERO
    max: Decimal = ZERO
    failed: bool = False
    answered: bool = False
    na: bool = False


@dataclass(frozen=True)
class SectionScore:
    id: str
    points: Decimal
    max: Decimal
    answered: int
    total: int

    @property
    def percent(self) -> Decimal | None:
        return percent(self.points, self.max)


@dataclass(frozen=True)
class RunScore:
    points: Decimal
    max: Decimal
    percent: Decimal | None
    grade: str
    critical_failed: bool
    sections: tuple[SectionScore, ...]
    items: Mapping[str, ItemScore] = field(default_factory=dict)

    @property
    def failed_items(self) -> list[str]:
        return [item_id for item_id, s in self.items.items() if s.failed]


def percent(points: Decimal, maximum: Decimal) -> Decimal | None:
    if maximum <= 0:
        return None
    return q(points * 100 / maximum)


def _number(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _choice_points(item: ItemRule, index: Any) -> tuple[Decimal, bool]:
    best = max((o.points for o in item.options), default=0)
    if not isinstance(index, int) or not 0 <= index < len(item.options):
        return ZERO, False
    option = item.options[index]
    failed = option.fails or (option.points <= 0 and best > 0)
    if best <= 0:
        return ZERO, failed
    return Decimal(item.weight) * Decimal(max(option.points, 0)) / Decimal(best), failed


def _multi_points(item: ItemRule, chosen: Any) -> tuple[Decimal, bool]:
    indexes = [i for i in (chosen or ()) if isinstance(i, int) and 0 <= i < len(item.options)]
    possible = sum(o.points for o in item.options if o.points > 0)
    earned = sum(item.options[i].points for i in set(indexes))
    failed = any(item.options[i].fails for i in indexes) or (possible > 0 and earned <= 0)
    if possible <= 0:
        return ZERO, failed
    earned = min(max(earned, 0), possible)
    return Decimal(item.weight) * Decimal(earned) / Decimal(possible), failed


def score_item(item: ItemRule, response: Response | None) -> ItemScore:
    """Points, maximum and failure of one answer (see the module rules)."""
    if response is None or not response.answered:
        return ItemScore()
    if response.na:
        return ItemScore(answered=True, na=True)
    value = response.value
    weight = Decimal(max(item.weight, 0))
    kind = item.answer_type
    failed = False
    points = ZERO
    if kind == "pass_fail":
        failed = value != "pass"
        points = ZERO if failed else weight
    elif kind == "yes_no":
        failed = value != "yes"
        points = ZERO if failed else weight
    elif kind == "rating":
        scale = item.scale or 5
        rating = min(max(int(value), 0), scale)
        points = weight * Decimal(rating) / Decimal(scale)
        failed = rating * 2 < scale
    elif kind == "number":
        number = _number(value)
        inside = number is not None and (item.min_value is None or number >= item.min_value) and (
            item.max_value is None or number <= item.max_value)
        failed = not inside
        points = weight if inside else ZERO
    elif kind == "choice":
        points, failed = _choice_points(item, value)
    elif kind == "multi_choice":
        points, failed = _multi_points(item, value)
    else:  # text, photo, date: recorded, not scored
        return ItemScore(answered=True)
    return ItemScore(points=q(points), max=weight, failed=failed, answered=True)


def grade_for(pct: Decimal | None, bands: Sequence[tuple[str, Decimal]] = DEFAULT_BANDS,
              critical_failed: bool = False) -> str:
    if critical_failed:
        return FAIL_GRADE
    if pct is None:
        return ""
    for grade, minimum in sorted(bands, key=lambda b: b[1], reverse=True):
        if pct >= minimum:
            return grade
    return sorted(bands, key=lambda b: b[1])[0][0] if bands else ""


def score_run(sections: Sequence[SectionRule], responses: Mapping[str, Response],
              bands: Sequence[tuple[str, Decimal]] = DEFAULT_BANDS) -> RunScore:
    """Score every item, then sections (times their weight), total, percent and grade."""
    items: dict[str, ItemScore] = {}
    section_scores = []
    total_points = ZERO
    total_max = ZERO
    critical_failed = False
    for section in sections:
        s_points = ZERO
        s_max = ZERO
        answered = 0
        for item in section.items:
            score = score_item(item, responses.get(item.id))
            items[item.id] = score
            s_points += score.points
            s_max += score.max
            answered += 1 if score.answered else 0
            if item.critical and score.failed:
                critical_failed = True
        section_scores.append(SectionScore(section.id, s_points, s_max, answered, len(section.items)))
        w = Decimal(max(section.weight, 0))
        total_points += s_points * w
        total_max += s_max * w
    pct = percent(total_points, total_max)
    return RunScore(
        points=q(total_points),
        max=q(total_max),
        percent=pct,
        grade=grade_for(pct, bands, critical_failed),
        critical_failed=critical_failed,
        sections=tuple(section_scores),
        items=items,
    )


def repeat_findings(failed_now: Iterable[str], failed_before: Iterable[str]) -> set[str]:
    """Item keys that failed now and at the store's previous completed run of the template."""
    return set(failed_now) & set(failed_before)


def parse_bands(raw: Iterable[Mapping[str, Any]]) -> tuple[tuple[str, Decimal], ...]:
    return tuple((str(b["grade"]), Decimal(str(b["min"]))) for b in raw)


def coerce_value(answer_type: str, raw: Any) -> Any:
    """A stored JSON value back to the typed value scoring expects."""
    if raw is None:
        return None
    if answer_type == "number":
        return _number(raw)
    if answer_type in ("rating", "choice", "photo"):
        return int(raw)
    if answer_type == "multi_choice":
        return tuple(int(i) for i in raw)
    if answer_type == "date":
        return date.fromisoformat(raw) if isinstance(raw, str) else raw
    return raw
