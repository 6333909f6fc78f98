"""The writer processes of test_pg_concurrency.py: each opens the same PostgreSQL workspace as a desktop of its
own would (``Database.open(url)``: its own engine, its own in-memory hybrid clock, the server's one node), waits
for the start signal, writes for a few seconds and writes a JSON report of every write the service confirmed
(returned from), so the parent can count them in the database afterwards.

Kinds: ``runner`` (starts runs of its own, answers every item, completes each run), ``actions`` (creates
corrective actions and moves them along their lifecycle), ``importer`` (imports the laptops' sync packages, in
the order given). A typed ``DatabaseLockedError`` (the writer lock not obtained within
``OPSDESK_LOCK_WAIT_SECONDS``; nothing was written) is retried, up to ``MAX_RETRIES`` times per call, and
counted; any other exception ends the worker and is reported as unexpected.

Started with multiprocessing's ``spawn`` (a fresh interpreter, nothing inherited but the environment and
``sys.path``); the report names the ``opsdesk`` package the process imported, so the parent can tell that it
tested this checkout's code.
"""

from __future__ import annotations

import json
import random
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

MAX_RETRIES = 50
T = TypeVar("T")

# What each item type of the tiny template (converge_helpers.TINY_TEMPLATE) is answered with; the pass/fail
# item always passes (a failed one would need a photo before completing).
ANSWERS: dict[str, list[Any]] = {
    "pass_fail": ["pass"], "yes_no": ["yes", "no"], "rating": [0, 1, 2, 3, 4, 5],
    "number": ["1.5", "4", "0.25"], "choice": [0, 1, 2], "text": ["正常", "需要清洁", "已整改"],
}


class _Busy:
    def __init__(self) -> None:
        self.retries = 0
        self.calls = 0
        self.seconds = 0.0
        self.slowest = 0.0

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        from opsdesk.errors import DatabaseLockedError

        began = time.perf_counter()
        try:
            for _attempt in range(MAX_RETRIES):
                try:
                    return fn(*args, **kwargs)
                except DatabaseLockedError:
                    self.retries += 1
            return fn(*args, **kwargs)  # the last attempt's error is reported as unexpected
        finally:
            took = time.perf_counter() - began
            self.calls += 1
            self.seconds += took
            self.slowest = max(self.slowest, took)


def run(kind: str, url: str, files_dir: str, params: dict[str, Any], ready: Any, start: Any,
        report_path: str) -> None:
    """The process's entry point (``ready``, ``start``: multiprocessing Events of the spawn context: this process
    has its workspace open; every process has, go)."""
    import opsdesk
    from opsdesk.db import Database
    from opsdesk.services.context import AppContext

    report: dict[str, Any] = {"kind": kind, "package": opsdesk.__file__, "unexpected": [], "retries": 0}
    busy = _Busy()
    db = None
    try:
        db = Database.open(url, files_dir=Path(files_dir), migrate_schema=False, create=False)
        ctx = AppContext(db)
        ctx.user_id = params["user_id"]  # each desktop's own current user
        ready.set()
        if not start.wait(120):
            raise RuntimeError("the start signal never came")
        deadline = time.monotonic() + params.get("seconds", 4.0)
        WORKERS[kind](ctx, params, deadline, busy, report)
    except BaseException:  # noqa: BLE001 - everything is reported to the parent
        report["unexpected"].append(traceback.format_exc(limit=12))
    finally:
        report.update(retries=busy.retries, calls=busy.calls, call_seconds=round(busy.seconds, 3),
                      slowest_call=round(busy.slowest, 3))
        if db is not None:
            db.close()
        Path(report_path).write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")


def _runner(ctx: Any, params: dict[str, Any], deadline: float, busy: _Busy, report: dict[str, Any]) -> None:
    from opsdesk.services import runs

    rng = random.Random(params["seed"])
    items: list[tuple[str, str]] = params["items"]  # (item id, answer type), photo items left out
    report["runs"] = {}  # run id -> {item id: str(stored value)}, only writes the service confirmed
    report["completed"] = []
    n = 0
    while time.monotonic() < deadline:  # a started run is always finished: the clock is read between runs
        store_id = params["stores"][n % len(params["stores"])]
        n += 1
        summary = busy.call(runs.start_run, ctx, store_id, params["template_id"], "routine",
                            business_date=date(2026, 11, 1 + n % 28))
        answers: dict[str, str] = {}
        report["runs"][summary.id] = answers
        for item_id, answer_type in items:
            value = rng.choice(ANSWERS[answer_type])
            result = busy.call(runs.set_answer, ctx, summary.id, item_id, value)
            answers[item_id] = str(result.answer.value)
            if rng.random() < 0.3:  # a second thought: the same item answered again
                value = rng.choice(ANSWERS[answer_type])
                result = busy.call(runs.set_answer, ctx, summary.id, item_id, value)
                answers[item_id] = str(result.answer.value)
            runs.get_run(ctx, summary.id)  # the runner reads back between answers, as the GUI does
        done = busy.call(runs.complete, ctx, summary.id)
        assert done.status == "completed", done.status
        report["completed"].append(summary.id)


def _actions(ctx: Any, params: dict[str, Any], deadline: float, busy: _Busy, report: dict[str, Any]) -> None:
    from opsdesk.services import actions

    report["actions"] = {}  # action id -> every status it went through, in order (events the service confirmed)
    paths = [("in_progress", "submitted", "verified"), ("submitted", "reopened", "in_progress"),
             ("cancelled",), ("in_progress",), ()]
    n = 0
    while time.monotonic() < deadline:
        store_id = params["stores"][n % len(params["stores"])]
        path = paths[n % len(paths)]
        n += 1
        made = busy.call(actions.create_action, ctx, actions.ActionInput(
            store_id=store_id, title=f"concurrency action {n}", due_on=date(2026, 12, 1),
            assignee_id=params["assignee_id"]))
        statuses = [made.status]
        report["actions"][made.id] = statuses
        for target in path:
            note = "not needed" if target == "cancelled" else "do it again" if target == "reopened" else ""
            moved = busy.call(actions.transition, ctx, made.id, target, note,
                              fix_note="fixed" if target == "submitted" else None)
            statuses.append(moved.status)


def _importer(ctx: Any, params: dict[str, Any], deadline: float, busy: _Busy, report: dict[str, Any]) -> None:
    from opsdesk.services import sync

    report["imports"] = []
    for package in params["packages"]:  # all of them, however long it takes (they were made for this)
        result = busy.call(sync.import_package, ctx, package, trust=True)
        report["imports"].append({"package": package, "package_id": result.package_id, "applied": result.applied,
                                  "changes": result.changes, "already": result.already_imported,
                                  "conflicts": result.conflicts})
    # then again, each at least once and on until the time is up: recognised as imported, nothing applied twice
    while len(report["imports"]) < 2 * len(params["packages"]) or time.monotonic() < deadline:
        package = params["packages"][len(report["imports"]) % len(params["packages"])]
        again = busy.call(sync.import_package, ctx, package)
        report["imports"].append({"package": package, "package_id": again.package_id, "applied": again.applied,
                                  "changes": again.changes, "already": again.already_imported,
                                  "conflicts": again.conflicts})


WORKERS: dict[str, Callable[..., None]] = {"runner": _runner, "actions": _actions, "importer": _importer}
