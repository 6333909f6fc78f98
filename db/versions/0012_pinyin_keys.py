"""Regions, stores and users get pinyin keys of their names: ``sort_key`` (the lists' name order) and
``search_pinyin`` (full pinyin and initials, for the search boxes), computed by ``opsdesk.pinyin``.
Existing rows are filled here with the same functions (users' names read with surname readings).
Derived fields: not logged, not synced; each workspace computes its own.

Revision ID: 0012_pinyin_keys
Revises: 0011_frozen_record
Create Date: 2026-12-10
"""
import sqlalchemy as sa
from alembic import op

from opsdesk import pinyin


revision = '0012_pinyin_keys'
down_revision = '0011_frozen_record'
branch_labels = None
depends_on = None

# table -> whether its names are people's names (surname readings)
_TABLES = {'region': False, 'store': False, 'user': True}


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('sort_key', sa.Text(), nullable=True))
            batch_op.add_column(sa.Column('search_pinyin', sa.Text(), nullable=True))
            batch_op.create_index(f'ix_{table}_sort', ['sort_key'], unique=False)
    conn = op.get_bind()
    for table, person in _TABLES.items():
        t = sa.table(table, sa.column('id', sa.String), sa.column('name', sa.String),
                     sa.column('sort_key', sa.Text), sa.column('search_pinyin', sa.Text))
        rows = [dict(zip(('row_id', 'key', 'search'), (row_id, *pinyin.name_keys(name or '', person=person))))
                for row_id, name in conn.execute(sa.select(t.c.id, t.c.name)).all()]
        if rows:
            conn.execute(t.update().where(t.c.id == sa.bindparam('row_id'))
                         .values(sort_key=sa.bindparam('key'), search_pinyin=sa.bindparam('search')), rows)


def downgrade() -> None:
    for table in reversed(list(_TABLES)):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f'ix_{table}_sort')
            batch_op.drop_column('search_pinyin')
            batch_op.drop_column('sort_key')
