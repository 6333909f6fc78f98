"""Promotion plans (促销方案) on real SQLite workspaces: the domain's opening promotion expressed, money exact,
the approval chain by role bound to the content hash, a status derived from append-only decisions (the same
whatever order they arrive in: seeded random trials), re-approval after an edit, store clashes, franchisee
acknowledgements, execution checks whose failures become actions, results typed and imported all-or-nothing,
targets against results, and the figures."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from opsdesk.errors import PermissionDeniedError, ValidationError
from opsdesk.services import actions, org, promotions, runs, workspace
from opsdesk.services.context import AppContext
from opsdesk.services.promotions import (
    BudgetInput,
    EventDTO,
    MaterialInput,
    PlanInput,
    ResultInput,
    StoreTarget,
    TierInput,
)

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)

TODAY = date.today()
STROKES = [[(10, 10, 0.0), (60, 50, 0.1), (120, 20, 0.2)]]


@pytest.fixture
def db_template(request, prepared_template) -> dict:  # noqa: ANN001
    """The tests on ``pctx`` copy the prepared workspace (``pctx``'s own ``workspace.prepare`` then has nothing
    to do); the others the empty one."""
    return prepared_template if "pctx" in request.fixturenames else {}


@pytest.fixture
def pctx(ctx: AppContext, tree, admin) -> AppContext:
    workspace.prepare(ctx)
    return ctx


@pytest.fixture
def people(pctx: AppContext, make_user):
    return {"sup": make_user("supervisor", username="sup", name="督导甲"),
            "ops": make_user("ops_manager", username="ops", name="运营乙"),
            "hq": pctx.user_id}


@pytest.fixture
def stores(pctx: AppContext, make_store, make_user, tree, people):
    a = make_store(code="A001", name="直营一号店", supervisor_id=people["sup"].id)  # the proposer's stores
    b = make_store(code="F001", name="加盟一号店", kind="franchise", region_id=tree.gz.id,
                   supervisor_id=people["sup"].id)
    boss = make_user("store_manager", username="fmgr", name="加盟店长", store_ids=(b.id,))
    org.update_store(pctx, b.id, org.StoreInput(code=b.code, name=b.name, region_id=b.region_id, kind="franchise",
                                                opened_on=b.opened_on, manager_id=boss.id,
                                                supervisor_id=people["sup"].id))
    return {"a": a, "b": b, "boss": boss}


def opening_plan(stores, start: date | None = None, days: int = 7, theme: str = "新店开业 盛大酬宾") -> PlanInput:
    """The domain's opening promotion: first 5 customers a day get a gift; 48 元 add-on; 168 元 bundle;
    399 元 package with three gifts; a quota of 50 people."""
    start = start or TODAY
    return PlanInput(
        theme=theme, type_code="opening", starts_on=start, ends_on=start + timedelta(days=days - 1),
        stores=(StoreTarget(stores["a"].id, Decimal("50000.00"), 800, 120),
                StoreTarget(stores["b"].id, Decimal("30000.50"), 500, 80)),
        tiers=(TierInput("每天前 5 名进店顾客", "赠送精美礼品一份", quota_per_store_day=5),
               TierInput("任意消费", "加 48 元换购指定商品", price=Decimal("48")),
               TierInput("购买套装", "168 元超值套装", price=Decimal("168.00")),
               TierInput("购买礼包", "399 元礼包，赠三重好礼", price=Decimal("399"), quota_per_store=50)),
        materials=(MaterialInput("开业 POP 海报", "pop", 4, "张", start - timedelta(days=2)),
                   MaterialInput("门头横幅", "banner", 1, "条", start - timedelta(days=2)),
                   MaterialInput("开业礼品", "gift", 200, "份", start - timedelta(days=1))),
        budget=(BudgetInput("materials", Decimal("1200.10"), "海报与横幅"),
                BudgetInput("gifts", Decimal("6000.20"), "礼品 400 份"),
                BudgetInput("staff", Decimal("800"), "临促", stores["b"].id),
                BudgetInput("media", Decimal("0.10"), "朋友圈")),
        description="开业一周，礼品限量。")


def as_user(ctx: AppContext, user_id: str) -> AppContext:
    ctx.user_id = user_id
    return ctx


def approve_all(ctx: AppContext, pid: str, people) -> promotions.PromotionDTO:  # noqa: ANN001
    p = promotions.get_plan(ctx, pid)
    p = promotions.submit(as_user(ctx, people["sup"].id), pid, p.content_hash, "请审核")
    p = promotions.decide(as_user(ctx, people["ops"].id), pid, "review", True, p.content_hash, "同意")
    p = promotions.decide(as_user(ctx, people["hq"]), pid, "approval", True, p.content_hash, "批准")
    return p


# ---------------------------------------------------------------- the plan


def test_the_domains_opening_promotion_is_expressed_exactly(pctx: AppContext, stores, people, sql) -> None:
    p = promotions.create_plan(pctx, opening_plan(stores))
    assert p.status.status == "draft" and p.type_name == "开业促销" and p.price_promotion
    assert [t.price for t in p.tiers] == [None, Decimal("48.00"), Decimal("168.00"), Decimal("399.00")]
    assert p.tiers[0].quota_per_store_day == 5 and p.tiers[3].quota_per_store == 50
    assert p.budget_total == Decimal("8000.40")  # 1200.10 + 6000.20 + 800 + 0.10: exact, no float drift
    assert p.budget_by_category() == {"materials": Decimal("1200.10"), "gifts": Decimal("6000.20"),
                                      "staff": Decimal("800.00"), "media": Decimal("0.10")}
    assert p.budget_by_store() == {None: Decimal("7200.40"), stores["b"].id: Decimal("800.00")}
    assert p.store(stores["b"].id).target_sales == Decimal("30000.50")
    assert sql("SELECT amount FROM promotion_budget ORDER BY position") == [(120010,), (600020,), (80000,), (10,)]
    assert p.code.startswith("P" + TODAY.strftime("%y%m") + "-")
    assert promotions.find_plan(pctx, p.code.lower()).id == p.id


def test_plan_codes_are_unique_here_and_a_shared_one_is_refused_by_name(pctx: AppContext, stores) -> None:
    from opsdesk.models.promotions import Promotion
    from opsdesk.services.promotions import _new_code

    a = promotions.create_plan(pctx, opening_plan(stores))
    b = promotions.create_plan(pctx, opening_plan(stores, theme="第二个方案"))
    prefix = "P" + a.starts_on.strftime("%y%m") + "-"
    digits = a.id.replace("-", "")
    # an id of the same month whose first four (then five) digits are a's: one more digit until none here has it
    twin = digits[:4] + ("0" if digits[4] != "0" else "1") + digits[5:]
    twin_id = f"{twin[:8]}-{twin[8:12]}-{twin[12:16]}-{twin[16:20]}-{twin[20:]}"
    with pctx.read() as s:
        assert _new_code(s, a.starts_on, twin_id) == prefix + twin[:5].upper()
        assert _new_code(s, a.starts_on, b.id) == b.code  # its own code does not count against it
        assert _new_code(s, a.starts_on + timedelta(days=40), twin_id).endswith("-" + twin[:4].upper())  # another month
    # two laptops gave two plans one code offline (here: b's set to a's, as a sync would bring it)
    with pctx.tx() as s:
        s.get(Promotion, b.id).code = a.code.lower()
    with pytest.raises(ValidationError) as refused:
        promotions.find_plan(pctx, a.code)
    [problem] = refused.value.problems
    assert (problem.field, problem.reason, problem.params["ref"]) == ("ref", "ambiguous", a.code)
    assert {p.split(" ")[0] for p in problem.params["plans"]} == {a.id, b.id}
    assert promotions.find_plan(pctx, b.id).theme == "第二个方案"  # the id still finds each
    assert promotions.find_plan(pctx, a.id).code == a.code


def test_bad_plans_are_refused_whole(pctx: AppContext, stores, snapshot) -> None:
    before = snapshot()
    bad = replace(opening_plan(stores), theme=" ", ends_on=TODAY - timedelta(days=1), type_code="nope",
                  tiers=(TierInput("", "x", price=Decimal("1.234")),),
                  budget=(BudgetInput("gifts", 12.5), BudgetInput("media", Decimal("-1"))),  # type: ignore[arg-type]
                  stores=(StoreTarget(stores["a"].id), StoreTarget(stores["a"].id)), start_time="25:00")
    with pytest.raises(ValidationError) as refused:
        promotions.create_plan(pctx, bad)
    reasons = {(p.field, p.reason) for p in refused.value.problems}
    assert reasons >= {("theme", "required"), ("ends_on", "before_start"), ("type_code", "not_found"),
                       ("tiers.0.condition", "required"), ("tiers.0.price", "too_many_decimals"),
                       ("budget.0.amount", "not_number"), ("budget.1.amount", "negative"),
                       ("stores.1", "duplicate"), ("start_time", "invalid_time")}
    assert snapshot() == before


# ---------------------------------------------------------------- approvals


def test_the_chain_by_role_bound_to_what_was_seen(pctx: AppContext, stores, people) -> None:
    p = promotions.create_plan(as_user(pctx, people["sup"].id), opening_plan(stores))
    seen = p.content_hash
    with pytest.raises(ValidationError) as early:
        promotions.decide(as_user(pctx, people["ops"].id), p.id, "review", True, seen)
    assert early.value.reasons() == {"promotion_id": "wrong_status"}
    p = promotions.submit(as_user(pctx, people["sup"].id), p.id, seen, "请审核")
    assert (p.status.status, p.status.waiting) == ("submitted", "review")
    with pytest.raises(PermissionDeniedError) as who:  # 审核 is an ops manager's (the permission table)
        promotions.decide(as_user(pctx, people["sup"].id), p.id, "review", True, seen)
    assert who.value.params["action"] == "promotion.review" and who.value.params["reason"] == "role"
    with pytest.raises(ValidationError) as why:
        promotions.decide(as_user(pctx, people["ops"].id), p.id, "review", False, seen, " ")
    assert why.value.reasons() == {"comment": "required"}
    # An approval never lands on content that changed after the approver saw it.
    promotions.update_plan(as_user(pctx, people["sup"].id), p.id, replace(opening_plan(stores), theme="改过的主题"))
    with pytest.raises(ValidationError) as stale:
        promotions.decide(as_user(pctx, people["ops"].id), p.id, "review", True, seen)
    assert stale.value.reasons() == {"content_hash": "plan_changed"}
    p = promotions.get_plan(pctx, p.id)
    assert p.status.status == "changed"  # the submission named the old content
    p = promotions.submit(as_user(pctx, people["sup"].id), p.id, p.content_hash, "已按意见修改")
    p = promotions.decide(as_user(pctx, people["ops"].id), p.id, "review", False, p.content_hash, "预算过高")
    assert (p.status.status, p.status.returned_reason) == ("returned", "预算过高")
    p = promotions.submit(as_user(pctx, people["sup"].id), p.id, p.content_hash, "再次提交")
    p = promotions.decide(as_user(pctx, people["ops"].id), p.id, "review", True, p.content_hash, "同意")
    assert (p.status.status, p.status.waiting) == ("reviewed", "approval")
    p = promotions.decide(as_user(pctx, people["hq"]), p.id, "approval", True, p.content_hash, "批准")
    assert p.status.status == "running" and p.status.approved  # its period has begun
    assert [(e.kind, e.level) for e in p.events] == [
        ("submit", "proposal"), ("submit", "proposal"), ("reject", "review"), ("submit", "proposal"),
        ("approve", "review"), ("approve", "approval")]
    # Editing an approved plan needs re-approval.
    p = promotions.update_plan(pctx, p.id, replace(opening_plan(stores), theme="改过的主题", description="加一天"))
    assert p.status.status == "changed" and not p.status.approved


def test_decisions_are_never_changed_in_the_database(pctx: AppContext, stores, people, db_path: Path) -> None:
    from engine_helpers import RawConnection

    p = approve_all(pctx, promotions.create_plan(pctx, opening_plan(stores)).id, people)
    conn = RawConnection(db_path)
    # SQLite's REPLACE is PostgreSQL's upsert onto the same id (the insert trigger, then the update triggers).
    replace = ("INSERT INTO promotion_event SELECT * FROM promotion_event WHERE id = '{}' "
               "ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind" if conn.pg else
               "INSERT OR REPLACE INTO promotion_event SELECT * FROM promotion_event WHERE id = '{}'")
    try:
        for statement in ("UPDATE promotion_event SET kind = 'reject'", "UPDATE promotion_event SET content_hash = 'x'",
                          "DELETE FROM promotion_event", replace.format(p.events[0].id)):
            with pytest.raises(conn.error, match="a decision is never changed"):
                conn.execute(statement)
            conn.rollback()
    finally:
        conn.close()
    assert promotions.get_plan(pctx, p.id).status.status == "running"


def _event(eid: str, kind: str, level: str, h: str, prev: tuple[str, ...], minute: int) -> EventDTO:
    return EventDTO(eid, kind, level, "u", "", datetime(2026, 1, 1, 9, minute), h, "", prev, None)


def test_a_clash_of_offline_decisions_is_for_a_person(pctx: AppContext) -> None:
    s = _event("s", "submit", "proposal", "h", (), 0)
    yes = _event("y", "approve", "review", "h", ("s",), 1)
    no = _event("n", "reject", "review", "h", ("s",), 2)
    status, _ = promotions.derive([s, yes, no], "h", TODAY, TODAY)
    assert (status.status, status.base, status.waiting, set(status.clashing)) == ("clash", "submitted", "review",
                                                                                   {"y", "n"})
    assert not status.approved
    twice = _event("y2", "approve", "review", "h", ("s",), 3)  # two reviewers agreeing is one decision
    assert promotions.derive([s, yes, twice], "h", TODAY, TODAY)[0].status == "reviewed"
    settle = _event("r", "approve", "review", "h", ("y", "n"), 4)  # decided again, naming both
    assert promotions.derive([s, yes, no, settle], "h", TODAY, TODAY)[0].status == "reviewed"
    stale = _event("x", "approve", "approval", "h", ("s",), 5)  # approval before review: no effect
    status, marked = promotions.derive([s, stale], "h", TODAY, TODAY)
    assert status.status == "submitted" and [e.stale for e in marked] == [False, True]


def test_the_status_does_not_depend_on_arrival_order(pctx: AppContext) -> None:
    """Seeded random decision histories: every permutation of their arrival gives the same status."""
    kinds = [("submit", "proposal"), ("approve", "review"), ("reject", "review"), ("approve", "approval"),
             ("reject", "approval"), ("cancel", ""), ("close", "")]
    for seed in range(300):
        rng = random.Random(seed)
        events: list[EventDTO] = []
        for i in range(rng.randint(1, 7)):
            kind, level = rng.choice(kinds)
            heads = [e.id for e in events if not any(e.id in x.prev_ids for x in events)]
            prev = tuple(rng.sample(heads, k=min(len(heads), rng.randint(0, 2)))) if heads else ()
            events.append(_event(f"e{i}", kind, level, rng.choice("hk"), prev, rng.randint(0, 59)))
        expected = promotions.derive(events, "h", TODAY, TODAY)[0]
        for _ in range(4):
            shuffled = events[:]
            rng.shuffle(shuffled)
            got = promotions.derive(shuffled, "h", TODAY, TODAY)[0]
            assert got == expected, f"seed {seed}: {got} != {expected}"


# ---------------------------------------------------------------- stores


def test_approved_promotions_overlapping_at_a_store_clash(pctx: AppContext, stores, people) -> None:
    first = approve_all(pctx, promotions.create_plan(pctx, opening_plan(stores, TODAY, 7)).id, people)
    later = replace(opening_plan(stores, TODAY + timedelta(days=5), 7, "周末会员日"), type_code="member_day",
                    stores=(StoreTarget(stores["b"].id),), budget=())
    second = promotions.create_plan(pctx, later)
    assert promotions.store_clashes(pctx) == []  # not approved yet
    approve_all(pctx, second.id, people)
    clash, = promotions.store_clashes(pctx)
    assert (clash.store_code, clash.first_id, clash.second_id) == ("F001", first.id, second.id)
    assert (clash.overlap_from, clash.overlap_to) == (TODAY + timedelta(days=5), TODAY + timedelta(days=6))


def test_franchise_managers_acknowledge_the_approved_plan(pctx: AppContext, stores, people, make_user) -> None:
    p = promotions.create_plan(pctx, opening_plan(stores))
    boss = stores["boss"]
    with pytest.raises(ValidationError) as early:
        promotions.acknowledge(as_user(pctx, boss.id), p.id, stores["b"].id, p.content_hash, STROKES)
    assert early.value.reasons() == {"promotion_id": "not_approved"}
    p = approve_all(pctx, p.id, people)
    with pytest.raises(PermissionDeniedError) as elsewhere:  # not his store
        promotions.acknowledge(as_user(pctx, boss.id), p.id, stores["a"].id, p.content_hash, STROKES)
    assert elsewhere.value.params["reason"] == "scope"
    direct_manager = make_user("store_manager", username="dmgr", name="直营店长", store_ids=(stores["a"].id,))
    with pytest.raises(ValidationError) as direct:
        promotions.acknowledge(as_user(pctx, direct_manager.id), p.id, stores["a"].id, p.content_hash, STROKES)
    assert direct.value.reasons() == {"store_id": "not_a_franchise"}
    with pytest.raises(PermissionDeniedError) as who:  # a franchisee's signature: a store manager's
        promotions.acknowledge(as_user(pctx, people["sup"].id), p.id, stores["b"].id, p.content_hash, STROKES)
    assert who.value.params["reason"] == "role"
    assert [a.event_id for a in promotions.acknowledgements(pctx, p.id)] == [None]
    p = promotions.acknowledge(as_user(pctx, boss.id), p.id, stores["b"].id, p.content_hash, STROKES, "已阅，将按方案执行")
    ack, = promotions.acknowledgements(pctx, p.id)
    assert (ack.store_code, ack.user_name) == ("F001", "加盟店长")
    sig = promotions.ack_signature(pctx, ack.event_id)
    assert sig["content_hash"] == p.content_hash and sig["strokes"] and sig["signer_name"] == "加盟店长"
    assert p.status.status == "running"  # an acknowledgement is no decision on the plan
    # The plan changes and is approved again: the acknowledgement was of the old content.
    with pytest.raises(PermissionDeniedError) as not_his:  # a store manager does not edit head office's plan
        promotions.update_plan(pctx, p.id, replace(opening_plan(stores), description="改期"))
    assert not_his.value.params["action"] == "promotion.draft"
    p = promotions.update_plan(as_user(pctx, people["hq"]), p.id, replace(opening_plan(stores), description="改期"))
    approve_all(pctx, p.id, people)
    assert [a.event_id for a in promotions.acknowledgements(pctx, p.id)] == [None]


# ---------------------------------------------------------------- execution checks


def _answer_check(ctx: AppContext, run_id: str, fail: set[str], jpeg) -> None:  # noqa: ANN001
    detail = runs.get_run(ctx, run_id)
    for it in detail.version.items():
        if it.answer_type == "pass_fail":
            runs.set_answer(ctx, run_id, it.id, "fail" if it.key in fail else "pass")
            if it.key in fail:
                runs.set_note(ctx, run_id, it.id, "海报未上墙")
                runs.add_photo(ctx, run_id, it.id, jpeg())
        elif it.answer_type == "photo":
            runs.add_photo(ctx, run_id, it.id, jpeg())
        elif it.answer_type == "number":
            runs.set_answer(ctx, run_id, it.id, str(it.min_value or 10), allow_out_of_range=True)
        elif it.answer_type == "text":
            runs.set_answer(ctx, run_id, it.id, "顾客反映礼品不错")
        elif it.answer_type in ("single_choice", "multi_choice", "rating"):
            runs.set_answer(ctx, run_id, it.id, runs.example_answer(it) if hasattr(runs, "example_answer") else "1")
    runs.complete(ctx, run_id)


def test_an_execution_check_runs_in_the_period_and_its_failures_become_actions(
        pctx: AppContext, stores, people, jpeg) -> None:
    from sign_helpers import sign_as

    p = promotions.create_plan(pctx, opening_plan(stores))
    with pytest.raises(ValidationError) as unapproved:
        promotions.start_check(pctx, p.id, stores["a"].id)
    assert unapproved.value.reasons() == {"promotion_id": "not_approved"}
    p = approve_all(pctx, p.id, people)
    with pytest.raises(ValidationError) as outside:
        promotions.start_check(pctx, p.id, stores["a"].id, today=TODAY + timedelta(days=30))
    assert outside.value.reasons() == {"promotion_id": "outside_period"}
    run = promotions.start_check(as_user(pctx, people["sup"].id), p.id, stores["a"].id)
    assert run.template_kind == "promotion_check"
    first = next(it for it in runs.get_run(pctx, run.id).version.items() if it.answer_type == "pass_fail")
    _answer_check(pctx, run.id, {first.key}, jpeg)
    sign_as(pctx, run.id, "supervisor", STROKES)
    sign_as(pctx, run.id, "store_manager", STROKES)
    made = actions.query_actions(pctx, actions.ActionQuery(store_id=stores["a"].id))
    assert len(made) == 1 and made[0].due_on <= p.ends_on
    assert [r.id for r in promotions.checks_of(pctx, p.id)] == [run.id]
    assert stores["a"].id in promotions.latest_check_scores(pctx, p.id)


# ---------------------------------------------------------------- results


def test_results_typed_and_against_targets(pctx: AppContext, stores, people) -> None:
    p = approve_all(pctx, promotions.create_plan(pctx, opening_plan(stores)).id, people)
    promotions.set_results(pctx, p.id, stores["a"].id, ResultInput(Decimal("55000.00"), 820, 100, None, 35,
                                                                     Decimal("4100.5"), "开业首周"))
    promotions.set_results(pctx, p.id, stores["b"].id, ResultInput(Decimal("24000.40"), 450, 90))
    rows, regions, total = promotions.results_table(pctx, p.id)
    a = next(r for r in rows if r.code == "A001")
    assert a.measures[0].variance == Decimal("5000.00") and a.measures[0].percent == Decimal("110.00")
    assert a.budget_planned == Decimal("3600.20")  # half of the shared 7200.40
    assert total.measures[0].target == Decimal("80000.50") and total.measures[0].actual == Decimal("79000.40")
    assert total.measures[0].percent == Decimal("98.75")  # from the sums, not an average of percentages
    # Until every store has reported, a sum compares the actual with the reporting stores' targets only.
    promotions.set_results(pctx, p.id, stores["b"].id, ResultInput())
    _rows, _regions, part = promotions.results_table(pctx, p.id)
    assert part.measures[0].target == Decimal("80000.50") and part.measures[0].actual == Decimal("55000.00")
    assert part.measures[0].variance == Decimal("5000.00") and part.measures[0].percent == Decimal("110.00")
    assert total.budget_planned == Decimal("8000.40")
    assert {r.name for r in regions} == {"Shanghai", "Guangzhou"}
    with pytest.raises(ValidationError) as bad:
        promotions.set_results(pctx, p.id, stores["a"].id, ResultInput(sales="1,2,3x", transactions="-1"))  # type: ignore[arg-type]
    assert bad.value.reasons() == {"sales": "not_number", "transactions": "negative"}


def test_results_import_checks_every_row_first(pctx: AppContext, stores, people, tmp_path: Path) -> None:
    from openpyxl import Workbook

    p = approve_all(pctx, promotions.create_plan(pctx, opening_plan(stores)).id, people)
    bad = tmp_path / "till.csv"
    bad.write_text("门店编码,销售额,交易笔数,赠品发放\nA001,52000.5,810,30\nF001,abc,400,20\nX999,1,1,1\n", "utf-8-sig")
    mapping = promotions.guess_mapping(pctx, promotions.read_results_file(bad).headers)
    assert mapping == {"store": "门店编码", "sales": "销售额", "transactions": "交易笔数", "gifts_given": "赠品发放"}
    with pytest.raises(ValidationError) as refused:
        promotions.import_results(pctx, p.id, bad, mapping)
    assert {(x.field, x.reason) for x in refused.value.problems} == {("row.3.sales", "not_number"),
                                                                     ("row.4.store", "not_found")}
    assert all(s.actual_sales is None for s in promotions.get_plan(pctx, p.id).stores)  # nothing imported
    wb = Workbook()
    ws = wb.active
    ws.append(["店号", "金额", "单数"])
    ws.append(["a001", 52000.5, 810])
    ws.append(["F001", 24000, 450])
    good = tmp_path / "till.xlsx"
    wb.save(good)
    report = promotions.import_results(pctx, p.id, good, {"store": "店号", "sales": "金额", "transactions": "单数"})
    assert report.stores == 2
    got = promotions.get_plan(pctx, p.id)
    assert got.store(stores["a"].id).actual_sales == Decimal("52000.50")
    assert got.store(stores["b"].id).actual_transactions == 450
    # The mapping is remembered for the next file with these headers.
    assert promotions.guess_mapping(pctx, ("店号", "金额", "单数")) == {"store": "店号", "sales": "金额",
                                                                  "transactions": "单数"}


def test_figures_for_the_dashboard(pctx: AppContext, stores, people) -> None:
    p = approve_all(pctx, promotions.create_plan(pctx, opening_plan(stores)).id, people)
    promotions.set_results(pctx, p.id, stores["a"].id, ResultInput(Decimal("55000"), budget_spent=Decimal("4000")))
    promotions.acknowledge(as_user(pctx, stores["boss"].id), p.id, stores["b"].id, p.content_hash, STROKES)
    f = promotions.figures(pctx, TODAY - timedelta(days=30), TODAY)
    assert (f.plans, f.target_sales, f.actual_sales) == (1, Decimal("80000.50"), Decimal("55000.00"))
    assert f.budget_planned == Decimal("8000.40") and f.budget_spent == Decimal("4000.00")
    assert (f.ack_due, f.ack_done, f.ack_rate) == (1, 1, Decimal("100.00"))
    only_a = promotions.figures(pctx, TODAY - timedelta(days=30), TODAY, store_ids=[stores["a"].id])
    assert only_a.target_sales == Decimal("50000.00") and only_a.ack_due == 0
    counts = promotions.status_counts(pctx)
    assert counts["running"] == 1 and sum(counts.values()) == 1


def test_a_supervisor_sees_the_plans_of_their_stores(pctx: AppContext, stores, people, make_user) -> None:
    p = promotions.create_plan(pctx, opening_plan(stores))
    other = make_user("supervisor", username="sup2", name="督导乙", store_ids=(stores["a"].id,))
    nobody = make_user("supervisor", username="sup3", name="督导丙")
    assert [x.id for x in promotions.list_plans(pctx, promotions.PromotionQuery(visible_to=other.id))] == [p.id]
    assert promotions.list_plans(pctx, promotions.PromotionQuery(visible_to=nobody.id)) == []
    assert [x.id for x in promotions.list_plans(pctx, promotions.PromotionQuery(status="draft"))] == [p.id]
