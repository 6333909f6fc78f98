"""The benchmark harness: results as ratios against a baseline measured in the same run.

Each ``bench_*.py`` module in this folder lists its benchmarks in ``BENCHMARKS``: functions
taking a :class:`BenchEnv` and returning a :class:`Result`. ``run.py`` calls them, prints one
JSON object per benchmark and writes ``bench-results.json`` at the repository root.
Figures are medians of several runs; nothing here asserts a time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def _cache_folder() -> Path:
    """Where generated workspaces and photos are kept between runs: ``OPSDESK_BENCH_CACHE``, else the user's cache
    folder (``$XDG_CACHE_HOME/opsdesk-bench``, ``~/.cache/opsdesk-bench``), outside any checkout, so that every clone
    on the machine reuses what one of them generated (a workspace is named by its generator version and schema)."""
    chosen = os.environ.get("OPSDESK_BENCH_CACHE")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "opsdesk-bench"


CACHE = _cache_folder()
PYTHON = sys.executable


@dataclass
class Result:
    """One benchmark's outcome. ``figure`` and ``baseline`` share ``unit``; ``ok`` says whether the budget holds."""

    name: str
    figure: float
    baseline: float | None
    unit: str
    budget: str
    ok: bool
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        return round(self.figure / self.baseline, 3)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "figure": round(self.figure, 4),
                "baseline": None if self.baseline is None else round(self.baseline, 4),
                "ratio": self.ratio, "unit": self.unit, "budget": self.budget, "ok": self.ok, **self.extra}


class Skipped(Exception):
    """A benchmark that cannot run on this machine (``run.py`` prints ``{"name", "skipped": reason}``)."""


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def timed(fn: Callable[[], Any], repeat: int = 5, setup: Callable[[], Any] | None = None) -> float:
    """Median wall seconds of ``fn()`` over ``repeat`` runs (``setup()`` before each, not timed)."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return median(samples)


def interleaved(a: Callable[[], Any], b: Callable[[], Any], repeat: int = 5,
                setup: Callable[[], Any] | None = None) -> tuple[float, float]:
    """Medians of two measurements taken in turns (a, b, a, b...), so machine noise hits both alike."""
    sa, sb = [], []
    for _ in range(repeat):
        for fn, samples in ((a, sa), (b, sb)):
            if setup is not None:
                setup()
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
    return median(sa), median(sb)


def run_python(args: list[str], *, env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run ``python ARGS`` from the repository root, headless; raises if it fails."""
    full_env = dict(os.environ)
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    full_env.update(env or {})
    done = subprocess.run([PYTHON, *args], cwd=REPO, env=full_env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done


@dataclass
class BenchEnv:
    """Shared fixtures: the generated workspaces (built once, cached in CACHE) and a scratch folder."""

    scratch: Path
    _cache: dict[str, Path] = field(default_factory=dict)

    def large_workspace(self) -> Path:
        """500 stores, 3 years of weekly inspections of ~60 items, dailies, actions, visits, photos."""
        if "large" not in self._cache:
            from tests.perf.generate import ensure_workspace

            self._cache["large"] = ensure_workspace("large")
        return self._cache["large"]

    def region_workspace(self) -> Path:
        """One region of ~50 stores and one year of the same activity (a laptop's share)."""
        if "region" not in self._cache:
            from tests.perf.generate import ensure_workspace

            self._cache["region"] = ensure_workspace("region")
        return self._cache["region"]
