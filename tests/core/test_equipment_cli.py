"""The equipment commands of the CLI against a real workspace file: `opsdesk report acceptance` prints the
accepted item's register data (checked with pdftotext), `opsdesk equipment labels` writes label sheets whose
page size pdfinfo reads back (one `error:` line and exit 2 on a bad layout, nothing written), and the
acceptance pass-rate figure per store and region."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from decimal import Decimal

import pytest
from test_acceptance import GOOD, STROKES, _manager, _photo, supervise_all

from opsdesk import cli
from opsdesk.services import (
    acceptance,
    equipment,
    org,
    runs,
    signatures,
    templates,
    workspace,
)
from opsdesk.services.context import AppContext

MM = 72 / 25.4  # points per millimetre


@pytest.fixture
def db_template():
    return {"stores": 2, "seed": 4}


@pytest.fixture
def actx(ctx: AppContext) -> AppContext:
    ctx.user_id = ctx.db.get_meta(workspace.CURRENT_USER_KEY)
    equipment.ensure_default_categories(ctx)
    return supervise_all(ctx)  # the current supervisor looks after both stores


def installed(ctx: AppContext, store_id: str, n: int, **kw) -> equipment.EquipmentDTO:
    category = equipment.list_categories(ctx)[0]
    return equipment.create_equipment(ctx, equipment.EquipmentInput(
        store_id=store_id, category_id=category.id, name=kw.pop("name", f"测试空调 {n} 号"), brand="格力",
        model="KFR-72LW", serial_number=f"CLI-SN-{n:04d}", supplier="恒温机电", location="卖场东侧吊顶",
        installed_on=date.today() - timedelta(days=3),
        params=(equipment.Param("额定功率", "3.5", "kW"),), **kw))


def accept(ctx: AppContext, item_id: str, failing=lambda _it: False, sign: bool = True) -> str:
    """An acceptance of the item, every item answered (the pass/fail items ``failing`` picks failed), completed
    and signed by all three."""
    run = acceptance.start_acceptance(ctx, item_id)
    for it in runs.get_run(ctx, run.id).version.items():
        if it.answer_type == "number":
            runs.set_answer(ctx, run.id, it.id, GOOD[it.key])
        elif it.answer_type == "text":
            runs.set_answer(ctx, run.id, it.id, "GL2024-0042")
        elif it.answer_type == "date":
            runs.set_answer(ctx, run.id, it.id, "2026-03-02")
        elif it.answer_type == "photo":
            runs.add_photo(ctx, run.id, it.id, _photo(ctx, it.key))
        else:
            runs.set_answer(ctx, run.id, it.id, "fail" if failing(it) else "pass")
            if failing(it):
                runs.add_photo(ctx, run.id, it.id, _photo(ctx, it.key))
    runs.complete(ctx, run.id)
    if sign:
        signatures.sign_run(ctx, run.id, "supervisor", "", STROKES)
        signatures.sign_run(ctx, run.id, "store_manager", "", STROKES, signer_id=_manager(ctx, run.id))
        signatures.sign_run(ctx, run.id, "supplier", "李供应", STROKES)
    return run.id


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def page_info(path) -> tuple[int, float, float]:
    """(pages, width, height in points) of a PDF as pdfinfo reads it."""
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE).group(1))
    w, h = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", out, re.MULTILINE).groups()
    return pages, float(w), float(h)


def test_report_acceptance_prints_the_items_register_data(actx: AppContext, db_path, tmp_path, capsys) -> None:
    store = org.query_stores(actx)[0]
    item = installed(actx, store.id, 1, notes="")
    run_id = accept(actx, item.id)
    assert equipment.get_equipment(actx, item.id).status == "accepted"
    mapping = acceptance.equipment_mapping(equipment.get_equipment(actx, item.id), "en")
    assert mapping["asset_code"] == item.asset_code and mapping["parameters"] == [("额定功率", "3.5", "kW")]
    assert acceptance.equipment_of_run(actx, run_id).id == item.id
    assert acceptance.latest_acceptance(actx, item.id).id == run_id
    inspection = runs.start_run(actx, store.id, templates.template_by_code(actx, "store_routine").id, "routine")
    assert acceptance.equipment_of_run(actx, inspection.id) is None
    actx.db.close()

    out = tmp_path / "cert.pdf"
    assert cli.main(["report", "acceptance", run_id, "--db", str(db_path), "-o", str(out)]) == 0
    text = pdf_text(out)
    assert item.asset_code in text  # the register's data, not only what the run recorded
    assert "CLI-SN-0001" in text and "恒温机电" in text and "卖场东侧吊顶" in text
    assert "3.5 kW" in text
    assert "格力 KFR-72LW" in text
    english = tmp_path / "cert-en.pdf"
    assert cli.main(["report", "acceptance", run_id, "--db", str(db_path), "-o", str(english), "--lang", "en"]) == 0
    assert item.asset_code in pdf_text(english)
    capsys.readouterr()

    refused = tmp_path / "refused.pdf"
    assert cli.main(["report", "acceptance", inspection.id, "--db", str(db_path), "-o", str(refused)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and not refused.exists()


def test_equipment_labels_writes_sheets_of_the_chosen_size(actx: AppContext, db_path, tmp_path, capsys) -> None:
    first, second = org.query_stores(actx)[:2]
    mine = [installed(actx, first.id, n) for n in range(1, 6)]
    other = installed(actx, second.id, 9)
    at_first = equipment.count_equipment(actx, equipment.EquipmentQuery(store_id=first.id))
    everything = equipment.count_equipment(actx)
    actx.db.close()
    db = ["--db", str(db_path)]

    a4 = tmp_path / "a4.pdf"  # the default preset: A4, 3 x 8 labels of 70 x 37 mm
    assert cli.main(["equipment", "labels", str(a4), "--store", first.code, *db]) == 0
    pages, w, h = page_info(a4)
    assert (round(w / MM), round(h / MM)) == (210, 297)
    assert pages == -(-at_first // 24)
    text = pdf_text(a4)
    assert all(e.asset_code in text for e in mine) and other.asset_code not in text
    assert f"{at_first} label(s) on {pages} page(s) (a4-70x37)" in capsys.readouterr().out

    printer = tmp_path / "printer.pdf"  # a label printer: one 50 x 30 mm label a page
    assert cli.main(["equipment", "labels", str(printer), "--preset", "printer-50x30", "--store", first.code, *db]) == 0
    pages, w, h = page_info(printer)
    assert pages == at_first and (round(w / MM, 1), round(h / MM, 1)) == (50.0, 30.0)

    custom = tmp_path / "custom.pdf"  # a sheet of my own: 100 x 60 mm, 2 x 2 labels filling it
    assert cli.main(["equipment", "labels", str(custom), "--columns", "2", "--rows", "2", "--page-width", "100",
                     "--page-height", "60", "--margin-top", "2", "--margin-bottom", "2", *db]) == 0
    pages, w, h = page_info(custom)
    assert (round(w / MM, 1), round(h / MM, 1)) == (100.0, 60.0) and pages == -(-everything // 4)
    assert "2x2, 50 x 28 mm" in capsys.readouterr().out

    started = tmp_path / "started.pdf"  # the first label at the last place of a used sheet: the rest on a new one
    assert cli.main(["equipment", "labels", str(started), "--store", first.code, "--start-at", "24", *db]) == 0
    assert page_info(started)[0] == -(-(at_first + 23) // 24)

    capsys.readouterr()
    for bad, words in (
            (["--preset", "a4-70x37", "--columns", "4"], "--label-width"),  # four 70 mm labels: wider than A4
            (["--label-width", "abc"], "--label-width"),
            (["--preset", "a5-weird"], "a4-70x37"),
            (["--rows", "0"], "--rows"),
            (["--start-at", "25"], "--start-at"),
            (["--columns", "3", "--rows", "30", "--margin-top", "5"], "--label-height"),  # too small to print
            (["--status", "retired", "--store", first.code], "no labels"),  # nothing to print
    ):
        out = tmp_path / "bad.pdf"
        assert cli.main(["equipment", "labels", str(out), *bad, *db]) == 2, bad
        captured = capsys.readouterr()
        assert captured.err.count("\n") == 1 and captured.err.startswith("error: "), (bad, captured.err)
        assert words in captured.err, (bad, captured.err)
        assert not out.exists() and not list(tmp_path.glob(".bad.pdf.*"))
    assert cli.main(["equipment", "labels", str(tmp_path / "x.png"), *db]) == 2


def test_pass_rate_by_store_and_region(actx: AppContext) -> None:
    first, second = org.query_stores(actx)[:2]
    before = {g: {r.group_id: r for r in acceptance.pass_rate(actx, g)} for g in ("store", "region")}
    choices = ("pass_fail", "yes_no")
    chosen: list[str] = []

    def veto(it) -> bool:
        return it.critical and it.answer_type in choices

    def minor(it) -> bool:
        if not chosen and not it.critical and it.answer_type in choices:
            chosen.append(it.key)
        return it.key in chosen
    accept(actx, installed(actx, first.id, 1).id)
    accept(actx, installed(actx, first.id, 2).id)
    accept(actx, installed(actx, first.id, 3).id, failing=minor)
    accept(actx, installed(actx, first.id, 4).id, failing=veto)
    accept(actx, installed(actx, first.id, 5).id, sign=False)  # completed, not signed: not counted
    accept(actx, installed(actx, second.id, 6).id)

    def delta(group: str) -> dict[str, tuple[int, int, int, int]]:
        now = {r.group_id: r for r in acceptance.pass_rate(actx, group)}
        out = {}
        for gid, r in now.items():
            was = before[group].get(gid)
            counts = (r.signed, r.accepted, r.conditional, r.rejected)
            if was is not None:
                counts = tuple(a - b for a, b in zip(counts, (was.signed, was.accepted, was.conditional,
                                                              was.rejected), strict=True))
            if any(counts):
                out[gid] = counts
        return out

    assert delta("store") == {first.id: (4, 2, 1, 1), second.id: (1, 1, 0, 0)}
    rows = {r.group_id: r for r in acceptance.pass_rate(actx, "store")}
    r = rows[first.id]
    assert r.accepted + r.conditional + r.rejected == r.signed
    assert r.rate == (Decimal(r.accepted) / Decimal(r.signed)).quantize(Decimal("0.0001"))
    assert isinstance(r.rate, Decimal)
    region_of = {s.id: s for s in org.query_stores(actx)}
    by_region = delta("region")
    assert sum(c[0] for c in by_region.values()) == 5 and sum(c[3] for c in by_region.values()) == 1
    regions = {r.group_id for r in acceptance.pass_rate(actx, "region")}
    assert all(gid not in region_of for gid in regions)  # grouped by region, not by store
    assert acceptance.pass_rate(actx, "store", since=date.today() + timedelta(days=1)) == []
    with pytest.raises(ValueError):
        acceptance.pass_rate(actx, "city")
