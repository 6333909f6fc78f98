"""Dashboard-sized query: the average score by store by month over the whole large workspace.

Figure: the service call the dashboard makes (SQLAlchemy, DTOs). Baseline: the same query in
raw SQL on a plain sqlite3 connection. Budget: under 0.5 s.
"""

from __future__ import annotations

import sqlite3

from tests.perf.harness import BenchEnv, Result, interleaved

RAW = """
SELECT store_id, substr(business_date, 1, 7) AS month, avg(percent), count(*)
FROM checklist_run
WHERE deleted = 0 AND run_type IN ('routine', 'full_audit', 'mystery', 'self_check', 'cross_check', 'follow_up')
  AND status IN ('completed', 'signed') AND percent IS NOT NULL
GROUP BY store_id, month
"""


def bench_dashboard_query(env: BenchEnv) -> Result:
    from opsdesk.db import Database
    from opsdesk.services import dashboard
    from opsdesk.services.context import AppContext

    path = env.large_workspace()
    ctx = AppContext(Database.open(path))
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    rows: list = []

    def ours() -> None:
        rows[:] = dashboard.score_by_store_month(ctx)

    def bare() -> None:
        raw.execute(RAW).fetchall()

    ours()  # both warm: the pages are in the OS cache, as on a used laptop
    bare()
    figure, baseline = interleaved(ours, bare, repeat=5)
    groups = len(raw.execute(RAW).fetchall())
    raw.close()
    ctx.db.close()
    assert len(rows) == groups
    return Result("dashboard_query", figure, baseline, "s", "under 0.5 s", figure < 0.5,
                  {"groups": groups, "inspections": sum(r.inspections for r in rows)})


BENCHMARKS = [bench_dashboard_query]
