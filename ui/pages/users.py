"""Users: search and role filter, lazy sortable table, create/edit/deactivate with store assignments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, org
from ui import labels
from ui import permissions as may
from ui.errors import show_error
from ui.models.lazy_table import Column, RowSource
from ui.style import set_role
from ui.widgets.confirm import confirm
from ui.widgets.form import FormDialog
from ui.widgets.table_page import TablePage

ROLES_WITH_STORES = tuple(org.ASSIGNMENT_FOR_ROLE)


class UserDialog(FormDialog):
    """Create or edit one user with the stores they are assigned to."""

    def __init__(self, ctx: AppContext, user: org.UserDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit user") if user else self.tr("New user"), parent)
        self.ctx = ctx
        self.user = user
        self.setMinimumWidth(460)

        self.name = QLineEdit(objectName="name")
        self.username = QLineEdit(objectName="username")
        self.username.setPlaceholderText(self.tr("e.g. zhangwei"))
        self.role = QComboBox(objectName="role")
        for code, text in labels.roles().items():
            self.role.addItem(text, code)
        self.phone = QLineEdit(objectName="phone")
        self.email = QLineEdit(objectName="email")
        self.store_filter = QLineEdit(objectName="storeFilter")
        self.store_filter.setPlaceholderText(self.tr("Filter stores"))
        self.store_filter.setClearButtonEnabled(True)
        self.stores = QListWidget(objectName="stores")
        self.stores.setMinimumHeight(180)
        assigned = set(user.store_ids) if user else set()
        for s in org.query_stores(ctx, org.StoreQuery(include_closed=True)):
            item = QListWidgetItem(f"{s.code}  {s.name}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.id in assigned else Qt.CheckState.Unchecked)
            self.stores.addItem(item)
        self.store_filter.textChanged.connect(self._filter_stores)
        self.stores_hint = QLabel(objectName="storesHint")
        self.stores_hint.setWordWrap(True)
        set_role(self.stores_hint, "muted")
        self.role.currentIndexChanged.connect(self._role_changed)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Stores"), self.store_filter)
        form.addRow("", self.stores)
        form.addRow("", self.stores_hint)

        self.set_fields(
            {"name": self.name, "username": self.username, "role": self.role, "phone": self.phone,
             "email": self.email, "store_ids": self.stores},
            {"name": self.tr("Name"), "username": self.tr("Username"), "role": self.tr("Role"),
             "phone": self.tr("Phone"), "email": self.tr("E-mail"), "store_ids": self.tr("Stores")},
        )
        self.form_area.addLayout(form)

        if user:
            self.name.setText(user.name)
            self.username.setText(user.username)
            self.role.setCurrentIndex(max(self.role.findData(user.role), 0))
            self.phone.setText(user.phone)
            self.email.setText(user.email)
        else:
            self.role.setCurrentIndex(max(self.role.findData("supervisor"), 0))
        self._role_changed()

    def _filter_stores(self, text: str) -> None:
        text = text.strip().lower()
        for i in range(self.stores.count()):
            item = self.stores.item(i)
            item.setHidden(bool(text) and text not in item.text().lower())

    def _role_changed(self) -> None:
        role = self.role.currentData()
        enabled = role in ROLES_WITH_STORES
        self.stores.setEnabled(enabled)
        self.store_filter.setEnabled(enabled)
        if role == "store_manager":
            self.stores_hint.setText(self.tr("Tick the store(s) this manager runs."))
        elif role in ("supervisor", "ops_manager"):
            self.stores_hint.setText(self.tr("Tick the stores this person supervises."))
        elif role == "staff":
            self.stores_hint.setText(self.tr("Tick the store(s) this person works at."))
        else:
            self.stores_hint.setText(self.tr("Head office sees every store; no assignment needed."))

    def checked_store_ids(self) -> tuple[str, ...]:
        ids = []
        for i in range(self.stores.count()):
            item = self.stores.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return tuple(ids)

    def input(self) -> org.UserInput:
        role = self.role.currentData()
        return org.UserInput(
            username=self.username.text(),
            name=self.name.text(),
            role=role,
            phone=self.phone.text(),
            email=self.email.text(),
            store_ids=self.checked_store_ids() if role in ROLES_WITH_STORES else (),
            base_version=self.user.version if self.user else None,
        )

    @property
    def result_user(self) -> org.UserDTO | None:
        return self.result_value

    def submit(self) -> org.UserDTO:
        if self.user is None:
            return org.create_user(self.ctx, self.input())
        return org.update_user(self.ctx, self.user.id, self.input())


class UsersPage(TablePage):
    SHOWS = frozenset({"user", "assignment", "region", "store"})  # refreshed when an operation changed these

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Users"), parent)
        self.ctx = ctx
        self.search.setPlaceholderText(self.tr("Search name, username, phone or e-mail (Ctrl+F)"))
        self.role = self.filter_bar.add_combo("roleFilter", self.tr("All roles"), labels.roles())
        self.show_inactive = self.filter_bar.add_check("showInactive", self.tr("Show inactive"))
        self.filter_bar.add_stretch()

        self.new_button = self.add_button(self.tr("New user"), "fa5s.plus", QKeySequence.StandardKey.New, "newUser")
        self.edit_button = self.add_button(self.tr("Edit"), "fa5s.edit", "F2", "editUser")
        self.toggle_button = self.add_button(self.tr("Deactivate"), "fa5s.ban", "Ctrl+D", "toggleUser")
        self.password_button = self.add_button(self.tr("Set temporary password..."), "fa5s.key", None,
                                               "temporaryPassword")
        self.password_button.clicked.connect(self.reset_password_selected)
        self.export_button = self.add_button(self.tr("Export..."), "fa5s.file-excel", "Ctrl+Shift+E", "exportRegister")
        self.export_button.clicked.connect(self.export)
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.activated.connect(self.edit)
        self.selectionChanged.connect(self._update_buttons)
        may.apply(self.new_button, self.ctx, may.Action.USERS_MANAGE)

        self.setup_model(
            [
                Column(self.tr("Name"), lambda u: u.name, "name"),
                Column(self.tr("Username"), lambda u: u.username, "username"),
                Column(self.tr("Role"), lambda u: labels.role(u.role), "role"),
                Column(self.tr("Stores"), self._stores_text, None, tooltip=lambda u: "\n".join(u.store_names)),
                Column(self.tr("Phone"), lambda u: u.phone, "phone"),
                Column(self.tr("E-mail"), lambda u: u.email, "email"),
                Column(self.tr("State"), lambda u: labels.active(u.active), "active"),
            ],
            widths=(90, 110, 90, 220, 120, 190, 60),
            muted=lambda u: not u.active,
        )
        self._update_buttons(None)

    def _stores_text(self, user: org.UserDTO) -> str:
        names = user.store_names
        separator = self.tr(", ")
        if len(names) <= 2:
            return separator.join(names)
        return self.tr("%1 and more (%n in all)", "", len(names)).replace("%1", separator.join(names[:2]))

    def query(self, sort: str = "name", descending: bool = False) -> org.UserQuery:
        return org.UserQuery(search=self.search.text(), role=self.role.currentData(),
                             include_inactive=self.show_inactive.isChecked(), sort=sort, descending=descending)

    def row_source(self) -> RowSource:
        return self.sorted_source(self.ctx, self.query(), org.query_users, org.count_users)

    def empty_hint(self) -> str:
        return self.tr("No users here. Add one with New user (Ctrl+N), or tick Show inactive.")

    def count_text(self, total: int) -> str:
        return self.tr("%n user(s)", "", total)

    def export_title(self) -> str:
        return self.tr("Users")

    def export_job(self):  # noqa: ANN202 - read on the GUI thread, run in the worker
        from ui.widgets.register_export import describe_filters

        sort, descending = self.model.sort_state
        ctx, query = self.ctx, self.query(sort or "name", descending)
        titles = {"name": self.tr("Name"), "username": self.tr("Username"), "role": self.tr("Role"),
                  "stores": self.tr("Stores"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
                  "active": self.tr("State")}
        names = {"role": labels.roles(), "active": {"yes": labels.active(True), "no": labels.active(False)},
                 "text": {"separator": self.tr(", ")}}
        filters = describe_filters([(self.tr("Role"), self.role)], self.search.text(), [("", self.show_inactive)])
        title = self.tr("Users")
        return lambda path: org.export_users(ctx, query, path, titles=titles, labels=names, filters=filters,
                                             title=title)

    def _update_buttons(self, user: org.UserDTO | None) -> None:
        may.apply(self.edit_button, self.ctx, may.Action.USERS_MANAGE, enabled=user is not None)
        is_me = user is not None and user.id == self.ctx.user_id
        may.apply(self.toggle_button, self.ctx, may.Action.USERS_MANAGE, enabled=user is not None and not is_me,
                  tooltip=self.tr("You cannot deactivate yourself") if is_me else "")
        self.toggle_button.setText(self.tr("Reactivate") if user is not None and not user.active
                                   else self.tr("Deactivate"))
        may.apply(self.password_button, self.ctx, may.Action.USERS_MANAGE, enabled=user is not None and user.active)

    def reset_password_selected(self) -> None:
        """A temporary password for the selected user (head office, ops managers: users.manage; confirmed)."""
        from ui.widgets.sign_in import set_temporary_password

        user = self.selected()
        if user is not None and set_temporary_password(self.ctx, user, self):
            window = self.window()
            if hasattr(window, "statusBar"):  # the main window (a page alone in a test has none)
                window.statusBar().showMessage(self.tr("Temporary password set for %1.").replace("%1", user.name),
                                               5000)

    def create(self) -> None:
        dialog = UserDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_user:
            self._after_save(dialog.result_user)

    def edit_selected(self) -> None:
        user = self.selected()
        if user is not None:
            self.edit(user)

    def edit(self, user: org.UserDTO) -> None:
        try:
            user = org.get_user(self.ctx, user.id)  # edit what is stored now, not the list's copy
        except OpsDeskError as exc:
            show_error(self, exc)
            self.reload()
            return
        dialog = UserDialog(self.ctx, user, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_user:
            self._after_save(dialog.result_user)

    def _after_save(self, user: org.UserDTO) -> None:
        self.reload()
        self.select_where(lambda u: u.id == user.id)

    def toggle_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        activate = not user.active
        if activate:
            question = self.tr("Reactivate user %1?").replace("%1", user.name)
        else:
            question = self.tr("Deactivate user %1? They can no longer be chosen for new work; "
                               "their records are kept.").replace("%1", user.name)
        if not confirm(self, self.tr("Confirm"), question):
            return
        try:
            org.set_user_active(self.ctx, user.id, activate)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        if not activate and not self.show_inactive.isChecked():
            self.show_inactive.setChecked(True)  # keep the row in view so the change is visible
        self.reload()
        self.select_where(lambda u: u.id == user.id)
