"""The page shown for an area that is not built yet."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.style import set_role


class ComingSoonPage(QWidget):
    def __init__(self, title: str, icon: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        pic = QLabel()
        pic.setPixmap(qta.icon(icon, color="#9aa5b1").pixmap(64, 64))
        pic.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(heading, "title")
        note = QLabel(self.tr("Coming soon"))
        note.setObjectName("comingNote")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(note, "muted")
        for w in (pic, heading, note):
            layout.addWidget(w)
        layout.addStretch(2)

    def refresh(self) -> None:
        """Nothing to load yet."""
