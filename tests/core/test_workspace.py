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


def test_current_user_persists_across_reopen(db, db_path, ctx, make_user):
    first = make_user("supervisor")
    second = make_user("store_manager")
    workspace.set_current_user(ctx, first.id)
    assert workspace.set_current_user(ctx, second.id) == second
    assert ctx.user_id == second.id
    workspace.set_workspace_name(ctx, "Night shift")
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
