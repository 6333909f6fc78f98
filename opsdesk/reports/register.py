"""The corrective-action register: a table of the actions an ActionQuery selects."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from opsdesk.reports.inspection import qr_block
from opsdesk.reports.layout import (
    CONTENT_W,
    Labels,
    ReportHeader,
    ReportInfo,
    build_pdf,
    company_of,
    data_hash,
    grid_table,
    para,
    styles,
)
from opsdesk.services import actions
from opsdesk.vocabulary import DEFAULT_LANGUAGE, pick


def build_action_register(ctx, query: actions.ActionQuery, out_path: str | Path,  # noqa: ANN001
                          labels: dict[str, str] | None = None, *, today: date | None = None,
                          lang: str = DEFAULT_LANGUAGE) -> ReportInfo:
    """The actions ``query`` selects, in ``lang`` ("zh_CN" or "en"); the content hash is language-neutral."""
    L = Labels(labels, lang)
    st = styles()
    rows_data = actions.query_actions(ctx, query)
    today = today or query.today or date.today()
    company, logo = company_of(ctx)
    cols = ("title", "store", "assignee", "due", "priority", "status", "source")
    rows = [[para(L(f"actions.col.{c}"), st["cell"]) for c in cols]]
    extra = []
    data = {"kind": "action_register", "query": asdict(query), "actions": []}
    for a in rows_data:
        source = f"{a.source_title} {a.source_run_date.isoformat()}" if a.source_run_date else a.source_title
        title = pick(a.source_title, a.source_title_en, L.lang)  # printed in the report's language
        shown = f"{title} {a.source_run_date.isoformat()}" if a.source_run_date else title
        values = [a.title, f"{a.store_code} {a.store_name}", a.assignee_name, a.due_on.isoformat(),
                  L.code("priority", a.priority), L.code("action_status", a.status), shown]
        data["actions"].append({"id": a.id, "version": a.version,  # codes, not words: the same in both languages
                                "values": values[:4] + [a.priority, a.status, source]})
        if a.overdue(today):
            extra.append(("TEXTCOLOR", (3, len(rows)), (3, len(rows)), "#c62828"))
        rows.append([para(v, st["cell"]) for v in values])

    story: list = [para(L("actions.title"), st["title"]),
                   para(f"{company}　·　{L('actions.count', count=len(rows_data))}", st["small"])]
    if rows_data:
        story.append(grid_table(rows, [46 * mm, 30 * mm, 16 * mm, 21 * mm, 13 * mm, 16 * mm, CONTENT_W - 142 * mm],
                                extra=extra))
    else:
        story.append(para(L("actions.empty"), st["base"]))
    content_hash = data_hash(data)
    report_id = str(uuid.uuid4())
    story.append(qr_block(report_id, content_hash, L, st))
    header = ReportHeader(company, L("actions.title"), logo)
    return build_pdf(out_path, story, header=header, report_id=report_id, content_hash=content_hash, labels=L)



