"""Pickers shared by the pages: stores, regions and users in a combo box you can type into.

Each fills a QComboBox from the services (in the services' order: pinyin for names) and keeps the
id as item data; ``picked(combo)`` reads the item matching what is typed (not a stale selection).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from opsdesk.services import AppContext, org


def _prepare(combo: QComboBox, first: tuple[str, object] | None, editable: bool) -> None:
    combo.clear()
    if editable:
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if first:
        combo.addItem(*first)


def fill_stores(combo: QComboBox, ctx: AppContext, first: tuple[str, object] | None = None, *,
                include_closed: bool = False, editable: bool = True) -> None:
    """Stores as "code name", id as data."""
    _prepare(combo, first, editable)
    for s in org.query_stores(ctx, org.StoreQuery(include_closed=include_closed)):
        combo.addItem(f"{s.code} {s.name}", s.id)


def fill_regions(combo: QComboBox, ctx: AppContext, first: tuple[str, object] | None = None, *,
                 editable: bool = False) -> None:
    """Regions and areas, an area indented under its region, id as data."""
    _prepare(combo, first, editable)
    for r in org.list_regions(ctx):
        combo.addItem(("    " if r.parent_id else "") + r.name, r.id)


def fill_users(combo: QComboBox, ctx: AppContext, first: tuple[str, object] | None = None, *,
               roles: tuple[str, ...] = (), editable: bool = True, with_role: bool = False) -> None:
    """Active users (of ``roles`` if given), id as data; ``with_role``: "name · role"."""
    from ui import labels

    _prepare(combo, first, editable)
    for u in org.query_users(ctx, org.UserQuery()):
        if not roles or u.role in roles:
            combo.addItem(u.name + " · " + labels.role(u.role) if with_role else u.name, u.id)


def picked(combo: QComboBox) -> object:
    """The data of the item matching what is typed, or None."""
    if not combo.isEditable():
        return combo.currentData()
    index = combo.findText(combo.currentText())
    return combo.itemData(index) if index >= 0 else None
