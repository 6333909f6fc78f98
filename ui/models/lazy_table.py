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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ui.operations import QueryOp

Index = QModelIndex | QPersistentModelIndex
# offset, limit, sort key, descending, the last row loaded (None for the first page)
FetchPage = Callable[[int, int, str, bool, Any], list[Any]]

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_DTO = int(Qt.ItemDataRole.UserRole.value) + 1
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, _FONT, _BACKGROUND, _DECORATION, _DTO})


@dataclass(frozen=True)
class Look:
    """How one cell stands out: its text colour, bold, a background tint, an icon before the text."""

    colour: str = ""
    bold: bool = False
    background: str = ""
    icon: Any = None  # a QIcon


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort_key: str | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Any], str] | None = None
    # The cell's look (None: as usual), made with the row's texts and kept with them. Answered as the model's
    # font, foreground, background and decoration roles, so a page needs no delegate of its own: a delegate
    # written in Python costs a call into Python for every cell painted, on top of the model's.
    look: Callable[[Any], Look | None] | None = None


@dataclass(frozen=True)
class RowSource:
    """What a list shows, fixed when the load starts: called off the GUI thread."""

    fetch: FetchPage
    count: Callable[[], int]


class LazyTableModel(QAbstractTableModel):
    """Rows are fetched ``page_size`` at a time, in the background, when the view scrolls near the end.

    Only a window of pages stays in memory: once more than ``max_pages`` pages are held, the pages least
    recently shown are dropped (the rows of ``pin()`` — the selection — are kept). A dropped page shown
    again is fetched again in the background from where it started (keyset: after the last row of the
    page before it, kept as its anchor), its cells blank until it arrives."""

    DtoRole = _DTO
    loaded = Signal()  # a reload's first page arrived (the model was reset)
    appended = Signal()  # a further page arrived
    counted = Signal(int)  # the total under the current filters
    failed = Signal(object)  # a load failed (the exception)
    refetched = Signal(int)  # a dropped page (its number) was fetched again and is shown

    MAX_PAGES = 12  # pages held in memory (2400 rows of 200): the view's neighbourhood, the rest re-fetched

    def __init__(self, columns: Sequence[Column], source: Callable[[], RowSource], page_size: int = 200,
                 muted: Callable[[Any], bool] | None = None, parent=None,  # noqa: ANN001
                 max_pages: int | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
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
        # page -> row -> (texts, muted, looks: one per column or None when no cell of the row stands out)
        self._texts: dict[int, dict[int, tuple[tuple[str, ...], bool, tuple[Look | None, ...] | None]]] = {}
        self._aligns = [int(c.align.value) for c in self._columns]
        self._muted_brush = QBrush(QColor("#8a8f98"))
        self._looked = [c.look for c in self._columns]
        self._any_look = any(self._looked)
        self._brushes: dict[str, QBrush] = {}
        self._bold: QFont | None = None
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
        self._start("rows", lambda: source.fetch(0, page, sort, desc, None), self._reset_to)
        self._start("count", source.count, self._counted)

    def _reset_to(self, rows: list[Any]) -> None:
        self.beginResetModel()
        rows = list(rows)
        self._pages = {0: rows} if rows else {}
        self._anchors = [None, rows[-1]] if rows else [None]
        self._count = len(rows)
        self._used = dict.fromkeys(self._pages, self._tick)
        self._pinned = {}
        self._texts = {}
        self._exhausted = len(rows) < self._page
        self.endResetModel()
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
        self._start("more", lambda: source.fetch(offset, page, sort, desc, after), self._append)

    def _append(self, more: list[Any]) -> None:
        if len(more) < self._page:
            self._exhausted = True
        if more:
            number = len(self._anchors) - 1  # pages before the last one are full: it starts at _count
            first = self._count
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._pages[number] = list(more)
            self._anchors.append(more[-1])
            self._count += len(more)
            self._use(number)
            self.endInsertRows()
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
        self._texts.pop(number, None)

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
        self._start(what, lambda: source.fetch(offset, size, sort, desc, after),
                    lambda rows: self._refetched(number, rows))

    def _rows_in(self, number: int) -> int:
        return max(0, min(self._page, self._count - number * self._page))

    def _refetched(self, number: int, rows: list[Any]) -> None:
        size = self._rows_in(number)
        rows = list(rows[:size])
        rows += [None] * (size - len(rows))  # rows gone since: blank until the next reload
        self._pages[number] = rows
        self._texts.pop(number, None)
        self._use(number)
        first = number * self._page
        self.dataChanged.emit(self.index(first, 0), self.index(first + size - 1, len(self._columns) - 1))
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

    def _shown(self, row: int) -> Any:
        """The row for the view: its page counts as shown now; a dropped page is fetched again."""
        number = row // self._page
        rows = self._pages.get(number)
        if rows is None:
            if number not in self._wanted:
                self._wanted.add(number)
                self._schedule()
            return self._pinned.get(row)
        if self._used.get(number) != self._tick:
            self._use(number)
        return rows[row % self._page]

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

    # -- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = _DISPLAY):  # noqa: ANN201
        # Painting asks for a dozen roles of every cell shown: the roles answered are told apart first,
        # and a row's texts are made once (kept with its page), not on every paint.
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        dto = self._shown(row)
        if dto is None:  # its page is on its way again
            return "…" if role == _DISPLAY and column == 0 else None
        if role == _DISPLAY:
            return self._texts_of(row, dto)[0][column]
        if role == _ALIGN:
            return self._aligns[column]
        if role == _DTO:
            return dto
        if role == _TOOLTIP:
            col = self._columns[column]
            return col.tooltip(dto) if col.tooltip else self._texts_of(row, dto)[0][column]
        if role != _FOREGROUND and not self._any_look:
            return None  # font, background, decoration: no column of this list stands out
        _texts, muted, looks = self._texts_of(row, dto)
        look = looks[column] if looks is not None else None
        if role == _FOREGROUND:
            if look is not None and look.colour:
                return self._brush(look.colour)
            return self._muted_brush if muted else None
        if look is None:
            return None
        if role == _FONT:
            return self._bold_font() if look.bold else None
        if role == _BACKGROUND:
            return self._brush(look.background) if look.background else None
        return look.icon  # DecorationRole

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def _bold_font(self) -> QFont:
        if self._bold is None:
            from PySide6.QtWidgets import QApplication

            self._bold = QFont(QApplication.font())
            self._bold.setBold(True)
        return self._bold

    def _texts_of(self, row: int, dto: Any) -> tuple[tuple[str, ...], bool, tuple[Look | None, ...] | None]:
        """The row's cell texts, whether it is muted and its cells' looks, made on first use and kept with its
        page."""
        cache = self._texts.get(row // self._page)
        if cache is None:
            cache = self._texts[row // self._page] = {}
        found = cache.get(row)
        if found is None:
            looks = None
            if self._any_look:
                looks = tuple(look(dto) if look else None for look in self._looked)
                if not any(looks):
                    looks = None
            found = cache[row] = (tuple(c.text(dto) for c in self._columns),
                                  bool(self._muted and self._muted(dto)), looks)
        return found
