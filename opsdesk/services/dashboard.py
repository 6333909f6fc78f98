"""Figures over the whole workspace for the dashboard (DOMAIN KPIs): one indexed query each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from opsdesk import backend
from opsdesk.models import ChecklistRun, Store
from opsdesk.models.runs import INSPECTION_RUN_TYPES
from opsdesk.services.context import AppContext
from opsdesk.services.runs import DONE_STATUSES


@dataclass(frozen=True)
class StoreMonthScore:
    store_id: str
    store_code: str
    store_name: str
    month: str  # "YYYY-MM"
    average_percent: Decimal
    inspections: int


def score_by_store_month(ctx: AppContext, date_from: date | None = None,
                         date_to: date | None = None) -> list[StoreMonthScore]:
    """Average inspection score (percent) of every store in every month, oldest month first.

    Completed and signed inspections only (not daily checklists, not drafts). The percent
    is stored in hundredths, so the average is exact to the hundredth.
    """
    month = backend.month_of(ChecklistRun.business_date)
    # The raw column (integer hundredths): averaging the typed column would average Decimals in Python.
    percent = ChecklistRun.__table__.c.percent
    stmt = (
        select(ChecklistRun.store_id, month, func.avg(percent), func.count())
        .where(ChecklistRun.deleted.is_(False), ChecklistRun.run_type.in_(INSPECTION_RUN_TYPES),
               ChecklistRun.status.in_(DONE_STATUSES), percent.is_not(None))
        .group_by(ChecklistRun.store_id, month)
    )
    if date_from is not None:
        stmt = stmt.where(ChecklistRun.business_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(ChecklistRun.business_date <= date_to)
    with ctx.read() as s:
        stores = {sid: (code, name) for sid, code, name in s.execute(select(Store.id, Store.code, Store.name))}
        out = []
        for store_id, ym, avg, count in s.execute(stmt):
            code, name = stores.get(store_id, ("", ""))
            out.append(StoreMonthScore(store_id, code, name, ym,
                                       (Decimal(avg) / 100).quantize(Decimal("0.01")), int(count)))
    out.sort(key=lambda r: (r.month, r.store_code))
    return out
