"""Backing up a workspace with its files: ``opsdesk db backup`` and ``opsdesk db restore``.

- **A workspace file (SQLite)**: SQLite's online backup API copies the file page by page while other
  OpsDesk windows keep working (a consistent snapshot; the source is opened read-only) into
  ``<name>.backup-<time>.sqlite`` beside it, or ``--out``. Restoring it is copying it back (with its
  ``.files`` folder) while OpsDesk is closed.
- **A head-office server (PostgreSQL)**: ``pg_dump --format=custom`` (``opsdesk.pg.dump``; one consistent
  snapshot, the server keeps serving) into ``<database>-<time>.dump`` in the current folder, or ``--out``.
  ``restore`` runs ``pg_restore`` into a new, EMPTY database in one transaction; then ``opsdesk db check``.

Either way the photos and documents go along: the workspace's files folder is copied to ``<out stem>.files``
next to the backup (files are named by their SHA-256 and never change, so a copy is complete once every
name is there; files already in the destination are skipped). A server whose files folder is not reachable
from this computer is refused before anything is written.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from opsdesk.errors import BackupError, WorkspaceNotFoundError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupResult:
    out: Path
    files_from: Path | None  # the workspace's files folder (None: it has none yet)
    files_out: Path | None
    files_copied: int


@dataclass(frozen=True)
class RestoreResult:
    revision: str
    files_dir: Path | None  # where the backup's files were copied to and named in the database
    files_copied: int


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def files_of(out: Path) -> Path:
    """The folder holding the files of the backup ``out`` (``x.dump`` -> ``x.files``, as a workspace file's)."""
    return out.with_name(out.stem + ".files")


def backup(target: Path | str, out: Path | None = None) -> BackupResult:
    """Back up the workspace ``target`` (a file or a server URL) and its files; see the module's notes."""
    from opsdesk.pg import is_url

    if is_url(target):
        return _backup_server(str(target), out)
    return _backup_file(Path(target).expanduser(), out)


def _fresh(out: Path) -> Path:
    out = Path(out).expanduser().absolute()
    if out.exists():
        raise BackupError(f"{out} already exists; a backup never overwrites a file (choose another --out)",
                          reason="exists", path=str(out))
    if not out.parent.is_dir():
        raise BackupError(f"the folder {out.parent} does not exist", reason="no_folder", path=str(out))
    return out


def _backup_server(url: str, out: Path | None) -> BackupResult:
    from opsdesk import pg

    where = pg.display(url)
    with pg.pg_errors(where):
        engine = pg.make_engine(url, pooled=False, readonly=True)
        try:
            revision = pg.current_revision(engine, where)
        finally:
            engine.dispose()
    if revision is None:
        raise WorkspaceNotFoundError(f"no workspace at {where}", path=where)
    files = pg.files_folder(url, pg.configured_files_dir(url))  # unreachable share: refused before writing
    name = pg.engine_url(url).database or "opsdesk"
    out = _fresh(out or Path.cwd() / f"{name}-{_stamp()}.dump")
    pg.dump(url, out)
    copied = copy_files(files, files_of(out)) if files.is_dir() else 0
    log.info("backup of %s written to %s (%d new files)", where, out, copied)
    return BackupResult(out, files if files.is_dir() else None, files_of(out) if files.is_dir() else None, copied)


def _backup_file(path: Path, out: Path | None) -> BackupResult:
    from opsdesk.db import current_revision, online_backup

    if not path.is_file() or current_revision(path) is None:
        raise WorkspaceNotFoundError(f"no workspace at {path}", path=str(path))
    out = _fresh(out or path.with_name(f"{path.stem}.backup-{_stamp()}{path.suffix or '.sqlite'}"))
    online_backup(path, out)  # SQLite's online backup API: a consistent copy while others keep writing
    files = path.with_name(path.stem + ".files")
    copied = copy_files(files, files_of(out)) if files.is_dir() else 0
    log.info("backup of %s written to %s (%d new files)", path, out, copied)
    return BackupResult(out, files if files.is_dir() else None, files_of(out) if files.is_dir() else None, copied)


def copy_files(source: Path, target: Path) -> int:
    """Copy every file below ``source`` that ``target`` lacks (same relative path and size); returns how many."""
    copied = 0
    for found in sorted(source.rglob("*")):
        if not found.is_file() or found.name.endswith(".partial"):
            continue
        dest = target / found.relative_to(source)
        if dest.is_file() and dest.stat().st_size == found.stat().st_size:
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".partial")
        shutil.copy2(found, partial)
        os.replace(partial, dest)
        copied += 1
    return copied


def restore(url: str, dump_file: Path, files_dir: Path | None = None) -> RestoreResult:
    """Restore the server backup ``dump_file`` into the empty database at ``url``; with ``files_dir`` (a folder
    every desktop reaches), copy the backup's files there and name it in the restored database."""
    from opsdesk import pg

    dump_file = Path(dump_file).expanduser()
    if not dump_file.is_file():
        raise BackupError(f"{dump_file} does not exist", reason="no_dump", path=str(dump_file))
    if files_dir is not None:
        files_dir = pg.usable_files_dir(url, files_dir)  # refused before anything is restored
    revision = pg.restore(url, dump_file)
    copied = 0
    if files_dir is not None:
        saved = files_of(dump_file)
        copied = copy_files(saved, files_dir) if saved.is_dir() else 0
        pg.store_files_dir(url, files_dir)
    return RestoreResult(revision, files_dir, copied)
