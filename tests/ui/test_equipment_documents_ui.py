"""An item's photos and documents in the item dialog (add as a kind, refused file explained, open, remove after
a confirmation), and the equipment notice of the main window's status bar on start-up, whose links open the
equipment page filtered."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from helpers import idle, rows
from PySide6.QtWidgets import QFileDialog, QMessageBox
from reportlab.pdfgen import canvas
from test_equipment_page import Shop

from opsdesk.services import equipment
from ui.main_window import MainWindow
from ui.pages.equipment import EquipmentDialog
from ui.pages.equipment import documents as documents_module
from ui.pages.equipment.documents import DocumentsBox, kind_label


@pytest.fixture
def shop(empty_ctx) -> Shop:
    return Shop(empty_ctx)


def make_pdf(path, text="Packing list KFR-72LW"):  # noqa: ANN001, ANN201
    c = canvas.Canvas(str(path))
    c.drawString(72, 760, text)
    c.showPage()
    c.save()
    return path


def make_jpeg(path):  # noqa: ANN001, ANN201
    from PIL import Image

    Image.new("RGB", (80, 60), (200, 40, 40)).save(path, "JPEG")
    return path


def listed(box: DocumentsBox) -> list[tuple[str, str]]:
    return [(box.list.topLevelItem(i).text(0), box.list.topLevelItem(i).text(1))
            for i in range(box.list.topLevelItemCount())]


@pytest.fixture
def warnings_shown(monkeypatch):  # noqa: ANN001, ANN201
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    return shown


def test_documents_are_added_opened_and_removed_in_the_item_dialog(qtbot, shop, tmp_path, monkeypatch,
                                                                  answer_yes, warnings_shown) -> None:
    item = shop.item(shop.a, "KT", "格力空调", asset_code="A-1")
    dialog = EquipmentDialog(shop.ctx, item)
    qtbot.addWidget(dialog)
    box = dialog.findChild(DocumentsBox, "documents")
    assert box is not None
    idle()
    assert listed(box) == [] and not box.open_button.isEnabled() and not box.remove_button.isEnabled()

    chosen: list[list[str]] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (chosen.pop(0), "")))
    pdf = make_pdf(tmp_path / "装箱单.pdf")
    chosen.append([str(pdf)])
    box.kind.setCurrentIndex(box.kind.findData("packing_list"))
    box.add_button.click()
    idle()
    photo = make_jpeg(tmp_path / "正面.jpg")
    chosen.append([str(photo)])
    box.kind.setCurrentIndex(box.kind.findData("photo"))
    box.add_button.click()
    idle()
    assert listed(box) == [(kind_label("packing_list"), "装箱单.pdf"), (kind_label("photo"), "正面.jpg")]
    assert [(d.kind, d.name) for d in equipment.documents(shop.ctx, item.id)] == [
        ("packing_list", "装箱单.pdf"), ("photo", "正面.jpg")]

    # A file that is neither a PDF nor a picture is explained and changes nothing.
    notes = tmp_path / "manual.pdf"
    notes.write_text("not a pdf", encoding="utf-8")
    chosen.append([str(notes)])
    box.kind.setCurrentIndex(box.kind.findData("manual"))
    box.add_button.click()
    idle()
    assert len(warnings_shown) == 1 and "manual.pdf" in warnings_shown[0]
    assert len(equipment.documents(shop.ctx, item.id)) == 2 and len(listed(box)) == 2

    # Open: the PDF goes to the system viewer as a copy under its own name with a .pdf suffix.
    opened = []
    monkeypatch.setattr(documents_module, "open_externally", lambda path: opened.append(path) or True)
    box.list.setCurrentItem(box.list.topLevelItem(0))
    assert box.open_button.isEnabled()
    box.open_button.click()
    assert len(opened) == 1 and opened[0].name == "装箱单.pdf"
    text = subprocess.run(["pdftotext", str(opened[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "Packing list KFR-72LW" in text

    # Remove: asked first (No keeps it), then removed.
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    box.remove_button.click()
    idle()
    assert len(equipment.documents(shop.ctx, item.id)) == 2
    monkeypatch.undo()  # the confirmation answers Yes again (answer_yes), the file dialog is real again
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *a, **k: answer_yes.append(text) or QMessageBox.StandardButton.Yes))
    box.list.setCurrentItem(box.list.topLevelItem(0))
    box.remove_button.click()
    idle()
    assert "装箱单.pdf" in answer_yes[-1]
    assert listed(box) == [(kind_label("photo"), "正面.jpg")]
    assert [d.name for d in equipment.documents(shop.ctx, item.id)] == ["正面.jpg"]


def test_a_new_item_has_no_documents_box_yet(qtbot, shop) -> None:
    dialog = EquipmentDialog(shop.ctx)
    qtbot.addWidget(dialog)
    assert dialog.findChild(DocumentsBox) is None  # the files belong to a saved item


def test_start_up_notice_links_to_the_filtered_equipment_page(qtbot, shop) -> None:
    today = date.today()
    soon = shop.item(shop.a, "KT", "格力空调", asset_code="A-1", delivered_on=today - timedelta(days=300),
                     warranty_end=today + timedelta(days=12))
    shop.item(shop.a, "POS", "收银机", asset_code="A-2", delivered_on=today - timedelta(days=300),
              warranty_end=today + timedelta(days=200))
    shop.item(shop.b, "LG", "冷柜", asset_code="B-1", installed_on=date(2001, 1, 1), service_life_years=5)
    window = MainWindow(shop.ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.equipment_notice.isVisible(), timeout=10000)
    notice = window.equipment_notice.text()
    assert 'href="warranty"' in notice and 'href="life"' in notice and 'href="faults"' not in notice
    assert window.tr("%n warranty(ies) ending within 30 days", "", 1) in notice
    assert window.tr("%n item(s) past their service life", "", 1) in notice

    window.equipment_notice.linkActivated.emit("warranty")
    idle()
    assert window.current_page_key() == "equipment"
    page = window.pages["equipment"]
    assert page.warranty.isChecked()
    assert [e.id for e in rows(page)] == [soon.id]


def test_no_notice_without_equipment_warnings(qtbot, shop, monkeypatch) -> None:
    shop.item(shop.a, "KT", "格力空调", asset_code="A-1", delivered_on=date.today() - timedelta(days=30),
              warranty_end=date.today() + timedelta(days=300))
    found = []
    show = MainWindow._show_equipment_warnings
    monkeypatch.setattr(MainWindow, "_show_equipment_warnings", lambda self, w: (found.append(w), show(self, w)))
    window = MainWindow(shop.ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(found), timeout=10000)  # read in the background, after the first frame
    assert not found[0].any
    assert not window.equipment_notice.isVisible()
