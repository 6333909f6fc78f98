"""Dashboard figures: the average score by store and month."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from opsdesk.models import ChecklistRun
from opsdesk.services import dashboard

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)


def _run(ctx, store_id, version_id, day, percent, run_type="routine", status="completed"):  # noqa: ANN001, ANN202
    with ctx.tx() as s:
        s.add(ChecklistRun(template_version_id=version_id, store_id=store_id, run_type=run_type,
                           started_at=datetime.combine(day, datetime.min.time()), business_date=day,
                           status=status, percent=None if percent is None else Decimal(percent)))


def test_average_by_store_and_month_counts_only_finished_inspections(ctx, make_store):
    from opsdesk.services import templates, workspace

    workspace.prepare(ctx)
    template = next(t for t in templates.list_templates(ctx) if t.code == "store_routine")
    a, b = make_store(), make_store()
    vid = template.published_version_id
    _run(ctx, a.id, vid, date(2026, 1, 5), "90")
    _run(ctx, a.id, vid, date(2026, 1, 19), "85.5")
    _run(ctx, a.id, vid, date(2026, 2, 2), "70")
    _run(ctx, b.id, vid, date(2026, 1, 9), "60")
    _run(ctx, a.id, vid, date(2026, 1, 10), "10", status="draft")  # not finished
    _run(ctx, a.id, vid, date(2026, 1, 11), "10", run_type="opening")  # a daily checklist
    _run(ctx, b.id, vid, date(2026, 1, 12), "95", status="signed")
    rows = dashboard.score_by_store_month(ctx)
    got = {(r.store_code, r.month): (r.average_percent, r.inspections) for r in rows}
    assert got == {
        (a.code, "2026-01"): (Decimal("87.75"), 2),
        (a.code, "2026-02"): (Decimal("70.00"), 1),
        (b.code, "2026-01"): (Decimal("77.50"), 2),
    }
    assert [r.month for r in rows] == sorted(r.month for r in rows)
    assert dashboard.score_by_store_month(ctx, date_from=date(2026, 2, 1)) == [
        r for r in rows if r.month == "2026-02"]
