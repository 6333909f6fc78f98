"""Alembic environment. OpsDesk passes an open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from opsdesk.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from opsdesk.db import make_engine
        from pathlib import Path

        url = config.get_main_option("sqlalchemy.url") or ""
        engine = make_engine(Path(url.removeprefix("sqlite:///")), foreign_keys=False, pooled=False)
        with engine.connect() as conn:
            _run(conn)
            conn.commit()
        return
    _run(connection)


def _run(connection) -> None:  # noqa: ANN001
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "postgresql":
            from db.pg_triggers import after_upgrade

            after_upgrade(connection)


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
