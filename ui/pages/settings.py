"""Settings: language, workspace name, and facts about this installation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, workspace
from ui import i18n
from ui.errors import show_error
from ui.style import set_role
from ui.widgets.confirm import confirm


class SettingsPage(QWidget):
    SHOWS = frozenset({"meta", "node"})  # refreshed when an operation changed these
    languageChanged = Signal(str)  # the new setting: "system", "zh_CN" or "en"
    workspaceRenamed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Settings"))
        set_role(title, "title")

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
        self.company = QLineEdit(objectName="companyName")
        self.company.setPlaceholderText(self.tr("Shown at the top of every report"))
        self.company.editingFinished.connect(self._save_company)
        self.logo = QLabel(objectName="companyLogo")
        logo_button = QPushButton(self.tr("Choose logo..."), objectName="chooseLogo")
        logo_button.clicked.connect(self._choose_logo)
        self.logo_button = logo_button
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(logo_button)
        ws_form.addRow(self.tr("Company name"), self.company)
        ws_form.addRow(self.tr("Report logo"), logo_row)
        from PySide6.QtWidgets import QSpinBox

        self.idle_lock = QSpinBox(objectName="idleLock")
        self.idle_lock.setRange(0, workspace.IDLE_LOCK_MAX)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("Never"))
        self.idle_lock_tip = self.tr("Lock the window after this many minutes without keyboard or mouse "
                                     "input (0: never). Takes effect at the next start.")
        self.idle_lock.setToolTip(self.idle_lock_tip)
        self.idle_lock.editingFinished.connect(self._save_idle_lock)
        ws_form.addRow(self.tr("Lock after idle"), self.idle_lock)
        # opsdesk.decisions.must_be_signed: head office turns it on once identities are issued (settings.manage)
        self.must_sign = QCheckBox(self.tr("Decisions must be signed with the person's key (unsigned approvals "
                                           "arriving by sync become conflicts)"), objectName="decisionsMustBeSigned")
        self.must_sign_tip = self.tr("Approvals, verifications, acceptances, gate overrides and conflict "
                                     "resolutions made on another computer are applied only when signed by a "
                                     "trusted certificate of a person with that role.")
        self.must_sign.setToolTip(self.must_sign_tip)
        self.must_sign.clicked.connect(self._must_sign_clicked)
        self.must_sign_operation = None  # the save running in the background
        ws_form.addRow(self.must_sign)
        ws_form.addRow(self.tr("Database file"), self.db_path)
        ws_form.addRow(self.tr("This computer (node)"), self.node)
        ws_form.addRow(self.tr("Schema revision"), self.schema)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(lang_box)
        layout.addWidget(ws_box)
        layout.addWidget(self._identity_box())
        layout.addStretch(1)

    def _identity_box(self) -> QGroupBox:
        """The current user's signing identity (key and certificate kept on this computer only)."""
        box = QGroupBox(self.tr("Signing"), objectName="signingBox")
        self.identity = QLabel(objectName="identity")
        self.identity.setWordWrap(True)
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.create_identity_button = QPushButton(self.tr("Create identity..."), objectName="createIdentity")
        self.create_identity_button.clicked.connect(self.create_identity)
        import_cert = QPushButton(self.tr("Import certificate..."), objectName="importCertificate")
        import_cert.clicked.connect(self.import_certificate)
        trust = QPushButton(self.tr("Trust a certificate..."), objectName="trustCertificate")
        trust.setToolTip(self.tr("Add a head-office CA or a signer's certificate to this workspace's trust roots"))
        trust.clicked.connect(self.trust_certificate)
        request = QPushButton(self.tr("Certificate request..."), objectName="exportCsr")
        request.setToolTip(self.tr("Save a request for your certificate, for head office to issue"))
        request.clicked.connect(self.export_request)
        row = QHBoxLayout()
        for b in (self.create_identity_button, request, import_cert, trust):
            row.addWidget(b)
        row.addStretch(1)
        # head office: its certificate authority, and certificates issued from users' requests
        ca_init = QPushButton(self.tr("Create head-office CA..."), objectName="createCa")
        ca_init.setToolTip(self.tr("A certificate authority whose certificates this workspace trusts"))
        ca_init.clicked.connect(self.create_ca)
        ca_issue = QPushButton(self.tr("Issue a certificate..."), objectName="issueCertificate")
        ca_issue.setToolTip(self.tr("Sign a user's certificate request with the head-office CA"))
        ca_issue.clicked.connect(self.issue_certificate)
        ca_row = QHBoxLayout()
        ca_row.addWidget(QLabel(self.tr("Head office:")))
        ca_row.addWidget(ca_init)
        ca_row.addWidget(ca_issue)
        ca_row.addStretch(1)
        self.signing_operation = None
        column = QVBoxLayout(box)
        column.addWidget(self.identity)
        column.addLayout(row)
        column.addLayout(ca_row)
        return box

    def _run_signing(self, fn, title: str, label: str, done) -> None:  # noqa: ANN001
        """Key generation and certificate work off the GUI thread; errors translated."""
        from ui.operations import Operation

        self.signing_operation = (
            Operation(lambda _job: fn(), owner=self, title=title, name=f"signing: {title}", changes={"meta"})
            .with_progress(label)
            .success(lambda value: (done(value), self._show_identity()))
            .failure(lambda exc: show_error(self, exc, title))
            .run())

    def create_ca(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from opsdesk import signing

        title = self.tr("Create head-office CA")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CA (keep it safe, offline)"))
        if not folder:
            return
        name, ok = QInputDialog.getText(self, title, self.tr("Name of the certificate authority:"),
                                        text=workspace.company(self.ctx).name or "OpsDesk CA")
        if not ok or not name.strip():
            return
        passphrase = self._passphrase(title, twice=True)
        if passphrase is None:
            return
        ctx = self.ctx

        def work():  # noqa: ANN202
            info = signing.ca_init(folder, name.strip(), passphrase)
            signing.trust(ctx, signing.ca_certificate(folder))  # this workspace trusts what it issues
            return info

        self._run_signing(work, title, self.tr("Creating the certificate authority..."), lambda info: QMessageBox.information(
            self, title, self.tr("The CA is in %1; this workspace now trusts it. Fingerprint: %2")
            .replace("%1", folder).replace("%2", signing.short_fingerprint(info.fingerprint))))

    def issue_certificate(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from opsdesk import signing

        title = self.tr("Issue a certificate")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of the head-office CA"))
        if not folder:
            return
        csr, _f = QFileDialog.getOpenFileName(self, self.tr("Certificate request"), "",
                                              self.tr("Certificate requests (*.csr *.pem)"))
        if not csr:
            return
        passphrase, ok = QInputDialog.getText(self, title, self.tr("Passphrase of the CA:"),
                                              QLineEdit.EchoMode.Password)
        if not ok:
            return
        target, _f = QFileDialog.getSaveFileName(self, self.tr("Save the certificate"),
                                                 str(Path(csr).with_suffix(".crt")), self.tr("Certificates (*.pem *.crt)"))
        if not target:
            return

        def work() -> str:
            from opsdesk import decisions

            request = Path(csr).read_bytes()  # the role certified: the requesting user's here (decisions carry it)
            cert = signing.ca_issue(folder, passphrase, request, role=decisions.role_of_request(self.ctx, request))
            Path(target).write_bytes(cert)
            return target

        self._run_signing(work, title, self.tr("Issuing the certificate..."), lambda path: QMessageBox.information(
            self, title, self.tr("Certificate saved to %1. The user imports it with Import certificate.")
            .replace("%1", path)))

    def export_request(self) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from opsdesk import signing

        title = self.tr("Certificate request")
        user = self.ctx.user_id
        if not user or not signing.has_identity(user):
            QMessageBox.information(self, title, self.tr("Create your signing identity first."))
            return
        passphrase, ok = QInputDialog.getText(self, title, self.tr("Passphrase of your signing key:"),
                                              QLineEdit.EchoMode.Password)
        if not ok:
            return
        target, _f = QFileDialog.getSaveFileName(self, title, "request.csr",
                                                 self.tr("Certificate requests (*.csr *.pem)"))
        if not target:
            return
        try:
            Path(target).write_bytes(signing.make_csr(user, passphrase))
        except OpsDeskError as exc:
            show_error(self, exc, title)
        except OSError as exc:
            QMessageBox.warning(self, title, self.tr("The file could not be written: %1").replace(
                "%1", exc.strerror or str(exc)))

    def _show_identity(self) -> None:
        from opsdesk import signing

        user = self.ctx.user_id
        roots = len(signing.trust_roots(self.ctx))
        if user and signing.has_identity(user):
            info = signing.identity_info(user)
            text = self.tr("%1 · fingerprint %2 · valid until %3").replace("%1", info.subject) \
                .replace("%2", info.fingerprint[:23]).replace("%3", info.not_after.strftime("%Y-%m-%d"))
        else:
            text = self.tr("No signing identity on this computer yet.")
        self.identity.setText(text + "\n" + self.tr("Trusted certificates in this workspace: %1").replace(
            "%1", str(roots)))

    def _passphrase(self, title: str, twice: bool) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        first, ok = QInputDialog.getText(self, title, self.tr("Passphrase (at least 8 characters):"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if len(first) < 8:
            QMessageBox.warning(self, title, self.tr("The passphrase needs at least 8 characters."))
            return None
        if twice:
            again, ok = QInputDialog.getText(self, title, self.tr("The same passphrase again:"),
                                             QLineEdit.EchoMode.Password)
            if not ok:
                return None
            if again != first:
                QMessageBox.warning(self, title, self.tr("The two passphrases differ."))
                return None
        return first

    def create_identity(self) -> None:
        from opsdesk import signing

        me = workspace.current_user(self.ctx)
        if me is None:
            return
        if signing.has_identity(me.id) and not confirm(
                self, self.tr("Signing identity"), self.tr("Replace your signing identity? PDFs signed with "
                                                           "the old key stay valid.")):
            return
        passphrase = self._passphrase(self.tr("Create signing identity"), twice=True)
        if passphrase is None:
            return
        title = self.tr("Create signing identity")
        self._run_signing(lambda: signing.create_identity(me.id, me.name, passphrase, overwrite=True), title,
                          self.tr("Creating your key..."), lambda _info: None)

    def import_certificate(self) -> None:
        from opsdesk import signing

        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import certificate"), "",
                                               self.tr("Certificates (*.pem *.crt)"))
        if not path or not self.ctx.user_id:
            return
        try:
            signing.import_certificate(self.ctx.user_id, Path(path).read_bytes())
        except OpsDeskError as exc:
            show_error(self, exc)
        self._show_identity()

    def trust_certificate(self) -> None:
        from opsdesk import signing

        path, _f = QFileDialog.getOpenFileName(self, self.tr("Trust a certificate"), "",
                                               self.tr("Certificates (*.pem *.crt)"))
        if not path:
            return
        try:
            signing.trust(self.ctx, Path(path).read_bytes())
        except OpsDeskError as exc:
            show_error(self, exc)
        self._show_identity()

    def _save_company(self) -> None:
        try:
            workspace.set_company_name(self.ctx, self.company.text())
        except OpsDeskError as exc:
            show_error(self, exc)

    def _save_idle_lock(self) -> None:
        if self.idle_lock.value() == workspace.idle_lock_minutes(self.ctx):
            return
        try:
            workspace.set_idle_lock_minutes(self.ctx, self.idle_lock.value())
        except OpsDeskError as exc:
            show_error(self, exc)
            self.idle_lock.setValue(workspace.idle_lock_minutes(self.ctx))

    def _show_must_sign(self) -> None:
        """The stored state of ``decisions_must_be_signed``; disabled with the reason for those who may not."""
        from opsdesk import decisions
        from ui import permissions as may

        may.apply(self.must_sign, self.ctx, may.Action.SETTINGS_MANAGE, enabled=self.must_sign_operation is None,
                  tooltip=self.must_sign_tip)
        self.must_sign.blockSignals(True)
        self.must_sign.setChecked(decisions.must_be_signed(self.ctx))
        self.must_sign.blockSignals(False)

    def _must_sign_clicked(self, on: bool) -> None:
        """Turning it on is confirmed (laptops without identities then send decisions that wait for a person);
        the meta write runs off the GUI thread (a server workspace's write may wait on the network)."""
        from opsdesk import decisions
        from ui.operations import Operation

        title = self.tr("Signed decisions")
        if on and not confirm(self, title, self.tr(
                "Require signed decisions? From now on an approval, verification, acceptance, gate override or "
                "conflict resolution that arrives by sync without a valid signature of a trusted person's key is "
                "not applied: it becomes a conflict that a person must review. Laptops whose users have no "
                "signing identity yet will send only such decisions.")):
            self._show_must_sign()  # back to the stored state
            return
        ctx = self.ctx
        self.must_sign.setEnabled(False)

        def ended(exc: BaseException | None = None) -> None:
            self.must_sign_operation = None
            if exc is not None:
                show_error(self, exc, title)
            self._show_must_sign()

        self.must_sign_operation = (
            Operation(lambda _job: decisions.set_must_be_signed(ctx, on), owner=self, changes={"meta"}, title=title,
                      name="settings: decisions must be signed")
            .success(lambda _result: ended())
            .failure(ended)
            .run())

    def _choose_logo(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            workspace.set_company_logo(self.ctx, path)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.logo.setText(path)

    def refresh(self) -> None:
        from ui import permissions as may

        for widget in (self.workspace_name, self.save_name, self.company, self.logo_button):
            may.apply(widget, self.ctx, may.Action.SETTINGS_MANAGE)  # head office and ops managers
        may.apply(self.idle_lock, self.ctx, may.Action.SETTINGS_MANAGE, tooltip=self.idle_lock_tip)
        self.idle_lock.setValue(workspace.idle_lock_minutes(self.ctx))
        self._show_must_sign()
        self._show_identity()
        company = workspace.company(self.ctx)
        self.company.setText(company.name)
        self.logo.setText(company.logo or self.tr("(none)"))
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
        try:
            workspace.set_workspace_name(self.ctx, self.workspace_name.text())
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.workspaceRenamed.emit()
