"""The words the core prints (PDF reports, default file names, the signing statement), in both languages.

The core cannot use Qt's translations, so the words for codes (run types, statuses, priorities,
roles, grades...) are kept here. They must be the words the UI shows: ``ui/labels.py`` holds the
English source texts and ``resources/i18n/opsdesk_zh_CN.ts`` their Chinese translations;
``tests/core/test_report_language.py`` fails when a word here and the UI's word drift apart.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from opsdesk.errors import FieldProblem, ValidationError

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

# code prefix -> code -> (Simplified Chinese, English)
CODE_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "run_type": {
        "routine": ("例行巡检", "Routine inspection"),
        "full_audit": ("总查", "Full audit"),
        "mystery": ("暗访", "Mystery visit"),
        "self_check": ("自查", "Self-check"),
        "cross_check": ("交叉检查", "Cross-check"),
        "follow_up": ("回头看", "Follow-up"),
        "opening": ("开店检查", "Opening checklist"),
        "closing": ("闭店检查", "Closing checklist"),
        "acceptance": ("验收", "Acceptance"),
        "execution": ("促销执行检查", "Execution check"),
    },
    "run_status": {
        "draft": ("进行中", "In progress"),
        "completed": ("已完成", "Completed"),
        "signed": ("已签字", "Signed"),
        "superseded": ("已被更正", "Superseded"),
    },
    "grade": {
        "fail": ("不合格", "Fail"),
    },
    "action_status": {
        "open": ("待整改", "To fix"),
        "in_progress": ("整改中", "Fixing"),
        "submitted": ("待验收", "Awaiting check"),
        "verified": ("已验收", "Verified"),
        "reopened": ("已退回", "Sent back"),
        "cancelled": ("已取消", "Cancelled"),
    },
    "priority": {
        "urgent": ("特急", "Urgent"),
        "high": ("加急", "High"),
        "normal": ("普通", "Normal"),
    },
    "purpose": {
        "routine": ("例行巡店", "Routine visit"),
        "training": ("培训", "Training"),
        "follow_up": ("回头看", "Follow-up"),
        "incident": ("事件处理", "Incident handling"),
        "opening_support": ("开业支持", "Opening support"),
        "promotion_check": ("促销检查", "Promotion check"),
    },
    "visit_status": {
        "planned": ("已计划", "Planned"),
        "in_progress": ("在店中", "On site"),
        "done": ("已完成", "Done"),
        "cancelled": ("已取消", "Cancelled"),
    },
    "role": {  # the roles a person signs as
        "supervisor": ("督导", "Supervisor"),
        "store_manager": ("店长", "Store manager"),
        "franchisee": ("加盟商", "Franchisee"),
        "supplier": ("供应商", "Supplier"),
        "witness": ("见证人", "Witness"),
        "contractor": ("施工方", "Contractor"),
    },
    "answer": {
        "pass": ("合格", "Pass"),
        "fail": ("不合格", "Fail"),
        "yes": ("是", "Yes"),
        "no": ("否", "No"),
        "na": ("不适用", "N/A"),
        "blank": ("未作答", "Not answered"),
    },
    # new-store openings (新店筹备): the words of ui/labels.py (context "Labels" / "OpeningLabels")
    "store_kind": {
        "direct": ("直营", "Company-owned"),
        "franchise": ("加盟", "Franchise"),
    },
    "milestone_role": {
        "ops_manager": ("运营经理", "Operations manager"),
        "supervisor": ("督导", "Supervisor"),
        "store_manager": ("店长", "Store manager"),
        "franchisee": ("加盟商", "Franchisee"),
        "head_office": ("总部", "Head office"),
        "contractor": ("施工方", "Contractor"),
    },
    "project_status": {
        "active": ("筹备中", "In preparation"),
        "opened": ("已开业", "Opened"),
        "cancelled": ("已取消", "Cancelled"),
    },
    "health": {
        "on_track": ("进度正常", "On track"),
        "at_risk": ("有风险", "At risk"),
        "late": ("已延误", "Late"),
    },
    "opening_event": {
        "created": ("项目启动", "Project started"),
        "date_moved": ("开业日期调整", "Opening date moved"),
        "milestone_done": ("节点完成", "Milestone done"),
        "milestone_reopened": ("节点重新打开", "Milestone reopened"),
        "gate_passed": ("关卡通过", "Gate passed"),
        "override": ("总部特批开业", "Opened by override"),
        "opened": ("门店开业", "Store opened"),
        "cancelled": ("项目取消", "Project cancelled"),
        "training_signed": ("培训签认", "Training signed off"),
    },
    # promotion plans (促销方案): the words of ui/labels.py (context "PromotionLabels")
    "promotion_status": {
        "draft": ("草稿", "Draft"),
        "submitted": ("待审核", "Awaiting review"),
        "reviewed": ("待审批", "Awaiting approval"),
        "returned": ("已退回", "Returned"),
        "changed": ("已修改", "Changed"),
        "clash": ("审批冲突", "Clash"),
        "approved": ("已批准", "Approved"),
        "running": ("执行中", "Running"),
        "ended": ("已结束", "Ended"),
        "closed": ("已总结", "Reviewed and closed"),
        "cancelled": ("已取消", "Cancelled"),
    },
    "promotion_decision": {
        "submit": ("已报批", "Submitted"),
        "approve": ("已通过", "Passed"),
        "reject": ("已驳回", "Rejected"),
        "cancel": ("已取消", "Cancelled"),
        "acknowledge": ("已确认", "Acknowledged"),
        "close": ("已总结", "Review written"),
    },
    "promotion_level": {
        "proposal": ("建议", "Proposal"),
        "review": ("审核", "Review"),
        "approval": ("审批", "Approval"),
    },
    "material_kind": {
        "pop": ("POP 海报", "POP"),
        "banner": ("横幅", "Banner"),
        "gift": ("赠品", "Gift"),
        "display": ("陈列道具", "Display prop"),
        "other": ("其他", "Other"),
    },
    "budget_category": {
        "materials": ("物料", "Materials"),
        "gifts": ("赠品", "Gifts"),
        "staff": ("人员", "Staff"),
        "media": ("媒体", "Media"),
        "other": ("其他", "Other"),
    },
    "promotion_measure": {
        "sales": ("销售额", "Sales"),
        "transactions": ("交易笔数", "Transactions"),
        "new_members": ("新增会员", "New members"),
        "custom": ("自定义指标", "Custom measure"),
    },
    # the dashboard's KPIs (总览, 月度通报): opsdesk.services.kpis.KPI_KEYS
    "kpi": {
        "score": ("平均得分", "Average score"),
        "critical": ("一票否决次数", "Critical failures"),
        "rectification": ("整改率", "Rectification rate"),
        "overdue": ("逾期整改", "Overdue actions"),
        "repeats": ("重复问题", "Repeat findings"),
        "coverage": ("巡店覆盖率", "Visit coverage"),
        "daily": ("开闭店检查完成率", "Daily checklist completion"),
        "acceptance": ("设备验收合格率", "Equipment acceptance pass rate"),
        "faults": ("未关闭设备故障", "Open equipment faults"),
        "openings": ("新店筹备", "New-store openings"),
        "promotions": ("促销销售达成率", "Promotion sales vs target"),
    },
}

# What a signer confirms. The stored text is never rewritten (a signed record stays as it was
# signed); a report prints a known statement in the report's language, any other text verbatim.
STATEMENTS: dict[str, str] = {
    "zh_CN": "本人确认以上检查结果属实",
    "en": "I confirm that the inspection results above are true.",
}

# Default PDF file names: kind -> (Chinese stem, English stem).
FILE_STEMS: dict[str, tuple[str, str]] = {
    "inspection": ("巡检报告", "inspection"),
    "daily": ("开闭店检查", "daily-checklists"),
    "visit_log": ("巡店记录", "visit-log"),
    "week_plan": ("巡店计划", "visit-plan"),
    "action_register": ("整改台账", "action-register"),
    "acceptance": ("设备验收单", "acceptance"),
    "opening_countdown": ("开业筹备进度表", "opening-countdown"),
    "fitout_acceptance": ("新店装修验收单", "fitout-acceptance"),
    "promotion_plan": ("宣传计划书", "promotion-plan"),
    "promotion_review": ("促销总结", "promotion-review"),
    "circular": ("月度通报", "circular"),
}


def check_language(lang: str | None) -> str:
    """``lang`` itself when it is a supported language ("zh_CN" or "en"); refused otherwise."""
    if lang not in LANGUAGES:
        raise ValidationError([FieldProblem("lang", "invalid_choice", {"value": lang, "choices": list(LANGUAGES)})])
    return lang


def is_english(lang: str) -> bool:
    return lang == "en"


def code_word(prefix: str, code: str | None, lang: str) -> str:
    """The word for a code (``run_type``/``routine`` -> 例行巡检); an unknown code is shown as it is."""
    if not code:
        return ""
    words = CODE_WORDS.get(prefix, {}).get(code)
    if words is None:
        return code
    return words[1] if is_english(lang) else words[0]


def grade_word(code: str | None, lang: str) -> str:
    """A run's grade as people read it: the band's letter (A, B...) or 不合格 / Fail; "—" when there is none."""
    if not code:
        return "—"
    return code_word("grade", code, lang)


def pick(chinese: str | None, english: str | None, lang: str) -> str:
    """Template content in ``lang``: the English text in English, the Chinese in Chinese, each
    falling back to the other when it is empty."""
    zh, en = (chinese or "").strip(), (english or "").strip()
    if is_english(lang):
        return en or zh
    return zh or en


def text_of(obj: Any, field: str, lang: str) -> str:
    """``obj.<field>`` / ``obj.<field>_en`` picked by language (item texts, section and template titles, options)."""
    return pick(getattr(obj, field, ""), getattr(obj, f"{field}_en", ""), lang)


def statement(lang: str) -> str:
    """The default signing statement in ``lang`` (what the sign dialog shows and stores)."""
    return STATEMENTS["en" if is_english(lang) else "zh_CN"]


def statement_text(stored: str | None, lang: str) -> str:
    """The statement a report prints for a stored one: a default statement (in any language) in the
    report's language, any other text as the signer confirmed it."""
    text = (stored or "").strip()
    if text in STATEMENTS.values():
        return statement(lang)
    return text


_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def _part(value: Any) -> str:
    text = value.isoformat() if isinstance(value, date) else str(value or "")
    return _UNSAFE.sub("_", text).strip("._")


def file_name(kind: str, lang: str, *parts: Any) -> str:
    """A report's default file name in ``lang``, e.g. ``巡检报告-S001-2024-05-01.pdf`` or
    ``inspection-S001-2024-05-01.pdf`` (characters a file system refuses become "_")."""
    zh, en = FILE_STEMS[kind]
    stem = en if is_english(lang) else zh
    return "-".join([stem, *(p for p in map(_part, parts) if p)]) + ".pdf"


__all__ = ["CODE_WORDS", "DEFAULT_LANGUAGE", "FILE_STEMS", "LANGUAGES", "STATEMENTS", "check_language", "code_word",
           "file_name", "grade_word", "is_english", "pick", "statement", "statement_text", "text_of"]
