"""Equipment acceptance: three-way sign-off and freezing, measurements against their limits, the result
rule and its conditions, the certificate (设备验收单) in both languages and signed through the CLI."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from engine_helpers import RawConnection
from PIL import Image

from opsdesk import cli, signing
from opsdesk.errors import ValidationError
from opsdesk.reports.acceptance import build_acceptance
from opsdesk.services import acceptance, actions, org, runs, signatures, templates, workspace
from opsdesk.services.context import AppContext
from opsdesk.services.runs import RunClosedError

STROKES = [[(10, 10, 0.0), (60, 50, 0.1), (120, 20, 0.2)]]
# In range by default: supply voltage 198-242 V, earthing resistance <= 4 Ω, running current <= 16 A.
GOOD = {"supply_voltage": "231", "earthing_resistance": "0.8", "running_current": "9.5"}
EQUIPMENT = {"category": "空调", "brand": "格力", "model": "KFR-72LW", "serial_number": "GL2024-0042",
             "asset_code": "EQ-000042", "supplier": "恒温机电有限公司", "location": "卖场东侧吊顶",
             "parameters": {"额定功率": "3.5 kW", "额定电流": "15 A"}}


# Freezing by the database triggers (SQLite triggers / PostgreSQL trigger functions), the certificate read back
# from the database and the command line on a server URL: all on PostgreSQL too (tests/core/conftest.py).
BACKENDS = ("sqlite", "pg")
# The [pg] twins (tests/core/conftest.py PG_TWINS): freezing (the server's triggers), measurements stored and read
# back, the result read from the database, the command line's report. The certificate's two languages and the
# result rule are the same code on both: SQLite alone.
PG_TWINS = (
    "test_an_acceptance_freezes_only_with_the_supplier_too",
    "test_an_inspection_still_freezes_with_two",
    "test_measurements_pass_or_fail_against_their_limits",
    "test_certificate_of_an_unsigned_rejected_run_without_equipment",
    "test_report_acceptance_command",
)


@pytest.fixture
def db_template():  # noqa: ANN201
    return {"stores": 2, "seed": 4}


@pytest.fixture
def actx(ctx: AppContext) -> AppContext:
    """The demo workspace, acting as its current user (a supervisor), who supervises every store of it."""
    ctx.user_id = ctx.db.get_meta(workspace.CURRENT_USER_KEY)
    return supervise_all(ctx)


def supervise_all(ctx: AppContext) -> AppContext:
    """The current supervisor looks after every store (the test's world, set up as system work)."""
    from opsdesk.permissions import as_system

    me = org.get_user(ctx, ctx.user_id)
    org.update_user(as_system(ctx), me.id, org.UserInput(me.username, me.name, me.role, me.phone, me.email,
                                                         tuple(s.id for s in org.query_stores(ctx))))
    return ctx


def _photo(ctx: AppContext, name: str, colour: str = "red") -> Path:
    path = (ctx.db.path.parent if ctx.db.path else ctx.db.attachments_dir.parent) / f"{name}.jpg"
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path


def acceptance_run(ctx: AppContext, *, numbers: dict[str, str] | None = None, failing: dict[str, str] | None = None,
                   na: tuple[str, ...] = (), complete: bool = True, store: int = 0) -> str:
    """An acceptance of the built-in 设备验收 template: every item answered (numbers from ``numbers`` over
    GOOD, out-of-range ones confirmed), the keys of ``failing`` failed with that note and a photo."""
    numbers = {**GOOD, **(numbers or {})}
    failing = failing or {}
    tpl = templates.template_by_code(ctx, "equipment_acceptance")
    run = runs.start_run(ctx, org.query_stores(ctx)[store].id, tpl.id, "routine")
    for item in runs.get_run(ctx, run.id).version.items():
        if item.key in na:
            runs.set_answer(ctx, run.id, item.id, None, na=True)
        elif item.answer_type == "number":
            runs.set_answer(ctx, run.id, item.id, numbers[item.key], allow_out_of_range=True)
        elif item.answer_type == "text":
            runs.set_answer(ctx, run.id, item.id, "GL2024-0042" if item.key == "serial_number" else "KFR-72LW 3.5kW")
        elif item.answer_type == "date":
            runs.set_answer(ctx, run.id, item.id, "2026-03-02")
        elif item.key in failing:
            runs.set_answer(ctx, run.id, item.id, "fail")
            runs.set_note(ctx, run.id, item.id, failing[item.key])
            runs.add_photo(ctx, run.id, item.id, _photo(ctx, item.key))
        else:
            runs.set_answer(ctx, run.id, item.id, "pass")
    if complete:
        runs.complete(ctx, run.id)
    return run.id


def _manager(ctx: AppContext, run_id: str | None = None) -> str:
    """The manager of the run's store (signing as the store manager is theirs), else the first one."""
    store_id = runs.get_summary(ctx, run_id).store_id if run_id else None
    return org.query_users(ctx, org.UserQuery(role="store_manager", store_id=store_id))[0].id


def sign_three(ctx: AppContext, run_id: str, supplier: str = "李供应") -> None:
    signatures.sign_run(ctx, run_id, "supervisor", "", STROKES)
    signatures.sign_run(ctx, run_id, "store_manager", "", STROKES, signer_id=_manager(ctx, run_id))
    signatures.sign_run(ctx, run_id, "supplier", supplier, STROKES)


# ---------------------------------------------------------------- three-way sign-off


def test_required_roles_follow_the_template_kind() -> None:
    assert signatures.required_roles("inspection") == signatures.REQUIRED_ROLES == ("supervisor", "store_manager")
    assert signatures.required_roles("new_store") == ("supervisor", "store_manager", "contractor")
    assert set(signatures.required_roles("equipment_acceptance")) == {"supervisor", "store_manager", "supplier"}
    assert "supplier" in signatures.EXTERNAL_ROLES  # typed name, no account


def test_an_acceptance_freezes_only_with_the_supplier_too(actx: AppContext, db_path: Path) -> None:
    ctx = actx
    run_id = acceptance_run(ctx)
    assert signatures.missing_roles(ctx, run_id) == ["supervisor", "store_manager", "supplier"]
    # the supervisor may sign their own role and the supplier's (typed), the required ones first
    assert signatures.signable_roles(ctx, run_id)[:2] == ["supervisor", "supplier"]
    signatures.sign_run(ctx, run_id, "supervisor", "", STROKES)
    signatures.sign_run(ctx, run_id, "store_manager", "", STROKES, signer_id=_manager(ctx, run_id))
    assert runs.get_summary(ctx, run_id).status == "completed"  # 督导 + 店长 is not enough here
    assert signatures.missing_roles(ctx, run_id) == ["supplier"]
    item = runs.get_run(ctx, run_id).version.items()[3]
    conn = RawConnection(db_path)  # sqlite3 for a file, psycopg for a server
    try:  # not frozen yet: the database still takes a direct write to the run
        conn.execute("UPDATE checklist_run SET note = 'x' WHERE id = ?", (run_id,))
        conn.rollback()
    finally:
        conn.close()
    with pytest.raises(ValidationError) as err:
        signatures.sign_run(ctx, run_id, "supplier", "  ", STROKES)
    assert err.value.reasons() == {"signer_name": "required"}
    sig = signatures.sign_run(ctx, run_id, "supplier", " 李供应 ", STROKES)
    assert (sig.signer_name, sig.signer_id, sig.external) == ("李供应", None, True)
    assert runs.get_summary(ctx, run_id).status == "signed"
    assert signatures.missing_roles(ctx, run_id) == []
    assert {s.role for s in signatures.signatures_of(ctx, "checklist_run", run_id)} == {
        "supervisor", "store_manager", "supplier"}
    # frozen like an inspection: by the service and by the database triggers
    with pytest.raises(RunClosedError):
        runs.set_answer(ctx, run_id, item.id, "fail")
    conn = RawConnection(db_path)
    try:
        with pytest.raises(conn.error, match="frozen"):
            conn.execute("UPDATE answer SET note = 'x' WHERE run_id = ?", (run_id,))
        conn.rollback()
        for sql in ("UPDATE checklist_run SET note = 'x' WHERE id = ?",
                    "DELETE FROM signature WHERE owner_id = ? AND role = 'supplier'"):
            with pytest.raises(conn.error, match="frozen"):
                conn.execute(sql, (run_id,))
            conn.rollback()
    finally:
        conn.close()


def test_an_inspection_still_freezes_with_two(actx: AppContext) -> None:
    ctx = actx
    tpl = templates.template_by_code(ctx, "store_routine")
    run = runs.start_run(ctx, org.query_stores(ctx)[1].id, tpl.id, "routine")
    values = {"pass_fail": "pass", "yes_no": "yes", "rating": 5, "choice": 0, "number": "0.1", "text": "无"}
    for item in runs.get_run(ctx, run.id).version.items():
        if item.answer_type != "photo":
            runs.set_answer(ctx, run.id, item.id, values.get(item.answer_type))
    runs.complete(ctx, run.id)
    assert signatures.missing_roles(ctx, run.id) == ["supervisor", "store_manager"]
    signatures.sign_run(ctx, run.id, "supervisor", "", STROKES)
    signatures.sign_run(ctx, run.id, "store_manager", "", STROKES, signer_id=_manager(ctx, run.id))
    assert runs.get_summary(ctx, run.id).status == "signed"


# ---------------------------------------------------------------- measurements


def test_the_builtin_template_has_measurements_with_units_and_limits(actx: AppContext) -> None:
    version = templates.published_version(actx, templates.template_by_code(actx, "equipment_acceptance").id)
    measured = {i.key: (i.unit, i.min_value, i.max_value) for i in version.items() if acceptance.is_measurement(i)}
    assert measured["supply_voltage"][0] == "V" and measured["supply_voltage"][1:] == (198, 242)
    assert measured["earthing_resistance"] == ("Ω", None, 4)
    assert measured["running_current"] == ("A", None, 16)
    assert all(i.text_en for i in version.items() if i.key in measured)


def test_measurements_pass_or_fail_against_their_limits(actx: AppContext) -> None:
    ctx = actx
    run_id = acceptance_run(ctx, numbers={"supply_voltage": "253", "earthing_resistance": "4"},
                            na=("running_current",), complete=False)
    got = {m.key: m for m in acceptance.measurements(ctx, run_id)}
    assert list(got) == ["supply_voltage", "earthing_resistance", "running_current"]  # template order
    volt, earth, current = got["supply_voltage"], got["earthing_resistance"], got["running_current"]
    assert (volt.value_text, volt.unit, volt.limits, volt.passed) == ("253 V", "V", "198 – 242", False)
    assert (earth.value_text, earth.limits, earth.passed) == ("4 Ω", "≤4", True)  # the limit itself passes
    assert (current.na, current.passed, current.value) == (True, None, None)
    assert volt.text_in("zh_CN") == "供电电压实测值" and volt.text_in("en") == "Measured supply voltage"
    # the answer is failed and scored as such; a value out of range is refused unless confirmed
    detail = runs.get_run(ctx, run_id)
    assert detail.answers[volt.item_id].failed and not detail.answers[earth.item_id].failed
    with pytest.raises(ValidationError) as err:
        runs.set_answer(ctx, run_id, earth.item_id, "4.1")
    assert err.value.reasons() == {earth.item_id: "out_of_range"}
    assert acceptance.measurements(ctx, run_id)[1].value_text == "4 Ω"  # nothing changed
    runs.set_answer(ctx, run_id, volt.item_id, "220")
    assert acceptance.measurements(ctx, run_id)[0].passed is True


# ---------------------------------------------------------------- the result rule


def test_the_result_rule(actx: AppContext) -> None:
    ctx = actx
    draft = acceptance_run(ctx, complete=False)
    assert acceptance.acceptance_result(ctx, draft) is None
    assert acceptance.acceptance_result(ctx, acceptance_run(ctx)) == "accepted"
    assert acceptance.acceptance_result(ctx, acceptance_run(ctx, na=("calibration_done",))) == "accepted"
    rejected = acceptance_run(ctx, failing={"power_earthing_safe": "插线板串接"})  # the veto item
    assert acceptance.acceptance_result(ctx, rejected) == "rejected"
    assert acceptance.propose_conditions(ctx, rejected) == []  # accepted again by a new run, no conditions

    conditional = acceptance_run(ctx, numbers={"earthing_resistance": "5.2"},
                                 failing={"manuals_warranty_handed_over": "保修卡未移交"})
    assert acceptance.acceptance_result(ctx, conditional) == "conditional"
    assert acceptance.conditions(ctx, conditional) == []
    proposals = acceptance.propose_conditions(ctx, conditional)
    assert sorted(p.input.item_keys for p in proposals) == [("earthing_resistance",), ("manuals_warranty_handed_over",)]
    made = actions.create_from_proposals(ctx, proposals)
    assert all(a.assignee_id and a.due_on for a in made)  # each condition has an owner and a due date
    open_ = acceptance.conditions(ctx, conditional)
    assert {a.id for a in open_} == {a.id for a in made}
    assert acceptance.propose_conditions(ctx, conditional) == []  # raised once
    # a cancelled condition is no longer open (the current user is a supervisor, who may cancel)
    actions.transition(ctx, made[0].id, "cancelled", "供应商已补交")
    assert [a.id for a in acceptance.conditions(ctx, conditional)] == [made[1].id]


# ---------------------------------------------------------------- the certificate


def pdftotext(path: Path, *flags: str) -> str:
    return subprocess.run(["pdftotext", *flags, str(path), "-"], capture_output=True, text=True, check=True).stdout


def row_of(text: str, start: str) -> str:
    """The -layout line that holds ``start``."""
    return next(line for line in text.splitlines() if start in line)


@pytest.fixture
def signed_conditional(actx: AppContext) -> str:
    ctx = actx
    run_id = acceptance_run(ctx, numbers={"supply_voltage": "253"},
                            failing={"mounts_secure": "吊架螺丝松动，需加固"})
    actions.create_from_proposals(ctx, acceptance.propose_conditions(ctx, run_id))
    sign_three(ctx, run_id)
    return run_id


def test_certificate_in_chinese(actx: AppContext, signed_conditional: str, tmp_path: Path) -> None:
    ctx = actx
    info = build_acceptance(ctx, signed_conditional, tmp_path / "zh.pdf", equipment=EQUIPMENT)
    assert info.content_hash == signatures.run_hash(ctx, signed_conditional)
    layout = pdftotext(info.path, "-layout")
    flat = re.sub(r"\s+", "", layout)
    for word in ("设备验收单", "设备信息", "实测数据", "允许范围", "判定", "其他不合格项", "验收结论", "有条件验收",
                 "整改条件", "三方签字", "格力KFR-72LW", "GL2024-0042", "EQ-000042", "恒温机电有限公司",
                 "额定功率：3.5kW", "吊架螺丝松动，需加固", "螺丝紧固、支架牢固"):
        assert word in flat, word
    volt = row_of(layout, "供电电压实测值")
    assert "198 – 242" in volt and "253 V" in volt and "不合格" in volt
    earth = row_of(layout, "接地电阻实测值")
    assert "≤4" in earth and "0.8 Ω" in earth and "合格" in earth and "不合格" not in earth
    assert "≤16" in row_of(layout, "运行电流实测值") and " A " in row_of(layout, "运行电流实测值") + " "
    # the conditions are the open actions of this run
    assert "供应商重新紧固或加固安装支架" in flat and "联系物业或电工排查供电电压异常" in flat
    # three signers with their roles; the supplier typed the name
    me = org.get_user(ctx, ctx.user_id)
    manager = org.get_user(ctx, _manager(ctx))
    assert f"{me.name}（督导）" in flat and f"{manager.name}（店长）" in flat and "李供应（供应商，无账号）" in flat
    assert "待签字" not in flat
    assert signatures.run_hash(ctx, signed_conditional)[:32] in flat
    fonts = subprocess.run(["pdffonts", str(info.path)], capture_output=True, text=True, check=True).stdout
    listed = [line.split() for line in fonts.splitlines()[2:]]
    assert listed and all("WenQuanYiMicroHei" in f[0] and f[-5] == "yes" for f in listed)  # only the CJK font, embedded


def test_certificate_in_english(actx: AppContext, signed_conditional: str, tmp_path: Path) -> None:
    ctx = actx
    info = build_acceptance(ctx, signed_conditional, tmp_path / "en.pdf", equipment=EQUIPMENT, lang="en")
    layout = pdftotext(info.path, "-layout")
    for word in ("Equipment acceptance certificate", "Measurements", "Limits", "Verdict", "Other failed items",
                 "Conditionally accepted", "Signatures of the three parties", "Asset code", "EQ-000042",
                 "Screws and mounts secure"):
        assert word in layout, word
    volt = row_of(layout, "Measured supply voltage")
    assert "198 – 242" in volt and "253 V" in volt and "Fail" in volt
    earth = row_of(layout, "Measured earthing resistance")
    assert "≤4" in earth and "0.8 Ω" in earth and "Pass" in earth
    assert "李供应 (Supplier, no account)" in layout and "(Store manager)" in layout and "(Supervisor)" in layout
    for zh in ("设备验收单", "实测数据", "验收结论", "不合格", "供应商（", "三方签字"):
        assert zh not in layout, zh
    # the same signed content in both languages
    assert info.content_hash == build_acceptance(ctx, signed_conditional, tmp_path / "zh.pdf").content_hash


def test_certificate_of_an_unsigned_rejected_run_without_equipment(actx: AppContext, tmp_path: Path) -> None:
    ctx = actx
    run_id = acceptance_run(ctx, failing={"power_earthing_safe": "设备外壳未接地"})
    signatures.sign_run(ctx, run_id, "supervisor", "", STROKES)
    text = re.sub(r"\s+", "", pdftotext(build_acceptance(ctx, run_id, tmp_path / "r.pdf").path))
    assert "验收不合格" in text and "设备不得投入使用" in text and "设备外壳未接地" in text
    assert "GL2024-0042" in text  # the run's own recorded serial number stands in for the register
    assert "待签字：店长、供应商" in text
    assert "无未完成的整改条件" in text


# ---------------------------------------------------------------- the command line


def test_report_acceptance_command(actx: AppContext, db_path: Path, signed_conditional: str, tmp_path: Path,
                                   monkeypatch, capsys) -> None:  # noqa: ANN001
    ctx = actx
    monkeypatch.setenv("OPSDESK_KEYS_DIR", str(tmp_path / "keys"))
    me = org.get_user(ctx, ctx.user_id)
    signing.create_identity(me.id, me.name, "a long passphrase")
    secret = tmp_path / "pass.txt"
    secret.write_text("a long passphrase\n")
    inspection = runs.start_run(ctx, org.query_stores(ctx)[1].id, templates.template_by_code(ctx, "store_routine").id,
                                "routine")
    summary = runs.get_summary(ctx, signed_conditional)
    ctx.db.close()

    signed_pdf = tmp_path / "signed.pdf"
    assert cli.main(["report", "acceptance", signed_conditional, "--db", str(db_path), "-o", str(signed_pdf),
                     "--sign", "--user", me.username, "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert f"-> {signed_pdf}, signed by {me.username}" in out
    check = subprocess.run(["pdfsig", str(signed_pdf)], capture_output=True, text=True, check=False).stdout
    assert "Signature is Valid" in check
    assert "设备验收单" in pdftotext(signed_pdf)

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it")
    refused = tmp_path / "refused.pdf"
    assert cli.main(["report", "acceptance", signed_conditional, "--db", str(db_path), "-o", str(refused), "--sign",
                     "--user", me.username, "--passphrase-file", str(wrong)]) == 2
    assert not refused.exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: wrong passphrase")

    # an inspection is not an acceptance: one line, nothing written
    other = tmp_path / "inspection.pdf"
    assert cli.main(["report", "acceptance", inspection.id, "--db", str(db_path), "-o", str(other)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "inspection" in err[0] and not other.exists()
    assert cli.main(["report", "acceptance", "no-such-run", "--db", str(db_path), "-o", str(other)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1

    # the default name follows the language
    monkeypatch.chdir(tmp_path)
    assert cli.main(["report", "acceptance", signed_conditional, "--db", str(db_path), "--lang", "en"]) == 0
    name = f"acceptance-{summary.store_code}-{summary.business_date.isoformat()}-{summary.id[:8]}.pdf"
    assert "Equipment acceptance certificate" in pdftotext(tmp_path / name)
    assert cli.main(["report", "acceptance", signed_conditional, "--db", str(db_path), "--lang", "fr"]) == 2
    capsys.readouterr()
