"""The audit hash chain: written by every service call, verified, tampering detected (also by the CLI)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from opsdesk import cli
from opsdesk.audit import GENESIS, verify_chain
from opsdesk.db import head_revision, migrate
from opsdesk.services import org

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)


def _entries(sql, after: int = 0) -> list[dict]:
    keys = ("seq", "actor_id", "node_id", "action", "table_name", "row_id", "before", "after", "prev_hash", "hash")
    rows = sql(f"SELECT {', '.join(keys)} FROM audit_entry WHERE seq > ? ORDER BY seq", after)
    return [dict(zip(keys, r)) for r in rows]


def _last(sql) -> int:
    return sql("SELECT coalesce(max(seq), 0) FROM audit_entry")[0][0]


def _verify(db):
    with db.reading() as s:
        return verify_chain(s)


@pytest.fixture
def busy(ctx, admin, tree, make_store, make_user):
    """A workspace with a few service writes done by ``admin``."""
    manager = make_user("store_manager")
    st = make_store(manager_id=manager.id)
    org.update_store(ctx, st.id, org.StoreInput(code=st.code, name="Renamed", region_id=st.region_id,
                                                opened_on=st.opened_on, manager_id=manager.id))
    org.set_store_status(ctx, st.id, "suspended")
    return st


def test_every_service_write_is_audited_with_the_actor(ctx, db, sql, admin, tree):
    start = _last(sql)
    manager = org.create_user(ctx, org.UserInput(username="mgr", name="Manager", role="store_manager"))
    st = org.create_store(ctx, org.StoreInput(code="AU1", name="Audited", region_id=tree.sh.id,
                                              opened_on=date(2022, 2, 2), manager_id=manager.id))
    org.update_store(ctx, st.id, org.StoreInput(code="AU1", name="Audited 2", region_id=tree.sh.id,
                                                opened_on=date(2022, 2, 2), manager_id=manager.id))
    org.set_store_status(ctx, st.id, "closed")
    org.save_region(ctx, "Suzhou", "SZ", parent_id=tree.east.id)
    org.set_user_active(ctx, manager.id, False)

    entries = _entries(sql, start)
    assert {e["actor_id"] for e in entries} == {admin.id}
    assert {e["node_id"] for e in entries} == {db.node.node_id}
    assert [(e["action"], e["table_name"]) for e in entries] == [
        ("insert", "user"),
        ("insert", "store"),
        ("insert", "assignment"),
        ("update", "store"),
        ("update", "store"),
        ("insert", "region"),
        ("update", "user"),
    ]
    assert [e["seq"] for e in entries] == list(range(start + 1, start + 1 + len(entries)))
    rename = entries[3]
    assert rename["row_id"] == st.id
    assert json.loads(rename["before"]) == {"name": "Audited"}
    assert json.loads(rename["after"]) == {"name": "Audited 2"}
    insert = entries[1]
    assert insert["before"] is None
    after = json.loads(insert["after"])
    assert after["code"] == "AU1" and after["opened_on"] == "2022-02-02"
    assert _verify(db).ok


def test_chain_links_and_verifies(db, sql, busy):
    entries = _entries(sql)
    assert entries[0]["seq"] == 1
    assert entries[0]["prev_hash"] == GENESIS
    assert all(b["prev_hash"] == a["hash"] for a, b in zip(entries, entries[1:]))
    report = _verify(db)
    assert report.ok
    assert report.entries == len(entries) >= 6
    assert report.first_broken is None


def test_empty_chain_verifies(db):
    report = _verify(db)
    assert report.ok and report.entries == 0


def test_tampered_content_is_found(db, db_path, sql, busy, raw):
    target = 3
    conn = raw(db_path)
    conn.execute("UPDATE audit_entry SET after = ? WHERE seq = ?", ('{"name":"forged"}', target))
    conn.commit()
    conn.close()
    report = _verify(db)
    assert not report.ok
    assert report.first_broken == target
    assert "hash" in report.reason


def test_rehashed_entry_breaks_the_next_link(db, db_path, sql, busy, raw):
    """Recomputing the hash of a forged entry does not help: the next entry's link breaks."""
    from opsdesk.audit import hash_of
    from opsdesk.models import AuditEntry

    target = 2
    with db.reading() as s:
        entry = s.get(AuditEntry, target)
        entry_after = '{"name":"forged"}'
        s.expunge(entry)
    entry.after = entry_after
    forged_hash = hash_of(entry)
    conn = raw(db_path)
    conn.execute("UPDATE audit_entry SET after = ?, hash = ? WHERE seq = ?", (entry_after, forged_hash, target))
    conn.commit()
    conn.close()
    report = _verify(db)
    assert report.first_broken == target + 1
    assert "link" in report.reason


def test_deleted_entry_is_reported_as_a_gap(db, db_path, sql, busy, raw):
    total = _last(sql)
    gap = 3
    assert total > gap + 1
    conn = raw(db_path)
    conn.execute("DELETE FROM audit_entry WHERE seq = ?", (gap,))
    conn.commit()
    conn.close()
    report = _verify(db)
    assert not report.ok
    assert report.first_broken == gap + 1
    assert f"entry {gap} is missing" in report.reason


@pytest.mark.sqlite_only("opsdesk db check reads SQLite workspaces only (its server check is another part)")
def test_cli_check_good_database(db, db_path, busy, capsys):
    entries = _verify(db).entries
    db.close()
    code = cli.main(["db", "check", "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert f"schema revision: {head_revision()}" in out
    assert "integrity: ok" in out
    assert f"audit chain: ok ({entries} entries)" in out
    assert db.node.node_id in out


@pytest.mark.sqlite_only("opsdesk db check reads SQLite workspaces only (its server check is another part)")
def test_cli_check_names_the_broken_entry(db, db_path, busy, capsys, raw):
    db.close()
    conn = raw(db_path)
    conn.execute("UPDATE audit_entry SET after = '{}' WHERE seq = 4")
    conn.commit()
    conn.close()
    code = cli.main(["db", "check", "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"schema revision: {head_revision()}" in out
    assert "audit chain: BROKEN at entry 4" in out


def test_cli_check_old_schema_needs_upgrade(tmp_path, capsys):
    path = tmp_path / "old.sqlite"
    migrate(path, target="0001_core")
    code = cli.main(["db", "check", "--db", str(path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "schema revision: 0001_core" in out
    assert "needs upgrade" in out


def test_cli_check_missing_file(tmp_path, capsys):
    path = tmp_path / "nope.sqlite"
    assert cli.main(["db", "check", "--db", str(path)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not path.exists()


def test_cli_check_not_a_database(tmp_path, capsys):
    path = tmp_path / "text.sqlite"
    path.write_text("hello")
    assert cli.main(["db", "check", "--db", str(path)]) == 2
    assert "error:" in capsys.readouterr().err
