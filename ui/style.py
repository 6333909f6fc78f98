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
