"""New-store opening (新店筹备): the projects page (``page``), the timeline (``timeline``) and the dialogs
(``dialogs``). Only the page is imported here: the page module imports the others when it needs them."""

from ui.pages.openings.page import OpeningsPage

__all__ = ["OpeningsPage"]
