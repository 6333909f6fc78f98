"""Supervisor visits (巡店日志): coverage across week boundaries and laptop time zones, check-in/out
validation, the week plan, the link to inspections, the incident digest and stale edits."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from opsdesk.errors import StaleEditError, ValidationError
from opsdesk.ids import utcnow
from opsdesk.services import org, runs, visits
from opsdesk.services.visits import VisitInput

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)
# The [pg] twins: the tests that reach what differs between the backends (tests/core/conftest.py PG_TWINS).
PG_TWINS = (
    "test_same_utc_instant_lands_on_the_laptops_local_day",
    "test_coverage_hours_per_store_not_visited_pairs_and_rate",
    "test_coverage_of_a_store_closed_after_the_visit_drops_it",
    "test_update_visit_refuses_a_stale_base_version",
    "test_week_plan_groups_by_local_day_and_lists_unplanned",
    "test_week_plan_places_a_planned_visit_checked_in_another_day_on_its_check_in_day",
    "test_runs_started_during_a_visit_are_linked",
    "test_current_visit",
    "test_incident_digest_deadline_and_order",
)

D = Decimal
MON = date(2024, 6, 3)  # a plain Monday (no daylight-saving change near it anywhere)
SUN = MON + timedelta(days=6)


# ---------------------------------------------------------------- helpers and fixtures


@pytest.fixture
def set_tz(monkeypatch):
    """Switch the laptop's time zone (TZ + tzset); the original zone comes back afterwards."""

    def switch(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield switch
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def sup(ctx, make_user):
    """A supervisor acting in ``ctx``."""
    user = make_user("supervisor", name="Sup One")
    ctx.user_id = user.id
    return user


@pytest.fixture
def sup2(make_user):
    return make_user("supervisor", name="Sup Two")


def reasons(call) -> dict[str, str]:  # noqa: ANN001
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.reasons()


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def visit(ctx, store, supervisor, check_in: datetime, check_out: datetime | None = None):  # noqa: ANN001, ANN201
    """A visit checked in (and out) at local wall times of the laptop, by ``supervisor`` (at their store)."""
    before, ctx.user_id = ctx.user_id, supervisor.id
    try:
        v = visits.plan_visit(ctx, store.id, check_in.date(), supervisor_id=supervisor.id)
        v = visits.check_in(ctx, v.id, at=visits.to_utc(check_in))
        if check_out is not None:
            v = visits.check_out(ctx, v.id, at=visits.to_utc(check_out))
    finally:
        ctx.user_id = before
    return v


def as_(ctx, user):  # noqa: ANN001, ANN201
    """``ctx`` acting as ``user`` (a visit is its supervisor's to plan, move and cancel)."""
    from dataclasses import replace

    return replace(ctx, user_id=user.id)


def cov_by_code(cov: visits.Coverage) -> dict[str, tuple[int, Decimal]]:
    return {s.code: (s.visits, s.hours) for s in cov.stores}


# ---------------------------------------------------------------- time helpers


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "America/Los_Angeles", "UTC"])
def test_to_utc_and_local_day_round_trip(set_tz, tz):
    set_tz(tz)
    wall = local(SUN, 23, 30)
    stored = visits.to_utc(wall)
    assert stored.tzinfo is None
    assert visits.local_day(stored) == SUN
    assert visits.local_day(visits.to_utc(local(MON + timedelta(days=7), 0, 10))) == MON + timedelta(days=7)


def test_to_utc_known_offsets(set_tz):
    set_tz("Asia/Shanghai")
    assert visits.to_utc(local(SUN, 23, 30)) == datetime(2024, 6, 9, 15, 30)
    set_tz("America/Los_Angeles")
    assert visits.to_utc(local(SUN, 23, 30)) == datetime(2024, 6, 10, 6, 30)


def test_week_of_is_the_monday():
    for i in range(7):
        assert visits.week_of(MON + timedelta(days=i)) == MON
    assert visits.week_of(MON + timedelta(days=7)) == MON + timedelta(days=7)
    assert visits.week_of(MON - timedelta(days=1)) == MON - timedelta(days=7)


# ---------------------------------------------------------------- coverage across week boundaries and zones

# (zone, Monday of the week): plain weeks, and weeks whose Sunday or following Monday is a DST change.
WEEKS = [
    ("Asia/Shanghai", MON),
    ("America/Los_Angeles", MON),
    ("America/Los_Angeles", date(2024, 10, 28)),  # Sunday 3 Nov 2024: clocks go back
    ("America/Los_Angeles", date(2024, 3, 4)),  # Sunday 10 Mar 2024: clocks go forward
    ("Europe/Berlin", date(2024, 10, 21)),  # Sunday 27 Oct 2024: clocks go back
]


@pytest.mark.parametrize(("tz", "monday"), WEEKS, ids=[f"{z}-{m}" for z, m in WEEKS])
def test_sunday_late_counts_in_its_week_and_monday_early_in_the_next(ctx, sup, make_store, set_tz, tz, monday):
    set_tz(tz)
    sunday = monday + timedelta(days=6)
    next_monday = monday + timedelta(days=7)
    a = make_store(code="STA", supervisor_id=sup.id)
    b = make_store(code="STB", supervisor_id=sup.id)
    va = visit(ctx, a, sup, local(sunday, 23, 30), local(sunday, 23, 50))
    vb = visit(ctx, b, sup, local(next_monday, 0, 10), local(next_monday, 1, 10))
    assert va.day == sunday and vb.day == next_monday

    this_week = visits.coverage(ctx, monday, sunday)
    assert cov_by_code(this_week) == {"STA": (1, D("0.33")), "STB": (0, D("0.00"))}
    next_week = visits.coverage(ctx, next_monday, next_monday + timedelta(days=6))
    assert cov_by_code(next_week) == {"STA": (0, D("0.00")), "STB": (1, D("1.00"))}

    plan = visits.week_plan(ctx, sup.id, monday)
    assert [v.id for v in plan.days[sunday]] == [va.id]
    assert sum(len(vs) for vs in plan.days.values()) == 1
    assert [st[1] for st in plan.unplanned] == ["STB"]
    plan2 = visits.week_plan(ctx, sup.id, next_monday)
    assert [v.id for v in plan2.days[next_monday]] == [vb.id]
    assert sum(len(vs) for vs in plan2.days.values()) == 1
    assert [st[1] for st in plan2.unplanned] == ["STA"]

    # the log's date filter agrees
    in_week = visits.query_visits(ctx, visits.VisitQuery(date_from=monday, date_to=sunday))
    assert [v.id for v in in_week] == [va.id]
    in_next = visits.query_visits(ctx, visits.VisitQuery(date_from=next_monday, date_to=next_monday))
    assert [v.id for v in in_next] == [vb.id]


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "America/Los_Angeles"])
def test_same_utc_instant_lands_on_the_laptops_local_day(ctx, sup, make_store, set_tz, tz):
    """A visit stored at Sunday 20:00 UTC is Monday in Shanghai but Sunday in Los Angeles."""
    a = make_store(code="STA", supervisor_id=sup.id)
    v = visits.plan_visit(ctx, a.id, SUN, supervisor_id=sup.id)
    visits.check_in(ctx, v.id, at=datetime(2024, 6, 9, 20, 0))
    set_tz(tz)
    this_week = visits.coverage(ctx, MON, SUN).visited
    next_week = visits.coverage(ctx, MON + timedelta(days=7), SUN + timedelta(days=7)).visited
    if tz == "Asia/Shanghai":
        assert (this_week, next_week) == (0, 1)
    else:
        assert (this_week, next_week) == (1, 0)


def test_coverage_hours_per_store_not_visited_pairs_and_rate(ctx, sup, sup2, make_store, tree):
    a = make_store(code="STA", supervisor_id=sup.id)  # East / Shanghai
    b = make_store(code="STB", supervisor_id=sup.id, region_id=tree.hz.id)  # East / Hangzhou
    c = make_store(code="STC", supervisor_id=sup2.id, region_id=tree.gz.id)  # South / Guangzhou
    make_store(code="STD", supervisor_id=sup2.id, region_id=tree.gz.id)  # never visited
    closed = make_store(code="STX", supervisor_id=sup.id, status="closed")
    prep = make_store(code="STY", supervisor_id=sup.id, status="preparing", opened_on=None)
    # a store with no supervisor
    make_store(code="STZ")

    visit(ctx, a, sup, local(MON, 9), local(MON, 10, 30))  # 1.5 h
    visit(ctx, a, sup, local(SUN, 14), local(SUN, 16, 15))  # 2.25 h
    visit(ctx, b, sup, local(MON + timedelta(days=2), 10))  # checked in, never out: counts, 0 h
    cancelled = visit(ctx, c, sup2, local(MON + timedelta(days=3), 10), None)
    visits.cancel_visit(as_(ctx, sup2), cancelled.id)  # cancelled: does not count
    visit(ctx, closed, sup, local(MON, 11), local(MON, 12))  # closed store: not counted at all
    visit(ctx, prep, sup, local(MON, 13), local(MON, 14))  # not open: not counted at all
    visit(ctx, a, sup, local(MON - timedelta(days=1), 9), local(MON - timedelta(days=1), 12))  # previous week
    # planned only (never checked in): not a visit
    visits.plan_visit(as_(ctx, sup2), c.id, MON, supervisor_id=sup2.id)

    cov = visits.coverage(ctx, MON, SUN)
    assert cov_by_code(cov) == {
        "STA": (2, D("3.75")), "STB": (1, D("0.00")), "STC": (0, D("0.00")), "STD": (0, D("0.00")), "STZ": (0, D("0.00")),
    }
    assert cov.visited == 2
    assert [s.code for s in cov.not_visited] == ["STC", "STD", "STZ"]
    assert cov.rate == D("40.0")
    assert cov.hours == D("3.75")
    assert cov.by_supervisor == {"Sup One": (2, 2), "Sup Two": (0, 2), "": (0, 1)}
    assert cov.by_region == {"East": (2, 3), "South": (0, 2)}
    store_a = next(s for s in cov.stores if s.code == "STA")
    assert (store_a.region_path, store_a.supervisor_name) == ("East / Shanghai", "Sup One")

    mine = visits.coverage(ctx, MON, SUN, supervisor_id=sup.id)
    assert cov_by_code(mine) == {"STA": (2, D("3.75")), "STB": (1, D("0.00"))}
    assert mine.rate == D("100.0")
    south = visits.coverage(ctx, MON, SUN, region_id=tree.south.id)
    assert [s.code for s in south.stores] == ["STC", "STD"]
    assert south.rate == D("0.0")
    assert south.by_region == {"South": (0, 2)}


def test_coverage_rate_rounding_and_empty(ctx, sup, make_store, tree):
    assert visits.coverage(ctx, MON, SUN).rate is None
    a = make_store(code="STA", supervisor_id=sup.id)
    make_store(code="STB", supervisor_id=sup.id)
    make_store(code="STC", supervisor_id=sup.id)
    visit(ctx, a, sup, local(MON, 9), local(MON, 9, 20))
    cov = visits.coverage(ctx, MON, SUN)
    assert cov.rate == D("33.3")
    assert cov_by_code(cov)["STA"] == (1, D("0.33"))


def test_coverage_of_a_store_closed_after_the_visit_drops_it(ctx, sup, make_store):
    a = make_store(code="STA", supervisor_id=sup.id)
    make_store(code="STB", supervisor_id=sup.id)
    visit(ctx, a, sup, local(MON, 9), local(MON, 10))
    assert visits.coverage(ctx, MON, SUN).visited == 1
    from opsdesk.permissions import as_system

    org.set_store_status(as_system(ctx), a.id, "closed")  # head office's step, not the supervisor's
    cov = visits.coverage(ctx, MON, SUN)
    assert [s.code for s in cov.stores] == ["STB"] and cov.visited == 0


# ---------------------------------------------------------------- check-in / check-out


def test_one_click_check_in_and_out_set_the_status(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    v = visits.plan_visit(ctx, a.id, date.today(), supervisor_id=sup.id)
    assert (v.status, v.check_in, v.check_out) == ("planned", None, None)
    before = utcnow().replace(microsecond=0)
    v = visits.check_in(ctx, v.id)
    assert v.status == "in_progress"
    assert before <= v.check_in <= utcnow()
    v = visits.check_out(ctx, v.id)
    assert v.status == "done"
    assert v.check_in <= v.check_out <= utcnow()
    assert visits.get_visit(ctx, v.id).status == "done"


def test_check_out_before_check_in_is_refused_and_nothing_changes(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    v = visit(ctx, a, sup, local(MON, 10))
    assert reasons(lambda: visits.check_out(ctx, v.id, at=visits.to_utc(local(MON, 9, 59)))) == {
        "check_out": "before_check_in"}
    after = visits.get_visit(ctx, v.id)
    assert after == v
    assert (after.status, after.check_out) == ("in_progress", None)


def test_check_in_after_the_check_out_is_refused(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    v = visit(ctx, a, sup, local(MON, 10), local(MON, 11))
    assert reasons(lambda: visits.check_in(ctx, v.id, at=visits.to_utc(local(MON, 12)))) == {
        "check_out": "before_check_in"}
    assert visits.get_visit(ctx, v.id) == v


def test_check_out_without_check_in_is_refused(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    v = visits.plan_visit(ctx, a.id, MON, supervisor_id=sup.id)
    assert reasons(lambda: visits.check_out(ctx, v.id, at=visits.to_utc(local(MON, 10)))) == {
        "check_out": "before_check_in"}
    assert reasons(lambda: visits.check_out(ctx, v.id)) == {"check_out": "before_check_in"}
    after = visits.get_visit(ctx, v.id)
    assert after == v and after.status == "planned"
    assert reasons(lambda: visits.update_visit(ctx, v.id, VisitInput(check_out=datetime(2024, 6, 3, 10)))) == {
        "check_out": "before_check_in"}
    assert visits.get_visit(ctx, v.id) == v


def test_times_more_than_an_hour_in_the_future_are_refused(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    v = visits.plan_visit(ctx, a.id, date.today(), supervisor_id=sup.id)
    future = utcnow().replace(microsecond=0) + timedelta(hours=1, minutes=5)
    assert reasons(lambda: visits.check_in(ctx, v.id, at=future)) == {"check_in": "in_future"}
    assert visits.get_visit(ctx, v.id) == v
    soon = utcnow().replace(microsecond=0) + timedelta(minutes=30)  # within the hour of clock slack
    v = visits.check_in(ctx, v.id, at=utcnow().replace(microsecond=0) - timedelta(hours=1))
    assert reasons(lambda: visits.check_out(ctx, v.id, at=future)) == {"check_out": "in_future"}
    assert visits.get_visit(ctx, v.id).status == "in_progress"
    assert visits.check_out(ctx, v.id, at=soon).status == "done"
    assert reasons(lambda: visits.update_visit(ctx, v.id, VisitInput(check_in=utcnow(), check_out=future))) == {
        "check_out": "in_future"}


def test_update_visit_sets_times_and_status(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    v = visits.plan_visit(ctx, a.id, MON, supervisor_id=sup.id)
    v = visits.update_visit(ctx, v.id, VisitInput(check_in=datetime(2024, 6, 3, 2), observations="  clean  "),
                            base_version=v.version)
    assert (v.status, v.observations) == ("in_progress", "clean")
    v = visits.update_visit(ctx, v.id, VisitInput(check_in=datetime(2024, 6, 3, 2),
                                                  check_out=datetime(2024, 6, 3, 3, 30)), base_version=v.version)
    assert (v.status, v.hours) == ("done", D("1.50"))
    assert reasons(lambda: visits.update_visit(ctx, v.id, VisitInput(check_in=datetime(2024, 6, 3, 2),
                                                                     check_out=datetime(2024, 6, 3, 1)))) == {
        "check_out": "before_check_in"}
    assert visits.get_visit(ctx, v.id) == v


def test_update_visit_refuses_a_stale_base_version(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    v = visits.plan_visit(ctx, a.id, MON, supervisor_id=sup.id)
    newer = visits.update_visit(ctx, v.id, VisitInput(observations="first"), base_version=v.version)
    assert newer.version != v.version
    with pytest.raises(StaleEditError):
        visits.update_visit(ctx, v.id, VisitInput(observations="second"), base_version=v.version)
    assert visits.get_visit(ctx, v.id).observations == "first"
    assert visits.update_visit(ctx, v.id, VisitInput(observations="second"),
                               base_version=newer.version).observations == "second"


# ---------------------------------------------------------------- the week plan


def test_week_plan_groups_by_local_day_and_lists_unplanned(ctx, sup, sup2, make_store, set_tz):
    set_tz("Asia/Shanghai")
    a = make_store(code="STA", supervisor_id=sup.id)
    b = make_store(code="STB", supervisor_id=sup.id)
    c = make_store(code="STC", supervisor_id=sup.id)
    make_store(code="STD", supervisor_id=sup.id, status="closed")  # closed: never to plan
    other = make_store(code="STE", supervisor_id=sup2.id)  # someone else's store

    wed = MON + timedelta(days=2)
    planned = visits.plan_visit(ctx, a.id, wed)
    assert planned.supervisor_id == sup.id  # the acting user by default
    done = visit(ctx, b, sup, local(MON, 8), local(MON, 9))
    cancelled = visits.plan_visit(ctx, c.id, MON + timedelta(days=4))
    visits.cancel_visit(ctx, cancelled.id)
    visits.plan_visit(as_(ctx, sup2), other.id, wed, supervisor_id=sup2.id)
    visits.plan_visit(ctx, c.id, MON + timedelta(days=7))  # next week

    plan = visits.week_plan(ctx, sup.id, MON + timedelta(days=3))
    assert plan.monday == MON
    assert list(plan.days) == [MON + timedelta(days=i) for i in range(7)]
    assert [v.id for v in plan.days[MON]] == [done.id]
    assert [v.id for v in plan.days[wed]] == [planned.id]
    assert sum(len(vs) for vs in plan.days.values()) == 2
    assert [st[1:] for st in plan.unplanned] == [("STC", c.name)]
    assert plan.unplanned[0][0] == c.id


def test_week_plan_places_a_planned_visit_checked_in_another_day_on_its_check_in_day(ctx, sup, make_store):
    a = make_store(code="STA", supervisor_id=sup.id)
    v = visits.plan_visit(ctx, a.id, MON)
    v = visits.check_in(ctx, v.id, at=visits.to_utc(local(MON + timedelta(days=1), 10)))
    plan = visits.week_plan(ctx, sup.id, MON)
    assert plan.days[MON] == [] and [x.id for x in plan.days[MON + timedelta(days=1)]] == [v.id]


def test_move_and_cancel(ctx, sup, make_store):
    a = make_store(code="STA", supervisor_id=sup.id)
    v = visits.plan_visit(ctx, a.id, MON)
    moved = visits.move_visit(ctx, v.id, MON + timedelta(days=3))
    assert moved.planned_on == MON + timedelta(days=3)
    assert [x.id for x in visits.week_plan(ctx, sup.id, MON).days[MON + timedelta(days=3)]] == [v.id]

    started = visits.check_in(ctx, v.id, at=visits.to_utc(local(MON + timedelta(days=3), 9)))
    assert reasons(lambda: visits.move_visit(ctx, v.id, MON + timedelta(days=4))) == {
        "planned_on": "already_started"}
    assert visits.get_visit(ctx, v.id) == started

    other = visits.plan_visit(ctx, a.id, MON + timedelta(days=5))
    assert visits.cancel_visit(ctx, other.id).status == "cancelled"
    assert other.id not in {x.id for vs in visits.week_plan(ctx, sup.id, MON).days.values() for x in vs}
    done = visits.check_out(ctx, v.id, at=visits.to_utc(local(MON + timedelta(days=3), 10)))
    assert reasons(lambda: visits.cancel_visit(ctx, v.id)) == {"status": "already_done"}
    assert visits.get_visit(ctx, v.id) == done


def test_plan_visit_validation(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    assert reasons(lambda: visits.plan_visit(ctx, a.id, MON, purpose="picnic")) == {"purpose": "invalid_choice"}
    assert reasons(lambda: visits.plan_visit(ctx, "no-such-store", MON)) == {"store_id": "not_found"}
    assert visits.query_visits(ctx) == []


# ---------------------------------------------------------------- visits and inspections


def test_runs_started_during_a_visit_are_linked(ctx, sup, make_store, all_types):
    a = make_store(supervisor_id=sup.id)
    v = visits.start_visit(ctx, a.id)
    assert v.status == "in_progress" and v.supervisor_id == sup.id
    assert visits.current_visit(ctx, a.id) == v
    r = runs.start_run(ctx, a.id, all_types.template_id, "routine", visit_id=v.id)
    other = runs.start_run(ctx, a.id, all_types.template_id, "routine")
    assert [x.id for x in visits.visit_runs(ctx, v.id)] == [r.id]
    assert other.id not in {x.id for x in visits.visit_runs(ctx, v.id)}


def test_current_visit(ctx, sup, sup2, make_store):
    a = make_store(supervisor_id=sup.id)
    b = make_store(supervisor_id=sup.id)
    assert visits.current_visit(ctx, a.id) is None
    planned = visits.plan_visit(ctx, a.id, date.today())
    assert visits.current_visit(ctx, a.id) is None  # planned, not checked in
    v = visits.check_in(ctx, planned.id, at=utcnow().replace(microsecond=0) - timedelta(minutes=30))
    assert visits.current_visit(ctx, a.id).id == v.id
    assert visits.current_visit(ctx, a.id, user_id=sup.id).id == v.id
    assert visits.current_visit(ctx, a.id, user_id=sup2.id) is None  # another user
    assert visits.current_visit(ctx, b.id) is None  # another store
    visits.check_out(ctx, v.id)
    assert visits.current_visit(ctx, a.id) is None
    ctx.user_id = None
    assert visits.current_visit(ctx, a.id) is None


def test_start_visit_checks_in_the_days_planned_visit(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    planned = visits.plan_visit(ctx, a.id, date.today())
    v = visits.start_visit(ctx, a.id)
    assert v.id == planned.id and v.status == "in_progress"
    assert len(visits.query_visits(ctx)) == 1


# ---------------------------------------------------------------- the incident digest


def _mark(ctx, v, **fields):  # noqa: ANN001, ANN003, ANN202
    data = dict(check_in=v.check_in, check_out=v.check_out, incident=True)
    data.update(fields)
    return visits.update_visit(ctx, v.id, VisitInput(**data), base_version=v.version)


def test_marking_an_incident_sets_the_reported_time_and_unmarking_clears_it(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    v = visits.start_visit(ctx, a.id)
    assert (v.incident, v.incident_at, v.incident_reported_at) == (False, None, None)
    before = utcnow().replace(microsecond=0)
    marked = _mark(ctx, v)
    assert marked.incident is True
    assert before <= marked.incident_reported_at <= utcnow()
    assert marked.incident_at == v.check_in  # happened: when checked in, unless told
    again = _mark(ctx, marked, observations="more")
    assert again.incident_reported_at == marked.incident_reported_at  # the first report stays
    unmarked = _mark(ctx, again, incident=False)
    assert (unmarked.incident, unmarked.incident_at, unmarked.incident_reported_at) == (False, None, None)
    assert visits.incident_digest(ctx, date.today() - timedelta(days=1), date.today() + timedelta(days=1)) == []


def test_incident_digest_deadline_and_order(ctx, sup, make_store):
    a = make_store(supervisor_id=sup.id)
    b = make_store(supervisor_id=sup.id)
    c = make_store(supervisor_id=sup.id)
    now = utcnow().replace(microsecond=0)
    late = _mark(ctx, visits.start_visit(ctx, a.id), incident_at=now - timedelta(hours=5))
    prompt = _mark(ctx, visits.start_visit(ctx, b.id), incident_at=now - timedelta(hours=1))
    visits.start_visit(ctx, c.id)  # no incident
    digest = visits.incident_digest(ctx, date.today() - timedelta(days=1), date.today() + timedelta(days=1))
    assert [i.visit.id for i in digest] == [prompt.id, late.id]  # newest first
    by_id = {i.visit.id: i for i in digest}
    assert by_id[prompt.id].within_deadline is True
    assert D("0.9") <= by_id[prompt.id].delay_hours <= D("1.1")
    assert by_id[late.id].within_deadline is False
    assert D("4.9") <= by_id[late.id].delay_hours <= D("5.1")
    # out of the range
    assert visits.incident_digest(ctx, date.today() + timedelta(days=2), date.today() + timedelta(days=3)) == []


def test_incident_logged_just_after_four_hours_is_late(ctx, sup, make_store):
    """4 h 2 min after it happened is not "within four hours" (the delay must not be rounded first)."""
    a = make_store(supervisor_id=sup.id)
    now = utcnow().replace(microsecond=0)
    v = _mark(ctx, visits.start_visit(ctx, a.id), incident_at=now - timedelta(hours=4, minutes=2))
    [item] = visits.incident_digest(ctx, date.today() - timedelta(days=1), date.today() + timedelta(days=1))
    assert item.visit.id == v.id
    assert item.within_deadline is False
