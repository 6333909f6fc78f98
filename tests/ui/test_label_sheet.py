"""The asset-label dialog: presets, a live preview that follows the values, the layout remembered,
and Save PDF… writing a real PDF (pdfinfo) in the background."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from PySide6.QtCore import QSettings

from opsdesk.reports.labels import PRESETS, LabelData
from ui.operations import tasks
from ui.widgets import label_sheet
from ui.widgets.label_sheet import LAYOUT_SETTING, LabelSheetDialog

PT_PER_MM = 72 / 25.4


def sample(count: int) -> list[LabelData]:
    return [LabelData(f"EQ-{i:05d}", "商用冷柜" if i % 2 else "空调", "上海徐家汇店") for i in range(count)]


def page_size(path: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert m, info
    return float(m.group(1)), float(m.group(2))


def make(qtbot, labels: list[LabelData]) -> LabelSheetDialog:  # noqa: ANN001
    dialog = LabelSheetDialog(labels)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_preset_shows_its_count_and_changing_columns_updates_the_preview(qtbot) -> None:  # noqa: ANN001
    dialog = make(qtbot, sample(30))
    assert dialog.preset.currentData() == "a4-70x37"  # the default
    assert dialog.preview.cell_count == 24
    assert "24" in dialog.summary.text() and "2" in dialog.summary.text()
    dialog.preset.setCurrentIndex(dialog.preset.findData("a4-48.5x25.4"))
    assert (dialog.columns.value(), dialog.rows.value()) == (4, 10)
    assert dialog.lengths["label_width"].value() == 48.5 and dialog.lengths["margin_top"].value() == 21.5
    assert dialog.preview.cell_count == 40 and "40" in dialog.summary.text()
    assert dialog.start_at.maximum() == 40

    dialog.columns.setValue(3)  # a custom grid now: 3 x 10
    assert dialog.preview.cell_count == 30
    assert dialog.preset.currentData() is None  # "Custom size"
    assert "30" in dialog.summary.text()

    dialog.columns.setValue(5)  # 5 x 48.5 mm does not fit on 210 mm: refused, the field named
    assert dialog.current is None and dialog.preview.cell_count == 0
    assert not dialog.save_button.isEnabled()
    assert dialog.field_label("label_width") in dialog.summary.text()
    dialog.lengths["label_width"].setValue(0)  # automatic: five labels share the width
    assert dialog.current is not None and dialog.preview.cell_count == 50
    assert dialog.current.cell_width == (210 - 16) / 5
    assert dialog.save_button.isEnabled()
    dialog.preview.grab()  # paints without error


def test_saving_writes_the_pdf_in_the_background_and_remembers_the_layout(qtbot, monkeypatch,
                                                                          tmp_path) -> None:  # noqa: ANN001
    dialog = make(qtbot, sample(3))
    dialog.preset.setCurrentIndex(dialog.preset.findData("printer-50x30"))
    assert dialog.preview.cell_count == 1 and dialog.start_at.maximum() == 1
    out = tmp_path / "labels"
    asked: list[str] = []

    def ask(parent, default):  # noqa: ANN001, ANN202
        asked.append(default)
        return out.with_suffix(".pdf")

    monkeypatch.setattr(label_sheet, "ask_pdf_path", ask)
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        assert dialog.save()
    pdf = Path(saved.args[0])
    assert pdf == tmp_path / "labels.pdf" and pdf.is_file()
    width, height = page_size(pdf)
    assert abs(width - 50 * PT_PER_MM) < 0.01 and abs(height - 30 * PT_PER_MM) < 0.01
    pages = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+3\b", pages)
    assert str(pdf) in dialog.summary.text()
    assert asked and asked[0].endswith(".pdf")
    assert json.loads(QSettings().value(LAYOUT_SETTING)) == PRESETS["printer-50x30"].to_dict()
    tasks().wait_idle(5000)

    again = make(qtbot, sample(1))  # the next dialog opens on the remembered layout
    assert again.preset.currentData() == "printer-50x30"


def test_a_custom_remembered_layout_and_start_position_reach_the_pdf(qtbot, monkeypatch,
                                                                    tmp_path) -> None:  # noqa: ANN001
    dialog = make(qtbot, sample(5))
    dialog.preset.setCurrentIndex(dialog.preset.findData("a4-99.1x38.1"))
    dialog.rows.setValue(6)  # custom: 2 x 6
    dialog.lengths["page_height"].setValue(250)
    dialog.lengths["margin_top"].setValue(5)
    dialog.start_at.setValue(11)  # 10 used: labels go to positions 11, 12, then a new sheet
    assert dialog.current is not None and dialog.preset.currentData() is None
    assert dialog.preview.start_at == 11
    monkeypatch.setattr(label_sheet, "ask_pdf_path", lambda parent, default: tmp_path / "custom.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        assert dialog.save()
    pdf = tmp_path / "custom.pdf"
    width, height = page_size(pdf)
    assert abs(width - 210 * PT_PER_MM) < 0.01 and abs(height - 250 * PT_PER_MM) < 0.01
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+2\b", info)  # 2 on the first sheet, 3 on the second
    tasks().wait_idle(5000)
    again = make(qtbot, sample(1))
    assert again.current == dialog.current and again.preset.currentData() is None
