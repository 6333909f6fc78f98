"""Content-addressed file store for photos: ``<root>/<aa>/<sha256>`` plus thumbnails.

Files are validated with Pillow before they are kept; a file that is not an
image is refused and nothing is written.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from opsdesk.errors import ImageTooLargeError, NotAnImageError

THUMB_SIZE = 320
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
    and catches broken structure; a full decode then catches truncated data
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


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def thumb_for(self, sha256: str) -> Path:
        return self.root / "thumbs" / f"{sha256}.jpg"

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
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    digest.update(chunk)
                    out.write(chunk)
            mime, width, height, taken = inspect_image(tmp, name=source.name)
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        self.ensure_thumbnail(sha)
        return StoredFile(sha, mime, target.stat().st_size, width, height, taken, source.name)

    def ensure_thumbnail(self, sha256: str) -> Path:
        thumb = self.thumb_for(sha256)
        if thumb.exists():
            return thumb
        thumb.parent.mkdir(parents=True, exist_ok=True)
        with Image.open(self.path_for(sha256)) as img:
            img = ImageOps.exif_transpose(img)
            img.thumbnail((THUMB_SIZE, THUMB_SIZE))
            if img.mode not in ("RGB", "L"):
                img = img.convert("RGB")
            fd, tmp = tempfile.mkstemp(dir=thumb.parent, prefix=".thumb-", suffix=".jpg")
            os.close(fd)
            try:
                img.save(tmp, "JPEG", quality=82)
                os.replace(tmp, thumb)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        return thumb
