"""The shared building blocks of the UI: the filter bar, the pickers, the date helpers, the form
dialog, and the one application stylesheet (no inline style sheet with a colour in ui/)."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from opsdesk.errors import FieldProblem, NotFoundError, ValidationError
from opsdesk.permissions import as_system
from opsdesk.services import org
from ui import dates, style
from ui.widgets.filter_bar import FilterBar
from ui.widgets.form import FormDialog
from ui.widgets.pickers import fill_regions, fill_stores, fill_users, picked

UI = Path(__file__).resolve().parents[2] / "ui"


# -- FilterBar

def make_bar(qtbot):  # noqa: ANN001, ANN201
    host = QWidget()
    qtbot.addWidget(host)
    bar = FilterBar(host)
    seen: list[int] = []
    bar.changed.connect(lambda: seen.append(1))
    return host, bar, seen


def test_filter_bar_values_by_name(qtbot) -> None:  # noqa: ANN001
    _host, bar, _seen = make_bar(qtbot)
    search = bar.add_search("Search (Ctrl+F)")
    kind = bar.add_combo("kind", "All kinds", {"direct": "Company-owned", "franchise": "Franchise"})
    grade = bar.add_combo("grade", "All grades", [("A", "A"), ("Fail", "fail")])
    closed = bar.add_check("showClosed", "Show closed")
    days = bar.add_date_range("dates", "From", days_back=30)
    bar.add_stretch()
    assert bar.values() == {"search": "", "kind": None, "grade": None, "showClosed": False, "dates": None}
    assert [kind.itemText(i) for i in range(kind.count())] == ["All kinds", "Company-owned", "Franchise"]
    assert not days.first.isEnabled() and not days.last.isEnabled()

    search.setText("北京")
    kind.setCurrentIndex(kind.findData("franchise"))
    grade.setCurrentIndex(grade.findData("fail"))
    closed.setChecked(True)
    days.check.setChecked(True)
    assert days.first.isEnabled() and days.last.isEnabled()
    days.first.setDate(QDate(2026, 3, 1))
    days.last.setDate(QDate(2026, 3, 31))
    assert bar.values() == {"search": "北京", "kind": "franchise", "grade": "fail", "showClosed": True,
                            "dates": (date(2026, 3, 1), date(2026, 3, 31))}
    assert bar.findChild(QComboBox, "kind") is kind and bar.findChild(QLineEdit, "search") is search


def test_filter_bar_debounces_typing_but_not_choices(qtbot) -> None:  # noqa: ANN001
    _host, bar, seen = make_bar(qtbot)
    search = bar.add_search()
    kind = bar.add_combo("kind", "All", {"a": "A"})
    check = bar.add_check("c", "C")
    days = bar.add_date_range("dates", "From")
    qtbot.keyClicks(search, "bjwfj")
    assert seen == []  # five keys, no query yet
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    qtbot.wait(FilterBar.DEBOUNCE_MS + 100)
    assert len(seen) == 1  # one change for the whole word

    kind.setCurrentIndex(1)
    assert len(seen) == 2
    check.setChecked(True)
    assert len(seen) == 3
    days.check.setChecked(True)
    assert len(seen) == 4
    days.last.setDate(days.last.date().addDays(-1))
    assert len(seen) == 5


def test_find_key_focuses_the_search_field(qtbot) -> None:  # noqa: ANN001
    host, bar, _seen = make_bar(qtbot)
    search = bar.add_search()
    other = bar.add_combo("kind", "All")
    search.setText("old")
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    other.setFocus()
    qtbot.waitUntil(lambda: other.hasFocus(), timeout=2000)
    qtbot.keyClick(other, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: search.hasFocus(), timeout=2000)
    assert search.selectedText() == "old"  # typing replaces the old search


def test_list_pages_use_the_filter_bar(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from ui.pages.inspections import InspectionsPage
    from ui.pages.stores import StoresPage
    from ui.pages.users import UsersPage

    for page_class, names in ((StoresPage, {"search", "kindFilter", "statusFilter", "showClosed"}),
                              (UsersPage, {"search", "roleFilter", "showInactive"}),
                              (InspectionsPage, {"search", "storeFilter", "regionFilter", "typeFilter",
                                                 "statusFilter", "gradeFilter", "dates"})):
        page = page_class(demo_ctx)
        qtbot.addWidget(page)
        assert set(page.filter_bar.values()) == names
        assert page.search is page.filter_bar.search


# -- pickers

def test_pickers_fill_and_pick_what_is_typed(qtbot, demo_ctx) -> None:  # noqa: ANN001
    stores = org.query_stores(demo_ctx)
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_stores(combo, demo_ctx, ("All stores", None))
    assert combo.isEditable() and combo.count() == len(stores) + 1
    assert combo.itemData(1) == stores[0].id and combo.itemText(1) == f"{stores[0].code} {stores[0].name}"
    combo.setCurrentIndex(2)
    assert picked(combo) == stores[1].id
    combo.setEditText(f"{stores[3].code} {stores[3].name}")
    assert picked(combo) == stores[3].id  # what is typed, not the stale selection
    combo.setEditText("no such store")
    assert picked(combo) is None

    org.set_store_status(as_system(demo_ctx), stores[0].id, "closed")  # head office's step
    fill_stores(combo, demo_ctx)  # refilled: nothing of the last fill stays
    assert combo.findData(stores[0].id) < 0 and combo.findData(None) < 0
    fill_stores(combo, demo_ctx, include_closed=True, editable=False)
    assert combo.findData(stores[0].id) >= 0

    regions = QComboBox()
    qtbot.addWidget(regions)
    fill_regions(regions, demo_ctx, ("All regions", None))
    listed = org.list_regions(demo_ctx)
    assert not regions.isEditable() and regions.count() == len(listed) + 1
    for i, r in enumerate(listed, start=1):
        assert regions.itemData(i) == r.id
        assert regions.itemText(i) == ("    " + r.name if r.parent_id else r.name)
    regions.setCurrentIndex(1)
    assert picked(regions) == listed[0].id

    users = QComboBox()
    qtbot.addWidget(users)
    fill_users(users, demo_ctx, roles=("store_manager",))
    managers = [u for u in org.query_users(demo_ctx) if u.role == "store_manager"]
    assert [users.itemData(i) for i in range(users.count())] == [u.id for u in managers]


# -- dates

def test_date_conversions() -> None:
    assert dates.to_qdate(date(2026, 2, 28)) == QDate(2026, 2, 28)
    assert dates.from_qdate(QDate(2024, 2, 29)) == date(2024, 2, 29)
    assert dates.from_qdate(dates.to_qdate(date(1999, 12, 31))) == date(1999, 12, 31)
    assert not dates.to_qdate(None).isValid() and dates.from_qdate(QDate()) is None


class _DatesTranslator(QTranslator):
    """A translator for the "Dates" context only, as the Chinese catalogue provides it."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        return {"Monday": "星期一"}.get(source, "") if context == "Dates" else ""


@pytest.fixture
def english(translations):  # noqa: ANN001, ANN201
    translations.install("en")
    yield
    translations.install("zh_CN")


def test_weekday_names_in_english(english) -> None:  # noqa: ANN001
    assert dates.weekday_names() == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert dates.weekday_names(short=True)[0] == "Mon"
    assert dates.weekday_name(date(2026, 3, 8)) == "Sunday"


def test_weekday_names_in_chinese(qapp) -> None:  # noqa: ANN001
    translator = _DatesTranslator(qapp)
    assert QCoreApplication.installTranslator(translator)
    try:
        assert dates.weekday_names() == ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
        assert dates.weekday_names(short=True)[6] == "周日"
        assert dates.weekday_name(date(2026, 3, 4)) == "星期三"
    finally:
        QCoreApplication.removeTranslator(translator)


# -- FormDialog

class NameDialog(FormDialog):
    def __init__(self, outcome) -> None:  # noqa: ANN001
        super().__init__("Name")
        self.outcome = outcome
        self.name = QLineEdit(objectName="name")
        self.code = QLineEdit(objectName="code")
        self.form_area.addWidget(self.name)
        self.form_area.addWidget(self.code)
        self.set_fields({"name": self.name, "code": self.code}, {"name": "Name", "code": "Code"})

    def submit(self) -> object:
        return self.outcome(self.name.text())


def test_form_dialog_maps_problems_to_fields_and_keeps_the_input(qtbot) -> None:  # noqa: ANN001
    def refuse(_name: str) -> object:
        raise ValidationError([FieldProblem("code", "duplicate"), FieldProblem("other", "required")])

    dialog = NameDialog(refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("北京王府井店")
    assert dialog.save() is False
    assert dialog.result() == 0 and dialog.isVisible() and dialog.name.text() == "北京王府井店"
    assert dialog.code.property("invalid") == "true" and dialog.name.property("invalid") != "true"
    assert dialog.error_label.isVisible() and dialog.error_label.property("role") == "error"
    lines = dialog.error_label.text().splitlines()
    assert len(lines) == 2 and "Code" in lines[0]  # a field without a widget is still listed
    assert dialog.code.toolTip()

    dialog.outcome = lambda name: name.upper()
    dialog.name.setText("ok")
    assert dialog.save() is True
    assert dialog.result() == 1 and dialog.result_value == "OK"
    assert dialog.code.property("invalid") == "false" and dialog.error_label.isHidden()


def test_form_dialog_shows_other_errors_as_a_message(qtbot, monkeypatch) -> None:  # noqa: ANN001
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.errors.show_error", lambda _parent, exc: shown.append(exc))

    def gone(_name: str) -> object:
        raise NotFoundError("the store was deleted")

    dialog = NameDialog(gone)
    qtbot.addWidget(dialog)
    assert dialog.save() is False
    assert isinstance(shown[0], NotFoundError) and dialog.result() == 0 and dialog.result_value is None


# -- one stylesheet

COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|\b(?:color|background)\s*:", re.IGNORECASE)
PALETTE = {"RED", "RED_BG", "GREEN", "AMBER", "BLUE", "MUTED", "BORDER", "LIGHT", "GREY", "GRAY"}


def _inline_colour_sheets(path: Path, root: Path = UI.parent) -> list[str]:
    """``setStyleSheet(...)`` calls in one file whose sheet holds a colour (``badge_style`` may)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    constants = {t.id: ast.get_source_segment(source, node.value) or ""
                 for node in tree.body if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setStyleSheet" and node.args):
            continue
        arg = node.args[0]
        if isinstance(arg, ast.Call) and getattr(arg.func, "id", getattr(arg.func, "attr", "")) == "badge_style":
            continue
        text = ast.get_source_segment(source, arg) or ""
        names = {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}
        if (COLOUR.search(text) or names & PALETTE
                or any(COLOUR.search(constants.get(n, "")) for n in names)):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {text[:70]}")
    return found


def test_no_inline_style_sheet_holds_a_colour() -> None:
    offenders = [hit for path in sorted(UI.rglob("*.py")) if path.name != "style.py"
                 for hit in _inline_colour_sheets(path)]
    assert offenders == [], "\n".join(offenders)


def test_the_check_sees_an_inline_colour(tmp_path) -> None:  # noqa: ANN001
    """The check above is not blind: it finds literal, f-string and constant colours, not badges."""
    sample = tmp_path / "sample.py"
    sample.write_text('GREY = "#6b7280"\n'
                      'a.setStyleSheet("color: #d93025;")\n'
                      'b.setStyleSheet(f"color: {GREY};")\n'
                      'c.setStyleSheet(f"border: 1px solid {RED}")\n'
                      'd.setStyleSheet(badge_style(RED))\n', encoding="utf-8")
    hits = _inline_colour_sheets(sample, tmp_path)
    assert [h.split(":")[1] for h in hits] == ["2", "3", "4"]


def test_one_red() -> None:
    assert "#dc2626" not in style.APP_STYLESHEET and style.RED in style.APP_STYLESHEET
    hits = [f"{p.relative_to(UI.parent)}" for p in UI.rglob("*.py") if "#dc2626" in p.read_text(encoding="utf-8")]
    assert hits == []


# -- the switch-user list: by role, then the service's pinyin order (not code points)

def test_switch_user_lists_by_role_then_pinyin(qtbot, demo_ctx) -> None:  # noqa: ANN001
    from ui.welcome import SwitchUserDialog

    # Code points put 张 (U+5F20) before 李 (U+674E); pinyin puts li before zhang.
    zhang = org.create_user(as_system(demo_ctx), org.UserInput(username="zhangsan", name="张三", role="head_office"))
    li = org.create_user(as_system(demo_ctx), org.UserInput(username="lisi", name="李四", role="head_office"))
    dialog = SwitchUserDialog(demo_ctx)
    qtbot.addWidget(dialog)
    ids = [dialog.users.itemData(i) for i in range(dialog.users.count())]
    assert ids.index(li.id) < ids.index(zhang.id)
    rank = {role: i for i, role in enumerate(org.USER_ROLES)}
    roles = [org.get_user(demo_ctx, user_id).role for user_id in ids]
    assert [rank[r] for r in roles] == sorted(rank[r] for r in roles)  # grouped by role, head office first
    dialog.users.setEditText(dialog.users.itemText(ids.index(li.id)))
    dialog.switch()
    assert dialog.result() == 1 and demo_ctx.user_id == li.id
