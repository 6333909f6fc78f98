"""The demo workspace (deterministic from its seed) and the ``opsdesk`` command line.

The builds through the command line are the ones whose arguments are the subject (the same seed twice,
another seed, a refused or out-of-range one); the tests that read what a demo holds read a copy of a demo
built once per run and shared with other modules (tests/conftest.py ``workspace_templates``): the command
line's default demo (also read by test_kpis_demo.py) and a small one with a month of history (also read by
test_demo_openings.py and test_auth.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_helpers import cli_default_demo

from opsdesk import cli
from opsdesk.audit import verify_chain
from opsdesk.db import Database, current_revision, head_revision, migrate
from opsdesk.demo_openings import STORES as OPENING_STORES
from opsdesk.services.workspace import CURRENT_USER_KEY, WORKSPACE_NAME_KEY

STORE_COLS = "id, code, name, kind, status, address, phone, opened_on, region_id"
USER_COLS = "id, name, username, role, phone, email"


def _query(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _tables(path: Path) -> dict[str, list[tuple]]:
    return {
        "store": _query(path, f"SELECT {STORE_COLS} FROM store ORDER BY id"),
        "user": _query(path, f'SELECT {USER_COLS} FROM "user" ORDER BY id'),
        "region": _query(path, "SELECT id, code, name, parent_id, sort_order FROM region ORDER BY id"),
        "assignment": _query(path, "SELECT id, user_id, store_id, role FROM assignment ORDER BY id"),
    }


# A month of inspections and a few days of checklists: every kind of demo data (equipment included), quickly.
SHORT = ("--months", "1", "--daily-days", "3")
# With the history come three new stores being opened (demo_openings), their managers and staff.
NEW_STORES = len(OPENING_STORES)
NEW_USERS = sum(1 + staff for *_rest, staff in OPENING_STORES)
# A demo with a store in preparation among its regular ones, built once per run (test_demo_promotions.py reads
# it too): 18 stores, a month of inspections.
EQUIPMENT_DEMO = {"stores": 18, "seed": 11, "months": 1, "daily_days": 0}


def _demo(path: Path, *extra: str) -> int:
    return cli.main(["demo", "--db", str(path), *extra])


@pytest.fixture(scope="module")
def seed_3(tmp_path_factory) -> Path:  # noqa: ANN001
    """``opsdesk demo --stores 12 --seed 3`` (SHORT), built once for the two tests that compare another build
    with it (they only read it)."""
    path = tmp_path_factory.mktemp("demo_seed_3") / "a.sqlite"
    assert _demo(path, "--stores", "12", "--seed", "3", *SHORT) == 0
    return path


def test_same_seed_gives_the_same_workspace(seed_3, tmp_path, capsys):  # noqa: ANN001
    a, b = seed_3, tmp_path / "b.sqlite"
    capsys.readouterr()
    assert _demo(b, "--stores", "12", "--seed", "3", *SHORT) == 0
    out = capsys.readouterr().out
    assert f"{12 + NEW_STORES} stores" in out
    # The summary line tells what was built: the equipment, its acceptances and faults as the workspace has them.
    total = _query(b, "SELECT count(*) FROM equipment")[0][0]
    fault_count = _query(b, "SELECT count(*) FROM equipment_fault")[0][0]
    open_count = _query(b, "SELECT count(*) FROM equipment_fault WHERE status != 'closed'")[0][0]
    assert f"{total} equipment items, 6 signed acceptances, {fault_count} faults ({open_count} open)" in out
    ta, tb = _tables(a), _tables(b)
    assert len(ta["store"]) == 12 + NEW_STORES
    assert len(ta["user"]) == 2 + 4 + 9 + 12 + NEW_USERS  # head office, ops managers, supervisors, store managers
    assert ta == tb
    # The equipment too: every item, its serial number, status, warranty and price.
    assert _equipment_rows(a) == _equipment_rows(b)
    assert len(_equipment_rows(a)) >= 12 * 7
    # Two distinct installations nevertheless.
    assert _query(a, "SELECT id FROM node") != _query(b, "SELECT id FROM node")


def test_different_seed_differs(seed_3, tmp_path):  # noqa: ANN001
    a, b = seed_3, tmp_path / "b.sqlite"
    assert _demo(b, "--stores", "12", "--seed", "4", *SHORT) == 0
    ta, tb = _tables(a), _tables(b)
    assert len(tb["store"]) == 12 + NEW_STORES
    assert ta["store"] != tb["store"]
    assert ta["user"] != tb["user"]
    assert {r[0] for r in ta["store"]}.isdisjoint({r[0] for r in tb["store"]})


def test_default_demo_is_consistent(workspace_copy):  # noqa: ANN001
    """The demo ``opsdesk demo`` builds with its defaults (a copy of it, built once per run on a fixed day)."""
    path = workspace_copy("demo.sqlite", **cli_default_demo())
    assert _query(path, "SELECT count(*) FROM store") == [(30 + NEW_STORES,)]
    assert _query(path, "SELECT count(*) FROM region WHERE parent_id IS NULL") == [(4,)]
    assert _query(path, "SELECT count(*) FROM region WHERE parent_id IS NOT NULL") == [(9,)]
    # Every store has exactly one manager and one supervisor, every store code is unique.
    per_store = _query(path, "SELECT s.id, sum(a.role='manager'), sum(a.role='supervisor') FROM store s "
                             "JOIN assignment a ON a.store_id = s.id GROUP BY s.id")
    assert len(per_store) == 30 + NEW_STORES and all(r[1:] == (1, 1) for r in per_store)
    assert _query(path, "SELECT count(DISTINCT lower(code)) FROM store") == [(30 + NEW_STORES,)]
    assert _query(path, "SELECT count(*) FROM store WHERE status='open' AND opened_on IS NULL") == [(0,)]
    # Stores hang off areas, never off top-level regions.
    assert _query(path, "SELECT count(*) FROM store s JOIN region r ON r.id = s.region_id "
                        "WHERE r.parent_id IS NULL") == [(0,)]
    # Demo data went through change capture and the audit chain.
    assert _query(path, "SELECT count(DISTINCT row_id) FROM change_log WHERE table_name='store'") == [
        (30 + NEW_STORES,)]
    db = Database.open(path)
    try:
        with db.reading() as s:
            assert verify_chain(s).ok
        assert db.get_meta(CURRENT_USER_KEY)
        assert db.get_meta(WORKSPACE_NAME_KEY)
        role = _query(path, f"SELECT role FROM \"user\" WHERE id='{db.get_meta(CURRENT_USER_KEY)}'")
        assert role == [("supervisor",)]
    finally:
        db.close()


def test_demo_on_a_non_empty_workspace_is_refused(seed_3, tmp_path, capsys, dump_db):  # noqa: ANN001
    path = tmp_path / "demo.sqlite"
    source, copy = sqlite3.connect(seed_3), sqlite3.connect(path)  # a copy of a demo workspace (seed_3 is shared)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    capsys.readouterr()
    before = _tables(path)
    dump_before = dump_db(path)
    assert _demo(path, "--stores", "5", "--seed", "2") == 2
    err = capsys.readouterr().err
    assert "already has stores" in err
    assert _tables(path) == before
    assert dump_db(path) == dump_before


def test_demo_out_of_range_is_refused(tmp_path, capsys):
    path = tmp_path / "demo.sqlite"
    assert _demo(path, "--stores", "0") == 2
    assert "error:" in capsys.readouterr().err
    assert _query(path, "SELECT count(*) FROM store") == [(0,)]


def test_db_upgrade_at_head(db_path, capsys):
    Database.open(db_path).close()
    assert cli.main(["db", "upgrade", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert f"schema already at {head_revision()}" in out
    assert "backup" not in out
    assert [p for p in db_path.parent.iterdir() if "backup" in p.name] == []


def test_db_upgrade_refuses_a_missing_file(tmp_path, capsys):
    """A mistyped path must not silently create a new, empty workspace."""
    path = tmp_path / "typo.sqlite"
    assert cli.main(["db", "upgrade", "--db", str(path)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not path.exists()


def test_db_check_of_a_directory_or_too_new_file_exits_2(tmp_path, capsys):
    assert cli.main(["db", "check", "--db", str(tmp_path)]) == 2
    path = tmp_path / "future.sqlite"
    migrate(path)
    import sqlite3

    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    assert cli.main(["db", "check", "--db", str(path)]) == 2
    assert "newer OpsDesk" in capsys.readouterr().out


def test_db_upgrade_from_first_revision(tmp_path, capsys):
    path = tmp_path / "old.sqlite"
    migrate(path, target="0001_core")
    assert cli.main(["db", "upgrade", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"schema upgraded from 0001_core to {head_revision()}" in out
    backup_lines = [line for line in out.splitlines() if line.startswith("backup: ")]
    assert len(backup_lines) == 1
    backup = Path(backup_lines[0].removeprefix("backup: "))
    assert backup.is_file() and backup.parent == path.parent
    assert current_revision(backup) == "0001_core"
    assert current_revision(path) == head_revision()


def test_db_upgrade_refuses_newer_schema(db_path, capsys):
    Database.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    assert cli.main(["db", "upgrade", "--db", str(db_path)]) == 2
    assert "9999_future" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_cli_requires_a_command():
    with pytest.raises(SystemExit) as info:
        cli.main([])
    assert info.value.code == 2


def test_the_demo_has_signed_inspections(workspace_copy, capsys):  # noqa: ANN001
    """A few of the current supervisor's latest inspections are signed by the supervisor and the store
    manager (frozen, as a real signing freezes them); one more still waits for the store manager."""
    from opsdesk.services import AppContext, runs, signatures

    path = workspace_copy("demo.sqlite", **cli_default_demo())
    db = Database.open(path)
    try:
        ctx = AppContext(db)
        me = db.get_meta(CURRENT_USER_KEY)
        # The equipment acceptances and the promotions' execution checks (demo_promotions) apart.
        signed = [r[0] for r in _query(path, "SELECT id FROM checklist_run WHERE status='signed' "
                                             "AND run_type NOT IN ('acceptance', 'execution')")]
        assert len(signed) == 3
        for run_id in signed:
            sigs = signatures.signatures_of(ctx, "checklist_run", run_id)
            assert sorted(s.role for s in sigs) == ["store_manager", "supervisor"]
            assert all(s.valid and len(s.strokes) >= 2 for s in sigs)   # drawn, and matching the signed content
            by_role = {s.role: s for s in sigs}
            assert by_role["supervisor"].signer_id == me
            store = runs.get_summary(ctx, run_id).store_id
            manager = _query(path, f"SELECT user_id FROM assignment WHERE store_id='{store}' AND role='manager'")
            assert by_role["store_manager"].signer_id == manager[0][0]
            names = dict(_query(path, f"SELECT id, name FROM \"user\" WHERE id IN ('{me}', '{manager[0][0]}')"))
            assert {s.signer_name for s in sigs} == {names[me], names[manager[0][0]]}
            assert signatures.missing_roles(ctx, run_id) == []
        # Frozen like a real signing: the signed record is logged at its sign point.
        assert _query(path, "SELECT count(DISTINCT row_id) FROM change_log WHERE table_name='checklist_run' "
                            "AND kind='sign' AND row_id IN (SELECT id FROM checklist_run "
                            "WHERE run_type NOT IN ('acceptance', 'execution'))") == [(3,)]
        waiting = _query(path, "SELECT DISTINCT r.id FROM checklist_run r JOIN signature s ON s.owner_id = r.id "
                               "WHERE r.status='completed' AND r.run_type NOT IN ('acceptance', 'execution')")
        assert len(waiting) == 1
        assert signatures.missing_roles(ctx, waiting[0][0]) == ["store_manager"]
    finally:
        db.close()
    assert cli.main(["db", "check", "--db", str(path)]) == 0
    # 3 inspections, 6 equipment acceptances; the openings: 4 fit-out acceptances, 1 equipment acceptance;
    # the promotions: 3 execution checks
    assert "signatures: ok (17 signed runs)" in capsys.readouterr().out


# ---------------------------------------------------------------- demo equipment


def _equipment_rows(path: Path) -> list[tuple]:
    return _query(path, "SELECT id, store_id, asset_code, serial_number, brand, model, status, warranty_end, price "
                        "FROM equipment ORDER BY id")


def test_demo_equipment_acceptances_and_faults(workspace_copy):  # noqa: ANN001
    """Every store has its equipment; the acceptances are signed by the three and gave their items the
    result; the fault log has closed, open, stale and repeat faults; the warnings have something to say.
    (What the command's summary line says of them: test_same_seed_gives_the_same_workspace.)"""
    from datetime import date
    from decimal import Decimal

    from opsdesk.services import AppContext, acceptance, equipment, faults, runs, signatures

    path = workspace_copy("demo.sqlite", **EQUIPMENT_DEMO)
    total = _query(path, "SELECT count(*) FROM equipment")[0][0]
    # Every store has items; an open store a set of each kind; a store being opened only ordered/delivered ones
    # (the new stores of the demo's openings apart: tests/core/test_demo_openings.py).
    new = "SELECT store_id FROM opening_project"
    kinds = _query(path, "SELECT s.status, s.code, group_concat(DISTINCT c.code) FROM store s "
                         "JOIN equipment e ON e.store_id = s.id JOIN equipment_category c ON c.id = e.category_id "
                         f"WHERE s.id NOT IN ({new}) GROUP BY s.id")
    assert len(kinds) == EQUIPMENT_DEMO["stores"]
    assert all(set(k[2].split(",")) == {"KT", "POS", "LG", "JK", "YX"} for k in kinds)
    preparing = _query(path, "SELECT DISTINCT e.status FROM equipment e JOIN store s ON s.id = e.store_id "
                             f"WHERE s.status = 'preparing' AND s.id NOT IN ({new})")
    assert preparing and {r[0] for r in preparing} <= {"ordered", "delivered"}
    regular = _query(path, f"SELECT count(*) FROM equipment WHERE store_id NOT IN ({new})")[0][0]
    assert _query(path, "SELECT count(*) FROM equipment WHERE status = 'in_service'")[0][0] > regular * 0.8
    assert _query(path, "SELECT count(DISTINCT lower(asset_code)), count(DISTINCT serial_number) "
                        "FROM equipment") == [(total, total)]

    db = Database.open(path)
    try:
        ctx = AppContext(db)
        with db.reading() as s:
            assert verify_chain(s).ok
        # The history of every item is a chain ending in its status.
        for item in equipment.query_equipment(ctx):
            events = equipment.history(ctx, item.id)
            assert events[0].from_status is None
            assert all(b.from_status == a.to_status for a, b in zip(events, events[1:]))
            assert events[-1].to_status == item.status
            assert item.price is not None and isinstance(item.price, Decimal) and item.price > 0
        # Acceptances: three accepted, two conditional (with their conditions), one rejected, all signed
        # by the three; one more waits for the supplier and its item is still installed.
        results = {}
        opening = {r[0] for r in _query(path, new)}
        for run in runs.query_runs(ctx, runs.RunQuery(run_type="acceptance")):
            if run.store_id in opening:  # the fit-out and equipment acceptances of the openings
                continue
            item = next(i for i in equipment.query_equipment(ctx) if i.acceptance_run_id == run.id) \
                if run.status == "signed" else None
            roles = {sig.role for sig in signatures.signatures_of(ctx, "checklist_run", run.id)}
            if run.status == "signed":
                assert roles == {"supplier", "store_manager", "supervisor"}
                result = acceptance.acceptance_result(ctx, run.id)
                results.setdefault(result, []).append(run.id)
                assert item.status in ((result, "in_service") if result != "rejected" else ("rejected",))
                assert bool(acceptance.conditions(ctx, run.id)) == (result == "conditional")
            else:
                assert run.status == "completed" and roles == {"store_manager", "supervisor"}
                results.setdefault("awaiting", []).append(run.id)
        assert {k: len(v) for k, v in results.items()} == {"accepted": 3, "conditional": 2, "rejected": 1,
                                                           "awaiting": 1}
        # Faults: costs exact, a repeat, stale open ones keep their items under repair.
        log = faults.query_faults(ctx, faults.FaultQuery())
        closed = [f for f in log if f.status == "closed"]
        assert len(closed) >= 5 and all(isinstance(f.cost, Decimal) for f in closed)
        assert any(f.repeat for f in log)
        unrepaired = [f for f in log if f.status in ("reported", "located")]
        assert unrepaired and all(equipment.get_equipment(ctx, f.equipment_id).status == "under_repair"
                                  for f in unrepaired)
        warned = equipment.warnings(ctx, today=date.today())
        assert warned.warranty_expiring >= 4 and warned.life_reached == 1 and warned.stale_faults >= 2
    finally:
        db.close()


# The equipment is deterministic from the seed: test_same_seed_gives_the_same_workspace compares it.
