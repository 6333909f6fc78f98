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
  named by the ``attachments_dir`` setting stored in the database (``set_files_dir``; ``opsdesk db
  set-files-dir``); ``files_dir=`` overrides it. A named folder that this desktop cannot reach (the share
  not mounted) is a typed ``FilesFolderUnreachableError``, never a new empty local folder. Without the
  setting each desktop keeps its own folder (photos then stay on the desktop that added them).
- **Passwords** are never part of what OpsDesk stores or shows: libpq reads the user's ``.pgpass``, or a
  password typed for one connection is kept in this process's memory only (``use_password``) and handed
  to the driver (and to pg_dump through its environment), never put into a URL, a setting or a message.
- **Tools**: ``find_tool`` finds pg_dump / pg_restore (``$OPSDESK_PG_BIN``, ``PATH``, Debian's
  ``/usr/lib/postgresql/<version>/bin``); ``dump`` and ``restore`` run them (``opsdesk.backup``).
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, func, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool

from opsdesk import backend, paths
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
    BackupError,
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseNeedsUpgradeError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DiskFullError,
    FilesFolderUnreachableError,
    FrozenRecordError,
    NotADatabaseError,
    OpsDeskError,
    ServerDatabaseMissingError,
    ServerLoginError,
    ServerUnreachableError,
    WorkspaceNotFoundError,
)
from opsdesk.models import ChangeLog, Meta, Node
from opsdesk.models.runs import postgresql_options
from opsdesk.sync.capture import CaptureContext, OpsSession
from opsdesk.sync.hlc import HybridClock

log = logging.getLogger(__name__)
postgresql_options()  # the model's PostgreSQL-only index options, kept out of a SQLite start (see there)

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
    """The URL without its password (for messages and logs), as people write it (``postgresql://``)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.drivername in ("postgresql+psycopg", "postgres"):
        parsed = parsed.set(drivername="postgresql")
    return parsed.render_as_string(hide_password=True)


# ---------------------------------------------------------------- errors -> typed errors

# SQLSTATE classes and codes (PostgreSQL appendix A).
_READ_ONLY = {"25006", "42501"}  # read_only_sql_transaction, insufficient_privilege
_LOCKED = {"55P03", "40P01"}  # lock_not_available, deadlock_detected
_FULL = {"53100", "53200"}  # disk_full, out_of_memory
_LOGIN = {"28000", "28P01"}  # invalid_authorization_specification, invalid_password
# libpq reports a refused connection without a SQLSTATE: its (English) message tells why.
_LOGIN_REFUSED = re.compile(r"password authentication failed|no password supplied|authentication failed|"
                            r'role "[^"]*" does not exist|pg_hba\.conf rejects|peer authentication failed')
_NO_DATABASE = re.compile(r'database "([^"]*)" does not exist')


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
    message = str(orig)
    connect_failure = isinstance(orig, psycopg.OperationalError) and not code
    missing = _NO_DATABASE.search(message)
    if code in _LOGIN or (connect_failure and (_LOGIN_REFUSED.search(message) or
                                               (not missing and _password_refused(orig)))):
        return ServerLoginError(f"the server of {where} refused the login ({detail})", path=where,
                                user=_url_part(where, "username"))
    if code == "3D000" or (connect_failure and missing):  # invalid_catalog_name: no such database
        name = missing[1] if missing else _url_part(where, "database")
        return ServerDatabaseMissingError(f"the server of {where} has no database {name}", path=where, database=name)
    if code.startswith("08") or connect_failure:
        return ServerUnreachableError(f"cannot reach the server of {where} ({detail})", path=where)
    return None


def _password_refused(orig: BaseException) -> bool:
    """A connection that failed after the server asked for a password (none given, or the one given did not
    do): a login problem whatever language the server speaks. The server's startup messages come in its own
    ``lc_messages`` (a head-office server installed in Chinese says 口令认证失败), so the English patterns above
    cannot be the only test; libpq's connection object says whether a password was asked for and used."""
    pgconn = getattr(orig, "pgconn", None)
    if pgconn is None:
        return False
    try:
        return bool(pgconn.needs_password or pgconn.used_password)
    except Exception:  # noqa: BLE001 - a closed or foreign connection object: no answer
        return False


def _url_part(where: str, part: str) -> str:
    with contextlib.suppress(Exception):
        return str(getattr(make_url(where), part) or "")
    return ""


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


# Passwords typed for one connection (the GUI's connect dialog): this process's memory only, by server,
# port, user and database; never written, never in a URL that is shown or kept.
_PASSWORDS: dict[tuple[str, int, str, str], str] = {}


def _password_key(url: URL) -> tuple[str, int, str, str]:
    return (url.host or "", int(url.port or 5432), url.username or "", url.database or "")


def use_password(url: str | URL, password: str | None) -> None:
    """Connections to ``url`` (its server, port, user and database) use ``password`` from now on in this
    process (None or "": forget it, and libpq reads ``.pgpass`` again)."""
    key = _password_key(engine_url(url))
    if password:
        _PASSWORDS[key] = password
    else:
        _PASSWORDS.pop(key, None)


def _password_for(url: URL) -> str | None:
    return url.password if url.password is not None else _PASSWORDS.get(_password_key(url))


def make_engine(url: str | URL, *, pooled: bool = True, readonly: bool = False) -> Engine:
    """An engine on the database at ``url``; ``readonly``: every transaction is READ ONLY on the server
    (``default_transaction_read_only``), as SQLite's ``mode=ro``."""
    kwargs: dict[str, Any] = {"pool_pre_ping": True} if pooled else {"poolclass": NullPool}
    parsed = engine_url(url)
    connect_args = _connect_args(parsed)
    if readonly:
        connect_args["options"] = "-c default_transaction_read_only=on"
    return create_engine(parsed, connect_args=connect_args, **kwargs, **backend.engine_options())


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
    engine = make_engine(url, readonly=readonly)
    try:
        with pg_errors(where):
            rev = current_revision(engine, where)
            if rev is None and (readonly or not create):
                raise WorkspaceNotFoundError(f"no workspace at {where}", path=where)
            if migrate_schema and not readonly:
                # At the newest schema already (every open but the first after an update): this engine's one
                # connection has said so. Otherwise ``migrate`` takes the migration lock and looks again.
                result = MigrationResult(rev, rev, None) if rev is not None and rev == latest_migration_file() \
                    else migrate(url)
                rev = result.after
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


def files_folder(url: str | URL, configured: str | None) -> Path:
    """The files folder of the server workspace at ``url`` whose database names ``configured`` (or nothing: this
    desktop's own folder for that server). A named folder not reachable here is ``FilesFolderUnreachableError``."""
    if configured:
        folder = Path(configured)
        if not folder.is_dir():  # the share is not mounted here: never a new, empty local folder
            raise FilesFolderUnreachableError(
                f"the files folder {folder} of {display(url)} is not reachable from this computer "
                "(is the share mounted?)", folder=str(folder), path=display(url))
        return folder
    parsed = engine_url(url)
    return paths.user_data_dir() / "servers" / f"{parsed.host or 'local'}-{parsed.port or 5432}-{parsed.database}.files"


def configured_files_dir(url: str | URL) -> str | None:
    """The files folder named in the database at ``url`` (read directly: any schema revision)."""
    where = display(url)
    engine = make_engine(url, pooled=False, readonly=True)
    try:
        with pg_errors(where), engine.connect() as conn:
            if conn.scalar(text("SELECT to_regclass('meta')")) is None:
                return None
            return conn.scalar(select(Meta.value).where(Meta.key == ATTACHMENTS_KEY))
    finally:
        engine.dispose()


def store_files_dir(url: str | URL, folder: Path) -> None:
    """Name ``folder`` in the database at ``url`` directly (``meta`` is not synced nor audited; used by a restore,
    whose schema may still need ``db upgrade``)."""
    engine = make_engine(url, pooled=False)
    try:
        with pg_errors(display(url)), engine.begin() as conn:
            conn.execute(text("INSERT INTO meta (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE "
                              "SET value = excluded.value"), {"key": ATTACHMENTS_KEY, "value": str(folder)})
    finally:
        engine.dispose()


# Settings that belong to one desktop, not to the workspace every desktop shares: who is using this window
# (``services.workspace.CURRENT_USER_KEY``). A file workspace keeps them in its meta table (one laptop, one
# file); on a server they live in the open ``PgDatabase`` only, so each desktop chooses (or signs in as) its own
# user at every start, and one desktop switching user never changes another's.
PER_DESKTOP_META = frozenset({"current_user_id"})


class PgDatabase(Database):
    """An open PostgreSQL workspace (``opsdesk.db.Database`` with the server's sessions)."""

    dialect = "postgresql"

    def __init__(self, url: str, engine: Engine, node: Any, clock: HybridClock, migration: Any = None, *,  # noqa: ANN401
                 readonly: bool = False, lock_wait: Any = None, files_dir: Path | None = None) -> None:  # noqa: ANN401
        super().__init__(Path(display(url)), engine, node, clock, migration, readonly=readonly, lock_wait=lock_wait)
        self.url = display(url)
        self.path = None  # not a file: services ask ``location``, ``display_name`` and ``schema_revision()``
        self._files_dir = files_dir
        self._desktop_meta: dict[str, str] = {}  # PER_DESKTOP_META: this desktop's, for as long as it is open
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
        return files_folder(self.url, self.get_meta(ATTACHMENTS_KEY))

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
        if key in PER_DESKTOP_META:
            return self._desktop_meta.get(key, default)
        with self.reading() as s:
            row = s.get(Meta, key)
            return row.value if row else default

    def set_meta(self, key: str, value: str | None) -> None:
        if key in PER_DESKTOP_META:
            if value is None:
                self._desktop_meta.pop(key, None)
            else:
                self._desktop_meta[key] = value
            return
        super().set_meta(key, value)

    def integrity_check(self) -> list[str]:
        raise NotImplementedError("PostgreSQL keeps its own integrity; `opsdesk db check` runs amcheck when the "
                                  "database has it (opsdesk.check)")



# ---------------------------------------------------------------- probing a server (the connect dialog, the CLI)


class ServerInfo:
    """What ``probe`` found: an OpsDesk workspace at this app's schema, and its files folder."""

    def __init__(self, url: str, revision: str, server_version: str, files_dir: str | None) -> None:
        self.url = url  # without a password
        self.revision = revision
        self.server_version = server_version
        self.files_dir = files_dir  # as named in the database (None: not set)

    @property
    def files_reachable(self) -> bool | None:
        return None if not self.files_dir else Path(self.files_dir).is_dir()


def probe(url: str | URL, *, connect_timeout: int = 10) -> ServerInfo:
    """Connect to ``url`` and make sure it holds an OpsDesk workspace this app can open as it is; reads only.

    Raises the typed errors: ``ServerUnreachableError``, ``ServerLoginError``, ``ServerDatabaseMissingError``,
    ``WorkspaceNotFoundError`` (an empty database: not set up yet), ``NotADatabaseError`` (tables of its own),
    ``DatabaseNeedsUpgradeError`` (an older schema: ``opsdesk db upgrade`` first), ``DatabaseTooNewError``."""
    from opsdesk.db import _known_revision

    where = display(url)
    parsed = engine_url(url)
    engine = create_engine(parsed, poolclass=NullPool, **backend.engine_options(), connect_args={
        **_connect_args(parsed), "connect_timeout": connect_timeout, "options": "-c default_transaction_read_only=on"})
    try:
        with pg_errors(where):
            revision = current_revision(engine, where)
            if revision is None:
                raise WorkspaceNotFoundError(f"the database of {where} holds no OpsDesk workspace yet "
                                             "(set it up with: opsdesk db upgrade --db URL)", path=where)
            head = latest_migration_file()
            if revision != head:
                if not _known_revision(revision):
                    raise DatabaseTooNewError(f"{where} was written by a newer OpsDesk (schema {revision})",
                                              path=where, revision=revision)
                raise DatabaseNeedsUpgradeError(f"{where} is at schema {revision}, this app needs {head} (run: "
                                                "opsdesk db upgrade)", path=where, revision=revision)
            with engine.connect() as conn:
                version = str(conn.scalar(text("SHOW server_version")))
                files = conn.scalar(select(Meta.value).where(Meta.key == ATTACHMENTS_KEY))
                conn.rollback()
    finally:
        engine.dispose()
    return ServerInfo(where, revision, version, files)


def _connect_args(url: URL) -> dict[str, Any]:
    args: dict[str, Any] = {"application_name": "opsdesk"}
    password = _password_for(url)
    if url.password is None and password:
        args["password"] = password
    return args


def set_files_dir(url: str, folder: Path) -> Path:
    """Name ``folder`` (absolute, an existing folder this computer can write) as the workspace's files folder;
    every desktop then keeps and finds photos and documents there. Returns the folder as stored."""
    folder = usable_files_dir(url, folder)
    db = open_database(Database, url, migrate_schema=False, create=False, files_dir=folder)
    try:
        db.set_meta(ATTACHMENTS_KEY, str(folder))
    finally:
        db.close()
    return folder


def usable_files_dir(url: str | URL, folder: Path) -> Path:
    """``folder`` when it can be a server workspace's files folder from this computer (absolute, an existing
    folder, writable), else ``FilesFolderUnreachableError``."""
    where = display(url)
    folder = Path(folder).expanduser()
    if not folder.is_absolute():
        raise FilesFolderUnreachableError(f"{folder} is not an absolute path; name the share's folder as every "
                                          "desktop mounts it", folder=str(folder), path=where)
    if not folder.is_dir():
        raise FilesFolderUnreachableError(f"{folder} is not a folder reachable from this computer (is the share "
                                          "mounted?); nothing was changed", folder=str(folder), path=where)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FilesFolderUnreachableError(f"{folder} cannot be written from this computer; nothing was changed",
                                          folder=str(folder), path=where)
    return folder


# ---------------------------------------------------------------- pg_dump / pg_restore

TOOL_DIRS_GLOB = "/usr/lib/postgresql/*/bin"


def find_tool(name: str) -> Path:
    """``pg_dump``, ``pg_restore``...: in ``$OPSDESK_PG_BIN``, on ``PATH``, or in the newest
    ``/usr/lib/postgresql/<version>/bin`` (Debian); ``BackupError`` when none is there."""
    candidates: list[Path] = []
    if os.environ.get("OPSDESK_PG_BIN"):
        candidates.append(Path(os.environ["OPSDESK_PG_BIN"]) / name)
    which = shutil.which(name)
    if which:
        candidates.append(Path(which))

    def version(folder: str) -> tuple[int, ...]:
        return tuple(int(x) for x in Path(folder).parent.name.split(".") if x.isdigit())

    candidates += [Path(d) / name for d in sorted(glob.glob(TOOL_DIRS_GLOB), key=version, reverse=True)]
    for tool in candidates:
        if tool.is_file() and os.access(tool, os.X_OK):
            return tool
    raise BackupError(f"{name} was not found on PATH or in {TOOL_DIRS_GLOB} (install PostgreSQL's client "
                      "programs, e.g. Debian's postgresql-client, or set OPSDESK_PG_BIN)", reason="tool_missing",
                      tool=name)


def libpq_target(url: str | URL) -> tuple[str, dict[str, str]]:
    """A libpq connection string for ``url`` WITHOUT its password, and the environment that carries the password
    (``PGPASSWORD``) when there is one: a password never appears on a command line (``ps`` shows those)."""
    from psycopg.conninfo import make_conninfo

    parsed = engine_url(url)
    params: dict[str, Any] = {"dbname": parsed.database, "user": parsed.username, "host": parsed.host,
                              "port": parsed.port}
    params.update({k: v for k, v in parsed.query.items() if isinstance(v, str)})
    conninfo = make_conninfo(**{k: v for k, v in params.items() if v not in (None, "")})
    env = dict(os.environ)
    env.pop("PGPASSWORD", None)
    password = _password_for(parsed)
    if password:
        env["PGPASSWORD"] = password
    return conninfo, env


def _run_tool(name: str, args: list[str], url: str | URL) -> None:
    tool = find_tool(name)
    conninfo, env = libpq_target(url)
    where = display(url)
    log.info("running %s on %s", name, where)
    try:
        done = subprocess.run([str(tool), "--no-password", f"--dbname={conninfo}", *args], env=env,
                              capture_output=True, text=True, check=False)
    except OSError as exc:
        raise BackupError(f"{name} could not be started: {exc}", reason="tool_failed", tool=name) from exc
    if done.returncode != 0:
        lines = [line.strip() for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        detail = "; ".join(lines[:3]) or f"exit status {done.returncode}"
        log.warning("%s on %s failed: %s", name, where, done.stderr)
        raise BackupError(f"{name} failed on {where}: {detail}", reason="tool_failed", tool=name, path=where)


def dump(url: str | URL, out: Path) -> Path:
    """``pg_dump`` of the workspace at ``url`` into ``out`` (custom format, for ``pg_restore``): written to a
    temporary name first, so ``out`` is either a whole dump or untouched."""
    out = Path(out)
    partial = out.with_name(out.name + ".partial")
    try:
        _run_tool("pg_dump", ["--format=custom", f"--file={partial}"], url)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def restore(url: str | URL, dump_file: Path) -> str:
    """``pg_restore`` of ``dump_file`` into the EMPTY database at ``url``, in one transaction (a failure leaves it
    empty); objects are owned by the restoring user. Returns the restored workspace's schema revision."""
    from opsdesk.db import _known_revision

    where = display(url)
    if not Path(dump_file).is_file():
        raise BackupError(f"{dump_file} does not exist", reason="no_dump", path=str(dump_file))
    engine = make_engine(url, pooled=False)
    try:
        with pg_errors(where), engine.connect() as conn:
            tables = conn.scalar(text("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"))
            conn.rollback()
        if tables:
            raise BackupError(f"{where} is not empty ({tables} tables); restore into a new, empty database "
                              "(createdb), nothing was changed", reason="not_empty", path=where)
        _run_tool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
                                 str(dump_file)], url)
        with pg_errors(where):
            revision = current_revision(engine, where)
    finally:
        engine.dispose()
    if revision is None or not _known_revision(revision):
        raise BackupError(f"{dump_file} did not restore an OpsDesk workspace this app knows (schema {revision})",
                          reason="not_a_workspace", path=where)
    return revision


def server_url(host: str, port: int, database: str, user: str) -> str:
    """``postgresql://user@host:port/database`` (no password: libpq's ``.pgpass`` or ``use_password``)."""
    return URL.create("postgresql", username=user.strip() or None, host=host.strip() or None, port=int(port),
                      database=database.strip() or None).render_as_string(hide_password=False)


def server_parts(url: str) -> dict[str, Any]:
    """host, port, database and user of a server URL (for a form), never its password."""
    parsed = make_url(url)
    return {"host": parsed.host or "", "port": int(parsed.port or 5432), "database": parsed.database or "",
            "user": parsed.username or ""}


# ---------------------------------------------------------------- what `opsdesk db check` asks the server (opsdesk.check)


class AmcheckResult:
    """amcheck's findings: ``lines`` (table, message) when it ran (``detail`` says over what), else ``note``
    says why it did not."""

    def __init__(self, note: str = "", lines: list[tuple[str, str]] | None = None, detail: str = "") -> None:
        self.note = note
        self.lines = lines or []
        self.detail = detail


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    shown = str(orig).strip()
    return shown.splitlines()[0] if shown else type(orig).__name__


def amcheck(engine: Engine) -> AmcheckResult:
    """amcheck's ``verify_heapam`` over every table and ``bt_index_check`` over every B-tree index of the
    workspace's schema, when the database already has the extension and this user may run it. Never installs
    it: ``CREATE EXTENSION`` is a superuser's write, and the check only reads. Each table and index in its own
    savepoint, so one damaged relation does not hide the others."""
    with engine.connect() as conn:
        version = conn.scalar(text("SELECT extversion FROM pg_extension WHERE extname = 'amcheck'"))
        checksums = conn.scalar(text("SHOW data_checksums"))
        if version is None:
            return AmcheckResult(
                f"not checked here: the server keeps its own integrity (write-ahead log; data checksums {checksums}) "
                "and this database has no amcheck extension; run pg_amcheck on the server for a physical check")
        may_index, may_heap = conn.execute(text(
            "SELECT coalesce(has_function_privilege(to_regprocedure('bt_index_check(regclass,boolean)'), 'EXECUTE'), "
            "false), coalesce(has_function_privilege(to_regprocedure("
            "'verify_heapam(regclass,boolean,boolean,text,bigint,bigint)'), 'EXECUTE'), false)")).one()
        if not may_index:
            return AmcheckResult("not checked here: amcheck is installed but this user may not run it; run "
                                 "pg_amcheck on the server, or grant EXECUTE on its functions")
        tables = conn.execute(text(
            "SELECT c.oid, c.relname FROM pg_class c WHERE c.relkind = 'r' "
            "AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname")).all() if may_heap else []
        indexes = conn.execute(text(
            "SELECT i.indexrelid, ic.relname, t.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
            "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_am a ON a.oid = ic.relam WHERE a.amname = 'btree' "
            "AND t.relnamespace = current_schema()::regnamespace ORDER BY t.relname, ic.relname")).all()
        lines: list[tuple[str, str]] = []
        for oid, table in tables:
            try:
                with conn.begin_nested():
                    found = conn.execute(text("SELECT blkno, offnum, msg FROM verify_heapam(CAST(:oid AS oid))"),
                                         {"oid": oid}).all()
            except sa_exc.DBAPIError as exc:
                found = [(None, None, _first_line(exc))]
            lines += [(table, f"table {table}: " + (f"page {blk}, item {off}: " if blk is not None else "") + msg)
                      for blk, off, msg in found]
        for oid, index, table in indexes:
            try:
                with conn.begin_nested():
                    conn.execute(text("SELECT bt_index_check(CAST(:oid AS oid), false)"), {"oid": oid})
            except sa_exc.DBAPIError as exc:
                lines.append((table, f"table {table}: index {index}: {_first_line(exc)}"))
        conn.rollback()
    detail = f"amcheck {version}: {len(indexes)} indexes" + (f", {len(tables)} tables" if may_heap else "")
    return AmcheckResult(lines=lines, detail=detail)


_FOREIGN_KEYS = """
SELECT ch.relname, pa.relname,
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num ORDER BY k.ord),
       ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.num ORDER BY k.ord),
       EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'id' AND NOT a.attisdropped)
FROM pg_constraint c JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
WHERE c.contype = 'f' AND ch.relnamespace = current_schema()::regnamespace
ORDER BY ch.relname, c.conname
"""


def foreign_key_violations(engine: Engine, limit: int) -> tuple[int, list[tuple[str, str, str, list[tuple[str, Any]]]]]:
    """Rows whose foreign key points at nothing (the server enforces its keys, but a superuser's
    ``session_replication_role = replica`` or disabled triggers bypass them): the total, and up to ``limit`` of
    them as (table, row id — or ctid without an id column —, parent table, [(column, value)]). All key columns
    set, as SQLite's MATCH SIMPLE."""
    total = 0
    named: list[tuple[str, str, str, list[tuple[str, Any]]]] = []
    with engine.connect() as conn:
        quote = conn.dialect.identifier_preparer.quote
        for table, parent, cols, refs, has_id in conn.execute(text(_FOREIGN_KEYS)).all():
            where = " AND ".join([f"c.{quote(col)} IS NOT NULL" for col in cols] + [
                "NOT EXISTS (SELECT 1 FROM {} AS p WHERE {})".format(
                    quote(parent), " AND ".join(f"p.{quote(r)} = c.{quote(col)}" for col, r in zip(cols, refs)))])
            found = conn.scalar(text(f"SELECT count(*) FROM {quote(table)} AS c WHERE {where}"))
            if not found:
                continue
            total += found
            room = max(limit - len(named), 0)
            if not room:
                continue
            locator = "c.id::text" if has_id else "c.ctid::text"
            picked = ", ".join(f"c.{quote(col)}" for col in cols)
            for row_id, *values in conn.execute(text(f"SELECT {locator}, {picked} FROM {quote(table)} AS c "
                                                     f"WHERE {where} ORDER BY 1 LIMIT {room}")):
                named.append((table, row_id, parent, list(zip(cols, values))))
        conn.rollback()
    return total, named
