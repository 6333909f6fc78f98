"""The SQL that differs between database engines, in one place (SQLite today, PostgreSQL next).

Two modules know which engine holds the workspace:

- ``opsdesk.db`` is the SQLite *connection* backend: the engine and its pragmas, ``BEGIN IMMEDIATE``
  and the lock waits, the ``VACUUM INTO`` backup before a migration, SQLite's error codes sorted into
  typed errors, ``unfrozen()``.
- this module holds the *statement* pieces the services and the sync engine need: skipping rows whose
  key exists, the month or day of a date column, a substring search with its LIKE escapes, raw bulk
  writes, temporary tables, deferred foreign keys, the driver's integrity errors.

Services and ``opsdesk.sync`` call these helpers and write nothing engine-specific themselves
(``tests/core/test_backend.py`` greps the core for SQLite-only constructs outside these two modules
and ``opsdesk.check``, whose ``db check`` reads SQLite's own integrity pragmas). A PostgreSQL workspace
adds its branch here (every helper already names what PostgreSQL says) and its engine beside ``db``.

Raw SQL given to ``execute``/``executemany``/``raw_rows`` uses ``?`` placeholders (never inside string
literals); they are turned into the driver's parameter style.
"""

from __future__ import annotations

import sqlite3
import sys
import weakref
from collections.abc import Hashable, Iterable, Sequence
from types import ModuleType
from typing import Any

from sqlalchemy import Column, MetaData, Table, exc, or_, true
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.schema import CreateTable, DropTable
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import String

# A row that breaks a constraint, as SQLAlchemy or (for raw bulk writes) the driver reports it:
# ``INTEGRITY_ERRORS`` (module ``__getattr__`` below). psycopg's is among them once psycopg is loaded -- a
# PostgreSQL workspace loads it before any of its errors can be raised --, so opening a SQLite workspace does
# not import psycopg (some 60 ms of start-up on the benchmark machine).
_INTEGRITY_ERRORS: tuple[type[BaseException], ...] = (exc.IntegrityError, sqlite3.IntegrityError)


def __getattr__(name: str) -> Any:  # noqa: ANN401 - PEP 562: INTEGRITY_ERRORS, computed when asked for
    if name == "INTEGRITY_ERRORS":
        psycopg = sys.modules.get("psycopg")
        return _INTEGRITY_ERRORS + ((psycopg.IntegrityError,) if psycopg is not None else ())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

LIKE_ESCAPE = "/"  # SQLAlchemy's ``autoescape`` character


def dialect_name(bind: Connection | Dialect) -> str:
    dialect = bind if isinstance(bind, Dialect) else bind.dialect
    return dialect.name


_SQLITE = sqlite.dialect()


def storage_dialect(bind: Connection | Dialect | None = None) -> Dialect:
    """The dialect whose stored representation raw rows carry on this workspace's driver (SQLite's text
    dates and integer booleans; psycopg's dates, datetimes and booleans): the sync engine converts values
    with its column types' processors for it. ``None``: SQLite."""
    if bind is None:
        return _SQLITE
    dialect = bind if isinstance(bind, Dialect) else bind.dialect
    return _SQLITE if dialect.name == "sqlite" else dialect


# ---------------------------------------------------------------- inserts that skip existing keys


def insert_ignore(bind: Connection | Dialect, table: Table) -> Insert:
    """``INSERT ... ON CONFLICT DO NOTHING`` (SQLite ≥ 3.24 and PostgreSQL say it alike, through each
    dialect's own construct): rows whose primary or unique key is already there are skipped.
    Add the values with ``.values(...)`` or pass a list of rows to ``conn.execute``."""
    name = dialect_name(bind)
    if name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    if name == "postgresql":
        # imported here: a PostgreSQL workspace's engine loaded it already, a SQLite one never needs it
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table).on_conflict_do_nothing()
    raise NotImplementedError(f"insert_ignore: no rule for {name}")


def insert_ignore_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> int:
    """Insert ``rows``, skipping those whose key is already there; returns how many were inserted. SQLite's
    driver counts an executemany's rows; psycopg's batched inserts do not, so PostgreSQL returns the new keys."""
    if not rows:
        return 0
    statement = insert_ignore(conn, table)
    if dialect_name(conn) == "postgresql":
        return len(conn.execute(statement.returning(*table.primary_key.columns), list(rows)).all())
    result = conn.execute(statement, list(rows))
    return max(result.rowcount, 0) if result.rowcount is not None else len(rows)


def insert_ignore_from_select(bind: Connection | Dialect, table: Table, names: Sequence[str],
                              query: Any) -> Insert:  # noqa: ANN401
    """``INSERT INTO table (names) SELECT ... ON CONFLICT DO NOTHING``. The SELECT is given a WHERE
    clause (SQLite's parser would otherwise read ``ON CONFLICT`` as a join constraint)."""
    return insert_ignore(bind, table).from_select(list(names), query.where(true()))


# ---------------------------------------------------------------- dates as text


class month_of(FunctionElement):  # noqa: N801 - used like a SQL function
    """``YYYY-MM`` of a date column."""

    type = String()
    inherit_cache = True
    name = "month_of"


class date_text(FunctionElement):  # noqa: N801 - used like a SQL function
    """``YYYY-MM-DD`` of a date or datetime column."""

    type = String()
    inherit_cache = True
    name = "date_text"


@compiles(month_of, "sqlite")
def _month_of_sqlite(element: month_of, compiler: Any, **kw: Any) -> str:  # noqa: ANN401
    return f"substr({compiler.process(list(element.clauses)[0], **kw)}, 1, 7)"  # dates are ISO text


@compiles(month_of, "postgresql")
def _month_of_pg(element: month_of, compiler: Any, **kw: Any) -> str:  # noqa: ANN401
    return f"to_char({compiler.process(list(element.clauses)[0], **kw)}, 'YYYY-MM')"


@compiles(date_text, "sqlite")
def _date_text_sqlite(element: date_text, compiler: Any, **kw: Any) -> str:  # noqa: ANN401
    return f"substr({compiler.process(list(element.clauses)[0], **kw)}, 1, 10)"


@compiles(date_text, "postgresql")
def _date_text_pg(element: date_text, compiler: Any, **kw: Any) -> str:  # noqa: ANN401
    return f"to_char({compiler.process(list(element.clauses)[0], **kw)}, 'YYYY-MM-DD')"


@compiles(month_of)
@compiles(date_text)
def _no_rule(element: FunctionElement, compiler: Any, **kw: Any) -> str:  # noqa: ANN401
    raise exc.CompileError(f"{element.name}: no rule for {compiler.dialect.name}")


# ---------------------------------------------------------------- order


class sort_by(ColumnElement):  # noqa: N801 - used like ``column.asc()``
    """``column`` ascending, or descending, with NULL the smallest value as SQLite has it: SQLite says
    ``x ASC`` / ``x DESC`` (unchanged), PostgreSQL ``x ASC NULLS FIRST`` / ``x DESC NULLS LAST`` (its NULL is
    the largest). Every list whose order key may be NULL sorts through this, so both backends agree."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement),
                           ("descending", InternalTraversal.dp_boolean)]

    def __init__(self, column: Any, descending: bool = False) -> None:  # noqa: ANN401
        self.column = column
        self.descending = bool(descending)


@compiles(sort_by)
def _sort_by(element: sort_by, compiler: Any, **kw: Any) -> str:  # noqa: ANN401
    return f"{compiler.process(element.column, **kw)} {'DESC' if element.descending else 'ASC'}"


@compiles(sort_by, "postgresql")
def _sort_by_pg(element: sort_by, compiler: Any, **kw: Any) -> str:  # noqa: ANN401
    direction = "DESC NULLS LAST" if element.descending else "ASC NULLS FIRST"
    return f"{compiler.process(element.column, **kw)} {direction}"


# ---------------------------------------------------------------- search


def contains(column: Any, term: str) -> ColumnElement[bool]:  # noqa: ANN401
    """``column`` contains ``term``, ignoring case (ASCII letters, as SQLite's LIKE always did); ``%``,
    ``_`` and the escape character in ``term`` match themselves. The one LIKE escape of the core."""
    return column.icontains(term, autoescape=True)


def contains_any(columns: Iterable[Any], term: str) -> ColumnElement[bool]:
    """Any of ``columns`` contains ``term`` (see ``contains``)."""
    return or_(*(contains(c, term) for c in columns))


# ---------------------------------------------------------------- raw statements (bulk writes)


def _driver_sql(conn: Connection, sql: str) -> str:
    style = conn.dialect.paramstyle
    if style == "qmark":
        return sql
    if style in ("format", "pyformat"):
        return sql.replace("%", "%%").replace("?", "%s")
    raise NotImplementedError(f"parameter style {style}")


def executemany(conn: Connection, sql: str, rows: Sequence[Sequence[Any]]) -> int:
    """One raw statement for many rows on the connection's driver cursor, inside the caller's
    transaction (SQLAlchemy's per-row processing costs more than the write for large batches).
    Values must already be as stored. Returns the rows changed (as the driver counts them)."""
    if not rows:
        return 0
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.executemany(_driver_sql(conn, sql), rows)
        return cursor.rowcount
    finally:
        cursor.close()


def execute(conn: Connection, sql: str, params: Sequence[Any] = ()) -> int:
    """One raw statement (values as stored); returns the rows changed."""
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(_driver_sql(conn, sql), tuple(params))
        return cursor.rowcount
    finally:
        cursor.close()


def raw_rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
    """Column names and rows of a query, values as stored (no type conversion)."""
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(_driver_sql(conn, sql), tuple(params))
        names = [d[0] for d in cursor.description]
        return names, [tuple(r) for r in cursor.fetchall()]
    finally:
        cursor.close()


def row_count_estimate(conn: Connection, table: str, key: str) -> int:
    """A cheap upper estimate of a table's rows: the largest value of its integer primary key ``key``
    (one index lookup, where ``count(*)`` reads the whole table)."""
    found = conn.exec_driver_sql(f'SELECT max("{key}") FROM "{table}"').scalar()
    return int(found or 0)


def rows_up_to(conn: Connection, table: str, limit: int) -> int:
    """How many rows ``table`` holds, counted up to ``limit`` (reads at most ``limit`` rows, where
    ``count(*)`` reads the whole table): enough to tell whether a batch outnumbers what is there."""
    found = conn.exec_driver_sql(f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT {int(limit)}) AS q').scalar()
    return int(found or 0)


def indexes_rebuildable_under_deferred_checks(conn: Connection) -> bool:
    """Whether a table written under deferred foreign keys (``defer_foreign_keys``) may have its indexes built
    again in the same transaction. SQLite counts deferred violations and checks them at commit; PostgreSQL keeps
    a pending check per written row and refuses CREATE INDEX on a table with pending ones."""
    return dialect_name(conn) == "sqlite"


def bulk_insert_rows(conn: Connection, table: Table, sql: str, rows: Sequence[Sequence[Any]], *,
                     rebuild_indexes: bool) -> int:
    """``executemany(sql, rows)`` into ``table``; with ``rebuild_indexes`` its secondary (non-unique)
    indexes are dropped first and created again after the write, in the caller's transaction: one
    sorted build of each index instead of a B-tree insert per row, worth it when the rows written
    outnumber the rows already there. Both engines run this DDL inside the transaction, so a rollback
    restores the indexes; a failed write must roll the transaction back (the indexes are not recreated).
    On PostgreSQL the dropped index locks the table for other sessions until the commit."""
    indexes = sorted((i for i in table.indexes if not i.unique), key=lambda i: i.name) if rebuild_indexes else []
    for index in indexes:
        index.drop(conn)
    written = executemany(conn, sql, rows)
    for index in indexes:
        index.create(conn)
    return written


# ---------------------------------------------------------------- temporary tables


def temp_table(name: str, *columns: Column) -> Table:
    """A table of this connection only, gone when it closes (``CREATE TEMPORARY TABLE`` on both engines).
    Refer to it by its bare name: a temporary table is found before a permanent one."""
    return Table(name, MetaData(), *columns, prefixes=["TEMPORARY"])


def create_temp(conn: Connection, table: Table) -> None:
    """(Re)create ``table`` (from ``temp_table``) empty on ``conn``."""
    conn.execute(DropTable(table, if_exists=True))
    conn.execute(CreateTable(table))


# ---------------------------------------------------------------- constraints


def defer_foreign_keys(conn: Connection) -> None:
    """Check foreign keys at commit, not per statement, for the rest of this transaction (a package
    writes children before their parents)."""
    name = dialect_name(conn)
    if name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    elif name == "postgresql":
        # Every foreign key is DEFERRABLE INITIALLY IMMEDIATE there (db/versions/0017): checked per
        # statement as on SQLite, at commit for the rest of this transaction.
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
    else:
        raise NotImplementedError(f"defer_foreign_keys: no rule for {name}")


# ---------------------------------------------------------------- compiled statements shared by the engines

# Attributes a dialect derives from its class and settings (or keeps per instance without changing what it
# compiles): left out of the configuration that decides whether two engines may share a compiled statement.
_DERIVED_DIALECT_ATTRS = frozenset({"_type_memos", "identifier_preparer", "type_compiler",
                                    "type_compiler_instance", "_ischema", "_psycopg_adapters_map"})
_SCALARS = (bool, int, float, str, bytes, tuple, type(None))


class SharedStatementCache:
    """The compiled-statement cache of every engine this process makes (``execution_options`` of
    ``create_engine``: ``compiled_cache``). SQLAlchemy keys a compiled statement by the dialect *object*, so
    each new engine -- each workspace opened, each read-only engine, each `db check` -- compiled every
    statement again (a few milliseconds each, and ORM selects of wide tables more). Here the key's dialect
    stands for its configuration: its class, its server's version and every plain setting it holds
    (parameter style, feature flags, schema name ...); another object -- a serializer, a module -- counts by
    identity. Engines configured alike share what one of them compiled; any difference keeps them apart."""

    def __init__(self, capacity: int = 2000) -> None:
        from sqlalchemy.util import LRUCache

        self._lru: Any = LRUCache(capacity)
        self._configs: weakref.WeakKeyDictionary[Dialect, tuple] = weakref.WeakKeyDictionary()

    def configuration(self, dialect: Dialect) -> tuple:
        config = self._configs.get(dialect)
        if config is None:
            items = []
            for name, value in sorted(vars(dialect).items()):
                if name in _DERIVED_DIALECT_ATTRS:
                    continue
                if isinstance(value, _SCALARS):
                    items.append((name, value))
                elif isinstance(value, ModuleType):
                    items.append((name, value.__name__))
                else:  # held in the key, so never mistaken for a later object at the same address
                    items.append((name, value if isinstance(value, Hashable) else _Identity(value)))
            config = (type(dialect), tuple(items))
            if dialect.server_version_info is not None:  # initialized on its first connection: settled from now
                self._configs[dialect] = config
        return config

    def _key(self, key: Any) -> Any:  # noqa: ANN401 - SQLAlchemy's key: (dialect, statement key, ...)
        if isinstance(key, tuple) and key and isinstance(key[0], Dialect):
            return (self.configuration(key[0]), *key[1:])
        return key

    def get(self, key: Any, default: Any = None) -> Any:  # noqa: ANN401
        return self._lru.get(self._key(key), default)

    def __setitem__(self, key: Any, value: Any) -> None:  # noqa: ANN401
        self._lru[self._key(key)] = value

    def __len__(self) -> int:
        return len(self._lru)

    def clear(self) -> None:
        self._lru.clear()


class _Identity:
    """An unhashable setting, compared by identity (and kept alive by the keys that name it)."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Identity) and other.value is self.value

    def __hash__(self) -> int:
        return id(self.value)


STATEMENT_CACHE = SharedStatementCache()


def engine_options() -> dict[str, Any]:
    """The ``create_engine`` arguments every workspace engine takes, on either backend."""
    return {"execution_options": {"compiled_cache": STATEMENT_CACHE}}
