"""An item's photos and documents (manual, warranty card, packing list) in the item dialog: add, list with
their kind, open, remove after a confirmation. The files are kept by ``equipment.add_document`` (a PDF or a
picture, judged by content); the list loads off the GUI thread."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, equipment
from opsdesk.services.equipment import DOCUMENT_KINDS, DocumentDTO
from ui.errors import show_error
from ui.operations import load
from ui.style import ICON
from ui.widgets.confirm import confirm
from ui.widgets.photo_viewer import IMAGE_FILTER

SUFFIXES = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp",
            "image/gif": ".gif", "image/bmp": ".bmp", "image/tiff": ".tif", "image/heif": ".heic"}


def kind_label(kind: str) -> str:
    """A document kind as the interface says it."""
    names = {
        "photo": QCoreApplication.translate("EquipmentDocuments", "Photo"),
        "manual": QCoreApplication.translate("EquipmentDocuments", "Manual"),
        "warranty_card": QCoreApplication.translate("EquipmentDocuments", "Warranty card"),
        "packing_list": QCoreApplication.translate("EquipmentDocuments", "Packing list"),
        "other": QCoreApplication.translate("EquipmentDocuments", "Other document"),
    }
    return names.get(kind, kind)


def size_text(size: int) -> str:
    if size >= 1 << 20:
        return QCoreApplication.translate("EquipmentDocuments", "%1 MB").replace("%1", f"{size / (1 << 20):.1f}")
    return QCoreApplication.translate("EquipmentDocuments", "%1 KB").replace("%1", str(max(1, round(size / 1024))))


def viewable_copy(doc: DocumentDTO) -> Path:
    """A copy of a stored file under its own name and the suffix of its type, in the temporary folder, for
    the system's viewer (stored files are named by their hash and have no suffix)."""
    folder = Path(tempfile.gettempdir()) / "opsdesk-documents" / doc.sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(doc.name).stem or doc.kind
    target = folder / f"{stem}{SUFFIXES.get(doc.mime, Path(doc.name).suffix)}"
    if not target.is_file() or target.stat().st_size != doc.size:
        shutil.copyfile(doc.path, target)
    return target


def open_externally(path: Path) -> bool:
    """Open a file with the system's viewer (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class DocumentsBox(QGroupBox):
    """The photos and documents of one item. ``changed`` is emitted after an add or a removal."""

    changed = Signal()

    def __init__(self, ctx: AppContext, equipment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Photos and documents"), parent)
        self.setObjectName("documents")
        self.ctx = ctx
        self.equipment_id = equipment_id
        self.docs: list[DocumentDTO] = []

        self.list = QTreeWidget(objectName="documentList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Kind"), self.tr("File"), self.tr("Size")])
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.setColumnWidth(0, 120)
        self.list.setMaximumHeight(130)
        self.list.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.kind = QComboBox(objectName="documentKind")
        for kind in DOCUMENT_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(DOCUMENT_KINDS.index("manual"))
        self.kind.setToolTip(self.tr("What the file you add is"))
        self.add_button = QPushButton(qta.icon("fa5s.paperclip", color=ICON), self.tr("Add file..."),
                                      objectName="addDocument")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(qta.icon("fa5s.external-link-alt", color=ICON), self.tr("Open"),
                                       objectName="openDocument")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(qta.icon("fa5s.trash-alt", color=ICON), self.tr("Remove..."),
                                         objectName="removeDocument")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.kind)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._update_buttons()
        self.reload()

    # ------------------------------------------------------------ the list

    def reload(self, select: str | None = None) -> None:
        item_id = self.equipment_id
        ctx = self.ctx
        load(self, lambda: equipment.documents(ctx, item_id), lambda docs: self.show_documents(docs, select),
             key="documents")

    def show_documents(self, docs: list[DocumentDTO], select: str | None = None) -> None:
        self.docs = list(docs)
        self.list.clear()
        for doc in self.docs:
            row = QTreeWidgetItem([kind_label(doc.kind), doc.name, size_text(doc.size)])
            row.setData(0, Qt.ItemDataRole.UserRole, doc.link_id)
            row.setIcon(1, qta.icon("fa5s.file-pdf" if doc.is_pdf else "fa5s.file-image", color=ICON))
            row.setToolTip(1, doc.name)
            self.list.addTopLevelItem(row)
            if doc.link_id == select:
                self.list.setCurrentItem(row)
        self._update_buttons()

    def selected(self) -> DocumentDTO | None:
        row = self.list.currentItem()
        if row is None:
            return None
        link_id = row.data(0, Qt.ItemDataRole.UserRole)
        return next((d for d in self.docs if d.link_id == link_id), None)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # ------------------------------------------------------------ actions

    def choose_files(self) -> None:
        kind = self.kind.currentData()
        if kind == "photo":
            wanted = self.tr("Pictures (%1)").replace("%1", IMAGE_FILTER)
        else:
            wanted = self.tr("PDF documents and pictures (%1)").replace("%1", "*.pdf " + IMAGE_FILTER)
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add %1").replace("%1", kind_label(kind)), "",
                                                      wanted + ";;" + self.tr("All files (*)"))
        if files:
            self.add_files(files, kind)

    def add_files(self, files: list[str], kind: str) -> int:
        """Attach ``files`` as ``kind``, one by one; the first refused one is explained and stops the rest
        (those before it are kept). Returns how many were added."""
        added, last = 0, None
        for path in files:
            try:
                last = equipment.add_document(self.ctx, self.equipment_id, path, kind).link_id
            except OpsDeskError as exc:
                show_error(self, exc)
                break
            added += 1
        if added:
            self.reload(select=last)
            self.changed.emit()
        return added

    def open_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        if not doc.is_pdf:
            from ui.widgets.photo_viewer import Photo, open_viewer

            pictures = [d for d in self.docs if not d.is_pdf]
            open_viewer([Photo(d.path, d.name) for d in pictures], pictures.index(doc), self)
            return
        try:
            opened = open_externally(viewable_copy(doc))
        except OSError as exc:
            show_error(self, exc)
            return
        if not opened:
            QMessageBox.warning(self, self.tr("Open"), self.tr("No program to open %1 was found.").replace(
                "%1", doc.name))

    def remove_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        if not confirm(self, self.tr("Remove file"),
                       self.tr("Remove %1 (%2) from this item?").replace("%1", doc.name).replace(
                           "%2", kind_label(doc.kind))):
            return
        try:
            equipment.remove_document(self.ctx, self.equipment_id, doc.link_id)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()
