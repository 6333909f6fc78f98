"""Promotion plans (促销方案): types, plans, target stores (targets and results), tiers, materials, budget lines
and the append-only decisions; an execution check's run names its promotion (``checklist_run.promotion_id``).

A decision (``promotion_event``) is written once: the database refuses to change or delete one, and the
drawn signature of an acknowledgement (a ``signature`` owned by its event) likewise.

Revision ID: 0015_promotions
Revises: 0014_openings
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

from db import pg_triggers as pg
from db.columns import synced_columns_v1 as synced_columns

revision = '0015_promotions'
down_revision = '0014_openings'
branch_labels = None
depends_on = None

_FROZEN = "('signed', 'superseded')"
# Every column of checklist_run but status and updated_at, as of this revision (0014's list + promotion_id).
_RUN_CONTENT = ("template_version_id", "store_id", "run_type", "performed_by", "started_at", "completed_at",
                "business_date", "score", "max_score", "percent", "grade", "critical_failed", "follow_up_of",
                "visit_id", "supersedes", "note", "id", "created_at", "origin_node", "deleted", "equipment_id",
                "milestone_id", "promotion_id")
# What a decision is: every column but the row's version clock.
_EVENT_CONTENT = ("id", "promotion_id", "kind", "level", "user_id", "at", "content_hash", "comment", "prev_ids",
                  "store_id", "created_at", "origin_node", "deleted")
_SIG_CONTENT = ("id", "owner_table", "owner_id", "signer_id", "signer_name", "role", "statement", "strokes",
                "signed_at", "content_hash", "created_at", "origin_node", "deleted")


def _run_frozen_update(columns: tuple[str, ...]) -> str:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
    return (f"CREATE TRIGGER run_frozen_update BEFORE UPDATE ON checklist_run WHEN OLD.status IN {_FROZEN} "
            f"AND ({changed}) BEGIN SELECT RAISE(ABORT, 'a signed run is frozen'); END")


def _trigger(name: str, when: str, message: str) -> str:
    return f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{message}'); END"


_TRIGGERS = ("promotion_event_update", "promotion_event_delete", "promotion_event_rekey", "signature_decision_update",
             "signature_decision_delete")


def upgrade() -> None:
    op.create_table('promotion_type',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('name_en', sa.String(length=60), nullable=False),
    sa.Column('price', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), server_default=sa.true(), nullable=False),
    *synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_type'))
    )
    op.create_index('ix_promotion_type_code', 'promotion_type', ['code'], unique=False)
    op.create_table('promotion',
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('theme', sa.String(length=120), nullable=False),
    sa.Column('type_code', sa.String(length=40), nullable=False),
    sa.Column('price_promotion', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('end_time', sa.String(length=5), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('custom_measure', sa.String(length=40), nullable=False),
    sa.Column('custom_unit', sa.String(length=16), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=True),
    sa.Column('lessons', sa.Text(), nullable=False),
    *synced_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion'))
    )
    op.create_index('ix_promotion_period', 'promotion', ['starts_on', 'ends_on'], unique=False)
    op.create_index('ix_promotion_code', 'promotion', ['code'], unique=False)
    op.create_table('promotion_store',
    sa.Column('promotion_id', sa.String(length=64), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=False),
    sa.Column('target_sales', sa.Integer(), nullable=True),
    sa.Column('target_transactions', sa.Integer(), nullable=True),
    sa.Column('target_new_members', sa.Integer(), nullable=True),
    sa.Column('target_custom', sa.Integer(), nullable=True),
    sa.Column('actual_sales', sa.Integer(), nullable=True),
    sa.Column('actual_transactions', sa.Integer(), nullable=True),
    sa.Column('actual_new_members', sa.Integer(), nullable=True),
    sa.Column('actual_custom', sa.Integer(), nullable=True),
    sa.Column('gifts_given', sa.Integer(), nullable=True),
    sa.Column('budget_spent', sa.Integer(), nullable=True),
    sa.Column('results_note', sa.Text(), nullable=False),
    sa.Column('results_at', sa.DateTime(), nullable=True),
    sa.Column('results_by', sa.String(length=64), nullable=True),
    *synced_columns(),
    sa.ForeignKeyConstraint(['promotion_id'], ['promotion.id'], name=op.f('fk_promotion_store_promotion_id_promotion')),
    sa.ForeignKeyConstraint(['store_id'], ['store.id'], name=op.f('fk_promotion_store_store_id_store')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_store'))
    )
    op.create_index('ix_promotion_store_promotion', 'promotion_store', ['promotion_id', 'store_id'], unique=False)
    op.create_index('ix_promotion_store_store', 'promotion_store', ['store_id'], unique=False)
    op.create_table('promotion_tier',
    sa.Column('promotion_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('condition', sa.String(length=200), nullable=False),
    sa.Column('reward', sa.String(length=200), nullable=False),
    sa.Column('price', sa.Integer(), nullable=True),
    sa.Column('quota_per_store_day', sa.Integer(), nullable=True),
    sa.Column('quota_per_store', sa.Integer(), nullable=True),
    sa.Column('quota_total', sa.Integer(), nullable=True),
    *synced_columns(),
    sa.ForeignKeyConstraint(['promotion_id'], ['promotion.id'], name=op.f('fk_promotion_tier_promotion_id_promotion')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_tier'))
    )
    op.create_index('ix_promotion_tier_promotion', 'promotion_tier', ['promotion_id', 'position'], unique=False)
    op.create_table('promotion_material',
    sa.Column('promotion_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False),
    sa.Column('deliver_by', sa.Date(), nullable=True),
    *synced_columns(),
    sa.ForeignKeyConstraint(['promotion_id'], ['promotion.id'],
                            name=op.f('fk_promotion_material_promotion_id_promotion')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_material'))
    )
    op.create_index('ix_promotion_material_promotion', 'promotion_material', ['promotion_id', 'position'], unique=False)
    op.create_table('promotion_budget',
    sa.Column('promotion_id', sa.String(length=64), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=True),
    *synced_columns(),
    sa.ForeignKeyConstraint(['promotion_id'], ['promotion.id'],
                            name=op.f('fk_promotion_budget_promotion_id_promotion')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_budget'))
    )
    op.create_index('ix_promotion_budget_promotion', 'promotion_budget', ['promotion_id', 'position'], unique=False)
    op.create_table('promotion_event',
    sa.Column('promotion_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('user_id', sa.String(length=64), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('prev_ids', sa.Text(), nullable=False),
    sa.Column('store_id', sa.String(length=64), nullable=True),
    *synced_columns(),
    sa.ForeignKeyConstraint(['promotion_id'], ['promotion.id'], name=op.f('fk_promotion_event_promotion_id_promotion')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promotion_event'))
    )
    op.create_index('ix_promotion_event_promotion', 'promotion_event', ['promotion_id', 'at'], unique=False)

    # Decisions are written once.
    msg = "a decision is never changed"
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_decision_triggers(msg)
    else:
        _sqlite_decision_triggers(msg)

    op.add_column('checklist_run', sa.Column('promotion_id', sa.String(length=64), nullable=True))
    op.create_index('ix_checklist_run_promotion', 'checklist_run', ['promotion_id'], unique=False)
    _replace_run_frozen_update(_RUN_CONTENT)


def _postgresql_decision_triggers(msg: str) -> None:
    statements = pg.refusal("promotion_event_update", "promotion_event", "BEFORE UPDATE",
                            pg.changed(_EVENT_CONTENT), msg)
    statements += pg.refusal("promotion_event_delete", "promotion_event", "BEFORE DELETE", "true", msg)
    statements += pg.refusal("promotion_event_rekey", "promotion_event", "BEFORE INSERT",
                             "EXISTS (SELECT 1 FROM promotion_event f WHERE f.id = NEW.id)", msg)
    statements += pg.refusal("signature_decision_update", "signature", "BEFORE UPDATE",
                             f"OLD.owner_table = 'promotion_event' AND ({pg.changed(_SIG_CONTENT)})", msg)
    statements += pg.refusal("signature_decision_delete", "signature", "BEFORE DELETE",
                             "OLD.owner_table = 'promotion_event'", msg)
    for statement in statements:
        op.execute(statement)


def _replace_run_frozen_update(columns: tuple[str, ...]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in pg.run_frozen_update(columns):
            op.execute(statement)
        return
    op.execute("DROP TRIGGER IF EXISTS run_frozen_update")
    op.execute(_run_frozen_update(columns))


def _sqlite_decision_triggers(msg: str) -> None:
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _EVENT_CONTENT)
    op.execute(_trigger("promotion_event_update", f"BEFORE UPDATE ON promotion_event WHEN {changed}", msg))
    op.execute(_trigger("promotion_event_delete", "BEFORE DELETE ON promotion_event", msg))
    op.execute(_trigger("promotion_event_rekey", "BEFORE INSERT ON promotion_event WHEN EXISTS ("
                        "SELECT 1 FROM promotion_event f WHERE f.id = NEW.id)", msg))  # no INSERT OR REPLACE over one
    sig_changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _SIG_CONTENT)
    op.execute(_trigger("signature_decision_update", "BEFORE UPDATE ON signature WHEN OLD.owner_table = "
                        f"'promotion_event' AND ({sig_changed})", msg))
    op.execute(_trigger("signature_decision_delete", "BEFORE DELETE ON signature WHEN OLD.owner_table = "
                        "'promotion_event'", msg))


def downgrade() -> None:
    _replace_run_frozen_update(_RUN_CONTENT[:-1])
    op.drop_index('ix_checklist_run_promotion', table_name='checklist_run')
    op.drop_column('checklist_run', 'promotion_id')
    for name in _TRIGGERS:
        if op.get_bind().dialect.name == "postgresql":
            for statement in pg.drop(name, "signature" if name.startswith("signature") else "promotion_event"):
                op.execute(statement)
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table, indexes in (('promotion_event', ('ix_promotion_event_promotion',)),
                           ('promotion_budget', ('ix_promotion_budget_promotion',)),
                           ('promotion_material', ('ix_promotion_material_promotion',)),
                           ('promotion_tier', ('ix_promotion_tier_promotion',)),
                           ('promotion_store', ('ix_promotion_store_store', 'ix_promotion_store_promotion')),
                           ('promotion', ('ix_promotion_code', 'ix_promotion_period')),
                           ('promotion_type', ('ix_promotion_type_code',))):
        for index in indexes:
            op.drop_index(index, table_name=table)
        op.drop_table(table)
