"""SQLAlchemy models, one module per area. Importing this package registers all of them."""

from opsdesk.models.actions import ActionEvent, ActionRecheck, CorrectiveAction
from opsdesk.models.attachments import Attachment, AttachmentLink
from opsdesk.models.audit import AuditEntry
from opsdesk.models.base import Base, Synced, is_synced
from opsdesk.models.decisions import DecisionSignature
from opsdesk.models.equipment import Equipment, EquipmentCategory, EquipmentEvent, EquipmentFault
from opsdesk.models.openings import OpeningEvent, OpeningMilestone, OpeningPlan, OpeningProject
from opsdesk.models.org import Assignment, Region, Store, User
from opsdesk.models.promotions import (
    Promotion,
    PromotionBudget,
    PromotionEvent,
    PromotionMaterial,
    PromotionStore,
    PromotionTier,
    PromotionType,
)
from opsdesk.models.runs import Answer, ChecklistRun
from opsdesk.models.signatures import Signature
from opsdesk.models.templates import Template, TemplateItem, TemplateSection, TemplateVersion
from opsdesk.models.visits import Visit
from opsdesk.models.sync import ChangeLog, ExportLedger, ImportLedger, Meta, Node, PeerAck, SyncConflict

__all__ = [
    "ActionEvent",
    "ActionRecheck",
    "CorrectiveAction",
    "DecisionSignature",
    "Answer",
    "ChecklistRun",
    "Template",
    "TemplateItem",
    "TemplateSection",
    "TemplateVersion",
    "Assignment",
    "Attachment",
    "AttachmentLink",
    "AuditEntry",
    "Base",
    "ChangeLog",
    "Equipment",
    "EquipmentCategory",
    "EquipmentEvent",
    "EquipmentFault",
    "ExportLedger",
    "ImportLedger",
    "PeerAck",
    "SyncConflict",
    "Meta",
    "OpeningEvent",
    "OpeningMilestone",
    "OpeningPlan",
    "OpeningProject",
    "Node",
    "Promotion",
    "PromotionBudget",
    "PromotionEvent",
    "PromotionMaterial",
    "PromotionStore",
    "PromotionTier",
    "PromotionType",
    "Region",
    "Signature",
    "Store",
    "Synced",
    "User",
    "Visit",
    "is_synced",
]
