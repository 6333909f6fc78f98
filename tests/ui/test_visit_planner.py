"""The visit week planner's state without Qt (ui/pages/visits/controller.py), on the real demo workspace:
which week is shown, which store is planned when, moving a visit, and what the service refuses."""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from helpers import idle
from opsdesk.errors import ValidationError
from opsdesk.services import visits
from ui.pages.visits.controller import WeekPlanner

WEDNESDAY = date.today() + timedelta(days=7 * 40)
WEDNESDAY -= timedelta(days=WEDNESDAY.weekday() - 2)  # a Wednesday far ahead: nothing planned yet
MONDAY = WEDNESDAY - timedelta(days=2)


def test_the_controller_needs_no_qt() -> None:
    import ui.pages.visits.controller as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | \
        {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert imported and not {m for m in imported if m.split(".")[0] in ("PySide6", "ui")}


def test_weeks_and_days(demo_ctx) -> None:  # noqa: ANN001
    planner = WeekPlanner(demo_ctx, demo_ctx.user_id, today=lambda: WEDNESDAY)
    assert planner.monday == MONDAY and planner.sunday == MONDAY + timedelta(days=6)
    assert planner.days() == [MONDAY + timedelta(days=i) for i in range(7)]
    assert planner.is_today(WEDNESDAY) and not planner.is_today(MONDAY)
    assert planner.default_day() == WEDNESDAY  # today, in the shown week
    assert planner.range_text() == f"{MONDAY:%Y-%m-%d} – {MONDAY + timedelta(days=6):%Y-%m-%d}"

    planner.next_week()
    assert planner.monday == MONDAY + timedelta(days=7)
    assert not planner.contains(WEDNESDAY) and planner.default_day() == planner.monday  # not this week: Monday
    planner.previous_week()
    planner.previous_week()
    assert planner.monday == MONDAY - timedelta(days=7)
    planner.show_week(MONDAY + timedelta(days=6))  # a Sunday shows its own week
    assert planner.monday == MONDAY
    planner.next_week()
    planner.this_week()
    assert planner.monday == MONDAY


def test_plan_and_move_a_visit(demo_ctx) -> None:  # noqa: ANN001
    planner = WeekPlanner(demo_ctx, demo_ctx.user_id, today=lambda: WEDNESDAY)
    plan = planner.load()
    assert plan is not None and all(planner.visits_on(day) == [] for day in planner.days())
    store_id = planner.unplanned()[0][0]

    visit = planner.plan_store(store_id, MONDAY + timedelta(days=1), purpose="training")
    assert visit.purpose == "training" and visit.supervisor_id == demo_ctx.user_id
    assert store_id not in [s for s, _c, _n in planner.unplanned()]  # reloaded: planned now
    assert [v.id for v in planner.visits_on(MONDAY + timedelta(days=1))] == [visit.id]
    assert planner.day_of(visit.id) == MONDAY + timedelta(days=1)

    planner.move(visit.id, MONDAY + timedelta(days=4))
    assert planner.day_of(visit.id) == MONDAY + timedelta(days=4)
    assert visits.get_visit(demo_ctx, visit.id).planned_on == MONDAY + timedelta(days=4)
    assert planner.visits_on(MONDAY + timedelta(days=1)) == []


def test_a_started_visit_keeps_its_day(demo_ctx) -> None:  # noqa: ANN001
    planner = WeekPlanner(demo_ctx, demo_ctx.user_id, today=lambda: WEDNESDAY)
    planner.load()
    visit = planner.plan_store(planner.unplanned()[0][0], MONDAY)
    visits.check_in(demo_ctx, visit.id)
    with pytest.raises(ValidationError) as refused:
        planner.move(visit.id, MONDAY + timedelta(days=2))
    assert WeekPlanner.already_started(refused.value)
    assert visits.get_visit(demo_ctx, visit.id).planned_on == MONDAY  # nothing changed


def test_without_a_supervisor_nothing_is_loaded(demo_ctx) -> None:  # noqa: ANN001
    planner = WeekPlanner(demo_ctx, None, today=lambda: WEDNESDAY)
    assert planner.load() is None
    assert planner.unplanned() == [] and planner.visits_on(WEDNESDAY) == [] and planner.day_of("x") is None


def test_the_plan_tab_draws_the_planner_and_marks_today(qtbot, demo_ctx) -> None:  # noqa: ANN001
    """The tab shows what the planner holds; today's heading has the ``current`` state (no inline style)."""
    from ui.pages.visits import VisitsPage

    page = VisitsPage(demo_ctx)
    qtbot.addWidget(page)
    tab = page.plan_tab
    today = date.today()
    tab.show_week(today)
    idle()  # the week is read in the background
    current = [label.property("current") == "true" for label in tab.day_labels]
    assert current == [day == today for day in tab.planner.days()]
    assert all(not label.styleSheet() for label in tab.day_labels)
    tab.show_week(WEDNESDAY)
    idle()
    assert not any(label.property("current") == "true" for label in tab.day_labels)
    visit = tab.planner.plan_store(tab.unplanned_ids()[0], MONDAY + timedelta(days=3))
    tab.refresh()
    idle()
    assert [tab.days[3].item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.days[3].count())] == [visit.id]
    assert tab.range_label.text() == tab.planner.range_text()
