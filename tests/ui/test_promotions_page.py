"""The 促销 page (pytest-qt, real SQLite workspaces): the plans with their statuses and the count chips that
filter them; the approval trail after a chain; Submit / Review / Approve offered only to the right role, the
reason in the tooltip; the clash banner after two reviewers decided apart on two workspaces (synced); the
results tab's figures for typed results; the plan PDF; show_plan; the page in Chinese and English."""

from __future__ import annotations

import subprocess
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from helpers import idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from opsdesk.db import Database
from opsdesk.permissions import as_system
from opsdesk.services import org, promotions, sync, workspace
from opsdesk.services.context import AppContext
from opsdesk.services.promotions import (
    BudgetInput,
    MaterialInput,
    PlanInput,
    ResultInput,
    StoreTarget,
    TierInput,
)
from ui import labels
from ui.pages.promotions import PromotionsPage
from ui.pages.promotions import page as page_module

TODAY = date.today()


def as_user(ctx: AppContext, user_id: str) -> AppContext:
    ctx.user_id = user_id
    return ctx


@dataclass
class Chain:
    """Head office (acting), a supervisor, an ops manager, a franchise store's manager; a company store A001
    and a franchise store F001; plans in five statuses (draft, awaiting review, awaiting approval, running,
    returned)."""

    ctx: AppContext

    def __post_init__(self) -> None:
        ctx = self.ctx
        workspace.prepare(ctx)
        self.hq = org.create_user(ctx, org.UserInput("hq", "总部甲", "head_office")).id
        ctx.user_id = self.hq
        self.sup = org.create_user(ctx, org.UserInput("sup", "督导乙", "supervisor")).id
        self.ops = org.create_user(ctx, org.UserInput("ops", "运营丙", "ops_manager")).id
        region = org.save_region(ctx, "华东大区", "HD")
        self.a = org.create_store(ctx, org.StoreInput("A001", "直营一号店", region.id, opened_on=date(2024, 1, 1)))
        self.b = org.create_store(ctx, org.StoreInput("F001", "加盟一号店", region.id, kind="franchise",
                                                      opened_on=date(2024, 1, 1)))
        self.boss = org.create_user(ctx, org.UserInput("fmgr", "加盟店长", "store_manager",
                                                       store_ids=(self.b.id,))).id
        org.update_store(ctx, self.b.id, org.StoreInput("F001", "加盟一号店", region.id, kind="franchise",
                                                        opened_on=date(2024, 1, 1), manager_id=self.boss))
        self.draft = self.make("会员日 双倍积分", "member_day", start=TODAY + timedelta(days=20))
        self.waiting = self.make("中秋 礼盒", "holiday", start=TODAY + timedelta(days=10))
        self.submit(self.waiting)
        self.reviewed = self.make("清仓 特卖", "clearance", start=TODAY + timedelta(days=5))
        self.submit(self.reviewed)
        self.decide(self.reviewed, "review", True, self.ops, "同意")
        self.running = self.make("新店开业 盛大酬宾", "opening", start=TODAY - timedelta(days=2))
        self.submit(self.running)
        self.decide(self.running, "review", True, self.ops, "同意")
        self.decide(self.running, "approval", True, self.hq, "批准")
        self.returned = self.make("国庆 满减", "holiday", start=TODAY + timedelta(days=30))
        self.submit(self.returned)
        self.decide(self.returned, "review", False, self.ops, "赠品预算超标")
        ctx.user_id = self.hq

    def make(self, theme: str, type_code: str, start: date) -> str:
        data = PlanInput(
            theme=theme, type_code=type_code, starts_on=start, ends_on=start + timedelta(days=6),
            stores=(StoreTarget(self.a.id, Decimal("50000.00"), 800, 120),
                    StoreTarget(self.b.id, Decimal("30000.50"), 500, 80)),
            tiers=(TierInput("每天前 5 名进店顾客", "赠送精美礼品一份", quota_per_store_day=5),
                   TierInput("购买礼包", "399 元礼包，赠三重好礼", price=Decimal("399"), quota_per_store=50)),
            materials=(MaterialInput("开业 POP 海报", "pop", 4, "张", start - timedelta(days=2)),),
            budget=(BudgetInput("materials", Decimal("1200.10"), "海报与横幅"),
                    BudgetInput("staff", Decimal("800"), "临促", self.b.id)),
            description="礼品限量。")
        return promotions.create_plan(as_user(self.ctx, self.sup), data).id

    def plan(self, pid: str) -> promotions.PromotionDTO:
        return promotions.get_plan(self.ctx, pid)

    def submit(self, pid: str) -> None:
        promotions.submit(as_user(self.ctx, self.sup), pid, self.plan(pid).content_hash, "请审核")

    def decide(self, pid: str, level: str, approve: bool, user: str, comment: str) -> None:
        promotions.decide(as_user(self.ctx, user), pid, level, approve, self.plan(pid).content_hash, comment)


def make_page(qtbot, ctx: AppContext) -> PromotionsPage:
    page = PromotionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.refresh()
    idle()
    return page


def select(page: PromotionsPage, pid: str) -> None:
    row = next(i for i, p in enumerate(page.plans) if p.id == pid)
    page.table.selectRow(row)
    idle()
    assert page.view is not None and page.view.plan.id == pid
    page.fill_pending()  # the tabs not shown are filled in the next turns of the event loop: all of them now


def cell(page: PromotionsPage, row: int, column: str) -> str:
    return page.table.item(row, page_module.PLAN_COLUMNS.index(column)).text()


def column(table, index: int) -> list[str]:  # noqa: ANN001
    return [table.item(i, index).text() for i in range(table.rowCount())]


def test_the_list_shows_statuses_and_the_chips_count_and_filter(qtbot, empty_ctx) -> None:
    c = Chain(empty_ctx)
    page = make_page(qtbot, c.ctx)
    statuses = {p.id: cell(page, i, "status") for i, p in enumerate(page.plans)}
    status = labels.promotion_status
    assert statuses == {c.draft: status("draft"), c.waiting: status("submitted"), c.reviewed: status("reviewed"),
                        c.running: status("running"), c.returned: status("returned")}
    assert len(set(statuses.values())) == 5
    row = [p.id for p in page.plans].index(c.waiting)
    assert cell(page, row, "waiting") == labels.decision_level("review")
    assert cell(page, [p.id for p in page.plans].index(c.reviewed), "waiting") == labels.decision_level("approval")
    running = [p.id for p in page.plans].index(c.running)
    assert cell(page, running, "budget") == "2,000.10" and cell(page, running, "stores") == "2"
    assert cell(page, running, "acks") == "0/1"  # the franchise store has not signed yet
    assert cell(page, running, "period").startswith((TODAY - timedelta(days=2)).isoformat())
    returned = page.table.item([p.id for p in page.plans].index(c.returned), page_module.PLAN_COLUMNS.index("status"))
    assert "赠品预算超标" in returned.toolTip()

    # the chips: every status present with its count, the zero ones hidden
    assert page.chips["all"].text() == page.tr("All") + " 5"
    assert page.chips["draft"].text() == status("draft") + " 1" and page.chips["running"].text() == status(
        "running") + " 1"
    assert page.chips["clash"].isHidden() and not page.chips["submitted"].isHidden()
    page.chips["submitted"].click()
    idle()
    assert [p.id for p in page.plans] == [c.waiting]
    assert page.chips["submitted"].isChecked() and not page.chips["all"].isChecked()
    assert page.view.plan.id == c.waiting  # the only one, selected and shown
    page.chips["submitted"].click()  # again: every plan
    idle()
    assert len(page.plans) == 5 and page.chips["all"].isChecked()

    # the search narrows the list
    page.search.setText("中秋")
    qtbot.waitUntil(lambda: len(page.plans) == 1, timeout=5000)
    idle()
    assert page.plans[0].id == c.waiting
    page.search.setText("zzz")
    qtbot.waitUntil(lambda: not page.plans, timeout=5000)
    idle()
    assert page.empty_label.isVisible() and page.detail.currentIndex() == 0


def test_the_approvals_trail_and_the_plan_tabs(qtbot, empty_ctx) -> None:
    c = Chain(empty_ctx)
    page = make_page(qtbot, c.ctx)
    select(page, c.running)
    trail = page.trail
    assert column(trail, 1) == ["督导乙", "运营丙", "总部甲"]  # oldest first
    assert column(trail, 2) == [labels.decision_level(x) for x in ("proposal", "review", "approval")]
    assert column(trail, 3) == [labels.decision_kind("submit"), labels.decision_kind("approve"),
                                labels.decision_kind("approve")]
    assert column(trail, 4) == ["请审核", "同意", "批准"]
    assert page.banner.isHidden()
    # offer, budget, stores
    assert column(page.tiers, 0) == ["每天前 5 名进店顾客", "购买礼包"]
    assert column(page.tiers, 2) == ["", "399.00"] and column(page.tiers, 3) == ["5", ""]
    assert column(page.materials, 0) == [labels.material_kind("pop")]
    assert page.budget_total.text() == page.tr("Total %1 yuan").replace("%1", "2,000.10")
    assert column(page.budget_categories, 1) == ["1,200.10", "800.00"]
    assert column(page.budget_stores, 0) == [page.tr("Whole plan"), "F001 加盟一号店"]
    acks = dict(zip(column(page.stores, 0), column(page.stores, 8), strict=True))
    assert acks == {"A001": "—", "F001": page.tr("Not yet")}
    assert "礼品限量" in page.overview.toPlainText()

    # a returned plan shows its reason in the overview
    select(page, c.returned)
    assert "赠品预算超标" in page.overview.toPlainText()
    assert column(page.trail, 3)[-1] == labels.decision_kind("reject")


def test_decisions_are_offered_to_the_right_role_only(qtbot, empty_ctx) -> None:
    c = Chain(empty_ctx)
    page = make_page(qtbot, c.ctx)  # head office
    select(page, c.waiting)
    assert not page.review_button.isEnabled()
    assert page.review_button.toolTip() == page.tr("Only %1 can do this.").replace("%1", labels.role("ops_manager"))
    assert not page.approve_button.isEnabled()  # head office, but the plan waits for review
    assert labels.decision_level("approval") in page.approve_button.toolTip()
    assert not page.submit_button.isEnabled() and labels.promotion_status("submitted") in page.submit_button.toolTip()
    select(page, c.reviewed)
    assert page.approve_button.isEnabled()
    select(page, c.draft)
    assert page.submit_button.isEnabled() and page.edit_button.isEnabled()

    # the franchise store's manager: no plan actions, but the acknowledgement of the running plan
    c.ctx.user_id = c.boss
    page.reload()
    idle()
    select(page, c.draft)
    for button in (page.submit_button, page.review_button, page.approve_button, page.new_button):
        assert not button.isEnabled()
    assert page.submit_button.toolTip() == page.tr("Only %1 can do this.").replace("%1", page.tr(", ").join(
        labels.role(r) for r in promotions.PROPOSER_ROLES))
    page.decide("submit")  # the keyboard path does nothing either
    assert promotions.get_plan(c.ctx, c.draft).status.status == "draft"
    select(page, c.running)
    page.tabs.setCurrentIndex(3)
    page.stores.selectRow(column(page.stores, 0).index("F001"))
    assert page.ack_button.isEnabled()
    page.stores.selectRow(column(page.stores, 0).index("A001"))  # a company store does not acknowledge
    assert not page.ack_button.isEnabled() and page.ack_button.toolTip() == page.tr(
        "Only a franchise store acknowledges a plan.")


def test_approve_goes_through_its_dialog_and_the_list_follows(qtbot, empty_ctx, monkeypatch) -> None:
    from ui.pages.promotions.dialogs import DecisionDialog

    c = Chain(empty_ctx)
    page = make_page(qtbot, c.ctx)
    select(page, c.reviewed)
    seen: list[str] = []

    def decide(self: DecisionDialog) -> int:
        seen.append(self.action)
        self.comment.setPlainText("批准执行")
        self.save()
        return self.result()

    monkeypatch.setattr(DecisionDialog, "exec", decide)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    idle()
    assert seen == ["approval"]
    assert promotions.get_plan(c.ctx, c.reviewed).status.status == "approved"
    assert page.selected_plan().id == c.reviewed and page.view.plan.status.status == "approved"
    row = [p.id for p in page.plans].index(c.reviewed)
    assert cell(page, row, "status") == labels.promotion_status("approved") and cell(page, row, "acks") == "0/1"
    page.tabs.setCurrentWidget(page.trail)  # shown: filled at once
    assert not page.filling or 4 not in page._pending
    assert column(page.trail, 4)[-1] == "批准执行"
    assert not page.approve_button.isEnabled() and page.close_button.isEnabled()


def test_an_execution_check_is_started_from_the_page(qtbot, empty_ctx, monkeypatch) -> None:
    from ui.widgets.runner import RunnerDialog

    c = Chain(empty_ctx)
    page = make_page(qtbot, c.ctx)
    select(page, c.waiting)  # a price promotion not approved yet: no check
    page.tabs.setCurrentIndex(5)
    page.checks.selectRow(0)
    assert not page.check_button.isEnabled()
    assert page.check_button.toolTip() == page.tr("A price promotion is checked only once approved.")
    select(page, c.running)
    page.tabs.setCurrentIndex(5)
    page.checks.selectRow(column(page.checks, 0).index("A001 直营一号店"))
    assert page.check_button.isEnabled() and page.check_button.text() == page.tr("Start check")
    opened: list[str] = []
    monkeypatch.setattr(RunnerDialog, "exec", lambda self: opened.append(self.run_id) or 0)  # closed at once
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    idle()
    checks = promotions.checks_of(c.ctx, c.running)
    assert [r.id for r in checks] == opened and checks[0].store_id == c.a.id and checks[0].status == "draft"
    row = column(page.checks, 0).index("A001 直营一号店")
    assert page.checks.item(row, 1).text() == "1" and page.checks.item(row, 3).text() == labels.run_status("draft")
    assert page.check_button.text() == page.tr("Continue check")
    page.start_check()  # continued, not started again
    idle()
    assert opened == [checks[0].id, checks[0].id] and len(promotions.checks_of(c.ctx, c.running)) == 1


def _exchange(src: AppContext, dst: AppContext, folder: Path) -> None:
    known = {p.node_id for p in sync.peers(src)}
    target = dst.db.node.node_id if dst.db.node.node_id in known else None
    path = folder / f"{uuid.uuid4().hex}.opsync"
    sync.export_package(src, path, to_node=target)
    sync.import_package(dst, path, trust=True)


def test_two_reviewers_deciding_apart_show_a_clash_banner(qtbot, tmp_path: Path) -> None:
    hq = AppContext(Database.open(tmp_path / "hq.sqlite"))
    laptop = AppContext(Database.open(tmp_path / "laptop.sqlite"))
    try:
        for ctx in (hq, laptop):
            workspace.prepare(ctx)
        region = org.save_region(hq, "华东", "EAST")
        store = org.create_store(hq, org.StoreInput(code="S001", name="一号店", region_id=region.id,
                                                    opened_on=date(2024, 1, 1)))
        who = {}
        for role, username, name in (("supervisor", "sup", "督导"), ("ops_manager", "ops1", "审核甲"),
                                     ("ops_manager", "ops2", "审核乙"), ("head_office", "hq", "总部")):
            who[username] = org.create_user(as_system(hq), org.UserInput(  # the people: setup
                username=username, name=name, role=role)).id
        p = promotions.create_plan(as_user(hq, who["sup"]), PlanInput(
            "国庆大促", "holiday", TODAY, TODAY + timedelta(days=6), stores=(StoreTarget(store.id),)))
        p = promotions.submit(hq, p.id, p.content_hash, "请审核")
        _exchange(hq, laptop, tmp_path)
        promotions.decide(as_user(hq, who["ops1"]), p.id, "review", True, p.content_hash, "同意")
        promotions.decide(as_user(laptop, who["ops2"]), p.id, "review", False, p.content_hash, "赠品预算超标")
        _exchange(laptop, hq, tmp_path)

        page = make_page(qtbot, as_user(hq, who["hq"]))
        assert cell(page, 0, "status") == labels.promotion_status("clash")
        status = page.table.item(0, page_module.PLAN_COLUMNS.index("status"))
        assert status.foreground().color().name() == page_module.RED
        assert page.chips["clash"].text() == labels.promotion_status("clash") + " 1"
        select(page, p.id)
        assert page.banner.isVisible()
        said = page.tr(", ").join([page.tr("%1 approved").replace("%1", "审核甲"),
                                   page.tr("%1 rejected").replace("%1", "审核乙")])
        review = labels.decision_level("review")
        assert page.banner.text() == page.tr("Conflicting %1 decisions: %2 — decide again at %1").replace(
            "%1", review).replace("%2", said)  # 两个审核意见冲突：审核甲 同意，审核乙 驳回 — 需重新审核
        assert status.toolTip() == page.banner.text()
        assert not page.approve_button.isEnabled()  # no approval through a clash
        # the reviewer may settle it
        hq.user_id = who["ops1"]
        page.reload()
        idle()
        select(page, p.id)
        assert page.review_button.isEnabled()
        bold = [page.trail.item(i, 3).font().bold() for i in range(page.trail.rowCount())]
        assert bold == [False, True, True]  # the two clashing decisions stand out
    finally:
        hq.db.close()
        laptop.db.close()


def test_an_edited_plan_shows_changed_and_a_stale_decision_is_greyed(qtbot, empty_ctx) -> None:
    c = Chain(empty_ctx)
    promotions.update_plan(as_user(c.ctx, c.sup), c.reviewed,
                           PlanInput("清仓 特卖 加码", "clearance", TODAY + timedelta(days=5), TODAY + timedelta(days=11),
                                     stores=(StoreTarget(c.a.id),)))
    c.ctx.user_id = c.hq
    page = make_page(qtbot, c.ctx)
    select(page, c.reviewed)
    assert page.banner.isVisible() and page.banner.text() == page_module.changed_text()
    assert page.submit_button.isEnabled() and not page.approve_button.isEnabled()
    # submitted again: the banner goes, the plan waits for review
    promotions.submit(as_user(c.ctx, c.sup), c.reviewed, promotions.get_plan(c.ctx, c.reviewed).content_hash)
    c.ctx.user_id = c.hq
    page.reload()
    idle()
    select(page, c.reviewed)
    assert page.banner.isHidden()
    assert column(page.trail, 3)[-1] == labels.decision_kind("submit")


def test_typed_results_show_against_targets(qtbot, empty_ctx) -> None:
    c = Chain(empty_ctx)
    promotions.set_results(c.ctx, c.running, c.a.id, ResultInput(sales=Decimal("55000.00"), transactions=760,
                                                                  gifts_given=35, budget_spent=Decimal("700.00")))
    promotions.set_results(c.ctx, c.running, c.b.id, ResultInput(sales=Decimal("24000.40"), transactions=510))
    page = make_page(qtbot, c.ctx)
    select(page, c.running)
    headers = page.result_columns
    rows = {page.results.item(i, 0).text(): [page.results.item(i, j).text() for j in range(len(headers))]
            for i in range(page.results.rowCount())}
    sales = page.tr("%1 target").replace("%1", labels.measure("sales"))
    at = headers.index(sales)
    assert rows["A001 直营一号店"][at:at + 4] == ["50,000.00", "55,000.00", "+5,000.00", "110.00%"]
    assert rows["F001 加盟一号店"][at:at + 4] == ["30,000.50", "24,000.40", "-6,000.10", "80.00%"]
    total = rows[page.tr("Total")]
    assert total[at:at + 4] == ["80,000.50", "79,000.40", "-1,000.10", "98.75%"]
    region = rows[page.tr("Region %1").replace("%1", "华东大区")]
    assert region[at:at + 4] == total[at:at + 4]
    tx = headers.index(page.tr("%1 actual").replace("%1", labels.measure("transactions")))
    assert rows["A001 直营一号店"][tx] == "760" and total[tx] == "1,270"
    spent = headers.index(page.tr("Budget spent"))
    planned = headers.index(page.tr("Budget planned"))
    assert rows["A001 直营一号店"][planned] == "600.05" and rows["A001 直营一号店"][spent] == "700.00"
    a_row = column(page.results, 0).index("A001 直营一号店")
    assert page.results.item(a_row, spent).foreground().color().name() == page_module.RED  # over its budget
    assert rows["A001 直营一号店"][headers.index(page.tr("Gifts given"))] == "35"
    # the custom measure is not offered without one
    assert not any(labels.measure("custom") in h for h in headers)
    # a store row selected: Enter results offered
    page.tabs.setCurrentIndex(6)
    page.results.selectRow(0)
    assert page.results_button.isEnabled()
    page.results.selectRow(2)  # the region: no store
    assert not page.results_button.isEnabled()


def test_the_plan_pdf_is_written(qtbot, empty_ctx, monkeypatch, tmp_path: Path) -> None:
    from opsdesk.reports.promotion import plan_file_name

    c = Chain(empty_ctx)
    page = make_page(qtbot, c.ctx)
    select(page, c.running)
    assert page.plan_pdf.isEnabled()
    assert page.plan_pdf.name() == plan_file_name(page.view.plan, "zh_CN")
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.plan_pdf.plain_action.trigger()
    qtbot.waitUntil(lambda: page.plan_pdf.exporter.preview is not None, timeout=60000)
    preview = page.plan_pdf.exporter.preview
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    preview.save()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "新店开业" in text and page.view.plan.code in text


def test_show_plan_finds_it_under_any_filter(qtbot, empty_ctx) -> None:
    c = Chain(empty_ctx)
    page = make_page(qtbot, c.ctx)
    page.chips["draft"].click()
    idle()
    assert [p.id for p in page.plans] == [c.draft]
    page.show_plan(c.running)
    idle()
    assert page.status_filter is None and page.chips["all"].isChecked()
    assert page.selected_plan().id == c.running and page.view.plan.id == c.running


def test_the_calendar_shows_the_months_plans_and_a_bar_selects_its_plan(qtbot, empty_ctx) -> None:
    c = Chain(empty_ctx)
    page = make_page(qtbot, c.ctx)
    page.calendar_mode.click()
    idle()
    assert page.views.currentIndex() == 1 and page.calendar.isVisible()
    first = TODAY.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    expected = {pid for pid in (c.draft, c.waiting, c.reviewed, c.running, c.returned)
                if promotions.get_plan(c.ctx, pid).starts_on <= last
                and promotions.get_plan(c.ctx, pid).ends_on >= first}
    assert c.running in expected and set(page.calendar.plans) == expected
    page.calendar.planActivated.emit(c.waiting)
    idle()
    assert page.selected_plan().id == c.waiting and page.view.plan.id == c.waiting
    assert page.calendar.selected == c.waiting
    page.calendar.step(1)  # the next month: its plans
    idle()
    nxt = (last + timedelta(days=1), (last + timedelta(days=32)).replace(day=1) - timedelta(days=1))
    assert set(page.calendar.plans) == {pid for pid in (c.draft, c.waiting, c.reviewed, c.running, c.returned)
                                        if promotions.get_plan(c.ctx, pid).starts_on <= nxt[1]
                                        and promotions.get_plan(c.ctx, pid).ends_on >= nxt[0]}
    page.list_mode.click()
    assert page.views.currentIndex() == 0


def test_the_page_speaks_english_and_chinese(qtbot, empty_ctx, translations) -> None:
    c = Chain(empty_ctx)
    page = make_page(qtbot, c.ctx)
    select(page, c.running)
    assert cell(page, [p.id for p in page.plans].index(c.running), "type") == "开业促销"  # the type's own name
    assert page.tabs.tabText(4) == page.tr("Approvals")
    translations.install("en")
    try:
        english = make_page(qtbot, c.ctx)
        select(english, c.running)
        row = [p.id for p in english.plans].index(c.running)
        assert cell(english, row, "status") == "Running" and cell(english, row, "type") == "Opening promotion"
        assert english.table.horizontalHeaderItem(1).text() == "Theme"
        assert english.new_button.text() == "New plan..."
        assert english.tabs.tabText(4) == "Approvals"
        assert column(english.trail, 2) == ["Proposal", "Review", "Approval"]
        assert english.chips["running"].text() == "Running 1"
    finally:
        translations.install("zh_CN")


def test_a_plans_tabs_fill_one_per_turn_the_shown_one_first(qtbot, empty_ctx) -> None:  # noqa: ANN001
    """The tab shown is filled when the plan arrives, the others one per turn of the event loop after; a tab shown
    before its turn is filled at once; the trail's signature states were read in the background."""
    c = Chain(empty_ctx)
    page = make_page(qtbot, c.ctx)
    page.tabs.setCurrentWidget(page.trail)
    seen: dict = {}
    real = page._plan_loaded

    def loaded(view) -> None:  # noqa: ANN001 - as the plan arrives, and right after
        real(view)
        seen["trail"], seen["pending"] = page.trail.rowCount(), set(page._pending)
        page.tabs.setCurrentIndex(6)  # the results, before their turn
        seen["results"], seen["after"] = page.results.rowCount(), set(page._pending)

    page._plan_loaded = loaded
    row = next(i for i, p in enumerate(page.plans) if p.id == c.running)
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: "after" in seen and not page.filling, timeout=5000)  # the rest follow by themselves
    assert seen["trail"] == 3 and seen["pending"] == {0, 1, 2, 3, 5, 6}  # the shown tab at once, the others later
    assert seen["results"] > 0 and seen["after"] == {0, 1, 2, 3, 5}
    assert set(page.view.decisions) == {ev.id for ev in page.view.plan.events
                                        if ev.kind in ("submit", "approve", "reject")}
    assert page.trail.item(0, 3).toolTip()  # each decision says whether it is signed
    assert page.tiers.rowCount() == 2 and page.stores.rowCount() == 2
