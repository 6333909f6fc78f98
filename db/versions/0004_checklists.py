"""Checklists: templates, versions, sections, items, runs, answers.

Revision ID: 0004_checklists
Revises: 0003_attachments
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

from db.columns import synced_columns_v1 as synced_columns


revision = '0004_checklists'
down_revision = '0003_attachments'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Opening a workspace reads max(change_log.hlc): index it rather than scan the log.
    op.create_index("ix_change_log_hlc", "change_log", ["hlc"])
    op.create_table('template',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('title_en', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('builtin', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False),
    *synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template'))
    )
    with op.batch_alter_table('template', schema=None) as batch_op:
        batch_op.create_index('ix_template_code', ['code'], unique=False)

    op.create_table('template_version',
    sa.Column('template_id', sa.String(length=64), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('title_en', sa.String(length=120), nullable=False),
    sa.Column('grade_bands', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('published_by', sa.String(length=64), nullable=True),
    *synced_columns(),
    sa.ForeignKeyConstraint(['template_id'], ['template.id'], name=op.f('fk_template_version_template_id_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_version'))
    )
    with op.batch_alter_table('template_version', schema=None) as batch_op:
        batch_op.create_index('ix_template_version_template', ['template_id', 'number'], unique=False)

    op.create_table('checklist_run',
    sa.Column('template_version_id', sa.String(length=64), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('run_type', sa.String(length=16), nullable=False),
    sa.Column('performed_by', sa.String(length=64), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('business_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),  # hundredths (opsdesk.models.types.Hundredths)
    sa.Column('max_score', sa.Integer(), nullable=True),  # hundredths (opsdesk.models.types.Hundredths)
    sa.Column('percent', sa.Integer(), nullable=True),  # hundredths (opsdesk.models.types.Hundredths)
    sa.Column('grade', sa.String(length=8), nullable=False),
    sa.Column('critical_failed', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('follow_up_of', sa.String(length=64), nullable=True),
    sa.Column('visit_id', sa.String(length=64), nullable=True),
    sa.Column('supersedes', sa.String(length=64), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['performed_by'], ['user.id'], name=op.f('fk_checklist_run_performed_by_user')),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], name=op.f('fk_checklist_run_store_id_store')),
    sa.ForeignKeyConstraint(['template_version_id'], ['template_version.id'], name=op.f('fk_checklist_run_template_version_id_template_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_run'))
    )
    with op.batch_alter_table('checklist_run', schema=None) as batch_op:
        batch_op.create_index('ix_checklist_run_date', ['business_date'], unique=False)
        batch_op.create_index('ix_checklist_run_status', ['status'], unique=False)
        batch_op.create_index('ix_checklist_run_store', ['store_id', 'business_date'], unique=False)
        batch_op.create_index('ix_checklist_run_version', ['template_version_id'], unique=False)

    op.create_table('template_section',
    sa.Column('version_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('title_en', sa.String(length=120), nullable=False),
    sa.Column('weight', sa.Integer(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['version_id'], ['template_version.id'], name=op.f('fk_template_section_version_id_template_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_section'))
    )
    with op.batch_alter_table('template_section', schema=None) as batch_op:
        batch_op.create_index('ix_template_section_version', ['version_id', 'position'], unique=False)

    op.create_table('template_item',
    sa.Column('version_id', sa.String(length=64), nullable=False),
    sa.Column('section_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('text_en', sa.String(length=300), nullable=False),
    sa.Column('guidance', sa.Text(), nullable=False),
    sa.Column('answer_type', sa.String(length=16), nullable=False),
    sa.Column('options', sa.Text(), nullable=False),
    sa.Column('scale', sa.Integer(), nullable=True),
    sa.Column('min_value', sa.Integer(), nullable=True),  # hundredths (opsdesk.models.types.Hundredths)
    sa.Column('max_value', sa.Integer(), nullable=True),  # hundredths (opsdesk.models.types.Hundredths)
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('weight', sa.Integer(), nullable=False),
    sa.Column('critical', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('required', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('photo_on_fail', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('action_title', sa.String(length=200), nullable=False),
    sa.Column('action_priority', sa.String(length=16), nullable=False),
    sa.Column('action_due_days', sa.Integer(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['section_id'], ['template_section.id'], name=op.f('fk_template_item_section_id_template_section')),
    sa.ForeignKeyConstraint(['version_id'], ['template_version.id'], name=op.f('fk_template_item_version_id_template_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_item'))
    )
    with op.batch_alter_table('template_item', schema=None) as batch_op:
        batch_op.create_index('ix_template_item_section', ['section_id', 'position'], unique=False)
        batch_op.create_index('ix_template_item_version', ['version_id'], unique=False)

    op.create_table('answer',
    sa.Column('run_id', sa.String(length=64), nullable=False),
    sa.Column('item_id', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.Column('na', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('points', sa.Integer(), nullable=True),  # hundredths (opsdesk.models.types.Hundredths)
    sa.Column('max_points', sa.Integer(), nullable=True),  # hundredths (opsdesk.models.types.Hundredths)
    sa.Column('failed', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('repeat', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('answered_by', sa.String(length=64), nullable=True),
    *synced_columns(),
    sa.ForeignKeyConstraint(['item_id'], ['template_item.id'], name=op.f('fk_answer_item_id_template_item')),
    sa.ForeignKeyConstraint(['run_id'], ['checklist_run.id'], name=op.f('fk_answer_run_id_checklist_run')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_answer'))
    )
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.create_index('ix_answer_item', ['item_id'], unique=False)
        batch_op.create_index('ix_answer_run', ['run_id', 'item_id'], unique=False)



def downgrade() -> None:
    op.drop_index("ix_change_log_hlc", table_name="change_log")
    with op.batch_alter_table('answer', schema=None) as batch_op:
        batch_op.drop_index('ix_answer_run')
        batch_op.drop_index('ix_answer_item')

    op.drop_table('answer')
    with op.batch_alter_table('template_item', schema=None) as batch_op:
        batch_op.drop_index('ix_template_item_version')
        batch_op.drop_index('ix_template_item_section')

    op.drop_table('template_item')
    with op.batch_alter_table('template_section', schema=None) as batch_op:
        batch_op.drop_index('ix_template_section_version')

    op.drop_table('template_section')
    with op.batch_alter_table('checklist_run', schema=None) as batch_op:
        batch_op.drop_index('ix_checklist_run_version')
        batch_op.drop_index('ix_checklist_run_store')
        batch_op.drop_index('ix_checklist_run_status')
        batch_op.drop_index('ix_checklist_run_date')

    op.drop_table('checklist_run')
    with op.batch_alter_table('template_version', schema=None) as batch_op:
        batch_op.drop_index('ix_template_version_template')

    op.drop_table('template_version')
    with op.batch_alter_table('template', schema=None) as batch_op:
        batch_op.drop_index('ix_template_code')

    op.drop_table('template')
