"""`make bench`: run every benchmark in tests/perf, print one JSON object each, write bench-results.json.

    python -m tests.perf.run [-k SUBSTRING]
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

from tests.perf.harness import REPO, BenchEnv, Skipped

MODULES = ("bench_startup", "bench_list", "bench_report", "bench_sync", "bench_query", "bench_kpis", "bench_memory",
           "bench_pg")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-k", dest="keyword", default="", help="run only benchmarks whose name contains this")
    parser.add_argument("-o", dest="output", type=Path, default=REPO / "bench-results.json")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="opsdesk-bench-"))
    env = BenchEnv(scratch)
    results, failed = [], 0
    try:
        for name in MODULES:
            module = importlib.import_module(f"tests.perf.{name}")
            for bench in module.BENCHMARKS:
                if args.keyword and args.keyword not in bench.__name__ and args.keyword not in name:
                    continue
                try:
                    result = bench(env).as_json()
                except Skipped as why:  # e.g. no PostgreSQL on this machine: said, not a failure
                    result = {"name": bench.__name__, "skipped": str(why)}
                    print(f"# {bench.__name__}: skipped: {why}", file=sys.stderr)
                except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
                    failed += 1
                    result = {"name": bench.__name__, "error": traceback.format_exc(limit=5)}
                print(json.dumps(result, ensure_ascii=False), flush=True)
                results.append(result)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    args.output.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    missed = [r["name"] for r in results if r.get("ok") is False]
    print(f"# {len(results)} benchmarks, {len(missed)} over budget{': ' + ', '.join(missed) if missed else ''}, "
          f"{failed} failed to run -> {args.output}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
