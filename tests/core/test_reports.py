"""PDF reports: embedded CJK font, text, footer, the other report kinds, photo-heavy size, stable hash."""

from __future__ import annotations

import functools
import math
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from acting import acting
from opsdesk import reports
from opsdesk.db import Database
from opsdesk.services import actions, org, runs, signatures, visits
from opsdesk.services.context import AppContext


def pdftext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def wave(x0: float, y0: float, n: int = 80) -> list[tuple[float, float, float]]:
    return [(x0 + i * 9, y0 + 60 * math.sin(i / 6), i * 0.02) for i in range(n)]


def sign_both(ctx: AppContext, run_id: str) -> tuple[str, str]:
    """The supervisor and the store manager sign (each as a user of that role); returns their names."""
    from sign_helpers import signer_for

    store_id = runs.get_summary(ctx, run_id).store_id  # each signs at their own store (the permission table)
    boss = org.get_user(ctx, signer_for(ctx, "supervisor", store_id))
    manager = org.get_user(ctx, signer_for(ctx, "store_manager", store_id))
    signatures.sign_run(ctx, run_id, "supervisor", boss.name, [wave(80, 180), wave(120, 260, 30)],
                        signer_id=boss.id)
    signatures.sign_run(ctx, run_id, "store_manager", manager.name, [wave(60, 220)], signer_id=manager.id)
    return boss.name, manager.name


# The reports read the workspace through the services' queries (runs, answers, signatures, visits, actions,
# photos from the files folder): on PostgreSQL too, from a head-office database (tests/core/conftest.py).
BACKENDS = ("sqlite", "pg")
DEMO = {"stores": 3, "seed": 1, "months": 2, "daily_days": 2}


@pytest.fixture
def demo_ctx(workspace_copy, backend, files_dir, request) -> AppContext:  # noqa: ANN001
    """``build_demo(ctx, **DEMO)`` in ``tmp_path/w.sqlite`` (or a database of the session's PostgreSQL
    cluster): built once per session and copied (tests/conftest.py)."""
    if backend == "pg":
        pg_templates = request.getfixturevalue("pg_templates")
        url = pg_templates.copy(files_dir, **DEMO)
        db = Database.open(url, files_dir=files_dir)
        db.set_meta("current_user_id", pg_templates.current_user[url])  # a server's current user is the desktop's
    else:
        db = Database.open(workspace_copy("w.sqlite", **DEMO))
    yield acting(db)  # as its current user (the demo's supervisor), as the app does
    db.close()


def completed_inspection(ctx: AppContext) -> runs.RunDetailDTO:
    """A completed inspection (with failures when there is one); ``ctx`` then acts as the supervisor of its store
    (who may start another there and sign it)."""
    from sign_helpers import signer_for

    found = runs.query_runs(ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)))
    with_failures = [r for r in found if runs.get_run(ctx, r.id).score.failed_items]
    chosen = (with_failures or found)[0]
    ctx.user_id = signer_for(ctx, "supervisor", chosen.store_id)
    return runs.get_run(ctx, chosen.id)


def assert_cjk_embedded(path: Path) -> None:
    rows = fonts(path)
    assert rows, "no fonts"
    for row in rows:
        assert "WenQuanYi" in row[0], row  # no other (non-embedded) font at all
        emb, sub = row[-5], row[-4]
        assert (emb, sub) == ("yes", "yes"), row
        assert re.match(r"^[A-Z]{6}\+", row[0]), row  # subset prefix


def test_inspection_report(demo_ctx: AppContext, tmp_path: Path) -> None:
    ctx = demo_ctx
    detail = completed_inspection(ctx)
    names = sign_both(ctx, detail.run.id)
    out = tmp_path / "out" / "inspection.pdf"
    info = reports.build_inspection(ctx, detail.run.id, out)

    assert info.path == out and out.is_file()
    assert info.content_hash == signatures.run_hash(ctx, detail.run.id)
    assert info.pages >= 1
    assert [p.name for p in out.parent.iterdir()] == ["inspection.pdf"]  # the temp file was renamed
    assert_cjk_embedded(out)

    text = pdftext(out)
    flat = squash(text)
    assert detail.run.store_name in flat
    assert "巡检报告" in flat
    for section in detail.version.sections[:3]:
        assert squash(section.title) in flat
    failed = [detail.version.item(i) for i in detail.score.failed_items]
    for item in failed[:3]:
        assert squash(item.text) in flat, item.text
    assert info.report_id in flat
    assert info.content_hash in flat
    assert f"1 / {info.pages}" in text
    assert f"{info.pages} / {info.pages}" in text
    assert all(squash(name) in flat for name in names)
    assert "本人确认以上检查结果属实" in flat  # the statement each signer confirmed

    again = reports.build_inspection(ctx, detail.run.id, tmp_path / "again.pdf")
    assert again.content_hash == info.content_hash
    assert again.report_id != info.report_id


def test_other_report_kinds(demo_ctx: AppContext, tmp_path: Path) -> None:
    ctx = demo_ctx
    daily_run = runs.query_runs(ctx, runs.RunQuery(template_kinds=("opening",), status="completed"))[0]
    info = reports.build_daily(ctx, daily_run.store_id, daily_run.business_date, tmp_path / "daily.pdf")
    flat = squash(pdftext(info.path))
    assert "每日开闭店检查报告" in flat and "开店检查" in flat and daily_run.store_name in flat
    assert info.report_id in flat and f"1/{info.pages}" in flat
    assert_cjk_embedded(info.path)
    assert reports.build_daily(ctx, daily_run.store_id, daily_run.business_date,
                               tmp_path / "daily2.pdf").content_hash == info.content_hash

    acts = actions.query_actions(ctx, actions.ActionQuery())
    info = reports.build_action_register(ctx, actions.ActionQuery(), tmp_path / "actions.pdf")
    flat = squash(pdftext(info.path))
    assert "整改台账" in flat and squash(acts[0].title) in flat and acts[0].store_name in flat
    assert info.report_id in flat
    assert_cjk_embedded(info.path)
    assert reports.build_action_register(ctx, actions.ActionQuery(),
                                         tmp_path / "actions2.pdf").content_hash == info.content_hash

    visit = next(v for v in visits.query_visits(ctx) if v.status == "done" and v.observations)
    info = reports.build_visit_log(ctx, visit.id, tmp_path / "visit.pdf")
    flat = squash(pdftext(info.path))
    assert "巡店记录" in flat and visit.store_name in flat and squash(visit.observations) in flat
    assert visit.supervisor_name in flat and info.report_id in flat
    assert_cjk_embedded(info.path)

    info = reports.build_week_plan(ctx, visit.supervisor_id, visit.day, tmp_path / "week.pdf")
    flat = squash(pdftext(info.path))
    assert "督导周巡店计划" in flat and visit.store_name in flat and "周一" in flat
    assert info.report_id in flat
    assert_cjk_embedded(info.path)
    assert reports.build_week_plan(ctx, visit.supervisor_id, visit.day,
                                   tmp_path / "week2.pdf").content_hash == info.content_hash


@functools.lru_cache(maxsize=10)
def _big_base(i: int) -> Image.Image:
    """A 4000 x 3000 (12 MP) picture: coloured gradients with a noise layer (one of ten)."""
    small = Image.merge("RGB", (
        Image.linear_gradient("L").rotate(i * 9).resize((800, 600)),
        Image.radial_gradient("L").resize((800, 600)),
        Image.effect_noise((800, 600), 30 + i),
    ))
    return small.resize((4000, 3000), Image.BILINEAR)


def big_photo(path: Path, i: int) -> Path:
    """A distinct 12-MP JPEG: one of ten pictures with a corner marked by ``i`` (the scaling up of each picture
    costs more than its encoding, so forty photos are made from ten)."""
    image = _big_base(i % 10).copy()
    image.paste((i * 6 % 256, 255 - i, 7 * i % 256), (0, 0, 64, 64))
    image.save(path, "JPEG", quality=85)
    return path


@pytest.mark.sqlite_only("the PDF's size and its images' sizes: the photos come from the files folder on either "
                         "backend, and the run's rows are read as in test_inspection_report[pg]")
def test_report_with_40_large_photos_stays_small(demo_ctx: AppContext, tmp_path: Path) -> None:
    ctx = demo_ctx
    base = completed_inspection(ctx)
    draft = runs.start_run(ctx, base.run.store_id, base.run.template_id, "routine")
    version = runs.get_run(ctx, draft.id).version
    photo_items = [i for i in version.items() if i.answer_type == "pass_fail" and i.photo_on_fail][:10]
    assert len(photo_items) == 10
    for item in version.items():
        if item in photo_items:
            runs.set_answer(ctx, draft.id, item.id, "fail")
            runs.set_note(ctx, draft.id, item.id, f"问题说明 {item.key}")
        elif item.answer_type == "pass_fail":
            runs.set_answer(ctx, draft.id, item.id, "pass")
        elif item.answer_type == "rating":
            runs.set_answer(ctx, draft.id, item.id, item.scale or 5)
        elif item.answer_type == "choice":
            runs.set_answer(ctx, draft.id, item.id, next(n for n, o in enumerate(item.options) if not o.fails))
        elif item.answer_type == "number":
            runs.set_answer(ctx, draft.id, item.id, item.min_value if item.min_value is not None else 0)
        else:
            runs.set_answer(ctx, draft.id, item.id, na=True)
    folder = tmp_path / "photos"
    folder.mkdir()
    for n in range(40):
        runs.add_photo(ctx, draft.id, photo_items[n % 10].id, big_photo(folder / f"p{n}.jpg", n))
    runs.complete(ctx, draft.id)
    sign_both(ctx, draft.id)

    info = reports.build_inspection(ctx, draft.id, tmp_path / "photos.pdf")
    size = info.path.stat().st_size
    assert size < 15 * 1024 * 1024, size
    assert info.pages >= 2
    images = subprocess.run(["pdfimages", "-list", str(info.path)], capture_output=True, text=True)
    if images.returncode == 0:  # poppler's pdfimages: every photo embedded, none above 1600 px
        rows = [line.split() for line in images.stdout.splitlines()[2:] if line.strip()]
        assert len(rows) >= 40
        assert all(int(r[3]) <= 1600 and int(r[4]) <= 1600 for r in rows)
    flat = squash(pdftext(info.path))
    assert "问题说明" in flat and squash(photo_items[0].text) in flat
    assert_cjk_embedded(info.path)
    assert reports.build_inspection(ctx, draft.id, tmp_path / "photos2.pdf").content_hash == info.content_hash


def test_reports_package_keeps_out_of_the_ui() -> None:
    code = ("import sys, opsdesk.reports; bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui')];"
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_inspection_report_prints_the_score_rounded_once_and_the_exact_grade(demo_ctx: AppContext,
                                                                             tmp_path: Path) -> None:
    """Issue 23's worked example end to end: the run stores, the detail shows and the PDF prints
    207.89 / 231.00, 90.00 % and grade B (exactly 89.995 %), not the 90.02 % and A of rounding each
    item first."""
    from opsdesk.services import templates
    from opsdesk.templates_io import parse_template

    def section(title: str, weight: int, item: dict) -> dict:
        return {"title": title, "title_en": title, "weight": weight,
                "items": [{"key": item["key"], "text": f"检查项 {item['key']}", "text_en": item["key"], **item}]}

    data = {
        "format": "opsdesk-template", "format_version": 1, "code": "exact_b", "kind": "inspection",
        "title": "精确计分", "title_en": "Exact scoring", "description": "",
        "grade_bands": [{"grade": "A", "min": 90}, {"grade": "B", "min": 80}, {"grade": "C", "min": 70},
                        {"grade": "D", "min": 0}],
        "sections": [section("一", 10, {"key": "pp", "type": "pass_fail", "weight": 19}),
                     section("二", 23, {"key": "rr", "type": "rating", "weight": 1, "scale": 9}),
                     section("三", 1, {"key": "ff", "type": "pass_fail", "weight": 18})],
    }
    from acting import my_store
    from opsdesk.permissions import as_system

    version = templates.import_spec(as_system(demo_ctx), parse_template(data))  # head office's, as setup
    ids = {i.key: i.id for i in version.items()}
    store = my_store(demo_ctx)  # one of the acting supervisor's stores
    run = runs.start_run(demo_ctx, store.id, version.template_id, "routine")
    runs.set_answer(demo_ctx, run.id, ids["pp"], "pass")
    runs.set_answer(demo_ctx, run.id, ids["rr"], 7)
    runs.set_answer(demo_ctx, run.id, ids["ff"], "fail")
    summary = runs.complete(demo_ctx, run.id)
    assert (summary.score, summary.max_score, summary.percent, summary.grade) == (
        Decimal("207.89"), Decimal("231.00"), Decimal("90.00"), "B")
    detail = runs.get_run(demo_ctx, run.id)
    assert (detail.score.points, detail.score.max, detail.score.percent, detail.score.grade) == (
        summary.score, summary.max_score, summary.percent, summary.grade)

    out = tmp_path / "exact.pdf"
    reports.build_inspection(demo_ctx, run.id, out)
    flat = squash(pdftext(out))
    # The PDF prints numbers without trailing zeros (fmt_num): 231.00 as 231, 90.00 % as 90%.
    assert "207.89/23190%B" in flat and "90.02" not in flat  # score, percent, grade B
    assert "0.78/1(77.78%)" in flat  # the rating's section: 7/9 rounded once
