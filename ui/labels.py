"""Translated labels for the codes the core uses (roles, store kinds, statuses), and times as people read them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication

_MADE: dict[str, tuple[str, Mapping[str, str]]] = {}  # function -> (language stamp, its labels)


def _per_language(make: Callable[[], dict[str, str]]) -> Callable[[], Mapping[str, str]]:
    """``make``'s labels, made once per interface language and read-only: a list asks for a code's label for every
    cell it paints (a status, a role), and making the whole table of translations each time was most of that."""
    name = make.__qualname__

    @functools.wraps(make)
    def labels() -> Mapping[str, str]:
        stamp = QCoreApplication.translate("Labels", "Active")  # changes with the translation installed
        found = _MADE.get(name)
        if found is None or found[0] != stamp:
            found = _MADE[name] = (stamp, MappingProxyType(make()))
        return found[1]

    return labels


def local_time(value: datetime | None) -> str:
    """Stored times are naive UTC; people read local time, to the minute."""
    if value is None:
        return ""
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")



@_per_language
def roles() -> dict[str, str]:
    return {
        "head_office": QCoreApplication.translate("Labels", "Head office"),
        "ops_manager": QCoreApplication.translate("Labels", "Operations manager"),
        "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
        "store_manager": QCoreApplication.translate("Labels", "Store manager"),
        "staff": QCoreApplication.translate("Labels", "Staff"),
    }


@_per_language
def store_kinds() -> dict[str, str]:
    return {
        "direct": QCoreApplication.translate("Labels", "Company-owned"),
        "franchise": QCoreApplication.translate("Labels", "Franchise"),
    }


@_per_language
def store_statuses() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("Labels", "Planned"),
        "preparing": QCoreApplication.translate("Labels", "Preparing"),
        "open": QCoreApplication.translate("Labels", "Open"),
        "suspended": QCoreApplication.translate("Labels", "Suspended"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
    }


def role(code: str) -> str:
    return roles().get(code, code)


def store_kind(code: str) -> str:
    return store_kinds().get(code, code)


def store_status(code: str) -> str:
    return store_statuses().get(code, code)


def active(flag: bool) -> str:
    return QCoreApplication.translate("Labels", "Active") if flag else QCoreApplication.translate("Labels", "Inactive")


@_per_language
def run_types() -> dict[str, str]:
    return {
        "routine": QCoreApplication.translate("Labels", "Routine inspection"),
        "full_audit": QCoreApplication.translate("Labels", "Full audit"),
        "mystery": QCoreApplication.translate("Labels", "Mystery visit"),
        "self_check": QCoreApplication.translate("Labels", "Self-check"),
        "cross_check": QCoreApplication.translate("Labels", "Cross-check"),
        "follow_up": QCoreApplication.translate("Labels", "Follow-up"),
        "opening": QCoreApplication.translate("Labels", "Opening checklist"),
        "closing": QCoreApplication.translate("Labels", "Closing checklist"),
        "acceptance": QCoreApplication.translate("Labels", "Acceptance"),
        "execution": QCoreApplication.translate("Labels", "Execution check"),
    }


@_per_language
def run_statuses() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("Labels", "In progress"),
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "signed": QCoreApplication.translate("Labels", "Signed"),
        "superseded": QCoreApplication.translate("Labels", "Superseded"),
    }


def run_type(code: str) -> str:
    return run_types().get(code, code)


def run_status(code: str) -> str:
    return run_statuses().get(code, code)


def grade(code: str) -> str:
    if code == "fail":
        return QCoreApplication.translate("Labels", "Fail")
    return code


@_per_language
def action_statuses() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("Labels", "To fix"),
        "in_progress": QCoreApplication.translate("Labels", "Fixing"),
        "submitted": QCoreApplication.translate("Labels", "Awaiting check"),
        "verified": QCoreApplication.translate("Labels", "Verified"),
        "reopened": QCoreApplication.translate("Labels", "Sent back"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }


@_per_language
def priorities() -> dict[str, str]:
    return {
        "urgent": QCoreApplication.translate("Labels", "Urgent"),
        "high": QCoreApplication.translate("Labels", "High"),
        "normal": QCoreApplication.translate("Labels", "Normal"),
    }


def action_status(code: str) -> str:
    return action_statuses().get(code, code)


def priority(code: str) -> str:
    return priorities().get(code, code)


# Visits (巡店): purposes and statuses; the context "VisitLabels" keeps their translations.


@_per_language
def visit_purposes() -> dict[str, str]:
    return {
        "routine": QCoreApplication.translate("VisitLabels", "Routine visit"),
        "training": QCoreApplication.translate("VisitLabels", "Training"),
        "follow_up": QCoreApplication.translate("VisitLabels", "Follow-up"),
        "incident": QCoreApplication.translate("VisitLabels", "Incident handling"),
        "opening_support": QCoreApplication.translate("VisitLabels", "Opening support"),
        "promotion_check": QCoreApplication.translate("VisitLabels", "Promotion check"),
    }


@_per_language
def visit_statuses() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("VisitLabels", "Planned"),
        "in_progress": QCoreApplication.translate("VisitLabels", "On site"),
        "done": QCoreApplication.translate("VisitLabels", "Done"),
        "cancelled": QCoreApplication.translate("VisitLabels", "Cancelled"),
    }


# Corrective-action lifecycle steps; the context "ActionLabels" keeps their translations.


def action_step_status(code: str | None) -> str:
    """A status in an action's history; ``None`` is the step that created it."""
    if code is None:
        return QCoreApplication.translate("ActionLabels", "Created")
    return action_status(code)


@_per_language
def action_transitions() -> dict[str, str]:
    """The button that moves an action to each status."""
    return {
        "in_progress": QCoreApplication.translate("ActionLabels", "Start fixing"),
        "submitted": QCoreApplication.translate("ActionLabels", "Submit fix"),
        "verified": QCoreApplication.translate("ActionLabels", "Accept"),
        "reopened": QCoreApplication.translate("ActionLabels", "Send back"),
        "cancelled": QCoreApplication.translate("ActionLabels", "Cancel action"),
    }


def action_transition(target: str) -> str:
    return action_transitions().get(target, target)


def overdue() -> str:
    return QCoreApplication.translate("ActionLabels", "Overdue")


# -- checklist templates (translation context "TemplateLabels")

@_per_language
def answer_types() -> dict[str, str]:
    return {
        "pass_fail": QCoreApplication.translate("TemplateLabels", "Pass / fail"),
        "yes_no": QCoreApplication.translate("TemplateLabels", "Yes / no"),
        "rating": QCoreApplication.translate("TemplateLabels", "Rating"),
        "number": QCoreApplication.translate("TemplateLabels", "Number"),
        "text": QCoreApplication.translate("TemplateLabels", "Text"),
        "choice": QCoreApplication.translate("TemplateLabels", "Single choice"),
        "multi_choice": QCoreApplication.translate("TemplateLabels", "Multiple choice"),
        "photo": QCoreApplication.translate("TemplateLabels", "Photo"),
        "date": QCoreApplication.translate("TemplateLabels", "Date"),
    }


@_per_language
def template_kinds() -> dict[str, str]:
    return {
        "inspection": QCoreApplication.translate("TemplateLabels", "Inspection"),
        "opening": QCoreApplication.translate("TemplateLabels", "Opening check"),
        "closing": QCoreApplication.translate("TemplateLabels", "Closing check"),
        "new_store": QCoreApplication.translate("TemplateLabels", "New-store acceptance"),
        "equipment_acceptance": QCoreApplication.translate("TemplateLabels", "Equipment acceptance"),
        "promotion_check": QCoreApplication.translate("TemplateLabels", "Promotion check"),
    }


@_per_language
def version_statuses() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("TemplateLabels", "Draft"),
        "published": QCoreApplication.translate("TemplateLabels", "Published"),
        "retired": QCoreApplication.translate("TemplateLabels", "Retired"),
    }


def answer_type(code: str) -> str:
    return answer_types().get(code, code)


def template_kind(code: str) -> str:
    return template_kinds().get(code, code)


def version_status(code: str) -> str:
    return version_statuses().get(code, code)


def critical_mark() -> str:
    return QCoreApplication.translate("TemplateLabels", "Critical")


# -- daily checklists (translation context "DailyPage")

def daily_state(state: str) -> str:
    """The state of one checklist of the day as shown on its panel: done, draft or not started."""
    return {
        "done": QCoreApplication.translate("DailyPage", "Completed"),
        "draft": QCoreApplication.translate("DailyPage", "In progress"),
    }.get(state, QCoreApplication.translate("DailyPage", "Not started"))


def daily_history_state(state: str, today: bool) -> str:
    """The state of one checklist in the history: a past day without it is missing."""
    if state == "done":
        return QCoreApplication.translate("DailyPage", "Completed")
    if state == "draft":
        return QCoreApplication.translate("DailyPage", "Not completed")
    if today:
        return QCoreApplication.translate("DailyPage", "Not started")
    return QCoreApplication.translate("DailyPage", "Missing")


# -- signatures and sync conflicts (contexts "SignatureLabels" and "ConflictsPage" keep their translations)

@_per_language
def signature_roles() -> dict[str, str]:
    """The roles a person signs a record as."""
    return {
        "supervisor": QCoreApplication.translate("SignatureLabels", "Supervisor"),
        "store_manager": QCoreApplication.translate("SignatureLabels", "Store manager"),
        "franchisee": QCoreApplication.translate("SignatureLabels", "Franchisee"),
        "supplier": QCoreApplication.translate("SignatureLabels", "Supplier"),
        "witness": QCoreApplication.translate("SignatureLabels", "Witness"),
        "contractor": QCoreApplication.translate("SignatureLabels", "Contractor"),
    }


def signature_role(code: str) -> str:
    return signature_roles().get(code, code)


@_per_language
def sync_tables() -> dict[str, str]:
    """The synchronised tables, as people call their records."""
    t = QCoreApplication.translate
    return {
        "store": t("ConflictsPage", "Store"),
        "region": t("ConflictsPage", "Region"),
        "user": t("ConflictsPage", "User"),
        "assignment": t("ConflictsPage", "Store assignment"),
        "template": t("ConflictsPage", "Template"),
        "template_version": t("ConflictsPage", "Template version"),
        "template_section": t("ConflictsPage", "Template section"),
        "template_item": t("ConflictsPage", "Template item"),
        "checklist_run": t("ConflictsPage", "Checklist"),
        "answer": t("ConflictsPage", "Answer"),
        "corrective_action": t("ConflictsPage", "Corrective action"),
        "action_event": t("ConflictsPage", "Action step"),
        "action_recheck": t("ConflictsPage", "Re-check"),
        "visit": t("ConflictsPage", "Visit"),
        "signature": t("ConflictsPage", "Signature"),
        "attachment": t("ConflictsPage", "Photo"),
        "attachment_link": t("ConflictsPage", "Photo link"),
    }


@_per_language
def sync_fields() -> dict[str, str]:
    """The synchronised fields (``*``: the whole record)."""
    t = QCoreApplication.translate
    return {
        "name": t("ConflictsPage", "Name"),
        "code": t("ConflictsPage", "Code"),
        "title": t("ConflictsPage", "Title"),
        "status": t("ConflictsPage", "Status"),
        "kind": t("ConflictsPage", "Kind"),
        "address": t("ConflictsPage", "Address"),
        "phone": t("ConflictsPage", "Phone"),
        "email": t("ConflictsPage", "E-mail"),
        "role": t("ConflictsPage", "Role"),
        "active": t("ConflictsPage", "Active"),
        "region_id": t("ConflictsPage", "Region"),
        "parent_id": t("ConflictsPage", "Parent region"),
        "opened_on": t("ConflictsPage", "Opening date"),
        "value": t("ConflictsPage", "Answer"),
        "na": t("ConflictsPage", "Not applicable"),
        "note": t("ConflictsPage", "Note"),
        "description": t("ConflictsPage", "Description"),
        "priority": t("ConflictsPage", "Priority"),
        "assignee_id": t("ConflictsPage", "Assignee"),
        "due_on": t("ConflictsPage", "Due date"),
        "fix_note": t("ConflictsPage", "Fix note"),
        "planned_on": t("ConflictsPage", "Planned date"),
        "purpose": t("ConflictsPage", "Purpose"),
        "observations": t("ConflictsPage", "Observations"),
        "next_steps": t("ConflictsPage", "Next steps"),
        "supervisor_id": t("ConflictsPage", "Supervisor"),
        "caption": t("ConflictsPage", "Caption"),
        "*": t("ConflictsPage", "Whole record"),
    }


@_per_language
def conflict_reasons() -> dict[str, str]:
    return {
        "concurrent": QCoreApplication.translate("ConflictsPage", "Concurrent edit"),
        "frozen": QCoreApplication.translate("ConflictsPage", "Signed record"),
        "unverified": QCoreApplication.translate("ConflictsPage", "Unverified decision"),
    }


@_per_language
def signed_decision_kinds() -> dict[str, str]:
    """The decisions bound to the person (opsdesk.decisions.KINDS)."""
    return {
        "action.verify": QCoreApplication.translate("Decisions", "Verify a corrective action"),
        "action.cancel": QCoreApplication.translate("Decisions", "Cancel a corrective action"),
        "promotion.propose": QCoreApplication.translate("Decisions", "Propose a promotion plan"),
        "promotion.review": QCoreApplication.translate("Decisions", "Review a promotion plan"),
        "promotion.review.reject": QCoreApplication.translate("Decisions", "Reject a promotion plan at review"),
        "promotion.approve": QCoreApplication.translate("Decisions", "Approve a promotion plan"),
        "promotion.approve.reject": QCoreApplication.translate("Decisions", "Reject a promotion plan at approval"),
        "opening.override_gate": QCoreApplication.translate("Decisions", "Open a store before its gates are passed"),
        "equipment.accept": QCoreApplication.translate("Decisions", "Sign off an equipment acceptance"),
        "sync.resolve": QCoreApplication.translate("Decisions", "Resolve a sync conflict"),
        "sync.accept": QCoreApplication.translate("Decisions", "Accept a decision that arrived unverified"),
    }


def sync_table(code: str) -> str:
    return sync_tables().get(code, code)


def sync_field(code: str) -> str:
    return sync_fields().get(code, code)


def conflict_reason(code: str) -> str:
    return conflict_reasons().get(code, code)


def template_text(text: str, text_en: str = "", english: bool | None = None) -> str:
    """Template content (a title, a section, an item, an option) in the interface's language, else the other."""
    from ui.widgets.answer_editors import interface_is_english

    english = interface_is_english() if english is None else english
    return (text_en or text) if english else (text or text_en)


@_per_language
def equipment_statuses() -> dict[str, str]:
    """An equipment item's lifecycle (opsdesk.models.equipment.EQUIPMENT_STATUSES), in order."""
    return {
        "ordered": QCoreApplication.translate("Labels", "Ordered"),
        "delivered": QCoreApplication.translate("Labels", "Delivered"),
        "installed": QCoreApplication.translate("Labels", "Installed"),
        "accepted": QCoreApplication.translate("Labels", "Accepted"),
        "conditional": QCoreApplication.translate("Labels", "Conditionally accepted"),
        "rejected": QCoreApplication.translate("Labels", "Rejected"),
        "in_service": QCoreApplication.translate("Labels", "In service"),
        "under_repair": QCoreApplication.translate("Labels", "Under repair"),
        "retired": QCoreApplication.translate("Labels", "Retired"),
    }


def equipment_status(code: str) -> str:
    return equipment_statuses().get(code, code)


# ---------------------------------------------------------------- equipment faults


@_per_language
def fault_statuses() -> dict[str, str]:
    return {
        "reported": QCoreApplication.translate("FaultLabels", "Reported"),
        "located": QCoreApplication.translate("FaultLabels", "Located"),
        "repaired": QCoreApplication.translate("FaultLabels", "Repaired"),
        "analysed": QCoreApplication.translate("FaultLabels", "Analysed"),
        "closed": QCoreApplication.translate("FaultLabels", "Closed"),
    }


@_per_language
def severities() -> dict[str, str]:
    return {
        "low": QCoreApplication.translate("FaultLabels", "Low"),
        "normal": QCoreApplication.translate("FaultLabels", "Normal"),
        "high": QCoreApplication.translate("FaultLabels", "High"),
        "critical": QCoreApplication.translate("FaultLabels", "Critical"),
    }


def fault_status(code: str) -> str:
    return fault_statuses().get(code, code)


def severity(code: str) -> str:
    return severities().get(code, code)


# ---------------------------------------------------------------- new-store openings 


@_per_language
def milestone_roles() -> dict[str, str]:
    """Who owns an opening milestone (opsdesk.models.openings.MILESTONE_ROLES)."""
    return {
        "ops_manager": QCoreApplication.translate("Labels", "Operations manager"),
        "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
        "store_manager": QCoreApplication.translate("Labels", "Store manager"),
        "franchisee": QCoreApplication.translate("Labels", "Franchisee"),
        "head_office": QCoreApplication.translate("Labels", "Head office"),
        "contractor": QCoreApplication.translate("Labels", "Contractor"),
    }


@_per_language
def project_statuses() -> dict[str, str]:
    """An opening project's status (PROJECT_STATUSES)."""
    return {
        "active": QCoreApplication.translate("Labels", "In preparation"),
        "opened": QCoreApplication.translate("Labels", "Opened"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }


@_per_language
def health_statuses() -> dict[str, str]:
    """An active project's health (openings.HEALTH_STATUSES)."""
    return {
        "on_track": QCoreApplication.translate("Labels", "On track"),
        "at_risk": QCoreApplication.translate("Labels", "At risk"),
        "late": QCoreApplication.translate("Labels", "Late"),
    }


@_per_language
def opening_events() -> dict[str, str]:
    """What happened to a project (OPENING_EVENTS)."""
    return {
        "created": QCoreApplication.translate("Labels", "Project started"),
        "date_moved": QCoreApplication.translate("Labels", "Opening date moved"),
        "milestone_done": QCoreApplication.translate("Labels", "Milestone done"),
        "milestone_reopened": QCoreApplication.translate("Labels", "Milestone reopened"),
        "gate_passed": QCoreApplication.translate("Labels", "Gate passed"),
        "override": QCoreApplication.translate("Labels", "Opened by override"),
        "opened": QCoreApplication.translate("Labels", "Store opened"),
        "cancelled": QCoreApplication.translate("Labels", "Project cancelled"),
        "training_signed": QCoreApplication.translate("Labels", "Training signed off"),
    }


def milestone_role(code: str) -> str:
    return milestone_roles().get(code, code)


def project_status(code: str) -> str:
    return project_statuses().get(code, code)


def health_status(code: str) -> str:
    return health_statuses().get(code, code)


def opening_event(code: str) -> str:
    return opening_events().get(code, code)


# ---------------------------------------------------------------- promotion plans


@_per_language
def promotion_statuses() -> dict[str, str]:
    """A plan's derived status (opsdesk.services.promotions.STATUSES), in the page's order."""
    return {
        "draft": QCoreApplication.translate("PromotionLabels", "Draft"),
        "submitted": QCoreApplication.translate("PromotionLabels", "Awaiting review"),
        "reviewed": QCoreApplication.translate("PromotionLabels", "Awaiting approval"),
        "returned": QCoreApplication.translate("PromotionLabels", "Returned"),
        "changed": QCoreApplication.translate("PromotionLabels", "Changed"),
        "clash": QCoreApplication.translate("PromotionLabels", "Clash"),
        "approved": QCoreApplication.translate("PromotionLabels", "Approved"),
        "running": QCoreApplication.translate("PromotionLabels", "Running"),
        "ended": QCoreApplication.translate("PromotionLabels", "Ended"),
        "closed": QCoreApplication.translate("PromotionLabels", "Reviewed and closed"),
        "cancelled": QCoreApplication.translate("PromotionLabels", "Cancelled"),
    }


@_per_language
def decision_kinds() -> dict[str, str]:
    """A decision on a plan (opsdesk.models.promotions.EVENT_KINDS)."""
    return {
        "submit": QCoreApplication.translate("PromotionLabels", "Submitted"),
        "approve": QCoreApplication.translate("PromotionLabels", "Passed"),
        "reject": QCoreApplication.translate("PromotionLabels", "Rejected"),
        "cancel": QCoreApplication.translate("PromotionLabels", "Cancelled"),
        "acknowledge": QCoreApplication.translate("PromotionLabels", "Acknowledged"),
        "close": QCoreApplication.translate("PromotionLabels", "Review written"),
    }


@_per_language
def decision_levels() -> dict[str, str]:
    """The step of the chain a decision is at: 建议 / 审核 / 审批."""
    return {
        "proposal": QCoreApplication.translate("PromotionLabels", "Proposal"),
        "review": QCoreApplication.translate("PromotionLabels", "Review"),
        "approval": QCoreApplication.translate("PromotionLabels", "Approval"),
    }


@_per_language
def material_kinds() -> dict[str, str]:
    """opsdesk.models.promotions.MATERIAL_KINDS."""
    return {
        "pop": QCoreApplication.translate("PromotionLabels", "POP"),
        "banner": QCoreApplication.translate("PromotionLabels", "Banner"),
        "gift": QCoreApplication.translate("PromotionLabels", "Gift"),
        "display": QCoreApplication.translate("PromotionLabels", "Display prop"),
        "other": QCoreApplication.translate("PromotionLabels", "Other"),
    }


@_per_language
def budget_categories() -> dict[str, str]:
    """opsdesk.models.promotions.BUDGET_CATEGORIES."""
    return {
        "materials": QCoreApplication.translate("PromotionLabels", "Materials"),
        "gifts": QCoreApplication.translate("PromotionLabels", "Gifts"),
        "staff": QCoreApplication.translate("PromotionLabels", "Staff"),
        "media": QCoreApplication.translate("PromotionLabels", "Media"),
        "other": QCoreApplication.translate("PromotionLabels", "Other"),
    }


@_per_language
def measures() -> dict[str, str]:
    """What a target is set in (opsdesk.services.promotions.MEASURES); ``custom`` is named by the plan."""
    return {
        "sales": QCoreApplication.translate("PromotionLabels", "Sales"),
        "transactions": QCoreApplication.translate("PromotionLabels", "Transactions"),
        "new_members": QCoreApplication.translate("PromotionLabels", "New members"),
        "custom": QCoreApplication.translate("PromotionLabels", "Custom measure"),
    }


def promotion_status(code: str) -> str:
    return promotion_statuses().get(code, code)


def decision_kind(code: str) -> str:
    return decision_kinds().get(code, code)


def decision_level(code: str) -> str:
    return decision_levels().get(code, code)


def material_kind(code: str) -> str:
    return material_kinds().get(code, code)


def budget_category(code: str) -> str:
    return budget_categories().get(code, code)


def measure(code: str) -> str:
    return measures().get(code, code)


# ---------------------------------------------------------------- dashboard KPIs


@_per_language
def kpi_titles() -> dict[str, str]:
    """The dashboard's KPI tiles (opsdesk.services.kpis.KPI_KEYS), in the page's order."""
    return {
        "score": QCoreApplication.translate("KpiLabels", "Average score"),
        "critical": QCoreApplication.translate("KpiLabels", "Critical failures"),
        "rectification": QCoreApplication.translate("KpiLabels", "Rectification rate"),
        "overdue": QCoreApplication.translate("KpiLabels", "Overdue actions"),
        "repeats": QCoreApplication.translate("KpiLabels", "Repeat findings"),
        "coverage": QCoreApplication.translate("KpiLabels", "Visit coverage"),
        "daily": QCoreApplication.translate("KpiLabels", "Daily checklist completion"),
        "acceptance": QCoreApplication.translate("KpiLabels", "Equipment acceptance pass rate"),
        "faults": QCoreApplication.translate("KpiLabels", "Open equipment faults"),
        "openings": QCoreApplication.translate("KpiLabels", "New-store openings"),
        "promotions": QCoreApplication.translate("KpiLabels", "Promotion sales vs target"),
    }


def kpi_title(key: str) -> str:
    return kpi_titles().get(key, key)


@_per_language
def periods() -> dict[str, str]:
    """The dashboard's periods (opsdesk.services.kpis.PERIODS)."""
    return {
        "week": QCoreApplication.translate("KpiLabels", "This week"),
        "month": QCoreApplication.translate("KpiLabels", "This month"),
        "quarter": QCoreApplication.translate("KpiLabels", "This quarter"),
        "year": QCoreApplication.translate("KpiLabels", "This year"),
        "custom": QCoreApplication.translate("KpiLabels", "Custom period"),
    }
