"""An item's acceptance (设备验收) from the register: start (or continue) it in the runner, offer the
conditions of a conditional result as corrective actions, then the three signatures (supplier, store
manager, supervisor) in the acceptance view; the certificate (验收单) as a PDF with the item's register
data, plain or signed. The rules are ``opsdesk.services.acceptance``'s; this module only wires them up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from opsdesk.errors import OpsDeskError, ValidationError
from opsdesk.services import AppContext, acceptance, runs, signatures
from ui import labels
from ui.errors import describe
from ui.pages.inspections import RunViewDialog
from ui.style import set_role
from ui.tr_contexts import EquipmentAcceptance


def refusal_text(exc: BaseException) -> str:
    """Why an acceptance cannot start (``acceptance.check_can_accept``), one sentence per problem."""
    if not isinstance(exc, ValidationError):
        return describe(exc)
    lines = []
    for p in exc.problems:
        if p.reason == "fitout_not_accepted":
            lines.append(QCoreApplication.translate("EquipmentAcceptance", "Store %1 is being opened and its fit-out has not passed its acceptance yet: equipment "
                            "is accepted only after the fit-out acceptance has passed.")
                         .replace("%1", str(p.params.get("store", ""))))
        elif p.reason == "not_acceptable":
            lines.append(QCoreApplication.translate("EquipmentAcceptance", "The item is %1: only an installed item, or one conditionally accepted or rejected "
                            "before, can be accepted.")
                         .replace("%1", labels.equipment_status(str(p.params.get("status", "")))))
        else:
            lines.append(describe(ValidationError([p])))
    return "\n".join(lines)


def certificate_name(run: runs.RunSummaryDTO) -> str:
    """设备验收单-<store>-<date>-<id>.pdf, or acceptance-... in English (the report's language)."""
    from opsdesk.vocabulary import file_name
    from ui.widgets.reports import report_language

    return file_name("acceptance", report_language(), run.store_code, run.business_date, run.id[:8])


def certificate_build(ctx: AppContext, run_id: str):
    """Read on the GUI thread (the item, the language); the returned function builds the certificate."""
    from opsdesk.reports.acceptance import build_acceptance
    from ui.widgets.reports import report_language

    lang = report_language()
    item = acceptance.equipment_of_run(ctx, run_id)
    data = acceptance.equipment_mapping(item, lang) if item is not None else None
    return lambda path: build_acceptance(ctx, run_id, path, equipment=data, lang=lang)


class AcceptanceViewDialog(RunViewDialog):
    """A completed acceptance: the run view, signed by supplier, store manager and supervisor; its PDF is the
    acceptance certificate. A re-acceptance is a new run, so there is no correction here."""

    def __init__(self, ctx: AppContext, run_id: str, parent: QWidget | None = None, *, sign_first: bool = False) -> None:
        super().__init__(ctx, run_id, parent)
        self.sign_first = sign_first  # the sign dialog opens over the view once it shows
        self.correct_button.hide()
        self.export_button.setText(self.tr("Acceptance certificate"))
        self.export_button.name = lambda: certificate_name(self.detail.run)

    def _build(self):
        return certificate_build(self.ctx, self.detail.run.id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.sign_first:
            self.sign_first = False
            QTimer.singleShot(0, self.sign)

    def render_html(self) -> str:
        import html

        result = acceptance.result_of(self.detail)
        item = acceptance.equipment_of_run(self.ctx, self.detail.run.id)
        parts = []
        if item is not None:
            parts.append(html.escape(f"{item.asset_code} · {item.name}"))
        if result is not None:
            parts.append("<b>" + html.escape(self.tr("Result: %1").replace("%1", labels.equipment_status(result)))
                         + "</b>")
        head = f"<p style='font-size:15px'>{' · '.join(parts)}</p>" if parts else ""
        return head + super().render_html()


def offer_conditions(ctx: AppContext, run_id: str, parent: QWidget | None) -> None:
    """A conditional result: its conditions offered as corrective actions (the proposals dialog)."""
    from ui.widgets.proposals import ProposalsDialog

    if acceptance.acceptance_result(ctx, run_id) != "conditional":
        return
    dialog = ProposalsDialog(ctx, run_id, parent)
    if dialog.proposals:
        dialog.exec()


def offer_signing(ctx: AppContext, run_id: str, parent: QWidget | None) -> None:
    """After completing: Sign now? Yes opens the acceptance view with its sign dialog over it."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("EquipmentAcceptance", "Sign now?"),
        QCoreApplication.translate("EquipmentAcceptance", "The acceptance is complete. Sign it now? The supplier, the store manager and the supervisor each sign; "
           "once all three have signed it is frozen and the item takes the result."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return
    AcceptanceViewDialog(ctx, run_id, parent, sign_first=True).exec()


def run_acceptance(ctx: AppContext, run_id: str, parent: QWidget | None) -> None:
    """The acceptance in the runner; completed just now: its conditions, then the signatures."""
    from ui.widgets.runner import RunnerDialog

    was = runs.get_summary(ctx, run_id).status
    if was == "draft":
        RunnerDialog(ctx, run_id, parent).exec()
        if runs.get_summary(ctx, run_id).status != "completed":
            return  # closed before completing: the answers are kept for later
        offer_conditions(ctx, run_id, parent)
        offer_signing(ctx, run_id, parent)
        return
    AcceptanceViewDialog(ctx, run_id, parent).exec()


def accept_item(ctx: AppContext, item_id: str, parent: QWidget | None) -> str | None:
    """Acceptance... on an item: continue its unfinished acceptance (a draft, or a completed one still to sign)
    or start a new one (refused with the reason when the item cannot be accepted); returns the run's id."""
    try:
        latest = acceptance.latest_acceptance(ctx, item_id)
        if latest is not None and latest.status in ("draft", "completed"):
            run_id = latest.id
        else:
            run_id = acceptance.start_acceptance(ctx, item_id).id
    except OpsDeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("EquipmentAcceptance", "Acceptance"), refusal_text(exc))
        return None
    run_acceptance(ctx, run_id, parent)
    return run_id


def latest_text(ctx: AppContext, item_id: str) -> tuple[str, runs.RunSummaryDTO | None]:
    """The item's latest acceptance in a line ("Latest acceptance: 2026-03-02 · Accepted"), and the run."""
    run = acceptance.latest_acceptance(ctx, item_id)
    if run is None:
        return QCoreApplication.translate("EquipmentAcceptance", "Not accepted yet."), None
    day = run.business_date.isoformat()
    if run.status == "draft":
        state = QCoreApplication.translate("EquipmentAcceptance", "in progress")
    else:
        result = acceptance.acceptance_result(ctx, run.id)
        state = labels.equipment_status(result) if result else labels.run_status(run.status)
        if run.status == "completed":
            missing = signatures.missing_roles(ctx, run.id)
            if missing:
                state += " · " + EquipmentAcceptance.tr("%n signature(s) still to give",
                                                            "", len(missing))
    return QCoreApplication.translate("EquipmentAcceptance", "Latest acceptance: %1 · %2").replace("%1", day).replace("%2", state), run


class AcceptanceBox(QWidget):
    """In the item form: the latest acceptance's date and result, Open acceptance and its certificate."""

    def __init__(self, ctx: AppContext, item_id: str, parent: QWidget | None = None) -> None:
        from ui.widgets.reports import ExportButton

        super().__init__(parent)
        self.setObjectName("acceptanceBox")
        self.ctx = ctx
        self.item_id = item_id
        self.run: runs.RunSummaryDTO | None = None
        self.line = QLabel(objectName="acceptanceLine")
        self.line.setWordWrap(True)
        set_role(self.line, "strong")
        self.open_button = QPushButton(self.tr("Open acceptance"), objectName="openAcceptance")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_acceptance)
        self.certificate = ExportButton(ctx, lambda: certificate_build(ctx, self.run.id),
                                        lambda: certificate_name(self.run), self)
        self.certificate.setText(self.tr("Acceptance certificate"))
        self.certificate.setObjectName("acceptanceCertificate")
        self.certificate.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.certificate)
        self.refresh()

    def refresh(self) -> None:
        text, self.run = latest_text(self.ctx, self.item_id)
        self.line.setText(text)
        self.open_button.setEnabled(self.run is not None)
        self.certificate.setEnabled(self.run is not None and self.run.status != "draft")

    def open_acceptance(self) -> None:
        if self.run is not None:
            run_acceptance(self.ctx, self.run.id, self)
            self.refresh()


__all__ = ["AcceptanceBox", "AcceptanceViewDialog", "accept_item", "certificate_build", "certificate_name",
           "latest_text", "offer_conditions", "offer_signing", "refusal_text", "run_acceptance"]
