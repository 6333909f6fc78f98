"""The pages read the core's permission table: what the user may not do is disabled, its tooltip says why, and a
refusal from the core is shown as that sentence (never a traceback)."""

from __future__ import annotations

from datetime import date, timedelta

from acting import as_head_office
from helpers import idle
from PySide6.QtCore import Qt

from opsdesk.errors import PermissionDeniedError
from opsdesk.permissions import as_system, stores_in_scope
from opsdesk.services import actions, org
from ui.errors import describe, permission_text
from ui.pages.actions.action_dialog import ActionDialog
from ui.pages.stores import StoresPage
from ui.pages.users import UsersPage


def _page(qtbot, page):  # noqa: ANN001, ANN202
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    idle()
    return page


def test_users_page_adds_and_edits_only_for_who_may(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = _page(qtbot, UsersPage(demo_ctx))  # the demo's current user: a supervisor
    assert not page.new_button.isEnabled()
    assert page.new_button.toolTip() == permission_text("role", "supervisor")
    page.table.selectRow(0)
    idle()
    assert page.selected() is not None
    assert not page.edit_button.isEnabled() and page.edit_button.toolTip() == permission_text("role", "supervisor")
    assert "督导" in page.new_button.toolTip()  # the role, in the interface's language

    as_head_office(demo_ctx)
    boss = _page(qtbot, UsersPage(demo_ctx))
    assert boss.new_button.isEnabled() and boss.new_button.toolTip() == ""
    boss.table.selectRow(0)
    idle()
    assert boss.edit_button.isEnabled()


def test_stores_page_edits_only_stores_in_scope(qtbot, demo_ctx) -> None:  # noqa: ANN001
    ops = org.users_with_roles(demo_ctx, ("ops_manager",))[0]
    somewhere = org.query_stores(demo_ctx)[0].id
    # this ops manager looks after one store's region: their scope is that region's stores
    org.update_user(as_head_office(demo_ctx), ops.id, org.UserInput(ops.username, ops.name, "ops_manager",
                                                                    store_ids=(somewhere,)))
    with demo_ctx.read() as s:
        mine = stores_in_scope(s, ops.id)
    assert somewhere in mine and len(mine) < len(org.query_stores(demo_ctx))
    demo_ctx.user_id = ops.id
    page = _page(qtbot, StoresPage(demo_ctx))
    assert page.new_button.isEnabled()  # creating a store is not about a store of theirs
    checked = {True: 0, False: 0}
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        idle()
        store = page.selected()
        inside = store.id in mine
        assert page.edit_button.isEnabled() == inside
        assert page.edit_button.toolTip() == ("" if inside else permission_text("scope"))
        checked[inside] += 1
    assert checked[True] and checked[False]


def test_verify_is_offered_at_the_supervisors_own_stores_and_a_refusal_is_a_sentence(qtbot, demo_ctx) -> None:  # noqa: ANN001
    stores = org.query_stores(demo_ctx)
    own, other = stores[0], stores[1]
    setup = as_system(demo_ctx)
    supervisor = org.create_user(setup, org.UserInput("zhou.du", "周督导", "supervisor", store_ids=(own.id,))).id
    demo_ctx.user_id = supervisor  # a supervisor of one store
    with demo_ctx.read() as s:
        assert stores_in_scope(s, supervisor) == {own.id}
    due = date.today() + timedelta(days=3)
    made = {}
    for store in (own, other):
        a = actions.create_action(setup, actions.ActionInput(store.id, "补光", due))
        made[store.id] = actions.transition(setup, a.id, "submitted", fix_note="已补光").id

    dialog = ActionDialog(demo_ctx, made[own.id])
    qtbot.addWidget(dialog)
    assert dialog.step_buttons["verified"].isEnabled() and dialog.step_buttons["verified"].toolTip() == ""

    dialog = ActionDialog(demo_ctx, made[other.id])
    qtbot.addWidget(dialog)
    verify = dialog.step_buttons["verified"]
    assert not verify.isEnabled() and verify.toolTip() == permission_text("scope")
    assert not dialog.step_buttons["reopened"].isEnabled()

    # the core refuses it all the same; the message is the sentence, not a traceback
    before = actions.get_action(demo_ctx, made[other.id])
    try:
        actions.transition(demo_ctx, made[other.id], "verified", "好")
    except PermissionDeniedError as exc:
        text = describe(exc)
    else:
        raise AssertionError("a supervisor verified an action at a store that is not theirs")
    assert text.startswith(permission_text("scope")) and "Traceback" not in text
    assert actions.get_action(demo_ctx, made[other.id]) == before
    qtbot.mouseClick(verify, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert actions.get_action(demo_ctx, made[other.id]).status == "submitted"
