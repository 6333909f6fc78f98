"""The corrective-action loop in the UI: proposals after an inspection, follow-up re-checks,
the store view with its 整改率, and the start-up reminders."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from opsdesk.services import actions, followups, org, runs, templates
from ui.pages.stores import StoreViewDialog
from ui.style import RED
from ui.widgets.proposals import ProposalsDialog
from ui.widgets.reminders import RemindersDialog
from ui.widgets.runner import RunnerDialog

VALUES = {"pass_fail": "pass", "yes_no": "yes", "rating": 5, "choice": 0, "number": "0.1", "text": "无"}


def failed_inspection(ctx, store, failing: tuple[str, ...]) -> str:  # noqa: ANN001
    """A completed 门店日常巡检 with the given item keys failed (photos attached where required)."""
    tpl = templates.template_by_code(ctx, "store_routine")
    run = runs.start_run(ctx, store.id, tpl.id, "routine")
    detail = runs.get_run(ctx, run.id)
    for item in detail.version.items():
        if item.answer_type == "photo":
            continue
        value = "fail" if item.key in failing else VALUES.get(item.answer_type)
        runs.set_answer(ctx, run.id, item.id, value)
    for missing in runs.missing_items(ctx, run.id):
        runs.add_photo(ctx, run.id, missing.item_id, ctx.db.path.with_name("shot.png"))
    runs.complete(ctx, run.id)
    return run.id


def picture(ctx):  # noqa: ANN001, ANN201
    from PIL import Image

    path = ctx.db.path.with_name("shot.png")
    Image.new("RGB", (32, 32), (200, 0, 0)).save(path)
    return path


def test_proposals_can_be_edited_merged_and_dropped(qtbot, demo_ctx) -> None:  # noqa: ANN001
    picture(demo_ctx)
    store = org.query_stores(demo_ctx)[0]
    run_id = failed_inspection(demo_ctx, store, ("signage_intact_lit", "price_tags_match_system",
                                                 "emergency_exits_clear"))
    dialog = ProposalsDialog(demo_ctx, run_id)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    manager = org.get_store(demo_ctx, store.id).manager_id
    assert all(p.input.assignee_id == manager for p in dialog.proposals)
    # merge the first two
    dialog.table.selectRow(0)
    dialog.table.selectionModel().select(dialog.table.model().index(1, 0),
                                         dialog.table.selectionModel().SelectionFlag.Select |
                                         dialog.table.selectionModel().SelectionFlag.Rows)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 2
    merged = dialog.proposals[0]
    assert len(merged.input.item_keys) == 2
    # edit the other one's title, then drop it
    dialog.table.cellWidget(1, 1).setText("立即清理安全出口杂物")
    assert dialog.edited(1).input.title == "立即清理安全出口杂物"
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    made = actions.query_actions(demo_ctx, actions.ActionQuery(source_run_id=run_id))
    assert len(made) == 1 and set(made[0].item_keys) == {"signage_intact_lit", "price_tags_match_system"}
    # the dropped finding is still proposable later; the merged ones are not proposed again
    again = actions.propose_from_run(demo_ctx, run_id)
    assert [p.input.item_keys for p in again] == [("emergency_exits_clear",)]


def test_completing_in_the_runner_offers_the_proposals(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    picture(demo_ctx)
    store = org.query_stores(demo_ctx)[1]
    tpl = templates.template_by_code(demo_ctx, "store_routine")
    run = runs.start_run(demo_ctx, store.id, tpl.id, "routine")
    for item in runs.get_run(demo_ctx, run.id).version.items():
        runs.set_answer(demo_ctx, run.id, item.id, "fail" if item.key == "floor_glass_counter_clean"
                        else VALUES.get(item.answer_type))
    shown: list[int] = []
    monkeypatch.setattr(ProposalsDialog, "exec", lambda self: shown.append(self.table.rowCount()) or 1)
    dialog = RunnerDialog(demo_ctx, run.id)
    qtbot.addWidget(dialog)
    for missing in runs.missing_items(demo_ctx, run.id):
        dialog.add_photos(missing.item_id, [str(demo_ctx.db.path.with_name("shot.png"))])
    dialog.complete()
    assert shown == [1]
    assert runs.get_summary(demo_ctx, run.id).status == "completed"


def test_follow_up_runner_rechecks_open_actions(qtbot, demo_ctx) -> None:  # noqa: ANN001
    picture(demo_ctx)
    store = org.query_stores(demo_ctx)[2]
    run_id = failed_inspection(demo_ctx, store, ("signage_intact_lit", "floor_glass_counter_clean"))
    made = actions.create_from_proposals(demo_ctx, actions.propose_from_run(demo_ctx, run_id))
    follow = followups.start_follow_up(demo_ctx, store.id)
    dialog = RunnerDialog(demo_ctx, follow)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sections.currentRow() == 0 and "1" not in dialog.sections.item(0).text()[:2]
    assert set(dialog.recheck_cards) == {a.id for a in made}
    fixed, still = made
    qtbot.mouseClick(dialog.recheck_cards[fixed.id].pass_button, Qt.MouseButton.LeftButton)
    dialog.recheck_cards[still.id].note.setText("地面仍有污渍")
    qtbot.mouseClick(dialog.recheck_cards[still.id].fail_button, Qt.MouseButton.LeftButton)
    assert actions.get_action(demo_ctx, fixed.id).status == "submitted"
    assert actions.get_action(demo_ctx, fixed.id).evidence_run_id == follow
    assert actions.get_action(demo_ctx, still.id).status == "reopened"
    assert "2/2" in dialog.sections.item(0).text()
    dialog.complete()  # the template items are optional in a follow-up
    assert runs.get_summary(demo_ctx, follow).status == "completed"


def test_store_view_shows_open_actions_and_closure_rate(qtbot, demo_ctx) -> None:  # noqa: ANN001
    store = org.query_stores(demo_ctx)[0]
    today = date.today()
    a = actions.create_action(demo_ctx, actions.ActionInput(store.id, "补齐价签", today - timedelta(days=2)))
    b = actions.create_action(demo_ctx, actions.ActionInput(store.id, "更换灯管", today + timedelta(days=5)))
    done = actions.create_action(demo_ctx, actions.ActionInput(store.id, "清理仓库", today + timedelta(days=1)))
    actions.transition(demo_ctx, done.id, "submitted", fix_note="已清理")
    actions.transition(demo_ctx, done.id, "verified", "现场确认")
    view = StoreViewDialog(demo_ctx, org.get_store(demo_ctx, store.id))
    qtbot.addWidget(view)
    titles = {view.actions_table.item(r, 1).text() for r in range(view.actions_table.rowCount())}
    assert titles == {"补齐价签", "更换灯管"}
    overdue_row = next(r for r in range(view.actions_table.rowCount()) if view.actions_table.item(r, 1).text() == "补齐价签")
    assert view.actions_table.item(overdue_row, 0).foreground().color().name() == RED  # the palette's one red
    # Due in the last 90 days: only a (overdue, not verified); done is due tomorrow, b later.
    assert "近 90 天整改率：0.0%（到期 1 项，按期验收 0 项）" in view.rate_label.text()
    assert a.id and b.id


def test_reminders_list_overdue_and_soon_due(qtbot, demo_ctx) -> None:  # noqa: ANN001
    store = org.query_stores(demo_ctx)[0]
    me = demo_ctx.user_id
    today = date.today()
    overdue = actions.create_action(demo_ctx, actions.ActionInput(store.id, "逾期整改", today - timedelta(days=3),
                                                                  assignee_id=me))
    soon = actions.create_action(demo_ctx, actions.ActionInput(store.id, "即将到期", today + timedelta(days=2),
                                                               assignee_id=me))
    actions.create_action(demo_ctx, actions.ActionInput(store.id, "下周到期", today + timedelta(days=9), assignee_id=me))
    due = actions.reminders(demo_ctx, me)
    assert [a.id for a in due] == [overdue.id, soon.id]
    dialog = RemindersDialog(due)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert "3" in dialog.table.item(0, 0).text()  # overdue by 3 days
    opened: list[bool] = []
    dialog.openRegister.connect(lambda: opened.append(True))
    qtbot.mouseClick(dialog.findChild(QPushButton, "openRegister"), Qt.MouseButton.LeftButton)
    assert opened == [True]
