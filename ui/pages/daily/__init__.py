"""Daily checklists: the page (``page``), the checklist forms (``forms``) and the Qt-free rules of
display (``controller``).

Re-exports every name the rest of the code and the tests import from ``ui.pages.daily``.
"""

from __future__ import annotations

from ui.dates import weekday_name
from ui.labels import daily_history_state as history_state_text
from ui.labels import daily_state as run_state_text
from ui.pages.daily.controller import HISTORY_DAYS, MISSING_SHOWN
from ui.pages.daily.forms import ChecklistPanel, ItemRow, daily_problem_text
from ui.pages.daily.page import DailyPage
from ui.style import RED

__all__ = ["HISTORY_DAYS", "MISSING_SHOWN", "RED", "ChecklistPanel", "DailyPage", "ItemRow", "daily_problem_text",
           "history_state_text", "run_state_text", "weekday_name"]
