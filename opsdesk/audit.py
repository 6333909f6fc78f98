"""Hash chain of the audit log: each entry's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from opsdesk.models.audit import AuditEntry

GENESIS = "0" * 64


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
    entries: int
    first_broken: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain in order; report the first entry whose link or content does not hold."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000))
    for entry in rows.scalars():
        count += 1
        if entry.seq != expected_seq:
            return ChainReport(count, entry.seq, f"entry {expected_seq} is missing")
        if entry.prev_hash != prev:
            return ChainReport(count, entry.seq, "link to the previous entry is broken")
        if hash_of(entry) != entry.hash:
            return ChainReport(count, entry.seq, "content does not match its hash")
        prev = entry.hash
        expected_seq += 1
    return ChainReport(count)
