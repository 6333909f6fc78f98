"""Photos at full size: the viewer dialog, the clickable thumbnail that opens it, and the check of
which dragged files are photos (shared by the runner and the daily checklists).

The viewer (``PhotoViewer``) shows one photo of a list, fit to the window; Ctrl+wheel, + and -
zoom, 0 fits, 1 shows 100 %; dragging pans; Left/Right (or PgUp/PgDown, Home/End) step through
the list; Esc closes. A photo is decoded off the GUI thread (a 12 MP photo takes a noticeable
moment): the dialog says "Loading..." until it arrives. EXIF orientation is respected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QRectF, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.operations import QueryOp
from ui.style import set_role

# What a drop may bring: the formats the attachment store takes (opsdesk.attachments.MIME).
PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".bmp", ".gif", ".tif", ".tiff"})
IMAGE_FILTER = " ".join(f"*{suffix}" for suffix in sorted(PHOTO_SUFFIXES))  # a file dialog's name filter
MAX_DECODED_PIXELS = 50_000_000  # larger photos are shown scaled down (a 12 MP photo is shown whole)
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.02, 16.0


def photo_files(mime: QMimeData) -> list[str]:
    """The local files of a drag or a drop that look like photos (by their name); [] when none.

    The file itself is checked when it is stored: a ``.jpg`` that is not an image is refused then."""
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls()
            if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in PHOTO_SUFFIXES]


@dataclass(frozen=True)
class Photo:
    """What the viewer needs of a photo: its file, the name to show and when it was taken."""

    path: Path
    name: str
    taken_at: datetime | None = None


def as_photo(photo: object) -> Photo:
    """A ``Photo`` from an ``AttachmentDTO`` (path, original_name, taken_at), a path or a ``Photo``."""
    if isinstance(photo, Photo):
        return photo
    if isinstance(photo, (str, Path)):
        return Photo(Path(photo), Path(photo).name)
    path = Path(photo.path)  # type: ignore[attr-defined]
    return Photo(path, getattr(photo, "original_name", "") or path.name, getattr(photo, "taken_at", None))


def read_image(path: Path) -> tuple[QImage, str]:
    """Decode a photo upright (EXIF orientation applied); (image, "") or (null image, the reason).

    Runs in a worker thread: only QImage (not QPixmap) may be used here."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() * size.height() > MAX_DECODED_PIXELS:
        scale = (MAX_DECODED_PIXELS / (size.width() * size.height())) ** 0.5
        reader.setScaledSize(size * scale)
    image = reader.read()
    return image, ("" if not image.isNull() else reader.errorString())


class _View(QGraphicsView):
    """The photo's canvas: Ctrl+wheel zooms around the cursor; a plain wheel scrolls; dragging pans."""

    zoomed = Signal(int)  # steps: + in, - out
    resized = Signal()  # the canvas changed size (a fitted photo fits again)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoView")
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.zoomed.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self.resized.emit()


class PhotoViewer(QDialog):
    """One photo of ``photos`` at full size, with zoom, pan and previous/next."""

    def __init__(self, photos: Sequence[object], index: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoViewer")
        self.photos = [as_photo(p) for p in photos]
        self.index = max(0, min(index, len(self.photos) - 1)) if self.photos else -1
        self.fit_mode = True  # the photo follows the window's size until the user zooms
        self.loading = False
        self.error = ""
        self._pending: QueryOp | None = None
        self.resize(1100, 780)

        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = _View(self)
        self.view.setScene(self.scene)
        self.view.zoomed.connect(lambda steps: self.zoom_by(ZOOM_STEP ** steps))
        self.view.resized.connect(self._view_resized)
        self.message = QLabel(objectName="photoMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        set_role(self.message, "placeholder")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)

        self.prev_button = QToolButton(objectName="previousPhoto", text="‹")
        self.prev_button.setToolTip(self.tr("Previous photo (Left)"))
        self.prev_button.clicked.connect(self.previous_photo)
        self.next_button = QToolButton(objectName="nextPhoto", text="›")
        self.next_button.setToolTip(self.tr("Next photo (Right)"))
        self.next_button.clicked.connect(self.next_photo)
        self.fit_button = QToolButton(objectName="fitPhoto", text=self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Fit the photo to the window (0)"))
        self.fit_button.clicked.connect(self.fit)
        self.actual_button = QToolButton(objectName="actualSize", text="100%")
        self.actual_button.setToolTip(self.tr("Actual size (1)"))
        self.actual_button.clicked.connect(self.actual_size)
        self.position_label = QLabel(objectName="photoPosition")
        self.zoom_label = QLabel(objectName="zoom")
        set_role(self.position_label, "muted")
        set_role(self.zoom_label, "muted")
        hint = set_role(QLabel(self.tr("Ctrl+wheel or +/- zoom · drag to pan · Esc closes")), "muted")
        for button in (self.prev_button, self.next_button, self.fit_button, self.actual_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.position_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.actual_button)
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        bar.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)

        for keys, handler in (
            (("Right", "PgDown", "Space"), self.next_photo),
            (("Left", "PgUp", "Backspace"), self.previous_photo),
            (("Home",), lambda: self.show_photo(0)),
            (("End",), lambda: self.show_photo(len(self.photos) - 1)),
            (("+", "=", "Ctrl++", "Ctrl+="), lambda: self.zoom_by(ZOOM_STEP)),
            (("-", "Ctrl+-"), lambda: self.zoom_by(1 / ZOOM_STEP)),
            (("0", "Ctrl+0"), self.fit),
            (("1",), self.actual_size),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=handler)
        self.show_photo(self.index)

    # -- which photo
    def current(self) -> Photo | None:
        return self.photos[self.index] if 0 <= self.index < len(self.photos) else None

    def next_photo(self) -> None:
        if self.index < len(self.photos) - 1:
            self.show_photo(self.index + 1)

    def previous_photo(self) -> None:
        if self.index > 0:
            self.show_photo(self.index - 1)

    def show_photo(self, index: int) -> None:
        """Show photo ``index``: "Loading..." at once, the photo when its decoding (off the GUI
        thread) is done. A newer request supersedes one still loading."""
        if not self.photos:
            self._show_message(self.tr("No photo."))
            self._update_title()
            return
        self.index = max(0, min(index, len(self.photos) - 1))
        photo = self.photos[self.index]
        self.item.setPixmap(QPixmap())
        self.loading, self.error = True, ""
        self._show_message(self.tr("Loading %1...").replace("%1", photo.name))
        self._update_title()
        index = self.index
        path = photo.path
        self._pending = (QueryOp(lambda _job: read_image(path), owner=self, key="photo", name="photo_viewer.read")
                         .success(lambda result, i=index: self._loaded(i, *result))
                         .failure(lambda exc, i=index: self._loaded(i, QImage(), str(exc)))
                         .run())

    def _loaded(self, index: int, image: QImage, reason: str) -> None:
        if index != self.index:
            return  # the person moved on meanwhile
        self.loading = False
        self._pending = None
        if image.isNull():
            self.error = reason or "?"
            self._show_message(self.tr("This photo cannot be shown: %1").replace("%1", self.error))
            self._update_title()
            return
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene.setSceneRect(QRectF(self.item.pixmap().rect()))
        self.stack.setCurrentWidget(self.view)
        self.fit_mode = True
        self._apply_fit()
        self._update_title()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.zoom_label.clear()

    def _update_title(self) -> None:
        photo = self.current()
        count = len(self.photos)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(0 <= self.index < count - 1)
        self.position_label.setText(f"{self.index + 1} / {count}" if count else "")
        if photo is None:
            self.setWindowTitle(self.tr("Photo"))
            return
        parts = [photo.name]
        if photo.taken_at is not None:
            parts.append(photo.taken_at.strftime("%Y-%m-%d %H:%M"))
        if not self.item.pixmap().isNull():
            parts.append(f"{self.item.pixmap().width()}×{self.item.pixmap().height()}")
        if count > 1:
            parts.append(f"{self.index + 1}/{count}")
        self.setWindowTitle(" · ".join(parts))

    # -- zoom
    def has_photo(self) -> bool:
        return not self.item.pixmap().isNull()

    def zoom(self) -> float:
        """The current scale: 1.0 is one photo pixel per screen pixel."""
        return self.view.transform().m11()

    def fit_scale(self) -> float:
        """The scale at which the whole photo fits the window (never above 100 %)."""
        pixmap = self.item.pixmap()
        if pixmap.isNull():
            return 1.0
        area = self.view.maximumViewportSize()  # as if no scroll bar took room (none shows when it fits)
        return min(1.0, max(ZOOM_MIN, min((area.width() - 2) / pixmap.width(), (area.height() - 2) / pixmap.height())))

    def set_zoom(self, scale: float) -> None:
        if not self.has_photo():
            return
        scale = max(ZOOM_MIN, min(ZOOM_MAX, scale))
        self.view.resetTransform()
        self.view.scale(scale, scale)
        self.zoom_label.setText(f"{round(scale * 100)}%")

    def zoom_by(self, factor: float) -> None:
        if not self.has_photo():
            return
        self.fit_mode = False
        self.set_zoom(self.zoom() * factor)

    def fit(self) -> None:
        self.fit_mode = True
        self._apply_fit()

    def actual_size(self) -> None:
        self.fit_mode = False
        self.set_zoom(1.0)

    def _apply_fit(self) -> None:
        if self.has_photo():
            self.set_zoom(self.fit_scale())
            self.view.centerOn(self.item)

    def _view_resized(self) -> None:
        if self.fit_mode:  # fitted to the canvas as it is now (a scroll bar or the layout may change it)
            self._apply_fit()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if self.fit_mode:
            self._apply_fit()
        self.view.setFocus()


def open_viewer(photos: Sequence[object], index: int = 0, parent: QWidget | None = None) -> PhotoViewer:
    """Open the viewer on ``photos[index]`` (window-modal, not blocking); it deletes itself when closed."""
    viewer = PhotoViewer(photos, index, parent.window() if parent is not None else None)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    viewer.open()
    return viewer


class PhotoThumb(QLabel):
    """A photo's thumbnail; a click (or double-click) opens the viewer on it among ``photos``."""

    def __init__(self, photos: Sequence[object], index: int, size: int = 72, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thumb")
        self.photos = list(photos)
        self.index = index
        photo = self.photos[index]
        thumb = getattr(photo, "thumbnail", None) or as_photo(photo).path
        pixmap = QPixmap(str(thumb))
        if not pixmap.isNull():
            self.setPixmap(pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        else:
            self.setText("?")
            self.setFixedSize(size, size)
            self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("%1 — click to view at full size").replace("%1", as_photo(photo).name))
        self.viewer: PhotoViewer | None = None

    def open_viewer(self) -> PhotoViewer:
        self.viewer = open_viewer(self.photos, self.index, self)
        return self.viewer

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.open_viewer()
            event.accept()
            return
        super().mouseReleaseEvent(event)


__all__ = ["IMAGE_FILTER", "PHOTO_SUFFIXES", "ask_photo_files", "store_photo_files", "Photo", "PhotoThumb", "PhotoViewer", "open_viewer", "photo_files", "read_image"]


def fill_photo_strip(strip, photos: Sequence[object], empty_text: str, size: int = 84) -> None:  # noqa: ANN001
    """Put ``photos`` into a row layout as clickable thumbnails (each opens the full-size viewer), or
    ``empty_text`` when there are none; what the row held before is removed."""
    while strip.count():
        widget = strip.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
    for index in range(len(photos)):
        strip.addWidget(PhotoThumb(photos, index, size))
    if not photos:
        strip.addWidget(QLabel(empty_text, objectName="noPhotos"))
    strip.addStretch(1)


def ask_photo_files(parent: QWidget | None) -> list[str]:
    """The photos a person picks in a file dialog ([] when cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    files, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("PhotoFiles", "Add photos"), "",
        QCoreApplication.translate("PhotoFiles", "Images (%1)").replace("%1", IMAGE_FILTER))
    return files


def store_photo_files(parent: QWidget | None, files: Sequence[str], store: Callable[[str], object]) -> bool:
    """``store(path)`` each picked or dropped photo in turn; the first refusal is shown (translated) and
    stops the rest. True when at least one was stored."""
    from opsdesk.errors import OpsDeskError
    from ui.errors import show_error

    stored = False
    for path in files:
        try:
            store(path)
        except OpsDeskError as exc:
            show_error(parent, exc)
            break
        stored = True
    return stored
