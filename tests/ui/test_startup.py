"""Paint first, then load: the shell window, attach(), the start-up flow of ``run()``, ``main.py``'s exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from opsdesk.services import org, workspace
from ui.app import AfterPaint, Controller, Startup
from ui.main_window import PAGE_KEYS, MainWindow
from ui.widgets.sign_in import SignInDialog
from ui.widgets.placeholder import ComingSoonPage

ROOT = Path(__file__).resolve().parents[2]


class FakeApp:
    """Stands in for the QApplication in Startup: records the exit code instead of ending the test's loop."""

    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


@pytest.fixture(autouse=True)
def signs_in(monkeypatch, qtbot):  # noqa: ANN001, ANN201
    """The start-up's sign-in dialog: the pre-selected user signs in with the demo password (the dialog
    itself: tests/ui/test_sign_in.py). A test replaces it to do otherwise."""
    from opsdesk.demo import DEMO_PASSWORD

    def sign_in(dialog: SignInDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.form.password.setText(DEMO_PASSWORD)
        dialog.form.submit()
        qtbot.waitUntil(lambda: dialog.form.operation is None, timeout=10000)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", sign_in)


@pytest.fixture
def reminded(monkeypatch):  # noqa: ANN001, ANN201
    """Start-up reminders are asked for (and not shown: their dialog would wait for a person)."""
    calls: list[Controller] = []
    monkeypatch.setattr(Controller, "remind", lambda self: calls.append(self))
    return calls


def opening_text() -> str:
    return QCoreApplication.translate("MainWindow", "Opening the workspace...")


def test_the_shell_has_title_sidebar_menus_and_an_opening_page(qtbot) -> None:  # noqa: ANN001
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.is_attached()
    assert window.windowTitle() == "运营督导台"
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert len(titles) == len(PAGE_KEYS) and titles[:3] == ["总览", "门店", "用户"]
    assert window.opening is not None and window.opening.isVisible()
    assert window.opening.text() == opening_text()
    assert not window.stack.isVisible()
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "前往(&G)", "帮助(&H)"]
    file_menu = window.menuBar().actions()[0].menu()
    # switch user, verify, lock, change password, connect to a server; quit
    assert [a.isEnabled() for a in file_menu.actions() if a.text()] == [False, False, False, False, False, True]
    assert window.statusBar().isVisible() and window.user_label.text() == ""
    assert not any(window.pages.is_built(key) for key in PAGE_KEYS)
    window.show_page("users")  # chosen while the workspace opens: shown once it is attached
    assert window.current_page_key() == "users"
    window.close()  # closed before attach: nothing of this run is kept
    assert QSettings().value("window/page") is None


def test_the_shell_imports_neither_the_core_nor_qtawesome() -> None:
    code = (
        "import sys\n"
        "from ui.app import make_application\n"
        "from ui.main_window import MainWindow\n"
        "app = make_application(['x'])\n"
        "w = MainWindow(); w.show(); app.processEvents()\n"
        "bad = [m for m in ('sqlalchemy', 'opsdesk.db', 'opsdesk.services', 'opsdesk.models', 'qtawesome', 'qtpy')"
        " if m in sys.modules]\n"
        "print('loaded:', bad)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "loaded: []" in done.stdout, done.stdout


def test_attach_puts_the_workspace_in_the_shown_shell(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.attach(demo_ctx)
    assert window.is_attached() and window.opening is None and window.stack.isVisible()
    # the icons and the status bar come after the first page's data, and its own query
    qtbot.waitUntil(window.is_ready, timeout=10000)
    qtbot.waitUntil(lambda: all(not window.sidebar.item(i).icon().isNull() for i in range(window.sidebar.count()))
                    and not window.windowIcon().isNull(), timeout=10000)
    me = workspace.current_user(demo_ctx)
    qtbot.waitUntil(lambda: window.user_label.text() == f"当前用户：{me.name} · 督导", timeout=5000)
    assert window.current_page_key() == "stores"  # the default page
    qtbot.waitUntil(lambda: window.pages["stores"].model.total > 0, timeout=3000)  # filled after it is shown
    window.show_page("users")
    assert window.current_page_key() == "users"
    qtbot.waitUntil(lambda: window.pages["users"].model.total > 0, timeout=3000)
    assert type(window.pages["dashboard"]).__name__ == "DashboardPage"  # built on demand
    assert not isinstance(window.pages["dashboard"], ComingSoonPage)
    go = next(a for a in window.menuBar().actions() if a.text() == "前往(&G)").menu()
    assert next(a for a in go.actions() if a.text() == "门店").shortcut().toString() == "Ctrl+2"
    assert all(a.isEnabled() for a in window.menuBar().actions()[0].menu().actions())
    window.sidebar.setCurrentRow(PAGE_KEYS.index("settings"))
    qtbot.waitUntil(lambda: window.pages["settings"].db_path.text() == str(demo_ctx.db.path), timeout=3000)
    qtbot.waitUntil(lambda: window._badge_due, timeout=3000)  # the conflict count comes after a frame


def test_startup_flow_shows_the_shell_then_opens_and_attaches(qtbot, demo_ctx, translations,
                                                            reminded) -> None:  # noqa: ANN001
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_page("actions")  # --page
    app = FakeApp()
    startup = Startup(app, window, translations, Path(demo_ctx.db.path), measuring=False)
    seen_before_load: list[bool] = []
    load = startup.load
    startup.load = lambda: (seen_before_load.append(window.isVisible() and not window.is_attached()), load())
    AfterPaint(window, startup.load)
    window.show()
    try:
        qtbot.waitUntil(window.is_attached, timeout=10000)
        assert seen_before_load == [True]  # loaded only after the shell's first frame
        assert app.codes == []
        assert startup.controller is not None and startup.controller.window is window
        assert window.current_page_key() == "actions"
        assert window.pages["actions"].isVisible()
        me = workspace.current_user(demo_ctx)
        qtbot.waitUntil(lambda: window.user_label.text() == f"当前用户：{me.name} · 督导", timeout=5000)
        window.show_page("stores")
        qtbot.waitUntil(lambda: window.pages["stores"].model.total > 0, timeout=3000)
        qtbot.waitUntil(lambda: reminded == [startup.controller], timeout=3000)  # after attach, as before
    finally:
        window.close()
        if startup.ctx is not None:
            startup.ctx.db.close()


def test_startup_asks_who_is_using_it_over_the_shell(qtbot, demo_ctx, translations, monkeypatch,
                                                     reminded) -> None:  # noqa: ANN001
    demo_ctx.db.set_meta(workspace.CURRENT_USER_KEY, "")  # nobody chosen on this machine yet
    head = org.query_users(demo_ctx, org.UserQuery(role="head_office"))[0]
    window = MainWindow()
    qtbot.addWidget(window)
    parents: list[object] = []

    def pick(dialog: SignInDialog) -> int:
        from opsdesk.demo import DEMO_PASSWORD

        qtbot.addWidget(dialog)
        parents.append(dialog.parent())
        assert not window.is_attached()
        dialog.form.users.setCurrentIndex(dialog.form.users.findData(head.id))
        dialog.form.password.setText(DEMO_PASSWORD)
        dialog.form.submit()
        qtbot.waitUntil(lambda: dialog.form.operation is None, timeout=10000)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", pick)
    app = FakeApp()
    startup = Startup(app, window, translations, Path(demo_ctx.db.path), measuring=False)
    AfterPaint(window, startup.load)
    window.show()
    try:
        qtbot.waitUntil(window.is_attached, timeout=10000)
        assert parents == [window]
        qtbot.waitUntil(lambda: window.user_label.text() == f"当前用户：{head.name} · 总部", timeout=5000)
        qtbot.waitUntil(lambda: len(reminded) == 1, timeout=3000)
    finally:
        window.close()
        if startup.ctx is not None:
            startup.ctx.db.close()


def test_startup_closes_when_nobody_is_chosen(qtbot, demo_ctx, translations, monkeypatch) -> None:  # noqa: ANN001
    demo_ctx.db.set_meta(workspace.CURRENT_USER_KEY, "")
    monkeypatch.setattr(SignInDialog, "exec", lambda self: 0)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    app = FakeApp()
    startup = Startup(app, window, translations, Path(demo_ctx.db.path), measuring=False)
    startup.load()
    assert app.codes == [0]
    assert not window.isVisible() and not window.is_attached() and startup.ctx is None


def test_startup_reports_a_workspace_it_cannot_open(qtbot, tmp_path, translations, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "not-a-workspace.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *a, **k: shown.append((parent, title))))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    app = FakeApp()
    startup = Startup(app, window, translations, bad, measuring=False)
    startup.load()
    assert app.codes == [2]
    assert shown == [(window, "无法打开工作区")]
    assert not window.isVisible() and not window.is_attached()


def test_after_paint_runs_once_after_the_frame_or_at_the_latest(qtbot) -> None:  # noqa: ANN001
    calls: list[str] = []
    window = MainWindow()
    qtbot.addWidget(window)
    AfterPaint(window, lambda: calls.append("painted"), latest_ms=5000)
    window.show()
    qtbot.waitUntil(lambda: calls == ["painted"], timeout=3000)
    window.update()
    qtbot.wait(50)
    assert calls == ["painted"]  # once
    never_shown = MainWindow()
    qtbot.addWidget(never_shown)
    AfterPaint(never_shown, lambda: calls.append("late"), latest_ms=50)
    qtbot.waitUntil(lambda: calls == ["painted", "late"], timeout=3000)


def run_main(*args: str, **env_extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPSDESK_EXIT_AFTER_")}
    env.update(QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_main_exits_after_the_first_paint_when_measuring(demo_ctx, tmp_path) -> None:  # noqa: ANN001
    done = run_main("--db", str(demo_ctx.db.path), OPSDESK_EXIT_AFTER_PAINT="1",
                    XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert done.returncode == 0, done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["painted"]


def test_main_reports_ready_once_the_workspace_is_attached(demo_ctx, tmp_path) -> None:  # noqa: ANN001
    done = run_main("--db", str(demo_ctx.db.path), "--page", "users", OPSDESK_EXIT_AFTER_READY="1",
                    XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert done.returncode == 0, done.stderr
    lines = [line.split() for line in done.stdout.splitlines()]
    assert [line[0] for line in lines] == ["painted", "ready"]
    if all(len(line) == 2 for line in lines):
        assert float(lines[0][1]) <= float(lines[1][1])


def test_main_with_an_unknown_page_fails_before_any_window() -> None:
    done = run_main("--page", "nowhere")
    assert done.returncode == 2
    assert "unknown page" in done.stderr


# ---------------------------------------------------------------- ready: the first page shows its data


def test_ready_comes_once_the_first_page_has_its_rows_and_was_painted(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[tuple[int, bool, bool]] = []
    window.ready.connect(lambda: seen.append((window.pages["stores"].model.rowCount(),
                                              window.pages["stores"].loading, window._badge_due)))
    window.attach(demo_ctx)
    assert not window.is_ready() and not window._badge_due  # the page's rows are still on their way
    qtbot.waitUntil(window.is_ready, timeout=10000)
    rows, loading, badge_due = seen[0]
    assert rows == window.pages["stores"].model.total > 0 and not loading
    assert window.pages["stores"].count_label.text()  # its count is in too
    assert badge_due  # the conflict count is asked for from then on, not before
    qtbot.wait(50)
    assert len(seen) == 1  # once


def test_ready_also_comes_for_a_page_that_loads_nothing_in_the_background(qtbot, demo_ctx) -> None:  # noqa: ANN001
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_page("settings")
    window.show()
    qtbot.waitExposed(window)
    window.attach(demo_ctx)
    qtbot.waitUntil(window.is_ready, timeout=10000)
    assert window.current_page_key() == "settings"


def test_startup_reminds_only_once_the_first_page_is_ready(qtbot, demo_ctx, translations,
                                                           monkeypatch) -> None:  # noqa: ANN001
    ready_when_reminded: list[bool] = []
    monkeypatch.setattr(Controller, "remind", lambda self: ready_when_reminded.append(self.window.is_ready()))
    window = MainWindow()
    qtbot.addWidget(window)
    startup = Startup(FakeApp(), window, translations, Path(demo_ctx.db.path), measuring=False)
    AfterPaint(window, startup.load)
    window.show()
    try:
        qtbot.waitUntil(lambda: bool(ready_when_reminded), timeout=10000)
        assert ready_when_reminded == [True]
    finally:
        window.close()
        if startup.ctx is not None:
            startup.ctx.db.close()


def test_after_paint_watches_its_target_only(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    calls: list[str] = []
    target, other = QWidget(), QWidget()
    for widget in (target, other):
        qtbot.addWidget(widget)
    AfterPaint(target, lambda: calls.append("target"))
    other.show()
    qtbot.waitExposed(other)
    other.repaint()
    qtbot.wait(20)
    assert calls == []
    target.show()
    qtbot.waitUntil(lambda: calls == ["target"], timeout=3000)


# ---------------------------------------------------------------- what start-up imports, and when


def run_python(code: str, **env_extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPSDESK_EXIT_AFTER_")}
    env.update(QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def main_spying(db_path: Path, moment: str, shown: str, tmp_path: Path) -> str:
    """``main()`` on ``db_path`` in a new process that exits after ``moment`` ("painted" or "ready"); when it
    reports that moment it prints ``loaded:`` and the value there of the expression ``shown`` (``sys`` imported).
    Its output."""
    code = (
        "import sys\n"
        "import ui.app as app\n"
        "report = app.report_age\n"
        "def spy(what, exit_now=False):\n"
        f"    if what == {moment!r}:\n"
        f"        print('loaded:', {shown}, flush=True)\n"
        "    report(what, exit_now)\n"
        "app.report_age = spy\n"
        f"sys.exit(app.main(['--db', {str(db_path)!r}]))\n"
    )
    exit_after = "OPSDESK_EXIT_AFTER_PAINT" if moment == "painted" else "OPSDESK_EXIT_AFTER_READY"
    done = run_python(code, **{exit_after: "1"}, XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_first_frame_comes_before_logging_operations_and_qt(demo_ctx, tmp_path) -> None:  # noqa: ANN001
    # main() itself, its "painted" report looking at what was imported until then
    later = ("ui.operations", "logging.handlers", "opsdesk.logs", "ui.labels")
    out = main_spying(demo_ctx.db.path, "painted",
                      f"[m for m in {later!r} if m in sys.modules], 'Qt' in vars(sys.modules['PySide6.QtCore'])",
                      tmp_path)
    assert "loaded: [] False" in out, out


def test_ready_comes_before_what_the_first_page_does_not_need(demo_ctx, tmp_path) -> None:  # noqa: ANN001
    # the Stores page (a fresh settings folder) with its rows, painted: none of these is on that path
    later = ("opsdesk.templates_io", "opsdesk.scoring", "qtawesome", "pypinyin", "openpyxl", "reportlab",
             "opsdesk.services.sync", "cryptography")
    out = main_spying(demo_ctx.db.path, "ready", f"[m for m in {later!r} if m in sys.modules]", tmp_path)
    assert "loaded: []" in out, out


def test_main_logs_the_workspace_it_opened(demo_ctx, tmp_path) -> None:  # noqa: ANN001
    logs = tmp_path / "log"
    done = run_main("--db", str(demo_ctx.db.path), OPSDESK_EXIT_AFTER_READY="1", OPSDESK_LOG_DIR=str(logs),
                    XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert done.returncode == 0, done.stderr
    assert f"opened workspace {demo_ctx.db.path}" in (logs / "opsdesk.log").read_text(encoding="utf-8")


def test_the_icon_font_loads_what_is_asked_for(tmp_path) -> None:  # noqa: ANN001
    code = (
        "from ui.app import install_icon_font, make_application\n"
        "app = make_application(['x'])\n"
        "import qtawesome as qta\n"
        "install_icon_font()\n"
        "font = qta._resource['iconic']\n"
        "print('before:', sorted(font.fontname))\n"
        "assert not qta.icon('fa5s.store').isNull()\n"
        "print('after fa5s:', sorted(font.fontname))\n"
        "assert not qta.icon('mdi6.home').isNull()\n"
        "print('after mdi6:', sorted(font.fontname))\n"
        "install_icon_font()\n"
        "print('kept:', qta._resource['iconic'] is font)\n"
    )
    done = run_python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["before: ['fa5s']", "after fa5s: ['fa5s']", "after mdi6: ['fa5s', 'mdi6']",
                                        "kept: True"]


def test_every_icon_the_ui_names_is_in_the_font_loaded_at_start_up() -> None:
    import json
    import re

    import qtawesome

    fonts = {f[0]: f for f in qtawesome._BUNDLED_FONTS}
    charmap = json.loads((Path(qtawesome.__file__).parent / "fonts" / fonts["fa5s"][2]).read_text(encoding="utf-8"))
    prefixes = "|".join(map(re.escape, fonts))
    pattern = re.compile(r"""["'](""" + prefixes + r""")\.([a-z0-9-]+)["']""")
    named = {m.groups() for path in (ROOT / "ui").rglob("*.py") for m in pattern.finditer(path.read_text("utf-8"))}
    assert len(named) > 50
    assert {prefix for prefix, _ in named} == {"fa5s"}  # the one font loaded before the first icon
    assert {name for _, name in named} <= set(charmap)


def test_what_the_first_seconds_import_is_frozen_and_pypinyin_is_not_loaded(demo_ctx) -> None:  # noqa: ANN001
    """After the first page the window imports the other pages' modules, then freezes what start-up and those
    imports made out of the collector's passes (which otherwise walked it on the GUI thread). The pickers match
    typing against the pinyin the rows store: pypinyin's dictionaries (56 MB, 190,000 lists) are not loaded."""
    code = (
        "import gc, sys, time\n"
        "from ui.app import make_application\n"
        "from opsdesk.db import Database\n"
        "from opsdesk.services import workspace\n"
        "from opsdesk.services.context import AppContext\n"
        "from ui.main_window import WARM_ALSO, MainWindow\n"
        "app = make_application(['x'])\n"
        f"ctx = AppContext(Database.open({str(demo_ctx.db.path)!r}))\n"
        "ctx.user_id = workspace.current_user(ctx).id\n"
        "window = MainWindow(ctx)\n"
        "window.show()\n"
        "deadline = time.monotonic() + 90\n"
        "while time.monotonic() < deadline and not (all(m in sys.modules for m in WARM_ALSO)"
        " and gc.get_freeze_count() > 0):\n"
        "    app.processEvents()\n"
        "    time.sleep(0.01)\n"
        "window.show_page('equipment')\n"  # a page whose store filter is a searchable picker
        "end = time.monotonic() + 3\n"
        "while time.monotonic() < end:\n"
        "    app.processEvents()\n"
        "    time.sleep(0.01)\n"
        "store = window.pages['equipment'].store\n"
        "print('frozen', gc.get_freeze_count() > 100000, 'pypinyin', 'pypinyin' in sys.modules,"
        " 'stores', store.count() > 5, flush=True)\n"
    )
    done = run_python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "frozen True pypinyin False stores True", done.stdout


def test_the_gui_process_switches_the_gil_every_millisecond() -> None:
    """The GUI thread calls into Python for every cell it paints: a background query running Python holds the GIL
    for at most a millisecond at a time while the GUI thread waits for it (Python's own default is 5 ms)."""
    done = run_python("import sys\nbefore = sys.getswitchinterval()\nfrom ui.app import make_application\n"
                      "make_application(['x'])\nprint(before, sys.getswitchinterval())\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0.005", "0.001"]


def test_the_lists_pages_are_built_while_the_first_one_is_looked_at_and_load_when_shown(qtbot, demo_ctx) -> None:  # noqa: ANN001
    """Once the modules are imported, the lists' pages are built one per turn of the event loop (opening one then
    only switches to it and paints); a page built so loads its rows when first shown, not before."""
    from ui.main_window import PREBUILT

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show_page("settings")
    window.show()
    qtbot.waitExposed(window)
    window.attach(demo_ctx)
    qtbot.waitUntil(lambda: all(window.pages.is_built(key) for key in PREBUILT), timeout=30000)
    assert window.current_page_key() == "settings"
    stores = window.pages["stores"]
    assert stores.model.rowCount() == 0 and not stores.model.loading  # built, not loaded
    assert not any(window.pages.is_built(key) for key in PAGE_KEYS if key not in (*PREBUILT, "settings"))
    window.show_page("stores")
    assert window.current_page_key() == "stores"
    qtbot.waitUntil(lambda: not stores.loading, timeout=10000)
    assert stores.model.rowCount() == stores.model.total == len(org.query_stores(demo_ctx, org.StoreQuery())) > 0
