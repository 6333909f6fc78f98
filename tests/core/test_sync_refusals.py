"""Sync packages that must be refused (DESIGN.md §4), each with no change at all to the receiving
workspace: the logical dump, the file's bytes, the WAL and the photo store are compared before and
after. A damaged package is made from a good one; a damage that the signature would otherwise catch
first is re-signed with the sender's real node key, so only the check under test can refuse it.
Also the command line (`opsdesk sync import`): exit 0 and a summary line, or non-zero and one line."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import time
import uuid
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from engine_helpers import write_jpeg
from sync_helpers import (
    CHANGES,
    MANIFEST,
    SIGNATURE,
    Members,
    State,
    change_lines,
    get,
    hlc,
    jsonl,
    manifest_bytes,
    manifest_of,
    member_entry,
    node_key,
    put,
    read_members,
    resign,
    state,
    tables_of,
    with_changes,
    write_members,
)

from acting import acting, as_head_office, signed_in
from opsdesk.db import Database
from opsdesk.demo import build_demo
from opsdesk.errors import (
    BadSignatureError,
    ClockSkewError,
    OwnPackageError,
    PackageCorruptError,
    PackageMemberError,
    PackageTamperedError,
    PackageTooLargeError,
    PackageTooNewError,
    SyncError,
    UnknownNodeError,
)
from opsdesk.services import attachments, org, sync, workspace
from opsdesk.services.context import AppContext
from opsdesk.sync.package import fingerprint

REPO = Path(__file__).resolve().parents[2]
HOUR_MS = 3_600_000
# The tests that import into a receiver (``recv``) run with a head-office receiver on PostgreSQL too (-m pg).
BACKENDS = ("sqlite", "pg")
# The [pg] twins (tests/core/conftest.py PG_TWINS): the packages that reach the receiver's database, applied or
# refused part-way through the one transaction (a record that does not fit, a broken foreign key, a stream
# that breaks while read, a clock, a reimport, a node to trust, the schema revision read from the database).
# A package refused by its bytes, members, manifest or signature is refused before the database is written
# (the same code on both backends): on SQLite alone.
PG_TWINS = (
    "test_the_good_package_is_accepted_and_changes_the_receiver",
    "test_invalid_deflate_stream_leaves_the_database_unchanged",
    "test_another_key_claiming_the_trusted_node_id_is_refused",
    "test_unknown_node_is_refused_with_its_fingerprint_then_trusted",
    "test_own_package_is_refused",
    "test_newer_schema_revision_is_refused",
    "test_package_over_the_size_limit_is_refused_and_at_the_limit_accepted",
    "test_change_record_25_hours_ahead_is_refused",
    "test_change_record_23_hours_ahead_is_accepted",
    "test_change_record_that_does_not_fit_refuses_the_whole_package",
    "test_record_breaking_a_foreign_key_leaves_the_database_unchanged",
    "test_record_breaking_a_foreign_key_is_a_sync_error",
    "test_reimport_and_overlapping_package_change_nothing",
    "test_cli_import_success_then_reimport",
    "test_cli_other_failures_fail_with_one_line",
)


# ---------------------------------------------------------------- the world: a sender and its receivers


@dataclass(frozen=True)
class World:
    sender: Path  # closed sender workspace
    receiver: Path  # closed workspace that imported p1 with trust: it knows and trusts the sender
    blank: Path  # closed, prepared workspace that never heard of the sender
    p1: Path  # full package, already imported by ``receiver``
    p2: Path  # full package after a new store with a photo: not imported anywhere yet
    p2_again: Path  # the same changes as p2 under another package id
    key: Ed25519PrivateKey  # the sender's node key (from its meta table)
    node: str
    public_key: str
    store_id: str  # the store p2 brings
    store_name_hlc: str  # the clock of that store's name
    photo_sha: str
    hq: str  # username of the demo's head-office user (demo password): whom the command line acts as

    @property
    def as_hq(self) -> list[str]:
        return signed_in(self.hq)


def _copy_workspace(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    files = src.with_name(src.stem + ".files")
    if files.exists():
        shutil.copytree(files, dst.with_name(dst.stem + ".files"))
    return dst


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    base = tmp_path_factory.mktemp("sync_world")
    sender = base / "sender.sqlite"
    db = Database.open(sender)
    try:
        ctx = acting(db)
        build_demo(ctx, stores=3, seed=1)
        hq = org.get_user(as_head_office(ctx), ctx.user_id).username  # sends the packages (and adds a store)
        # One record a line (format 1): the cases craft lines; test_sync_blocks refuses blocks.
        p1 = sync.export_package(ctx, base / "p1.opsync", full=True, format_version=1).path
        area = next(r for r in org.list_regions(ctx) if r.parent_id)
        store = org.create_store(ctx, org.StoreInput(code="N001", name="新店", region_id=area.id,
                                                      opened_on=date(2021, 1, 1)))
        photo = attachments.attach_photo(ctx, write_jpeg(base / "photo.jpg"), "store", store.id)
        p2 = sync.export_package(ctx, base / "p2.opsync", full=True, format_version=1).path
        p2_again = sync.export_package(ctx, base / "p2_again.opsync", full=True, format_version=1).path
        node, public_key = db.node.node_id, db.node.public_key
    finally:
        db.close()

    blank = base / "blank.sqlite"
    db = Database.open(blank)
    try:
        workspace.prepare(acting(db))
    finally:
        db.close()
    receiver = _copy_workspace(blank, base / "receiver.sqlite")
    db = Database.open(receiver)
    try:
        ctx = acting(db)
        assert sync.import_package(ctx, p1, trust=True).applied > 0
        workspace.set_current_user(ctx, as_head_office(ctx).user_id)  # whom the command line acts as
    finally:
        db.close()

    members = read_members(p2)
    name_hlc = next(r["hlc"] for r in change_lines(members) if r["row"] == store.id and r["field"] == "name")
    assert f"attachments/{photo.id}" in manifest_of(members)["members"]
    return World(sender, receiver, blank, p1, p2, p2_again, node_key(sender), node, public_key, store.id,
                 name_hlc, photo.id, hq)


_PG_RECEIVERS: dict[str, str] = {}  # the world's receiver file -> a PostgreSQL database made like it (a template)


@pytest.fixture
def recv(world: World, tmp_path: Path, backend: str, request) -> Path | str:  # noqa: ANN001
    """A private copy of the receiver that trusts the sender: a file, or (on PostgreSQL) a head-office database
    copied from one made once the same way (prepared, then p1 imported with trust)."""
    if backend == "sqlite":
        return _copy_workspace(world.receiver, tmp_path / "r.sqlite")
    cluster = request.getfixturevalue("pg_cluster")
    if str(world.receiver) not in _PG_RECEIVERS:
        name = cluster.create_database(f"refusals_receiver{len(_PG_RECEIVERS)}")  # named: kept after this test
        db = Database.open(cluster.url(name))
        try:
            workspace.prepare(AppContext(db))
            assert sync.import_package(AppContext(db), world.p1, trust=True).applied > 0
        finally:
            db.close()
        _PG_RECEIVERS[str(world.receiver)] = name
    return cluster.url(cluster.create_database(template=_PG_RECEIVERS[str(world.receiver)]))


@pytest.fixture
def p2_members(world: World) -> Members:
    return read_members(world.p2)


def _import(db_file: Path, package: Path, **kw) -> sync.ImportResult:
    db = Database.open(db_file)
    try:
        return sync.import_package(acting(db), package, **kw)
    finally:
        db.close()


def assert_same(before: State, after: State) -> None:
    assert before.wal_sha is None, "the 'before' state must be taken on a closed, checkpointed workspace"
    assert after.wal_sha is None, "a WAL was left behind"
    assert after.dump == before.dump, "the logical content of the database changed"
    assert after.file_sha == before.file_sha, "the database file's bytes changed"
    assert after.photos == before.photos, "the photo store changed"


def refused(db_file: Path, package: Path, error: type[Exception], **kw) -> Exception:
    """Import must raise ``error`` and leave the closed workspace exactly as it was."""
    before = state(db_file)
    db = Database.open(db_file)
    try:
        with pytest.raises(error) as info:
            sync.import_package(acting(db), package, **kw)
    finally:
        db.close()
    assert_same(before, state(db_file))
    assert str(info.value).strip() and "\n" not in str(info.value)
    return info.value


def accepted(db_file: Path, package: Path, **kw) -> sync.ImportResult:
    before = state(db_file)
    result = _import(db_file, package, **kw)
    assert not result.already_imported
    assert state(db_file).dump != before.dump
    return result


def _store_name(db_file: Path | str, store_id: str) -> str | None:
    from engine_helpers import RawConnection

    conn = RawConnection(db_file)
    try:
        row = conn.execute("SELECT name FROM store WHERE id = ?", (store_id,)).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _now_ms() -> int:
    return int(time.time() * 1000)


# ---------------------------------------------------------------- controls: the good package and the re-signer


def test_the_good_package_is_accepted_and_changes_the_receiver(world, recv):
    result = accepted(recv, world.p2)
    assert result.applied > 0 and result.from_node == world.node and result.attachments == 1
    assert _store_name(recv, world.store_id) == "新店"
    db = Database.open(recv)
    try:
        files = db.attachments_dir  # beside the file (r.files), or the server workspace's photo folder
    finally:
        db.close()
    if isinstance(recv, Path):
        assert files == recv.with_name("r.files")
    assert (files / world.photo_sha[:2] / world.photo_sha).is_file()


def test_a_package_resigned_unchanged_by_the_sender_key_is_accepted(world, recv, p2_members, tmp_path):
    """The re-signing helper itself is right: only the damage makes the packages below fail."""
    package = write_members(tmp_path / "resigned.opsync", resign(p2_members, world.key))
    assert accepted(recv, package).applied > 0
    assert _store_name(recv, world.store_id) == "新店"


# ---------------------------------------------------------------- not a readable zip


@pytest.mark.parametrize("keep", [0, 10, 0.5, 0.9, -22, -1], ids=["empty", "10 bytes", "half", "90%",
                                                                  "no end record", "last byte"])
def test_truncated_package_is_refused(world, recv, tmp_path, keep):
    data = world.p2.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else (keep if keep >= 0 else len(data) + keep)
    package = tmp_path / "cut.opsync"
    package.write_bytes(data[:cut])
    err = refused(recv, package, PackageCorruptError)
    assert "cut.opsync" in str(err)


@pytest.mark.parametrize("content", [b"", os.urandom(4096), b"hello, this is not a package\n",
                                     b'{"format": "opsdesk-sync"}', b"PK\x03\x04" + b"\0" * 200],
                         ids=["empty", "random", "text", "json", "zip magic only"])
def test_not_a_zip_is_refused(recv, tmp_path, content):
    package = tmp_path / "junk.opsync"
    package.write_bytes(content)
    refused(recv, package, PackageCorruptError)


def _deflate_data_offset(data: bytes, name: str) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(name)
    offset = info.header_offset
    name_len, extra_len = struct.unpack("<HH", data[offset + 26: offset + 30])
    return offset + 30 + name_len + extra_len


def test_bytes_flipped_in_the_middle_are_refused(world, recv, tmp_path):
    seed = int(os.environ.get("OPSDESK_FLIP_SEED", random.SystemRandom().randrange(1 << 30)))
    rng = random.Random(seed)
    data = world.p2.read_bytes()
    before = state(recv)
    db = Database.open(recv)
    try:
        ctx = acting(db)
        for n in range(12):
            damaged = bytearray(data)
            start = rng.randrange(len(data) // 4, 3 * len(data) // 4)
            for i in range(start, start + rng.choice((1, 3, 16))):
                damaged[i] ^= rng.randrange(1, 256)
            package = tmp_path / f"flipped{n}.opsync"
            package.write_bytes(bytes(damaged))
            with pytest.raises((PackageCorruptError, PackageTamperedError)):
                sync.import_package(ctx, package)
    finally:
        db.close()
    assert_same(before, state(recv))


def _invalid_deflate(world: World, tmp_path: Path) -> Path:
    """changes.jsonl's deflate stream starts with block type 3 (reserved): zlib cannot decode it."""
    data = bytearray(world.p2.read_bytes())
    data[_deflate_data_offset(bytes(data), CHANGES)] = 0x07  # BFINAL=1, BTYPE=11
    package = tmp_path / "deflate.opsync"
    package.write_bytes(bytes(data))
    return package


def test_invalid_deflate_stream_leaves_the_database_unchanged(world, recv, tmp_path):
    package = _invalid_deflate(world, tmp_path)
    before = state(recv)
    db = Database.open(recv)
    try:
        with pytest.raises(PackageCorruptError):
            sync.import_package(acting(db), package)
    finally:
        db.close()
    assert_same(before, state(recv))


def test_invalid_deflate_stream_is_a_corrupt_package(world, recv, tmp_path):
    refused(recv, _invalid_deflate(world, tmp_path), PackageCorruptError)


# ---------------------------------------------------------------- signature


@pytest.mark.parametrize("edit", ["from_name", "counts", "hash of a changed member", "reformatted"])
def test_manifest_changed_without_resigning_is_refused(world, recv, p2_members, tmp_path, edit):
    members = p2_members
    manifest = manifest_of(members)
    if edit == "from_name":
        manifest["from_name"] = "Head office (really)"
        new_manifest = manifest_bytes(manifest)
    elif edit == "counts":
        manifest["counts"]["changes"] += 1
        new_manifest = manifest_bytes(manifest)
    elif edit == "hash of a changed member":
        changes = get(members, CHANGES).replace("新店".encode(), "旧店".encode())
        members = put(members, CHANGES, changes)
        manifest["members"][CHANGES] = member_entry(changes)
        new_manifest = manifest_bytes(manifest)
    else:  # the same JSON, other bytes: the signature covers the exact bytes
        new_manifest = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
    package = write_members(tmp_path / "unsigned.opsync", put(members, MANIFEST, new_manifest))
    err = refused(recv, package, BadSignatureError)
    assert err.params["node"] == world.node


def test_manifest_signed_by_another_key_is_refused(world, recv, p2_members, tmp_path):
    package = write_members(tmp_path / "other.opsync", resign(p2_members, Ed25519PrivateKey.generate()))
    refused(recv, package, BadSignatureError)


def test_another_key_claiming_the_trusted_node_id_is_refused(world, recv, p2_members, tmp_path):
    """The manifest carries the impostor's key (so the signature verifies) but the sender's node id."""
    from cryptography.hazmat.primitives import serialization

    impostor = Ed25519PrivateKey.generate()
    raw = impostor.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def edit(m: dict) -> None:
        m["public_key"] = base64.b64encode(raw).decode()

    package = write_members(tmp_path / "impostor.opsync", resign(p2_members, impostor, edit))
    err = refused(recv, package, BadSignatureError)
    assert world.node in str(err)


@pytest.mark.parametrize("sig", [b"", b"not base64 !!!\n", b"QUJD\n", None], ids=["empty", "garbage", "short", "missing"])
def test_missing_or_garbled_signature_is_refused(world, recv, p2_members, tmp_path, sig):
    if sig is None:
        members = [(n, d) for n, d in p2_members if n != SIGNATURE]
        error: type[Exception] = PackageCorruptError
    else:
        members = put(p2_members, SIGNATURE, sig)
        error = BadSignatureError
    refused(recv, write_members(tmp_path / "sig.opsync", members), error)


# ---------------------------------------------------------------- member hashes


def test_changed_change_list_is_refused_by_its_hash(world, recv, p2_members, tmp_path):
    """The manifest is validly re-signed but keeps the old hash: only the hash check can refuse it."""
    changes = get(p2_members, CHANGES).replace("新店".encode(), "旧店".encode())
    assert changes != get(p2_members, CHANGES)
    package = write_members(tmp_path / "tampered.opsync", resign(put(p2_members, CHANGES, changes), world.key))
    err = refused(recv, package, PackageTamperedError)
    assert CHANGES in str(err)


def test_truncated_member_with_resigned_manifest_is_refused(world, recv, p2_members, tmp_path):
    changes = get(p2_members, CHANGES)
    package = write_members(tmp_path / "short.opsync", resign(put(p2_members, CHANGES, changes[:-200]), world.key))
    refused(recv, package, PackageTamperedError)


def test_changed_photo_is_refused_and_not_copied(world, recv, p2_members, tmp_path):
    name = f"attachments/{world.photo_sha}"
    photo = bytearray(get(p2_members, name))
    photo[len(photo) // 2] ^= 0xFF
    package = write_members(tmp_path / "photo.opsync", resign(put(p2_members, name, bytes(photo)), world.key))
    err = refused(recv, package, PackageTamperedError)
    assert world.photo_sha in str(err)


def test_photo_not_named_by_its_content_is_refused(world, recv, p2_members, tmp_path):
    """Other bytes under the photo's name, and the manifest honestly lists their hash: still refused."""
    name = f"attachments/{world.photo_sha}"
    other = write_jpeg(tmp_path / "other.jpg", (1, 2, 3)).read_bytes()

    def edit(m: dict) -> None:
        m["members"][name] = member_entry(other)

    package = write_members(tmp_path / "renamed.opsync", resign(put(p2_members, name, other), world.key, edit))
    refused(recv, package, PackageTamperedError)


# ---------------------------------------------------------------- member names


def test_member_not_in_the_manifest_is_refused(world, recv, p2_members, tmp_path):
    extra = b"an extra photo nobody signed for"
    name = "attachments/" + hashlib.sha256(extra).hexdigest()
    package = write_members(tmp_path / "extra.opsync", resign(p2_members + [(name, extra)], world.key))
    err = refused(recv, package, PackageMemberError)
    assert name in str(err)


EVIL = ["../evil", "/abs", "/tmp/evil", "attachments/../../x", "attachments/../changes.jsonl",
        "attachments/" + "0" * 64 + "/../../evil", "..\\evil", "attachments\\..\\..\\x", "C:/evil", "evil.txt",
        "./changes.jsonl", "attachments/" + "A" * 64, "attachments/"]


@pytest.mark.parametrize("listed", [False, True], ids=["unlisted", "listed and re-signed"])
@pytest.mark.parametrize("name", EVIL)
def test_member_name_with_a_path_is_refused(world, recv, p2_members, tmp_path, name, listed):
    payload = b"evil payload"

    def edit(m: dict) -> None:
        if listed:
            m["members"][name] = member_entry(payload)

    package = write_members(tmp_path / "path.opsync", resign(p2_members + [(name, payload)], world.key, edit))
    err = refused(recv, package, PackageMemberError)
    assert err.params["member"] == name and repr(name) in str(err)
    found = [p for p in tmp_path.parent.rglob("*") if p.is_file() and p.name in ("evil", "x", "evil.txt")]
    assert found == [], "a member was extracted"


def test_duplicate_member_is_refused(world, recv, p2_members, tmp_path):
    """The first copy would be hashed, a second one applied: a package with a name twice is refused."""
    changes = get(p2_members, CHANGES)
    package = write_members(tmp_path / "twice.opsync", p2_members + [(CHANGES, changes.replace("新店".encode(), b"X"))])
    refused(recv, package, PackageMemberError)


def test_member_listed_but_missing_is_refused(world, recv, p2_members, tmp_path):
    name = f"attachments/{world.photo_sha}"
    members = [(n, d) for n, d in p2_members if n != name]
    package = write_members(tmp_path / "missing.opsync", resign(members, world.key))
    refused(recv, package, PackageCorruptError)


# ---------------------------------------------------------------- unknown node, own package


def test_unknown_node_is_refused_with_its_fingerprint_then_trusted(world, tmp_path):
    blank = _copy_workspace(world.blank, tmp_path / "blank.sqlite")
    err = refused(blank, world.p2, UnknownNodeError)
    expected = fingerprint(world.public_key)
    assert world.node in str(err) and expected in str(err)
    assert err.params["node"] == world.node and err.params["fingerprint"] == expected

    result = accepted(blank, world.p2, trust=True)
    assert result.applied > 0 and _store_name(blank, world.store_id) == "新店"
    # Trusted from now on: the next package needs no confirmation.
    assert _import(blank, world.p2_again).applied == 0


def test_unknown_node_refused_even_when_signed_correctly_by_a_new_key(world, recv, p2_members, tmp_path):
    """A validly signed package whose key and node id are another node's: unknown, not trusted by accident."""
    from cryptography.hazmat.primitives import serialization

    from opsdesk.sync.package import node_id_for

    other = Ed25519PrivateKey.generate()
    public = base64.b64encode(other.public_key().public_bytes(serialization.Encoding.Raw,
                                                              serialization.PublicFormat.Raw)).decode()

    def edit(m: dict) -> None:
        m["public_key"], m["from_node"] = public, node_id_for(public)

    package = write_members(tmp_path / "stranger.opsync", resign(p2_members, other, edit))
    err = refused(recv, package, UnknownNodeError)
    assert node_id_for(public) in str(err) and fingerprint(public) in str(err)


def test_own_package_is_refused(world, tmp_path):
    sender = _copy_workspace(world.sender, tmp_path / "s.sqlite")
    err = refused(sender, world.p2, OwnPackageError)
    assert err.params["node"] == world.node


# ---------------------------------------------------------------- newer than this app


def test_newer_schema_revision_is_refused(world, recv, p2_members, tmp_path):
    def edit(m: dict) -> None:
        m["schema_revision"] = "9999_future"

    package = write_members(tmp_path / "future.opsync", resign(p2_members, world.key, edit))
    err = refused(recv, package, PackageTooNewError)
    assert "9999_future" in str(err) and err.params["revision"] == "9999_future"


@pytest.mark.parametrize("version", [3, 99])  # 1 and 2 are read (test_sync_blocks)
def test_newer_format_version_is_refused(world, recv, p2_members, tmp_path, version):
    def edit(m: dict) -> None:
        m["format_version"] = version

    package = write_members(tmp_path / "format.opsync", resign(p2_members, world.key, edit))
    err = refused(recv, package, PackageTooNewError)
    assert str(version) in str(err)


# ---------------------------------------------------------------- size limits


def _unpacked_size(path: Path) -> int:
    with zipfile.ZipFile(path) as zf:
        return sum(i.file_size for i in zf.infolist())


def test_package_over_the_size_limit_is_refused_and_at_the_limit_accepted(world, recv):
    size = _unpacked_size(world.p2)
    err = refused(recv, world.p2, PackageTooLargeError, max_bytes=size - 1)
    assert str(size - 1) in str(err)
    refused(recv, world.p2, PackageTooLargeError, max_bytes=1000)
    assert accepted(recv, world.p2, max_bytes=size).applied > 0


BOMB = 50 * 1024 * 1024
LIMIT = 10 * 1024 * 1024


def _bomb(world: World, members: Members, tmp_path: Path, listed_size: int = BOMB) -> tuple[Path, str]:
    """A 50 MB photo of zeros, listed (with ``listed_size``) and signed: the zip is a few tens of kB."""
    zeros = bytes(BOMB)
    sha = hashlib.sha256(zeros).hexdigest()
    name = f"attachments/{sha}"

    def edit(m: dict) -> None:
        m["members"][name] = {"sha256": sha, "size": listed_size}

    package = write_members(tmp_path / "bomb.opsync", resign(members + [(name, zeros)], world.key, edit))
    assert package.stat().st_size < 1024 * 1024
    return package, name


def test_zip_bomb_is_refused(world, recv, p2_members, tmp_path):
    package, _name = _bomb(world, p2_members, tmp_path)
    err = refused(recv, package, PackageTooLargeError, max_bytes=LIMIT)
    assert str(LIMIT) in str(err)


def _lie_about_size(package: Path, name: str, size: int) -> None:
    """Patch the member's uncompressed size in its local header and the central directory."""
    data = bytearray(package.read_bytes())
    patched = 0
    for signature, field, before_name in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        pos = data.find(name.encode())
        while pos != -1:
            header = pos - before_name
            if data[header: header + 4] == signature:
                assert struct.unpack("<I", data[header + field: header + field + 4])[0] == BOMB
                data[header + field: header + field + 4] = struct.pack("<I", size)
                patched += 1
            pos = data.find(name.encode(), pos + 1)
    assert patched == 2
    package.write_bytes(bytes(data))
    with zipfile.ZipFile(package) as zf:
        assert zf.getinfo(name).file_size == size


@pytest.mark.parametrize(("listed_size", "error"), [(BOMB, PackageTooLargeError), (1000, PackageCorruptError)],
                         ids=["manifest honest", "manifest lies too"])
def test_zip_bomb_lying_about_its_size_is_refused(world, recv, p2_members, tmp_path, listed_size, error):
    """The zip's directory claims 1000 bytes for the 50 MB member, so the first size check passes:
    the signed manifest's size, or else the bounded read (its CRC cannot match), refuses it."""
    package, name = _bomb(world, p2_members, tmp_path, listed_size)
    _lie_about_size(package, name, 1000)
    started = time.monotonic()
    refused(recv, package, error, max_bytes=LIMIT)
    assert time.monotonic() - started < 20


# ---------------------------------------------------------------- clocks


def _future_manifest(world: World, members: Members, tmp_path: Path, hours: float) -> Path:
    def edit(m: dict) -> None:
        m["created_hlc"] = hlc(_now_ms() + int(hours * HOUR_MS), world.node)

    return write_members(tmp_path / f"manifest_{hours}h.opsync", resign(members, world.key, edit))


def test_sender_clock_25_hours_ahead_is_refused(world, recv, p2_members, tmp_path):
    err = refused(recv, _future_manifest(world, p2_members, tmp_path, 25), ClockSkewError)
    assert world.node in str(err) and err.params["node"] == world.node


def test_sender_clock_23_hours_ahead_is_accepted(world, recv, p2_members, tmp_path):
    assert accepted(recv, _future_manifest(world, p2_members, tmp_path, 23)).applied > 0


def _future_record(world: World, members: Members, tmp_path: Path, hours: float, name: str) -> Path:
    record = {"change_id": str(uuid.uuid4()), "node": world.node,
              "hlc": hlc(_now_ms() + int(hours * HOUR_MS), world.node), "table": "store", "row": world.store_id,
              "field": "name", "value": json.dumps(name, ensure_ascii=False), "base": world.store_name_hlc,
              "kind": None}
    changes = get(members, CHANGES) + jsonl([record])
    return write_members(tmp_path / f"record_{hours}h.opsync", with_changes(members, world.key, changes))


def test_change_record_25_hours_ahead_is_refused(world, recv, p2_members, tmp_path):
    err = refused(recv, _future_record(world, p2_members, tmp_path, 25, "未来店"), ClockSkewError)
    assert world.node in str(err)


def test_change_record_23_hours_ahead_is_accepted(world, recv, p2_members, tmp_path):
    accepted(recv, _future_record(world, p2_members, tmp_path, 23, "未来店"))
    assert _store_name(recv, world.store_id) == "未来店"


# ---------------------------------------------------------------- change records that do not fit


def _record(world: World, **fields) -> dict:
    base = {"change_id": str(uuid.uuid4()), "node": world.node, "hlc": hlc(_now_ms(), world.node), "table": "store",
            "row": world.store_id, "field": "phone", "value": '"021-1234"', "base": world.store_name_hlc,
            "kind": None}
    base.update(fields)
    return base


BAD_LINES = {
    "not json": lambda w: b'{"change_id": "x", \n',
    "not utf-8": lambda w: b"\xff\xfe\xfd\n",
    "an array": lambda w: b"[1, 2, 3]\n",
    "unknown table": lambda w: jsonl([_record(w, table="no_such_table")]),
    "internal table": lambda w: jsonl([_record(w, table="meta", field="value", value='"x"')]),
    "unknown field": lambda w: jsonl([_record(w, field="no_such_field")]),
    "unknown field in a row": lambda w: jsonl([_record(w, field="*", base=None, value='{"evil": 1}')]),
    "wrong type": lambda w: jsonl([_record(w, field="opened_on", value='"not a date"')]),
    "missing change_id": lambda w: jsonl([{k: v for k, v in _record(w).items() if k != "change_id"}]),
    "another node's clock": lambda w: jsonl([_record(w, hlc=hlc(_now_ms(), "ffffffffffffffff"))]),
    "bad clock": lambda w: jsonl([_record(w, hlc="yesterday")]),
    "unknown kind": lambda w: jsonl([_record(w, kind="delete")]),
}


@pytest.mark.parametrize("case", list(BAD_LINES))
def test_change_record_that_does_not_fit_refuses_the_whole_package(world, recv, p2_members, tmp_path, case):
    """A bad line after thousands of good ones: nothing of the package is applied."""
    good = get(p2_members, CHANGES)
    number = good.count(b"\n") + 1
    package = write_members(tmp_path / "bad.opsync", with_changes(p2_members, world.key, good + BAD_LINES[case](world)))
    err = refused(recv, package, PackageCorruptError)
    assert f"line {number}" in str(err) and err.params["line"] == number


def _dangling_store(world: World, members: Members, tmp_path: Path) -> Path:
    """A new store, every field well-formed, in a region that exists nowhere (a foreign key at commit)."""
    template = [r for r in change_lines(members) if r["row"] == world.store_id and r["table"] == "store"]
    row, stamp = str(uuid.uuid4()), hlc(_now_ms(), world.node)
    records = []
    for r in template:
        r = dict(r, change_id=str(uuid.uuid4()), row=row, hlc=stamp)
        if r["field"] == "region_id":
            r["value"] = json.dumps(str(uuid.uuid4()))
        if r["field"] == "code":
            r["value"] = '"GHOST"'
        records.append(r)
    assert any(r["field"] == "region_id" for r in records)
    changes = get(members, CHANGES) + jsonl(records)
    return write_members(tmp_path / "dangling.opsync", with_changes(members, world.key, changes))


def test_record_breaking_a_foreign_key_leaves_the_database_unchanged(world, recv, p2_members, tmp_path):
    package = _dangling_store(world, p2_members, tmp_path)
    before = state(recv)
    db = Database.open(recv)
    try:
        with pytest.raises(PackageCorruptError):
            sync.import_package(acting(db), package)
    finally:
        db.close()
    after = state(recv)
    assert after.dump == before.dump and after.file_sha == before.file_sha and after.wal_sha is None
    # (The photo was copied into the store before the transaction; it is content-addressed and harmless.)


def test_record_breaking_a_foreign_key_is_a_sync_error(world, recv, p2_members, tmp_path):
    package = _dangling_store(world, p2_members, tmp_path)
    db = Database.open(recv)
    try:
        with pytest.raises(SyncError):
            sync.import_package(acting(db), package)
    finally:
        db.close()


# ---------------------------------------------------------------- importing twice changes nothing


def test_reimport_and_overlapping_package_change_nothing(world, recv):
    first = _import(recv, world.p2)
    assert first.applied > 0 and not first.already_imported
    after_first = state(recv)

    again = _import(recv, world.p2)
    assert again.already_imported
    after_again = state(recv)
    assert after_again.dump == after_first.dump and after_again.file_sha == after_first.file_sha
    assert after_again.photos == after_first.photos

    # The same changes under another package id: recorded in the ledger and the audit log, nothing else.
    overlap = _import(recv, world.p2_again)
    assert not overlap.already_imported and overlap.applied == 0 and overlap.conflicts == 0
    assert overlap.known == overlap.changes > 0
    after_overlap = state(recv)
    bookkeeping = ("import_ledger", "audit_entry")
    assert [x for t, x in tables_of(after_overlap.dump) if t not in bookkeeping] == \
        [x for t, x in tables_of(after_first.dump) if t not in bookkeeping]
    added = set(tables_of(after_overlap.dump)) - set(tables_of(after_first.dump))
    assert len(added) == 2 and all(t in bookkeeping for t, _x in added)
    assert any(str(overlap.package_id) in x for _t, x in added)


# ---------------------------------------------------------------- the command line


def _cli(*args: str | Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-m", "opsdesk.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=120)


def _assert_one_line_error(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode != 0, proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def test_cli_import_success_then_reimport(world, recv):
    proc = _cli(*world.as_hq, "sync", "import", "--db", recv, world.p2)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    (line,) = proc.stdout.splitlines()
    assert line.startswith("imported ") and world.node in line and "applied" in line
    assert _store_name(recv, world.store_id) == "新店"
    before = state(recv)
    proc = _cli(*world.as_hq, "sync", "import", "--db", recv, world.p2)
    assert proc.returncode == 0 and "imported before" in proc.stdout
    assert state(recv).dump == before.dump


def test_cli_damaged_packages_fail_with_one_line(world, recv, p2_members, tmp_path):
    cut = tmp_path / "cut.opsync"
    cut.write_bytes(world.p2.read_bytes()[:5000])
    manifest = manifest_of(p2_members)
    manifest["from_name"] = "someone else"
    unsigned = write_members(tmp_path / "unsigned.opsync", put(p2_members, MANIFEST, manifest_bytes(manifest)))
    tampered = write_members(tmp_path / "tampered.opsync", resign(put(
        p2_members, CHANGES, get(p2_members, CHANGES).replace("新店".encode(), "旧店".encode())), world.key))
    before = state(recv)
    for package, extra, words in ((cut, (), "cut.opsync"), (unsigned, (), "signature"),
                                  (tampered, (), CHANGES), (world.p2, ("--max-size", "1000"), "1000"),
                                  (tmp_path / "nowhere.opsync", (), "nowhere.opsync")):
        line = _assert_one_line_error(_cli(*world.as_hq, "sync", "import", "--db", recv, *extra, package))
        assert words in line, line
        assert_same(before, state(recv))


def test_cli_unknown_node_needs_trust(world, tmp_path):
    blank = _copy_workspace(world.blank, tmp_path / "blank.sqlite")
    before = state(blank)
    line = _assert_one_line_error(_cli("sync", "import", "--db", blank, world.p2))
    assert world.node in line and fingerprint(world.public_key) in line
    assert_same(before, state(blank))
    proc = _cli("sync", "import", "--db", blank, "--trust", world.p2)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("imported ") and _store_name(blank, world.store_id) == "新店"


@pytest.mark.parametrize("damage", ["invalid deflate", "dangling foreign key"])
def test_cli_other_failures_fail_with_one_line(world, recv, p2_members, tmp_path, damage):
    package = (_invalid_deflate(world, tmp_path) if damage == "invalid deflate"
               else _dangling_store(world, p2_members, tmp_path))
    line = _assert_one_line_error(_cli(*world.as_hq, "sync", "import", "--db", recv, package))
    assert "password" not in line and "--user" not in line, line  # refused for the package, not the person
