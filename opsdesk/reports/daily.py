"""The daily checklist report: a store's opening and closing checklists of one business day."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm

from opsdesk.reports.inspection import answer_text, qr_block
from opsdesk.reports.layout import (
    CONTENT_W,
    Labels,
    ReportHeader,
    ReportInfo,
    build_pdf,
    company_of,
    data_hash,
    field_table,
    fmt_time,
    grid_table,
    para,
    photo_grid,
    prepare_photos,
    styles,
)
from opsdesk.services import daily, org
from opsdesk.vocabulary import DEFAULT_LANGUAGE


def build_daily(ctx, store_id: str, day: date, out_path: str | Path,  # noqa: ANN001
                labels: dict[str, str] | None = None, *, lang: str = DEFAULT_LANGUAGE) -> ReportInfo:
    """A store's opening and closing checklists of ``day`` in ``lang`` ("zh_CN" or "en"); the content
    hash is made of codes and stored values, so it is the same in both languages."""
    L = Labels(labels, lang)
    st = styles()
    store = org.get_store(ctx, store_id)
    dto = daily.day_checklists(ctx, store_id, day)
    company, logo = company_of(ctx)
    cache: dict = {}
    data: dict = {"kind": "daily", "store": store_id, "day": day.isoformat(), "checklists": []}

    story: list = [para(L("daily.title"), st["title"])]
    story.append(field_table([(L("company"), company), (L("store"), f"{store.code} {store.name}"),
                              (L("date"), day.isoformat()), (L("region"), getattr(store, "region_path", ""))], st))
    for kind in ("opening", "closing"):
        cl = dto.checklist(kind)
        story.append(para(L(f"daily.{kind}"), st["h2"]))
        entry: dict = {"kind": kind, "run": cl.run.id if cl.run else None, "items": []}
        data["checklists"].append(entry)
        if cl.run is None or cl.version is None:
            story.append(para(L("daily.not_started"), st["base"]))
            continue
        entry.update(status=cl.run.status, performer=cl.run.performer_name,
                     completed_at=fmt_time(cl.run.completed_at))
        colon = L("colon")
        story.append(para(f"{L('daily.performer')}{colon}{cl.run.performer_name}　　"
                          f"{L('inspection.status')}{colon}{L.code('run_status', cl.run.status)}　　"
                          f"{L('daily.completed_at')}{colon}{fmt_time(cl.run.completed_at) or '—'}", st["small"]))
        rows = [[para(L("daily.item"), st["cell"]), para(L("inspection.answer"), st["cell"]),
                 para(L("inspection.note"), st["cell"])]]
        extra = []
        photos = []
        for item in cl.version.items():
            a = cl.answers.get(item.id)
            text = answer_text(item, a, L)
            note = a.note if a else ""
            answer = None if a is None else ("na" if a.na else a.value)  # stored values: the same in both languages
            entry["items"].append({"item": item.key, "answer": answer, "note": note, "failed": bool(a and a.failed),
                                   "photos": [p.id for p in a.photos] if a else []})
            if a and a.failed:
                extra.append(("TEXTCOLOR", (1, len(rows)), (1, len(rows)), "#c62828"))
            if a:
                photos += [p.path for p in a.photos]
            rows.append([para(L.text(item), st["cell"]), para(text, st["cell"]), para(note, st["cell"])])
        story.append(grid_table(rows, [CONTENT_W - 85 * mm, 30 * mm, 55 * mm], extra=extra))
        prepare_photos(photos, columns=5, cache=cache)
        grid = photo_grid(photos, cache, columns=5)
        if grid is not None:
            story.append(grid)

    content_hash = data_hash(data)
    report_id = str(uuid.uuid4())
    story.append(qr_block(report_id, content_hash, L, st))
    header = ReportHeader(company, f"{L('daily.title')} · {store.name} · {day.isoformat()}", logo)
    return build_pdf(out_path, story, header=header, report_id=report_id, content_hash=content_hash, labels=L)
