"""The pool's processes are in the scrape: CPU and memory of the main process and each pool
process, read from /proc of real processes."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from prometheus_client import CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client import generate_latest

from worker.runtime.metrics.processes import read_proc, register_worker_processes


def _burn(n: int) -> int:
    return sum(i * i for i in range(n))


def _samples(registry: CollectorRegistry) -> dict[tuple[str, str, str], float]:
    out = {}
    for family in text_string_to_metric_families(generate_latest(registry).decode()):
        for s in family.samples:
            if s.name.startswith("wire_enrich_worker_process"):
                out[(s.name, s.labels["role"], s.labels["process"])] = s.value
    return out


def test_each_pool_process_reports_its_own_cpu_and_memory_beside_the_main_process() -> None:
    pool = ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn"))
    try:
        list(pool.map(_burn, [3_000_000, 3_000_000]))
        registry = CollectorRegistry()
        register_worker_processes(registry, lambda: [int(p) for p in pool._processes])  # type: ignore[attr-defined]
        got = _samples(registry)
        for rank in ("1", "2"):
            assert got[("wire_enrich_worker_process_resident_memory_bytes", "pool", rank)] > 5_000_000
            assert got[("wire_enrich_worker_process_cpu_seconds_total", "pool", rank)] >= 0.0
        assert sum(got[("wire_enrich_worker_process_cpu_seconds_total", "pool", r)] for r in ("1", "2")) > 0.05
        assert got[("wire_enrich_worker_process_resident_memory_bytes", "main", "0")] > 5_000_000
    finally:
        pool.shutdown()


def test_a_process_that_is_gone_is_left_out_rather_than_failing_the_scrape() -> None:
    assert read_proc(2**22 + 12345) is None
    registry = CollectorRegistry()
    register_worker_processes(registry, lambda: [2**22 + 12345])
    got = _samples(registry)
    assert {role for _, role, _ in got} == {"main"}
