"""The demo's promotion plans (促销方案), built through the services on the demo workspace: a closed opening
promotion with results against its targets, a running holiday promotion across a region with franchisee
acknowledgements done and missing and two signed execution checks (one failure became a corrective action),
an approved plan clashing with it at one store, one plan waiting for 审批 and one rejected and submitted
again -- every step taken by a user of the right role, and the dashboard's figures over the demo's month."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from opsdesk.demo_promotions import OPENING, REJECT_REASON, STOCK_FAILURE
from opsdesk.ids import utcnow
from opsdesk.services import actions, org, promotions, runs
from opsdesk.services.context import AppContext
from opsdesk.services.promotions import PromotionDTO


@pytest.fixture
def db_template():
    # Built once per session, copied for each test: 18 stores (two an area), a month of history. With this seed
    # the current supervisor's area has a direct and a franchise store, and its region three franchise stores.
    return {"stores": 18, "seed": 11, "months": 1, "daily_days": 0}


@pytest.fixture
def plans(ctx: AppContext) -> dict[str, PromotionDTO]:
    """The demo's plans by the part they play, told apart by status and type."""
    found = [promotions.get_plan(ctx, p.id) for p in promotions.list_plans(ctx)]
    by = {p.status.status: p for p in found}
    assert sorted(by) == ["approved", "closed", "reviewed", "running", "submitted"] and len(found) == 5
    return {"finished": by["closed"], "running": by["running"], "clash": by["approved"], "waiting": by["reviewed"],
            "returned": by["submitted"]}


def _role(ctx: AppContext, user_id: str | None) -> str:
    return org.get_user(ctx, user_id).role if user_id else ""


def test_five_plans_at_their_stages_each_step_by_its_role(ctx: AppContext, plans) -> None:
    today = date.today()
    finished, running, clash, waiting, returned = (plans[k] for k in
                                                   ("finished", "running", "clash", "waiting", "returned"))
    assert (finished.type_code, running.type_code, returned.type_code) == ("opening", "holiday", "clearance")
    assert (finished.starts_on, finished.ends_on) == (today + timedelta(days=OPENING[0]),
                                                      today + timedelta(days=OPENING[1]))
    assert running.starts_on < today < running.ends_on and clash.starts_on > today
    assert (waiting.status.waiting, returned.status.waiting) == ("approval", "review")
    trail = {k: [(e.kind, e.level, _role(ctx, e.user_id)) for e in p.events if e.kind != "acknowledge"]
             for k, p in plans.items()}
    chain = [("submit", "proposal", "supervisor"), ("approve", "review", "ops_manager"),
             ("approve", "approval", "head_office")]
    assert trail["finished"] == [*chain, ("close", "", "ops_manager")]
    assert trail["running"] == trail["clash"] == chain
    assert trail["waiting"] == chain[:2]
    assert trail["returned"] == [("submit", "proposal", "supervisor"), ("reject", "review", "ops_manager"),
                                 ("submit", "proposal", "supervisor")]
    reject = next(e for e in returned.events if e.kind == "reject")
    assert reject.comment == REJECT_REASON and not any(e.stale for e in returned.events)
    # Edited after the rejection: the second submission names other content than the first.
    first, second = (e for e in returned.events if e.kind == "submit")
    assert first.content_hash != second.content_hash == returned.content_hash
    # The decisions carry the days they were taken, in order, before the promotions they decided ran.
    for p in plans.values():
        times = [e.at for e in p.events]
        assert times == sorted(times) and all(t < utcnow() for t in times)
    assert max(e.at for e in finished.events if e.kind == "approve") < datetime.combine(finished.starts_on,
                                                                                          datetime.min.time())
    # Every plan includes stores of the supervisor the demo opens as, who therefore sees all five.
    assert len(promotions.list_plans(ctx, promotions.PromotionQuery(visible_to=ctx.user_id))) == 5


def test_the_finished_opening_promotion_is_the_domains_with_results_against_targets(ctx: AppContext, plans) -> None:
    p = plans["finished"]
    assert [t.price for t in p.tiers] == [None, Decimal("48.00"), Decimal("168.00"), Decimal("399.00")]
    assert p.tiers[0].quota_per_store_day == 5 and p.tiers[3].quota_per_store == 50
    assert {m.kind for m in p.materials} >= {"pop", "banner", "gift"}
    assert set(p.budget_by_category()) == {"materials", "gifts", "staff", "media"}
    assert p.budget_total == sum((b.amount for b in p.budget), Decimal("0.00")) and p.budget_total > 0
    assert p.custom_measure and all(st.target_sales and st.target_custom == 50 for st in p.stores)
    stores, regions, total = promotions.results_table(ctx, p.id)
    assert len(stores) == len(p.stores) >= 2 and regions
    sales = [r.measures[0] for r in stores]
    assert all(v.actual is not None for v in sales)  # results entered for every store
    assert any(v.percent > 100 for v in sales) and any(v.percent < 100 for v in sales)  # some above, some below
    t = total.measures[0]
    assert t.target == sum(v.target for v in sales) and t.actual == sum(v.actual for v in sales)
    assert t.percent == (100 * t.actual / t.target).quantize(Decimal("0.01"))
    assert total.budget_spent is not None and total.budget_planned == p.budget_total
    # One signed execution check, at one store; and the review's lessons name the totals.
    checked = [r for r in stores if r.check_percent is not None]
    assert len(checked) == 1 and [c.status for c in promotions.checks_of(ctx, p.id)] == ["signed"]
    assert p.lessons.startswith(f"1. 活动七天销售额合计达成 {t.percent}%")
    # Every franchise store acknowledged the plan it ran.
    assert all(a.event_id for a in promotions.acknowledgements(ctx, p.id))


def test_the_running_promotion_acknowledgements_done_and_missing(ctx: AppContext, plans) -> None:
    p = plans["running"]
    assert {st.store_kind for st in p.stores} == {"direct", "franchise"}
    assert len({st.region_id for st in p.stores}) > 1  # a region's stores, across its areas
    acks = promotions.acknowledgements(ctx, p.id)
    done, missing = [a for a in acks if a.event_id], [a for a in acks if not a.event_id]
    assert done and missing and len(acks) == len([st for st in p.stores if st.store_kind == "franchise"])
    for a in done:  # signed by the store's own manager, bound to the plan as it is
        sig = promotions.ack_signature(ctx, a.event_id)
        assert sig["content_hash"] == p.content_hash and sig["strokes"] and sig["signer_name"] == a.user_name
        store = org.get_store(ctx, a.store_id)
        assert org.get_user(ctx, a.user_id).role == "store_manager" and a.user_id == store.manager_id
    assert all(st.actual_sales is None and not st.has_results for st in p.stores)  # no results yet


def test_the_running_promotion_checks_and_the_failure_made_an_action(ctx: AppContext, plans) -> None:
    p = plans["running"]
    checks = promotions.checks_of(ctx, p.id)
    assert len(checks) == 2 and {c.status for c in checks} == {"signed"} and len({c.store_id for c in checks}) == 2
    today = date.today()
    assert all(p.starts_on <= c.business_date < today for c in checks)
    failed = [c for c in checks if c.percent < 100]
    assert len(failed) == 1
    run = runs.get_run(ctx, failed[0].id)
    fails = [a for a in run.answers.values() if a.failed]
    assert len(fails) == 1 and fails[0].note == STOCK_FAILURE and fails[0].photos  # noted, with a photo
    made = [a for a in actions.query_actions(ctx, actions.ActionQuery(store_id=failed[0].store_id))
            if a.source_run_id == failed[0].id]
    assert len(made) == 1 and made[0].status == "open" and made[0].due_on <= p.ends_on
    assert made[0].item_keys == ("featured_stock_sufficient",) and STOCK_FAILURE in made[0].description
    assert all(c.run_type == "execution" and c.template_code == "promotion_check" for c in checks)
    scores = promotions.latest_check_scores(ctx, p.id)
    assert set(scores) == {c.store_id for c in checks}


def test_the_approved_member_day_clashes_with_the_running_promotion_at_one_store(ctx: AppContext, plans) -> None:
    running, member_day = plans["running"], plans["clash"]
    clash, = promotions.store_clashes(ctx)
    assert {clash.first_id, clash.second_id} == {running.id, member_day.id}
    assert clash.store_id == member_day.stores[0].store_id and clash.store_id in {s.store_id for s in running.stores}
    assert (clash.overlap_from, clash.overlap_to) == (member_day.starts_on, member_day.ends_on)
    assert promotions.store_clashes(ctx, plans["finished"].id) == []


def test_figures_over_the_demos_month(ctx: AppContext, plans) -> None:
    today = date.today()
    f = promotions.figures(ctx, today - timedelta(days=30), today)
    assert f.plans == 2  # the finished and the running one (the member day starts later)
    finished = plans["finished"]
    assert f.actual_sales == sum(st.actual_sales for st in finished.stores)
    assert f.target_sales > f.actual_sales and 0 < f.sales_percent < 100  # the running one has no results yet
    assert f.budget_spent == sum(st.budget_spent for st in finished.stores) and f.budget_percent > 0
    assert f.checks == 3 and 0 < f.check_average < 100
    assert 0 < f.ack_done < f.ack_due and 0 < f.ack_rate < 100
    # The finished one alone, over its own period: every franchise store acknowledged, results complete.
    own = promotions.figures(ctx, finished.starts_on, finished.ends_on)
    assert own.plans == 1 and own.checks == 1 and own.sales_percent == promotions.results_table(
        ctx, finished.id)[2].measures[0].percent
    assert own.ack_rate == (Decimal("100.00") if own.ack_due else None)
    assert {k: v for k, v in promotions.status_counts(ctx).items() if v} == {
        "closed": 1, "running": 1, "approved": 1, "reviewed": 1, "submitted": 1}


def test_promotion_list_prints_the_demos_plans(db, plans) -> None:
    path = Path(db.path)
    db.close()
    listed = subprocess.run([sys.executable, "-m", "opsdesk.cli", "promotion", "list", "--db", str(path)],
                            check=False, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    rows = {line.split("\t")[0]: line.split("\t") for line in listed.stdout.splitlines()[1:]}
    assert {code: row[5] for code, row in rows.items()} == {p.code: p.status.status for p in plans.values()}
    assert rows[plans["running"].code][1] == plans["running"].theme
    checked = subprocess.run([sys.executable, "-m", "opsdesk.cli", "db", "check", "--db", str(path)],
                             check=False, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _content(ctx: AppContext) -> list[tuple]:
    """The demo's plans as the seed made them (ids and hashes apart: those are new on every build)."""
    out = []
    for p in sorted(promotions.list_plans(ctx), key=lambda p: p.theme):
        p = promotions.get_plan(ctx, p.id)
        out.append((p.theme, p.type_code, p.starts_on, p.ends_on, p.status.status, p.description, p.lessons,
                    tuple((s.store_code, s.target_sales, s.target_transactions, s.target_new_members, s.actual_sales,
                           s.budget_spent) for s in p.stores),
                    tuple((t.condition, t.reward, t.price) for t in p.tiers), p.budget_total,
                    tuple((e.kind, e.level, e.user_name, e.at, e.comment) for e in p.events if e.kind != "acknowledge"),
                    tuple(sorted((a.store_code, a.user_name) for a in promotions.acknowledgements(ctx, p.id))),
                    tuple(sorted((c.store_code, c.business_date, c.percent) for c in promotions.checks_of(ctx, p.id)))))
    return out


def test_the_same_seed_gives_the_same_promotions(ctx: AppContext, plans, tmp_path: Path, db_template) -> None:
    from opsdesk.db import Database
    from opsdesk.demo import build_demo

    again = Database.open(tmp_path / "again.sqlite")
    try:
        build_demo(AppContext(again), **db_template)
        assert _content(AppContext(again)) == _content(ctx)
    finally:
        again.close()
