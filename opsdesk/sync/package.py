"""The sync package: a signed zip file (DESIGN.md §4).

Members::

    manifest.json        format, package id, sender, schema revision, what the sender has seen,
                         the head of the sender's audit chain (``audit_head``: node, seq, hash;
                         absent in older packages) and the sha256 + size of every other member
    manifest.sig         Ed25519 signature of manifest.json's bytes by the sender's node key
    changes.jsonl        format 1: one change record per line; format 2: one block of records per line, the
                         records of one table and field as columns (``opsdesk.sync.apply.parse_blocks``)
    attachments/<sha256> the photos the changes refer to

Writing goes to a temporary file next to the target, renamed into place when complete.
Reading verifies in the order of the design, before anything is applied: size limits
(zip bombs), member names (only those of the manifest, no paths), the signature against
the sender's trusted key, every hash, the schema revision, the sender's clock.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import lzma
import os
import re
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from opsdesk.errors import (
    BadSignatureError,
    ClockSkewError,
    PackageCorruptError,
    PackageMemberError,
    PackageTamperedError,
    PackageTooLargeError,
    PackageTooNewError,
    UnknownNodeError,
)
from opsdesk.sync.codec import json_texts, object_texts
from opsdesk.sync.hlc import MAX_FUTURE_MS, HLC

ROW_FIELD = "*"  # a whole-row record's field (opsdesk.sync.capture.ROW_FIELD)
# The columns of a block of format 2 (opsdesk.sync.apply reads them), one entry per record.
BLOCK_COLUMNS = ("change_id", "node", "hlc", "row", "base", "kind", "actor")

FORMAT = "opsdesk-sync"
FORMAT_VERSION = 2  # what this app writes; it reads every format up to it
FORMATS = (1, 2)
SUFFIX = ".opsync"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CHANGES = "changes.jsonl"
ATTACHMENTS = "attachments/"
_ATTACHMENT_RE = re.compile(r"attachments/[0-9a-f]{64}")
# Unpacked size limits: the whole package, and the change list (read into memory).
DEFAULT_MAX_BYTES = 4 * 1024**3
MAX_CHANGES_BYTES = 1024**3
MAX_MANIFEST_BYTES = 16 * 1024**2
MAX_MEMBERS = 1_000_000
# Format 2: one block (a line of the change list) is parsed at a time; the writer closes a block at
# BLOCK_RECORDS records or BLOCK_TEXT bytes of values, so an honest block is far below MAX_BLOCK_BYTES.
MAX_BLOCK_BYTES = 256 * 1024**2
BLOCK_RECORDS = 20_000
BLOCK_TEXT = 8 * 1024**2
_CHUNK = 1 << 20
# What a damaged zip can raise while it is opened or read (an encrypted or exotic member raises
# RuntimeError or NotImplementedError; bad compressed data a decompressor's own error).
ZIP_ERRORS = (zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError, NotImplementedError, zlib.error,
              lzma.LZMAError)

ProgressFn = Callable[[int, int], None]


def fingerprint(public_key_b64: str) -> str:
    """The short form people compare by phone: sha256 of the raw key, 8 groups of 4 hex digits."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def node_id_for(public_key_b64: str) -> str:
    """A node's id is derived from its key, so an id cannot be claimed with another key."""
    return hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:16]


def _valid_member(name: str) -> bool:
    return name in (MANIFEST, SIGNATURE, CHANGES) or bool(_ATTACHMENT_RE.fullmatch(name))


@dataclass(frozen=True)
class WrittenPackage:
    path: Path
    package_id: str
    size: int
    changes: int
    attachments: int


class _HashingWriter:
    def __init__(self, target: Any) -> None:
        self.target = target
        self.digest = hashlib.sha256()
        self.size = 0
        self._buffer: list[bytes] = []
        self._buffered = 0

    def write(self, data: bytes) -> None:
        self._buffer.append(data)
        self._buffered += len(data)
        if self._buffered >= _CHUNK:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            chunk = b"".join(self._buffer)
            self.digest.update(chunk)
            self.target.write(chunk)
            self.size += len(chunk)
            self._buffer.clear()
            self._buffered = 0


class _Blocks:
    """Format 2's change list: records grouped by table and field (whole rows: by table and set of fields),
    each group written as a block of columns when it is full and at the end. A record whose logged text is
    not the canonical text of its value (``dumps``) goes into a block of texts, kept as it is."""

    def __init__(self, out: _HashingWriter) -> None:
        self.out = out
        self.groups: dict[tuple, dict[str, Any]] = {}
        self.records = 0

    def add(self, record: dict[str, Any]) -> None:
        text = record["value"]
        value: Any = None
        kept = text is None
        if not kept:
            try:
                value = json.loads(text)
            except (ValueError, RecursionError):
                kept = True
        if record["field"] == ROW_FIELD and not kept and type(value) is not dict:
            kept = True
        if kept:
            key: tuple = (record["table"], record["field"], None)
        elif record["field"] == ROW_FIELD:
            key = (record["table"], ROW_FIELD, tuple(value))
        else:
            key = (record["table"], record["field"], ())
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = {"columns": {k: [] for k in BLOCK_COLUMNS}, "texts": [], "values": None,
                                        "size": 0}
            if not kept:
                group["values"] = [[] for _ in key[2]] if record["field"] == ROW_FIELD else [[]]
        columns = group["columns"]
        for k in BLOCK_COLUMNS:
            columns[k].append(record.get(k))
        group["texts"].append(text)
        if group["values"] is not None:
            if record["field"] == ROW_FIELD:
                for column, v in zip(group["values"], value.values()):
                    column.append(v)
            else:
                group["values"][0].append(value)
        group["size"] += len(text) if text else 0
        self.records += 1
        if len(group["texts"]) >= BLOCK_RECORDS or group["size"] >= BLOCK_TEXT:
            self._write(key, self.groups.pop(key))

    def close(self) -> None:
        for key, group in list(self.groups.items()):
            self._write(key, group)
        self.groups.clear()

    def _write(self, key: tuple, group: dict[str, Any]) -> None:
        table, fname, fields = key
        texts, values, columns = group["texts"], group["values"], group["columns"]
        if values is not None:
            canonical = object_texts(list(fields), values, len(texts)) if fname == ROW_FIELD else json_texts(values[0])
            odd = [i for i, (a, b) in enumerate(zip(canonical, texts)) if a != b]
            if odd:  # written by hand or by another program: these travel as their texts
                self._line(table, fname, None, {k: [c[i] for i in odd] for k, c in columns.items()},
                           texts=[texts[i] for i in odd])
                keep = sorted(set(range(len(texts))) - set(odd))
                columns = {k: [c[i] for i in keep] for k, c in columns.items()}
                values = [[col[i] for i in keep] for col in values]
            if columns["change_id"]:
                self._line(table, fname, list(fields) if fname == ROW_FIELD else None, columns, values=values)
        else:
            self._line(table, fname, None, columns, texts=texts)

    def _line(self, table: str, fname: str, fields: list[str] | None, columns: dict[str, list[Any]],
              values: list[list[Any]] | None = None, texts: list[Any] | None = None) -> None:
        block: dict[str, Any] = {"table": table, "field": fname, "n": len(columns["change_id"])}
        if fields is not None:
            block["fields"] = fields
        block.update(columns)
        if texts is not None:
            block["texts"] = texts
        else:
            block["values"] = values
        self.out.write(json.dumps(block, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")


def write_package(path: str | Path, *, key: Ed25519PrivateKey, header: dict[str, Any],
                  changes: Iterable[dict[str, Any]], attachments: Iterable[tuple[str, Path]],
                  progress: ProgressFn | None = None, total: int = 0,
                  format_version: int = FORMAT_VERSION) -> WrittenPackage:
    """Write a package atomically: a temporary file beside ``path``, renamed when complete.

    ``header`` holds the manifest's own fields (sender, revision, seen...); this adds the
    format, the package id, the member hashes and the counts. ``attachments`` are
    (sha256, file) pairs; a file whose bytes do not match its name is left out.
    ``format_version`` 1 writes a package that OpsDesk before format 2 reads (one record a line).
    """
    if format_version not in FORMATS:
        raise ValueError(f"package format {format_version}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    package_id = str(uuid.uuid4())
    tmp = path.with_name(f".{path.name}.{package_id}.tmp")
    members: dict[str, dict[str, Any]] = {}
    n_changes = n_attachments = 0
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=3) as zf:
            with zf.open(CHANGES, "w", force_zip64=True) as raw:
                out = _HashingWriter(raw)
                blocks = _Blocks(out) if format_version >= 2 else None
                for record in changes:
                    if blocks is not None:
                        blocks.add(record)
                    else:
                        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
                    n_changes += 1
                    if progress and n_changes % 5000 == 0:
                        progress(n_changes, total)
                if blocks is not None:
                    blocks.close()
                out.flush()
            members[CHANGES] = {"sha256": out.digest.hexdigest(), "size": out.size}
            for sha, source in attachments:
                name = ATTACHMENTS + sha
                if name in members or not source.is_file():
                    continue
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_STORED  # photos are compressed already
                digest, size = hashlib.sha256(), 0
                with zf.open(info, "w", force_zip64=True) as dst, source.open("rb") as src:
                    for chunk in iter(lambda: src.read(_CHUNK), b""):
                        digest.update(chunk)
                        size += len(chunk)
                        dst.write(chunk)
                if digest.hexdigest() != sha:  # a damaged local copy must not travel under its old name
                    raise PackageTamperedError(f"attachment {sha} in the local store is damaged", member=name)
                members[name] = {"sha256": sha, "size": size}
                n_attachments += 1
            manifest = dict(header)
            manifest.update(format=FORMAT, format_version=format_version, package_id=package_id,
                            members=members, counts={"changes": n_changes, "attachments": n_attachments})
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
            zf.writestr(MANIFEST, manifest_bytes)
            zf.writestr(SIGNATURE, base64.b64encode(key.sign(manifest_bytes)) + b"\n")
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    if progress:
        progress(n_changes, total or n_changes)
    return WrittenPackage(path, package_id, path.stat().st_size, n_changes, n_attachments)


@dataclass
class Sender:
    """What the receiving workspace knows of a package's sender."""

    public_key: str
    trusted: bool


@dataclass
class VerifiedPackage:
    """A package whose every check passed; its members can be read safely."""

    path: Path
    manifest: dict[str, Any]
    changes_bytes: bytes
    attachment_names: list[str]
    size: int
    sender_known: bool
    format_version: int = 1
    _zip: zipfile.ZipFile | None = field(default=None, repr=False)

    @property
    def package_id(self) -> str:
        return self.manifest["package_id"]

    @property
    def from_node(self) -> str:
        return self.manifest["from_node"]

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.manifest["created"])

    def records(self) -> Iterator[tuple[int, Any]]:
        """(line number, parsed JSON) of every change record."""
        for number, line in enumerate(io.BytesIO(self.changes_bytes), start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise PackageCorruptError(f"{CHANGES} line {number}: {exc}", member=CHANGES, line=number) from None

    def blocks(self) -> Iterator[tuple[int, Any]]:
        """Format 2: (number of its first record, parsed JSON) of every block of records."""
        first = 1
        for number, line in enumerate(io.BytesIO(self.changes_bytes), start=1):
            if not line.strip():
                continue
            if len(line) > MAX_BLOCK_BYTES:
                raise PackageTooLargeError(f"{CHANGES} line {number} is larger than {MAX_BLOCK_BYTES} bytes",
                                           member=CHANGES, limit=MAX_BLOCK_BYTES)
            try:
                block = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
                why = "nested too deeply" if isinstance(exc, RecursionError) else exc
                raise PackageCorruptError(f"{CHANGES} line {number}: {why}", member=CHANGES, line=number) from None
            yield first, block
            count = block.get("n") if isinstance(block, dict) else None
            first += count if type(count) is int and count > 0 else 1

    def copy_attachment(self, sha: str, target: Path) -> None:
        """Copy one verified attachment to ``target`` (through a temporary file)."""
        assert self._zip is not None
        tmp = target.with_name(f".{target.name}.incoming")
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        with self._zip.open(ATTACHMENTS + sha) as src, tmp.open("wb") as dst:
            for chunk in iter(lambda: src.read(_CHUNK), b""):
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        if digest.hexdigest() != sha:  # the file changed on disk since it was verified
            tmp.unlink(missing_ok=True)
            raise PackageTamperedError(f"attachment {sha} changed while importing", member=ATTACHMENTS + sha)
        os.replace(tmp, target)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
            self._zip = None


def _read_member(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    with zf.open(name) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise PackageTooLargeError(f"{name} is larger than {limit} bytes", member=name, limit=limit)
    return data


def open_package(path: str | Path, *, sender: Callable[[str], Sender | None],
                 known_revision: Callable[[str], bool], trust_new: bool = False,
                 max_bytes: int = DEFAULT_MAX_BYTES, now_ms: Callable[[], int] | None = None) -> VerifiedPackage:
    """Open and verify a package; raises a :class:`~opsdesk.errors.SyncError` on the first problem.

    ``sender(node_id)`` looks up the node in the receiving workspace; an unknown or
    untrusted sender is refused unless ``trust_new`` (the user accepted its fingerprint).
    """
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise
    except ZIP_ERRORS as exc:
        raise PackageCorruptError(f"{path.name} is not a readable sync package: {exc}", path=str(path)) from None
    try:
        package = _verify(zf, path, sender=sender, known_revision=known_revision, trust_new=trust_new,
                          max_bytes=max_bytes, now_ms=now_ms)
    except ZIP_ERRORS as exc:
        zf.close()
        if isinstance(exc, FileNotFoundError):
            raise
        raise PackageCorruptError(f"{path.name} is damaged: {exc}", path=str(path)) from None
    except BaseException:
        zf.close()
        raise
    package._zip = zf
    return package


def _verify(zf: zipfile.ZipFile, path: Path, *, sender: Callable[[str], Sender | None],
            known_revision: Callable[[str], bool], trust_new: bool, max_bytes: int,
            now_ms: Callable[[], int] | None) -> VerifiedPackage:
    infos = zf.infolist()
    # 1. Size limits, from the central directory, before anything is unpacked.
    if len(infos) > MAX_MEMBERS:
        raise PackageTooLargeError(f"{len(infos)} members", limit=MAX_MEMBERS)
    total = sum(i.file_size for i in infos)
    if total > max_bytes:
        raise PackageTooLargeError(f"unpacks to {total} bytes, the limit is {max_bytes}", size=total, limit=max_bytes)
    # 2. Member names: only ours, no paths, no duplicates.
    names = [i.filename for i in infos]
    for name in names:
        if not _valid_member(name):
            raise PackageMemberError(f"member {name!r} is not allowed in a sync package", member=name)
    if len(set(names)) != len(names):
        raise PackageMemberError("a member name appears twice", member="")
    if MANIFEST not in names or SIGNATURE not in names:
        raise PackageCorruptError("the manifest or its signature is missing")
    manifest_bytes = _read_member(zf, MANIFEST, MAX_MANIFEST_BYTES)
    try:
        manifest = json.loads(manifest_bytes)
        if not isinstance(manifest, dict):
            raise ValueError("not an object")
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageCorruptError(f"the manifest is not valid JSON: {exc}") from None
    if manifest.get("format") != FORMAT:
        raise PackageCorruptError("not an OpsDesk sync package")
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise PackageCorruptError("the manifest has no format version")
    if version < 1:
        raise PackageCorruptError(f"the manifest's format version {version} is not one")
    if version > FORMAT_VERSION:
        raise PackageTooNewError(f"package format {version} is newer than this app's ({FORMAT_VERSION})",
                                 revision=str(version))
    members = manifest.get("members")
    required = ("package_id", "from_node", "public_key", "created", "created_hlc", "schema_revision")
    if not isinstance(members, dict) or any(not isinstance(manifest.get(k), str) for k in required):
        raise PackageCorruptError("the manifest lacks required fields")
    for name, meta in members.items():
        if name in (MANIFEST, SIGNATURE) or not _valid_member(name):
            raise PackageMemberError(f"the manifest lists {name!r}", member=name)
        if not isinstance(meta, dict) or not isinstance(meta.get("sha256"), str) or not isinstance(meta.get("size"), int):
            raise PackageCorruptError(f"the manifest entry of {name} is incomplete")
    present = set(names) - {MANIFEST, SIGNATURE}
    extra = sorted(present - set(members))
    if extra:
        raise PackageMemberError(f"member {extra[0]!r} is not in the manifest", member=extra[0])
    missing = sorted(set(members) - present)
    if missing:
        raise PackageCorruptError(f"member {missing[0]} listed in the manifest is missing", member=missing[0])
    if CHANGES not in members:
        raise PackageCorruptError("the package has no change list")
    # 3. Signature, with the key the sender's id is derived from and the one we trust for it.
    from_node, public_key = manifest["from_node"], manifest["public_key"]
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        signature = base64.b64decode(_read_member(zf, SIGNATURE, 1024).strip(), validate=True)
        key.verify(signature, manifest_bytes)
    except (InvalidSignature, ValueError) as exc:
        raise BadSignatureError(f"the signature of the package does not verify ({exc.__class__.__name__})",
                                node=from_node) from None
    if node_id_for(public_key) != from_node:
        raise BadSignatureError(f"node id {from_node} does not belong to the signing key", node=from_node)
    known = sender(from_node)
    if known is not None and known.public_key != public_key:
        raise BadSignatureError(f"node {from_node} signed with a key other than the one on record", node=from_node)
    if (known is None or not known.trusted) and not trust_new:
        raise UnknownNodeError(
            f"package from unknown node {from_node} (key fingerprint {fingerprint(public_key)})",
            node=from_node, fingerprint=fingerprint(public_key), name=str(manifest.get("from_name", "")),
        )
    # 4. Every member's hash and size.
    changes_bytes = b""
    for name, meta in members.items():
        digest, size = hashlib.sha256(), 0
        chunks: list[bytes] = []
        if meta["size"] > (MAX_CHANGES_BYTES if name == CHANGES else max_bytes):
            raise PackageTooLargeError(f"{name} is {meta['size']} bytes", member=name)
        with zf.open(name) as fh:
            for chunk in iter(lambda: fh.read(_CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
                if size > meta["size"]:
                    break
                if name == CHANGES:
                    chunks.append(chunk)
        if size != meta["size"] or digest.hexdigest() != meta["sha256"]:
            raise PackageTamperedError(f"member {name} does not match the manifest", member=name)
        if name != CHANGES and digest.hexdigest() != name[len(ATTACHMENTS):]:
            raise PackageTamperedError(f"attachment {name} is not named by its content", member=name)
        if name == CHANGES:
            changes_bytes = b"".join(chunks)
    # 5. Schema revision not newer than ours.
    revision = manifest["schema_revision"]
    if not known_revision(revision):
        raise PackageTooNewError(f"package written with schema {revision}, newer than this app's",
                                 revision=revision)
    # 6. The sender's clock.
    try:
        sent = HLC.parse(manifest["created_hlc"])
        datetime.fromisoformat(manifest["created"])
    except ValueError as exc:
        raise PackageCorruptError(f"the manifest's time is invalid: {exc}") from None
    check_clock(sent.wall_ms, from_node, now_ms)
    return VerifiedPackage(path, manifest, changes_bytes, sorted(n for n in members if n != CHANGES),
                           path.stat().st_size, known is not None and known.trusted, version)


def audit_head_of(manifest: dict[str, Any]) -> tuple[int, str] | None:
    """(seq, hash) of the sender's audit chain head as its manifest states it; None when the
    package has none (written by an older OpsDesk) or it is malformed (ignored, not refused)."""
    head = manifest.get("audit_head")
    if not isinstance(head, dict) or head.get("node") != manifest.get("from_node"):
        return None
    seq, digest = head.get("seq"), head.get("hash")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        return None
    if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
        return None
    return seq, digest


def check_clock(wall_ms: int, node: str, now_ms: Callable[[], int] | None = None) -> None:
    now = now_ms() if now_ms else int(datetime.now().timestamp() * 1000)
    if wall_ms > now + MAX_FUTURE_MS:
        hours = (wall_ms - now) / 3_600_000
        raise ClockSkewError(f"the clock of node {node} is {hours:.0f} hours ahead of ours", node=node,
                             hours=round(hours))
