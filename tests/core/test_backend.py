"""The dialect-specific SQL lives in opsdesk/backend.py (statements) and opsdesk/db.py (the SQLite
connection): a guard that fails when SQLite-only SQL appears anywhere else in the core, and the
helpers tested on real SQLite files."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Table,
    Text,
    column,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite

from opsdesk import backend, errors
from opsdesk.db import make_engine

CORE = Path(__file__).resolve().parents[2] / "opsdesk"

# Where engine-specific SQL may live, and why.
ALLOWED = {
    "backend.py": "the statement backend",
    "db.py": "the SQLite connection backend (engine, pragmas, BEGIN IMMEDIATE, VACUUM INTO, error codes)",
    "check.py": "db check reads SQLite's own integrity and foreign-key pragmas of the file",
}

FORBIDDEN = {
    "pragma": re.compile(r"\bPRAGMA\b", re.I),
    "begin immediate": re.compile(r"\bBEGIN\s+IMMEDIATE\b", re.I),
    "vacuum": re.compile(r"\bVACUUM\b", re.I),
    "insert or ignore/replace": re.compile(r"\bOR\s+(IGNORE|REPLACE)\b", re.I),
    "prefix_with": re.compile(r"\.prefix_with\("),
    "temp table": re.compile(r"\bTEMP(ORARY)?\s+TABLE\b|\btemp\.\w", re.I),
    "sqlite function": re.compile(r"\bfunc\.(substr|instr|strftime|julianday|date|datetime|group_concat|printf)\b"),
    "sqlite function in sql": re.compile(r"(?<![.\w])(substr|instr|strftime|julianday|group_concat)\s*\(", re.I),
    "hand-written like escape": re.compile(r"\bescape\s*=|\.i?like\("),
    "driver connection": re.compile(r"\bdriver_connection\b|\bexec_driver_sql\b|(?<!backend)\.executemany\("),
    "sqlite module": re.compile(r"^\s*(import\s+sqlite3|from\s+sqlite3\b)|\bsqlalchemy\.dialects\b|\bsqlite_master\b",
                                re.M),
}


def code_without_prose(source: str) -> str:
    """The source with comments and docstrings blanked (SQL in string literals stays)."""
    lines = source.splitlines(keepends=True)
    blank: set[tuple[int, int]] = set()
    for node in ast.walk(ast.parse(source)):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            blank.add((body[0].lineno, body[0].end_lineno))
    out = []
    comments = {t.start[0]: t.start[1] for t in tokenize.generate_tokens(io.StringIO(source).readline)
                if t.type == tokenize.COMMENT}
    for number, line in enumerate(lines, 1):
        if any(a <= number <= b for a, b in blank):
            out.append("\n")
        elif number in comments:
            out.append(line[:comments[number]] + "\n")
        else:
            out.append(line)
    return "".join(out)


def offences(source: str) -> list[tuple[int, str]]:
    code = code_without_prose(source)
    found = []
    for name, pattern in FORBIDDEN.items():
        for m in pattern.finditer(code):
            found.append((code.count("\n", 0, m.start()) + 1, name))
    return sorted(found)


def test_no_sqlite_only_sql_outside_the_backend_modules() -> None:
    found = {}
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(CORE).as_posix()
        if rel in ALLOWED:
            continue
        hits = offences(path.read_text(encoding="utf-8"))
        if hits:
            found[rel] = hits
    assert found == {}, f"SQLite-only SQL outside opsdesk/backend.py and opsdesk/db.py: {found}"


def test_the_guard_sees_each_construct_in_code_and_not_in_prose() -> None:
    bad = '''
def f(conn, s):
    """PRAGMA and VACUUM in a docstring are fine."""
    # INSERT OR IGNORE in a comment is fine too
    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    s.execute(t.insert().prefix_with("OR IGNORE"))
    conn.execute(text("CREATE TEMP TABLE x (a)"))
    month = func.substr(col, 1, 7)
    rows = conn.execute(text("SELECT instr(a, 'x') FROM t"))
    q = col.like(pattern, escape="\\\\")
    cur = conn.connection.driver_connection.cursor()
    cur.executemany("UPDATE t SET a = ?", rows)
'''
    names = {name for _line, name in offences(bad)}
    assert names == {"pragma", "insert or ignore/replace", "prefix_with", "temp table", "sqlite function",
                     "sqlite function in sql", "hand-written like escape", "driver connection"}
    assert all(line >= 5 for line, _name in offences(bad))  # nothing from the docstring or the comment
    assert offences("import sqlite3\n") == [(1, "sqlite module")]
    assert offences("x = 1  # import sqlite3\n") == []
    assert offences("day.strftime('%Y')\nbackend.executemany(conn, sql, rows)\n") == []


# ---------------------------------------------------------------- the helpers on SQLite

meta = MetaData()
parent = Table("parent", meta, Column("id", Text, primary_key=True), Column("name", Text, nullable=False))
child = Table("child", meta, Column("id", Text, primary_key=True),
              Column("parent_id", Text, ForeignKey("parent.id"), nullable=False))
dated = Table("dated", meta, Column("id", Integer, primary_key=True), Column("day", Date), Column("at", DateTime))


@pytest.fixture
def engine(tmp_path: Path):  # noqa: ANN201
    """A real SQLite file opened the way OpsDesk opens workspaces (WAL, foreign keys on)."""
    engine = make_engine(tmp_path / "b.sqlite")
    meta.create_all(engine)
    yield engine
    engine.dispose()


def test_insert_ignore_skips_existing_keys_and_keeps_their_values(engine) -> None:  # noqa: ANN001
    with engine.begin() as conn:
        conn.execute(insert(parent), [{"id": "a", "name": "first"}])
        result = conn.execute(backend.insert_ignore(conn, parent),
                              [{"id": "a", "name": "second"}, {"id": "b", "name": "new"}])
        assert result.rowcount == 1
        assert dict(conn.execute(select(parent.c.id, parent.c.name)).all()) == {"a": "first", "b": "new"}
    assert "ON CONFLICT DO NOTHING" in str(backend.insert_ignore(postgresql.dialect(), parent).compile(
        dialect=postgresql.dialect()))


def test_insert_ignore_from_select(engine) -> None:  # noqa: ANN001
    scope = backend.temp_table("scope", Column("tag", Text, primary_key=True), Column("ref", Text, primary_key=True))
    with engine.begin() as conn:
        conn.execute(insert(parent), [{"id": i, "name": i.upper()} for i in ("a", "b", "c")])
        backend.create_temp(conn, scope)
        ids = text("SELECT id FROM parent WHERE id <> 'c'").columns(column("id")).subquery("q")
        for _ in range(2):  # the second time every row is there already
            conn.execute(backend.insert_ignore_from_select(conn, scope, ["tag", "ref"],
                                                           select(literal("parent"), ids.c.id)))
        assert sorted(conn.execute(select(scope.c.tag, scope.c.ref)).all()) == [("parent", "a"), ("parent", "b")]


def test_month_and_day_of_dates(engine) -> None:  # noqa: ANN001
    with engine.begin() as conn:
        conn.execute(insert(dated), [{"id": 1, "day": date(2024, 3, 5), "at": datetime(2024, 12, 31, 23, 59, 1)},
                                     {"id": 2, "day": date(2023, 11, 30), "at": datetime(2023, 1, 2, 3, 4)}])
        rows = conn.execute(select(dated.c.id, backend.month_of(dated.c.day), backend.date_text(dated.c.at),
                                   backend.month_of(dated.c.at)).order_by(dated.c.id)).all()
        assert rows == [(1, "2024-03", "2024-12-31", "2024-12"), (2, "2023-11", "2023-01-02", "2023-01")]
        grouped = conn.execute(select(backend.month_of(dated.c.day)).group_by(backend.month_of(dated.c.day))
                               .order_by(backend.month_of(dated.c.day))).scalars().all()
        assert grouped == ["2023-11", "2024-03"]
    pg = str(select(backend.month_of(dated.c.day)).compile(dialect=postgresql.dialect()))
    assert "to_char(dated.day, 'YYYY-MM')" in pg


def test_contains_escapes_like_wildcards_and_ignores_ascii_case(engine) -> None:  # noqa: ANN001
    names = ["50%_off", "50 percent", "a/b", "ab", "A\\B", "Abc Store", "北京王府井店"]
    with engine.begin() as conn:
        conn.execute(insert(parent), [{"id": str(i), "name": n} for i, n in enumerate(names)])

        def found(term: str) -> list[str]:
            return sorted(conn.execute(select(parent.c.name).where(backend.contains(parent.c.name, term))).scalars())

        assert found("%") == ["50%_off"]
        assert found("_") == ["50%_off"]
        assert found("/") == ["a/b"]
        assert found("\\") == ["A\\B"]
        assert found("abc") == ["Abc Store"]
        assert found("ABC STORE") == ["Abc Store"]
        assert found("王府井") == ["北京王府井店"]
        assert found("50") == ["50 percent", "50%_off"]
        either = select(parent.c.id).where(backend.contains_any((parent.c.name, parent.c.id), "3"))
        assert conn.execute(either).scalars().all() == ["3"]  # matched by id only


def test_raw_statements_use_the_callers_transaction(engine) -> None:  # noqa: ANN001
    with engine.connect() as conn:
        with conn.begin() as tx:
            assert backend.executemany(conn, "INSERT INTO parent (id, name) VALUES (?, ?)",
                                       [("a", "x"), ("b", "y")]) == 2
            assert backend.execute(conn, "UPDATE parent SET name = ? WHERE id = ?", ("z", "b")) == 1
            assert backend.executemany(conn, "UPDATE parent SET name = ?", []) == 0
            names, rows = backend.raw_rows(conn, "SELECT id, name FROM parent ORDER BY id")
            assert names == ["id", "name"] and rows == [("a", "x"), ("b", "z")]
            tx.rollback()
        assert conn.execute(select(parent.c.id)).all() == []
        conn.rollback()
        with conn.begin():
            backend.executemany(conn, "INSERT INTO dated (id, day) VALUES (?, ?)", [(1, "2024-02-29")])
        names, rows = backend.raw_rows(conn, "SELECT day FROM dated WHERE id = ?", (1,))
        assert rows == [("2024-02-29",)]  # as stored, not converted
        with pytest.raises(backend.INTEGRITY_ERRORS), conn.begin():
            backend.executemany(conn, "INSERT INTO dated (id) VALUES (?)", [(1,)])


def test_temp_tables_belong_to_their_connection(engine) -> None:  # noqa: ANN001
    scratch = backend.temp_table("scratch", Column("id", Text, primary_key=True))
    with engine.connect() as conn, engine.connect() as other:
        with conn.begin():
            backend.create_temp(conn, scratch)
            conn.execute(insert(scratch), [{"id": "x"}])
            backend.create_temp(conn, scratch)  # created again: empty
            conn.execute(insert(scratch), [{"id": "y"}])
            assert conn.execute(select(scratch.c.id)).scalars().all() == ["y"]
        with pytest.raises(Exception, match="no such table"):
            other.execute(select(scratch.c.id)).all()
    with engine.connect() as conn:
        assert "scratch" not in {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}


def test_deferred_foreign_keys_wait_for_the_commit(engine) -> None:  # noqa: ANN001
    with pytest.raises(backend.INTEGRITY_ERRORS), engine.begin() as conn:
        conn.execute(insert(child), [{"id": "c", "parent_id": "p"}])  # checked at once
    with engine.begin() as conn:
        backend.defer_foreign_keys(conn)
        conn.execute(insert(child), [{"id": "c", "parent_id": "p"}])  # the child first...
        conn.execute(insert(parent), [{"id": "p", "name": "P"}])  # ...its parent before commit
    with pytest.raises(backend.INTEGRITY_ERRORS), engine.begin() as conn:
        backend.defer_foreign_keys(conn)
        conn.execute(insert(child), [{"id": "orphan", "parent_id": "nobody"}])  # refused at commit
    with engine.connect() as conn:
        assert conn.execute(select(child.c.id)).scalars().all() == ["c"]


def test_the_storage_dialect_is_sqlites() -> None:
    assert isinstance(backend.storage_dialect(), sqlite.dialect)


def test_errors_moved_out_of_services_keep_their_old_names() -> None:
    from opsdesk.services import actions, runs, signatures, templates

    assert runs.RunClosedError is errors.RunClosedError
    assert actions.TransitionError is errors.TransitionError
    assert signatures.SignatureError is errors.SignatureError
    assert templates.VersionFrozenError is errors.VersionFrozenError
    assert templates.NothingPublishedError is errors.NothingPublishedError


def test_a_sqlite_workspace_loads_neither_psycopg_nor_the_postgresql_dialect(tmp_path) -> None:  # noqa: ANN001
    """Opening a workspace file (at the current schema) imports no PostgreSQL code (about 115 ms of CPU on the benchmark machine); the
    answer index gets its PostgreSQL condition once ``opsdesk.pg`` is imported, and psycopg's integrity error
    joins ``INTEGRITY_ERRORS`` once psycopg is loaded."""
    import subprocess
    import sys

    from opsdesk.db import Database

    Database.open(tmp_path / "w.sqlite").close()  # made (and migrated: Alembic's migrations load the dialect) here
    code = (
        "import sys\n"
        "from opsdesk.db import Database\n"
        "from opsdesk.services import AppContext, workspace\n"
        f"db = Database.open({str(tmp_path / 'w.sqlite')!r})\n"
        "ctx = AppContext(db); workspace.prepare(ctx); workspace.current_user(ctx)\n"
        "from opsdesk import backend\n"
        "print('loaded:', [m for m in ('psycopg', 'sqlalchemy.dialects.postgresql') if m in sys.modules],"
        " len(backend.INTEGRITY_ERRORS))\n"
        "from sqlalchemy.schema import CreateIndex\n"
        "from sqlalchemy.dialects import postgresql\n"
        "import opsdesk.pg, psycopg\n"
        "from opsdesk.models import Answer\n"
        "[ix] = [i for i in Answer.__table__.indexes if i.name == 'ix_answer_failed']\n"
        "print('pg:', CreateIndex(ix).compile(dialect=postgresql.dialect()), psycopg.IntegrityError in"
        " backend.INTEGRITY_ERRORS)\n"
        "db.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "loaded: [] 2" in done.stdout, done.stdout
    assert "pg: CREATE INDEX ix_answer_failed ON answer (run_id, item_id) WHERE failed AND NOT deleted True" \
        in done.stdout, done.stdout
