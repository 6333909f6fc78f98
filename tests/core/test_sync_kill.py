"""A sync import killed part-way (SIGKILL) leaves the workspace exactly as it was before, or, when the
kill came after the commit, exactly as a clean import leaves it: never anything in between.

A child process imports a sizeable package (a demo workspace exported in full) and reports each stage
on stdout: "verify" (the package is being opened and checked), "apply" (the one transaction begins
right after), "commit" (the transaction's COMMIT is being issued: everything is written) and "done".
A first round lets the child finish, to time its stages; then the child is killed 11 more times:
at random moments during verification, inside the open transaction (the parent probes the
database's write lock before it waits), and around the commit."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from sync_helpers import dump, normalized

from kill_helpers import Zygote, zygote_loop

from acting import acting
from opsdesk.audit import verify_chain
from opsdesk.db import Database
from opsdesk.demo import build_demo
from opsdesk.services import sync, workspace
from opsdesk.services.context import AppContext

REPO = Path(__file__).resolve().parents[2]
VERIFY_KILLS = 3
TX_KILLS = 6  # two the moment the transaction is seen open, the rest at random inside it
COMMIT_KILLS = 2
TIMEOUT = 60.0
MIN_INSIDE_TX = 4  # kills that must be seen landing inside the open transaction (and be rolled back)

pytestmark = [pytest.mark.posix, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

# The zygote has OpsDesk's sync code imported already, so a round costs a fork rather than a fresh
# interpreter (the kill is the same kill -9 of a process in the middle of its import). It reads
# commands on stdin: "import DB PACKAGE" forks a child that imports the package and reports its
# stages; the zygote answers "child PID". "reap PID" waits for that child: "reaped SIGNAL".
ZYGOTE = r'''
import os
import sys
import time
import traceback

import alembic.script
from sqlalchemy import event

import opsdesk.attachments
import opsdesk.sync.apply
import opsdesk.sync.capture
import opsdesk.sync.package
from opsdesk.db import Database
from opsdesk.services import sync
from opsdesk.services.context import AppContext


def say(text):
    os.write(1, (text + "\n").encode())  # one write(2) of a short line to the pipe: never half a line


def run(path, package):
    ctx = AppContext(Database.open(path))
    event.listen(ctx.db.engine, "commit", lambda conn: say("commit"))  # only the import commits from now on

    def progress(stage, done, total):
        if done == 0 and stage in ("verify", "apply"):
            say(stage)  # "apply": the one transaction begins right after this

    say("ready")
    result = sync.import_package(ctx, package, trust=True, progress=progress)
    say(f"done {result.applied}")
    ctx.db.close()
    time.sleep(120)  # stay alive: the parent's kill always meets a running process

'''

STAGES = ("ready", "verify", "apply", "commit", "done")


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


def _stage(line: str) -> str:
    stage = line.split(" ", 1)[0]
    assert stage in STAGES, line
    return stage


def _kill_during_import(zygote: Zygote, db_file: Path, package: Path, after: str, delay: float) -> dict:
    """Fork a child importing ``package``; kill it ``delay`` seconds after it reported stage ``after``
    ("apply": after its import transaction was also seen holding the write lock). Returns the stages
    the child reported (with the times the parent read them) and whether the lock was seen."""
    zygote.send(f"import {db_file} {package}")
    line = zygote.readline()
    assert line.startswith("child "), line
    pid = int(line.split()[1])
    zygote.children.append(pid)
    seen: dict[str, float] = {}
    seen_open = False
    while after not in seen:
        seen[_stage(zygote.readline())] = time.monotonic()
    if after == "apply":
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if _write_locked(db_file):
                seen_open = True
                break
            time.sleep(0.0005)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    zygote.send(f"reap {pid}")
    while not (line := zygote.readline()).startswith("reaped "):
        seen.setdefault(_stage(line), time.monotonic())  # what the child said before it died
    zygote.children.remove(pid)
    assert line == f"reaped {int(signal.SIGKILL)}", line
    return {"seen": seen, "seen_open": seen_open}


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
        ctx = acting(db)
        ctx.user_id = build_demo(ctx, stores=8, seed=3, months=2, daily_days=5).current_user_id
        package = sync.export_package(ctx, tmp_path / "full.opsync", full=True).path
    finally:
        db.close()
    base = tmp_path / "receiver.sqlite"
    db = Database.open(base)
    try:
        workspace.prepare(acting(db))
    finally:
        db.close()
    before = dump(base)

    # The reference: a clean import.
    reference = tmp_path / "reference.sqlite"
    shutil.copyfile(base, reference)
    db = Database.open(reference)
    try:
        result = sync.import_package(acting(db), package, trust=True)
    finally:
        db.close()
    assert result.applied > 1000, result
    after = normalized(dump(reference))
    assert after != normalized(before)

    script = tmp_path / "zygote.py"
    script.write_text(ZYGOTE + zygote_loop("import", "run"), encoding="utf-8")
    zygote = Zygote(script, TIMEOUT)
    assert zygote.readline() == "zygote"
    outcomes: list[tuple[str, str, bool, str, float]] = []

    def round_(n: int, kind: str, after_stage: str, delay: float) -> dict:
        where = (f"seed {seed} (set OPSDESK_KILL_SEED to repeat), round {n} ({kind}), "
                 f"kill {delay * 1000:.1f} ms after {after_stage!r}")
        db_file = tmp_path / f"killed{n}.sqlite"
        shutil.copyfile(base, db_file)
        info = _kill_during_import(zygote, db_file, package, after_stage, delay)
        seen = info["seen"]
        reached = max(seen, key=STAGES.index)
        where += f", the child reached {reached!r}"

        content = dump(db_file)
        if content == before:
            outcome = "before"
            assert "done" not in seen, f"{where}: the child reported the import done but nothing is there"
        else:
            outcome = "after"
            assert "apply" in seen, f"{where}: killed before the transaction began, yet the database changed"
            assert normalized(content) == after, f"{where}: the database is neither as before nor as after"
        if "commit" not in seen:
            assert outcome == "before", f"{where}: killed before the commit was issued, yet the database changed"
        outcomes.append((kind, outcome, info["seen_open"], reached, delay))
        _check_health(db_file, where)

        # The killed workspace opens and imports cleanly (or knows it has the package already).
        db = Database.open(db_file)
        try:
            again = sync.import_package(acting(db), package, trust=True)
        finally:
            db.close()
        assert again.already_imported == (outcome == "after"), where
        assert normalized(dump(db_file)) == after, where
        return seen

    try:
        # Round 0: killed only after the child reported success, timing its stages for the others.
        seen = round_(0, "after done", "done", 0.0)
        verify_s = max(seen["apply"] - seen["ready"], 0.02)
        tx_s = max(seen["commit"] - seen["apply"], 0.05)
        plan: list[tuple[str, str, float]] = []
        plan += [("verification", "ready", rng.uniform(0, verify_s)) for _ in range(VERIFY_KILLS)]
        plan += [("transaction", "apply", 0.0)] * 2
        plan += [("transaction", "apply", rng.uniform(0, 0.6 * tx_s)) for _ in range(TX_KILLS - 2)]
        plan += [("commit", "commit", rng.choice((0.0, rng.uniform(0, 0.01)))) for _ in range(COMMIT_KILLS)]
        rng.shuffle(plan)
        for n, (kind, after_stage, delay) in enumerate(plan, start=1):
            round_(n, kind, after_stage, delay)
    finally:
        zygote.close()

    summary = f"seed {seed}, verify {verify_s:.3f}s, tx {tx_s:.3f}s, outcomes {outcomes}"
    print(summary)
    assert len(outcomes) == 1 + VERIFY_KILLS + TX_KILLS + COMMIT_KILLS >= 10
    assert outcomes[0][1] == "after", summary  # killed after the commit
    inside = [o for o in outcomes if o[1] == "before" and o[2] and o[3] in ("apply", "commit")]
    assert len(inside) >= MIN_INSIDE_TX, f"only {len(inside)} kills landed inside the transaction: {summary}"
