"""Offline measurements: bare spaCy, our pipeline, one story's latency, components, memory growth.

Each measure returns wall seconds and the CPU seconds of all processes involved: on a shared
machine the wall clock is what users see, the CPU time says how much of it was ours.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import psutil

from bench.corpus import Story
from worker.config import Settings, topic_settings
from worker.core.families import Topics
from worker.core.nlp import Blas
from worker.core.pipeline import BatchOutcome, Pipeline, SourceRecord
from worker.runtime.executor import PipelineSpec, Runner, bounded, make_runner

TOPICS = Topics.named()  # fixed names: outputs compare equal across runs and settings

# Extractors read lemma_, pos_, tag_, dep_/head and ents: these are the components that could be dropped.
OPTIONAL_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer", "parser", "ner")
_FIXED_TIME_MS = 1_764_000_000_000  # a fixed record time, so outputs compare equal across runs


@dataclass(frozen=True)
class Timing:
    wall_s: float
    cpu_s: float
    stories: int
    words: int

    @property
    def stories_per_s(self) -> float:
        return self.stories / self.wall_s

    @property
    def words_per_s(self) -> float:
        return self.words / self.wall_s


def records(stories: Sequence[Story]) -> list[SourceRecord]:
    return [SourceRecord(value=s.text.encode(), key=s.key.encode(), timestamp_ms=_FIXED_TIME_MS) for s in stories]


def spec(model: str, batch_size: int, exclude: Sequence[str] = (), blas: Blas = "openblas") -> PipelineSpec:
    """The worker's spec (its limits and defaults) for this model and batch size, on fixed topic names."""
    settings = Settings(model=model, batch_size=batch_size, blas=blas, source="urn:wire-enrich:bench",
                        **{f: kind for kind, f in topic_settings().items()})
    return replace(PipelineSpec.from_settings(settings), exclude=tuple(exclude))


def offline_runner(model: str, processes: int, batch_size: int = 32, blas: Blas = "openblas") -> Runner:
    """The worker's own runner without Kafka: what `processes` means in production, measured here."""
    return make_runner(spec(model, batch_size, blas=blas), processes)


def _cpu_seconds(pids: Sequence[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            times = psutil.Process(pid).cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            continue
    return total


def _pids(runner: Runner | None = None) -> list[int]:
    pids = [os.getpid()]
    if runner is not None and runner.pool is not None:
        pids += [p.pid for p in psutil.Process().children(recursive=True)]
    return pids


def bare_pipe(model: str, stories: Sequence[Story]) -> Timing:
    """(a): spaCy as every user first runs it: the full model, `nlp.pipe`, defaults, one process."""
    import spacy

    nlp = spacy.load(model)
    list(nlp.pipe([stories[0].text]))  # first-call set-up is not throughput
    texts = [s.text for s in stories]
    cpu, started = _cpu_seconds(_pids()), time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return Timing(time.perf_counter() - started, _cpu_seconds(_pids()) - cpu, len(stories),
                  sum(s.words for s in stories))


def pipeline_run(runner: Runner, stories: Sequence[Story], batch_size: int) -> tuple[Timing, list[BatchOutcome]]:
    """(b): batches of the worker's size through the worker's runner, extraction and records included."""
    batch = records(stories)
    pids = _pids(runner)
    cpu, started = _cpu_seconds(pids), time.perf_counter()
    outcomes = [runner.process(batch[i:i + batch_size]) for i in range(0, len(batch), batch_size)]
    wall = time.perf_counter() - started
    return Timing(wall, _cpu_seconds(pids) - cpu, len(stories), sum(s.words for s in stories)), outcomes


def single_story_latency(model: str, story: Story, repeat: int = 3) -> dict[str, float]:
    """One ~600-word story through `Pipeline.enrich` right after the model loaded: first and best of `repeat`."""
    from worker.core.decode import decode
    from worker.core.models import RawStory

    started = time.perf_counter()
    pipeline = spec(model, 32).build()
    load_s = time.perf_counter() - started
    raw = decode(story.text.encode(), key=story.key.encode())
    assert isinstance(raw, RawStory)
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        pipeline.enrich(raw)
        runs.append(time.perf_counter() - started)
    return {"model_load_s": load_s, "first_s": runs[0], "best_s": min(runs), "words": float(story.words)}


def component_check(model: str, stories: Sequence[Story]) -> list[dict[str, Any]]:
    """Drop each optional component in turn: how much faster, and do the outputs stay identical?"""
    batch = records(stories)

    def outputs(pipeline: Pipeline) -> tuple[list[Any], float]:
        started = time.perf_counter()
        outcome = pipeline.process(batch)
        elapsed = time.perf_counter() - started
        return [[(r.topic, r.key, r.value) for r in res.records] for res in outcome.results], elapsed

    reference, full_s = outputs(spec(model, 32).build())
    rows: list[dict[str, Any]] = [{"excluded": "(none)", "seconds": full_s, "identical": True}]
    for name in OPTIONAL_COMPONENTS:
        try:
            got, seconds = outputs(spec(model, 32, exclude=[name]).build())
            same = got == reference
        except Exception as exc:  # a component others depend on: the pipeline cannot even run
            seconds, same = float("nan"), False
            name = f"{name} ({type(exc).__name__})"
        rows.append({"excluded": name, "seconds": seconds, "identical": same})
    return rows


# --- memory: a long run in a fresh process, with and without the memory zone -----------------

def _memory_child(model: str, stories: list[Story], checkpoints: list[int], zone: bool,
                  out: multiprocessing.Queue[Any]) -> None:
    pipeline = spec(model, 32).build()
    process = bounded(pipeline) if zone else pipeline.process
    me = psutil.Process()
    batch = records(stories)
    samples: list[dict[str, float]] = []
    peak = 0
    for i in range(0, len(batch), 32):
        process(batch[i:i + 32])
        rss = me.memory_info().rss
        peak = max(peak, rss)
        done = min(i + 32, len(batch))
        if any(i < c <= done for c in checkpoints):
            samples.append({"stories": done, "rss_mb": rss / 2**20, "strings": len(pipeline.nlp.vocab.strings)})
    out.put({"zone": zone, "samples": samples, "peak_rss_mb": peak / 2**20})


def memory_growth(model: str, stories: list[Story], zone: bool) -> dict[str, Any]:
    """RSS and string-store size along a long run, sampled at every 10th of it."""
    n = len(stories)
    checkpoints = sorted({max(1, n * k // 10) for k in range(1, 11)})
    ctx = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[Any] = ctx.Queue()
    child = ctx.Process(target=_memory_child, args=(model, stories, checkpoints, zone, queue))
    child.start()
    result: dict[str, Any] = queue.get()
    child.join()
    samples = result["samples"]
    start = next((s for s in samples if s["stories"] >= n // 10), samples[0])
    result["growth_pct"] = 100.0 * (samples[-1]["rss_mb"] - start["rss_mb"]) / start["rss_mb"]
    result["from_story"], result["to_story"] = start["stories"], samples[-1]["stories"]
    return result
