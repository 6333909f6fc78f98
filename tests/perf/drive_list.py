"""Drive every list page like a user and measure the GUI thread's longest stall per page and action.

Run by bench_list (and bench_memory) in its own process::

    python -m tests.perf.drive_list WORKSPACE [--pages stores,inspections,...] [--no-filter]

A 10 ms timer runs the whole time; a stall is how late it fires. After two seconds with the window up
(``warm_up``: the window imports the other pages' modules then), for each page in turn, each step
given back to the event loop and waiting (yielding) until the page's background queries answered:

- ``open``: show the page (its list tab where the list is one tab of several);
- ``scroll_to_end``: scroll the list to its end, again and again while more rows load (every fetch
  the view would make — the whole inspections list of the large workspace);
- ``filter``: choose a store (a region, a status or a search where the page has no store filter)
  and scroll that list to its end.

Then half a second idle (the baseline). Prints one JSON object: ``stalls_ms`` by ``page:action``
(and ``warm_up``, ``idle``), ``rows`` listed per page after each step, and the peak resident set
(VmHWM) after the inspections list was scrolled to its end and at the very end.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

PAGES = ("stores", "inspections", "actions", "visits", "equipment", "openings", "promotions")
MAX_WAIT_S = 120  # one step waits at most this long for its queries (a broken page must end the run)


@dataclass
class ListUnderTest:
    """How the driver finds one page's list: its view, whether rows are on their way, and one filter."""

    view: QAbstractItemView
    busy: Callable[[], bool]
    choose_filter: Callable[[], bool]  # applies a filter; False while there is nothing to choose yet


def _owned_queries_running(page: QWidget) -> bool:
    """A background query of the page (or of a widget on it) has not answered yet."""
    from ui.operations import alive, tasks

    for op in tasks().running():
        owner = op.owner
        if op.delivers() and alive(owner) and (owner is page or page.isAncestorOf(owner)):
            return True
    return False


def _debouncing(page: QWidget) -> bool:
    from ui.widgets.filter_bar import FilterBar

    return any(bar._debounce.isActive() for bar in page.findChildren(FilterBar))


def _pick_combo(combo) -> Callable[[], bool]:  # noqa: ANN001 - a QComboBox
    def choose() -> bool:
        if combo.count() < 2:
            return False
        combo.setCurrentIndex(1)
        return True

    return choose


def list_of(key: str, page: QWidget) -> ListUnderTest:
    """The list of page ``key``, made current (the visits page: its log tab)."""

    def busy() -> bool:
        model = getattr(page, "model", None)
        return _owned_queries_running(page) or _debouncing(page) or bool(getattr(model, "loading", False))

    if key in ("inspections", "actions", "equipment"):  # TablePages with a store filter
        return ListUnderTest(page.table, busy, _pick_combo(page.store))
    if key == "stores":
        def region() -> bool:
            root = page.tree.topLevelItem(0)
            if root is None or root.childCount() == 0:
                return False
            page.tree.setCurrentItem(root.child(0))
            return True

        return ListUnderTest(page.table, busy, region)
    if key == "visits":
        page.tabs.setCurrentWidget(page.log_tab)
        return ListUnderTest(page.log_tab.table, busy, _pick_combo(page.log_tab.store))
    if key == "openings":
        def every_project() -> bool:
            page.status.setCurrentIndex(page.status.count() - 1)  # "All projects"
            return True

        return ListUnderTest(page.projects, busy, every_project)
    if key == "promotions":
        def search() -> bool:
            page.search.setText("0")  # a code or theme containing 0
            return True

        return ListUnderTest(page.table, busy, search)
    raise ValueError(f"no list driver for page {key!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated page keys, in this order")
    parser.add_argument("--no-filter", action="store_true", help="only open and scroll (the memory benchmark)")
    args = parser.parse_args(argv)
    pages = [p for p in args.pages.split(",") if p]

    from opsdesk.db import Database
    from opsdesk.services import workspace
    from opsdesk.services.context import AppContext
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application(["bench"])
    ctx = AppContext(Database.open(args.workspace))
    user = workspace.current_user(ctx)
    ctx.user_id = user.id if user else None
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    from ui.app import settle_collector

    settle_collector()  # as the app does once its window is up

    stalls: dict[str, float] = {}
    phase = ["warm_up"]  # the first seconds: the window imports the other pages' modules
    last = [time.perf_counter()]
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        now = time.perf_counter()
        late = (now - last[0]) * 1000 - 10
        last[0] = now
        stalls[phase[0]] = max(stalls.get(phase[0], 0.0), late)

    ticker.timeout.connect(tick)
    ticker.start()
    report: dict = {"rows": {}, "fetches": {}}
    steps = iter(_steps(window, pages, phase, report, not args.no_filter))
    # One timer, started again for each step: PySide6 6.12's static QTimer.singleShot drops a reference
    # to None on every call, and thousands of steps would free None (a crash under Python 3.11).
    stepper = QTimer(singleShot=True)
    done = [False]

    def next_step() -> None:
        if done[0]:
            app.quit()
            return
        try:
            wait = next(steps)
        except StopIteration:
            done[0] = True
            wait = 100
        stepper.start(int(wait))

    def guarded() -> None:
        try:
            next_step()
        except BaseException:  # a broken step must end the run, not leave the loop waiting
            import traceback

            traceback.print_exc()
            app.exit(1)

    stepper.timeout.connect(guarded)
    stepper.start(2000)  # a person looks at the window for a moment before clicking
    if app.exec() != 0:
        return 1
    ticker.stop()
    actions = {k: round(v, 1) for k, v in stalls.items() if ":" in k}
    print(json.dumps({"max_stall_ms": max(actions.values(), default=0.0),
                      "stalls_ms": {k: round(v, 1) for k, v in stalls.items()},
                      "rows": report["rows"], "fetches": report["fetches"],
                      "peak_rss_mb_after_inspections": report.get("peak_rss_mb_after_inspections"),
                      "peak_rss_mb": round(peak_kb() / 1024, 1)}))
    ctx.db.close()
    return 0


def peak_kb() -> int:
    from tests.perf.peak_rss import peak_kb as read

    return read()


def _steps(window, pages: list[str], phase: list[str], report: dict, filters: bool) -> Iterator[int]:  # noqa: ANN001
    """Each step yields a wait in ms back to the event loop, whose stalls are measured; the rows load in
    background queries, so a step waits (yielding) until they have arrived."""

    def settle(lut: ListUnderTest) -> Iterator[int]:
        deadline = time.monotonic() + MAX_WAIT_S
        yield 10
        while lut.busy():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{phase[0]}: the page's queries did not answer in {MAX_WAIT_S} s")
            yield 10

    def scroll_to_end(lut: ListUnderTest) -> Iterator[int]:
        view, model = lut.view, lut.view.model()
        fetched = 0
        while True:
            view.scrollToBottom()  # the view fetches more itself when it reaches the end
            if model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())  # make sure the step happens
                fetched += 1
            yield from settle(lut)
            if not model.canFetchMore(QModelIndex()):
                break
        view.scrollToBottom()
        yield 50
        report["fetches"][phase[0]] = fetched

    for key in pages:
        phase[0] = f"{key}:open"
        window.show_page(key)
        page = window.pages[key]
        yield 0  # the page is filled in the next turn of the event loop
        lut = list_of(key, page)
        yield from settle(lut)
        report["rows"][phase[0]] = lut.view.model().rowCount()
        phase[0] = f"{key}:scroll_to_end"
        yield from scroll_to_end(lut)
        report["rows"][phase[0]] = lut.view.model().rowCount()
        if key == "inspections":
            report["peak_rss_mb_after_inspections"] = round(peak_kb() / 1024, 1)
        if not filters:
            continue
        phase[0] = f"{key}:filter"
        deadline = time.monotonic() + MAX_WAIT_S
        while not lut.choose_filter():  # the filter's choices arrive in the background
            if time.monotonic() > deadline:
                raise TimeoutError(f"{phase[0]}: nothing to filter by after {MAX_WAIT_S} s")
            yield 10
        yield from settle(lut)
        yield from scroll_to_end(lut)
        report["rows"][phase[0]] = lut.view.model().rowCount()
        yield 200
    phase[0] = "idle"  # the baseline: the same timer with nothing to do
    yield 500


if __name__ == "__main__":
    sys.exit(main())
