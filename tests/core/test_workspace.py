"""Workspace service: empty detection, first start without the demo, the current user."""

from __future__ import annotations

import pytest

from opsdesk.db import Database, head_revision
from opsdesk.demo import build_demo
from opsdesk.errors import NotFoundError, ValidationError
from opsdesk.services import org, workspace
from opsdesk.services.context import AppContext


def test_new_workspace_is_empty(ctx):
    assert workspace.is_empty(ctx) is True
    assert workspace.current_user(ctx) is None
    assert workspace.workspace_name(ctx) == "w"


def test_demo_makes_it_non_empty(ctx):
    summary = build_demo(ctx, stores=3, seed=11)
    assert workspace.is_empty(ctx) is False
    assert summary.stores == 3
    assert workspace.current_user(ctx).id == summary.current_user_id
    assert org.count_stores(ctx, org.StoreQuery(include_closed=True)) == 3


def test_a_user_alone_makes_it_non_empty(ctx, make_user):
    make_user("head_office")
    assert workspace.is_empty(ctx) is False


def test_start_empty(ctx, db, sql):
    user = workspace.start_empty(ctx, "  Head Office East  ",
                                 org.UserInput(username="Boss", name="The Boss", role="head_office"))
    assert user.username == "boss"
    assert ctx.user_id == user.id
    assert workspace.current_user(ctx) == user
    assert workspace.workspace_name(ctx) == "Head Office East"
    assert workspace.is_empty(ctx) is False
    assert db.get_meta(workspace.CURRENT_USER_KEY) == user.id
    # The first user is a normal, audited row.
    assert sql("SELECT action, table_name FROM audit_entry WHERE row_id=?", user.id) == [("insert", "user")]
    # Later writes are attributed to that user.
    region = org.save_region(ctx, "East", "EAST")
    assert sql("SELECT actor_id FROM audit_entry WHERE row_id=?", region.id) == [(user.id,)]


def test_start_empty_with_invalid_user_writes_nothing(ctx, snapshot):
    before = snapshot()
    with pytest.raises(ValidationError):
        workspace.start_empty(ctx, "Shop", org.UserInput(username="", name="", role="head_office"))
    assert snapshot() == before
    assert workspace.workspace_name(ctx) == "w"
    assert ctx.user_id is None


def test_current_user_persists_across_reopen(db, db_path, ctx, admin, make_user):
    first = make_user("supervisor")
    second = make_user("store_manager")
    workspace.set_current_user(ctx, first.id)
    assert workspace.set_current_user(ctx, second.id) == second
    assert ctx.user_id == second.id
    from dataclasses import replace

    workspace.set_workspace_name(replace(ctx, user_id=admin.id), "Night shift")  # a setting: head office's
    db.close()

    again = Database.open(db_path)
    try:
        ctx2 = AppContext(again)
        assert workspace.current_user(ctx2).id == second.id
        assert workspace.workspace_name(ctx2) == "Night shift"
        info = workspace.info(ctx2)
        assert info.current_user.id == second.id
        assert info.schema_revision == head_revision()
        assert info.node_id == again.node.node_id
        assert info.node_fingerprint == again.node.fingerprint
        assert info.name == "Night shift"
    finally:
        again.close()


def test_inactive_or_unknown_current_user(ctx, admin, make_user):
    other = make_user()
    workspace.set_current_user(ctx, other.id)
    ctx.user_id = admin.id
    org.set_user_active(ctx, other.id, False)
    assert workspace.current_user(ctx) is None
    with pytest.raises(NotFoundError):
        workspace.set_current_user(ctx, other.id)
    with pytest.raises(NotFoundError):
        workspace.set_current_user(ctx, "nobody")


def test_blank_workspace_name_falls_back_to_file_name(ctx):
    workspace.set_workspace_name(ctx, "Named")
    assert workspace.workspace_name(ctx) == "Named"
    workspace.set_workspace_name(ctx, "   ")
    assert workspace.workspace_name(ctx) == "w"


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_start_empty_refuses_a_blank_workspace_name(ctx, snapshot, name):
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        workspace.start_empty(ctx, name, org.UserInput(username="boss", name="The Boss", role="head_office"))
    assert [(p.field, p.reason) for p in caught.value.problems] == [("workspace_name", "required")]
    assert snapshot() == before  # no user, no name
    assert workspace.is_empty(ctx) and ctx.user_id is None


def test_start_empty_reports_the_name_with_the_user_problems_and_a_long_name(ctx, snapshot):
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        workspace.start_empty(ctx, " ", org.UserInput(username="", name="", role="head_office"))
    assert {p.field for p in caught.value.problems} == {"workspace_name", "username", "name"}
    with pytest.raises(ValidationError) as caught:
        workspace.start_empty(ctx, "店" * (workspace.WORKSPACE_NAME_MAX + 1),
                              org.UserInput(username="boss", name="The Boss", role="head_office"))
    assert [(p.field, p.reason) for p in caught.value.problems] == [("workspace_name", "too_long")]
    assert snapshot() == before
    workspace.start_empty(ctx, "店" * workspace.WORKSPACE_NAME_MAX,
                          org.UserInput(username="boss", name="The Boss", role="head_office"))
    assert workspace.workspace_name(ctx) == "店" * workspace.WORKSPACE_NAME_MAX


# ---------------------------------------------------------------- prepare(): nothing when nothing is to do

PREPARE_MARKERS = (workspace.EQUIPMENT_MARKER, workspace.PLANS_MARKER, workspace.PROMOTION_TYPES_MARKER)


def test_prepare_knows_the_markers_and_folders_of_its_steps(ctx, sql):
    from opsdesk.services import equipment, openings, promotions, templates
    from opsdesk.templates_io import load_file

    assert workspace.EQUIPMENT_MARKER == equipment.BUILTIN_MARKER
    assert workspace.PLANS_MARKER == openings.BUILTIN_MARKER
    assert workspace.PROMOTION_TYPES_MARKER == promotions.TYPES_MARKER
    assert workspace.TEMPLATE_DIR.resolve() == templates.BUILTIN_DIR.resolve()
    assert workspace.PLAN_DIR.resolve() == openings.PLAN_DIR.resolve()
    workspace.prepare(ctx)
    shipped = {workspace.TEMPLATE_MARKER_PREFIX + load_file(p).code for p in templates.BUILTIN_DIR.glob("*.json")}
    written = {key for (key,) in sql("SELECT key FROM meta WHERE key LIKE 'builtin_template:%'")}
    assert shipped and written == shipped  # install_builtin's own marker per shipped template
    plans = sql("SELECT value FROM meta WHERE key = ?", workspace.PLANS_MARKER)
    assert plans == [(str(len(list(openings.PLAN_DIR.glob("*.json")))),)]


def test_prepare_installs_once_then_only_reads_its_markers(ctx, db, count, snapshot, monkeypatch):
    from opsdesk.services import templates

    assert not workspace.prepared(ctx)  # a new workspace: everything to do
    workspace.prepare(ctx)
    assert workspace.prepared(ctx)
    assert count("template") == len(list(templates.BUILTIN_DIR.glob("*.json")))
    assert count("equipment_category") > 0 and count("promotion_type") > 0 and count("opening_plan") > 0
    before = snapshot()

    def no_writes(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("prepare() opened a write transaction with nothing to do")

    monkeypatch.setattr(db, "transaction", no_writes)
    workspace.prepare(ctx)
    assert snapshot() == before


@pytest.mark.parametrize("marker", [*PREPARE_MARKERS, workspace.TEMPLATE_MARKER_PREFIX + "store_routine"])
def test_prepare_runs_a_step_whose_marker_is_missing(ctx, db, marker):
    workspace.prepare(ctx)
    db.set_meta(marker, None)
    assert not workspace.prepared(ctx)
    workspace.prepare(ctx)
    assert db.get_meta(marker)  # the step ran and wrote it back
    assert workspace.prepared(ctx)


def test_prepare_installs_a_plan_shipped_since(ctx, db):
    workspace.prepare(ctx)
    plans = db.get_meta(workspace.PLANS_MARKER)
    db.set_meta(workspace.PLANS_MARKER, str(int(plans) - 1))  # as written by an app that shipped one plan fewer
    assert not workspace.prepared(ctx)
    workspace.prepare(ctx)
    assert db.get_meta(workspace.PLANS_MARKER) == plans and workspace.prepared(ctx)


def test_opening_a_prepared_workspace_imports_none_of_the_steps(db_path, db, ctx) -> None:
    import os
    import subprocess
    import sys

    workspace.prepare(ctx)
    db.close()
    code = (
        "import sys\n"
        "from opsdesk.db import Database\n"
        "from opsdesk.services import AppContext, workspace\n"
        f"db = Database.open({str(db_path)!r})\n"
        "workspace.prepare(AppContext(db))\n"
        "steps = ('templates', 'equipment', 'openings', 'promotions')\n"
        "print('imported:', [s for s in steps if 'opsdesk.services.' + s in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=dict(os.environ), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "imported: []" in done.stdout, done.stdout
