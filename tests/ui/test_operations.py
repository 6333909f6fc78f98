"""Background operations (ui/operations.py) with real threads, real pages and a real workspace:
closing the workspace and switching the language while a slow operation runs, pages refreshing
after another page's operation changed their table, failures logged with their traceback and shown
translated, progress with Cancel, a cancelled sync import rolled back, and the action register's
source list loaded off the GUI thread."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThread, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from opsdesk import logs
from opsdesk.db import Database
from opsdesk.errors import Cancelled
from opsdesk.permissions import as_system
from opsdesk.services import AppContext, actions, org, sync
from ui.app import Controller, close_workspace
from ui.errors import describe
from ui.main_window import MainWindow
from ui.operations import ALL, Operation, tasks, touches

WAIT = 30_000


def slow(steps: int, record: list[str], step_s: float = 0.02):  # noqa: ANN201
    """A job sleeping in small steps that checks its cancel flag between them."""

    def run(job) -> int:  # noqa: ANN001
        for i in range(steps):
            job.check()
            job.progress(i + 1, steps)
            time.sleep(step_s)
        record.append("ran to the end")
        return steps

    return run


def cancel_when_waiting(qtbot, clicked: list[str], name: str = "waitForOperations") -> QTimer:  # noqa: ANN001
    """Click Cancel on the "waiting for background jobs" dialog once it is shown."""
    timer = QTimer(interval=30)

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == name and widget.isVisible():
                timer.stop()
                clicked.append(widget.labelText())
                button = widget.findChild(QPushButton)
                button.click()
                return

    timer.timeout.connect(poll)
    timer.start()
    return timer


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


@pytest.fixture
def manager(qapp):  # noqa: ANN001, ANN201
    yield tasks()
    tasks().cancel_all()
    assert tasks().wait_idle(WAIT)


def test_language_switch_and_closing_the_workspace_while_slow_operations_run(qtbot, demo_ctx, translations,  # noqa: ANN001
                                                                             manager) -> None:
    controller = Controller(demo_ctx, translations)
    controller.show("stores")
    first = controller.window
    page = first.pages["stores"]
    assert manager.wait_idle(WAIT)  # the page's rows have arrived
    reached: list[tuple[str, bool]] = []
    record: list[str] = []

    # 1. The language is switched while an operation of the Stores page runs: the rebuild waits for it
    # (its callback still finds the page alive), then the old window and its pages are deleted.
    op = Operation(slow(40, record), owner=page, name="slow one") \
        .success(lambda _r: reached.append(("first", shiboken6.isValid(page)))).run()
    assert manager.running() == [op]
    controller.change_language("en")
    qtbot.waitUntil(lambda: controller.window is not first, timeout=WAIT)
    assert record == ["ran to the end"] and reached == [("first", True)]
    assert op.finished and op not in manager.running()
    assert manager.wait_idle(WAIT)  # the new window's pages have loaded their rows
    flush_deletes()
    assert not shiboken6.isValid(page) and not shiboken6.isValid(first)  # the old window is gone
    second = controller.window
    assert second.sidebar.item(second.page_keys().index("stores")).text() == "Stores"  # rebuilt in English

    # 2. The workspace is closed (the app's close path) while another one runs: closing detaches the
    # window (no callback reaches its pages), the wait dialog's Cancel cancels the job.
    page2 = second.pages["stores"]
    record.clear()
    op2 = Operation(slow(2000, record), owner=page2, name="slower one") \
        .success(lambda _r: reached.append(("second", shiboken6.isValid(page2)))) \
        .failure(lambda exc: reached.append(("second failed", type(exc).__name__))) \
        .cancelled(lambda: reached.append(("second cancelled", True))).run()
    clicked: list[str] = []
    poller = cancel_when_waiting(qtbot, clicked)
    second.close()  # returns once no operation runs
    poller.stop()
    assert clicked and "1" in clicked[0]  # "waiting for 1 background job(s)"
    assert op2.is_cancelled and record == []  # stopped at a check, did not run to its end
    assert reached == [("first", True)]  # the closed window's page got no callback at all
    assert manager.running() == []
    close_workspace(demo_ctx)
    second.deleteLater()
    flush_deletes()
    assert not shiboken6.isValid(page2)

    # 3. An operation whose owner is deleted while it runs: its callbacks are skipped.
    owner = QWidget()
    done = threading.Event()
    Operation(lambda job: done.wait(WAIT / 1000) and "late", owner=owner) \
        .success(lambda _r: reached.append(("third", True))).run()
    owner.deleteLater()
    flush_deletes()
    done.set()
    assert manager.wait_idle(WAIT)
    assert reached == [("first", True)]


def test_a_page_refreshes_itself_after_another_pages_operation_changed_its_table(qtbot, demo_ctx,  # noqa: ANN001
                                                                                  manager) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("stores")
    stores = window.pages["stores"]
    window.show_page("users")  # built, with "store" among what it shows
    window.show_page("conflicts")  # built, shows only the sync conflicts
    window.show_page("sync")
    assert tasks().wait_idle(WAIT)  # every page's rows have arrived
    before = org.count_stores(demo_ctx)
    shown_before = stores.model.total
    refreshed: list[str] = []
    for key in ("stores", "users", "conflicts"):
        page = window.pages[key]
        original = page.refresh
        page.refresh = lambda original=original, key=key: (refreshed.append(key), original())[1]

    region_id = org.query_stores(demo_ctx, org.StoreQuery())[0].region_id
    go = threading.Event()

    def add_store(job) -> str:  # noqa: ANN001
        assert go.wait(WAIT / 1000)
        data = org.StoreInput(code="ZZ901", name="新开测试店", region_id=region_id, opened_on=date(2024, 5, 1))
        return org.create_store(as_system(demo_ctx), data).id  # head office's step (the world)

    made: list[object] = []
    Operation(add_store, owner=window.pages["sync"], changes={"store"}).success(made.append) \
        .failure(made.append).run()
    window.show_page("stores")  # the person moves on to the Stores page while it runs
    refreshed.clear()
    go.set()
    qtbot.waitUntil(lambda: bool(made), timeout=WAIT)
    assert isinstance(made[0], str), made
    # by itself, once (debounced), without any refresh call by the test (the rows of a load started before
    # the store was made may already count it: wait for the refresh, then for its rows)
    qtbot.waitUntil(lambda: refreshed == ["stores"], timeout=WAIT)
    assert tasks().wait_idle(WAIT)
    assert stores.model.total == shown_before + 1 and refreshed == ["stores"]
    assert stores.model.row_of(lambda s: s.code == "ZZ901") >= 0
    # the hidden page that shows stores refreshes when shown next; the conflicts page was not concerned
    assert "users" in window._stale and "conflicts" not in window._stale
    assert org.count_stores(demo_ctx) == before + 1

    # several operations ending together: the visible page refreshes once
    refreshed.clear()
    for _ in range(3):
        Operation(lambda job: None, changes=ALL).run()
    assert manager.wait_idle(WAIT)
    qtbot.waitUntil(lambda: refreshed == ["stores"], timeout=WAIT)
    qtbot.wait(300)  # longer than the debounce: no second refresh follows
    assert refreshed == ["stores"]


def test_touches() -> None:
    assert touches({"store"}, {"store", "region"})
    assert touches(ALL, {"visit"})
    assert not touches({"visit"}, {"store"})
    assert not touches(set(), {"store"}) and not touches(ALL, set())


def test_a_failing_operation_logs_its_traceback_and_shows_the_translated_error(qtbot, monkeypatch,  # noqa: ANN001
                                                                               manager) -> None:
    path = logs.setup()
    assert path is not None
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a, **k: shown.append((title, text))))
    owner = QWidget()
    qtbot.addWidget(owner)

    def explode_in_the_background(job) -> None:  # noqa: ANN001
        return {}["no such key"]

    try:
        op = Operation(explode_in_the_background, owner=owner, title="导出", name="exploding job").run()
        qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
        assert isinstance(op.error, KeyError)
        assert shown == [("导出", describe(op.error))]
        assert "意外错误" in shown[0][1] or "Unexpected error" in shown[0][1]
        assert str(logs.log_file()) in shown[0][1]  # the message names the log file
        text = path.read_text(encoding="utf-8")
        assert "ERROR ui.operations: exploding job: failed" in text
        assert "Traceback (most recent call last)" in text
        assert "explode_in_the_background" in text and "KeyError: 'no such key'" in text
    finally:
        logs.shutdown()


def test_progress_dialog_cancel_stops_the_job(qtbot, manager) -> None:  # noqa: ANN001
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    record: list[str] = []
    outcome: list[str] = []
    seen: list[tuple[int, int]] = []
    op = (Operation(slow(1000, record), owner=owner, title="Slow")
          .with_progress("Working slowly...", cancellable=True, minimum_duration=0)
          .on_progress(lambda done, total, _stage: seen.append((done, total)))
          .success(lambda _r: outcome.append("success"))
          .failure(lambda exc: outcome.append(f"failure {exc!r}"))
          .cancelled(lambda: outcome.append("cancelled"))
          .run())
    dialog = op.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.parent() is owner
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() > 2, timeout=WAIT)
    assert dialog.maximum() == 1000 and dialog.labelText() == "Working slowly..."
    assert seen and seen[-1][1] == 1000
    button = dialog.findChild(QPushButton)
    assert button is not None and button.isVisible()
    button.click()
    qtbot.waitUntil(lambda: op.finished, timeout=WAIT)
    assert outcome == ["cancelled"] and record == []
    assert isinstance(op.error, Cancelled)
    assert manager.running() == []
    assert op.dialog is None


def test_a_cancelled_sync_import_rolls_back(qtbot, demo_ctx, tmp_path, manager) -> None:  # noqa: ANN001
    package = tmp_path / "all.opsync"
    sync.export_package(demo_ctx, package)
    receiver = AppContext(Database.open(tmp_path / "receiver.sqlite"))
    stages: list[str] = []

    def cancel_while_applying(job) -> sync.ImportResult:  # noqa: ANN001
        report = job.stage_reporter()

        def progress(stage: str, done: int, total: int) -> None:
            stages.append(stage)
            if stage == "apply" and 0 < done < total:  # inside the import's transaction
                job.cancel()
            report(stage, done, total)

        return sync.import_package(receiver, package, trust=True, progress=progress)

    outcome: list[str] = []
    try:
        op = (Operation(cancel_while_applying, changes=ALL).success(lambda _r: outcome.append("success"))
              .cancelled(lambda: outcome.append("cancelled")).run())
        assert manager.wait_idle(WAIT)
        assert outcome == ["cancelled"] and isinstance(op.error, Cancelled)
        assert "apply" in stages
        assert org.count_stores(receiver) == 0  # rolled back whole
        assert sync.history(receiver) == [] and sync.peers(receiver) == []
    finally:
        receiver.db.close()


@pytest.fixture
def inspected_ctx(workspace_copy):  # noqa: ANN001, ANN201
    """A small demo with a month of completed inspections (``build_demo(ctx, stores=3, seed=5, months=1)``,
    built once per run and copied, tests/conftest.py)."""
    from opsdesk.services.workspace import CURRENT_USER_KEY

    ctx = AppContext(Database.open(workspace_copy("inspected.sqlite", stores=3, seed=5, months=1)))
    ctx.user_id = ctx.db.get_meta(CURRENT_USER_KEY)
    from acting import looks_after_every_store

    looks_after_every_store(ctx)  # the demo's supervisor, at every store (as demo_ctx)
    yield ctx
    ctx.db.close()


def test_the_action_register_loads_its_source_inspections_off_the_gui_thread(qtbot, inspected_ctx,  # noqa: ANN001
                                                                             monkeypatch, manager) -> None:
    from opsdesk.services import runs
    from ui.pages.actions import ActionsPage

    demo_ctx = inspected_ctx
    done = runs.query_runs(demo_ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)), 0, 3)
    assert len(done) == 3
    for run in done:  # actions that came from these inspections
        actions.create_action(demo_ctx, actions.ActionInput(store_id=run.store_id, title="整改 " + run.id[:4],
                                                            due_on=date.today(), source_run_id=run.id))
    full_scans: list[bool] = []  # every action in scope read at once (what the source list used to do)
    on_gui: list[bool] = []
    original, original_sources = actions.query_actions, actions.source_runs

    def recording(ctx, q=actions.ActionQuery(), offset=0, limit=None):  # noqa: ANN001, ANN202, B008
        if limit is None:
            full_scans.append(True)
        return original(ctx, q, offset, limit)

    def sources(ctx, q=actions.ActionQuery(), limit=500):  # noqa: ANN001, ANN202, B008
        on_gui.append(QThread.currentThread() is QCoreApplication.instance().thread())
        return original_sources(ctx, q, limit)

    monkeypatch.setattr(actions, "query_actions", recording)
    monkeypatch.setattr(actions, "source_runs", sources)
    page = ActionsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.sources_loading is None, timeout=WAIT)
    with_source = {a.source_run_id for a in original(demo_ctx) if a.source_run_id}
    assert {run.id for run in done} <= with_source
    assert {page.source.itemData(i) for i in range(1, page.source.count())} == with_source
    assert on_gui and not any(on_gui)  # the grouped query, never on the GUI thread
    assert full_scans == []  # and no scan of every action


def test_garbage_is_collected_on_the_gui_thread_only(qtbot, manager) -> None:  # noqa: ANN001
    """A collection started in a worker thread may free Qt objects there and crash the process: with the
    task manager, Python's collector runs on the GUI thread only, however much garbage a worker makes."""
    import gc

    from ui.operations import MainThreadCollector, QueryOp

    on_gui: list[bool] = []

    def seen(phase: str, _info: dict) -> None:
        if phase == "start":
            on_gui.append(threading.current_thread() is threading.main_thread())

    def cycles(_job) -> int:  # noqa: ANN001
        for _ in range(60000):  # far past the young generation's threshold
            a: list = []
            a.append(a)
        return 1

    assert not gc.isenabled() and QApplication.instance().findChild(MainThreadCollector) is not None
    gc.callbacks.append(seen)
    try:
        done: list[int] = []
        QueryOp(cycles).success(done.append).run()
        qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
        qtbot.wait(MainThreadCollector.INTERVAL_MS * 3)  # the collector's timer passes
    finally:
        gc.callbacks.remove(seen)
    assert on_gui and all(on_gui), on_gui  # collected, and only ever on the GUI thread


def test_a_full_collection_waits_until_a_quarter_of_the_old_generation_is_new(qtbot, manager) -> None:  # noqa: ANN001
    """As Python's own collector: a full pass (every object the app holds, the longer the more rows are held)
    runs only once the objects moved into the oldest generation since the last one are a quarter of it; the
    young and middle passes run as their thresholds say."""
    import gc

    from ui.operations import MainThreadCollector

    collector = QApplication.instance().findChild(MainThreadCollector)
    collector.timer.stop()  # driven by hand here
    passes: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    held = [[n] for n in range(1_000_000)]  # what a long-lived window of rows holds
    kept: list = []
    gc.callbacks.append(seen)
    try:
        collector.check()
        gc.collect()
        collector.long_lived, collector.pending = len(gc.get_objects(generation=2)), 0
        assert collector.long_lived >= len(held)
        passes.clear()
        young = collector.threshold[0] + 10
        while collector.pending < collector.long_lived // 5 and len(kept) < 2000:  # a fifth new: no full pass yet
            kept.append([[] for _ in range(young)])  # survivors, past the young generation's threshold
            collector.check()
            if 2 in passes:
                break
        assert passes.count(1) > 2 * collector.threshold[2]  # far more middle passes than once did start a full one
        assert 2 not in passes and passes.count(0) > passes.count(1)
        while 2 not in passes and collector.pending <= collector.long_lived // 3 and len(kept) < 4000:
            kept.append([[] for _ in range(young)])
            collector.check()
        assert 2 in passes  # a quarter new: the full pass runs, and counts the old generation again
        assert collector.pending == 0 and collector.long_lived >= len(held) + len(kept) * young
    finally:
        gc.callbacks.remove(seen)
        collector.timer.start()


def test_an_operation_lets_go_of_what_it_delivered(qtbot) -> None:  # noqa: ANN001
    """An operation lives until the cycle collector frees it (its signals hold its own methods); what it delivered
    and its callbacks are let go of when it ends, so a list's fetched rows are freed as soon as the list drops them,
    not at the next full pass."""
    import gc
    import weakref

    class Page(list):
        pass

    delivered: list[weakref.ref] = []
    got: list[int] = []
    op = Operation(lambda _job: Page(range(1000))).success(lambda value: (delivered.append(weakref.ref(value)),
                                                                          got.append(len(value))))
    enabled = gc.isenabled()
    gc.disable()
    try:
        op.run()
        qtbot.waitUntil(lambda: op.finished, timeout=WAIT)
        assert got == [1000]
        assert delivered[0]() is None  # freed by its reference count: the operation holds it no longer
        assert op.fn is None and op._on_success is None
    finally:
        if enabled:
            gc.enable()
