"""Sync (同步): this workspace's node and key fingerprint, export and import of sync packages
(.opsync files), which regions peers should send, the known peers and the exchange history.

Everything goes through ``opsdesk.services.sync``. Export and import run off the GUI thread as
operations (``ui.operations``; an import can be cancelled and then rolls back); a package from a workspace not known yet is only applied after the user
compared its key fingerprint and chose to trust it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError, UnknownNodeError
from opsdesk.services import AppContext, org, sync
from ui import permissions as may
from ui.errors import show_error
from ui.labels import local_time
from ui.operations import ALL, Operation, QueryOp
from ui.style import BLUE, GREEN, ICON, RED, set_role
from ui.widgets.confirm import confirm

PACKAGE_SUFFIX = ".opsync"
LAST_DIR_KEY = "sync/last_dir"



class SyncPage(QWidget):
    """The sync page: node identity, export/import, receive-only regions, peers and history."""

    synced = Signal()  # an import changed this workspace's data (other pages may reload)
    stage = Signal(str, int, int)  # the running export's or import's progress, on the GUI thread
    SHOWS = frozenset({"node", "region", "import_ledger", "export_ledger", "peer_ack", "sync_conflict"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation: Operation | None = None  # the running export or import
        self.loading: QueryOp | None = None  # the lists being loaded in the background
        self.last_result: sync.ImportResult | sync.ExportResult | None = None
        self.setAcceptDrops(True)

        title = QLabel(self.tr("Sync"))
        set_role(title, "title")
        intro = QLabel(self.tr("Workspaces exchange changes through sync package files (.opsync): "
                               "export a package, carry it (USB stick, e-mail, chat), import it on the "
                               "other computer. Drop a package onto this page to import it."))
        intro.setWordWrap(True)
        set_role(intro, "muted")

        # -- this workspace
        node_box = QGroupBox(self.tr("This workspace"))
        self.node_name = QLabel(objectName="nodeName")
        self.node_id = QLabel(objectName="nodeId")
        self.fingerprint = QLabel(objectName="fingerprint")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for label in (self.node_name, self.node_id, self.fingerprint):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.node_id.setFont(mono)
        big = QFont(mono)
        big.setPointSizeF(max(mono.pointSizeF(), 9.0) * 1.25)
        big.setBold(True)
        self.fingerprint.setFont(big)
        copy = QToolButton(objectName="copyFingerprint")
        copy.setIcon(qta.icon("fa5s.copy", color=ICON))
        copy.setToolTip(self.tr("Copy the fingerprint"))
        copy.clicked.connect(self._copy_fingerprint)
        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(self.fingerprint)
        fingerprint_row.addWidget(copy)
        fingerprint_row.addStretch(1)
        fingerprint_hint = QLabel(self.tr("When another workspace imports your first package, it is asked to "
                                          "trust this key: read the fingerprint to them by phone so they can "
                                          "compare it."))
        fingerprint_hint.setWordWrap(True)
        set_role(fingerprint_hint, "muted")
        node_form = QFormLayout(node_box)
        node_form.addRow(self.tr("Name"), self.node_name)
        node_form.addRow(self.tr("Node ID"), self.node_id)
        node_form.addRow(self.tr("Key fingerprint"), fingerprint_row)
        node_form.addRow("", fingerprint_hint)

        # -- exchange
        exchange_box = QGroupBox(self.tr("Exchange"))
        self.target = QComboBox(objectName="exportTarget")
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(14)
        self.full = QCheckBox(self.tr("Full (ignore acknowledgements)"), objectName="full")
        self.full.setToolTip(self.tr("Send every change, also those the peer already confirmed it has."))
        self.export_button = self._button(self.tr("Export package..."), "fa5s.file-export", "Ctrl+E",
                                          "exportPackage")
        self.export_button.clicked.connect(self.export_package)
        self.import_button = self._button(self.tr("Import package..."), "fa5s.file-import", "Ctrl+I",
                                          "importPackage")
        self.import_button.clicked.connect(self.choose_import)
        send_row = QHBoxLayout()
        send_row.addWidget(self.target, 1)
        send_row.addWidget(self.export_button)
        self.receive = QComboBox(objectName="receiveRegions")
        self.receive.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.receive.setMinimumContentsLength(12)
        self.receive.activated.connect(self._receive_chosen)
        receive_hint = QLabel(self.tr("Peers send only the chosen region's stores (with their inspections, "
                                      "actions and visits) from the next exchange on: they learn it from the "
                                      "next package you send them. Organisation, users and templates always "
                                      "come in full."), objectName="receiveHint")
        receive_hint.setWordWrap(True)
        set_role(receive_hint, "muted")
        receive_row = QHBoxLayout()
        receive_row.addWidget(self.receive, 1)
        receive_row.addStretch(1)
        self.import_row = QHBoxLayout()
        self.import_row.addWidget(self.import_button)
        self.conflict_note = QLabel(objectName="conflictNote")
        set_role(self.conflict_note, "warning")  # bold: QLabel#conflictNote
        self.conflict_note.setWordWrap(True)
        self.import_row.addWidget(self.conflict_note, 1)
        exchange_form = QFormLayout(exchange_box)
        exchange_form.addRow(self.tr("Send to"), send_row)
        exchange_form.addRow("", self.full)
        exchange_form.addRow(self.tr("Receive"), self.import_row)
        exchange_form.addRow(self.tr("Receive only"), receive_row)
        exchange_form.addRow("", receive_hint)

        # -- peers and history
        self.peers_table = self._table("peers", [
            self.tr("Name"), self.tr("Node ID"), self.tr("Key fingerprint"), self.tr("Last import"),
            self.tr("Last export"), self.tr("Pending changes")])
        self.history_table = self._table("history", [
            self.tr("Direction"), self.tr("Time"), self.tr("Peer"), self.tr("Changes"), self.tr("Applied"),
            self.tr("Conflicts"), self.tr("Photos"), self.tr("Size"), self.tr("File")])
        peers_box = QGroupBox(self.tr("Known workspaces"))
        QVBoxLayout(peers_box).addWidget(self.peers_table)
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(peers_box)
        splitter.addWidget(history_box)
        splitter.setSizes([150, 300])

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(node_box, 2)
        top.addWidget(exchange_box, 3)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.refresh()

    # -- building blocks
    def _button(self, text: str, icon: str, shortcut: str, name: str) -> QPushButton:
        button = QPushButton(qta.icon(icon, color=ICON), text, objectName=name)
        button.setShortcut(QKeySequence(shortcut))
        button.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        return button

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), objectName=name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    @staticmethod
    def _item(text: str, tooltip: str = "", right: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if tooltip:
            item.setToolTip(tooltip)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def size_text(self, size: int) -> str:
        if size < 1024:
            return self.tr("%n byte(s)", "", size)
        if size < 1024 * 1024:  # unit symbols are the same in every language
            return f"{size / 1024:.1f} KB"
        return f"{size / 1024 / 1024:.1f} MB"

    # -- data
    def refresh(self) -> None:
        if not self.busy():
            may.apply(self.export_button, self.ctx, may.Action.SYNC_EXPORT)
            may.apply(self.import_button, self.ctx, may.Action.SYNC_IMPORT)
        me = sync.local_node(self.ctx)
        self.me = me
        self.node_name.setText(me.name)
        self.node_id.setText(me.node_id)
        self.fingerprint.setText(me.fingerprint)
        self._fill_receive(me.receive_regions)
        ctx = self.ctx

        def load(_job):  # noqa: ANN001, ANN202 - grows with peers, packages and the change log: off the GUI thread
            peers = sync.peers(ctx)
            pending = {p.node_id: sync.pending_count(ctx, p.node_id) for p in peers}
            return peers, pending, sync.history(ctx), sync.open_conflict_count(ctx)

        self.loading = QueryOp(load, owner=self, key="sync page", name="sync page: refresh") \
            .success(self._loaded).failure(self._load_failed).run()

    def _loaded(self, data: tuple) -> None:
        self.loading = None
        peers, pending, history, count = data
        self._fill_targets(peers)
        self._fill_peers(peers, pending)
        self._fill_history(history)
        self.conflict_note.setText(
            self.tr("%n open conflict(s) to review on the Conflicts page.", "", count) if count else "")

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = None
        show_error(self, exc)

    def _fill_targets(self, peers: list[sync.PeerDTO]) -> None:
        keep = self.target.currentData() if self.target.count() else ...
        self.target.clear()
        for p in peers:
            self.target.addItem(qta.icon("fa5s.desktop", color=ICON),
                                f"{p.name or p.node_id} ({p.node_id})", p.node_id)
        self.target.addItem(qta.icon("fa5s.globe", color=ICON), self.tr("Any workspace (everything)"), None)
        index = self.target.findData(keep) if keep is not ... else -1
        if keep is None:
            index = self.target.count() - 1
        self.target.setCurrentIndex(max(index, 0))

    def _fill_receive(self, chosen: tuple[str, ...] | None) -> None:
        self.receive.clear()
        self.receive.addItem(self.tr("All regions"), None)
        for region in org.list_regions(self.ctx):
            if region.level == "region":
                self.receive.addItem(region.name, region.id)
        if not chosen:
            self.receive.setCurrentIndex(0)
        elif len(chosen) == 1 and self.receive.findData(chosen[0]) >= 0:
            self.receive.setCurrentIndex(self.receive.findData(chosen[0]))
        else:  # set elsewhere (e.g. the command line): show it, keep it until the user picks another
            self.receive.addItem(self.tr("%n chosen region(s)", "", len(chosen)), list(chosen))
            self.receive.setCurrentIndex(self.receive.count() - 1)

    def _receive_chosen(self, index: int) -> None:
        data = self.receive.itemData(index)
        regions = None if data is None else (list(data) if isinstance(data, list) else [data])
        try:
            sync.set_receive_regions(self.ctx, regions)
        except OpsDeskError as exc:
            show_error(self, exc, self.tr("Receive only"))
        self.refresh()

    def _fill_peers(self, peers: list[sync.PeerDTO], pending: dict[str, int]) -> None:
        self.peers_table.setRowCount(len(peers))
        for row, p in enumerate(peers):
            name = self._item(p.name or p.node_id)
            name.setData(Qt.ItemDataRole.UserRole, p.node_id)
            name.setIcon(qta.icon("fa5s.desktop", color=ICON))
            if p.history_warning:
                name.setIcon(qta.icon("fa5s.exclamation-triangle", color=RED))
                name.setToolTip(self.tr("The audit history of this workspace was seen rewritten between two "
                                        "of its packages. Ask head office to run “opsdesk db check” on it."))
            self.peers_table.setItem(row, 0, name)
            self.peers_table.setItem(row, 1, self._item(p.node_id))
            self.peers_table.setItem(row, 2, self._item(p.fingerprint))
            self.peers_table.setItem(row, 3, self._item(local_time(p.last_import) or self.tr("never")))
            self.peers_table.setItem(row, 4, self._item(local_time(p.last_export) or self.tr("never")))
            self.peers_table.setItem(row, 5, self._item(str(pending.get(p.node_id, 0)), right=True))
        for column, width in enumerate((220, 140, 300, 130, 130)):
            self.peers_table.setColumnWidth(column, width)

    def _fill_history(self, entries: list[sync.HistoryEntry]) -> None:
        self.history_table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            if e.direction == "import":
                direction = self._item(self.tr("Import"))
                direction.setIcon(qta.icon("fa5s.file-import", color=GREEN))
            else:
                direction = self._item(self.tr("Export"))
                direction.setIcon(qta.icon("fa5s.file-export", color=BLUE))
            direction.setData(Qt.ItemDataRole.UserRole, e.package_id)
            peer = e.peer_name or e.peer_id or ""
            if e.direction == "export" and e.peer_id is None:
                peer = self.tr("Any workspace (everything)")
            cells = [
                direction,
                self._item(local_time(e.at)),
                self._item(peer, e.peer_id or ""),
                self._item(str(e.changes), right=True),
                self._item("" if e.applied is None else str(e.applied), right=True),
                self._item("" if e.conflicts is None else str(e.conflicts), right=True),
                self._item(str(e.attachments), right=True),
                self._item(self.size_text(e.size), right=True),
                self._item(Path(e.path).name, e.path),
            ]
            for column, cell in enumerate(cells):
                self.history_table.setItem(row, column, cell)
        for column, width in enumerate((90, 130, 220, 70, 70, 70, 60, 80)):
            self.history_table.setColumnWidth(column, width)

    def _copy_fingerprint(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint.text())

    # -- files
    def _last_dir(self) -> str:
        saved = QSettings().value(LAST_DIR_KEY, "", str)
        if saved and Path(saved).is_dir():
            return saved
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    @staticmethod
    def _remember_dir(path: Path) -> None:
        QSettings().setValue(LAST_DIR_KEY, str(path.parent))

    def default_name(self) -> str:
        return f"opsdesk-{self.ctx.db.node.node_id}-{date.today():%Y%m%d}{PACKAGE_SUFFIX}"

    def _filter(self) -> str:
        return self.tr("OpsDesk sync packages (*.opsync)")

    # -- export
    def export_package(self) -> None:
        if self.busy():
            return
        to_node = self.target.currentData()
        full = self.full.isChecked()
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export package"), str(Path(self._last_dir()) / self.default_name()), self._filter())
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != PACKAGE_SUFFIX:
            path = path.with_name(path.name + PACKAGE_SUFFIX)
        self._remember_dir(path)
        self._run(self.tr("Export package"), self.tr("Writing the package..."),
                  lambda job: sync.export_package(self.ctx, path, to_node=to_node, full=full,
                                                  progress=job.stage_reporter()),
                  self._exported, self._export_failed, changes={"export_ledger"})

    def _exported(self, result: sync.ExportResult) -> None:
        self.last_result = result
        self.refresh()
        QMessageBox.information(
            self, self.tr("Export package"),
            self.tr("The package was written: %1 changes and %2 photos (%3).\n%4\n\n"
                    "Carry it to the other workspace and import it there.")
            .replace("%1", str(result.changes)).replace("%2", str(result.attachments))
            .replace("%3", self.size_text(result.size)).replace("%4", str(result.path)))

    def _export_failed(self, exc: BaseException) -> None:
        self.refresh()
        if isinstance(exc, OSError):
            QMessageBox.warning(self, self.tr("Export package"), self.tr("The file could not be written: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return
        show_error(self, exc, self.tr("Export package"))

    # -- import
    def choose_import(self) -> None:
        if self.busy():
            return
        source, _filter = QFileDialog.getOpenFileName(self, self.tr("Import package"), self._last_dir(),
                                                      self._filter())
        if source:
            self._remember_dir(Path(source))
            self.import_file(source)

    def import_file(self, path: str | Path, trust: bool = False) -> bool:
        """Start importing ``path``; False when another export or import is still running."""
        if self.busy():
            return False
        path = Path(path)
        self._run(self.tr("Import package"), self.tr("Checking the package..."),
                  lambda job: sync.import_package(self.ctx, path, trust=trust, progress=job.stage_reporter()),
                  self._imported, lambda exc: self._import_failed(exc, path), changes=ALL)
        return True

    def _imported(self, result: sync.ImportResult) -> None:
        self.last_result = result
        self.refresh()
        title = self.tr("Import package")
        sender = result.from_name or result.from_node
        if result.already_imported:
            QMessageBox.information(self, title, self.tr("This package from %1 was already imported; nothing "
                                                         "changed.").replace("%1", sender))
            return
        self.synced.emit()
        text = (self.tr("Imported the package from %1.").replace("%1", sender) + "\n\n"
                + self.tr("Changes in the package: %1").replace("%1", str(result.changes)) + "\n"
                + self.tr("Applied: %1").replace("%1", str(result.applied)) + "\n"
                + self.tr("Already here: %1").replace("%1", str(result.known)) + "\n"
                + self.tr("Skipped (changes to records this workspace does not have): %1").replace("%1", str(result.skipped)) + "\n"
                + self.tr("Conflicts: %1").replace("%1", str(result.conflicts)) + "\n"
                + self.tr("New photos: %1").replace("%1", str(result.attachments)))
        rewrite = result.history_rewrite
        if rewrite is not None:
            text += "\n\n" + self._rewrite_text(rewrite)
        if result.conflicts:
            text += "\n\n" + self.tr("Review the conflicts on the Conflicts page.")
        if result.conflicts or rewrite is not None:
            QMessageBox.warning(self, title, text)
        else:
            QMessageBox.information(self, title, text)

    def _rewrite_text(self, rewrite: sync.HistoryRewrite) -> str:
        """The sender's audit history went back or changed since an earlier package (see db check)."""
        if rewrite.now_seq < rewrite.seen_seq:
            what = self.tr("its audit history went back from entry %1 to entry %2.").replace(
                "%1", str(rewrite.seen_seq)).replace("%2", str(rewrite.now_seq))
        else:
            what = self.tr("entry %1 of its audit history differs from an earlier package.").replace(
                "%1", str(rewrite.now_seq))
        return (self.tr("Warning: the history of workspace %1 was rewritten:").replace("%1", rewrite.node_id)
                + " " + what + " " + self.tr("Ask head office to run “opsdesk db check” on that workspace."))

    def _import_failed(self, exc: BaseException, path: Path) -> None:
        if isinstance(exc, UnknownNodeError):
            p = exc.params
            question = (self.tr("This package comes from a workspace this one does not know yet:") + "\n\n"
                        + self.tr("Name: %1").replace("%1", str(p.get("name") or "")) + "\n"
                        + self.tr("Node ID: %1").replace("%1", str(p.get("node") or "")) + "\n"
                        + self.tr("Key fingerprint: %1").replace("%1", str(p.get("fingerprint") or "")) + "\n\n"
                        + self.tr("Compare the fingerprint with the sender by phone. Trust this workspace and "
                                  "import its package only if it is exactly the same."))
            refused = may.why_not(self.ctx, may.Action.SYNC_TRUST)
            if refused:  # the question is for a user who may trust a workspace
                QMessageBox.warning(self, self.tr("Trust this workspace?"), question.split("\n\n")[0] + "\n\n" +
                                    refused)
                return
            if confirm(self, self.tr("Trust this workspace?"), question):
                self.import_file(path, trust=True)
            return
        self.refresh()
        if isinstance(exc, FileNotFoundError):
            QMessageBox.warning(self, self.tr("Import package"), self.tr("The file %1 does not exist.")
                                .replace("%1", str(path)))
            return
        if isinstance(exc, OSError):
            QMessageBox.warning(self, self.tr("Import package"), self.tr("The file could not be read: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return
        show_error(self, exc, self.tr("Import package"))

    # -- running
    def busy(self) -> bool:
        """An export or import runs, or the page's lists are loading."""
        return self.operation is not None or self.loading is not None

    def _run(self, title: str, label: str, job, done, failed, changes) -> None:  # noqa: ANN001
        """One export or import at a time, as a cancellable operation with its progress dialog."""
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.operation = (
            Operation(job, owner=self, changes=changes, title=title, name=f"sync page: {title}")
            .with_progress(label, cancellable=True, stage_text=self.stage_text, object_name="syncProgress")
            .on_progress(lambda done, total, stage: self._stage(stage, done, total))
            .success(lambda result: self._finish(done, result))
            .failure(lambda exc: self._finish(failed, exc))
            .cancelled(lambda: self._finish(lambda _none: self.refresh(), None))
            .run())

    @property
    def progress(self):  # noqa: ANN201 - the running operation's progress dialog (None when idle)
        return self.operation.dialog if self.operation is not None else None

    def _finish(self, handler, value: object) -> None:  # noqa: ANN001
        self.operation = None
        may.apply(self.export_button, self.ctx, may.Action.SYNC_EXPORT)
        may.apply(self.import_button, self.ctx, may.Action.SYNC_IMPORT)
        handler(value)

    def stage_text(self, stage: str, done: int, total: int) -> str:
        if stage == "verify":
            return self.tr("Checking the package...")
        if stage == "attachments":
            return self.tr("Copying photos (%1 of %2)...").replace("%1", str(done)).replace("%2", str(total))
        if stage == "apply":
            return self.tr("Applying %n change(s)...", "", total)
        if stage == "export":
            return self.tr("Writing changes (%1 of %2)...").replace("%1", str(done)).replace("%2", str(total))
        return self.tr("Working...")

    def _stage(self, stage: str, done: int, total: int) -> None:
        """After the operation's dialog showed the step: applying is one transaction, no steps to show."""
        dialog = self.progress
        if dialog is not None and stage == "apply" and done < total:
            dialog.setRange(0, 0)
        self.stage.emit(stage, done, total)

    # -- drag and drop
    @staticmethod
    def _dropped_package(event) -> str | None:  # noqa: ANN001
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(PACKAGE_SUFFIX):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if not self.busy() and self._dropped_package(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        path = self._dropped_package(event)
        if path and self.import_file(path):
            event.acceptProposedAction()
        else:
            event.ignore()
