"""Drive the Inspections page like a user and measure the GUI thread's longest stall.

Run by bench_list in its own process: ``python -m tests.perf.drive_list WORKSPACE``. A 10 ms
timer runs the whole time; a stall is how late it fires. After two seconds with the window up
(warm_up: the other pages' modules are imported then), steps, each given back to the event
loop: open the page; scroll to the end of the unfiltered list (every fetch the view would
make); choose a store in the store filter; then half a second idle (the baseline). Prints
one JSON object; its max_stall_ms covers every phase.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main(path: str) -> int:
    from opsdesk.db import Database
    from opsdesk.services import workspace
    from opsdesk.services.context import AppContext
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application(["bench"])
    ctx = AppContext(Database.open(Path(path)))
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
    steps = iter(_steps(window, phase))
    fetches = [0]
    next_step_ref: list = [None]

    def next_step() -> None:
        try:
            wait = next(steps)
        except StopIteration:
            QTimer.singleShot(100, app.quit)
            return
        if wait == "fetch":
            fetches[0] += 1
            wait = 0
        QTimer.singleShot(int(wait), next_step_ref[0])

    def guarded() -> None:
        try:
            next_step()
        except BaseException:  # a broken step must end the run, not leave the loop waiting
            import traceback

            traceback.print_exc()
            app.exit(1)

    next_step_ref[0] = guarded
    QTimer.singleShot(2000, guarded)  # a person looks at the window for a moment before clicking
    if app.exec() != 0:
        return 1
    page = window.pages["inspections"]
    print(json.dumps({"max_stall_ms": round(max(stalls.values()), 1),
                      "stalls_ms": {k: round(v, 1) for k, v in stalls.items()},
                      "rows_loaded": page.model.rowCount(), "fetches": fetches[0],
                      "peak_rss_mb": round(peak_kb() / 1024, 1)}))
    ctx.db.close()
    return 0


def peak_kb() -> int:
    from tests.perf.peak_rss import peak_kb as read

    return read()


def _steps(window, phase):  # noqa: ANN001, ANN202
    """The rows load in background queries: each step then waits (yielding to the event loop, whose
    stalls are measured) until they have arrived."""
    phase[0] = "open_page"
    window.show_page("inspections")
    page = window.pages["inspections"]
    view, model = page.table, page.model
    yield 10
    while page.loading:
        yield 10
    phase[0] = "scroll_to_end"
    while model.canFetchMore() or model.loading:
        view.scrollToBottom()
        if model.canFetchMore():  # the view fetches when it reaches the end; make sure the step happens
            model.fetchMore()
            yield "fetch"
        while model.loading:
            yield 10
    view.scrollToBottom()
    yield 50
    phase[0] = "store_filter"
    while page.store.count() < 2:  # the filter's stores arrive in the background
        yield 10
    page.store.setCurrentIndex(1)
    yield 10
    while page.loading:
        yield 10
    view.scrollToBottom()
    yield 300
    phase[0] = "idle"  # the baseline: the same timer with nothing to do
    yield 500


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
