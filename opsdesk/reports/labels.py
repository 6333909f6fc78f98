"""Asset label sheets: a QR code of the asset code, the code in large text, the name and the store.

A :class:`LabelLayout` describes the sheet in millimetres: the page (A4 or a label printer's label),
columns x rows, the page margins and the gaps between labels. The label size may be given (a bought
sheet of pre-cut labels) or left out (``None``): the labels then share the space between the margins
and gaps. A layout checks itself when it is made; a bad one raises :class:`ValidationError` naming the
field. :func:`build_labels` writes the PDF (reportlab, the embedded CJK font) and needs no database:
it takes plain :class:`LabelData`, so any list of equipment (or anything with a code) can be labelled.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

from opsdesk import logs
from opsdesk.errors import FieldProblem, ValidationError
from opsdesk.ids import new_id
from opsdesk.reports.layout import FONT, QrFlowable, ReportInfo, binary_streams, data_hash, register_fonts
from opsdesk.vocabulary import check_language

A4_MM = (210.0, 297.0)
MIN_LABEL_MM = 10.0  # smaller labels cannot hold a readable QR code and text
MAX_GRID = 60  # columns or rows; more is a typing mistake
EPSILON_MM = 0.01  # printers' published sizes are rounded to 0.05 mm
MIN_FONT_PT = 4.0
CODE_MIN_FONT_PT = 3.0
MAX_BASE_FONT_PT = 11.0
LEADING = 1.25
ELLIPSIS = "…"

# (line, size relative to the name's): the code stands out, the store and the extra line are smaller.
_WEIGHTS = {"code": 1.5, "name": 1.0, "store": 0.85, "extra": 0.8}
_TITLES = {"zh_CN": "资产标签", "en": "Asset labels"}


@dataclass(frozen=True)
class LabelData:
    """What one label shows: ``code`` (also in the QR code), ``name``, ``store`` and an optional line."""

    code: str
    name: str
    store: str
    extra: str = ""


_FLOAT_FIELDS = ("page_width", "page_height", "margin_top", "margin_left", "margin_right", "margin_bottom",
                 "gap_x", "gap_y")


@dataclass(frozen=True)
class LabelLayout:
    """A sheet of labels, every length in millimetres (floats; ``Decimal`` is accepted).

    ``label_width``/``label_height`` ``None``: the labels fill the space between the margins.
    ``margin_right``/``margin_bottom`` are the space the labels must leave free on those sides.
    """

    columns: int = 3
    rows: int = 8
    label_width: float | None = 70.0
    label_height: float | None = 37.0
    page_width: float = A4_MM[0]
    page_height: float = A4_MM[1]
    margin_top: float = 0.5
    margin_left: float = 0.0
    margin_right: float = 0.0
    margin_bottom: float = 0.5
    gap_x: float = 0.0
    gap_y: float = 0.0

    def __post_init__(self) -> None:
        problems: list[FieldProblem] = []
        for name in _FLOAT_FIELDS + ("label_width", "label_height"):
            value = getattr(self, name)
            if value is None and name in ("label_width", "label_height"):
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)) or not math.isfinite(value):
                problems.append(FieldProblem(name, "invalid"))
                continue
            object.__setattr__(self, name, float(value))
        for name in ("columns", "rows"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                problems.append(FieldProblem(name, "invalid"))
            elif not 1 <= value <= MAX_GRID:
                problems.append(FieldProblem(name, "out_of_range", {"min": 1, "max": MAX_GRID}))
        if problems:
            raise ValidationError(problems)
        for name in ("page_width", "page_height"):
            if getattr(self, name) < MIN_LABEL_MM:
                problems.append(FieldProblem(name, "out_of_range", {"min": MIN_LABEL_MM}))
        for name in ("margin_top", "margin_left", "margin_right", "margin_bottom", "gap_x", "gap_y"):
            if getattr(self, name) < 0:
                problems.append(FieldProblem(name, "out_of_range", {"min": 0}))
        for name in ("label_width", "label_height"):
            value = getattr(self, name)
            if value is not None and value < MIN_LABEL_MM:
                problems.append(FieldProblem(name, "out_of_range", {"min": MIN_LABEL_MM}))
        if problems:
            raise ValidationError(problems)
        # Does the grid fit the page? (Named by the label size: what the person most likely changes.)
        for name, page, near, far, count, gap, given in (
                ("label_width", self.page_width, self.margin_left, self.margin_right, self.columns, self.gap_x,
                 self.label_width),
                ("label_height", self.page_height, self.margin_top, self.margin_bottom, self.rows, self.gap_y,
                 self.label_height)):
            available = page - near - far - (count - 1) * gap
            size = available / count if given is None else given
            if given is not None and count * given > available + EPSILON_MM:
                problems.append(FieldProblem(name, "does_not_fit", {
                    "needed": round(near + far + count * given + (count - 1) * gap, 2), "available": page}))
            elif size < MIN_LABEL_MM:
                problems.append(FieldProblem(name, "does_not_fit", {
                    "size": round(size, 2), "min": MIN_LABEL_MM}))
        if problems:
            raise ValidationError(problems)

    # -- derived sizes (millimetres)
    @property
    def cell_width(self) -> float:
        if self.label_width is not None:
            return self.label_width
        return (self.page_width - self.margin_left - self.margin_right - (self.columns - 1) * self.gap_x) / self.columns

    @property
    def cell_height(self) -> float:
        if self.label_height is not None:
            return self.label_height
        return (self.page_height - self.margin_top - self.margin_bottom - (self.rows - 1) * self.gap_y) / self.rows

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, position: int) -> tuple[float, float, float, float]:
        """The label at ``position`` (0-based, row by row from the top left) as (x, y, width, height)
        in millimetres from the page's top-left corner."""
        if not 0 <= position < self.per_page:
            raise IndexError(position)
        row, col = divmod(position, self.columns)
        w, h = self.cell_width, self.cell_height
        return (self.margin_left + col * (w + self.gap_x), self.margin_top + row * (h + self.gap_y), w, h)

    def cells(self) -> list[tuple[float, float, float, float]]:
        return [self.cell(i) for i in range(self.per_page)]

    def pages_for(self, count: int, start_at: int = 1) -> int:
        """Pages that ``count`` labels take, the first sheet starting at position ``start_at`` (1-based)."""
        return 0 if count <= 0 else math.ceil((count + start_at - 1) / self.per_page)

    def with_changes(self, **changes: object) -> LabelLayout:
        """A copy with some fields changed (validated like a new layout)."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> LabelLayout:
        """A layout from ``to_dict``'s output (unknown keys are ignored); validated."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def single_label(width: float, height: float) -> LabelLayout:
    """A label printer's page: one label of ``width`` x ``height`` mm per page, no margins."""
    return LabelLayout(columns=1, rows=1, label_width=None, label_height=None, page_width=width, page_height=height,
                       margin_top=0, margin_left=0, margin_right=0, margin_bottom=0)


def _a4(columns: int, rows: int, width: float, height: float, gap_x: float = 0.0, gap_y: float = 0.0) -> LabelLayout:
    """A centred A4 sheet of ``columns`` x ``rows`` pre-cut labels."""
    side = (A4_MM[0] - columns * width - (columns - 1) * gap_x) / 2
    top = (A4_MM[1] - rows * height - (rows - 1) * gap_y) / 2
    side, top = round(side, 3), round(top, 3)
    return LabelLayout(columns=columns, rows=rows, label_width=width, label_height=height, margin_top=top,
                       margin_bottom=top, margin_left=side, margin_right=side, gap_x=gap_x, gap_y=gap_y)


# Common A4 label sheets (named by their label size) and label-printer sizes. The sheets' published
# sizes: labels and gaps as sold, margins centring the grid on the sheet.
PRESETS: dict[str, LabelLayout] = {
    "a4-70x37": _a4(3, 8, 70.0, 37.0),  # 24 per sheet
    "a4-70x36": _a4(3, 8, 70.0, 36.0),  # 24 per sheet
    "a4-63.5x38.1": _a4(3, 7, 63.5, 38.1, gap_x=2.5),  # 21 per sheet
    "a4-63.5x33.9": _a4(3, 8, 63.5, 33.9, gap_x=2.5),  # 24 per sheet
    "a4-99.1x38.1": _a4(2, 7, 99.1, 38.1, gap_x=2.5),  # 14 per sheet
    "a4-99.1x57": _a4(2, 5, 99.1, 57.0, gap_x=2.5),  # 10 per sheet
    "a4-105x37": _a4(2, 8, 105.0, 37.0),  # 16 per sheet
    "a4-48.5x25.4": _a4(4, 10, 48.5, 25.4),  # 40 per sheet
    "a4-38.1x21.2": _a4(5, 13, 38.1, 21.2, gap_x=2.5),  # 65 per sheet
    "printer-40x30": single_label(40.0, 30.0),
    "printer-50x30": single_label(50.0, 30.0),
    "printer-60x40": single_label(60.0, 40.0),
    "printer-70x50": single_label(70.0, 50.0),
}
DEFAULT_PRESET = "a4-70x37"


def preset(name: str) -> LabelLayout:
    try:
        return PRESETS[name]
    except KeyError:
        raise ValidationError([FieldProblem("preset", "invalid_choice", {"value": name, "choices": list(PRESETS)})]) \
            from None


def preset_of(layout: LabelLayout) -> str | None:
    """The name of the preset equal to ``layout``, or None (a custom layout)."""
    return next((name for name, known in PRESETS.items() if known == layout), None)


# ---------------------------------------------------------------- drawing


def fit_text(text: str, max_width: float, size: float, min_size: float = MIN_FONT_PT) -> tuple[str, float]:
    """``text`` at ``size`` points, shrunk to ``max_width`` points; below ``min_size`` it is cut with "…"."""
    if not text or max_width <= 0:
        return "", size
    width = stringWidth(text, FONT, size)
    if width <= max_width:
        return text, size
    shrunk = size * max_width / width * 0.999
    if shrunk >= min_size:
        return text, shrunk
    lo, hi = 0, len(text)  # the longest prefix that fits with the ellipsis
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + ELLIPSIS, FONT, min_size) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    return (text[:lo] + ELLIPSIS) if lo else "", min_size


def text_lines(label: LabelData, box_w: float, box_h: float) -> list[tuple[str, str, float]]:
    """The label's lines fitted into a box (points): (kind, text, font size); lines that do not fit
    the height are left out from the last (the extra line, then the store, then the name)."""
    wanted = [(kind, value) for kind, value in (("code", label.code), ("name", label.name),
                                                ("store", label.store), ("extra", label.extra)) if value]
    while wanted:
        units = sum(_WEIGHTS[kind] for kind, _ in wanted) * LEADING
        base = min(MAX_BASE_FONT_PT, box_h / units)
        if base * min(_WEIGHTS[kind] for kind, _ in wanted) >= MIN_FONT_PT or len(wanted) == 1:
            break
        wanted.pop()
    out = []
    for kind, value in wanted:
        size = base * _WEIGHTS[kind]
        minimum = CODE_MIN_FONT_PT if kind == "code" else MIN_FONT_PT
        text, fitted = fit_text(value, box_w, size, min(minimum, size))
        out.append((kind, text, fitted))
    return out


def _draw_label(c: rl_canvas.Canvas, label: LabelData, x: float, y: float, w: float, h: float,
                outline: bool) -> None:
    """One label into the cell whose bottom-left corner is (x, y), in points."""
    if outline:
        c.setStrokeColor(colors.HexColor("#b0b4ba"))
        c.setLineWidth(0.3)
        c.rect(x, y, w, h, stroke=1, fill=0)
    pad = min(max(min(w, h) * 0.07, 1 * mm), 3 * mm)
    if w >= h:  # landscape: QR on the left, text on the right
        q = min(h - 2 * pad, (w - 2 * pad) * 0.5)
        QrFlowable(label.code, q).drawOn(c, x + pad, y + (h - q) / 2)
        tx, ty, tw, th = x + 2 * pad + q, y + pad, w - 3 * pad - q, h - 2 * pad
    else:  # portrait: QR on top, text below
        q = min(w - 2 * pad, (h - 2 * pad) * 0.55)
        QrFlowable(label.code, q).drawOn(c, x + (w - q) / 2, y + h - pad - q)
        tx, ty, tw, th = x + pad, y + pad, w - 2 * pad, h - 3 * pad - q
    lines = text_lines(label, tw, th)
    used = sum(size * LEADING for _kind, _text, size in lines)
    top = ty + th - max(0.0, (th - used) / 2)  # the block centred vertically
    for kind, text, size in lines:
        c.setFont(FONT, size)
        c.setFillColor(colors.black if kind in ("code", "name") else colors.HexColor("#333333"))
        c.drawString(tx, top - size * 0.95, text)
        top -= size * LEADING


def _check_labels(labels: Sequence[LabelData], layout: LabelLayout, start_at: int) -> None:
    problems: list[FieldProblem] = []
    if not labels:
        problems.append(FieldProblem("labels", "required"))
    for index, label in enumerate(labels):
        if not isinstance(label, LabelData) or not str(label.code).strip():
            problems.append(FieldProblem(f"labels[{index}].code", "required"))
    if isinstance(start_at, bool) or not isinstance(start_at, int) or not 1 <= start_at <= layout.per_page:
        problems.append(FieldProblem("start_at", "out_of_range", {"min": 1, "max": layout.per_page}))
    if problems:
        raise ValidationError(problems)


@logs.job("labels", lambda a, k: f"{len(a[0]) if a else len(k.get('labels', ()))} label(s) -> "
                                 f"{a[2] if len(a) > 2 else k.get('out_path')}")
def build_labels(labels: Sequence[LabelData], layout: LabelLayout, out_path: str | Path, *, start_at: int = 1,
                 lang: str = "zh_CN", outline: bool = False,
                 progress: Callable[[int, int], None] | None = None) -> ReportInfo:
    """Write the label sheet PDF to ``out_path`` (atomically: nothing is written when it fails).

    ``start_at`` (1-based): the first label goes to that position of the first sheet, so a partly used
    sheet can be fed again. ``outline``: thin cut lines around each label (for plain paper).
    ``progress(done, total)`` is called as labels are drawn; raising from it (``Cancelled``) stops the
    job and leaves no file.
    """
    check_language(lang)
    labels = list(labels)
    _check_labels(labels, layout, start_at)
    register_fonts()
    out = Path(out_path)
    content_hash = data_hash({"layout": layout.to_dict(), "start_at": start_at, "outline": outline,
                              "labels": [asdict(label) for label in labels]})
    report_id = new_id()
    page_w, page_h = layout.page_width * mm, layout.page_height * mm
    total = len(labels)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    pages = 0
    try:
        with binary_streams():
            c = rl_canvas.Canvas(str(tmp), pagesize=(page_w, page_h), initialFontName=FONT, pageCompression=1)
            c.setTitle(_TITLES[lang])
            c.setAuthor("OpsDesk")
            c.setCreator("OpsDesk")
            c.setSubject(f"{report_id} {content_hash}")
            if progress is not None:
                progress(0, total)
            position = start_at - 1
            for done, label in enumerate(labels, start=1):
                if position == layout.per_page:
                    c.showPage()
                    pages += 1
                    position = 0
                x, top, w, h = layout.cell(position)
                _draw_label(c, label, x * mm, page_h - (top + h) * mm, w * mm, h * mm, outline)
                position += 1
                if progress is not None:
                    progress(done, total)
            c.showPage()
            pages += 1
            c.save()
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ReportInfo(report_id, content_hash, pages, out)


__all__ = ["DEFAULT_PRESET", "PRESETS", "LabelData", "LabelLayout", "build_labels", "fit_text", "preset",
           "preset_of", "single_label", "text_lines"]
