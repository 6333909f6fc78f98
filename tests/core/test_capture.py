"""Change capture: one change_log row per changed field, field clocks, refusal of untraceable writes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, insert, select, update

from opsdesk.db import Database
from opsdesk.errors import IntegrityError
from opsdesk.models import ChangeLog, Store
from opsdesk.services import org
from opsdesk.sync.hlc import HLC

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)

STORE_LOGGED_FIELDS = {
    "created_at", "origin_node", "deleted",
    "code", "name", "kind", "region_id", "address", "phone", "status", "opened_on",
}
# An insert does not log a field that holds its column's constant default (the receiver applies it).
STORE_DEFAULTS = {"deleted": False, "kind": "direct", "status": "open", "address": "", "phone": ""}


def _changes(sql, after_seq: int = 0, table: str | None = None, row_id: str | None = None) -> list[dict]:
    query = ("SELECT seq, change_id, node_id, hlc, table_name, row_id, field, value, base_hlc "
             "FROM change_log WHERE seq > ?")
    params: list = [after_seq]
    if table:
        query += " AND table_name = ?"
        params.append(table)
    if row_id:
        query += " AND row_id = ?"
        params.append(row_id)
    keys = ("seq", "change_id", "node_id", "hlc", "table_name", "row_id", "field", "value", "base_hlc")
    return [dict(zip(keys, r)) for r in sql(query + " ORDER BY seq", *params)]


def _last_seq(sql) -> int:
    return sql("SELECT coalesce(max(seq), 0) FROM change_log")[0][0]


def _clocks(db, table: str, row_id: str) -> dict[str, str]:
    """Every field's current version as change capture sees it."""
    from opsdesk.sync.capture import field_version

    with db.reading() as s:
        return {f: field_version(s, table, row_id, f) for f in STORE_LOGGED_FIELDS}


def _updated_at(sql, table: str, row_id: str) -> str:
    return sql(f'SELECT updated_at FROM "{table}" WHERE id=?', row_id)[0][0]


def test_create_store_logs_one_row_per_field(ctx, db, sql, tree):
    start = _last_seq(sql)
    st = org.create_store(ctx, org.StoreInput(code="SH001", name="Xujiahui", region_id=tree.sh.id,
                                              address="1 Road", phone="021-5555555",
                                              opened_on=date(2021, 3, 4)))
    rows = _changes(sql, start)
    assert {r["table_name"] for r in rows} == {"store"}  # no managers: no assignment rows
    assert {r["row_id"] for r in rows} == {st.id}
    fields = [r["field"] for r in rows]
    assert len(fields) == len(set(fields))
    assert set(fields) == STORE_LOGGED_FIELDS - {"deleted", "kind", "status"}  # those are at their defaults
    hlcs = {r["hlc"] for r in rows}
    assert len(hlcs) == 1
    hlc = hlcs.pop()
    assert HLC.parse(hlc).node == db.node.node_id
    assert all(r["base_hlc"] is None for r in rows)
    assert all(r["node_id"] == db.node.node_id for r in rows)
    assert len({r["change_id"] for r in rows}) == len(rows)

    values = {r["field"]: r["value"] for r in rows}
    assert values["opened_on"] == '"2021-03-04"'
    assert json.loads(values["code"]) == "SH001"
    assert json.loads(values["name"]) == "Xujiahui"
    assert json.loads(values["phone"]) == "021-5555555"
    assert json.loads(values["region_id"]) == tree.sh.id
    assert sql("SELECT kind, status, deleted FROM store WHERE id=?", st.id) == [("direct", "open", 0)]
    assert json.loads(values["origin_node"]) == db.node.node_id
    created = datetime.fromisoformat(json.loads(values["created_at"]))
    assert abs(created - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=5)

    assert _updated_at(sql, "store", st.id) == hlc
    assert sql("SELECT origin_node FROM store WHERE id=?", st.id)[0][0] == db.node.node_id
    assert _clocks(db, "store", st.id) == {f: hlc for f in STORE_LOGGED_FIELDS}


def test_update_store_logs_only_changed_fields_with_base(ctx, db, sql, tree, make_user, admin):
    manager = make_user("store_manager")
    supervisor = make_user("supervisor")
    data = org.StoreInput(code="SH002", name="Jingan", region_id=tree.sh.id, phone="021-1111111",
                          address="2 Road", opened_on=date(2020, 5, 6), manager_id=manager.id,
                          supervisor_id=supervisor.id)
    st = org.create_store(ctx, data)
    created_hlc = _updated_at(sql, "store", st.id)
    assignments_before = sql("SELECT id, user_id, role, deleted FROM assignment ORDER BY id")

    start = _last_seq(sql)
    data1 = org.StoreInput(**{**data.__dict__, "name": "Jingan Temple", "phone": "021-2222222"})
    dto = org.update_store(ctx, st.id, data1)
    assert (dto.name, dto.phone, dto.manager_id, dto.supervisor_id) == (
        "Jingan Temple", "021-2222222", manager.id, supervisor.id)
    rows = _changes(sql, start)
    assert sorted(r["field"] for r in rows) == ["name", "phone"]
    assert {(r["table_name"], r["row_id"]) for r in rows} == {("store", st.id)}
    assert {r["base_hlc"] for r in rows} == {created_hlc}
    assert len({r["hlc"] for r in rows}) == 1
    hlc1 = rows[0]["hlc"]
    assert hlc1 > created_hlc
    assert HLC.parse(hlc1) > HLC.parse(created_hlc)
    assert {r["field"]: json.loads(r["value"]) for r in rows} == {"name": "Jingan Temple", "phone": "021-2222222"}
    assert _updated_at(sql, "store", st.id) == hlc1
    assert sql("SELECT id, user_id, role, deleted FROM assignment ORDER BY id") == assignments_before

    clocks = _clocks(db, "store", st.id)
    assert clocks["name"] == clocks["phone"] == hlc1
    assert all(clocks[f] == created_hlc for f in STORE_LOGGED_FIELDS - {"name", "phone"})

    # A second edit: each field's base is the version of that field, not of the row.
    start = _last_seq(sql)
    data2 = org.StoreInput(**{**data1.__dict__, "name": "Jingan 2", "address": "3 Road"})
    org.update_store(ctx, st.id, data2)
    rows = {r["field"]: r for r in _changes(sql, start)}
    assert set(rows) == {"name", "address"}
    assert rows["name"]["base_hlc"] == hlc1
    assert rows["address"]["base_hlc"] == created_hlc
    assert rows["name"]["hlc"] > hlc1


def test_update_with_no_change_logs_nothing(ctx, sql, make_store, snapshot):
    st = make_store(phone="021-1234567", address="Somewhere")
    before = snapshot()
    updated_at = _updated_at(sql, "store", st.id)
    org.update_store(ctx, st.id, org.StoreInput(code=st.code, name=st.name, region_id=st.region_id,
                                                kind=st.kind, status=st.status, address=st.address,
                                                phone=st.phone, opened_on=st.opened_on))
    assert snapshot() == before
    assert _updated_at(sql, "store", st.id) == updated_at


def test_set_store_status_logs_only_status(ctx, sql, make_store):
    st = make_store()
    created_hlc = _updated_at(sql, "store", st.id)
    start = _last_seq(sql)
    dto = org.set_store_status(ctx, st.id, "closed")
    assert dto.status == "closed"
    rows = _changes(sql, start)
    assert [(r["table_name"], r["field"], r["value"], r["base_hlc"]) for r in rows] == [
        ("store", "status", '"closed"', created_hlc)]


def test_soft_delete_logs_deleted_and_audits_delete(ctx, db, sql, make_store, admin):
    st = make_store()
    created_hlc = _updated_at(sql, "store", st.id)
    start = _last_seq(sql)
    with db.transaction(admin.id) as s:
        s.get(Store, st.id).deleted = True
    rows = _changes(sql, start)
    assert [(r["row_id"], r["field"], r["value"], r["base_hlc"]) for r in rows] == [
        (st.id, "deleted", "true", created_hlc)]
    assert sql("SELECT deleted FROM store WHERE id=?", st.id) == [(1,)]
    action, actor, before, after = sql(
        "SELECT action, actor_id, before, after FROM audit_entry ORDER BY seq DESC LIMIT 1")[0]
    assert (action, actor) == ("delete", admin.id)
    assert json.loads(before) == {"deleted": False}
    assert json.loads(after) == {"deleted": True}

    delete_hlc = rows[0]["hlc"]
    start = _last_seq(sql)
    with db.transaction(admin.id) as s:
        s.get(Store, st.id).deleted = False
    rows = _changes(sql, start)
    assert [(r["field"], r["value"], r["base_hlc"]) for r in rows] == [("deleted", "false", delete_hlc)]
    assert sql("SELECT action FROM audit_entry ORDER BY seq DESC LIMIT 1") == [("restore",)]


def test_hard_delete_is_refused(db, sql, make_store, snapshot):
    st = make_store()
    before = snapshot()
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.delete(s.get(Store, st.id))
    assert snapshot() == before
    assert sql("SELECT deleted FROM store WHERE id=?", st.id) == [(0,)]


def test_bulk_update_is_refused(db, sql, make_store, snapshot):
    st = make_store()
    before = snapshot()
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.execute(update(Store).values(name="x"))
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.execute(update(Store.__table__).where(Store.__table__.c.id == st.id).values(name="y"))
    assert snapshot() == before
    assert sql("SELECT name FROM store WHERE id=?", st.id) == [(st.name,)]


def test_bulk_delete_is_refused(db, sql, make_store, snapshot):
    make_store()
    before = snapshot()
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.execute(delete(Store))
    assert snapshot() == before


def test_bulk_insert_is_refused(db, tree, snapshot):
    """An ORM/Core INSERT through the session bypasses before_flush: the row would never be logged."""
    before = snapshot()
    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.execute(insert(Store).values(
                id="bulk-1", code="B1", name="Bulk", kind="direct", region_id=tree.sh.id, address="",
                phone="", status="open", created_at=datetime(2024, 1, 1), updated_at="x",
                origin_node=db.node.node_id))
    assert snapshot() == before


def test_write_in_reading_session_is_refused(db, sql, make_store, tree, snapshot):
    st = make_store()
    before = snapshot()
    with pytest.raises(IntegrityError):
        with db.reading() as s:
            s.add(Store(code="R1", name="Read only", region_id=tree.sh.id))
            s.flush()
    with pytest.raises(IntegrityError):
        with db.reading() as s:
            s.get(Store, st.id).name = "changed"
            s.commit()
    assert snapshot() == before
    assert sql("SELECT name FROM store WHERE id=?", st.id) == [(st.name,)]


def test_rolled_back_transaction_leaves_no_trace(db, tree, make_store, snapshot):
    st = make_store()
    before = snapshot()
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            s.add(Store(code="RB1", name="Never", region_id=tree.sh.id))
            s.get(Store, st.id).name = "Renamed"
            s.flush()
            assert s.scalar(select(ChangeLog).where(ChangeLog.field == "code", ChangeLog.value == '"RB1"'))
            raise RuntimeError("boom")
    assert snapshot() == before
    with db.reading() as s:
        assert s.get(Store, st.id).name == st.name
        assert s.scalar(select(Store).where(Store.code == "RB1")) is None


def test_column_defaults_are_applied_in_the_hook(db, sql, tree):
    start = _last_seq(sql)
    with db.transaction() as s:
        row = Store(code="DF1", name="Defaults", region_id=tree.sh.id)
        s.add(row)
        s.flush()
        store_id = row.id
    rows = _changes(sql, start)
    assert {r["row_id"] for r in rows} == {store_id}
    assert len(store_id) == 36
    values = {r["field"]: json.loads(r["value"]) for r in rows}
    assert set(values) == STORE_LOGGED_FIELDS - set(STORE_DEFAULTS)
    assert values["opened_on"] is None
    # The defaults were applied in the hook: the audit entry records them, and so does the row.
    after = json.loads(sql("SELECT after FROM audit_entry WHERE row_id=?", store_id)[0][0])
    assert {k: after[k] for k in STORE_DEFAULTS} == STORE_DEFAULTS
    assert values["origin_node"] == db.node.node_id
    assert values["created_at"]
    assert sql("SELECT kind, status, deleted, address, phone FROM store WHERE id=?", store_id) == [
        ("direct", "open", 0, "", "")]


def test_two_flushes_in_one_transaction_chain_bases(db, sql, make_store):  # noqa: D103
    st = make_store()
    created = _updated_at(sql, "store", st.id)
    start = _last_seq(sql)
    with db.transaction() as s:
        row = s.get(Store, st.id)
        row.name = "First"
        s.flush()
        row.name = "Second"
    rows = _changes(sql, start)
    assert [(r["field"], json.loads(r["value"])) for r in rows] == [("name", "First"), ("name", "Second")]
    assert rows[0]["base_hlc"] == created
    assert rows[1]["base_hlc"] == rows[0]["hlc"]
    assert rows[1]["hlc"] > rows[0]["hlc"]
    assert _clocks(db, "store", st.id)["name"] == rows[1]["hlc"]


def test_assignment_rows_are_logged(ctx, sql, tree, make_user, admin):
    manager = make_user("store_manager")
    start = _last_seq(sql)
    st = org.create_store(ctx, org.StoreInput(code="A1", name="Assigned", region_id=tree.sh.id,
                                              opened_on=date(2020, 1, 1), manager_id=manager.id))
    rows = _changes(sql, start, table="assignment")
    values = {r["field"]: json.loads(r["value"]) for r in rows}
    assert values["user_id"] == manager.id
    assert values["store_id"] == st.id
    assert values["role"] == "manager"
    assert "deleted" not in values  # still its default


def test_clock_resumes_after_the_latest_logged_change(db_path, tree, make_store, db, raw):
    """A reopened workspace seeds its clock from the change log, so new edits sort after old ones."""
    st = make_store()
    future = HLC(HLC.parse(db.clock.now()).wall_ms + 3_600_000, 5, db.node.node_id)
    db.close()
    conn = raw(db_path)
    conn.execute("INSERT INTO change_log(change_id, node_id, hlc, table_name, row_id, field, value) "
                 "VALUES ('future-change', ?, ?, 'store', ?, 'phone', '\"1\"')",
                 (db.node.node_id, str(future), st.id))
    conn.commit()
    conn.close()

    again = Database.open(db_path)
    try:
        with again.transaction() as s:
            s.get(Store, st.id).name = "After reopen"
        with again.reading() as s:
            latest = s.scalar(select(ChangeLog.hlc).where(ChangeLog.field == "name").order_by(ChangeLog.seq.desc()))
            assert latest > str(future)
            assert HLC.parse(latest) > future
    finally:
        again.close()


def test_change_log_and_audit_not_written_for_meta(db, snapshot):
    before = snapshot()
    db.set_meta("some_setting", "1")
    after = snapshot()
    assert after["meta"] == before["meta"] + 1
    assert {k: v for k, v in after.items() if k != "meta"} == {k: v for k, v in before.items() if k != "meta"}


def test_row_versions_agree_with_a_query_per_field_on_random_histories(db) -> None:
    """``row_versions`` answers every field of a row from one query; seeded random histories (fields logged,
    ``*`` records, clocks in any order, rows never logged) give what the per-field query gives."""
    import random

    from sqlalchemy import func

    from opsdesk.sync.capture import ROW_FIELD, row_versions

    def reference(s, row_id: str, field: str) -> str | None:
        latest = s.scalar(select(func.max(ChangeLog.hlc)).where(
            ChangeLog.table_name == "t", ChangeLog.row_id == row_id, ChangeLog.field.in_((field, ROW_FIELD))))
        if latest is not None:
            return latest
        return s.scalar(select(func.min(ChangeLog.hlc)).where(ChangeLog.table_name == "t",
                                                             ChangeLog.row_id == row_id))

    fields = ["a", "b", "c", ROW_FIELD]
    for seed in range(30):
        rng = random.Random(seed)
        rows = []
        for r in range(4):
            for _ in range(rng.randrange(0, 8)):
                clock = HLC(1_700_000_000_000 + rng.randrange(0, 50), rng.randrange(0, 3), f"n{rng.randrange(3)}")
                rows.append({"change_id": f"{seed}-{len(rows)}", "node_id": "n", "hlc": str(clock), "table_name": "t",
                             "row_id": f"r{seed}-{r}", "field": rng.choice(fields), "value": "1"})
        with db.transaction() as s:
            if rows:
                s.connection().execute(insert(ChangeLog.__table__), rows)
        with db.reading() as s:
            for r in range(5):  # the fifth row is never logged
                version = row_versions(s, "t", f"r{seed}-{r}")
                for field in ("a", "b", "c", "d"):
                    assert version(field) == reference(s, f"r{seed}-{r}", field), f"seed {seed}, row {r}, {field}"
