"""Scoring rules (opsdesk.scoring): property tests over generated templates and answers, plus one
example test per rule of the module docstring."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, target
from hypothesis import strategies as st

from opsdesk.scoring import (
    DEFAULT_BANDS,
    ItemRule,
    Option,
    Response,
    SectionRule,
    grade_for,
    q,
    repeat_findings,
    score_item,
    score_run,
)

SCORED = ("pass_fail", "yes_no", "rating", "number", "choice", "multi_choice")
UNSCORED = ("text", "photo", "date")
ALL_TYPES = SCORED + UNSCORED
D = Decimal
F = Fraction

# ---------------------------------------------------------------- strategies

options_st = st.lists(
    st.builds(Option, label=st.just("o"), points=st.integers(-5, 10), fails=st.booleans()),
    min_size=2, max_size=5,
).map(tuple)
bound_st = st.none() | st.decimals(min_value=-100, max_value=100, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def item_rules(draw, item_id: str, kinds=ALL_TYPES) -> ItemRule:
    kind = draw(st.sampled_from(kinds))
    scale = min_value = max_value = None
    options: tuple[Option, ...] = ()
    if kind == "rating":
        scale = draw(st.integers(2, 10))
    elif kind == "number":
        min_value, max_value = draw(bound_st), draw(bound_st)
        if min_value is not None and max_value is not None and min_value > max_value:
            min_value, max_value = max_value, min_value
    elif kind in ("choice", "multi_choice"):
        options = draw(options_st)
    return ItemRule(id=item_id, answer_type=kind, weight=draw(st.integers(0, 10)), critical=draw(st.booleans()),
                    scale=scale, min_value=min_value, max_value=max_value, options=options, key=item_id)


def valid_values(item: ItemRule) -> st.SearchStrategy:
    kind = item.answer_type
    if kind == "pass_fail":
        return st.sampled_from(["pass", "fail"])
    if kind == "yes_no":
        return st.sampled_from(["yes", "no"])
    if kind == "rating":
        return st.integers(0, item.scale)
    if kind == "number":
        edges = [b + delta for b in (item.min_value, item.max_value) if b is not None
                 for delta in (D("-0.01"), D(0), D("0.01"))]
        plain = st.decimals(min_value=-200, max_value=200, places=2, allow_nan=False, allow_infinity=False)
        return st.sampled_from(edges) | plain if edges else plain
    if kind == "choice":
        return st.integers(0, len(item.options) - 1)
    if kind == "multi_choice":
        return st.lists(st.integers(0, len(item.options) - 1), min_size=1, max_size=6).map(tuple)
    if kind == "text":
        return st.sampled_from(["ok", "门口有积水"])
    if kind == "photo":
        return st.integers(1, 3)
    return st.dates(date(2020, 1, 1), date(2030, 12, 31))


def responses_for(item: ItemRule) -> st.SearchStrategy:
    """None = no answer row at all; Response(None) = a row without a value (e.g. only a note)."""
    return st.one_of(
        st.none(),
        st.just(Response(None)),
        st.just(Response(na=True)),
        valid_values(item).map(Response),
        valid_values(item).map(Response),  # answered more often than not
    )


@st.composite
def runs(draw, min_items: int = 0):
    sections = []
    n = 0
    for si in range(draw(st.integers(1, 4))):
        items = []
        for _ in range(draw(st.integers(0, 6))):
            items.append(draw(item_rules(f"i{n}")))
            n += 1
        sections.append(SectionRule(f"s{si}", draw(st.integers(0, 5)), tuple(items)))
    assume(n >= min_items)
    responses = {}
    for section in sections:
        for item in section.items:
            response = draw(responses_for(item))
            if response is not None:
                responses[item.id] = response
    return tuple(sections), responses


@st.composite
def band_sets(draw):
    mins = draw(st.lists(st.decimals(min_value=D("0.01"), max_value=100, places=2), max_size=4, unique=True))
    mins = [D(0), *mins]
    return tuple((f"G{i}", m) for i, m in enumerate(draw(st.permutations(mins))))


# ---------------------------------------------------------------- a reference model of the docstring rules


def expected_item(item: ItemRule, response: Response | None) -> tuple[Fraction, Decimal, bool]:
    """(exact points, max, failed) of one answer, written from the rules in the module docstring."""
    if response is None or response.value is None and not response.na:
        return F(0), D(0), False
    if response.na or item.answer_type in UNSCORED:
        return F(0), D(0), False
    w = item.weight
    v = response.value
    kind = item.answer_type
    if kind in ("pass_fail", "yes_no"):
        ok = v == ("pass" if kind == "pass_fail" else "yes")
        return (F(w) if ok else F(0)), D(w), not ok
    if kind == "rating":
        return F(w * v, item.scale), D(w), 2 * v < item.scale
    if kind == "number":
        inside = (item.min_value is None or v >= item.min_value) and (item.max_value is None or v <= item.max_value)
        return (F(w) if inside else F(0)), D(w), not inside
    if kind == "choice":
        option = item.options[v]
        best = max(o.points for o in item.options)
        points = F(w * max(option.points, 0), best) if best > 0 else F(0)
        return points, D(w), option.fails or (option.points <= 0 and best > 0)
    chosen = set(v)
    possible = sum(o.points for o in item.options if o.points > 0)
    earned = sum(item.options[i].points for i in chosen)
    failed = any(item.options[i].fails for i in chosen) or (possible > 0 and earned <= 0)
    points = F(w * min(max(earned, 0), possible), possible) if possible > 0 else F(0)
    return points, D(w), failed


def band_grade(pct: Decimal | None, bands) -> str:
    if pct is None:
        return ""
    return max((b for b in bands if b[1] <= pct), key=lambda b: b[1])[0]


def without(sections, item_id: str):
    return tuple(SectionRule(s.id, s.weight, tuple(i for i in s.items if i.id != item_id)) for s in sections)


def all_items(sections) -> list[ItemRule]:
    return [i for s in sections for i in s.items]


# ---------------------------------------------------------------- properties


@given(runs())
def test_score_never_exceeds_max(case):
    sections, responses = case
    result = score_run(sections, responses)
    assert D(0) <= result.points <= result.max
    for section in result.sections:
        assert D(0) <= section.points <= section.max
        if section.percent is not None:
            assert D(0) <= section.percent <= D(100)
    for item_score in result.items.values():
        assert D(0) <= item_score.points <= item_score.max
    if result.max == 0:
        assert result.percent is None and result.grade in ("", "fail")
    else:
        assert D(0) <= result.percent <= D(100)


@given(runs())
def test_items_and_totals_follow_the_documented_rules(case):
    sections, responses = case
    result = score_run(sections, responses)
    total_points = total_max = F(0)
    for section, section_score in zip(sections, result.sections, strict=True):
        s_points = s_max = F(0)
        for item in section.items:
            points, maximum, failed = expected_item(item, responses.get(item.id))
            got = result.items[item.id]
            assert (got.exact, got.points, got.max, got.failed) == (points, q(points), maximum, failed), item
            s_points += points
            s_max += F(maximum)
        # Sums of the exact points, rounded once (not sums of the rounded item points).
        assert (section_score.points, section_score.max) == (q(s_points), q(s_max))
        answered = sum(1 for i in section.items if i.id in responses and responses[i.id].answered)
        assert (section_score.answered, section_score.total) == (answered, len(section.items))
        total_points += s_points * section.weight
        total_max += s_max * section.weight
    assert (result.points, result.max) == (q(total_points), q(total_max))


@given(runs(min_items=1), st.data())
def test_na_never_changes_the_percent_of_the_other_items(case, data):
    sections, responses = case
    item = data.draw(st.sampled_from(all_items(sections)), label="item marked N/A")
    with_na = score_run(sections, {**responses, item.id: Response(na=True)})
    rest = {k: v for k, v in responses.items() if k != item.id}
    removed = score_run(without(sections, item.id), rest)
    assert with_na.percent == removed.percent
    assert (with_na.points, with_na.max) == (removed.points, removed.max)
    assert (with_na.grade, with_na.critical_failed) == (removed.grade, removed.critical_failed)
    assert [s.percent for s in with_na.sections] == [s.percent for s in removed.sections]
    assert not with_na.items[item.id].failed


@given(runs(), band_sets())
def test_critical_failure_fails_the_run_otherwise_the_bands_decide(case, bands):
    sections, responses = case
    result = score_run(sections, responses, bands)
    critical_failure = any(expected_item(i, responses.get(i.id))[2] for i in all_items(sections) if i.critical)
    assert result.critical_failed == critical_failure
    if critical_failure:
        assert result.grade == "fail"
    else:
        # Decided on the exact percent, not on the shown (rounded) one.
        assert result.grade == band_grade(result.exact_percent, bands)
        assert result.percent == (None if result.exact_percent is None else q(result.exact_percent))


@given(runs(), st.data())
def test_a_failed_critical_item_fails_whatever_the_percent(case, data):
    sections, responses = case
    section = data.draw(st.sampled_from(sections), label="section of the critical item")
    kind = data.draw(st.sampled_from(SCORED), label="critical item type")
    critical = data.draw(item_rules("crit", kinds=(kind,)), label="critical item")
    # Make sure the item can fail at all (a choice needs a failing option, a number a bound).
    critical = replace(
        critical, critical=True,
        options=critical.options + ((Option("坏", 0, fails=True),) if kind in ("choice", "multi_choice") else ()),
        min_value=D(0) if kind == "number" and critical.max_value is None and critical.min_value is None
        else critical.min_value,
    )
    failing = data.draw(valid_values(critical).map(Response).filter(
        lambda r: expected_item(critical, r)[2]), label="failing answer")
    sections = tuple(SectionRule(s.id, s.weight, s.items + (critical,)) if s is section else s for s in sections)
    result = score_run(sections, {**responses, "crit": failing})
    if result.percent is not None:
        target(float(result.percent), label="percent of a critically failed run")
    assert result.critical_failed is True
    assert result.grade == "fail"
    assert "crit" in result.failed_items


def test_critical_failure_at_99_percent_is_still_fail():
    items = tuple(ItemRule(f"p{i}", "pass_fail", weight=10) for i in range(10))
    exit_item = ItemRule("exit", "pass_fail", weight=1, critical=True)
    sections = (SectionRule("s", 1, items + (exit_item,)),)
    answers = {i.id: Response("pass") for i in items} | {"exit": Response("fail")}
    result = score_run(sections, answers)
    assert result.percent == D("99.01")
    assert (result.grade, result.critical_failed) == ("fail", True)
    # The same item passed, or N/A, leaves the grade to the bands.
    assert score_run(sections, answers | {"exit": Response("pass")}).grade == "A"
    na = score_run(sections, answers | {"exit": Response(na=True)})
    assert (na.percent, na.grade, na.critical_failed) == (D(100), "A", False)


# ---------------------------------------------------------------- one rule at a time


def one(item: ItemRule, value=None, *, na: bool = False):
    return score_item(item, Response(value, na))


@pytest.mark.parametrize("kind, good, bad", [("pass_fail", "pass", "fail"), ("yes_no", "yes", "no")])
def test_pass_fail_and_yes_no(kind, good, bad):
    item = ItemRule("x", kind, weight=3)
    assert (one(item, good).points, one(item, good).max, one(item, good).failed) == (D(3), D(3), False)
    assert (one(item, bad).points, one(item, bad).max, one(item, bad).failed) == (D(0), D(3), True)
    assert one(item, na=True).max == 0 and not one(item, na=True).failed
    assert score_item(item, None).answered is False


@pytest.mark.parametrize("scale, value, points, failed", [
    (5, 5, D(4), False), (5, 3, D("2.40"), False), (5, 2, D("1.60"), True), (5, 0, D(0), True),
    (4, 2, D(2), False), (4, 1, D(1), True), (10, 4, D("1.60"), True), (10, 5, D(2), False),
])
def test_rating_is_proportional_and_fails_below_half(scale, value, points, failed):
    result = one(ItemRule("r", "rating", weight=4, scale=scale), value)
    assert (result.points, result.max, result.failed) == (points, D(4), failed)


def test_rating_zero_is_an_answer():
    result = one(ItemRule("r", "rating", weight=2, scale=5), 0)
    assert result.answered and result.max == 2 and result.failed


@pytest.mark.parametrize("lo, hi, value, inside", [
    (D(2), D(8), D(2), True), (D(2), D(8), D(8), True), (D(2), D(8), D(5), True),
    (D(2), D(8), D("1.99"), False), (D(2), D(8), D("8.01"), False),
    (D(0), None, D("1e6"), True), (D(0), None, D("-0.01"), False),
    (None, D("0.5"), D(-1000), True), (None, D("0.5"), D("0.51"), False),
    (None, None, D("-123.45"), True),
    (D(2), D(8), "abc", False),
])
def test_number_inside_min_max_with_open_bounds(lo, hi, value, inside):
    result = one(ItemRule("n", "number", weight=5, min_value=lo, max_value=hi), value)
    assert result.max == 5
    assert result.points == (D(5) if inside else D(0))
    assert result.failed is not inside


CHOICE = (Option("好", 4), Option("一般", 2), Option("差", 0), Option("严重", 2, fails=True))


@pytest.mark.parametrize("index, points, failed", [
    (0, D(3), False),        # the best option earns the full weight
    (1, D("1.50"), False),   # weight * 2 / 4
    (2, D(0), True),         # worth 0 while others are worth more
    (3, D("1.50"), True),    # marked "fails": fails whatever its points
])
def test_choice_points_and_failing_options(index, points, failed):
    result = one(ItemRule("c", "choice", weight=3, options=CHOICE), index)
    assert (result.points, result.max, result.failed) == (points, D(3), failed)


def test_choice_of_only_zero_point_options_does_not_fail():
    result = one(ItemRule("c", "choice", weight=3, options=(Option("a", 0), Option("b", 0))), 1)
    assert (result.points, result.max, result.failed) == (D(0), D(3), False)


MULTI = (Option("a", 2), Option("b", 3), Option("c", -1), Option("d", 0, fails=True))


@pytest.mark.parametrize("chosen, points, failed", [
    ((0, 1), D(10), False),            # every positive option: the full weight
    ((0, 0, 1, 1), D(10), False),      # the same option twice counts once: capped at the weight
    ((1, 0, 1), D(10), False),
    ((0,), D(4), False),               # 10 * 2 / 5
    ((0, 2), D(2), False),             # a negative option takes points away
    ((2,), D(0), True),                # nothing earned: failed, never negative
    ((0, 1, 3), D(10), True),          # a "fails" option fails the item even at full points
    ((3,), D(0), True),
    ((0, 99), D(4), False),            # an unknown index is ignored
])
def test_multi_choice_is_capped_and_fails(chosen, points, failed):
    result = one(ItemRule("m", "multi_choice", weight=10, options=MULTI), chosen)
    assert (result.points, result.max, result.failed) == (points, D(10), failed)
    assert result.points <= result.max


@pytest.mark.parametrize("kind, value", [("text", "ok"), ("photo", 2), ("date", date(2024, 5, 1))])
def test_text_photo_and_date_are_recorded_not_scored(kind, value):
    result = one(ItemRule("u", kind, weight=7, critical=True), value)
    assert result.answered and (result.points, result.max, result.failed) == (D(0), D(0), False)


def test_section_weights_multiply_points_and_maximum():
    a = SectionRule("a", 1, (ItemRule("a1", "pass_fail", weight=2), ItemRule("a2", "pass_fail", weight=2)))
    b = SectionRule("b", 3, (ItemRule("b1", "pass_fail", weight=2), ItemRule("b2", "pass_fail", weight=2)))
    answers = {"a1": Response("pass"), "a2": Response("pass"), "b1": Response("pass"), "b2": Response("fail")}
    result = score_run((a, b), answers)
    # Section a: 4/4 x1, section b: 2/4 x3 -> 10/16.
    assert [(s.points, s.max) for s in result.sections] == [(D(4), D(4)), (D(2), D(4))]
    assert (result.points, result.max, result.percent) == (D(10), D(16), D("62.50"))
    assert result.sections[1].percent == D(50)
    # A section of weight 0 counts for nothing in the total.
    zero = SectionRule("b", 0, b.items)
    assert score_run((a, zero), answers).percent == D(100)


def ten_items(passed: int):
    items = tuple(ItemRule(f"i{n}", "pass_fail") for n in range(10))
    return (SectionRule("s", 1, items),), {f"i{n}": Response("pass" if n < passed else "fail") for n in range(10)}


@pytest.mark.parametrize("passed, pct, grade", [(10, 100, "A"), (9, 90, "A"), (8, 80, "B"), (7, 70, "C"),
                                                (6, 60, "D"), (0, 0, "D")])
def test_grade_band_edges_belong_to_the_higher_band(passed, pct, grade):
    result = score_run(*ten_items(passed))
    assert (result.percent, result.grade) == (D(pct), grade)


@pytest.mark.parametrize("pct, grade", [("90", "A"), ("89.99", "B"), ("80.00", "B"), ("79.99", "C"),
                                        ("70", "C"), ("69.99", "D"), ("0", "D"), ("100", "A")])
def test_grade_for_band_edges(pct, grade):
    assert grade_for(D(pct), DEFAULT_BANDS) == grade


def test_custom_bands_in_any_order():
    bands = (("合格", D(0)), ("优秀", D(95)), ("良好", D(85)))
    assert score_run(*ten_items(9), bands).grade == "良好"
    assert score_run(*ten_items(10), bands).grade == "优秀"
    assert score_run(*ten_items(8), bands).grade == "合格"


def test_percent_is_none_when_nothing_is_scored():
    sections = (SectionRule("s", 1, (ItemRule("p", "pass_fail"), ItemRule("t", "text"), ItemRule("d", "date"))),)
    for answers in ({}, {"p": Response(None)}, {"p": Response("  ")}, {"p": Response(na=True)},
                    {"t": Response("ok"), "d": Response(date(2024, 1, 1))}):
        result = score_run(sections, answers)
        assert (result.percent, result.grade, result.points, result.max) == (None, "", D(0), D(0)), answers
    weightless = (SectionRule("s", 0, (ItemRule("p", "pass_fail"),)),)
    assert score_run(weightless, {"p": Response("pass")}).percent is None
    zero_weight_item = (SectionRule("s", 1, (ItemRule("p", "pass_fail", weight=0),)),)
    assert score_run(zero_weight_item, {"p": Response("pass")}).percent is None
    assert score_run((), {}).percent is None


def test_unanswered_items_count_in_neither():
    sections = (SectionRule("s", 1, (ItemRule("a", "pass_fail", weight=3), ItemRule("b", "pass_fail", weight=5))),)
    result = score_run(sections, {"a": Response("pass")})
    assert (result.points, result.max, result.percent, result.grade) == (D(3), D(3), D(100), "A")
    assert result.sections[0].answered == 1 and result.sections[0].total == 2


def test_repeat_findings_are_keys_failed_now_and_before():
    assert repeat_findings(["exit_clear", "floor_clean"], ["exit_clear", "restroom"]) == {"exit_clear"}
    assert repeat_findings(["exit_clear"], []) == set()
    assert repeat_findings([], ["exit_clear"]) == set()
    assert repeat_findings(iter(["a", "b", "b"]), iter(["b", "c"])) == {"b"}
