"""Operating a head-office server (PostgreSQL): ``opsdesk db check`` reads it and names what is wrong,
``opsdesk db backup`` dumps it with pg_dump (its files too) and ``opsdesk db restore`` brings the dump back into
an empty database, ``opsdesk db set-files-dir`` names the shared files folder. Everything against a real
throw-away cluster (``make test-pg``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pg_cluster as pgc
import psycopg
import pytest
from acting import as_head_office, my_store
from engine_helpers import write_jpeg
from sign_helpers import sign_as

from opsdesk import backup, cli, paths, pg
from opsdesk.check import EXIT_CANNOT_CHECK, EXIT_OK, EXIT_PROBLEMS, check_workspace
from opsdesk.db import Database
from opsdesk.errors import BackupError, FilesFolderUnreachableError
from opsdesk.services import attachments, org, runs, templates
from opsdesk.services.context import AppContext

pytestmark = pytest.mark.pg

REPO = Path(__file__).resolve().parents[2]
STROKES = [[(10, 10, 0.0), (60, 50, 0.1), (120, 20, 0.2)]]
VALUES = {"pass_fail": "pass", "yes_no": "yes", "rating": 5, "choice": 0, "number": "0.1", "text": "无"}


def _signed_run_with_photo(ctx: AppContext) -> dict[str, str]:
    """A completed inspection with one photo, signed by both roles (frozen), in a small demo workspace."""
    store = my_store(ctx)  # one of the acting supervisor's stores (opsdesk.permissions: scope)
    tpl = templates.template_by_code(ctx, "store_routine")
    run = runs.start_run(ctx, store.id, tpl.id, "routine")
    items = runs.get_run(ctx, run.id).version.items()
    photo = None
    for item in items:
        if item.answer_type != "photo":
            runs.set_answer(ctx, run.id, item.id, VALUES.get(item.answer_type))
    jpeg = write_jpeg(Path(ctx.db.attachments_dir).parent / "evidence.jpg")
    photo = runs.add_photo(ctx, run.id, next(i for i in items if i.answer_type != "photo").id, jpeg)
    runs.complete(ctx, run.id)
    sign_as(ctx, run.id, "supervisor", STROKES)
    sign_as(ctx, run.id, "store_manager", STROKES)
    assert runs.get_summary(ctx, run.id).status == "signed"
    return {"run": run.id, "photo": photo.id}


@pytest.fixture
def server(pg_templates, tmp_path) -> tuple[str, Path, dict[str, str]]:  # noqa: ANN001
    """A copy of the demo chain with a signed run (and its photo) on the session's cluster: its URL, its files
    folder (named in the database, as on a head-office server), what the build made."""
    files = tmp_path / "share" / "opsdesk-files"
    url = pg_templates.copy(files, build=_signed_run_with_photo, stores=2, seed=4)
    pg.set_files_dir(url, files)
    return url, files, pg_templates.value(_signed_run_with_photo, stores=2, seed=4)


def _check(url: str, capsys) -> tuple[int, str, str]:  # noqa: ANN001
    code = cli.main(["db", "check", "--db", url])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _superuser_sql(url: str, *statements: str, params: tuple = ()) -> None:
    """Raw SQL as the cluster's superuser in one transaction, past OpsDesk (as someone with psql would)."""
    with psycopg.connect(url) as conn:
        for statement in statements:
            conn.execute(statement, params if "%s" in statement else ())


# ---------------------------------------------------------------- db check


def test_a_sound_server_workspace_checks_ok_and_only_reads(server, capsys) -> None:  # noqa: ANN001
    url, files, _made = server
    before = pgc.dump(url)
    code, out, err = _check(url, capsys)
    assert code == EXIT_OK, out + err
    assert "database: postgresql" in out and "@127.0.0.1" in out
    for line in ("foreign keys: ok", "signatures: ok (", "audit chain: ok (", "audit anchor: ok (", "result: ok"):
        assert line in out
    # no amcheck in this database: said, not pretended
    assert "integrity: not checked here: the server keeps its own integrity" in out and "pg_amcheck" in out
    assert f"files: ok (1 attachments in {files})" in out
    report = check_workspace(url)
    assert report.problems == [] and report.signed_runs >= 1 and report.foreign_key_violations == 0
    assert pgc.dump(url) == before  # read only


def test_amcheck_runs_when_the_database_has_it(server, capsys) -> None:  # noqa: ANN001
    url, _files, _made = server
    _superuser_sql(url, "CREATE EXTENSION amcheck")
    code, out, err = _check(url, capsys)
    assert code == EXIT_OK, out + err
    report = check_workspace(url)
    assert report.integrity == ["ok"] and "indexes" in report.integrity_detail and "tables" in report.integrity_detail
    assert f"integrity: ok ({report.integrity_detail})" in out


def test_a_tampered_signed_run_is_named(server, capsys) -> None:  # noqa: ANN001
    url, _files, made = server
    run_id = made["run"]
    # the transaction's unfreeze setting lets the run's status step back to "completed", its answer change and
    # the status return to "signed": what only database roles stop on a server, and the content hash shows
    _superuser_sql(url, "SELECT set_config('opsdesk.unfreeze', '1', true)",
                   "UPDATE checklist_run SET status = 'completed' WHERE id = %s",
                   "UPDATE answer SET note = 'changed later' WHERE id = (SELECT id FROM answer WHERE run_id = %s "
                   "ORDER BY id LIMIT 1)",
                   "UPDATE checklist_run SET status = 'signed' WHERE id = %s", params=(run_id,))
    code, out, _err = _check(url, capsys)
    assert code == EXIT_PROBLEMS
    assert "signatures: FAILED (1 problem)" in out
    assert f"checklist_run {run_id} (signed): its content no longer matches its signatures" in out
    assert [p.row_id for p in check_workspace(url).of("signature")] == [run_id]


def test_a_broken_audit_link_is_named(server, capsys) -> None:  # noqa: ANN001
    url, _files, _made = server
    with psycopg.connect(url) as conn:
        seq = conn.execute("SELECT seq FROM audit_entry ORDER BY seq OFFSET 5 LIMIT 1").fetchone()[0]
        conn.execute("UPDATE audit_entry SET after = '{\"forged\": 1}' WHERE seq = %s", (seq,))
    code, out, _err = _check(url, capsys)
    assert code == EXIT_PROBLEMS
    assert f"audit chain: BROKEN at entry {seq}:" in out
    report = check_workspace(url)
    assert report.audit_ok is False and report.of("audit")[0].seq == seq


def test_other_desktops_entries_are_not_findings_but_deleted_ones_are(server, capsys, tmp_path,  # noqa: ANN001
                                                                      monkeypatch) -> None:
    url, _files, _made = server
    ours = os.environ[paths.ANCHOR_ENV]
    monkeypatch.setenv(paths.ANCHOR_ENV, str(tmp_path / "another-desktop-anchors"))  # another computer writes
    other = Database.open(url, migrate_schema=False, create=False)
    try:
        org.save_region(as_head_office(AppContext(other)), "Far West", "FARWEST")  # head office's step there
    finally:
        other.close()
    monkeypatch.setenv(paths.ANCHOR_ENV, ours)
    code, out, err = _check(url, capsys)
    assert code == EXIT_OK, out + err  # appended by another desktop of the same server node: not a finding
    report = check_workspace(url)
    assert report.anchor_seq is not None and report.anchor_seq < report.audit_entries
    with psycopg.connect(url) as conn:  # the last entries this computer recorded are deleted
        conn.execute("DELETE FROM audit_entry WHERE seq >= %s", (report.anchor_seq - 1,))
    code, out, _err = _check(url, capsys)
    assert code == EXIT_PROBLEMS and "audit anchor: MISMATCH" in out and "were deleted" in out


def test_a_signed_run_deleted_past_the_foreign_keys_is_named(server, capsys) -> None:  # noqa: ANN001
    url, _files, made = server
    run_id = made["run"]
    with psycopg.connect(url) as conn:
        answers = conn.execute("SELECT count(*) FROM answer WHERE run_id = %s", (run_id,)).fetchone()[0]
        # replica mode fires neither the frozen-record triggers nor the foreign keys' own
        conn.execute("SET LOCAL session_replication_role = replica")
        conn.execute("DELETE FROM checklist_run WHERE id = %s", (run_id,))
    assert answers > 0
    code, out, _err = _check(url, capsys)
    assert code == EXIT_PROBLEMS
    assert "foreign keys: FAILED (" in out and f"run_id = '{run_id}'" in out
    assert "refers to a checklist_run row that does not exist" in out
    assert f"checklist_run {run_id} is signed (1 signature hash(es)) but the run no longer exists" in out
    report = check_workspace(url)
    assert report.foreign_key_violations >= answers
    assert {p.table for p in report.of("foreign_key")} >= {"answer"}


def test_files_missing_or_out_of_reach_are_named(server, capsys, tmp_path) -> None:  # noqa: ANN001
    url, files, made = server
    photo = attachments.AttachmentStore(files).path_for(made["photo"])
    photo.unlink()
    code, out, _err = _check(url, capsys)
    assert code == EXIT_PROBLEMS and f"attachment {made['photo']}: its file is missing from {files}" in out
    files.rename(tmp_path / "unmounted")  # the share is gone from this computer
    code, out, _err = _check(url, capsys)
    assert code == EXIT_PROBLEMS and "files: FAILED (1 problem)" in out
    assert f"the files folder {files}" in out and "not reachable from this computer" in out


def test_a_server_that_cannot_be_checked_gets_one_error_line(pg_cluster, capsys) -> None:  # noqa: ANN001
    for url in (f"postgresql://{pg_cluster_user()}@127.0.0.1:1/x", pg_cluster.url("no_such_database")):
        code, out, err = _check(url, capsys)
        assert code == EXIT_CANNOT_CHECK and err.count("error:") == 1 and "Traceback" not in out + err
    assert "has no database no_such_database" in err
    empty = pg_cluster.url(pg_cluster.create_database())
    code, _out, err = _check(empty, capsys)
    assert code == EXIT_CANNOT_CHECK and "holds no OpsDesk workspace" in err


def pg_cluster_user() -> str:
    return pgc.SUPERUSER


def test_db_check_in_a_subprocess_never_shows_a_password(server) -> None:  # noqa: ANN001
    url, _files, _made = server
    with_password = url.replace(f"{pgc.SUPERUSER}@", f"{pgc.SUPERUSER}:hunter2secret@")
    done = subprocess.run([sys.executable, "-m", "opsdesk.cli", "db", "check", "--db", with_password], cwd=REPO,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == EXIT_OK, done.stdout + done.stderr  # trust authentication ignores it
    assert "hunter2secret" not in done.stdout + done.stderr and "***" in done.stdout


# ---------------------------------------------------------------- backup and restore


def test_backup_and_restore_into_a_new_database(server, pg_cluster, tmp_path, capsys) -> None:  # noqa: ANN001
    url, files, made = server
    out = tmp_path / "backups" / "head-office.dump"
    out.parent.mkdir()
    assert cli.main(["db", "backup", "--db", url, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert out.is_file() and out.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    copied = out.with_name("head-office.files")
    assert f"backup: {out}" in printed and f"new file(s) copied to {copied} (from {files})" in printed
    assert (copied / made["photo"][:2] / made["photo"]).is_file()
    assert not list(out.parent.glob("*.partial"))

    target = pg_cluster.url(pg_cluster.create_database())
    restored_files = tmp_path / "share2" / "files"
    restored_files.mkdir(parents=True)
    assert cli.main(["db", "restore", "--db", target, "--from", str(out), "--files-dir", str(restored_files)]) == 0
    printed = capsys.readouterr().out
    assert "restored" in printed and "opsdesk db check" in printed
    original, copy = pgc.table_counts(url), pgc.table_counts(target)
    assert copy == original and copy["checklist_run"] > 0 and copy["audit_entry"] > 0
    assert _rows(target, "SELECT id, status FROM checklist_run ORDER BY id") == \
        _rows(url, "SELECT id, status FROM checklist_run ORDER BY id")
    assert (restored_files / made["photo"][:2] / made["photo"]).is_file()
    code, out_text, err = _check(target, capsys)
    assert code == EXIT_OK, out_text + err
    assert f"files: ok (1 attachments in {restored_files})" in out_text
    # the restored database keeps its frozen records frozen (the triggers came back)
    with pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="frozen"):
        _superuser_sql(target, "UPDATE answer SET note = 'x' WHERE run_id = %s", params=(made["run"],))

    # restoring again into the now full database is refused, nothing changed
    before = pgc.dump(target)
    assert cli.main(["db", "restore", "--db", target, "--from", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 1 and "not empty" in err
    assert pgc.dump(target) == before


def _rows(url: str, query: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return [tuple(r) for r in conn.execute(query).fetchall()]


def test_backup_without_pg_dump_is_one_clear_error(server, tmp_path, monkeypatch, capsys) -> None:  # noqa: ANN001
    url, _files, _made = server
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.delenv("OPSDESK_PG_BIN", raising=False)
    monkeypatch.setattr(pg, "TOOL_DIRS_GLOB", str(tmp_path / "nowhere" / "*" / "bin"))
    out = tmp_path / "x.dump"
    assert cli.main(["db", "backup", "--db", url, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 1 and "pg_dump was not found" in err
    assert not out.exists() and not out.with_name("x.files").exists()


def test_backup_refuses_when_the_files_folder_is_out_of_reach(server, tmp_path, capsys) -> None:  # noqa: ANN001
    url, files, _made = server
    files.rename(tmp_path / "unmounted")
    out = tmp_path / "x.dump"
    assert cli.main(["db", "backup", "--db", url, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 1 and "not reachable from this computer" in err and not out.exists()


def test_a_sqlite_workspace_is_backed_up_online_with_its_files(workspace_copy, tmp_path, capsys) -> None:  # noqa: ANN001
    path = workspace_copy("w.sqlite", stores=2, seed=4)
    db = Database.open(path)
    try:
        ctx = AppContext(db)
        stored = attachments.store_for(ctx).put(write_jpeg(tmp_path / "p.jpg"))
        reader = Database.open(path, readonly=True)  # another process reading meanwhile does not matter
        out = tmp_path / "copy.sqlite"
        assert cli.main(["db", "backup", "--db", str(path), "--out", str(out)]) == 0
        reader.close()
    finally:
        db.close()
    assert f"backup: {out}" in capsys.readouterr().out
    assert (tmp_path / "copy.files" / stored.sha256[:2] / stored.sha256).is_file()
    assert check_workspace(out).exit_code == EXIT_OK
    import engine_helpers

    assert engine_helpers.table_counts(out) == engine_helpers.table_counts(path)


# ---------------------------------------------------------------- the files folder


def test_set_files_dir_names_a_reachable_folder_only(pg_templates, tmp_path, capsys) -> None:  # noqa: ANN001
    url = pg_templates.copy(tmp_path / "unused")
    missing = tmp_path / "not-mounted" / "files"
    assert cli.main(["db", "set-files-dir", "--db", url, str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.count("error:") == 1 and "not a folder reachable from this computer" in err
    assert cli.main(["db", "set-files-dir", "--db", url, "relative/files"]) == 2
    assert "absolute" in capsys.readouterr().err
    share = tmp_path / "share" / "files"
    share.mkdir(parents=True)
    assert cli.main(["db", "set-files-dir", "--db", url, str(share)]) == 0
    assert str(share) in capsys.readouterr().out
    db = Database.open(url)  # as any desktop opens it: the folder comes from the database
    try:
        assert db.attachments_dir == share
        share.rename(tmp_path / "gone")
        with pytest.raises(FilesFolderUnreachableError):
            attachments.store_for(AppContext(db))
        assert not share.exists()  # never recreated as an empty local folder
    finally:
        db.close()


def test_set_files_dir_is_for_server_workspaces(workspace_copy, tmp_path, capsys) -> None:  # noqa: ANN001
    path = workspace_copy("w.sqlite")
    assert cli.main(["db", "set-files-dir", "--db", str(path), str(tmp_path)]) == 2
    assert "server" in capsys.readouterr().err


def test_a_password_reaches_pg_dump_through_its_environment_only(tmp_path) -> None:  # noqa: ANN001
    url = "postgresql://head:s3cret-pw@db.example:5433/opsdesk?sslmode=require"
    conninfo, env = pg.libpq_target(url)
    assert "s3cret-pw" not in conninfo and env["PGPASSWORD"] == "s3cret-pw"
    assert "host=db.example" in conninfo and "port=5433" in conninfo and "sslmode=require" in conninfo
    plain = "postgresql://head@db.example/opsdesk"
    pg.use_password(plain, "typed-once")
    try:
        conninfo, env = pg.libpq_target(plain)
        assert env["PGPASSWORD"] == "typed-once" and "typed-once" not in conninfo
    finally:
        pg.use_password(plain, None)
    assert "PGPASSWORD" not in pg.libpq_target(plain)[1]  # forgotten: libpq reads .pgpass again


def test_restore_of_a_missing_dump_is_refused(pg_cluster, tmp_path) -> None:  # noqa: ANN001
    target = pg_cluster.url(pg_cluster.create_database())
    with pytest.raises(BackupError):
        backup.restore(target, tmp_path / "none.dump")
