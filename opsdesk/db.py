"""Opening a workspace database: engine, pragmas, migrate-on-open with backup, node identity.

A workspace is one SQLite file plus a sibling ``<name>.files/`` folder for
attachments. Opening it:

1. refuses a file that is not SQLite, not ours, or written by a newer OpsDesk;
2. if the schema is behind, copies the database with ``VACUUM INTO`` next to
   it, then applies the Alembic migrations in ``db/``;
3. creates this installation's node identity (Ed25519) on first open.

``Database.open(path, readonly=True)`` opens an existing workspace for reading
only (SQLite ``mode=ro``): no migration, no node creation, no write lock.

Every SQLite failure that crosses a ``Database`` boundary (open, ``transaction()``,
``reading()``, ``migrate()``) is sorted into a typed error by ``sqlite_errors``
(locked, disk full, read-only, corrupt, I/O). A writer that finds another
OpsDesk process writing waits for it (``BEGIN IMMEDIATE`` retried), says so once
through a notice callback, and gives up with ``DatabaseLockedError`` only after
``OPSDESK_LOCK_WAIT_SECONDS`` (10 minutes by default).

Alembic is imported only when the schema is not already at the head: the usual
open compares the stored revision with the newest file in ``db/versions`` (one
linear chain, the head is the highest-numbered file) and goes no further.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import functools
import hashlib
import logging
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, func, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from opsdesk import backend, paths
from opsdesk.errors import (
    DatabaseCorruptError,
    DatabaseIOError,
    DatabaseLockedError,
    DatabaseNeedsUpgradeError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DiskFullError,
    FrozenRecordError,
    NotADatabaseError,
    OpsDeskError,
    WorkspaceNotFoundError,
)
from opsdesk.models import ChangeLog, Meta, Node
from opsdesk.sync.capture import CaptureContext, OpsSession
from opsdesk.sync.hlc import HybridClock

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# A writer waits this long in all for another OpsDesk process to finish writing (env var: seconds).
LOCK_WAIT_ENV = "OPSDESK_LOCK_WAIT_SECONDS"
DEFAULT_LOCK_WAIT_SECONDS = 600.0
# ... and says that it waits after this long (one BEGIN IMMEDIATE attempt).
FIRST_WAIT_MS = 1000

WaitNotice = Callable[[Path], None]
_default_wait_notice: WaitNotice | None = None


def set_default_wait_notice(notice: WaitNotice | None) -> None:
    """The notice every ``Database`` opened afterwards calls (once per wait) when it has to wait for
    another process's write lock; the command line prints a line, the GUI sets ``Database.on_wait``."""
    global _default_wait_notice
    _default_wait_notice = notice


def lock_wait_seconds() -> float:
    try:
        value = float(os.environ.get(LOCK_WAIT_ENV, ""))
    except ValueError:
        return DEFAULT_LOCK_WAIT_SECONDS
    return value if value >= 0 else DEFAULT_LOCK_WAIT_SECONDS


# ---------------------------------------------------------------- SQLite errors -> typed errors
# SQLite-specific: the result codes below are SQLite's (sqlite3.Error.sqlite_errorname, Python 3.11+).

_KINDS: tuple[tuple[str, type[OpsDeskError]], ...] = (
    ("SQLITE_BUSY", DatabaseLockedError),
    ("SQLITE_LOCKED", DatabaseLockedError),
    ("SQLITE_FULL", DiskFullError),
    ("SQLITE_READONLY", DatabaseReadOnlyError),
    ("SQLITE_CORRUPT", DatabaseCorruptError),
    ("SQLITE_NOTADB", DatabaseCorruptError),
    ("SQLITE_IOERR", DatabaseIOError),
    ("SQLITE_CANTOPEN", DatabaseIOError),
)
# Older drivers without sqlite_errorname: the library's fixed messages.
_MESSAGES: tuple[tuple[str, str], ...] = (
    ("database is locked", "SQLITE_BUSY"),
    ("database table is locked", "SQLITE_LOCKED"),
    ("database or disk is full", "SQLITE_FULL"),
    ("attempt to write a readonly database", "SQLITE_READONLY"),
    ("database disk image is malformed", "SQLITE_CORRUPT"),
    ("file is not a database", "SQLITE_NOTADB"),
    ("disk i/o error", "SQLITE_IOERR"),
    ("unable to open database file", "SQLITE_CANTOPEN"),
)


def sqlite_error_name(exc: BaseException) -> str | None:
    """SQLite's result code name of ``exc`` (a driver error or SQLAlchemy's wrapper of one)."""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    name = getattr(orig, "sqlite_errorname", None)
    if name:
        return name
    text_ = str(orig).lower()
    return next((code for message, code in _MESSAGES if message in text_), None)


def typed_error(exc: BaseException, path: Path | str | None = None) -> OpsDeskError | None:
    """The typed error for a low-level failure, or None when it is not one of ours to sort."""
    where = str(path) if path is not None else ""
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if isinstance(orig, OSError):
        if orig.errno == errno.ENOSPC:
            return DiskFullError(f"the disk is full ({orig.filename or where})", path=where)
        if orig.errno == errno.EROFS:
            return DatabaseReadOnlyError(f"{orig.filename or where} is on a read-only file system", path=where)
        return None
    name = sqlite_error_name(exc)
    if name is None:
        return None
    if name.startswith("SQLITE_CONSTRAINT") and "frozen" in str(orig):
        # RAISE(ABORT) of a frozen-record trigger (db/versions/0011): which record, in its own words
        return FrozenRecordError(f"{orig}; a signed record cannot change (a correction supersedes it)",
                                 path=where)
    for prefix, kind in _KINDS:
        if name == prefix or name.startswith(prefix + "_"):
            detail = str(orig)
            if kind is DatabaseLockedError:
                return kind(f"{where} is locked by another process ({detail})", path=where, seconds=0)
            if kind is DiskFullError:
                return kind(f"the disk holding {where} is full ({detail})", path=where)
            if kind is DatabaseReadOnlyError:
                return kind(f"{where} cannot be written ({detail})", path=where)
            if kind is DatabaseCorruptError:
                return kind(f"{where} is damaged ({detail})", path=where)
            return kind(f"{where} cannot be read or written ({detail}, {name})", path=where)
    return None


@contextlib.contextmanager
def sqlite_errors(path: Path | str | None) -> Iterator[None]:
    """Re-raise SQLite (and ENOSPC / EROFS) failures as typed ``OpsDeskError``s; others pass unchanged."""
    try:
        yield
    except OpsDeskError:
        raise
    except (sqlite3.Error, sa_exc.DBAPIError, OSError) as exc:
        typed = typed_error(exc, path)
        if typed is None:
            raise
        log.warning("%s: %s", type(typed).__name__, typed)
        raise typed from exc


def _is_busy(exc: BaseException) -> bool:
    name = sqlite_error_name(exc) or ""
    return name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED")


class LockWait:
    """How a writer of one workspace waits for another process's write lock."""

    def __init__(self, path: Path, notice: WaitNotice | None = None) -> None:
        self.path = path
        self.notice = notice

    def begin_immediate(self, dbapi_conn: sqlite3.Connection) -> None:
        """``BEGIN IMMEDIATE``, retried while another connection writes, up to ``lock_wait_seconds()``."""
        limit = lock_wait_seconds()
        deadline = time.monotonic() + limit
        told = False
        try:
            attempt_ms = int(min(FIRST_WAIT_MS, limit * 1000))
            while True:
                dbapi_conn.execute(f"PRAGMA busy_timeout={max(attempt_ms, 0)}")
                try:
                    dbapi_conn.execute("BEGIN IMMEDIATE")
                    if told:
                        log.info("write lock of %s obtained after waiting", self.path)
                    return
                except sqlite3.OperationalError as exc:
                    if not _is_busy(exc):
                        raise
                if not told:
                    told = True
                    log.info("waiting for another process to finish writing %s", self.path)
                    notice = self.notice or _default_wait_notice
                    if notice is not None:
                        notice(self.path)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    log.warning("gave up waiting %g s for the write lock of %s", limit, self.path)
                    raise DatabaseLockedError(
                        f"{self.path} is being written by another process; gave up after {limit:g} s "
                        f"(nothing was changed)", path=str(self.path), seconds=limit)
                attempt_ms = int(min(1000, remaining * 1000)) + 1
        finally:
            dbapi_conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


_UNFREEZING: ContextVar[bool] = ContextVar("opsdesk_unfreezing", default=False)


@contextlib.contextmanager
def unfrozen(conn: Connection) -> Iterator[None]:
    """Let the statements run inside this block change a signed run's status (the triggers of
    db/versions/0011 ask ``opsdesk_unfreeze()``). Only the sync engine uses it, to write back an
    earlier signing of a run signed here too; what it writes is checked before commit."""
    if conn.dialect.name == "postgresql":  # a setting of the transaction, read by the PL/pgSQL triggers
        from opsdesk import pg

        pg.set_unfrozen(conn, True)
        yield  # a failure inside aborts the transaction, and the setting goes with it
        pg.set_unfrozen(conn, False)
        return
    token = _UNFREEZING.set(True)  # SQLite: a function of this thread
    try:
        yield
    finally:
        _UNFREEZING.reset(token)


def _install_pragmas(engine: Engine, *, foreign_keys: bool, lock_wait: LockWait, readonly: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's
        # implicit transactions would defer it and break IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if readonly:
            cur.execute("PRAGMA query_only=ON")  # the file's journal mode is left as it is
        else:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()
        # Called by the frozen-record triggers (db/versions/0011): 1 only inside ``unfrozen()``.
        dbapi_conn.create_function("opsdesk_unfreeze", 0, lambda: 1 if _UNFREEZING.get() else 0,
                                   deterministic=False)

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        if conn.get_execution_options().get("sqlite_immediate"):
            lock_wait.begin_immediate(conn.connection.driver_connection)
        else:
            conn.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, foreign_keys: bool = True, pooled: bool = True,
                lock_wait: LockWait | None = None) -> Engine:
    kwargs = {} if pooled else {"poolclass": NullPool}
    engine = create_engine(_url(path), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs,
                           **backend.engine_options())
    _install_pragmas(engine, foreign_keys=foreign_keys, lock_wait=lock_wait or LockWait(path))
    return engine


def make_readonly_engine(path: Path, lock_wait: LockWait | None = None) -> Engine:
    """An engine whose connections open the file with SQLite's ``mode=ro``: nothing is ever written."""
    uri = f"{path.resolve().as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool, **backend.engine_options())
    _install_pragmas(engine, foreign_keys=True, lock_wait=lock_wait or LockWait(path), readonly=True)
    return engine


def check_workspace_file(path: Path, *, may_create: bool) -> None:
    """Refuse, before SQLite touches anything, what cannot be a workspace file: a device such as
    /dev/null, a directory, a missing file (unless it may be created), a folder that is a file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        if not may_create:
            raise WorkspaceNotFoundError(f"no workspace at {path}", path=str(path)) from None
        parent = next((p for p in path.parents if p.exists()), None)
        if parent is not None and not parent.is_dir():
            raise NotADatabaseError(f"{parent} is not a folder", path=str(path)) from None
        return
    except NotADirectoryError:
        raise NotADatabaseError(f"{path}: a folder on the way is a file", path=str(path)) from None
    if stat.S_ISDIR(st.st_mode):
        raise NotADatabaseError(f"{path} is a folder, not a workspace file", path=str(path))
    if not stat.S_ISREG(st.st_mode):
        raise NotADatabaseError(f"{path} is not a regular file", path=str(path))


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The head as Alembic computes it (loads Alembic and every migration)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def latest_migration_file() -> str | None:
    """The head without Alembic: the stem of the highest-numbered file in db/versions
    (a migration file is named after its revision id; tests/core/test_db.py holds them equal)."""
    files = sorted(p.stem for p in (paths.MIGRATIONS / "versions").glob("0*.py"))
    return files[-1] if files else None


def _known_revision(revision: str) -> bool:
    """Whether this OpsDesk has the migration ``revision`` (False: a newer OpsDesk wrote the file)."""
    return bool(revision) and revision in known_revisions()


def known_revisions() -> frozenset[str]:
    """Every revision id of this app's migrations. Alembic reads (imports) every migration file to know them,
    which costs more than a small sync import itself: read once per process and kept, unless the folder's
    files change (named by their names and times)."""
    versions = paths.MIGRATIONS / "versions"
    files = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in versions.glob("*.py")))
    return _revisions_in(str(paths.MIGRATIONS), files)


@functools.lru_cache(maxsize=4)
def _revisions_in(location: str, files: tuple[tuple[str, int], ...]) -> frozenset[str]:
    """(``location`` and ``files`` are the cache's key: ``alembic_config()`` reads that folder.)"""
    from alembic.script import ScriptDirectory

    return frozenset(script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions())


def _check_is_sqlite(path: Path) -> None:
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise NotADatabaseError(f"{path} is not an SQLite database", path=str(path))


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def backup_path(path: Path, revision: str | None) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.backup-{revision or 'empty'}-{stamp}{path.suffix or '.sqlite'}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = candidate.with_name(f"{path.stem}.backup-{revision or 'empty'}-{stamp}-{n}{path.suffix or '.sqlite'}")
    return candidate


def online_backup(path: Path, out: Path) -> None:
    """Copy the workspace file ``path`` to ``out`` with SQLite's online backup API (a consistent snapshot while
    other processes keep reading and writing; the source opened read-only): ``opsdesk db backup``
    (``opsdesk.backup``). Written under a temporary name, so ``out`` is a whole copy or absent."""
    partial = out.with_name(out.name + ".partial")
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with sqlite_errors(path):
            target = sqlite3.connect(partial)
            try:
                source.backup(target)
            finally:
                target.close()
        os.replace(partial, out)
    finally:
        source.close()
        partial.unlink(missing_ok=True)


def current_revision(path: Path) -> str | None:
    """The schema revision stored in the file (None for a new or empty file).

    Reads through a plain read-only connection: a file that turns out not to
    be ours, or to be too new, must not be touched (not even its journal mode).
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    _check_is_sqlite(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise NotADatabaseError(f"{path} is not an OpsDesk workspace", path=str(path))
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:  # encrypted, truncated, or not a database after all
        typed = typed_error(exc, path)
        if isinstance(typed, (DatabaseLockedError, DatabaseIOError, DiskFullError)):
            raise typed from exc
        raise DatabaseCorruptError(f"{path} cannot be read: {exc}", path=str(path)) from exc


def migrate(path: Path, *, target: str = "head", backup: bool = True,
            lock_wait: LockWait | None = None) -> MigrationResult:
    """Bring the database at ``path`` to ``target``, backing it up first if it holds a schema."""
    path = Path(path)
    with sqlite_errors(path):
        return _migrate(path, target, backup, lock_wait)


def _migrate(path: Path, target: str, backup: bool, lock_wait: LockWait | None) -> MigrationResult:
    path.parent.mkdir(parents=True, exist_ok=True)
    before = current_revision(path)
    if before is not None and target in ("head", before) and before == latest_migration_file():
        return MigrationResult(before, before, None)  # the usual open: nothing to do, no Alembic
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    if before is not None:
        try:
            script.get_revision(before)
        except CommandError:
            raise DatabaseTooNewError(
                f"{path} was written by a newer OpsDesk (schema {before}); update the app to open it",
                path=str(path),
                revision=before,
            ) from None
    wanted = script.get_current_head() if target == "head" else target
    if before == wanted:
        return MigrationResult(before, wanted, None)
    saved: Path | None = None
    engine = make_engine(path, foreign_keys=False, pooled=False, lock_wait=lock_wait)
    log.info("migrating %s from schema %s to %s", path, before or "(new)", wanted)
    try:
        if backup and before is not None:
            saved = backup_path(path, before)
            # VACUUM cannot run inside a transaction: use the driver connection directly.
            raw = engine.raw_connection()
            try:
                raw.driver_connection.execute("VACUUM INTO ?", (str(saved),))
            except BaseException:
                saved.unlink(missing_ok=True)  # a half-written backup (a full disk) is no backup
                log.exception("backup of %s to %s failed", path, saved)
                raise
            finally:
                raw.close()
            log.info("backup of %s written to %s", path, saved)
        with engine.connect().execution_options(sqlite_immediate=True) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            conn.commit()
    except BaseException:
        log.exception("migration of %s failed", path)
        raise
    finally:
        engine.dispose()
    log.info("migrated %s to schema %s", path, wanted)
    return MigrationResult(before, wanted, saved)


@dataclass(frozen=True)
class NodeIdentity:
    node_id: str
    public_key: str  # base64 of the raw Ed25519 public key

    @property
    def fingerprint(self) -> str:
        raw = base64.b64decode(self.public_key)
        digest = hashlib.sha256(raw).hexdigest()
        return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def _local_node(session) -> NodeIdentity | None:  # noqa: ANN001
    local = session.scalars(select(Node).where(Node.is_local.is_(True))).first()
    return NodeIdentity(local.id, local.public_key) if local is not None else None


def _clock_of(session, node: NodeIdentity) -> HybridClock:  # noqa: ANN001
    """This node's clock, past every change here and its own last one (a read; rolled back)."""
    last = session.scalar(select(func.max(ChangeLog.hlc)))
    own = session.scalar(select(func.max(ChangeLog.hlc)).where(ChangeLog.node_id == node.node_id))
    session.rollback()
    return HybridClock(node.node_id, last, own=own)


def _ensure_node(session) -> NodeIdentity:  # noqa: ANN001
    local = _local_node(session)
    if local is not None:
        return local
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    raw_pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    node_id = hashlib.sha256(raw_pub).hexdigest()[:16]
    public = base64.b64encode(raw_pub).decode()
    session.add(Node(id=node_id, name="", public_key=public, is_local=True, trusted=True))
    session.add(Meta(key="node_private_key", value=pem))
    session.add(Meta(key="node_id", value=node_id))
    return NodeIdentity(node_id, public)


class Database:
    """An open workspace. Hands out sessions; never kept in a widget."""

    def __init__(self, path: Path, engine: Engine, node: NodeIdentity, clock: HybridClock,
                 migration: MigrationResult | None = None, *, readonly: bool = False,
                 lock_wait: LockWait | None = None) -> None:
        self.path = path
        self.engine = engine
        self.node = node
        self.clock = clock
        self.migration = migration
        self.readonly = readonly
        self.lock_wait = lock_wait or LockWait(path)
        self._read = sessionmaker(bind=engine, class_=OpsSession, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(sqlite_immediate=True), class_=OpsSession, expire_on_commit=False
        )

    @property
    def on_wait(self) -> WaitNotice | None:
        """Called once (with the path) when a write has to wait for another process's write lock."""
        return self.lock_wait.notice

    @on_wait.setter
    def on_wait(self, notice: WaitNotice | None) -> None:
        self.lock_wait.notice = notice

    dialect = "sqlite"

    @property
    def location(self) -> str:
        """Where the workspace is, for messages: the file's path (a server workspace: its URL)."""
        return str(self.path)

    @property
    def display_name(self) -> str:
        """A default name of the workspace: the file's stem (a server workspace: the database's name)."""
        return self.path.stem

    def schema_revision(self) -> str | None:
        # Through the open engine: a new connection would parse the whole schema again first (a tenth of an export).
        with self.reading() as s:
            return s.execute(text("SELECT version_num FROM alembic_version")).scalar()

    @classmethod
    def open(cls, path: str | Path, *, migrate_schema: bool = True, readonly: bool = False,
             create: bool = True, on_wait: WaitNotice | None = None, files_dir: Path | None = None) -> "Database":
        """Open the workspace at ``path``: a SQLite file, or a PostgreSQL server's database when ``path`` is a
        ``postgresql://user@host:port/dbname`` URL (``opsdesk.pg``; ``files_dir``: its attachments folder).

        ``readonly``: an existing workspace at the current schema, opened with SQLite's ``mode=ro``
        (no migration, no node creation, no write lock; ``transaction()`` is refused).
        ``create=False``: a missing or empty file is refused with ``WorkspaceNotFoundError``
        instead of becoming a new workspace. Files that cannot be workspaces (devices such as
        /dev/null, folders) are refused before SQLite opens them.
        """
        if isinstance(path, str) and path.lower().startswith(("postgresql:", "postgresql+psycopg:", "postgres:")):
            from opsdesk import pg

            return pg.open_database(cls, path, migrate_schema=migrate_schema, readonly=readonly, create=create,
                                    on_wait=on_wait, files_dir=files_dir)
        path = Path(path).expanduser().resolve()
        check_workspace_file(path, may_create=create and not readonly)
        lock_wait = LockWait(path, on_wait)
        with sqlite_errors(path):
            if readonly:
                db = cls._open_readonly(path, lock_wait)
            else:
                db = cls._open_writable(path, migrate_schema, create, lock_wait)
        log.info("opened workspace %s%s", path, " (read-only)" if readonly else "")
        return db

    @classmethod
    def _open_readonly(cls, path: Path, lock_wait: LockWait) -> "Database":
        rev = current_revision(path)
        if rev is None:
            raise WorkspaceNotFoundError(f"no workspace at {path}", path=str(path))
        _check_at_head(path, rev)
        engine = make_readonly_engine(path, lock_wait)
        try:
            with sessionmaker(bind=engine, class_=OpsSession)() as s:
                node = _local_node(s) or NodeIdentity("", "")  # never opened for writing yet
                clock = _clock_of(s, node)
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, node, clock, None, readonly=True, lock_wait=lock_wait)

    @classmethod
    def _open_writable(cls, path: Path, migrate_schema: bool, create: bool, lock_wait: LockWait) -> "Database":
        if path.exists():
            writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
            if not writable:  # SQLite would open it read-only and fail only at the first save
                raise DatabaseReadOnlyError(f"{path} cannot be written (read-only file or folder)",
                                            path=str(path))
        if not create and current_revision(path) is None:
            raise WorkspaceNotFoundError(f"no workspace at {path}", path=str(path))
        result = None
        if migrate_schema:
            result = migrate(path, lock_wait=lock_wait)
        else:
            _check_at_head(path, current_revision(path))
        engine = make_engine(path, lock_wait=lock_wait)
        try:
            reader = sessionmaker(bind=engine, class_=OpsSession)
            with reader() as s:  # the usual open reads only: no write lock
                node = _local_node(s)
                s.rollback()
            if node is None:  # first open: create this installation's identity
                with sessionmaker(bind=engine.execution_options(sqlite_immediate=True),
                                  class_=OpsSession).begin() as s:
                    node = _ensure_node(s)
            with reader() as s:
                clock = _clock_of(s, node)
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, node, clock, result, lock_wait=lock_wait)

    @property
    def attachments_dir(self) -> Path:
        return self.path.with_name(self.path.stem + ".files")

    @contextlib.contextmanager
    def transaction(self, actor_id: str | None = None) -> Iterator[OpsSession]:
        """One unit of work: commits on success, rolls everything back on error.

        Waits (see ``LockWait``) while another process writes; SQLite failures leave as typed errors."""
        if self.readonly:
            raise DatabaseReadOnlyError(f"{self.path} was opened read-only", path=str(self.path))
        with sqlite_errors(self.path), self._write.begin() as session:
            session.info["capture"] = CaptureContext(self.node.node_id, self.clock, actor_id)
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[OpsSession]:
        """A read-only session; anything it tries to write is refused by the capture hook."""
        with sqlite_errors(self.path), self._read() as session:
            yield session
            session.rollback()

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.reading() as s:
            row = s.get(Meta, key)
            return row.value if row else default

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction() as s:
            row = s.get(Meta, key)
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(Meta(key=key, value=value))
            else:
                row.value = value

    def integrity_check(self) -> list[str]:
        with sqlite_errors(self.path), self.engine.connect() as conn:
            return [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]

    def close(self) -> None:
        self.engine.dispose()


def _check_at_head(path: Path, rev: str | None) -> None:
    """Refuse a file whose schema is not this app's (opened without migration)."""
    if rev != latest_migration_file() and rev != head_revision():  # Alembic only when not at head
        if rev is not None and not _known_revision(rev):
            raise DatabaseTooNewError(f"{path} was written by a newer OpsDesk", revision=rev, path=str(path))
        raise DatabaseNeedsUpgradeError(f"{path} is at schema {rev}, needs {head_revision()}",
                                        revision=rev, path=str(path))
