"""The start-up floor: the bare window of ``bare_window.py``, then, after its first frame, what the first page's
query needs before OpsDesk can run anything of its own; prints "ready <age>" and exits.

- ``--orm``: SQLAlchemy and its ORM imported;
- ``--models``: and OpsDesk's models imported and their mappers configured (``opsdesk.models``; no workspace opened).

Imported with Python's own import, taken before PySide6 puts its hook in place, as ``ui.app.plain_imports`` does for
the app. Not a budget: ``bench_startup`` reports it beside ``ready`` to show how much of that ratio the stack takes
before any OpsDesk code runs (a "ready" budget below this floor cannot be met while the first page's data comes
through SQLAlchemy).
"""

import builtins
import sys
from collections.abc import Callable
from pathlib import Path

_PLAIN_IMPORT = builtins.__import__

import bare_window  # noqa: E402 - PySide6 (and its import hook) after Python's own import is taken

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: opsdesk


def orm() -> None:
    import sqlalchemy.orm  # noqa: F401


def models() -> None:
    orm()
    import opsdesk.models  # noqa: F401
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def plainly(work: Callable[[], None]) -> Callable[[], None]:
    def run() -> None:
        hooked = builtins.__import__
        builtins.__import__ = _PLAIN_IMPORT
        try:
            work()
        finally:
            builtins.__import__ = hooked
    return run


if __name__ == "__main__":
    work = {"--orm": orm, "--models": models}[sys.argv[1] if len(sys.argv) > 1 else "--models"]
    sys.argv[1:] = []
    sys.exit(bare_window.main(then=plainly(work), label="ready"))
