"""The monthly circular (月度通报): for a month and the whole chain or one region (with its areas), the KPI table
with the change against the previous month, the rankings of stores and areas by score, the most-failed items,
the critical (一票否决) failures, the overdue actions by store and the supervisors by visit coverage -- each
section with a bar chart drawn by reportlab's own charts (``reportlab.graphics.charts``) in the bundled CJK
font.

Every figure comes from ``opsdesk.services.kpis`` (the dashboard's definitions). The content hash is made of
the stored values (ids, codes, figures) of the month and the scope, not of the printed words: the same data
hashes the same in both languages and on every run.
"""

from __future__ import annotations

import calendar
import re
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.textlabels import NA_Label
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer
from sqlalchemy import select

from opsdesk.errors import FieldProblem, NotFoundError, ValidationError
from opsdesk.reports.inspection import qr_block
from opsdesk.reports.labels import fit_text
from opsdesk.reports.layout import (
    ACCENT,
    CONTENT_W,
    FONT,
    Labels,
    ReportHeader,
    ReportInfo,
    build_pdf,
    company_of,
    data_hash,
    field_table,
    grid_table,
    para,
    register_fonts,
    styles,
)
from opsdesk.services import kpis
from opsdesk.services.kpis import Scope
from opsdesk.vocabulary import DEFAULT_LANGUAGE, check_language, file_name, is_english

MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
RANK_N = 5  # best and worst rows of a ranking
CHART_ROWS = 15  # the most bars a chart draws (the table lists every row)
CURRENT_COLOR = "#1f5f8b"
PREVIOUS_COLOR = "#9bb7cf"
BAD_COLOR = "#c62828"
GOOD_COLOR = "#2e7d32"
WARN_COLOR = "#ef6c00"
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")

# The words of the circular: key -> (Simplified Chinese, English). KPI names: vocabulary.CODE_WORDS["kpi"].
WORDS: dict[str, tuple[str, str]] = {
    "circular.title": ("月度通报", "Monthly circular"),
    "circular.whole_chain": ("全公司", "Whole chain"),
    "circular.scope": ("通报范围", "Scope"),
    "circular.month": ("通报月份", "Month"),
    "circular.period": ("统计期间", "Period"),
    "circular.previous": ("对比期间", "Compared with"),
    "circular.stores": ("门店数", "Stores"),
    "circular.as_of": ("统计日期", "As of"),
    "circular.kpis": ("一、关键指标", "1. Key figures"),
    "circular.col.kpi": ("指标", "Figure"),
    "circular.col.value": ("本月", "This month"),
    "circular.col.previous": ("上月", "Last month"),
    "circular.col.delta": ("变化", "Change"),
    "circular.col.delta_percent": ("变化率", "Change %"),
    "circular.col.basis": ("说明", "Basis"),
    "circular.kpis_chart": ("百分比指标：本月与上月", "Percentage figures: this month and last month"),
    "circular.legend.current": ("本月", "This month"),
    "circular.legend.previous": ("上月", "Last month"),
    "circular.basis.score": ("{n} 次巡检", "{n} inspection(s)"),
    "circular.basis.ratio": ("{part} / {whole}", "{part} / {whole}"),
    "circular.basis.openings": ("正常 {on_track} · 有风险 {at_risk} · 已延误 {late}",
                                "on track {on_track} · at risk {at_risk} · late {late}"),
    "circular.basis.promotions": ("{plans} 个促销方案", "{plans} plan(s)"),
    "circular.rankings": ("二、排名", "2. Rankings"),
    "circular.rank.best_areas": ("得分最高的片区", "Best areas"),
    "circular.rank.worst_areas": ("得分最低的片区", "Worst areas"),
    "circular.rank.best_stores": ("得分最高的门店", "Best stores"),
    "circular.rank.worst_stores": ("得分最低的门店", "Worst stores"),
    "circular.chart.areas": ("各片区平均得分", "Average score by area"),
    "circular.chart.stores": ("各门店平均得分", "Average score by store"),
    "circular.col.rank": ("名次", "Rank"),
    "circular.col.code": ("编码", "Code"),
    "circular.col.name": ("名称", "Name"),
    "circular.col.score": ("平均得分", "Average score"),
    "circular.col.inspections": ("巡检次数", "Inspections"),
    "circular.failed_items": ("三、不合格次数最多的检查项", "3. Most-failed items"),
    "circular.col.item": ("检查项", "Item"),
    "circular.col.failures": ("不合格次数", "Failures"),
    "circular.col.runs": ("检查次数", "Checked"),
    "circular.col.rate": ("不合格率", "Failure rate"),
    "circular.veto": ("一票否决", "Veto"),
    "circular.chart.failed_items": ("各检查项不合格次数", "Failures by item"),
    "circular.critical": ("四、一票否决不合格", "4. Critical failures"),
    "circular.col.day": ("日期", "Day"),
    "circular.col.store": ("门店", "Store"),
    "circular.col.template": ("检查模板", "Template"),
    "circular.col.record": ("记录编号", "Record"),
    "circular.chart.critical": ("各门店一票否决不合格次数", "Critical failures by store"),
    "circular.overdue": ("五、逾期整改（按门店）", "5. Overdue actions by store"),
    "circular.col.overdue": ("逾期整改项", "Overdue actions"),
    "circular.chart.overdue": ("各门店逾期整改项", "Overdue actions by store"),
    "circular.supervisors": ("六、督导巡店覆盖率", "6. Supervisors by visit coverage"),
    "circular.col.supervisor": ("督导", "Supervisor"),
    "circular.col.assigned": ("负责门店", "Stores"),
    "circular.col.visited": ("已巡门店", "Visited"),
    "circular.col.coverage": ("覆盖率", "Coverage"),
    "circular.chart.supervisors": ("各督导巡店覆盖率", "Visit coverage by supervisor"),
    "circular.none": ("本月无。", "None this month."),
    "circular.chart_more": ("图中为前 {n} 项", "The chart shows the first {n}"),
}


def words(lang: str) -> dict[str, str]:
    index = 1 if is_english(check_language(lang)) else 0
    return {key: pair[index] for key, pair in WORDS.items()}


# ---------------------------------------------------------------- month and scope


def parse_month(month: str) -> tuple[date, date]:
    """"2026-11" -> (2026-11-01, 2026-11-30); anything else is refused (``month``/``invalid_month``)."""
    m = MONTH_RE.match(month or "")
    if m is None or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1900:
        raise ValidationError([FieldProblem("month", "invalid_month", {"value": month})])
    year, mon = int(m.group(1)), int(m.group(2))
    return date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])


def month_words(month: str, lang: str) -> str:
    """2026年11月 / November 2026."""
    first, _ = parse_month(month)
    if is_english(lang):
        return f"{MONTHS_EN[first.month - 1]} {first.year}"
    return f"{first.year}年{first.month:02d}月"


def circular_file_name(month: str, region_code: str | None, lang: str) -> str:
    """月度通报-<region code>-2026-11.pdf / circular-<region code>-2026-11.pdf (the whole chain: no region part)."""
    parse_month(month)
    return file_name("circular", lang, region_code or "", month)


@dataclass(frozen=True)
class _Region:
    id: str
    code: str
    name: str


def _region(ctx, region_id: str | None) -> _Region | None:  # noqa: ANN001
    if not region_id:
        return None
    from opsdesk.services import org

    for r in org.list_regions(ctx):
        if r.id == region_id:
            return _Region(r.id, r.code, r.name)
    raise NotFoundError("region", id=region_id)


def find_region(ctx, ref: str) -> _Region:  # noqa: ANN001
    """A region or area by id or code (the code in any case); unknown: ``NotFoundError("region", code=ref)``."""
    from opsdesk.services import org

    for r in org.list_regions(ctx):
        if r.id == ref or r.code.lower() == (ref or "").lower():
            return _Region(r.id, r.code, r.name)
    raise NotFoundError("region", code=ref)


@dataclass(frozen=True)
class _TemplateTitle:
    title: str
    title_en: str


def _templates_of(ctx, run_ids: Sequence[str]) -> dict[str, _TemplateTitle]:  # noqa: ANN001
    """run id -> its template's title (both languages) for the critical-failure table."""
    from opsdesk.models import ChecklistRun, Template, TemplateVersion

    if not run_ids:
        return {}
    with ctx.read() as s:
        rows = s.execute(select(ChecklistRun.id, Template.title, Template.title_en)
                         .join(TemplateVersion, TemplateVersion.id == ChecklistRun.template_version_id)
                         .join(Template, Template.id == TemplateVersion.template_id)
                         .where(ChecklistRun.id.in_(list(run_ids)))).all()
    return {rid: _TemplateTitle(title or "", title_en or "") for rid, title, title_en in rows}


# ---------------------------------------------------------------- formatting


def _num(value: Decimal | int | None, unit: str = "count") -> str:
    if value is None:
        return "—"
    if unit == "percent":
        return f"{Decimal(value):.2f}%"
    return str(value)


def _signed(value: Decimal | int | None, unit: str = "count") -> str:
    if value is None:
        return "—"
    if unit == "percent":
        return f"{Decimal(value):+.2f}"
    return f"{value:+d}" if isinstance(value, int) else f"{value:+}"


def _pct_change(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:+.1f}%"


def _json(value: Any) -> Any:  # noqa: ANN401
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    return value


# ---------------------------------------------------------------- charts


def bar_chart(labels: Sequence[str], series: Sequence[Sequence[float | None]], *, title: str = "",
              names: Sequence[str] = (), fills: Sequence[str] = (CURRENT_COLOR,), percent: bool = False,
              width: float = CONTENT_W) -> Drawing:
    """A horizontal bar chart (``reportlab.graphics.charts.barcharts.HorizontalBarChart``): one category per
    label, the first at the top, one bar per series with its value at its end; every text in the bundled
    CJK font (so no other font enters the PDF). ``names``: a legend of the series; ``percent``: values in
    percent, the axis 0..100."""
    register_fonts()
    n = len(labels)
    per = 8.0 * len(series) + 5
    title_h = 14.0 if title else 0.0
    legend_h = 12.0 if names else 0.0
    axis_h = 16.0
    plot_h = max(per * n, 20)
    height = title_h + legend_h + plot_h + axis_h + 4
    d = Drawing(width, height)
    d.initialFontName = FONT
    label_w = 46 * mm
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, axis_h
    chart.width, chart.height = width - label_w - 28, plot_h
    clean = [[(None if v is None else float(v)) for v in reversed(list(values))] for values in series]
    chart.data = clean  # a missing value (None) draws no bar, and the "—" of naLabel
    fitted = [fit_text(text, label_w - 6, 7, 7)[0] for text in reversed(list(labels))]
    chart.categoryAxis.categoryNames = fitted
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = colors.HexColor("#888888")
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.strokeColor = colors.HexColor("#888888")
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.valueMin = 0
    top = max((v for values in clean for v in values if v is not None), default=0.0)
    if percent:
        chart.valueAxis.valueMax = 100
        chart.valueAxis.valueStep = 20
    else:
        step = max(1, -(-int(top) // 5))
        chart.valueAxis.valueMax = max(step * 5, 1)
        chart.valueAxis.valueStep = step
    chart.barSpacing = 1
    chart.groupSpacing = 5
    chart.bars.strokeColor = None
    for i in range(len(series)):
        chart.bars[i].fillColor = colors.HexColor(fills[i % len(fills)])
    chart.barLabelFormat = "%.2f" if percent else "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    chart.barLabels.fillColor = colors.HexColor("#333333")
    chart.naLabel = NA_Label()
    chart.naLabel.text = "—"
    chart.naLabel.fontName = FONT
    chart.naLabel.fontSize = 6.5
    chart.naLabel.boxAnchor = "w"
    chart.naLabel.dx = 2
    d.add(chart)
    if names:
        lx, ly = label_w, height - title_h - 10
        for i, name in enumerate(names):
            d.add(Rect(lx, ly, 8, 6, fillColor=colors.HexColor(fills[i % len(fills)]), strokeColor=None))
            d.add(String(lx + 11, ly + 0.5, name, fontName=FONT, fontSize=7, fillColor=colors.black))
            lx += 11 + stringWidth(name, FONT, 7) + 14
    if title:
        d.add(String(0, height - 10, title, fontName=FONT, fontSize=8.5, fillColor=ACCENT))
    return d


def _chart_rows(rows: Sequence[Any], L: Labels, st: dict) -> tuple[Sequence[Any], list]:
    """At most CHART_ROWS rows, with a note when more were left out of the chart."""
    if len(rows) <= CHART_ROWS:
        return rows, []
    return rows[:CHART_ROWS], [para(L("circular.chart_more", n=CHART_ROWS), st["small"])]


# ---------------------------------------------------------------- the circular


def _basis(k: kpis.Kpi, L: Labels) -> str:
    d = k.detail
    if k.key == "score":
        return L("circular.basis.score", n=d.get("inspections", 0))
    pairs = {"rectification": ("verified", "actions"), "coverage": ("visited", "stores"),
             "daily": ("done", "expected"), "acceptance": ("accepted", "signed")}
    if k.key in pairs:
        part, whole = pairs[k.key]
        return L("circular.basis.ratio", part=d.get(part, 0), whole=d.get(whole, 0))
    if k.key == "openings":
        return L("circular.basis.openings", on_track=d.get("on_track", 0), at_risk=d.get("at_risk", 0),
                 late=d.get("late", 0))
    if k.key == "promotions":
        return L("circular.basis.promotions", plans=d.get("plans", 0))
    return ""


def _rank_table(title: str, rows: Sequence[kpis.BreakdownRow], L: Labels, st: dict) -> list:
    out: list = [para(title, st["h3"])]
    if not rows:
        return [KeepTogether([*out, para(L("circular.none"), st["base"])])]
    table = [[para(L(f"circular.col.{c}"), st["cell"]) for c in ("rank", "code", "name", "score", "inspections")]]
    for i, r in enumerate(rows, 1):
        table.append([para(str(i), st["cell"]), para(r.code, st["cell"]), para(r.name, st["cell"]),
                      para(_num(r.tally.score, "percent"), st["cell"]), para(str(r.tally.inspections), st["cell"])])
    out.append(grid_table(table, [14 * mm, 26 * mm, CONTENT_W - 92 * mm, 28 * mm, 24 * mm]))
    return [KeepTogether(out)]


def build_circular(ctx, month: str, out_path: str | Path, *, region_id: str | None = None,  # noqa: ANN001, PLR0915
                   lang: str = DEFAULT_LANGUAGE, viewer_id: str | None = None, today: date | None = None,
                   labels: dict[str, str] | None = None) -> ReportInfo:
    """The monthly circular (月度通报) of ``month`` ("YYYY-MM") for the whole chain or one region or area
    (``region_id``, with the areas under it), in ``lang``, limited to the stores ``viewer_id`` may see.
    ``today``: the day the figures are taken on (default today; a past month's figures no longer change)."""
    L = Labels({**words(lang), **(labels or {})}, lang)
    date_from, date_to = parse_month(month)
    region = _region(ctx, region_id)
    today = today or date.today()
    st = styles()
    scope = Scope(date_from, date_to, region_id=region.id if region else None, viewer_id=viewer_id)
    prev = scope.previous()
    figures = kpis.kpis(ctx, scope, today)
    stores = kpis.scope_stores(ctx, scope)
    areas = kpis.breakdown(ctx, scope, "area", today)
    by_store = kpis.breakdown(ctx, scope, "store", today)
    best_areas, worst_areas = kpis.ranking(areas, RANK_N)
    best_stores, worst_stores = kpis.ranking(by_store, RANK_N)
    failed = kpis.most_failed_items(ctx, scope, 10)
    critical = kpis.critical_failures(ctx, scope)
    templates = _templates_of(ctx, [c[3] for c in critical])
    overdue = kpis.overdue_actions(ctx, scope, today)
    coverage = kpis.supervisor_coverage(ctx, scope, today)
    company, logo = company_of(ctx)
    scope_name = f"{region.code} {region.name}" if region else L("circular.whole_chain")
    title = f"{L('circular.title')} {region.name if region else L('circular.whole_chain')} {month_words(month, lang)}"
    report_id = str(uuid.uuid4())
    data: dict[str, Any] = {
        "kind": "circular", "month": month, "region": region.id if region else None, "viewer": viewer_id,
        "as_of": min(today, date_to).isoformat(),
        "stores": [s.id for s in stores],
        "kpis": [[k.key, _json(k.value), _json(k.previous), _json(k.detail)] for k in figures],
        "areas": [[r.key, _json(r.tally.score), r.tally.inspections] for r in areas],
        "store_scores": [[r.key, _json(r.tally.score), r.tally.inspections] for r in by_store],
        "failed": [[f.item_key, f.failures, f.runs, f.critical] for f in failed],
        "critical": [[c[0].isoformat(), c[1], c[3]] for c in critical],
        "overdue": [list(o) for o in overdue],
        "coverage": [[c.user_id, c.stores, c.visited] for c in coverage],
    }

    story: list = [para(title, st["title"])]
    story.append(field_table([
        (L("circular.scope"), scope_name),
        (L("circular.month"), month_words(month, lang)),
        (L("circular.period"), f"{date_from.isoformat()} – {date_to.isoformat()}"),
        (L("circular.previous"), f"{prev.date_from.isoformat()} – {prev.date_to.isoformat()}"),
        (L("circular.stores"), str(len(stores))),
        (L("circular.as_of"), min(today, date_to).isoformat()),
        (L("company"), company),
    ], st))

    # 1. the KPI table and a chart of the percentage figures
    story.append(para(L("circular.kpis"), st["h2"]))
    rows = [[para(L(f"circular.col.{c}"), st["cell"])
             for c in ("kpi", "value", "previous", "delta", "delta_percent", "basis")]]
    red = st["cell"].clone("worse", textColor=colors.HexColor(BAD_COLOR))
    green = st["cell"].clone("better", textColor=colors.HexColor(GOOD_COLOR))
    lower_is_better = {"critical", "overdue", "repeats", "faults"}
    for k in figures:
        delta = k.delta
        style = st["cell"]
        if delta:
            better = (delta < 0) if k.key in lower_is_better else (delta > 0)
            style = green if better else red
        rows.append([para(L.code("kpi", k.key), st["cell"]), para(_num(k.value, k.unit), st["cell"]),
                     para(_num(k.previous, k.unit), st["cell"]), para(_signed(delta, k.unit), style),
                     para(_pct_change(k.delta_percent), style), para(_basis(k, L), st["cell"])])
    story.append(grid_table(rows, [38 * mm, 22 * mm, 22 * mm, 20 * mm, 20 * mm, CONTENT_W - 122 * mm]))
    percent = [k for k in figures if k.unit == "percent"]
    story.append(Spacer(1, 3 * mm))
    story.append(bar_chart([L.code("kpi", k.key) for k in percent],
                           [[k.value for k in percent], [k.previous for k in percent]],
                           title=L("circular.kpis_chart"), percent=True,
                           names=[L("circular.legend.current"), L("circular.legend.previous")],
                           fills=(CURRENT_COLOR, PREVIOUS_COLOR)))

    # 2. rankings, and the scores by area and by store
    story.append(para(L("circular.rankings"), st["h2"]))
    story += _rank_table(L("circular.rank.best_areas"), best_areas, L, st)
    story += _rank_table(L("circular.rank.worst_areas"), worst_areas, L, st)
    story += _rank_table(L("circular.rank.best_stores"), best_stores, L, st)
    story += _rank_table(L("circular.rank.worst_stores"), worst_stores, L, st)
    for key, rows_of in (("areas", areas), ("stores", by_store)):
        scored = sorted((r for r in rows_of if r.tally.score is not None), key=lambda r: (-r.tally.score, r.code))
        if scored:
            shown, note = _chart_rows(scored, L, st)
            story.append(KeepTogether([Spacer(1, 3 * mm), bar_chart(
                [f"{r.code} {r.name}" for r in shown], [[r.tally.score for r in shown]],
                title=L(f"circular.chart.{key}"), percent=True), *note]))

    # 3. the most-failed items
    story.append(para(L("circular.failed_items"), st["h2"]))
    if failed:
        rows = [[para(L(f"circular.col.{c}"), st["cell"]) for c in ("item", "failures", "runs", "rate")]]
        for f in failed:
            text = L.text(f)
            if f.critical:
                text = f"{text}{L.paren(L('circular.veto'))}"
            rows.append([para(text, st["cell"]), para(str(f.failures), st["cell"]), para(str(f.runs), st["cell"]),
                         para(_num(f.rate, "percent"), st["cell"])])
        story.append(grid_table(rows, [CONTENT_W - 72 * mm, 24 * mm, 24 * mm, 24 * mm]))
        shown, note = _chart_rows(failed, L, st)
        story.append(KeepTogether([Spacer(1, 3 * mm), bar_chart(
            [L.text(f) for f in shown], [[f.failures for f in shown]], title=L("circular.chart.failed_items"),
            fills=(WARN_COLOR,)), *note]))
    else:
        story.append(para(L("circular.none"), st["base"]))

    # 4. the critical failures
    story.append(para(L("circular.critical"), st["h2"]))
    if critical:
        rows = [[para(L(f"circular.col.{c}"), st["cell"]) for c in ("day", "store", "template", "record")]]
        for day, code, name, rid in critical:
            tpl = templates.get(rid)
            rows.append([para(day.isoformat(), st["cell"]), para(f"{code} {name}", st["cell"]),
                         para(L.text(tpl, "title") if tpl is not None else "—", st["cell"]),
                         para(rid[:8], st["cell"])])
        story.append(grid_table(rows, [24 * mm, 50 * mm, CONTENT_W - 96 * mm, 22 * mm]))
        per_store = Counter(f"{code} {name}" for _d, code, name, _r in critical)
        ordered = sorted(per_store.items(), key=lambda kv: (-kv[1], kv[0]))
        shown, note = _chart_rows(ordered, L, st)
        story.append(KeepTogether([Spacer(1, 3 * mm), bar_chart(
            [k for k, _n in shown], [[n for _k, n in shown]], title=L("circular.chart.critical"),
            fills=(BAD_COLOR,)), *note]))
    else:
        story.append(para(L("circular.none"), st["base"]))

    # 5. the overdue actions by store
    story.append(para(L("circular.overdue"), st["h2"]))
    if overdue:
        rows = [[para(L(f"circular.col.{c}"), st["cell"]) for c in ("code", "name", "overdue")]]
        for code, name, n in overdue:
            rows.append([para(code, st["cell"]), para(name, st["cell"]), para(str(n), st["cell"])])
        story.append(grid_table(rows, [30 * mm, CONTENT_W - 60 * mm, 30 * mm]))
        shown, note = _chart_rows(overdue, L, st)
        story.append(KeepTogether([Spacer(1, 3 * mm), bar_chart(
            [f"{c} {nm}" for c, nm, _n in shown], [[n for _c, _nm, n in shown]], title=L("circular.chart.overdue"),
            fills=(BAD_COLOR,)), *note]))
    else:
        story.append(para(L("circular.none"), st["base"]))

    # 6. the supervisors by visit coverage
    story.append(para(L("circular.supervisors"), st["h2"]))
    if coverage:
        rows = [[para(L(f"circular.col.{c}"), st["cell"]) for c in ("supervisor", "assigned", "visited", "coverage")]]
        for c in coverage:
            rows.append([para(c.name, st["cell"]), para(str(c.stores), st["cell"]), para(str(c.visited), st["cell"]),
                         para(_num(c.rate, "percent"), st["cell"])])
        story.append(grid_table(rows, [CONTENT_W - 84 * mm, 28 * mm, 28 * mm, 28 * mm]))
        shown, note = _chart_rows(coverage, L, st)
        story.append(KeepTogether([Spacer(1, 3 * mm), bar_chart(
            [c.name for c in shown], [[c.rate for c in shown]], title=L("circular.chart.supervisors"),
            percent=True, fills=(GOOD_COLOR,)), *note]))
    else:
        story.append(para(L("circular.none"), st["base"]))

    content_hash = data_hash(data)
    story.append(qr_block(report_id, content_hash, L, st))
    header = ReportHeader(company, title, logo)
    return build_pdf(out_path, story, header=header, report_id=report_id, content_hash=content_hash, labels=L)


__all__ = ["WORDS", "bar_chart", "build_circular", "circular_file_name", "find_region", "month_words", "parse_month",
           "words"]
