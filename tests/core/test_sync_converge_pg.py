"""Randomized convergence across backends: laptop A (SQLite) <-> head office (PostgreSQL) <-> laptop B (SQLite).

The scenario of test_sync_converge.py (converge_helpers.py: 30-50 random offline edits through the services,
packages exchanged in random pairs, relays and bundles, then full-mesh settling) with the head office, the
workspace that made the organisation, on a database of the test process's PostgreSQL cluster, and the same
checks: identical synced rows on every replica (the server's values compared as SQLite stores them), no
package refused, stored scores equal to the answers', signed runs matching their signatures, lost values
kept as conflicts. Runs under ``make test-pg`` (``-m pg``).

Seeds: ``OPSDESK_PG_SOAK_SEEDS`` (how many, default 8) from ``OPSDESK_SOAK_FIRST`` (default 0). A failing
seed names itself and the command that replays it alone, with its steps. A summary line at the end: seeds,
failed seeds, packages, conflicts, frozen conflicts, refusals, crashes.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter

import pytest
from converge_helpers import Servers, build_base, run_scenario

pytestmark = pytest.mark.pg

SEEDS = int(os.environ.get("OPSDESK_PG_SOAK_SEEDS", "8"))
FIRST = int(os.environ.get("OPSDESK_SOAK_FIRST", "0"))
REPLAY = ("OPSDESK_SOAK_FIRST={seed} OPSDESK_PG_SOAK_SEEDS=1 .venv/bin/python -m pytest -m pg -p no:randomly "
          "tests/core/test_sync_converge_pg.py")


@pytest.fixture(scope="module")
def servers(pg_cluster, tmp_path_factory) -> Servers:  # noqa: ANN001
    return Servers(pg_cluster, tmp_path_factory.mktemp("converge-pg-files"))


@pytest.fixture(scope="module")
def base(servers, tmp_path_factory):  # noqa: ANN001
    """Two laptops' files and the head office's database every seed starts from (each seed works on copies)."""
    made = build_base(tmp_path_factory.mktemp("converge-pg-base"), servers=servers)
    assert sum(isinstance(p, str) for p in made.paths) == 1, "one head office on the server"
    return made


class _Summary:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def pytest_terminal_summary(self, terminalreporter) -> None:  # noqa: ANN001
        for line in self.lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="module")
def soak_totals(request):  # noqa: ANN001
    totals: Counter = Counter()
    failed: list[int] = []
    summary = _Summary()
    request.config.pluginmanager.register(summary, f"sync-soak-pg-summary-{id(summary)}")
    yield totals, failed
    line = "sync soak (SQLite <-> PostgreSQL <-> SQLite): " + json.dumps({
        "seeds": totals["seeds"], "failed_seeds": failed, "packages": totals["packages"],
        "conflicts": totals["conflicts"], "frozen_conflicts": totals["frozen_conflicts"],
        "refusals": totals["refusals"], "crashes": totals["crashes"]})
    summary.lines.append(line)
    if request.config.pluginmanager.get_plugin("terminalreporter") is None:
        print(line, file=sys.stderr)


@pytest.mark.parametrize("seed", range(FIRST, FIRST + SEEDS), ids=lambda s: f"seed={s}")
def test_laptops_and_the_server_converge(seed, base, servers, soak_totals, tmp_path) -> None:  # noqa: ANN001
    totals, failed = soak_totals
    outcome = run_scenario(seed, base, tmp_path, servers=servers, replay=REPLAY)
    totals.update(outcome.stats)
    if outcome.violations:
        failed.append(seed)
        pytest.fail(outcome.report(steps=SEEDS == 1), pytrace=False)
