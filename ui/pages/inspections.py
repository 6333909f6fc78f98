"""Inspections (巡检): the list with its filters, starting one, the runner, the completed view."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, OpsDeskError, ValidationError
from opsdesk.scoring import FAIL_GRADE
from opsdesk.services import AppContext, followups, runs, templates
from opsdesk.services.runs import INSPECTION_RUN_TYPES
from ui import labels
from ui.dates import date_edit, from_qdate, to_qdate
from ui.errors import describe, show_error
from ui.models.lazy_table import Column, RowSource
from ui.style import AMBER, GREEN, RED, set_role
from ui.widgets.confirm import confirm
from ui.widgets.form import FormDialog, ok_cancel_buttons
from ui.widgets.pickers import (
    Lists,
    fill_stores,
    load_later,
    picked,
    put_regions,
    put_stores,
)
from ui.widgets.runner import RunnerDialog, grade_text
from ui.widgets.table_page import TablePage

INSPECTION_KINDS = ("inspection",)
LAST_TEMPLATE_SETTING = "inspections/lastTemplate"  # QSettings: the start dialog offers it first


def suggested_run_type(template_code: str) -> str:
    """The inspection type a template is run as: the type its code names (``mystery_visit`` →
    mystery, a ``self_check_…`` template → self-check, …), else routine."""
    words = template_code.lower()
    for code in INSPECTION_RUN_TYPES:
        if code not in ("routine", "follow_up") and (code in words or code.split("_")[0] == words.split("_")[0]):
            return code
    return "routine"


class StartInspectionDialog(FormDialog):
    """Choose store, template and inspection type; the run starts on the template's published version."""

    def __init__(self, ctx: AppContext, store_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Start an inspection"), parent, ok_text=self.tr("Start"))
        self.ctx = ctx
        self.setMinimumWidth(440)
        self.store = QComboBox(objectName="store")
        fill_stores(self.store, ctx)  # you can type a code, a name, its pinyin or initials
        if store_id:
            self.store.setCurrentIndex(max(self.store.findData(store_id), 0))
        self.template = QComboBox(objectName="template")
        self.template_codes: dict[str, str] = {}
        for t in templates.list_templates(ctx, kinds=INSPECTION_KINDS, runnable_only=True):
            self.template.addItem(f"{labels.template_text(t.title, t.title_en)} (v{t.published_number})", t.id)
            self.template_codes[t.id] = t.code
        self.run_type = QComboBox(objectName="runType")
        for code in INSPECTION_RUN_TYPES:
            if code != "follow_up":  # follow-ups start from the corrective actions they re-check
                self.run_type.addItem(labels.run_type(code), code)
        self.type_chosen = False  # the user picked the type by hand: a template change keeps it
        self.run_type.activated.connect(self._type_chosen_by_hand)
        self.template.setCurrentIndex(self._default_template())
        self.template.currentIndexChanged.connect(self._template_changed)
        self.day = date_edit("day")
        self.empty_hint = set_role(QLabel(objectName="emptyHint"), "error")
        self.empty_hint.setWordWrap(True)
        hints = []
        if self.store.count() == 0:
            hints.append(self.tr("There are no stores yet. Add one on the Stores page (New store); "
                                 "a store belongs to a region, so create the region first (+ Region)."))
        if self.template.count() == 0:
            hints.append(self.tr("No inspection template is published yet. Publish one on the Templates page."))
        self.empty_hint.setText("\n".join(hints))
        self.empty_hint.setVisible(bool(hints))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not hints)
        form = QFormLayout()
        form.addRow(self.tr("Store"), self.store)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Type"), self.run_type)
        form.addRow(self.tr("Date"), self.day)
        self.set_fields({"store_id": self.store, "template_id": self.template, "run_type": self.run_type},
                        {"store_id": self.tr("Store"), "template_id": self.tr("Template"),
                         "run_type": self.tr("Type")})
        self.form_area.addLayout(form)
        self.form_area.addWidget(self.empty_hint)
        self._template_changed()

    @property
    def run(self) -> runs.RunSummaryDTO | None:
        return self.result_value

    def _default_template(self) -> int:
        """The template last started here, else the routine one, else the first."""
        last = QSettings().value(LAST_TEMPLATE_SETTING)
        index = self.template.findData(last) if last else -1
        if index < 0:
            index = next((i for i in range(self.template.count())
                          if suggested_run_type(self.template_codes.get(self.template.itemData(i), "")) == "routine"),
                         0)
        return index

    def _type_chosen_by_hand(self) -> None:
        self.type_chosen = True

    def _template_changed(self) -> None:
        """The type follows the template (暗访 runs as a mystery visit, the routine one as routine)
        until the user chooses a type by hand."""
        if self.type_chosen or self.template.currentData() is None:
            return
        code = suggested_run_type(self.template_codes.get(self.template.currentData(), ""))
        self.run_type.setCurrentIndex(max(self.run_type.findData(code), 0))

    def submit(self) -> runs.RunSummaryDTO:
        store_id = picked(self.store)
        template_id = self.template.currentData()
        missing = [FieldProblem(field, "required")
                   for field, value in (("store_id", store_id), ("template_id", template_id)) if not value]
        if missing:
            raise ValidationError(missing)
        from opsdesk.services import visits

        current = visits.current_visit(self.ctx, store_id)  # started during a visit: linked to it
        run = runs.start_run(self.ctx, store_id, template_id, self.run_type.currentData(),
                             business_date=from_qdate(self.day.date()), visit_id=current.id if current else None)
        QSettings().setValue(LAST_TEMPLATE_SETTING, template_id)
        return run

    start = FormDialog.save  # Start (Enter)


class FollowUpDialog(QDialog):
    """Start a follow-up (回头看): a store with open corrective actions to re-check."""

    def __init__(self, ctx: AppContext, store_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_id: str | None = None
        self.setWindowTitle(self.tr("Start a follow-up inspection"))
        self.setMinimumWidth(460)
        self.store = QComboBox(objectName="store")
        for st in followups.stores_with_open_actions(ctx):
            text = self.tr("%1 %2 · %3 open, %4 overdue").replace("%1", st.code).replace("%2", st.name) \
                .replace("%3", str(st.open_count)).replace("%4", str(st.overdue_count))
            self.store.addItem(text, st.store_id)
        if store_id:
            self.store.setCurrentIndex(max(self.store.findData(store_id), 0))
        self.day = date_edit("day")
        hint = QLabel(self.tr("The store's open corrective actions are loaded as the things to re-check."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        form = QFormLayout()
        form.addRow(self.tr("Store"), self.store)
        form.addRow(self.tr("Date"), self.day)
        self.error_label = set_role(QLabel(objectName="errors"), "error")
        if self.store.count() == 0:
            self.error_label.setText(self.tr("No store has open corrective actions to re-check."))
        buttons = ok_cancel_buttons(self, self.tr("Start"), self.start)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.store.count() > 0)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def start(self) -> None:
        try:
            self.run_id = followups.start_follow_up(self.ctx, self.store.currentData(),
                                                  business_date=from_qdate(self.day.date()))
        except OpsDeskError as exc:
            self.error_label.setText(describe(exc))
            return
        self.accept()


class RunViewDialog(QDialog):
    """A completed inspection: summary by section, failed items with notes and photos,
    and the comparison with the store's previous inspection of the same template."""

    def __init__(self, ctx: AppContext, run_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = runs.get_run(ctx, run_id)
        self.comparison = runs.compare_with_previous(ctx, run_id)
        run = self.detail.run
        self.setWindowTitle(self.tr("%1 · %2").replace("%1", labels.template_text(run.template_title,
                                                                                  run.template_title_en))
                            .replace("%2", run.store_name))
        self.resize(900, 720)
        self.browser = QTextBrowser(objectName="report")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(self.render_html())
        self.signed_label = QLabel(objectName="signatures")
        self.signed_label.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("Sign..."), objectName="signRun")
        self.sign_button.clicked.connect(self.sign)
        self.correct_button = QPushButton(self.tr("Correct..."), objectName="correctRun")
        self.correct_button.setToolTip(self.tr("A signed inspection is frozen: a correction is a new inspection "
                                               "that supersedes it; both stay visible."))
        self.correct_button.clicked.connect(self.correct)
        self.correction_id: str | None = None
        from ui.widgets.proposals import ProposalsButton

        self.proposals_button = ProposalsButton(ctx, run_id, self)  # the proposals dismissed after completing
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        from opsdesk.vocabulary import file_name
        from ui.widgets.reports import ExportButton, report_language

        run_id = self.detail.run.id
        self.export_button = ExportButton(
            ctx, self._build,
            lambda: file_name("inspection", report_language(), self.detail.run.store_code,
                              self.detail.run.business_date, run_id[:8]), self)
        row = QHBoxLayout()
        row.addWidget(self.signed_label, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.proposals_button)
        row.addWidget(self.sign_button)
        row.addWidget(self.correct_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self._show_signatures()

    def _build(self):  # noqa: ANN202
        from opsdesk.reports.inspection import build_inspection
        from ui.widgets.reports import report_language

        ctx, run_id, lang = self.ctx, self.detail.run.id, report_language()
        return lambda path: build_inspection(ctx, run_id, path, lang=lang)

    def _show_signatures(self) -> None:
        from opsdesk.services import signatures

        run = runs.get_summary(self.ctx, self.detail.run.id)
        sigs = signatures.signatures_of(self.ctx, "checklist_run", run.id)
        names = labels.signature_roles()
        parts = []
        for sig in sigs:
            text = self.tr("%1 (%2) signed %3").replace("%1", sig.signer_name).replace("%2", names.get(sig.role, sig.role)) \
                .replace("%3", sig.signed_at.strftime("%Y-%m-%d %H:%M"))
            if sig.external:
                text += self.tr(" (no account)")
                if sig.collector_name:
                    text += self.tr(", collected by %1").replace("%1", sig.collector_name)
            if not sig.valid:
                text += self.tr(" — the content changed after signing")
            parts.append(text)
        missing = signatures.missing_roles(self.ctx, run.id) if run.status in ("completed", "signed") else []
        if run.status == "signed":
            parts.append(self.tr("Signed and frozen."))
        elif run.status == "superseded":
            parts.append(self.tr("Superseded by a correction."))
        elif missing:
            parts.append(self.tr("Still to sign: %1").replace("%1", self.tr(", ").join(names.get(r, r) for r in missing)))
        self.signed_label.setText("\n".join(parts))
        signable = signatures.signable_roles(self.ctx, run.id) if run.status == "completed" else []
        self.sign_button.setEnabled(bool(signable))
        self.sign_button.setToolTip("" if signable or run.status != "completed" else self.tr(
            "You have no role left to sign here: the store manager signs under their own account."))
        self.correct_button.setEnabled(run.status == "signed")
        if run.status != self.detail.run.status:  # signed (or superseded) since: the header follows
            self.detail = runs.get_run(self.ctx, run.id)
            self.browser.setHtml(self.render_html())

    def sign(self) -> None:
        from ui.widgets.signature_pad import SignDialog

        dialog = SignDialog(self.ctx, self.detail.run.id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._show_signatures()

    def correct(self) -> None:
        from opsdesk.services import signatures

        try:
            self.correction_id = signatures.correct_run(self.ctx, self.detail.run.id)
        except OpsDeskError as exc:
            show_error(self, exc)
            return
        self.accept()

    def render_html(self) -> str:
        d = self.detail
        run = d.run
        e = html.escape
        t_score, t_grade = self.tr("Score"), self.tr("Grade")
        t_veto_failed = self.tr("A veto item failed: the inspection fails.")
        t_sections, t_section, t_answered, t_points = (self.tr("Sections"), self.tr("Section"), self.tr("Answered"),
                                                       self.tr("Points"))
        t_veto, t_repeat, t_note = self.tr("veto item"), self.tr("repeat finding"), self.tr("Note")
        t_none = self.tr("No failed items.")
        t_compared = self.tr("Compared with the previous inspection")
        t_first = self.tr("This is the first completed inspection of this template at the store.")
        tt = labels.template_text
        out = [f"<h2>{e(run.store_name)} · {e(tt(d.version.title, d.version.title_en))} v{run.version_number}</h2>"]
        out.append(f"<p>{e(labels.run_type(run.run_type))} · {run.business_date.isoformat()} · "
                   f"{e(run.performer_name)} · {e(labels.run_status(run.status))}</p>")
        pct = "—" if d.score.percent is None else f"{d.score.percent}%"
        colour = RED if d.score.critical_failed else GREEN
        out.append(f"<p style='font-size:16px'><b>{e(t_score)}: {d.score.points} / {d.score.max} · {pct} · "
                   f"<span style='color:{colour}'>{e(t_grade)} {e(grade_text(d.score.grade))}</span></b></p>")
        if d.score.critical_failed:
            out.append(f"<p style='color:{RED}'><b>{e(t_veto_failed)}</b></p>")
        prev = self.comparison.previous
        out.append(f"<h3>{e(t_sections)}</h3><table border='1' cellspacing='0' cellpadding='4'>")
        before_head = e(self.tr("Previous (%1)").replace("%1", prev.business_date.isoformat())) if prev else ""
        out.append(f"<tr><th>{e(t_section)}</th><th>{e(t_answered)}</th>"
                   f"<th>{e(t_points)}</th><th>%</th>{'<th>' + before_head + '</th>' if prev else ''}</tr>")
        for section, score, comp in zip(d.version.sections, d.score.sections, self.comparison.sections, strict=True):
            now = "—" if score.percent is None else f"{score.percent}%"
            row = (f"<tr><td>{e(tt(section.title, section.title_en))}</td><td>{score.answered}/{score.total}</td>"
                   f"<td>{score.points} / {score.max}</td><td>{now}</td>")
            if prev:
                row += f"<td>{'—' if comp.before is None else f'{comp.before}%'}</td>"
            out.append(row + "</tr>")
        out.append("</table>")
        failed = [(i, d.answer(i.id)) for i in d.version.items() if d.score.items[i.id].failed]
        t_failed = self.tr("Failed items (%1)").replace("%1", str(len(failed)))
        out.append(f"<h3>{e(t_failed)}</h3>")
        if not failed:
            out.append(f"<p>{e(t_none)}</p>")
        for item, answer in failed:
            tags = []
            if item.critical:
                tags.append(f"<span style='color:{RED}'>{e(t_veto)}</span>")
            if answer is not None and answer.repeat:
                tags.append(f"<span style='color:{AMBER}'>{e(t_repeat)}</span>")
            out.append(f"<p><b>{e(tt(item.text, item.text_en))}</b> {' · '.join(tags)}<br/>")
            if answer is not None and answer.note:
                out.append(f"{e(t_note)}: {e(answer.note)}<br/>")
            for photo in (answer.photos if answer else ()):
                out.append(f"<img src='{QUrl.fromLocalFile(str(photo.thumbnail)).toString()}' height='90'/> ")
            out.append("</p>")
        if prev:
            out.append(f"<h3>{e(t_compared)}</h3>")
            keys = {i.key: tt(i.text, i.text_en) for i in d.version.items()}
            for title, key_list in ((self.tr("New findings"), self.comparison.newly_failed),
                                    (self.tr("Failed again"), self.comparison.still_failed),
                                    (self.tr("Fixed since"), self.comparison.fixed)):
                names = self.tr(", ").join(e(keys.get(k, k)) for k in key_list) or "—"
                out.append(f"<p><b>{e(title)} ({len(key_list)}):</b> {names}</p>")
        else:
            out.append(f"<p>{e(t_first)}</p>")
        return "".join(out)


def offer_signing(ctx: AppContext, run_id: str, parent: QWidget | None) -> str | None:
    """After completing: Sign now? Yes opens the completed view and its own sign flow
    (``RunViewDialog.sign``); returns the id of a correction started from that view, if any."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("InspectionsPage", "Sign now?"),
        QCoreApplication.translate("InspectionsPage", "The inspection is complete. Sign it now? The supervisor and "
                                   "the store manager sign it; once both have signed it is frozen."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    view = RunViewDialog(ctx, run_id, parent)
    QTimer.singleShot(0, view.sign)  # the sign dialog opens over the completed view
    view.exec()
    return view.correction_id


class InspectionsPage(TablePage):
    SHOWS = frozenset({"checklist_run", "answer", "signature", "store", "user"})  # refreshed when changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Inspections"), parent)
        self.ctx = ctx
        self.search.setPlaceholderText(self.tr("Search store or template (Ctrl+F)"))
        bar = self.filter_bar
        self.store = bar.add_combo("storeFilter", min_chars=5)
        self.store.addItem(self.tr("All stores"), None)  # the stores and regions load with the rows (refresh)
        self.region = bar.add_combo("regionFilter", min_chars=5)
        self.region.addItem(self.tr("All regions"), None)
        bar.new_row()  # what: type, status, grade, dates
        self.run_type = bar.add_combo("typeFilter", self.tr("All types"),
                                      [(labels.run_type(code), code) for code in INSPECTION_RUN_TYPES], 5)
        self.status = bar.add_combo("statusFilter", self.tr("All statuses"),
                                    [(labels.run_status(code), code) for code in ("draft", "completed", "signed")], 5)
        self.grade = bar.add_combo("gradeFilter", self.tr("All grades"),
                                   [(labels.grade(code), code) for code in ("A", "B", "C", "D", "fail")], 5)
        self.dates = bar.add_date_range("dates", self.tr("From"), days_back=90)
        self.use_dates, self.date_from, self.date_to = self.dates.check, self.dates.first, self.dates.last
        bar.add_stretch()

        self.start_button = self.add_button(self.tr("Start inspection"), "fa5s.play", QKeySequence.StandardKey.New,
                                            "startInspection")
        self.open_button = self.add_button(self.tr("Open"), "fa5s.folder-open", None, "openRun")
        self.follow_up_button = self.add_button(self.tr("Start follow-up"), "fa5s.redo", "Ctrl+Shift+N",
                                                "startFollowUp")
        self.discard_button = self.add_button(self.tr("Discard draft"), "fa5s.trash", QKeySequence.StandardKey.Delete,
                                              "discardRun")
        self.export_button = self.add_button(self.tr("Export..."), "fa5s.file-excel", "Ctrl+Shift+E", "exportRegister")
        self.export_button.clicked.connect(self.export)
        self.follow_up_button.clicked.connect(self.start_follow_up)
        self.start_button.clicked.connect(self.start)
        self.open_button.clicked.connect(lambda: self.open_run(self.selected()))
        self.discard_button.clicked.connect(self.discard)
        self.activated.connect(self.open_run)
        self.selectionChanged.connect(self._update_buttons)

        self.setup_model(
            [
                Column(self.tr("Date"), lambda r: r.business_date.isoformat(), "business_date"),
                Column(self.tr("Store"), lambda r: f"{r.store_code} {r.store_name}", "store"),
                Column(self.tr("Template"), lambda r: labels.template_text(r.template_title, r.template_title_en),
                       "template"),
                Column(self.tr("Type"), lambda r: labels.run_type(r.run_type), "run_type"),
                Column(self.tr("Status"), lambda r: labels.run_status(r.status), "status"),
                Column(self.tr("Score %"), lambda r: "" if r.percent is None else f"{r.percent}", "percent"),
                Column(self.tr("Grade"), lambda r: labels.grade(r.grade), "grade"),
                Column(self.tr("Inspector"), lambda r: r.performer_name, "performer"),
            ],
            widths=(95, 190, 150, 90, 70, 70, 60, 90),
            muted=lambda r: r.status == "draft",
            order=Qt.SortOrder.DescendingOrder,  # newest first
        )
        self._update_buttons(None)

    def show_period(self, date_from: date, date_to: date, critical: bool = False) -> None:
        """The inspections of a period (the dashboard's score tile), only those with a failed veto item when
        ``critical`` (its critical-failures tile): the other filters back to all."""
        widgets = (self.store, self.region, self.run_type, self.status, self.grade, self.use_dates, self.date_from,
                   self.date_to, self.search)
        for w in widgets:
            w.blockSignals(True)
        try:
            for combo in (self.store, self.region, self.run_type, self.status):
                combo.setCurrentIndex(0)
            self.grade.setCurrentIndex(max(0, self.grade.findData(FAIL_GRADE)) if critical else 0)
            self.search.clear()
            self.use_dates.setChecked(True)
            self.date_from.setDate(to_qdate(date_from))
            self.date_to.setDate(to_qdate(date_to))
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.reload()

    def query(self, sort: str = "business_date", descending: bool = True) -> runs.RunQuery:
        d_from, d_to = self.dates.value() or (None, None)
        return runs.RunQuery(
            store_id=self.store.currentData(), region_id=self.region.currentData(),
            run_type=self.run_type.currentData(), status=self.status.currentData(), grade=self.grade.currentData(),
            # Daily checklists are never listed here; saying so by type lets the list skip them in the index.
            run_types=() if self.run_type.currentData() else INSPECTION_RUN_TYPES,
            date_from=d_from, date_to=d_to, template_kinds=INSPECTION_KINDS, search=self.search.text(),
            sort=sort, descending=descending,
        )

    def refresh(self) -> None:
        self.pickers_loading = load_later(self, self.ctx, self._pickers_loaded, stores=True, include_closed=True,
                                          regions=True)
        self.reload()

    def _pickers_loaded(self, lists: Lists) -> None:
        self.pickers_loading = None
        kept = [put_stores(self.store, lists.stores, (self.tr("All stores"), None), editable=False),
                put_regions(self.region, lists.regions, (self.tr("All regions"), None))]
        if not all(kept):  # the chosen store or region is gone
            self.reload()

    def row_source(self) -> RowSource:
        ctx, base = self.ctx, self.query()

        def fetch(offset: int, limit: int, sort: str, descending: bool, after: object) -> list[runs.RunSummaryDTO]:
            # The next page starts after the last row loaded: an index range, however far the user scrolled.
            return runs.query_runs(ctx, replace(base, sort=sort, descending=descending), offset, limit, after=after)

        return RowSource(fetch, lambda: runs.count_runs(ctx, base))

    def empty_hint(self) -> str:
        return self.tr("No inspections here. Start one with Start inspection (Ctrl+N), or change the filters.")

    def count_text(self, total: int) -> str:
        return self.tr("%n inspection(s)", "", total)

    def export_title(self) -> str:
        return self.tr("Inspections")

    def export_job(self):  # noqa: ANN202 - read on the GUI thread, run in the worker
        from ui.widgets.register_export import describe_filters

        sort, descending = self.model.sort_state
        ctx, query = self.ctx, self.query(sort or "business_date", descending)
        titles = {"business_date": self.tr("Date"), "store_code": self.tr("Store code"), "store": self.tr("Store"),
                  "region": self.tr("Region"), "template": self.tr("Template"), "run_type": self.tr("Type"),
                  "status": self.tr("Status"), "score": self.tr("Score"), "max_score": self.tr("Maximum"),
                  "percent": self.tr("Score %"), "grade": self.tr("Grade"),
                  "critical_failed": self.tr("Critical item failed"), "performer": self.tr("Inspector"),
                  "completed_at": self.tr("Completed at")}
        names = {"run_type": labels.run_types(), "status": labels.run_statuses(),
                 "grade": {"fail": labels.grade("fail")}, "flag": {"yes": self.tr("Yes")}}
        filters = describe_filters(
            [(self.tr("Store"), self.store), (self.tr("Region"), self.region), (self.tr("Type"), self.run_type),
             (self.tr("Status"), self.status), (self.tr("Grade"), self.grade)], self.search.text())
        if query.date_from and query.date_to:
            filters.insert(-1, (self.tr("Date"), f"{query.date_from:%Y-%m-%d} – {query.date_to:%Y-%m-%d}"))
        title = self.tr("Inspections")
        return lambda path: runs.export_runs(ctx, query, path, titles=titles, labels=names, filters=filters,
                                             title=title)

    def _update_buttons(self, run: runs.RunSummaryDTO | None) -> None:
        self.open_button.setEnabled(run is not None)
        self.discard_button.setEnabled(run is not None and run.status == "draft")
        if run is not None:
            self.open_button.setText(self.tr("Continue") if run.status == "draft" else self.tr("View"))

    def start(self) -> None:
        dialog = StartInspectionDialog(self.ctx, self.store.currentData(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.run is not None:
            self.reload()
            self.select_where(lambda r: r.id == dialog.run.id)
            self.open_run(dialog.run)

    def start_follow_up(self) -> None:
        dialog = FollowUpDialog(self.ctx, self.store.currentData(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.run_id:
            self.reload()
            self.open_run(runs.get_summary(self.ctx, dialog.run_id))

    def open_run(self, run: runs.RunSummaryDTO | None) -> None:
        if run is None:
            return
        if run.status == "draft":
            dialog = RunnerDialog(self.ctx, run.id, self)
        else:
            dialog = RunViewDialog(self.ctx, run.id, self)
        dialog.exec()
        correction = getattr(dialog, "correction_id", None)
        if run.status == "draft" and runs.get_summary(self.ctx, run.id).status == "completed":
            correction = self.offer_signing(run.id)  # completed just now (its proposals were offered first)
        self.reload()
        if correction:  # a correction of a signed inspection opens in the runner
            self.open_run(runs.get_summary(self.ctx, correction))
            return
        self.select_where(lambda r: r.id == run.id)

    def offer_signing(self, run_id: str) -> str | None:
        return offer_signing(self.ctx, run_id, self)

    def discard(self) -> None:
        run = self.selected()
        if run is None or run.status != "draft":
            return
        if not confirm(self, self.tr("Confirm"), self.tr("Discard the unfinished inspection of %1 on %2? "
                                                         "Its answers are removed from the list.")
                       .replace("%1", run.store_name).replace("%2", run.business_date.isoformat())):
            return
        try:
            runs.discard(self.ctx, run.id)
        except OpsDeskError as exc:
            show_error(self, exc)
        self.reload()


__all__ = ["InspectionsPage", "RunViewDialog", "StartInspectionDialog", "offer_signing", "suggested_run_type"]
