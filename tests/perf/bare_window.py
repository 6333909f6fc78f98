"""The start-up baseline: a bare PySide6 QMainWindow of OpsDesk's default size, shown, exiting
after its first painted frame exactly as ``main.py`` does under ``OPSDESK_EXIT_AFTER_PAINT=1``
(see ``ui/app.py``; kept separate so the baseline imports nothing but PySide6). ``floor_window.py``
runs the same window with work of its own after that frame (``main(then=...)``)."""

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def seconds_since_process_start() -> float | None:
    try:
        stat = Path("/proc/self/stat").read_text()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


class ExitAfterFirstPaint(QObject):
    def __init__(self, target: QObject, then: Callable[[], None] | None = None, label: str = "painted") -> None:
        super().__init__(QApplication.instance())
        self.target = target
        self.then = then  # run after the first frame, before the age is taken
        self.label = label
        self.fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.fired and watched is self.target and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, self._exit)
        return False

    def _exit(self) -> None:
        if self.then is not None:
            self.then()
        age = seconds_since_process_start()
        print(f"{self.label} {age:.3f}" if age is not None else self.label, flush=True)
        os._exit(0)


def main(then: Callable[[], None] | None = None, label: str = "painted") -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("OpsDesk")
    window.resize(1280, 800)
    app.installEventFilter(ExitAfterFirstPaint(window, then, label))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
