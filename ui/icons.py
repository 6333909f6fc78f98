"""Icons (qtawesome's FontAwesome 5) for widgets, held back while the main window opens its first page.

Importing qtawesome costs about as much as the rest of the way from the shell's first frame to the first
page's rows (its ``qtpy`` builds the Python types of every Qt class and enum), and none of it is needed to
show those rows. So ``MainWindow.attach`` *holds* the icons: ``set_icon`` then only remembers which icon a
widget or action gets, and ``release`` — once the first page shows its data (``MainWindow.ready``), or when
that window goes away first — imports qtawesome and gives every remembered one its icon. Without a hold (a
page or dialog built later, in tests, by itself) ``set_icon`` sets the icon at once, as ``qta.icon`` would.
"""

from __future__ import annotations

import weakref
from typing import Any

_held = 0  # windows between attach() and their first page's data
# (target, its setter, icon name, qta.icon options); weak: a window or page that went meanwhile is not kept
_waiting: list[tuple[weakref.ref, str, str, dict[str, Any]]] = []


def icon(name: str, **options: Any):  # noqa: ANN401, ANN201 - a QIcon
    """``qta.icon(name, **options)``, qtawesome imported (and its one icon font installed) now."""
    import qtawesome as qta

    from ui.app import install_icon_font

    install_icon_font()  # a no-op after the first time
    return qta.icon(name, **options)


def set_icon(target: Any, name: str, *, setter: str = "setIcon", **options: Any) -> None:  # noqa: ANN401
    """``target.setIcon(icon(name, **options))`` (``setter``: another method, e.g. ``setWindowIcon``) — later, on
    ``release()``, while the icons are held. ``target``: a widget, an action, a list item."""
    if _held:
        _waiting.append((weakref.ref(target), setter, name, options))
    else:
        getattr(target, setter)(icon(name, **options))


def held() -> bool:
    """Whether icons set now wait for ``release()``."""
    return _held > 0


def hold() -> None:
    """Icons set from now on wait for ``release()`` (one release per hold)."""
    global _held
    _held += 1


def release() -> None:
    """End one hold; after the last, import qtawesome and set every icon that waited (on widgets still there)."""
    global _held
    if _held == 0:
        return
    _held -= 1
    if _held:
        return
    waiting = list(_waiting)
    _waiting.clear()
    import shiboken6

    for ref, setter, name, options in waiting:
        target = ref()
        if target is not None and shiboken6.isValid(target):  # not deleted meanwhile (with its page or window)
            getattr(target, setter)(icon(name, **options))


__all__ = ["held", "hold", "icon", "release", "set_icon"]
