"""Helpers of the sync refusal and crash tests: take a package apart and put it back together
(optionally re-signed with the sender's real node key), and capture the exact state of a
closed workspace (logical dump, file bytes, WAL, photo store) to prove nothing changed."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES = "changes.jsonl"

Members = list[tuple[str, bytes]]


# ---------------------------------------------------------------- packages


def read_members(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def write_members(path: Path, members: Members, *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """Write the members in this order, names exactly as given (no normalisation by us)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are written on purpose by some tests
        with zipfile.ZipFile(path, "w", compression=compression) as zf:
            for name, data in members:
                zf.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data,
                            compress_type=compression)
    return path


def get(members: Members, name: str) -> bytes:
    found = [data for n, data in members if n == name]
    assert len(found) == 1, (name, [n for n, _ in members])
    return found[0]


def put(members: Members, name: str, data: bytes) -> Members:
    """Replace (or append) one member's bytes, order kept."""
    out = [(n, data if n == name else d) for n, d in members]
    if not any(n == name for n, _ in members):
        out.append((name, data))
    return out


def manifest_of(members: Members) -> dict[str, Any]:
    return json.loads(get(members, MANIFEST))


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    """The writer's exact serialisation (opsdesk.sync.package.write_package)."""
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    return base64.b64encode(key.sign(data)) + b"\n"


def member_entry(data: bytes) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def resign(members: Members, key: Ed25519PrivateKey,
           edit: Callable[[dict[str, Any]], None] | None = None) -> Members:
    """Let ``edit`` change the manifest, then write it back and sign it with ``key``."""
    manifest = manifest_of(members)
    if edit is not None:
        edit(manifest)
    data = manifest_bytes(manifest)
    return put(put(members, MANIFEST, data), SIGNATURE, sign(key, data))


def with_changes(members: Members, key: Ed25519PrivateKey, changes: bytes) -> Members:
    """Replace changes.jsonl, record its true hash in the manifest and re-sign: only the
    content checks after the signature can refuse it."""

    def edit(m: dict[str, Any]) -> None:
        m["format_version"] = 1  # one record a line
        m["members"][CHANGES] = member_entry(changes)
        m["counts"]["changes"] = sum(1 for line in changes.splitlines() if line.strip())

    return resign(put(members, CHANGES, changes), key, edit)


def change_lines(members: Members) -> list[dict[str, Any]]:
    """The package's records as format 1 writes them (a line each), whichever format it has."""
    if manifest_of(members).get("format_version", 1) >= 2:
        from opsdesk.sync.apply import block_records

        out: list[dict[str, Any]] = []
        for line in get(members, CHANGES).splitlines():
            if line.strip():
                block = json.loads(line)
                out += block_records(len(out) + 1, block)
        return out
    return [json.loads(line) for line in get(members, CHANGES).splitlines() if line.strip()]


def package_records(path: Path) -> list[dict[str, Any]]:
    """``change_lines`` of a package file."""
    return change_lines(read_members(path))


def blocks(records: list[dict[str, Any]]) -> bytes:
    """Format 2's change list of these records (format 1's dicts), as the app writes it."""
    from opsdesk.sync.package import _Blocks

    class Sink:
        def __init__(self) -> None:
            self.parts: list[bytes] = []

        def write(self, data: bytes) -> None:
            self.parts.append(data)

    sink = Sink()
    writer = _Blocks(sink)  # type: ignore[arg-type]
    for record in records:
        writer.add(record)
    writer.close()
    return b"".join(sink.parts)


def as_blocks(members: Members, key: Ed25519PrivateKey) -> Members:
    """A package of format 1 (its records as they are, crafted ones too) turned into format 2, re-signed."""
    records = change_lines(members)
    changes = blocks(records)

    def edit(m: dict[str, Any]) -> None:
        m["format_version"] = 2
        m["members"][CHANGES] = member_entry(changes)
        m["counts"]["changes"] = len(records)

    return resign(put(members, CHANGES, changes), key, edit)


def jsonl(records: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() + b"\n" for r in records)


def node_key(db_file: Path | str) -> Ed25519PrivateKey:
    """The workspace's node key: the PEM in its meta table (read with a plain connection; a file or a URL)."""
    from engine_helpers import RawConnection

    conn = RawConnection(target_of(db_file))
    try:
        (pem,) = conn.execute("SELECT value FROM meta WHERE key = 'node_private_key'").fetchone()
    finally:
        conn.close()
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, Ed25519PrivateKey)
    return key


def hlc(wall_ms: int, node: str, counter: int = 0) -> str:
    return f"{wall_ms:015d}-{counter:06d}-{node}"


# ---------------------------------------------------------------- workspaces of either backend


def target_of(where: Any) -> Path | str:  # noqa: ANN401
    """A workspace's file path, or its server URL (for a plain psycopg connection), from an AppContext, a
    Database, a path or a URL."""
    db = getattr(where, "db", where)
    if hasattr(db, "engine"):
        where = db.path if db.path is not None else db.url
    if isinstance(where, str) and where.startswith("postgresql"):
        return where.replace("postgresql+psycopg://", "postgresql://")
    return Path(where)


def is_server(where: Any) -> bool:  # noqa: ANN401
    return isinstance(target_of(where), str)


def stored_rows(where: Any, tables: list[str], skip: tuple[str, ...] = (),  # noqa: ANN401
                columns: list[str] | None = None) -> dict[str, list[tuple]]:
    """Every row of these tables, all columns but ``skip`` (or exactly ``columns``, in that order), sorted,
    each value as SQLite stores it: a file's raw values as they are, a server's converted by the column's
    SQLite type processor (dates and times as SQLite's text, booleans as 0/1), so workspaces of the two
    backends compare value for value."""
    from opsdesk.models import Base

    target = target_of(where)
    out: dict[str, list[tuple]] = {}
    if isinstance(target, Path):
        conn = sqlite3.connect(str(target))
        try:
            for t in tables:
                names = columns or [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")') if r[1] not in skip]
                out[t] = sorted(conn.execute(f'SELECT {", ".join(names)} FROM "{t}"').fetchall(), key=repr)
        finally:
            conn.close()
        return out
    import psycopg
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    with psycopg.connect(target) as conn:
        for t in tables:
            table = Base.metadata.tables[t]
            names = columns or [r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position",
                (t,)).fetchall() if r[0] not in skip]
            procs = []
            for n in names:
                impl = table.c[n].type.dialect_impl(dialect)
                procs.append(impl.bind_processor(dialect) if not hasattr(impl, "process_bind_param") else None)
            rows = conn.execute(f'SELECT {", ".join(chr(34) + n + chr(34) for n in names)} FROM "{t}"').fetchall()
            out[t] = sorted((tuple(p(v) if p is not None and v is not None else v for p, v in zip(procs, row))
                             for row in rows), key=repr)
    return out


# ---------------------------------------------------------------- workspace state


def dump(db_file: Path | str) -> list[str]:
    """Logical content of the file (or of the server database: ``pg_cluster.dump``), read through a fresh
    plain connection."""
    if is_server(db_file):
        import pg_cluster

        return pg_cluster.dump(target_of(db_file)).splitlines()
    conn = sqlite3.connect(str(db_file))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _sha(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _files(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): _sha(p) or "" for p in sorted(folder.rglob("*")) if p.is_file()}


@dataclass(frozen=True)
class State:
    file_sha: str
    wal_sha: str | None
    dump: tuple[str, ...]
    photos: dict[str, str]


def state(db_file: Path | str) -> State:
    """The state of a CLOSED workspace (every engine disposed, so the WAL is checkpointed).
    Bytes are hashed before the dump opens its own connection. A server workspace (a URL) has no file
    and no WAL: its state is its dump (rows and triggers, pg_cluster.dump) and its photo store."""
    if is_server(db_file):
        from opsdesk.db import Database

        db = Database.open(str(db_file), readonly=True)
        try:
            photos = _files(db.attachments_dir)
        finally:
            db.close()
        return State("", None, tuple(dump(db_file)), photos)
    file_sha = _sha(db_file)
    wal_sha = _sha(db_file.with_name(db_file.name + "-wal"))
    assert file_sha is not None, db_file
    content = tuple(dump(db_file))
    photos = _files(db_file.with_name(db_file.stem + ".files"))
    return State(file_sha, wal_sha, content, photos)


_TIME = re.compile(r"'\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?'")
_HASH = re.compile(r"'[0-9a-f]{64}'")
_VOLATILE = ('INSERT INTO "audit_entry"', 'INSERT INTO "import_ledger"', 'INSERT INTO "node"')
_PG_VOLATILE = ("audit_entry", "import_ledger", "node")
_PG_TIME = re.compile(r"datetime\.datetime\([\d, ]+\)")
_PG_SEQUENCED = ("change_log", "sync_conflict")  # their first column is numbered by a sequence
_NUMBERED = re.compile(r"\((\d+),")


def tables_of(lines: list[str] | tuple[str, ...]) -> list[tuple[str, str]]:
    """(table, line) of each row line of a dump: SQLite's ``INSERT INTO "t"`` lines, or the rows under
    pg_cluster.dump's ``-- t`` headers."""
    out, section = [], ""
    for line in lines:
        if line.startswith("-- "):
            section = line[3:]
            continue
        match = re.match(r'INSERT INTO "([^"]+)"', line)
        out.append((match.group(1) if match else section, line))
    return out


def normalized(lines: list[str] | tuple[str, ...]) -> list[str]:
    """A dump with the parts two clean imports of one package legitimately differ in masked:
    the wall-clock times of the ledger, node and audit rows and the audit hashes (which cover those times).

    A server's dump (pg_cluster.dump: rows as tuples under ``-- table`` headers) is masked the same way, and
    the numbers its sequences gave (``change_log.seq``, ``sync_conflict.id``) are renumbered 1, 2, 3 ... in
    their order: a PostgreSQL sequence is never rolled back, so an import rolled back before leaves a gap
    that a clean import into the same database does not."""
    out, section, numbered = [], "", []

    def renumber() -> None:
        order = sorted(numbered, key=lambda line: int(_NUMBERED.match(line).group(1)))
        out.extend(sorted(_NUMBERED.sub(f"({n},", line, count=1) for n, line in enumerate(order, start=1)))
        numbered.clear()

    for line in lines:
        if line.startswith("-- "):
            renumber()
            section = line[3:]
        elif line.startswith(_VOLATILE) or section in _PG_VOLATILE:
            line = _HASH.sub("'H'", _PG_TIME.sub("'T'", _TIME.sub("'T'", line)))
        if section in _PG_SEQUENCED and not line.startswith("-- "):
            assert _NUMBERED.match(line), line
            numbered.append(line)
            continue
        out.append(line)
    renumber()
    return out
