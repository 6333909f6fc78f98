"""Indexes for the dashboard's per-store aggregates of a period (opsdesk.services.kpis).

- ``corrective_action (store_id, created_at, due_on, verified_at, status, deleted, repeat_count)``: the actions a
  store raised in a period are an index range, and the overdue count (every action raised by the period's end)
  reads the index alone (before: each action's row, for each of the trend's six periods).
- ``visit (store_id, check_in)``: a region's or a store's visits of a period without reading the whole
  chain's visits of that period.
- ``answer (run_id, item_id) WHERE failed AND NOT deleted``: the most-failed items read only the failed
  answers of the period's inspections (a partial index: small beside ``answer``).

Revision ID: 0016_dashboard_indexes
Revises: 0015_promotions
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = '0016_dashboard_indexes'
down_revision = '0015_promotions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_corrective_action_created', 'corrective_action',
                    ['store_id', 'created_at', 'due_on', 'verified_at', 'status', 'deleted', 'repeat_count'], unique=False)
    op.create_index('ix_visit_store_check_in', 'visit', ['store_id', 'check_in'], unique=False)
    op.create_index('ix_answer_failed', 'answer', ['run_id', 'item_id'], unique=False,
                    sqlite_where=sa.text('failed = 1 AND deleted = 0'), postgresql_where=sa.text('failed AND NOT deleted'))


def downgrade() -> None:
    op.drop_index('ix_answer_failed', table_name='answer')
    op.drop_index('ix_visit_store_check_in', table_name='visit')
    op.drop_index('ix_corrective_action_created', table_name='corrective_action')
