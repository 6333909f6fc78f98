"""Scoring exact to the end (issue 23): a small exact reference scorer written from the README's
rules ("Checklist templates and scoring"), not from ``opsdesk.scoring``, compared with it on random
templates and answers, plus the hand-computed cases of the issue and the README.

The reference works on plain tuples and ``fractions.Fraction`` only and rounds once, at the end,
with its own half-up rounding (integer arithmetic), so it shares no code with the scorer.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from opsdesk.scoring import (
    DEFAULT_BANDS,
    ItemRule,
    Option,
    Response,
    SectionRule,
    score_item,
    score_run,
)

F = Fraction
D = Decimal
BANDS = (("A", 90), ("B", 80), ("C", 70), ("D", 0))

# ---------------------------------------------------------------- the reference, from the README


def ref_round(x: Fraction) -> Decimal:
    """Two places, half up, from an exact value (x >= 0 here; the sign is kept anyway)."""
    sign = -1 if x < 0 else 1
    n = abs(x) * 100
    whole, rest = divmod(n.numerator, n.denominator)
    if 2 * rest >= n.denominator:
        whole += 1
    return D(sign * whole) / 100


def ref_item(kind: str, weight: int, spec: dict, answer) -> tuple[Fraction, Fraction, bool] | None:
    """(points, maximum, failed), or None when the item is left out of the maximum (unanswered,
    N/A, or not a scored type)."""
    if answer is None or answer == "N/A" or kind in ("text", "photo", "date"):
        return None
    w = F(weight)
    if kind == "pass_fail":
        return (w, w, False) if answer == "pass" else (F(0), w, True)
    if kind == "yes_no":
        return (w, w, False) if answer == "yes" else (F(0), w, True)
    if kind == "rating":
        scale = spec["scale"]
        return w * answer / scale, w, answer < F(scale, 2)  # fails below half the scale
    if kind == "number":
        lo, hi = spec["min"], spec["max"]
        inside = (lo is None or answer >= lo) and (hi is None or answer <= hi)
        return (w if inside else F(0)), w, not inside
    points = [p for p, _ in spec["options"]]
    fails = [f for _, f in spec["options"]]
    if kind == "choice":
        best = max(points)
        p = points[answer]
        earned = w * max(p, 0) / best if best > 0 else F(0)
        return earned, w, fails[answer] or (p <= 0 < best)
    # multi_choice: each chosen option once, negative ones subtract, floored at 0, capped at the
    # positive total; fails on a "fails" option or when nothing was earned though it could be.
    chosen = set(answer)
    positive = sum(p for p in points if p > 0)
    total = sum(points[i] for i in chosen)
    failed = any(fails[i] for i in chosen) or (positive > 0 and total <= 0)
    earned = w * min(max(total, 0), positive) / positive if positive > 0 else F(0)
    return earned, w, failed


def ref_run(template: list, answers: dict, bands=BANDS):
    """template: [(section weight, [(id, kind, weight, critical, spec)])]; answers: id -> answer.
    Returns (points, max, percent, grade) rounded once, and the exact percent."""
    points = maximum = F(0)
    critical = False
    for s_weight, items in template:
        s_points = s_max = F(0)
        for item_id, kind, weight, is_critical, spec in items:
            r = ref_item(kind, weight, spec, answers.get(item_id))
            if r is None:
                continue
            s_points += r[0]
            s_max += r[1]
            critical = critical or (is_critical and r[2])
        points += s_points * s_weight
        maximum += s_max * s_weight
    pct = points * 100 / maximum if maximum > 0 else None
    if critical:
        grade = "fail"
    elif pct is None:
        grade = ""
    else:
        grade = max((b for b in bands if pct >= F(b[1])), key=lambda b: F(b[1]))[0]
    return (ref_round(points), ref_round(maximum), None if pct is None else ref_round(pct), grade), pct


# ---------------------------------------------------------------- the same template for opsdesk


def to_rules(template: list) -> tuple[SectionRule, ...]:
    sections = []
    for n, (s_weight, items) in enumerate(template):
        rules = []
        for item_id, kind, weight, is_critical, spec in items:
            rules.append(ItemRule(
                item_id, kind, weight=weight, critical=is_critical, scale=spec.get("scale"),
                min_value=None if spec.get("min") is None else D(spec["min"].numerator) / spec["min"].denominator,
                max_value=None if spec.get("max") is None else D(spec["max"].numerator) / spec["max"].denominator,
                options=tuple(Option(f"o{i}", p, f) for i, (p, f) in enumerate(spec.get("options", ())))))
        sections.append(SectionRule(f"s{n}", s_weight, tuple(rules)))
    return tuple(sections)


def to_responses(template: list, answers: dict) -> dict[str, Response]:
    kinds = {i[0]: i[1] for _, items in template for i in items}
    out = {}
    for item_id, a in answers.items():
        if a == "N/A":
            out[item_id] = Response(na=True)
        elif kinds[item_id] == "number":
            out[item_id] = Response(D(a.numerator) / D(a.denominator))
        elif kinds[item_id] == "multi_choice":
            out[item_id] = Response(tuple(a))
        else:
            out[item_id] = Response(a)
    return out


def opsdesk_run(template: list, answers: dict, bands=BANDS):
    result = score_run(to_rules(template), to_responses(template, answers),
                       tuple((g, D(F(m).numerator) / F(m).denominator) for g, m in bands))
    return (result.points, result.max, result.percent, result.grade), result


# ---------------------------------------------------------------- random templates and answers

hundredths = st.integers(-5000, 5000).map(lambda n: F(n, 100))


@st.composite
def item_and_answer(draw, item_id: str):
    kind = draw(st.sampled_from(["pass_fail", "yes_no", "rating", "number", "choice", "multi_choice",
                                 "text", "photo", "date"]))
    weight = draw(st.sampled_from([0, 1, 2, 3, 5, 7, 9, 10, 18, 19, 100]) | st.integers(0, 100))
    spec: dict = {}
    if kind == "pass_fail":
        value = st.sampled_from(["pass", "fail"])
    elif kind == "yes_no":
        value = st.sampled_from(["yes", "no"])
    elif kind == "rating":
        spec["scale"] = draw(st.integers(1, 10))
        value = st.integers(0, spec["scale"])
    elif kind == "number":
        lo, hi = draw(st.none() | hundredths), draw(st.none() | hundredths)
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        spec.update(min=lo, max=hi)
        edges = [b + d for b in (lo, hi) if b is not None for d in (F(-1, 100), F(0), F(1, 100))]
        value = (st.sampled_from(edges) | hundredths) if edges else hundredths
    elif kind in ("choice", "multi_choice"):
        spec["options"] = draw(st.lists(st.tuples(st.integers(-5, 10), st.booleans()), min_size=2, max_size=5))
        n = len(spec["options"])
        value = st.integers(0, n - 1) if kind == "choice" else st.lists(st.integers(0, n - 1), min_size=1,
                                                                        max_size=6)
    else:
        value = st.just({"text": "ok", "photo": 1, "date": date(2026, 11, 3)}[kind])
    # unanswered (optional items), N/A, or an answer (more often)
    answer = draw(st.sampled_from([None, "N/A"]) | value | value)
    critical = draw(st.integers(0, 3)) == 0  # a veto item now and then
    return (item_id, kind, weight, critical, spec), answer


@st.composite
def cases(draw):
    template = []
    answers = {}
    n = 0
    for _ in range(draw(st.integers(1, 4))):
        s_weight = draw(st.sampled_from([0, 1, 10, 23, 99, 100]) | st.integers(0, 100))
        items = []
        for _ in range(draw(st.integers(0, 5))):
            item, answer = draw(item_and_answer(f"i{n}"))
            n += 1
            items.append(item)
            if answer is not None:
                answers[item[0]] = answer
        template.append((s_weight, items))
    return template, answers


@st.composite
def band_sets(draw):
    mins = draw(st.lists(st.integers(1, 9999).map(lambda n: F(n, 100)), max_size=4, unique=True))
    return tuple((f"G{i}", m) for i, m in enumerate([F(0), *mins]))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_opsdesk_agrees_with_the_exact_reference(case):
    template, answers = case
    want, exact = ref_run(template, answers)
    got, result = opsdesk_run(template, answers)
    assert got == want
    assert result.exact_percent == exact


@settings(max_examples=200, deadline=None)
@given(cases(), band_sets())
def test_grades_are_decided_on_the_exact_percent_with_any_bands(case, bands):
    template, answers = case
    want, _exact = ref_run(template, answers, bands)
    got, _result = opsdesk_run(template, answers, bands)
    assert got == want


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 100), st.integers(0, 100), st.integers(1, 100))
def test_grade_band_boundaries(s_weight, passed_weight, scale):
    """A passed item and a rating swept over its whole scale, so the exact percent crosses the band
    edges: the grade is the band the exact value reaches, even where the shown percent says otherwise."""
    template = [(s_weight, [("p", "pass_fail", passed_weight, False, {}),
                            ("r", "rating", 1, False, {"scale": scale})])]
    for rating in range(scale + 1):
        answers = {"p": "pass", "r": rating}
        want, exact = ref_run(template, answers)
        got, result = opsdesk_run(template, answers)
        assert got == want
        if exact is not None:
            assert (result.grade == "A") == (exact >= 90)
            assert (result.grade in ("A", "B")) == (exact >= 80)


# ---------------------------------------------------------------- hand-computed cases


def test_issue_23_worked_example_is_a_b_not_an_a():
    """Section weight 10 with a passed item of weight 19; weight 23 with a rating (scale 9, weight 1,
    answer 7); weight 1 with a failed item of weight 18. Exact 1871/9 = 207.888... of 231 =
    89.9951...% -> grade B. Rounding each item first gave 7/9 -> 0.78 x 23 = 17.94, 207.94 / 231 =
    90.02 % -> A."""
    template = [(10, [("p", "pass_fail", 19, False, {})]),
                (23, [("r", "rating", 1, False, {"scale": 9})]),
                (1, [("f", "pass_fail", 18, False, {})])]
    answers = {"p": "pass", "r": 7, "f": "fail"}
    got, result = opsdesk_run(template, answers)
    assert result.exact_percent == F(1871, 9) * 100 / 231
    assert got == (D("207.89"), D("231.00"), D("90.00"), "B")  # shown 90.00 %, and still a B
    assert ref_run(template, answers)[0] == got
    assert [s.percent for s in result.sections] == [D(100), D("77.78"), D(0)]


def test_rounding_once_does_not_add_up_rounded_items():
    """Three ratings of 1/3 (weight 1, scale 3, answer 1) in a section of weight 100: each shows
    0.33, but the section is exactly 1 point, and the run 100 of 300 = 33.33 %."""
    template = [(100, [(f"r{i}", "rating", 1, False, {"scale": 3}) for i in range(3)])]
    answers = {f"r{i}": 1 for i in range(3)}
    got, result = opsdesk_run(template, answers)
    assert [result.items[f"r{i}"].points for i in range(3)] == [D("0.33")] * 3
    assert result.sections[0].points == D("1.00")
    assert got == (D("100.00"), D("300.00"), D("33.33"), "D")


def test_unanswered_optional_items_leave_the_maximum():
    """The issue's 3/5 against 3/25: a passed item of weight 3, a failed one of weight 2 and an
    optional item of weight 20 left unanswered, which counts in neither points nor maximum."""
    template = [(1, [("a", "pass_fail", 3, False, {}), ("b", "pass_fail", 2, False, {}),
                     ("c", "pass_fail", 20, False, {})])]
    got, _ = opsdesk_run(template, {"a": "pass", "b": "fail"})
    assert got == (D("3.00"), D("5.00"), D("60.00"), "D")
    # Answered (failed) it counts: 3 of 25.
    got, _ = opsdesk_run(template, {"a": "pass", "b": "fail", "c": "fail"})
    assert got == (D("3.00"), D("25.00"), D("12.00"), "D")


def test_na_and_weight_zero_and_veto():
    template = [(2, [("exit", "pass_fail", 5, True, {}), ("floor", "rating", 4, False, {"scale": 5}),
                     ("sign", "yes_no", 0, False, {})])]
    # N/A on the veto item: out of the maximum, no veto. 4 x 3/5 = 2.4 of 4, x2 = 4.8 of 8 = 60 %.
    got, _ = opsdesk_run(template, {"exit": "N/A", "floor": 3, "sign": "no"})
    assert got == (D("4.80"), D("8.00"), D("60.00"), "D")
    # The veto item failed: fail whatever the percent (weight-0 item: no points, but it still fails).
    got, result = opsdesk_run(template, {"exit": "fail", "floor": 5, "sign": "yes"})
    assert got == (D("8.00"), D("18.00"), D("44.44"), "fail")
    assert result.critical_failed


@pytest.mark.parametrize("chosen, points, failed", [
    ((0, 1), D(10), False),      # every positive option (2 + 3 of 5): the full weight
    ((0,), D(4), False),         # 2 of 5
    ((0, 1, 2), D(8), False),    # 2 + 3 - 1 = 4 of 5: a finding takes its point away
    ((0, 2), D(2), False),       # 2 - 1 = 1 of 5
    ((2,), D(0), True),          # -1: floored at 0, and failed (nothing earned)
    ((1, 3), D(6), True),        # an option marked "fails" fails the item whatever its points
])
def test_multiple_choice_subtracts_negative_options(chosen, points, failed):
    item = ItemRule("m", "multi_choice", weight=10,
                    options=(Option("灭火器在位", 2), Option("疏散图张贴", 3), Option("通道堆物", -1),
                             Option("消防门上锁", 0, fails=True)))
    result = score_item(item, Response(chosen))
    assert (result.points, result.failed) == (points, failed)


def test_default_bands_are_the_references():
    assert tuple((g, int(m)) for g, m in DEFAULT_BANDS) == BANDS


@example(case=([(10, [("p", "pass_fail", 19, False, {})]), (23, [("r", "rating", 1, False, {"scale": 9})]),
                (1, [("f", "pass_fail", 18, False, {})])], {"p": "pass", "r": 7, "f": "fail"}))
@settings(max_examples=1, deadline=None)
@given(cases())
def test_the_issue_example_through_the_property(case):
    template, answers = case
    assert opsdesk_run(template, answers)[0] == ref_run(template, answers)[0]
