"""Translation contexts for counted (``%n``) strings used outside a class of that name.

``Context.tr(source, "", n)`` looks the string up under ``Context`` (the class's name), exactly as
``QCoreApplication.translate("Context", source, "", n)`` does, but every pyside6-lupdate version reads it
as a plural (numerus) message — some read the ``translate`` form as a plain one, or drop it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Errors(QObject):
    """ui/errors.py"""


class TemplateFormat(QObject):
    """ui/errors.py: template file problems"""


class Operations(QObject):
    """ui/operations.py"""


class TemplatesPage(QObject):
    """ui/pages/templates/library.py (the page class lives in page.py)"""


class EquipmentAcceptance(QObject):
    """ui/pages/equipment/acceptance.py"""


class RegisterExport(QObject):
    """ui/widgets/register_export.py"""
