"""Organisation service: validation, hierarchical filters, search, sorting/paging, users, regions."""

from __future__ import annotations

from datetime import date

import pytest

from opsdesk.errors import NotFoundError, ValidationError
from opsdesk.services import org
from opsdesk.services.org import StoreInput, StoreQuery, UserInput, UserQuery

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)
# The [pg] twins: the tests that reach what differs between the backends (tests/core/conftest.py PG_TWINS).
PG_TWINS = (
    "test_duplicate_code_is_case_insensitive",
    "test_all_problems_reported_at_once",
    "test_store_dto_carries_people_and_path",
    "test_region_filter_includes_its_areas",
    "test_search",
    "test_kind_filter",
    "test_closed_stores_hidden_by_default",
    "test_soft_deleted_stores_are_gone",
    "test_sorting_and_paging_agree_with_count",
    "test_manager_sort_values",
    "test_changing_stores_tombstones_removed_assignments",
    "test_update_user_keeps_own_username",
    "test_user_query_filters",
    "test_regions_and_areas",
)

D = date(2020, 6, 1)


@pytest.fixture(autouse=True)
def _head_office(ctx) -> None:  # noqa: ANN001
    """The organisation is head office's to change (opsdesk.permissions): the tests act as a head-office user."""
    from acting import as_head_office

    as_head_office(ctx)


def _reasons(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call()
    return info.value.reasons()


# ---------------------------------------------------------------- store validation


def test_missing_required_fields(ctx, tree, snapshot):
    before = snapshot()
    reasons = _reasons(lambda: org.create_store(ctx, StoreInput(code="  ", name="", region_id=None,
                                                                opened_on=D)))
    assert reasons == {"code": "required", "name": "required", "region_id": "required"}
    assert snapshot() == before


@pytest.mark.parametrize("code", ["A", "-AB", "AB CD", "店001", "A" * 21, "AB/1"])
def test_bad_code_pattern(ctx, tree, snapshot, code):
    before = snapshot()
    reasons = _reasons(lambda: org.create_store(ctx, StoreInput(code=code, name="X", region_id=tree.sh.id,
                                                                opened_on=D)))
    assert reasons["code"] in ("invalid_code", "too_long")
    assert set(reasons) == {"code"}
    assert snapshot() == before


def test_duplicate_code_is_case_insensitive(ctx, tree, make_store, snapshot):
    first = make_store(code="ab01")
    before = snapshot()
    reasons = _reasons(lambda: org.create_store(ctx, StoreInput(code="AB01", name="Other",
                                                                region_id=tree.hz.id, opened_on=D)))
    assert reasons == {"code": "duplicate"}
    assert snapshot() == before
    other = make_store(code="ab02")
    reasons = _reasons(lambda: org.update_store(ctx, other.id, StoreInput(code="Ab01", name="Other",
                                                                          region_id=tree.hz.id, opened_on=D)))
    assert reasons == {"code": "duplicate"}
    # Keeping its own code is not a clash.
    org.update_store(ctx, first.id, StoreInput(code="AB01", name="First", region_id=tree.sh.id, opened_on=D))
    assert org.get_store(ctx, first.id).code == "AB01"


@pytest.mark.parametrize("phone", ["abc", "12", "phone: 123456", "1" * 21])
def test_bad_phone(ctx, tree, snapshot, phone):
    before = snapshot()
    reasons = _reasons(lambda: org.create_store(ctx, StoreInput(code="PH1", name="X", region_id=tree.sh.id,
                                                                phone=phone, opened_on=D)))
    assert reasons == {"phone": "invalid_phone"}
    assert snapshot() == before


def test_good_phones_accepted(ctx, make_store):
    for phone in ("021-12345678", "+86 138 0000 0000", "(0571) 8888888"):
        assert make_store(phone=phone).phone == phone


def test_open_store_needs_opened_on(ctx, tree, snapshot, make_store):
    before = snapshot()
    reasons = _reasons(lambda: org.create_store(ctx, StoreInput(code="OP1", name="X", region_id=tree.sh.id)))
    assert reasons == {"opened_on": "required_when_open"}
    assert snapshot() == before
    planned = make_store(status="planned", opened_on=None)
    assert planned.status == "planned" and planned.opened_on is None
    before = snapshot()
    reasons = _reasons(lambda: org.set_store_status(ctx, planned.id, "open"))
    assert reasons == {"opened_on": "required_when_open"}
    assert snapshot() == before


def test_invalid_choices_and_unknown_region(ctx, tree, snapshot):
    before = snapshot()
    reasons = _reasons(lambda: org.create_store(ctx, StoreInput(code="CH1", name="X", region_id="nowhere",
                                                                kind="popup", status="gone")))
    assert reasons == {"kind": "invalid_choice", "status": "invalid_choice", "region_id": "not_found"}
    assert _reasons(lambda: org.set_store_status(ctx, "whatever", "gone")) == {"status": "invalid_choice"}
    assert snapshot() == before


def test_manager_must_be_an_active_store_manager(ctx, tree, make_user, snapshot):
    supervisor = make_user("supervisor")
    manager = make_user("store_manager")
    before = snapshot()
    reasons = _reasons(lambda: org.create_store(ctx, StoreInput(code="MG1", name="X", region_id=tree.sh.id,
                                                                opened_on=D, manager_id=supervisor.id,
                                                                supervisor_id=manager.id)))
    assert reasons == {"manager_id": "invalid_user", "supervisor_id": "invalid_user"}
    assert snapshot() == before
    org.set_user_active(ctx, manager.id, False)
    before = snapshot()
    reasons = _reasons(lambda: org.create_store(ctx, StoreInput(code="MG1", name="X", region_id=tree.sh.id,
                                                                opened_on=D, manager_id=manager.id)))
    assert reasons == {"manager_id": "invalid_user"}
    assert snapshot() == before


def test_all_problems_reported_at_once(ctx, tree):
    reasons = _reasons(lambda: org.create_store(ctx, StoreInput(code="x", name="", region_id=None, phone="??")))
    assert reasons == {"code": "invalid_code", "name": "required", "phone": "invalid_phone",
                       "region_id": "required", "opened_on": "required_when_open"}


def test_update_of_missing_store(ctx, tree):
    with pytest.raises(NotFoundError):
        org.update_store(ctx, "missing", StoreInput(code="NF1", name="X", region_id=tree.sh.id, opened_on=D))
    with pytest.raises(NotFoundError):
        org.get_store(ctx, "missing")


def test_store_dto_carries_people_and_path(ctx, tree, make_store, make_user):
    manager = make_user("store_manager", name="Wang Fang")
    sup = make_user("supervisor", name="Li Lei")
    st = make_store(manager_id=manager.id, supervisor_id=sup.id, region_id=tree.gz.id, code=" gz001 ",
                    name="  Tianhe  ")
    assert st.code == "gz001" and st.name == "Tianhe"
    assert st.region_path == "South / Guangzhou"
    assert (st.manager_id, st.manager_name) == (manager.id, "Wang Fang")
    assert (st.supervisor_id, st.supervisor_name) == (sup.id, "Li Lei")
    # Changing the manager tombstones the old assignment.
    other = make_user("store_manager", name="Zhang Wei")
    dto = org.update_store(ctx, st.id, StoreInput(code=st.code, name=st.name, region_id=st.region_id,
                                                  opened_on=st.opened_on, manager_id=other.id,
                                                  supervisor_id=sup.id))
    assert (dto.manager_id, dto.manager_name) == (other.id, "Zhang Wei")


# ---------------------------------------------------------------- store queries


@pytest.fixture
def shops(tree, make_store, make_user):
    m1 = make_user("store_manager", name="Alice")
    m2 = make_user("store_manager", name="Bob")
    m3 = make_user("store_manager", name="Carol")
    return {
        "sh1": make_store(code="SH001", name="Xujiahui", region_id=tree.sh.id, address="1 Huashan Road",
                          manager_id=m2.id),
        "sh2": make_store(code="SH002", name="Jingan Temple", region_id=tree.sh.id, address="8 Nanjing Road",
                          manager_id=m1.id),
        "sh3": make_store(code="SH003", name="100% Fresh", region_id=tree.sh.id, address="Pudong",
                          kind="franchise"),
        "hz1": make_store(code="HZ001", name="West Lake", region_id=tree.hz.id, address="Hubin Road",
                          manager_id=m3.id),
        "hz2": make_store(code="HZ002", name="Binjiang", region_id=tree.hz.id, address="Nanjing Road 2",
                          status="preparing", opened_on=None),
        "gz1": make_store(code="GZ001", name="Tianhe", region_id=tree.gz.id, address="Tianhe Road",
                          kind="franchise", manager_id=m1.id),
        "gz2": make_store(code="GZ002", name="Beijing Road", region_id=tree.gz.id, address="Yuexiu"),
    }


def _codes(dtos) -> list[str]:
    return [d.code for d in dtos]


def test_region_filter_includes_its_areas(ctx, tree, shops):
    east = org.query_stores(ctx, StoreQuery(region_id=tree.east.id))
    assert sorted(_codes(east)) == ["HZ001", "HZ002", "SH001", "SH002", "SH003"]
    assert org.count_stores(ctx, StoreQuery(region_id=tree.east.id)) == 5
    sh = org.query_stores(ctx, StoreQuery(region_id=tree.sh.id))
    assert _codes(sh) == ["SH001", "SH002", "SH003"]
    assert org.count_stores(ctx, StoreQuery(region_id=tree.sh.id)) == 3
    assert _codes(org.query_stores(ctx, StoreQuery(region_id=tree.south.id))) == ["GZ001", "GZ002"]
    assert org.count_stores(ctx) == 7


@pytest.mark.parametrize("term, expected", [
    ("jingan", ["SH002"]),
    ("HZ00", ["HZ001", "HZ002"]),
    ("nanjing road", ["HZ002", "SH002"]),
    ("%", ["SH003"]),
    ("road", ["GZ001", "GZ002", "HZ001", "HZ002", "SH001", "SH002"]),
    ("  west  ", ["HZ001"]),
    ("nothing-like-this", []),
])
def test_search(ctx, shops, term, expected):
    q = StoreQuery(search=term)
    assert sorted(_codes(org.query_stores(ctx, q))) == expected
    assert org.count_stores(ctx, q) == len(expected)


def test_kind_filter(ctx, shops):
    assert _codes(org.query_stores(ctx, StoreQuery(kind="franchise"))) == ["GZ001", "SH003"]


def test_closed_stores_hidden_by_default(ctx, shops):
    org.set_store_status(ctx, shops["sh1"].id, "closed")
    assert "SH001" not in _codes(org.query_stores(ctx))
    assert org.count_stores(ctx) == 6
    assert "SH001" in _codes(org.query_stores(ctx, StoreQuery(include_closed=True)))
    assert org.count_stores(ctx, StoreQuery(include_closed=True)) == 7
    assert _codes(org.query_stores(ctx, StoreQuery(status="closed"))) == ["SH001"]
    assert org.count_stores(ctx, StoreQuery(status="closed")) == 1
    assert org.get_store(ctx, shops["sh1"].id).status == "closed"


def test_soft_deleted_stores_are_gone(ctx, db, shops):
    from opsdesk.models import Store

    with db.transaction() as s:
        s.get(Store, shops["gz2"].id).deleted = True
    assert "GZ002" not in _codes(org.query_stores(ctx, StoreQuery(include_closed=True)))
    with pytest.raises(NotFoundError):
        org.get_store(ctx, shops["gz2"].id)


def _expected_order(dtos, key, descending):
    by_code = sorted(dtos, key=lambda d: d.code)
    return sorted(by_code, key=key, reverse=descending)


SORT_KEYS = {
    "code": lambda d: d.code,
    "name": lambda d: d.name,
    "region": lambda d: d.region_path.replace(" / ", ""),
    "manager": lambda d: d.manager_name,
    "status": lambda d: d.status,
}


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SORT_KEYS))
def test_sorting_and_paging_agree_with_count(ctx, shops, sort, descending):
    q = StoreQuery(sort=sort, descending=descending)
    full = org.query_stores(ctx, q)
    assert len(full) == org.count_stores(ctx, q) == 7
    assert _codes(full) == _codes(_expected_order(full, SORT_KEYS[sort], descending))
    paged = []
    for offset in range(0, 9, 3):
        paged.extend(org.query_stores(ctx, q, offset=offset, limit=3))
    assert _codes(paged) == _codes(full)
    assert org.query_stores(ctx, q, offset=7, limit=3) == []


def test_manager_sort_values(ctx, shops):
    names = [d.manager_name for d in org.query_stores(ctx, StoreQuery(sort="manager"))]
    assert names == ["", "", "", "Alice", "Alice", "Bob", "Carol"]


# ---------------------------------------------------------------- users


def _assignments(sql, user_id):
    return sql("SELECT id, store_id, role, deleted FROM assignment WHERE user_id=? ORDER BY created_at, id", user_id)


def test_store_manager_gets_manager_assignments(ctx, sql, shops):
    ids = (shops["sh2"].id, shops["sh1"].id)
    user = org.create_user(ctx, UserInput(username="newmgr", name="New Manager", role="store_manager",
                                          store_ids=ids))
    assert user.store_ids == (shops["sh1"].id, shops["sh2"].id)  # by store code
    assert user.store_names == ("Xujiahui", "Jingan Temple")
    rows = _assignments(sql, user.id)
    assert sorted((r[1], r[2], r[3]) for r in rows) == sorted((i, "manager", 0) for i in ids)


def test_supervisor_gets_supervisor_assignments(ctx, sql, shops):
    user = org.create_user(ctx, UserInput(username="sup", name="Sup", role="supervisor",
                                          store_ids=(shops["gz1"].id,)))
    assert [(r[1], r[2], r[3]) for r in _assignments(sql, user.id)] == [(shops["gz1"].id, "supervisor", 0)]
    st = org.get_store(ctx, shops["gz1"].id)
    assert (st.supervisor_id, st.supervisor_name) == (user.id, "Sup")


def test_head_office_gets_no_assignments(ctx, sql, shops):
    user = org.create_user(ctx, UserInput(username="boss", name="Boss", role="head_office",
                                          store_ids=(shops["gz1"].id,)))
    assert _assignments(sql, user.id) == []
    assert user.store_ids == ()


def test_changing_stores_tombstones_removed_assignments(ctx, sql, count, shops):
    a, b, c = shops["sh1"].id, shops["sh2"].id, shops["hz1"].id
    user = org.create_user(ctx, UserInput(username="mover", name="Mover", role="store_manager", store_ids=(a, b)))
    before = {r[1]: r for r in _assignments(sql, user.id)}
    total = count("assignment")
    updated = org.update_user(ctx, user.id, UserInput(username="mover", name="Mover", role="store_manager",
                                                      store_ids=(b, c)))
    assert set(updated.store_ids) == {b, c}
    rows = _assignments(sql, user.id)
    by_store = {r[1]: r for r in rows}
    assert len(rows) == 3
    assert count("assignment") == total + 1
    assert by_store[a] == (before[a][0], a, "manager", 1)       # tombstoned, not deleted
    assert by_store[b] == before[b]                              # untouched
    assert by_store[c][2:] == ("manager", 0)
    logged = sql("SELECT value FROM change_log WHERE table_name='assignment' AND row_id=? AND field='deleted' "
                 "ORDER BY seq", before[a][0])
    assert logged == [("true",)]  # created at its default (not logged), then tombstoned


def test_role_change_replaces_assignment_role(ctx, sql, shops):
    a = shops["sh1"].id
    user = org.create_user(ctx, UserInput(username="rc", name="RC", role="store_manager", store_ids=(a,)))
    org.update_user(ctx, user.id, UserInput(username="rc", name="RC", role="supervisor", store_ids=(a,)))
    rows = [(r[2], r[3]) for r in _assignments(sql, user.id)]
    assert sorted(rows) == [("manager", 1), ("supervisor", 0)]


def test_user_validation(ctx, make_user, snapshot):
    make_user(username="alice")
    before = snapshot()
    assert _reasons(lambda: org.create_user(ctx, UserInput(username="Alice", name="A2", role="staff"))) == {
        "username": "duplicate"}
    assert _reasons(lambda: org.create_user(ctx, UserInput(username="", name="", role="king"))) == {
        "username": "required", "name": "required", "role": "invalid_choice"}
    assert _reasons(lambda: org.create_user(ctx, UserInput(username="bad name", name="X", role="staff",
                                                           phone="x", email="nope"))) == {
        "username": "invalid_username", "phone": "invalid_phone", "email": "invalid_email"}
    assert _reasons(lambda: org.create_user(ctx, UserInput(username="ghost", name="X", role="staff",
                                                           store_ids=("no-such-store",)))) == {
        "store_ids": "not_found"}
    assert snapshot() == before


def test_update_user_keeps_own_username(ctx, make_user):
    u = make_user(username="keep")
    dto = org.update_user(ctx, u.id, UserInput(username="KEEP", name="Renamed", role=u.role))
    assert (dto.username, dto.name) == ("keep", "Renamed")


def test_cannot_deactivate_yourself(ctx, admin, make_user, snapshot):
    before = snapshot()
    assert _reasons(lambda: org.set_user_active(ctx, admin.id, False)) == {"active": "cannot_deactivate_self"}
    assert snapshot() == before
    assert org.get_user(ctx, admin.id).active is True
    other = make_user()
    assert org.set_user_active(ctx, other.id, False).active is False


def test_inactive_users_hidden_unless_asked(ctx, make_user):
    a = make_user(name="Active One")
    b = make_user(name="Gone One")
    org.set_user_active(ctx, b.id, False)
    me = ctx.user_id  # the head-office user the test acts as (active)
    assert [u.id for u in org.query_users(ctx, UserQuery(role="store_manager"))] == [a.id]
    assert {u.id for u in org.query_users(ctx)} == {a.id, me}
    assert org.count_users(ctx) == 2
    everyone = org.query_users(ctx, UserQuery(include_inactive=True))
    assert {u.id for u in everyone} == {a.id, b.id, me}
    assert org.count_users(ctx, UserQuery(include_inactive=True)) == 3
    assert [u.id for u in org.users_with_roles(ctx, ("store_manager",))] == [a.id]
    assert org.set_user_active(ctx, b.id, True).active is True
    assert org.count_users(ctx) == 3


def test_user_query_filters(ctx, shops, make_user):
    sup = make_user("supervisor", name="Zed", store_ids=(shops["sh1"].id,))
    by_store = org.query_users(ctx, UserQuery(store_id=shops["sh1"].id))
    assert {u.name for u in by_store} == {"Bob", "Zed"}
    assert [u.id for u in org.query_users(ctx, UserQuery(role="supervisor"))] == [sup.id]
    assert [u.name for u in org.query_users(ctx, UserQuery(search="car"))] == ["Carol"]
    names = [u.name for u in org.query_users(ctx, UserQuery(sort="name", descending=True))]
    assert names == sorted(names, reverse=True)
    paged = org.query_users(ctx, offset=1, limit=2)
    assert [u.id for u in paged] == [u.id for u in org.query_users(ctx)][1:3]


# ---------------------------------------------------------------- regions


def test_regions_and_areas(ctx, tree):
    regions = org.list_regions(ctx)
    assert [(r.code, r.level, r.path) for r in regions] == [
        ("EAST", "region", "East"),
        ("HZ", "area", "East / Hangzhou"),  # siblings in pinyin (alphabetical) order
        ("SH", "area", "East / Shanghai"),
        ("SOUTH", "region", "South"),
        ("GZ", "area", "South / Guangzhou"),
    ]
    assert tree.sh.parent_id == tree.east.id and tree.sh.level == "area"


def test_third_level_is_refused(ctx, tree, snapshot):
    before = snapshot()
    assert _reasons(lambda: org.save_region(ctx, "Xuhui", "XH", parent_id=tree.sh.id)) == {"parent_id": "too_deep"}
    assert _reasons(lambda: org.save_region(ctx, "Xuhui", "XH", parent_id="missing")) == {"parent_id": "not_found"}
    assert snapshot() == before


def test_region_validation_and_rename(ctx, tree, snapshot):
    before = snapshot()
    assert _reasons(lambda: org.save_region(ctx, "Other", "sh")) == {"code": "duplicate"}
    assert _reasons(lambda: org.save_region(ctx, "", "")) == {"name": "required", "code": "required"}
    assert snapshot() == before
    renamed = org.save_region(ctx, "Shanghai City", "SH", region_id=tree.sh.id)
    assert (renamed.id, renamed.path, renamed.level) == (tree.sh.id, "East / Shanghai City", "area")
    with pytest.raises(NotFoundError):
        org.save_region(ctx, "X", "XX", region_id="missing")
