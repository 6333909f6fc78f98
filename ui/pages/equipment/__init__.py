"""Equipment (设备): the register page (``page``), the item form, categories, status change and import
problems (``dialogs``), what they share (``forms``); the fault dialogs are in ``faults``."""

from ui.pages.equipment.dialogs import (
    CategoriesDialog,
    CategoryDialog,
    EquipmentDialog,
    ImportProblemsDialog,
    StatusDialog,
)
from ui.pages.equipment.page import EquipmentPage

__all__ = ["CategoriesDialog", "CategoryDialog", "EquipmentDialog", "EquipmentPage", "ImportProblemsDialog",
           "StatusDialog"]
