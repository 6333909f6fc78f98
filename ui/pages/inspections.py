"""Inspections (巡检): the list with its filters, starting one, the runner, the completed view."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opsdesk.errors import FieldProblem, OpsDeskError, ValidationError
from opsdesk.services import AppContext, followups, runs, templates
from opsdesk.services.runs import INSPECTION_RUN_TYPES
from ui import labels
from ui.dates import date_edit, from_qdate
from ui.errors import describe, show_error
from ui.models.lazy_table import Column
from ui.style import AMBER, GREEN, RED, set_role
from ui.widgets.confirm import confirm
from ui.widgets.form import FormDialog, ok_cancel_buttons
from ui.widgets.pickers import fill_regions, fill_stores, picked
from ui.widgets.runner import RunnerDialog, grade_text
from ui.widgets.table_page import TablePage

INSPECTION_KINDS = ("inspection",)


class StartInspectionDialog(FormDialog):
    """Choose store, template and inspection type; the run starts on the template's published version."""

    def __init__(self, ctx: AppContext, store_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Start an inspection"), parent, ok_text=self.tr("Start"))
        self.ctx = ctx
        self.setMinimumWidth(440)
        self.store = QComboBox(objectName="store")
        fill_stores(self.store, ctx)  # you can type a code or a name
        if store_id:
            self.store.setCurrentIndex(max(self.store.findData(store_id), 0))
        self.template = QComboBox(objectName="template")
        for t in templates.list_templates(ctx, kinds=INSPECTION_KINDS, runnable_only=True):
            self.template.addItem(f"{t.title} (v{t.published_number})", t.id)
        self.run_type = QComboBox(objectName="runType")
        for code in INSPECTION_RUN_TYPES:
            if code != "follow_up":  # follow-ups start from the corrective actions they re-check
                self.run_type.addItem(labels.run_type(code), code)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.day = date_edit("day")
        form = QFormLayout()
        form.addRow(self.tr("Store"), self.store)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Type"), self.run_type)
        form.addRow(self.tr("Date"), self.day)
        self.set_fields({"store_id": self.store, "template_id": self.template, "run_type": self.run_type},
                        {"store_id": self.tr("Store"), "template_id": self.tr("Template"),
                         "run_type": self.tr("Type")})
        self.form_area.addLayout(form)
        self._template_changed()

    @property
    def run(self) -> runs.RunSummaryDTO | None:
        return self.result_value

    def _template_changed(self) -> None:
        # The mystery-visit template is run as a mystery visit.
        t = templates.get_template(self.ctx, self.template.currentData()) if self.template.currentData() else None
        if t is not None and "mystery" in t.code:
            self.run_type.setCurrentIndex(max(self.run_type.findData("mystery"), 0))

    def submit(self) -> runs.RunSummaryDTO:
        store_id = picked(self.store)
        template_id = self.template.currentData()
        missing = [FieldProblem(field, "required")
                   for field, value in (("store_id", store_id), ("template_id", template_id)) if not value]
        if missing:
            raise ValidationError(missing)
        from opsdesk.services import visits

        current = visits.current_visit(self.ctx, store_id)  # started during a visit: linked to it
        return runs.start_run(self.ctx, store_id, template_id, self.run_type.currentData(),
                              business_date=from_qdate(self.day.date()), visit_id=current.id if current else None)

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
        self.setWindowTitle(self.tr("%1 · %2").replace("%1", run.template_title).replace("%2", run.store_name))
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
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        from ui.widgets.reports import ExportButton

        run_id = self.detail.run.id
        self.export_button = ExportButton(
            ctx, self._build,
            lambda: f"{self.detail.run.store_code}_{self.detail.run.business_date.isoformat()}_{run_id[:8]}.pdf", self)
        row = QHBoxLayout()
        row.addWidget(self.signed_label, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.sign_button)
        row.addWidget(self.correct_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self._show_signatures()

    def _build(self):  # noqa: ANN202
        from opsdesk.reports.inspection import build_inspection

        ctx, run_id = self.ctx, self.detail.run.id
        return lambda path: build_inspection(ctx, run_id, path)

    def _show_signatures(self) -> None:
        from opsdesk.services import signatures

        run = runs.get_summary(self.ctx, self.detail.run.id)
        sigs = signatures.signatures_of(self.ctx, "checklist_run", run.id)
        names = labels.signature_roles()
        parts = []
        for sig in sigs:
            text = self.tr("%1 (%2) signed %3").replace("%1", sig.signer_name).replace("%2", names.get(sig.role, sig.role)) \
                .replace("%3", sig.signed_at.strftime("%Y-%m-%d %H:%M"))
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
        self.sign_button.setEnabled(run.status == "completed")
        self.correct_button.setEnabled(run.status == "signed")

    def sign(self) -> None:
        from opsdesk.services import workspace
        from ui.widgets.signature_pad import SignDialog

        me = workspace.current_user(self.ctx)
        role = "store_manager" if me is not None and me.role in ("store_manager", "staff") else "supervisor"
        dialog = SignDialog(self.ctx, self.detail.run.id, role, me.name if me else "", parent=self)
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
        out = [f"<h2>{e(run.store_name)} · {e(run.template_title)} v{run.version_number}</h2>"]
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
            row = (f"<tr><td>{e(section.title)}</td><td>{score.answered}/{score.total}</td>"
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
            out.append(f"<p><b>{e(item.text)}</b> {' · '.join(tags)}<br/>")
            if answer is not None and answer.note:
                out.append(f"{e(t_note)}: {e(answer.note)}<br/>")
            for photo in (answer.photos if answer else ()):
                out.append(f"<img src='{QUrl.fromLocalFile(str(photo.thumbnail)).toString()}' height='90'/> ")
            out.append("</p>")
        if prev:
            out.append(f"<h3>{e(t_compared)}</h3>")
            keys = {i.key: i.text for i in d.version.items()}
            for title, key_list in ((self.tr("New findings"), self.comparison.newly_failed),
                                    (self.tr("Failed again"), self.comparison.still_failed),
                                    (self.tr("Fixed since"), self.comparison.fixed)):
                names = self.tr(", ").join(e(keys.get(k, k)) for k in key_list) or "—"
                out.append(f"<p><b>{e(title)} ({len(key_list)}):</b> {names}</p>")
        else:
            out.append(f"<p>{e(t_first)}</p>")
        return "".join(out)


class InspectionsPage(TablePage):
    SHOWS = frozenset({"checklist_run", "answer", "signature", "store", "user"})  # refreshed when changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Inspections"), parent)
        self.ctx = ctx
        self.search.setPlaceholderText(self.tr("Search store or template (Ctrl+F)"))
        bar = self.filter_bar
        self.store = bar.add_combo("storeFilter", min_chars=5)
        fill_stores(self.store, ctx, (self.tr("All stores"), None), include_closed=True, editable=False)
        self.region = bar.add_combo("regionFilter", min_chars=5)
        fill_regions(self.region, ctx, (self.tr("All regions"), None))
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
                Column(self.tr("Template"), lambda r: r.template_title, "template"),
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

    def fetch(self, offset: int, limit: int, sort: str, descending: bool) -> list[runs.RunSummaryDTO]:
        # The next page starts after the last row loaded: an index range, however far the user scrolled.
        after = self.model.dto(offset - 1) if offset else None
        return runs.query_runs(self.ctx, self.query(sort, descending), offset, limit, after=after)

    def count(self) -> int:
        return runs.count_runs(self.ctx, self.query())

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
        self.reload()
        if correction:  # a correction of a signed inspection opens in the runner
            self.open_run(runs.get_summary(self.ctx, correction))
            return
        self.select_where(lambda r: r.id == run.id)

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


__all__ = ["InspectionsPage", "RunViewDialog", "StartInspectionDialog"]
