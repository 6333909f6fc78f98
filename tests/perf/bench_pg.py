"""A head-office workspace on PostgreSQL: the region-year sync import, and the dashboard's queries.

Both run on a throw-away cluster of this process (tests/pg_cluster.py: initdb and pg_ctl in a temporary folder,
a free port, as the ``postgres`` user when run as root; stopped at exit). Without PostgreSQL's server binaries
or psycopg each benchmark is reported as skipped ("skipped: no PostgreSQL ...").

``pg_sync_import``: the region workspace's full package (50 stores, one year: a laptop's share, exported from
the cached region workspace (``generate.ensure_workspace``) as ``bench_sync`` does) imported into a new server workspace
(migrated, built-in templates installed): verify, merge change by change, re-log, ledger, one transaction.
Baseline, measured in the same run: the same synced rows (every column, read from the source file) written
with ``COPY ... FROM STDIN`` (psycopg ``cursor.copy``) into the same tables of an empty migrated database, in
one transaction (foreign keys deferred to the commit, the frozen-record triggers let through by the
transaction's ``opsdesk.unfreeze`` setting, as the sync engine's own writes of signed runs are): the least any
import of this data can cost on the server.

``pg_dashboard_kpis`` / ``pg_dashboard_page``: ``bench_kpis``' figures (every KPI tile of the whole chain for a
month; the page's drill-down, store ranking, most-failed items and coverage, the slowest call) on the server
workspace the import filled, after ``ANALYZE`` (what autovacuum does on a live server), against the same calls on
the same data in SQLite (the region workspace file). The large workspace (8 GB) is not loaded into PostgreSQL:
a full import of it takes far longer than the benchmarks should; the region workspace is the data here.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from tests.perf.bench_kpis import MONTH
from tests.perf.bench_sync import _synced_tables, children_first
from tests.perf.generate import TODAY
from opsdesk.permissions import as_system
from tests.perf.harness import BenchEnv, Result, Skipped, interleaved, median

RUNS = int(os.environ.get("OPSDESK_BENCH_PG_RUNS", "1"))  # imports of the region package (a few minutes each)


class _Server:
    """The cluster, the exported package and the server workspace the first import filled, per run."""

    def __init__(self, env: BenchEnv) -> None:
        from tests.pg_cluster import PgCluster, unavailable

        reason = unavailable()
        if reason:
            raise Skipped(f"no PostgreSQL: {reason}")
        self.env = env
        self.folder = env.scratch / "pg"
        self.folder.mkdir(exist_ok=True)
        self.cluster = PgCluster().start()
        atexit.register(self.cluster.stop)
        self.source, self.package, self.export_s, self.written = self._export()
        self.filled: tuple[str, Path] | None = None  # (url, files folder) of an imported server workspace

    def _export(self) -> tuple[Path, Path, float, Any]:
        from opsdesk.db import Database
        from opsdesk.services import sync
        from opsdesk.services.context import AppContext

        cached = self.env.region_workspace()
        self.data = cached.name
        source = self.folder / "source.sqlite"
        shutil.copy(cached, source)  # the export writes its ledger row: keep the cache untouched
        photos = cached.with_name(cached.stem + ".files")
        if photos.is_dir():
            source.with_name(source.stem + ".files").symlink_to(photos)
        sender = as_system(AppContext(Database.open(source)))  # the transport, as system work
        package = self.folder / "region.opsync"
        start = time.perf_counter()
        written = sync.export_package(sender, package)
        took = time.perf_counter() - start
        sender.db.close()
        return source, package, took, written

    def new_database(self) -> str:
        return self.cluster.url(self.cluster.create_database())


_SERVERS: dict[int, _Server] = {}


def _server(env: BenchEnv) -> _Server:
    if id(env) not in _SERVERS:
        _SERVERS[id(env)] = _Server(env)
    return _SERVERS[id(env)]


def _copy_baseline(server: _Server, rows: dict[str, tuple[list[str], list[tuple]]]) -> float:
    """Seconds to COPY every synced row of the source into an empty migrated server database."""
    import psycopg
    from psycopg import sql

    from opsdesk import pg

    url = server.new_database()
    pg.migrate(url)
    with psycopg.connect(url) as conn:
        start = time.perf_counter()
        with conn.transaction():
            conn.execute("SET CONSTRAINTS ALL DEFERRED")
            conn.execute("SELECT set_config(%s, '1', true)", (pg.UNFREEZE_SETTING,))
            with conn.cursor() as cur:
                for table, (columns, data) in rows.items():
                    if not data:
                        continue
                    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
                        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
                    with cur.copy(statement) as copy:
                        for row in data:
                            copy.write_row(row)
        elapsed = time.perf_counter() - start
    return elapsed


def _source_rows(source: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    src = sqlite3.connect(source)
    try:
        out = {}
        for table in children_first(_synced_tables()):
            cur = src.execute(f'SELECT * FROM "{table}"')
            out[table] = ([d[0] for d in cur.description], cur.fetchall())
        return out
    finally:
        src.close()


def _receiver(url: str, files_dir: Path):
    from opsdesk.db import Database
    from opsdesk.services import workspace
    from opsdesk.services.context import AppContext

    ctx = as_system(AppContext(Database.open(url, files_dir=files_dir)))
    workspace.prepare(ctx)
    return ctx


def bench_pg_sync_import(env: BenchEnv) -> Result:
    from opsdesk.services import sync

    server = _server(env)
    rows = _source_rows(server.source)
    imports, reimports, baselines = [], [], []
    for n in range(RUNS):
        baselines.append(_copy_baseline(server, rows))
        url, files_dir = server.new_database(), server.folder / f"receiver{n}.files"
        ctx = _receiver(url, files_dir)
        try:
            start = time.perf_counter()
            result = sync.import_package(ctx, server.package, trust=True)
            imports.append(time.perf_counter() - start)
            assert result.applied > 0 and not result.already_imported
            start = time.perf_counter()
            again = sync.import_package(ctx, server.package)
            reimports.append(time.perf_counter() - start)
            assert again.already_imported
        finally:
            ctx.db.close()
        server.filled = server.filled or (url, files_dir)
    first, base, re = median(imports), median(baselines), median(reimports)
    ratio = first / base
    written = server.written
    return Result("pg_sync_import", first, base, "s", "import ≤ 5× COPY baseline; re-import ≤ 0.1× import",
                  ratio <= 5 and re <= 0.1 * first,
                  {"runs": RUNS, "data": server.data, "changes": written.changes, "rows": sum(len(d) for _c, d in rows.values()),
                   "photos": written.attachments, "package_mb": round(written.size / 2**20, 1),
                   "export_s": round(server.export_s, 3), "reimport_s": round(re, 3),
                   "reimport_share": round(re / first, 3)})


def _filled(env: BenchEnv) -> tuple[str, Path]:
    """A server workspace holding the region's data (the import's, or one made now), analysed."""
    import psycopg

    from opsdesk.services import sync

    server = _server(env)
    if server.filled is None:
        url, files_dir = server.new_database(), server.folder / "kpis.files"
        ctx = _receiver(url, files_dir)
        try:
            sync.import_package(ctx, server.package, trust=True)
        finally:
            ctx.db.close()
        server.filled = (url, files_dir)
    url, _files = server.filled
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ANALYZE")
    return server.filled


def _open_both(env: BenchEnv):
    from opsdesk.db import Database
    from opsdesk.services.context import AppContext

    url, files_dir = _filled(env)
    on_pg = AppContext(Database.open(url, files_dir=files_dir, migrate_schema=False, create=False))
    on_sqlite = AppContext(Database.open(_server(env).source, migrate_schema=False, create=False))
    return on_pg, on_sqlite


def bench_pg_dashboard_kpis(env: BenchEnv) -> Result:
    from opsdesk.services import kpis

    on_pg, on_sqlite = _open_both(env)
    scope = kpis.Scope(*MONTH)
    tiles: dict[str, list] = {"pg": [], "sqlite": []}
    try:
        def ours() -> None:
            tiles["pg"][:] = kpis.kpis(on_pg, scope, TODAY)

        def sqlite_side() -> None:
            tiles["sqlite"][:] = kpis.kpis(on_sqlite, scope, TODAY)

        ours()  # both warm
        sqlite_side()
        figure, baseline = interleaved(ours, sqlite_side, repeat=5)
    finally:
        on_pg.db.close()
        on_sqlite.db.close()
    same = [(k.key, k.value) for k in tiles["pg"]] == [(k.key, k.value) for k in tiles["sqlite"]]
    score = next(k for k in tiles["pg"] if k.key == "score")
    assert len(tiles["pg"]) == len(kpis.KPI_KEYS) and score.detail["inspections"] > 0
    return Result("pg_dashboard_kpis", figure, baseline, "s", "under 0.5 s (baseline: SQLite, same data)",
                  figure < 0.5, {"data": _server(env).data, "same_figures": same,
                                 "inspections": score.detail["inspections"]})


def bench_pg_dashboard_page(env: BenchEnv) -> Result:
    from opsdesk.services import kpis

    on_pg, on_sqlite = _open_both(env)
    scope = kpis.Scope(*MONTH)

    def calls(ctx: Any) -> dict[str, Any]:
        return {
            "breakdown_region": lambda: kpis.breakdown(ctx, scope, "region", TODAY),
            "ranking_stores": lambda: kpis.ranking(kpis.breakdown(ctx, scope, "store", TODAY), 10),
            "most_failed_items": lambda: kpis.most_failed_items(ctx, scope),
            "supervisor_coverage": lambda: kpis.supervisor_coverage(ctx, scope, TODAY),
        }

    timings: dict[str, dict[str, float]] = {"pg": {}, "sqlite": {}}
    try:
        for name, call in calls(on_pg).items():
            other = calls(on_sqlite)[name]
            call()  # warm
            other()
            timings["pg"][name], timings["sqlite"][name] = (round(t, 4) for t in interleaved(call, other, repeat=5))
    finally:
        on_pg.db.close()
        on_sqlite.db.close()
    figure, baseline = max(timings["pg"].values()), max(timings["sqlite"].values())
    return Result("pg_dashboard_page", figure, baseline, "s", "every call under 0.5 s (baseline: SQLite, same data)",
                  figure < 0.5, {"data": _server(env).data, "calls_pg": timings["pg"],
                                 "calls_sqlite": timings["sqlite"]})


BENCHMARKS = [bench_pg_sync_import, bench_pg_dashboard_kpis, bench_pg_dashboard_page]
