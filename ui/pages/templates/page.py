"""Checklist templates: the library on the left, the editor of one version on the right.

The page is thin: every change goes through ``opsdesk.services.templates`` and the
editor is rebuilt from the VersionDTO the service returns. Only a draft can be
edited; a published or retired version is shown read-only. Where a move or a drop puts a
node, what stays selected and which actions are possible is decided in ``controller``.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError, ValidationError
from opsdesk.services import AppContext
from opsdesk.services import templates as svc
from opsdesk.services.templates import ItemSpec, TemplateFormatError, VersionFrozenError
from opsdesk.templates_io import load_file
from ui import permissions as may
from ui.errors import format_problem_text, show_error
from ui.labels import template_text
from ui.pages.templates import controller
from ui.pages.templates.controller import Move, Ref
from ui.pages.templates.dialogs import NewTemplateDialog, PreviewDialog
from ui.pages.templates.forms import FormPanel, template_problem_text
from ui.pages.templates.header import VersionHeader
from ui.pages.templates.library import ROLE, TemplateLibrary
from ui.pages.templates.structure import StructurePanel
from ui.style import ICON, set_role
from ui.widgets.confirm import confirm

MAX_PROBLEMS_SHOWN = 12
FAILED = object()  # what _call gives when the service refused


class TemplatesPage(QWidget):
    SHOWS = frozenset({"template", "template_version", "template_section", "template_item"})  # refreshed on change

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template: svc.TemplateDTO | None = None
        self.version: svc.VersionDTO | None = None
        self._loading = False
        self.notice = set_role(QLabel(objectName="notice"), "ok")
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        toolbar = self._build_toolbar()
        left = self._build_library()
        self.editor = QWidget(objectName="editor")
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self._build_header())
        editor_layout.addWidget(self.read_only_hint)
        editor_layout.addWidget(self._build_body(), 1)
        self.no_template = set_role(QLabel(self.tr("Choose a template on the left, or create one (Ctrl+N).")),
                                    "muted")
        self.no_template.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.no_template)
        self.right.addWidget(self.editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 1000])
        outer = QVBoxLayout(self)
        outer.addLayout(toolbar)
        outer.addWidget(self.splitter, 1)
        outer.addWidget(self.notice)
        self._show_version(None)

    # ------------------------------------------------------------ building the page

    def _build_toolbar(self) -> QHBoxLayout:
        heading = set_role(QLabel(self.tr("Checklist templates")), "title")
        self.new_button = self._button(self.tr("New template"), "fa5s.plus", QKeySequence.StandardKey.New, "newTemplate")
        self.import_button = self._button(self.tr("Import"), "fa5s.file-import", None, "importTemplate")
        self.export_button = self._button(self.tr("Export"), "fa5s.file-export", None, "exportTemplate")
        self.edit_button = self._button(self.tr("Edit"), "fa5s.edit", None, "editTemplate")
        self.publish_button = self._button(self.tr("Publish"), "fa5s.check-circle", None, "publishTemplate")
        self.discard_button = self._button(self.tr("Discard draft"), "fa5s.undo", None, "discardDraft")
        self.toggle_button = self._button(self.tr("Retire"), "fa5s.ban", None, "toggleTemplate")
        self.preview_button = self._button(self.tr("Preview"), "fa5s.eye", None, "previewTemplate")
        for button, slot in ((self.new_button, self.create_template), (self.import_button, self.import_template),
                             (self.export_button, self.export_template), (self.edit_button, self.edit_template),
                             (self.publish_button, self.publish), (self.discard_button, self.discard_draft),
                             (self.toggle_button, self.toggle_active), (self.preview_button, self.preview)):
            button.clicked.connect(slot)
        toolbar = QHBoxLayout()
        toolbar.addWidget(heading)
        toolbar.addStretch(1)
        for b in (self.new_button, self.import_button, self.export_button):
            toolbar.addWidget(b)
        toolbar.addSpacing(12)
        for b in (self.edit_button, self.publish_button, self.discard_button, self.toggle_button,
                  self.preview_button):
            toolbar.addWidget(b)
        return toolbar

    def _build_library(self) -> QWidget:
        self.library = TemplateLibrary()
        self.list = self.library.list
        self.show_retired = self.library.show_retired
        self.count_label = self.library.count_label
        self.list.currentItemChanged.connect(self._template_changed)
        self.show_retired.toggled.connect(lambda _on: self.load_templates())
        return self.library

    def _build_header(self) -> QWidget:
        self.header = VersionHeader()
        self.header_box = self.header.box
        self.title, self.title_en = self.header.title, self.header.title_en
        self.version_combo = self.header.version_combo
        self.status_label, self.code_label, self.hash_label = (self.header.status_label, self.header.code_label,
                                                               self.header.hash_label)
        self.bands, self.add_band, self.remove_band = self.header.bands, self.header.add_band, self.header.remove_band
        self.header_error_label, self.header_errors = self.header.error_label, self.header.errors
        self.version_combo.currentIndexChanged.connect(self._version_chosen)
        self.read_only_hint = QLabel(
            self.tr("A published version cannot be changed. Click \u201cEdit\u201d to make a new draft."),
            objectName="readOnlyHint")
        self.read_only_hint.setWordWrap(True)
        return self.header

    def _build_body(self) -> QSplitter:
        """The structure tree with its buttons, and the form of the selected node with Save."""
        self.body_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.body_splitter.addWidget(self._build_tree_panel())
        self.body_splitter.addWidget(self._build_form_panel())
        self.body_splitter.setStretchFactor(0, 1)
        self.body_splitter.setStretchFactor(1, 1)
        self.body_splitter.setSizes([430, 400])
        return self.body_splitter

    def _build_tree_panel(self) -> QWidget:
        panel = StructurePanel()
        self.tree = panel.tree
        self.add_section_button, self.add_item_button = panel.add_section_button, panel.add_item_button
        self.delete_button, self.up_button, self.down_button = panel.delete_button, panel.up_button, panel.down_button
        self.tree.currentItemChanged.connect(self._node_changed)
        self.tree.dropRequested.connect(self.drop)
        for keys, slot in (("Alt+Up", lambda: self.move_selected(-1)), ("Alt+Down", lambda: self.move_selected(1)),
                           (QKeySequence.StandardKey.Delete, self.delete_selected)):
            QShortcut(QKeySequence(keys), self.tree, activated=slot, context=Qt.ShortcutContext.WidgetShortcut)
        for button, slot in ((self.add_section_button, self.add_section), (self.add_item_button, self.add_item),
                             (self.delete_button, self.delete_selected),
                             (self.up_button, lambda: self.move_selected(-1)),
                             (self.down_button, lambda: self.move_selected(1))):
            button.clicked.connect(slot)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.add_item,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return panel

    def _build_form_panel(self) -> QWidget:
        self.form_panel = FormPanel()
        self.section_form, self.item_form = self.form_panel.section_form, self.form_panel.item_form
        self.empty_form, self.forms = self.form_panel.empty_form, self.form_panel.forms
        self.save_button = self.form_panel.save_button
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return self.form_panel

    def _button(self, text: str, icon: str, shortcut: QKeySequence | str | None, name: str) -> QPushButton:
        button = QPushButton(qta.icon(icon, color=ICON), text, objectName=name)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        return button

    # ------------------------------------------------------------ the library

    def refresh(self) -> None:
        """Called when the page is shown. Unsaved edits are kept as they are."""
        if self._forms_dirty() or self._header_dirty():
            return
        self.load_templates()

    def load_templates(self, select_id: str | None = None) -> None:
        keep = select_id or (self.template.id if self.template else None)
        keep_version = self.version.id if (self.version and self.template and self.template.id == keep) else None
        templates = svc.list_templates(self.ctx, include_retired=self.show_retired.isChecked())
        self._loading = True
        try:
            chosen = self.library.fill(templates, keep)
            self.list.setCurrentItem(chosen)
        finally:
            self._loading = False
        self._open_template(keep if chosen is not None else None, keep_version)

    def select_template(self, template_id: str) -> bool:
        row = self.library.row_of(template_id)
        if row is not None:
            self.list.setCurrentItem(row)
        return row is not None

    def select_code(self, code: str) -> bool:
        t = svc.template_by_code(self.ctx, code)
        return t is not None and self.select_template(t.id)

    def _template_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if self._loading:
            return
        template_id = current.data(0, ROLE) if current else None
        if self.template is not None and template_id == self.template.id:
            return
        if not self._confirm_leave():
            self._loading = True
            self.list.setCurrentItem(previous)
            self._loading = False
            return
        self._open_template(template_id)

    def _open_template(self, template_id: str | None, version_id: str | None = None) -> None:
        if template_id is None:
            self.template = None
            self._show_version(None)
            return
        try:
            self.template = svc.get_template(self.ctx, template_id)
            chosen = controller.version_to_open(self.template, version_id)
            self._show_version(svc.get_version(self.ctx, chosen) if chosen else None)
        except OpsDeskError as exc:
            show_error(self, exc)
            self.template = None
            self._show_version(None)

    # ------------------------------------------------------------ the editor

    def is_read_only(self) -> bool:
        return self.version is None or self.version.status != "draft"

    def _show_version(self, version: svc.VersionDTO | None, select: Ref | None = None) -> None:
        """Show a version (or nothing); keep the selected node when it still exists."""
        if select is None:
            select = self._current_ref()
        if select is not None and (version is None or not controller.has_ref(version, select)):
            select = None
        self.version = version
        self._loading = True
        try:
            self.right.setCurrentWidget(self.editor if version is not None else self.no_template)
            self.header.fill(self.template, version)
            self.tree.fill(version, select)
        finally:
            self._loading = False
        self._show_form_for(self.tree.currentItem())
        read_only = self.is_read_only()
        self.read_only_hint.setVisible(version is not None and read_only)
        self.header.set_editable(not read_only)
        for w in (self.section_form, self.item_form, self.add_section_button, self.save_button):
            w.setEnabled(not read_only)
        self.tree.set_editable(not read_only)
        self._update_actions()

    def band_values(self) -> tuple[tuple[str, Decimal], ...]:
        """The grade bands as typed; raises ValidationError when one is not valid."""
        return self.header.band_values()

    def _header_dirty(self) -> bool:
        v = self.version
        if v is None or self.is_read_only():
            return False
        return self.header.is_dirty(v)

    def _current_ref(self) -> Ref | None:
        return self.tree.current_ref()

    def _node_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        if self._loading:
            return
        before = self.version
        if not self._confirm_leave(forms_only=True):
            self._loading = True
            self.tree.setCurrentItem(previous)
            self._loading = False
            return
        if self.version is not before:  # saved: redraw the tree once this signal has returned
            ref = tuple(current.data(0, ROLE)) if current is not None else None
            QTimer.singleShot(0, lambda: self._show_version(self.version, ref))
            return
        self._show_form_for(current)
        self._update_actions()

    def _show_form_for(self, node: QTreeWidgetItem | None) -> None:
        self.form_panel.show_for(self.version, node.data(0, ROLE) if node is not None else None,
                                 node.text(0) if node is not None else "")

    def _version_chosen(self, _index: int) -> None:
        version_id = self.version_combo.currentData()
        if not version_id or (self.version and version_id == self.version.id):
            return
        if not self._confirm_leave():
            self.version_combo.blockSignals(True)
            self.version_combo.setCurrentIndex(max(self.version_combo.findData(self.version.id), 0))
            self.version_combo.blockSignals(False)
            return
        try:
            self._show_version(svc.get_version(self.ctx, version_id))
        except OpsDeskError as exc:
            show_error(self, exc)

    def _update_actions(self) -> None:
        state = controller.action_state(self.template, self.version, self._current_ref())
        self.export_button.setEnabled(state.export)
        self.preview_button.setEnabled(state.preview)
        may.apply(self.edit_button, self.ctx, may.Action.TEMPLATE_EDIT, enabled=state.edit)
        may.apply(self.publish_button, self.ctx, may.Action.TEMPLATE_PUBLISH, enabled=state.publish)
        may.apply(self.discard_button, self.ctx, may.Action.TEMPLATE_EDIT, enabled=state.discard)
        may.apply(self.toggle_button, self.ctx, may.Action.TEMPLATE_PUBLISH, enabled=state.toggle)
        self.toggle_button.setText(self.tr("Reactivate") if state.reactivate else self.tr("Retire"))
        self.add_item_button.setEnabled(state.add_item)
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(state.node_actions)

    # ------------------------------------------------------------ saving

    def _forms_dirty(self) -> bool:
        return not self.is_read_only() and self.form_panel.is_dirty()

    def _confirm_leave(self, forms_only: bool = False) -> bool:
        """Before the editor shows something else: save or drop unsaved changes, or stay.

        A save here does not redraw the editor (the caller is about to); ``self.version`` is current."""
        dirty = self._forms_dirty() or (not forms_only and self._header_dirty())
        if not dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes you made?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Yes):
            return self.save(header=not forms_only, redraw=False)
        return answer in (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.No)

    def save(self, header: bool = True, redraw: bool = True) -> bool:
        """Ctrl+S: the title and grade bands when changed, then the open section or item form."""
        if self.version is None or self.is_read_only():
            return False
        self.notice.clear()
        ref = self._current_ref()
        saved = False
        if header and self._header_dirty():
            if not self._save_header():
                return False
            saved = True
        if self.form_panel.is_dirty():
            if not self._save_form():
                if saved and redraw:  # the header was saved: keep the form as the user left it
                    self.header.fill(self.template, self.version)
                return False
            saved = True
        if saved and redraw:
            self._show_version(self.version, ref)
            self.notice.setText(self.tr("Saved."))
        return True

    def _save_header(self) -> bool:
        try:
            version = svc.update_version_meta(self.ctx, self.version.id, self.title.text(), self.title_en.text(),
                                              self.band_values())
        except ValidationError as exc:
            self.header_errors.show(exc)
            return False
        except OpsDeskError as exc:
            self._fail(exc)
            return False
        self.header_errors.clear()
        self.version = version
        if self.template is not None:
            self.template = svc.get_template(self.ctx, self.template.id)
            self._refresh_list_row()
        return True

    def _save_form(self) -> bool:
        try:
            version = self.form_panel.save(self.ctx, self.version.id)
        except OpsDeskError as exc:
            self._fail(exc)
            return False
        if version is not None:
            self.version = version
        return version is not None

    def _after_change(self, version: svc.VersionDTO, select: tuple[str, str] | None = None,
                      reload_list: bool = True) -> None:
        """Redraw the editor from what the service returned."""
        if reload_list and self.template is not None:
            self.template = svc.get_template(self.ctx, self.template.id)
            self._refresh_list_row()
        self._show_version(version, select)

    def _refresh_list_row(self) -> None:
        """Update the library row of the current template without rebuilding the list."""
        if self.template is not None:
            self.library.update_row(self.template)

    # ------------------------------------------------------------ structure edits

    def _selected_section_id(self) -> str | None:
        return controller.selected_section_id(self.version, self._current_ref())

    def add_section(self) -> None:
        if self.is_read_only() or not self._confirm_leave(forms_only=True):
            return
        version = self._call(svc.save_section, self.version.id, self.tr("New section"), "New section", 1)
        if version is FAILED:
            return
        new = version.sections[-1]
        self._after_change(version, select=("section", new.id))
        self.section_form.title.setFocus()
        self.section_form.title.selectAll()

    def add_item(self) -> None:
        if self.is_read_only() or not self._confirm_leave(forms_only=True):
            return
        section_id = self._selected_section_id()
        if section_id is None:
            return
        ref = self._current_ref()
        after = self.version.item(ref[1]) if ref and ref[0] == "item" else None
        spec = ItemSpec(key=svc.new_item_key(self.version), text=self.tr("New item"), text_en="New item",
                        answer_type="pass_fail")
        try:
            version = svc.save_item(self.ctx, self.version.id, section_id, spec)
            section = next(s for s in version.sections if s.id == section_id)
            new = next(i for i in section.items if i.key == spec.key)
            if after is not None and after.position + 1 < new.position:
                version = svc.move_item(self.ctx, version.id, new.id, section_id, after.position + 1)
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self.item_form.mark_new(new.id)  # made critical, it defaults to N/A not allowed
        self._after_change(version, select=("item", new.id))
        self.item_form.text.setFocus()
        self.item_form.text.selectAll()

    def delete_selected(self) -> None:
        ref = self._current_ref()
        v = self.version
        if ref is None or v is None or self.is_read_only():
            return
        kind, ident = ref
        if kind == "section":
            section = next(s for s in v.sections if s.id == ident)
            question = self.tr("Delete section \u201c%1\u201d and its %n item(s)?", "", len(section.items)).replace(
                "%1", template_text(section.title, section.title_en))
        else:
            item = v.item(ident)
            question = self.tr("Delete item \u201c%1\u201d?").replace("%1", template_text(item.text, item.text_en))
        if not confirm(self, self.tr("Confirm"), question):
            return
        version = self._call(svc.delete_section if kind == "section" else svc.delete_item, v.id, ident)
        if version is FAILED:
            return
        self.item_form.item = None
        self.section_form.section = None
        self._after_change(version, select=controller.neighbour_after_delete(v, ref) or ("none", ""))

    def move_selected(self, delta: int) -> None:
        """Alt+Up / Alt+Down: one step; an item past its section's edge goes into the neighbouring section."""
        if self.is_read_only() or not self._confirm_leave(forms_only=True):
            return
        ref = self._current_ref()
        v = self.version
        if ref is None or v is None:
            return
        if self._apply_move(controller.step_move(v, ref, delta), ref):
            self.tree.setFocus()

    def _apply_move(self, move: Move | None, select: Ref) -> bool:
        """Ask the service to make ``move`` (nothing when None), then redraw with ``select`` selected."""
        if move is None:
            return False
        if move.kind == "section":
            version = self._call(svc.move_section, self.version.id, move.ident, move.position)
        else:
            version = self._call(svc.move_item, self.version.id, move.ident, move.section_id, move.position)
        if version is FAILED:
            return False
        self._after_change(version, select=select, reload_list=False)
        return True

    def drop(self, dragged: object, target: object, where: str) -> None:
        """A drag-and-drop in the tree: dragged/target are ("section"|"item", id); target None is the end."""
        v = self.version
        if v is None or self.is_read_only() or dragged is None:
            return
        dragged = tuple(dragged)
        target = tuple(target) if target is not None else None
        self._apply_move(controller.drop_move(v, dragged, target, where), dragged)

    # ------------------------------------------------------------ template actions

    def create_template(self) -> None:
        if not self._confirm_leave():
            return
        dialog = NewTemplateDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_version:
            v = dialog.result_version
            self.template = None
            self.load_templates(select_id=v.template_id)
            self.notice.setText(self.tr("Created %1. Add sections and items, then publish it.").replace(
                "%1", template_text(v.title, v.title_en)))

    def edit_template(self) -> None:
        """A published version is frozen: make (or reopen) the draft and edit that."""
        if self.template is None or not self._confirm_leave():
            return
        draft = self._call(svc.new_draft, self.template.id)
        if draft is FAILED:
            return
        self.template = svc.get_template(self.ctx, self.template.id)
        self._refresh_list_row()
        self._show_version(draft)
        self.notice.setText(self.tr("Version %1 is a draft: edit it, then publish it.").replace(
            "%1", str(draft.number)))

    def publish(self) -> None:
        v = self.version
        if v is None or v.status != "draft":
            return
        if (self._forms_dirty() or self._header_dirty()) and not self.save():
            return
        v = self.version
        question = self.tr("Publish version %1 of \u201c%2\u201d? It is frozen once published; new inspections "
                           "use it, and the version published before it is retired.").replace(
            "%1", str(v.number)).replace("%2", template_text(v.title, v.title_en))
        if not confirm(self, self.tr("Confirm"), question):
            return
        try:
            version = svc.publish(self.ctx, v.id)
        except TemplateFormatError as exc:
            self._show_problems(self.tr("Cannot publish yet"),
                                self.tr("Version %1 cannot be published until these problems are fixed:")
                                .replace("%1", str(v.number)), [format_problem_text(p) for p in exc.details])
            return
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self.template = svc.get_template(self.ctx, v.template_id)
        self.load_templates()
        self.notice.setText(self.tr("Version %1 published.").replace("%1", str(version.number)))

    def discard_draft(self) -> None:
        v = self.version
        if v is None or v.status != "draft":
            return
        question = self.tr("Discard draft version %1 of \u201c%2\u201d and all changes in it?").replace(
            "%1", str(v.number)).replace("%2", template_text(v.title, v.title_en))
        if not confirm(self, self.tr("Confirm"), question):
            return
        if self._call(svc.discard_draft, v.id) is FAILED:
            return
        self.item_form.item = None
        self.section_form.section = None
        self.version = None
        self.load_templates(select_id=v.template_id)
        self.notice.setText(self.tr("Draft discarded."))

    def toggle_active(self) -> None:
        t = self.template
        if t is None:
            return
        if t.active:
            question = self.tr("Retire template \u201c%1\u201d? It cannot be used for new checks; past checks "
                               "keep it, and it can be reactivated.").replace("%1", template_text(t.title, t.title_en))
        else:
            question = self.tr("Reactivate template \u201c%1\u201d?").replace("%1", template_text(t.title, t.title_en))
        if not confirm(self, self.tr("Confirm"), question):
            return
        if self._call(svc.set_template_active, t.id, not t.active) is FAILED:
            return
        self.load_templates(select_id=t.id)
        if t.active:
            self.notice.setText(self.tr("Template retired. Tick \u201cShow retired\u201d to see it."))

    def import_template(self) -> None:
        if not self._confirm_leave():
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import template"), "", self.tr("Template files (*.json);;All files (*)"))
        if not path:
            return
        try:
            spec = load_file(path)  # read only: to ask first when the code is taken
            existing = svc.template_by_code(self.ctx, spec.code)
            if existing is not None:
                question = self.tr("A template with code %1 (\u201c%2\u201d) already exists. Import the file as its "
                                   "newest version and publish it? The version published now will be retired.") \
                    .replace("%1", spec.code).replace("%2", template_text(existing.title, existing.title_en))
                if not confirm(self, self.tr("Confirm"), question):
                    return
            version = svc.import_file(self.ctx, path)
        except TemplateFormatError as exc:
            self._show_problems(self.tr("Import failed"),
                                self.tr("%1 was not imported; nothing was changed. Problems found:")
                                .replace("%1", Path(path).name), [format_problem_text(p) for p in exc.details])
            return
        except OpsDeskError as exc:
            self._fail(exc)
            return
        self.template = None
        self.load_templates(select_id=version.template_id)
        self.notice.setText(self.tr("Imported \u201c%1\u201d as version %2.")
                            .replace("%1", template_text(version.title, version.title_en))
                            .replace("%2", str(version.number)))

    def export_template(self) -> None:
        t, v = self.template, self.version
        if t is None or v is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export template"), f"{t.code}.json", self.tr("Template files (*.json)"))
        if not path:
            return
        if not Path(path).suffix:
            path += ".json"
        try:
            data = svc.export_data(self.ctx, t.code, v.number)
            Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except OpsDeskError as exc:
            self._fail(exc)
            return
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Cannot write %1: %2").replace("%1", path).replace("%2", exc.strerror or ""))
            return
        self.notice.setText(self.tr("Exported version %1 to %2.").replace("%1", str(v.number))
                            .replace("%2", Path(path).name))

    def preview(self) -> None:
        if self.version is None:
            return
        PreviewDialog(self.version, self).exec()

    # ------------------------------------------------------------ errors

    def _call(self, service, *args):
        """``service(ctx, *args)``; a failure is shown (``_fail``) and gives FAILED."""
        try:
            return service(self.ctx, *args)
        except OpsDeskError as exc:
            self._fail(exc)
            return FAILED

    def _show_problems(self, title: str, headline: str, problems: list[str]) -> None:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        lines = [headline, "", *("• " + p for p in shown)]
        if len(problems) > len(shown):
            lines.append(self.tr("… and %n more.", "", len(problems) - len(shown)))
        QMessageBox.warning(self, title, "\n".join(lines))

    def _fail(self, exc: OpsDeskError) -> None:
        if isinstance(exc, VersionFrozenError):
            QMessageBox.warning(self, self.tr("OpsDesk"), self.tr(
                "A published version cannot be changed. Click \u201cEdit\u201d to make a new draft."))
            return
        if isinstance(exc, ValidationError) and any(p.reason == "only_version" for p in exc.problems):
            QMessageBox.warning(self, self.tr("OpsDesk"), "\n".join(template_problem_text(p) for p in exc.problems))
            return
        show_error(self, exc)

