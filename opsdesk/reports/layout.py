"""Shared report layout: fonts, A4 template with header and a two-pass footer, QR code, signatures, photos."""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import ImageOps
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from opsdesk import logs
from opsdesk.attachments import REPORT_MAX_PX, REPORT_QUALITY, AttachmentStore, fit_for_report
from opsdesk.errors import NotAnImageError
from opsdesk.paths import CJK_FONT
from opsdesk.vocabulary import CODE_WORDS, DEFAULT_LANGUAGE, check_language, text_of

FONT = "WenQuanYiMicroHei"
PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
MAX_PHOTO_PX = REPORT_MAX_PX  # 1600
ACCENT = colors.HexColor("#1f5f8b")
GRID = colors.HexColor("#c8ccd2")
LIGHT = colors.HexColor("#eef2f6")

_font_lock = threading.Lock()
_fonts_done = False

# Field labels of the reports, in Chinese and English. The words for codes (run types, statuses,
# priorities, roles, answers, grades) come from opsdesk.vocabulary, the same words as the UI's.
_FIELD_LABELS: dict[str, tuple[str, str]] = {
    # common
    "footer.page": ("第 {page} / {pages} 页", "Page {page} / {pages}"),
    "footer.report_id": ("报告编号", "Report ID"),
    "footer.hash": ("内容哈希", "Content hash"),
    "generated_at": ("生成时间", "Generated at"),
    "company": ("公司", "Company"),
    "store": ("门店", "Store"),
    "region": ("区域", "Region"),
    "date": ("日期", "Date"),
    "none": ("无", "None"),
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "qr.caption": ("扫码核验报告编号与内容哈希", "Scan to check the report ID and content hash"),
    # inspection
    "inspection.title": ("巡检报告", "Inspection report"),
    "inspection.template": ("模板", "Template"),
    "inspection.inspector": ("检查人", "Inspector"),
    "inspection.run_type": ("类型", "Type"),
    "inspection.status": ("状态", "Status"),
    "inspection.summary": ("检查结果", "Result"),
    "inspection.score": ("得分", "Score"),
    "inspection.percent": ("得分率", "Score %"),
    "inspection.grade": ("等级", "Grade"),
    "inspection.critical": ("一票否决项不合格", "Veto item failed"),
    "inspection.sections": ("分区得分", "Section scores"),
    "inspection.failed_items": ("不合格项", "Failed items"),
    "inspection.no_failed": ("本次检查无不合格项。", "No failed items."),
    "inspection.answer": ("结果", "Answer"),
    "inspection.note": ("备注", "Note"),
    "inspection.photos": ("照片", "Photos"),
    "inspection.actions": ("整改项", "Corrective actions"),
    "inspection.no_actions": ("本次检查未生成整改项。", "This inspection raised no corrective actions."),
    "inspection.signatures": ("签字", "Signatures"),
    "inspection.no_signatures": ("尚未签字。", "Not signed yet."),
    "signature.invalid": ("（签字后内容已被修改，签字失效）", "(the content changed after signing: signature void)"),
    "signature.no_account": ("无账号", "no account"),
    "signature.collected_by": ("由 {name} 收集", "collected by {name}"),
    # equipment acceptance certificate
    "acceptance.title": ("设备验收单", "Equipment acceptance certificate"),
    "acceptance.equipment": ("设备信息", "Equipment"),
    "acceptance.performer": ("验收人", "Accepted by"),
    "acceptance.category": ("设备类别", "Category"),
    "acceptance.name": ("设备名称", "Name"),
    "acceptance.brand_model": ("品牌型号", "Brand and model"),
    "acceptance.serial": ("序列号", "Serial number"),
    "acceptance.asset_code": ("资产编码", "Asset code"),
    "acceptance.supplier": ("供应商", "Supplier"),
    "acceptance.location": ("安装位置", "Location"),
    "acceptance.parameters": ("技术参数", "Technical parameters"),
    "acceptance.no_equipment": ("未关联设备台账。", "Not linked to the equipment register."),
    "acceptance.measurements": ("实测数据", "Measurements"),
    "acceptance.col.item": ("测量项目", "Measurement"),
    "acceptance.col.limits": ("允许范围", "Limits"),
    "acceptance.col.unit": ("单位", "Unit"),
    "acceptance.col.value": ("实测值", "Measured"),
    "acceptance.col.verdict": ("判定", "Verdict"),
    "acceptance.no_measurements": ("本模板无实测项目。", "This template has no measurements."),
    "acceptance.failed_items": ("其他不合格项", "Other failed items"),
    "acceptance.no_failed": ("其他检查项均合格。", "Every other item passed."),
    "acceptance.result": ("验收结论", "Result"),
    "acceptance.result.accepted": ("验收合格", "Accepted"),
    "acceptance.result.conditional": ("有条件验收", "Conditionally accepted"),
    "acceptance.result.rejected": ("验收不合格", "Rejected"),
    "acceptance.result.pending": ("未完成验收", "Not completed"),
    "acceptance.result_note.accepted": ("全部项目合格，设备可投入使用。", "Every item passed: the equipment may go into service."),
    "acceptance.result_note.conditional": ("设备可投入使用，以下整改条件须按期完成。",
                                           "The equipment may go into service; the conditions below must be met by their due dates."),
    "acceptance.result_note.rejected": ("一票否决项不合格，设备不得投入使用，整改后须重新验收。",
                                        "A veto item failed: the equipment must not go into service and is accepted again by a new acceptance."),
    "acceptance.conditions": ("整改条件", "Conditions"),
    "acceptance.no_conditions": ("无未完成的整改条件。", "No open conditions."),
    "acceptance.signatures": ("三方签字", "Signatures of the three parties"),
    "acceptance.missing": ("待签字：{roles}", "Still to sign: {roles}"),
    # daily
    "daily.title": ("每日开闭店检查报告", "Daily opening and closing checklists"),
    "daily.opening": ("开店检查", "Opening checklist"),
    "daily.closing": ("闭店检查", "Closing checklist"),
    "daily.not_started": ("未开始", "Not started"),
    "daily.item": ("检查项", "Item"),
    "daily.performer": ("执行人", "Done by"),
    "daily.completed_at": ("完成时间", "Completed at"),
    # action register
    "actions.title": ("整改台账", "Corrective-action register"),
    "actions.count": ("共 {count} 项", "{count} action(s)"),
    "actions.col.title": ("整改事项", "Action"),
    "actions.col.store": ("门店", "Store"),
    "actions.col.assignee": ("责任人", "Assignee"),
    "actions.col.due": ("整改期限", "Due date"),
    "actions.col.priority": ("优先级", "Priority"),
    "actions.col.status": ("状态", "Status"),
    "actions.col.source": ("来源巡检", "Source inspection"),
    "actions.empty": ("没有符合条件的整改项。", "No corrective actions match."),
    # visit log
    "visit.title": ("巡店记录", "Visit log"),
    "visit.supervisor": ("督导", "Supervisor"),
    "visit.planned_on": ("计划日期", "Planned date"),
    "visit.check_in": ("到店时间", "Checked in"),
    "visit.check_out": ("离店时间", "Checked out"),
    "visit.hours": ("停留时长（小时）", "Hours on site"),
    "visit.purpose": ("巡店目的", "Purpose"),
    "visit.status": ("状态", "Status"),
    "visit.observations": ("现场观察", "Observations"),
    "visit.training_topic": ("培训主题", "Training topic"),
    "visit.training_attendees": ("培训人员", "Trained staff"),
    "visit.people_met": ("沟通对象", "People met"),
    "visit.next_steps": ("后续跟进", "Next steps"),
    "visit.next_visit_on": ("下次巡店", "Next visit"),
    "visit.incident": ("突发事件", "Incident"),
    "visit.runs": ("本次巡店的检查", "Inspections during this visit"),
    # week plan
    "week.title": ("督导周巡店计划", "Supervisor's weekly visit plan"),
    "week.supervisor": ("督导", "Supervisor"),
    "week.week_of": ("周起始日", "Week of"),
    "week.day": ("日期", "Day"),
    "week.visits": ("巡店安排", "Visits"),
    "week.no_visits": ("—", "—"),
    "week.unplanned": ("本周未安排巡店的门店", "Stores without a visit this week"),
    "week.all_planned": ("本周所有门店均已安排。", "Every store has a visit this week."),
    "weekday.0": ("周一", "Mon"), "weekday.1": ("周二", "Tue"), "weekday.2": ("周三", "Wed"),
    "weekday.3": ("周四", "Thu"), "weekday.4": ("周五", "Fri"), "weekday.5": ("周六", "Sat"),
    "weekday.6": ("周日", "Sun"),
    # punctuation that differs between the languages
    "list.sep": ("、", ", "),
    "paren": ("（{text}）", " ({text})"),
    "and_also": ("{first}，{second}", "{first}, {second}"),
    "colon": ("：", ": "),
}


def _labels_in(index: int) -> dict[str, str]:
    out = {key: pair[index] for key, pair in _FIELD_LABELS.items()}
    for prefix, words in CODE_WORDS.items():
        out.update({f"{prefix}.{code}": pair[index] for code, pair in words.items()})
    return out


DEFAULT_LABELS: dict[str, str] = _labels_in(0)  # Simplified Chinese, the product's first language
EN_LABELS: dict[str, str] = _labels_in(1)
LABELS_BY_LANGUAGE: dict[str, dict[str, str]] = {"zh_CN": DEFAULT_LABELS, "en": EN_LABELS}


@dataclass(frozen=True)
class ReportInfo:
    report_id: str
    content_hash: str
    pages: int
    path: Path


class Labels:
    """The words of ``lang`` overlaid with the caller's; unknown codes fall back to the code itself."""

    def __init__(self, given: Mapping[str, str] | None = None, lang: str = DEFAULT_LANGUAGE) -> None:
        self.lang = check_language(lang)
        self._map = {**LABELS_BY_LANGUAGE[lang], **(given or {})}

    def __call__(self, key: str, **fmt: Any) -> str:
        text = self._map.get(key)
        if text is None:
            text = key.split(".", 1)[-1]
        return text.format(**fmt) if fmt else text

    def code(self, prefix: str, value: str | None) -> str:
        if not value:
            return ""
        return self._map.get(f"{prefix}.{value}", value)

    def grade(self, code: str | None) -> str:
        """A grade as a word: the band's letter, 不合格 / Fail, or "—" without one."""
        return self.code("grade", code) if code else "—"

    def text(self, obj: Any, field: str = "text") -> str:
        """Template content (``text``/``text_en``, ``title``/``title_en``...) in the report's language."""
        return text_of(obj, field, self.lang)

    def paren(self, text: str) -> str:
        return self("paren", text=text)

    @property
    def english(self) -> bool:
        return self.lang == "en"


# Chinese line breaking (kinsoku): ReportLab's CJK wrap (ParagraphStyle.wordWrap="CJK",
# paragraph.cjkFragSplit) keeps a character of ALL_CANNOT_START on the line it would start, hanging
# in the margin, but its list (made for Japanese) lacks the full-width Chinese closing punctuation
# "，；：！？" and closing quotes and brackets. They are added to the list that cjkFragSplit reads.
NO_LINE_START = "，。、；：！？）》〉」』】〕］｝”’…・％‰°·．,.;:!?)]}"


def _teach_kinsoku() -> None:
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (paragraph, textsplit):
        current = module.ALL_CANNOT_START
        missing = "".join(ch for ch in NO_LINE_START if ch not in current)
        if missing:
            module.ALL_CANNOT_START = current + missing


def register_fonts() -> str:
    global _fonts_done
    with _font_lock:
        if not _fonts_done:
            _teach_kinsoku()
            pdfmetrics.registerFont(TTFont(FONT, str(CJK_FONT), subfontIndex=0))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
            _fonts_done = True
    return FONT


# ---------------------------------------------------------------- styles and small helpers


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=9.5, leading=13.5, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11, textColor=colors.HexColor("#444444")),
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=22, spaceAfter=4, textColor=ACCENT),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=16, spaceBefore=10, spaceAfter=5,
                             textColor=ACCENT),
        "h3": ParagraphStyle("h3", parent=base, fontSize=10, leading=14, spaceBefore=6, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5),
        "big": ParagraphStyle("big", parent=base, fontSize=20, leading=24, alignment=1, textColor=ACCENT),
        "center": ParagraphStyle("center", parent=base, fontSize=8.5, leading=11.5, alignment=1),
    }


def para(text: Any, style: ParagraphStyle) -> Paragraph:
    s = "" if text is None else str(text)
    return Paragraph(escape(s).replace("\n", "<br/>"), style)


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def fmt_time(value: datetime | None) -> str:
    """A stored time (UTC) as the computer's local time, to the minute."""
    if not value:
        return ""
    moment = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def fmt_num(value: Decimal | None) -> str:
    if value is None:
        return "—"
    text = format(value.normalize(), "f") if isinstance(value, Decimal) else str(value)
    return text


def data_hash(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def grid_table(rows: list[list[Any]], widths: Sequence[float], *, header: bool = True,
               extra: Sequence[tuple] = ()) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    table.setStyle(TableStyle(style + list(extra)))
    return table


def field_table(pairs: Sequence[tuple[str, Any]], st: dict[str, ParagraphStyle], columns: int = 2) -> Table:
    """Label/value pairs laid out in ``columns`` pairs per row."""
    rows: list[list[Any]] = []
    for i in range(0, len(pairs), columns):
        row: list[Any] = []
        for label, value in pairs[i:i + columns]:
            row += [para(label, st["small"]), para(value, st["cell"])]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    label_w = 24 * mm
    value_w = CONTENT_W / columns - label_w
    widths = [label_w, value_w] * columns
    extra = [("BACKGROUND", (c, 0), (c, -1), LIGHT) for c in range(0, 2 * columns, 2)]
    return grid_table(rows, widths, header=False, extra=extra)


# ---------------------------------------------------------------- flowables


class QrFlowable(Flowable):
    """A QR code (QrCodeWidget's modules painted directly, so no stray font enters the PDF)."""

    def __init__(self, value: str, size: float = 28 * mm) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        widget = QrCodeWidget(self.value, barLevel="M")
        drawing = widget.draw()  # once: each draw() encodes the QR again (getBounds() would draw it twice)
        x0, y0, x1, y1 = drawing.getBounds()
        sx, sy = self.width / (x1 - x0), self.height / (y1 - y0)
        c = self.canv
        c.saveState()
        c.setFillColor(colors.black)

        def paint(node) -> None:  # noqa: ANN001
            for shape in getattr(node, "contents", ()):
                if isinstance(shape, Rect):
                    if shape.fillColor is not None and shape.fillColor != colors.white:
                        c.rect((shape.x - x0) * sx, (shape.y - y0) * sy, shape.width * sx, shape.height * sy,
                               stroke=0, fill=1)
                else:
                    paint(shape)

        paint(drawing)
        c.restoreState()


def qr_code(value: str, size: float = 28 * mm) -> QrFlowable:
    return QrFlowable(value, size)


def qr_value(report_id: str, content_hash: str) -> str:
    return f"opsdesk:report/{report_id}/{content_hash}"


class SignatureFlowable(Flowable):
    """The drawn strokes as vector paths in a box, with name, role and time below."""

    PAD_W, PAD_H = 1000.0, 400.0

    def __init__(self, strokes: Sequence[Sequence[Sequence[float]]], name: str, role: str, signed_at: str,
                 width: float = 60 * mm, box_h: float = 24 * mm, note: str = "", caption: str = "") -> None:
        """``caption``: the name line as printed (default "name（role）")."""
        super().__init__()
        self.strokes = strokes
        self.name, self.role, self.signed_at, self.note = name, role, signed_at, note
        self.caption = caption or f"{name}（{role}）"
        self.width = width
        self.box_h = box_h
        self.text_h = 30 if not note else 40
        self.height = box_h + self.text_h

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.rect(0, self.text_h, self.width, self.box_h, stroke=1, fill=0)
        pad = 3
        scale = min((self.width - 2 * pad) / self.PAD_W, (self.box_h - 2 * pad) / self.PAD_H)
        ox = (self.width - self.PAD_W * scale) / 2
        oy = self.text_h + (self.box_h - self.PAD_H * scale) / 2
        c.setStrokeColor(colors.HexColor("#14213d"))
        c.setLineWidth(1.1)
        c.setLineCap(1)
        c.setLineJoin(1)
        for stroke in self.strokes:
            if not stroke:
                continue
            path = c.beginPath()
            pts = [(ox + p[0] * scale, oy + (self.PAD_H - p[1]) * scale) for p in stroke]
            path.moveTo(*pts[0])
            if len(pts) == 1:
                path.lineTo(pts[0][0] + 0.3, pts[0][1])
            for x, y in pts[1:]:
                path.lineTo(x, y)
            c.drawPath(path, stroke=1, fill=0)
        c.setFillColor(colors.black)
        c.setFont(FONT, 9)
        c.drawString(0, self.text_h - 11, self.caption)
        c.setFont(FONT, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(0, self.text_h - 22, self.signed_at)
        if self.note:
            c.setFillColor(colors.HexColor("#b00020"))
            c.drawString(0, self.text_h - 32, self.note)
        c.restoreState()


class BarFlowable(Flowable):
    """One horizontal bar: share ``fraction`` of the width filled."""

    def __init__(self, fraction: float | None, width: float, height: float = 8) -> None:
        super().__init__()
        self.fraction = fraction
        self.width, self.height = width, height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(LIGHT)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        if self.fraction is not None:
            f = min(max(self.fraction, 0.0), 1.0)
            color = "#2e7d32" if f >= 0.85 else "#f9a825" if f >= 0.7 else "#c62828"
            c.setFillColor(colors.HexColor(color))
            if f > 0:
                c.rect(0, 0, self.width * f, self.height, stroke=0, fill=1)
        c.restoreState()


def _photo_bytes(path: Path, max_px: int) -> tuple[bytes, int, int] | None:
    """Decode ``path`` and re-encode it as a JPEG of at most ``max_px`` (files outside the photo store: the logo)."""
    try:
        with PILImage.open(path) as im:
            im.draft("RGB", (max_px, max_px))  # JPEG: decode at a reduced scale, much faster
            im = fit_for_report(ImageOps.exif_transpose(im), max_px)
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=REPORT_QUALITY, optimize=True)
            return buf.getvalue(), im.width, im.height
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None


def _report_photo(path: Path, px: int) -> tuple[bytes, int, int] | None:
    """A photo's report copy: the store's cached derivative (made and kept if missing, remade if damaged)."""
    located = AttachmentStore.locate(path)
    if located is None:
        return _photo_bytes(path, px)
    store, sha = located
    try:
        return store.report_photo(sha, px)
    except (OSError, ValueError, NotAnImageError, PILImage.DecompressionBombError):
        return None


def photo_px(box_w: float, box_h: float, max_px: int = MAX_PHOTO_PX) -> int:
    """Pixels on the long side a photo drawn into ``box_w`` x ``box_h`` points needs (220 dpi, <= 1600)."""
    need = int(max(box_w, box_h) / 72 * 220)
    return max(64, min(max_px, MAX_PHOTO_PX, need))


def grid_box(columns: int) -> tuple[float, float, float]:
    """(cell width, box width, box height) of a photo cell in a ``columns``-wide grid (4:3 boxes)."""
    cell_w = CONTENT_W / columns
    return cell_w, cell_w - 6, (cell_w - 6) * 0.75


def photo_flowable(path: Path, box_w: float, box_h: float, cache: dict | None = None,
                   max_px: int = MAX_PHOTO_PX) -> Flowable | None:
    """A photo re-encoded as JPEG (at most ``max_px`` on its long side) fitted into ``box_w`` x ``box_h``.

    The pixel size is also limited to what the drawn size needs at 220 dpi, so a report with many
    large photos stays small; never more than 1600 px.
    """
    px = photo_px(box_w, box_h, max_px)
    key = (str(path), px)
    got = cache.get(key) if cache is not None else None
    if got is None and cache is not None and cache.get(_JOBS):
        located = AttachmentStore.locate(path)
        job = cache[_JOBS].get((located[1], px)) if located is not None else None
        if job is not None and not job.done():
            size = _upright_size(Path(path))
            if size is not None:  # laid out now from the photo's shape, drawn once its copy is made
                scale = min(box_w / size[0], box_h / size[1])
                return _PendingPhoto(job, Path(path), px, size[0] * scale, size[1] * scale)
            job.result()
    if got is None:
        got = _report_photo(Path(path), px)
        if cache is not None:
            cache[key] = got
    if got is None:
        return None
    data, w, h = got
    scale = min(box_w / w, box_h / h)
    return PhotoFlowable(data, w, h, w * scale, h * scale)


class JpegBytes(ImageReader):
    """A JPEG we made (a report copy, or a photo re-encoded by ``_photo_bytes``), given to reportlab
    to embed as it is, as its own DCTDecode stream, without decoding it.

    reportlab's ``Canvas.drawImage`` names an image by a digest of ``getRGBData()`` and then embeds a
    JPEG through ``jpeg_fh()``: for a plain ImageReader that decodes every photo once more and
    digests its pixels, only to name it. Here ``getRGBData()`` gives the JPEG's own bytes, which
    identify the image as well (the same photo twice still becomes one XObject); nothing else reads
    it, since ``jpeg_fh()`` always answers.
    """

    def __init__(self, data: bytes, width: int, height: int) -> None:
        # ImageReader.__init__ would open the bytes with Pillow; set the fields reportlab reads instead.
        self._ident = None
        self.fileName = f"jpeg-{len(data)}"
        self.fp = io.BytesIO(data)
        self._image = None
        self._data = data
        self._dataA = None
        self._transparent = None
        self._width, self._height = int(width), int(height)
        self.mode = "RGB"

    def jpeg_fh(self) -> io.BytesIO:
        self.fp.seek(0)
        return self.fp

    def getRGBData(self) -> bytes:
        return self._data

    def getSize(self) -> tuple[int, int]:
        return self._width, self._height


class PhotoFlowable(Flowable):
    """JPEG bytes of ``px_w`` x ``px_h`` pixels drawn at ``width`` x ``height`` points, centred."""

    def __init__(self, data: bytes, px_w: int, px_h: int, width: float, height: float) -> None:
        super().__init__()
        self.image = JpegBytes(data, px_w, px_h)
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.image, 0, 0, width=self.width, height=self.height)


def _upright_size(path: Path) -> tuple[int, int] | None:
    """A photo's width and height as shown (its EXIF orientation applied), from its header only."""
    try:
        with PILImage.open(path) as im:
            w, h = im.size
            turned = im.getexif().get(0x0112) in (5, 6, 7, 8)  # the orientations that swap the sides
    except (OSError, ValueError, PILImage.DecompressionBombError):
        return None
    return (h, w) if turned else (w, h)


class _PendingPhoto(Flowable):
    """A photo whose report copy is being made in the background (``prepare_photos`` with a cache): its box is
    laid out from the photo's shape, and it is drawn, from the copy, when its page is; a copy that cannot be made
    leaves the box empty."""

    def __init__(self, job: Any, path: Path, px: int, width: float, height: float) -> None:  # noqa: ANN401
        super().__init__()
        self.job, self.path, self.px = job, path, px
        self.width, self.height = width, height
        self.hAlign = "CENTER"

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.job.result()
        got = _report_photo(self.path, self.px)
        if got is not None:
            self.canv.drawImage(JpegBytes(*got), 0, 0, width=self.width, height=self.height)


# ---------------------------------------------------------------- document


def _numbered_canvas(footer: Callable[[rl_canvas.Canvas, int, int], None], counter: list[int]):
    class NumberedCanvas(rl_canvas.Canvas):
        """Keeps each page until save() so the footer can say "page x / y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if not kwargs.get("initialFontName"):
                kwargs["initialFontName"] = FONT  # no stray non-embedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            counter.append(total)
            for state in self._pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass
class ReportHeader:
    company: str
    title: str
    logo: Path | None = None


def company_of(ctx) -> tuple[str, Path | None]:  # noqa: ANN001
    from opsdesk.services import workspace

    name = ctx.db.get_meta("company_name") or workspace.workspace_name(ctx)
    logo = ctx.db.get_meta("company_logo")
    logo_path = Path(logo) if logo and Path(logo).is_file() else None
    return name, logo_path


_streams_lock = threading.RLock()


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write binary PDF streams (no ASCII85) while our document is built.

    reportlab has no per-document switch: ``rl_config.useA85`` is read globally while images are
    drawn, pages are written and fonts are embedded, so it is set for the whole build and restored
    after. The lock keeps two of our builds from interleaving their save/restore (reportlab jobs run
    one at a time anyway, DESIGN.md section 2).
    """
    from reportlab import rl_config

    with _streams_lock:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


@logs.job("report", lambda a, k: f"{k.get('report_id')} -> {a[0] if a else k.get('out_path')}")
def build_pdf(out_path: str | Path, story: list, *, header: ReportHeader, report_id: str, content_hash: str,
              labels: Labels) -> ReportInfo:
    """Lay out ``story`` on A4 with header and footer; write atomically; return the report's info."""
    register_fonts()
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    logo_img = None
    if header.logo is not None:
        got = _photo_bytes(header.logo, 400)
        if got is not None:
            logo_img = got

    def on_page(c: rl_canvas.Canvas, doc: Any) -> None:
        c.saveState()
        y = PAGE_H - MARGIN + 4 * mm
        x = MARGIN
        if logo_img is not None:
            from reportlab.lib.utils import ImageReader

            data, w, h = logo_img
            lh = 9 * mm
            lw = w * lh / h
            c.drawImage(ImageReader(io.BytesIO(data)), x, y - 2, width=lw, height=lh, mask="auto")
            x += lw + 3 * mm
        c.setFont(FONT, 10)
        c.setFillColor(ACCENT)
        c.drawString(x, y + 1, header.company)
        c.setFont(FONT, 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(PAGE_W - MARGIN, y + 1, header.title)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.8)
        c.line(MARGIN, y - 3, PAGE_W - MARGIN, y - 3)
        c.restoreState()

    def footer(c: rl_canvas.Canvas, page: int, pages: int) -> None:
        c.saveState()
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        c.line(MARGIN, MARGIN - 4 * mm, PAGE_W - MARGIN, MARGIN - 4 * mm)
        c.setFont(FONT, 6.5)
        c.setFillColor(colors.HexColor("#555555"))
        text = (f"{labels('footer.page', page=page, pages=pages)} · {labels('footer.report_id')} {report_id}"
                f" · {labels('footer.hash')} {content_hash}")
        c.drawCentredString(PAGE_W / 2, MARGIN - 8 * mm, text)
        c.restoreState()

    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    counter: list[int] = []
    try:
        doc = SimpleDocTemplate(
            str(tmp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN + 2 * mm, title=header.title, author=header.company,
            subject=f"{report_id} {content_hash}", creator="OpsDesk",
        )
        with binary_streams():
            doc.build(story, onFirstPage=on_page, onLaterPages=on_page,
                      canvasmaker=_numbered_canvas(footer, counter))
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ReportInfo(report_id, content_hash, counter[-1] if counter else 0, out)


_JOBS = "report copies on their way"  # a report's cache: (sha256, px) -> Future of the copy being made


def prepare_photos(paths: Sequence[Path], columns: int = 4, cache: dict | None = None) -> None:
    """Make the missing report copies of stored photos for a ``columns``-wide grid, a few at a time.

    Usually they exist (``AttachmentStore.put`` makes them); photos that arrived by sync, or whose
    copies were removed, are decoded here in threads (Pillow releases the GIL while decoding), one
    per core (``decode_workers``), so a first report of many such photos uses every core. Each copy
    is written under its own name, so the PDF does not depend on which thread finished first.
    Failures are left to ``photo_flowable``.

    Without ``cache`` this returns when the copies are made. With the report's ``cache`` it returns at once:
    the report is built and laid out while the copies are made, and a photo whose copy is still on its way is
    drawn when its page is (``photo_flowable``), so decoding overlaps the rest of the work.
    """
    px = photo_px(*grid_box(columns)[1:])
    missing: dict[str, AttachmentStore] = {}
    for path in paths:
        located = AttachmentStore.locate(path)
        if located is not None:
            store, sha = located
            if not store.report_path_for(sha, px).is_file() and store.path_for(sha).is_file():
                missing.setdefault(sha, store)
    if len(missing) < (1 if cache is not None else 2):
        return
    from concurrent.futures import ThreadPoolExecutor

    def make(sha: str, store: AttachmentStore) -> None:
        try:
            store.report_copy(sha, px)
        except (OSError, ValueError, NotAnImageError, PILImage.DecompressionBombError):
            pass  # photo_flowable tries again and leaves the photo out

    pool = ThreadPoolExecutor(max_workers=min(decode_workers(), len(missing)), thread_name_prefix="report-copy")
    futures = {(sha, px): pool.submit(make, sha, store) for sha, store in missing.items()}
    pool.shutdown(wait=cache is None)  # the queued copies are made either way; no further job is taken
    if cache is not None:
        cache.setdefault(_JOBS, {}).update(futures)


def decode_workers() -> int:
    """Threads ``prepare_photos`` decodes in: the cores this process may run on (at most 8)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(8, cores))


def photo_grid(paths: Sequence[Path], cache: dict, columns: int = 4) -> Table | None:
    cell_w, box_w, box_h = grid_box(columns)
    cells = [f for p in paths if (f := photo_flowable(p, box_w, box_h, cache)) is not None]
    if not cells:
        return None
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[cell_w] * columns)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


__all__ = ["DEFAULT_LABELS", "EN_LABELS", "ReportInfo", "Labels", "build_pdf", "register_fonts", "qr_code", "qr_value",
           "SignatureFlowable", "BarFlowable", "photo_flowable", "photo_grid", "prepare_photos", "data_hash", "company_of", "binary_streams"]
