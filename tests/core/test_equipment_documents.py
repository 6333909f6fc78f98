"""An item's photos and documents (manual, warranty card, packing list): PDFs and pictures, judged by their
content, never by their name; a refused file changes nothing; removal is a tombstone; PDFs travel in sync."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from opsdesk import attachments as store_module
from opsdesk.db import Database
from opsdesk.errors import (
    DocumentTooLargeError,
    NotADocumentError,
    NotAnImageError,
    NotFoundError,
    ValidationError,
)
from opsdesk.services import equipment as eq
from opsdesk.services import org, sync, workspace
from opsdesk.services.context import AppContext


# The documents are attachment rows + links on either backend, files in the workspace's files folder; a server
# workspace keeps them in its files folder too (the sync test exports from the server to a laptop).
BACKENDS = ("sqlite", "pg")


def make_pdf(path: Path, text: str = "Operating manual KFR-72LW", pages: int = 2) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        c.drawString(72, 760, f"{text} page {n + 1}")
        c.showPage()
    c.save()
    return path


@pytest.fixture
def thing(ctx: AppContext, admin, make_store, tree) -> eq.EquipmentDTO:
    eq.ensure_default_categories(ctx)
    shop = make_store(code="SH01", name="上海徐家汇店", region_id=tree.sh.id)
    category = next(c for c in eq.list_categories(ctx) if c.code == "KT")
    return eq.create_equipment(ctx, eq.EquipmentInput(store_id=shop.id, category_id=category.id, name="格力空调"))


def _files(ctx: AppContext) -> list[str]:
    root = ctx.db.attachments_dir
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_a_pdf_manual_and_pictures_are_kept_and_listed_with_their_kind(ctx, thing, tmp_path, jpeg):
    manual = make_pdf(tmp_path / "说明书.pdf")
    made = eq.add_document(ctx, thing.id, manual, "manual")
    assert (made.kind, made.mime, made.name, made.is_pdf, made.thumbnail) == (
        "manual", "application/pdf", "说明书.pdf", True, None)
    assert made.path.read_bytes() == manual.read_bytes()
    # The stored file is the real PDF: poppler reads its pages and text.
    text = subprocess.run(["pdftotext", str(made.path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Operating manual KFR-72LW page 2" in text
    card = eq.add_document(ctx, thing.id, jpeg("card.jpg"), "warranty_card")
    photo = eq.add_document(ctx, thing.id, jpeg("front.jpg"), "photo")
    assert card.mime == "image/jpeg" and card.thumbnail is not None and card.thumbnail.is_file()
    listed = eq.documents(ctx, thing.id)
    assert [(d.kind, d.name) for d in listed] == [("manual", "说明书.pdf"), ("warranty_card", "card.jpg"),
                                                   ("photo", "front.jpg")]
    assert [d.link_id for d in listed] == [made.link_id, card.link_id, photo.link_id]


def test_the_type_is_judged_by_content_not_by_name(ctx, thing, tmp_path, jpeg):
    picture_named_pdf = jpeg("packing.pdf")  # a phone photo of the packing list, oddly named
    made = eq.add_document(ctx, thing.id, picture_named_pdf, "packing_list")
    assert made.mime == "image/jpeg" and not made.is_pdf
    pdf_named_jpg = make_pdf(tmp_path / "scan.jpg")
    assert eq.add_document(ctx, thing.id, pdf_named_jpg, "other").mime == "application/pdf"


@pytest.mark.parametrize("content, kind, error", [
    (b"Just some notes, not a PDF at all\n", "manual", NotADocumentError),
    (b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer garbage\n%%EOF\n", "manual", NotADocumentError),  # damaged
    (b"PK\x03\x04 a zip archive", "packing_list", NotADocumentError),
    (None, "photo", NotAnImageError),  # a PDF is no photo
])
def test_a_refused_file_changes_nothing(ctx, thing, tmp_path, snapshot, content, kind, error):
    source = tmp_path / "manual.pdf"
    if content is None:
        make_pdf(source)
    else:
        source.write_bytes(content)
    before, files = snapshot(), _files(ctx)
    with pytest.raises(error) as refused:
        eq.add_document(ctx, thing.id, source, kind)
    assert refused.value.params["name"] == "manual.pdf"
    assert snapshot() == before and _files(ctx) == files
    assert eq.documents(ctx, thing.id) == []


def test_too_large_a_document_and_an_unknown_kind_are_refused(ctx, thing, tmp_path, monkeypatch, snapshot):
    pdf = make_pdf(tmp_path / "big.pdf", pages=3)
    monkeypatch.setattr(store_module, "MAX_DOCUMENT_BYTES", pdf.stat().st_size - 1)
    before = snapshot()
    with pytest.raises(DocumentTooLargeError):
        eq.add_document(ctx, thing.id, pdf, "manual")
    with pytest.raises(ValidationError) as bad:
        eq.add_document(ctx, thing.id, pdf, "invoice")
    assert bad.value.reasons() == {"kind": "invalid_choice"}
    with pytest.raises(NotFoundError):
        eq.add_document(ctx, str(uuid.uuid4()), pdf, "manual")
    assert snapshot() == before


def test_removing_is_a_tombstone_of_the_items_own_link(ctx, thing, tmp_path, jpeg, make_store, tree, sql):
    manual = eq.add_document(ctx, thing.id, make_pdf(tmp_path / "m.pdf"), "manual")
    photo = eq.add_document(ctx, thing.id, jpeg(), "photo")
    other_store = make_store(code="SH02", name="上海静安店", region_id=tree.sh.id)
    other = eq.create_equipment(ctx, eq.EquipmentInput(store_id=other_store.id, category_id=thing.category_id,
                                                       name="另一台空调"))
    with pytest.raises(NotFoundError):
        eq.remove_document(ctx, other.id, manual.link_id)  # not that item's
    eq.remove_document(ctx, thing.id, manual.link_id)
    assert [d.link_id for d in eq.documents(ctx, thing.id)] == [photo.link_id]
    assert sql("SELECT deleted FROM attachment_link WHERE id = ?", manual.link_id) == [(1,)]
    assert manual.path.is_file()  # the file and its history stay
    with pytest.raises(NotFoundError):
        eq.remove_document(ctx, thing.id, manual.link_id)  # already removed


def test_a_pdf_document_travels_in_a_sync_package(ctx, thing, tmp_path):
    eq.add_document(ctx, thing.id, make_pdf(tmp_path / "manual.pdf"), "manual")
    other = AppContext(Database.open(tmp_path / "b.sqlite"))
    try:
        workspace.prepare(other)
        package = tmp_path / "p.opsync"
        sync.export_package(ctx, package, full=True)
        result = sync.import_package(other, package, trust=True)
        assert result.attachments == 1
        store = org.query_stores(other)[0]
        items = eq.query_equipment(other, eq.EquipmentQuery(store_id=store.id))
        [doc] = eq.documents(other, items[0].id)
        assert (doc.kind, doc.mime) == ("manual", "application/pdf")
        assert doc.path.read_bytes() == (tmp_path / "manual.pdf").read_bytes()
    finally:
        other.db.close()


def test_a_damaged_pdf_in_a_package_is_refused_by_content(tmp_path):
    good = make_pdf(tmp_path / "ok.pdf")
    assert store_module.check_attachment_header(good) == "application/pdf"
    bad = tmp_path / "bad"
    bad.write_bytes(b"%PDF-1.4\nnot really\n")
    with pytest.raises(NotAnImageError):
        store_module.check_attachment_header(bad)
