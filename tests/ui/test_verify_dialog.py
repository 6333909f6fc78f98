"""The verify dialog shows one row per signature (signer, time, intact, trusted, changes after it)
and the same overall verdict as `opsdesk verify`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from opsdesk import signing
from ui.widgets.reports import VerifyDialog

PASS = "correct horse battery staple"


@pytest.fixture
def signed_pair(empty_ctx, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """(f) a report signed by Alice then Bob, (e) the same with page 1 replaced before Bob signs."""
    monkeypatch.setenv(signing.KEYS_ENV, str(tmp_path / "keys"))
    report = tmp_path / "report.pdf"
    c = canvas.Canvas(str(report))
    c.drawString(72, 720, "Inspection report: score 62")
    c.showPage()
    c.save()
    for user, name in (("alice", "Alice Wong"), ("bob", "Bob Li")):
        signing.create_identity(user, name, PASS)
        signing.trust(empty_ctx, (tmp_path / "keys" / user / signing.CERT_FILE).read_bytes())
    alice = tmp_path / "alice.pdf"
    signing.sign_pdf(report, alice, "alice", PASS)
    both = tmp_path / "both.pdf"
    signing.sign_pdf(alice, both, "bob", PASS)
    changed = tmp_path / "changed.pdf"
    _replace_page_content(alice, changed)
    tampered = tmp_path / "tampered.pdf"
    signing.sign_pdf(changed, tampered, "bob", PASS)
    return both, tampered


def _replace_page_content(src: Path, dst: Path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(src.read_bytes()), strict=False)
    page = writer.find_page_for_modification(0)[0].get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 720 Td (Inspection report: score 100) Tj ET")
    page[generic.pdf_name("/Contents")] = writer.add_object(stream)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    dst.write_bytes(out.getvalue())


def _rows(dialog: VerifyDialog) -> list[list[str]]:
    return [[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
            for r in range(dialog.table.rowCount())]


def test_two_legitimate_signatures_are_two_intact_trusted_rows(qtbot, empty_ctx, signed_pair) -> None:  # noqa: ANN001
    both, _tampered = signed_pair
    dialog = VerifyDialog(empty_ctx, str(both))
    qtbot.addWidget(dialog)
    yes = dialog.tr("Yes")
    rows = _rows(dialog)
    assert len(rows) == 2
    assert "Alice Wong" in rows[0][0] and "Bob Li" in rows[1][0]
    assert all(row[1] != "—" for row in rows)  # signing times shown
    assert [row[2] for row in rows] == [yes, yes]  # intact
    assert [row[3] for row in rows] == [yes, yes]  # trusted
    assert rows[0][4] == dialog.after_text(signing.AFTER_SIGNATURES)
    assert rows[1][4] == dialog.after_text(signing.AFTER_NONE)
    assert dialog.intact.text() == yes == "是" and dialog.trusted.text() == yes
    assert dialog.verdict.text() == dialog.tr("Intact and signed by a trusted signer.")
    assert "受信任" in dialog.verdict.text()


def test_content_change_before_a_countersignature_shows_on_the_first_row(qtbot, empty_ctx, signed_pair) -> None:  # noqa: ANN001
    _both, tampered = signed_pair
    dialog = VerifyDialog(empty_ctx, str(tampered))
    qtbot.addWidget(dialog)
    yes, no = dialog.tr("Yes"), dialog.tr("No")
    rows = _rows(dialog)
    assert len(rows) == 2
    assert "Alice Wong" in rows[0][0] and "Bob Li" in rows[1][0]
    assert [row[2] for row in rows] == [no, yes]  # the first signature no longer holds for the file
    assert [row[3] for row in rows] == [yes, yes]
    assert rows[0][4] == dialog.after_text(signing.AFTER_CONTENT) != dialog.after_text(signing.AFTER_SIGNATURES)
    assert "changed the content of page 1" in dialog.table.item(0, 4).toolTip()
    assert dialog.intact.text() == no == "否" and dialog.trusted.text() == no
    assert "已被改动" in dialog.verdict.text()

    # the same dialog, another file: the table follows
    dialog.verify(str(signed_pair[0]))
    assert [row[2] for row in _rows(dialog)] == [yes, yes] and "受信任" in dialog.verdict.text()


def test_an_unsigned_pdf_says_not_signed_and_names_are_plain(qtbot, empty_ctx, signed_pair, tmp_path) -> None:  # noqa: ANN001
    plain = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(plain))
    c.drawString(72, 720, "no signature here")
    c.showPage()
    c.save()
    dialog = VerifyDialog(empty_ctx, str(plain))
    qtbot.addWidget(dialog)
    assert dialog.intact.text() == dialog.tr("Not signed") != dialog.tr("No")
    assert dialog.trusted.text() == dialog.tr("Not signed")
    assert dialog.verdict.text() == dialog.tr("This PDF is not signed.") and dialog.table.rowCount() == 0
    dialog.verify(str(signed_pair[0]))
    assert [row[0] for row in _rows(dialog)] == ["Alice Wong", "Bob Li"]  # not "Common Name: Alice Wong"
    assert dialog.intact.text() == "是"


def test_verify_dialog_keeps_stderr_clean(qtbot, empty_ctx, signed_pair, capfd) -> None:  # noqa: ANN001
    """An untrusted signer and a tampered file make pyHanko log tracebacks: none reach stderr."""
    from opsdesk.services.context import AppContext  # noqa: F401 - the fixture's context is used

    empty_ctx.db.set_meta(signing.TRUST_ROOTS_KEY, None)  # nobody trusted: the validator complains
    capfd.readouterr()
    dialog = VerifyDialog(empty_ctx, str(signed_pair[1]))
    qtbot.addWidget(dialog)
    dialog.verify(str(signed_pair[0]))
    assert "已被改动" not in dialog.verdict.text() and "不信任" in dialog.verdict.text()
    assert capfd.readouterr().err == ""
