"""Digital signatures: signing identities, a head-office CA, PAdES B-B signing and verification.

A user's identity (an EC P-256 key encrypted with a passphrase, and a certificate) lives under
``user_data_dir()/keys/<user_id>/`` -- never in the workspace database, so it is never synced.
The base folder can be moved with the ``keys_dir`` argument or the ``OPSDESK_KEYS_DIR``
environment variable. The workspace only holds its trust roots (certificates, meta key
``trust_roots``).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from opsdesk import paths
from opsdesk.errors import (
    CertificateMismatchError,
    IdentityError,
    PassphraseError,
    SigningError,
)

KEYS_ENV = "OPSDESK_KEYS_DIR"
TRUST_ROOTS_KEY = "trust_roots"
KEY_FILE = "key.pem"
CERT_FILE = "cert.pem"
SIG_FIELD = "OpsDeskSignature"
# bottom right of the last page, in PDF points (x1, y1, x2, y2)
SIG_BOX_SIZE = (220, 60)
SIG_BOX_MARGIN = 36


@dataclass(frozen=True)
class IdentityInfo:
    fingerprint: str  # sha256 of the certificate's DER, hex
    subject: str
    not_after: dt.datetime
    issuer: str = ""
    self_signed: bool = True


COVERAGE_DOCUMENT = "whole document"  # the signature covers every byte of the file
COVERAGE_REVISION = "whole revision"  # its revision entirely; later incremental updates exist
COVERAGE_PARTIAL = "partial"  # a byte range that does not cover its own revision
# what follows a signature's revision, in one word (SignatureCheck.after)
AFTER_NONE = "none"  # nothing: the signature covers the whole file
AFTER_SIGNATURES = "signatures"  # only what pyHanko classifies as harmless: later signatures, LTA data
AFTER_CONTENT = "content"  # a later revision changed page content or the page count
AFTER_APPENDED = "appended"  # bytes after the signed revision that are no valid incremental update
AFTER_OTHER = "other"  # any other change pyHanko cannot explain, or a non-standard byte range


@dataclass(frozen=True)
class SignatureCheck:
    """The verdict on one signature (or document timestamp) of a PDF.

    ``digest_ok``: the byte-range digest holds, the signature value is valid and ``/Contents`` is
    exactly the DER signature followed by zero padding. ``changes``: what was changed in the file
    after the revision this signature signed (empty when it covers the whole document).
    ``intact``: ``digest_ok``, a standard coverage, and every later change is harmless (a later
    signature or timestamp); nothing at all may follow the last signature."""

    index: int  # 1-based, in signing order
    field_name: str
    signer: str
    fingerprint: str
    signing_time: dt.datetime | None
    revision: int  # 1-based revision of the file this signature signed
    revisions: int  # revisions in the file
    coverage: str  # COVERAGE_DOCUMENT / COVERAGE_REVISION / COVERAGE_PARTIAL
    digest_ok: bool
    intact: bool
    trusted: bool
    modification: str = ""  # pyHanko's ModificationLevel after it: none, lta_updates, form_filling, ...
    after: str = AFTER_NONE  # AFTER_*: what follows its revision, in one word
    changes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    timestamp: bool = False  # a document timestamp (/DocTimeStamp), not a signature


@dataclass(frozen=True)
class VerifyResult:
    """The verdict on a whole PDF: ``intact`` only if every signature is intact; ``trusted`` only if
    it is intact and every signer is trusted. ``signer``/``fingerprint``/``signing_time`` are the
    last signature's; ``problems`` lists every problem of the file and of each signature."""

    signed: bool
    intact: bool
    trusted: bool
    signer: str = ""
    fingerprint: str = ""
    signing_time: dt.datetime | None = None
    problems: list[str] = field(default_factory=list)
    signatures: tuple[SignatureCheck, ...] = ()

    @property
    def exit_code(self) -> int:
        """0 intact and every signature trusted, 1 intact but some signature untrusted,
        2 altered, unreadable or unsigned."""
        if not (self.signed and self.intact):
            return 2
        return 0 if self.trusted else 1


# ---------------------------------------------------------------- helpers


def keys_base(keys_dir: str | Path | None = None) -> Path:
    if keys_dir is not None:
        return Path(keys_dir)
    env = os.environ.get(KEYS_ENV)
    if env:
        return Path(env)
    return paths.user_data_dir() / "keys"


def identity_dir(user_id: str, keys_dir: str | Path | None = None) -> Path:
    if not user_id or "/" in user_id or "\\" in user_id or user_id in (".", ".."):
        raise IdentityError(f"invalid user id: {user_id!r}", user_id=user_id)
    return keys_base(keys_dir) / user_id


def _pw(passphrase: str | bytes) -> bytes:
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _write_atomic(path: Path, data: bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mkdir_private(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except OSError:  # pragma: no cover - e.g. a file system without modes
        pass


def _new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key: ec.EllipticCurvePrivateKey, passphrase: str | bytes) -> bytes:
    pw = _pw(passphrase)
    if not pw:
        raise PassphraseError("the passphrase must not be empty")
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(pw))


def _load_key(path: Path, passphrase: str | bytes) -> ec.EllipticCurvePrivateKey:
    if not path.is_file():
        raise IdentityError(f"no key at {path}", path=str(path))
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=_pw(passphrase))
    except (ValueError, TypeError) as exc:
        raise PassphraseError("wrong passphrase for the private key") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise IdentityError("the key is not an EC key")
    return key


def _load_certs(data: bytes) -> list[x509.Certificate]:
    try:
        certs = x509.load_pem_x509_certificates(data)
    except ValueError:
        try:
            certs = [x509.load_der_x509_certificate(data)]
        except ValueError as exc:
            raise IdentityError("not a certificate (PEM or DER expected)") from exc
    if not certs:
        raise IdentityError("no certificate found")
    return certs


def _same_key(a, b) -> bool:  # noqa: ANN001
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return a.public_bytes(*fmt) == b.public_bytes(*fmt)


def _name(common_name: str, organization: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if organization:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization))
    return x509.Name(attrs)


# The user roles a certificate may certify (= opsdesk.permissions.ROLES; not imported: signing stays low-level).
CERT_ROLES = ("head_office", "ops_manager", "supervisor", "store_manager", "staff")


def _person_name(common_name: str, user_id: str, role: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, common_name), x509.NameAttribute(NameOID.USER_ID, user_id)]
    if role:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, role))
    return x509.Name(attrs)


def certified_role(cert: x509.Certificate) -> str | None:
    """The user role a CA certified (the subject's OU), or None."""
    ous = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)
    role = str(ous[0].value) if len(ous) == 1 else None
    return role if role in CERT_ROLES else None


def certified_user(cert: x509.Certificate) -> str | None:
    """The user id of the subject (UID), or None."""
    uids = cert.subject.get_attributes_for_oid(NameOID.USER_ID)
    return str(uids[0].value) if len(uids) == 1 else None


def _user_extensions(builder: x509.CertificateBuilder, public_key, issuer_key=None):  # noqa: ANN001, ANN202
    builder = builder.add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    builder = builder.add_extension(x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
        encipher_only=False, decipher_only=False), critical=True)
    builder = builder.add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    if issuer_key is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key), critical=False)
    return builder


def _info(cert: x509.Certificate) -> IdentityInfo:
    return IdentityInfo(fingerprint=fingerprint(cert), subject=cert.subject.rfc4514_string(),
                        not_after=cert.not_valid_after_utc, issuer=cert.issuer.rfc4514_string(),
                        self_signed=cert.issuer == cert.subject)


# ---------------------------------------------------------------- identities


def create_identity(user_id: str, name: str, passphrase: str | bytes,
                    keys_dir: str | Path | None = None, *, years: int = 5,
                    overwrite: bool = False) -> IdentityInfo:
    """A new EC P-256 key (encrypted with ``passphrase``) and a self-signed certificate, CN = name."""
    folder = identity_dir(user_id, keys_dir)
    if (folder / KEY_FILE).exists() and not overwrite:
        raise IdentityError(f"user {user_id} already has a signing identity", user_id=user_id)
    key = _new_key()
    key_pem = _key_pem(key, passphrase)
    now = _now()
    subject = _name(name)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5))
               .not_valid_after(now + dt.timedelta(days=365 * years + years // 4)))
    builder = _user_extensions(builder, key.public_key(), key.public_key())
    cert = builder.sign(key, hashes.SHA256())
    _mkdir_private(folder)
    _write_atomic(folder / KEY_FILE, key_pem, 0o600)
    _write_atomic(folder / CERT_FILE, cert.public_bytes(serialization.Encoding.PEM))
    return _info(cert)


def has_identity(user_id: str, keys_dir: str | Path | None = None) -> bool:
    folder = identity_dir(user_id, keys_dir)
    return (folder / KEY_FILE).is_file() and (folder / CERT_FILE).is_file()


def identity_chain(user_id: str, keys_dir: str | Path | None = None) -> list[x509.Certificate]:
    """The identity's certificate first, then any chain certificates imported with it."""
    path = identity_dir(user_id, keys_dir) / CERT_FILE
    if not path.is_file():
        raise IdentityError(f"user {user_id} has no signing identity", user_id=user_id)
    return _load_certs(path.read_bytes())


def identity_info(user_id: str, keys_dir: str | Path | None = None) -> IdentityInfo:
    return _info(identity_chain(user_id, keys_dir)[0])


def make_csr(user_id: str, passphrase: str | bytes, keys_dir: str | Path | None = None,
             name: str | None = None, role: str | None = None) -> bytes:
    """A PEM certificate signing request for the identity's key: subject = its certificate's common name
    (or ``name``), the user id (UID, what a signed decision's decider is checked against) and, when given,
    the role asked for (OU; the CA decides the role it certifies: ``ca_issue(..., role=...)``)."""
    folder = identity_dir(user_id, keys_dir)
    key = _load_key(folder / KEY_FILE, passphrase)
    cert = identity_chain(user_id, keys_dir)[0]
    subject = _person_name(name or _common_name(cert), user_id, role)
    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    return csr.public_bytes(serialization.Encoding.PEM)


def import_certificate(user_id: str, cert_pem: bytes, keys_dir: str | Path | None = None) -> IdentityInfo:
    """Replace the identity's certificate by ``cert_pem`` (a CA-issued one, optionally followed by
    its chain). Refused with :class:`CertificateMismatchError` unless it certifies the identity's key."""
    folder = identity_dir(user_id, keys_dir)
    current = identity_chain(user_id, keys_dir)[0]
    certs = _load_certs(cert_pem)
    leaf = certs[0]
    if not _same_key(leaf.public_key(), current.public_key()):
        raise CertificateMismatchError("the certificate is not for this identity's key", user_id=user_id)
    if leaf.not_valid_after_utc < _now():
        raise IdentityError("the certificate has expired", user_id=user_id)
    data = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)
    _write_atomic(folder / CERT_FILE, data)
    return _info(leaf)


# ---------------------------------------------------------------- certificate authority


def ca_init(ca_dir: str | Path, name: str, passphrase: str | bytes, *, years: int = 10,
            overwrite: bool = False) -> IdentityInfo:
    """A head-office CA: a key encrypted with ``passphrase`` and a self-signed CA certificate."""
    folder = Path(ca_dir)
    if (folder / KEY_FILE).exists() and not overwrite:
        raise IdentityError(f"{folder} already holds a CA", path=str(folder))
    key = _new_key()
    key_pem = _key_pem(key, passphrase)
    now = _now()
    subject = _name(name)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=365 * years + years // 4))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=False, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    _mkdir_private(folder)
    _write_atomic(folder / KEY_FILE, key_pem, 0o600)
    _write_atomic(folder / CERT_FILE, cert.public_bytes(serialization.Encoding.PEM))
    return _info(cert)


def ca_certificate(ca_dir: str | Path) -> bytes:
    path = Path(ca_dir) / CERT_FILE
    if not path.is_file():
        raise IdentityError(f"{ca_dir} holds no CA", path=str(ca_dir))
    return path.read_bytes()


def ca_issue(ca_dir: str | Path, ca_passphrase: str | bytes, csr_pem: bytes, days: int = 730,
             role: str | None = None) -> bytes:
    """A user certificate (PEM) for the key and subject of ``csr_pem``, signed by the CA. ``role``: the user
    role the CA certifies (the subject's OU; any OU of the request is dropped: only the CA names a role).
    A certificate without a role proves none (``certified_role``)."""
    if role is not None and role not in CERT_ROLES:
        raise IdentityError(f"unknown role {role!r}", role=role)
    folder = Path(ca_dir)
    ca_cert = _load_certs(ca_certificate(folder))[0]
    ca_key = _load_key(folder / KEY_FILE, ca_passphrase)
    try:
        csr = x509.load_pem_x509_csr(csr_pem)
    except ValueError:
        try:
            csr = x509.load_der_x509_csr(csr_pem)
        except ValueError as exc:
            raise IdentityError("not a certificate signing request") from exc
    if not csr.is_signature_valid:
        raise IdentityError("the certificate signing request's signature is invalid")
    if days <= 0:
        raise IdentityError("days must be positive", days=days)
    now = _now()
    not_after = min(now + dt.timedelta(days=days), ca_cert.not_valid_after_utc)
    attrs = [a for a in csr.subject if a.oid != NameOID.ORGANIZATIONAL_UNIT_NAME]
    if role:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, role))
    builder = (x509.CertificateBuilder().subject_name(x509.Name(attrs)).issuer_name(ca_cert.subject)
               .public_key(csr.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(not_after))
    builder = _user_extensions(builder, csr.public_key(), ca_key.public_key())
    cert = builder.sign(ca_key, hashes.SHA256())
    return cert.public_bytes(serialization.Encoding.PEM)


# ---------------------------------------------------------------- trust roots of a workspace


def _meta_db(ctx_or_db):  # noqa: ANN001, ANN202
    return getattr(ctx_or_db, "db", ctx_or_db)


def trust_roots(ctx_or_db) -> list[bytes]:  # noqa: ANN001
    raw = _meta_db(ctx_or_db).get_meta(TRUST_ROOTS_KEY)
    if not raw:
        return []
    try:
        items = json.loads(raw)
    except ValueError:
        return []
    return [s.encode("ascii") for s in items if isinstance(s, str)]


def trust(ctx_or_db, cert_pem: bytes) -> IdentityInfo:  # noqa: ANN001
    """Add the (first) certificate of ``cert_pem`` to the workspace's trust roots (idempotent)."""
    cert = _load_certs(cert_pem)[0]
    db = _meta_db(ctx_or_db)
    roots = trust_roots(db)
    fp = fingerprint(cert)
    known = set()
    for pem in roots:
        try:
            known.add(fingerprint(x509.load_pem_x509_certificate(pem)))
        except ValueError:
            continue
    if fp not in known:
        roots.append(cert.public_bytes(serialization.Encoding.PEM))
        db.set_meta(TRUST_ROOTS_KEY, json.dumps([r.decode("ascii") for r in roots]))
    return _info(cert)


def untrust(ctx_or_db, fp: str) -> bool:  # noqa: ANN001
    db = _meta_db(ctx_or_db)
    roots = trust_roots(db)
    kept = [r for r in roots if fingerprint(x509.load_pem_x509_certificate(r)) != fp.lower()]
    if len(kept) != len(roots):
        db.set_meta(TRUST_ROOTS_KEY, json.dumps([r.decode("ascii") for r in kept]) if kept else None)
        return True
    return False


# ---------------------------------------------------------------- signing


def _to_asn1_cert(cert: x509.Certificate):  # noqa: ANN202
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _signer(user_id: str, passphrase: str | bytes, keys_dir: str | Path | None):  # noqa: ANN202
    _load_pyhanko_sign()
    from asn1crypto import keys as asn1_keys
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    folder = identity_dir(user_id, keys_dir)
    key = _load_key(folder / KEY_FILE, passphrase)
    chain = identity_chain(user_id, keys_dir)
    if not _same_key(key.public_key(), chain[0].public_key()):
        raise CertificateMismatchError("the certificate is not for this identity's key", user_id=user_id)
    der_key = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    certs = [_to_asn1_cert(c) for c in chain]
    return signers.SimpleSigner(signing_cert=certs[0],
                                signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
                                cert_registry=SimpleCertificateStore.from_certs(certs))


def check_passphrase(user_id: str, passphrase: str | bytes, keys_dir: str | Path | None = None) -> None:
    """Unlock the identity's key and check it fits its certificate, or raise (:class:`PassphraseError`,
    :class:`IdentityError`, :class:`CertificateMismatchError`): ask this before building anything.
    Fast (no pyHanko import): it may run on a GUI thread."""
    key = _load_key(identity_dir(user_id, keys_dir) / KEY_FILE, passphrase)
    if not _same_key(key.public_key(), identity_chain(user_id, keys_dir)[0].public_key()):
        raise CertificateMismatchError("the certificate is not for this identity's key", user_id=user_id)


def unlock(ctx, user_id: str, passphrase: str | bytes, keys_dir: str | Path | None = None) -> None:  # noqa: ANN001
    """Check the passphrase of ``user_id``'s identity and keep the unlocked key in ``ctx.unlocked`` (user id ->
    private key) until ``ctx.forget_secrets()`` (lock, sign-out, switch of user). Raises like
    ``check_passphrase``; nothing is kept then."""
    key = _load_key(identity_dir(user_id, keys_dir) / KEY_FILE, passphrase)
    if not _same_key(key.public_key(), identity_chain(user_id, keys_dir)[0].public_key()):
        raise CertificateMismatchError("the certificate is not for this identity's key", user_id=user_id)
    ctx.unlocked[user_id] = key


def chain_pem(user_id: str, keys_dir: str | Path | None = None) -> str:
    """The identity's certificate chain as PEM text (leaf first)."""
    return "".join(c.public_bytes(serialization.Encoding.PEM).decode("ascii") for c in identity_chain(user_id, keys_dir))


@dataclass(frozen=True)
class Stamp:
    """What the visible signature box says besides the time and the certificate: who signed, as what.

    ``role``: a user role or signer role code (``STAMP_ROLES``) or already a word; ``external``: a
    signer without an account, whose name was typed (shown as such)."""

    name: str
    role: str = ""
    external: bool = False


STAMP_TEXT = {
    "zh_CN": {"title": "OpsDesk 数字签名", "signer": "签署人：", "time": "签署时间：", "cert": "证书指纹：",
              "external": "无账号", "sep": "，", "open": "（", "close": "）"},
    "en": {"title": "OpsDesk digital signature", "signer": "Signed by: ", "time": "Time: ",
           "cert": "Certificate: ", "external": "no account", "sep": ", ", "open": " (", "close": ")"},
}
STAMP_ROLES = {
    "zh_CN": {"head_office": "总部", "ops_manager": "运营经理", "supervisor": "督导", "store_manager": "店长",
              "staff": "店员", "franchisee": "加盟商", "supplier": "供应商", "witness": "见证人", "contractor": "施工方"},
    "en": {"head_office": "Head office", "ops_manager": "Operations manager", "supervisor": "Supervisor",
           "store_manager": "Store manager", "staff": "Staff", "franchisee": "Franchisee", "supplier": "Supplier",
           "witness": "Witness", "contractor": "Contractor"},
}


def short_fingerprint(fp: str) -> str:
    """The first 16 hex digits of a fingerprint in groups of four: ``AB12 CD34 EF56 7890``."""
    head = fp[:16].upper()
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


def stamp_lines(stamp: Stamp, fp: str, when: dt.datetime, lang: str = "zh_CN") -> list[str]:
    """The visible signature box's lines: title, signer (role, no account), local time, fingerprint."""
    text = STAMP_TEXT.get(lang, STAMP_TEXT["zh_CN"])
    roles = STAMP_ROLES.get(lang, STAMP_ROLES["zh_CN"])
    extra = [roles.get(stamp.role, stamp.role)] if stamp.role else []
    if stamp.external:
        extra.append(text["external"])
    who = stamp.name + (text["open"] + text["sep"].join(extra) + text["close"] if extra else "")
    local = when.astimezone()
    return [text["title"], text["signer"] + who, text["time"] + local.strftime("%Y-%m-%d %H:%M %z"),
            text["cert"] + short_fingerprint(fp)]


def _stamp_pdf(path: Path, lines: list[str]) -> None:
    """A one-page PDF of SIG_BOX_SIZE holding the stamp, drawn with the reports' bundled CJK font."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from opsdesk.reports.layout import register_fonts

    font = register_fonts()
    w, h = SIG_BOX_SIZE
    c = canvas.Canvas(str(path), pagesize=(w, h))
    c.setStrokeColor(HexColor("#1f4e79"))
    c.setLineWidth(1)
    c.roundRect(1, 1, w - 2, h - 2, 4)
    size, lead, pad = 8.0, 12.5, 6
    y = h - pad - size
    for i, line in enumerate(lines):
        fs = size
        while fs > 5 and stringWidth(line, font, fs) > w - 2 * pad:  # a long name: smaller, never clipped
            fs -= 0.5
        c.setFillColor(HexColor("#1f4e79") if i == 0 else HexColor("#111111"))
        c.setFont(font, fs)
        c.drawString(pad, y, line)
        y -= lead
    c.showPage()
    c.save()


def sign_pdf(in_path: str | Path, out_path: str | Path, user_id: str, passphrase: str | bytes,
             keys_dir: str | Path | None = None, *, reason: str = "OpsDesk report",
             location: str = "", field_name: str = SIG_FIELD, stamp: Stamp | None = None,
             lang: str = "zh_CN") -> IdentityInfo:
    """Sign ``in_path`` (PAdES B-B, visible box bottom right of the last page) into ``out_path``.

    The box shows ``stamp`` (signer name and role; by default the certificate's name), the local
    signing time and the certificate's short fingerprint, in ``lang`` ("zh_CN" or "en").
    The key is unlocked first: a wrong passphrase raises :class:`PassphraseError` and nothing is
    written. The output is written to a temporary file beside ``out_path`` and renamed."""
    _load_pyhanko_sign()
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    _quiet_pyhanko()
    signer = _signer(user_id, passphrase, keys_dir)  # raises before anything is written
    cert = identity_chain(user_id, keys_dir)[0]
    if stamp is None:
        stamp = Stamp(_common_name(cert))
    src = Path(in_path).read_bytes()
    out = Path(out_path)
    stamp_dir = tempfile.TemporaryDirectory(prefix="opsdesk-stamp-")
    try:
        stamp_file = Path(stamp_dir.name) / "stamp.pdf"
        _stamp_pdf(stamp_file, stamp_lines(stamp, fingerprint(cert), _now(), lang))
        style = StaticStampStyle.from_pdf_file(
            str(stamp_file), border_width=0,
            background_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins.uniform(0)))
        writer = IncrementalPdfFileWriter(io.BytesIO(src), strict=False)
        last = int(writer.root["/Pages"]["/Count"]) - 1
        page = writer.find_page_for_modification(last)[0].get_object()
        box = [float(v) for v in page.get("/CropBox", page["/MediaBox"])]
        w, h = SIG_BOX_SIZE
        x2, y1 = box[2] - SIG_BOX_MARGIN, box[1] + SIG_BOX_MARGIN
        sig_box = (int(x2 - w), int(y1), int(x2), int(y1 + h))
        field_name = _free_field_name(writer, field_name)
        meta = signers.PdfSignatureMetadata(
            field_name=field_name, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
            reason=reason or None, location=location or None)
        pdf_signer = signers.PdfSigner(
            meta, signer=signer, stamp_style=style,
            new_field_spec=fields.SigFieldSpec(field_name, on_page=last, box=sig_box))
        buf = io.BytesIO()
        pdf_signer.sign_pdf(writer, output=buf)
    except (PdfError, KeyError, ValueError) as exc:
        raise SigningError(f"cannot sign {in_path}: {exc}", path=str(in_path)) from exc
    finally:
        stamp_dir.cleanup()
    _write_atomic(out, buf.getvalue())
    return _info(identity_chain(user_id, keys_dir)[0])


def _common_name(cert: x509.Certificate) -> str:
    """The certificate's common name (a person's name), else its whole subject."""
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def _load_pyhanko_sign() -> None:
    """Import pyHanko's signing package with cryptography's "DSA is deprecated" warning silenced.

    pyHanko names cryptography's DSA key class at import (to recognise DSA signers; OpsDesk makes only
    EC keys), and cryptography 47 and later warn when that name is touched: a CLI command would print a
    warning nobody can act on. Imported once; later imports are the cached modules."""
    import sys
    import warnings

    if "pyhanko.sign.validation" in sys.modules:
        return
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="DSA is deprecated")
        import pyhanko.sign  # noqa: F401
        import pyhanko.sign.diff_analysis  # noqa: F401
        import pyhanko.sign.validation  # noqa: F401


def _quiet_pyhanko() -> None:
    """pyHanko and its certificate validator log warnings with tracebacks while they check a file;
    the verdict already says what is wrong. Without a handler of their own, Python's last-resort
    handler would print them on stderr: give them one that drops them (the app's log is opsdesk's)."""
    import logging

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _free_field_name(writer, base: str) -> str:  # noqa: ANN001
    _load_pyhanko_sign()
    from pyhanko.sign import fields

    try:
        taken = {name for name, _, _ in fields.enumerate_sig_fields(writer, filled_status=None)}
    except Exception:  # noqa: BLE001 - no form at all
        taken = set()
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}{n}"
    return name


# ---------------------------------------------------------------- verification

# pyHanko's modification levels that a later signature may bring: validation data/timestamps
# (LTA_UPDATES) and filling in a signature field (FORM_FILLING, a countersignature)
_HARMLESS_LEVELS = frozenset({"none", "lta_updates", "form_filling"})


def _contents_problem(data: bytes, sig) -> str | None:  # noqa: ANN001
    """None if the bytes between the two signed ranges are exactly ``<hex>`` of the DER signature
    followed only by zero padding, all in one letter case; otherwise what is wrong.

    pyHanko (like most readers) ignores whatever follows the DER value in ``/Contents``, so a
    changed padding digit would go unnoticed although the file is no longer the signed one."""
    from asn1crypto import parser as asn1_parser

    try:
        _start1, len1, start2, _len2 = (int(v) for v in sig.byte_range)
    except (TypeError, ValueError):
        return "the signature's byte range is not standard"
    raw = bytes(sig.pkcs7_content)
    gap = data[len1:start2]
    if len(gap) < 2 or gap[:1] != b"<" or gap[-1:] != b">":
        return "the signature value is not one hex string between the two signed byte ranges"
    if gap[1:-1] not in (raw.hex().encode("ascii"), raw.hex().upper().encode("ascii")):
        return "the signature's /Contents hex string was edited (not in one canonical form)"
    try:
        der_len = asn1_parser.peek(raw)
    except (TypeError, ValueError):
        return "the signature value is not DER"
    if any(raw[der_len:]):
        return "the /Contents padding after the signature value was changed"
    return None


def _page_contents(root) -> list[bytes]:  # noqa: ANN001
    """The raw content stream bytes of every page, in page order, as seen from ``root``."""
    from pyhanko.pdf_utils import generic

    pages: list[bytes] = []

    def stream_bytes(obj) -> bytes:  # noqa: ANN001
        obj = obj.get_object()
        if isinstance(obj, generic.ArrayObject):
            return b"\n".join(stream_bytes(o) for o in obj)
        if isinstance(obj, generic.StreamObject):
            return repr(obj.get("/Filter")).encode() + b"|" + obj.encoded_data
        return repr(obj).encode()

    def walk(node, depth: int) -> None:  # noqa: ANN001
        if depth > 64:
            raise ValueError("the page tree is too deep")
        node = node.get_object()
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            for kid in node["/Kids"]:
                walk(kid, depth + 1)
        else:
            pages.append(stream_bytes(node["/Contents"]) if "/Contents" in node else b"")

    walk(root["/Pages"], 0)
    return pages


def _page_changes(reader, revision: int) -> list[str]:  # noqa: ANN001
    """Which revisions after ``revision`` changed which page's content (or the page count)."""
    changes: list[str] = []
    try:
        before = _page_contents(reader.get_historical_root(revision))
        for rev in range(revision + 1, reader.xrefs.total_revisions):
            after = _page_contents(reader.get_historical_root(rev))
            if len(after) != len(before):
                changes.append(f"revision {rev} changed the page count from {len(before)} to {len(after)}")
            changed = [str(i) for i, (a, b) in enumerate(zip(before, after), 1) if a != b]
            if changed:
                changes.append(f"revision {rev} changed the content of page {', '.join(changed)}")
            before = after
    except Exception as exc:  # noqa: BLE001 - a broken page tree is itself a finding
        changes.append(f"the pages of later revisions could not be compared: {exc}")
    return changes


def _diff_changes(status) -> list[str]:  # noqa: ANN001
    """pyHanko's difference analysis of the revisions after a signature, in words."""
    _load_pyhanko_sign()
    from pyhanko.sign.diff_analysis import DiffResult, ModificationLevel

    diff = status.diff_result
    if diff is None:
        return []
    if isinstance(diff, DiffResult):
        out = []
        if diff.changed_form_fields:
            out.append("form fields filled in or signed: " + ", ".join(sorted(diff.changed_form_fields)))
        if diff.modification_level == ModificationLevel.LTA_UPDATES:
            out.append("validation data or document timestamps added")
        elif diff.modification_level.value > ModificationLevel.FORM_FILLING.value:
            out.append(f"modifications of level {diff.modification_level.name.lower()}")
        return out
    text = " ".join(str(diff).split())
    if len(text) > 300:
        text = text[:297] + "..."
    return [f"modifications pyHanko cannot explain: {text or type(diff).__name__}"]


def _asn1_roots(trust_roots_pem: list[bytes] | None) -> tuple[list, list[str]]:
    roots, problems = [], []
    for pem in trust_roots_pem or []:
        try:
            roots.extend(_to_asn1_cert(c) for c in x509.load_pem_x509_certificates(pem))
        except ValueError:
            problems.append("a trust root could not be read")
    return roots, problems


def _check_signature(reader, data: bytes, sig, index: int, count: int,  # noqa: ANN001, C901, PLR0912, PLR0915
                     roots: list, later_fields: frozenset[str] = frozenset()) -> SignatureCheck:
    """``later_fields``: the fields of the signatures made after this one -- the only form fields
    whose filling counts as harmless after it."""
    _load_pyhanko_sign()
    from pyhanko.sign.diff_analysis import DiffResult
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    problems: list[str] = []
    changes: list[str] = []
    timestamp = sig.sig_object_type == "/DocTimeStamp"
    signer = fp = ""
    try:
        cert = sig.signer_cert
        signer = str(cert.subject.native.get("common_name") or "") or cert.subject.human_friendly
        fp = cert.sha256.hex()
    except Exception as exc:  # noqa: BLE001
        problems.append(f"no signer certificate: {exc}")
    signing_time = None
    try:
        signing_time = sig.self_reported_timestamp
    except Exception:  # noqa: BLE001
        pass

    vc = ValidationContext(trust_roots=list(roots), allow_fetching=False, revocation_mode="soft-fail")
    status = None
    try:
        if timestamp:
            status = validate_pdf_timestamp(sig, vc)
        else:
            status = validate_pdf_signature(sig, vc, key_usage_settings=KeyUsageConstraints(
                key_usage={"non_repudiation", "digital_signature"}, match_all_key_usages=False))
    except Exception as exc:  # noqa: BLE001 - any failure means "not intact"
        problems.append(f"validation failed: {exc}")

    digest_ok = bool(status is not None and status.intact and status.valid)
    if status is not None:
        if not status.intact:
            problems.append("the signed bytes were altered (the digest does not match)")
        elif not status.valid:
            problems.append("the signature value does not match")
        reported = getattr(status, "signer_reported_dt", None)  # document timestamps have none
        if reported is not None:
            signing_time = reported
    contents = _contents_problem(data, sig)
    if contents:
        digest_ok = False
        problems.append(contents)

    try:
        level = status.coverage if status is not None else sig.evaluate_signature_coverage()
    except Exception:  # noqa: BLE001
        level = SignatureCoverageLevel.UNCLEAR
    total = reader.xrefs.total_revisions
    revision = sig.signed_revision
    later = revision < total - 1
    last = index == count
    modification = ""
    if status is not None and status.modification_level is not None:
        modification = status.modification_level.name.lower()

    after = AFTER_NONE
    if level == SignatureCoverageLevel.ENTIRE_FILE:
        coverage, after_ok = COVERAGE_DOCUMENT, True
    elif level == SignatureCoverageLevel.ENTIRE_REVISION:
        coverage = COVERAGE_REVISION
        if not later:
            _, len1, _, len2 = (int(v) for v in sig.byte_range)
            extra = len(data) - (len1 + len2 + len(sig.pkcs7_content) * 2 + 2)
            changes.append(f"{extra} byte(s) after the end of the signed revision belong to no revision")
            problems.append("not the whole document is signed: bytes were appended after the signed revision")
            after_ok, after = False, AFTER_APPENDED
        else:
            page_changes = _page_changes(reader, revision)
            changes.extend(page_changes)
            if status is not None:
                changes.extend(_diff_changes(status))
            harmless = modification in _HARMLESS_LEVELS and status is not None and status.docmdp_ok is not False
            if status is not None and isinstance(status.diff_result, DiffResult):
                unexplained = set(status.diff_result.changed_form_fields) - set(later_fields)
                if unexplained:
                    harmless = False
                    changes.append("form fields changed that no later signature explains: "
                                   + ", ".join(sorted(unexplained)))
            after = AFTER_CONTENT if page_changes else AFTER_SIGNATURES if harmless else AFTER_OTHER
            if last:
                problems.append(f"the document was changed after the last signature "
                                f"({total - 1 - revision} later revision(s))")
                after_ok = False
            else:
                after_ok = after == AFTER_SIGNATURES
                if not after_ok:
                    problems.append("the document was changed after this signature, beyond adding "
                                    "signatures")
    else:
        coverage, after_ok, after = COVERAGE_PARTIAL, False, AFTER_OTHER
        problems.append("the signature does not cover its whole revision (not the whole document is signed)")

    trusted = bool(status is not None and status.trusted)
    if not trusted:
        problems.append("the signer is not trusted by this workspace's trust roots")
    return SignatureCheck(
        index=index, field_name=str(sig.field_name or ""), signer=signer, fingerprint=fp,
        signing_time=signing_time, revision=revision, revisions=total, coverage=coverage,
        digest_ok=digest_ok, intact=digest_ok and after_ok, trusted=trusted, modification=modification,
        after=after,
        changes=tuple(changes), problems=tuple(problems), timestamp=timestamp)


def verify_pdf(path: str | Path, trust_roots_pem: list[bytes] | None = None) -> VerifyResult:
    """Check every signature of ``path`` against ``trust_roots_pem``.

    Each signature: its byte-range digest and value hold, its ``/Contents`` is exactly the DER
    signature plus zero padding, and it covers its whole revision. The last signature must cover
    the whole file (nothing at all may follow it, matching pdfsig's "Total document signed");
    an earlier one may only be followed by what pyHanko's difference analysis classifies as
    harmless (later signatures, validation data), and no page content may change after it.
    ``trusted``: intact, and every signer's chain validates to one of the roots (a self-signed
    certificate only if it is itself a root). Revisions are numbered as pyHanko does: 0 is the
    file as first written."""
    _load_pyhanko_sign()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    _quiet_pyhanko()
    data = Path(path).read_bytes()  # OSError propagates: the caller reports a missing file
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
        filled = [name for name, _, _ in enumerate_sig_fields(reader, filled_status=True)]
    except Exception as exc:  # noqa: BLE001 - any parse failure means "unreadable"
        return VerifyResult(False, False, False, problems=[f"unreadable: {exc}"])
    if not sigs:
        problems = ["unsigned"]
        if filled:
            problems = [f"signature field {name} is in a format that cannot be checked" for name in filled]
        return VerifyResult(False, False, False, problems=problems)

    roots, problems = _asn1_roots(trust_roots_pem)
    names = [str(sig.field_name or "") for sig in sigs]
    checks = tuple(_check_signature(reader, data, sig, i, len(sigs), roots, frozenset(names[i:]))
                   for i, sig in enumerate(sigs, 1))
    checked = {c.field_name for c in checks}
    unchecked = [name for name in filled if name not in checked]
    for name in unchecked:
        problems.append(f"signature field {name} is in a format that cannot be checked")
    for c in checks:
        problems.extend(f"signature {c.index} ({c.field_name}): {p}" for p in c.problems)
    intact = not unchecked and all(c.intact for c in checks)
    trusted = intact and all(c.trusted for c in checks)
    last = checks[-1]
    return VerifyResult(True, intact, trusted, last.signer, last.fingerprint, last.signing_time, problems,
                        checks)
