"""Sync: export and import of one year of 50 stores, against a raw executemany of the same rows.

The baseline inserts the same synced rows (every column, read from the source workspace)
with ``executemany`` into an empty file that has the same schema and indexes, in one
transaction: the least any import of this data can cost. The import verifies the package,
merges change by change, re-logs every change and writes the ledger, all in one transaction.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

from opsdesk.permissions import as_system
from tests.perf.harness import BenchEnv, Result, median

RUNS = 3
BUDGET = 3  # import / baseline (issue 21)


def _synced_tables() -> list[str]:
    from opsdesk.models import Base, Synced

    return [t.name for t in Base.metadata.sorted_tables
            if any(m.local_table is t and issubclass(m.class_, Synced) for m in Base.registry.mappers)]


def children_first(tables: list[str]) -> list[str]:
    """The tables in an order the frozen-record triggers accept (foreign keys are off or deferred in the
    baselines): the runs last, since every row under a signed run (answers, signatures, photos' links) is refused
    once its run is there, signed; the rest children first, as the import writes them."""
    return [t for t in reversed(tables) if t != "checklist_run"] + ["checklist_run"]


def _empty_schema(path: Path) -> None:
    from opsdesk.db import migrate

    migrate(path)


def _baseline(source: Path, template: Path, target: Path) -> float:
    """Seconds to executemany every synced row of ``source`` into a copy of the empty ``template``."""
    shutil.copy(template, target)
    src = sqlite3.connect(source)
    rows = {t: src.execute(f'SELECT * FROM "{t}"').fetchall() for t in children_first(_synced_tables())}
    src.close()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=OFF")
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for table, data in rows.items():
        if data:
            marks = ",".join("?" * len(data[0]))
            conn.executemany(f'INSERT OR IGNORE INTO "{table}" VALUES ({marks})', data)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _receiver(path: Path):  # noqa: ANN202
    from opsdesk.db import Database
    from opsdesk.services import workspace
    from opsdesk.services.context import AppContext

    ctx = as_system(AppContext(Database.open(path)))  # the transport, as system work
    workspace.prepare(ctx)
    return ctx


def bench_sync_import(env: BenchEnv) -> Result:
    from opsdesk.db import Database
    from opsdesk.services import sync
    from opsdesk.services.context import AppContext

    cached = env.region_workspace()
    folder = env.scratch / "sync"
    folder.mkdir(exist_ok=True)
    source = folder / "source.sqlite"
    shutil.copy(cached, source)  # the export writes its ledger row: keep the cache untouched
    photos = cached.with_name(cached.stem + ".files")
    if photos.is_dir():
        source.with_name(source.stem + ".files").symlink_to(photos)  # read only: the export copies from it
    sender = as_system(AppContext(Database.open(source)))
    package = folder / "region.opsync"
    exports = []
    for _ in range(RUNS):
        start = time.perf_counter()
        written = sync.export_package(sender, package)
        exports.append(time.perf_counter() - start)
    sender.db.close()
    template = folder / "empty.sqlite"
    _empty_schema(template)
    imports, reimports, baselines = [], [], []
    for n in range(RUNS):
        baselines.append(_baseline(source, template, folder / f"baseline{n}.sqlite"))
        ctx = _receiver(folder / f"receiver{n}.sqlite")
        start = time.perf_counter()
        result = sync.import_package(ctx, package, trust=True)
        imports.append(time.perf_counter() - start)
        assert result.applied > 0 and not result.already_imported
        start = time.perf_counter()
        again = sync.import_package(ctx, package)
        reimports.append(time.perf_counter() - start)
        assert again.already_imported
        ctx.db.close()
    first, base, re = median(imports), median(baselines), median(reimports)
    ratio = first / base
    return Result("sync_import", first, base, "s", f"import ≤ {BUDGET:g}× baseline; re-import ≤ 0.1× import",
                  ratio <= BUDGET and re <= 0.1 * first,
                  {"changes": written.changes, "photos": written.attachments, "package_mb": round(written.size / 2**20, 1),
                   "export_s": round(median(exports), 3), "export_ratio": round(median(exports) / base, 3),
                   "reimport_s": round(re, 3), "reimport_share": round(re / first, 3)})


BENCHMARKS = [bench_sync_import]
