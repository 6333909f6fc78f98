"""Chinese order and search: stores, users and regions sort by pinyin through a stored key (with
surname readings for people), and the search boxes match full pinyin and initials."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from pypinyin import Style
from pypinyin import pinyin as pypinyin_readings

from opsdesk import pinyin
from opsdesk.db import Database, current_revision, head_revision, migrate
from opsdesk.permissions import as_system  # the pinyin tests build their world as setup
from opsdesk.services import org, sync, workspace
from opsdesk.services.context import AppContext
from opsdesk.services.org import StoreInput, StoreQuery, UserInput, UserQuery

D = date(2021, 5, 1)

# Code-point order would put 上 (U+4E0A) first and 重 (U+91CD) last.
STORES_IN_PINYIN_ORDER = [
    "北京王府井店",  # bei
    "成都春熙路店",  # cheng
    "重庆解放碑店",  # chong (not zhong: pypinyin reads the word 重庆)
    "广州天河城店",  # guang
    "杭州西湖店",  # hang
    "上海徐家汇店",  # shang
    "深圳华强北店",  # shen
    "天津滨江道店",  # tian
]

# Surnames read as surnames: 曾 zeng (not ceng), 单 shan (not dan), 解 xie (not jie), 仇 qiu (not chou),
# 朴 piao (not pu), 区 ou (not qu), 查 zha (not cha).
USERS_IN_PINYIN_ORDER = [
    "陈明",  # chen
    "李娜",  # li
    "区志明",  # ou
    "朴成浩",  # piao
    "仇大海",  # qiu
    "单田芳",  # shan
    "王伟",  # wang
    "解小东",  # xie
    "曾小明",  # zeng
    "查良镛",  # zha
    "张三",  # zhang
]


def _store(ctx: AppContext, region_id: str, code: str, name: str) -> org.StoreDTO:
    return org.create_store(as_system(ctx), StoreInput(code=code, name=name, region_id=region_id, opened_on=D))


def _keys(ctx: AppContext, table: str, row_id: str) -> tuple[str | None, str | None]:
    with ctx.read() as s:
        return tuple(s.connection().exec_driver_sql(
            f'SELECT sort_key, search_pinyin FROM "{table}" WHERE id = ?', (row_id,)).one())


# ---------------------------------------------------------------- the keys themselves


def test_keys_of_a_store_name():
    assert pinyin.sort_key("北京王府井店") == "bei jing wang fu jing dian"
    assert pinyin.search_keys("北京王府井店") == ("beijingwangfujingdian", "bjwfjd")
    assert pinyin.search_text("北京王府井店") == "beijingwangfujingdian bjwfjd"
    assert pinyin.name_keys("北京王府井店") == ("bei jing wang fu jing dian", "beijingwangfujingdian bjwfjd")
    assert pinyin.name_keys("曾小明", person=True) == ("zeng xiao ming", "zengxiaoming zxm")


def test_other_text_passes_through_lower_cased_in_place():
    assert pinyin.sort_key("7-Eleven 北京2店") == "7-eleven bei jing 2 dian"
    assert pinyin.search_keys("7-Eleven 北京2店") == ("7-elevenbeijing2dian", "7-elevenbj2d")
    assert pinyin.sort_key("ＡＢＣ１２店") == "abc12 dian"  # full-width letters and digits are ASCII
    assert pinyin.sort_key("  ") == "" and pinyin.search_text("") == " "


def test_syllables_compare_one_by_one():
    names = ["先", "西安", "夏"]
    assert sorted(names, key=pinyin.sort_key) == ["西安", "夏", "先"]  # xi an < xia < xian


@pytest.mark.parametrize("name, key", [
    ("曾小明", "zeng xiao ming"), ("单田芳", "shan tian fang"), ("解小东", "xie xiao dong"),
    ("仇大海", "qiu da hai"), ("朴成浩", "piao cheng hao"), ("区志明", "ou zhi ming"), ("查良镛", "zha liang yong"),
    ("盖聂", "ge nie"),
])
def test_person_names_read_the_surname_as_a_surname(name, key):
    assert pinyin.sort_key(name, person=True) == key
    assert pinyin.sort_key(name) != key  # read as a word, the first character says something else
    assert pinyin.search_keys(name, person=True) == (key.replace(" ", ""), "".join(w[0] for w in key.split()))


@pytest.mark.parametrize("name, key", [("尉迟恭", "yu chi gong"), ("万俟卨", "mo qi xie"), ("单于夜", "chan yu ye"),
                                       ("长孙无忌", "zhang sun wu ji")])
def test_compound_surnames_are_not_read_as_their_first_character(name, key):
    # 尉 alone is wei, 万 wan, 单 shan, 长 chang: the compound wins.
    assert pinyin.sort_key(name, person=True) == key


def test_every_surname_reading_is_one_pypinyin_knows():
    """The surname table only picks among the character's own readings (no typo can slip in)."""
    for char, reading in pinyin.SURNAMES.items():
        assert reading in pypinyin_readings(char, heteronym=True, style=Style.NORMAL)[0], char
    for compound, readings in pinyin.COMPOUND_SURNAMES.items():
        for char, reading in zip(compound, readings, strict=True):
            assert reading in pypinyin_readings(char, heteronym=True, style=Style.NORMAL)[0], compound


def test_search_terms_are_normalised():
    assert pinyin.normalize_search(" Wang Fu Jing ") == "wangfujing"
    assert pinyin.normalize_search("ＢＪ") == "bj"


# ---------------------------------------------------------------- through the services


@pytest.fixture
def area(ctx: AppContext) -> org.RegionDTO:
    region = org.save_region(as_system(ctx), "华北大区", "HB")
    return org.save_region(as_system(ctx), "北京片区", "BJ", parent_id=region.id)


@pytest.fixture
def stores(ctx: AppContext, area: org.RegionDTO) -> dict[str, org.StoreDTO]:
    # Created in code-point order of their codes, which is not their pinyin order.
    names = sorted(STORES_IN_PINYIN_ORDER)
    return {name: _store(ctx, area.id, f"S{i:03d}", name) for i, name in enumerate(names)}


def test_stores_sort_by_pinyin_and_page_alike(ctx, stores):
    asc = org.query_stores(ctx, StoreQuery(sort="name"))
    assert [s.name for s in asc] == STORES_IN_PINYIN_ORDER
    desc = org.query_stores(ctx, StoreQuery(sort="name", descending=True))
    assert [s.name for s in desc] == STORES_IN_PINYIN_ORDER[::-1]
    paged = [s.name for offset in range(0, 9, 3)
             for s in org.query_stores(ctx, StoreQuery(sort="name"), offset=offset, limit=3)]
    assert paged == STORES_IN_PINYIN_ORDER
    streamed = [s.name for s in org.iter_stores(ctx, StoreQuery(sort="name"))]  # the register export
    assert streamed == STORES_IN_PINYIN_ORDER


def test_homophones_group_by_character_then_code(ctx, area):
    # 张 and 章 are both zhang: same key, the name groups them, the code orders equal names.
    b = _store(ctx, area.id, "B01", "张记店")
    a = _store(ctx, area.id, "A01", "章记店")
    c = _store(ctx, area.id, "C01", "张记店")
    listed = org.query_stores(ctx, StoreQuery(sort="name"))
    assert [s.id for s in listed] == [b.id, c.id, a.id]


def test_store_search_matches_initials_and_full_pinyin(ctx, stores):
    wanted = stores["北京王府井店"].id
    for term in ("bjwfj", "wangfujing", "WangFuJing", "wang fu jing", "bjwfjd", "beijingwang"):
        q = StoreQuery(search=term)
        assert [s.id for s in org.query_stores(ctx, q)] == [wanted], term
        assert org.count_stores(ctx, q) == 1
    assert {s.name for s in org.query_stores(ctx, StoreQuery(search="dian"))} == set(STORES_IN_PINYIN_ORDER)
    # The two keys are separate words: a term spanning the full pinyin and the initials finds nothing.
    assert org.query_stores(ctx, StoreQuery(search="dianbj")) == []
    assert org.query_stores(ctx, StoreQuery(search="bjx")) == []
    # Name and code search still work as before.
    assert [s.id for s in org.query_stores(ctx, StoreQuery(search="王府井"))] == [wanted]
    assert [s.id for s in org.query_stores(ctx, StoreQuery(search=stores["北京王府井店"].code))] == [wanted]


def test_users_sort_by_surname_readings(ctx):
    for i, name in enumerate(sorted(USERS_IN_PINYIN_ORDER)):
        org.create_user(as_system(ctx), UserInput(username=f"u{i:02d}", name=name, role="supervisor"))
    assert [u.name for u in org.query_users(ctx, UserQuery(sort="name"))] == USERS_IN_PINYIN_ORDER
    assert [u.name for u in org.query_users(ctx, UserQuery(sort="name", descending=True))] == \
        USERS_IN_PINYIN_ORDER[::-1]
    assert [u.name for u in org.users_with_roles(ctx, ("supervisor",))] == USERS_IN_PINYIN_ORDER  # pickers
    assert [u.name for u in org.iter_users(ctx, UserQuery(sort="name"))] == USERS_IN_PINYIN_ORDER  # export


def test_user_search_matches_surname_pinyin(ctx):
    user = org.create_user(as_system(ctx), UserInput(username="zxm", name="曾小明", role="staff"))
    org.create_user(as_system(ctx), UserInput(username="other", name="王伟", role="staff"))
    for term in ("zengxiaoming", "xiaoming", "zxm", "ZXM"):
        assert [u.id for u in org.query_users(ctx, UserQuery(search=term))] == [user.id], term
    assert org.query_users(ctx, UserQuery(search="cengxiaoming")) == []
    assert org.count_users(ctx, UserQuery(search="wangwei")) == 1


def test_manager_sort_uses_the_managers_pinyin(ctx, area):
    managers = {name: org.create_user(as_system(ctx), UserInput(username=f"m{i}", name=name, role="store_manager"))
                for i, name in enumerate(("张三", "曾小明", "陈明"))}  # zhang, zeng, chen
    for i, name in enumerate(managers):
        org.create_store(as_system(ctx), StoreInput(code=f"M{i:02d}", name=f"店{i}", region_id=area.id, opened_on=D,
                                         manager_id=managers[name].id))
    listed = org.query_stores(ctx, StoreQuery(sort="manager"))
    assert [s.manager_name for s in listed] == ["陈明", "曾小明", "张三"]


def test_rename_gives_new_keys(ctx, stores, area):
    store = stores["北京王府井店"]
    org.update_store(as_system(ctx), store.id, StoreInput(code=store.code, name="北京三里屯店", region_id=area.id,
                                               opened_on=D, base_version=store.version))
    assert _keys(ctx, "store", store.id) == ("bei jing san li tun dian", "beijingsanlitundian bjsltd")
    assert org.query_stores(ctx, StoreQuery(search="bjwfj")) == []
    assert [s.id for s in org.query_stores(ctx, StoreQuery(search="sanlitun"))] == [store.id]

    renamed = org.save_region(as_system(ctx), "重庆片区", "BJ", parent_id=area.parent_id, region_id=area.id)
    assert _keys(ctx, "region", renamed.id) == ("chong qing pian qu", "chongqingpianqu cqpq")

    user = org.create_user(as_system(ctx), UserInput(username="u1", name="王伟", role="staff"))
    org.update_user(as_system(ctx), user.id, UserInput(username="u1", name="单田芳", role="staff", base_version=user.version))
    assert _keys(ctx, "user", user.id) == ("shan tian fang", "shantianfang stf")


def test_keys_are_derived_never_logged(ctx, stores, sql):
    fields = {row[0] for row in sql("SELECT DISTINCT field FROM change_log WHERE table_name IN "
                                    "('store', 'region', 'user')")}
    assert fields and not fields & {"sort_key", "search_pinyin"}
    store = stores["北京王府井店"]
    assert _keys(ctx, "store", store.id) == ("bei jing wang fu jing dian", "beijingwangfujingdian bjwfjd")


def test_demo_workspace_has_keys(ctx, sql):
    from opsdesk.demo import build_demo

    build_demo(ctx, stores=3, seed=5)
    for table in ("region", "store", "user"):
        assert sql(f'SELECT count(*) FROM "{table}" WHERE sort_key IS NULL OR sort_key = \'\'')[0][0] == 0, table
    names = [s.name for s in org.query_stores(ctx, StoreQuery(sort="name"))]
    assert names == sorted(names, key=pinyin.sort_key)


# ---------------------------------------------------------------- sync and migration


def _open(path: Path) -> AppContext:
    ctx = AppContext(Database.open(path))
    workspace.prepare(ctx)
    return ctx


def _exchange(src: AppContext, dst: AppContext, folder: Path) -> sync.ImportResult:
    from opsdesk.permissions import as_system

    src, dst = as_system(src), as_system(dst)  # the transport (permissions: tests/core/test_permissions)
    path = folder / f"{uuid.uuid4().hex}.opsync"
    known = {p.node_id for p in sync.peers(src)}
    sync.export_package(src, path, to_node=dst.db.node.node_id if dst.db.node.node_id in known else None)
    return sync.import_package(dst, path, trust=True)


def test_received_rows_get_their_keys_on_the_receiver(tmp_path):
    a, b = _open(tmp_path / "a.sqlite"), _open(tmp_path / "b.sqlite")
    try:
        region = org.save_region(a, "华北大区", "HB")
        store = _store(a, region.id, "BJ001", "北京王府井店")
        user = org.create_user(a, UserInput(username="zxm", name="曾小明", role="staff"))
        _exchange(a, b, tmp_path)
        assert _keys(b, "store", store.id) == ("bei jing wang fu jing dian", "beijingwangfujingdian bjwfjd")
        assert _keys(b, "region", region.id) == ("hua bei da qu", "huabeidaqu hbdq")
        assert _keys(b, "user", user.id) == ("zeng xiao ming", "zengxiaoming zxm")
        assert [s.id for s in org.query_stores(b, StoreQuery(search="bjwfj"))] == [store.id]

        # A rename travels as the name alone; the receiver recomputes the keys.
        from acting import as_head_office

        org.update_store(as_head_office(a), store.id, StoreInput(code="BJ001", name="北京三里屯店", region_id=region.id,
                                                 opened_on=D))
        _exchange(a, b, tmp_path)
        assert org.get_store(b, store.id).name == "北京三里屯店"
        assert _keys(b, "store", store.id) == ("bei jing san li tun dian", "beijingsanlitundian bjsltd")
        # The recomputation is not an edit: the receiver's row keeps the sender's version.
        assert org.get_store(b, store.id).version == org.get_store(a, store.id).version
    finally:
        a.db.close()
        b.db.close()


def test_migration_fills_keys_of_existing_rows(tmp_path):
    path = tmp_path / "old.sqlite"
    migrate(path, target="0011_frozen_record")
    conn = sqlite3.connect(path)
    bookkeeping = "'2024-01-01 00:00:00', '0000000000001-0000-node', 'node', 0"
    conn.execute("INSERT INTO region (id, created_at, updated_at, origin_node, deleted, code, name, parent_id, "
                 f"sort_order, active) VALUES ('r1', {bookkeeping}, 'HB', '华北大区', NULL, 0, 1)")
    conn.execute("INSERT INTO store (id, created_at, updated_at, origin_node, deleted, code, name, kind, region_id, "
                 f"address, phone, status, opened_on) VALUES ('s1', {bookkeeping}, 'BJ001', '北京王府井店', 'direct', "
                 "'r1', '', '', 'open', '2021-05-01')")
    conn.execute('INSERT INTO "user" (id, created_at, updated_at, origin_node, deleted, username, name, role, phone, '
                 f"email, active) VALUES ('u1', {bookkeeping}, 'shan', '单田芳', 'staff', '', '', 1)")
    conn.commit()
    conn.close()

    migrate(path)
    assert current_revision(path) == head_revision()
    conn = sqlite3.connect(path)
    try:
        keys = {table: conn.execute(f'SELECT sort_key, search_pinyin FROM "{table}"').fetchall()
                for table in ("region", "store", "user")}
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()
    assert keys == {"region": [("hua bei da qu", "huabeidaqu hbdq")],
                    "store": [("bei jing wang fu jing dian", "beijingwangfujingdian bjwfjd")],
                    "user": [("shan tian fang", "shantianfang stf")]}
    assert {"ix_region_sort", "ix_store_sort", "ix_user_sort"} <= indexes
    ctx = AppContext(Database.open(path))
    try:
        assert [s.id for s in org.query_stores(ctx, StoreQuery(search="bjwfj"))] == ["s1"]
    finally:
        ctx.db.close()


def test_regions_and_their_areas_sort_by_pinyin(ctx):
    south = org.save_region(as_system(ctx), "华南大区", "SOUTH")
    org.save_region(as_system(ctx), "华东大区", "EAST")
    north = org.save_region(as_system(ctx), "华北大区", "NORTH")
    org.save_region(as_system(ctx), "深圳片区", "SZ", parent_id=south.id)
    org.save_region(as_system(ctx), "广州片区", "GZ", parent_id=south.id)
    org.save_region(as_system(ctx), "天津片区", "TJ", parent_id=north.id)
    assert [r.code for r in org.list_regions(ctx)] == ["NORTH", "TJ", "EAST", "SOUTH", "GZ", "SZ"]
