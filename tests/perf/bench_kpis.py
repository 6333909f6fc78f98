"""The dashboard (总览) on the large workspace: the KPI tiles and the page's tables for a month.

``dashboard_kpis``: every KPI tile of the whole chain for a month (``kpis.kpis``: the month, the previous one
and the trend's six months). ``dashboard_page``: what the page asks for besides the tiles (drill-down by region,
the store ranking, the most-failed items, the supervisors' coverage), each call timed; ``figure`` is the
slowest of them. Baseline for both: the same month's average score by store in one plain SQL statement over
``checklist_run`` on a bare sqlite3 connection. Budget: every call under 0.5 s.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from tests.perf.generate import TODAY
from tests.perf.harness import BenchEnv, Result, interleaved, timed

MONTH = (date(2026, 10, 1), date(2026, 10, 31))  # the last whole month before the generator's TODAY
RAW = """
SELECT store_id, avg(percent), count(*)
FROM checklist_run
WHERE deleted = 0 AND run_type IN ('routine', 'full_audit', 'mystery', 'self_check', 'cross_check', 'follow_up')
  AND status IN ('completed', 'signed') AND percent IS NOT NULL AND business_date BETWEEN ? AND ?
GROUP BY store_id
"""


def _open(env: BenchEnv):
    from opsdesk.db import Database
    from opsdesk.services.context import AppContext

    path = env.large_workspace()
    ctx = AppContext(Database.open(path))
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    return ctx, raw


def _bare(raw: sqlite3.Connection):
    return lambda: raw.execute(RAW, (MONTH[0].isoformat(), MONTH[1].isoformat())).fetchall()


def bench_dashboard_kpis(env: BenchEnv) -> Result:
    from opsdesk.services import kpis

    ctx, raw = _open(env)
    scope = kpis.Scope(*MONTH)
    tiles: list = []

    def ours() -> None:
        tiles[:] = kpis.kpis(ctx, scope, TODAY)

    bare = _bare(raw)
    ours()  # both warm
    bare()
    figure, baseline = interleaved(ours, bare, repeat=5)
    stores = len(bare())
    raw.close()
    ctx.db.close()
    score = next(k for k in tiles if k.key == "score")
    assert len(tiles) == len(kpis.KPI_KEYS) and score.detail["inspections"] > 0
    return Result("dashboard_kpis", figure, baseline, "s", "under 0.5 s", figure < 0.5,
                  {"stores": stores, "inspections": score.detail["inspections"]})


def bench_dashboard_page(env: BenchEnv) -> Result:
    from opsdesk.services import kpis

    ctx, raw = _open(env)
    scope = kpis.Scope(*MONTH)
    calls = {
        "breakdown_region": lambda: kpis.breakdown(ctx, scope, "region", TODAY),
        "ranking_stores": lambda: kpis.ranking(kpis.breakdown(ctx, scope, "store", TODAY), 10),
        "most_failed_items": lambda: kpis.most_failed_items(ctx, scope),
        "supervisor_coverage": lambda: kpis.supervisor_coverage(ctx, scope, TODAY),
    }
    bare = _bare(raw)
    bare()
    timings = {}
    for name, call in calls.items():
        call()  # warm
        timings[name] = round(timed(call, repeat=5), 4)
    baseline = timed(bare, repeat=5)
    raw.close()
    ctx.db.close()
    figure = max(timings.values())
    return Result("dashboard_page", figure, baseline, "s", "every call under 0.5 s", figure < 0.5,
                  {"calls": timings})


BENCHMARKS = [bench_dashboard_kpis, bench_dashboard_page]
