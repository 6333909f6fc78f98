"""Run a Python script and print its peak resident set (VmHWM) when it ends.

    python -m tests.perf.peak_rss SCRIPT [ARGS...]

The kernel's wait4() figure is no good here: a child forked from a big benchmark process
inherits that process's high-water mark. VmHWM in /proc/self/status belongs to the running
program alone (exec starts a new address space). The script's own exit, including os._exit,
prints ``peak_rss_kb N`` on stderr first.
"""

from __future__ import annotations

import os
import runpy
import sys


def peak_kb() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main() -> int:
    script, *args = sys.argv[1:]
    sys.argv = [script, *args]
    sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
    real_exit = os._exit

    def report_then_exit(code: int) -> None:
        print(f"peak_rss_kb {peak_kb()}", file=sys.stderr, flush=True)
        real_exit(code)

    os._exit = report_then_exit  # type: ignore[assignment]
    code = 0
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    report_then_exit(code)
    return code


if __name__ == "__main__":
    main()
