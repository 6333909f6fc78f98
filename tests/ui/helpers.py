"""Small helpers to drive pages in tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTreeWidget


def rows(page) -> list:  # noqa: ANN001
    """Every DTO of the page's table, fetching all pages."""
    model = page.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.dto(i) for i in range(model.rowCount())]


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def choose_text(combo: QComboBox, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, f"{text!r} not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def tree_item(tree: QTreeWidget, text: str):  # noqa: ANN201
    found = tree.findItems(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert found, f"{text} not in tree"
    return found[0]
