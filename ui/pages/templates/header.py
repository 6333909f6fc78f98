"""The header of the version being edited: its titles, the version chooser with its status, the
template code and content hash, and the grade bands.

Its texts belong to the templates page: they are translated in the ``TemplatesPage`` context
(spelled out in every ``QCoreApplication.translate`` call, so lupdate files them there).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import ValidationError
from opsdesk.services import templates as svc
from ui import labels
from ui.pages.templates.controller import decimal_text, parse_bands, version_choices
from ui.pages.templates.forms import TemplateFieldErrors
from ui.style import badge_style, set_role

# The status badge of a version: (background, text) by status.
STATUS_COLOURS = {"draft": ("#fff4d6", "#8a6100"), "published": ("#e3f4e5", "#2f7d32"),
                  "retired": ("#eceff1", "#546e7a")}


class VersionHeader(QWidget):
    """Title, English title, version, grade bands; ``fill`` shows a version, ``band_values`` reads
    the bands (raising ValidationError), ``is_dirty`` compares with the version shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(objectName="versionTitle")
        self.title.setMaxLength(80)
        self.title_en = QLineEdit(objectName="versionTitleEn")
        self.title_en.setMaxLength(120)
        self.version_combo = QComboBox(objectName="versionChoice")
        # "Version 3 (published)" whole in either language; the hash label gives way instead
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.status_label = QLabel(objectName="versionStatus")
        set_role(self.status_label, "badge")
        self.code_label = set_role(QLabel(objectName="templateCode"), "muted")
        self.hash_label = set_role(QLabel(objectName="contentHash"), "muted")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        version_row = QHBoxLayout()
        version_row.setContentsMargins(0, 0, 0, 0)
        version_row.addWidget(self.version_combo)
        version_row.addWidget(self.status_label)
        for label in (self.code_label, self.hash_label):
            version_row.addSpacing(8)
            version_row.addWidget(label)
        version_row.addStretch(1)

        self.box = QWidget(objectName="versionHeader")
        grid = QGridLayout(self.box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(QCoreApplication.translate("TemplatesPage", "Title")), 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("TemplatesPage", "English title")), 1, 0)
        grid.addWidget(self.title_en, 1, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("TemplatesPage", "Version")), 2, 0)
        grid.addLayout(version_row, 2, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("TemplatesPage", "Grade bands")), 0, 2,
                       Qt.AlignmentFlag.AlignTop)
        grid.addLayout(self._build_bands(), 1, 2, 2, 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        grid.setHorizontalSpacing(10)
        self.error_label = QLabel(objectName="headerErrors")
        self.errors = TemplateFieldErrors(
            self.error_label, {"title": self.title, "title_en": self.title_en, "grade_bands": self.bands},
            {"title": QCoreApplication.translate("TemplatesPage", "Title"),
             "title_en": QCoreApplication.translate("TemplatesPage", "English title"),
             "grade_bands": QCoreApplication.translate("TemplatesPage", "Grade bands")})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.error_label)

    def _build_bands(self) -> QHBoxLayout:
        self.bands = QTableWidget(2, 0, objectName="gradeBands")
        self.bands.setVerticalHeaderLabels([QCoreApplication.translate("TemplatesPage", "Grade"),
                                            QCoreApplication.translate("TemplatesPage", "Min %")])
        self.bands.horizontalHeader().hide()
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.horizontalHeader().setMinimumSectionSize(36)
        self.bands.verticalHeader().setDefaultSectionSize(24)
        self.bands.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bands.setFixedHeight(2 * 24 + 2 * self.bands.frameWidth())
        self.bands.setToolTip(QCoreApplication.translate(
            "TemplatesPage", "A run's grade is the first band whose minimum its percentage reaches."))
        self.add_band = QToolButton(objectName="addBand")
        self.add_band.setText("+")
        self.add_band.setToolTip(QCoreApplication.translate("TemplatesPage", "Add a grade band"))
        self.remove_band = QToolButton(objectName="removeBand")
        self.remove_band.setText("−")
        self.remove_band.setToolTip(QCoreApplication.translate("TemplatesPage", "Remove the selected grade band"))
        self.add_band.clicked.connect(self._add_band)
        self.remove_band.clicked.connect(self._remove_band)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bands, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        buttons.addWidget(self.add_band)
        buttons.addWidget(self.remove_band)
        row.addLayout(buttons)
        return row

    def set_editable(self, editable: bool) -> None:
        for w in (self.title, self.title_en, self.bands, self.add_band, self.remove_band):
            w.setEnabled(editable)

    # -- showing a version
    def fill(self, template: svc.TemplateDTO | None, version: svc.VersionDTO | None) -> None:
        self.errors.clear()
        if version is None:
            return
        self.title.setText(version.title)
        self.title_en.setText(version.title_en)
        self.set_bands(version.grade_bands)
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for number, status, vid in version_choices(template, version):
            self.version_combo.addItem(
                QCoreApplication.translate("TemplatesPage", "Version %1 (%2)").replace("%1", str(number))
                .replace("%2", labels.version_status(status)), vid)
        self.version_combo.setCurrentIndex(max(self.version_combo.findData(version.id), 0))
        self.version_combo.setEnabled(self.version_combo.count() > 1)
        self.version_combo.blockSignals(False)
        bg, fg = STATUS_COLOURS.get(version.status, STATUS_COLOURS["retired"])
        status = labels.version_status(version.status)
        if template is not None and not template.active:
            status += " · " + QCoreApplication.translate("TemplatesPage", "template retired")
        self.status_label.setText(status)
        self.status_label.setStyleSheet(badge_style(bg, fg))  # its colour depends on the status
        self.code_label.setText(QCoreApplication.translate("TemplatesPage", "Code: %1").replace("%1", version.code))
        if version.content_hash:
            self.hash_label.setText(
                QCoreApplication.translate("TemplatesPage", "Hash %1").replace("%1", version.content_hash[:12]))
            self.hash_label.setToolTip(QCoreApplication.translate("TemplatesPage", "Content hash (sha256): %1")
                                       .replace("%1", version.content_hash))
            self.hash_label.show()
        else:
            self.hash_label.clear()
            self.hash_label.hide()

    # -- the grade bands
    def set_bands(self, bands: tuple[tuple[str, Decimal], ...]) -> None:
        self.bands.setColumnCount(0)
        for grade, minimum in bands:
            self._append_band(grade, decimal_text(minimum))

    def _append_band(self, grade: str, minimum: str) -> None:
        col = self.bands.columnCount()
        self.bands.insertColumn(col)
        for row, text in ((0, grade), (1, minimum)):
            cell = QTableWidgetItem(text)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.bands.setItem(row, col, cell)

    def _add_band(self) -> None:
        self._append_band("", "")
        col = self.bands.columnCount() - 1
        self.bands.setCurrentCell(0, col)
        self.bands.editItem(self.bands.item(0, col))

    def _remove_band(self) -> None:
        col = self.bands.currentColumn()
        if col >= 0 and self.bands.columnCount() > 1:
            self.bands.removeColumn(col)

    def band_values(self) -> tuple[tuple[str, Decimal], ...]:
        def text(row: int, col: int) -> str:
            cell = self.bands.item(row, col)
            return cell.text() if cell else ""

        return parse_bands([(text(0, col), text(1, col)) for col in range(self.bands.columnCount())])

    def is_dirty(self, version: svc.VersionDTO) -> bool:
        try:
            bands = self.band_values()
        except ValidationError:
            return True
        return (self.title.text(), self.title_en.text(), bands) != (version.title, version.title_en,
                                                                     version.grade_bands)
