"""PostgreSQL versions of the refusal triggers (the migrations' ``postgresql`` branches).

SQLite writes ``CREATE TRIGGER t BEFORE UPDATE ON x WHEN <condition> BEGIN SELECT RAISE(ABORT, 'message'); END``.
PostgreSQL's trigger ``WHEN`` cannot hold a subquery, so each trigger gets a PL/pgSQL function of its
own (``<trigger>_fn``) that tests the same condition and raises the same message with SQLSTATE 23000
(``integrity_constraint_violation``: the driver reports an ``IntegrityError``, as SQLite's
``RAISE(ABORT)`` is a constraint failure). Conditions are written once for PostgreSQL: ``IS DISTINCT
FROM`` for SQLite's ``IS NOT``, boolean ``deleted`` for ``deleted = 1``.

``opsdesk_unfreeze()`` is SQLite's connection function of the same name (``opsdesk.db.unfrozen``): here a
SQL function that reads the transaction-local setting ``opsdesk.unfreeze``, which ``unfrozen()`` sets
with ``set_config('opsdesk.unfreeze', '1', true)`` and clears again.

Frozen once used: a migration that needs another shape adds a helper.
"""

from __future__ import annotations

FROZEN = "('signed', 'superseded')"

UNFREEZE_FUNCTION = """
    CREATE OR REPLACE FUNCTION opsdesk_unfreeze() RETURNS boolean LANGUAGE sql STABLE AS
    $$ SELECT coalesce(current_setting('opsdesk.unfreeze', true), '') = '1' $$
"""


def refusal(name: str, table: str, event: str, condition: str, message: str) -> list[str]:
    """Statements creating (or replacing) trigger ``name`` on ``table`` that refuses the row with ``message``
    when ``condition`` holds. ``event``: ``BEFORE UPDATE``, ``BEFORE UPDATE OF status``, ``BEFORE INSERT``,
    ``BEFORE DELETE``; ``condition`` may use NEW (insert/update) and OLD (update/delete) and subqueries."""
    row = "OLD" if "DELETE" in event else "NEW"
    message = message.replace("'", "''")
    return [
        f"""CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF {condition} THEN
        RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN {row};
END $$""",
        f'DROP TRIGGER IF EXISTS {name} ON "{table}"',
        f'CREATE TRIGGER {name} {event} ON "{table}" FOR EACH ROW EXECUTE FUNCTION {name}_fn()',
    ]


def drop(name: str, table: str) -> list[str]:
    return [f'DROP TRIGGER IF EXISTS {name} ON "{table}"', f"DROP FUNCTION IF EXISTS {name}_fn()"]


def run_frozen(run_id: str) -> str:
    return f"(SELECT status FROM checklist_run WHERE id = {run_id}) IN {FROZEN}"


def changed(columns: tuple[str, ...] | list[str]) -> str:
    """Any of ``columns`` differs between OLD and NEW (NULL-safe, SQLite's ``IS NOT``)."""
    return " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in columns)


def run_frozen_update(columns: tuple[str, ...]) -> list[str]:
    """A signed or superseded run's row keeps every column in ``columns`` (all but status and updated_at)."""
    return refusal("run_frozen_update", "checklist_run", "BEFORE UPDATE",
                   f"OLD.status IN {FROZEN} AND ({changed(columns)})", "a signed run is frozen")
