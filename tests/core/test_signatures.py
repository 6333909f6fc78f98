"""Signatures bound to content; signed runs frozen by the service and by SQLite triggers."""

from __future__ import annotations

import pytest
from engine_helpers import RawConnection

from acting import my_store
from opsdesk.errors import PermissionDeniedError, ValidationError
from opsdesk.services import runs, signatures, templates
from opsdesk.services.runs import RunClosedError

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)

STROKES = [[(10, 10, 0.0), (60, 50, 0.1), (120, 20, 0.2)]]
VALUES = {"pass_fail": "pass", "yes_no": "yes", "rating": 5, "choice": 0, "number": "0.1", "text": "无"}


def _completed_run(ctx) -> str:  # noqa: ANN001
    """In the demo (2 stores, seed 4): a completed routine inspection of the first store."""
    from opsdesk.services import org

    store = my_store(ctx)  # one of the acting supervisor's stores
    tpl = templates.template_by_code(ctx, "store_routine")
    run = runs.start_run(ctx, store.id, tpl.id, "routine")
    for item in runs.get_run(ctx, run.id).version.items():
        if item.answer_type != "photo":
            runs.set_answer(ctx, run.id, item.id, VALUES.get(item.answer_type))
    runs.complete(ctx, run.id)
    return run.id


@pytest.fixture
def db_template():  # noqa: ANN201
    """Built once per session, copied for each test (tests/conftest.py)."""
    return {"build": _completed_run, "stores": 2, "seed": 4}


@pytest.fixture
def run_id(built):  # noqa: ANN001, ANN201
    return built


def test_content_hash_is_stable_and_follows_the_content(ctx, run_id) -> None:  # noqa: ANN001
    first = signatures.run_hash(ctx, run_id)
    assert first == signatures.run_hash(ctx, run_id)
    assert len(first) == 64
    # reopen by hand (as a bug or an attacker would) and change a note: the hash changes
    item = runs.get_run(ctx, run_id).version.items()[0]
    with ctx.tx() as s:
        from opsdesk.models import Answer

        s.get(Answer, runs.answer_id(run_id, item.id)).note = "事后修改"
    assert signatures.run_hash(ctx, run_id) != first


def test_signing_needs_both_roles_then_freezes(ctx, db_path, run_id) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as err:
        signatures.sign_run(ctx, run_id, "supervisor", "赵督导", [[(1, 1, 0)]])
    assert err.value.reasons() == {"strokes": "signature_empty"}
    sig = signatures.sign_run(ctx, run_id, "supervisor", "赵督导", STROKES)
    assert sig.content_hash == signatures.run_hash(ctx, run_id) and sig.valid
    assert runs.get_summary(ctx, run_id).status == "completed"
    assert signatures.missing_roles(ctx, run_id) == ["store_manager"]
    signatures.sign_run(ctx, run_id, "store_manager", "", STROKES, signer_id=_store_manager(ctx).id)
    assert runs.get_summary(ctx, run_id).status == "signed"

    item = runs.get_run(ctx, run_id).version.items()[0]
    with pytest.raises(RunClosedError):
        runs.set_answer(ctx, run_id, item.id, "fail")
    with pytest.raises(RunClosedError):
        runs.set_note(ctx, run_id, item.id, "改")
    conn = RawConnection(db_path)
    try:
        for sql in ("UPDATE answer SET note = 'x' WHERE run_id = ?", "DELETE FROM answer WHERE run_id = ?"):
            with pytest.raises(conn.error, match="frozen"):
                conn.execute(sql, (run_id,))
            conn.rollback()
        with pytest.raises(conn.error, match="frozen"):
            conn.execute("INSERT INTO answer (id, run_id, item_id, na, failed, repeat, note, created_at, updated_at, "
                         "origin_node, deleted) VALUES ('x', ?, ?, false, false, false, '', '2026-01-01', 'h', 'n', "
                         "false)", (run_id, item.id))
        conn.rollback()
    finally:
        conn.close()
    assert all(sig.valid for sig in signatures.signatures_of(ctx, "checklist_run", run_id))


def test_a_correction_supersedes_and_both_stay_visible(ctx, run_id) -> None:  # noqa: ANN001
    signatures.sign_run(ctx, run_id, "supervisor", "赵督导", STROKES)
    signatures.sign_run(ctx, run_id, "store_manager", "", STROKES, signer_id=_store_manager(ctx).id)
    new = signatures.correct_run(ctx, run_id)
    detail = runs.get_run(ctx, new)
    assert detail.run.status == "draft"
    assert {k: a.value for k, a in detail.answers.items()} == {
        k: a.value for k, a in runs.get_run(ctx, run_id).answers.items()}
    item = detail.version.items()[0]
    runs.set_answer(ctx, new, item.id, "fail")
    runs.set_note(ctx, new, item.id, "更正：复核发现问题")
    for m in runs.missing_items(ctx, new):
        runs.add_photo(ctx, new, m.item_id, _jpeg(ctx))
    runs.complete(ctx, new)
    assert runs.get_summary(ctx, run_id).status == "superseded"
    ids = {r.id for r in runs.query_runs(ctx, runs.RunQuery(template_kinds=("inspection",)))}
    assert {run_id, new} <= ids
    with pytest.raises(signatures.SignatureError):
        signatures.correct_run(ctx, run_id)  # only a signed run is corrected


def test_only_completed_runs_are_signed(ctx, run_id) -> None:  # noqa: ANN001
    from opsdesk.services import org

    draft = runs.start_run(ctx, my_store(ctx).id, templates.template_by_code(ctx, "store_routine").id,
                           "routine")
    with pytest.raises(signatures.SignatureError):
        signatures.sign_run(ctx, draft.id, "supervisor", "赵督导", STROKES)
    with pytest.raises(ValidationError):
        signatures.sign_run(ctx, run_id, "boss", "赵督导", STROKES)


def _store_manager(ctx):  # noqa: ANN001, ANN202
    from opsdesk.services import org

    return org.query_users(ctx, org.UserQuery(role="store_manager", store_id=my_store(ctx).id))[0]  # the run's


def test_each_role_signs_once_by_a_user_who_holds_it(ctx, run_id) -> None:  # noqa: ANN001
    from opsdesk.services import workspace

    me = workspace.current_user(ctx)
    assert me.role == "supervisor"
    assert signatures.signable_roles(ctx, run_id) == ["supervisor", "franchisee", "supplier", "witness",
                                                     "contractor"]
    # the supervisor cannot sign as the store manager, whatever name is typed
    with pytest.raises(PermissionDeniedError) as err:  # the permission table: sign.as_store_manager
        signatures.sign_run(ctx, run_id, "store_manager", "王店长", STROKES)
    assert (err.value.params["action"], err.value.params["reason"]) == ("sign.as_store_manager", "role")
    sig = signatures.sign_run(ctx, run_id, "supervisor", "随便写的名字", STROKES)
    assert (sig.signer_id, sig.signer_name, sig.external) == (me.id, me.name, False)  # the account's name
    with pytest.raises(ValidationError) as err:
        signatures.sign_run(ctx, run_id, "supervisor", me.name, STROKES)  # the same role twice
    assert err.value.reasons() == {"role": "already_signed"}
    assert [s.role for s in signatures.signatures_of(ctx, "checklist_run", run_id)] == ["supervisor"]
    assert signatures.signable_roles(ctx, run_id) == ["franchisee", "supplier", "witness", "contractor"]
    manager = _store_manager(ctx)
    assert signatures.signable_roles(ctx, run_id, manager.id) == ["store_manager", "franchisee", "supplier",
                                                                  "witness", "contractor"]
    # a store manager's account cannot sign as supervisor either
    with pytest.raises(PermissionDeniedError) as err:
        signatures.sign_run(ctx, run_id, "supervisor", "", STROKES, signer_id=manager.id)
    assert (err.value.params["action"], err.value.params["role"]) == ("sign.as_supervisor", "store_manager")


def test_a_signer_without_an_account_types_the_name_and_is_marked(ctx, run_id) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as err:
        signatures.sign_run(ctx, run_id, "supplier", "  ", STROKES)
    assert err.value.reasons() == {"signer_name": "required"}
    sig = signatures.sign_run(ctx, run_id, "supplier", " 李供应 ", STROKES)
    assert (sig.signer_id, sig.signer_name, sig.external) == (None, "李供应", True)
    stored = signatures.signatures_of(ctx, "checklist_run", run_id)
    assert [(s.role, s.signer_name, s.external) for s in stored] == [("supplier", "李供应", True)]
    assert runs.get_summary(ctx, run_id).status == "completed"  # a supplier is not a required role
    with pytest.raises(ValidationError) as err:
        signatures.sign_run(ctx, run_id, "supplier", "王供应", STROKES)
    assert err.value.reasons() == {"role": "already_signed"}


def _jpeg(ctx):  # noqa: ANN001, ANN202
    from PIL import Image

    path = (ctx.db.path or ctx.db.attachments_dir).with_name("p.jpg")
    Image.new("RGB", (20, 20), (9, 9, 9)).save(path)
    return path


def test_a_signed_run_shows_the_totals_it_was_signed_with(ctx, run_id) -> None:  # noqa: ANN001
    """A run signed under an earlier scorer (simulated: its stored totals differ from what the answers give now)
    shows what was signed -- in the detail every report is built from -- not a recomputation."""
    from decimal import Decimal

    from sign_helpers import sign_as

    from opsdesk.models import ChecklistRun

    fresh = runs.get_run(ctx, run_id).score
    with ctx.tx() as s:  # before signing, as an older version would have stored them
        run = s.get(ChecklistRun, run_id)
        run.percent, run.grade = fresh.percent - Decimal("0.01"), "Z"
    sign_as(ctx, run_id, "supervisor", STROKES)
    sign_as(ctx, run_id, "store_manager", STROKES)
    signed = runs.get_run(ctx, run_id)
    assert signed.run.status == "signed"
    assert (signed.score.percent, signed.score.grade) == (fresh.percent - Decimal("0.01"), "Z")
    assert signed.score.sections == fresh.sections  # the sections are still read from the answers
