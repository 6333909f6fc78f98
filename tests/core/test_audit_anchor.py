"""The audit chain anchored outside the workspace file: every kind of tampering with the chain is
found by ``opsdesk db check`` (first bad entry named, exit 1), damaged entries are named instead of
raising, the anchor follows the app's own commits, and peers notice a rewritten history."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from opsdesk import cli
from opsdesk.audit import GENESIS, entry_hash, read_anchor, verify_chain, write_anchor
from opsdesk.db import Database
from opsdesk.models import AuditEntry
from opsdesk.services import org, sync, workspace
from opsdesk.services.context import AppContext


@pytest.fixture
def busy(ctx, admin, tree, make_store, make_user):
    """A workspace with a few service writes (a dozen audit entries)."""
    manager = make_user("store_manager")
    st = make_store(manager_id=manager.id)
    org.update_store(ctx, st.id, org.StoreInput(code=st.code, name="Renamed", region_id=st.region_id,
                                                opened_on=st.opened_on, manager_id=manager.id))
    org.set_store_status(ctx, st.id, "suspended")
    return st


def _last(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)
    finally:
        conn.close()


def _raw(path: Path, sql: str, *params) -> None:  # noqa: ANN002
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _check(path: Path, capsys) -> tuple[int, str, str]:  # noqa: ANN001
    code = cli.main(["db", "check", "--db", str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _entries(db: Database) -> list[AuditEntry]:
    with db.reading() as s:
        rows = list(s.query(AuditEntry).order_by(AuditEntry.seq))
        s.expunge_all()
    return rows


def _fields(e: AuditEntry) -> dict:
    return dict(seq=e.seq, at=e.at, actor_id=e.actor_id, node_id=e.node_id, action=e.action,
                table_name=e.table_name, row_id=e.row_id, before=e.before, after=e.after, prev_hash=e.prev_hash)


# ---------------------------------------------------------------- the anchor follows commits


def test_each_commit_that_appends_entries_moves_the_anchor(db, db_path, ctx, admin, tree, _anchor_dir):
    node = db.node.node_id
    seq, digest = _last(db_path)
    anchor = read_anchor(node)
    assert anchor is not None and (anchor.seq, anchor.hash) == (seq, digest) and seq > 0
    data = json.loads((_anchor_dir / f"{node}.json").read_text())
    assert data["node_id"] == node and data["seq"] == seq and data["hash"] == digest
    assert not list(_anchor_dir.glob(".*tmp"))  # written through a temporary file, renamed

    org.save_region(ctx, "Suzhou", "SZ", parent_id=tree.east.id)
    assert (read_anchor(node).seq, read_anchor(node).hash) == _last(db_path) != (seq, digest)

    before = read_anchor(node)
    with pytest.raises(RuntimeError):  # a rolled-back transaction leaves the anchor where it was
        with ctx.tx() as s:
            from opsdesk.models import Region

            s.add(Region(name="Gone", code="GONE", parent_id=tree.east.id))
            s.flush()
            raise RuntimeError("abort")
    assert read_anchor(node) == before
    assert _last(db_path) == (before.seq, before.hash)


def test_the_anchor_never_moves_backwards(tmp_path):
    folder = tmp_path / "anchors"
    write_anchor("abc", 10, "a" * 64, folder=folder)
    write_anchor("abc", 9, "b" * 64, folder=folder)  # a slower process committing earlier writes last
    assert read_anchor("abc", folder).seq == 10
    write_anchor("abc", 9, "b" * 64, folder=folder, new_breaks=[{"seq": 10, "message": "x", "detected_at": "t"}])
    anchor = read_anchor("abc", folder)
    assert (anchor.seq, anchor.hash) == (9, "b" * 64) and anchor.breaks[0]["message"] == "x"


def test_a_clean_workspace_checks_ok_with_its_anchor(db, db_path, busy, capsys):
    seq, _ = _last(db_path)
    db.close()
    code, out, _ = _check(db_path, capsys)
    assert code == 0, out
    assert f"audit chain: ok ({seq} entries)" in out
    assert f"audit anchor: ok (entry {seq}" in out
    assert "result: ok" in out


def test_no_anchor_on_this_computer_is_said_plainly_not_a_failure(db, db_path, busy, capsys, _anchor_dir):
    db.close()
    (_anchor_dir / f"{db.node.node_id}.json").unlink()
    code, out, _ = _check(db_path, capsys)
    assert code == 0, out
    assert "no anchor on this computer: deletions at the end cannot be detected" in out


# ---------------------------------------------------------------- tampering, each kind


def test_last_entries_deleted(db, db_path, busy, capsys):
    seq, _ = _last(db_path)
    db.close()
    _raw(db_path, "DELETE FROM audit_entry WHERE seq > ?", seq - 2)
    with Database.open(db_path, readonly=True).reading() as s:
        assert verify_chain(s).ok  # the chain alone cannot tell
    code, out, _ = _check(db_path, capsys)
    assert code == 1, out
    assert f"entry {seq - 1}: the last 2 entries were deleted" in out
    assert "result: 1 problem found" in out


def test_all_entries_deleted(db, db_path, busy, capsys):
    seq, _ = _last(db_path)
    db.close()
    _raw(db_path, "DELETE FROM audit_entry")
    code, out, _ = _check(db_path, capsys)
    assert code == 1, out
    assert "audit chain: ok (0 entries)" in out
    assert f"entry 1: all entries were deleted (this computer recorded {seq} entries)" in out


def test_chain_rewritten_from_an_entry_on_with_consistent_hashes(db, db_path, busy, capsys):
    entries = _entries(db)
    k = 3
    prev = entries[k - 2].hash
    conn = sqlite3.connect(db_path)
    for e in entries[k - 1:]:
        fields = _fields(e)
        if e.seq == k:
            fields["after"] = '{"name":"forged"}'
        fields["prev_hash"] = prev
        prev = entry_hash(**fields)
        conn.execute("UPDATE audit_entry SET after = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (fields["after"], fields["prev_hash"], prev, e.seq))
    conn.commit()
    conn.close()
    with db.reading() as s:
        assert verify_chain(s).ok  # consistent: only the anchor can catch it
    db.close()
    code, out, _ = _check(db_path, capsys)
    assert code == 1, out
    last = entries[-1].seq
    assert f"entry {last}: the chain was rewritten at or before entry {last}" in out


def test_forged_entry_appended(db, db_path, busy, capsys):
    seq, digest = _last(db_path)
    last = _entries(db)[-1]
    forged = dict(_fields(last), seq=seq + 1, action="update", after='{"status":"closed"}', prev_hash=digest)
    db.close()
    _raw(db_path, "INSERT INTO audit_entry (seq, at, actor_id, node_id, action, table_name, row_id, before, after, "
                  "prev_hash, hash) VALUES (?, (SELECT at FROM audit_entry WHERE seq = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
         seq + 1, seq, forged["actor_id"], forged["node_id"], forged["action"], forged["table_name"],
         forged["row_id"], forged["before"], forged["after"], digest, entry_hash(**forged))
    code, out, _ = _check(db_path, capsys)
    assert code == 1, out
    assert f"audit chain: ok ({seq + 1} entries)" in out  # the link and hash hold
    assert f"entry {seq + 1}: entries {seq + 1} to {seq + 1} were added after the last entry" in out


@pytest.mark.parametrize(("column", "value", "expected"), [
    ("at", "yesterday", "unreadable at"),
    ("at", 12345, "unreadable at"),
    ("before", b"\x00\xffblob", "unreadable before (bytes instead of text)"),
    ("node_id", b"n1", "unreadable node_id (bytes instead of text)"),  # TEXT affinity keeps only blobs
    ("hash", b"\x01" * 32, "unreadable hash"),
])
def test_malformed_entry_is_named_not_raised(db, db_path, busy, capsys, column, value, expected):
    k = 4
    db.close()
    _raw(db_path, f"UPDATE audit_entry SET {column} = ? WHERE seq = ?", value, k)
    db2 = Database.open(db_path, readonly=True)
    try:
        with db2.reading() as s:
            report = verify_chain(s)
    finally:
        db2.close()
    assert report.first_broken == k and expected in report.reason
    code, out, err = _check(db_path, capsys)
    assert code == 1, out
    assert f"audit chain: BROKEN at entry {k}: {expected}" in out
    assert "Traceback" not in out + err


def test_a_later_save_does_not_wipe_the_evidence(db, db_path, busy, capsys):
    """Deleting the last entries and then saving once more in OpsDesk: the save notices and keeps it."""
    seq, _ = _last(db_path)
    db.close()
    _raw(db_path, "DELETE FROM audit_entry WHERE seq > ?", seq - 3)
    from acting import acting

    again = acting(Database.open(db_path))  # as the workspace's current user, as the app does
    try:
        org.save_region(again, "Later", "LATER")
    finally:
        again.db.close()
    code, out, _ = _check(db_path, capsys)
    assert code == 1, out
    assert f"OpsDesk found: the last 3 entries were deleted (the chain ended at entry {seq - 3}" in out


# ---------------------------------------------------------------- peers see the head


def _open_ctx(path: Path) -> AppContext:
    ctx = AppContext(Database.open(path))
    workspace.prepare(ctx)
    return ctx


def _export(src: AppContext, folder: Path) -> Path:
    path = folder / f"{uuid.uuid4().hex}.opsync"
    sync.export_package(src, path, full=True)
    return path


@pytest.fixture
def pair(tmp_path: Path):
    a = _open_ctx(tmp_path / "a.sqlite")
    b = _open_ctx(tmp_path / "b.sqlite")
    yield a, b
    a.db.close()
    b.db.close()


def _region(ctx: AppContext, code: str) -> None:
    org.save_region(ctx, f"Region {code}", code)


def test_every_package_carries_the_chain_head(pair, tmp_path):
    a, _b = pair
    _region(a, "R1")
    pkg = _export(a, tmp_path)
    from sync_helpers import manifest_of, read_members

    head = manifest_of(read_members(pkg))["audit_head"]
    assert head == {"node": a.db.node.node_id, "seq": _last(a.db.path)[0], "hash": _last(a.db.path)[1]}


def test_a_peer_whose_history_went_back_is_reported(pair, tmp_path, capsys):
    a, b = pair
    _region(a, "R1")
    _region(a, "R2")
    first = sync.import_package(b, _export(a, tmp_path), trust=True)
    assert first.history_rewrite is None and first.warnings == ()
    seq, _ = _last(a.db.path)
    _raw(a.db.path, "DELETE FROM audit_entry WHERE seq > ?", seq - 2)  # A's last entries removed by hand
    later = _export(a, tmp_path)
    b_path = b.db.path
    b.db.close()
    code = cli.main(["sync", "import", "--db", str(b_path), str(later)])
    captured = capsys.readouterr()
    assert code == 0
    assert (f"warning: the history of workspace {a.db.node.node_id} was rewritten: its audit chain went back "
            f"from entry {seq} to entry {seq - 2}") in captured.err
    assert cli.main(["sync", "status", "--db", str(b_path)]) == 0
    status = capsys.readouterr().out
    peer_line = next(i for i, line in enumerate(status.splitlines()) if line.startswith(f"peer {a.db.node.node_id}"))
    assert "warning: the history of workspace" in status.splitlines()[peer_line + 1]
    b.db = Database.open(b_path)  # for the fixture's close


def test_same_seq_with_another_hash_is_reported(pair, tmp_path):
    a, b = pair
    _region(a, "R1")
    sync.import_package(b, _export(a, tmp_path), trust=True)
    seq, _ = _last(a.db.path)
    _raw(a.db.path, "UPDATE audit_entry SET hash = ? WHERE seq = ?", "f" * 64, seq)
    result = sync.import_package(b, _export(a, tmp_path), trust=True)
    assert result.history_rewrite is not None
    assert result.history_rewrite.now_seq == seq == result.history_rewrite.seen_seq
    assert f"entry {seq} of its audit chain has another hash" in result.warnings[0]
    assert sync.peers(b)[0].history_warning == result.warnings[0]


def test_an_older_package_arriving_late_and_one_without_head_are_accepted(pair, tmp_path):
    from sync_helpers import node_key, read_members, resign, write_members

    a, b = pair
    _region(a, "R1")
    old = _export(a, tmp_path)
    _region(a, "R2")
    new = _export(a, tmp_path)
    assert sync.import_package(b, new, trust=True).history_rewrite is None
    late = sync.import_package(b, old, trust=True)  # lower seq, but written before: no warning
    assert not late.already_imported and late.history_rewrite is None
    _region(a, "R3")
    members = resign(read_members(_export(a, tmp_path)), node_key(a.db.path), lambda m: m.pop("audit_head"))
    legacy = write_members(tmp_path / "legacy.opsync", members)
    result = sync.import_package(b, legacy, trust=True)
    assert result.applied > 0 and result.history_rewrite is None
    assert all(p.history_warning is None for p in sync.peers(b))

