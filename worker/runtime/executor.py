"""Where `Pipeline.process` runs for every edge (worker, replay, `enrich`, `eval`, the benchmark):
a thread, or a process pool. `runner_for(settings)` is the one entry.

`processes == 1`: one thread beside the event loop, the model loaded once in this process.
`processes >= 2`: a pool of spawned processes, each loading the model once (pool initializer); a
coordinator thread splits every batch into contiguous slices of at most 8 records and about equal
text size, runs them on whichever process is free and joins the results in input order. The event
loop only ever awaits the coordinator, so heartbeats and commits keep running while spaCy works on
both cores. A pool process that dies (say, killed for memory) breaks the pool: the coordinator
starts a new one and runs the batch again, once.

Either way every batch runs inside a spaCy memory zone (`spec.bounded`), so a long run's memory
stays flat.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace

from worker.config import Settings
from worker.core.pipeline import BatchOutcome, Pipeline, SourceRecord
from worker.runtime.spec import PipelineSpec, ProcessFn, bounded

log = logging.getLogger(__name__)

_START_TIMEOUT_S = 300.0
_SLICE_RECORDS = 8  # spaCy memory grows with the docs in flight; see bench/README.md

__all__ = ["PipelineSpec", "ProcessFn", "Runner", "bounded", "make_runner", "merge", "pool_runner", "runner_for",
           "split", "thread_runner"]

# --- the pool side: one pipeline per worker process ------------------------------------------

_process_fn: ProcessFn | None = None
_keep_stories = False


def _init_worker(spec: PipelineSpec) -> None:
    global _process_fn, _keep_stories
    _process_fn = bounded(spec.build())
    _keep_stories = spec.keep_stories


def _run_slice(batch: list[SourceRecord], submitted_at: float | None = None) -> BatchOutcome:
    """`submitted_at` (wall clock of the coordinator): how long the slice queued for a free process
    goes out as the stage "pool_wait"."""
    waited = max(0.0, time.time() - submitted_at) if submitted_at is not None else 0.0
    if _process_fn is None:
        raise RuntimeError("pipeline process used before its initializer ran")
    outcome = _process_fn(batch)
    outcome.stage_seconds["pool_wait"] = waited
    if _keep_stories:
        return outcome
    # The worker publishes the records and never reads the story model; unpickling that nested
    # model cost the parent's event loop more CPU than publishing did.
    return BatchOutcome([replace(r, story=None) for r in outcome.results], outcome.stage_seconds)


def _ready() -> int:
    time.sleep(0.05)  # hold this worker briefly so the next probe reaches another one
    return os.getpid() if _process_fn is not None else -1


def split(batch: Sequence[SourceRecord], parts: int) -> list[list[SourceRecord]]:
    """Contiguous slices of about equal byte size: spaCy's cost follows text length, not count."""
    if parts <= 1 or len(batch) <= 1:
        return [list(batch)]
    sizes = [len(r.value or b"") + 1 for r in batch]
    target = sum(sizes) / parts
    slices: list[list[SourceRecord]] = [[]]
    filled = 0.0
    for i, (record, size) in enumerate(zip(batch, sizes)):
        remaining_records = len(batch) - i
        remaining_slices = parts - len(slices)
        if slices[-1] and remaining_slices > 0 and (filled + size / 2 > target * len(slices)
                                                      or remaining_records <= remaining_slices):
            slices.append([])
        slices[-1].append(record)
        filled += size
    return slices


def merge(outcomes: Sequence[BatchOutcome], parallel: int = 1) -> BatchOutcome:
    """Join slice outcomes in order. A stage's time estimates its wall time over the batch: the
    slices' total spread over `parallel` processes, never less than the slowest slice. A slice's
    wait for a free process ("pool_wait") is averaged over the records instead: what one record waited."""
    results = [r for outcome in outcomes for r in outcome.results]
    total: dict[str, float] = {}
    slowest: dict[str, float] = {}
    waited = sum(o.stage_seconds.get("pool_wait", 0.0) * len(o.results) for o in outcomes)
    for outcome in outcomes:
        for stage, seconds in outcome.stage_seconds.items():
            if stage == "pool_wait":
                continue
            total[stage] = total.get(stage, 0.0) + seconds
            slowest[stage] = max(slowest.get(stage, 0.0), seconds)
    lanes = max(1, min(parallel, len(outcomes)))
    stages = {stage: max(slowest[stage], total[stage] / lanes) for stage in total}
    if any("pool_wait" in o.stage_seconds for o in outcomes):
        stages["pool_wait"] = waited / max(1, len(results))
    return BatchOutcome(results, stages)


@dataclass
class Runner:
    """The executor the handler submits to and the callable it runs there."""

    executor: Executor
    process: ProcessFn
    processes: int
    pool: ProcessPoolExecutor | None = None
    closed: bool = field(default=False, repr=False)

    def pool_pids(self) -> list[int]:
        """The live pool processes (none in thread mode), read from the current pool: a replaced
        pool's processes drop out, its successor's come in."""
        processes = getattr(self.pool, "_processes", None) or {}
        return [int(pid) for pid, proc in list(processes.items()) if proc.is_alive()]

    def shutdown(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.executor.shutdown(wait=False, cancel_futures=True)
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


def thread_runner(pipeline: Pipeline) -> Runner:
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlp")
    # The warm-up must run on the same object the thread will use; doing it here keeps start-up errors loud.
    return Runner(executor, bounded(pipeline), 1)


def _start_pool(spec: PipelineSpec, processes: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent already runs threads (faust, aiokafka) that fork would copy mid-state.
    pool = ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(spec,))
    # Start every worker now so the first batch does not pay for model loading, and a broken model fails here.
    seen: set[int] = set()
    deadline = time.monotonic() + _START_TIMEOUT_S
    while len(seen) < processes and time.monotonic() < deadline:
        seen.update(f.result() for f in [pool.submit(_ready) for _ in range(processes)])
    return pool


def pool_runner(spec: PipelineSpec, processes: int, batches: int = 2) -> Runner:
    """`batches` coordinator threads, so the slices of the next batch queue up behind this one's."""
    coordinator = ThreadPoolExecutor(max_workers=batches, thread_name_prefix="nlp-coordinator")
    runner = Runner(coordinator, lambda batch: BatchOutcome([], {}), processes, _start_pool(spec, processes))
    restart = threading.Lock()

    def run(pool: ProcessPoolExecutor, batch: list[SourceRecord]) -> BatchOutcome:
        # Several small slices rather than one per process: a free process takes the next one, so a
        # slow slice does not hold the other core idle, and spaCy's peak memory follows slice size.
        parts = max(processes, -(-len(batch) // _SLICE_RECORDS))
        now = time.time()
        futures = [pool.submit(_run_slice, part, now) for part in split(batch, parts)]
        return merge([f.result() for f in futures], processes)

    def process(batch: list[SourceRecord]) -> BatchOutcome:
        pool = runner.pool
        assert pool is not None
        try:
            return run(pool, batch)
        except BrokenProcessPool:
            if runner.closed:
                raise
            with restart:  # two batches can see the same broken pool: replace it once
                if runner.pool is pool:
                    log.error("a spaCy worker process died; starting a new pool and retrying the batch once")
                    pool.shutdown(wait=False, cancel_futures=True)
                    runner.pool = _start_pool(spec, processes)
                pool = runner.pool
            return run(pool, batch)

    runner.process = process
    return runner


def make_runner(spec: PipelineSpec, processes: int, pipeline: Pipeline | None = None) -> Runner:
    """`processes == 1` reuses `pipeline` (or builds one here); more start a pool of their own."""
    if processes <= 1:
        return thread_runner(pipeline or spec.build())
    return pool_runner(spec, processes)


def runner_for(settings: Settings, *, source: str | None = None, keep_stories: bool = False) -> Runner:
    """The one way every edge runs the core: the live worker, replay, `enrich`, `eval`, `diff`.

    The pipeline comes from the settings (model, topics, limits, batch size), batches run inside a
    memory zone, and ``WIRE_PROCESSES`` above 1 starts a process pool.
    """
    return make_runner(PipelineSpec.from_settings(settings, source=source, keep_stories=keep_stories),
                       settings.processes)
