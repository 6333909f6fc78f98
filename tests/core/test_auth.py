"""Sign-in (opsdesk.auth): Argon2id hashes, the password and PIN policy, the slow-down after wrong tries (a fake
clock, nothing sleeps), resets by head office and operations managers (permission and audit), upgraded
workspaces, the first user, the demo, and a reset travelling by sync to another workspace."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from opsdesk import auth
from opsdesk.db import Database, head_revision, migrate
from opsdesk.errors import (
    NoPasswordError,
    NotFoundError,
    PermissionDeniedError,
    SignInError,
    TooManyTriesError,
    ValidationError,
    WrongPasswordError,
)
from opsdesk.models import AuditEntry, Meta, User
from opsdesk.permissions import as_system
from opsdesk.services import org, sync, workspace
from opsdesk.services.context import AppContext

BACKENDS = ("sqlite", "pg")


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 12, 8, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(ctx: AppContext) -> FakeClock:
    fake = FakeClock()
    ctx.clock = fake
    return fake


@pytest.fixture
def people(ctx: AppContext, make_user, make_store):
    """Head office (acting), an ops manager, a supervisor and staff of one store, each with a password or PIN."""
    store = make_store()
    boss = make_user("head_office", username="boss")
    ops = make_user("ops_manager", username="ops", store_ids=(store.id,))
    sup = make_user("supervisor", username="sup", store_ids=(store.id,))
    clerk = make_user("staff", username="clerk", store_ids=(store.id,))
    system = as_system(ctx)
    auth.set_password(system, boss.id, "boss-secret-1")
    auth.set_password(system, ops.id, "ops-secret-1")
    auth.set_password(system, sup.id, "sup-secret-1")
    auth.set_password(system, clerk.id, "2468", "pin")
    ctx.user_id = boss.id
    return {"boss": boss, "ops": ops, "sup": sup, "clerk": clerk, "store": store}


def _row(ctx: AppContext, user_id: str) -> User:
    with ctx.read() as s:
        row = s.get(User, user_id)
        s.expunge(row)
        return row


# ---------------------------------------------------------------- hash and verify


def test_a_password_is_kept_as_an_argon2id_hash_and_verifies(ctx, people) -> None:
    sup = people["sup"]
    row = _row(ctx, sup.id)
    assert row.password_hash.startswith("$argon2id$") and "sup-secret-1" not in row.password_hash
    assert row.password_kind == "password" and row.must_change is False and row.password_set_at is not None
    assert auth.verify(ctx, sup.id, "sup-secret-1").id == sup.id
    with pytest.raises(WrongPasswordError) as wrong:
        auth.verify(ctx, sup.id, "sup-secret-2")
    assert wrong.value.code == "wrong_password" and wrong.value.params["tries"] == 1
    # two users with the same password get different hashes (salted)
    auth.set_password(as_system(ctx), people["ops"].id, "sup-secret-1")
    assert _row(ctx, people["ops"].id).password_hash != _row(ctx, sup.id).password_hash
    assert auth.verify(ctx, people["ops"].id, "sup-secret-1").username == "ops"


@pytest.mark.sqlite_only("reads the SQLite file's bytes")
def test_the_secret_is_nowhere_in_the_database_file(ctx, people, db_path) -> None:
    ctx.db.close()
    data = Path(db_path).read_bytes() + (Path(str(db_path) + "-wal").read_bytes()
                                         if Path(str(db_path) + "-wal").exists() else b"")
    for secret in (b"boss-secret-1", b"ops-secret-1", b"sup-secret-1"):
        assert secret not in data


def test_unknown_inactive_and_passwordless_users_are_refused_typed(ctx, people, make_user) -> None:
    with pytest.raises(NotFoundError):
        auth.verify(ctx, "no-such-user", "whatever-1")
    org.set_user_active(ctx, people["sup"].id, False)
    with pytest.raises(SignInError) as inactive:
        auth.verify(ctx, people["sup"].id, "sup-secret-1")
    assert inactive.value.params["reason"] == "inactive"
    fresh = make_user("supervisor", username="fresh")
    with pytest.raises(NoPasswordError) as none:
        auth.verify(ctx, fresh.id, "")
    assert none.value.params["may_set"] is False
    assert auth.status(ctx, fresh.id).state == auth.NO_PASSWORD and auth.needs_password(ctx, fresh.id)


# ---------------------------------------------------------------- policy


@pytest.mark.parametrize(("secret", "kind", "role", "reason"), [
    ("", "password", "supervisor", "required"),
    ("short7!", "password", "supervisor", "too_short"),
    ("1234", "pin", "supervisor", "pin_not_allowed"),
    ("1234", "pin", "head_office", "pin_not_allowed"),
    ("12a4", "pin", "staff", "pin_digits"),
    ("123", "pin", "store_manager", "pin_digits"),
    ("123456789", "pin", "staff", "pin_digits"),
    ("１２３４", "pin", "staff", "pin_digits"),  # full-width digits are not typed on a till keypad
    ("x" * 300, "password", "staff", "too_long"),
])
def test_policy_problems_have_reason_codes(secret, kind, role, reason) -> None:
    problems = auth.check_secret(secret, kind, role)
    assert [p.reason for p in problems] == [reason]


@pytest.mark.parametrize(("secret", "kind", "role"), [
    ("eight888", "password", "supervisor"), ("1234", "pin", "staff"), ("12345678", "pin", "store_manager"),
])
def test_policy_accepts(secret, kind, role) -> None:
    assert auth.check_secret(secret, kind, role) == []


def test_a_refused_secret_changes_nothing(ctx, people) -> None:
    before = _row(ctx, people["sup"].id).password_hash
    with pytest.raises(ValidationError) as refused:
        auth.set_password(ctx, people["sup"].id, "1234", "pin")
    assert refused.value.reasons() == {"password": "pin_not_allowed"}
    with pytest.raises(ValidationError):
        auth.reset(ctx, people["sup"].id, "short")
    assert _row(ctx, people["sup"].id).password_hash == before
    assert auth.verify(ctx, people["sup"].id, "sup-secret-1")


# ---------------------------------------------------------------- slow-down


def test_wait_grows_and_is_capped() -> None:
    assert [auth.wait_after(n, "password") for n in range(0, 13)] == [0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300]
    assert [auth.wait_after(n, "pin") for n in range(3, 9)] == [1, 4, 16, 64, 256, 300]  # a PIN: sooner
    assert auth.wait_after(10_000, "pin") == auth.MAX_WAIT


def test_three_free_tries_then_the_wait_doubles_on_a_fake_clock(ctx, people, clock) -> None:
    sup = people["sup"].id
    for n in (1, 2, 3):
        with pytest.raises(WrongPasswordError) as wrong:
            auth.verify(ctx, sup, f"wrong-{n}-xxxx")
        assert wrong.value.params["tries"] == n
    assert wrong.value.params["retry_after"] == 1
    # too early: refused without looking at the secret, even the right one, and not counted
    with pytest.raises(TooManyTriesError) as early:
        auth.verify(ctx, sup, "sup-secret-1")
    assert early.value.retry_after == 1 and auth.retry_after(ctx, sup) == 1
    clock.advance(1)
    assert auth.retry_after(ctx, sup) == 0
    with pytest.raises(WrongPasswordError) as fourth:
        auth.verify(ctx, sup, "wrong-4-xxxx")
    assert fourth.value.params == {"user": "sup", "tries": 4, "retry_after": 2}
    clock.advance(1.5)
    with pytest.raises(TooManyTriesError) as early:
        auth.verify(ctx, sup, "sup-secret-1")
    assert early.value.retry_after == 1  # 0.5 s left, rounded up
    clock.advance(0.5)
    assert auth.verify(ctx, sup, "sup-secret-1").id == sup
    # a right answer resets the counter: three free tries again
    for _n in (1, 2, 3):
        with pytest.raises(WrongPasswordError):
            auth.verify(ctx, sup, "wrong-again-x")
    with pytest.raises(TooManyTriesError):
        auth.verify(ctx, sup, "sup-secret-1")


def test_the_wait_is_capped_at_five_minutes_and_a_pin_reaches_it_sooner(ctx, people, clock) -> None:
    def spend(user_id: str, wrong: str, count: int) -> int:
        last = 0
        for _ in range(count):
            clock.advance(auth.retry_after(ctx, user_id))
            with pytest.raises(WrongPasswordError) as exc:
                auth.verify(ctx, user_id, wrong)
            last = exc.value.params["retry_after"]
        return last

    assert spend(people["clerk"].id, "1357", 8) == 300  # 4^(8-3) would be 1024
    assert spend(people["sup"].id, "wrong-pass-x", 8) == 32
    assert spend(people["sup"].id, "wrong-pass-x", 5) == 300


def test_tries_are_per_user_and_local_to_the_workspace(ctx, people, clock) -> None:
    for _ in range(3):
        with pytest.raises(WrongPasswordError):
            auth.verify(ctx, people["sup"].id, "nope-nope-1")
    assert auth.verify(ctx, people["ops"].id, "ops-secret-1")  # someone else is not slowed down
    with ctx.read() as s:
        kept = s.get(Meta, auth.TRIES_META_PREFIX + people["sup"].id)
        assert json.loads(kept.value)["n"] == 3  # in meta: never synced


def test_a_right_answer_with_no_wrong_try_on_record_writes_nothing(ctx, people, db_path, dump_db) -> None:
    """A command that signs in and then changes nothing (a refused import) leaves the workspace as it was."""
    sup = people["sup"].id
    before = dump_db(db_path)
    assert auth.verify(ctx, sup, "sup-secret-1").id == sup
    assert dump_db(db_path) == before
    with pytest.raises(WrongPasswordError):  # a wrong one is recorded ...
        auth.verify(ctx, sup, "nope-nope-1")
    assert dump_db(db_path) != before
    assert auth.verify(ctx, sup, "sup-secret-1").id == sup  # ... and the right one forgets it again
    assert dump_db(db_path) == before


def test_a_reset_forgets_the_wrong_tries(ctx, people, clock) -> None:
    for _ in range(5):
        clock.advance(auth.retry_after(ctx, people["sup"].id))
        with pytest.raises(WrongPasswordError):
            auth.verify(ctx, people["sup"].id, "nope-nope-1")
    auth.reset(ctx, people["sup"].id, "temporary-1")
    assert auth.retry_after(ctx, people["sup"].id) == 0
    assert auth.verify(ctx, people["sup"].id, "temporary-1")


# ---------------------------------------------------------------- resets and changes


def test_reset_by_head_office_is_audited_without_the_secret(ctx, people) -> None:
    sup = people["sup"]
    auth.reset(ctx, sup.id, "temp-pass-99")
    assert auth.status(ctx, sup.id).state == auth.MUST_CHANGE
    assert auth.verify(ctx, sup.id, "temp-pass-99").id == sup.id  # a temporary password signs in ...
    with ctx.read() as s:
        entries = [(e.action, e.row_id, e.actor_id, e.before, e.after)
                   for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    reset = [e for e in entries if e[0] == "password_reset"]
    assert len(reset) == 1 and reset[0][1] == sup.id and reset[0][2] == people["boss"].id
    assert json.loads(reset[0][4]) == {"user": sup.id, "username": "sup", "by": people["boss"].id,
                                          "by_username": "boss"}
    text = "".join(f"{e[3]}{e[4]}" for e in entries)
    assert "temp-pass-99" not in text and "$argon2" not in text  # neither the secret nor its hash
    assert "[redacted]" in text  # the column change is audited, its value is not
    # ... and its owner then chooses their own
    ctx.user_id = sup.id
    with pytest.raises(ValidationError):
        auth.change_own(ctx, "temp-pass-99", "short")
    auth.change_own(ctx, "temp-pass-99", "my-own-pass-1")
    assert auth.status(ctx, sup.id).state == auth.READY
    with pytest.raises(WrongPasswordError):
        auth.verify(ctx, sup.id, "temp-pass-99")
    assert auth.verify(ctx, sup.id, "my-own-pass-1")


def test_change_own_needs_the_old_password(ctx, people) -> None:
    ctx.user_id = people["sup"].id
    before = _row(ctx, people["sup"].id).password_hash
    with pytest.raises(WrongPasswordError):
        auth.change_own(ctx, "not-the-old-1", "new-pass-123")
    assert _row(ctx, people["sup"].id).password_hash == before


def test_a_pin_stays_a_pin_after_a_reset(ctx, people) -> None:
    clerk = people["clerk"].id
    with pytest.raises(ValidationError):
        auth.reset(ctx, clerk, "temp-pass-99")  # a PIN account gets a temporary PIN
    auth.reset(ctx, clerk, "9753")
    assert _row(ctx, clerk).password_kind == "pin" and auth.verify(ctx, clerk, "9753")


def test_who_may_reset(ctx, people, make_user, make_store) -> None:
    sup, clerk, boss = people["sup"], people["clerk"], people["boss"]
    elsewhere = make_user("staff", username="far", store_ids=(make_store(code="FAR").id,))
    ctx.user_id = people["ops"].id  # an ops manager: the users of their regions, never head office
    auth.reset(ctx, clerk.id, "1111")
    with pytest.raises(PermissionDeniedError) as hq:
        auth.reset(ctx, boss.id, "temp-pass-99")
    assert hq.value.params["reason"] == "role"
    ctx.user_id = sup.id  # a supervisor may not
    before = _row(ctx, clerk.id).password_hash
    with pytest.raises(PermissionDeniedError) as role:
        auth.reset(ctx, clerk.id, "2222")
    assert role.value.params["reason"] == "role" and _row(ctx, clerk.id).password_hash == before
    with pytest.raises(PermissionDeniedError):
        auth.set_password(ctx, clerk.id, "2222", "pin")
    ctx.user_id = None  # nobody acting in a workspace with users
    with pytest.raises(PermissionDeniedError) as nobody:
        auth.reset(ctx, clerk.id, "2222")
    assert nobody.value.params["reason"] == "no_user"
    assert auth.verify(ctx, clerk.id, "1111")
    ctx.user_id = boss.id
    auth.reset(ctx, elsewhere.id, "temp-pass-33")  # head office: anyone (no PIN set yet: a password)


def test_an_ops_manager_does_not_reach_stores_outside_their_regions(ctx, tree, make_user, make_store) -> None:
    here = make_store(code="HERE", region_id=tree.sh.id)
    there = make_store(code="THERE", region_id=tree.gz.id)
    ops = make_user("ops_manager", username="ops", store_ids=(here.id,))
    far = make_user("staff", username="far", store_ids=(there.id,))
    ctx.user_id = ops.id
    with pytest.raises(PermissionDeniedError) as scope:
        auth.reset(ctx, far.id, "4444")
    assert scope.value.params["reason"] == "scope"


# ---------------------------------------------------------------- first user, upgraded workspaces, demo


def test_the_first_user_sets_a_password_with_start_empty(ctx) -> None:
    with pytest.raises(ValidationError) as refused:
        workspace.start_empty(ctx, "", org.UserInput("admin", "Admin", "head_office"), "short")
    assert set(refused.value.reasons()) == {"workspace_name", "password"}  # all at once, nothing written
    assert workspace.is_empty(ctx)
    user = workspace.start_empty(ctx, "East", org.UserInput("admin", "Admin", "head_office"), "first-pass-1")
    assert auth.status(ctx, user.id).state == auth.READY
    assert auth.verify(ctx, user.id, "first-pass-1")


def test_nobody_signs_in_while_the_workspace_is_set_up(ctx) -> None:
    assert auth.sign_in_required(ctx) is False
    org.create_user(ctx, org.UserInput("first", "First", "head_office"))
    assert auth.sign_in_required(ctx) is True


@pytest.mark.sqlite_only("builds an old SQLite file")
def test_an_upgraded_workspace_lets_only_the_desktop_user_set_their_own(tmp_path) -> None:
    path = tmp_path / "old.sqlite"
    migrate(path, target="0017_item_na_allowed", backup=False)
    conn = sqlite3.connect(path)  # a workspace of the last version with two users, the laptop left with amy
    cols = [r[1] for r in conn.execute("PRAGMA table_info(user)")]
    assert "password_hash" not in cols
    for uid, login in (("u-amy", "amy"), ("u-bob", "bob")):
        conn.execute("INSERT INTO user (id, origin_node, updated_at, deleted, created_at, username, name, role, "
                     "phone, email, active) VALUES (?, 'old', '1', 0, '2026-01-01 00:00:00', ?, ?, 'supervisor', "
                     "'', '', 1)", (uid, login, login.title()))
    conn.execute("INSERT INTO meta (key, value) VALUES ('current_user_id', 'u-amy')")
    conn.commit()
    conn.close()
    result = migrate(path, backup=False)
    assert result.before == "0017_item_na_allowed" and result.after == head_revision()  # through 0018_sign_in
    conn = sqlite3.connect(path)
    cols = {r[1]: r for r in conn.execute("PRAGMA table_info(user)")}
    conn.close()
    assert {"password_hash", "password_kind", "must_change", "password_set_at"} <= set(cols)
    db = Database.open(path)
    try:
        ctx = AppContext(db)
        a, b = org.get_user(ctx, "u-amy"), org.get_user(ctx, "u-bob")
        assert workspace.current_user(ctx).id == a.id
        assert auth.status(ctx, a.id).state == auth.SET_OWN
        assert auth.status(ctx, b.id).state == auth.NO_PASSWORD
        with pytest.raises(NoPasswordError) as own:
            auth.verify(ctx, a.id, "")
        assert own.value.params["may_set"] is True
        ctx.user_id = b.id  # bob may not set his own here
        with pytest.raises(PermissionDeniedError):
            auth.set_password(ctx, b.id, "bobs-pass-1")
        ctx.user_id = a.id
        with pytest.raises(PermissionDeniedError):
            auth.set_password(ctx, b.id, "bobs-pass-1")  # nor may amy set bob's
        auth.set_password(ctx, a.id, "amys-pass-1")
        assert auth.verify(ctx, a.id, "amys-pass-1").id == a.id
        with pytest.raises(PermissionDeniedError):
            auth.set_password(ctx, a.id, "another-pass")  # once set: change_own, with the old one
    finally:
        db.close()


def test_the_demo_users_sign_in_with_the_demo_password(tmp_path, workspace_templates) -> None:
    from opsdesk.demo import DEMO_PASSWORD, DEMO_PIN

    path = tmp_path / "demo.sqlite"
    workspace_templates.copy(path, stores=9, seed=5, months=1, daily_days=0)  # with openings: staff too
    db = Database.open(path)
    try:
        ctx = AppContext(db)
        with db.reading() as s:
            users = [(u.id, u.role, u.password_kind, u.password_hash) for u in s.scalars(select(User))]
        by_role = {role: uid for uid, role, _k, _h in users}
        assert {kind for _u, role, kind, _h in users if role == "staff"} == {"pin"}
        assert {kind for _u, role, kind, _h in users if role != "staff"} == {"password"}
        assert all(h and h.startswith("$argon2id$") for *_x, h in users)
        assert len({h for *_x, h in users}) == 2  # one hash per distinct demo secret
        assert auth.verify(ctx, by_role["supervisor"], DEMO_PASSWORD)
        assert auth.verify(ctx, by_role["head_office"], DEMO_PASSWORD)
        assert auth.verify(ctx, by_role["staff"], DEMO_PIN)
        with pytest.raises(WrongPasswordError):
            auth.verify(ctx, by_role["staff"], DEMO_PASSWORD)
    finally:
        db.close()


# ---------------------------------------------------------------- sync


def test_a_reset_at_head_office_reaches_the_laptop(tmp_path, workspace_at) -> None:
    hq_at, laptop_at = workspace_at("hq.sqlite", server=True), workspace_at("laptop.sqlite")
    hq, laptop = AppContext(Database.open(hq_at, files_dir=tmp_path / "hq.files") if isinstance(hq_at, str)
                            else Database.open(hq_at)), AppContext(Database.open(laptop_at))
    try:
        boss = workspace.start_empty(hq, "HQ", org.UserInput("boss", "Boss", "head_office"), "boss-pass-1")
        sup = org.create_user(hq, org.UserInput("sup", "Sup", "supervisor"))
        auth.reset(hq, sup.id, "first-temp-1")

        def carry(src: AppContext, dst: AppContext, name: str) -> None:
            path = tmp_path / name
            sync.export_package(as_system(src), path)
            sync.import_package(as_system(dst), path, trust=True)

        carry(hq, laptop, "one.opsync")
        assert auth.status(laptop, sup.id).state == auth.MUST_CHANGE
        assert auth.verify(laptop, sup.id, "first-temp-1")  # signs in on a laptop that has them
        laptop.user_id = sup.id
        auth.change_own(laptop, "first-temp-1", "sups-own-pass")
        carry(laptop, hq, "two.opsync")  # their own travels back
        assert auth.status(hq, sup.id).state == auth.READY and auth.verify(hq, sup.id, "sups-own-pass")
        # forgotten: head office resets it again, and the laptop follows
        auth.reset(hq, sup.id, "second-temp-2")
        carry(hq, laptop, "three.opsync")
        assert auth.verify(laptop, sup.id, "second-temp-2")
        with pytest.raises(WrongPasswordError):
            auth.verify(laptop, sup.id, "sups-own-pass")
        assert boss.id != sup.id
        # the wrong tries stayed on the laptop
        with laptop.read() as s:
            assert s.get(Meta, auth.TRIES_META_PREFIX + sup.id) is not None
        with hq.read() as s:
            assert s.get(Meta, auth.TRIES_META_PREFIX + sup.id) is None
    finally:
        hq.db.close()
        laptop.db.close()


# ---------------------------------------------------------------- the command line


def _opsdesk(*args: str | Path, real: bool = False) -> "subprocess.CompletedProcess[str]":
    """``opsdesk ARGS`` through ``cli.main`` in this process, or (``real``) as the process a shell starts, its
    stdin an empty pipe (no terminal to prompt on): the exit code and the one ``error:`` line a user sees
    (tests/core/cli_helpers.py)."""
    import os
    import subprocess
    import sys

    from cli_helpers import run_in_process

    if not real:
        return run_in_process(*map(str, args))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([sys.executable, "-m", "opsdesk.cli", *map(str, args)], input="", env=env,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.sqlite_only("subprocesses on a workspace file")
def test_cli_acts_as_the_named_signed_in_user(tmp_path) -> None:
    path, good, bad = tmp_path / "w.sqlite", tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("first-pass-1\n", encoding="utf-8")
    bad.write_text("not-the-pass\n", encoding="utf-8")
    refused = _opsdesk("db", "init", "--db", path, "--name", "East", "--user", "admin", real=True)  # no password, no tty
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and refused.stderr.startswith("error: ")
    assert not path.exists()
    made = _opsdesk("db", "init", "--db", path, "--name", "East", "--user", "admin", "--password-file", good)
    assert made.returncode == 0, made.stderr
    write = ("promotion", "type", "anniversary", "--name", "店庆", "--db", path)
    nobody = _opsdesk(*write)
    assert nobody.returncode == 2 and nobody.stderr.startswith("error: this command changes data")
    wrong = _opsdesk(*write, "--user", "admin", "--password-file", bad, real=True)
    assert wrong.returncode == 2 and wrong.stderr == "error: wrong password for admin (nothing was changed)\n"
    right = _opsdesk("--user", "admin", "--password-file", good, *write)  # the global form, before the command
    assert right.returncode == 0, right.stderr
    db = Database.open(path)
    try:
        ctx = AppContext(db)
        admin = next(u for u in org.query_users(ctx) if u.username == "admin")
        with db.reading() as s:
            actors = {e.actor_id for e in s.scalars(select(AuditEntry).where(
                AuditEntry.table_name == "promotion_type", AuditEntry.after.contains("anniversary")))}
            tries = s.get(Meta, auth.TRIES_META_PREFIX + admin.id)
        assert actors == {admin.id}  # the new type is the signed-in user's
        assert tries is None  # the wrong try counted, the right one reset the counter
    finally:
        db.close()
    for _ in range(2):  # each wrong try from the command line counts (the wait itself: the fake-clock tests)
        assert _opsdesk(*write, "--user", "admin", "--password-file", bad).returncode == 2
    db = Database.open(path)
    try:
        assert json.loads(db.get_meta(auth.TRIES_META_PREFIX + admin.id))["n"] == 2
    finally:
        db.close()


@pytest.mark.sqlite_only("subprocesses on a workspace file")
def test_cli_resets_and_changes_passwords(tmp_path) -> None:
    path = tmp_path / "w.sqlite"
    files = {name: tmp_path / f"{name}.txt" for name in ("admin", "temp", "mine", "short", "wrong", "sup")}
    for name, secret in (("admin", "admin-pass-1"), ("temp", "temporary-1"), ("mine", "my-own-pass-1"),
                         ("short", "short"), ("wrong", "not-the-pass"), ("sup", "sup-secret-1")):
        files[name].write_text(secret + "\n", encoding="utf-8")
    assert _opsdesk("db", "init", "--db", path, "--name", "East", "--user", "admin",
                    "--password-file", files["admin"]).returncode == 0
    db = Database.open(path)
    try:
        setup = as_system(AppContext(db))
        ops = org.create_user(setup, org.UserInput(username="ops", name="运营乙", role="ops_manager")).id
        sup = org.create_user(setup, org.UserInput(username="sup", name="督导甲", role="supervisor")).id
        auth.set_password(setup, sup, "sup-secret-1")
    finally:
        db.close()
    admin = ("--user", "admin", "--password-file", files["admin"])

    def one_line(done) -> str:  # noqa: ANN001
        assert done.returncode == 2 and done.stderr.count("\n") == 1 and done.stderr.startswith("error: "), done
        return done.stderr

    # a supervisor may not reset anyone; a refused temporary password changes nothing
    assert "users.manage refused" in one_line(_opsdesk("--user", "sup", "--password-file", files["sup"], "user",
                                                       "reset", "ops", "--new-password-file", files["temp"],
                                                       "--db", path, real=True))
    assert "password: too_short" in one_line(_opsdesk(*admin, "user", "reset", "ops", "--new-password-file",
                                                      files["short"], "--db", path))
    done = _opsdesk(*admin, "user", "reset", "ops", "--new-password-file", files["temp"], "--db", path)
    assert done.returncode == 0 and "temporary password set for ops" in done.stdout, done.stderr
    # with a temporary password ops may only choose their own (a wrong current one counts as a wrong try)
    as_ops = ("--user", "ops", "--password-file", files["temp"])
    assert "temporary password" in one_line(_opsdesk(*as_ops, "promotion", "type", "x1", "--name", "X",
                                                     "--db", path))
    assert "wrong password" in one_line(_opsdesk("--user", "ops", "--password-file", files["wrong"], "user",
                                                 "password", "--new-password-file", files["mine"], "--db", path))
    done = _opsdesk(*as_ops, "user", "password", "--new-password-file", files["mine"], "--db", path)
    assert done.returncode == 0 and "password of ops was changed" in done.stdout, done.stderr
    db = Database.open(path)
    try:
        ctx = AppContext(db)
        assert auth.status(ctx, ops).state == auth.READY
        assert auth.verify(ctx, ops, "my-own-pass-1").id == ops
        with pytest.raises(WrongPasswordError):
            auth.verify(ctx, ops, "temporary-1")
        with db.reading() as s:
            resets = [(e.row_id, e.actor_id) for e in s.scalars(select(AuditEntry).where(
                AuditEntry.action == "password_reset"))]
        admin_id = next(u.id for u in org.query_users(ctx) if u.username == "admin")
        assert resets == [(ops, admin_id)]  # the refused ones left no entry
    finally:
        db.close()
    raw = sqlite3.connect(path)
    try:
        dumped = "\n".join(raw.iterdump())
    finally:
        raw.close()
    assert "temporary-1" not in dumped and "my-own-pass-1" not in dumped
