"""Running ``opsdesk`` commands in the tests: in this process, or as a real subprocess.

A subprocess pays the interpreter and the imports (SQLAlchemy, reportlab ...) again, about a second a command:
a module keeps a few true subprocess runs (the exit code, exactly one ``error:`` line on stderr, no traceback
as a user sees them) and runs its other cases through ``opsdesk.cli.main(argv)`` here, with stdout and stderr
captured, into the same ``subprocess.CompletedProcess`` shape so that the assertions stay the same.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path


def run_in_process(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``opsdesk ARGV`` through ``cli.main`` in this process (in ``cwd`` if given): its exit code and what it
    printed. An uncaught exception is not turned into output: it fails the test, with its traceback."""
    from opsdesk import cli

    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(argv))
            except SystemExit as exc:  # argparse: usage errors exit 2, --help 0
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(["opsdesk", *argv], code, out.getvalue(), err.getvalue())


def run_subprocess(*argv: str, cwd: Path | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """``python -m opsdesk.cli ARGV`` as a real process (what a user's shell runs)."""
    return subprocess.run([sys.executable, "-m", "opsdesk.cli", *argv], check=False, capture_output=True,
                          text=True, timeout=timeout, cwd=cwd)


# The demo the command line builds by default (``opsdesk demo``: its parser's defaults), on a fixed day in the
# middle of a month (so tests do not depend on the day they run). As ``workspace_templates.copy(dest,
# **cli_default_demo())`` it is built once per run and shared by the modules that read it (test_kpis_demo,
# test_demo_cli).
CLI_DEFAULT_DEMO_DAY = date(2026, 11, 18)  # a Wednesday: half of the fourth quarter


def cli_default_demo() -> dict:
    """``build_demo``'s arguments as ``opsdesk demo --db X`` gives them, with ``today=CLI_DEFAULT_DEMO_DAY``."""
    from opsdesk.cli import build_parser

    args = build_parser().parse_args(["demo", "--db", "unused.sqlite"])
    return {"stores": args.stores, "seed": args.seed, "months": args.months, "daily_days": args.daily_days,
            "today": CLI_DEFAULT_DEMO_DAY}
