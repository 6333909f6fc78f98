"""Demo promotions (促销方案): the lifecycle 拟定 → 报批 → 执行 → 总结 at every stage, for the demo's current
supervisor's stores (every plan includes some of them, so the supervisor the demo opens as sees them all).

- **Finished** (closed): a 开业促销 for the supervisor's area's first stores (up to three) reopening after
  their refit (焕新开业) four weeks ago: the domain's tiers (the first 5 customers a day get a gift; 48 元
  add-on; 168 元 bundle; 399 元 package with three gifts, a quota of 50 a store), materials, budget lines, targets
  (sales, transactions, new members, and 399 元 packages sold as the custom measure); proposed by the
  supervisor, reviewed by the region's ops manager, approved by head office; acknowledged by the franchise
  stores' managers; a signed execution check at one store; results for every store (some above target, some
  below); closed by the ops manager with the lessons (总结).
- **Running** (running): a 节日促销 for the nearest holiday (双十二 in December, 元旦 around New Year ...)
  across the supervisor's region's open stores, franchise stores included: approved; acknowledged by half
  of the franchise managers (the supervisor's area first) and not by the others; signed execution checks at
  two of the supervisor's stores, the second with a failed item (stock) that became a corrective action by
  itself when signed; no results yet.
- **Store clash** (approved, starting in two days): a 周末会员日 at one of the running promotion's stores,
  also approved: the calendar shows the two overlapping there (``store_clashes``).
- **Waiting for approval** (reviewed): the next holiday's promotion at the supervisor's and a neighbouring
  area's stores, reviewed and waiting for 审批.
- **Returned and submitted again** (submitted): a 换季清仓 rejected at review (the discount below the margin
  floor), edited and submitted again, waiting for review.

Everything goes through the services, each step as the person who would take it (``ctx.user_id``), so every
rule holds and everything is captured for sync. The periods are relative to the day the demo is built for
(the real today from the CLI and the app: the services derive the status from the real date). The decisions
and results of past steps carry the day they were taken (``_clock``: the context's clock, which the
promotions service stamps its decisions and results with, is set to that day meanwhile) -- the execution checks' own
runs and signatures, written by other services, carry the build time, their business day the day of the check.
The data varies with the demo's seeded generator only, so the same seed gives the same plans.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from opsdesk.models import Assignment, Region, Store
from opsdesk.services import promotions
from opsdesk.services.context import AppContext
from opsdesk.services.promotions import (
    BudgetInput,
    MaterialInput,
    PlanInput,
    ResultInput,
    StoreTarget,
    TierInput,
)

BEIJING = timedelta(hours=8)  # the demo chain's local time is UTC+8; stored times are UTC

# (month, day, name): the holidays and shopping festivals a 节日促销 is built around
HOLIDAYS = ((1, 1, "元旦"), (2, 14, "情人节"), (3, 8, "三八女神节"), (5, 1, "五一"), (5, 20, "520 告白季"),
            (6, 1, "六一亲子季"), (6, 18, "618 年中庆"), (7, 15, "暑期"), (8, 8, "88 会员节"), (9, 10, "教师节"),
            (10, 1, "国庆黄金周"), (11, 11, "双十一"), (12, 12, "双十二"), (12, 25, "圣诞"))
SEASONS = {12: "冬季", 1: "冬季", 2: "冬季", 3: "春季", 4: "春季", 5: "春季", 6: "夏季", 7: "夏季", 8: "夏季"}

# Days from today
OPENING = (-28, -22)
HOLIDAY = (-5, 8)
CLASH = (2, 3)
CLEARANCE = (6, 12)
# The finished opening promotion's results as shares of its targets, store by store: above and below.
OPENING_RESULTS = (Decimal("1.12"), Decimal("0.93"), Decimal("1.04"))
PACKAGES_SOLD = (50, 38, 47)  # 399 元 packages sold (quota 50 a store)
REJECT_REASON = "清仓折扣低至 5 折，低于毛利底线；请调整至 7 折起，并补充清仓商品及库存清单后再提交。"
STOCK_FAILURE = "399 元节日礼包仅剩 2 套，低于安全库存 10 套；满减主推款保温杯缺色（仅剩黑色）。"


@dataclass(frozen=True)
class PromotionPeople:
    """Who takes the steps: the demo's current supervisor (whose area's stores every plan includes), each
    region's ops manager (region code -> user id; the reviewer) and head office (the approver)."""

    supervisor_id: str
    reviewers: dict[str, str]
    approver_id: str


@dataclass(frozen=True)
class _Store:
    id: str
    code: str
    name: str
    kind: str
    area_id: str
    region_code: str
    region_name: str
    manager_id: str | None
    supervisor_id: str | None


@contextmanager
def _clock(ctx: AppContext, day: date, hour: int, minute: int = 0) -> Iterator[None]:
    """Meanwhile the services stamp the decisions and results taken through ``ctx`` ``day`` at ``hour``:``minute``
    Beijing time (stored as UTC), the time the step was taken in the demo's story."""
    at = datetime.combine(day, time(hour, minute)) - BEIJING
    before, ctx.clock = ctx.clock, (lambda: at)
    try:
        yield
    finally:
        ctx.clock = before


def _stores(ctx: AppContext) -> list[_Store]:
    """The open stores with their area, region, manager and supervisor, by code."""
    parent = Region.__table__.alias("parent")
    with ctx.read() as s:
        rows = s.execute(select(Store.id, Store.code, Store.name, Store.kind, Store.region_id, parent.c.code,
                                parent.c.name)
                         .join(Region, Region.id == Store.region_id)
                         .join(parent, parent.c.id == Region.parent_id)
                         .where(Store.deleted.is_(False), Store.status == "open")
                         .order_by(Store.code)).all()
        people: dict[tuple[str, str], str] = {}
        for a in s.scalars(select(Assignment).where(Assignment.deleted.is_(False),
                                                    Assignment.role.in_(("manager", "supervisor")))
                           .order_by(Assignment.id)):
            people.setdefault((a.store_id, a.role), a.user_id)
    return [_Store(sid, code, name, kind, area, rcode, rname, people.get((sid, "manager")),
                   people.get((sid, "supervisor"))) for sid, code, name, kind, area, rcode, rname in rows]


def _next_holiday(on_or_after: date) -> tuple[str, date]:
    """The first holiday on or after the day."""
    for year in (on_or_after.year, on_or_after.year + 1):
        for month, day, name in HOLIDAYS:
            when = date(year, month, day)
            if when >= on_or_after:
                return name, when
    raise AssertionError("unreachable")  # pragma: no cover


def _money(v: int | str) -> Decimal:
    return Decimal(v).quantize(Decimal("0.01"))


class _Builder:
    def __init__(self, ctx: AppContext, rng: random.Random, people: PromotionPeople, today: date,
                 folder: Path) -> None:
        from opsdesk.demo_openings import _Driver

        self.ctx, self.rng, self.people, self.today = ctx, rng, people, today
        self.driver = _Driver(ctx, rng, folder)  # answers a run's items, with photos
        self.names = self.driver.names
        all_stores = _stores(ctx)
        mine = [st for st in all_stores if st.supervisor_id == people.supervisor_id]
        if not mine:  # a workspace whose current user supervises no open store: the first area's
            mine = [st for st in all_stores if st.area_id == all_stores[0].area_id] if all_stores else []
        self.mine = mine
        self.region = [st for st in all_stores if mine and st.region_code == mine[0].region_code]
        self.others = [st for st in self.region if st.area_id != (mine[0].area_id if mine else "")]

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def as_(self, user_id: str | None) -> AppContext:
        self.ctx.user_id = user_id
        return self.ctx

    def reviewer(self, st: _Store) -> str:
        return self.people.reviewers.get(st.region_code) or next(iter(self.people.reviewers.values()))

    def proposer(self, st: _Store) -> str:
        return st.supervisor_id or self.people.supervisor_id

    # -- the chain

    def create(self, data: PlanInput, by: str, at: tuple[int, int]) -> promotions.PromotionDTO:
        with _clock(self.ctx, self.day(at[0]), at[1]):
            return promotions.create_plan(self.as_(by), data)

    def submit(self, p: promotions.PromotionDTO, by: str, at: tuple[int, int], comment: str) -> promotions.PromotionDTO:
        with _clock(self.ctx, self.day(at[0]), at[1]):
            return promotions.submit(self.as_(by), p.id, p.content_hash, comment)

    def decide(self, p: promotions.PromotionDTO, level: str, approve: bool, by: str, at: tuple[int, int],
               comment: str) -> promotions.PromotionDTO:
        with _clock(self.ctx, self.day(at[0]), at[1]):
            return promotions.decide(self.as_(by), p.id, level, approve, p.content_hash, comment)

    def approve(self, p: promotions.PromotionDTO, first: _Store, days: tuple[int, int, int],
                comments: tuple[str, str, str]) -> promotions.PromotionDTO:
        """建议 → 审核 → 审批 on the days given (offsets from today), each by its person."""
        p = self.submit(p, self.proposer(first), (days[0], 10), comments[0])
        p = self.decide(p, "review", True, self.reviewer(first), (days[1], 15), comments[1])
        return self.decide(p, "approval", True, self.people.approver_id, (days[2], 11), comments[2])

    def acknowledge(self, p: promotions.PromotionDTO, st: _Store, at: tuple[int, int],
                    statement: str) -> promotions.PromotionDTO:
        from opsdesk.demo_activity import _scribble

        with _clock(self.ctx, self.day(at[0]), at[1], self.rng.randint(0, 59)):
            return promotions.acknowledge(self.as_(st.manager_id), p.id, st.id, p.content_hash, _scribble(self.rng),
                                          statement)

    def check(self, p: promotions.PromotionDTO, st: _Store, offset: int, values: dict[str, str],
              failing: dict[str, str] | None = None) -> str:
        """The 促销执行检查 at the store on that day: answered and completed by its supervisor, signed by the
        supervisor and the store manager (failures then become corrective actions by themselves)."""
        from opsdesk.demo_activity import _scribble
        from opsdesk.services import signatures

        supervisor = self.proposer(st)
        run = promotions.start_check(self.as_(supervisor), p.id, st.id, today=self.day(offset))
        self.driver.answer(run.id, values, failing)
        signatures.sign_run(self.ctx, run.id, "supervisor", self.names[supervisor], _scribble(self.rng),
                            signer_id=supervisor)
        signatures.sign_run(self.ctx, run.id, "store_manager", self.names[st.manager_id], _scribble(self.rng),
                            signer_id=st.manager_id)
        return run.id


# ---------------------------------------------------------------- the plans


def _opening(b: _Builder) -> promotions.PromotionDTO | None:
    stores = b.mine[:3]
    if not stores:
        return None
    start, end = b.day(OPENING[0]), b.day(OPENING[1])
    names = "、".join(st.name for st in stores)
    targets = []
    for i, st in enumerate(stores):
        sales = 60000 - 8000 * i
        targets.append(StoreTarget(st.id, _money(sales), sales // 75, 150 - 20 * i, Decimal(50)))
    data = PlanInput(
        theme="焕新开业 盛大酬宾", type_code="opening", starts_on=start, ends_on=end, start_time="09:00",
        end_time="22:00", stores=tuple(targets),
        tiers=(TierInput("每天前 5 名进店顾客", "赠送开业伴手礼一份", quota_per_store_day=5),
               TierInput("任意消费", "加 48 元换购品牌保温杯", price=Decimal(48)),
               TierInput("购买开业超值套装", "168 元套装（原价 236 元）", price=Decimal(168)),
               TierInput("购买开业礼包", "399 元礼包，赠三重好礼（帆布袋、香薰、会员储值卡 50 元）",
                         price=Decimal(399), quota_per_store=50)),
        materials=(MaterialInput("开业主题 POP 海报", "pop", 6, "张", start - timedelta(days=3)),
                   MaterialInput("门头“焕新开业”横幅", "banner", 1, "条", start - timedelta(days=3)),
                   MaterialInput("开业伴手礼", "gift", 40, "份", start - timedelta(days=2)),
                   MaterialInput("399 礼包赠品（三件套）", "gift", 50, "套", start - timedelta(days=2)),
                   MaterialInput("入口堆头与地贴", "display", 1, "组", start - timedelta(days=1))),
        budget=(BudgetInput("materials", _money(1860), "海报、横幅、堆头与地贴"),
                BudgetInput("gifts", _money(2100 * len(stores)), "伴手礼与 399 礼包赠品"),
                *(BudgetInput("staff", _money(800), "临促两名 × 7 天", st.id) for st in stores),
                BudgetInput("media", _money(1500), "大众点评、朋友圈本地推广")),
        description=f"{names}完成形象升级改造后重新开业，开业首周七天酬宾：每天前 5 名进店顾客赠伴手礼；"
                    "任意消费加 48 元换购；168 元超值套装；399 元礼包赠三重好礼，每店限 50 名。",
        custom_measure="399 元礼包售出", custom_unit="套")
    sup, first = b.proposer(stores[0]), stores[0]
    p = b.create(data, sup, (OPENING[0] - 17, 9))
    p = b.approve(p, first, (OPENING[0] - 16, OPENING[0] - 15, OPENING[0] - 14),
                  ("焕新开业方案，请审核。", "档位与预算合理，同意。", "批准，注意礼品按日登记发放。"))
    for st in (x for x in stores if x.kind == "franchise" and x.manager_id):
        p = b.acknowledge(p, st, (OPENING[0] - 12, 16), "已阅，将按方案布置物料并执行。")
    checked = next((st for st in stores if st.kind == "direct" and st.manager_id), stores[0])
    if checked.manager_id:
        b.check(p, checked, OPENING[0] + 1, {"gifts_left": "12", "customer_feedback": "顾客对开业伴手礼满意，开门前排队明显。"})
    for i, st in enumerate(stores):  # the results, typed in by the supervisor a few days after the end
        share, target = OPENING_RESULTS[i % len(OPENING_RESULTS)], targets[i]
        sales = (target.sales * share).quantize(Decimal("0.01"))
        packages = PACKAGES_SOLD[i % len(PACKAGES_SOLD)]
        with _clock(b.ctx, b.day(OPENING[1] + 2), 17, i):
            p = promotions.set_results(b.as_(sup), p.id, st.id, ResultInput(
                sales, int(target.transactions * share), int(target.new_members * share), Decimal(packages),
                35 + 3 * packages, _money(2100 + 800 + 1120 + 120 * i - (300 if share < 1 else 0)),
                "收银系统导出，活动七天合计"))
    rows, _regions, total = promotions.results_table(b.ctx, p.id)
    best = max(rows, key=lambda r: r.measures[0].percent or 0)
    worst = min(rows, key=lambda r: r.measures[0].percent or 0)
    lessons = (f"1. 活动七天销售额合计达成 {total.measures[0].percent}%，{best.name}达成率最高"
               f"（{best.measures[0].percent}%），{worst.name}最低（{worst.measures[0].percent}%）。\n"
               "2. 每天前 5 名赠礼带动开门客流，建议下次延长至前 10 名并提前在社群预告。\n"
               "3. 399 元礼包名额消耗快，赠品需按日登记，避免超发；168 元套装搭配度好，可常态化。\n"
               "4. 临促人员第二天起到岗，首日讲解口径不一；下次开业前一天完成培训并抽查。")
    with _clock(b.ctx, b.day(OPENING[1] + 4), 14):
        return promotions.close(b.as_(b.reviewer(first)), p.id, p.content_hash, lessons)


def _holiday(b: _Builder) -> tuple[promotions.PromotionDTO | None, str]:
    if not b.region:
        return None, ""
    start, end = b.day(HOLIDAY[0]), b.day(HOLIDAY[1])
    name, when = _next_holiday(start)
    stores = b.region
    targets = []
    for st in stores:
        sales = b.rng.randrange(38, 76) * 1000
        targets.append(StoreTarget(st.id, _money(sales), sales // 85, b.rng.randrange(40, 121)))
    data = PlanInput(
        theme=f"{name}欢乐购" if when <= end else f"{name}预热", type_code="holiday", starts_on=start, ends_on=end, stores=tuple(targets),
        tiers=(TierInput("单笔消费满 199 元", "立减 30 元"),
               TierInput("单笔消费满 399 元", "立减 80 元"),
               TierInput("会员任意消费", "加 9.9 元换购节日保温杯", price=Decimal("9.9"), quota_per_store_day=20),
               TierInput("399 元节日礼包", "赠限定帆布袋、香薰与 30 元券", price=Decimal(399), quota_per_store=40),
               TierInput("活动期间新注册会员", "赠节日限定帆布袋", quota_total=100 * len(stores))),
        materials=(MaterialInput(f"{name}主题海报", "pop", 4, "张", start - timedelta(days=2)),
                   MaterialInput("满减价签与跳跳卡", "pop", 30, "张", start - timedelta(days=2)),
                   MaterialInput("店内吊旗", "display", 10, "面", start - timedelta(days=2)),
                   MaterialInput("节日保温杯（换购）", "gift", 140, "个", start - timedelta(days=1)),
                   MaterialInput("限定帆布袋", "gift", 100, "个", start - timedelta(days=1))),
        budget=(BudgetInput("materials", _money(450 * len(stores)), "海报、价签、吊旗"),
                BudgetInput("gifts", _money(1600 * len(stores)), "保温杯与帆布袋"),
                BudgetInput("media", _money(6000), "大区社群与本地生活平台投放"),
                BudgetInput("other", _money(800), "收银系统满减配置与测试")),
        description=f"{stores[0].region_name} {len(stores)} 家门店（含加盟店）联动，围绕{name}（{when.month} 月 "
                    f"{when.day} 日）满减、换购与节日礼包；加盟店店长须签收方案。",
        start_time="09:00", end_time="22:00")
    first = b.mine[0]
    p = b.create(data, b.proposer(first), (HOLIDAY[0] - 16, 9))
    p = b.approve(p, first, (HOLIDAY[0] - 15, HOLIDAY[0] - 14, HOLIDAY[0] - 12),
                  (f"{name}大区联动方案，请审核。", "同意，满减需在收银系统提前测试。", "批准。"))
    franchise = [st for st in (*b.mine, *b.others) if st.kind == "franchise" and st.manager_id]
    for n, st in enumerate(franchise[:len(franchise) // 2]):  # half have signed, the others not yet
        p = b.acknowledge(p, st, (HOLIDAY[0] - 10 + n, 18), "已签收，物料到店后按方案布置。")
    checked = [st for st in b.mine if st.manager_id]
    good = next((st for st in checked if st.kind == "direct"), checked[0] if checked else None)
    failing = next((st for st in checked if st is not good and st.kind == "franchise"),
                   next((st for st in checked if st is not good), None))
    if good is not None:
        b.check(p, good, -3, {"gifts_left": "36", "customer_feedback": "顾客认可满减力度，换购保温杯很受欢迎。"})
    if failing is not None:
        b.check(p, failing, -1, {"gifts_left": "5", "customer_feedback": "有顾客询问礼包何时补货。"},
                {"featured_stock_sufficient": STOCK_FAILURE})
    return promotions.get_plan(b.ctx, p.id), good.id if good is not None else ""


def _clash(b: _Builder, store_id: str) -> promotions.PromotionDTO | None:
    st = next((x for x in b.mine if x.id == store_id), None)
    if st is None:
        return None
    start = b.day(CLASH[0])
    data = PlanInput(
        theme="周末会员专享日", type_code="member_day", starts_on=start, ends_on=b.day(CLASH[1]),
        stores=(StoreTarget(st.id, _money(16000), 180, 60),),
        tiers=(TierInput("会员消费", "积分双倍"), TierInput("会员单笔满 299 元", "赠 20 元无门槛券", quota_per_store_day=30)),
        materials=(MaterialInput("会员日台卡", "pop", 4, "个", start - timedelta(days=1)),),
        budget=(BudgetInput("gifts", _money(1200), "20 元券成本"),),
        description=f"{st.name}会员周末专享：积分双倍，满 299 元赠券。")
    p = b.create(data, b.proposer(st), (-9, 9))
    return b.approve(p, st, (-9, -8, -7), ("门店会员日，请审核。", "同意。", "批准。"))


def _waiting(b: _Builder, after: date) -> promotions.PromotionDTO | None:
    name, when = _next_holiday(after)
    start = max(when - timedelta(days=2), b.day(HOLIDAY[1] + 2))
    stores = [*b.mine[:2], *b.others[:2]]
    if not stores:
        return None
    data = PlanInput(
        theme=f"{name}礼遇季", type_code="holiday", starts_on=start, ends_on=start + timedelta(days=3),
        stores=tuple(StoreTarget(st.id, _money(b.rng.randrange(30, 56) * 1000), b.rng.randrange(350, 650))
                     for st in stores),
        tiers=(TierInput("单笔消费满 299 元", "赠迎新福袋一个", quota_per_store_day=30),
               TierInput("会员储值 500 元", "赠 60 元", price=Decimal(500))),
        materials=(MaterialInput("迎新福袋", "gift", 120, "个", start - timedelta(days=3)),
                   MaterialInput(f"{name}海报", "pop", 4, "张", start - timedelta(days=3))),
        budget=(BudgetInput("gifts", _money(1500 * len(stores)), "福袋"),
                BudgetInput("materials", _money(300 * len(stores)), "海报")),
        description=f"{name}前后四天，满额赠福袋、储值送礼，拉动节前客流与会员储值。")
    first = stores[0]
    p = b.create(data, b.proposer(first), (-4, 9))
    p = b.submit(p, b.proposer(first), (-3, 10), "节日方案，请审核。")
    return b.decide(p, "review", True, b.reviewer(first), (-2, 16), "同意，储值赠送比例在公司政策内。")


def _returned(b: _Builder) -> promotions.PromotionDTO | None:
    stores = b.mine[:2]
    if not stores:
        return None
    season = SEASONS.get(b.today.month, "秋季")
    start, end = b.day(CLEARANCE[0]), b.day(CLEARANCE[1])

    def plan(discount: str, floor: str, extra: str) -> PlanInput:
        return PlanInput(
            theme=f"{season}换季清仓", type_code="clearance", starts_on=start, ends_on=end,
            stores=tuple(StoreTarget(st.id, _money(22000), 300) for st in stores),
            tiers=(TierInput("过季家居纺织品", f"全场 {discount}"), TierInput("清仓专区任选 3 件", f"再享 {floor}")),
            materials=(MaterialInput("清仓专区吊牌", "pop", 20, "个", start - timedelta(days=1)),),
            budget=(BudgetInput("materials", _money(400), "吊牌与专区布置"),),
            description=f"清理过季库存，腾出陈列位给新品。{extra}")

    first = stores[0]
    sup = b.proposer(first)
    p = b.create(plan("5 折", "9 折", ""), sup, (-6, 9))
    p = b.submit(p, sup, (-6, 11), "换季清仓，请审核。")
    p = b.decide(p, "review", False, b.reviewer(first), (-5, 15), REJECT_REASON)
    with _clock(b.ctx, b.day(-3), 10):
        p = promotions.update_plan(b.as_(sup), p.id, plan(
            "7 折起", "95 折", "清仓清单：夏季凉席 86 件、薄款抱枕 120 个、防晒收纳 64 件（以盘点为准）。"))
    return b.submit(p, sup, (-3, 11), "已按审核意见调整至 7 折起，并补充清仓商品及库存清单。")


def build_promotions(ctx: AppContext, rng: random.Random, people: PromotionPeople, today: date | None = None) -> int:
    """Drive the demo's promotion plans through the services (see the module docstring); returns how many
    plans were made. The periods are relative to ``today``, the day the demo is built for (the real today by
    default, as the CLI and the app build it), never later than the real one: the services take results only
    once a plan has started by the real date (and derive the status from it, so on a demo built for an earlier
    day the running promotion may show as ended). The current user is restored afterwards."""
    real = date.today()
    today = min(today or real, real)
    before = ctx.user_id
    made = []
    try:
        with tempfile.TemporaryDirectory(prefix="opsdesk-demo-") as tmp:
            b = _Builder(ctx, rng, people, today, Path(tmp))
            if not b.mine:
                return 0
            made.append(_opening(b))
            holiday, clash_store = _holiday(b)
            made.append(holiday)
            if holiday is not None:
                made.append(_clash(b, clash_store))
                made.append(_waiting(b, holiday.ends_on + timedelta(days=1)))
            made.append(_returned(b))
    finally:
        ctx.user_id = before
    return sum(p is not None for p in made)


__all__ = ["PromotionPeople", "build_promotions"]
