"""A table model over DTO lists that loads pages in the background and sorts in the database.

The page gives a ``source()`` read on the GUI thread: a :class:`RowSource` whose ``fetch``/``count``
hold a snapshot of the filters and touch no widget, so they run in background queries
(``ui.operations.QueryOp``). ``reload()`` starts two of them at once — the first page and the count;
the rows already shown stay until the new ones arrive (no flicker, no stall); a newer reload supersedes
an older one. ``fetchMore()`` loads the next page after the last row (keyset paging where the service
supports it) in the background too.

Memory stays flat however far the list is scrolled: the model holds a window of pages (``max_pages``,
the ones shown most recently) and drops the others; a dropped page scrolled back into view is fetched
again in the background, from the row it started after (its anchor), and painted when it arrives.

The cells live in Qt (a ``QStandardItemModel``): a page's texts, colours and icons are set once when it arrives,
and painting reads them without a call into Python. Painting a list through a model written in Python (half a
dozen calls per cell) let any background thread running Python take the interpreter lock at each of those calls,
up to a millisecond each: a list painted while a query built the next page took two to five times as long.
The view tells the model which rows it paints (``showing``), so the pages shown stay held and a dropped one is
fetched again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QStandardItem, QStandardItemModel
from shiboken6 import Shiboken

from ui.operations import QueryOp

Index = QModelIndex | QPersistentModelIndex
# offset, limit, sort key, descending, the last row loaded (None for the first page)
FetchPage = Callable[[int, int, str, bool, Any], list[Any]]

_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Look:
    """How one cell stands out: its text colour, bold, a background tint, an icon before the text."""

    colour: str = ""
    bold: bool = False
    background: str = ""
    icon: Any = None  # a QIcon


@dataclass(frozen=True)
class Column:
    """One column of a list. ``text``, ``tooltip`` and ``look`` (and the model's ``muted``) are called in the
    background query that fetched the row, as it is fetched: they read the row and translations only, never a
    widget or the database."""

    title: str
    text: Callable[[Any], str]
    sort_key: str | None = None
    align: Qt.AlignmentFlag = _LEFT
    tooltip: Callable[[Any], str] | None = None  # without one, the view shows a cell's text when hovered
    # The cell's look (None: as usual), made with the row's texts and set with them as the cell's font,
    # foreground, background and decoration: a page needs no delegate of its own (a delegate written in Python
    # costs calls into Python for every cell painted).
    look: Callable[[Any], Look | None] | None = None


# A row's cells: texts, muted, looks (one per column, or None when no cell stands out), the tooltips of the
# columns that have one
Cells = tuple[tuple[str, ...], bool, "tuple[Look | None, ...] | None", tuple[str, ...]]


@dataclass(frozen=True)
class RowSource:
    """What a list shows, fixed when the load starts: called off the GUI thread."""

    fetch: FetchPage
    count: Callable[[], int]


class LazyTableModel(QStandardItemModel):
    """Rows are fetched ``page_size`` at a time, in the background, when the view scrolls near the end.

    Only a window of pages stays in memory: once more than ``max_pages`` pages are held, the pages least
    recently shown are dropped (the rows of ``pin()`` — the selection — are kept). A dropped page shown
    again is fetched again in the background from where it started (keyset: after the last row of the
    page before it, kept as its anchor), its cells blank until it arrives."""

    loaded = Signal()  # a reload's first page arrived (the model was reset)
    appended = Signal()  # a further page arrived
    counted = Signal(int)  # the total under the current filters
    failed = Signal(object)  # a load failed (the exception)
    refetched = Signal(int)  # a dropped page (its number) was fetched again and is shown

    MAX_PAGES = 12  # pages held in memory (2400 rows of 200): the view's neighbourhood, the rest re-fetched

    def __init__(self, columns: Sequence[Column], source: Callable[[], RowSource], page_size: int = 200,
                 muted: Callable[[Any], bool] | None = None, parent=None,  # noqa: ANN001
                 max_pages: int | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self._columns = list(columns)
        self.setHorizontalHeaderLabels([c.title for c in self._columns])
        cell = QStandardItem()  # every cell is made from this: shown and selectable, nothing else
        cell.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
        self.setItemPrototype(cell)
        self._source_of = source
        self._source: RowSource | None = None
        self._page = page_size
        self.max_pages = max(2, max_pages or self.MAX_PAGES)
        self._muted = muted
        self._pages: dict[int, list[Any]] = {}  # page number -> its rows (None: a row gone when re-fetched)
        self._anchors: list[Any] = []  # page number -> the last row of the page before it (None for page 0)
        self._count = 0  # rows listed: every page loaded so far, held or dropped
        self._used: dict[int, int] = {}  # page number -> when it was last shown (for dropping the oldest)
        self._tick = 0
        self._pinned: dict[int, Any] = {}  # row -> its row object, kept while its page is dropped
        self._aligned = {n: int(c.align.value) for n, c in enumerate(self._columns) if c.align != _LEFT}
        self._tipped = [(n, c.tooltip) for n, c in enumerate(self._columns) if c.tooltip]
        self._muted_brush = QBrush(QColor("#8a8f98"))
        self._looked = [c.look for c in self._columns]
        self._any_look = any(self._looked)
        self._brushes: dict[str, QBrush] = {}
        self._bold: QFont | None = None
        self._icons: dict[int, tuple[Any, QIcon]] = {}  # id of a look's icon -> (it, its pixmap as an icon)
        self._looks: dict[tuple[str, bool, str, int], Look] = {}  # the looks seen, one object each
        self._look_roles: dict[tuple[str, bool, str, int], dict[int, Any]] = {}
        self._wanted: set[int] = set()  # dropped pages shown: to fetch again
        self._total: int | None = None
        self._exhausted = True
        self._generation = 0
        self._pending: set[str] = set()  # "rows", "count", "more", "page:N" while they run
        self._sort = next((c.sort_key for c in self._columns if c.sort_key), "")
        self._desc = False
        self.deferred = False  # while True, sort() only records the order (the page loads on refresh())
        # One timer for fetching again the dropped pages a paint asked for (not from inside the paint):
        # PySide6 6.12's static QTimer.singleShot drops a reference to None on every call.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._housekeep)
        # Rows whose cells are still to be set, a slice per turn of the event loop (the first slice at once):
        # (page number, the page's row list, their cells, the first of its rows still to set)
        self._unset: list[tuple[int, list[Any], list[Cells | None], int]] = []
        self._setter = QTimer(self)
        self._setter.setSingleShot(True)
        self._setter.setInterval(0)
        self._setter.timeout.connect(self._set_more)

    # -- state
    @property
    def total(self) -> int:
        """The count under the current filters (the rows loaded until the count arrived)."""
        return self._total if self._total is not None else self._count

    @property
    def loading(self) -> bool:
        """A reload (rows or count), a further page or a dropped page shown again is on its way."""
        return bool(self._pending)

    @property
    def reloading(self) -> bool:
        return "rows" in self._pending

    @property
    def fetching(self) -> bool:
        """A further page is on its way."""
        return "more" in self._pending

    @property
    def held_pages(self) -> list[int]:
        """The numbers of the pages held in memory (the others are fetched again when shown)."""
        return sorted(self._pages)

    # -- loading
    def _key(self, what: str) -> str:
        return f"lazy-table:{id(self)}:{what}"

    def _start(self, what: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        generation = self._generation
        self._pending.add(what)

        def arrived(value: Any) -> None:
            if generation != self._generation:
                return
            self._pending.discard(what)
            done(value)

        def broke(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._pending.discard(what)
            self.failed.emit(exc)

        def stopped() -> None:
            if generation == self._generation:
                self._pending.discard(what)

        owner = self.parent()
        QueryOp(lambda _job: fn(), owner=owner, key=self._key(what), name=f"{type(owner).__name__}: {what}") \
            .success(arrived).failure(broke).cancelled(stopped).run()

    def reload(self) -> None:
        """Load the first page and the count again (in the background)."""
        self._generation += 1
        self._pending.clear()
        self._wanted.clear()
        source = self._source = self._source_of()
        sort, desc, page = self._sort, self._desc, self._page
        self._start("rows", lambda: self._with_cells(source.fetch(0, page, sort, desc, None)), self._reset_to)
        self._start("count", source.count, self._counted)

    def _with_cells(self, rows: Sequence[Any]) -> tuple[list[Any], list[Cells | None]]:
        """The rows fetched and their cells, made in the background query that fetched them."""
        rows = list(rows)
        return rows, [self._cells_of(dto) for dto in rows]

    def _reset_to(self, fetched: tuple[list[Any], list[Cells | None]]) -> None:
        rows, cells = fetched
        self.beginResetModel()
        self._pages = {0: rows} if rows else {}
        self._anchors = [None, rows[-1]] if rows else [None]
        self._count = len(rows)
        self._used = dict.fromkeys(self._pages, self._tick)
        self._pinned = {}
        self._exhausted = len(rows) < self._page
        self._unset = []
        self.blockSignals(True)  # inside the reset: the view reads everything again at its end
        try:
            self.setRowCount(0)
            self.setRowCount(len(rows))
        finally:
            self.blockSignals(False)
        self.endResetModel()
        if rows:
            self._set_cells(0, cells)
        self.loaded.emit()
        if self._exhausted:  # every row is here: that is the count, whenever the count query answers
            self._total = len(rows)
            self.counted.emit(self._total)

    def _counted(self, total: int) -> None:
        rows_here = "rows" not in self._pending
        self._total = self._count if rows_here and self._exhausted else total
        self.counted.emit(self._total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and not self._exhausted and self._source is not None
                and "rows" not in self._pending and "more" not in self._pending)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore():
            return
        source, offset = self._source, self._count
        assert source is not None
        after = self._anchors[-1]  # the last row listed: keyset paging continues after it
        sort, desc, page = self._sort, self._desc, self._page
        self._start("more", lambda: self._with_cells(source.fetch(offset, page, sort, desc, after)), self._append)

    def _append(self, fetched: tuple[list[Any], list[Cells | None]]) -> None:
        more, cells = fetched
        if len(more) < self._page:
            self._exhausted = True
        if more:
            number = len(self._anchors) - 1  # pages before the last one are full: it starts at _count
            first = self._count
            self._pages[number] = more
            self._anchors.append(more[-1])
            self._count += len(more)
            self._use(number)
            self.setRowCount(self._count)  # the view hears of the rows now and paints them after this turn
            self._set_cells(number, cells)
            self._trim()
        if self._exhausted and self._total is None:
            self._total = self._count
        self.appended.emit()

    # -- the window of pages held
    def _use(self, number: int) -> None:
        self._tick += 1
        self._used[number] = self._tick

    def _schedule(self) -> None:
        if not self._later.isActive():
            self._later.start()

    def _housekeep(self) -> None:
        """Fetch the dropped pages that were shown again; drop the pages shown least recently."""
        for number in sorted(self._wanted):
            self._refetch(number)
        self._wanted.clear()
        self._trim()

    def _trim(self) -> None:
        excess = len(self._pages) - self.max_pages
        if excess <= 0:
            return
        for number in sorted(self._pages, key=lambda n: self._used.get(n, 0))[:excess]:
            self._drop(number)

    def _drop(self, number: int) -> None:
        del self._pages[number]  # its pinned rows stay in _pinned
        self._used.pop(number, None)
        first, size = number * self._page, self._rows_in(number)
        self.blockSignals(True)
        try:  # its cells go with it (blank if shown again, until it is back), but the selection's
            take, delete = self.takeItem, Shiboken.delete
            for row in range(first, first + size):
                if row in self._pinned:
                    continue
                for column in range(len(self._columns)):
                    cell = take(row, column)
                    if cell is not None:
                        delete(cell)  # taken, it is the caller's to delete (PySide does not)
        finally:
            self.blockSignals(False)
        if size:
            self.dataChanged.emit(self.index(first, 0), self.index(first + size - 1, len(self._columns) - 1))

    def _refetch(self, number: int) -> None:
        what = f"page:{number}"
        if number in self._pages or what in self._pending or number >= len(self._anchors) - 1:
            return
        source = self._source
        if source is None:
            return
        offset, after = number * self._page, self._anchors[number]
        size = self._rows_in(number)
        sort, desc = self._sort, self._desc
        self._start(what, lambda: self._with_cells(source.fetch(offset, size, sort, desc, after)),
                    lambda fetched: self._refetched(number, fetched))

    def _rows_in(self, number: int) -> int:
        return max(0, min(self._page, self._count - number * self._page))

    def _refetched(self, number: int, fetched: tuple[list[Any], list[Cells | None]]) -> None:
        size = self._rows_in(number)
        rows, cells = fetched[0][:size], fetched[1][:size]
        rows += [None] * (size - len(rows))  # rows gone since: blank until the next reload
        cells += [None] * (size - len(cells))
        self._pages[number] = rows
        self._use(number)
        self._set_cells(number, cells)
        self._trim()
        self.refetched.emit(number)

    def pin(self, rows: Sequence[int]) -> None:
        """Keep these rows (the selection) when their pages are dropped."""
        kept = {}
        for row in rows:
            dto = self.dto(row)
            if dto is not None:
                kept[row] = dto
        self._pinned = kept

    @property
    def sort_state(self) -> tuple[str, bool]:
        """The order the rows are in: (sort key, descending)."""
        return self._sort, self._desc

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and bool(self._columns[column].sort_key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sort_key:
            return
        self._sort = self._columns[column].sort_key or ""
        self._desc = order == Qt.SortOrder.DescendingOrder
        if not self.deferred:
            self.reload()

    # -- access
    def dto(self, row: int) -> Any:
        """The row object, or None when ``row`` is out of range or its page is not held just now."""
        if not 0 <= row < self._count:
            return None
        rows = self._pages.get(row // self._page)
        if rows is not None:
            return rows[row % self._page]
        return self._pinned.get(row)

    def showing(self, first: int, last: int) -> None:
        """The view paints rows ``first`` to ``last``: their pages count as shown now; a dropped one is fetched
        again (from the event loop, not from inside the paint)."""
        if self._count == 0:
            return
        for number in range(max(0, first) // self._page, min(last, self._count - 1) // self._page + 1):
            if number in self._pages:
                if self._used.get(number) != self._tick:
                    self._use(number)
            elif number not in self._wanted:
                self._wanted.add(number)
                self._schedule()

    def cell_texts(self, row: int) -> tuple[tuple[str, ...], tuple[Look | None, ...] | None] | None:
        """A held row's cell texts and looks (None for a cell as usual, or for the whole row), as set; None
        when the row's page is not held."""
        number = row // self._page
        for page, rows, cells, _done in self._unset:  # still being set: made already
            if page == number and self._pages.get(number) is rows:
                made = cells[row % self._page]
                return (made[0], made[2]) if made is not None else None
        made = self._cells_of(self.dto(row))
        return (made[0], made[2]) if made is not None else None

    def held(self) -> list[tuple[int, Any]]:
        """(row, row object) of every row held in memory, in order."""
        found = []
        for number in sorted(self._pages):
            first = number * self._page
            found.extend((first + i, dto) for i, dto in enumerate(self._pages[number]) if dto is not None)
        return found

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        """The first row held in memory matching ``predicate``, or -1."""
        return next((row for row, dto in self.held() if predicate(dto)), -1)

    # -- the cells
    def tooltip(self, row: int, column: int) -> str:
        """What hovering a cell shows: its column's tooltip, else its text."""
        index = self.index(row, column)
        return str(index.data(_TOOLTIP) or index.data() or "")

    def _cells_of(self, dto: Any) -> Cells | None:
        """A row's cell texts, whether it is muted, its cells' looks (None when no cell stands out) and the
        tooltips of the columns that have them. Called in the background query that fetched the row."""
        if dto is None:
            return None
        looks = None
        if self._any_look:
            looks = tuple(self._same_look(look(dto)) if look else None for look in self._looked)
            if not any(looks):
                looks = None
        return (tuple(c.text(dto) for c in self._columns), bool(self._muted and self._muted(dto)), looks,
                tuple(tip(dto) for _column, tip in self._tipped))

    SET_SLICE_S = 0.008  # setting cells takes about this long in one turn of the event loop, then the next turn
    SET_STEP = 40  # rows set at a time (the first step at once: a page's first rows are painted with their cells)

    def _set_cells(self, number: int, cells: list[Cells | None]) -> None:
        """Set the cells of page ``number`` (just arrived): its first rows now, the rest a slice per turn."""
        self._unset.append((number, self._pages[number], cells, 0))
        self._set_more()

    def _set_more(self) -> None:
        deadline = time.perf_counter() + self.SET_SLICE_S
        while self._unset:
            number, rows, cells, done = self._unset[0]
            if self._pages.get(number) is not rows:  # dropped, fetched again or reset since
                self._unset.pop(0)
                continue
            step = cells[done:done + self.SET_STEP]
            first = number * self._page + done
            self.blockSignals(True)
            try:
                self._fill(first, step)
            finally:
                self.blockSignals(False)
            self.dataChanged.emit(self.index(first, 0), self.index(first + len(step) - 1, len(self._columns) - 1))
            if done + len(step) < len(rows):
                self._unset[0] = (number, rows, cells, done + len(step))
            else:
                self._unset.pop(0)
            if time.perf_counter() > deadline:
                break
        if self._unset:
            self._setter.start()

    @property
    def setting(self) -> bool:
        """Some rows listed have their cells still to be set (in the next turns of the event loop)."""
        return bool(self._unset)

    def set_pending(self) -> None:
        """Set every cell still to be set, now."""
        while self._unset:
            self._set_more()

    def _fill(self, first: int, cells: Sequence[Cells | None]) -> None:
        """Set the cells: a plain one by its text, one that stands out by all its roles in one call."""
        index, put, put_all = self.index, self.setData, self.setItemData
        aligned, tipped = self._aligned, self._tipped
        for row, made in enumerate(cells, first):
            if made is None:  # gone since its page was first listed: blank until the next reload
                continue
            texts, muted, looks, tips = made
            tip_of = {column: tip for (column, _tip), tip in zip(tipped, tips, strict=True) if tip} if tips else {}
            for column, text in enumerate(texts):
                look = looks[column] if looks is not None else None
                align = aligned.get(column)
                tip = tip_of.get(column)
                if look is None and align is None and tip is None and not muted:
                    put(index(row, column), text)
                    continue
                roles: dict[int, Any] = {0: text}
                if align is not None:
                    roles[_ALIGN] = align
                if tip is not None:
                    roles[_TOOLTIP] = tip
                if muted:
                    roles[_FOREGROUND] = self._muted_brush
                if look is not None:
                    roles.update(self._roles_of(look))
                put_all(index(row, column), roles)

    def _roles_of(self, look: Look) -> dict[int, Any]:
        """The roles that make a cell look so (made once per look)."""
        key = (look.colour, look.bold, look.background, id(look.icon))
        roles = self._look_roles.get(key)
        if roles is None:
            roles = self._look_roles[key] = {}
            if look.colour:
                roles[_FOREGROUND] = self._brush(look.colour)
            if look.bold:
                roles[_FONT] = self.bold_font()
            if look.background:
                roles[_BACKGROUND] = self._brush(look.background)
            if look.icon is not None:
                roles[_DECORATION] = self._drawn_icon(look.icon)
        return roles

    def _same_look(self, look: Look | None) -> Look | None:
        """One object for equal looks (a register's looks are a handful, asked for by thousands of cells)."""
        if look is None:
            return None
        return self._looks.setdefault((look.colour, look.bold, look.background, id(look.icon)), look)

    ICON_SIZE = QSize(16, 16)  # a cell's icon (the style's small icon)

    def _drawn_icon(self, icon: Any) -> QIcon:
        """The icon as a picture: a qtawesome icon draws itself in Python each time it is painted."""
        found = self._icons.get(id(icon))
        if found is None:
            found = self._icons[id(icon)] = (icon, QIcon(icon.pixmap(self.ICON_SIZE)))
        return found[1]

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def bold_font(self) -> QFont:
        """The font of a cell whose look is bold."""
        if self._bold is None:
            from PySide6.QtWidgets import QApplication

            self._bold = QFont(QApplication.font())
            self._bold.setBold(True)
        return self._bold
