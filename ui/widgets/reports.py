"""PDF export (plain or signed) in a worker, a preview before saving, and the verify dialog."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.services.context import AppContext
from ui.errors import describe
from ui.workers import Worker

# ReportLab jobs run one at a time (DESIGN.md §2).
_POOL: QThreadPool | None = None


def report_pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
    return _POOL


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportExport", text)


class PreviewDialog(QDialog):
    """The finished PDF, shown before it is saved where the user chooses."""

    def __init__(self, pdf: Path, default_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.default_name = default_name
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", default_name))
        self.resize(900, 900)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), objectName="pages")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save..."), objectName="savePdf")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(pages)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def save(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self.default_name,
                                                      self.tr("PDF files (*.pdf)"))
        if not target:
            return
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        try:
            shutil.copyfile(self.pdf, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save PDF"), self.tr("The file could not be written: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return
        self.saved_to = Path(target)
        self.accept()


class ReportExporter(QObject):
    """Builds a report off the GUI thread (optionally signing it), then previews it."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.preview: PreviewDialog | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None

    def export(self, build: Callable[[Path], object], default_name: str, signed: bool = False) -> bool:
        """Start the job; returns False when it was not started (no identity, cancelled passphrase)."""
        from opsdesk import signing

        user_id = self.ctx.user_id
        passphrase = ""
        if signed:
            if not user_id or not signing.has_identity(user_id):
                QMessageBox.information(self.parent_widget, _t("Export signed PDF"),
                                        _t("You have no signing identity on this computer yet. Create one in "
                                           "Settings → Signing identity."))
                return False
            passphrase, ok = QInputDialog.getText(self.parent_widget, _t("Export signed PDF"),
                                                  _t("Passphrase of your signing key:"), QLineEdit.EchoMode.Password)
            if not ok:
                return False
        self._tmp = tempfile.TemporaryDirectory(prefix="opsdesk-report-")
        plain = Path(self._tmp.name) / "report.pdf"
        final = Path(self._tmp.name) / "signed.pdf" if signed else plain

        def job() -> Path:
            build(plain)
            if signed:
                signing.sign_pdf(plain, final, user_id, passphrase)
            return final

        self.progress = QProgressDialog(_t("Building the report..."), "", 0, 0, self.parent_widget)
        self.progress.setWindowTitle(_t("Export PDF"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.worker = Worker(job)
        self.worker.signals.finished.connect(lambda path: self._done(path, default_name))
        self.worker.signals.failed.connect(self._failed)
        report_pool().start(self.worker)
        return True

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, path: Path, default_name: str) -> None:
        self._close_progress()
        self.preview = PreviewDialog(path, default_name, self.parent_widget)
        self.preview.finished.connect(self._cleanup)
        self.preview.open()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._cleanup()
        QMessageBox.warning(self.parent_widget, _t("Export PDF"), describe(exc))

    def _cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


class VerifyDialog(QDialog):
    """Open any PDF and show whether it is signed, intact, and by whom."""

    def __init__(self, ctx: AppContext, path: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_info = None
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.setMinimumWidth(560)
        self.file_label = QLabel(objectName="file")
        self.file_label.setWordWrap(True)
        self.verdict = QLabel(objectName="verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.signer = QLabel(objectName="signer")
        self.fingerprint = QLabel(objectName="fingerprint")
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.time = QLabel(objectName="time")
        self.intact = QLabel(objectName="intact")
        self.trusted = QLabel(objectName="trusted")
        form = QFormLayout()
        form.addRow(self.tr("File"), self.file_label)
        form.addRow(self.tr("Signer"), self.signer)
        form.addRow(self.tr("Certificate fingerprint"), self.fingerprint)
        form.addRow(self.tr("Signed at"), self.time)
        form.addRow(self.tr("Document intact"), self.intact)
        form.addRow(self.tr("Signer trusted"), self.trusted)
        choose = QPushButton(self.tr("Open PDF..."), objectName="openPdf")
        choose.clicked.connect(self.choose)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addLayout(form)
        layout.addLayout(row)
        if path:
            self.verify(path)

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open PDF"), "", self.tr("PDF files (*.pdf)"))
        if path:
            self.verify(path)

    def verify(self, path: str) -> None:
        from opsdesk import signing

        self.file_label.setText(path)
        result = signing.verify_pdf(path, signing.trust_roots(self.ctx))
        self.result_info = result
        yes, no = self.tr("Yes"), self.tr("No")
        self.signer.setText(result.signer or "—")
        self.fingerprint.setText(result.fingerprint or "—")
        self.time.setText(result.signing_time.astimezone().strftime("%Y-%m-%d %H:%M:%S")
                          if result.signing_time else "—")
        self.intact.setText(yes if result.intact else no)
        self.trusted.setText(yes if result.trusted else no)
        if not result.signed:
            text, colour = self.tr("This PDF is not signed."), "#dc2626"
        elif not result.intact:
            text, colour = self.tr("The document was changed after it was signed."), "#dc2626"
        elif not result.trusted:
            text, colour = self.tr("Intact, but the signer is not trusted by this workspace."), "#b45309"
        else:
            text, colour = self.tr("Intact and signed by a trusted signer."), "#15803d"
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"font-size: 15px; font-weight: 600; color: {colour};")


class ExportButton(QPushButton):
    """'Export PDF' with a menu: the plain report, or the report signed with the user's key."""

    def __init__(self, ctx: AppContext, make_build: Callable[[], Callable[[Path], object]], name: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        """``make_build`` runs on the GUI thread when the user exports (read widgets there) and returns
        the function that builds the PDF in the worker."""
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        super().__init__(self.tr("Export PDF"), parent)
        self.setObjectName("exportPdf")
        self.ctx = ctx
        self.make_build = make_build
        self.name = name
        self.exporter = ReportExporter(ctx, self)
        menu = QMenu(self)
        self.plain_action = QAction(self.tr("Export PDF..."), self)
        self.plain_action.triggered.connect(lambda: self.exporter.export(self.make_build(), self.name(), signed=False))
        self.signed_action = QAction(self.tr("Export signed PDF..."), self)
        self.signed_action.triggered.connect(lambda: self.exporter.export(self.make_build(), self.name(), signed=True))
        menu.addAction(self.plain_action)
        menu.addAction(self.signed_action)
        self.setMenu(menu)
