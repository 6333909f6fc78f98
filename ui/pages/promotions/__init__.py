"""Promotion plans (促销方案): the page (``page``), the plan editor (``editor``), the decision, acknowledgement
and results dialogs (``dialogs``) and the month calendar (``calendar``). Only the page is imported here: the
page module imports the others when it needs them."""

from ui.pages.promotions.page import PromotionsPage

__all__ = ["PromotionsPage"]
