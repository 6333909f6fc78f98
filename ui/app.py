"""Application start: QApplication, bundled CJK font, translator, workspace, main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from opsdesk import paths
from opsdesk.db import Database
from opsdesk.services import AppContext, workspace
from ui import i18n
from ui.errors import describe

CJK_FAMILY = "WenQuanYi Micro Hei"
SCREENSHOT_SIZE = (1280, 800)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="opsdesk-gui", description="OpsDesk (运营督导台)")
    parser.add_argument("--db", type=Path, default=None, help=f"workspace database (default: {paths.default_db_path()})")
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
        QGuiApplication.setFont(font)
    return family


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName("OpsDesk")
    QCoreApplication.setApplicationName("OpsDesk")
    QGuiApplication.setApplicationDisplayName("OpsDesk")
    register_fonts()
    return app  # type: ignore[return-value]


class Controller:
    """Keeps the workspace open and rebuilds the window when the language changes."""

    def __init__(self, ctx: AppContext, translations: i18n.Translations) -> None:
        self.ctx = ctx
        self.translations = translations
        self.window = None

    def show(self, page: str | None = None) -> None:
        from ui.main_window import MainWindow

        old = self.window
        if old is not None:
            old.save_state()
        self.window = MainWindow(self.ctx)
        self.window.languageChanged.connect(self.change_language)
        if page:
            self.window.show_page(page)
        self.window.show()
        if old is not None:
            old.hide()
            old.deleteLater()

    def remind(self) -> None:
        """The start-up notice of the current user's overdue and soon-due corrective actions."""
        from opsdesk.services import actions
        from ui.widgets.reminders import RemindersDialog

        due = actions.reminders(self.ctx, self.ctx.user_id)
        if not due or self.window is None:
            return
        dialog = RemindersDialog(due, parent=self.window)
        dialog.openRegister.connect(lambda: self.window.show_page("actions"))
        dialog.exec()

    def change_language(self, setting: str) -> None:
        self.translations.install(i18n.resolve(setting))
        QTimer.singleShot(0, lambda: self.show(self.window.current_page_key() if self.window else None))


def open_workspace(db_path: Path) -> AppContext:
    db = Database.open(db_path)
    ctx = AppContext(db)
    workspace.prepare(ctx)
    user = workspace.current_user(ctx)
    ctx.user_id = user.id if user else None
    return ctx


def install_excepthook() -> None:
    """An unexpected error in a slot is shown (translated) instead of vanishing into stderr."""
    previous = sys.excepthook

    def hook(kind, exc, tb) -> None:  # noqa: ANN001
        previous(kind, exc, tb)
        if QApplication.instance() is not None and not isinstance(exc, KeyboardInterrupt):
            QMessageBox.critical(None, QCoreApplication.translate("App", "OpsDesk"), describe(exc))

    sys.excepthook = hook


def choose_user(ctx: AppContext) -> bool:
    """Make sure someone is using the workspace: the welcome dialog when it is empty,
    the user list when nobody is selected. False if the person closed the dialog."""
    from ui.welcome import SwitchUserDialog, WelcomeDialog

    if workspace.is_empty(ctx):
        return bool(WelcomeDialog(ctx).exec())
    if ctx.user_id is None:
        return bool(SwitchUserDialog(ctx).exec())
    return True


def run(args: argparse.Namespace, argv0: str = "opsdesk") -> int:
    from ui.main_window import PAGE_KEYS

    if args.page and args.page not in (*PAGE_KEYS, "welcome"):
        print(f"error: unknown page {args.page!r}; pages: {', '.join(PAGE_KEYS)}", file=sys.stderr)
        return 2
    app = make_application([argv0])
    translations = i18n.Translations()
    translations.install(i18n.resolve(args.lang or i18n.chosen_setting()))
    db_path = (args.db or paths.default_db_path()).expanduser()
    try:
        ctx = open_workspace(db_path)
    except Exception as exc:  # noqa: BLE001 - any reason the file cannot be opened is shown, not a traceback
        if args.screenshot:
            print(f"error: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the workspace"), describe(exc))
        return 2

    if args.screenshot:
        return screenshot(ctx, args.page, args.screenshot)

    install_excepthook()
    if not choose_user(ctx):
        ctx.db.close()
        return 0
    controller = Controller(ctx, translations)
    controller.show(args.page if args.page != "welcome" else None)
    QTimer.singleShot(300, controller.remind)
    code = app.exec()
    ctx.db.close()
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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    return run(args)


__all__ = ["main", "run", "make_application", "register_fonts"]
