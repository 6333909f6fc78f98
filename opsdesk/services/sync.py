"""Sync files between workspaces (DESIGN.md §4): export, import, peers, history, conflicts.

Export writes every change the target has not acknowledged (or everything) and the photos
those changes refer to. Import verifies the package completely, copies its photos into the
content-addressed store, then applies it in ONE transaction with the ledger row, the
sender's acknowledgements and an audit entry: any failure leaves the database as it was.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, replace
from dataclasses import fields as dc_fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Text, column, func, insert, literal, select, text
from sqlalchemy.orm import Session

from opsdesk import backend, decisions, logs
from opsdesk.errors import (
    Cancelled,
    NotFoundError,
    OwnPackageError,
    PackageContentError,
    PackageCorruptError,
    SyncError,
)
from opsdesk.ids import utcnow
from opsdesk.models import (
    Base,
    ChangeLog,
    ExportLedger,
    ImportLedger,
    Meta,
    Node,
    PeerAck,
    Synced,
    SyncConflict,
)
from opsdesk.permissions import A, require
from opsdesk.services.context import AppContext
from opsdesk.sync.codec import decode, dumps, encode

if TYPE_CHECKING:
    from opsdesk.sync.apply import ApplyStats

RECEIVE_REGIONS_KEY = "sync_receive_regions"
# meta key prefix of the last audit chain head seen from a peer (JSON), see _note_peer_head
AUDIT_HEAD_KEY = "audit_head:"
# Photos copied into the store at the same time by an import (their fsyncs overlap).
_COPY_THREADS = 4

Progress = Callable[[str, int, int], None]  # (stage, done, total)
# A progress callback may raise ``opsdesk.errors.Cancelled`` to stop the job: an import then rolls
# back its transaction, an export leaves no file. Once the work is committed it is too late to cancel:
# the last report is made through ``_report_done`` (a cancel there is ignored).


def _report_done(progress: Callable[..., None] | None, *args: object) -> None:
    """The last progress report, after the work is done: a cancel now changes nothing."""
    if progress:
        try:
            progress(*args)
        except Cancelled:
            pass


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    to_node: str | None
    changes: int
    attachments: int
    size: int


@dataclass(frozen=True)
class HistoryRewrite:
    """A peer's audit chain head went back, or changed at the same entry, between two packages."""

    node_id: str
    seen_seq: int
    seen_hash: str
    now_seq: int
    now_hash: str
    package_id: str
    detected_at: str

    @property
    def message(self) -> str:
        if self.now_seq < self.seen_seq:
            what = f"its audit chain went back from entry {self.seen_seq} to entry {self.now_seq}"
        else:
            what = f"entry {self.now_seq} of its audit chain has another hash than in an earlier package"
        return (f"the history of workspace {self.node_id} was rewritten: {what} "
                f"(package {self.package_id}, noticed {self.detected_at})")

    @classmethod
    def from_json(cls, data: Any) -> HistoryRewrite | None:  # noqa: ANN401
        try:
            return cls(**{k: data[k] for k in cls.__dataclass_fields__})
        except (TypeError, KeyError):
            return None


@dataclass(frozen=True)
class ImportResult:
    package_id: str
    from_node: str
    from_name: str
    already_imported: bool
    changes: int
    applied: int
    known: int
    skipped: int
    conflicts: int
    attachments: int
    history_rewrite: HistoryRewrite | None = None  # the sender's history was rewritten (a warning)

    @property
    def warnings(self) -> tuple[str, ...]:
        return (self.history_rewrite.message,) if self.history_rewrite else ()


@dataclass(frozen=True)
class PeerDTO:
    node_id: str
    name: str
    fingerprint: str
    trusted: bool
    receive_regions: tuple[str, ...] | None
    last_import: datetime | None
    last_export: datetime | None
    imports: int
    exports: int
    history_warning: str | None = None  # its audit chain was seen rewritten (see HistoryRewrite)


@dataclass(frozen=True)
class HistoryEntry:
    direction: str  # "import" | "export"
    package_id: str
    peer_id: str | None
    peer_name: str
    at: datetime
    changes: int
    applied: int | None
    conflicts: int | None
    attachments: int
    size: int
    path: str


@dataclass(frozen=True)
class ConflictDTO:
    id: int
    table: str
    row_id: str
    field: str
    record: str  # the record's human name, e.g. "S001 人民路店 · 2026-11-02 门店标准巡检"
    reason: str  # concurrent | frozen
    current_value: str
    current_author: str
    current_at: datetime | None
    other_value: str
    other_author: str
    other_at: datetime | None
    detected_at: datetime
    status: str
    resolution: str | None
    # An ``unverified`` decision: why it did not verify (decisions.FAIL_REASONS) and its kind (decisions.KINDS).
    detail: str | None = None
    decision: str | None = None


@dataclass(frozen=True)
class LocalNode:
    node_id: str
    name: str
    fingerprint: str
    receive_regions: tuple[str, ...] | None


# ---------------------------------------------------------------- helpers


def _private_key(s: Session):  # noqa: ANN202
    from cryptography.hazmat.primitives import serialization

    pem = s.get(Meta, "node_private_key")
    if pem is None:
        raise SyncError("this workspace has no node key")
    return serialization.load_pem_private_key(pem.value.encode(), password=None)


def _node_name(ctx: AppContext) -> str:
    from opsdesk.services import workspace

    user = workspace.current_user(ctx)
    name = workspace.workspace_name(ctx)
    return f"{name} · {user.name}" if user else name


def hlc_time(hlc: str | None) -> datetime | None:
    """The wall-clock part of an HLC as a naive UTC datetime."""
    if not hlc:
        return None
    try:
        return datetime.fromtimestamp(int(hlc.split("-", 1)[0]) / 1000, UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None


def receive_regions(ctx: AppContext) -> tuple[str, ...] | None:
    raw = ctx.db.get_meta(RECEIVE_REGIONS_KEY)
    return tuple(json.loads(raw)) if raw else None


def set_receive_regions(ctx: AppContext, region_ids: list[str] | None) -> None:
    """Ask peers to send only these regions' stores (None: everything). Sent in our next package.

    An id that is not a region of this workspace is refused (nothing is saved)."""
    from opsdesk.errors import FieldProblem, ValidationError
    from opsdesk.models import Region

    with ctx.read() as s:
        require(s, ctx, A.SYNC_IMPORT)
    if region_ids:
        with ctx.read() as s:
            known = set(s.scalars(select(Region.id).where(Region.id.in_(region_ids), Region.deleted.is_(False))))
        if set(region_ids) - known:
            raise ValidationError([FieldProblem("region_id", "not_found")])
    ctx.db.set_meta(RECEIVE_REGIONS_KEY, json.dumps(sorted(region_ids)) if region_ids else None)


def local_node(ctx: AppContext) -> LocalNode:
    return LocalNode(ctx.db.node.node_id, _node_name(ctx), ctx.db.node.fingerprint, receive_regions(ctx))


def _audit_head(s: Session, node_id: str) -> dict[str, Any]:
    """This workspace's audit chain head, carried in every package (peers compare it over time)."""
    from opsdesk.audit import GENESIS
    from opsdesk.models import AuditEntry

    last = s.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    return {"node": node_id, "seq": last[0] if last else 0, "hash": last[1] if last else GENESIS}


def _note_peer_head(s: Session, node_id: str, package_id: str, created_hlc: str,
                    head: tuple[int, str] | None) -> HistoryRewrite | None:
    """Remember the peer's chain head; a later package showing a lower seq, or the same seq with
    another hash, means its history was rewritten (returned, and kept for ``sync status``).
    An older package arriving late (earlier clock than the one remembered) changes nothing."""
    if head is None:
        return None
    key = AUDIT_HEAD_KEY + node_id
    row = s.get(Meta, key)
    try:
        prev = json.loads(row.value) if row is not None else None
    except ValueError:
        prev = None
    if not isinstance(prev, dict):
        prev = None
    if prev is not None and created_hlc <= str(prev.get("hlc", "")):
        return None
    seq, digest = head
    if prev is not None and prev.get("seq") == seq and prev.get("hash") == digest:
        return None  # the same head as before: nothing to remember
    rewrite = None
    if prev is not None and isinstance(prev.get("seq"), int) and (
            seq < prev["seq"] or (seq == prev["seq"] and digest != prev.get("hash"))):
        rewrite = HistoryRewrite(node_id, prev["seq"], str(prev.get("hash")), seq, digest, package_id,
                                 utcnow().isoformat(timespec="seconds"))
    value: dict[str, Any] = {"seq": seq, "hash": digest, "hlc": created_hlc, "package": package_id}
    kept = asdict(rewrite) if rewrite else (prev or {}).get("rewrite")
    if kept:
        value["rewrite"] = kept
    if row is None:
        s.add(Meta(key=key, value=json.dumps(value, sort_keys=True)))
    else:
        row.value = json.dumps(value, sort_keys=True)
    return rewrite


def _seen(s: Session) -> dict[str, str]:
    return {node: hlc for node, hlc in s.execute(select(ChangeLog.node_id, func.max(ChangeLog.hlc)).group_by(ChangeLog.node_id))}


# ---------------------------------------------------------------- export


def _scope_plan() -> tuple[list[tuple[str, str]], set[str], set[str]]:
    """From the models' declarations: (table, query of its in-scope ids) in dependency order, the
    tables a region scope filters, and the tables never exported."""
    from opsdesk.sync.apply import synced_specs

    specs = synced_specs()
    local = {t for t, s in specs.items() if s.kind == "local"}
    steps: list[tuple[str, str]] = []
    scoped: set[str] = set()
    done: set[str] = set()
    for table, spec in sorted(specs.items()):
        if spec.kind == "store":
            steps.append((table, f'SELECT id FROM "{table}" WHERE "{spec.column}" IN (SELECT id FROM _scope_store)'))
            scoped.add(table)
            done.add(table)
    for table, spec in sorted(specs.items()):
        if spec.kind == "targets":  # wherever one of its (store-scoped) children goes
            child, column = spec.parent
            if specs[child].kind != "store":
                raise TypeError(f"{table}: the children of a targets scope must be store-scoped, not {child}")
            steps.append((table, f'SELECT x."{column}" AS id FROM "{child}" x JOIN _scope_row s '
                                 f"ON s.table_name = '{child}' AND s.row_id = x.id"))
            scoped.add(table)
            done.add(table)
    pending = sorted(t for t, s in specs.items() if s.kind == "parent")
    while pending:
        ready = [t for t in pending if specs[t].parent[0] in done or specs[specs[t].parent[0]].kind == "global"]
        if not ready:
            raise TypeError(f"sync scopes form a cycle: {pending}")
        for table in ready:
            parent, column = specs[table].parent
            pending.remove(table)
            done.add(table)
            if specs[parent].kind == "global":
                continue  # under a global parent: goes everywhere
            scoped.add(table)
            steps.append((table, f'SELECT x.id FROM "{table}" x JOIN _scope_row s '
                                  f"ON s.table_name = '{parent}' AND s.row_id = x.\"{column}\""))
    unscoped = sorted(t for t, s in specs.items() if t not in scoped and s.kind in ("global", "parent"))
    owners = ",".join(f"'{t}'" for t in unscoped) or "''"
    for table, spec in sorted(specs.items()):
        if spec.kind == "owner":
            scoped.add(table)
            steps.append((table, f'SELECT l.id FROM "{table}" l WHERE l.owner_table IN ({owners}) OR EXISTS '
                                 "(SELECT 1 FROM _scope_row s WHERE s.table_name = l.owner_table "
                                 "AND s.row_id = l.owner_id)"))
    tables = synced_table_map_()
    for table, spec in sorted(specs.items()):
        if spec.kind == "linked":
            scoped.add(table)
            for other, t in sorted(tables.items()):
                for fk in t.foreign_keys:
                    if fk.column.table.name == table and other in scoped:
                        steps.append((table, f'SELECT x."{fk.parent.name}" AS id FROM "{other}" x JOIN _scope_row s '
                                             f"ON s.table_name = '{other}' AND s.row_id = x.id"))
    return steps, scoped, local


def synced_table_map_() -> dict:
    from opsdesk.sync.apply import synced_table_map

    return synced_table_map()


# The rows a region scope sends (temporary tables of the exporting connection; see backend.temp_table).
_SCOPE_STORE = backend.temp_table("_scope_store", Column("id", Text, primary_key=True))
_SCOPE_ROW = backend.temp_table("_scope_row", Column("table_name", Text, primary_key=True),
                                Column("row_id", Text, primary_key=True))


def _scope_sql(conn: Any, region_ids: list[str]) -> str:  # noqa: ANN401
    """Fill temp table ``_scope_row`` with the rows of these regions' stores (as the models declare
    their scope); return the WHERE part that keeps the rest of the scoped tables out."""
    from opsdesk.models import Region, Store

    backend.create_temp(conn, _SCOPE_STORE)
    backend.create_temp(conn, _SCOPE_ROW)
    sub = select(Region.id).where(Region.id.in_(region_ids)).cte("sub", recursive=True)
    sub = sub.union(select(Region.id).join(sub, Region.parent_id == sub.c.id))
    conn.execute(insert(_SCOPE_STORE).from_select(
        ["id"], select(Store.id).where(Store.region_id.in_(select(sub.c.id)))))
    steps, scoped, _local = _scope_plan()
    for table, query in steps:
        ids = text(query).columns(column("id")).subquery("q")
        conn.execute(backend.insert_ignore_from_select(conn, _SCOPE_ROW, ["table_name", "row_id"],
                                                       select(literal(table), ids.c.id).where(ids.c.id.is_not(None))))
    names = ",".join(f"'{t}'" for t in sorted(scoped))
    return (f" AND (c.table_name NOT IN ({names}) OR EXISTS (SELECT 1 FROM _scope_row s "
            "WHERE s.table_name = c.table_name AND s.row_id = c.row_id))")


def _never_exported_sql() -> str:
    """Derived fields (recomputed by every receiver; a signed record's, logged at its sign point,
    travel as signed) and local-only tables never travel."""
    from opsdesk.sync.apply import synced_specs

    parts = []
    for table, spec in sorted(synced_specs().items()):
        if spec.kind == "local":
            parts.append(f"c.table_name = '{table}'")
        elif spec.derived:
            fields = ",".join(f"'{f}'" for f in spec.derived)
            parts.append(f"(c.table_name = '{table}' AND c.field IN ({fields}) AND (c.kind IS NULL OR c.kind <> 'sign'))")
    return f" AND NOT ({' OR '.join(parts)})" if parts else ""


@logs.job("sync export", lambda a, k: f"-> {a[1] if len(a) > 1 else k.get('dest')} (to {k.get('to_node') or 'any node'})")
def export_package(ctx: AppContext, dest: str | Path, *, to_node: str | None = None, full: bool = False,
                   progress: Progress | None = None, format_version: int | None = None) -> ExportResult:
    """Write a package for ``to_node`` (what it has not acknowledged) or for anyone (everything).
    ``format_version`` 1 writes one that OpsDesk before package format 2 can read (default: the newest)."""
    from opsdesk.attachments import AttachmentStore
    from opsdesk.sync.package import FORMAT_VERSION, FORMATS, write_package

    if format_version is None:
        format_version = FORMAT_VERSION
    if format_version not in FORMATS:
        raise SyncError(f"package format {format_version} is not one this app writes ({', '.join(map(str, FORMATS))})",
                        format=format_version)

    dest = Path(dest)
    node_name = _node_name(ctx)
    regions = receive_regions(ctx)
    store = AttachmentStore(ctx.db.attachments_dir)
    with ctx.read() as s:
        require(s, ctx, A.SYNC_EXPORT)
        peer = s.get(Node, to_node) if to_node else None
        if to_node and (peer is None or peer.is_local):
            raise NotFoundError(f"unknown node {to_node}: import a package from it first", node=to_node)
        key = _private_key(s)
        conn = s.connection()
        where = _never_exported_sql()
        params: dict[str, Any] = {"peer": to_node or ""}
        if peer is not None and not full:
            where += " AND (a.hlc IS NULL OR c.hlc > a.hlc)"
        if peer is not None and peer.receive_regions:
            where += _scope_sql(conn, json.loads(peer.receive_regions))
        query = ("SELECT c.change_id, c.node_id, c.hlc, c.table_name, c.row_id, c.field, c.value, c.base_hlc, c.kind, "
                 "c.actor_id "
                 "FROM change_log c LEFT JOIN peer_ack a ON a.peer_id = :peer AND a.origin_id = c.node_id "
                 f"WHERE 1 = 1{where} ORDER BY c.seq")
        total = conn.execute(text(f"SELECT count(*) FROM ({query}) AS q"), params).scalar_one()
        attachment_ids: list[str] = []

        def records() -> Iterator[dict[str, Any]]:
            for change_id, node, hlc, table, row, fname, value, base, kind, actor in conn.execute(text(query), params):
                if table == "attachment" and (not attachment_ids or attachment_ids[-1] != row):
                    attachment_ids.append(row)
                yield {"change_id": change_id, "node": node, "hlc": hlc, "table": table, "row": row,
                       "field": fname, "value": value, "base": base, "kind": kind, "actor": actor}

        def files() -> Iterator[tuple[str, Path]]:
            for sha in dict.fromkeys(attachment_ids):
                path = store.path_for(sha)
                if path.is_file():
                    yield sha, path

        header = {
            "from_node": ctx.db.node.node_id,
            "from_name": node_name,
            "public_key": ctx.db.node.public_key,
            "created": utcnow().isoformat(),
            "created_hlc": ctx.db.clock.now(),
            "schema_revision": ctx.db.schema_revision() or "",
            "to_node": to_node,
            "full": bool(full or peer is None),
            "seen": _seen(s),
            "receive_regions": list(regions) if regions else None,
            "audit_head": _audit_head(s, ctx.db.node.node_id),
        }
        def report(done: int, n: int) -> None:
            if done >= n:  # written and renamed into place: too late to cancel
                _report_done(progress, "export", done, n)
            else:
                progress("export", done, n)

        written = write_package(dest, key=key, header=header, changes=records(), attachments=files(),
                                progress=report if progress else None, total=total, format_version=format_version)
    with ctx.tx() as s:
        s.add(ExportLedger(package_id=written.package_id, to_node=to_node, created=utcnow(), full=header["full"],
                           path=str(dest), size=written.size, changes=written.changes,
                           attachments=written.attachments))
    return ExportResult(dest, written.package_id, to_node, written.changes, written.attachments, written.size)


# ---------------------------------------------------------------- import


@logs.job("sync import", lambda a, k: a[1] if len(a) > 1 else k.get("path"))
def import_package(ctx: AppContext, path: str | Path, *, trust: bool = False, progress: Progress | None = None,
                   max_bytes: int | None = None) -> ImportResult:
    """Verify and apply a package; raises a SyncError (nothing changed) when it is refused.

    ``trust`` accepts a sender this workspace does not know yet (after the user compared
    its fingerprint); a known sender's key can never be replaced by a package.
    """
    with collection_paused():
        return _import_package(ctx, path, trust=trust, progress=progress, max_bytes=max_bytes)


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector off while a package is read and merged (on again after, if it was on): the import
    makes hundreds of thousands of long-lived objects (its records), and each automatic pass walked them all, about
    a twentieth of a region-year's import. The desktop app collects on its GUI thread only, never here: its
    collector stays as it was."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _import_package(ctx: AppContext, path: str | Path, *, trust: bool, progress: Progress | None,
                    max_bytes: int | None) -> ImportResult:
    from opsdesk.attachments import AttachmentStore, check_attachment_header
    from opsdesk.db import _known_revision as db_known_revision
    from opsdesk.errors import ImageTooLargeError, NotAnImageError
    from opsdesk.sync.apply import parse_blocks, parse_record, synced_table_map
    from opsdesk.sync.package import DEFAULT_MAX_BYTES, ZIP_ERRORS, Sender, check_clock, open_package

    path = Path(path)
    with ctx.read() as s:  # the person's permissions first; applying the package's changes is then system work
        require(s, ctx, A.SYNC_IMPORT)
        if trust:
            require(s, ctx, A.SYNC_TRUST)

    def sender(node_id: str) -> Sender | None:
        with ctx.read() as s:
            node = s.get(Node, node_id)
            return Sender(node.public_key, node.trusted) if node is not None else None

    if progress:
        progress("verify", 0, 0)
    package = open_package(path, sender=sender, known_revision=db_known_revision, trust_new=trust,
                           max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    try:
        manifest = package.manifest
        if package.from_node == ctx.db.node.node_id:
            raise OwnPackageError("this package was written by this workspace", node=package.from_node)
        with ctx.read() as s:  # a package seen before: nothing to parse (checked again in the transaction)
            if s.get(ImportLedger, package.package_id) is not None:
                count = int((manifest.get("counts") or {}).get("changes", 0) or 0)
                return ImportResult(package.package_id, package.from_node, str(manifest.get("from_name", "")), True,
                                    count, 0, count, 0, 0, 0)
        tables = synced_table_map()
        dialect = ctx.db.engine.dialect  # values decoded as this workspace's driver stores them
        if package.format_version >= 2:  # blocks of records, converted a column at a time
            records = parse_blocks(package.blocks(), tables, dialect)
        else:
            records = [parse_record(n, obj, tables, dialect) for n, obj in package.records()]
        if records:
            latest = max(records, key=lambda r: r.hlc)
            check_clock(int(latest.hlc[:15]), latest.node)
        if progress:
            progress("attachments", 0, len(package.attachment_names))
        store = AttachmentStore(ctx.db.attachments_dir)

        def receive(sha: str) -> bool:
            """Copy one photo into the store (hash checked, synced to disk, checked to be an image)."""
            target = store.path_for(sha)
            if target.is_file():
                return False
            staging = target.with_name(f".{sha}.incoming")
            try:
                package.copy_attachment(sha, staging)
            except ZIP_ERRORS as exc:
                staging.unlink(missing_ok=True)
                if isinstance(exc, OSError):  # the disk, not the package: said as it is
                    raise
                raise PackageCorruptError(f"attachment {sha} cannot be read: {exc}") from None
            try:
                check_attachment_header(staging, sha)  # an image the reports can draw, or a PDF document
            except (NotAnImageError, ImageTooLargeError):
                staging.unlink(missing_ok=True)
                raise PackageContentError(f"attachment {sha} is not an image", record=f"attachment {sha}") from None
            staging.replace(target)
            return True

        # A few photos at a time, while the records are merged: each waits for its fsync, and those waits overlap
        # each other and the merge. The import commits only once every photo is in; a bad photo is named before
        # anything the merge found, the first in package order (as when the photos were copied first).
        shas = [name.split("/", 1)[1] for name in package.attachment_names]
        photos = _PhotoCopies(receive, shas, progress)
        try:
            return _merge(ctx, package, path, records, manifest, photos, progress)
        except Cancelled:
            raise
        except BaseException as exc:
            failed = photos.failure()
            if failed is not None and failed is not exc:
                raise failed from None
            raise
        finally:
            photos.close()
    finally:
        package.close()


def _merge(ctx: AppContext, package: Any, path: Path, records: list, manifest: dict,  # noqa: ANN401
           photos: _PhotoCopies, progress: Callable[[str, int, int], None] | None) -> ImportResult:
    """The import's one transaction: the records merged, the photos waited for, the ledger written, committed."""
    from opsdesk.services import runs as runs_service
    from opsdesk.services.org import refresh_name_keys
    from opsdesk.sync.apply import apply_changes
    from opsdesk.sync.capture import AuditChain
    from opsdesk.sync.package import audit_head_of

    if progress:
        progress("apply", 0, len(records))
    seen = manifest.get("seen") if isinstance(manifest.get("seen"), dict) else {}
    wants = manifest.get("receive_regions")
    try:
        with ctx.tx() as s:
            if s.get(ImportLedger, package.package_id) is not None:
                photos.wait()
                return ImportResult(package.package_id, package.from_node, str(manifest.get("from_name", "")), True,
                                    len(records), 0, len(records), 0, 0, 0)
            conn = s.connection()
            # Decisions that do not verify (signature, certificate, role) stay out: conflicts for a person.
            kept, unverified = decisions.screen(s, ctx.db, records)
            stats = apply_changes(conn, kept, package.package_id,
                                  (lambda done, n: progress("apply", done, n)) if progress else None,
                                  local_node=ctx.db.node.node_id,
                                  derive=runs_service.deriver_for_sync(s))
            s.expire_all()
            if unverified:  # checked again with the package's users and their stores in place
                late, unverified = decisions.settle(s, unverified)
                if late:
                    _add_stats(stats, apply_changes(conn, late, package.package_id,
                                                    local_node=ctx.db.node.node_id,
                                                    derive=runs_service.deriver_for_sync(s)))
                    s.expire_all()
            stats.conflicts += _record_unverified(s, unverified, package.package_id)
            runs_service.rescore_after_sync(s, stats.runs)
            refresh_name_keys(s, ((c.table, c.row) for c in records))  # names arrive without pinyin keys
            _check_signed(s, stats.runs)
            if stats.max_hlc:
                ctx.db.clock.observe(stats.max_hlc)
            node = s.get(Node, package.from_node)
            if node is None:
                node = Node(id=package.from_node, public_key=manifest["public_key"], is_local=False, trusted=True)
                s.add(node)
            node.trusted = True
            node.name = str(manifest.get("from_name", ""))[:120]
            node.receive_regions = json.dumps(sorted(str(r) for r in wants)) if isinstance(wants, list) and wants else None
            acks = {a.origin_id: a for a in s.scalars(select(PeerAck).where(PeerAck.peer_id == package.from_node))}
            for origin, hlc in seen.items():
                if not isinstance(origin, str) or not isinstance(hlc, str) or len(origin) > 32:
                    continue
                ack = acks.get(origin)
                if ack is None:
                    acks[origin] = ack = PeerAck(peer_id=package.from_node, origin_id=origin, hlc=hlc)
                    s.add(ack)
                elif hlc > ack.hlc:
                    ack.hlc = hlc
            rewrite = _note_peer_head(s, package.from_node, package.package_id, manifest["created_hlc"],
                                      audit_head_of(manifest))
            s.add(ImportLedger(package_id=package.package_id, from_node=package.from_node,
                               created=package.created.replace(tzinfo=None), imported_at=utcnow(),
                               file_name=path.name[:255], size=package.size, changes=len(records),
                               applied=stats.applied, known=stats.known, skipped=stats.skipped,
                               conflicts=stats.conflicts, attachments=len(package.attachment_names)))
            s.flush()
            AuditChain(s, s.info["capture"]).add(
                "sync_import", "import_ledger", package.package_id, None,
                {"from_node": package.from_node, "changes": len(records), "applied": stats.applied,
                 "conflicts": stats.conflicts, "rows_inserted": stats.rows_inserted,
                 "rows_updated": stats.rows_updated})
            copied = photos.wait()  # every photo in before the commit: a bad one rolls the import back
    except backend.INTEGRITY_ERRORS as exc:  # rolled back: a record that does not fit this workspace
        raise PackageContentError(
            f"the package holds records that do not fit this workspace ({getattr(exc, 'orig', exc)})") from None
    _report_done(progress, "apply", len(records), len(records))  # committed
    return ImportResult(package.package_id, package.from_node, str(manifest.get("from_name", "")), False,
                        len(records), stats.applied, stats.known, stats.skipped, stats.conflicts, copied,
                        rewrite)


class _PhotoCopies:
    """A package's photos copied into the store a few at a time (``receive`` each) while the import goes on."""

    def __init__(self, receive: Callable[[str], bool], shas: list[str],
                 progress: Callable[[str, int, int], None] | None) -> None:
        self.pool = ThreadPoolExecutor(max_workers=max(1, min(_COPY_THREADS, len(shas))))
        self.futures = [self.pool.submit(receive, sha) for sha in shas]
        self.progress = progress

    def wait(self) -> int:
        """How many were copied (the others were there), taken in package order: the first bad photo raises (and
        those not started are dropped), as does a cancel from ``progress``."""
        copied = 0
        try:
            for n, future in enumerate(self.futures, start=1):
                copied += future.result()
                if self.progress:
                    self.progress("attachments", n, len(self.futures))
        except BaseException:
            self._drop_waiting()
            raise
        return copied

    def failure(self) -> BaseException | None:
        """The first photo's failure in package order, once the copies started have ended (None: none failed)."""
        self._drop_waiting()
        for future in self.futures:
            if not future.cancelled() and future.exception() is not None:
                return future.exception()
        return None

    def _drop_waiting(self) -> None:
        for future in self.futures:
            future.cancel()

    def close(self) -> None:
        self._drop_waiting()
        self.pool.shutdown(wait=True)


def _add_stats(stats: ApplyStats, more: ApplyStats) -> None:
    """A second batch of the same package (decisions that verified once the rest was applied) counted in."""
    for f in dc_fields(more):
        if f.name == "max_hlc":
            stats.max_hlc = max(stats.max_hlc, more.max_hlc)
        elif f.name == "runs":
            stats.runs |= more.runs
        else:
            setattr(stats, f.name, getattr(stats, f.name) + getattr(more, f.name))


def _record_unverified(s: Session, failed: list[decisions.Candidate], package_id: str) -> int:
    """One ``unverified`` conflict per decision kept out (once: a relayed copy of it adds none)."""
    made = 0
    for cand in failed:
        c = cand.primary
        if s.scalar(select(SyncConflict.id).where(SyncConflict.loser_change_id == c.change_id,
                                                  SyncConflict.reason == "unverified").limit(1)) is not None:
            continue
        kept = {"kind": cand.kind, "store": cand.store_id, "decider": cand.decider, "state": cand.state,
                "content": cand.content, "records": [decisions.raw_record(r) for r in cand.records]}
        s.add(SyncConflict(table_name=cand.table, row_id=cand.record, field=c.field, reason="unverified",
                           detail=cand.verdict.reason if cand.verdict else "unsigned",
                           loser_value=json.dumps(kept, ensure_ascii=False), loser_hlc=c.hlc, loser_node=c.node,
                           loser_change_id=c.change_id, package_id=package_id, detected_at=utcnow(), status="open"))
        made += 1
    if made:
        s.flush()
    return made


def _check_signed(s: Session, run_ids: set[str]) -> None:
    """After a merge, every signed run still hashes to what its signatures signed; a package that
    would break one is refused (the transaction rolls back)."""
    from opsdesk.models import ChecklistRun, Signature
    from opsdesk.services.signatures import canonical_run, content_hash_of

    for chunk in [sorted(run_ids)[i:i + 500] for i in range(0, len(run_ids), 500)]:
        for run in s.scalars(select(ChecklistRun).where(ChecklistRun.id.in_(chunk),
                                                        ChecklistRun.status.in_(("signed", "superseded")))):
            if run.deleted:
                raise PackageContentError(f"the package would remove signed inspection {run.id}",
                                          record=f"checklist_run {run.id}")
            current = content_hash_of(canonical_run(s, run.id))
            hashes = set(s.scalars(select(Signature.content_hash).where(
                Signature.owner_table == "checklist_run", Signature.owner_id == run.id, Signature.deleted.is_(False))))
            if not hashes or hashes != {current}:
                raise PackageContentError(f"the package would change signed inspection {run.id}: its content no "
                                          "longer matches its signatures", record=f"checklist_run {run.id}")


# ---------------------------------------------------------------- peers and history


def peers(ctx: AppContext) -> list[PeerDTO]:
    from opsdesk.sync.package import fingerprint

    with ctx.read() as s:
        imports = {n: (last, count) for n, last, count in s.execute(
            select(ImportLedger.from_node, func.max(ImportLedger.imported_at), func.count()).group_by(ImportLedger.from_node))}
        exports = {n: (last, count) for n, last, count in s.execute(
            select(ExportLedger.to_node, func.max(ExportLedger.created), func.count()).group_by(ExportLedger.to_node))}
        rewrites: dict[str, str] = {}
        for key, value in s.execute(select(Meta.key, Meta.value).where(Meta.key.startswith(AUDIT_HEAD_KEY))):
            try:
                found = HistoryRewrite.from_json(json.loads(value).get("rewrite"))
            except (ValueError, AttributeError):
                found = None
            if found is not None:
                rewrites[key[len(AUDIT_HEAD_KEY):]] = found.message
        out = []
        for node in s.scalars(select(Node).where(Node.is_local.is_(False)).order_by(Node.name, Node.id)):
            imp = imports.get(node.id, (None, 0))
            exp = exports.get(node.id, (None, 0))
            out.append(PeerDTO(node.id, node.name, fingerprint(node.public_key), node.trusted,
                               tuple(json.loads(node.receive_regions)) if node.receive_regions else None,
                               imp[0], exp[0], imp[1], exp[1], rewrites.get(node.id)))
        return out


def history(ctx: AppContext, limit: int = 500) -> list[HistoryEntry]:
    with ctx.read() as s:
        names = {n.id: n.name for n in s.scalars(select(Node))}
        out = [HistoryEntry("import", r.package_id, r.from_node, names.get(r.from_node, ""), r.imported_at, r.changes,
                            r.applied, r.conflicts, r.attachments, r.size, r.file_name)
               for r in s.scalars(select(ImportLedger).order_by(ImportLedger.imported_at.desc()).limit(limit))]
        out += [HistoryEntry("export", r.package_id, r.to_node, names.get(r.to_node or "", ""), r.created, r.changes,
                             None, None, r.attachments, r.size, r.path)
                for r in s.scalars(select(ExportLedger).order_by(ExportLedger.created.desc()).limit(limit))]
    out.sort(key=lambda e: e.at, reverse=True)
    return out[:limit]


def pending_count(ctx: AppContext, to_node: str) -> int:
    """How many changes the next package to ``to_node`` would carry (before region filtering)."""
    with ctx.read() as s:
        return s.execute(text(
            "SELECT count(*) FROM change_log c LEFT JOIN peer_ack a ON a.peer_id = :peer AND a.origin_id = c.node_id "
            "WHERE a.hlc IS NULL OR c.hlc > a.hlc"), {"peer": to_node}).scalar_one()


# ---------------------------------------------------------------- conflicts


def _model_for(table: str) -> type:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table and issubclass(mapper.class_, Synced):
            return mapper.class_
    raise NotFoundError(f"unknown table {table}", table=table)


def describe_record(s: Session, table: str, row_id: str) -> str:
    """A person's name for a record: store code and name, inspection date and template..."""
    from opsdesk.models import (
        Answer,
        ChecklistRun,
        CorrectiveAction,
        Promotion,
        PromotionEvent,
        Region,
        Store,
        Template,
        TemplateItem,
        TemplateVersion,
        User,
        Visit,
    )

    def store_label(store_id: str | None) -> str:
        store = s.get(Store, store_id) if store_id else None
        return f"{store.code} {store.name}" if store else ""

    def run_label(run: ChecklistRun | None) -> str:
        if run is None:
            return ""
        version = s.get(TemplateVersion, run.template_version_id)
        template = s.get(Template, version.template_id) if version else None
        title = template.title if template else ""
        return " · ".join(p for p in (store_label(run.store_id), run.business_date.isoformat(), title) if p)

    obj = s.get(_model_for(table), row_id)
    if obj is None:
        return f"{table} {row_id[:8]}"
    if isinstance(obj, Store):
        return store_label(obj.id)
    if isinstance(obj, ChecklistRun):
        return run_label(obj)
    if isinstance(obj, Answer):
        item = s.get(TemplateItem, obj.item_id)
        return " · ".join(p for p in (run_label(s.get(ChecklistRun, obj.run_id)), item.text if item else "") if p)
    if isinstance(obj, CorrectiveAction):
        return " · ".join(p for p in (store_label(obj.store_id), obj.title) if p)
    if isinstance(obj, Visit):
        when = obj.planned_on.isoformat() if obj.planned_on else ""
        return " · ".join(p for p in (store_label(obj.store_id), when) if p)
    if isinstance(obj, (User, Region)):
        return obj.name
    if isinstance(obj, Template):
        return obj.title
    if isinstance(obj, Promotion):
        return f"{obj.code} {obj.theme}"
    if isinstance(obj, PromotionEvent):
        plan = s.get(Promotion, obj.promotion_id)
        return " · ".join(p for p in (f"{plan.code} {plan.theme}" if plan else "", obj.at.date().isoformat()) if p)
    for attr in ("title", "name", "text"):
        if isinstance(getattr(obj, attr, None), str) and getattr(obj, attr):
            return getattr(obj, attr)
    return f"{table} {row_id[:8]}"


def _display(s: Session, table: str, field: str, raw: str | None) -> str:
    """A stored JSON value as a person reads it (names for user and store references)."""
    from opsdesk.models import Store, User

    if raw is None:
        return ""
    try:
        value = json.loads(raw)
    except ValueError:
        return raw
    if value is None:
        return ""
    if isinstance(value, str) and field.endswith("_id"):
        for model in (User, Store):
            row = s.get(model, value)
            if row is not None:
                return row.name
    if table == "answer" and field == "value" and isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            pass
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def conflicts(ctx: AppContext, *, status: str | None = "open") -> list[ConflictDTO]:
    from opsdesk.models import User

    with ctx.read() as s:
        names = {n.id: (n.name or n.id) for n in s.scalars(select(Node))}
        names[ctx.db.node.node_id] = _node_name(ctx)
        query = select(SyncConflict).order_by(SyncConflict.detected_at.desc(), SyncConflict.id.desc())
        if status:
            query = query.where(SyncConflict.status == status)
        out = []
        labels: dict[tuple[str, str], str] = {}

        def author(change_id: str | None, node: str | None) -> str:
            """The user who made the change (when known) and the workspace it came from."""
            where = names.get(node or "", node or "")
            actor = s.scalar(select(ChangeLog.actor_id).where(ChangeLog.change_id == change_id)) if change_id else None
            user = s.get(User, actor) if actor else None
            return f"{user.name} ({where})" if user is not None else where

        for c in s.scalars(query):
            key = (c.table_name, c.row_id)
            if key not in labels:
                labels[key] = describe_record(s, *key)
            obj = s.get(_model_for(c.table_name), c.row_id)
            current = dumps(encode(getattr(obj, c.field, None))) if obj is not None else c.winner_value
            if c.reason == "frozen" and c.winner_change_id is None:
                current = None  # set aside with its row: the signed record holds nothing here
            if c.reason == "unverified":
                out.append(_unverified_dto(s, c, labels[key], current, author))
                continue
            out.append(ConflictDTO(
                c.id, c.table_name, c.row_id, c.field, labels[key], c.reason,
                _display(s, c.table_name, c.field, current), author(c.winner_change_id, c.winner_node),
                hlc_time(c.winner_hlc), _display(s, c.table_name, c.field, c.loser_value),
                author(c.loser_change_id, c.loser_node), hlc_time(c.loser_hlc), c.detected_at, c.status, c.resolution,
            ))
        return out


def _unverified_dto(s: Session, c: SyncConflict, label: str, current: str | None,
                    author: Callable[[str | None, str | None], str]) -> ConflictDTO:
    """A decision kept out: the record as it is here, against the decision (its kind; shown by the UI)."""
    try:
        kept = json.loads(c.loser_value or "{}")
        kind = str(kept.get("kind") or "")
    except (ValueError, AttributeError):
        kind = ""
    shown = "" if c.field == "*" or obj_missing(current) else _display(s, c.table_name, c.field, current)
    other = "" if c.field == "*" else _display(s, c.table_name, c.field, _primary_value(c))
    return ConflictDTO(c.id, c.table_name, c.row_id, c.field, label, c.reason, shown, "", None, other,
                       author(c.loser_change_id, c.loser_node), hlc_time(c.loser_hlc), c.detected_at, c.status,
                       c.resolution, c.detail, kind)


def obj_missing(value: str | None) -> bool:
    return value is None or value == "null"


def _primary_value(c: SyncConflict) -> str | None:
    """The decided value as received (the record that decides, among those kept)."""
    try:
        for r in json.loads(c.loser_value or "{}").get("records", []):
            if r.get("change_id") == c.loser_change_id:
                if r.get("field") == "*":
                    return dumps((json.loads(r.get("value") or "{}")).get(c.field))
                return r.get("value")
    except (ValueError, AttributeError, TypeError):
        return None
    return None


def open_conflict_count(ctx: AppContext) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(SyncConflict).where(SyncConflict.status == "open")) or 0


def resolve_conflict(ctx: AppContext, conflict_id: int, keep: str) -> None:
    """A person's choice: ``keep="current"`` (the value the record holds) or ``"other"`` (the set-aside one).

    The choice is written as a new edit of the field, marked as a resolution: it wins
    everywhere and closes the same conflict on the workspaces that recorded it too.
    A signed record cannot take the other value; its conflict is only acknowledged.
    """
    if keep not in ("current", "other"):
        raise ValueError(keep)
    with ctx.tx() as s:
        require(s, ctx, A.SYNC_RESOLVE)
        conflict = s.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFoundError(f"conflict {conflict_id}", conflict=conflict_id)
        if conflict.status != "open":
            raise SyncError("this conflict is already resolved", conflict=conflict_id)
        if conflict.reason == "unverified":
            _resolve_unverified(s, ctx, conflict, keep)
            return
        decisions.ensure_unlocked(ctx)  # a resolution is a decision: signed where the person has an identity
        model = _model_for(conflict.table_name)
        obj = s.get(model, conflict.row_id)
        if obj is None:
            raise NotFoundError(f"{conflict.table_name} {conflict.row_id}")
        if conflict.reason == "frozen":
            if keep == "other":
                raise SyncError("the record is signed: a correction, not a sync, changes it", conflict=conflict_id)
        else:
            from sqlalchemy.orm.attributes import flag_modified

            column = model.__table__.c[conflict.field]
            value = decode(column, conflict.loser_value) if keep == "other" else getattr(obj, conflict.field)
            own = s.info["capture"]
            s.info["capture"] = replace(own, kind="resolve", force={(conflict.table_name, obj.id, conflict.field)})
            try:
                setattr(obj, conflict.field, value)
                flag_modified(obj, conflict.field)
                s.flush()
            finally:
                s.info["capture"] = own
            logged = s.scalar(select(ChangeLog.value).where(
                ChangeLog.table_name == conflict.table_name, ChangeLog.row_id == obj.id,
                ChangeLog.field == conflict.field, ChangeLog.kind == "resolve").order_by(ChangeLog.seq.desc()).limit(1))
            decisions.sign(s, ctx, "sync.resolve", conflict.table_name, obj.id,
                           {"field": conflict.field, "value": logged})
        conflict.status = "resolved"
        conflict.resolution = "winner" if keep == "current" else "loser"
        conflict.resolved_by = ctx.user_id
        conflict.resolved_at = utcnow()


def _resolve_unverified(s: Session, ctx: AppContext, conflict: SyncConflict, keep: str) -> None:
    """Keep ours (the record as it is here), or accept theirs: the decision's records, as received, are
    applied now -- which needs the permission the decision itself needs."""
    from opsdesk.sync.apply import apply_changes, parse_record, synced_table_map

    if keep == "other":
        try:
            kept = json.loads(conflict.loser_value or "{}")
            kind, store, raw = kept["kind"], kept.get("store"), list(kept["records"])
        except (ValueError, KeyError, TypeError):
            raise SyncError("the decision's records cannot be read", conflict=conflict.id) from None
        require(s, ctx, decisions.KIND_ACTIONS[kind], store)
        decisions.ensure_unlocked(ctx)  # the acceptance vouches for the decision: signed where the person can
        tables = synced_table_map()
        records = [parse_record(n, r, tables, s.connection().dialect) for n, r in enumerate(raw, 1)]
        apply_changes(s.connection(), records, conflict.package_id, local_node=ctx.db.node.node_id)
        s.expire_all()
        conflict = s.get(SyncConflict, conflict.id)
        if isinstance(kept.get("state"), dict):  # (conflicts recorded before acceptances were signed lack it)
            # Signed over the decision as received, on the decided record: it goes wherever the decision goes,
            # and a workspace that receives both verifies the acceptance instead of asking a person again.
            decisions.sign(s, ctx, "sync.accept", conflict.table_name, conflict.row_id,
                           decisions.accept_state(kind, kept["state"], kept.get("content"), kept.get("decider")))
    conflict.status = "resolved"
    conflict.resolution = "winner" if keep == "current" else "loser"
    conflict.resolved_by = ctx.user_id
    conflict.resolved_at = utcnow()
