"""The structure tree of a version: sections at the top level, their items below, with the buttons
that add, delete and move nodes (their texts belong to the page's ``TemplatesPage`` context).

A drop does not move rows itself: the tree reports it (``dropRequested``) and the page calls the
service, then refills the tree from the version the service returned (``fill``).
"""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.services import templates as svc
from ui import labels
from ui.pages.templates.controller import SCORED_TYPES, Ref
from ui.style import ICON, RED

ROLE = Qt.ItemDataRole.UserRole


class TemplateTree(QTreeWidget):
    """Sections (top level) and their items. A drop does not move rows itself: it asks the page,
    which calls the service and rebuilds the tree from what the service returns."""

    dropRequested = Signal(object, object, str)  # dragged ref, target ref or None, "above"/"below"/"on"/"end"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDropIndicatorShown(True)
        self.setObjectName("structure")
        self.setAlternatingRowColors(True)
        self.setIndentation(14)
        self._set_headers()

    def dragMoveEvent(self, event) -> None:
        super().dragMoveEvent(event)
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        if dragged is not None and dragged.parent() is None and target is not None and target.parent() is not None:
            event.ignore()  # a section goes between sections, never among items

    def dropEvent(self, event) -> None:
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        where = {
            QAbstractItemView.DropIndicatorPosition.AboveItem: "above",
            QAbstractItemView.DropIndicatorPosition.BelowItem: "below",
            QAbstractItemView.DropIndicatorPosition.OnItem: "on",
        }.get(self.dropIndicatorPosition(), "end")
        event.setDropAction(Qt.DropAction.IgnoreAction)  # Qt must not move or remove the rows itself
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        if dragged is None or dragged is target:
            return
        drag_ref = dragged.data(0, ROLE)
        target_ref = target.data(0, ROLE) if target is not None and where != "end" else None
        # After the drag has finished: the page rebuilds this tree.
        QTimer.singleShot(0, lambda: self.dropRequested.emit(drag_ref, target_ref, where))

    def fill(self, version: svc.VersionDTO | None, select: Ref | None) -> None:
        """Show the sections and items of ``version``; select the node ``select`` when it is there."""
        self.clear()
        if version is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        chosen = None
        section_flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                         | Qt.ItemFlag.ItemIsDropEnabled)
        item_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        self.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        for si, section in enumerate(version.sections):
            node = QTreeWidgetItem([str(si + 1), labels.template_text(section.title, section.title_en), "",
                                    str(section.weight), ""])
            node.setData(0, ROLE, ("section", section.id))
            node.setFlags(section_flags)
            for col in range(5):
                node.setFont(col, bold)
            node.setToolTip(1, section.title_en)
            node.setToolTip(3, QCoreApplication.translate("TemplatesPage", "Section weight"))
            self.addTopLevelItem(node)
            if select == ("section", section.id):
                chosen = node
            for ii, item in enumerate(section.items):
                s = item.spec
                scored = s.answer_type in SCORED_TYPES
                child = QTreeWidgetItem([f"{si + 1}.{ii + 1}", labels.template_text(s.text, s.text_en),
                                         labels.answer_type(s.answer_type),
                                         str(s.weight) if scored else "–", labels.critical_mark() if s.critical else ""])
                child.setData(0, ROLE, ("item", item.id))
                child.setFlags(item_flags)
                child.setForeground(4, QBrush(QColor(RED)))
                tip = [f"[{s.key}] {s.text}", s.text_en, s.guidance]
                child.setToolTip(1, "\n".join(x for x in tip if x))
                node.addChild(child)
                if select == ("item", item.id):
                    chosen = child
        self.expandAll()
        if chosen is not None:
            self.setCurrentItem(chosen)
            self.scrollToItem(chosen)

    def current_ref(self) -> Ref | None:
        node = self.currentItem()
        return tuple(node.data(0, ROLE)) if node is not None else None

    def _set_headers(self) -> None:
        self.setHeaderLabels(["#", QCoreApplication.translate("TemplatesPage", "Section / item"),
                              QCoreApplication.translate("TemplatesPage", "Type"),
                              QCoreApplication.translate("TemplatesPage", "Weight"), ""])
        head = self.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3, 4):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    def set_editable(self, editable: bool) -> None:
        """Drag and drop only in a draft."""
        self.setDragEnabled(editable)
        self.setAcceptDrops(editable)
        self.viewport().setAcceptDrops(editable)


def _tool(text: str, icon: str, name: str, tip: str) -> QToolButton:
    button = QToolButton(objectName=name)
    button.setIcon(qta.icon(icon, color=ICON))
    if text:
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setToolTip(tip)
    return button


class StructurePanel(QWidget):
    """The tree and, under it, + Section, + Item, Delete, up and down (the page connects them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = TemplateTree()
        self.add_section_button = _tool(QCoreApplication.translate("TemplatesPage", "+ Section"), "fa5s.folder-plus",
                                        "addSection", QCoreApplication.translate("TemplatesPage",
                                                                                 "Add a section at the end"))
        self.add_item_button = _tool(QCoreApplication.translate("TemplatesPage", "+ Item"), "fa5s.plus", "addItem",
                                     QCoreApplication.translate(
                                         "TemplatesPage", "Add an item to the selected section (Ctrl+Shift+N)"))
        self.delete_button = _tool(QCoreApplication.translate("TemplatesPage", "Delete"), "fa5s.trash-alt",
                                   "deleteNode", QCoreApplication.translate(
                                       "TemplatesPage", "Delete the selected section or item (Delete)"))
        self.up_button = _tool("", "fa5s.arrow-up", "moveUp",
                               QCoreApplication.translate("TemplatesPage", "Move up (Alt+Up)"))
        self.down_button = _tool("", "fa5s.arrow-down", "moveDown",
                                 QCoreApplication.translate("TemplatesPage", "Move down (Alt+Down)"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for b in (self.add_section_button, self.add_item_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
