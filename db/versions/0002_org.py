"""Organisation: regions/areas, stores, users, assignments.

Revision ID: 0002_org
Revises: 0001_core
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

from db.columns import synced_columns_v1 as synced_columns

revision = "0002_org"
down_revision = "0001_core"
branch_labels = None
depends_on = None



def upgrade() -> None:
    op.create_table(
        "region",
        *synced_columns(),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("parent_id", sa.String(64), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["region.id"], name="fk_region_parent_id_region"),
        sa.PrimaryKeyConstraint("id", name="pk_region"),
    )
    op.create_index("ix_region_parent", "region", ["parent_id"])
    op.create_table(
        "store",
        *synced_columns(),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("region_id", sa.String(64), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["region_id"], ["region.id"], name="fk_store_region_id_region"),
        sa.PrimaryKeyConstraint("id", name="pk_store"),
    )
    op.create_index("ix_store_code", "store", ["code"])
    op.create_index("ix_store_region", "store", ["region_id"])
    op.create_index("ix_store_status", "store", ["status"])
    op.create_index("ix_store_name", "store", ["name"])
    op.create_table(
        "user",
        *synced_columns(),
        sa.Column("username", sa.String(32), nullable=False),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("phone", sa.String(32), nullable=False),
        sa.Column("email", sa.String(120), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_user"),
    )
    op.create_index("ix_user_username", "user", ["username"])
    op.create_index("ix_user_role", "user", ["role"])
    op.create_table(
        "assignment",
        *synced_columns(),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], name="fk_assignment_user_id_user"),
        sa.ForeignKeyConstraint(["store_id"], ["store.id"], name="fk_assignment_store_id_store"),
        sa.PrimaryKeyConstraint("id", name="pk_assignment"),
    )
    op.create_index("ix_assignment_user", "assignment", ["user_id"])
    op.create_index("ix_assignment_store", "assignment", ["store_id", "role"])


def downgrade() -> None:
    op.drop_table("assignment")
    op.drop_table("user")
    op.drop_table("store")
    op.drop_table("region")
