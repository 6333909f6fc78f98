"""The template library on the left of the templates page: every template with its kind and
version, built-in ones marked, retired ones greyed (shown on request).

Its texts belong to the templates page (translation context ``TemplatesPage``).
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.services import templates as svc
from ui import labels
from ui.style import BLUE, MUTED, set_role
from ui.tr_contexts import TemplatesPage

ROLE = Qt.ItemDataRole.UserRole
BUILTIN_ROLE = Qt.ItemDataRole.UserRole + 1


def _blank_icon() -> QIcon:
    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    return QIcon(pix)


def version_text(t: svc.TemplateDTO) -> str:
    """The library's version column: the published number, a draft, or retired."""
    if t.published_number is None:
        text = labels.version_status("draft")
    else:
        text = QCoreApplication.translate("TemplatesPage", "v%1").replace("%1", str(t.published_number))
        if t.draft_number is not None:
            text += " · " + labels.version_status("draft")
    if not t.active:
        text += " · " + labels.version_status("retired")
    return text


class TemplateLibrary(QWidget):
    """The list (``self.list``), "Show retired" and the count under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QTreeWidget(objectName="templateList")
        self.list.setHeaderLabels([QCoreApplication.translate("TemplatesPage", "Template"),
                                   QCoreApplication.translate("TemplatesPage", "Kind"),
                                   QCoreApplication.translate("TemplatesPage", "Version")])
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setIconSize(QSize(14, 14))
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.list.setColumnWidth(1, 84)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.show_retired = QCheckBox(QCoreApplication.translate("TemplatesPage", "Show retired"),
                                      objectName="showRetired")
        self.count_label = set_role(QLabel(objectName="count"), "muted")
        below = QHBoxLayout()
        below.addWidget(self.show_retired)
        below.addStretch(1)
        below.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(below)

    def fill(self, templates: list[svc.TemplateDTO], keep: str | None) -> QTreeWidgetItem | None:
        """List ``templates``; returns the row of ``keep`` (not selected yet) when it is listed."""
        self.list.clear()
        builtin_icon = qta.icon("fa5s.box", color=BLUE)
        own_icon = _blank_icon()
        chosen = None
        for t in templates:
            row = QTreeWidgetItem([labels.template_text(t.title, t.title_en), labels.template_kind(t.kind),
                                   version_text(t)])
            row.setToolTip(1, labels.template_kind(t.kind))
            row.setData(0, ROLE, t.id)
            row.setData(0, BUILTIN_ROLE, t.builtin)
            row.setIcon(0, builtin_icon if t.builtin else own_icon)
            tip = [f"{t.title} ({t.code})", t.title_en]
            if t.builtin:
                tip.append(QCoreApplication.translate("TemplatesPage", "Built-in template, shipped with OpsDesk"))
            tip.append(TemplatesPage.tr("%n item(s)", "", t.item_count))
            row.setToolTip(0, "\n".join(x for x in tip if x))
            if not t.active:
                for col in range(3):
                    row.setForeground(col, QBrush(QColor(MUTED)))
            self.list.addTopLevelItem(row)
            if t.id == keep:
                chosen = row
        self.count_label.setText(TemplatesPage.tr("%n template(s)", "", len(templates)))
        return chosen

    def row_of(self, template_id: str) -> QTreeWidgetItem | None:
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            if row.data(0, ROLE) == template_id:
                return row
        return None

    def update_row(self, t: svc.TemplateDTO) -> None:
        """Show the new title and version of one template without rebuilding the list."""
        row = self.row_of(t.id)
        if row is not None:
            row.setText(0, labels.template_text(t.title, t.title_en))
            row.setText(2, version_text(t))
