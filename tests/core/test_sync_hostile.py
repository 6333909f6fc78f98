"""A trusted peer turned hostile: packages VALIDLY SIGNED with the peer's real node key whose
change records are crafted. Everything before the content checks passes (the peer is trusted, the
signature verifies, every hash matches), so only the engine's own rules can stop them.

The world: a receiver R and a peer P that exchanged packages normally (R trusts P). R holds a signed
inspection (supervisor + store manager), a completed and a half-signed one, a draft, stores, a
visit, a corrective action, a published template and a draft version of it. P renames one store
and exports the package that every case starts from; a case appends crafted records (P's node, HLCs
just after P's latest, bases = the field's current version on R), fixes the manifest's member
hash and re-signs it with P's key.

Expected outcomes (the rules the engine is being changed to follow):

* REFUSED: a value the app cannot read, a reference to nothing, an attachment that is not a
  sha256-named image, a change claiming to be the receiver's own, a "re-insert" of an existing
  record. ``import_package`` raises a ``SyncError`` naming the record (table and row, or line); the
  receiver is byte-identical afterwards; ``opsdesk sync import`` prints one ``error:`` line, exit 2.
* APPLIED AS CONFLICTS: a change to a signed record (its answers, its signatures, its photos, its
  own fields, its status) or to a published template version never lands; the rest of the package
  (an unrelated store rename) does, and the record gets an open conflict of reason ``frozen``.
  Derived fields (scores, points) are never taken from a package.
* CLOCK: a relayed record stamped 23 h ahead does not move the receiver's clock ahead.

After every case: ``PRAGMA integrity_check`` ok, ``PRAGMA foreign_key_check`` empty, ``opsdesk db
check`` exits 0 (in its own process), and no exception other than a ``SyncError`` escapes
``import_package``. A test lists every broken expectation of its case, not only the first.

Time: the workspaces are built once; each case copies the receiver's files. ``opsdesk sync import``
runs in the test's process (``cli.main`` with stdout/stderr captured; a process costs most of a
second); ``test_refused_by_the_command_line_in_its_own_process`` shows the two agree.

On PostgreSQL (``[...-pg]``, marked ``pg``; tests/core/conftest.py) the receiver is a head office: the same
world built with the receiver as a server database, each case on a copy of it (``CREATE DATABASE ... TEMPLATE``).
What differs there is the database under the engine, so the PostgreSQL variants are the cases the server
itself could treat differently: values its column types reject on their own (NUL, lone surrogates, integers
past 2**63, booleans, long text, JSON), references its deferred foreign keys would catch at commit, re-inserts
its unique keys would, every change to a frozen record (its triggers), the derived fields, the clock after
reopening and both controls. The other refused cases (attachment ids and members, the receiver's own node)
are refused from the package alone, before the database is written, and run on SQLite only (``PG_REFUSED``).
There ``opsdesk db check`` (its server checks: foreign keys by query, amcheck, the audit chain) stands for
SQLite's PRAGMAs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from engine_helpers import RawConnection, all_types_data, item_ids, write_jpeg
from sign_helpers import sign_as
from sync_helpers import (
    CHANGES,
    as_blocks,
    Members,
    State,
    change_lines,
    get,
    hlc,
    jsonl,
    manifest_of,
    member_entry,
    node_key,
    put,
    read_members,
    resign,
    state,
    stored_rows,
    write_members,
)

from acting import acting
from opsdesk.db import Database
from opsdesk.errors import SyncError
from opsdesk.models import Base
from opsdesk.services import (
    actions,
    org,
    runs,
    signatures,
    sync,
    templates,
    visits,
    workspace,
)
from opsdesk.services.context import AppContext
from opsdesk.sync.hlc import HLC
from opsdesk.templates_io import parse_template

REPO = Path(__file__).resolve().parents[2]
HOUR_MS = 3_600_000
STROKES = [[(10, 10, 0.0), (60, 50, 0.1), (120, 20, 0.2)]]
ANSWERS = {"pf": "pass", "yn": "yes", "rt": 3, "num": "5", "ch": 0, "mc": [0, 1], "dt": "2026-03-01"}
GOOD_NAME = "三号店（改名）"  # the peer's honest edit every package carries
THIRD_NODE = "0123456789abcdef"  # a node neither side is: relayed records
BACKENDS = ("sqlite", "pg")  # a head office on PostgreSQL receives the package too (module docstring)


# ---------------------------------------------------------------- the world


@dataclass(frozen=True)
class World:
    receiver: Path  # closed; trusts the peer; has NOT imported ``package``
    package: Path  # the peer's real package: the store S3 renamed to GOOD_NAME
    key: Ed25519PrivateKey  # the peer's node key
    peer: str  # the peer's node id
    me: str  # the receiver's node id
    peer_wall_ms: int  # the wall part of the peer's latest clock (the package's created_hlc)
    admin: str  # a user id (known on both sides)
    s1: str  # store of the signed run
    s2: str  # store of the draft and the completed run
    s3: str  # store the peer renames (the good edit); the half-signed run
    s4: str  # a closed and tombstoned store
    region: str
    version: str  # all_types version 1, published
    draft_version: str  # all_types version 2, draft
    draft_section: str
    items: dict[str, str]  # item key -> id (version 1)
    signed_run: str
    draft_run: str
    completed_run: str  # completed, no signature
    half_signed_run: str  # completed, supervisor signature only
    visit: str  # cancelled
    action: str  # in progress
    photo: str  # sha256 of a stored photo (on the signed run's photo answer)
    signed_sigs: tuple[str, ...]  # the signed run's signature ids
    half_sig: str  # the half-signed run's signature id
    before: State  # the receiver's exact state (a byte copy of it has the same)

    def answer(self, run_id: str, key: str) -> str:
        return runs.answer_id(run_id, self.items[key])


def _copy_workspace(src: Path | str, dst: Path) -> Path | str:
    if isinstance(src, str):  # a server: a new database copied from the receiver's, and its files folder
        return _copy_server(src)
    shutil.copyfile(src, dst)
    files = src.with_name(src.stem + ".files")
    if files.exists():
        shutil.copytree(files, dst.with_name(dst.stem + ".files"))
    return dst


def _copy_server(src: str) -> str:
    """A copy of the server workspace at ``src`` (which has no connections): ``CREATE DATABASE ... TEMPLATE``
    under a new name, and its files folder (this desktop's folder for that database, as the command line finds
    it: ``opsdesk.pg.files_folder``) copied to the new database's."""
    import psycopg
    from psycopg import sql

    from opsdesk import pg

    server, template = src.rsplit("/", 1)
    url = f"{server}/r{uuid.uuid4().hex[:16]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(url.rsplit("/", 1)[1]),
                                                                     sql.Identifier(template)))
    files = pg.files_folder(src, None)
    if files.exists():
        shutil.copytree(files, pg.files_folder(url, None))
    return url


def _answer_all(ctx: AppContext, run_id: str, items: dict[str, str], photo: Path) -> None:
    for key, value in ANSWERS.items():
        runs.set_answer(ctx, run_id, items[key], value)
    runs.add_photo(ctx, run_id, items["ph"], photo)


@pytest.fixture
def world(backend, request) -> World:  # noqa: ANN001
    """The world of the test's backend: the receiver a file, or a head office's database (built once each)."""
    return request.getfixturevalue("server_world" if backend == "pg" else "file_world")


@pytest.fixture(scope="module")
def file_world(tmp_path_factory) -> World:  # noqa: ANN001
    base = tmp_path_factory.mktemp("hostile_world")
    return _build_world(base, base / "receiver.sqlite")


@pytest.fixture(scope="module")
def server_world(tmp_path_factory, pg_cluster) -> World:  # noqa: ANN001
    base = tmp_path_factory.mktemp("hostile_server_world")
    return _build_world(base, pg_cluster.url(pg_cluster.create_database()))


def _build_world(base: Path, receiver: Path | str) -> World:
    photo_file = write_jpeg(base / "photo.jpg", (30, 160, 90))
    db = Database.open(receiver)
    try:
        ctx = acting(db)
        workspace.prepare(ctx)  # as the app and the command line do on every start (then a no-op)
        admin = org.create_user(ctx, org.UserInput(username="admin", name="总部管理员", role="head_office"))
        ctx.user_id = admin.id
        east = org.save_region(ctx, "华东", "EAST")
        area = org.save_region(ctx, "上海", "SH", parent_id=east.id)
        stores = [org.create_store(ctx, org.StoreInput(code=f"S00{n}", name=name, region_id=area.id,
                                                        opened_on=date(2020, 1, n)))
                  for n, name in enumerate(("一号店", "二号店", "三号店", "四号店"), start=1)]
        s1, s2, s3, s4 = (s.id for s in stores)
        version = templates.import_spec(ctx, parse_template(all_types_data()))
        items = item_ids(version)
        draft = templates.new_draft(ctx, version.template_id)
        assert draft.status == "draft" and draft.sections

        # The signed run: every item but the optional text item answered, photo included.
        signed = runs.start_run(ctx, s1, version.template_id, "routine").id
        _answer_all(ctx, signed, items, photo_file)
        runs.complete(ctx, signed)
        sign_as(ctx, signed, "supervisor", STROKES)
        sign_as(ctx, signed, "store_manager", STROKES)
        assert runs.get_summary(ctx, signed).status == "signed"
        signed_sigs = tuple(s.id for s in signatures.signatures_of(ctx, "checklist_run", signed))
        assert len(signed_sigs) == 2

        draft_run = runs.start_run(ctx, s2, version.template_id, "routine").id
        runs.set_answer(ctx, draft_run, items["pf"], "pass")
        runs.set_answer(ctx, draft_run, items["rt"], 2)

        completed = runs.start_run(ctx, s2, version.template_id, "routine").id
        _answer_all(ctx, completed, items, photo_file)
        runs.complete(ctx, completed)

        half = runs.start_run(ctx, s3, version.template_id, "routine").id
        _answer_all(ctx, half, items, photo_file)
        runs.complete(ctx, half)
        half_sig = sign_as(ctx, half, "supervisor", STROKES).id
        assert runs.get_summary(ctx, half).status == "completed"

        visit = visits.plan_visit(ctx, s1, date.today() + timedelta(days=3))
        visits.cancel_visit(ctx, visit.id)
        action = actions.create_action(ctx, actions.ActionInput(store_id=s1, title="补齐灭火器",
                                                                due_on=date.today() + timedelta(days=7),
                                                                item_keys=("pf",)))
        actions.transition(ctx, action.id, "in_progress")
        org.set_store_status(ctx, s4, "closed")
        with ctx.tx() as s:
            from opsdesk.models import Store

            s.get(Store, s4).deleted = True
        photo = hashlib.sha256(photo_file.read_bytes()).hexdigest()
        first = sync.export_package(ctx, base / "r_to_p.opsync", full=True).path
        me = db.node.node_id
    finally:
        db.close()

    # The normal exchange: P receives everything, answers with a package of its own; R trusts P.
    peer_file = base / "peer.sqlite"
    db = Database.open(peer_file)
    try:
        pctx = acting(db)
        assert sync.import_package(pctx, first, trust=True).applied > 0
        pctx.user_id = admin.id
        org.create_user(pctx, org.UserInput(username="pz", name="浦东督导", role="supervisor"))
        reply = sync.export_package(pctx, base / "p_to_r.opsync", to_node=me).path
    finally:
        db.close()
    db = Database.open(receiver)
    try:
        assert sync.import_package(acting(db), reply, trust=True).applied > 0
    finally:
        db.close()

    # The peer's next package, the one every case starts from: an honest rename of S3.
    db = Database.open(peer_file)
    try:
        pctx = acting(db)
        pctx.user_id = admin.id
        with pctx.tx() as s:
            from opsdesk.models import Store

            s.get(Store, s3).name = GOOD_NAME
        # One record a line (format 1): the cases append their crafted records as lines; ``as_blocks`` turns
        # a crafted package into format 2 for the cases run in blocks.
        package = sync.export_package(pctx, base / "p_next.opsync", to_node=me, format_version=1).path
        peer = db.node.node_id
    finally:
        db.close()
    members = read_members(package)
    assert any(r["row"] == s3 and r["field"] == "name" for r in change_lines(members))
    created = HLC.parse(manifest_of(members)["created_hlc"])
    assert created.node == peer
    return World(receiver, package, node_key(peer_file), peer, me, created.wall_ms, admin.id, s1, s2, s3, s4,
                 area.id, version.id, draft.id, draft.sections[0].id, items, signed, draft_run, completed, half,
                 visit.id, action.id, photo, signed_sigs, half_sig, state(receiver))


# ---------------------------------------------------------------- reading the receiver with plain SQL


def _query(db_file: Path | str, sql: str, *params: Any) -> list[tuple]:
    conn = RawConnection(db_file)  # sqlite3 for a file, psycopg for a server (``?`` placeholders either way)
    try:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


def _row(db_file: Path | str, table: str, row_id: str) -> dict[str, Any] | None:
    """The row, every column, each value as SQLite stores it (a server's converted: sync_helpers.stored_rows)."""
    names = [c.name for c in Base.metadata.tables[table].c]
    if isinstance(db_file, str):
        rows = [r for r in stored_rows(db_file, [table], columns=names)[table] if r[names.index("id")] == row_id]
        return dict(zip(names, rows[0], strict=True)) if rows else None
    conn = RawConnection(db_file)
    try:
        cursor = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))
        found = cursor.fetchone()
        return dict(zip([d[0] for d in cursor.description], found, strict=True)) if found is not None else None
    finally:
        conn.close()


def field_version(db_file: Path, table: str, row_id: str, fname: str) -> str:
    """The HLC of the field's current value on the receiver: what an honest editor's base would be
    (the capture hook's rule: the latest change of the field, else the row's insert)."""
    found = _query(db_file, "SELECT hlc FROM change_log WHERE table_name = ? AND row_id = ? AND field IN (?, '*') "
                            "ORDER BY hlc DESC LIMIT 1", table, row_id, fname)
    if not found:
        found = _query(db_file, "SELECT hlc FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY hlc LIMIT 1",
                       table, row_id)
    assert found, (table, row_id, fname)
    return found[0][0]


# ---------------------------------------------------------------- crafting records


@dataclass
class Craft:
    """What one case adds to the peer's package, and what it expects to be named."""

    records: list[dict[str, Any]] = field(default_factory=list)
    extra_members: list[tuple[str, bytes]] = field(default_factory=list)
    table: str = ""  # the offending record, which a refusal must name
    row: str = ""


class Crafter:
    def __init__(self, w: World) -> None:
        self.w = w
        self.counter = 0

    def next_hlc(self, node: str | None = None) -> str:
        """A new clock of the peer, just after its latest (one tick of the counter each)."""
        self.counter += 1
        return hlc(self.w.peer_wall_ms + 1, node or self.w.peer, self.counter)

    def update(self, table: str, row: str, fname: str, value: Any, *, raw: str | None = None,
               node: str | None = None, stamp: str | None = None) -> dict[str, Any]:
        """An edit of one field with the field's current version as its base. ``raw`` is the
        record's value text as is (for values json.dumps would not write)."""
        stamp = stamp or self.next_hlc(node)
        return {"change_id": str(uuid.uuid4()), "node": HLC.parse(stamp).node, "hlc": stamp, "table": table,
                "row": row, "field": fname, "value": raw if raw is not None else _dumps(value),
                "base": field_version(self.w.receiver, table, row, fname), "kind": None, "actor": self.w.admin}

    def insert(self, table: str, row: str, fields: dict[str, Any]) -> list[dict[str, Any]]:
        """A new row the way the capture hook logs it: one record per field, one clock, no base."""
        stamp = self.next_hlc()
        fields = {"created_at": _created(), "origin_node": self.w.peer, **fields}
        return [{"change_id": str(uuid.uuid4()), "node": self.w.peer, "hlc": stamp, "table": table, "row": row,
                 "field": fname, "value": _dumps(value), "base": None, "kind": None, "actor": self.w.admin}
                for fname, value in fields.items()]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _created() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).replace(microsecond=0, tzinfo=None).isoformat()


def _one(c: Crafter, table: str, row: str, fname: str, value: Any, **kw: Any) -> Craft:
    return Craft([c.update(table, row, fname, value, **kw)], table=table, row=row)


def _link(c: Crafter, owner_table: str, owner_id: str, attachment: str | None = None) -> Craft:
    link = str(uuid.uuid4())
    return Craft(c.insert("attachment_link", link, {
        "attachment_id": attachment or c.w.photo, "owner_table": owner_table, "owner_id": owner_id,
        "purpose": "photo"}), table="attachment_link", row=link)


def _attachment_row(c: Crafter, attachment_id: str, size: int = 1234) -> Craft:
    return Craft(c.insert("attachment", attachment_id, {
        "mime": "image/jpeg", "size": size, "width": 64, "height": 48, "original_name": "x.jpg"}),
        table="attachment", row=attachment_id)


def _not_an_image(c: Crafter) -> Craft:
    data = b"#!/bin/sh\necho this is not a photo\n" * 20
    sha = hashlib.sha256(data).hexdigest()
    craft = _attachment_row(c, sha, len(data))
    craft.records += _link(c, "store", c.w.s2, sha).records
    craft.extra_members.append((f"attachments/{sha}", data))
    return craft


def _reinsert_store(c: Crafter) -> Craft:
    w = c.w
    row = _row(w.receiver, "store", w.s4)
    assert row is not None and row["deleted"] == 1 and row["status"] == "closed"
    return Craft(c.insert("store", w.s4, {"code": row["code"], "name": row["name"], "region_id": row["region_id"],
                                          "opened_on": row["opened_on"]}),
                 table="store", row=w.s4)


def _reinsert(c: Crafter, table: str, row_id: str, status: str, fields: tuple[str, ...]) -> Craft:
    """An insert record for a row the receiver already holds (in ``status``), naming only ``fields``."""
    row = _row(c.w.receiver, table, row_id)
    assert row is not None and row["status"] == status
    return Craft(c.insert(table, row_id, {f: row[f] for f in fields}), table=table, row=row_id)


def _reinsert_visit(c: Crafter) -> Craft:
    return _reinsert(c, "visit", c.w.visit, "cancelled", ("store_id", "supervisor_id", "planned_on"))


def _reinsert_action(c: Crafter) -> Craft:
    return _reinsert(c, "corrective_action", c.w.action, "in_progress", ("store_id", "title", "due_on"))


def _answer_of_missing_item(c: Crafter) -> Craft:
    w = c.w
    item = str(uuid.uuid4())
    row = runs.answer_id(w.draft_run, item)
    return Craft(c.insert("answer", row, {"run_id": w.draft_run, "item_id": item, "value": '"pass"',
                                          "answered_at": _created()}), table="answer", row=row)


def _receivers_own_node(c: Crafter) -> Craft:
    w = c.w
    stamp = hlc(int(time.time() * 1000), w.me)
    return Craft([c.update("store", w.s2, "name", "冒充收件方的改名", stamp=stamp)], table="store", row=w.s2)


BIG = 2**64

# Each refused case: the records that make it hostile (built against the receiver's current versions).
REFUSED: dict[str, Callable[[Crafter], Craft]] = {
    # values the app cannot read
    "answer.value not JSON": lambda c: _one(c, "answer", c.w.answer(c.w.draft_run, "pf"), "value", "{not json"),
    "checklist_run.status bogus": lambda c: _one(c, "checklist_run", c.w.draft_run, "status", "bogus"),
    "checklist_run.run_type x": lambda c: _one(c, "checklist_run", c.w.draft_run, "run_type", "x"),
    "store.kind x": lambda c: _one(c, "store", c.w.s2, "kind", "x"),
    "store.status x": lambda c: _one(c, "store", c.w.s2, "status", "x"),
    "visit.status x": lambda c: _one(c, "visit", c.w.visit, "status", "x"),
    "corrective_action.status x": lambda c: _one(c, "corrective_action", c.w.action, "status", "x"),
    "signature.role x": lambda c: _one(c, "signature", c.w.half_sig, "role", "x"),
    "store.name 100000 chars": lambda c: _one(c, "store", c.w.s2, "name", "长" * 100_000),
    "store.deleted = 5": lambda c: _one(c, "store", c.w.s2, "deleted", 5),
    "store.deleted = 'yes'": lambda c: _one(c, "store", c.w.s2, "deleted", "yes"),
    "store.name with NUL": lambda c: _one(c, "store", c.w.s2, "name", "二号\x00店"),
    "template_section.weight > 2**63": lambda c: _one(c, "template_section", c.w.draft_section, "weight", 2**63 + 1),
    "attachment.size > 2**63": lambda c: _one(c, "attachment", c.w.photo, "size", BIG),
    "store.name lone surrogate": lambda c: _one(c, "store", c.w.s2, "name", None, raw='"二号\\ud800店"'),
    "signature.strokes not a list": lambda c: _one(c, "signature", c.w.half_sig, "strokes", json.dumps({"x": 1})),
    "template_version.grade_bands not a list": lambda c: _one(c, "template_version", c.w.draft_version,
                                                              "grade_bands", json.dumps({"grade": "A", "min": 90})),
    "corrective_action.item_keys not a list": lambda c: _one(c, "corrective_action", c.w.action, "item_keys",
                                                             json.dumps("pf")),
    # references to nothing
    "run.store_id dangling": lambda c: _one(c, "checklist_run", c.w.draft_run, "store_id", str(uuid.uuid4())),
    "run.template_version_id dangling": lambda c: _one(c, "checklist_run", c.w.draft_run, "template_version_id",
                                                       str(uuid.uuid4())),
    "run.supersedes dangling": lambda c: _one(c, "checklist_run", c.w.draft_run, "supersedes", str(uuid.uuid4())),
    "run.visit_id dangling": lambda c: _one(c, "checklist_run", c.w.draft_run, "visit_id", str(uuid.uuid4())),
    "run.follow_up_of dangling": lambda c: _one(c, "checklist_run", c.w.draft_run, "follow_up_of",
                                                str(uuid.uuid4())),
    "attachment_link owner missing": lambda c: _link(c, "answer", str(uuid.uuid4())),
    "attachment_link owner_table not synced": lambda c: _link(c, "meta", "node_private_key"),
    "answer.item_id dangling": _answer_of_missing_item,
    # attachments
    "attachment id '../../etc/passwd'": lambda c: _attachment_row(c, "../../etc/passwd"),
    "attachment id 'abc'": lambda c: _attachment_row(c, "abc"),
    "attachment member not an image": _not_an_image,
    # identity and history
    "record claims the receiver's node": _receivers_own_node,
    # answers derive their id from run + item: no honest peer moves one to another run, so it is refused
    "answer of a draft moved into the signed run": lambda c: _move_answer_into_signed_run(c),
    "re-insert of an existing store (un-delete)": _reinsert_store,
    "re-insert of an existing visit": _reinsert_visit,
    "re-insert of an existing corrective_action": _reinsert_action,
}


# The refused cases the server's own types, keys or foreign keys could treat otherwise (module docstring).
PG_REFUSED = (
    "answer.value not JSON", "checklist_run.status bogus", "store.deleted = 5", "store.deleted = 'yes'",
    "store.name 100000 chars", "store.name with NUL", "store.name lone surrogate", "template_section.weight > 2**63",
    "attachment.size > 2**63", "signature.strokes not a list", "run.store_id dangling",
    "run.template_version_id dangling", "attachment_link owner missing", "answer.item_id dangling",
    "answer of a draft moved into the signed run", "re-insert of an existing store (un-delete)",
    "re-insert of an existing visit",
)


def on_backends(cases: list[str], on_pg: tuple[str, ...] | list[str]) -> pytest.MarkDecorator:
    """Parametrize ``case`` and ``backend`` together: every case on SQLite, those of ``on_pg`` on PostgreSQL
    too (marked ``pg``; tests/core/conftest.py leaves a test that parametrizes ``backend`` itself alone)."""
    assert set(on_pg) <= set(cases), set(on_pg) - set(cases)
    params = [pytest.param(c, "sqlite", id=f"{c}-sqlite") for c in cases]
    params += [pytest.param(c, "pg", id=f"{c}-pg", marks=pytest.mark.pg) for c in cases if c in on_pg]
    return pytest.mark.parametrize(("case", "backend"), params, indirect=["backend"])


# ---------------------------------------------------------------- packages and checks


def _good_changes(w: World) -> bytes:
    return get(read_members(w.package), CHANGES)


def build_package(w: World, craft: Craft, dest: Path) -> tuple[Path, list[int]]:
    """The peer's package with ``craft`` appended, hash fixed and re-signed with the peer's key.
    Returns the path and the line numbers of the crafted records."""
    members: Members = read_members(w.package)
    good = get(members, CHANGES)
    first = sum(1 for line in good.splitlines() if line.strip()) + 1
    changes = good + jsonl(craft.records)
    members = put(members, CHANGES, changes)
    for name, data in craft.extra_members:
        members = put(members, name, data)

    def edit(m: dict) -> None:
        m["members"][CHANGES] = member_entry(changes)
        m["counts"]["changes"] = sum(1 for line in changes.splitlines() if line.strip())
        for name, data in craft.extra_members:
            m["members"][name] = member_entry(data)
        m["counts"]["attachments"] = sum(1 for name in m["members"] if name.startswith("attachments/"))

    path = write_members(dest, resign(members, w.key, edit))
    return path, list(range(first, first + len(craft.records)))


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _cli_main(*args: str | Path) -> tuple[int | None, str, str]:
    """``opsdesk ARGS`` run in this process (a subprocess costs most of a second): (exit code,
    stdout, stderr). An exception escaping ``main`` is reported as the traceback it would print,
    and a warning as the line Python would print to stderr (those its default filters show)."""
    import contextlib
    import io
    import warnings

    from opsdesk import cli

    out, err = io.StringIO(), io.StringIO()
    code: int | None = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli.main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except Exception as exc:  # noqa: BLE001 - what a user would see as a traceback
            err.write(f"Traceback (most recent call last):\n  ...\n{type(exc).__name__}: {exc}\n")
    hidden = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)
    for w in caught:
        if not issubclass(w.category, hidden):
            err.write(f"{w.filename}:{w.lineno}: {w.category.__name__}: {w.message}\n")
    return code, out.getvalue(), err.getvalue()


def _cli_start(*args: str | Path) -> subprocess.Popen:
    """``opsdesk ARGS`` as a user runs it, in its own process (collected by ``_cli_finish``)."""
    return subprocess.Popen([sys.executable, "-m", "opsdesk.cli", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO, env=_env())


def _cli_finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=120)
    except BaseException:
        proc.kill()
        proc.communicate()
        raise
    return proc.returncode, out, err


def differences(before: State, after: State) -> list[str]:
    """How ``after`` differs from ``before``, one short line each (empty: byte-identical)."""
    out = []
    if after.wal_sha is not None:
        out.append("a WAL was left behind")
    if after.dump != before.dump:
        gone, new = set(before.dump) - set(after.dump), set(after.dump) - set(before.dump)
        first = sorted(new)[0][:160] if new else ""
        out.append(f"the logical content changed (-{len(gone)} +{len(new)} statements, e.g. {first!r})")
    if after.file_sha != before.file_sha:
        out.append("the database file's bytes changed")
    if after.photos != before.photos:
        added = sorted(set(after.photos) - set(before.photos))
        out.append(f"the photo store changed ({added[:3]} added)")
    return out


class Soundness:
    """The checks after every case: PRAGMA integrity_check and foreign_key_check, and `opsdesk db
    check` (schema, integrity, audit chain), run in this process (``_cli_main``: the same command
    without the second of a new process's imports; ``test_refused_by_the_command_line_in_its_own_process``
    runs the command line in its own process)."""

    def __init__(self, db_file: Path) -> None:
        self.db_file = db_file

    def problems(self) -> list[str]:
        out = []
        if not isinstance(self.db_file, str):  # a server: `opsdesk db check` checks its foreign keys by query
            conn = RawConnection(self.db_file)
            try:
                integrity = conn.execute("PRAGMA integrity_check").fetchall()
                if integrity != [("ok",)]:
                    out.append(f"PRAGMA integrity_check: {integrity[:3]}")
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    out.append(f"PRAGMA foreign_key_check: {len(broken)} broken, e.g. {broken[:3]}")
            finally:
                conn.close()
        code, stdout, stderr = _cli_main("db", "check", "--db", self.db_file)
        if code != 0 or "Traceback" in stderr:
            out.append(f"opsdesk db check exited {code}: " + " / ".join((stdout + stderr).strip().splitlines()[-4:]))
        return out


def assert_sound(db_file: Path) -> None:
    problems = Soundness(db_file).problems()
    assert not problems, "\n".join(problems)


@dataclass(frozen=True)
class Refusal:
    """An exception out of ``import_package``, without its traceback (which would keep the failed
    connection alive). ``raw``: not a SyncError (on the command line: a traceback)."""

    kind: str
    message: str
    raw: bool = False

    def __str__(self) -> str:
        if self.raw:
            return f"a raw {self.kind} escaped import_package (not a SyncError): {self.message}"
        return f"{self.kind}: {self.message}"


def _run_import(ctx: AppContext, package: Path) -> sync.ImportResult | Refusal:
    try:
        return sync.import_package(ctx, package)
    except SyncError as exc:
        return Refusal(type(exc).__name__, str(exc))
    except Exception as exc:  # noqa: BLE001 - reported as the failure it is
        return Refusal(type(exc).__name__, str(exc), raw=True)


def _import(db_file: Path, package: Path) -> sync.ImportResult | Refusal:
    db = Database.open(db_file)
    try:
        return _run_import(acting(db), package)
    finally:
        db.close()


@pytest.fixture
def crafter(world: World) -> Crafter:
    return Crafter(world)


# ---------------------------------------------------------------- controls: the machinery itself is right


def test_control_the_uncrafted_package_resigned_is_accepted(world, tmp_path):
    recv = _copy_workspace(world.receiver, tmp_path / "r.sqlite")
    assert differences(world.before, state(recv)) == []  # a copy is byte-identical: one 'before' serves all
    package, _lines = build_package(world, Craft(), tmp_path / "plain.opsync")
    assert get(read_members(package), CHANGES) == _good_changes(world)
    result = _import(recv, package)
    assert isinstance(result, sync.ImportResult), result
    assert result.applied > 0 and result.conflicts == 0
    assert _row(recv, "store", world.s3)["name"] == GOOD_NAME
    assert_sound(recv)


def test_control_an_honest_crafted_edit_is_applied(world, crafter, tmp_path):
    """A record made by the same crafting code, with a fine value: applied, no conflict. So the
    clocks, bases and node of the crafted records are right and only their content is hostile."""
    recv = _copy_workspace(world.receiver, tmp_path / "r.sqlite")
    craft = Craft([crafter.update("store", world.s2, "name", "二号店（新）"),
                   crafter.update("answer", world.answer(world.draft_run, "pf"), "note", "补充说明"),
                   *_link(crafter, "answer", world.answer(world.draft_run, "pf")).records])
    package, _lines = build_package(world, craft, tmp_path / "honest.opsync")
    result = _import(recv, package)
    assert isinstance(result, sync.ImportResult), result
    assert result.conflicts == 0, sync_conflicts(recv)
    assert _row(recv, "store", world.s2)["name"] == "二号店（新）"
    assert _row(recv, "answer", world.answer(world.draft_run, "pf"))["note"] == "补充说明"
    assert _row(recv, "store", world.s3)["name"] == GOOD_NAME
    assert_sound(recv)


# ---------------------------------------------------------------- A. refused


@on_backends(list(REFUSED), PG_REFUSED)
def test_refused(world, crafter, tmp_path, case):
    craft = REFUSED[case](crafter)
    package, lines = build_package(world, craft, tmp_path / "hostile.opsync")
    recv = _copy_workspace(world.receiver, tmp_path / "r.sqlite")
    before = world.before
    outcome = _import(recv, package)
    problems = [f"the receiver changed: {d}" for d in differences(before, state(recv))]
    sound = Soundness(recv)
    if isinstance(outcome, sync.ImportResult):
        problems.insert(0, f"ACCEPTED ({outcome.applied} applied, {outcome.conflicts} conflicts)")
    elif outcome.raw:
        problems.insert(0, str(outcome))
    else:
        message = outcome.message
        names_line = any(f"line {n}" in message for n in lines)
        if craft.table not in message or not (craft.row in message or names_line):
            problems.append(f"the message does not name {craft.table} {craft.row} (nor line {lines[0]}): "
                            f"{outcome}")
        if not message.strip() or "\n" in message:
            problems.append(f"the message is not one line: {message!r}")

    # The command line, on a fresh copy of the receiver: one error line, exit 2, nothing changed.
    for_cli = _copy_workspace(world.receiver, tmp_path / "cli.sqlite")
    code, out, err = _cli_main("sync", "import", "--db", for_cli, package)
    err_lines = err.splitlines()
    if code != 2 or len(err_lines) != 1 or not err_lines[0].startswith("error: ") or out.strip():
        problems.append(f"CLI: exit {code}, stdout {out.strip()[:200]!r}, stderr {err.strip()[-300:]!r}")
    problems += [f"the CLI's receiver changed: {d}" for d in differences(before, state(for_cli))]
    problems += sound.problems()
    assert not problems, "\n".join(problems)


def test_a_bad_photo_is_named_before_a_record_the_merge_refuses(world, crafter, tmp_path):
    """The photos are copied while the records are merged; a package with a photo that is not an image and a
    record the merge refuses is still refused naming the photo (as when the photos were copied first), and
    changes nothing."""
    photo = _not_an_image(crafter)
    dangling = _one(crafter, "checklist_run", crafter.w.draft_run, "store_id", str(uuid.uuid4()))
    craft = Craft(photo.records + dangling.records, photo.extra_members, photo.table, photo.row)
    package, _lines = build_package(world, craft, tmp_path / "hostile.opsync")
    recv = _copy_workspace(world.receiver, tmp_path / "r.sqlite")
    outcome = _import(recv, package)
    assert isinstance(outcome, Refusal) and not outcome.raw, outcome
    sha = photo.extra_members[0][0].split("/", 1)[1]
    assert "not an image" in outcome.message and sha in outcome.message, outcome.message
    assert not differences(world.before, state(recv))


@pytest.mark.sqlite_only("the records are checked before anything is written: the same on both engines")
@pytest.mark.parametrize("case", list(REFUSED))
def test_refused_in_blocks(world, crafter, tmp_path, case):
    """The same crafted package in format 2 (its records in blocks, the crafted ones among them): refused as
    well, naming the crafted record's table, the receiver unchanged. A crafted record that blocks cannot hold
    (not an object, a table that is not a text) stays a case of format 1 only."""
    craft = REFUSED[case](crafter)
    package, _lines = build_package(world, craft, tmp_path / "hostile.opsync")
    try:
        converted = as_blocks(read_members(package), world.key)
    except (KeyError, TypeError, AttributeError):
        pytest.skip("a crafted record that a block cannot hold")
    package = write_members(tmp_path / "hostile-blocks.opsync", converted)
    recv = _copy_workspace(world.receiver, tmp_path / "r.sqlite")
    outcome = _import(recv, package)
    problems = [f"the receiver changed: {d}" for d in differences(world.before, state(recv))]
    if isinstance(outcome, sync.ImportResult):
        problems.insert(0, f"ACCEPTED ({outcome.applied} applied, {outcome.conflicts} conflicts)")
    elif outcome.raw:
        problems.insert(0, str(outcome))
    elif craft.table not in outcome.message and "changes.jsonl record" not in outcome.message:
        problems.append(f"the message names neither {craft.table} nor a record: {outcome}")
    assert not problems, "\n".join(problems)


@pytest.mark.sqlite_only("test_refused[...-pg] runs the same command line in the test's process on the server")
@pytest.mark.parametrize("case", ["store.deleted = 'yes'", "store.name lone surrogate"])
def test_refused_by_the_command_line_in_its_own_process(world, crafter, tmp_path, case):
    """``test_refused`` runs ``opsdesk sync import`` in the test's process (for time); here two of
    its cases run as a user runs them, to show that the two agree: one ``error:`` line, exit 2."""
    package, _lines = build_package(world, REFUSED[case](crafter), tmp_path / "hostile.opsync")
    recv = _copy_workspace(world.receiver, tmp_path / "r.sqlite")
    before = world.before
    code, out, err = _cli_finish(_cli_start("sync", "import", "--db", recv, package))
    problems = []
    err_lines = err.splitlines()
    if code != 2 or len(err_lines) != 1 or not err_lines[0].startswith("error: ") or out.strip():
        problems.append(f"CLI: exit {code}, stdout {out.strip()[:200]!r}, stderr {err.strip()[-300:]!r}")
    problems += [f"the receiver changed: {d}" for d in differences(before, state(recv))]
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- B. applied as conflicts


def sync_conflicts(db_file: Path) -> list[sync.ConflictDTO]:
    db = Database.open(db_file)
    try:
        return sync.conflicts(acting(db))
    finally:
        db.close()


def _signed_answer_row(w: World, key: str) -> str:
    return w.answer(w.signed_run, key)


def _move_answer_into_signed_run(c: Crafter) -> Craft:
    row = c.w.answer(c.w.draft_run, "pf")
    return _one(c, "answer", row, "run_id", c.w.signed_run)



def _new_answer_of_signed_run(c: Crafter) -> Craft:
    w = c.w
    row = w.answer(w.signed_run, "tx")
    assert _row(w.receiver, "answer", row) is None, "the text item must be unanswered on the signed run"
    return Craft(c.insert("answer", row, {"run_id": w.signed_run, "item_id": w.items["tx"], "value": '"补记"',
                                          "answered_at": _created(), "answered_by": w.admin}),
                 table="answer", row=row)


@dataclass(frozen=True)
class Frozen:
    craft: Callable[[Crafter], Craft]
    conflict: bool = True  # a conflict of reason 'frozen' must name the record
    reason: str | None = "frozen"  # None: any reason


def _signed_run_fields(c: Crafter) -> Craft:
    w = c.w
    return Craft([c.update("checklist_run", w.signed_run, "note", "事后修改"),
                  c.update("checklist_run", w.signed_run, "score", "1.00"),
                  c.update("checklist_run", w.signed_run, "grade", "S")], table="checklist_run", row=w.signed_run)


FROZEN: dict[str, Frozen] = {
    "signed answer note": Frozen(lambda c: _one(c, "answer", _signed_answer_row(c.w, "pf"), "note",
                                                "事后补的备注")),
    "signed answer value": Frozen(lambda c: _one(c, "answer", _signed_answer_row(c.w, "pf"), "value",
                                                 json.dumps("fail"))),
    "new answer row in the signed run": Frozen(_new_answer_of_signed_run),
    "signature of the signed run edited": Frozen(lambda c: _one(c, "signature", c.w.signed_sigs[0], "signer_name",
                                                                "冒名顶替")),
    "signature of the signed run tombstoned": Frozen(lambda c: _one(c, "signature", c.w.signed_sigs[1],
                                                                    "deleted", True)),
    "photo link added to a signed answer": Frozen(lambda c: _link(c, "answer", _signed_answer_row(c.w, "pf")),
                                                  conflict=False),
    "signed run's own fields (note, score, grade)": Frozen(_signed_run_fields),
    "signed run superseded without a correction": Frozen(lambda c: _one(c, "checklist_run", c.w.signed_run,
                                                                        "status", "superseded")),
    "completed run set signed without signatures": Frozen(lambda c: _one(c, "checklist_run", c.w.completed_run,
                                                                         "status", "signed"), reason=None),
    "published template item text": Frozen(lambda c: _one(c, "template_item", c.w.items["pf"], "text",
                                                           "改过的检查项")),
    "published template item weight": Frozen(lambda c: _one(c, "template_item", c.w.items["pf"], "weight", 9)),
}


def _signed_snapshot(db_file: Path, w: World) -> dict[str, Any]:
    """The signed run's own row, its live answers and all its signature rows, every column. (A
    refused change may be kept as a tombstone, deleted = 1: it is not part of the signed content.)"""
    return {
        "run": _row(db_file, "checklist_run", w.signed_run),
        "answers": sorted(_query(db_file, "SELECT * FROM answer WHERE run_id = ? AND NOT deleted", w.signed_run)),
        "signatures": sorted(_query(db_file, "SELECT * FROM signature WHERE owner_id = ?", w.signed_run)),
    }


def _signatures_and_content(db_file: Path, w: World) -> tuple[list, str]:
    db = Database.open(db_file)
    try:
        ctx = acting(db)
        return signatures.signatures_of(ctx, "checklist_run", w.signed_run), signatures.run_hash(ctx, w.signed_run)
    finally:
        db.close()


def _import_applied(world, recv: Path, package: Path):  # noqa: ANN001, ANN202
    """Import a package that must apply: (outcome, soundness, problems so far), the good rename checked."""
    outcome = _import(recv, package)
    sound = Soundness(recv)
    problems = []
    if not isinstance(outcome, sync.ImportResult):
        problems.append(str(outcome) if outcome.raw else f"REFUSED: {outcome}")
    if _row(recv, "store", world.s3)["name"] != GOOD_NAME:
        problems.append("the rest of the package (the store rename) did not land")
    return outcome, sound, problems


@on_backends(list(FROZEN), list(FROZEN))  # the server's frozen-record triggers: every case
def test_applied_as_conflict(world, crafter, tmp_path, case):
    spec = FROZEN[case]
    craft = spec.craft(crafter)
    package, _lines = build_package(world, craft, tmp_path / "frozen.opsync")
    recv = _copy_workspace(world.receiver, tmp_path / "r.sqlite")
    sigs_before, content_before = _signatures_and_content(recv, world)
    snapshot = _signed_snapshot(recv, world)
    target_before = _row(recv, craft.table, craft.row)
    outcome, sound, problems = _import_applied(world, recv, package)
    sigs, content = _signatures_and_content(recv, world)
    if not sigs or not all(s.valid for s in sigs) or [s.id for s in sigs] != [s.id for s in sigs_before]:
        problems.append(f"the signed run's signatures changed or are no longer valid: "
                        f"{[(s.role, s.valid) for s in sigs]}")
    if content != content_before:
        problems.append("the signed run's canonical content changed")
    if spec.conflict:
        now = _signed_snapshot(recv, world)
        for part in ("run", "answers", "signatures"):
            if now[part] != snapshot[part]:
                problems.append(f"the signed run's {part} rows changed")
        conflicts = [c for c in sync_conflicts(recv) if (c.table, c.row_id) == (craft.table, craft.row)]
        if not any(spec.reason is None or c.reason == spec.reason for c in conflicts):
            problems.append(f"no {spec.reason or 'open'} conflict for {craft.table} {craft.row}: "
                            f"{[(c.field, c.reason) for c in conflicts]}")
    if craft.table in ("template_item",) and _row(recv, craft.table, craft.row) != target_before:
        problems.append("the published template item changed")
    if case == "completed run set signed without signatures":
        status = _row(recv, "checklist_run", world.completed_run)["status"]
        if status == "signed":
            problems.append("the completed run became 'signed' without a signature")
    problems += sound.problems()
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- derived fields


DERIVED_COLUMNS = {"checklist_run": ("score", "max_score", "percent", "grade", "critical_failed"),
                   "answer": ("points", "max_points", "failed")}

DERIVED: dict[str, Callable[[Crafter], Craft]] = {
    "score, percent and grade of a completed run": lambda c: Craft(
        [c.update("checklist_run", c.w.completed_run, "score", "1.00"),
         c.update("checklist_run", c.w.completed_run, "percent", "1.00"),
         c.update("checklist_run", c.w.completed_run, "grade", "D")], table="checklist_run", row=c.w.completed_run),
    "points and failed flag of a draft answer": lambda c: Craft(
        [c.update("answer", c.w.answer(c.w.draft_run, "pf"), "points", "0.50"),
         c.update("answer", c.w.answer(c.w.draft_run, "pf"), "failed", True)],
        table="answer", row=c.w.answer(c.w.draft_run, "pf")),
}


def _recomputed(db_file: Path, w: World) -> dict[str, Any]:
    """What the app's scoring computes from the answers (as stored integers of hundredths): the
    completed run's score, percent and grade, and the draft's pf answer's points and failed flag."""
    db = Database.open(db_file)
    try:
        ctx = acting(db)
        run = runs.get_run(ctx, w.completed_run).score
        pf = runs.get_run(ctx, w.draft_run).score.items[w.items["pf"]]
    finally:
        db.close()

    def cents(value: Any) -> int | None:
        return int(value * 100) if value is not None else None

    return {"score": cents(run.points), "percent": cents(run.percent), "grade": run.grade,
            "points": cents(pf.points), "failed": pf.failed}


@on_backends(list(DERIVED), list(DERIVED))
def test_derived_fields_are_never_taken_from_a_package(world, crafter, tmp_path, case):
    craft = DERIVED[case](crafter)
    package, _lines = build_package(world, craft, tmp_path / "derived.opsync")
    recv = _copy_workspace(world.receiver, tmp_path / "r.sqlite")
    columns = DERIVED_COLUMNS[craft.table]
    before = {k: v for k, v in _row(recv, craft.table, craft.row).items() if k in columns}
    outcome, sound, problems = _import_applied(world, recv, package)
    recomputed = _recomputed(recv, world)
    stored_run = _row(recv, "checklist_run", world.completed_run)
    stored_answer = _row(recv, "answer", world.answer(world.draft_run, "pf"))
    stored = {"score": stored_run["score"], "percent": stored_run["percent"], "grade": stored_run["grade"],
              "points": stored_answer["points"], "failed": bool(stored_answer["failed"])}
    for key in stored:
        if stored[key] != recomputed[key]:
            problems.append(f"{key}: stored {stored[key]!r}, recomputed {recomputed[key]!r}")
    after = {k: v for k, v in _row(recv, craft.table, craft.row).items() if k in columns}
    if after != before:
        problems.append(f"derived {craft.table} fields changed: "
                        f"{ {k: (before[k], after[k]) for k in columns if before[k] != after[k]} }")
    problems += sound.problems()
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- C. the clock


@pytest.mark.parametrize(("when", "backend"), [
    pytest.param("in the importing session", "sqlite", id="in the importing session-sqlite"),
    pytest.param("after reopening", "sqlite", id="after reopening-sqlite"),
    # the clock a server keeps in its database, read back by a new connection
    pytest.param("after reopening", "pg", id="after reopening-pg", marks=pytest.mark.pg),
], indirect=["backend"])
def test_a_relayed_record_23_hours_ahead_does_not_move_our_clock(world, crafter, tmp_path, when):
    ahead = int(time.time() * 1000) + 23 * HOUR_MS
    stamp = hlc(ahead, THIRD_NODE)
    craft = Craft([crafter.update("store", world.s2, "name", "远方来的改名", stamp=stamp)], table="store",
                  row=world.s2)
    package, _lines = build_package(world, craft, tmp_path / "future.opsync")
    recv = _copy_workspace(world.receiver, tmp_path / "r.sqlite")
    before = world.before
    db = Database.open(recv)
    try:
        ctx = acting(db)
        outcome = _run_import(ctx, package)
        if when == "in the importing session":
            clock = HLC.parse(ctx.db.clock.now()).wall_ms
            limit = int(time.time() * 1000) + 60_000
    finally:
        db.close()
    if isinstance(outcome, Refusal):
        assert not outcome.raw, str(outcome)
        assert differences(before, state(recv)) == []
    if when == "after reopening":
        db = Database.open(recv)
        try:
            clock = HLC.parse(db.clock.now()).wall_ms
            limit = int(time.time() * 1000) + 60_000
        finally:
            db.close()
    assert clock <= limit, f"the receiver's clock is {(clock - limit) / HOUR_MS + 1 / 60:.1f} h ahead " \
                           f"({type(outcome).__name__})"
    assert_sound(recv)
