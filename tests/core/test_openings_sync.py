"""An opening project travels with its store by sync: its milestones and events reach head office, and a
date moved on the laptop arrives with the milestones it moved."""

from __future__ import annotations

from datetime import date, timedelta

from test_sync import exchange, pair  # noqa: F401 - pair: the fixture of two fresh workspaces

from opsdesk.services import openings, org, sync

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)


def test_a_project_and_its_date_move_travel_with_the_store(tmp_path, pair) -> None:  # noqa: ANN001, F811
    hq, laptop = pair
    east = org.save_region(hq, "华东", "EAST")
    south = org.save_region(hq, "华南", "SOUTH")
    store = org.create_store(hq, org.StoreInput(code="N001", name="新开一号店", region_id=east.id,
                                                opened_on=date(2027, 3, 1), status="preparing"))
    other = org.create_store(hq, org.StoreInput(code="N002", name="新开二号店", region_id=south.id,
                                                opened_on=date(2027, 3, 1), status="preparing"))
    target = date.today() + timedelta(days=60)
    project = openings.create_project(hq, store.id, target)
    far = openings.create_project(hq, other.id, target)
    exchange(hq, laptop, tmp_path)
    sync.set_receive_regions(laptop, [east.id])
    exchange(laptop, hq, tmp_path)
    got = openings.get_project(laptop, project.id)
    assert [m.key for m in got.milestones] == [m.key for m in project.milestones]
    moved = openings.move_target(laptop, project.id, target + timedelta(days=14), "业主延期交房")
    exchange(laptop, hq, tmp_path)
    at_hq = openings.get_project(hq, project.id)
    assert at_hq.target_date == moved.target_date == target + timedelta(days=14)
    assert [(m.key, m.due_on) for m in at_hq.milestones] == [(m.key, m.due_on) for m in moved.milestones]
    assert [e.kind for e in at_hq.events] == [e.kind for e in moved.events]
    openings.move_target(hq, far.id, target + timedelta(days=7), "施工延误")
    exchange(hq, laptop, tmp_path)
    # the other region's project came with the first contact; its later move stays at head office
    assert openings.get_project(laptop, far.id).target_date == target
