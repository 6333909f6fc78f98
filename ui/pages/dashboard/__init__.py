"""The dashboard (总览): KPI tiles, drill-down, rankings and charts (``page``)."""

from ui.pages.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
