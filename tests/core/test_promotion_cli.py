"""``opsdesk promotion list|show|report|import-results`` on a real SQLite workspace: the table, one plan in full,
the plan and review PDFs (default names by language, a PAdES-signed one checked with pdfsig), and results
imported from a till export all or nothing (a bad file: one ``error:`` line naming every problem, exit 2, nothing
imported; --dry-run changes nothing). A few commands run as real subprocesses (``real=True``: the exit code and
the one ``error:`` line as a shell sees them), the others through ``cli.main`` in this process
(tests/core/cli_helpers.py)."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from test_promotions import (  # noqa: F401 - the fixtures and helpers of the promotions core tests
    STROKES,
    approve_all,
    as_user,
    opening_plan,
    pctx,
    people,
    stores,
)

from acting import ADMIN_PASSWORD, signed_in
from cli_helpers import run_in_process, run_subprocess
from opsdesk import signing
from opsdesk.services import org, promotions
from opsdesk.services.context import AppContext


HQ = signed_in("admin", ADMIN_PASSWORD)  # the plan's head-office approver (core conftest ``admin``) enters results


def pdftext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _cli(db_path: Path, *args: str, cwd: Path | None = None, real: bool = False) -> subprocess.CompletedProcess:
    """``opsdesk ARGS --db DB``: in this process, or as a real subprocess (``real``)."""
    return (run_subprocess if real else run_in_process)(*args, "--db", str(db_path), cwd=cwd)


def _results(db_path: Path, *args: str, real: bool = False) -> subprocess.CompletedProcess:
    """``promotion import-results`` entered by head office (signed in)."""
    return _cli(db_path, *HQ, "promotion", "import-results", *args, real=real)


def _one_error(done: subprocess.CompletedProcess, *words: str) -> str:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, (word, done.stderr)
    return done.stderr


def _actuals(db_path: Path) -> list[tuple]:
    """(store code, actual sales in hundredths, transactions, gifts) straight from the file."""
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT s.code, ps.actual_sales, ps.actual_transactions, ps.gifts_given "
                            "FROM promotion_store ps JOIN store s ON s.id = ps.store_id ORDER BY s.code").fetchall()
    finally:
        conn.close()


@pytest.fixture
def plan(pctx: AppContext, stores, people):  # noqa: F811
    """The domain's opening promotion approved through the chain and acknowledged by the franchise manager."""
    p = approve_all(pctx, promotions.create_plan(pctx, opening_plan(stores)).id, people)
    p = promotions.acknowledge(as_user(pctx, stores["boss"].id), p.id, stores["b"].id, p.content_hash, STROKES,
                               "已阅，将按方案执行")
    pctx.user_id = people["hq"]
    return p


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Keys outside the home folder, and the cwd the default file names land in."""
    monkeypatch.setenv("OPSDESK_KEYS_DIR", str(tmp_path / "keys"))
    out = tmp_path / "out"
    out.mkdir()
    return out


def test_list_and_show(pctx: AppContext, plan, db_path: Path) -> None:  # noqa: F811
    draft = promotions.create_plan(pctx, opening_plan({"a": org.get_store(pctx, plan.stores[1].store_id),
                                                       "b": org.get_store(pctx, plan.stores[0].store_id)},
                                                      theme="周末会员日"))
    pctx.db.close()
    listed = _cli(db_path, "promotion", "list", real=True)
    assert listed.returncode == 0, listed.stderr
    lines = [line.split("\t") for line in listed.stdout.splitlines()]
    assert lines[0] == ["code", "theme", "type", "starts", "ends", "status", "waiting", "stores", "budget"]
    rows = {r[0]: r for r in lines[1:]}
    assert rows[plan.code] == [plan.code, "新店开业 盛大酬宾", "opening", plan.starts_on.isoformat(),
                               plan.ends_on.isoformat(), "running", "", "2", "8000.40"]
    assert rows[draft.code][5:7] == ["draft", "proposal"]

    only_draft = _cli(db_path, "promotion", "list", "--status", "draft")
    assert [r.split("\t")[0] for r in only_draft.stdout.splitlines()[1:]] == [draft.code]
    at_store = _cli(db_path, "promotion", "list", "--store", "f001")
    assert {r.split("\t")[0] for r in at_store.stdout.splitlines()[1:]} == {plan.code, draft.code}
    _one_error(_cli(db_path, "promotion", "list", "--status", "finished", real=True), "finished", "running")
    _one_error(_cli(db_path, "promotion", "list", "--store", "X999"), "X999")

    shown = _cli(db_path, "promotion", "show", plan.code.lower())  # the code, any case
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout
    for word in (plan.code, "新店开业 盛大酬宾", "price promotion", "status\trunning", plan.content_hash,
                 "每天前 5 名进店顾客", "48.00", "168.00", "399.00", "per store 50", "开业 POP 海报",
                 "A001\t直营一号店\tShanghai", "F001\t加盟一号店\tGuangzhou", "target 50000.00 / 800 / 120",
                 "请审核", "\tproposal\tsubmit\t", "\treview\tapprove\t", "\tapproval\tapprove\t",
                 "F001\t加盟一号店\t加盟店长", "total\t80000.50\t-", "budget\t8000.40"):
        assert word in out, word
    by_id = _cli(db_path, "promotion", "show", plan.id)
    assert by_id.returncode == 0 and plan.code in by_id.stdout
    _one_error(_cli(db_path, "promotion", "show", "P0000-NONE"), "P0000-NONE")


def test_show_refuses_a_code_two_plans_share(pctx: AppContext, plan, db_path: Path) -> None:  # noqa: F811
    from opsdesk.models.promotions import Promotion

    other = promotions.create_plan(pctx, opening_plan({"a": org.get_store(pctx, plan.stores[1].store_id),
                                                       "b": org.get_store(pctx, plan.stores[0].store_id)},
                                                      theme="周末会员日"))
    with pctx.tx() as s:  # made offline on another laptop with the same code, then synced
        s.get(Promotion, other.id).code = plan.code
    pctx.db.close()
    _one_error(_cli(db_path, "promotion", "show", plan.code, real=True), plan.code, "2 plans", plan.id, other.id,
               "周末会员日")
    shown = _cli(db_path, "promotion", "show", other.id)
    assert shown.returncode == 0 and "周末会员日" in shown.stdout


def test_report_plain_english_review_and_signed(pctx: AppContext, plan, db_path: Path, tmp_path: Path,  # noqa: F811
                                                cli_env: Path) -> None:
    me = org.get_user(pctx, pctx.user_id)
    signing.create_identity(me.id, me.name, "a long passphrase")
    secret = tmp_path / "pass.txt"
    secret.write_text("a long passphrase\n")
    pctx.db.close()

    plain = _cli(db_path, "promotion", "report", plan.code, cwd=cli_env)
    assert plain.returncode == 0, plain.stderr
    made = cli_env / f"宣传计划书-{plan.code}.pdf"
    assert made.is_file() and f"-> {made.name}" in plain.stdout
    text = pdftext(made)
    assert "宣传计划书" in text and "8,000.40" in text and "已批准" in text

    english = _cli(db_path, "promotion", "report", plan.id, "--lang", "en", "--kind", "review", cwd=cli_env)
    assert english.returncode == 0, english.stderr
    review = cli_env / f"promotion-review-{plan.code}.pdf"
    assert "Promotion review" in pdftext(review)
    zh_review = _cli(db_path, "promotion", "report", plan.code, "--kind", "review", cwd=cli_env)
    assert zh_review.returncode == 0 and (cli_env / f"促销总结-{plan.code}.pdf").is_file()

    signed = tmp_path / "signed.pdf"
    done = _cli(db_path, "promotion", "report", plan.code, "-o", str(signed), "--sign", "--user", me.username,
                "--passphrase-file", str(secret))
    assert done.returncode == 0, done.stderr
    assert f"signed by {me.username}" in done.stdout
    check = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid" in check
    assert "宣传计划书" in pdftext(signed) and "加盟店长" in pdftext(signed)

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it")
    refused = tmp_path / "refused.pdf"
    _one_error(_cli(db_path, "promotion", "report", plan.code, "-o", str(refused), "--sign", "--user", me.username,
                    "--passphrase-file", str(wrong), real=True), "wrong passphrase")
    _one_error(_cli(db_path, "promotion", "report", plan.code, "--kind", "summary", "-o", str(refused)), "summary")
    _one_error(_cli(db_path, "promotion", "report", plan.code, "--lang", "fr", "-o", str(refused)), "fr")
    _one_error(_cli(db_path, "promotion", "report", "P0000-NONE", "-o", str(refused)), "P0000-NONE")
    assert not refused.exists()


def test_import_results_all_or_nothing(pctx: AppContext, plan, db_path: Path, tmp_path: Path) -> None:  # noqa: F811
    from openpyxl import Workbook

    pctx.db.close()
    before = _actuals(db_path)
    assert before == [("A001", None, None, None), ("F001", None, None, None)]

    bad = tmp_path / "till-bad.csv"
    bad.write_text("门店编码,销售额,交易笔数,赠品发放\nA001,52000.5,810,30\nF001,abc,400,20\nX999,1,1,1\n", "utf-8-sig")
    err = _one_error(_results(db_path, plan.code, str(bad), real=True),
                     "till-bad.csv", "2 problems", "row 3 sales: not a number", "row 4 store: X999 unknown",
                     "nothing was imported")
    assert "A001" not in err  # the good row is not a problem
    assert _actuals(db_path) == before

    good = tmp_path / "till.csv"
    good.write_text("门店编码,销售额,交易笔数,赠品发放\nA001,52000.5,810,30\nf001,24000,450,20\n", "utf-8-sig")
    dry = _cli(db_path, "promotion", "import-results", plan.code, str(good), "--dry-run")  # no password: reads only
    assert dry.returncode == 0, dry.stderr
    assert "2 store(s)" in dry.stdout and "would be imported" in dry.stdout
    assert _actuals(db_path) == before  # a dry run changes nothing

    done = _results(db_path, plan.code, str(good))  # the mapping guessed
    assert done.returncode == 0, done.stderr
    assert "2 store(s)" in done.stdout and "store=门店编码" in done.stdout
    assert _actuals(db_path) == [("A001", 5200050, 810, 30), ("F001", 2400000, 450, 20)]

    wb = Workbook()
    ws = wb.active
    ws.append(["店号", "金额", "单数"])
    ws.append(["A001", 53000, 815])
    sheet = tmp_path / "till.xlsx"
    wb.save(sheet)
    mapped = _results(db_path, plan.id, str(sheet), "--map", "store=店号,sales=金额")
    assert mapped.returncode == 0, mapped.stderr
    # only the mapped columns change; the other results of the store stay
    assert _actuals(db_path) == [("A001", 5300000, 810, 30), ("F001", 2400000, 450, 20)]

    _one_error(_results(db_path, plan.code, str(sheet), "--map", "store店号"), "--map")
    _one_error(_results(db_path, plan.code, str(sheet), "--map", "store=店号,sales=收入"),
               "收入")
    _one_error(_results(db_path, plan.code, str(tmp_path / "missing.csv")), "missing.csv")
    _one_error(_results(db_path, "P0000-NONE", str(good)), "P0000-NONE")
    assert _actuals(db_path) == [("A001", 5300000, 810, 30), ("F001", 2400000, 450, 20)]


def test_promotion_types_are_edited_from_the_cli(tmp_path: Path) -> None:
    """The types are editable: a new one, a changed one, a retired one; a bad code is one error line."""
    from opsdesk.db import Database
    from opsdesk.services import workspace
    from opsdesk.services.context import AppContext

    db = tmp_path / "w.sqlite"
    ctx = AppContext(Database.open(db))
    workspace.prepare(ctx)
    ctx.db.close()

    def cli(*argv: str, real: bool = False) -> subprocess.CompletedProcess:
        return _cli(db, *argv, real=real)

    made = cli("promotion", "type", "anniversary", "--name", "店庆", "--name-en", "Anniversary", "--no-price")
    assert made.returncode == 0, made.stderr
    cli("promotion", "type", "clearance", "--name", "清仓", "--inactive")
    rows = [line.split("\t") for line in cli("promotion", "types").stdout.splitlines()]
    by_code = {r[0]: r for r in rows[1:]}
    assert by_code["anniversary"] == ["anniversary", "店庆", "Anniversary", "no", "yes"]
    assert by_code["clearance"][4] == "no" and by_code["opening"][1] == "开业促销"
    bad = cli("promotion", "type", "Bad Code!", "--name", "x", real=True)
    assert bad.returncode == 2 and bad.stderr.count("error:") == 1 and "Traceback" not in bad.stderr
