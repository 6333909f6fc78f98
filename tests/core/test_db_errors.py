"""Clear errors instead of tracebacks: typed SQLite errors, read-only opening, `db init`, a lock held by
another process, two writers at once, a read-only file, a full disk, a damaged database, /dev/null.

Real SQLite files and real processes throughout. The full disk is produced two ways, both without a
small filesystem: SQLite's own ``max_page_count`` (a real SQLITE_FULL from the library) and an injected
``OSError(ENOSPC)`` on a file write. The read-only file is a read-only bind mount when the tests run
as root (root ignores file modes), otherwise a read-only file in a read-only folder.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run_in_process
from sqlalchemy import event

from acting import ADMIN_PASSWORD, first_password, signed_in
from fs_helpers import read_only_folder
from opsdesk import auth, cli, paths
from opsdesk import db as dbmod
from opsdesk.db import Database, migrate, typed_error
from opsdesk.errors import (
    DatabaseCorruptError,
    DatabaseIOError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    DiskFullError,
    NotADatabaseError,
    WorkspaceNotFoundError,
)
from opsdesk.services import AppContext, org, sync, templates, workspace

REPO = Path(__file__).resolve().parents[2]
ADMIN = signed_in("admin", ADMIN_PASSWORD)  # who the writing commands act as: make_workspace's first user


# ---------------------------------------------------------------- helpers


def run_cli(*args: object, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """``opsdesk ARGS`` as a real process: the exit code and stderr a shell sees."""
    return subprocess.run([sys.executable, "-m", "opsdesk.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, **(env or {})}, timeout=timeout)


def run_here(*args: object) -> subprocess.CompletedProcess:
    """``opsdesk ARGS`` through ``cli.main`` in this process (tests/core/cli_helpers.py): the same exit code and
    output, without a new interpreter; each test keeps a real process (``run_cli``) for what a shell sees."""
    return run_in_process(*map(str, args), cwd=REPO)


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    assert "Traceback" not in stderr
    return lines[0]


_INITIALISED: dict[str, Path] = {}  # workspace name -> the file ``db init`` made once in this module's run


@pytest.fixture(autouse=True, scope="module")
def _initialised(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN202
    """Where ``make_workspace`` keeps the workspaces ``db init`` made (once per name), for this module's run."""
    folder = tmp_path_factory.mktemp("db_init")
    _INITIALISED.clear()
    _INITIALISED["/folder"] = folder
    yield
    _INITIALISED.clear()


def make_workspace(path: Path, name: str = "East") -> Path:
    """A copy at ``path`` of ``opsdesk db init --name NAME --user admin`` (the audit anchor of its node included):
    the command runs once per name in the module (test_db_init_creates_a_workspace_with_its_first_user tests it)."""
    made = _INITIALISED.get(name)
    if made is None:
        home = _INITIALISED["/folder"] / name
        (home / "anchors").mkdir(parents=True)
        made = home / "w.sqlite"
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv(paths.ANCHOR_ENV, str(home / "anchors"))
            assert cli.main(["db", "init", "--db", str(made), "--name", name, "--user", "admin",
                             *first_password()]) == 0
        assert not made.with_name(made.name + "-wal").exists() and not made.with_name("w.files").exists()
        _INITIALISED[name] = made
    shutil.copyfile(made, path)
    for anchor in (made.parent / "anchors").glob("*.json"):
        shutil.copyfile(anchor, paths.anchor_dir() / anchor.name)
    return path


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def siblings(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


class LockHolder:
    """Another process holding the workspace's write lock (BEGIN IMMEDIATE) until told to commit."""

    CODE = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"INSERT INTO meta (key, value) VALUES ('held_by_other', 'yes')\")\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
        "c.execute('COMMIT')\n"
        "print('committed', flush=True)\n"
    )

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", self.CODE, str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "locked"

    def commit(self) -> None:
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        assert self.proc.stdout.readline().strip() == "committed"
        self.proc.wait(timeout=30)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)
        self.proc.stdin.close()  # no ResourceWarning for the pipes
        self.proc.stdout.close()


# ---------------------------------------------------------------- typed errors from real SQLite failures


def disk_full(monkeypatch) -> None:  # noqa: ANN001
    """Every engine OpsDesk makes from now on finds the file cannot grow: SQLite's own SQLITE_FULL
    (``max_page_count`` pinned to the pages the file has), as on a full disk."""
    real_make_engine = dbmod.make_engine

    def full_engine(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        engine = real_make_engine(*args, **kwargs)

        @event.listens_for(engine, "connect")
        def _no_room(dbapi_conn, _record) -> None:  # noqa: ANN001
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

        return engine

    monkeypatch.setattr(dbmod, "make_engine", full_engine)


def test_real_sqlite_failures_are_sorted_into_typed_errors(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    # locked: another connection holds the write lock
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError) as busy:
        other.execute("BEGIN IMMEDIATE")
    conn.execute("ROLLBACK")
    assert isinstance(typed_error(busy.value, path), DatabaseLockedError)
    # full: the database may not grow
    conn.execute(f"PRAGMA max_page_count={conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as full:
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    assert isinstance(typed_error(full.value, path), DiskFullError)
    conn.close()
    other.close()
    # read-only: a mode=ro connection asked to write
    ro = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as readonly:
        ro.execute("INSERT INTO t VALUES (1)")
    ro.close()
    assert isinstance(typed_error(readonly.value, path), DatabaseReadOnlyError)
    # damaged: garbage where SQLite expects a database
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(sqlite3.DatabaseError) as notadb:
        sqlite3.connect(junk).execute("SELECT * FROM sqlite_master").fetchall()
    assert isinstance(typed_error(notadb.value, junk), DatabaseCorruptError)
    # cannot open: a folder that does not exist
    with pytest.raises(sqlite3.OperationalError) as cantopen:
        sqlite3.connect(tmp_path / "no" / "such" / "x.sqlite")
    assert isinstance(typed_error(cantopen.value), DatabaseIOError)
    # the operating system's full disk, and what is not ours to sort
    assert isinstance(typed_error(OSError(errno.ENOSPC, "No space left on device", "f")), DiskFullError)
    assert typed_error(OSError(errno.ENOENT, "missing")) is None
    assert typed_error(sqlite3.IntegrityError("UNIQUE constraint failed")) is None


def test_a_constraint_error_passes_through_untouched(db: Database) -> None:
    import sqlalchemy

    from opsdesk.models import Meta

    db.set_meta("k", "v")
    with pytest.raises(sqlalchemy.exc.IntegrityError), db.transaction() as s:
        s.add(Meta(key="k", value="again"))
        s.flush()


# ---------------------------------------------------------------- read-only opening


def test_read_only_open_writes_nothing_and_refuses_writes(tmp_path: Path) -> None:
    path = make_workspace(tmp_path / "w.sqlite")
    before = path.read_bytes()
    ro = Database.open(path, readonly=True)
    try:
        assert ro.readonly
        assert ro.get_meta("workspace_name") == "East"
        ctx = AppContext(ro)
        assert workspace.current_user(ctx).username == "admin"
        assert [t.code for t in templates.list_templates(ctx)]
        with pytest.raises(DatabaseReadOnlyError):
            ro.set_meta("x", "y")
    finally:
        ro.close()
    assert path.read_bytes() == before
    assert not (tmp_path / "w.files").exists()


def test_read_only_open_of_a_missing_or_empty_file_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    with pytest.raises(WorkspaceNotFoundError):
        Database.open(missing, readonly=True)
    with pytest.raises(WorkspaceNotFoundError):
        Database.open(missing, create=False)
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(WorkspaceNotFoundError):
        Database.open(empty, readonly=True)
    assert siblings(tmp_path) == {"empty.sqlite"} and empty.stat().st_size == 0


def test_opening_a_workspace_takes_no_write_lock(tmp_path: Path) -> None:
    """Read-write opening too reads only, once the node exists: a held lock does not stop it."""
    path = make_workspace(tmp_path / "w.sqlite")
    holder = LockHolder(path)
    try:
        started = time.monotonic()
        Database.open(path).close()
        Database.open(path, readonly=True).close()
        assert time.monotonic() - started < 5
    finally:
        holder.kill()


# ---------------------------------------------------------------- mistyped --db, /dev/null, folders, db init


@pytest.mark.parametrize("argv", [
    ["sync", "status"], ["sync", "conflicts"], ["template", "list"], ["template", "export", "store_routine"],
    ["sync", "receive", "--all"], ["sync", "export", "-o", "{tmp}/p.opsync"], ["trust", "{tmp}/cert.pem"],
    ["report", "batch", "--since", "2020-01-01", "--out", "{tmp}/out"],
])
def test_a_mistyped_db_creates_nothing(tmp_path: Path, capsys, argv: list[str]) -> None:  # noqa: ANN001
    (tmp_path / "cert.pem").write_text("not used")
    typo = tmp_path / "typo.sqlite"
    before = siblings(tmp_path)
    code = cli.main([a.replace("{tmp}", str(tmp_path)) for a in argv] + ["--db", str(typo)])
    err = capsys.readouterr().err
    assert code == 2
    assert one_error_line(err) == (f"error: no workspace at {typo} (create one with: opsdesk db init "
                                   f"--db {typo})")
    assert siblings(tmp_path) - {"out"} == before


@pytest.mark.parametrize("target", [pytest.param("/dev/null", marks=pytest.mark.posix), "{tmp}",
                                    "{tmp}/afile/x.sqlite"])
def test_devices_and_folders_are_refused_before_sqlite_touches_them(tmp_path: Path, target: str) -> None:
    (tmp_path / "afile").write_text("x")
    target = target.replace("{tmp}", str(tmp_path))
    before = siblings(tmp_path)
    for argv in (["sync", "status"], ["sync", "receive", "--all"], ["demo", "--stores", "1"],
                 ["db", "init", "--name", "X", "--user", "admin"]):
        done = (run_cli if argv == ["sync", "status"] else run_here)(*argv, "--db", target)  # one as a shell sees it
        assert done.returncode == 2, done
        line = one_error_line(done.stderr)
        assert "not a regular file" in line or "folder" in line, line
    assert not Path("/dev/null-journal").exists() and not Path("/dev/null-wal").exists()
    assert siblings(tmp_path) == before


def test_db_init_creates_a_workspace_with_its_first_user(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "new" / "ws.sqlite"
    assert cli.main(["db", "init", "--db", str(path), "--name", "华东运营", "--user", "zhangwei",
                     "--display-name", "张伟", "--role", "supervisor", *first_password()]) == 0
    assert "zhangwei" in capsys.readouterr().out
    db = Database.open(path, readonly=True)
    try:
        ctx = AppContext(db)
        user = workspace.current_user(ctx)
        assert (user.username, user.name, user.role) == ("zhangwei", "张伟", "supervisor")
        assert workspace.workspace_name(ctx) == "华东运营"
        assert not workspace.is_empty(ctx)
        assert (auth.status(ctx, user.id).state, auth.status(ctx, user.id).kind) == (auth.READY, "password")
    finally:
        db.close()
    # a second init refuses the existing file and changes nothing
    before = dump(path)
    assert cli.main(["db", "init", "--db", str(path), "--name", "Other", "--user", "other", *first_password()]) == 2
    assert "already exists" in one_error_line(capsys.readouterr().err)
    assert dump(path) == before
    # a refused first user leaves no file behind
    bad = tmp_path / "bad.sqlite"
    assert cli.main(["db", "init", "--db", str(bad), "--name", "X", "--user", "Not Valid!", *first_password()]) == 2
    one_error_line(capsys.readouterr().err)
    assert not bad.exists() and not list(tmp_path.glob("bad*"))


# ---------------------------------------------------------------- a lock held by another process


def test_reading_commands_run_while_another_process_writes(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    path = make_workspace(tmp_path / "w.sqlite")
    # In this process a reader that waited would give up (and print that it waits) well before the limit below.
    monkeypatch.setenv("OPSDESK_LOCK_WAIT_SECONDS", "25")
    holder = LockHolder(path)
    try:
        for argv in (["sync", "status"], ["template", "list"], ["sync", "conflicts"]):
            started = time.monotonic()
            if argv == ["sync", "status"]:  # a real process, as a shell starts it
                done = run_cli(*argv, "--db", path, env={"OPSDESK_LOCK_WAIT_SECONDS": "600"})
            else:
                done = run_here(*argv, "--db", path)
            assert done.returncode == 0, done
            assert "waiting" not in done.stderr and done.stderr == ""
            assert time.monotonic() - started < 30
    finally:
        holder.kill()


def test_a_writer_waits_says_so_and_finishes_when_the_other_commits(tmp_path: Path) -> None:
    path = make_workspace(tmp_path / "w.sqlite")
    holder = LockHolder(path)
    try:
        writer = subprocess.Popen([sys.executable, "-m", "opsdesk.cli", *ADMIN, "sync", "receive", "--all", "--db",
                                   str(path)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env={**os.environ, "OPSDESK_LOCK_WAIT_SECONDS": "600"})
        first = writer.stderr.readline()  # blocks until the writer says it waits
        assert first == f"waiting for another OpsDesk process to finish writing {path}…\n"
        with pytest.raises(subprocess.TimeoutExpired):  # still waiting 2 s later, not failed
            writer.wait(timeout=2)
        holder.commit()
        out, err = writer.communicate(timeout=60)
    finally:
        holder.kill()
    assert writer.returncode == 0, err
    assert err == "" and "receive everything" in out
    rows = dict(sqlite3.connect(path).execute("SELECT key, value FROM meta").fetchall())
    assert rows["held_by_other"] == "yes"  # the other process's write is kept too


def test_a_writer_gives_up_after_the_limit_and_changes_nothing(tmp_path: Path) -> None:
    path = make_workspace(tmp_path / "w.sqlite")
    sync_ctx = Database.open(path)
    try:
        from acting import acting

        region = org.save_region(acting(sync_ctx), "East", "EAST")
    finally:
        sync_ctx.close()
    before = dump(path)
    holder = LockHolder(path)
    try:
        started = time.monotonic()
        done = run_cli(*ADMIN, "sync", "receive", "--region", region.id, "--db", path,
                       env={"OPSDESK_LOCK_WAIT_SECONDS": "1"})
        elapsed = time.monotonic() - started
    finally:
        holder.kill()  # its transaction is rolled back
    assert done.returncode == 2, done
    lines = done.stderr.splitlines()
    assert lines[0].startswith("waiting for another OpsDesk process to finish writing")
    assert len(lines) == 2 and lines[1].startswith("error: ") and "another OpsDesk process" in lines[1]
    assert "gave up waiting after 1 s" in lines[1] and "Traceback" not in done.stderr
    assert elapsed < 30
    assert dump(path) == before


def _workspace_with_store(path: Path, region_code: str, store_code: str) -> None:
    db = Database.open(path)
    try:
        ctx = AppContext(db)
        region = org.save_region(ctx, f"Region {region_code}", region_code)
        org.create_store(ctx, org.StoreInput(code=store_code, name=f"Store {store_code}", region_id=region.id,
                                             opened_on=date(2024, 1, 2)))
    finally:
        db.close()


def test_two_imports_at_the_same_time_both_succeed(tmp_path: Path) -> None:
    packages = []
    for n, (region, store) in enumerate((("EAST", "E001"), ("WEST", "W001"))):
        src = tmp_path / f"src{n}.sqlite"
        _workspace_with_store(src, region, store)
        db = Database.open(src)
        try:
            packages.append(sync.export_package(AppContext(db), tmp_path / f"p{n}.opsync", full=True).path)
        finally:
            db.close()
    target = make_workspace(tmp_path / "hq.sqlite", "HQ")
    procs = [subprocess.Popen([sys.executable, "-m", "opsdesk.cli", *ADMIN, "sync", "import", "--trust", "--db",
                               str(target), str(p)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for p in packages]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
        assert "imported" in out and "Traceback" not in err
    db = Database.open(target, readonly=True)
    try:
        codes = {s.code for s in org.query_stores(AppContext(db), org.StoreQuery(include_closed=True))}
    finally:
        db.close()
    assert {"E001", "W001"} <= codes


# ---------------------------------------------------------------- a read-only file


@pytest.mark.posix  # a read-only bind mount (root) or chmod
def test_a_read_only_workspace(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = make_workspace(folder / "w.sqlite")
    before = dump(path)
    names = siblings(folder)
    with read_only_folder(folder):
        with pytest.raises(DatabaseReadOnlyError):
            Database.open(path)
        done = run_cli(*ADMIN, "sync", "receive", "--all", "--db", path)
        assert done.returncode == 2, done
        line = one_error_line(done.stderr)
        assert "cannot be written" in line and "nothing was changed" in line
        listed = run_here("template", "list", "--db", path)  # reading still works
        assert listed.returncode == 0, listed
        assert "store_routine" in listed.stdout
    assert dump(path) == before
    assert siblings(folder) == names


# ---------------------------------------------------------------- a full disk


def test_a_full_disk_during_a_write_rolls_back_with_one_error_line(tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    """SQLite's own SQLITE_FULL: the database may not grow by one page while an import writes."""
    path = make_workspace(tmp_path / "w.sqlite")
    template_file = tmp_path / "t.json"
    assert cli.main(["template", "export", "store_routine", "-o", str(template_file), "--db", str(path)]) == 0
    import json

    data = json.loads(template_file.read_text(encoding="utf-8"))
    data["code"] = "store_routine_copy"  # a whole new template: dozens of rows, new pages
    template_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = dump(path)

    disk_full(monkeypatch)
    capsys.readouterr()
    assert cli.main([*ADMIN, "template", "import", str(template_file), "--db", str(path)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert line.startswith("error: the disk is full") and "nothing was changed" in line
    monkeypatch.undo()
    assert dump(path) == before


def test_enospc_on_a_file_write_is_one_error_line(tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    """The operating system's full disk (an injected ENOSPC) while a command writes its output file."""
    path = make_workspace(tmp_path / "w.sqlite")

    def no_space(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_text", no_space)
    capsys.readouterr()
    assert cli.main(["template", "export", "store_routine", "-o", str(tmp_path / "o.json"), "--db", str(path)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert line.startswith("error: the disk is full")
    assert not (tmp_path / "o.json").exists()


def test_a_full_disk_during_a_migration_rolls_it_back_and_keeps_the_backup(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    path = tmp_path / "old.sqlite"
    migrate(path, target="0001_core")
    before = dump(path)
    disk_full(monkeypatch)
    with pytest.raises(DiskFullError):
        migrate(path)
    assert dump(path) == before  # still at 0001_core, nothing half-migrated
    backups = list(tmp_path.glob("old.backup-*"))
    assert len(backups) == 1 and dump(backups[0]) == before  # the copy made before it is whole


def test_enospc_while_preparing_the_backup_is_a_disk_full_error(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    path = tmp_path / "old.sqlite"
    migrate(path, target="0001_core")
    before = dump(path)

    def no_space(path_: Path, revision: str | None) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device", str(path_))

    monkeypatch.setattr(dbmod, "backup_path", no_space)
    with pytest.raises(DiskFullError):
        migrate(path)
    assert dump(path) == before


# ---------------------------------------------------------------- a damaged database


def test_a_damaged_database_is_one_error_line(tmp_path: Path) -> None:
    path = make_workspace(tmp_path / "w.sqlite")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 12)):  # smash the b-tree pages after the schema
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    for argv in (["sync", "status"], ["template", "list"], [*ADMIN, "sync", "receive", "--all"]):
        done = (run_cli if argv == ["sync", "status"] else run_here)(*argv, "--db", path)  # one as a shell sees it
        assert done.returncode == 2, done
        line = one_error_line(done.stderr)
        assert "damaged" in line or "malformed" in line or "not an OpsDesk workspace" in line, line
    header = tmp_path / "header.sqlite"
    header.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    done = run_here("sync", "status", "--db", header)
    assert done.returncode == 2
    assert "cannot be read" in one_error_line(done.stderr)
    with pytest.raises(NotADatabaseError):
        Database.open(header)
