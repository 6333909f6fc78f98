"""An acceptance is of one equipment item: it starts only for an item that can be accepted (and, at a store
being opened, only after the fit-out passed its acceptance); once signed by all three the item takes the
result, with the date and a history entry."""

from __future__ import annotations

import pytest
from test_acceptance import GOOD, STROKES, _manager, _photo, supervise_all

from opsdesk.errors import ValidationError
from opsdesk.services import acceptance, equipment, org, runs, signatures, templates, workspace
from opsdesk.services.context import AppContext


BACKENDS = ("sqlite", "pg")  # the item follows its acceptance on both backends (tests/core/conftest.py)


@pytest.fixture
def db_template():  # noqa: ANN201
    return {"stores": 2, "seed": 4}


@pytest.fixture
def actx(ctx: AppContext) -> AppContext:
    ctx.user_id = ctx.db.get_meta(workspace.CURRENT_USER_KEY)
    equipment.ensure_default_categories(ctx)
    return supervise_all(ctx)


def item(ctx: AppContext, store_id: str, status: str = "installed") -> equipment.EquipmentDTO:
    category = equipment.list_categories(ctx)[0]
    made = equipment.create_equipment(ctx, equipment.EquipmentInput(
        store_id=store_id, category_id=category.id, name="空调 1 号", brand="格力", model="KFR-72LW",
        serial_number=f"SN-{status}", supplier="恒温机电"))
    for step in ("delivered", "installed"):
        if equipment.get_equipment(ctx, made.id).status != status and step in equipment.NEXT_STATUSES.get(
                equipment.get_equipment(ctx, made.id).status, ()):
            equipment.set_status(ctx, made.id, step)
        if step == status:
            break
    return equipment.get_equipment(ctx, made.id)


def answer_all(ctx: AppContext, run_id: str, failing: tuple[str, ...] = ()) -> None:
    for it in runs.get_run(ctx, run_id).version.items():
        if it.answer_type == "number":
            runs.set_answer(ctx, run_id, it.id, GOOD[it.key])
        elif it.answer_type == "text":
            runs.set_answer(ctx, run_id, it.id, "GL2024-0042")
        elif it.answer_type == "date":
            runs.set_answer(ctx, run_id, it.id, "2026-03-02")
        elif it.answer_type == "photo":
            runs.add_photo(ctx, run_id, it.id, _photo(ctx, it.key))
        else:
            runs.set_answer(ctx, run_id, it.id, "fail" if it.key in failing else "pass")
            if it.key in failing:
                runs.add_photo(ctx, run_id, it.id, _photo(ctx, it.key))
    runs.complete(ctx, run_id)


def sign_all(ctx: AppContext, run_id: str) -> None:
    signatures.sign_run(ctx, run_id, "supervisor", "", STROKES)
    signatures.sign_run(ctx, run_id, "store_manager", "", STROKES, signer_id=_manager(ctx, run_id))
    signatures.sign_run(ctx, run_id, "supplier", "李供应", STROKES)


def test_a_signed_acceptance_gives_its_item_the_result(actx: AppContext) -> None:
    store = org.query_stores(actx)[0]
    thing = item(actx, store.id)
    assert thing.status == "installed"
    run = acceptance.start_acceptance(actx, thing.id)
    assert run.run_type == "acceptance" and run.store_id == store.id
    answer_all(actx, run.id)
    signatures.sign_run(actx, run.id, "supervisor", "", STROKES)
    signatures.sign_run(actx, run.id, "store_manager", "", STROKES, signer_id=_manager(actx))
    assert equipment.get_equipment(actx, thing.id).status == "installed"  # two of three: not yet
    signatures.sign_run(actx, run.id, "supplier", "李供应", STROKES)
    after = equipment.get_equipment(actx, thing.id)
    assert (after.status, after.acceptance_run_id) == ("accepted", run.id)
    assert after.accepted_on == runs.get_summary(actx, run.id).business_date
    assert [e.to_status for e in equipment.history(actx, thing.id)][-1] == "accepted"
    events = len(equipment.history(actx, thing.id))
    assert acceptance.settle_item(actx, run.id) == "accepted"  # again: nothing changes
    assert len(equipment.history(actx, thing.id)) == events


def test_a_failed_veto_item_rejects_the_item_and_it_can_be_accepted_again(actx: AppContext) -> None:
    store = org.query_stores(actx)[0]
    thing = item(actx, store.id)
    run = acceptance.start_acceptance(actx, thing.id)
    veto = next(i.key for i in runs.get_run(actx, run.id).version.items()
                if i.critical and i.answer_type in ("pass_fail", "yes_no"))
    answer_all(actx, run.id, failing=(veto,))
    sign_all(actx, run.id)
    assert equipment.get_equipment(actx, thing.id).status == "rejected"
    again = acceptance.start_acceptance(actx, thing.id)  # a re-acceptance is a new run
    answer_all(actx, again.id)
    sign_all(actx, again.id)
    assert equipment.get_equipment(actx, thing.id).status == "accepted"


def test_no_acceptance_before_the_fitout_passed_at_a_store_being_opened(actx: AppContext) -> None:
    store = org.query_stores(actx)[1]
    from opsdesk.permissions import as_system

    org.set_store_status(as_system(actx), store.id, "preparing")  # the world: head office's step, not the test's
    thing = item(actx, store.id)
    with pytest.raises(ValidationError) as refused:
        acceptance.start_acceptance(actx, thing.id)
    assert [(p.field, p.reason) for p in refused.value.problems] == [("store_id", "fitout_not_accepted")]
    fitout = templates.template_by_code(actx, "new_store_fitout")
    run = runs.start_run(actx, store.id, fitout.id, "routine")
    for it in runs.get_run(actx, run.id).version.items():
        if it.answer_type in ("pass_fail", "yes_no"):
            runs.set_answer(actx, run.id, it.id, "pass" if it.answer_type == "pass_fail" else "yes")
        elif it.answer_type == "number":
            runs.set_answer(actx, run.id, it.id, it.min_value if it.min_value is not None else 0,
                            allow_out_of_range=True)
        elif it.answer_type == "text":
            runs.set_answer(actx, run.id, it.id, "好")
        elif it.answer_type == "date":
            runs.set_answer(actx, run.id, it.id, "2026-03-02")
        elif it.answer_type == "rating":
            runs.set_answer(actx, run.id, it.id, it.scale or 5)
        elif it.answer_type == "choice":
            runs.set_answer(actx, run.id, it.id, 0)
        elif it.answer_type == "photo":
            runs.add_photo(actx, run.id, it.id, _photo(actx, it.key))
    runs.complete(actx, run.id)
    assert acceptance.fitout_passed(actx, store.id)
    assert acceptance.start_acceptance(actx, thing.id).status == "draft"


def test_an_item_that_cannot_be_accepted_is_refused(actx: AppContext) -> None:
    store = org.query_stores(actx)[0]
    ordered = item(actx, store.id, status="ordered")
    assert ordered.status == "ordered"
    with pytest.raises(ValidationError) as refused:
        acceptance.start_acceptance(actx, ordered.id)
    assert refused.value.problems[0].reason == "not_acceptable"


def test_a_correction_of_an_acceptance_stays_with_its_item(actx: AppContext) -> None:
    store = org.query_stores(actx)[0]
    thing = item(actx, store.id)
    run = acceptance.start_acceptance(actx, thing.id)
    answer_all(actx, run.id)
    sign_all(actx, run.id)
    correction = signatures.correct_run(actx, run.id)
    assert acceptance.equipment_of_run(actx, correction).id == thing.id
