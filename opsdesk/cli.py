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

    result = migrate(_db_path(args))
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

    path = _db_path(args)
    if not path.exists():
        print(f"error: {path} does not exist", file=sys.stderr)
        return 2
    revision = current_revision(path)
    head = head_revision()
    print(f"database: {path}")
    print(f"schema revision: {revision or '(none)'} (this app: {head})")
    if revision != head:
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
        summary = build_demo(AppContext(db), stores=args.stores, seed=args.seed)
    finally:
        db.close()
    print(f"demo workspace: {summary.regions} regions, {summary.areas} areas, "
          f"{summary.stores} stores, {summary.users} users -> {_db_path(args)}")
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

    demo = sub.add_parser("demo", help="create the demo workspace")
    _db_arg(demo)
    demo.add_argument("--stores", type=int, default=30)
    demo.add_argument("--seed", type=int, default=7)
    demo.set_defaults(func=cmd_demo)
    return parser


def _explain(exc: OpsDeskError) -> str:
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


if __name__ == "__main__":
    sys.exit(main())
