"""Register exports (CSV and Excel) with hostile values: nothing a user typed becomes a formula,
and the text read back is the text stored.

Hostile values reach the registers through the services (which trim surrounding whitespace, so
``"\\t=1+2"`` is stored as ``"=1+2"``) and, for the leading tab/CR forms, through the database
directly, as a sync peer's value would arrive untrimmed: the export must neutralise whatever is stored.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from cli_helpers import run_in_process
from openpyxl import load_workbook

from opsdesk import exports
from opsdesk.services import actions, org, runs, visits
from opsdesk.services.actions import ActionInput

PAYLOADS = ["=1+2", "+1", "-1+2", "@SUM(A1)", "\t=1+2", "\r=1+2", '=HYPERLINK("http://x","y")', "＝1+2",
            " =1+2", "-3"]
# Independent of the module's rule: what a spreadsheet may take as the start of a formula.
FORMULA_START = re.compile(r"^(\s*[=+\-@＝＋－＠]|[\t\r])")


# ---------------------------------------------------------------- the rule


@pytest.mark.parametrize("text, neutralised", [
    ("=1+2", True), ("+1", True), ("-1+2", True), ("@SUM(A1)", True), ("\t=1+2", True), ("\r=1+2", True),
    ('=HYPERLINK("http://x","y")', True), ("＝1+2", True), ("＋1", True), ("－1", True), ("＠x", True),
    (" =1+2", True), ("\u3000=1+2", True), ("\tplain", True), ("\rplain", True), ("-3", True),
    ("", False), ("a=1+2", False), ("门店 =1", False), ("1+2", False), ("'=1+2", False), ("#N/A", False),
    ("\nplain", False),
])
def test_the_neutralisation_rule(text, neutralised):  # noqa: ANN001
    assert exports.needs_neutralising(text) is neutralised
    assert exports.neutralise(text) == ("'" + text if neutralised else text)
    assert bool(FORMULA_START.match(text)) == neutralised or text in ("\nplain",)


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_numbers_stay_numbers_and_only_text_is_neutralised(tmp_path):  # noqa: ANN001
    columns = [exports.Column("text", "文本"), exports.Column("n", "数量", "int"),
               exports.Column("money", "金额", "decimal"), exports.Column("day", "日期", "date"),
               exports.Column("at", "时间", "datetime")]
    rows = [["-3", -3, Decimal("-3.50"), date(2024, 5, 6), datetime(2024, 5, 6, 7, 8)],
            ["=1+2", 0, Decimal("1234.5"), None, None], ["#N/A", None, None, None, None]]
    out = tmp_path / "n.csv"
    assert exports.write_csv(out, columns, iter(rows)) == 3
    body = read_csv(out)
    assert body[0] == ["文本", "数量", "金额", "日期", "时间"]
    assert body[1] == ["'-3", "-3", "-3.50", "2024-05-06", "2024-05-06 07:08"]
    assert body[2][:3] == ["'=1+2", "0", "1234.5"]

    xlsx = tmp_path / "n.xlsx"
    assert exports.write_xlsx(xlsx, columns, iter(rows), [("区域", "华东"), ("状态", "逾期")], "测试") == 3
    ws = load_workbook(xlsx).active
    assert ws["A1"].value == "测试"
    assert ws["A2"].value == "区域: 华东 · 状态: 逾期"
    assert [c.value for c in ws[3]] == ["文本", "数量", "金额", "日期", "时间"]
    assert all(c.font.b for c in ws[3])
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == "A3:E6"
    text, n, money, day, at = ws[4]
    assert (text.value, text.data_type) == ("-3", "s")
    assert (n.value, n.data_type) == (-3, "n")
    assert (money.value, money.data_type, money.number_format) == (-3.5, "n", "#,##0.00")
    assert day.is_date and day.value == datetime(2024, 5, 6) and day.number_format == "yyyy-mm-dd"
    assert at.is_date and at.value == datetime(2024, 5, 6, 7, 8)
    assert (ws["A5"].value, ws["A5"].data_type) == ("=1+2", "s")  # a string, not a formula
    assert ws["A5"].quotePrefix  # editing the cell in Excel keeps it text
    assert (ws["A6"].value, ws["A6"].data_type) == ("#N/A", "s")  # not an error value either
    # CJK counts double in the widths: the Chinese header column is wider than its character count
    assert ws.column_dimensions["A"].width >= 8


def test_unknown_format_is_refused_and_a_failed_export_keeps_the_old_file(tmp_path):  # noqa: ANN001
    from opsdesk.errors import ValidationError

    with pytest.raises(ValidationError):
        exports.export(tmp_path / "x.pdf", [exports.Column("a", "A")], [])
    assert not (tmp_path / "x.pdf").exists()
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"previous")

    def broken():  # noqa: ANN202
        yield ["fine"]
        raise OSError("disk full")

    with pytest.raises(OSError):
        exports.write_xlsx(target, [exports.Column("a", "A")], broken())
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.xlsx"]


# ---------------------------------------------------------------- through the services


def _hostile(ctx) -> dict:  # noqa: ANN001
    """The world of the ``hostile`` fixture, built once per test process and copied for each test (tests/conftest.py
    ``workspace_templates``): the ``admin`` fixture's head-office user, the ``tree`` fixture's regions, the
    all-types template, then every payload in every register."""
    from types import SimpleNamespace

    from engine_helpers import all_types_data

    from acting import ADMIN_PASSWORD
    from opsdesk import auth
    from opsdesk.permissions import as_system
    from opsdesk.services import templates
    from opsdesk.services.workspace import CURRENT_USER_KEY
    from opsdesk.templates_io import parse_template

    setup = as_system(ctx)  # the test's world, not its subject (as the fixtures make it)
    admin = org.create_user(setup, org.UserInput(username="admin", name="Admin", role="head_office"))
    auth.set_password(setup, admin.id, ADMIN_PASSWORD)
    ctx.user_id = admin.id
    ctx.db.set_meta(CURRENT_USER_KEY, admin.id)
    east = org.save_region(setup, "East", "EAST")
    south = org.save_region(setup, "South", "SOUTH")
    sh = org.save_region(setup, "Shanghai", "SH", parent_id=east.id)
    hz = org.save_region(setup, "Hangzhou", "HZ", parent_id=east.id)
    gz = org.save_region(setup, "Guangzhou", "GZ", parent_id=south.id)
    all_types = templates.import_spec(setup, parse_template(all_types_data()))
    stores, users, action_ids, visit_ids = [], [], [], []
    for i, payload in enumerate(PAYLOADS):
        store = org.create_store(setup, org.StoreInput(code=f"H{i:02d}", name=payload, region_id=sh.id,
                                                       opened_on=date(2020, 1, (i + 1) % 28 + 1)))
        user = org.create_user(setup, org.UserInput(username=f"hostile{i}", name=payload, role="store_manager"))
        stores.append(store)
        users.append(user)
        action = actions.create_action(ctx, ActionInput(store_id=store.id, title=payload, due_on=date.today(),
                                                        assignee_id=user.id))
        actions.transition(ctx, action.id, "submitted", fix_note=payload)
        action_ids.append(action.id)
        visit = visits.start_visit(ctx, store.id)
        visits.update_visit(ctx, visit.id, visits.VisitInput(check_in=visit.check_in, observations=payload,
                                                             next_steps=payload))
        visit_ids.append(visit.id)
    runs.start_run(ctx, stores[0].id, all_types.template_id, "routine")
    # What a sync peer could send: leading tab / CR kept (the services trim them away).
    conn = sqlite3.connect(ctx.db.path)
    try:
        conn.execute("UPDATE store SET name = ? WHERE id = ?", ("\t=1+2", stores[4].id))
        conn.execute("UPDATE store SET name = ? WHERE id = ?", ("\r=1+2", stores[5].id))
        conn.execute("UPDATE corrective_action SET title = ?, fix_note = ? WHERE id = ?",
                     ("\t@SUM(A1)", "\r-1+2", action_ids[0]))
        conn.execute("UPDATE visit SET observations = ? WHERE id = ?", ("\t=1+2", visit_ids[0]))
        conn.commit()
    finally:
        conn.close()
    return dict(stores=stores, users=users, actions=action_ids, visits=visit_ids,
                tree=SimpleNamespace(east=east, south=south, sh=sh, hz=hz, gz=gz))


@pytest.fixture
def db_template() -> dict:
    return {"build": _hostile}


@pytest.fixture
def hostile(ctx, built):  # noqa: ANN001
    """Every register holds every payload: store names, user names (assignees, supervisors),
    action titles and fix notes, visit findings; an inspection at a hostile store (``_hostile``); ``ctx`` acts
    as the head-office ``admin``."""
    return built


@pytest.fixture
def tree(built):  # noqa: ANN001
    """The regions of the hostile world (the ``tree`` fixture's, made by ``_hostile``)."""
    return built["tree"]


def stored_texts(sql) -> set[str]:  # noqa: ANN001
    """Every hostile text as the database holds it (trimmed by the services or not)."""
    out = set()
    for query in ("SELECT name FROM store", "SELECT name FROM user", "SELECT title FROM corrective_action",
                  "SELECT fix_note FROM corrective_action", "SELECT observations FROM visit",
                  "SELECT next_steps FROM visit"):
        out |= {r[0] for r in sql(query) if r[0] and FORMULA_START.match(r[0])}
    return out


REGISTERS = {
    "stores": lambda ctx, path: org.export_stores(ctx, org.StoreQuery(include_closed=True), path,
                                                  filters=[("Region", "East")]),
    "users": lambda ctx, path: org.export_users(ctx, org.UserQuery(include_inactive=True), path,
                                                filters=[("Role", "all")]),
    "inspections": lambda ctx, path: runs.export_runs(ctx, runs.RunQuery(), path, filters=[("Status", "any")]),
    "actions": lambda ctx, path: actions.export_register(ctx, actions.ActionQuery(), path,
                                                         filters=[("Status", "all")]),
    "visits": lambda ctx, path: visits.export_visits(ctx, visits.VisitQuery(), path, filters=[("Day", "all")]),
}


@pytest.mark.parametrize("register", sorted(REGISTERS))
def test_csv_exports_neutralise_and_keep_the_stored_text(ctx, hostile, sql, tmp_path, register):  # noqa: ANN001
    out = tmp_path / f"{register}.csv"
    count = REGISTERS[register](ctx, out)
    body = read_csv(out)
    assert count == len(body) - 1 > 0
    stored = stored_texts(sql)
    seen = set()
    for row in body:
        for cell in row:
            assert not FORMULA_START.match(cell), (register, cell)  # nothing starts a formula
            if cell.startswith("'"):
                original = cell[1:]
                assert FORMULA_START.match(original), (register, cell)  # only hostile text got the apostrophe
                assert original in stored, (register, cell)  # and it is exactly the stored text
                seen.add(original)
    assert seen  # the register did carry hostile values
    if register in ("stores", "actions", "visits"):
        assert "\t=1+2" in seen and "＝1+2" in seen and '=HYPERLINK("http://x","y")' in seen
    if register == "actions":
        assert {"\t@SUM(A1)", "\r-1+2", "-3", "@SUM(A1)"} <= seen  # title, fix note, assignee


@pytest.mark.parametrize("register", sorted(REGISTERS))
def test_xlsx_exports_type_text_as_text(ctx, hostile, sql, tmp_path, register):  # noqa: ANN001
    out = tmp_path / f"{register}.xlsx"
    count = REGISTERS[register](ctx, out)
    wb = load_workbook(out)
    ws = wb.active
    rows = list(ws.iter_rows())
    assert count == len(rows) - 3 > 0
    assert rows[1][0].value.startswith(("Region:", "Role:", "Status:", "Day:"))  # the filters row
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref.startswith("A3:")
    stored = stored_texts(sql)
    seen = set()
    for row in rows[3:]:
        for cell in row:
            assert cell.data_type != "f", (register, cell.coordinate, cell.value)
            if isinstance(cell.value, str):
                assert cell.data_type == "s"
                if FORMULA_START.match(cell.value):
                    assert cell.value in stored  # kept exactly as stored, no apostrophe added
                    seen.add(cell.value)
            elif cell.value is not None:
                assert cell.data_type in ("n", "d", "b"), (register, cell.coordinate)
    assert seen
    if register == "actions":
        assert {"\t@SUM(A1)", "\r-1+2", "-3", "=1+2"} <= seen
        due = rows[2].index(next(c for c in rows[2] if c.value == "Due date"))
        assert all(r[due].is_date for r in rows[3:])
    if register == "stores":
        assert "\r=1+2" in seen


def test_export_follows_the_filters_and_streams_every_page(ctx, hostile, tree, tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(actions, "EXPORT_PAGE", 3)  # several pages for 10 actions
    out = tmp_path / "a.csv"
    q = actions.ActionQuery(store_id=hostile["stores"][1].id)
    assert actions.export_register(ctx, q, out) == 1
    assert read_csv(out)[1][2] == "'+1"
    every = tmp_path / "all.xlsx"
    assert actions.export_register(ctx, actions.ActionQuery(), every) == actions.count_actions(ctx) == 10
    monkeypatch.setattr(runs, "EXPORT_PAGE", 1)
    for i in range(3):
        runs.start_run(ctx, hostile["stores"][i + 1].id, runs.get_summary(
            ctx, runs.query_runs(ctx)[0].id).template_id, "routine",
            business_date=date.today() - timedelta(days=i + 1))
    listed = [r.id for r in runs.query_runs(ctx)]
    assert [r.id for r in runs.iter_runs(ctx)] == listed  # keyset pages: same rows, same order
    assert [r.id for r in runs.iter_runs(ctx, replace(runs.RunQuery(), sort="store"))] == \
        [r.id for r in runs.query_runs(ctx, replace(runs.RunQuery(), sort="store"))]
    assert org.export_stores(ctx, org.StoreQuery(region_id=tree.south.id), tmp_path / "none.csv") == 0
    assert read_csv(tmp_path / "none.csv")[0][0] == "Code"


# ---------------------------------------------------------------- the command line


def opsdesk(*args: str, real: bool = False) -> subprocess.CompletedProcess:
    """``opsdesk ARGS`` through ``cli.main`` in this process, or (``real``) as the process a shell starts: its
    exit code and output as a user sees them (tests/core/cli_helpers.py)."""
    if not real:
        return run_in_process(*args)
    return subprocess.run([sys.executable, "-m", "opsdesk.cli", *args], capture_output=True, text=True,
                          timeout=120)


def test_cli_export(ctx, hostile, db_path, tmp_path):  # noqa: ANN001
    store = hostile["stores"][0]
    out = tmp_path / "actions.xlsx"
    done = opsdesk("export", "actions", "--db", str(db_path), "-o", str(out), "--store", store.code,
                   "--status", "submitted", real=True)
    assert done.returncode == 0, done.stderr
    assert "1 row(s) of actions" in done.stdout
    ws = load_workbook(out).active
    assert ws["A2"].value.startswith(f"Store: {store.code} =1+2 · Status: submitted · Exported: ")
    assert [c.value for c in ws[4]][:3] == [store.code, "=1+2", "\t@SUM(A1)"]
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)

    csv_out = tmp_path / "stores.csv"
    done = opsdesk("export", "stores", "--db", str(db_path), "-o", str(csv_out), "--region", "SH")
    assert done.returncode == 0, done.stderr
    names = [r[1] for r in read_csv(csv_out)[1:]]
    assert "'\t=1+2" in names and "'＝1+2" in names and len(names) == len(PAYLOADS)

    for args, message, real in (
        (("export", "shops", "-o", str(tmp_path / "x.xlsx")), "unknown register 'shops'", False),
        (("export", "stores", "-o", str(tmp_path / "x.pdf")), "must end in .xlsx or .csv", False),
        (("export", "users", "-o", str(tmp_path / "x.csv"), "--status", "open"), "--status is not a filter", False),
        (("export", "actions", "-o", str(tmp_path / "x.csv"), "--status", "lost"), "is not a status of actions",
         True),  # one as a shell sees it: exit code 2, one error line, no traceback
        (("export", "actions", "-o", str(tmp_path / "x.csv"), "--store", "NOPE"), "no store 'NOPE'", False),
    ):
        done = opsdesk(*args, "--db", str(db_path), real=real)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], done.stderr
        assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "x.pdf").exists()
        assert not (tmp_path / "x.csv").exists()
