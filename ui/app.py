"""Application start: QApplication, bundled CJK font, translator, main window, workspace.

Paint first, then load: ``run()`` shows the main window's shell (``MainWindow()``)
as soon as Qt and the translations are up, and only after its first frame opens the workspace,
which imports the core (SQLAlchemy, the models) — this module imports neither at module level —
asks who is using it when needed, and attaches it to the window.
"""

from __future__ import annotations

import argparse
import builtins
import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from opsdesk import paths  # before PySide6 and its import hook (see plain_imports): it has no Qt

# Python's own import, taken before PySide6 puts its hook in its place: see plain_imports().
_PLAIN_IMPORT = builtins.__import__

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal  # noqa: E402
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox  # noqa: E402

from ui import i18n, style  # noqa: E402

if TYPE_CHECKING:
    from opsdesk.services import AppContext
    from ui.main_window import MainWindow

CJK_FAMILY = "WenQuanYi Micro Hei"
SCREENSHOT_SIZE = (1280, 800)
# Start-up measurement (tests/perf/bench_startup.py): print "painted <seconds since the
# process started>" once the main window's first frame (the shell) is painted, then exit at once.
EXIT_AFTER_PAINT = "OPSDESK_EXIT_AFTER_PAINT"
# ... or go on, print "painted" all the same, and once the workspace is attached and the window
# painted with it (fully usable), print "ready <seconds since the process started>" and exit.
EXIT_AFTER_READY = "OPSDESK_EXIT_AFTER_READY"
# The workspace is opened after the shell's first frame, or after this long if none comes (say, a
# window manager that does not show it yet).
LOAD_AT_THE_LATEST_MS = 1000


SERVER_SCHEMES = ("postgresql:", "postgresql+psycopg:", "postgres:")


def is_server(target: object) -> bool:
    """Whether ``target`` is a head-office server's URL (``postgresql://user@host:port/dbname``), not a file."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)


def workspace_target(value: str) -> Path | str:
    """``--db``: a workspace file, or a server URL (kept as text: a Path would fold its ``//``)."""
    return value if is_server(value) else Path(value)


def shown(target: Path | str) -> str:
    """A workspace for messages and logs: a server URL without any password."""
    if is_server(target):
        from opsdesk.pg import display

        return display(str(target))
    return str(target)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="opsdesk-gui", description="OpsDesk (运营督导台)")
    parser.add_argument("--db", type=workspace_target, default=None,
                        help=f"workspace: a file or postgresql://user@host:port/dbname "
                             f"(default: {paths.default_db_path()})")
    parser.add_argument("--page", default=None, help="page to open (stores, users, settings, ...)")
    parser.add_argument("--screenshot", type=Path, default=None, help="render the window to this PNG and exit")
    parser.add_argument("--lang", choices=("system", *i18n.LANGUAGES), default=None, help="interface language")
    return parser.parse_args(argv)


def register_fonts() -> str | None:
    """Register the bundled CJK font and use it as the fallback after the system font."""
    font_id = QFontDatabase.addApplicationFont(str(paths.CJK_FONT))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    family = CJK_FAMILY if CJK_FAMILY in families else (families[0] if families else None)
    if family:
        font = QGuiApplication.font()
        font.setFamilies([font.family(), family])
        # Glyphs drawn from their outlines, not fitted to the pixel grid first: each Chinese character is hinted
        # when first drawn, and a list of new names and titles has hundreds of them (a page first shown took
        # 55-65 ms for its glyphs hinted against 15-19 ms unhinted, measured with a table of 1,100 new ones).
        # The look of macOS and of most Linux desktops; on Windows it selects DirectWrite.
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        QGuiApplication.setFont(font)
    return family


def settle_collector() -> None:
    """Once the window is up: what start-up made lives as long as the app, so take it out of the
    garbage collector's full passes (which otherwise stall the GUI longer as lists grow).

    Frozen as it is, without a full collection first: that pass walks every object the imports made
    (about 150 ms on the 2-core benchmark machine, to free some 150 objects of start-up garbage)."""
    import gc

    gc.freeze()


def install_icon_font() -> None:
    """qtawesome loading its bundled icon fonts one by one, as icons of each are asked for, instead of all of
    them (a dozen fonts and their charmaps, each checksummed) at the first icon: OpsDesk draws FontAwesome 5
    solid icons (``fa5s.*``) only, so start-up loads that one. A no-op once qtawesome made its own, or when
    its internals are not what this knows (then it loads them all, as usual)."""
    import qtawesome
    from qtawesome.iconic_font import IconicFont

    bundled = {fargs[0]: fargs for fargs in getattr(qtawesome, "_BUNDLED_FONTS", ())}
    resource = getattr(qtawesome, "_resource", None)
    if "fa5s" not in bundled or not isinstance(resource, dict) or resource.get("iconic") is not None \
            or not hasattr(IconicFont, "_get_prefix_chars"):
        return

    class OnDemandIconFont(IconicFont):
        def _get_prefix_chars(self, names):  # noqa: ANN001, ANN202 - qtawesome's, before it looks up the names
            for name in names:
                prefix = name.split(".", 1)[0] if isinstance(name, str) else None
                if prefix not in self.charmap and prefix in bundled:
                    self.load_font(*bundled[prefix])
            return super()._get_prefix_chars(names)

    resource["iconic"] = OnDemandIconFont(bundled["fa5s"])


GUI_SWITCH_INTERVAL = 0.001  # seconds a thread holds the GIL while another waits for it (Python's default: 0.005)


def make_application(argv: list[str], *, collector: bool = True) -> QApplication:
    """The QApplication, named, with the bundled font and the stylesheet. With ``collector`` (the default),
    garbage is collected on the GUI thread only from now on (``ui.operations``); ``run()`` leaves that to
    ``Startup.load`` so the shell is painted before ``ui.operations`` is imported."""
    app = QApplication.instance() or QApplication(argv)
    # The GUI thread calls into Python for every cell it paints; while a background query runs Python (building
    # the next page's rows), each of those calls waits for the GIL, up to the switch interval. Python's 5 ms made
    # a list's repaint three times as long during a fetch; 1 ms keeps it within half that.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    QCoreApplication.setOrganizationName("OpsDesk")
    QCoreApplication.setApplicationName("OpsDesk")
    QGuiApplication.setApplicationDisplayName("OpsDesk")
    register_fonts()
    style.install(app)
    if collector:
        from ui.operations import install_collector

        install_collector(app)  # garbage is collected on the GUI thread only
    return app  # type: ignore[return-value]


class Controller:
    """Keeps the workspace open and rebuilds the window when the language changes."""

    def __init__(self, ctx: AppContext, translations: i18n.Translations) -> None:
        self.ctx = ctx
        self.translations = translations
        self.window = None
        self.on_created: Callable[[QMainWindow], None] | None = None  # called before the window is shown
        # Another workspace chosen in the window (its file or server URL): Startup.switch_workspace
        self.on_workspace: Callable[[str], None] | None = None

    def adopt(self, window: MainWindow) -> None:
        """Look after ``window``, already shown and attached to ``ctx`` (the start-up shell)."""
        self.window = window
        window.languageChanged.connect(self.change_language)
        window.workspaceChosen.connect(self.workspace_chosen)

    def workspace_chosen(self, target: str) -> None:
        if self.on_workspace is not None:
            QTimer.singleShot(0, lambda: self.on_workspace(target))  # once the dialog has closed

    def show(self, page: str | None = None) -> None:
        from ui.main_window import MainWindow

        old = self.window
        if old is not None:
            old.settle_operations(closing=False)  # its pages are about to go: let their jobs end first
            old.save_state()
        self.window = MainWindow(self.ctx)
        self.window.languageChanged.connect(self.change_language)
        self.window.workspaceChosen.connect(self.workspace_chosen)
        if page:
            self.window.show_page(page)
        if self.on_created is not None:
            self.on_created(self.window)
        self.window.show()
        if old is not None:
            old.hide()
            old.deleteLater()

    def remind(self) -> None:
        """The start-up notice of the current user's overdue and soon-due corrective actions, and of the
        opening milestones (新店筹备) the user owns that are late or due within three days."""
        from opsdesk.services import actions, openings
        from ui.widgets.reminders import RemindersDialog

        due = actions.reminders(self.ctx, self.ctx.user_id)
        milestones = openings.reminders(self.ctx, self.ctx.user_id)
        if not (due or milestones) or self.window is None:
            return
        dialog = RemindersDialog(due, parent=self.window, milestones=milestones)
        dialog.openRegister.connect(lambda: self.window.show_page("actions"))
        dialog.openOpening.connect(self.show_opening)
        dialog.exec()

    def show_opening(self, project_id: str) -> None:
        """The 新店筹备 page, on ``project_id`` when the page can show one."""
        if self.window is None:
            return
        self.window.show_page("openings")
        page = self.window.pages["openings"] if self.window.pages.is_built("openings") else None
        if page is not None and hasattr(page, "show_project"):
            page.show_project(project_id)

    def change_language(self, setting: str) -> None:
        self.translations.install(i18n.resolve(setting))
        QTimer.singleShot(0, lambda: self.show(self.window.current_page_key() if self.window else None))


def seconds_since_process_start() -> float | None:
    """Age of this process (Linux /proc; None elsewhere), with the kernel's clock-tick resolution."""
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])  # field 22, starttime
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class AfterPaint(QObject):
    """Event filter on ``target``: once it gets its next paint event, call ``then`` — from the event
    loop, after the rest of that frame (the children) is painted too — and remove itself. With
    ``latest_ms``, call it then at the latest (a window the system never asks to paint must still load).

    On ``target`` only, not on the application: an application-wide filter sees every event of every
    widget, and handing each of those widgets to Python made PySide6 build the Python types of some 150
    Qt classes during the shell's first frame (a third of the time from show() to that frame)."""

    def __init__(self, target: QObject, then: Callable[[], None], latest_ms: int | None = None) -> None:
        super().__init__(QCoreApplication.instance())  # owned by the application: stays alive
        self.target = target
        self.then = then
        self.fired = False
        target.installEventFilter(self)
        if latest_ms is not None:
            QTimer.singleShot(latest_ms, self, self._late)  # cancelled with this object once it fired

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.fired and watched is self.target and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, self._fire)
        return False

    def _late(self) -> None:
        if not self.fired:
            self.fired = True
            self._fire()

    def _fire(self) -> None:
        import shiboken6  # loaded with PySide6 already

        if shiboken6.isValid(self.target):  # a target deleted meanwhile took its filters with it
            self.target.removeEventFilter(self)
        self.deleteLater()
        self.then()


def report_age(what: str, exit_now: bool = False) -> None:
    """Start-up measurement: print ``what <seconds since the process started>``; exit at once if asked."""
    age = seconds_since_process_start()
    print(f"{what} {age:.3f}" if age is not None else what, flush=True)
    if exit_now:
        sys.stderr.flush()
        os._exit(0)  # the figure is time to this frame: no teardown


@contextlib.contextmanager
def plain_imports() -> Iterator[None]:
    """Import without PySide6's import hook (for the core only, and the shell's window).

    Once PySide6 is loaded, its hook (which serves ``from __feature__ import ...``) reads the source
    of every module imported after it to see whether it mentions PySide6; with paint-first the core
    (SQLAlchemy, the models, the services) is imported after PySide6, and that reading made it about
    a fifth slower to import. The core never imports Qt (import-linter contract), so the hook has
    nothing to find there. ``ui.main_window`` imports Qt classes by name only (no ``__feature__``, no
    ``import *``, which is what the hook serves), and is imported before the first frame.
    A no-op when this module was imported after PySide6 (as in the tests).
    """
    hooked = builtins.__import__
    if hooked is _PLAIN_IMPORT:
        yield
        return
    builtins.__import__ = _PLAIN_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hooked


def open_workspace(db_path: Path | str) -> AppContext:
    """Open the workspace file (migrated first when older), or a head-office server's workspace as it is: a
    server is set up and upgraded by its administrator (``opsdesk db upgrade``), never by one desktop."""
    with plain_imports():
        from opsdesk.db import Database
        from opsdesk.services import AppContext, workspace

    if is_server(db_path):
        db = Database.open(str(db_path), migrate_schema=False, create=False)
    else:
        db = Database.open(db_path)
    ctx = AppContext(db)
    workspace.prepare(ctx)
    user = workspace.current_user(ctx)
    ctx.user_id = user.id if user else None
    return ctx


def install_excepthook() -> None:
    """An unexpected error in a slot is shown (translated, naming the log file) and logged with its
    traceback, instead of vanishing into stderr."""
    previous = sys.excepthook

    def hook(kind, exc, tb) -> None:  # noqa: ANN001
        import logging

        from ui.errors import describe

        setup_logging()  # an error before the shell's first frame is logged too
        logging.getLogger("ui.app").error("unexpected error", exc_info=(kind, exc, tb))
        previous(kind, exc, tb)
        if QApplication.instance() is not None and not isinstance(exc, KeyboardInterrupt):
            QMessageBox.critical(None, QCoreApplication.translate("App", "OpsDesk"), describe(exc))

    sys.excepthook = hook


def choose_user(ctx: AppContext, parent: QMainWindow | None = None) -> bool:
    """Make sure someone is using the workspace, before any of its data is shown: the welcome dialog when it is
    empty (its first user sets a password there; the demo is then signed in to, its passwords shown), else the
    sign-in dialog (over ``parent``). False if the person closed the dialog."""
    from opsdesk import auth
    from opsdesk.services import workspace
    from ui.welcome import WelcomeDialog
    from ui.widgets.sign_in import SignInDialog

    if workspace.is_empty(ctx):
        welcome = WelcomeDialog(ctx, parent)
        if not welcome.exec():
            return False
        if not welcome.demo_built:
            return True  # the first user has just chosen their password
    if not auth.sign_in_required(ctx):
        return True  # being set up: nobody to sign in yet
    return bool(SignInDialog(ctx, parent, start=True).exec())


OPEN_RETRY, OPEN_CHOOSE, OPEN_QUIT = "retry", "choose", "quit"


def ask_open_failure(parent: QMainWindow | None, message: str) -> str:
    """The workspace could not be opened: retry (say, once another program let go of it), choose
    another file, or quit. Standard buttons: Retry, Open (another file), Cancel."""
    buttons = QMessageBox.StandardButton
    text = message + "\n\n" + QCoreApplication.translate(
        "App", "Retry to try again, Open to choose another workspace file, or Cancel to quit.")
    answer = QMessageBox.critical(parent, QCoreApplication.translate("App", "Cannot open the workspace"), text,
                                  buttons.Retry | buttons.Open | buttons.Cancel, buttons.Retry)
    if answer == buttons.Retry:
        return OPEN_RETRY
    if answer == buttons.Open:
        return OPEN_CHOOSE
    return OPEN_QUIT


def choose_workspace_file(parent: QMainWindow | None, current: Path | str) -> Path | None:
    """An existing workspace file chosen by the person (None: cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    folder = paths.default_db_path().parent if is_server(current) else Path(current).parent
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("App", "Choose a workspace file"), str(folder),
        QCoreApplication.translate("App", "OpsDesk workspaces (*.sqlite *.db);;All files (*)"))
    return Path(name) if name else None


class WaitNotice(QObject):
    """``Database.on_wait``: a status bar message while a save waits for another process's write lock
    (called from any thread: a queued signal when from a worker, painted at once on the GUI thread)."""

    waiting = Signal(str)

    def __init__(self, window: Callable[[], QMainWindow | None]) -> None:
        super().__init__(QCoreApplication.instance())
        self.window = window
        self.waiting.connect(self._show)

    def __call__(self, path: Path) -> None:
        self.waiting.emit(str(path))

    def _show(self, path: str) -> None:
        window = self.window()
        if window is None:
            return
        bar = window.statusBar()
        bar.showMessage(QCoreApplication.translate(
            "App", "Waiting for another OpsDesk window or program to finish saving %1…").replace("%1", path), 15000)
        bar.repaint()


class Startup:
    """``run()`` after the shell's first frame: open the workspace, make sure of the user, attach."""

    def __init__(self, app: QApplication, window: MainWindow, translations: i18n.Translations,
                 db_path: Path | str, measuring: bool) -> None:
        self.app = app
        self.window = window
        self.translations = translations
        self.db_path = db_path
        self.measuring = measuring  # no dialog may wait for a person; exit once ready
        self.ctx: AppContext | None = None
        self.controller: Controller | None = None

    def load(self) -> None:
        from ui.operations import install_collector

        install_collector(QCoreApplication.instance())  # before any background work (run() left it to here)
        while self.ctx is None:
            try:
                self.ctx = open_workspace(self.db_path)
            except Exception as exc:  # noqa: BLE001 - any reason the file cannot be opened is shown, not a traceback
                choice = self._open_failed(exc)
                if choice == OPEN_RETRY:
                    continue
                if choice == OPEN_CHOOSE:
                    chosen = choose_workspace_file(self.window, self.db_path)
                    if chosen is not None:
                        self.db_path = chosen
                    continue
                self._quit(2)
                return
        self.ctx.db.on_wait = WaitNotice(lambda: self.controller.window if self.controller else self.window)
        if not self.measuring and not choose_user(self.ctx, self.window):
            self._quit(0)
            return
        self.window.attach(self.ctx)  # its icons come once the first page shows its data (ui.icons)
        self.controller = Controller(self.ctx, self.translations)
        self.controller.adopt(self.window)
        self.controller.on_workspace = self.switch_workspace
        if not self.measuring:
            self.start_idle_lock()
        settle_collector()
        # Ready: the page shown has its data and the window was painted with it (MainWindow.ready). The
        # reminders (queries of their own, and maybe a dialog) wait for that too.
        if self.measuring:
            self.window.ready.connect(lambda: report_age("ready", exit_now=True))
        else:
            controller = self.controller
            self.window.ready.connect(lambda: QTimer.singleShot(300, controller.remind))

    def start_idle_lock(self) -> None:
        """Lock the window after the workspace's idle time (settings; 0: never); Ctrl+L locks at once."""
        from opsdesk.services import workspace
        from ui.widgets.sign_in import IdleLock

        if getattr(self, "idle", None) is not None:
            self.idle.stop()
        controller = self.controller
        self.idle = IdleLock(lambda: controller.window if controller else None, workspace.idle_lock_minutes(self.ctx))

    def _open_failed(self, exc: Exception) -> str:
        """Tell why the workspace cannot be opened; the person chooses: retry, another file, or quit."""
        import logging

        from opsdesk.errors import OpsDeskError
        from ui.errors import describe

        logger = logging.getLogger("ui.app")
        if isinstance(exc, OpsDeskError):
            logger.warning("cannot open %s: %s: %s", shown(self.db_path), type(exc).__name__, exc)
        else:
            logger.error("cannot open %s", shown(self.db_path), exc_info=exc)
        if self.measuring:
            print(f"error: {exc}", file=sys.stderr)
            return OPEN_QUIT
        return ask_open_failure(self.window, describe(exc))

    def switch_workspace(self, target: Path | str) -> bool:
        """Reopen the app on another workspace (a server chosen in File → Connect to head-office server…): open
        it, make sure of its user, then close the current one and show a window on the new one. When the new one
        cannot be opened, or nobody is chosen, the current one stays as it was. True when switched."""
        import logging

        from ui.errors import describe

        controller = self.controller
        if controller is None or self.ctx is None:
            return False
        window = controller.window
        try:
            ctx = open_workspace(target)
        except Exception as exc:  # noqa: BLE001 - any reason it cannot be opened is shown, the current one kept
            logging.getLogger("ui.app").warning("cannot open %s: %s: %s", shown(target), type(exc).__name__, exc)
            QMessageBox.critical(window, QCoreApplication.translate("App", "Cannot open the workspace"), describe(exc))
            return False
        ctx.db.on_wait = WaitNotice(lambda: self.controller.window if self.controller else None)
        if not choose_user(ctx, window):
            ctx.db.close()
            return False
        old = self.ctx
        page = window.current_page_key() if window is not None else None
        if window is not None:
            window.settle_operations(closing=True)  # the old pages' jobs end; their callbacks no longer come
        old.forget_secrets()
        self.ctx = controller.ctx = ctx
        self.db_path = target
        controller.show(page)  # the new window; the old one hidden and deleted
        self.window = controller.window
        # The old window's jobs were waited for above; what runs now is the new window's first reads (its page's
        # rows, the status bar), which close_workspace() would cancel, leaving that window empty.
        old.db.close()
        self.start_idle_lock()  # the new workspace's idle time
        QTimer.singleShot(300, controller.remind)
        logging.getLogger("ui.app").info("switched to workspace %s", shown(target))
        return True

    def _quit(self, code: int) -> None:
        self.app.exit(code)  # before the window closes, whose closing would quit with 0
        self.window.close()
        if self.ctx is not None:
            close_workspace(self.ctx)
            self.ctx = None


def close_workspace(ctx: AppContext) -> None:
    """The app's close path: no background operation may still use the workspace when its database
    closes — they are cancelled and waited for (the window's closing already waited, normally)."""
    from ui.operations import settle, tasks

    if QCoreApplication.instance() is not None and tasks().running():
        tasks().cancel_all()
        settle(None)
    ctx.db.close()


def run(args: argparse.Namespace, argv0: str = "opsdesk") -> int:
    with plain_imports():  # see there
        from ui.main_window import PAGE_KEYS

    if args.page and args.page not in (*PAGE_KEYS, "welcome"):
        print(f"error: unknown page {args.page!r}; pages: {', '.join(PAGE_KEYS)}", file=sys.stderr)
        return 2
    app = make_application([argv0], collector=False)  # Startup.load installs it, after the first frame
    translations = i18n.Translations()
    translations.install(i18n.resolve(args.lang or i18n.chosen_setting()))
    db_path = args.db or paths.default_db_path()
    if not is_server(db_path):
        db_path = Path(db_path).expanduser()
    if args.screenshot:
        setup_logging()
        try:
            ctx = open_workspace(db_path)
        except Exception as exc:  # noqa: BLE001 - any reason the file cannot be opened is reported, not a traceback
            print(f"error: {exc}", file=sys.stderr)
            return 2
        return screenshot(ctx, args.page, args.screenshot)

    from ui.main_window import MainWindow

    install_excepthook()
    window = MainWindow()  # the shell: shown before the core is even imported
    if args.page and args.page != "welcome":
        window.show_page(args.page)
    startup = Startup(app, window, translations, db_path,
                      measuring=os.environ.get(EXIT_AFTER_READY) == "1")

    def load() -> None:
        setup_logging()
        startup.load()

    if os.environ.get(EXIT_AFTER_PAINT) == "1":  # the figure is this first frame: no workspace is opened
        AfterPaint(window, lambda: report_age("painted", exit_now=True))
    elif startup.measuring:
        AfterPaint(window, lambda: (report_age("painted"), load()))
    else:
        AfterPaint(window, load, latest_ms=LOAD_AT_THE_LATEST_MS)
    window.show()
    code = app.exec()
    if startup.ctx is not None:
        close_workspace(startup.ctx)
    return code


def screenshot(ctx: AppContext, page: str | None, out: Path) -> int:
    """Render the main window (on ``page``) to a PNG and return."""
    from ui.main_window import MainWindow

    if page == "welcome":
        from ui.welcome import WelcomeDialog

        widget = WelcomeDialog(ctx)
    else:
        widget = MainWindow(ctx)
        if page:
            widget.show_page(page)
        widget.resize(*SCREENSHOT_SIZE)
    widget.show()
    from ui.operations import tasks

    tasks().wait_idle(15000)  # the page's rows, counts and lists arrive in the background
    for _ in range(5):
        QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    ok = widget.grab().save(str(out), "PNG")
    widget.close()
    # Let Qt delete the window in its own order (a Python-side delete of a
    # parentless dialog here has corrupted the heap at exit).
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx.db.close()
    if not ok:
        print(f"error: could not write {out}", file=sys.stderr)
        return 1
    return 0


def setup_logging() -> None:
    """The log file (``opsdesk.logs``; once: later calls keep it). ``run()`` sets it up right after the shell's
    first frame, before the workspace is opened: its import (``logging.handlers``, sockets) is not needed before
    anything can go wrong with a workspace, and the excepthook sets it up first if an error comes earlier."""
    from opsdesk import logs

    logs.setup()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    return run(args)


__all__ = ["main", "run", "make_application", "register_fonts"]
