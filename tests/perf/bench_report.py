"""Report benchmark: the inspection PDF of a run with 40 twelve-megapixel photos, cold and warm.

Figure: median wall time of ``reports.build_inspection`` (what `opsdesk report inspection` and the
GUI export call) on a completed run of a 60-item template in which 40 failed items carry one 12 MP
photo each, attached through the runner's service (``runs.add_photo``), measured COLD: the photo
store's report copies (``<files>/report/<sha>-<px>.jpg``, made by ``AttachmentStore.put``) are
deleted before every timed build, so each build decodes the 40 originals again, as for photos that
arrived by sync. WARM is the usual case for a user: the copies made at attach time are reused.

Baseline (the strict one of issue 21), measured interleaved with each of the two: a bare reportlab
Canvas drawing the same 40 image files at the size our report draws them (four to a row, like
``layout.photo_grid``) with binary streams (``rl_config.useA85 = 0``): the 12 MP files copied into
the PDF as they are, nothing else. Our builds write binary streams too (``layout.binary_streams``,
which restores reportlab's global setting afterwards; checked after every build).

Budgets: cold <= 4x and warm <= 1.2x the baseline, our PDF <= 15 MB. The whole measurement is done
in ``ROUNDS`` rounds; the headline figures are the medians over every round's samples, and ``ok``
needs the headline and every round within all three budgets. Each round also gives the CPU seconds
(all threads) of a cold build, a warm one and the baseline, and the load average: a cold build
decodes the photos in one thread per core, so on a machine whose cores are busy with other work
its wall time nears its CPU time, and the cold ratio nears the ratio of the CPU times.
"""

from __future__ import annotations

import json
import math
import os
import random
import resource
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PIL import Image, ImageChops

from opsdesk.permissions import as_system
from tests.perf.harness import CACHE, BenchEnv, Result, median

PHOTOS = 40
ITEMS = 60
PHOTO_W, PHOTO_H = 4000, 3000
PHOTO_SEED = 12
PHOTO_VERSION = 1  # bump when the generator changes: the cached photos are made again
REPEAT = 5  # samples of each figure per round (a cold build ~1 s, the baseline ~0.3 s)
ROUNDS = 2
BUDGET_COLD = 4.0  # ratios to the strict baseline (bare reportlab, binary streams)
BUDGET_WARM = 1.2
BUDGET_MB = 15.0


# ---------------------------------------------------------------- the photos


def _make_photo(i: int) -> Image.Image:
    """A distinct 12 MP picture: rotated and shifted gradients, coarse texture and fine noise."""
    rng = random.Random(PHOTO_SEED * 1000 + i)
    w, h = PHOTO_W, PHOTO_H
    lin = Image.linear_gradient("L").rotate(rng.uniform(0, 360)).resize((w, h), Image.BILINEAR)
    rad = Image.radial_gradient("L").resize((w // 2, h // 2)).transform(
        (w, h), Image.AFFINE, (0.5, 0, rng.uniform(-500, 500), 0, 0.5, rng.uniform(-400, 400)), Image.BILINEAR)
    tex = Image.frombytes("L", (400, 300), rng.randbytes(400 * 300)).resize((w, h), Image.BICUBIC)
    fine = Image.frombytes("RGB", (w // 2, h // 2), rng.randbytes(w * h * 3 // 4)).resize((w, h), Image.BILINEAR)
    base = Image.merge("RGB", (lin, rad, ImageChops.blend(lin, tex, 0.5)))
    return Image.blend(base, fine, 0.15)


def ensure_photos() -> list[Path]:
    """The 40 JPEGs (a few MB each), generated once into CACHE/photos12mp and reused.

    They are written into a temporary folder that is renamed when complete, so an interrupted
    run never leaves a half set behind.
    """
    folder = CACHE / "photos12mp"
    names = [f"photo{i:02d}.jpg" for i in range(PHOTOS)]
    want = {"version": PHOTO_VERSION, "seed": PHOTO_SEED, "count": PHOTOS, "size": [PHOTO_W, PHOTO_H]}
    stamp = folder / "done.json"
    if stamp.is_file() and json.loads(stamp.read_text()) == want and all((folder / n).is_file() for n in names):
        return [folder / n for n in names]
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".photos12mp-", dir=CACHE))
    try:
        for i, name in enumerate(names):
            _make_photo(i).save(tmp / name, "JPEG", quality=90)
        (tmp / "done.json").write_text(json.dumps(want))
        tmp.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [folder / n for n in names]


# ---------------------------------------------------------------- the workspace


def _template_spec():  # noqa: ANN202
    """The built-in store routine (28 items) extended to 60 with copies of its items."""
    from opsdesk.paths import RESOURCES
    from opsdesk.templates_io import parse_template

    data = json.loads((RESOURCES / "templates" / "store_routine.json").read_text(encoding="utf-8"))
    original = data["sections"]
    sections, total, round_no = [], 0, 0
    while total < ITEMS:
        for section in original:
            if total >= ITEMS:
                break
            items = []
            for item in section["items"]:
                if total >= ITEMS:
                    break
                if round_no:
                    item = {**item, "key": f"{item['key']}_{round_no}"[:40],
                            "text": f"{item['text']}（复查区域 {round_no}）"}
                items.append(item)
                total += 1
            title = section["title"] if not round_no else f"{section['title']} · 区域 {round_no}"
            sections.append({**section, "title": title, "items": items})
        round_no += 1
    data.update(code="bench_routine60", title="门店日常巡检（60项）", title_en="Store routine (60 items)",
                sections=sections)
    return parse_template(data)


def _wave(x0: float, y0: float, n: int = 80) -> list[tuple[float, float, float]]:
    return [(x0 + i * 9, y0 + 60 * math.sin(i / 6), i * 0.02) for i in range(n)]


def build_workspace(folder: Path, photos: list[Path]):  # noqa: ANN201 - (Database, AppContext, run id)
    """A fresh workspace: one store, the 60-item template, one completed and signed run, 40 photos."""
    from opsdesk.db import Database
    from opsdesk.services import org, runs, templates
    from opsdesk.services.context import AppContext

    folder.mkdir(parents=True, exist_ok=True)
    db = Database.open(folder / "report.sqlite")
    ctx = as_system(AppContext(db))  # the set-up, as system work (the benchmark times the report)
    region = org.save_region(ctx, "华东区", "EAST")
    area = org.save_region(ctx, "上海", "SH", parent_id=region.id)
    inspector = org.create_user(ctx, org.UserInput(username="hechao", name="何超", role="supervisor"))
    store = org.create_store(ctx, org.StoreInput(code="SH001", name="上海南京东路店", region_id=area.id,
                                                 address="上海市黄浦区南京东路 100 号",
                                                 opened_on=date(2019, 5, 1)))
    ctx.user_id = inspector.id
    version = templates.import_spec(ctx, _template_spec())
    assert len(version.items()) == ITEMS, len(version.items())
    run = runs.start_run(ctx, store.id, version.template_id, "routine")
    failing = [i for i in version.items() if i.answer_type == "pass_fail"][:PHOTOS]
    assert len(failing) == PHOTOS
    for item in version.items():
        if item in failing:
            runs.set_answer(ctx, run.id, item.id, "fail")
            runs.set_note(ctx, run.id, item.id, f"现场发现问题：{item.text}，已拍照留存，请门店当日整改。")
        elif item.answer_type == "pass_fail":
            runs.set_answer(ctx, run.id, item.id, "pass")
        elif item.answer_type == "rating":
            runs.set_answer(ctx, run.id, item.id, item.scale or 5)
        elif item.answer_type == "choice":
            runs.set_answer(ctx, run.id, item.id, next(n for n, o in enumerate(item.options) if not o.fails))
        elif item.answer_type == "number":
            runs.set_answer(ctx, run.id, item.id, item.min_value if item.min_value is not None else 0)
        else:
            runs.set_answer(ctx, run.id, item.id, na=True)
    for item, photo in zip(failing, photos):
        runs.add_photo(ctx, run.id, item.id, photo)
    runs.complete(ctx, run.id)
    from tests.sign_helpers import sign_as

    sign_as(ctx, run.id, "supervisor", [_wave(80, 180), _wave(120, 260, 30)])
    sign_as(ctx, run.id, "store_manager", [_wave(60, 220)])
    return db, ctx, run.id


# ---------------------------------------------------------------- the baseline


def displayed_size() -> tuple[float, float]:
    """The size ``layout.photo_grid`` draws a 4:3 photo at (a 4-column grid, 4:3 boxes)."""
    from opsdesk.reports.layout import CONTENT_W

    cell_w = CONTENT_W / 4
    box_w, box_h = cell_w - 6, (cell_w - 6) * 0.75
    scale = min(box_w / PHOTO_W, box_h / PHOTO_H)
    return PHOTO_W * scale, PHOTO_H * scale


def bare_reportlab(photos: list[Path], out: Path, *, a85: bool = True) -> None:
    """The same photos at the same size, four to a row, on A4 pages: a bare reportlab Canvas.

    ``a85=False`` writes binary streams (``rl_config.useA85 = 0`` while it runs) instead of
    reportlab's default ASCII85.
    """
    from reportlab import rl_config

    saved = rl_config.useA85
    rl_config.useA85 = int(a85)
    try:
        _bare_document(photos, out)
    finally:
        rl_config.useA85 = saved


def _bare_document(photos: list[Path], out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    w, h = displayed_size()
    margin = 16 * mm
    c = canvas.Canvas(str(out), pagesize=A4)
    x, y = margin, A4[1] - margin - h
    for i, photo in enumerate(photos):
        c.drawImage(str(photo), x, y, width=w, height=h)
        x += w + 6
        if i % 4 == 3:
            x, y = margin, y - h - 12
            if y < margin:
                c.showPage()
                y = A4[1] - margin - h
    c.showPage()
    c.save()


# ---------------------------------------------------------------- the benchmark


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in out.splitlines() if line.startswith("Pages:")))


def _cpu_s() -> float:
    """CPU seconds of this process so far, all its threads (user + system)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _interleaved_samples(a: Callable[[], object], b: Callable[[], object], repeat: int,
                         setup: Callable[[], object] | None = None) -> tuple[list[float], list[float], dict]:
    """Wall times of ``a`` and ``b`` taken in turns (a, b, a, b...), ``setup()`` (untimed) before each
    ``a``; and the median CPU seconds of each (``a_cpu_s``, ``b_cpu_s``)."""
    sa: list[float] = []
    sb: list[float] = []
    cpu: dict[str, list[float]] = {"a_cpu_s": [], "b_cpu_s": []}
    for _ in range(repeat):
        if setup is not None:
            setup()
        for fn, samples, key in ((a, sa, "a_cpu_s"), (b, sb, "b_cpu_s")):
            start, cpu_start = time.perf_counter(), _cpu_s()
            fn()
            samples.append(time.perf_counter() - start)
            cpu[key].append(_cpu_s() - cpu_start)
    return sa, sb, {k: median(v) for k, v in cpu.items()}


def _figures(cold: list[float], cold_base: list[float], warm: list[float], warm_base: list[float]) -> dict:
    c, cb, w, wb = (median(x) for x in (cold, cold_base, warm, warm_base))
    return {"cold_s": round(c, 4), "cold_baseline_s": round(cb, 4), "cold_ratio": round(c / cb, 3),
            "warm_s": round(w, 4), "warm_baseline_s": round(wb, 4), "warm_ratio": round(w / wb, 3),
            "ok": c / cb <= BUDGET_COLD and w / wb <= BUDGET_WARM}


def bench_report(env: BenchEnv) -> Result:
    from reportlab import rl_config

    from opsdesk.reports import build_inspection

    photos = ensure_photos()
    folder = env.scratch / "report"
    db, ctx, run_id = build_workspace(folder / "ws", photos)
    copies = ctx.db.attachments_dir / "report"
    default_a85 = rl_config.useA85
    samples: dict[str, list[float]] = {"cold": [], "cold_base": [], "warm": [], "warm_base": []}
    rounds, remade = [], []
    try:
        made_on_attach = len(list(copies.glob("*.jpg")))
        ours, bare = folder / "inspection.pdf", folder / "bare-binary.pdf"

        def build() -> None:
            build_inspection(ctx, run_id, ours)
            if rl_config.useA85 != default_a85:  # our per-build setting must not leak into the baseline
                raise RuntimeError(f"rl_config.useA85 left at {rl_config.useA85}")

        def baseline() -> None:
            bare_reportlab(photos, bare, a85=False)

        def drop_copies() -> None:
            shutil.rmtree(copies, ignore_errors=True)

        build()  # warm-up: imports, font loading; both read the 40 photos once
        baseline()
        for _ in range(ROUNDS):
            cold, cold_base, cold_cpu = _interleaved_samples(build, baseline, REPEAT, setup=drop_copies)
            drop_copies()
            build()  # (untimed) a cold build makes the copies it needs again, and keeps them
            remade.append(len(list(copies.glob("*.jpg"))))
            warm, warm_base, warm_cpu = _interleaved_samples(build, baseline, REPEAT)  # the copies are reused
            # CPU seconds tell a busy machine apart: a cold build decodes in one thread per core, so
            # when other processes hold the cores its wall time nears its CPU time
            rounds.append({**_figures(cold, cold_base, warm, warm_base),
                           "cold_cpu_s": round(cold_cpu["a_cpu_s"], 4),
                           "cold_baseline_cpu_s": round(cold_cpu["b_cpu_s"], 4),
                           "warm_cpu_s": round(warm_cpu["a_cpu_s"], 4),
                           "warm_baseline_cpu_s": round(warm_cpu["b_cpu_s"], 4),
                           "load_average_1min": round(os.getloadavg()[0], 2)})
            for key, got in (("cold", cold), ("cold_base", cold_base), ("warm", warm), ("warm_base", warm_base)):
                samples[key] += got
        info = build_inspection(ctx, run_id, ours)
        pages, bare_pages = pdf_pages(ours), pdf_pages(bare)
        if pages < 1 or pages != info.pages or bare_pages < 1:
            raise RuntimeError(f"invalid PDF: pdfinfo says {pages} pages (builder: {info.pages}), bare {bare_pages}")
        ours_a85 = b"ASCII85Decode" in ours.read_bytes()
        if ours_a85 or b"ASCII85Decode" in bare.read_bytes():
            raise RuntimeError("our PDF or the baseline's was not written with binary streams")
        size_mb = ours.stat().st_size / 1e6
        bare_mb = bare.stat().st_size / 1e6
    finally:
        db.close()
    total = _figures(samples["cold"], samples["cold_base"], samples["warm"], samples["warm_base"])
    ok = total.pop("ok") and all(r["ok"] for r in rounds) and size_mb <= BUDGET_MB
    return Result(
        "report_inspection_40x12mp", median(samples["cold"]), median(samples["cold_base"]), "s",
        f"cold <= {BUDGET_COLD:g}x and warm <= {BUDGET_WARM:g}x the strict baseline, pdf <= {BUDGET_MB:g} MB",
        ok=ok,
        extra={"figure_is": "cold: report copies deleted before each build",
               "baseline_is": "bare reportlab Canvas, the same 40 files at the same size, binary streams",
               **total, "budget_cold_ratio": BUDGET_COLD, "budget_warm_ratio": BUDGET_WARM,
               "pdf_mb": round(size_mb, 2), "budget_pdf_mb": BUDGET_MB, "baseline_pdf_mb": round(bare_mb, 2),
               "pages": pages, "rounds": rounds, "samples_per_round": REPEAT,
               "report_copies_made_on_attach": made_on_attach, "report_copies_made_by_cold_build": remade,
               "ours_ascii85": ours_a85, "photos": PHOTOS, "items": ITEMS,
               "photo_mb_each": round(sum(p.stat().st_size for p in photos) / len(photos) / 1e6, 2)},
    )


BENCHMARKS = [bench_report]
