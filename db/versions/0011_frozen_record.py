"""The whole signed record is frozen, whoever writes to the file: the run row, its answers (moved out
or in), its signatures and its answers' photo links, REPLACE conflicts included.

A signed or superseded run's row keeps every column but its status and version clock. Its status
moves only from ``signed`` to ``superseded``, and only while a correction of it exists; any other
status change calls ``opsdesk_unfreeze()``, a function OpsDesk registers on its own connections
(it answers 1 only while the sync engine writes back an earlier signing of the same run, see
``opsdesk.db.unfrozen``). Outside OpsDesk the function does not exist, so such a statement fails.
Tombstones (``deleted = 1``) stay writable: they are not part of what was signed. Rows are never
re-keyed onto a frozen row's id, so ``INSERT OR REPLACE`` / ``UPDATE OR REPLACE`` cannot delete one
(SQLite's REPLACE deletes without firing delete triggers).

Revision ID: 0011_frozen_record
Revises: 0010_frozen_tombstones
Create Date: 2026-12-04
"""
from alembic import op

from db import pg_triggers as pg


revision = '0011_frozen_record'
down_revision = '0010_frozen_tombstones'
branch_labels = None
depends_on = None

_FROZEN = "('signed', 'superseded')"
# Every column of checklist_run but status and updated_at, as of this revision.
_RUN_CONTENT = ("template_version_id", "store_id", "run_type", "performed_by", "started_at", "completed_at",
                "business_date", "score", "max_score", "percent", "grade", "critical_failed", "follow_up_of",
                "visit_id", "supersedes", "note", "id", "created_at", "origin_node", "deleted")


def _run_frozen(run_id: str) -> str:
    return f"(SELECT status FROM checklist_run WHERE id = {run_id}) IN {_FROZEN}"


def _sig_frozen(row: str) -> str:
    return f"({row}.owner_table = 'checklist_run' AND {_run_frozen(f'{row}.owner_id')})"


def _link_frozen(row: str) -> str:
    return (f"({row}.owner_table = 'answer' AND (SELECT r.status FROM answer a JOIN checklist_run r ON r.id = a.run_id"
            f" WHERE a.id = {row}.owner_id) IN {_FROZEN})")


def _trigger(name: str, when: str, message: str) -> str:
    return f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{message}'); END"


_NEW = ["run_frozen_update", "run_frozen_status", "run_frozen_rekey", "run_frozen_delete", "run_frozen_insert",
        "answer_frozen_rekey", "signature_frozen_insert", "signature_frozen_update", "signature_frozen_delete",
        "link_frozen_insert", "link_frozen_update", "link_frozen_delete"]


def _postgresql_upgrade() -> None:
    """The same triggers in PL/pgSQL (db/pg_triggers.py); ``opsdesk_unfreeze()`` reads a transaction setting."""
    run = pg.run_frozen

    def sig(row: str) -> str:
        return f"({row}.owner_table = 'checklist_run' AND {run(f'{row}.owner_id')})"

    def link(row: str) -> str:
        return (f"({row}.owner_table = 'answer' AND (SELECT r.status FROM answer a JOIN checklist_run r"
                f" ON r.id = a.run_id WHERE a.id = {row}.owner_id) IN {pg.FROZEN})")

    def same(*columns: str) -> str:
        return " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in columns)

    run_msg, answer_msg = "a signed run is frozen", "answers of a signed run are frozen"
    sig_msg, link_msg = "signatures of a signed run are frozen", "photos of a signed run are frozen"
    statements = [pg.UNFREEZE_FUNCTION]
    statements += pg.run_frozen_update(_RUN_CONTENT)
    statements += pg.refusal(
        "run_frozen_status", "checklist_run", "BEFORE UPDATE OF status",
        f"OLD.status IN {pg.FROZEN} AND NEW.status IS DISTINCT FROM OLD.status"
        " AND NOT (OLD.status = 'signed' AND NEW.status = 'superseded' AND EXISTS ("
        "SELECT 1 FROM checklist_run c WHERE c.supersedes = OLD.id AND NOT c.deleted))"
        " AND NOT opsdesk_unfreeze()", run_msg)
    statements += pg.refusal(
        "run_frozen_rekey", "checklist_run", "BEFORE UPDATE OF id",
        "NEW.id IS DISTINCT FROM OLD.id AND EXISTS ("
        f"SELECT 1 FROM checklist_run f WHERE f.id = NEW.id AND f.status IN {pg.FROZEN})", run_msg)
    statements += pg.refusal("run_frozen_delete", "checklist_run", "BEFORE DELETE", f"OLD.status IN {pg.FROZEN}",
                             run_msg)
    statements += pg.refusal("run_frozen_insert", "checklist_run", "BEFORE INSERT", run("NEW.id"), run_msg)

    statements += pg.refusal(
        "answer_frozen_update", "answer", "BEFORE UPDATE",
        f"NOT (OLD.deleted AND NEW.deleted AND {same('run_id', 'item_id')})"
        f" AND ({run('OLD.run_id')} OR {run('NEW.run_id')})", answer_msg)
    statements += pg.refusal(
        "answer_frozen_insert", "answer", "BEFORE INSERT",
        f"(NOT NEW.deleted AND {run('NEW.run_id')})"
        f" OR EXISTS (SELECT 1 FROM answer f WHERE f.id = NEW.id AND {run('f.run_id')})", answer_msg)
    statements += pg.refusal(
        "answer_frozen_rekey", "answer", "BEFORE UPDATE OF id",
        "NEW.id IS DISTINCT FROM OLD.id AND EXISTS ("
        f"SELECT 1 FROM answer f WHERE f.id = NEW.id AND {run('f.run_id')})", answer_msg)

    for name, table, frozen, msg in (("signature", "signature", sig, sig_msg),
                                     ("link", "attachment_link", link, link_msg)):
        statements += pg.refusal(
            f"{name}_frozen_insert", table, "BEFORE INSERT",
            f"(NOT NEW.deleted AND {frozen('NEW')})"
            f" OR EXISTS (SELECT 1 FROM {table} f WHERE f.id = NEW.id AND {frozen('f')})", msg)
        statements += pg.refusal(
            f"{name}_frozen_update", table, "BEFORE UPDATE",
            f"NOT (OLD.deleted AND NEW.deleted AND {same('id', 'owner_table', 'owner_id')})"
            f" AND ({frozen('OLD')} OR {frozen('NEW')}"
            f" OR EXISTS (SELECT 1 FROM {table} f WHERE f.id = NEW.id AND f.id IS DISTINCT FROM OLD.id"
            f" AND {frozen('f')}))", msg)
        statements += pg.refusal(f"{name}_frozen_delete", table, "BEFORE DELETE", frozen("OLD"), msg)
    for statement in statements:
        op.execute(statement)


_TABLES = {"run": "checklist_run", "answer": "answer", "signature": "signature", "link": "attachment_link"}


def _postgresql_downgrade() -> None:
    for name in _NEW:
        for statement in pg.drop(name, _TABLES[name.split("_")[0]]):
            op.execute(statement)
    op.execute("DROP FUNCTION IF EXISTS opsdesk_unfreeze()")
    msg = "answers of a signed run are frozen"  # 0010's answer triggers
    for statement in (pg.refusal("answer_frozen_update", "answer", "BEFORE UPDATE",
                                 f"NOT (OLD.deleted AND NEW.deleted) AND ({pg.run_frozen('OLD.run_id')}"
                                 f" OR {pg.run_frozen('NEW.run_id')})", msg)
                      + pg.refusal("answer_frozen_insert", "answer", "BEFORE INSERT",
                                   f"NOT NEW.deleted AND {pg.run_frozen('NEW.run_id')}", msg)):
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_upgrade()
        return
    run_msg = "a signed run is frozen"
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _RUN_CONTENT)
    op.execute(_trigger("run_frozen_update", f"BEFORE UPDATE ON checklist_run WHEN OLD.status IN {_FROZEN} AND ({changed})",
                        run_msg))
    # Only "UPDATE ... SET status" statements compile this one (and need the function).
    op.execute(_trigger(
        "run_frozen_status",
        f"BEFORE UPDATE OF status ON checklist_run WHEN OLD.status IN {_FROZEN} AND NEW.status IS NOT OLD.status"
        " AND NOT (OLD.status = 'signed' AND NEW.status = 'superseded' AND EXISTS ("
        "SELECT 1 FROM checklist_run c WHERE c.supersedes = OLD.id AND c.deleted = 0))"
        " AND NOT opsdesk_unfreeze()", run_msg))
    op.execute(_trigger(
        "run_frozen_rekey",
        "BEFORE UPDATE OF id ON checklist_run WHEN NEW.id IS NOT OLD.id AND EXISTS ("
        f"SELECT 1 FROM checklist_run f WHERE f.id = NEW.id AND f.status IN {_FROZEN})", run_msg))
    op.execute(_trigger("run_frozen_delete", f"BEFORE DELETE ON checklist_run WHEN OLD.status IN {_FROZEN}", run_msg))
    op.execute(_trigger("run_frozen_insert", f"BEFORE INSERT ON checklist_run WHEN {_run_frozen('NEW.id')}", run_msg))

    answer_msg = "answers of a signed run are frozen"
    for name in ("answer_frozen_update", "answer_frozen_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    # A tombstone stays a tombstone of the same run and item.
    op.execute(_trigger(
        "answer_frozen_update",
        "BEFORE UPDATE ON answer WHEN NOT (OLD.deleted = 1 AND NEW.deleted = 1 AND NEW.run_id IS OLD.run_id"
        f" AND NEW.item_id IS OLD.item_id) AND ({_run_frozen('OLD.run_id')} OR {_run_frozen('NEW.run_id')})",
        answer_msg))
    op.execute(_trigger(
        "answer_frozen_insert",
        f"BEFORE INSERT ON answer WHEN (NEW.deleted = 0 AND {_run_frozen('NEW.run_id')})"
        f" OR EXISTS (SELECT 1 FROM answer f WHERE f.id = NEW.id AND {_run_frozen('f.run_id')})", answer_msg))
    op.execute(_trigger(
        "answer_frozen_rekey",
        "BEFORE UPDATE OF id ON answer WHEN NEW.id IS NOT OLD.id AND EXISTS ("
        f"SELECT 1 FROM answer f WHERE f.id = NEW.id AND {_run_frozen('f.run_id')})", answer_msg))

    sig_msg = "signatures of a signed run are frozen"
    op.execute(_trigger(
        "signature_frozen_insert",
        f"BEFORE INSERT ON signature WHEN (NEW.deleted = 0 AND {_sig_frozen('NEW')})"
        f" OR EXISTS (SELECT 1 FROM signature f WHERE f.id = NEW.id AND {_sig_frozen('f')})", sig_msg))
    op.execute(_trigger(
        "signature_frozen_update",
        "BEFORE UPDATE ON signature WHEN NOT (OLD.deleted = 1 AND NEW.deleted = 1 AND NEW.id IS OLD.id"
        " AND NEW.owner_table IS OLD.owner_table AND NEW.owner_id IS OLD.owner_id)"
        f" AND ({_sig_frozen('OLD')} OR {_sig_frozen('NEW')}"
        f" OR EXISTS (SELECT 1 FROM signature f WHERE f.id = NEW.id AND f.id IS NOT OLD.id AND {_sig_frozen('f')}))",
        sig_msg))
    op.execute(_trigger("signature_frozen_delete", f"BEFORE DELETE ON signature WHEN {_sig_frozen('OLD')}", sig_msg))

    link_msg = "photos of a signed run are frozen"
    op.execute(_trigger(
        "link_frozen_insert",
        f"BEFORE INSERT ON attachment_link WHEN (NEW.deleted = 0 AND {_link_frozen('NEW')})"
        f" OR EXISTS (SELECT 1 FROM attachment_link f WHERE f.id = NEW.id AND {_link_frozen('f')})", link_msg))
    op.execute(_trigger(
        "link_frozen_update",
        "BEFORE UPDATE ON attachment_link WHEN NOT (OLD.deleted = 1 AND NEW.deleted = 1 AND NEW.id IS OLD.id"
        " AND NEW.owner_table IS OLD.owner_table AND NEW.owner_id IS OLD.owner_id)"
        f" AND ({_link_frozen('OLD')} OR {_link_frozen('NEW')}"
        f" OR EXISTS (SELECT 1 FROM attachment_link f WHERE f.id = NEW.id AND f.id IS NOT OLD.id AND {_link_frozen('f')}))",
        link_msg))
    op.execute(_trigger("link_frozen_delete", f"BEFORE DELETE ON attachment_link WHEN {_link_frozen('OLD')}", link_msg))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_downgrade()
        return
    for name in _NEW:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name in ("answer_frozen_update", "answer_frozen_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"""
        CREATE TRIGGER answer_frozen_update BEFORE UPDATE ON answer
        WHEN NOT (OLD.deleted = 1 AND NEW.deleted = 1) AND (
            (SELECT status FROM checklist_run WHERE id = OLD.run_id) IN {_FROZEN}
            OR (SELECT status FROM checklist_run WHERE id = NEW.run_id) IN {_FROZEN})
        BEGIN SELECT RAISE(ABORT, 'answers of a signed run are frozen'); END
    """)
    op.execute(f"""
        CREATE TRIGGER answer_frozen_insert BEFORE INSERT ON answer
        WHEN NEW.deleted = 0 AND (SELECT status FROM checklist_run WHERE id = NEW.run_id) IN {_FROZEN}
        BEGIN SELECT RAISE(ABORT, 'answers of a signed run are frozen'); END
    """)
