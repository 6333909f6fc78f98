"""The equipment acceptance certificate (设备验收单): header, equipment data, the measurements with their
limits, other failed items with notes and photos, the result and its conditions, the three signatures, QR."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from opsdesk.reports.inspection import answer_text, qr_block, signature_row
from opsdesk.reports.layout import (
    CONTENT_W,
    LIGHT,
    Labels,
    ReportHeader,
    ReportInfo,
    build_pdf,
    company_of,
    field_table,
    grid_table,
    para,
    photo_grid,
    prepare_photos,
    styles,
)
from opsdesk.services import acceptance, runs, signatures
from opsdesk.vocabulary import DEFAULT_LANGUAGE

PASS_COLOR = "#2e7d32"
FAIL_COLOR = "#c62828"

# The fields of the ``equipment`` mapping the certificate prints, in order (other keys are ignored):
# category, name, brand, model, serial_number, asset_code, supplier, location, and ``parameters``: a
# mapping name -> value (e.g. {"额定功率": "3.5 kW"}) or (name, value[, unit]) tuples or objects with
# ``name``/``value``/``unit`` attributes.
EQUIPMENT_FIELDS = ("category", "name", "brand_model", "serial_number", "asset_code", "supplier", "location")
_FIELD_LABEL = {"category": "acceptance.category", "name": "acceptance.name", "brand_model": "acceptance.brand_model",
                "serial_number": "acceptance.serial", "asset_code": "acceptance.asset_code",
                "supplier": "acceptance.supplier", "location": "acceptance.location"}


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _parameters(value: Any, labels: Labels) -> str:
    """Technical parameters as one line: "额定功率：3.5 kW、电压：220 V"."""
    if not value:
        return ""
    pairs: list[tuple[str, str]] = []
    if isinstance(value, Mapping):
        pairs = [(_text(k), _text(v)) for k, v in value.items()]
    elif isinstance(value, str):
        return value.strip()
    elif isinstance(value, Iterable):
        for p in value:
            if isinstance(p, (tuple, list)):
                name, val, unit = (list(p) + ["", ""])[:3]
            else:
                name, val, unit = getattr(p, "name", ""), getattr(p, "value", ""), getattr(p, "unit", "")
            pairs.append((_text(name), f"{_text(val)} {_text(unit)}".strip()))
    return labels("list.sep").join(f"{n}{labels('colon')}{v}" if n else v for n, v in pairs if n or v)


def equipment_rows(equipment: Mapping[str, Any] | None, labels: Labels) -> list[tuple[str, str]]:
    """The label/value pairs of the equipment block (only the fields that have a value)."""
    if not equipment:
        return []
    data = dict(equipment)
    brand_model = " ".join(t for t in (_text(data.get("brand")), _text(data.get("model"))) if t)
    values = {**{k: _text(data.get(k)) for k in EQUIPMENT_FIELDS}, "brand_model": brand_model}
    rows = [(labels(_FIELD_LABEL[k]), values[k]) for k in EQUIPMENT_FIELDS if values[k]]
    params = _parameters(data.get("parameters"), labels)
    if params:
        rows.append((labels("acceptance.parameters"), params))
    return rows


def _recorded_rows(detail: runs.RunDetailDTO, labels: Labels) -> list[tuple[str, str]]:
    """Without equipment data: what the run itself recorded about the item (its answered text and date items)."""
    rows = []
    for item in detail.version.items():
        answer = detail.answers.get(item.id)
        if item.answer_type in ("text", "date") and answer is not None and answer.answered:
            rows.append((labels.text(item), answer_text(item, answer, labels)))
    return rows


def _verdict(m: acceptance.Measurement, labels: Labels) -> str:
    if m.na:
        return labels.code("answer", "na")
    if m.passed is None:
        return labels.code("answer", "blank")
    return labels.code("answer", "pass" if m.passed else "fail")


def build_acceptance(ctx, run_id: str, out_path: str | Path, *,  # noqa: ANN001
                     equipment: Mapping[str, Any] | None = None, lang: str = DEFAULT_LANGUAGE,
                     labels: dict[str, str] | None = None,
                     subject: tuple[str, Sequence[tuple[str, str]]] | None = None) -> ReportInfo:
    """The acceptance certificate of one run in ``lang`` ("zh_CN" or "en"). ``equipment`` is the accepted
    item's register data (see ``EQUIPMENT_FIELDS``); without it the run's own text and date answers are
    printed. ``subject`` (heading, label/value rows) replaces the equipment block when the run accepts
    something else (a new store's fit-out: ``opsdesk.reports.opening.build_fitout``, which also renames the
    title and result notes through ``labels``). The content hash is the signed content's
    (``signatures.run_hash``), the same in both languages."""
    L = Labels(labels, lang)
    st = styles()
    detail = runs.get_run(ctx, run_id)
    run = detail.run
    sigs = signatures.signatures_of(ctx, "checklist_run", run_id)
    missing = signatures.missing_roles(ctx, run_id)
    found = acceptance.measurements_of(detail)
    result = acceptance.result_of(detail)
    open_conditions = acceptance.conditions(ctx, run_id)
    content_hash = signatures.run_hash(ctx, run_id)
    company, logo = company_of(ctx)
    report_id = str(uuid.uuid4())
    cache: dict = {}

    template_title = L.text(detail.version, "title") or run.template_title
    story: list = [para(L("acceptance.title"), st["title"])]
    story.append(field_table([
        (L("company"), company),
        (L("store"), f"{run.store_code} {run.store_name}"),
        (L("region"), run.region_path),
        (L("date"), run.business_date.isoformat()),
        (L("acceptance.performer"), run.performer_name),
        (L("inspection.template"), f"{template_title}{L.paren(f'v{run.version_number}')}"),
        (L("inspection.status"), L.code("run_status", run.status)),
    ], st))

    # the equipment (or what else the run accepts)
    if subject is not None:
        story.append(para(subject[0], st["h2"]))
        story.append(field_table(list(subject[1]), st, columns=2))
    else:
        story.append(para(L("acceptance.equipment"), st["h2"]))
        rows = equipment_rows(equipment, L) if equipment else _recorded_rows(detail, L)
        story.append(field_table(rows, st, columns=1) if rows else para(L("acceptance.no_equipment"), st["base"]))

    # the measurements
    story.append(para(L("acceptance.measurements"), st["h2"]))
    if found:
        table = [[para(L(f"acceptance.col.{c}"), st["cell"]) for c in ("item", "limits", "unit", "value", "verdict")]]
        verdict_style = {True: ParagraphStyle("pass", parent=st["cell"], textColor=colors.HexColor(PASS_COLOR)),
                         False: ParagraphStyle("fail", parent=st["cell"], textColor=colors.HexColor(FAIL_COLOR)),
                         None: st["cell"]}
        for m in found:
            mark = " ★" if m.critical else ""
            table.append([para(f"{m.text_in(L.lang)}{mark}", st["cell"]), para(m.limits, st["cell"]),
                          para(m.unit or "—", st["cell"]), para(m.value_text or "—", st["cell"]),
                          para(_verdict(m, L), verdict_style[m.passed])])
        story.append(grid_table(table, [CONTENT_W - 110 * mm, 32 * mm, 18 * mm, 30 * mm, 30 * mm]))
        notes = [m for m in found if m.note]
        for m in notes:
            story.append(para(f"{m.text_in(L.lang)}{L('colon')}{m.note}", st["small"]))
    else:
        story.append(para(L("acceptance.no_measurements"), st["base"]))

    # other failed items, with notes and photos
    measured = {m.item_id for m in found}
    prepare_photos([p.path for i, a in detail.answers.items() if a.failed and i not in measured for p in a.photos],
                   cache=cache)
    story.append(para(L("acceptance.failed_items"), st["h2"]))
    failed_any = False
    for section in detail.version.sections:
        for item in section.items:
            answer = detail.answers.get(item.id)
            if answer is None or not answer.failed or item.id in measured:
                continue
            failed_any = True
            mark = " ★" if item.critical else ""
            block: list = [grid_table(
                [[para(f"{L.text(section, 'title')} · {L.text(item)}{mark}", st["cell"]),
                  para(f"{L('inspection.answer')}{L('colon')}{answer_text(item, answer, L)}", st["cell"])]]
                + ([[para(f"{L('inspection.note')}{L('colon')}{answer.note}", st["cell"]), ""]] if answer.note else []),
                [CONTENT_W - 40 * mm, 40 * mm], header=False,
                extra=[("BACKGROUND", (0, 0), (-1, 0), LIGHT)] + ([("SPAN", (0, 1), (-1, 1))] if answer.note else []))]
            grid = photo_grid([p.path for p in answer.photos], cache)
            if grid is not None:
                block.append(grid)
            block.append(Spacer(1, 3 * mm))
            story.append(KeepTogether(block))
    if not failed_any:
        story.append(para(L("acceptance.no_failed"), st["base"]))

    # the result and its conditions
    story.append(para(L("acceptance.result"), st["h2"]))
    word = L(f"acceptance.result.{result}") if result else L("acceptance.result.pending")
    story.append(para(word, st["big"]))
    if result:
        story.append(para(L(f"acceptance.result_note.{result}"), st["center"]))
    story.append(para(L("acceptance.conditions"), st["h3"]))
    if open_conditions:
        rows = [[para(L(f"actions.col.{c}"), st["cell"]) for c in ("title", "assignee", "due", "priority", "status")]]
        for a in open_conditions:
            rows.append([para(a.title, st["cell"]), para(a.assignee_name, st["cell"]),
                         para(a.due_on.isoformat(), st["cell"]), para(L.code("priority", a.priority), st["cell"]),
                         para(L.code("action_status", a.status), st["cell"])])
        story.append(grid_table(rows, [CONTENT_W - 100 * mm, 25 * mm, 27 * mm, 20 * mm, 28 * mm]))
    else:
        story.append(para(L("acceptance.no_conditions"), st["base"]))

    # the three signatures and the QR
    sig_block: list = [para(L("acceptance.signatures"), st["h2"])]
    sig_block.append(signature_row(sigs, L, st) if sigs else para(L("inspection.no_signatures"), st["base"]))
    if missing:
        roles = L("list.sep").join(L.code("role", r) for r in missing)
        sig_block.append(para(L("acceptance.missing", roles=roles), st["base"]))
    story.append(KeepTogether(sig_block))
    story.append(qr_block(report_id, content_hash, L, st))

    header = ReportHeader(company, f"{L('acceptance.title')} · {run.store_name} · {run.business_date.isoformat()}",
                          logo)
    return build_pdf(out_path, story, header=header, report_id=report_id, content_hash=content_hash, labels=L)


__all__ = ["EQUIPMENT_FIELDS", "build_acceptance", "equipment_rows"]
