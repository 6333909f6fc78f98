"""Asset label sheets: real PDFs checked with poppler (pdfinfo, pdftotext -bbox, pdffonts, pdftoppm)
and, where the zxing-cpp decoder is installed, the QR codes read back from the rendered page."""

from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from html import unescape
from pathlib import Path

import pytest
from PIL import Image

from opsdesk.errors import Cancelled, ValidationError
from opsdesk.reports.labels import (
    PRESETS,
    LabelData,
    LabelLayout,
    build_labels,
    preset,
    preset_of,
    single_label,
    text_lines,
)

PT_PER_MM = 72 / 25.4
LONG_NAME = "商用双门立式冷藏展示柜（带智能温控与远程监控模块）海尔SC-650GDH"


def sample(count: int, prefix: str = "EQ") -> list[LabelData]:
    names = ["空调", "收银机", LONG_NAME, "投影仪"]
    return [LabelData(f"{prefix}-{i:05d}", names[i % 4], "上海徐家汇店", "2024-05-01") for i in range(count)]


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def page_size_pt(path: Path) -> tuple[float, float]:
    m = re.match(r"([\d.]+) x ([\d.]+) pts", pdfinfo(path)["Page size"])
    assert m, pdfinfo(path)
    return float(m.group(1)), float(m.group(2))


def words(path: Path) -> list[tuple[int, str, float, float, float, float]]:
    """(page, text, xMin, yMin, xMax, yMax) of every word, in points from the page's top left."""
    html = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    out = []
    for page, body in enumerate(html.split("<page ")[1:], start=1):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                             body):
            out.append((page, unescape(m.group(5)), *(float(m.group(i)) for i in range(1, 5))))
    return out


def cell_pt(layout: LabelLayout, position: int) -> tuple[float, float, float, float]:
    x, y, w, h = layout.cell(position)
    return x * PT_PER_MM, y * PT_PER_MM, (x + w) * PT_PER_MM, (y + h) * PT_PER_MM


def inside(word: tuple, cell: tuple[float, float, float, float], slack: float = 0.5) -> bool:
    _page, _text, x0, y0, x1, y1 = word
    return (x0 >= cell[0] - slack and x1 <= cell[2] + slack and y0 >= cell[1] - slack and y1 <= cell[3] + slack)


@pytest.mark.parametrize("name", ["a4-70x37", "a4-99.1x38.1", "a4-48.5x25.4", "a4-63.5x38.1", "printer-50x30"])
def test_the_page_is_the_layouts_page_and_every_code_lies_in_its_cell(tmp_path, name) -> None:  # noqa: ANN001
    layout = preset(name)
    labels = sample(layout.per_page + 3)  # a full sheet and three on the next
    out = tmp_path / f"{name}.pdf"
    info = build_labels(labels, layout, out)
    w, h = page_size_pt(out)
    assert w == pytest.approx(layout.page_width * PT_PER_MM, abs=0.01)
    assert h == pytest.approx(layout.page_height * PT_PER_MM, abs=0.01)
    pages = 2 if layout.per_page > 1 else 4
    assert info.pages == int(pdfinfo(out)["Pages"]) == layout.pages_for(len(labels)) == pages
    found = words(out)
    for index, label in enumerate(labels):
        page, position = divmod(index, layout.per_page)
        hits = [wd for wd in found if wd[1] == label.code]
        assert len(hits) == 1, label.code
        assert hits[0][0] == page + 1
        assert inside(hits[0], cell_pt(layout, position)), (label.code, hits[0], cell_pt(layout, position))
        for other in (position - 1, position + 1):  # and not in a neighbour's
            if 0 <= other < layout.per_page:
                assert not inside(hits[0], cell_pt(layout, other), slack=0)


def test_the_preset_sheets_have_their_published_sizes() -> None:
    expect = {"a4-70x37": (3, 8, 70.0, 37.0), "a4-99.1x38.1": (2, 7, 99.1, 38.1),
              "a4-48.5x25.4": (4, 10, 48.5, 25.4), "a4-63.5x38.1": (3, 7, 63.5, 38.1)}
    for name, (cols, rows, w, h) in expect.items():
        layout = PRESETS[name]
        assert (layout.columns, layout.rows, layout.cell_width, layout.cell_height) == (cols, rows, w, h)
        assert (layout.page_width, layout.page_height) == (210.0, 297.0)
        right = layout.page_width - (layout.margin_left + cols * w + (cols - 1) * layout.gap_x)
        bottom = layout.page_height - (layout.margin_top + rows * h + (rows - 1) * layout.gap_y)
        assert right == pytest.approx(layout.margin_left, abs=0.01)  # centred on the sheet
        assert bottom == pytest.approx(layout.margin_top, abs=0.01)
    assert PRESETS["a4-99.1x38.1"].margin_top == pytest.approx(15.15)
    assert PRESETS["a4-99.1x38.1"].gap_x == 2.5
    printer = PRESETS["printer-50x30"]
    assert (printer.per_page, printer.page_width, printer.page_height) == (1, 50.0, 30.0)
    assert preset_of(LabelLayout.from_dict(PRESETS["a4-48.5x25.4"].to_dict())) == "a4-48.5x25.4"
    assert preset_of(PRESETS["a4-70x37"].with_changes(columns=2)) is None


def test_number_of_pages_and_start_position(tmp_path) -> None:  # noqa: ANN001
    layout = PRESETS["a4-70x37"]  # 24 per sheet
    for count, start_at, pages in ((1, 1, 1), (24, 1, 1), (25, 1, 2), (50, 1, 3), (20, 5, 1), (21, 5, 2)):
        out = tmp_path / f"{count}-{start_at}.pdf"
        info = build_labels(sample(count), layout, out, start_at=start_at)
        assert info.pages == int(pdfinfo(out)["Pages"]) == pages == layout.pages_for(count, start_at)
    # a partly used sheet: the first label goes to position 5 (the second row's second cell)
    out = tmp_path / "partly.pdf"
    labels = sample(6)
    build_labels(labels, layout, out, start_at=5)
    found = words(out)
    first = next(wd for wd in found if wd[1] == labels[0].code)
    assert inside(first, cell_pt(layout, 4))
    sixth = next(wd for wd in found if wd[1] == labels[5].code)
    assert inside(sixth, cell_pt(layout, 9))
    assert not any(inside(wd, cell_pt(layout, p)) for wd in found for p in range(4))  # the used labels stay empty


def test_custom_layout_with_computed_label_size(tmp_path) -> None:  # noqa: ANN001
    layout = LabelLayout(columns=2, rows=3, label_width=None, label_height=None, page_width=Decimal("100"),
                         page_height=Decimal("150.5"), margin_top=Decimal("5"), margin_bottom=5, margin_left=4,
                         margin_right=6, gap_x=2, gap_y=Decimal("2.25"))
    assert layout.cell_width == pytest.approx((100 - 4 - 6 - 2) / 2)
    assert layout.cell_height == pytest.approx((150.5 - 10 - 4.5) / 3)
    assert layout.cell(5) == pytest.approx((4 + 44 + 2, 5 + 2 * (layout.cell_height + 2.25), 44, layout.cell_height))
    out = tmp_path / "custom.pdf"
    labels = sample(6)
    build_labels(labels, layout, out)
    assert page_size_pt(out) == pytest.approx((100 * PT_PER_MM, 150.5 * PT_PER_MM), abs=0.01)
    found = words(out)
    for position, label in enumerate(labels):
        assert inside(next(wd for wd in found if wd[1] == label.code), cell_pt(layout, position))


def test_chinese_text_is_present_shrunk_into_its_label_and_the_cjk_font_embedded(tmp_path) -> None:  # noqa: ANN001
    layout = PRESETS["a4-48.5x25.4"]  # small labels: the long name must shrink or be cut, never overflow
    labels = sample(8)
    out = tmp_path / "zh.pdf"
    build_labels(labels, layout, out)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True,
                          text=True).stdout
    for name in ("空调", "收银机", "投影仪", "上海徐家汇店"):
        assert name in text
    assert "商用双门立式冷藏展示柜" in text  # the long one's beginning, at least
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all("WenQuanYiMicroHei" in row[0] for row in rows)  # nothing but the CJK font
    assert all(row[-5] == "yes" for row in rows)  # embedded
    found = words(out)
    for position in range(len(labels)):
        cell = cell_pt(layout, position)
        centre_hits = [wd for wd in found if cell[0] <= (wd[2] + wd[4]) / 2 <= cell[2]
                       and cell[1] <= (wd[3] + wd[5]) / 2 <= cell[3]]
        assert len(centre_hits) >= 3
        assert all(inside(wd, cell) for wd in centre_hits), centre_hits


def test_text_lines_never_exceed_their_box() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from opsdesk.reports.layout import FONT, register_fonts

    register_fonts()
    label = LabelData("EQ-2024-000123", LONG_NAME * 3, "北京朝阳大悦城旗舰店", "保修至 2027-12-31")
    for box_w, box_h in ((120, 80), (60, 40), (30, 20), (200, 15)):
        lines = text_lines(label, box_w, box_h)
        assert lines and lines[0][0] == "code"
        assert all(stringWidth(text, FONT, size) <= box_w + 0.01 for _kind, text, size in lines)
        assert sum(size * 1.25 for *_rest, size in lines) <= box_h + 0.01 or len(lines) == 1
    assert [kind for kind, *_ in text_lines(label, 120, 80)] == ["code", "name", "store", "extra"]


def test_the_qr_codes_hold_the_asset_codes(tmp_path) -> None:  # noqa: ANN001
    layout = PRESETS["a4-63.5x38.1"]
    labels = sample(5, prefix="ZC")
    out = tmp_path / "qr.pdf"
    build_labels(labels, layout, out)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
                   check=True)
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    try:
        import zxingcpp
    except ImportError:  # no decoder installed: check the QR drawing is there (dark modules, ~half)
        zxingcpp = None
    if zxingcpp is not None:
        decoded = sorted(result.text for result in zxingcpp.read_barcodes(image))
        assert decoded == sorted(label.code for label in labels)
    scale = image.width / (layout.page_width * PT_PER_MM)
    for position in range(len(labels)):  # the left square of each label is a QR code: about half dark
        x0, y0, x1, y1 = (v * scale for v in cell_pt(layout, position))
        side = y1 - y0
        region = image.crop((int(x0 + side * 0.2), int(y0 + side * 0.2), int(x0 + side * 0.8), int(y1 - side * 0.2)))
        dark = sum(1 for px in region.tobytes() if px < 128) / (region.width * region.height)
        assert 0.25 < dark < 0.75
    empty = image.crop(tuple(int(v * scale) for v in cell_pt(layout, 6)))  # an unused cell stays blank
    assert min(empty.tobytes()) > 200


@pytest.mark.parametrize(("changes", "field", "reason"), [
    ({"columns": 4}, "label_width", "does_not_fit"),  # 4 x 70 mm on 210 mm
    ({"rows": 9}, "label_height", "does_not_fit"),
    ({"margin_left": 5}, "label_width", "does_not_fit"),
    ({"gap_y": 1}, "label_height", "does_not_fit"),
    ({"label_width": 0}, "label_width", "out_of_range"),
    ({"label_height": -3}, "label_height", "out_of_range"),
    ({"columns": 0}, "columns", "out_of_range"),
    ({"margin_top": -1}, "margin_top", "out_of_range"),
    ({"page_width": float("nan")}, "page_width", "invalid"),
    ({"rows": 2.5}, "rows", "invalid"),
])
def test_an_invalid_layout_is_refused_with_its_field_and_nothing_is_written(tmp_path, changes, field,
                                                                            reason) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as caught:
        PRESETS["a4-70x37"].with_changes(**changes)
    assert caught.value.reasons() == {field: reason}
    assert list(tmp_path.iterdir()) == []


def test_auto_sized_labels_too_small_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        LabelLayout(columns=30, rows=8, label_width=None, label_height=None)  # 7 mm wide
    assert caught.value.reasons() == {"label_width": "does_not_fit"}
    with pytest.raises(ValidationError) as caught:
        single_label(50, 8)
    assert "page_height" in caught.value.reasons()


def test_bad_labels_or_start_position_write_nothing(tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "labels.pdf"
    layout = PRESETS["a4-70x37"]
    for kwargs, field in (({"start_at": 0}, "start_at"), ({"start_at": 25}, "start_at")):
        with pytest.raises(ValidationError) as caught:
            build_labels(sample(2), layout, out, **kwargs)
        assert field in caught.value.reasons()
    with pytest.raises(ValidationError) as caught:
        build_labels([], layout, out)
    assert caught.value.reasons() == {"labels": "required"}
    with pytest.raises(ValidationError) as caught:
        build_labels([*sample(2), LabelData(" ", "空调", "店")], layout, out)
    assert caught.value.reasons() == {"labels[2].code": "required"}
    with pytest.raises(ValidationError):
        build_labels(sample(2), layout, out, lang="fr")
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported_and_cancelling_leaves_no_file(tmp_path) -> None:  # noqa: ANN001
    seen: list[tuple[int, int]] = []
    out = tmp_path / "many.pdf"
    info = build_labels(sample(130), PRESETS["a4-48.5x25.4"], out, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 130) and seen[-1] == (130, 130) and len(seen) == 131
    assert info.pages == 4 and out.is_file()

    def cancel(done: int, _total: int) -> None:
        if done == 50:
            raise Cancelled("cancelled")

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        build_labels(sample(130), PRESETS["a4-48.5x25.4"], target, progress=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.pdf"]  # no file, no temporary left
