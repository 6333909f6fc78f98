"""Change capture: one ``change_log`` row per changed field of a synced table.

A ``before_flush`` hook on every OpsDesk session stamps synced rows with a new
HLC and the origin node, applies column defaults (they are otherwise only
applied by the INSERT, too late to log), writes the change log with the base
version the editor saw (the field's latest logged HLC) and appends the audit
hash chain. An insert logs the fields that differ from their column default. Hard deletes and Core bulk INSERT/UPDATE/DELETE on synced tables
are refused: they would change data without a trace.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Mapper, ORMExecuteState, Session

from opsdesk.audit import GENESIS, entry_hash
from opsdesk.errors import IntegrityError
from opsdesk.ids import new_id, utcnow
from opsdesk.models import AuditEntry, Base, ChangeLog, Synced, is_synced
from opsdesk.sync.codec import dumps, encode
from opsdesk.sync.hlc import HybridClock

# Bookkeeping columns that are derived from the change itself.
NOT_LOGGED = frozenset({"id", "updated_at"})
# A whole-row record written by bulk_insert: its value is a JSON object of the row's fields.
ROW_FIELD = "*"


BUILTIN_NODE = "builtin"
BUILTIN_CREATED = datetime(2026, 1, 1)
_BUILTIN_NS = uuid.UUID("5b0f8c1e-8d0a-4c39-9a47-3f1d2b7e6a10")


@dataclass
class CaptureContext:
    node_id: str
    clock: HybridClock
    actor_id: str | None = None
    # "resolve" marks a person's answer to a sync conflict (see services.sync).
    kind: str | None = None
    # Fields to log even when the new value equals the old one: (table, row id, field).
    force: set[tuple[str, str, str]] = field(default_factory=set)
    # Shipped content (built-in templates): the same clock, ids and times on every machine,
    # so two workspaces that install it hold the same changes and merge without conflicts.
    builtin: bool = False
    # One clock for every change of the flush (signing logs the signed content at the signing clock).
    hlc: str | None = None

    def stamp(self) -> str:
        return self.hlc or self.clock.now()


class BuiltinClock:
    """Clock of shipped content: older than any real edit, counting from zero per install."""

    def __init__(self) -> None:
        self.counter = 0

    def now(self) -> str:
        self.counter += 1
        return f"{0:015d}-{self.counter:06d}-{BUILTIN_NODE}"


_DERIVED: dict[str, frozenset[str]] = {}


def derived_fields(table: str) -> frozenset[str]:
    """Fields a synced table declares as derived (recomputed, never logged or synced)."""
    if not _DERIVED:
        from opsdesk.models.spec import spec_of

        for m in Base.registry.mappers:
            spec = spec_of(m.class_)
            _DERIVED[m.local_table.name] = frozenset(spec.derived if spec else ())
    return _DERIVED.get(table, frozenset())


def synced_tables() -> frozenset[str]:
    return frozenset(
        m.local_table.name for m in Base.registry.mappers if issubclass(m.class_, Synced)
    )


class OpsSession(Session):
    """The session class of every OpsDesk database; carries the hooks below."""


def _is_default(column, value: Any) -> bool:  # noqa: ANN001
    """True when an inserted value is the column's constant default (not logged)."""
    default = column.default
    return default is not None and default.is_scalar and value == default.arg and type(value) is type(default.arg)


def field_version(session: Session, table: str, row_id: str, field: str) -> str | None:
    """The HLC of the field's current value: its latest change, or the row's insert when the
    field still holds the default it was created with (None for a row never logged). Read through the session's
    connection, as ``row_versions`` is: objects still pending in the session are not flushed first."""
    return row_versions(session, table, row_id)(field)


def row_versions(session: Session, table: str, row_id: str) -> Callable[[str], str | None]:
    """``field_version`` for every field of one row from ONE query (signing logs each field of a run's
    sixty answers: one round trip per row, not two per field). The database orders the clocks, as
    ``ORDER BY hlc`` does in a query per field."""
    order = list(session.connection().execute(  # called in the flush hook: nothing to autoflush
        select(ChangeLog.field, ChangeLog.hlc).where(ChangeLog.table_name == table, ChangeLog.row_id == row_id)
        .order_by(ChangeLog.hlc.desc())
    ))
    first: dict[str, int] = {}  # each field's newest entry: its position in the newest-first order
    for n, (name, _hlc) in enumerate(order):
        first.setdefault(name, n)

    def version(field: str) -> str | None:
        found = [first[f] for f in (field, ROW_FIELD) if f in first]
        if found:
            return order[min(found)][1]
        return order[-1][1] if order else None

    return version


def _apply_defaults(obj: Any, mapper: Mapper, builtin: bool = False) -> None:
    if builtin and getattr(obj, "created_at", None) is None:
        obj.created_at = BUILTIN_CREATED
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        default = column.default
        if default is None or getattr(obj, attr.key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))


# Fields the audit trail names as changed without their value (a password hash: slow and salted, but no reason
# to copy it into every audit entry). The change log still carries it (sync takes a reset to the laptops).
AUDIT_REDACTED: dict[str, frozenset[str]] = {"user": frozenset({"password_hash"})}


def _redacted(table: str, values: dict | None) -> dict | None:
    hidden = AUDIT_REDACTED.get(table)
    if not hidden or values is None:
        return values
    return {k: ("[redacted]" if k in hidden and v is not None else v) for k, v in values.items()}


_CHAIN_HEAD = select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)


class AuditChain:
    """The audit chain's head in this transaction, and the entries appended to it.

    ``batched``: the entries (and the change records ``_log`` gives it) are kept as rows and written by
    ``write()`` with one INSERT of many rows per table, as the flush hook does; otherwise each entry is added to
    the session as an object, written by the next flush."""

    def __init__(self, session: Session, ctx: CaptureContext, batched: bool = False) -> None:
        self.session = session
        self.ctx = ctx
        self.batched = batched
        self.entries: list[dict[str, Any]] = []
        self.changes: list[dict[str, Any]] = []
        # Inside the flush hook (batched) nothing is left to autoflush: the plain connection answers, without
        # the ORM's layer (half the time of this query, run for every flush); a stand-alone chain goes through
        # the session, which first flushes the entries a previous chain of the transaction added.
        last = (session.connection() if batched else session).execute(_CHAIN_HEAD).first()
        self.seq, self.hash = (last[0], last[1]) if last else (0, GENESIS)
        if _ANCHOR_STATE not in session.info:  # once per transaction: does the chain still hold the anchor?
            session.info[_ANCHOR_STATE] = _anchor_state(session, ctx.node_id, self.seq, self.hash)

    def remember(self) -> None:
        """Note the head for the anchor written after the commit (see _write_anchor)."""
        self.session.info[_AUDIT_HEAD] = (self.seq, self.hash)

    def add(self, action: str, table: str, row_id: str, before: dict | None, after: dict | None) -> None:
        self.seq += 1
        fields = dict(
            seq=self.seq,
            at=utcnow(),
            actor_id=self.ctx.actor_id,
            node_id=self.ctx.node_id,
            action=action,
            table_name=table,
            row_id=row_id,
            before=dumps(_redacted(table, before)) if before is not None else None,
            after=dumps(_redacted(table, after)) if after is not None else None,
            prev_hash=self.hash,
        )
        self.hash = entry_hash(**fields)
        if self.batched:
            self.entries.append({"hash": self.hash, **fields})
        else:
            self.session.add(AuditEntry(hash=self.hash, **fields))
        self.remember()

    def write(self) -> None:
        """Write the rows kept by a batched chain: the change records (in the order they were made, which is
        the order of their ``seq``) and the audit entries."""
        conn = self.session.connection()
        if self.changes:
            conn.execute(ChangeLog.__table__.insert(), self.changes)
        if self.entries:
            conn.execute(AuditEntry.__table__.insert(), self.entries)
        self.changes, self.entries = [], []


# ---------------------------------------------------------------- the audit anchor (opsdesk.audit)
# After each commit that appended audit entries, the chain head is written to a small file outside
# the workspace. Before the first append of a transaction the chain is compared with the anchor
# (one primary-key lookup at most); a deletion or rewrite found then is kept in the anchor file.
_ANCHOR_STATE = "audit_anchor"
_AUDIT_HEAD = "audit_head"


def _anchor_state(session: Session, node_id: str, seq: int, hash_: str) -> dict[str, Any]:
    from opsdesk.audit import AnchorUnreadable, continuity_break, read_anchor

    breaks: list[dict[str, Any]] = []
    try:
        anchor = read_anchor(node_id)
    except (AnchorUnreadable, ValueError, OSError):
        anchor = None
    if anchor is not None:
        message = continuity_break(session, anchor, seq, hash_)
        if message:
            breaks.append({"detected_at": utcnow().isoformat(timespec="seconds") + "Z", "seq": anchor.seq,
                           "message": message})
    return {"node": node_id, "breaks": breaks}


@event.listens_for(OpsSession, "after_commit")
def _write_anchor(session: Session) -> None:
    head = session.info.pop(_AUDIT_HEAD, None)
    state = session.info.pop(_ANCHOR_STATE, None)
    if head is not None and state is not None:
        from opsdesk.audit import safe_write_anchor

        safe_write_anchor(state["node"], head[0], head[1], state["breaks"])


@event.listens_for(OpsSession, "after_rollback")
def _forget_anchor(session: Session) -> None:
    session.info.pop(_AUDIT_HEAD, None)
    session.info.pop(_ANCHOR_STATE, None)


def _log(audit: AuditChain, ctx: CaptureContext, hlc: str, table: str, row_id: str, field: str,
         value: Any, base: str | None) -> None:
    if ctx.builtin:
        change_id, node = str(uuid.uuid5(_BUILTIN_NS, f"{hlc}/{table}/{row_id}/{field}")), BUILTIN_NODE
    else:
        change_id, node = new_id(), ctx.node_id
    audit.changes.append({"change_id": change_id, "node_id": node, "hlc": hlc, "table_name": table,
                          "row_id": row_id, "field": field, "value": dumps(value), "base_hlc": base,
                          "kind": ctx.kind, "actor_id": None if ctx.builtin else ctx.actor_id})


def _capture_insert(session: Session, ctx: CaptureContext, audit: AuditChain, obj: Any) -> None:
    mapper = inspect(obj).mapper
    table = mapper.local_table.name
    _apply_defaults(obj, mapper, ctx.builtin)
    if obj.origin_node is None:
        obj.origin_node = BUILTIN_NODE if ctx.builtin else ctx.node_id
    hlc = ctx.stamp()
    obj.updated_at = hlc
    after = {}
    derived = derived_fields(table)
    for attr in mapper.column_attrs:
        if attr.key in NOT_LOGGED:
            continue
        value = getattr(obj, attr.key)
        after[attr.key] = encode(value)
        if attr.key not in derived and not _is_default(attr.columns[0], value):
            _log(audit, ctx, hlc, table, obj.id, attr.key, value, None)
    audit.add("insert", table, obj.id, None, after)


def _capture_update(session: Session, ctx: CaptureContext, audit: AuditChain, obj: Any) -> None:
    state = inspect(obj)
    mapper = state.mapper
    table = mapper.local_table.name
    changed: dict[str, tuple[Any, Any]] = {}
    for attr in mapper.column_attrs:
        if attr.key in NOT_LOGGED:
            continue
        hist = state.attrs[attr.key].history
        if not hist.has_changes() and (table, obj.id, attr.key) not in ctx.force:
            continue
        new = getattr(obj, attr.key)
        old = hist.deleted[0] if hist.deleted else None
        if hist.deleted and old == new and (table, obj.id, attr.key) not in ctx.force:
            continue
        changed[attr.key] = (old, new)
    if not changed:
        return
    derived = derived_fields(table)
    if ctx.kind != "sign" and all(k in derived for k in changed):
        # Only derived values moved (a rescore): not an edit; the row keeps its version.
        audit.add("update", table, obj.id, {k: encode(v[0]) for k, v in changed.items()},
                  {k: encode(v[1]) for k, v in changed.items()})
        return
    hlc = ctx.stamp()
    obj.updated_at = hlc
    # Derived values (scores) are not logged, except at the sign point: the signed record carries them as signed.
    logged = [(k, new) for k, (_old, new) in changed.items() if k not in derived or ctx.kind == "sign"]
    if logged:
        version = row_versions(session, table, obj.id)
        for key, new in logged:
            _log(audit, ctx, hlc, table, obj.id, key, new, version(key))
    action = "update"
    if "deleted" in changed:
        action = "delete" if changed["deleted"][1] else "restore"
    audit.add(
        action,
        table,
        obj.id,
        {k: encode(v[0]) for k, v in changed.items()},
        {k: encode(v[1]) for k, v in changed.items()},
    )


@event.listens_for(OpsSession, "before_flush")
def _before_flush(session: Session, _flush_context: object, _instances: object) -> None:
    if any(is_synced(o) for o in session.deleted):
        raise IntegrityError("synced rows are never deleted: set deleted=True instead")
    new = [o for o in session.new if is_synced(o)]
    dirty = [o for o in session.dirty if is_synced(o)]
    if not new and not dirty:
        return
    ctx: CaptureContext | None = session.info.get("capture")
    if ctx is None:
        raise IntegrityError("write to a synced table outside a capturing session")
    with session.no_autoflush:
        # The change records and audit entries of this flush are written at its end, many rows to an INSERT
        # (as objects they cost the unit of work more than the rows they describe); the queries made while
        # capturing (``row_versions``) see none of them, as they saw none of the pending objects before.
        audit = AuditChain(session, ctx, batched=True)
        for obj in new:
            _capture_insert(session, ctx, audit, obj)
        for obj in dirty:
            _capture_update(session, ctx, audit, obj)
        audit.write()


@event.listens_for(OpsSession, "do_orm_execute")
def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name in synced_tables():
        raise IntegrityError(f"bulk INSERT/UPDATE/DELETE on synced table {name} would bypass change capture")


def bulk_insert(session: Session, model: type, rows: list[dict[str, Any]]) -> int:
    """Insert many new rows of a synced table with the same bookkeeping as the flush hook.

    For generated data (the demo, benchmarks): applies column defaults, stamps
    HLC and origin node, and writes one audit entry for the batch, all with
    executemany on the session's connection, inside the caller's transaction.
    Each row gets ONE change_log record with field ``"*"`` whose value is a
    JSON object of its non-default fields: the same information as one record
    per field (all fields of an insert share one HLC and have no base), at a
    ninth of the size. Sync applies it field by field. Returns the row count.
    """
    if not rows:
        return 0
    ctx: CaptureContext | None = session.info.get("capture")
    if ctx is None:
        raise IntegrityError("bulk insert outside a capturing session")
    session.flush()
    mapper = inspect(model)
    table = mapper.local_table
    attrs = [(a.key, a.columns[0]) for a in mapper.column_attrs]
    changes: list[dict[str, Any]] = []
    audits: list[dict[str, Any]] = []
    with session.no_autoflush:
        chain = AuditChain(session, ctx)
    for row in rows:
        for key, column in attrs:
            if row.get(key) is None and column.default is not None:
                default = column.default
                row[key] = default.arg if default.is_scalar else default.arg(None)
        row.setdefault("origin_node", ctx.node_id)
        hlc = ctx.clock.now()
        row["updated_at"] = hlc
        logged = {}
        derived = derived_fields(table.name)
        for key, column in attrs:
            if key in NOT_LOGGED or key in derived:
                continue
            value = row.get(key)
            if not _is_default(column, value):
                logged[key] = value
        changes.append({"change_id": new_id(), "node_id": ctx.node_id, "hlc": hlc, "table_name": table.name,
                        "row_id": row["id"], "field": ROW_FIELD, "value": dumps({k: encode(v) for k, v in logged.items()}),
                        "base_hlc": None, "actor_id": ctx.actor_id})
    # One audit entry for the batch (the change log holds every row's values).
    chain.seq += 1
    entry = dict(seq=chain.seq, at=utcnow(), actor_id=ctx.actor_id, node_id=ctx.node_id, action="bulk_insert",
                 table_name=table.name, row_id=rows[0]["id"], before=None,
                 after=dumps({"rows": len(rows), "first": rows[0]["id"], "last": rows[-1]["id"]}),
                 prev_hash=chain.hash)
    chain.hash = entry_hash(**entry)
    chain.remember()
    entry["hash"] = chain.hash
    audits.append(entry)
    conn = session.connection()
    conn.execute(table.insert(), [{k: r.get(k) for k, _c in attrs} for r in rows])
    conn.execute(ChangeLog.__table__.insert(), changes)
    conn.execute(AuditEntry.__table__.insert(), audits)
    return len(rows)
