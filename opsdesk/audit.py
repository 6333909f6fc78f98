"""Hash chain of the audit log: each entry's hash covers its content and the previous hash.

The chain proves that no entry in the middle was changed or removed. On its own it cannot show
that the last entries were removed, that all of them were, or that the chain was rewritten from
some entry on with consistent hashes. So the head of the chain (last seq and hash) is also kept
OUTSIDE the workspace file: one small JSON "anchor" per workspace node in the user's data folder
(see :func:`opsdesk.paths.anchor_dir`), written after every commit that appended entries
(``opsdesk.sync.capture``), and carried in every sync package so peers can compare it too.
:func:`compare_anchor` says what the chain and the anchor disagree about.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from opsdesk.models.audit import AuditEntry

GENESIS = "0" * 64
ANCHOR_FORMAT = 1
MAX_BREAKS = 20
_HASH_RE = re.compile(r"[0-9a-f]{64}")
_NODE_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")
_log = logging.getLogger(__name__)


def entry_hash(
    *,
    seq: int,
    at: datetime,
    actor_id: str | None,
    node_id: str,
    action: str,
    table_name: str,
    row_id: str,
    before: str | None,
    after: str | None,
    prev_hash: str,
) -> str:
    payload = {
        "seq": seq,
        "at": at.isoformat(),
        "actor": actor_id,
        "node": node_id,
        "action": action,
        "table": table_name,
        "row": row_id,
        "before": before,
        "after": after,
        "prev": prev_hash,
    }
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(data).hexdigest()


def hash_of(entry: AuditEntry) -> str:
    return entry_hash(
        seq=entry.seq,
        at=entry.at,
        actor_id=entry.actor_id,
        node_id=entry.node_id,
        action=entry.action,
        table_name=entry.table_name,
        row_id=entry.row_id,
        before=entry.before,
        after=entry.after,
        prev_hash=entry.prev_hash,
    )


@dataclass(frozen=True)
class ChainReport:
    entries: int  # rows in the chain (all of them, also after a break)
    first_broken: int | None = None
    reason: str = ""
    last_seq: int = 0  # the highest seq present (0: no entries)
    last_hash: str = GENESIS  # the stored hash of that entry
    hash_at: str | None = None  # the stored hash of the entry ``verify_chain(at_seq=...)`` asked for

    @property
    def ok(self) -> bool:
        return self.first_broken is None


# Columns read without type processing: a damaged value must become a named problem, not an exception.
_TEXT_REQUIRED = ("node_id", "action", "table_name", "row_id", "prev_hash", "hash")
_TEXT_OPTIONAL = ("actor_id", "before", "after")
_COLUMNS = ("seq", "at", *_TEXT_REQUIRED, *_TEXT_OPTIONAL)


def _decoded(raw: dict[str, Any], parse_at: Any) -> tuple[dict[str, Any] | None, str]:  # noqa: ANN401
    """The entry's fields as the ORM would load them, or (None, what is unreadable)."""
    at = raw["at"]
    if isinstance(at, str):
        try:
            at = parse_at(at) if parse_at else datetime.fromisoformat(at)
        except (ValueError, TypeError):
            at = None
    if not isinstance(at, datetime):
        return None, f"unreadable at (not a date: {raw['at']!r:.40})"
    for name in _TEXT_REQUIRED:
        if not isinstance(raw[name], str):
            return None, f"unreadable {name} ({type(raw[name]).__name__} instead of text)"
    for name in _TEXT_OPTIONAL:
        if raw[name] is not None and not isinstance(raw[name], str):
            return None, f"unreadable {name} ({type(raw[name]).__name__} instead of text)"
    fields = {k: raw[k] for k in _COLUMNS if k != "hash"}
    fields["at"] = at
    return fields, ""


def verify_chain(session: Session, *, at_seq: int | None = None) -> ChainReport:
    """Walk the chain in order; report the first entry whose link or content does not hold.

    Rows are read raw and decoded one by one, so a damaged entry (a non-date ``at``, a blob
    or number where text belongs, a NULL hash) is named as that entry, never raised. The walk
    goes on after the first break to count the entries and find the last one, and the stored
    hash of entry ``at_seq`` (for the comparison with the anchor).
    """
    table = AuditEntry.__table__
    dialect = session.get_bind().dialect
    parse_at = DateTime().result_processor(dialect, None)
    query = select(*(type_coerce(table.c[name], NullType()).label(name) for name in _COLUMNS)).order_by(table.c.seq)
    prev: str | None = GENESIS
    expected_seq = 1
    count = 0
    first: int | None = None
    reason = ""
    last_seq, last_hash, hash_at = 0, GENESIS, None
    for row in session.execute(query.execution_options(yield_per=2000)):
        raw = dict(row._mapping)
        seq = raw["seq"]
        count += 1
        stored = raw["hash"] if isinstance(raw["hash"], str) else None
        if isinstance(seq, int):
            last_seq, last_hash = seq, stored or ""
            if seq == at_seq:
                hash_at = stored or ""
        if first is not None:
            continue
        if not isinstance(seq, int):
            first, reason = expected_seq, f"unreadable seq {seq!r:.40}"
            continue
        if seq != expected_seq:
            first, reason = seq, f"entry {expected_seq} is missing"
            continue
        fields, problem = _decoded(raw, parse_at)
        if fields is None:
            first, reason = seq, problem
            continue
        if fields["prev_hash"] != prev:
            first, reason = seq, "link to the previous entry is broken"
            continue
        try:
            computed = entry_hash(**fields)
        except (TypeError, ValueError) as exc:  # a value json cannot encode
            first, reason = seq, f"unreadable content ({exc})"
            continue
        if computed != stored:
            first, reason = seq, "content does not match its hash"
            continue
        prev = stored
        expected_seq += 1
    return ChainReport(count, first, reason, last_seq, last_hash, hash_at)


# ---------------------------------------------------------------- the anchor outside the workspace


@dataclass(frozen=True)
class Anchor:
    """The head of a workspace's chain as OpsDesk on this computer last committed it."""

    node_id: str
    seq: int
    hash: str
    updated_at: str = ""
    # What OpsDesk found when it saved while the chain no longer continued from this anchor
    # (kept, so a later save does not wipe the evidence): {"detected_at", "seq", "message"}.
    breaks: tuple[dict[str, Any], ...] = field(default_factory=tuple)


class AnchorUnreadable(Exception):
    """The anchor file exists but cannot be read or parsed."""


def anchor_path(node_id: str, folder: Path | None = None) -> Path:
    from opsdesk import paths

    if not _NODE_RE.fullmatch(node_id or ""):
        raise ValueError(f"invalid node id {node_id!r}")
    return (folder or paths.anchor_dir()) / f"{node_id}.json"


def read_anchor(node_id: str, folder: Path | None = None) -> Anchor | None:
    """The anchor of ``node_id`` on this computer; None when there is none; AnchorUnreadable when damaged."""
    path = anchor_path(node_id, folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise AnchorUnreadable(f"{path}: {exc}") from None
    if not isinstance(data, dict):
        raise AnchorUnreadable(f"{path}: not a JSON object")
    seq, hash_, node = data.get("seq"), data.get("hash"), data.get("node_id")
    if (not isinstance(seq, int) or isinstance(seq, bool) or seq < 0 or not isinstance(hash_, str)
            or not _HASH_RE.fullmatch(hash_) or node != node_id):
        raise AnchorUnreadable(f"{path}: missing or invalid node_id, seq or hash")
    breaks = data.get("breaks")
    breaks = tuple(b for b in breaks if isinstance(b, dict)) if isinstance(breaks, list) else ()
    return Anchor(node_id, seq, hash_, str(data.get("updated_at", "")), breaks)


def write_anchor(node_id: str, seq: int, hash_: str, *, new_breaks: list[dict[str, Any]] | None = None,
                 folder: Path | None = None) -> Path:
    """Record the chain head of ``node_id`` atomically (temporary file + os.replace).

    The head never moves backwards here: a file already holding a later seq (another process on
    the same workspace committed after us and wrote first) is left as it is, unless this save
    found a break, which resets the anchor to the chain as it now is and records the break.
    """
    from opsdesk.ids import utcnow

    path = anchor_path(node_id, folder)
    try:
        old = read_anchor(node_id, folder)
    except AnchorUnreadable:
        old = None
    if old is not None and old.seq > seq and not new_breaks:
        return path
    breaks = [*(old.breaks if old else ()), *(new_breaks or ())][-MAX_BREAKS:]
    data = {"format": ANCHOR_FORMAT, "node_id": node_id, "seq": seq, "hash": hash_,
            "updated_at": utcnow().isoformat(timespec="seconds") + "Z", "breaks": breaks}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


@dataclass(frozen=True)
class AnchorFinding:
    seq: int  # the first entry concerned
    message: str


def compare_anchor(report: ChainReport, anchor: Anchor) -> list[AnchorFinding]:
    """What the chain in the file and this computer's anchor disagree about (empty: they agree)."""
    found = [AnchorFinding(int(b.get("seq") or 0), f"on {b.get('detected_at', '?')} OpsDesk found: {b.get('message', '?')}")
             for b in anchor.breaks]
    if anchor.seq == 0:
        pass
    elif report.entries == 0:
        found.append(AnchorFinding(1, f"all entries were deleted (this computer recorded {anchor.seq} entries)"))
    elif report.last_seq < anchor.seq:
        found.append(AnchorFinding(report.last_seq + 1, f"the last {anchor.seq - report.last_seq} entries were deleted "
                                   f"(the chain ends at entry {report.last_seq}, this computer recorded entry "
                                   f"{anchor.seq})"))
    elif report.hash_at is None:
        found.append(AnchorFinding(anchor.seq, f"entry {anchor.seq}, the last one this computer recorded, is missing"))
    elif report.hash_at != anchor.hash:
        found.append(AnchorFinding(anchor.seq, f"the chain was rewritten at or before entry {anchor.seq} (its hash is "
                                   "not the one this computer recorded)"))
    if anchor.seq < report.last_seq and report.entries:
        found.append(AnchorFinding(anchor.seq + 1, f"entries {anchor.seq + 1} to {report.last_seq} were added after the "
                                   "last entry OpsDesk on this computer recorded: written outside OpsDesk (forged), or "
                                   "by OpsDesk on another computer"))
    return found


def continuity_break(session: Session, anchor: Anchor, last_seq: int, last_hash: str) -> str | None:
    """Before appending: does the chain in the file still hold the anchor's head? (None: yes).

    Only deletions and rewrites are named here; entries appended after the anchor are not (a
    concurrent save by another process on the same workspace looks the same for a moment)."""
    if anchor.seq == 0 or (anchor.seq == last_seq and anchor.hash == last_hash):
        return None
    if last_seq < anchor.seq:
        if last_seq == 0:
            return f"all entries were deleted (this computer recorded {anchor.seq} entries)"
        return (f"the last {anchor.seq - last_seq} entries were deleted (the chain ended at entry {last_seq}, "
                f"this computer recorded entry {anchor.seq})")
    stored = last_hash if anchor.seq == last_seq else session.scalar(
        select(type_coerce(AuditEntry.__table__.c.hash, NullType())).where(AuditEntry.__table__.c.seq == anchor.seq))
    if stored != anchor.hash:
        return f"the chain was rewritten at or before entry {anchor.seq}"
    return None


def safe_write_anchor(node_id: str, seq: int, hash_: str, new_breaks: list[dict[str, Any]] | None = None) -> None:
    """write_anchor for the commit hook: a save that succeeded must not fail on the anchor."""
    try:
        write_anchor(node_id, seq, hash_, new_breaks=new_breaks)
    except (OSError, ValueError) as exc:
        _log.warning("could not write the audit anchor of %s: %s", node_id, exc)
