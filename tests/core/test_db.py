"""Opening a workspace: pragmas, migrate-on-open with backup, refusal of foreign files, node identity."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
import sqlalchemy.exc
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from opsdesk.db import Database, current_revision, head_revision, migrate
from opsdesk.errors import DatabaseNeedsUpgradeError, DatabaseTooNewError, NotADatabaseError
from opsdesk.models import Base, Meta, Node, Store

FIRST = "0001_core"
# The ``db`` fixture really creates its workspace here (elsewhere it is a copy of a session template).
pytestmark = pytest.mark.fresh_workspace


def _pragmas(session) -> dict[str, object]:
    return {
        name: session.execute(text(f"PRAGMA {name}")).scalar()
        for name in ("journal_mode", "foreign_keys", "busy_timeout")
    }


def test_head_revision_is_the_last_migration():
    """One linear chain: the head is the highest-numbered file in db/versions."""
    from opsdesk import paths

    files = sorted(p.stem for p in (paths.MIGRATIONS / "versions").glob("0*.py"))
    assert head_revision() == files[-1]


def test_pragmas_on_read_session(db):
    with db.reading() as s:
        p = _pragmas(s)
    assert p["journal_mode"] == "wal"
    assert p["foreign_keys"] == 1
    assert p["busy_timeout"] > 0


def test_pragmas_on_write_session(db):
    with db.transaction() as s:
        p = _pragmas(s)
    assert p["journal_mode"] == "wal"
    assert p["foreign_keys"] == 1
    assert p["busy_timeout"] > 0


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        with db.transaction() as s:
            s.add(Store(code="X1", name="Orphan", region_id="no-such-region"))
    with db.reading() as s:
        assert s.scalar(select(Store).where(Store.code == "X1")) is None


def test_new_database_is_at_head(db, db_path):
    assert db.migration is not None
    assert db.migration.before is None
    assert db.migration.after == head_revision()
    assert db.migration.backup is None
    assert current_revision(db_path) == head_revision()
    assert db.integrity_check() == ["ok"]


def test_node_identity_created_and_stable(db_path):
    first = Database.open(db_path)
    try:
        node = first.node
        with first.reading() as s:
            local = list(s.scalars(select(Node).where(Node.is_local.is_(True))))
            assert [n.id for n in local] == [node.node_id]
            assert local[0].public_key == node.public_key
            assert local[0].trusted is True
            assert s.get(Meta, "node_id").value == node.node_id
            assert s.get(Meta, "node_private_key").value.startswith("-----BEGIN PRIVATE KEY-----")
        assert len(node.node_id) == 16
        assert len(node.fingerprint.split(":")) == 8
    finally:
        first.close()

    second = Database.open(db_path)
    try:
        assert second.node == node
        assert second.migration.backup is None and second.migration.before == head_revision()
        with second.reading() as s:
            assert s.scalar(select(text("count(*)")).select_from(Node.__table__)) == 1
    finally:
        second.close()


def test_models_match_migrations(db):
    with db.engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        diff = compare_metadata(mc, Base.metadata)
    assert diff == []


def test_migrate_from_first_revision_keeps_data_and_backs_up(tmp_path):
    path = tmp_path / "old.sqlite"
    result = migrate(path, target=FIRST)
    assert (result.before, result.after, result.backup) == (None, FIRST, None)
    assert current_revision(path) == FIRST

    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO meta(key, value) VALUES ('legacy', 'kept')")
    conn.commit()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "store" not in tables

    db = Database.open(path)
    try:
        m = db.migration
        assert m.before == FIRST
        assert m.after == head_revision()
        assert db.get_meta("legacy") == "kept"
        assert current_revision(path) == head_revision()
        assert m.backup is not None
        assert m.backup.parent == path.parent
        assert m.backup.exists()
        assert m.backup != path
    finally:
        db.close()

    with m.backup.open("rb") as fh:
        assert fh.read(16) == b"SQLite format 3\x00"
    assert current_revision(m.backup) == FIRST
    bconn = sqlite3.connect(m.backup)
    try:
        assert bconn.execute("SELECT value FROM meta WHERE key='legacy'").fetchone() == ("kept",)
        btables = {r[0] for r in bconn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "store" not in btables
        assert bconn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        bconn.close()


def test_migrate_from_first_revision_without_backup(tmp_path):
    """The migrations themselves carry data forward (isolates them from the backup step)."""
    path = tmp_path / "old.sqlite"
    migrate(path, target=FIRST)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO meta(key, value) VALUES ('legacy', 'kept')")
    conn.commit()
    conn.close()
    result = migrate(path, backup=False)
    assert (result.before, result.after, result.backup) == (FIRST, head_revision(), None)
    db = Database.open(path)
    try:
        assert db.get_meta("legacy") == "kept"
        assert db.migration.backup is None
    finally:
        db.close()


def test_failed_backup_leaves_the_database_untouched(tmp_path):
    """Whatever happens while upgrading, an old workspace is either upgraded or left as it was."""
    path = tmp_path / "old.sqlite"
    migrate(path, target=FIRST)
    try:
        Database.open(path).close()
    except Exception:  # noqa: BLE001 - the point is the state afterwards
        assert current_revision(path) == FIRST
    else:
        assert current_revision(path) == head_revision()


def test_open_without_migration_refuses_old_schema(tmp_path):
    path = tmp_path / "old.sqlite"
    migrate(path, target=FIRST)
    with pytest.raises(DatabaseNeedsUpgradeError):
        Database.open(path, migrate_schema=False)
    assert current_revision(path) == FIRST


def test_empty_file_is_migrated_without_backup(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    db = Database.open(path)
    try:
        assert db.migration.before is None
        assert db.migration.backup is None
        assert current_revision(path) == head_revision()
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []


def test_missing_file_is_created_without_backup(tmp_path):
    path = tmp_path / "sub" / "new.sqlite"
    db = Database.open(path)
    try:
        assert db.migration.backup is None
        assert path.exists()
    finally:
        db.close()
    assert [p.name for p in path.parent.iterdir() if "backup" in p.name] == []


def test_unknown_revision_is_refused_and_file_untouched(db_path):
    Database.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()

    with pytest.raises(DatabaseTooNewError) as info:
        Database.open(db_path)
    assert info.value.params.get("revision") == "9999_future"
    assert db_path.read_bytes() == before
    with pytest.raises(DatabaseTooNewError):
        Database.open(db_path, migrate_schema=False)
    assert db_path.read_bytes() == before
    assert [p.name for p in db_path.parent.iterdir() if "backup" in p.name] == []


def test_non_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    content = b"these are my notes, not a database\n" * 20
    path.write_bytes(content)
    with pytest.raises(NotADatabaseError):
        Database.open(path)
    assert path.read_bytes() == content


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers(name) VALUES ('someone')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError):
        Database.open(path)
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert tables == {"customers"}


def test_meta_roundtrip(db):
    db.set_meta("k", "v1")
    assert db.get_meta("k") == "v1"
    db.set_meta("k", "v2")
    assert db.get_meta("k") == "v2"
    db.set_meta("k", None)
    assert db.get_meta("k", "default") == "default"


def test_attachments_dir_is_beside_the_database(db, db_path):
    assert db.attachments_dir == db_path.resolve().with_name("w.files")


def test_store_round_trips_dates(db, ctx, tree):
    from opsdesk.services import org

    st = org.create_store(ctx, org.StoreInput(code="D1", name="Dated", region_id=tree.sh.id,
                                              opened_on=date(2019, 12, 31)))
    with db.reading() as s:
        assert s.get(Store, st.id).opened_on == date(2019, 12, 31)


def test_known_revisions_match_exactly_and_follow_the_migration_files(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """Which schema revisions this app knows (a package's or a file's): read from the migration files once per
    process, exact ids only, and read again when the files change."""
    import shutil

    from opsdesk import db as dbmod
    from opsdesk import paths

    head = dbmod.latest_migration_file()
    assert head and dbmod._known_revision(head) and head in dbmod.known_revisions()
    for unknown in ("", head[:4], head + "x", "0099_future"):  # a prefix Alembic itself would resolve is not enough
        assert not dbmod._known_revision(unknown), unknown
    copy = tmp_path / "db"
    shutil.copytree(paths.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(paths, "MIGRATIONS", copy)
    assert not dbmod._known_revision("0099_future")
    (copy / "versions" / "0099_future.py").write_text(
        f'revision = "0099_future"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n\n'
        "def upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n    pass\n", encoding="utf-8")
    assert dbmod._known_revision("0099_future") and dbmod._known_revision(head)
