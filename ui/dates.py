"""Date conversions and day names, once for the whole UI.

``to_qdate``/``from_qdate`` convert between ``datetime.date`` and ``QDate``; ``weekday_name``
and ``weekday_names`` come from the interface language's QLocale (Monday first), so no page
keeps its own list of translated day names.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def to_qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else QDate()


def from_qdate(qdate: QDate) -> date | None:
    return date(qdate.year(), qdate.month(), qdate.day()) if qdate.isValid() else None


def ui_locale() -> QLocale:
    """The interface language's locale (follows the installed translator, like item texts do)."""
    english = QCoreApplication.translate("Dates", "Monday") == "Monday"
    return QLocale(QLocale.Language.English if english else QLocale.Language.Chinese,
                   QLocale.Country.UnitedStates if english else QLocale.Country.China)


def weekday_names(short: bool = False) -> list[str]:
    """Monday … Sunday in the interface language."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    locale = ui_locale()
    return [locale.dayName(n, fmt) for n in range(1, 8)]


def weekday_name(day: date, short: bool = False) -> str:
    return weekday_names(short)[day.weekday()]


def date_edit(name: str, day: date | None = None):  # noqa: ANN201 - a QDateEdit
    """A ``yyyy-MM-dd`` date edit with a calendar popup, named ``name``, showing ``day`` (today if None)."""
    from PySide6.QtWidgets import QDateEdit

    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(day) if day is not None else QDate.currentDate())
    return edit
