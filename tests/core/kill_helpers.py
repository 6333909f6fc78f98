"""A forking helper process for the crash tests: it imports OpsDesk once, then forks a fresh
child per round (saving the interpreter's start-up each time), and reports on stdout."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

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
