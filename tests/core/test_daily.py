"""Daily opening/closing checklists on a real demo workspace: one run per store/day/kind,
the history of business days, compliance and whose stores a user sees."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from opsdesk.errors import NotFoundError, ValidationError
from opsdesk.services import daily, org, runs, templates
from opsdesk.services.context import AppContext

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)
# The [pg] twins: the tests that reach what differs between the backends (tests/core/conftest.py PG_TWINS).
PG_TWINS = (
    "test_open_checklist_is_idempotent_per_store_day_and_kind",
    "test_open_checklist_refuses_future_days_and_days_before_opening",
    "test_completed_run_wins_over_a_duplicate_draft",
    "test_history_marks_done_draft_and_missing_from_the_opening_date",
    "test_compliance_is_complete_days_over_open_days",
    "test_history_reads_the_period_in_one_query",
    "test_supervisor_sees_the_stores_they_supervise",
    "test_progress_counts_an_item_done_only_with_its_required_photo",
)

D0 = date(2024, 3, 1)


@pytest.fixture
def db_template() -> dict:
    """``build_demo(ctx, stores=6, seed=5)``, built once per session and copied (tests/conftest.py)."""
    return {"stores": 6, "seed": 5}


@pytest.fixture
def demo(ctx: AppContext) -> AppContext:
    """The demo workspace, acting as head office (who may set up stores and fill checklists everywhere)."""
    from acting import as_head_office

    return as_head_office(ctx)


def trading_store(ctx: AppContext, opened_on: date = date(2020, 1, 1)) -> org.StoreDTO:
    """A demo store, made open since ``opened_on``."""
    store = org.query_stores(ctx, org.StoreQuery(status="open"))[0]
    data = org.StoreInput(code=store.code, name=store.name, region_id=store.region_id, kind=store.kind,
                          status="open", address=store.address, phone=store.phone, opened_on=opened_on,
                          manager_id=store.manager_id, supervisor_id=store.supervisor_id)
    return org.update_store(ctx, store.id, data)


def answer_all(ctx: AppContext, run_id: str) -> None:
    detail = runs.get_run(ctx, run_id)
    for item in detail.version.items():
        value = {"pass_fail": "pass", "yes_no": "yes", "number": item.min_value if item.min_value is not None else 1,
                 "text": "ok"}[item.answer_type]
        runs.set_answer(ctx, run_id, item.id, value)


def finish(ctx: AppContext, store_id: str, kind: str, day: date) -> runs.RunSummaryDTO:
    run = daily.open_checklist(ctx, store_id, kind, day)
    answer_all(ctx, run.id)
    return runs.complete(ctx, run.id)


def daily_runs(ctx: AppContext, store_id: str) -> list[runs.RunSummaryDTO]:
    return runs.query_runs(ctx, runs.RunQuery(store_id=store_id, run_types=daily.KINDS))


# ---------------------------------------------------------------- templates and the day


def test_builtin_daily_templates_are_runnable(demo) -> None:  # noqa: ANN001
    store = trading_store(demo)
    day = daily.day_checklists(demo, store.id, D0)
    assert day.opening.template is not None and day.opening.template.code == "opening_check"
    assert day.closing.template is not None and day.closing.template.code == "closing_check"
    for checklist in (day.opening, day.closing):
        assert checklist.run is None and checklist.state == "missing"
        assert checklist.available and not checklist.read_only
        assert checklist.item_count > 10 and checklist.answered_count == 0
    assert day.checklist("closing") is day.closing


def test_no_published_template_means_nothing_to_run(demo) -> None:  # noqa: ANN001
    store = trading_store(demo)
    opening = templates.template_by_code(demo, "opening_check")
    templates.set_template_active(demo, opening.id, False)
    day = daily.day_checklists(demo, store.id, D0)
    assert day.opening.template is None and not day.opening.available
    assert day.closing.available
    with pytest.raises(templates.NothingPublishedError):
        daily.open_checklist(demo, store.id, "opening", D0)
    assert daily_runs(demo, store.id) == []


# ---------------------------------------------------------------- one run per store/day/kind


def test_open_checklist_is_idempotent_per_store_day_and_kind(demo) -> None:  # noqa: ANN001
    store = trading_store(demo)
    first = daily.open_checklist(demo, store.id, "opening", D0)
    again = daily.open_checklist(demo, store.id, "opening", D0)
    assert again.id == first.id
    assert first.run_type == "opening" and first.business_date == D0 and first.status == "draft"
    assert first.template_kind == "opening"

    closing = daily.open_checklist(demo, store.id, "closing", D0)
    next_day = daily.open_checklist(demo, store.id, "opening", D0 + timedelta(days=1))
    assert len({first.id, closing.id, next_day.id}) == 3
    assert len(daily_runs(demo, store.id)) == 3

    # A completed checklist is returned as it is, never started again.
    answer_all(demo, first.id)
    runs.complete(demo, first.id)
    assert daily.open_checklist(demo, store.id, "opening", D0).id == first.id
    assert len(daily_runs(demo, store.id)) == 3


def test_open_checklist_keeps_stores_apart(demo) -> None:  # noqa: ANN001
    stores = org.query_stores(demo, org.StoreQuery(status="open"))[:2]
    ids = {daily.open_checklist(demo, s.id, "closing", s.opened_on + timedelta(days=3)).id for s in stores}
    assert len(ids) == 2


def test_open_checklist_refuses_future_days_and_days_before_opening(demo) -> None:  # noqa: ANN001
    store = trading_store(demo, opened_on=D0)
    with pytest.raises(ValidationError) as future:
        daily.open_checklist(demo, store.id, "opening", daily.business_day() + timedelta(days=1))
    assert future.value.reasons() == {"business_date": "in_future"}
    with pytest.raises(ValidationError) as early:
        daily.open_checklist(demo, store.id, "closing", D0 - timedelta(days=1))
    assert early.value.reasons() == {"business_date": "before_opening"}
    with pytest.raises(ValidationError) as kind:
        daily.open_checklist(demo, store.id, "routine", D0)
    assert kind.value.reasons() == {"kind": "invalid_choice"}
    assert daily_runs(demo, store.id) == []
    assert daily.open_checklist(demo, store.id, "opening", D0).business_date == D0


def test_completed_run_wins_over_a_duplicate_draft(demo) -> None:  # noqa: ANN001
    """Two machines may each start the day's checklist offline; the completed one counts."""
    store = trading_store(demo)
    template = templates.template_by_code(demo, "closing_check")
    draft = runs.start_run(demo, store.id, template.id, "closing", business_date=D0)
    done = runs.start_run(demo, store.id, template.id, "closing", business_date=D0)
    answer_all(demo, done.id)
    runs.complete(demo, done.id)

    day = daily.day_checklists(demo, store.id, D0)
    assert day.closing.run.id == done.id and day.closing.state == "done" and day.closing.read_only
    assert day.closing.answered_count == day.closing.item_count
    assert daily.open_checklist(demo, store.id, "closing", D0).id == done.id
    assert daily.history(demo, store.id, D0, D0)[0].closing_run_id == done.id
    assert draft.id != done.id


def test_discarded_runs_do_not_count(demo) -> None:  # noqa: ANN001
    store = trading_store(demo)
    run = daily.open_checklist(demo, store.id, "opening", D0)
    runs.discard(demo, run.id)
    assert daily.day_checklists(demo, store.id, D0).opening.run is None
    assert daily.history(demo, store.id, D0, D0)[0].opening == "missing"
    assert daily.open_checklist(demo, store.id, "opening", D0).id != run.id


def test_day_checklists_carries_answers_of_the_run(demo) -> None:  # noqa: ANN001
    store = trading_store(demo)
    run = daily.open_checklist(demo, store.id, "opening", D0)
    version = runs.get_run(demo, run.id).version
    first, second = version.items()[:2]
    runs.set_answer(demo, run.id, first.id, "pass")
    runs.set_answer(demo, run.id, second.id, "fail")
    opening = daily.day_checklists(demo, store.id, D0).opening
    assert opening.run.id == run.id and opening.state == "draft" and not opening.read_only
    assert opening.version.id == run.version_id
    assert opening.answers[first.id].value == "pass" and opening.answers[second.id].failed
    assert opening.answered_count == 2


# ---------------------------------------------------------------- history and compliance


def test_history_marks_done_draft_and_missing_from_the_opening_date(demo) -> None:  # noqa: ANN001
    store = trading_store(demo, opened_on=D0)
    d1, d2, d3 = D0 + timedelta(days=1), D0 + timedelta(days=2), D0 + timedelta(days=3)
    open_d1 = finish(demo, store.id, "opening", d1)
    close_d1 = daily.open_checklist(demo, store.id, "closing", d1)  # started, not completed
    open_d3 = finish(demo, store.id, "opening", d3)
    close_d3 = finish(demo, store.id, "closing", d3)

    rows = daily.history(demo, store.id, D0 - timedelta(days=10), d3 + timedelta(days=1))
    assert [r.day for r in rows] == [D0 + timedelta(days=i) for i in range(5)]  # nothing before opening
    by_day = {r.day: r for r in rows}
    assert (by_day[D0].opening, by_day[D0].closing) == ("missing", "missing")
    assert (by_day[d1].opening, by_day[d1].closing) == ("done", "draft")
    assert (by_day[d1].opening_run_id, by_day[d1].closing_run_id) == (open_d1.id, close_d1.id)
    assert (by_day[d2].opening, by_day[d2].closing) == ("missing", "missing")
    assert by_day[d2].opening_run_id is None and by_day[d2].closing_run_id is None
    assert (by_day[d3].opening, by_day[d3].closing) == ("done", "done")
    assert (by_day[d3].run_id("opening"), by_day[d3].run_id("closing")) == (open_d3.id, close_d3.id)
    assert [r.complete for r in rows] == [False, False, False, True, False]

    # A sub-range is cut to the range; a range before the opening is empty.
    assert [r.day for r in daily.history(demo, store.id, d1, d2)] == [d1, d2]
    assert daily.history(demo, store.id, D0 - timedelta(days=9), D0 - timedelta(days=1)) == []


def test_history_ignores_other_stores_and_inspections(demo) -> None:  # noqa: ANN001
    store = trading_store(demo, opened_on=D0)
    other = next(s for s in org.query_stores(demo, org.StoreQuery(status="open")) if s.id != store.id)
    finish(demo, other.id, "opening", max(D0, other.opened_on))
    routine = templates.template_by_code(demo, "store_routine")
    runs.start_run(demo, store.id, routine.id, "routine", business_date=D0)
    assert [(r.opening, r.closing) for r in daily.history(demo, store.id, D0, D0)] == [("missing", "missing")]


def test_store_without_opening_date_has_no_business_days(demo) -> None:  # noqa: ANN001
    store = trading_store(demo)
    data = org.StoreInput(code=store.code, name=store.name, region_id=store.region_id, status="preparing",
                          opened_on=None, manager_id=store.manager_id, supervisor_id=store.supervisor_id)
    org.update_store(demo, store.id, data)
    assert daily.history(demo, store.id, D0, D0 + timedelta(days=5)) == []
    assert daily.compliance(demo, store.id, D0, D0 + timedelta(days=5)) == daily.Compliance(0, 0)
    assert daily.compliance(demo, store.id, D0, D0).percent is None


def test_compliance_is_complete_days_over_open_days(demo) -> None:  # noqa: ANN001
    store = trading_store(demo, opened_on=D0)
    for offset in (0, 2, 5):
        day = D0 + timedelta(days=offset)
        finish(demo, store.id, "opening", day)
        finish(demo, store.id, "closing", day)
    finish(demo, store.id, "opening", D0 + timedelta(days=6))  # half a day does not count
    end = D0 + timedelta(days=7)

    result = daily.compliance(demo, store.id, D0 - timedelta(days=30), end)
    assert (result.days_open, result.days_complete) == (8, 3)
    assert result.percent == pytest.approx(37.5)
    assert str(result.percent) == "37.50"
    assert daily.compliance_of(daily.history(demo, store.id, D0, end)) == result
    assert daily.compliance(demo, store.id, D0, D0).percent == 100
    assert daily.compliance(demo, store.id, D0 + timedelta(days=1), D0 + timedelta(days=1)).percent == 0


def test_history_reads_the_period_in_one_query(demo, db) -> None:  # noqa: ANN001
    store = trading_store(demo, opened_on=D0)
    finish(demo, store.id, "opening", D0)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        daily.history(demo, store.id, D0, D0 + timedelta(days=6))
        short = [s for s in statements if "FROM checklist_run" in s]
        statements.clear()
        daily.history(demo, store.id, D0, D0 + timedelta(days=365))
        long = [s for s in statements if "FROM checklist_run" in s]
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert len(short) == len(long) == 1


# ---------------------------------------------------------------- whose stores


def users(ctx: AppContext, role: str) -> list[org.UserDTO]:
    return org.query_users(ctx, org.UserQuery(role=role))


def test_store_manager_sees_their_store(demo) -> None:  # noqa: ANN001
    trading = {s.id for s in org.query_stores(demo, org.StoreQuery(status="open"))}
    manager = next(u for u in users(demo, "store_manager") if set(u.store_ids) & trading)
    stores = daily.stores_for_user(demo, manager.id)
    assert [s.id for s in stores] == [sid for sid in manager.store_ids if sid in trading]
    assert all(s.manager_id == manager.id for s in stores)


def test_supervisor_sees_the_stores_they_supervise(demo) -> None:  # noqa: ANN001
    every = org.query_stores(demo, org.StoreQuery(include_closed=True))
    supervisor = next(u for u in users(demo, "supervisor") if u.store_ids)
    expected = sorted((s for s in every if s.supervisor_id == supervisor.id and s.status in ("open", "suspended")),
                      key=lambda s: s.code)
    assert [s.id for s in daily.stores_for_user(demo, supervisor.id)] == [s.id for s in expected]


def test_head_office_sees_every_open_store(demo) -> None:  # noqa: ANN001
    head = users(demo, "head_office")[0]
    expected = [s.id for s in org.query_stores(demo, org.StoreQuery(status="open"))]
    assert expected and [s.id for s in daily.stores_for_user(demo, head.id)] == expected


def test_staff_and_ops_manager_see_their_assigned_stores(demo) -> None:  # noqa: ANN001
    store = trading_store(demo)
    staff = org.create_user(demo, org.UserInput(username="clerk1", name="店员一", role="staff", store_ids=(store.id,)))
    assert [s.id for s in daily.stores_for_user(demo, staff.id)] == [store.id]
    ops = users(demo, "ops_manager")[0]
    assert daily.stores_for_user(demo, ops.id) == []  # the demo's ops managers supervise no store directly
    ops = org.update_user(demo, ops.id, org.UserInput(username=ops.username, name=ops.name, role="ops_manager",
                                                      store_ids=(store.id,)))
    assert [s.id for s in daily.stores_for_user(demo, ops.id)] == [store.id]


def test_non_trading_stores_inactive_and_unknown_users(demo) -> None:  # noqa: ANN001
    store = trading_store(demo)
    staff = org.create_user(demo, org.UserInput(username="clerk2", name="店员二", role="staff", store_ids=(store.id,)))
    org.set_store_status(demo, store.id, "closed")
    assert daily.stores_for_user(demo, staff.id) == []
    org.set_store_status(demo, store.id, "suspended")
    assert [s.id for s in daily.stores_for_user(demo, staff.id)] == [store.id]
    org.set_user_active(demo, staff.id, False)
    assert daily.stores_for_user(demo, staff.id) == []
    assert daily.stores_for_user(demo, "no-such-user") == []
    assert daily.stores_for_user(demo, None) == []



# ---------------------------------------------------------------- progress, what is missing, photos


def write_png(path, size=(64, 48)):  # noqa: ANN001, ANN201
    from PIL import Image

    Image.new("RGB", size, (51, 102, 153)).save(path, "PNG")
    return path


def all_run_rows(ctx: AppContext, store_id: str) -> int:
    """Every checklist_run row of the store, discarded (tombstoned) ones included."""
    from sqlalchemy import func, select

    from opsdesk.models import ChecklistRun

    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(ChecklistRun).where(ChecklistRun.store_id == store_id))


def photo_item(ctx: AppContext, store_id: str, kind: str = "opening") -> templates.ItemDTO:
    version = daily.day_checklists(ctx, store_id, D0).checklist(kind).version
    return next(i for i in version.items() if i.photo_on_fail and i.answer_type == "pass_fail")


def test_progress_counts_an_item_done_only_with_its_required_photo(demo, tmp_path) -> None:  # noqa: ANN001
    store = trading_store(demo)
    run = daily.open_checklist(demo, store.id, "opening", D0)
    answer_all(demo, run.id)
    needs_photo = photo_item(demo, store.id)
    runs.set_answer(demo, run.id, needs_photo.id, "fail")

    opening = daily.day_checklists(demo, store.id, D0).opening
    assert opening.answered_count == opening.item_count  # every item has an answer...
    assert opening.done_count == opening.item_count - 1  # ...but one still lacks its photo
    assert [(m.item_id, m.reason) for m in opening.missing] == [(needs_photo.id, "photo_required")]
    # the same verdict as the service that refuses to complete
    assert [(m.item_id, m.reason) for m in runs.missing_items(demo, run.id)] == \
        [(m.item_id, m.reason) for m in opening.missing]
    with pytest.raises(ValidationError):
        runs.complete(demo, run.id)

    daily.add_photo(demo, store.id, "opening", D0, needs_photo.id, write_png(tmp_path / "exit.png"))
    opening = daily.day_checklists(demo, store.id, D0).opening
    assert opening.done_count == opening.item_count and opening.missing == []
    assert runs.complete(demo, run.id).status == "completed"


def test_missing_lists_unanswered_required_items_in_template_order(demo) -> None:  # noqa: ANN001
    store = trading_store(demo)
    run = daily.open_checklist(demo, store.id, "closing", D0)
    items = runs.get_run(demo, run.id).version.items()
    first = items[0]
    runs.set_answer(demo, run.id, first.id, "pass" if first.answer_type == "pass_fail" else "ok")
    closing = daily.day_checklists(demo, store.id, D0).closing
    required = [i.id for i in items if i.required and i.id != first.id]
    assert [m.item_id for m in closing.missing] == required
    assert {m.reason for m in closing.missing} == {"required"}
    assert closing.done_count == 1
    assert [m.item_id for m in runs.missing_items(demo, run.id)] == required


def test_missing_reason_and_item_done(demo) -> None:  # noqa: ANN001
    from dataclasses import replace

    store = trading_store(demo)
    real = photo_item(demo, store.id)
    item = replace(real, spec=replace(real.spec, required=True))
    answer = runs.AnswerDTO(item.id, "fail", False, None, None, True, False, "", None)
    assert daily.missing_reason(item, None) == "required"
    assert daily.missing_reason(item, answer) == "photo_required"
    assert not daily.item_done(item, answer)
    with_photo = replace(answer, photos=(object(),))
    assert daily.missing_reason(item, with_photo) is None and daily.item_done(item, with_photo)
    optional = replace(item, spec=replace(item.spec, required=False))
    assert daily.missing_reason(optional, None) is None and not daily.item_done(optional, None)
    assert daily.item_done(item, replace(answer, value="pass", failed=False))
    assert daily.item_done(item, replace(answer, value=None, na=True, failed=False))
    assert not daily.item_done(item, replace(answer, value=None, failed=False))


@pytest.mark.parametrize("kind_of_refusal", ["not_an_image", "truncated", "too_many_pixels", "no_file"])
def test_a_refused_photo_leaves_no_run_behind(demo, tmp_path, monkeypatch, kind_of_refusal) -> None:  # noqa: ANN001
    from opsdesk import attachments as store_module
    from opsdesk.errors import ImageTooLargeError, NotAnImageError

    store = trading_store(demo)
    item = photo_item(demo, store.id)
    if kind_of_refusal == "not_an_image":
        source = tmp_path / "menu.jpg"
        source.write_text("not a picture at all", encoding="utf-8")
    elif kind_of_refusal == "truncated":
        good = write_png(tmp_path / "full.png", (400, 300))
        source = tmp_path / "half.png"
        source.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif kind_of_refusal == "too_many_pixels":
        monkeypatch.setattr(store_module, "MAX_PIXELS", 1000)
        source = write_png(tmp_path / "huge.png")  # 3072 pixels > 1000
    else:
        source = tmp_path / "gone.jpg"
    expected = ImageTooLargeError if kind_of_refusal == "too_many_pixels" else NotAnImageError
    before = all_run_rows(demo, store.id)

    with pytest.raises(expected):
        daily.add_photo(demo, store.id, "opening", D0, item.id, source)
    assert all_run_rows(demo, store.id) == before == 0  # not even a discarded one
    assert daily.day_checklists(demo, store.id, D0).opening.run is None
    stored = demo.db.attachments_dir
    assert not stored.exists() or not [p for p in stored.rglob("*") if p.is_file()]  # no file kept either


def test_adding_a_photo_on_a_new_day_starts_the_run_once(demo, tmp_path) -> None:  # noqa: ANN001
    store = trading_store(demo)
    version = daily.day_checklists(demo, store.id, D0).closing.version
    item = next(i for i in version.items() if i.answer_type == "pass_fail")  # any item takes photos
    run, photo = daily.add_photo(demo, store.id, "closing", D0, item.id, write_png(tmp_path / "a.png"))
    assert run.status == "draft" and run.run_type == "closing" and run.business_date == D0
    assert photo.original_name == "a.png" and photo.path.is_file()
    again, _ = daily.add_photo(demo, store.id, "closing", D0, item.id, write_png(tmp_path / "b.png", (32, 32)))
    assert again.id == run.id and all_run_rows(demo, store.id) == 1
    answer = daily.day_checklists(demo, store.id, D0).closing.answers[item.id]
    assert [p.original_name for p in answer.photos] == ["a.png", "b.png"]

    # An unknown item or a future day is refused before a run exists; a completed run refuses photos.
    other_day = D0 + timedelta(days=1)
    with pytest.raises(NotFoundError):
        daily.add_photo(demo, store.id, "opening", other_day, "no-such-item", tmp_path / "a.png")
    with pytest.raises(ValidationError):
        daily.add_photo(demo, store.id, "opening", daily.business_day() + timedelta(days=1), item.id,
                        tmp_path / "a.png")
    assert all_run_rows(demo, store.id) == 1
    answer_all(demo, run.id)
    runs.complete(demo, run.id)
    with pytest.raises(runs.RunClosedError):
        daily.add_photo(demo, store.id, "closing", D0, item.id, tmp_path / "a.png")
