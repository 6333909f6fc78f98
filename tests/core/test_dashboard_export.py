"""The dashboard's Excel export on the hand-computed workspace of test_kpis.py, read back with openpyxl: one
sheet per table, the filters at the top of each, numbers as numbers, percentages as fractions with a percent
format, the values equal to the service's, headers in the chosen language, and refusals writing nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from test_kpis import NOV, TODAY, world  # noqa: F401 - the hand-computed workspace (a fixture)

from opsdesk.errors import ValidationError
from opsdesk.services import kpis
from opsdesk.services.context import AppContext
from opsdesk.services.dashboard_export import PERCENT_FORMAT, export_dashboard
from opsdesk.services.kpis import Scope

FILTER_ROWS = 8  # period, compared with, region, store, store kind, supervisor, exported by, exported at
HEAD = FILTER_ROWS + 2  # a blank row, then the header


def _table(ws) -> tuple[list[str], list[list]]:  # noqa: ANN001
    header = [c.value for c in ws[HEAD]]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=HEAD + 1)]
    return header, rows


def _pct(value: Decimal | None) -> float | None:
    return None if value is None else float(value / 100)


def test_the_workbook(ctx: AppContext, world, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "dash.xlsx"
    assert export_dashboard(ctx, NOV, out, today=TODAY) == out
    wb = load_workbook(out)
    assert wb.sheetnames == ["关键指标", "按大区", "按片区", "按门店", "排名", "不合格最多的检查项", "督导巡店覆盖率",
                             "逾期整改"]
    for ws in wb.worksheets:
        filters = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, FILTER_ROWS + 1)}
        assert filters["统计期间"] == "2026-11-01 – 2026-11-30", ws.title
        assert filters["对比期间"] == "2026-10-01 – 2026-10-31"
        assert filters["区域"] == filters["门店类型"] == filters["督导"] == "全部"
        assert filters["导出人"] == "Admin" and filters["导出时间"]
        assert ws.cell(1, 1).font.b and ws.cell(HEAD, 1).font.b
        assert ws.max_row == HEAD or not ws.cell(HEAD + 1, 1).font.b  # (reading a cell of an empty table adds it)
        assert ws.freeze_panes == f"A{HEAD + 1}", ws.title
        assert ws.column_dimensions["A"].width >= 8

    # the KPIs: figure, previous, change, change %; percentages as fractions formatted 0.00%
    header, rows = _table(wb["关键指标"])
    assert header == ["指标", "本期", "上期", "变化", "变化率", "单位"]
    by_name = {r[0]: r for r in rows}
    score = by_name["平均得分"]
    assert score[1:5] == [pytest.approx(0.85), pytest.approx(0.60), pytest.approx(0.25), pytest.approx(0.417)]
    ws = wb["关键指标"]
    r = HEAD + 1 + [x[0] for x in rows].index("平均得分")
    assert ws.cell(r, 2).number_format == PERCENT_FORMAT and ws.cell(r, 2).data_type == "n"
    assert ws.cell(r, 4).number_format.startswith("+0.00%")
    overdue = by_name["逾期整改"]
    assert overdue[1:4] == [3, 1, 2] and isinstance(overdue[1], int)
    r = HEAD + 1 + [x[0] for x in rows].index("逾期整改")
    assert ws.cell(r, 2).number_format == "0"
    assert by_name["整改率"][1] == pytest.approx(1 / 3, abs=1e-4)
    service = {k.key: k for k in kpis.kpis(ctx, NOV, TODAY)}
    assert by_name["巡店覆盖率"][1] == _pct(service["coverage"].value)
    assert by_name["设备验收合格率"][1:3] == [_pct(service["acceptance"].value), None]

    # the drill-down: regions add up to the total; stores carry their region and area
    header, rows = _table(wb["按大区"])
    assert header[:4] == ["编码", "名称", "巡检次数", "平均得分"]
    assert {r[1]: r[3] for r in rows} == {"East": pytest.approx(0.80), "South": pytest.approx(1.0)}
    assert sum(r[header.index("逾期整改")] for r in rows) == 3
    header, rows = _table(wb["按门店"])
    a = next(r for r in rows if r[0] == "KA")
    assert a[:4] == ["KA", "甲店", "East", "Shanghai"]
    assert a[header.index("巡检次数")] == 2 and a[header.index("平均得分")] == pytest.approx(0.80)
    assert wb["按门店"].cell(HEAD + 1 + rows.index(a), header.index("平均得分") + 1).number_format == PERCENT_FORMAT
    b = next(r for r in rows if r[0] == "KB")
    assert b[header.index("平均得分")] is None  # no inspection: an empty cell, not 0
    assert b[header.index("已完成开闭店检查")] == 15 and b[header.index("应完成开闭店检查")] == 19  # 9 days x 2 + today's opening
    assert [r[1] for r in _table(wb["按片区"])[1]] == [r.name for r in kpis.breakdown(ctx, NOV, "area", TODAY)]

    # rankings, supervisors, overdue actions: the service's rows
    header, rows = _table(wb["排名"])
    best = [r[2] for r in rows if r[0] == "得分最高的门店"]
    assert best == ["KD", "KA", "KC"] and [r[1] for r in rows if r[0] == "得分最高的门店"] == [1, 2, 3]
    _header, rows = _table(wb["督导巡店覆盖率"])
    assert rows[0] == ["督导", 2, 1, pytest.approx(0.5)]
    _header, rows = _table(wb["逾期整改"])
    assert [tuple(r) for r in rows] == kpis.overdue_actions(ctx, NOV, TODAY)
    assert _table(wb["不合格最多的检查项"])[1] == []


def test_english_filters_and_titles(ctx: AppContext, world, tmp_path: Path) -> None:  # noqa: F811
    scope = Scope(NOV.date_from, NOV.date_to, region_id=world["tree"].east.id, store_kind="direct",
                  supervisor_id=world["sup"].id)
    out = tmp_path / "en.xlsx"
    export_dashboard(ctx, scope, out, lang="en", today=TODAY, titles={"sheet.overdue": "Overdue"})
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "KPIs" and wb.sheetnames[-1] == "Overdue"
    ws = wb["By store"]
    filters = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, FILTER_ROWS + 1)}
    assert filters["Region"] == "EAST East" and filters["Store type"] == "Company-owned"
    assert filters["Supervisor"] == "督导" and filters["Store"] == "All"
    header, rows = _table(ws)
    assert header[:4] == ["Code", "Name", "Region", "Area"]
    assert sorted(r[0] for r in rows) == ["KA", "KB"]  # the supervisor's stores in East, direct
    header, rows = _table(wb["KPIs"])
    assert rows[0][0] == "Average score" and rows[0][1] == pytest.approx(0.80)


def test_a_formula_looking_name_stays_text(ctx: AppContext, world, tmp_path: Path) -> None:  # noqa: F811
    from opsdesk.services import org

    d = world["d"]
    org.update_store(ctx, d.id, org.StoreInput(code="KD", name="=1+1", region_id=d.region_id, opened_on=d.opened_on,
                                               kind="franchise"))
    out = tmp_path / "f.xlsx"
    export_dashboard(ctx, NOV, out, today=TODAY)
    ws = load_workbook(out)["按门店"]
    cell = next(row[1] for row in ws.iter_rows(min_row=HEAD + 1) if row[0].value == "KD")
    assert cell.value == "=1+1" and cell.data_type == "s"


def test_refusals_write_nothing(ctx: AppContext, world, tmp_path: Path) -> None:  # noqa: F811
    with pytest.raises(ValidationError):
        export_dashboard(ctx, NOV, tmp_path / "x.csv", today=TODAY)
    with pytest.raises(ValidationError):
        export_dashboard(ctx, NOV, tmp_path / "x.xlsx", lang="fr", today=TODAY)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(("x.", ".x."))]
