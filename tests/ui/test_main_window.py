"""The shell: sidebar areas, placeholders, status bar, geometry, language switch, user switch."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from opsdesk.services import org, workspace
from ui import i18n
from ui.app import Controller
from ui.main_window import MainWindow
from ui.pages.stores import StoresPage
from ui.widgets.placeholder import ComingSoonPage

AREAS = ["dashboard", "stores", "users", "templates", "inspections", "daily", "actions", "visits",
         "openings", "equipment", "promotions", "reports", "sync", "conflicts", "settings"]


def test_sidebar_has_every_area_and_placeholders_are_short(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert window.page_keys() == AREAS
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[:3] == ["总览", "门店", "用户"]
    assert "整改" in titles and "巡店日志" in titles and "同步" in titles
    assert not isinstance(window.pages["actions"], ComingSoonPage)
    assert not isinstance(window.pages["visits"], ComingSoonPage)
    assert not isinstance(window.pages["sync"], ComingSoonPage)
    assert not isinstance(window.pages["conflicts"], ComingSoonPage)
    from ui.pages.openings import OpeningsPage

    assert isinstance(window.pages["openings"], OpeningsPage)
    from ui.pages.promotions import PromotionsPage

    assert isinstance(window.pages["promotions"], PromotionsPage)
    from ui.pages.dashboard import DashboardPage

    assert isinstance(window.pages["dashboard"], DashboardPage)
    assert not any(isinstance(window.pages[key], ComingSoonPage) for key in AREAS)  # no placeholder is left
    assert isinstance(window.pages["stores"], StoresPage)
    assert not isinstance(window.pages["inspections"], ComingSoonPage)
    assert not isinstance(window.pages["daily"], ComingSoonPage)


def test_navigation_by_sidebar_and_shortcut(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.sidebar.setCurrentRow(AREAS.index("users"))
    assert window.current_page_key() == "users"
    # A page built on first show fills in the next turn of the event loop.
    qtbot.waitUntil(lambda: window.pages["users"].model.total > 0, timeout=3000)
    go = next(a for a in window.menuBar().actions() if a.text() == "前往(&G)").menu()
    stores_action = next(a for a in go.actions() if a.text() == "门店")
    assert stores_action.shortcut().toString() == "Ctrl+2"
    stores_action.trigger()
    assert window.current_page_key() == "stores"


def test_status_bar_shows_workspace_user_and_node(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    me = workspace.current_user(demo_ctx)
    # read in the background: empty until its query answers, then filled
    assert window.workspace_label.text() == ""
    qtbot.waitUntil(lambda: window.workspace_label.text() != "", timeout=5000)
    assert window.workspace_label.text() == "工作区：优品生活连锁 · 演示工作区"
    assert window.user_label.text() == f"当前用户：{me.name} · 督导"
    assert window.node_label.text() == f"节点：{demo_ctx.db.node.node_id[:8]}"
    assert demo_ctx.db.node.fingerprint in window.node_label.toolTip()


def test_switch_user_updates_status_and_persists(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    from opsdesk.demo import DEMO_PASSWORD
    from ui.widgets.sign_in import SignInDialog

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    head = org.query_users(demo_ctx, org.UserQuery(role="head_office"))[0]

    def pick(dialog: SignInDialog) -> int:  # the other user's password is asked (tests/ui/test_sign_in.py)
        qtbot.addWidget(dialog)
        dialog.form.users.setCurrentIndex(dialog.form.users.findData(head.id))
        dialog.form.password.setText(DEMO_PASSWORD)
        dialog.form.submit()
        qtbot.waitUntil(lambda: dialog.form.operation is None, timeout=10000)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", pick)
    window.switch_user()
    qtbot.waitUntil(lambda: window.user_label.text() == f"当前用户：{head.name} · 总部", timeout=5000)
    assert demo_ctx.user_id == head.id
    assert workspace.current_user(demo_ctx).id == head.id


def test_geometry_and_page_are_kept_in_qsettings(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(760, 530)  # the offscreen screen is 800x800: stay inside it
    window.show_page("users")
    QApplication.processEvents()
    kept = (window.width(), window.height())
    assert kept != (1280, 800)  # not the default size
    window.close()
    assert QSettings().value("window/page") == "users"
    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    again.show()
    QApplication.processEvents()
    assert (again.width(), again.height()) == kept
    assert again.current_page_key() == "users"


def test_language_switch_in_settings_rebuilds_the_window_in_english(qtbot, demo_ctx, translations) -> None:  # noqa: ANN001
    controller = Controller(demo_ctx, translations)
    controller.show("settings")
    first = controller.window
    qtbot.addWidget(first)
    assert first.sidebar.item(1).text() == "门店"
    settings_page = first.pages["settings"]
    settings_page.language.setCurrentIndex(settings_page.language.findData("en"))
    qtbot.waitUntil(lambda: controller.window is not first, timeout=3000)
    second = controller.window
    qtbot.addWidget(second)
    assert QSettings().value(i18n.SETTING) == "en"
    assert translations.language == "en"
    assert second.sidebar.item(1).text() == "Stores"
    assert second.current_page_key() == "settings"
    qtbot.waitUntil(lambda: second.user_label.text().startswith("User: "), timeout=5000)
    # and back to Chinese
    page = second.pages["settings"]
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: controller.window is not second, timeout=3000)
    qtbot.addWidget(controller.window)
    assert controller.window.sidebar.item(1).text() == "门店"
    QTimer.singleShot(0, lambda: None)


def test_settings_page_shows_installation_facts_and_renames_workspace(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from acting import as_head_office

    as_head_office(demo_ctx)  # the workspace's settings are head office's (opsdesk.permissions)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show_page("settings")
    page = window.pages["settings"]
    assert page.db_path.text() == str(demo_ctx.db.path)
    assert demo_ctx.db.node.node_id in page.node.text()
    from opsdesk.db import latest_migration_file

    assert page.schema.text() == latest_migration_file()  # the head, whatever its number
    page.workspace_name.setText("华东区运营部")
    page.save_name.click()
    assert workspace.workspace_name(demo_ctx) == "华东区运营部"
    qtbot.waitUntil(lambda: window.workspace_label.text() == "工作区：华东区运营部", timeout=5000)


def test_settings_keep_the_company_name_for_reports(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from acting import as_head_office

    as_head_office(demo_ctx)  # the workspace's settings are head office's (opsdesk.permissions)
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show_page("settings")
    page = window.pages["settings"]
    page.company.setText("优品生活连锁有限公司")
    page.company.editingFinished.emit()
    assert demo_ctx.db.get_meta("company_name") == "优品生活连锁有限公司"
    from opsdesk.reports.layout import company_of

    assert company_of(demo_ctx)[0] == "优品生活连锁有限公司"
    assert "签名身份" in page.identity.text() or "本机还没有" in page.identity.text()


def test_reports_page_opens_the_verify_dialog(qtbot, demo_ctx, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    from reportlab.pdfgen import canvas
    from PySide6.QtWidgets import QFileDialog

    from ui.widgets.reports import VerifyDialog

    pdf = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(100, 700, "unsigned")
    c.save()
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show_page("reports")
    page = window.pages["reports"]
    assert not isinstance(page, ComingSoonPage)
    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    monkeypatch.setattr(VerifyDialog, "exec", lambda self: seen.append(self.verdict.text()) or 0)
    page.verify_button.click()
    assert seen == ["此 PDF 没有签名。"]


def test_icons_come_once_the_first_page_shows_its_data(qtbot, demo_ctx) -> None:  # noqa: ANN001
    """qtawesome is not on the way to the first page's rows: the window's, the sidebar's and the page's button
    icons are held until the page shows its data (ui.icons), then set; a page built later gets them at once."""
    from ui import icons

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    page = window.pages["stores"]
    blank = window.sidebar.item(1).icon().cacheKey()  # the shell's transparent stand-in
    assert icons.held()
    assert page.new_button.icon().isNull() and window.windowIcon().isNull()
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    qtbot.waitUntil(lambda: not icons.held(), timeout=5000)
    assert not page.new_button.icon().isNull() and not window.windowIcon().isNull()
    assert window.sidebar.item(1).icon().cacheKey() != blank
    assert not page.search.actions()[0].icon().isNull()  # the search field's magnifier
    later = StoresPage(demo_ctx)  # no window opening: its icons at once
    qtbot.addWidget(later)
    assert not later.new_button.icon().isNull()


def test_a_window_closed_before_its_first_data_lets_the_icons_go(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from ui import icons

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert icons.held()
    window.close()
    assert not icons.held()
    page = StoresPage(demo_ctx)
    qtbot.addWidget(page)
    assert not page.new_button.icon().isNull()
