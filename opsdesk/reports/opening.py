"""New-store opening reports (新店筹备): the countdown report (开业筹备进度表) of a project and the fit-out
acceptance certificate (新店装修验收单) of a gate's acceptance run.

The countdown report: the project's header (store, kind, day zero, days to go, owner, franchisee, status,
progress, gates, health), a Gantt-like timeline drawn with reportlab's own graphics (bars by due date, gates
as diamonds, the today line and day zero), the milestone table, the gates with their evidence (acceptance
runs, training sign-offs, the equipment register), the date moves, and a head-office override with its
reason when the store was opened before every gate passed. Its content hash is made of the stored values
(codes, ids, dates) and the report date, not of the printed words: the same data hashes the same in both
languages.

The fit-out certificate is the acceptance certificate (``build_acceptance``) of a ``new_store`` run, with
its own title and result notes and, instead of the equipment block, the store and the milestone the run is
the acceptance of.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Spacer

from opsdesk.errors import FieldProblem, NotFoundError, ValidationError
from opsdesk.reports.inspection import qr_block
from opsdesk.reports.labels import fit_text
from opsdesk.reports.layout import (
    ACCENT,
    CONTENT_W,
    FONT,
    GRID,
    LIGHT,
    Labels,
    ReportHeader,
    ReportInfo,
    build_pdf,
    company_of,
    data_hash,
    field_table,
    fmt_date,
    fmt_time,
    grid_table,
    para,
    register_fonts,
    styles,
)
from opsdesk.services import openings
from opsdesk.vocabulary import DEFAULT_LANGUAGE, check_language, file_name, is_english

DONE_COLOR = "#2e7d32"
LATE_COLOR = "#c62828"
OPEN_COLOR = "#7fa7c6"
GATE_COLOR = "#f9a825"
TODAY_COLOR = "#ef6c00"
FITOUT_KIND = "new_store"  # the template kind of a fit-out acceptance (新店装修验收)

# The words of these two reports: key -> (Simplified Chinese, English). Codes (roles, statuses, events) are
# worded by opsdesk.vocabulary.CODE_WORDS, the UI's words.
WORDS: dict[str, tuple[str, str]] = {
    "countdown.title": ("开业筹备进度表", "Opening countdown"),
    "countdown.store_kind": ("门店类型", "Store type"),
    "countdown.day_zero": ("开业日", "Day zero"),
    "countdown.days_to_go": ("距开业", "Days to go"),
    "countdown.days": ("{days} 天", "{days} day(s)"),
    "countdown.days_past": ("已过 {days} 天", "{days} day(s) past"),
    "countdown.opened_on": ("{day} 开业", "opened {day}"),
    "countdown.owner": ("项目负责人", "Project owner"),
    "countdown.franchisee": ("加盟商", "Franchisee"),
    "countdown.status": ("项目状态", "Project status"),
    "countdown.progress": ("完成进度", "Progress"),
    "countdown.progress_value": ("{percent}%（{done}/{total} 个节点）", "{percent}% ({done}/{total} milestones)"),
    "countdown.gates": ("验收关卡", "Gates passed"),
    "countdown.gates_value": ("已通过 {passed}/{total}", "{passed}/{total} passed"),
    "countdown.health": ("风险状态", "Health"),
    "countdown.as_of": ("统计日期", "As of"),
    "countdown.notes": ("备注", "Notes"),
    "countdown.override": ("总部特批开业：验收关卡未全部通过即开业",
                           "Opened by head-office override before every gate passed"),
    "countdown.override_reason": ("特批理由", "Reason"),
    "countdown.override_by": ("批准人", "Approved by"),
    "countdown.override_gates": ("当时未通过的关卡", "Gates not passed then"),
    "countdown.timeline": ("进度时间轴", "Timeline"),
    "countdown.today": ("今天", "Today"),
    "countdown.legend.done": ("已完成", "Done"),
    "countdown.legend.late": ("已逾期", "Late"),
    "countdown.legend.open": ("未完成", "Open"),
    "countdown.legend.gate": ("关卡（菱形）", "Gate (diamond)"),
    "countdown.milestones": ("筹备节点", "Milestones"),
    "countdown.col.title": ("节点", "Milestone"),
    "countdown.col.owner": ("负责人", "Owner"),
    "countdown.col.due": ("截止日期", "Due"),
    "countdown.col.done": ("完成（日期 / 人）", "Done (on / by)"),
    "countdown.col.gate": ("关卡", "Gate"),
    "countdown.col.note": ("备注", "Note"),
    "countdown.late_by": ("逾期 {days} 天", "Late by {days} day(s)"),
    "countdown.gates_evidence": ("验收关卡与依据", "Gates and their evidence"),
    "countdown.gate.acceptance": ("验收关卡", "Acceptance gate"),
    "countdown.gate.equipment": ("设备关卡", "Equipment gate"),
    "countdown.gate.training": ("培训关卡", "Training gate"),
    "countdown.gate.passed": ("已通过", "Passed"),
    "countdown.gate.passed_on": ("已通过（{day}）", "Passed ({day})"),
    "countdown.gate.open": ("未通过", "Not passed"),
    "countdown.no_gates": ("本计划没有验收关卡。", "This plan has no gates."),
    "countdown.runs.none": ("尚未开始验收。", "No acceptance started yet."),
    "countdown.runs.date": ("验收日期", "Date"),
    "countdown.runs.performer": ("验收人", "Accepted by"),
    "countdown.runs.status": ("状态", "Status"),
    "countdown.runs.result": ("验收结论", "Result"),
    "countdown.runs.id": ("记录编号", "Record"),
    "countdown.training.person": ("人员", "Person"),
    "countdown.training.signed_on": ("签认时间", "Signed off"),
    "countdown.training.note": ("备注", "Note"),
    "countdown.training.none": ("尚无人员签认。", "Nobody signed off yet."),
    "countdown.training.missing": ("待签认：{names}", "Still to sign off: {names}"),
    "countdown.training.no_staff": ("门店尚未分配店长和店员。", "The store has no manager or staff assigned yet."),
    "countdown.equipment.all": ("门店设备均已验收。", "Every item of the store's equipment is accepted."),
    "countdown.equipment.missing": ("未验收的设备：{names}", "Equipment not accepted yet: {names}"),
    "countdown.equipment.none": ("门店设备台账为空。", "The store's equipment register is empty."),
    "countdown.moves": ("开业日期调整记录", "Date moves"),
    "countdown.moves.none": ("开业日期未调整过。", "The opening date has not moved."),
    "countdown.moves.from": ("原日期", "From"),
    "countdown.moves.to": ("新日期", "To"),
    "countdown.moves.shift": ("变化", "Shift"),
    "countdown.moves.by": ("调整人", "By"),
    "countdown.moves.at": ("调整时间", "When"),
    "countdown.moves.why": ("原因", "Why"),
    # the fit-out acceptance certificate
    "fitout.subject": ("开业项目", "Opening project"),
    "fitout.milestone": ("验收节点", "Milestone"),
    "fitout.milestone_due": ("节点截止", "Milestone due"),
    "fitout.gate_state": ("关卡状态", "Gate"),
    "fitout.gate_by_this": ("本次验收已通过该关卡", "Passed by this acceptance"),
    "fitout.no_project": ("未关联开业项目", "Not part of an opening project"),
}

# build_acceptance's words that a fit-out certificate replaces
FITOUT_WORDS: dict[str, tuple[str, str]] = {
    "acceptance.title": ("新店装修验收单", "Fit-out acceptance certificate"),
    "acceptance.result_note.accepted": ("全部项目合格，装修验收通过，可安排设备入场。",
                                        "Every item passed: the fit-out is accepted and equipment may move in."),
    "acceptance.result_note.conditional": ("装修验收通过，以下整改条件须在开业前按期完成。",
                                           ("The fit-out is accepted; the conditions below must be met by their "
                                            "due dates, before opening.")),
    "acceptance.result_note.rejected": ("一票否决项不合格，装修验收未通过，不得营业，整改后须重新验收。",
                                        ("A veto item failed: the fit-out is not accepted, the store must not open "
                                         "and is accepted again by a new acceptance.")),
}


def words(lang: str, *, fitout: bool = False) -> dict[str, str]:
    """These reports' words in ``lang`` (laid over the shared report labels); ``fitout``: with the words the
    fit-out certificate puts in place of the equipment certificate's."""
    index = 1 if is_english(check_language(lang)) else 0
    table = {**WORDS, **FITOUT_WORDS} if fitout else WORDS
    return {key: pair[index] for key, pair in table.items()}


def countdown_file_name(project: openings.ProjectDTO, lang: str, day: date | None = None) -> str:
    """开业筹备进度表-<store code>-<date>.pdf / opening-countdown-<store code>-<date>.pdf (``day``: the report's
    date, default today)."""
    return file_name("opening_countdown", lang, project.store_code, day or date.today())


def fitout_file_name(run: Any, lang: str) -> str:
    """新店装修验收单-<store code>-<date>-<id>.pdf / fitout-acceptance-<store code>-<date>-<id>.pdf (``run``: a
    ``runs.RunSummaryDTO``)."""
    return file_name("fitout_acceptance", lang, run.store_code, run.business_date, run.id[:8])


# ---------------------------------------------------------------- reading


def _user_names(ctx, ids: set[str | None], known: dict[str, str]) -> dict[str, str]:  # noqa: ANN001
    from opsdesk.services import org

    names = dict(known)
    for uid in sorted(i for i in ids if i and i not in names):
        try:
            names[uid] = org.get_user(ctx, uid).name
        except NotFoundError:
            names[uid] = ""
    return names


def _equipment_names(ctx, ids: list[str]) -> list[str]:  # noqa: ANN001
    from opsdesk.services import equipment

    out = []
    for eid in ids:
        try:
            item = equipment.get_equipment(ctx, eid)
        except NotFoundError:
            continue
        out.append(f"{item.name}（{item.asset_code}）" if getattr(item, "asset_code", "") else item.name)
    return out


# ---------------------------------------------------------------- the timeline chart


def _state(m: openings.MilestoneDTO, today: date) -> str:
    return "done" if m.done else "late" if m.late(today) else "open"


def timeline_drawing(project: openings.ProjectDTO, today: date, L: Labels, width: float = CONTENT_W) -> Drawing:
    """The milestones as bars on a date axis: each bar runs from the step it waits for (``after``, else the
    previous milestone) to its due date; gates end in a diamond; green done, red late, blue open (a gate not
    passed: amber); the today line and day zero."""
    register_fonts()
    ms = list(project.milestones)
    label_w = 52 * mm
    x0 = label_w + 2 * mm
    chart_w = width - x0 - 3 * mm
    row_h = 13.0
    top_h = 22.0
    bottom_h = 30.0
    height = top_h + row_h * max(len(ms), 1) + bottom_h
    d = Drawing(width, height)
    d.initialFontName = FONT  # the renderer's starting font: no stray, non-embedded Helvetica in the PDF
    days = [m.due_on for m in ms] + [project.target_date, today]
    lo, hi = min(days) - timedelta(days=4), max(days) + timedelta(days=4)
    span = max((hi - lo).days, 1)

    def x(day: date) -> float:
        return x0 + (day - lo).days / span * chart_w

    rows_top = height - top_h
    rows_bottom = rows_top - row_h * len(ms)
    # zebra rows and the frame
    for i in range(len(ms)):
        if i % 2 == 0:
            d.add(Rect(0, rows_top - (i + 1) * row_h, width, row_h, fillColor=LIGHT, strokeColor=None))
    d.add(Rect(x0, rows_bottom, chart_w, rows_top - rows_bottom, fillColor=None, strokeColor=GRID,
               strokeWidth=0.4))
    # ticks: weeks on a short plan, months otherwise
    ticks: list[tuple[date, str]] = []
    if span <= 62:
        day = lo + timedelta(days=(7 - lo.weekday()) % 7)
        while day <= hi:
            ticks.append((day, day.strftime("%m-%d")))
            day += timedelta(days=7)
    else:
        step = 1 if span <= 240 else 2 if span <= 480 else 3
        year, month = lo.year, lo.month
        while True:
            month += 1
            if month > 12:
                year, month = year + 1, 1
            day = date(year, month, 1)
            if day > hi:
                break
            if (month - 1) % step == 0:
                ticks.append((day, day.strftime("%Y-%m")))
    for day, text in ticks:
        tx = x(day)
        d.add(Line(tx, rows_bottom, tx, rows_top, strokeColor=GRID, strokeWidth=0.3, strokeDashArray=[1, 2]))
        d.add(String(tx, rows_bottom - 9, text, fontName=FONT, fontSize=6.5, textAnchor="middle",
                     fillColor=colors.HexColor("#555555")))
    # the bars
    due_by_key = {m.key: m.due_on for m in ms}
    for i, m in enumerate(ms):
        y = rows_top - (i + 1) * row_h
        mid = y + row_h / 2
        title = L.text(m, "title")
        text, size = fit_text(title, label_w - 4, 7.5, 5.5)
        d.add(String(2, mid - size * 0.35, text, fontName=FONT, fontSize=size, fillColor=colors.black))
        befores = [due_by_key[k] for k in m.after if k in due_by_key]
        if not befores:  # no step named: the latest earlier milestone due before it
            befores = [e.due_on for e in ms[:i] if e.due_on < m.due_on]
        start = min(max(befores), m.due_on) if befores else m.due_on - timedelta(days=7)
        state = _state(m, today)
        color = {"done": DONE_COLOR, "late": LATE_COLOR,
                 "open": GATE_COLOR if m.gate else OPEN_COLOR}[state]
        x1, x2 = x(start), x(m.due_on)
        if x2 - x1 < 3:
            x1 = x2 - 3
        d.add(Rect(x1, mid - 3.2, x2 - x1, 6.4, fillColor=colors.HexColor(color), strokeColor=None))
        if m.gate:
            r = 5.0
            d.add(Polygon([x2, mid + r, x2 + r, mid, x2, mid - r, x2 - r, mid], fillColor=colors.HexColor(color),
                          strokeColor=colors.HexColor("#333333"), strokeWidth=0.6))
    # day zero and today
    zx = x(project.target_date)
    d.add(Line(zx, rows_bottom, zx, rows_top + 4, strokeColor=ACCENT, strokeWidth=1.4))
    anchor = "end" if zx > width - 40 else "start" if zx < x0 + 40 else "middle"
    d.add(String(zx, rows_top + 7, f"{L('countdown.day_zero')} {project.target_date.strftime('%m-%d')}",
                 fontName=FONT, fontSize=7, textAnchor=anchor, fillColor=ACCENT))
    tx = x(today)
    d.add(Line(tx, rows_bottom - 2, tx, rows_top, strokeColor=colors.HexColor(TODAY_COLOR), strokeWidth=1.0,
               strokeDashArray=[3, 2]))
    anchor = "end" if tx > width - 40 else "start" if tx < x0 + 40 else "middle"
    d.add(String(tx, rows_bottom - 18, f"{L('countdown.today')} {today.strftime('%m-%d')}", fontName=FONT,
                 fontSize=7, textAnchor=anchor, fillColor=colors.HexColor(TODAY_COLOR)))
    # the legend
    lx = x0
    ly = 3.0
    for key, color, diamond in (("done", DONE_COLOR, False), ("late", LATE_COLOR, False),
                                ("open", OPEN_COLOR, False), ("gate", GATE_COLOR, True)):
        if diamond:
            d.add(Polygon([lx + 4, ly + 8, lx + 8, ly + 4, lx + 4, ly, lx, ly + 4],
                          fillColor=colors.HexColor(color), strokeColor=colors.HexColor("#333333"),
                          strokeWidth=0.5))
        else:
            d.add(Rect(lx, ly + 1, 8, 6, fillColor=colors.HexColor(color), strokeColor=None))
        text = L(f"countdown.legend.{key}")
        d.add(String(lx + 11, ly + 1.5, text, fontName=FONT, fontSize=7, fillColor=colors.black))
        lx += 11 + stringWidth(text, FONT, 7) + 12
    return d


# ---------------------------------------------------------------- the countdown report


def _days_to_go(project: openings.ProjectDTO, today: date, L: Labels) -> str:
    if project.status == "opened" and project.opened_on:
        return L("countdown.opened_on", day=project.opened_on.isoformat())
    left = (project.target_date - today).days
    return L("countdown.days", days=left) if left >= 0 else L("countdown.days_past", days=-left)


def _gate_word(m: openings.MilestoneDTO, L: Labels) -> str:
    if not m.gate:
        return "—"
    state = L("countdown.gate.passed") if m.done else L("countdown.gate.open")
    return f"{L(f'countdown.gate.{m.gate_kind}')}\n{state}"


def build_countdown(ctx, project_id: str, out_path: str | Path, *, lang: str = DEFAULT_LANGUAGE,  # noqa: ANN001
                    today: date | None = None, labels: dict[str, str] | None = None) -> ReportInfo:
    """The countdown report (开业筹备进度表) of one opening project in ``lang`` ("zh_CN" or "en") as of ``today``
    (default: today). The content hash is made of the stored values and the report date: the same data on the
    same day hashes the same, in either language."""
    L = Labels({**words(lang), **(labels or {})}, lang)
    st = styles()
    today = today or date.today()
    project = openings.get_project(ctx, project_id)
    health = openings.health_of(project, today)
    owners = openings.owner_names(ctx, project_id)
    names = _user_names(ctx, {m.done_by for m in project.milestones},
                        {e.user_id: e.user_name for e in project.events if e.user_id and e.user_name})
    gates = [m for m in project.milestones if m.gate]
    gate_runs = openings.gate_runs(ctx, [m.id for m in gates if m.gate_kind == "acceptance"])
    company, logo = company_of(ctx)
    report_id = str(uuid.uuid4())
    data: dict[str, Any] = {
        "kind": "opening_countdown", "as_of": today.isoformat(),
        "project": [project.id, project.store_id, project.store_kind, project.target_date.isoformat(),
                    project.owner_id, project.franchisee_id, project.status, fmt_date(project.opened_on),
                    project.override_reason, project.notes],
        "milestones": [[m.id, m.key, m.title, m.title_en, m.owner_role, m.due_on.isoformat(), m.gate,
                        m.template_code, str(m.done_at), m.done_by, m.run_id, m.note, owners.get(m.id, "")]
                       for m in project.milestones],
        "events": [[e.id, e.kind, e.milestone_id, e.user_id, str(e.at), fmt_date(e.from_date), fmt_date(e.to_date),
                    e.note] for e in project.events],
        "gates": {},
    }

    story: list = [para(L("countdown.title"), st["title"]),
                   para(f"{project.store_code} {project.store_name}", st["h3"])]

    # a head-office override, prominently
    override = next((e for e in reversed(project.events) if e.kind == "override"), None)
    if project.override_reason:
        reason = project.override_reason
        gates_then = ""
        if override is not None and override.note.endswith("]") and " [" in override.note:
            keys = override.note.rsplit(" [", 1)[1][:-1].split(", ")
            by_key = {m.key: m for m in project.milestones}
            gates_then = L("list.sep").join(L.text(by_key[k], "title") if k in by_key else k for k in keys if k)
        red = colors.HexColor(LATE_COLOR)
        rows = [[para(L("countdown.override"), st["h3"].clone("override", textColor=red)), ""],
                [para(L("countdown.override_reason"), st["small"]), para(reason, st["base"])]]
        if override is not None:
            rows.append([para(L("countdown.override_by"), st["small"]),
                         para(f"{override.user_name or '—'} · {fmt_time(override.at)}", st["cell"])])
        if gates_then:
            rows.append([para(L("countdown.override_gates"), st["small"]), para(gates_then, st["cell"])])
        story.append(grid_table(rows, [32 * mm, CONTENT_W - 32 * mm], header=False, extra=[
            ("SPAN", (0, 0), (-1, 0)), ("BOX", (0, 0), (-1, -1), 1.6, red),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdecea")), ("TEXTCOLOR", (0, 0), (-1, -1), red)]))
        story.append(Spacer(1, 3 * mm))

    fields = [
        (L("store"), f"{project.store_code} {project.store_name}"),
        (L("countdown.store_kind"), L.code("store_kind", project.store_kind) or "—"),
        (L("countdown.day_zero"), project.target_date.isoformat()),
        (L("countdown.days_to_go"), _days_to_go(project, today, L)),
        (L("countdown.owner"), project.owner_name or "—"),
        (L("countdown.franchisee"), project.franchisee_name or "—"),
        (L("countdown.status"), L.code("project_status", project.status)),
        (L("countdown.progress"), L("countdown.progress_value", percent=health.percent_done,
                                    done=health.milestones_done, total=health.milestones_total)),
        (L("countdown.gates"), L("countdown.gates_value", passed=health.gates_passed, total=health.gates_total)),
        (L("countdown.health"), L.code("health", health.status) if project.status == "active" else "—"),
        (L("company"), company),
        (L("countdown.as_of"), today.isoformat()),
    ]
    if project.notes:
        fields.append((L("countdown.notes"), project.notes))
    story.append(field_table(fields, st))

    # the timeline
    story.append(para(L("countdown.timeline"), st["h2"]))
    story.append(timeline_drawing(project, today, L))

    # the milestones
    story.append(para(L("countdown.milestones"), st["h2"]))
    red_cell = st["cell"].clone("late", textColor=colors.HexColor(LATE_COLOR))
    green_cell = st["cell"].clone("done", textColor=colors.HexColor(DONE_COLOR))
    rows = [[para(L(f"countdown.col.{c}"), st["cell"]) for c in ("title", "owner", "due", "done", "gate", "note")]]
    for m in project.milestones:
        role = L.code("milestone_role", m.owner_role)
        who = owners.get(m.id, "")
        if m.done:
            done = para(f"{fmt_time(m.done_at)[:10]}\n{names.get(m.done_by or '', '') or '—'}", green_cell)
        elif m.late(today):
            done = para(L("countdown.late_by", days=(today - m.due_on).days), red_cell)
        else:
            done = para("—", st["cell"])
        note = m.note or ""
        if m.gate and note in ("accepted", "conditional"):  # a gate passed by its acceptance keeps the result
            note = L(f"acceptance.result.{note}")
        rows.append([para(L.text(m, "title"), st["cell"]), para(f"{role}\n{who}" if who else role, st["cell"]),
                     para(m.due_on.isoformat(), st["cell"]), done, para(_gate_word(m, L), st["cell"]),
                     para(note, st["cell"])])
    story.append(grid_table(rows, [40 * mm, 33 * mm, 19 * mm, 26 * mm, 23 * mm, CONTENT_W - 141 * mm]))

    # the gates and their evidence
    story.append(para(L("countdown.gates_evidence"), st["h2"]))
    if not gates:
        story.append(para(L("countdown.no_gates"), st["base"]))
    for m in gates:
        block: list = []
        state = (L("countdown.gate.passed_on", day=fmt_time(m.done_at)[:10]) if m.done
                 else L("countdown.gate.open"))
        block.append(para(f"{L.text(m, 'title')} · {L(f'countdown.gate.{m.gate_kind}')} · {state}", st["h3"]))
        evidence: Any
        if m.gate_kind == "acceptance":
            evidence = _acceptance_evidence(ctx, gate_runs.get(m.id, []), L, st)
            data["gates"][m.id] = evidence[1]
            block.append(evidence[0])
        elif m.gate_kind == "training":
            evidence = _training_evidence(ctx, project, m, L, st)
            data["gates"][m.id] = evidence[1]
            block += evidence[0]
        else:
            missing = [] if m.done else openings.gate_missing(ctx, m.id)
            data["gates"][m.id] = missing
            if m.done:
                text = L("countdown.equipment.all")
            elif missing == ["no_equipment"]:
                text = L("countdown.equipment.none")
            elif missing:
                text = L("countdown.equipment.missing", names=L("list.sep").join(_equipment_names(ctx, missing)))
            else:
                text = L("countdown.equipment.all")
            block.append(para(text, st["base"]))
        story.append(KeepTogether(block))

    # the date moves
    story.append(para(L("countdown.moves"), st["h2"]))
    moves = [e for e in project.events if e.kind == "date_moved"]
    if moves:
        rows = [[para(L(f"countdown.moves.{c}"), st["cell"]) for c in ("from", "to", "shift", "by", "at", "why")]]
        for e in moves:
            shift = (e.to_date - e.from_date).days if e.from_date and e.to_date else 0
            rows.append([para(fmt_date(e.from_date), st["cell"]), para(fmt_date(e.to_date), st["cell"]),
                         para(f"{shift:+d}", st["cell"]), para(e.user_name or "—", st["cell"]),
                         para(fmt_time(e.at), st["cell"]), para(e.note, st["cell"])])
        story.append(grid_table(rows, [22 * mm, 22 * mm, 14 * mm, 24 * mm, 28 * mm, CONTENT_W - 110 * mm]))
    else:
        story.append(para(L("countdown.moves.none"), st["base"]))

    content_hash = data_hash(data)
    story.append(qr_block(report_id, content_hash, L, st))
    header = ReportHeader(company, f"{L('countdown.title')} · {project.store_name} · {today.isoformat()}", logo)
    return build_pdf(out_path, story, header=header, report_id=report_id, content_hash=content_hash, labels=L)


def _acceptance_evidence(ctx, run_ids: list[str], L: Labels, st: dict) -> tuple[Any, list]:  # noqa: ANN001
    from opsdesk.services import acceptance, runs

    if not run_ids:
        return para(L("countdown.runs.none"), st["base"]), []
    rows = [[para(L(f"countdown.runs.{c}"), st["cell"]) for c in ("date", "performer", "status", "result", "id")]]
    hashed = []
    for rid in run_ids:
        detail = runs.get_run(ctx, rid)
        run = detail.run
        result = acceptance.result_of(detail)
        hashed.append([rid, run.status, result, run.business_date.isoformat()])
        word = L(f"acceptance.result.{result}") if result else L("acceptance.result.pending")
        style = st["cell"]
        if result in ("accepted", "conditional") and run.status == "signed":
            style = st["cell"].clone("ok", textColor=colors.HexColor(DONE_COLOR))
        elif result == "rejected":
            style = st["cell"].clone("bad", textColor=colors.HexColor(LATE_COLOR))
        rows.append([para(run.business_date.isoformat(), st["cell"]), para(run.performer_name, st["cell"]),
                     para(L.code("run_status", run.status), st["cell"]), para(word, style),
                     para(rid[:8], st["cell"])])
    return grid_table(rows, [26 * mm, 34 * mm, 26 * mm, 36 * mm, CONTENT_W - 122 * mm]), hashed


def _training_evidence(ctx, project: openings.ProjectDTO, m: openings.MilestoneDTO, L: Labels,  # noqa: ANN001
                       st: dict) -> tuple[list, list]:
    signed = [e for e in project.events if e.kind == "training_signed" and e.milestone_id == m.id]
    out: list = []
    if signed:
        rows = [[para(L(f"countdown.training.{c}"), st["cell"]) for c in ("person", "signed_on", "note")]]
        for e in signed:
            rows.append([para(e.user_name or "—", st["cell"]), para(fmt_time(e.at), st["cell"]),
                         para(e.note, st["cell"])])
        out.append(grid_table(rows, [40 * mm, 34 * mm, CONTENT_W - 74 * mm]))
    else:
        out.append(para(L("countdown.training.none"), st["base"]))
    missing = [] if m.done else openings.gate_missing(ctx, m.id)
    if missing == ["no_staff"]:
        out.append(para(L("countdown.training.no_staff"), st["base"]))
    elif missing:
        people = _user_names(ctx, set(missing), {})
        out.append(para(L("countdown.training.missing", names=L("list.sep").join(
            people[u] or u for u in missing)), st["base"]))
    return out, [[e.user_id, str(e.at)] for e in signed] + [missing]


# ---------------------------------------------------------------- the fit-out acceptance certificate


def fitout_subject(ctx, run_id: str, L: Labels) -> tuple[str, list[tuple[str, str]]]:  # noqa: ANN001
    """The block of the certificate that names what was accepted: the project and its milestone (the store is
    in the certificate's header)."""
    from opsdesk.services import runs

    run = runs.get_summary(ctx, run_id)  # its store is in the certificate's header
    rows: list[tuple[str, str]] = []
    milestone_id = openings.milestone_of_run(ctx, run_id)
    project = None
    if milestone_id:
        try:
            project = next(p for p in openings.list_projects(ctx, openings.ProjectQuery(store_id=run.store_id))
                           if any(m.id == milestone_id for m in p.milestones))
        except StopIteration:
            project = None
    if project is None:
        rows.append((L("fitout.subject"), L("fitout.no_project")))
        return L("fitout.subject"), rows
    m = next(x for x in project.milestones if x.id == milestone_id)
    if m.done and m.run_id == run_id:
        state = f"{L('countdown.gate.passed_on', day=fmt_time(m.done_at)[:10])} · {L('fitout.gate_by_this')}"
    else:
        state = L("countdown.gate.passed") if m.done else L("countdown.gate.open")
    rows += [(L("fitout.milestone"), L.text(m, "title")), (L("fitout.milestone_due"), m.due_on.isoformat()),
             (L("countdown.day_zero"), project.target_date.isoformat()),
             (L("countdown.status"), L.code("project_status", project.status)),
             (L("fitout.gate_state"), state)]
    return L("fitout.subject"), rows


def build_fitout(ctx, run_id: str, out_path: str | Path, *, lang: str = DEFAULT_LANGUAGE,  # noqa: ANN001
                 labels: dict[str, str] | None = None) -> ReportInfo:
    """The fit-out acceptance certificate (新店装修验收单) of a ``new_store`` run: the measurements against their
    limits, the failed items, the result and its conditions, the signatures (contractor, store manager,
    supervisor), and the store and milestone the run is the acceptance of. Another kind of run is refused
    (``run_id``/``not_a_fitout_run``)."""
    from opsdesk.reports.acceptance import build_acceptance
    from opsdesk.services import runs

    run = runs.get_summary(ctx, run_id)
    if run.template_kind != FITOUT_KIND:
        raise ValidationError([FieldProblem("run_id", "not_a_fitout_run", {"kind": run.template_kind})])
    given = {**words(lang, fitout=True), **(labels or {})}
    subject = fitout_subject(ctx, run_id, Labels(given, lang))
    return build_acceptance(ctx, run_id, out_path, lang=lang, labels=given, subject=subject)


__all__ = ["FITOUT_KIND", "FITOUT_WORDS", "WORDS", "build_countdown", "build_fitout", "countdown_file_name", "fitout_file_name",
           "fitout_subject", "timeline_drawing", "words"]
