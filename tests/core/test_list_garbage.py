"""Reading a page of a list leaves no cyclic garbage of the query's own making (issue 21).

The desktop app collects cycles on its GUI thread, in passes that walk and free what was left since the last one;
a list query that made its aliases anew each time left a few hundred objects per page of rows (their columns and
metadata), which the passes then walked and freed while the list scrolled. The aliases are made once per module.
"""

from __future__ import annotations

import gc
from typing import Any

import pytest

from opsdesk.services import actions, org, runs, visits


@pytest.fixture
def db_template() -> dict[str, Any]:
    return {"stores": 3, "seed": 5, "months": 1}


READS = {
    "stores": lambda ctx: org.query_stores(ctx, org.StoreQuery(), limit=50),
    "inspections": lambda ctx: runs.query_runs(ctx, runs.RunQuery(), limit=50),
    "actions": lambda ctx: actions.query_actions(ctx, actions.ActionQuery(), limit=50),
    "visits": lambda ctx: visits.query_visits(ctx, visits.VisitQuery(), limit=50),
}


@pytest.mark.parametrize("name", sorted(READS))
def test_a_page_of_a_list_leaves_no_cyclic_garbage(ctx, name: str) -> None:  # noqa: ANN001
    read = READS[name]
    assert read(ctx)  # rows there, and the statement compiled and cached once
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        for _ in range(5):
            read(ctx)
        left = gc.collect()
    finally:
        if enabled:
            gc.enable()
    assert left < 100, f"{name}: {left} objects of cyclic garbage after five pages"  # several hundred per page before
