"""Signatures & reports: where to find the exports, and the PDF signature check."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from opsdesk.services import AppContext
from ui.style import ICON, set_role


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Signatures & reports"))
        set_role(title, "title")
        text = QLabel(self.tr(
            "PDF reports are exported where the record is: a completed inspection (Inspections → View), the "
            "daily checklists, the corrective-action register, a visit and the week plan (Visit logs). "
            "Each offers Export PDF and Export signed PDF; a preview opens before you save.\n\n"
            "A completed inspection is signed by the supervisor and the store manager in its view; it is then "
            "frozen. Your digital signing identity and the head-office CA are in Settings → Signing."))
        text.setWordWrap(True)
        self.verify_button = QPushButton(qta.icon("fa5s.file-signature", color=ICON),
                                         self.tr("Verify a signed PDF..."), objectName="verifyPdf")
        self.verify_button.clicked.connect(self.verify)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Nothing to load."""

    def verify(self) -> None:
        from ui.widgets.reports import VerifyDialog

        dialog = VerifyDialog(self.ctx, parent=self)
        dialog.choose()
        dialog.exec()
