"""Hybrid logical clock: monotonic, fixed-width string order, bounded trust in remote clocks."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opsdesk.errors import ClockSkewError
from opsdesk.sync.hlc import HLC, MAX_FUTURE_MS, MAX_LEAD_MS, HybridClock

DAY_MS = 24 * 3600 * 1000
NOW_MS = 1_790_000_000_000  # a realistic wall clock value (2026)

walls = st.integers(min_value=0, max_value=10**15 - 1)
counters = st.integers(min_value=0, max_value=999_999)
nodes = st.text(alphabet="0123456789abcdef-", min_size=1, max_size=20)
hlcs = st.builds(HLC, walls, counters, nodes)


class FakeWall:
    """A wall clock the test moves by hand."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_format_is_fixed_width():
    assert str(HLC(1, 2, "node")) == "000000000000001-000002-node"
    assert HybridClock("abc", wall=FakeWall(NOW_MS)).now() == f"{NOW_MS:015d}-000000-abc"


def test_wall_standing_still_bumps_the_counter():
    clock = HybridClock("n", wall=FakeWall(NOW_MS))
    stamps = [clock.now() for _ in range(5)]
    assert [HLC.parse(s).counter for s in stamps] == [0, 1, 2, 3, 4]
    assert {HLC.parse(s).wall_ms for s in stamps} == {NOW_MS}
    assert stamps == sorted(stamps) and len(set(stamps)) == 5


def test_wall_going_backwards_stays_monotonic():
    wall = FakeWall(NOW_MS)
    clock = HybridClock("n", wall=wall)
    stamps = [clock.now()]
    for ms in (NOW_MS - 1, NOW_MS - 60_000, NOW_MS - DAY_MS, NOW_MS, NOW_MS + 1, NOW_MS - 5):
        wall.ms = ms
        stamps.append(clock.now())
    parsed = [HLC.parse(s) for s in stamps]
    assert all(a < b for a, b in zip(parsed, parsed[1:]))
    assert all(a < b for a, b in zip(stamps, stamps[1:]))
    # While the wall lags, the clock keeps the highest wall time seen and counts.
    assert parsed[1] == HLC(NOW_MS, 1, "n")
    assert parsed[4] == HLC(NOW_MS, 4, "n")
    # Once the wall moves past it, the counter restarts.
    assert parsed[5] == HLC(NOW_MS + 1, 0, "n")
    assert parsed[6] == HLC(NOW_MS + 1, 1, "n")


def test_counter_overflow_rolls_into_milliseconds():
    clock = HybridClock("n", last=str(HLC(NOW_MS, 999_999, "n")), wall=FakeWall(NOW_MS))
    first = HLC.parse(clock.now())
    second = HLC.parse(clock.now())
    assert first == HLC(NOW_MS + 1, 0, "n")
    assert second == HLC(NOW_MS + 1, 1, "n")
    assert str(first) > str(HLC(NOW_MS, 999_999, "n"))


def test_seeded_clock_continues_after_last():
    last = HLC(NOW_MS + 5000, 17, "other")
    clock = HybridClock("n", last=str(last), wall=FakeWall(NOW_MS))
    assert HLC.parse(clock.now()) == HLC(NOW_MS + 5000, 18, "n")


@given(hlcs, hlcs)
def test_string_order_is_clock_order(a, b):
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)


@given(hlcs)
def test_parse_inverts_str(h):
    assert HLC.parse(str(h)) == h


@given(st.lists(st.one_of(st.tuples(st.just("tick"), st.integers(-DAY_MS, DAY_MS)),
                          st.tuples(st.just("observe"), st.integers(-DAY_MS, DAY_MS), counters)),
                min_size=1, max_size=60))
def test_clock_is_strictly_monotonic_under_any_wall_and_remote(ops):
    wall = FakeWall(NOW_MS)
    clock = HybridClock("local", wall=wall)
    issued: list[str] = []
    seen: list[HLC] = []
    for op in ops:
        if op[0] == "tick":
            wall.ms = NOW_MS + op[1]
            issued.append(clock.now())
        else:
            remote = HLC(wall.ms + op[1], op[2], "remote")
            clock.observe(str(remote))
            seen.append(remote)
            stamp = clock.now()
            # A remote at most a minute ahead is passed; one further ahead moves us to wall + 1 min only.
            assert HLC.parse(stamp) > min(remote, HLC(wall.ms + MAX_LEAD_MS, 0, "remote"))
            assert HLC.parse(stamp).wall_ms <= max(wall.ms + MAX_LEAD_MS, max(p.wall_ms for p in map(HLC.parse, issued or [stamp])))
            issued.append(stamp)
    parsed = [HLC.parse(s) for s in issued]
    assert all(x < y for x, y in zip(parsed, parsed[1:]))
    assert all(x < y for x, y in zip(issued, issued[1:]))


def test_observe_moves_the_clock_forward():
    clock = HybridClock("n", wall=FakeWall(NOW_MS))
    clock.now()
    remote = HLC(NOW_MS + 30_000, 7, "zzz")
    clock.observe(str(remote))
    after = HLC.parse(clock.now())
    assert after > remote
    assert after == HLC(NOW_MS + 30_000, 8, "n")


def test_a_remote_hours_ahead_moves_the_clock_one_minute_only():
    """A peer with a wrong date must not stamp our later edits hours ahead (they name its value
    as their base, which is how they win over it; see sync.apply)."""
    clock = HybridClock("n", wall=FakeWall(NOW_MS))
    clock.observe(str(HLC(NOW_MS + 23 * 3_600_000, 7, "zzz")))
    assert HLC.parse(clock.now()) == HLC(NOW_MS + MAX_LEAD_MS, 1, "n")


def test_observe_of_the_past_changes_nothing():
    clock = HybridClock("n", wall=FakeWall(NOW_MS))
    clock.now()
    clock.observe(str(HLC(NOW_MS - 10, 500, "old")))
    assert HLC.parse(clock.now()) == HLC(NOW_MS, 1, "n")


def test_observe_same_millisecond_takes_higher_counter():
    clock = HybridClock("n", wall=FakeWall(NOW_MS))
    clock.now()
    clock.observe(str(HLC(NOW_MS, 40, "peer")))
    assert HLC.parse(clock.now()) == HLC(NOW_MS, 41, "n")


def test_observe_exactly_24h_ahead_is_accepted():
    clock = HybridClock("n", wall=FakeWall(NOW_MS))
    assert MAX_FUTURE_MS == DAY_MS
    clock.observe(str(HLC(NOW_MS + DAY_MS, 0, "peer")))
    assert HLC.parse(clock.now()).wall_ms == NOW_MS + MAX_LEAD_MS


def test_observe_more_than_24h_ahead_is_refused_and_ignored():
    clock = HybridClock("n", wall=FakeWall(NOW_MS))
    clock.now()
    with pytest.raises(ClockSkewError) as info:
        clock.observe(str(HLC(NOW_MS + DAY_MS + 1, 0, "badpeer")))
    assert info.value.params["node"] == "badpeer"
    assert HLC.parse(clock.now()) == HLC(NOW_MS, 1, "n")


@pytest.mark.parametrize("text", [
    "",
    "garbage",
    "1-2-3",
    "00000000000001-000001-n",            # 14-digit wall
    "0000000000000001-000001-n",          # 16-digit wall
    "000000000000001-00001-n",            # 5-digit counter
    "000000000000001-0000001-n",          # 7-digit counter
    "000000000000001-000001-",            # empty node
    "000000000000001-000001",             # no node
    "00000000000000x-000001-n",
    "000000000000001-00000y-n",
])
def test_parse_rejects_malformed(text):
    with pytest.raises(ValueError):
        HLC.parse(text)


@pytest.mark.parametrize("text", [
    "+00000000000001-000001-n",           # sign
    " 00000000000001-000001-n",           # blank
    "0000000_0000001-000001-n",           # digit separator
    "000000000000001-+00001-n",
    "000000000000001-00001 -n",
])
def test_parse_rejects_non_digit_fields(text):
    """Only canonical strings may parse: otherwise two texts of one clock value sort differently."""
    with pytest.raises(ValueError):
        HLC.parse(text)


def test_malformed_seed_is_refused():
    with pytest.raises(ValueError):
        HybridClock("n", last="not-a-clock")


def test_clock_is_thread_safe():
    clock = HybridClock("n", wall=FakeWall(NOW_MS))
    out: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        mine = [clock.now() for _ in range(2000)]
        with lock:
            out.extend(mine)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(out)) == 8000
