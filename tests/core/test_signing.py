"""Digital signatures: identities outside the workspace, a head-office CA, PAdES signing with a
visible box, and `opsdesk verify` exit codes (0 trusted, 1 untrusted, 2 altered/unsigned)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from acting import signed_in
from opsdesk import auth, cli, signing
from opsdesk.db import Database
from opsdesk.errors import CertificateMismatchError, PassphraseError
from opsdesk.permissions import as_system
from opsdesk.services import org
from opsdesk.services.context import AppContext

PASS = "correct horse battery staple"
ALICE_PASSWORD = "alice-pass-1"  # her sign-in password (the key's passphrase is PASS)
MARKER = b"Inspection report 12345"

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig not installed")


@pytest.fixture
def keys(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "keys"
    monkeypatch.setenv(signing.KEYS_ENV, str(folder))
    return folder


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, org.UserDTO]:
    path = tmp_path / "w.sqlite"
    db = Database.open(path)
    try:
        user = org.create_user(AppContext(db), org.UserInput(username="alice", name="Alice Wong",
                                                              role="store_manager"))
        auth.set_password(as_system(AppContext(db)), user.id, ALICE_PASSWORD)  # the command line signs in as her
    finally:
        db.close()
    return path, user


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pageCompression=0)
    c.drawString(72, 720, MARKER.decode())
    c.showPage()
    c.drawString(72, 720, "Page 2")
    c.showPage()
    c.save()
    return path


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\n")
    return path


def _pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def _verify(path: Path, db: Path, capsys) -> tuple[int, str]:  # noqa: ANN001
    capsys.readouterr()
    code = cli.main(["verify", str(path), "--db", str(db)])
    return code, capsys.readouterr().out


def _run(*argv: str) -> None:
    assert cli.main(list(argv)) == 0


@needs_pdfsig
def test_signature_is_valid_and_one_changed_byte_breaks_it(tmp_path, keys, workspace, pdf, capsys):
    db_path, user = workspace
    signing.create_identity(user.id, user.name, PASS)
    out = tmp_path / "signed.pdf"
    signing.sign_pdf(pdf, out, user.id, PASS, reason="report", location="Shanghai")
    assert out.read_bytes().startswith(pdf.read_bytes())  # incremental update
    report = _pdfsig(out)
    assert "Signature Validation: Signature is Valid." in report
    assert "Total document signed" in report

    # visible box on the last page
    from pyhanko.pdf_utils.reader import PdfFileReader

    with out.open("rb") as f:
        sig = PdfFileReader(f).embedded_signatures[0]
        field = sig.sig_field
        widget = field["/Kids"][0].get_object() if "/Kids" in field else field
        rect = [float(v) for v in widget["/Rect"]]
        assert rect[2] - rect[0] > 50 and rect[3] - rect[1] > 20
        assert rect[0] > 612 / 2 and rect[1] < 792 / 2  # bottom right

    data = out.read_bytes()
    i = data.index(MARKER)
    offset, length = int(sig.byte_range[0]), int(sig.byte_range[1])
    assert offset <= i < offset + length  # inside the first signed range
    bad = tmp_path / "altered.pdf"
    bad.write_bytes(data[:i] + b"X" + data[i + 1:])
    assert "Signature is Valid." not in _pdfsig(bad)
    code, text = _verify(bad, db_path, capsys)
    assert code == 2
    assert "intact: no" in text


def test_ca_issued_certificate_is_trusted(tmp_path, keys, workspace, pdf, passfile, capsys):
    db_path, user = workspace
    ca_dir, csr, cert, out = tmp_path / "ca", tmp_path / "alice.csr", tmp_path / "alice.crt", tmp_path / "s.pdf"
    _run("ca", "init", str(ca_dir), "--name", "Head Office CA", "--passphrase-file", str(passfile))
    _run("identity", "create", "--db", str(db_path), "--user", "alice", "--passphrase-file", str(passfile))
    _run("identity", "csr", "--db", str(db_path), "--user", "alice", "--passphrase-file", str(passfile),
         "-o", str(csr))
    _run("ca", "issue", str(csr), "--ca", str(ca_dir), "--passphrase-file", str(passfile), "-o", str(cert))
    _run("identity", "import", str(cert), "--db", str(db_path), "--user", user.id)
    _run(*signed_in("alice", ALICE_PASSWORD), "trust", str(ca_dir / "cert.pem"), "--db", str(db_path))

    signing.sign_pdf(pdf, out, user.id, PASS)
    code, text = _verify(out, db_path, capsys)
    assert code == 0, text
    assert "signer: " in text and "Alice Wong" in text
    assert "intact: yes" in text and "trusted: yes" in text
    issued = signing.identity_info(user.id)
    assert issued.fingerprint in text
    assert issued.issuer == "CN=Head Office CA"
    assert "signing time: " in text

    # the CLI's sign command works too
    out2 = tmp_path / "s2.pdf"
    _run("sign", str(pdf), "-o", str(out2), "--db", str(db_path), "--user", "alice",
         "--passphrase-file", str(passfile))
    assert _verify(out2, db_path, capsys)[0] == 0

    # the CA's certificate is a trust root, not a signing certificate: a different CA is not trusted
    other = tmp_path / "other-ws.sqlite"
    Database.open(other).close()
    other_ca = tmp_path / "ca2"
    signing.ca_init(other_ca, "Other CA", PASS)
    other_db = Database.open(other)
    try:
        signing.trust(other_db, (other_ca / "cert.pem").read_bytes())
    finally:
        other_db.close()
    assert _verify(out, other, capsys)[0] == 1


def test_self_signed_identity_is_untrusted_until_trusted(tmp_path, keys, workspace, pdf, capsys):
    db_path, user = workspace
    info = signing.create_identity(user.id, user.name, PASS)
    out = tmp_path / "s.pdf"
    signing.sign_pdf(pdf, out, user.id, PASS)
    code, text = _verify(out, db_path, capsys)
    assert code == 1, text
    assert "intact: yes" in text and "trusted: no" in text
    assert info.fingerprint in text

    db = Database.open(db_path)
    try:
        signing.trust(db, (keys / user.id / "cert.pem").read_bytes())
        signing.trust(db, (keys / user.id / "cert.pem").read_bytes())  # idempotent
        assert len(signing.trust_roots(db)) == 1
    finally:
        db.close()
    assert _verify(out, db_path, capsys)[0] == 0


def test_unsigned_and_unreadable_files_exit_2(tmp_path, workspace, pdf, capsys):
    db_path, _ = workspace
    code, text = _verify(pdf, db_path, capsys)
    assert code == 2
    assert "signed: no" in text
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"not a pdf at all")
    assert _verify(junk, db_path, capsys)[0] == 2
    assert cli.main(["verify", str(tmp_path / "missing.pdf"), "--db", str(db_path)]) == 2


def test_wrong_passphrase_is_refused_and_writes_nothing(tmp_path, keys, workspace, pdf, capsys):
    db_path, user = workspace
    signing.create_identity(user.id, user.name, PASS)
    out = tmp_path / "s.pdf"
    with pytest.raises(PassphraseError) as info:
        signing.sign_pdf(pdf, out, user.id, "wrong")
    assert info.value.code == "wrong_passphrase"
    assert not out.exists()
    assert not list(tmp_path.glob("s.pdf*"))
    with pytest.raises(PassphraseError):
        signing.make_csr(user.id, "wrong")

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope\n")
    capsys.readouterr()
    assert cli.main(["sign", str(pdf), "-o", str(out), "--db", str(db_path), "--user", "alice",
                     "--passphrase-file", str(wrong)]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
    assert not out.exists()


def test_certificate_for_another_key_is_refused(tmp_path, keys, workspace):
    _, user = workspace
    signing.create_identity(user.id, user.name, PASS)
    signing.create_identity("someone-else", "Eve", PASS)
    before = (keys / user.id / "cert.pem").read_bytes()
    with pytest.raises(CertificateMismatchError):
        signing.import_certificate(user.id, (keys / "someone-else" / "cert.pem").read_bytes())
    assert (keys / user.id / "cert.pem").read_bytes() == before


def test_keys_live_outside_the_workspace(tmp_path, keys, workspace, passfile):
    db_path, user = workspace
    _run("identity", "create", "--db", str(db_path), "--user", "alice", "--passphrase-file", str(passfile))
    key_pem = (keys / user.id / "key.pem").read_bytes()
    assert key_pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert PASS.encode() not in key_pem
    body = b"".join(key_pem.splitlines()[1:-1])
    cert_body = b"".join((keys / user.id / "cert.pem").read_bytes().splitlines()[1:-1])
    for f in db_path.parent.glob(db_path.name + "*"):
        content = f.read_bytes()
        assert b"ENCRYPTED PRIVATE KEY" not in content  # (the node's own sync key is not ours)
        assert body[:64] not in content and cert_body[:64] not in content
    assert signing.keys_base(None) == keys
    assert signing.keys_base(tmp_path / "x") == tmp_path / "x"


def _one_page(path: Path) -> Path:
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, MARKER.decode())
    c.showPage()
    c.save()
    return path


def test_the_visible_stamp_names_the_signer_role_time_and_certificate(tmp_path, keys) -> None:  # noqa: ANN001
    info = signing.create_identity("u1", "赵督导", PASS)
    src = _one_page(tmp_path / "r.pdf")
    out = tmp_path / "s.pdf"
    signing.sign_pdf(src, out, "u1", PASS, stamp=signing.Stamp("赵督导", "supervisor"))
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "签署人：赵督导（督导）" in text
    assert "签署时间：" in text and "OpsDesk 数字签名" in text
    assert signing.short_fingerprint(info.fingerprint) in text  # e.g. A797 0424 064A 4135
    assert "þÿ" not in text and "Digitally signed" not in text  # not pyHanko's default stamp any more
    check = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True)
    assert "Signature is Valid" in check.stdout and "Total document signed" in check.stdout
    assert signing.verify_pdf(out).signer == "赵督导"  # the name, not "Common Name: 赵督导"


def test_a_signer_without_an_account_is_marked_in_the_stamp_and_english_works(tmp_path, keys) -> None:  # noqa: ANN001
    signing.create_identity("u1", "Li Gong", PASS)
    out = tmp_path / "s.pdf"
    signing.sign_pdf(_one_page(tmp_path / "r.pdf"), out, "u1", PASS,
                     stamp=signing.Stamp("Li Gong", "supplier", external=True), lang="en")
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Signed by: Li Gong (Supplier, no account)" in text
    out_zh = tmp_path / "zh.pdf"
    signing.sign_pdf(_one_page(tmp_path / "r2.pdf"), out_zh, "u1", PASS,
                     stamp=signing.Stamp("李供应", "supplier", external=True))
    assert "李供应（供应商，无账号）" in subprocess.run(["pdftotext", str(out_zh), "-"], capture_output=True,
                                                 text=True, check=True).stdout


def test_without_a_stamp_the_certificate_name_is_shown(tmp_path, keys) -> None:  # noqa: ANN001
    signing.create_identity("u1", "Alice Wong", PASS)
    out = tmp_path / "s.pdf"
    signing.sign_pdf(_one_page(tmp_path / "r.pdf"), out, "u1", PASS)
    assert "Alice Wong" in subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                          check=True).stdout


def test_check_passphrase_refuses_before_anything(tmp_path, keys) -> None:  # noqa: ANN001
    signing.create_identity("u1", "Alice Wong", PASS)
    with pytest.raises(PassphraseError):
        signing.check_passphrase("u1", "wrong")
    signing.check_passphrase("u1", PASS)


def test_verifying_writes_nothing_to_stderr(tmp_path, keys) -> None:  # noqa: ANN001
    """pyHanko logs tracebacks (a self-signed certificate, a broken digest); none may reach stderr."""
    import os
    import sys

    signing.create_identity("u1", "Alice Wong", PASS)
    src = _one_page(tmp_path / "r.pdf")
    signed = tmp_path / "s.pdf"
    signing.sign_pdf(src, signed, "u1", PASS)
    data = bytearray(signed.read_bytes())
    data[len(data) // 3] ^= 1
    tampered = tmp_path / "t.pdf"
    tampered.write_bytes(bytes(data))
    code = ("import sys; from opsdesk import signing\n"
            "for f in sys.argv[1:]:\n"
            "    r = signing.verify_pdf(f)\n"
            "    print(r.signed, r.intact, r.trusted)\n")
    done = subprocess.run([sys.executable, "-c", code, str(signed), str(tampered), str(src)],
                          capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2],
                          env={**os.environ, signing.KEYS_ENV: str(keys)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["True True False", "True False False", "False False False"]
    assert done.stderr == ""
