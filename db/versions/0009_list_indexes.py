"""Run list indexes cover the list's whole order (date, start, id), so paging is an index range.

Revision ID: 0009_list_indexes
Revises: 0008_sync
Create Date: 2026-11-21
"""
from alembic import op


revision = '0009_list_indexes'
down_revision = '0008_sync'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('checklist_run', schema=None) as batch_op:
        batch_op.drop_index('ix_checklist_run_store')
        batch_op.drop_index('ix_checklist_run_date')
        batch_op.create_index('ix_checklist_run_store', ['store_id', 'business_date', 'started_at', 'id', 'run_type', 'deleted'], unique=False)
        batch_op.create_index('ix_checklist_run_date', ['business_date', 'started_at', 'id', 'run_type', 'deleted'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('checklist_run', schema=None) as batch_op:
        batch_op.drop_index('ix_checklist_run_date')
        batch_op.drop_index('ix_checklist_run_store')
        batch_op.create_index('ix_checklist_run_date', ['business_date'], unique=False)
        batch_op.create_index('ix_checklist_run_store', ['store_id', 'business_date'], unique=False)
