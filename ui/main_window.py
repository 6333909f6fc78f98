"""Main window: sidebar of every area, stacked pages, status bar with workspace, user and node.

Pages are built on first use (DESIGN.md §6: start-up builds only the page it shows):
``window.pages[key]`` builds the page if needed, and the page modules are imported then.

Paint first, then load: ``MainWindow()`` without a workspace is the shell — title,
sidebar, menus, a page saying the workspace is being opened, status bar — cheap enough to be shown
before the core (SQLAlchemy, the models, the services) or qtawesome is imported; this module imports
neither at module level. ``attach(ctx)`` then does the rest: icons, pages, status, conflict badge.
``MainWindow(ctx)`` is both at once.
"""

from __future__ import annotations

import importlib
import sys
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QIcon, QKeySequence, QPaintEvent, QPixmap
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
from ui import icons

if TYPE_CHECKING:
    from opsdesk.services import AppContext

# The shell is shown before anything else (module docstring), so it does not touch PySide6's ``Qt``
# namespace, whose first use builds all of its ~120 enums (importing it is a use): the role is spelled
# as a number, and what needs ``Qt`` imports it after the shell's first frame.
KEY_ROLE = 0x0100  # Qt.ItemDataRole.UserRole: a sidebar item's page key

# Imported with the pages' modules after start-up (``_warm_next_page_module``): what several pages import only
# when they are built (the report buttons: Qt's PDF modules), so opening them does not pay for it.
WARM_ALSO = ("ui.widgets.reports",)

# The lists' pages, built while the user looks at the first page once the modules are imported
# (``_build_next_list_page``): building one (20-60 ms) and painting it for the first time were one stall.
PREBUILT = ("stores", "inspections", "actions", "equipment", "openings", "visits", "promotions")

# Pages made of many widgets styled by object name (item rows, panels, previews, proposals): they carry the
# whole of ui.style's sheet. The list pages do not: under a style sheet every widget costs two to four times
# as much to build (ui.style), and their few named widgets carry their own rules.
STYLED_TREE_PAGES = frozenset({"dashboard", "users", "templates", "daily", "reports", "sync", "conflicts",
                               "settings"})

# Sidebar order; each key is also a --page name.
PAGE_KEYS = ("dashboard", "stores", "users", "templates", "inspections", "daily", "actions", "visits", "openings",
             "equipment", "promotions", "reports", "sync", "conflicts", "settings")


def _lazy(module: str, name: str) -> Callable[[AppContext], QWidget]:
    """A page factory that imports its module when the page is first built."""

    def build(ctx: AppContext) -> QWidget:
        return getattr(importlib.import_module(module), name)(ctx)

    build.__qualname__ = f"{module}.{name}"
    build.module = module  # type: ignore[attr-defined]
    return build


@dataclass(frozen=True)
class PageSpec:
    key: str
    icon: str
    title: str
    factory: Callable[[AppContext], QWidget] | None = None  # None: not built yet (a "coming soon" page)


class Pages(Mapping[str, QWidget]):
    """``window.pages``: every area's page by key, each built the first time it is asked for."""

    def __init__(self, window: "MainWindow") -> None:
        self._window = weakref.ref(window)  # no cycle: a closed window's wrapper goes with its last reference
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is None:
            window = self._window()
            if key not in PAGE_KEYS or window is None:
                raise KeyError(key)
            page = self._built[key] = window._build_page(key)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_KEYS)

    def __len__(self) -> int:
        return len(PAGE_KEYS)

    def is_built(self, key: str) -> bool:
        return key in self._built


class MainWindow(QMainWindow):
    languageChanged = Signal(str)
    # Another workspace chosen (File → Connect to head-office server…): its file path or server URL, never a
    # password; the app (ui.app.Startup.switch_workspace) closes this one and opens that one.
    workspaceChosen = Signal(str)
    # Once after attach(): the page shown then has its data (the background loads it started have ended) and
    # the window has been painted with it. The start-up's other reads (conflict count, equipment warnings,
    # the other pages' modules, the reminders) wait for it, so they do not delay that page or that frame.
    ready = Signal()

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None  # set by attach()
        self.setWindowTitle(self.tr("OpsDesk"))
        self.specs = self._page_specs()
        assert tuple(spec.key for spec in self.specs) == PAGE_KEYS
        self.pages = Pages(self)

        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setFixedWidth(176)
        from ui.style import styled

        styled(self.sidebar)  # its dark look: the QListWidget#sidebar rules of ui.style, on the sidebar alone
        self.stack = QStackedWidget(objectName="stack")
        blank = QPixmap(self.sidebar.iconSize())
        blank.fill(QColor(0, 0, 0, 0))
        no_icon = QIcon(blank)  # keeps the icons' room, so the titles do not move when they come with attach()
        for spec in self.specs:
            item = QListWidgetItem(no_icon, spec.title)
            item.setData(KEY_ROLE, spec.key)
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # stands in for the page until it is built
        self.sidebar.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.opening: QLabel | None = None
        if ctx is None:  # the shell: this page until attach()
            self.opening = QLabel(self.tr("Opening the workspace..."), objectName="opening")
            # Its role as a plain property and its look by ui.style.styled (a font, a palette and its own
            # QLabel#opening rule, which centres it): no re-polish, which would make PySide6 build the ``Qt``
            # namespace.
            self.opening.setProperty("role", "placeholder")
            styled(self.opening)
            self.stack.hide()
            layout.addWidget(self.opening, 1)
        self.setCentralWidget(central)

        self.workspace_label = QLabel(objectName="statusWorkspace")
        self.user_label = QLabel(objectName="statusUser")
        self.node_label = QLabel(objectName="statusNode")
        for label in (self.workspace_label, self.user_label, self.node_label):
            self.statusBar().addPermanentWidget(label)
        # Equipment warnings on start-up (warranties ending, service lives reached, stale faults): each part
        # a link to the equipment page filtered by it; read off the GUI thread after the first frame.
        self.equipment_notice = QLabel(objectName="equipmentNotice")  # rich text: set by attach()
        self.equipment_notice.linkActivated.connect(self.equipment_warning_clicked)
        self.equipment_notice.setProperty("role", "warning")  # see the opening page above
        styled(self.equipment_notice)
        self.equipment_notice.hide()
        self.statusBar().addWidget(self.equipment_notice, 1)
        self._extras: list[tuple[QAction, str, str | None]] = []  # menu actions' icons and shortcuts, for attach()
        self._needs_workspace: list[QAction] = []  # enabled by attach()
        self._build_menu()
        # The conflict count needs the sync service (DESIGN.md §6): counted once the first page has its data.
        self._badge_due = False
        self._ready = False  # ``ready`` emitted
        self._data_frame_due = False  # the first page has its data: the next frame of the window shows it
        self._stale: set[str] = set()  # pages to refresh: an operation changed what they show
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self._refresh_stale)
        self._restore()  # geometry now (no jump once shown); the saved page is selected, built by attach()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Put the open workspace ``ctx`` in the shell: icons, the selected page, status bar.

        The icons (the window's, the sidebar's, the menus', the first page's buttons') are held until the first
        page shows its data (``ui.icons``): importing qtawesome would delay that page as much again."""
        from PySide6.QtCore import Qt

        assert self.ctx is None, "attach() once"
        self.ctx = ctx
        self._hold_icons()
        self.equipment_notice.setTextFormat(Qt.TextFormat.RichText)
        icons.set_icon(self, "fa5s.clipboard-check", setter="setWindowIcon", color="#2563eb")
        for row, spec in enumerate(self.specs):
            icons.set_icon(self.sidebar.item(row), spec.icon, color="#e5e7eb", color_active="#ffffff")
        for action, icon, shortcut in self._extras:
            icons.set_icon(action, icon)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
        self._quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action in self._needs_workspace:
            action.setEnabled(True)
        if self.opening is not None:
            self.opening.hide()
            self.opening.deleteLater()
            self.opening = None
            self.stack.show()
        self._show_row(self.sidebar.currentRow())  # builds the page, which fills the status bar
        self.update()  # a frame of the whole window
        from ui.operations import tasks

        tasks().tables_changed.connect(self.tables_changed)
        # After the page's refresh, which _show_row() queued when the window is shown (timers of the
        # same interval fire in the order they were started).
        QTimer.singleShot(0, self, self._await_first_data)

    def _hold_icons(self) -> None:
        """Hold the icons (``ui.icons``) until this window's first page shows its data, or the window goes."""
        icons.hold()
        holding = [True]

        def let_go(*_args: object) -> None:  # once: on ready, on close, or when deleted before either
            if holding[0]:
                holding[0] = False
                icons.release()

        self._release_icons = let_go
        self.destroyed.connect(let_go)  # a plain function: no reference to the window

    def _await_first_data(self) -> None:
        """The first page has started its loads: ``ready`` once they (and any they start) have ended."""
        from PySide6.QtCore import Qt

        from ui.operations import tasks

        manager = tasks()
        if manager.running():
            manager.idle.connect(self._first_data_shown, Qt.ConnectionType.SingleShotConnection)
        else:
            self._first_data_shown()

    def _first_data_shown(self) -> None:
        """The first page's loads have ended: a frame of the whole window (paintEvent) goes on from there."""
        if self._ready or self.ctx is None:
            return
        self._data_frame_due = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._data_frame_due:
            self._data_frame_due = False
            QTimer.singleShot(0, self, self._became_ready)  # after the rest of this frame (the page) is painted

    def _became_ready(self) -> None:
        if self._ready or self.ctx is None:
            return
        self._ready = True
        self._badge_due = True
        self.ready.emit()
        QTimer.singleShot(0, self, self._release_icons)
        QTimer.singleShot(0, self, self._update_conflict_badge)
        QTimer.singleShot(0, self, self.load_equipment_warnings)
        QTimer.singleShot(400, self, self._warm_next_page_module)

    def is_ready(self) -> bool:
        """Whether ``ready`` was emitted: the page shown after attach() has its data, and it was painted."""
        return self._ready

    # -- pages refresh themselves after an operation changed what they show
    def tables_changed(self, changed: set[str]) -> None:
        """An operation changed ``changed``: every built page whose ``SHOWS`` meets them refreshes —
        the one shown now after a short pause (several operations ending together refresh it once),
        the others when they are next shown (``_show_row`` refreshes every page it shows)."""
        from ui.operations import touches

        for key in PAGE_KEYS:
            if not self.pages.is_built(key):
                continue
            page = self.pages[key]
            if touches(changed, getattr(page, "SHOWS", ())) and hasattr(page, "refresh"):
                self._stale.add(key)
        if self._stale:
            self._refresh_timer.start()

    def _refresh_stale(self) -> None:
        if self.ctx is None or not self.isVisible():
            return  # shown again (or rebuilt) later: _show_row refreshes the page then
        key = self.current_page_key()
        if key in self._stale:
            self._stale.discard(key)
            self.pages[key].refresh()

    def is_attached(self) -> bool:
        return self.ctx is not None

    def _page_specs(self) -> list[PageSpec]:
        return [
            PageSpec("dashboard", "fa5s.chart-line", self.tr("Dashboard"),
                     _lazy("ui.pages.dashboard", "DashboardPage")),
            PageSpec("stores", "fa5s.store", self.tr("Stores"), _lazy("ui.pages.stores", "StoresPage")),
            PageSpec("users", "fa5s.users", self.tr("Users"), _lazy("ui.pages.users", "UsersPage")),
            PageSpec("templates", "fa5s.clipboard-list", self.tr("Checklist templates"),
                     _lazy("ui.pages.templates", "TemplatesPage")),
            PageSpec("inspections", "fa5s.clipboard-check", self.tr("Inspections"),
                     _lazy("ui.pages.inspections", "InspectionsPage")),
            PageSpec("daily", "fa5s.calendar-check", self.tr("Daily checklists"), _lazy("ui.pages.daily", "DailyPage")),
            PageSpec("actions", "fa5s.tools", self.tr("Corrective actions"), _lazy("ui.pages.actions", "ActionsPage")),
            PageSpec("visits", "fa5s.route", self.tr("Visit logs"), _lazy("ui.pages.visits", "VisitsPage")),
            PageSpec("openings", "fa5s.flag-checkered", self.tr("New-store opening"),
                     _lazy("ui.pages.openings", "OpeningsPage")),
            PageSpec("equipment", "fa5s.cogs", self.tr("Equipment"), _lazy("ui.pages.equipment", "EquipmentPage")),
            PageSpec("promotions", "fa5s.bullhorn", self.tr("Promotions"),
                     _lazy("ui.pages.promotions", "PromotionsPage")),
            PageSpec("reports", "fa5s.file-signature", self.tr("Signatures & reports"),
                     _lazy("ui.pages.reports", "ReportsPage")),
            PageSpec("sync", "fa5s.sync-alt", self.tr("Sync"), _lazy("ui.pages.sync", "SyncPage")),
            PageSpec("conflicts", "fa5s.code-branch", self.tr("Sync conflicts"),
                     _lazy("ui.pages.conflicts", "ConflictsPage")),
            PageSpec("settings", "fa5s.sliders-h", self.tr("Settings"), _lazy("ui.pages.settings", "SettingsPage")),
        ]

    def _build_page(self, key: str) -> QWidget:
        """Build ``key``'s page and put it in its place in the stack (only ``Pages`` calls this)."""
        if self.ctx is None:
            raise RuntimeError("no workspace yet: pages are built after attach()")
        row = self.page_keys().index(key)
        spec = self.specs[row]
        module = getattr(spec.factory, "module", None)
        if module:
            importlib.import_module(module)
        if "qtawesome" in sys.modules:  # the page draws icons itself (qta.icon), maybe before ui.icons did
            from ui.app import install_icon_font

            install_icon_font()  # the one icon font OpsDesk draws from, not all of qtawesome's
        if spec.factory is not None:
            page = spec.factory(self.ctx)
        else:
            from ui.widgets.placeholder import ComingSoonPage

            page = ComingSoonPage(spec.title, spec.icon)
        page.setObjectName(f"page-{spec.key}")
        if key in STYLED_TREE_PAGES:
            from ui.style import style_tree

            style_tree(page)
        stand_in = self.stack.widget(row)
        current = self.stack.currentIndex()
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        self.stack.setCurrentIndex(current)
        if key == "settings":
            page.languageChanged.connect(self.languageChanged)
            page.workspaceRenamed.connect(self.update_status)
        elif key == "sync":
            page.synced.connect(self.update_status)
        elif key == "conflicts":
            page.resolved.connect(self.update_status)
        return page

    def _build_menu(self) -> None:
        """The menus; their icons and shortcuts come with attach() (the first ``setShortcut`` builds
        the ``Qt`` namespace's enums, and no key reaches the shell before then anyway)."""
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        switch = QAction(self.tr("Switch &user..."), self)
        switch.triggered.connect(self.switch_user)
        file_menu.addAction(switch)
        verify = QAction(self.tr("&Verify a signed PDF..."), self)
        verify.triggered.connect(self.verify_pdf)
        file_menu.addAction(verify)
        self._extras += [(switch, "fa5s.user-check", "Ctrl+Shift+U"), (verify, "fa5s.file-signature", "Ctrl+Shift+V")]
        lock = QAction(self.tr("&Lock"), self)
        lock.triggered.connect(self.lock)
        file_menu.addAction(lock)
        password = QAction(self.tr("Change &password..."), self)
        password.triggered.connect(self.change_password)
        file_menu.addAction(password)
        self._extras += [(lock, "fa5s.lock", "Ctrl+L"), (password, "fa5s.key", None)]
        connect = QAction(self.tr("&Connect to head-office server..."), self)
        connect.triggered.connect(self.connect_server)
        file_menu.addAction(connect)
        self._extras.append((connect, "fa5s.server", None))
        self._lock_screen: QWidget | None = None  # shown instead of the content while locked
        self._dialog_lock = None  # ui.widgets.screen_lock.DialogLock: the other windows' covers while locked
        self._locked_user: str | None = None  # who was signed in when it locked
        self._content: QWidget | None = None
        for action in (switch, verify, lock, password, connect):
            action.setEnabled(False)
            self._needs_workspace.append(action)
        file_menu.addSeparator()
        self._quit_action = QAction(self.tr("&Quit"), self)
        self._quit_action.triggered.connect(self.close)
        file_menu.addAction(self._quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i, spec in enumerate(self.specs):
            action = QAction(spec.title, self)
            self._extras.append((action, spec.icon, f"Ctrl+{i + 1}" if i < 9 else None))
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
        """The page shown (in the shell: the one attach() will show)."""
        if self.ctx is None:
            return self.specs[max(self.sidebar.currentRow(), 0)].key
        return self.specs[self.stack.currentIndex()].key

    def _show_row(self, row: int) -> None:
        if row < 0 or self.ctx is None:  # the shell: the selected row is shown by attach()
            return
        key = self.specs[row].key
        fresh = not self.pages.is_built(key)
        page = self.pages[key]
        self.stack.setCurrentIndex(row)
        self.update_status()  # the user may have renamed themselves on the Users page
        self._stale.discard(key)  # refreshed now
        refresh = getattr(page, "refresh", None)
        if refresh and fresh and self.isVisible():
            QTimer.singleShot(0, page, refresh)  # built in this turn of the event loop, filled in the next
        elif refresh:
            refresh()

    # -- status
    def update_status(self) -> None:
        """Read the status bar's workspace, user and node in the background (a page switch, a rename, a sync);
        they are shown when they arrive (``_show_status``). The sidebar's conflict count is read again too, once due."""
        from ui.operations import alive, load

        ctx = self.ctx
        if ctx is None:
            return

        def read() -> tuple:  # in the pool: what the status bar shows
            from opsdesk.services import workspace

            user = workspace.current_user(ctx)
            return (workspace.workspace_name(ctx), ctx.db.location, ctx.db.node.node_id, ctx.db.node.fingerprint,
                    (user.name, user.role) if user else None)

        window = weakref.ref(self)  # a rebuilt window (language switch) is not kept alive by its last read

        def show(status: tuple) -> None:
            me = window()
            if me is not None and alive(me) and me.ctx is ctx:
                me._show_status(status)

        # owned by a label (an operation keeps its owner alive; the window must go when rebuilt); a newer read
        # supersedes an older one still running
        load(self.node_label, read, show, key="status", name="main window: status bar")
        if self._badge_due:
            self._update_conflict_badge()

    def _show_status(self, status: tuple) -> None:
        """The status bar's texts, set only where they changed (a page switch usually changes none)."""
        name, location, node_id, fingerprint, user = status
        if user is not None:
            from ui import labels

            who = f"{user[0]} · {labels.role(user[1])}"
        else:
            who = self.tr("nobody")
        for label, text, tip in (
                (self.workspace_label, self.tr("Workspace: %1").replace("%1", name), location),
                (self.user_label, self.tr("User: %1").replace("%1", who), None),
                (self.node_label, self.tr("Node: %1").replace("%1", node_id[:8]),
                 self.tr("Node %1, key fingerprint %2").replace("%1", node_id).replace("%2", fingerprint))):
            if label.text() != text:
                label.setText(text)
            if tip is not None and label.toolTip() != tip:
                label.setToolTip(tip)

    def _warm_next_page_module(self) -> None:
        """While the user looks at the first page, import the other pages' modules, one per turn of the
        event loop, so opening a page later does not also pay for its imports."""
        for module in [getattr(spec.factory, "module", None) for spec in self.specs] + list(WARM_ALSO):
            if module and module not in sys.modules:
                importlib.import_module(module)
                QTimer.singleShot(0, self, self._warm_next_page_module)
                return
        # What those imports made lives as long as the app, as what start-up made (ui.app.settle_collector): out
        # of the collector's passes too, which otherwise walked it all on the GUI thread (a stall of 100 ms
        # and more, at whatever moment they came: opening a page, scrolling a list).
        from ui.app import settle_collector

        settle_collector()
        QTimer.singleShot(0, self, lambda ctx=self.ctx: self._build_next_list_page(ctx))

    def _build_next_list_page(self, ctx: AppContext | None) -> None:
        """Then build the lists' pages, one per turn of the event loop (they load their rows when first shown):
        the first opening of a list only switches to it and paints, instead of also building it in that turn."""
        if ctx is None or ctx is not self.ctx or not self.isVisible():
            return
        for key in PREBUILT:
            if key in self.page_keys() and not self.pages.is_built(key):
                self.pages[key]
                QTimer.singleShot(0, self, lambda: self._build_next_list_page(ctx))
                return
        from ui.app import settle_collector

        settle_collector()  # the pages live as long as the workspace is open

    def load_equipment_warnings(self) -> None:
        """Read ``equipment.warnings`` in the background; the notice shows what it found."""
        from ui.operations import alive, load

        ctx = self.ctx
        if ctx is None:
            return

        def read():  # noqa: ANN202 - in the pool
            from opsdesk.services import equipment

            return equipment.warnings(ctx)

        window = weakref.ref(self)  # a rebuilt window (language switch) is not kept alive by its last load

        def show(found) -> None:  # noqa: ANN001
            me = window()
            if me is not None and alive(me):
                me._show_equipment_warnings(found)

        # owned by the notice: an operation keeps its owner alive, and the window must go when rebuilt
        load(self.equipment_notice, read, show, key="equipment_warnings", name="start-up: equipment warnings")

    def _show_equipment_warnings(self, found) -> None:  # noqa: ANN001 - an equipment.EquipmentWarnings
        import html

        parts = []
        for key, count, text in (
                ("warranty", found.warranty_expiring, self.tr("%n warranty(ies) ending within 30 days", "",
                                                              found.warranty_expiring)),
                ("life", found.life_reached, self.tr("%n item(s) past their service life", "", found.life_reached)),
                ("faults", found.stale_faults, self.tr("%n fault(s) open more than 14 days", "", found.stale_faults))):
            if count:
                parts.append(f'<a href="{key}">{html.escape(text)}</a>')
        self.equipment_notice.setText(self.tr("Equipment: %1").replace("%1", self.tr(", ").join(parts)))
        self.equipment_notice.setToolTip(self.tr("Click a warning to see those items on the Equipment page"))
        self.equipment_notice.setVisible(bool(parts))

    def equipment_warning_clicked(self, key: str) -> None:
        """Open the equipment page filtered by the warning clicked (``warranty``, ``life`` or ``faults``)."""
        self.show_page("equipment")
        page = self.pages["equipment"]
        if hasattr(page, "warning_clicked"):
            page.warning_clicked(key)

    def _update_conflict_badge(self) -> None:
        """The sidebar shows how many sync conflicts wait for a person (counted in the background)."""
        from ui.operations import alive, load

        ctx = self.ctx
        if ctx is None:
            return

        def count() -> int:  # in the pool
            from opsdesk.services import sync

            return sync.open_conflict_count(ctx)

        window = weakref.ref(self)

        def show(found: int) -> None:
            me = window()
            if me is not None and alive(me) and me.ctx is ctx:
                me._show_conflict_badge(found)

        load(self.sidebar, count, show, key="conflicts", name="main window: conflict count")

    def _show_conflict_badge(self, count: int) -> None:
        row = self.page_keys().index("conflicts")
        title = self.specs[row].title
        text = self.tr("%1 (%2)").replace("%1", title).replace("%2", str(count)) if count else title
        if self.sidebar.item(row).text() != text:
            self.sidebar.item(row).setText(text)

    def switch_user(self) -> None:
        """File → Switch user: the chosen user's password is asked (sign-in), unless the workspace is being set
        up (no users: the plain list)."""
        from opsdesk import auth
        from ui.welcome import SwitchUserDialog
        from ui.widgets.sign_in import SignInDialog

        if self.ctx is None:
            return
        if auth.sign_in_required(self.ctx):
            dialog = SignInDialog(self.ctx, self, start=False)
            from ui.widgets.screen_lock import EXEMPT

            dialog.setProperty(EXEMPT, True)  # usable while locked: not covered by the lock
        else:
            dialog = SwitchUserDialog(self.ctx, self)
        if dialog.exec():
            if self.is_locked():
                self._unlock()
            self.update_status()
            self._show_row(self.stack.currentIndex())

    # -- lock (ui.widgets.sign_in: the idle lock of ui/app.py calls lock())
    def is_locked(self) -> bool:
        return self._lock_screen is not None

    def lock(self) -> None:
        """Hide the content behind a lock screen that asks the current user's password (or Switch user…);
        what the person unlocked is forgotten. Nothing in a workspace without users (being set up)."""
        from opsdesk import auth
        from ui.widgets.screen_lock import DialogLock
        from ui.widgets.sign_in import LockScreen

        if self.ctx is None or self.is_locked() or not self.ctx.user_id or not auth.sign_in_required(self.ctx):
            return
        self.ctx.forget_secrets()
        screen = LockScreen(self.ctx)
        screen.unlocked.connect(self._unlock)
        screen.switchRequested.connect(self.switch_user)
        self._content = self.takeCentralWidget()
        self._lock_screen = screen
        self.setCentralWidget(screen)
        self.menuBar().setEnabled(False)
        screen.form.password.setFocus()
        # The other windows open now (dialogs, message boxes): covered, not closed (what was typed stays); when a
        # modal one is open, a lock window above it holds the unlock form (ui.widgets.screen_lock).
        self._locked_user = self.ctx.user_id
        self._dialog_lock = DialogLock(self.ctx, self, self._unlock, self.switch_user)

    def _unlock(self) -> None:
        if not self.is_locked():
            return
        screen = self.takeCentralWidget()
        self._lock_screen = None
        content, self._content = self._content, None
        self.setCentralWidget(content)
        content.show()
        self.menuBar().setEnabled(True)
        screen.deleteLater()
        if self._dialog_lock is not None:
            # The same person: their dialogs come back as they were. Another user (Switch user on the lock
            # screen): the previous user's open dialogs are rejected, never shown to the new one (see release).
            dialogs, self._dialog_lock = self._dialog_lock, None
            dialogs.release(keep_windows=self.ctx is not None and self.ctx.user_id == self._locked_user)
        self.update_status()

    def change_password(self) -> None:
        from ui.widgets.sign_in import ChangePasswordDialog

        if self.ctx is None or not self.ctx.user_id:
            return
        if ChangePasswordDialog(self.ctx, self).exec():
            self.statusBar().showMessage(self.tr("Your password was changed."), 5000)

    def verify_pdf(self) -> None:
        from ui.widgets.reports import VerifyDialog

        if self.ctx is None:
            return
        dialog = VerifyDialog(self.ctx, parent=self)
        dialog.choose()
        dialog.exec()

    def connect_server(self) -> None:
        """File → Connect to head-office server…: on OK the app reopens on that server's workspace."""
        from ui.widgets.connect_server import ConnectServerDialog

        dialog = ConnectServerDialog(self)
        if dialog.exec():
            self.workspaceChosen.emit(dialog.url())

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
        if self.ctx is None:  # closed before the workspace was open: nothing of this run to keep
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.current_page_key())

    def settle_operations(self, closing: bool) -> None:
        """Before this window goes (closed, or rebuilt for another language): wait for the background
        operations, offering to cancel them. When ``closing``, their callbacks no longer reach its pages."""
        from ui.operations import settle

        settle(self, detach=self if closing else None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.ctx is not None:
            self._release_icons()
            self.settle_operations(closing=True)
        self.save_state()
        super().closeEvent(event)
