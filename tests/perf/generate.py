"""Deterministic large workspaces for the benchmarks, built once and cached.

``large``: 500 stores, three years of weekly inspections with a 60-item template, the last
60 days of opening and closing checklists, corrective actions for a share of the failed
items, a visit for every inspection plus the weekly rounds, and a photo on 10 % of the
failed items. ``region``: one year of the same activity for 50 stores (a laptop's share,
for the sync benchmark).

Everything goes through the app's own write paths (the org services, the template
import, ``capture.bulk_insert`` with its change log and audit chain), one transaction per
slice of stores so memory stays flat. Run directly to (re)build one:

    python -m tests.perf.generate large|region [--force]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import sys
import time as clock
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from PIL import Image
from sqlalchemy import select

from tests.perf.harness import CACHE

# 2: corrective actions raised when found (created_at), not when generated; 3: the demo's equipment register,
# acceptances, faults, opening projects and promotion plans (a month of the demo's own activity brings them),
# so that every list page of the benchmarks has rows
GENERATOR_VERSION = 3
TODAY = date(2026, 11, 2)  # a Monday: the data does not depend on the day it is built


@dataclass(frozen=True)
class Spec:
    stores: int
    years: int
    daily_days: int
    seed: int
    action_share: float = 0.3  # failed items that get a corrective action
    photo_share: float = 0.1  # failed items with a photo


SPECS = {
    "large": Spec(stores=500, years=3, daily_days=60, seed=11),
    "region": Spec(stores=50, years=1, daily_days=60, seed=12),
}
SLICE = 10  # stores per transaction


def bench_template_spec():  # noqa: ANN201
    """A 60-item inspection: six sections of ten, mostly pass/fail, ratings and a number, two veto items."""
    from opsdesk.templates_io import ItemSpec, SectionSpec, TemplateSpec

    topics = ["门店形象", "商品陈列", "食品安全", "收银服务", "仓储管理", "消防安全"]
    sections = []
    for s, topic in enumerate(topics):
        items = []
        for i in range(10):
            key = f"s{s + 1}_i{i + 1:02d}"
            text = f"{topic}检查项 {i + 1}：按标准执行并保持整洁"
            if i == 8:
                items.append(ItemSpec(key, text, f"{topic} item {i + 1}", "rating", scale=5, weight=2))
            elif i == 9 and s == 2:
                items.append(ItemSpec(key, "冷藏柜温度（℃）", "Chiller temperature", "number",
                                      min_value=Decimal(0), max_value=Decimal(8), unit="℃", weight=2))
            else:
                items.append(ItemSpec(key, text, f"{topic} item {i + 1}", "pass_fail",
                                      critical=(i == 0 and s in (2, 5)), photo_on_fail=(i % 3 == 0),
                                      action_title=f"整改：{topic}第 {i + 1} 项"))
        sections.append(SectionSpec(topic, f"Section {s + 1}", weight=1, items=tuple(items)))
    return TemplateSpec("bench_full", "inspection", "标准巡店（60 项）", "Full store inspection (60 items)",
                        sections=tuple(sections))


def _jpeg(rng: random.Random) -> bytes:
    """A small distinct photo (its bytes differ, so its sha256 does)."""
    img = Image.new("RGB", (96, 72), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    for _ in range(6):
        x, y = rng.randrange(96), rng.randrange(72)
        img.putpixel((x, y), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def build(path: Path, spec: Spec, progress=print) -> dict[str, int]:  # noqa: ANN001
    """Build the workspace at ``path`` (must not exist)."""
    import hashlib

    from opsdesk.db import Database
    from opsdesk.demo import build_demo
    from opsdesk.demo_activity import _actions, _RunWriter, _visits
    from opsdesk.models import (
        ActionEvent,
        Answer,
        Assignment,
        Attachment,
        AttachmentLink,
        ChecklistRun,
        CorrectiveAction,
        Store,
        Template,
        TemplateVersion,
        Visit,
    )
    from opsdesk.permissions import as_system
    from opsdesk.services import templates, workspace
    from opsdesk.services.context import AppContext
    from opsdesk.services.templates import _version_dto
    from opsdesk.sync.capture import bulk_insert

    started = clock.perf_counter()
    db = Database.open(path)
    # The generator's own connection settings: a big page cache for the random-key indexes, and
    # no fsync per slice (a failed build is thrown away and started again).
    from sqlalchemy import event

    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _fast(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.execute("PRAGMA cache_size=-2000000")
        dbapi_conn.execute("PRAGMA synchronous=OFF")

    ctx = AppContext(db)
    # One month of the demo's own activity (a few inspections a store) is what brings its equipment register,
    # acceptances, faults, opening projects and promotion plans; the years of inspections come below.
    build_demo(ctx, stores=spec.stores, seed=spec.seed, today=TODAY, months=1, daily_days=1)
    user = workspace.current_user(ctx)
    ctx.user_id = user.id if user else None
    full = templates.import_spec(as_system(ctx), bench_template_spec())  # the benchmark's own template: setup
    rng = random.Random(f"bench-{spec.seed}")  # not the demo's own sequence (its run ids would come again)
    photo_dir = db.attachments_dir
    counts = dict(runs=0, answers=0, actions=0, visits=0, photos=0)
    with ctx.read() as s:
        stores = [SimpleNamespace(id=r.id, status=r.status) for r in s.scalars(
            select(Store).where(Store.deleted.is_(False), Store.status != "preparing").order_by(Store.code))]
        people: dict[tuple[str, str], str] = {}
        for a in s.scalars(select(Assignment).where(Assignment.deleted.is_(False))):
            people.setdefault((a.store_id, a.role), a.user_id)

        def published(code: str):  # noqa: ANN202
            row = s.execute(select(TemplateVersion).join(Template, Template.id == TemplateVersion.template_id)
                            .where(Template.code == code, TemplateVersion.status == "published")).scalars().first()
            return _version_dto(s, row)

        versions = {code: published(code) for code in ("bench_full", "opening_check", "closing_check")}
    assert versions["bench_full"].id == full.id and len(full.items()) == 60
    start_day = TODAY - timedelta(days=364 * spec.years)
    for first in range(0, len(stores), SLICE):
        chunk = stores[first:first + SLICE]
        writer = _RunWriter(rng)
        for store in chunk:
            quality = rng.uniform(0.8, 0.97)
            supervisor = people.get((store.id, "supervisor"))
            manager = people.get((store.id, "manager"))
            day = start_day + timedelta(days=rng.randrange(0, 7))
            previous: set[str] = set()
            while day < TODAY:
                now = min(0.99, max(0.6, quality + rng.uniform(-0.08, 0.05)))
                previous = writer.add(versions["bench_full"], store.id, "routine", supervisor, day,
                                      time(rng.randint(9, 16), rng.randrange(0, 60)), now, previous)
                day += timedelta(days=7)
            if store.status == "open":
                for offset in range(spec.daily_days, 0, -1):
                    day = TODAY - timedelta(days=offset)
                    for code, run_type, hour in (("opening_check", "opening", 9), ("closing_check", "closing", 22)):
                        if rng.random() < 0.06:
                            continue
                        writer.add(versions[code], store.id, run_type, manager, day, time(hour, rng.randrange(0, 30)),
                                   min(0.995, quality + 0.1), set())
        visits = _visits(writer, rng, chunk, people, TODAY, start_day)
        photos, links = [], []
        for failure in writer.failures:
            if rng.random() >= spec.photo_share:
                continue
            data = _jpeg(rng)
            sha = hashlib.sha256(data).hexdigest()
            target = photo_dir / sha[:2] / sha
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            taken = datetime.combine(failure[0], time(12, 0))
            photos.append({"id": sha, "mime": "image/jpeg", "size": len(data), "width": 96, "height": 72,
                           "taken_at": taken, "original_name": f"IMG_{len(photos):05d}.jpg"})
            links.append({"id": writer.uid(), "attachment_id": sha, "owner_table": "answer", "owner_id": failure[4],
                          "purpose": "photo"})
        writer.failures = [f for f in writer.failures if rng.random() < spec.action_share]
        action_rows, event_rows = _actions(writer, rng, people, TODAY)
        with ctx.tx() as s:
            bulk_insert(s, Visit, visits)
            bulk_insert(s, ChecklistRun, writer.runs)
            bulk_insert(s, Answer, writer.answers)
            bulk_insert(s, Attachment, photos)
            bulk_insert(s, AttachmentLink, links)
            bulk_insert(s, CorrectiveAction, action_rows)
            bulk_insert(s, ActionEvent, event_rows)
        counts["runs"] += len(writer.runs)
        counts["answers"] += len(writer.answers)
        counts["actions"] += len(action_rows)
        counts["visits"] += len(visits)
        counts["photos"] += len(photos)
        done = min(first + SLICE, len(stores))
        progress(f"  {done}/{len(stores)} stores, {counts['answers']:,} answers, "
                 f"{clock.perf_counter() - started:.0f} s")
    db.close()
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("ANALYZE")  # the query planner's statistics, as a long-used workspace would have them
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return counts


def _files_of(path: Path) -> Path:
    return path.with_name(path.stem + ".files")  # the workspace's photo store (Database.attachments_dir)


def _schema_of(path: Path) -> str | None:
    from opsdesk.db import current_revision

    try:
        return current_revision(path)
    except Exception:  # noqa: BLE001 - a damaged or foreign file is no source
        return None


def cached_workspaces(kind: str) -> list[tuple[Path, str | None]]:
    """This generator version's finished workspaces of ``kind`` in the cache, with their schema revisions
    (``<kind>-v<generator>-<revision>.sqlite``; the older ``<kind>-v<generator>.sqlite`` too)."""
    found = []
    for done in sorted(CACHE.glob(f"{kind}-v{GENERATOR_VERSION}*.done")):
        path = done.with_suffix(".sqlite")
        tail = path.stem[len(f"{kind}-v{GENERATOR_VERSION}"):]
        if path.is_file() and (tail == "" or tail.startswith("-")):
            found.append((path, _schema_of(path)))
    return found


def _settle(path: Path) -> None:
    """Everything of ``path`` in the file itself (its write-ahead log checkpointed and gone), so that the file alone
    can be copied or renamed."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()  # the last connection of a WAL database removes its -wal and -shm files


def _copy_workspace(source: Path, target: Path) -> None:
    """``source`` and its photo store copied to ``target``: the database file copied (it is migrated next), the
    photos linked where the file system allows (stored photos are named by their content and never rewritten)."""
    tmp = target.with_name(target.name + ".part")
    shutil.copyfile(source, tmp)
    os.replace(tmp, target)
    photos, into = _files_of(source), _files_of(target)
    if photos.is_dir():
        shutil.rmtree(into, ignore_errors=True)
        shutil.copytree(photos, into, copy_function=_link_or_copy)


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def ensure_workspace(kind: str, *, force: bool = False) -> Path:
    """The cached workspace of ``kind`` at this code's schema, made when missing (or ``force``).

    Cached per generator version and schema revision (``<kind>-v<generator>-<revision>.sqlite`` in CACHE, outside
    the checkout, see ``harness.CACHE``): another clone's workspace of the same generator version at an earlier
    schema is copied and migrated (a minute) rather than generated again (the large one: about 25 minutes on two
    cores); one at a newer schema is left as it is for the clone that made it. A lock file keeps two runs from
    building the same one at once."""
    import fcntl

    from opsdesk.db import known_revisions, latest_migration_file, migrate

    spec = SPECS[kind]
    CACHE.mkdir(parents=True, exist_ok=True)
    schema = latest_migration_file()
    path = CACHE / f"{kind}-v{GENERATOR_VERSION}-{schema}.sqlite"
    done = path.with_suffix(".done")
    with open(CACHE / f"{kind}-v{GENERATOR_VERSION}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed
        if path.exists() and done.exists() and not force:
            migrate(path, backup=False)  # the same schema: nothing to do (a migration file edited in place: done)
            return path
        for old in (path, done, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            old.unlink(missing_ok=True)
        shutil.rmtree(_files_of(path), ignore_errors=True)
        known = known_revisions()
        sources = [(p, rev) for p, rev in cached_workspaces(kind) if p != path and rev in known]
        if sources and not force:
            source = max(sources, key=lambda found: found[1] or "")  # the nearest earlier schema
            _settle(source[0])
            if source[1] == schema:  # the same schema under the older name (no revision in it): renamed
                for suffix in (".sqlite", ".done"):
                    os.replace(source[0].with_suffix(suffix), path.with_suffix(suffix))
                if _files_of(source[0]).is_dir():
                    os.replace(_files_of(source[0]), _files_of(path))
                return path
            print(f"# copying the cached {kind} benchmark workspace {source[0].name} to {path.name} and migrating it",
                  file=sys.stderr, flush=True)
            _copy_workspace(source[0], path)
            migrate(path, backup=False)  # generated data: no backup copy of gigabytes before a new index
            done.write_text(source[0].with_suffix(".done").read_text())
            return path
        print(f"# generating the {kind} benchmark workspace ({spec}) into {path}", file=sys.stderr, flush=True)
        counts = build(path, spec, progress=lambda line: print(line, file=sys.stderr, flush=True))
        done.write_text(repr(counts) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=sorted(SPECS))
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    print(ensure_workspace(args.kind, force=args.force))
    return 0


if __name__ == "__main__":
    sys.exit(main())
