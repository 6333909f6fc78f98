"""Supervisor visits (巡店日志): the page (``page``), its dialogs (``dialogs``), its widgets
(``forms``) and the week planner's Qt-free state (``controller``)."""

from ui.pages.visits.controller import WeekPlanner
from ui.pages.visits.dialogs import IssueDialog, PlanVisitDialog, VisitEditorDialog
from ui.pages.visits.forms import STORE_MIME, VISIT_MIME, OptionalDate, OptionalDateTime
from ui.pages.visits.page import CoverageTab, DigestTab, LogTab, PlanTab, VisitsPage

__all__ = ["STORE_MIME", "VISIT_MIME", "CoverageTab", "DigestTab", "IssueDialog", "LogTab", "OptionalDate",
           "OptionalDateTime", "PlanTab", "PlanVisitDialog", "VisitEditorDialog", "VisitsPage", "WeekPlanner"]
