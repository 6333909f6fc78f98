"""Autosave survives a crash: a child process answers a run's items one by one through
runs.set_answer and reports each saved answer; the parent kills it (SIGKILL) at a random moment.
Every answer reported as saved must be in the database, and the workspace must stay healthy."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from opsdesk.audit import verify_chain
from opsdesk.db import Database
from opsdesk.services import runs, templates
from opsdesk.services.context import AppContext
from opsdesk.templates_io import parse_template

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 5
ITEMS = 45  # more than the largest kill point (40), so the child is always still busy when killed

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = r'''
import sys
import time
from opsdesk.db import Database
from opsdesk.services import runs
from opsdesk.services.context import AppContext

path, run_id = sys.argv[1], sys.argv[2]
ctx = AppContext(Database.open(path))
items = runs.get_run(ctx, run_id).version.items()
print("ready", flush=True)
for n, item in enumerate(items):
    runs.set_answer(ctx, run_id, item.id, value_for(n, item.answer_type))
    print(f"saved {item.id}", flush=True)
print("done", flush=True)
time.sleep(120)  # stay alive: the parent's kill always meets a running process
'''

VALUE_FOR = '''
def value_for(n, kind):
    if kind == "pass_fail":
        return "fail" if n % 4 == 0 else "pass"
    if kind == "number":
        return str(n)
    return n % 6  # rating 0..5
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
    return {"format": "opsdesk-template", "format_version": 1, "code": "kill_test", "kind": "inspection",
            "title": "断电测试", "title_en": "Kill test",
            "sections": [{"title": "甲", "title_en": "A", "weight": 1, "items": items[:20]},
                         {"title": "乙", "title_en": "B", "weight": 2, "items": items[20:]}]}


def run_child_and_kill(script: Path, path: Path, run_id: str, kill_after: int, rng: random.Random) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    child = subprocess.Popen([sys.executable, str(script), str(path), run_id], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)
    saved: list[str] = []
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.poll() is not None else ""
        while len(saved) < kill_after:
            line = child.stdout.readline()
            assert line.startswith("saved "), (line, child.poll(), child.stderr.read() if child.poll() else "")
            saved.append(line.split()[1])
        # Kill at a random moment after the kill_after-th answer was reported: often in the middle of
        # the next set_answer (its transaction open or committing).
        time.sleep(rng.choice((0, 0, rng.uniform(0, 0.02))))
        child.send_signal(signal.SIGKILL)
        rest, _err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    # Lines the child printed before it died were saved too.
    saved += [line.split()[1] for line in rest.splitlines() if line.startswith("saved ")]
    return saved


def test_answers_reported_saved_survive_sigkill(tmp_path):
    seed = int(os.environ.get("OPSDESK_KILL_SEED", random.SystemRandom().randrange(1 << 30)))
    rng = random.Random(seed)
    path = tmp_path / "kill.sqlite"
    script = tmp_path / "child.py"
    script.write_text(VALUE_FOR + CHILD, encoding="utf-8")

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

    kill_points = rng.sample(range(3, 41), ROUNDS)
    for round_no, kill_after in enumerate(kill_points):
        where = f"seed {seed} (set OPSDESK_KILL_SEED to repeat), round {round_no}, kill after {kill_after}"
        db = Database.open(path)  # the workspace killed in the previous round opens and works
        try:
            ctx = AppContext(db)
            run = runs.start_run(ctx, store.id, version.template_id, "routine")
        finally:
            db.close()

        saved = run_child_and_kill(script, path, run.id, kill_after, rng)
        assert len(saved) >= kill_after, where
        assert saved == order[:len(saved)], where

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
            # The run can be finished after the crash.
            for n, item_id in enumerate(order):
                if item_id not in rows:
                    runs.set_answer(ctx, run.id, item_id, value_for(n, kinds[item_id]))
            assert runs.complete(ctx, run.id).status == "completed", where
        finally:
            db.close()
