"""The live half of the benchmark runs through the session broker on a tiny corpus. No timing asserted."""

from __future__ import annotations

import json
from pathlib import Path

from bench.__main__ import main
from worker.local_kafka import LocalKafka


def test_live_benchmark_writes_its_results(kafka: LocalKafka, tmp_path: Path) -> None:
    code = main(["--only", "live", "--stories", "4", "--words", "120", "--repeat", "1", "--latency-stories", "3",
                 "--out", str(tmp_path)], kafka=kafka)
    assert code == 0
    results = json.loads((tmp_path / "live" / "results.json").read_text())
    assert {"c_worker", "c_worker_1p", "c_two_instances", "d_naive"} <= set(results["summary"])
    assert [r["load"] for r in results["latency"]] == [0.1, 0.5, 0.8, 1.0]
    assert all(r["n"] == 3 for r in results["latency"])
    # the worker's own per-story stage histogram was read: every stage of a story is there
    assert {"consumer_wait", "pool_wait", "nlp", "extract", "order_wait", "publish"} <= set(results["latency"][0]["stage_mean_s"])
    assert (tmp_path / "live" / "throughput.png").stat().st_size > 0
