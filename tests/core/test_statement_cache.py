"""Engines configured alike share compiled statements (opsdesk.backend.SharedStatementCache): a statement one
workspace's engine compiled is not compiled again for another workspace's engine, each still reads its own
rows, and an engine configured differently compiles its own."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import create_engine, select

from opsdesk import backend
from opsdesk.db import Database
from opsdesk.models import Meta

BACKENDS = ("sqlite", "pg")


def _probe():  # noqa: ANN202 - a select no other code has compiled (its label is new)
    return select(Meta.value.label(f"probe_{uuid.uuid4().hex}")).where(Meta.key == "probe")


def _run(engine, statement) -> tuple[str, object]:  # noqa: ANN001
    with engine.connect() as conn:
        result = conn.execute(statement)
        return result.scalar_one(), result.context.cache_hit


def test_a_statement_compiled_for_one_workspace_is_reused_by_the_next(backend, workspace_at) -> None:  # noqa: ANN001
    first = Database.open(workspace_at("a.sqlite", server=True))
    second = Database.open(workspace_at("b.sqlite", server=True))
    try:
        first.set_meta("probe", "first")
        second.set_meta("probe", "second")
        statement = _probe()
        dialect = first.engine.dialect
        assert _run(first.engine, statement) == ("first", dialect.CACHE_MISS)
        assert _run(second.engine, statement) == ("second", dialect.CACHE_HIT)
        assert _run(first.engine, statement) == ("first", dialect.CACHE_HIT)
    finally:
        first.close()
        second.close()


def test_an_engine_configured_otherwise_compiles_its_own(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "w.sqlite")
    other = create_engine(f"sqlite:///{tmp_path / 'w.sqlite'}", paramstyle="named", **backend.engine_options())
    try:
        db.set_meta("probe", "value")
        statement = _probe()
        assert _run(db.engine, statement) == ("value", db.engine.dialect.CACHE_MISS)
        assert _run(other, statement) == ("value", other.dialect.CACHE_MISS)
        with other.connect() as conn:
            assert ":key_1" in conn.execute(statement).context.compiled.string
        assert (backend.STATEMENT_CACHE.configuration(db.engine.dialect)
                != backend.STATEMENT_CACHE.configuration(other.dialect))
    finally:
        other.dispose()
        db.close()
