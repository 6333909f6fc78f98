"""Corrective actions (整改台账): the register page (``page``), the lifecycle dialog
(``action_dialog``), the small dialogs (``dialogs``) and what they share (``forms``)."""

from ui.pages.actions.action_dialog import ActionDialog
from ui.pages.actions.dialogs import (
    DueDateDialog,
    NewActionDialog,
    NoteDialog,
    SubmitDialog,
    UserPickDialog,
)
from ui.pages.actions.forms import (
    csv_headers,
    priority_label,
    source_text,
    status_label,
    transition_label,
    transition_labels,
)
from ui.pages.actions.page import ActionsPage

__all__ = ["ActionDialog", "ActionsPage", "DueDateDialog", "NewActionDialog", "NoteDialog", "SubmitDialog",
           "UserPickDialog", "csv_headers", "priority_label", "source_text", "status_label", "transition_label",
           "transition_labels"]
