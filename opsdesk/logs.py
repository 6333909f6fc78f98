"""The log file: unexpected errors, sync and report jobs, migrations and backups, opened workspaces.

One rotating file, ``opsdesk.log``, in the user's log folder (platformdirs):

- Linux: ``~/.local/state/OpsDesk/log/`` (``$XDG_STATE_HOME/OpsDesk/log``)
- macOS: ``~/Library/Logs/OpsDesk/``
- Windows: ``%LOCALAPPDATA%\\OpsDesk\\Logs\\``

``OPSDESK_LOG_DIR`` puts it elsewhere (the tests point it at a temporary folder). The core logs
through module loggers (``logging.getLogger(__name__)``, all below ``opsdesk``); ``setup()`` is
called once by the command line's and the GUI's ``main()``.
"""

from __future__ import annotations

import functools
import logging
import logging.handlers
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import platformdirs

from opsdesk.paths import APP_NAME

LOG_DIR_ENV = "OPSDESK_LOG_DIR"
LOG_NAME = "opsdesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
LOGGERS = ("opsdesk", "ui")  # the app's own loggers; libraries' chatter stays out

_handler: logging.Handler | None = None


def log_dir() -> Path:
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup(level: int = logging.INFO) -> Path | None:
    """Send the app's loggers to the rotating log file; the file's path, or None if it cannot be
    written (logging must never stop the app: a read-only home still runs, unlogged)."""
    global _handler
    path = log_file()
    if _handler is not None and Path(getattr(_handler, "baseFilename", "")) == path.resolve():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if _handler is not None:
            logger.removeHandler(_handler)
        logger.addHandler(handler)
        logger.setLevel(level)
    if _handler is not None:
        _handler.close()
    _handler = handler
    return path


def shutdown() -> None:
    """Detach and close the handler (tests; a second setup() with another folder)."""
    global _handler
    if _handler is None:
        return
    for name in LOGGERS:
        logging.getLogger(name).removeHandler(_handler)
    _handler.close()
    _handler = None


F = TypeVar("F", bound=Callable[..., Any])


def job(what: str, subject: Callable[[tuple, dict], object] | None = None) -> Callable[[F], F]:
    """Log a long job (a sync import or export, a report) where it is done, for the GUI and the
    command line alike: started (with ``subject(args, kwargs)``), done with its time and result,
    or failed with the error (the caller still gets the exception)."""

    def wrap(fn: F) -> F:
        logger = logging.getLogger(fn.__module__)

        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401
            about = f" {subject(args, kwargs)}" if subject is not None else ""
            logger.info("%s%s: started", what, about)
            started = time.perf_counter()
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:
                logger.warning("%s%s: failed after %.2f s: %s: %s", what, about, time.perf_counter() - started,
                               type(exc).__name__, exc)
                raise
            logger.info("%s%s: done in %.2f s: %s", what, about, time.perf_counter() - started,
                        _brief(result))
            return result

        return run  # type: ignore[return-value]

    return wrap


def _brief(value: object, limit: int = 400) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
