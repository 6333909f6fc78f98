"""What the idle lock (``MainWindow.lock``) does to the application's OTHER windows: dialogs, message boxes, tool
windows and second top-level windows that are open when it locks (or that open while it is locked).

Each gets a ``LockCover``: an opaque child filling it, raised above everything in it and kept at its size, that
shows only "OpsDesk is locked". The windows are NOT hidden or closed: hiding a QDialog inside ``exec()`` ends its
``exec`` and what the person typed would be lost; covered, each stays exactly as it was (its fields, its focus)
and the cover is simply removed at unlock. While locked, an application-wide event filter swallows keyboard, mouse,
wheel, drag and shortcut input to every widget of a covered window, and a window-system close (its title bar's
button) too, so nothing under a cover can be read or changed.

A modal dialog blocks input to the main window, whose lock screen then cannot be used: while one is open, a
separate application-modal ``LockWindow`` (over the main window, holding its own ``LockScreen``) is shown after
it, so it is the top-most modal window and the unlock form is reachable. When a modal window opens while locked
(an operation's error box, a progress dialog), it is covered too and the lock window is shown again on top.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolTip, QVBoxLayout, QWidget

from opsdesk.services import AppContext
from ui.style import set_role

EXEMPT = "lockExempt"  # a window with this dynamic property set is never covered (the sign-in of Switch user)
_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet, Qt.WindowType.Tool)


def locked_text() -> str:
    return QCoreApplication.translate("LockScreen", "OpsDesk is locked")


class LockCover(QWidget):
    """An opaque child of a top-level window: fills it, stays above its other children, shows nothing of it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAutoFillBackground(True)
        label = QLabel(locked_text(), objectName="lockCoverText")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        set_role(label, "heading")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        colour = QColor(self.palette().color(self.backgroundRole()))
        colour.setAlpha(255)  # never see-through, whatever a style sheet says
        QPainter(self).fillRect(event.rect(), colour)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The covered window: keep the cover at its size and above a child added later."""
        if watched is self.parentWidget():
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.setGeometry(self.parentWidget().rect())
            elif kind in (QEvent.Type.ChildAdded, QEvent.Type.ChildPolished):
                QTimer.singleShot(0, self, self._on_top)
        return False

    def _on_top(self) -> None:
        window = self.parentWidget()
        if window is not None:
            self.setGeometry(window.rect())
        self.raise_()

    # the cover itself takes every click and wheel turn that reaches it
    def mousePressEvent(self, event) -> None:  # noqa: ANN001, N802
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: ANN001, N802
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001, N802
        event.accept()

    def wheelEvent(self, event) -> None:  # noqa: ANN001, N802
        event.accept()

    def remove(self) -> None:
        window = self.parentWidget()
        if window is not None:
            window.removeEventFilter(self)
        self.hide()
        self.setParent(None)
        self.deleteLater()


class LockWindow(QDialog):
    """The unlock form when a modal dialog is open: application-modal, over the main window, shown last."""

    def __init__(self, ctx: AppContext, main: QWidget) -> None:
        from ui.widgets.sign_in import LockScreen

        super().__init__(main)
        self.setObjectName("lockWindow")
        self.setProperty(EXEMPT, True)
        self.setWindowTitle(locked_text())
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.screen_ = LockScreen(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screen_)
        self.setGeometry(main.geometry())
        self.releasing = False

    def reject(self) -> None:  # Esc does not close it
        if self.releasing:
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.releasing:
            super().closeEvent(event)
        else:
            event.ignore()

    def bring_up(self) -> None:
        """Show it (again) last: the front of the modal stack, above any modal window opened meanwhile."""
        if self.isVisible():
            self.hide()
        self.show()
        self.raise_()
        self.activateWindow()
        self.screen_.form.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_now(self) -> None:
        self.releasing = True
        self.hide()
        self.deleteLater()


class DialogLock(QObject):
    """Covers the application's other windows while ``main`` is locked; ``release`` takes the covers away.

    ``on_unlocked`` and ``on_switch`` are the main window's: the lock window's form unlocks or switches user as
    the main window's own lock screen does."""

    INPUT = frozenset({
        QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.ContextMenu, QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.DragEnter, QEvent.Type.DragMove,
        QEvent.Type.Drop, QEvent.Type.InputMethod, QEvent.Type.TabletPress, QEvent.Type.NativeGesture,
        QEvent.Type.Gesture,
    })

    def __init__(self, ctx: AppContext, main: QWidget, on_unlocked: Callable[[], None],
                 on_switch: Callable[[], None]) -> None:
        super().__init__(main)
        self.ctx = ctx
        self.main = main
        self.on_unlocked = on_unlocked
        self.on_switch = on_switch
        self.covers: dict[QWidget, LockCover] = {}
        self.lock_window: LockWindow | None = None
        self.released = False
        self._close_popups()
        for window in QApplication.topLevelWidgets():
            if self._coverable(window):
                self._cover(window)
        QApplication.instance().installEventFilter(self)
        if self._modal_open():
            self._bring_up_lock_window()

    # -- which windows
    def _coverable(self, window: QWidget) -> bool:
        return (shiboken6.isValid(window) and window.isWindow() and window.isVisible() and window is not self.main
                and window not in self.covers and not window.property(EXEMPT)
                and window.windowType() in _WINDOW_TYPES)

    @staticmethod
    def _close_popups() -> None:
        """Menus and combo box lists grab the keyboard and mouse (and may show data): closed, they lose nothing."""
        QToolTip.hideText()
        for _ in range(20):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()

    def _modal_open(self) -> bool:
        modal = QApplication.activeModalWidget()
        return modal is not None and modal is not self.lock_window and not modal.property(EXEMPT)

    def _cover(self, window: QWidget) -> None:
        self.covers[window] = LockCover(window)

    def covered(self) -> list[QWidget]:
        """The windows covered now (those still alive)."""
        return [w for w in self.covers if shiboken6.isValid(w)]

    def cover_of(self, window: QWidget) -> LockCover | None:
        cover = self.covers.get(window)
        return cover if cover is not None and shiboken6.isValid(cover) else None

    # -- the lock window
    def _bring_up_lock_window(self) -> None:
        if self.lock_window is None or not shiboken6.isValid(self.lock_window):
            self.lock_window = LockWindow(self.ctx, self.main)
            self.lock_window.screen_.unlocked.connect(self.on_unlocked)
            self.lock_window.screen_.switchRequested.connect(self.on_switch)
        self.lock_window.bring_up()

    def _window_shown(self, window: QWidget) -> None:
        """A window opened while locked (its Show event, before it reaches the screen): covered at once; the lock
        window is shown again after it when it is modal (it would block the unlock form)."""
        if not self._coverable(window):
            return
        self._cover(window)
        if window.isModal():
            QTimer.singleShot(0, self, self._raise_if_blocked)

    def _raise_if_blocked(self) -> None:
        if not self.released and self._modal_open():
            self._bring_up_lock_window()

    # -- input while locked
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Show:
            if isinstance(watched, QWidget) and watched.isWindow():
                self._window_shown(watched)
            return False
        if kind in self.INPUT or (kind == QEvent.Type.Close and event.spontaneous()):
            if isinstance(watched, QWidget) and watched.window() in self.covers:
                if kind == QEvent.Type.ShortcutOverride:
                    event.accept()  # overridden: no shortcut of a covered window fires; the key press is dropped
                else:
                    event.ignore()
                return True
        return False

    # -- unlock
    def release(self, *, keep_windows: bool) -> None:
        """Take every cover away. ``keep_windows``: the same person unlocked, so each window is shown as it was;
        else (another user signed in) the covered windows are rejected or closed, so the previous person's open
        work is never shown to the next one."""
        self.released = True
        QApplication.instance().removeEventFilter(self)
        if self.lock_window is not None and shiboken6.isValid(self.lock_window):
            self.lock_window.close_now()
        self.lock_window = None
        covers, self.covers = self.covers, {}
        windows = [w for w in covers if shiboken6.isValid(w)]
        if not keep_windows:
            # Another user: the previous user's dialogs are rejected (a QDialog in exec() returns Rejected, so its
            # caller saves nothing more; answers already autosaved stay saved) and other windows closed, still
            # under their covers. A dialog refusing to reject (a running operation) is ended anyway. Nested exec()
            # loops each end once control returns to them, whatever the order here.
            for window in windows:
                if isinstance(window, QDialog):
                    window.reject()
                    if window.isVisible():
                        QDialog.done(window, QDialog.DialogCode.Rejected)
                else:
                    window.close()
                    if window.isVisible():
                        window.hide()
        for window, cover in covers.items():
            if shiboken6.isValid(cover):
                cover.remove()
        self.deleteLater()
