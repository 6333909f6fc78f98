"""PDF export (plain or signed) as a background operation, a preview before saving, and the verify dialog."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import workspace
from opsdesk.services.context import AppContext
from ui import i18n
from ui.errors import describe
from ui.operations import REPORTS_POOL, Job, Operation
from ui.style import AMBER, RED, set_role, styled


def report_language() -> str:
    """The language PDF reports are built in: the interface's ("en" or "zh_CN"); read on the GUI thread.
    Default file names follow it too (``opsdesk.vocabulary.file_name``)."""
    from ui.widgets.answer_editors import interface_is_english

    return "en" if interface_is_english() else "zh_CN"


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
        self.operation: Operation | None = None  # the running job (ReportLab jobs run one at a time)
        self.preview: PreviewDialog | None = None
        self._tmp: tempfile.TemporaryDirectory | None = None

    def export(self, build: Callable[[Path], object], default_name: str, signed: bool = False) -> bool:
        """Start the job; returns False when it was not started (no identity, cancelled passphrase)."""
        from opsdesk import signing

        user_id = self.ctx.user_id
        passphrase = ""
        stamp = None
        t = QCoreApplication.translate
        if signed:
            if not user_id or not signing.has_identity(user_id):
                QMessageBox.information(self.parent_widget, t("ReportExport", "Export signed PDF"),
                                        t("ReportExport", "You have no signing identity on this computer yet. "
                                                          "Create one in Settings → Signing."))
                return False
            passphrase, ok = QInputDialog.getText(self.parent_widget, t("ReportExport", "Export signed PDF"),
                                                  t("ReportExport", "Passphrase of your signing key:"),
                                                  QLineEdit.EchoMode.Password)
            if not ok:
                return False
            # The key is unlocked before anything is built: a wrong passphrase costs nothing (10 ms).
            try:
                signing.check_passphrase(user_id, passphrase)
            except OpsDeskError as exc:
                QMessageBox.warning(self.parent_widget, t("ReportExport", "Export signed PDF"), describe(exc))
                return False
            me = workspace.current_user(self.ctx)
            stamp = signing.Stamp(me.name, me.role) if me is not None else None
        lang = i18n.resolve(i18n.chosen_setting())
        self._tmp = tempfile.TemporaryDirectory(prefix="opsdesk-report-")
        plain = Path(self._tmp.name) / "report.pdf"
        final = Path(self._tmp.name) / "signed.pdf" if signed else plain
        steps = 2 if signed else 1

        def job(running: Job) -> Path:
            running.progress(0, steps, "build")
            build(plain)  # built once, in this worker
            if signed:
                running.check()  # cancelled (the window closing) between building and signing
                running.progress(1, steps, "sign")
                signing.sign_pdf(plain, final, user_id, passphrase, stamp=stamp, lang=lang)
            running.progress(steps, steps, "done")
            return final

        def stage_text(stage: str, _done: int, _total: int) -> str:
            if stage == "sign":
                return t("ReportExport", "Signing the report...")
            return t("ReportExport", "Building the report...")

        title = QCoreApplication.translate("ReportExport", "Export PDF")
        self.operation = (
            Operation(job, owner=self.parent_widget, title=title, name=f"report export {default_name}",
                      pool=REPORTS_POOL)
            .with_progress(QCoreApplication.translate("ReportExport", "Building the report..."),
                           stage_text=stage_text)
            .success(lambda path: self._done(path, default_name))
            .failure(self._failed)
            .cancelled(self._failed_quietly)
            .run())
        return True

    def _done(self, path: Path, default_name: str) -> None:
        self.operation = None
        self.preview = PreviewDialog(path, default_name, self.parent_widget)
        self.preview.finished.connect(self._cleanup)
        self.preview.open()

    def _failed_quietly(self) -> None:
        self.operation = None
        self._cleanup()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self._cleanup()
        QMessageBox.warning(self.parent_widget, QCoreApplication.translate("ReportExport", "Export PDF"), describe(exc))

    def _cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


class VerifyDialog(QDialog):
    """Open any PDF and show, for each signature, whether it is intact, trusted and what was changed
    after it, and the verdict on the whole document (the same as `opsdesk verify`)."""

    COLUMNS = 5  # signer, signed at, intact, trusted, changes after it

    def __init__(self, ctx: AppContext, path: str | None = None, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

        super().__init__(parent)
        self.ctx = ctx
        self.result_info = None
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.setMinimumWidth(760)
        self.file_label = QLabel(objectName="file")
        self.file_label.setWordWrap(True)
        self.verdict = styled(QLabel(objectName="verdict"))
        self.verdict.setWordWrap(True)
        self.intact = QLabel(objectName="intact")
        self.trusted = QLabel(objectName="trusted")
        form = QFormLayout()
        form.addRow(self.tr("File"), self.file_label)
        form.addRow(self.tr("Document intact"), self.intact)
        form.addRow(self.tr("Every signer trusted"), self.trusted)
        self.table = QTableWidget(0, self.COLUMNS, objectName="signatures")
        self.table.setHorizontalHeaderLabels([self.tr("Signer"), self.tr("Signed at"), self.tr("Intact"),
                                              self.tr("Trusted"), self.tr("Changes after it")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
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
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        if path:
            self.verify(path)

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open PDF"), "", self.tr("PDF files (*.pdf)"))
        if path:
            self.verify(path)

    def after_text(self, after: str) -> str:
        """What followed a signature's revision (``SignatureCheck.after``), for the table."""
        from opsdesk import signing

        return {
            signing.AFTER_NONE: self.tr("None"),
            signing.AFTER_SIGNATURES: self.tr("Later signatures only"),
            signing.AFTER_CONTENT: self.tr("Page content changed"),
            signing.AFTER_APPENDED: self.tr("Unsigned bytes appended"),
        }.get(after, self.tr("Other changes"))

    def verify(self, path: str) -> None:
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QTableWidgetItem

        from opsdesk import signing

        self.file_label.setText(path)
        result = signing.verify_pdf(path, signing.trust_roots(self.ctx))
        self.result_info = result
        yes, no = self.tr("Yes"), self.tr("No")
        fingerprint_label = self.tr("Certificate fingerprint")
        if result.signed:
            self.intact.setText(yes if result.intact else no)
            self.trusted.setText(yes if result.trusted else no)
        else:  # "intact: no" would read as "altered": an unsigned file has nothing to check
            unsigned = self.tr("Not signed")
            self.intact.setText(unsigned)
            self.trusted.setText(unsigned)
        self.table.setRowCount(len(result.signatures))
        for r, sig in enumerate(result.signatures):
            when = sig.signing_time.astimezone().strftime("%Y-%m-%d %H:%M:%S") if sig.signing_time else "—"
            cells = [sig.signer or "—", when, yes if sig.intact else no, yes if sig.trusted else no,
                     self.after_text(sig.after)]
            # details for the curious: the core's own words (the CLI prints the same)
            details = "\n".join([f"{fingerprint_label}: {sig.fingerprint or '—'}",
                                 *sig.changes, *sig.problems])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(details)
                if (c == 2 and not sig.intact) or (c == 4 and not sig.intact and sig.after != signing.AFTER_NONE):
                    item.setForeground(QColor(RED))
                elif c == 3 and not sig.trusted:
                    item.setForeground(QColor(AMBER))
                self.table.setItem(r, c, item)
        if not result.signed:
            text, role = self.tr("This PDF is not signed."), "error"
        elif not result.intact:
            text, role = self.tr("The document was changed after it was signed."), "error"
        elif not result.trusted:
            text, role = self.tr("Intact, but the signer is not trusted by this workspace."), "warning"
        else:
            text, role = self.tr("Intact and signed by a trusted signer."), "ok"
        self.verdict.setText(text)
        set_role(self.verdict, role)  # QLabel#verdict is large and bold; the role gives the colour


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
