"""The filter row of the list pages: a search field, combos, check boxes and a date range.

Build it with the ``add_*`` methods (each returns the widget it added, so a page keeps a handle
on it) and connect ``changed``; ``values()`` gives every filter's current value by name::

    bar = FilterBar(self)
    self.search = bar.add_search(self.tr("Search code or name (Ctrl+F)"))
    self.kind = bar.add_combo("kind", self.tr("All kinds"), labels.store_kinds().items())
    self.show_closed = bar.add_check("showClosed", self.tr("Show closed"))
    self.dates = bar.add_date_range("dates", self.tr("From"), days_back=90)
    bar.changed.connect(self.reload)
    bar.values()  # {"search": "...", "kind": None, "showClosed": False, "dates": None}

``changed`` is emitted 250 ms after the last keystroke in the search field (typing does not
query on every key) and at once when a combo, a check box or a date changes. Ctrl+F (the
platform's Find key) focuses the search field while the bar is shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui import icons
from ui.dates import date_edit, from_qdate
from ui.style import MUTED


class DateRange:
    """A "From" check box and two date edits; its value is ``(first, last)`` or None when unticked."""

    def __init__(self, check: QCheckBox, first: QDateEdit, last: QDateEdit) -> None:
        self.check, self.first, self.last = check, first, last

    def value(self) -> tuple[date, date] | None:
        if not self.check.isChecked():
            return None
        return from_qdate(self.first.date()), from_qdate(self.last.date())


class FilterBar(QWidget):
    """Rows of filters (one unless ``new_row()``); ``changed`` when any of them changes, ``values()`` by name."""

    changed = Signal()
    DEBOUNCE_MS = 250

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.first_row = self.row = QHBoxLayout()  # ``row``: where the next filter goes
        self.rows.addLayout(self.row)
        self._values: dict[str, object] = {}  # name -> a callable giving the value
        self.search: QLineEdit | None = None
        self._debounce = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)

    # -- building
    def add_search(self, placeholder: str = "", name: str = "search") -> QLineEdit:
        """The search field (one per bar): debounced, with a clear button and Ctrl+F."""
        edit = QLineEdit(objectName=name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        magnifier = edit.addAction(QIcon(), QLineEdit.ActionPosition.LeadingPosition)
        icons.set_icon(magnifier, "fa5s.search", color=MUTED)  # held while the window opens its first page
        edit.setMinimumWidth(150)
        edit.setMaximumWidth(380)
        edit.textChanged.connect(lambda _t: self._debounce.start())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self.search = edit
        self._values[name] = edit.text
        self.first_row.insertWidget(0, edit, 3)  # grows up to its maximum before the other filters
        return edit

    def add_combo(self, name: str, all_text: str | None = None,
                  items: Mapping[str, str] | Iterable[tuple[str, object]] = (), min_chars: int = 4) -> QComboBox:
        """A combo whose value is the chosen item's data; ``all_text`` is a first "all" item (data None).

        ``items`` is a label mapping of ``ui.labels`` (code -> text) or ``(text, data)`` pairs; fill the
        combo later (e.g. with ``ui.widgets.pickers``) when the items come from the services."""
        combo = QComboBox(objectName=name)
        if all_text is not None:
            combo.addItem(all_text, None)
        pairs = [(text, code) for code, text in items.items()] if isinstance(items, Mapping) else items
        for text, data in pairs:
            combo.addItem(text, data)
        # As wide as its longest item in either language ("All statuses" is never clipped); items filled in
        # later widen it too. ``min_chars`` keeps an empty combo from collapsing.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(min_chars)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._values[name] = combo.currentData
        self.row.addWidget(combo)
        return combo

    def add_check(self, name: str, text: str) -> QCheckBox:
        check = QCheckBox(text, objectName=name)
        check.toggled.connect(lambda _b: self.changed.emit())
        self._values[name] = check.isChecked
        self.row.addWidget(check)
        return check

    def add_date_range(self, name: str, label: str, days_back: int = 90) -> DateRange:
        """``label`` ticks the range on (off at first); it starts ``days_back`` days ago and ends today."""
        check = QCheckBox(label, objectName=name)
        edits = []
        for suffix, offset in (("From", -days_back), ("To", 0)):
            edit = date_edit(name + suffix, date.today() + timedelta(days=offset))
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
            edits.append(edit)
        check.toggled.connect(lambda on: self._range_toggled(edits, on))
        self.row.addWidget(check)
        self.row.addWidget(edits[0])
        self.row.addWidget(QLabel("–"))
        self.row.addWidget(edits[1])
        dates = DateRange(check, *edits)
        self._values[name] = dates.value
        return dates

    def add_stretch(self) -> None:
        """Keep the filters left (call once, after the last filter)."""
        self.row.addStretch(1)

    def new_row(self) -> None:
        """The next filters go on a row of their own (a page with many filters: they fit in either
        language); the row so far keeps its filters left."""
        self.row.addStretch(1)
        self.row = QHBoxLayout()
        self.rows.addLayout(self.row)

    # -- reading
    def values(self) -> dict[str, object]:
        """Every filter's value by name: text, combo data, bool, ``(first, last)`` or None."""
        return {name: value() for name, value in self._values.items()}

    def focus_search(self) -> None:
        if self.search is not None:
            self.search.setFocus()
            self.search.selectAll()

    def _range_toggled(self, edits: list[QDateEdit], on: bool) -> None:
        for edit in edits:
            edit.setEnabled(on)
        self.changed.emit()
