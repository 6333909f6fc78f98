"""The visit log (one visit) and the weekly visit plan (one supervisor's week)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
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
    field_table,
    fmt_date,
    fmt_num,
    fmt_time,
    grid_table,
    para,
    styles,
)
from opsdesk.services import org, templates, visits
from opsdesk.vocabulary import DEFAULT_LANGUAGE


def _local(moment) -> str:  # noqa: ANN001
    return fmt_time(moment)  # stored in UTC, printed in local time


def build_visit_log(ctx, visit_id: str, out_path: str | Path,  # noqa: ANN001
                    labels: dict[str, str] | None = None, *, lang: str = DEFAULT_LANGUAGE) -> ReportInfo:
    """One visit's log in ``lang`` ("zh_CN" or "en"); the content hash is language-neutral."""
    L = Labels(labels, lang)
    st = styles()
    v = visits.get_visit(ctx, visit_id)
    done_runs = visits.visit_runs(ctx, visit_id)
    company, logo = company_of(ctx)
    fields = [
        (L("store"), f"{v.store_code} {v.store_name}"), (L("region"), v.region_path),
        (L("visit.supervisor"), v.supervisor_name), (L("visit.planned_on"), fmt_date(v.planned_on)),
        (L("visit.check_in"), _local(v.check_in)), (L("visit.check_out"), _local(v.check_out)),
        (L("visit.hours"), fmt_num(v.hours)), (L("visit.purpose"), L.code("purpose", v.purpose)),
        (L("visit.status"), L.code("visit_status", v.status)), (L("visit.next_visit_on"), fmt_date(v.next_visit_on)),
    ]
    texts = [
        (L("visit.observations"), v.observations), (L("visit.people_met"), v.people_met),
        (L("visit.training_topic"), v.training_topic), (L("visit.training_attendees"), v.training_attendees),
        (L("visit.next_steps"), v.next_steps),
        (L("visit.incident"), (L("yes") + ("  " + _local(v.incident_at) if v.incident_at else "")) if v.incident
         else L("no")),
    ]
    # codes and stored values, not the printed words: the same visit hashes the same in both languages
    data = {"kind": "visit_log", "visit": v.id, "version": v.version,
            "fields": [v.store_id, v.supervisor_id, fmt_date(v.planned_on), str(v.check_in), str(v.check_out),
                       fmt_num(v.hours), v.purpose, v.status, fmt_date(v.next_visit_on)],
            "texts": [v.observations, v.people_met, v.training_topic, v.training_attendees, v.next_steps,
                      bool(v.incident), str(v.incident_at)],
            "runs": [(r.id, str(r.score), r.grade) for r in done_runs]}
    story: list = [para(L("visit.title"), st["title"]), field_table(fields, st),
                   para(L("visit.observations"), st["h2"]),
                   field_table([(k, t or "—") for k, t in texts], st, columns=1)]
    story.append(para(L("visit.runs"), st["h2"]))
    if done_runs:
        rows = [[para(h, st["cell"]) for h in (L("inspection.template"), L("inspection.run_type"), L("date"),
                                               L("inspection.score"), L("inspection.grade"))]]
        for r in done_runs:
            title = L.text(templates.get_version(ctx, r.version_id), "title") or r.template_title
            rows.append([para(title, st["cell"]), para(L.code("run_type", r.run_type), st["cell"]),
                         para(r.business_date.isoformat(), st["cell"]),
                         para(f"{fmt_num(r.percent)}%" if r.percent is not None else "—", st["cell"]),
                         para(L.grade(r.grade), st["cell"])])
        story.append(grid_table(rows, [CONTENT_W - 110 * mm, 30 * mm, 28 * mm, 28 * mm, 24 * mm]))
    else:
        story.append(para(L("none"), st["base"]))
    content_hash = data_hash(data)
    report_id = str(uuid.uuid4())
    story.append(qr_block(report_id, content_hash, L, st))
    day = v.day.isoformat() if v.day else ""
    header = ReportHeader(company, f"{L('visit.title')} · {v.store_name} · {day}", logo)
    return build_pdf(out_path, story, header=header, report_id=report_id, content_hash=content_hash, labels=L)


def build_week_plan(ctx, supervisor_id: str, day: date, out_path: str | Path,  # noqa: ANN001
                    labels: dict[str, str] | None = None, *, lang: str = DEFAULT_LANGUAGE) -> ReportInfo:
    """A supervisor's visit plan for the week of ``day`` in ``lang`` ("zh_CN" or "en")."""
    L = Labels(labels, lang)
    st = styles()
    plan = visits.week_plan(ctx, supervisor_id, day)
    supervisor = org.get_user(ctx, supervisor_id)
    company, logo = company_of(ctx)
    rows = [[para(L("week.day"), st["cell"]), para(L("week.visits"), st["cell"])]]
    data: dict = {"kind": "week_plan", "supervisor": supervisor_id, "monday": plan.monday.isoformat(), "days": []}
    for i in range(7):
        d = plan.monday + timedelta(days=i)
        lines = [f"{v.store_code} {v.store_name} · {L.code('purpose', v.purpose)} · "
                 f"{L.code('visit_status', v.status)}" for v in plan.days.get(d, [])]
        data["days"].append({"day": d.isoformat(), "visits": [(v.id, v.version) for v in plan.days.get(d, [])]})
        rows.append([para(f"{d.isoformat()} {L(f'weekday.{i}')}", st["cell"]),
                     para("\n".join(lines) or L("week.no_visits"), st["cell"])])
    data["unplanned"] = [u[0] for u in plan.unplanned]
    story: list = [para(L("week.title"), st["title"]),
                   field_table([(L("week.supervisor"), supervisor.name), (L("week.week_of"), plan.monday.isoformat())],
                               st),
                   para(L("week.visits"), st["h2"]),
                   grid_table(rows, [35 * mm, CONTENT_W - 35 * mm]),
                   para(L("week.unplanned"), st["h2"])]
    if plan.unplanned:
        story.append(para(L("list.sep").join(f"{code} {name}" for _, code, name in plan.unplanned), st["base"]))
    else:
        story.append(para(L("week.all_planned"), st["base"]))
    content_hash = data_hash(data)
    report_id = str(uuid.uuid4())
    story.append(qr_block(report_id, content_hash, L, st))
    header = ReportHeader(company, f"{L('week.title')} · {supervisor.name} · {plan.monday.isoformat()}", logo)
    return build_pdf(out_path, story, header=header, report_id=report_id, content_hash=content_hash, labels=L)
