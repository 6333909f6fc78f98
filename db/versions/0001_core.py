"""Core bookkeeping: settings, nodes, change log, audit chain.

Revision ID: 0001_core
Revises:
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

revision = "0001_core"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.create_table(
        "node",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("public_key", sa.String(128), nullable=False),
        sa.Column("is_local", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("trusted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_node"),
    )
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("change_id", sa.String(36), nullable=False),
        sa.Column("node_id", sa.String(32), nullable=False),
        sa.Column("hlc", sa.String(80), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(64), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("base_hlc", sa.String(80), nullable=True),
        sa.PrimaryKeyConstraint("seq", name="pk_change_log"),
        sa.UniqueConstraint("change_id", name="uq_change_log_change_id"),
    )
    op.create_index("ix_change_log_row", "change_log", ["table_name", "row_id", "field", "hlc"])
    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.String(64), nullable=True),
        sa.Column("node_id", sa.String(32), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(64), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_entry"),
    )
    op.create_index("ix_audit_entry_row", "audit_entry", ["table_name", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_entry_row", table_name="audit_entry")
    op.drop_table("audit_entry")
    op.drop_index("ix_change_log_row", table_name="change_log")
    op.drop_table("change_log")
    op.drop_table("node")
    op.drop_table("meta")
