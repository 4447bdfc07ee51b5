"""Read the Grafana dashboard's queries and make them plain PromQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tests.ops.opstools import DASHBOARD

# What Grafana substitutes before a query reaches Prometheus. "All" of a multi-value variable
# becomes its allValue (".*"), which also matches a missing label, as outside Kubernetes.
SUBSTITUTIONS = {"$__rate_interval": "1m", "$namespace": ".*", "$pod": ".*"}


def load() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text())


def panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for panel in dashboard["panels"]:
        yield panel
        yield from panel.get("panels", [])


def expressions(dashboard: dict[str, Any] | None = None) -> list[tuple[str, str]]:
    """(panel title / refId, PromQL) for every target of every panel, variables substituted."""
    found = []
    for panel in panels(dashboard or load()):
        for target in panel.get("targets", []):
            expr = target["expr"]
            for name, value in SUBSTITUTIONS.items():
                expr = expr.replace(name, value)
            found.append((f"{panel['title']} / {target['refId']}", expr))
    return found
