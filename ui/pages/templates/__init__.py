"""Checklist templates: the page (``page``), its dialogs, forms, library, header and structure
tree, and the Qt-free editor state (``controller``).

Re-exports every name the rest of the code and the tests import from ``ui.pages.templates``.
"""

from __future__ import annotations

from ui.labels import (
    answer_type,
    answer_types,
    critical_mark,
    priorities,
    priority,
    template_kind,
    template_kinds,
    version_status,
    version_statuses,
)
from ui.pages.templates.controller import CHOICE_TYPES, SCORED_TYPES
from ui.pages.templates.dialogs import NewTemplateDialog, PreviewDialog
from ui.pages.templates.forms import (
    FormPanel,
    ItemForm,
    SectionForm,
    TemplateFieldErrors,
    template_problem_text,
)
from ui.pages.templates.header import VersionHeader
from ui.pages.templates.library import BUILTIN_ROLE, ROLE, TemplateLibrary
from ui.pages.templates.page import TemplatesPage
from ui.pages.templates.structure import StructurePanel, TemplateTree
from ui.style import MUTED

__all__ = ["BUILTIN_ROLE", "CHOICE_TYPES", "MUTED", "ROLE", "SCORED_TYPES", "FormPanel", "ItemForm",
           "NewTemplateDialog", "PreviewDialog", "SectionForm", "StructurePanel", "TemplateFieldErrors",
           "TemplateLibrary", "TemplateTree", "TemplatesPage", "VersionHeader", "answer_type", "answer_types",
           "critical_mark", "priorities", "priority", "template_kind", "template_kinds", "template_problem_text",
           "version_status", "version_statuses"]
