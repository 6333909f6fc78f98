"""Equipment (设备): categories, the register, its status history and faults; an acceptance run names its
item (``checklist_run.equipment_id``), which a signed run then keeps like every other field.

Revision ID: 0013_equipment
Revises: 0012_pinyin_keys
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

from db import pg_triggers as pg
from db.columns import synced_columns_v1 as synced_columns


revision = '0013_equipment'
down_revision = '0012_pinyin_keys'
branch_labels = None
depends_on = None

_FROZEN = "('signed', 'superseded')"
# Every column of checklist_run but status and updated_at, as of this revision (0011's list + equipment_id).
_RUN_CONTENT = ("template_version_id", "store_id", "run_type", "performed_by", "started_at", "completed_at",
                "business_date", "score", "max_score", "percent", "grade", "critical_failed", "follow_up_of",
                "visit_id", "supersedes", "note", "id", "created_at", "origin_node", "deleted", "equipment_id")


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
    op.create_table('equipment_category',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('name_en', sa.String(length=60), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False),
    *synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_category'))
    )
    op.create_index('ix_equipment_category_code', 'equipment_category', ['code'], unique=False)
    op.create_table('equipment',
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('category_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('brand', sa.String(length=80), nullable=False),
    sa.Column('model', sa.String(length=80), nullable=False),
    sa.Column('serial_number', sa.String(length=80), nullable=False),
    sa.Column('asset_code', sa.String(length=40), nullable=False),
    sa.Column('supplier', sa.String(length=120), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.Column('location', sa.String(length=120), nullable=False),
    sa.Column('ordered_on', sa.Date(), nullable=True),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('installed_on', sa.Date(), nullable=True),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('warranty_end', sa.Date(), nullable=True),
    sa.Column('service_life_years', sa.Integer(), nullable=True),
    sa.Column('price', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('acceptance_run_id', sa.String(length=64), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['category_id'], ['equipment_category.id'],
                            name=op.f('fk_equipment_category_id_equipment_category')),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], name=op.f('fk_equipment_store_id_store')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment'))
    )
    op.create_index('ix_equipment_asset_code', 'equipment', ['asset_code'], unique=False)
    op.create_index('ix_equipment_category', 'equipment', ['category_id'], unique=False)
    op.create_index('ix_equipment_serial', 'equipment', ['serial_number'], unique=False)
    op.create_index('ix_equipment_store', 'equipment', ['store_id', 'status'], unique=False)
    op.create_index('ix_equipment_warranty', 'equipment', ['warranty_end'], unique=False)
    op.create_table('equipment_event',
    sa.Column('equipment_id', sa.String(length=64), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    *synced_columns(),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_equipment_event_equipment_id_equipment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_event'))
    )
    op.create_index('ix_equipment_event_item', 'equipment_event', ['equipment_id', 'at'], unique=False)
    op.create_table('equipment_fault',
    sa.Column('equipment_id', sa.String(length=64), nullable=False),
    sa.Column('symptom', sa.Text(), nullable=False),
    sa.Column('severity', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reported_by', sa.String(length=64), nullable=True),
    sa.Column('reported_at', sa.DateTime(), nullable=False),
    sa.Column('located_at', sa.DateTime(), nullable=True),
    sa.Column('diagnosis', sa.Text(), nullable=False),
    sa.Column('repaired_at', sa.DateTime(), nullable=True),
    sa.Column('vendor', sa.String(length=120), nullable=False),
    sa.Column('parts', sa.Text(), nullable=False),
    sa.Column('cost', sa.Integer(), nullable=True),
    sa.Column('cause', sa.Text(), nullable=False),
    sa.Column('analysed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('close_note', sa.Text(), nullable=False),
    sa.Column('action_id', sa.String(length=64), nullable=True),
    *synced_columns(),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_equipment_fault_equipment_id_equipment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment_fault'))
    )
    op.create_index('ix_equipment_fault_item', 'equipment_fault', ['equipment_id', 'reported_at'], unique=False)
    op.create_index('ix_equipment_fault_status', 'equipment_fault', ['status', 'reported_at'], unique=False)

    # A plain ADD COLUMN (no table rebuild: the frozen-record triggers stay), then the update trigger
    # learns the new column so a signed acceptance keeps its item.
    op.add_column('checklist_run', sa.Column('equipment_id', sa.String(length=64), nullable=True))
    op.create_index('ix_checklist_run_equipment', 'checklist_run', ['equipment_id'], unique=False)
    _replace_run_frozen_update(_RUN_CONTENT)


def downgrade() -> None:
    _replace_run_frozen_update(_RUN_CONTENT[:-1])
    op.drop_index('ix_checklist_run_equipment', table_name='checklist_run')
    op.drop_column('checklist_run', 'equipment_id')  # native DROP COLUMN: the triggers stay
    for table, indexes in (('equipment_fault', ('ix_equipment_fault_status', 'ix_equipment_fault_item')),
                           ('equipment_event', ('ix_equipment_event_item',)),
                           ('equipment', ('ix_equipment_warranty', 'ix_equipment_store', 'ix_equipment_serial',
                                          'ix_equipment_category', 'ix_equipment_asset_code')),
                           ('equipment_category', ('ix_equipment_category_code',))):
        for index in indexes:
            op.drop_index(index, table_name=table)
        op.drop_table(table)
