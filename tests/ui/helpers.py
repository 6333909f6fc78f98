"""Small helpers to drive pages in tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTreeWidget


def idle(timeout_ms: int = 10000) -> None:
    """Wait (processing events) until no background operation runs: the pages' rows, counts and lists
    have arrived. Fails when something still runs after ``timeout_ms``."""
    from ui.operations import tasks

    assert tasks().wait_idle(timeout_ms), f"still running: {[op.name for op in tasks().running()]}"


def rows(page) -> list:  # noqa: ANN001
    """Every DTO of the page's table, loading all pages (in the background, waited for)."""
    model = page.model
    idle()
    while model.canFetchMore():
        model.fetchMore()
        idle()
    return [model.dto(i) for i in range(model.rowCount())]


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)
    idle()  # a filter reloads its list in the background


def choose_text(combo: QComboBox, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, f"{text!r} not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)
    idle()


def tree_item(tree: QTreeWidget, text: str):  # noqa: ANN201
    found = tree.findItems(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert found, f"{text} not in tree"
    return found[0]
