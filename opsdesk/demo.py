"""The demo workspace: a realistic Chinese retail chain, built deterministically from a seed.

Everything goes through the ORM inside one transaction, so change capture and
the audit chain see it like any other write. Ids come from the seeded random
generator too, so two runs with the same seed give the same workspace.
Later areas add their demo data here (inspections, actions, visits...).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from opsdesk.errors import FieldProblem, ValidationError
from opsdesk.models import Assignment, Meta, Region, Store, User
from opsdesk.services.context import AppContext
from opsdesk.services.workspace import CURRENT_USER_KEY, WORKSPACE_NAME_KEY

Progress = Callable[[int, int], None]

COMPANY = "优品生活连锁"
# Every demo user signs in with the demo password; staff (the till-side laptop) with the demo PIN. The welcome
# dialog and the demo's first sign-in show them.
DEMO_PASSWORD = "demo1234"
DEMO_PIN = "1234"
DEMO_MARKER = "demo_workspace"  # meta key: this workspace is the demo (the sign-in dialog shows its passwords)

# region code, name, [(area code, area name, city, phone area code, districts, sites)]
REGIONS = [
    ("HD", "华东大区", [
        ("SH", "上海片区", "上海", "021", ["徐汇区", "静安区", "杨浦区", "浦东新区", "闵行区"],
         ["徐家汇", "静安寺", "五角场", "陆家嘴", "中山公园", "七宝", "莘庄", "新天地"]),
        ("HZ", "杭州片区", "杭州", "0571", ["上城区", "西湖区", "滨江区", "钱塘区"],
         ["武林广场", "西溪", "滨江", "湖滨", "下沙", "黄龙"]),
        ("NJ", "南京片区", "南京", "025", ["秦淮区", "建邺区", "栖霞区", "江宁区"],
         ["新街口", "河西", "仙林", "江宁万达", "夫子庙"]),
    ]),
    ("HN", "华南大区", [
        ("GZ", "广州片区", "广州", "020", ["天河区", "越秀区", "番禺区", "白云区"],
         ["天河城", "北京路", "番禺广场", "白云新城", "珠江新城"]),
        ("SZ", "深圳片区", "深圳", "0755", ["南山区", "福田区", "宝安区", "龙岗区"],
         ["南山海岸城", "福田中心", "宝安中心", "龙岗万科", "华强北"]),
    ]),
    ("HB", "华北大区", [
        ("BJ", "北京片区", "北京", "010", ["朝阳区", "海淀区", "西城区", "东城区"],
         ["三里屯", "中关村", "望京", "西单", "国贸", "王府井"]),
        ("TJ", "天津片区", "天津", "022", ["和平区", "南开区", "河西区"],
         ["滨江道", "南开大悦城", "河西友谊", "大胡同"]),
    ]),
    ("XN", "西南大区", [
        ("CD", "成都片区", "成都", "028", ["锦江区", "武侯区", "高新区", "双流区"],
         ["春熙路", "天府广场", "高新银泰", "双流机场", "宽窄巷子"]),
        ("CQ", "重庆片区", "重庆", "023", ["渝中区", "江北区", "沙坪坝区"],
         ["解放碑", "观音桥", "沙坪坝", "大坪"]),
    ]),
]

STREETS = ["中山路", "人民路", "解放路", "建设路", "和平路", "长江路", "黄河路", "文化路", "新华路", "青年路"]

SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
            ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
            ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"),
            ("高", "gao"), ("罗", "luo")]
GIVEN = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("磊", "lei"),
         ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("军", "jun"), ("涛", "tao"),
         ("明", "ming"), ("超", "chao"), ("秀英", "xiuying"), ("丽", "li"), ("强", "qiang"),
         ("晓东", "xiaodong"), ("海燕", "haiyan"), ("建华", "jianhua"), ("志强", "zhiqiang"),
         ("文博", "wenbo"), ("思远", "siyuan"), ("雨欣", "yuxin"), ("子涵", "zihan"), ("佳怡", "jiayi")]


@dataclass(frozen=True)
class DemoSummary:
    regions: int
    areas: int
    stores: int
    users: int
    current_user_id: str
    inspections: int = 0
    daily_checklists: int = 0
    actions: int = 0
    visits: int = 0
    signed_inspections: int = 0  # signed by the supervisor and the store manager (frozen)
    equipment: int = 0  # items in the register
    acceptances: int = 0  # equipment acceptances signed by the supplier, the store manager and the supervisor
    faults: int = 0
    open_faults: int = 0
    openings: int = 0  # opening projects (新店筹备) of the new stores in preparation (``demo_openings``)
    promotions: int = 0  # promotion plans (促销方案) at every stage of their lifecycle (``demo_promotions``)


class _Maker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names: set[str] = set()
        self.usernames: set[str] = set()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def person(self) -> tuple[str, str]:
        for _ in range(1000):
            (sur, sur_py), (giv, giv_py) = self.rng.choice(SURNAMES), self.rng.choice(GIVEN)
            if sur + giv not in self.names:
                break
        name = sur + giv
        self.names.add(name)
        login = sur_py + giv_py
        n = 1
        while login in self.usernames:
            n += 1
            login = f"{sur_py}{giv_py}{n}"
        self.usernames.add(login)
        return name, login

    def mobile(self) -> str:
        return f"1{self.rng.choice('3578')}{self.rng.randint(0, 9)}{self.rng.randint(10_000_000, 99_999_999)}"


def build_demo(ctx: AppContext, stores: int = 30, seed: int = 7, progress: Progress | None = None, *,
               months: int = 0, daily_days: int = 0, today: date | None = None) -> DemoSummary:
    """Fill an empty workspace with the demo chain; refuses a workspace that already has stores.

    ``months`` of completed inspections and ``daily_days`` of opening/closing
    checklists end the day before ``today`` (the app and the CLI ask for 6 and 30).
    With them comes the equipment of every store, its acceptances and faults (``demo_equipment``).
    """
    if stores < 1 or stores > 5000:
        raise ValidationError([FieldProblem("stores", "out_of_range", {"min": 1, "max": 5000})])
    from opsdesk.services.workspace import prepare

    prepare(ctx)
    mk = _Maker(seed)
    areas = [(r, a) for r in REGIONS for a in r[2]]
    total = stores + len(areas) + 2 + (stores + 3 if months or daily_days else 0)
    step = 0

    def tick() -> None:
        nonlocal step
        step += 1
        if progress:
            progress(step, total)

    with ctx.tx() as s:
        if s.scalar(select(func.count()).select_from(Store).where(Store.deleted.is_(False))):
            raise ValidationError([FieldProblem("workspace", "not_empty")])
        users: list[User] = []
        # ONE Argon2id hash per distinct demo secret, reused for every user with that secret: a hash embeds its
        # salt, so those users share a salt. Acceptable for a demo (everyone knows its passwords anyway) and it
        # keeps the build fast (Argon2 is slow on purpose). The salt comes from the seed, so the same seed still
        # gives the same workspace; it is drawn apart from ``mk.rng``, so the rest of the demo is unchanged.
        salts = random.Random(f"demo-password-salt/{seed}")
        hashes: dict[str, str] = {}

        def demo_hash(secret: str) -> str:
            if secret not in hashes:
                from opsdesk import auth

                hashes[secret] = auth.hash_secret(secret, salt=salts.randbytes(16))
            return hashes[secret]

        def add_user(role: str) -> User:
            name, login = mk.person()
            kind, secret = ("pin", DEMO_PIN) if role == "staff" else ("password", DEMO_PASSWORD)
            user = User(id=mk.uid(), username=login, name=name, role=role, phone=mk.mobile(),
                        email=f"{login}@youpin-demo.cn", password_hash=demo_hash(secret), password_kind=kind,
                        password_set_at=ctx.now())
            s.add(user)
            users.append(user)
            return user

        for _ in range(2):
            add_user("head_office")
        region_rows: dict[str, Region] = {}
        for order, (code, name, _areas) in enumerate(REGIONS):
            region_rows[code] = Region(id=mk.uid(), code=code, name=name, sort_order=order)
            s.add(region_rows[code])
            add_user("ops_manager")
        tick()
        area_rows = []
        supervisors = []
        for order, ((rcode, _n, _a), (acode, aname, *_rest)) in enumerate(areas):
            area = Region(id=mk.uid(), code=acode, name=aname, parent_id=region_rows[rcode].id, sort_order=order)
            s.add(area)
            area_rows.append(area)
            supervisors.append(add_user("supervisor"))
            tick()
        s.flush()

        used_sites: dict[str, int] = {}
        counters: dict[str, int] = {}
        for i in range(stores):
            slot = i % len(areas)
            (_r, (acode, _an, city, tel, districts, sites)) = areas[slot]
            area = area_rows[slot]
            counters[acode] = counters.get(acode, 0) + 1
            site = sites[(counters[acode] - 1) % len(sites)]
            used_sites[site] = used_sites.get(site, 0) + 1
            suffix = "店" if used_sites[site] == 1 else f"{used_sites[site]}店"
            roll = mk.rng.random()
            status = "open" if roll < 0.88 else ("preparing" if roll < 0.95 else "suspended")
            opened = None
            if status != "preparing":
                opened = date(2016, 1, 1) + timedelta(days=mk.rng.randrange(0, 3400))
            store = Store(
                id=mk.uid(),
                code=f"{acode}{counters[acode]:03d}",
                name=f"{city}{site}{suffix}",
                kind="direct" if mk.rng.random() < 0.65 else "franchise",
                region_id=area.id,
                address=f"{city}市{mk.rng.choice(districts)}{mk.rng.choice(STREETS)}{mk.rng.randint(1, 899)}号",
                phone=f"{tel}-{mk.rng.randint(5_000_0000, 8_999_9999)}",
                status=status,
                opened_on=opened,
            )
            s.add(store)
            manager = add_user("store_manager")
            s.flush()
            s.add(Assignment(id=mk.uid(), user_id=manager.id, store_id=store.id, role="manager"))
            s.add(Assignment(id=mk.uid(), user_id=supervisors[slot].id, store_id=store.id, role="supervisor"))
            tick()
        activity = None
        if months or daily_days:
            from opsdesk.demo_activity import build_activity

            s.flush()
            activity = build_activity(s, mk.rng, today or date.today(), months, daily_days, tick=tick)
            tick()
            from opsdesk.demo_equipment import build_equipment

            equipment = build_equipment(s, mk.rng, mk.uid, today or date.today())
            tick()
            from opsdesk.demo_openings import add_opening_stores

            ops = [u for u in users if u.role == "ops_manager"]  # one per region, in region order
            new_stores = add_opening_stores(s, mk, add_user, {a.code: u.id for a, u in zip(area_rows, supervisors)},
                                            {r[0]: u.id for r, u in zip(REGIONS, ops)}, today or date.today())
            from opsdesk.demo_promotions import PromotionPeople

            promotion_people = PromotionPeople(supervisors[0].id, {r[0]: u.id for r, u in zip(REGIONS, ops)},
                                               next(u.id for u in users if u.role == "head_office"))
        current = supervisors[0]
        for key, value in ((CURRENT_USER_KEY, current.id), (WORKSPACE_NAME_KEY, f"{COMPANY} · 演示工作区"),
                           (DEMO_MARKER, "1")):
            row = s.get(Meta, key)
            if row is None:
                s.add(Meta(key=key, value=value))
            else:
                row.value = value
        tick()
    signed = 0
    if activity is not None and activity.inspections:
        from opsdesk.demo_activity import sign_recent

        signed = sign_recent(ctx, mk.rng, current.id)  # the signature features have something to show
    accepted = 0
    if activity is not None:
        from opsdesk.demo_equipment import sign_acceptances

        accepted = sign_acceptances(ctx, mk.rng, equipment)
    projects = 0
    if activity is not None:
        from opsdesk.demo_openings import build_openings

        projects = build_openings(ctx, mk.rng, new_stores, today)
        stores += new_stores.store_count
    plans = 0
    if activity is not None:
        from opsdesk.demo_promotions import build_promotions

        plans = build_promotions(ctx, mk.rng, promotion_people, today)
    return DemoSummary(len(REGIONS), len(areas), stores, len(users), current.id,
                       activity.inspections if activity else 0, activity.daily_checklists if activity else 0,
                       activity.actions if activity else 0, activity.visits if activity else 0, signed,
                       equipment.items + new_stores.items if activity else 0, accepted, equipment.faults if activity else 0,
                       equipment.open_faults if activity else 0, projects, plans)
