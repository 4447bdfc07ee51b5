"""CPU and memory of every process of the worker: the main one and each spaCy pool process.

prometheus_client's ``process_*`` series describe only the process that serves them, while with
``WIRE_PROCESSES`` above 1 most of the CPU and memory is in the pool. This collector reads
``/proc`` for the main process and each live pool process on every scrape, so the dashboard and
the alerts see the whole pod. Pool processes are labelled by rank (1..N, in pid order), not by
pid, so the series stay few however often a process is replaced (a replaced process's counter
restarts, which ``rate()`` handles as a reset).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from prometheus_client import CollectorRegistry
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from worker.runtime.metrics.labels import PREFIX

log = logging.getLogger(__name__)

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def read_proc(pid: int, proc: Path = Path("/proc")) -> tuple[float, int] | None:
    """(CPU seconds, resident bytes) of a process, or None when it is gone or /proc is absent."""
    try:
        stat = (proc / str(pid) / "stat").read_text()
        statm = (proc / str(pid) / "statm").read_text()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses: split after its closing one.
    fields = stat[stat.rindex(")") + 2:].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / _TICKS, int(statm.split()[1]) * _PAGE


class WorkerProcessesCollector(Collector):
    def __init__(self, pool_pids: Callable[[], list[int]]) -> None:
        self.pool_pids = pool_pids

    def collect(self) -> Iterator[Metric]:
        cpu = CounterMetricFamily(f"{PREFIX}_worker_process_cpu_seconds",
                                  "CPU time of each worker process: the main one and each spaCy pool process.",
                                  labels=["role", "process"])
        rss = GaugeMetricFamily(f"{PREFIX}_worker_process_resident_memory_bytes",
                                "Resident memory of each worker process: the main one and each spaCy pool process.",
                                labels=["role", "process"])
        try:
            pool = sorted(self.pool_pids())
        except Exception:  # a scrape must never fail because the pool is being replaced
            log.debug("pool pids unavailable", exc_info=True)
            pool = []
        for role, rank, pid in [("main", "0", os.getpid())] + [("pool", str(i), p) for i, p in enumerate(pool, 1)]:
            found = read_proc(pid)
            if found is not None:
                cpu.add_metric([role, rank], found[0])
                rss.add_metric([role, rank], found[1])
        yield cpu
        yield rss


def register_worker_processes(registry: CollectorRegistry, pool_pids: Callable[[], list[int]]) -> None:
    registry.register(WorkerProcessesCollector(pool_pids))
