"""The demo workspace gives every dashboard tile a meaningful figure for "this month" and "this quarter":
inspections with a spread of grades, a critical failure, actions raised and verified, overdue and repeated
ones, visits, daily checklists, signed equipment acceptances, open faults, openings and promotions.

The demo is the one the CLI builds with its defaults, on a fixed day in the middle of a month (so the test
does not depend on the day it runs): built once per run (shared with test_demo_cli.py, tests/conftest.py
``workspace_templates``) and copied for the module."""

from __future__ import annotations


import pytest
from cli_helpers import CLI_DEFAULT_DEMO_DAY, cli_default_demo

from opsdesk.cli import build_parser
from opsdesk.db import Database
from opsdesk.services import kpis
from opsdesk.services.context import AppContext
from opsdesk.services.kpis import Scope

TODAY = CLI_DEFAULT_DEMO_DAY  # a Wednesday: November up to the 17th, and half of the fourth quarter
PERIODS = ("month", "quarter")


@pytest.fixture(scope="module")
def demo(tmp_path_factory, workspace_templates) -> AppContext:  # noqa: ANN001
    """``build_demo(ctx, **cli_default_demo())``: the CLI's defaults, on ``TODAY``."""
    path = workspace_templates.copy(tmp_path_factory.mktemp("kpis_demo") / "demo.sqlite", **cli_default_demo())
    db = Database.open(path)
    ctx = AppContext(db)
    yield ctx
    db.close()


def _scope(period: str) -> Scope:
    return Scope(*kpis.period_bounds(period, TODAY))


@pytest.fixture(scope="module")
def tiles(demo: AppContext) -> dict[str, dict[str, kpis.Kpi]]:
    return {p: {k.key: k for k in kpis.kpis(demo, _scope(p), TODAY)} for p in PERIODS}


@pytest.mark.parametrize("period", PERIODS)
def test_the_cli_demo_covers_the_quarter_with_daily_checklists(period: str) -> None:
    args = build_parser().parse_args(["demo", "--db", "unused.sqlite"])
    start, _end = kpis.period_bounds(period, TODAY)
    assert args.daily_days >= (TODAY - start).days


@pytest.mark.parametrize("period", PERIODS)
def test_score_and_grades(tiles, period: str) -> None:
    score = tiles[period]["score"]
    assert score.value is not None and 60 < score.value < 100
    assert score.detail["inspections"] >= 10
    assert len([g for g, n in score.detail["grades"].items() if n]) >= 2  # a spread of grades, not all A
    assert score.previous is not None and score.delta is not None


@pytest.mark.parametrize("period", PERIODS)
def test_a_critical_failure(demo: AppContext, tiles, period: str) -> None:
    assert tiles[period]["critical"].value >= 1
    assert len(kpis.critical_failures(demo, _scope(period))) == tiles[period]["critical"].value


@pytest.mark.parametrize("period", PERIODS)
def test_actions_raised_verified_overdue_and_repeated(demo: AppContext, tiles, period: str) -> None:
    rect = tiles[period]["rectification"]
    assert rect.detail["actions"] >= 5 and 0 < rect.detail["verified"] < rect.detail["actions"]
    assert rect.value is not None and 0 < rect.value < 100
    assert rect.previous is not None  # the previous period raised actions too (raised when found)
    assert tiles[period]["overdue"].value >= 1
    assert sum(n for _c, _n, n in kpis.overdue_actions(demo, _scope(period), TODAY)) == tiles[period]["overdue"].value
    assert tiles[period]["repeats"].value >= 1


@pytest.mark.parametrize("period", PERIODS)
def test_visits_and_daily_checklists(tiles, period: str) -> None:
    coverage = tiles[period]["coverage"]
    assert coverage.detail["stores"] >= 20 and coverage.value is not None and coverage.value >= 50
    daily = tiles[period]["daily"]
    assert daily.detail["expected"] > 0 and daily.value is not None and daily.value >= 80
    assert daily.previous is not None and daily.previous > 0


@pytest.mark.parametrize("period", PERIODS)
def test_equipment_acceptances_and_open_faults(tiles, period: str) -> None:
    acceptance = tiles[period]["acceptance"]
    assert acceptance.detail["signed"] >= 1 and acceptance.value is not None
    assert tiles[period]["faults"].value >= 1


@pytest.mark.parametrize("period", PERIODS)
def test_openings_and_promotions(tiles, period: str) -> None:
    openings = tiles[period]["openings"].detail
    assert sum(openings.values()) >= 1 and len([s for s, n in openings.items() if n]) >= 2
    promotions = tiles[period]["promotions"]
    assert promotions.detail["plans"] >= 1 and promotions.detail["target_sales"] > 0
    if period == "quarter":
        assert promotions.value is not None and promotions.value > 0


@pytest.mark.parametrize("period", PERIODS)
def test_rankings_and_drill_down(demo: AppContext, period: str) -> None:
    scope = _scope(period)
    regions = kpis.breakdown(demo, scope, "region", TODAY)
    assert len(regions) == 4 and all(r.tally.inspections for r in regions)
    best, worst = kpis.ranking(kpis.breakdown(demo, scope, "store", TODAY), 5)
    assert len(best) == 5 and best[0].tally.score > worst[0].tally.score
    assert len(kpis.most_failed_items(demo, scope)) >= 5
    coverage = kpis.supervisor_coverage(demo, scope, TODAY)
    assert len(coverage) >= 5 and all(c.rate is not None for c in coverage)


@pytest.mark.parametrize("period", PERIODS)
def test_trend_points_match_each_period_counted_alone(demo: AppContext, tiles, period: str) -> None:
    """The trend's periods are counted together (the overdue actions in one grouped query for all of them):
    each point equals the period's own tally, and the overdue and daily-checklist counts equal the plain
    per-period queries they replaced."""
    from sqlalchemy import func, select

    from opsdesk.models import ChecklistRun, CorrectiveAction as CA
    from opsdesk.services.runs import DONE_STATUSES
    from opsdesk.services.visits import local_bounds

    scope = _scope(period)
    points = [scope.shifted_back(n) for n in range(kpis.TREND_POINTS - 1, -1, -1)]
    for i, p in enumerate(points):
        alone = kpis.tally(demo, p, TODAY)
        for key in ("score", "critical", "rectification", "overdue", "repeats", "coverage", "daily", "acceptance",
                    "faults"):
            assert tiles[period][key].trend[i] == kpis._VALUES[key](alone), (key, i)
        _lo, hi = local_bounds(p.date_from, p.date_to)
        with demo.read() as s:
            overdue = s.scalar(select(func.count()).select_from(CA).where(
                CA.deleted.is_(False), CA.status != "cancelled", CA.created_at < hi,
                CA.due_on < min(p.date_to, TODAY), (CA.verified_at.is_(None)) | (CA.verified_at >= hi)))
            days = (select(ChecklistRun.store_id, ChecklistRun.business_date, ChecklistRun.run_type)
                    .where(ChecklistRun.deleted.is_(False), ChecklistRun.run_type.in_(("opening", "closing")),
                           ChecklistRun.status.in_(DONE_STATUSES), ChecklistRun.business_date >= p.date_from,
                           ChecklistRun.business_date <= min(p.date_to, TODAY)).distinct().subquery())
            done = s.scalar(select(func.count()).select_from(days))
        assert alone.overdue == overdue, i
        assert alone.daily_done == min(done, alone.daily_expected), i  # (demo stores are all in scope)
