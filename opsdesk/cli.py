"""The ``opsdesk`` command line: database upkeep and the demo workspace.

Exit codes: 0 success, 1 the check found a problem, 2 the command was refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from opsdesk import paths
from opsdesk.errors import DatabaseTooNewError, NotADatabaseError, OpsDeskError, ValidationError


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

    demo = sub.add_parser("demo", help="create the demo workspace")
    _db_arg(demo)
    demo.add_argument("--stores", type=int, default=30)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--months", type=int, default=6, help="months of completed inspections (default 6)")
    demo.add_argument("--daily-days", type=int, default=30,
                      help="days of opening/closing checklists before today (default 30)")
    demo.set_defaults(func=cmd_demo)
    return parser


def _explain(exc: OpsDeskError) -> str:
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
