"""Sync files: acknowledgements, import/export ledgers, conflicts; change kinds.

Revision ID: 0008_sync
Revises: 0007_signatures
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa


revision = '0008_sync'
down_revision = '0007_signatures'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('node', schema=None) as batch_op:
        batch_op.add_column(sa.Column('receive_regions', sa.Text(), nullable=True))
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('actor_id', sa.String(length=64), nullable=True))
        batch_op.create_index('ix_change_log_node', ['node_id', 'hlc'], unique=False)

    op.create_table('peer_ack',
    sa.Column('peer_id', sa.String(length=32), nullable=False),
    sa.Column('origin_id', sa.String(length=32), nullable=False),
    sa.Column('hlc', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('peer_id', 'origin_id', name=op.f('pk_peer_ack'))
    )
    op.create_table('import_ledger',
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('from_node', sa.String(length=32), nullable=False),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('changes', sa.Integer(), nullable=False),
    sa.Column('applied', sa.Integer(), nullable=False),
    sa.Column('known', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.Column('conflicts', sa.Integer(), nullable=False),
    sa.Column('attachments', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('package_id', name=op.f('pk_import_ledger'))
    )
    op.create_index('ix_import_ledger_node', 'import_ledger', ['from_node', 'imported_at'], unique=False)
    op.create_table('export_ledger',
    sa.Column('package_id', sa.String(length=36), nullable=False),
    sa.Column('to_node', sa.String(length=32), nullable=True),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('full', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('changes', sa.Integer(), nullable=False),
    sa.Column('attachments', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('package_id', name=op.f('pk_export_ledger'))
    )
    op.create_index('ix_export_ledger_node', 'export_ledger', ['to_node', 'created'], unique=False)
    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.String(length=64), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('winner_value', sa.Text(), nullable=True),
    sa.Column('winner_hlc', sa.String(length=80), nullable=True),
    sa.Column('winner_node', sa.String(length=32), nullable=True),
    sa.Column('winner_change_id', sa.String(length=36), nullable=True),
    sa.Column('loser_value', sa.Text(), nullable=True),
    sa.Column('loser_hlc', sa.String(length=80), nullable=False),
    sa.Column('loser_node', sa.String(length=32), nullable=False),
    sa.Column('loser_change_id', sa.String(length=36), nullable=False),
    sa.Column('package_id', sa.String(length=36), nullable=True),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('resolution', sa.String(length=16), nullable=True),
    sa.Column('resolved_by', sa.String(length=64), nullable=True),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    op.create_index('ix_sync_conflict_status', 'sync_conflict', ['status', 'detected_at'], unique=False)
    op.create_index('ix_sync_conflict_field', 'sync_conflict', ['table_name', 'row_id', 'field'], unique=False)
    op.create_index('ix_sync_conflict_pair', 'sync_conflict', ['loser_change_id', 'winner_change_id'], unique=True)


def downgrade() -> None:
    op.drop_table('sync_conflict')
    op.drop_table('export_ledger')
    op.drop_table('import_ledger')
    op.drop_table('peer_ack')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_node')
        batch_op.drop_column('actor_id')
        batch_op.drop_column('kind')
    with op.batch_alter_table('node', schema=None) as batch_op:
        batch_op.drop_column('receive_regions')
