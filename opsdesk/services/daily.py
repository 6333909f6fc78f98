"""Daily checklists: the opening (开店) and closing (闭店) checklists of a store's business day.

A daily checklist is an ordinary checklist run (services.runs) with ``run_type`` "opening" or
"closing" and the business day in ``business_date``. This module finds the run of a store and
day, starts it on first use (never a second one for the same store, day and kind), and reports
which business days have no completed checklist.

A business day starts at 04:00 local time: a closing checklist filled in just after midnight
still belongs to the day the store was open.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from opsdesk.attachments import inspect_image
from opsdesk.errors import FieldProblem, NotAnImageError, NotFoundError, ValidationError
from opsdesk.scoring import percent as _percent
from opsdesk.services import attachments, org, runs, templates
from opsdesk.services.context import AppContext

KINDS = ("opening", "closing")
DAY_STATES = ("done", "draft", "missing")
DAY_STARTS_AT = time(4, 0)
# Stores without business days: nothing to check there.
NOT_TRADING = ("planned", "preparing", "closed")
_RANK = {"signed": 0, "completed": 0, "draft": 1}  # superseded runs never count

__all__ = [
    "DAY_STATES",
    "KINDS",
    "Compliance",
    "DailyChecklist",
    "DailyDTO",
    "DayStatus",
    "add_photo",
    "business_day",
    "compliance",
    "compliance_of",
    "day_checklists",
    "history",
    "item_done",
    "missing_reason",
    "open_checklist",
    "stores_for_user",
]


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True)
class DailyChecklist:
    """One of the two checklists of a day: what to run and how far it got."""

    kind: str  # "opening" or "closing"
    template: templates.TemplateDTO | None  # the runnable template (None: nothing published)
    run: runs.RunSummaryDTO | None  # the day's run, if started
    version: templates.VersionDTO | None  # the run's version, else the template's published one
    answers: Mapping[str, runs.AnswerDTO] = field(default_factory=dict)

    @property
    def available(self) -> bool:
        """There is something to show: a run, or a template to start one from."""
        return self.version is not None

    @property
    def state(self) -> str:
        return _state(self.run)

    @property
    def read_only(self) -> bool:
        return self.run is not None and self.run.status != "draft"

    @property
    def item_count(self) -> int:
        return len(self.version.items()) if self.version else 0

    @property
    def answered_count(self) -> int:
        if self.version is None:
            return 0
        return sum(1 for i in self.version.items() if (a := self.answers.get(i.id)) is not None and a.answered)

    @property
    def done_count(self) -> int:
        """Items with everything they need: the answer and, for a failure that needs one, its photo."""
        if self.version is None:
            return 0
        return sum(1 for i in self.version.items() if item_done(i, self.answers.get(i.id)))

    @property
    def missing(self) -> list[runs.MissingItem]:
        """What stops completing the checklist, in the template's order (as ``runs.missing_items``
        reports it for the run, without reading the database again)."""
        if self.version is None:
            return []
        return [runs.MissingItem(i.id, i.key, i.text, reason) for i in self.version.items()
                if (reason := missing_reason(i, self.answers.get(i.id))) is not None]


@dataclass(frozen=True)
class DailyDTO:
    store_id: str
    day: date
    opening: DailyChecklist
    closing: DailyChecklist

    def checklist(self, kind: str) -> DailyChecklist:
        return self.opening if kind == "opening" else self.closing


@dataclass(frozen=True)
class DayStatus:
    """One business day of a store: the state of each checklist ("done", "draft", "missing")."""

    day: date
    opening: str
    closing: str
    opening_run_id: str | None
    closing_run_id: str | None

    @property
    def complete(self) -> bool:
        return self.opening == "done" and self.closing == "done"

    def state(self, kind: str) -> str:
        return self.opening if kind == "opening" else self.closing

    def run_id(self, kind: str) -> str | None:
        return self.opening_run_id if kind == "opening" else self.closing_run_id


@dataclass(frozen=True)
class Compliance:
    """Daily checklist completion: days with both checklists done / days the store was open."""

    days_open: int
    days_complete: int

    @property
    def percent(self) -> Decimal | None:
        return _percent(Decimal(self.days_complete), Decimal(self.days_open))


# ---------------------------------------------------------------- helpers


def business_day(now: datetime | None = None) -> date:
    """The business day a moment belongs to (the day changes at 04:00 local time)."""
    now = now or datetime.now()
    return (now - timedelta(hours=DAY_STARTS_AT.hour, minutes=DAY_STARTS_AT.minute)).date()


def missing_reason(item: templates.ItemDTO, answer: runs.AnswerDTO | None) -> str | None:
    """What an item of a daily checklist still lacks before the checklist can be completed:
    ``required`` (a required item without an answer), ``photo_required`` (a failed answer of a
    photo-on-fail item without a photo) or None. The same rules as ``runs.missing_items``."""
    if answer is None or not answer.answered:
        return "required" if item.required else None
    if item.photo_on_fail and answer.failed and not answer.photos:
        return "photo_required"
    return None


def item_done(item: templates.ItemDTO, answer: runs.AnswerDTO | None) -> bool:
    """An item counts as done when it is answered and has everything its answer requires."""
    return answer is not None and answer.answered and missing_reason(item, answer) is None


def _state(run: runs.RunSummaryDTO | None) -> str:
    if run is None:
        return "missing"
    return "done" if run.status in runs.DONE_STATUSES else "draft"


def _pick(candidates: Iterable[runs.RunSummaryDTO]) -> runs.RunSummaryDTO | None:
    """The run that stands for a store/day/kind: a completed one before a draft, then the oldest."""
    usable = [r for r in candidates if r.status in _RANK]
    if not usable:
        return None
    return min(usable, key=lambda r: (_RANK[r.status], r.started_at, r.id))


def _period_runs(ctx: AppContext, store_id: str, start: date, end: date,
                 kinds: tuple[str, ...] = KINDS) -> dict[tuple[date, str], runs.RunSummaryDTO]:
    """The run standing for each (day, kind) of the period: ONE query for the whole period."""
    found = runs.query_runs(ctx, runs.RunQuery(store_id=store_id, run_types=kinds, date_from=start, date_to=end,
                                               sort="business_date", descending=False))
    grouped: dict[tuple[date, str], list[runs.RunSummaryDTO]] = {}
    for r in found:
        grouped.setdefault((r.business_date, r.run_type), []).append(r)
    return {key: run for key, group in grouped.items() if (run := _pick(group)) is not None}


def _templates_by_kind(ctx: AppContext) -> dict[str, templates.TemplateDTO]:
    """The active template with a published version for each kind (the first by code if several)."""
    out: dict[str, templates.TemplateDTO] = {}
    for t in templates.list_templates(ctx, kinds=KINDS, runnable_only=True):
        out.setdefault(t.kind, t)
    return out


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError([FieldProblem("kind", "invalid_choice")])


# ---------------------------------------------------------------- reading


def stores_for_user(ctx: AppContext, user_id: str | None) -> list[org.StoreDTO]:
    """The stores whose daily checklists a user sees, by code.

    Store managers and staff: the stores they are assigned to; supervisors and operations
    managers: the stores they supervise; head office: every open store. Stores that do not
    trade (planned, preparing, closed) are left out.
    """
    if not user_id:
        return []
    try:
        user = org.get_user(ctx, user_id)
    except NotFoundError:
        return []
    if not user.active:
        return []
    if user.role == "head_office":
        return org.query_stores(ctx, org.StoreQuery(status="open"))
    stores = []
    for store_id in user.store_ids:
        try:
            stores.append(org.get_store(ctx, store_id))
        except NotFoundError:
            continue
    return sorted((s for s in stores if s.status not in NOT_TRADING), key=lambda s: s.code)


def day_checklists(ctx: AppContext, store_id: str, day: date) -> DailyDTO:
    """The opening and closing checklists of a store's business day, with their answers."""
    org.get_store(ctx, store_id)  # NotFoundError for an unknown store
    found = _period_runs(ctx, store_id, day, day)
    by_kind = _templates_by_kind(ctx)
    lists = {}
    for kind in KINDS:
        run = found.get((day, kind))
        template = by_kind.get(kind)
        if run is not None:
            detail = runs.get_run(ctx, run.id)
            lists[kind] = DailyChecklist(kind, template, detail.run, detail.version, dict(detail.answers))
        elif template is not None:
            version = templates.get_version(ctx, template.published_version_id)
            lists[kind] = DailyChecklist(kind, template, None, version, {})
        else:
            lists[kind] = DailyChecklist(kind, None, None, None, {})
    return DailyDTO(store_id, day, lists["opening"], lists["closing"])


def history(ctx: AppContext, store_id: str, start: date, end: date) -> list[DayStatus]:
    """One row per business day from max(start, the store's opening date) to end, oldest first."""
    store = org.get_store(ctx, store_id)
    if store.opened_on is None:
        return []
    first = max(start, store.opened_on)
    if first > end:
        return []
    found = _period_runs(ctx, store_id, first, end)
    out = []
    day = first
    while day <= end:
        opening, closing = found.get((day, "opening")), found.get((day, "closing"))
        out.append(DayStatus(day, _state(opening), _state(closing),
                             opening.id if opening else None, closing.id if closing else None))
        day += timedelta(days=1)
    return out


def compliance_of(days: Iterable[DayStatus]) -> Compliance:
    rows = list(days)
    return Compliance(len(rows), sum(1 for d in rows if d.complete))


def compliance(ctx: AppContext, store_id: str, start: date, end: date) -> Compliance:
    """Days with both checklists done / days the store was open in the period."""
    return compliance_of(history(ctx, store_id, start, end))


# ---------------------------------------------------------------- writing


def _check_day(ctx: AppContext, store_id: str, day: date) -> None:
    store = org.get_store(ctx, store_id)
    problems = []
    if day > business_day():
        problems.append(FieldProblem("business_date", "in_future"))
    elif store.opened_on is None or day < store.opened_on:
        problems.append(FieldProblem("business_date", "before_opening"))
    if problems:
        raise ValidationError(problems)


def open_checklist(ctx: AppContext, store_id: str, kind: str, day: date) -> runs.RunSummaryDTO:
    """The store's run of this kind for the business day, started now if there is none yet.

    Refused for a day after today's business day or before the store opened. If another
    window or process started the same checklist at the same moment, the run started
    second is discarded and the first one is returned.
    """
    _check_kind(kind)
    _check_day(ctx, store_id, day)
    existing = _period_runs(ctx, store_id, day, day, (kind,)).get((day, kind))
    if existing is not None:
        return existing
    template = _templates_by_kind(ctx).get(kind)
    if template is None:
        raise templates.NothingPublishedError(f"no published {kind} checklist", kind=kind)
    started = runs.start_run(ctx, store_id, template.id, kind, business_date=day)
    winner = _period_runs(ctx, store_id, day, day, (kind,)).get((day, kind))
    if winner is not None and winner.id != started.id:
        runs.discard(ctx, started.id)
        return winner
    return started


def add_photo(ctx: AppContext, store_id: str, kind: str, day: date, item_id: str,
              source: str | Path) -> tuple[runs.RunSummaryDTO, attachments.AttachmentDTO]:
    """Attach a photo to an item of the day's checklist: (the day's run, the photo).

    The day's run is started for it if there is none yet, but only once everything that could
    refuse the photo was checked: the day, the template's item and the file itself (not a file,
    not an image, too many pixels). A refused photo therefore leaves no run behind. A completed
    checklist refuses it (``RunClosedError``).
    """
    _check_kind(kind)
    _check_day(ctx, store_id, day)
    existing = _period_runs(ctx, store_id, day, day, (kind,)).get((day, kind))
    if existing is None:
        template = _templates_by_kind(ctx).get(kind)
        if template is None:
            raise templates.NothingPublishedError(f"no published {kind} checklist", kind=kind)
        templates.get_version(ctx, template.published_version_id).item(item_id)  # NotFoundError
        path = Path(source)
        if not path.is_file():
            raise NotAnImageError(f"{path} is not a file", name=path.name)
        inspect_image(path)  # NotAnImageError / ImageTooLargeError before anything is written
    run = existing or open_checklist(ctx, store_id, kind, day)
    photo = runs.add_photo(ctx, run.id, item_id, source)  # checks the file again as it copies it
    return runs.get_summary(ctx, run.id), photo
