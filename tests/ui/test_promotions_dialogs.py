"""The 促销 dialogs and calendar (pytest-qt on real SQLite workspaces): the plan editor types the domain's
opening promotion through its widgets (exact money, quotas), marks a bad amount on its row and saves nothing;
decisions approve and reject (a reject needs its reason) and refuse a plan changed behind the dialog; a
franchisee signs with a drawn signature; results are typed and imported all-or-nothing; the calendar paints
coloured bars by store and day and a double-click names the plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLineEdit

from opsdesk.errors import FieldProblem
from opsdesk.services import org, promotions, workspace
from opsdesk.services.promotions import (
    BudgetInput,
    MaterialInput,
    PlanInput,
    PromotionQuery,
    StoreTarget,
    TierInput,
)
from ui.errors import problem_text
from ui.pages.promotions.calendar import (
    CLASH_OUTLINE,
    STATUS_COLOURS,
    PromotionCalendar,
)
from ui.pages.promotions.dialogs import (
    AcknowledgeDialog,
    DecisionDialog,
    ImportResultsDialog,
    ResultsDialog,
)
from ui.pages.promotions.editor import PlanEditorDialog, RowTable

TODAY = date.today()


@pytest.fixture
def w(empty_ctx):
    """Head office acting; an ops manager, a supervisor; a company-owned store and a franchise store with its
    manager, in one area."""
    ctx = empty_ctx
    workspace.prepare(ctx)
    hq = org.create_user(ctx, org.UserInput("hq", "总部甲", "head_office"))
    ctx.user_id = hq.id
    region = org.save_region(ctx, "华东", "EAST")
    area = org.save_region(ctx, "上海", "SH", parent_id=region.id)
    ops = org.create_user(ctx, org.UserInput("ops", "运营乙", "ops_manager"))
    sup = org.create_user(ctx, org.UserInput("sup", "督导丙", "supervisor"))
    a = org.create_store(ctx, org.StoreInput("A001", "直营一号店", area.id, opened_on=date(2020, 1, 1)))
    b = org.create_store(ctx, org.StoreInput("F001", "加盟一号店", area.id, kind="franchise",
                                             opened_on=date(2020, 1, 1)))
    boss = org.create_user(ctx, org.UserInput("fmgr", "加盟店长", "store_manager", store_ids=(b.id,)))
    org.update_store(ctx, b.id, org.StoreInput(b.code, b.name, area.id, kind="franchise", opened_on=b.opened_on,
                                               manager_id=boss.id))
    return {"ctx": ctx, "hq": hq, "ops": ops, "sup": sup, "a": a, "b": b, "boss": boss}


def opening_plan(w, start: date | None = None, days: int = 7, theme: str = "新店开业 盛大酬宾") -> PlanInput:
    """As tests/core/test_promotions.py: the domain's opening promotion."""
    start = start or TODAY
    return PlanInput(
        theme=theme, type_code="opening", starts_on=start, ends_on=start + timedelta(days=days - 1),
        stores=(StoreTarget(w["a"].id, Decimal("50000.00"), 800, 120),
                StoreTarget(w["b"].id, Decimal("30000.50"), 500, 80)),
        tiers=(TierInput("每天前 5 名进店顾客", "赠送精美礼品一份", quota_per_store_day=5),
               TierInput("任意消费", "加 48 元换购指定商品", price=Decimal(48)),
               TierInput("购买套装", "168 元超值套装", price=Decimal("168.00")),
               TierInput("购买礼包", "399 元礼包，赠三重好礼", price=Decimal(399), quota_per_store=50)),
        materials=(MaterialInput("开业 POP 海报", "pop", 4, "张", start - timedelta(days=2)),),
        budget=(BudgetInput("materials", Decimal("1200.10"), "海报与横幅"),
                BudgetInput("gifts", Decimal("6000.20"), "礼品 400 份"),
                BudgetInput("staff", Decimal(800), "临促", w["b"].id),
                BudgetInput("media", Decimal("0.10"), "朋友圈")),
        description="开业一周，礼品限量。")


def as_user(w, key: str):
    w["ctx"].user_id = w[key].id
    return w["ctx"]


def approve_all(w, pid: str) -> promotions.PromotionDTO:
    ctx = w["ctx"]
    p = promotions.get_plan(ctx, pid)
    p = promotions.submit(as_user(w, "sup"), pid, p.content_hash, "请审核")
    p = promotions.decide(as_user(w, "ops"), pid, "review", True, p.content_hash, "同意")
    p = promotions.decide(as_user(w, "hq"), pid, "approval", True, p.content_hash, "批准")
    return p


def type_cell(qtbot, rows: RowTable, row: int, key: str, text: str) -> None:
    """Type into a table cell as a person does: go to it, type (the editor opens), Enter."""
    col = rows.column(key)
    rows.table.setFocus()
    rows.table.setCurrentCell(row, col)  # moving into a cell opens its editor (as in a spreadsheet)
    if rows.table.state() != QAbstractItemView.State.EditingState:
        rows.table.editItem(rows.table.item(row, col))
    editors = [e for e in rows.table.viewport().findChildren(QLineEdit, options=Qt.FindChildOption.FindDirectChildrenOnly)
               if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    typed(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: rows.table.item(row, col).text() == text, timeout=1000)


def typed(qtbot, widget, text: str) -> None:
    """Key clicks for what a keyboard types directly; Chinese text arrives through the input method (an
    insert into the focused editor), since QTest cannot synthesise key events for it."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif hasattr(widget, "insert"):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def open_editor(qtbot, w, plan=None) -> PlanEditorDialog:
    dialog = PlanEditorDialog(w["ctx"], plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


# ---------------------------------------------------------------- the editor


def test_the_editor_types_the_domains_opening_promotion(qtbot, w) -> None:
    ctx = w["ctx"]
    d = open_editor(qtbot, w)
    typed(qtbot, d.theme, "新店开业 盛大酬宾")
    d.type.setCurrentIndex(d.type.findData("display"))
    assert not d.price.isChecked()  # the type's price flag is shown ...
    d.type.setCurrentIndex(d.type.findData("opening"))
    assert d.price.isChecked()
    start = TODAY + timedelta(days=3)
    d.starts.setDate(start)
    d.ends.setDate(start + timedelta(days=6))
    assert "7" in d.days.text()
    d.start_time.setText("09:00")

    d.tabs.setCurrentIndex(1)
    click(qtbot, d.add_franchise)
    assert d.chosen_store_ids() == [w["b"].id]
    click(qtbot, d.add_direct)
    assert d.chosen_store_ids() == [w["a"].id, w["b"].id]  # the tree's order: by code
    assert d.targets.row_count() == 2 and "2" in d.store_count.text()
    type_cell(qtbot, d.targets, 0, "sales", "50,000")
    type_cell(qtbot, d.targets, 0, "transactions", "800")
    type_cell(qtbot, d.targets, 1, "sales", "30,000.50")
    type_cell(qtbot, d.targets, 1, "new_members", "80")

    d.tabs.setCurrentIndex(2)
    tiers = [("购买礼包", "399 元礼包，赠三重好礼", "399", "", "50", ""),
             ("每天前 5 名进店顾客", "赠送精美礼品一份", "", "5", "", ""),
             ("任意消费", "加 48 元换购指定商品", "48", "", "", ""),
             ("购买套装", "168 元超值套装", "168.00", "", "", ""),
             ("多余一行", "删掉", "", "", "", "")]
    keys = ("condition", "reward", "price", "quota_per_store_day", "quota_per_store", "quota_total")
    for row, values in enumerate(tiers):
        click(qtbot, d.tiers.buttons["add"])
        for key, value in zip(keys, values, strict=True):
            if value:
                type_cell(qtbot, d.tiers, row, key, value)
    d.tiers.table.setCurrentCell(4, 0)
    click(qtbot, d.tiers.buttons["remove"])  # the extra row goes
    d.tiers.table.setCurrentCell(0, 0)
    for _ in range(3):  # the 399 package moves to the end
        click(qtbot, d.tiers.buttons["down"])
    assert [r["price"] for r in d.tiers.rows()] == ["", "48", "168.00", "399"]

    click(qtbot, d.materials.buttons["add"])
    d.materials.widget_at(0, "kind").setCurrentIndex(d.materials.widget_at(0, "kind").findData("banner"))
    type_cell(qtbot, d.materials, 0, "name", "门头横幅")
    type_cell(qtbot, d.materials, 0, "quantity", "1")
    type_cell(qtbot, d.materials, 0, "unit", "条")
    d.materials.set_value(0, "deliver_by", start - timedelta(days=2))

    d.tabs.setCurrentIndex(3)
    for row, (category, text, amount, store) in enumerate((("materials", "海报与横幅", "1,200.10", None),
                                                           ("gifts", "礼品 400 份", "6000.20", None),
                                                           ("staff", "临促", "800", w["b"].id),
                                                           ("media", "朋友圈", "0.10", None))):
        click(qtbot, d.budget.buttons["add"])
        d.budget.set_value(row, "category", category)
        d.budget.set_value(row, "store_id", store)
        type_cell(qtbot, d.budget, row, "description", text)
        type_cell(qtbot, d.budget, row, "amount", amount)
    assert d.total.text().startswith("8,000.40")  # exact: 1200.10 + 6000.20 + 800 + 0.10
    assert "6,000.20" in d.by_category.text() and "800.00" in d.by_store.text()
    assert "7,200.40" in d.by_store.text()  # the whole plan's lines

    click(qtbot, save_button(d))
    assert d.result() == QDialog.DialogCode.Accepted, d.error_label.text()
    p = promotions.get_plan(ctx, d.plan.id)
    assert p.theme == "新店开业 盛大酬宾" and p.type_code == "opening" and p.price_promotion
    assert (p.starts_on, p.ends_on, p.start_time) == (start, start + timedelta(days=6), "09:00")
    assert [t.price for t in p.tiers] == [None, Decimal("48.00"), Decimal("168.00"), Decimal("399.00")]
    assert p.tiers[0].quota_per_store_day == 5 and p.tiers[3].quota_per_store == 50
    assert p.tiers[3].condition == "购买礼包"
    assert p.budget_total == Decimal("8000.40")
    assert p.budget_by_store() == {None: Decimal("7200.40"), w["b"].id: Decimal("800.00")}
    assert p.store(w["a"].id).target_sales == Decimal("50000.00") and p.store(w["a"].id).target_transactions == 800
    assert p.store(w["b"].id).target_sales == Decimal("30000.50")
    assert [(m.kind, m.name, m.quantity, m.unit, m.deliver_by) for m in p.materials] == [
        ("banner", "门头横幅", 1, "条", start - timedelta(days=2))]


def test_a_bad_amount_is_marked_on_its_row_and_nothing_is_saved(qtbot, w) -> None:
    ctx = w["ctx"]
    d = open_editor(qtbot, w)
    typed(qtbot, d.theme, "会员日")
    d.check_stores([w["a"].id])
    d.tabs.setCurrentIndex(3)
    for row, amount in enumerate(("100", "12.345", "abc")):
        click(qtbot, d.budget.buttons["add"])
        type_cell(qtbot, d.budget, row, "amount", amount)
    click(qtbot, save_button(d))
    assert d.result() != QDialog.DialogCode.Accepted and d.isVisible()
    assert promotions.list_plans(ctx, PromotionQuery()) == []
    d.tabs.setCurrentIndex(0)
    click(qtbot, save_button(d))
    assert d.tabs.currentIndex() == 3  # the first problem's tab
    assert d.budget.item_at(0, "amount").toolTip() == ""
    too_precise = problem_text(FieldProblem("budget.1.amount", "too_many_decimals"))
    assert d.budget.item_at(1, "amount").toolTip() == too_precise
    assert d.budget.item_at(1, "amount").background().color() != QColor("white")
    assert d.budget.item_at(2, "amount").toolTip() == problem_text(FieldProblem("budget.2.amount", "not_number"))
    assert too_precise in d.error_label.text() and d.error_label.isVisible()
    # corrected, it saves (the marks go)
    type_cell(qtbot, d.budget, 1, "amount", "12.34")
    d.budget.remove_row(2)
    click(qtbot, save_button(d))
    assert d.result() == QDialog.DialogCode.Accepted, d.error_label.text()
    assert d.plan.budget_total == Decimal("112.34")


def test_editing_an_approved_plan_warns_and_needs_reapproval(qtbot, w) -> None:
    ctx = w["ctx"]
    p = approve_all(w, promotions.create_plan(ctx, opening_plan(w, TODAY + timedelta(days=5))).id)
    assert p.status.status == "approved"
    d = open_editor(qtbot, w, p)
    assert d.warning.isVisible() and "重新报批" in d.warning.text()
    assert d.chosen_store_ids() == [w["a"].id, w["b"].id] and d.tiers.row_count() == 4
    assert d.budget.value(2, "store_id") == w["b"].id and d.budget.value(0, "amount") == "1,200.10"
    assert d.targets.value(1, "sales") == "30,000.50"
    d.theme.setText("新店开业 盛大酬宾（加长版）")
    click(qtbot, save_button(d))
    assert d.result() == QDialog.DialogCode.Accepted, d.error_label.text()
    again = promotions.get_plan(ctx, p.id)
    assert again.status.status == "changed" and again.budget_total == Decimal("8000.40")
    assert [t.price for t in again.tiers] == [t.price for t in p.tiers]


# ---------------------------------------------------------------- decisions


def decision(qtbot, w, plan, action: str) -> DecisionDialog:
    dialog = DecisionDialog(w["ctx"], plan, action)
    qtbot.addWidget(dialog)
    return dialog


def test_decisions_approve_and_reject_with_a_reason(qtbot, w) -> None:
    ctx = w["ctx"]
    p = promotions.create_plan(ctx, opening_plan(w))
    d = decision(qtbot, w, p, "submit")
    assert p.code in d.summary.text() and p.content_hash[:12] in d.summary.text()
    assert "8,000.40" in d.summary.text()
    as_user(w, "sup")
    typed(qtbot, d.comment, "请审核")
    click(qtbot, ok_button(d))
    assert d.result() == QDialog.DialogCode.Accepted and d.plan.status.status == "submitted"

    as_user(w, "ops")
    d = decision(qtbot, w, d.plan, "review")
    assert d.approve.isChecked()
    click(qtbot, ok_button(d))
    assert d.plan.status.status == "reviewed"

    as_user(w, "hq")
    d = decision(qtbot, w, d.plan, "approval")
    d.reject_choice.setChecked(True)
    click(qtbot, ok_button(d))  # a reject without its reason is refused
    assert d.result() != QDialog.DialogCode.Accepted and d.plan is None
    assert not d.error_label.isHidden()
    assert d.error_label.text() == problem_text(FieldProblem("comment", "required"))
    assert promotions.get_plan(ctx, p.id).status.status == "reviewed"
    typed(qtbot, d.comment, "礼品预算过高")
    click(qtbot, ok_button(d))
    assert d.result() == QDialog.DialogCode.Accepted
    back = promotions.get_plan(ctx, p.id)
    assert back.status.status == "returned" and back.status.returned_reason == "礼品预算过高"


def test_a_plan_changed_behind_the_dialog_is_refused_and_can_be_reloaded(qtbot, w) -> None:
    ctx = w["ctx"]
    p = promotions.create_plan(ctx, opening_plan(w))
    d = decision(qtbot, w, p, "submit")
    promotions.update_plan(ctx, p.id, replace(opening_plan(w), theme="改过的主题"))
    click(qtbot, ok_button(d))
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.error_label.text() == problem_text(FieldProblem("content_hash", "plan_changed"))
    assert not d.reload_button.isHidden()
    assert promotions.get_plan(ctx, p.id).status.status == "draft"
    click(qtbot, d.reload_button)
    assert "改过的主题" in d.summary.text() and d.reload_button.isHidden()
    click(qtbot, ok_button(d))
    assert d.result() == QDialog.DialogCode.Accepted and d.plan.status.status == "submitted"


def test_cancel_needs_a_reason_and_close_keeps_the_lessons(qtbot, w) -> None:
    ctx = w["ctx"]
    p = approve_all(w, promotions.create_plan(ctx, opening_plan(w, TODAY - timedelta(days=10))).id)
    d = decision(qtbot, w, p, "close")
    click(qtbot, ok_button(d))
    assert d.error_label.text() == problem_text(FieldProblem("lessons", "required"))
    typed(qtbot, d.comment, "礼品提前两天到店更好")
    click(qtbot, ok_button(d))
    assert d.result() == QDialog.DialogCode.Accepted
    closed = promotions.get_plan(ctx, p.id)
    assert closed.status.status == "closed" and closed.lessons == "礼品提前两天到店更好"
    other = promotions.create_plan(ctx, opening_plan(w, theme="另一个"))
    d = decision(qtbot, w, other, "cancel")
    typed(qtbot, d.comment, "不做了")
    click(qtbot, ok_button(d))
    assert promotions.get_plan(ctx, other.id).status.status == "cancelled"


# ---------------------------------------------------------------- stores


def draw(pad, points: list[tuple[int, int]]) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def test_a_franchisee_signs_the_approved_plan(qtbot, w) -> None:
    ctx = w["ctx"]
    p = approve_all(w, promotions.create_plan(ctx, opening_plan(w)).id)
    as_user(w, "boss")
    d = AcknowledgeDialog(ctx, p, w["b"].id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    assert p.content_hash[:12] in d.summary.text()
    assert "399.00" in d.details.text() and "开业 POP 海报" in d.details.text()
    assert not ok_button(d).isEnabled()  # nothing drawn yet
    draw(d.pad, [(40, 60), (90, 110), (160, 70), (220, 120)])
    assert ok_button(d).isEnabled()
    d.statement.setText("我已阅读并将按方案执行")
    click(qtbot, ok_button(d))
    assert d.result() == QDialog.DialogCode.Accepted, d.error_label.text()
    ack = {a.store_id: a for a in promotions.acknowledgements(ctx, p.id)}[w["b"].id]
    assert ack.event_id and ack.user_name == "加盟店长"
    sig = promotions.ack_signature(ctx, ack.event_id)
    assert sig["content_hash"] == p.content_hash and sig["statement"] == "我已阅读并将按方案执行"
    assert len(sig["strokes"]) == 1 and len(sig["strokes"][0]) == 4
    # the same store once more is refused inside the dialog
    again = AcknowledgeDialog(ctx, promotions.get_plan(ctx, p.id), w["b"].id)
    qtbot.addWidget(again)
    draw(again.pad, [(10, 10), (60, 60)])
    click(qtbot, ok_button(again))
    assert again.result() != QDialog.DialogCode.Accepted
    assert again.error_label.text() == problem_text(FieldProblem("store_id", "already_acknowledged"))


def test_results_are_typed_beside_the_targets(qtbot, w) -> None:
    ctx = w["ctx"]
    p = approve_all(w, promotions.create_plan(ctx, opening_plan(w, TODAY - timedelta(days=2))).id)
    d = ResultsDialog(ctx, p, w["a"].id)
    qtbot.addWidget(d)
    assert d.findChild(type(d.summary), "target_sales").text() == "50,000.00"
    qtbot.keyClicks(d.edits["sales"], "52,345.60")
    qtbot.keyClicks(d.edits["transactions"], "1.5")
    click(qtbot, ok_button(d))  # not a whole number: refused on its field
    assert d.result() != QDialog.DialogCode.Accepted
    assert d.edits["transactions"].toolTip() == problem_text(FieldProblem("transactions", "not_whole_number"))
    assert promotions.get_plan(ctx, p.id).store(w["a"].id).actual_sales is None
    d.edits["transactions"].setText("812")
    qtbot.keyClicks(d.edits["gifts_given"], "35")
    qtbot.keyClicks(d.edits["budget_spent"], "1,000.05")
    typed(qtbot, d.note, "周末下雨")
    click(qtbot, ok_button(d))
    assert d.result() == QDialog.DialogCode.Accepted, d.error_label.text()
    st = promotions.get_plan(ctx, p.id).store(w["a"].id)
    assert (st.actual_sales, st.actual_transactions, st.gifts_given, st.budget_spent, st.results_note) == (
        Decimal("52345.60"), 812, 35, Decimal("1000.05"), "周末下雨")
    prefilled = ResultsDialog(ctx, promotions.get_plan(ctx, p.id), w["a"].id)
    qtbot.addWidget(prefilled)
    assert prefilled.edits["sales"].text() == "52,345.60" and prefilled.edits["transactions"].text() == "812"


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(",".join(f'"{c}"' for c in row) for row in rows), encoding="utf-8-sig")
    return path


def test_import_lists_the_problems_by_row_and_imports_nothing_then_a_good_file(qtbot, w, tmp_path) -> None:
    ctx = w["ctx"]
    p = approve_all(w, promotions.create_plan(ctx, opening_plan(w, TODAY - timedelta(days=2))).id)
    bad = write_csv(tmp_path / "bad.csv", [["门店编码", "销售额", "交易笔数", "备注"],
                                           ["A001", "51,000.00", "820", ""],
                                           ["F001", "三万", "510", ""],
                                           ["Z999", "100", "1", ""]])
    d = ImportResultsDialog(ctx, p)
    qtbot.addWidget(d)
    assert not d.check_button.isEnabled() and not d.import_button.isEnabled()
    assert d.load(bad)
    assert d.mapping() == {"store": "门店编码", "sales": "销售额", "transactions": "交易笔数"}  # guessed
    assert d.preview.rowCount() == 3 and d.preview.item(1, 1).text() == "三万"
    assert not d.import_button.isEnabled()
    click(qtbot, d.check_button)
    lines = d.problems.toPlainText().splitlines()
    names = d.field_names()
    assert lines == [
        d.tr("Row %1, %2: %3").replace("%1", "3").replace("%2", names["sales"]).replace(
            "%3", problem_text(FieldProblem("row.3.sales", "not_number"))),
        d.tr("Row %1, %2: %3").replace("%1", "4").replace("%2", names["store"]).replace(
            "%3", problem_text(FieldProblem("row.4.store", "not_found", {"code": "Z999"})))]
    assert "Z999" in lines[1]
    assert not d.import_button.isEnabled()
    assert all(x.actual_sales is None for x in promotions.get_plan(ctx, p.id).stores)

    good = write_csv(tmp_path / "good.csv", [["店号", "实际销售", "笔数", "赠品数"],
                                             ["A001", "51,000.00", "820", "40"],
                                             ["f001", "30,100.20", "505", "22"]])
    assert d.load(good)
    assert d.mapping() == {"store": "店号", "sales": "实际销售", "transactions": "笔数", "gifts_given": "赠品数"}
    click(qtbot, d.check_button)
    assert d.problems.isHidden() and d.import_button.isEnabled()
    d.combos["gifts_given"].setCurrentIndex(0)  # a changed mapping must be checked again
    assert not d.import_button.isEnabled()
    d.combos["gifts_given"].setCurrentIndex(d.combos["gifts_given"].findData("赠品数"))
    click(qtbot, d.check_button)
    click(qtbot, d.import_button)
    assert d.result() == QDialog.DialogCode.Accepted and d.report.stores == 2
    after = promotions.get_plan(ctx, p.id)
    assert after.store(w["a"].id).actual_sales == Decimal("51000.00")
    assert after.store(w["b"].id).gifts_given == 22 and after.store(w["b"].id).actual_transactions == 505


# ---------------------------------------------------------------- the calendar


def pixel(image, x: float, y: float) -> str:
    return QColor(image.pixel(int(x), int(y))).name()


def test_the_calendar_paints_bars_by_store_and_day_and_names_the_plan(qtbot, w) -> None:
    ctx = w["ctx"]
    first = TODAY.replace(day=1)
    running = approve_all(w, promotions.create_plan(ctx, opening_plan(w, first + timedelta(days=2), 10)).id)
    as_user(w, "hq")
    overlapping = approve_all(w, promotions.create_plan(ctx, replace(
        opening_plan(w, first + timedelta(days=6), 5, theme="会员日"), type_code="member_day",
        stores=(StoreTarget(w["a"].id),), budget=())).id)
    as_user(w, "hq")
    draft = promotions.create_plan(ctx, replace(opening_plan(w, first + timedelta(days=15), 3, theme="清仓"),
                                                stores=(StoreTarget(w["b"].id),), budget=()))
    plans = promotions.list_plans(ctx, PromotionQuery(overlapping=(first, first + timedelta(days=27))))
    clashes = promotions.store_clashes(ctx)
    assert len(clashes) == 1 and clashes[0].store_id == w["a"].id
    # today outlined on a day no pixel below is read from (on the 7th, its outline crossed the running bar's middle)
    cal = PromotionCalendar(today=first + timedelta(days=25))
    qtbot.addWidget(cal)
    cal.resize(1200, 400)
    cal.set_month(first.year, first.month)
    cal.set_plans(plans, clashes)
    cal.show()
    qtbot.waitExposed(cal)
    assert cal.rows == [w["a"].id, w["b"].id] and cal.lanes[w["a"].id] == 2  # two plans overlap at A001
    image = cal.grid.grab().toImage()
    bars = {(b.plan_id, b.store_id): b for b in cal.bars}
    ok = bars[(running.id, w["b"].id)]
    rect = cal.grid.bar_rect(ok)
    colour = STATUS_COLOURS[promotions.get_plan(ctx, running.id).status.status]
    assert pixel(image, rect.center().x(), rect.top() + 3) == QColor(colour).name()
    grey = cal.grid.bar_rect(bars[(draft.id, w["b"].id)])
    assert pixel(image, grey.center().x(), grey.top() + 3) == QColor(STATUS_COLOURS["draft"]).name()
    assert bars[(running.id, w["a"].id)].clash and bars[(overlapping.id, w["a"].id)].clash
    assert not ok.clash
    clash_rect = cal.grid.bar_rect(bars[(overlapping.id, w["a"].id)])
    assert pixel(image, clash_rect.center().x(), clash_rect.top() - 2) == QColor(CLASH_OUTLINE).name()
    # the bar spans its days: the plan's first day is inside, the day before is not
    assert rect.left() >= cal.grid.x_of(first + timedelta(days=2))
    assert rect.left() < cal.grid.x_of(first + timedelta(days=3))
    assert p_tooltip_has(cal, ok, running.code)
    with qtbot.waitSignal(cal.planActivated, timeout=1000) as signal:
        qtbot.mouseDClick(cal.grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert signal.args == [running.id] and cal.selected == running.id
    with qtbot.waitSignal(cal.planActivated, timeout=1000) as signal:
        cal.grid.setFocus()
        qtbot.keyClick(cal.grid, Qt.Key.Key_Right)
        qtbot.keyClick(cal.grid, Qt.Key.Key_Return)
    assert signal.args == [overlapping.id]
    with qtbot.waitSignal(cal.monthChanged, timeout=1000) as month:
        click(qtbot, cal.next_button)
    assert month.args == [first.year + first.month // 12, first.month % 12 + 1]
    cal.set_plans(plans, clashes)
    assert cal.bars == [] or all(b.first.month == cal.month for b in cal.bars)


def p_tooltip_has(cal: PromotionCalendar, bar, text: str) -> bool:
    return text in cal.tooltip(bar)


def test_screenshots_of_the_editor_and_the_calendar(qtbot, w, tmp_path) -> None:
    """Not a pixel test: the pictures a person looks at (written to the test's tmp folder)."""
    ctx = w["ctx"]
    p = promotions.create_plan(ctx, opening_plan(w))
    d = open_editor(qtbot, w, p)
    d.resize(1120, 740)
    for i in range(d.tabs.count()):
        d.tabs.setCurrentIndex(i)
        assert not d.grab().isNull()
        assert d.grab().save(str(tmp_path / f"editor{i}.png"))
