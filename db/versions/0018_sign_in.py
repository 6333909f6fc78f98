"""Sign-in: a user's password or PIN hash (``opsdesk.auth``).

Four columns on ``user``: ``password_hash`` (Argon2id, NULL = none set yet), ``password_kind`` (password | pin),
``must_change`` (a temporary password set by head office or an operations manager; NOT NULL, server default
false) and ``password_set_at`` (UTC). Existing users get no password: the desktop's current user sets theirs at
the next start, the others receive a temporary one. Plain ADD COLUMNs on SQLite and PostgreSQL (no frozen-record
trigger names user's columns). The wrong-tries counter is not here: it is local (``meta``), never synced.

Revision ID: 0018_sign_in
Revises: 0017_item_na_allowed
Create Date: 2026-12-12
"""
import sqlalchemy as sa
from alembic import op

revision = '0018_sign_in'
down_revision = '0017_item_na_allowed'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('user', sa.Column('password_hash', sa.Text(), nullable=True))
    op.add_column('user', sa.Column('password_kind', sa.String(length=8), nullable=True))
    op.add_column('user', sa.Column('must_change', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column('user', sa.Column('password_set_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    for column in ('password_set_at', 'must_change', 'password_kind', 'password_hash'):
        op.drop_column('user', column)
