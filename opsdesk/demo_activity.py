"""Demo activity: months of completed inspections, their corrective actions, and daily checklists.

Each store gets a quality level; answers pass with that probability (veto items
a little more often), so scores spread realistically with a few critical
failures. Rows go in through ``capture.bulk_insert``: the same change log and
audit chain as any other write, at a speed a demo can afford.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select

from opsdesk.models import ActionEvent, Answer, Assignment, ChecklistRun, CorrectiveAction, Store, Visit
from opsdesk.scoring import ItemScore, Response, repeat_findings, score_item, score_run
from opsdesk.services.runs import derive_answer
from opsdesk.services.runs import answer_id
from opsdesk.services.visits import to_utc
from opsdesk.services.templates import ItemDTO, VersionDTO, _version_dto
from opsdesk.sync.capture import bulk_insert

NOTES = ["现场已要求店长立即整改", "店长已确认，承诺三日内完成", "已拍照留档", "上次巡店已提醒，仍未改善",
         "员工培训不到位", "物料未及时更换", "已通知工程部维修"]


@dataclass(frozen=True)
class ActivitySummary:
    inspections: int
    daily_checklists: int
    answers: int
    actions: int = 0
    visits: int = 0


def _typed_value(rng: random.Random, item: ItemDTO, good: bool):  # noqa: ANN202
    kind = item.answer_type
    if kind == "pass_fail":
        return "pass" if good else "fail"
    if kind == "yes_no":
        return "yes" if good else "no"
    if kind == "rating":
        scale = item.scale or 5
        return rng.randint((scale + 1) // 2, scale) if good else rng.randint(0, (scale - 1) // 2)
    if kind == "number":
        lo = item.min_value if item.min_value is not None else Decimal(0)
        hi = item.max_value if item.max_value is not None else lo + 10
        if good:
            return (lo + (hi - lo) * Decimal(rng.randint(0, 100)) / 100).quantize(Decimal("0.1"))
        return (hi + 1 + Decimal(rng.randint(0, 20)) / 10) if item.max_value is not None else (lo - 1)
    if kind == "choice":
        ranked = sorted(range(len(item.options)), key=lambda i: item.options[i].points, reverse=True)
        return ranked[0] if good else ranked[-1]
    if kind == "multi_choice":
        positive = [i for i, o in enumerate(item.options) if o.points > 0]
        return tuple(positive) if good else ()
    if kind == "text":
        return "正常" if good else "有待改进"
    if kind == "date":
        return None
    return None  # photo items: the demo has no photos


def _stored(item: ItemDTO, value) -> str | None:  # noqa: ANN001
    if value is None or value == ():
        return None
    if item.answer_type == "number":
        return json.dumps(str(value))
    if item.answer_type == "multi_choice":
        return json.dumps(list(value))
    return json.dumps(value, ensure_ascii=False)


class _RunWriter:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.runs: list[dict] = []
        self.answers: list[dict] = []
        self.failures: list[tuple] = []  # (day, store_id, version, item, answer_id, note, manager, supervisor)
        self.manager: str | None = None
        # (item, value, n/a) -> (its score, the stored value, the derived answer fields): a run's answers repeat
        # the same few values (pass, fail, a rating), so each is scored once per writer, not once per answer
        # (a number's random value is scored where it occurs)
        self._memo: dict[tuple[str, object, bool], tuple[ItemScore, str | None, tuple]] = {}
        self._rules: dict[str, tuple] = {}  # version id -> (its scoring rules, item id -> key)

    def _scored(self, item: ItemDTO, value: object, na: bool) -> tuple[ItemScore, str | None, tuple]:
        key = (item.id, value, na)
        found = self._memo.get(key) if item.answer_type != "number" else None
        if found is None:
            stored = None if na else _stored(item, value)
            found = (score_item(item.rule(), Response(value, na)), stored, derive_answer(item, stored, na))
            if item.answer_type != "number":
                self._memo[key] = found
        return found

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, version: VersionDTO, store_id: str, run_type: str, user_id: str | None, day: date,
            start: time, quality: float, previous_failed: set[str], *, failing: frozenset[str] | None = None,
            values: dict[str, object] | None = None, equipment_id: str | None = None) -> set[str]:
        """One completed run; returns the item keys that failed. ``failing`` (an acceptance): exactly these
        items fail and all others pass, none N/A; ``values``: the answers of these item keys when they pass."""
        rng = self.rng
        run_id = self.uid()
        started = datetime.combine(day, start)
        responses = {}
        scored: dict[str, ItemScore] = {}
        pending = []
        for item in version.items():
            if item.answer_type in ("photo",):
                continue
            if not item.required and rng.random() < 0.5:
                continue
            if failing is None:
                na = not item.critical and rng.random() < 0.02
                chance = quality if not item.critical else min(0.995, quality + 0.12)
                good = rng.random() < chance
            else:
                na, good = False, item.key not in failing
            if good and values and item.key in values:
                value = values[item.key]
            else:
                value = None if na else _typed_value(rng, item, good)
            if value is None and not na:
                if item.required:
                    na = True
                else:
                    continue
            responses[item.id] = Response(value, na)
            found = self._scored(item, value, na)
            scored[item.id] = found[0]
            pending.append((item, na, found))
        rules = self._rules.get(version.id)
        if rules is None:
            rules = self._rules[version.id] = (version.rules(), {i.id: i.key for i in version.items()})
        score = score_run(rules[0], responses, version.grade_bands, scored)
        failed_keys = {rules[1][i] for i, s in score.items.items() if s.failed}
        repeats = repeat_findings(failed_keys, previous_failed)
        for n, (item, na, (item_score, stored, derived)) in enumerate(pending):
            failed = item_score.failed
            note = rng.choice(NOTES) if failed and rng.random() < 0.6 else ""
            aid = answer_id(run_id, item.id)
            if failed and run_type not in ("opening", "closing"):
                self.failures.append((day, store_id, version, item, aid, note, run_id, user_id))
            self.answers.append({
                "id": aid, "run_id": run_id, "item_id": item.id,
                "value": stored, "na": na,
                # derived exactly as the service derives it (receivers of a sync recompute it the same way)
                **dict(zip(("points", "max_points"), derived)),
                "failed": failed, "repeat": failed and item.key in repeats,
                "note": note,
                "answered_at": started + timedelta(seconds=40 * (n + 1)), "answered_by": user_id,
            })
        self.runs.append({
            "id": run_id, "template_version_id": version.id, "store_id": store_id, "run_type": run_type,
            "visit_id": None, "equipment_id": equipment_id,
            "performed_by": user_id, "started_at": started, "business_date": day, "status": "completed",
            "completed_at": started + timedelta(seconds=40 * (len(pending) + 2)), "score": score.points,
            "max_score": score.max, "percent": score.percent, "grade": score.grade,
            "critical_failed": score.critical_failed,
        })
        return failed_keys


def build_activity(s, rng: random.Random, today: date, months: int, daily_days: int,  # noqa: ANN001
                   versions: dict[str, VersionDTO] | None = None, tick=None) -> ActivitySummary:  # noqa: ANN001
    """Write the activity inside the caller's transaction ``s``."""
    from opsdesk.models import Template, TemplateVersion

    def published(code: str) -> VersionDTO | None:
        row = s.execute(select(TemplateVersion).join(Template, Template.id == TemplateVersion.template_id).where(
            Template.code == code, TemplateVersion.status == "published")).scalars().first()
        return _version_dto(s, row) if row else None

    versions = versions or {code: published(code) for code in
                            ("store_routine", "mystery_visit", "opening_check", "closing_check")}
    stores = list(s.scalars(select(Store).where(Store.deleted.is_(False), Store.status != "preparing")
                            .order_by(Store.code)))
    people: dict[tuple[str, str], str] = {}
    for a in s.scalars(select(Assignment).where(Assignment.deleted.is_(False))):
        people.setdefault((a.store_id, a.role), a.user_id)
    writer = _RunWriter(rng)
    inspections = daily = 0
    start_day = today - timedelta(days=30 * months)
    routine, mystery = versions.get("store_routine"), versions.get("mystery_visit")
    opening, closing = versions.get("opening_check"), versions.get("closing_check")
    for store in stores:
        quality = rng.uniform(0.78, 0.98)
        supervisor = people.get((store.id, "supervisor"))
        manager = people.get((store.id, "manager"))
        opened = store.opened_on or start_day
        if routine is not None:
            day = max(start_day, opened) + timedelta(days=rng.randrange(0, 10))
            previous: set[str] = set()
            while day < today:
                quality_now = min(0.99, max(0.6, quality + rng.uniform(-0.08, 0.05)))
                previous = writer.add(routine, store.id, "routine", supervisor, day,
                                      time(rng.randint(9, 16), rng.randrange(0, 60)), quality_now, previous)
                inspections += 1
                day += timedelta(days=rng.randint(16, 26))  # about the handbook's 17 checks a year
        if mystery is not None and rng.random() < 0.4:
            day = max(start_day, opened) + timedelta(days=rng.randrange(20, 60))
            previous = set()
            while day < today:
                previous = writer.add(mystery, store.id, "mystery", supervisor, day, time(rng.randint(11, 19), 5),
                                      quality, previous)
                inspections += 1
                day += timedelta(days=rng.randint(45, 75))
        if tick:
            tick()
        if store.status != "open":
            continue
        for offset in range(daily_days, 0, -1):
            day = today - timedelta(days=offset)
            if day < opened:
                continue
            for version, run_type, hour in ((opening, "opening", 9), (closing, "closing", 22)):
                if version is None or rng.random() < 0.06:  # a missed day now and then
                    continue
                writer.add(version, store.id, run_type, manager, day, time(hour, rng.randrange(0, 30)),
                           min(0.995, quality + 0.1), set())
                daily += 1
    visit_rows = _visits(writer, rng, stores, people, today, start_day)
    bulk_insert(s, Visit, visit_rows)
    bulk_insert(s, ChecklistRun, writer.runs)
    bulk_insert(s, Answer, writer.answers)
    action_rows, event_rows = _actions(writer, rng, people, today)
    bulk_insert(s, CorrectiveAction, action_rows)
    bulk_insert(s, ActionEvent, event_rows)
    return ActivitySummary(inspections, daily, len(writer.answers), len(action_rows), len(visit_rows))


FIX_NOTES = ["已按要求整改完毕，附整改后照片", "已更换并恢复正常", "已重新培训员工并现场演练", "已清理完毕，建立每日检查表",
             "已报修，维修完成", "已补齐物料并按指引陈列"]


def _actions(writer: _RunWriter, rng: random.Random, people: dict, today: date) -> tuple[list[dict], list[dict]]:
    """Corrective actions for the demo's failed inspection items, at the stage their age suggests:
    old ones mostly verified (a few late or cancelled), recent ones open, in progress or submitted."""
    actions_out: list[dict] = []
    events: list[dict] = []
    last: dict[tuple, dict] = {}

    def event(action: dict, old: str | None, new: str, who: str | None, at: datetime, note: str = "",
              rng_: random.Random | None = None) -> None:
        uid = str(uuid.UUID(int=rng_.getrandbits(128), version=4)) if rng_ else writer.uid()
        events.append({"id": uid, "action_id": action["id"], "from_status": old, "to_status": new,
                       "user_id": who, "at": at, "note": note})

    for day, store_id, version, item, answer, note, run_id, supervisor in sorted(writer.failures, key=lambda f: f[0]):
        manager = people.get((store_id, "manager"))
        due = day + timedelta(days=item.action_due_days)
        created = datetime.combine(day, time(18, rng.randrange(0, 60)))
        key = (store_id, version.template_id, item.key)
        earlier = last.get(key)
        repeat = earlier is not None and earlier["status"] in ("open", "in_progress", "submitted", "reopened",
                                                               "verified")
        action = {
            "id": writer.uid(), "store_id": store_id, "source_run_id": run_id, "source_answer_id": answer,
            "template_id": version.template_id, "item_keys": json.dumps([item.key]),
            "title": item.action_title or item.text, "description": note, "priority": item.action_priority,
            "assignee_id": manager, "due_on": due, "status": "open", "fix_note": "",
            "repeat_of": earlier["id"] if repeat else None,
            "repeat_count": (earlier["repeat_count"] + 1) if repeat else 0,
            "created_at": to_utc(created),  # raised when found (the dashboard counts actions by when raised)
        }
        event(action, None, "open", supervisor, created)
        age = (today - due).days
        roll = rng.random()
        if age > 7:
            stage = "verified" if roll < 0.86 else ("cancelled" if roll < 0.9 else "in_progress")
        elif age >= 0:
            stage = "submitted" if roll < 0.3 else ("in_progress" if roll < 0.6 else "open")
        else:
            stage = "in_progress" if roll < 0.35 else ("submitted" if roll < 0.5 else "open")
        if stage in ("in_progress", "submitted", "verified"):
            event(action, "open", "in_progress", manager, created + timedelta(hours=rng.randint(2, 30)))
            action["status"] = "in_progress"
        if stage in ("submitted", "verified"):
            late = stage == "verified" and rng.random() < 0.15
            fixed = datetime.combine(min(today - timedelta(days=1), due + timedelta(days=rng.randint(1, 4) if late
                                         else -rng.randint(0, max(0, item.action_due_days)))), time(15, 0))
            fixed = max(fixed, created + timedelta(hours=3))
            action.update(status="submitted", fix_note=rng.choice(FIX_NOTES), submitted_at=fixed)
            event(action, "in_progress", "submitted", manager, fixed, action["fix_note"])
            if stage == "verified":
                checked = fixed + timedelta(hours=rng.randint(1, 20))
                action.update(status="verified", verified_at=checked, verified_by=supervisor)
                event(action, "submitted", "verified", supervisor, checked, "现场复查合格")
        if stage == "cancelled":
            action["status"] = "cancelled"
            event(action, "open", "cancelled", supervisor, created + timedelta(days=1), "门店已闭店装修，不再整改")
        if action["status"] in ("open", "in_progress", "submitted") and age <= 7:
            _quick_fix(action, event, created, manager, supervisor, today)
        actions_out.append(action)
        last[key] = action
    return actions_out, events


def _quick_fix(action: dict, event, created: datetime, manager: str | None, supervisor: str | None,
               today: date) -> None:
    """Now and then a recent finding is fixed and verified within a day or two (so the current month's 整改率
    has verified actions). Its own random stream, seeded by the action's id, leaves the rest of the demo as it was."""
    quick = random.Random(action["id"])
    if quick.random() >= 0.4:
        return
    fixed = action.get("submitted_at") or created + timedelta(hours=quick.randint(3, 30))
    checked = fixed + timedelta(hours=quick.randint(1, 20))
    if checked >= datetime.combine(today, time(0, 0)):
        return
    if action["status"] == "open":
        event(action, "open", "in_progress", manager, created + timedelta(hours=1), rng_=quick)
    if action["status"] in ("open", "in_progress"):
        action.update(fix_note=quick.choice(FIX_NOTES), submitted_at=fixed)
        event(action, "in_progress", "submitted", manager, fixed, action["fix_note"], rng_=quick)
    action.update(status="verified", verified_at=checked, verified_by=supervisor)
    event(action, "submitted", "verified", supervisor, checked, "现场复查合格", rng_=quick)


OBSERVATIONS = ["门店整体运营正常，陈列整齐", "客流较上周增加，收银排队时间偏长", "新品陈列到位，主推产品介绍熟练",
                "仓库堆放略乱，已要求当日整理", "员工精神面貌良好", "促销物料需按新方案更换"]
PEOPLE = ["店长", "店长、值班组长", "店长及两名店员", "加盟商、店长"]
STEPS = ["下周复查仓库整理情况", "跟进整改项完成情况", "安排新员工收银培训", "协助准备下月促销活动"]
INCIDENTS = ["顾客在店内摔倒，已送医并联系家属", "收银系统故障约 40 分钟，已报修", "夜间门店玻璃被砸，已报警"]


def _visits(writer: _RunWriter, rng: random.Random, stores: list, people: dict, today: date,
            start_day: date) -> list[dict]:
    """A visit for every demo inspection (linked to it) and the other weekly visits of the supervisors,
    with a store missed now and then, a few major incidents, and this week's plan."""
    rows: list[dict] = []
    rng_main = rng

    def visit(store_id: str, supervisor: str | None, start: datetime, minutes: int, purpose: str = "routine",
              own: random.Random | None = None) -> dict:
        rng = own or rng_main  # ``own``: a separate stream, which leaves the main one (and the rest) untouched
        uid = str(uuid.UUID(int=own.getrandbits(128), version=4)) if own else writer.uid()
        row = {"id": uid, "store_id": store_id, "supervisor_id": supervisor, "planned_on": start.date(),
               "check_in": to_utc(start), "check_out": to_utc(start + timedelta(minutes=minutes)),
               "purpose": purpose, "status": "done", "observations": rng.choice(OBSERVATIONS),
               "people_met": rng.choice(PEOPLE), "next_steps": rng.choice(STEPS),
               "next_visit_on": start.date() + timedelta(days=7)}
        if purpose == "training":
            row.update(training_topic=rng.choice(["收银操作与找零规范", "新品知识与主推话术", "消防器材使用"]),
                       training_attendees="全体当班店员")
        if rng.random() < 0.015:
            happened = start - timedelta(hours=rng.randint(1, 20))
            row.update(purpose="incident", incident=True, incident_at=to_utc(happened),
                       incident_reported_at=to_utc(happened + timedelta(minutes=rng.choice([30, 90, 200, 420]))),
                       observations=rng.choice(INCIDENTS))
        rows.append(row)
        return row

    visited_days: dict[str, set[date]] = {}
    for run in writer.runs:
        if run["run_type"] not in ("routine", "mystery", "follow_up"):
            continue
        row = visit(run["store_id"], run["performed_by"], run["started_at"] - timedelta(minutes=15),
                    int((run["completed_at"] - run["started_at"]).total_seconds() // 60) + 45)
        run["visit_id"] = row["id"]
        visited_days.setdefault(run["store_id"], set()).add(run["business_date"])
    monday = today - timedelta(days=today.weekday())
    for store in stores:
        supervisor = people.get((store.id, "supervisor"))
        week = start_day - timedelta(days=start_day.weekday())
        while week < monday:
            days = {week + timedelta(days=i) for i in range(7)}
            if not days & visited_days.get(store.id, set()) and rng.random() < 0.9:
                day = week + timedelta(days=rng.randrange(0, 6))
                visit(store.id, supervisor, datetime.combine(day, time(rng.randint(9, 16), rng.choice([0, 15, 30]))),
                      rng.randint(45, 150), "training" if rng.random() < 0.2 else "routine")
            week += timedelta(days=7)
        done = {monday + timedelta(days=i) for i in range(today.weekday())}  # this week up to yesterday
        own = random.Random(f"{store.id}:{monday}")
        if (store.status == "open" and not done & visited_days.get(store.id, set())
                and own.random() < 0.15 * len(done)):  # this week's visits so far (Monday to yesterday)
            day = monday + timedelta(days=own.randrange(0, len(done)))
            visit(store.id, supervisor, datetime.combine(day, time(own.randint(9, 16), own.choice([0, 15, 30]))),
                  own.randint(45, 150), own=own)
        if store.status == "open" and rng.random() < 0.7:  # this week's plan
            day = monday + timedelta(days=rng.randrange(today.weekday(), 7))
            rows.append({"id": writer.uid(), "store_id": store.id, "supervisor_id": supervisor, "planned_on": day,
                         "purpose": "routine", "status": "planned"})
    return rows


def _scribble(rng: random.Random) -> list[list[tuple[float, float, float]]]:
    """A handwritten-looking signature in pad units (1000 x 400): a few wavy strokes, left to right."""
    import math

    strokes, x, t = [], rng.uniform(120, 200), 0.0
    for _ in range(rng.randint(2, 3)):
        width, y0 = rng.uniform(160, 260), rng.uniform(200, 260)
        freq, amp, points = rng.uniform(2.5, 4.5), rng.uniform(40, 80), rng.randint(24, 36)
        stroke = []
        for i in range(points):
            f = i / (points - 1)
            stroke.append((round(x + width * f, 1), round(y0 - amp * math.sin(freq * math.pi * f) * (1 - 0.4 * f), 1),
                           round(t, 3)))
            t += 0.015
        strokes.append(stroke)
        x += width + rng.uniform(20, 50)
        t += 0.25
    return strokes


def sign_recent(ctx, rng: random.Random, supervisor_id: str, signed: int = 3,  # noqa: ANN001
                awaiting: int = 1) -> int:
    """Sign the supervisor's latest completed inspections of ``signed`` + ``awaiting`` stores through
    the signing service: the supervisor signs each, the store manager the first ``signed`` (which freezes
    them, sign point and all, as a real signing does); the rest still wait for the store manager.
    Returns how many runs are signed and frozen."""
    from opsdesk.models import User
    from opsdesk.services import signatures

    with ctx.read() as s:
        managers = {a.store_id: a.user_id for a in s.scalars(select(Assignment).where(
            Assignment.deleted.is_(False), Assignment.role == "manager"))}
        newest_first = s.execute(
            select(ChecklistRun.store_id, ChecklistRun.id).where(
                ChecklistRun.performed_by == supervisor_id, ChecklistRun.status == "completed",
                ChecklistRun.run_type.in_(("routine", "mystery")), ChecklistRun.deleted.is_(False))
            .order_by(ChecklistRun.business_date.desc(), ChecklistRun.id)).all()
        latest: dict[str, str] = {}  # each store's latest first, then the next ones (a supervisor of few stores)
        for store_id, run_id in newest_first:
            latest.setdefault(store_id, run_id)
        chosen = [*latest.items(), *((st, r) for st, r in newest_first if r not in latest.values())]
        chosen = chosen[:signed + awaiting]
        names = {u.id: u.name for u in s.scalars(select(User).where(
            User.id.in_([supervisor_id, *(managers.get(st) for st, _ in chosen if managers.get(st))])))}
    frozen = 0
    before, ctx.user_id = ctx.user_id, supervisor_id  # on the supervisor's laptop, each signing as themselves
    try:
        for n, (store_id, run_id) in enumerate(chosen):
            signatures.sign_run(ctx, run_id, "supervisor", names[supervisor_id], _scribble(rng),
                                signer_id=supervisor_id)
            manager = managers.get(store_id)
            if n < signed and manager:
                signatures.sign_run(ctx, run_id, "store_manager", names[manager], _scribble(rng), signer_id=manager)
                frozen += 1
    finally:
        ctx.user_id = before
    return frozen
