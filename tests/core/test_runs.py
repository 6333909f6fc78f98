"""Checklist runs: starting, answering every answer type (saved at once, live score), notes,
photos, what is missing, completion, repeat findings, lists and the comparison with the previous run."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from engine_helpers import all_types_data, item_ids, table_counts

from opsdesk.errors import NotAnImageError, NotFoundError, ValidationError
from opsdesk.services import runs, templates
from opsdesk.services.context import AppContext
from opsdesk.templates_io import parse_template

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)
# The [pg] twins: the tests that reach what differs between the backends (tests/core/conftest.py PG_TWINS).
PG_TWINS = (
    "test_set_answer_stores_the_typed_value_and_returns_the_live_score",
    "test_number_answers_keep_their_plain_form",
    "test_answer_ids_are_deterministic_and_reanswering_updates_the_row",
    "test_invalid_answers_are_refused_and_change_nothing",
    "test_photos_answer_a_photo_item",
    "test_complete_refuses_while_missing_then_closes",
    "test_a_critical_failure_completes_with_grade_fail",
    "test_repeat_findings_against_the_previous_completed_run",
    "test_query_runs_filters_agree_with_count_runs",
    "test_sorting_and_paging_agree_with_count",
    "test_compare_with_previous",
)

D = Decimal
D0 = date(2024, 3, 4)

# A passing answer for every item of the all-types template (ph, the photo item, is answered N/A).
PASSING = {"pf": "pass", "yn": "yes", "rt": 4, "num": 5, "ch": 0, "mc": [0, 1], "tx": "ok", "dt": "2024-03-04"}


@pytest.fixture
def ids(all_types) -> dict[str, str]:
    return item_ids(all_types)


@pytest.fixture
def store(make_store):
    return make_store()


@pytest.fixture
def run(ctx, admin, store, all_types):
    return runs.start_run(ctx, store.id, all_types.template_id, "routine", business_date=D0)


def answer_all(ctx: AppContext, run_id: str, ids: dict[str, str], photo=None, **overrides) -> None:  # noqa: ANN001
    """Answer every item: PASSING unless overridden; a failed pf gets the photo it needs."""
    values = {**PASSING, **overrides}
    for key, item_id in ids.items():
        if key == "ph":
            runs.set_answer(ctx, run_id, item_id, na=True)
        else:
            runs.set_answer(ctx, run_id, item_id, values[key])
    if values["pf"] == "fail":
        runs.add_photo(ctx, run_id, ids["pf"], photo())


def finished(ctx, store, version, ids, day, jpeg, run_type="routine", **overrides) -> runs.RunSummaryDTO:  # noqa: ANN001
    r = runs.start_run(ctx, store.id, version.template_id, run_type, business_date=day)
    answer_all(ctx, r.id, ids, jpeg, **overrides)
    return runs.complete(ctx, r.id)


# ---------------------------------------------------------------- starting


def test_start_run_pins_the_published_version(ctx, admin, store, all_types, sql):
    r = runs.start_run(ctx, store.id, all_types.template_id, "mystery", business_date=D0)
    assert (r.status, r.run_type, r.business_date, r.store_id) == ("draft", "mystery", D0, store.id)
    assert (r.version_id, r.version_number, r.template_code) == (all_types.id, 1, "all_types")
    assert (r.performed_by, r.performer_name) == (admin.id, "Admin")
    assert (r.score, r.percent, r.grade, r.critical_failed) == (None, None, "", False)
    detail = runs.get_run(ctx, r.id)
    assert detail.answers == {} and detail.score.percent is None
    assert sql("SELECT template_version_id, status FROM checklist_run WHERE id=?", r.id) == [(all_types.id, "draft")]


def test_start_run_refusals_store_nothing(ctx, store, all_types, db_path, dump_db):
    draft_only = templates.create_template(ctx, "draft_only", "inspection", "草稿", "Draft")
    retired = templates.import_spec(ctx, parse_template(all_types_data("retired_one")))
    templates.set_template_active(ctx, retired.template_id, False)
    dump = dump_db(db_path)
    with pytest.raises(ValidationError) as err:
        runs.start_run(ctx, store.id, all_types.template_id, "inspection")
    assert err.value.reasons() == {"run_type": "invalid_choice"}
    with pytest.raises(templates.NothingPublishedError):
        runs.start_run(ctx, store.id, draft_only.template_id, "routine")
    with pytest.raises(templates.NothingPublishedError):
        runs.start_run(ctx, store.id, retired.template_id, "routine")
    with pytest.raises(ValidationError) as err:
        runs.start_run(ctx, str(uuid.uuid4()), all_types.template_id, "routine")
    assert err.value.reasons() == {"store_id": "not_found"}
    with pytest.raises(NotFoundError):
        runs.start_run(ctx, store.id, str(uuid.uuid4()), "routine")
    assert dump_db(db_path) == dump


# ---------------------------------------------------------------- answering


SET_ANSWER_CASES = [  # key, given, typed value back, stored JSON, item points, failed, live (points, max)
    ("pf", "pass", "pass", '"pass"', D(2), False, (D(2), D(2))),
    ("pf", "fail", "fail", '"fail"', D(0), True, (D(0), D(2))),
    ("yn", "no", "no", '"no"', D(0), True, (D(0), D(1))),
    ("rt", 3, 3, "3", D(3), False, (D(3), D(4))),
    ("rt", 1, 1, "1", D(1), True, (D(1), D(4))),
    ("rt", 0, 0, "0", D(0), True, (D(0), D(4))),
    ("num", "3,5", D("3.5"), '"3.5"', D(2), False, (D(2), D(2))),
    ("num", 8, D(8), '"8"', D(2), False, (D(2), D(2))),
    ("num", D("8.01"), D("8.01"), '"8.01"', D(0), True, (D(0), D(2))),
    ("ch", 1, 1, "1", D("1.50"), False, (D(3), D(6))),        # section weight 2
    ("ch", 2, 2, "2", D(0), True, (D(0), D(6))),
    ("ch", 3, 3, "3", D("1.50"), True, (D(3), D(6))),
    ("mc", [1, 0, 1], (0, 1), "[0, 1]", D(4), False, (D(8), D(8))),
    ("mc", (1, 2), (1, 2), "[1, 2]", D(3), True, (D(6), D(8))),
    ("tx", "门口有积水", "门口有积水", '"门口有积水"', D(0), False, (D(0), D(0))),  # recorded, not scored
    ("dt", "2024-05-06", date(2024, 5, 6), '"2024-05-06"', D(0), False, (D(0), D(0))),
    ("dt", date(2024, 5, 6), date(2024, 5, 6), '"2024-05-06"', D(0), False, (D(0), D(0))),
]


def test_set_answer_stores_the_typed_value_and_returns_the_live_score(ctx, admin, store, all_types, ids, sql):
    for case in SET_ANSWER_CASES:
        key, given, typed, stored, points, failed, total = case
        run = runs.start_run(ctx, store.id, all_types.template_id, "routine", business_date=D0)
        # 8.01 lies outside num's 2-8: kept (and failed) only with the explicit flag
        result = runs.set_answer(ctx, run.id, ids[key], given, allow_out_of_range=True)
        answer = result.answer
        assert answer.value == typed and type(answer.value) is type(typed), case
        assert (answer.points, answer.failed, answer.na, answer.answered) == (points, failed, False, True), case
        assert isinstance(answer.answered_at, datetime)
        assert (result.score.points, result.score.max) == total, case
        detail = runs.get_run(ctx, run.id)
        assert result.score == detail.score, case
        assert detail.answer(ids[key]) == answer, case
        row = sql("SELECT id, value, na, failed, answered_by FROM answer WHERE run_id=? AND item_id=?",
                  run.id, ids[key])
        assert row == [(runs.answer_id(run.id, ids[key]), stored, 0, int(failed), admin.id)], case
        summary = runs.get_summary(ctx, run.id)
        assert (summary.score, summary.max_score, summary.percent) == (
            result.score.points, result.score.max, result.score.percent), case
        assert summary.critical_failed is (key == "pf" and failed), case
        assert summary.grade == ("fail" if summary.critical_failed else result.score.grade), case


def test_live_score_over_several_answers(ctx, run, ids):
    runs.set_answer(ctx, run.id, ids["pf"], "pass")
    runs.set_answer(ctx, run.id, ids["rt"], 2)
    result = runs.set_answer(ctx, run.id, ids["ch"], 0)
    # Basics 4/6 x1, choices 3/3 x2 -> 10/12.
    assert (result.score.points, result.score.max, result.score.percent, result.score.grade) == (
        D(10), D(12), D("83.33"), "B")
    result = runs.set_answer(ctx, run.id, ids["ch"], None, na=True)
    assert (result.score.points, result.score.max, result.score.percent) == (D(4), D(6), D("66.67"))
    assert result.answer.na and result.answer.points is None and not result.answer.failed
    result = runs.set_answer(ctx, run.id, ids["pf"], "fail")
    assert (result.score.critical_failed, result.score.grade) == (True, "fail")
    assert runs.get_summary(ctx, run.id).grade == "fail"
    result = runs.set_answer(ctx, run.id, ids["pf"], na=True)
    assert (result.score.critical_failed, result.score.grade, result.score.percent) == (False, "D", D(50))


def test_number_answers_keep_their_plain_form(ctx, run, ids, sql):
    """What the supervisor typed comes back (and is stored, and synced) as that number, not as 1E+1."""
    for given, plain in ((10, "10"), ("100", "100"), (D("2000"), "2000"), ("2.50", "2.5"), ("7.5", "7.5"),
                         (-3, "-3"), ("0", "0")):
        result = runs.set_answer(ctx, run.id, ids["num"], given, allow_out_of_range=True)  # num is 2-8
        assert str(result.answer.value) == plain, given
        assert sql("SELECT value FROM answer WHERE id=?", runs.answer_id(run.id, ids["num"])) == [
            (json.dumps(plain),)], given
        assert str(runs.get_run(ctx, run.id).answer(ids["num"]).value) == plain, given


INVALID_ANSWERS = [
    ("rt", 5), ("rt", -1), ("rt", True), ("rt", "3"), ("rt", 2.5),
    ("ch", 4), ("ch", -1), ("ch", "0"),
    ("mc", [0, 3]), ("mc", "0,1"), ("mc", [True]),
    ("num", "abc"), ("num", "nan"), ("num", "Infinity"), ("num", "1e13"),
    ("pf", "maybe"), ("pf", "yes"), ("pf", True), ("yn", "pass"),
    ("dt", "2024-13-01"), ("dt", "yesterday"),
    ("tx", 42), ("tx", "x" * 4001),
    ("ph", 1),  # a photo item is answered by attaching photos
]


def test_invalid_answers_are_refused_and_change_nothing(ctx, run, ids, db_path, dump_db):
    for k, value in (("rt", 3), ("ch", 1), ("mc", [1]), ("num", 5), ("pf", "pass"), ("yn", "yes"), ("dt", D0),
                     ("tx", "ok")):
        runs.set_answer(ctx, run.id, ids[k], value)
    before = runs.get_run(ctx, run.id)
    dump = dump_db(db_path)
    for key, bad in INVALID_ANSWERS:
        with pytest.raises(ValidationError) as err:
            runs.set_answer(ctx, run.id, ids[key], bad)
        assert {p.field for p in err.value.problems} == {ids[key]}, (key, bad)
        assert dump_db(db_path) == dump, (key, bad)
    assert runs.get_run(ctx, run.id) == before


def test_unknown_item_or_run(ctx, run, all_types):
    with pytest.raises(NotFoundError):
        runs.set_answer(ctx, run.id, str(uuid.uuid4()), "pass")
    with pytest.raises(NotFoundError):
        runs.set_answer(ctx, str(uuid.uuid4()), all_types.items()[0].id, "pass")


def test_answer_ids_are_deterministic_and_reanswering_updates_the_row(ctx, run, ids, count, sql):
    aid = runs.answer_id(run.id, ids["pf"])
    assert aid == runs.answer_id(run.id, ids["pf"]) == str(uuid.uuid5(runs.ANSWER_NS, f"{run.id}/{ids['pf']}"))
    assert uuid.UUID(aid).version == 5
    assert aid != runs.answer_id(run.id, ids["yn"])
    assert aid != runs.answer_id(str(uuid.uuid4()), ids["pf"])

    runs.set_answer(ctx, run.id, ids["pf"], "pass")
    runs.set_answer(ctx, run.id, ids["pf"], "fail")
    runs.set_answer(ctx, run.id, ids["pf"], "pass")
    assert sql("SELECT id, value FROM answer WHERE run_id=?", run.id) == [(aid, '"pass"')]
    # Clearing an answer keeps the row, without a value.
    result = runs.set_answer(ctx, run.id, ids["pf"], None)
    assert result.answer.answered is False and result.answer.value is None
    assert sql("SELECT id, value FROM answer WHERE run_id=?", run.id) == [(aid, None)]
    assert result.score.max == 0
    assert count("answer", "run_id=?", run.id) == 1


def test_notes(ctx, run, ids, sql):
    note = runs.set_note(ctx, run.id, ids["yn"], "店长不在，已电话确认")
    assert (note.note, note.answered, note.value) == ("店长不在，已电话确认", False, None)
    assert runs.get_run(ctx, run.id).score.max == 0  # a note alone is no answer
    result = runs.set_answer(ctx, run.id, ids["yn"], "no")
    assert result.answer.note == "店长不在，已电话确认" and result.answer.value == "no"
    runs.set_note(ctx, run.id, ids["yn"], "已整改")
    detail = runs.get_run(ctx, run.id)
    assert (detail.answer(ids["yn"]).note, detail.answer(ids["yn"]).value) == ("已整改", "no")
    assert sql("SELECT count(*), max(note) FROM answer WHERE run_id=?", run.id) == [(1, "已整改")]
    with pytest.raises(ValidationError) as err:
        runs.set_note(ctx, run.id, ids["yn"], "x" * (runs.NOTE_MAX + 1))
    assert err.value.problems[0].reason == "too_long" and err.value.problems[0].params == {"max": runs.NOTE_MAX}
    assert runs.get_run(ctx, run.id).answer(ids["yn"]).note == "已整改"
    assert runs.set_note(ctx, run.id, ids["yn"], "").note == ""


def test_the_note_limit_is_1000_characters(ctx, run, ids, sql, db_path, dump_db):
    assert runs.NOTE_MAX == 1000
    longest = "检查记录，" * 200  # 1000 characters, Chinese punctuation and all
    assert runs.set_note(ctx, run.id, ids["tx"], longest).note == longest
    assert sql("SELECT length(note) FROM answer WHERE id=?", runs.answer_id(run.id, ids["tx"])) == [(1000,)]
    dump = dump_db(db_path)
    with pytest.raises(ValidationError) as err:
        runs.set_note(ctx, run.id, ids["tx"], longest + "多")
    assert err.value.reasons() == {ids["tx"]: "too_long"}
    assert dump_db(db_path) == dump


# ---------------------------------------------------------------- out of range numbers


def test_set_answer_refuses_a_number_out_of_range_without_the_flag(ctx, run, ids, db_path, dump_db, sql):
    """num is 2-8 °C: a typo such as 99999999999 is not saved by accident; the boundaries are inside."""
    runs.set_answer(ctx, run.id, ids["num"], 5)
    dump = dump_db(db_path)
    for bad in (99999999999, "8.01", "1,99", -3, D("0")):
        with pytest.raises(ValidationError) as err:
            runs.set_answer(ctx, run.id, ids["num"], bad)
        (problem,) = err.value.problems
        assert (problem.field, problem.reason) == (ids["num"], "out_of_range"), bad
        assert (problem.params["min"], problem.params["max"]) == ("2", "8"), bad
        assert "out_of_range" in str(err.value)
        assert dump_db(db_path) == dump, bad
    assert runs.get_run(ctx, run.id).answer(ids["num"]).value == 5
    for edge in ("2", 8, "8.00"):
        assert not runs.set_answer(ctx, run.id, ids["num"], edge).answer.failed, edge
    result = runs.set_answer(ctx, run.id, ids["num"], 99999999999, allow_out_of_range=True)
    assert (result.answer.value, result.answer.failed, result.answer.points) == (D(99999999999), True, D(0))
    assert sql("SELECT value, failed FROM answer WHERE id=?", runs.answer_id(run.id, ids["num"])) == [
        ('"99999999999"', 1)]
    assert runs.set_answer(ctx, run.id, ids["num"], None).answer.value is None  # clearing is never out of range
    assert runs.set_answer(ctx, run.id, ids["num"], None, na=True).answer.na


def test_a_number_without_bounds_or_another_type_is_never_out_of_range(ctx, store, all_types, ids):
    item = all_types.item(ids["num"])
    assert runs.out_of_range(item, "8.5") and runs.out_of_range(item, "1") and not runs.out_of_range(item, "5")
    assert not runs.out_of_range(item, None) and not runs.out_of_range(item, "abc")
    assert not runs.out_of_range(all_types.item(ids["rt"]), 99)


# ---------------------------------------------------------------- clearing an answer


def test_clear_answer_keeps_note_and_photos_and_rescores(ctx, run, ids, jpeg, sql):
    runs.set_answer(ctx, run.id, ids["yn"], "yes")
    runs.set_answer(ctx, run.id, ids["pf"], "fail")
    runs.set_note(ctx, run.id, ids["pf"], "门头灯箱不亮")
    photo = runs.add_photo(ctx, run.id, ids["pf"], jpeg())
    before = runs.get_run(ctx, run.id)
    assert before.score.critical_failed and before.score.max == D(3)

    score = runs.clear_answer(ctx, run.id, ids["pf"])
    assert (score.points, score.max, score.critical_failed) == (D(1), D(1), False)
    detail = runs.get_run(ctx, run.id)
    assert detail.score == score
    answer = detail.answer(ids["pf"])
    assert (answer.value, answer.na, answer.answered, answer.failed, answer.points) == (None, False, False, False, None)
    assert answer.note == "门头灯箱不亮" and [p.id for p in answer.photos] == [photo.id]
    assert sql("SELECT value, na, failed, deleted FROM answer WHERE id=?", runs.answer_id(run.id, ids["pf"])) == [
        (None, 0, 0, 0)]
    summary = runs.get_summary(ctx, run.id)
    assert (summary.score, summary.max_score, summary.critical_failed) == (D(1), D(1), False)
    assert ids["pf"] in {m.item_id for m in runs.missing_items(ctx, run.id)}

    runs.set_answer(ctx, run.id, ids["ch"], None, na=True)  # N/A is an answer too: it can be cleared
    runs.clear_answer(ctx, run.id, ids["ch"])
    assert not runs.get_run(ctx, run.id).answer(ids["ch"]).na


def test_clear_answer_refusals_change_nothing(ctx, run, ids, jpeg, db_path, dump_db, count):
    runs.add_photo(ctx, run.id, ids["ph"], jpeg())
    runs.set_answer(ctx, run.id, ids["yn"], "no")
    dump = dump_db(db_path)
    runs.clear_answer(ctx, run.id, ids["rt"])  # never answered: nothing to take back, no row made
    assert count("answer", "item_id=?", ids["rt"]) == 0
    with pytest.raises(ValidationError) as err:
        runs.clear_answer(ctx, run.id, ids["ph"])  # answered by its photos
    assert err.value.reasons() == {ids["ph"]: "invalid_answer"}
    with pytest.raises(NotFoundError):
        runs.clear_answer(ctx, run.id, str(uuid.uuid4()))
    with pytest.raises(NotFoundError):
        runs.clear_answer(ctx, str(uuid.uuid4()), ids["yn"])
    assert dump_db(db_path) == dump


def test_clear_answer_is_refused_on_a_completed_run(ctx, store, all_types, ids, jpeg):
    done = finished(ctx, store, all_types, ids, D0, jpeg)
    before = runs.get_run(ctx, done.id)
    with pytest.raises(runs.RunClosedError):
        runs.clear_answer(ctx, done.id, ids["yn"])
    assert runs.get_run(ctx, done.id) == before


# ---------------------------------------------------------------- photos


def test_photos_answer_a_photo_item(ctx, db, run, ids, jpeg, sql):
    first = runs.add_photo(ctx, run.id, ids["ph"], jpeg())
    assert first.mime == "image/jpeg" and first.path.is_file() and first.path.parent.parent == db.attachments_dir
    answer = runs.get_run(ctx, run.id).answer(ids["ph"])
    assert (answer.value, answer.answered, len(answer.photos)) == (1, True, 1)
    assert answer.photos[0].id == first.id
    second = runs.add_photo(ctx, run.id, ids["ph"], jpeg())
    answer = runs.get_run(ctx, run.id).answer(ids["ph"])
    assert (answer.value, [p.id for p in answer.photos]) == (2, [first.id, second.id])
    assert sql("SELECT owner_table, owner_id FROM attachment_link WHERE attachment_id=?", second.id) == [
        ("answer", runs.answer_id(run.id, ids["ph"]))]
    assert ids["ph"] not in {m.item_id for m in runs.missing_items(ctx, run.id)}
    runs.remove_photo(ctx, run.id, ids["ph"], first.link_id)
    runs.remove_photo(ctx, run.id, ids["ph"], second.link_id)
    answer = runs.get_run(ctx, run.id).answer(ids["ph"])
    assert (answer.value, answer.answered, answer.photos) == (None, False, ())
    assert ids["ph"] in {m.item_id for m in runs.missing_items(ctx, run.id)}


def test_photo_on_a_scored_item_keeps_its_answer(ctx, run, ids, jpeg):
    runs.set_answer(ctx, run.id, ids["pf"], "fail")
    runs.add_photo(ctx, run.id, ids["pf"], jpeg())
    answer = runs.get_run(ctx, run.id).answer(ids["pf"])
    assert (answer.value, answer.failed, len(answer.photos)) == ("fail", True, 1)


@pytest.mark.parametrize("key", ["ph", "pf"])
def test_a_text_file_is_refused_and_nothing_is_stored(ctx, db, run, ids, tmp_path, db_path, dump_db, key):
    text = tmp_path / "notes.jpg"
    text.write_text("这不是照片 / not a photo\n", encoding="utf-8")
    counts, dump = table_counts(db_path), dump_db(db_path)
    with pytest.raises(NotAnImageError):
        runs.add_photo(ctx, run.id, ids[key], text)
    assert table_counts(db_path) == counts
    assert dump_db(db_path) == dump
    stored = [p for p in db.attachments_dir.rglob("*") if p.is_file()] if db.attachments_dir.exists() else []
    assert stored == []
    assert runs.get_run(ctx, run.id).answers == {}


# ---------------------------------------------------------------- missing items and completion


def test_missing_items_required_and_photo_on_fail(ctx, run, ids, jpeg):
    missing = runs.missing_items(ctx, run.id)
    required = ["pf", "yn", "rt", "num", "ch", "mc", "ph", "dt"]  # tx is optional
    assert [(m.key, m.reason) for m in missing] == [(k, "required") for k in required]
    assert [m.item_id for m in missing] == [ids[k] for k in required]
    assert missing[0].text == "检查项 pf"

    runs.set_answer(ctx, run.id, ids["pf"], "fail")
    runs.set_answer(ctx, run.id, ids["dt"], na=True)  # N/A is an answer
    runs.set_note(ctx, run.id, ids["yn"], "note only")  # a note is not
    missing = runs.missing_items(ctx, run.id)
    assert [(m.key, m.reason) for m in missing] == [
        ("pf", "photo_required"), ("yn", "required"), ("rt", "required"), ("num", "required"), ("ch", "required"),
        ("mc", "required"), ("ph", "required")]
    runs.add_photo(ctx, run.id, ids["pf"], jpeg())
    assert "pf" not in {m.key for m in runs.missing_items(ctx, run.id)}
    runs.set_answer(ctx, run.id, ids["pf"], "pass")
    assert "pf" not in {m.key for m in runs.missing_items(ctx, run.id)}


def test_complete_refuses_while_missing_then_closes(ctx, run, ids, jpeg, sql):
    runs.set_answer(ctx, run.id, ids["pf"], "fail")
    runs.set_answer(ctx, run.id, ids["yn"], "yes")
    with pytest.raises(ValidationError) as err:
        runs.complete(ctx, run.id)
    problems = {p.field: p.reason for p in err.value.problems}
    assert problems == {ids["pf"]: "photo_required", ids["rt"]: "required", ids["num"]: "required",
                        ids["ch"]: "required", ids["mc"]: "required", ids["ph"]: "required", ids["dt"]: "required"}
    assert {p.params["key"] for p in err.value.problems} == {"pf", "rt", "num", "ch", "mc", "ph", "dt"}
    assert runs.get_summary(ctx, run.id).status == "draft"

    runs.add_photo(ctx, run.id, ids["pf"], jpeg())
    runs.add_photo(ctx, run.id, ids["ph"], jpeg())
    for key, value in (("pf", "pass"), ("rt", 2), ("num", 5), ("ch", 0), ("mc", [0]), ("dt", D0)):
        runs.set_answer(ctx, run.id, ids[key], value)
    assert runs.missing_items(ctx, run.id) == []
    done = runs.complete(ctx, run.id)
    # Basics: pf 2 + yn 1 + rt 2 + num 2 = 7/9 (x1); choices: ch 3 + mc 1 = 4/7 (x2) -> 15/23.
    assert (done.status, done.score, done.max_score, done.percent, done.grade, done.critical_failed) == (
        "completed", D(15), D(23), D("65.22"), "D", False)
    assert isinstance(done.completed_at, datetime)
    assert sql("SELECT status FROM checklist_run WHERE id=?", run.id) == [("completed",)]
    assert runs.get_summary(ctx, run.id) == done

    dump = runs.get_run(ctx, run.id)
    for call in (lambda: runs.set_answer(ctx, run.id, ids["rt"], 4),
                 lambda: runs.set_answer(ctx, run.id, ids["tx"], "late"),
                 lambda: runs.set_note(ctx, run.id, ids["rt"], "late"),
                 lambda: runs.add_photo(ctx, run.id, ids["ph"], jpeg()),
                 lambda: runs.remove_photo(ctx, run.id, ids["ph"], dump.answer(ids["ph"]).photos[0].link_id),
                 lambda: runs.complete(ctx, run.id),
                 lambda: runs.discard(ctx, run.id)):
        with pytest.raises(runs.RunClosedError):
            call()
    assert runs.get_run(ctx, run.id) == dump


def test_a_critical_failure_completes_with_grade_fail(ctx, store, all_types, ids, jpeg):
    done = finished(ctx, store, all_types, ids, D0, jpeg, pf="fail")
    assert (done.grade, done.critical_failed) == ("fail", True)
    assert done.percent == D("91.30")  # 21/23: everything else passed


# ---------------------------------------------------------------- repeat findings


def repeats(ctx: AppContext, run_id: str) -> set[str]:
    detail = runs.get_run(ctx, run_id)
    return {detail.version.item(i).key for i, a in detail.answers.items() if a.repeat}


def test_repeat_findings_against_the_previous_completed_run(ctx, store, make_store, all_types, ids, jpeg):
    first = finished(ctx, store, all_types, ids, D0, jpeg, pf="fail", yn="no", rt=4)
    assert repeats(ctx, first.id) == set()

    # Failures at another store and an unfinished run in between do not count.
    finished(ctx, make_store(), all_types, ids, D0 + timedelta(days=3), jpeg, rt=1, ch=2)
    draft = runs.start_run(ctx, store.id, all_types.template_id, "routine", business_date=D0 + timedelta(days=4))
    runs.set_answer(ctx, draft.id, ids["ch"], 2)

    second = runs.start_run(ctx, store.id, all_types.template_id, "follow_up", business_date=D0 + timedelta(days=7))
    answer_all(ctx, second.id, ids, jpeg, pf="fail", yn="yes", rt=1, ch=2)
    assert repeats(ctx, second.id) == set()  # flagged on completion
    runs.complete(ctx, second.id)
    assert repeats(ctx, second.id) == {"pf"}  # yn passed now; rt and ch passed before

    # Only the previous completed run counts: yn failed in the first run, passed in the second.
    third = finished(ctx, store, all_types, ids, D0 + timedelta(days=14), jpeg, pf="pass", yn="no", rt=1, ch=3)
    assert repeats(ctx, third.id) == {"rt", "ch"}
    assert repeats(ctx, first.id) == set() and repeats(ctx, second.id) == {"pf"}


def test_repeat_findings_ignore_runs_of_other_templates(ctx, store, all_types, ids, jpeg):
    other = templates.import_spec(ctx, parse_template(all_types_data("other_types")))
    other_ids = item_ids(other)
    finished(ctx, store, other, other_ids, D0, jpeg, yn="no")
    second = finished(ctx, store, all_types, ids, D0 + timedelta(days=1), jpeg, yn="no")
    assert repeats(ctx, second.id) == set()


# ---------------------------------------------------------------- lists


@pytest.fixture
def listing(ctx, admin, tree, make_store, all_types, ids, jpeg):
    """Five runs: r1 S1/sh routine A completed, r2 S1 mystery draft, r3 S2/hz full audit fail completed,
    r4 S3/gz opening-kind A completed, r5 S3 routine draft (days D0..D0+4)."""
    s1, s2, s3 = make_store(), make_store(region_id=tree.hz.id), make_store(region_id=tree.gz.id)
    opening = templates.import_spec(ctx, parse_template(all_types_data("open_types", kind="opening")))
    day = [D0 + timedelta(days=n) for n in range(5)]
    r1 = finished(ctx, s1, all_types, ids, day[0], jpeg)
    r2 = runs.start_run(ctx, s1.id, all_types.template_id, "mystery", business_date=day[1])
    runs.set_answer(ctx, r2.id, ids["rt"], 3)
    r3 = finished(ctx, s2, all_types, ids, day[2], jpeg, "full_audit", pf="fail", rt=3)
    r4 = finished(ctx, s3, opening, item_ids(opening), day[3], jpeg, "opening")
    r5 = runs.start_run(ctx, s3.id, all_types.template_id, "routine", business_date=day[4])
    return dict(r1=r1.id, r2=r2.id, r3=r3.id, r4=r4.id, r5=r5.id, s1=s1, s2=s2, s3=s3, day=day)


def test_query_runs_filters_agree_with_count_runs(ctx, tree, listing):
    L = listing
    day = L["day"]
    cases = [
        (runs.RunQuery(), {"r1", "r2", "r3", "r4", "r5"}),
        (runs.RunQuery(store_id=L["s1"].id), {"r1", "r2"}),
        (runs.RunQuery(region_id=tree.east.id), {"r1", "r2", "r3"}),  # a region covers its areas
        (runs.RunQuery(region_id=tree.sh.id), {"r1", "r2"}),
        (runs.RunQuery(region_id=tree.hz.id), {"r3"}),
        (runs.RunQuery(region_id=tree.south.id), {"r4", "r5"}),
        (runs.RunQuery(run_type="routine"), {"r1", "r5"}),
        (runs.RunQuery(run_types=("routine", "mystery")), {"r1", "r2", "r5"}),
        (runs.RunQuery(status="completed"), {"r1", "r3", "r4"}),
        (runs.RunQuery(status="draft"), {"r2", "r5"}),
        (runs.RunQuery(grade="fail"), {"r3"}),
        (runs.RunQuery(grade="A"), {"r1", "r4"}),
        (runs.RunQuery(date_from=day[1], date_to=day[3]), {"r2", "r3", "r4"}),
        (runs.RunQuery(date_from=day[4]), {"r5"}),
        (runs.RunQuery(date_to=day[0]), {"r1"}),
        (runs.RunQuery(template_kinds=("opening",)), {"r4"}),
        (runs.RunQuery(template_kinds=("inspection", "closing")), {"r1", "r2", "r3", "r5"}),
        (runs.RunQuery(region_id=tree.east.id, status="completed"), {"r1", "r3"}),
        (runs.RunQuery(search=L["s3"].code), {"r4", "r5"}),
        (runs.RunQuery(search="%"), set()),
        (runs.RunQuery(region_id=tree.gz.id, template_kinds=("inspection",), status="completed"), set()),
    ]
    for q, expected in cases:
        got = runs.query_runs(ctx, q)
        assert {k for k, v in L.items() if k.startswith("r") and v in {r.id for r in got}} == expected, q
        assert len(got) == len(expected) == runs.count_runs(ctx, q), q
    r3 = next(r for r in runs.query_runs(ctx, runs.RunQuery(grade="fail")))
    assert (r3.store_code, r3.region_path, r3.run_type, r3.critical_failed) == (
        L["s2"].code, "East / Hangzhou", "full_audit", True)


def test_sorting_and_paging_agree_with_count(ctx, listing):
    for sort, descending in ((sort, d) for sort in runs.RUN_SORTS for d in (True, False)):
        q = runs.RunQuery(sort=sort, descending=descending)
        full = runs.query_runs(ctx, q)
        assert len(full) == runs.count_runs(ctx, q) == 5
        pages = [r for offset in range(0, 6, 2) for r in runs.query_runs(ctx, q, offset=offset, limit=2)]
        assert [r.id for r in pages] == [r.id for r in full]
        assert runs.query_runs(ctx, q, offset=5, limit=2) == []
        key = {"business_date": lambda r: r.business_date, "store": lambda r: r.store_code,
               "run_type": lambda r: r.run_type, "status": lambda r: r.status, "grade": lambda r: r.grade,
               "template": lambda r: r.template_title}.get(sort)
        if key is not None:
            values = [key(r) for r in full]
            assert values == sorted(values, reverse=descending), (sort, descending)
        if sort == "percent":
            values = [r.percent for r in full if r.percent is not None]
            assert values == sorted(values, reverse=descending)
    by_date = runs.query_runs(ctx, runs.RunQuery())
    assert [r.id for r in by_date] == [listing[k] for k in ("r5", "r4", "r3", "r2", "r1")]


# ---------------------------------------------------------------- comparison with the previous run


def test_compare_with_previous(ctx, store, all_types, ids, jpeg):
    first = runs.start_run(ctx, store.id, all_types.template_id, "routine", business_date=D0)
    answer_all(ctx, first.id, ids, jpeg, pf="fail", yn="no", rt=4, mc=[2])
    alone = runs.compare_with_previous(ctx, first.id)
    assert alone.previous is None
    assert alone.newly_failed == ("mc", "pf", "yn") and alone.still_failed == () and alone.fixed == ()
    assert [s.before for s in alone.sections] == [None, None, None]
    runs.complete(ctx, first.id)

    second = runs.start_run(ctx, store.id, all_types.template_id, "follow_up", business_date=D0 + timedelta(days=5))
    answer_all(ctx, second.id, ids, jpeg, pf="pass", yn="no", rt=1, mc=[2], ch=2)
    comparison = runs.compare_with_previous(ctx, second.id)
    assert comparison.previous is not None and comparison.previous.id == first.id
    assert comparison.newly_failed == ("ch", "rt")
    assert comparison.still_failed == ("mc", "yn")
    assert comparison.fixed == ("pf",)
    # Basics before: pf 0 + yn 0 + rt 4 + num 2 = 6/9; now: 2 + 0 + 1 + 2 = 5/9. Choices: 3/7 -> 0/7.
    assert [(s.title, s.now, s.before) for s in comparison.sections] == [
        ("基础", D("55.56"), D("66.67")), ("选择", D(0), D("42.86")), ("记录", None, None)]
