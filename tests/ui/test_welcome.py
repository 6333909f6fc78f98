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
    with qtbot.waitSignal(dialog.accepted, timeout=60000):  # the whole demo: about 13 s of CPU on 2 cores
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        assert not dialog.demo_button.isEnabled()  # no second click while it runs
    assert not workspace.is_empty(empty_ctx)
    assert org.count_stores(empty_ctx) == 33  # 30 open and 3 being opened (新店筹备)
    me = workspace.current_user(empty_ctx)
    assert me is not None and me.role == "supervisor"
    assert empty_ctx.user_id == me.id
    assert workspace.workspace_name(empty_ctx).endswith("演示工作区")


def submit(qtbot, dialog: WelcomeDialog) -> None:  # noqa: ANN001
    """Create workspace, and wait for the worker that makes the first user (Argon2 hashes their password)."""
    dialog.start_empty()
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=30000)


def test_start_empty_validates_then_creates_first_user(qtbot, empty_ctx) -> None:  # noqa: ANN001
    dialog = WelcomeDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1
    submit(qtbot, dialog)  # nothing filled in
    assert dialog.result() == 0
    assert "此项必填" in dialog.error_label.text()
    assert workspace.is_empty(empty_ctx)

    dialog.workspace_name.insert("华东区运营部")
    dialog.user_name.insert("张伟")
    qtbot.keyClicks(dialog.username, "zhangwei")
    choose(dialog.role, "ops_manager")
    dialog.password.setText("short")  # the first user chooses a password: too short is refused at its field
    dialog.password_again.setText("short")
    submit(qtbot, dialog)
    assert dialog.result() == 0 and dialog.password.property("invalid") == "true" and workspace.is_empty(empty_ctx)
    dialog.password.setText("zhangwei-pass")
    dialog.password_again.setText("zhangwei-pas")  # typed differently
    submit(qtbot, dialog)
    assert dialog.result() == 0 and dialog.password_again.property("invalid") == "true"
    dialog.password_again.setText("zhangwei-pass")
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        dialog.start_empty()
        assert dialog.operation is not None and not dialog.create_button.isEnabled()  # off the GUI thread
    assert dialog.result() == 1
    me = workspace.current_user(empty_ctx)
    assert (me.name, me.username, me.role) == ("张伟", "zhangwei", "ops_manager")
    from opsdesk import auth

    assert auth.verify(empty_ctx, me.id, "zhangwei-pass").id == me.id
    assert workspace.workspace_name(empty_ctx) == "华东区运营部"
    assert org.count_stores(empty_ctx) == 0


def test_an_empty_workspace_name_is_refused_at_its_field(qtbot, empty_ctx) -> None:  # noqa: ANN001
    dialog = WelcomeDialog(empty_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    dialog.workspace_name.insert("   ")
    dialog.user_name.insert("张伟")
    qtbot.keyClicks(dialog.username, "zhangwei")
    dialog.password.setText("zhangwei-pass")
    dialog.password_again.setText("zhangwei-pass")
    submit(qtbot, dialog)
    assert dialog.result() == 0
    assert dialog.workspace_name.property("invalid") == "true"      # marked at the field
    assert "此项必填" in dialog.workspace_name.toolTip()
    assert dialog.error_label.text().startswith(dialog.tr("Workspace name"))
    assert dialog.user_name.property("invalid") != "true"
    assert workspace.is_empty(empty_ctx)                              # nothing was created

    dialog.workspace_name.setText("华东区运营部")
    submit(qtbot, dialog)
    assert dialog.result() == 1
    assert workspace.workspace_name(empty_ctx) == "华东区运营部"


def test_empty_workspace_new_store_says_a_region_comes_first(qtbot, empty_ctx, monkeypatch) -> None:  # noqa: ANN001
    """新建门店 is not a dead grey button: it says a region comes first, offers to create it, then goes on."""
    from PySide6.QtWidgets import QMessageBox

    from ui.operations import tasks
    from ui.pages.stores import RegionDialog, StoreDialog, StoresPage

    page = StoresPage(empty_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    tasks().wait_idle(5000)
    assert page.new_button.isEnabled()
    assert page.new_button.toolTip()                       # says why a region is needed
    assert page.region_hint.isVisible()                    # the clickable hint under the tree

    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *a, **k: asked.append(text) or next(answers)))

    def fill_region(dialog: RegionDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.name.setText("华东大区")
        dialog.code.setText("HD")
        dialog.save()
        return dialog.result()

    stores_opened: list[str | None] = []

    def store_dialog(dialog: StoreDialog) -> int:
        qtbot.addWidget(dialog)
        stores_opened.append(dialog.region.currentData())
        return 0

    monkeypatch.setattr(RegionDialog, "exec", fill_region)
    monkeypatch.setattr(StoreDialog, "exec", store_dialog)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)   # No: nothing happens
    assert len(asked) == 1 and not org.list_regions(empty_ctx) and not stores_opened
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)   # Yes: the region, then the store form
    tasks().wait_idle(5000)
    qtbot.wait(0)
    region = org.list_regions(empty_ctx)
    assert [r.name for r in region] == ["华东大区"]
    assert stores_opened == [region[0].id]
    assert not page.region_hint.isVisible() and not page.new_button.toolTip()

    # The hint's link creates a region too.
    monkeypatch.setattr(RegionDialog, "exec", lambda self: asked.append("region dialog") or 0)
    page.region_hint.linkActivated.emit("region")
    assert asked[-1] == "region dialog"
