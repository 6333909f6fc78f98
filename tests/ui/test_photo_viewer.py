"""The full-size photo viewer (ui/widgets/photo_viewer.py): real image files, real key presses, the
background decoding of a large photo, EXIF orientation, and the shared drop check."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from ui.widgets import photo_viewer
from ui.widgets.photo_viewer import Photo, PhotoThumb, PhotoViewer, photo_files


def jpeg(path, size, colour=(200, 60, 40), orientation=None):  # noqa: ANN001, ANN201
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(path, "JPEG", quality=80, exif=exif.tobytes())
    return path


def loaded(qtbot, viewer: PhotoViewer) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not viewer.loading, timeout=15000)


def make_viewer(qtbot, photos, index=0) -> PhotoViewer:  # noqa: ANN001
    viewer = PhotoViewer(photos, index)
    qtbot.addWidget(viewer)
    viewer.resize(800, 600)
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


@pytest.fixture
def three(tmp_path):  # noqa: ANN001, ANN201
    return [Photo(jpeg(tmp_path / "a.jpg", (1600, 1200)), "门口.jpg", datetime(2024, 3, 1, 9, 5)),
            Photo(jpeg(tmp_path / "b.jpg", (300, 200), (10, 120, 200)), "冷柜.jpg"),
            Photo(jpeg(tmp_path / "c.jpg", (640, 480), (20, 200, 20)), "后厨.jpg")]


def key(qtbot, viewer, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(viewer.view, k, modifier)


def test_opens_fit_to_the_window_and_zooms_with_keys(qtbot, three) -> None:  # noqa: ANN001
    viewer = make_viewer(qtbot, three)
    loaded(qtbot, viewer)
    assert viewer.has_photo() and viewer.item.pixmap().size().toTuple() == (1600, 1200)
    assert "门口.jpg" in viewer.windowTitle() and "2024-03-01 09:05" in viewer.windowTitle()
    assert "1/3" in viewer.windowTitle()
    fit = viewer.zoom()
    assert fit < 1 and viewer.fit_mode  # 1600 px do not fit 800: shrunk to fit
    # a fitted photo needs no scroll bar: once the view settled, it lies inside the viewport
    view = viewer.view
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible(),
                    timeout=5000)
    assert 1600 * fit <= view.viewport().width() and 1200 * fit <= view.viewport().height()

    key(qtbot, viewer, Qt.Key.Key_Plus)
    assert viewer.zoom() == pytest.approx(fit * 1.25) and not viewer.fit_mode
    key(qtbot, viewer, Qt.Key.Key_Minus)
    key(qtbot, viewer, Qt.Key.Key_Minus)
    assert viewer.zoom() == pytest.approx(fit / 1.25)
    key(qtbot, viewer, Qt.Key.Key_1)
    assert viewer.zoom() == pytest.approx(1.0) and viewer.zoom_label.text() == "100%"
    key(qtbot, viewer, Qt.Key.Key_0)
    assert viewer.zoom() == pytest.approx(fit) and viewer.fit_mode

    # Ctrl+wheel zooms, a plain wheel does not.
    centre = QPointF(viewer.view.viewport().rect().center())
    global_pos = QPointF(viewer.view.viewport().mapToGlobal(centre.toPoint()))
    for modifiers, expected in ((Qt.KeyboardModifier.ControlModifier, fit * 1.25),
                                (Qt.KeyboardModifier.NoModifier, fit * 1.25)):
        event = QWheelEvent(centre, global_pos, QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton, modifiers,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewer.view.viewport(), event)
        assert viewer.zoom() == pytest.approx(expected)


def test_arrow_keys_step_through_the_photos_and_esc_closes(qtbot, three) -> None:  # noqa: ANN001
    viewer = make_viewer(qtbot, three, index=1)
    loaded(qtbot, viewer)
    assert viewer.index == 1 and viewer.item.pixmap().width() == 300
    assert viewer.zoom() == pytest.approx(1.0)  # a small photo is not blown up to fit
    key(qtbot, viewer, Qt.Key.Key_Right)
    assert viewer.index == 2 and viewer.loading  # the next photo is loading
    loaded(qtbot, viewer)
    assert viewer.item.pixmap().width() == 640 and "后厨.jpg" in viewer.windowTitle()
    key(qtbot, viewer, Qt.Key.Key_Right)  # the last one: stays
    assert viewer.index == 2 and not viewer.next_button.isEnabled()
    key(qtbot, viewer, Qt.Key.Key_Left)
    key(qtbot, viewer, Qt.Key.Key_Left)
    loaded(qtbot, viewer)
    assert viewer.index == 0 and viewer.item.pixmap().width() == 1600  # only the latest request arrives
    assert not viewer.prev_button.isEnabled()

    key(qtbot, viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible() and viewer.result() == PhotoViewer.DialogCode.Rejected


def test_dragging_pans_a_zoomed_photo(qtbot, three) -> None:  # noqa: ANN001
    viewer = make_viewer(qtbot, three)
    loaded(qtbot, viewer)
    key(qtbot, viewer, Qt.Key.Key_1)  # 1600 px in an 800 px window: scrollable
    bar = viewer.view.horizontalScrollBar()
    assert bar.maximum() > 0
    before = bar.value()
    port = viewer.view.viewport()
    start = port.rect().center()
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(port, start - QPoint(150, 0))
    qtbot.mouseMove(port, start - QPoint(300, 0))
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=start - QPoint(300, 0))
    assert bar.value() == pytest.approx(before + 300, abs=2)


def test_a_large_photo_loads_off_the_gui_thread(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    big = jpeg(tmp_path / "big.jpg", (4000, 3000))  # 12 MP, as phones take them
    threads = []
    real = photo_viewer.read_image

    def recording(path):  # noqa: ANN001, ANN202
        threads.append(threading.current_thread())
        return real(path)

    monkeypatch.setattr(photo_viewer, "read_image", recording)
    viewer = PhotoViewer([big])
    qtbot.addWidget(viewer)
    # Straight after opening: a loading state, no photo yet, the GUI free.
    assert viewer.loading and not viewer.has_photo()
    assert viewer.stack.currentWidget() is viewer.message and "big.jpg" in viewer.message.text()
    viewer.show()
    loaded(qtbot, viewer)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert viewer.item.pixmap().size().toTuple() == (4000, 3000)
    assert viewer.stack.currentWidget() is viewer.view


def test_exif_orientation_is_respected(qtbot, tmp_path) -> None:  # noqa: ANN001
    # Stored 400x200 landscape, EXIF says "rotate 90° clockwise": the photo stands upright, 200x400.
    upright = jpeg(tmp_path / "rotated.jpg", (400, 200), orientation=6)
    viewer = make_viewer(qtbot, [upright])
    loaded(qtbot, viewer)
    assert viewer.item.pixmap().size().toTuple() == (200, 400)


def test_an_unreadable_photo_says_so(qtbot, tmp_path) -> None:  # noqa: ANN001
    broken = tmp_path / "broken.jpg"
    broken.write_text("a shopping list, not a photo", encoding="utf-8")
    viewer = make_viewer(qtbot, [broken, tmp_path / "gone.jpg"])
    loaded(qtbot, viewer)
    assert not viewer.has_photo() and viewer.error and viewer.message.isVisible()
    key(qtbot, viewer, Qt.Key.Key_Right)
    loaded(qtbot, viewer)
    assert viewer.index == 1 and viewer.error


def test_a_thumbnail_click_opens_the_viewer(qtbot, three) -> None:  # noqa: ANN001
    thumb = PhotoThumb(three, 2, size=48)
    qtbot.addWidget(thumb)
    thumb.show()
    assert max(thumb.pixmap().size().toTuple()) == 48
    qtbot.mouseClick(thumb, Qt.MouseButton.LeftButton)
    viewer = thumb.viewer
    assert viewer is not None and viewer.isVisible() and viewer.index == 2
    loaded(qtbot, viewer)
    assert viewer.item.pixmap().width() == 640
    viewer.reject()


def test_photo_files_keeps_local_photos_only(tmp_path) -> None:  # noqa: ANN001
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.JPG")), QUrl.fromLocalFile(str(tmp_path / "notes.txt")),
                  QUrl("https://example.com/b.jpg"), QUrl.fromLocalFile(str(tmp_path / "c.webp"))])
    assert photo_files(mime) == [str(tmp_path / "a.JPG"), str(tmp_path / "c.webp")]
    text_only = QMimeData()
    text_only.setText("hello")
    assert photo_files(text_only) == []


def test_a_runner_thumbnail_opens_the_viewer_on_the_items_photos(qtbot, demo_ctx, tmp_path) -> None:  # noqa: ANN001
    from opsdesk.services import org, runs, templates
    from ui.widgets.runner import RunnerDialog

    store = org.query_stores(demo_ctx, org.StoreQuery(status="open"))[0]
    template = templates.template_by_code(demo_ctx, "store_routine")
    run = runs.start_run(demo_ctx, store.id, template.id, "routine")
    item = runs.get_run(demo_ctx, run.id).version.items()[0]
    runs.add_photo(demo_ctx, run.id, item.id, jpeg(tmp_path / "shelf.jpg", (500, 400)))
    runs.add_photo(demo_ctx, run.id, item.id, jpeg(tmp_path / "floor.jpg", (400, 500), (0, 90, 200)))

    dialog = RunnerDialog(demo_ctx, run.id)
    qtbot.addWidget(dialog)
    dialog.show()
    thumbs = dialog.cards[item.id].findChildren(PhotoThumb)
    assert len(thumbs) == 2
    qtbot.mouseClick(thumbs[0], Qt.MouseButton.LeftButton)
    viewer = thumbs[0].viewer
    assert viewer is not None and viewer.isVisible() and viewer.parent() is dialog
    loaded(qtbot, viewer)
    assert viewer.item.pixmap().size().toTuple() == (500, 400) and "shelf.jpg" in viewer.windowTitle()
    key(qtbot, viewer, Qt.Key.Key_Right)
    loaded(qtbot, viewer)
    assert viewer.item.pixmap().size().toTuple() == (400, 500) and "floor.jpg" in viewer.windowTitle()
    key(qtbot, viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible() and dialog.isVisible()  # Esc closes the viewer, not the runner
