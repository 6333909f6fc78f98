"""New-store openings (新店筹备): plan templates, projects, milestones and their events; a gate's acceptance
run names its milestone (``checklist_run.milestone_id``), which a signed run then keeps.

Revision ID: 0014_openings
Revises: 0013_equipment
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

from db import pg_triggers as pg
from db.columns import synced_columns_v1 as synced_columns


revision = '0014_openings'
down_revision = '0013_equipment'
branch_labels = None
depends_on = None

_FROZEN = "('signed', 'superseded')"
# Every column of checklist_run but status and updated_at, as of this revision (0013's list + milestone_id).
_RUN_CONTENT = ("template_version_id", "store_id", "run_type", "performed_by", "started_at", "completed_at",
                "business_date", "score", "max_score", "percent", "grade", "critical_failed", "follow_up_of",
                "visit_id", "supersedes", "note", "id", "created_at", "origin_node", "deleted", "equipment_id",
                "milestone_id")


def _run_frozen_update(columns: tuple[str, ...]) -> str:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
    return (f"CREATE TRIGGER run_frozen_update BEFORE UPDATE ON checklist_run WHEN OLD.status IN {_FROZEN} "
            f"AND ({changed}) BEGIN SELECT RAISE(ABORT, 'a signed run is frozen'); END")


def _replace_run_frozen_update(columns: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in pg.run_frozen_update(columns):
            op.execute(statement)
        return
    op.execute("DROP TRIGGER IF EXISTS run_frozen_update")
    op.execute(_run_frozen_update(columns))


def upgrade() -> None:
    op.create_table('opening_plan',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('title_en', sa.String(length=120), nullable=False),
    sa.Column('store_kind', sa.String(length=16), nullable=False),
    sa.Column('site_kind', sa.String(length=16), nullable=False),
    sa.Column('milestones', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False),
    *synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opening_plan'))
    )
    op.create_index('ix_opening_plan_code', 'opening_plan', ['code'], unique=False)
    op.create_table('opening_project',
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('plan_id', sa.String(length=64), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=False),
    sa.Column('owner_id', sa.String(length=64), nullable=True),
    sa.Column('franchisee_id', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], name=op.f('fk_opening_project_store_id_store')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opening_project'))
    )
    op.create_index('ix_opening_project_store', 'opening_project', ['store_id', 'status'], unique=False)
    op.create_index('ix_opening_project_target', 'opening_project', ['target_date'], unique=False)
    op.create_table('opening_milestone',
    sa.Column('project_id', sa.String(length=64), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('title_en', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('offset_days', sa.Integer(), nullable=True),
    sa.Column('fixed_date', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('owner_role', sa.String(length=16), nullable=False),
    sa.Column('gate', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('template_code', sa.String(length=40), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('done_by', sa.String(length=64), nullable=True),
    sa.Column('run_id', sa.String(length=64), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['project_id'], ['opening_project.id'],
                            name=op.f('fk_opening_milestone_project_id_opening_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opening_milestone'))
    )
    op.create_index('ix_opening_milestone_due', 'opening_milestone', ['due_on'], unique=False)
    op.create_index('ix_opening_milestone_project', 'opening_milestone', ['project_id', 'position'], unique=False)
    op.create_table('opening_event',
    sa.Column('project_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('milestone_id', sa.String(length=64), nullable=True),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('from_date', sa.Date(), nullable=True),
    sa.Column('to_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['project_id'], ['opening_project.id'],
                            name=op.f('fk_opening_event_project_id_opening_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opening_event'))
    )
    op.create_index('ix_opening_event_project', 'opening_event', ['project_id', 'at'], unique=False)

    # A plain ADD COLUMN (the frozen-record triggers stay), then the update trigger covers it.
    op.add_column('checklist_run', sa.Column('milestone_id', sa.String(length=64), nullable=True))
    op.create_index('ix_checklist_run_milestone', 'checklist_run', ['milestone_id'], unique=False)
    _replace_run_frozen_update(_RUN_CONTENT)


def downgrade() -> None:
    _replace_run_frozen_update(_RUN_CONTENT[:-1])
    op.drop_index('ix_checklist_run_milestone', table_name='checklist_run')
    op.drop_column('checklist_run', 'milestone_id')  # native DROP COLUMN: the triggers stay
    for table, indexes in (('opening_event', ('ix_opening_event_project',)),
                           ('opening_milestone', ('ix_opening_milestone_project', 'ix_opening_milestone_due')),
                           ('opening_project', ('ix_opening_project_target', 'ix_opening_project_store')),
                           ('opening_plan', ('ix_opening_plan_code',))):
        for index in indexes:
            op.drop_index(index, table_name=table)
        op.drop_table(table)
