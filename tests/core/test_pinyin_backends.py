"""The pinyin order is the same on both backends: the same stores, users and regions, made through the services
in a SQLite file and in PostgreSQL databases, list in the same order for every sort a list page offers.

The names mix what the sort keys must get right: polyphonic characters (重庆 chong, 长沙 chang, 银行 hang;
surnames 曾 zeng, 单 shan, 解 xie), homophones (李娜 and 黎娜 share ``li na``: the name decides, by code point),
syllables compared one by one (西安 xi an < 夏 xia < 先 xian), Latin and digits (7-Eleven, ABC and abc, Zara),
and empty values (no manager, no phone, no email). The server databases: one as the test cluster makes them
(collation C), and one created with a Chinese ICU collation, as a head-office server set up for Chinese might
be: its text still sorts by bytes, as SQLite's (every text column is COLLATE "C", db/pg_triggers.py).
Runs under ``make test-pg`` (``-m pg``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from opsdesk import pinyin
from opsdesk.db import Database
from opsdesk.permissions import as_system
from opsdesk.services import org
from opsdesk.services.context import AppContext
from opsdesk.services.org import StoreInput, StoreQuery, UserInput, UserQuery

pytestmark = pytest.mark.pg

USERS = [  # (username, name, phone, email)
    ("u01", "李娜", "13800000001", ""), ("u02", "黎娜", "", ""), ("u03", "曾小明", "13800000003", "zeng@x.cn"),
    ("u04", "单田芳", "", "shan@x.cn"), ("u05", "解小东", "021-12345678", ""), ("u06", "Tom Lee", "", "tom@x.cn"),
    ("u07", "tom li", "13800000007", ""), ("u08", "张三", "", ""), ("u09", "长孙无忌", "", ""),
    ("u10", "区志明", "+86 21 5555", ""), ("u11", "ABC", "", "abc@x.cn"), ("u12", "abc", "", ""),
]
REGIONS = [("华东", "EAST", None), ("华南", "SOUTH", None), ("华北", "NORTH", None), ("西安片区", "XA", "NORTH"),
           ("夏门片区", "XM", "SOUTH"), ("先锋片区", "XF", "EAST"), ("Zone A", "ZA", "EAST")]
STORES = [  # (code, name, area code, manager username or None, phone)
    ("S01", "重庆解放碑店", "XA", "u03", ""), ("S02", "长沙五一广场店", "XM", None, "0731-84561234"),
    ("S03", "银行大厦店", "XF", "u01", ""), ("S04", "7-Eleven 北京2店", "ZA", "u02", "010-62345678"),
    ("S05", "ABC便利店", "XA", None, ""), ("S06", "abc便利店", "XM", "u06", ""), ("S07", "Zara 上海店", "XF", "u07", "021-63451234"),
    ("S08", "西安店", "XA", "u04", ""), ("S09", "夏店", "ZA", "u05", "13912345678"), ("S10", "先店", "XM", None, ""),
    ("S11", "李娜店", "XF", "u10", ""), ("S12", "黎娜店", "XA", "u11", ""), ("S13", "上海徐家汇店", "ZA", "u12", ""),
]
STORE_SORTS = ("name", "code", "region", "manager", "phone", "status", "kind")
USER_SORTS = ("name", "username", "phone", "email", "role")


def _fill(ctx: AppContext) -> None:
    ctx = as_system(ctx)  # the world of the test: setup, no person acting
    users = {u: org.create_user(ctx, UserInput(username=u, name=n, role="store_manager", phone=p, email=e)).id
             for u, n, p, e in USERS}
    regions: dict[str, str] = {}
    for name, code, parent in REGIONS:
        regions[code] = org.save_region(ctx, name, code, parent_id=regions[parent] if parent else None).id
    for code, name, area, manager, phone in STORES:
        org.create_store(ctx, StoreInput(code=code, name=name, region_id=regions[area], phone=phone,
                                         opened_on=date(2024, 1, 1), manager_id=users[manager] if manager else None))


def _lists(ctx: AppContext) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for sort in STORE_SORTS:
        for descending in (False, True):
            out[f"stores by {sort}{' desc' if descending else ''}"] = [
                (s.code, s.name) for s in org.query_stores(ctx, StoreQuery(sort=sort, descending=descending))]
    for sort in USER_SORTS:
        for descending in (False, True):
            out[f"users by {sort}{' desc' if descending else ''}"] = [
                (u.username, u.name) for u in org.query_users(ctx, UserQuery(sort=sort, descending=descending))]
    out["regions"] = [(r.code, r.name) for r in org.list_regions(ctx)]
    return out


def _lists_of(target: Path | str, files: Path) -> dict[str, list[tuple]]:
    db = Database.open(target, files_dir=files) if isinstance(target, str) else Database.open(target)
    try:
        ctx = AppContext(db)
        _fill(ctx)
        return _lists(ctx)
    finally:
        db.close()


@pytest.fixture(scope="module")
def on_sqlite(tmp_path_factory) -> dict[str, list[tuple]]:  # noqa: ANN001
    return _lists_of(tmp_path_factory.mktemp("pinyin") / "w.sqlite", Path())


def _icu_database_named(cluster, name: str) -> str:  # noqa: ANN001
    import psycopg

    try:
        with cluster._admin() as conn:
            conn.execute(f"CREATE DATABASE {name} LOCALE_PROVIDER icu ICU_LOCALE 'zh' TEMPLATE template0")
    except psycopg.errors.FeatureNotSupported as exc:
        pytest.skip(f"this PostgreSQL cannot create an ICU database: {exc}")
    return cluster.url(name)


@pytest.mark.parametrize("collation", ["C", "icu-zh"])
def test_lists_sort_the_same_on_sqlite_and_postgresql(on_sqlite, pg_cluster, pg_url, collation, tmp_path) -> None:  # noqa: ANN001
    url = pg_url() if collation == "C" else _icu_database_named(pg_cluster, "pinyin_icu_zh")
    on_server = _lists_of(url, tmp_path / "files")
    # The lists are what the pinyin keys say (a sanity check of the data, on SQLite).
    by_name = [name for _code, name in on_sqlite["stores by name"]]
    assert by_name.index("西安店") < by_name.index("夏店") < by_name.index("先店")  # xi an < xia < xian
    assert by_name.index("李娜店") < by_name.index("黎娜店")  # homophones: by code point (李 U+674E, 黎 U+9ECE)
    assert by_name.index("长沙五一广场店") < by_name.index("重庆解放碑店")  # chang < chong
    assert by_name[:3] == ["7-Eleven 北京2店", "ABC便利店", "abc便利店"] and by_name[-1] == "Zara 上海店"
    assert by_name == sorted(by_name, key=lambda n: (pinyin.sort_key(n).encode(), n.encode()))  # by key, then name
    users = [name for _u, name in on_sqlite["users by name"]]
    # shan < xie < zeng < zhang san < zhang sun (surnames read as surnames: 单 not dan, 解 not jie, 曾 not ceng)
    assert [users.index(n) for n in ("单田芳", "解小东", "曾小明", "张三", "长孙无忌")] == sorted(
        users.index(n) for n in ("单田芳", "解小东", "曾小明", "张三", "长孙无忌"))
    managers = on_sqlite["stores by manager"]
    assert {code for code, _n in managers[:3]} == {"S02", "S05", "S10"}  # no manager: first (NULL is the smallest)
    for name, listed in on_sqlite.items():
        assert on_server[name] == listed, f"{name} on PostgreSQL ({collation}) differs from SQLite"


def test_every_text_column_of_a_server_sorts_by_bytes(pg_cluster) -> None:  # noqa: ANN001
    """Whatever the database's collation, OpsDesk's text columns are COLLATE "C" after an upgrade, and the
    frozen-record triggers the change had to drop and make again are all there."""
    import psycopg

    from opsdesk import pg

    url = _icu_database_named(pg_cluster, "bytes_icu_zh")
    plain = pg_cluster.url(pg_cluster.create_database())
    pg.migrate(url)
    pg.migrate(plain)

    def facts(target: str) -> tuple:
        with psycopg.connect(target) as conn:
            texts = conn.execute(
                "SELECT count(*), count(*) FILTER (WHERE collation_name = 'C') FROM information_schema.columns "
                "WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')").fetchone()
            triggers = conn.execute("SELECT tgname, tgrelid::regclass::text, pg_get_triggerdef(oid) FROM pg_trigger "
                                    "WHERE NOT tgisinternal ORDER BY 1").fetchall()
            return texts, triggers

    texts, triggers = facts(url)
    assert texts[0] > 100 and texts[0] == texts[1]
    assert facts(plain) == (texts, triggers) and len(triggers) >= 10
