"""The daily checklists page as a store manager: one-click answers saved at once, completing,
read-only completed checklists, the history of missing days."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, select

from opsdesk.models import ChecklistRun
from opsdesk.permissions import as_system
from opsdesk.services import daily, org, runs, workspace
from ui.pages.daily import RED, DailyPage, history_state_text
from ui.widgets.photo_viewer import PhotoViewer


def set_opened(ctx, store: org.StoreDTO, opened_on: date) -> org.StoreDTO:  # noqa: ANN001
    data = org.StoreInput(code=store.code, name=store.name, region_id=store.region_id, kind=store.kind,
                          status="open", address=store.address, phone=store.phone, opened_on=opened_on,
                          manager_id=store.manager_id, supervisor_id=store.supervisor_id)
    return org.update_store(as_system(ctx), store.id, data)  # head office's step: the test's world


@pytest.fixture
def manager(demo_ctx):  # noqa: ANN001, ANN201
    """A store manager of an open store (open for a year), using the app."""
    store = org.query_stores(demo_ctx, org.StoreQuery(status="open"))[0]
    store = set_opened(demo_ctx, store, daily.business_day() - timedelta(days=365))
    user = workspace.set_current_user(demo_ctx, store.manager_id)
    assert user.role == "store_manager"
    return store


def make_page(qtbot, ctx) -> DailyPage:  # noqa: ANN001
    page = DailyPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def rows_of_type(panel, answer_type: str) -> list:  # noqa: ANN001
    return [r for r in panel.rows.values() if r.item.answer_type == answer_type]


def click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def saved(ctx, panel, item_id: str):  # noqa: ANN001, ANN201
    answer = runs.get_run(ctx, panel.run.id).answer(item_id)
    return None if answer is None else answer.value


def answer_everything(qtbot, panel) -> None:  # noqa: ANN001
    for row in panel.rows.values():
        if row.pass_button is not None:
            click(qtbot, row.pass_button)
        elif row.item.answer_type == "number":
            row.line_edit.setFocus()
            qtbot.keyClicks(row.line_edit, str(row.item.min_value or 1))
            qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
        elif row.item.answer_type == "text":
            row.line_edit.setFocus()
            qtbot.keyClicks(row.line_edit, "handed over to Li")
            qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)


def test_shows_the_managers_store_and_todays_two_checklists(qtbot, demo_ctx, manager) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    assert page.store_id() == manager.id
    assert page.store_label.isVisible() and not page.store_combo.isVisible()  # one store: nothing to choose
    assert manager.name in page.store_label.text()
    assert page.day() == daily.business_day()
    for panel in (page.opening, page.closing):
        assert panel.run is None and len(panel.rows) > 10
        assert panel.complete_button.isVisible()
        assert panel.progress.value() == 0
    assert page.opening.title.text() == "开店检查" or page.opening.title.text() == "Opening checklist"


def test_one_click_answers_are_saved_at_once(qtbot, demo_ctx, manager, monkeypatch) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    panel = page.opening
    first, second = rows_of_type(panel, "pass_fail")[:2]

    click(qtbot, first.pass_button)
    assert panel.run is not None and panel.run.run_type == "opening" and panel.run.business_date == page.day()
    assert saved(demo_ctx, panel, first.item.id) == "pass"
    assert first.pass_button.isChecked() and not first.fail_button.isChecked()

    click(qtbot, second.fail_button)
    assert saved(demo_ctx, panel, second.item.id) == "fail"
    assert second.fail_button.isChecked()
    click(qtbot, second.pass_button)  # switch the answer
    assert saved(demo_ctx, panel, second.item.id) == "pass"
    click(qtbot, second.pass_button)  # a second click on the chosen answer clears it
    assert saved(demo_ctx, panel, second.item.id) is None
    assert not second.pass_button.isChecked() and not second.fail_button.isChecked()

    number = rows_of_type(panel, "number")[0]
    # 480 lies outside the till float's range (500): kept only once confirmed.
    asked = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or next(answers)))
    number.line_edit.setFocus()
    qtbot.keyClicks(number.line_edit, "480")
    qtbot.keyClick(number.line_edit, Qt.Key.Key_Return)
    assert len(asked) == 1 and "480" in asked[0]
    assert saved(demo_ctx, panel, number.item.id) is None and number.error_label.isVisible()  # declined
    number.line_edit.setText("480")  # typed again, confirmed this time
    qtbot.keyClick(number.line_edit, Qt.Key.Key_Return)
    assert saved(demo_ctx, panel, number.item.id) == Decimal("480")
    assert runs.get_run(demo_ctx, panel.run.id).answer(number.item.id).failed  # the till float must be 500

    assert panel.progress.value() == 2
    # Only one run was started for all those clicks, and it is still a draft.
    found = runs.query_runs(demo_ctx, runs.RunQuery(store_id=manager.id, run_types=("opening",)))
    assert [r.id for r in found] == [panel.run.id] and found[0].status == "draft"

    # Shown again from the database, the answers are there.
    page.refresh()
    assert page.opening.rows[first.item.id].pass_button.isChecked()
    assert page.opening.rows[number.item.id].line_edit.text() == "480"
    assert page.opening.progress.value() == 2


def test_completing_with_missing_items_lists_them_and_keeps_the_draft(qtbot, demo_ctx, manager) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    panel = page.closing
    answered = rows_of_type(panel, "pass_fail")[0]
    click(qtbot, answered.pass_button)
    click(qtbot, panel.complete_button)

    required = {i for i, r in panel.rows.items() if r.item.required}
    assert set(panel.missing_items()) == required - {answered.item.id}
    assert panel.missing_label.isVisible()
    text = panel.missing_label.text()
    second = next(r for r in panel.rows.values() if r.item.id != answered.item.id)
    assert second.item.text in text or second.item.text_en in text  # named, not an id
    assert "…" in text  # the rest is counted, not listed
    assert runs.get_summary(demo_ctx, panel.run.id).status == "draft"
    assert not panel.is_read_only() and panel.complete_button.isVisible()

    # Answering a marked item clears its mark.
    click(qtbot, second.pass_button)
    assert second.item.id not in panel.missing_items()


def test_complete_before_any_answer_starts_nothing(qtbot, demo_ctx, manager) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    click(qtbot, page.opening.complete_button)
    assert page.opening.missing_items() and page.opening.missing_label.isVisible()
    assert page.opening.run is None
    assert daily.day_checklists(demo_ctx, manager.id, page.day()).opening.run is None


def test_a_completed_checklist_is_read_only_with_its_time(qtbot, demo_ctx, manager) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    panel = page.closing
    answer_everything(qtbot, panel)
    assert panel.progress.value() == len(panel.rows)
    click(qtbot, panel.complete_button)

    summary = runs.get_summary(demo_ctx, panel.run.id)
    assert summary.status == "completed" and summary.completed_at is not None
    assert panel.is_read_only()
    assert not panel.complete_button.isVisible() and not panel.missing_label.isVisible()
    assert panel.done_label.isVisible() and ":" in panel.done_label.text()
    for row in panel.rows.values():
        if row.pass_button is not None:
            assert not row.pass_button.isEnabled() and row.pass_button.isChecked()
        if row.line_edit is not None:
            assert row.line_edit.isReadOnly() and row.line_edit.text()
    # Still read-only when shown again; the history shows today's closing as done.
    page.refresh()
    assert page.closing.is_read_only()
    assert page.history_table.item(0, 2).data(Qt.ItemDataRole.UserRole) == "done"
    assert page.history_table.item(0, 1).data(Qt.ItemDataRole.UserRole) == "missing"


def test_a_failed_item_that_needs_a_photo_takes_one(qtbot, demo_ctx, manager, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    panel = page.opening
    answer_everything(qtbot, panel)
    needs_photo = next(r for r in panel.rows.values() if r.item.photo_on_fail)
    click(qtbot, needs_photo.fail_button)
    assert needs_photo.photo_button.isVisible()
    click(qtbot, panel.complete_button)
    assert panel.missing_items() == [needs_photo.item.id]
    assert runs.get_summary(demo_ctx, panel.run.id).status == "draft"

    picture = tmp_path / "exit.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(picture))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(picture), "")))
    click(qtbot, needs_photo.photo_button)
    assert len(runs.get_run(demo_ctx, panel.run.id).answer(needs_photo.item.id).photos) == 1
    assert panel.missing_items() == []
    click(qtbot, panel.complete_button)
    assert runs.get_summary(demo_ctx, panel.run.id).status == "completed"


def test_history_marks_days_without_checklists_as_missing(qtbot, demo_ctx, manager) -> None:  # noqa: ANN001
    today = daily.business_day()
    yesterday, before = today - timedelta(days=1), today - timedelta(days=2)
    for kind in daily.KINDS:
        run = daily.open_checklist(demo_ctx, manager.id, kind, yesterday)
        for item in runs.get_run(demo_ctx, run.id).version.items():
            value = {"pass_fail": "pass", "number": item.min_value, "text": "ok"}[item.answer_type]
            runs.set_answer(demo_ctx, run.id, item.id, value)
        runs.complete(demo_ctx, run.id)
    daily.open_checklist(demo_ctx, manager.id, "opening", before - timedelta(days=1))  # a draft only

    page = make_page(qtbot, demo_ctx)
    table = page.history_table
    assert table.rowCount() == 30
    by_day = {table.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(table.rowCount())}

    done = by_day[yesterday.isoformat()]
    assert [table.item(done, c).data(Qt.ItemDataRole.UserRole) for c in (1, 2)] == ["done", "done"]
    missing = by_day[before.isoformat()]
    for column in (1, 2):
        cell = table.item(missing, column)
        assert cell.data(Qt.ItemDataRole.UserRole) == "missing"
        assert cell.text() == history_state_text("missing", False)
        assert cell.foreground().color() == QColor(RED)
    draft = by_day[(before - timedelta(days=1)).isoformat()]
    assert table.item(draft, 1).data(Qt.ItemDataRole.UserRole) == "draft"
    assert table.item(draft, 1).foreground().color() == QColor(RED)
    # Today is not over: not counted as missing.
    assert table.item(by_day[today.isoformat()], 1).text() == history_state_text("missing", True)
    assert "3.4" in page.compliance_label.text()  # 1 of the 29 finished days

    # Double-clicking a day opens its checklists.
    page.open_history_row(missing)
    assert page.day() == before and page.tabs.currentIndex() == 0
    assert page.opening.run is None
    page.open_history_row(done)
    assert page.opening.is_read_only() and page.closing.is_read_only()


def test_ctrl_left_and_right_move_between_days(qtbot, demo_ctx, manager) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    with qtbot.waitActive(page):
        page.activateWindow()
    today = daily.business_day()
    target = page.opening.complete_button
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert page.day() == today - timedelta(days=1)
    qtbot.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert page.day() == today - timedelta(days=2)
    target = page.opening.complete_button  # the panels were reloaded: same buttons
    for _ in range(3):
        qtbot.keyClick(target, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page.day() == today  # never past today
    click(qtbot, page.prev_button)
    click(qtbot, page.today_button)
    assert page.day() == today


def test_answering_a_past_day_files_it_under_that_day(qtbot, demo_ctx, manager) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    day = daily.business_day() - timedelta(days=3)
    page.set_day(day)
    click(qtbot, rows_of_type(page.opening, "pass_fail")[0].pass_button)
    assert page.opening.run.business_date == day
    assert runs.get_summary(demo_ctx, page.opening.run.id).business_date == day


def test_supervisor_chooses_among_their_stores(qtbot, demo_ctx) -> None:  # noqa: ANN001
    supervisor = next(u for u in org.query_users(demo_ctx, org.UserQuery(role="supervisor"))
                      if len(daily.stores_for_user(demo_ctx, u.id)) > 1)
    workspace.set_current_user(demo_ctx, supervisor.id)
    page = make_page(qtbot, demo_ctx)
    stores = daily.stores_for_user(demo_ctx, supervisor.id)
    assert page.store_combo.isVisible() and page.store_combo.count() == len(stores)
    page.store_combo.setCurrentIndex(1)
    assert page.store_id() == stores[1].id
    click(qtbot, rows_of_type(page.closing, "pass_fail")[0].pass_button)
    assert page.closing.run.store_id == stores[1].id


def test_user_without_stores_sees_an_explanation(qtbot, demo_ctx) -> None:  # noqa: ANN001
    user = org.create_user(as_system(demo_ctx), org.UserInput(username="newclerk", name="新店员", role="staff"))
    workspace.set_current_user(demo_ctx, user.id)
    page = make_page(qtbot, demo_ctx)
    assert page.no_store_label.isVisible() and not page.tabs.isVisible()
    assert page.store_id() is None


# ---------------------------------------------------------------- photos, progress and what is missing


def picture(path, size=(64, 48), colour="#336699"):  # noqa: ANN001, ANN201
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def drop(widget, *paths) -> bool:  # noqa: ANN001
    """Drag ``paths`` onto ``widget`` and drop them, as the window system does; whether the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = widget.rect().center()
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(QPointF(at), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, dropped)
    return dropped.isAccepted()


def daily_run_rows(ctx, store_id: str) -> int:  # noqa: ANN001
    """checklist_run rows of the store in the database file, discarded ones included."""
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(ChecklistRun).where(ChecklistRun.store_id == store_id))


def test_dropping_a_photo_on_an_item_adds_it(qtbot, demo_ctx, manager, tmp_path) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    panel = page.opening
    row = rows_of_type(panel, "pass_fail")[0]
    assert panel.run is None and not row.thumbs()

    assert drop(row, picture(tmp_path / "door.png"))
    assert panel.run is not None  # the first photo starts the day's run
    photos = runs.get_run(demo_ctx, panel.run.id).answer(row.item.id).photos
    assert [p.original_name for p in photos] == ["door.png"]
    assert len(row.thumbs()) == 1 and row.photo_button.text() == "1"

    # Several at once; files that are not photos by name are not even taken by the drag.
    assert drop(row, picture(tmp_path / "a.png", colour="#aa0000"), picture(tmp_path / "b.jpg", colour="#00aa00"))
    assert len(runs.get_run(demo_ctx, panel.run.id).answer(row.item.id).photos) == 3 and len(row.thumbs()) == 3
    (tmp_path / "list.txt").write_text("milk", encoding="utf-8")
    assert not drop(row, tmp_path / "list.txt")


def test_a_refused_photo_starts_no_run_and_says_why(qtbot, demo_ctx, manager, tmp_path) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    panel = page.closing
    row = rows_of_type(panel, "pass_fail")[0]
    fake = tmp_path / "receipt.jpg"
    fake.write_text("this is not a photo", encoding="utf-8")
    before = daily_run_rows(demo_ctx, manager.id)

    drop(row, fake)
    assert panel.run is None
    assert daily_run_rows(demo_ctx, manager.id) == before  # nothing started, nothing discarded
    assert daily.day_checklists(demo_ctx, manager.id, page.day()).closing.run is None
    assert row.error_label.isVisible() and "receipt.jpg" in row.error_label.text()
    assert not row.thumbs()


def test_progress_counts_a_failure_done_only_with_its_photo(qtbot, demo_ctx, manager, tmp_path) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    panel = page.opening
    answer_everything(qtbot, panel)
    total = len(panel.rows)
    assert panel.progress.value() == total and not panel.missing_label.isVisible()
    needs_photo = next(r for r in panel.rows.values() if r.item.photo_on_fail)
    click(qtbot, needs_photo.fail_button)

    # Every item has an answer, but one is not done: the page says which and why Complete is refused.
    assert panel.progress.value() == total - 1
    assert f"{total - 1}/{total}" in panel.progress_label.text()
    assert panel.missing_label.isVisible()
    text = panel.missing_label.text()
    assert f'href="item:{needs_photo.item.id}"' in text
    assert needs_photo.item.text in text or needs_photo.item.text_en in text
    assert panel.missing_now() == [(needs_photo.item.id, "photo_required")]
    assert panel.complete_button.toolTip() != panel.tr("Close the checklist; it cannot be changed afterwards")

    # The item's name is a link to it: the list scrolls there and the photo button takes the focus.
    panel.scroll.verticalScrollBar().setValue(0)
    panel.missing_label.linkActivated.emit(f"item:{needs_photo.item.id}")
    assert not needs_photo.visibleRegion().isEmpty()
    assert panel.window().focusWidget() is needs_photo.photo_button

    click(qtbot, panel.complete_button)
    assert runs.get_summary(demo_ctx, panel.run.id).status == "draft"
    assert panel.missing_items() == [needs_photo.item.id]
    assert "<a " in panel.missing_label.text()

    assert drop(needs_photo, picture(tmp_path / "exit.png"))
    assert panel.progress.value() == total and not panel.missing_label.isVisible()
    assert panel.missing_items() == []
    click(qtbot, panel.complete_button)
    assert runs.get_summary(demo_ctx, panel.run.id).status == "completed"


def test_refused_complete_lists_required_items_as_links_until_answered(qtbot, demo_ctx, manager) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    panel = page.closing
    click(qtbot, rows_of_type(panel, "pass_fail")[0].pass_button)
    assert not panel.missing_label.isVisible()  # unanswered items are the progress bar's business...
    click(qtbot, panel.complete_button)
    assert panel.missing_label.isVisible()  # ...until Complete is refused: then each one is named
    required = [i for i, r in panel.rows.items() if r.item.required and not r.done]
    text = panel.missing_label.text()
    for item_id in required[:5]:
        assert f'href="item:{item_id}"' in text
    first = panel.rows[required[0]]
    assert first.is_missing()
    if first.pass_button is not None:
        click(qtbot, first.pass_button)
        assert not first.is_missing() and f'href="item:{required[0]}"' not in panel.missing_label.text()
    for row in panel.rows.values():
        if not row.done and row.pass_button is not None:
            click(qtbot, row.pass_button)
    for row in panel.rows.values():
        if not row.done and row.line_edit is not None:
            row.line_edit.setFocus()
            qtbot.keyClicks(row.line_edit, str(row.item.min_value or 1) if row.item.answer_type == "number" else "ok")
            qtbot.keyClick(row.line_edit, Qt.Key.Key_Return)
    assert all(r.done for r in panel.rows.values())
    assert not panel.missing_label.isVisible() and panel.missing_items() == []


def test_a_photo_thumbnail_opens_the_viewer(qtbot, demo_ctx, manager, tmp_path) -> None:  # noqa: ANN001
    page = make_page(qtbot, demo_ctx)
    row = rows_of_type(page.opening, "pass_fail")[1]
    drop(row, picture(tmp_path / "one.png", (400, 300)), picture(tmp_path / "two.png", (300, 400), "#aa3300"))
    thumbs = row.thumbs()
    assert len(thumbs) == 2
    qtbot.mouseClick(thumbs[1], Qt.MouseButton.LeftButton)
    viewer = thumbs[1].viewer
    assert isinstance(viewer, PhotoViewer) and viewer.isVisible() and viewer.index == 1
    qtbot.waitUntil(lambda: not viewer.loading, timeout=10000)
    assert viewer.item.pixmap().size().toTuple() == (300, 400) and "two.png" in viewer.windowTitle()
    qtbot.keyClick(viewer.view, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: not viewer.loading, timeout=10000)
    assert viewer.index == 0 and "one.png" in viewer.windowTitle()
    qtbot.keyClick(viewer.view, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
