""""N/A allowed" in the interface (issue 23): the runner offers no N/A on an item whose template forbids
it (no toggle, the N key does nothing) and offers it on the others; the template editor's check box
(off by default for a new item made critical, kept as saved for existing items) round-trips through
save and publish; the preview says "N/A not allowed"; the refusal reads as one sentence naming the item."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from opsdesk.errors import NaNotAllowedError
from opsdesk.permissions import as_system
from opsdesk.services import org, runs
from opsdesk.services import templates as svc
from opsdesk.templates_io import ItemSpec, content_hash, parse_template
from ui.errors import describe
from ui.pages.templates import PreviewDialog, TemplatesPage
from ui.widgets.answer_editors import editor_for
from ui.widgets.runner import RunnerDialog

ROLE = Qt.ItemDataRole.UserRole

VETO = {
    "format": "opsdesk-template", "format_version": 1, "code": "veto_na", "kind": "inspection",
    "title": "消防专项", "title_en": "Fire safety",
    "sections": [{"title": "消防", "title_en": "Fire", "items": [
        {"key": "exit_clear", "text": "安全出口畅通", "text_en": "Exits clear", "type": "pass_fail", "weight": 5,
         "critical": True, "na": False},
        {"key": "extinguisher", "text": "灭火器在位", "text_en": "Extinguisher in place", "type": "yes_no"},
        {"key": "drill", "text": "消防演练评分", "text_en": "Drill rating", "type": "rating", "scale": 5, "na": False},
    ]}],
}


def na_buttons(widget) -> list[QPushButton]:  # noqa: ANN001
    return [b for b in widget.findChildren(QPushButton) if b.property("answerNa")]


@pytest.fixture
def veto_run(demo_ctx, tmp_path):  # noqa: ANN001, ANN201
    path = tmp_path / "veto.json"
    path.write_text(json.dumps(VETO, ensure_ascii=False), encoding="utf-8")
    version = svc.import_file(as_system(demo_ctx), path)  # head office's template: the world
    run = runs.start_run(demo_ctx, org.query_stores(demo_ctx)[0].id, version.template_id, "routine")
    return run, {i.key: i.id for i in version.items()}


def open_runner(qtbot, ctx, run_id) -> RunnerDialog:  # noqa: ANN001
    dialog = RunnerDialog(ctx, run_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def press(qtbot, key: Qt.Key) -> None:  # noqa: ANN001
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


# ---------------------------------------------------------------- the runner


def test_the_runner_shows_no_na_where_the_template_forbids_it(qtbot, demo_ctx, veto_run) -> None:  # noqa: ANN001
    run, ids = veto_run
    dialog = open_runner(qtbot, demo_ctx, run.id)
    veto, other, rating = (dialog.cards[ids[k]] for k in ("exit_clear", "extinguisher", "drill"))
    assert veto.editor.na_button is None and na_buttons(veto) == []
    assert rating.editor.na_button is None and na_buttons(rating) == []
    assert other.editor.na_button is not None and other.editor.na_button.isVisible()
    assert na_buttons(other) == [other.editor.na_button]
    # the card says why (the veto item's tags)
    no_na = QCoreApplication.translate("ItemCard", "N/A not allowed")
    assert no_na in veto.tags.text() and no_na in rating.tags.text() and no_na not in other.tags.text()


def test_the_n_key_does_nothing_on_such_an_item_and_answers_na_on_others(qtbot, demo_ctx, veto_run) -> None:  # noqa: ANN001
    run, ids = veto_run
    dialog = open_runner(qtbot, demo_ctx, run.id)
    dialog.set_current(ids["exit_clear"])
    dialog.setFocus()
    press(qtbot, Qt.Key.Key_N)
    assert runs.get_run(demo_ctx, run.id).answer(ids["exit_clear"]) is None
    assert dialog.current_id == ids["exit_clear"]  # nothing answered: the runner stays on the item
    press(qtbot, Qt.Key.Key_F)  # the other keys still answer it
    assert runs.get_run(demo_ctx, run.id).answer(ids["exit_clear"]).value == "fail"

    dialog.set_current(ids["extinguisher"])
    dialog.setFocus()
    press(qtbot, Qt.Key.Key_N)
    answer = runs.get_run(demo_ctx, run.id).answer(ids["extinguisher"])
    assert answer.na and answer.value is None
    assert dialog.cards[ids["extinguisher"]].editor.na_button.isChecked()
    # the run failed its veto and N/A cannot take it back
    assert runs.get_run(demo_ctx, run.id).score.critical_failed


def test_answer_editors_drop_the_toggle_and_the_key_for_such_an_item(qtbot) -> None:  # noqa: ANN001
    for kind, extra in (("pass_fail", {}), ("rating", {"scale": 5}), ("text", {}), ("date", {})):
        allowed = editor_for(ItemSpec("k", "项", "Item", kind, **extra))
        forbidden = editor_for(ItemSpec("k", "项", "Item", kind, na_allowed=False, **extra))
        for editor in (allowed, forbidden):
            qtbot.addWidget(editor)
        assert allowed.na_button is not None and allowed.key_value(Qt.Key.Key_N) == (None, True), kind
        assert forbidden.na_button is None and na_buttons(forbidden) == [], kind
        assert forbidden.key_value(Qt.Key.Key_N) is None, kind


def test_the_refusal_names_the_item_in_one_sentence() -> None:
    exc = NaNotAllowedError("item-1", "exit_clear", "安全出口畅通", "Exits clear")
    text = describe(exc)
    assert "安全出口畅通" in text and "\n" not in text
    assert text != QCoreApplication.translate("Errors", "This value is not valid.")


# ---------------------------------------------------------------- the template editor


def make_page(qtbot, ctx) -> TemplatesPage:  # noqa: ANN001
    page = TemplatesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    page.refresh()
    return page


def select_node(page: TemplatesPage, kind: str, ident: str) -> None:
    it = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    while it:
        node = it.pop(0)
        if tuple(node.data(0, ROLE)) == (kind, ident):
            page.tree.setCurrentItem(node)
            return
        it.extend(node.child(i) for i in range(node.childCount()))
    raise AssertionError(f"{kind} {ident} not in the tree")


def add_item(qtbot, page: TemplatesPage, text: str) -> None:  # noqa: ANN001
    select_node(page, "section", page.version.sections[0].id)
    qtbot.mouseClick(page.add_item_button, Qt.MouseButton.LeftButton)
    assert page.forms.currentWidget() is page.item_form
    page.item_form.text.setText(text)


def click(qtbot, box) -> None:  # noqa: ANN001
    """A click on the check box's indicator, as a person ticks it."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def test_a_new_item_made_critical_starts_without_na_and_round_trips(qtbot, empty_ctx, answer_yes) -> None:  # noqa: ANN001
    page = make_page(qtbot, empty_ctx)
    v1 = svc.create_template(empty_ctx, "fire_check", "inspection", "消防检查", "Fire check")
    page.load_templates(select_id=v1.template_id)
    form = page.item_form

    add_item(qtbot, page, "安全出口畅通")
    assert form.na_allowed.isVisible() and form.na_allowed.isChecked()  # a new item: N/A allowed
    click(qtbot, form.critical)
    assert form.critical.isChecked() and not form.na_allowed.isChecked()  # made critical: not allowed
    click(qtbot, form.critical)
    assert not form.critical.isChecked() and form.na_allowed.isChecked()  # and back
    click(qtbot, form.critical)
    assert page.save()
    veto = next(i for i in svc.get_version(empty_ctx, v1.id).items() if i.text == "安全出口畅通")
    assert veto.critical and not veto.na_allowed

    # A new item whose box the user set keeps it, whatever "Critical" does.
    add_item(qtbot, page, "灭火器在位")
    click(qtbot, form.na_allowed)
    assert not form.na_allowed.isChecked()
    click(qtbot, form.critical)
    click(qtbot, form.critical)
    assert not form.critical.isChecked() and not form.na_allowed.isChecked()
    click(qtbot, form.na_allowed)
    assert page.save()
    other = next(i for i in svc.get_version(empty_ctx, v1.id).items() if i.text == "灭火器在位")
    assert not other.critical and other.na_allowed

    # Publish: the version keeps it, its file says "na": false, and it hashes unlike an allowed one.
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    published = svc.get_version(empty_ctx, v1.id)
    assert published.status == "published"
    assert {i.key: i.na_allowed for i in published.items()} == {veto.key: False, other.key: True}
    data = svc.export_data(empty_ctx, "fire_check")
    items = {i["key"]: i for s in data["sections"] for i in s["items"]}
    assert items[veto.key]["na"] is False and "na" not in items[other.key]
    assert published.content_hash == content_hash(published.spec())
    for item in data["sections"][0]["items"]:
        item.pop("na", None)
    assert content_hash(parse_template(data)) != published.content_hash

    # Existing items keep theirs: in the next draft, making the allowed item critical leaves its box on.
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.version.status == "draft" and page.version.id != v1.id
    draft_other = next(i for i in page.version.items() if i.key == other.key)
    select_node(page, "item", draft_other.id)
    assert form.na_allowed.isChecked()
    click(qtbot, form.critical)
    assert form.critical.isChecked() and form.na_allowed.isChecked()
    draft_veto = next(i for i in page.version.items() if i.key == veto.key)
    assert page.save()
    select_node(page, "item", draft_veto.id)
    assert not form.na_allowed.isChecked()  # loaded as saved
    click(qtbot, form.critical)
    assert not form.critical.isChecked() and not form.na_allowed.isChecked()


def test_a_photo_item_has_no_na_box(qtbot, empty_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, empty_ctx)
    v1 = svc.create_template(empty_ctx, "photo_check", "inspection", "拍照检查", "Photo check")
    page.load_templates(select_id=v1.template_id)
    add_item(qtbot, page, "门头照片")
    form = page.item_form
    assert form.na_allowed.isVisible()
    form.answer_type.setCurrentIndex(form.answer_type.findData("photo"))
    assert not form.na_allowed.isVisible()
    form.answer_type.setCurrentIndex(form.answer_type.findData("yes_no"))
    assert form.na_allowed.isVisible()


def test_the_preview_says_na_not_allowed_and_offers_no_na_there(qtbot, demo_ctx, veto_run) -> None:  # noqa: ANN001
    _run, ids = veto_run
    version = svc.published_version(demo_ctx, svc.template_by_code(demo_ctx, "veto_na").id)
    dialog = PreviewDialog(version)
    qtbot.addWidget(dialog)
    no_na = QCoreApplication.translate("PreviewDialog", "N/A not allowed")
    rows = {key: dialog.answer_widgets[item_id].parentWidget() for key, item_id in ids.items()}
    texts = {key: " ".join(label.text() for label in row.findChildren(type(dialog.rule_labels[ids["drill"]])))
             for key, row in rows.items()}
    assert f"[{no_na}]" in texts["exit_clear"] and f"[{no_na}]" in texts["drill"]
    assert no_na not in texts["extinguisher"]
    assert na_buttons(dialog.answer_widgets[ids["exit_clear"]]) == []
    assert len(na_buttons(dialog.answer_widgets[ids["extinguisher"]])) == 1
