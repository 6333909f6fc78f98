"""The week planner's state without Qt: which week is shown, its days, which store is planned when,
planning a store on a day and moving a visit. The plan tab draws what this holds and forwards the
user's drops and clicks here; the service refuses what is not allowed (its errors pass through).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from opsdesk.errors import ValidationError
from opsdesk.services import AppContext, visits


class WeekPlanner:
    """One supervisor's visits in one week (Monday to Sunday)."""

    def __init__(self, ctx: AppContext, supervisor_id: str | None = None,
                 today: Callable[[], date] = date.today) -> None:
        self.ctx = ctx
        self.supervisor_id = supervisor_id
        self.today = today
        self.monday = visits.week_of(today())
        self.plan: visits.WeekPlan | None = None

    # -- which week
    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def days(self) -> list[date]:
        return [self.monday + timedelta(days=i) for i in range(7)]

    def show_week(self, day: date) -> None:
        """Show the week of ``day`` (not loaded yet: ``load``)."""
        self.monday = visits.week_of(day)

    def previous_week(self) -> None:
        self.show_week(self.monday - timedelta(days=7))

    def next_week(self) -> None:
        self.show_week(self.monday + timedelta(days=7))

    def this_week(self) -> None:
        self.show_week(self.today())

    def contains(self, day: date) -> bool:
        return self.monday <= day <= self.sunday

    def is_today(self, day: date) -> bool:
        return day == self.today()

    def range_text(self) -> str:
        return f"{self.monday:%Y-%m-%d} – {self.sunday:%Y-%m-%d}"

    def default_day(self) -> date:
        """The day a new visit is proposed on: today in this week, else the week's Monday."""
        today = self.today()
        return today if self.contains(today) else self.monday

    # -- what is planned
    def load(self) -> visits.WeekPlan | None:
        """Read the week's plan from the service (nothing without a supervisor)."""
        self.plan = visits.week_plan(self.ctx, self.supervisor_id, self.monday) if self.supervisor_id else None
        return self.plan

    def visits_on(self, day: date) -> list[visits.VisitDTO]:
        return list(self.plan.days.get(day, [])) if self.plan else []

    def unplanned(self) -> list[tuple[str, str, str]]:
        """(store id, code, name) of the supervisor's stores without a visit this week."""
        return list(self.plan.unplanned) if self.plan else []

    def day_of(self, visit_id: str) -> date | None:
        """The day a visit of this week is shown on."""
        for day in self.days():
            if any(v.id == visit_id for v in self.visits_on(day)):
                return day
        return None

    # -- changing the plan
    def plan_store(self, store_id: str, day: date, purpose: str = "routine") -> visits.VisitDTO:
        """Plan a visit to a store on a day (for the shown supervisor) and reload the week."""
        visit = visits.plan_visit(self.ctx, store_id, day, supervisor_id=self.supervisor_id, purpose=purpose)
        self.load()
        return visit

    def move(self, visit_id: str, day: date) -> visits.VisitDTO:
        """Move a planned visit to another day and reload the week."""
        visit = visits.move_visit(self.ctx, visit_id, day)
        self.load()
        return visit

    @staticmethod
    def already_started(exc: ValidationError) -> bool:
        """The refusal of a move because the visit has started (it keeps its own day)."""
        return any(p.reason == "already_started" for p in exc.problems)
