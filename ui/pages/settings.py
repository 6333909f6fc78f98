"""Settings: language, workspace name, and facts about this installation."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.services import AppContext, workspace
from ui import i18n


class SettingsPage(QWidget):
    languageChanged = Signal(str)  # the new setting: "system", "zh_CN" or "en"
    workspaceRenamed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Settings"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")

        self.language = QComboBox(objectName="language")
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(i18n.chosen_setting()), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        lang_box = QGroupBox(self.tr("Language"))
        lang_form = QFormLayout(lang_box)
        lang_form.addRow(self.tr("Interface language"), self.language)

        self.workspace_name = QLineEdit(objectName="workspaceName")
        self.save_name = QPushButton(self.tr("Save"), objectName="saveWorkspaceName")
        self.save_name.clicked.connect(self._save_name)
        self.workspace_name.returnPressed.connect(self._save_name)
        name_row = QHBoxLayout()
        name_row.addWidget(self.workspace_name, 1)
        name_row.addWidget(self.save_name)
        self.db_path = QLabel(objectName="dbPath")
        self.node = QLabel(objectName="node")
        self.schema = QLabel(objectName="schema")
        for label in (self.db_path, self.node, self.schema):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ws_box = QGroupBox(self.tr("Workspace"))
        ws_form = QFormLayout(ws_box)
        ws_form.addRow(self.tr("Name"), name_row)
        ws_form.addRow(self.tr("Database file"), self.db_path)
        ws_form.addRow(self.tr("This computer (node)"), self.node)
        ws_form.addRow(self.tr("Schema revision"), self.schema)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(lang_box)
        layout.addWidget(ws_box)
        layout.addStretch(1)

    def refresh(self) -> None:
        info = workspace.info(self.ctx)
        self.workspace_name.setText(info.name)
        self.db_path.setText(info.path)
        fingerprint = self.tr("Key fingerprint")
        self.node.setText(f"{info.node_id}\n{fingerprint}: {info.node_fingerprint}")
        self.schema.setText(info.schema_revision)

    def _language_chosen(self) -> None:
        value = self.language.currentData()
        QSettings().setValue(i18n.SETTING, value)
        self.languageChanged.emit(value)

    def _save_name(self) -> None:
        workspace.set_workspace_name(self.ctx, self.workspace_name.text())
        self.workspaceRenamed.emit()
