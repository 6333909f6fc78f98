"""Memory: peak RSS of the app after scrolling every row of the inspections list of the large workspace.

The window opens the Inspections page and the list is scrolled to its end (72 000 rows, fetched a page
at a time as the view reaches the end: ``drive_list --pages inspections --no-filter``); the program
reports its own peak resident set (VmHWM) then. The larger of two runs. Baseline: a bare PySide6
window's peak, for scale. Budget: at most 250 MB. ``first_page_mb``: the app rendering the page's first
rows and exiting (``--screenshot``), as before.
"""

from __future__ import annotations

import json
import os
import subprocess

from tests.perf.harness import PYTHON, REPO, BenchEnv, Result, run_python

BUDGET_MB = 250.0


def _peak_mb(args: list[str]) -> float:
    """Peak RSS in MB of ``python ARGS``, as the program itself reports it (see peak_rss.py)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPSDESK_EXIT_AFTER_PAINT="1")
    done = subprocess.run([PYTHON, "-m", "tests.perf.peak_rss", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{args} failed: {done.stderr[-2000:]}")
    kb = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("peak_rss_kb "))
    return kb / 1024


def _scrolled_mb(env: BenchEnv, n: int) -> float:
    settings = env.scratch / f"memory-settings-{n}"
    done = run_python(["-m", "tests.perf.drive_list", str(env.large_workspace()), "--pages", "inspections",
                       "--no-filter"], env={"XDG_CONFIG_HOME": str(settings)}, timeout=1800)
    return json.loads(done.stdout.strip().splitlines()[-1])["peak_rss_mb_after_inspections"]


def bench_memory(env: BenchEnv) -> Result:
    path = env.large_workspace()
    figure = max(_scrolled_mb(env, n) for n in range(2))
    shot = env.scratch / "memory.png"
    first_page = max(_peak_mb(["main.py", "--db", str(path), "--page", "inspections", "--screenshot", str(shot)])
                     for _ in range(2))
    baseline = _peak_mb(["tests/perf/bare_window.py"])
    return Result("memory_peak", figure, baseline, "MB",
                  f"at most {BUDGET_MB:g} MB after scrolling every row of the inspections list", figure <= BUDGET_MB,
                  {"first_page_mb": round(first_page, 1)})


BENCHMARKS = [bench_memory]
