"""Applying incoming change records to a workspace (DESIGN.md §4; rules in README → Sync files).

Runs inside the caller's transaction. Every record takes ONE path, whatever its shape (a
field change, a whole-row insert, several inserts of the same row in one package):

1. **Checked before anything is written** (``parse_record`` and ``_check``): every value fits its
   column (type, 64-bit range, length, no NUL, valid Unicode, declared enum, JSON shape), every
   reference resolves here or in the package, a change does not claim to come from this
   workspace, a row created by one node is not created again, no record moves to another parent.
   A package that fails any check is refused whole, naming the first bad record.
2. **Merged per field**: an insert stands for every field it names and for the column default of
   every field it does not (new rows and existing rows alike); the latest HLC wins; a value
   written without seeing the winner (not in its chain of base versions) is kept in
   ``sync_conflict``. Derived fields (scores) are never merged: the caller recomputes them.
3. **Frozen records**: signing logs every field of the signed record at one clock, the run's
   *sign point* (see services.signatures). Under a run with a sign point, that version wins
   whatever arrives before or after it; a later value, or a row not logged at the sign point,
   is set aside as a ``frozen`` conflict (such a row is kept as a tombstone, so every workspace
   holds the same rows). Published template versions and runs signed before sign points
   existed refuse every incoming change the same way.

Every record applied or outvoted is re-logged with its original id, node and clock, so a
package can be relayed and the same record is recognised when it comes back. Rows are written
with executemany, children before parents (foreign keys are checked at commit).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field as dc_field
from datetime import date, datetime
from functools import partial
from itertools import repeat
from operator import itemgetter, methodcaller
from typing import Any, NamedTuple

from sqlalchemy import Column, String, Table, Text, select
from sqlalchemy.engine import Connection, Dialect

from opsdesk import backend
from opsdesk.errors import PackageContentError, PackageCorruptError
from opsdesk.ids import utcnow
from opsdesk.models import Base, ChangeLog, Synced, SyncConflict
from opsdesk.models.spec import SyncSpec, spec_of
from opsdesk.sync.capture import NOT_LOGGED, ROW_FIELD
from opsdesk.sync.package import BLOCK_COLUMNS
from opsdesk.sync.codec import dumps, encode, from_json_as, json_texts, object_texts, python_kind

FROZEN_STATUSES = ("signed", "superseded")
PUBLISHED_STATUSES = ("published", "retired")
# Bookkeeping fields: they merge like any other but a difference is not worth a person's time.
QUIET_FIELDS = frozenset({"created_at", "origin_node"})
KINDS = (None, "resolve", "sign")
SHA256 = re.compile(r"[0-9a-f]{64}")
# An HLC as HLC.parse reads it: 15 and 6 ASCII digits, then the (non-empty) node.
_HLC = re.compile(r"[0-9]{15}-[0-9]{6}-(.+)", re.DOTALL)
INT64 = (-(2**63), 2**63 - 1)
_BATCH = 500
# Rows written to one table (the change log, or a synced table) from which its secondary indexes are
# dropped and built again after the write, when the rows also outnumber those already there.
_REBUILD_MIN = 20_000
# The shortcuts of the merge for rows new here: a table's rows at a time (``_Merger._merge_table``), and a row at a
# time (the one-insert case of ``merge_row``, which logs a row's records in their order where the whole merge logs
# them by field). False sends the rows through ``merge_row`` / the whole per-field merge (the tests compare the ways).
TABLE_PATH = True
ROW_SHORTCUT = True
_ID_BATCH = 5000  # ids per IN list of a raw lookup (SQLite allows 32766 parameters, psycopg 65535)


class _Record(NamedTuple):
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
    # The JSON value; for "*" the JSON values of its fields, a tuple in the order of ``decoded``'s keys (a dict for
    # each whole-row record of a block cost a tenth of the parse; ``Incoming.parsed`` makes it when it is asked for).
    json_value: Any = None
    line: int = 0  # the record's number in the package (its line in a package of format 1)
    engine: str = "sqlite"  # whose stored form ``decoded`` is (the dialect name given to parse_record)
    unit: str = "line"  # what ``line`` counts: lines (format 1) or records (format 2)


class Incoming(_Record):
    """One change record of a package, validated against the schema. Immutable; a tuple, so that a block of a
    package makes its thousands of records without a Python call each (``_incoming``)."""

    __slots__ = ()

    @property
    def insert(self) -> bool:
        return self.base is None

    @property
    def place(self) -> str:
        """Where the record is in its package, for a message: ``changes.jsonl line 12`` / ``record 12``."""
        return f"changes.jsonl {self.unit} {self.line}"

    def fields(self) -> dict[str, Any]:
        """field -> stored value of this record (several for a whole-row record)."""
        return self.decoded if self.field == ROW_FIELD else {self.field: self.decoded}  # read only

    @property
    def parsed(self) -> Any:  # noqa: ANN401
        """The JSON value (for "*" a dict of field -> JSON value, made at each call)."""
        if self.field == ROW_FIELD and type(self.json_value) is tuple:
            return dict(zip(self.decoded, self.json_value))
        return self.json_value


_incoming = partial(tuple.__new__, Incoming)  # Incoming from one tuple of its 15 fields, in C


@dataclass
class ApplyStats:
    changes: int = 0
    known: int = 0
    applied: int = 0
    outvoted: int = 0
    skipped: int = 0
    conflicts: int = 0
    frozen: int = 0
    rows_inserted: int = 0
    rows_updated: int = 0
    max_hlc: str = ""
    # Runs whose answers, photos or own fields changed: their scores are recomputed by the caller.
    runs: set[str] = dc_field(default_factory=set)


@dataclass(frozen=True)
class _Version:
    hlc: str
    base: str | None
    node: str
    change_id: str


def synced_table_map() -> dict[str, Table]:
    return {m.local_table.name: m.local_table for m in Base.registry.mappers if issubclass(m.class_, Synced)}


def synced_specs() -> dict[str, SyncSpec]:
    out = {}
    for m in Base.registry.mappers:
        if issubclass(m.class_, Synced):
            spec = spec_of(m.class_)
            if spec is None:
                raise TypeError(f"synced table {m.local_table.name} declares no __sync__ spec")
            out[m.local_table.name] = spec
    return out


class _ColumnCodec:
    """A column's value from JSON (as logged) to the database and back, without the ORM, with
    every check an incoming value must pass. "Stored" is what the workspace's driver reads and
    writes raw: SQLite's text dates and integer booleans, PostgreSQL's (psycopg's) dates and booleans
    (``backend.storage_dialect``); the JSON side is the same on both."""

    def __init__(self, column: Column, spec: SyncSpec, dialect: Dialect) -> None:
        self.column = column
        self.name = column.name
        impl = column.type.dialect_impl(dialect)
        self._bind = impl.bind_processor(dialect)
        self._result = impl.result_processor(dialect, None)
        self.length = getattr(column.type, "length", None) if isinstance(column.type, (String, Text)) else None
        self.text = isinstance(column.type, (String, Text))
        self.kind = python_kind(column)
        self.enum = spec.enums.get(column.name)
        self.json = spec.json.get(column.name)
        self.nullable = bool(column.nullable)
        self.derived = column.name in spec.derived
        default = column.default
        self.has_default = default is not None and default.is_scalar
        self.default_json = encode(default.arg) if self.has_default else None
        # Text stored as it is, checked only for NUL, Unicode and length (most columns): the short path below.
        self.plain_text = self.text and self.enum is None and self.json is None and self._bind is None
        self.default_db = self.to_db(self.default_json) if self.has_default else None
        # Dates and times a driver stores as ISO text (SQLite): written by the C isoformat when it gives the
        # bind processor's text (checked here, on a sample), in ``to_db_many``.
        self.iso: Callable[[Any], str] | None = None
        if self.kind is datetime and self._bind is not None:
            sample = datetime(2001, 2, 3, 4, 5, 6, 7)
            if self._bind(sample) == sample.isoformat(" ", "microseconds"):
                self.iso = _iso_datetime
        elif self.kind is date and self._bind is not None:
            sample = date(2001, 2, 3)
            if self._bind(sample) == sample.isoformat():
                self.iso = date.isoformat

    def to_db(self, value: Any) -> Any:  # noqa: ANN401
        """Validate a JSON value and turn it into what the column stores (ValueError/TypeError if unfit)."""
        if value is None:
            return None
        if self.plain_text:  # the checks of the text branch below, for a column without enum, JSON or binding
            if type(value) is not str:
                raise TypeError(f"{self.name}: not a text")
            if "\x00" in value:
                raise ValueError(f"{self.name}: a text holds a NUL character")
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    raise ValueError(f"{self.name}: a text is not valid Unicode") from None
            if self.length is not None and len(value) > self.length:
                raise ValueError(f"{self.name}: {len(value)} characters, at most {self.length}")
            return value
        if self.text:
            if type(value) is not str:
                raise TypeError(f"{self.name}: not a text")
            python = value
        else:
            python = from_json_as(self.kind, value)
        if self.text:
            if not isinstance(python, str):
                raise TypeError(f"{self.name}: not a text")
            if "\x00" in python:
                raise ValueError(f"{self.name}: a text holds a NUL character")
            if not python.isascii():
                try:
                    python.encode("utf-8")
                except UnicodeEncodeError:
                    raise ValueError(f"{self.name}: a text is not valid Unicode") from None
            if self.length is not None and len(python) > self.length:
                raise ValueError(f"{self.name}: {len(python)} characters, at most {self.length}")
            if self.enum is not None and python not in self.enum:
                raise ValueError(f"{self.name}: {python[:40]!r} is not one of {', '.join(self.enum)}")
            if self.json is not None:
                try:
                    parsed = json.loads(python)
                except ValueError:
                    raise ValueError(f"{self.name}: not JSON") from None
                if self.json == "list" and not isinstance(parsed, list):
                    raise ValueError(f"{self.name}: not a JSON list")
                if self.json == "dict" and not isinstance(parsed, dict):
                    raise ValueError(f"{self.name}: not a JSON object")
        stored = self._bind(python) if self._bind is not None else python
        if isinstance(stored, int) and not isinstance(stored, bool) and not INT64[0] <= stored <= INT64[1]:
            raise ValueError(f"{self.name}: number out of range")
        return stored

    def to_db_many(self, values: list[Any]) -> list[Any]:
        """``[self.to_db(v) for v in values]`` for a column of values at once; raises ``_Unfit`` when any value
        does not fit (the caller then checks record by record, to name the first bad one)."""
        try:
            if self.plain_text:
                kinds = set(map(type, values))
                texts = values if kinds == {str} else [v for v in values if v is not None]
                if not kinds <= {str, type(None)}:
                    raise _Unfit
                if texts:
                    joined = "".join(texts)
                    if "\x00" in joined:
                        raise _Unfit
                    if not joined.isascii():
                        joined.encode("utf-8")  # a lone surrogate is not valid Unicode
                    if self.length is not None and max(map(len, texts)) > self.length:
                        raise _Unfit
                return values
            if self.kind is datetime or self.kind is date:
                parse = datetime.fromisoformat if self.kind is datetime else date.fromisoformat
                if set(map(type, values)) == {str}:  # no None: all in C
                    python = list(map(parse, values))
                    if self.iso is _iso_datetime:
                        texts = list(map(_ISO_DATETIME, python))
                        if set(map(len, texts)) == {26}:  # every one naive (an aware one has its offset after)
                            return texts
                    elif self.iso is not None:
                        return list(map(self.iso, python))
                else:
                    python = [None if v is None else parse(v) for v in values]
                if self.iso is not None:
                    iso, bind = self.iso, self._bind
                    return [None if p is None else iso(p) if p.__class__ is date or p.tzinfo is None else bind(p)
                            for p in python]
                return python if self._bind is None else [None if p is None else self._bind(p) for p in python]
            # Few distinct values (flags, statuses, numbers, answers): each is converted once. A value's
            # type is part of its key (True == 1, but only one of them fits an integer column).
            keys = list(zip(map(type, values), values))
            memo = {key: self.to_db(key[1]) for key in set(keys)}
            return list(map(memo.__getitem__, keys))
        except (ValueError, TypeError, ArithmeticError, KeyError, RecursionError, UnicodeError):
            raise _Unfit from None

    def to_json(self, stored: Any) -> Any:  # noqa: ANN401
        python = self._result(stored) if self._result is not None and stored is not None else stored
        return encode(python)


class _Unfit(Exception):
    """A batch of records has a value (or a field) that does not fit: check them one by one."""


def _iso_datetime(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")


_ISO_DATETIME = methodcaller("isoformat", " ", "microseconds")


_CODECS: dict[tuple[str, str], dict[str, _ColumnCodec]] = {}


def codecs_for(table: Table, dialect: Dialect | None = None) -> dict[str, _ColumnCodec]:
    """The codecs of a synced table's columns for the workspace's engine (``dialect``; SQLite if None)."""
    dialect = backend.storage_dialect(dialect)
    key = (dialect.name, table.name)
    found = _CODECS.get(key)
    if found is None:
        spec = synced_specs()[table.name]
        found = _CODECS[key] = {c.name: _ColumnCodec(c, spec, dialect) for c in table.columns
                                if c.name not in NOT_LOGGED}
    return found


def parse_record(number: int, obj: Any, tables: dict[str, Table], dialect: Dialect | None = None,  # noqa: ANN401
                 unit: str = "line") -> Incoming:
    """Validate one line of changes.jsonl (``unit`` "record": one record of a block, ``number`` counting records);
    a record that does not fit refuses the whole package.
    Values are decoded as the workspace of ``dialect`` stores them (SQLite if None)."""

    def bad(why: str) -> PackageCorruptError:
        return PackageCorruptError(f"changes.jsonl {unit} {number}: {why}", member="changes.jsonl", line=number)

    if not isinstance(obj, dict):
        raise bad("not an object")
    try:
        change_id = obj["change_id"]
        node = obj["node"]
        hlc = obj["hlc"]
        table_name = obj["table"]
        row = obj["row"]
        fname = obj["field"]
    except KeyError as exc:
        raise bad(f"missing {exc.args[0]}") from None
    value, base, kind, actor = obj.get("value"), obj.get("base"), obj.get("kind"), obj.get("actor")
    if actor is not None and not (isinstance(actor, str) and len(actor) <= 64):
        raise bad("actor is not a user id")
    if not (isinstance(change_id, str) and change_id and isinstance(node, str) and node and isinstance(hlc, str)
            and hlc and isinstance(table_name, str) and table_name and isinstance(row, str) and row
            and isinstance(fname, str) and fname):
        raise bad("a required field is empty or not text")
    if len(change_id) > 36 or len(node) > 32 or len(row) > 64:
        raise bad("an identifier is too long")
    if value is not None and not isinstance(value, str):
        raise bad("value is not JSON text")
    if base is not None and not isinstance(base, str):
        raise bad("base is not a clock")
    if kind not in KINDS:
        raise bad(f"unknown kind {kind!r}")
    stamp = _HLC.fullmatch(hlc)  # what HLC.parse accepts, without building the clock
    if stamp is None:
        raise bad(f"not an HLC timestamp: {hlc!r}")
    if base is not None and _HLC.fullmatch(base) is None:
        raise bad(f"not an HLC timestamp: {base!r}")
    if stamp.group(1) != node:
        raise bad("the clock belongs to another node")
    table = tables.get(table_name)
    if table is None:
        raise bad(f"unknown table {table_name!r}")
    if table_name == "attachment" and not SHA256.fullmatch(row):
        raise PackageContentError(f"changes.jsonl {unit} {number}: attachment {row[:80]!r} is not named by its "
                                  "sha256", record=f"attachment {row[:80]}", line=number)
    codecs = codecs_for(table, dialect)
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
    except RecursionError:
        raise bad("value nested too deeply") from None
    except (ValueError, TypeError, ArithmeticError) as exc:
        raise PackageContentError(f"changes.jsonl {unit} {number}: {table_name} {row[:40]}: {exc}",
                                  record=f"{table_name} {row[:40]}", line=number) from None
    json_value = tuple(parsed.values()) if fname == ROW_FIELD else parsed
    return Incoming(change_id, node, hlc, table_name, row, fname, value, base, kind, decoded, actor, json_value, number,
                    backend.storage_dialect(dialect).name, unit)


# ---------------------------------------------------------------- format 2: blocks of records
# A package of format 2 holds its records in blocks, one JSON object a line of changes.jsonl: the records of
# one table and field (for whole-row records, one set of fields), each key of the block a column
# (``change_id``, ``node``, ``hlc``, ``row``, ``base``, ``kind``, ``actor``: one entry per record) and the
# values as JSON values, one column per field (``values``). A block stands for the records of format 1 that
# ``block_records`` gives: the same keys, the value as the text ``dumps`` writes it. A record whose logged text
# is not that text travels as its text instead (``texts``). Blocks are checked and converted a column at a time;
# a block with anything unfit is checked record by record with ``parse_record``, which names the first bad one.


def _block_error(first: int, why: str) -> PackageCorruptError:
    return PackageCorruptError(f"changes.jsonl record {first}: a block of records {why}", member="changes.jsonl",
                               line=first)


def _block_shape(first: int, block: Any) -> tuple[str, str, list[str] | None, int]:  # noqa: ANN401
    """(table, field, fields of a whole-row block, record count) of a well-formed block; else refused."""
    if not isinstance(block, dict):
        raise _block_error(first, "is not an object")
    table, fname, n = block.get("table"), block.get("field"), block.get("n")
    if not isinstance(table, str) or not isinstance(fname, str) or type(n) is not int or n < 1:
        raise _block_error(first, "lacks its table, field or count")
    unknown = set(block) - {"table", "field", "fields", "n", "values", "texts", *BLOCK_COLUMNS}
    if unknown:
        raise _block_error(first, f"has an unknown key {sorted(unknown)[0]!r}")
    for key in BLOCK_COLUMNS:
        column = block.get(key)
        if not isinstance(column, list) or len(column) != n:
            raise _block_error(first, f"has no column {key} of {n} entries")
    fields = block.get("fields")
    if ("values" in block) == ("texts" in block):
        raise _block_error(first, "must hold either values or texts")
    if "texts" in block:
        if fields is not None or not isinstance(block["texts"], list) or len(block["texts"]) != n:
            raise _block_error(first, f"has no column texts of {n} entries")
        return table, fname, None, n
    if fname == ROW_FIELD:
        if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields) or len(set(fields)) != len(fields):
            raise _block_error(first, "of whole rows lacks its distinct field names")
    elif fields is not None:
        raise _block_error(first, "of one field names fields")
    values = block["values"]
    width = len(fields) if fname == ROW_FIELD else 1
    if not isinstance(values, list) or len(values) != width or any(
            not isinstance(col, list) or len(col) != n for col in values):
        raise _block_error(first, f"has not {width} value columns of {n} entries")
    return table, fname, fields, n


def block_records(first: int, block: Any) -> list[dict[str, Any]]:  # noqa: ANN401
    """The records a block stands for, as format 1 writes them."""
    table, fname, fields, n = _block_shape(first, block)
    try:
        if "texts" in block:
            texts = block["texts"]
        elif fname == ROW_FIELD:
            texts = object_texts(fields, block["values"], n)
        else:
            texts = json_texts(block["values"][0])
    except RecursionError:
        raise _block_error(first, "holds a value nested too deeply") from None
    columns = [block[k] for k in BLOCK_COLUMNS]
    return [{"change_id": cid, "node": node, "hlc": hlc, "table": table, "row": row, "field": fname, "value": text,
             "base": base, "kind": kind, "actor": actor}
            for cid, node, hlc, row, base, kind, actor, text in zip(*columns, texts)]


def parse_blocks(blocks: Iterable[tuple[int, Any]], tables: dict[str, Table],
                 dialect: Dialect | None = None) -> list[Incoming]:
    """``parse_record`` of every record of these blocks ((number of its first record, block) pairs): the same
    records, refused with the same error at the same first bad record."""
    out: list[Incoming] = []
    for first, block in blocks:
        table, fname, fields, n = _block_shape(first, block)
        try:
            if "texts" in block:
                raise _Unfit  # records whose text is not the canonical one: one by one, as in format 1
            out += _parse_block(first, block, table, fname, fields, n, tables, dialect)
        except _Unfit:
            out += [parse_record(first + i, r, tables, dialect, "record")
                    for i, r in enumerate(block_records(first, block))]
    return out


def _all_text(column: list[Any], longest: int, empty: bool = False) -> bool:  # noqa: ANN401
    """Every entry a text of at most ``longest`` characters (and not empty, unless ``empty``)."""
    if column and set(map(type, column)) != {str}:
        return False
    return not column or ((empty or min(map(len, column)) > 0) and max(map(len, column)) <= longest)


def _parse_block(first: int, block: dict[str, Any], table_name: str, fname: str, fields: list[str] | None, n: int,
                 tables: dict[str, Table], dialect: Dialect | None) -> list[Incoming]:
    """A block's records converted a column at a time; ``_Unfit`` when anything would refuse one of them."""
    table = tables.get(table_name)
    if table is None or not table_name or not fname:
        raise _Unfit
    change_ids, nodes, hlcs, rows, bases, kinds, actors = (block[k] for k in BLOCK_COLUMNS)
    distinct_nodes = set(nodes) if set(map(type, nodes)) == {str} else None
    if distinct_nodes is None or not _all_text(list(distinct_nodes), 32) or not _all_text(change_ids, 36) \
            or not _all_text(rows, 64):
        raise _Unfit
    if set(map(type, hlcs)) != {str} or not all(map(_HLC.fullmatch, hlcs)) or any(h[23:] != node for h, node in zip(hlcs, nodes)):
        raise _Unfit
    given = [b for b in bases if b is not None]
    if given and (fname == ROW_FIELD or set(map(type, given)) != {str} or not all(map(_HLC.fullmatch, given))):
        raise _Unfit
    try:
        if not set(kinds) <= set(KINDS):
            raise _Unfit
        distinct_actors = [a for a in set(actors) if a is not None]
    except TypeError:  # a list or an object where a text belongs
        raise _Unfit from None
    if not _all_text(distinct_actors, 64, empty=True):
        raise _Unfit
    if table_name == "attachment" and not all(map(SHA256.fullmatch, rows)):
        raise _Unfit
    codecs = codecs_for(table, dialect)
    values = block["values"]
    engine = repeat(backend.storage_dialect(dialect).name, n)
    numbers = range(first, first + n)
    tables_ = repeat(table_name, n)
    fields_ = repeat(fname, n)
    if fname == ROW_FIELD:
        if not set(fields) <= codecs.keys():
            raise _Unfit
        stored = [codecs[f].to_db_many(col) for f, col in zip(fields, values)]
        texts = object_texts(fields, values, n)
        if fields:
            decoded = map(dict, map(zip, repeat(fields), zip(*stored)))
            json_values = zip(*values)  # in the order of decoded's keys
        else:
            decoded, json_values = ({} for _ in numbers), repeat((), n)
        return list(map(_incoming, zip(change_ids, nodes, hlcs, tables_, rows, fields_, texts, repeat(None, n), kinds,
                                       decoded, actors, json_values, numbers, engine, repeat("record", n))))
    codec = codecs.get(fname)
    if codec is None:
        raise _Unfit
    column = values[0]
    return list(map(_incoming, zip(change_ids, nodes, hlcs, tables_, rows, fields_, json_texts(column), bases, kinds,
                                   codec.to_db_many(column), actors, column, numbers, engine, repeat("record", n))))


def _chunks(items: list, size: int = _BATCH):  # noqa: ANN202
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _known_ids(conn: Connection, ids: list[str]) -> set[str]:
    """Change ids already logged here, or set aside with a frozen row. Large raw batches: a full
    package asks for every one of its ids (one statement per batch of ``_ID_BATCH``) -- unless the log holds
    fewer changes than it asks about (a first package into a new workspace): then the log's ids are read in one
    pass; no conflict is asked about when there is none."""
    known: set[str] = set()
    if not ids:
        return known
    if backend.rows_up_to(conn, "change_log", len(ids)) < len(ids):
        wanted = set(ids)
        known.update(r[0] for r in backend.raw_rows(conn, "SELECT change_id FROM change_log")[1] if r[0] in wanted)
    else:
        for chunk in _chunks(ids, _ID_BATCH):
            known.update(r[0] for r in backend.raw_rows(
                conn, f"SELECT change_id FROM change_log WHERE change_id IN ({','.join('?' * len(chunk))})", chunk)[1])
    if backend.rows_up_to(conn, "sync_conflict", 1):
        for chunk in _chunks(ids, _ID_BATCH):
            known.update(r[0] for r in backend.raw_rows(
                conn, "SELECT loser_change_id FROM sync_conflict WHERE reason = 'frozen' AND loser_change_id IN "
                f"({','.join('?' * len(chunk))})", chunk)[1])
    return known


class _RowHistory:
    """What the workspace knows of one existing row's fields: versions and their base chains."""

    def __init__(self) -> None:
        self.inserts: dict[str, _Version] = {}
        self.latest: dict[str, _Version] = {}
        self.chain: dict[str, dict[str, str | None]] = defaultdict(dict)  # field -> {hlc: base}
        self.hlcs: set[str] = set()

    def add(self, fname: str, version: _Version) -> None:
        self.hlcs.add(version.hlc)
        if version.base is None:
            self.inserts.setdefault(version.hlc, version)
        if fname == ROW_FIELD:
            return
        self.chain[fname][version.hlc] = version.base
        cur = self.latest.get(fname)
        if cur is None or version.hlc > cur.hlc:
            self.latest[fname] = version

    def version(self, fname: str) -> _Version | None:
        """The field's current version: its latest change, or the latest insert (an insert that does
        not name a field set it to its default)."""
        cur = self.latest.get(fname)
        if self.inserts:
            insert = self.inserts[max(self.inserts)]
            if cur is None or insert.hlc > cur.hlc:
                return insert
        return cur

    def is_ancestor(self, fname: str, hlc: str, start: str | None) -> bool:
        """True when version ``hlc`` is in the chain of base versions that begins at ``start``."""
        chain = self.chain.get(fname, {})
        while start is not None and start > hlc:
            if start in chain:
                start = chain[start]
            elif start in self.inserts:
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


def _load_rows(conn: Connection, table: Table, row_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Rows as stored (no type conversion), by id. Large raw batches; none asked for when many are wanted from a table
    that holds no row (a first full package)."""
    out: dict[str, dict[str, Any]] = {}
    ids = set(row_ids)
    if len(ids) > _BATCH and backend.rows_up_to(conn, table.name, 1) == 0:
        return out
    for chunk in _chunks(sorted(ids), _ID_BATCH):
        names, rows = backend.raw_rows(
            conn, f'SELECT * FROM "{table.name}" WHERE id IN ({",".join("?" * len(chunk))})', chunk)
        for row in rows:
            record = dict(zip(names, row))
            out[record["id"]] = record
    return out


def _ids_where(conn: Connection, table: str, column: str, values: Iterable[str],
               owner_table: str | None = None) -> set[str]:
    """Ids of the rows of ``table`` whose ``column`` holds one of ``values`` (and whose ``owner_table`` is the one
    given). Large raw batches, none for a table that holds no row."""
    wanted = sorted(set(values))
    found: set[str] = set()
    if not wanted or backend.rows_up_to(conn, table, 1) == 0:
        return found
    where, first = ("owner_table = ? AND ", [owner_table]) if owner_table is not None else ("", [])
    for chunk in _chunks(wanted, _ID_BATCH):
        found.update(r[0] for r in backend.raw_rows(
            conn, f'SELECT id FROM "{table}" WHERE {where}"{column}" IN ({",".join("?" * len(chunk))})',
            first + chunk)[1])
    return found


def _existing_ids(conn: Connection, table: str, ids: Iterable[str]) -> set[str]:
    return _ids_where(conn, table, "id", ids)


def _sign_points(conn: Connection, run_ids: Iterable[str]) -> dict[str, str]:
    """Each run's sign point as logged here: the clock of its status change to ``signed`` marked ``sign``."""
    log = ChangeLog.__table__
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(run_ids))):
        for row_id, hlc in conn.execute(select(log.c.row_id, log.c.hlc).where(
                log.c.table_name == "checklist_run", log.c.row_id.in_(chunk), log.c.field == "status",
                log.c.kind == "sign", log.c.value == '"signed"')):
            if row_id not in out or hlc < out[row_id]:
                out[row_id] = hlc
    return out


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



def _expand(changes: list[Incoming], codecs: dict[str, _ColumnCodec]) -> list[_Item]:
    """Field items of a row's records. Every insert also stands for the fields it does not name:
    they were at their column default (for new and existing rows alike)."""
    items: list[_Item] = []
    inserts: dict[str, tuple[Incoming, set[str]]] = {}
    for c in changes:
        if c.field == ROW_FIELD:
            parsed = c.parsed
            for fname, value in c.decoded.items():
                if not codecs[fname].derived or c.kind == "sign":
                    items.append(_Item(fname, value, parsed[fname], c.hlc, None, c.node, c.change_id, True, c))
            inserts.setdefault(c.hlc, (c, set()))[1].update(c.decoded)
        else:
            if not codecs[c.field].derived or c.kind == "sign":  # a signed record carries its scores
                items.append(_Item(c.field, c.decoded, c.parsed, c.hlc, c.base, c.node, c.change_id, c.insert, c))
            if c.insert:
                inserts.setdefault(c.hlc, (c, set()))[1].add(c.field)
    for hlc, (first, present) in inserts.items():
        for fname, codec in codecs.items():
            if fname in present or not codec.has_default or codec.derived:
                continue
            items.append(_Item(fname, codec.default_db, codec.default_json, hlc, None, first.node, first.change_id,
                               True, None))
    return items


@dataclass
class _Freeze:
    """Why a row is frozen: the run (or template version) it belongs to and that run's sign point
    (None: frozen without one — a published template version, or a run signed before sign points)."""

    owner: str
    point: str | None


def _new_row_values(blank: dict[str, Any], row_id: str, changes: list[Incoming], derived: set[str] | frozenset[str]
                    ) -> dict[str, Any]:
    """The row an insert at one clock makes of a row new here: every field it names (not a derived one, unless a
    signed record carries it), every other field at its default, the insert's clock."""
    values = dict(blank)
    values["id"] = row_id
    for c in changes:
        fields = c.fields()
        if c.kind == "sign" or derived.isdisjoint(fields):
            values.update(fields)
        else:
            values.update((f, v) for f, v in fields.items() if f not in derived)
    values["updated_at"] = changes[0].hlc
    return values


class _Merger:
    def __init__(self, conn: Connection, changes: list[Incoming], package_id: str | None,
                 local_node: str | None) -> None:
        self.conn = conn
        self.package_id = package_id
        self.local_node = local_node
        self.changes = changes
        self.stats = ApplyStats(changes=len(changes))
        self.tables = synced_table_map()
        self.specs = synced_specs()
        self.now = utcnow()
        self.to_log: list[tuple] = []  # rows of change_log, in the order of _LOG_COLUMNS
        self.logged: set[str] = set()
        self.conflicts: list[dict[str, Any]] = []
        self.resolves: list[tuple[str, str, str, str]] = []
        self.inserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.updates: dict[str, list[tuple[dict[str, Any], str]]] = defaultdict(list)
        self.applied_ids: set[str] = set()
        # Final values of merged rows, by table and id (what the workspace holds after this package).
        self.final: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.by_table: dict[str, dict[str, list[Incoming]]] = defaultdict(lambda: defaultdict(list))
        self.existing: dict[str, dict[str, dict[str, Any]]] = {}
        self.histories: dict[str, dict[str, _RowHistory]] = {}
        self.points: dict[str, str] = {}  # run id -> sign point
        self.points_checked: set[str] = set()
        self.missing: dict[str, set[str]] = defaultdict(set)
        self.repointed: set[str] = set()
        self.written: set[str] = set()
        self.blanks: dict[str, dict[str, Any]] = {}
        self.codecs: dict[str, dict[str, _ColumnCodec]] = {}
        self.run_frozen: dict[str | None, bool] = {}  # run id -> whether _run_freeze finds it frozen

    # ------------------------------------------------------------ checks before writing

    def refuse(self, c: Incoming | None, why: str, record: str | None = None) -> PackageContentError:
        where = f"{c.place}: {c.table} {c.row[:40]}: " if c is not None else ""
        return PackageContentError(f"{where}{why}", record=record or (f"{c.table} {c.row}" if c else ""),
                                   line=c.line if c else None)

    def fresh(self) -> list[Incoming]:
        unique: dict[str, Incoming] = {}
        for c in self.changes:
            unique.setdefault(c.change_id, c)
        known = _known_ids(self.conn, list(unique))
        out = [c for c in unique.values() if c.change_id not in known]
        self.stats.known = len(self.changes) - len(out)
        for c in out:
            if self.local_node is not None and c.node == self.local_node:
                raise self.refuse(c, "a change claims to come from this workspace, which never made it")
        return out

    def check(self, fresh: list[Incoming]) -> None:
        for c in fresh:
            self.by_table[c.table][c.row].append(c)
        for name, rows in self.by_table.items():
            self.existing[name] = _load_rows(self.conn, self.tables[name], rows)
            self.histories[name] = _load_histories(self.conn, name, list(self.existing[name]))
        self._check_inserts()
        self._check_references()

    def _check_inserts(self) -> None:
        for name, rows in self.by_table.items():
            spec = self.specs[name]
            parent_columns = self._parent_columns(spec)
            existing = self.existing[name]
            for row_id, changes in rows.items():
                exists = row_id in existing
                if not exists and (spec.shared_ids or len(changes) == 1):
                    continue  # a new row: refused below only for two inserts at different clocks
                insert_hlcs = {c.hlc for c in changes if c.insert}
                history = self.histories[name].get(row_id)
                if not spec.shared_ids:
                    known = set(history.inserts) if history is not None else set()
                    if exists and not known:
                        known = {"*"}  # a row here with no logged insert (older data): any new insert is a re-insert
                    if (exists and insert_hlcs - known) or len(insert_hlcs) > 1:
                        c = next(c for c in changes if c.insert)
                        raise self.refuse(c, "the package creates a record that was already created")
                if exists and parent_columns:
                    current = self.existing[name][row_id]
                    for c in changes:
                        for fname, value in c.fields().items():
                            if fname in parent_columns and value != current.get(fname):
                                raise self.refuse(c, f"a record cannot move to another {fname}")

    @staticmethod
    def _parent_columns(spec: SyncSpec) -> tuple[str, ...]:
        if spec.frozen_by == "owner" or spec.kind == "owner":
            return ("owner_table", "owner_id")
        if isinstance(spec.frozen_by, tuple):
            return (spec.frozen_by[1],)
        return ()

    def _check_references(self) -> None:
        """Every reference of an incoming value resolves here or in the package."""
        wanted: dict[str, dict[str, Incoming]] = defaultdict(dict)
        for name, rows in self.by_table.items():
            table = self.tables[name]
            spec = self.specs[name]
            targets = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
            targets.update(spec.refs)
            owner = spec.kind == "owner"
            if not targets and not owner:
                continue
            merged: dict[str, Any] = {}  # an owned row's fields (only read for those)
            for row_id, changes in rows.items():
                if owner:
                    merged = {}
                for c in changes:
                    fields = c.decoded if c.field == ROW_FIELD else {c.field: c.decoded}
                    if owner:
                        merged.update(fields)
                    for fname in targets.keys() & fields.keys():
                        target, value = targets[fname], fields[fname]
                        if value is not None:
                            if not isinstance(value, str):
                                raise self.refuse(c, f"{fname} is not a record id")
                            wanted[target].setdefault(value, c)
                if owner and ("owner_table" in merged or "owner_id" in merged):
                    c = changes[0]
                    current = self.existing[name].get(row_id, {})
                    owner_table = merged.get("owner_table", current.get("owner_table"))
                    owner_id = merged.get("owner_id", current.get("owner_id"))
                    if owner_table not in self.tables:
                        raise self.refuse(c, f"owner {owner_table!r} is not a synced record type")
                    if owner_id is None:
                        raise self.refuse(c, "the owner is missing")
                    wanted[owner_table].setdefault(owner_id, c)
        for target, ids in wanted.items():
            # the rows of the target the package inserts (a row's first record is mostly its insert)
            in_package = {r for r, cs in self.by_table.get(target, {}).items()
                          if (cs and cs[0].base is None) or any(c.insert for c in cs)}
            missing = set(ids) - in_package
            if missing:
                missing -= _existing_ids(self.conn, target, missing)
            if missing:
                first = min(missing, key=lambda i: ids[i].line)
                c = ids[first]
                raise self.refuse(c, f"refers to {target} {first[:40]}, which is neither here nor in the package")

    # ------------------------------------------------------------ frozen records

    def _run_status(self, run_id: str) -> str | None:
        """The run's status here before this package (frozen without a sign point only if it was)."""
        row = self._row("checklist_run", run_id, before=True)
        return row.get("status") if row else None

    def _row(self, table: str, row_id: str, before: bool = False) -> dict[str, Any] | None:
        found = None if before else self.final[table].get(row_id)
        if found is None:
            found = self.existing.get(table, {}).get(row_id)
        if found is None and row_id in self.by_table.get(table, ()):
            return None  # arrives with this package: ``existing`` already holds every such row found here
        if found is None and row_id not in self.missing[table]:
            found = _load_rows(self.conn, self.tables[table], [row_id]).get(row_id)
            if found is not None:
                self.existing.setdefault(table, {})[row_id] = found
            else:
                self.missing[table].add(row_id)
        return found

    def _run_freeze(self, run_id: str | None) -> _Freeze | None:
        if not run_id:
            return None
        if run_id not in self.points and run_id not in self.points_checked:
            self.points_checked.add(run_id)
            self.points.update(_sign_points(self.conn, [run_id]))
        point = self.points.get(run_id)
        if point is not None:
            return _Freeze(run_id, point)
        if self._run_status(run_id) in FROZEN_STATUSES:
            return _Freeze(run_id, None)
        return None

    def _freeze_of(self, name: str, row_id: str, current: dict[str, Any] | None,
                   changes: list[Incoming]) -> _Freeze | None:
        spec = self.specs[name]
        if spec.append_only:  # a decision: written once; a change to one that exists is set aside
            return _Freeze(row_id, None) if current is not None else None
        if spec.frozen_by is None:
            return None
        incoming: dict[str, Any] = {}
        for c in changes:
            incoming.update(c.fields())
        row = {**(current or {}), **incoming}
        if name == "checklist_run":
            point = self.points.get(row_id)
            if point is not None:
                return _Freeze(row_id, point)
            if current is not None and current.get("status") in FROZEN_STATUSES:
                return _Freeze(row_id, None)
            return None
        if name == "template_version":
            if current is not None and current.get("status") in PUBLISHED_STATUSES:
                return _Freeze(row_id, None)
            return None
        if isinstance(spec.frozen_by, tuple):
            parent_table, column = spec.frozen_by
            parent = row.get(column)
            if parent_table == "checklist_run":
                return self._run_freeze(parent)
            if parent_table == "template_version" and parent:
                version = self._row("template_version", parent, before=True)
                if version is not None and version.get("status") in PUBLISHED_STATUSES:
                    return _Freeze(parent, None)
            return None
        # owner: a signature of a run, a photo of an answer of a run
        owner_table, owner_id = row.get("owner_table"), row.get("owner_id")
        if owner_table == "checklist_run":
            return self._run_freeze(owner_id)
        if owner_table in self.specs and self.specs[owner_table].append_only:
            return _Freeze(owner_id, None) if current is not None else None  # a decision's signature
        if owner_table == "answer" and owner_id:
            answer = self._row("answer", owner_id)
            return self._run_freeze(answer.get("run_id") if answer else None)
        return None

    def _correction_exists(self, run_id: str) -> bool:
        for row in self.final["checklist_run"].values():
            if row.get("supersedes") == run_id and not row.get("deleted"):
                return True
        for changes in self.by_table.get("checklist_run", {}).values():  # a correction in this package
            if any(c.fields().get("supersedes") == run_id for c in changes):
                return True
        runs = self.tables["checklist_run"]
        return self.conn.execute(select(runs.c.id).where(runs.c.supersedes == run_id,
                                                         runs.c.deleted.is_(False)).limit(1)).first() is not None

    # ------------------------------------------------------------ merging

    def conflict(self, table: str, row: str, fname: str, loser: _Version, loser_text: str | None,
                 winner: _Version | None, winner_text: str | None, reason: str) -> None:
        self.conflicts.append({
            "table_name": table, "row_id": row, "field": fname, "reason": reason,
            "winner_value": winner_text, "winner_hlc": winner.hlc if winner else None,
            "winner_node": winner.node if winner else None, "winner_change_id": winner.change_id if winner else None,
            "loser_value": loser_text, "loser_hlc": loser.hlc, "loser_node": loser.node,
            "loser_change_id": loser.change_id, "package_id": self.package_id, "detected_at": self.now,
            "status": "open",
        })
        if reason == "frozen":
            self.stats.frozen += 1

    def log(self, c: Incoming) -> None:
        if c.change_id in self.logged:
            return
        self.logged.add(c.change_id)
        self.to_log.append((c.change_id, c.node, c.hlc, c.table, c.row, c.field, c.value, c.base, c.kind, c.actor))

    def add_rows_under_new_points(self) -> None:
        """A run that gets its sign point here: every row under it is merged again (reverted to the
        signed values, or kept as a tombstone when it is not part of the signed record)."""
        incoming_points: dict[str, str] = {}
        for row_id, changes in self.by_table.get("checklist_run", {}).items():
            for c in changes:
                if c.kind == "sign" and "status" in c.fields() and c.fields()["status"] == "signed":
                    if row_id not in incoming_points or c.hlc < incoming_points[row_id]:
                        incoming_points[row_id] = c.hlc
        runs = set(self.by_table.get("checklist_run", {}))
        for name in ("answer", "signature", "attachment_link"):
            for row_id, changes in self.by_table.get(name, {}).items():
                cur = self.existing.get(name, {}).get(row_id, {})
                for c in changes:
                    f = c.fields()
                    if name == "answer":
                        runs.add(f.get("run_id") or cur.get("run_id"))
                    elif (f.get("owner_table") or cur.get("owner_table")) == "checklist_run":
                        runs.add(f.get("owner_id") or cur.get("owner_id"))
        runs.discard(None)
        self.points = _sign_points(self.conn, runs)
        self.points_checked = set(runs)
        new_points = set()
        for run_id, hlc in incoming_points.items():
            if run_id not in self.points or hlc < self.points[run_id]:
                if run_id in self.points:
                    self.repointed.add(run_id)  # signed here too, later: the earlier signing wins
                self.points[run_id] = hlc
                new_points.add(run_id)
        if not new_points:
            return
        extra: dict[str, set[str]] = defaultdict(set)
        extra["answer"] = _ids_where(self.conn, "answer", "run_id", new_points)
        extra["signature"] = _ids_where(self.conn, "signature", "owner_id", new_points, owner_table="checklist_run")
        extra["attachment_link"] = _ids_where(self.conn, "attachment_link", "owner_id",
                                              extra["answer"] | self.by_table.get("answer", {}).keys(),
                                              owner_table="answer")
        for name, ids in extra.items():
            rows = self.by_table[name]
            new = [i for i in ids if i not in rows]
            for i in new:
                rows[i] = []
            if new:
                self.existing.setdefault(name, {}).update(_load_rows(self.conn, self.tables[name], new))
                self.histories.setdefault(name, {}).update(_load_histories(self.conn, name, new))

    def merge(self, progress: Callable[[int, int], None] | None) -> None:
        # Records that freeze others (runs, template versions) first, so their children see the result.
        # Rows that belong to an owner (photos, signatures) after every owner they may belong to.
        first = [n for n in self.by_table if self.specs[n].frozen_by == "self"]
        last = [n for n in self.by_table if self.specs[n].kind == "owner"]
        order = sorted(first) + [t.name for t in Base.metadata.sorted_tables if t.name in self.by_table
                                 and t.name not in first and t.name not in last] + sorted(last)
        done = self.stats.known
        for name in order:
            if progress:
                progress(done, self.stats.changes)
            rows = self.by_table[name]
            done += sum(len(cs) for cs in rows.values())
            if TABLE_PATH:
                self._merge_table(name, rows)
            else:
                for row_id, changes in rows.items():
                    self.merge_row(name, row_id, changes)

    def _merge_table(self, name: str, rows: dict[str, list[Incoming]]) -> None:
        """``merge_row`` of every row of a table, in the same order, with what is looked up per table done once:
        a row new here that arrives as one insert under nothing frozen (all of a full package into an empty
        workspace, and every row a service made: its field records at one clock) takes every field it names and the
        default of every other -- what ``merge_row`` computes for it. Every other row goes through ``merge_row``."""
        if not rows:  # a table only named by the rows under a new sign point, and none there
            return
        existing = self.existing[name]
        frozen = self._new_row_frozen(name)
        table = self.tables[name]
        codecs = self._codecs(name)
        blank = self._blank(name, table, codecs)
        derived = _derived(name, codecs)
        final, inserts = self.final[name], self.inserts[name]
        logged, to_log, applied = self.logged, self.to_log, self.applied_ids
        # _note_run of a new row: an answer names its run (inline below), a run itself, a photo's link its answer's.
        note = self._note_run if name in ("checklist_run", "attachment_link") else None
        runs = self.stats.runs
        inserted = 0
        for row_id, changes in rows.items():
            if changes and row_id not in existing:
                c = changes[0]
                if len(changes) == 1:  # a whole-row record, mostly
                    if c.base is not None:
                        self.merge_row(name, row_id, changes)
                        continue
                    fields = c.decoded if c.field == ROW_FIELD else {c.field: c.decoded}
                    if frozen(row_id, fields, changes):
                        self.merge_row(name, row_id, changes)
                        continue
                    if not (c.kind == "sign" or derived.isdisjoint(fields)):
                        fields = {f: v for f, v in fields.items() if f not in derived}
                    # the blank row, its id, the fields named, the clock: as merge_row's shortcut sets them
                    values = {**blank, "id": row_id, **fields, "updated_at": c.hlc}
                    applied.add(c.change_id)
                    if c.change_id not in logged:
                        logged.add(c.change_id)
                        to_log.append(c[:9] + (c.actor,))  # the change_log columns (change_id .. kind, actor)
                else:  # the field records of one insert
                    hlc = c.hlc
                    if not all(x.base is None and x.hlc == hlc for x in changes):
                        self.merge_row(name, row_id, changes)
                        continue
                    fields = {}
                    for x in changes:
                        fields.update(x.fields())
                    if frozen(row_id, fields, changes):
                        self.merge_row(name, row_id, changes)
                        continue
                    values = _new_row_values(blank, row_id, changes, derived)
                    for x in changes:
                        applied.add(x.change_id)
                        if x.change_id not in logged:
                            logged.add(x.change_id)
                            to_log.append(x[:9] + (x.actor,))
                final[row_id] = values
                if note is not None:
                    note(name, row_id, values, None)
                elif name == "answer" and values.get("run_id"):
                    runs.add(values["run_id"])
                inserts.append(values)
                inserted += 1
                continue
            self.merge_row(name, row_id, changes)
        self.stats.rows_inserted += inserted

    def _new_row_frozen(self, name: str) -> Callable[[str, dict[str, Any], list[Incoming]], bool]:
        """``(row id, its fields, its records) -> whether _freeze_of finds the row frozen`` for a row of ``name``
        that is not here and arrives as those insert records, with the lookups of a table's rows shared: a run's
        freeze depends only on what this workspace held before the package and on the sign points, which the
        merge does not change."""
        spec = self.specs[name]
        if spec.append_only or spec.frozen_by is None or name == "template_version":
            return lambda _row_id, _fields, _c: False
        if name == "checklist_run":
            points = self.points
            return lambda row_id, _fields, _c: points.get(row_id) is not None
        if isinstance(spec.frozen_by, tuple) and spec.frozen_by[0] == "checklist_run":
            column = spec.frozen_by[1]
            runs = self.run_frozen

            def under_run(_row_id: str, fields: dict[str, Any], _changes: list[Incoming]) -> bool:
                run_id = fields.get(column)
                found = runs.get(run_id)
                if found is None:
                    found = runs[run_id] = self._run_freeze(run_id) is not None
                return found

            return under_run
        return lambda row_id, _fields, changes: self._freeze_of(name, row_id, None, changes) is not None

    def _codecs(self, name: str) -> dict[str, _ColumnCodec]:
        codecs = self.codecs.get(name)
        if codecs is None:
            codecs = self.codecs[name] = codecs_for(self.tables[name], self.conn.dialect)
        return codecs

    def merge_row(self, name: str, row_id: str, changes: list[Incoming]) -> None:
        table = self.tables[name]
        codecs = self._codecs(name)
        current = self.existing[name].get(row_id)
        history = self.histories[name].get(row_id) if current is not None else None
        if current is None and not any(c.insert for c in changes):
            self.stats.skipped += len(changes)  # an edit of a row this workspace never received
            return
        freeze = self._freeze_of(name, row_id, current, changes)
        if ROW_SHORTCUT and current is None and freeze is None and len({c.hlc for c in changes}) == 1 and all(
                c.insert for c in changes):
            # One insert into a row new here, nothing frozen: every field it names wins and every other
            # field keeps its default — what the merge below computes, without building its items.
            values = _new_row_values(self._blank(name, table, codecs), row_id, changes, _derived(name, codecs))
            for c in changes:
                self.applied_ids.add(c.change_id)
                self.log(c)
            self.final[name][row_id] = values
            self._note_run(name, row_id, values, None)
            self.inserts[name].append(values)
            self.stats.rows_inserted += 1
            return
        items = _expand(changes, codecs)
        if current is not None:
            values = dict(current)
        else:
            values = {c.name: None for c in table.columns}
            values.update({n: codec.default_db for n, codec in codecs.items() if codec.has_default})
            values["id"] = row_id
        versions: dict[str, Any] = {}  # field -> its winning version (a _Version, or the _Item itself)
        won: dict[str, _Item] = {}  # fields of a frozen row won by an item of this package
        changed: set[str] = set()
        max_applied = ""
        in_set = True
        if freeze is not None and freeze.point is not None:
            in_set = (history is not None and freeze.point in history.hlcs) or any(i.hlc == freeze.point for i in items)
        elif freeze is not None and current is None:
            in_set = False  # a new row under a record frozen without a sign point
        point = self.points.get(row_id) if name == "checklist_run" else None
        items.sort(key=lambda i: (i.field, i.hlc, i.change_id))
        for item in items:
            fname = item.field
            if fname not in versions:
                versions[fname] = history.version(fname) if history is not None else None
            cur = versions[fname]
            held = values.get(fname)
            differs = item.value != held
            codec = codecs[fname]
            if freeze is not None and in_set:
                holder = won[fname].hlc if fname in won else ((current or {}).get("updated_at") or "")
                win, reason = self._frozen_decision(name, row_id, item, cur, held, freeze, holder)
                if win:
                    if differs and cur is not None and freeze.point is not None and cur.hlc > freeze.point:
                        # a value applied before the sign point was known here: set aside now
                        self.conflict(name, row_id, fname, cur, dumps(codec.to_json(held)), item,
                                      item.text, "frozen")
                    values[fname] = item.value
                    versions[fname] = won[fname] = item
                    changed.add(fname)
                    self.applied_ids.add(item.change_id)
                    max_applied = max(max_applied, item.hlc)
                else:
                    if differs and item.source is not None and fname not in QUIET_FIELDS:
                        self.conflict(name, row_id, fname, item, item.text, cur,
                                      dumps(codec.to_json(held)), reason)
                    self.stats.outvoted += 1
                if item.source is not None:
                    self.log(item.source)
                continue
            if name == "checklist_run" and fname == "status" and item.value in FROZEN_STATUSES and not (
                    (item.value == "signed" and point is not None and item.hlc == point)
                    or (item.value == "superseded" and self._correction_exists(row_id))):
                # Signed only with its sign point (signatures logged with it), superseded only by a correction.
                if differs:
                    self.conflict(name, row_id, fname, item, item.text, cur, dumps(codec.to_json(held)),
                                  "frozen")
                self.stats.outvoted += 1
                if item.source is not None:
                    self.log(item.source)
                continue
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
            if win:
                if concurrent and fname not in QUIET_FIELDS and differs:
                    self.conflict(name, row_id, fname, cur, dumps(codec.to_json(held)), item, item.text,
                                  "concurrent")
                values[fname] = item.value
                versions[fname] = item
                changed.add(fname)
                self.applied_ids.add(item.change_id)
                max_applied = max(max_applied, item.hlc)
                if item.source is not None and item.source.kind == "resolve":
                    self.resolves.append((name, row_id, fname, item.hlc))
            else:
                if concurrent and fname not in QUIET_FIELDS and differs:
                    self.conflict(name, row_id, fname, item, item.text, cur, dumps(codec.to_json(held)),
                                  "concurrent")
                self.stats.outvoted += 1
            if item.source is not None:
                self.log(item.source)
        if freeze is not None and not in_set:
            # Under a signed run but not part of what was signed: kept, as a tombstone, on every workspace.
            for item in items:
                if (item.source is not None and item.field not in QUIET_FIELDS and item.field != "deleted"
                        and not item.field.endswith("_id") and item.field not in ("answered_at", "answered_by")
                        and item.value != codecs[item.field].default_db):
                    self.conflict(name, row_id, item.field, item, item.text, None, None, "frozen")
            if not values.get("deleted"):
                values["deleted"] = True
                changed.add("deleted")
        for c in changes:
            self.log(c)
        self.final[name][row_id] = values
        self._note_run(name, row_id, values, current)
        if current is None:
            values["updated_at"] = max_applied or max(c.hlc for c in changes)
            self.inserts[name].append(values)
            self.stats.rows_inserted += 1
        elif changed:
            patch = {f: values[f] for f in changed}
            if freeze is not None and freeze.point is not None and in_set:
                # the signed version, or the correction's later "superseded"
                stamp = freeze.point
                if name == "checklist_run" and values.get("status") == "superseded":
                    # The version that holds the status: won here, or already held (then the row's stamp
                    # is its clock). Never the latest logged one: that may be a value set aside.
                    if "status" in won:
                        stamp = max(stamp, won["status"].hlc)
                    elif current.get("status") == "superseded":
                        stamp = max(stamp, current["updated_at"] or "")
                patch["updated_at"] = stamp
            else:
                patch["updated_at"] = max(current["updated_at"] or "", max_applied)
            self.updates[name].append((patch, row_id))
            self.stats.rows_updated += 1

    def _blank(self, name: str, table: Table, codecs: dict[str, _ColumnCodec]) -> dict[str, Any]:
        found = self.blanks.get(name)
        if found is None:
            found = {c.name: None for c in table.columns}
            found.update({n: codec.default_db for n, codec in codecs.items() if codec.has_default})
            self.blanks[name] = found
        return found

    def _frozen_decision(self, name: str, row_id: str, item: _Item, cur: _Version | None, held: Any,
                         freeze: _Freeze, holder: str = "") -> tuple[bool, str]:
        """(win, reason if it loses) for a field of a frozen row that is part of the signed record."""
        point = freeze.point
        # The only change a signed run takes: superseded by a correction that exists.
        if name == "checklist_run" and item.field == "status" and item.value == "superseded":
            if (point is None or item.hlc > point) and self._correction_exists(row_id):
                # Against the version that holds the status (the row's version: the latest logged one
                # may be a value set aside), not against the latest logged.
                if held != "superseded":
                    return True, "concurrent"
                return item.hlc > holder, "concurrent"
            return False, "frozen"
        if name == "template_version" and item.field == "status" and held == "published" and item.value == "retired":
            return (cur is None or item.hlc > cur.hlc), "concurrent"
        if point is None:
            return False, "frozen"
        if item.hlc == point:
            # The signed value; a correction's "superseded" that came later keeps its place.
            if name == "checklist_run" and item.field == "status" and held == "superseded" and cur is not None \
                    and cur.hlc > point:
                return False, "frozen"
            return True, "frozen"
        if item.hlc > point:
            return False, "frozen"
        # Written before the sign point: the signed value (logged at the point) wins.
        if cur is not None and cur.hlc >= point:
            return False, "frozen"
        return (cur is None or item.hlc > cur.hlc), "frozen"

    def _note_run(self, name: str, row_id: str, values: dict[str, Any], current: dict[str, Any] | None) -> None:
        """Runs whose scores must be recomputed after this package."""
        if name == "checklist_run":
            self.stats.runs.add(row_id)
        elif name == "answer":
            for run in (values.get("run_id"), (current or {}).get("run_id")):
                if run:
                    self.stats.runs.add(run)
        elif name == "attachment_link" and values.get("owner_table") == "answer":
            answer = self._row("answer", values.get("owner_id"))
            if answer and answer.get("run_id"):
                self.stats.runs.add(answer["run_id"])

    # ------------------------------------------------------------ writing

    def write(self, only: set[str] | None = None) -> None:
        """Children first: foreign keys are deferred to commit, and answers, signatures and photo
        links must be written before their run turns signed in the same package (the frozen-record
        triggers refuse them afterwards), so runs come last. Values are as stored: plain executemany."""
        from opsdesk.db import unfrozen

        with unfrozen(self.conn):
            self._write_tables(only)
        if only is not None:
            return
        self.stats.applied = len(self.applied_ids)
        if self.to_log:
            # A large package into a small log (a new workspace, a first full package): its indexes are
            # built once after the rows rather than updated row by row.
            rebuild = len(self.to_log) >= _REBUILD_MIN and len(self.to_log) >= backend.row_count_estimate(
                self.conn, "change_log", "seq")
            backend.bulk_insert_rows(
                self.conn, ChangeLog.__table__,
                "INSERT INTO change_log (change_id, node_id, hlc, table_name, row_id, field, value, base_hlc, "
                "kind, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.to_log, rebuild_indexes=rebuild)
        if self.conflicts:
            self.stats.conflicts = backend.insert_ignore_rows(self.conn, SyncConflict.__table__, self.conflicts)
        sc = SyncConflict.__table__
        for table_name, row_id, fname, hlc in self.resolves:
            self.conn.execute(sc.update().where(
                sc.c.table_name == table_name, sc.c.row_id == row_id, sc.c.field == fname, sc.c.status == "open",
                sc.c.loser_hlc <= hlc, (sc.c.winner_hlc.is_(None)) | (sc.c.winner_hlc <= hlc),
            ).values(status="resolved", resolution="elsewhere", resolved_at=self.now))


    def _write_tables(self, only: set[str] | None) -> None:
        if self.repointed and (only is None or "checklist_run" in only):
            # Two workspaces signed the same run; the earlier signing wins. Its signed values are
            # written back under a run opened for the length of this write (the run's own row,
            # written last, makes it signed again; everything is checked before commit).
            marks = ",".join("?" * len(self.repointed))
            backend.execute(self.conn, f"UPDATE checklist_run SET status = 'completed' WHERE id IN ({marks})",
                            sorted(self.repointed))
            for patch, row_id in self.updates.get("checklist_run", ()):
                if row_id in self.repointed:
                    patch["status"] = self.final["checklist_run"][row_id]["status"]
        tables = [t for t in reversed(Base.metadata.sorted_tables) if t.name != "checklist_run"]
        for table in [*tables, self.tables["checklist_run"]]:
            name = table.name
            if name in self.written or (only is not None and name not in only):
                continue
            self.written.add(name)
            columns = [c.name for c in table.columns]
            inserts = self.inserts.get(name)
            if inserts:
                # Many new rows into a table holding fewer (a first full package): its indexes are built once
                # after the rows rather than updated row by row -- before any parent is written, since a
                # parent's insert looks its children up (deferred foreign keys) through them.
                rebuild = len(inserts) >= _REBUILD_MIN and backend.indexes_rebuildable_under_deferred_checks(
                    self.conn) and backend.rows_up_to(
                    self.conn, name, len(inserts) + 1) <= len(inserts)
                backend.bulk_insert_rows(
                    self.conn, table,
                    f'INSERT INTO "{name}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}) '
                    f'VALUES ({", ".join("?" * len(columns))})',
                    _row_tuples(inserts, columns), rebuild_indexes=rebuild)
            groups: dict[tuple[str, ...], list[tuple]] = defaultdict(list)
            for patch, row_id in self.updates.get(name, ()):
                fields = tuple(sorted(patch))
                groups[fields].append((*(patch[f] for f in fields), row_id))
            for fields, params in groups.items():
                assignments = ", ".join(f'"{f}" = ?' for f in fields)
                backend.executemany(self.conn, f'UPDATE "{name}" SET {assignments} WHERE id = ?', params)

def _row_tuples(rows: list[dict[str, Any]], columns: list[str]) -> list[tuple]:
    """Each row's values in the order of ``columns`` (None for a column a row does not hold)."""
    get = itemgetter(*columns)
    try:
        out = list(map(get, rows))
    except KeyError:
        return [tuple(row.get(c) for c in columns) for row in rows]
    return out if len(columns) > 1 else [(v,) for v in out]


_DERIVED: dict[str, frozenset[str]] = {}


def _derived(name: str, codecs: dict[str, _ColumnCodec]) -> frozenset[str]:
    found = _DERIVED.get(name)
    if found is None:
        found = _DERIVED[name] = frozenset(f for f, codec in codecs.items() if codec.derived)
    return found


Deriver = Callable[[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]], set[str]]


def apply_changes(conn: Connection, changes: list[Incoming], package_id: str | None,
                  progress: Callable[[int, int], None] | None = None, *,
                  local_node: str | None = None, derive: Deriver | None = None) -> ApplyStats:
    """Check and apply a package's records on ``conn`` (inside the caller's transaction).

    Raises PackageContentError, before anything is written, for a record the workspace cannot
    accept. ``progress(done, total)`` is called after each table's records are merged. The records must
    have been parsed for this connection's engine (``parse_record(..., conn.dialect)``)."""
    engine = backend.storage_dialect(conn).name
    if any(c.engine != engine for c in changes):
        raise ValueError(f"records parsed for another engine than this workspace's ({engine})")
    backend.defer_foreign_keys(conn)
    merger = _Merger(conn, changes, package_id, local_node)
    fresh = merger.fresh()
    if not fresh:
        return merger.stats
    merger.stats.max_hlc = max(c.hlc for c in fresh)
    merger.check(fresh)
    merger.add_rows_under_new_points()
    merger.merge(progress)
    if derive is not None:
        merger.write(only={"template", "template_version", "template_section", "template_item"})
        # Runs that arrive whole (run and every answer new here): their derived fields are computed
        # into the rows before they are written; the caller recomputes the others after the write.
        new_runs = {row["id"]: row for row in merger.inserts.get("checklist_run", ())}
        answers: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in merger.inserts.get("answer", ()):
            if row.get("run_id") in new_runs:
                answers[row["run_id"]].append(row)
        merger.stats.runs -= derive(new_runs, answers)
    merger.write()
    return merger.stats
