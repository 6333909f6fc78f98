"""Content-addressed file store for photos: ``<root>/<aa>/<sha256>`` plus thumbnails and report copies.

Files are validated with Pillow before they are kept; a file that is not an
image is refused and nothing is written. Documents (``put_document``: an item's
manual, warranty card, packing list) may also be PDFs, checked by their content
with pyHanko's reader and limited in size; a PDF has no derived files.

Derived files, all JPEG, written atomically (temporary file + rename) and made
again whenever missing:

- ``<root>/thumbs/<sha256>.jpg``: the 320 px thumbnail the UI shows;
- ``<root>/report/<sha256>-<px>.jpg``: the copy a PDF report embeds, at most
  ``px`` (<= 1600) on its long side. ``put()`` makes the thumbnail and the
  report copies of :data:`REPORT_PHOTO_PX` from one decode of the photo; other
  sizes, and photos that arrived without them (sync), are made on first use.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from opsdesk.errors import (
    DocumentTooLargeError,
    ImageTooLargeError,
    NotADocumentError,
    NotAnImageError,
)

THUMB_SIZE = 320
THUMB_QUALITY = 82
# Report copies: the pixel sizes reports draw photos at (opsdesk.reports.layout.photo_grid: 4 and 5
# columns on A4 at 220 dpi; a test keeps the two in step), the cap and the JPEG quality.
REPORT_PHOTO_PX = (367, 290)
REPORT_MAX_PX = 1600
REPORT_QUALITY = 80
MAX_PIXELS = 120_000_000  # 120 MP: any real camera, refuses decompression bombs
EXIF_IFD = 0x8769
TAG_DATETIME_ORIGINAL = 0x9003
TAG_DATETIME = 0x0132
MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif",
        "BMP": "image/bmp", "TIFF": "image/tiff", "HEIF": "image/heif", "MPO": "image/jpeg"}


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    mime: str
    size: int
    width: int
    height: int
    taken_at: datetime | None
    original_name: str


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _parse_exif_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value.strip().rstrip("\x00"), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def exif_taken_at(image: Image.Image) -> datetime | None:
    """Capture time from EXIF DateTimeOriginal, else DateTime; None when absent or malformed."""
    try:
        exif = image.getexif()
        original = exif.get_ifd(EXIF_IFD).get(TAG_DATETIME_ORIGINAL)
        fallback = exif.get(TAG_DATETIME)
    except Exception:  # noqa: BLE001 - broken EXIF must not refuse a good photo
        return None
    return _parse_exif_time(original) or _parse_exif_time(fallback)


def inspect_image(path: Path, name: str | None = None) -> tuple[str, int, int, datetime | None]:
    """(mime, width, height, taken_at) of an image file, or NotAnImageError.

    The file is opened twice: ``verify()`` must come straight after opening
    and catches broken structure; a decode then catches truncated data
    (a half-copied photo), which ``verify()`` does not see for JPEG.
    """
    label = name or path.name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                fmt = img.format or ""
                width, height = img.size
                if width * height > MAX_PIXELS:
                    raise ImageTooLargeError(f"{label} has {width}x{height} pixels", name=label)
                img.verify()
            with Image.open(path) as img:
                taken = exif_taken_at(img)
                # A JPEG decoded at 1/8 scale still reads every byte of its data (a truncated file still
                # fails) in a third of the time of a 12-MP full decode; other formats ignore the draft.
                img.draft(None, (max(1, width // 8), max(1, height // 8)))
                img.load()
    except (ImageTooLargeError, NotAnImageError):
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageTooLargeError(f"{label} is too large", name=label) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, RuntimeError) as exc:
        raise NotAnImageError(f"{label} is not an image", name=label) from exc
    mime = MIME.get(fmt)
    if mime is None:
        raise NotAnImageError(f"{label}: unsupported image format {fmt}", name=label)
    return mime, width, height, taken


def check_image_header(path: Path, name: str | None = None) -> str:
    """The image's mime type when its structure is that of a supported image, else NotAnImageError.

    Cheaper than :func:`inspect_image` (no full decode): for photos arriving in a sync package,
    whose hash already proves they are the sender's bytes."""
    label = name or path.name
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as img:
                fmt = img.format or ""
                img.verify()
    except (Image.DecompressionBombError, UnidentifiedImageError, OSError, SyntaxError, ValueError,
            RuntimeError) as exc:
        raise NotAnImageError(f"{label} is not an image", name=label) from exc
    mime = MIME.get(fmt)
    if mime is None:
        raise NotAnImageError(f"{label}: unsupported image format {fmt}", name=label)
    return mime


PDF_MIME = "application/pdf"
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # a scanned manual, not an archive


def inspect_pdf(path: Path, name: str | None = None) -> int:
    """The page count of a PDF, judged by its content (never by its name): the ``%PDF-`` header and a
    cross-reference table pyHanko can read; otherwise NotADocumentError. Larger than
    :data:`MAX_DOCUMENT_BYTES`: DocumentTooLargeError."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    label = name or path.name
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise DocumentTooLargeError(f"{label} has {size} bytes", name=label, max_mb=MAX_DOCUMENT_BYTES // (1 << 20))
    with path.open("rb") as fh:
        if b"%PDF-" not in fh.read(1024):
            raise NotADocumentError(f"{label} is not a PDF", name=label)
        try:
            pages = PdfFileReader(fh, strict=False).root["/Pages"]["/Count"]
        except (PdfError, KeyError, TypeError, ValueError, OSError, RecursionError) as exc:
            raise NotADocumentError(f"{label} is a damaged PDF: {exc}", name=label) from None
    return int(pages)


def is_pdf(path: Path) -> bool:
    """Whether the file starts like a PDF (a cheap check of a file already stored)."""
    try:
        with Path(path).open("rb") as fh:
            return b"%PDF-" in fh.read(1024)
    except OSError:
        return False


def check_attachment_header(path: Path, name: str | None = None) -> str:
    """The mime type of an attachment arriving in a sync package: a supported image
    (:func:`check_image_header`) or a PDF document that can be read (:func:`inspect_pdf`)."""
    if is_pdf(path):
        try:
            inspect_pdf(path, name)
        except (NotADocumentError, DocumentTooLargeError) as exc:
            raise NotAnImageError(str(exc), name=name or path.name) from None
        return PDF_MIME
    return check_image_header(path, name)


def _is_sha256(name: str) -> bool:
    return len(name) == 64 and all(c in "0123456789abcdef" for c in name)


def fit_for_report(img: Image.Image, px: int) -> Image.Image:
    """``img`` (already upright) as RGB/L, at most ``px`` on its long side, resized with LANCZOS."""
    if img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    else:
        img = img.copy()
    img.thumbnail((px, px), Image.LANCZOS)
    return img


def _save_jpeg_atomic(img: Image.Image, target: Path, prefix: str, **params: object) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=".jpg")
    os.close(fd)
    try:
        img.save(tmp, "JPEG", **params)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def read_report_jpeg(path: Path, px: int) -> tuple[bytes, int, int] | None:
    """(bytes, width, height) of a report copy, or None when it is missing, damaged or too large.

    The copy is small (a few hundred pixels), so a full decode to check it costs about a millisecond.
    """
    try:
        data = path.read_bytes()
        with Image.open(io.BytesIO(data)) as img:
            if img.format != "JPEG" or max(img.size) > px:
                return None
            img.load()
            return data, img.width, img.height
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return None


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def locate(cls, path: str | Path) -> tuple["AttachmentStore", str] | None:
        """(store, sha256) when ``path`` is a stored original ``<root>/<aa>/<sha256>``, else None."""
        path = Path(path)
        name = path.name
        if _is_sha256(name) and path.parent.name == name[:2]:
            return cls(path.parent.parent), name
        return None

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def thumb_for(self, sha256: str) -> Path:
        return self.root / "thumbs" / f"{sha256}.jpg"

    def report_path_for(self, sha256: str, px: int) -> Path:
        return self.root / "report" / f"{sha256}-{int(px)}.jpg"

    def put(self, source: str | Path) -> StoredFile:
        """Validate and store a photo (idempotent: the same bytes are kept once).

        The bytes are hashed while they are copied, so the stored file always
        matches its name even if the source changes meanwhile (a camera still
        writing); the copy is validated again before it is kept.
        """
        source = Path(source)
        if not source.is_file():
            raise NotAnImageError(f"{source} is not a file", name=source.name)
        inspect_image(source)
        found: list = []
        sha, target = self._keep(source, lambda tmp: found.extend(inspect_image(tmp, name=source.name)))
        mime, width, height, taken = found
        self.ensure_derived(sha, thumbnail=True, report_px=REPORT_PHOTO_PX)
        return StoredFile(sha, mime, target.stat().st_size, width, height, taken, source.name)

    def _keep(self, source: Path, check: Callable[[Path], object]) -> tuple[str, Path]:
        """Copy ``source`` into the store under its SHA-256 (once), ``check`` validating the copy as kept;
        a copy that fails its check leaves nothing behind. Returns (sha, stored path)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    digest.update(chunk)
                    out.write(chunk)
            check(tmp)
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        return sha, target

    def put_document(self, source: str | Path) -> StoredFile:
        """Validate and store a document: a PDF (checked by its content, at most
        :data:`MAX_DOCUMENT_BYTES`) or a picture (as :meth:`put`, with its thumbnail); anything else is
        refused with NotADocumentError and nothing is written. A PDF has no thumbnail or report copy."""
        source = Path(source)
        if not source.is_file():
            raise NotADocumentError(f"{source} is not a file", name=source.name)
        if not is_pdf(source):
            try:
                return self.put(source)
            except NotAnImageError:
                raise NotADocumentError(f"{source.name} is neither a PDF nor a picture", name=source.name) from None
        inspect_pdf(source)
        sha, target = self._keep(source, lambda tmp: inspect_pdf(tmp, name=source.name))  # the copy, as kept
        return StoredFile(sha, PDF_MIME, target.stat().st_size, 0, 0, None, source.name)

    def ensure_thumbnail(self, sha256: str) -> Path:
        """The thumbnail, made if missing (with the report copies, from the same decode)."""
        thumb = self.thumb_for(sha256)
        if not thumb.exists():
            self.ensure_derived(sha256, thumbnail=True, report_px=REPORT_PHOTO_PX)
        return thumb

    def report_copy(self, sha256: str, px: int, *, rebuild: bool = False) -> Path:
        """The JPEG copy of a stored photo that reports embed, at most ``px`` (<= 1600) on its long side.

        Made from the original when missing (or when ``rebuild``), atomically; otherwise reused as is.
        """
        px = self._report_px(px)
        path = self.report_path_for(sha256, px)
        if rebuild or not path.is_file():
            self.ensure_derived(sha256, report_px=(px,), force=rebuild)
        return path

    def report_photo(self, sha256: str, px: int) -> tuple[bytes, int, int]:
        """(JPEG bytes, width, height) of the report copy at ``px``; a damaged cached copy is made again.

        Raises OSError (or NotAnImageError) when the original is missing or unreadable too.
        """
        px = self._report_px(px)
        got = read_report_jpeg(self.report_copy(sha256, px), px)
        if got is None:
            got = read_report_jpeg(self.report_copy(sha256, px, rebuild=True), px)
            if got is None:
                raise NotAnImageError(f"cannot make a report copy of {sha256}", name=sha256)
        return got

    @staticmethod
    def _report_px(px: int) -> int:
        px = int(px)
        if px < 1:
            raise ValueError(f"report photo size must be positive, not {px}")
        return min(px, REPORT_MAX_PX)

    def ensure_derived(self, sha256: str, *, thumbnail: bool = False, report_px: tuple[int, ...] = (),
                       force: bool = False) -> None:
        """Make the missing derived files (thumbnail, report copies) from ONE decode of the original.

        The JPEG is decoded at a reduced scale (``draft``) just large enough for the biggest of them.
        ``force`` makes them again even if present (a damaged copy).
        """
        jobs: list[tuple[Path, int, str, dict]] = []
        if thumbnail and (force or not self.thumb_for(sha256).exists()):
            jobs.append((self.thumb_for(sha256), THUMB_SIZE, ".thumb-", {"quality": THUMB_QUALITY}))
        for px in dict.fromkeys(self._report_px(p) for p in report_px):
            path = self.report_path_for(sha256, px)
            if force or not path.is_file():
                jobs.append((path, px, ".report-", {"quality": REPORT_QUALITY, "optimize": True}))
        if not jobs:
            return
        biggest = max(px for _, px, _, _ in jobs)
        with Image.open(self.path_for(sha256)) as img:
            img.draft("RGB", (biggest, biggest))  # JPEG: decode at a reduced scale, much faster
            upright = ImageOps.exif_transpose(img)
            for path, px, prefix, params in jobs:
                if prefix == ".thumb-":
                    small = upright if upright.mode in ("RGB", "L") else upright.convert("RGB")
                    small = small.copy() if small is upright else small
                    small.thumbnail((px, px))
                else:
                    small = fit_for_report(upright, px)
                _save_jpeg_atomic(small, path, prefix, **params)
