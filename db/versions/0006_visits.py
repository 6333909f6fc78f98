"""Supervisor store visits (巡店日志).

Revision ID: 0006_visits
Revises: 0005_actions
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

from db.columns import synced_columns_v1 as synced_columns


revision = '0006_visits'
down_revision = '0005_actions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('visit',
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('supervisor_id', sa.String(length=64), nullable=True),
    sa.Column('planned_on', sa.Date(), nullable=True),
    sa.Column('check_in', sa.DateTime(), nullable=True),
    sa.Column('check_out', sa.DateTime(), nullable=True),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('observations', sa.Text(), nullable=False),
    sa.Column('training_topic', sa.String(length=200), nullable=False),
    sa.Column('training_attendees', sa.Text(), nullable=False),
    sa.Column('people_met', sa.Text(), nullable=False),
    sa.Column('next_steps', sa.Text(), nullable=False),
    sa.Column('next_visit_on', sa.Date(), nullable=True),
    sa.Column('incident', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('incident_at', sa.DateTime(), nullable=True),
    sa.Column('incident_reported_at', sa.DateTime(), nullable=True),
    *synced_columns(),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], name=op.f('fk_visit_store_id_store')),
    sa.ForeignKeyConstraint(['supervisor_id'], ['user.id'], name=op.f('fk_visit_supervisor_id_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_check_in', ['check_in'], unique=False)
        batch_op.create_index('ix_visit_store', ['store_id', 'planned_on'], unique=False)
        batch_op.create_index('ix_visit_supervisor', ['supervisor_id', 'planned_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_supervisor')
        batch_op.drop_index('ix_visit_store')
        batch_op.drop_index('ix_visit_check_in')

    op.drop_table('visit')
