"""The looks of ui.style without an application-wide style sheet, and list pages that open without doing
their work twice.

Roles are fonts and palettes, named widgets and chips carry their own rules, the runner and the non-list
pages the whole sheet; the pages render as the application-wide sheet drew them (checked on real widgets,
painted)."""

from __future__ import annotations

from helpers import idle
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opsdesk.services import actions, equipment
from ui import style
from ui.style import BLUE, BORDER, MUTED, RED, badge_style, set_role, set_state, styled


def _text_colour(label: QLabel) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def _pixel(widget: QWidget, x: int, y: int) -> str:
    return widget.grab().toImage().pixelColor(x, y).name()


def test_a_role_is_a_font_and_a_colour_and_a_new_role_replaces_it(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("x", parent)
    plain = QLabel("y", parent)
    set_role(label, "title")
    assert (label.font().pixelSize(), label.font().weight()) == (18, QFont.Weight.DemiBold)
    assert not label.styleSheet()
    set_role(label, "muted")  # the title's size and weight go, the muted colour comes
    assert label.font() == plain.font()
    assert _text_colour(label) == QColor(MUTED).name() != _text_colour(plain)
    set_role(label, "placeholder")
    assert label.contentsMargins().left() == 40 and label.font().pixelSize() == 15
    set_role(label, "strong")
    assert label.contentsMargins().left() == 0 and _text_colour(label) == _text_colour(plain)
    assert label.font().weight() == QFont.Weight.DemiBold
    button = QToolButton(parent)
    before = button.font()
    set_role(button, "title")  # roles style labels only, as the sheet's QLabel[role] rules did
    assert button.property("role") == "title" and button.font() == before


def test_a_named_label_in_its_state_and_a_badge(qtbot) -> None:  # noqa: ANN001
    day = QLabel("Mon", objectName="visitDay")
    qtbot.addWidget(day)
    normal = _text_colour(day)
    set_state(day, "current", True)
    assert day.font().weight() == QFont.Weight.DemiBold and _text_colour(day) == QColor(BLUE).name()
    set_state(day, "current", False)
    assert day.font().weight() == QFont.Weight.Normal and _text_colour(day) == normal
    assert not day.styleSheet()

    holder = QWidget()
    qtbot.addWidget(holder)
    badge = set_role(QLabel("3", holder), "badge")
    badge.setStyleSheet(badge_style(RED))  # the colour replaces the role's sheet: the shape stays in it
    badge.setGeometry(0, 0, 60, 24)
    holder.resize(80, 40)
    holder.show()
    image = holder.grab().toImage()
    assert image.pixelColor(30, 2).name() == QColor(RED).name()
    assert image.pixelColor(0, 0).name() != QColor(RED).name()  # a rounded corner


def test_an_item_card_and_a_field_are_drawn_in_their_states(qtbot) -> None:  # noqa: ANN001
    card = QFrame(objectName="itemCard")
    QVBoxLayout(card).addWidget(QLabel("item"))
    qtbot.addWidget(card)
    styled(card)
    card.resize(120, 60)
    assert _pixel(card, 0, 30) == QColor(BORDER).name()
    set_state(card, "failed", True)
    assert _pixel(card, 0, 30) == QColor(RED).name()

    field = QLineEdit("12")
    qtbot.addWidget(field)
    field.resize(120, 28)
    plain = _pixel(field, 0, 14)
    set_state(field, "invalid", True)
    assert _pixel(field, 0, 14) == QColor(RED).name() != plain
    set_state(field, "invalid", False)
    assert _pixel(field, 0, 14) == plain


def test_no_application_sheet_list_pages_carry_none_other_pages_carry_it(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from ui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert QApplication.instance().styleSheet() == ""
    assert "#sidebar" in window.sidebar.styleSheet()
    window.show_page("actions")
    idle()
    actions_page = window.pages["actions"]
    assert actions_page.styleSheet() == "" and actions_page.store.count() > 1  # its filters are filled
    chip = actions_page.count_buttons["overdue"]
    chip.setChecked(True)
    chip.resize(80, 24)
    assert _pixel(chip, 3, 12) == QColor(style.ACTION_COLOURS["overdue"]).name()  # filled in its colour
    window.show_page("daily")
    idle()
    assert window.pages["daily"].styleSheet() == style.APP_STYLESHEET


def test_actions_open_with_their_filter_lists_loaded_once(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    import ui.pages.actions.page as actions_page
    from ui.pages.actions import ActionsPage

    calls = {"lists": 0, "sources": 0}
    load_lists, source_runs = actions_page.load_lists, actions.source_runs

    def counted_lists(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls["lists"] += 1
        return load_lists(*args, **kwargs)

    def counted_sources(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls["sources"] += 1
        return source_runs(*args, **kwargs)

    monkeypatch.setattr(actions_page, "load_lists", counted_lists)
    monkeypatch.setattr(actions, "source_runs", counted_sources)
    page = ActionsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()  # as the window does in the turn after building it
    idle()
    assert calls == {"lists": 1, "sources": 1}
    assert page.store.count() > 1 and page.pickers_loading is None and page.sources_loading is None
    page.refresh()  # a later refresh reads them again
    idle()
    assert calls == {"lists": 2, "sources": 2}


def test_equipment_opens_with_its_filter_lists_loaded_once(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    from ui.pages.equipment import EquipmentPage

    calls = []
    categories = equipment.list_categories

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        return categories(*args, **kwargs)

    monkeypatch.setattr(equipment, "list_categories", counted)
    page = EquipmentPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    idle()
    assert len(calls) == 1 and page.store.count() > 1 and page.pickers_loading is None
    page.refresh()
    idle()
    assert len(calls) == 2
