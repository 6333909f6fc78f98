"""The 新店筹备 page's dialogs: start, edit, move, open and cancel a project; a training gate's sign-offs;
one milestone's details, note and evidence photos.

Each is thin: it gathers the input and calls ``opsdesk.services.openings`` itself. A refusal is shown,
translated, inside the dialog (``formErrors``), which stays open with what was typed; after
``exec() == Accepted`` the dialog's ``.project`` (or ``.milestone``) is the updated DTO.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, NotFoundError, OpsDeskError, ValidationError
from opsdesk.services import AppContext, attachments, openings, org
from opsdesk.services.openings import MilestoneDTO, ProjectDTO
from ui import labels
from ui.dates import date_edit, from_qdate
from ui.errors import describe
from ui.style import set_role
from ui.widgets.confirm import confirm
from ui.widgets.form import FieldErrors, FormDialog
from ui.widgets.pickers import load_lists, picked, put_stores, put_users
from ui.widgets.unlock_key import with_key

NEW_PROJECT_DAYS = 90  # a new project's default opening date: today + this


def milestone_title(m: MilestoneDTO) -> str:
    return labels.template_text(m.title, m.title_en)


def find_milestone(ctx: AppContext, milestone_id: str) -> tuple[ProjectDTO, MilestoneDTO]:
    """The project (with its events) and the milestone of ``milestone_id``; NotFoundError when gone."""
    for p in openings.list_projects(ctx):
        if any(m.id == milestone_id for m in p.milestones):
            project = openings.get_project(ctx, p.id)
            return project, next(m for m in project.milestones if m.id == milestone_id)
    raise NotFoundError("opening_milestone", id=milestone_id)


def _ok(dialog: QDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


class _OpeningForm(FormDialog):
    """A FormDialog whose refusals (field problems or not) are shown in the dialog, and whose ``submit``
    may return None to stay open (the person said No to a confirmation)."""

    def __init__(self, title: str, parent: QWidget | None, ok_text: str) -> None:
        super().__init__(title, parent, ok_text=ok_text)
        self.errors = FieldErrors(self.error_label, {}, {})

    def save(self) -> bool:
        self.errors.clear()
        try:
            value = self.submit()
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        except OpsDeskError as exc:
            self.show_failure(exc)
            return False
        if value is None:
            return False
        self.result_value = value
        self.project = value
        self.accept()
        return True

    def show_failure(self, exc: Exception) -> None:
        self.error_label.setText(describe(exc))
        self.error_label.show()


class NewProjectDialog(_OpeningForm):
    """Start the opening of a store in status planned or preparing that has no active project."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, store_id: str | None = None) -> None:
        super().__init__(self.tr("New opening project"), parent, self.tr("Start the project"))
        self.ctx = ctx
        self.project: ProjectDTO | None = None
        self.setMinimumWidth(520)
        lists = load_lists(ctx, stores=True, users=True)
        busy = {p.store_id for p in openings.list_projects(ctx, openings.ProjectQuery(status="active"))}
        self.stores = {s.id: s for s in lists.stores
                       if s.status in openings.OPENING_STORE_STATUSES and s.id not in busy}
        self.store = QComboBox(objectName="store")
        put_stores(self.store, list(self.stores.values()))
        self.target = date_edit("targetDate", date.today() + timedelta(days=NEW_PROJECT_DAYS))
        self.owner = QComboBox(objectName="owner")
        put_users(self.owner, lists.users, ("", None), roles=openings.OWNER_USER_ROLES, with_role=True)
        self.franchisee = QComboBox(objectName="franchisee")
        put_users(self.franchisee, lists.users, ("", None), roles=("store_manager",))
        self.plans = openings.list_plans(ctx)
        self.plan = QComboBox(objectName="plan")
        for plan in self.plans:
            self.plan.addItem(labels.template_text(plan.title, plan.title_en), plan.code)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setMaximumHeight(80)
        self.hint = set_role(QLabel(objectName="noStores"), "hint")
        self.hint.setWordWrap(True)
        self.hint.setText(self.tr("No store in status planned or preparing is waiting for an opening project: "
                                  "add the store (or set its status) on the Stores page first."))
        self.hint.setVisible(not self.stores)
        form = QFormLayout()
        form.addRow(self.tr("Store"), self.store)
        form.addRow(self.tr("Opening date (day zero)"), self.target)
        form.addRow(self.tr("Project owner"), self.owner)
        form.addRow(self.tr("Franchisee"), self.franchisee)
        form.addRow(self.tr("Plan"), self.plan)
        form.addRow(self.tr("Notes"), self.notes)
        self.form_area.addWidget(self.hint)
        self.form_area.addLayout(form)
        self.set_fields({"store_id": self.store, "target_date": self.target, "owner_id": self.owner,
                         "franchisee_id": self.franchisee, "plan_code": self.plan, "notes": self.notes},
                        {"store_id": self.tr("Store"), "target_date": self.tr("Opening date (day zero)"),
                         "owner_id": self.tr("Project owner"), "franchisee_id": self.tr("Franchisee"),
                         "plan_code": self.tr("Plan"), "notes": self.tr("Notes")})
        me = next((u for u in lists.users if u.id == ctx.user_id), None)
        if me is not None and me.role in openings.OWNER_USER_ROLES:
            self.owner.setCurrentIndex(max(0, self.owner.findData(me.id)))
        self.store.setCurrentIndex(self.store.findData(store_id) if store_id in self.stores else -1)
        if self.store.currentIndex() < 0:
            self.store.setEditText("")
        self.store.currentIndexChanged.connect(self._store_changed)
        self._store_changed()

    def _picked_store(self) -> org.StoreDTO | None:
        return self.stores.get(picked(self.store))  # type: ignore[arg-type]

    def _store_changed(self) -> None:
        store = self._picked_store()
        franchise = store is not None and store.kind == "franchise"
        self.franchisee.setEnabled(franchise)
        if not franchise:
            self.franchisee.setCurrentIndex(0)
        code = openings.plan_for(self.ctx, store.kind) if store is not None else "standard"
        if code:
            index = self.plan.findData(code)
            if index >= 0:
                self.plan.setCurrentIndex(index)

    def submit(self) -> ProjectDTO:
        store = self._picked_store()
        if store is None:
            raise ValidationError([FieldProblem("store_id", "required")])
        franchisee = picked(self.franchisee) if self.franchisee.isEnabled() else None
        return openings.create_project(self.ctx, store.id, from_qdate(self.target.date()),
                                       owner_id=picked(self.owner) or None, franchisee_id=franchisee or None,
                                       plan_code=self.plan.currentData(), notes=self.notes.toPlainText())


class EditProjectDialog(_OpeningForm):
    """A project's owner, franchisee (a franchise store only) and notes."""

    def __init__(self, ctx: AppContext, project: ProjectDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit opening project %1").replace("%1", f"{project.store_code} {project.store_name}"),
                         parent, self.tr("Save"))
        self.ctx = ctx
        self.project = project
        self.setMinimumWidth(480)
        users = load_lists(ctx, users=True).users
        self.owner = QComboBox(objectName="owner")
        put_users(self.owner, users, ("", None), roles=openings.OWNER_USER_ROLES, with_role=True)
        self.owner.setCurrentIndex(max(0, self.owner.findData(project.owner_id)))
        self.franchisee = QComboBox(objectName="franchisee")
        put_users(self.franchisee, users, ("", None), roles=("store_manager",))
        self.franchisee.setCurrentIndex(max(0, self.franchisee.findData(project.franchisee_id)))
        self.franchisee.setEnabled(project.store_kind == "franchise")
        self.notes = QPlainTextEdit(project.notes, objectName="notes")
        self.notes.setMaximumHeight(100)
        form = QFormLayout()
        form.addRow(self.tr("Project owner"), self.owner)
        form.addRow(self.tr("Franchisee"), self.franchisee)
        form.addRow(self.tr("Notes"), self.notes)
        self.form_area.addLayout(form)
        self.set_fields({"owner_id": self.owner, "franchisee_id": self.franchisee, "notes": self.notes},
                        {"owner_id": self.tr("Project owner"), "franchisee_id": self.tr("Franchisee"),
                         "notes": self.tr("Notes")})

    def submit(self) -> ProjectDTO:
        franchisee = (picked(self.franchisee) or None) if self.franchisee.isEnabled() else openings.UNCHANGED
        return openings.update_project(self.ctx, self.project.id, owner_id=picked(self.owner) or None,
                                       franchisee_id=franchisee, notes=self.notes.toPlainText())


def moving(project: ProjectDTO) -> list[MilestoneDTO]:
    """The milestones that move with day zero: not done, relative to it (no fixed date)."""
    return [m for m in project.milestones if not m.done and m.fixed_date is None and m.offset_days is not None]


class MoveDateDialog(_OpeningForm):
    """Move the opening date; a reason is required (the OK button waits for one)."""

    def __init__(self, ctx: AppContext, project: ProjectDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Move the opening date"), parent, self.tr("Move the date"))
        self.ctx = ctx
        self.project = project
        self.setMinimumWidth(460)
        self.current = QLabel(project.target_date.isoformat(), objectName="currentDate")
        self.new_date = date_edit("newDate", project.target_date)
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText(self.tr("Why the date moves (required)"))
        self.effect = set_role(QLabel(objectName="effect"), "hint")
        self.effect.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current opening date"), self.current)
        form.addRow(self.tr("New opening date"), self.new_date)
        form.addRow(self.tr("Reason"), self.reason)
        self.form_area.addLayout(form)
        self.form_area.addWidget(self.effect)
        self.set_fields({"new_date": self.new_date, "reason": self.reason},
                        {"new_date": self.tr("New opening date"), "reason": self.tr("Reason")})
        self.reason.textChanged.connect(self._update)
        self.new_date.dateChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        _ok(self).setEnabled(bool(self.reason.text().strip()))
        shift = (from_qdate(self.new_date.date()) - self.project.target_date).days
        n = len(moving(self.project))
        text = self.tr("%n open milestone(s) move with the date; done ones and fixed dates stay.", "", n)
        if shift:
            text += " " + (self.tr("Day zero moves %1 day(s) later.") if shift > 0 else
                           self.tr("Day zero moves %1 day(s) earlier.")).replace("%1", str(abs(shift)))
        self.effect.setText(text)

    def submit(self) -> ProjectDTO:
        return openings.move_target(self.ctx, self.project.id, from_qdate(self.new_date.date()), self.reason.text())


class OpenStoreDialog(_OpeningForm):
    """Open the store (验收合格方可营业): a confirmation when every gate passed; otherwise the gates not passed,
    and for a head-office user an override with its written reason."""

    def __init__(self, ctx: AppContext, project: ProjectDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open the store"), parent, self.tr("Open the store"))
        self.ctx = ctx
        self.project = project
        self.setMinimumWidth(500)
        store = f"{project.store_code} {project.store_name}"
        gates = project.gates_open
        from ui import permissions as may

        # opening.override_gate in the permission table (head office), at this store
        self.head_office = may.allowed(ctx, may.Action.OPENING_OVERRIDE, project.store_id)
        self.override = QCheckBox(self.tr("Open anyway (head-office override)"), objectName="override")
        self.reason = QLineEdit(objectName="overrideReason")
        self.reason.setPlaceholderText(self.tr("Why the store opens before its gates pass (required)"))
        if not gates:
            text = QLabel(self.tr("Every gate of %1 is passed. Open the store now? Its status becomes open, "
                                  "opened today, and the project is closed.").replace("%1", store),
                          objectName="summary")
            text.setWordWrap(True)
            self.form_area.addWidget(text)
            self.override.hide()
            self.reason.hide()
        else:
            head = set_role(QLabel(self.tr("验收合格方可营业: %1 cannot open before these gates are passed:")
                                   .replace("%1", store), objectName="summary"), "strong")
            head.setWordWrap(True)
            self.gates = QLabel("\n".join(
                "◇ " + self.tr("%1 (due %2)").replace("%1", milestone_title(m)).replace("%2", m.due_on.isoformat())
                for m in gates), objectName="gatesMissing")
            set_role(self.gates, "error")
            self.form_area.addWidget(head)
            self.form_area.addWidget(self.gates)
            if self.head_office:
                self.form_area.addWidget(self.override)
                self.form_area.addWidget(self.reason)
                self.reason.setEnabled(False)
                self.override.toggled.connect(self.reason.setEnabled)
                self.override.toggled.connect(self._update)
                self.reason.textChanged.connect(self._update)
            else:
                self.override.hide()
                self.reason.hide()
                why = set_role(QLabel(self.tr("Only head office can open a store before every gate is passed, "
                                              "with a written reason. Pass the gates first, or ask head office."),
                                      objectName="whyNot"), "hint")
                why.setWordWrap(True)
                self.form_area.addWidget(why)
        self.set_fields({"override_reason": self.reason}, {"override_reason": self.tr("Reason")})
        self._update()

    def _update(self) -> None:
        if not self.project.gates_open:
            _ok(self).setEnabled(True)
        elif self.head_office:
            _ok(self).setEnabled(self.override.isChecked() and bool(self.reason.text().strip()))
        else:
            _ok(self).setEnabled(False)

    def submit(self) -> ProjectDTO:
        reason = self.reason.text() if self.override.isChecked() else None
        return with_key(self, self.ctx, openings.open_store, self.project.id, override_reason=reason)


class CancelProjectDialog(_OpeningForm):
    """Stop an opening that will not happen: a reason (required), then a confirmation."""

    def __init__(self, ctx: AppContext, project: ProjectDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cancel the opening project"), parent, self.tr("Cancel the project"))
        self.ctx = ctx
        self.project = project
        self.setMinimumWidth(460)
        text = QLabel(self.tr("The opening of %1 stops; the store keeps its status and a new project can be "
                              "started later.").replace("%1", f"{project.store_code} {project.store_name}"))
        text.setWordWrap(True)
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText(self.tr("Why the opening is cancelled (required)"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        self.form_area.addWidget(text)
        self.form_area.addLayout(form)
        self.set_fields({"reason": self.reason}, {"reason": self.tr("Reason")})
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep the project"))

    def submit(self) -> ProjectDTO | None:
        if self.reason.text().strip() and not confirm(
                self, self.tr("Cancel the opening project"),
                self.tr("Cancel the opening of %1? This cannot be undone.").replace(
                    "%1", f"{self.project.store_code} {self.project.store_name}")):
            return None
        return openings.cancel_project(self.ctx, self.project.id, self.reason.text())


class _PanelDialog(QDialog):
    """A dialog of several actions, each shown done or refused in the error line; Close accepts."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body, 1)
        self.error_label = QLabel(objectName="formErrors")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.error_label.hide()
        self.layout_.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.rejected.connect(self.accept)
        self.layout_.addWidget(self.buttons)

    def attempt(self, call):
        """``call()``; a refusal is shown in the dialog (None returned)."""
        self.error_label.hide()
        try:
            return call()
        except OpsDeskError as exc:
            self.error_label.setText(describe(exc))
            self.error_label.show()
            return None


class TrainingDialog(_PanelDialog):
    """A training gate: each staff member and store manager of the store, signed off (when) or not yet;
    "Sign off" for the selected person (can operate the till and introduce the products)."""

    def __init__(self, ctx: AppContext, milestone_id: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Staff training sign-off"), parent)
        self.ctx = ctx
        self.milestone_id = milestone_id
        self.project, self.milestone = find_milestone(ctx, milestone_id)
        self.resize(640, 400)
        self.state = set_role(QLabel(objectName="gateState"), "strong")
        self.state.setWordWrap(True)
        hint = set_role(QLabel(self.tr("A sign-off confirms that the person can operate the till and introduce "
                                       "the products.")), "hint")
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 4, objectName="trainees")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Signed off"),
                                              self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sign = QPushButton(self.tr("Sign off..."), objectName="signOff")
        self.sign.clicked.connect(self.sign_off_selected)
        self.table.itemSelectionChanged.connect(self._selection)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sign)
        self.body.addWidget(self.state)
        self.body.addWidget(hint)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(row)
        self.refresh()

    def trainees(self) -> list[org.UserDTO]:
        return [u for u in org.query_users(self.ctx, org.UserQuery(store_id=self.project.store_id))
                if u.active and u.role in openings.TRAINED_ROLES]

    def refresh(self) -> None:
        self.project, self.milestone = find_milestone(self.ctx, self.milestone_id)
        signed = {e.user_id: e for e in self.project.events
                  if e.kind == "training_signed" and e.milestone_id == self.milestone_id}
        people = self.trainees()
        self.table.setRowCount(len(people))
        for r, u in enumerate(people):
            event = signed.get(u.id)
            when = (self.tr("Yes, %1").replace("%1", labels.local_time(event.at)) if event else self.tr("Not yet"))
            for c, text in enumerate((u.name, labels.role(u.role), when, event.note if event else "")):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, u.id)
                if c == 2:
                    item.setForeground(Qt.GlobalColor.darkGreen if event else Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        done = sum(1 for u in people if u.id in signed)
        title = milestone_title(self.milestone)
        if self.milestone.done:
            text = self.tr("%1: gate passed.").replace("%1", title)
        elif not people:
            text = self.tr("%1: no staff or store manager is assigned to the store yet.").replace("%1", title)
        else:
            text = self.tr("%1: gate not passed — %2 of %3 signed off.").replace("%1", title).replace(
                "%2", str(done)).replace("%3", str(len(people)))
        self.state.setText(text)
        set_role(self.state, "ok" if self.milestone.done else "error")
        self._selection()

    def selected_user(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _selection(self) -> None:
        r = self.table.currentRow()
        signed = r >= 0 and self.table.item(r, 2) is not None and self.table.item(r, 2).text() != self.tr("Not yet")
        self.sign.setEnabled(self.selected_user() is not None and not signed)

    def sign_off_selected(self) -> bool:
        user_id = self.selected_user()
        if user_id is None:
            return False
        name = self.table.item(self.table.currentRow(), 0).text()
        if not confirm(self, self.tr("Sign off training"),
                       self.tr("Sign off %1: can operate the till and introduce the products?").replace("%1", name)):
            return False
        result = self.attempt(lambda: openings.sign_off_training(self.ctx, self.milestone_id, user_id))
        self.refresh()
        return result is not None


class MilestoneDialog(_PanelDialog):
    """One milestone: title, due date, owner, gate state, who did it and when; its note (saved when left)
    and evidence photos (add, view, remove after a confirmation)."""

    def __init__(self, ctx: AppContext, milestone_id: str, parent: QWidget | None = None) -> None:
        from ui.widgets.note_edit import NoteEdit

        super().__init__(self.tr("Milestone"), parent)
        self.ctx = ctx
        self.milestone_id = milestone_id
        self.project, self.milestone = find_milestone(ctx, milestone_id)
        self.setWindowTitle(milestone_title(self.milestone))
        self.setMinimumWidth(560)
        m = self.milestone
        owners = openings.owner_names(ctx, self.project.id).get(m.id, "")
        form = QFormLayout()
        form.addRow(self.tr("Store"), QLabel(f"{self.project.store_code} {self.project.store_name}"))
        title = set_role(QLabel(milestone_title(m), objectName="title"), "strong")
        form.addRow(self.tr("Milestone"), title)
        due = m.due_on.isoformat() + ("  " + self.tr("(fixed date)") if m.fixed_date else "")
        if m.late(date.today()):
            due += "  " + self.tr("late by %1 day(s)").replace("%1", str((date.today() - m.due_on).days))
        form.addRow(self.tr("Due"), QLabel(due, objectName="due"))
        form.addRow(self.tr("Owner"), QLabel(labels.milestone_role(m.owner_role) + (f" · {owners}" if owners else ""),
                                             objectName="owner"))
        if m.gate:
            form.addRow(self.tr("Gate"), QLabel(self.tr("Passed") if m.done else self.tr("Not passed"),
                                                objectName="gateState"))
        form.addRow(self.tr("Done"), QLabel(self._done_text(), objectName="doneState"))
        self.body.addLayout(form)
        self.note = NoteEdit(openings.NOTE_MAX, lines=3)
        self.note.set_saved(m.note)
        self.note.committed.connect(self.save_note)
        note_box = QGroupBox(self.tr("Note"))
        QVBoxLayout(note_box).addWidget(self.note)
        self.body.addWidget(note_box)
        photo_box = QGroupBox(self.tr("Evidence photos"))
        photo_layout = QVBoxLayout(photo_box)
        self.strip = QHBoxLayout()
        photo_layout.addLayout(self.strip)
        self.add_button = QPushButton(self.tr("Add photos..."), objectName="addPhotos")
        self.add_button.clicked.connect(self.add_photos)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        photo_layout.addLayout(add_row)
        self.body.addWidget(photo_box)
        closed = self.project.status != "active"
        self.note.set_read_only(closed)
        self.add_button.setEnabled(not closed)
        self.show_photos()

    def _done_text(self) -> str:
        m = self.milestone
        if not m.done:
            return self.tr("Not yet")
        who = next((e.user_name for e in reversed(self.project.events)
                    if e.milestone_id == m.id and e.kind in ("milestone_done", "gate_passed")), "")
        text = labels.local_time(m.done_at)
        return self.tr("%1 by %2").replace("%1", text).replace("%2", who) if who else text

    def photos(self) -> list[attachments.AttachmentDTO]:
        return attachments.photos_of(self.ctx, openings.MILESTONE_PHOTOS, self.milestone_id)

    def show_photos(self) -> None:
        from ui.widgets.photo_viewer import PhotoThumb

        while self.strip.count():
            widget = self.strip.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        photos = self.photos()
        for index, photo in enumerate(photos):
            cell = QWidget(objectName="photoCell")
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(PhotoThumb(photos, index, 84))
            remove = QToolButton(objectName="removePhoto")
            remove.setText(self.tr("Remove"))
            remove.setEnabled(self.project.status == "active")
            remove.clicked.connect(lambda _=False, link=photo.link_id: self.remove_photo(link))
            column.addWidget(remove, 0, Qt.AlignmentFlag.AlignHCenter)
            self.strip.addWidget(cell)
        if not photos:
            self.strip.addWidget(QLabel(self.tr("No photos yet."), objectName="noPhotos"))
        self.strip.addStretch(1)

    def add_photos(self, files: list[str] | None = None) -> bool:
        from ui.widgets.photo_viewer import ask_photo_files, store_photo_files

        files = files if files else ask_photo_files(self)
        if not files:
            return False
        stored = store_photo_files(self, files, lambda path: attachments.attach_photo(
            self.ctx, path, openings.MILESTONE_PHOTOS, self.milestone_id))
        self.show_photos()
        return stored

    def remove_photo(self, link_id: str | None) -> bool:
        if not link_id or not confirm(self, self.tr("Remove photo"),
                                      self.tr("Remove this photo from the milestone?")):
            return False
        result = self.attempt(lambda: attachments.detach(self.ctx, link_id) or True)
        self.show_photos()
        return result is not None

    def save_note(self, text: str) -> None:
        saved = self.attempt(lambda: openings.set_milestone_note(self.ctx, self.milestone_id, text))
        if saved is not None:
            self.milestone = saved

    def accept(self) -> None:
        self.note.commit()  # a note being typed is saved on Close
        super().accept()


__all__ = ["CancelProjectDialog", "EditProjectDialog", "MilestoneDialog", "MoveDateDialog", "NewProjectDialog",
           "OpenStoreDialog", "TrainingDialog", "find_milestone", "moving"]
