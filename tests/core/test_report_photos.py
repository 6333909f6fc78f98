"""Report copies of photos: made once on attach, reused by reports, remade when missing or damaged;
our PDFs use binary streams without changing reportlab's global default."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from opsdesk import reports
from opsdesk.attachments import REPORT_MAX_PX, REPORT_PHOTO_PX, AttachmentStore
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


def test_inspection_report_reuses_the_copies(demo_ctx: AppContext, tmp_path: Path, opened) -> None:  # noqa: F811
    ctx = demo_ctx
    base = completed_inspection(ctx)
    run = runs.start_run(ctx, base.run.store_id, base.run.template_id, "routine")
    version = runs.get_run(ctx, run.id).version
    failing = [i for i in version.items() if i.answer_type == "pass_fail" and i.photo_on_fail][:3]
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
    added = [runs.add_photo(ctx, run.id, item.id, photo(tmp_path / f"p{n}.jpg", n)) for n, item in enumerate(failing)]
    runs.complete(ctx, run.id)
    sign_both(ctx, run.id)
    store = store_for(ctx)
    originals = {store.path_for(a.id) for a in added}
    assert len(originals) == 3

    opened.clear()
    first = reports.build_inspection(ctx, run.id, tmp_path / "warm.pdf")
    assert not originals & set(opened), "the report decoded an original although its copy was there"
    sizes = pdf_image_sizes(first.path)
    assert sizes.count((REPORT_PHOTO_PX[0], round(REPORT_PHOTO_PX[0] * H / W))) == 3, sizes  # the 4-column size
    assert all(max(s) <= 1600 for s in sizes)

    # copies missing (e.g. photos that arrived by sync): made from the original once, and kept
    for a in added:
        for px in REPORT_PHOTO_PX:
            store.report_path_for(a.id, px).unlink()
    opened.clear()
    cold = reports.build_inspection(ctx, run.id, tmp_path / "cold.pdf")
    assert sorted(p for p in opened if p in originals) == sorted(originals)
    assert all(store.report_path_for(a.id, REPORT_PHOTO_PX[0]).is_file() for a in added)
    assert pdf_image_sizes(cold.path) == sizes

    # a damaged copy is made again from its original
    broken = store.report_path_for(added[1].id, REPORT_PHOTO_PX[0])
    broken.write_bytes(broken.read_bytes()[:200])
    opened.clear()
    again = reports.build_inspection(ctx, run.id, tmp_path / "again.pdf")
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
