"""Register exports: CSV (opens in Excel) and Excel workbooks (.xlsx), safe against formula injection.

**The neutralisation rule** (OWASP "CSV Injection"). A spreadsheet opening a CSV evaluates a
cell that starts like a formula. So, in a CSV, a *text* cell gets one apostrophe ``'`` put in
front when

- its first character is a tab or a carriage return, or
- its first character that is not whitespace is ``=``, ``+``, ``-`` or ``@``, or one of their
  full-width forms ``＝ ＋ － ＠`` (Chinese input methods type these; some spreadsheet builds
  read them as the ASCII operators). Leading spaces do not hide a formula: LibreOffice's
  "trim spaces" import option, and a cell edited once, drop them.

Nothing else about the text changes: remove that one leading ``'`` and you have the value exactly
as stored. Numbers (``int``, ``Decimal``, ``float``), dates and booleans are never prefixed: ``-3``
stays the number -3; a *text* "-3" (a store named so) is prefixed like any other text.

In an .xlsx every text cell is written with data type ``s`` (an inline string), so no text is a
formula whatever it starts with, and it keeps its exact value (no apostrophe is added); a text that
would be neutralised in a CSV also gets Excel's *quotePrefix* style, so that editing the cell in
Excel keeps it text. Characters XML cannot hold (C0 controls other than tab, LF and CR) are written
as U+FFFD in an .xlsx; the CSV keeps them.

Both writers stream: ``rows`` is any iterable (the services pass generators), nothing holds the
whole register. A file is written beside its target and renamed, so a failed export leaves the
previous file as it was.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import islice
from pathlib import Path

from opsdesk.errors import FieldProblem, ValidationError

FORMATS = (".xlsx", ".csv")
TRIGGERS = frozenset("=+-@＝＋－＠")
FIRST_CHAR_TRIGGERS = frozenset("\t\r")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_ILLEGAL = re.compile(r"[\[\]:*?/\\]")
WIDTH_SAMPLE = 500  # rows looked at for the column widths (the first ones; the rest stream through)
NUMBER_FORMATS = {"int": "0", "decimal": "#,##0.00", "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm"}


@dataclass(frozen=True)
class Column:
    """One column of a register export. ``kind``: text, int, decimal, date or datetime."""

    key: str
    title: str
    kind: str = "text"
    number_format: str | None = None  # default: NUMBER_FORMATS[kind]


def titled(columns: Sequence[Column], titles: Mapping[str, str] | None) -> list[Column]:
    """The columns with the caller's (translated) titles, by key; keys not given keep their title."""
    titles = titles or {}
    return [replace(c, title=titles.get(c.key, c.title)) for c in columns]


def label(labels: Mapping[str, Mapping[str, str]] | None, group: str, code: str) -> str:
    """The caller's word for a code (``labels[group][code]``), else the code itself."""
    return (labels or {}).get(group, {}).get(code, code)


def local_time(value: datetime | None) -> datetime | None:
    """A stored (naive UTC) time as the laptop's local wall time, naive, as a spreadsheet holds it."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def needs_neutralising(text: str) -> bool:
    """Whether a text cell would start a formula in a spreadsheet (the rule in the module doc)."""
    if not text:
        return False
    if text[0] in FIRST_CHAR_TRIGGERS:
        return True
    rest = text.lstrip()
    return bool(rest) and rest[0] in TRIGGERS


def neutralise(text: str) -> str:
    return "'" + text if needs_neutralising(text) else text


def filter_text(filters: Sequence[tuple[str, str]]) -> str:
    """``[("区域", "华东"), ("状态", "逾期")]`` -> ``"区域: 华东 · 状态: 逾期"``."""
    return " · ".join(f"{label}: {value}" if label else value for label, value in filters)


def check_format(path: str | Path) -> str:
    """The export format of a file name, from its extension; anything else is refused."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError([FieldProblem("path", "unsupported_format", {"allowed": FORMATS,
                                                                          "suffix": suffix})])
    return suffix


def export(path: str | Path, columns: Sequence[Column], rows: Iterable[Sequence[object]],
           filters: Sequence[tuple[str, str]] = (), title: str = "") -> int:
    """Write ``rows`` as CSV or .xlsx, chosen by ``path``'s extension. Returns the number of rows."""
    if check_format(path) == ".csv":
        return write_csv(path, columns, rows, filters)
    return write_xlsx(path, columns, rows, filters, title)


# ---------------------------------------------------------------- CSV


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float, Decimal)):
        return value
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


def write_csv(path: str | Path, columns: Sequence[Column], rows: Iterable[Sequence[object]],
              filters: Sequence[tuple[str, str]] = ()) -> int:
    """UTF-8 with BOM (Excel reads the Chinese), the header row first, then the rows, text neutralised.

    ``filters`` is accepted for a uniform call; a CSV holds only the table, so that Excel, a script
    or another import reads it as it is (the .xlsx carries the filters in its second row)."""
    del filters
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([neutralise(c.title) for c in columns])
            for row in rows:
                writer.writerow([_csv_value(v) for v in row])
                count += 1
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return count


# ---------------------------------------------------------------- Excel


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: CJK and other wide characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _width_of(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, Decimal):
        return len(f"{value:,.2f}")
    text = str(value)
    return max((display_width(line) for line in text.splitlines()), default=0)


def _sheet_name(title: str) -> str:
    name = _SHEET_ILLEGAL.sub(" ", title or "").strip().strip("'")[:31]
    return name or "Sheet1"


def write_xlsx(path: str | Path, columns: Sequence[Column], rows: Iterable[Sequence[object]],
               filters: Sequence[tuple[str, str]] = (), title: str = "") -> int:
    """A workbook of one sheet: a title row, a row with the filters used, the header (bold, frozen,
    with an autofilter), then the rows. Text is typed as text, dates as dates, money and scores as
    numbers with a number format. Written with openpyxl's write-only (streaming) workbook."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    rows_iter: Iterator[Sequence[object]] = iter(rows)
    head = list(islice(rows_iter, WIDTH_SAMPLE))  # bounded: widths must be set before the first row
    widths = [display_width(c.title) for c in columns]
    for row in head:
        for i, value in enumerate(row[:len(columns)]):
            widths[i] = max(widths[i], _width_of(value))

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_name(title))
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, width + 2))
    ws.freeze_panes = "A4"
    bold = Font(bold=True)

    def text_cell(value: str, font: Font | None = None) -> WriteOnlyCell:
        text = _XML_ILLEGAL.sub("\ufffd", value)
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"  # never a formula nor an error code, whatever the text starts with
        if needs_neutralising(text):
            cell.quotePrefix = True
        if font is not None:
            cell.font = font
        return cell

    def value_cell(value: object, column: Column) -> object:
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, (int, float, Decimal, date)):  # datetime is a date
            cell = WriteOnlyCell(ws, value=value)
            fmt = column.number_format or NUMBER_FORMATS.get(column.kind)
            if isinstance(value, datetime):
                fmt = column.number_format or NUMBER_FORMATS["datetime"]
            elif isinstance(value, date):
                fmt = column.number_format or NUMBER_FORMATS["date"]
            if fmt:
                cell.number_format = fmt
            return cell
        return text_cell(str(value))

    count = 0
    try:
        title_cell = text_cell(title, Font(bold=True, size=14))
        ws.append([title_cell])
        filters_cell = text_cell(filter_text(filters))
        filters_cell.alignment = Alignment(wrap_text=False)
        ws.append([filters_cell])
        ws.append([text_cell(c.title, bold) for c in columns])
        for chunk in (head, rows_iter):
            for row in chunk:
                ws.append([value_cell(v, c) for v, c in zip(row, columns, strict=False)])
                count += 1
        last = get_column_letter(max(1, len(columns)))
        ws.auto_filter.ref = f"A3:{last}{3 + count}"
        wb.save(tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return count
