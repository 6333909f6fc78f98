"""Package format 2: the change list as blocks of records (one table and field a block, values in columns).

A block stands for the records of format 1 that ``apply.block_records`` gives it (the same keys, each value
as the text ``codec.dumps`` writes), and it must import exactly as those records would: the same rows, change
log, conflicts and counts, the same refusals. Format 1 packages (written by OpsDesk before format 2, or with
``format_version=1``) still import as before; the hostile and corpus modules craft theirs in format 1 and
``test_sync_hostile.test_refused_in_blocks`` runs its refused cases in blocks too.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from converge_helpers import query_rows
from sync_helpers import (
    CHANGES,
    as_blocks,
    blocks,
    change_lines,
    get,
    manifest_of,
    member_entry,
    node_key,
    package_records,
    put,
    read_members,
    resign,
    stored_rows,
    write_members,
)
from test_sync import open_ctx

from opsdesk.errors import PackageContentError, PackageCorruptError, PackageTooLargeError, PackageTooNewError, SyncError
from opsdesk.models import Base, Synced
from opsdesk.permissions import as_system
from opsdesk.scoring import exact_sum
from opsdesk.services import sync, workspace
from opsdesk.services.context import AppContext
from opsdesk.sync import apply, package
from opsdesk.sync.codec import dumps, json_texts, object_texts

SYNCED = sorted(m.local_table.name for m in Base.registry.mappers if issubclass(m.class_, Synced))
LOG = "SELECT change_id, node_id, hlc, table_name, row_id, field, value, base_hlc, kind, actor_id FROM change_log"
CONFLICTS = ("SELECT table_name, row_id, field, reason, winner_value, winner_hlc, loser_value, loser_hlc, status "
             "FROM sync_conflict")


def _ctx(path: Path | str) -> AppContext:
    return as_system(open_ctx(path, builtin=True))


def _rows(path: Path, query: str) -> list[tuple]:
    return sorted(query_rows(path, query))


def _state(path: Path) -> tuple:
    return stored_rows(path, SYNCED), _rows(path, LOG), _rows(path, CONFLICTS)


@pytest.fixture(scope="module")
def source(tmp_path_factory, workspace_templates) -> tuple[Path, Path, Path]:
    """The demo chain (per-field records of the services, whole-row records of the builders, signed runs,
    decisions), exported in both formats: (workspace, package of format 1, package of format 2)."""
    from opsdesk.ids import new_id, utcnow
    from opsdesk.models import Store, Visit
    from opsdesk.sync.capture import bulk_insert

    base = tmp_path_factory.mktemp("blocks")
    src = workspace_templates.copy(base / "src.sqlite", stores=3, seed=2)
    ctx = _ctx(src)
    try:
        with ctx.tx() as s:  # whole-row records, as the generators write them
            stores = [st_.id for st_ in s.query(Store).all()]
            bulk_insert(s, Visit, [{"id": new_id(), "store_id": stores[i % len(stores)], "planned_on": date(2026, 3, 1 + i),
                                    "check_in": datetime(2026, 3, 1 + i, 9, i, 5, 1000 * i) if i % 3 else None,
                                    "incident": i % 2 == 0, "observations": f"巡店 {i}", "created_at": utcnow()}
                                   for i in range(12)])
        v1 = sync.export_package(ctx, base / "v1.opsync", full=True, format_version=1).path
        v2 = sync.export_package(ctx, base / "v2.opsync", full=True).path
    finally:
        ctx.db.close()
    return src, v1, v2


def test_an_export_is_of_format_2_and_holds_the_records_of_format_1(source):
    _src, v1, v2 = source
    assert manifest_of(read_members(v1))["format_version"] == 1
    assert manifest_of(read_members(v2))["format_version"] == package.FORMAT_VERSION == 2
    old, new = package_records(v1), package_records(v2)
    assert len(old) > 1000 and any(r["field"] == "*" for r in old)
    assert sorted(json.dumps(r, sort_keys=True) for r in new) == sorted(json.dumps(r, sort_keys=True) for r in old)
    lines = [json.loads(line) for line in get(read_members(v2), CHANGES).splitlines()]
    assert len(lines) < len(old) / 10  # blocks, not records
    assert {b["field"] for b in lines} > {"*"} and "*" in {b["field"] for b in lines}  # both kinds of block


def test_both_formats_import_the_same(source, tmp_path, workspace_templates):
    _src, v1, v2 = source
    results, states = [], []
    for name, path in (("r1.sqlite", v1), ("r2.sqlite", v2)):
        where = workspace_templates.copy(tmp_path / name)
        ctx = _ctx(where)
        try:
            result = sync.import_package(ctx, path, trust=True)
        finally:
            ctx.db.close()
        results.append((result.changes, result.applied, result.known, result.skipped, result.conflicts,
                        result.attachments))
        states.append(_state(where))
    assert results[0] == results[1] and results[0][1] > 200
    assert states[0] == states[1]


def test_blocks_parse_to_the_records_parse_record_makes_without_calling_it(source, monkeypatch):
    _src, v1, v2 = source
    tables = apply.synced_table_map()
    expected = [apply.parse_record(n, r, tables, unit="record") for n, r in enumerate(package_records(v2), 1)]
    opened = package.open_package(v2, sender=lambda _n: None, known_revision=lambda _r: True, trust_new=True)
    try:
        found = opened.blocks()

        def refuse(*_a, **_k):
            raise AssertionError("an honest block was checked record by record")

        monkeypatch.setattr(apply, "parse_record", refuse)  # every block takes the column path
        records = apply.parse_blocks(found, tables)
    finally:
        opened.close()
    assert len(records) == len(expected)
    assert [tuple(r) for r in records] == [tuple(r) for r in expected]


def test_a_record_gives_its_json_value_and_a_whole_row_its_fields_as_a_dict(source):
    """``parsed`` of a whole-row record is the object its text holds (the block keeps the values as a tuple in the
    order of ``decoded``), of a field record the value; the same from a block and from a line of format 1."""
    _src, v1, v2 = source
    tables = apply.synced_table_map()
    opened = package.open_package(v2, sender=lambda _n: None, known_revision=lambda _r: True, trust_new=True)
    try:
        records = apply.parse_blocks(opened.blocks(), tables)
    finally:
        opened.close()
    lines = [apply.parse_record(n, r, tables) for n, r in enumerate(package_records(v1), 1)]
    rows = [r for r in records if r.field == "*"]
    assert rows and len(rows) < len(records)
    for r in records:
        assert r.parsed == json.loads(r.value)
        if r.field == "*":
            assert type(r.parsed) is dict and list(r.parsed) == list(r.decoded)
    by_id = {r.change_id: r.parsed for r in lines}
    assert {r.change_id: r.parsed for r in records} == by_id


def _edit_first(members, key, table: str, edit) -> tuple[list, int]:  # noqa: ANN001
    """Re-sign the package with ``edit(block)`` applied to its first block of ``table``; returns the
    members and the number of that block's first record."""
    lines = [json.loads(line) for line in get(members, CHANGES).splitlines() if line.strip()]
    first = 1
    for block in lines:
        if block["table"] == table:
            edit(block)
            break
        first += block["n"]
    else:
        raise AssertionError(f"no block of {table}")
    changes = b"".join(json.dumps(b).encode() + b"\n" for b in lines)  # (escapes a lone surrogate)

    def fix(m: dict) -> None:
        m["members"][CHANGES] = member_entry(changes)

    return resign(put(members, CHANGES, changes), key, fix), first


def _refused(tmp_path: Path, templates, members) -> SyncError:  # noqa: ANN001
    path = write_members(tmp_path / "hostile.opsync", members)
    where = templates.copy(tmp_path / "recv.sqlite")
    ctx = _ctx(where)
    before = _state(where)
    try:
        with pytest.raises(SyncError) as err:
            sync.import_package(ctx, path, trust=True)
    finally:
        ctx.db.close()
    assert _state(where) == before
    message = str(err.value)
    assert message.strip() and "\n" not in message
    return err.value


@pytest.mark.parametrize(("field", "value", "why"), [
    ("observations", "a\x00b", "NUL"),
    ("observations", "\ud800", "Unicode"),
    ("training_topic", "x" * 300, "300 characters"),
    ("incident", "yes", "boolean"),
    ("status", "bogus", "is not one of"),
    ("check_in", "yesterday", "Invalid isoformat"),
    ("planned_on", 20260301, "must be str"),
])
def test_a_value_that_does_not_fit_is_refused_naming_its_record(source, tmp_path, workspace_templates, field, value,
                                                                 why):
    """The first visit block becomes a block of ``field`` whose every value is unfit: refused at its first
    record, named as format 1 names a line (table and row too), nothing changed."""
    src, _v1, v2 = source
    rows: list[str] = []

    def edit(block: dict) -> None:
        block.pop("fields", None)
        block.update(field=field, values=[[value] * block["n"]], base=[None] * block["n"])
        rows.extend(block["row"])

    hostile, first = _edit_first(read_members(v2), node_key(src), "visit", edit)
    err = _refused(tmp_path, workspace_templates, hostile)
    assert isinstance(err, PackageContentError)
    assert f"changes.jsonl record {first}: visit {rows[0][:40]}" in str(err)
    assert why in str(err)


SHAPES = {
    "count too high": lambda b: b.update(n=b["n"] + 1),
    "count zero": lambda b: b.update(n=0),
    "a column too short": lambda b: b["hlc"].pop(),
    "a column missing": lambda b: b.pop("node"),
    "an unknown key": lambda b: b.update(extra=[]),
    "values and texts": lambda b: b.update(texts=[None] * b["n"]),
    "neither values nor texts": lambda b: b.pop("values"),
    "a value column too short": lambda b: b["values"][0].pop(),
    "a value column too many": lambda b: b["values"].append([None] * b["n"]),
    "a field named twice": lambda b: b.update(fields=[b["fields"][0], *b["fields"][:-1]]),
    "fields not texts": lambda b: b.update(fields=[1] * len(b["fields"])),
    "no table": lambda b: b.pop("table"),
}


@pytest.mark.parametrize("case", list(SHAPES))
def test_a_block_of_the_wrong_shape_is_refused(source, tmp_path, workspace_templates, case):
    src, _v1, v2 = source
    hostile, _first = _edit_first(read_members(v2), node_key(src), "visit", SHAPES[case])
    err = _refused(tmp_path, workspace_templates, hostile)
    assert isinstance(err, PackageCorruptError) and "changes.jsonl record" in str(err)


@pytest.mark.parametrize("case", ["not JSON", "not an object", "too large"])
def test_a_line_that_is_no_block_is_refused(source, tmp_path, workspace_templates, monkeypatch, case):
    src, _v1, v2 = source
    members = read_members(v2)
    changes = get(members, CHANGES)
    if case == "not JSON":
        changes += b'{"table": \n'
    elif case == "not an object":
        changes += b"[1, 2]\n"
    else:
        monkeypatch.setattr(package, "MAX_BLOCK_BYTES", 1000)
    hostile = resign(put(members, CHANGES, changes), node_key(src),
                     lambda m: m["members"].__setitem__(CHANGES, member_entry(changes)))
    err = _refused(tmp_path, workspace_templates, hostile)
    assert isinstance(err, PackageTooLargeError if case == "too large" else PackageCorruptError)


def test_a_package_of_format_1_turned_into_blocks_imports_the_same(source, tmp_path, workspace_templates):
    src, v1, _v2 = source
    converted = write_members(tmp_path / "converted.opsync", as_blocks(read_members(v1), node_key(src)))
    states = []
    for name, path in (("a.sqlite", v1), ("b.sqlite", converted)):
        where = workspace_templates.copy(tmp_path / name)
        ctx = _ctx(where)
        try:
            sync.import_package(ctx, path, trust=True)
        finally:
            ctx.db.close()
        states.append(_state(where))
    assert states[0] == states[1]


def test_a_record_whose_text_is_not_canonical_travels_as_its_text(source, tmp_path, workspace_templates):
    """A logged text that is not what ``dumps`` writes (a hand-made package, another program): the next
    workspace's log holds the same text, so a change reads the same on every workspace."""
    src, v1, _v2 = source
    members = read_members(v1)
    records = change_lines(members)
    odd = next(i for i, r in enumerate(records) if r["table"] == "store" and r["field"] == "name")
    records[odd] = {**records[odd], "value": " " + records[odd]["value"]}  # JSON all the same
    changes = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)
    hand_made = write_members(tmp_path / "hand.opsync", resign(
        put(members, CHANGES, changes), node_key(src), lambda m: m["members"].__setitem__(CHANGES, member_entry(changes))))
    middle, last = workspace_templates.copy(tmp_path / "m.sqlite"), workspace_templates.copy(tmp_path / "l.sqlite")
    ctx = _ctx(middle)
    try:
        sync.import_package(ctx, hand_made, trust=True)
        relayed = sync.export_package(ctx, tmp_path / "relay.opsync", full=True).path
    finally:
        ctx.db.close()
    text_blocks = [json.loads(line) for line in get(read_members(relayed), CHANGES).splitlines()]
    assert [b["texts"] for b in text_blocks if "texts" in b] == [[records[odd]["value"]]]
    ctx = _ctx(last)
    try:
        sync.import_package(ctx, relayed, trust=True)
    finally:
        ctx.db.close()
    query = f"SELECT value FROM change_log WHERE change_id = '{records[odd]['change_id']}'"
    assert _rows(middle, query) == _rows(last, query) == [(records[odd]["value"],)]


def test_an_older_app_refuses_a_package_of_format_2_and_changes_nothing(source, tmp_path, workspace_templates,
                                                                        monkeypatch):
    _src, _v1, v2 = source
    monkeypatch.setattr(package, "FORMAT_VERSION", 1)  # what OpsDesk before format 2 knows
    where = workspace_templates.copy(tmp_path / "old.sqlite")
    ctx = _ctx(where)
    before = _state(where)
    try:
        with pytest.raises(PackageTooNewError, match="package format 2 is newer than this app's"):
            sync.import_package(ctx, v2, trust=True)
    finally:
        ctx.db.close()
    assert _state(where) == before


def test_an_unknown_format_is_not_written(source, tmp_path):
    src, _v1, _v2 = source
    ctx = _ctx(src)
    try:
        with pytest.raises(SyncError):
            sync.export_package(ctx, tmp_path / "x.opsync", format_version=3)
    finally:
        ctx.db.close()
    assert not (tmp_path / "x.opsync").exists()


# ---------------------------------------------------------------- a column at a time, as value by value

JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), st.text(max_size=30),
    st.sampled_from(["", "\x00", "\ud800", "x" * 300, "open", "closed", "completed", "signed", "pass", "[1,2]",
                     "{}", "[]", "not json", "2026-01-02", "2026-01-02T03:04:05", "2026-01-02T03:04:05.123456",
                     "2026-01-02T03:04:05+08:00", "2026-01-02 03:04:05", "20260102", "0001-01-01T00:00:00",
                     "1.25", "12.345", "-3"]),
)
JSON_VALUES = st.one_of(JSON_SCALARS, st.lists(JSON_SCALARS, max_size=3),
                        st.dictionaries(st.text(max_size=5), JSON_SCALARS, max_size=3))
CODECS = [(table, name, codec) for table in ("store", "answer", "checklist_run", "template_item", "equipment",
                                             "promotion", "signature", "attachment")
          for name, codec in apply.codecs_for(apply.synced_table_map()[table]).items()]


def _one_by_one(codec, values):  # noqa: ANN001, ANN202
    try:
        return [codec.to_db(v) for v in values]
    except (ValueError, TypeError, ArithmeticError, RecursionError):
        return "unfit"


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(CODECS), st.lists(JSON_VALUES, max_size=6), st.data())
def test_a_column_converts_as_its_values_do_one_by_one(entry, values, data):
    _table, _name, codec = entry
    if data.draw(st.booleans()):  # a column of one kind, as an honest block holds
        values = [codec.to_json(v) for v in _one_by_one(codec, values)] if _one_by_one(codec, values) != "unfit" \
            else values
    try:
        together = codec.to_db_many(list(values))
    except apply._Unfit:
        together = "unfit"
    expected = _one_by_one(codec, values)
    assert together == expected
    if together != "unfit":
        assert [type(v) for v in together] == [type(v) for v in expected]


def test_honest_columns_take_the_column_path(source):
    """The values a real package holds convert a column at a time (no fallback), equal to one by one."""
    _src, _v1, v2 = source
    tables = apply.synced_table_map()
    for line in get(read_members(v2), CHANGES).splitlines():
        block = json.loads(line)
        codecs = apply.codecs_for(tables[block["table"]])
        for name, column in zip(block.get("fields") or [block["field"]], block["values"]):
            assert codecs[name].to_db_many(column) == [codecs[name].to_db(v) for v in column]


@given(st.lists(JSON_VALUES, max_size=8))
def test_json_texts_are_dumps(values):
    assert json_texts(values) == [dumps(v) for v in values]


@given(st.lists(st.tuples(JSON_VALUES, JSON_VALUES, JSON_VALUES), max_size=5),
       st.lists(st.text(max_size=6), min_size=3, max_size=3, unique=True))
def test_object_texts_are_dumps_of_each_row(rows, fields):
    columns = [[row[i] for row in rows] for i in range(3)]
    assert object_texts(fields, columns, len(rows)) == [dumps(dict(zip(fields, row))) for row in rows]
    assert object_texts([], [], 2) == ["{}", "{}"]


def test_blocks_group_records_by_table_and_fields():
    records = [{"change_id": f"c{i}", "node": "n", "hlc": f"{i:015d}-000000-n", "table": "store", "row": f"r{i % 2}",
                "field": "name" if i % 3 else "*", "value": dumps("x") if i % 3 else dumps({"name": "y", "code": "C"}),
                "base": None, "kind": None, "actor": None} for i in range(7)]
    lines = [json.loads(line) for line in blocks(records).splitlines()]
    assert [(b["table"], b["field"], b["n"]) for b in lines] == [("store", "*", 3), ("store", "name", 4)]
    assert lines[0]["fields"] == ["code", "name"] and lines[0]["values"] == [["C"] * 3, ["y"] * 3]
    back = [r for i, b in enumerate(lines) for r in apply.block_records(1 + 3 * i, b)]
    assert sorted(json.dumps(r, sort_keys=True) for r in back) == sorted(json.dumps(r, sort_keys=True) for r in records)


@given(st.lists(st.one_of(st.fractions(max_denominator=12), st.integers(-50, 50),
                          st.decimals(min_value=-100, max_value=100, places=2)), max_size=20))
def test_exact_sum_is_the_sum(values):
    total = exact_sum(values)
    assert isinstance(total, Fraction)
    assert total == sum((Fraction(v) for v in values), Fraction(0))


def test_dates_and_times_convert_as_the_driver_stores_them():
    codec = apply.codecs_for(apply.synced_table_map()["store"])["created_at"]
    values = ["2026-01-02T03:04:05", "2026-01-02T03:04:05.000007", None, "2026-01-02T03:04:05+08:00"]
    assert codec.to_db_many(values) == [codec.to_db(v) for v in values]
    opened = apply.codecs_for(apply.synced_table_map()["store"])["opened_on"]
    assert opened.to_db_many(["2026-01-02", None, "20260103"]) == [opened.to_db(v) for v in
                                                                   ("2026-01-02", None, "20260103")]
    assert isinstance(date(2026, 1, 2), date) and isinstance(datetime(2026, 1, 2), date) and Decimal(1)


def test_the_command_line_writes_format_1_when_asked(source, tmp_path):
    from cli_helpers import run_in_process

    src, _v1, _v2 = source
    (user,) = _rows(src, "SELECT username FROM user WHERE role = 'head_office' ORDER BY username LIMIT 1")
    password = tmp_path / "pw.txt"
    password.write_text("demo1234\n", encoding="utf-8")  # the demo's users
    who = ("--user", user[0], "--password-file", str(password))
    for fmt in ("1", "2"):
        out = tmp_path / f"f{fmt}.opsync"
        done = run_in_process(*who, "sync", "export", "--db", str(src), "-o", str(out), "--format", fmt)
        assert done.returncode == 0, done.stderr
        assert manifest_of(read_members(out))["format_version"] == int(fmt)
    for bad in ("3", "abc"):  # one error line, exit 2, nothing written
        done = run_in_process(*who, "sync", "export", "--db", str(src), "-o", str(tmp_path / "x.opsync"), "--format", bad)
        assert done.returncode == 2 and not (tmp_path / "x.opsync").exists()
        assert done.stderr.strip().splitlines() == [f"error: --format {bad!r} is not a package format (choose 1 or 2)"]


def test_blocks_of_rows_without_fields_and_of_one_field_parse_as_records_do():
    """Synthetic blocks: whole rows that name no field (every field at its default), a field of one record."""
    hlc = "000001764000000-000001-abcd"
    base = {"node": ["abcd"] * 2, "hlc": [hlc, hlc.replace("-000001-", "-000002-")], "row": ["r1", "r2"],
            "base": [None, None], "kind": [None, "sign"], "actor": [None, "u1"], "change_id": ["c1", "c2"]}
    empty = {"table": "store", "field": "*", "n": 2, "fields": [], "values": [], **base}
    one = {"table": "store", "field": "name", "n": 2, "values": [["一号店", "二号店"]], **base}
    tables = apply.synced_table_map()
    for block in (empty, one):
        expected = [apply.parse_record(1 + i, r, tables, unit="record") for i, r in
                    enumerate(apply.block_records(1, block))]
        found = apply.parse_blocks([(1, block)], tables)
        assert [tuple(r) for r in found] == [tuple(r) for r in expected] and len(found) == 2
    assert [r.value for r in apply.parse_blocks([(1, empty)], tables)] == ["{}", "{}"]


def test_the_import_pauses_the_cycle_collector_and_leaves_it_as_it_found_it(monkeypatch) -> None:  # noqa: ANN001
    """No automatic pass walks the import's records while it runs; after, the collector is on again only if it was
    (the desktop app keeps it off and collects on its GUI thread)."""
    import gc

    from opsdesk.services import sync

    seen: list[bool] = []

    def fake(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(gc.isenabled())
        return "done"

    monkeypatch.setattr(sync, "_import_package", fake)
    was = gc.isenabled()
    try:
        gc.enable()
        assert sync.import_package(None, "p.opsync") == "done" and seen == [False] and gc.isenabled()
        gc.disable()
        assert sync.import_package(None, "p.opsync") == "done" and seen == [False, False] and not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
