"""The randomized convergence scenario of the sync engine (tests/core/test_sync_converge.py, `make soak`).

One scenario per seed: a few workspaces that share one organisation edit offline through the
services and exchange packages in random pairs (relays and bundles included), then settle with
full-mesh rounds; then the checks:

1. every replica holds the same synced data (``diverged``);
2. no valid package was refused (``refused``), nothing crashed (``crash``), settling ends (``unsettled``);
3. every run's stored score, and every scored answer's points, are what its answers give (``score``,
   ``answer-points``);
4. every signed run still matches its signatures (``signature``);
5. a value that lost to a concurrent edit is kept in ``sync_conflict`` somewhere (``lost-write``).

Determinism: every choice comes from ``random.Random(seed)`` and objects are picked from lists
kept in creation order (never sorted by their random ids). The workspaces' clocks are replaced by
one simulated wall clock (``SimClock``) that hands out distinct milliseconds in call order, with
a per-seed skew per workspace, so the HLC order of the edits is the same at every replay. The
base workspaces are numbered by node id, so a tie between two nodes' clocks breaks the same way
in every session although the node keys are new each time.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select
from sync_helpers import stored_rows
from test_sync import open_ctx

from opsdesk.db import Database
from opsdesk.errors import OpsDeskError, SyncError
from opsdesk.models import Base, ChecklistRun, CorrectiveAction, Store, Synced, Visit
from opsdesk.scoring import SCORED_TYPES, Response, score_item
from opsdesk.services import actions, org, runs, signatures, sync, templates, visits
from opsdesk.services.context import AppContext
from opsdesk.sync.codec import decode, dumps
from opsdesk.sync.hlc import HybridClock

N_REPLICAS = 3
MIN_STEPS, MAX_STEPS = 30, 50
MAX_RUNS = 8  # runs started per scenario (corrections not counted): keeps hot spots hot
SETTLE_ROUNDS = 6
REPLAY = "OPSDESK_SOAK_FIRST={seed} OPSDESK_SOAK_SEEDS=1 make soak"
# A workspace is a SQLite file (a Path) or, for the head office of the cross-backend test
# (test_sync_converge_pg.py), a database of the test's PostgreSQL cluster (its URL, a str).
Where = Path | str
STROKES = [[[0, 0, 0], [10, 10, 0.1]]]
# Derived or bookkeeping fields: never asked to have a conflict record (check 5).
NOT_A_WRITE = frozenset({"score", "max_score", "percent", "grade", "critical_failed", "points", "max_points",
                         "failed", "updated_at", "created_at", "origin_node"})
# Columns left out of the replica comparison (check 1). Empty: replicas must agree on every
# column, bookkeeping (updated_at, created_at, origin_node) included. ``updated_at`` is "the HLC
# of the last change" (models/base.py): after settling every replica holds the same changes, so
# it must agree too. A row that differs in ``updated_at`` only is reported as its own kind
# (``diverged-updated_at``), apart from data divergence.
NOT_COMPARED: frozenset[str] = frozenset()

SYNCED_MODELS: dict[str, type] = {m.local_table.name: m.class_ for m in Base.registry.mappers
                                  if issubclass(m.class_, Synced)}
SYNCED_TABLES = sorted(SYNCED_MODELS)

# A tiny inspection template: every answer kind the scenario drives, optional items included.
# Every workspace installs it on its own the way the shipped library is installed (same clock,
# ids and change ids everywhere), so the scenario does not depend on templates travelling.
TINY_TEMPLATE = {
    "format": "opsdesk-template", "format_version": 1, "code": "soak_tiny", "kind": "inspection",
    "title": "同步浸泡巡检", "title_en": "Sync soak inspection",
    "grade_bands": [{"grade": "A", "min": 90}, {"grade": "B", "min": 70}, {"grade": "C", "min": 0}],
    "sections": [
        {"title": "卫生", "title_en": "Hygiene", "weight": 1, "items": [
            {"key": "floor_clean", "text": "地面清洁", "type": "pass_fail", "weight": 2, "photo_on_fail": True},
            {"key": "fire_exit", "text": "消防通道畅通", "type": "yes_no", "weight": 1, "critical": True},
            {"key": "service", "text": "服务态度", "type": "rating", "scale": 5, "weight": 2},
        ]},
        {"title": "陈列", "title_en": "Display", "weight": 2, "items": [
            {"key": "fridge_temp", "text": "冷柜温度", "type": "number", "min": 0, "max": 5, "unit": "°C",
             "required": False},
            {"key": "display", "text": "陈列整齐", "type": "choice", "required": False, "options": [
                {"label": "好", "points": 2}, {"label": "一般", "points": 1}, {"label": "差", "points": 0, "fails": True}]},
            {"key": "remark", "text": "其他说明", "type": "text", "required": False},
            {"key": "shelf_photo", "text": "货架照片", "type": "photo", "required": False},
        ]},
    ],
}
VALUES: dict[str, list[Any]] = {
    "pass_fail": ["pass", "fail"], "yes_no": ["yes", "no"], "rating": [0, 1, 2, 3, 4, 5],
    "number": ["1.5", "4", "7.25"], "choice": [0, 1, 2], "text": ["正常", "需要清洁", "已整改"],
}
NOTES = ["", "已拍照", "店长已知悉", "下次复查", "灯管损坏"]
STORE_NAMES = ["人民路店", "南京路店", "淮海路店", "中山路店"]
PHONES = ["021-5555", "021-6666", "0571-8888"]
ADDRESSES = ["一楼", "二楼东侧", "B1 层"]
PHOTO_COLORS = [(200, 30, 30), (30, 160, 60), (40, 60, 200)]


# ---------------------------------------------------------------- base workspaces (once per session)


@dataclass(frozen=True)
class ItemInfo:
    id: str
    key: str
    answer_type: str
    required: bool
    photo_on_fail: bool


@dataclass(frozen=True)
class BaseWorkspaces:
    """N workspaces that share the org and the tiny template, closed, numbered by node id."""

    paths: tuple[Where, ...]
    node_ids: tuple[str, ...]
    users: dict[str, str]  # admin, sup1, sup2, mgr1, mgr2 -> user id
    user_names: dict[str, str]
    region_id: str
    store_ids: tuple[str, ...]
    template_id: str
    items: tuple[ItemInfo, ...]
    clock_floor_ms: int  # above every HLC the base files hold


def files_dir(path: Path) -> Path:
    """A workspace's photo folder (``Database.attachments_dir``: ``<name>.files`` beside the file)."""
    return path.with_name(path.stem + ".files")


class Servers:
    """The head office's databases on a PostgreSQL cluster (tests/pg_cluster.PgCluster): a new empty one, or
    a copy of a closed one (``CREATE DATABASE ... TEMPLATE``, node identity included), each with its photo
    folder beside the scenario's files (``files_for``)."""

    def __init__(self, cluster: Any, folder: Path) -> None:  # noqa: ANN401
        self.cluster = cluster
        self.folder = folder
        self.files: dict[str, Path] = {}

    def new(self, name: str) -> str:
        url = self.cluster.url(self.cluster.create_database())
        self.files[url] = self.folder / f"{name}.files"
        return url

    def copy(self, src: str, name: str, folder: Path) -> str:
        url = self.cluster.url(self.cluster.create_database(template=src.rsplit("/", 1)[1]))
        self.files[url] = folder / f"{name}.files"
        if self.files[src].is_dir():
            shutil.copytree(self.files[src], self.files[url])
        return url

    def open(self, url: str) -> Database:
        return Database.open(url, files_dir=self.files[url])


def open_workspace(path: Where, servers: Servers | None = None, *, builtin: bool = False) -> AppContext:
    if isinstance(path, str):
        assert servers is not None, "a server workspace needs its Servers"
        ctx = AppContext(servers.open(path))
        if builtin:
            from opsdesk.services import workspace

            workspace.prepare(ctx)
        return ctx
    return open_ctx(path, builtin=builtin)


def query_rows(path: Where, sql: str) -> list[tuple]:
    """Rows of a read query on a closed or open workspace, through a plain read-only connection."""
    if isinstance(path, str):
        import psycopg

        with psycopg.connect(path) as conn:
            return [tuple(r) for r in conn.execute(sql).fetchall()]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in conn.execute(sql).fetchall()]
    finally:
        conn.close()


def copy_workspace(src: Path, dst: Path) -> None:
    """A closed workspace is its SQLite file (plus WAL leftovers, if any) and its photo folder."""
    shutil.copyfile(src, dst)
    for suffix in ("-wal", "-shm"):
        extra = src.with_name(src.name + suffix)
        if extra.exists():
            shutil.copyfile(extra, dst.with_name(dst.name + suffix))
    if files_dir(src).is_dir():
        shutil.copytree(files_dir(src), files_dir(dst))


def _max_hlc(path: Where) -> str | None:
    return query_rows(path, "SELECT max(hlc) FROM change_log WHERE node_id != 'builtin'")[0][0]


def _plain_exchange(src: AppContext, dst: AppContext, folder: Path, name: str) -> None:
    """The replicas' own plumbing, as system work (who may export, import and trust is tests/core/test_permissions)."""
    from opsdesk.permissions import as_system

    src, dst = as_system(src), as_system(dst)
    known = {p.node_id for p in sync.peers(src)}
    target = dst.db.node.node_id if dst.db.node.node_id in known else None
    path = folder / f"{name}.opsync"
    sync.export_package(src, path, to_node=target)
    sync.import_package(dst, path, trust=True)
    path.unlink()


def build_base(folder: Path, n: int = N_REPLICAS, servers: Servers | None = None) -> BaseWorkspaces:
    """Create ``n`` workspaces with the built-in templates and the tiny one; the first (head
    office) makes a region, users and stores; packages then go everywhere so all share them.
    With ``servers`` the head office is a PostgreSQL database, the others SQLite files."""
    folder.mkdir(parents=True, exist_ok=True)
    library = folder / "library"  # the tiny template, installed like a shipped one (see TINY_TEMPLATE)
    library.mkdir()
    (library / "soak_tiny.json").write_text(json.dumps(TINY_TEMPLATE, ensure_ascii=False), encoding="utf-8")
    made = []
    for k in range(n):
        path: Where = servers.new(f"candidate{k}") if servers is not None and k == 0 else folder / f"candidate{k}.sqlite"
        ctx = open_workspace(path, servers, builtin=True)
        templates.install_builtin(ctx, library)
        made.append((ctx.db.node.node_id, path))
        ctx.db.close()
    made.sort(key=lambda m: m[0])  # slot order = node id order: HLC ties between nodes break alike every session
    paths = tuple(p for _n, p in made)
    ctxs = [open_workspace(p, servers) for p in paths]
    try:
        hq = next((c for c, p in zip(ctxs, paths) if isinstance(p, str)), ctxs[0])  # the server, if there is one
        admin = org.create_user(hq, org.UserInput(username="admin", name="总部管理员", role="head_office"))
        hq.user_id = admin.id
        region = org.save_region(hq, "华东", "EAST")
        users = {"admin": admin.id}
        names = {"admin": admin.name}
        for key, username, name, role in (("sup1", "sup.li", "李督导", "supervisor"),
                                          ("sup2", "sup.wang", "王督导", "supervisor"),
                                          ("mgr1", "mgr.zhao", "赵店长", "store_manager"),
                                          ("mgr2", "mgr.qian", "钱店长", "store_manager")):
            user = org.create_user(hq, org.UserInput(username=username, name=name, role=role))
            users[key], names[key] = user.id, user.name
        stores = []
        for k in range(3):
            stores.append(org.create_store(hq, org.StoreInput(
                code=f"S{k + 1:03d}", name=STORE_NAMES[k], region_id=region.id, opened_on=date(2024, 1, 1),
                manager_id=users[f"mgr{k % 2 + 1}"], supervisor_id=users[f"sup{k % 2 + 1}"])).id)
        # every supervisor and manager looks after every store, so that the steps any of them takes anywhere
        # stay allowed by the permission table (who may do what is tests/core/test_permissions)
        for key, username, name, role in (("sup1", "sup.li", "李督导", "supervisor"),
                                          ("sup2", "sup.wang", "王督导", "supervisor"),
                                          ("mgr1", "mgr.zhao", "赵店长", "store_manager"),
                                          ("mgr2", "mgr.qian", "钱店长", "store_manager")):
            org.update_user(hq, users[key], org.UserInput(username=username, name=name, role=role,
                                                          store_ids=tuple(stores)))
        tiny = templates.template_by_code(hq, TINY_TEMPLATE["code"])
        version = templates.published_version(hq, tiny.id)
        items = tuple(ItemInfo(i.id, i.key, i.answer_type, i.required, i.photo_on_fail) for i in version.items())
        counter = 0
        for _round in range(2):  # everyone knows everyone, with acknowledgements in place
            for i in range(n):
                for j in range(n):
                    if i != j:
                        counter += 1
                        _plain_exchange(ctxs[i], ctxs[j], folder, f"base{counter}")
    finally:
        for ctx in ctxs:
            ctx.db.close()
    floor = max(int(h[:15]) for h in (_max_hlc(p) for p in paths) if h)
    return BaseWorkspaces(paths, tuple(n for n, _p in made), users, names, region.id, tuple(stores),
                          version.template_id, items, floor)


# ---------------------------------------------------------------- the simulated clock


class SimClock:
    """One wall clock for all workspaces of a scenario: every reading is a new millisecond
    (``ticks * n + slot``: distinct across workspaces), plus the workspace's skew (a multiple of ``n``)."""

    def __init__(self, start_ms: int, n: int, skews: list[int]) -> None:
        self.start, self.n, self.skews = start_ms, n, skews
        self.ticks = 0

    def wall_for(self, slot: int) -> Callable[[], int]:
        def wall() -> int:
            self.ticks += 1
            return self.start + self.ticks * self.n + slot + self.skews[slot] * self.n

        return wall


# ---------------------------------------------------------------- the scenario


@dataclass
class RunRef:
    id: str
    label: str
    corrects: str | None = None


@dataclass
class Outcome:
    seed: int
    trace: list[str]
    violations: list[str]
    stats: Counter
    replay: str = REPLAY

    def kinds(self) -> list[str]:
        return sorted({v.split("]", 1)[0].lstrip("[") for v in self.violations})

    def report(self, *, steps: bool = True, limit: int = 12) -> str:
        """Every violation (up to ``limit``) and, with ``steps``, what each step did."""
        head = (f"seed={self.seed}: {len(self.violations)} violation(s) of the sync convergence checks "
                f"({', '.join(self.kinds())}); replay: {self.replay.format(seed=self.seed)}")
        shown = self.violations[:limit]
        more = [f"... and {len(self.violations) - limit} more"] if len(self.violations) > limit else []
        tail = ["steps (ws->ws: changes/applied/conflicts of the package):", *("  " + t for t in self.trace)]
        return "\n".join([head, *shown, *more, *(tail if steps else [])])

    def brief(self, width: int = 300) -> str:
        """The head line and the first violation of each kind, one line each (for long soaks)."""
        first: dict[str, str] = {}
        for v in self.violations:
            first.setdefault(v.split("]", 1)[0], v.splitlines()[0])
        lines = [v if len(v) <= width else v[: width - 3] + "..." for v in first.values()]
        return "\n".join([self.report(steps=False, limit=0).splitlines()[0], *("  " + line for line in lines)])


class World:
    """The replicas of one scenario and what the test knows about them (in creation order)."""

    def __init__(self, seed: int, base: BaseWorkspaces, folder: Path, servers: Servers | None = None) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.base = base
        self.folder = folder
        self.n = len(base.paths)
        self.trace: list[str] = []
        self.violations: list[str] = []
        self.stats: Counter = Counter()
        self.step = "setup"
        self.packages = 0
        self.refused: dict[tuple, list] = {}  # (src, dst, error) -> [violation index, times, last step]
        self.diverged_rows: set[tuple[str, str]] = set()  # (table, row id) not alike on every replica
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "packages").mkdir(exist_ok=True)
        self.paths: list[Where] = []
        for i, src in enumerate(base.paths):
            if isinstance(src, str):
                self.paths.append(servers.copy(src, f"ws{i}", folder))
            else:
                self.paths.append(folder / f"ws{i}.sqlite")
                copy_workspace(src, self.paths[-1])
        skewed = self.rng.random() < 0.5
        skews = [self.rng.choice((-200, -80, 0, 0, 80, 200)) if skewed else 0 for _ in range(self.n)]
        self.clock = SimClock(base.clock_floor_ms + 60_000, self.n, skews)
        self.ctxs: list[AppContext] = []
        try:
            for slot, path in enumerate(self.paths):
                ctx = open_workspace(path, servers)
                self.ctxs.append(ctx)
                assert ctx.db.node.node_id == base.node_ids[slot], "a copied workspace keeps its node identity"
                assert isinstance(ctx.db.clock, HybridClock), "Database.clock is no longer a HybridClock"
                ctx.db.clock = HybridClock(ctx.db.node.node_id, _max_hlc(path), wall=self.clock.wall_for(slot))
        except BaseException:
            self.close()
            raise
        self.stores = list(base.store_ids)
        self.store_labels = {sid: f"S{k + 1:03d}" for k, sid in enumerate(base.store_ids)}
        self.runs: list[RunRef] = []
        self._row_labels: dict[str, str] = {}
        self.actions: list[str] = []
        self.visits: list[str] = []
        self.codes = 0
        self.minutes = 0
        self.photos = []
        for k, color in enumerate(PHOTO_COLORS):  # the same bytes everywhere: the same attachment row
            path = folder / f"photo{k}.png"
            Image.new("RGB", (8, 8), color).save(path)
            self.photos.append(path)
        self.items = base.items
        self.answerable = [i for i in base.items if i.answer_type in VALUES]  # all but the photo item

    def close(self) -> None:
        for ctx in self.ctxs:
            ctx.db.close()

    def count_refusals(self) -> None:
        """A refused package is refused again at every later try: one violation, with the count."""
        for index, times, last in self.refused.values():
            if times > 1:
                self.violations[index] += f" (refused {times} times, the last at {last})"

    # ------------------------------------------------ recording

    def note(self, text: str) -> None:
        self.trace[-1] += " " + text

    def violation(self, kind: str, text: str) -> None:
        self.violations.append(f"[{kind}] seed={self.seed} {text}")

    def call(self, label: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One service call: an OpsDeskError (not allowed in this state) skips it, as a user would be told."""
        try:
            result = fn(*args, **kwargs)
        except SyncError:
            raise
        except OpsDeskError as exc:
            self.note(f"{label}:skip({type(exc).__name__})")
            return None
        self.note(f"{label}:ok")
        return result

    # ------------------------------------------------ labels for messages (ids are random per session)

    def label(self, table: str, row_id: str) -> str:
        if table == "store" and row_id in self.store_labels:
            return f"store {self.store_labels[row_id]}"
        if table in ("checklist_run", "answer"):
            if len(self._row_labels) != len(self.runs) * (1 + len(self.items)):
                self._row_labels = {ref.id: ref.label for ref in self.runs}
                self._row_labels.update({runs.answer_id(ref.id, item.id): f"answer {ref.label}/{item.key}"
                                         for ref in self.runs for item in self.items})
            if row_id in self._row_labels:
                return self._row_labels[row_id]
        if table == "corrective_action" and row_id in self.actions:
            return f"action#{self.actions.index(row_id) + 1}"
        if table == "visit" and row_id in self.visits:
            return f"visit#{self.visits.index(row_id) + 1}"
        return f"{table} {row_id[:8]}"

    def moment(self) -> datetime:
        """A visit time: later at every call, in the past, the same at every replay."""
        self.minutes += 7
        return datetime(2024, 3, 4, 8, 0) + timedelta(minutes=self.minutes)

    def humanize(self, text: str) -> str:
        """An engine message with the ids this scenario made followed by their labels."""
        known = [(ref.id, ref.label) for ref in self.runs] + list(self.store_labels.items()) + [
            (a, self.label("corrective_action", a)) for a in self.actions] + [
            (v, self.label("visit", v)) for v in self.visits]
        for row_id, label in known:
            text = text.replace(row_id, f"{row_id[:8]}({label})")
        return text

    def ws(self, node_id: str | None) -> str:
        return f"ws{self.base.node_ids.index(node_id)}" if node_id in self.base.node_ids else str(node_id)

    # ------------------------------------------------ what a replica holds

    def live(self, r: int, model: type, ids: list[str]) -> list[str]:
        with self.ctxs[r].read() as s:  # one query, not a load per row: the scenario asks at every step
            held = set(s.scalars(select(model.id).where(model.id.in_(ids), model.deleted.is_(False)))) if ids else set()
        return [i for i in ids if i in held]

    def runs_on(self, r: int, statuses: tuple[str, ...]) -> list[RunRef]:
        if not self.runs:
            return []
        with self.ctxs[r].read() as s:
            held = set(s.scalars(select(ChecklistRun.id).where(
                ChecklistRun.id.in_([ref.id for ref in self.runs]), ChecklistRun.deleted.is_(False),
                ChecklistRun.status.in_(statuses))))
        return [ref for ref in self.runs if ref.id in held]

    def act_as(self, r: int, who: str) -> AppContext:
        ctx = self.ctxs[r]
        ctx.user_id = self.base.users[who]
        return ctx

    # ------------------------------------------------ exchanges

    def exchange(self, src: int, dst: int, *, full: bool = False) -> sync.ImportResult | None:
        """Export from ``src`` for ``dst`` (incremental once known, or everything) and import it.
        A refused package is a failure of the engine (check 2), recorded with the step."""
        from opsdesk.permissions import as_system

        # the transport between the laptops, as system work (who may export and import: test_permissions)
        s, d = as_system(self.ctxs[src]), as_system(self.ctxs[dst])
        known = {p.node_id for p in sync.peers(s)}
        target = d.db.node.node_id if d.db.node.node_id in known else None
        self.packages += 1
        path = self.folder / "packages" / f"p{self.packages:05d}.opsync"
        how = "full" if full or target is None else "incremental"
        self.stats["packages"] += 1
        try:
            sync.export_package(s, path, to_node=target, full=full)
            result = sync.import_package(d, path, trust=True)
        except SyncError as exc:
            self.stats["refusals"] += 1
            self.note(f"ws{src}->ws{dst}:REFUSED")
            key = (src, dst, type(exc).__name__, str(exc))
            if key in self.refused:
                self.refused[key][1:] = [self.refused[key][1] + 1, self.step]
            else:
                self.refused[key] = [len(self.violations), 1, self.step]
                self.violation("refused", f"{self.step}: the {how} package ws{src}->ws{dst} was refused: "
                                          f"{type(exc).__name__}: {self.humanize(str(exc))}")
            return None
        except Exception as exc:  # noqa: BLE001 - any other error is a crash of the engine
            self.stats["crashes"] += 1
            self.note(f"ws{src}->ws{dst}:CRASH")
            self.violation("crash", f"{self.step}: exchange ws{src}->ws{dst} ({how}) raised "
                                    f"{type(exc).__name__}: {self.humanize(str(exc))}\n{_short_tb(exc)}")
            return None
        finally:
            path.unlink(missing_ok=True)
        self.stats["conflicts"] += result.conflicts
        self.note(f"ws{src}->ws{dst}{'(full)' if full else ''}:{result.changes}/{result.applied}/{result.conflicts}")
        return result


def _short_tb(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)[-4:]
    return "".join(traceback.format_list(frames)).rstrip()


# ---------------------------------------------------------------- edit steps (through the services)


def _somewhere(w: World, r: int, find: Callable[[int], list]) -> tuple[int, list]:
    """The candidates on ``r``, or else on the next workspace (in order) that has some: a step
    that has nothing to work on where it was drawn moves to where there is something."""
    for k in range(w.n):
        here = (r + k) % w.n
        found = find(here)
        if found:
            return here, found
    return r, []


def _value(w: World, item: ItemInfo, avoid: Any = None) -> Any:
    choices = [v for v in VALUES[item.answer_type] if v != avoid]
    return w.rng.choice(choices)


def step_store_create(w: World, r: int) -> None:
    w.codes += 1
    code = f"N{w.codes:02d}"
    ctx = w.act_as(r, "admin")
    dto = w.call("create_store", org.create_store, ctx, org.StoreInput(
        code=code, name=f"新店{w.codes}", region_id=w.base.region_id, opened_on=date(2025, 1, 1),
        manager_id=w.base.users[w.rng.choice(("mgr1", "mgr2"))], supervisor_id=w.base.users["sup1"]))
    if dto is not None:
        w.stores.append(dto.id)
        w.store_labels[dto.id] = code


def step_store_edit(w: World, r: int) -> None:
    live = w.live(r, Store, w.stores)
    if not live:
        return w.note("no-store")
    store_id = w.rng.choice(live)
    ctx = w.act_as(r, "admin")
    what = w.rng.choice(("name", "name", "phone", "address", "status", "reactivate"))
    w.note(f"{w.store_labels[store_id]}.{what}")
    if what == "status":
        w.call("set_store_status", org.set_store_status, ctx, store_id, w.rng.choice(("open", "suspended", "closed")))
    elif what == "reactivate":
        w.call("reactivate_store", org.reactivate_store, ctx, store_id)
    else:
        dto = org.get_store(ctx, store_id)
        value = w.rng.choice({"name": STORE_NAMES, "phone": PHONES, "address": ADDRESSES}[what])
        data = org.StoreInput(code=dto.code, name=dto.name, region_id=dto.region_id, kind=dto.kind, status=dto.status,
                              address=dto.address, phone=dto.phone, opened_on=dto.opened_on,
                              manager_id=dto.manager_id, supervisor_id=dto.supervisor_id)
        w.call("update_store", org.update_store, ctx, store_id, replace(data, **{what: value}))


def step_store_delete(w: World, r: int) -> None:
    """No service deletes a store (the UI closes it): the tombstone is set with the ORM in a
    captured transaction, the way a future service would (never raw SQL)."""
    live = w.live(r, Store, w.stores[1:])  # S001 stays: there is always a store to inspect
    if not live:
        return w.note("no-store")
    store_id = w.rng.choice(live)
    w.note(w.store_labels[store_id])
    with w.act_as(r, "admin").tx() as s:
        s.get(Store, store_id).deleted = True
    w.note("tombstone:ok")


def step_run_start(w: World, r: int) -> None:
    live = w.live(r, Store, w.stores)
    if len([ref for ref in w.runs if ref.corrects is None]) >= MAX_RUNS or not live:
        return w.note("cap")
    store_id = w.rng.choice(live)
    ctx = w.act_as(r, w.rng.choice(("sup1", "sup2")))
    summary = w.call("start_run", runs.start_run, ctx, store_id, w.base.template_id, "routine",
                     business_date=date(2026, 3, 1) + timedelta(days=len(w.runs)))
    if summary is None:
        return None
    ref = RunRef(summary.id, f"run#{len(w.runs) + 1}")
    w.runs.append(ref)
    w.note(f"{ref.label}@{w.store_labels[store_id]}")
    if w.rng.random() < 0.8:  # shared at once, so others can answer it too
        w.exchange(r, w.rng.choice([i for i in range(w.n) if i != r]))
    return None


def _answer(w: World, r: int, ref: RunRef, item: ItemInfo, avoid: Any = None) -> Any:
    ctx = w.act_as(r, w.rng.choice(("sup1", "sup2")))
    if w.rng.random() < 0.1:
        w.note(f"ws{r}:{ref.label}/{item.key}=N/A")
        w.call("set_answer", runs.set_answer, ctx, ref.id, item.id, na=True)
        return "N/A"
    value = _value(w, item, avoid)
    w.note(f"ws{r}:{ref.label}/{item.key}={value}")
    w.call("set_answer", runs.set_answer, ctx, ref.id, item.id, value, allow_out_of_range=True)  # 7.25 of 0-5
    return value


def step_answer(w: World, r: int) -> None:
    r, drafts = _somewhere(w, r, lambda i: w.runs_on(i, ("draft",)))
    if not drafts:
        return w.note("no-draft")
    _answer(w, r, w.rng.choice(drafts), w.rng.choice(w.answerable))
    return None


def _shared_drafts(w: World) -> list[tuple[RunRef, list[int]]]:
    holders: dict[str, list[int]] = defaultdict(list)
    for r in range(w.n):
        for ref in w.runs_on(r, ("draft",)):
            holders[ref.id].append(r)
    return [(ref, holders[ref.id]) for ref in w.runs if len(holders.get(ref.id, ())) >= 2]


def step_concurrent_answer(w: World, _r: int) -> None:
    """Two (or three) workspaces answer the SAME item of the same run offline, with different
    values; the answer row's id derives from run and item, so the edits meet in one row. Often
    relayed at once, so one package carries two versions (two inserts) of that row."""
    shared = _shared_drafts(w)
    if not shared:
        return w.note("no-shared-draft")
    ref, holders = w.rng.choice(shared)
    who = w.rng.sample(holders, 3 if len(holders) >= 3 and w.rng.random() < 0.3 else 2)
    item = w.rng.choice(w.answerable)
    last = None
    for r in who:
        last = _answer(w, r, ref, item, avoid=last)
    if w.rng.random() < 0.5:  # relay: who[0] -> who[1] -> a third one (bundles both versions)
        third = [i for i in range(w.n) if i not in who[:2]]
        w.exchange(who[0], who[1])
        if third:
            w.exchange(who[1], w.rng.choice(third))
    return None


def step_note(w: World, r: int) -> None:
    r, drafts = _somewhere(w, r, lambda i: w.runs_on(i, ("draft",)))
    if not drafts:
        return w.note("no-draft")
    ref = w.rng.choice(drafts)
    optional = [i for i in w.items if not i.required]
    item = w.rng.choice(optional if w.rng.random() < 0.5 else list(w.items))
    note = w.rng.choice(NOTES)
    w.note(f"ws{r}:{ref.label}/{item.key}.note={note!r}")
    w.call("set_note", runs.set_note, w.act_as(r, "sup1"), ref.id, item.id, note)
    return None


def step_concurrent_note(w: World, _r: int) -> None:
    shared = _shared_drafts(w)
    if not shared:
        return w.note("no-shared-draft")
    ref, holders = w.rng.choice(shared)
    item = w.rng.choice(list(w.items))
    notes = w.rng.sample(NOTES, 2)
    for r, note in zip(w.rng.sample(holders, 2), notes, strict=True):
        w.note(f"ws{r}:{ref.label}/{item.key}.note={note!r}")
        w.call("set_note", runs.set_note, w.act_as(r, "sup2"), ref.id, item.id, note)
    return None


def step_photo(w: World, r: int) -> None:
    r, drafts = _somewhere(w, r, lambda i: w.runs_on(i, ("draft",)))
    if not drafts:
        return w.note("no-draft")
    ref = w.rng.choice(drafts)
    item = w.rng.choice([i for i in w.items if i.answer_type == "photo" or i.photo_on_fail])
    k = w.rng.randrange(len(w.photos))
    w.note(f"ws{r}:{ref.label}/{item.key}+photo{k}")
    w.call("add_photo", runs.add_photo, w.act_as(r, "sup1"), ref.id, item.id, w.photos[k])
    return None


def _finish(w: World, r: int, ref: RunRef) -> None:
    """Answer what completion still needs (required items, photos of failed items), then complete."""
    ctx = w.act_as(r, "sup1")
    for _pass in range(2):  # an item answered "fail" on the first pass may then need its photo
        for missing in runs.missing_items(ctx, ref.id):
            item = next(i for i in w.items if i.id == missing.item_id)
            if missing.reason == "photo_required":
                w.call("add_photo", runs.add_photo, ctx, ref.id, item.id, w.photos[w.rng.randrange(len(w.photos))])
            else:
                w.call("set_answer", runs.set_answer, ctx, ref.id, item.id, _value(w, item), allow_out_of_range=True)
    w.call("complete", runs.complete, ctx, ref.id)


def step_complete(w: World, r: int) -> None:
    r, drafts = _somewhere(w, r, lambda i: w.runs_on(i, ("draft",)))
    if not drafts:
        return w.note("no-draft")
    ref = w.rng.choice(drafts)
    w.note(f"ws{r}:{ref.label}")
    _finish(w, r, ref)
    return None


def step_sign(w: World, r: int) -> None:
    r, done = _somewhere(w, r, lambda i: w.runs_on(i, ("completed",)))
    if not done:
        return w.note("no-completed")
    ref = w.rng.choice(done)
    roles = w.rng.choice((("supervisor", "store_manager"), ("supervisor", "store_manager"), ("supervisor",),
                          ("store_manager",)))
    w.note(f"ws{r}:{ref.label}")
    for role in roles:
        who = "sup1" if role == "supervisor" else "mgr1"
        w.call(f"sign_{role}", signatures.sign_run, w.act_as(r, who), ref.id, role, w.base.user_names[who],
               STROKES, signer_id=w.base.users[who])
    return None


def step_correct(w: World, r: int) -> None:
    r, signed = _somewhere(w, r, lambda i: w.runs_on(i, ("signed",)))
    if not signed:
        return w.note("no-signed")
    old = w.rng.choice(signed)
    new_id = w.call("correct_run", signatures.correct_run, w.act_as(r, "sup1"), old.id)
    if new_id is None:
        return None
    ref = RunRef(new_id, f"run#{len(w.runs) + 1}", corrects=old.id)
    w.runs.append(ref)
    w.note(f"ws{r}:{ref.label}corrects{old.label}")
    if w.rng.random() < 0.7:
        _answer(w, r, ref, w.rng.choice(w.answerable))
        _finish(w, r, ref)
    return None


def step_discard(w: World, r: int) -> None:
    r, drafts = _somewhere(w, r, lambda i: w.runs_on(i, ("draft",)))
    if not drafts:
        return w.note("no-draft")
    ref = w.rng.choice(drafts)
    w.note(f"ws{r}:{ref.label}")
    w.call("discard", runs.discard, w.act_as(r, "sup1"), ref.id)
    return None


def step_action_create(w: World, r: int) -> None:
    done = w.runs_on(r, ("completed", "signed"))
    ctx = w.act_as(r, "sup1")
    if done and w.rng.random() < 0.5:
        ref = w.rng.choice(done)
        proposals = actions.propose_from_run(ctx, ref.id)
        w.note(f"from {ref.label}: {len(proposals)} proposal(s)")
        if proposals:
            made = w.call("create_from_proposals", actions.create_from_proposals, ctx, proposals[:2])
            w.actions.extend(a.id for a in made or ())
        return None
    live = w.live(r, Store, w.stores)
    if not live:
        return w.note("no-store")
    store_id = w.rng.choice(live)
    made = w.call("create_action", actions.create_action, ctx, actions.ActionInput(
        store_id=store_id, title=w.rng.choice(("更换灯管", "清理仓库", "补齐价签")), due_on=date(2026, 3, 10),
        priority=w.rng.choice(("normal", "high")), assignee_id=w.base.users["mgr1"]))
    if made is not None:
        w.actions.append(made.id)
    return None


def step_action_change(w: World, r: int) -> None:
    r, live = _somewhere(w, r, lambda i: w.live(i, CorrectiveAction, w.actions))
    if not live:
        return w.note("no-action")
    action_id = w.rng.choice(live)
    w.note(f"ws{r}:{w.label('corrective_action', action_id)}")
    dto = actions.get_action(w.ctxs[r], action_id)
    if w.rng.random() < 0.3:
        data = actions.ActionInput(store_id=dto.store_id, title=dto.title, due_on=dto.due_on,
                                   description=dto.description, priority=dto.priority, assignee_id=dto.assignee_id)
        what = w.rng.choice(("title", "priority", "due_on"))
        value = {"title": w.rng.choice(("更换灯管（加急）", "清理仓库通道")), "priority": w.rng.choice(("urgent", "normal")),
                 "due_on": date(2026, 3, w.rng.randint(11, 20))}[what]
        w.call(f"update_{what}", actions.update_action, w.act_as(r, "sup2"), action_id, replace(data, **{what: value}))
        return None
    targets = actions.TRANSITIONS.get(dto.status, ())
    if not targets:
        return w.note(f"closed({dto.status})")
    target = w.rng.choice(targets)
    supervisor_step = target in actions.SUPERVISOR_STEPS
    who = ("sup1" if supervisor_step else "mgr1") if w.rng.random() < 0.9 else ("mgr1" if supervisor_step else "sup1")
    w.call(f"->{target}", actions.transition, w.act_as(r, who), action_id, target,
           "原因说明" if target in actions.NEEDS_NOTE else "", fix_note="已处理" if target == "submitted" else None)
    return None


def step_visit(w: World, r: int) -> None:
    live = w.live(r, Visit, w.visits)
    ctx = w.act_as(r, "sup1")
    if not live or w.rng.random() < 0.3:
        stores = w.live(r, Store, w.stores)
        if not stores:
            return w.note("no-store")
        store_id = w.rng.choice(stores)
        day = date(2026, 3, 2) + timedelta(days=w.rng.randrange(5))
        dto = w.call("plan_visit", visits.plan_visit, ctx, store_id, day, supervisor_id=w.base.users["sup1"])
        if dto is not None:
            w.visits.append(dto.id)
            w.note(w.label("visit", dto.id))
        return None
    visit_id = w.rng.choice(live)
    what = w.rng.choice(("check_in", "check_out", "log", "log", "move", "cancel"))
    w.note(f"ws{r}:{w.label('visit', visit_id)}.{what}")
    if what in ("check_in", "check_out"):  # explicit times: "now" to the second would make replays differ
        w.call(what, getattr(visits, what), ctx, visit_id, at=w.moment())
    elif what == "move":
        w.call(what, visits.move_visit, ctx, visit_id, date(2026, 3, 2) + timedelta(days=w.rng.randrange(5)))
    elif what == "cancel":
        w.call(what, visits.cancel_visit, ctx, visit_id)
    else:
        v = visits.get_visit(ctx, visit_id)
        data = visits.VisitInput(purpose=v.purpose, check_in=v.check_in, check_out=v.check_out,
                                 observations=w.rng.choice(("店面整洁", "库存偏多", "员工培训到位")),
                                 training_topic=v.training_topic, training_attendees=v.training_attendees,
                                 people_met=w.rng.choice((v.people_met, "店长")), next_steps=v.next_steps,
                                 next_visit_on=v.next_visit_on, incident=v.incident, incident_at=v.incident_at)
        w.call(what, visits.update_visit, ctx, visit_id, data)
    return None


# ---------------------------------------------------------------- exchange steps


def step_exchange(w: World, _r: int) -> None:
    src, dst = w.rng.sample(range(w.n), 2)
    w.exchange(src, dst, full=w.rng.random() < 0.05)


def step_bundle(w: World, _r: int) -> None:
    """A relay collects packages from two others before passing on, so its package holds
    several versions (several inserts) of one row."""
    relay = w.rng.randrange(w.n)
    others = [i for i in range(w.n) if i != relay]
    sources = w.rng.sample(others, 2)
    for src in sources:
        w.exchange(src, relay)
    rest = [i for i in others if i not in sources]
    w.exchange(relay, w.rng.choice(rest or others), full=w.rng.random() < 0.15)


EDIT_STEPS: list[tuple[str, float, Callable[[World, int], Any]]] = [
    ("store_create", 1.0, step_store_create),
    ("store_edit", 3.0, step_store_edit),
    ("store_delete", 0.5, step_store_delete),
    ("run_start", 2.5, step_run_start),
    ("answer", 6.0, step_answer),
    ("concurrent_answer", 3.0, step_concurrent_answer),
    ("note", 2.0, step_note),
    ("concurrent_note", 1.0, step_concurrent_note),
    ("photo", 1.5, step_photo),
    ("complete", 2.5, step_complete),
    ("sign", 3.0, step_sign),
    ("correct", 3.0, step_correct),
    ("discard", 0.3, step_discard),
    ("action_create", 1.5, step_action_create),
    ("action_change", 2.0, step_action_change),
    ("visit", 2.0, step_visit),
    ("exchange", 7.5, step_exchange),
    ("bundle", 2.0, step_bundle),
]


def _weights(w: World) -> list[float]:
    """EDIT_STEPS' weights for the state: a kind with nothing to work on on any workspace is not
    drawn, and until two runs exist starting one is likely (most kinds need a run)."""
    held = {status: any(w.runs_on(r, (status,)) for r in range(w.n)) for status in ("draft", "completed", "signed")}
    needs = {"answer": held["draft"], "concurrent_answer": held["draft"], "note": held["draft"],
             "concurrent_note": held["draft"], "photo": held["draft"], "complete": held["draft"],
             "discard": held["draft"], "sign": held["completed"], "correct": held["signed"],
             "action_change": bool(w.actions)}
    out = []
    for name, weight, _fn in EDIT_STEPS:
        if not needs.get(name, True):
            weight = 0.0
        elif name == "run_start" and len(w.runs) < 2:
            weight *= 6.0
        out.append(weight)
    return out


# ---------------------------------------------------------------- settling


def settle(w: World) -> None:
    """Full-mesh rounds (every ordered pair) until two rounds in a row bring nothing new.

    A refused package brings nothing either, and is refused again in the next round: two such
    rounds in a row end settling too (nothing can change any more), reported as ``unsettled``."""
    quiet = 0
    for k in range(1, SETTLE_ROUNDS + 1):
        w.step = f"settle round {k}"
        w.trace.append(f"{w.step}:")
        fresh = refused = 0
        for src in range(w.n):
            for dst in range(w.n):
                if src != dst:
                    result = w.exchange(src, dst)
                    if result is None:
                        refused += 1
                    else:
                        fresh += result.changes - result.known
        quiet = quiet + 1 if fresh == 0 else 0
        if quiet == 2:
            w.stats["settle_rounds"] += k
            if refused:
                w.violation("unsettled", f"settling stopped after {k} rounds with {refused} package(s) still "
                                         f"refused in every round (see [refused]): the replicas cannot converge")
            return
    w.violation("unsettled", f"the replicas still exchanged new records after {SETTLE_ROUNDS} full-mesh rounds")


# ---------------------------------------------------------------- checks


def _rows(path: Where, table: str) -> tuple[list[str], dict[str, tuple]]:
    """Every row of ``table`` by id, the columns in the model's order, values as SQLite stores them (a
    server's converted: sync_helpers.stored_rows), so a file and a server compare value for value."""
    names = [c.name for c in Base.metadata.tables[table].columns if c.name not in NOT_COMPARED]
    rows = stored_rows(path, [table], columns=names)[table]
    return names, {row[names.index("id")]: row for row in rows}


def check_same_data(w: World) -> None:
    """Check 1: the rows of every synced table (all columns but NOT_COMPARED) alike on every replica,
    compared by id with ws0."""
    for table in SYNCED_TABLES:
        names, first = _rows(w.paths[0], table)
        for r in range(1, w.n):
            _names, other = _rows(w.paths[r], table)
            if other == first:
                continue
            problems: dict[str, list[str]] = {"diverged": [], "diverged-updated_at": []}
            for row_id in sorted(set(first) | set(other), key=lambda i: w.label(table, i)):
                a, b = first.get(row_id), other.get(row_id)
                if a == b:
                    continue
                w.diverged_rows.add((table, row_id))
                if a is None or b is None:
                    problems["diverged"].append(f"{w.label(table, row_id)} only on ws{0 if b is None else r}")
                    continue
                cols = [(n, f"{n}: ws0={x!r} ws{r}={y!r}") for n, x, y in zip(names, a, b, strict=True) if x != y]
                kind = "diverged-updated_at" if [n for n, _t in cols] == ["updated_at"] else "diverged"
                problems[kind].append(f"{w.label(table, row_id)}: " + "; ".join(t for _n, t in cols))
            for kind, found in problems.items():
                if found:
                    w.violation(kind, f"table {table}: ws0 and ws{r} differ in {len(found)} row(s): "
                                      + " | ".join(found[:3]))


def _run_ids(ctx: AppContext) -> list[str]:
    with ctx.read() as s:
        return list(s.scalars(select(ChecklistRun.id).where(ChecklistRun.deleted.is_(False))))


def _run_label(w: World, run_id: str) -> str:
    return w.label("checklist_run", run_id)


def check_scores(w: World) -> None:
    """Check 3: a run's stored score/max/percent/grade/critical flag are what its answers give
    (``runs.get_run`` recomputes in a read session), and so are a scored answer's points."""
    for r, ctx in enumerate(w.ctxs):
        for run_id in sorted(_run_ids(ctx), key=lambda i: _run_label(w, i)):
            detail = runs.get_run(ctx, run_id)
            stored = (detail.run.score, detail.run.max_score, detail.run.percent, detail.run.grade,
                      detail.run.critical_failed)
            want = (detail.score.points, detail.score.max, detail.score.percent, detail.score.grade,
                    detail.score.critical_failed)
            # A run never scored (no answer yet) stores no score; its answers give 0 of 0: the same.
            never_scored = stored == (None, None, None, "", False) and want == (0, 0, None, "", False)
            if stored != want and not never_scored:
                w.violation("score", f"ws{r} {_run_label(w, run_id)} ({detail.run.status}): stored score/max/"
                                     f"percent/grade/critical {_fmt(stored)} but its answers give {_fmt(want)}")
            for item in detail.version.items():
                answer = detail.answer(item.id)
                if answer is None or item.answer_type not in SCORED_TYPES:
                    continue
                got = score_item(item.rule(), Response(answer.value, answer.na))
                expect = ((got.points, got.max) if got.answered and not answer.na else (None, None)) + (got.failed,)
                have = (answer.points, answer.max_points, answer.failed)
                if have != expect:
                    w.violation("answer-points", f"ws{r} answer {_run_label(w, run_id)}/{item.key} "
                                                 f"(value={answer.value!r}, na={answer.na}): stored points/max/failed "
                                                 f"{_fmt(have)} but the value gives {_fmt(expect)}")


def _fmt(values: tuple) -> str:
    return "(" + ", ".join(str(v) for v in values) + ")"


def check_signatures(w: World) -> None:
    """Check 4: every signed run still hashes to what each of its signatures signed."""
    for r, ctx in enumerate(w.ctxs):
        with ctx.read() as s:
            signed = list(s.scalars(select(ChecklistRun.id).where(ChecklistRun.status == "signed",
                                                                  ChecklistRun.deleted.is_(False))))
        for run_id in sorted(signed, key=lambda i: _run_label(w, i)):
            bad = [f"{sig.role} by {sig.signer_name}" for sig in signatures.signatures_of(ctx, "checklist_run", run_id)
                   if not sig.valid]
            if bad:
                w.violation("signature", f"ws{r} {_run_label(w, run_id)} is signed but its content no longer "
                                         f"matches the signature(s) of {', '.join(bad)}")


def check_lost_writes(w: World) -> None:
    """Check 5: a value overwritten by a concurrent edit is kept in ``sync_conflict`` somewhere.

    Candidates (the approximation of "not seen by the writer of the winning version"): change
    records of one (table, row, field) with the same base version but different values, whose
    value is not the field's final value. A candidate is excused when the final version's chain
    of base versions includes it, or a record with its value (the final writer saw that value),
    or when it is what an insert implies rather than what someone wrote: base None and the
    column's default (None for a column without one; e.g. the empty note of an answer row made
    by answering). Otherwise its change id must be a ``loser_change_id`` or ``winner_change_id``
    on a replica.
    Derived and bookkeeping fields (NOT_A_WRITE) are left out, and so are rows that differ
    between replicas (their final value is not defined; check 1 reports them).
    """
    records: dict[str, tuple] = {}
    recorded: set[str] = set()
    for path in w.paths:
        for row in query_rows(path, "SELECT change_id, table_name, row_id, field, value, hlc, base_hlc, node_id "
                                "FROM change_log WHERE node_id != 'builtin' AND field != '*'"):
            records.setdefault(row[0], row[1:])
        for loser, winner in query_rows(path, "SELECT loser_change_id, winner_change_id FROM sync_conflict"):
            recorded.update(x for x in (loser, winner) if x)
    by_field: dict[tuple[str, str, str], list[tuple]] = defaultdict(list)
    for change_id, (table, row, fname, value, hlc, base, node) in records.items():
        if fname not in NOT_A_WRITE and table in SYNCED_MODELS and (table, row) not in w.diverged_rows:
            by_field[(table, row, fname)].append((hlc, change_id, value, base, node))
    tables = Base.metadata.tables
    with w.ctxs[0].read() as s:
        order = sorted(by_field, key=lambda k: (k[0], w.label(k[0], k[1]), k[2]))  # messages in a stable order
        for table, row, fname in order:
            versions = by_field[(table, row, fname)]
            column = tables[table].c[fname]
            values = {cid: decode(column, value) for _h, cid, value, _b, _n in versions}
            groups: dict[str | None, list[tuple]] = defaultdict(list)
            for version in versions:
                groups[version[3]].append(version)
            candidates = [v for g in groups.values() if len({_key(values[x[1]]) for x in g}) > 1 for v in g]
            if not candidates:
                continue
            obj = s.get(SYNCED_MODELS[table], row)
            if obj is None:
                continue  # the row is missing on ws0: reported as a divergence
            final = getattr(obj, fname)
            holders = [v for v in versions if values[v[1]] == final]
            bases = {h: b for h, _cid, _v, b, _n in versions}
            chain: set[str] = set()
            cursor = max(holders)[0] if holders else None
            while cursor is not None and cursor not in chain:
                chain.add(cursor)
                cursor = bases.get(cursor)
            seen = [values[cid] for h, cid, _v, _b, _n in versions if h in chain]
            default = column.default.arg if column.default is not None and column.default.is_scalar else None
            for hlc, cid, raw, base, node in sorted(candidates):
                value = values[cid]
                implied = base is None and value == default
                if value == final or hlc in chain or any(value == x for x in seen) or cid in recorded or implied:
                    continue
                w.violation("lost-write", f"{w.label(table, row)} field {fname!r}: value {raw} written by "
                                          f"{w.ws(node)} (clock {hlc}, base {base}) lost to the final value "
                                          f"{dumps(final)} concurrently, and no replica has a sync_conflict "
                                          f"record of it")


def _key(value: Any) -> str:
    return json.dumps(value, default=str, sort_keys=True)


def frozen_conflicts(w: World, reason: str = "frozen") -> int:
    total = 0
    for path in w.paths:
        total += query_rows(path, f"SELECT count(*) FROM sync_conflict WHERE reason = '{reason}'")[0][0]
    return total


# ---------------------------------------------------------------- one seed


def run_scenario(seed: int, base: BaseWorkspaces, folder: Path, *, checks: bool = True,
                 steps: int | None = None, servers: Servers | None = None, replay: str = REPLAY) -> Outcome:
    """Run the random steps of ``seed`` (or only the first ``steps``), settle, check. Never raises
    for an engine failure: every failure is a violation in the outcome (with its step). ``servers``: the
    base's head office is a PostgreSQL database (copied per seed); ``replay``: the command a failure names."""
    w = World(seed, base, folder, servers)
    try:
        count = w.rng.randint(MIN_STEPS, MAX_STEPS)
        steps = min(count, steps) if steps is not None else count
        names = [name for name, _weight, _fn in EDIT_STEPS]
        functions = {name: fn for name, _weight, fn in EDIT_STEPS}
        for n in range(1, steps + 1):
            kind = w.rng.choices(names, _weights(w))[0]
            r = w.rng.randrange(w.n)
            w.step = f"step {n} ({kind} on ws{r})"
            w.trace.append(f"{n:02d} {kind} ws{r}:")
            try:
                functions[kind](w, r)
            except Exception as exc:  # noqa: BLE001 - not an OpsDeskError: the engine or a service crashed
                w.stats["crashes"] += 1
                w.note(f"CRASH({type(exc).__name__})")
                w.violation("crash", f"{w.step} raised {type(exc).__name__}: {w.humanize(str(exc))}\n{_short_tb(exc)}")
        settle(w)
        w.count_refusals()
        w.stats["seeds"] += 1
        w.stats["frozen_conflicts"] += frozen_conflicts(w)
        # decisions kept out on import (opsdesk.decisions): the soak's decisions are all permitted, so 0
        w.stats["unverified_conflicts"] += frozen_conflicts(w, "unverified")
        if checks:
            for check in (check_same_data, check_scores, check_signatures, check_lost_writes):
                try:
                    check(w)
                except Exception as exc:  # noqa: BLE001 - a check that cannot read the state is a failure too
                    w.violation("crash", f"{check.__name__} raised {type(exc).__name__}: {exc}\n{_short_tb(exc)}")
    finally:
        w.close()
    return Outcome(seed, w.trace, w.violations, w.stats, replay)
