"""PDFs in the user's language: every report in Chinese and English (pdftotext), the grade as a word,
the UI's words for codes, the signing statement, default file names, `report --lang`, and Chinese
line breaking (no closing punctuation at a line start)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import run_in_process
from test_reports import demo_ctx, sign_both, squash, wave  # noqa: F401 - the demo workspace fixture

from opsdesk import reports, vocabulary
from opsdesk.reports import layout
from opsdesk.services import actions, org, runs, signatures, visits
from opsdesk.services.context import AppContext

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u4e00-\u9fff]")


def pdftext(path: Path, *layout_args: str) -> str:
    return subprocess.run(["pdftotext", *layout_args, "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def answer_all(ctx: AppContext, run_id: str, failing: set[str], tmp_path: Path) -> None:
    """Pass every pass/fail item except ``failing`` (failed, with the photo an item may require); N/A the rest."""
    from PIL import Image

    for item in runs.get_run(ctx, run_id).version.items():
        if item.answer_type != "pass_fail":
            runs.set_answer(ctx, run_id, item.id, na=True)
        elif item.id in failing:
            runs.set_answer(ctx, run_id, item.id, "fail")
            if item.photo_on_fail:
                photo = tmp_path / f"{item.key}.jpg"
                Image.new("RGB", (64, 48), "red").save(photo, "JPEG")
                runs.add_photo(ctx, run_id, item.id, photo)
        else:
            runs.set_answer(ctx, run_id, item.id, "pass")


def failed_inspection(ctx: AppContext) -> runs.RunDetailDTO:
    """A completed inspection with failed items; ``ctx`` then acts as the supervisor of its store."""
    found = runs.query_runs(ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)))
    detail = next(d for r in found if (d := runs.get_run(ctx, r.id)).score.failed_items
                  and any(d.version.item(i).text_en for i in d.score.failed_items))
    act_at(ctx, detail.run.store_id)
    return detail


def act_at(ctx: AppContext, store_id: str) -> None:
    """Act as the supervisor of the store (who may inspect there and collect a signature)."""
    from sign_helpers import signer_for

    ctx.user_id = signer_for(ctx, "supervisor", store_id)


def zh_field_labels() -> list[str]:
    """The Chinese field labels that must not appear in an English report (three characters or more:
    shorter ones such as 门店 are also parts of store names and template titles, content that stays)."""
    return sorted({v for k, v in layout.DEFAULT_LABELS.items() if HAN.search(v) and len(v) > 2
                   and k.split(".")[0] in ("inspection", "visit", "week", "actions", "daily", "company", "store",
                                           "region", "qr")})


# ---------------------------------------------------------------- the reports in both languages


def test_inspection_report_in_both_languages(demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    ctx = demo_ctx
    detail = failed_inspection(ctx)
    sign_both(ctx, detail.run.id)
    failed = [detail.version.item(i) for i in detail.score.failed_items]
    item = next(i for i in failed if i.text_en)

    zh = reports.build_inspection(ctx, detail.run.id, tmp_path / "zh.pdf", lang="zh_CN")
    en = reports.build_inspection(ctx, detail.run.id, tmp_path / "en.pdf", lang="en")
    zh_text, en_text = squash(pdftext(zh.path)), pdftext(en.path)
    en_flat = squash(en_text)

    # Chinese: Chinese labels, item and template texts; no English labels
    for word in ("巡检报告", "检查人", "分区得分", "不合格项", "签字", "一票否决项不合格"):
        assert word in zh_text, word
    assert squash(item.text) in zh_text and squash(detail.version.title) in zh_text
    for word in ("Inspection report", "Failed items", "Section scores", "Inspector"):
        assert squash(word) not in zh_text, word
    assert "本人确认以上检查结果属实" in zh_text

    # English: English labels, the template's English texts, and not one Chinese field label
    for word in ("Inspection report", "Inspector", "Section scores", "Failed items", "Signatures",
                 "Veto item failed", "Scan to check the report ID", "Page 1 /"):
        assert word in en_text, word
    assert squash(item.text_en) in en_flat and squash(detail.version.title_en) in en_flat
    assert squash(item.text) not in en_flat  # the English text replaced the Chinese one
    for section in detail.version.sections:
        assert squash(section.title_en or section.title) in en_flat
    for label in zh_field_labels():
        assert label not in en_flat, label
    assert "本人确认以上检查结果属实" not in en_flat
    assert squash(vocabulary.STATEMENTS["en"]) in en_flat
    assert squash(vocabulary.code_word("run_type", detail.run.run_type, "en")) in en_flat
    assert squash(vocabulary.code_word("role", "store_manager", "en")) in en_flat

    # the signed content hashes the same whatever the language
    assert zh.content_hash == en.content_hash == signatures.run_hash(ctx, detail.run.id)


def test_grade_prints_as_a_word(demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    ctx = demo_ctx
    found = runs.query_runs(ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)))
    vetoed = next((r for r in found if r.grade == "fail"), None)
    if vetoed is None:  # make one: fail a critical item of a new inspection
        base = runs.get_run(ctx, found[0].id)
        act_at(ctx, base.run.store_id)
        draft = runs.start_run(ctx, base.run.store_id, base.run.template_id, "routine")
        version = runs.get_run(ctx, draft.id).version
        critical = next(i for i in version.items() if i.critical and i.answer_type == "pass_fail")
        answer_all(ctx, draft.id, {critical.id}, tmp_path)
        runs.complete(ctx, draft.id)
        vetoed = runs.get_summary(ctx, draft.id)
    assert vetoed.grade == "fail"
    zh = squash(pdftext(reports.build_inspection(ctx, vetoed.id, tmp_path / "zh.pdf").path))
    en = pdftext(reports.build_inspection(ctx, vetoed.id, tmp_path / "en.pdf", lang="en").path)
    # the summary's value row: score, percent, grade, veto failed
    assert re.search(r"%不合格是", zh), zh[:600]
    assert re.search(r"%\s+Fail\s+Yes", en), en[:1500]
    assert not re.search(r"\bfail\b", en)  # never the raw code


def test_other_reports_in_both_languages(demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    ctx = demo_ctx
    daily_run = runs.query_runs(ctx, runs.RunQuery(template_kinds=("opening",), status="completed"))[0]
    version = runs.get_run(ctx, daily_run.id).version
    item = next(i for i in version.items() if i.text_en)
    visit = next(v for v in visits.query_visits(ctx) if v.status == "done" and v.observations)
    acts = actions.query_actions(ctx, actions.ActionQuery())
    builds = {
        "daily": lambda out, lang: reports.build_daily(ctx, daily_run.store_id, daily_run.business_date, out,
                                                       lang=lang),
        "register": lambda out, lang: reports.build_action_register(ctx, actions.ActionQuery(), out, lang=lang),
        "visit": lambda out, lang: reports.build_visit_log(ctx, visit.id, out, lang=lang),
        "week": lambda out, lang: reports.build_week_plan(ctx, visit.supervisor_id, visit.day, out, lang=lang),
    }
    expect = {
        "daily": (["每日开闭店检查报告", "开店检查", "检查项", squash(item.text)],
                  ["Daily opening and closing checklists", "Opening checklist", "Item", item.text_en]),
        "register": (["整改台账", "整改期限", "来源巡检", vocabulary.code_word("priority", acts[0].priority, "zh_CN")],
                     ["Corrective-action register", "Due date", "Source inspection",
                      vocabulary.code_word("priority", acts[0].priority, "en")]),
        "visit": (["巡店记录", "现场观察", "巡店目的", vocabulary.code_word("purpose", visit.purpose, "zh_CN")],
                  ["Visit log", "Observations", "Purpose", vocabulary.code_word("purpose", visit.purpose, "en")]),
        "week": (["督导周巡店计划", "周一", "巡店安排"], ["Supervisor's weekly visit plan", "Mon", "Visits"]),
    }
    # Chinese content that stays Chinese in English (typed texts, names, templates without English titles)
    content = {
        "daily": squash("".join(a.note for a in runs.get_run(ctx, daily_run.id).answers.values())),
        "register": squash("".join(f"{a.title}{a.store_name}{a.source_title}{a.assignee_name}" for a in acts)),
        "visit": squash("".join(str(getattr(visit, f) or "") for f in (
            "observations", "people_met", "training_topic", "training_attendees", "next_steps", "store_name"))),
        "week": "",
    }
    for kind, build in builds.items():
        zh = build(tmp_path / f"{kind}-zh.pdf", "zh_CN")
        en = build(tmp_path / f"{kind}-en.pdf", "en")
        zh_text, en_text = squash(pdftext(zh.path)), squash(pdftext(en.path))
        zh_words, en_words = expect[kind]
        for word in zh_words:
            assert squash(word) in zh_text, (kind, word)
            assert squash(word) not in en_text or not HAN.search(word), (kind, word)
        for word in en_words:
            assert squash(word) in en_text, (kind, word)
            assert squash(word) not in zh_text, (kind, word)
        leaked = [label for label in zh_field_labels() if label in en_text and label not in content[kind]]
        assert not leaked, (kind, leaked)
        assert zh.content_hash == en.content_hash, kind  # made of codes and values, not of words
    assert squash(item.text) not in squash(pdftext(tmp_path / "daily-en.pdf"))


def test_unknown_language_is_refused(demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    from opsdesk.errors import ValidationError

    run = runs.query_runs(demo_ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)))[0]
    with pytest.raises(ValidationError) as got:
        reports.build_inspection(demo_ctx, run.id, tmp_path / "x.pdf", lang="fr")
    assert got.value.reasons() == {"lang": "invalid_choice"}
    assert not (tmp_path / "x.pdf").exists()


# ---------------------------------------------------------------- the same words as the UI


def ui_code_sources() -> dict[str, dict[str, tuple[str, str]]]:
    """ui/labels.py read without Qt: function name -> code -> (translation context, English source text)."""
    tree = ast.parse((ROOT / "ui" / "labels.py").read_text(encoding="utf-8"))
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        for node in ast.walk(fn):
            if isinstance(node, ast.Dict):
                pairs = {}
                for key, value in zip(node.keys, node.values):
                    if (isinstance(key, ast.Constant) and isinstance(value, ast.Call) and len(value.args) == 2
                            and all(isinstance(a, ast.Constant) for a in value.args)):
                        pairs[key.value] = (value.args[0].value, value.args[1].value)
                if pairs:
                    out[fn.name] = pairs
    return out


def ui_translations() -> dict[tuple[str, str], str]:
    """(context, source) -> Simplified Chinese, from resources/i18n/opsdesk_zh_CN.ts."""
    root = ET.parse(ROOT / "resources" / "i18n" / "opsdesk_zh_CN.ts").getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = message.find("translation")
            if text is not None and text.text:
                out[(name, message.findtext("source"))] = text.text
    return out


# PDF code prefix -> the ui/labels.py function that names the same codes in the UI
UI_FUNCTIONS = {"run_type": "run_types", "run_status": "run_statuses", "action_status": "action_statuses",
                "priority": "priorities", "purpose": "visit_purposes", "visit_status": "visit_statuses",
                "role": "signature_roles", "milestone_role": "milestone_roles", "project_status": "project_statuses",
                "health": "health_statuses", "opening_event": "opening_events", "promotion_status": "promotion_statuses",
                "promotion_decision": "decision_kinds", "promotion_level": "decision_levels",
                "material_kind": "material_kinds", "budget_category": "budget_categories",
                "promotion_measure": "measures", "kpi": "kpi_titles"}
# Report labels that are UI words too: PDF key -> (context, source)
UI_FIELDS = {
    "inspection.grade": ("InspectionsPage", "Grade"), "inspection.score": ("InspectionsPage", "Score"),
    "inspection.inspector": ("InspectionsPage", "Inspector"), "inspection.template": ("InspectionsPage", "Template"),
    "inspection.run_type": ("InspectionsPage", "Type"), "inspection.note": ("RunViewDialog", "Note"),
    "actions.col.title": ("ActionLabels", "Action"), "actions.col.assignee": ("ActionLabels", "Assignee"),
    "actions.col.due": ("ActionLabels", "Due date"), "actions.col.priority": ("ActionLabels", "Priority"),
    "actions.col.source": ("ActionLabels", "Source inspection"), "store": ("ActionLabels", "Store"),
    "daily.not_started": ("DailyPage", "Not started"), "grade.fail": ("Labels", "Fail"),
    "answer.pass": ("AnswerEditor", "Pass"), "answer.na": ("AnswerEditor", "N/A"),
}


def test_pdf_words_are_the_ui_words() -> None:
    sources, zh = ui_code_sources(), ui_translations()
    wrong = []
    for prefix, function in UI_FUNCTIONS.items():
        ui_codes = sources[function]
        assert set(vocabulary.CODE_WORDS[prefix]) >= set(ui_codes), (prefix, set(ui_codes) - set(vocabulary.CODE_WORDS[prefix]))
        for code, (context, source) in ui_codes.items():
            pdf_zh, pdf_en = layout.DEFAULT_LABELS[f"{prefix}.{code}"], layout.EN_LABELS[f"{prefix}.{code}"]
            if pdf_en != source:
                wrong.append(f"{prefix}.{code}: PDF {pdf_en!r}, UI {source!r}")
            if pdf_zh != zh.get((context, source)):
                wrong.append(f"{prefix}.{code}: PDF {pdf_zh!r}, UI {zh.get((context, source))!r}")
    for key, (context, source) in UI_FIELDS.items():
        if layout.EN_LABELS[key] != source:
            wrong.append(f"{key}: PDF {layout.EN_LABELS[key]!r}, UI {source!r}")
        if layout.DEFAULT_LABELS[key] != zh.get((context, source)):
            wrong.append(f"{key}: PDF {layout.DEFAULT_LABELS[key]!r}, UI {zh.get((context, source))!r}")
    # a failed critical item: the UI calls the item 一票否决 (veto item), and so does the PDF
    veto = zh[("TemplateLabels", "Critical")]
    if veto not in layout.DEFAULT_LABELS["inspection.critical"]:
        wrong.append(f"inspection.critical: PDF {layout.DEFAULT_LABELS['inspection.critical']!r} lacks {veto!r}")
    assert not wrong, "\n".join(wrong)


def test_english_labels_cover_every_chinese_label() -> None:
    assert set(layout.EN_LABELS) == set(layout.DEFAULT_LABELS)
    mixed = [k for k, v in layout.EN_LABELS.items() if HAN.search(v)]
    assert not mixed, mixed


# ---------------------------------------------------------------- the signing statement


def test_statement_in_the_report_language() -> None:
    assert signatures.DEFAULT_STATEMENT == "本人确认以上检查结果属实"  # what earlier versions stored
    for stored in vocabulary.STATEMENTS.values():
        assert vocabulary.statement_text(stored, "en") == vocabulary.STATEMENTS["en"]
        assert vocabulary.statement_text(stored, "zh_CN") == vocabulary.STATEMENTS["zh_CN"]
    own = "本人已核对以上内容，并同意整改期限"  # a statement of its own: printed as it was confirmed
    assert vocabulary.statement_text(own, "en") == own
    assert vocabulary.statement("en") == vocabulary.STATEMENTS["en"]


def test_signed_statement_stays_as_stored(demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    """The stored statement is never rewritten: an English signer's statement is kept; both reports
    print the statement in their own language; the signed content hash does not change."""
    ctx = demo_ctx
    run = runs.query_runs(ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)))[0]
    before = signatures.run_hash(ctx, run.id)
    from sign_helpers import signer_for

    boss = org.get_user(ctx, signer_for(ctx, "supervisor", run.store_id))  # the supervisor of the run's store
    sig = signatures.sign_run(ctx, run.id, "supervisor", boss.name, [wave(80, 180)], signer_id=boss.id,
                              statement=vocabulary.statement("en"))
    assert sig.statement == vocabulary.STATEMENTS["en"] and sig.content_hash == before
    zh = squash(pdftext(reports.build_inspection(ctx, run.id, tmp_path / "zh.pdf").path))
    en = squash(pdftext(reports.build_inspection(ctx, run.id, tmp_path / "en.pdf", lang="en").path))
    assert "本人确认以上检查结果属实" in zh and squash(vocabulary.STATEMENTS["en"]) not in zh
    assert squash(vocabulary.STATEMENTS["en"]) in en
    assert signatures.signatures_of(ctx, "checklist_run", run.id)[0].statement == vocabulary.STATEMENTS["en"]


def test_a_signer_without_an_account_is_marked_in_both_languages(demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    ctx = demo_ctx
    run = next(r for r in runs.query_runs(ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)))
               if not signatures.signatures_of(ctx, "checklist_run", r.id))
    act_at(ctx, run.store_id)  # who collects the supplier's signature: the store's supervisor
    signatures.sign_run(ctx, run.id, "supplier", "李供应", [wave(80, 180)])
    zh = squash(pdftext(reports.build_inspection(ctx, run.id, tmp_path / "zh.pdf").path))
    en = squash(pdftext(reports.build_inspection(ctx, run.id, tmp_path / "en.pdf", lang="en").path))
    assert "李供应（供应商，无账号）" in zh
    assert squash("李供应 (Supplier, no account)") in en


# ---------------------------------------------------------------- file names and the CLI


def test_default_file_names() -> None:
    day = date(2024, 5, 1)
    assert vocabulary.file_name("inspection", "zh_CN", "SH001", day, "1a2b3c4d") == "巡检报告-SH001-2024-05-01-1a2b3c4d.pdf"
    assert vocabulary.file_name("inspection", "en", "SH001", day, "1a2b3c4d") == "inspection-SH001-2024-05-01-1a2b3c4d.pdf"
    assert vocabulary.file_name("daily", "en", "SH/01", day) == "daily-checklists-SH_01-2024-05-01.pdf"
    assert vocabulary.file_name("action_register", "zh_CN", day) == "整改台账-2024-05-01.pdf"
    assert vocabulary.file_name("week_plan", "en", day) == "visit-plan-2024-05-01.pdf"
    assert vocabulary.file_name("visit_log", "zh_CN", "SH001", None) == "巡店记录-SH001.pdf"


def run_cli(*args: str, cwd: Path, real: bool = False) -> subprocess.CompletedProcess:
    """``opsdesk ARGS`` in ``cwd``: through ``cli.main`` in this process, or (``real``) as the process a shell
    starts, for the exit code and the one ``error:`` line it sees (tests/core/cli_helpers.py)."""
    if not real:
        return run_in_process(*args, cwd=cwd)
    return subprocess.run([sys.executable, "-m", "opsdesk.cli", *args], cwd=cwd, capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_report_cli_lang_and_names(demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    ctx = demo_ctx
    run = runs.query_runs(ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)))[0]
    db = str(ctx.db.path)
    ctx.db.close()
    work = tmp_path / "cwd"
    work.mkdir()

    done = run_cli("report", "inspection", run.id, "--db", db, "--lang", "en", cwd=work)
    assert done.returncode == 0, done.stderr
    en_file = work / vocabulary.file_name("inspection", "en", run.store_code, run.business_date, run.id[:8])
    assert en_file.is_file(), list(work.iterdir())
    assert "Inspection report" in pdftext(en_file) and "巡检报告" not in pdftext(en_file)

    done = run_cli("report", "inspection", run.id, "--db", db, cwd=work)  # default: Chinese
    assert done.returncode == 0, done.stderr
    zh_file = work / vocabulary.file_name("inspection", "zh_CN", run.store_code, run.business_date, run.id[:8])
    assert zh_file.name.startswith("巡检报告-") and "巡检报告" in squash(pdftext(zh_file))

    bad = run_cli("report", "inspection", "no-such-run", "--db", db, cwd=work)
    assert bad.returncode == 2 and bad.stderr == "error: no inspection with id no-such-run\n", bad.stderr
    bad = run_cli("report", "inspection", run.id, "--db", db, "--lang", "fr", "-o", str(work / "fr.pdf"), cwd=work,
                  real=True)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and bad.stderr.startswith("error: --lang 'fr'")
    assert not (work / "fr.pdf").exists()
    assert sorted(p.name for p in work.iterdir()) == sorted([en_file.name, zh_file.name])


# ---------------------------------------------------------------- Chinese line breaking


def test_no_closing_punctuation_at_a_line_start(demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    ctx = demo_ctx
    base = failed_inspection(ctx)
    draft = runs.start_run(ctx, base.run.store_id, base.run.template_id, "routine")
    version = runs.get_run(ctx, draft.id).version
    target = next(i for i in version.items() if i.answer_type == "pass_fail")
    words = ["地面", "玻璃和收银台", "仓库", "货品离地离墙", "卫生间无异味", "垃圾分类", "及时清运", "员工", "工牌"]
    marks = "，，，。、；：！？"
    note = "".join(f"{words[n % len(words)] * (1 + n % 3)}{marks[n % len(marks)]}" for n in range(60))[:480]
    answer_all(ctx, draft.id, {target.id}, tmp_path)
    runs.set_note(ctx, draft.id, target.id, note)
    runs.complete(ctx, draft.id)

    info = reports.build_inspection(ctx, draft.id, tmp_path / "kinsoku.pdf")
    text = pdftext(info.path, "-layout")
    assert squash(note)[:40] in squash(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    note_lines = [line for line in lines if any(w in line for w in words)]
    assert len(note_lines) >= 4  # the note does wrap
    bad = [line for line in lines if line[0] in "，。、；：！？）》」』】"]
    assert not bad, bad
