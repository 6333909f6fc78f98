"""Checklist items say whether they may be answered N/A (``template_item.na_allowed``).

One Boolean column, NOT NULL, server default true: every existing item (and every published version)
stays N/A-allowed, as before; a template file's ``"na": false`` forbids N/A on an item from now on.
A plain ADD COLUMN on both SQLite and PostgreSQL (no frozen-record trigger names template_item's columns).

Revision ID: 0017_item_na_allowed
Revises: 0016_dashboard_indexes
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = '0017_item_na_allowed'
down_revision = '0016_dashboard_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('template_item', sa.Column('na_allowed', sa.Boolean(), server_default=sa.true(), nullable=False))


def downgrade() -> None:
    op.drop_column('template_item', 'na_allowed')  # native DROP COLUMN (SQLite 3.35+, PostgreSQL)
