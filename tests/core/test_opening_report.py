"""The opening reports (新店筹备): the countdown report (开业筹备进度表) in both languages with its timeline,
gates and evidence, date moves and a head-office override; its content hash; the fit-out acceptance
certificate (新店装修验收单); and the CLI (opening report, plan list/export/import, cancel, report acceptance of
a fit-out run) -- real SQLite workspaces, real PDFs checked with poppler; the commands through ``cli.main`` in
this process, a few as real subprocesses (the exit code and the one ``error:`` line a shell sees)."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from acting import ADMIN_PASSWORD, signed_in
from cli_helpers import run_in_process, run_subprocess
from opsdesk import signing
from opsdesk.errors import ValidationError
from opsdesk.reports.opening import (
    build_countdown,
    build_fitout,
    countdown_file_name,
    fitout_file_name,
)
from opsdesk.services import openings, org, runs, signatures, templates, workspace
from opsdesk.services.context import AppContext

STROKES = [[(10, 10, 0.0), (60, 50, 0.1), (120, 20, 0.2)]]
TODAY = date.today()
REASON = "房东延期交房"


# ---------------------------------------------------------------- fixtures (as in test_openings.py)
# The world of a test is built once per test process and copied (tests/conftest.py ``workspace_templates``,
# tests/core/conftest.py ``db_template``): the shipped content, a region tree, a head-office ``admin`` (the
# current user), two people and a store being opened (``_prepared``); with the ``opening`` fixture, the project
# on it as well (``_with_opening``).


def _prepared(ctx: AppContext) -> dict:
    """What ``octx``, ``people`` and ``store`` stand for: the shipped content, the tree of the ``tree`` fixture
    and the ``admin`` fixture's head-office user (acting, and the workspace's current user); ``sup`` and
    ``ops``; the store N001 in preparation with its manager, its supervisor ``sup`` and a clerk."""
    from opsdesk import auth
    from opsdesk.permissions import as_system
    from opsdesk.services.workspace import CURRENT_USER_KEY

    setup = as_system(ctx)
    east = org.save_region(setup, "East", "EAST")
    south = org.save_region(setup, "South", "SOUTH")
    sh = org.save_region(setup, "Shanghai", "SH", parent_id=east.id)
    org.save_region(setup, "Hangzhou", "HZ", parent_id=east.id)
    org.save_region(setup, "Guangzhou", "GZ", parent_id=south.id)
    admin = org.create_user(setup, org.UserInput(username="admin", name="Admin", role="head_office"))
    auth.set_password(setup, admin.id, ADMIN_PASSWORD)  # the command line signs in as them
    ctx.user_id = admin.id
    ctx.db.set_meta(CURRENT_USER_KEY, admin.id)
    workspace.prepare(ctx)
    people = {"sup": org.create_user(setup, org.UserInput(username="sup", name="督导甲", role="supervisor")),
              "ops": org.create_user(setup, org.UserInput(username="ops", name="运营乙", role="ops_manager"))}
    st = org.create_store(setup, org.StoreInput(code="N001", name="新店一号", region_id=sh.id, status="preparing",
                                                opened_on=None))
    manager = org.create_user(setup, org.UserInput(username="mgr", name="店长丙", role="store_manager",
                                                   store_ids=(st.id,)))
    org.update_store(ctx, st.id, org.StoreInput(code=st.code, name=st.name, region_id=st.region_id,
                                                status="preparing", manager_id=manager.id,
                                                supervisor_id=people["sup"].id))  # sup signs for the store
    staff = org.create_user(setup, org.UserInput(username="clerk", name="店员丁", role="staff", store_ids=(st.id,)))
    return {"people": people, "store": {"store": st, "manager": manager, "staff": staff}}


def _with_opening(ctx: AppContext) -> dict:
    """``_prepared``, and the ``opening`` fixture's project on the store."""
    made = _prepared(ctx)
    made["opening"] = _opening(ctx, made["store"], made["people"])
    return made


@pytest.fixture
def db_template(request) -> dict:  # noqa: ANN001
    return {"build": _with_opening if "opening" in request.fixturenames else _prepared}


@pytest.fixture
def octx(ctx: AppContext, built) -> AppContext:  # noqa: ANN001
    """A workspace with the shipped content, acting as a head-office user."""
    return ctx


@pytest.fixture
def people(built):  # noqa: ANN001, ANN201
    return built["people"]


@pytest.fixture
def store(built):  # noqa: ANN001, ANN201
    return built["store"]


def _photo(ctx: AppContext, name: str) -> Path:
    path = ctx.db.path.with_name(f"{name}.jpg")
    Image.new("RGB", (64, 48), "blue").save(path, "JPEG")
    return path


def _answer_all(ctx: AppContext, run_id: str, numbers: dict[str, str] | None = None) -> None:
    numbers = numbers or {}
    for it in runs.get_run(ctx, run_id).version.items():
        if it.answer_type == "pass_fail":
            runs.set_answer(ctx, run_id, it.id, "pass")
        elif it.answer_type == "number":
            value = numbers.get(it.key, str(it.min_value if it.min_value is not None else 0))
            runs.set_answer(ctx, run_id, it.id, value, allow_out_of_range=True)
        elif it.answer_type == "photo":
            runs.add_photo(ctx, run_id, it.id, _photo(ctx, it.key))
    runs.complete(ctx, run_id)


def _done(ctx: AppContext, project_id: str, *keys: str) -> None:
    for key in keys:
        openings.complete_milestone(ctx, openings.get_project(ctx, project_id).milestone(key).id)


def _opening(octx: AppContext, store, people) -> dict:  # noqa: ANN001
    p = openings.create_project(octx, store["store"].id, TODAY + timedelta(days=40), owner_id=people["ops"].id,
                                notes="首店")
    _done(octx, p.id, "site_confirmed", "lease_signed", "fitout_started")
    run = openings.start_gate_acceptance(octx, p.milestone("interior_acceptance").id)
    _answer_all(octx, run.id, numbers={"room_length": "6.2"})
    signatures.sign_run(octx, run.id, "supervisor", "", STROKES, signer_id=people["sup"].id)
    signatures.sign_run(octx, run.id, "store_manager", "", STROKES, signer_id=store["manager"].id)
    signatures.sign_run(octx, run.id, "contractor", "王施工", STROKES)
    openings.sign_off_training(octx, p.milestone("staff_training").id, store["staff"].id, "收银、产品介绍合格")
    moved = openings.move_target(octx, p.id, TODAY + timedelta(days=45), REASON)
    assert moved.milestone("interior_acceptance").done
    return {"project": moved, "run_id": run.id}


@pytest.fixture
def opening(built) -> dict:  # noqa: ANN001
    """A project 40 days out: the first three steps done, the interior fit-out gate passed by a signed
    acceptance (room length 6.2 m), the clerk signed off in training, day zero moved once (``_opening``)."""
    return built["opening"]


def pdftext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def fonts_of(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def render(path: Path, tmp_path: Path) -> list[Path]:
    """Every page as a PNG at 60 dpi (pdftoppm); the pages are looked at while writing the report."""
    stem = tmp_path / path.stem
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(stem)], check=True)
    return sorted(tmp_path.glob(f"{path.stem}*.png"))


# ---------------------------------------------------------------- the countdown report


def test_countdown_report_in_chinese(octx: AppContext, opening, tmp_path: Path) -> None:
    p = opening["project"]
    info = build_countdown(octx, p.id, tmp_path / "zh.pdf")
    assert info.pages >= 1 and info.path.is_file()
    text = squash(pdftext(info.path))
    for word in ("开业筹备进度表", "N001新店一号", "进度时间轴", "筹备节点", "验收关卡与依据", "开业日期调整记录",
                 "选址确认", "室内装修验收", "室外装修验收", "员工培训签认", "开业促销准备就绪", REASON, "运营乙",
                 "筹备中", "已通过1/4", "店员丁", "收银、产品介绍合格", "待签认：店长丙", "门店设备台账为空",
                 "尚未开始验收", "验收合格", "已签字", "+5", "首店"):
        assert word in text, word
    assert (TODAY + timedelta(days=45)).isoformat() in text and (TODAY + timedelta(days=40)).isoformat() in text
    assert f"第1/{info.pages}页" in text and info.report_id in text  # page numbers and the report id
    assert "总部特批开业" not in text  # not opened by override
    assert "Opening countdown" not in text and "Milestones" not in text
    listed = fonts_of(info.path)
    assert listed and all("WenQuanYiMicroHei" in f[0] and f[-5] == "yes" for f in listed)  # the CJK font, embedded
    pages = render(info.path, tmp_path)
    assert len(pages) == info.pages
    for page in pages:
        with Image.open(page) as im:
            assert im.size[0] > 400


def test_countdown_report_in_english(octx: AppContext, opening, tmp_path: Path) -> None:
    p = opening["project"]
    info = build_countdown(octx, p.id, tmp_path / "en.pdf", lang="en")
    layout = pdftext(info.path, "-layout")
    flat = squash(layout)
    for word in ("Opening countdown", "Timeline", "Milestones", "Gates and their evidence", "Date moves",
                 "Site confirmed", "Interior fit-out acceptance", "Staff training sign-off", "In preparation",
                 "1/4 passed", "Operations manager", "Head office", "Still to sign off: 店长丙", "Accepted", "Signed", REASON,
                 "Today", "Day zero"):
        assert squash(word) in flat, word
    for zh in ("开业筹备进度表", "筹备节点", "选址确认", "验收关卡与依据", "运营经理"):
        assert zh not in layout, zh
    assert info.content_hash == build_countdown(octx, p.id, tmp_path / "zh.pdf").content_hash  # language-neutral


def test_same_data_same_hash_and_a_change_changes_it(octx: AppContext, opening, tmp_path: Path) -> None:
    p = opening["project"]
    day = TODAY + timedelta(days=1)
    first = build_countdown(octx, p.id, tmp_path / "a.pdf", today=day)
    again = build_countdown(octx, p.id, tmp_path / "b.pdf", today=day)
    assert first.content_hash == again.content_hash and first.report_id != again.report_id
    assert build_countdown(octx, p.id, tmp_path / "c.pdf", today=day + timedelta(days=1)).content_hash != \
        first.content_hash  # a report as of another day
    _done(octx, p.id, "opening_plan_approved")
    assert build_countdown(octx, p.id, tmp_path / "d.pdf", today=day).content_hash != first.content_hash


def test_late_milestones_and_the_override_are_shown(octx: AppContext, store, people, tmp_path: Path) -> None:
    p = openings.create_project(octx, store["store"].id, TODAY + timedelta(days=20), owner_id=people["ops"].id)
    text = squash(pdftext(build_countdown(octx, p.id, tmp_path / "late.pdf").path))
    assert "逾期70天" in text and "已延误" in text  # site confirmation was due 70 days ago
    why = "总部批准：设备验收次日补签"
    opened = openings.open_store(octx, p.id, why)
    assert opened.override_reason == why
    info = build_countdown(octx, p.id, tmp_path / "override.pdf")
    text = squash(pdftext(info.path))
    assert "总部特批开业：验收关卡未全部通过即开业" in text and why in text and "Admin" in text
    assert "室内装修验收、室外装修验收、设备验收、员工培训签认" in text  # the gates not passed then
    assert "已开业" in text and f"{TODAY.isoformat()}开业" in text
    en = pdftext(build_countdown(octx, p.id, tmp_path / "override-en.pdf", lang="en").path, "-layout")
    assert "Opened by head-office override" in en and why in en
    render(info.path, tmp_path)


def test_countdown_of_an_unknown_project_is_refused(octx: AppContext, tmp_path: Path) -> None:
    from opsdesk.errors import NotFoundError

    with pytest.raises(NotFoundError):
        build_countdown(octx, "no-such-project", tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_file_names(octx: AppContext, opening) -> None:
    p = opening["project"]
    day = date(2027, 5, 1)
    assert countdown_file_name(p, "zh_CN", day) == "开业筹备进度表-N001-2027-05-01.pdf"
    assert countdown_file_name(p, "en", day) == "opening-countdown-N001-2027-05-01.pdf"
    run = runs.get_summary(octx, opening["run_id"])
    assert fitout_file_name(run, "zh_CN") == f"新店装修验收单-N001-{run.business_date.isoformat()}-{run.id[:8]}.pdf"
    assert fitout_file_name(run, "en").startswith("fitout-acceptance-N001-")


# ---------------------------------------------------------------- the fit-out certificate


def test_fitout_certificate(octx: AppContext, opening, tmp_path: Path) -> None:
    run_id = opening["run_id"]
    info = build_fitout(octx, run_id, tmp_path / "fitout.pdf")
    assert info.content_hash == signatures.run_hash(octx, run_id)
    layout = pdftext(info.path, "-layout")
    flat = squash(layout)
    for word in ("新店装修验收单", "开业项目", "N001新店一号", "室内装修验收", "本次验收已通过该关卡", "实测数据",
                 "店面进深（室内长度）", "≥5.7", "6.2m", "总电表容量", "≥15", "验收合格", "可安排设备入场",
                 "三方签字", "王施工（施工方，无账号）", "督导甲（督导）", "店长丙（店长）"):
        assert word in flat, word
    for wrong in ("设备验收单", "设备信息", "未关联设备台账", "设备可投入使用"):
        assert wrong not in flat, wrong
    en = pdftext(build_fitout(octx, run_id, tmp_path / "fitout-en.pdf", lang="en").path, "-layout")
    for word in ("Fit-out acceptance certificate", "Opening project", "Room length (depth)", "Accepted",
                 "equipment may move in", "王施工 (Contractor, no account)"):
        assert word in en, word
    assert "Equipment acceptance certificate" not in en
    render(info.path, tmp_path)


def test_fitout_certificate_refuses_another_run(octx: AppContext, store, tmp_path: Path) -> None:
    other = runs.start_run(octx, store["store"].id, templates.template_by_code(octx, "store_routine").id, "routine")
    with pytest.raises(ValidationError) as refused:
        build_fitout(octx, other.id, tmp_path / "x.pdf")
    assert refused.value.reasons() == {"run_id": "not_a_fitout_run"}
    assert not (tmp_path / "x.pdf").exists()
    # a fit-out run outside an opening project: a certificate that says so
    loose = runs.start_run(octx, store["store"].id, templates.template_by_code(octx, "new_store_fitout").id, "routine")
    _answer_all(octx, loose.id)
    text = squash(pdftext(build_fitout(octx, loose.id, tmp_path / "loose.pdf").path))
    assert "新店装修验收单" in text and "未关联开业项目" in text and "验收节点" not in text


# ---------------------------------------------------------------- the command line


HQ = signed_in("admin", ADMIN_PASSWORD)  # the ``admin`` fixture (head office) imports plans and cancels projects


def _cli(db_path: Path, *args: str, cwd: Path | None = None, real: bool = False) -> subprocess.CompletedProcess:
    """``opsdesk ARGS --db DB``: through ``cli.main`` in this process, or as a real subprocess (``real``: what a
    shell sees, kept for a few commands; tests/core/cli_helpers.py)."""
    return (run_subprocess if real else run_in_process)(*args, "--db", str(db_path), cwd=cwd)


def _one_error(done: subprocess.CompletedProcess, *words: str) -> None:
    assert done.returncode == 2, done.stdout
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, (word, done.stderr)


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Keys outside the home folder, and the cwd the default file names land in."""
    keys = tmp_path / "keys"
    monkeypatch.setenv("OPSDESK_KEYS_DIR", str(keys))
    out = tmp_path / "out"
    out.mkdir()
    return out


def test_cli_opening_report_plain_and_signed(octx: AppContext, opening, db_path: Path, tmp_path: Path,
                                             cli_env: Path) -> None:
    me = org.get_user(octx, octx.user_id)
    signing.create_identity(me.id, me.name, "a long passphrase")
    secret = tmp_path / "pass.txt"
    secret.write_text("a long passphrase\n")
    octx.db.close()
    project_id = opening["project"].id

    plain = _cli(db_path, "opening", "report", "n001", cwd=cli_env, real=True)  # the store code, any case
    assert plain.returncode == 0, plain.stderr
    made = cli_env / f"开业筹备进度表-N001-{date.today().isoformat()}.pdf"
    assert made.is_file() and f"-> {made.name}" in plain.stdout
    assert "开业筹备进度表" in pdftext(made)

    english = _cli(db_path, "opening", "report", project_id, "--lang", "en", cwd=cli_env)
    assert english.returncode == 0, english.stderr
    assert "Opening countdown" in pdftext(cli_env / f"opening-countdown-N001-{date.today().isoformat()}.pdf")

    signed = tmp_path / "signed.pdf"
    done = _cli(db_path, "opening", "report", "N001", "-o", str(signed), "--sign", "--user", me.username,
                "--passphrase-file", str(secret))
    assert done.returncode == 0, done.stderr
    assert f"signed by {me.username}" in done.stdout
    check = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid" in check
    assert REASON in pdftext(signed)

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it")
    refused = tmp_path / "refused.pdf"
    _one_error(_cli(db_path, "opening", "report", "N001", "-o", str(refused), "--sign", "--user", me.username,
                    "--passphrase-file", str(wrong)), "wrong passphrase")
    assert not refused.exists()
    _one_error(_cli(db_path, "opening", "report", "X999", "-o", str(refused)), "X999")
    _one_error(_cli(db_path, "opening", "report", "N001", "--lang", "fr", "-o", str(refused)), "fr")
    assert not refused.exists()


def test_cli_report_acceptance_takes_a_fitout_run(octx: AppContext, opening, db_path: Path,
                                                  cli_env: Path) -> None:
    run = runs.get_summary(octx, opening["run_id"])
    octx.db.close()
    done = _cli(db_path, "report", "acceptance", run.id, cwd=cli_env)
    assert done.returncode == 0, done.stderr
    made = cli_env / f"新店装修验收单-N001-{run.business_date.isoformat()}-{run.id[:8]}.pdf"
    assert made.is_file(), list(cli_env.iterdir())
    assert "新店装修验收单" in squash(pdftext(made)) and "设备验收单" not in squash(pdftext(made))
    en = _cli(db_path, "report", "acceptance", run.id, "--lang", "en", cwd=cli_env)
    assert en.returncode == 0, en.stderr
    name = f"fitout-acceptance-N001-{run.business_date.isoformat()}-{run.id[:8]}.pdf"
    assert "Fit-out acceptance certificate" in pdftext(cli_env / name)


def test_cli_plans_round_trip_and_a_bad_file(octx: AppContext, db_path: Path, tmp_path: Path, count) -> None:
    octx.db.close()
    listed = _cli(db_path, "opening", "plan", "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["code", "store_kind", "site_kind"]
    assert {line.split("\t")[0] for line in lines[1:]} == {"franchise", "standard"}

    out = tmp_path / "standard.json"
    exported = _cli(db_path, "opening", "plan", "export", "standard", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "opsdesk-opening-plan" and len(data["milestones"]) == 11
    to_stdout = _cli(db_path, "opening", "plan", "export", "standard")
    assert json.loads(to_stdout.stdout) == data

    data["code"], data["site_kind"], data["title"] = "mall", "mall", "商场店开业计划"
    mall = tmp_path / "mall.json"
    mall.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    imported = _cli(db_path, *HQ, "opening", "plan", "import", str(mall))
    assert imported.returncode == 0, imported.stderr
    assert "mall" in imported.stdout
    back = _cli(db_path, "opening", "plan", "export", "mall")
    assert json.loads(back.stdout) == data  # what was imported is what is exported

    before = count("opening_plan")
    data["milestones"][1]["offset_days"] = "soon"
    data["milestones"][2]["owner_role"] = "janitor"
    data["code"] = "Bad Code"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused = _cli(db_path, *HQ, "opening", "plan", "import", str(bad), real=True)
    _one_error(refused, "bad.json", "nothing was imported", "milestones[1] (key 'lease_signed').offset_days",
               "owner_role", "code")
    assert count("opening_plan") == before
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    _one_error(_cli(db_path, *HQ, "opening", "plan", "import", str(broken)), "not a JSON file")
    _one_error(_cli(db_path, *HQ, "opening", "plan", "import", str(tmp_path / "missing.json")), "missing.json")
    _one_error(_cli(db_path, "opening", "plan", "export", "nope"), "nope")


def test_cli_cancel(octx: AppContext, store, people, db_path: Path) -> None:
    p = openings.create_project(octx, store["store"].id, TODAY + timedelta(days=60), owner_id=people["ops"].id)
    octx.db.close()
    _one_error(_cli(db_path, *HQ, "opening", "cancel", "N001", "--reason", "   "), "reason")
    _one_error(_cli(db_path, *HQ, "opening", "cancel", "X999", "--reason", "选址失败"), "X999")
    done = _cli(db_path, *HQ, "opening", "cancel", "N001", "--reason", "选址失败")
    assert done.returncode == 0, done.stderr
    assert "N001" in done.stdout
    from opsdesk.db import Database

    db = Database.open(db_path)
    try:
        after = openings.get_project(AppContext(db), p.id)
    finally:
        db.close()
    assert after.status == "cancelled" and after.events[-1].kind == "cancelled" and after.events[-1].note == "选址失败"
    _one_error(_cli(db_path, *HQ, "opening", "cancel", p.id, "--reason", "再次取消"), "not_active")
