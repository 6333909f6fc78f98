"""The PostgreSQL connection backend: a head-office workspace on a server that several desktops open at once.

``opsdesk.db.Database.open("postgresql://user@host:port/dbname")`` lands here (psycopg 3 is imported only
then). What differs from the SQLite file (``opsdesk.db``):

- **Migrations** run on open and with ``opsdesk db upgrade --db postgresql://...``, the same Alembic chain;
  PostgreSQL's DDL is transactional, so the whole upgrade is one transaction (a failure leaves the old
  schema, nothing half-done) under an advisory lock (two desktops opening a new release at once migrate
  once). There is no file copy before it: backing up a server is ``pg_dump``'s job.
- **Writers** (``Database.transaction()``, ``ctx.tx()``) run at READ COMMITTED and first take one
  transaction-level advisory lock of the workspace (``pg_advisory_xact_lock``), the server's
  ``BEGIN IMMEDIATE``: one writer at a time, readers never blocked (MVCC). Why not SERIALIZABLE: a
  service's unit of work is a ``with ctx.tx() as s:`` block, which cannot be re-run when PostgreSQL
  cancels it with a serialization failure, and the audit hash chain (each entry names the previous
  entry's hash), the change log's base versions and the per-answer autosave all read-then-write the
  newest state: with one writer at a time they stay exactly as correct as on SQLite, without retries.
  Writes are short (one answer, one action), so serializing them costs head office nothing it would
  notice. The lock is waited for like SQLite's (``LockWait``: a notice after a second, typed
  ``DatabaseLockedError`` after ``OPSDESK_LOCK_WAIT_SECONDS``).
- **The node identity** lives in the database (``node`` with ``is_local``, the key in ``meta``) as on
  SQLite: the server is ONE sync node shared by every desktop that opens it; the first open creates it
  under the writer lock. Each desktop keeps its own in-memory hybrid clock, so every write transaction
  first moves that clock past the newest change of every known node (index lookups, under the lock):
  clocks stay unique and increasing across desktops.
- **Unfreezing** (``opsdesk.db.unfrozen``) sets ``opsdesk.unfreeze`` for the transaction
  (``set_config(..., true)``), which the PL/pgSQL triggers' ``opsdesk_unfreeze()`` reads.
- **Errors** from psycopg become the same typed errors as SQLite's (``pg_errors``).
- **Attachments** of a server workspace live in a folder every desktop reaches (the server's share),
  named by the ``attachments_dir`` setting stored in the database; ``files_dir=`` overrides it.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, func, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool

from opsdesk import paths
from opsdesk.db import (
    Database,
    LockWait,
    MigrationResult,
    NodeIdentity,
    _check_at_head,
    _clock_of,
    _ensure_node,
    _local_node,
    alembic_config,
    latest_migration_file,
    lock_wait_seconds,
)
from opsdesk.errors import (
    DatabaseCorruptError,
    DatabaseIOError,
    DatabaseLockedError,
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

log = logging.getLogger(__name__)

SCHEMES = ("postgresql:", "postgresql+psycopg:", "postgres:")
# pg_advisory_xact_lock keys (bigint): "OPSDwrit" and "OPSDmigr" as ASCII.
WRITER_LOCK = 0x4F505344_77726974
MIGRATION_LOCK = 0x4F505344_6D696772
ATTACHMENTS_KEY = "attachments_dir"
UNFREEZE_SETTING = "opsdesk.unfreeze"


def is_url(target: object) -> bool:
    """Whether ``target`` names a PostgreSQL workspace (a URL) rather than a SQLite file."""
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


def engine_url(url: str | URL) -> URL:
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def display(url: str | URL) -> str:
    """The URL without its password (for messages and logs)."""
    return engine_url(url).render_as_string(hide_password=True)


# ---------------------------------------------------------------- errors -> typed errors

# SQLSTATE classes and codes (PostgreSQL appendix A).
_READ_ONLY = {"25006", "42501"}  # read_only_sql_transaction, insufficient_privilege
_LOCKED = {"55P03", "40P01"}  # lock_not_available, deadlock_detected
_FULL = {"53100", "53200"}  # disk_full, out_of_memory


def typed_error(exc: BaseException, where: str) -> OpsDeskError | None:
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is what raised
        return None
    if not isinstance(orig, psycopg.Error):
        return None
    code = getattr(orig, "sqlstate", None) or ""
    detail = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if code.startswith("23") and "frozen" in detail:
        return FrozenRecordError(f"{detail}; a signed record cannot change (a correction supersedes it)", path=where)
    if code in _LOCKED:
        return DatabaseLockedError(f"{where} is locked by another writer ({detail})", path=where, seconds=0)
    if code in _FULL:
        return DiskFullError(f"the server of {where} is out of space ({detail})", path=where)
    if code in _READ_ONLY:
        return DatabaseReadOnlyError(f"{where} cannot be written ({detail})", path=where)
    if code.startswith("XX"):
        return DatabaseCorruptError(f"{where} is damaged ({detail})", path=where)
    if code.startswith("08") or (isinstance(orig, psycopg.OperationalError) and not code):
        return DatabaseIOError(f"cannot reach the server of {where} ({detail})", path=where)
    if code == "3D000":  # invalid_catalog_name: no such database
        return WorkspaceNotFoundError(f"no database {where} on the server ({detail})", path=where)
    return None


@contextlib.contextmanager
def pg_errors(where: str) -> Iterator[None]:
    """Re-raise PostgreSQL failures as typed ``OpsDeskError``s; others pass unchanged."""
    try:
        yield
    except OpsDeskError:
        raise
    except sa_exc.DBAPIError as exc:
        typed = typed_error(exc, where)
        if typed is None:
            raise
        log.warning("%s: %s", type(typed).__name__, typed)
        raise typed from exc
    except Exception as exc:  # a psycopg error raised outside SQLAlchemy (raw driver cursors)
        typed = typed_error(exc, where)
        if typed is None:
            raise
        raise typed from exc


# ---------------------------------------------------------------- engine, locks, unfreeze


def make_engine(url: str | URL, *, pooled: bool = True) -> Engine:
    kwargs: dict[str, Any] = {"pool_pre_ping": True} if pooled else {"poolclass": NullPool}
    return create_engine(engine_url(url), connect_args={"application_name": "opsdesk"}, **kwargs)


def lock_writer(conn: Connection, where: str, notice: Any = None) -> None:  # noqa: ANN401
    """Take the workspace's writer lock for the rest of this transaction (the server's BEGIN IMMEDIATE):
    tries, says once that it waits, and gives up with ``DatabaseLockedError`` after the lock wait."""
    from opsdesk import db as sqlite_backend  # the process-wide wait notice is set there

    if conn.scalar(select(func.pg_try_advisory_xact_lock(WRITER_LOCK))):
        return
    limit = lock_wait_seconds()
    start = time.monotonic()
    deadline = start + limit
    told = False
    delay = 0.005
    while True:
        if conn.scalar(select(func.pg_try_advisory_xact_lock(WRITER_LOCK))):
            if told:
                log.info("write lock of %s obtained after waiting", where)
            return
        now = time.monotonic()
        if not told and now - start >= min(sqlite_backend.FIRST_WAIT_MS / 1000, limit):
            told = True  # as on SQLite: said once, after the first second
            log.info("waiting for another desktop to finish writing %s", where)
            notice = notice or sqlite_backend._default_wait_notice
            if notice is not None:
                notice(where)
        remaining = deadline - now
        if remaining <= 0:
            raise DatabaseLockedError(f"{where} is being written by another desktop; gave up after {limit:g} s "
                                      "(nothing was changed)", path=where, seconds=limit)
        time.sleep(min(delay, remaining))
        delay = min(delay * 2, 0.2)


def set_unfrozen(conn: Connection, on: bool) -> None:
    """``opsdesk_unfreeze()`` answers true (``on``) or false for the rest of this transaction."""
    conn.execute(select(func.set_config(UNFREEZE_SETTING, "1" if on else "", True)))


# ---------------------------------------------------------------- schema


def current_revision(engine: Engine, where: str = "") -> str | None:
    """The schema revision stored in the database (None for an empty database)."""
    with engine.connect() as conn:
        if conn.scalar(text("SELECT to_regclass('alembic_version')")) is None:
            tables = conn.scalar(text("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"))
            if tables:
                raise NotADatabaseError(f"{where} is not an OpsDesk workspace (it has tables of its own)", path=where)
            return None
        return conn.scalar(text("SELECT version_num FROM alembic_version"))


def migrate(url: str | URL, *, target: str = "head") -> Any:  # noqa: ANN401 - opsdesk.db.MigrationResult
    """Bring the database at ``url`` to ``target`` in one transaction (see the module's notes)."""
    where = display(url)
    engine = make_engine(url, pooled=False)
    try:
        with pg_errors(where):
            before = current_revision(engine, where)
            if before is not None and target in ("head", before) and before == latest_migration_file():
                return MigrationResult(before, before, None)
            from alembic import command
            from alembic.script import ScriptDirectory
            from alembic.util.exc import CommandError

            cfg = alembic_config()
            script = ScriptDirectory.from_config(cfg)
            with engine.connect() as conn:
                conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
                before = conn.scalar(text("SELECT version_num FROM alembic_version")) \
                    if conn.scalar(text("SELECT to_regclass('alembic_version')")) is not None else None
                if before is not None:
                    try:
                        script.get_revision(before)
                    except CommandError:
                        raise DatabaseTooNewError(
                            f"{where} was written by a newer OpsDesk (schema {before}); update the app to open it",
                            path=where, revision=before) from None
                wanted = script.get_current_head() if target == "head" else target
                if before == wanted:
                    conn.rollback()
                    return MigrationResult(before, wanted, None)
                log.info("migrating %s from schema %s to %s", where, before or "(new)", wanted)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                conn.commit()
            log.info("migrated %s to schema %s", where, wanted)
            return MigrationResult(before, wanted, None)
    finally:
        engine.dispose()


# ---------------------------------------------------------------- the open workspace


def open_database(cls: type, url: str, *, migrate_schema: bool = True, readonly: bool = False, create: bool = True,
                  on_wait: Any = None, files_dir: Path | None = None) -> Any:  # noqa: ANN401
    """``Database.open`` for a URL: returns a ``PgDatabase`` (``cls`` is ``opsdesk.db.Database``)."""
    where = display(url)
    result = None
    if migrate_schema and not readonly:
        if not create:
            engine = make_engine(url, pooled=False)
            try:
                with pg_errors(where):
                    if current_revision(engine, where) is None:
                        raise WorkspaceNotFoundError(f"no workspace at {where}", path=where)
            finally:
                engine.dispose()
        result = migrate(url)
    engine = make_engine(url)
    try:
        with pg_errors(where):
            rev = current_revision(engine, where)
            if rev is None and (readonly or not create):
                raise WorkspaceNotFoundError(f"no workspace at {where}", path=where)
            if not migrate_schema or readonly:
                _check_at_head(where, rev)
            reader = sessionmaker(bind=engine, class_=OpsSession)
            with reader() as s:
                node = _local_node(s)
                s.rollback()
            if node is None and not readonly:  # the server's identity, made once by the first desktop
                with sessionmaker(bind=engine, class_=OpsSession).begin() as s:
                    lock_writer(s.connection(), where, on_wait)
                    node = _ensure_node(s)
            node = node or NodeIdentity("", "")
            with reader() as s:
                clock = _clock_of(s, node)
    except BaseException:
        engine.dispose()
        raise
    db = PgDatabase(url, engine, node, clock, result, readonly=readonly, lock_wait=LockWait(Path(where), on_wait),
                    files_dir=files_dir)
    log.info("opened workspace %s%s", where, " (read-only)" if readonly else "")
    return db


class PgDatabase(Database):
    """An open PostgreSQL workspace (``opsdesk.db.Database`` with the server's sessions)."""

    dialect = "postgresql"

    def __init__(self, url: str, engine: Engine, node: Any, clock: HybridClock, migration: Any = None, *,  # noqa: ANN401
                 readonly: bool = False, lock_wait: Any = None, files_dir: Path | None = None) -> None:  # noqa: ANN401
        super().__init__(Path(display(url)), engine, node, clock, migration, readonly=readonly, lock_wait=lock_wait)
        self.url = display(url)
        self.path = None  # not a file: services ask ``location``, ``display_name`` and ``schema_revision()``
        self._files_dir = files_dir
        self._write = sessionmaker(bind=engine, class_=OpsSession, expire_on_commit=False)

    @property
    def location(self) -> str:
        return self.url

    @property
    def display_name(self) -> str:
        return engine_url(self.url).database or self.url

    def schema_revision(self) -> str | None:
        with pg_errors(self.url):
            return current_revision(self.engine, self.url)

    @property
    def attachments_dir(self) -> Path:
        if self._files_dir is not None:
            return self._files_dir
        configured = self.get_meta(ATTACHMENTS_KEY)
        if configured:
            return Path(configured)
        url = engine_url(self.url)
        return paths.user_data_dir() / "servers" / f"{url.host or 'local'}-{url.port or 5432}-{url.database}.files"

    def _catch_up_clock(self, session: OpsSession) -> None:
        """Move this desktop's clock past the newest change of every node (others desktops write as the same
        node): per-node maxima through ``ix_change_log_node``, our own never clamped."""
        own = session.scalar(select(func.max(ChangeLog.hlc)).where(ChangeLog.node_id == self.node.node_id))
        newest = session.scalar(
            select(func.max(select(func.max(ChangeLog.hlc)).where(ChangeLog.node_id == Node.id)
                            .correlate(Node).scalar_subquery())))
        self.clock.catch_up(newest, own=own)

    @contextlib.contextmanager
    def transaction(self, actor_id: str | None = None) -> Iterator[OpsSession]:
        if self.readonly:
            raise DatabaseReadOnlyError(f"{self.url} was opened read-only", path=self.url)
        with pg_errors(self.url), self._write.begin() as session:
            lock_writer(session.connection(), self.url, self.lock_wait.notice)
            self._catch_up_clock(session)
            session.info["capture"] = CaptureContext(self.node.node_id, self.clock, actor_id)
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[OpsSession]:
        with pg_errors(self.url), self._read() as session:
            yield session
            session.rollback()

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.reading() as s:
            row = s.get(Meta, key)
            return row.value if row else default

    def integrity_check(self) -> list[str]:
        raise NotImplementedError("PostgreSQL keeps its own page checksums; use `opsdesk db check` (not yet on PG)")
