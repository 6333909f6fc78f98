"""The demo's openings (新店筹备): three new stores in preparation -- one at risk, one ready to open, one just
started (late on its franchise contract) -- built through the services on the demo workspace, so the rules
hold: the ready one opens without an override, the at-risk one is refused with its missing gates."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from opsdesk.demo_openings import MOVE_REASON
from opsdesk.errors import GatesNotPassedError
from opsdesk.services import (
    acceptance,
    actions,
    equipment,
    openings,
    org,
    runs,
    signatures,
)
from opsdesk.services.context import AppContext
from opsdesk.services.workspace import CURRENT_USER_KEY


@pytest.fixture
def db_template():
    # Built once per session, copied for each test: 9 stores, a month of history (the openings come with it).
    return {"stores": 9, "seed": 5, "months": 1, "daily_days": 0}


@pytest.fixture
def demo(ctx: AppContext) -> dict[str, openings.ProjectDTO]:
    """The three projects by stage, told apart by what the demo made of them (kind, day zero)."""
    ctx.user_id = ctx.db.get_meta(CURRENT_USER_KEY)
    projects = openings.list_projects(ctx)
    assert len(projects) == 3 and {p.status for p in projects} == {"active"}
    by_days = sorted(projects, key=lambda p: p.target_date)
    return {"ready": by_days[0], "at_risk": by_days[1], "started": by_days[2]}


def test_three_stores_in_preparation_at_their_stages(ctx: AppContext, demo) -> None:
    today = date.today()
    health = {h.project_id: h for h in openings.project_health(ctx, today)}
    ready, risky, started = (health[demo[k].id] for k in ("ready", "at_risk", "started"))
    assert (ready.status, ready.days_to_opening, ready.gates_passed, ready.gates_total) == ("on_track", 3, 4, 4)
    assert ready.milestones_done == ready.milestones_total - 1  # all but opening day
    assert not demo["ready"].milestone("opening_day").done
    assert (risky.status, risky.days_to_opening, risky.gates_passed, risky.late) == ("at_risk", 12, 2, ())
    assert set(risky.at_risk) == {"equipment_acceptance", "staff_training"}
    assert (started.status, started.late, started.milestones_done) == ("late", ("franchise_contract",), 1)
    assert 70 <= started.days_to_opening <= 90
    assert openings.health_counts(ctx, today) == {"on_track": 1, "at_risk": 1, "late": 1}
    for p in demo.values():  # new stores of the demo's regions, each with its manager and supervisor
        store = org.get_store(ctx, p.store_id)
        assert store.status == "preparing" and store.opened_on is None and p.owner_name and p.notes


def test_the_at_risk_project_moved_once_and_its_fitout_gates_passed_with_measured_values(
        ctx: AppContext, demo) -> None:
    p = openings.get_project(ctx, demo["at_risk"].id)
    moves = [e for e in p.events if e.kind == "date_moved"]
    assert len(moves) == 1 and moves[0].note == MOVE_REASON and moves[0].to_date == p.target_date
    assert moves[0].from_date < moves[0].to_date
    assert openings.slip_days(ctx)[p.id] == (moves[0].to_date - moves[0].from_date).days
    gate = p.milestone("equipment_acceptance")  # moved to a fixed date within the week, not passed
    assert not gate.done and gate.fixed_date == gate.due_on and gate.due_on - date.today() <= timedelta(days=7)
    assert gate.note
    for key in ("interior_acceptance", "exterior_acceptance"):
        m = p.milestone(key)
        assert m.done and m.run_id
        assert runs.get_summary(ctx, m.run_id).status == "signed"
        assert signatures.missing_roles(ctx, m.run_id) == []
        measured = {x.key: x.value for x in acceptance.measurements(ctx, m.run_id)}
        assert measured["room_length"] == Decimal("6.2") and measured["main_meter_capacity"] == Decimal(18)
    # The exterior acceptance was conditional: its failed item is a corrective action due before day zero.
    made = actions.query_actions(ctx, actions.ActionQuery(source_run_id=p.milestone("exterior_acceptance").run_id))
    assert [a.item_keys for a in made] == [("standing_sign",)]
    assert made[0].due_on < p.target_date and made[0].status == "open"
    # The equipment is in the store (entered), none accepted yet; two of three trained.
    assert p.milestone("equipment_enters").done
    items = equipment.query_equipment(ctx, equipment.EquipmentQuery(store_id=p.store_id))
    assert len(items) == 5 and {i.status for i in items} == {"installed"}
    assert set(openings.gate_missing(ctx, gate.id)) == {i.id for i in items}
    trained = openings.gate_missing(ctx, p.milestone("staff_training").id)
    signed = [e for e in p.events if e.kind == "training_signed"]
    assert len(trained) == 1 and len(signed) == 2


def test_the_ready_store_opens_without_override_the_at_risk_one_is_refused(ctx: AppContext, demo, sql) -> None:
    ready = openings.get_project(ctx, demo["ready"].id)
    assert ready.gates_open == ()
    eq_gate = ready.milestone("equipment_acceptance")
    assert eq_gate.done  # passed by the last signed equipment acceptance
    items = equipment.query_equipment(ctx, equipment.EquipmentQuery(store_id=ready.store_id))
    assert items and {i.status for i in items} == {"accepted"}
    last = [i for i in items if i.acceptance_run_id]  # the item whose signed acceptance passed the gate
    assert len(last) == 1 and runs.get_summary(ctx, last[0].acceptance_run_id).status == "signed"
    assert any(e.kind == "gate_passed" and e.milestone_id == eq_gate.id
               for e in openings.get_project(ctx, ready.id).events)
    with pytest.raises(GatesNotPassedError) as refused:
        openings.open_store(ctx, demo["at_risk"].id)
    assert set(refused.value.params["gates"]) == {"equipment_acceptance", "staff_training"}
    assert org.get_store(ctx, demo["at_risk"].store_id).status == "preparing"
    from dataclasses import replace

    # as the project's owner (the region's ops manager; the ready store is not the demo supervisor's): no override
    opened = openings.open_store(replace(ctx, user_id=ready.owner_id), ready.id)
    assert opened.status == "opened" and opened.override_reason == ""
    assert org.get_store(ctx, ready.store_id).status == "open"


def test_the_franchise_store_just_started_its_franchisee_is_reminded(ctx: AppContext, demo) -> None:
    p = openings.get_project(ctx, demo["started"].id)
    assert p.store_kind == "franchise" and p.plan_id == openings.get_plan(ctx, "franchise").id
    manager = org.get_store(ctx, p.store_id).manager_id
    assert p.franchisee_id == manager  # the franchisee is the store manager
    due = openings.reminders(ctx, p.franchisee_id)
    # Late on the contract; the lease, the franchisee's next step, is due within the reminder's three days.
    assert [(r.milestone.key, r.days_left) for r in due] == [("franchise_contract", -2), ("lease_signed", 3)]
    assert [m.key for m in p.milestones if m.done] == ["site_confirmed"]
    # The demo's current user (a supervisor) is reminded of the at-risk equipment acceptance.
    mine = {(r.store_code, r.milestone.key) for r in openings.reminders(ctx, ctx.user_id)}
    assert (demo["at_risk"].store_code, "equipment_acceptance") in mine


def test_opening_list_on_the_demo_prints_the_three(db, demo) -> None:
    path = Path(db.path)
    db.close()
    listed = subprocess.run([sys.executable, "-m", "opsdesk.cli", "opening", "list", "--db", str(path)],
                            check=False, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()[1:]]
    assert [r[0] for r in rows] == [demo[k].store_code for k in ("ready", "at_risk", "started")]
    assert all(r[3] == "active" for r in rows)
    checked = subprocess.run([sys.executable, "-m", "opsdesk.cli", "db", "check", "--db", str(path)],
                             check=False, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
