"""Pickers shared by the pages: stores, regions and users in a combo box you can type into.

Each fills a QComboBox from the services (in the services' order: pinyin for names) and keeps the
id as item data; ``picked(combo)`` reads the item matching what is typed (not a stale selection).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from opsdesk.pinyin import normalize_search, search_keys
from opsdesk.services import AppContext, org


_KEYS: dict[tuple[str, bool], str] = {}  # (text, person) -> search key
_KEYS_MAX = 20000


def search_key(text: str, person: bool = False) -> str:
    """What typing is matched against: the text itself (no spaces, lower case), the pinyin of its
    name part (after a leading code) and the initials — "SH001 上海徐家汇店" is found by 徐家汇, sh001,
    xujiahui or shxjh. Kept once made (``load_lists`` makes them from the keys the rows store)."""
    found = _KEYS.get((text, person))
    if found is None:
        code, name = _split(text, person)
        full, initials = search_keys(name, person=person)
        found = _remember(text, person, code, full, initials)
    return found


def _split(text: str, person: bool) -> tuple[str, str]:
    code, _, name = text.partition(" ") if " " in text and not person else ("", "", text)
    return code, name


def _remember(text: str, person: bool, code: str, full: str, initials: str) -> str:
    if len(_KEYS) >= _KEYS_MAX:
        _KEYS.clear()
    key = _KEYS[(text, person)] = "\n".join((normalize_search(text), normalize_search(full),
                                            normalize_search(initials), code.lower()))
    return key


def prime_search_key(text: str, person: bool, stored: str | None) -> None:
    """``search_key`` of ``text`` from the pinyin its row stores (``search_pinyin``: the full pinyin, a space, the
    initials, as ``opsdesk.pinyin.search_text`` made them when the name was saved), without converting it again:
    pypinyin's dictionaries (a third of a second to load, 56 MB) are not loaded just to fill a picker. A row
    without stored keys is left to ``search_key``."""
    if not stored or (text, person) in _KEYS:
        return
    full, _, initials = stored.partition(" ")
    _remember(text, person, _split(text, person)[0], full, initials)


def clear_search_keys() -> None:
    _KEYS.clear()


class _SearchProxy(QSortFilterProxyModel):
    """The combo's items whose search key contains what is typed (computed on the first keystroke)."""

    def __init__(self, combo: QComboBox, person: bool) -> None:
        super().__init__(combo)
        self.person = person
        self.term = ""
        self.setSourceModel(combo.model())

    def set_term(self, text: str) -> None:
        self.term = normalize_search(text)
        self.setFilterFixedString(self.term)  # refilters with filterAcceptsRow below

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        index = self.sourceModel().index(row, 0, parent)
        if index.data(Qt.ItemDataRole.UserRole) is None:
            return False  # "All stores" and similar: chosen by clearing the text, never a completion
        return not self.term or self.term in search_key(index.data() or "", self.person)


class _SearchCompleter(QCompleter):
    """A popup of every item containing the typed text (substring, pinyin or initials), not only prefixes."""

    def __init__(self, combo: QComboBox, person: bool) -> None:
        self.proxy = _SearchProxy(combo, person)
        super().__init__(self.proxy, combo)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        self.proxy.set_term(path)
        return [""]

    def pathFromIndex(self, index: QModelIndex) -> str:  # noqa: N802
        return index.data() or ""


def searchable(combo: QComboBox, *, person: bool = False) -> None:
    """Make an editable combo find its items by any part of their text, their pinyin or initials;
    leaving the field with text that matches exactly one item selects that item."""
    if isinstance(combo.completer(), _SearchCompleter):
        return  # refilled: the completer follows the combo's model
    combo.setCompleter(_SearchCompleter(combo, person))

    def finished() -> None:
        index = match(combo)
        if index >= 0 and combo.itemText(index) != combo.currentText():
            combo.setCurrentIndex(index)
            combo.setEditText(combo.itemText(index))

    combo.lineEdit().editingFinished.connect(finished)


def match(combo: QComboBox) -> int:
    """The index of the item the typed text names: the exact text, else the one item it matches."""
    text = combo.currentText()
    index = combo.findText(text)
    if index >= 0 or not text.strip():
        return index
    completer = combo.completer()
    if not isinstance(completer, _SearchCompleter):
        return -1
    term, person = normalize_search(text), completer.proxy.person
    found = [i for i in range(combo.count())
             if combo.itemData(i) is not None and term in search_key(combo.itemText(i), person)]
    return found[0] if len(found) == 1 else -1


def _prepare(combo: QComboBox, first: tuple[str, object] | None, editable: bool) -> None:
    combo.clear()
    if editable:
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if first:
        combo.addItem(*first)


@dataclass(frozen=True)
class Lists:
    """What the pickers offer, read in one go (in the background for the list pages' filters)."""

    stores: tuple[org.StoreDTO, ...] = ()
    regions: tuple[org.RegionDTO, ...] = ()
    users: tuple[org.UserDTO, ...] = ()


def load_lists(ctx: AppContext, *, stores: bool = False, include_closed: bool = False, regions: bool = False,
               users: bool = False, search_keys: bool = False) -> Lists:
    """The stores, regions and active users the pickers show (no widget: safe off the GUI thread).
    ``search_keys``: also work out what typing matches for each store and person (their pinyin, cached), so
    a searchable combo filled with them does not do it on the GUI thread (500 stores: about half a second)."""
    lists = Lists(
        tuple(org.query_stores(ctx, org.StoreQuery(include_closed=include_closed))) if stores else (),
        tuple(org.list_regions(ctx)) if regions else (),
        tuple(org.query_users(ctx, org.UserQuery())) if users else (),
    )
    if search_keys:
        stored = org.stored_search_pinyin(ctx, stores=[s.id for s in lists.stores], users=[u.id for u in lists.users])
        for s in lists.stores:
            text = f"{s.code} {s.name}"  # as the combo asks (the cache tells the two calls apart)
            prime_search_key(text, False, stored.get(s.id))
            search_key(text, False)
        for u in lists.users:
            prime_search_key(u.name, True, stored.get(u.id))
            search_key(u.name, True)
    return lists


def _put(combo: QComboBox, items: list[tuple[str, object]], first: tuple[str, object] | None,
         editable: bool) -> bool:
    """Replace the combo's items, keeping the chosen one when it is still offered (no signal on the way);
    True when the choice stayed."""
    keep = combo.currentData()
    blocked = combo.blockSignals(True)
    try:
        _prepare(combo, first, editable)
        # The texts in one call, then the ids with the model quiet (nothing shows them): an item at a time, each
        # insert went through the combo, its view and its search proxy (500 stores and as many people: tens of ms).
        start = combo.count()
        combo.addItems([text for text, _data in items])
        model = combo.model()
        quiet = model.blockSignals(True)
        try:
            for row, (_text, data) in enumerate(items, start):
                combo.setItemData(row, data)
        finally:
            model.blockSignals(quiet)
        index = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(index if index >= 0 else 0 if combo.count() else -1)
    finally:
        combo.blockSignals(blocked)
    return keep is None or combo.currentData() == keep


def put_stores(combo: QComboBox, stores: tuple[org.StoreDTO, ...] | list[org.StoreDTO],
               first: tuple[str, object] | None = None, *, editable: bool = True) -> bool:
    """Stores as "code name", id as data (the chosen store stays chosen)."""
    kept = _put(combo, [(f"{s.code} {s.name}", s.id) for s in stores], first, editable)
    if editable:
        searchable(combo)
    return kept


def put_regions(combo: QComboBox, regions: tuple[org.RegionDTO, ...] | list[org.RegionDTO],
                first: tuple[str, object] | None = None, *, editable: bool = False) -> bool:
    """Regions and areas, an area indented under its region, id as data."""
    return _put(combo, [(("    " if r.parent_id else "") + r.name, r.id) for r in regions], first, editable)


def put_users(combo: QComboBox, users: tuple[org.UserDTO, ...] | list[org.UserDTO],
              first: tuple[str, object] | None = None, *, roles: tuple[str, ...] = (), editable: bool = True,
              with_role: bool = False) -> bool:
    """Active users (of ``roles`` if given), id as data; ``with_role``: "name · role"."""
    from ui import labels

    kept = _put(combo, [(u.name + " · " + labels.role(u.role) if with_role else u.name, u.id)
                        for u in users if not roles or u.role in roles], first, editable)
    if editable:
        searchable(combo, person=True)
    return kept


def load_later(owner: QWidget, ctx: AppContext, then: Callable[[Lists], None], *, stores: bool = False,
               include_closed: bool = False, regions: bool = False, users: bool = False):  # noqa: ANN201
    """Read the lists in a background query; ``then(lists)`` fills the owner's combos (``put_*``) when they
    arrive. A newer call for the same owner supersedes an older one. Returns the QueryOp."""
    from ui.operations import QueryOp

    return QueryOp(lambda _job: load_lists(ctx, stores=stores, include_closed=include_closed, regions=regions,
                                           users=users),
                   owner=owner, key="pickers", name=f"{type(owner).__name__}: pickers").success(then).run()


def fill_stores(combo: QComboBox, ctx: AppContext, first: tuple[str, object] | None = None, *,
                include_closed: bool = False, editable: bool = True) -> None:
    """Stores as "code name", id as data (read now: for dialogs; list pages use ``load_lists`` in a QueryOp)."""
    put_stores(combo, load_lists(ctx, stores=True, include_closed=include_closed).stores, first, editable=editable)


def fill_regions(combo: QComboBox, ctx: AppContext, first: tuple[str, object] | None = None, *,
                 editable: bool = False) -> None:
    put_regions(combo, load_lists(ctx, regions=True).regions, first, editable=editable)


def fill_users(combo: QComboBox, ctx: AppContext, first: tuple[str, object] | None = None, *,
               roles: tuple[str, ...] = (), editable: bool = True, with_role: bool = False) -> None:
    put_users(combo, load_lists(ctx, users=True).users, first, roles=roles, editable=editable, with_role=with_role)


def picked(combo: QComboBox) -> object:
    """The data of the item matching what is typed, or None."""
    if not combo.isEditable():
        return combo.currentData()
    index = match(combo)
    return combo.itemData(index) if index >= 0 else None
