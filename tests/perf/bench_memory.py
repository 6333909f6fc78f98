"""Memory: peak RSS of the app with the large workspace open on the Inspections page.

The app renders the page (``--screenshot``, which builds the same window and loads the same
first page of rows) and exits; it reports its own peak resident set (VmHWM).
Baseline: a bare PySide6 window's peak, for scale. Budget: under 400 MB.
"""

from __future__ import annotations

import os
import subprocess

from tests.perf.harness import PYTHON, REPO, BenchEnv, Result


def _peak_mb(args: list[str]) -> float:
    """Peak RSS in MB of ``python ARGS``, as the program itself reports it (see peak_rss.py)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPSDESK_EXIT_AFTER_PAINT="1")
    done = subprocess.run([PYTHON, "-m", "tests.perf.peak_rss", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed: {done.stderr[-2000:]}")
    kb = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("peak_rss_kb "))
    return kb / 1024


def bench_memory(env: BenchEnv) -> Result:
    path = env.large_workspace()
    shot = env.scratch / "memory.png"
    figure = max(_peak_mb(["main.py", "--db", str(path), "--page", "inspections", "--screenshot", str(shot)])
                 for _ in range(2))
    baseline = _peak_mb(["tests/perf/bare_window.py"])
    return Result("memory_peak", figure, baseline, "MB", "under 400 MB", figure < 400)


BENCHMARKS = [bench_memory]
