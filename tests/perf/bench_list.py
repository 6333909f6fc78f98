"""Lists: every list page on the large workspace opened, scrolled to the end and filtered.

Figure: the longest stall of the GUI thread (how late a 10 ms timer fires) in any page's action — open
the page, scroll its list to the end (every page of the inspections list: 72 000 rows), filter it by a
store (a region, a status or a search where it has none) — the median of three runs for each
``page:action``, then the worst of those. Budget: no stall above 50 ms, and at most 250 MB resident
after scrolling every row of the inspections list. The baseline is the same timer's lateness with the
window idle, measured in the same process; ``warm_up`` (the window importing the other pages' modules
in its first seconds, before any list is touched) is reported but is not a list page's action.

Pages whose tables the large workspace leaves empty (equipment, openings, promotions: its generator makes
none) are still opened and filtered; ``empty_pages`` names them.
"""

from __future__ import annotations

import json
import statistics

from tests.perf.harness import BenchEnv, Result, run_python

RUNS = 3
STALL_BUDGET_MS = 50.0
RSS_BUDGET_MB = 250.0


def drive(env: BenchEnv, n: int, *args: str) -> dict:
    settings = env.scratch / f"list-settings-{n}"  # a first start: no remembered page or layout
    done = run_python(["-m", "tests.perf.drive_list", str(env.large_workspace()), *args],
                      env={"XDG_CONFIG_HOME": str(settings)}, timeout=1800)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_list_stall(env: BenchEnv) -> Result:
    samples = [drive(env, n) for n in range(RUNS)]
    keys = [k for k in samples[0]["stalls_ms"] if ":" in k]
    median = {k: round(statistics.median(s["stalls_ms"].get(k, 0.0) for s in samples), 1) for k in keys}
    worst_run = {k: max(s["stalls_ms"].get(k, 0.0) for s in samples) for k in keys}
    by_page: dict[str, dict[str, float]] = {}
    for key, value in median.items():
        page, action = key.split(":")
        by_page.setdefault(page, {})[action] = value
    figure = max(median.values())
    idle = statistics.median(s["stalls_ms"].get("idle", 0.0) for s in samples)
    rss = statistics.median(s["peak_rss_mb_after_inspections"] for s in samples)
    rows = samples[0]["rows"]
    empty = sorted({k.split(":")[0] for k, n in rows.items() if k.endswith(":open")} -
                   {k.split(":")[0] for k, n in rows.items() if n})
    ok = figure <= STALL_BUDGET_MS and rss <= RSS_BUDGET_MB
    return Result("list_stall", figure, idle or None, "ms",
                  f"no GUI stall above {STALL_BUDGET_MS:g} ms on any list page; "
                  f"at most {RSS_BUDGET_MB:g} MB after scrolling every inspection", ok,
                  {"worst": max(median, key=median.get), "stalls_ms": by_page,
                   "over_budget": sorted(k for k, v in median.items() if v > STALL_BUDGET_MS),
                   "worst_run_stalls_ms": worst_run,
                   "warm_up_ms": statistics.median(s["stalls_ms"].get("warm_up", 0.0) for s in samples),
                   "peak_rss_mb_after_scrolling_inspections": rss,
                   "peak_rss_mb_after_every_page": statistics.median(s["peak_rss_mb"] for s in samples),
                   "rows": rows, "empty_pages": empty, "runs": RUNS})


BENCHMARKS = [bench_list_stall]
