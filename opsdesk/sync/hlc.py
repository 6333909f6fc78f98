"""Hybrid logical clock (HLC).

A timestamp is ``<wall ms:15>-<counter:6>-<node>``: fixed-width, so the string
order is the clock order, and the node id breaks ties between machines.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

from opsdesk.errors import ClockSkewError

MAX_FUTURE_MS = 24 * 3600 * 1000
MAX_LEAD_MS = 60 * 1000
_COUNTER_MAX = 999_999


@dataclass(frozen=True, order=True)
class HLC:
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}-{self.counter:06d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> "HLC":
        try:
            wall, counter, node = text.split("-", 2)
            digits = all(part.isascii() and part.isdigit() for part in (wall, counter))
            if len(wall) != 15 or len(counter) != 6 or not node or not digits:
                raise ValueError(text)
            return cls(int(wall), int(counter), node)
        except ValueError:
            raise ValueError(f"not an HLC timestamp: {text!r}") from None


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Thread-safe HLC for one node."""

    def __init__(self, node: str, last: str | None = None, wall: Callable[[], int] = _wall_ms, *,
                 own: str | None = None) -> None:
        self.node = node
        self._wall = wall
        self._lock = threading.Lock()
        self._ms = 0
        self._counter = 0
        if last:
            ts = HLC.parse(last)
            # The latest clock on file may be a peer's from the future: start at most MAX_LEAD_MS ahead.
            lead = wall() + MAX_LEAD_MS
            self._ms, self._counter = (ts.wall_ms, ts.counter) if ts.wall_ms <= lead else (lead, 0)
        if own:  # our own latest clock is never clamped: our edits stay in order
            mine = HLC.parse(own)
            if (mine.wall_ms, mine.counter) > (self._ms, self._counter):
                self._ms, self._counter = mine.wall_ms, mine.counter

    def now(self) -> str:
        """A new timestamp for a local event, later than every one seen."""
        with self._lock:
            wall = self._wall()
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._advance_counter()
            return str(HLC(self._ms, self._counter, self.node))

    def observe(self, remote: str) -> None:
        """Merge a timestamp received from another node.

        Refuses one more than 24 hours ahead of our wall clock: a laptop with
        a wrong date must not push every later edit into the future.
        """
        ts = HLC.parse(remote)
        with self._lock:
            wall = self._wall()
            if ts.wall_ms > wall + MAX_FUTURE_MS:
                raise ClockSkewError(f"clock of node {ts.node} is more than 24 h ahead", node=ts.node)
            # A remote clock ahead of ours moves ours at most MAX_LEAD_MS past our wall clock: a peer
            # with a wrong date (or a relayed change from one) must not stamp our later edits hours
            # ahead. An edit made here after seeing such a value names it as its base, which is
            # what lets it win over it everywhere (see sync.apply).
            if ts.wall_ms > wall + MAX_LEAD_MS:
                ts = HLC(wall + MAX_LEAD_MS, 0, ts.node)
            if ts.wall_ms > self._ms:
                self._ms, self._counter = ts.wall_ms, ts.counter
            elif ts.wall_ms == self._ms and ts.counter > self._counter:
                self._counter = ts.counter

    def catch_up(self, newest: str | None, *, own: str | None = None) -> None:
        """Move past ``newest`` (any node's latest change, at most ``MAX_LEAD_MS`` ahead of our wall clock, as
        at start) and past ``own`` (our node's latest, never clamped): a server workspace shares one node
        between desktops, each with a clock of its own; each catches up before it writes."""
        with self._lock:
            for stamp, clamp in ((newest, True), (own, False)):
                if not stamp:
                    continue
                ts = HLC.parse(stamp)
                ms, counter = ts.wall_ms, ts.counter
                if clamp and ms > self._wall() + MAX_LEAD_MS:
                    ms, counter = self._wall() + MAX_LEAD_MS, 0
                if (ms, counter) > (self._ms, self._counter):
                    self._ms, self._counter = ms, counter

    def _advance_counter(self) -> None:
        if self._counter >= _COUNTER_MAX:
            self._ms += 1
            self._counter = 0
        else:
            self._counter += 1
