"""The dashboard (总览) as an Excel workbook: one sheet per table of the page -- the KPIs (figure, previous, Δ,
Δ %), the rows by region, by area and by store (the drill-down), the rankings, the most-failed items, the
supervisors' visit coverage and the overdue actions by store.

Each sheet starts with the filters it was made with (period from–to, region, store kind, supervisor, who
exported and when), a blank row, then the header (bold, frozen below) and the rows. Numbers are numbers;
**percentages are stored as fractions with a percent number format** (a score of 85.33 % is the number
0.8533 shown "85.33%"), and so is a percent KPI's change (its Δ in percentage points: 0.25 shown "+25.00%");
the relative change (Δ %) is a fraction too. Text cells are typed as text (never a formula, whatever they
start with). Headers are in ``lang``; ``titles`` (key -> text) overrides any word, e.g. with the UI's
translations. Written beside the target and renamed, so a failed export leaves no half-written file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from opsdesk.errors import FieldProblem, NotFoundError, ValidationError
from opsdesk.exports import display_width, needs_neutralising
from opsdesk.services import kpis
from opsdesk.services.context import AppContext
from opsdesk.services.kpis import Scope
from opsdesk.vocabulary import (
    CODE_WORDS,
    DEFAULT_LANGUAGE,
    check_language,
    is_english,
    pick,
)

PERCENT_FORMAT = "0.00%"
DELTA_PERCENT_FORMAT = "+0.00%;-0.00%;0.00%"
COUNT_FORMAT = "0"
DELTA_COUNT_FORMAT = "+0;-0;0"
RANK_N = 10
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
SHEETS = ("kpis", "regions", "areas", "stores", "rankings", "failed_items", "supervisors", "overdue")

# key -> (Simplified Chinese, English)
WORDS: dict[str, tuple[str, str]] = {
    "sheet.kpis": ("关键指标", "KPIs"),
    "sheet.regions": ("按大区", "By region"),
    "sheet.areas": ("按片区", "By area"),
    "sheet.stores": ("按门店", "By store"),
    "sheet.rankings": ("排名", "Rankings"),
    "sheet.failed_items": ("不合格最多的检查项", "Most-failed items"),
    "sheet.supervisors": ("督导巡店覆盖率", "Supervisors' coverage"),
    "sheet.overdue": ("逾期整改", "Overdue actions"),
    "filter.period": ("统计期间", "Period"),
    "filter.previous": ("对比期间", "Compared with"),
    "filter.region": ("区域", "Region"),
    "filter.store": ("门店", "Store"),
    "filter.store_kind": ("门店类型", "Store type"),
    "filter.supervisor": ("督导", "Supervisor"),
    "filter.exported_by": ("导出人", "Exported by"),
    "filter.exported_at": ("导出时间", "Exported at"),
    "filter.all": ("全部", "All"),
    "col.kpi": ("指标", "Figure"),
    "col.value": ("本期", "This period"),
    "col.previous": ("上期", "Previous period"),
    "col.delta": ("变化", "Change"),
    "col.delta_percent": ("变化率", "Change %"),
    "col.unit": ("单位", "Unit"),
    "unit.percent": ("百分比", "percent"),
    "unit.count": ("数量", "count"),
    "col.code": ("编码", "Code"),
    "col.name": ("名称", "Name"),
    "col.region": ("大区", "Region"),
    "col.area": ("片区", "Area"),
    "col.inspections": ("巡检次数", "Inspections"),
    "col.score": ("平均得分", "Average score"),
    "col.critical": ("一票否决不合格", "Critical failures"),
    "col.actions": ("整改项", "Actions raised"),
    "col.verified": ("已验收", "Verified"),
    "col.rectification": ("整改率", "Rectification rate"),
    "col.overdue": ("逾期整改", "Overdue actions"),
    "col.repeats": ("重复问题", "Repeat findings"),
    "col.open_stores": ("营业门店", "Open stores"),
    "col.visited": ("已巡门店", "Stores visited"),
    "col.coverage": ("巡店覆盖率", "Visit coverage"),
    "col.daily_done": ("已完成开闭店检查", "Daily checklists done"),
    "col.daily_expected": ("应完成开闭店检查", "Daily checklists due"),
    "col.daily": ("开闭店检查完成率", "Daily checklist completion"),
    "col.acceptances": ("设备验收", "Acceptances signed"),
    "col.accepted": ("验收合格", "Accepted"),
    "col.acceptance": ("设备验收合格率", "Acceptance pass rate"),
    "col.open_faults": ("未关闭故障", "Open faults"),
    "col.ranking": ("排名", "Ranking"),
    "col.rank": ("名次", "Rank"),
    "col.level": ("层级", "Level"),
    "ranking.best_areas": ("得分最高的片区", "Best areas"),
    "ranking.worst_areas": ("得分最低的片区", "Worst areas"),
    "ranking.best_stores": ("得分最高的门店", "Best stores"),
    "ranking.worst_stores": ("得分最低的门店", "Worst stores"),
    "col.item": ("检查项", "Item"),
    "col.item_key": ("检查项编码", "Item key"),
    "col.veto": ("一票否决项", "Veto item"),
    "col.failures": ("不合格次数", "Failures"),
    "col.runs": ("检查次数", "Checked"),
    "col.rate": ("不合格率", "Failure rate"),
    "col.supervisor": ("督导", "Supervisor"),
    "col.assigned": ("负责门店", "Stores"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
}


def words(lang: str, titles: Mapping[str, str] | None = None) -> dict[str, str]:
    """The export's words in ``lang`` (KPI names under ``kpi.<key>``), overlaid with ``titles``."""
    index = 1 if is_english(check_language(lang)) else 0
    out = {key: pair[index] for key, pair in WORDS.items()}
    out.update({f"kpi.{key}": pair[index] for key, pair in CODE_WORDS["kpi"].items()})
    out.update({f"store_kind.{key}": pair[index] for key, pair in CODE_WORDS["store_kind"].items()})
    out.update(titles or {})
    return out


# ---------------------------------------------------------------- cells


def _fraction(value: Decimal | None) -> Decimal | None:
    """A percent (85.33) as the fraction a percent-formatted cell holds (0.8533)."""
    return None if value is None else Decimal(value) / 100


class _Col:
    def __init__(self, key: str, kind: str = "text") -> None:
        self.key, self.kind = key, kind  # kind: text / count / percent / delta_count / delta_percent / date


_FORMATS = {"count": COUNT_FORMAT, "percent": PERCENT_FORMAT, "delta_count": DELTA_COUNT_FORMAT,
            "delta_percent": DELTA_PERCENT_FORMAT, "date": "yyyy-mm-dd"}


def _width(value: Any, kind: str) -> int:  # noqa: ANN401
    if value is None:
        return 0
    if kind in ("percent", "delta_percent"):
        return 9
    if isinstance(value, date):
        return 10
    if isinstance(value, (int, Decimal, float)):
        return len(str(value)) + 1
    return max((display_width(line) for line in str(value).splitlines()), default=0)


def _sheet(wb, title: str, filters: Sequence[tuple[str, str]], columns: Sequence[_Col],  # noqa: ANN001
           header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title[:31])
    bold = Font(bold=True)

    def text(cell, value: str) -> None:  # noqa: ANN001
        value = _XML_ILLEGAL.sub("\ufffd", value)
        cell.value = value
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if needs_neutralising(value):
            cell.quotePrefix = True

    widths = [display_width(h) for h in header]
    for r, (label, value) in enumerate(filters, 1):
        text(ws.cell(r, 1), label)
        ws.cell(r, 1).font = bold
        text(ws.cell(r, 2), value)
    head = len(filters) + 2
    for c, h in enumerate(header, 1):
        text(ws.cell(head, c), h)
        ws.cell(head, c).font = bold
    for r, row in enumerate(rows, head + 1):
        for c, (value, col) in enumerate(zip(row, columns, strict=True), 1):
            cell = ws.cell(r, c)
            widths[c - 1] = max(widths[c - 1], _width(value, col.kind))
            if value is None:
                continue
            if isinstance(value, str):
                text(cell, str(value))
                continue
            cell.value = value
            if col.kind in _FORMATS:
                cell.number_format = _FORMATS[col.kind]
    label_w = max((display_width(label) for label, _v in filters), default=0)
    widths[0] = max(widths[0], label_w)
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = min(60, max(8, w + 2))
    ws.freeze_panes = f"A{head + 1}"  # a coordinate: ws.cell() would add an empty row to an empty table


# ---------------------------------------------------------------- the workbook


def _filters(ctx: AppContext, scope: Scope, W: dict[str, str], lang: str) -> list[tuple[str, str]]:
    from opsdesk.services import org

    prev = scope.previous()
    region = W["filter.all"]
    if scope.region_id:
        found = next((r for r in org.list_regions(ctx) if r.id == scope.region_id), None)
        if found is None:
            raise NotFoundError("region", id=scope.region_id)
        region = f"{found.code} {found.name}"
    store = W["filter.all"]
    if scope.store_id:
        st = org.get_store(ctx, scope.store_id)
        store = f"{st.code} {st.name}"
    kind = W.get(f"store_kind.{scope.store_kind}", scope.store_kind) if scope.store_kind else W["filter.all"]
    supervisor = org.get_user(ctx, scope.supervisor_id).name if scope.supervisor_id else W["filter.all"]
    who = ""
    if ctx.user_id:
        try:
            who = org.get_user(ctx, ctx.user_id).name
        except NotFoundError:
            who = ""
    return [
        (W["filter.period"], f"{scope.date_from.isoformat()} – {scope.date_to.isoformat()}"),
        (W["filter.previous"], f"{prev.date_from.isoformat()} – {prev.date_to.isoformat()}"),
        (W["filter.region"], region),
        (W["filter.store"], store),
        (W["filter.store_kind"], kind),
        (W["filter.supervisor"], supervisor),
        (W["filter.exported_by"], who or "—"),
        (W["filter.exported_at"], datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")),
    ]


_TALLY_COLS = (("inspections", "count"), ("score", "percent"), ("critical", "count"), ("actions", "count"),
               ("verified", "count"), ("rectification", "percent"), ("overdue", "count"), ("repeats", "count"),
               ("open_stores", "count"), ("visited", "count"), ("coverage", "percent"), ("daily_done", "count"),
               ("daily_expected", "count"), ("daily", "percent"), ("acceptances", "count"), ("accepted", "count"),
               ("acceptance", "percent"), ("open_faults", "count"))


def _tally_values(t: kpis.Tally) -> list[Any]:
    out = []
    for key, kind in _TALLY_COLS:
        value = getattr(t, key)
        out.append(_fraction(value) if kind == "percent" else value)
    return out


def export_dashboard(ctx: AppContext, scope: Scope, path: str | Path, *, titles: Mapping[str, str] | None = None,
                     lang: str = DEFAULT_LANGUAGE, today: date | None = None) -> Path:
    """Write the dashboard of ``scope`` (its period, filters and viewer) as an .xlsx at ``path``; returns the
    path. A path not ending in .xlsx is refused (``path``/``unsupported_format``) and nothing is written."""
    from openpyxl import Workbook

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError([FieldProblem("path", "unsupported_format", {"allowed": (".xlsx",),
                                                                          "suffix": target.suffix.lower()})])
    W = words(lang, titles)
    today = today or date.today()
    filters = _filters(ctx, scope, W, lang)
    figures = kpis.kpis(ctx, scope, today)
    levels = {level: kpis.breakdown(ctx, scope, level, today) for level in ("region", "area", "store")}
    stores = {s.id: s for s in kpis.scope_stores(ctx, scope)}
    failed = kpis.most_failed_items(ctx, scope, 50)
    coverage = kpis.supervisor_coverage(ctx, scope, today)
    overdue = kpis.overdue_actions(ctx, scope, today)

    wb = Workbook()
    wb.remove(wb.active)

    # KPIs
    rows = []
    for k in figures:
        pct = k.unit == "percent"
        rows.append([W[f"kpi.{k.key}"], _fraction(k.value) if pct else k.value,
                     _fraction(k.previous) if pct else k.previous,
                     _fraction(k.delta) if pct else k.delta, _fraction(k.delta_percent), W[f"unit.{k.unit}"]])
    cols = [_Col("kpi"), _Col("value"), _Col("previous"), _Col("delta"), _Col("delta_percent", "delta_percent"),
            _Col("unit")]
    # the value columns' kind follows each row's unit: set per cell below
    _kpi_sheet(wb, W["sheet.kpis"], filters, cols, [W[f"col.{c.key}"] for c in cols], rows,
               [k.unit for k in figures])

    # by region, area, store
    tally_cols = [_Col(key, kind) for key, kind in _TALLY_COLS]
    for level, sheet in (("region", "regions"), ("area", "areas")):
        cols = [_Col("code"), _Col("name"), *tally_cols]
        rows = [[r.code, r.name, *_tally_values(r.tally)] for r in levels[level]]
        _sheet(wb, W[f"sheet.{sheet}"], filters, cols, [W[f"col.{c.key}"] for c in cols], rows)
    cols = [_Col("code"), _Col("name"), _Col("region"), _Col("area"), *tally_cols]
    rows = []
    for r in levels["store"]:
        info = stores.get(r.key)
        rows.append([r.code, r.name, info.region_name if info else "", info.area_name if info else "",
                     *_tally_values(r.tally)])
    _sheet(wb, W["sheet.stores"], filters, cols, [W[f"col.{c.key}"] for c in cols], rows)

    # rankings
    rows = []
    for level, name in (("area", "areas"), ("store", "stores")):
        best, worst = kpis.ranking(levels[level], RANK_N)
        for which, ranked in (("best", best), ("worst", worst)):
            for i, r in enumerate(ranked, 1):
                rows.append([W[f"ranking.{which}_{name}"], i, r.code, r.name, _fraction(r.tally.score),
                             r.tally.inspections])
    cols = [_Col("ranking"), _Col("rank", "count"), _Col("code"), _Col("name"), _Col("score", "percent"),
            _Col("inspections", "count")]
    _sheet(wb, W["sheet.rankings"], filters, cols, [W[f"col.{c.key}"] for c in cols], rows)

    # most-failed items
    rows = [[pick(f.text, f.text_en, lang), f.item_key, W["yes"] if f.critical else W["no"], f.failures, f.runs,
             _fraction(f.rate)] for f in failed]
    cols = [_Col("item"), _Col("item_key"), _Col("veto"), _Col("failures", "count"), _Col("runs", "count"),
            _Col("rate", "percent")]
    _sheet(wb, W["sheet.failed_items"], filters, cols, [W[f"col.{c.key}"] for c in cols], rows)

    # supervisors' coverage
    rows = [[c.name, c.stores, c.visited, _fraction(c.rate)] for c in coverage]
    cols = [_Col("supervisor"), _Col("assigned", "count"), _Col("visited", "count"), _Col("coverage", "percent")]
    _sheet(wb, W["sheet.supervisors"], filters, cols, [W[f"col.{c.key}"] for c in cols], rows)

    # overdue actions by store
    rows = [[code, name, n] for code, name, n in overdue]
    cols = [_Col("code"), _Col("name"), _Col("overdue", "count")]
    _sheet(wb, W["sheet.overdue"], filters, cols, [W[f"col.{c.key}"] for c in cols], rows)

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _kpi_sheet(wb, title: str, filters: Sequence[tuple[str, str]], cols: Sequence[_Col],  # noqa: ANN001
               header: Sequence[str], rows: Sequence[Sequence[Any]], units: Sequence[str]) -> None:
    """The KPI sheet: the value, previous and change columns formatted by each row's unit."""
    _sheet(wb, title, filters, cols, header, rows)
    ws = wb[title[:31]]
    first = len(filters) + 3
    for i, unit in enumerate(units):
        r = first + i
        for c, kind in ((2, unit), (3, unit), (4, f"delta_{unit}")):
            cell = ws.cell(r, c)
            if cell.value is not None:
                cell.number_format = _FORMATS.get(kind, COUNT_FORMAT)


__all__ = ["DELTA_PERCENT_FORMAT", "PERCENT_FORMAT", "SHEETS", "WORDS", "export_dashboard", "words"]
