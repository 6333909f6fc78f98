"""The monthly circular (月度通报) on the hand-computed workspace of test_kpis.py: its figures, rankings and lists
in both languages found by pdftotext, only the bundled CJK font embedded, the region variant, a deterministic
content hash, and `opsdesk report circular` (plain, signed and checked with pdfsig, refusals as one error
line): through ``cli.main`` in this process, the plain report and one refusal as real subprocesses."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run_in_process, run_subprocess
from test_kpis import TODAY, _run, world  # noqa: F401 - the hand-computed workspace (a fixture)

from opsdesk import signing
from opsdesk.errors import NotFoundError, ValidationError
from opsdesk.reports.circular import build_circular, circular_file_name, parse_month
from opsdesk.services import org
from opsdesk.services.context import AppContext


def pdftext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def fonts_of(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def render(path: Path, tmp_path: Path) -> list[Path]:
    """Every page as a PNG at 60 dpi (pdftoppm); the pages were looked at while writing the report."""
    stem = tmp_path / path.stem
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(stem)], check=True)
    return sorted(tmp_path.glob(f"{path.stem}*.png"))


def _line(text: str, start: str) -> str:
    """The (layout) line of ``text`` that starts with ``start`` (leading spaces ignored)."""
    return next(line for line in text.splitlines() if line.strip().startswith(start))


def test_the_chain_circular_in_chinese(ctx: AppContext, world, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "c.pdf"
    info = build_circular(ctx, "2026-11", out, today=TODAY)
    assert info.pages >= 2 and info.path == out
    text = pdftext(out)
    assert "月度通报 全公司 2026年11月" in text
    score = _line(text, "平均得分")
    assert re.search(r"85\.00%\s+60\.00%\s+\+25\.00\s+\+41\.7%\s+4 次巡检", score), score
    assert re.search(r"整改率\s+33\.33%\s+0\.00%\s+\+33\.33", text) and squash(_line(text, "整改率")).endswith("1/3")
    assert re.search(r"逾期整改\s+3\b", text)
    assert re.search(r"巡店覆盖率\s+50\.00%", text) and re.search(r"设备验收合格率\s+33\.33%", text)
    assert re.search(r"一票否决次数\s+1\b", text) and re.search(r"未关闭设备故障\s+1\b", text)
    flat = squash(text)
    # rankings: stores by score D 100, C 80, A 80 (codes break the tie); areas GZ 100, HZ 80, SH 80
    best = flat.split("得分最高的门店")[1].split("得分最低的门店")[0]
    assert best.index("KD丁店100.00%") < best.index("KA甲店80.00%") < best.index("KC丙店80.00%")
    worst = flat.split("得分最低的门店")[1].split("三、")[0]
    assert worst.index("KC丙店") < worst.index("KA甲店") < worst.index("KD丁店")
    assert "Guangzhou100.00%" in flat and "Hangzhou80.00%" in flat
    # the critical failure (day, store, template), the overdue actions by store, the supervisor's coverage
    critical = flat.split("四、一票否决不合格")[1].split("五、")[0]
    assert "2026-11-17KA甲店" in critical
    overdue = flat.split("五、逾期整改")[1].split("六、")[0]
    assert "KA甲店2" in overdue and "KC丙店1" in overdue and overdue.index("KA甲店2") < overdue.index("KC丙店1")
    assert "督导2150.00%" in flat.split("六、督导巡店覆盖率")[1]
    assert "本月无。" in flat.split("三、不合格次数最多的检查项")[1].split("四、")[0]  # no answers in the fixture
    # only the bundled CJK font, embedded (the charts' labels too)
    fonts = fonts_of(out)
    assert fonts and all("WenQuanYi" in f[0] for f in fonts), fonts
    assert all("yes" in f for f in fonts), fonts
    pages = render(out, tmp_path)
    assert len(pages) == info.pages


def test_english_and_the_failed_item(ctx: AppContext, world, all_types, tmp_path: Path) -> None:  # noqa: F811
    from opsdesk.models import ChecklistRun
    from opsdesk.services import runs

    run = runs.start_run(ctx, world["a"].id, all_types.template_id, "routine", business_date=date(2026, 11, 20))
    item = next(i for i in runs.get_run(ctx, run.id).version.items() if i.answer_type == "pass_fail")
    runs.set_answer(ctx, run.id, item.id, "fail")
    runs.set_note(ctx, run.id, item.id, "x")
    with ctx.tx() as s:
        s.get(ChecklistRun, run.id).status = "completed"
    out = tmp_path / "en.pdf"
    build_circular(ctx, "2026-11", out, lang="en", today=TODAY)
    text = pdftext(out)
    assert "Monthly circular Whole chain November 2026" in text
    assert re.search(r"Average score\s+\S+%\s+60\.00%", text)
    assert re.search(r"Rectification rate\s+33\.33%\s+0\.00%\s+\+33\.33", text)
    failed = squash(text).split("3.Most-faileditems")[1].split("4.Criticalfailures")[0]
    words = squash(item.text_en or item.text)
    assert f"{words}11100.00%" in failed.replace("(Veto)", ""), failed
    assert "KA甲店" in squash(text)  # the stores' names as stored
    stored = re.sub("甲店|乙店|丙店|丁店|督导|运营", "", text)  # names as stored; every printed word in English
    assert not re.search(r"[\u4e00-\u9fff]", stored), re.findall(r".{20}[\u4e00-\u9fff].{20}", stored)
    fonts = fonts_of(out)
    assert fonts and all("WenQuanYi" in f[0] for f in fonts), fonts


def test_a_region_circular_has_only_its_stores(ctx: AppContext, world, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "south.pdf"
    build_circular(ctx, "2026-11", out, region_id=world["tree"].south.id, today=TODAY)
    text = pdftext(out)
    assert "月度通报 South 2026年11月" in text
    flat = squash(text)
    assert "KD丁店" in flat and "KA" not in flat and "KB" not in flat and "KC" not in flat
    assert re.search(r"平均得分\s+100\.00%\s+—", text)  # only D's inspection; none in October
    east = tmp_path / "east.pdf"
    build_circular(ctx, "2026-11", east, region_id=world["tree"].east.id, lang="en", today=TODAY)
    flat = squash(pdftext(east))
    assert "KA甲店" in flat and "KC丙店" in flat and "KD" not in flat
    assert "Shanghai" in flat and "Hangzhou" in flat and "Guangzhou" not in flat


def test_same_data_same_hash(ctx: AppContext, world, tmp_path: Path) -> None:  # noqa: F811
    one = build_circular(ctx, "2026-11", tmp_path / "1.pdf", today=TODAY)
    two = build_circular(ctx, "2026-11", tmp_path / "2.pdf", lang="en", today=TODAY)
    assert one.content_hash == two.content_hash and one.report_id != two.report_id
    assert build_circular(ctx, "2026-10", tmp_path / "3.pdf", today=TODAY).content_hash != one.content_hash
    with ctx.tx() as s:  # one more inspection (a second critical failure of the same template) changes the figures
        _run(s, world["c"].id, date(2026, 11, 25), percent="50", grade="D", critical=True)
    assert build_circular(ctx, "2026-11", tmp_path / "4.pdf", today=TODAY).content_hash != one.content_hash
    critical = squash(pdftext(tmp_path / "4.pdf")).split("四、一票否决不合格")[1].split("五、")[0]
    assert "2026-11-25KC丙店" in critical and "2026-11-17KA甲店" in critical


def test_bad_month_and_region_are_refused(ctx: AppContext, world, tmp_path: Path) -> None:  # noqa: F811
    for bad in ("2026-13", "2026-1", "202611", "", "2026-00", "November"):
        with pytest.raises(ValidationError):
            build_circular(ctx, bad, tmp_path / "x.pdf")
    with pytest.raises(NotFoundError):
        build_circular(ctx, "2026-11", tmp_path / "x.pdf", region_id="nope")
    assert not (tmp_path / "x.pdf").exists()
    assert parse_month("2024-02")[1].day == 29
    assert circular_file_name("2026-11", None, "zh_CN") == "月度通报-2026-11.pdf"
    assert circular_file_name("2026-11", "EAST", "en") == "circular-EAST-2026-11.pdf"


# ---------------------------------------------------------------- the command line


def _cli(db_path: Path, *args: str, cwd: Path, real: bool = False) -> subprocess.CompletedProcess:
    """``opsdesk ARGS --db DB`` in ``cwd``: through ``cli.main`` in this process, or as a real subprocess."""
    return (run_subprocess if real else run_in_process)(*args, "--db", str(db_path), cwd=cwd)


def _one_error(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 2, done.stdout
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, (word, done.stderr)


def test_cli_circular(ctx: AppContext, world, db_path: Path, tmp_path: Path,  # noqa: F811
                      monkeypatch: pytest.MonkeyPatch) -> None:
    from opsdesk.services import workspace

    monkeypatch.setenv("OPSDESK_KEYS_DIR", str(tmp_path / "keys"))
    me = org.get_user(ctx, ctx.user_id)
    workspace.set_current_user(ctx, me.id)  # head office: the CLI's circular shows every store
    signing.create_identity(me.id, me.name, "a long passphrase")
    secret = tmp_path / "pass.txt"
    secret.write_text("a long passphrase\n")
    ctx.db.close()
    cwd = tmp_path / "out"
    cwd.mkdir()

    plain = _cli(db_path, "report", "circular", "--month", "2026-11", cwd=cwd, real=True)
    assert plain.returncode == 0, plain.stderr
    made = cwd / "月度通报-2026-11.pdf"
    assert made.is_file() and f"-> {made.name}" in plain.stdout
    assert "月度通报 全公司 2026年11月" in pdftext(made)
    assert re.search(r"平均得分\s+85\.00%", pdftext(made))

    region = _cli(db_path, "report", "circular", "--month", "2026-11", "--region", "south", "--lang", "en", cwd=cwd)
    assert region.returncode == 0, region.stderr
    text = pdftext(cwd / "circular-SOUTH-2026-11.pdf")
    assert "Monthly circular South November 2026" in text and "KA" not in text

    signed = tmp_path / "signed.pdf"
    done = _cli(db_path, "report", "circular", "--month", "2026-11", "-o", str(signed), "--sign", "--user",
                me.username, "--passphrase-file", str(secret), cwd=cwd)
    assert done.returncode == 0, done.stderr
    assert f"signed by {me.username}" in done.stdout
    check = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid" in check
    assert re.search(r"整改率\s+33\.33%", pdftext(signed))

    refused = tmp_path / "refused.pdf"
    _one_error(_cli(db_path, "report", "circular", "--month", "2026-13", "-o", str(refused), cwd=cwd), "--month",
               "2026-13")
    _one_error(_cli(db_path, "report", "circular", "--month", "Nov", "-o", str(refused), cwd=cwd), "YYYY-MM")
    _one_error(_cli(db_path, "report", "circular", "--month", "2026-11", "--region", "NOWHERE", "-o", str(refused),
                    cwd=cwd), "NOWHERE")
    _one_error(_cli(db_path, "report", "circular", "--month", "2026-11", "--lang", "fr", "-o", str(refused),
                    cwd=cwd), "--lang")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it")
    _one_error(_cli(db_path, "report", "circular", "--month", "2026-11", "-o", str(refused), "--sign", "--user",
                    me.username, "--passphrase-file", str(wrong), cwd=cwd, real=True), "wrong passphrase")
    assert not refused.exists()
