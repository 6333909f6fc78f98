"""Drawn signatures bound to a record's content, and the freezing of signed runs.

A completed inspection is signed by the supervisor and acknowledged by the store manager. Each
signature stores the sha256 of the run's canonical JSON (answers, notes, attachment hashes,
scores), so any later change is visible. With both present the run becomes ``signed``: the
service refuses every change and SQLite triggers refuse direct writes to its answers. An equipment
acceptance needs a third signature, the supplier's (``required_roles``), and is then frozen the same way. A correction
is a new run that supersedes it; both stay visible.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk import decisions
from opsdesk.errors import FieldProblem, NotFoundError, SignatureError, ValidationError
from opsdesk.ids import utcnow
from opsdesk.models import Answer, AttachmentLink, ChecklistRun, Signature, Template, TemplateVersion, User
from opsdesk.models.signatures import SIGNER_ROLES
from opsdesk.permissions import A, require, roles_for, run_permission
from opsdesk.services.context import AppContext
from opsdesk.vocabulary import STATEMENTS

__all__ = ["SIGNER_ROLES", "SignatureError"]  # SignatureError: defined in opsdesk.errors

# The statement a signer confirms, stored as shown: the sign dialog passes ``vocabulary.statement(lang)``
# in the signer's language; reports print a default statement in the report's language.
DEFAULT_STATEMENT = STATEMENTS["zh_CN"]  # "本人确认以上检查结果属实", as stored by earlier versions
# Who must sign a completed inspection before it is frozen: the supervisor signs, the store acknowledges.
REQUIRED_ROLES = ("supervisor", "store_manager")
# An equipment acceptance is signed three ways: the supplier hands over, the store takes over, the supervisor
# confirms (see ``required_roles``).
THREE_WAY_ROLES = ("supervisor", "store_manager", "supplier")
THREE_WAY_KINDS = ("equipment_acceptance",)
# A new store's fit-out acceptance (a gate of its opening, see ``services.openings``): the contractor hands over.
FITOUT_ROLES = ("supervisor", "store_manager", "contractor")
FITOUT_KINDS = ("new_store",)
# Roles that belong to a user account: signed only by the signing user (the workspace's current user,
# or ``signer_id``) when their account has one of these user roles; the name is the account's.
# From the permission table (``sign.as_supervisor``: supervisors and ops managers; ``sign.as_store_manager``).
ACCOUNT_ROLES = {"supervisor": tuple(sorted(roles_for(A.SIGN_SUPERVISOR))),
                 "store_manager": tuple(sorted(roles_for(A.SIGN_STORE_MANAGER)))}
SIGN_ACTIONS = {"supervisor": A.SIGN_SUPERVISOR, "store_manager": A.SIGN_STORE_MANAGER}
# Signers without an account (supplier, franchisee, witness): the name is typed and stored as such.
EXTERNAL_ROLES = tuple(r for r in SIGNER_ROLES if r not in ACCOUNT_ROLES)
MAX_POINTS = 20_000
MAX_NAME = 80  # signature.signer_name


@dataclass(frozen=True)
class SignatureDTO:
    id: str
    owner_table: str
    owner_id: str
    signer_id: str | None
    signer_name: str
    role: str
    statement: str
    strokes: tuple[tuple[tuple[float, float, float], ...], ...]  # (x, y, t) in pad units 1000 x 400
    signed_at: datetime
    content_hash: str
    valid: bool  # the content still hashes to what was signed
    # A signer without an account: the account that collected the signature (its id and name).
    collected_by: str | None = None
    collector_name: str = ""

    @property
    def external(self) -> bool:
        """Signed by a person without an account (supplier, franchisee, witness): the name was typed."""
        return self.role in EXTERNAL_ROLES or self.signer_id is None


def canonical_run(s: Session, run_id: str) -> dict:
    """The signed content of a run: answers (value, N/A, note, points, failed), photo hashes, scores, and the
    equipment item or opening milestone an acceptance is of (only when there is one)."""
    run = s.get(ChecklistRun, run_id)
    if run is None or run.deleted:
        raise NotFoundError("checklist_run", id=run_id)
    answers = list(s.scalars(select(Answer).where(Answer.run_id == run.id, Answer.deleted.is_(False))
                             .order_by(Answer.item_id)))
    photos: dict[str, list[str]] = {}
    if answers:
        for owner, sha in s.execute(select(AttachmentLink.owner_id, AttachmentLink.attachment_id).where(
                AttachmentLink.owner_table == "answer", AttachmentLink.owner_id.in_([a.id for a in answers]),
                AttachmentLink.deleted.is_(False)).order_by(AttachmentLink.owner_id, AttachmentLink.attachment_id)):
            photos.setdefault(owner, []).append(sha)
    # An acceptance signs what it is of too (only when it is of something: older signatures keep their hashes).
    subject = {k: v for k, v in (("equipment", run.equipment_id), ("milestone", run.milestone_id),
                                  ("promotion", run.promotion_id)) if v}
    return {
        **subject,
        "run": run.id,
        "template_version": run.template_version_id,
        "store": run.store_id,
        "run_type": run.run_type,
        "business_date": run.business_date.isoformat(),
        "score": str(run.score) if run.score is not None else None,
        "max": str(run.max_score) if run.max_score is not None else None,
        "percent": str(run.percent) if run.percent is not None else None,
        "grade": run.grade,
        "critical_failed": run.critical_failed,
        "answers": [
            {"item": a.item_id, "value": a.value, "na": a.na, "note": a.note,
             "points": str(a.points) if a.points is not None else None, "failed": a.failed,
             "photos": photos.get(a.id, [])}
            for a in answers
        ],
    }


def content_hash_of(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def run_hash(ctx: AppContext, run_id: str) -> str:
    with ctx.read() as s:
        return content_hash_of(canonical_run(s, run_id))


def _strokes(strokes) -> str:  # noqa: ANN001
    cleaned = []
    points = 0
    for stroke in strokes or ():
        pts = []
        for p in stroke:
            x, y, t = (float(v) for v in p)
            pts.append([round(x, 1), round(y, 1), round(t, 3)])
        points += len(pts)
        if len(pts) >= 1:
            cleaned.append(pts)
    if not cleaned or points < 2:
        raise ValidationError([FieldProblem("strokes", "signature_empty")])
    if points > MAX_POINTS:
        raise ValidationError([FieldProblem("strokes", "too_long", {"max": MAX_POINTS})])
    return json.dumps(cleaned)


def strokes_json(strokes) -> str:  # noqa: ANN001
    """Drawn strokes checked and rounded, as stored (JSON); refused when empty or too long."""
    return _strokes(strokes)


def _dto(row: Signature, current_hash: str | None, collector_name: str = "") -> SignatureDTO:
    strokes = tuple(tuple(tuple(p) for p in stroke) for stroke in json.loads(row.strokes))
    return SignatureDTO(row.id, row.owner_table, row.owner_id, row.signer_id, row.signer_name, row.role,
                        row.statement, strokes, row.signed_at, row.content_hash,
                        current_hash is None or current_hash == row.content_hash, row.collected_by, collector_name)


def signatures_of(ctx: AppContext, owner_table: str, owner_id: str) -> list[SignatureDTO]:
    with ctx.read() as s:
        rows = list(s.scalars(select(Signature).where(Signature.owner_table == owner_table,
                                                      Signature.owner_id == owner_id, Signature.deleted.is_(False))
                              .order_by(Signature.signed_at)))
        current = content_hash_of(canonical_run(s, owner_id)) if owner_table == "checklist_run" else None
        collectors = {r.collected_by for r in rows if r.collected_by}
        names = {u.id: u.name for u in s.scalars(select(User).where(User.id.in_(collectors)))} if collectors else {}
        return [_dto(r, current, names.get(r.collected_by or "", "")) for r in rows]


def required_roles(kind: str | None) -> tuple[str, ...]:
    """The roles that must sign a completed run of a template of ``kind`` before it is frozen: an equipment
    acceptance needs the supplier (a signer without an account), the store manager and the supervisor; a
    new store's fit-out acceptance the contractor (without an account), the store manager and the supervisor;
    every other kind (inspections, daily checklists) the supervisor and the store manager."""
    if kind in FITOUT_KINDS:
        return FITOUT_ROLES
    return THREE_WAY_ROLES if kind in THREE_WAY_KINDS else REQUIRED_ROLES


def _run_kind(s: Session, run: ChecklistRun) -> str | None:
    return s.scalar(select(Template.kind).join(TemplateVersion, TemplateVersion.template_id == Template.id)
                    .where(TemplateVersion.id == run.template_version_id))


def run_required_roles(ctx: AppContext, run_id: str) -> tuple[str, ...]:
    """``required_roles`` of the run's template kind."""
    with ctx.read() as s:
        run = s.get(ChecklistRun, run_id)
        if run is None or run.deleted:
            raise NotFoundError("checklist_run", id=run_id)
        return required_roles(_run_kind(s, run))


def missing_roles(ctx: AppContext, run_id: str) -> list[str]:
    """The run's required roles (``run_required_roles``) without a valid signature, in signing order."""
    needed = run_required_roles(ctx, run_id)
    have = {sig.role for sig in signatures_of(ctx, "checklist_run", run_id) if sig.valid}
    return [r for r in needed if r not in have]


def account_may_sign(user_role: str | None, role: str) -> bool:
    """Whether a user of ``user_role`` may sign as ``role`` (anyone may sign for a person without an account)."""
    if role in ACCOUNT_ROLES:
        return user_role in ACCOUNT_ROLES[role]
    return role in SIGNER_ROLES


def signable_roles(ctx: AppContext, run_id: str, signer_id: str | None = None) -> list[str]:
    """The roles still open on the run that the signing user (``signer_id``, else the current user) may
    sign now: the account role they hold if it is not signed yet, then every signer without an account
    not signed yet. The run's required roles (``required_roles``) come first. Empty when the run is not
    completed."""
    with ctx.read() as s:
        run = s.get(ChecklistRun, run_id)
        if run is None or run.deleted or run.status != "completed":
            return []
        needed = required_roles(_run_kind(s, run))
        user = s.get(User, signer_id or ctx.user_id) if (signer_id or ctx.user_id) else None
        user_role = user.role if user is not None and not user.deleted and user.active else None
    have = {sig.role for sig in signatures_of(ctx, "checklist_run", run_id) if sig.valid}
    ordered = [*needed, *(r for r in SIGNER_ROLES if r not in needed)]
    return [r for r in ordered if r not in have and account_may_sign(user_role, r)]


def sign_run(ctx: AppContext, run_id: str, role: str, signer_name: str, strokes, *,  # noqa: ANN001
             statement: str = DEFAULT_STATEMENT, signer_id: str | None = None) -> SignatureDTO:
    """Sign a completed run as ``role``. When every role the run requires (``required_roles`` of its
    template kind) has signed, the run is frozen.

    Each role signs a run's content once. A role of a user account (``ACCOUNT_ROLES``) is signed by
    the signing user -- ``signer_id``, else the workspace's current user -- whose account must hold
    that role; the stored name is the account's (``signer_name`` is ignored). A signer without an
    account (``EXTERNAL_ROLES``) gives ``signer_name``; it is stored without a user id, which marks it
    as typed. Refused with :class:`ValidationError` on ``role`` (``invalid_choice``, ``not_your_role``,
    ``already_signed``) or ``signer_name`` (``required``)."""
    problems = []
    external = role in EXTERNAL_ROLES
    if role not in SIGNER_ROLES:
        problems.append(FieldProblem("role", "invalid_choice"))
    if external and not (signer_name or "").strip():
        problems.append(FieldProblem("signer_name", "required"))
    elif external and len(signer_name.strip()) > MAX_NAME:
        problems.append(FieldProblem("signer_name", "too_long", {"max": MAX_NAME}))
    if problems:
        raise ValidationError(problems)
    data = _strokes(strokes)
    with ctx.tx() as s:
        run = s.get(ChecklistRun, run_id)
        if run is None or run.deleted:
            raise NotFoundError("checklist_run", id=run_id)
        if run.status != "completed":
            # A signed run is frozen: a signature added later would change the signed record.
            raise SignatureError("only a completed run can be signed", status=run.status)
        acting = signer_id or ctx.user_id
        user = s.get(User, acting) if acting else None
        if acting and (user is None or user.deleted or not user.active):
            raise ValidationError([FieldProblem("signer_id", "invalid_user")])
        # An account role is signed by the signing account at its store; a person without an account is
        # collected by the current user.
        require(s, ctx, SIGN_ACTIONS.get(role, A.SIGN_EXTERNAL), run.store_id,
                user_id=None if external else acting)
        if not external and (user is None or not account_may_sign(user.role, role)):
            raise ValidationError([FieldProblem("role", "not_your_role")])
        content = content_hash_of(canonical_run(s, run.id))
        signed = list(s.scalars(select(Signature).where(
            Signature.owner_table == "checklist_run", Signature.owner_id == run.id, Signature.deleted.is_(False),
            Signature.content_hash == content)))
        if any(sig.role == role for sig in signed):
            raise ValidationError([FieldProblem("role", "already_signed")])
        name = signer_name.strip() if external else user.name
        row = Signature(owner_table="checklist_run", owner_id=run.id, signer_id=None if external else user.id,
                        signer_name=name, role=role, statement=(statement or "").strip(),
                        strokes=data, signed_at=utcnow(), content_hash=content, external=external,
                        collected_by=ctx.user_id if external else None)
        s.add(row)
        s.flush()
        if not external and user.id == ctx.user_id and _run_kind(s, run) in THREE_WAY_KINDS:
            # an equipment acceptance signed off by an account: the decision is signed with its key (a locked key
            # raises KeyLockedError here, and the transaction writes nothing)
            decisions.sign(s, ctx, "equipment.accept", "signature", row.id, {"run": run.id, "role": role}, content)
            s.flush()
        roles = {r.role for r in signed} | {role}
        frozen = run.status == "completed" and all(r in roles for r in required_roles(_run_kind(s, run)))
        if frozen:
            _freeze(s, run)
        s.flush()
        made, item, milestone, promotion = _dto(row, content), run.equipment_id, run.milestone_id, run.promotion_id
    if frozen and item:  # a signed acceptance: its item takes the result
        from opsdesk.services.acceptance import settle_item

        settle_item(ctx, run_id)
    if frozen and milestone:  # a signed acceptance of an opening gate: the gate passes (or not)
        from opsdesk.services.openings import settle_gate

        settle_gate(ctx, run_id)
    if frozen and promotion:  # a signed execution check: its failures become corrective actions
        from opsdesk.services.promotions import settle_check

        settle_check(ctx, run_id)
    return made


def _freeze(s: Session, run: ChecklistRun) -> None:
    """Turn the run ``signed``, logging every field of the signed record at ONE clock, marked ``sign``.

    That clock is the run's sign point: on every workspace, whatever order packages arrive in,
    the signed record holds exactly these values; a value written after it, or a row under the
    run that is not logged at it, is set aside as a ``frozen`` conflict (see sync.apply)."""
    from dataclasses import replace

    from sqlalchemy import inspect
    from sqlalchemy.orm.attributes import flag_modified

    from opsdesk.sync.capture import NOT_LOGGED

    answers = list(s.scalars(select(Answer).where(Answer.run_id == run.id)))
    links = list(s.scalars(select(AttachmentLink).where(
        AttachmentLink.owner_table == "answer", AttachmentLink.owner_id.in_([a.id for a in answers])))) if answers else []
    signatures = list(s.scalars(select(Signature).where(Signature.owner_table == "checklist_run",
                                                        Signature.owner_id == run.id)))
    content = content_hash_of(canonical_run(s, run.id))
    for sig in signatures:
        if not sig.deleted and sig.content_hash != content:
            sig.deleted = True  # signed an earlier state (on another laptop): replaced by these signatures
    s.flush()
    own = s.info["capture"]
    force: set[tuple[str, str, str]] = set()
    for obj in (run, *answers, *links, *signatures):
        table = obj.__table__.name
        keys = [a.key for a in inspect(obj).mapper.column_attrs if a.key not in NOT_LOGGED]
        force.update((table, obj.id, k) for k in keys)
        if obj is not run:
            flag_modified(obj, keys[0])
    s.info["capture"] = replace(own, kind="sign", hlc=own.clock.now(), force=force)
    try:
        # The rows under the run first: once it is signed, the triggers refuse any write to them.
        s.flush()
        run.status = "signed"
        s.flush()
    finally:
        s.info["capture"] = own


def correct_run(ctx: AppContext, run_id: str) -> str:
    """Start a correction of a signed run: a new draft with the same answers that supersedes it.
    The signed run stays as it is (and visible); it is marked superseded when the correction is
    completed (see ``runs.complete``). Returns the new run's id."""
    from opsdesk.services import runs

    with ctx.tx() as s:
        old = s.get(ChecklistRun, run_id)
        if old is None or old.deleted:
            raise NotFoundError("checklist_run", id=run_id)
        require(s, ctx, *run_permission(s, run_id))
        if old.status != "signed":
            raise SignatureError("only a signed run is corrected by a new run", status=old.status)
        new = ChecklistRun(template_version_id=old.template_version_id, store_id=old.store_id, run_type=old.run_type,
                           performed_by=ctx.user_id, started_at=utcnow(), business_date=old.business_date,
                           status="draft", follow_up_of=old.follow_up_of, visit_id=old.visit_id, supersedes=old.id,
                           equipment_id=old.equipment_id,  # a corrected acceptance is still of its item
                           milestone_id=old.milestone_id,  # ... or of its opening gate
                           promotion_id=old.promotion_id)  # ... or of its promotion
        s.add(new)
        s.flush()
        for a in s.scalars(select(Answer).where(Answer.run_id == old.id, Answer.deleted.is_(False))):
            s.add(Answer(id=runs.answer_id(new.id, a.item_id), run_id=new.id, item_id=a.item_id, value=a.value,
                         na=a.na, points=a.points, max_points=a.max_points, failed=a.failed, note=a.note,
                         answered_at=a.answered_at, answered_by=a.answered_by))
        s.flush()
        version = runs.version_of(s, new)
        runs.rescore(s, new, version)
        return new.id
