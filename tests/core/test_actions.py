"""Corrective actions (整改): proposals from a completed inspection, hand-made actions, the lifecycle
(every allowed and refused transition), verification rights, photos of the fix, repeat findings,
follow-up inspections (回头看) end to end, 整改率, reminders, the register's filters and counts,
bulk changes and the CSV export."""

from __future__ import annotations

import csv
import io
import time
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from engine_helpers import all_types_data, item_ids

from opsdesk.errors import NotAnImageError, NotFoundError, PermissionDeniedError, StaleEditError, ValidationError
from opsdesk.ids import utcnow
from opsdesk.models import CorrectiveAction
from opsdesk.models.actions import ACTION_STATUSES
from opsdesk.services import actions, followups, org, runs, templates
from opsdesk.services.actions import ActionInput, ActionQuery, TransitionError
from opsdesk.services.context import AppContext
from opsdesk.templates_io import parse_template

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)
# The [pg] twins (tests/core/conftest.py PG_TWINS): what reaches the database's differences (local days and due
# dates, sums and rates, filters, sorting and paging, grouping, repeats found by query, all-or-nothing writes,
# stale edits, refusals that must leave the database unchanged). The lifecycle's rules (the transition matrix,
# who may verify, reasons and notes, closed actions, photos, the CSV file) are the same code on both: SQLite alone.
PG_TWINS = (
    "test_proposals_one_per_failed_item_with_the_items_default_action",
    "test_merge_keeps_the_most_urgent_priority_the_earliest_due_date_and_every_item",
    "test_create_from_proposals_is_all_or_nothing",
    "test_proposal_due_date_counts_from_the_local_completion_day",
    "test_create_action_by_hand_for_a_store_and_from_a_visit",
    "test_create_action_refusals_store_nothing",
    "test_a_full_history_records_who_and_when",
    "test_a_stale_transition_is_refused",
    "test_update_action_refuses_bad_input_and_changes_nothing",
    "test_a_second_and_third_failure_of_an_open_item_are_repeats",
    "test_other_store_other_item_or_other_template_is_not_a_repeat",
    "test_follow_up_end_to_end",
    "test_closure_rate_arithmetic",
    "test_closure_rate_judges_on_time_by_the_local_verification_day",
    "test_reminders_list_the_users_actions_due_within_three_days_or_overdue",
    "test_query_filters_agree_with_count_and_status_counts",
    "test_query_sorts_and_pages",
    "test_bulk_reassign_and_due_change_only_open_actions_in_one_transaction",
    "test_source_runs_are_the_inspections_actions_came_from_grouped",
)

D0 = date(2024, 3, 4)

# A passing answer for every item of the template (ph, the photo item, is answered N/A).
PASSING = {"pf": "pass", "yn": "yes", "rt": 4, "num": 5, "ch": 0, "mc": [0, 1], "tx": "ok", "dt": "2024-03-04"}

# How to bring a fresh (open) action to each status; the acting user is head office.
PATH = {
    "open": (),
    "in_progress": ("in_progress",),
    "submitted": ("submitted",),
    "verified": ("submitted", "verified"),
    "reopened": ("submitted", "reopened"),
    "cancelled": ("cancelled",),
}


# ---------------------------------------------------------------- fixtures and helpers


def import_version(ctx: AppContext) -> templates.VersionDTO:
    """The all-types template with default actions on pf (特急, 1 day) and rt (加急, 3 days);
    every other item falls back to its text, 普通 and 7 days."""
    data = all_types_data("acts")
    for section in data["sections"]:
        for item in section["items"]:
            if item["key"] == "rt":
                item["action"] = {"title": "整改 rt", "priority": "high", "due_days": 3}
    return templates.import_spec(ctx, parse_template(data))


class _Setup:
    """What tests/core/conftest.py's ``admin``, ``tree``, ``make_user``, ``make_store`` and ``jpeg`` make, made in a
    template's build (same users, regions, store codes and dates, in the order the fixtures made them)."""

    def __init__(self, ctx: AppContext) -> None:
        from types import SimpleNamespace

        from acting import ADMIN_PASSWORD

        from opsdesk import auth
        from opsdesk.permissions import as_system
        from opsdesk.services.workspace import CURRENT_USER_KEY

        self.ctx, self.setup = ctx, as_system(ctx)
        self.users, self.stores, self.photos = 0, 0, 0
        self.admin = self.make_user("head_office", username="admin", name="Admin")
        auth.set_password(self.setup, self.admin.id, ADMIN_PASSWORD)
        ctx.user_id = self.admin.id
        ctx.db.set_meta(CURRENT_USER_KEY, self.admin.id)
        east = org.save_region(self.setup, "East", "EAST")
        south = org.save_region(self.setup, "South", "SOUTH")
        self.tree = SimpleNamespace(
            east=east, south=south, sh=org.save_region(self.setup, "Shanghai", "SH", parent_id=east.id),
            hz=org.save_region(self.setup, "Hangzhou", "HZ", parent_id=east.id),
            gz=org.save_region(self.setup, "Guangzhou", "GZ", parent_id=south.id))

    def make_user(self, role: str = "store_manager", **fields) -> org.UserDTO:  # noqa: ANN003
        self.users += 1
        n = self.users
        return org.create_user(self.setup, org.UserInput(**{"username": f"user{n}", "name": f"User {n}",
                                                            "role": role, **fields}))

    def make_store(self, **fields) -> org.StoreDTO:  # noqa: ANN003
        self.stores += 1
        n = self.stores
        return org.create_store(self.setup, org.StoreInput(**{"code": f"S{n:03d}", "name": f"Store {n}",
                                                              "region_id": self.tree.sh.id,
                                                              "opened_on": date(2020, 1, n % 28 + 1), **fields}))

    def jpeg(self) -> Path:
        import tempfile

        from engine_helpers import write_jpeg

        self.photos += 1
        n = self.photos
        if self.photos == 1:
            self._folder = tempfile.TemporaryDirectory(prefix="template-photos-")  # removed with the build's world
        return write_jpeg(Path(self._folder.name) / f"photo{n}.jpg", (n * 37 % 256, n * 91 % 256, 120))

    def made(self, **values) -> dict:  # noqa: ANN003
        """The build's value: ``values``, and where conftest's counters were (the test's own makers go on)."""
        if self.photos:
            self._folder.cleanup()  # the photos are in the workspace's store now
        return dict(values, admin=self.admin, tree=self.tree, next_user=self.users + 1, next_store=self.stores + 1)


def _store_world(ctx: AppContext) -> dict:
    """``admin``, ``tree``, ``manager`` and ``store`` as the fixtures made them for each test before."""
    w = _Setup(ctx)
    manager = w.make_user("store_manager", name="店长甲")
    return w.made(manager=manager, store=w.make_store(manager_id=manager.id))


def _store_world_with_version(ctx: AppContext) -> dict:
    """``_store_world`` and then ``version``."""
    world = _store_world(ctx)
    return dict(world, version=import_version(ctx))


@pytest.fixture
def db_template(request) -> dict:  # noqa: ANN001
    """The tests of one store and the register tests copy their starting world, made once per process (the
    fixtures made it for each test: half a second to seconds of setup); the others start from the empty one."""
    names = request.fixturenames
    if "demo_chain" in names:
        return DEMO_CHAIN
    if "register" in names:
        return {"build": _register_world}
    if "store" in names:
        return {"build": _store_world_with_version if "version" in names else _store_world}
    return {}


DEMO_CHAIN = {"stores": 3, "seed": 5, "months": 1}


@pytest.fixture
def demo_chain(ctx: AppContext) -> AppContext:
    """``ctx`` in a copy of the demo chain (``DEMO_CHAIN``: built once per run, not per test), acting as the
    demo's current user."""
    return ctx


@pytest.fixture
def admin(built):  # noqa: ANN001
    """A head-office user, the workspace's current user (``ctx`` acts as them)."""
    return built["admin"]


@pytest.fixture
def tree(built):  # noqa: ANN001
    return built["tree"]


@pytest.fixture
def version(built):  # noqa: ANN001
    return built["version"]


@pytest.fixture
def ids(version) -> dict[str, str]:
    return item_ids(version)


@pytest.fixture
def manager(built):  # noqa: ANN001
    return built["manager"]


@pytest.fixture
def store(built):  # noqa: ANN001
    return built["store"]


@pytest.fixture
def make_user(ctx: AppContext, db_template, request):  # noqa: ANN001
    """conftest's ``make_user``, its numbers going on after the template's users."""
    from opsdesk.permissions import as_system

    counter = iter(range(request.getfixturevalue("built")["next_user"] if db_template else 1, 10_000))

    def make(role: str = "store_manager", **fields) -> org.UserDTO:  # noqa: ANN003
        n = next(counter)
        return org.create_user(as_system(ctx), org.UserInput(**{"username": f"user{n}", "name": f"User {n}",
                                                                "role": role, **fields}))

    return make


@pytest.fixture
def make_store(ctx: AppContext, tree, built):  # noqa: ANN001
    """conftest's ``make_store``, its numbers going on after the template's stores."""
    from opsdesk.permissions import as_system

    counter = iter(range(built["next_store"], 10_000))

    def make(**fields) -> org.StoreDTO:  # noqa: ANN003
        n = next(counter)
        return org.create_store(as_system(ctx), org.StoreInput(**{"code": f"S{n:03d}", "name": f"Store {n}",
                                                                  "region_id": tree.sh.id,
                                                                  "opened_on": date(2020, 1, n % 28 + 1), **fields}))

    return make


@pytest.fixture
def shanghai():
    """Local time is China Standard Time (UTC+8) for the test; restored afterwards."""
    mp = pytest.MonkeyPatch()
    mp.setenv("TZ", "CST-8")
    time.tzset()
    yield
    mp.undo()
    time.tzset()


def local_day(moment: datetime) -> date:
    """The local calendar day of a stored (naive UTC) moment."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def answer_all(ctx: AppContext, run_id: str, ids: dict[str, str], photo=None, **overrides) -> None:  # noqa: ANN001
    values = {**PASSING, **overrides}
    for key, item_id in ids.items():
        if key == "ph" or values[key] is None:
            runs.set_answer(ctx, run_id, item_id, na=True)
        else:
            runs.set_answer(ctx, run_id, item_id, values[key], allow_out_of_range=True)  # num=9 of 2-8: a finding
    if values["pf"] == "fail":
        runs.add_photo(ctx, run_id, ids["pf"], photo())


def finished(ctx, store, version, ids, day, jpeg, notes=None, **overrides) -> runs.RunSummaryDTO:  # noqa: ANN001
    r = runs.start_run(ctx, store.id, version.template_id, "routine", business_date=day)
    answer_all(ctx, r.id, ids, jpeg, **overrides)
    for key, note in (notes or {}).items():
        runs.set_note(ctx, r.id, ids[key], note)
    return runs.complete(ctx, r.id)


def act_on(ctx: AppContext, run_id: str, *keys: str) -> list[actions.ActionDTO]:
    """Create the run's proposals for these item keys, as proposed."""
    wanted = [p for p in actions.propose_from_run(ctx, run_id) if set(p.input.item_keys) & set(keys)]
    assert len(wanted) == len(keys)
    return actions.create_from_proposals(ctx, wanted)


def hand(ctx: AppContext, store, title: str = "门头灯箱不亮", due: date = D0, **fields) -> actions.ActionDTO:  # noqa: ANN001
    return actions.create_action(ctx, ActionInput(store_id=store.id, title=title, due_on=due, **fields))


def bring(ctx: AppContext, action_id: str, status: str) -> actions.ActionDTO:
    for target in PATH[status]:
        actions.transition(ctx, action_id, target, "理由", fix_note="已整改")
    return actions.get_action(ctx, action_id)


def set_verified_at(ctx: AppContext, action_id: str, moment: datetime) -> None:
    with ctx.tx() as s:
        s.get(CorrectiveAction, action_id).verified_at = moment


# ---------------------------------------------------------------- proposals


def test_proposals_one_per_failed_item_with_the_items_default_action(ctx, admin, store, manager, version, ids,
                                                                     jpeg):
    run = finished(ctx, store, version, ids, D0, jpeg, pf="fail", yn=None, rt=1, num=9,
                   notes={"pf": "门口有积水", "num": "冷柜 9°C"})
    day = local_day(run.completed_at)
    proposals = actions.propose_from_run(ctx, run.id)
    # yn answered N/A, every other item passed: only pf, rt and num are proposed, in template order
    assert [p.input.item_keys for p in proposals] == [("pf",), ("rt",), ("num",)]
    pf, rt, num = proposals
    assert (pf.input.title, pf.input.priority, pf.input.due_on) == ("整改 pf", "urgent", day + timedelta(days=1))
    assert (rt.input.title, rt.input.priority, rt.input.due_on) == ("整改 rt", "high", day + timedelta(days=3))
    assert (num.input.title, num.input.priority, num.input.due_on) == ("检查项 num", "normal", day + timedelta(days=7))
    assert (pf.input.description, rt.input.description, num.input.description) == ("门口有积水", "", "冷柜 9°C")
    for p in proposals:
        key = p.input.item_keys[0]
        assert p.input.store_id == store.id and p.input.assignee_id == manager.id
        assert (p.input.source_run_id, p.input.template_id) == (run.id, version.template_id)
        assert p.input.source_answer_id == runs.answer_id(run.id, ids[key])
        assert p.item_texts == (f"检查项 {key}",) and p.repeat_count == 0


def test_proposals_leave_out_items_already_turned_into_actions(ctx, admin, store, version, ids, jpeg):
    run = finished(ctx, store, version, ids, D0, jpeg, pf="fail", rt=1, num=9)
    (made,) = act_on(ctx, run.id, "pf")
    assert (made.title, made.source_run_id, made.item_keys, made.status) == ("整改 pf", run.id, ("pf",), "open")
    assert [p.input.item_keys for p in actions.propose_from_run(ctx, run.id)] == [("rt",), ("num",)]
    act_on(ctx, run.id, "rt", "num")
    assert actions.propose_from_run(ctx, run.id) == []
    assert actions.count_actions(ctx, ActionQuery(source_run_id=run.id)) == 3


def test_merge_keeps_the_most_urgent_priority_the_earliest_due_date_and_every_item(ctx, admin, store, version,
                                                                                   ids, jpeg):
    run = finished(ctx, store, version, ids, D0, jpeg, pf="fail", rt=1, num=9, notes={"num": "冷柜 9°C"})
    pf, rt, num = actions.propose_from_run(ctx, run.id)
    merged = actions.merge([num, rt, pf])  # the first one is neither the most urgent nor the earliest
    assert merged.input.priority == "urgent"
    assert merged.input.due_on == pf.input.due_on == min(p.input.due_on for p in (pf, rt, num))
    assert merged.input.item_keys == ("num", "rt", "pf")
    assert merged.item_texts == ("检查项 num", "检查项 rt", "检查项 pf")
    assert merged.input.title == "检查项 num；整改 rt；整改 pf"
    assert merged.input.description == "冷柜 9°C"
    # high beats normal; the later due date loses
    two = actions.merge([num, rt])
    assert (two.input.priority, two.input.due_on) == ("high", rt.input.due_on)
    with pytest.raises(ValueError):
        actions.merge([])
    # the merged action covers all three items: nothing is proposed again
    (made,) = actions.create_from_proposals(ctx, [replace(merged, input=replace(merged.input, title="冷柜与门口"))])
    assert (made.title, made.priority, made.item_keys) == ("冷柜与门口", "urgent", ("num", "rt", "pf"))
    assert actions.propose_from_run(ctx, run.id) == []


def test_create_from_proposals_is_all_or_nothing(ctx, admin, store, version, ids, jpeg, make_user, all_counts):
    run = finished(ctx, store, version, ids, D0, jpeg, pf="fail", rt=1)
    pf, rt = actions.propose_from_run(ctx, run.id)
    gone = make_user("staff")
    org.set_user_active(ctx, gone.id, False)
    before = all_counts()
    for bad, reasons in ((replace(rt.input, title="   "), {"title": "required"}),
                         (replace(rt.input, priority="特急"), {"priority": "invalid_choice"}),
                         (replace(rt.input, assignee_id=gone.id), {"assignee_id": "invalid_user"}),
                         (replace(rt.input, store_id=str(uuid.uuid4())), {"store_id": "not_found"})):
        with pytest.raises(ValidationError) as err:
            actions.create_from_proposals(ctx, [pf, replace(rt, input=bad)])
        assert err.value.reasons() == reasons
        assert all_counts() == before  # no action, no action_event, no change_log row
    assert actions.count_actions(ctx) == 0
    made = actions.create_from_proposals(ctx, [pf, rt.input])  # a Proposal or a plain ActionInput
    assert [a.item_keys for a in made] == [("pf",), ("rt",)]


def test_proposals_of_a_store_whose_manager_left_can_be_created(ctx, admin, store, manager, version, ids, jpeg):
    """A store keeps its manager assignment after that person is deactivated; proposing the
    inactive manager as assignee makes the whole (all-or-nothing) creation fail."""
    run = finished(ctx, store, version, ids, D0, jpeg, pf="fail", rt=1)
    org.set_user_active(ctx, manager.id, False)
    proposals = actions.propose_from_run(ctx, run.id)
    assert [p.input.assignee_id for p in proposals] == [None, None]
    assert len(actions.create_from_proposals(ctx, proposals)) == 2


def test_proposal_due_date_counts_from_the_local_completion_day(ctx, admin, store, version, ids, jpeg,
                                                                monkeypatch, shanghai):
    """Stored times are UTC (the UI shows them in local time); due dates are local calendar days."""
    day = date(2024, 3, 5)
    r = runs.start_run(ctx, store.id, version.template_id, "routine", business_date=day)
    answer_all(ctx, r.id, ids, jpeg, pf="fail")
    # 2024-03-04 23:30 UTC is 07:30 on the 5th in China: the inspection was completed on the 5th
    monkeypatch.setattr(runs, "utcnow", lambda: datetime(2024, 3, 4, 23, 30))
    done = runs.complete(ctx, r.id)
    assert local_day(done.completed_at) == day
    (pf,) = actions.propose_from_run(ctx, r.id)
    assert pf.input.due_on == date(2024, 3, 6)  # 特急: one day after the completion day


# ---------------------------------------------------------------- hand-made actions


def test_create_action_by_hand_for_a_store_and_from_a_visit(ctx, admin, store, manager, sql):
    before = utcnow()
    a = hand(ctx, store, "  门头灯箱不亮  ", D0, description=" 左侧灯管 ", priority="high")
    assert (a.store_id, a.store_code, a.store_name, a.region_path) == (store.id, store.code, store.name,
                                                                        "East / Shanghai")
    assert (a.title, a.description, a.priority, a.due_on, a.status) == ("门头灯箱不亮", "左侧灯管", "high", D0, "open")
    assert (a.assignee_id, a.assignee_name, a.source_run_id, a.source_title, a.item_keys) == (None, "", None, "", ())
    assert (a.repeat_count, a.repeat_of, a.is_repeat, a.fix_note, a.verified_at) == (0, None, False, "", None)
    (ev,) = actions.events(ctx, a.id)
    assert (ev.from_status, ev.to_status, ev.user_name, ev.note) == (None, "open", "Admin", "")
    assert before <= ev.at <= utcnow()

    visit_id = str(uuid.uuid4())
    b = hand(ctx, store, "员工未佩戴工牌", D0 + timedelta(days=2), assignee_id=manager.id, visit_id=visit_id)
    assert (b.assignee_id, b.assignee_name, b.priority) == (manager.id, "店长甲", "normal")
    assert sql("SELECT visit_id, store_id FROM corrective_action WHERE id=?", b.id) == [(visit_id, store.id)]
    assert sql("SELECT user_id, to_status FROM action_event WHERE action_id=?", b.id) == [(admin.id, "open")]


def test_create_action_refusals_store_nothing(ctx, admin, store, db_path, dump_db):
    dump = dump_db(db_path)
    cases = (
        (ActionInput(store.id, "", D0), {"title": "required"}),
        (ActionInput(store.id, "x" * 201, D0), {"title": "too_long"}),
        (ActionInput(store.id, "ok", D0, priority="加急"), {"priority": "invalid_choice"}),
        (ActionInput(store.id, "ok", None), {"due_on": "required"}),  # type: ignore[arg-type]
        (ActionInput(str(uuid.uuid4()), "ok", D0), {"store_id": "not_found"}),
        (ActionInput(store.id, "ok", D0, assignee_id=str(uuid.uuid4())), {"assignee_id": "invalid_user"}),
    )
    for data, reasons in cases:
        with pytest.raises(ValidationError) as err:
            actions.create_action(ctx, data)
        assert err.value.reasons() == reasons
    assert dump_db(db_path) == dump


# ---------------------------------------------------------------- lifecycle


def test_the_lifecycle_table_is_the_documented_one():
    assert actions.TRANSITIONS == {
        "open": ("in_progress", "submitted", "cancelled"),
        "in_progress": ("submitted", "cancelled"),
        "submitted": ("verified", "reopened"),
        "reopened": ("in_progress", "submitted", "cancelled"),
        "verified": (),
        "cancelled": (),
    }
    assert set(actions.TRANSITIONS) == set(ACTION_STATUSES)


MATRIX = [(a, b) for a in ACTION_STATUSES for b in ACTION_STATUSES]


@pytest.mark.parametrize(("source", "target"), MATRIX, ids=[f"{a}->{b}" for a, b in MATRIX])
def test_transition_matrix(ctx, admin, store, source, target, db_path, dump_db, sql):
    a = bring(ctx, hand(ctx, store).id, source)
    assert a.status == source
    history = actions.events(ctx, a.id)
    allowed = target in actions.TRANSITIONS[source]
    assert (target in actions.allowed_transitions(source, "head_office")) == allowed
    if not allowed:
        dump = dump_db(db_path)
        with pytest.raises(TransitionError) as err:
            actions.transition(ctx, a.id, target, "理由", fix_note="已整改")
        assert err.value.params == {"current": source, "target": target}
        assert dump_db(db_path) == dump
        assert actions.get_action(ctx, a.id) == a
        return
    before = utcnow()
    moved = actions.transition(ctx, a.id, target, "理由", fix_note="已整改")
    after = utcnow()
    assert moved.status == target and moved.version != a.version
    now = actions.events(ctx, a.id)
    assert now[:-1] == history and len(now) == len(history) + 1
    ev = now[-1]
    assert (ev.from_status, ev.to_status, ev.user_name, ev.note) == (source, target, "Admin", "理由")
    assert before <= ev.at <= after
    assert sql("SELECT user_id FROM action_event WHERE action_id=? AND from_status=? AND to_status=?",
               a.id, source, target)[-1] == (admin.id,)
    if target == "submitted":
        assert moved.fix_note == "已整改" and before <= moved.submitted_at <= after
    if target == "verified":
        assert moved.verified_by == admin.id and before <= moved.verified_at <= after
    if target in ("reopened", "in_progress", "cancelled"):
        assert moved.verified_at is None and moved.verified_by is None


@pytest.mark.parametrize("role", ["head_office", "ops_manager", "supervisor", "store_manager", "staff"])
def test_only_supervisors_managers_and_head_office_verify(ctx, admin, store, make_user, role, db_path, dump_db):
    a = bring(ctx, hand(ctx, store).id, "submitted")
    user = make_user(role, store_ids=(store.id,))  # one of the store's people (head office: every store)
    ctx.user_id = user.id
    if role in actions.VERIFIER_ROLES:
        assert actions.allowed_transitions("submitted", role) == ("verified", "reopened")
        done = actions.transition(ctx, a.id, "verified", "符合要求")
        assert (done.status, done.verified_by) == ("verified", user.id)
        assert actions.events(ctx, a.id)[-1].user_name == user.name
    else:
        assert "verified" not in actions.allowed_transitions("submitted", role)
        dump = dump_db(db_path)
        with pytest.raises(PermissionDeniedError) as refused:  # the permission table: action.verify
            actions.transition(ctx, a.id, "verified", "符合要求")
        assert refused.value.params["reason"] == "role"
        assert dump_db(db_path) == dump


def test_verification_refused_without_a_user_or_by_a_deactivated_supervisor(ctx, admin, store, make_user, db_path,
                                                                           dump_db):
    a = bring(ctx, hand(ctx, store).id, "submitted")
    supervisor = make_user("supervisor")
    org.set_user_active(ctx, supervisor.id, False)
    dump = dump_db(db_path)
    for user_id, reason in ((None, "no_user"), (supervisor.id, "inactive"), (str(uuid.uuid4()), "no_user")):
        ctx.user_id = user_id
        with pytest.raises(PermissionDeniedError) as refused:
            actions.transition(ctx, a.id, "verified", "ok")
        assert refused.value.params["reason"] == reason
    assert dump_db(db_path) == dump


def test_reopen_and_cancel_need_a_reason_and_submitting_needs_a_fix_note(ctx, admin, store, db_path, dump_db):
    submitted = bring(ctx, hand(ctx, store, "a").id, "submitted")
    opened = hand(ctx, store, "b")
    dump = dump_db(db_path)
    for action_id, target in ((submitted.id, "reopened"), (opened.id, "cancelled")):
        for note in ("", "   ", None):
            with pytest.raises(ValidationError) as err:
                actions.transition(ctx, action_id, target, note)  # type: ignore[arg-type]
            assert err.value.reasons() == {"note": "reason_required"}
    for kwargs in ({}, {"fix_note": "  "}, {"fix_note": "", "note": "已整改"}):
        with pytest.raises(ValidationError) as err:
            actions.transition(ctx, opened.id, "submitted", **kwargs)
        assert err.value.reasons() == {"fix_note": "required"}
    with pytest.raises(ValidationError) as err:
        actions.transition(ctx, opened.id, "done", "x")
    assert err.value.reasons() == {"status": "invalid_choice"}
    with pytest.raises(NotFoundError):
        actions.transition(ctx, str(uuid.uuid4()), "in_progress")
    assert dump_db(db_path) == dump
    # the note alone is taken as the fix note; reasons are stored stripped
    done = actions.transition(ctx, opened.id, "submitted", " 已更换灯管 ")
    assert done.fix_note == "已更换灯管" and actions.events(ctx, opened.id)[-1].note == "已更换灯管"
    back = actions.transition(ctx, submitted.id, "reopened", " 照片不清楚 ")
    assert back.status == "reopened" and actions.events(ctx, submitted.id)[-1].note == "照片不清楚"


def test_a_full_history_records_who_and_when(ctx, admin, store, manager, make_user):
    supervisor = make_user("supervisor", name="督导乙", store_ids=(store.id,))
    a = hand(ctx, store, assignee_id=manager.id)
    ctx.user_id = manager.id
    actions.transition(ctx, a.id, "in_progress")
    actions.transition(ctx, a.id, "submitted", fix_note="已更换灯管")
    ctx.user_id = supervisor.id
    actions.transition(ctx, a.id, "reopened", "灯管颜色不对")
    ctx.user_id = manager.id
    actions.transition(ctx, a.id, "submitted", fix_note="已换成暖光灯管")
    ctx.user_id = supervisor.id
    done = actions.transition(ctx, a.id, "verified", "符合要求")
    history = [(e.from_status, e.to_status, e.user_name, e.note) for e in actions.events(ctx, a.id)]
    assert history == [
        (None, "open", "Admin", ""),
        ("open", "in_progress", "店长甲", ""),
        ("in_progress", "submitted", "店长甲", ""),
        ("submitted", "reopened", "督导乙", "灯管颜色不对"),
        ("reopened", "submitted", "店长甲", ""),
        ("submitted", "verified", "督导乙", "符合要求"),
    ]
    times = [e.at for e in actions.events(ctx, a.id)]
    assert times == sorted(times)
    assert (done.fix_note, done.verified_by, done.status) == ("已换成暖光灯管", supervisor.id, "verified")
    assert done.submitted_at <= done.verified_at


def test_a_stale_transition_is_refused(ctx, admin, store):
    a = hand(ctx, store)
    actions.update_action(ctx, a.id, ActionInput(store.id, "新标题", D0))
    with pytest.raises(StaleEditError):
        actions.transition(ctx, a.id, "in_progress", base_version=a.version)
    fresh = actions.get_action(ctx, a.id)
    assert actions.transition(ctx, a.id, "in_progress", base_version=fresh.version).status == "in_progress"


# ---------------------------------------------------------------- editing and photos


@pytest.mark.parametrize("status", ["open", "in_progress", "submitted", "reopened"])
def test_update_action_changes_an_action_that_is_not_closed(ctx, admin, store, make_store, manager, status):
    a = bring(ctx, hand(ctx, store, "旧标题").id, status)
    other = make_store()
    new = actions.update_action(ctx, a.id, ActionInput(other.id, " 新标题 ", D0 + timedelta(days=9), "说明",
                                                       "urgent", manager.id))
    assert (new.title, new.description, new.priority, new.assignee_id, new.due_on) == (
        "新标题", "说明", "urgent", manager.id, D0 + timedelta(days=9))
    assert (new.store_id, new.status) == (store.id, status)  # the store of an action does not move


def test_update_action_refuses_bad_input_and_changes_nothing(ctx, admin, store, make_user, db_path, dump_db):
    a = hand(ctx, store)
    gone = make_user("store_manager")
    org.set_user_active(ctx, gone.id, False)
    dump = dump_db(db_path)
    with pytest.raises(ValidationError) as err:
        actions.update_action(ctx, a.id, ActionInput(store.id, "ok", D0, assignee_id=gone.id))
    assert err.value.reasons() == {"assignee_id": "invalid_user"}
    with pytest.raises(ValidationError) as err:
        actions.update_action(ctx, a.id, ActionInput(store.id, " ", D0))
    assert err.value.reasons() == {"title": "required"}
    assert dump_db(db_path) == dump


@pytest.mark.parametrize("status", ["verified", "cancelled"])
def test_closed_actions_cannot_be_edited_and_take_no_photos(ctx, admin, store, status, jpeg, db_path, dump_db):
    a = bring(ctx, hand(ctx, store).id, status)
    files = sorted(p for p in ctx.db.attachments_dir.rglob("*")) if ctx.db.attachments_dir.exists() else []
    dump = dump_db(db_path)
    with pytest.raises(TransitionError):
        actions.update_action(ctx, a.id, ActionInput(store.id, "新标题", D0 + timedelta(days=3)))
    with pytest.raises(TransitionError):
        actions.add_fix_photo(ctx, a.id, jpeg())
    assert dump_db(db_path) == dump
    assert actions.get_action(ctx, a.id) == a and actions.fix_photos(ctx, a.id) == []
    now = sorted(p for p in ctx.db.attachments_dir.rglob("*")) if ctx.db.attachments_dir.exists() else []
    assert now == files


def test_fix_photos_take_real_images_and_refuse_a_text_file(ctx, admin, store, jpeg, tmp_path, sql, count):
    a = bring(ctx, hand(ctx, store).id, "in_progress")
    one = actions.add_fix_photo(ctx, a.id, jpeg())
    two = actions.add_fix_photo(ctx, a.id, jpeg())
    assert one.mime == "image/jpeg" and one.path.is_file() and one.id != two.id
    assert [p.id for p in actions.fix_photos(ctx, a.id)] == [one.id, two.id]
    assert sql("SELECT owner_table, purpose FROM attachment_link WHERE owner_id=?", a.id) == [
        ("corrective_action", "fix"), ("corrective_action", "fix")]
    text = tmp_path / "fake.jpg"
    text.write_text("门头灯箱已修好", encoding="utf-8")
    files = sorted(ctx.db.attachments_dir.rglob("*"))
    counts = (count("attachment"), count("attachment_link"))
    with pytest.raises(NotAnImageError):
        actions.add_fix_photo(ctx, a.id, text)
    assert (count("attachment"), count("attachment_link")) == counts
    assert sorted(ctx.db.attachments_dir.rglob("*")) == files
    assert len(actions.fix_photos(ctx, a.id)) == 2
    with pytest.raises(NotFoundError):
        actions.add_fix_photo(ctx, str(uuid.uuid4()), jpeg())


# ---------------------------------------------------------------- repeat findings


def test_a_second_and_third_failure_of_an_open_item_are_repeats(ctx, admin, store, version, ids, jpeg):
    r1 = finished(ctx, store, version, ids, D0, jpeg, pf="fail")
    (first,) = act_on(ctx, r1.id, "pf")
    assert (first.repeat_count, first.repeat_of, first.is_repeat) == (0, None, False)
    r2 = finished(ctx, store, version, ids, D0 + timedelta(days=7), jpeg, pf="fail")
    (proposal,) = actions.propose_from_run(ctx, r2.id)
    assert proposal.repeat_count == 1
    (second,) = actions.create_from_proposals(ctx, [proposal])
    assert (second.repeat_count, second.repeat_of, second.is_repeat) == (1, first.id, True)
    r3 = finished(ctx, store, version, ids, D0 + timedelta(days=14), jpeg, pf="fail")
    (third,) = act_on(ctx, r3.id, "pf")
    assert (third.repeat_count, third.repeat_of) == (2, second.id)
    got = actions.query_actions(ctx, ActionQuery(sort="repeat_count", descending=True))
    assert [a.id for a in got] == [third.id, second.id, first.id]


@pytest.mark.parametrize(("earlier", "repeat"), [("open", 1), ("in_progress", 1), ("submitted", 1),
                                                 ("reopened", 1), ("verified", 1), ("cancelled", 0)])
def test_repeat_depends_on_the_earlier_actions_status(ctx, admin, store, version, ids, jpeg, earlier, repeat):
    r1 = finished(ctx, store, version, ids, D0, jpeg, pf="fail")
    (first,) = act_on(ctx, r1.id, "pf")
    bring(ctx, first.id, earlier)
    r2 = finished(ctx, store, version, ids, D0 + timedelta(days=7), jpeg, pf="fail")
    (proposal,) = actions.propose_from_run(ctx, r2.id)
    (second,) = actions.create_from_proposals(ctx, [proposal])
    assert proposal.repeat_count == second.repeat_count == repeat
    assert second.repeat_of == (first.id if repeat else None)


def test_other_store_other_item_or_other_template_is_not_a_repeat(ctx, admin, store, make_store, version, ids,
                                                                  jpeg):
    r1 = finished(ctx, store, version, ids, D0, jpeg, pf="fail")
    act_on(ctx, r1.id, "pf")
    elsewhere = make_store()
    r2 = finished(ctx, elsewhere, version, ids, D0 + timedelta(days=1), jpeg, pf="fail")
    (a,) = act_on(ctx, r2.id, "pf")
    assert a.repeat_count == 0
    r3 = finished(ctx, store, version, ids, D0 + timedelta(days=2), jpeg, rt=1)  # another item fails
    (b,) = act_on(ctx, r3.id, "rt")
    assert (b.repeat_count, b.repeat_of) == (0, None)
    other = templates.import_spec(ctx, parse_template(all_types_data("other_one")))  # same item keys
    r4 = finished(ctx, store, other, item_ids(other), D0 + timedelta(days=3), jpeg, pf="fail")
    (c,) = act_on(ctx, r4.id, "pf")
    assert c.repeat_count == 0
    hand_made = hand(ctx, store, "整改 pf")
    assert hand_made.repeat_count == 0


# ---------------------------------------------------------------- follow-up inspections (回头看)


def test_follow_up_end_to_end(ctx, admin, store, make_store, version, ids, jpeg, sql, count):
    r1 = finished(ctx, store, version, ids, D0, jpeg, pf="fail", rt=1, num=9)
    pf, rt, num = act_on(ctx, r1.id, "pf", "rt", "num")
    by_hand = hand(ctx, store, "员工未佩戴工牌", D0 + timedelta(days=20))
    bring(ctx, rt.id, "in_progress")
    submitted = bring(ctx, hand(ctx, store, "已提交的", D0 + timedelta(days=30)).id, "submitted")
    verified = bring(ctx, hand(ctx, store, "已验收的").id, "verified")
    cancelled = bring(ctx, hand(ctx, store, "已取消的").id, "cancelled")
    elsewhere = hand(ctx, make_store(), "别的门店")
    open_ids = {pf.id, rt.id, num.id, by_hand.id, submitted.id}

    day = D0 + timedelta(days=10)
    run_id = followups.start_follow_up(ctx, store.id, business_date=day)
    summary = runs.get_summary(ctx, run_id)
    assert (summary.run_type, summary.status, summary.store_id) == ("follow_up", "draft", store.id)
    assert (summary.template_id, summary.business_date, summary.follow_up_of) == (version.template_id, day, r1.id)
    checks = followups.rechecks(ctx, run_id)
    assert {r.action.id for r in checks} == open_ids  # exactly the store's open actions
    assert all(r.passed is None for r in checks)
    assert [r.action.id for r in checks] == [r.action.id for r in sorted(checks, key=lambda r: r.action.due_on)]
    for closed in (verified, cancelled, elsewhere):
        assert closed.id not in {r.action.id for r in checks}

    # it cannot be completed until every action is re-checked (its template items are optional)
    missing = runs.missing_items(ctx, run_id)
    assert {(m.item_id, m.reason) for m in missing} == {(i, "recheck_required") for i in open_ids}
    with pytest.raises(ValidationError) as err:
        runs.complete(ctx, run_id)
    assert err.value.reasons() == {i: "recheck_required" for i in open_ids}
    assert runs.get_summary(ctx, run_id).status == "draft"

    # pass → submitted with the run as evidence; fail → reopened
    passed = followups.recheck(ctx, run_id, pf.id, True, "积水已清理")
    assert (passed.passed, passed.note, passed.action.status) == (True, "积水已清理", "submitted")
    assert passed.action.evidence_run_id == run_id and passed.action.fix_note == "积水已清理"
    assert passed.action.submitted_at is not None
    failed = followups.recheck(ctx, run_id, by_hand.id, False)
    assert (failed.passed, failed.action.status) == (False, "reopened")
    ev = actions.events(ctx, by_hand.id)[-1]
    assert (ev.from_status, ev.to_status, ev.user_name) == ("open", "reopened", "Admin")
    ev = actions.events(ctx, pf.id)[-1]
    assert (ev.from_status, ev.to_status, ev.note) == ("open", "submitted", "积水已清理")

    # changing one's mind moves the action again
    again = followups.recheck(ctx, run_id, pf.id, False, "复查发现仍有积水")
    assert (again.passed, again.action.status) == (False, "reopened")
    assert [(e.from_status, e.to_status) for e in actions.events(ctx, pf.id)][-2:] == [
        ("open", "submitted"), ("submitted", "reopened")]
    again = followups.recheck(ctx, run_id, by_hand.id, True)
    assert (again.action.status, again.action.evidence_run_id) == ("submitted", run_id)
    assert again.action.fix_note == "回头看复查合格"

    assert {m.item_id for m in runs.missing_items(ctx, run_id)} == {rt.id, num.id, submitted.id}
    assert followups.recheck(ctx, run_id, rt.id, True).action.status == "submitted"  # from in_progress
    assert followups.recheck(ctx, run_id, num.id, False).action.status == "reopened"
    assert followups.recheck(ctx, run_id, submitted.id, True).action.status == "submitted"
    assert followups.unchecked(ctx, run_id) == []
    assert {r.action.id: r.passed for r in followups.rechecks(ctx, run_id)} == {
        pf.id: False, rt.id: True, num.id: False, by_hand.id: True, submitted.id: True}

    done = runs.complete(ctx, run_id)
    assert done.status == "completed"
    with pytest.raises(runs.RunClosedError):
        followups.recheck(ctx, run_id, pf.id, True)
    assert count("action_recheck", "run_id=? AND applied=true", run_id) == 5
    # the submitted ones can now be verified by the supervisor
    assert actions.transition(ctx, rt.id, "verified", "复查合格").status == "verified"


def test_follow_up_refusals(ctx, admin, store, make_store, version, ids, jpeg, count):
    runs_before = count("checklist_run")
    with pytest.raises(ValidationError) as err:
        followups.start_follow_up(ctx, store.id)
    assert err.value.reasons() == {"store_id": "no_open_actions"}
    bring(ctx, hand(ctx, store, "已验收的").id, "verified")
    bring(ctx, hand(ctx, store, "已取消的").id, "cancelled")
    with pytest.raises(ValidationError) as err:
        followups.start_follow_up(ctx, store.id, version.template_id)
    assert err.value.reasons() == {"store_id": "no_open_actions"}
    assert count("checklist_run") == runs_before

    mine = hand(ctx, store, "本店的")
    theirs = hand(ctx, make_store(), "别的门店")
    run_id = followups.start_follow_up(ctx, store.id, version.template_id)
    assert [r.action.id for r in followups.rechecks(ctx, run_id)] == [mine.id]
    with pytest.raises(NotFoundError):
        followups.recheck(ctx, run_id, theirs.id, True)
    routine = finished(ctx, store, version, ids, D0, jpeg)
    with pytest.raises(NotFoundError):  # not a follow-up
        followups.recheck(ctx, routine.id, mine.id, True)


# ---------------------------------------------------------------- 整改率


def test_closure_rate_arithmetic(ctx, admin, store, make_store, tree):
    march = (date(2024, 3, 1), date(2024, 3, 31))

    def action(due: date, status: str, verified: datetime | None = None, where=store) -> str:  # noqa: ANN001
        a = bring(ctx, hand(ctx, where, f"due {due} {status}", due).id, status)
        if verified is not None:
            set_verified_at(ctx, a.id, verified)
        return a.id

    assert actions.closure_rate(ctx, *march) == actions.ClosureRate(0, 0)
    assert actions.closure_rate(ctx, *march).rate is None  # nothing due
    action(date(2024, 3, 10), "verified", datetime(2024, 3, 9, 10))  # early: on time
    action(date(2024, 3, 10), "verified", datetime(2024, 3, 10, 15, 59))  # on the due day: on time
    action(date(2024, 3, 10), "verified", datetime(2024, 3, 11, 0, 1))  # a day late
    action(date(2024, 3, 15), "open")
    action(date(2024, 3, 16), "in_progress")
    action(date(2024, 3, 20), "submitted")  # submitted is not closed
    action(date(2024, 3, 21), "reopened")
    action(date(2024, 3, 20), "cancelled")  # left out
    action(date(2024, 2, 29), "verified", datetime(2024, 2, 20))  # due before the period
    action(date(2024, 4, 1), "verified", datetime(2024, 3, 5))  # due after the period
    action(date(2024, 3, 1), "verified", datetime(2024, 2, 27))  # first day of the period
    action(date(2024, 3, 31), "verified", datetime(2024, 3, 31, 9))  # last day of the period
    rate = actions.closure_rate(ctx, *march)
    assert (rate.due, rate.on_time, rate.rate) == (9, 4, Decimal("44.4"))

    south = make_store(region_id=tree.gz.id)
    action(date(2024, 3, 5), "verified", datetime(2024, 3, 8), where=south)
    action(date(2024, 3, 6), "verified", datetime(2024, 3, 6), where=south)
    assert actions.closure_rate(ctx, *march) == actions.ClosureRate(11, 5)
    assert actions.closure_rate(ctx, *march, store_id=store.id) == actions.ClosureRate(9, 4)
    assert actions.closure_rate(ctx, *march, region_id=tree.east.id) == actions.ClosureRate(9, 4)
    assert actions.closure_rate(ctx, *march, region_id=tree.sh.id) == actions.ClosureRate(9, 4)
    assert actions.closure_rate(ctx, *march, region_id=tree.hz.id) == actions.ClosureRate(0, 0)
    by_south = actions.closure_rate(ctx, *march, region_id=tree.south.id)
    assert (by_south.due, by_south.on_time, by_south.rate) == (2, 1, Decimal("50.0"))
    assert actions.ClosureRate(3, 3).rate == Decimal("100.0")
    assert actions.ClosureRate(3, 0).rate == Decimal("0.0")
    assert actions.ClosureRate(3, 2).rate == Decimal("66.7")


def test_closure_rate_reopened_action_is_no_longer_on_time(ctx, admin, store):
    a = bring(ctx, hand(ctx, store, "x", date(2024, 3, 10)).id, "submitted")
    actions.transition(ctx, a.id, "reopened", "不合格")
    assert actions.get_action(ctx, a.id).verified_at is None
    assert actions.closure_rate(ctx, date(2024, 3, 1), date(2024, 3, 31)) == actions.ClosureRate(1, 0)


def test_closure_rate_judges_on_time_by_the_local_verification_day(ctx, admin, store, shanghai):
    """Verified at 07:00 on 5 March in China (23:00 UTC on the 4th): one day after a 4 March due date."""
    a = bring(ctx, hand(ctx, store, "x", date(2024, 3, 4)).id, "verified")
    set_verified_at(ctx, a.id, datetime(2024, 3, 4, 23, 0))
    assert local_day(actions.get_action(ctx, a.id).verified_at) == date(2024, 3, 5)
    assert actions.closure_rate(ctx, date(2024, 3, 1), date(2024, 3, 31)) == actions.ClosureRate(1, 0)


# ---------------------------------------------------------------- reminders


def test_reminders_list_the_users_actions_due_within_three_days_or_overdue(ctx, admin, store, manager,
                                                                         make_user):
    other = make_user("store_manager")

    def action(days: int, status: str, who=manager) -> str:  # noqa: ANN001
        return bring(ctx, hand(ctx, store, f"{status} {days}", D0 + timedelta(days=days),
                               assignee_id=who.id).id, status).id

    late = action(-5, "open")
    soon_reopened = action(1, "reopened")
    today = action(0, "in_progress")
    edge = action(3, "open")
    action(4, "open")  # not yet
    action(-1, "submitted")  # waiting for verification: not the store's to do
    action(-2, "verified")
    action(0, "cancelled")
    action(-3, "open", who=other)
    hand(ctx, store, "nobody's", D0 - timedelta(days=9))
    got = actions.reminders(ctx, manager.id, today=D0)
    assert [a.id for a in got] == [late, today, soon_reopened, edge]
    assert [a.overdue(D0) for a in got] == [True, False, False, False]
    assert [a.id for a in actions.reminders(ctx, manager.id, today=D0 - timedelta(days=6))] == [late]
    assert actions.reminders(ctx, None, today=D0) == []
    assert [a.title for a in actions.reminders(ctx, other.id, today=D0)] == ["open -3"]


# ---------------------------------------------------------------- the register: filters, counts, bulk changes


def _register_world(ctx: AppContext) -> dict:
    """The world of the register tests, as the fixtures ``admin``, ``tree``, ``make_store``, ``make_user``,
    ``version`` and ``jpeg`` made it for each test before (same users, stores, codes and order)."""
    w = _Setup(ctx)
    make_user, make_store, jpeg, tree = w.make_user, w.make_store, w.jpeg, w.tree
    version = import_version(ctx)
    ids = item_ids(version)
    u1, u2 = make_user("store_manager", name="张三"), make_user("staff", name="李四")
    s1 = make_store(region_id=tree.sh.id, name="南京路店", manager_id=u1.id)
    s2 = make_store(region_id=tree.hz.id, name="西湖店")
    s3 = make_store(region_id=tree.gz.id, name="天河店")
    run = finished(ctx, s1, version, ids, D0, jpeg, pf="fail", rt=1)
    from_run = act_on(ctx, run.id, "pf", "rt")
    made = {
        "a1": bring(ctx, hand(ctx, s1, "灭火器过期", D0 - timedelta(days=3), priority="urgent",
                              assignee_id=u1.id).id, "open"),
        "a2": bring(ctx, hand(ctx, s1, "地面湿滑", D0 + timedelta(days=5), assignee_id=u2.id).id, "in_progress"),
        "a3": bring(ctx, hand(ctx, s2, "价签缺失", D0 - timedelta(days=1), priority="high",
                              assignee_id=u1.id).id, "submitted"),
        "a4": bring(ctx, hand(ctx, s2, "达标率100%", D0 - timedelta(days=10)).id, "reopened"),
        "a5": bring(ctx, hand(ctx, s3, "灯箱不亮_A", D0, priority="urgent", assignee_id=u2.id).id, "verified"),
        "a6": bring(ctx, hand(ctx, s3, "POP 过期", D0 - timedelta(days=20), priority="high",
                              assignee_id=u1.id).id, "cancelled"),
        "r1": from_run[0],
        "r2": from_run[1],
    }
    return w.made(u1=u1, u2=u2, s1=s1, s2=s2, s3=s3, run=run, ids={k: v.id for k, v in made.items()})


@pytest.fixture
def register(ctx, built):  # noqa: ANN001
    """Stores in Shanghai, Hangzhou (East) and Guangzhou (South); actions of every status (acting as ``admin``, a
    head-office user)."""
    return built


def test_query_filters_agree_with_count_and_status_counts(ctx, register):
    r, ids, tree = register, register["ids"], register["tree"]
    name = {v: k for k, v in ids.items()}
    every = actions.query_actions(ctx, ActionQuery(today=D0))
    assert len(every) == actions.count_actions(ctx) == 8
    s1, s2, s3 = r["s1"].id, r["s2"].id, r["s3"].id
    cases = [
        (ActionQuery(store_id=s1), {"a1", "a2", "r1", "r2"}),
        (ActionQuery(region_id=tree.east.id), {"a1", "a2", "a3", "a4", "r1", "r2"}),
        (ActionQuery(region_id=tree.sh.id), {"a1", "a2", "r1", "r2"}),
        (ActionQuery(region_id=tree.hz.id), {"a3", "a4"}),
        (ActionQuery(region_id=tree.south.id), {"a5", "a6"}),
        (ActionQuery(region_id=tree.gz.id), {"a5", "a6"}),
        (ActionQuery(assignee_id=r["u1"].id), {"a1", "a3", "a6", "r1", "r2"}),  # the run's: s1's manager
        (ActionQuery(assignee_id=r["u2"].id), {"a2", "a5"}),
        (ActionQuery(priority="urgent"), {"a1", "a5", "r1"}),
        (ActionQuery(priority="high"), {"a3", "a6", "r2"}),
        (ActionQuery(priority="normal"), {"a2", "a4"}),
        (ActionQuery(status="open"), {"a1", "r1", "r2"}),
        (ActionQuery(status="reopened"), {"a4"}),
        (ActionQuery(open_only=True), {"a1", "a2", "a3", "a4", "r1", "r2"}),
        (ActionQuery(overdue_only=True, today=D0), {"a1", "a4"}),  # submitted/verified/cancelled are not overdue
        (ActionQuery(overdue_only=True, today=D0 - timedelta(days=30)), set()),
        (ActionQuery(source_run_id=r["run"].id), {"r1", "r2"}),
        (ActionQuery(search="灭火器"), {"a1"}),
        (ActionQuery(search="天河"), {"a5", "a6"}),
        (ActionQuery(search=r["s2"].code.lower()), {"a3", "a4"}),
        (ActionQuery(search="%"), {"a4"}),  # a literal percent sign
        (ActionQuery(search="_"), {"a5"}),  # a literal underscore
        (ActionQuery(search="  "), set(ids)),
        (ActionQuery(region_id=tree.east.id, status="open", priority="urgent"), {"a1", "r1"}),
        (ActionQuery(assignee_id=r["u1"].id, open_only=True, store_id=s2), {"a3"}),
    ]
    for q, expected in cases:
        q = replace(q, today=q.today or D0)
        got = actions.query_actions(ctx, q)
        assert {name[a.id] for a in got} == expected, q
        assert actions.count_actions(ctx, q) == len(expected), q
        counts = actions.status_counts(ctx, q)
        for status in ACTION_STATUSES:
            assert counts[status] == actions.count_actions(ctx, replace(q, status=status)), (q, status)
        assert counts["overdue"] == actions.count_actions(ctx, replace(q, status=None, overdue_only=True)), q
        assert sum(counts[s] for s in ACTION_STATUSES) == actions.count_actions(ctx, replace(q, status=None)), q
        assert counts == actions.status_counts(ctx, replace(q, status=None))  # the header ignores the status tab
    assert actions.status_counts(ctx, ActionQuery(today=D0)) == {
        "open": 3, "in_progress": 1, "submitted": 1, "verified": 1, "reopened": 1, "cancelled": 1, "overdue": 2}
    assert all(a.overdue(D0) == (name[a.id] in {"a1", "a4"}) for a in every)
    assert {a.region_path for a in every} == {"East / Shanghai", "East / Hangzhou", "South / Guangzhou"}
    run_actions = [a for a in every if a.source_run_id]
    assert {(a.source_title, a.source_run_date) for a in run_actions} == {("全题型", D0)}


def test_query_sorts_and_pages(ctx, register):
    rank = {"urgent": 0, "high": 1, "normal": 2}
    by_priority = actions.query_actions(ctx, ActionQuery(sort="priority"))
    assert [rank[a.priority] for a in by_priority] == sorted(rank[a.priority] for a in by_priority)
    by_due = actions.query_actions(ctx, ActionQuery(sort="due_on", descending=True))
    assert [a.due_on for a in by_due] == sorted((a.due_on for a in by_due), reverse=True)
    pages = [a for offset in range(0, 8, 3) for a in actions.query_actions(ctx, ActionQuery(), offset, 3)]
    assert [a.id for a in pages] == [a.id for a in actions.query_actions(ctx, ActionQuery())]


def test_bulk_reassign_and_due_change_only_open_actions_in_one_transaction(ctx, register, make_user, db_path,
                                                                          dump_db, sql):
    ids, u2 = register["ids"], register["u2"]
    closed = {ids["a5"], ids["a6"]}
    everything = list(ids.values())
    before = {a.id: a for a in actions.query_actions(ctx)}
    # u2 already holds a2; a5 (verified) and a6 (cancelled) are closed
    assert actions.bulk_reassign(ctx, everything + [ids["a1"]], u2.id) == 5
    after = {a.id: a for a in actions.query_actions(ctx)}
    for action_id, a in after.items():
        if action_id in closed:
            assert a.assignee_id == before[action_id].assignee_id
        else:
            assert a.assignee_id == u2.id
    new_due = D0 + timedelta(days=30)
    assert actions.bulk_due(ctx, everything, new_due) == 6
    after = {a.id: a for a in actions.query_actions(ctx)}
    assert {i for i, a in after.items() if a.due_on == new_due} == set(everything) - closed
    assert all(after[i].due_on == before[i].due_on for i in closed)

    gone = make_user("store_manager")
    org.set_user_active(ctx, gone.id, False)
    dump = dump_db(db_path)
    with pytest.raises(ValidationError) as err:
        actions.bulk_reassign(ctx, everything, gone.id)
    assert err.value.reasons() == {"assignee_id": "invalid_user"}
    with pytest.raises(ValidationError):
        actions.bulk_reassign(ctx, everything, str(uuid.uuid4()))
    # one unknown action: nothing at all changes
    with pytest.raises(NotFoundError):
        actions.bulk_reassign(ctx, [ids["a1"], str(uuid.uuid4())], register["u1"].id)
    with pytest.raises(NotFoundError):
        actions.bulk_due(ctx, [ids["a1"], str(uuid.uuid4())], D0)
    assert dump_db(db_path) == dump


# ---------------------------------------------------------------- CSV export


HEADERS = ("门店编码", "门店", "整改事项", "优先级", "状态", "责任人", "截止日期", "逾期", "重复次数", "来源",
           "来源日期", "整改说明", "验收日期")
LABELS = {"status": {"open": "待整改", "in_progress": "整改中", "submitted": "待验收", "verified": "已验收",
                     "reopened": "已退回", "cancelled": "已取消"},
          "priority": {"urgent": "特急", "high": "加急", "normal": "普通"}, "overdue": {"yes": "是"}}


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_export_csv_writes_the_register_with_bom_and_headers(ctx, register, tmp_path):
    ids, s1 = register["ids"], register["s1"]
    path = tmp_path / "整改台账.csv"
    path.write_text("old", encoding="utf-8")
    n = actions.export_csv(ctx, ActionQuery(), path, HEADERS, LABELS, today=D0)
    rows = read_csv(path)
    assert rows[0] == list(HEADERS)
    assert n == len(rows) - 1 == actions.count_actions(ctx) == 8
    assert [r[2] for r in rows[1:]] == [a.title for a in actions.query_actions(ctx, ActionQuery())]
    a1 = next(r for r in rows if r[2] == "灭火器过期")
    assert a1 == [s1.code, s1.name, "灭火器过期", "特急", "待整改", "张三", (D0 - timedelta(days=3)).isoformat(), "是",
                  "0", "", "", "", ""]
    a5 = actions.get_action(ctx, ids["a5"])
    row5 = next(r for r in rows if r[2] == "灯箱不亮_A")
    assert (row5[3], row5[4], row5[7], row5[11]) == ("特急", "已验收", "", "已整改")
    assert row5[12] == local_day(a5.verified_at).isoformat()
    pf_row = next(r for r in rows if r[2] == "整改 pf")
    assert (pf_row[9], pf_row[10]) == ("全题型", D0.isoformat())
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tmp") == []

    only = tmp_path / "one_store.csv"
    q = ActionQuery(store_id=s1.id, status="open")
    assert actions.export_csv(ctx, q, only, HEADERS, LABELS, today=D0) == actions.count_actions(ctx, q) == 3
    assert {r[0] for r in read_csv(only)[1:]} == {s1.code}
    empty = tmp_path / "empty.csv"
    assert actions.export_csv(ctx, ActionQuery(search="没有这个"), empty, HEADERS) == 0
    assert read_csv(empty) == [list(HEADERS)]
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_export_csv_failure_keeps_the_old_file_and_leaves_no_temp_file(ctx, register, tmp_path, monkeypatch):
    path = tmp_path / "register.csv"
    path.write_bytes(b"previous export")

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003
        raise OSError("disk full")

    monkeypatch.setattr(actions, "query_actions", broken)
    with pytest.raises(OSError):
        actions.export_csv(ctx, ActionQuery(), path, HEADERS, LABELS, today=D0)
    assert path.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if "register" in p.name) == ["register.csv"]


def test_source_runs_are_the_inspections_actions_came_from_grouped(demo_chain):
    """The register's source filter: one row per inspection with actions, newest first, within the
    other filters, without reading every action."""
    from opsdesk.services import org as org_svc

    ctx = demo_chain
    every = actions.query_actions(ctx)
    expected = {a.source_run_id for a in every if a.source_run_id}
    assert len(expected) > 2  # enough inspections for the limit below to cut
    got = actions.source_runs(ctx)
    assert {s.run_id for s in got} == expected and len(got) == len(expected)
    assert all(s.actions == sum(1 for a in every if a.source_run_id == s.run_id) for s in got)
    dates = [s.run_date for s in got]
    assert dates == sorted(dates, reverse=True)
    store = org_svc.query_stores(ctx)[0]
    mine = actions.source_runs(ctx, ActionQuery(store_id=store.id))
    assert {s.run_id for s in mine} == {a.source_run_id for a in every if a.source_run_id and a.store_id == store.id}
    assert len(actions.source_runs(ctx, limit=2)) == min(2, len(expected))
