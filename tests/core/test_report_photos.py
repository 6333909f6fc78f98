"""Report copies of photos: made once on attach, reused by reports, remade when missing or damaged;
our PDFs use binary streams without changing reportlab's global default."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest
from PIL import Image

from opsdesk import reports
from opsdesk.attachments import (
    REPORT_MAX_PX,
    REPORT_PHOTO_PX,
    AttachmentStore,
    sha256_file,
)
from opsdesk.reports import layout
from opsdesk.services import runs
from opsdesk.services.attachments import attach_photo, store_for
from opsdesk.services.context import AppContext
from tests.core.test_reports import completed_inspection, demo_ctx, sign_both  # noqa: F401 - fixture

W, H = 2400, 1800


def photo(path: Path, n: int = 0, size: tuple[int, int] = (W, H)) -> Path:
    small = Image.new("RGB", (48, 36))
    small.putdata([((x * 5 + n * 37) % 256, (y * 7 + n * 11) % 256, (x * y + n) % 256)
                   for y in range(36) for x in range(48)])
    small.resize(size, Image.BILINEAR).save(path, "JPEG", quality=85)
    return path


@pytest.fixture
def opened(monkeypatch):
    """Paths Pillow opens (files only, not in-memory bytes)."""
    seen: list[Path] = []
    real = Image.open

    def spy(fp, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        if isinstance(fp, (str, Path)):
            seen.append(Path(fp))
        return real(fp, *args, **kwargs)

    monkeypatch.setattr(Image, "open", spy)
    return seen


def test_report_sizes_are_the_ones_the_layout_draws() -> None:
    assert {layout.photo_px(*layout.grid_box(c)[1:]) for c in (4, 5)} == set(REPORT_PHOTO_PX)
    assert layout.MAX_PHOTO_PX == REPORT_MAX_PX == 1600


def test_put_makes_the_report_copies_from_one_decode(ctx, make_store, tmp_path, opened) -> None:
    owner = make_store().id
    src = photo(tmp_path / "IMG_1.jpg")
    dto = attach_photo(ctx, src, "store", owner)
    store = store_for(ctx)
    # the stored original is decoded once, for the thumbnail and all report copies together
    assert [p for p in opened if p == dto.path] == [dto.path], opened
    assert dto.thumbnail.is_file()
    for px in REPORT_PHOTO_PX:
        copy = store.report_path_for(dto.id, px)
        assert copy.is_file() and copy.parent == ctx.db.attachments_dir / "report"
        with Image.open(copy) as img:
            assert img.format == "JPEG" and max(img.size) == px and img.size == (px, round(px * H / W))
    assert not list((ctx.db.attachments_dir / "report").glob(".*")), "temporary files left behind"


def test_report_copy_is_capped_at_1600_px_and_cached(ctx, make_store, tmp_path, opened) -> None:
    dto = attach_photo(ctx, photo(tmp_path / "big.jpg", size=(4000, 3000)), "store", make_store().id)
    store = store_for(ctx)
    opened.clear()
    path = store.report_copy(dto.id, 5000)
    assert path == store.report_path_for(dto.id, 1600)
    with Image.open(path) as img:
        assert img.size == (1600, 1200)
    data, w, h = store.report_photo(dto.id, 9999)
    assert (w, h) == (1600, 1200) and data == path.read_bytes()
    assert [p for p in opened if p == dto.path] == [dto.path]  # made once, then reused


def test_damaged_or_missing_copy_is_made_again(ctx, make_store, tmp_path) -> None:
    dto = attach_photo(ctx, photo(tmp_path / "a.jpg"), "store", make_store().id)
    store = store_for(ctx)
    px = REPORT_PHOTO_PX[0]
    path = store.report_path_for(dto.id, px)
    good = path.read_bytes()
    for damage in (good[: len(good) // 3], b"not a jpeg at all", b""):
        path.write_bytes(damage)
        data, w, h = store.report_photo(dto.id, px)
        assert data == path.read_bytes() and (w, h) == (px, round(px * H / W))
        with Image.open(path) as img:
            img.load()
    # a copy of the wrong size (e.g. left by another version) is not trusted either
    Image.new("RGB", (px + 100, 10)).save(path, "JPEG")
    assert store.report_photo(dto.id, px)[1:] == (px, round(px * H / W))
    path.unlink()
    assert store.report_photo(dto.id, px)[1:] == (px, round(px * H / W)) and path.is_file()
    # the original gone too: no copy can be made
    store.path_for(dto.id).unlink()
    path.write_bytes(b"broken")
    with pytest.raises(Exception):
        store.report_photo(dto.id, px)
    assert layout.photo_flowable(store.path_for(dto.id), 100, 75) is None


def test_locate_only_matches_stored_originals(tmp_path) -> None:
    sha = "ab" + "0" * 62
    found = AttachmentStore.locate(tmp_path / "files" / "ab" / sha)
    assert found is not None and found[0].root == tmp_path / "files" and found[1] == sha
    assert AttachmentStore.locate(tmp_path / "cd" / sha) is None
    assert AttachmentStore.locate(tmp_path / "ab" / "logo.png") is None


def pdf_image_sizes(path: Path) -> list[tuple[int, int]]:
    out = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    return [(int(r[3]), int(r[4])) for r in (line.split() for line in out.splitlines()[2:] if line.strip())]


def _run_with_photos(ctx: AppContext, tmp_path: Path, photos: int = 3):  # noqa: ANN202
    """A signed inspection whose first ``photos`` failed items each carry a photo: (run id, the photos)."""
    run_id = failed_run_with_photos(ctx, tmp_path, [[photo(tmp_path / f"p{n}.jpg", n)] for n in range(photos)])
    return run_id, [p for a in runs.get_run(ctx, run_id).answers.values() if a.failed for p in a.photos]


def test_inspection_report_reuses_the_copies(demo_ctx: AppContext, tmp_path: Path, opened,  # noqa: F811
                                            monkeypatch) -> None:  # noqa: ANN001
    ctx = demo_ctx
    run_id, added = _run_with_photos(ctx, tmp_path, 3)
    store = store_for(ctx)
    originals = {store.path_for(a.id) for a in added}
    assert len(originals) == 3

    opened.clear()
    first = reports.build_inspection(ctx, run_id, tmp_path / "warm.pdf")
    assert not originals & set(opened), "the report decoded an original although its copy was there"
    sizes = pdf_image_sizes(first.path)
    assert sizes.count((REPORT_PHOTO_PX[0], round(REPORT_PHOTO_PX[0] * H / W))) == 3, sizes  # the 4-column size
    assert all(max(s) <= 1600 for s in sizes)

    # copies missing (e.g. photos that arrived by sync): made from the original once, and kept
    for a in added:
        for px in REPORT_PHOTO_PX:
            store.report_path_for(a.id, px).unlink()
    opened.clear()
    made: list[str] = []
    real_make = AttachmentStore.ensure_derived

    def making(self, sha256: str, **kwargs) -> None:  # noqa: ANN001, ANN003
        made.append(sha256)
        real_make(self, sha256, **kwargs)

    monkeypatch.setattr(AttachmentStore, "ensure_derived", making)
    cold = reports.build_inspection(ctx, run_id, tmp_path / "cold.pdf")
    monkeypatch.setattr(AttachmentStore, "ensure_derived", real_make)
    assert {p for p in opened if p in originals} == originals  # its header (the layout) and its pixels
    assert sorted(made) == sorted(a.id for a in added)  # each copy made once
    assert all(store.report_path_for(a.id, REPORT_PHOTO_PX[0]).is_file() for a in added)
    assert pdf_image_sizes(cold.path) == sizes

    # a damaged copy is made again from its original
    broken = store.report_path_for(added[1].id, REPORT_PHOTO_PX[0])
    broken.write_bytes(broken.read_bytes()[:200])
    opened.clear()
    again = reports.build_inspection(ctx, run_id, tmp_path / "again.pdf")
    assert [p for p in opened if p in originals] == [store.path_for(added[1].id)]
    assert pdf_image_sizes(again.path) == sizes
    assert again.content_hash == first.content_hash


def test_our_pdfs_use_binary_streams_and_leave_the_default_alone(tmp_path: Path) -> None:
    from reportlab import rl_config
    from reportlab.pdfgen import canvas

    assert rl_config.useA85 == 1
    info = layout.build_pdf(tmp_path / "ours.pdf", [layout.para("检查 report", layout.styles()["base"])],
                            header=layout.ReportHeader("公司", "标题"), report_id="r1", content_hash="0" * 64,
                            labels=layout.Labels(None))
    assert b"ASCII85Decode" not in info.path.read_bytes()
    assert rl_config.useA85 == 1
    with pytest.raises(RuntimeError):
        with layout.binary_streams():
            assert rl_config.useA85 == 0
            raise RuntimeError("boom")
    assert rl_config.useA85 == 1
    other = canvas.Canvas(str(tmp_path / "other.pdf"))
    other.drawString(100, 100, "other code keeps the default")
    other.save()
    assert b"ASCII85Decode" in (tmp_path / "other.pdf").read_bytes()


# ---------------------------------------------------------------- how photos and the QR code are embedded


def failed_run_with_photos(ctx: AppContext, tmp_path: Path, photos_of_item: list[list[Path]]) -> str:
    """A completed, signed run of the demo's template whose first pass/fail items with photos failed,
    item n carrying the photos ``photos_of_item[n]``; returns its id."""
    base = completed_inspection(ctx)
    run = runs.start_run(ctx, base.run.store_id, base.run.template_id, "routine")
    version = runs.get_run(ctx, run.id).version
    failing = [i for i in version.items() if i.answer_type == "pass_fail" and i.photo_on_fail][:len(photos_of_item)]
    assert len(failing) == len(photos_of_item)
    for item in version.items():
        if item in failing:
            runs.set_answer(ctx, run.id, item.id, "fail")
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
    for item, paths in zip(failing, photos_of_item):
        for path in paths:
            runs.add_photo(ctx, run.id, item.id, path)
    runs.complete(ctx, run.id)
    sign_both(ctx, run.id)
    return run.id


def embedded_images(pdf: Path, folder: Path) -> tuple[list[str], list[bytes]]:
    """(the object id of each image drawn, in page order; each drawn image's stream) from poppler:
    ``pdfimages -j`` writes a DCT stream as it is stored in the PDF."""
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert all(r[8] == "jpeg" for r in rows), rows  # column "enc": every photo a DCT stream
    folder.mkdir()
    subprocess.run(["pdfimages", "-j", str(pdf), str(folder / "img")], check=True)
    streams = [p.read_bytes() for p in sorted(folder.glob("img-*.jpg"))]
    assert len(streams) == len(rows)
    return [r[10] for r in rows], streams


def test_the_pdf_embeds_each_report_copy_as_it_is_and_once(demo_ctx: AppContext, tmp_path: Path,  # noqa: F811
                                                           monkeypatch) -> None:
    ctx = demo_ctx
    a, b, c = (photo(tmp_path / f"{n}.jpg", n) for n in range(3))
    run_id = failed_run_with_photos(ctx, tmp_path, [[a, b], [c, a]])  # the same photo on two items
    store = store_for(ctx)
    px = REPORT_PHOTO_PX[0]
    copies = {name: store.report_path_for(sha256_file(p), px).read_bytes() for name, p in zip("abc", (a, b, c))}

    # Pillow opens each copy once (the check that it is whole), never again to draw it
    in_memory: list[object] = []
    real_open = Image.open
    monkeypatch.setattr(Image, "open", lambda fp, *x, **k: (in_memory.append(fp), real_open(fp, *x, **k))[1])
    info = reports.build_inspection(ctx, run_id, tmp_path / "r.pdf")
    monkeypatch.setattr(Image, "open", real_open)
    assert len(in_memory) == 3, in_memory

    ids, streams = embedded_images(info.path, tmp_path / "images")
    assert streams == [copies["a"], copies["b"], copies["c"], copies["a"]]  # the copies' bytes, not re-encoded
    assert ids[0] == ids[3] and len(set(ids)) == 3  # one image object for the photo shown twice


def test_cold_builds_do_not_depend_on_which_thread_finishes_first(demo_ctx: AppContext, tmp_path: Path,  # noqa: F811
                                                                  monkeypatch) -> None:
    ctx = demo_ctx
    photos = [photo(tmp_path / f"p{n}.jpg", n) for n in range(6)]
    run_id = failed_run_with_photos(ctx, tmp_path, [photos[:4], photos[4:]])
    store = store_for(ctx)
    warm = reports.build_inspection(ctx, run_id, tmp_path / "warm.pdf")
    want = embedded_images(warm.path, tmp_path / "warm")

    order = [sha256_file(p) for p in photos]
    real = AttachmentStore.ensure_derived
    finished: list[str] = []

    def slow_first(self, sha256, **kwargs):  # the first photo is made last
        time.sleep(0.02 * (len(order) - order.index(sha256)))
        real(self, sha256, **kwargs)
        finished.append(sha256)

    monkeypatch.setattr(AttachmentStore, "ensure_derived", slow_first)
    monkeypatch.setattr(layout, "decode_workers", lambda: 3)  # threads even on a single core
    for n in range(2):
        shutil.rmtree(ctx.db.attachments_dir / "report")
        finished.clear()
        cold = reports.build_inspection(ctx, run_id, tmp_path / f"cold{n}.pdf")
        assert sorted(finished) == sorted(order) and finished != order  # made in threads, out of order
        assert cold.content_hash == warm.content_hash
        assert embedded_images(cold.path, tmp_path / f"cold{n}") == want
    assert all(store.report_path_for(sha, REPORT_PHOTO_PX[0]).is_file() for sha in order)


def test_the_inspection_qr_code_holds_the_report_id_and_hash(demo_ctx: AppContext, tmp_path: Path) -> None:  # noqa: F811
    import zxingcpp  # a test dependency (pyproject.toml)

    ctx = demo_ctx
    info = reports.build_inspection(ctx, completed_inspection(ctx).run.id, tmp_path / "r.pdf")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(info.pages), "-l", str(info.pages), str(info.path),
                    str(tmp_path / "last")], check=True)
    page = Image.open(next(tmp_path.glob("last*.png"))).convert("L")
    found = [r.text for r in zxingcpp.read_barcodes(page)]
    assert found == [layout.qr_value(info.report_id, info.content_hash)]


def test_a_cold_report_is_laid_out_while_its_photos_are_decoded(demo_ctx: AppContext, tmp_path: Path,
                                                               monkeypatch) -> None:  # noqa: ANN001
    """Photos without report copies (arrived by sync) are decoded in the background from the start of the build:
    the report is read, built and laid out meanwhile, and each photo is drawn, from its copy, when its page is."""
    import threading

    from opsdesk.reports import inspection

    ctx = demo_ctx
    run_id, added = _run_with_photos(ctx, tmp_path, 3)
    store = store_for(ctx)
    for a in added:
        for px in REPORT_PHOTO_PX:
            store.report_path_for(a.id, px).unlink()
    laying_out = threading.Event()
    waited: list[bool] = []
    real_make, real_build = AttachmentStore.ensure_derived, inspection.build_pdf

    def slow_make(self, sha256: str, **kwargs) -> None:  # noqa: ANN001, ANN003
        waited.append(laying_out.wait(10))  # a decode that ends only once the layout began
        real_make(self, sha256, **kwargs)

    def build_pdf(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        laying_out.set()
        return real_build(*args, **kwargs)

    monkeypatch.setattr(AttachmentStore, "ensure_derived", slow_make)
    monkeypatch.setattr(inspection, "build_pdf", build_pdf)
    info = reports.build_inspection(ctx, run_id, tmp_path / "cold.pdf")
    assert waited == [True] * len(added)  # the layout started while every copy was still on its way
    sizes = pdf_image_sizes(info.path)
    assert sizes.count((REPORT_PHOTO_PX[0], round(REPORT_PHOTO_PX[0] * H / W))) == len(added), sizes
    assert all(store.report_path_for(a.id, REPORT_PHOTO_PX[0]).is_file() for a in added)
