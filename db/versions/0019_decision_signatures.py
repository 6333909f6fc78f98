"""Decisions bound to the person: ``decision_signature`` (a decision's content hash signed with the decider's
key, written once: the database refuses to change or delete one); a drawn signature says whether its signer
had no account and which account collected it (``signature.external``, ``signature.collected_by``; earlier
signatures without a user id are marked external); a sync conflict says why a decision did not verify
(``sync_conflict.detail``).

Revision ID: 0019_decision_signatures
Revises: 0018_sign_in
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

from db import pg_triggers as pg
from db.columns import synced_columns_v1 as synced_columns

revision = '0019_decision_signatures'
down_revision = '0018_sign_in'
branch_labels = None
depends_on = None

_CONTENT = ("id", "owner_table", "owner_id", "kind", "content_hash", "decider_id", "certificate", "signature",
            "signed_at", "created_at", "origin_node", "deleted")
_TRIGGERS = ("decision_signature_update", "decision_signature_delete", "decision_signature_rekey")
_MSG = "a decision is never changed"


def upgrade() -> None:
    op.create_table('decision_signature',
    sa.Column('owner_table', sa.String(length=64), nullable=False),
    sa.Column('owner_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('decider_id', sa.String(length=64), nullable=False),
    sa.Column('certificate', sa.Text(), nullable=False),
    sa.Column('signature', sa.Text(), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    *synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_signature'))
    )
    op.create_index('ix_decision_signature_owner', 'decision_signature', ['owner_table', 'owner_id'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        statements = pg.refusal("decision_signature_update", "decision_signature", "BEFORE UPDATE",
                                pg.changed(_CONTENT), _MSG)
        statements += pg.refusal("decision_signature_delete", "decision_signature", "BEFORE DELETE", "true", _MSG)
        statements += pg.refusal("decision_signature_rekey", "decision_signature", "BEFORE INSERT",
                                 "EXISTS (SELECT 1 FROM decision_signature f WHERE f.id = NEW.id)", _MSG)
        for statement in statements:
            op.execute(statement)
    else:
        changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _CONTENT)
        for name, when in (
                ("decision_signature_update", f"BEFORE UPDATE ON decision_signature WHEN {changed}"),
                ("decision_signature_delete", "BEFORE DELETE ON decision_signature"),
                ("decision_signature_rekey", "BEFORE INSERT ON decision_signature WHEN EXISTS ("
                                             "SELECT 1 FROM decision_signature f WHERE f.id = NEW.id)")):
            op.execute(f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{_MSG}'); END")
    op.add_column('signature', sa.Column('external', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('signature', sa.Column('collected_by', sa.String(length=64), nullable=True))
    op.execute(sa.text("UPDATE signature SET external = :yes WHERE signer_id IS NULL").bindparams(yes=True))
    op.add_column('sync_conflict', sa.Column('detail', sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column('sync_conflict', 'detail')
    op.drop_column('signature', 'collected_by')
    op.drop_column('signature', 'external')
    for name in _TRIGGERS:
        if op.get_bind().dialect.name == "postgresql":
            for statement in pg.drop(name, "decision_signature"):
                op.execute(statement)
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index('ix_decision_signature_owner', table_name='decision_signature')
    op.drop_table('decision_signature')
