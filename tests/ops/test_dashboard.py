"""The Grafana dashboard: well-formed, covers what operators need, and every query parses."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.ops.dashboard import SUBSTITUTIONS, expressions, load, panels
from tests.ops.opstools import debian_tool

pytestmark = pytest.mark.ops


def test_every_panel_query_parses_with_promtool(tmp_path: Path) -> None:
    # promtool has no bare "parse this expression" in 2.42; a rule file of recording rules is
    # parsed and type-checked by `check rules`, so each query becomes one.
    exprs = expressions()
    rules = {"groups": [{"name": "dashboard", "rules": [
        {"record": f"dashboard:query_{i}", "expr": expr} for i, (_, expr) in enumerate(exprs)
    ]}]}
    path = tmp_path / "dashboard-rules.yaml"
    path.write_text(yaml.safe_dump(rules))
    result = subprocess.run([str(debian_tool("promtool")), "check", "rules", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(exprs)} rules found" in result.stdout


def test_no_grafana_variable_is_left_unsubstituted() -> None:
    for title, expr in expressions():
        assert "$" not in expr, f"{title}: unknown variable in {expr} (known: {list(SUBSTITUTIONS)})"


def test_every_panel_filters_by_namespace_and_pod() -> None:
    for panel in panels(load()):
        for target in panel.get("targets", []):
            for selector in re.findall(r"\b(wire_enrich_\w+|process_\w+|python_\w+)\{([^}]*)\}", target["expr"]):
                assert 'namespace=~"$namespace"' in selector[1] and 'pod=~"$pod"' in selector[1], (panel["title"], target["expr"])


def test_dashboard_covers_red_use_lag_dead_letters_and_facts() -> None:
    queries = " ".join(expr for _, expr in expressions())
    wanted = [
        "wire_enrich_records_consumed_total", "wire_enrich_stage_records_out_total",
        "wire_enrich_stage_records_failed_total", "wire_enrich_stage_duration_seconds_bucket",
        "wire_enrich_end_to_end_latency_seconds_bucket", "wire_enrich_consumer_lag_seconds",
        "wire_enrich_consumer_lag_offsets", "wire_enrich_dead_letters_total", "wire_enrich_facts_published_total",
        "wire_enrich_publish_errors_total", "wire_enrich_publish_retries_total", "wire_enrich_batch_size_records",
        "wire_enrich_stage_records_in_progress", "wire_enrich_last_record_processed_timestamp_seconds",
        "wire_enrich_ready", "wire_enrich_build_info", "wire_enrich_event_loop_lag_seconds",
        "process_cpu_seconds_total", "process_resident_memory_bytes", "process_open_fds",
    ]
    missing = [name for name in wanted if name not in queries]
    assert not missing, f"no panel shows {missing}"


def test_dashboard_is_importable() -> None:
    dashboard = load()
    assert dashboard["uid"] == "wire-enrich"
    ids = [p["id"] for p in panels(dashboard)]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    names = {v["name"] for v in dashboard["templating"]["list"]}
    assert names == {"datasource", "namespace", "pod"}
    for panel in panels(dashboard):
        if panel["type"] != "row":
            assert panel["datasource"]["uid"] == "${datasource}", panel["title"]
            assert panel["targets"], panel["title"]
