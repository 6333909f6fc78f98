"""First start on an empty workspace: the demo in a worker, or an empty start with a first user."""

from __future__ import annotations

from PySide6.QtCore import Qt

from helpers import choose
from opsdesk.services import org, workspace
from ui.welcome import WelcomeDialog


def test_demo_is_built_in_a_worker_and_selects_a_user(qtbot, empty_ctx) -> None:  # noqa: ANN001
    assert workspace.is_empty(empty_ctx)
    dialog = WelcomeDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        assert not dialog.demo_button.isEnabled()  # no second click while it runs
    assert not workspace.is_empty(empty_ctx)
    assert org.count_stores(empty_ctx) == 30
    me = workspace.current_user(empty_ctx)
    assert me is not None and me.role == "supervisor"
    assert empty_ctx.user_id == me.id
    assert workspace.workspace_name(empty_ctx).endswith("演示工作区")


def test_start_empty_validates_then_creates_first_user(qtbot, empty_ctx) -> None:  # noqa: ANN001
    dialog = WelcomeDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    dialog.start_empty()  # nothing filled in
    assert dialog.result() == 0
    assert "此项必填" in dialog.error_label.text()
    assert workspace.is_empty(empty_ctx)

    dialog.workspace_name.insert("华东区运营部")
    dialog.user_name.insert("张伟")
    qtbot.keyClicks(dialog.username, "zhangwei")
    choose(dialog.role, "ops_manager")
    dialog.start_empty()
    assert dialog.result() == 1
    me = workspace.current_user(empty_ctx)
    assert (me.name, me.username, me.role) == ("张伟", "zhangwei", "ops_manager")
    assert workspace.workspace_name(empty_ctx) == "华东区运营部"
    assert org.count_stores(empty_ctx) == 0
