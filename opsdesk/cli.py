"""The ``opsdesk`` command line: database upkeep and the demo workspace.

Exit codes: 0 success, 1 the check found a problem, 2 the command was refused.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from opsdesk import paths
from opsdesk.errors import DatabaseTooNewError, FieldProblem, NotADatabaseError, OpsDeskError, ValidationError

log = logging.getLogger("opsdesk.cli")  # not __name__: run as ``python -m opsdesk.cli`` that is "__main__"


def _is_url(target: object) -> bool:
    return isinstance(target, str) and target.lower().startswith(("postgresql:", "postgresql+psycopg:", "postgres:"))


def _db_target(value: str) -> Path | str:
    """A workspace file, or a head-office server's database (``postgresql://user@host:port/dbname``)."""
    return value if _is_url(value) else Path(value)


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=_db_target, default=None,
                   help=f"workspace database: a file or postgresql://user@host:port/dbname "
                        f"(default: {paths.default_db_path()})")


def _db_path(args: argparse.Namespace) -> Path | str:
    target = getattr(args, "db", None) or paths.default_db_path()
    return target if _is_url(target) else target.expanduser()


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from opsdesk.db import migrate

    path = _db_path(args)
    if _is_url(path):
        from opsdesk import pg

        migrate = pg.migrate  # noqa: F811 - the server's: one transaction, no file copy (back up with pg_dump)
    elif not path.is_file():
        print(f"error: {path} does not exist (a new workspace is created by opening it in the app "
              f"or with `opsdesk demo`)", file=sys.stderr)
        return 2
    result = migrate(path)
    if result.before == result.after:
        print(f"schema already at {result.after}")
    else:
        print(f"schema upgraded from {result.before or '(new database)'} to {result.after}")
        if result.backup:
            print(f"backup: {result.backup}")
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    """Read-only check: exit 0 all holds, 1 problems found (each named), 2 cannot be checked."""
    from opsdesk.check import check_workspace

    path = _db_path(args)
    report = check_workspace(path)  # a server URL too (opsdesk.check.check_server); never with its password
    if report.revision is not None or report.head is not None:
        print(f"database: {report.path}")
        print(f"schema revision: {report.revision or '(none)'} (this app: {report.head})")
    if report.cannot_check:
        if report.revision is not None:  # the schema was read: written by a newer OpsDesk
            print(f"schema: {report.cannot_check}")
        else:
            print(f"error: {report.cannot_check}", file=sys.stderr)
        return report.exit_code
    if report.of("schema"):
        print(f"schema: {report.of('schema')[0].message}")
        return report.exit_code

    def section(label: str, kind: str, ok_text: str | None) -> None:
        problems = report.of(kind)
        if not problems:
            if ok_text is not None:
                print(f"{label}: {ok_text}")
            return
        print(f"{label}: FAILED ({len(problems)} problem{'s' if len(problems) != 1 else ''})")
        for p in problems:
            print(f"  {p.message}")

    if report.integrity_note and not report.of("integrity"):
        print(f"integrity: {report.integrity_note}")
    section("integrity", "integrity", ("ok" + (f" ({report.integrity_detail})" if report.integrity_detail else ""))
            if report.integrity == ["ok"] else None)
    section("foreign keys", "foreign_key", "ok" if report.foreign_key_violations == 0 else None)
    section("workspace", "read", None)
    section("signatures", "signature",
            f"ok ({report.signed_runs} signed runs)" if report.signed_runs is not None else None)
    chain = report.of("audit")
    if chain and chain[0].seq is not None:
        print(f"audit chain: BROKEN at entry {chain[0].seq}: {chain[0].message}")
    elif chain:
        print(f"audit chain: FAILED: {chain[0].message}")
    elif report.audit_entries is not None:
        print(f"audit chain: ok ({report.audit_entries} entries)")
    anchor = report.of("anchor")
    if anchor:
        print(f"audit anchor: MISMATCH with this computer's anchor (entry {report.anchor_seq})")
        for p in anchor:
            print(f"  entry {p.seq}: {p.message}")
    elif report.anchor_note:
        print(f"audit anchor: {report.anchor_note}")
    elif report.anchor_seq is not None and report.audit_entries is None:
        print("audit anchor: not compared (the chain could not be read)")
    elif report.anchor_seq is not None:
        print(f"audit anchor: ok (entry {report.anchor_seq}, recorded {report.anchor_updated or '?'})")
    if report.files_dir is not None or report.of("files"):  # a server workspace's files folder
        section("files", "files", f"ok ({report.attachments} attachments in {report.files_dir})"
                if report.attachments is not None else None)
        if report.files_note:
            print(f"files: {report.files_note}")
    if report.node_id:
        print(f"node: {report.node_id} ({report.fingerprint})")
    count = len(report.problems)
    print("result: ok" if not count else f"result: {count} problem{'s' if count != 1 else ''} found")
    return report.exit_code


def cmd_db_backup(args: argparse.Namespace) -> int:
    """A backup of the workspace and its files: SQLite's online backup, or pg_dump for a server."""
    from opsdesk.backup import backup

    result = backup(_db_path(args), args.out)
    print(f"backup: {result.out}")
    if result.files_out is not None:
        print(f"files: {result.files_copied} new file(s) copied to {result.files_out} (from {result.files_from})")
    else:
        print("files: the workspace has no files folder yet (nothing to copy)")
    if _is_url(_db_path(args)):
        print(f"restore with: opsdesk db restore --db postgresql://USER@HOST/NEW_EMPTY_DATABASE --from {result.out} "
              f"--files-dir FOLDER")
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    """A server backup (pg_dump) into a new, empty database (pg_restore), with its files."""
    from opsdesk import pg
    from opsdesk.backup import restore

    target = _db_path(args)
    if not _is_url(target):
        print("error: db restore brings a server backup (pg_dump) into an empty PostgreSQL database; a workspace "
              "file's backup is restored by copying it (and its .files folder) back while OpsDesk is closed",
              file=sys.stderr)
        return 2
    result = restore(target, args.source, args.files_dir)
    print(f"restored {args.source} into {pg.display(target)} (schema {result.revision})")
    if result.files_dir is not None:
        print(f"files: {result.files_copied} file(s) copied to {result.files_dir}, named in the database")
    else:
        print("files: not copied (give --files-dir, or name the folder later with opsdesk db set-files-dir)")
    print(f"next: opsdesk db check --db {pg.display(target)}")
    return 0


def cmd_db_set_files_dir(args: argparse.Namespace) -> int:
    """Name the folder on the share where a server workspace keeps its photos and documents."""
    from opsdesk import pg

    target = _db_path(args)
    if not _is_url(target):
        print("error: set-files-dir is for a head-office server (postgresql://...); a workspace file keeps its "
              "files beside it, in <name>.files", file=sys.stderr)
        return 2
    folder = pg.set_files_dir(target, args.folder)
    print(f"files folder of {pg.display(target)}: {folder} (every desktop must reach it at this path)")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from opsdesk.db import Database
    from opsdesk.demo import build_demo
    from opsdesk.services import AppContext

    db = Database.open(_db_path(args))
    try:
        summary = build_demo(AppContext(db), stores=args.stores, seed=args.seed, months=args.months,
                             daily_days=args.daily_days)
    finally:
        db.close()
    print(f"demo workspace: {summary.regions} regions, {summary.areas} areas, "
          f"{summary.stores} stores, {summary.users} users, {summary.inspections} inspections, "
          f"{summary.daily_checklists} daily checklists, {summary.actions} corrective actions, "
          f"{summary.visits} visits, {summary.equipment} equipment items, {summary.acceptances} signed "
          f"acceptances, {summary.faults} faults ({summary.open_faults} open), "
          f"{summary.openings} opening projects, {summary.promotions} promotion plans -> {_db_path(args)}")
    return 0


def _open(args: argparse.Namespace, *, readonly: bool = False, sign_in: bool = True):  # noqa: ANN202
    """The workspace of --db, which must exist (a mistyped path creates nothing). ``readonly``: for
    commands that only read (SQLite mode=ro: no migration, no write lock, never waits for a writer).
    ``sign_in`` False: the command checks the person itself (``user password``)."""
    from opsdesk.db import Database
    from opsdesk.services import AppContext, workspace

    db = Database.open(_db_path(args), readonly=readonly, create=False)
    ctx = AppContext(db)
    try:
        if not readonly:
            workspace.prepare(ctx)
        user = workspace.current_user(ctx)
        ctx.user_id = user.id if user else None
        if not readonly and sign_in:  # a command that changes data acts as a named, signed-in person
            _sign_in(ctx, args)
    except BaseException:
        db.close()
        raise
    return ctx


# ---------------------------------------------------------------- who acts (opsdesk.auth)

ACTING_HELP = ("commands that change data act as a named user: --user NAME (id or username) with the password "
               "from --password-file FILE (its first line) or, in a terminal, a prompt; a wrong one is refused and "
               "counts as a wrong try. Read-only commands (lists, checks, reports, db check/backup) need neither; "
               "demo, db init (its first user's password), db upgrade and db restore are setup. Where a command "
               "has a --user of its own (the signer of a report, an identity's owner) give the acting user before "
               "the command: opsdesk --user NAME --password-file FILE <command> ...")


def _acting_options(p: argparse.ArgumentParser, *, user: bool = True) -> None:
    """--user and --password-file after the command too (SUPPRESS: not given there keeps the global ones)."""
    if user:
        p.add_argument("--user", dest="acting_user", default=argparse.SUPPRESS, metavar="NAME",
                       help="who acts: id or username (asked for their password)")
    p.add_argument("--password-file", type=Path, default=argparse.SUPPRESS, metavar="FILE",
                   help="the password or PIN: the file's first line (else a prompt in a terminal)")


def _first_line(path: Path) -> str:
    """A password file's secret: its first line, which must not be empty."""
    from opsdesk.errors import SignInError

    lines = Path(path).expanduser().read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0]:
        raise SignInError(f"the password file {path} is empty", reason="no_secret")
    return lines[0]


def _secret(args: argparse.Namespace, prompt: str) -> str:
    """The password from --password-file (first line) or a prompt when stdin is a terminal."""
    from opsdesk.errors import SignInError

    path = getattr(args, "password_file", None)
    if path is not None:
        return _first_line(path)
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    raise SignInError("no password: give --password-file FILE (its first line), or run the command in a "
                      "terminal to be asked (nothing was changed)", reason="no_secret")


def _sign_in(ctx, args: argparse.Namespace) -> None:  # noqa: ANN001
    """Sign in as --user for a command that changes data; nothing while the workspace has no users (setup)."""
    from opsdesk import auth
    from opsdesk.errors import PasswordChangeRequiredError, SignInError

    if not auth.sign_in_required(ctx):
        return
    name = getattr(args, "acting_user", None) or getattr(args, "user", None)
    if not name:
        raise SignInError("this command changes data: name who acts with --user NAME and --password-file FILE "
                          "(or be asked in a terminal); nothing was changed", reason="no_user")
    user = _resolve_user(ctx, name)
    auth.verify(ctx, user.id, _secret(args, f"password of {user.username}: "))
    if auth.status(ctx, user.id).state == auth.MUST_CHANGE:
        raise PasswordChangeRequiredError(f"{user.username} has a temporary password: choose your own first, in the "
                                          "app or with: opsdesk user password (nothing was changed)",
                                          user=user.username)
    ctx.user_id = user.id


def _new_secret(args: argparse.Namespace, prompt: str) -> str:
    """A new password or PIN from --new-password-file (first line), else asked twice in a terminal."""
    from opsdesk.errors import FieldProblem, SignInError, ValidationError

    path = getattr(args, "new_password_file", None)
    if path is not None:
        return _first_line(path)
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        secret = getpass.getpass(prompt)
        if getpass.getpass("again: ") != secret:
            raise ValidationError([FieldProblem("password", "mismatch")])
        return secret
    raise SignInError("no new password: give --new-password-file FILE (its first line), or run the command in a "
                      "terminal to be asked (nothing was changed)", reason="no_secret")


def cmd_user_password(args: argparse.Namespace) -> int:
    """--user changes their own password or PIN: the current one from --password-file or a prompt (a wrong one
    counts as a wrong try), the new one from --new-password-file or asked twice. Clears a temporary password's
    "choose your own". This desktop's user without one yet (a workspace from before sign-in) sets their first."""
    from opsdesk import auth
    from opsdesk.errors import SignInError

    ctx = _open(args, sign_in=False)
    try:
        name = getattr(args, "acting_user", None)
        if not name:
            raise SignInError("name whose password changes: --user NAME (nothing was changed)", reason="no_user")
        user = _resolve_user(ctx, name)
        ctx.user_id = user.id
        if auth.status(ctx, user.id).state == auth.SET_OWN:  # as at the app's first start after an upgrade
            auth.set_password(ctx, user.id, _new_secret(args, f"new password of {user.username}: "),
                              args.kind or "password")
        else:
            old = _secret(args, f"current password of {user.username}: ")
            auth.change_own(ctx, old, _new_secret(args, f"new password of {user.username}: "), args.kind)
    finally:
        ctx.db.close()
    print(f"the password of {user.username} was changed")
    return 0


def cmd_user_reset(args: argparse.Namespace) -> int:
    """Head office or an operations manager (users.manage, the user within their regions) gives USERNAME a
    temporary password (from --new-password-file or asked twice); they choose their own at their next sign-in.
    Recorded in the audit trail without the secret, as in the app."""
    from opsdesk import auth

    ctx = _open(args)  # the acting user signs in
    try:
        target = _resolve_user(ctx, args.username)
        auth.reset(ctx, target.id, _new_secret(args, f"temporary password for {target.username}: "))
    finally:
        ctx.db.close()
    print(f"temporary password set for {target.username}: they choose their own at their next sign-in")
    return 0


def cmd_db_init(args: argparse.Namespace) -> int:
    """A new, empty workspace with its name and first user (the GUI's "start empty")."""
    from opsdesk.db import Database, check_workspace_file
    from opsdesk.errors import WorkspaceExistsError
    from opsdesk.services import AppContext, org, workspace

    path = _db_path(args).resolve()
    check_workspace_file(path, may_create=True)
    if path.exists() and path.stat().st_size > 0:
        raise WorkspaceExistsError(f"{path} already exists; choose a new file", path=str(path))
    if not args.name.strip():
        raise ValidationError([FieldProblem("name", "required")])
    password = _secret(args, f"password of {args.user} (the first user): ")
    if getattr(args, "password_file", None) is None and _secret(args, "again: ") != password:
        raise ValidationError([FieldProblem("password", "mismatch")])
    created = not path.exists()
    files = path.with_name(path.stem + ".files")
    files_existed = files.exists()
    try:
        db = Database.open(path)
        try:
            ctx = AppContext(db)
            workspace.prepare(ctx)
            user = workspace.start_empty(ctx, args.name, org.UserInput(
                username=args.user, name=args.display_name or args.user, role=args.role), password)
        finally:
            db.close()
    except BaseException:
        if created:  # refused (say, a bad username): leave nothing behind
            for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
                leftover.unlink(missing_ok=True)
            if not files_existed and files.is_dir() and not any(files.iterdir()):
                files.rmdir()
        raise
    print(f"workspace {args.name.strip()!r} created at {path}; first user {user.username} ({user.role})")
    return 0


def cmd_template_export(args: argparse.Namespace) -> int:
    import json

    from opsdesk.services import templates

    ctx = _open(args, readonly=True)
    try:
        data = templates.export_data(ctx, args.code, args.version)
    finally:
        ctx.db.close()
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if args.output in (None, "-"):
        sys.stdout.write(text)
    else:
        out = Path(args.output)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out)
        print(f"exported {args.code} ({data['title']}) -> {out}")
    return 0


def cmd_template_import(args: argparse.Namespace) -> int:
    from opsdesk.services import templates

    ctx = _open(args)
    try:
        version = templates.import_file(ctx, args.file)
    finally:
        ctx.db.close()
    print(f"imported {version.code} as version {version.number} ({version.status}), "
          f"{len(version.items())} items, content hash {version.content_hash[:12]}")
    return 0


def cmd_template_list(args: argparse.Namespace) -> int:
    from opsdesk.services import templates

    ctx = _open(args, readonly=True)
    try:
        rows = templates.list_templates(ctx, include_retired=True)
    finally:
        ctx.db.close()
    for t in rows:
        state = f"v{t.published_number}" if t.published_number else "draft only"
        if t.draft_number:
            state += f", draft v{t.draft_number}"
        print(f"{t.code:24} {t.kind:22} {state:18} {'' if t.active else 'retired  '}{t.title} / {t.title_en}")
    return 0


# ---------------------------------------------------------------- digital signatures


def _passphrase(path: Path) -> bytes:
    data = Path(path).expanduser().read_bytes()
    data = data.rstrip(b"\r\n")
    if not data:
        raise ValidationError([FieldProblem("passphrase", "required")])
    return data


def _resolve_user(ctx, ref: str):  # noqa: ANN001, ANN202
    from opsdesk.errors import NotFoundError
    from opsdesk.services import org

    try:
        return org.get_user(ctx, ref)
    except NotFoundError:
        pass
    wanted = ref.strip().lower()
    for user in org.query_users(ctx, org.UserQuery(search=ref.strip(), include_inactive=True)):
        if user.username.lower() == wanted:
            return user
    raise NotFoundError(f"no user {ref!r} in the workspace", id=ref)


def _identity_user(args: argparse.Namespace):  # noqa: ANN202
    ctx = _open(args, readonly=True)
    try:
        return _resolve_user(ctx, args.user)
    finally:
        ctx.db.close()


def _print_identity(label: str, info) -> None:  # noqa: ANN001
    print(f"{label}: {info.subject}")
    print(f"  issuer: {info.issuer}")
    print(f"  fingerprint (sha256): {info.fingerprint}")
    print(f"  valid until: {info.not_after:%Y-%m-%d}")


def _write_out(path: Path, data: bytes) -> None:
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def cmd_ca_init(args: argparse.Namespace) -> int:
    from opsdesk import signing

    info = signing.ca_init(args.dir, args.name, _passphrase(args.passphrase_file))
    _print_identity(f"CA created in {args.dir}", info)
    print(f"  certificate: {Path(args.dir) / signing.CERT_FILE} (add it with `opsdesk trust`)")
    return 0


def cmd_ca_issue(args: argparse.Namespace) -> int:
    from opsdesk import signing

    cert = signing.ca_issue(args.ca, _passphrase(args.passphrase_file), args.csr.read_bytes(), days=args.days,
                            role=args.role)
    _write_out(args.output, cert)
    print(f"issued {args.output}")
    return 0


def cmd_identity_create(args: argparse.Namespace) -> int:
    from opsdesk import signing

    user = _identity_user(args)
    info = signing.create_identity(user.id, args.name or user.name, _passphrase(args.passphrase_file),
                                   overwrite=args.replace)
    _print_identity(f"signing identity of {user.username}", info)
    print(f"  stored in {signing.identity_dir(user.id)} (not in the workspace)")
    return 0


def cmd_identity_csr(args: argparse.Namespace) -> int:
    from opsdesk import signing

    user = _identity_user(args)
    csr = signing.make_csr(user.id, _passphrase(args.passphrase_file))
    _write_out(args.output, csr)
    print(f"certificate signing request of {user.username} -> {args.output}")
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    from opsdesk import signing

    user = _identity_user(args)
    info = signing.import_certificate(user.id, args.cert.read_bytes())
    _print_identity(f"certificate imported for {user.username}", info)
    return 0


def cmd_identity_show(args: argparse.Namespace) -> int:
    from opsdesk import signing

    user = _identity_user(args)
    if not signing.has_identity(user.id):
        print(f"{user.username} has no signing identity")
        return 1
    _print_identity(f"signing identity of {user.username}", signing.identity_info(user.id))
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    from opsdesk import signing
    from opsdesk.db import Database

    from opsdesk.services import AppContext

    db = Database.open(_db_path(args), create=False)
    try:
        ctx = AppContext(db)
        _sign_in(ctx, args)
        info = signing.trust(db, args.cert.read_bytes())
        count = len(signing.trust_roots(db))
    finally:
        db.close()
    _print_identity("trusted", info)
    print(f"  this workspace now has {count} trust root(s)")
    return 0


def _report_lang(args: argparse.Namespace) -> str | None:
    """``--lang`` of a report command (zh_CN or en), or None after printing the one-line error."""
    from opsdesk.vocabulary import LANGUAGES

    if args.lang in LANGUAGES:
        return args.lang
    print(f"error: --lang {args.lang!r} is not a report language (choose {' or '.join(LANGUAGES)})", file=sys.stderr)
    return None


def _inspection_file_name(run, lang: str) -> str:  # noqa: ANN001 - a RunSummaryDTO
    """巡检报告-<store code>-<date>-<id>.pdf / inspection-<store code>-<date>-<id>.pdf."""
    from opsdesk.vocabulary import file_name

    return file_name("inspection", lang, run.store_code, run.business_date, run.id[:8])


def _write_report(ctx, args: argparse.Namespace, lang: str, pick) -> int:  # noqa: ANN001
    """Build one report and write it, signed with the user's key (PAdES) under --sign -- the passphrase
    checked before anything is built. ``pick(ctx)`` returns (default path, ``build(out_path)``) or None when
    it printed its own refusal. Prints the report's line; returns the exit code."""
    import tempfile

    from opsdesk import signing

    try:
        user = _resolve_user(ctx, args.user) if args.sign else None
        if args.sign and args.passphrase_file is None:
            raise ValidationError([FieldProblem("passphrase", "required")])
        passphrase = _passphrase(args.passphrase_file) if args.sign else b""
        picked = pick(ctx)
        if picked is None:
            return 2
        default, build = picked
        out = Path(args.output or default)
        if args.sign:
            signing.check_passphrase(user.id, passphrase)  # refused before anything is built
            with tempfile.TemporaryDirectory(prefix="opsdesk-report-") as tmp:
                info = build(Path(tmp) / "report.pdf")
                signing.sign_pdf(Path(tmp) / "report.pdf", out, user.id, passphrase,
                                 stamp=signing.Stamp(user.name, user.role))
        else:
            info = build(out)
    finally:
        ctx.db.close()
    print(f"report {info.report_id} ({info.pages} pages, content {info.content_hash[:12]}) -> {out}"
          + (f", signed by {user.username}" if user else ""))
    return 0


def _report_of_run(args: argparse.Namespace, build, file_kind, kinds: tuple[str, ...] | None = None) -> int:  # noqa: ANN001
    """One run's report: ``build(ctx, run_id, path, lang=...)``; default file name ``file_kind``-<store>-<date>-<id>.pdf
    (``file_kind``: a ``vocabulary.FILE_STEMS`` kind, or a function of the run giving one);
    ``kinds``: the template kinds the run must have. --sign signs it (``_write_report``)."""
    from opsdesk.services import runs
    from opsdesk.vocabulary import file_name

    lang = _report_lang(args)
    if lang is None:
        return 2

    def pick(ctx):  # noqa: ANN001, ANN202
        run = runs.get_summary(ctx, args.run_id)
        if kinds is not None and run.template_kind not in kinds:
            print(f"error: run {run.id} is a {run.template_kind} run, not {' or '.join(kinds)} (nothing was written)",
                  file=sys.stderr)
            return None
        kind = file_kind(run) if callable(file_kind) else file_kind
        return (file_name(kind, lang, run.store_code, run.business_date, run.id[:8]),
                lambda out: build(ctx, args.run_id, out, lang=lang))

    return _write_report(_open(args, readonly=True), args, lang, pick)


def cmd_report_inspection(args: argparse.Namespace) -> int:
    """One inspection report; --sign signs it with the user's key (PAdES)."""
    from opsdesk.reports.inspection import build_inspection

    return _report_of_run(args, build_inspection, "inspection")


def cmd_report_acceptance(args: argparse.Namespace) -> int:
    """One acceptance certificate: equipment (设备验收单) or a new store's fit-out (新店装修验收单); --sign signs it
    with the user's key (PAdES)."""
    from opsdesk.reports.acceptance import build_acceptance
    from opsdesk.reports.opening import FITOUT_KIND, build_fitout
    from opsdesk.services import runs
    from opsdesk.services.acceptance import ACCEPTANCE_KINDS

    from opsdesk.services.acceptance import equipment_mapping, equipment_of_run

    def build(ctx, run_id: str, out: Path, *, lang: str):  # noqa: ANN001, ANN202 - the item's register data too
        if runs.get_summary(ctx, run_id).template_kind == FITOUT_KIND:
            return build_fitout(ctx, run_id, out, lang=lang)
        item = equipment_of_run(ctx, run_id)
        return build_acceptance(ctx, run_id, out, lang=lang,
                                equipment=equipment_mapping(item, lang) if item is not None else None)

    def file_kind(run) -> str:  # noqa: ANN001 - a RunSummaryDTO
        return "fitout_acceptance" if run.template_kind == FITOUT_KIND else "acceptance"

    return _report_of_run(args, build, file_kind, (*ACCEPTANCE_KINDS, FITOUT_KIND))


def cmd_report_circular(args: argparse.Namespace) -> int:
    """The monthly circular (月度通报) of --month for the whole chain or --region (code or id, with its areas),
    limited to what the workspace's current user may see; --sign signs it with the user's key (PAdES), the
    passphrase checked before anything is built (``_write_report``)."""
    from opsdesk.errors import NotFoundError
    from opsdesk.reports.circular import build_circular, circular_file_name, find_region, parse_month

    try:
        parse_month(args.month)
    except ValidationError:
        print(f"error: --month {args.month!r} is not a month (YYYY-MM, e.g. 2026-11; nothing was written)",
              file=sys.stderr)
        return 2
    lang = _report_lang(args)
    if lang is None:
        return 2

    def pick(ctx):  # noqa: ANN001, ANN202
        region = None
        if args.region:
            try:
                region = find_region(ctx, args.region)
            except NotFoundError:
                print(f"error: no region or area with code {args.region!r} (nothing was written)", file=sys.stderr)
                return None
        # The whole chain (or --region) unless --user names someone: then the stores that user sees.
        viewer = _resolve_user(ctx, args.user).id if args.user else None
        return (circular_file_name(args.month, region.code if region else None, lang),
                lambda out: build_circular(ctx, args.month, out, region_id=region.id if region else None, lang=lang,
                                           viewer_id=viewer))

    return _write_report(_open(args, readonly=True), args, lang, pick)


def cmd_report_batch(args: argparse.Namespace) -> int:
    """One PDF per signed inspection since a date (head office's batch)."""
    from datetime import date

    from opsdesk.reports.inspection import build_inspection
    from opsdesk.services import runs

    try:
        since = date.fromisoformat(args.since)
    except ValueError:
        print(f"error: --since {args.since!r} is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    lang = _report_lang(args)
    if lang is None:
        return 2
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = _open(args, readonly=True)
    log.info("report job: batch since %s -> %s", since.isoformat(), out_dir)
    written = 0
    try:
        for status in ("signed", "superseded"):
            for run in runs.query_runs(ctx, runs.RunQuery(status=status, date_from=since,
                                                          template_kinds=("inspection",), descending=False)):
                build_inspection(ctx, run.id, out_dir / _inspection_file_name(run, lang), lang=lang)
                written += 1
    finally:
        ctx.db.close()
    print(f"{written} signed inspection report(s) since {since.isoformat()} -> {out_dir}")
    log.info("report job done: %d report(s) -> %s", written, out_dir)
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from opsdesk import signing

    user = _identity_user(args)
    signing.sign_pdf(args.file, args.output, user.id, _passphrase(args.passphrase_file),
                     reason=args.reason, location=args.location, stamp=signing.Stamp(user.name, user.role))
    print(f"signed by {user.username} -> {args.output}")
    return 0


def cmd_decisions_verify(args: argparse.Namespace) -> int:
    """Every decision of the workspace with its signature state; exit 0 when none failed, 1 otherwise."""
    from opsdesk import decisions

    ctx = _open(args, readonly=True)
    try:
        with ctx.read() as s:
            found = decisions.list_decisions(s, ctx.db)
    finally:
        ctx.db.close()
    print("kind\trecord\tdecider\tstate\treason\trole\tcertificate")
    for d in found:
        print("\t".join((d.kind, f"{d.table}:{d.record}", d.decider or "-", d.state, d.reason or "-",
                         d.role or "-", d.name or "-")))
    failed = sum(d.state == "failed" for d in found)
    counts = {k: sum(d.state == k for d in found) for k in ("verified", "accepted", "unsigned", "failed")}
    print(f"decisions: {len(found)} (verified {counts['verified']}, accepted {counts['accepted']}, "
          f"unsigned {counts['unsigned']}, failed {counts['failed']})")
    return 1 if failed else 0


def cmd_decisions_require(args: argparse.Namespace) -> int:
    """Turn ``decisions_must_be_signed`` on or off (settings.manage: the workspace's current user)."""
    from opsdesk import decisions

    ctx = _open(args)
    try:
        decisions.set_must_be_signed(ctx, args.state == "on")
    finally:
        ctx.db.close()
    print(f"decisions must be signed: {args.state}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    import logging

    from opsdesk import signing

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    roots: list[bytes] = []
    path = _db_path(args)
    if args.db is not None or path.is_file():
        from opsdesk.db import Database

        if not path.is_file():
            print(f"error: {path} does not exist", file=sys.stderr)
            return 2
        db = Database.open(path, readonly=True)
        try:
            roots = signing.trust_roots(db)
        finally:
            db.close()
    if not args.file.is_file():
        print(f"error: {args.file} does not exist or is not a file", file=sys.stderr)
        return 2
    result = signing.verify_pdf(args.file, roots)
    print(f"file: {args.file}")
    if not result.signed:
        print("signed: no")
        for problem in result.problems:
            print(f"  {problem}")
        print("verdict: not signed")
        return result.exit_code
    yes_no = {True: "yes", False: "no"}
    count = len(result.signatures)
    print(f"signatures: {count}")
    for sig in result.signatures:
        when = sig.signing_time.isoformat(timespec="seconds") if sig.signing_time else "(unknown)"
        kind = "document timestamp" if sig.timestamp else "signature"
        print(f"{kind} {sig.index} of {count}: field {sig.field_name}")
        print(f"  signer: {sig.signer}")
        print(f"  certificate fingerprint (sha256): {sig.fingerprint}")
        print(f"  signing time: {when}")
        print(f"  signed revision: {sig.revision} (the file has revisions 0 to {sig.revisions - 1})")
        print(f"  coverage: {sig.coverage}")
        print(f"  intact: {yes_no[sig.intact]}")
        print(f"  trusted: {yes_no[sig.trusted]} ({len(roots)} trust root(s))")
        if sig.changes:
            print(f"  changes after it (pyHanko level: {sig.modification or 'unknown'}):")
            for change in sig.changes:
                print(f"    - {change}")
        else:
            print("  changes after it: none")
    if result.problems:
        print("problems:")
        for problem in result.problems:
            print(f"  - {problem}")
    if not result.intact:
        print("verdict: ALTERED: the document is not exactly what was signed")
    elif not result.trusted:
        print("verdict: intact, but not every signer is trusted by this workspace")
    else:
        print("verdict: intact, every signer trusted")
    return result.exit_code


def cmd_sync_export(args: argparse.Namespace) -> int:
    from opsdesk.services import sync
    from opsdesk.sync.package import FORMATS

    fmt = None
    if args.format is not None:
        fmt = int(args.format) if args.format.strip().isdigit() else None
        if fmt not in FORMATS:
            print(f"error: --format {args.format!r} is not a package format (choose {' or '.join(map(str, FORMATS))})",
                  file=sys.stderr)
            return 2
    ctx = _open(args)
    try:
        result = sync.export_package(ctx, args.output, to_node=args.to, full=args.full, format_version=fmt)
    finally:
        ctx.db.close()
    target = f"for node {result.to_node}" if result.to_node else "for any workspace (full)"
    print(f"wrote {result.path} {target}: {result.changes} changes, {result.attachments} photos, "
          f"{result.size} bytes (package {result.package_id})")
    return 0


def cmd_sync_import(args: argparse.Namespace) -> int:
    from opsdesk.services import sync

    if not Path(args.package).is_file():
        print(f"error: {args.package} does not exist or is not a file", file=sys.stderr)
        return 2
    ctx = _open(args)
    try:  # the service logs the job (start, result or refusal)
        result = sync.import_package(ctx, args.package, trust=args.trust, max_bytes=args.max_size)
    finally:
        ctx.db.close()
    if result.already_imported:
        print(f"package {result.package_id} was imported before: nothing changed")
        return 0
    print(f"imported {args.package} from {result.from_name or result.from_node} ({result.from_node}): "
          f"{result.changes} changes, {result.applied} applied, {result.known} already here, "
          f"{result.skipped} skipped, {result.conflicts} conflicts, {result.attachments} new photos")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from opsdesk.services import sync

    ctx = _open(args, readonly=True)
    try:
        me = sync.local_node(ctx)
        print(f"this workspace: node {me.node_id}  key {me.fingerprint}  ({me.name})")
        if me.receive_regions:
            print(f"receives only regions: {', '.join(me.receive_regions)}")
        for peer in sync.peers(ctx):
            last_in = peer.last_import.isoformat(timespec="minutes") if peer.last_import else "-"
            last_out = peer.last_export.isoformat(timespec="minutes") if peer.last_export else "-"
            print(f"peer {peer.node_id}  key {peer.fingerprint}  {peer.name}  last import {last_in}  "
                  f"last export {last_out}  pending {sync.pending_count(ctx, peer.node_id)}")
            if peer.history_warning:
                print(f"  warning: {peer.history_warning}")
        print(f"open conflicts: {sync.open_conflict_count(ctx)}")
    finally:
        ctx.db.close()
    return 0


def cmd_sync_conflicts(args: argparse.Namespace) -> int:
    from opsdesk.services import sync

    ctx = _open(args, readonly=args.resolve is None)
    try:
        if args.resolve is not None:
            sync.resolve_conflict(ctx, args.resolve, args.keep)
            print(f"conflict {args.resolve} resolved: kept the {args.keep} value")
            return 0
        rows = sync.conflicts(ctx, status=None if args.all else "open")
        for c in rows:
            print(f"#{c.id} [{c.status}] {c.table}.{c.field} of {c.record}: current {c.current_value!r} "
                  f"({c.current_author}) / other {c.other_value!r} ({c.other_author}) [{c.reason}]")
        if not rows:
            print("no open conflicts" if not args.all else "no conflicts")
    finally:
        ctx.db.close()
    return 0


def cmd_sync_receive(args: argparse.Namespace) -> int:
    from opsdesk.services import sync

    ctx = _open(args)
    try:
        sync.set_receive_regions(ctx, None if args.all else args.region)
    except ValidationError:
        print(f"error: not a region of this workspace: {', '.join(args.region)} (nothing was changed)",
              file=sys.stderr)
        return 2
    finally:
        ctx.db.close()
    print("receive everything" if args.all else f"receive only regions: {', '.join(args.region)}")
    return 0


EXPORT_REGISTERS = ("stores", "users", "inspections", "actions", "visits")


def _export_store(ctx, ref: str):  # noqa: ANN001, ANN202
    from opsdesk.errors import NotFoundError
    from opsdesk.services import org

    try:
        return org.get_store(ctx, ref)
    except NotFoundError:
        pass
    for store in org.query_stores(ctx, org.StoreQuery(search=ref.strip(), include_closed=True)):
        if store.code.lower() == ref.strip().lower():
            return store
    raise NotFoundError(f"no store {ref!r} in the workspace", id=ref)


def _export_region(ctx, ref: str):  # noqa: ANN001, ANN202
    from opsdesk.errors import NotFoundError
    from opsdesk.services import org

    wanted = ref.strip()
    for region in org.list_regions(ctx):
        if wanted in (region.id, region.code, region.name, region.path):
            return region
    raise NotFoundError(f"no region {ref!r} in the workspace", id=ref)


def cmd_export(args: argparse.Namespace) -> int:
    """A register (stores, users, inspections, actions, visits) as .xlsx or .csv, by the output's extension."""
    from datetime import datetime

    from opsdesk import exports
    from opsdesk.models.actions import ACTION_STATUSES
    from opsdesk.models.org import STORE_STATUSES
    from opsdesk.models.runs import INSPECTION_RUN_TYPES, RUN_STATUSES
    from opsdesk.models.visits import VISIT_STATUSES
    from opsdesk.services import actions, org, runs, visits

    register = args.register
    if register not in EXPORT_REGISTERS:
        print(f"error: unknown register {register!r} (one of: {', '.join(EXPORT_REGISTERS)})", file=sys.stderr)
        return 2
    out = Path(args.output)
    if out.suffix.lower() not in exports.FORMATS:
        print(f"error: {out.name}: the output must end in .xlsx or .csv", file=sys.stderr)
        return 2
    allowed = {"stores": ("region", "status"), "users": ("store",), "inspections": ("store", "region", "status"),
               "actions": ("store", "region", "status"), "visits": ("store", "region", "status")}[register]
    given = [name for name in ("store", "region", "status") if getattr(args, name)]
    refused = [name for name in given if name not in allowed]
    if refused:
        print(f"error: --{refused[0]} is not a filter of the {register} register "
              f"(it takes: {', '.join('--' + a for a in allowed)})", file=sys.stderr)
        return 2
    statuses = {"stores": STORE_STATUSES, "inspections": RUN_STATUSES, "actions": (*ACTION_STATUSES, "overdue"),
                "visits": VISIT_STATUSES}.get(register, ())
    if args.status and args.status not in statuses:
        print(f"error: --status {args.status!r} is not a status of {register} (one of: {', '.join(statuses)})",
              file=sys.stderr)
        return 2
    if not out.parent.is_dir():
        print(f"error: {out.parent} is not a folder", file=sys.stderr)
        return 2
    ctx = _open(args, readonly=True)  # an export only reads
    try:
        store = _export_store(ctx, args.store) if args.store else None
        region = _export_region(ctx, args.region) if args.region else None
        filters = [(label, value) for label, value in (
            ("Store", f"{store.code} {store.name}" if store else ""), ("Region", region.path if region else ""),
            ("Status", args.status or "")) if value]
        filters.append(("Exported", datetime.now().strftime("%Y-%m-%d %H:%M")))
        store_id, region_id = (store.id if store else None), (region.id if region else None)
        if register == "stores":
            rows = org.export_stores(ctx, org.StoreQuery(region_id=region_id, status=args.status,
                                                         include_closed=True), out, filters=filters)
        elif register == "users":
            rows = org.export_users(ctx, org.UserQuery(store_id=store_id, include_inactive=True), out,
                                    filters=filters)
        elif register == "inspections":
            q = runs.RunQuery(store_id=store_id, region_id=region_id, status=args.status,
                              run_types=INSPECTION_RUN_TYPES, template_kinds=("inspection",))
            rows = runs.export_runs(ctx, q, out, filters=filters)
        elif register == "actions":
            overdue = args.status == "overdue"
            q = actions.ActionQuery(store_id=store_id, region_id=region_id,
                                    status=None if overdue else args.status, overdue_only=overdue)
            rows = actions.export_register(ctx, q, out, filters=filters)
        else:
            rows = visits.export_visits(ctx, visits.VisitQuery(store_id=store_id, region_id=region_id,
                                                               status=args.status), out, filters=filters)
    finally:
        ctx.db.close()
    print(f"{rows} row(s) of {register} -> {out}")
    return 0


# ---------------------------------------------------------------- equipment register (设备台账)


def _equipment_query(ctx, args: argparse.Namespace):  # noqa: ANN001, ANN202
    """The register filter of --store/--region/--category/--status/--search, and its (label, value) list."""
    from opsdesk.errors import NotFoundError
    from opsdesk.models.equipment import EQUIPMENT_STATUSES
    from opsdesk.services import equipment

    if args.status and args.status not in EQUIPMENT_STATUSES:
        raise ValidationError([FieldProblem("status", "invalid_choice", {"allowed": EQUIPMENT_STATUSES})])
    store = _export_store(ctx, args.store) if args.store else None
    region = _export_region(ctx, args.region) if args.region else None
    category = None
    if args.category:
        wanted = args.category.strip().lower()
        category = next((c for c in equipment.list_categories(ctx, include_inactive=True)
                         if wanted in (c.id.lower(), c.code.lower(), c.name.lower(), c.name_en.lower())), None)
        if category is None:
            raise NotFoundError(f"no equipment category {args.category!r} in the workspace", id=args.category)
    q = equipment.EquipmentQuery(store_id=store.id if store else None, region_id=region.id if region else None,
                                 category_id=category.id if category else None, status=args.status,
                                 search=args.search or "")
    filters = [(label, value) for label, value in (
        ("Store", f"{store.code} {store.name}" if store else ""), ("Region", region.path if region else ""),
        ("Category", category.name if category else ""), ("Status", args.status or ""),
        ("Search", args.search or "")) if value]
    return q, filters


def cmd_equipment_list(args: argparse.Namespace) -> int:
    """The register as a table on standard output (tab-separated, a header line first)."""
    from opsdesk.services import equipment

    ctx = _open(args, readonly=True)
    try:
        q, _ = _equipment_query(ctx, args)
        items = list(equipment.iter_equipment(ctx, q))
    finally:
        ctx.db.close()
    print("\t".join(("asset_code", "store", "category", "name", "brand", "model", "serial_number", "status",
                     "warranty_end", "open_faults")))
    for e in items:
        print("\t".join((e.asset_code, e.store_code, e.category_code, e.name, e.brand, e.model, e.serial_number,
                         e.status, e.warranty_end.isoformat() if e.warranty_end else "", str(e.open_faults))))
    return 0


def _output_file(name: str, suffix: str) -> Path | None:
    """The output path of a command that writes one file, or None after its one ``error:`` line."""
    out = Path(name)
    if out.suffix.lower() != suffix:
        print(f"error: {out.name}: the output must end in {suffix}", file=sys.stderr)
        return None
    if not out.parent.is_dir():
        print(f"error: {out.parent} is not a folder", file=sys.stderr)
        return None
    return out


def cmd_equipment_export(args: argparse.Namespace) -> int:
    """The register (or, with --template, the empty import sheet) as .xlsx."""
    from datetime import datetime

    from opsdesk.services import equipment

    out = _output_file(args.file, ".xlsx")
    if out is None:
        return 2
    ctx = _open(args, readonly=True)
    try:
        q, filters = _equipment_query(ctx, args)
        filters.append(("Exported", datetime.now().strftime("%Y-%m-%d %H:%M")))
        rows = equipment.export_equipment(ctx, None if args.template else q, out, filters=filters)
    finally:
        ctx.db.close()
    print(f"import template -> {out}" if args.template else f"{rows} item(s) of equipment -> {out}")
    return 0


def cmd_equipment_import(args: argparse.Namespace) -> int:
    """All rows or nothing: each bad row is printed on standard output (row, column, reason, cell), then
    one ``error:`` line on standard error, exit 2."""
    from opsdesk.errors import ImportRowsError
    from opsdesk.services import equipment

    source = Path(args.file)
    if not source.is_file():
        print(f"error: {source} does not exist or is not a file", file=sys.stderr)
        return 2
    ctx = _open(args)
    try:
        result = equipment.import_equipment(ctx, source)
    except ImportRowsError as exc:
        for p in exc.rows:
            detail = ", ".join(f"{k}={v}" for k, v in p.params.items())
            print(f"row {p.row}: {p.field}: {p.reason}" + (f" ({detail})" if detail else "")
                  + (f": {p.value!r}" if p.value else ""))
        rows = exc.bad_rows()
        print(f"error: {source.name}: {len(rows)} bad row(s) ({', '.join(map(str, rows))}), nothing was imported",
              file=sys.stderr)
        return 2
    finally:
        ctx.db.close()
    print(f"imported {source.name}: {result.created} new item(s), {result.updated} updated")
    return 0


_LABEL_NUMBERS = ("label_width", "label_height", "page_width", "page_height", "margin_top", "margin_left",
                  "margin_right", "margin_bottom", "gap_x", "gap_y")


def _label_problem(problem: FieldProblem) -> str:
    """One layout problem of ``equipment labels`` in the words of its options."""
    option = "--" + problem.field.replace("_", "-")
    p = problem.params
    if problem.reason == "invalid_choice" and problem.field == "preset":
        return f"{option} {p.get('value')!r} is not a label preset (choose {', '.join(p.get('choices', ()))})"
    if problem.reason == "does_not_fit" and "needed" in p:
        return f"{option}: the labels need {p['needed']} mm with the margins and gaps, the page has {p['available']} mm"
    if problem.reason == "does_not_fit":
        return f"{option}: the labels would be {p.get('size')} mm, smaller than {p.get('min')} mm"
    if problem.reason == "out_of_range" and "max" in p:
        return f"{option} must be from {p.get('min')} to {p['max']}"
    if problem.reason == "out_of_range":
        return f"{option} must be at least {p.get('min')}"
    if problem.reason == "required" and problem.field == "labels":
        return "no equipment matches the filters: no labels to print"
    return f"{option}: {problem.reason.replace('_', ' ')}"


def _label_layout(args: argparse.Namespace):  # noqa: ANN202 - a LabelLayout
    """The layout of --preset (default a4-70x37), or of the sizes given (millimetres; a preset's fields
    changed by them when both are given; without a preset a label width or height left out fills the page)."""
    from decimal import Decimal, InvalidOperation

    from opsdesk.reports import labels

    changes: dict[str, object] = {}
    for name in ("columns", "rows"):
        raw = getattr(args, name)
        if raw is not None:
            try:
                changes[name] = int(raw)
            except ValueError:
                raise ValidationError([FieldProblem(name, "invalid")]) from None
    for name in _LABEL_NUMBERS:
        raw = getattr(args, name)
        if raw is not None:
            try:
                changes[name] = float(Decimal(raw.strip()))
            except (InvalidOperation, ValueError):
                raise ValidationError([FieldProblem(name, "invalid")]) from None
    if args.preset:
        base = labels.preset(args.preset)
    elif changes:
        base = labels.LabelLayout(label_width=None, label_height=None)
    else:
        base = labels.preset(labels.DEFAULT_PRESET)
    return base.with_changes(**changes) if changes else base


def cmd_equipment_labels(args: argparse.Namespace) -> int:
    """Asset labels (资产标签) of the items under the filters as a PDF sheet: a preset or the sizes given."""
    from opsdesk.reports import labels
    from opsdesk.services import equipment

    out = _output_file(args.file, ".pdf")
    if out is None:
        return 2
    lang = _report_lang(args)
    if lang is None:
        return 2
    try:
        layout = _label_layout(args)
        start_at = int(args.start_at)
    except ValidationError as exc:
        print(f"error: {_label_problem(exc.problems[0])} (nothing was written)", file=sys.stderr)
        return 2
    except ValueError:
        print(f"error: --start-at {args.start_at!r} is not a whole number (nothing was written)", file=sys.stderr)
        return 2
    ctx = _open(args, readonly=True)
    try:
        q, _ = _equipment_query(ctx, args)
        items = list(equipment.iter_equipment(ctx, q))
    finally:
        ctx.db.close()
    data = [labels.LabelData(code=e.asset_code, name=e.name, store=f"{e.store_code} {e.store_name}",
                             extra=" ".join(p for p in (e.brand, e.model) if p)) for e in items]
    try:
        info = labels.build_labels(data, layout, out, start_at=start_at, lang=lang, outline=args.outline)
    except ValidationError as exc:
        print(f"error: {_label_problem(exc.problems[0])} (nothing was written)", file=sys.stderr)
        return 2
    name = labels.preset_of(layout) or (f"{layout.columns}x{layout.rows}, "
                                        f"{layout.cell_width:g} x {layout.cell_height:g} mm")
    print(f"{len(data)} label(s) on {info.pages} page(s) ({name}) -> {out}")
    return 0


# ---------------------------------------------------------------- new-store openings (新店筹备)


def cmd_opening_list(args: argparse.Namespace) -> int:
    """Opening projects as a table on standard output (tab-separated, a header line first)."""
    from datetime import date

    from opsdesk.models.openings import PROJECT_STATUSES
    from opsdesk.services import openings

    if args.status and args.status not in PROJECT_STATUSES:
        raise ValidationError([FieldProblem("status", "invalid_choice", {"allowed": PROJECT_STATUSES})])
    ctx = _open(args, readonly=True)
    try:
        store = _export_store(ctx, args.store) if args.store else None
        projects = openings.list_projects(ctx, openings.ProjectQuery(store_id=store.id if store else None,
                                                                     status=args.status or None))
    finally:
        ctx.db.close()
    today = date.today()
    print("\t".join(("store", "name", "target_date", "status", "days_to_opening", "done_percent", "gates",
                     "late", "health")))
    for p in projects:
        h = openings.health_of(p, today)
        print("\t".join((p.store_code, p.store_name, p.target_date.isoformat(), p.status, str(h.days_to_opening),
                         str(h.percent_done), f"{h.gates_passed}/{h.gates_total}", str(len(h.late)),
                         h.status if p.status == "active" else "")))
    return 0


def cmd_opening_show(args: argparse.Namespace) -> int:
    """One project (by id or store code) and its milestones: due date, state (done / gate / open / late), key,
    title."""
    from datetime import date

    from opsdesk.services import openings

    ctx = _open(args, readonly=True)
    try:
        p = openings.find_project(ctx, args.project)
    finally:
        ctx.db.close()
    today = date.today()
    print(f"{p.store_code} {p.store_name}\ttarget {p.target_date.isoformat()}\t{p.status}"
          + (f"\towner {p.owner_name}" if p.owner_name else "")
          + (f"\toverride: {p.override_reason}" if p.override_reason else ""))
    for m in p.milestones:
        state = "done" if m.done else "late" if m.late(today) else "gate" if m.gate else "open"
        print("\t".join((m.due_on.isoformat(), state, m.key, m.title_en or m.title)))
    return 0


def cmd_opening_report(args: argparse.Namespace) -> int:
    """The countdown report (开业筹备进度表) of one project (by id or store code); --sign signs it with the user's
    key (PAdES), the passphrase checked before anything is built (``_write_report``)."""
    from opsdesk.reports.opening import build_countdown, countdown_file_name
    from opsdesk.services import openings

    lang = _report_lang(args)
    if lang is None:
        return 2

    def pick(ctx):  # noqa: ANN001, ANN202
        project = openings.find_project(ctx, args.project)
        return countdown_file_name(project, lang), lambda out: build_countdown(ctx, project.id, out, lang=lang)

    return _write_report(_open(args, readonly=True), args, lang, pick)


def cmd_opening_plan_list(args: argparse.Namespace) -> int:
    """The workspace's opening plans as a table (tab-separated, a header line first)."""
    from opsdesk.services import openings

    ctx = _open(args, readonly=True)
    try:
        plans = openings.list_plans(ctx, include_inactive=True)
    finally:
        ctx.db.close()
    print("\t".join(("code", "store_kind", "site_kind", "milestones", "gates", "active", "title", "title_en")))
    for plan in plans:
        print("\t".join((plan.code, plan.store_kind, plan.site_kind, str(len(plan.milestones)),
                         str(sum(m.gate for m in plan.milestones)), "yes" if plan.active else "no", plan.title,
                         plan.title_en)))
    return 0


def cmd_opening_plan_export(args: argparse.Namespace) -> int:
    """A plan as JSON (format opsdesk-opening-plan 1) on standard output or into -o FILE."""
    from opsdesk.services import openings

    ctx = _open(args, readonly=True)
    try:
        text = openings.export_plan(ctx, args.code)
    finally:
        ctx.db.close()
    if args.output in (None, "-"):
        sys.stdout.write(text)
        return 0
    out = Path(args.output)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    print(f"exported opening plan {args.code} -> {out}")
    return 0


def cmd_opening_plan_import(args: argparse.Namespace) -> int:
    """Add a plan, or replace the plan with its code, from a JSON file; a bad file is refused whole: one
    ``error:`` line listing every problem, nothing imported."""
    from opsdesk.services import openings

    source = Path(args.file)
    if not source.is_file():
        print(f"error: {source} does not exist or is not a file", file=sys.stderr)
        return 2
    try:
        spec = openings.load_plan_file(source)
    except openings.PlanFormatError as exc:
        print(f"error: {source.name}: the opening plan was refused, nothing was imported: "
              + "; ".join(exc.problems), file=sys.stderr)
        return 2
    ctx = _open(args)
    try:
        plan = openings.import_plan(ctx, spec)
    finally:
        ctx.db.close()
    print(f"imported opening plan {plan.code} ({plan.title}), {len(plan.milestones)} milestones, "
          f"{sum(m.gate for m in plan.milestones)} gates")
    return 0


def cmd_opening_cancel(args: argparse.Namespace) -> int:
    """Cancel an opening project (by id or store code) with the reason (required)."""
    from opsdesk.services import openings

    ctx = _open(args)
    try:
        project = openings.find_project(ctx, args.project)
        done = openings.cancel_project(ctx, project.id, args.reason)
    finally:
        ctx.db.close()
    print(f"cancelled the opening of {done.store_code} {done.store_name} (day zero {done.target_date.isoformat()})")
    return 0


# ---------------------------------------------------------------- promotion plans (促销方案)


def _promotion_status(value: str | None) -> str | None:
    """--status of ``promotion list``, checked (one of the derived statuses) or None."""
    from opsdesk.services.promotions import STATUSES

    if value and value not in STATUSES:
        raise ValidationError([FieldProblem("status", "invalid_choice", {"allowed": STATUSES})])
    return value or None


def cmd_promotion_list(args: argparse.Namespace) -> int:
    """Promotion plans as a table on standard output (tab-separated, a header line first), newest period first."""
    from opsdesk.services import promotions

    try:
        status = _promotion_status(args.status)
    except ValidationError:
        print(f"error: --status {args.status!r} is not a plan status (choose {', '.join(promotions.STATUSES)})",
              file=sys.stderr)
        return 2
    ctx = _open(args, readonly=True)
    try:
        store = _export_store(ctx, args.store) if args.store else None
        plans = promotions.list_plans(ctx, promotions.PromotionQuery(status=status,
                                                                     store_id=store.id if store else None))
    finally:
        ctx.db.close()
    print("\t".join(("code", "theme", "type", "starts", "ends", "status", "waiting", "stores", "budget")))
    for p in plans:
        print("\t".join((p.code, p.theme, p.type_code, p.starts_on.isoformat(), p.ends_on.isoformat(),
                         p.status.status, p.status.waiting, str(len(p.stores)), str(p.budget_total))))
    return 0


def cmd_promotion_types(args: argparse.Namespace) -> int:
    """The promotion types (开业促销, 节日促销 ...) as a table: code, name, English name, price, active."""
    from opsdesk.services import promotions

    ctx = _open(args, readonly=True)
    try:
        types = promotions.list_types(ctx, include_inactive=True)
    finally:
        ctx.db.close()
    print("\t".join(("code", "name", "name_en", "price", "active")))
    for t in types:
        print("\t".join((t.code, t.name, t.name_en, "yes" if t.price else "no", "yes" if t.active else "no")))
    return 0


def cmd_promotion_type(args: argparse.Namespace) -> int:
    """Add a promotion type or change the one with this code (a type is retired with --inactive, never removed)."""
    from opsdesk.services import promotions

    ctx = _open(args)
    try:
        saved = promotions.save_type(ctx, args.code, args.name, args.name_en or "", price=not args.no_price,
                                     active=not args.inactive)
    finally:
        ctx.db.close()
    print(f"promotion type {saved.code}: {saved.name}" + ("" if saved.price else " (not a price promotion)")
          + ("" if saved.active else " (retired)"))
    return 0


def _plain(value) -> str:  # noqa: ANN001
    return "-" if value is None or value == "" else str(value)


def cmd_promotion_show(args: argparse.Namespace) -> int:
    """One plan (by id or code): its header, tiers, materials, stores with targets and results, the decision
    trail, the franchisee acknowledgements and the results against targets."""
    from opsdesk.services import promotions

    ctx = _open(args, readonly=True)
    try:
        p = promotions.find_plan(ctx, args.ref)
        acks = promotions.acknowledgements(ctx, p.id)
        stores, regions, total = promotions.results_table(ctx, p.id)
    finally:
        ctx.db.close()
    status = p.status
    times = f" {p.start_time or '00:00'}-{p.end_time or '24:00'}" if p.start_time or p.end_time else ""
    print(f"{p.code}\t{p.theme}\t{p.type_code}" + ("\tprice promotion" if p.price_promotion else ""))
    print(f"period\t{p.starts_on.isoformat()} .. {p.ends_on.isoformat()}{times}")
    print(f"status\t{status.status}" + (f"\twaiting for {status.waiting}" if status.waiting else "")
          + (f"\treturned: {status.returned_reason}" if status.status == "returned" and status.returned_reason else ""))
    print(f"content hash\t{p.content_hash}")
    if p.description:
        print(f"description\t{p.description}")
    print(f"budget\t{p.budget_total}\t" + ", ".join(f"{k} {v}" for k, v in p.budget_by_category().items()))
    print("tiers:")
    for i, t in enumerate(p.tiers, start=1):
        print("\t".join(("", str(i), t.condition, t.reward, _plain(t.price), f"per store a day {_plain(t.quota_per_store_day)}",
                         f"per store {_plain(t.quota_per_store)}", f"in total {_plain(t.quota_total)}")))
    print("materials:")
    for m in p.materials:
        print("\t".join(("", m.kind, m.name, f"{m.quantity} {m.unit}".strip(), _plain(m.deliver_by))))
    print("stores (code, name, region, kind, target sales / transactions / new members, actual ...):")
    for s in p.stores:
        print("\t".join(("", s.store_code, s.store_name, s.region_name, s.store_kind,
                         f"target {_plain(s.target_sales)} / {_plain(s.target_transactions)} / "
                         f"{_plain(s.target_new_members)}",
                         f"actual {_plain(s.actual_sales)} / {_plain(s.actual_transactions)} / "
                         f"{_plain(s.actual_new_members)}",
                         f"gifts {_plain(s.gifts_given)}", f"spent {_plain(s.budget_spent)}")))
    print("decisions (when UTC, who, level, decision, plan hash, comment):")
    for e in p.events:
        if e.kind == "acknowledge":
            continue
        mark = " (stale)" if e.stale else " (earlier version)" if e.content_hash != p.content_hash else ""
        print("\t".join(("", e.at.strftime("%Y-%m-%d %H:%M"), e.user_name or "-", e.level or "-", e.kind,
                         e.content_hash[:12] + mark, e.comment or "-")))
    print("acknowledgements:")
    for a in acks:
        print("\t".join(("", a.store_code, a.store_name,
                         f"{a.user_name} {a.at.strftime('%Y-%m-%d %H:%M')}" if a.event_id else "not yet")))
    print("results (target, actual, variance, %):")
    for label, row in [(f"{r.code} {r.name}", r) for r in stores] + [(f"region {r.name}", r) for r in regions] \
            + [("total", total)]:
        sales = row.measures[0]
        print("\t".join(("", label, _plain(sales.target), _plain(sales.actual), _plain(sales.variance),
                         f"{sales.percent}%" if sales.percent is not None else "-")))
    return 0


def cmd_promotion_report(args: argparse.Namespace) -> int:
    """The plan (宣传计划书, --kind plan) or the review (促销总结, --kind review) of one plan as a PDF; --sign signs
    it with the user's key (PAdES), the passphrase checked before anything is built (``_write_report``)."""
    from opsdesk.reports import promotion
    from opsdesk.services import promotions

    if args.kind not in ("plan", "review"):
        print(f"error: --kind {args.kind!r} is not a promotion report (choose plan or review)", file=sys.stderr)
        return 2
    lang = _report_lang(args)
    if lang is None:
        return 2
    build, name = ((promotion.build_plan, promotion.plan_file_name) if args.kind == "plan"
                   else (promotion.build_review, promotion.review_file_name))

    def pick(ctx):  # noqa: ANN001, ANN202
        plan = promotions.find_plan(ctx, args.ref)
        return name(plan, lang), lambda out: build(ctx, plan.id, out, lang=lang)

    return _write_report(_open(args, readonly=True), args, lang, pick)


_RESULT_PROBLEMS = {"not_number": "not a number", "negative": "negative", "not_whole_number": "not a whole number",
                    "too_many_decimals": "more than 2 decimals", "required": "empty"}


def _results_problem(problem: FieldProblem) -> str:
    """One problem of ``promotion import-results`` in words: "row 3 sales: not a number"."""
    from opsdesk.services.promotions import RESULT_FIELDS

    parts = problem.field.split(".")
    p = problem.params
    if parts[0] == "row" and len(parts) == 3:
        where = f"row {parts[1]} {parts[2]}"
        code = p.get("code", "")
        if problem.reason == "not_found":
            return f"{where}: {code} unknown"
        if problem.reason == "not_a_target":
            return f"{where}: {code} is not a store of this plan"
        if problem.reason == "duplicate":
            return f"{where}: {code} more than once"
        if problem.reason == "too_large":
            return f"{where}: too large (at most {p.get('max')})"
        return f"{where}: {_RESULT_PROBLEMS.get(problem.reason, problem.reason.replace('_', ' '))}"
    if problem.field == "mapping.store":
        return "--map has no store column (store=<header>)"
    if problem.field == "mapping" and problem.reason == "no_result_column":
        return f"--map names no result column ({', '.join(f'{f}=<header>' for f in RESULT_FIELDS)})"
    if parts[0] == "mapping" and problem.reason == "not_a_column":
        return f"--map {parts[1]}: the file has no column {p.get('column')!r}"
    if parts[0] == "mapping" and problem.reason == "invalid_choice":
        return f"--map {parts[1]}: not a result (one of store, {', '.join(RESULT_FIELDS)})"
    if problem.field == "file":
        return {"not_found": "the file does not exist", "not_a_table": "not an .xlsx or .csv table",
                "no_rows": "no data rows under the header"}.get(problem.reason, problem.reason)
    return f"{problem.field}: {problem.reason.replace('_', ' ')}"


def _results_mapping(text: str) -> dict[str, str]:
    """--map "store=门店编码,sales=销售额" as {field: header}; a malformed pair is refused."""
    mapping: dict[str, str] = {}
    for pair in text.split(","):
        if not pair.strip():
            continue
        name, sep, header = pair.partition("=")
        if not sep or not name.strip() or not header.strip():
            raise ValidationError([FieldProblem("map", "invalid", {"pair": pair.strip()})])
        mapping[name.strip()] = header.strip()
    if not mapping:
        raise ValidationError([FieldProblem("map", "invalid", {"pair": text})])
    return mapping


def cmd_promotion_import_results(args: argparse.Namespace) -> int:
    """Results of a plan's stores from a till export (.xlsx or .csv): every row checked first; one bad row and
    nothing is imported -- one ``error:`` line naming every problem, exit 2. Without --map: the mapping
    remembered from the last import, else guessed from the headers."""
    from opsdesk.services import promotions

    source = Path(args.file)
    if not source.is_file():
        print(f"error: {source} does not exist or is not a file (nothing was imported)", file=sys.stderr)
        return 2
    mapping = None
    if args.map is not None:
        try:
            mapping = _results_mapping(args.map)
        except ValidationError as exc:
            print(f"error: --map: {exc.problems[0].params.get('pair')!r} is not field=header "
                  "(e.g. store=门店编码,sales=销售额; nothing was imported)", file=sys.stderr)
            return 2
    ctx = _open(args, readonly=args.dry_run)
    try:
        if args.user:
            ctx.user_id = _resolve_user(ctx, args.user).id
        plan = promotions.find_plan(ctx, args.ref)
        try:
            if mapping is None:
                mapping = promotions.guess_mapping(ctx, promotions.read_results_file(source).headers)
            report = promotions.import_results(ctx, plan.id, source, mapping, dry_run=args.dry_run)
        except ValidationError as exc:
            problems = [_results_problem(p) for p in exc.problems]
            print(f"error: {source.name}: {len(problems)} problem{'s' if len(problems) != 1 else ''}: "
                  + "; ".join(problems) + " (nothing was imported)", file=sys.stderr)
            return 2
    finally:
        ctx.db.close()
    used = ", ".join(f"{k}={v}" for k, v in mapping.items())
    if args.dry_run:
        print(f"checked {source.name}: {report.stores} store(s) of {plan.code} would be imported ({used}); "
              "nothing was changed (--dry-run)")
    else:
        print(f"imported {source.name}: results of {report.stores} store(s) of {plan.code} ({used})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="opsdesk", description="OpsDesk (运营督导台) command line. Sign-in: "
                                     + ACTING_HELP)
    parser.add_argument("--user", dest="acting_user", default=None, metavar="NAME",
                        help="who acts, for commands that change data (id or username)")
    parser.add_argument("--password-file", type=Path, default=None, metavar="FILE",
                        help="--user's password or PIN: the file's first line (else a prompt in a terminal)")
    sub = parser.add_subparsers(dest="command", required=True)

    db = sub.add_parser("db", help="database upkeep").add_subparsers(dest="db_command", required=True)
    up = db.add_parser("upgrade", help="back up the database and apply pending migrations")
    _db_arg(up)
    up.set_defaults(func=cmd_db_upgrade)
    check = db.add_parser("check", help="read-only check: integrity, foreign keys, signed runs, audit chain and "
                                        "its anchor; exit 0 ok, 1 problems found, 2 cannot be checked")
    _db_arg(check)
    check.set_defaults(func=cmd_db_check)
    bak = db.add_parser("backup", help="back up the workspace and its files (SQLite: online backup; a server: "
                                       "pg_dump, custom format)")
    _db_arg(bak)
    bak.add_argument("--out", type=Path, default=None,
                     help="the backup file (default: <name>.backup-<time>.sqlite beside a workspace file; "
                          "<database>-<time>.dump here for a server); its files go to <out stem>.files")
    bak.set_defaults(func=cmd_db_backup)
    res = db.add_parser("restore", help="restore a server backup (pg_dump) into a new, empty PostgreSQL database")
    _db_arg(res)
    res.add_argument("--from", dest="source", type=Path, required=True, help="the .dump file of db backup")
    res.add_argument("--files-dir", type=Path, default=None,
                     help="copy the backup's files to this folder on the share and name it in the database")
    res.set_defaults(func=cmd_db_restore)
    files = db.add_parser("set-files-dir", help="name the shared folder where a server workspace keeps its photos "
                                                "and documents (every desktop must reach it at this path)")
    _db_arg(files)
    files.add_argument("folder", type=Path)
    files.set_defaults(func=cmd_db_set_files_dir)
    init = db.add_parser("init", help="create a new, empty workspace with its name and first user")
    _db_arg(init)
    init.add_argument("--name", required=True, help="the workspace's name")
    init.add_argument("--user", required=True, metavar="USERNAME", help="the first user's username")
    init.add_argument("--display-name", default=None, help="the first user's full name (default: USERNAME)")
    init.add_argument("--role", default="head_office",
                      help="the first user's role (default: head_office)")
    init.add_argument("--password-file", type=Path, default=argparse.SUPPRESS, metavar="FILE",
                      help="the first user's password: the file's first line (else asked twice in a terminal)")
    init.set_defaults(func=cmd_db_init)

    tpl = sub.add_parser("template", help="checklist templates").add_subparsers(dest="template_command", required=True)
    exp = tpl.add_parser("export", help="write a template as JSON")
    exp.add_argument("code")
    exp.add_argument("-o", "--output", default=None, help="file to write (default: standard output)")
    exp.add_argument("--version", type=int, default=None, help="version number (default: the published one)")
    _db_arg(exp)
    exp.set_defaults(func=cmd_template_export)
    imp = tpl.add_parser("import", help="add a template (or a new version of it) from JSON; all or nothing")
    imp.add_argument("file", type=Path)
    _db_arg(imp)
    imp.set_defaults(func=cmd_template_import)
    lst = tpl.add_parser("list", help="list the workspace's templates")
    _db_arg(lst)
    lst.set_defaults(func=cmd_template_list)

    rep = sub.add_parser("report", help="PDF reports").add_subparsers(dest="report_command", required=True)
    for name, what, stem, func in (
            ("inspection", "the report of one inspection", ("巡检报告", "inspection"), cmd_report_inspection),
            ("acceptance", ("the certificate of one acceptance: equipment (设备验收单) or a new store's fit-out "
                            "(新店装修验收单)"), ("设备验收单", "acceptance"), cmd_report_acceptance)):
        one = rep.add_parser(name, help=what)
        one.add_argument("run_id")
        one.add_argument("-o", "--output", default=None,
                         help=f"PDF to write (default: {stem[0]}-<store>-<date>-<id>.pdf, or {stem[1]}-... with --lang en)")
        one.add_argument("--lang", default="zh_CN", help="language of the PDF: zh_CN (default) or en")
        one.add_argument("--sign", action="store_true", help="sign with --user's key (PAdES)")
        one.add_argument("--user", default=None, help="id or username of the signer (with --sign)")
        one.add_argument("--passphrase-file", type=Path, default=None)
        _db_arg(one)
        one.set_defaults(func=func)
    circ = rep.add_parser("circular", help="the monthly circular (月度通报) of the whole chain or one region")
    circ.add_argument("--month", required=True, help="YYYY-MM, e.g. 2026-11")
    circ.add_argument("--region", default=None, help="code or id of a region or area (default: the whole chain)")
    circ.add_argument("-o", "--output", default=None,
                      help="PDF to write (default: 月度通报-[<region>-]<month>.pdf, or circular-... with --lang en)")
    circ.add_argument("--lang", default="zh_CN", help="language of the PDF: zh_CN (default) or en")
    circ.add_argument("--sign", action="store_true", help="sign with --user's key (PAdES)")
    circ.add_argument("--user", default=None, help="id or username: the signer (with --sign); the circular covers "
                                                    "the stores this user sees (default: every store)")
    circ.add_argument("--passphrase-file", type=Path, default=None)
    _db_arg(circ)
    circ.set_defaults(func=cmd_report_circular)
    bat = rep.add_parser("batch", help="one PDF per signed inspection since a date")
    bat.add_argument("--since", required=True, help="YYYY-MM-DD")
    bat.add_argument("--out", required=True, help="folder for the PDFs")
    bat.add_argument("--lang", default="zh_CN", help="language of the reports: zh_CN (default) or en")
    _db_arg(bat)
    bat.set_defaults(func=cmd_report_batch)

    sy = sub.add_parser("sync", help="sync files between workspaces").add_subparsers(dest="sync_command", required=True)
    sx = sy.add_parser("export", help="write a signed package of the changes a node has not acknowledged")
    _db_arg(sx)
    sx.add_argument("-o", "--output", type=Path, required=True, help="package file to write (.opsync)")
    sx.add_argument("--to", metavar="NODE", help="the receiving node (incremental, its region only)")
    sx.add_argument("--full", action="store_true", help="every change, whatever the node acknowledged")
    sx.add_argument("--format", default=None, metavar="{1,2}",
                    help="package format: 2 (default, blocks of records) or 1 (one record a line: OpsDesk before "
                         "format 2 reads only this)")
    sx.set_defaults(func=cmd_sync_export)
    si = sy.add_parser("import", help="verify a package and apply it in one transaction")
    _db_arg(si)
    si.add_argument("package", type=Path)
    si.add_argument("--trust", action="store_true", help="accept a sender this workspace does not know yet")
    si.add_argument("--max-size", type=int, default=None, help="refuse packages unpacking to more bytes")
    si.set_defaults(func=cmd_sync_import)
    st = sy.add_parser("status", help="this node, its peers, open conflicts")
    _db_arg(st)
    st.set_defaults(func=cmd_sync_status)
    sc = sy.add_parser("conflicts", help="list sync conflicts, or resolve one")
    _db_arg(sc)
    sc.add_argument("--all", action="store_true", help="resolved ones too")
    sc.add_argument("--resolve", type=int, metavar="ID")
    sc.add_argument("--keep", choices=("current", "other"), default="current")
    sc.set_defaults(func=cmd_sync_conflicts)
    sr = sy.add_parser("receive", help="receive only some regions from peers (or --all)")
    _db_arg(sr)
    group = sr.add_mutually_exclusive_group(required=True)
    group.add_argument("--region", action="append", metavar="REGION_ID")
    group.add_argument("--all", action="store_true")
    sr.set_defaults(func=cmd_sync_receive)

    ex = sub.add_parser("export", help="a register as Excel (.xlsx) or CSV, by the output's extension")
    ex.add_argument("register", metavar="REGISTER", help="stores, users, inspections, actions or visits")
    ex.add_argument("-o", "--output", required=True, help="file to write: OUT.xlsx or OUT.csv")
    ex.add_argument("--store", default=None, help="store code or id")
    ex.add_argument("--region", default=None, help="region or area: code, name or id (includes its areas)")
    ex.add_argument("--status", default=None, help="a status of the register (actions: also 'overdue')")
    _db_arg(ex)
    ex.set_defaults(func=cmd_export)

    eq = sub.add_parser("equipment", help="the equipment register (设备台账)")
    eq_sub = eq.add_subparsers(dest="equipment_command", required=True)

    def _eq_filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--store", default=None, help="store code or id")
        p.add_argument("--region", default=None, help="region or area: code, name or id (includes its areas)")
        p.add_argument("--category", default=None, help="category code or name")
        p.add_argument("--status", default=None, help="ordered, delivered, installed, accepted, conditional, "
                                                      "rejected, in_service, under_repair or retired")
        p.add_argument("--search", default=None, help="asset code, serial number, name, store (pinyin too)")
        _db_arg(p)

    eq_list = eq_sub.add_parser("list", help="the register as a table (tab-separated) on standard output")
    _eq_filters(eq_list)
    eq_list.set_defaults(func=cmd_equipment_list)
    eq_exp = eq_sub.add_parser("export", help="the register as Excel (.xlsx), the columns the import reads")
    eq_exp.add_argument("file", metavar="FILE.xlsx")
    eq_exp.add_argument("--template", action="store_true", help="write the empty import sheet (header only)")
    _eq_filters(eq_exp)
    eq_exp.set_defaults(func=cmd_equipment_export)
    eq_imp = eq_sub.add_parser("import", help="add or update items from an .xlsx: every row is checked first, "
                                              "nothing is imported when a row is wrong")
    eq_imp.add_argument("file", metavar="FILE.xlsx")
    _db_arg(eq_imp)
    eq_imp.set_defaults(func=cmd_equipment_import)
    eq_lab = eq_sub.add_parser("labels", help="asset labels (QR code, asset code, name, store) of the items under "
                                              "the filters as a PDF sheet: a preset or your own sizes in mm")
    eq_lab.add_argument("file", metavar="OUT.pdf")
    eq_lab.add_argument("--preset", default=None,
                        help="a common sheet or label-printer size (default a4-70x37): a4-70x37, a4-70x36, "
                             "a4-63.5x38.1, a4-63.5x33.9, a4-99.1x38.1, a4-99.1x57, a4-105x37, a4-48.5x25.4, "
                             "a4-38.1x21.2, printer-40x30, printer-50x30, printer-60x40, printer-70x50")
    eq_lab.add_argument("--columns", default=None, help="labels across the page")
    eq_lab.add_argument("--rows", default=None, help="labels down the page")
    for name, what in (("label-width", "a label's width (left out: the labels fill the page)"),
                       ("label-height", "a label's height (left out: the labels fill the page)"),
                       ("page-width", "the page's width (A4: 210)"), ("page-height", "the page's height (A4: 297)"),
                       ("margin-top", "the page's top margin"), ("margin-left", "the page's left margin"),
                       ("margin-right", "the page's right margin"), ("margin-bottom", "the page's bottom margin"),
                       ("gap-x", "the gap between columns"), ("gap-y", "the gap between rows")):
        eq_lab.add_argument(f"--{name}", default=None, metavar="MM", help=what + ", in mm")
    eq_lab.add_argument("--start-at", default="1", metavar="N",
                        help="the first label's position on the first sheet (1 = top left), to use a partly used sheet")
    eq_lab.add_argument("--outline", action="store_true", help="thin cut lines around each label (plain paper)")
    eq_lab.add_argument("--lang", default="zh_CN", help="language of the PDF's title: zh_CN (default) or en")
    _eq_filters(eq_lab)
    eq_lab.set_defaults(func=cmd_equipment_labels)

    op_ = sub.add_parser("opening", help="new-store openings (新店筹备)")
    op_sub = op_.add_subparsers(dest="opening_command", required=True)
    op_list = op_sub.add_parser("list", help="opening projects as a table (tab-separated) on standard output")
    op_list.add_argument("--store", default=None, help="store code or id")
    op_list.add_argument("--status", default=None, help="active, opened or cancelled")
    _db_arg(op_list)
    op_list.set_defaults(func=cmd_opening_list)
    op_show = op_sub.add_parser("show", help="one project's milestones with due dates and state")
    op_show.add_argument("project", help="project id or store code")
    _db_arg(op_show)
    op_show.set_defaults(func=cmd_opening_show)
    op_rep = op_sub.add_parser("report", help="the countdown report (开业筹备进度表) of one project as a PDF")
    op_rep.add_argument("project", help="project id or store code")
    op_rep.add_argument("-o", "--output", default=None,
                        help="PDF to write (default: 开业筹备进度表-<store>-<date>.pdf, or opening-countdown-... "
                             "with --lang en)")
    op_rep.add_argument("--lang", default="zh_CN", help="language of the PDF: zh_CN (default) or en")
    op_rep.add_argument("--sign", action="store_true", help="sign with --user's key (PAdES)")
    op_rep.add_argument("--user", default=None, help="id or username of the signer (with --sign)")
    op_rep.add_argument("--passphrase-file", type=Path, default=None)
    _db_arg(op_rep)
    op_rep.set_defaults(func=cmd_opening_report)
    op_cancel = op_sub.add_parser("cancel", help="cancel an opening project that will not happen")
    op_cancel.add_argument("project", help="project id or store code")
    op_cancel.add_argument("--reason", required=True, help="why the opening is cancelled (required)")
    _db_arg(op_cancel)
    op_cancel.set_defaults(func=cmd_opening_cancel)
    op_plan = op_sub.add_parser("plan", help="opening plan templates (JSON)")
    plan_sub = op_plan.add_subparsers(dest="plan_command", required=True)
    plan_list = plan_sub.add_parser("list", help="the workspace's opening plans (tab-separated)")
    _db_arg(plan_list)
    plan_list.set_defaults(func=cmd_opening_plan_list)
    plan_exp = plan_sub.add_parser("export", help="write a plan as JSON")
    plan_exp.add_argument("code")
    plan_exp.add_argument("-o", "--output", default=None, help="file to write (default: standard output)")
    _db_arg(plan_exp)
    plan_exp.set_defaults(func=cmd_opening_plan_export)
    plan_imp = plan_sub.add_parser("import", help="add a plan from JSON (a plan with the same code is "
                                                  "replaced); all or nothing")
    plan_imp.add_argument("file", type=Path)
    _db_arg(plan_imp)
    plan_imp.set_defaults(func=cmd_opening_plan_import)

    pr_ = sub.add_parser("promotion", help="promotion plans (促销方案)")
    pr_sub = pr_.add_subparsers(dest="promotion_command", required=True)
    pr_list = pr_sub.add_parser("list", help="promotion plans as a table (tab-separated) on standard output")
    pr_list.add_argument("--status", default=None, help="a derived status: draft, submitted, reviewed, returned, "
                                                         "changed, clash, approved, running, ended, closed, cancelled")
    pr_list.add_argument("--store", default=None, help="store code or id: the plans targeting it")
    _db_arg(pr_list)
    pr_list.set_defaults(func=cmd_promotion_list)
    pr_show = pr_sub.add_parser("show", help="one plan: tiers, stores, decisions, acknowledgements, results")
    pr_show.add_argument("ref", help="plan id or code")
    _db_arg(pr_show)
    pr_show.set_defaults(func=cmd_promotion_show)
    pr_rep = pr_sub.add_parser("report", help="the plan (宣传计划书) or the review (促销总结) of one plan as a PDF")
    pr_rep.add_argument("ref", help="plan id or code")
    pr_rep.add_argument("--kind", default="plan", help="plan (default) or review")
    pr_rep.add_argument("-o", "--output", default=None,
                        help="PDF to write (default: 宣传计划书-<code>.pdf / 促销总结-<code>.pdf, or promotion-plan-... "
                             "/ promotion-review-... with --lang en)")
    pr_rep.add_argument("--lang", default="zh_CN", help="language of the PDF: zh_CN (default) or en")
    pr_rep.add_argument("--sign", action="store_true", help="sign with --user's key (PAdES)")
    pr_rep.add_argument("--user", default=None, help="id or username of the signer (with --sign)")
    pr_rep.add_argument("--passphrase-file", type=Path, default=None)
    _db_arg(pr_rep)
    pr_rep.set_defaults(func=cmd_promotion_report)
    pr_imp = pr_sub.add_parser("import-results", help="stores' results from a till export (.xlsx/.csv); every row "
                                                      "checked first, all or nothing")
    pr_imp.add_argument("ref", help="plan id or code")
    pr_imp.add_argument("file", type=Path)
    pr_imp.add_argument("--map", default=None, metavar="FIELD=HEADER,...",
                        help="which column holds what: store=门店编码,sales=销售额,transactions=...,new_members=...,"
                             "custom=...,gifts_given=...,budget_spent=... (default: the last import's, else guessed)")
    pr_imp.add_argument("--dry-run", action="store_true", help="check every row and say what would be imported")
    pr_imp.add_argument("--user", default=None, help="who enters the results (id or username), signed in with "
                                                     "--password-file or a prompt (a --dry-run only names them)")
    _db_arg(pr_imp)
    pr_imp.set_defaults(func=cmd_promotion_import_results)

    pr_types = pr_sub.add_parser("types", help="the promotion types as a table (tab-separated)")
    _db_arg(pr_types)
    pr_types.set_defaults(func=cmd_promotion_types)
    pr_type = pr_sub.add_parser("type", help="add a promotion type or change the one with its code")
    pr_type.add_argument("code", help="2 to 40 lower-case letters, digits or _ (e.g. anniversary)")
    pr_type.add_argument("--name", required=True, help="the Chinese name, e.g. 店庆")
    pr_type.add_argument("--name-en", default="", help="the English name")
    pr_type.add_argument("--no-price", action="store_true", help="its plans change no prices (no approval needed "
                                                                 "before they run)")
    pr_type.add_argument("--inactive", action="store_true", help="retire it: no new plan of this type")
    _db_arg(pr_type)
    pr_type.set_defaults(func=cmd_promotion_type)

    demo = sub.add_parser("demo", help="create the demo workspace")
    _db_arg(demo)
    demo.add_argument("--stores", type=int, default=30)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--months", type=int, default=6, help="months of completed inspections (default 6)")
    demo.add_argument("--daily-days", type=int, default=92,  # a whole quarter, for the dashboard's quarter tiles
                      help="days of opening/closing checklists before today (default 92)")
    demo.set_defaults(func=cmd_demo)

    ca = sub.add_parser("ca", help="head-office certificate authority").add_subparsers(dest="ca_command", required=True)
    ca_init = ca.add_parser("init", help="create a CA key and self-signed CA certificate in DIR")
    ca_init.add_argument("dir", type=Path)
    ca_init.add_argument("--name", required=True, help="the CA's common name")
    ca_init.add_argument("--passphrase-file", type=Path, required=True)
    ca_init.set_defaults(func=cmd_ca_init)
    ca_issue = ca.add_parser("issue", help="issue a user certificate from a CSR")
    ca_issue.add_argument("csr", type=Path)
    ca_issue.add_argument("--ca", type=Path, required=True, help="the CA folder (from `ca init`)")
    ca_issue.add_argument("--passphrase-file", type=Path, required=True)
    ca_issue.add_argument("-o", "--output", type=Path, required=True)
    ca_issue.add_argument("--days", type=int, default=730)
    ca_issue.add_argument("--role", choices=("head_office", "ops_manager", "supervisor", "store_manager", "staff"),
                          help="the user role the certificate certifies (signed decisions prove it); none: "
                               "the certificate proves no role")
    ca_issue.set_defaults(func=cmd_ca_issue)

    ident = sub.add_parser("identity", help="a user's signing identity (kept outside the workspace)")
    ident_sub = ident.add_subparsers(dest="identity_command", required=True)

    def _ident(name: str, help_text: str, func, passphrase: bool):  # noqa: ANN001, ANN202
        p = ident_sub.add_parser(name, help=help_text)
        _db_arg(p)
        p.add_argument("--user", required=True, help="user id or username")
        if passphrase:
            p.add_argument("--passphrase-file", type=Path, required=True)
        p.set_defaults(func=func)
        return p

    create = _ident("create", "create a key and a self-signed certificate", cmd_identity_create, True)
    create.add_argument("--name", default=None, help="certificate common name (default: the user's name)")
    create.add_argument("--replace", action="store_true", help="replace an existing identity")
    csr = _ident("csr", "write a certificate signing request", cmd_identity_csr, True)
    csr.add_argument("-o", "--output", type=Path, required=True)
    imp_cert = _ident("import", "import a certificate issued for the identity's key", cmd_identity_import, False)
    imp_cert.add_argument("cert", type=Path)
    _ident("show", "show the identity's certificate", cmd_identity_show, False)

    tr = sub.add_parser("trust", help="add a trust root (CA or user certificate) to the workspace")
    tr.add_argument("cert", type=Path)
    _db_arg(tr)
    tr.set_defaults(func=cmd_trust)

    sign = sub.add_parser("sign", help="sign a PDF (PAdES B-B, visible box)")
    sign.add_argument("file", type=Path)
    sign.add_argument("-o", "--output", type=Path, required=True)
    sign.add_argument("--user", required=True, help="user id or username")
    sign.add_argument("--passphrase-file", type=Path, required=True)
    sign.add_argument("--reason", default="OpsDesk report")
    sign.add_argument("--location", default="")
    _db_arg(sign)
    sign.set_defaults(func=cmd_sign)

    dec = sub.add_parser("decisions", help="decisions bound to the person (signed with the decider's key)")
    dec_sub = dec.add_subparsers(dest="decisions_command", required=True)
    dec_ver = dec_sub.add_parser("verify", help="every decision with its signature state (verified / accepted / "
                                                "unsigned / failed and why): exit 0 when none failed, 1 otherwise")
    _db_arg(dec_ver)
    dec_ver.set_defaults(func=cmd_decisions_verify)
    dec_req = dec_sub.add_parser("require-signed", help="whether incoming decisions must be signed (head office "
                                                        "turns it on once identities are issued)")
    dec_req.add_argument("state", choices=("on", "off"))
    _db_arg(dec_req)
    dec_req.set_defaults(func=cmd_decisions_require)

    ver = sub.add_parser("verify", help="check every signature of a PDF and every change after it: exit 0 "
                                        "intact and every signer trusted, 1 intact but a signer untrusted, "
                                        "2 altered, unsigned or unreadable")
    ver.add_argument("file", type=Path)
    _db_arg(ver)
    ver.set_defaults(func=cmd_verify)

    usr = sub.add_parser("user", help="passwords and PINs of the workspace's users").add_subparsers(
        dest="user_command", required=True)
    u_pw = usr.add_parser("password", help="change your own password or PIN: --user NAME, the current one from "
                                           "--password-file (else a prompt), the new one from --new-password-file "
                                           "(else asked twice)")
    u_pw.add_argument("--kind", choices=("password", "pin"), default=None,
                      help="make it a password or a PIN (a PIN: 4-8 digits, store managers and staff only; "
                           "default: the kind you have)")
    u_reset = usr.add_parser("reset", help="give USERNAME a temporary password (head office, operations managers); "
                                           "they choose their own at their next sign-in; audited")
    u_reset.add_argument("username", metavar="USERNAME", help="whose password: id or username")
    for p in (u_pw, u_reset):
        p.add_argument("--new-password-file", type=Path, default=None, metavar="FILE",
                       help="the new password or PIN: the file's first line (else asked twice in a terminal)")
        _db_arg(p)
    u_pw.set_defaults(func=cmd_user_password)
    u_reset.set_defaults(func=cmd_user_reset)

    # The commands that change data: who acts, after the command too (ACTING_HELP).
    for writing in (imp, sx, si, sc, sr, eq_imp, plan_imp, op_cancel, pr_type, tr, u_pw, u_reset):
        _acting_options(writing)
    _acting_options(pr_imp, user=False)  # its own --user: who entered the results, now signed in
    return parser


# What a record of a table is called in a "not found" error (NotFoundError("checklist_run", id=...)).
_RECORD_NAMES = {"checklist_run": "inspection", "corrective_action": "corrective action", "template_item":
                 "template item", "template_section": "template section", "template_version": "template version"}


def _not_found(exc: OpsDeskError) -> str:
    """"no inspection with id X" for a NotFoundError that names only its table; "" for any other error."""
    import re

    from opsdesk.errors import NotFoundError

    table = str(exc)
    if not isinstance(exc, NotFoundError) or not re.fullmatch(r"[a-z_]+", table):
        return ""
    what = _RECORD_NAMES.get(table, table.replace("_", " "))
    for key in ("id", "code"):
        if exc.params.get(key) is not None:
            return f"no {what} with {key} {exc.params[key]}"
    return f"no such {what}"


def _explain(exc: OpsDeskError) -> str:
    from opsdesk.errors import PassphraseError
    from opsdesk.templates_io import TemplateFormatError

    if isinstance(exc, TemplateFormatError):
        return "the template file was refused, nothing was imported: " + exc.first
    if isinstance(exc, ValidationError):
        reasons = {p.reason for p in exc.problems}
        if "not_empty" in reasons:
            return "the workspace already has stores; use a new --db file for the demo"
        ambiguous = next((p for p in exc.problems if p.reason == "ambiguous"), None)
        if ambiguous is not None:  # a promotion code two plans share (find_plan)
            plans = list(ambiguous.params.get("plans", ()))
            return (f"{ambiguous.params.get('ref')} is the code of {len(plans)} plans; give the id of the one meant: "
                    + "; ".join(plans))
        return str(exc)
    if isinstance(exc, DatabaseTooNewError):
        return f"{exc} (schema {exc.params.get('revision')})"
    not_found = _not_found(exc)
    if not_found:
        return not_found
    from opsdesk.errors import (
        DatabaseCorruptError,
        DatabaseIOError,
        DatabaseLockedError,
        DatabaseReadOnlyError,
        DiskFullError,
        WorkspaceExistsError,
        WorkspaceNotFoundError,
    )

    path = exc.params.get("path") or ""
    from opsdesk.errors import ServerDatabaseMissingError

    if isinstance(exc, ServerDatabaseMissingError):
        return f"{exc} (create it on the server with createdb, then: opsdesk db upgrade --db URL)"
    if isinstance(exc, WorkspaceNotFoundError) and _is_url(path):
        return f"no OpsDesk workspace in {path} (set it up with: opsdesk db upgrade --db URL)"
    if isinstance(exc, WorkspaceNotFoundError):
        return f"no workspace at {path} (create one with: opsdesk db init --db {path})"
    if isinstance(exc, WorkspaceExistsError):
        return f"{path} already exists and is not empty; db init creates a new workspace only (nothing was changed)"
    if isinstance(exc, DatabaseLockedError):
        return (f"{path} is still being written by another OpsDesk process; gave up waiting after "
                f"{exc.params.get('seconds', 0):g} s (nothing was changed; try again later)")
    if isinstance(exc, DiskFullError):
        return f"the disk is full: {exc} (nothing was changed; free some space and try again)"
    if isinstance(exc, DatabaseReadOnlyError):
        return f"{exc} (nothing was changed; check the file's permissions or copy it to a writable folder)"
    if isinstance(exc, DatabaseCorruptError):
        return f"{exc} (restore a backup; `opsdesk db check` tells more)"
    if isinstance(exc, DatabaseIOError):
        return f"{exc} (nothing was changed)"
    if isinstance(exc, NotADatabaseError):
        return str(exc)
    if isinstance(exc, PassphraseError):
        return "wrong passphrase: the private key could not be unlocked (nothing was written)"
    from opsdesk.errors import NoPasswordError, TooManyTriesError, WrongPasswordError

    who = exc.params.get("user", "")
    if isinstance(exc, WrongPasswordError):
        wait = int(exc.params.get("retry_after") or 0)
        return (f"wrong password for {who} (nothing was changed" + (f"; the next try is heard in {wait} s)"
                                                                     if wait else ")"))
    if isinstance(exc, TooManyTriesError):
        return (f"too many wrong passwords for {who}: try again in {exc.retry_after} s (the password was not "
                "checked; nothing was changed)")
    if isinstance(exc, NoPasswordError):
        if exc.params.get("may_set"):
            return (f"{who} has no password yet: choose it in the app or with: opsdesk --user {who} user password "
                    "(nothing was changed)")
        return (f"{who} has no password yet: head office or an operations manager sets a temporary one "
                "(nothing was changed)")
    return str(exc)


def _waiting(path: Path) -> None:
    print(f"waiting for another OpsDesk process to finish writing {path}…", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    from opsdesk import db, logs
    from opsdesk.db import typed_error

    args = build_parser().parse_args(argv)
    log_file = logs.setup()
    db.set_default_wait_notice(_waiting)
    log.debug("command: %s", " ".join(sys.argv[1:] if argv is None else argv))
    try:
        return int(args.func(args))
    except OpsDeskError as exc:
        print(f"error: {_explain(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:
        typed = typed_error(exc, getattr(args, "db", None))  # ENOSPC, EROFS
        if typed is not None:
            print(f"error: {_explain(typed)}", file=sys.stderr)
            return 2
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - a bug: one line for the user, the traceback in the log
        log.exception("unexpected error in: opsdesk %s", " ".join(sys.argv[1:] if argv is None else argv))
        where = f" (details in {log_file})" if log_file else ""
        print(f"error: unexpected error: {exc or type(exc).__name__}{where}", file=sys.stderr)
        return 2
    finally:
        db.set_default_wait_notice(None)


if __name__ == "__main__":
    sys.exit(main())
