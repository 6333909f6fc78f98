"""Opening a workspace database: engine, pragmas, migrate-on-open with backup, node identity.

A workspace is one SQLite file plus a sibling ``<name>.files/`` folder for
attachments. Opening it:

1. refuses a file that is not SQLite, not ours, or written by a newer OpsDesk;
2. if the schema is behind, copies the database with ``VACUUM INTO`` next to
   it, then applies the Alembic migrations in ``db/``;
3. creates this installation's node identity (Ed25519) on first open.

Alembic is imported only when the schema is not already at the head: the usual
open compares the stored revision with the newest file in ``db/versions`` (one
linear chain, the head is the highest-numbered file) and goes no further.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, func, select, text
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import NullPool

from opsdesk import paths
from opsdesk.errors import DatabaseNeedsUpgradeError, DatabaseTooNewError, NotADatabaseError
from opsdesk.models import ChangeLog, Meta, Node
from opsdesk.sync.capture import CaptureContext, OpsSession
from opsdesk.sync.hlc import HybridClock

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _install_pragmas(engine: Engine, *, foreign_keys: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite's
        # implicit transactions would defer it and break IMMEDIATE).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # noqa: ANN001
        if conn.get_execution_options().get("sqlite_immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def make_engine(path: Path, *, foreign_keys: bool = True, pooled: bool = True) -> Engine:
    kwargs = {} if pooled else {"poolclass": NullPool}
    engine = create_engine(_url(path), connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
    _install_pragmas(engine, foreign_keys=foreign_keys)
    return engine


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
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        return False
    return True


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
        raise NotADatabaseError(f"{path} cannot be read: {exc}", path=str(path)) from exc


def migrate(path: Path, *, target: str = "head", backup: bool = True) -> MigrationResult:
    """Bring the database at ``path`` to ``target``, backing it up first if it holds a schema."""
    path = Path(path)
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
    engine = make_engine(path, foreign_keys=False, pooled=False)
    try:
        if backup and before is not None:
            saved = backup_path(path, before)
            # VACUUM cannot run inside a transaction: use the driver connection directly.
            raw = engine.raw_connection()
            try:
                raw.driver_connection.execute("VACUUM INTO ?", (str(saved),))
            finally:
                raw.close()
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            conn.commit()
    finally:
        engine.dispose()
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


def _ensure_node(session) -> NodeIdentity:  # noqa: ANN001
    local = session.scalars(select(Node).where(Node.is_local.is_(True))).first()
    if local is not None:
        return NodeIdentity(local.id, local.public_key)
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
                 migration: MigrationResult | None = None) -> None:
        self.path = path
        self.engine = engine
        self.node = node
        self.clock = clock
        self.migration = migration
        self._read = sessionmaker(bind=engine, class_=OpsSession, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(sqlite_immediate=True), class_=OpsSession, expire_on_commit=False
        )

    @classmethod
    def open(cls, path: str | Path, *, migrate_schema: bool = True) -> "Database":
        path = Path(path).expanduser().resolve()
        result = None
        if migrate_schema:
            result = migrate(path)
        else:
            rev = current_revision(path)
            if rev != latest_migration_file() and rev != head_revision():  # Alembic only when not at head
                if rev is not None and not _known_revision(rev):
                    raise DatabaseTooNewError(f"{path} was written by a newer OpsDesk", revision=rev)
                raise DatabaseNeedsUpgradeError(f"{path} is at schema {rev}, needs {head_revision()}",
                                                revision=rev)
        engine = make_engine(path)
        sessions = sessionmaker(bind=engine.execution_options(sqlite_immediate=True), class_=OpsSession)
        with sessions.begin() as s:
            node = _ensure_node(s)
            last = s.scalar(select(func.max(ChangeLog.hlc)))
            own = s.scalar(select(func.max(ChangeLog.hlc)).where(ChangeLog.node_id == node.node_id))
        return cls(path, engine, node, HybridClock(node.node_id, last, own=own), result)

    @property
    def attachments_dir(self) -> Path:
        return self.path.with_name(self.path.stem + ".files")

    @contextlib.contextmanager
    def transaction(self, actor_id: str | None = None) -> Iterator[OpsSession]:
        """One unit of work: commits on success, rolls everything back on error."""
        with self._write.begin() as session:
            session.info["capture"] = CaptureContext(self.node.node_id, self.clock, actor_id)
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[OpsSession]:
        """A read-only session; anything it tries to write is refused by the capture hook."""
        with self._read() as session:
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
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]

    def close(self) -> None:
        self.engine.dispose()
