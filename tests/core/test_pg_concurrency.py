"""Several desktops writing one head-office workspace (PostgreSQL) at the same moment.

One server workspace (a database of the test process's throw-away cluster, tests/pg_cluster.py) with a
region, four stores, supervisors, store managers and a published template; two SQLite laptops get its
package, run inspections and corrective actions offline and export four packages. Then four OS processes
(multiprocessing ``spawn``: fresh interpreters, each opening the URL as a desktop would, with its own engine
and in-memory clock; pg_writers.py) write at once for a few seconds: two answer and complete runs of their
own, one creates corrective actions and moves them along, one imports the laptops' packages (and imports
them again, each at least once: recognised, nothing applied twice).

Afterwards: every write a process was told had committed is in the database, counted exactly (runs,
answers with their values, statuses, action events, the laptops' runs and actions), no process met an error
other than the typed ``DatabaseLockedError`` (the writer lock not obtained within
``OPSDESK_LOCK_WAIT_SECONDS``, set low here; nothing was written and the worker retried the call: counted,
allowed), the server's change-log clocks increase in commit order with no clock shared by two rows, the
audit chain verifies, and ``opsdesk db check --db URL`` (a subprocess) exits 0.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pg_writers
import pytest
from converge_helpers import TINY_TEMPLATE

from opsdesk.audit import verify_chain
from opsdesk.db import Database
from opsdesk.services import actions, org, runs, sync, templates
from opsdesk.services.context import AppContext
from opsdesk.templates_io import parse_template

pytestmark = pytest.mark.pg

REPO = Path(__file__).resolve().parents[2]
SECONDS = 8.0  # how long each writer keeps writing once all have started
LOCK_WAIT = "3"  # OPSDESK_LOCK_WAIT_SECONDS of the writers: a longer wait is a typed error, retried


def _server_base(ctx: AppContext) -> dict[str, Any]:
    """The head office's organisation and template (built once into a template database)."""
    admin = org.create_user(ctx, org.UserInput(username="admin", name="总部管理员", role="head_office"))
    ctx.user_id = admin.id
    users = {"admin": admin.id}
    for key, username, name, role in (("sup1", "sup.li", "李督导", "supervisor"),
                                      ("sup2", "sup.wang", "王督导", "supervisor"),
                                      ("sup3", "sup.zhou", "周督导", "supervisor"),
                                      ("mgr1", "mgr.zhao", "赵店长", "store_manager"),
                                      ("mgr2", "mgr.qian", "钱店长", "store_manager")):
        users[key] = org.create_user(ctx, org.UserInput(username=username, name=name, role=role)).id
    region = org.save_region(ctx, "华东", "EAST")
    stores = [org.create_store(ctx, org.StoreInput(
        code=f"S{k + 1:03d}", name=name, region_id=region.id, opened_on=date(2024, 1, 1),
        manager_id=users[f"mgr{k % 2 + 1}"], supervisor_id=users[f"sup{k % 2 + 1}"])).id
        for k, name in enumerate(("人民路店", "南京路店", "淮海路店", "中山路店"))]
    for key in ("sup1", "sup2", "sup3"):  # the supervisors look after every store: the writers use them all
        me = org.get_user(ctx, users[key])
        org.update_user(ctx, me.id, org.UserInput(me.username, me.name, me.role, me.phone, me.email, tuple(stores)))
    version = templates.import_spec(ctx, parse_template(TINY_TEMPLATE))
    items = [(i.id, i.answer_type) for i in version.items() if i.answer_type != "photo"]
    return {"users": users, "stores": stores, "template_id": version.template_id, "items": items}


def _answer_and_complete(ctx: AppContext, base: dict[str, Any], store_id: str, day: int) -> str:
    run = runs.start_run(ctx, store_id, base["template_id"], "routine", business_date=date(2026, 10, day))
    for n, (item_id, answer_type) in enumerate(base["items"]):
        choices = pg_writers.ANSWERS[answer_type]
        runs.set_answer(ctx, run.id, item_id, choices[(day + n) % len(choices)])
    return runs.complete(ctx, run.id).id


def _laptops(tmp_path: Path, server_url: str, files_dir: Path, base: dict[str, Any]) -> list[str]:
    """Two laptops (SQLite) that received the server's package, worked offline and exported twice each;
    returns the packages in the order the importer takes them."""
    server = AppContext(Database.open(server_url, files_dir=files_dir))
    server.user_id = base["users"]["admin"]
    from_server = tmp_path / "from-server.opsync"
    sync.export_package(server, from_server)
    server.db.close()
    packages: list[list[str]] = []
    for k in range(2):
        laptop = AppContext(Database.open(tmp_path / f"laptop{k}.sqlite"))
        try:
            sync.import_package(laptop, from_server, trust=True)
            laptop.user_id = base["users"][f"sup{k + 1}"]
            made = []
            for batch in range(2):
                for n in range(2):
                    _answer_and_complete(laptop, base, base["stores"][(k + n) % 4], 1 + 10 * k + 4 * batch + n)
                action = actions.create_action(laptop, actions.ActionInput(
                    store_id=base["stores"][k], title=f"laptop {k} action {batch}", due_on=date(2026, 12, 1),
                    assignee_id=base["users"][f"mgr{k + 1}"]))
                actions.transition(laptop, action.id, "in_progress")
                out = tmp_path / f"laptop{k}-{batch}.opsync"
                sync.export_package(laptop, out)
                made.append(str(out))
            packages.append(made)
        finally:
            laptop.db.close()
    return [packages[0][0], packages[1][0], packages[0][1], packages[1][1]]


def _workspace_state(target: Path | str, files_dir: Path | None = None) -> dict[str, Any]:
    """Runs (status, {item: value}) and actions (status) of a workspace, read through the services."""
    db = Database.open(target, files_dir=files_dir, migrate_schema=False, create=False) if isinstance(target, str) \
        else Database.open(target, migrate_schema=False, create=False)
    try:
        ctx = AppContext(db)
        state: dict[str, Any] = {"runs": {}, "actions": {}}
        for summary in runs.iter_runs(ctx):
            detail = runs.get_run(ctx, summary.id)
            state["runs"][summary.id] = (summary.status, {i: str(a.value) for i, a in detail.answers.items()})
        for action in actions.query_actions(ctx):
            state["actions"][action.id] = action.status
        return state
    finally:
        db.close()


def _sql(url: str, query: str, *args: Any) -> list[tuple]:
    import psycopg  # here: without psycopg the module is still collected, and the test skipped by its fixtures

    with psycopg.connect(url) as conn:
        return [tuple(r) for r in conn.execute(query, args).fetchall()]


def test_four_processes_write_one_server_workspace_at_once(pg_templates, tmp_path, monkeypatch) -> None:
    files_dir = tmp_path / "server.files"
    url = pg_templates.copy(files_dir, _server_base)
    base = pg_templates.value(_server_base)
    users = base["users"]
    packages = _laptops(tmp_path, url, files_dir, base)
    laptop_states = [_workspace_state(tmp_path / f"laptop{k}.sqlite") for k in range(2)]
    before = _workspace_state(url, files_dir)
    node_id = _sql(url, "SELECT id FROM node WHERE is_local")[0][0]
    seq_before = _sql(url, "SELECT coalesce(max(seq), 0) FROM change_log")[0][0]

    monkeypatch.setenv("OPSDESK_LOCK_WAIT_SECONDS", LOCK_WAIT)  # the children inherit the environment
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH")))))
    common = {"template_id": base["template_id"], "items": base["items"], "stores": base["stores"],
              "seconds": SECONDS}
    plans = [
        ("runner", {**common, "user_id": users["sup1"], "seed": 1}),
        ("runner", {**common, "user_id": users["sup3"], "seed": 2}),
        ("actions", {**common, "user_id": users["admin"], "assignee_id": users["mgr1"]}),
        ("importer", {**common, "user_id": users["admin"], "packages": packages}),
    ]
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Event()
    procs, readies, reports = [], [], []
    for n, (kind, params) in enumerate(plans):
        ready = spawn.Event()
        report = tmp_path / f"report{n}.json"
        proc = spawn.Process(target=pg_writers.run, args=(kind, url, str(files_dir), params, ready, start, str(report)),
                             name=f"opsdesk-{kind}-{n}")
        proc.start()
        procs.append(proc)
        readies.append(ready)
        reports.append(report)
    try:
        for ready, proc in zip(readies, procs):
            assert ready.wait(120) or not proc.is_alive(), f"{proc.name} did not open the workspace"
        start.set()  # all at once
        for proc in procs:
            proc.join(120)
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.kill()
                proc.join(5)
    done = [json.loads(r.read_text(encoding="utf-8")) for r in reports]

    # ---- every process ran this checkout's code, to the end, and met no error but a retried busy one
    for proc, report in zip(procs, done):
        assert proc.exitcode == 0, proc.name
        assert report["unexpected"] == [], f"{proc.name}: {report['unexpected']}"
        assert Path(report["package"]).resolve().is_relative_to(REPO), report["package"]
    runners = [r for r in done if r["kind"] == "runner"]
    (action_report,) = [r for r in done if r["kind"] == "actions"]
    (import_report,) = [r for r in done if r["kind"] == "importer"]
    assert all(r["completed"] for r in runners) and action_report["actions"], "every writer got to write"

    after = _workspace_state(url, files_dir)

    # ---- runs and answers: every one reported, with its values; nothing else appeared
    reported_runs = {rid: answers for r in runners for rid, answers in r["runs"].items()}
    laptop_runs = {rid: run for state in laptop_states for rid, run in state["runs"].items()}
    assert set(after["runs"]) == set(before["runs"]) | set(reported_runs) | set(laptop_runs)
    for rid, answers in reported_runs.items():
        assert after["runs"][rid] == ("completed", answers), rid
    for rid, run in laptop_runs.items():
        assert after["runs"][rid] == run, rid
    answered = sum(len(a) for a in reported_runs.values())
    assert _sql(url, "SELECT count(*) FROM answer WHERE run_id = ANY(%s)", list(reported_runs))[0][0] == answered
    assert len({r for rep in runners for r in rep["completed"]}) == len(reported_runs)

    # ---- corrective actions: every one, in the status it was last moved to, with one event per move
    reported_actions = action_report["actions"]
    laptop_actions = {aid: status for state in laptop_states for aid, status in state["actions"].items()}
    assert set(after["actions"]) == set(before["actions"]) | set(reported_actions) | set(laptop_actions)
    assert {aid: after["actions"][aid] for aid in reported_actions} == {a: s[-1] for a, s in reported_actions.items()}
    assert {aid: after["actions"][aid] for aid in laptop_actions} == laptop_actions
    events = dict(_sql(url, "SELECT action_id, count(*) FROM action_event WHERE action_id = ANY(%s) GROUP BY 1",
                       list(reported_actions)))
    assert events == {aid: len(statuses) for aid, statuses in reported_actions.items()}

    # ---- imports: each package applied once, then recognised
    first = import_report["imports"][:len(packages)]
    assert [i["package"] for i in first] == packages and not any(i["already"] for i in first)
    assert all(i["applied"] > 0 and i["conflicts"] == 0 for i in first)
    again = import_report["imports"][len(packages):]
    assert len(again) >= len(packages) and all(i["already"] and i["applied"] == 0 for i in again)
    assert len({i["package_id"] for i in first}) == len(packages)
    assert _sql(url, "SELECT count(*) FROM import_ledger")[0][0] >= len(packages)

    # ---- the server's clocks: increasing in commit order, no clock shared by two rows (or two transactions)
    logged = _sql(url, "SELECT seq, hlc, table_name, row_id FROM change_log WHERE node_id = %s AND seq > %s "
                       "ORDER BY seq", node_id, seq_before)
    hlcs = [h for _s, h, _t, _r in logged]
    assert hlcs == sorted(hlcs) and len(hlcs) > answered
    owners = Counter()
    for hlc in {(h, t, r) for _s, h, t, r in logged}:
        owners[hlc[0]] += 1
    assert max(owners.values()) == 1, [h for h, n in owners.items() if n > 1][:5]

    # ---- the audit chain, and `opsdesk db check` in a process of its own
    db = Database.open(url, files_dir=files_dir, migrate_schema=False, create=False)
    try:
        with db.reading() as s:
            chain = verify_chain(s)
    finally:
        db.close()
    assert chain.ok, chain.reason
    assert chain.entries == chain.last_seq
    checked = subprocess.run([sys.executable, "-m", "opsdesk.cli", "db", "check", "--db", url], cwd=REPO,
                             capture_output=True, text=True, timeout=300, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    for report in done:
        print(report["kind"], {k: report[k] for k in ("calls", "call_seconds", "slowest_call", "retries")})
    retries = sum(r["retries"] for r in done)
    print(f"concurrency: {len(reported_runs)} runs, {answered} answers, {len(reported_actions)} actions, "
          f"{len(first)} imports (+{len(again)} recognised), {len(logged)} changes, {retries} busy retries")
