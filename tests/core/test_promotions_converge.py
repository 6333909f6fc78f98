"""Seeded random trials: three workspaces decide on one promotion plan offline (submit, review, approve,
reject, edit, cancel -- each by a user allowed to), exchanging packages in random order; once everyone has
everything, every workspace derives the same status and trail, and no decision was lost or changed. A
failing trial prints its seed.

Seeds: one for every 20 of ``OPSDESK_SOAK_SEEDS`` (6 in ``make test``, 25 in ``make soak``) from
``OPSDESK_SOAK_FIRST``."""

from __future__ import annotations

import os
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from test_sync import exchange, open_ctx

from opsdesk.errors import ValidationError
from opsdesk.permissions import as_system
from opsdesk.services import org, promotions
from opsdesk.services.context import AppContext
from opsdesk.services.promotions import PlanInput, StoreTarget

TODAY = date.today()
FIRST = int(os.environ.get("OPSDESK_SOAK_FIRST", "0"))
SEEDS = range(FIRST, FIRST + max(1, int(os.environ.get("OPSDESK_SOAK_SEEDS", "120")) // 20))


def _setup(folder: Path) -> tuple[list[AppContext], dict[str, str], str, str]:
    nodes = [open_ctx(folder / f"n{i}.sqlite", builtin=True) for i in range(3)]
    hq = nodes[0]
    region = org.save_region(hq, "华东", "EAST")
    store = org.create_store(hq, org.StoreInput(code="S001", name="一号店", region_id=region.id,
                                                opened_on=date(2024, 1, 1)))
    who = {}
    for role, username in (("supervisor", "sup"), ("ops_manager", "ops1"), ("ops_manager", "ops2"),
                           ("head_office", "hq1"), ("head_office", "hq2")):
        who[username] = org.create_user(as_system(hq), org.UserInput(  # the people: setup, as system work
            username=username, name=username, role=role)).id
    hq.user_id = who["sup"]
    plan = promotions.create_plan(hq, PlanInput("周年庆", "holiday", TODAY, TODAY + timedelta(days=3),
                                                stores=(StoreTarget(store.id),)))
    for other in nodes[1:]:
        exchange(hq, other, folder)
    return nodes, who, plan.id, store.id


def _act(rng: random.Random, ctx: AppContext, who: dict[str, str], pid: str, store_id: str) -> str | None:
    """One random step a person might take on this workspace; returns what was done (None: refused)."""
    plan = promotions.get_plan(ctx, pid)
    step = rng.choice(["submit", "review_yes", "review_no", "approve_yes", "approve_no", "edit", "cancel"])
    try:
        if step == "submit":
            ctx.user_id = who["sup"]
            promotions.submit(ctx, pid, plan.content_hash, "请审核")
        elif step.startswith("review"):
            ctx.user_id = who[rng.choice(["ops1", "ops2"])]
            promotions.decide(ctx, pid, "review", step.endswith("yes"), plan.content_hash, "不同意" if
                              step.endswith("no") else "")
        elif step.startswith("approve"):
            ctx.user_id = who[rng.choice(["hq1", "hq2"])]
            promotions.decide(ctx, pid, "approval", step.endswith("yes"), plan.content_hash, "驳回" if
                              step.endswith("no") else "")
        elif step == "edit":
            ctx.user_id = who["sup"]
            promotions.update_plan(ctx, pid, PlanInput(f"周年庆 {rng.randint(1, 99)}", "holiday", TODAY,
                                                       TODAY + timedelta(days=3), stores=(StoreTarget(store_id),)))
        elif step == "cancel" and rng.random() < 0.2:
            ctx.user_id = who["hq1"]
            promotions.cancel(ctx, pid, plan.content_hash, "取消")
        else:
            return None
    except ValidationError:
        return None
    return step


@pytest.mark.parametrize("seed", SEEDS)
def test_offline_decisions_converge(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    nodes, who, pid, store_id = _setup(tmp_path)
    try:
        made = 0
        for _ in range(rng.randint(6, 14)):
            if rng.random() < 0.65:
                made += _act(rng, rng.choice(nodes), who, pid, store_id) not in (None, "edit")
            else:
                a, b = rng.sample(nodes, 2)
                exchange(a, b, tmp_path)
        for _ in range(2):  # everyone gets everything
            for a in nodes:
                for b in nodes:
                    if a is not b:
                        exchange(a, b, tmp_path)
        plans = [promotions.get_plan(ctx, pid) for ctx in nodes]
        first = plans[0]
        for other in plans[1:]:
            assert other.content_hash == first.content_hash, f"seed {seed}: contents differ"
            assert other.status == first.status, f"seed {seed}: {other.status} != {first.status}"
            assert [(e.id, e.kind, e.level, e.content_hash, e.stale) for e in other.events] == \
                   [(e.id, e.kind, e.level, e.content_hash, e.stale) for e in first.events], f"seed {seed}: trails differ"
        decisions = len([e for e in first.events if e.kind != "acknowledge"])
        assert decisions == made, f"seed {seed}: {made} decisions made, {decisions} kept"
    finally:
        for ctx in nodes:
            ctx.db.close()
