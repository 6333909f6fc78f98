"""The daily checklists' Qt-free rules of display (ui/pages/daily/controller.py)."""

from __future__ import annotations

from datetime import date, datetime

from ui.pages.daily import controller


def test_days_one_can_open_run_from_the_opening_to_today() -> None:
    today = date(2024, 5, 20)
    assert controller.day_limits(date(2023, 1, 1), today) == (date(2023, 1, 1), today)
    assert controller.day_limits(date(2024, 6, 1), today) == (today, today)  # opens later: today only
    assert controller.day_limits(None, today) == (None, today)
    start, end = controller.history_range(today)
    assert end == today and (end - start).days + 1 == controller.HISTORY_DAYS


def test_tones_of_a_checklist_state() -> None:
    assert controller.panel_state(None) == "missing"
    assert controller.panel_state("draft") == "draft"
    assert controller.panel_state("signed") == controller.panel_state("completed") == "done"
    assert controller.panel_tone("missing", past=True) == "error"
    assert controller.panel_tone("missing", past=False) == "muted"
    assert controller.panel_tone("draft", past=True) == "warning"
    # in the history an unfinished checklist is late once its day is over
    assert controller.history_tone("draft", today=True) == "warning"
    assert controller.history_tone("draft", today=False) == "error"
    assert controller.history_tone("missing", today=False) == "missing"
    assert controller.history_tone("missing", today=True) == "muted"
    assert controller.history_tone("done", today=False) == "ok"


def test_completion_rate() -> None:
    assert controller.compliance_tone(29, 29, 100.0) == "ok"
    assert controller.compliance_tone(24, 29, 82.8) == "warning"
    assert controller.compliance_tone(1, 29, 3.4) == "error"
    assert controller.percent_text(100.0) == "100"
    assert controller.percent_text(3.448) == "3.4"


def test_completion_time_in_local_time() -> None:
    """The tests run in Asia/Shanghai (tests/conftest.py): UTC+8."""
    utc = datetime(2024, 5, 19, 17, 30)  # stored naive UTC: 01:30 on 20 May in Shanghai
    assert controller.local_naive(utc) == datetime(2024, 5, 20, 1, 30)
    assert controller.completed_when(utc, date(2024, 5, 20)) == "01:30"
    assert controller.completed_when(utc, date(2024, 5, 19)) == "2024-05-20 01:30"
