"""Applying incoming change records to a workspace (DESIGN.md §4).

Runs inside the caller's transaction. For every record not seen before:

* per field, the value with the latest HLC wins (last-writer-wins);
* when the losing value was written without seeing the winning one (a concurrent edit:
  neither is in the other's chain of base versions) and the two values differ, the loser
  is kept in ``sync_conflict`` for a person to review;
* a change to a signed (frozen) record is never applied: it becomes a conflict;
* every record applied or outvoted is re-logged with its original id, node and clock, so
  a package can be relayed and the same record is recognised when it comes back.

Rows are written with executemany, children before parents (foreign keys are checked at
commit), so a run arriving already signed does not trip the frozen-answer triggers.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Table, select
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.engine import Connection

from opsdesk.errors import PackageCorruptError
from opsdesk.ids import utcnow
from opsdesk.models import Base, ChangeLog, Synced, SyncConflict
from opsdesk.sync.capture import NOT_LOGGED, ROW_FIELD
from opsdesk.sync.codec import dumps, encode, from_json
from opsdesk.sync.hlc import HLC

FROZEN_STATUSES = ("signed", "superseded")
# Bookkeeping fields: they merge like any other but a difference is not worth a person's time.
QUIET_FIELDS = frozenset({"created_at", "origin_node"})
_VIRTUAL_NS = uuid.UUID("0c7e3a52-4f0e-4b53-9d3b-2c0b7f6a8e41")
_BATCH = 500


@dataclass(frozen=True)
class Incoming:
    """One change record of a package, validated against the schema."""

    change_id: str
    node: str
    hlc: str
    table: str
    row: str
    field: str
    value: str | None  # JSON text, as logged
    base: str | None
    kind: str | None
    decoded: Any  # the value as stored in the database; for "*" a dict of field -> stored value
    actor: str | None = None  # the user who made the change
    parsed: Any = None  # the JSON value (for "*" a dict of field -> JSON value)

    def record(self) -> dict[str, Any]:
        return {"change_id": self.change_id, "node": self.node, "hlc": self.hlc, "table": self.table,
                "row": self.row, "field": self.field, "value": self.value, "base": self.base, "kind": self.kind}


@dataclass
class ApplyStats:
    changes: int = 0
    known: int = 0
    applied: int = 0
    outvoted: int = 0
    skipped: int = 0
    conflicts: int = 0
    rows_inserted: int = 0
    rows_updated: int = 0
    max_hlc: str = ""


@dataclass
class _Item:
    field: str
    value: Any  # as stored
    json: Any  # as logged (JSON value)
    hlc: str
    base: str | None
    node: str
    change_id: str
    insert: bool
    source: Incoming | None  # None for a default implied by an insert

    @property
    def text(self) -> str:
        return dumps(self.json)


@dataclass
class _Version:
    hlc: str
    base: str | None
    node: str
    change_id: str


def synced_table_map() -> dict[str, Table]:
    return {m.local_table.name: m.local_table for m in Base.registry.mappers if issubclass(m.class_, Synced)}


def _columns(table: Table) -> dict[str, Column]:
    return {c.name: c for c in table.columns if c.name not in NOT_LOGGED}


_DIALECT = sqlite_dialect.dialect()


class _ColumnCodec:
    """A column's value from JSON (as logged) to the database and back, without the ORM."""

    def __init__(self, column: Column) -> None:
        self.column = column
        impl = column.type.dialect_impl(_DIALECT)
        self._bind = impl.bind_processor(_DIALECT)
        self._result = impl.result_processor(_DIALECT, None)
        has, default = _scalar_default(column)
        self.has_default = has
        self.default_json = encode(default) if has else None
        self.default_db = self.to_db(self.default_json) if has else None

    def to_db(self, value: Any) -> Any:  # noqa: ANN401
        """Validate a JSON value and turn it into what the column stores (ValueError/TypeError if unfit)."""
        python = from_json(self.column, value)
        return self._bind(python) if self._bind is not None and python is not None else python

    def to_json(self, stored: Any) -> Any:  # noqa: ANN401
        python = self._result(stored) if self._result is not None and stored is not None else stored
        return encode(python)


_CODECS: dict[str, dict[str, _ColumnCodec]] = {}


def codecs_for(table: Table) -> dict[str, _ColumnCodec]:
    found = _CODECS.get(table.name)
    if found is None:
        found = _CODECS[table.name] = {name: _ColumnCodec(c) for name, c in _columns(table).items()}
    return found


def parse_record(number: int, obj: Any, tables: dict[str, Table]) -> Incoming:
    """Validate one line of changes.jsonl; a record that does not fit refuses the whole package."""

    def bad(why: str) -> PackageCorruptError:
        return PackageCorruptError(f"changes.jsonl line {number}: {why}", member="changes.jsonl", line=number)

    if not isinstance(obj, dict):
        raise bad("not an object")
    try:
        change_id, node, hlc, table_name, row, fname = (obj[k] for k in ("change_id", "node", "hlc", "table", "row", "field"))
    except KeyError as exc:
        raise bad(f"missing {exc.args[0]}") from None
    value, base, kind, actor = obj.get("value"), obj.get("base"), obj.get("kind"), obj.get("actor")
    if actor is not None and not (isinstance(actor, str) and len(actor) <= 64):
        raise bad("actor is not a user id")
    if not all(isinstance(v, str) and v for v in (change_id, node, hlc, table_name, row, fname)):
        raise bad("a required field is empty or not text")
    if len(change_id) > 36 or len(node) > 32 or len(row) > 64:
        raise bad("an identifier is too long")
    if value is not None and not isinstance(value, str):
        raise bad("value is not JSON text")
    if base is not None and not isinstance(base, str):
        raise bad("base is not a clock")
    if kind not in (None, "resolve"):
        raise bad(f"unknown kind {kind!r}")
    try:
        stamp = HLC.parse(hlc)
        if base is not None:
            HLC.parse(base)
    except ValueError as exc:
        raise bad(str(exc)) from None
    if stamp.node != node:
        raise bad("the clock belongs to another node")
    table = tables.get(table_name)
    if table is None:
        raise bad(f"unknown table {table_name!r}")
    codecs = codecs_for(table)
    try:
        parsed = json.loads(value) if value is not None else None
        if fname == ROW_FIELD:
            if not isinstance(parsed, dict) or base is not None:
                raise ValueError("a whole-row record must hold an object and no base")
            unknown = set(parsed) - set(codecs)
            if unknown:
                raise ValueError(f"unknown field {sorted(unknown)[0]!r}")
            decoded: Any = {k: codecs[k].to_db(v) for k, v in parsed.items()}
        else:
            codec = codecs.get(fname)
            if codec is None:
                raise ValueError(f"unknown field {fname!r} of {table_name}")
            decoded = codec.to_db(parsed)
    except (ValueError, TypeError, ArithmeticError) as exc:
        raise bad(str(exc)) from None
    return Incoming(change_id, node, hlc, table_name, row, fname, value, base, kind, decoded, actor, parsed)


def _chunks(items: list, size: int = _BATCH):  # noqa: ANN202
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _known_ids(conn: Connection, ids: list[str]) -> set[str]:
    known: set[str] = set()
    log = ChangeLog.__table__
    conflicts = SyncConflict.__table__
    for chunk in _chunks(ids):
        known.update(conn.execute(select(log.c.change_id).where(log.c.change_id.in_(chunk))).scalars())
        known.update(conn.execute(select(conflicts.c.loser_change_id).where(
            conflicts.c.loser_change_id.in_(chunk), conflicts.c.reason == "frozen")).scalars())
    return known


class _RowHistory:
    """What the workspace knows of one existing row's fields: versions and their base chains."""

    def __init__(self) -> None:
        self.insert: _Version | None = None
        self.latest: dict[str, _Version] = {}
        self.chain: dict[str, dict[str, str | None]] = defaultdict(dict)  # field -> {hlc: base}

    def add(self, fname: str, version: _Version) -> None:
        if version.base is None and (self.insert is None or version.hlc < self.insert.hlc):
            self.insert = version
        if fname == ROW_FIELD:
            return
        self.chain[fname][version.hlc] = version.base
        cur = self.latest.get(fname)
        if cur is None or version.hlc > cur.hlc:
            self.latest[fname] = version

    def version(self, fname: str) -> _Version | None:
        cur = self.latest.get(fname)
        if self.insert is not None and (cur is None or self.insert.hlc > cur.hlc):
            return self.insert
        return cur

    def is_ancestor(self, fname: str, hlc: str, start: str | None) -> bool:
        """True when version ``hlc`` is in the chain of base versions that begins at ``start``."""
        chain = self.chain.get(fname, {})
        while start is not None and start > hlc:
            if start in chain:
                start = chain[start]
            elif self.insert is not None and start == self.insert.hlc:
                start = None  # the field still held the default it was created with
            else:
                return False  # a version we never received: cannot tell, count it as concurrent
        return start == hlc


def _load_histories(conn: Connection, table: str, row_ids: list[str]) -> dict[str, _RowHistory]:
    log = ChangeLog.__table__
    out: dict[str, _RowHistory] = defaultdict(_RowHistory)
    for chunk in _chunks(row_ids):
        rows = conn.execute(
            select(log.c.row_id, log.c.field, log.c.hlc, log.c.base_hlc, log.c.node_id, log.c.change_id)
            .where(log.c.table_name == table, log.c.row_id.in_(chunk))
        )
        for row_id, fname, hlc, base, node, change_id in rows:
            out[row_id].add(fname, _Version(hlc, base, node, change_id))
    return out


def _load_rows(conn: Connection, table: Table, row_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Rows as stored (no type conversion), by id."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(row_ids):
        cursor = conn.exec_driver_sql(
            f'SELECT * FROM "{table.name}" WHERE id IN ({",".join("?" * len(chunk))})', tuple(chunk))
        names = [d[0] for d in cursor.cursor.description]
        for row in cursor:
            record = dict(zip(names, row))
            out[record["id"]] = record
    return out


def _frozen_runs(conn: Connection, run_ids: set[str]) -> set[str]:
    runs = Base.metadata.tables["checklist_run"]
    out: set[str] = set()
    for chunk in _chunks(sorted(run_ids)):
        out.update(conn.execute(select(runs.c.id).where(runs.c.id.in_(chunk), runs.c.status.in_(FROZEN_STATUSES))).scalars())
    return out


def _scalar_default(column: Column) -> tuple[bool, Any]:
    default = column.default
    if default is not None and default.is_scalar:
        return True, default.arg
    return False, None


def _expand(changes: list[Incoming], codecs: dict[str, _ColumnCodec], existing: bool) -> list[_Item]:
    """Field items of a row's records. An insert arriving for a row we already hold also
    stands for its unlogged fields: they were at their column default."""
    items: list[_Item] = []
    inserts: dict[str, tuple[Incoming, set[str]]] = {}
    for c in changes:
        if c.field == ROW_FIELD:
            for fname, value in c.decoded.items():
                items.append(_Item(fname, value, c.parsed[fname], c.hlc, None, c.node, c.change_id, True, c))
            inserts.setdefault(c.hlc, (c, set()))[1].update(c.decoded)
        else:
            insert = c.base is None
            items.append(_Item(c.field, c.decoded, c.parsed, c.hlc, c.base, c.node, c.change_id, insert, c))
            if insert:
                inserts.setdefault(c.hlc, (c, set()))[1].add(c.field)
    if existing:
        for hlc, (first, present) in inserts.items():
            for fname, codec in codecs.items():
                if fname in present or not codec.has_default:
                    continue
                virtual_id = str(uuid.uuid5(_VIRTUAL_NS, f"{first.table}/{first.row}/{fname}/{hlc}"))
                items.append(_Item(fname, codec.default_db, codec.default_json, hlc, None, first.node, virtual_id,
                                   True, None))
    return items


def apply_changes(conn: Connection, changes: list[Incoming], package_id: str | None,
                  progress: Callable[[int, int], None] | None = None) -> ApplyStats:
    """Apply a package's records on ``conn`` (inside the caller's transaction).

    ``progress(done, total)`` is called after each table's records are merged."""
    stats = ApplyStats(changes=len(changes))
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    unique: dict[str, Incoming] = {}
    for c in changes:
        unique.setdefault(c.change_id, c)
    known = _known_ids(conn, list(unique))
    fresh = [c for c in unique.values() if c.change_id not in known]
    stats.known = len(changes) - len(fresh)
    if not fresh:
        return stats
    stats.max_hlc = max(c.hlc for c in fresh)
    tables = synced_table_map()
    by_table: dict[str, dict[str, list[Incoming]]] = defaultdict(lambda: defaultdict(list))
    for c in fresh:
        by_table[c.table][c.row].append(c)

    to_log: list[dict[str, Any]] = []
    logged: set[str] = set()
    conflicts: list[dict[str, Any]] = []
    resolves: list[tuple[str, str, str, str]] = []
    inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    updates: dict[str, list[tuple[dict[str, Any], str]]] = defaultdict(list)
    now = utcnow()
    applied_ids: set[str] = set()

    def log(item: _Item, table: str, row: str) -> None:
        source = item.source
        if source is None:  # a default implied by an insert: logged under its own stable id
            if item.change_id not in logged:
                logged.add(item.change_id)
                to_log.append({"change_id": item.change_id, "node_id": item.node, "hlc": item.hlc,
                               "table_name": table, "row_id": row, "field": item.field, "value": item.text,
                               "base_hlc": None, "kind": None, "actor_id": None})
            return
        if source.change_id in logged:
            return
        logged.add(source.change_id)
        to_log.append({"change_id": source.change_id, "node_id": source.node, "hlc": source.hlc,
                       "table_name": source.table, "row_id": source.row, "field": source.field,
                       "value": source.value, "base_hlc": source.base, "kind": source.kind,
                       "actor_id": source.actor})

    def conflict(table: str, row: str, item: _Item, winner: _Version | None, winner_text: str | None,
                 reason: str) -> None:
        conflicts.append({
            "table_name": table, "row_id": row, "field": item.field, "reason": reason,
            "winner_value": winner_text, "winner_hlc": winner.hlc if winner else None,
            "winner_node": winner.node if winner else None, "winner_change_id": winner.change_id if winner else None,
            "loser_value": item.text, "loser_hlc": item.hlc, "loser_node": item.node,
            "loser_change_id": item.change_id, "package_id": package_id, "detected_at": now, "status": "open",
        })

    done = stats.known
    for table_name, rows in by_table.items():
        if progress:
            progress(done, len(changes))
        done += sum(len(cs) for cs in rows.values())
        table = tables[table_name]
        codecs = codecs_for(table)
        existing = _load_rows(conn, table, list(rows))
        histories = _load_histories(conn, table_name, list(existing)) if existing else {}
        frozen_rows: set[str] = set()
        if table_name == "checklist_run":
            frozen_rows = {r for r, v in existing.items() if v["status"] in FROZEN_STATUSES}
        elif table_name == "answer":
            run_of = {r: v["run_id"] for r, v in existing.items()}
            for r, cs in rows.items():
                if r not in run_of:
                    for c in cs:
                        if c.field == "run_id":
                            run_of[r] = c.decoded
                        elif c.field == ROW_FIELD and "run_id" in c.decoded:
                            run_of[r] = c.decoded["run_id"]
            frozen = _frozen_runs(conn, {v for v in run_of.values() if v})
            frozen_rows = {r for r, run in run_of.items() if run in frozen}
        defaults = {c.name: None for c in table.columns}
        defaults.update({name: codec.default_db for name, codec in codecs.items() if codec.has_default})

        for row_id, row_changes in rows.items():
            current = existing.get(row_id)
            if current is None and len({c.hlc for c in row_changes}) == 1 and all(c.base is None for c in row_changes):
                # The common case of a first exchange: a new row arriving as its insert, nothing to merge.
                values = {**defaults, "id": row_id}
                for c in row_changes:
                    if c.field == ROW_FIELD:
                        values.update(c.decoded)
                    else:
                        values[c.field] = c.decoded
                    applied_ids.add(c.change_id)
                    logged.add(c.change_id)
                    to_log.append({"change_id": c.change_id, "node_id": c.node, "hlc": c.hlc, "table_name": c.table,
                                   "row_id": c.row, "field": c.field, "value": c.value, "base_hlc": None,
                                   "kind": c.kind, "actor_id": c.actor})
                values["updated_at"] = row_changes[0].hlc
                inserts[table_name].append(values)
                stats.rows_inserted += 1
                continue
            items = _expand(row_changes, codecs, current is not None)
            if current is None and not any(i.insert for i in items):
                stats.skipped += len(row_changes)  # an edit of a row this workspace never received
                continue
            history = histories.get(row_id) if current is not None else None
            values: dict[str, Any] = dict(current) if current is not None else {**defaults, "id": row_id}
            versions: dict[str, _Version] = {}
            changed: set[str] = set()
            max_applied = ""
            frozen = row_id in frozen_rows
            items.sort(key=lambda i: (i.field, i.hlc, i.change_id))
            for item in items:
                fname = item.field
                cur = versions.get(fname)
                if cur is None and history is not None:
                    cur = history.version(fname)
                mine = _Version(item.hlc, item.base, item.node, item.change_id)
                if cur is None:
                    win, concurrent = True, False
                elif item.hlc == cur.hlc:
                    win, concurrent = False, False
                elif item.base is not None and item.base == cur.hlc:
                    win, concurrent = True, False
                elif item.hlc > cur.hlc:
                    win, concurrent = True, item.base is None or item.base < cur.hlc
                else:
                    win = False
                    concurrent = not (history is not None and history.is_ancestor(fname, item.hlc, cur.base))
                if history is not None:
                    history.chain[fname][item.hlc] = item.base
                held = values.get(fname)
                differs = item.value != held
                if win and frozen and not (table_name == "checklist_run" and fname == "status" and
                                           held == "signed" and item.value == "superseded"):
                    if differs and item.source is not None:
                        conflict(table_name, row_id, item, cur, dumps(codecs[fname].to_json(held)), "frozen")
                    continue
                if win:
                    if concurrent and fname not in QUIET_FIELDS and differs:
                        loser = _Item(fname, held, codecs[fname].to_json(held), cur.hlc, cur.base, cur.node,
                                      cur.change_id, False, None)
                        conflict(table_name, row_id, loser, mine, item.text, "concurrent")
                    values[fname] = item.value
                    versions[fname] = mine
                    changed.add(fname)
                    applied_ids.add(item.change_id)
                    max_applied = max(max_applied, item.hlc)
                    if item.source is not None and item.source.kind == "resolve":
                        resolves.append((table_name, row_id, fname, item.hlc))
                else:
                    if concurrent and fname not in QUIET_FIELDS and differs:
                        conflict(table_name, row_id, item, cur, dumps(codecs[fname].to_json(held)), "concurrent")
                    stats.outvoted += 1
                log(item, table_name, row_id)
            if current is None:
                values["updated_at"] = max_applied
                inserts[table_name].append(values)
                stats.rows_inserted += 1
            elif changed:
                patch = {f: values[f] for f in changed}
                patch["updated_at"] = max(current["updated_at"] or "", max_applied)
                updates[table_name].append((patch, row_id))
                stats.rows_updated += 1

    # Children first: foreign keys are deferred to commit, and answers must be written before
    # their run turns signed in the same package. Values are as stored: plain executemany.
    cursor = conn.connection.driver_connection.cursor()
    for table in reversed(Base.metadata.sorted_tables):
        name = table.name
        columns = [c.name for c in table.columns]
        if inserts.get(name):
            cursor.executemany(
                f'INSERT INTO "{name}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}) '
                f'VALUES ({", ".join("?" * len(columns))})',
                [tuple(row.get(c) for c in columns) for row in inserts[name]])
        groups: dict[tuple[str, ...], list[tuple]] = defaultdict(list)
        for patch, row_id in updates.get(name, ()):
            fields = tuple(sorted(patch))
            groups[fields].append((*(patch[f] for f in fields), row_id))
        for fields, params in groups.items():
            assignments = ", ".join(f'"{f}" = ?' for f in fields)
            cursor.executemany(f'UPDATE "{name}" SET {assignments} WHERE id = ?', params)
    stats.applied = len(applied_ids)
    if to_log:
        cursor.executemany(
            "INSERT INTO change_log (change_id, node_id, hlc, table_name, row_id, field, value, base_hlc, kind, "
            "actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(e["change_id"], e["node_id"], e["hlc"], e["table_name"], e["row_id"], e["field"], e["value"],
              e["base_hlc"], e["kind"], e["actor_id"]) for e in to_log])
    cursor.close()
    if conflicts:
        result = conn.execute(SyncConflict.__table__.insert().prefix_with("OR IGNORE"), conflicts)
        stats.conflicts = max(result.rowcount, 0) if result.rowcount is not None else len(conflicts)
    sc = SyncConflict.__table__
    for table_name, row_id, fname, hlc in resolves:
        conn.execute(sc.update().where(
            sc.c.table_name == table_name, sc.c.row_id == row_id, sc.c.field == fname, sc.c.status == "open",
            sc.c.loser_hlc <= hlc, (sc.c.winner_hlc.is_(None)) | (sc.c.winner_hlc <= hlc),
        ).values(status="resolved", resolution="elsewhere", resolved_at=now))
    return stats
