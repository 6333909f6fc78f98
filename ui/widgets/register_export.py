"""Export a register (the list a page shows, with its filters) to Excel or CSV.

The page gathers its filters on the GUI thread and hands over a job ``job(path) -> rows``; this asks
for the file (``<register>-<date>.xlsx`` by default, Excel or CSV), writes it off the GUI thread and
says where it went. Ctrl+Shift+E on each register page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from ui.errors import describe
from ui.operations import Operation
from ui.style import ICON, set_role
from ui.tr_contexts import RegisterExport

SHORTCUT = "Ctrl+Shift+E"


def exported_at() -> tuple[str, str]:
    """The last entry of an export's filter row: when it was written (local time)."""
    return QCoreApplication.translate("RegisterExport", "Exported at"), datetime.now().strftime("%Y-%m-%d %H:%M")


def describe_filters(combos: list[tuple[str, object]], search: str = "",
                     checks: list[tuple[str, object]] = ()) -> list[tuple[str, str]]:
    """The filters in force, for the export's second row: each combo box not at its "all" entry
    (data None) with its text, the search text, each ticked check box; then when it was exported."""
    out = [(label, combo.currentText()) for label, combo in combos if combo.currentData() is not None]
    if search.strip():
        out.append((QCoreApplication.translate("RegisterExport", "Search"), search.strip()))
    out += [("", box.text()) for _label, box in checks if box.isChecked()]
    out.append(exported_at())
    return out


def ask_export_path(parent: QWidget, register_name: str) -> Path | None:
    """The save dialog: ``<register>-<date>.xlsx``, Excel or CSV. None when cancelled."""
    excel = QCoreApplication.translate("RegisterExport", "Excel workbook (*.xlsx)")
    csv_filter = QCoreApplication.translate("RegisterExport", "CSV, opens in Excel (*.csv)")
    default = Path.home() / f"{register_name}-{date.today():%Y-%m-%d}.xlsx"
    caption = QCoreApplication.translate("RegisterExport", "Export register")
    path, chosen = QFileDialog.getSaveFileName(parent, caption, str(default),
                                               excel + ";;" + csv_filter)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_name(target.name + (".csv" if chosen == csv_filter else ".xlsx"))
    return target


def export_button(text: str | None = None) -> QPushButton:
    """The page's "Export..." button, with the Ctrl+Shift+E shortcut (the caller places it)."""
    text = text or QCoreApplication.translate("RegisterExport", "Export...")
    button = QPushButton(qta.icon("fa5s.file-excel", color=ICON), text)
    button.setObjectName("exportRegister")
    button.setShortcut(QKeySequence(SHORTCUT))
    tip = QCoreApplication.translate("RegisterExport", "Export the list as shown (its filters) to Excel or CSV")
    button.setToolTip(tip + f" ({SHORTCUT})")
    return button


class RegisterExporter(QObject):
    """Runs one export at a time for a page; ``done(path, rows)`` or ``failed(exc)`` when it ends."""

    done = Signal(str, int)
    failed = Signal(object)

    def __init__(self, page: QWidget, register_name: Callable[[], str], say: Callable[[str], None] | None = None,
                 done_text: Callable[[int, Path], str] | None = None) -> None:
        super().__init__(page)
        self.page = page
        self.register_name = register_name
        self.say = say or self._say
        self.done_text = done_text
        self.operation: Operation | None = None  # the running export
        self.notice = QLabel(objectName="exportNotice")  # for pages without a notice of their own
        set_role(self.notice, "ok")

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        window = self.page.window()
        if isinstance(window, QMainWindow) and text:
            window.statusBar().showMessage(text, 10000)

    @property
    def busy(self) -> bool:
        return self.operation is not None

    def export(self, make_job: Callable[[], Callable[[Path], int]]) -> bool:
        """Ask for the file, then run ``make_job()(path)`` in the background. ``make_job`` is called on
        the GUI thread (it reads the filters). Returns False when nothing was started."""
        if self.busy:
            return False
        path = ask_export_path(self.page, self.register_name())
        if path is None:
            return False
        job = make_job()
        title = QCoreApplication.translate("RegisterExport", "Export register")
        self.operation = (
            Operation(lambda _job: job(path), owner=self.page, title=title,
                      name=f"register export {self.register_name()} -> {path}")
            .success(lambda rows: self._finished(path, int(rows)))
            .failure(self._failed)
            .run())
        self.say(QCoreApplication.translate("RegisterExport", "Exporting to %1...").replace("%1", str(path)))
        return True

    def _finished(self, path: Path, rows: int) -> None:
        self.operation = None
        if self.done_text is not None:
            self.say(self.done_text(rows, path))
        else:
            self.say(RegisterExport.tr("Exported %n row(s) to %1.", "", rows)
                     .replace("%1", str(path)))
        self.done.emit(str(path), rows)

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.say("")
        if isinstance(exc, OSError):
            text = QCoreApplication.translate("RegisterExport", "Cannot write %1: %2")
            text = text.replace("%1", str(exc.filename or "")).replace("%2", exc.strerror or str(exc))
        else:
            text = describe(exc)
        QMessageBox.warning(self.page, QCoreApplication.translate("RegisterExport", "Export failed"), text)
        self.failed.emit(exc)
