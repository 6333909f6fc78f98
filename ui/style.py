"""The application's looks and its palette.

Widgets do not carry inline colour style sheets: they get a *role* (a dynamic property) and this module
gives every role its look. ``set_role(label, "muted")`` instead of ``label.setStyleSheet("color: #6b7280")``;
a state that changes (a field in error, a failed item) is a property too: ``set_state(widget, "invalid",
True)`` restyles the widget so its look applies at once.

Roles: ``title`` (page titles), ``heading`` (section headings), ``subheading``, ``strong``,
``muted``, ``hint`` (small muted text), ``error``, ``ok`` (success), ``warning``, ``placeholder``
(the big centred "nothing here" text), ``badge`` (a rounded count; set its colour with
``badge_style``), ``alert``. States: ``invalid`` (a field with a validation problem), ``failed``,
``current``, ``missing``.

No application-wide style sheet: under one, Qt styles *every* widget through its style-sheet style
(each widget polished against the sheet when built, each frame drawn through it), which made building a
list page two to four times as costly — whatever the sheet's rules. So a label's role is a font and a
palette (``ROLE_LOOKS``); the few widgets that need a border, a background or a sub-control get a small
sheet of their own (``styled``: the rules of ``APP_STYLESHEET`` for their object name or property);
areas built of many such widgets (the checklist runner, the daily checklists, the templates) carry the
whole ``APP_STYLESHEET`` on their top widget (``style_tree``), which styles that part only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# The palette: one red, one green, one muted grey, one accent.
RED = "#d93025"
RED_BG = "#fff5f5"
GREEN = "#188038"
AMBER = "#b45309"
BLUE = "#1a73e8"
MUTED = "#6b7280"
BORDER = "#d1d5db"
LIGHT = "#f3f4f6"
ICON = "#374151"  # the icons on buttons (qtawesome colour)

APP_STYLESHEET = f"""
QLabel[role="title"] {{ font-size: 18px; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: 15px; font-weight: 600; }}
QLabel[role="subheading"], QLabel[role="strong"] {{ font-weight: 600; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="hint"] {{ color: {MUTED}; font-size: 12px; }}
QLabel[role="error"] {{ color: {RED}; }}
QLabel[role="ok"] {{ color: {GREEN}; }}
QLabel[role="warning"] {{ color: {AMBER}; }}
QLabel[role="placeholder"] {{ color: {MUTED}; font-size: 15px; padding: 40px; }}
QLabel[role="badge"] {{ border-radius: 9px; padding: 2px 10px; color: white; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"], QTextEdit[invalid="true"],
QSpinBox[invalid="true"], QDoubleSpinBox[invalid="true"], QDateEdit[invalid="true"], QDateTimeEdit[invalid="true"] {{
    border: 1px solid {RED}; border-radius: 3px; }}
QLineEdit[failed="true"] {{ color: {RED}; }}
QPushButton[tone] {{ padding: 4px 12px; }}
QPushButton[tone="good"]:checked {{ background: {GREEN}; color: white; border: 1px solid {GREEN}; border-radius: 3px; }}
QPushButton[tone="bad"]:checked {{ background: {RED}; color: white; border: 1px solid {RED}; border-radius: 3px; }}
QPushButton[tone="neutral"]:checked {{ background: {BLUE}; color: white; border: 1px solid {BLUE}; border-radius: 3px; }}
QPushButton[tone="na"]:checked {{ background: {MUTED}; color: white; border: 1px solid {MUTED}; border-radius: 3px; }}
QLineEdit:read-only[answer="true"] {{ background: {LIGHT}; border: 1px solid #e5e7eb; border-radius: 3px; }}
"""


# Corrective actions (ui/pages/actions): one colour a status; the register's count chips
# (``chip`` property = status) are outlined in it and filled when checked.
ACTION_COLOURS = {"open": AMBER, "in_progress": BLUE, "submitted": "#7c3aed", "verified": GREEN,
                  "reopened": "#c2410c", "cancelled": MUTED, "overdue": RED}
APP_STYLESHEET += "QToolButton[chip] { border: 1px solid; border-radius: 10px; padding: 1px 8px; }\n" + "".join(
    f'QToolButton[chip="{key}"] {{ color: {colour}; }}\n'
    f'QToolButton[chip="{key}"]:checked {{ background: {colour}; color: white; }}\n'
    for key, colour in ACTION_COLOURS.items())
# Promotion plans (ui/pages/promotions): a colour per derived status; the page's count chips (``promo``
# property = status, or "all") are outlined in it and filled when checked; an alert banner (clash, changed).
PROMOTION_COLOURS = {"draft": MUTED, "submitted": BLUE, "reviewed": "#7c3aed", "returned": AMBER, "changed": AMBER,
                     "clash": RED, "approved": GREEN, "running": GREEN, "ended": "#0f766e", "closed": MUTED,
                     "cancelled": MUTED}
APP_STYLESHEET += "".join(
    f'QToolButton[promo="{key}"] {{ border: 1px solid {colour}; border-radius: 10px; padding: 1px 8px; color: {colour}; }}\n'
    f'QToolButton[promo="{key}"]:checked {{ background: {colour}; color: white; }}\n'
    for key, colour in {**PROMOTION_COLOURS, "all": ICON}.items())
APP_STYLESHEET += (f'QLabel[role="alert"] {{ background: {RED}; color: white; padding: 6px 10px; border-radius: 4px; '
                   "font-weight: 600; }\n")
APP_STYLESHEET += f"""QLabel#actionTags {{ font-weight: 600; }}
QLabel#visitDay[current="true"] {{ font-weight: 600; color: {BLUE}; }}
"""


# The shell, the list pages, the runner's item cards and the dialogs of ui/pages (stores, users,
# inspections, sync, conflicts, settings, reports) and ui/widgets.
APP_STYLESHEET += f"""QListWidget#sidebar {{ background: #1f2937; color: #e5e7eb; border: none; padding-top: 6px; }}
QListWidget#sidebar::item {{ padding: 7px 10px; }}
QListWidget#sidebar::item:selected {{ background: #2563eb; color: white; }}
QLabel#opening {{ qproperty-alignment: AlignCenter; }}
QLabel#closureRate {{ font-size: 14px; }}
QLabel#conflictNote {{ font-weight: 600; }}
QLabel#score, QLabel#verdict, QLabel#statement {{ font-size: 15px; font-weight: 600; }}
QLabel#criticalBanner {{ background: {RED}; color: white; padding: 6px 10px; border-radius: 4px; font-weight: 600; }}
QFrame#itemCard {{ border: 1px solid {BORDER}; border-radius: 6px; background: white; }}
QFrame#itemCard[failed="true"] {{ border: 2px solid {RED}; background: {RED_BG}; }}
QFrame#itemCard[current="true"] {{ border: 2px solid {BLUE}; background: #f8fbff; }}
QFrame#itemCard QLabel {{ border: none; background: transparent; }}
"""

# Checklist templates (ui/pages/templates) and daily checklists (ui/pages/daily).
APP_STYLESHEET += f"""QLabel#readOnlyHint {{ background: #fff7e0; color: #7a5a00; border: 1px solid #f0d68a;
    border-radius: 3px; padding: 4px 8px; }}
QGroupBox#previewSection {{ font-weight: 600; }}
QGroupBox#previewSection QLabel, QFrame#previewItem {{ font-weight: normal; }}
QFrame#checklistPanel {{ background: palette(base); border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame#checklistPanel QLabel#panelTitle {{ font-size: 16px; font-weight: 600; }}
QFrame#checklistPanel QLabel#state, QFrame#checklistPanel QLabel#completedAt, QLabel#compliance {{ font-weight: 600; }}
QFrame#checklistPanel QLabel#emptyNote {{ padding: 24px; }}
QFrame#checklistPanel QLabel#sectionTitle {{ font-weight: 600; color: {ICON}; background: {LIGHT}; padding: 4px 6px; }}
QFrame#checklistPanel QFrame#itemLine {{ color: #e5e7eb; }}
QWidget#itemRow[missing="true"] {{ background: {RED_BG}; }}
QWidget#itemRow QLabel#itemError {{ font-size: 12px; }}
QFrame#checklistPanel QPushButton#passButton, QFrame#checklistPanel QPushButton#failButton {{
    padding: 3px 10px; min-width: 46px; }}
QFrame#checklistPanel QPushButton#passButton:checked {{ background: #dcfce7; color: #166534; border: 1px solid #16a34a;
    border-radius: 3px; font-weight: 600; }}
QFrame#checklistPanel QPushButton#failButton:checked {{ background: #fee2e2; color: #991b1b; border: 1px solid {RED};
    border-radius: 3px; font-weight: 600; }}
QFrame#checklistPanel QPushButton#complete {{ background: #2563eb; color: white; border: none; border-radius: 4px;
    padding: 6px 18px; font-weight: 600; }}
QFrame#checklistPanel QPushButton#complete:hover {{ background: #1d4ed8; }}
"""


@dataclass(frozen=True)
class Look:
    """A label's look without a style sheet: the same font size (px), weight, colour and padding as the
    stylesheet rule of its role had."""

    px: int | None = None
    weight: int | None = None
    colour: str | None = None
    padding: int | None = None

    def over(self, other: Look) -> Look:
        """This look with ``other``'s settings on top (a named widget's rule wins over its role's)."""
        return Look(other.px or self.px, other.weight or self.weight, other.colour or self.colour,
                    other.padding if other.padding is not None else self.padding)


ROLE_LOOKS = {
    "title": Look(px=18, weight=600), "heading": Look(px=15, weight=600), "subheading": Look(weight=600),
    "strong": Look(weight=600), "muted": Look(colour=MUTED), "hint": Look(px=12, colour=MUTED),
    "error": Look(colour=RED), "ok": Look(colour=GREEN), "warning": Look(colour=AMBER),
    "placeholder": Look(px=15, colour=MUTED, padding=40),
}
# Labels known by their object name (the QLabel#name rules of APP_STYLESHEET), and by name and state.
NAMED_LOOKS = {
    "actionTags": Look(weight=600), "closureRate": Look(px=14), "conflictNote": Look(weight=600),
    "score": Look(px=15, weight=600), "verdict": Look(px=15, weight=600), "statement": Look(px=15, weight=600),
    "compliance": Look(weight=600),
}
STATE_LOOKS = {("visitDay", "current"): Look(weight=600, colour=BLUE)}
_NOTHING = Look()


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, str], ...]:
    """APP_STYLESHEET as (selector, rule text) pairs."""
    return tuple((m.group(1).strip(), m.group(0).strip())
                 for m in re.finditer(r"([^{}]+)\{([^{}]*)\}", APP_STYLESHEET))


@cache
def sheet_for(*marks: str) -> str:
    """The rules of APP_STYLESHEET whose selector names one of ``marks`` (``#itemCard``, ``[chip``...):
    the small sheet a widget carries itself."""
    return "\n".join(rule for selector, rule in _rules() if any(mark in selector for mark in marks))


# What a widget's object name or property brings: its own sheet of those rules (see ``styled``).
NAMED_SHEETS = {"sidebar": ("#sidebar",), "opening": ("#opening",), "criticalBanner": ("#criticalBanner",),
                "readOnlyHint": ("#readOnlyHint",), "itemCard": ("#itemCard",),
                "previewSection": ("#previewSection", "#previewItem"),
                "checklistPanel": ("#checklistPanel", "#itemRow", "#compliance")}
PROPERTY_SHEETS = {"chip": ("[chip",), "promo": ("[promo",), "tone": ("[tone",),
                   "answer": ("[answer=", "[invalid=", "[failed=")}
_FIELDS = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_BADGE = "border-radius: 9px; padding: 2px 10px;"
_ALERT = f"background: {RED}; color: white; padding: 6px 10px; border-radius: 4px; font-weight: 600;"


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def _look_of(widget: QWidget) -> Look:
    look = ROLE_LOOKS.get(str(widget.property("role") or ""), _NOTHING)
    name = widget.objectName()
    if name in NAMED_LOOKS:
        look = look.over(NAMED_LOOKS[name])
    for (named, state), extra in STATE_LOOKS.items():
        if name == named and widget.property(state) == "true":
            look = look.over(extra)
    return look


def _apply_look(label: QLabel) -> None:
    """Font, palette and margins of the label's role, name and states (each reset when it has none)."""
    look = _look_of(label)
    font = QFont()  # only what the look sets: the rest comes from the parent, as before
    if look.px:
        font.setPixelSize(look.px)
    if look.weight:
        font.setWeight(QFont.Weight(look.weight))
    label.setFont(font)
    palette = QPalette()
    if look.colour:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(look.colour))
        palette.setColor(QPalette.ColorRole.Text, QColor(look.colour))
    label.setPalette(palette)
    if look.padding is not None or label.property("lookPadded"):
        pad = look.padding or 0
        label.setContentsMargins(pad, pad, pad, pad)
        label.setProperty("lookPadded", bool(look.padding))


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give ``widget`` a role (its look: ``ROLE_LOOKS``, a badge or an alert); returns the widget (for chaining).
    Roles style labels only."""
    widget.setProperty("role", role)
    if not isinstance(widget, QLabel):
        return widget
    if role == "badge":
        widget.setStyleSheet(_BADGE + " color: white;")
    elif role == "alert":
        widget.setStyleSheet(_ALERT)
    elif widget.styleSheet():
        widget.setStyleSheet("")
    _apply_look(widget)
    return widget


def styled(widget: QWidget) -> QWidget:
    """Give ``widget`` the look its object name or property (``chip``, ``promo``, ``tone``, ``answer``) has in
    APP_STYLESHEET: a named label its font and colour, other widgets a small sheet of their own rules.
    Call it after setting the name or property; returns the widget."""
    name = widget.objectName()
    marks = list(NAMED_SHEETS.get(name, ()))
    for prop, more in PROPERTY_SHEETS.items():
        if widget.property(prop) is not None:
            marks += more
    if marks:
        widget.setStyleSheet(sheet_for(*marks))
    if isinstance(widget, QLabel):
        _apply_look(widget)
    return widget


def style_tree(widget: QWidget) -> QWidget:
    """The whole APP_STYLESHEET on ``widget``: it and everything in it styled as by an application-wide sheet
    (the runner, the daily checklists, the templates: parts made of many named widgets)."""
    widget.setStyleSheet(APP_STYLESHEET)
    return widget


def set_state(widget: QWidget, state: str, on: bool) -> None:
    """Turn a state property (``invalid``, ``failed``, ``current``, ``missing``) on or off."""
    if bool(widget.property(state) == "true") == on:
        return
    widget.setProperty(state, "true" if on else "false")
    if isinstance(widget, QLabel) and not widget.styleSheet():
        _apply_look(widget)
        return
    if isinstance(widget, _FIELDS) and not widget.styleSheet():
        widget.setStyleSheet(sheet_for(*PROPERTY_SHEETS["answer"]))  # its state rules, styling it alone
    _repolish(widget)


def badge_style(background: str, foreground: str = "white") -> str:
    """The sheet of one badge: its shape and colour."""
    return f"{_BADGE} background: {background}; color: {foreground};"


def install(app) -> None:  # noqa: ANN001 - a QApplication
    """Nothing application-wide any more (see the module's docstring): kept for the callers; a sheet another
    part installed stays as it was."""
    del app
