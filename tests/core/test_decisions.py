"""Decisions bound to the person: each decision kind is signed with the decider's key and verifies; a head
office verifies a laptop's decisions after sync, offline; a forged one (a user without the role, a wrong
certified role, a tampered hash, garbage) arrives as a conflict for a person, never as a decision."""

from __future__ import annotations

import base64
import sqlite3
import subprocess
import sys
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_sync import exchange, pair  # noqa: F401 - pair: two fresh workspaces (head office, laptop)

from opsdesk import decisions, signing
from opsdesk.errors import KeyLockedError, PassphraseError, PermissionDeniedError
from opsdesk.models import DecisionSignature, PromotionEvent, Store, SyncConflict
from opsdesk.permissions import as_system
from opsdesk.services import actions, org, promotions, sync
from opsdesk.services.context import AppContext
from opsdesk.services.promotions import PlanInput, StoreTarget

BACKENDS = ("sqlite", "pg")  # head office on PostgreSQL too under `make test-pg` (the laptop is a file)

TODAY = date.today()
PW = "口令-pass-1"
CA_PW = "ca-pass"


@pytest.fixture
def keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "keys"
    monkeypatch.setenv(signing.KEYS_ENV, str(folder))
    return folder


@pytest.fixture
def ca(tmp_path: Path) -> Path:
    folder = tmp_path / "ca"
    signing.ca_init(folder, "总部 CA", CA_PW)
    return folder


def _identity(ca: Path, user_id: str, name: str, role: str | None) -> None:
    """A user's identity with a certificate the head-office CA issued for ``role``."""
    signing.create_identity(user_id, name, PW)
    cert = signing.ca_issue(ca, CA_PW, signing.make_csr(user_id, PW), role=role)
    signing.import_certificate(user_id, cert + signing.ca_certificate(ca))


def _as(ctx: AppContext, user_id: str) -> AppContext:
    ctx.user_id = user_id
    return ctx


def _world(hq: AppContext) -> tuple[str, dict[str, str]]:
    region = org.save_region(hq, "华东", "EAST")
    store = org.create_store(hq, org.StoreInput(code="S001", name="一号店", region_id=region.id,
                                                opened_on=date(2024, 1, 1)))
    who = {}
    for role, username in (("supervisor", "sup"), ("ops_manager", "ops"), ("head_office", "hq"),
                           ("head_office", "hq2"), ("staff", "clerk")):
        who[username] = org.create_user(as_system(hq), org.UserInput(
            username=username, name=username, role=role, store_ids=(store.id,))).id
    return store.id, who


def _reviewed_plan(hq: AppContext, store_id: str, who: dict[str, str]) -> promotions.PromotionDTO:
    p = promotions.create_plan(_as(hq, who["sup"]), PlanInput("国庆大促", "holiday", TODAY, TODAY + timedelta(days=6),
                                                              stores=(StoreTarget(store_id),)))
    p = promotions.submit(hq, p.id, p.content_hash, "请审核")
    return promotions.decide(_as(hq, who["ops"]), p.id, "review", True, p.content_hash, "同意")


def _sigs(ctx: AppContext, table: str, record: str) -> list[SimpleNamespace]:
    with ctx.read() as s:
        return [SimpleNamespace(**{c.name: getattr(r, c.name) for c in DecisionSignature.__table__.columns})
                for r in s.query(DecisionSignature).filter_by(owner_table=table, owner_id=record)]


# ---------------------------------------------------------------- signing each kind


def test_a_locked_key_refuses_the_decision_before_anything_is_written(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, _ = pair
    store_id, who = _world(hq)
    _identity(ca, who["sup"], "督导", "supervisor")
    a = actions.create_action(_as(hq, who["sup"]), actions.ActionInput(store_id, "灯箱不亮", TODAY))
    actions.transition(hq, a.id, "submitted", fix_note="已修好")
    with pytest.raises(KeyLockedError):
        actions.transition(hq, a.id, "verified")
    assert actions.get_action(hq, a.id).status == "submitted" and _sigs(hq, "corrective_action", a.id) == []
    with pytest.raises(PassphraseError):
        signing.unlock(hq, who["sup"], "wrong")
    assert hq.unlocked == {}
    signing.unlock(hq, who["sup"], PW)
    assert actions.transition(hq, a.id, "verified").status == "verified"
    hq.forget_secrets()  # lock / sign-out / switch of user
    assert hq.unlocked == {}


def test_every_kind_is_signed_and_verifies(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, _ = pair
    store_id, who = _world(hq)
    signing.trust(hq, signing.ca_certificate(ca))
    for user, role in (("sup", "supervisor"), ("ops", "ops_manager"), ("hq", "head_office")):
        _identity(ca, who[user], user, role)
        signing.unlock(hq, who[user], PW)
    # action.verify, action.cancel
    a = actions.create_action(_as(hq, who["sup"]), actions.ActionInput(store_id, "灯箱不亮", TODAY))
    actions.transition(hq, a.id, "submitted", fix_note="已修好")
    actions.transition(hq, a.id, "verified")
    b = actions.create_action(hq, actions.ActionInput(store_id, "地面湿滑", TODAY))
    actions.transition(hq, b.id, "cancelled", "重复")
    # promotion.propose, .review, .approve; rejections at each level
    p = _reviewed_plan(hq, store_id, who)
    promotions.decide(_as(hq, who["hq"]), p.id, "approval", True, p.content_hash, "批准")
    q = promotions.create_plan(_as(hq, who["sup"]), PlanInput("店庆", "holiday", TODAY, TODAY,
                                                              stores=(StoreTarget(store_id),)))
    q = promotions.submit(hq, q.id, q.content_hash)
    promotions.decide(_as(hq, who["ops"]), q.id, "review", False, q.content_hash, "预算超标")
    r = promotions.create_plan(_as(hq, who["sup"]), PlanInput("会员日", "member_day", TODAY, TODAY,
                                                              stores=(StoreTarget(store_id),)))
    r = promotions.submit(hq, r.id, r.content_hash)
    r = promotions.decide(_as(hq, who["ops"]), r.id, "review", True, r.content_hash)
    promotions.decide(_as(hq, who["hq"]), r.id, "approval", False, r.content_hash, "时机不对")
    # sync.resolve: signed by the person who resolves (checked below on its own record)
    with hq.read() as s:
        states = decisions.list_decisions(s, hq.db)
    kinds = sorted(d.kind for d in states)
    assert kinds == sorted(["action.verify", "action.cancel", "promotion.propose", "promotion.review",
                            "promotion.approve", "promotion.propose", "promotion.review.reject",
                            "promotion.propose", "promotion.review", "promotion.approve.reject"])
    assert {d.state for d in states} == {"verified"}, [d for d in states if d.state != "verified"]
    roles = {d.kind: d.role for d in states}
    assert roles["promotion.approve"] == "head_office" and roles["promotion.review"] == "ops_manager"
    # the stored hash is the canonical JSON's, and a changed state no longer verifies
    (row,) = _sigs(hq, "corrective_action", a.id)
    text = decisions.canonical("action.verify", "corrective_action", a.id, {"status": "verified"}, None, who["sup"],
                               row.signed_at)
    assert row.content_hash == decisions.hash_of("action.verify", "corrective_action", a.id,
                                                 {"status": "verified"}, None, who["sup"], row.signed_at)
    assert text.startswith('{"at":') and '"decider":"%s"' % who["sup"] in text
    roots = decisions.trusted_roots(hq)
    bad = decisions.verify_row(row, "action.verify", "corrective_action", a.id, {"status": "cancelled"}, None,
                               who["sup"], roots)
    assert (bad.ok, bad.reason) == (False, "bad_signature")
    # not trusted without the CA among the roots
    assert decisions.verify_row(row, "action.verify", "corrective_action", a.id, {"status": "verified"}, None,
                                who["sup"], []).reason == "untrusted"


def test_an_opening_override_and_a_resolution_are_signed(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop = pair
    region = org.save_region(hq, "华东", "EAST")
    store = org.create_store(hq, org.StoreInput(code="S001", name="一号店", region_id=region.id,
                                                opened_on=date(2024, 1, 1)))
    hq_id = org.create_user(as_system(hq), org.UserInput(username="hq", name="总部", role="head_office")).id
    _identity(ca, hq_id, "总部", "head_office")
    signing.trust(hq, signing.ca_certificate(ca))
    exchange(hq, laptop, tmp_path)
    with hq.tx() as s:
        s.get(Store, store.id).name = "总部改名"
    with laptop.tx() as s:
        s.get(Store, store.id).name = "门店改名"
    exchange(hq, laptop, tmp_path)
    exchange(laptop, hq, tmp_path)
    (conflict,) = sync.conflicts(hq)
    _as(hq, hq_id)
    with pytest.raises(KeyLockedError):
        sync.resolve_conflict(hq, conflict.id, "other")
    assert sync.conflicts(hq)[0].id == conflict.id  # nothing decided
    signing.unlock(hq, hq_id, PW)
    sync.resolve_conflict(hq, conflict.id, "other")
    (row,) = _sigs(hq, "store", store.id)
    assert row.kind == "sync.resolve"
    with hq.read() as s:
        (state,) = decisions.decision_state(s, hq.db, "store", store.id)
    assert (state.kind, state.state, state.role) == ("sync.resolve", "verified", "head_office")
    # the laptop verifies it too once it trusts the CA, and takes the resolution
    signing.trust(laptop, signing.ca_certificate(ca))
    decisions.set_must_be_signed(as_system(laptop), True)
    result = exchange(hq, laptop, tmp_path)
    assert result.conflicts == 0 and org.get_store(laptop, store.id).name == "总部改名"


def test_an_opening_override_is_signed(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    from opsdesk.services import openings

    hq, _ = pair
    store_id, who = _world(hq)
    signing.trust(hq, signing.ca_certificate(ca))
    _identity(ca, who["hq"], "总部", "head_office")
    _as(hq, who["hq"])
    with hq.tx() as s:
        s.get(Store, store_id).status = "preparing"
    project = openings.create_project(hq, store_id, TODAY + timedelta(days=30))
    with pytest.raises(KeyLockedError):
        openings.open_store(hq, project.id, override_reason="商场要求提前开业")
    signing.unlock(hq, who["hq"], PW)
    openings.open_store(hq, project.id, override_reason="商场要求提前开业")
    with hq.read() as s:
        (state,) = decisions.decision_state(s, hq.db, "opening_project", project.id)
    assert (state.kind, state.state) == ("opening.override_gate", "verified")


# ---------------------------------------------------------------- the two-workspace test


def _two(tmp_path, pair, keys, ca):  # noqa: ANN001, ANN202
    """Head office trusts its CA; the users have CA-issued identities; the laptop holds the plan reviewed."""
    hq, laptop = pair
    store_id, who = _world(hq)
    p = _reviewed_plan(hq, store_id, who)  # before the identities: proposed and reviewed unsigned
    signing.trust(hq, signing.ca_certificate(ca))
    _identity(ca, who["hq"], "总部", "head_office")
    _identity(ca, who["ops"], "运营", "ops_manager")
    _identity(ca, who["sup"], "督导", "supervisor")
    exchange(hq, laptop, tmp_path)
    return hq, laptop, store_id, who, p


def test_a_signed_approval_made_on_a_laptop_verifies_at_head_office(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop, _store, who, p = _two(tmp_path, pair, keys, ca)
    decisions.set_must_be_signed(as_system(hq), True)
    _as(laptop, who["hq"])
    signing.unlock(laptop, who["hq"], PW)
    approved = promotions.decide(laptop, p.id, "approval", True, p.content_hash, "批准")
    assert approved.status.approved
    result = exchange(laptop, hq, tmp_path)
    assert result.conflicts == 0
    got = promotions.get_plan(hq, p.id)
    assert got.status.approved
    with hq.read() as s:
        states = {d.kind: d for d in decisions.list_decisions(s, hq.db)}
    assert states["promotion.approve"].state == "verified" and states["promotion.approve"].role == "head_office"


def _forge_event(laptop: AppContext, p: promotions.PromotionDTO, user_id: str, signed: bool = False) -> str:
    """An approval written straight into the laptop's database (not through the service): as if for ``user_id``;
    ``signed``: signed with the acting user's (unlocked) key as the service would sign it."""
    with laptop.tx() as s:
        e = PromotionEvent(promotion_id=p.id, kind="approve", level="approval", user_id=user_id,
                           at=laptop.now(), content_hash=p.content_hash, comment="", prev_ids="[]")
        s.add(e)
        s.flush()
        if signed:
            decisions.sign(s, laptop, "promotion.approve", "promotion_event", e.id,
                           {"promotion": p.id, "event": "approve", "level": "approval"}, p.content_hash)
        return e.id


def _arrives_as_conflict(hq: AppContext, laptop: AppContext, tmp_path: Path, p, event_id: str,  # noqa: ANN001
                         reason: str) -> SyncConflict:
    before = promotions.get_plan(hq, p.id)
    result = exchange(laptop, hq, tmp_path)
    assert result.conflicts >= 1
    after = promotions.get_plan(hq, p.id)
    assert after.status == before.status and after.status.status == "reviewed"
    assert event_id not in {e.id for e in after.events}
    with hq.read() as s:
        (conflict,) = s.query(SyncConflict).filter_by(reason="unverified").all()
        assert (conflict.table_name, conflict.row_id, conflict.detail) == ("promotion_event", event_id, reason)
        s.expunge(conflict)
    shown = [c for c in sync.conflicts(hq) if c.reason == "unverified"]
    assert len(shown) == 1
    return conflict


def test_an_approval_by_a_user_without_the_role_arrives_as_a_conflict(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop, _store, who, p = _two(tmp_path, pair, keys, ca)
    event_id = _forge_event(_as(laptop, who["ops"]), p, who["ops"])  # an ops manager "approves"
    conflict = _arrives_as_conflict(hq, laptop, tmp_path, p, event_id, "role")
    # a person decides: accepting it needs the approval's own permission
    _as(hq, who["ops"])
    with pytest.raises(PermissionDeniedError):
        sync.resolve_conflict(hq, conflict.id, "other")
    assert promotions.get_plan(hq, p.id).status.status == "reviewed"
    _as(hq, who["hq2"])  # head office, no identity here: decides unsigned
    sync.resolve_conflict(hq, conflict.id, "current")
    assert promotions.get_plan(hq, p.id).status.status == "reviewed"
    assert [c for c in sync.conflicts(hq) if c.reason == "unverified"] == []


def test_accepting_an_unverified_decision_applies_it_as_received(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop, _store, who, p = _two(tmp_path, pair, keys, ca)
    decisions.set_must_be_signed(as_system(hq), True)
    _as(laptop, who["hq2"])  # head office without an identity: an unsigned approval
    approved = promotions.decide(laptop, p.id, "approval", True, p.content_hash, "批准")
    event_id = approved.events[-1].id
    conflict = _arrives_as_conflict(hq, laptop, tmp_path, p, event_id, "unsigned")
    _as(hq, who["hq2"])
    sync.resolve_conflict(hq, conflict.id, "other")
    assert promotions.get_plan(hq, p.id).status.approved
    assert event_id in {e.id for e in promotions.get_plan(hq, p.id).events}


def test_accepting_an_unverified_decision_is_signed_and_vouches_for_it_downstream(tmp_path, pair, keys, ca,  # noqa: ANN001, F811
                                                                                 prepared_at) -> None:  # noqa: ANN001
    from test_sync import open_ctx

    hq, laptop, _store, who, p = _two(tmp_path, pair, keys, ca)
    decisions.set_must_be_signed(as_system(hq), True)
    _as(laptop, who["hq2"])  # head office without an identity there: an unsigned approval
    event_id = promotions.decide(laptop, p.id, "approval", True, p.content_hash, "批准").events[-1].id
    conflict = _arrives_as_conflict(hq, laptop, tmp_path, p, event_id, "unsigned")
    _as(hq, who["hq"])  # head office WITH an identity accepts it: the acceptance waits for the key
    with pytest.raises(KeyLockedError):
        sync.resolve_conflict(hq, conflict.id, "other")
    assert promotions.get_plan(hq, p.id).status.status == "reviewed"
    signing.unlock(hq, who["hq"], PW)
    sync.resolve_conflict(hq, conflict.id, "other")
    assert promotions.get_plan(hq, p.id).status.approved
    (vouch,) = [r for r in _sigs(hq, "promotion_event", event_id) if r.kind == "sync.accept"]
    assert vouch.decider_id == who["hq"]
    with hq.read() as s:
        (state,) = decisions.decision_state(s, hq.db, "promotion_event", event_id)
    assert (state.state, state.role, state.decider) == ("accepted", "head_office", who["hq2"])
    # A second head-office workspace that requires signed decisions gets the approval and the acceptance
    # together: it verifies the acceptance, no person is asked again.
    other = open_ctx(prepared_at("c.sqlite"), builtin=True)
    try:
        decisions.set_must_be_signed(as_system(other), True)
        signing.trust(other, signing.ca_certificate(ca))
        exchange(hq, other, tmp_path, full=True)
        held = {c.decision for c in sync.conflicts(other) if c.reason == "unverified"}
        # (the proposal and review were made unsigned before identities existed: held there, as they should be)
        assert held == {"promotion.propose", "promotion.review"}
        assert event_id in {e.id for e in promotions.get_plan(other, p.id).events}
        # a workspace that does not trust the CA that certified the acceptor holds the approval for a person
        third = open_ctx(prepared_at("d.sqlite"), builtin=True)
        try:
            decisions.set_must_be_signed(as_system(third), True)
            exchange(hq, third, tmp_path, full=True)
            (left,) = [c for c in sync.conflicts(third) if c.decision == "promotion.approve"]
            assert (left.reason, left.row_id) == ("unverified", event_id)
            assert event_id not in {e.id for e in promotions.get_plan(third, p.id).events}
        finally:
            third.db.close()
    finally:
        other.db.close()


def test_an_approval_signed_by_a_wrongly_certified_role_arrives_as_a_conflict(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop, _store, who, p = _two(tmp_path, pair, keys, ca)
    _as(laptop, who["ops"])
    signing.unlock(laptop, who["ops"], PW)
    event_id = _forge_event(laptop, p, who["ops"], signed=True)  # the ops manager's own valid key, on an
    # approval the table does not give them
    _arrives_as_conflict(hq, laptop, tmp_path, p, event_id, "role")


def test_an_impersonated_approval_with_a_tampered_hash_arrives_as_a_conflict(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop, _store, who, p = _two(tmp_path, pair, keys, ca)
    _as(laptop, who["hq"])
    signing.unlock(laptop, who["hq"], PW)
    # a genuine head-office signature of another decision (an action's verification) ...
    a = actions.create_action(laptop, actions.ActionInput(_store, "灯箱不亮", TODAY))
    actions.transition(laptop, a.id, "submitted", fix_note="已修好")
    actions.transition(laptop, a.id, "verified")
    (genuine,) = _sigs(laptop, "corrective_action", a.id)
    laptop.forget_secrets()
    # ... replayed on an approval written for head office on the laptop (plain SQL in the file)
    event_id = str(uuid.uuid4())
    with laptop.tx() as s:  # the event through the change log, as a forger who knows the format would
        s.add(PromotionEvent(id=event_id, promotion_id=p.id, kind="approve", level="approval", user_id=who["hq"],
                             at=laptop.now(), content_hash=p.content_hash, comment="", prev_ids="[]"))
        s.add(DecisionSignature(owner_table="promotion_event", owner_id=event_id, kind="promotion.approve",
                                content_hash=genuine.content_hash, decider_id=who["hq"],
                                certificate=genuine.certificate, signature=genuine.signature,
                                signed_at=genuine.signed_at))
    _arrives_as_conflict(hq, laptop, tmp_path, p, event_id, "bad_signature")


def test_a_verification_forged_by_plain_sql_arrives_as_a_conflict(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop, store_id, who, _p = _two(tmp_path, pair, keys, ca)
    a = actions.create_action(_as(hq, who["sup"]), actions.ActionInput(store_id, "灯箱不亮", TODAY))
    actions.transition(hq, a.id, "submitted", fix_note="已修好")
    exchange(hq, laptop, tmp_path)
    # The clerk (staff: may not verify) writes the status and its change-log line with sqlite3.
    conn = sqlite3.connect(laptop.db.path)
    hlc = laptop.db.clock.now()
    node = laptop.db.node.node_id
    base = conn.execute("SELECT max(hlc) FROM change_log WHERE table_name = 'corrective_action' AND row_id = ?",
                        (a.id,)).fetchone()[0]
    conn.execute("UPDATE corrective_action SET status = 'verified', updated_at = ? WHERE id = ?", (hlc, a.id))
    conn.execute("INSERT INTO change_log (change_id, node_id, hlc, table_name, row_id, field, value, base_hlc, kind,"
                 " actor_id) VALUES (?, ?, ?, 'corrective_action', ?, 'status', '\"verified\"', ?, NULL, ?)",
                 (str(uuid.uuid4()), node, hlc, a.id, base, who["clerk"]))
    conn.commit()
    conn.close()
    result = exchange(laptop, hq, tmp_path)
    assert result.conflicts == 1
    assert actions.get_action(hq, a.id).status == "submitted"
    (shown,) = sync.conflicts(hq)
    assert (shown.reason, shown.table, shown.field) == ("unverified", "corrective_action", "status")


def _new_supervisor_verifies(hq: AppContext, laptop: AppContext, tmp_path: Path, store_id: str,
                             who: dict[str, str], role: str) -> str:
    """On the laptop, head office makes a new user of ``role`` for the store; that user verifies a fix there
    (through the service when the role may, else written into the database as the forged test does). The
    user, their store and the verification travel to head office in ONE package."""
    a = actions.create_action(_as(hq, who["sup"]), actions.ActionInput(store_id, "冷柜温度高", TODAY))
    actions.transition(hq, a.id, "submitted", fix_note="已调温")
    exchange(hq, laptop, tmp_path)
    new = org.create_user(_as(laptop, who["hq"]), org.UserInput(username="sup2", name="新督导", role=role,
                                                                store_ids=(store_id,))).id
    if role == "supervisor":
        actions.transition(_as(laptop, new), a.id, "verified")
    else:
        with laptop.tx() as s:  # as if the new clerk had verified: the record says so, the role does not allow it
            from opsdesk.models import CorrectiveAction

            s.info["capture"] = replace(s.info["capture"], actor_id=new)
            s.get(CorrectiveAction, a.id).status = "verified"
    with hq.read() as s:
        from opsdesk.models import User

        assert s.get(User, new) is None  # head office has not seen the user yet
    return a.id


def test_a_decision_by_a_user_who_arrives_in_the_same_package_is_applied(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop = pair
    store_id, who = _world(hq)
    action_id = _new_supervisor_verifies(hq, laptop, tmp_path, store_id, who, "supervisor")
    result = exchange(laptop, hq, tmp_path)
    assert result.conflicts == 0  # checked again once the package's user and their store were applied
    assert actions.get_action(hq, action_id).status == "verified"
    assert [c for c in sync.conflicts(hq) if c.reason == "unverified"] == []
    with hq.read() as s:
        (state,) = [d for d in decisions.list_decisions(s, hq.db) if d.record == action_id]
    assert (state.kind, state.state) == ("action.verify", "unsigned")


def test_a_user_arriving_in_the_same_package_without_the_role_is_still_a_conflict(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop = pair
    store_id, who = _world(hq)
    action_id = _new_supervisor_verifies(hq, laptop, tmp_path, store_id, who, "staff")
    result = exchange(laptop, hq, tmp_path)
    assert result.conflicts == 1
    assert actions.get_action(hq, action_id).status == "submitted"
    (shown,) = [c for c in sync.conflicts(hq) if c.reason == "unverified"]
    assert shown.table == "corrective_action"
    with hq.read() as s:
        from opsdesk.models import User

        assert s.query(User).filter_by(username="sup2").one().role == "staff"  # the rest of the package arrived
        (conflict,) = s.query(SyncConflict).filter_by(reason="unverified").all()
        assert conflict.detail == "role"


def test_a_hostile_signature_is_a_conflict_or_a_refusal_never_a_traceback(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop, _store, who, p = _two(tmp_path, pair, keys, ca)
    decisions.set_must_be_signed(as_system(hq), True)
    event_id = str(uuid.uuid4())
    with laptop.tx() as s:
        s.add(PromotionEvent(id=event_id, promotion_id=p.id, kind="approve", level="approval", user_id=who["hq"],
                             at=laptop.now(), content_hash=p.content_hash, comment="", prev_ids="[]"))
        s.add(DecisionSignature(owner_table="promotion_event", owner_id=event_id, kind="promotion.approve",
                                content_hash="0" * 64, decider_id=who["hq"],
                                certificate="-----BEGIN CERTIFICATE-----\ngarbage\n-----END CERTIFICATE-----\n",
                                signature=base64.b64encode(b"\x00" * 70).decode(), signed_at=laptop.now()))
    _arrives_as_conflict(hq, laptop, tmp_path, p, event_id, "bad_signature")
    # a certificate that is no certificate, over the right hash
    row = {"decider_id": who["hq"], "kind": "promotion.approve", "signed_at": "2026-12-05T08:00:00",
           "certificate": "not pem", "signature": "@@@", "content_hash": decisions.hash_of(
               "promotion.approve", "promotion_event", event_id, {}, None, who["hq"],
               __import__("datetime").datetime(2026, 12, 5, 8))}
    verdict = decisions.verify_row(row, "promotion.approve", "promotion_event", event_id, {}, None, who["hq"], [])
    assert not verdict.ok and verdict.reason in ("untrusted", "bad_signature")


# ---------------------------------------------------------------- command line


@pytest.mark.sqlite_only("the command line reads both workspaces as files")
def test_cli_decisions_verify(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, laptop, _store, who, p = _two(tmp_path, pair, keys, ca)
    env = {"PYTHONPATH": str(Path(__file__).resolve().parents[2]), "OPSDESK_KEYS_DIR": str(keys), "PATH": "/usr/bin"}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "opsdesk.cli", "decisions", "verify", *args],
                              capture_output=True, text=True, env=env, check=False)

    ok = run("--db", str(hq.db.path))
    assert ok.returncode == 0, ok.stderr
    assert "promotion.review" in ok.stdout and "unsigned" in ok.stdout
    # head office requires signed decisions: the unsigned ones now fail
    from opsdesk.services import workspace

    from acting import signed_in
    from opsdesk import auth

    workspace.set_current_user(hq, who["hq"])
    auth.set_password(as_system(hq), who["hq"], "hq-pass-123")  # the command line acts as a signed-in person
    hq.db.close()
    on = subprocess.run([sys.executable, "-m", "opsdesk.cli", *signed_in("hq", "hq-pass-123"), "decisions",
                         "require-signed", "on", "--db", str(hq.db.path)],
                        capture_output=True, text=True, env=env, check=False)
    assert on.returncode == 0, on.stderr
    strict = run("--db", str(hq.db.path))
    assert strict.returncode == 1 and "unsigned" in strict.stdout and "failed" in strict.stdout
    # a decision whose signature does not hold: exit 1
    signing.trust(laptop, signing.ca_certificate(ca))
    _as(laptop, who["ops"])
    signing.unlock(laptop, who["ops"], PW)
    _forge_event(laptop, p, who["ops"], signed=True)
    laptop.db.close()
    bad = run("--db", str(laptop.db.path))
    assert bad.returncode == 1 and "failed" in bad.stdout and "role" in bad.stdout
    missing = run("--db", str(tmp_path / "nope.sqlite"))
    assert missing.returncode == 2 and missing.stderr.startswith("error: ") and len(missing.stderr.splitlines()) == 1


def test_the_ui_certifies_the_requesting_users_role(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    hq, _ = pair
    _store, who = _world(hq)
    signing.create_identity(who["ops"], "运营", PW)
    request = signing.make_csr(who["ops"], PW)
    assert decisions.role_of_request(hq, request) == "ops_manager"
    cert = signing.ca_issue(ca, CA_PW, request, role=decisions.role_of_request(hq, request))
    from cryptography import x509

    leaf = x509.load_pem_x509_certificate(cert)
    assert (signing.certified_role(leaf), signing.certified_user(leaf)) == ("ops_manager", who["ops"])
    # a request asking for a role gets only the one the CA names
    asked = signing.make_csr(who["ops"], PW, role="head_office")
    assert signing.certified_role(x509.load_pem_x509_certificate(signing.ca_issue(ca, CA_PW, asked))) is None
    assert decisions.role_of_request(hq, b"not a request") is None


# ---------------------------------------------------------------- equipment acceptance sign-off


def _acceptance_world(tmp_path, pair, keys, ca, sup_role: str):  # noqa: ANN001, ANN202
    """A completed equipment acceptance on the laptop; the supervisor's certificate certifies ``sup_role``."""
    from test_acceptance import acceptance_run

    hq, laptop = pair
    store_id, who = _world(hq)
    manager = org.create_user(as_system(hq), org.UserInput(username="mgr", name="店长", role="store_manager",
                                                           store_ids=(store_id,))).id
    signing.trust(hq, signing.ca_certificate(ca))
    _identity(ca, who["sup"], "督导", sup_role)
    exchange(hq, laptop, tmp_path)
    _as(laptop, who["sup"])
    run_id = acceptance_run(laptop)
    return hq, laptop, who, manager, run_id


def _sign_three(laptop: AppContext, run_id: str, manager: str) -> None:
    from opsdesk.services import signatures

    strokes = [[(10, 10, 0.0), (60, 50, 0.1)]]
    with pytest.raises(KeyLockedError):  # the supervisor's sign-off waits for their key
        signatures.sign_run(laptop, run_id, "supervisor", "", strokes)
    signing.unlock(laptop, laptop.user_id, PW)
    signatures.sign_run(laptop, run_id, "supervisor", "", strokes)
    signatures.sign_run(laptop, run_id, "store_manager", "", strokes, signer_id=manager)  # not the key's owner
    signatures.sign_run(laptop, run_id, "supplier", "李供应", strokes)


def test_a_signed_acceptance_sign_off_verifies_at_head_office(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    from opsdesk.services import runs

    hq, laptop, _who, manager, run_id = _acceptance_world(tmp_path, pair, keys, ca, "supervisor")
    _sign_three(laptop, run_id, manager)
    exchange(laptop, hq, tmp_path)
    assert runs.get_summary(hq, run_id).status == "signed"
    with hq.read() as s:
        (state,) = [d for d in decisions.list_decisions(s, hq.db) if d.kind == "equipment.accept"]
    assert (state.state, state.role) == ("verified", "supervisor")


def test_an_acceptance_sign_off_with_a_wrong_role_refuses_the_package(tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    from opsdesk.errors import NotFoundError, PackageContentError
    from opsdesk.services import runs

    hq, laptop, _who, manager, run_id = _acceptance_world(tmp_path, pair, keys, ca, "staff")
    _sign_three(laptop, run_id, manager)
    with pytest.raises(PackageContentError, match="acceptance sign-off does not verify"):
        exchange(laptop, hq, tmp_path)
    with pytest.raises(NotFoundError):  # nothing of the package arrived
        runs.get_summary(hq, run_id)


def test_a_store_managers_sign_off_on_the_supervisors_laptop_is_witnessed_where_signatures_are_required(
        tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    from opsdesk.services import runs

    hq, laptop, _who, manager, run_id = _acceptance_world(tmp_path, pair, keys, ca, "supervisor")
    decisions.set_must_be_signed(as_system(hq), True)
    _sign_three(laptop, run_id, manager)  # the manager's sign-off is unsigned: her key is not on this laptop
    result = exchange(laptop, hq, tmp_path)
    assert result.conflicts == 0
    assert runs.get_summary(hq, run_id).status == "signed"


def test_an_unwitnessed_unsigned_sign_off_refuses_the_package_where_signatures_are_required(
        tmp_path, pair, keys, ca) -> None:  # noqa: ANN001, F811
    from opsdesk.errors import NotFoundError, PackageContentError
    from opsdesk.services import runs, signatures

    hq, laptop, who, manager, run_id = _acceptance_world(tmp_path, pair, keys, ca, "supervisor")
    decisions.set_must_be_signed(as_system(hq), True)
    strokes = [[(10, 10, 0.0), (60, 50, 0.1)]]
    _as(laptop, manager)  # the manager signs first: no signed supervisor sign-off witnesses hers
    signatures.sign_run(laptop, run_id, "store_manager", "", strokes)
    with pytest.raises(PackageContentError, match="acceptance sign-off does not verify"):
        exchange(laptop, hq, tmp_path)
    with pytest.raises(NotFoundError):
        runs.get_summary(hq, run_id)
