"""The promotion reports (促销方案): the plan (宣传计划书) with its tiers, budget, approval trail and the
franchisee's drawn acknowledgement, and the review (促销总结) with targets against results, budget used,
execution check scores and a reportlab chart -- in Chinese and English, on a real SQLite workspace, checked
with poppler (pdftotext, pdffonts, pdftoppm)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from test_promotions import (  # noqa: F401 - the fixtures and helpers of the promotions core tests
    STROKES,
    _answer_check,
    approve_all,
    as_user,
    opening_plan,
    pctx,
    people,
    stores,
)

from opsdesk.errors import NotFoundError, ValidationError
from opsdesk.reports.promotion import build_plan, build_review, money, plan_file_name, review_file_name
from opsdesk.services import promotions, runs
from opsdesk.services.context import AppContext
from opsdesk.services.promotions import ResultInput

ACK_STATEMENT = "已阅，将按方案执行"


def pdftext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def fonts_of(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def render(path: Path, tmp_path: Path) -> list[Path]:
    """Every page as a PNG at 60 dpi (pdftoppm); the pages were looked at while writing the reports."""
    stem = tmp_path / path.stem
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(stem)], check=True)
    return sorted(tmp_path.glob(f"{path.stem}*.png"))


def only_cjk_font_embedded(path: Path) -> None:
    listed = fonts_of(path)
    assert listed, "no fonts"
    assert all("WenQuanYiMicroHei" in f[0] and f[-5] == "yes" for f in listed), listed


@pytest.fixture
def done_plan(pctx: AppContext, stores, people, jpeg):  # noqa: F811
    """The domain's opening promotion: returned once at review, submitted again, approved through the chain,
    acknowledged by the franchise manager (drawn signature), a signed execution check at A001, results for both
    stores and the lessons noted."""
    from sign_helpers import sign_as

    p = promotions.create_plan(as_user(pctx, people["sup"].id), opening_plan(stores))
    p = promotions.submit(as_user(pctx, people["sup"].id), p.id, p.content_hash, "请审核")
    p = promotions.decide(as_user(pctx, people["ops"].id), p.id, "review", False, p.content_hash, "礼品预算请细化")
    p = promotions.update_plan(as_user(pctx, people["sup"].id), p.id,
                               replace(opening_plan(stores), description="开业一周，礼品限量，先到先得。"))
    p = approve_all(pctx, p.id, people)
    assert p.status.approved
    p = promotions.acknowledge(as_user(pctx, stores["boss"].id), p.id, stores["b"].id, p.content_hash, STROKES,
                               ACK_STATEMENT)
    pctx.user_id = people["sup"].id
    run = promotions.start_check(pctx, p.id, stores["a"].id)
    first = next(it for it in runs.get_run(pctx, run.id).version.items()
                 if it.answer_type == "pass_fail")
    _answer_check(pctx, run.id, {first.key}, jpeg)
    sign_as(pctx, run.id, "supervisor", STROKES)
    sign_as(pctx, run.id, "store_manager", STROKES)
    pctx.user_id = people["hq"]
    promotions.set_results(pctx, p.id, stores["a"].id, ResultInput(Decimal("55000.00"), 820, 100, None, 35,
                                                                     Decimal("4100.50"), "开业首周客流旺"))
    promotions.set_results(pctx, p.id, stores["b"].id, ResultInput(Decimal("24000.40"), 450, 90, None, 20,
                                                                     Decimal("3000")))
    p = promotions.get_plan(pctx, p.id)
    p = promotions.close(as_user(pctx, people["ops"].id), p.id, p.content_hash, "礼品很受欢迎，加盟店客流不及预期。")
    pctx.user_id = people["hq"]
    return p


def test_money_is_printed_exactly() -> None:
    assert money(Decimal("8000.40")) == "8,000.40"
    assert money(Decimal("0.1")) == "0.10" and money(Decimal("1234567.05")) == "1,234,567.05"
    assert money(None) == "—"


def test_the_plan_in_chinese(pctx: AppContext, done_plan, stores, tmp_path: Path) -> None:  # noqa: F811
    p = done_plan
    info = build_plan(pctx, p.id, tmp_path / "zh.pdf")
    text = squash(pdftext(info.path))
    for word in ("宣传计划书", p.code, "新店开业盛大酬宾", "开业促销", "是（须批准后方可开始）",
                 "每天前5名进店顾客", "加48元换购指定商品", "48.00", "168.00", "399.00", "168元超值套装",
                 "399元礼包，赠三重好礼", "开业POP海报", "门头横幅", "横幅", "开业礼品",
                 "直营一号店", "加盟一号店", "区域：Shanghai", "区域：Guangzhou", "50,000.00", "30,000.50",
                 "80,000.50", "1,200.10", "6,000.20", "800.00", "0.10", "8,000.40", "7,200.40", "全部门店共用",
                 "物料", "赠品", "人员", "媒体", "审批记录", "请审核", "礼品预算请细化", "已报批", "已通过", "已驳回",
                 "已总结", "建议", "审核", "审批", "督导甲", "运营乙", "针对方案的旧版本", "加盟店签收", "加盟店长",
                 ACK_STATEMENT, "已签收1/1", "已批准", "开业一周，礼品限量，先到先得。", p.content_hash[:16]):
        assert squash(word) in text, word
    assert p.content_hash in text  # the plan's content hash in full, in the header
    assert f"第1/{info.pages}页" in text and info.report_id in text
    for english in ("Promotion plan", "Approval trail", "Offer tiers"):
        assert english not in text, english
    only_cjk_font_embedded(info.path)
    pages = render(info.path, tmp_path)
    assert len(pages) == info.pages
    for page in pages:
        with Image.open(page) as im:
            assert im.size[0] > 400


def test_the_plan_in_english_hashes_the_same(pctx: AppContext, done_plan, tmp_path: Path) -> None:  # noqa: F811
    p = done_plan
    zh = build_plan(pctx, p.id, tmp_path / "zh.pdf")
    en = build_plan(pctx, p.id, tmp_path / "en.pdf", lang="en")
    flat = squash(pdftext(en.path, "-layout"))
    for word in ("Promotion plan", "Offer tiers", "Materials", "Target stores and targets", "Budget", "By category",
                 "By store", "Approval trail", "Franchisee acknowledgements", "Opening promotion", "Banner",
                 "Materials", "Gifts", "Staff", "Media", "Whole plan", "Proposal", "Review", "Approval", "Submitted",
                 "Approved", "Rejected", "Review written", "Reviewed and closed", "of an earlier version of the plan", "Approved", "1/1 acknowledged",
                 "8,000.40", "48.00", "168.00", "399.00", "请审核", "礼品预算请细化", ACK_STATEMENT, "Franchisee"):
        assert squash(word) in flat, word
    for chinese in ("宣传计划书", "审批记录", "优惠档位", "按类别合计", "已批准"):
        assert chinese not in flat, chinese
    only_cjk_font_embedded(en.path)
    assert zh.content_hash == en.content_hash and zh.report_id != en.report_id
    assert build_plan(pctx, p.id, tmp_path / "again.pdf").content_hash == zh.content_hash  # same data, same hash


def test_a_new_decision_changes_the_hash_and_an_unapproved_plan_says_nothing_of_approval(
        pctx: AppContext, stores, people, tmp_path: Path) -> None:  # noqa: F811
    p = promotions.create_plan(pctx, opening_plan(stores))
    draft = build_plan(pctx, p.id, tmp_path / "draft.pdf")
    text = squash(pdftext(draft.path))
    assert "草稿" in text and "待提交" in text and "尚无审批记录" in text and "已签收0/1" in text
    assert "已批准" not in text and "未签收" in text
    p = promotions.submit(as_user(pctx, people["sup"].id), p.id, p.content_hash, "请审核")
    submitted = build_plan(pctx, p.id, tmp_path / "submitted.pdf")
    text = squash(pdftext(submitted.path))
    assert "已报批" in text and "待审核" in text and "已批准" not in text  # the decision, the status
    assert submitted.content_hash != draft.content_hash


def test_the_review_in_both_languages(pctx: AppContext, done_plan, tmp_path: Path) -> None:  # noqa: F811
    p = done_plan
    zh = build_review(pctx, p.id, tmp_path / "review-zh.pdf")
    text = squash(pdftext(zh.path))
    for word in ("促销总结", p.code, "目标达成", "销售额（元）", "交易笔数", "新增会员", "直营一号店", "加盟一号店",
                 # A001: 55,000.00 of 50,000.00 (+5,000.00, 110.00%); F001: 24,000.40 of 30,000.50
                 "50,000.00", "55,000.00", "+5,000.00", "110.00%", "30,000.50", "24,000.40", "-6,000.10", "80.00%",
                 # the total: 79,000.40 of 80,000.50 = 98.75%, from the sums
                 "80,000.50", "79,000.40", "-1,000.10", "98.75%", "区域：Shanghai", "区域：Guangzhou",
                 "+20", "102.50%", "各门店销售额：目标与实际", "预算使用", "8,000.40", "4,100.50", "3,000.00",
                 "7,100.50", "门店执行", "赠品发放", "55", "执行检查", "督导甲", "已签字", "总结",
                 "礼品很受欢迎，加盟店客流不及预期。", "审批记录摘要", "礼品预算请细化", "已总结", "开业首周客流旺"):
        assert squash(word) in text, word
    only_cjk_font_embedded(zh.path)

    en = build_review(pctx, p.id, tmp_path / "review-en.pdf", lang="en")
    flat = squash(pdftext(en.path, "-layout"))
    for word in ("Promotion review", "Targets against results", "Sales (yuan)", "Transactions", "New members",
                 "Variance", "Achieved", "+5,000.00", "110.00%", "98.75%", "Sales per store: target and actual",
                 "Target", "Actual", "Budget used", "Execution at the stores", "Gifts given", "Execution checks",
                 "Lessons", "Decisions in brief", "Reviewed and closed", "Region: Shanghai", "Review written"):
        assert squash(word) in flat, word
    for chinese in ("促销总结", "目标达成", "预算使用", "审批记录摘要"):
        assert chinese not in flat, chinese
    only_cjk_font_embedded(en.path)
    assert zh.content_hash == en.content_hash
    assert build_review(pctx, p.id, tmp_path / "again.pdf").content_hash == zh.content_hash
    for path, info in ((zh.path, zh), (en.path, en)):
        pages = render(path, tmp_path)
        assert len(pages) == info.pages


def test_new_results_change_the_review_hash(pctx: AppContext, done_plan, stores, tmp_path: Path) -> None:  # noqa: F811
    p = done_plan
    before = build_review(pctx, p.id, tmp_path / "a.pdf")
    promotions.set_results(pctx, p.id, stores["b"].id, ResultInput(Decimal("31000.00"), 450, 90, None, 20,
                                                                     Decimal("3000")))
    after = build_review(pctx, p.id, tmp_path / "b.pdf")
    assert after.content_hash != before.content_hash
    assert "103.33%" in squash(pdftext(after.path))  # 31,000.00 of 30,000.50


def test_a_review_without_results(pctx: AppContext, stores, people, tmp_path: Path) -> None:  # noqa: F811
    p = approve_all(pctx, promotions.create_plan(pctx, opening_plan(stores)).id, people)
    info = build_review(pctx, p.id, tmp_path / "empty.pdf", lang="en")
    flat = squash(pdftext(info.path))
    assert "Noresultsenteredyet." in flat and "0/2stores" in flat and "Nolessonsnotedyet." in flat
    only_cjk_font_embedded(info.path)


def test_file_names_and_refusals(pctx: AppContext, done_plan, tmp_path: Path) -> None:  # noqa: F811
    p = done_plan
    assert plan_file_name(p, "zh_CN") == f"宣传计划书-{p.code}.pdf"
    assert plan_file_name(p, "en") == f"promotion-plan-{p.code}.pdf"
    assert review_file_name(p, "zh_CN") == f"促销总结-{p.code}.pdf"
    assert review_file_name(p, "en") == f"promotion-review-{p.code}.pdf"
    with pytest.raises(NotFoundError):
        build_plan(pctx, "no-such-plan", tmp_path / "x.pdf")
    with pytest.raises(ValidationError) as lang:
        build_review(pctx, p.id, tmp_path / "x.pdf", lang="fr")
    assert lang.value.reasons() == {"lang": "invalid_choice"}
    assert not (tmp_path / "x.pdf").exists()
