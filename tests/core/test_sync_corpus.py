"""A corpus of damaged sync packages, all made by this test from one good package: every one must be
refused with a SyncError, and the receiving workspace must not change at all over the whole corpus
(logical dump after each package; dump, file bytes and WAL after closing). Then the good package
still imports.

The corpus mixes named damage kinds (truncations, members dropped, added, renamed or with paths,
manifest fields changed with and without re-signing, bad change lines re-signed, zip bombs, a clock
ahead, a newer schema, zip features the reader does not support...) with random byte flips in each
region of the zip (end record, central directory, local headers, each member's data), drawn from a
seeded RNG: set OPSDESK_CORPUS_SEED to repeat a run. A random flip that leaves every member's name
and bytes as they were (a date, an attribute) is no damage: it is drawn again."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import random
import shutil
import struct
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from engine_helpers import RawConnection, write_jpeg
from sync_helpers import (
    CHANGES,
    MANIFEST,
    SIGNATURE,
    Members,
    change_lines,
    dump,
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
    with_changes,
    write_members,
)

from opsdesk.db import Database
from opsdesk.errors import SyncError
from opsdesk.services import attachments, org, sync, workspace
from opsdesk.services.context import AppContext

HOUR_MS = 3_600_000
BOMB = 24 * 1024 * 1024
LIMIT = 8 * 1024 * 1024
FLIPS_PER_REGION = 2
MIN_CORPUS = 30
# The receiver is also a head office on PostgreSQL (tests/core/conftest.py): the damage found while the records
# are applied (bad change lines, a clock ahead, a newer schema) must roll back the server's one transaction too.
BACKENDS = ("sqlite", "pg")


@dataclass
class Corpus:
    """The damaged packages, each under the name of its damage kind."""

    folder: Path
    packages: list[tuple[str, Path, dict[str, Any]]] = field(default_factory=list)

    def add(self, kind: str, data: bytes | Members, **import_kw: Any) -> None:
        assert kind not in {k for k, _p, _kw in self.packages}, kind
        path = self.folder / f"{len(self.packages):03d}.opsync"
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            write_members(path, data)
        self.packages.append((kind, path, import_kw))


@dataclass(frozen=True)
class Good:
    sender: Path
    receiver: Path  # closed; knows and trusts the sender (imported its first package)
    package: Path  # the good package, not imported anywhere yet: a new store with a photo
    key: Ed25519PrivateKey
    node: str
    store_id: str
    store_name_hlc: str
    photo_sha: str
    first: Path | None = None  # the sender's first package, which the receiver imported (and trusts it by)


def _now_ms() -> int:
    import time

    return int(time.time() * 1000)


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Good:
    base = tmp_path_factory.mktemp("sync_corpus")
    sender = base / "sender.sqlite"
    db = Database.open(sender)
    try:
        ctx = AppContext(db)
        east = org.save_region(ctx, "East", "EAST")
        area = org.save_region(ctx, "Shanghai", "SH", parent_id=east.id)
        org.create_store(ctx, org.StoreInput(code="C001", name="一号店", region_id=area.id, opened_on=date(2020, 1, 1)))
        first = sync.export_package(ctx, base / "first.opsync", full=True).path
        store = org.create_store(ctx, org.StoreInput(code="C002", name="新店", region_id=area.id,
                                                      opened_on=date(2021, 1, 1)))
        photo = attachments.attach_photo(ctx, write_jpeg(base / "photo.jpg"), "store", store.id)
        package = sync.export_package(ctx, base / "good.opsync", full=True, format_version=1).path  # a record a line
        node = db.node.node_id
    finally:
        db.close()
    receiver = base / "receiver.sqlite"
    db = Database.open(receiver)
    try:
        workspace.prepare(AppContext(db))
        assert sync.import_package(AppContext(db), first, trust=True).applied > 0
    finally:
        db.close()
    members = read_members(package)
    name_hlc = next(r["hlc"] for r in change_lines(members) if r["row"] == store.id and r["field"] == "name")
    assert f"attachments/{photo.id}" in manifest_of(members)["members"]
    return Good(sender, receiver, package, node_key(sender), node, store.id, name_hlc, photo.id, first)


def _server_receiver(g: Good, pg_templates: Any, files_dir: Path) -> str:  # noqa: ANN401
    """The receiver as a head office on PostgreSQL: a new server workspace that imported the sender's first
    package, as ``good`` made the file one."""
    url = pg_templates.copy(files_dir)
    db = Database.open(url, files_dir=files_dir)
    try:
        workspace.prepare(AppContext(db))
        assert sync.import_package(AppContext(db), g.first, trust=True).applied > 0
    finally:
        db.close()
    return url


# ---------------------------------------------------------------- the zip's layout


@dataclass(frozen=True)
class Layout:
    eocd: tuple[int, int]
    central: tuple[int, int]
    central_entries: dict[str, int]  # member name -> offset of its central directory entry
    local_headers: dict[str, tuple[int, int]]  # member name -> [header, data start)
    data: dict[str, tuple[int, int]]  # member name -> [data start, data end)


def layout(data: bytes) -> Layout:
    eocd = data.rfind(b"PK\x05\x06")
    assert eocd == len(data) - 22, "the writer adds no comment"
    cd_size, cd_offset = struct.unpack("<II", data[eocd + 12: eocd + 20])
    entries: dict[str, int] = {}
    pos = cd_offset
    while data[pos: pos + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack("<HHH", data[pos + 28: pos + 34])
        entries[data[pos + 46: pos + 46 + name_len].decode()] = pos
        pos += 46 + name_len + extra_len + comment_len
    assert pos == cd_offset + cd_size == eocd
    local, spans = {}, {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26: info.header_offset + 30])
            start = info.header_offset + 30 + name_len + extra_len
            local[info.filename] = (info.header_offset, start)
            spans[info.filename] = (start, start + info.compress_size)
    assert set(local) == set(entries)
    return Layout((eocd, len(data)), (cd_offset, eocd), entries, local, spans)


def content(data: bytes) -> list[tuple[str, bytes]] | None:
    """Every member's name and bytes as a plain zip reader sees them; None when it cannot."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return [(info.filename, zf.read(info)) for info in zf.infolist()]
    except Exception:  # noqa: BLE001 - any failure to read is damage
        return None


def flipped(rng: random.Random, data: bytes, span: tuple[int, int], original: list[tuple[str, bytes]]) -> bytes:
    """1-3 bytes of ``span`` XOR-ed with random values, drawn until a plain reader sees a difference."""
    start, end = span
    assert end > start
    for _ in range(200):
        damaged = bytearray(data)
        for _ in range(rng.choice((1, 1, 2, 3))):
            damaged[rng.randrange(start, end)] ^= rng.randrange(1, 256)
        if content(bytes(damaged)) != original:
            return bytes(damaged)
    raise AssertionError(f"no damaging flip found in {span}")


def patched(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


# ---------------------------------------------------------------- the corpus


def _record(g: Good, **fields: Any) -> dict[str, Any]:
    base = {"change_id": str(uuid.uuid4()), "node": g.node, "hlc": hlc(_now_ms(), g.node), "table": "store",
            "row": g.store_id, "field": "phone", "value": '"021-1234"', "base": g.store_name_hlc, "kind": None}
    base.update(fields)
    return base


def _manifest_edit(key: str, value: Any) -> Callable[[dict], None]:
    def edit(m: dict) -> None:
        if value is _DELETE:
            del m[key]
        else:
            m[key] = value

    return edit


_DELETE = object()


def build_corpus(g: Good, folder: Path, rng: random.Random) -> Corpus:
    corpus = Corpus(folder)
    data = g.package.read_bytes()
    members = read_members(g.package)
    original = content(data)
    assert original == members
    lay = layout(data)
    photo = f"attachments/{g.photo_sha}"
    changes = get(members, CHANGES)
    key = g.key

    # -- not a zip / truncated at several offsets (fixed and drawn)
    corpus.add("empty file", b"")
    corpus.add("random bytes", rng.randbytes(2048))
    corpus.add("zip magic only", b"PK\x03\x04" + bytes(200))
    cuts = {1, 22, 100, len(data) // 4, len(data) // 2, lay.central[0], lay.central[0] + 10, lay.eocd[0],
            len(data) - 1}
    cuts |= {rng.randrange(1, len(data)) for _ in range(3)}
    for cut in sorted(cuts):
        corpus.add(f"truncated to {cut} of {len(data)} bytes", data[:cut])
    corpus.add("trailing garbage in place of the end record", data[:lay.eocd[0]] + rng.randbytes(22))

    # -- random byte flips in every region
    regions: dict[str, tuple[int, int]] = {"end record": lay.eocd, "central directory": lay.central}
    for name, span in lay.local_headers.items():
        regions[f"local header of {name[:20]}"] = span
    for name, span in lay.data.items():
        regions[f"data of {name[:20]}"] = span
    for region, span in regions.items():
        for n in range(FLIPS_PER_REGION):
            corpus.add(f"bytes flipped in the {region} #{n}", flipped(rng, data, span, original))

    # -- the central directory saying what the reader cannot or must not do
    changes_cd = lay.central_entries[CHANGES]
    manifest_cd = lay.central_entries[MANIFEST]
    corpus.add("central directory: changes marked encrypted", patched(data, changes_cd + 8, "<H", 0x0001))
    corpus.add("central directory: manifest marked encrypted", patched(data, manifest_cd + 8, "<H", 0x0001))
    corpus.add("central directory: compressed patched data flag", patched(data, changes_cd + 8, "<H", 0x0020))
    corpus.add("central directory: unknown compression method", patched(data, manifest_cd + 10, "<H", 99))
    corpus.add("central directory: photo compressed with 'shrink'", patched(data, lay.central_entries[photo] + 10,
                                                                            "<H", 1))
    lzma = bytearray(patched(data, changes_cd + 10, "<H", 14))
    start = lay.data[CHANGES][0]
    lzma[start: start + 9] = b"\x09\x14\x05\x00\xff\x00\x00\x10\x00"  # LZMA header with invalid properties
    corpus.add("central directory: changes as LZMA with bad properties", bytes(lzma))
    corpus.add("central directory: needs zip version 9.9", patched(data, changes_cd + 6, "<H", 99))
    corpus.add("central directory: wrong CRC", patched(data, changes_cd + 16, "<I", 0x12345678))
    corpus.add("central directory: wrong header offset", patched(data, manifest_cd + 42, "<I", 7))
    corpus.add("end record: wrong central directory offset", patched(data, lay.eocd[0] + 16, "<I",
                                                                      lay.central[0] - 3))

    # -- members dropped, added, renamed, with paths
    corpus.add("photo dropped (manifest re-signed)", resign([(n, d) for n, d in members if n != photo], key))
    corpus.add("photo dropped, manifest too (not re-signed)",
               put([(n, d) for n, d in members if n != photo], MANIFEST, manifest_bytes(
                   {**manifest_of(members), "members": {k: v for k, v in manifest_of(members)["members"].items()
                                                        if k != photo}})))
    corpus.add("change list dropped, manifest too (re-signed)", resign(
        [(n, d) for n, d in members if n != CHANGES], key,
        lambda m: m["members"].pop(CHANGES)))
    corpus.add("manifest dropped", [(n, d) for n, d in members if n != MANIFEST])
    corpus.add("signature dropped", [(n, d) for n, d in members if n != SIGNATURE])
    extra = b"a photo nobody signed for"
    corpus.add("member added, not listed", resign(members + [("attachments/" + hashlib.sha256(extra).hexdigest(),
                                                              extra)], key))
    corpus.add("change list twice", members + [(CHANGES, changes.replace("新店".encode(), b"X"))])
    other_sha = hashlib.sha256(b"other").hexdigest()
    corpus.add("photo renamed, manifest unchanged", resign(
        [(f"attachments/{other_sha}" if n == photo else n, d) for n, d in members], key))

    def rename_listed(m: dict) -> None:
        m["members"][f"attachments/{other_sha}"] = m["members"].pop(photo)

    corpus.add("photo renamed, manifest re-signed", resign(
        [(f"attachments/{other_sha}" if n == photo else n, d) for n, d in members], key, rename_listed))
    corpus.add("change list renamed", [("changes.json" if n == CHANGES else n, d) for n, d in members])
    for evil in ("../evil", "attachments/../../x", "/tmp/evil", "C:/evil", "attachments\\..\\x"):
        def list_evil(m: dict, evil: str = evil) -> None:
            m["members"][evil] = member_entry(b"evil")

        corpus.add(f"path member {evil!r} (listed, re-signed)", resign(members + [(evil, b"evil")], key, list_evil))

    # -- the manifest changed without re-signing, or signed wrongly
    m = manifest_of(members)
    corpus.add("manifest from_name changed, not re-signed", put(members, MANIFEST, manifest_bytes(
        {**m, "from_name": "Head office (really)"})))
    corpus.add("manifest counts changed, not re-signed", put(members, MANIFEST, manifest_bytes(
        {**m, "counts": {**m["counts"], "changes": m["counts"]["changes"] + 1}})))
    corpus.add("manifest reformatted, not re-signed", put(members, MANIFEST, json.dumps(m, sort_keys=True).encode()))
    corpus.add("manifest signed by another key", resign(members, Ed25519PrivateKey.generate()))
    corpus.add("signature empty", put(members, SIGNATURE, b""))
    corpus.add("signature garbage", put(members, SIGNATURE, b"not base64 !!!\n"))
    sig = get(members, SIGNATURE)
    corpus.add("signature one byte off", put(members, SIGNATURE, base64.b64encode(
        bytes([base64.b64decode(sig)[0] ^ 1]) + base64.b64decode(sig)[1:]) + b"\n"))
    stranger = Ed25519PrivateKey.generate()
    raw = stranger.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    corpus.add("impostor key claiming the sender's node id", resign(
        members, stranger, _manifest_edit("public_key", base64.b64encode(raw).decode())))

    def new_node(m: dict) -> None:
        from opsdesk.sync.package import node_id_for

        m["public_key"] = base64.b64encode(raw).decode()
        m["from_node"] = node_id_for(m["public_key"])

    corpus.add("unknown node (its own valid key)", resign(members, stranger, new_node))

    # -- the manifest's fields wrong, re-signed with the sender's real key
    resigned_edits: dict[str, Callable[[dict], None]] = {
        "format not ours": _manifest_edit("format", "zip-of-things"),
        "format version as text": _manifest_edit("format_version", "1"),
        "format version 2": _manifest_edit("format_version", 2),
        "schema revision from the future": _manifest_edit("schema_revision", "9999_future"),
        "schema revision empty": _manifest_edit("schema_revision", ""),
        "package id missing": _manifest_edit("package_id", _DELETE),
        "package id a number": _manifest_edit("package_id", 42),
        "from_node changed": _manifest_edit("from_node", "0123456789abcdef"),
        "public key garbage": _manifest_edit("public_key", "@@@"),
        "created not a time": _manifest_edit("created", "yesterday"),
        "created_hlc not a clock": _manifest_edit("created_hlc", "soon"),
        "created_hlc 25 hours ahead": _manifest_edit("created_hlc", hlc(_now_ms() + 25 * HOUR_MS, g.node)),
        "members not an object": _manifest_edit("members", [CHANGES]),
        "member entry without a hash": lambda m: m["members"][CHANGES].pop("sha256"),
        "member size one byte short": lambda m: m["members"][CHANGES].update(size=m["members"][CHANGES]["size"] - 1),
        "member hash of other bytes": lambda m: m["members"][photo].update(sha256=hashlib.sha256(b"x").hexdigest()),
        "manifest lists the signature": lambda m: m["members"].update({SIGNATURE: member_entry(b"")}),
        "manifest lists a missing photo": lambda m: m["members"].update({f"attachments/{other_sha}":
                                                                         member_entry(b"other")}),
    }
    for kind, edit in resigned_edits.items():
        corpus.add(f"manifest {kind} (re-signed)", resign(members, key, edit))
    for kind, raw_manifest in (("not JSON", b'{"format": "opsdesk-sync", '), ("a JSON array", b"[1, 2, 3]"),
                               ("not UTF-8", b"\xff\xfe{}")):
        corpus.add(f"manifest {kind} (re-signed)", put(put(members, MANIFEST, raw_manifest), SIGNATURE,
                                                      base64.b64encode(key.sign(raw_manifest)) + b"\n"))

    # -- the change list changed: hash kept, or bad lines with an honest hash and a good signature
    corpus.add("change list edited, manifest hash kept (re-signed)", resign(
        put(members, CHANGES, changes.replace("新店".encode(), "旧店".encode())), key))
    corpus.add("change list truncated, manifest hash kept (re-signed)", resign(put(members, CHANGES, changes[:-50]),
                                                                               key))
    bad_lines = {
        "not JSON": b'{"change_id": "x", \n',
        "not UTF-8": b"\xff\xfe\xfd\n",
        "an array": b"[1, 2, 3]\n",
        "a string": b'"store"\n',
        "unknown table": jsonl([_record(g, table="no_such_table")]),
        "internal table": jsonl([_record(g, table="meta", field="value", value='"x"')]),
        "unknown field": jsonl([_record(g, field="no_such_field")]),
        "wrong type": jsonl([_record(g, field="opened_on", value='"not a date"')]),
        "missing change_id": jsonl([{k: v for k, v in _record(g).items() if k != "change_id"}]),
        "another node's clock": jsonl([_record(g, hlc=hlc(_now_ms(), "ffffffffffffffff"))]),
        "bad clock": jsonl([_record(g, hlc="yesterday")]),
        "unknown kind": jsonl([_record(g, kind="delete")]),
        "value not JSON text": jsonl([_record(g, value=5)]),
        "clock 25 hours ahead": jsonl([_record(g, hlc=hlc(_now_ms() + 25 * HOUR_MS, g.node), field="name",
                                               value='"未来店"')]),
    }
    lines = changes.splitlines(keepends=True)
    for kind, line in bad_lines.items():
        at = rng.randrange(len(lines) + 1)  # anywhere in the list, first to last
        corpus.add(f"change line {kind} at line {at + 1} (re-signed)",
                   with_changes(members, key, b"".join(lines[:at]) + line + b"".join(lines[at:])))

    # -- records that verify but refer to nothing: refused by a foreign key at the commit
    template = [r for r in change_lines(members) if r["row"] == g.store_id and r["table"] == "store"]
    ghost, stamp = str(uuid.uuid4()), hlc(_now_ms(), g.node)
    records = []
    for r in template:
        r = dict(r, change_id=str(uuid.uuid4()), row=ghost, hlc=stamp)
        if r["field"] == "region_id":
            r["value"] = json.dumps(str(uuid.uuid4()))
        if r["field"] == "code":
            r["value"] = '"GHOST"'
        records.append(r)
    assert any(r["field"] == "region_id" for r in records)
    corpus.add("a new store in a region that exists nowhere (re-signed)", with_changes(members, key,
                                                                                       changes + jsonl(records)))

    # -- zip bombs: a 24 MB photo of zeros in a zip of some kB, imported with an 8 MB limit
    zeros = bytes(BOMB)
    bomb_sha = hashlib.sha256(zeros).hexdigest()
    bomb_name = f"attachments/{bomb_sha}"

    def list_bomb(listed: int) -> Callable[[dict], None]:
        return lambda m: m["members"].update({bomb_name: {"sha256": bomb_sha, "size": listed}})

    corpus.add("zip bomb", resign(members + [(bomb_name, zeros)], key, list_bomb(BOMB)), max_bytes=LIMIT)
    for listed in (BOMB, 1000):
        path = folder / "bomb.tmp"
        write_members(path, resign(members + [(bomb_name, zeros)], key, list_bomb(listed)))
        bomb = path.read_bytes()
        bomb_lay = layout(bomb)
        local, central = bomb_lay.local_headers[bomb_name][0], bomb_lay.central_entries[bomb_name]
        bomb = patched(patched(bomb, local + 22, "<I", 1000), central + 24, "<I", 1000)  # sizes lie
        corpus.add(f"zip bomb lying about its size (manifest says {listed})", bomb, max_bytes=LIMIT)
        path.unlink()
    return corpus


# ---------------------------------------------------------------- the test


def _photos(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()} if folder.exists() else {}


def test_corpus_of_damaged_packages_is_refused_and_changes_nothing(good, tmp_path, backend, files_dir, request):  # noqa: ANN001
    seed = int(os.environ.get("OPSDESK_CORPUS_SEED", random.SystemRandom().randrange(1 << 30)))
    rng = random.Random(seed)
    folder = tmp_path / "corpus"
    folder.mkdir()
    corpus = build_corpus(good, folder, rng)
    kinds = [k for k, _p, _kw in corpus.packages]
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for _k, p, _kw in corpus.packages}
    assert len(corpus.packages) >= MIN_CORPUS and len(digests) == len(corpus.packages), kinds
    assert hashlib.sha256(good.package.read_bytes()).hexdigest() not in digests

    if backend == "pg":  # a URL: no file bytes nor WAL (state() leaves them empty), its photos in files_dir
        receiver, photo_folder = _server_receiver(good, request.getfixturevalue("pg_templates"), files_dir), files_dir
    else:
        receiver, photo_folder = tmp_path / "receiver.sqlite", tmp_path / "receiver.files"
        shutil.copyfile(good.receiver, receiver)
    before = state(receiver)
    photos_before = _photos(photo_folder)
    problems: list[str] = []
    refusals: list[str] = []
    db = Database.open(receiver, files_dir=files_dir)
    try:
        ctx = AppContext(db)
        for kind, package, import_kw in corpus.packages:
            try:
                result = sync.import_package(ctx, package, **import_kw)
            except SyncError as exc:
                refusals.append(f"{kind}: {type(exc).__name__}")
                if not str(exc).strip() or "\n" in str(exc):
                    problems.append(f"{kind}: the message is not one line: {str(exc)!r}")
            except Exception as exc:  # noqa: BLE001 - reported below, with the damage kind
                problems.append(f"{kind}: {type(exc).__name__} (not a SyncError): {exc}")
            else:
                problems.append(f"{kind}: ACCEPTED ({result})")
            if dump(receiver) != list(before.dump):
                problems.append(f"{kind}: the database changed")
                break  # every later comparison would fail as well
    finally:
        db.close()
    after = state(receiver)
    seen = f"seed {seed} (set OPSDESK_CORPUS_SEED to repeat); {len(corpus.packages)} packages"
    print(seen, *refusals, sep="\n  ")
    assert not problems, "\n".join([seen, *problems])
    assert after.dump == before.dump, seen
    assert after.file_sha == before.file_sha, f"{seen}: the database file's bytes changed"
    assert after.wal_sha is None, f"{seen}: a WAL was left behind"
    # The photo store may only have gained the good package's photo (content-addressed, verified,
    # copied before a refusal that comes when the records are applied), never anything else.
    photos_after = _photos(photo_folder)
    gained = {k: v for k, v in photos_after.items() if photos_before.get(k) != v}
    assert all(k.endswith(good.photo_sha) and v == good.photo_sha for k, v in gained.items()), (seen, gained)
    assert set(photos_before) <= set(photos_after), seen
    assert not [p for p in tmp_path.rglob("*") if p.name in ("evil", "x")], f"{seen}: a member was extracted"

    # The good package still imports into the receiver that refused them all.
    db = Database.open(receiver, files_dir=files_dir)
    try:
        result = sync.import_package(AppContext(db), good.package)
    finally:
        db.close()
    assert result.applied > 0 and not result.already_imported and result.attachments in (0, 1), result
    conn = RawConnection(receiver)
    try:
        assert tuple(conn.execute("SELECT name FROM store WHERE id = ?", (good.store_id,)).fetchone()) == ("新店",)
        if backend == "sqlite":
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert (photo_folder / good.photo_sha[:2] / good.photo_sha).is_file()
