"""Background operations on one application-owned task manager.

In the spirit of Anki's ``CollectionOp``/``QueryOp``: slow work runs off the GUI thread; its success
and failure come back on the GUI thread; it may report progress and be cancelled::

    Operation(lambda job: sync.import_package(ctx, path, progress=job.stage_reporter()),
              owner=self, changes=ALL, title=self.tr("Import package"))
        .success(self._imported).failure(self._import_failed)
        .with_progress(self.tr("Checking the package..."), cancellable=True)
        .run()

- ``fn(job)`` runs in a thread of the manager's pool. ``job.progress(done, total, stage)`` reports
  (shown by the optional progress dialog, passed to ``on_progress``); ``job.check()`` raises
  :class:`opsdesk.errors.Cancelled` once the person (or the app closing) cancelled it — a service
  whose progress callback raises it rolls its transaction back. ``job.reporter()`` is a
  ``progress(done, total)`` callback for the core that does both.
- ``owner``: the widget the callbacks belong to. When it was deleted, or its window closed or
  rebuilt (``TaskManager.detach``), the callbacks are skipped: nothing reaches a deleted page.
- ``changes``: the tables the operation writes. After it succeeded the manager emits
  ``tables_changed``; the main window refreshes every page whose ``SHOWS`` meets them. ``ALL``: every
  table (a sync import).
- A failure is logged (with its traceback unless it is one of the core's typed errors) and, without
  a ``failure`` callback, shown translated over the owner. A cancelled job is logged, not shown.
- :class:`QueryOp` is the read-only variant: load data for a page off the GUI thread; with a
  ``key``, a newer query of the same owner supersedes the older (only the latest result arrives).

``tasks()`` is the one manager (a child of the ``QApplication``): it counts running operations, and
``settle()`` makes closing the workspace and rebuilding the window wait for them (or cancel them).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from opsdesk.errors import Cancelled, OpsDeskError
from ui.tr_contexts import Operations

logger = logging.getLogger(__name__)

ALL = frozenset({"*"})  # ``changes=ALL``: every table may have changed (a sync import)
DEFAULT_POOL = "default"
REPORTS_POOL = "reports"  # ReportLab jobs run one at a time (DESIGN.md §2)
MANAGER_NAME = "opsdeskTaskManager"


def touches(changed: Iterable[str], shows: Iterable[str]) -> bool:
    """Whether tables ``changed`` concern a page that shows ``shows``."""
    changed, shows = frozenset(changed), frozenset(shows)
    return bool(changed) and bool(shows) and ("*" in changed or not changed.isdisjoint(shows))


def alive(widget: QObject | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


class Job:
    """What the background function gets: progress reports and the cancel flag (thread-safe)."""

    def __init__(self, op: Operation) -> None:
        self._op = op
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` when the job was cancelled (call it between steps)."""
        if self._cancel.is_set():
            raise Cancelled("cancelled")

    def progress(self, done: int, total: int, stage: str = "") -> None:
        """Report progress (any thread); shown on the GUI thread."""
        self._op.progressed.emit(int(done), int(total), stage)

    def reporter(self, stage: str = "") -> Callable[[int, int], None]:
        """A core ``progress(done, total)`` callback: checks the cancel flag, then reports."""

        def report(done: int, total: int) -> None:
            self.check()
            self.progress(done, total, stage)

        return report

    def stage_reporter(self) -> Callable[[str, int, int], None]:
        """A core ``progress(stage, done, total)`` callback (the sync service's): check, then report."""

        def report(stage: str, done: int, total: int) -> None:
            self.check()
            self.progress(done, total, stage)

        return report


class _Runner(QRunnable):
    def __init__(self, op: Operation) -> None:
        super().__init__()
        self.op = op

    def run(self) -> None:
        op = self.op
        try:
            op.job.check()  # cancelled while it waited in the pool
            result = op.fn(op.job)
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
            op.ended.emit(False, exc)
        else:
            op.ended.emit(True, result)
        finally:
            self.op = None  # type: ignore[assignment]


class Operation(QObject):
    """One piece of background work; build it, chain its callbacks, then ``run()``."""

    progressed = Signal(int, int, str)  # emitted from the worker thread, delivered queued
    ended = Signal(bool, object)  # ok, result or exception

    def __init__(self, fn: Callable[[Job], Any], *, owner: QWidget | None = None, changes: Iterable[str] = (),
                 title: str = "", name: str = "", pool: str = DEFAULT_POOL, key: str | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.owner = owner
        self.changes = frozenset(changes)
        self.title = title
        self.name = name or getattr(fn, "__qualname__", "operation")
        self.pool = pool
        self.key = key
        self.job = Job(self)
        self.dialog: QProgressDialog | None = None
        self.orphaned = False  # the owner went away: no callback runs
        self.finished = False
        self.error: BaseException | None = None
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._dialog_spec: dict[str, Any] | None = None
        self._started = 0.0
        self._cancel_connected = False
        self.progressed.connect(self._progress)
        self.ended.connect(self._end)
        if owner is not None:
            owner.destroyed.connect(self._owner_gone)

    # -- building
    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation:
        self._on_failure = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> Operation:
        """Called (instead of ``failure``) when the job stopped because it was cancelled."""
        self._on_cancelled = callback
        return self

    def on_progress(self, callback: Callable[[int, int, str], None]) -> Operation:
        self._on_progress = callback
        return self

    def with_progress(self, label: str, *, title: str | None = None, cancellable: bool = False,
                      stage_text: Callable[[str, int, int], str] | None = None, minimum_duration: int = 300,
                      object_name: str = "operationProgress") -> Operation:
        """A window-modal progress dialog over the owner, shown after ``minimum_duration`` ms;
        with ``cancellable`` its Cancel button cancels the job."""
        self._dialog_spec = {"label": label, "title": title if title is not None else self.title,
                             "cancellable": cancellable, "stage_text": stage_text,
                             "minimum_duration": minimum_duration, "object_name": object_name}
        return self

    def run(self, manager: TaskManager | None = None) -> Operation:
        (manager or tasks()).start(self)
        return self

    # -- state
    @property
    def is_cancelled(self) -> bool:
        return self.job.cancelled

    def cancel(self) -> None:
        if not self.finished:
            self.job.cancel()

    def delivers(self) -> bool:
        """Whether its callbacks may run: no owner, or an owner that is still there."""
        return not self.orphaned and (self.owner is None or alive(self.owner))

    # -- running (GUI thread)
    def _begin(self) -> None:
        self._started = time.perf_counter()
        spec = self._dialog_spec
        if spec is None or not self.delivers():
            return
        parent = self.owner if alive(self.owner) else None
        dialog = QProgressDialog(spec["label"], "", 0, 0, parent)
        dialog.setObjectName(spec["object_name"])
        if spec["title"]:
            dialog.setWindowTitle(spec["title"])
        if spec["cancellable"]:
            dialog.setCancelButtonText(QCoreApplication.translate("Operations", "Cancel"))
            dialog.canceled.connect(self.cancel)
            self._cancel_connected = True
        else:
            dialog.setCancelButton(None)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(380)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(spec["minimum_duration"])
        self.dialog = dialog

    def _progress(self, done: int, total: int, stage: str) -> None:
        if self.finished or not self.delivers():
            return
        dialog = self.dialog
        if dialog is not None and alive(dialog) and not self.job.cancelled:
            stage_text = self._dialog_spec["stage_text"] if self._dialog_spec else None
            if stage_text is not None:
                dialog.setLabelText(stage_text(stage, done, total))
            if total <= 0:
                dialog.setRange(0, 0)
            else:
                dialog.setRange(0, total)
                dialog.setValue(min(done, total))
        if self._on_progress is not None:
            self._on_progress(done, total, stage)

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and alive(dialog):
            if self._cancel_connected:  # closing the dialog must not cancel the job
                dialog.canceled.disconnect(self.cancel)
                self._cancel_connected = False
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

    def _owner_gone(self, *_args: object) -> None:
        self.orphaned = True
        self.owner = None
        self.job.cancel()

    def _end(self, ok: bool, value: object) -> None:
        if self.finished:
            return
        self.finished = True
        self._close_dialog()
        seconds = time.perf_counter() - self._started
        manager = self.parent()
        try:
            if ok:
                self._succeeded(value, manager)
            else:
                self.error = value  # type: ignore[assignment]
                self._failed(value, seconds)  # type: ignore[arg-type]
        finally:
            if isinstance(manager, TaskManager):
                manager._ended(self)
            # An operation is freed by the cycle collector (its signals hold its own methods): let go of what it
            # delivered and of the callbacks now, or a list's pages (rows and cells) waited for the next full pass,
            # each pass then freeing and walking thousands of objects.
            self.fn = None  # type: ignore[assignment]
            self._on_success = self._on_failure = self._on_cancelled = self._on_progress = None

    def _succeeded(self, value: object, manager: object) -> None:
        if self.changes and isinstance(manager, TaskManager):
            manager.tables_changed.emit(set(self.changes))
        if self._on_success is not None and self.delivers():
            self._on_success(value)

    def _failed(self, exc: BaseException, seconds: float) -> None:
        if isinstance(exc, Cancelled):
            logger.info("%s: cancelled after %.2f s", self.name, seconds)
            if self._on_cancelled is not None and self.delivers():
                self._on_cancelled()
            return
        if isinstance(exc, OpsDeskError):
            logger.warning("%s: failed after %.2f s: %s: %s", self.name, seconds, type(exc).__name__, exc)
        else:
            logger.error("%s: failed after %.2f s", self.name, seconds, exc_info=(type(exc), exc, exc.__traceback__))
        if not self.delivers():
            return
        if self._on_failure is not None:
            self._on_failure(exc)
            return
        from ui.errors import show_error

        show_error(self.owner if alive(self.owner) else None, exc, self.title or None)


class QueryOp(Operation):
    """A read-only operation: loads data off the GUI thread for ``success`` (no tables changed).
    With ``key``, starting another query with the same owner and key supersedes this one."""

    def __init__(self, fn: Callable[[Job], Any], *, owner: QWidget | None = None, title: str = "", name: str = "",
                 key: str | None = None) -> None:
        super().__init__(fn, owner=owner, changes=(), title=title, name=name, key=key)


class TaskManager(QObject):
    """Counts the running operations, runs them in its pools, announces changed tables."""

    tables_changed = Signal(object)  # set[str] of table names (``"*"``: all)
    count_changed = Signal(int)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pools: dict[str, QThreadPool] = {DEFAULT_POOL: QThreadPool(self), REPORTS_POOL: QThreadPool(self)}
        self.pools[DEFAULT_POOL].setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self.pools[REPORTS_POOL].setMaxThreadCount(1)
        self._running: list[Operation] = []

    def start(self, op: Operation) -> None:
        if op in self._running or op.finished:
            raise RuntimeError("an operation runs once")
        if op.key is not None:
            for other in self._running:
                if other.key == op.key and other.owner is op.owner:
                    other.orphaned = True  # superseded: its result is no longer wanted
                    other.cancel()
        op.setParent(self)
        self._running.append(op)
        op._begin()
        self.pools[op.pool].start(_Runner(op))
        self.count_changed.emit(len(self._running))

    def running(self) -> list[Operation]:
        return list(self._running)

    def cancel_all(self) -> None:
        for op in self._running:
            op.cancel()

    def detach(self, widget: QWidget) -> int:
        """``widget`` (a window being closed or rebuilt) goes away: the callbacks of operations owned
        by it or by a widget inside it are skipped from now on. Returns how many were detached."""
        count = 0
        for op in self._running:
            owner = op.owner
            if alive(owner) and alive(widget) and (owner is widget or widget.isAncestorOf(owner)):
                op.orphaned = True
                op._close_dialog()
                count += 1
        return count

    def wait_idle(self, timeout_ms: int | None = None) -> bool:
        """Process events until no operation runs (or ``timeout_ms`` passed); True when idle. An operation
        started by a callback of one that ended (a page refreshing itself) is waited for too."""
        deadline = None if timeout_ms is None else time.monotonic() + timeout_ms / 1000
        while self._running:
            left = None if deadline is None else int((deadline - time.monotonic()) * 1000)
            if left is not None and left <= 0:
                break
            loop = QEventLoop()
            self.idle.connect(loop.quit)
            timer = None
            if left is not None:
                timer = QTimer(singleShot=True, interval=left)
                timer.timeout.connect(loop.quit)
                timer.start()
            try:
                if self._running:
                    loop.exec()
            finally:
                self.idle.disconnect(loop.quit)
                if timer is not None:
                    timer.stop()
        return not self._running

    def _ended(self, op: Operation) -> None:
        if op in self._running:
            self._running.remove(op)
        op.deleteLater()
        self.count_changed.emit(len(self._running))
        if not self._running:
            self.idle.emit()


class MainThreadCollector(QObject):
    """Python's cycle collector runs on the GUI thread only.

    Left automatic, a collection starts in whichever thread allocates when the counts pass their
    thresholds -- a background query's thread too -- and may then free Qt objects (a dialog, a
    model) from that thread, which crashes the process. So automatic collection is switched off and
    this timer, on the GUI thread, runs the same generational passes when the same thresholds are
    passed (the recipe PyQt and Anki use).

    As Python's own collector does, a full pass (every object the app holds) runs only when the
    objects moved into the oldest generation since the last one are a quarter of those it held then:
    without that rule a full pass came every tenth middle pass, and its pause grew with the rows held.
    The timer looks often (INTERVAL_MS), so that each young pass has a short list to walk: a background
    query makes tens of thousands of objects, and all of them at once took tens of milliseconds."""

    INTERVAL_MS = 100

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("opsdeskCollector")
        self.threshold = gc.get_threshold()
        self.long_lived = 0  # objects in the oldest generation after the last full pass
        self.pending = 0  # objects moved there since (at most: the young ones of each middle pass)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.destroyed.connect(gc.enable)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return
        generation = 0
        if counts[1] > self.threshold[1]:
            generation = 1
            if counts[2] > self.threshold[2] and self.pending > self.long_lived // 4:
                generation = 2
        if generation == 1:  # what survives it moves to the oldest generation
            self.pending += counts[0] + len(gc.get_objects(generation=1))
        gc.collect(generation)
        if generation == 2:
            self.long_lived = len(gc.get_objects(generation=2))
            self.pending = 0


def install_collector(app: QCoreApplication) -> MainThreadCollector:
    """Collect garbage on the GUI thread only (once per application)."""
    found = app.findChild(MainThreadCollector, "opsdeskCollector")
    return found if found is not None else MainThreadCollector(app)


def tasks() -> TaskManager:
    """The application's task manager (made on first use, owned by the ``QApplication``); with it,
    garbage is collected on the GUI thread only (``MainThreadCollector``)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication yet")
    manager = app.findChild(TaskManager, MANAGER_NAME)
    if manager is None:
        install_collector(app)
        manager = TaskManager(app)
        manager.setObjectName(MANAGER_NAME)
    return manager


def load(owner: QWidget, fn: Callable[[], Any], then: Callable[[Any], None], *, key: str = "load",
         name: str = "") -> QueryOp:
    """Read data for ``owner`` off the GUI thread: ``fn()`` in the pool (it must not touch a widget),
    ``then(result)`` on the GUI thread. A newer load of the same owner and key supersedes an older one."""
    return QueryOp(lambda _job: fn(), owner=owner, key=key,
                   name=name or f"{type(owner).__name__}: {key}").success(then).run()


def waiting_text(count: int) -> str:
    return Operations.tr("Waiting for %n background job(s) to finish...", "", count)


def settle(parent: QWidget | None, *, detach: QWidget | None = None, timeout_ms: int | None = None) -> bool:
    """Before the workspace is closed or the window rebuilt: wait for the running operations.

    ``detach``: the window going away; its operations' callbacks are skipped. A small dialog
    ("waiting for N background job(s)…") appears when the wait is not short; its Cancel cancels
    every operation (a sync import then rolls back). True once none runs."""
    manager = tasks()
    if detach is not None:
        manager.detach(detach)
    if not manager.running():
        return True
    count = len(manager.running())
    logger.info("waiting for %d background operation(s)", count)
    dialog = QProgressDialog(waiting_text(count), QCoreApplication.translate("Operations", "Cancel"), 0, 0,
                             parent if alive(parent) else None)
    dialog.setObjectName("waitForOperations")
    dialog.setWindowTitle(QCoreApplication.translate("Operations", "Background jobs"))
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(manager.cancel_all)

    def update(n: int) -> None:
        if n and alive(dialog):
            dialog.setLabelText(waiting_text(n))

    manager.count_changed.connect(update)
    try:
        idle = manager.wait_idle(timeout_ms)
    finally:
        manager.count_changed.disconnect(update)
        dialog.canceled.disconnect(manager.cancel_all)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
    return idle


__all__ = ["ALL", "Job", "Operation", "QueryOp", "TaskManager", "load", "settle", "tasks", "touches"]
