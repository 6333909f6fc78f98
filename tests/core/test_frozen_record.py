"""The whole signed record is frozen, whoever writes to the file (db/versions/0011_frozen_record).

Attacks through raw SQL (a plain sqlite3 connection, as the sqlite3 shell or a script would make),
through the ORM and through the services: each is refused, the signed record's rows stay exactly as
they were and its signatures still hold. A seeded random trial mixes hostile statements with
ordinary writes to a draft run (which must keep working) and prints its seed when it fails.
"""

from __future__ import annotations

import random

import pytest
from engine_helpers import RawConnection
from PIL import Image
from sign_helpers import sign_as

from acting import my_store
from opsdesk.errors import FrozenRecordError
from opsdesk.models import ChecklistRun, Signature
from opsdesk.services import attachments, org, runs, signatures, templates
from opsdesk.services.runs import RunClosedError

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)

STROKES = [[(10, 10, 0.0), (60, 50, 0.1), (120, 20, 0.2)]]
VALUES = {"pass_fail": "pass", "yes_no": "yes", "rating": 5, "choice": 0, "number": "0.1", "text": "无"}
RECORD_TABLES = ("checklist_run", "answer", "signature", "attachment_link")


def _photo(ctx, name: str = "p.jpg", shade: int = 9):  # noqa: ANN001, ANN202
    path = (ctx.db.path or ctx.db.attachments_dir).with_name(name)
    Image.new("RGB", (20, 20), (shade, shade, shade)).save(path)
    return path


def _answered_run(ctx, store_id: str, tpl_id: str, *, shade: int = 9) -> str:  # noqa: ANN001
    run = runs.start_run(ctx, store_id, tpl_id, "routine")
    items = runs.get_run(ctx, run.id).version.items()
    for item in items:
        if item.answer_type != "photo":
            runs.set_answer(ctx, run.id, item.id, VALUES.get(item.answer_type))
    for item in items[:2]:  # photos of the answers: part of the signed record
        runs.add_photo(ctx, run.id, item.id, _photo(ctx, f"p{shade}.jpg", shade))
    return run.id


def _record(ctx):  # noqa: ANN001, ANN202
    """In the demo (2 stores, seed 4): (signed run id, draft run id) of one store: the signed one has
    answers, photos and two signatures."""
    store = my_store(ctx)  # one of the acting supervisor's stores
    tpl = templates.template_by_code(ctx, "store_routine")
    signed = _answered_run(ctx, store.id, tpl.id)
    runs.complete(ctx, signed)
    sign_as(ctx, signed, "supervisor", STROKES)
    sign_as(ctx, signed, "store_manager", STROKES)
    draft = _answered_run(ctx, store.id, tpl.id, shade=40)
    assert runs.get_summary(ctx, signed).status == "signed"
    return signed, draft


@pytest.fixture
def db_template():  # noqa: ANN201
    """Built once per session, copied for each test (tests/conftest.py)."""
    return {"build": _record, "stores": 2, "seed": 4}


@pytest.fixture
def record(built):  # noqa: ANN001, ANN201
    return built


def _snapshot(path, run_id: str) -> dict[str, list[tuple]]:
    """Every row of the signed record, every column, as stored."""
    conn = RawConnection(path)
    try:
        answers = [r[0] for r in conn.execute("SELECT id FROM answer WHERE run_id = ?", (run_id,))]
        marks = ",".join("?" * len(answers))
        return {
            "checklist_run": conn.execute("SELECT * FROM checklist_run WHERE id = ?", (run_id,)).fetchall(),
            "answer": conn.execute("SELECT * FROM answer WHERE run_id = ? ORDER BY id", (run_id,)).fetchall(),
            "signature": conn.execute("SELECT * FROM signature WHERE owner_id = ? ORDER BY id", (run_id,)).fetchall(),
            "attachment_link": conn.execute(
                f"SELECT * FROM attachment_link WHERE owner_table = 'answer' AND owner_id IN ({marks}) ORDER BY id",
                answers).fetchall(),
        }
    finally:
        conn.close()


def _ids(path, run_id: str) -> dict[str, list[str]]:
    conn = RawConnection(path)
    try:
        answers = [r[0] for r in conn.execute("SELECT id FROM answer WHERE run_id = ? ORDER BY id", (run_id,))]
        marks = ",".join("?" * len(answers))
        return {
            "answer": answers,
            "signature": [r[0] for r in conn.execute("SELECT id FROM signature WHERE owner_id = ?", (run_id,))],
            "attachment_link": [r[0] for r in conn.execute(
                f"SELECT id FROM attachment_link WHERE owner_table = 'answer' AND owner_id IN ({marks})", answers)],
        }
    finally:
        conn.close()


def _attacks(signed: str, draft: str, ids: dict[str, list[str]], draft_ids: dict[str, list[str]]) -> dict[str, tuple]:
    answer, sig, link = ids["answer"][0], ids["signature"][0], ids["attachment_link"][0]
    d_answer, d_link = draft_ids["answer"][0], draft_ids["attachment_link"][0]
    return {
        # the run row: content, status (unfreeze → edit → refreeze), removal, REPLACE
        "run score": ("UPDATE checklist_run SET score = 9999, grade = 'A' WHERE id = ?", (signed,)),
        "run note": ("UPDATE checklist_run SET note = 'x' WHERE id = ?", (signed,)),
        "run unfreeze": ("UPDATE checklist_run SET status = 'completed' WHERE id = ?", (signed,)),
        "run superseded without a correction": (
            "UPDATE checklist_run SET status = 'superseded' WHERE id = ?", (signed,)),
        "run delete": ("DELETE FROM checklist_run WHERE id = ?", (signed,)),
        "run insert or replace": (
            "INSERT OR REPLACE INTO checklist_run SELECT template_version_id, store_id, run_type, performed_by, "
            "started_at, completed_at, business_date, 'draft', score, max_score, percent, grade, critical_failed, "
            "follow_up_of, visit_id, supersedes, note, id, created_at, updated_at, origin_node, deleted, "
            "equipment_id, milestone_id, promotion_id FROM checklist_run WHERE id = ?", (signed,)),
        "run given a promotion": ("UPDATE checklist_run SET promotion_id = 'another plan' WHERE id = ?", (signed,)),
        "run given an opening milestone": ("UPDATE checklist_run SET milestone_id = 'another gate' WHERE id = ?",
                                           (signed,)),
        "run given an equipment item": ("UPDATE checklist_run SET equipment_id = 'another item' WHERE id = ?",
                                        (signed,)),
        "run rekey onto it": ("UPDATE OR REPLACE checklist_run SET id = ? WHERE id = ?", (signed, draft)),
        # answers: old run, new run, REPLACE by id
        "answer edit": ("UPDATE answer SET value = '\"fail\"' WHERE id = ?", (answer,)),
        "answer tombstone": ("UPDATE answer SET deleted = 1 WHERE id = ?", (answer,)),
        "answer moved in": ("UPDATE answer SET run_id = ? WHERE id = ?", (signed, d_answer)),
        "answer moved out": ("UPDATE answer SET run_id = ? WHERE id = ?", (draft, answer)),
        "answer delete": ("DELETE FROM answer WHERE id = ?", (answer,)),
        "answer insert or replace": (
            "INSERT OR REPLACE INTO answer (id, run_id, item_id, na, failed, repeat, note, created_at, updated_at, "
            "origin_node, deleted) SELECT id, ?, item_id, 0, 0, 0, 'x', created_at, updated_at, origin_node, 1 "
            "FROM answer WHERE id = ?", (draft, answer)),
        "answer update or replace": ("UPDATE OR REPLACE answer SET id = ? WHERE id = ?", (answer, d_answer)),
        # signatures
        "signature strokes": ("UPDATE signature SET strokes = '[]' WHERE id = ?", (sig,)),
        "signature removed": ("UPDATE signature SET deleted = 1 WHERE id = ?", (sig,)),
        "signature delete": ("DELETE FROM signature WHERE id = ?", (sig,)),
        "signature added": (
            "INSERT INTO signature (owner_table, owner_id, signer_name, role, statement, strokes, signed_at, "
            "content_hash, id, created_at, updated_at, origin_node, deleted) SELECT owner_table, owner_id, "
            "'冒名', role, statement, strokes, signed_at, content_hash, 'forged', created_at, updated_at, "
            "origin_node, 0 FROM signature WHERE id = ?", (sig,)),
        "signature insert or replace": (
            "INSERT OR REPLACE INTO signature (owner_table, owner_id, signer_name, role, statement, strokes, "
            "signed_at, content_hash, id, created_at, updated_at, origin_node, deleted) SELECT 'checklist_run', ?, "
            "'x', role, statement, strokes, signed_at, content_hash, id, created_at, updated_at, origin_node, 1 "
            "FROM signature WHERE id = ?", (draft, sig)),
        # photo links of its answers
        "photo removed": ("UPDATE attachment_link SET deleted = 1 WHERE id = ?", (link,)),
        "photo swapped": ("UPDATE attachment_link SET attachment_id = (SELECT attachment_id FROM attachment_link "
                          "WHERE id = ?) WHERE id = ?", (d_link, link)),
        "photo delete": ("DELETE FROM attachment_link WHERE id = ?", (link,)),
        "photo moved in": ("UPDATE attachment_link SET owner_id = ? WHERE id = ?", (answer, d_link)),
        "photo added": (
            "INSERT INTO attachment_link (id, created_at, updated_at, origin_node, deleted, attachment_id, "
            "owner_table, owner_id, purpose, caption, sort_order) SELECT 'extra', created_at, updated_at, "
            "origin_node, false, attachment_id, 'answer', ?, purpose, caption, 9 FROM attachment_link WHERE id = ?",
            (answer, d_link)),
        "photo insert or replace": (
            "INSERT OR REPLACE INTO attachment_link (id, created_at, updated_at, origin_node, deleted, "
            "attachment_id, owner_table, owner_id, purpose, caption, sort_order) SELECT id, created_at, "
            "updated_at, origin_node, 1, attachment_id, 'answer', ?, purpose, caption, 0 FROM attachment_link "
            "WHERE id = ?", (d_answer, link)),
    }


# PostgreSQL has no INSERT OR REPLACE / UPDATE OR REPLACE: the same attacks there are upserts over the frozen
# row's id (ON CONFLICT DO UPDATE, which fires the insert trigger, then the update triggers) and plain re-keys.
_PG_REPLACES = {
    "run insert or replace": (
        "INSERT INTO checklist_run SELECT * FROM checklist_run WHERE id = ? "
        "ON CONFLICT (id) DO UPDATE SET status = 'draft'", "signed"),
    "run rekey onto it": ("UPDATE checklist_run SET id = ? WHERE id = ?", "signed draft"),
    "answer insert or replace": (
        "INSERT INTO answer (id, run_id, item_id, na, failed, repeat, note, created_at, updated_at, origin_node, "
        "deleted) SELECT id, ?, item_id, false, false, false, 'x', created_at, updated_at, origin_node, true "
        "FROM answer WHERE id = ? ON CONFLICT (id) DO UPDATE SET run_id = EXCLUDED.run_id, note = EXCLUDED.note, "
        "deleted = EXCLUDED.deleted", "draft answer"),
    "answer update or replace": ("UPDATE answer SET id = ? WHERE id = ?", "answer d_answer"),
    "signature insert or replace": (
        "INSERT INTO signature (owner_table, owner_id, signer_name, role, statement, strokes, signed_at, "
        "content_hash, id, created_at, updated_at, origin_node, deleted) SELECT 'checklist_run', ?, 'x', role, "
        "statement, strokes, signed_at, content_hash, id, created_at, updated_at, origin_node, true FROM signature "
        "WHERE id = ? ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, signer_name = "
        "EXCLUDED.signer_name, deleted = EXCLUDED.deleted", "draft sig"),
    "photo insert or replace": (
        "INSERT INTO attachment_link (id, created_at, updated_at, origin_node, deleted, attachment_id, owner_table, "
        "owner_id, purpose, caption, sort_order) SELECT id, created_at, updated_at, origin_node, true, "
        "attachment_id, 'answer', ?, purpose, caption, 0 FROM attachment_link WHERE id = ? "
        "ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, deleted = EXCLUDED.deleted", "d_answer link"),
}


def _pg_attacks(signed: str, draft: str, ids: dict[str, list[str]], draft_ids: dict[str, list[str]]) -> dict[str, tuple]:
    """``_attacks`` in PostgreSQL's words: booleans are ``true``/``false``, REPLACE is an upsert."""
    names = {"signed": signed, "draft": draft, "answer": ids["answer"][0], "sig": ids["signature"][0],
             "link": ids["attachment_link"][0], "d_answer": draft_ids["answer"][0]}
    attacks = {}
    for name, (statement, params) in _attacks(signed, draft, ids, draft_ids).items():
        if name in _PG_REPLACES:
            statement, which = _PG_REPLACES[name]
            params = tuple(names[w] for w in which.split())
        else:
            statement = statement.replace("deleted = 1", "deleted = true").replace("origin_node, 0 ", "origin_node, false ")
        attacks[name] = (statement, params)
    assert attacks.keys() == _attacks(signed, draft, ids, draft_ids).keys()
    return attacks


def _attacks_on(path, signed: str, draft: str) -> dict[str, tuple]:  # noqa: ANN001
    make = _pg_attacks if isinstance(path, str) else _attacks
    return make(signed, draft, _ids(path, signed), _ids(path, draft))


def _holds(ctx, signed: str) -> None:  # noqa: ANN001
    sigs = signatures.signatures_of(ctx, "checklist_run", signed)
    assert len(sigs) == 2 and all(s.valid for s in sigs)
    assert runs.get_summary(ctx, signed).status == "signed"


@pytest.mark.parametrize("unfreeze", ["missing", "zero"])
def test_every_raw_sql_attack_on_a_signed_record_is_refused(ctx, db_path, record, unfreeze) -> None:  # noqa: ANN001
    """``missing``: a plain connection (the sqlite3 shell); ``zero``: one that defines the function
    the status trigger asks, answering 0 as OpsDesk's own connections do outside a sync write."""
    signed, draft = record
    before = _snapshot(db_path, signed)
    attacks = _attacks_on(db_path, signed, draft)
    conn = RawConnection(db_path)
    if unfreeze == "zero":
        conn.unfreeze_answers_zero()
    passed = []
    try:
        for name, (statement, params) in attacks.items():
            try:
                conn.execute(statement, params)
                passed.append(name)
            except conn.error as exc:  # refused by the frozen-record rule, not by a mistake in the attack
                if "frozen" not in str(exc) and "opsdesk_unfreeze" not in str(exc):  # outside OpsDesk: no function
                    passed.append(f"{name}: refused for another reason: {exc}")
            conn.rollback()  # each attack on the untouched record: one that passed must not hide the next
    finally:
        conn.close()
    assert passed == []
    assert _snapshot(db_path, signed) == before
    _holds(ctx, signed)


def test_ordinary_writes_to_a_draft_still_work_from_outside(ctx, db_path, record) -> None:  # noqa: ANN001
    """The triggers refuse only what touches a signed record: a draft's rows stay writable."""
    signed, draft = record
    ids = _ids(db_path, draft)
    conn = RawConnection(db_path)
    try:
        conn.execute("UPDATE answer SET note = '外部修改' WHERE id = ?", (ids["answer"][0],))
        conn.execute("UPDATE checklist_run SET note = '外部' WHERE id = ?", (draft,))
        conn.execute("UPDATE attachment_link SET caption = 'c' WHERE id = ?", (ids["attachment_link"][0],))
        conn.commit()
    finally:
        conn.close()
    conn = RawConnection(db_path)
    try:
        stored = (conn.execute("SELECT note FROM answer WHERE id = ?", (ids["answer"][0],)).fetchone()[0],
                  conn.execute("SELECT note FROM checklist_run WHERE id = ?", (draft,)).fetchone()[0],
                  conn.execute("SELECT caption FROM attachment_link WHERE id = ?",
                               (ids["attachment_link"][0],)).fetchone()[0])
    finally:
        conn.close()
    assert stored == ("外部修改", "外部", "c")
    assert "外部修改" in {a.note for a in runs.get_run(ctx, draft).answers.values()}
    _holds(ctx, signed)


def test_a_correction_still_supersedes_the_signed_run(ctx, db_path, record) -> None:  # noqa: ANN001
    signed, _draft = record
    before = _snapshot(db_path, signed)
    new = signatures.correct_run(ctx, signed)
    runs.complete(ctx, new)
    assert runs.get_summary(ctx, signed).status == "superseded"
    after = _snapshot(db_path, signed)
    assert after["answer"] == before["answer"] and after["signature"] == before["signature"]
    assert after["attachment_link"] == before["attachment_link"]
    # a superseded run is frozen as well
    conn = RawConnection(db_path)
    try:
        with pytest.raises(conn.error):
            conn.execute("UPDATE checklist_run SET status = 'signed' WHERE id = ?", (signed,))
        conn.rollback()  # PostgreSQL: a failed statement ends the transaction's use
        with pytest.raises(conn.error, match="frozen"):
            conn.execute("UPDATE checklist_run SET score = 1 WHERE id = ?", (signed,))
    finally:
        conn.close()


def test_orm_writes_to_a_signed_record_are_refused_with_a_typed_error(ctx, db_path, record) -> None:  # noqa: ANN001
    signed, _draft = record
    before = _snapshot(db_path, signed)
    with pytest.raises(FrozenRecordError):
        with ctx.tx() as s:
            s.get(ChecklistRun, signed).score = 1
    with pytest.raises(FrozenRecordError):
        with ctx.tx() as s:
            sig = s.get(Signature, _ids(db_path, signed)["signature"][0])
            sig.deleted = True
    assert _snapshot(db_path, signed) == before
    _holds(ctx, signed)


def test_services_refuse_photos_on_a_signed_runs_answers(ctx, db_path, record) -> None:  # noqa: ANN001
    signed, _draft = record
    before = _snapshot(db_path, signed)
    answer = _ids(db_path, signed)["answer"][0]
    with pytest.raises(RunClosedError):
        attachments.attach_photo(ctx, _photo(ctx, "late.jpg", 77), "answer", answer)
    with pytest.raises(RunClosedError):
        attachments.detach(ctx, _ids(db_path, signed)["attachment_link"][0])
    assert _snapshot(db_path, signed) == before
    _holds(ctx, signed)


def test_random_hostile_sessions_never_change_a_signed_record(ctx, db_path, record) -> None:  # noqa: ANN001
    """Seeded trials: random sequences of hostile statements and ordinary draft edits, in one
    transaction or many; the signed record never changes and every draft edit lands."""
    signed, draft = record
    before = _snapshot(db_path, signed)
    attacks = list(_attacks_on(db_path, signed, draft).items())
    draft_answers = _ids(db_path, draft)["answer"]
    for seed in range(40):
        rng = random.Random(seed)
        conn = RawConnection(db_path)
        if rng.random() < 0.5:
            conn.unfreeze_answers_zero()
        expected_notes: dict[str, str] = {}
        try:
            for step in range(rng.randint(3, 12)):
                if rng.random() < 0.4:
                    aid = rng.choice(draft_answers)
                    note = f"s{seed}-{step}"
                    conn.execute("UPDATE answer SET note = ? WHERE id = ?", (note, aid))
                    conn.commit()
                    expected_notes[aid] = note
                    continue
                name, (statement, params) = rng.choice(attacks)
                try:
                    conn.execute(statement, params)
                except conn.error:
                    conn.rollback()
                    continue
                conn.commit()
                pytest.fail(f"seed={seed}: attack {name!r} was not refused")
            for aid, note in expected_notes.items():
                stored = conn.execute("SELECT note FROM answer WHERE id = ?", (aid,)).fetchone()[0]
                assert stored == note, f"seed={seed}: a draft edit was lost"
        finally:
            conn.close()
        assert _snapshot(db_path, signed) == before, f"seed={seed}: the signed record changed"
    _holds(ctx, signed)
