"""Photos: content-addressed storage, thumbnails, EXIF capture time, links and tombstones."""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image

from opsdesk.errors import NotAnImageError
from opsdesk.services.attachments import attach_photo, detach, photos_of

EXIF_IFD = 0x8769
DATETIME_ORIGINAL = 0x9003


def make_jpeg(path: Path, size=(800, 600), color=(200, 40, 40), taken: str | None = "2024:05:06 07:08:09") -> Path:
    img = Image.new("RGB", size, color)
    exif = Image.Exif()
    if taken is not None:
        exif.get_ifd(EXIF_IFD)[DATETIME_ORIGINAL] = taken
    img.save(path, "JPEG", exif=exif, quality=90)
    return path


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.fixture
def owner(make_store):
    return make_store().id


def test_attach_stores_file_thumbnail_and_time(ctx, db, sql, tmp_path, owner):
    src = make_jpeg(tmp_path / "IMG_0001.jpg")
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    dto = attach_photo(ctx, src, "store", owner, caption="front door")

    assert dto.id == digest
    assert dto.path == db.attachments_dir / digest[:2] / digest
    assert dto.path.read_bytes() == src.read_bytes()
    assert (dto.mime, dto.width, dto.height) == ("image/jpeg", 800, 600)
    assert dto.size == src.stat().st_size
    assert dto.taken_at == datetime(2024, 5, 6, 7, 8, 9)
    assert dto.original_name == "IMG_0001.jpg"
    assert dto.link_id

    assert dto.thumbnail.exists()
    with Image.open(dto.thumbnail) as thumb:
        assert max(thumb.size) <= 320
        assert thumb.size == (320, 240)
        assert thumb.format == "JPEG"

    row = sql("SELECT mime, size, width, height, taken_at, original_name, deleted FROM attachment WHERE id=?", digest)
    assert len(row) == 1
    mime, size, width, height, taken_at, name, deleted = row[0]
    assert (mime, size, width, height, name, deleted) == ("image/jpeg", dto.size, 800, 600, "IMG_0001.jpg", 0)
    assert taken_at.startswith("2024-05-06 07:08:09")
    link = sql("SELECT attachment_id, owner_table, owner_id, purpose, caption, sort_order, deleted "
               "FROM attachment_link WHERE id=?", dto.link_id)
    assert link == [(digest, "store", owner, "photo", "front door", 0, 0)]
    logged = dict(sql("SELECT field, value FROM change_log WHERE table_name='attachment' AND row_id=?", digest))
    assert logged["taken_at"] == '"2024-05-06T07:08:09"'


def test_photo_without_exif_has_no_time(ctx, tmp_path, owner):
    dto = attach_photo(ctx, make_jpeg(tmp_path / "plain.jpg", taken=None), "store", owner)
    assert dto.taken_at is None


def test_same_bytes_twice_is_one_attachment_two_links(ctx, db, count, tmp_path, owner):
    src = make_jpeg(tmp_path / "a.jpg")
    copy = tmp_path / "copy-of-a.jpg"
    shutil.copyfile(src, copy)
    first = attach_photo(ctx, src, "store", owner)
    second = attach_photo(ctx, copy, "store", owner)
    assert first.id == second.id
    assert first.link_id != second.link_id
    assert count("attachment") == 1
    assert count("attachment_link", "attachment_id=? AND deleted=0", first.id) == 2
    photos = photos_of(ctx, "store", owner)
    assert [(p.id, p.link_id) for p in photos] == [(first.id, first.link_id), (second.id, second.link_id)]
    stored = [p for p in _files(db.attachments_dir) if "thumbs" not in p.parts and "report" not in p.parts]
    assert stored == [first.path]


def test_text_file_named_jpg_is_refused(ctx, db, tmp_path, owner, snapshot):
    fake = tmp_path / "photo.jpg"
    fake.write_text("this is not a photo\n" * 50)
    before = snapshot()
    with pytest.raises(NotAnImageError):
        attach_photo(ctx, fake, "store", owner)
    assert snapshot() == before
    assert _files(db.attachments_dir) == []


def test_missing_and_headerless_files_are_refused(ctx, db, tmp_path, owner, snapshot):
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(make_jpeg(tmp_path / "good.jpg").read_bytes()[:200])
    before = snapshot()
    with pytest.raises(NotAnImageError):
        attach_photo(ctx, tmp_path / "does-not-exist.jpg", "store", owner)
    with pytest.raises(NotAnImageError):
        attach_photo(ctx, cut, "store", owner)
    assert snapshot() == before
    assert _files(db.attachments_dir) == []


def test_truncated_jpeg_is_refused_and_not_stored(ctx, db, tmp_path, owner, snapshot):
    """A photo cut short (interrupted copy) has a valid header but no complete image data."""
    src = tmp_path / "noisy.jpg"
    Image.effect_noise((400, 300), 64).convert("RGB").save(src, "JPEG", quality=95)
    data = src.read_bytes()
    cut = tmp_path / "half.jpg"
    cut.write_bytes(data[: len(data) // 2])
    before = snapshot()
    with pytest.raises(NotAnImageError):
        attach_photo(ctx, cut, "store", owner)
    assert snapshot() == before
    assert _files(db.attachments_dir) == []


def test_photos_in_order_and_detach_tombstones(ctx, db, sql, tmp_path, owner, make_store):
    a = attach_photo(ctx, make_jpeg(tmp_path / "a.jpg", color=(255, 0, 0)), "store", owner)
    b = attach_photo(ctx, make_jpeg(tmp_path / "b.jpg", color=(0, 255, 0)), "store", owner)
    c = attach_photo(ctx, make_jpeg(tmp_path / "c.jpg", color=(0, 0, 255)), "store", owner)
    other = make_store().id
    attach_photo(ctx, make_jpeg(tmp_path / "d.jpg", color=(9, 9, 9)), "store", other)
    assert len({a.id, b.id, c.id}) == 3
    assert [p.link_id for p in photos_of(ctx, "store", owner)] == [a.link_id, b.link_id, c.link_id]

    base = sql("SELECT updated_at FROM attachment_link WHERE id=?", b.link_id)[0][0]
    detach(ctx, b.link_id)
    assert [p.link_id for p in photos_of(ctx, "store", owner)] == [a.link_id, c.link_id]
    assert sql("SELECT deleted FROM attachment_link WHERE id=?", b.link_id) == [(1,)]
    assert sql("SELECT field, value, base_hlc FROM change_log WHERE table_name='attachment_link' AND row_id=? "
               "ORDER BY seq DESC LIMIT 1", b.link_id) == [("deleted", "true", base)]
    assert b.path.exists()  # the file and the attachment row stay
    assert sql("SELECT deleted FROM attachment WHERE id=?", b.id) == [(0,)]

    e = attach_photo(ctx, make_jpeg(tmp_path / "e.jpg", color=(1, 2, 3)), "store", owner)
    assert [p.link_id for p in photos_of(ctx, "store", owner)] == [a.link_id, c.link_id, e.link_id]
    assert len(photos_of(ctx, "store", other)) == 1

    detach(ctx, b.link_id)  # detaching twice is harmless
    assert sql("SELECT count(*) FROM change_log WHERE row_id=? AND field='deleted' AND value='true'", b.link_id) == [(1,)]


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_png_is_accepted_with_a_jpeg_thumbnail(ctx, tmp_path, owner, mode):
    src = tmp_path / f"logo-{mode}.png"
    Image.new(mode, (1000, 400), (10, 20, 30, 128)[: len(mode)]).save(src, "PNG")
    dto = attach_photo(ctx, src, "store", owner)
    assert (dto.mime, dto.width, dto.height) == ("image/png", 1000, 400)
    with Image.open(dto.thumbnail) as thumb:
        assert thumb.size == (320, 128)
        assert thumb.mode == "RGB"
