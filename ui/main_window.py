"""Main window: sidebar of every area, stacked pages, status bar with workspace, user and node."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import qtawesome as qta
from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from opsdesk import __version__
from opsdesk.services import AppContext, workspace
from ui import labels
from ui.pages.actions import ActionsPage
from ui.pages.daily import DailyPage
from ui.pages.inspections import InspectionsPage
from ui.pages.reports import ReportsPage
from ui.pages.settings import SettingsPage
from ui.pages.conflicts import ConflictsPage
from ui.pages.stores import StoresPage
from ui.pages.sync import SyncPage
from ui.pages.templates import TemplatesPage
from ui.pages.users import UsersPage
from ui.pages.visits import VisitsPage
from ui.welcome import SwitchUserDialog
from ui.widgets.placeholder import ComingSoonPage


# Sidebar order; each key is also a --page name.
PAGE_KEYS = ("dashboard", "stores", "users", "templates", "inspections", "daily", "actions", "visits", "openings",
             "equipment", "promotions", "reports", "sync", "conflicts", "settings")


@dataclass(frozen=True)
class PageSpec:
    key: str
    icon: str
    title: str
    factory: Callable[[AppContext], QWidget] | None = None  # None: not built yet


class MainWindow(QMainWindow):
    languageChanged = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("OpsDesk"))
        self.setWindowIcon(qta.icon("fa5s.clipboard-check", color="#2563eb"))
        self.specs = self._page_specs()
        assert tuple(spec.key for spec in self.specs) == PAGE_KEYS
        self.pages: dict[str, QWidget] = {}

        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setFixedWidth(176)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { background: #1f2937; color: #e5e7eb; border: none; padding-top: 6px; }"
            "QListWidget#sidebar::item { padding: 7px 10px; }"
            "QListWidget#sidebar::item:selected { background: #2563eb; color: white; }"
        )
        self.stack = QStackedWidget(objectName="stack")
        for spec in self.specs:
            item = QListWidgetItem(qta.icon(spec.icon, color="#e5e7eb", color_active="#ffffff"), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
            page = spec.factory(ctx) if spec.factory else ComingSoonPage(spec.title, spec.icon)
            page.setObjectName(f"page-{spec.key}")
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        settings = self.pages["settings"]
        assert isinstance(settings, SettingsPage)
        settings.languageChanged.connect(self.languageChanged)
        settings.workspaceRenamed.connect(self.update_status)
        self.pages["sync"].synced.connect(self.update_status)
        self.pages["conflicts"].resolved.connect(self.update_status)

        self.workspace_label = QLabel(objectName="statusWorkspace")
        self.user_label = QLabel(objectName="statusUser")
        self.node_label = QLabel(objectName="statusNode")
        for label in (self.workspace_label, self.user_label, self.node_label):
            self.statusBar().addPermanentWidget(label)
        self._build_menu()
        self.update_status()
        self._restore()

    def _page_specs(self) -> list[PageSpec]:
        return [
            PageSpec("dashboard", "fa5s.chart-line", self.tr("Dashboard")),
            PageSpec("stores", "fa5s.store", self.tr("Stores"), StoresPage),
            PageSpec("users", "fa5s.users", self.tr("Users"), UsersPage),
            PageSpec("templates", "fa5s.clipboard-list", self.tr("Checklist templates"), TemplatesPage),
            PageSpec("inspections", "fa5s.clipboard-check", self.tr("Inspections"), InspectionsPage),
            PageSpec("daily", "fa5s.calendar-check", self.tr("Daily checklists"), DailyPage),
            PageSpec("actions", "fa5s.tools", self.tr("Corrective actions"), ActionsPage),
            PageSpec("visits", "fa5s.route", self.tr("Visit logs"), VisitsPage),
            PageSpec("openings", "fa5s.flag-checkered", self.tr("New-store opening")),
            PageSpec("equipment", "fa5s.cogs", self.tr("Equipment")),
            PageSpec("promotions", "fa5s.bullhorn", self.tr("Promotions")),
            PageSpec("reports", "fa5s.file-signature", self.tr("Signatures & reports"), ReportsPage),
            PageSpec("sync", "fa5s.sync-alt", self.tr("Sync"), SyncPage),
            PageSpec("conflicts", "fa5s.code-branch", self.tr("Sync conflicts"), ConflictsPage),
            PageSpec("settings", "fa5s.sliders-h", self.tr("Settings"), SettingsPage),
        ]

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        switch = QAction(qta.icon("fa5s.user-check"), self.tr("Switch &user..."), self)
        switch.setShortcut(QKeySequence("Ctrl+Shift+U"))
        switch.triggered.connect(self.switch_user)
        file_menu.addAction(switch)
        verify = QAction(qta.icon("fa5s.file-signature"), self.tr("&Verify a signed PDF..."), self)
        verify.setShortcut(QKeySequence("Ctrl+Shift+V"))
        verify.triggered.connect(self.verify_pdf)
        file_menu.addAction(verify)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i, spec in enumerate(self.specs):
            action = QAction(qta.icon(spec.icon), spec.title, self)
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_page(key))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About OpsDesk"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    # -- navigation
    def page_keys(self) -> list[str]:
        return [s.key for s in self.specs]

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.page_keys().index(key))

    def current_page_key(self) -> str:
        return self.specs[self.stack.currentIndex()].key

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.update_status()  # the user may have renamed themselves on the Users page
        page = self.stack.widget(row)
        refresh = getattr(page, "refresh", None)
        if refresh:
            refresh()

    # -- status
    def update_status(self) -> None:
        info = workspace.info(self.ctx)
        self.workspace_label.setText(self.tr("Workspace: %1").replace("%1", info.name))
        self.workspace_label.setToolTip(info.path)
        if info.current_user:
            user = f"{info.current_user.name} · {labels.role(info.current_user.role)}"
        else:
            user = self.tr("nobody")
        self.user_label.setText(self.tr("User: %1").replace("%1", user))
        self.node_label.setText(self.tr("Node: %1").replace("%1", info.node_id[:8]))
        self.node_label.setToolTip(self.tr("Node %1, key fingerprint %2")
                                   .replace("%1", info.node_id).replace("%2", info.node_fingerprint))
        self._update_conflict_badge()

    def _update_conflict_badge(self) -> None:
        """The sidebar shows how many sync conflicts wait for a person."""
        from opsdesk.services import sync

        row = self.page_keys().index("conflicts")
        title = self.specs[row].title
        count = sync.open_conflict_count(self.ctx)
        self.sidebar.item(row).setText(self.tr("%1 (%2)").replace("%1", title).replace("%2", str(count))
                                       if count else title)

    def switch_user(self) -> None:
        dialog = SwitchUserDialog(self.ctx, self)
        if dialog.exec():
            self.update_status()
            self._show_row(self.stack.currentIndex())

    def verify_pdf(self) -> None:
        from ui.widgets.reports import VerifyDialog

        dialog = VerifyDialog(self.ctx, parent=self)
        dialog.choose()
        dialog.exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About OpsDesk"),
                          self.tr("OpsDesk %1\nStore operations supervision, offline first.").replace("%1", __version__))

    # -- geometry
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        key = settings.value("window/page", "stores")
        self.show_page(key if key in self.page_keys() else "stores")

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.current_page_key())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)
