"""Replay's pure pieces: window bounds, resume points, pacing and the record hand-over."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from worker.runtime.replay import Pacer, PartitionPlan, Window, default_group, source_record


def test_a_fresh_plan_starts_at_the_window_start() -> None:
    plan = PartitionPlan(0, window_start=10, end=25, committed=None)
    assert (plan.start, plan.records, plan.window_records) == (10, 15, 15)


@pytest.mark.parametrize(("committed", "start"), [(5, 10), (17, 17), (25, 25), (40, 25)])
def test_resume_stays_inside_the_original_bounds(committed: int, start: int) -> None:
    # A commit before the window (another run) or past its end (a longer window) never widens it.
    plan = PartitionPlan(0, window_start=10, end=25, committed=committed)
    assert plan.start == start
    assert plan.records == 25 - start


def test_an_empty_partition_has_nothing_to_do() -> None:
    assert PartitionPlan(2, window_start=7, end=7, committed=None).records == 0


def test_default_group_names_the_window_and_never_the_live_group() -> None:
    window = Window(datetime(2025, 8, 29, 16, 0, tzinfo=timezone.utc), datetime(2025, 8, 29, 18, 30, 5,
                                                                                 tzinfo=timezone.utc))
    assert default_group("wire-enrich", window) == "wire-enrich.replay.20250829T160000Z-20250829T183005Z"
    assert window.end_ms - window.start_ms == (2 * 3600 + 30 * 60 + 5) * 1000


def test_pacer_never_releases_k_records_faster_than_k_over_rate() -> None:
    pacer = Pacer(rate=50.0)
    started = time.monotonic()
    for _ in range(5):
        time.sleep(pacer.reserve(4))
    assert time.monotonic() - started >= 20 / 50.0


def test_pacer_without_a_rate_never_waits() -> None:
    assert Pacer(None).reserve(1000) == 0.0


def test_source_record_keeps_the_exact_millisecond_timestamp() -> None:
    message = SimpleNamespace(value=b"v", key=b"k", headers=(("h", b"1"),), timestamp=1_756_483_200_001,
                              topic="raw", partition=2, offset=41)
    record = source_record(message)
    assert record.timestamp_ms == 1_756_483_200_001
    assert (record.topic, record.partition, record.offset, record.headers) == ("raw", 2, 41, [("h", b"1")])
