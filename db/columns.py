"""Column sets shared by migrations. Frozen once used: a later change needs a new helper."""

import sqlalchemy as sa


def synced_columns_v1() -> list[sa.Column]:
    """The bookkeeping columns of every synced table (opsdesk.models.base.Synced)."""
    return [
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.String(80), nullable=False),
        sa.Column("origin_node", sa.String(32), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
    ]
