"""Promotion plans by sync: a plan goes to every workspace holding one of its target stores (and only its
stores' rows); two reviewers deciding offline on two laptops, one approving and one rejecting, clash -- on
both workspaces alike, the plan unapproved -- until someone decides again; a decision is never changed by a
package (set aside as a conflict)."""

from __future__ import annotations

from datetime import date, timedelta

from test_sync import exchange, pair  # noqa: F401 - pair: the fixture of two fresh workspaces

from opsdesk.permissions import as_system
from opsdesk.services import org, promotions, sync
from opsdesk.services.context import AppContext
from opsdesk.services.promotions import PlanInput, StoreTarget

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)

TODAY = date.today()


def _people(ctx: AppContext) -> dict[str, str]:
    made = {}
    for role, username in (("supervisor", "sup"), ("ops_manager", "ops1"), ("ops_manager", "ops2"),
                           ("head_office", "hq")):
        made[username] = org.create_user(as_system(ctx), org.UserInput(  # the people: setup, as system work
            username=username, name=username, role=role)).id
    return made


def _as(ctx: AppContext, user_id: str) -> AppContext:
    ctx.user_id = user_id
    return ctx


def test_offline_review_clash_is_kept_for_a_person_on_both_sides(tmp_path, pair) -> None:  # noqa: ANN001, F811
    hq, laptop = pair
    region = org.save_region(hq, "华东", "EAST")
    store = org.create_store(hq, org.StoreInput(code="S001", name="一号店", region_id=region.id,
                                                opened_on=date(2024, 1, 1)))
    who = _people(hq)
    p = promotions.create_plan(_as(hq, who["sup"]), PlanInput("国庆大促", "holiday", TODAY, TODAY + timedelta(days=6),
                                                              stores=(StoreTarget(store.id),)))
    p = promotions.submit(hq, p.id, p.content_hash, "请审核")
    exchange(hq, laptop, tmp_path)
    # Offline: one reviewer approves at head office, the other rejects on the laptop.
    promotions.decide(_as(hq, who["ops1"]), p.id, "review", True, p.content_hash, "同意")
    promotions.decide(_as(laptop, who["ops2"]), p.id, "review", False, p.content_hash, "赠品预算超标")
    exchange(hq, laptop, tmp_path)
    exchange(laptop, hq, tmp_path)
    for ctx in (hq, laptop):
        got = promotions.get_plan(ctx, p.id)
        assert (got.status.status, got.status.waiting) == ("clash", "review"), ctx.db.path
        assert len(got.status.clashing) == 2 and not got.status.approved
        # Approval cannot go on while the reviewers disagree.
    try:
        promotions.decide(_as(hq, who["hq"]), p.id, "approval", True, p.content_hash)
        raise AssertionError("approved through a clash")
    except promotions.ValidationError as exc:
        assert exc.reasons() == {"promotion_id": "wrong_status"}
    # A reviewer decides again, naming both: settled everywhere.
    settled = promotions.decide(_as(laptop, who["ops1"]), p.id, "review", True, p.content_hash, "核实后同意")
    assert settled.status.status == "reviewed"
    exchange(laptop, hq, tmp_path)
    assert promotions.get_plan(hq, p.id).status.status == "reviewed"
    approved = promotions.decide(_as(hq, who["hq"]), p.id, "approval", True, p.content_hash, "批准")
    exchange(hq, laptop, tmp_path)
    assert promotions.get_plan(laptop, p.id).status == approved.status


def test_a_plan_goes_where_its_stores_go(tmp_path, pair) -> None:  # noqa: ANN001, F811
    hq, laptop = pair
    east = org.save_region(hq, "华东", "EAST")
    south = org.save_region(hq, "华南", "SOUTH")
    e1 = org.create_store(hq, org.StoreInput(code="E001", name="东一", region_id=east.id, opened_on=date(2024, 1, 1)))
    s1 = org.create_store(hq, org.StoreInput(code="S001", name="南一", region_id=south.id, opened_on=date(2024, 1, 1)))
    exchange(hq, laptop, tmp_path)
    sync.set_receive_regions(laptop, [east.id])
    exchange(laptop, hq, tmp_path)  # head office learns what the laptop asks for
    both = promotions.create_plan(hq, PlanInput("全国会员日", "member_day", TODAY, TODAY,
                                                stores=(StoreTarget(e1.id), StoreTarget(s1.id))))
    south_only = promotions.create_plan(hq, PlanInput("华南清仓", "clearance", TODAY, TODAY,
                                                      stores=(StoreTarget(s1.id),)))
    exchange(hq, laptop, tmp_path)
    plans = {p.id: p for p in promotions.list_plans(laptop)}
    assert set(plans) == {both.id}  # the south-only plan stays away
    assert [s.store_code for s in plans[both.id].stores] == ["E001"]  # only the laptop's stores' rows


def test_a_package_never_changes_a_decision(tmp_path, pair) -> None:  # noqa: ANN001, F811
    import sqlite3

    hq, laptop = pair
    region = org.save_region(hq, "华东", "EAST")
    store = org.create_store(hq, org.StoreInput(code="S001", name="一号店", region_id=region.id,
                                                opened_on=date(2024, 1, 1)))
    who = _people(hq)
    p = promotions.create_plan(_as(hq, who["sup"]), PlanInput("店庆", "holiday", TODAY, TODAY,
                                                              stores=(StoreTarget(store.id),)))
    p = promotions.submit(hq, p.id, p.content_hash)
    exchange(hq, laptop, tmp_path)
    event_id = p.events[0].id
    # The laptop's file is edited behind OpsDesk's back (the trigger dropped), then its change log is sent:
    conn = sqlite3.connect(laptop.db.path)
    conn.execute("DROP TRIGGER promotion_event_update")
    conn.commit()
    conn.close()
    with laptop.tx() as s:
        from opsdesk.models import PromotionEvent

        s.get(PromotionEvent, event_id).comment = "被篡改"
    result = exchange(laptop, hq, tmp_path)
    assert result.conflicts == 1
    got = promotions.get_plan(hq, p.id)
    assert got.events[0].comment == "" and got.status.status == "submitted"
    conflict, = sync.conflicts(hq)
    assert (conflict.table, conflict.field, conflict.reason, conflict.other_value) == (
        "promotion_event", "comment", "frozen", "被篡改")
    assert "店庆" in conflict.record
