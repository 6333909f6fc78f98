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


# Every foreign key of the schema DEFERRABLE INITIALLY IMMEDIATE: checked per statement, as on SQLite, unless a
# transaction defers them (``SET CONSTRAINTS ALL DEFERRED``, the sync import: ``opsdesk.backend.defer_foreign_keys``,
# SQLite's ``PRAGMA defer_foreign_keys``). Run after every upgrade on PostgreSQL (db/env.py), so the keys any
# migration creates are deferrable there, while SQLite's schema and revision stay as they are.
DEFERRABLE_FOREIGN_KEYS = """
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT c.conrelid::regclass::text AS tbl, c.conname FROM pg_catalog.pg_constraint c
             WHERE c.contype = 'f' AND NOT c.condeferrable AND c.connamespace = current_schema()::regnamespace
    LOOP
        EXECUTE 'ALTER TABLE ' || r.tbl || ' ALTER CONSTRAINT ' || quote_ident(r.conname)
             || ' DEFERRABLE INITIALLY IMMEDIATE';
    END LOOP;
END $$
"""


# Every text column compares and sorts by bytes (COLLATE "C"), as SQLite's BINARY does, whatever collation the
# server's database was created with: the pinyin sort keys and the names after them sort the same on both
# backends, and so do the clocks (HLC text) the sync engine compares in SQL. Run after every upgrade, so the
# columns any migration adds get it too (only columns not yet "C" are changed).
BYTE_ORDER_TEXT = """
DO $$
DECLARE
    r record;
    t record;
    defs text[];
    d text;
BEGIN
    FOR r IN SELECT a.attrelid AS rel, a.attrelid::regclass::text AS tbl, a.attnum, a.attname,
                    format_type(a.atttypid, a.atttypmod) AS typ
             FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
             WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND a.attnum > 0
               AND NOT a.attisdropped AND a.atttypid IN ('text'::regtype, 'varchar'::regtype)
               AND a.attcollation <> (SELECT oid FROM pg_catalog.pg_collation WHERE collname = 'C'
                                      AND collnamespace = 'pg_catalog'::regnamespace)
    LOOP
        -- A trigger on the column (UPDATE OF it) blocks the change: dropped, and made again as it was.
        defs := '{}';
        FOR t IN SELECT tg.oid, tg.tgname FROM pg_catalog.pg_trigger tg
                 WHERE tg.tgrelid = r.rel AND NOT tg.tgisinternal AND EXISTS (
                     SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.classid = 'pg_catalog.pg_trigger'::regclass
                     AND dep.objid = tg.oid AND dep.refobjid = r.rel AND dep.refobjsubid = r.attnum)
        LOOP
            defs := defs || pg_get_triggerdef(t.oid);
            EXECUTE 'DROP TRIGGER ' || quote_ident(t.tgname) || ' ON ' || r.tbl;
        END LOOP;
        EXECUTE 'ALTER TABLE ' || r.tbl || ' ALTER COLUMN ' || quote_ident(r.attname) || ' TYPE ' || r.typ
             || ' COLLATE "C"';
        FOREACH d IN ARRAY defs LOOP
            EXECUTE d;
        END LOOP;
    END LOOP;
END $$
"""


def deferrable_foreign_keys(connection) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    connection.exec_driver_sql(DEFERRABLE_FOREIGN_KEYS)


def after_upgrade(connection) -> None:  # noqa: ANN001 - a SQLAlchemy Connection
    """What every PostgreSQL upgrade ends with (db/env.py): deferrable foreign keys, byte-order text."""
    deferrable_foreign_keys(connection)
    connection.exec_driver_sql(BYTE_ORDER_TEXT)


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
