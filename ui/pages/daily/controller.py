"""The daily checklists' rules of display, without Qt: the days one may open, the tone of a
checklist's state (on its panel and in the history), the completion rate's tone and when a
checklist was completed as people read it.

Tones are the roles of the application stylesheet (``ok``, ``warning``, ``error``, ``muted``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

HISTORY_DAYS = 30
MISSING_SHOWN = 5  # missing items listed by name under the Complete button


def day_limits(opened_on: date | None, today: date) -> tuple[date | None, date]:
    """The first and last business day that can be shown: from the store's opening (or no limit)
    to today."""
    return (min(opened_on, today) if opened_on is not None else None), today


def history_range(today: date) -> tuple[date, date]:
    """The history covers the last HISTORY_DAYS business days, today included."""
    return today - timedelta(days=HISTORY_DAYS - 1), today


def panel_state(run_status: str | None) -> str:
    """A checklist's state from its run: ``missing`` (no run), ``draft`` or ``done``."""
    if run_status is None:
        return "missing"
    return "draft" if run_status == "draft" else "done"


def panel_tone(state: str, past: bool) -> str:
    """The colour of a checklist's state on its panel: a past day without it is an error."""
    if state == "missing" and past:
        return "error"
    return {"done": "ok", "draft": "warning"}.get(state, "muted")


def history_tone(state: str, today: bool) -> str:
    """The colour of one checklist in the history: unfinished is late only once the day is over;
    ``missing`` is a finished day without the checklist."""
    if state == "done":
        return "ok"
    if state == "draft":
        return "warning" if today else "error"
    return "muted" if today else "missing"


def compliance_tone(days_complete: int, days_open: int, percent: float) -> str:
    """Every finished day complete: ok; 80 % or more: warning; below: error."""
    if days_complete == days_open:
        return "ok"
    return "warning" if percent >= 80 else "error"


def percent_text(percent: float) -> str:
    """12.5 -> "12.5", 100.0 -> "100"."""
    return f"{percent:.1f}".rstrip("0").rstrip(".")


def completed_when(completed_at: datetime, business_date: date) -> str:
    """The local time a checklist was completed (stored as naive UTC): the time alone on its own
    business day, with the date otherwise."""
    local = completed_at.replace(tzinfo=UTC).astimezone()
    return local.strftime("%H:%M") if local.date() == business_date else local.strftime("%Y-%m-%d %H:%M")


def local_naive(completed_at: datetime) -> datetime:
    """The stored UTC time as a naive local time (what ``daily.business_day`` takes)."""
    return completed_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
