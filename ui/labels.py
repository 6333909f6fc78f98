"""Translated labels for the codes the core uses (roles, store kinds, statuses), and times as people read them."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication


def local_time(value: datetime | None) -> str:
    """Stored times are naive UTC; people read local time, to the minute."""
    if value is None:
        return ""
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")



def roles() -> dict[str, str]:
    return {
        "head_office": QCoreApplication.translate("Labels", "Head office"),
        "ops_manager": QCoreApplication.translate("Labels", "Operations manager"),
        "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
        "store_manager": QCoreApplication.translate("Labels", "Store manager"),
        "staff": QCoreApplication.translate("Labels", "Staff"),
    }


def store_kinds() -> dict[str, str]:
    return {
        "direct": QCoreApplication.translate("Labels", "Company-owned"),
        "franchise": QCoreApplication.translate("Labels", "Franchise"),
    }


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
    }


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


def action_statuses() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("Labels", "To fix"),
        "in_progress": QCoreApplication.translate("Labels", "Fixing"),
        "submitted": QCoreApplication.translate("Labels", "Awaiting check"),
        "verified": QCoreApplication.translate("Labels", "Verified"),
        "reopened": QCoreApplication.translate("Labels", "Sent back"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }


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
