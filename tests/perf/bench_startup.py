"""Start-up: ``main.py --db <large workspace>`` against a bare PySide6 QMainWindow (``bare_window.py``), two figures.

- **paint**: spawn to the main window's first painted frame (its shell, before the workspace is opened).
  Budget: <= 1.5x the bare window's spawn to its first frame.
- **ready**: spawn to "the workspace is open and the first page shows its data": the page the window opens
  on (a fresh settings folder: the default page, Stores) has its rows — every background load it started
  has ended — and the window has been painted with them (``MainWindow.ready``, see ui/main_window.py).
  Budget: <= 3x the same bare window.

Beside them, not budgeted, the **floor** of ready (``floor_window.py``): the same bare window, then after its first
frame SQLAlchemy's ORM imported (``orm``), and also OpsDesk's models imported and mapped (``models``) — what the
first page's query needs before any of OpsDesk's own work; reported as ratios to the same bare window, with
``ready`` over the models floor (what OpsDesk itself adds).

Every process exits right after the frame measured (``OPSDESK_EXIT_AFTER_PAINT=1`` /
``OPSDESK_EXIT_AFTER_READY=1``, see ui/app.py); a figure is the wall time from spawn to exit, measured by this
process, the median of interleaved runs (paint, ready, bare, the two floors, paint, ...) after one warm-up run of each
(which also writes the bytecode cache they all use). Each process also reports its own age at that frame
(from /proc), kept as a cross-check. ``ok`` only when both budgets hold.
"""

from __future__ import annotations

import time

from tests.perf.harness import CACHE, BenchEnv, Result, median, run_python

RUNS = 7
PAINT_BUDGET = 1.5  # first paint, times the bare window
READY_BUDGET = 3.0  # ready (the first page shows its data), times the bare window
FLOORS = ("orm", "models")  # floor_window.py: the bare window, then SQLAlchemy's ORM / and the models (not budgeted)


def bench_startup(env: BenchEnv) -> Result:
    workspace = env.large_workspace()
    # A fresh QSettings home: no saved geometry, page or language from whoever runs this.
    config = env.scratch / "startup-config"
    config.mkdir(parents=True, exist_ok=True)
    child_env = {
        "OPSDESK_EXIT_AFTER_PAINT": "1",
        "XDG_CONFIG_HOME": str(config),
        # Bytecode as an installed app has it (the warm-up run writes it), kept out of the checkout.
        "PYTHONDONTWRITEBYTECODE": "",
        "PYTHONPYCACHEPREFIX": str(CACHE / "pycache"),
    }
    ready_env = {**child_env, "OPSDESK_EXIT_AFTER_PAINT": "", "OPSDESK_EXIT_AFTER_READY": "1"}
    ours_args = ["main.py", "--db", str(workspace)]
    bare_args = ["tests/perf/bare_window.py"]
    floor_args = {name: ["tests/perf/floor_window.py", f"--{name}"] for name in FLOORS}

    def once(args: list[str], env: dict[str, str] = child_env, last: str = "painted") -> tuple[float, float | None]:
        start = time.perf_counter()
        done = run_python(args, env=env, timeout=120)
        wall = time.perf_counter() - start
        lines = [line.split() for line in done.stdout.splitlines() if line.startswith(last)]
        if not lines:
            raise RuntimeError(f"{' '.join(args)} exited without '{last}':\n{done.stderr[-2000:]}")
        age = float(lines[-1][1]) if len(lines[-1]) > 1 else None
        return wall, age

    # Warm-up (not timed): the OS file cache, .pyc files, and any first-open work on the workspace.
    once(ours_args)
    once(ours_args, ready_env, "ready")
    once(bare_args)
    for args in floor_args.values():
        once(args, last="ready")
    paint, ready, bare = [], [], []
    floors: dict[str, list[tuple[float, float | None]]] = {name: [] for name in FLOORS}
    for _ in range(RUNS):  # interleaved, so machine noise hits all alike
        paint.append(once(ours_args))
        ready.append(once(ours_args, ready_env, "ready"))
        bare.append(once(bare_args))
        for name, args in floor_args.items():
            floors[name].append(once(args, last="ready"))
    baseline = median([w for w, _ in bare])
    paint_wall = median([w for w, _ in paint])
    ready_wall = median([w for w, _ in ready])

    def self_reported(samples: list[tuple[float, float | None]]) -> float | None:
        ages = [a for _, a in samples if a is not None]
        return round(median(ages), 3) if ages else None

    def figure(wall: float, budget: float, samples: list[tuple[float, float | None]]) -> dict:
        return {"figure": round(wall, 4), "baseline": round(baseline, 4), "ratio": round(wall / baseline, 3),
                "budget": f"ratio <= {budget:g}", "ok": wall <= budget * baseline,
                "self_reported": self_reported(samples)}

    paint_figure = figure(paint_wall, PAINT_BUDGET, paint)
    ready_figure = figure(ready_wall, READY_BUDGET, ready)
    floor_walls = {name: median([w for w, _ in samples]) for name, samples in floors.items()}
    floor_figures = {name: {"figure": round(wall, 4), "ratio": round(wall / baseline, 3),
                            "self_reported": self_reported(floors[name])} for name, wall in floor_walls.items()}
    ready_figure["over_models_floor"] = round(ready_wall / floor_walls["models"], 3)
    return Result(
        name="startup",
        figure=paint_wall,
        baseline=baseline,
        unit="s",
        budget=f"paint ratio <= {PAINT_BUDGET:g} and ready ratio <= {READY_BUDGET:g}",
        ok=paint_figure["ok"] and ready_figure["ok"],
        extra={"runs": RUNS, "workspace": workspace.name, "baseline_self_reported": self_reported(bare),
               "paint": paint_figure, "ready": ready_figure, "floor": floor_figures},
    )


BENCHMARKS = [bench_startup]
