"""Scoring: answers + template -> points, section scores, percent, grade, critical failure.

Pure functions over plain dataclasses; no database, no Qt.

Rules (also in README, "Checklist templates and scoring", each with a worked example):
- pass_fail / yes_no: pass (yes) earns the item's weight, fail (no) earns 0.
- rating 0..scale: weight * value / scale; failed below half the scale.
- number: weight inside [min, max] (either bound may be absent), 0 and failed outside.
- choice: weight * option points / best option points; failed for an option marked ``fails``
  or worth 0 when others are worth more.
- multi_choice: weight * clamp(sum of the chosen options' points, 0, sum of positive points) /
  sum of positive points. Each option counts once; a chosen negative option (a finding) takes its
  points away, the item never going below 0. Failed when a chosen option is marked ``fails`` or
  the chosen options earn nothing (sum <= 0) while the item has positive points.
- text, photo, date: not scored.
- N/A removes an item from the maximum; an unanswered item (only optional ones can stay
  unanswered at completion) counts in neither its points nor the maximum.
- A section's points and maximum are multiplied by the section weight (0: it counts for nothing).
- Any failed critical item (一票否决) fails the whole run: grade ``fail`` whatever the percent.
- Exact to the end: item points, section sums, the weighted total and the percent are exact
  fractions; each figure is rounded once (two places, half up) when it is shown or stored, and
  the grade is decided on the exact percent (89.995 % is a B with an A band at 90, though it is
  shown as 90.00 %). An item's shown points are its own exact points rounded, so the shown items
  of a section need not add up to its shown sum to the last hundredth.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
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


Exact = Fraction | Decimal | int
F0 = Fraction(0)


def q(value: Exact) -> Decimal:
    """Rounded once to hundredths, half up (away from zero), as shown and stored."""
    if isinstance(value, Decimal):
        return value.quantize(CENT, rounding=ROUND_HALF_UP)
    value = Fraction(value)
    hundredths = abs(value) * 100
    whole = hundredths.numerator // hundredths.denominator
    if hundredths - whole >= Fraction(1, 2):
        whole += 1
    return (Decimal(-whole if value < 0 else whole) / 100).quantize(CENT)


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
    """``points`` is ``exact`` rounded once (shown, stored on the answer); sums use ``exact``."""

    points: Decimal = ZERO
    max: Decimal = ZERO
    failed: bool = False
    answered: bool = False
    na: bool = False
    exact: Fraction = F0


@dataclass(frozen=True)
class SectionScore:
    """A section's exact sums (before its weight); ``points``, ``max`` and ``percent`` are them
    rounded once."""

    id: str
    exact_points: Fraction
    exact_max: Fraction
    answered: int
    total: int

    @property
    def points(self) -> Decimal:
        return q(self.exact_points)

    @property
    def max(self) -> Decimal:
        return q(self.exact_max)

    @property
    def percent(self) -> Decimal | None:
        return percent(self.exact_points, self.exact_max)


@dataclass(frozen=True)
class RunScore:
    points: Decimal
    max: Decimal
    percent: Decimal | None
    grade: str
    critical_failed: bool
    sections: tuple[SectionScore, ...]
    items: Mapping[str, ItemScore] = field(default_factory=dict)
    exact_percent: Fraction | None = None  # what the grade was decided on

    @property
    def failed_items(self) -> list[str]:
        return [item_id for item_id, s in self.items.items() if s.failed]


def exact_sum(values: Iterable[Exact]) -> Fraction:
    """The exact sum of fractions, decimals and integers as a Fraction: numerators added per denominator
    in integers, one Fraction per denominator (adding Fractions one by one reduces each partial sum)."""
    by_denominator: dict[int, int] = {}
    for value in values:
        numerator, denominator = value.as_integer_ratio()
        by_denominator[denominator] = by_denominator.get(denominator, 0) + numerator
    total = F0
    for denominator, numerator in by_denominator.items():
        total += Fraction(numerator, denominator)
    return total


def exact_percent(points: Exact, maximum: Exact) -> Fraction | None:
    if maximum <= 0:
        return None
    return Fraction(points) * 100 / Fraction(maximum)


def percent(points: Exact, maximum: Exact) -> Decimal | None:
    """points / maximum in %, computed exactly and rounded once (None without a maximum)."""
    pct = exact_percent(points, maximum)
    return None if pct is None else q(pct)


def _number(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _choice_points(item: ItemRule, index: Any) -> tuple[Fraction, bool]:
    best = max((o.points for o in item.options), default=0)
    if not isinstance(index, int) or not 0 <= index < len(item.options):
        return F0, False
    option = item.options[index]
    failed = option.fails or (option.points <= 0 and best > 0)
    if best <= 0:
        return F0, failed
    return Fraction(max(item.weight, 0) * max(option.points, 0), best), failed


def _multi_points(item: ItemRule, chosen: Any) -> tuple[Fraction, bool]:
    indexes = [i for i in (chosen or ()) if isinstance(i, int) and 0 <= i < len(item.options)]
    possible = sum(o.points for o in item.options if o.points > 0)
    earned = sum(item.options[i].points for i in set(indexes))
    failed = any(item.options[i].fails for i in indexes) or (possible > 0 and earned <= 0)
    if possible <= 0:
        return F0, failed
    earned = min(max(earned, 0), possible)
    return Fraction(max(item.weight, 0) * earned, possible), failed


def score_item(item: ItemRule, response: Response | None) -> ItemScore:
    """Points, maximum and failure of one answer (see the module rules)."""
    if response is None or not response.answered:
        return ItemScore()
    if response.na:
        return ItemScore(answered=True, na=True)
    value = response.value
    weight = max(item.weight, 0)
    kind = item.answer_type
    failed = False
    points = F0
    if kind == "pass_fail":
        failed = value != "pass"
        points = F0 if failed else Fraction(weight)
    elif kind == "yes_no":
        failed = value != "yes"
        points = F0 if failed else Fraction(weight)
    elif kind == "rating":
        scale = item.scale or 5
        rating = min(max(int(value), 0), scale)
        points = Fraction(weight * rating, scale)
        failed = rating * 2 < scale
    elif kind == "number":
        number = _number(value)
        inside = number is not None and (item.min_value is None or number >= item.min_value) and (
            item.max_value is None or number <= item.max_value)
        failed = not inside
        points = Fraction(weight) if inside else F0
    elif kind == "choice":
        points, failed = _choice_points(item, value)
    elif kind == "multi_choice":
        points, failed = _multi_points(item, value)
    else:  # text, photo, date: recorded, not scored
        return ItemScore(answered=True)
    return ItemScore(points=q(points), max=Decimal(weight), failed=failed, answered=True, exact=points)


def grade_for(pct: Exact | None, bands: Sequence[tuple[str, Decimal]] = DEFAULT_BANDS,
              critical_failed: bool = False) -> str:
    """The highest band whose minimum ``pct`` reaches; give it the exact percent, not a rounded one."""
    if critical_failed:
        return FAIL_GRADE
    if pct is None:
        return ""
    pct = Fraction(pct)
    for grade, minimum in sorted(bands, key=lambda b: b[1], reverse=True):
        if pct >= Fraction(minimum):
            return grade
    return sorted(bands, key=lambda b: b[1])[0][0] if bands else ""


def score_run(sections: Sequence[SectionRule], responses: Mapping[str, Response],
              bands: Sequence[tuple[str, Decimal]] = DEFAULT_BANDS,
              scored: Mapping[str, ItemScore] | None = None) -> RunScore:
    """Score every item, then sections (times their weight), total, percent and grade: all exact,
    each shown figure rounded once, the grade decided on the exact percent. ``scored`` holds item
    scores the caller already computed with ``score_item`` for ``responses`` (a bulk caller reuses
    them across runs); the other items are scored here."""
    items: dict[str, ItemScore] = {}
    section_scores = []
    total_points = F0
    total_max = F0
    critical_failed = False
    for section in sections:
        exacts: list[Exact] = []
        maxima: list[Exact] = []
        answered = 0
        for item in section.items:
            score = scored.get(item.id) if scored is not None else None
            if score is None:
                score = score_item(item, responses.get(item.id))
            items[item.id] = score
            exacts.append(score.exact)
            maxima.append(score.max)
            answered += 1 if score.answered else 0
            if item.critical and score.failed:
                critical_failed = True
        s_points = exact_sum(exacts)
        s_max = exact_sum(maxima)
        section_scores.append(SectionScore(section.id, s_points, s_max, answered, len(section.items)))
        w = max(section.weight, 0)
        total_points += s_points * w
        total_max += s_max * w
    pct = exact_percent(total_points, total_max)
    return RunScore(
        points=q(total_points),
        max=q(total_max),
        percent=None if pct is None else q(pct),
        grade=grade_for(pct, bands, critical_failed),
        critical_failed=critical_failed,
        sections=tuple(section_scores),
        items=items,
        exact_percent=pct,
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
