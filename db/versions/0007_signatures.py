"""Drawn signatures, and the triggers that freeze a signed run's answers.

Revision ID: 0007_signatures
Revises: 0006_visits
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

from db import pg_triggers as pg
from db.columns import synced_columns_v1 as synced_columns


revision = '0007_signatures'
down_revision = '0006_visits'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('signature',
    sa.Column('owner_table', sa.String(length=64), nullable=False),
    sa.Column('owner_id', sa.String(length=64), nullable=False),
    sa.Column('signer_id', sa.String(length=64), nullable=True),
    sa.Column('signer_name', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('statement', sa.Text(), nullable=False),
    sa.Column('strokes', sa.Text(), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    *synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signature'))
    )
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.create_index('ix_signature_owner', ['owner_table', 'owner_id'], unique=False)



    # A signed run is frozen: its answers cannot be changed or removed, whoever writes to the file.
    if op.get_bind().dialect.name == "postgresql":
        msg = "answers of a signed run are frozen"
        for statement in (pg.refusal("answer_frozen_update", "answer", "BEFORE UPDATE", pg.run_frozen("OLD.run_id"), msg)
                          + pg.refusal("answer_frozen_delete", "answer", "BEFORE DELETE", pg.run_frozen("OLD.run_id"), msg)
                          + pg.refusal("answer_frozen_insert", "answer", "BEFORE INSERT", pg.run_frozen("NEW.run_id"), msg)):
            op.execute(statement)
        return
    op.execute("""
        CREATE TRIGGER answer_frozen_update BEFORE UPDATE ON answer
        WHEN (SELECT status FROM checklist_run WHERE id = OLD.run_id) IN ('signed', 'superseded')
        BEGIN SELECT RAISE(ABORT, 'answers of a signed run are frozen'); END
    """)
    op.execute("""
        CREATE TRIGGER answer_frozen_delete BEFORE DELETE ON answer
        WHEN (SELECT status FROM checklist_run WHERE id = OLD.run_id) IN ('signed', 'superseded')
        BEGIN SELECT RAISE(ABORT, 'answers of a signed run are frozen'); END
    """)
    op.execute("""
        CREATE TRIGGER answer_frozen_insert BEFORE INSERT ON answer
        WHEN (SELECT status FROM checklist_run WHERE id = NEW.run_id) IN ('signed', 'superseded')
        BEGIN SELECT RAISE(ABORT, 'answers of a signed run are frozen'); END
    """)


def downgrade() -> None:
    for name in ("answer_frozen_update", "answer_frozen_delete", "answer_frozen_insert"):
        if op.get_bind().dialect.name == "postgresql":
            for statement in pg.drop(name, "answer"):
                op.execute(statement)
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.drop_index('ix_signature_owner')

    op.drop_table('signature')
