"""Corrective actions, their transitions and follow-up re-checks.

Revision ID: 0005_actions
Revises: 0004_checklists
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

from db.columns import synced_columns_v1 as synced_columns


revision = '0005_actions'
down_revision = '0004_checklists'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('corrective_action',
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('source_run_id', sa.String(length=64), nullable=True),
    sa.Column('source_answer_id', sa.String(length=64), nullable=True),
    sa.Column('template_id', sa.String(length=64), nullable=True),
    sa.Column('item_keys', sa.Text(), nullable=False),
    sa.Column('visit_id', sa.String(length=64), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('priority', sa.String(length=16), nullable=False),
    sa.Column('assignee_id', sa.String(length=64), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('fix_note', sa.Text(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('verified_at', sa.DateTime(), nullable=True),
    sa.Column('verified_by', sa.String(length=64), nullable=True),
    sa.Column('evidence_run_id', sa.String(length=64), nullable=True),
    sa.Column('repeat_of', sa.String(length=64), nullable=True),
    sa.Column('repeat_count', sa.Integer(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['assignee_id'], ['user.id'], name=op.f('fk_corrective_action_assignee_id_user')),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], name=op.f('fk_corrective_action_store_id_store')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_corrective_action'))
    )
    with op.batch_alter_table('corrective_action', schema=None) as batch_op:
        batch_op.create_index('ix_corrective_action_assignee', ['assignee_id', 'status'], unique=False)
        batch_op.create_index('ix_corrective_action_due', ['due_on'], unique=False)
        batch_op.create_index('ix_corrective_action_run', ['source_run_id'], unique=False)
        batch_op.create_index('ix_corrective_action_store', ['store_id', 'status'], unique=False)

    op.create_table('action_event',
    sa.Column('action_id', sa.String(length=64), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['action_id'], ['corrective_action.id'], name=op.f('fk_action_event_action_id_corrective_action')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_event'))
    )
    with op.batch_alter_table('action_event', schema=None) as batch_op:
        batch_op.create_index('ix_action_event_action', ['action_id', 'at'], unique=False)

    op.create_table('action_recheck',
    sa.Column('run_id', sa.String(length=64), nullable=False),
    sa.Column('action_id', sa.String(length=64), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('checked_at', sa.DateTime(), nullable=True),
    sa.Column('checked_by', sa.String(length=64), nullable=True),
    sa.Column('applied', sa.Boolean(), server_default=sa.false(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['action_id'], ['corrective_action.id'], name=op.f('fk_action_recheck_action_id_corrective_action')),
    sa.ForeignKeyConstraint(['run_id'], ['checklist_run.id'], name=op.f('fk_action_recheck_run_id_checklist_run')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_recheck'))
    )
    with op.batch_alter_table('action_recheck', schema=None) as batch_op:
        batch_op.create_index('ix_action_recheck_action', ['action_id'], unique=False)
        batch_op.create_index('ix_action_recheck_run', ['run_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('action_recheck', schema=None) as batch_op:
        batch_op.drop_index('ix_action_recheck_run')
        batch_op.drop_index('ix_action_recheck_action')

    op.drop_table('action_recheck')
    with op.batch_alter_table('action_event', schema=None) as batch_op:
        batch_op.drop_index('ix_action_event_action')

    op.drop_table('action_event')
    with op.batch_alter_table('corrective_action', schema=None) as batch_op:
        batch_op.drop_index('ix_corrective_action_store')
        batch_op.drop_index('ix_corrective_action_run')
        batch_op.drop_index('ix_corrective_action_due')
        batch_op.drop_index('ix_corrective_action_assignee')

    op.drop_table('corrective_action')
