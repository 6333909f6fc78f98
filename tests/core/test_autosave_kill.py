"""Autosave survives a crash: a process answers a run's items one by one through runs.set_answer
and reports each saved answer; the test kills it (SIGKILL) at a random moment, 20 times.
Every answer reported as saved must be in the database, and the workspace must stay healthy.

Each answering process is forked from a "zygote" that has already imported OpsDesk, so a round
costs a fork and a few answers rather than a fresh interpreter (the kill is the same kill -9 of a
process holding the workspace open). All rounds use the same workspace file, each its own run:
every round also proves that the workspace killed in the round before opens and works."""

from __future__ import annotations

import json
import os
import random
import signal
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kill_helpers import Zygote, zygote_loop

from opsdesk.audit import verify_chain
from opsdesk.db import Database
from opsdesk.services import runs, templates
from opsdesk.services.context import AppContext
from opsdesk.templates_io import parse_template

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 20
MAX_KILL_AFTER = 10  # the answer after which the kill comes: 0 (during the first) .. this
ITEMS = 24  # more than MAX_KILL_AFTER + what the longest pause can add, so the child is always still busy
FINISH_EVERY = 5  # every 5th round also finishes and completes the killed run
TIMEOUT = 30.0

pytestmark = [pytest.mark.posix, pytest.mark.skipif(not hasattr(signal, "SIGKILL") or not hasattr(os, "fork"),
                                                    reason="needs SIGKILL and fork")]

VALUE_FOR = '''
def value_for(n, kind):
    if kind == "pass_fail":
        return "fail" if n % 4 == 0 else "pass"
    if kind == "number":
        return str(n)
    return n % 6  # rating 0..5
'''

# The zygote reads commands on stdin: "answer PATH RUN_ID" forks a child that answers the run's items
# in order, writing "saved ITEM_ID" after each set_answer returned (one write(2) of a short line to the
# shared stdout pipe: atomic, never half a line); it answers "child PID". "reap PID" waits for that
# child and answers "reaped SIGNAL" (0: it was not killed by a signal).
ZYGOTE = r'''
import os
import sys
import time
import traceback
from opsdesk.db import Database
from opsdesk.services import runs
from opsdesk.services.context import AppContext


def say(text):
    os.write(1, (text + "\n").encode())


def answer(path, run_id):
    ctx = AppContext(Database.open(path))
    items = runs.get_run(ctx, run_id).version.items()
    say("ready")
    for n, item in enumerate(items):
        runs.set_answer(ctx, run_id, item.id, value_for(n, item.answer_type))
        say(f"saved {item.id}")
    say("done")
    time.sleep(120)  # stay alive: the parent's kill always meets a running process

'''


def value_for(n: int, kind: str):  # the parent's copy of the child's rule
    namespace: dict = {}
    exec(VALUE_FOR, namespace)  # noqa: S102 - our own constant
    return namespace["value_for"](n, kind)


def same_value(stored: str, n: int, kind: str) -> bool:
    value = json.loads(stored)
    if kind == "number":
        return Decimal(value) == Decimal(value_for(n, kind))
    return value == value_for(n, kind)


def big_template() -> dict:
    kinds = ("pass_fail", "number", "rating")
    items = []
    for n in range(ITEMS):
        kind = kinds[n % 3]
        item = {"key": f"k{n:02d}", "text": f"检查项 {n}", "text_en": f"Item {n}", "type": kind, "weight": 1 + n % 3}
        if kind == "number":
            item.update(min=0, max=30)
        if kind == "rating":
            item["scale"] = 5
        items.append(item)
    half = ITEMS // 2
    return {"format": "opsdesk-template", "format_version": 1, "code": "kill_test", "kind": "inspection",
            "title": "断电测试", "title_en": "Kill test",
            "sections": [{"title": "甲", "title_en": "A", "weight": 1, "items": items[:half]},
                         {"title": "乙", "title_en": "B", "weight": 2, "items": items[half:]}]}


def answer_and_kill(zygote: Zygote, path: Path, run_id: str, kill_after: int, pause: float) -> list[str]:
    """Fork a child answering ``run_id``; SIGKILL it ``pause`` seconds after it reported its
    ``kill_after``-th saved answer (0: after it said ready). Returns every item it reported saved."""
    zygote.send(f"answer {path} {run_id}")
    line = zygote.readline()
    assert line.startswith("child "), line
    pid = int(line.split()[1])
    zygote.children.append(pid)
    assert zygote.readline() == "ready"
    saved: list[str] = []
    while len(saved) < kill_after:
        line = zygote.readline()
        assert line.startswith("saved "), line
        saved.append(line.split()[1])
    # Often in the middle of the next set_answer: its transaction open, or committing.
    time.sleep(pause)
    os.kill(pid, signal.SIGKILL)
    zygote.send(f"reap {pid}")
    while True:
        line = zygote.readline()
        if line.startswith("reaped "):
            break
        # Lines the child wrote before it died were saved too.
        assert line.startswith("saved "), line
        saved.append(line.split()[1])
    zygote.children.remove(pid)
    assert line == f"reaped {int(signal.SIGKILL)}", line
    return saved


def test_answers_reported_saved_survive_sigkill(tmp_path):
    seed = int(os.environ.get("OPSDESK_KILL_SEED", random.SystemRandom().randrange(1 << 30)))
    rng = random.Random(seed)
    path = tmp_path / "kill.sqlite"
    script = tmp_path / "zygote.py"
    script.write_text(VALUE_FOR + ZYGOTE + zygote_loop("answer", "answer"), encoding="utf-8")

    db = Database.open(path)
    try:
        ctx = AppContext(db)
        from opsdesk.services import org

        area = org.save_region(ctx, "East", "EAST")
        area = org.save_region(ctx, "Shanghai", "SH", parent_id=area.id)
        store = org.create_store(ctx, org.StoreInput(code="K001", name="Kill store", region_id=area.id,
                                                      opened_on=date(2020, 1, 1)))
        version = templates.import_spec(ctx, parse_template(big_template()))
    finally:
        db.close()
    kinds = {i.id: i.answer_type for i in version.items()}
    order = [i.id for i in version.items()]
    assert len(order) == ITEMS > MAX_KILL_AFTER + 6

    # Every kill point at least once, then at random; the pause after the report: none, within one
    # answer's time or a little longer (an answer takes some tens of milliseconds).
    kill_points = list(range(MAX_KILL_AFTER + 1))
    kill_points += [rng.randrange(MAX_KILL_AFTER + 1) for _ in range(ROUNDS - len(kill_points))]
    rng.shuffle(kill_points)
    assert len(kill_points) == ROUNDS
    zygote = Zygote(script, TIMEOUT)
    kills = []
    try:
        assert zygote.readline() == "zygote"
        for round_no, kill_after in enumerate(kill_points):
            pause = rng.choice((0.0, rng.uniform(0, 0.01), rng.uniform(0, 0.04)))
            where = (f"seed {seed} (set OPSDESK_KILL_SEED to repeat), round {round_no}, "
                     f"kill after {kill_after} + {pause * 1000:.1f} ms")
            db = Database.open(path)  # the workspace killed in the previous round opens and works
            try:
                run = runs.start_run(AppContext(db), store.id, version.template_id, "routine")
            finally:
                db.close()

            saved = answer_and_kill(zygote, path, run.id, kill_after, pause)
            assert len(saved) >= kill_after, where
            assert saved == order[:len(saved)], where
            kills.append(len(saved))

            db = Database.open(path)
            try:
                assert db.integrity_check() == ["ok"], where
                with db.engine.connect() as conn:
                    rows = dict(conn.exec_driver_sql(
                        "SELECT item_id, value FROM answer WHERE run_id = ?", (run.id,)).fetchall())
                    assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == [], where
                for item_id in saved:
                    n = order.index(item_id)
                    assert item_id in rows, f"{where}: answer {n} was reported saved but is not in the database"
                    assert same_value(rows[item_id], n, kinds[item_id]), (where, n, rows[item_id])
                # At most the one answer being written when the child died is there beyond the reported ones.
                assert set(rows) - set(saved) <= set(order[len(saved):len(saved) + 1]), where
                with db.reading() as s:
                    chain = verify_chain(s)
                assert chain.ok, f"{where}: audit chain broken at {chain.first_broken}: {chain.reason}"

                ctx = AppContext(db)
                detail = runs.get_run(ctx, run.id)
                assert set(detail.answers) == set(rows), where
                if round_no % FINISH_EVERY == FINISH_EVERY - 1:  # the run can be finished after the crash
                    for n, item_id in enumerate(order):
                        if item_id not in rows:
                            runs.set_answer(ctx, run.id, item_id, value_for(n, kinds[item_id]))
                    assert runs.complete(ctx, run.id).status == "completed", where
            finally:
                db.close()
    finally:
        zygote.close()
    assert len(kills) == ROUNDS, (seed, kills)
    print(f"seed {seed}: {ROUNDS} kills, answers saved before each kill: {kills}")
