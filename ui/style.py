"""The application's one stylesheet and its palette.

Widgets do not carry inline style sheets: they get a *role* (a dynamic property) and the
application stylesheet (``APP_STYLESHEET``, installed once by ``ui.app``) styles every role.
``set_role(label, "muted")`` instead of ``label.setStyleSheet("color: #6b7280")``; a state that
changes (a field in error, a failed item) is a property too: ``set_state(widget, "invalid", True)``
re-polishes the widget so the rule applies at once.

Roles: ``title`` (page titles), ``heading`` (section headings), ``subheading``, ``strong``,
``muted``, ``hint`` (small muted text), ``error``, ``ok`` (success), ``warning``, ``placeholder``
(the big centred "nothing here" text), ``badge`` (a rounded count; set its colour with
``badge_style``). States: ``invalid`` (a field with a validation problem), ``failed``,
``current``, ``missing``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

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


def _repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give ``widget`` a role of the application stylesheet; returns the widget (for chaining)."""
    widget.setProperty("role", role)
    _repolish(widget)
    return widget


def set_state(widget: QWidget, state: str, on: bool) -> None:
    """Turn a state property (``invalid``, ``failed``, ``current``, ``missing``) on or off."""
    if bool(widget.property(state) == "true") == on:
        return
    widget.setProperty(state, "true" if on else "false")
    _repolish(widget)


def badge_style(background: str, foreground: str = "white") -> str:
    """The colour of one badge (its shape comes from the ``badge`` role)."""
    return f"background: {background}; color: {foreground};"


def install(app) -> None:  # noqa: ANN001 - a QApplication
    """Install the application stylesheet once (kept if another part already added rules)."""
    current = app.styleSheet() or ""
    if APP_STYLESHEET not in current:
        app.setStyleSheet(current + APP_STYLESHEET)
