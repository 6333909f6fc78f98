"""The sync cases the issue reproduced, as tests: a laptop wedged by a signed run, a relay that
bundles two inserts of the same answer, scores that never travel, and what the conflicts page
says about a value set aside because the record was signed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sign_helpers import sign_as
from sqlalchemy import select
from sync_helpers import stored_rows
from test_sync import exchange
from test_sync import open_ctx as _open_ctx

from opsdesk.models import Answer, ChecklistRun
from opsdesk.services import org, runs, signatures, sync, templates
from opsdesk.services.context import AppContext
from opsdesk.templates_io import parse_template

STROKES = [[(0, 0, 0), (10, 10, 0.1)]]
TEMPLATE = {
    "format": "opsdesk-template", "format_version": 1, "code": "tiny", "kind": "inspection",
    "title": "小巡检", "title_en": "Tiny", "description": "",
    "grade_bands": [{"grade": "A", "min": 90}, {"grade": "D", "min": 0}],
    "sections": [{"title": "基础", "title_en": "Basics", "weight": 1, "items": [
        {"key": "aa", "text": "地面清洁", "text_en": "Floor", "type": "pass_fail", "weight": 2},
        {"key": "bb", "text": "灯光正常", "text_en": "Lights", "type": "pass_fail", "weight": 1},
        {"key": "cc", "text": "备注", "text_en": "Remarks", "type": "text", "required": False},
    ]}],
}


BACKENDS = ("sqlite", "pg")  # A, the head office, on PostgreSQL under `make test-pg` (tests/core/conftest.py)


def open_ctx(path: Path | str) -> AppContext:
    return _open_ctx(path, builtin=True)


def rows(where: AppContext, table: str, skip: tuple[str, ...] = ("updated_at",)) -> list[tuple]:
    """The table's rows as SQLite stores them (sync_helpers.stored_rows), from a file or a server."""
    return stored_rows(where, [table], skip)[table]


@pytest.fixture
def trio(tmp_path: Path, workspace_at):  # noqa: ANN001
    a, b, c = (open_ctx(workspace_at(f"{n}.sqlite", server=n == "a")) for n in "abc")
    version = templates.import_spec(a, parse_template(TEMPLATE))
    region = org.save_region(a, "华东", "EAST")
    store = org.create_store(a, org.StoreInput(code="S001", name="人民路店", region_id=region.id,
                                               opened_on=date(2024, 1, 1)))
    run = runs.start_run(a, store.id, version.template_id, "routine")
    for other in (b, c):
        exchange(a, other, tmp_path)
    items = {i.key: i.id for i in version.items()}
    yield a, b, c, run.id, items, store
    for ctx in (a, b, c):
        ctx.db.close()


def test_a_note_made_while_another_laptop_signs_does_not_wedge_the_laptop(tmp_path, trio):
    a, b, c, run_id, items, store = trio
    runs.set_note(b, run_id, items["cc"], "B 的备注")  # B, offline, notes the optional item
    runs.set_answer(a, run_id, items["aa"], "pass")    # A completes and signs meanwhile
    runs.set_answer(a, run_id, items["bb"], "fail")
    runs.complete(a, run_id)
    sign_as(a, run_id, "supervisor", STROKES)
    sign_as(a, run_id, "store_manager", STROKES)
    signed = rows(a, "answer")

    # C hears from B first (the note lands), then from A (the signing sets it aside again).
    exchange(b, c, tmp_path)
    first = exchange(b, a, tmp_path)  # refused before the fix: every later package of B too
    assert first.conflicts >= 1
    org.update_store(b, store.id, org.StoreInput(code="S001", name="人民路旗舰店", region_id=store.region_id,
                                                 opened_on=date(2024, 1, 1)))
    exchange(b, a, tmp_path)  # B's later, unrelated edit applies
    assert org.get_store(a, store.id).name == "人民路旗舰店"
    exchange(a, c, tmp_path)
    exchange(a, b, tmp_path)
    exchange(c, b, tmp_path)
    exchange(b, c, tmp_path)
    exchange(c, a, tmp_path)

    for ctx in (a, b, c):
        assert runs.get_summary(ctx, run_id).status == "signed"
        assert all(sig.valid for sig in signatures.signatures_of(ctx, "checklist_run", run_id)), ctx.db.path
        with ctx.read() as s:
            note = s.scalar(select(Answer).where(Answer.run_id == run_id, Answer.item_id == items["cc"]))
            assert note is not None and note.deleted  # kept, as a tombstone: not part of what was signed
            live = s.scalars(select(Answer.item_id).where(Answer.run_id == run_id, Answer.deleted.is_(False))).all()
            assert sorted(live) == sorted([items["aa"], items["bb"]])
    assert rows(a, "answer") == rows(b, "answer") == rows(c, "answer")
    assert set(signed) <= set(rows(a, "answer"))  # the signed answers are exactly as signed

    frozen = [x for x in sync.conflicts(a) if x.reason == "frozen"]
    assert any(x.field == "note" and x.other_value == "B 的备注" for x in frozen)
    assert any("备注" in x.record for x in frozen)  # the page names the item
    from acting import as_head_office

    as_head_office(a)  # a person decides a conflict (sync.resolve)
    with pytest.raises(sync.SyncError):
        sync.resolve_conflict(a, frozen[0].id, "other")


def test_two_laptops_answer_the_same_item_and_a_relay_bundles_both(tmp_path, trio):
    a, b, c, run_id, items, _store = trio
    runs.set_answer(a, run_id, items["aa"], "fail")  # A first ...
    runs.set_answer(b, run_id, items["aa"], "pass")  # ... B later: B's insert wins everywhere
    exchange(a, b, tmp_path)   # B now holds both inserts of the same answer
    exchange(b, c, tmp_path)   # C receives both in ONE package
    exchange(b, a, tmp_path)
    for ctx in (a, b, c):
        with ctx.read() as s:
            answer = s.get(Answer, runs.answer_id(run_id, items["aa"]))
            assert (answer.value, answer.failed) == ('"pass"', False), ctx.db.path
            run = s.get(ChecklistRun, run_id)
            assert run.score is not None and str(run.score) == "2.00"
    assert rows(a, "answer") == rows(b, "answer") == rows(c, "answer")
    assert rows(a, "checklist_run") == rows(b, "checklist_run") == rows(c, "checklist_run")
    assert sum(1 for x in sync.conflicts(a) + sync.conflicts(b) + sync.conflicts(c) if x.field == "value") >= 1


def test_scores_never_travel_they_are_recomputed(tmp_path, trio):
    a, b, _c, run_id, items, _store = trio
    runs.set_answer(a, run_id, items["aa"], "pass")
    runs.set_answer(a, run_id, items["bb"], "pass")
    path = tmp_path / "p.opsync"
    sync.export_package(a, path)
    from sync_helpers import package_records

    fields = {(r["table"], r["field"]) for r in package_records(path)}
    assert not fields & {("checklist_run", "score"), ("checklist_run", "grade"), ("answer", "points"),
                         ("answer", "failed")}
    sync.import_package(b, path, trust=True)
    assert runs.get_summary(b, run_id).score == runs.get_summary(a, run_id).score
    assert str(runs.get_summary(b, run_id).score) == "3.00"
