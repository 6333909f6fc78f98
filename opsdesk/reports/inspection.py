"""The inspection report: header, summary with section bars, failed items with photos, actions, signatures, QR."""

from __future__ import annotations

import uuid

from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from opsdesk.reports.layout import (
    CONTENT_W,
    FONT,
    GRID,
    LIGHT,
    BarFlowable,
    Labels,
    ReportHeader,
    ReportInfo,
    SignatureFlowable,
    build_pdf,
    company_of,
    field_table,
    fmt_num,
    fmt_time,
    grid_table,
    para,
    photo_grid,
    prepare_photos,
    qr_code,
    qr_value,
    styles,
)
from opsdesk.services import actions, runs, signatures
from opsdesk.vocabulary import DEFAULT_LANGUAGE, statement_text


def answer_text(item: Any, answer: runs.AnswerDTO | None, labels: Labels) -> str:
    """A readable form of an answer's value."""
    if answer is None or not answer.answered:
        return labels("answer.blank")
    if answer.na:
        return labels("answer.na")
    value = answer.value
    kind = item.answer_type
    if kind in ("pass_fail", "yes_no"):
        return labels.code("answer", str(value))
    if kind == "rating":
        return f"{value} / {item.scale or 5}"
    if kind == "choice":
        try:
            return labels.text(item.options[int(value)], "label")
        except (TypeError, ValueError, IndexError):
            return str(value)
    if kind == "multi_choice":
        names = []
        for v in value or ():
            try:
                names.append(labels.text(item.options[int(v)], "label"))
            except (TypeError, ValueError, IndexError):
                names.append(str(v))
        return labels("list.sep").join(names)
    if kind == "number":
        return f"{value}{(' ' + item.unit) if item.unit else ''}"
    if kind == "photo":
        return labels("inspection.photos")
    return "" if value is None else str(value)


def signature_row(sigs: list[signatures.SignatureDTO], labels: Labels, st: dict | None = None) -> Table:
    """The drawn signatures, three a row, each with its name, role, time and the statement the signer
    confirmed (a default statement in the report's language, see ``vocabulary.statement_text``)."""
    st = st or styles()
    width = (CONTENT_W - 6 * mm) / 3
    cells = []
    for s in sigs:
        role = labels.code("role", s.role)
        # A signer without an account (supplier, franchisee, witness) typed the name: say so.
        said_as = labels("and_also", first=role, second=labels("signature.no_account")) if s.external else role
        # ... and which account collected it
        collected = labels("signature.collected_by", name=s.collector_name) if s.external and s.collector_name else ""
        drawn = SignatureFlowable(s.strokes, s.signer_name, role, fmt_time(s.signed_at), width=width - 4,
                                  note=" ".join(x for x in (collected, "" if s.valid else labels("signature.invalid"))
                                                if x),
                                  caption=f"{s.signer_name}{labels.paren(said_as)}")
        said = statement_text(s.statement, labels.lang)
        cells.append([drawn, para(said, st["small"])] if said else drawn)
    rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
    rows[-1] += [""] * (3 - len(rows[-1]))
    table = Table(rows, colWidths=[width + 2 * mm] * 3)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return table


def qr_block(report_id: str, content_hash: str, labels: Labels, st: dict) -> Table:
    text = (f"{labels('qr.caption')}<br/>{labels('footer.report_id')}: {report_id}<br/>"
            f"{labels('footer.hash')}: {content_hash[:32]}<br/>{content_hash[32:]}")
    table = Table([[qr_code(qr_value(report_id, content_hash)), Paragraph(text, st["small"])]],
                  colWidths=[32 * mm, CONTENT_W - 32 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 4 * mm), table])


def build_inspection(ctx, run_id: str, out_path: str | Path,  # noqa: ANN001
                     labels: dict[str, str] | None = None, *, lang: str = DEFAULT_LANGUAGE) -> ReportInfo:
    """The report of one inspection in ``lang`` ("zh_CN" or "en"); the content hash is the signed
    content's (``signatures.run_hash``), the same in both languages."""
    L = Labels(labels, lang)
    st = styles()
    detail = runs.get_run(ctx, run_id)
    run = detail.run
    cache: dict = {}
    # Photos whose report copies are missing (arrived by sync) are decoded in the background while the rest of
    # the report is read, built and laid out; each is drawn when its page is.
    prepare_photos([p.path for a in detail.answers.values() if a.failed for p in a.photos], cache=cache)
    sigs = signatures.signatures_of(ctx, "checklist_run", run_id)
    raised = actions.query_actions(ctx, actions.ActionQuery(source_run_id=run_id, sort="due_on"))
    content_hash = signatures.run_hash(ctx, run_id)
    company, logo = company_of(ctx)
    report_id = str(uuid.uuid4())

    template_title = L.text(detail.version, "title") or run.template_title
    story: list = [para(f"{L('inspection.title')} · {template_title}", st["title"])]
    story.append(field_table([
        (L("company"), company),
        (L("store"), f"{run.store_code} {run.store_name}"),
        (L("region"), run.region_path),
        (L("date"), run.business_date.isoformat()),
        (L("inspection.inspector"), run.performer_name),
        (L("inspection.run_type"), L.code("run_type", run.run_type)),
        (L("inspection.template"), f"{template_title}{L.paren(f'v{run.version_number}')}"),
        (L("inspection.status"), L.code("run_status", run.status)),
    ], st))

    # summary
    score = detail.score
    story.append(para(L("inspection.summary"), st["h2"]))
    crit = L("yes") if score.critical_failed else L("no")
    big = [[para(f"{fmt_num(score.points)} / {fmt_num(score.max)}", st["big"]),
            para(f"{fmt_num(score.percent)}%" if score.percent is not None else "—", st["big"]),
            para(L.grade(score.grade), st["big"]), para(crit, st["big"])],
           [para(L("inspection.score"), st["center"]), para(L("inspection.percent"), st["center"]),
            para(L("inspection.grade"), st["center"]), para(L("inspection.critical"), st["center"])]]
    summary = Table(big, colWidths=[CONTENT_W / 4] * 4)
    summary.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("BOX", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                                 ("LINEAFTER", (0, 0), (-2, -1), 0.4, GRID), ("TOPPADDING", (0, 0), (-1, 0), 6)]
                                + ([("TEXTCOLOR", (3, 0), (3, 0), "#c62828")] if score.critical_failed else [])))
    story.append(summary)

    story.append(para(L("inspection.sections"), st["h3"]))
    by_id = {s.id: s for s in score.sections}
    bar_w = CONTENT_W - 50 * mm - 40 * mm
    rows = []
    for section in detail.version.sections:
        sc = by_id.get(section.id)
        pct = sc.percent if sc else None
        rows.append([para(L.text(section, "title"), st["cell"]),
                     BarFlowable(float(pct) / 100 if pct is not None else None, bar_w),
                     para(f"{fmt_num(sc.points)} / {fmt_num(sc.max)}  ({fmt_num(pct)}%)" if sc else "—",
                          st["cell"])])
    bars = Table(rows, colWidths=[50 * mm, bar_w + 4 * mm, 36 * mm])
    bars.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT)]))
    story.append(bars)

    # failed items
    story.append(para(L("inspection.failed_items"), st["h2"]))
    failed_any = False
    for section in detail.version.sections:
        for item in section.items:
            answer = detail.answers.get(item.id)
            if answer is None or not answer.failed:
                continue
            failed_any = True
            block: list = []
            mark = " ★" if item.critical else ""
            block.append(grid_table([
                [para(f"{L.text(section, 'title')} · {L.text(item)}{mark}", st["cell"]),
                 para(f"{L('inspection.answer')}{L('colon')}{answer_text(item, answer, L)}", st["cell"])],
            ] + ([[para(f"{L('inspection.note')}{L('colon')}{answer.note}", st["cell"]), ""]] if answer.note else []),
                [CONTENT_W - 40 * mm, 40 * mm], header=False,
                extra=[("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("SPAN", (0, 1), (-1, 1))] if answer.note
                else [("BACKGROUND", (0, 0), (-1, 0), LIGHT)]))
            grid = photo_grid([p.path for p in answer.photos], cache)
            if grid is not None:
                block.append(grid)
            block.append(Spacer(1, 3 * mm))
            story.append(KeepTogether(block))  # an item's photos stay with it
    if not failed_any:
        story.append(para(L("inspection.no_failed"), st["base"]))

    # corrective actions
    story.append(para(L("inspection.actions"), st["h2"]))
    if raised:
        rows = [[para(L(f"actions.col.{c}"), st["cell"]) for c in ("title", "assignee", "due", "priority", "status")]]
        for a in raised:
            rows.append([para(a.title, st["cell"]), para(a.assignee_name, st["cell"]),
                         para(a.due_on.isoformat(), st["cell"]), para(L.code("priority", a.priority), st["cell"]),
                         para(L.code("action_status", a.status), st["cell"])])
        story.append(grid_table(rows, [CONTENT_W - 100 * mm, 25 * mm, 27 * mm, 20 * mm, 28 * mm]))
    else:
        story.append(para(L("inspection.no_actions"), st["base"]))

    # signatures and QR
    sig_block: list = [para(L("inspection.signatures"), st["h2"])]
    sig_block.append(signature_row(sigs, L, st) if sigs else para(L("inspection.no_signatures"), st["base"]))
    story.append(KeepTogether(sig_block))
    story.append(qr_block(report_id, content_hash, L, st))

    header = ReportHeader(company, f"{L('inspection.title')} · {run.store_name} · {run.business_date.isoformat()}",
                          logo)
    return build_pdf(out_path, story, header=header, report_id=report_id, content_hash=content_hash, labels=L)



