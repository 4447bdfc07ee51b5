"""Write the PrometheusRule custom resource from rules.yaml, so the two never drift apart.

Run from anywhere: ``python deploy/prometheus/make_prometheusrule.py``. The ops tests fail when the
committed resource's groups differ from rules.yaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
RULES = HERE / "rules.yaml"
TARGET = HERE.parent / "k8s" / "components" / "prometheus-rule" / "prometheusrule.yaml"

HEADER = "# Generated from deploy/prometheus/rules.yaml by make_prometheusrule.py; do not edit.\n"


def build(rules: dict[str, Any]) -> dict[str, Any]:
    """The PrometheusRule object whose spec carries the rule file's groups unchanged."""
    return {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PrometheusRule",
        "metadata": {"name": "wire-enrich"},
        "spec": {"groups": rules["groups"]},
    }


def render() -> str:
    resource = build(yaml.safe_load(RULES.read_text()))
    return HEADER + yaml.safe_dump(resource, sort_keys=False, width=120)


if __name__ == "__main__":
    TARGET.write_text(render())
    print(f"wrote {TARGET}")
