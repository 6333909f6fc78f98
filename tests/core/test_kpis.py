"""The dashboard's KPIs against a small workspace whose figures are computed by hand: each KPI exact, the
previous equal period at month and year boundaries, the drill-down adding up, rankings, the most-failed
items, and role filtering (a supervisor sees their stores, an ops manager their regions)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from opsdesk.models import (
    Answer,
    ChecklistRun,
    CorrectiveAction,
    Template,
    TemplateItem,
    TemplateVersion,
    Visit,
)
from opsdesk.models.equipment import Equipment, EquipmentCategory, EquipmentFault
from opsdesk.services import kpis, org, workspace
from opsdesk.services.context import AppContext
from opsdesk.services.kpis import Scope

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)

TODAY = date(2026, 11, 30)  # the period under test: November 2026
NOV = Scope(date(2026, 11, 1), date(2026, 11, 30))


def _version(s, kind: str) -> TemplateVersion:  # noqa: ANN001
    return s.scalars(select(TemplateVersion).join(Template, Template.id == TemplateVersion.template_id)
                     .where(Template.kind == kind, TemplateVersion.status == "published")).first()


def _run(s, store_id: str, day: date, *, percent: str | None = None, grade: str = "", critical: bool = False,  # noqa: ANN001
         run_type: str = "routine", kind: str = "inspection", status: str = "signed") -> ChecklistRun:
    run = ChecklistRun(template_version_id=_version(s, kind).id, store_id=store_id, run_type=run_type,
                       started_at=datetime(day.year, day.month, day.day, 2), business_date=day, status=status,
                       percent=Decimal(percent) if percent is not None else None, grade=grade,
                       critical_failed=critical, score=None, max_score=None, note="")
    s.add(run)
    s.flush()
    return run


@pytest.fixture
def world(ctx: AppContext, tree, admin, make_store, make_user):
    """Two regions: East (areas SH with stores A, B; HZ with C) and South (GZ with D, a franchise store)."""
    workspace.prepare(ctx)
    a = make_store(code="KA", name="甲店", region_id=tree.sh.id, opened_on=date(2020, 1, 1))
    b = make_store(code="KB", name="乙店", region_id=tree.sh.id, opened_on=date(2026, 11, 21))  # open 10 days
    c = make_store(code="KC", name="丙店", region_id=tree.hz.id, opened_on=date(2020, 1, 1))
    d = make_store(code="KD", name="丁店", region_id=tree.gz.id, opened_on=date(2020, 1, 1), kind="franchise")
    sup = make_user("supervisor", username="sup", name="督导", store_ids=(a.id, b.id))
    for st in (a, b):
        org.update_store(ctx, st.id, org.StoreInput(code=st.code, name=st.name, region_id=st.region_id,
                                                    opened_on=st.opened_on, supervisor_id=sup.id))
    ops = make_user("ops_manager", username="ops", name="运营", store_ids=(d.id,))
    with ctx.tx() as s:
        # inspections in November: A 90 (A) and 70 (C, critical); C 80 (B); D 100 (A); one in October (A 60)
        _run(s, a.id, date(2026, 11, 3), percent="90", grade="A")
        _run(s, a.id, date(2026, 11, 17), percent="70", grade="fail", critical=True)  # a veto failed: graded fail
        _run(s, c.id, date(2026, 11, 10), percent="80", grade="B")
        _run(s, d.id, date(2026, 11, 12), percent="100", grade="A")
        _run(s, a.id, date(2026, 10, 20), percent="60", grade="D")
        _run(s, a.id, date(2026, 11, 5), percent="10", grade="D", status="draft")  # a draft does not count
        # corrective actions raised in November at A: 4 (one verified in Nov, one verified in Dec, one
        # cancelled, one open and due 11-20 -> overdue at the end); one raised in October, due 10-25, open
        def action(store, created, due, status="open", verified=None, repeat=0):  # noqa: ANN001, ANN202
            s.add(CorrectiveAction(store_id=store, title="x", due_on=due, status=status, created_at=created,
                                   verified_at=verified, repeat_count=repeat, description="", fix_note="",
                                   priority="normal", item_keys="[]"))
        action(a.id, datetime(2026, 11, 3, 4), date(2026, 11, 10), "verified", datetime(2026, 11, 8, 4))
        action(a.id, datetime(2026, 11, 3, 4), date(2026, 11, 12), "verified", datetime(2026, 12, 2, 4), repeat=1)
        action(a.id, datetime(2026, 11, 4, 4), date(2026, 11, 14), "cancelled")
        action(a.id, datetime(2026, 11, 17, 4), date(2026, 11, 20), "open", repeat=2)
        action(c.id, datetime(2026, 10, 2, 4), date(2026, 10, 25), "in_progress")
        # visits: A and C checked in in November; B only in October
        for store, day in ((a.id, date(2026, 11, 4)), (c.id, date(2026, 11, 9)), (b.id, date(2026, 10, 30))):
            s.add(Visit(store_id=store, supervisor_id=sup.id, check_in=datetime(day.year, day.month, day.day, 3),
                        status="done", purpose="routine", observations="", training_topic="", training_attendees="",
                        people_met="", next_steps=""))
        # daily checklists at B (open 11-21..11-30 = 10 days, 20 expected): 15 done, 1 draft
        for i in range(8):
            _run(s, b.id, date(2026, 11, 21) + timedelta(days=i), run_type="opening", kind="opening",
                 status="completed")
        for i in range(7):
            _run(s, b.id, date(2026, 11, 21) + timedelta(days=i), run_type="closing", kind="closing",
                 status="signed")
        _run(s, b.id, date(2026, 11, 30), run_type="closing", kind="closing", status="draft")
        # equipment acceptances at C: one clean, one with a failed item (conditional), one rejected
        clean = _run(s, c.id, date(2026, 11, 6), run_type="acceptance", kind="equipment_acceptance")
        cond = _run(s, c.id, date(2026, 11, 7), run_type="acceptance", kind="equipment_acceptance", status="draft")
        _run(s, c.id, date(2026, 11, 8), run_type="acceptance", kind="equipment_acceptance", critical=True)
        item = s.scalars(select(TemplateItem).where(TemplateItem.version_id == cond.template_version_id)).first()
        s.add(Answer(id=f"{cond.id}-x", run_id=cond.id, item_id=item.id, value='"fail"', failed=True, note=""))
        s.flush()
        cond.status = "signed"  # answered while a draft, then signed (a signed run's answers are frozen)
        assert clean.id
        # faults at C: reported Nov 2 (closed Nov 20), Nov 25 (open), Dec 2 (after the period)
        cat = s.scalars(select(EquipmentCategory)).first()
        eq = Equipment(store_id=c.id, category_id=cat.id, name="冷柜", asset_code="EQ-1", status="in_service",
                       params="[]", notes="")
        s.add(eq)
        s.flush()
        for reported, closed in ((datetime(2026, 11, 2, 3), datetime(2026, 11, 20, 3)),
                                 (datetime(2026, 11, 25, 3), None), (datetime(2026, 12, 2, 3), None)):
            s.add(EquipmentFault(equipment_id=eq.id, symptom="不制冷", reported_at=reported, closed_at=closed,
                                 status="closed" if closed else "reported", severity="normal", diagnosis="",
                                 vendor="", parts="", cause="", close_note=""))
    return {"a": a, "b": b, "c": c, "d": d, "sup": sup, "ops": ops, "tree": tree}


def _by_key(items: list[kpis.Kpi]) -> dict[str, kpis.Kpi]:
    return {k.key: k for k in items}


def test_every_kpi_is_exact(ctx: AppContext, world) -> None:
    k = _by_key(kpis.kpis(ctx, NOV, TODAY))
    assert k["score"].value == Decimal("85.00")  # (90 + 70 + 80 + 100) / 4
    assert k["score"].detail == {"grades": {"A": 2, "B": 1, "fail": 1}, "inspections": 4}
    assert k["score"].previous == Decimal("60.00") and k["score"].delta == Decimal("25.00")
    assert k["score"].delta_percent == Decimal("41.7")
    assert k["critical"].value == 1
    assert k["rectification"].value == Decimal("33.33")  # 1 of 3 (the cancelled one left out) by Nov 30
    assert k["rectification"].detail == {"actions": 3, "verified": 1}
    assert k["overdue"].value == 3  # C's October action, A's due 11-20, and A's verified only on Dec 2
    assert k["repeats"].value == 2
    assert k["coverage"].value == Decimal("50.00") and k["coverage"].detail == {"visited": 2, "stores": 4}
    # Due: two a day up to yesterday (Nov 29) and today's opening one -- B from Nov 21, A, C, D all month.
    assert k["daily"].detail == {"done": 15, "expected": (9 * 2 + 1) + 3 * (29 * 2 + 1)}
    assert k["acceptance"].value == Decimal("33.33") and k["acceptance"].detail == {"signed": 3, "accepted": 1}
    assert k["faults"].value == 1  # the Nov 25 fault (the Nov 2 one closed on Nov 20, Dec 2 after the end)
    assert len(k["score"].trend) == kpis.TREND_POINTS and k["score"].trend[-2:] == (Decimal("60.00"), Decimal("85.00"))


def test_previous_periods_at_month_and_year_boundaries() -> None:
    assert kpis.previous_period(date(2026, 3, 1), date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert kpis.previous_period(date(2026, 1, 1), date(2026, 1, 31)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert kpis.previous_period(date(2026, 1, 1), date(2026, 3, 31)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert kpis.previous_period(date(2026, 1, 1), date(2026, 12, 31)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert kpis.previous_period(date(2024, 3, 1), date(2024, 3, 31)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert kpis.previous_period(date(2026, 11, 30), date(2026, 12, 6)) == (date(2026, 11, 23), date(2026, 11, 29))
    assert kpis.period_bounds("week", date(2026, 12, 3)) == (date(2026, 11, 30), date(2026, 12, 6))
    assert kpis.period_bounds("quarter", date(2026, 11, 15)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert kpis.period_bounds("month", date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))


def test_the_drill_down_adds_up(ctx: AppContext, world) -> None:
    total = kpis.tally(ctx, NOV, TODAY)
    for level in ("region", "area", "store"):
        rows = kpis.breakdown(ctx, NOV, level, TODAY)
        summed = rows[0].tally
        for r in rows[1:]:
            summed = summed.add(r.tally)
        assert (summed.inspections, summed.percent_sum, summed.overdue, summed.visited, summed.daily_done) == (
            total.inspections, total.percent_sum, total.overdue, total.visited, total.daily_done), level
    regions = {r.name: r.tally.score for r in kpis.breakdown(ctx, NOV, "region", TODAY)}
    assert regions == {"East": Decimal("80.00"), "South": Decimal("100.00")}
    east = Scope(NOV.date_from, NOV.date_to, region_id=world["tree"].east.id)
    assert [r.name for r in kpis.breakdown(ctx, east, "area", TODAY)] == ["Hangzhou", "Shanghai"]
    best, worst = kpis.ranking(kpis.breakdown(ctx, NOV, "store", TODAY), 2)
    assert [r.code for r in best] == ["KD", "KA"] and [r.code for r in worst] == ["KC", "KA"]


def test_filters_and_roles(ctx: AppContext, world) -> None:
    franchise = Scope(NOV.date_from, NOV.date_to, store_kind="franchise")
    assert [s.code for s in kpis.scope_stores(ctx, franchise)] == ["KD"]
    mine = Scope(NOV.date_from, NOV.date_to, viewer_id=world["sup"].id)
    assert [s.code for s in kpis.scope_stores(ctx, mine)] == ["KA", "KB"]
    assert _by_key(kpis.kpis(ctx, mine, TODAY, ("score",)))["score"].value == Decimal("80.00")  # 90, 70
    ops = Scope(NOV.date_from, NOV.date_to, viewer_id=world["ops"].id)  # assigned in South: all of South
    assert [s.code for s in kpis.scope_stores(ctx, ops)] == ["KD"]
    assert [s.code for s in kpis.scope_stores(ctx, Scope(NOV.date_from, NOV.date_to, viewer_id=ctx.user_id))] == [
        "KA", "KB", "KC", "KD"]  # head office
    by_sup = Scope(NOV.date_from, NOV.date_to, supervisor_id=world["sup"].id)
    cov, = kpis.supervisor_coverage(ctx, by_sup, TODAY)
    assert (cov.name, cov.stores, cov.visited, cov.rate) == ("督导", 2, 1, Decimal("50.00"))


def test_lists_behind_the_figures(ctx: AppContext, world) -> None:
    assert kpis.overdue_actions(ctx, NOV, TODAY) == [("KA", "甲店", 2), ("KC", "丙店", 1)]
    (day, code, _name, _run_id), = kpis.critical_failures(ctx, NOV)
    assert (day, code) == (date(2026, 11, 17), "KA")


def test_most_failed_items_reads_the_periods_answers(ctx: AppContext, world, all_types) -> None:
    from opsdesk.services import runs

    run = runs.start_run(ctx, world["a"].id, all_types.template_id, "routine", business_date=date(2026, 11, 20))
    item = next(i for i in runs.get_run(ctx, run.id).version.items() if i.answer_type == "pass_fail")
    runs.set_answer(ctx, run.id, item.id, "fail")
    runs.set_note(ctx, run.id, item.id, "x")
    with ctx.tx() as s:
        r = s.get(ChecklistRun, run.id)
        r.status = "completed"
    top, = kpis.most_failed_items(ctx, NOV)
    assert (top.item_key, top.failures, top.runs, top.rate) == (item.key, 1, 1, Decimal("100.00"))
    assert kpis.most_failed_items(ctx, Scope(date(2026, 10, 1), date(2026, 10, 31))) == []
