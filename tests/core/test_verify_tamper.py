"""`opsdesk verify` checks every signature and every change after a signed revision.

A real inspection report (demo workspace, reportlab) is signed by a CA-issued identity, then
mutated; each file is checked by BOTH `opsdesk verify` (exit code and output) and poppler's
`pdfsig`. Exit codes: 0 intact and every signer trusted, 1 intact but a signer untrusted,
2 altered or unsigned."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from opsdesk import cli, signing
from opsdesk.db import Database

pytestmark = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig not installed")

PASS = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Material:
    keys: Path
    trusted_db: Path  # a workspace whose trust roots hold the head-office CA
    bare_db: Path  # a workspace without trust roots
    report: Path  # an unsigned inspection report
    signed: Path  # the report signed by alice


@pytest.fixture(scope="module")
def material(tmp_path_factory) -> Material:  # noqa: ANN001
    from opsdesk.demo import build_demo
    from opsdesk.reports.inspection import build_inspection
    from opsdesk.services import AppContext, runs

    base = tmp_path_factory.mktemp("tamper")
    keys = base / "keys"
    trusted_db, bare_db = base / "w.sqlite", base / "bare.sqlite"
    ctx = AppContext(Database.open(trusted_db))
    try:
        ctx.user_id = build_demo(ctx, stores=2, seed=5, months=1).current_user_id
        run = runs.query_runs(ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)), 0, 1)[0]
        report = base / "report.pdf"
        build_inspection(ctx, run.id, report)
        ca = base / "ca"
        signing.ca_init(ca, "Head Office CA", PASS)
        for user, name in (("alice", "Alice Wong"), ("bob", "Bob Li")):
            signing.create_identity(user, name, PASS, keys)
            cert = signing.ca_issue(ca, PASS, signing.make_csr(user, PASS, keys))
            signing.import_certificate(user, cert, keys)
        signing.trust(ctx.db, signing.ca_certificate(ca))
    finally:
        ctx.db.close()
    Database.open(bare_db).close()
    signed = base / "signed.pdf"
    signing.sign_pdf(report, signed, "alice", PASS, keys)
    return Material(keys, trusted_db, bare_db, report, signed)


def _pdfsig(path: Path) -> str:
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


def _pdfsig_blocks(path: Path) -> list[str]:
    """pdfsig's report split per signature ("Signature #1:", "Signature #2:", ...)."""
    return _pdfsig(path).split("Signature #")[1:]


def _verify(path: Path, db: Path, capsys) -> tuple[int, str]:  # noqa: ANN001
    capsys.readouterr()
    code = cli.main(["verify", str(path), "--db", str(db)])
    return code, capsys.readouterr().out


def _gap(data: bytes) -> tuple[int, int]:
    """Offsets of the first signature's ``<hex>`` /Contents between its two signed ranges."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    sig = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures[0]
    _, len1, start2, _ = (int(v) for v in sig.byte_range)
    return len1, start2


def _replace_page_content(src: Path, dst: Path, text: str) -> None:
    """An incremental update whose page 1 draws ``text`` instead of the signed content."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(src.read_bytes()), strict=False)
    page_ref = writer.find_page_for_modification(0)[0]
    page = page_ref.get_object()
    font = writer.add_object(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Font"),
        generic.pdf_name("/Subtype"): generic.pdf_name("/Type1"),
        generic.pdf_name("/BaseFont"): generic.pdf_name("/Helvetica")}))
    page[generic.pdf_name("/Resources")] = generic.DictionaryObject({
        generic.pdf_name("/Font"): generic.DictionaryObject({generic.pdf_name("/FTamper"): font})})
    stream = generic.StreamObject(stream_data=f"BT /FTamper 24 Tf 72 700 Td ({text}) Tj ET".encode("ascii"))
    page[generic.pdf_name("/Contents")] = writer.add_object(stream)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    dst.write_bytes(out.getvalue())


# ---------------------------------------------------------------- (a) untouched


def test_untouched_signed_report_is_intact(material, capsys) -> None:  # noqa: ANN001
    report = _pdfsig(material.signed)
    assert "Signature is Valid." in report and "Total document signed" in report

    code, text = _verify(material.signed, material.trusted_db, capsys)
    assert code == 0, text
    assert "signatures: 1" in text and "coverage: whole document" in text
    assert "intact: yes" in text and "trusted: yes" in text and "changes after it: none" in text
    assert "Alice Wong" in text and signing.identity_info("alice", material.keys).fingerprint in text
    assert text.rstrip().endswith("verdict: intact, every signer trusted")

    code, text = _verify(material.signed, material.bare_db, capsys)
    assert code == 1, text
    assert "intact: yes" in text and "trusted: no" in text
    assert "not trusted by this workspace's trust roots" in text


# ---------------------------------------------------------------- (b) junk after %%EOF


def test_bytes_appended_after_eof_are_not_signed(material, tmp_path, capsys) -> None:  # noqa: ANN001
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(material.signed.read_bytes() + b"\n% appended after signing\n")
    report = _pdfsig(junk)
    assert "Not total document signed" in report
    assert "Signature is Valid." in report  # the signed ranges themselves still hold

    code, text = _verify(junk, material.trusted_db, capsys)
    assert code == 2, text
    assert "intact: no" in text and "coverage: whole revision" in text
    assert "not the whole document is signed" in text
    assert "26 byte(s) after the end of the signed revision belong to no revision" in text
    assert "verdict: ALTERED" in text

    # the same through a real process: one exit code, no traceback
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "opsdesk.cli", "verify", str(junk), "--db", str(material.trusted_db)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "verdict: ALTERED" in done.stdout and "Traceback" not in done.stderr


# ---------------------------------------------------------------- (c) /Contents padding


def test_changed_padding_digit_in_contents_is_detected(material, tmp_path, capsys) -> None:  # noqa: ANN001
    data = bytearray(material.signed.read_bytes())
    _start, end = _gap(bytes(data))
    i = end - 2  # the last hex digit before '>' is padding
    assert data[end - 1:end] == b">" and data[i:i + 1] == b"0"
    data[i:i + 1] = b"1"
    bad = tmp_path / "padding.pdf"
    bad.write_bytes(bytes(data))
    assert "Not total document signed" in _pdfsig(bad)

    code, text = _verify(bad, material.trusted_db, capsys)
    assert code == 2, text
    assert "the /Contents padding after the signature value was changed" in text
    assert "intact: no" in text and "verdict: ALTERED" in text
    result = signing.verify_pdf(bad)
    assert not result.signatures[0].digest_ok and result.exit_code == 2


def test_letter_case_of_a_signature_hex_digit_is_detected(material, tmp_path, capsys) -> None:  # noqa: ANN001
    """Stricter than pdfsig: the decoded value is the same, but the file is not the signed one."""
    data = bytearray(material.signed.read_bytes())
    start, end = _gap(bytes(data))
    hexdigits = bytes(data[start + 1:end - 1])
    letter = next(i for i, ch in enumerate(hexdigits) if chr(ch) in "abcdefABCDEF")
    i = start + 1 + letter
    data[i:i + 1] = bytes([data[i] ^ 0x20])  # flip the letter's case
    bad = tmp_path / "case.pdf"
    bad.write_bytes(bytes(data))
    assert "Signature is Valid." in _pdfsig(bad)  # the value itself still verifies

    code, text = _verify(bad, material.trusted_db, capsys)
    assert code == 2, text
    assert "/Contents hex string was edited" in text


# ---------------------------------------------------------------- (d) page content changed


def test_incremental_update_changing_page_content_is_altered(material, tmp_path, capsys) -> None:  # noqa: ANN001
    changed = tmp_path / "changed.pdf"
    _replace_page_content(material.signed, changed, "TAMPERED SCORE 100")
    assert changed.read_bytes().startswith(material.signed.read_bytes())  # a real incremental update
    shown = subprocess.run(["pdftotext", str(changed), "-"], capture_output=True, text=True).stdout
    assert "TAMPERED SCORE 100" in shown
    report = _pdfsig(changed)
    assert "Not total document signed" in report and "Signature is Valid." in report

    code, text = _verify(changed, material.trusted_db, capsys)
    assert code == 2, text
    assert "intact: no" in text
    assert "revision 2 changed the content of page 1" in text
    assert "modifications pyHanko cannot explain" in text
    assert "the document was changed after the last signature (1 later revision(s))" in text
    check = signing.verify_pdf(changed).signatures[0]
    assert check.digest_ok and check.after == signing.AFTER_CONTENT and check.modification == "other"


# ---------------------------------------------------------------- (e) content change, then a countersignature


def test_countersignature_after_a_content_change_does_not_hide_it(material, tmp_path, capsys) -> None:  # noqa: ANN001
    changed = tmp_path / "changed.pdf"
    _replace_page_content(material.signed, changed, "TAMPERED SCORE 100")
    countersigned = tmp_path / "countersigned.pdf"
    signing.sign_pdf(changed, countersigned, "bob", PASS, material.keys)
    first, second = _pdfsig_blocks(countersigned)
    assert "Not total document signed" in first and "Signature is Valid." in first
    assert "Total document signed" in second and "Not total" not in second and "Signature is Valid." in second

    code, text = _verify(countersigned, material.trusted_db, capsys)
    assert code == 2, text
    assert "signatures: 2" in text
    block1, block2 = text.split("signature 2 of 2:")
    assert "signature 1 of 2: field OpsDeskSignature" in block1 and "Alice Wong" in block1
    assert "intact: no" in block1 and "revision 2 changed the content of page 1" in block1
    assert "Bob Li" in block2 and "intact: yes" in block2 and "coverage: whole document" in block2
    assert "changed after this signature, beyond adding signatures" in text
    assert "verdict: ALTERED" in text

    result = signing.verify_pdf(countersigned, [signing.ca_certificate(material.keys.parent / "ca")])
    assert [c.intact for c in result.signatures] == [False, True]
    assert [c.trusted for c in result.signatures] == [True, True]
    assert result.signatures[0].after == signing.AFTER_CONTENT and not result.intact and result.exit_code == 2


# ---------------------------------------------------------------- (f) a legitimate second signature


def test_second_signature_on_an_untouched_report_keeps_it_intact(material, tmp_path, capsys) -> None:  # noqa: ANN001
    both = tmp_path / "both.pdf"
    signing.sign_pdf(material.signed, both, "bob", PASS, material.keys)
    blocks = _pdfsig_blocks(both)
    assert len(blocks) == 2 and all("Signature is Valid." in b for b in blocks)
    assert "Total document signed" in blocks[1]

    code, text = _verify(both, material.trusted_db, capsys)
    assert code == 0, text
    assert "signatures: 2" in text and text.count("intact: yes") == 2 and text.count("trusted: yes") == 2
    assert "form fields filled in or signed: OpsDeskSignature2" in text
    assert "verdict: intact, every signer trusted" in text

    code, text = _verify(both, material.bare_db, capsys)
    assert code == 1, text
    assert text.count("intact: yes") == 2 and text.count("trusted: no") == 2

    checks = signing.verify_pdf(both).signatures
    assert [c.signer.endswith(n) for c, n in zip(checks, ("Alice Wong", "Bob Li"))] == [True, True]
    assert [c.after for c in checks] == [signing.AFTER_SIGNATURES, signing.AFTER_NONE]
    assert [c.coverage for c in checks] == [signing.COVERAGE_REVISION, signing.COVERAGE_DOCUMENT]
    assert checks[0].revision < checks[1].revision == checks[1].revisions - 1


# ---------------------------------------------------------------- (g) unsigned


def test_unsigned_report_exits_2(material, capsys) -> None:  # noqa: ANN001
    assert "does not contain any signatures" in _pdfsig(material.report)
    code, text = _verify(material.report, material.trusted_db, capsys)
    assert code == 2, text
    assert "signed: no" in text and "verdict: not signed" in text


# ---------------------------------------------------------------- stricter than pyHanko's FORM_FILLING


def test_filling_another_form_field_before_a_countersignature_is_altered(material, tmp_path, capsys) -> None:  # noqa: ANN001
    """pyHanko calls a changed text field "form filling"; after a signed report only a later
    signature's own field may be filled."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from reportlab.pdfgen import canvas

    form = tmp_path / "form.pdf"
    c = canvas.Canvas(str(form))
    c.drawString(72, 720, "Score:")
    c.acroForm.textfield(name="score", value="62", x=120, y=710, width=100, height=20)
    c.showPage()
    c.save()
    signed = tmp_path / "form-signed.pdf"
    signing.sign_pdf(form, signed, "alice", PASS, material.keys)
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()), strict=False)
    field = next(f.get_object() for f in writer.root["/AcroForm"]["/Fields"] if f.get_object().get("/T") == "score")
    field[generic.pdf_name("/V")] = generic.TextStringObject("100")
    writer.update_container(field)
    filled = tmp_path / "form-filled.pdf"
    out = io.BytesIO()
    writer.write(out)
    filled.write_bytes(out.getvalue())
    countersigned = tmp_path / "form-countersigned.pdf"
    signing.sign_pdf(filled, countersigned, "bob", PASS, material.keys)
    first, second = _pdfsig_blocks(countersigned)
    assert "Not total document signed" in first and "Total document signed" in second

    code, text = _verify(countersigned, material.trusted_db, capsys)
    assert code == 2, text
    assert "form fields changed that no later signature explains: score" in text
    checks = signing.verify_pdf(countersigned).signatures
    assert checks[0].modification == "form_filling" and not checks[0].intact and checks[1].intact
