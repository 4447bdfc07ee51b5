"""The benchmark runs end to end on a tiny corpus and writes its files. No timing is asserted."""

from __future__ import annotations

import json
from pathlib import Path

from bench.__main__ import main


def test_offline_benchmark_writes_its_results(tmp_path: Path) -> None:
    code = main(["--only", "offline", "--stories", "3", "--words", "120", "--repeat", "1", "--processes", "2",
                 "--out", str(tmp_path)])
    assert code == 0
    out = tmp_path / "offline"
    results = json.loads((out / "results.json").read_text())
    assert {"a_bare_pipe", "b_pipeline"} <= set(results["summary"])
    assert results["single_story"]["first_s"] > 0
    assert (out / "results.md").read_text().startswith("# Benchmark results")
    assert (out / "throughput.png").stat().st_size > 0
