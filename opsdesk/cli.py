"""The ``opsdesk`` command line: database upkeep and the demo workspace.

Exit codes: 0 success, 1 the check found a problem, 2 the command was refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from opsdesk import paths
from opsdesk.errors import DatabaseTooNewError, FieldProblem, NotADatabaseError, OpsDeskError, ValidationError


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, default=None,
                   help=f"workspace database (default: {paths.default_db_path()})")


def _db_path(args: argparse.Namespace) -> Path:
    return (args.db or paths.default_db_path()).expanduser()


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from opsdesk.db import migrate

    path = _db_path(args)
    if not path.is_file():
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
    from opsdesk.audit import verify_chain
    from opsdesk.db import Database, current_revision, head_revision

    from opsdesk.errors import DatabaseTooNewError

    path = _db_path(args)
    if not path.is_file():
        print(f"error: {path} does not exist or is not a file", file=sys.stderr)
        return 2
    revision = current_revision(path)
    head = head_revision()
    print(f"database: {path}")
    print(f"schema revision: {revision or '(none)'} (this app: {head})")
    if revision != head:
        try:
            Database.open(path, migrate_schema=False)
        except DatabaseTooNewError:
            print("schema: written by a newer OpsDesk; update the app to check it")
            return 2
        except Exception:  # noqa: BLE001 - older schema: said below
            pass
        print("schema: needs upgrade (run: opsdesk db upgrade)")
        return 1
    db = Database.open(path, migrate_schema=False)
    try:
        problems = 0
        integrity = db.integrity_check()
        if integrity == ["ok"]:
            print("integrity: ok")
        else:
            problems += 1
            print("integrity: FAILED")
            for line in integrity[:20]:
                print(f"  {line}")
        with db.reading() as s:
            report = verify_chain(s)
        if report.ok:
            print(f"audit chain: ok ({report.entries} entries)")
        else:
            problems += 1
            print(f"audit chain: BROKEN at entry {report.first_broken}: {report.reason}")
        print(f"node: {db.node.node_id} ({db.node.fingerprint})")
        return 1 if problems else 0
    finally:
        db.close()


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
          f"{summary.visits} visits -> {_db_path(args)}")
    return 0


def _open(args: argparse.Namespace):  # noqa: ANN202
    from opsdesk.db import Database
    from opsdesk.services import AppContext, workspace

    db = Database.open(_db_path(args))
    ctx = AppContext(db)
    workspace.prepare(ctx)
    user = workspace.current_user(ctx)
    ctx.user_id = user.id if user else None
    return ctx


def cmd_template_export(args: argparse.Namespace) -> int:
    import json

    from opsdesk.services import templates

    ctx = _open(args)
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

    ctx = _open(args)
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
    ctx = _open(args)
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

    cert = signing.ca_issue(args.ca, _passphrase(args.passphrase_file), args.csr.read_bytes(), days=args.days)
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

    db = Database.open(_db_path(args))
    try:
        info = signing.trust(db, args.cert.read_bytes())
        count = len(signing.trust_roots(db))
    finally:
        db.close()
    _print_identity("trusted", info)
    print(f"  this workspace now has {count} trust root(s)")
    return 0


def cmd_report_inspection(args: argparse.Namespace) -> int:
    """One inspection report; --sign signs it with the user's key (PAdES)."""
    import tempfile

    from opsdesk import signing
    from opsdesk.reports.inspection import build_inspection

    ctx = _open(args)
    try:
        user = _resolve_user(ctx, args.user) if args.sign else None
        if args.sign and args.passphrase_file is None:
            raise ValidationError([FieldProblem("passphrase", "required")])
        passphrase = _passphrase(args.passphrase_file) if args.sign else b""
        out = Path(args.output)
        if args.sign:
            with tempfile.TemporaryDirectory(prefix="opsdesk-report-") as tmp:
                info = build_inspection(ctx, args.run_id, Path(tmp) / "report.pdf")
                signing.sign_pdf(Path(tmp) / "report.pdf", out, user.id, passphrase)
        else:
            info = build_inspection(ctx, args.run_id, out)
    finally:
        ctx.db.close()
    print(f"report {info.report_id} ({info.pages} pages, content {info.content_hash[:12]}) -> {out}"
          + (f", signed by {user.username}" if user else ""))
    return 0


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
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    ctx = _open(args)
    written = 0
    try:
        for status in ("signed", "superseded"):
            for run in runs.query_runs(ctx, runs.RunQuery(status=status, date_from=since,
                                                          template_kinds=("inspection",), descending=False)):
                name = f"{run.business_date.isoformat()}_{run.store_code}_{run.id[:8]}.pdf"
                build_inspection(ctx, run.id, out_dir / name)
                written += 1
    finally:
        ctx.db.close()
    print(f"{written} signed inspection report(s) since {since.isoformat()} -> {out_dir}")
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from opsdesk import signing

    user = _identity_user(args)
    signing.sign_pdf(args.file, args.output, user.id, _passphrase(args.passphrase_file),
                     reason=args.reason, location=args.location)
    print(f"signed by {user.username} -> {args.output}")
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
        db = Database.open(path)
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
        return 2
    when = result.signing_time.isoformat(timespec="seconds") if result.signing_time else "(unknown)"
    print(f"signer: {result.signer}")
    print(f"certificate fingerprint (sha256): {result.fingerprint}")
    print(f"signing time: {when}")
    print(f"intact: {'yes' if result.intact else 'no'}")
    print(f"trusted: {'yes' if result.trusted else 'no'} ({len(roots)} trust root(s))")
    for problem in result.problems:
        print(f"  {problem}")
    if not result.intact:
        return 2
    return 0 if result.trusted else 1


def cmd_sync_export(args: argparse.Namespace) -> int:
    from opsdesk.services import sync

    ctx = _open(args)
    try:
        result = sync.export_package(ctx, args.output, to_node=args.to, full=args.full)
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
    try:
        result = sync.import_package(ctx, args.package, trust=args.trust, max_bytes=args.max_size)
    finally:
        ctx.db.close()
    if result.already_imported:
        print(f"package {result.package_id} was imported before: nothing changed")
        return 0
    print(f"imported {args.package} from {result.from_name or result.from_node} ({result.from_node}): "
          f"{result.changes} changes, {result.applied} applied, {result.known} already here, "
          f"{result.skipped} skipped, {result.conflicts} conflicts, {result.attachments} new photos")
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from opsdesk.services import sync

    ctx = _open(args)
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
        print(f"open conflicts: {sync.open_conflict_count(ctx)}")
    finally:
        ctx.db.close()
    return 0


def cmd_sync_conflicts(args: argparse.Namespace) -> int:
    from opsdesk.services import sync

    ctx = _open(args)
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="opsdesk", description="OpsDesk (运营督导台) command line")
    sub = parser.add_subparsers(dest="command", required=True)

    db = sub.add_parser("db", help="database upkeep").add_subparsers(dest="db_command", required=True)
    up = db.add_parser("upgrade", help="back up the database and apply pending migrations")
    _db_arg(up)
    up.set_defaults(func=cmd_db_upgrade)
    check = db.add_parser("check", help="integrity check, schema revision, audit chain")
    _db_arg(check)
    check.set_defaults(func=cmd_db_check)

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
    ins = rep.add_parser("inspection", help="the report of one inspection")
    ins.add_argument("run_id")
    ins.add_argument("-o", "--output", required=True)
    ins.add_argument("--sign", action="store_true", help="sign with --user's key (PAdES)")
    ins.add_argument("--user", default=None, help="id or username of the signer (with --sign)")
    ins.add_argument("--passphrase-file", type=Path, default=None)
    _db_arg(ins)
    ins.set_defaults(func=cmd_report_inspection)
    bat = rep.add_parser("batch", help="one PDF per signed inspection since a date")
    bat.add_argument("--since", required=True, help="YYYY-MM-DD")
    bat.add_argument("--out", required=True, help="folder for the PDFs")
    _db_arg(bat)
    bat.set_defaults(func=cmd_report_batch)

    sy = sub.add_parser("sync", help="sync files between workspaces").add_subparsers(dest="sync_command", required=True)
    sx = sy.add_parser("export", help="write a signed package of the changes a node has not acknowledged")
    _db_arg(sx)
    sx.add_argument("-o", "--output", type=Path, required=True, help="package file to write (.opsync)")
    sx.add_argument("--to", metavar="NODE", help="the receiving node (incremental, its region only)")
    sx.add_argument("--full", action="store_true", help="every change, whatever the node acknowledged")
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

    demo = sub.add_parser("demo", help="create the demo workspace")
    _db_arg(demo)
    demo.add_argument("--stores", type=int, default=30)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--months", type=int, default=6, help="months of completed inspections (default 6)")
    demo.add_argument("--daily-days", type=int, default=30,
                      help="days of opening/closing checklists before today (default 30)")
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

    ver = sub.add_parser("verify", help="check a signed PDF: exit 0 intact and trusted, 1 intact but "
                                        "untrusted, 2 altered, unsigned or unreadable")
    ver.add_argument("file", type=Path)
    _db_arg(ver)
    ver.set_defaults(func=cmd_verify)
    return parser


def _explain(exc: OpsDeskError) -> str:
    from opsdesk.errors import PassphraseError
    from opsdesk.templates_io import TemplateFormatError

    if isinstance(exc, TemplateFormatError):
        return "the template file was refused, nothing was imported:\n  " + "\n  ".join(exc.problems)
    if isinstance(exc, ValidationError):
        reasons = {p.reason for p in exc.problems}
        if "not_empty" in reasons:
            return "the workspace already has stores; use a new --db file for the demo"
        return str(exc)
    if isinstance(exc, DatabaseTooNewError):
        return f"{exc} (schema {exc.params.get('revision')})"
    if isinstance(exc, NotADatabaseError):
        return str(exc)
    if isinstance(exc, PassphraseError):
        return "wrong passphrase: the private key could not be unlocked (nothing was written)"
    return str(exc)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except OpsDeskError as exc:
        print(f"error: {_explain(exc)}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
