"""What the action register and its dialogs share: constants and colours, the texts shown for an
action (source, repeat, export columns), the typed-into combos, and the dialogs' error wording."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QMessageBox, QWidget

from opsdesk.errors import OpsDeskError
from opsdesk.services import AppContext, actions, workspace
from opsdesk.services.actions import ActionDTO
from ui import labels
from ui.errors import problem_text, show_error
from ui.style import ACTION_COLOURS, AMBER, ICON, RED
from ui.widgets.form import FieldErrors

NOT_CLOSED = "__not_closed__"  # status filter: every status that still needs work
OVERDUE = "overdue"
COUNT_KEYS = ("open", "in_progress", "submitted", "verified", "reopened", "cancelled", OVERDUE)
STATUS_COLOURS = ACTION_COLOURS  # a status's colour (ui/style.py): chips, badge, history, icons
PRIORITY_COLOURS = {"urgent": RED, "high": AMBER, "normal": ""}
OVERDUE_RED = RED
OVERDUE_TINT = "#fdecec"
ICON_GREY = ICON  # the icons on buttons
REPEAT_AMBER = AMBER
DUE_DAYS = 7  # default due date of an action made by hand or moved in bulk


# ---------------------------------------------------------------- translated labels (ui/labels.py)


status_labels = labels.action_statuses
priority_labels = labels.priorities
priority_label = labels.priority
status_label = labels.action_step_status
transition_labels = labels.action_transitions
transition_label = labels.action_transition
overdue_label = labels.overdue


def csv_headers() -> list[str]:
    """Column titles for ``actions.CSV_COLUMNS``, in its order."""
    names = {
        "store_code": QCoreApplication.translate("ActionLabels", "Store code"),
        "store": QCoreApplication.translate("ActionLabels", "Store"),
        "title": QCoreApplication.translate("ActionLabels", "Action"),
        "priority": QCoreApplication.translate("ActionLabels", "Priority"),
        "status": QCoreApplication.translate("ActionLabels", "Status"),
        "assignee": QCoreApplication.translate("ActionLabels", "Assignee"),
        "due_on": QCoreApplication.translate("ActionLabels", "Due date"),
        "overdue": QCoreApplication.translate("ActionLabels", "Overdue"),
        "repeat_count": QCoreApplication.translate("ActionLabels", "Times repeated"),
        "source": QCoreApplication.translate("ActionLabels", "Source inspection"),
        "source_date": QCoreApplication.translate("ActionLabels", "Inspection date"),
        "fix_note": QCoreApplication.translate("ActionLabels", "What was done"),
        "verified_on": QCoreApplication.translate("ActionLabels", "Verified on"),
    }
    return [names.get(c, c) for c in actions.CSV_COLUMNS]


def csv_labels() -> dict[str, dict[str, str]]:
    return {"status": status_labels(), "priority": priority_labels(),
            "overdue": {"yes": QCoreApplication.translate("ActionLabels", "Yes")}}


def source_text(a: ActionDTO) -> str:
    if not a.source_run_id:
        return QCoreApplication.translate("ActionLabels", "Added by hand")
    day = a.source_run_date.isoformat() if a.source_run_date else ""
    return " ".join(p for p in (labels.template_text(a.source_title, a.source_title_en), day) if p)


def repeat_text(a: ActionDTO) -> str:
    return "×" + str(a.repeat_count) if a.repeat_count else ""


def current_role(ctx: AppContext) -> str | None:
    user = workspace.current_user(ctx)
    return user.role if user is not None else None


# ---------------------------------------------------------------- form widgets


def findable(combo: QComboBox) -> None:
    """An editable combo that finds its items by any part of their text."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)

    def finished() -> None:
        """Cleared text means the first item (e.g. all stores); text naming no item goes back to the chosen one."""
        if combo.findText(combo.currentText()) >= 0:
            return
        if not combo.currentText().strip() and combo.count() and combo.itemData(0) is None:
            combo.setCurrentIndex(0)
            combo.setEditText(combo.itemText(0))
        else:
            combo.setEditText(combo.itemText(combo.currentIndex()))

    combo.lineEdit().editingFinished.connect(finished)


def select_data(combo: QComboBox, value: object) -> bool:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def fill_priorities(combo: QComboBox, first: tuple[str, object] | None = None) -> None:
    if first:
        combo.addItem(*first)
    for code, text in priority_labels().items():
        combo.addItem(text, code)


# ---------------------------------------------------------------- errors


class ActionErrors(FieldErrors):
    """The action dialogs' wording for the service's reasons."""

    def text_for(self, problem) -> str:  # noqa: ANN001
        if problem.reason == "reason_required":
            return QCoreApplication.translate("ActionLabels", "Give a reason.")
        if problem.field == "fix_note" and problem.reason == "required":
            return QCoreApplication.translate("ActionLabels", "Describe what was done.")
        return problem_text(problem)


def transition_error_text(exc: OpsDeskError) -> str:
    current, target = str(exc.params.get("current", "")), str(exc.params.get("target", ""))
    if current in ("verified", "cancelled") and current == target:
        return QCoreApplication.translate("ActionLabels", "This action is closed (%1); it can no longer change.") \
            .replace("%1", status_label(current))
    return QCoreApplication.translate(
        "ActionLabels", "This step is not allowed: the action is %1 and cannot become %2 by you.") \
        .replace("%1", status_label(current)).replace("%2", status_label(target))


def report_error(parent: QWidget | None, exc: OpsDeskError) -> None:
    if isinstance(exc, actions.TransitionError):
        QMessageBox.warning(parent, QCoreApplication.translate("ActionLabels", "Not allowed"),
                            transition_error_text(exc))
    else:
        show_error(parent, exc)
