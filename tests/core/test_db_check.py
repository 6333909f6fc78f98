"""``opsdesk db check`` tells the truth: foreign keys, signed runs against their signatures, a damaged
file named without a traceback, and documented exit codes (0 ok, 1 problems, 2 cannot check)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sign_helpers import sign_as

from acting import my_store
from opsdesk import cli
from opsdesk.check import EXIT_CANNOT_CHECK, EXIT_OK, EXIT_PROBLEMS, check_workspace
from opsdesk.services import org, runs, templates

STROKES = [[(10, 10, 0.0), (60, 50, 0.1), (120, 20, 0.2)]]
VALUES = {"pass_fail": "pass", "yes_no": "yes", "rating": 5, "choice": 0, "number": "0.1", "text": "无"}
REPO = Path(__file__).resolve().parents[2]


def _signed_run(ctx) -> str:  # noqa: ANN001
    """A completed inspection signed by both roles (frozen), in a small demo workspace (2 stores, seed 4)."""
    store = my_store(ctx)  # one of the acting supervisor's stores
    tpl = templates.template_by_code(ctx, "store_routine")
    run = runs.start_run(ctx, store.id, tpl.id, "routine")
    for item in runs.get_run(ctx, run.id).version.items():
        if item.answer_type != "photo":
            runs.set_answer(ctx, run.id, item.id, VALUES.get(item.answer_type))
    runs.complete(ctx, run.id)
    sign_as(ctx, run.id, "supervisor", STROKES)
    sign_as(ctx, run.id, "store_manager", STROKES)
    assert runs.get_summary(ctx, run.id).status == "signed"
    return run.id


@pytest.fixture
def db_template():  # noqa: ANN201
    """Built once per session, copied for each test (tests/conftest.py)."""
    return {"build": _signed_run, "stores": 2, "seed": 4}


@pytest.fixture
def signed_run(built) -> str:  # noqa: ANN001
    return built


def _check(path: Path, capsys) -> tuple[int, str, str]:  # noqa: ANN001
    code = cli.main(["db", "check", "--db", str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.create_function("opsdesk_unfreeze", 0, lambda: 0)  # what the frozen-record triggers ask
    return conn


def _drop_triggers(conn: sqlite3.Connection, table: str) -> None:
    """Past the frozen-record triggers, as someone editing the file by hand would go."""
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                (table,)).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')


def test_a_sound_workspace_with_a_signed_run_checks_ok(db, db_path, signed_run, capsys):
    db.close()
    code, out, err = _check(db_path, capsys)
    assert code == EXIT_OK, out + err
    for line in ("integrity: ok", "foreign keys: ok", "audit anchor: ok", "result: ok"):
        assert line in out
    assert "signatures: ok (" in out and " signed runs)" in out
    report = check_workspace(db_path)
    assert report.signed_runs >= 1 and report.problems == [] and report.foreign_key_violations == 0


def test_the_check_only_reads(db, db_path, signed_run, capsys):
    db.close()
    before = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    assert _check(db_path, capsys)[0] == EXIT_OK
    assert db_path.read_bytes() == before
    assert not wal.exists() or wal.stat().st_size == 0


def test_raw_delete_of_a_signed_run_is_found(db, db_path, signed_run, capsys):
    with db.engine.connect() as conn:
        answers = conn.exec_driver_sql("SELECT count(*) FROM answer WHERE run_id = ?", (signed_run,)).scalar()
    assert answers > 0
    db.close()
    conn = _raw(db_path)
    conn.execute("PRAGMA foreign_keys=OFF")
    _drop_triggers(conn, "checklist_run")
    conn.execute("DELETE FROM checklist_run WHERE id = ?", (signed_run,))
    conn.commit()
    conn.close()

    code, out, err = _check(db_path, capsys)
    assert code == EXIT_PROBLEMS, out + err
    assert f"foreign keys: FAILED ({answers} problems)" in out
    assert "refers to a checklist_run row that does not exist" in out
    assert f"run_id = '{signed_run}'" in out
    assert f"checklist_run {signed_run} is signed (1 signature hash(es)) but the run no longer exists" in out
    report = check_workspace(db_path)
    fk = report.of("foreign_key")
    assert len(fk) == answers and {p.table for p in fk} == {"answer"}
    assert all(p.row_id and p.row_id != "None" for p in fk)
    assert [p.row_id for p in report.of("signature")] == [signed_run]


def test_a_signed_run_whose_content_changed_is_named(db, db_path, signed_run, capsys):
    db.close()
    conn = _raw(db_path)
    _drop_triggers(conn, "answer")
    conn.execute("UPDATE answer SET note = 'changed later' WHERE id = (SELECT id FROM answer WHERE run_id = ? "
                 "ORDER BY id LIMIT 1)", (signed_run,))
    conn.commit()
    conn.close()
    code, out, _ = _check(db_path, capsys)
    assert code == EXIT_PROBLEMS
    assert f"checklist_run {signed_run} (signed): its content no longer matches its signatures" in out


def _damage(path: Path, table: str) -> None:
    """Overwrite the middle of ``table``'s root b-tree page with garbage (the file must be checkpointed)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size + 8)
        fh.write(bytes([0xA5]) * (page_size // 2))


def _damage_cells(path: Path, table: str) -> None:
    """Point the cells of ``table``'s root page past the page end (the page header stays readable)."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    start = (root - 1) * page_size
    with path.open("r+b") as fh:
        fh.seek(start)
        header = fh.read(12)
        cells = int.from_bytes(header[3:5], "big")
        offset = 12 if header[0] in (2, 5) else 8
        fh.seek(start + offset)
        fh.write(b"\xa5\xa5" * cells)


def test_a_damaged_file_is_named_without_a_traceback(db, db_path, signed_run):
    db.close()
    assert not db_path.with_name(db_path.name + "-wal").exists()  # closed and checkpointed
    _damage(db_path, "audit_entry")
    env = dict(os.environ)
    done = subprocess.run([sys.executable, "-m", "opsdesk.cli", "db", "check", "--db", str(db_path)],
                          capture_output=True, text=True, cwd=REPO, env=env, timeout=300)
    assert done.returncode in (EXIT_PROBLEMS, EXIT_CANNOT_CHECK), done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "integrity: FAILED" in done.stdout
    assert "audit_entry" in done.stdout.split("integrity: FAILED", 1)[1]
    report = check_workspace(db_path)
    assert any(p.table == "audit_entry" for p in report.of("integrity"))
    assert report.exit_code == EXIT_PROBLEMS


def test_damage_in_one_table_names_its_pages(db, db_path, signed_run, capsys):
    db.close()
    _damage_cells(db_path, "meta")
    code, out, err = _check(db_path, capsys)
    assert code in (EXIT_PROBLEMS, EXIT_CANNOT_CHECK) and "Traceback" not in out + err
    report = check_workspace(db_path)
    assert report.of("integrity") and all(p.table == "meta" for p in report.of("integrity") if p.table)
    assert any(p.table == "meta" for p in report.of("integrity"))


def test_cannot_check_exit_codes(tmp_path, db, db_path, capsys):
    text_file = tmp_path / "text.sqlite"
    text_file.write_text("hello")
    code, _out, err = _check(text_file, capsys)
    assert code == EXIT_CANNOT_CHECK and err.startswith("error:") and "Traceback" not in err

    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    code, _out, err = _check(empty, capsys)
    assert code == EXIT_CANNOT_CHECK and "error:" in err

    db.close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    code, out, _err = _check(db_path, capsys)
    assert code == EXIT_CANNOT_CHECK and "schema: " in out and "newer OpsDesk" in out
