"""A forking helper process for the crash tests: it imports OpsDesk once, then forks a fresh
child per round (saving the interpreter's start-up each time), and reports on stdout.

The sync import kill tests (test_sync_kill.py on a SQLite file, test_sync_kill_pg.py on a PostgreSQL
database) share the importing child (:data:`IMPORT_ZYGOTE`), the kill itself (:func:`kill_during_import`),
the plan of kills (:func:`import_kill_plan`) and the verdict on what a killed import left
(:func:`import_outcome`); only how "the transaction is open" is seen and how a workspace is copied,
dumped and checked differ."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from random import Random
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[2]


def zygote_loop(command: str, function: str) -> str:
    """The end of a helper script: on each ``COMMAND ARGS`` line fork a child running ``FUNCTION(*ARGS)``
    (reporting an error line if it raises), on ``reap PID`` wait for it and say by which signal it ended.
    The script defines ``say(text)`` and imports os, sys and traceback."""
    return f'''

say("zygote")
for line in sys.stdin:
    command, *args = line.split()
    if command == "{command}":
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                {function}(*args)
            except BaseException:
                say("error " + traceback.format_exc().replace("\\n", " | "))
            finally:
                os._exit(3)
        say(f"child {{pid}}")
    elif command == "reap":
        _pid, status = os.waitpid(int(args[0]), 0)
        say(f"reaped {{os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0}}")
'''


class Zygote:
    """The forking process and a line reader over its stdout with a deadline (a child that dies
    without a word must fail the test, not hang it)."""

    def __init__(self, script: Path, timeout: float = 30.0) -> None:
        self.timeout = timeout
        env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self.proc = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=REPO, env=env)
        self._buffer = b""
        self.children: list[int] = []

    def send(self, line: str) -> None:
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def readline(self, timeout: float | None = None) -> str:
        timeout = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise AssertionError(f"no line from the zygote in {timeout}s (have {self._buffer!r})")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise AssertionError(f"the zygote ended: {self._buffer!r} {self.proc.stderr.read()!r}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        text = line.decode()
        assert not text.startswith("error "), text
        return text

    def close(self) -> None:
        for pid in self.children:  # only children of ours that were not reaped
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        finally:
            self.proc.stdout.close()
            self.proc.stderr.close()


# ---------------------------------------------------------------- a sync import, killed part-way

# The child imports a package and reports its stages on stdout: "verify" (the package is being opened and
# checked), "apply" (the one transaction begins right after), "commit" (the transaction's COMMIT is being
# issued: everything is written) and "done". The zygote's command is "import TARGET PACKAGE [ANCHORS]": the
# target is a file path or a PostgreSQL URL; ANCHORS, when given, is the child's audit-anchor folder (copies
# of one database share a node id, so each round keeps its anchors apart). "reap PID" waits for that child.
IMPORT_ZYGOTE = r"""
import os
import sys
import time
import traceback

import alembic.script
from sqlalchemy import event

import opsdesk.attachments
import opsdesk.sync.apply
import opsdesk.sync.capture
import opsdesk.sync.package
from opsdesk.db import Database
from opsdesk.paths import ANCHOR_ENV
from opsdesk.services import sync
from opsdesk.services.context import AppContext


def say(text):
    os.write(1, (text + "\n").encode())  # one write(2) of a short line to the pipe: never half a line


def run(target, package, anchors=""):
    if anchors:
        os.environ[ANCHOR_ENV] = anchors
    ctx = AppContext(Database.open(target))
    event.listen(ctx.db.engine, "commit", lambda conn: say("commit"))  # only the import commits from now on

    def progress(stage, done, total):
        if done == 0 and stage in ("verify", "apply"):
            say(stage)  # "apply": the one transaction begins right after this

    say("ready")
    result = sync.import_package(ctx, package, trust=True, progress=progress)
    say(f"done {result.applied}")
    ctx.db.close()
    time.sleep(120)  # stay alive: the parent's kill always meets a running process

""" + zygote_loop("import", "run")

IMPORT_STAGES = ("ready", "verify", "apply", "commit", "done")


def import_stage(line: str) -> str:
    stage = line.split(" ", 1)[0]
    assert stage in IMPORT_STAGES, line
    return stage


def kill_during_import(zygote: Zygote, target: Path | str, package: Path, after: str, delay: float,
                       probe: Callable[[], Any], anchors: Path | None = None) -> dict[str, Any]:
    """Fork a child importing ``package`` into ``target``; kill it (SIGKILL) ``delay`` seconds after it
    reported stage ``after``. For ``after == "apply"`` the parent first calls ``probe()`` until it answers
    something true (the import's transaction seen open: SQLite's write lock taken, the server's writer lock
    held by a backend in a transaction) or 10 s pass. Returns the stages the child reported (with the
    times the parent read them, those said before it died included) and the probe's answer (``open``)."""
    zygote.send(f"import {target} {package}" + (f" {anchors}" if anchors else ""))
    line = zygote.readline()
    assert line.startswith("child "), line
    pid = int(line.split()[1])
    zygote.children.append(pid)
    seen: dict[str, float] = {}
    seen_open: Any = None
    while after not in seen:
        stage = import_stage(zygote.readline())  # read first: the time is when the line arrived
        seen[stage] = time.monotonic()
    if after == "apply":
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            seen_open = probe()
            if seen_open:
                break
            time.sleep(0.0005)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    zygote.send(f"reap {pid}")
    while not (line := zygote.readline()).startswith("reaped "):
        seen.setdefault(import_stage(line), time.monotonic())  # what the child said before it died
    zygote.children.remove(pid)
    assert line == f"reaped {int(signal.SIGKILL)}", line
    return {"seen": seen, "open": seen_open}


def import_kill_plan(rng: Random, seen: dict[str, float], verify_kills: int, tx_kills: int, commit_kills: int,
                     spread: float = 0.6) -> tuple[float, float, list[tuple[str, str, float]]]:
    """From a first import's stage times (``seen``): the verification and transaction times, and a shuffled
    plan of (kind, stage to wait for, delay after it): random moments during verification, two kills the
    moment the transaction is seen open and the rest at random inside it (one in each equal part of the
    first ``spread`` of the transaction's time, so the late part where the rows are written gets its kills
    too), and kills right at the commit."""
    assert seen["ready"] <= seen["verify"] <= seen["apply"] <= seen["commit"] <= seen["done"], seen
    verify_s = max(seen["apply"] - seen["ready"], 0.02)
    tx_s = max(seen["commit"] - seen["apply"], 0.05)
    plan: list[tuple[str, str, float]] = []
    plan += [("verification", "ready", rng.uniform(0, verify_s)) for _ in range(verify_kills)]
    plan += [("transaction", "apply", 0.0)] * min(2, tx_kills)
    parts = max(tx_kills - 2, 0)
    plan += [("transaction", "apply", rng.uniform(k, k + 1) * spread * tx_s / parts) for k in range(parts)]
    plan += [("commit", "commit", rng.choice((0.0, rng.uniform(0, 0.01)))) for _ in range(commit_kills)]
    rng.shuffle(plan)
    return verify_s, tx_s, plan


def import_outcome(seen: dict[str, float], content: Any, before: Any, after: Any,  # noqa: ANN401
                   normalize: Callable[[Any], Any], where: str) -> str:
    """"before" or "after": what a killed import left (``content``, a dump), which must be exactly the
    workspace before the import, or (normalized) exactly what a clean import leaves, and fit what the child
    said before it died: nothing changed before its transaction began, nor before it issued the commit."""
    if content == before:
        assert "done" not in seen, f"{where}: the child reported the import done but nothing is there"
        return "before"
    assert "apply" in seen, f"{where}: killed before the transaction began, yet the database changed"
    assert "commit" in seen, f"{where}: killed before the commit was issued, yet the database changed"
    assert normalize(content) == after, f"{where}: the database is neither as before nor as after"
    return "after"
