"""Decisions bound to the person: signing a decision with the decider's key, and checking one offline.

A decision that carries weight (``KINDS``) is signed, where the acting user has a signing identity on this
computer, over the sha256 of ONE canonical JSON text of what was decided::

    {"v": 1, "kind": "action.verify", "table": "corrective_action", "record": "<id>",
     "state": {"status": "verified"}, "content": null, "decider": "<user id>", "at": "2026-12-05T08:30:00"}

- keys sorted, no spaces (``separators=(",", ":")``), UTF-8, non-ASCII kept as is (``ensure_ascii=False``);
- ``state``: the decided values (per kind, see ``Candidate``); ``content``: the content hash of what was seen
  (a promotion plan's, a run's) or null; ``at``: the decision's UTC time in whole seconds, ISO 8601 without
  a zone (``decision_signature.signed_at``).

The signature is ECDSA P-256 over that sha256 (pre-hashed), DER, base64; the row keeps the decider's
certificate chain. ``verify_row`` checks it against the workspace's trust roots (``signing.trust_roots``)
and the role the CA certified (``signing.certified_role``) against ``permissions.ALLOWED``.

On import (``screen``), every incoming change that records a decision is checked before the package is
applied; one that fails is kept out (the record keeps this workspace's state). Once the rest of the package is
applied, ``settle`` checks the unsigned ones that failed on their decider's account, role or scope again (the
package may bring the user or their stores); what still fails becomes an ``unverified`` sync conflict for a
person (``sync_conflict.detail``: ``FAIL_REASONS``).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed
from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk import signing
from opsdesk.errors import IdentityError, KeyLockedError, PackageContentError
from opsdesk.models import DecisionSignature, User
from opsdesk.models.decisions import DECISION_KINDS
from opsdesk.permissions import ALLOWED, A, Action, can
from opsdesk.sync.codec import dumps

KINDS = DECISION_KINDS
VERSION = 1
SETTING_KEY = "decisions_must_be_signed"
# Why an incoming decision did not verify (sync_conflict.detail, the CLI, the conflicts page).
FAIL_REASONS = ("bad_signature", "untrusted", "not_decider", "role", "scope", "unknown_user", "unsigned")
# The permission each decision needs (a promotion rejection: the level's).
KIND_ACTIONS: dict[str, Action] = {
    "action.verify": A.ACTION_VERIFY, "action.cancel": A.ACTION_CANCEL,
    "promotion.propose": A.PROMOTION_PROPOSE, "promotion.review": A.PROMOTION_REVIEW,
    "promotion.review.reject": A.PROMOTION_REVIEW, "promotion.approve": A.PROMOTION_APPROVE,
    "promotion.approve.reject": A.PROMOTION_APPROVE, "opening.override_gate": A.OPENING_OVERRIDE,
    "equipment.accept": A.EQUIPMENT_ACCEPT, "sync.resolve": A.SYNC_RESOLVE,
    "sync.accept": A.SYNC_RESOLVE,  # and the accepted decision's own permission (``accepted_by``)
}
# The template kinds whose sign-off by an account is the decision ``equipment.accept`` (services.signatures).
ACCEPTANCE_KINDS = ("equipment_acceptance",)
# A promotion event's (kind, level) -> the decision kind.
PROMOTION_KINDS = {("submit", "proposal"): "promotion.propose", ("approve", "review"): "promotion.review",
                   ("reject", "review"): "promotion.review.reject", ("approve", "approval"): "promotion.approve",
                   ("reject", "approval"): "promotion.approve.reject"}


# ---------------------------------------------------------------- the canonical hash


def at_text(when: dt.datetime) -> str:
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return when.replace(microsecond=0).isoformat(timespec="seconds")


def canonical(kind: str, table: str, record: str, state: dict[str, Any], content: str | None, decider: str,
              at: dt.datetime) -> str:
    """THE canonical JSON text of a decision (module docstring)."""
    return json.dumps({"v": VERSION, "kind": kind, "table": table, "record": record, "state": state,
                       "content": content, "decider": decider, "at": at_text(at)},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def hash_of(kind: str, table: str, record: str, state: dict[str, Any], content: str | None, decider: str,
            at: dt.datetime) -> str:
    return hashlib.sha256(canonical(kind, table, record, state, content, decider, at).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- signing a decision


def must_be_signed(ctx_or_db: Any) -> bool:  # noqa: ANN401
    db = getattr(ctx_or_db, "db", ctx_or_db)
    return (db.get_meta(SETTING_KEY) or "") == "1"


def set_must_be_signed(ctx: Any, on: bool) -> None:  # noqa: ANN401
    """Head office turns it on once identities are issued (settings.manage)."""
    from opsdesk.permissions import require

    with ctx.read() as s:
        require(s, ctx, A.SETTINGS_MANAGE)
    ctx.db.set_meta(SETTING_KEY, "1" if on else None)


def role_of_request(ctx: Any, csr_pem: bytes) -> str | None:  # noqa: ANN401
    """The role a head-office CA certifies for a certificate request: the current role of the workspace's user
    the request names (its UID, ``signing.make_csr``); None for a request that names no user of this workspace."""
    from cryptography.x509.oid import NameOID

    try:
        csr = x509.load_pem_x509_csr(csr_pem)
    except ValueError:
        return None
    uids = csr.subject.get_attributes_for_oid(NameOID.USER_ID)
    if len(uids) != 1:
        return None
    with ctx.read() as s:
        user = s.get(User, str(uids[0].value))
        return user.role if user is not None and not user.deleted and user.active else None


def _has_identity(user_id: str) -> bool:
    try:
        return signing.has_identity(user_id)
    except IdentityError:
        return False


def ensure_unlocked(ctx: Any) -> None:  # noqa: ANN401
    """Raise :class:`KeyLockedError` when the acting user has a signing identity here whose key is locked.
    Services call it before they write a decision (and ``sign`` checks again)."""
    user_id = getattr(ctx, "user_id", None)
    if user_id and user_id not in ctx.unlocked and _has_identity(user_id):
        raise KeyLockedError("unlock your signing key to sign this decision", user_id=user_id)


def sign(s: Session, ctx: Any, kind: str, table: str, record: str, state: dict[str, Any],  # noqa: ANN401
         content: str | None = None, at: dt.datetime | None = None) -> DecisionSignature | None:
    """Sign the decision as the acting user, in the caller's transaction; None when they have no identity
    on this computer (an unsigned decision, as before). Raises :class:`KeyLockedError` if it is locked."""
    if kind not in KINDS:
        raise ValueError(kind)
    user_id = getattr(ctx, "user_id", None)
    if not user_id or not _has_identity(user_id):
        return None
    key = ctx.unlocked.get(user_id)
    if key is None:
        raise KeyLockedError("unlock your signing key to sign this decision", user_id=user_id)
    when = (at or ctx.now()).replace(microsecond=0)
    if when.tzinfo is not None:
        when = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
    digest = hash_of(kind, table, record, state, content, user_id, when)
    sig = key.sign(bytes.fromhex(digest), ec.ECDSA(Prehashed(hashes.SHA256())))
    row = DecisionSignature(owner_table=table, owner_id=record, kind=kind, content_hash=digest, decider_id=user_id,
                            certificate=signing.chain_pem(user_id), signature=base64.b64encode(sig).decode("ascii"),
                            signed_at=when)
    s.add(row)
    return row


# ---------------------------------------------------------------- verifying one


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str | None = None  # FAIL_REASONS
    role: str | None = None  # the certified role (signed) or the user's (unsigned)
    signed: bool = False
    name: str = ""  # the certificate's common name


def _certs(pem: str) -> list[x509.Certificate]:
    try:
        return x509.load_pem_x509_certificates(pem.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return []


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def chains_to(chain: list[x509.Certificate], roots: list[x509.Certificate], when: dt.datetime) -> bool:
    """The leaf chains (through the chain's CA certificates) to one of ``roots``, each valid at ``when``."""
    if not chain:
        return False
    when = when.replace(tzinfo=dt.timezone.utc) if when.tzinfo is None else when
    cur, seen = chain[0], 0
    while seen < 5:
        if not (cur.not_valid_before_utc <= when <= cur.not_valid_after_utc):
            return False
        if any(_issued_by(cur, r) for r in roots):
            return True
        nxt = None
        for c in chain[1:]:
            try:
                ca = c.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
            except x509.ExtensionNotFound:
                ca = False
            if ca and _issued_by(cur, c):
                nxt = c
                break
        if nxt is None:
            return False
        cur, seen = nxt, seen + 1
    return False


def trusted_roots(ctx_or_db: Any) -> list[x509.Certificate]:  # noqa: ANN401
    out = []
    for pem in signing.trust_roots(ctx_or_db):
        try:
            out.extend(x509.load_pem_x509_certificates(pem))
        except ValueError:
            continue
    return out


def verify_row(row: dict[str, Any] | DecisionSignature, kind: str, table: str, record: str,
               state: dict[str, Any], content: str | None, decider: str | None,
               roots: list[x509.Certificate]) -> Verdict:
    """Check one decision signature offline: the hash recomputed from what was decided, the ECDSA signature,
    the certificate's chain to a trusted root, its subject (the decider) and its certified role."""
    get = row.get if isinstance(row, dict) else (lambda k: getattr(row, k))  # noqa: E731
    try:
        signed_at = get("signed_at")
        if isinstance(signed_at, str):
            signed_at = dt.datetime.fromisoformat(signed_at)
        if not isinstance(signed_at, dt.datetime) or not decider or get("decider_id") != decider \
                or get("kind") != kind:
            return Verdict(False, "bad_signature", signed=True)
        digest = hash_of(kind, table, record, state, content, decider, signed_at)
        if digest != get("content_hash"):
            return Verdict(False, "bad_signature", signed=True)
        chain = _certs(get("certificate") or "")
        if not chain:
            return Verdict(False, "untrusted", signed=True)
        leaf = chain[0]
        key = leaf.public_key()
        if not isinstance(key, ec.EllipticCurvePublicKey):
            return Verdict(False, "bad_signature", signed=True)
        key.verify(base64.b64decode(get("signature") or "", validate=True), bytes.fromhex(digest),
                   ec.ECDSA(Prehashed(hashes.SHA256())))
    except (InvalidSignature, ValueError, TypeError):
        return Verdict(False, "bad_signature", signed=True)
    name = signing._common_name(leaf)  # noqa: SLF001
    if not chains_to(chain, roots, signed_at):
        return Verdict(False, "untrusted", signed=True, name=name)
    if signing.certified_user(leaf) != decider:
        return Verdict(False, "not_decider", signed=True, name=name)
    role = signing.certified_role(leaf)
    if role is None or role not in ALLOWED[KIND_ACTIONS[kind]]:
        return Verdict(False, "role", role, signed=True, name=name)
    return Verdict(True, None, role, signed=True, name=name)


def check_unsigned(s: Session, kind: str, decider: str | None, store_id: str | None) -> Verdict:
    """An unsigned decision, checked against this workspace's own record of the decider (role and scope)."""
    decision = can(s, decider, KIND_ACTIONS[kind], store_id)  # a workspace without users is being set up
    user = s.get(User, decider) if decider else None
    if not decision:
        if decision.reason == "no_user":
            return Verdict(False, "unknown_user")
        return Verdict(False, "scope" if decision.reason == "scope" else "role", decision.role)
    return Verdict(True, None, decision.role, name=user.name if user is not None else "")


def accept_state(kind: str, state: dict[str, Any], content: str | None, decider: str | None) -> dict[str, Any]:
    """What a person's acceptance of a decision that arrived unverified signs (kind ``sync.accept`` on the
    decided record): the decision itself, as received."""
    return {"accepts": kind, "state": state, "content": content, "decider": decider}


def accepted_by(rows: list[Any], kind: str, table: str, record: str, state: dict[str, Any], content: str | None,
                decider: str | None, roots: list[x509.Certificate]) -> Verdict | None:
    """A signed acceptance (``sync.accept``) among ``rows`` that vouches for this decision: it verifies, and the
    accepting person's certified role may both resolve conflicts and make the decision itself. The verdict
    (``reason="accepted"``, the acceptor's role and name), or None."""
    wanted = accept_state(kind, state, content, decider)
    for row in rows:
        get = row.get if isinstance(row, dict) else (lambda k, row=row: getattr(row, k))  # noqa: E731
        verdict = verify_row(row, "sync.accept", table, record, wanted, None, get("decider_id"), roots)
        if verdict.ok and verdict.role in ALLOWED[KIND_ACTIONS[kind]]:
            return Verdict(True, "accepted", verdict.role, signed=True, name=verdict.name)
    return None


# ---------------------------------------------------------------- incoming decisions (sync)


@dataclass
class Candidate:
    """One decision recorded by incoming changes: what was decided, by whom, and every record that makes it."""

    kind: str
    table: str
    record: str
    state: dict[str, Any]
    content: str | None
    decider: str | None
    store_id: str | None
    primary: Any  # the Incoming record that decides
    records: list[Any] = field(default_factory=list)  # every Incoming kept out if it fails
    verdict: Verdict | None = None


# The tables whose records make (or go with) a decision; a resolution may be of any table.
_DECIDING_TABLES = frozenset({"corrective_action", "action_event", "promotion_event", "opening_project",
                              "opening_event", "signature", "checklist_run"})


def _merged(changes: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for c in sorted(changes, key=lambda c: c.hlc):
        out.update(c.fields())
    return out


def _json_state(c: Any, fname: str) -> Any:  # noqa: ANN401
    """A field's value as logged (JSON), the same on both engines."""
    if c.field == "*":
        return (c.parsed or {}).get(fname)
    return c.parsed


def find_candidates(s: Session, records: list[Any]) -> list[Candidate]:
    """The decisions that incoming records make (an action verified or cancelled, a promotion proposed /
    reviewed / approved or rejected, an opening gate overridden, a conflict resolved)."""
    from opsdesk.models import CorrectiveAction, OpeningProject

    by_row: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for c in records:
        if c.table in _DECIDING_TABLES:
            by_row[(c.table, c.row)].append(c)
    runs: dict[str | None, dict[str, Any]] = {}  # a run's store and template kind, once per run
    found: list[Candidate] = []
    taken: set[str] = set()
    # the history rows of an action / a project in the package: (parent id, status or kind) -> records
    children: dict[tuple[str, Any, Any], list[Any]] = defaultdict(list)
    for (table, row), changes in by_row.items():
        if table in ("action_event", "opening_event") and any(c.insert for c in changes):
            values = _merged(changes)
            if table == "action_event":
                children[(table, values.get("action_id"), values.get("to_status"))] += changes
            else:
                children[(table, values.get("project_id"), values.get("kind"))] += changes
    for c in records:
        if c.kind == "resolve":
            found.append(Candidate("sync.resolve", c.table, c.row, {"field": c.field, "value": c.value}, None,
                                   c.actor, None, c, [c]))
            taken.add(c.change_id)
    for (table, row), changes in by_row.items():
        changes = [c for c in changes if c.change_id not in taken]
        if not changes:
            continue
        if table == "corrective_action":
            for c in changes:
                status = _json_state(c, "status") if "status" in c.fields() else None
                if status in ("verified", "cancelled"):
                    kind = "action.verify" if status == "verified" else "action.cancel"
                    store = c.fields().get("store_id")
                    if store is None:
                        existing = s.get(CorrectiveAction, row)
                        store = existing.store_id if existing is not None else None
                    same = [x for x in changes if x.hlc == c.hlc]
                    events = children.get(("action_event", row, status), [])
                    # who decided: the change's author; records built without one (a builder's whole rows) name
                    # the verifier, or the user of the action's event
                    decider = c.actor or (c.fields().get("verified_by") if status == "verified" else None)
                    for e in events:
                        decider = decider or _merged(by_row[("action_event", e.row)]).get("user_id")
                    found.append(Candidate(kind, table, row, {"status": status}, None, decider, store, c,
                                           same + events))
        elif table == "promotion_event" and any(c.insert for c in changes):
            values = _merged(changes)
            kind = PROMOTION_KINDS.get((values.get("kind"), values.get("level")))
            if kind:
                found.append(Candidate(kind, table, row, {"promotion": values.get("promotion_id"),
                                                          "event": values.get("kind"), "level": values.get("level")},
                                       values.get("content_hash"), values.get("user_id"), None, changes[0],
                                       list(changes)))
        elif table == "signature" and any(c.insert for c in changes):
            values = _merged(changes)
            if values.get("owner_table") == "checklist_run" and values.get("role") in ("supervisor", "store_manager") \
                    and values.get("signer_id"):
                if values.get("owner_id") not in runs:
                    runs[values.get("owner_id")] = _run_of(s, by_row, values.get("owner_id"))
                run = runs[values.get("owner_id")]
                if run.get("kind") in ACCEPTANCE_KINDS:  # an equipment acceptance signed off by an account
                    found.append(Candidate("equipment.accept", table, row, {"run": values.get("owner_id"),
                                                                            "role": values.get("role")},
                                           values.get("content_hash"), values.get("signer_id"), run.get("store_id"),
                                           changes[0], list(changes)))
        elif table == "opening_project":
            for c in changes:
                reason = _json_state(c, "override_reason") if "override_reason" in c.fields() else None
                if reason:
                    store = c.fields().get("store_id")
                    if store is None:
                        existing = s.get(OpeningProject, row)
                        store = existing.store_id if existing is not None else None
                    same = [x for x in changes if x.hlc == c.hlc]
                    events = children.get(("opening_event", row, "override"), [])
                    found.append(Candidate("opening.override_gate", table, row, {"override_reason": reason}, None,
                                           c.actor, store, c, same + events))
    return found


def _run_of(s: Session, by_row: dict[tuple[str, str], list[Any]], run_id: str | None) -> dict[str, Any]:
    from opsdesk.models import ChecklistRun

    if not run_id:
        return {}
    from opsdesk.models import Template, TemplateVersion

    found = s.get(ChecklistRun, run_id)
    values = {"template_version_id": found.template_version_id, "store_id": found.store_id} if found is not None \
        else {}
    values.update({k: v for k, v in _merged(by_row.get(("checklist_run", run_id), [])).items()
                   if k in ("template_version_id", "store_id")})
    # the template's kind (published at head office: known here before any run of it arrives)
    values["kind"] = s.scalar(select(Template.kind).join(TemplateVersion, TemplateVersion.template_id == Template.id)
                              .where(TemplateVersion.id == values.get("template_version_id"))) \
        if values.get("template_version_id") else None
    return values


def _package_signatures(records: list[Any]) -> dict[tuple[str, str], list[tuple[dict[str, Any], list[Any]]]]:
    rows: dict[str, list[Any]] = defaultdict(list)
    for c in records:
        if c.table == "decision_signature":
            rows[c.row].append(c)
    out: dict[tuple[str, str], list[tuple[dict[str, Any], list[Any]]]] = defaultdict(list)
    for changes in rows.values():
        values: dict[str, Any] = {}
        for c in sorted(changes, key=lambda c: c.hlc):
            if c.field == "*":
                values.update(c.parsed or {})
            else:
                values[c.field] = c.parsed
        out[(values.get("owner_table"), values.get("owner_id"))].append((values, changes))
    return out


def screen(s: Session, db: Any, records: list[Any]) -> tuple[list[Any], list[Candidate]]:  # noqa: ANN401
    """Check every decision the incoming ``records`` make; returns (the records to apply, the decisions that
    failed: their records, and the signatures that came with them, are left out)."""
    from opsdesk.sync.apply import _known_ids

    candidates = find_candidates(s, records)
    if candidates:  # a decision applied here before is not decided again
        known = _known_ids(s.connection(), [c.primary.change_id for c in candidates])
        candidates = [c for c in candidates if c.primary.change_id not in known]
    if not candidates:
        return records, []
    roots = trusted_roots(db)
    required = must_be_signed(db)
    in_package = _package_signatures(records)
    failed: list[Candidate] = []
    unsigned: dict[tuple[str, str | None, str | None], Verdict] = {}  # a full package holds many alike
    stored: dict[tuple[str, str, str], list[DecisionSignature]] = defaultdict(list)  # received before
    ids = sorted({c.record for c in candidates})
    for i in range(0, len(ids), 500):
        for row in s.scalars(select(DecisionSignature).where(DecisionSignature.owner_id.in_(ids[i:i + 500]))):
            stored[(row.owner_table, row.owner_id, row.kind)].append(row)
    for cand in candidates:
        verdict = None
        for source in ("package", "here"):  # the signature travels with the decision; else one received before
            if source == "package":
                sigs: list[Any] = [v for v, _ in in_package.get((cand.table, cand.record), [])
                                   if v.get("kind") == cand.kind]
            else:
                sigs = stored.get((cand.table, cand.record, cand.kind), [])
            for row in sigs:
                verdict = verify_row(row, cand.kind, cand.table, cand.record, cand.state, cand.content,
                                     cand.decider, roots)
                if verdict.ok:
                    break
            if verdict is not None and verdict.ok:
                break
        if verdict is None:  # no signature
            if required:
                verdict = Verdict(False, "unsigned")
            else:
                key = (cand.kind, cand.decider, cand.store_id)
                if key not in unsigned:
                    unsigned[key] = check_unsigned(s, cand.kind, cand.decider, cand.store_id)
                verdict = unsigned[key]
        if not verdict.ok:  # a person accepted it where it arrived first, and signed that: it travels with it
            vouches = [v for v, _ in in_package.get((cand.table, cand.record), []) if v.get("kind") == "sync.accept"]
            vouches += stored.get((cand.table, cand.record, "sync.accept"), [])
            verdict = accepted_by(vouches, cand.kind, cand.table, cand.record, cand.state, cand.content,
                                  cand.decider, roots) or verdict
        cand.verdict = verdict
        if not verdict.ok:
            cand.records += [c for _v, cs in in_package.get((cand.table, cand.record), []) for c in cs]
            failed.append(cand)
    failed = [c for c in failed if not _witnessed(s, c, candidates, roots)]
    if not failed:
        return records, []
    out_ids = {c.change_id for cand in failed for c in cand.records}
    return [c for c in records if c.change_id not in out_ids], failed


def _witnessed(s: Session, cand: Candidate, candidates: list[Candidate], roots: list[x509.Certificate]) -> bool:
    """A store manager's acceptance sign-off drawn on the supervisor's laptop (she signed in there; her key is on
    her own computer, not on that one) is unsigned. Where signed decisions are required it still holds when the
    supervisor's own sign-off of the same run is signed and verifies (the supervisor's key witnesses the
    content both signed) and the workspace's records allow the manager to sign there: ``witnessed``."""
    if cand.kind != "equipment.accept" or cand.state.get("role") != "store_manager" or cand.verdict is None \
            or cand.verdict.reason != "unsigned":
        return False
    run = cand.state.get("run")
    witness = any(c.kind == "equipment.accept" and c.state.get("run") == run and c.state.get("role") == "supervisor"
                  and c.verdict is not None and c.verdict.ok and c.verdict.signed for c in candidates)
    if not witness:  # signed off before, in an earlier package
        from opsdesk.models import Signature

        for sig in s.scalars(select(Signature).where(Signature.owner_table == "checklist_run",
                                                     Signature.owner_id == run, Signature.role == "supervisor",
                                                     Signature.deleted.is_(False))):
            rows = list(s.scalars(select(DecisionSignature).where(DecisionSignature.owner_table == "signature",
                                                                  DecisionSignature.owner_id == sig.id,
                                                                  DecisionSignature.kind == "equipment.accept")))
            if any(verify_row(r, "equipment.accept", "signature", sig.id, {"run": run, "role": "supervisor"},
                              sig.content_hash, sig.signer_id, roots).ok for r in rows):
                witness = True
                break
    if not witness:
        return False
    own = check_unsigned(s, cand.kind, cand.decider, cand.store_id)
    if not own.ok:
        cand.verdict = own  # (checked again by ``settle`` once the package's users are applied)
        return False
    cand.verdict = Verdict(True, "witnessed", own.role, name=own.name)
    return True


# What an unsigned decision's check may say differently once the rest of its package is applied: its decider, or
# their role or stores, may arrive in the same package (a new store manager and her first sign-off).
_RECHECKED = frozenset({"unknown_user", "role", "scope"})


def settle(s: Session, failed: list[Candidate]) -> tuple[list[Any], list[Candidate]]:
    """After the package's other records are applied (in the same transaction): the unsigned decisions that
    failed on the decider's role, scope or account are checked again against the workspace as it now is.
    Returns (the records of those that now pass, to apply; the decisions still failing). An equipment
    acceptance sign-off still failing refuses the whole package (``PackageContentError``): a sign-off freezes
    its run with every other signature at one sign point, so it is not taken apart."""
    still: list[Candidate] = []
    late: list[Any] = []
    again: dict[tuple[str, str | None, str | None], Verdict] = {}
    for cand in failed:
        verdict = cand.verdict
        if verdict is not None and not verdict.signed and verdict.reason in _RECHECKED:
            key = (cand.kind, cand.decider, cand.store_id)
            if key not in again:
                again[key] = check_unsigned(s, cand.kind, cand.decider, cand.store_id)
            cand.verdict = again[key]  # what the conflict says: the reason as the workspace now stands
            if cand.verdict.ok:
                late += cand.records
                continue
        still.append(cand)
    refused = next((c for c in still if c.kind == "equipment.accept"), None)
    if refused is not None:
        raise PackageContentError(
            f"{refused.primary.place}: an equipment acceptance sign-off does not verify "
            f"({refused.verdict.reason if refused.verdict else 'unsigned'}): the package is refused",
            record=f"signature {refused.record}", line=refused.primary.line)
    return late, still


def raw_record(c: Any) -> dict[str, Any]:  # noqa: ANN401
    """An incoming record as it was received (to keep it, and apply it if a person accepts it)."""
    return {"change_id": c.change_id, "node": c.node, "hlc": c.hlc, "table": c.table, "row": c.row,
            "field": c.field, "value": c.value, "base": c.base, "kind": c.kind, "actor": c.actor}


# ---------------------------------------------------------------- the decisions of a workspace


@dataclass(frozen=True)
class DecisionState:
    """One decision held here and its signature state: ``verified``, ``unsigned``, ``failed`` (``reason``), or
    ``accepted``: it did not verify when it arrived and a person accepted it with a signed ``sync.accept``
    (``role``/``name``: the acceptor's)."""

    kind: str
    table: str
    record: str
    decider: str | None
    state: str  # verified | unsigned | failed | accepted
    reason: str | None = None
    role: str | None = None
    name: str = ""


def _actor(s: Session, table: str, row: str, fname: str, value: str) -> str | None:
    from opsdesk.models import ChangeLog

    return s.scalar(select(ChangeLog.actor_id).where(
        ChangeLog.table_name == table, ChangeLog.row_id == row, ChangeLog.field == fname,
        ChangeLog.value == value).order_by(ChangeLog.hlc.desc()).limit(1))


def _state_of(s: Session, kind: str, table: str, record: str, state: dict[str, Any], content: str | None,
              decider: str | None, roots: list[x509.Certificate], required: bool) -> DecisionState:
    rows = list(s.scalars(select(DecisionSignature).where(DecisionSignature.owner_table == table,
                                                          DecisionSignature.owner_id == record,
                                                          DecisionSignature.kind == kind)))
    verdict = None
    for row in rows:
        verdict = verify_row(row, kind, table, record, state, content, decider, roots)
        if verdict.ok:
            break
    if verdict is None or not verdict.ok:  # accepted by a person, who signed that?
        vouches = list(s.scalars(select(DecisionSignature).where(DecisionSignature.owner_table == table,
                                                                 DecisionSignature.owner_id == record,
                                                                 DecisionSignature.kind == "sync.accept")))
        accepted = accepted_by(vouches, kind, table, record, state, content, decider, roots) if vouches else None
        if accepted is not None:
            return DecisionState(kind, table, record, decider, "accepted", None, accepted.role, accepted.name)
    if verdict is None:
        if required:
            return DecisionState(kind, table, record, decider, "failed", "unsigned")
        return DecisionState(kind, table, record, decider, "unsigned")
    if not verdict.ok:
        return DecisionState(kind, table, record, decider, "failed", verdict.reason, verdict.role, verdict.name)
    return DecisionState(kind, table, record, decider, "verified", None, verdict.role, verdict.name)


def decision_state(s: Session, db: Any, table: str, record: str) -> list[DecisionState]:  # noqa: ANN401
    """The decisions recorded on one record (what its view shows: signed and verified, or unsigned)."""
    return [d for d in list_decisions(s, db, only=(table, record))]


def list_decisions(s: Session, db: Any, only: tuple[str, str] | None = None) -> list[DecisionState]:  # noqa: ANN401, C901
    """Every decision this workspace holds, each with its signature state (the CLI's ``decisions verify``)."""
    from opsdesk.models import ChangeLog, CorrectiveAction, OpeningProject, PromotionEvent, Signature

    roots = trusted_roots(db)
    required = must_be_signed(db)
    out: list[DecisionState] = []

    def wanted(table: str) -> bool:
        return only is None or only[0] == table

    if wanted("corrective_action"):
        q = select(CorrectiveAction).where(CorrectiveAction.status.in_(("verified", "cancelled")),
                                           CorrectiveAction.deleted.is_(False))
        if only:
            q = q.where(CorrectiveAction.id == only[1])
        for a in s.scalars(q):
            kind = "action.verify" if a.status == "verified" else "action.cancel"
            decider = _actor(s, "corrective_action", a.id, "status", dumps(a.status)) or (
                a.verified_by if a.status == "verified" else None)
            out.append(_state_of(s, kind, "corrective_action", a.id, {"status": a.status}, None, decider, roots,
                                 required))
    if wanted("promotion_event"):
        q = select(PromotionEvent).where(PromotionEvent.kind.in_(("submit", "approve", "reject")))
        if only:
            q = q.where(PromotionEvent.id == only[1])
        for e in s.scalars(q):
            kind = PROMOTION_KINDS.get((e.kind, e.level))
            if kind:
                out.append(_state_of(s, kind, "promotion_event", e.id,
                                     {"promotion": e.promotion_id, "event": e.kind, "level": e.level},
                                     e.content_hash, e.user_id, roots, required))
    if wanted("opening_project"):
        q = select(OpeningProject).where(OpeningProject.override_reason != "")
        if only:
            q = q.where(OpeningProject.id == only[1])
        for p in s.scalars(q):
            decider = _actor(s, "opening_project", p.id, "override_reason",
                             dumps(p.override_reason))
            out.append(_state_of(s, "opening.override_gate", "opening_project", p.id,
                                 {"override_reason": p.override_reason}, None, decider, roots, required))
    if wanted("signature"):  # acceptance sign-offs that were signed (an unsigned one is an ordinary signature)
        q = select(DecisionSignature).where(DecisionSignature.kind == "equipment.accept")
        if only:
            q = q.where(DecisionSignature.owner_id == only[1])
        for row in s.scalars(q):
            sig = s.get(Signature, row.owner_id)
            if sig is None:
                out.append(DecisionState(row.kind, "signature", row.owner_id, row.decider_id, "failed",
                                         "bad_signature"))
                continue
            out.append(_state_of(s, "equipment.accept", "signature", sig.id, {"run": sig.owner_id, "role": sig.role},
                                 sig.content_hash, sig.signer_id, roots, required))
    # conflict resolutions that were signed: each against the resolution it names
    q = select(DecisionSignature).where(DecisionSignature.kind == "sync.resolve")
    if only:
        q = q.where(DecisionSignature.owner_table == only[0], DecisionSignature.owner_id == only[1])
    for row in s.scalars(q):
        logged = list(s.execute(select(ChangeLog.field, ChangeLog.value, ChangeLog.actor_id).where(
            ChangeLog.table_name == row.owner_table, ChangeLog.row_id == row.owner_id, ChangeLog.kind == "resolve")))
        verdict = Verdict(False, "bad_signature", signed=True)
        for fname, value, actor in logged:
            verdict = verify_row(row, "sync.resolve", row.owner_table, row.owner_id, {"field": fname, "value": value},
                                 None, actor, roots)
            if verdict.ok:
                break
        out.append(DecisionState("sync.resolve", row.owner_table, row.owner_id, row.decider_id,
                                 "verified" if verdict.ok else "failed", verdict.reason, verdict.role, verdict.name))
    return out
