"""Sync files between workspaces: round trips, acknowledgements, merge rules, conflicts, regions.

Every test uses real workspace files and real packages written to disk; the convergence
property at the end lets several replicas edit at random and exchange packages in random
orders, relays included. Under ``make test-pg`` the head office of each test (the first workspace
of a pair, the first replica) is a PostgreSQL database and the laptops stay SQLite files.
"""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from pathlib import Path

import pytest
from engine_helpers import RawConnection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sign_helpers import sign_as
from sqlalchemy import select
from sync_helpers import dump, stored_rows, target_of

from opsdesk.db import Database, migrate
from opsdesk.errors import SyncError
from opsdesk.models import Base, ChecklistRun, Region, Store, Synced
from opsdesk.permissions import as_system
from opsdesk.services import org, sync, workspace
from opsdesk.services.context import AppContext

SYNCED = sorted(m.local_table.name for m in Base.registry.mappers if issubclass(m.class_, Synced))
BACKENDS = ("sqlite", "pg")  # the head office on PostgreSQL under `make test-pg` (tests/core/conftest.py)


# ---------------------------------------------------------------- helpers


def data_of(where: object, tables: list[str] = SYNCED) -> dict[str, list[tuple]]:
    """Every synced row of a workspace (file or server), all columns (bookkeeping included), sorted, as
    SQLite stores the values (sync_helpers.stored_rows)."""
    return stored_rows(where, tables)


def logical(where: object) -> str:
    return "\n".join(dump(target_of(where)))


def open_ctx(path: Path | str, *, builtin: bool = False) -> AppContext:
    ctx = AppContext(Database.open(path))
    if builtin:
        workspace.prepare(ctx)
    return ctx


def exchange(src: AppContext, dst: AppContext, folder: Path, *, full: bool = False) -> sync.ImportResult:
    """Export from ``src`` for ``dst`` (incremental once ``src`` knows it) and import it into ``dst``: the
    transport, as system work (who may export, import and trust is tests/core/test_permissions)."""
    from opsdesk.permissions import as_system

    src, dst = as_system(src), as_system(dst)
    known = {p.node_id for p in sync.peers(src)}
    target = dst.db.node.node_id if dst.db.node.node_id in known else None
    path = folder / f"{uuid.uuid4().hex}.opsync"
    sync.export_package(src, path, to_node=target, full=full)
    return sync.import_package(dst, path, trust=True)


@pytest.fixture
def pair(prepared_at):  # noqa: ANN001
    """Two prepared workspaces, distinct nodes: ``a`` the head office (a PostgreSQL database under ``-m pg``),
    ``b`` a laptop."""
    a = open_ctx(prepared_at("a.sqlite", server=True), builtin=True)
    b = open_ctx(prepared_at("b.sqlite"), builtin=True)
    yield a, b
    a.db.close()
    b.db.close()


def _store(ctx: AppContext, region_id: str, code: str, name: str) -> org.StoreDTO:
    return org.create_store(ctx, org.StoreInput(code=code, name=name, region_id=region_id, opened_on=date(2024, 1, 1)))


def _rename(ctx: AppContext, store_id: str, name: str) -> None:
    with ctx.tx() as s:
        s.get(Store, store_id).name = name


def _conflicting_names(a: AppContext, b: AppContext, folder: Path) -> org.StoreDTO:
    """A store both workspaces rename offline (B second: its clock is later), then exchanged both ways."""
    region = org.save_region(a, "华东", "EAST")
    store = _store(a, region.id, "S001", "一号店")
    exchange(a, b, folder)
    _rename(a, store.id, "A 的名字")
    _rename(b, store.id, "B 的名字")
    exchange(a, b, folder)
    exchange(b, a, folder)
    return store


# ---------------------------------------------------------------- round trips


def test_full_round_trip_copies_every_row_and_photo(tmp_path, pair):
    a, b = pair
    region = org.save_region(a, "华东", "EAST")
    store = _store(a, region.id, "S001", "人民路店")
    photo = tmp_path / "p.jpg"
    Image.new("RGB", (64, 48), "red").save(photo)
    from opsdesk.services import attachments

    attachments.attach_photo(a, photo, "store", store.id)
    result = exchange(a, b, tmp_path)
    assert not result.already_imported and result.attachments == 1 and result.conflicts == 0
    assert data_of(a) == data_of(b)
    sha = data_of(b, ["attachment"])["attachment"][0][0]
    stored = b.db.attachments_dir / sha[:2] / sha
    assert stored.read_bytes() == photo.read_bytes()


def test_builtin_templates_are_the_same_changes_everywhere(tmp_path, pair):
    a, b = pair
    result = exchange(a, b, tmp_path)
    # Two workspaces that installed the shipped templates on their own hold identical changes.
    assert result.changes > 100 and result.applied == 0 and result.known == result.changes
    assert result.conflicts == 0


def test_reimport_and_overlapping_packages_change_nothing(tmp_path, pair):
    a, b = pair
    region = org.save_region(a, "华东", "EAST")
    _store(a, region.id, "S001", "一号店")
    first = tmp_path / "first.opsync"
    sync.export_package(a, first)
    _store(a, region.id, "S002", "二号店")
    second = tmp_path / "second.opsync"  # overlaps: carries the first package's changes too
    sync.export_package(a, second)
    assert sync.import_package(b, second, trust=True).applied > 0
    after = logical(b)
    again = sync.import_package(b, second)
    assert again.already_imported
    overlap = sync.import_package(b, first)
    assert not overlap.already_imported and overlap.applied == 0 and overlap.known == overlap.changes
    # Only the ledger row of the overlapping package (and its audit entry) is new.
    assert len(stored_rows(b, ["import_ledger"])["import_ledger"]) == 2
    assert data_of(b) == data_of(a)
    assert [line for line in logical(b).splitlines() if "import_ledger" not in line and "audit_entry" not in line] == \
        [line for line in after.splitlines() if "import_ledger" not in line and "audit_entry" not in line]


def test_acknowledgements_make_the_next_export_incremental(tmp_path, pair):
    a, b = pair
    region = org.save_region(a, "华东", "EAST")
    store = _store(a, region.id, "S001", "一号店")
    exchange(a, b, tmp_path)
    back = exchange(b, a, tmp_path)  # B's package tells A what B has seen
    assert back.applied == 0
    assert sync.pending_count(a, b.db.node.node_id) == 0
    _rename(a, store.id, "一号旗舰店")
    path = tmp_path / "inc.opsync"
    result = sync.export_package(a, path, to_node=b.db.node.node_id)
    assert result.changes == 1  # only the rename
    imported = sync.import_package(b, path)
    assert imported.applied == 1
    assert org.get_store(b, store.id).name == "一号旗舰店"
    full = sync.export_package(a, tmp_path / "full.opsync", to_node=b.db.node.node_id, full=True)
    assert full.changes > 100
    history = sync.history(a)
    assert [h.direction for h in history[:2]] == ["export", "export"]
    peer = next(p for p in sync.peers(a) if p.node_id == b.db.node.node_id)
    assert peer.last_import is not None and peer.last_export is not None and peer.imports == 1


# ---------------------------------------------------------------- merge rules


def test_different_fields_of_one_record_both_survive(tmp_path, pair):
    a, b = pair
    region = org.save_region(a, "华东", "EAST")
    store = _store(a, region.id, "S001", "一号店")
    exchange(a, b, tmp_path)
    _rename(a, store.id, "新名字")
    with b.tx() as s:
        s.get(Store, store.id).phone = "021-5555"
    exchange(a, b, tmp_path)
    exchange(b, a, tmp_path)
    for ctx in (a, b):
        dto = org.get_store(ctx, store.id)
        assert (dto.name, dto.phone) == ("新名字", "021-5555")
        assert sync.open_conflict_count(ctx) == 0
    assert data_of(a) == data_of(b)


def test_concurrent_edits_keep_the_later_and_record_the_other(tmp_path, pair):
    a, b = pair
    store = _conflicting_names(a, b, tmp_path)
    assert org.get_store(a, store.id).name == org.get_store(b, store.id).name == "B 的名字"
    for ctx in (a, b):
        (conflict,) = sync.conflicts(ctx)
        assert (conflict.table, conflict.field, conflict.reason) == ("store", "name", "concurrent")
        assert conflict.current_value == "B 的名字" and conflict.other_value == "A 的名字"
        assert "S001 一号店" not in conflict.record and "S001" in conflict.record
        assert conflict.current_at is not None and conflict.other_at is not None


def test_resolving_a_conflict_travels_and_closes_it_elsewhere(tmp_path, pair):
    a, b = pair
    store = _conflicting_names(a, b, tmp_path)
    (on_b,) = sync.conflicts(b)
    sync.resolve_conflict(b, on_b.id, "other")
    assert org.get_store(b, store.id).name == "A 的名字"
    assert sync.conflicts(b) == []
    with pytest.raises(SyncError):
        sync.resolve_conflict(b, on_b.id, "current")
    exchange(b, a, tmp_path)
    assert org.get_store(a, store.id).name == "A 的名字"
    assert sync.conflicts(a) == []  # closed by the resolution that came with the package
    (closed,) = sync.conflicts(a, status=None)
    assert closed.resolution == "elsewhere"
    assert data_of(a) == data_of(b)


def test_keeping_the_current_value_also_travels(tmp_path, pair):
    a, b = pair
    store = _conflicting_names(a, b, tmp_path)
    (on_a,) = sync.conflicts(a)
    sync.resolve_conflict(a, on_a.id, "current")
    assert org.get_store(a, store.id).name == "B 的名字"
    exchange(a, b, tmp_path)
    assert sync.conflicts(b) == []


@pytest.fixture
def demo_pair(prepared_at):  # noqa: ANN001
    """``pair`` whose head office ``a`` holds a small demo chain with a month of completed inspections (the
    template ``build_demo(ctx, stores=3, seed=5, months=1)`` that UI tests copy too: the demo costs seconds)."""
    a = open_ctx(prepared_at("a.sqlite", server=True, stores=3, seed=5, months=1), builtin=True)
    b = open_ctx(prepared_at("b.sqlite"), builtin=True)
    yield a, b
    a.db.close()
    b.db.close()


def test_signed_records_never_change_by_import(tmp_path, demo_pair):
    a, b = demo_pair
    exchange(a, b, tmp_path)
    with a.read() as s:
        run_id = s.scalars(select(ChecklistRun.id).where(ChecklistRun.status == "completed")).first()
    from opsdesk.services import signatures

    strokes = [[(0, 0, 0), (10, 10, 0.1)]]
    sign_as(b, run_id, "supervisor", strokes)  # B signs the run
    sign_as(b, run_id, "store_manager", strokes)
    assert signatures.signatures_of(b, "checklist_run", run_id)[0].valid
    with a.tx() as s:  # A, not knowing, edits it
        s.get(ChecklistRun, run_id).note = "改过了"
    before = data_of(b, ["checklist_run", "answer"])
    result = exchange(a, b, tmp_path)
    assert result.conflicts == 1
    assert data_of(b, ["checklist_run", "answer"]) == before
    (conflict,) = sync.conflicts(b)
    assert (conflict.reason, conflict.field, conflict.other_value) == ("frozen", "note", "改过了")
    from acting import as_head_office

    as_head_office(b)  # a person decides a conflict (sync.resolve)
    with pytest.raises(SyncError):
        sync.resolve_conflict(b, conflict.id, "other")
    sync.resolve_conflict(b, conflict.id, "current")  # acknowledged; the record stays as signed
    again = exchange(a, b, tmp_path, full=True)
    assert again.conflicts == 0 and data_of(b, ["checklist_run", "answer"]) == before


def test_a_laptop_receives_only_its_region(tmp_path, pair):
    hq, laptop = pair
    east = org.save_region(hq, "华东", "EAST")
    south = org.save_region(hq, "华南", "SOUTH")
    sh = org.save_region(hq, "上海", "SH", parent_id=east.id)
    mine = _store(hq, sh.id, "S001", "上海店")
    other = _store(hq, south.id, "S002", "广州店")
    exchange(hq, laptop, tmp_path)  # first contact: everything
    sync.set_receive_regions(laptop, [east.id])
    exchange(laptop, hq, tmp_path)  # the laptop's wish travels in its package
    peer = next(p for p in sync.peers(hq) if p.node_id == laptop.db.node.node_id)
    assert peer.receive_regions == (east.id,)
    _rename(hq, mine.id, "上海旗舰店")
    _rename(hq, other.id, "广州旗舰店")
    new = _store(hq, south.id, "S003", "深圳店")
    result = exchange(hq, laptop, tmp_path)
    assert result.applied == 1  # only the East store's rename
    assert org.get_store(laptop, mine.id).name == "上海旗舰店"
    assert org.get_store(laptop, other.id).name == "广州店"
    with laptop.read() as s:
        assert s.get(Store, new.id) is None
        assert s.get(Region, south.id) is not None  # org, users and templates travel everywhere


def test_a_package_for_an_unknown_target_is_refused(pair, tmp_path):
    a, _b = pair
    from opsdesk.errors import NotFoundError

    with pytest.raises(NotFoundError):
        sync.export_package(a, tmp_path / "x.opsync", to_node="0123456789abcdef")
    assert not (tmp_path / "x.opsync").exists()


def test_export_is_atomic_and_leaves_no_temporary_file(pair, tmp_path):
    a, _b = pair
    target = tmp_path / "out" / "p.opsync"
    sync.export_package(a, target)
    assert [p.name for p in target.parent.iterdir()] == ["p.opsync"]


def test_a_package_larger_than_the_log_rebuilds_its_indexes_and_imports_the_same(tmp_path, workspace_at, monkeypatch,
                                                                                  prepared_at, workspace_templates):
    """A package that outnumbers the receiver's change log writes the log with its indexes dropped and
    built again in the same transaction (apply._REBUILD_MIN lowered so a small package takes that path):
    the rows, the log and the photos are those of a normal import, and the indexes are all back."""
    from sqlalchemy import inspect as sa_inspect

    from opsdesk import backend
    from opsdesk.services import attachments
    from opsdesk.sync import apply

    def empty_at(name: str, server: bool = False) -> Path | str:  # a copy of the migrated empty workspace
        where = workspace_at(name, server=server)  # a server's: already a copy of the empty database
        return where if isinstance(where, str) else workspace_templates.copy(where)

    src = open_ctx(prepared_at("a.sqlite"), builtin=True)  # pair's template: the only node of it here
    normal = open_ctx(empty_at("normal.sqlite"))
    fresh = open_ctx(empty_at("fresh.sqlite", server=True))  # the head office under -m pg
    try:
        region = org.save_region(src, "华东", "EAST")
        store = _store(src, region.id, "S001", "人民路店")
        photo = tmp_path / "p.jpg"
        Image.new("RGB", (64, 48), "blue").save(photo)
        attachments.attach_photo(src, photo, "store", store.id)
        package = tmp_path / "all.opsync"
        sync.export_package(src, package)
        writes: list[tuple[str, bool, int]] = []
        real = backend.bulk_insert_rows

        def spy(conn, table, sql, rows, *, rebuild_indexes):
            writes.append((table.name, rebuild_indexes, len(rows)))
            return real(conn, table, sql, rows, rebuild_indexes=rebuild_indexes)

        monkeypatch.setattr(backend, "bulk_insert_rows", spy)
        expected = sync.import_package(normal, package, trust=True)  # 20,000 records needed: updated row by row
        assert writes and writes[-1][1] is False
        monkeypatch.setattr(apply, "_REBUILD_MIN", 1)
        result = sync.import_package(fresh, package, trust=True)
        assert writes[-1][:2] == ("change_log", True)
        assert (result.applied, result.known, result.conflicts, result.attachments) == \
            (expected.applied, expected.known, expected.conflicts, expected.attachments) and result.applied > 100
        assert data_of(fresh) == data_of(src) == data_of(normal)
        log = "SELECT change_id, node_id, hlc, table_name, row_id, field, value, base_hlc, kind FROM change_log"
        assert sorted(_rows(fresh, log)) == sorted(_rows(normal, log)) and len(_rows(fresh, log)) > 100
        indexes = {i["name"] for i in sa_inspect(fresh.db.engine).get_indexes("change_log")}
        assert {"ix_change_log_row", "ix_change_log_hlc", "ix_change_log_node"} <= indexes
        # The synced tables new rows went into: on SQLite their indexes were rebuilt too (PostgreSQL refuses
        # CREATE INDEX on a table with foreign-key checks pending), and every index is back as it was.
        rebuilt = {t for t, rebuild, _n in writes[-40:] if rebuild and t != "change_log"}
        assert ("store" in rebuilt and "region" in rebuilt) == (fresh.db.engine.dialect.name == "sqlite")
        for table in ("store", "region", "attachment_link", "answer", "checklist_run"):
            assert sorted(i["name"] for i in sa_inspect(fresh.db.engine).get_indexes(table)) == \
                sorted(i["name"] for i in sa_inspect(normal.db.engine).get_indexes(table)), table
        # The log now outnumbers a small package: the next one is written with the indexes kept.
        _rename(src, store.id, "人民路一号店")
        assert exchange(src, fresh, tmp_path).applied >= 1 and writes[-1][1] is False
        assert data_of(fresh) == data_of(src)
    finally:
        for ctx in (src, normal, fresh):
            ctx.db.close()


# ---------------------------------------------------------------- convergence property

N_REPLICAS = 3
FIELDS = ("name", "phone", "address", "status")
VALUES = ("甲", "乙", "丙", "丁")


@pytest.fixture(scope="module")
def empty_workspace(tmp_path_factory) -> Path:
    """A migrated workspace file without a node: copies of it get their own identity on open."""
    path = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    migrate(path)
    return path


def _rows(where: Path | str, query: str) -> list[tuple]:
    conn = RawConnection(target_of(where))
    try:
        return [tuple(r) for r in conn.execute(query).fetchall()]
    finally:
        conn.close()


edit = st.tuples(st.just("edit"), st.integers(0, N_REPLICAS - 1), st.integers(0, 4), st.sampled_from(FIELDS),
                 st.sampled_from(VALUES))
delete = st.tuples(st.just("delete"), st.integers(0, N_REPLICAS - 1), st.integers(0, 4), st.booleans())
create = st.tuples(st.just("create"), st.integers(0, N_REPLICAS - 1))
exchange_op = st.tuples(st.just("sync"), st.integers(0, N_REPLICAS - 1), st.integers(0, N_REPLICAS - 1),
                        st.booleans())
operations = st.lists(st.one_of(edit, edit, delete, create, exchange_op, exchange_op), min_size=4, max_size=24)


def _lost_values(paths: list[Path | str]) -> set[tuple[str, str, str, str]]:
    """From the union of every replica's change log: values overwritten by an edit whose
    author never saw them (not in the winner's chain of bases) and that differ from it."""
    changes: dict[str, tuple] = {}
    for path in paths:
        for row in _rows(path, "SELECT change_id, hlc, table_name, row_id, field, value, base_hlc FROM change_log"):
            changes[row[0]] = row[1:]
    by_field: dict[tuple[str, str, str], list[tuple]] = {}
    for hlc, table, row, fname, value, base in changes.values():
        by_field.setdefault((table, row, fname), []).append((hlc, value, base))
    lost = set()
    for (table, row, fname), versions in by_field.items():
        if fname in ("created_at", "origin_node"):
            continue
        bases = {hlc: base for hlc, _v, base in versions}
        winner = max(versions)
        chain, cursor = set(), winner[0]
        while cursor is not None:
            chain.add(cursor)
            cursor = bases.get(cursor)
        # A writer has seen its own earlier values: an own value older than a chain member is not lost.
        seen_by = {}
        for hlc in chain:
            node = hlc.split("-", 2)[2]
            seen_by[node] = max(seen_by.get(node, ""), hlc)
        # Two concurrent writes of the same value are one value: the writer who saw one saw it.
        values = {h: v for h, v, _b in versions}
        chain_values = {values[h] for h in chain if h in values}
        for hlc, value, _base in versions:
            if (hlc in chain or value == winner[1] or value in chain_values
                    or hlc < seen_by.get(hlc.split("-", 2)[2], "")):
                continue
            lost.add((table, row, fname, value))
    return lost


@pytest.mark.sqlite_only("the head office on PostgreSQL converges with the same checks (every replica's synced rows "
                         "equal, every lost value kept as a conflict) in test_sync_converge_pg.py, 12 seeds of 30-50 "
                         "edits of every kind: 30 examples more of store edits add nothing there but minutes")
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
def test_replicas_converge_and_keep_every_lost_value(ops, empty_workspace, tmp_path_factory, backend, request):
    folder = tmp_path_factory.mktemp("replicas")
    paths: list[Path | str] = [folder / f"r{i}.sqlite" for i in range(N_REPLICAS)]
    for path in paths:
        shutil.copy(empty_workspace, path)
    if backend == "pg":  # replica 0 is the head office on PostgreSQL
        paths[0] = request.getfixturevalue("pg_templates").copy(folder / "r0.files")
    replicas = [AppContext(Database.open(p)) for p in paths]
    try:
        region = org.save_region(replicas[0], "华东", "EAST")
        stores = [_store(replicas[0], region.id, f"S{i:03d}", f"店{i}").id for i in range(3)]
        for other in replicas[1:]:
            exchange(replicas[0], other, folder)
        made = 0
        for op in ops:
            kind = op[0]
            if kind == "edit":
                _k, r, idx, fname, value = op
                with replicas[r].tx() as s:
                    row = s.get(Store, stores[idx % len(stores)])
                    if row is not None:  # a store created elsewhere may not have arrived yet
                        setattr(row, fname, f"{value}{r}" if fname != "status" else
                                ("open", "suspended", "closed", "preparing")[VALUES.index(value)])
            elif kind == "delete":
                _k, r, idx, deleted = op
                with replicas[r].tx() as s:
                    row = s.get(Store, stores[idx % len(stores)])
                    if row is not None:
                        row.deleted = deleted
            elif kind == "create":
                made += 1
                store = _store(replicas[op[1]], region.id, f"N{made:03d}", f"新店{made}")
                stores.append(store.id)
            else:
                _k, src, dst, full = op
                if src != dst:
                    exchange(replicas[src], replicas[dst], folder, full=full)
        # Settle: two rounds of everyone with everyone (packages relay what others sent).
        for _round in range(2):
            for src in range(N_REPLICAS):
                for dst in range(N_REPLICAS):
                    if src != dst:
                        exchange(replicas[src], replicas[dst], folder)
        first = data_of(paths[0])
        for path in paths[1:]:
            assert data_of(path) == first
        recorded = set()
        for path in paths:
            recorded |= set(_rows(path, "SELECT table_name, row_id, field, loser_value FROM sync_conflict"))
        missing = _lost_values(paths) - recorded
        assert not missing, f"lost without a conflict record: {sorted(missing)[:3]}"
    finally:
        for ctx in replicas:
            ctx.db.close()


def test_head_office_templates_and_users_travel_down(tmp_path, pair):
    from dataclasses import replace as dc_replace

    from opsdesk.services import templates
    from opsdesk.templates_io import load_file

    hq, laptop = pair
    spec = load_file(sorted(templates.BUILTIN_DIR.glob("*.json"))[0])
    version = templates.import_spec(hq, dc_replace(spec, code="hq-2027", title="总部 2027 巡检"))
    user = org.create_user(hq, org.UserInput(username="wang.wu", name="王五", role="supervisor"))
    exchange(hq, laptop, tmp_path)
    arrived = templates.get_version(laptop, version.id)
    assert arrived.title == "总部 2027 巡检" and arrived.status == "published"
    assert [i.text for i in arrived.items()] == [i.text for i in version.items()]
    assert org.get_user(laptop, user.id).name == "王五"


def test_conflicts_name_the_people_who_made_both_edits(tmp_path, pair):
    a, b = pair
    region = org.save_region(a, "华东", "EAST")
    store = _store(a, region.id, "S001", "一号店")
    li = org.create_user(a, org.UserInput(username="li.si", name="李四", role="supervisor"))
    wang = org.create_user(as_system(a), org.UserInput(username="wang.wu", name="王五", role="supervisor"))
    exchange(a, b, tmp_path)
    a.user_id, b.user_id = li.id, wang.id
    _rename(a, store.id, "李四改的")
    _rename(b, store.id, "王五改的")
    exchange(a, b, tmp_path)
    exchange(b, a, tmp_path)
    for ctx in (a, b):
        (conflict,) = sync.conflicts(ctx)
        assert conflict.current_author.startswith("王五 (") and conflict.other_author.startswith("李四 (")


def test_receiving_an_unknown_region_is_refused_and_nothing_is_saved(pair):
    from opsdesk.errors import ValidationError

    laptop, _hq = pair
    east = org.save_region(laptop, "华东", "EAST")
    with pytest.raises(ValidationError) as refused:
        sync.set_receive_regions(laptop, [east.id, "no-such-region"])
    assert refused.value.reasons() == {"region_id": "not_found"}
    assert sync.receive_regions(laptop) is None
    sync.set_receive_regions(laptop, [east.id])
    assert sync.receive_regions(laptop) == (east.id,)


def _records(path: Path) -> list[dict]:
    from sync_helpers import package_records

    return package_records(path)


def test_a_package_reads_the_same_whichever_backend_wrote_it(tmp_path, pair):
    """The same edits made on the head office and on a laptop are logged as the same JSON values (dates,
    decimals, booleans, texts), and a record relayed through either comes out byte for byte as it went in:
    a laptop cannot tell a server's package from a laptop's."""
    from decimal import Decimal

    from opsdesk.services import equipment

    a, b = pair
    made: dict[str, dict[tuple[str, str], str]] = {}
    for name, ctx in (("a", a), ("b", b)):
        region = org.save_region(ctx, "华东", "EAST")
        store = _store(ctx, region.id, "S001", "人民路店")
        category = equipment.list_categories(ctx)[0]
        item = equipment.create_equipment(ctx, equipment.EquipmentInput(
            store_id=store.id, category_id=category.id, name="空调", brand="格力", serial_number="SN-1",
            installed_on=date(2024, 3, 1), price=Decimal("12800.50")))
        with ctx.tx() as s:
            s.get(Store, store.id).deleted = True
        path = tmp_path / f"{name}.opsync"
        sync.export_package(ctx, path)
        rows = {store.id: "store", item.id: "equipment"}
        made[name] = {(rows[r["row"]], r["field"]): r["value"] for r in _records(path)
                      if r["row"] in rows and r["field"] in ("name", "code", "opened_on", "installed_on", "price",
                                                              "deleted", "brand", "status")}
    assert made["a"] == made["b"] and len(made["a"]) >= 8
    assert made["a"][("equipment", "price")] == '"12800.50"' and made["a"][("store", "deleted")] == "true"
    assert made["a"][("store", "opened_on")] == '"2024-01-01"'
    # Relayed: what one wrote comes out of the other exactly as it was written.
    exchange(a, b, tmp_path)
    exchange(b, a, tmp_path)
    for src, dst in (("a", b), ("b", a)):
        sent = {r["change_id"]: r for r in _records(tmp_path / f"{src}.opsync")}
        relay = tmp_path / f"relay-{src}.opsync"
        sync.export_package(dst, relay)
        relayed = {r["change_id"]: r for r in _records(relay) if r["change_id"] in sent}
        assert relayed == sent
