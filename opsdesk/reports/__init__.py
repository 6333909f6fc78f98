"""PDF reports (reportlab): inspection, daily checklists, corrective-action register, visit log, week plan.

Pure core code: builders read through the services, receive already-translated labels (Chinese
defaults otherwise) and write the PDF atomically.
"""

from opsdesk.reports.layout import DEFAULT_LABELS, ReportInfo
from opsdesk.reports.daily import build_daily
from opsdesk.reports.inspection import build_inspection
from opsdesk.reports.register import build_action_register
from opsdesk.reports.visits import build_visit_log, build_week_plan

__all__ = ["DEFAULT_LABELS", "ReportInfo", "build_action_register", "build_daily", "build_inspection",
           "build_visit_log", "build_week_plan"]
