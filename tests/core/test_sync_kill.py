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
from pathlib import Path

import pytest
from sync_helpers import dump, normalized

from kill_helpers import IMPORT_STAGES, IMPORT_ZYGOTE, Zygote, import_kill_plan, import_outcome, kill_during_import

from acting import acting
from opsdesk.audit import verify_chain
from opsdesk.db import Database
from opsdesk.services import sync, workspace

VERIFY_KILLS = 3
TX_KILLS = 6  # two the moment the transaction is seen open, the rest at random inside it
COMMIT_KILLS = 2
TIMEOUT = 60.0
MIN_INSIDE_TX = 4  # kills that must be seen landing inside the open transaction (and be rolled back)
# The demo chain many modules copy (built once per run): a full export of it is a package of several thousand
# changes, an import long enough to be killed inside its transaction again and again.
SENDER = {"stores": 3, "seed": 5, "months": 1}

pytestmark = [pytest.mark.posix, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

# The zygote (kill_helpers.IMPORT_ZYGOTE) has OpsDesk's sync code imported already, so a round costs a fork
# rather than a fresh interpreter (the kill is the same kill -9 of a process in the middle of its import).


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


def test_import_killed_part_way_leaves_before_or_after_never_between(tmp_path, workspace_copy):  # noqa: ANN001
    seed = int(os.environ.get("OPSDESK_KILL_SEED", random.SystemRandom().randrange(1 << 30)))
    rng = random.Random(seed)

    sender = workspace_copy("sender.sqlite", **SENDER)
    db = Database.open(sender)
    try:
        package = sync.export_package(acting(db), tmp_path / "full.opsync", full=True).path
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
    script.write_text(IMPORT_ZYGOTE, encoding="utf-8")
    zygote = Zygote(script, TIMEOUT)
    assert zygote.readline() == "zygote"
    outcomes: list[tuple[str, str, bool, str, float]] = []

    def round_(n: int, kind: str, after_stage: str, delay: float) -> dict:
        where = (f"seed {seed} (set OPSDESK_KILL_SEED to repeat), round {n} ({kind}), "
                 f"kill {delay * 1000:.1f} ms after {after_stage!r}")
        db_file = tmp_path / f"killed{n}.sqlite"
        shutil.copyfile(base, db_file)
        info = kill_during_import(zygote, db_file, package, after_stage, delay, lambda: _write_locked(db_file))
        seen = info["seen"]
        reached = max(seen, key=IMPORT_STAGES.index)
        where += f", the child reached {reached!r}"

        outcome = import_outcome(seen, dump(db_file), before, after, normalized, where)
        outcomes.append((kind, outcome, bool(info["open"]), reached, delay))
        _check_health(db_file, where)
        if reached == "verify":  # killed before its transaction: the rows are ``before``'s (the dump says so), and
            return seen  # importing into ``before`` is the reference import made above

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
        verify_s, tx_s, plan = import_kill_plan(rng, seen, VERIFY_KILLS, TX_KILLS, COMMIT_KILLS)
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
