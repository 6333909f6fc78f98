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


@dataclass(frozen=True)
class VerifyResult:
    signed: bool
    intact: bool
    trusted: bool
    signer: str = ""
    fingerprint: str = ""
    signing_time: dt.datetime | None = None
    problems: list[str] = field(default_factory=list)


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
             name: str | None = None) -> bytes:
    """A PEM certificate signing request for the identity's key (subject = its certificate's)."""
    folder = identity_dir(user_id, keys_dir)
    key = _load_key(folder / KEY_FILE, passphrase)
    cert = identity_chain(user_id, keys_dir)[0]
    subject = _name(name) if name else cert.subject
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


def ca_issue(ca_dir: str | Path, ca_passphrase: str | bytes, csr_pem: bytes, days: int = 730) -> bytes:
    """A user certificate (PEM) for the key and subject of ``csr_pem``, signed by the CA."""
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
    builder = (x509.CertificateBuilder().subject_name(csr.subject).issuer_name(ca_cert.subject)
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


def sign_pdf(in_path: str | Path, out_path: str | Path, user_id: str, passphrase: str | bytes,
             keys_dir: str | Path | None = None, *, reason: str = "OpsDesk report",
             location: str = "", field_name: str = SIG_FIELD) -> IdentityInfo:
    """Sign ``in_path`` (PAdES B-B, visible box bottom right of the last page) into ``out_path``.

    The key is unlocked first: a wrong passphrase raises :class:`PassphraseError` and nothing is
    written. The output is written to a temporary file beside ``out_path`` and renamed."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers

    signer = _signer(user_id, passphrase, keys_dir)  # raises before anything is written
    src = Path(in_path).read_bytes()
    out = Path(out_path)
    try:
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
            meta, signer=signer,
            new_field_spec=fields.SigFieldSpec(field_name, on_page=last, box=sig_box))
        buf = io.BytesIO()
        pdf_signer.sign_pdf(writer, output=buf)
    except (PdfError, KeyError, ValueError) as exc:
        raise SigningError(f"cannot sign {in_path}: {exc}", path=str(in_path)) from exc
    _write_atomic(out, buf.getvalue())
    return _info(identity_chain(user_id, keys_dir)[0])


def _free_field_name(writer, base: str) -> str:  # noqa: ANN001
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


def verify_pdf(path: str | Path, trust_roots_pem: list[bytes] | None = None) -> VerifyResult:
    """Check the last signature of ``path`` against ``trust_roots_pem``.

    ``intact``: the signed byte range is unmodified, the signature is cryptographically valid and
    it covers the whole file (later revisions may only add timestamps/validation data).
    ``trusted``: the signer's chain validates to one of the roots (a self-signed certificate only
    if it is itself a root)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    problems: list[str] = []
    try:
        data = Path(path).read_bytes()
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = reader.embedded_signatures
    except OSError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parse failure means "unreadable"
        return VerifyResult(False, False, False, problems=[f"unreadable: {exc}"])
    if not sigs:
        return VerifyResult(False, False, False, problems=["unsigned"])
    if len(sigs) > 1:
        problems.append(f"{len(sigs)} signatures; the last one is checked")
    sig = sigs[-1]

    roots = []
    for pem in trust_roots_pem or []:
        try:
            for c in x509.load_pem_x509_certificates(pem):
                roots.append(_to_asn1_cert(c))
        except ValueError:
            problems.append("a trust root could not be read")
    signer = ""
    fp = ""
    try:
        cert = sig.signer_cert
        signer = cert.subject.human_friendly
        fp = cert.sha256.hex()
    except Exception as exc:  # noqa: BLE001
        problems.append(f"no signer certificate: {exc}")
    signing_time = None
    try:
        signing_time = sig.self_reported_timestamp
    except Exception:  # noqa: BLE001
        pass

    vc = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(
            sig, vc, key_usage_settings=KeyUsageConstraints(key_usage={"non_repudiation", "digital_signature"},
                                                            match_all_key_usages=False))
    except Exception as exc:  # noqa: BLE001
        problems.append(f"validation failed: {exc}")
        return VerifyResult(True, False, False, signer, fp, signing_time, problems)

    intact = bool(status.intact and status.valid)
    if not status.intact:
        problems.append("the signed content was altered")
    elif not status.valid:
        problems.append("the signature value does not match")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        level = status.modification_level
        if status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and level in (
                ModificationLevel.NONE, ModificationLevel.LTA_UPDATES):
            pass
        else:
            intact = False
            problems.append("the document was changed after signing")
    if getattr(status, "docmdp_ok", True) is False:
        intact = False
        problems.append("changes not allowed by the signature")
    trusted = bool(intact and status.trusted)
    if intact and not status.trusted:
        problems.append("the signer is not trusted by this workspace's trust roots")
    if status.signer_reported_dt is not None:
        signing_time = status.signer_reported_dt
    return VerifyResult(True, intact, trusted, signer, fp, signing_time, problems)
