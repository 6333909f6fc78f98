"""The checklist-template editor against a real workspace: build, edit, reorder, publish, import, export."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGroupBox,
    QMessageBox,
    QTreeWidgetItemIterator,
)
from sqlalchemy import select

from helpers import choose
from opsdesk.errors import FieldProblem
from opsdesk.models import TemplateItem
from opsdesk.services import templates as svc
from opsdesk.templates_io import ItemSpec, OptionSpec
from opsdesk.models.templates import ANSWER_TYPES as answer_types
from opsdesk.templates_io import problem
from ui.errors import format_problem_message, problem_text
from ui.pages import templates as page_module
from ui.pages.templates import NewTemplateDialog, PreviewDialog, TemplatesPage, answer_type

ROLE = Qt.ItemDataRole.UserRole


@pytest.fixture
def demo_ctx(demo_ctx):  # noqa: ANN001, ANN201
    """The demo workspace, acting as head office: this page's changes are head office's (opsdesk.permissions)."""
    from acting import as_head_office

    return as_head_office(demo_ctx)


def make_page(qtbot, ctx) -> TemplatesPage:  # noqa: ANN001
    page = TemplatesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.activateWindow()  # shortcuts (Ctrl+S, Alt+Up, Delete) need an active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    page.refresh()
    return page


def nodes(page: TemplatesPage) -> list:
    out = []
    it = QTreeWidgetItemIterator(page.tree)
    while it.value():
        out.append(it.value())
        it += 1
    return out


def select_node(page: TemplatesPage, kind: str, ident: str) -> None:
    for node in nodes(page):
        if tuple(node.data(0, ROLE)) == (kind, ident):
            page.tree.setCurrentItem(node)
            return
    raise AssertionError(f"{kind} {ident} not in the tree")


def select_item(page: TemplatesPage, key: str) -> svc.ItemDTO:
    item = next(i for i in page.version.items() if i.key == key)
    select_node(page, "item", item.id)
    assert page.forms.currentWidget() is page.item_form
    return item


def open_draft_of(qtbot, page: TemplatesPage, code: str) -> svc.VersionDTO:  # noqa: ANN001
    assert page.select_code(code)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.version.status == "draft"
    return page.version


def keys(version: svc.VersionDTO) -> list[list[str]]:
    return [[i.key for i in s.items] for s in version.sections]


def ctrl_s(qtbot, widget) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def warnings(monkeypatch):  # noqa: ANN001, ANN201
    """Warning boxes do not block; their text is recorded."""
    shown: list[str] = []

    def warning(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


# ---------------------------------------------------------------- library and read-only versions


def test_library_lists_the_builtin_templates_and_shows_published_read_only(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    assert page.list.topLevelItemCount() == 7
    rows = [page.list.topLevelItem(i) for i in range(7)]
    assert all(r.data(0, page_module.BUILTIN_ROLE) for r in rows)
    assert {r.text(0) for r in rows} >= {"门店日常巡检", "开店检查", "闭店检查"}
    assert page.right.currentWidget() is page.no_template

    assert page.select_code("store_routine")
    v = page.version
    assert v.status == "published" and v.number == 1
    assert page.right.currentWidget() is page.editor
    assert page.read_only_hint.isVisible()
    assert not page.item_form.isEnabled() and not page.section_form.isEnabled()
    assert not page.title.isEnabled() and not page.bands.isEnabled()
    assert not page.add_section_button.isEnabled() and not page.add_item_button.isEnabled()
    assert page.edit_button.isEnabled() and not page.publish_button.isEnabled()
    assert page.hash_label.isVisible() and v.content_hash[:12] in page.hash_label.text()
    assert page.title.text() == "门店日常巡检"
    assert [page.bands.item(0, c).text() for c in range(page.bands.columnCount())] == ["A", "B", "C", "D"]
    assert [page.bands.item(1, c).text() for c in range(page.bands.columnCount())] == ["90", "80", "70", "0"]

    top = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    assert [n.text(1) for n in top] == [s.title for s in v.sections]
    assert sum(n.childCount() for n in top) == len(v.items()) == 28
    critical = [n for n in nodes(page) if n.text(4)]
    assert {tuple(n.data(0, ROLE))[1] for n in critical} == {i.id for i in v.items() if i.critical}
    first = top[0].child(0)
    assert first.text(0) == "1.1" and first.text(2) == answer_type(v.sections[0].items[0].answer_type)

    # Selecting an item shows it, disabled; Ctrl+S changes nothing.
    item = select_item(page, "display_per_guideline")
    assert page.item_form.text.text() == item.text
    ctrl_s(qtbot, page.tree)
    assert svc.get_version(demo_ctx, v.id) == v


def test_show_retired_and_reactivate(qtbot, demo_ctx, answer_yes) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    page.select_code("mystery_visit")
    t = page.template
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert answer_yes and "暗访" in answer_yes[-1]
    assert not svc.get_template(demo_ctx, t.id).active
    assert page.list.topLevelItemCount() == 6 and page.template is None

    page.show_retired.setChecked(True)
    assert page.list.topLevelItemCount() == 7
    assert page.select_template(t.id)
    row = page.list.currentItem()
    assert row.foreground(0).color() == QColor(page_module.MUTED)
    assert page_module.version_status("retired") in row.text(2)
    assert page.toggle_button.text() != page.edit_button.text()
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert svc.get_template(demo_ctx, t.id).active


# ---------------------------------------------------------------- building a template


def test_create_a_template_with_sections_and_items_of_several_types(qtbot, empty_ctx, monkeypatch) -> None:  # noqa: ANN001
    page = make_page(qtbot, empty_ctx)
    assert page.list.topLevelItemCount() == 0

    def fill(dialog: NewTemplateDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.code.setText("Bad Code")
        dialog.save()
        assert dialog.result() == 0 and not dialog.error_label.isHidden()
        assert dialog.code.property("invalid") == "true"
        assert "此项必填" in dialog.error_label.text()  # the title
        dialog.code.setText("hygiene_check")
        choose(dialog.kind, "inspection")
        dialog.title.insert("卫生专项检查")
        dialog.title_en.setText("Hygiene check")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(NewTemplateDialog, "exec", fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    t = page.template
    assert (t.code, t.kind, t.title, t.title_en) == ("hygiene_check", "inspection", "卫生专项检查", "Hygiene check")
    assert page.version.status == "draft" and page.version.number == 1
    assert not page.read_only_hint.isVisible() and page.item_form.isEnabled()
    assert page.list.topLevelItemCount() == 1

    # The first section comes with the template: rename it.
    first = page.version.sections[0]
    select_node(page, "section", first.id)
    assert page.forms.currentWidget() is page.section_form
    page.section_form.title.setText("地面与墙面")
    page.section_form.title_en.setText("Floors and walls")
    page.section_form.weight.setValue(2)
    ctrl_s(qtbot, page.section_form.title)
    saved = svc.get_version(empty_ctx, page.version.id).sections[0]
    assert (saved.title, saved.title_en, saved.weight) == ("地面与墙面", "Floors and walls", 2)

    qtbot.mouseClick(page.add_section_button, Qt.MouseButton.LeftButton)
    assert len(page.version.sections) == 2
    page.section_form.title.setText("设备")
    page.save()
    assert [s.title for s in svc.get_version(empty_ctx, page.version.id).sections] == ["地面与墙面", "设备"]

    def add_item(section_index: int, text: str, kind: str, **fields) -> svc.ItemDTO:  # noqa: ANN003
        select_node(page, "section", page.version.sections[section_index].id)
        expected_key = svc.new_item_key(page.version)
        qtbot.mouseClick(page.add_item_button, Qt.MouseButton.LeftButton)
        form = page.item_form
        assert page.forms.currentWidget() is form and form.key.text() == expected_key
        form.text.setText(text)
        choose(form.answer_type, kind)
        for name, value in fields.items():
            widget = getattr(form, name)
            widget.setValue(value) if hasattr(widget, "setValue") else widget.setText(value)
        assert page.save()
        return page.version.item(form.item.id)

    add_item(0, "地面干净无积水", "pass_fail")
    add_item(0, "墙面整洁程度", "rating", scale=4)
    add_item(0, "垃圾桶状态", "choice")
    add_item(1, "冷柜温度", "number", min_value="-18", max_value="-12", unit="°C")
    add_item(1, "备注", "text")

    v = svc.get_version(empty_ctx, page.version.id)
    assert [[i.answer_type for i in s.items] for s in v.sections] == [
        ["pass_fail", "rating", "choice"], ["number", "text"]]
    assert keys(v) == [["item_1", "item_2", "item_3"], ["item_4", "item_5"]]
    rating, choice, number = v.sections[0].items[1], v.sections[0].items[2], v.sections[1].items[0]
    assert rating.scale == 4
    assert len(choice.options) == 2 and any(o.fails for o in choice.options)  # the form starts with two options
    assert (number.min_value, number.max_value, number.unit) == (Decimal("-18"), Decimal("-12"), "°C")
    # The tree shows the type labels and the new rows.
    section_two = page.tree.topLevelItem(1)
    assert [section_two.child(i).text(2) for i in range(2)] == [answer_type("number"), answer_type("text")]
    assert section_two.child(0).text(1) == "冷柜温度"


def test_edit_every_field_of_an_item(qtbot, demo_ctx, warnings) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    draft = open_draft_of(qtbot, page, "store_routine")
    item = select_item(page, "display_per_guideline")
    form = page.item_form
    assert form.options_box.isVisible() and not form.range_box.isVisible() and not form.scale.isVisible()
    assert form.options.rowCount() == len(item.options) == 3

    form.key.setText("display_check")
    form.text.setText("橱窗陈列检查")
    form.text_en.setText("Window display check")
    form.guidance.setPlainText("对照本月陈列指引逐项核对。")
    choose(form.answer_type, "multi_choice")
    form.weight.setValue(5)
    form.critical.setChecked(True)
    form.required.setChecked(False)
    form.photo_on_fail.setChecked(True)
    form.options.item(0, 0).setText("主题正确")
    form.options.item(0, 1).setText("Right theme")
    form.options.item(0, 2).setData(Qt.ItemDataRole.EditRole, 3)
    form.options.setCurrentCell(1, 0)
    qtbot.mouseClick(form.remove_option, Qt.MouseButton.LeftButton)
    form.add_option_row(OptionSpec("道具缺失", "Props missing", -1, True))
    form.action_title.setText("重新布置橱窗")
    choose(form.action_priority, "urgent")
    form.action_due_days.setValue(10)
    ctrl_s(qtbot, form.text)

    saved = svc.get_version(demo_ctx, draft.id).item(item.id)
    assert saved.spec == ItemSpec(
        key="display_check", text="橱窗陈列检查", text_en="Window display check", answer_type="multi_choice",
        guidance="对照本月陈列指引逐项核对。", weight=5, critical=True, required=False, photo_on_fail=True,
        options=(OptionSpec("主题正确", "Right theme", 3, False), OptionSpec("不符合", "Not compliant", 0, True),
                 OptionSpec("道具缺失", "Props missing", -1, True)),
        action_title="重新布置橱窗", action_priority="urgent", action_due_days=10,
    )
    assert saved.section_id == item.section_id and saved.position == item.position
    assert page.tree.currentItem().text(1) == "橱窗陈列检查"
    assert page.tree.currentItem().text(4) == page_module.critical_mark()

    # A number: the options go away, a range and unit appear.
    choose(form.answer_type, "number")
    assert form.range_box.isVisible() and not form.options_box.isVisible()
    form.min_value.setText("2")
    form.max_value.setText("8.5")
    form.unit.setText("°C")
    ctrl_s(qtbot, form.unit)
    saved = svc.get_version(demo_ctx, draft.id).item(item.id)
    assert (saved.answer_type, saved.min_value, saved.max_value, saved.unit, saved.options, saved.scale) == (
        "number", Decimal("2"), Decimal("8.5"), "°C", (), None)

    # A rating: scale only.
    choose(form.answer_type, "rating")
    assert form.scale.isVisible() and not form.range_box.isVisible()
    form.scale.setValue(4)
    assert page.save()
    saved = svc.get_version(demo_ctx, draft.id).item(item.id)
    assert (saved.answer_type, saved.scale, saved.min_value, saved.unit) == ("rating", 4, None, "")

    # A photo is not scored: weight, critical and the default action are hidden.
    choose(form.answer_type, "photo")
    assert not form.weight.isVisible() and not form.critical.isVisible() and not form.action_box.isVisible()
    choose(form.answer_type, "rating")

    # Refused input stays in the form with its reason.
    other = next(i for i in draft.items() if i.id != item.id)
    form.key.setText(other.key)
    assert not page.save()
    assert problem_text(FieldProblem("key", "duplicate")) in form.error_label.text()
    assert form.key.property("invalid") == "true"
    form.key.setText("display_check")
    form.text.clear()
    assert not page.save()
    # field by field, in the interface's language: the form's label for the field, the message for the code
    line = form.error_label.text().splitlines()[1]
    assert form.errors.labels["text"] in line and format_problem_message(problem("required", "")) in line
    assert form.text.property("invalid") == "true"
    assert svc.get_version(demo_ctx, draft.id).item(item.id).text == "橱窗陈列检查"
    assert not warnings


def test_unsaved_changes_are_offered_for_saving_when_leaving_an_item(qtbot, demo_ctx, answer_yes) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    draft = open_draft_of(qtbot, page, "store_routine")
    item = select_item(page, "signage_intact_lit")
    page.item_form.text.setText("门头招牌完好、明亮、无破损")
    select_item(page, "display_per_guideline")
    assert answer_yes  # asked, and answered "save"
    qtbot.waitUntil(lambda: page.version.item(item.id).text == "门头招牌完好、明亮、无破损", timeout=2000)
    assert svc.get_version(demo_ctx, draft.id).item(item.id).text == "门头招牌完好、明亮、无破损"
    qtbot.waitUntil(lambda: page.item_form.item is not None and page.item_form.item.key == "display_per_guideline",
                    timeout=2000)


def test_grade_bands_and_titles_are_saved_with_ctrl_s(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    draft = open_draft_of(qtbot, page, "opening_check")
    page.title.setText("开店检查（2025版）")
    page.bands.item(1, 0).setText("95")
    ctrl_s(qtbot, page.title)
    saved = svc.get_version(demo_ctx, draft.id)
    assert saved.title == "开店检查（2025版）"
    assert saved.grade_bands[0] == ("A", Decimal("95"))
    # The library keeps showing the live (published) title until the draft is published.
    assert svc.template_by_code(demo_ctx, "opening_check").title == "开店检查"

    last = page.bands.columnCount() - 1
    page.bands.item(1, last).setText("10")  # no band starts at 0
    assert not page.save()
    assert page.header_error_label.isVisible() and page.bands.property("invalid") == "true"
    assert svc.get_version(demo_ctx, draft.id).grade_bands == saved.grade_bands


# ---------------------------------------------------------------- reordering


def test_alt_up_and_down_reorder_items_across_sections_and_sections(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    draft = open_draft_of(qtbot, page, "store_routine")
    before = keys(draft)
    s0, s1 = before[0], before[1]

    def alt(key: int) -> None:
        page.tree.setFocus()
        qtbot.keyClick(page.tree, key, Qt.KeyboardModifier.AltModifier)

    select_item(page, s0[1])
    alt(Qt.Key.Key_Up)
    after = keys(svc.get_version(demo_ctx, draft.id))
    assert after[0] == [s0[1], s0[0], *s0[2:]]
    assert page._current_ref() == ("item", page.version.items()[0].id)  # the moved row stays selected

    alt(Qt.Key.Key_Up)  # first item of the first section: nowhere to go
    assert keys(svc.get_version(demo_ctx, draft.id)) == after

    select_item(page, s0[-1])
    alt(Qt.Key.Key_Down)  # past the section's end: first item of the next section
    after = keys(svc.get_version(demo_ctx, draft.id))
    assert after[0] == [s0[1], s0[0], *s0[2:-1]] and after[1] == [s0[-1], *s1]
    assert page.tree.currentItem().parent() is page.tree.topLevelItem(1)
    alt(Qt.Key.Key_Up)  # and back to the end of the first
    after = keys(svc.get_version(demo_ctx, draft.id))
    assert after[0][-1] == s0[-1] and after[1] == s1

    titles = [s.title for s in draft.sections]
    select_node(page, "section", draft.sections[2].id)
    alt(Qt.Key.Key_Up)
    moved = svc.get_version(demo_ctx, draft.id)
    assert [s.title for s in moved.sections] == [titles[0], titles[2], titles[1], *titles[3:]]
    alt(Qt.Key.Key_Down)
    alt(Qt.Key.Key_Down)
    assert [s.title for s in svc.get_version(demo_ctx, draft.id).sections] == [
        titles[0], titles[1], titles[3], titles[2], *titles[4:]]
    # The buttons do the same.
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert [s.title for s in svc.get_version(demo_ctx, draft.id).sections] == titles


def test_drop_moves_items_and_sections_through_the_service(qtbot, demo_ctx) -> None:  # noqa: ANN001
    """What the tree asks for after a drag-and-drop (the drop itself is Qt's)."""
    page = make_page(qtbot, demo_ctx)
    draft = open_draft_of(qtbot, page, "store_routine")
    sec = draft.sections
    a, b = sec[0].items[0], sec[1].items[1]
    page.drop(("item", a.id), ("item", b.id), "above")
    v = svc.get_version(demo_ctx, draft.id)
    assert keys(v)[1][:3] == [sec[1].items[0].key, a.key, b.key]
    page.drop(("item", a.id), ("section", sec[3].id), "on")
    assert keys(svc.get_version(demo_ctx, draft.id))[3][-1] == a.key
    page.drop(("section", sec[0].id), ("section", sec[2].id), "below")
    assert [s.id for s in svc.get_version(demo_ctx, draft.id).sections][:3] == [sec[1].id, sec[2].id, sec[0].id]
    page.drop(("section", sec[0].id), None, "end")
    assert svc.get_version(demo_ctx, draft.id).sections[-1].id == sec[0].id


def test_a_drop_on_the_tree_reaches_the_service(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    """A QDropEvent as Qt delivers it at the end of a drag (Qt computes the indicator while dragging)."""
    page = make_page(qtbot, demo_ctx)
    draft = open_draft_of(qtbot, page, "store_routine")
    tree = page.tree
    assert tree.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove and tree.dragEnabled()
    source, target = tree.topLevelItem(0).child(0), tree.topLevelItem(1).child(1)
    assert source.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert not target.flags() & Qt.ItemFlag.ItemIsDropEnabled  # items go between items, not into them
    assert tree.topLevelItem(1).flags() & Qt.ItemFlag.ItemIsDropEnabled
    tree.setCurrentItem(source)
    monkeypatch.setattr(tree, "dropIndicatorPosition", lambda: QAbstractItemView.DropIndicatorPosition.AboveItem)
    mime = tree.model().mimeData([tree.indexFromItem(source)])
    event = QDropEvent(QPointF(tree.visualItemRect(target).center()), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)
    assert event.dropAction() == Qt.DropAction.IgnoreAction  # Qt itself moves and removes nothing
    moved = draft.sections[0].items[0].key
    qtbot.waitUntil(lambda: keys(svc.get_version(demo_ctx, draft.id))[1][1] == moved, timeout=2000)
    assert moved not in keys(svc.get_version(demo_ctx, draft.id))[0]
    assert page._current_ref() == ("item", draft.sections[0].items[0].id)

    # A published version does not take drops.
    page.select_code("opening_check")
    assert not tree.dragEnabled() and not tree.viewport().acceptDrops()


def test_delete_asks_and_leaves_a_tombstone(qtbot, demo_ctx, answer_yes) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    draft = open_draft_of(qtbot, page, "store_routine")
    item = select_item(page, "display_per_guideline")
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert answer_yes and item.text in answer_yes[-1]
    v = svc.get_version(demo_ctx, draft.id)
    assert item.key not in [i.key for i in v.items()]
    with demo_ctx.read() as s:
        assert s.scalars(select(TemplateItem.deleted).where(TemplateItem.id == item.id)).one() is True
    section = v.sections[-1]
    select_node(page, "section", section.id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert section.title in answer_yes[-1]
    assert len(svc.get_version(demo_ctx, draft.id).sections) == len(v.sections) - 1


# ---------------------------------------------------------------- publishing


def test_publish_freezes_the_version_and_edit_makes_the_next_draft(qtbot, empty_ctx, answer_yes, warnings) -> None:  # noqa: ANN001
    page = make_page(qtbot, empty_ctx)
    v1 = svc.create_template(empty_ctx, "fridge_check", "equipment_acceptance", "冷柜验收", "Fridge acceptance")
    page.load_templates(select_id=v1.template_id)
    assert page.version.id == v1.id

    # An empty section cannot be published: the problems are shown, nothing changes.
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert warnings and f"sections[0].items: {format_problem_message(problem('empty_list', ''))}" in warnings[-1]
    assert svc.get_version(empty_ctx, v1.id).status == "draft"

    select_node(page, "section", v1.sections[0].id)
    qtbot.mouseClick(page.add_item_button, Qt.MouseButton.LeftButton)
    page.item_form.text.setText("温度达标")
    page.item_form.text_en.setText("Temperature in range")
    assert page.save()
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    published = svc.get_version(empty_ctx, v1.id)
    assert published.status == "published" and len(published.content_hash) == 64
    assert page.version.status == "published" and page.read_only_hint.isVisible()
    assert not page.item_form.isEnabled() and not page.publish_button.isEnabled()
    assert page.list.currentItem().text(2) != page_module.version_status("draft")

    # Frozen: the service refuses edits, and the editor does not send any.
    item = published.items()[0]
    with pytest.raises(svc.VersionFrozenError):
        svc.save_item(empty_ctx, v1.id, item.section_id, item.spec, item_id=item.id)
    page.item_form.text.setText("偷偷改动")
    assert not page.save()
    assert svc.get_version(empty_ctx, v1.id) == published

    # Edit: version 2 as a draft; version 1 untouched.
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    v2 = page.version
    assert (v2.number, v2.status) == (2, "draft") and v2.id != v1.id
    assert page.version_combo.count() == 2 and page.item_form.isEnabled()
    select_item(page, item.key)
    page.item_form.text.setText("冷藏温度 0–4 °C")
    assert page.save()
    assert svc.get_version(empty_ctx, v1.id) == published
    assert svc.get_version(empty_ctx, v2.id).items()[0].text == "冷藏温度 0–4 °C"

    # The combo shows the published version read-only.
    choose(page.version_combo, v1.id)
    assert page.version.id == v1.id and page.read_only_hint.isVisible()
    assert page.tree.topLevelItem(0).child(0).text(1) == "温度达标"
    choose(page.version_combo, v2.id)

    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert svc.get_version(empty_ctx, v1.id).status == "retired"
    v2_published = svc.get_version(empty_ctx, v2.id)
    assert v2_published.status == "published" and v2_published.content_hash != published.content_hash


def test_discard_draft_returns_to_the_published_version(qtbot, demo_ctx, answer_yes) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    v1 = svc.get_template(demo_ctx, svc.template_by_code(demo_ctx, "closing_check").id)
    draft = open_draft_of(qtbot, page, "closing_check")
    assert page.discard_button.isEnabled()
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    t = svc.get_template(demo_ctx, v1.id)
    assert t.draft_version_id is None and t.published_version_id == v1.published_version_id
    assert page.version.id == v1.published_version_id and page.version.id != draft.id


def test_preview_shows_every_item_with_disabled_answer_controls(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    page.select_code("store_routine")
    seen = {}

    def look(dialog: PreviewDialog) -> int:
        qtbot.addWidget(dialog)
        seen["ids"] = set(dialog.answer_widgets)
        seen["enabled"] = [w for w in dialog.answer_widgets.values() if w.isEnabled()]
        return 0

    monkeypatch.setattr(PreviewDialog, "exec", look)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert seen["ids"] == {i.id for i in page.version.items()}
    assert seen["enabled"] == []


# ---------------------------------------------------------------- files


def broken_file(tmp_path, demo_ctx):  # noqa: ANN001, ANN201
    data = svc.export_data(demo_ctx, "opening_check")
    data["code"] = "broken_check"
    items = data["sections"][0]["items"]
    items[0]["type"] = "bogus"
    items[1]["key"] = items[2]["key"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path, items


def test_import_of_a_broken_file_names_the_items_and_imports_nothing(qtbot, demo_ctx, tmp_path, monkeypatch,
                                                                     warnings) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    path, items = broken_file(tmp_path, demo_ctx)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    text = warnings[0]
    assert "broken.json" in text
    lines = text.splitlines()
    assert f"• sections[0].items[0] (key '{items[0]['key']}').type: " + format_problem_message(
        problem("not_one_of", "", value="'bogus'", allowed=", ".join(answer_types))) in lines
    assert f"• sections[0].items[2] (key '{items[2]['key']}').key: " + format_problem_message(
        problem("duplicate_key", "", key=items[2]["key"])) in lines
    assert svc.template_by_code(demo_ctx, "broken_check") is None
    assert len(svc.list_templates(demo_ctx, include_retired=True)) == 7
    assert page.list.topLevelItemCount() == 7


def test_export_then_import_under_another_code(qtbot, demo_ctx, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    page.select_code("store_routine")
    original = page.version
    out = tmp_path / "routine"  # the page adds .json
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    exported = tmp_path / "routine.json"
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data == svc.export_data(demo_ctx, "store_routine")
    assert "门店日常巡检" in exported.read_text(encoding="utf-8")  # ensure_ascii=False

    data["code"] = "store_routine_north"
    data["title"] = "门店日常巡检（北区）"
    copy = tmp_path / "north.json"
    copy.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.template.code == "store_routine_north"
    assert page.list.topLevelItemCount() == 8 and page.list.currentItem().text(0) == "门店日常巡检（北区）"
    imported = page.version
    assert (imported.number, imported.status) == (1, "published")
    assert keys(imported) == keys(original)
    assert [i.spec for i in imported.items()] == [i.spec for i in original.items()]
    assert svc.get_version(demo_ctx, original.id) == original


def test_import_of_an_existing_code_asks_first(qtbot, demo_ctx, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    path = tmp_path / "promo.json"
    path.write_text(json.dumps(svc.export_data(demo_ctx, "promotion_check"), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert asked and "promotion_check" in asked[0]
    assert svc.template_by_code(demo_ctx, "promotion_check").published_number == 1


def test_preview_states_each_items_scoring_rule_as_the_readme_does(qtbot, empty_ctx) -> None:  # noqa: ANN001
    """Issue 23: the preview says how each item scores, with its own numbers, by the same rules as
    opsdesk.scoring and the README (a multiple choice's negative option subtracts)."""
    version = svc.create_template(empty_ctx, "scoring_rules", "inspection", "计分规则")
    version = svc.save_section(empty_ctx, version.id, "消防", "", 23)
    section = version.sections[-1]
    specs = [
        ItemSpec("exit_clear", "安全出口畅通", "", "pass_fail", weight=5, critical=True),
        ItemSpec("floor", "地面清洁", "", "rating", weight=4, scale=5),
        ItemSpec("fridge", "冷藏温度", "", "number", weight=2, min_value=Decimal(0), max_value=Decimal(8)),
        ItemSpec("kit", "消防设施", "", "multi_choice", weight=10,
                 options=(OptionSpec("灭火器在位", points=2), OptionSpec("疏散图张贴", points=3),
                          OptionSpec("通道堆物", points=-1), OptionSpec("消防门上锁", fails=True))),
        ItemSpec("note", "备注", "", "text", required=False),
        ItemSpec("sign", "标识", "", "yes_no", weight=0),
    ]
    for spec in specs:
        version = svc.save_item(empty_ctx, version.id, section.id, spec)
    dialog = PreviewDialog(version)
    qtbot.addWidget(dialog)
    by_key = {i.spec.key: dialog.rule_labels[i.id].text() for i in version.items()}
    assert by_key["exit_clear"] == "合格得 5 分，不合格得 0 分并判为不合格。"
    assert by_key["floor"] == "得分 = 4 × 评分 / 5；评分低于 2.5 判为不合格。"
    assert by_key["fridge"] == "在 [0, 8] 之内得 2 分；超出得 0 分并判为不合格。"
    assert by_key["kit"].startswith("得分 = 10 × （所选选项分值之和，负分选项扣分，最低为 0）/ 5（全部正分之和）")
    assert by_key["kit"].endswith("选项：灭火器在位 2 · 疏散图张贴 3 · 通道堆物 -1 · 消防门上锁 0 (不合格)")
    assert by_key["note"] == "只记录，不计分。"
    assert by_key["sign"].endswith("权重为 0：不计入得分和满分。")
    assert "权重 ×23" in dialog.findChildren(QGroupBox)[-1].title()
