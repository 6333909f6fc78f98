"""A head-office workspace on PostgreSQL (opsdesk/pg.py): opened and migrated from a URL, the server is one
node shared by every desktop, writers take turns, the triggers' escape is a transaction setting, and
``opsdesk db upgrade --db postgresql://...`` works. Runs under ``make test-pg`` (``-m pg``)."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from engine_helpers import RawConnection
from sqlalchemy import select, text

from opsdesk import pg
from opsdesk.db import Database, latest_migration_file, unfrozen
from opsdesk.errors import DatabaseLockedError, NotADatabaseError
from opsdesk.models import ChangeLog
from opsdesk.services import org
from opsdesk.services.context import AppContext

pytestmark = pytest.mark.pg

REPO = Path(__file__).resolve().parents[2]


def test_a_url_opens_a_migrated_workspace_with_one_node_for_every_desktop(pg_url, tmp_path) -> None:  # noqa: ANN001
    url = pg_url()
    first = Database.open(url, files_dir=tmp_path / "files")
    second = Database.open(url, files_dir=tmp_path / "files")
    try:
        assert isinstance(first, pg.PgDatabase) and first.schema_revision() == latest_migration_file()
        assert first.migration is not None and first.migration.before is None and first.migration.backup is None
        assert second.node == first.node and second.node.node_id  # the server is ONE sync node
        with first.reading() as s:
            assert s.scalar(text("SELECT count(*) FROM node WHERE is_local")) == 1
        assert first.display_name == url.rsplit("/", 1)[1] and "@" in first.location
    finally:
        first.close()
        second.close()


def test_each_desktop_of_a_server_has_its_own_current_user(pg_url, tmp_path) -> None:  # noqa: ANN001
    from opsdesk.models import Meta
    from opsdesk.services import workspace
    from opsdesk.services.org import UserInput

    url = pg_url()
    a, b = Database.open(url, files_dir=tmp_path), Database.open(url, files_dir=tmp_path)
    try:
        ctx_a, ctx_b = AppContext(a), AppContext(b)
        from opsdesk.permissions import as_system

        boss = org.create_user(as_system(ctx_a), UserInput(username="boss", name="Boss", role="head_office"))
        analyst = org.create_user(as_system(ctx_a), UserInput(username="ana", name="Ana", role="ops_manager"))
        workspace.set_current_user(ctx_a, boss.id)
        assert workspace.current_user(ctx_b) is None  # the other desktop chooses its own
        workspace.set_current_user(ctx_b, analyst.id)
        assert workspace.current_user(ctx_a).id == boss.id  # and switching there changes nothing here
        assert workspace.current_user(ctx_b).id == analyst.id
        with a.reading() as s:  # nothing of it in the shared database
            assert s.get(Meta, workspace.CURRENT_USER_KEY) is None
    finally:
        a.close()
        b.close()
    again = Database.open(url, files_dir=tmp_path)
    try:
        assert workspace.current_user(AppContext(again)) is None  # a new start asks again
    finally:
        again.close()


def test_clocks_of_two_desktops_stay_unique_and_increasing(pg_url, tmp_path) -> None:  # noqa: ANN001
    url = pg_url()
    a, b = Database.open(url, files_dir=tmp_path), Database.open(url, files_dir=tmp_path)
    try:
        ctx_a, ctx_b = AppContext(a), AppContext(b)
        for n in range(6):  # alternating writers of the one node, each with its own in-memory clock
            org.save_region(ctx_a if n % 2 else ctx_b, f"R{n}", f"R{n}")
        with a.reading() as s:
            rows = s.execute(select(ChangeLog.seq, ChangeLog.hlc).order_by(ChangeLog.seq)).all()
        hlcs = [h for _seq, h in rows]
        assert hlcs == sorted(hlcs)  # in commit order, never earlier, whichever desktop wrote
        assert len(set(hlcs)) >= 6  # no two transactions share a clock
    finally:
        a.close()
        b.close()


def test_writers_take_turns_and_a_long_wait_is_a_typed_error(pg_url, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    url = pg_url()
    a, b = Database.open(url, files_dir=tmp_path), Database.open(url, files_dir=tmp_path)
    told: list[str] = []
    b.on_wait = told.append
    try:
        monkeypatch.setenv("OPSDESK_LOCK_WAIT_SECONDS", "0.3")
        with a.transaction():
            with pytest.raises(DatabaseLockedError):
                with b.transaction():
                    pass
        assert told == [b.location]
        # a waiting writer goes on when the other commits
        monkeypatch.setenv("OPSDESK_LOCK_WAIT_SECONDS", "20")
        done = threading.Event()
        entered = threading.Event()

        def hold() -> None:
            with a.transaction():
                entered.set()
                done.wait(5)

        t = threading.Thread(target=hold)
        t.start()
        entered.wait(5)
        threading.Timer(0.3, done.set).start()
        org.save_region(AppContext(b), "East", "EAST")
        t.join()
        assert done.is_set()
    finally:
        a.close()
        b.close()


def test_unfreeze_is_a_setting_of_the_transaction_only(pg_url, tmp_path) -> None:  # noqa: ANN001
    db = Database.open(pg_url(), files_dir=tmp_path)
    try:
        with db.transaction() as s:
            conn = s.connection()
            assert conn.scalar(text("SELECT opsdesk_unfreeze()")) is False
            with unfrozen(conn):
                assert conn.scalar(text("SELECT opsdesk_unfreeze()")) is True
            assert conn.scalar(text("SELECT opsdesk_unfreeze()")) is False
        with db.transaction() as s:
            conn = s.connection()
            with unfrozen(conn):
                pass
        with db.reading() as s:  # never beyond the transaction that set it
            assert s.scalar(text("SELECT opsdesk_unfreeze()")) is False
    finally:
        db.close()


def test_a_database_with_tables_of_its_own_is_refused(pg_url) -> None:  # noqa: ANN001
    url = pg_url()
    conn = RawConnection(url)
    conn.execute("CREATE TABLE payroll (id integer)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError):
        Database.open(url)


def test_db_upgrade_on_the_command_line(pg_url) -> None:  # noqa: ANN001
    url = pg_url()
    outputs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "opsdesk.cli", "db", "upgrade", "--db", url], cwd=REPO,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout.strip())
    head = latest_migration_file()
    assert outputs == [f"schema upgraded from (new database) to {head}", f"schema already at {head}"]


def test_db_check_on_an_unreachable_server_is_one_line() -> None:
    """A server that cannot be reached cannot be checked: one error line, exit 2, not a file error
    (the checks themselves: test_pg_ops.py)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "opsdesk.cli", "db", "check", "--db", "postgresql://x@127.0.0.1:1/x"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr.count("error:") == 1 and "cannot reach the server" in done.stderr


def test_a_refused_password_is_a_login_error_whatever_language_the_server_speaks(pg_cluster, pg_url,  # noqa: ANN001
                                                                                  monkeypatch, tmp_path) -> None:
    """A server installed in Chinese reports a wrong password in Chinese (its lc_messages applies before the
    session starts); the English patterns then match nothing. The connection object still says a password was
    asked for: the error is the login one, not "unreachable". (This cluster speaks English: the patterns are
    made to match nothing, as they would for a Chinese server.)"""
    import psycopg

    from opsdesk.errors import ServerLoginError

    user, password = "pw_user_lang", "right-one"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        hba = Path(conn.execute("SHOW hba_file").fetchone()[0])
        original = hba.read_text()
        hba.write_text(f"host all {user} 127.0.0.1/32 scram-sha-256\n" + original)
        conn.execute("SELECT pg_reload_conf()")
    try:
        database = pg_url().rsplit("/", 1)[1]
        monkeypatch.setattr(pg, "_LOGIN_REFUSED", re.compile(r"(?!x)x"))  # matches nothing
        monkeypatch.delenv("PGPASSWORD", raising=False)
        for auth in (f"{user}:wrong", user):  # a wrong password; none at all (no .pgpass in the tests' home)
            target = f"postgresql://{auth}@127.0.0.1:{pg_cluster.port}/{database}"
            with pytest.raises(ServerLoginError) as caught:
                Database.open(target, files_dir=tmp_path / "files")
            assert caught.value.params.get("user") == user
    finally:
        with psycopg.connect(pg_cluster.url(), autocommit=True) as conn:
            hba.write_text(original)
            conn.execute("SELECT pg_reload_conf()")
