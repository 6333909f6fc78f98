"""Promotion reports (促销方案): the plan (宣传计划书) and the review (促销总结).

The plan: its header (code, theme, type, period and times, whether it changes prices, the status and what it
waits for, the plan's content hash -- the hash every decision names), the description, the offer tiers, the
materials, the target stores with their targets grouped by region, the budget lines with totals by category
and by store (money printed exactly, ``8,000.40``), the approval trail (who, level, decision, comment, when,
the hash each decision named: one that did not fit, or named another version of the plan, is marked), the
franchisee acknowledgements with their drawn signatures, and an "approved" line only when the plan is.

The review: targets against results by store, by region and in total (target, actual, variance, %), a bar
chart of target against actual sales per store (reportlab's own ``VerticalBarChart``), budget planned against
spent, the execution checks and their scores, gifts given, the lessons (总结) and a summary of the decisions.

Each report's content hash is made of stored values (ids, codes, amounts, times), never of printed words: the
same data hashes the same in both languages.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from opsdesk.reports.inspection import qr_block
from opsdesk.reports.layout import (
    CONTENT_W,
    FONT,
    LIGHT,
    Labels,
    ReportHeader,
    ReportInfo,
    SignatureFlowable,
    build_pdf,
    company_of,
    data_hash,
    field_table,
    fmt_date,
    fmt_time,
    grid_table,
    para,
    register_fonts,
    styles,
)
from opsdesk.services import promotions
from opsdesk.vocabulary import DEFAULT_LANGUAGE, check_language, file_name, is_english, pick

OK_COLOR = "#2e7d32"
BAD_COLOR = "#c62828"
TARGET_COLOR = "#9fb8cf"
ACTUAL_COLOR = "#1f5f8b"

# The words of these two reports: key -> (Simplified Chinese, English). Codes (statuses, decisions, levels,
# material kinds, budget categories, measures) are worded by opsdesk.vocabulary.CODE_WORDS, the UI's words.
WORDS: dict[str, tuple[str, str]] = {
    "promo.plan_title": ("宣传计划书", "Promotion plan"),
    "promo.review_title": ("促销总结", "Promotion review"),
    "promo.code": ("方案编号", "Plan code"),
    "promo.theme": ("促销主题", "Theme"),
    "promo.type": ("促销类型", "Type"),
    "promo.period": ("活动期间", "Period"),
    "promo.period_value": ("{first} 至 {last}（{days} 天）", "{first} to {last} ({days} day(s))"),
    "promo.times": ("活动时段", "Hours"),
    "promo.times_value": ("每天 {start}–{end}", "daily {start}–{end}"),
    "promo.all_day": ("全天", "All day"),
    "promo.price": ("价格促销", "Price promotion"),
    "promo.price_yes": ("是（须批准后方可开始）", "Yes (must be approved before it starts)"),
    "promo.status": ("方案状态", "Status"),
    "promo.waiting": ("待办环节", "Waiting for"),
    "promo.waiting.proposal": ("待提交", "Submission"),
    "promo.waiting.review": ("待审核", "Review"),
    "promo.waiting.approval": ("待审批", "Approval"),
    "promo.waiting.none": ("—", "—"),
    "promo.clash_note": ("离线决定相互冲突，须由有权限的人重新决定，方案未获批准。",
                         ("Decisions made apart clash: someone allowed to decide must decide again; the plan is "
                          "not approved.")),
    "promo.returned_reason": ("退回理由", "Returned because"),
    "promo.plan_hash": ("方案内容哈希", "Plan content hash"),
    "promo.stores_count": ("目标门店", "Target stores"),
    "promo.stores_value": ("{count} 家", "{count}"),
    "promo.budget_total": ("预算合计（元）", "Budget total (yuan)"),
    "promo.description": ("方案说明", "Description"),
    "promo.no_description": ("（无）", "(none)"),
    "promo.tiers": ("优惠档位", "Offer tiers"),
    "promo.no_tiers": ("本方案没有优惠档位。", "This plan has no offer tiers."),
    "promo.tier.no": ("序号", "No."),
    "promo.tier.condition": ("条件", "Condition"),
    "promo.tier.reward": ("优惠内容", "Reward"),
    "promo.tier.price": ("价格（元）", "Price (yuan)"),
    "promo.tier.per_store_day": ("每店每日限额", "Per store a day"),
    "promo.tier.per_store": ("每店限额", "Per store"),
    "promo.tier.total": ("总限额", "In total"),
    "promo.materials": ("宣传物料", "Materials"),
    "promo.no_materials": ("本方案没有宣传物料。", "This plan has no materials."),
    "promo.material.kind": ("类别", "Kind"),
    "promo.material.name": ("名称", "Name"),
    "promo.material.quantity": ("每店数量", "Quantity per store"),
    "promo.material.unit": ("单位", "Unit"),
    "promo.material.deliver_by": ("到店日期", "Deliver by"),
    "promo.targets": ("目标门店与目标", "Target stores and targets"),
    "promo.no_stores": ("本方案没有目标门店。", "This plan has no target stores."),
    "promo.col.store": ("门店", "Store"),
    "promo.col.kind": ("门店类型", "Store type"),
    "promo.col.sales": ("销售额目标（元）", "Sales target (yuan)"),
    "promo.col.transactions": ("交易笔数目标", "Transactions target"),
    "promo.col.new_members": ("新增会员目标", "New members target"),
    "promo.col.custom": ("{measure}目标", "{measure} target"),
    "promo.region_row": ("区域：{region}", "Region: {region}"),
    "promo.region_subtotal": ("{region} 小计", "{region} subtotal"),
    "promo.total": ("合计", "Total"),
    "promo.budget": ("预算", "Budget"),
    "promo.no_budget": ("本方案没有预算。", "This plan has no budget."),
    "promo.budget.category": ("类别", "Category"),
    "promo.budget.description": ("说明", "Description"),
    "promo.budget.store": ("门店", "Store"),
    "promo.budget.amount": ("金额（元）", "Amount (yuan)"),
    "promo.budget.whole_plan": ("全部门店共用", "Whole plan"),
    "promo.budget.by_category": ("按类别合计", "By category"),
    "promo.budget.by_store": ("按门店合计", "By store"),
    "promo.trail": ("审批记录", "Approval trail"),
    "promo.no_trail": ("尚无审批记录。", "No decisions yet."),
    "promo.trail.at": ("时间", "When"),
    "promo.trail.who": ("人员", "Who"),
    "promo.trail.level": ("环节", "Level"),
    "promo.trail.decision": ("决定", "Decision"),
    "promo.trail.comment": ("意见", "Comment"),
    "promo.trail.hash": ("所依据的方案哈希", "Plan hash decided on"),
    "promo.trail.stale": ("无效：与当时的状态不符", "no effect: did not fit the state it was made on"),
    "promo.trail.old": ("针对方案的旧版本", "of an earlier version of the plan"),
    "promo.trail.clash": ("冲突中", "in a clash"),
    "promo.acks": ("加盟店签收", "Franchisee acknowledgements"),
    "promo.no_franchise": ("本方案没有加盟门店，无须签收。", "This plan has no franchise stores to acknowledge it."),
    "promo.ack.store": ("门店", "Store"),
    "promo.ack.who": ("签收人", "Acknowledged by"),
    "promo.ack.at": ("签收时间", "When"),
    "promo.ack.signature": ("签名", "Signature"),
    "promo.ack.missing": ("未签收", "Not acknowledged yet"),
    "promo.ack.count": ("已签收 {done}/{due}", "{done}/{due} acknowledged"),
    "promo.approved_line": ("已批准", "Approved"),
    "promo.approved_by": ("审批人 {who}，{at}", "by {who}, {at}"),
    # the review
    "promo.results_in": ("已录入结果", "Results in"),
    "promo.results_value": ("{done}/{total} 家门店", "{done}/{total} stores"),
    "promo.achievement": ("目标达成", "Targets against results"),
    "promo.col.target": ("目标", "Target"),
    "promo.col.actual": ("实际", "Actual"),
    "promo.col.variance": ("差异", "Variance"),
    "promo.col.percent": ("达成率", "Achieved"),
    "promo.col.area": ("门店 / 区域", "Store / region"),
    "promo.measure_money": ("{measure}（元）", "{measure} (yuan)"),
    "promo.measure_unit": ("{measure}（{unit}）", "{measure} ({unit})"),
    "promo.no_results": ("尚未录入任何结果。", "No results entered yet."),
    "promo.chart": ("各门店销售额：目标与实际", "Sales per store: target and actual"),
    "promo.chart.target": ("目标", "Target"),
    "promo.chart.actual": ("实际", "Actual"),
    "promo.spend": ("预算使用", "Budget used"),
    "promo.col.planned": ("计划（元）", "Planned (yuan)"),
    "promo.col.spent": ("实际花费（元）", "Spent (yuan)"),
    "promo.col.used": ("使用率", "Used"),
    "promo.execution": ("门店执行", "Execution at the stores"),
    "promo.col.gifts": ("赠品发放", "Gifts given"),
    "promo.col.check": ("执行检查得分", "Execution check score"),
    "promo.col.results_at": ("结果录入", "Results entered"),
    "promo.col.note": ("备注", "Note"),
    "promo.checks": ("执行检查", "Execution checks"),
    "promo.no_checks": ("本方案尚无执行检查。", "No execution checks for this plan yet."),
    "promo.check.date": ("日期", "Date"),
    "promo.check.store": ("门店", "Store"),
    "promo.check.performer": ("检查人", "Checked by"),
    "promo.check.status": ("状态", "Status"),
    "promo.check.score": ("得分率", "Score %"),
    "promo.lessons": ("总结", "Lessons"),
    "promo.no_lessons": ("尚未填写总结。", "No lessons noted yet."),
    "promo.trail_summary": ("审批记录摘要", "Decisions in brief"),
}


def words(lang: str) -> dict[str, str]:
    """These reports' words in ``lang`` (laid over the shared report labels)."""
    index = 1 if is_english(check_language(lang)) else 0
    return {key: pair[index] for key, pair in WORDS.items()}


def plan_file_name(plan: promotions.PromotionDTO, lang: str) -> str:
    """宣传计划书-<code>.pdf / promotion-plan-<code>.pdf."""
    return file_name("promotion_plan", lang, plan.code)


def review_file_name(plan: promotions.PromotionDTO, lang: str) -> str:
    """促销总结-<code>.pdf / promotion-review-<code>.pdf."""
    return file_name("promotion_review", lang, plan.code)


# ---------------------------------------------------------------- numbers as printed


def money(value: Decimal | None) -> str:
    """Yuan to the fen with thousands separators (8,000.40); "—" without a value."""
    return "—" if value is None else f"{Decimal(value):,.2f}"


def count(value: int | Decimal | None) -> str:
    return "—" if value is None else f"{int(value):,}"


def amount(value: Decimal | None, measure: str) -> str:
    """A measure's value: money for sales and the custom measure, a whole number for counts."""
    return money(value) if measure in ("sales", "custom") else count(value)


def signed(value: Decimal | None, measure: str) -> str:
    if value is None:
        return "—"
    if measure in ("sales", "custom", "money"):
        return f"{Decimal(value):+,.2f}"
    return f"{int(value):+,}"


def percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value}%"


def _share(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    if part is None or whole is None or whole == 0:
        return None
    return (Decimal(100) * Decimal(part) / Decimal(whole)).quantize(Decimal("0.01"))


# ---------------------------------------------------------------- shared blocks


def _type_name(plan: promotions.PromotionDTO, L: Labels) -> str:
    return pick(plan.type_name, plan.type_name_en, L.lang) or plan.type_code


def _period(plan: promotions.PromotionDTO, L: Labels) -> str:
    days = (plan.ends_on - plan.starts_on).days + 1
    return L("promo.period_value", first=plan.starts_on.isoformat(), last=plan.ends_on.isoformat(), days=days)


def _times(plan: promotions.PromotionDTO, L: Labels) -> str:
    if not plan.start_time and not plan.end_time:
        return L("promo.all_day")
    return L("promo.times_value", start=plan.start_time or "00:00", end=plan.end_time or "24:00")


def _measure_name(plan: promotions.PromotionDTO, measure: str, L: Labels) -> str:
    if measure == "custom":
        return plan.custom_measure or L.code("promotion_measure", "custom")
    return L.code("promotion_measure", measure)


def _measure_heading(plan: promotions.PromotionDTO, measure: str, L: Labels) -> str:
    name = _measure_name(plan, measure, L)
    if measure == "sales":
        return L("promo.measure_money", measure=name)
    if measure == "custom" and plan.custom_unit:
        return L("promo.measure_unit", measure=name, unit=plan.custom_unit)
    return name


def _store_label(code: str, name: str) -> str:
    return f"{code} {name}".strip()


def _approval_event(plan: promotions.PromotionDTO) -> promotions.EventDTO | None:
    """The decision that approved the plan as it is now (the last one, when decided again)."""
    found = [e for e in plan.events if e.kind == "approve" and e.level == "approval" and not e.stale
             and e.content_hash == plan.content_hash]
    return found[-1] if found else None


def _events_data(plan: promotions.PromotionDTO) -> list[list[Any]]:
    return [[e.id, e.kind, e.level, e.user_id, str(e.at), e.content_hash, e.comment, list(e.prev_ids), e.store_id,
             e.stale] for e in plan.events]


def _trail_mark(plan: promotions.PromotionDTO, e: promotions.EventDTO, L: Labels) -> str:
    marks = []
    if e.id in plan.status.clashing:
        marks.append(L("promo.trail.clash"))
    if e.stale:
        marks.append(L("promo.trail.stale"))
    elif e.content_hash != plan.content_hash and e.kind in ("submit", "approve", "reject", "acknowledge"):
        marks.append(L("promo.trail.old"))
    return L("list.sep").join(marks)


def _decisions(plan: promotions.PromotionDTO) -> list[promotions.EventDTO]:
    return [e for e in plan.events if e.kind != "acknowledge"]


def _by_region(stores: tuple[promotions.StoreDTO, ...]) -> list[tuple[str, list[promotions.StoreDTO]]]:
    groups: dict[tuple[str, str], list[promotions.StoreDTO]] = defaultdict(list)
    for st in stores:
        groups[(st.region_id, st.region_name)].append(st)
    return [(name, rows) for (_rid, name), rows in sorted(groups.items(), key=lambda kv: kv[0][1])]


def _sum(values: list[Any]) -> Any:
    vals = [v for v in values if v is not None]
    return sum(vals, Decimal(0)) if vals else None


# ---------------------------------------------------------------- the plan (宣传计划书)


def _header_fields(plan: promotions.PromotionDTO, L: Labels, company: str) -> list[tuple[str, str]]:
    status = plan.status
    waiting = L(f"promo.waiting.{status.waiting}") if status.waiting else L("promo.waiting.none")
    return [
        (L("promo.code"), plan.code),
        (L("promo.type"), _type_name(plan, L)),
        (L("promo.period"), _period(plan, L)),
        (L("promo.times"), _times(plan, L)),
        (L("promo.price"), L("promo.price_yes") if plan.price_promotion else L("no")),
        (L("promo.stores_count"), L("promo.stores_value", count=len(plan.stores))),
        (L("promo.status"), L.code("promotion_status", status.status)),
        (L("promo.waiting"), waiting),
        (L("promo.budget_total"), money(plan.budget_total)),
        (L("company"), company),
    ]


def _tiers_table(plan: promotions.PromotionDTO, L: Labels, st: dict) -> Any:
    if not plan.tiers:
        return para(L("promo.no_tiers"), st["base"])
    cols = ("no", "condition", "reward", "price", "per_store_day", "per_store", "total")
    rows = [[para(L(f"promo.tier.{c}"), st["cell"]) for c in cols]]
    for i, t in enumerate(plan.tiers, start=1):
        rows.append([para(str(i), st["cell"]), para(t.condition, st["cell"]), para(t.reward, st["cell"]),
                     para(money(t.price) if t.price is not None else "—", st["cell"]),
                     para(count(t.quota_per_store_day), st["cell"]), para(count(t.quota_per_store), st["cell"]),
                     para(count(t.quota_total), st["cell"])])
    widths = [10 * mm, 44 * mm, 50 * mm, 20 * mm, 18 * mm, 16 * mm]
    widths.append(CONTENT_W - sum(widths))
    return grid_table(rows, widths, extra=[("ALIGN", (3, 1), (-1, -1), "RIGHT")])


def _materials_table(plan: promotions.PromotionDTO, L: Labels, st: dict) -> Any:
    if not plan.materials:
        return para(L("promo.no_materials"), st["base"])
    cols = ("kind", "name", "quantity", "unit", "deliver_by")
    rows = [[para(L(f"promo.material.{c}"), st["cell"]) for c in cols]]
    for m in plan.materials:
        rows.append([para(L.code("material_kind", m.kind), st["cell"]), para(m.name, st["cell"]),
                     para(count(m.quantity), st["cell"]), para(m.unit or "—", st["cell"]),
                     para(fmt_date(m.deliver_by) or "—", st["cell"])])
    widths = [24 * mm, 70 * mm, 24 * mm, 20 * mm]
    widths.append(CONTENT_W - sum(widths))
    return grid_table(rows, widths)


def _targets_table(plan: promotions.PromotionDTO, L: Labels, st: dict) -> Any:
    if not plan.stores:
        return para(L("promo.no_stores"), st["base"])
    measures = ["sales", "transactions", "new_members"] + (["custom"] if plan.custom_measure else [])
    heads = [L("promo.col.store"), L("promo.col.kind")] + [
        L(f"promo.col.{m}") if m != "custom" else L("promo.col.custom", measure=_measure_heading(plan, m, L))
        for m in measures]
    rows: list[list[Any]] = [[para(h, st["cell"]) for h in heads]]
    extra: list[tuple] = [("ALIGN", (2, 1), (-1, -1), "RIGHT")]

    def values(st_: promotions.StoreDTO) -> list[Any]:
        return [st_.target_sales, st_.target_transactions, st_.target_new_members, st_.target_custom][:len(measures)]

    def cells(vals: list[Any]) -> list[Any]:
        return [para(amount(v, m), st["cell"]) for v, m in zip(vals, measures, strict=True)]

    for region, group in _by_region(plan.stores):
        rows.append([para(L("promo.region_row", region=region), st["cell"])] + [""] * (len(heads) - 1))
        extra += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                  ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), LIGHT)]
        for s in group:
            rows.append([para(_store_label(s.store_code, s.store_name), st["cell"]),
                         para(L.code("store_kind", s.store_kind) or "—", st["cell"])] + cells(values(s)))
        if len(group) > 1:
            sums = [_sum([values(s)[i] for s in group]) for i in range(len(measures))]
            rows.append([para(L("promo.region_subtotal", region=region), st["cell"]), ""] + cells(sums))
    sums = [_sum([values(s)[i] for s in plan.stores]) for i in range(len(measures))]
    rows.append([para(L("promo.total"), st["h3"]), ""] + cells(sums))
    extra += [("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), LIGHT)]
    first = 50 * mm
    kind_w = 26 * mm
    rest = (CONTENT_W - first - kind_w) / len(measures)
    return grid_table(rows, [first, kind_w] + [rest] * len(measures), extra=extra)


def _budget_block(plan: promotions.PromotionDTO, L: Labels, st: dict) -> list:
    if not plan.budget:
        return [para(L("promo.no_budget"), st["base"])]
    names = {s.store_id: _store_label(s.store_code, s.store_name) for s in plan.stores}
    rows = [[para(L(f"promo.budget.{c}"), st["cell"]) for c in ("category", "description", "store", "amount")]]
    for b in plan.budget:
        rows.append([para(L.code("budget_category", b.category), st["cell"]), para(b.description or "—", st["cell"]),
                     para(names.get(b.store_id, b.store_id) if b.store_id else L("promo.budget.whole_plan"),
                          st["cell"]), para(money(b.amount), st["cell"])])
    rows.append([para(L("promo.total"), st["h3"]), "", "", para(money(plan.budget_total), st["h3"])])
    widths = [24 * mm, 70 * mm, 52 * mm]
    widths.append(CONTENT_W - sum(widths))
    out: list = [grid_table(rows, widths, extra=[("ALIGN", (3, 1), (3, -1), "RIGHT"),
                                                 ("BACKGROUND", (0, -1), (-1, -1), LIGHT)])]
    half = (CONTENT_W - 6 * mm) / 2
    cat_rows = [[para(L("promo.budget.category"), st["cell"]), para(L("promo.budget.amount"), st["cell"])]]
    for category, total in plan.budget_by_category().items():
        cat_rows.append([para(L.code("budget_category", category), st["cell"]), para(money(total), st["cell"])])
    store_rows = [[para(L("promo.budget.store"), st["cell"]), para(L("promo.budget.amount"), st["cell"])]]
    by_store = plan.budget_by_store()
    for store_id in sorted(by_store, key=lambda k: (k is not None, names.get(k or "", ""))):
        label = names.get(store_id, store_id) if store_id else L("promo.budget.whole_plan")
        store_rows.append([para(label, st["cell"]), para(money(by_store[store_id]), st["cell"])])
    right = [("ALIGN", (1, 1), (1, -1), "RIGHT")]
    side = Table([[[para(L("promo.budget.by_category"), st["h3"]),
                    grid_table(cat_rows, [half - 30 * mm, 30 * mm], extra=right)],
                   [para(L("promo.budget.by_store"), st["h3"]),
                    grid_table(store_rows, [half - 30 * mm, 30 * mm], extra=right)]]],
                 colWidths=[half + 6 * mm, half])
    side.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    out.append(side)
    return out


def _trail_table(plan: promotions.PromotionDTO, L: Labels, st: dict) -> Any:
    decisions = _decisions(plan)
    if not decisions:
        return para(L("promo.no_trail"), st["base"])
    cols = ("at", "who", "level", "decision", "comment", "hash")
    rows = [[para(L(f"promo.trail.{c}"), st["cell"]) for c in cols]]
    red = st["cell"].clone("promo_red", textColor=colors.HexColor(BAD_COLOR))
    for e in decisions:
        mark = _trail_mark(plan, e, L)
        hashed = [para(e.content_hash[:16], st["cell"])]
        if mark:
            hashed.append(para(mark, red))
        rows.append([para(fmt_time(e.at), st["cell"]), para(e.user_name or "—", st["cell"]),
                     para(L.code("promotion_level", e.level) or "—", st["cell"]),
                     para(L.code("promotion_decision", e.kind), st["cell"]), para(e.comment or "—", st["cell"]),
                     hashed])
    widths = [26 * mm, 22 * mm, 18 * mm, 26 * mm]
    widths += [CONTENT_W - sum(widths) - 36 * mm, 36 * mm]
    return grid_table(rows, widths)


def _acks_block(ctx, plan: promotions.PromotionDTO, L: Labels, st: dict) -> tuple[list, list]:  # noqa: ANN001
    acks = promotions.acknowledgements(ctx, plan.id)
    if not acks:
        return [para(L("promo.no_franchise"), st["base"])], []
    done = [a for a in acks if a.event_id]
    out: list = [para(L("promo.ack.count", done=len(done), due=len(acks)), st["small"])]
    cols = ("store", "who", "at", "signature")
    rows = [[para(L(f"promo.ack.{c}"), st["cell"]) for c in cols]]
    hashed = []
    sig_w = 58 * mm
    for a in acks:
        if a.event_id is None:
            rows.append([para(_store_label(a.store_code, a.store_name), st["cell"]),
                         para(L("promo.ack.missing"), st["cell"].clone("promo_missing",
                                                                        textColor=colors.HexColor(BAD_COLOR))),
                         "", ""])
            hashed.append([a.store_id, None])
            continue
        sig = promotions.ack_signature(ctx, a.event_id)
        cell: Any = "—"
        if sig is not None:
            role = L.code("role", "franchisee")
            drawn = SignatureFlowable(sig["strokes"], sig["signer_name"], role, fmt_time(sig["signed_at"]),
                                      width=sig_w - 8, box_h=14 * mm,
                                      caption=f"{sig['signer_name']}{L.paren(role)}")
            cell = [drawn, para(sig["statement"], st["small"])] if sig["statement"] else drawn
            hashed.append([a.store_id, a.event_id, sig["content_hash"], sig["strokes"]])
        else:
            hashed.append([a.store_id, a.event_id])
        rows.append([para(_store_label(a.store_code, a.store_name), st["cell"]), para(a.user_name or "—", st["cell"]),
                     para(fmt_time(a.at), st["cell"]), cell])
    widths = [50 * mm, 34 * mm, CONTENT_W - 84 * mm - sig_w, sig_w]
    out.append(grid_table(rows, widths))
    return out, hashed


def build_plan(ctx, promotion_id: str, out_path: str | Path, *, lang: str = DEFAULT_LANGUAGE,  # noqa: ANN001
               labels: dict[str, str] | None = None) -> ReportInfo:
    """The plan (宣传计划书) of one promotion in ``lang`` ("zh_CN" or "en"), with its approval trail and the
    franchisee acknowledgements. The content hash is made of the stored values: the same data hashes the
    same, in either language."""
    L = Labels({**words(lang), **(labels or {})}, lang)
    st = styles()
    plan = promotions.get_plan(ctx, promotion_id)
    company, logo = company_of(ctx)
    report_id = str(uuid.uuid4())
    status = plan.status

    story: list = [para(L("promo.plan_title"), st["title"]), para(f"{plan.code} {plan.theme}", st["h3"])]
    story.append(field_table([(L("promo.theme"), plan.theme)], st, columns=1))
    story.append(field_table(_header_fields(plan, L, company), st))
    extra_rows = [(L("promo.plan_hash"), plan.content_hash)]
    if status.status == "returned" and status.returned_reason:
        extra_rows.append((L("promo.returned_reason"), status.returned_reason))
    story.append(field_table(extra_rows, st, columns=1))
    if status.status == "clash":
        story.append(para(L("promo.clash_note"), st["base"].clone("promo_clash", textColor=colors.HexColor(BAD_COLOR))))

    story.append(para(L("promo.description"), st["h2"]))
    story.append(para(plan.description or L("promo.no_description"), st["base"]))
    story.append(para(L("promo.tiers"), st["h2"]))
    story.append(_tiers_table(plan, L, st))
    story.append(para(L("promo.materials"), st["h2"]))
    story.append(_materials_table(plan, L, st))
    story.append(para(L("promo.targets"), st["h2"]))
    story.append(_targets_table(plan, L, st))
    story.append(para(L("promo.budget"), st["h2"]))
    story += _budget_block(plan, L, st)
    story.append(para(L("promo.trail"), st["h2"]))
    story.append(_trail_table(plan, L, st))
    story.append(para(L("promo.acks"), st["h2"]))
    acks, acks_data = _acks_block(ctx, plan, L, st)
    story += acks

    approved = status.approved or status.status == "closed"
    if approved:
        by = _approval_event(plan)
        text = L("promo.approved_line")
        if by is not None:
            text += L("colon") + L("promo.approved_by", who=by.user_name or "—", at=fmt_time(by.at))
        green = colors.HexColor(OK_COLOR)
        box = grid_table([[para(text, st["h3"].clone("promo_ok", textColor=green))]], [CONTENT_W], header=False,
                         extra=[("BOX", (0, 0), (-1, -1), 1.4, green),
                                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f5e9"))])
        story += [Spacer(1, 4 * mm), KeepTogether([box])]

    data = {
        "kind": "promotion_plan", "plan": plan.id, "content_hash": plan.content_hash, "code": plan.code,
        "status": [status.status, status.waiting, list(status.clashing), status.returned_reason],
        "type": [plan.type_code, plan.type_name, plan.type_name_en],
        "stores": [[s.store_id, s.store_code, s.store_name, s.store_kind, s.region_name] for s in plan.stores],
        "events": _events_data(plan), "acks": acks_data,
    }
    content_hash = data_hash(data)
    story.append(qr_block(report_id, content_hash, L, st))
    header = ReportHeader(company, f"{L('promo.plan_title')} · {plan.code} · {plan.theme}", logo)
    return build_pdf(out_path, story, header=header, report_id=report_id, content_hash=content_hash, labels=L)


# ---------------------------------------------------------------- the review (促销总结)


def sales_chart(stores: list[promotions.ResultRow], L: Labels, width: float = CONTENT_W,
                height: float = 62 * mm) -> Drawing:
    """Target against actual sales per store as grouped bars (reportlab's ``VerticalBarChart``), labelled with
    the bundled CJK font."""
    register_fonts()
    d = Drawing(width, height)
    d.initialFontName = FONT  # no stray, non-embedded Helvetica in the PDF
    targets = [float(r.measures[0].target) if r.measures[0].target is not None else None for r in stores]
    actuals = [float(r.measures[0].actual) if r.measures[0].actual is not None else None for r in stores]
    chart = VerticalBarChart()
    chart.x, chart.y = 52, 30
    chart.width, chart.height = width - 64, height - 52
    chart.data = [targets, actuals]
    chart.barSpacing = 1
    chart.groupSpacing = 8
    chart.bars[0].fillColor = colors.HexColor(TARGET_COLOR)
    chart.bars[1].fillColor = colors.HexColor(ACTUAL_COLOR)
    chart.bars.strokeColor = None
    chart.categoryAxis.categoryNames = [r.code for r in stores]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    if len(stores) > 8:
        chart.categoryAxis.labels.angle = 30
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.gridStrokeWidth = 0.3
    if not any(v for v in targets + actuals if v):
        chart.valueAxis.valueMax = 1
    d.add(chart)
    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = 7.5
    legend.x, legend.y = 56, height - 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 60
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [(colors.HexColor(TARGET_COLOR), L("promo.chart.target")),
                             (colors.HexColor(ACTUAL_COLOR), L("promo.chart.actual"))]
    d.add(legend)
    d.add(String(width - 4, height - 10, L("promo.measure_money", measure=L.code("promotion_measure", "sales")),
                 fontName=FONT, fontSize=7, textAnchor="end", fillColor=colors.HexColor("#555555")))
    return d


def _achievement_table(plan: promotions.PromotionDTO, measure_index: int, measure: str,
                       rows: tuple[list, list, Any], L: Labels, st: dict) -> Any:
    stores, regions, total = rows
    cols = ("area", "target", "actual", "variance", "percent")
    out = [[para(L(f"promo.col.{c}"), st["cell"]) for c in cols]]
    extra: list[tuple] = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    green = st["cell"].clone("promo_green", textColor=colors.HexColor(OK_COLOR))
    red = st["cell"].clone("promo_red2", textColor=colors.HexColor(BAD_COLOR))

    def line(label: str, v: promotions.Variance, style: Any = None) -> list:
        tone = st["cell"] if v.variance is None else green if v.variance >= 0 else red
        return [para(label, style or st["cell"]), para(amount(v.target, measure), st["cell"]),
                para(amount(v.actual, measure), st["cell"]), para(signed(v.variance, measure), tone),
                para(percent(v.percent), tone)]

    for r in stores:
        out.append(line(_store_label(r.code, r.name), r.measures[measure_index]))
    for r in regions:
        out.append(line(L("promo.region_row", region=r.name), r.measures[measure_index]))
        extra.append(("BACKGROUND", (0, len(out) - 1), (-1, len(out) - 1), LIGHT))
    out.append(line(L("promo.total"), total.measures[measure_index], st["h3"]))
    extra.append(("BACKGROUND", (0, len(out) - 1), (-1, len(out) - 1), colors.HexColor("#dde6ee")))
    first = 60 * mm
    rest = (CONTENT_W - first) / 4
    return grid_table(out, [first] + [rest] * 4, extra=extra)


def _spend_table(stores: list, total: Any, L: Labels, st: dict) -> Any:
    cols = ("area", "planned", "spent", "variance", "used")
    out = [[para(L(f"promo.col.{c}"), st["cell"]) for c in cols]]
    red = st["cell"].clone("promo_over", textColor=colors.HexColor(BAD_COLOR))

    def line(label: str, r: promotions.ResultRow, style: Any = None) -> list:
        diff = None if r.budget_spent is None else r.budget_spent - r.budget_planned
        tone = red if diff is not None and diff > 0 else st["cell"]
        return [para(label, style or st["cell"]), para(money(r.budget_planned), st["cell"]),
                para(money(r.budget_spent), st["cell"]), para(signed(diff, "money"), tone),
                para(percent(_share(r.budget_spent, r.budget_planned)), tone)]

    for r in stores:
        out.append(line(_store_label(r.code, r.name), r))
    out.append(line(L("promo.total"), total, st["h3"]))
    first = 60 * mm
    rest = (CONTENT_W - first) / 4
    return grid_table(out, [first] + [rest] * 4, extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                                                         ("BACKGROUND", (0, -1), (-1, -1), LIGHT)])


def _execution_table(plan: promotions.PromotionDTO, stores: list, total: Any, L: Labels, st: dict) -> Any:
    cols = ("store", "gifts", "check", "results_at", "note")
    out = [[para(L(f"promo.col.{c}"), st["cell"]) for c in cols]]
    by_id = {s.store_id: s for s in plan.stores}
    for r in stores:
        s = by_id.get(r.key)
        out.append([para(_store_label(r.code, r.name), st["cell"]), para(count(r.gifts_given), st["cell"]),
                    para(percent(r.check_percent), st["cell"]),
                    para(fmt_time(s.results_at) if s and s.results_at else "—", st["cell"]),
                    para((s.results_note if s else "") or "—", st["cell"])])
    out.append([para(L("promo.total"), st["h3"]), para(count(total.gifts_given), st["cell"]),
                para(percent(total.check_percent), st["cell"]), "", ""])
    widths = [56 * mm, 22 * mm, 26 * mm, 30 * mm]
    widths.append(CONTENT_W - sum(widths))
    return grid_table(out, widths, extra=[("ALIGN", (1, 1), (2, -1), "RIGHT"),
                                          ("BACKGROUND", (0, -1), (-1, -1), LIGHT)])


def _checks_table(checks: list, L: Labels, st: dict) -> Any:
    if not checks:
        return para(L("promo.no_checks"), st["base"])
    cols = ("date", "store", "performer", "status", "score")
    out = [[para(L(f"promo.check.{c}"), st["cell"]) for c in cols]]
    for r in checks:
        out.append([para(r.business_date.isoformat(), st["cell"]), para(_store_label(r.store_code, r.store_name),
                                                                         st["cell"]),
                    para(r.performer_name or "—", st["cell"]), para(L.code("run_status", r.status), st["cell"]),
                    para(percent(r.percent), st["cell"])])
    widths = [24 * mm, 60 * mm, 34 * mm, 26 * mm]
    widths.append(CONTENT_W - sum(widths))
    return grid_table(out, widths, extra=[("ALIGN", (4, 1), (4, -1), "RIGHT")])


def _trail_summary(plan: promotions.PromotionDTO, L: Labels, st: dict) -> Any:
    decisions = [e for e in _decisions(plan) if not e.stale]
    if not decisions:
        return para(L("promo.no_trail"), st["base"])
    cols = ("at", "who", "level", "decision", "comment")
    rows = [[para(L(f"promo.trail.{c}"), st["cell"]) for c in cols]]
    for e in decisions:
        rows.append([para(fmt_time(e.at), st["cell"]), para(e.user_name or "—", st["cell"]),
                     para(L.code("promotion_level", e.level) or "—", st["cell"]),
                     para(L.code("promotion_decision", e.kind), st["cell"]), para(e.comment or "—", st["cell"])])
    widths = [28 * mm, 26 * mm, 18 * mm, 26 * mm]
    widths.append(CONTENT_W - sum(widths))
    return grid_table(rows, widths)


def build_review(ctx, promotion_id: str, out_path: str | Path, *, lang: str = DEFAULT_LANGUAGE,  # noqa: ANN001
                 labels: dict[str, str] | None = None) -> ReportInfo:
    """The review (促销总结) of one promotion in ``lang``: targets against results by store, region and in
    total, a bar chart of sales per store, budget planned against spent, execution check scores, gifts given,
    the lessons and the decisions in brief. Language-neutral content hash."""
    L = Labels({**words(lang), **(labels or {})}, lang)
    st = styles()
    plan = promotions.get_plan(ctx, promotion_id)
    table = promotions.results_table(ctx, promotion_id)
    stores, _regions, total = table
    checks = promotions.checks_of(ctx, promotion_id)
    company, logo = company_of(ctx)
    report_id = str(uuid.uuid4())
    with_results = sum(1 for s in plan.stores if s.has_results)

    story: list = [para(L("promo.review_title"), st["title"]), para(f"{plan.code} {plan.theme}", st["h3"])]
    story.append(field_table([(L("promo.theme"), plan.theme)], st, columns=1))
    fields = [(L("promo.code"), plan.code), (L("promo.type"), _type_name(plan, L)),
              (L("promo.period"), _period(plan, L)),
              (L("promo.status"), L.code("promotion_status", plan.status.status)),
              (L("promo.stores_count"), L("promo.stores_value", count=len(plan.stores))),
              (L("promo.results_in"), L("promo.results_value", done=with_results, total=len(plan.stores))),
              (L("promo.budget_total"), money(plan.budget_total)), (L("company"), company)]
    story.append(field_table(fields, st))
    story.append(field_table([(L("promo.plan_hash"), plan.content_hash)], st, columns=1))

    story.append(para(L("promo.achievement"), st["h2"]))
    if not with_results:
        story.append(para(L("promo.no_results"), st["base"]))
    for i, measure in enumerate(promotions.MEASURES):
        v = total.measures[i]
        if measure != "sales" and v.target is None and v.actual is None:
            continue
        if measure == "custom" and not plan.custom_measure and v.target is None and v.actual is None:
            continue
        story.append(KeepTogether([para(_measure_heading(plan, measure, L), st["h3"]),
                                   _achievement_table(plan, i, measure, table, L, st)]))
    if stores:
        story.append(KeepTogether([para(L("promo.chart"), st["h3"]), sales_chart(stores, L)]))

    story.append(para(L("promo.spend"), st["h2"]))
    story.append(_spend_table(stores, total, L, st))
    story.append(para(L("promo.execution"), st["h2"]))
    story.append(_execution_table(plan, stores, total, L, st))
    story.append(para(L("promo.checks"), st["h2"]))
    story.append(_checks_table(checks, L, st))
    story.append(para(L("promo.lessons"), st["h2"]))
    story.append(para(plan.lessons or L("promo.no_lessons"), st["base"]))
    story.append(para(L("promo.trail_summary"), st["h2"]))
    story.append(_trail_summary(plan, L, st))
    acks = promotions.acknowledgements(ctx, plan.id)
    if acks:
        story.append(para(L("promo.ack.count", done=sum(1 for a in acks if a.event_id), due=len(acks)), st["small"]))

    data = {
        "kind": "promotion_review", "plan": plan.id, "content_hash": plan.content_hash, "code": plan.code,
        "status": plan.status.status, "lessons": plan.lessons,
        "stores": [[s.store_id, s.store_code, s.store_name, s.region_name, str(s.target_sales),
                    s.target_transactions, s.target_new_members, str(s.target_custom), str(s.actual_sales),
                    s.actual_transactions, s.actual_new_members, str(s.actual_custom), s.gifts_given,
                    str(s.budget_spent), s.results_note, str(s.results_at)] for s in plan.stores],
        "budget": [[b.category, str(b.amount), b.store_id] for b in plan.budget],
        "checks": [[r.id, r.store_id, r.status, str(r.percent), r.business_date.isoformat()] for r in checks],
        "events": _events_data(plan),
    }
    content_hash = data_hash(data)
    story.append(qr_block(report_id, content_hash, L, st))
    header = ReportHeader(company, f"{L('promo.review_title')} · {plan.code} · {plan.theme}", logo)
    return build_pdf(out_path, story, header=header, report_id=report_id, content_hash=content_hash, labels=L)


__all__ = ["WORDS", "build_plan", "build_review", "money", "plan_file_name", "review_file_name", "sales_chart",
           "words"]
