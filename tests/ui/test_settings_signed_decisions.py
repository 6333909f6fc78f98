"""The settings page's switch for "decisions must be signed" (opsdesk.decisions.must_be_signed), pytest-qt on the
demo workspace: head office turns it on (after a confirmation) and off, the meta value follows; declining the
confirmation changes nothing; a supervisor sees it disabled with the reason; the page shows the stored state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from acting import as_head_office
from opsdesk import decisions
from opsdesk.permissions import as_system
from ui.errors import permission_text
from ui.pages.settings import SettingsPage


def _page(qtbot, ctx) -> SettingsPage:  # noqa: ANN001
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def _click(qtbot, page: SettingsPage) -> None:  # noqa: ANN001
    qtbot.mouseClick(page.must_sign, Qt.MouseButton.LeftButton, pos=page.must_sign.rect().center())
    qtbot.waitUntil(lambda: page.must_sign_operation is None, timeout=10000)


def test_head_office_turns_it_on_after_a_confirmation_and_off(qtbot, demo_ctx, answer_yes) -> None:  # noqa: ANN001
    ctx = as_head_office(demo_ctx)
    page = _page(qtbot, ctx)
    box = page.must_sign
    assert box.isEnabled() and not box.isChecked() and box.toolTip() == page.must_sign_tip
    assert ctx.db.get_meta(decisions.SETTING_KEY) is None
    _click(qtbot, page)
    assert len(answer_yes) == 1 and ("conflict" in answer_yes[0] or "冲突" in answer_yes[0])  # says what follows
    assert ctx.db.get_meta(decisions.SETTING_KEY) == "1" and decisions.must_be_signed(ctx)
    assert box.isChecked() and box.isEnabled()
    _click(qtbot, page)  # off: no question
    assert len(answer_yes) == 1
    assert ctx.db.get_meta(decisions.SETTING_KEY) is None and not decisions.must_be_signed(ctx)
    assert not box.isChecked()


def test_declining_the_confirmation_changes_nothing(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    ctx = as_head_office(demo_ctx)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    page = _page(qtbot, ctx)
    _click(qtbot, page)
    assert not page.must_sign.isChecked() and ctx.db.get_meta(decisions.SETTING_KEY) is None


def test_a_supervisor_sees_it_disabled_with_the_reason(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from opsdesk.services import workspace

    assert workspace.current_user(demo_ctx).role == "supervisor"
    decisions.set_must_be_signed(as_system(demo_ctx), True)
    page = _page(qtbot, demo_ctx)
    box = page.must_sign
    assert not box.isEnabled() and box.toolTip() == permission_text("role", "supervisor")
    assert box.isChecked()  # the stored state, shown read-only
    _click(qtbot, page)  # a disabled box: nothing happens
    assert decisions.must_be_signed(demo_ctx)


def test_the_page_shows_the_stored_state(qtbot, demo_ctx) -> None:  # noqa: ANN001
    ctx = as_head_office(demo_ctx)
    page = _page(qtbot, ctx)
    assert not page.must_sign.isChecked()
    decisions.set_must_be_signed(ctx, True)  # e.g. by `opsdesk decisions require-signed`
    page.refresh()
    assert page.must_sign.isChecked()
    page2 = _page(qtbot, ctx)
    assert page2.must_sign.isChecked()
