"""The merge's shortcuts for rows new here change how fast a package imports, never what it leaves. Three ways:

- ``table``: a table's new rows at a time (``apply.TABLE_PATH``), as the app imports;
- ``row``: each row through ``merge_row`` and its one-insert shortcut (``apply.ROW_SHORTCUT``), as before the table
  path: the same rows, change log in the same order, conflicts, ledger counts and refusals as ``table``;
- ``whole``: every row through the whole per-field merge: the same again, except that the whole merge logs a new
  row's records by field where the shortcuts log them in the package's order (the change log holds the same
  records, the order of ``seq`` within a row may differ).

A full package of the demo chain (signed runs, decisions, photos, whole-row and per-field records) into an empty
workspace, the same package on top of a workspace that already holds part of it, and random scenarios of the
convergence soak (relays, bundles, concurrent edits, signatures and corrections), each run each way.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest
from converge_helpers import build_base, query_rows, run_scenario
from sync_helpers import (
    as_blocks,
    change_lines,
    dump,
    jsonl,
    node_key,
    normalized,
    read_members,
    resign,
    stored_rows,
    with_changes,
    write_members,
)
from test_sync import open_ctx

from opsdesk.errors import SyncError
from opsdesk.models import Base, Synced
from opsdesk.permissions import as_system
from opsdesk.services import sync, workspace
from opsdesk.services.context import AppContext
from opsdesk.sync import apply

SYNCED = sorted(m.local_table.name for m in Base.registry.mappers if issubclass(m.class_, Synced))
LOG = ("SELECT change_id, node_id, hlc, table_name, row_id, field, value, base_hlc, kind, actor_id FROM change_log "
       "ORDER BY seq")
CONFLICTS = ("SELECT table_name, row_id, field, reason, winner_value, winner_hlc, winner_node, winner_change_id, "
             "loser_value, loser_hlc, loser_node, loser_change_id, status, resolution FROM sync_conflict ORDER BY id")
WAYS = {"table": (True, True), "row": (False, True), "whole": (False, False)}
LEDGER = "SELECT changes, applied, known, skipped, conflicts, attachments FROM import_ledger ORDER BY imported_at"
_TIME = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?")


def _way(monkeypatch: pytest.MonkeyPatch, way: str) -> None:
    table, row = WAYS[way]
    monkeypatch.setattr(apply, "TABLE_PATH", table)
    monkeypatch.setattr(apply, "ROW_SHORTCUT", row)


def _ctx(path: Path) -> AppContext:
    return as_system(open_ctx(path, builtin=True))


def _content(path: Path) -> tuple:
    """Everything an import writes: the synced rows, the change log in its order, the conflicts, the ledger."""
    return stored_rows(path, SYNCED), query_rows(path, LOG), query_rows(path, CONFLICTS), query_rows(path, LEDGER)


def _import(where: Path, package: Path) -> tuple:
    ctx = _ctx(where)
    try:
        r = sync.import_package(ctx, package, trust=True)
    finally:
        ctx.db.close()
    return r.changes, r.applied, r.known, r.skipped, r.conflicts, r.attachments


@pytest.fixture(scope="module")
def chain(tmp_path_factory, workspace_templates) -> tuple[Path, Path]:
    """The demo chain (signed runs, decisions, photos: field records of the services) with visits made as the
    generators make them (whole-row records), and its full package."""
    from datetime import date

    from opsdesk.ids import new_id, utcnow
    from opsdesk.models import Store, Visit
    from opsdesk.sync.capture import bulk_insert

    base = tmp_path_factory.mktemp("fast-paths")
    src = workspace_templates.copy(base / "src.sqlite", stores=3, seed=5, months=1, daily_days=3)
    ctx = _ctx(src)
    try:
        with ctx.tx() as s:
            stores = [store.id for store in s.query(Store).all()]
            bulk_insert(s, Visit, [{"id": new_id(), "store_id": stores[i % len(stores)],
                                    "planned_on": date(2026, 4, 1 + i % 28), "incident": i % 2 == 0,
                                    "observations": f"visit {i}", "created_at": utcnow()} for i in range(60)])
        path = sync.export_package(ctx, base / "full.opsync", full=True).path
    finally:
        ctx.db.close()
    return src, path


def test_the_flag_decides_which_way_rows_new_here_take(chain, tmp_path, workspace_templates, monkeypatch):
    """The comparisons below compare different ways: ``whole`` merges every row field by field, ``row`` takes the
    one-insert shortcut for most rows of a full package into an empty workspace, ``table`` sends merge_row only the
    rows the shortcut would not take (rows under a run the package signs)."""
    _src, package = chain
    merge_row, expand = apply._Merger.merge_row, apply._expand
    calls = {}
    for way in WAYS:
        _way(monkeypatch, way)
        counts = calls[way] = {"merge_row": 0, "expand": 0}

        def counting_merge_row(self, *args, counts=counts, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            counts["merge_row"] += 1
            return merge_row(self, *args, **kwargs)

        def counting_expand(*args, counts=counts, **kwargs):  # noqa: ANN002, ANN003, ANN202
            counts["expand"] += 1
            return expand(*args, **kwargs)

        monkeypatch.setattr(apply._Merger, "merge_row", counting_merge_row)
        monkeypatch.setattr(apply, "_expand", counting_expand)
        _import(workspace_templates.copy(tmp_path / f"r-{way}.sqlite"), package)
    rows = calls["whole"]["merge_row"]
    assert calls["whole"]["expand"] == rows > 90  # every row merged field by field
    assert calls["row"]["merge_row"] == rows and calls["row"]["expand"] < rows / 2  # most rows new: the shortcut
    assert calls["table"]["expand"] == calls["table"]["merge_row"] == calls["row"]["expand"] > 0  # only the others


def _both(contents: dict[str, tuple]) -> None:
    assert contents["table"] == contents["row"]
    assert contents["table"][:1] + contents["table"][2:] == contents["whole"][:1] + contents["whole"][2:]
    assert sorted(contents["table"][1]) == sorted(contents["whole"][1])


def test_a_full_package_into_an_empty_workspace_imports_the_same_each_way(chain, tmp_path, workspace_templates,
                                                                         monkeypatch):
    _src, package = chain
    results, contents = {}, {}
    for way in WAYS:
        _way(monkeypatch, way)
        where = workspace_templates.copy(tmp_path / f"r-{way}.sqlite")
        results[way] = _import(where, package)
        contents[way] = _content(where)
    assert results["table"] == results["row"] == results["whole"] and results["table"][1] > 300
    assert all(contents["table"][:2]) and contents["table"][3]
    _both(contents)


def test_a_package_over_part_of_its_rows_imports_the_same_each_way(chain, tmp_path, workspace_templates,
                                                                  monkeypatch):
    """A receiver holding part of the package already (an earlier package: every record but those of half the
    answers of unsigned runs, visits and equipment events no other record names): rows new and rows known in the
    same tables."""
    src, package = chain
    members = read_members(package)
    records = change_lines(members)
    signed = set()
    for r in records:
        if r["table"] == "checklist_run" and r["value"] is not None:
            value = json.loads(r["value"])
            status = value.get("status") if isinstance(value, dict) else value if r["field"] == "status" else None
            if status in ("signed", "superseded") or r["kind"] == "sign":
                signed.add(r["row"])
    referred = set()  # ids that other records name, and answers of signed runs: their rows come first
    for r in records:
        value = json.loads(r["value"]) if r["value"] is not None else None
        fields = value if isinstance(value, dict) else {r["field"]: value}
        referred.update(v for v in fields.values() if isinstance(v, str))
        if r["table"] == "answer" and fields.get("run_id") in signed:
            referred.add(r["row"])
    later = sorted({r["row"] for r in records if r["table"] in ("answer", "visit", "equipment_event")} - referred)
    later = set(later[::2])
    earlier = [r for r in records if r["row"] not in later]
    assert len(records) - len(earlier) > 20
    key = node_key(src)
    first = write_members(tmp_path / "first.opsync", resign(with_changes(members, key, jsonl(earlier)), key,
                                                            lambda m: m.update(package_id=str(uuid.uuid4()))))
    first_ws = workspace_templates.copy(tmp_path / "partial.sqlite")
    assert _import(first_ws, first)[1] > 0
    results, contents = {}, {}
    for way in WAYS:
        _way(monkeypatch, way)
        where = tmp_path / f"p-{way}.sqlite"
        where.write_bytes(first_ws.read_bytes())
        results[way] = _import(where, package)
        contents[way] = _content(where)
    assert results["table"] == results["row"] == results["whole"]
    assert results["table"][1] > 20 and results["table"][2] > 1000  # records applied, records known
    _both(contents)


@pytest.mark.parametrize("blocks", [False, True], ids=["format1", "format2"])
def test_a_refused_package_is_refused_the_same_each_way(chain, tmp_path, workspace_templates, monkeypatch, blocks):
    """An answer that refers to a run that is neither here nor in the package: the same message naming that
    record, nothing written."""
    src, package = chain
    members = read_members(package)
    records = change_lines(members)
    answer = next(i for i, r in enumerate(records) if r["table"] == "answer" and r["field"] == "run_id")
    records[answer] = {**records[answer], "value": json.dumps("0" * 32)}
    hostile = with_changes(members, node_key(src), jsonl(records))
    if blocks:
        hostile = as_blocks(hostile, node_key(src))
    path = write_members(tmp_path / "hostile.opsync", hostile)
    messages = []
    for way in WAYS:
        _way(monkeypatch, way)
        where = workspace_templates.copy(tmp_path / f"h-{way}.sqlite")
        _ctx(where).db.close()  # prepared as the import prepares it
        before = _content(where)
        with pytest.raises(SyncError) as err:
            _import(where, path)
        assert _content(where) == before
        messages.append(str(err.value))
    assert messages[0] == messages[1] == messages[2]
    assert f"changes.jsonl {'record' if blocks else 'line'} {answer + 1}:" in messages[0]
    assert "neither here nor in the package" in messages[0]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return build_base(tmp_path_factory.mktemp("fast-paths-converge"))


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HASH = re.compile(r"[0-9a-f]{64}")
_COUNTER = re.compile(r"([0-9]{15})-[0-9]{6}-")
_PACKAGE = re.compile(r"'[^']*p\d+\.opsync',\d+,")
_NUMBER = re.compile(r"^(INSERT INTO \"[a-z_]+\" VALUES\()\d+,")


def _content_lines(path: Path) -> list[str]:
    """A replica's dump as a sorted list of lines with what two runs of one scenario legitimately differ in masked:
    wall-clock times, the ids the services draw (a scenario draws them in an order that varies from run to run), the
    hashes over them (audit chain, signed content), the counters of the clocks (a service's edits of several rows
    within one simulated millisecond are flushed in an order that varies too), the numbers of the change log and
    conflict rows, the packages' paths and sizes (their zip headers hold times)."""
    out = []
    for line in normalized(dump(path)):
        line = _NUMBER.sub(r"\1N,", _HASH.sub("H", _UUID.sub("U", _TIME.sub("T", line))))
        line = _COUNTER.sub(r"\1-C-", line)
        line = _PACKAGE.sub("'P',S,", line)  # a ledger's package file (in this run's folder) and its size
        out.append(line)
    return sorted(out)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 7])
def test_random_scenarios_end_the_same_each_way(seed, base, tmp_path, monkeypatch):
    """The soak's exchanges (packages between replicas that hold overlapping parts of each other's rows): the same
    steps, conflicts and counts (the trace), and replicas holding the same content at the end, each way."""
    outcomes, contents = {}, {}
    for way in WAYS:
        _way(monkeypatch, way)
        folder = tmp_path / way
        outcome = run_scenario(seed, base, folder, checks=way == "table")
        assert not outcome.violations, outcome.report(steps=False)
        outcomes[way] = (outcome.trace, dict(outcome.stats))
        contents[way] = [_content_lines(path) for path in sorted(folder.glob("ws*.sqlite"))]
    assert outcomes["table"] == outcomes["row"] == outcomes["whole"]
    assert len(contents["table"]) >= 2 and contents["table"] == contents["row"] == contents["whole"]


def test_known_ids_are_the_same_whether_the_log_is_read_whole_or_asked_by_batches(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    # apply._known_ids reads the change log whole when it asks about more ids than the log holds (a first package),
    # else asks by batches; conflicts set aside as frozen count as known, other conflicts do not
    from opsdesk.models import SyncConflict

    ctx = _ctx(tmp_path / "w.sqlite")
    try:
        with ctx.db.engine.begin() as conn:
            logged = [r[0] for r in conn.exec_driver_sql("SELECT change_id FROM change_log")]
            assert len(logged) > 10  # the built-in content's changes
            strangers = [str(uuid.uuid4()) for _ in range(2 * len(logged))]
            frozen, concurrent = str(uuid.uuid4()), str(uuid.uuid4())
            few = [*logged[:3], *strangers[:2], frozen, concurrent]
            many = [*logged[::2], *strangers, frozen, concurrent]
            assert len(few) < len(logged) < len(many)
            for ids in (few, many):
                assert apply._known_ids(conn, ids) == set(ids) & set(logged)  # no conflict here yet
            for reason, loser in (("frozen", frozen), ("concurrent", concurrent)):
                conn.execute(SyncConflict.__table__.insert().values(
                    table_name="store", row_id="r", field="name", reason=reason, loser_hlc="h", loser_node="n",
                    loser_change_id=loser))
            for batch in (3, apply._ID_BATCH):
                monkeypatch.setattr(apply, "_ID_BATCH", batch)
                for ids in (few, many):
                    assert apply._known_ids(conn, ids) == (set(ids) & set(logged)) | {frozen}
            assert apply._known_ids(conn, []) == set()
    finally:
        ctx.db.close()
