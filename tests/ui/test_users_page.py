"""The Users page: create with stores, edit, filter, deactivate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from helpers import choose, idle, rows
from opsdesk.services import org, workspace
from ui.pages.users import UserDialog, UsersPage


@pytest.fixture
def demo_ctx(demo_ctx):  # noqa: ANN001, ANN201
    """The demo workspace, acting as head office: this page's changes are head office's (opsdesk.permissions)."""
    from acting import as_head_office

    return as_head_office(demo_ctx)


def make_page(qtbot, ctx) -> UsersPage:  # noqa: ANN001
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    idle()
    return page


def check_stores(dialog: UserDialog, store_ids: set[str]) -> None:
    for i in range(dialog.stores.count()):
        item = dialog.stores.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in store_ids:
            item.setCheckState(Qt.CheckState.Checked)


def test_create_supervisor_with_stores(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    before = page.model.total
    stores = org.query_stores(demo_ctx)[:3]

    def fill(dialog: UserDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.name.insert("欧阳娜")
        qtbot.keyClicks(dialog.username, "ouyangna")
        choose(dialog.role, "supervisor")
        qtbot.keyClicks(dialog.phone, "13900001111")
        qtbot.keyClicks(dialog.email, "ouyangna@example.cn")
        assert dialog.stores.isEnabled()
        check_stores(dialog, {s.id for s in stores})
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(UserDialog, "exec", fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    idle()
    assert page.model.total == before + 1
    created = page.selected()
    assert created.username == "ouyangna" and created.role == "supervisor"
    assert set(created.store_ids) == {s.id for s in stores}
    row = page.model.row_of(lambda u: u.id == created.id)
    assert page.model.index(row, 2).data() == "督导"
    assert "等 3 家" in page.model.index(row, 3).data()
    # The store list now names the new supervisor where no older one was assigned first.
    assert org.query_users(demo_ctx, org.UserQuery(store_id=stores[0].id, role="supervisor"))


def test_duplicate_username_is_refused_in_the_dialog(qtbot, demo_ctx) -> None:  # noqa: ANN001
    existing = org.query_users(demo_ctx)[0]
    dialog = UserDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.insert("重名用户")
    qtbot.keyClicks(dialog.username, existing.username)
    qtbot.keyClicks(dialog.email, "not-an-email")
    dialog.save()
    assert dialog.result() == 0
    assert "已被其他记录使用" in dialog.error_label.text()
    assert "请输入邮箱地址" in dialog.error_label.text()
    assert org.count_users(demo_ctx, org.UserQuery(search="重名用户")) == 0


def test_role_filter_search_and_sort(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    choose(page.role, "store_manager")
    managers = rows(page)
    assert len(managers) == 12 and all(u.role == "store_manager" for u in managers)
    assert page.count_label.text() == "共 12 位用户"

    choose(page.role, None)
    target = managers[0]
    qtbot.keyClicks(page.search, target.username)
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)
    assert rows(page)[0].id == target.id

    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total > 1, timeout=2000)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    usernames = [u.username for u in rows(page)]
    assert usernames == sorted(usernames, reverse=True)


def test_edit_changes_role_and_stores(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    choose(page.role, "store_manager")
    target = rows(page)[0]
    other_store = next(s for s in org.query_stores(demo_ctx) if s.id not in target.store_ids)

    def edit(dialog: UserDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.username.text() == target.username
        assert {dialog.stores.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.stores.count())
                if dialog.stores.item(i).checkState() == Qt.CheckState.Checked} == set(target.store_ids)
        choose(dialog.role, "staff")
        check_stores(dialog, {other_store.id})
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(UserDialog, "exec", edit)
    page.select_where(lambda u: u.id == target.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    idle()
    updated = org.get_user(demo_ctx, target.id)
    assert updated.role == "staff"
    assert set(updated.store_ids) == set(target.store_ids) | {other_store.id}
    # It left the store-manager filter.
    assert all(u.id != target.id for u in rows(page))


def test_deactivate_and_cannot_deactivate_self(qtbot, demo_ctx, answer_yes) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    me = org.get_user(demo_ctx, demo_ctx.user_id)  # who is acting (head office)
    other = next(u for u in rows(page) if u.id != me.id)
    page.select_where(lambda u: u.id == other.id)
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    idle()
    assert other.name in answer_yes[-1]
    assert org.get_user(demo_ctx, other.id).active is False
    # The row stays visible (inactive shown) and offers to reactivate.
    assert page.show_inactive.isChecked()
    assert page.selected().id == other.id and page.toggle_button.text() == "重新启用"
    page.show_inactive.setChecked(False)
    assert all(u.id != other.id for u in rows(page))

    # Yourself: the button is disabled with the reason, and the service refuses anyway.
    page.select_where(lambda u: u.id == me.id)
    assert not page.toggle_button.isEnabled()
    assert page.toggle_button.toolTip() == "不能停用自己"
    from opsdesk.errors import ValidationError

    try:
        org.set_user_active(demo_ctx, me.id, False)
    except ValidationError as exc:
        assert exc.reasons() == {"active": "cannot_deactivate_self"}
    else:
        raise AssertionError("deactivating yourself was accepted")
    assert org.get_user(demo_ctx, me.id).active is True


def test_a_temporary_password_is_set_off_the_gui_thread(qtbot, demo_ctx, answer_yes) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

    from opsdesk import auth

    page = make_page(qtbot, demo_ctx)
    other = next(u for u in rows(page) if u.role == "supervisor")
    page.select_where(lambda u: u.id == other.id)
    assert page.password_button.isEnabled()  # head office: users.manage
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "temporaryPasswordDialog"
        field, ok = dialog.findChild(QLineEdit, "temporaryPassword"), dialog.findChild(QPushButton, "setTemporary")
        field.setText("short")
        ok.click()
        qtbot.waitUntil(lambda: dialog.operation is None, timeout=10000)
        seen["refused"] = dialog.findChild(QLabel, "temporaryMessage").text()
        seen["still_open"] = dialog.isVisible()
        field.setText("temporary-1")
        ok.click()
        seen["in_background"] = dialog.operation is not None and not ok.isEnabled()
        dialog.reject()  # refused while the reset runs: the dialog stays until it is done
        seen["not_closed"] = dialog.isVisible()

    QTimer.singleShot(0, fill)
    page.reset_password_selected()
    assert seen["refused"] and seen["still_open"] and seen["in_background"] and seen["not_closed"], seen
    assert other.name in answer_yes[-1]
    assert auth.status(demo_ctx, other.id).state == auth.MUST_CHANGE  # they choose their own at their next sign-in
    assert auth.verify(demo_ctx, other.id, "temporary-1").id == other.id
