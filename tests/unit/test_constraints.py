"""Installs are reproducible: every dependency the project names is pinned to one exact version."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_dependency_and_extra_is_pinned_exactly_in_constraints() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        wanted |= {_name(r) for r in extra}
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[name.lower().replace("_", "-")] = version
    missing = sorted(n for n in wanted if n not in pins)
    assert not missing, f"not pinned in constraints.txt (run `make constraints`): {missing}"
    assert all(re.fullmatch(r"[\w.+!]+", v) for v in pins.values())


def test_the_image_builds_from_the_same_pins_on_a_pinned_base() -> None:
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    assert "-c constraints.txt" in dockerfile
    assert all(re.match(r"FROM python:3\.11\.\d+-slim-\w+", line) for line in dockerfile.splitlines()
               if line.startswith("FROM"))
