"""New-store openings (新店筹备): the built-in plan, projects and their countdown, date moves, dependencies,
gates passed only by a signed passed acceptance (failed items become actions due before day zero), the
derived gates (equipment, training), 验收合格方可营业 with the head-office override, the figures, plan JSON
and the CLI -- on real SQLite workspaces."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from opsdesk.errors import GatesNotPassedError, NotFoundError, PermissionDeniedError, ValidationError
from opsdesk.services import actions, openings, org, runs, signatures, templates, workspace
from opsdesk.services.context import AppContext

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)
# The [pg] twins (tests/core/conftest.py PG_TWINS): dates and their moves, the plan's order, writes that must be all
# or nothing, gates read from signed acceptances, what each store and role sees, the command line's listing. The
# plan file's parser and the milestones' rules (dependencies, reopening, editing, franchise owners) are the same
# code on both: SQLite alone.
PG_TWINS = (
    "test_the_builtin_plan_is_installed_once_with_its_sequence",
    "test_create_instantiates_the_plan_from_day_zero",
    "test_create_is_refused_with_every_problem_and_writes_nothing",
    "test_moving_the_date_moves_undone_relative_milestones_only",
    "test_a_gate_passes_only_by_a_signed_passed_acceptance",
    "test_the_store_opens_without_override_once_every_gate_passed",
    "test_health_and_slip",
    "test_cli_list_and_show",
    "test_equipment_waits_for_the_fitout_gates_and_its_acceptance_passes_the_equipment_gate",
    "test_milestones_are_done_by_their_owners_and_seen_by_their_stores",
    "test_a_new_shipped_plan_reaches_an_existing_workspace",
)

STROKES = [[(10, 10, 0.0), (60, 50, 0.1), (120, 20, 0.2)]]
TODAY = date.today()


@pytest.fixture
def db_template(request, prepared_template) -> dict:  # noqa: ANN001
    """The tests on ``octx`` copy the prepared workspace (``octx``'s own ``workspace.prepare`` then has nothing
    to do); the others the empty one."""
    return prepared_template if "octx" in request.fixturenames else {}


@pytest.fixture
def octx(ctx: AppContext, tree, admin) -> AppContext:
    """A workspace with the shipped content, acting as a head-office user."""
    workspace.prepare(ctx)
    return ctx


@pytest.fixture
def people(octx: AppContext, make_user):
    sup = make_user("supervisor", username="sup", name="督导甲")
    ops = make_user("ops_manager", username="ops", name="运营乙")
    return {"sup": sup, "ops": ops}


@pytest.fixture
def store(octx: AppContext, make_store, make_user, people):
    st = make_store(status="preparing", opened_on=None, code="N001", name="新店一号")
    manager = make_user("store_manager", username="mgr", name="店长丙", store_ids=(st.id,))
    org.update_store(octx, st.id, org.StoreInput(code=st.code, name=st.name, region_id=st.region_id,
                                                  status="preparing", manager_id=manager.id,
                                                  supervisor_id=people["sup"].id))  # sup signs for the store
    staff = make_user("staff", username="clerk", name="店员丁", store_ids=(st.id,))
    return {"store": st, "manager": manager, "staff": staff}


def _project(octx: AppContext, store, people, target: date | None = None) -> openings.ProjectDTO:
    return openings.create_project(octx, store["store"].id, target or TODAY + timedelta(days=40),
                                   owner_id=people["ops"].id, notes="首店")


def _photo(ctx: AppContext, name: str) -> Path:
    path = ctx.db.attachments_dir.parent / f"{name}.jpg"  # beside the workspace (or its files, on a server)
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (64, 48), "blue").save(path, "JPEG")
    return path


def _answer_all(ctx: AppContext, run_id: str, fail: tuple[str, ...] = (), numbers: dict[str, str] | None = None) -> None:
    numbers = numbers or {}
    for it in runs.get_run(ctx, run_id).version.items():
        if it.answer_type == "pass_fail":
            runs.set_answer(ctx, run_id, it.id, "fail" if it.key in fail else "pass")
            if it.key in fail:
                runs.set_note(ctx, run_id, it.id, "整改")
                runs.add_photo(ctx, run_id, it.id, _photo(ctx, it.key))
        elif it.answer_type == "number":
            value = numbers.get(it.key, str(it.min_value if it.min_value is not None else 0))
            runs.set_answer(ctx, run_id, it.id, value, allow_out_of_range=True)
        elif it.answer_type == "photo":
            runs.add_photo(ctx, run_id, it.id, _photo(ctx, it.key))
        else:
            raise AssertionError(f"unexpected item type {it.answer_type}")
    runs.complete(ctx, run_id)


def _sign_all(ctx: AppContext, run_id: str, store, people) -> None:
    signatures.sign_run(ctx, run_id, "supervisor", "", STROKES, signer_id=people["sup"].id)
    signatures.sign_run(ctx, run_id, "store_manager", "", STROKES, signer_id=store["manager"].id)
    signatures.sign_run(ctx, run_id, "contractor", "王施工", STROKES)


def _done(ctx: AppContext, project_id: str, *keys: str) -> None:
    for key in keys:
        openings.complete_milestone(ctx, openings.get_project(ctx, project_id).milestone(key).id)


def _pass_gate(ctx: AppContext, project_id: str, key: str, store, people, **answers) -> str:
    m = openings.get_project(ctx, project_id).milestone(key)
    run = openings.start_gate_acceptance(ctx, m.id)
    _answer_all(ctx, run.id, **answers)
    _sign_all(ctx, run.id, store, people)
    return run.id


# ---------------------------------------------------------------- plan


def test_the_builtin_plan_is_installed_once_with_its_sequence(octx: AppContext, sql) -> None:
    assert openings.install_builtin_plans(octx) == 0  # prepare() did it
    workspace.prepare(octx)
    assert sql("SELECT code FROM opening_plan ORDER BY code") == [("franchise",), ("standard",)]
    plan = openings.get_plan(octx, "standard")
    keys = [m.key for m in plan.milestones]
    assert keys == ["site_confirmed", "lease_signed", "fitout_started", "interior_acceptance", "exterior_acceptance",
                    "equipment_enters", "equipment_acceptance", "staff_training", "opening_plan_approved",
                    "promotion_ready", "opening_day"]
    by_key = {m.key: m for m in plan.milestones}
    assert {k for k, m in by_key.items() if m.gate} == {"interior_acceptance", "exterior_acceptance",
                                                         "equipment_acceptance", "staff_training"}
    assert set(by_key["equipment_enters"].after) == {"interior_acceptance", "exterior_acceptance"}
    assert by_key["opening_day"].offset_days == 0 and all(m.offset_days <= 0 for m in plan.milestones)
    assert by_key["interior_acceptance"].template_code == "new_store_fitout"


def test_plan_json_round_trip_and_import(octx: AppContext, tmp_path: Path) -> None:
    text = openings.export_plan(octx, "standard")
    spec = openings.parse_plan(json.loads(text))
    assert spec == openings.get_plan(octx, "standard").spec
    data = json.loads(text)
    data["code"], data["site_kind"] = "mall", "mall"
    data["milestones"] = data["milestones"][:3]
    path = tmp_path / "mall.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    made = openings.import_plan(octx, openings.load_plan_file(path))
    assert (made.code, made.site_kind, len(made.milestones)) == ("mall", "mall", 3)
    assert openings.parse_plan(json.loads(openings.export_plan(octx, "mall"))) == made.spec


def test_a_bad_plan_is_refused_field_by_field(octx: AppContext, tmp_path: Path) -> None:
    data = json.loads(openings.export_plan(octx, "standard"))
    data["site_kind"] = "airport"
    data["milestones"][1]["offset_days"] = "soon"
    data["milestones"][2]["owner_role"] = "janitor"
    data["milestones"][3]["after"] = ["opening_day"]  # a later milestone: a cycle would be possible
    data["milestones"].append({**data["milestones"][0], "after": []})  # its key again
    data["milestones"][5]["colour"] = "red"
    with pytest.raises(openings.PlanFormatError) as refused:
        openings.parse_plan(data)
    got = {(p.code, p.path) for p in refused.value.details}
    assert got == {("not_one_of", "site_kind"), ("not_whole_number", "milestones[1].offset_days"),
                   ("not_one_of", "milestones[2].owner_role"), ("unknown_after", "milestones[3].after"),
                   ("duplicate", "milestones[11].key"), ("unknown_field", "milestones[5].colour")}
    assert "milestones[1] (key 'lease_signed').offset_days: offset_days must be a whole number" in str(refused.value)
    assert refused.value.first.endswith("(and 5 more problems)")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(openings.PlanFormatError) as broken:
        openings.load_plan_file(bad)
    assert broken.value.details[0].code == "not_json"


# ---------------------------------------------------------------- projects


def test_create_instantiates_the_plan_from_day_zero(octx: AppContext, store, people, sql) -> None:
    target = date(2027, 5, 1)
    p = _project(octx, store, people, target)
    assert (p.status, p.store_code, p.owner_name, p.target_date) == ("active", "N001", "运营乙", target)
    assert len(p.milestones) == 11
    assert p.milestone("site_confirmed").due_on == target - timedelta(days=90)
    assert p.milestone("opening_day").due_on == target
    assert [e.kind for e in p.events] == ["created"]
    assert sql("SELECT count(*) FROM opening_milestone WHERE project_id = ?", p.id)[0][0] == 11


def test_create_is_refused_with_every_problem_and_writes_nothing(octx: AppContext, store, people, make_store,
                                                                   count) -> None:
    _project(octx, store, people)
    before = count("opening_project")
    with pytest.raises(ValidationError) as refused:
        openings.create_project(octx, store["store"].id, TODAY, owner_id=store["staff"].id,
                                franchisee_id=store["manager"].id, plan_code="nope")
    assert {(p.field, p.reason) for p in refused.value.problems} == {
        ("store_id", "has_active_project"), ("owner_id", "wrong_role"), ("franchisee_id", "not_a_franchise"),
        ("plan_code", "not_found")}
    open_store = make_store(status="open")
    with pytest.raises(ValidationError) as refused:
        openings.create_project(octx, open_store.id, TODAY)
    assert refused.value.reasons() == {"store_id": "not_being_opened"}
    assert count("opening_project") == before


def test_moving_the_date_moves_undone_relative_milestones_only(octx: AppContext, store, people) -> None:
    target = date(2027, 5, 1)
    p = _project(octx, store, people, target)
    _done(octx, p.id, "site_confirmed")
    fixed = openings.fix_milestone_date(octx, p.milestone("lease_signed").id, date(2027, 2, 20))
    assert fixed.due_on == date(2027, 2, 20)
    with pytest.raises(ValidationError) as refused:
        openings.move_target(octx, p.id, date(2027, 5, 11), "  ")
    assert refused.value.reasons() == {"reason": "required"}
    moved = openings.move_target(octx, p.id, date(2027, 5, 11), "房东延期交房")
    assert moved.target_date == date(2027, 5, 11)
    assert moved.milestone("site_confirmed").due_on == target - timedelta(days=90)  # done: stays
    assert moved.milestone("lease_signed").due_on == date(2027, 2, 20)  # fixed: stays
    assert moved.milestone("fitout_started").due_on == date(2027, 5, 11) - timedelta(days=60)
    assert moved.milestone("opening_day").due_on == date(2027, 5, 11)
    event = moved.events[-1]
    assert (event.kind, event.from_date, event.to_date, event.note, event.user_name) == (
        "date_moved", target, date(2027, 5, 11), "房东延期交房", "Admin")
    openings.move_target(octx, p.id, date(2027, 5, 8), "提前")
    assert openings.slip_days(octx) == {p.id: 7}


def test_dependencies_and_reopening(octx: AppContext, store, people) -> None:
    p = _project(octx, store, people)
    with pytest.raises(ValidationError) as refused:
        openings.complete_milestone(octx, p.milestone("lease_signed").id)
    assert [(x.field, x.reason, x.params) for x in refused.value.problems] == [
        ("after", "not_done", {"keys": ["site_confirmed"], "titles": ["选址确认"], "titles_en": ["Site confirmed"]})]
    _done(octx, p.id, "site_confirmed", "lease_signed")
    with pytest.raises(ValidationError) as gate:
        openings.complete_milestone(octx, p.milestone("interior_acceptance").id)
    assert gate.value.reasons() == {"milestone_id": "is_gate"}
    with pytest.raises(ValidationError) as early:
        openings.start_gate_acceptance(octx, p.milestone("interior_acceptance").id)
    assert early.value.reasons() == {"after": "not_done"}
    again = openings.reopen_milestone(octx, p.milestone("lease_signed").id, "合同作废")
    assert not again.done and again.done_by is None
    kinds = [e.kind for e in openings.get_project(octx, p.id).events]
    assert kinds == ["created", "milestone_done", "milestone_done", "milestone_reopened"]


# ---------------------------------------------------------------- gates


def test_a_gate_passes_only_by_a_signed_passed_acceptance(octx: AppContext, store, people, sql) -> None:
    p = _project(octx, store, people, TODAY + timedelta(days=2))
    _done(octx, p.id, "site_confirmed", "lease_signed", "fitout_started")
    gate = p.milestone("interior_acceptance")
    run = openings.start_gate_acceptance(octx, gate.id)
    assert sql("SELECT milestone_id FROM checklist_run WHERE id = ?", run.id) == [(gate.id,)]
    _answer_all(octx, run.id, fail=("floor_clean",), numbers={"room_length": "5.2"})
    assert signatures.run_required_roles(octx, run.id) == ("supervisor", "store_manager", "contractor")
    signatures.sign_run(octx, run.id, "supervisor", "", STROKES, signer_id=people["sup"].id)
    signatures.sign_run(octx, run.id, "store_manager", "", STROKES, signer_id=store["manager"].id)
    assert not openings.get_project(octx, p.id).milestone("interior_acceptance").done  # two of three signed
    assert openings.settle_gate(octx, run.id) is None
    signatures.sign_run(octx, run.id, "contractor", "王施工", STROKES)
    passed = openings.get_project(octx, p.id)
    m = passed.milestone("interior_acceptance")
    assert m.done and m.run_id == run.id
    assert passed.events[-1].kind == "gate_passed" and passed.events[-1].note == "conditional"
    made = actions.query_actions(octx, actions.ActionQuery(source_run_id=run.id))
    assert sorted(a.item_keys for a in made) == [("floor_clean",), ("room_length",)]
    assert all(a.due_on <= p.target_date - timedelta(days=1) for a in made)  # before day zero
    assert openings.settle_gate(octx, run.id) == "conditional"  # idempotent: no second set of actions
    assert len(actions.query_actions(octx, actions.ActionQuery(source_run_id=run.id))) == 2
    with pytest.raises(ValidationError) as done:
        openings.start_gate_acceptance(octx, m.id)
    assert done.value.reasons() == {"milestone_id": "already_done"}


def test_a_failed_acceptance_does_not_pass_the_gate_but_raises_actions(octx: AppContext, store, people) -> None:
    p = _project(octx, store, people, TODAY + timedelta(days=30))
    _done(octx, p.id, "site_confirmed", "lease_signed", "fitout_started")
    run_id = _pass_gate(octx, p.id, "exterior_acceptance", store, people, fail=("power_connections_safe",))
    assert runs.get_summary(octx, run_id).status == "signed"
    assert not openings.get_project(octx, p.id).milestone("exterior_acceptance").done
    made = actions.query_actions(octx, actions.ActionQuery(source_run_id=run_id))
    assert [a.item_keys for a in made] == [("power_connections_safe",)]
    assert made[0].due_on < p.target_date
    # A new acceptance can pass it.
    again = _pass_gate(octx, p.id, "exterior_acceptance", store, people)
    assert openings.get_project(octx, p.id).milestone("exterior_acceptance").run_id == again


def test_the_equipment_and_training_gates(octx: AppContext, store, people, make_user) -> None:
    from opsdesk.services import equipment

    p = _project(octx, store, people)
    eq_gate, training = p.milestone("equipment_acceptance"), p.milestone("staff_training")
    assert openings.gate_missing(octx, eq_gate.id) == ["no_equipment"]
    cat = equipment.list_categories(octx)[0]
    item = equipment.create_equipment(octx, equipment.EquipmentInput(store_id=store["store"].id, category_id=cat.id,
                                                                    name="空调"))
    assert openings.gate_missing(octx, eq_gate.id) == [item.id]
    with pytest.raises(ValidationError) as refused:
        openings.check_gate(octx, eq_gate.id)
    assert refused.value.reasons() == {"after": "not_done", "milestone_id": "gate_not_met"}

    assert set(openings.gate_missing(octx, training.id)) == {store["manager"].id, store["staff"].id}
    other = make_user("staff", username="elsewhere")
    with pytest.raises(ValidationError) as stranger:
        openings.sign_off_training(octx, training.id, other.id)
    assert stranger.value.reasons() == {"user_id": "not_store_staff"}
    assert openings.sign_off_training(octx, training.id, store["staff"].id, "收银、产品介绍合格") is False
    with pytest.raises(ValidationError) as twice:
        openings.sign_off_training(octx, training.id, store["staff"].id)
    assert twice.value.reasons() == {"user_id": "already_signed"}
    assert openings.sign_off_training(octx, training.id, store["manager"].id) is True
    after = openings.get_project(octx, p.id)
    assert after.milestone("staff_training").done
    signed = [e for e in after.events if e.kind == "training_signed"]
    assert {e.user_id for e in signed} == {store["manager"].id, store["staff"].id}


# ---------------------------------------------------------------- 验收合格方可营业


def test_the_store_cannot_open_before_its_gates_pass(octx: AppContext, store, people, make_user, sql) -> None:
    p = _project(octx, store, people)
    st = store["store"]
    org.update_store(octx, st.id, org.StoreInput(code=st.code, name=st.name, region_id=st.region_id,
                                                  status="preparing", opened_on=p.target_date,
                                                  manager_id=store["manager"].id))
    with pytest.raises(GatesNotPassedError) as refused:
        org.set_store_status(octx, st.id, "open")
    assert refused.value.params["gates"] == ["interior_acceptance", "exterior_acceptance", "equipment_acceptance",
                                             "staff_training"]
    assert "Interior fit-out acceptance" in str(refused.value)
    with pytest.raises(GatesNotPassedError):
        openings.open_store(octx, p.id)
    assert org.get_store(octx, st.id).status == "preparing"

    octx.user_id = people["ops"].id  # not head office: no override
    with pytest.raises(PermissionDeniedError) as not_hq:  # opening.override_gate: head office only
        openings.open_store(octx, p.id, "赶档期")
    assert not_hq.value.params == {"action": "opening.override_gate", "role": "ops_manager", "store": st.id,
                                   "reason": "role"}
    octx.user_id = sql("SELECT id FROM \"user\" WHERE username = 'admin'")[0][0]
    with pytest.raises(ValidationError) as blank:
        openings.open_store(octx, p.id, "   ")
    assert blank.value.reasons() == {"override_reason": "required"}
    assert org.get_store(octx, st.id).status == "preparing"

    opened = openings.open_store(octx, p.id, "总部批准：设备验收次日补签", today=date(2027, 1, 5))
    assert (opened.status, opened.opened_on, opened.override_reason) == ("opened", date(2027, 1, 5),
                                                                         "总部批准：设备验收次日补签")
    assert [e.kind for e in opened.events][-3:] == ["override", "milestone_done", "opened"]
    assert "staff_training" in opened.events[-3].note
    assert org.get_store(octx, st.id).status == "open"
    audit = sql("SELECT after FROM audit_entry WHERE table_name = 'opening_project' AND row_id = ? "
                "AND after LIKE '%总部批准%'", p.id)
    assert audit, "the override reason is in the audit trail"


def test_the_store_opens_without_override_once_every_gate_passed(octx: AppContext, store, people) -> None:
    from opsdesk.services import equipment

    p = _project(octx, store, people)
    _done(octx, p.id, "site_confirmed", "lease_signed", "fitout_started")
    _pass_gate(octx, p.id, "interior_acceptance", store, people)
    _pass_gate(octx, p.id, "exterior_acceptance", store, people)
    _done(octx, p.id, "equipment_enters")
    cat = equipment.list_categories(octx)[0]
    item = equipment.create_equipment(octx, equipment.EquipmentInput(store_id=store["store"].id, category_id=cat.id,
                                                                    name="空调"))
    equipment.set_status(octx, item.id, "delivered")
    equipment.set_status(octx, item.id, "installed")
    with octx.tx() as s:  # the acceptance result as the equipment area sets it (tested there)
        from opsdesk.models import Equipment
        equipment.move_in(s, s.get(Equipment, item.id), "accepted", octx.user_id, "acceptance")
    assert openings.check_gate(octx, p.milestone("equipment_acceptance").id)
    for person in (store["staff"], store["manager"]):
        openings.sign_off_training(octx, p.milestone("staff_training").id, person.id)
    assert openings.get_project(octx, p.id).gates_open == ()
    opened = openings.open_store(octx, p.id)
    assert opened.status == "opened" and opened.override_reason == ""
    assert "override" not in [e.kind for e in opened.events]
    assert org.get_store(octx, store["store"].id).status == "open"


# ---------------------------------------------------------------- figures


def test_health_and_slip(octx: AppContext, store, people, make_store) -> None:
    today = date(2027, 3, 1)
    late = _project(octx, store, people, date(2027, 5, 1))  # site confirmation was due 2027-01-31
    other = make_store(status="planned", opened_on=None)
    risky = openings.create_project(octx, other.id, today + timedelta(days=33))  # fit-out gates due in 3 and 5 days
    for key in ("site_confirmed", "lease_signed", "fitout_started"):
        openings.complete_milestone(octx, openings.get_project(octx, risky.id).milestone(key).id)
    third = make_store(status="planned", opened_on=None)
    fine = openings.create_project(octx, third.id, today + timedelta(days=120))
    health = {h.project_id: h for h in openings.project_health(octx, today)}
    h = health[late.id]
    assert (h.status, h.days_to_opening, h.gates_passed, h.gates_total) == ("late", 61, 0, 4)
    assert h.late == ("site_confirmed", "lease_signed")
    r = health[risky.id]
    assert (r.status, r.at_risk, r.milestones_done, r.percent_done) == ("at_risk", ("interior_acceptance", "exterior_acceptance"),
                                                                       3, 27)
    assert health[fine.id].status == "on_track"
    assert openings.health_counts(octx, today) == {"on_track": 1, "at_risk": 1, "late": 1}
    openings.move_target(octx, fine.id, today + timedelta(days=130), "装修延期")
    assert openings.slip_days(octx) == {late.id: 0, risky.id: 0, fine.id: 10}
    listed = openings.list_projects(octx, openings.ProjectQuery(store_id=other.id))
    assert [x.id for x in listed] == [risky.id]
    with pytest.raises(ValidationError):
        openings.list_projects(octx, openings.ProjectQuery(status="bogus"))
    with pytest.raises(NotFoundError):
        openings.find_project(octx, "NOPE")


# ---------------------------------------------------------------- CLI


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "opsdesk.cli", *args, "--db", str(db_path)],
                          check=False, capture_output=True, text=True, timeout=120)


def test_cli_list_and_show(octx: AppContext, store, people, db_path: Path) -> None:
    p = _project(octx, store, people, date(2027, 5, 1))
    _done(octx, p.id, "site_confirmed")
    octx.db.close()
    listed = _cli(db_path, "opening", "list", "--status", "active")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["store", "name", "target_date"]
    assert lines[1].split("\t")[:4] == ["N001", "新店一号", "2027-05-01", "active"]
    shown = _cli(db_path, "opening", "show", "n001")
    assert shown.returncode == 0, shown.stderr
    assert "2027-01-31\tdone\tsite_confirmed" in shown.stdout
    assert "2027-04-01\tgate\tinterior_acceptance" in shown.stdout
    for args, text in ((("opening", "show", "X999"), "no opening project with code X999"),
                       (("opening", "list", "--status", "bogus"), "status"),
                       (("opening", "list", "--store", "X999"), "X999")):
        bad = _cli(db_path, *args)
        assert bad.returncode == 2
        assert bad.stderr.count("\n") == 1 and bad.stderr.startswith("error: ") and text in bad.stderr
        assert "Traceback" not in bad.stderr


def test_equipment_waits_for_the_fitout_gates_and_its_acceptance_passes_the_equipment_gate(
        octx: AppContext, store, people) -> None:
    """装修好后，方可设备入场: with a project, the equipment area reads the fit-out gates; a signed equipment
    acceptance that accepts the store's last item passes the equipment gate by itself."""
    from test_acceptance_item import answer_all

    from opsdesk.services import acceptance, equipment

    p = _project(octx, store, people)
    cat = equipment.list_categories(octx)[0]
    item = equipment.create_equipment(octx, equipment.EquipmentInput(
        store_id=store["store"].id, category_id=cat.id, name="空调", installed_on=TODAY))
    assert equipment.get_equipment(octx, item.id).status == "installed"
    fitout = runs.start_run(octx, store["store"].id, templates.template_by_code(octx, "new_store_fitout").id,
                            "routine")  # a fit-out run outside the plan does not open the way
    _answer_all(octx, fitout.id)
    assert acceptance.fitout_passed(octx, store["store"].id) is False
    with pytest.raises(ValidationError) as refused:
        acceptance.start_acceptance(octx, item.id)
    assert refused.value.reasons() == {"store_id": "fitout_not_accepted"}

    _done(octx, p.id, "site_confirmed", "lease_signed", "fitout_started")
    _pass_gate(octx, p.id, "interior_acceptance", store, people)
    _pass_gate(octx, p.id, "exterior_acceptance", store, people)
    _done(octx, p.id, "equipment_enters")
    assert acceptance.fitout_passed(octx, store["store"].id) is True
    run = acceptance.start_acceptance(octx, item.id)
    answer_all(octx, run.id)
    signatures.sign_run(octx, run.id, "supervisor", "", STROKES, signer_id=people["sup"].id)
    signatures.sign_run(octx, run.id, "store_manager", "", STROKES, signer_id=store["manager"].id)
    assert not openings.get_project(octx, p.id).milestone("equipment_acceptance").done
    signatures.sign_run(octx, run.id, "supplier", "李供应", STROKES)
    assert equipment.get_equipment(octx, item.id).status == "accepted"
    assert openings.get_project(octx, p.id).milestone("equipment_acceptance").done


# ---------------------------------------------------------------- people, edits, reminders


def _as(ctx: AppContext, user) -> AppContext:  # noqa: ANN001
    ctx.user_id = user.id
    return ctx


def test_milestones_are_done_by_their_owners_and_seen_by_their_stores(octx: AppContext, store, people,
                                                                       make_store, make_user) -> None:
    p = _project(octx, store, people)
    owners = openings.owner_ids(octx, p.id)
    mgr, ops, sup = store["manager"], people["ops"], people["sup"]
    assert owners[p.milestone("equipment_enters").id] == (mgr.id,)  # store_manager: the store's manager
    assert owners[p.milestone("lease_signed").id] == (ops.id,)  # head_office: answered for by the owner
    assert owners[p.milestone("interior_acceptance").id] == (sup.id,)  # supervisor: the store's supervisor
    assert owners[p.milestone("site_confirmed").id] == (ops.id,)  # ops_manager: answered for by the owner
    assert openings.owner_names(octx, p.id)[p.milestone("equipment_enters").id] == "店长丙"
    admin_id = octx.user_id
    _done(octx, p.id, "site_confirmed", "lease_signed", "fitout_started")
    clerk = store["staff"]
    ms = openings.get_project(octx, p.id).milestone("opening_plan_approved")
    assert not openings.can_complete(octx, ms.id, clerk.id)
    with pytest.raises(PermissionDeniedError) as refused:  # staff: not in the table for milestones at all
        openings.complete_milestone(_as(octx, clerk), ms.id)
    assert refused.value.params["reason"] == "role"
    assert not openings.can_complete(octx, ms.id, sup.id)
    with pytest.raises(ValidationError) as refused:  # the store's supervisor, but not this milestone's owner
        openings.complete_milestone(_as(octx, sup), ms.id)
    assert refused.value.reasons() == {"milestone_id": "not_owner"}
    assert openings.get_project(octx, p.id).milestone("opening_plan_approved").done_at is None
    octx.user_id = admin_id
    _done(octx, p.id, "opening_plan_approved")
    done = openings.complete_milestone(_as(octx, mgr), p.milestone("promotion_ready").id, "物料到店")
    assert done.done and done.done_by == mgr.id
    # Who sees the project: the store's people and all-seeing roles; not another store's manager.
    other = make_store(status="preparing", opened_on=None, code="N009", name="别家新店")
    stranger = make_user("store_manager", username="mgr9", name="店长九", store_ids=(other.id,))
    octx.user_id = admin_id
    seen = {u: [x.id for x in openings.list_projects(octx, openings.ProjectQuery(visible_to=u.id))]
            for u in (mgr, clerk, stranger, ops)}
    assert seen == {mgr: [p.id], clerk: [p.id], stranger: [], ops: [p.id]}


def test_edit_cancel_and_note(octx: AppContext, store, people) -> None:
    p = _project(octx, store, people)
    with pytest.raises(ValidationError) as bad:
        openings.update_project(octx, p.id, owner_id=store["staff"].id, franchisee_id=store["manager"].id)
    assert bad.value.reasons() == {"owner_id": "wrong_role", "franchisee_id": "not_a_franchise"}
    assert openings.get_project(octx, p.id).owner_id == people["ops"].id
    edited = openings.update_project(octx, p.id, owner_id=people["sup"].id, notes="  改由督导负责 ")
    assert (edited.owner_id, edited.notes, edited.franchisee_id) == (people["sup"].id, "改由督导负责", None)
    m = openings.set_milestone_note(octx, p.milestone("site_confirmed").id, "商场三楼 A 区")
    assert openings.get_project(octx, p.id).milestone("site_confirmed").note == m.note == "商场三楼 A 区"
    with pytest.raises(ValidationError):
        openings.set_milestone_note(octx, m.id, "长" * (openings.NOTE_MAX + 1))
    with pytest.raises(ValidationError) as why:
        openings.cancel_project(octx, p.id, "  ")
    assert why.value.reasons() == {"reason": "required"}
    gone = openings.cancel_project(octx, p.id, "商场项目取消")
    assert gone.status == "cancelled" and gone.events[-1].kind == "cancelled" and gone.events[-1].note == "商场项目取消"
    with pytest.raises(ValidationError):
        openings.complete_milestone(octx, p.milestone("site_confirmed").id)
    again = openings.create_project(octx, store["store"].id, TODAY + timedelta(days=100))  # a new start is allowed
    assert again.status == "active" and again.plan_id == openings.get_plan(octx, "standard").id


def test_a_franchise_store_gets_the_franchise_plan_and_its_franchisee_owns_steps(
        octx: AppContext, make_store, make_user, people) -> None:
    st = make_store(status="planned", opened_on=None, code="F001", name="加盟新店", kind="franchise")
    franchisee = make_user("store_manager", username="fr", name="加盟商戊", store_ids=(st.id,))
    p = openings.create_project(octx, st.id, TODAY + timedelta(days=2), owner_id=people["ops"].id,
                                franchisee_id=franchisee.id)
    assert p.plan_id == openings.get_plan(octx, "franchise").id
    assert p.milestone("franchise_contract").owner_role == "franchisee"
    owners = openings.owner_ids(octx, p.id)
    assert owners[p.milestone("franchise_contract").id] == (franchisee.id,)
    due = openings.reminders(octx, franchisee.id, TODAY)
    # Day zero in two days: every undone milestone the franchisee owns is late or due within three days.
    assert {r.milestone.key for r in due} == {m.key for m in p.milestones
                                             if franchisee.id in owners[m.id]}
    assert due == sorted(due, key=lambda r: (r.milestone.due_on, r.store_code, r.milestone.position))
    late = next(r for r in due if r.milestone.key == "franchise_contract")
    assert late.days_left == -78 and late.store_code == "F001"
    assert openings.reminders(octx, people["sup"].id, TODAY) == []  # owns nothing here
    admin_id, octx.user_id = octx.user_id, franchisee.id
    with pytest.raises(ValidationError) as not_his:
        openings.complete_milestone(octx, p.milestone("site_confirmed").id)  # the owner's (ops manager's) step
    assert not_his.value.reasons() == {"milestone_id": "not_owner"}
    octx.user_id = admin_id
    openings.complete_milestone(octx, p.milestone("site_confirmed").id)
    octx.user_id = franchisee.id
    signed = openings.complete_milestone(octx, p.milestone("franchise_contract").id, "合同编号 JM-2027-001")
    assert signed.done and signed.done_by == franchisee.id
    assert "franchise_contract" not in {r.milestone.key for r in openings.reminders(octx, franchisee.id, TODAY)}


def test_a_new_shipped_plan_reaches_an_existing_workspace(ctx: AppContext, sql, tmp_path: Path) -> None:
    """A workspace made when only the standard plan shipped gets the franchise plan at its next start."""
    (tmp_path / "standard.json").write_bytes((openings.PLAN_DIR / "standard.json").read_bytes())
    assert openings.install_builtin_plans(ctx, tmp_path) == 1
    assert openings.install_builtin_plans(ctx, tmp_path) == 0
    assert openings.install_builtin_plans(ctx) == 1  # the franchise plan, shipped later
    assert sql("SELECT code FROM opening_plan ORDER BY code") == [("franchise",), ("standard",)]
    assert openings.install_builtin_plans(ctx) == 0
