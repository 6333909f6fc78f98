"""A sync import killed part-way (SIGKILL) leaves the workspace exactly as it was before, or, when the
kill came after the commit, exactly as a clean import leaves it: never anything in between.

A child process imports a sizeable package (a demo workspace exported in full). The parent waits
until the child's import transaction is open (it probes the database's write lock), then kills
the child after a random delay up to the measured length of that transaction."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sync_helpers import dump, normalized

from opsdesk.audit import verify_chain
from opsdesk.db import Database
from opsdesk.demo import build_demo
from opsdesk.services import sync, workspace
from opsdesk.services.context import AppContext

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 7

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

CHILD = r'''
import sys
import time
from opsdesk.db import Database
from opsdesk.services import sync
from opsdesk.services.context import AppContext

path, package = sys.argv[1], sys.argv[2]
ctx = AppContext(Database.open(path))


def progress(stage, done, total):
    if stage == "apply" and done == 0:
        print("apply", flush=True)  # the one transaction begins right after this


print("ready", flush=True)
result = sync.import_package(ctx, package, trust=True, progress=progress)
print(f"done {result.applied}", flush=True)
ctx.db.close()
time.sleep(120)  # stay alive: the parent's kill always meets a running process
'''


def _write_locked(path: Path) -> bool:
    """True while another connection holds the write lock (an open write transaction)."""
    conn = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        raise
    finally:
        conn.close()


def _kill_during_import(script: Path, db_file: Path, package: Path, delay: float | str | None) -> dict:
    """Run the child; ``delay`` None kills during verification (right after "ready"), "done" after the
    child reported the import done, else ``delay`` seconds after its import transaction was seen open."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    child = subprocess.Popen([sys.executable, str(script), str(db_file), str(package)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)
    seen_open = False
    try:
        line = child.stdout.readline()
        assert line.strip() == "ready", (line, child.stderr.read() if child.poll() is not None else "")
        if delay == "done":
            line = child.stdout.readline()
            assert line.strip() == "apply", line
            line = child.stdout.readline()
            assert line.startswith("done"), (line, child.stderr.read() if child.poll() is not None else "")
        elif delay is not None:
            line = child.stdout.readline()
            assert line.strip() == "apply", (line, child.stderr.read() if child.poll() is not None else "")
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and child.poll() is None:
                if _write_locked(db_file):
                    seen_open = True
                    break
                time.sleep(0.0005)
            time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        rest, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, (child.returncode, err)
    return {"seen_open": seen_open, "done": "done" in rest, "stderr": err}


def _check_health(db_file: Path, where: str) -> None:
    conn = sqlite3.connect(str(db_file))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], where
    finally:
        conn.close()
    db = Database.open(db_file)
    try:
        assert db.integrity_check() == ["ok"], where
        with db.reading() as s:
            chain = verify_chain(s)
        assert chain.ok, f"{where}: audit chain broken at {chain.first_broken}: {chain.reason}"
    finally:
        db.close()


def test_import_killed_part_way_leaves_before_or_after_never_between(tmp_path):
    seed = int(os.environ.get("OPSDESK_KILL_SEED", random.SystemRandom().randrange(1 << 30)))
    rng = random.Random(seed)

    sender = tmp_path / "sender.sqlite"
    db = Database.open(sender)
    try:
        ctx = AppContext(db)
        build_demo(ctx, stores=8, seed=3, months=2, daily_days=5)
        package = sync.export_package(ctx, tmp_path / "full.opsync", full=True).path
    finally:
        db.close()
    base = tmp_path / "receiver.sqlite"
    db = Database.open(base)
    try:
        workspace.prepare(AppContext(db))
    finally:
        db.close()
    before = dump(base)

    # The reference: a clean import, and how long its one transaction lasts.
    reference = tmp_path / "reference.sqlite"
    shutil.copyfile(base, reference)
    marks: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "apply":
            marks["start" if done == 0 else "end"] = time.monotonic()

    db = Database.open(reference)
    try:
        result = sync.import_package(AppContext(db), package, trust=True, progress=progress)
    finally:
        db.close()
    assert result.applied > 1000, result
    tx_seconds = max(marks["end"] - marks["start"], 0.05)
    after = normalized(dump(reference))
    assert after != normalized(before)

    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    # Two kills the moment the transaction is seen open, one during verification, one after the child
    # reported success (so both outcomes are checked every time), the rest at random in the transaction
    # (a child is slower than this process, hence the margin).
    delays: list[float | str | None] = [0.0, 0.0, None, "done"]
    delays += [rng.uniform(0, 2.5 * tx_seconds) for _ in range(ROUNDS - len(delays))]
    outcomes = []
    for n, delay in enumerate(delays):
        where = f"seed {seed} (set OPSDESK_KILL_SEED to repeat), round {n}, delay {delay}, tx {tx_seconds:.3f}s"
        db_file = tmp_path / f"killed{n}.sqlite"
        shutil.copyfile(base, db_file)
        info = _kill_during_import(script, db_file, package, delay)
        assert "Traceback" not in info["stderr"], (where, info["stderr"])

        content = dump(db_file)
        if content == before:
            outcome = "before"
            assert not info["done"], f"{where}: the child reported the import done but nothing is there"
        else:
            assert delay is not None, f"{where}: killed before the transaction, yet the database changed"
            outcome = "after"
            assert normalized(content) == after, f"{where}: the database is neither as before nor as after"
        outcomes.append((outcome, info["seen_open"], delay))
        _check_health(db_file, where)

        # The killed workspace opens and imports cleanly (or knows it has the package already).
        db = Database.open(db_file)
        try:
            again = sync.import_package(AppContext(db), package, trust=True)
        finally:
            db.close()
        assert again.already_imported == (outcome == "after"), where
        assert normalized(dump(db_file)) == after, where

    # At least one kill landed inside the open import transaction and was rolled back entirely.
    assert any(o == "before" and seen for o, seen, _ in outcomes), (seed, outcomes)
    assert outcomes[2][0] == "before", (seed, outcomes)  # killed while verifying
    assert outcomes[3][0] == "after", (seed, outcomes)  # killed after the commit
