"""The rotating log file: where it is, what it records, and the one-line unexpected-error message."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from acting import ADMIN_PASSWORD, first_password, signed_in
from opsdesk import cli, logs
from opsdesk.db import Database, migrate
from opsdesk.services import AppContext, org, sync

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch) -> Path:  # noqa: ANN001
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    yield folder
    logs.shutdown()


def read_log(folder: Path) -> str:
    for handler in logging.getLogger("opsdesk").handlers:
        handler.flush()
    return (folder / logs.LOG_NAME).read_text(encoding="utf-8")


def test_the_log_is_in_the_users_log_folder_unless_overridden(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.delenv(logs.LOG_DIR_ENV, raising=False)
    assert logs.log_file() == platformdirs.user_log_path("OpsDesk", appauthor=False) / "opsdesk.log"
    monkeypatch.setenv(logs.LOG_DIR_ENV, "/somewhere/else")
    assert logs.log_file() == Path("/somewhere/else/opsdesk.log")


def test_setup_writes_and_rotates(log_dir: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    assert logs.setup() == log_dir / "opsdesk.log"
    assert logs.setup() == log_dir / "opsdesk.log"  # a second call adds no second handler
    assert sum(1 for h in logging.getLogger("opsdesk").handlers if h is logs._handler) == 1
    for i in range(100):
        logging.getLogger("opsdesk.test").info("line %d %s", i, "x" * 50)
    logs.shutdown()
    names = sorted(p.name for p in log_dir.iterdir())
    assert "opsdesk.log" in names and "opsdesk.log.1" in names and len(names) <= 1 + logs.BACKUPS
    assert "line 99" in (log_dir / "opsdesk.log").read_text(encoding="utf-8")


def test_an_unwritable_log_folder_does_not_stop_the_app(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(blocker / "logs"))
    assert logs.setup() is None


def test_unexpected_errors_are_one_line_naming_the_log_with_the_traceback_in_it(
        log_dir: Path, tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    path = tmp_path / "w.sqlite"
    assert cli.main(["db", "init", "--db", str(path), "--name", "East", "--user", "admin", *first_password()]) == 0
    from opsdesk.services import templates

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("boom in list_templates")

    monkeypatch.setattr(templates, "list_templates", broken)
    capsys.readouterr()
    assert cli.main(["template", "list", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"error: unexpected error: boom in list_templates (details in {log_dir / 'opsdesk.log'})\n"
    text = read_log(log_dir)
    assert "Traceback (most recent call last)" in text and "RuntimeError: boom in list_templates" in text
    assert "unexpected error in: opsdesk template list" in text


def test_migrations_backups_opening_and_sync_jobs_are_logged(log_dir: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    logs.setup()
    old = tmp_path / "old.sqlite"
    migrate(old, target="0001_core")
    result = migrate(old)
    text = read_log(log_dir)
    assert f"migrating {old} from schema 0001_core to {result.after}" in text
    assert f"backup of {old} written to {result.backup}" in text
    assert f"migrated {old} to schema {result.after}" in text

    src = tmp_path / "src.sqlite"
    db = Database.open(src)
    try:
        ctx = AppContext(db)
        org.save_region(ctx, "East", "EAST")
        package = sync.export_package(ctx, tmp_path / "p.opsync", full=True)
    finally:
        db.close()
    target = tmp_path / "hq.sqlite"
    assert cli.main(["db", "init", "--db", str(target), "--name", "HQ", "--user", "admin", *first_password()]) == 0
    assert cli.main([*signed_in("admin", ADMIN_PASSWORD), "sync", "import", "--trust", "--db", str(target),
                     str(package.path)]) == 0
    assert cli.main(["sync", "status", "--db", str(target)]) == 0
    text = read_log(log_dir)
    assert f"opened workspace {target}" in text and f"opened workspace {target} (read-only)" in text
    # jobs are logged by the services, so the GUI's jobs are too
    assert f"sync export -> {tmp_path / 'p.opsync'} (to any node): done in" in text
    assert f"sync import {package.path}: started" in text
    assert f"sync import {package.path}: done in" in text and f"package_id='{package.package_id}'" in text


def test_a_cli_subprocess_logs_to_the_folder_it_is_given(tmp_path: Path) -> None:
    folder = tmp_path / "sub-logs"
    env = {**os.environ, logs.LOG_DIR_ENV: str(folder)}
    done = subprocess.run([sys.executable, "-m", "opsdesk.cli", "db", "init", "--db", str(tmp_path / "w.sqlite"),
                           "--name", "East", "--user", "admin", *first_password()], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    text = (folder / "opsdesk.log").read_text(encoding="utf-8")
    assert "migrating" in text and "opened workspace" in text


def test_a_refused_import_in_its_own_process_logs_to_the_file_not_to_stderr(tmp_path: Path) -> None:
    folder = tmp_path / "sub-logs"
    env = {**os.environ, logs.LOG_DIR_ENV: str(folder)}
    path = tmp_path / "w.sqlite"
    assert cli.main(["db", "init", "--db", str(path), "--name", "East", "--user", "admin", *first_password()]) == 0
    junk = tmp_path / "junk.opsync"
    junk.write_bytes(b"not a zip")
    done = subprocess.run([sys.executable, "-m", "opsdesk.cli", *signed_in("admin", ADMIN_PASSWORD), "sync", "import",
                           "--db", str(path), str(junk)], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: junk.opsync is not a readable")
    text = (folder / "opsdesk.log").read_text(encoding="utf-8")
    assert f"sync import {junk}: failed after" in text and "PackageCorruptError" in text
