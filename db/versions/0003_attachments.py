"""Content-addressed attachments and their links to records.

Revision ID: 0003_attachments
Revises: 0002_org
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

from db.columns import synced_columns_v1 as synced_columns

revision = "0003_attachments"
down_revision = "0002_org"
branch_labels = None
depends_on = None



def upgrade() -> None:
    op.create_table(
        "attachment",
        *synced_columns(),
        sa.Column("mime", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=True),
        sa.Column("original_name", sa.String(255), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_attachment"),
    )
    op.create_table(
        "attachment_link",
        *synced_columns(),
        sa.Column("attachment_id", sa.String(64), nullable=False),
        sa.Column("owner_table", sa.String(64), nullable=False),
        sa.Column("owner_id", sa.String(64), nullable=False),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("caption", sa.String(200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"], name="fk_attachment_link_attachment_id_attachment"),
        sa.PrimaryKeyConstraint("id", name="pk_attachment_link"),
    )
    op.create_index("ix_attachment_link_owner", "attachment_link", ["owner_table", "owner_id"])


def downgrade() -> None:
    op.drop_table("attachment_link")
    op.drop_table("attachment")
