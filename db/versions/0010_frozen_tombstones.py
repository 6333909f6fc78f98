"""Frozen answers: the triggers also cover an answer moved into a signed run, and let sync keep a
row that is not part of a signed record as a tombstone (deleted = 1) instead of refusing the package.

Revision ID: 0010_frozen_tombstones
Revises: 0009_list_indexes
Create Date: 2026-12-04
"""
from alembic import op

from db import pg_triggers as pg


revision = '0010_frozen_tombstones'
down_revision = '0009_list_indexes'
branch_labels = None
depends_on = None

_FROZEN = "('signed', 'superseded')"


def _postgresql_triggers(tombstones: bool) -> None:
    msg = "answers of a signed run are frozen"
    update = f"{pg.run_frozen('OLD.run_id')} OR {pg.run_frozen('NEW.run_id')}"
    insert = pg.run_frozen("NEW.run_id")
    if tombstones:
        update = f"NOT (OLD.deleted AND NEW.deleted) AND ({update})"
        insert = f"NOT NEW.deleted AND {insert}"
    else:
        update = pg.run_frozen("OLD.run_id")
    for statement in (pg.refusal("answer_frozen_update", "answer", "BEFORE UPDATE", update, msg)
                      + pg.refusal("answer_frozen_insert", "answer", "BEFORE INSERT", insert, msg)):
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers(tombstones=True)
        return
    for name in ("answer_frozen_update", "answer_frozen_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    # A tombstone stays a tombstone: it is not part of what was signed (the signed content
    # counts live answers only), so it may be written; every other write to a signed run's
    # answers, from the old run or into a signed one, is refused.
    op.execute(f"""
        CREATE TRIGGER answer_frozen_update BEFORE UPDATE ON answer
        WHEN NOT (OLD.deleted = 1 AND NEW.deleted = 1) AND (
            (SELECT status FROM checklist_run WHERE id = OLD.run_id) IN {_FROZEN}
            OR (SELECT status FROM checklist_run WHERE id = NEW.run_id) IN {_FROZEN})
        BEGIN SELECT RAISE(ABORT, 'answers of a signed run are frozen'); END
    """)
    op.execute(f"""
        CREATE TRIGGER answer_frozen_insert BEFORE INSERT ON answer
        WHEN NEW.deleted = 0 AND (SELECT status FROM checklist_run WHERE id = NEW.run_id) IN {_FROZEN}
        BEGIN SELECT RAISE(ABORT, 'answers of a signed run are frozen'); END
    """)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers(tombstones=False)
        return
    for name in ("answer_frozen_update", "answer_frozen_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"""
        CREATE TRIGGER answer_frozen_update BEFORE UPDATE ON answer
        WHEN (SELECT status FROM checklist_run WHERE id = OLD.run_id) IN {_FROZEN}
        BEGIN SELECT RAISE(ABORT, 'answers of a signed run are frozen'); END
    """)
    op.execute(f"""
        CREATE TRIGGER answer_frozen_insert BEFORE INSERT ON answer
        WHEN (SELECT status FROM checklist_run WHERE id = NEW.run_id) IN {_FROZEN}
        BEGIN SELECT RAISE(ABORT, 'answers of a signed run are frozen'); END
    """)
