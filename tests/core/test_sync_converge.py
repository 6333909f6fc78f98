"""Randomized convergence of the sync engine, one scenario per seed (DESIGN.md §4).

Three workspaces share an org; each seed drives 30-50 random steps: offline edits through the services
(stores, inspections answered concurrently, notes, photos, completion, signatures, corrections,
corrective actions, visits) and random exchanges (relays, bundles, full packages), then settles
with full-mesh rounds and checks: identical data everywhere, no package refused, stored scores
equal to the answers', signed runs matching their signatures, lost values kept as conflicts.
The scenario lives in converge_helpers.py.

Seeds: ``OPSDESK_SOAK_SEEDS`` (how many, default 12) from ``OPSDESK_SOAK_FIRST`` (default 0).
``make soak`` runs 500 (``make soak SEEDS=2000``); a failure names its seed and the command that
replays it alone with its steps. A summary line is printed at the end: seeds run, failed seeds,
packages exchanged, conflicts (as the imports reported them), frozen conflicts (``sync_conflict``
rows of reason ``frozen`` on all replicas at the end), refused packages, crashes.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter

import pytest

from converge_helpers import build_base, run_scenario

SEEDS = int(os.environ.get("OPSDESK_SOAK_SEEDS", "12"))
FIRST = int(os.environ.get("OPSDESK_SOAK_FIRST", "0"))
BRIEF = bool(os.environ.get("OPSDESK_SOAK_BRIEF"))  # set by `make soak`: short failure messages


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """The workspaces every seed starts from, made once: each test works on copies."""
    return build_base(tmp_path_factory.mktemp("converge-base"))


class _Summary:
    """A plugin registered by the fixture below: prints the soak's summary line at the very end
    (``pytest_terminal_summary``), outside output capture."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def pytest_terminal_summary(self, terminalreporter) -> None:  # noqa: ANN001
        for line in self.lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="module")
def soak_totals(request):
    """Counters over all seeds of the module; one JSON summary line at the end of the run."""
    totals: Counter = Counter()
    failed: list[int] = []
    summary = _Summary()
    request.config.pluginmanager.register(summary, f"sync-soak-summary-{id(summary)}")
    yield totals, failed
    line = "sync soak: " + json.dumps({
        "seeds": totals["seeds"], "failed_seeds": failed, "packages": totals["packages"],
        "conflicts": totals["conflicts"], "frozen_conflicts": totals["frozen_conflicts"],
        "unverified_conflicts": totals["unverified_conflicts"],
        "refusals": totals["refusals"], "crashes": totals["crashes"]})
    summary.lines.append(line)
    if request.config.pluginmanager.get_plugin("terminalreporter") is None:  # -p no:terminal
        print(line, file=sys.stderr)


@pytest.mark.parametrize("seed", range(FIRST, FIRST + SEEDS), ids=lambda s: f"seed={s}")
def test_sync_converges(seed, base, soak_totals, tmp_path):
    totals, failed = soak_totals
    outcome = run_scenario(seed, base, tmp_path)
    totals.update(outcome.stats)
    if outcome.violations:
        failed.append(seed)
        if SEEDS == 1:  # a replay: everything, with the steps
            message = outcome.report(steps=True)
        elif BRIEF:  # a long soak: one line per kind of failure
            message = outcome.brief()
        else:
            message = outcome.report(steps=False)
        pytest.fail(message, pytrace=False)


def test_a_seed_replays_the_same_steps(base, tmp_path):
    """Same seed, same steps, same outcomes (package sizes and conflicts included): the first
    20 steps of the first seed, twice."""
    first = run_scenario(FIRST, base, tmp_path / "first", checks=False, steps=20)
    again = run_scenario(FIRST, base, tmp_path / "again", checks=False, steps=20)
    differ = [f"line {n}:\n  {a}\n  {b}" for n, (a, b) in enumerate(zip(first.trace, again.trace)) if a != b]
    assert first.trace == again.trace, f"seed={FIRST}: the replay differs at " + (
        differ[0] if differ else f"its length ({len(first.trace)} and {len(again.trace)} lines)")
