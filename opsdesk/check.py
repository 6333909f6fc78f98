"""Checking a workspace file: what ``opsdesk db check`` (and later the GUI) reports.

:func:`check_workspace` only reads. It runs, in order:

1. the schema revision (a newer one cannot be checked, an older one needs ``db upgrade``);
2. SQLite's ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` (each violation named:
   table, row, column, the parent table it should point to);
3. every signed or superseded run's content hash, recomputed with the signing code's own
   canonical form and compared with its signatures; signatures whose run is gone;
4. the audit hash chain walk (the first bad entry named);
5. the chain head against this computer's anchor (see :mod:`opsdesk.audit`).

A damaged file never raises: what cannot be read becomes a named problem. Exit codes of the
report: 0 everything holds, 1 problems found, 2 the file cannot be checked (missing, not an
OpsDesk workspace, written by a newer OpsDesk).

A head-office server (``postgresql://...``, :func:`check_server`) gets the same checks through a
connection whose transactions are READ ONLY on the server, with two differences:

- step 2: PostgreSQL has no ``PRAGMA integrity_check``. Its own integrity (write-ahead log, data
  checksums when the cluster has them) is the server's job; a physical check needs the ``amcheck``
  extension, which only a superuser can install (``CREATE EXTENSION`` would be a write). So the check
  runs amcheck's ``bt_index_check`` and ``verify_heapam`` over the workspace's tables when the database
  already has the extension and the user may run it, and otherwise says plainly that it did not (run
  ``pg_amcheck`` on the server). The foreign keys are checked by query (the server enforces them, but
  ``session_replication_role = replica`` or disabled triggers let a superuser bypass them);
- step 5: every desktop writes as the server's one node, so entries appended after this computer's
  anchor are other desktops' work, not findings; deletions and rewrites still are. And the files folder
  named in the database is checked: reachable from this computer, every attachment's file there.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_CANNOT_CHECK = 2
# Foreign-key violations named one by one; more are counted.
MAX_NAMED = 500


@dataclass(frozen=True)
class Problem:
    kind: str  # schema | integrity | foreign_key | signature | audit | anchor | read
    message: str
    table: str | None = None
    row_id: str | None = None
    seq: int | None = None  # audit entry


@dataclass
class CheckReport:
    path: Path | str  # a file, or a server's URL without its password
    revision: str | None = None
    head: str | None = None
    cannot_check: str | None = None  # why the file could not be checked at all (exit 2)
    integrity: list[str] | None = None  # ["ok"] or SQLite's messages; None: not run
    integrity_detail: str = ""  # what "ok" covered (a server: amcheck's indexes and tables)
    integrity_note: str = ""  # why the integrity check was not run (a server without amcheck)
    foreign_key_violations: int | None = None
    signed_runs: int | None = None
    audit_entries: int | None = None
    audit_ok: bool | None = None
    anchor_seq: int | None = None  # this computer's anchor (None: none, or unreadable)
    anchor_updated: str = ""
    anchor_note: str = ""  # said plainly when there is no usable anchor (not a failure)
    node_id: str | None = None
    fingerprint: str | None = None
    files_dir: str | None = None  # a server workspace's files folder (None: not checked)
    attachments: int | None = None  # attachment rows whose files were looked for
    files_note: str = ""
    problems: list[Problem] = field(default_factory=list)

    def of(self, kind: str) -> list[Problem]:
        return [p for p in self.problems if p.kind == kind]

    @property
    def exit_code(self) -> int:
        if self.cannot_check:
            return EXIT_CANNOT_CHECK
        return EXIT_PROBLEMS if self.problems else EXIT_OK


@contextlib.contextmanager
def _guard(report: CheckReport, kind: str, what: str) -> Iterator[None]:
    """A check that fails to run on a damaged file becomes a named problem, never a traceback."""
    try:
        yield
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file raises, it is reported
        report.problems.append(Problem(kind, f"the {what} could not be completed: {exc.__class__.__name__}: {exc}"))


def check_workspace(path: str | Path) -> CheckReport:
    from opsdesk.db import _known_revision, current_revision, latest_migration_file
    from opsdesk.errors import OpsDeskError
    from opsdesk.pg import is_url

    if is_url(path):
        return check_server(str(path))
    path = Path(path).expanduser()
    report = CheckReport(path)
    if not path.is_file():
        report.cannot_check = f"{path} does not exist or is not a file"
        return report
    report.head = latest_migration_file()
    try:
        report.revision = current_revision(path)
    except OpsDeskError as exc:
        report.cannot_check = str(exc)
        return report
    if not _schema_at_head(report, str(path), _known_revision):
        return report
    with _guard(report, "integrity", "integrity check"):
        _sqlite_checks(path, report)
    db = None
    with _guard(report, "read", "opening of the workspace"):
        db = _open(path)
    if db is None:
        return report
    try:
        _check_records(db, report)
    finally:
        db.close()
    return report


def _schema_at_head(report: CheckReport, where: str, known) -> bool:  # noqa: ANN001
    """Whether the checks can go on: the schema is this app's (else: cannot check, or needs upgrade)."""
    if report.revision is None:
        report.cannot_check = f"{where} holds no OpsDesk workspace (no schema)"
        return False
    if report.revision != report.head:
        if not known(report.revision):
            report.cannot_check = (f"{where} was written by a newer OpsDesk (schema {report.revision}); "
                                   "update the app to check it")
        else:
            report.problems.append(Problem("schema", f"needs upgrade from {report.revision} to {report.head} "
                                                     "(run: opsdesk db upgrade)"))
        return False
    return True


def _check_records(db, report: CheckReport, *, shared_node: bool = False) -> None:  # noqa: ANN001
    """Steps 3 to 5 on the open workspace (both backends)."""
    report.node_id, report.fingerprint = db.node.node_id, db.node.fingerprint
    with _guard(report, "signature", "signature check"), db.reading() as s:
        _check_signatures(s, report)
    anchor = _anchor(report)
    with _guard(report, "audit", "audit chain walk"), db.reading() as s:
        _check_chain(s, report, anchor, shared_node=shared_node)


def _open(path: Path):  # noqa: ANN202
    """The workspace opened read-only (SQLite ``mode=ro``): the check never writes."""
    from opsdesk.db import Database

    return Database.open(path, migrate_schema=False, readonly=True)


# ---------------------------------------------------------------- SQLite-specific: PRAGMA checks


def _sqlite_checks(path: Path, report: CheckReport) -> None:
    """integrity_check and foreign_key_check through a plain read-only connection.

    SQLite-specific (PostgreSQL has neither pragma; its own checks will live beside these)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        try:
            report.integrity = [line for r in conn.execute("PRAGMA integrity_check")
                                for line in str(r[0]).splitlines() if line.strip()]
        except sqlite3.DatabaseError as exc:
            report.integrity = _integrity_per_table(conn) or [f"cannot be read: {exc}"]
        if report.integrity != ["ok"]:
            owners = _page_owners(conn)
            for line in report.integrity:
                if line.startswith("*** in database"):
                    continue
                named = re.match(r"table (\S+): ", line)
                if named:
                    report.problems.append(Problem("integrity", line, table=named[1]))
                    continue
                found = re.search(r"page (\d+)", line)
                table = owners.get(int(found[1])) if found else None
                report.problems.append(Problem("integrity", f"{table}: {line}" if table else line, table=table))
        with _guard(report, "foreign_key", "foreign key check"):
            _foreign_keys(conn, report)
    finally:
        conn.close()


def _integrity_per_table(conn: sqlite3.Connection) -> list[str]:
    """When the whole-file check itself fails: check table by table to name the damaged ones."""
    lines: list[str] = []
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    except sqlite3.DatabaseError:
        return []
    for table in tables:
        try:
            found = [line for r in conn.execute(f'PRAGMA integrity_check("{table}")')
                     for line in str(r[0]).splitlines() if line.strip()]
        except sqlite3.DatabaseError as exc:
            found = [f"cannot be read: {exc}"]
        lines += [f"table {table}: {line}" for line in found if line != "ok"]
    return lines


def _page_owners(conn: sqlite3.Connection) -> dict[int, str]:
    """Which table or index each page belongs to, as far as a damaged file still tells
    (the ``dbstat`` table when SQLite has it, else the root pages of the schema)."""
    owners: dict[int, str] = {}
    with contextlib.suppress(sqlite3.Error):
        for name, root in conn.execute("SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0"):
            owners[int(root)] = str(name)
    with contextlib.suppress(sqlite3.Error):
        cursor = conn.execute("SELECT name, pageno FROM dbstat")
        while rows := cursor.fetchmany(1000):
            owners.update((int(page), str(name)) for name, page in rows)
    return owners


def _foreign_keys(conn: sqlite3.Connection, report: CheckReport) -> None:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    report.foreign_key_violations = len(rows)
    fks: dict[str, dict[int, tuple[str, list[str]]]] = {}
    columns: dict[str, set[str]] = {}
    for n, (table, rowid, parent, fkid) in enumerate(rows):
        if n >= MAX_NAMED:
            report.problems.append(Problem("foreign_key", f"... and {len(rows) - MAX_NAMED} more violations"))
            break
        if table not in fks:
            info: dict[int, tuple[str, list[str]]] = {}
            for fid, _seq, ptable, src, _to, *_rest in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
                info.setdefault(fid, (ptable, []))[1].append(src)
            fks[table] = info
            columns[table] = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        cols = fks[table].get(fkid, (parent, []))[1]
        row_id = str(rowid)
        values = ""
        if rowid is not None:
            picked = (["id"] if "id" in columns[table] else []) + cols
            if picked:
                got = conn.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in picked)} FROM "{table}" '
                                   "WHERE rowid = ?", (rowid,)).fetchone()
                if got is not None:
                    if "id" in columns[table]:
                        row_id, got = str(got[0]), got[1:]
                    values = ", ".join(f"{c} = {v!r}" for c, v in zip(cols, got))
        report.problems.append(Problem(
            "foreign_key", f"{table} {row_id}: {values or ', '.join(cols) or 'a reference'} refers to a {parent} "
                           "row that does not exist", table=table, row_id=row_id))


# ---------------------------------------------------------------- signed records


def _check_signatures(s, report: CheckReport) -> None:  # noqa: ANN001
    from sqlalchemy import select

    from opsdesk.models import ChecklistRun, Signature
    from opsdesk.services.signatures import canonical_run, content_hash_of

    signed: dict[str, set[str]] = {}
    for owner, content in s.execute(select(Signature.owner_id, Signature.content_hash).where(
            Signature.owner_table == "checklist_run", Signature.deleted.is_(False))):
        signed.setdefault(owner, set()).add(content)
    runs = {rid: (status, deleted) for rid, status, deleted in s.execute(
        select(ChecklistRun.id, ChecklistRun.status, ChecklistRun.deleted))}
    report.signed_runs = 0
    for run_id in sorted(signed):
        if run_id not in runs:
            report.problems.append(Problem("signature", f"checklist_run {run_id} is signed ({len(signed[run_id])} "
                                                        "signature hash(es)) but the run no longer exists",
                                           table="checklist_run", row_id=run_id))
    for run_id, (status, deleted) in sorted(runs.items()):
        if status not in ("signed", "superseded"):
            continue
        report.signed_runs += 1
        label = f"checklist_run {run_id} ({status})"
        if deleted:
            report.problems.append(Problem("signature", f"{label} is marked deleted", "checklist_run", run_id))
            continue
        hashes = signed.get(run_id, set())
        try:
            current = content_hash_of(canonical_run(s, run_id))
        except Exception as exc:  # noqa: BLE001 - a damaged row is named, not raised
            report.problems.append(Problem("signature", f"{label}: its content cannot be read ({exc})",
                                           "checklist_run", run_id))
            continue
        if not hashes:
            report.problems.append(Problem("signature", f"{label} has no signatures", "checklist_run", run_id))
        elif hashes != {current}:
            signed_as = ", ".join(h[:12] for h in sorted(hashes))
            report.problems.append(Problem(
                "signature", f"{label}: its content no longer matches its signatures (signed {signed_as}, "
                             f"now {current[:12]})", "checklist_run", run_id))


# ---------------------------------------------------------------- audit chain and anchor


def _anchor(report: CheckReport):  # noqa: ANN202
    from opsdesk.audit import AnchorUnreadable, read_anchor

    if not report.node_id:
        report.anchor_note = "the workspace has no node identity yet, so no anchor"
        return None
    try:
        anchor = read_anchor(report.node_id)
    except (AnchorUnreadable, ValueError) as exc:
        report.anchor_note = (f"the anchor on this computer is unreadable ({exc}): deletions at the end "
                              "cannot be detected")
        return None
    if anchor is None:
        report.anchor_note = "no anchor on this computer: deletions at the end cannot be detected"
        return None
    report.anchor_seq, report.anchor_updated = anchor.seq, anchor.updated_at
    return anchor


def _check_chain(s, report: CheckReport, anchor, *, shared_node: bool = False) -> None:  # noqa: ANN001
    from opsdesk.audit import compare_anchor, verify_chain

    chain = verify_chain(s, at_seq=anchor.seq if anchor else None)
    report.audit_entries, report.audit_ok = chain.entries, chain.ok
    if not chain.ok:
        report.problems.append(Problem("audit", chain.reason, "audit_entry", str(chain.first_broken),
                                       chain.first_broken))
    if anchor is not None:
        findings = compare_anchor(chain, anchor)
        if shared_node and chain.entries and anchor.seq < chain.last_seq:
            findings = findings[:-1]  # "entries added after": other desktops writing as the same node
        for finding in findings:
            report.problems.append(Problem("anchor", finding.message, "audit_entry", str(finding.seq), finding.seq))


# ---------------------------------------------------------------- a head-office server (PostgreSQL)


def check_server(url: str) -> CheckReport:
    """The same checks on the PostgreSQL workspace at ``url``; only reads (READ ONLY transactions)."""
    from opsdesk import pg
    from opsdesk.db import Database, _known_revision, latest_migration_file
    from opsdesk.errors import OpsDeskError

    where = pg.display(url)
    report = CheckReport(where)
    try:
        engine = pg.make_engine(url, pooled=False, readonly=True)
    except Exception as exc:  # noqa: BLE001 - a malformed URL: cannot be checked
        report.cannot_check = f"{where} is not a usable server address ({exc})"
        return report
    try:
        try:
            with pg.pg_errors(where):
                report.revision = pg.current_revision(engine, where)
        except OpsDeskError as exc:
            report.cannot_check = str(exc)
            return report
        report.head = latest_migration_file()  # the server answered: its schema is shown, as a file's
        if not _schema_at_head(report, where, _known_revision):
            return report
        with _guard(report, "integrity", "integrity check"), pg.pg_errors(where):
            _server_integrity(engine, report)
        with _guard(report, "foreign_key", "foreign key check"), pg.pg_errors(where):
            _server_foreign_keys(engine, report)
    finally:
        engine.dispose()
    db = None
    with _guard(report, "read", "opening of the workspace"):
        db = Database.open(url, migrate_schema=False, readonly=True)
    if db is None:
        return report
    try:
        _check_records(db, report, shared_node=True)
        with _guard(report, "files", "files check"):
            _check_files(db, report)
    finally:
        db.close()
    return report


def _server_integrity(engine, report: CheckReport) -> None:  # noqa: ANN001
    """amcheck over the workspace's tables and B-tree indexes when the database has it (see the module's notes)."""
    from opsdesk import pg

    found = pg.amcheck(engine)
    if found.note:
        report.integrity_note = found.note
        return
    report.integrity = [line for _table, line in found.lines] or ["ok"]
    report.integrity_detail = found.detail
    for table, line in found.lines:
        report.problems.append(Problem("integrity", line, table=table))


def _server_foreign_keys(engine, report: CheckReport) -> None:  # noqa: ANN001
    """Every foreign key by query, each violation named as SQLite's ``foreign_key_check`` names it."""
    from opsdesk import pg

    total, rows = pg.foreign_key_violations(engine, MAX_NAMED)
    report.foreign_key_violations = total
    for table, row_id, parent, values in rows:
        shown = ", ".join(f"{col} = {value!r}" for col, value in values)
        report.problems.append(Problem("foreign_key", f"{table} {row_id}: {shown} refers to a {parent} row that "
                                                      "does not exist", table=table, row_id=row_id))
    if total > len(rows):
        report.problems.append(Problem("foreign_key", f"... and {total - len(rows)} more violations"))


def _check_files(db, report: CheckReport) -> None:  # noqa: ANN001
    """The files folder named in the database is reachable here and holds every attachment's file."""
    from sqlalchemy import select

    from opsdesk.attachments import AttachmentStore
    from opsdesk.errors import FilesFolderUnreachableError
    from opsdesk.models import Attachment
    from opsdesk.pg import ATTACHMENTS_KEY

    configured = db.get_meta(ATTACHMENTS_KEY)
    try:
        folder = db.attachments_dir
    except FilesFolderUnreachableError as exc:
        report.files_dir = configured
        report.problems.append(Problem("files", str(exc)))
        return
    report.files_dir = str(folder)
    if not configured:
        report.files_note = ("no shared files folder is set (opsdesk db set-files-dir): photos and documents stay "
                             "on the desktop that added them; this computer's folder was checked")
    store = AttachmentStore(folder)
    with db.reading() as s:
        ids = list(s.scalars(select(Attachment.id).where(Attachment.deleted.is_(False)).order_by(Attachment.id)))
    report.attachments = len(ids)
    missing = [sha for sha in ids if not store.path_for(sha).is_file()]
    for sha in missing[:MAX_NAMED]:
        report.problems.append(Problem("files", f"attachment {sha}: its file is missing from {folder}",
                                       table="attachment", row_id=sha))
    if len(missing) > MAX_NAMED:
        report.problems.append(Problem("files", f"... and {len(missing) - MAX_NAMED} more missing files"))
