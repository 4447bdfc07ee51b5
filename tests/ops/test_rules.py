"""Alert rules: promtool accepts them, every alert has a unit test, and the CR carries the same rules."""

from __future__ import annotations

import importlib.util
import subprocess

import pytest
import yaml

from tests.ops.opstools import DEPLOY, ROOT, RULE_TESTS, RULES, debian_tool

pytestmark = pytest.mark.ops

CR = DEPLOY / "k8s" / "components" / "prometheus-rule" / "prometheusrule.yaml"


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(debian_tool("promtool")), *args], capture_output=True, text=True, timeout=120)


def alert_names() -> set[str]:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    return {rule["alert"] for group in groups for rule in group["rules"] if "alert" in rule}


def test_promtool_check_rules() -> None:
    result = promtool("check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_promtool_test_rules() -> None:
    result = promtool("test", "rules", str(RULE_TESTS))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_every_alert_has_a_case_that_fires_and_one_that_stays_quiet() -> None:
    tests = yaml.safe_load(RULE_TESTS.read_text())["tests"]
    fired, quiet = set(), set()
    for case in tests:
        for check in case.get("alert_rule_test", []):
            (fired if check.get("exp_alerts") else quiet).add(check["alertname"])
    assert alert_names() == {"WireEnrichLagAgeHigh", "WireEnrichNoProgress", "WireEnrichErrorRatioHigh",
                             "WireEnrichDeadLetterRateHigh", "WireEnrichNotReady", "WireEnrichTargetDown",
                             "WireEnrichMemoryHigh", "WireEnrichLostRecords"}
    assert fired == alert_names()
    assert quiet == alert_names()


def test_every_alert_has_a_runbook_and_a_severity() -> None:
    for group in yaml.safe_load(RULES.read_text())["groups"]:
        for rule in group["rules"]:
            assert rule["labels"]["severity"] in {"warning", "critical"}
            assert rule["annotations"]["runbook"] and rule["annotations"]["summary"]
            anchor = rule["annotations"]["runbook_url"].split("#")[1]
            assert anchor == rule["alert"].lower()
            assert f"### {rule['alert']}" in (ROOT / "docs" / "operations.md").read_text()


def test_prometheusrule_carries_exactly_the_rule_file() -> None:
    resource = yaml.safe_load(CR.read_text())
    assert resource["kind"] == "PrometheusRule"
    assert resource["spec"]["groups"] == yaml.safe_load(RULES.read_text())["groups"], (
        "run: python deploy/prometheus/make_prometheusrule.py"
    )
    # the generator's output is what is committed, byte for byte
    spec = importlib.util.spec_from_file_location("make_prometheusrule", DEPLOY / "prometheus" / "make_prometheusrule.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.render() == CR.read_text()
