"""A sync import into a head-office workspace on PostgreSQL, killed part-way (SIGKILL of the desktop's
process), leaves the database exactly as it was before, or, when the kill came after the commit, exactly
as a clean import leaves it: never anything in between. The PostgreSQL counterpart of test_sync_kill.py.

The receiver is a database of the test process's throw-away cluster (tests/pg_cluster.py), prepared
once and copied per round (``CREATE DATABASE ... TEMPLATE``); the package is a demo workspace (a laptop,
SQLite) exported in full. The same forked child as on SQLite (kill_helpers.IMPORT_ZYGOTE) imports it and
reports its stages: "verify", "apply" (the one transaction begins right after), "commit" (its COMMIT is
being issued) and "done". A first round lets the child finish, to time its stages; then the child is
killed 8 more times: at random moments during verification, inside the open transaction (two the moment it
is seen open, one at random in each half of the first 90% of its time: its rows are written in the second
half, so a package applied in more than one transaction is caught there), and around the commit.
"Inside the open transaction" is seen on the server, not guessed: after the child says
"apply", the parent polls ``pg_locks`` until a backend of that database holds the workspace's writer
lock (the transaction-level advisory lock every write takes first) while ``pg_stat_activity`` shows it
in a transaction (``xact_start`` set, ``active`` or ``idle in transaction``), then waits the round's
delay and kills.

After each kill the parent waits until every backend of the killed child is gone from
``pg_stat_activity`` (the server noticed the closed connection and rolled back whatever was open; a
COMMIT already sent is finished by then), and only then compares the database's rows (every table,
sorted; sync_helpers.normalized masks the wall-clock times and audit hashes two clean imports differ in,
and renumbers ``change_log.seq``, which a rolled-back transaction leaves with a gap) with the dumps taken
before and after a clean import. Then the whole of ``opsdesk db check`` runs on it (check.check_workspace:
foreign keys by query, amcheck over every table and index, signed runs' hashes, the audit chain and its
anchor, the files folder), the audit chain is verified once more through the services, and the same package
imports into it cleanly (or is recognised as imported already when the kill came after the commit),
leaving it as the clean import did (a kill during verification aside: nothing was written, the rows are those
the clean import started from). At least 3 kills must have been seen landing inside the open
transaction and have been rolled back.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import dump, normalized

from kill_helpers import IMPORT_STAGES, IMPORT_ZYGOTE, Zygote, import_kill_plan, import_outcome, kill_during_import

from acting import acting
from opsdesk import paths
from opsdesk.audit import verify_chain
from opsdesk.check import EXIT_OK, check_workspace
from opsdesk.db import Database
from opsdesk.services import sync, workspace

VERIFY_KILLS = 2
TX_KILLS = 4  # two the moment the transaction is seen open, the rest at random inside it
# The random ones spread over the first 90% of the transaction's time: its rows are written in its second half.
TX_SPREAD = 0.9
COMMIT_KILLS = 2
TIMEOUT = 60.0
MIN_INSIDE_TX = 3  # kills that must be seen landing inside the open transaction (and be rolled back)
GONE_WITHIN = 30.0  # seconds for the server to end a killed client's backends
# The laptop whose full package is imported (a demo chain other modules copy too: built once per run).
SENDER = {"stores": 3, "seed": 5, "months": 1}

pytestmark = [pytest.mark.pg, pytest.mark.posix,
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

# A backend of the database holding the writer lock (opsdesk.pg.lock_writer: a transaction-level advisory
# lock) inside a transaction: the import's transaction is open on the server.
TX_OPEN = """
SELECT a.pid FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND a.datname = %s AND a.xact_start IS NOT NULL
  AND a.state IN ('active', 'idle in transaction')
"""
BACKENDS = "SELECT pid, state FROM pg_catalog.pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()"


class Server:
    """A superuser connection to the cluster's ``postgres`` database (autocommit) for what the parent asks
    the server about a round's database."""

    def __init__(self, cluster: Any) -> None:  # noqa: ANN401 - a pg_cluster.PgCluster
        import psycopg  # here: without psycopg the module is still collected, and the test skipped by its fixtures

        self.cluster = cluster
        self.conn = psycopg.connect(cluster.url("postgres"), autocommit=True)

    def tx_open(self, name: str) -> int | None:
        """The pid of the backend whose open transaction holds the writer lock of database ``name``, or None."""
        row = self.conn.execute(TX_OPEN, (name,)).fetchone()
        return row[0] if row else None

    def wait_gone(self, name: str, where: str) -> None:
        """Wait until no backend serves database ``name`` any more (a killed client's were ended, and their
        open transaction rolled back, by the server)."""
        deadline = time.monotonic() + GONE_WITHIN
        while rows := self.conn.execute(BACKENDS, (name,)).fetchall():
            assert time.monotonic() < deadline, f"{where}: backends still there after {GONE_WITHIN}s: {rows}"
            time.sleep(0.01)

    def close(self) -> None:
        self.conn.close()


def _database(url: str) -> str:
    return url.rsplit("/", 1)[1]


def _anchors(folder: Path, base_anchors: list[Path]) -> Path:
    """A fresh audit-anchor folder holding the base's anchors: every copy of the base has the base's node id, so
    each round keeps its anchors apart (for the killed child, the parent's check and its import after)."""
    folder.mkdir()
    for anchor in base_anchors:
        shutil.copyfile(anchor, folder / anchor.name)
    return folder


def _check_health(url: str, where: str) -> None:
    """``opsdesk db check`` finds nothing (amcheck ran), and the audit chain verifies through the services."""
    report = check_workspace(url)
    assert report.cannot_check is None, f"{where}: {report.cannot_check}"
    assert report.problems == [], f"{where}: {report.problems}"
    assert report.exit_code == EXIT_OK, where
    assert report.integrity == ["ok"], f"{where}: amcheck did not run: {report.integrity_note}"
    assert report.foreign_key_violations == 0 and report.audit_ok, where
    db = Database.open(url, migrate_schema=False, readonly=True)
    try:
        with db.reading() as s:
            chain = verify_chain(s)
        assert chain.ok, f"{where}: audit chain broken at {chain.first_broken}: {chain.reason}"
    finally:
        db.close()


def test_import_into_a_server_killed_part_way_leaves_before_or_after_never_between(
        pg_cluster, pg_templates, workspace_templates, tmp_path, monkeypatch):  # noqa: ANN001
    seed = int(os.environ.get("OPSDESK_KILL_SEED", random.SystemRandom().randrange(1 << 30)))
    rng = random.Random(seed)

    sender = workspace_templates.copy(tmp_path / "sender.sqlite", **SENDER)
    db = Database.open(sender)
    try:
        package = sync.export_package(acting(db), tmp_path / "full.opsync", full=True).path
    finally:
        db.close()

    # The head office's database, prepared, with amcheck (a superuser's CREATE EXTENSION, copied with it):
    # ``opsdesk db check`` then checks every table and index physically too.
    base_url = pg_templates.copy(tmp_path / "base.files")
    base = _database(base_url)
    db = Database.open(base_url)
    try:
        workspace.prepare(acting(db))
        node_id = db.node.node_id
    finally:
        db.close()
    import psycopg

    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION amcheck")
    base_anchors = sorted(paths.anchor_dir().glob(f"{node_id}.json"))
    before = dump(base_url)

    def copy_of_base(label: str) -> tuple[str, Path]:
        """A new database copied from the base, and its anchor folder, now the anchor folder of this process."""
        url = pg_cluster.url(pg_cluster.create_database(template=base))
        anchors = _anchors(tmp_path / f"{label}-anchors", base_anchors)
        monkeypatch.setenv(paths.ANCHOR_ENV, str(anchors))
        return url, anchors

    # The reference: a clean import.
    reference, _ = copy_of_base("reference")
    _check_health(reference, "the base")
    db = Database.open(reference)
    try:
        result = sync.import_package(acting(db), package, trust=True)
    finally:
        db.close()
    assert result.applied > 1000, result
    after = normalized(dump(reference))
    assert after != normalized(before)
    _check_health(reference, "the clean import")

    server = Server(pg_cluster)
    script = tmp_path / "zygote.py"
    script.write_text(IMPORT_ZYGOTE, encoding="utf-8")
    zygote = Zygote(script, TIMEOUT)
    assert zygote.readline() == "zygote"
    outcomes: list[tuple[str, str, bool, str, float]] = []

    def round_(n: int, kind: str, after_stage: str, delay: float) -> dict[str, float]:
        where = (f"seed {seed} (set OPSDESK_KILL_SEED to repeat), round {n} ({kind}), "
                 f"kill {delay * 1000:.1f} ms after {after_stage!r}")
        url, anchors = copy_of_base(f"round{n}")
        name = _database(url)
        info = kill_during_import(zygote, url, package, after_stage, delay, lambda: server.tx_open(name), anchors)
        seen = info["seen"]
        reached = max(seen, key=IMPORT_STAGES.index)
        where += f", the child reached {reached!r}" + (f", backend {info['open']} in its transaction"
                                                        if info["open"] else "")
        server.wait_gone(name, where)  # the server rolled back what the child left open

        outcome = import_outcome(seen, dump(url), before, after, normalized, where)
        outcomes.append((kind, outcome, bool(info["open"]), reached, delay))
        _check_health(url, where)
        if reached == "verify":  # killed before its transaction: the rows are ``before``'s (the dump says so), and
            pg_cluster.drop_database(name)  # importing into ``before`` is the reference import made above
            return seen

        # The killed workspace opens and imports cleanly (or knows it has the package already).
        db = Database.open(url)
        try:
            again = sync.import_package(acting(db), package, trust=True)
        finally:
            db.close()
        assert again.already_imported == (outcome == "after"), where
        assert normalized(dump(url)) == after, where
        _check_health(url, f"{where}, imported again")
        pg_cluster.drop_database(name)
        return seen

    try:
        # Round 0: killed only after the child reported success, timing its stages for the others.
        seen = round_(0, "after done", "done", 0.0)
        verify_s, tx_s, plan = import_kill_plan(rng, seen, VERIFY_KILLS, TX_KILLS, COMMIT_KILLS, TX_SPREAD)
        for n, (kind, after_stage, delay) in enumerate(plan, start=1):
            round_(n, kind, after_stage, delay)
    finally:
        zygote.close()
        server.close()

    summary = f"seed {seed}, verify {verify_s:.3f}s, tx {tx_s:.3f}s, outcomes {outcomes}"
    print(summary)
    assert len(outcomes) == 1 + VERIFY_KILLS + TX_KILLS + COMMIT_KILLS >= 9
    assert outcomes[0][1] == "after", summary  # killed after the commit
    inside = [o for o in outcomes if o[1] == "before" and o[2] and o[3] in ("apply", "commit")]
    assert len(inside) >= MIN_INSIDE_TX, f"only {len(inside)} kills landed inside the transaction: {summary}"
