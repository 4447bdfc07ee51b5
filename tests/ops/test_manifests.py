"""Every kustomization renders, and every rendered object is valid against its schema.

Core kinds go through kubernetes-validate in strict mode (unknown fields fail) for the oldest and
the newest Kubernetes we support. Custom resources go through jsonschema against the
openAPIV3Schema of their CRD (copied under tests/ops/crds), made strict the same way: the API
server would silently prune an unknown field, which is how a typo in a manifest goes unnoticed.
"""

from __future__ import annotations

import copy
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from tests.ops.opstools import CRDS, K8S, kubectl

pytestmark = pytest.mark.ops

# unhealthyPodEvictionPolicy is GA from 1.31; older clusters are out of support upstream.
KUBERNETES_VERSIONS = ("1.31.0", "1.37.0")
CUSTOM_KINDS = {"ScaledObject", "TriggerAuthentication", "PodMonitor", "PrometheusRule", "KafkaTopic"}


def kustomizations() -> list[Path]:
    found = []
    for path in sorted(K8S.rglob("kustomization.yaml")):
        if yaml.safe_load(path.read_text()).get("kind", "Kustomization") == "Kustomization":
            found.append(path.parent)
    return found


def components() -> list[Path]:
    return sorted(p.parent for p in K8S.rglob("kustomization.yaml") if yaml.safe_load(p.read_text()).get("kind") == "Component")


@cache
def render(directory: Path) -> tuple[dict[str, Any], ...]:
    result = subprocess.run(
        [str(kubectl()), "kustomize", str(directory)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return tuple(doc for doc in yaml.safe_load_all(result.stdout) if doc)


def _strict(schema: Any) -> Any:
    """Close every object schema that lists its properties, unless it allows unknown fields."""
    if isinstance(schema, dict):
        out = {k: _strict(v) for k, v in schema.items()}
        if (
            out.get("type") == "object"
            and "properties" in out
            and "additionalProperties" not in out
            and not out.get("x-kubernetes-preserve-unknown-fields")
        ):
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [_strict(v) for v in schema]
    return schema


@cache
def crd_schemas() -> dict[tuple[str, str], dict[str, Any]]:
    """(apiVersion, kind) -> strict openAPIV3Schema of every CRD file."""
    schemas: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted(CRDS.glob("*.yaml")):
        crd = yaml.safe_load(path.read_text())
        group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
        for version in crd["spec"]["versions"]:
            schema = copy.deepcopy(version["schema"]["openAPIV3Schema"])
            schemas[(f"{group}/{version['name']}", kind)] = _strict(schema)
    return schemas


def validate_custom(obj: dict[str, Any]) -> list[str]:
    key = (obj["apiVersion"], obj["kind"])
    schema = crd_schemas().get(key)
    assert schema is not None, f"no CRD schema for {key}; copy its CRD into tests/ops/crds"
    validator = jsonschema.Draft7Validator(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(obj)]


def validate_core(obj: dict[str, Any], version: str) -> list[str]:
    try:
        kubernetes_validate.validate(obj, version, strict=True)
    except kubernetes_validate.ValidationError as exc:
        return [f"{'/'.join(map(str, exc.path))}: {exc.message}"]
    return []


@pytest.mark.parametrize("directory", kustomizations(), ids=lambda p: str(p.relative_to(K8S)))
def test_every_rendered_object_is_valid(directory: Path) -> None:
    objects = render(directory)
    assert objects, f"{directory} rendered nothing"
    problems = []
    for obj in objects:
        name = f"{obj['kind']}/{obj['metadata']['name']}"
        if obj["kind"] in CUSTOM_KINDS:
            problems += [f"{name}: {p}" for p in validate_custom(obj)]
        else:
            for version in KUBERNETES_VERSIONS:
                problems += [f"{name} ({version}): {p}" for p in validate_core(obj, version)]
    assert not problems, "\n".join(problems)


def test_there_are_kustomizations_and_every_component_is_used_by_an_overlay() -> None:
    dirs = {p.relative_to(K8S).as_posix() for p in kustomizations()}
    assert {"base", "overlays/example"} <= dirs
    used = set()
    for directory in kustomizations():
        for ref in yaml.safe_load((directory / "kustomization.yaml").read_text()).get("components", []):
            used.add((directory / ref).resolve())
    unused = [c.relative_to(K8S).as_posix() for c in components() if c.resolve() not in used]
    assert not unused, f"components no overlay renders (so nothing validates them): {unused}"


def test_the_strict_crd_check_catches_a_typo() -> None:
    scaled = next(o for o in render(K8S / "overlays" / "example") if o["kind"] == "ScaledObject")
    broken = copy.deepcopy(scaled)
    broken["spec"]["maxReplicas"] = broken["spec"].pop("maxReplicaCount")
    assert any("maxReplicas" in p for p in validate_custom(broken))
    assert validate_custom(scaled) == []


def test_the_strict_core_check_catches_a_typo() -> None:
    deployment = next(o for o in render(K8S / "base") if o["kind"] == "Deployment")
    broken = copy.deepcopy(deployment)
    broken["spec"]["template"]["spec"]["terminationGracePeriod"] = 60
    assert validate_core(broken, KUBERNETES_VERSIONS[-1])


def deployment_of(directory: Path) -> dict[str, Any]:
    return next(o for o in render(directory) if o["kind"] == "Deployment")


def test_deployment_meets_pod_security_restricted_and_the_runbook() -> None:
    deployment = deployment_of(K8S / "overlays" / "example")
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    security = container["securityContext"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault"
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    assert security["readOnlyRootFilesystem"] is True
    assert {"name": "tmp", "mountPath": "/tmp"} in container["volumeMounts"]
    assert any(v["name"] == "tmp" and "emptyDir" in v for v in pod["volumes"])
    assert pod["terminationGracePeriodSeconds"] == 60
    assert container["livenessProbe"]["httpGet"] == {"path": "/livez", "port": "metrics"}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "metrics"}
    assert {"name": "metrics", "containerPort": 9108, "protocol": "TCP"} in container["ports"]
    assert container["resources"]["requests"] and container["resources"]["limits"]["memory"]


def test_a_settings_change_renames_the_configmap_so_pods_roll() -> None:
    objects = render(K8S / "overlays" / "example")
    config = next(o for o in objects if o["kind"] == "ConfigMap")
    assert config["metadata"]["name"].startswith("wire-enrich-config-")
    deployment = deployment_of(K8S / "overlays" / "example")
    refs = [e["configMapRef"]["name"] for e in deployment["spec"]["template"]["spec"]["containers"][0]["envFrom"]]
    assert refs == [config["metadata"]["name"]]
    assert config["data"]["WIRE_BOOTSTRAP_SERVERS"] == "my-cluster-kafka-bootstrap:9092"
    assert config["data"]["WIRE_METRICS_PORT"] == "9108"
    base_config = next(o for o in render(K8S / "base") if o["kind"] == "ConfigMap")
    assert base_config["metadata"]["name"] != config["metadata"]["name"]


def test_keda_scaler_watches_the_workers_group_and_topic() -> None:
    objects = render(K8S / "overlays" / "example")
    config = next(o for o in objects if o["kind"] == "ConfigMap")["data"]
    (trigger,) = next(o for o in objects if o["kind"] == "ScaledObject")["spec"]["triggers"]
    assert trigger["type"] == "kafka"
    assert trigger["metadata"]["bootstrapServers"] == config["WIRE_BOOTSTRAP_SERVERS"]
    assert trigger["metadata"]["consumerGroup"] == config["WIRE_APP_ID"]
    assert trigger["metadata"]["topic"] == config["WIRE_RAW_TOPIC"]


def test_strimzi_topics_cover_every_configured_topic() -> None:
    objects = render(K8S / "overlays" / "example")
    config = next(o for o in objects if o["kind"] == "ConfigMap")["data"]
    wanted = {v for k, v in config.items() if k.endswith("_TOPIC")}
    wanted.add(f"{config['WIRE_APP_ID']}-revisions-changelog")  # the revisions table's, named by faust
    topics = {o["spec"]["topicName"] for o in objects if o["kind"] == "KafkaTopic"}
    assert topics == wanted
    assert len(wanted) == 10
    by_name = {o["spec"]["topicName"]: o["spec"] for o in objects if o["kind"] == "KafkaTopic"}
    changelog = by_name[f"{config['WIRE_APP_ID']}-revisions-changelog"]
    assert changelog["partitions"] == by_name[config["WIRE_RAW_TOPIC"]]["partitions"]
    assert changelog["config"]["cleanup.policy"] == "compact,delete"
    days = float(config["WIRE_REVISIONS_RETENTION_DAYS"])
    assert int(changelog["config"]["retention.ms"]) == int(days * 86_400_000)


def test_pdb_and_podmonitor_select_the_workers_pods() -> None:
    objects = render(K8S / "base")
    pod_labels = deployment_of(K8S / "base")["spec"]["template"]["metadata"]["labels"]
    pdb = next(o for o in objects if o["kind"] == "PodDisruptionBudget")
    monitor = next(o for o in objects if o["kind"] == "PodMonitor")
    assert pdb["spec"]["maxUnavailable"] == 1
    assert pdb["spec"]["unhealthyPodEvictionPolicy"] == "AlwaysAllow"
    for selector in (pdb["spec"]["selector"]["matchLabels"], monitor["spec"]["selector"]["matchLabels"]):
        assert selector and selector.items() <= pod_labels.items()
    assert monitor["spec"]["podMetricsEndpoints"][0]["port"] == "metrics"
