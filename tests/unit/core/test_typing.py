"""The pure core type-checks under ``mypy --strict`` (settings in pyproject's ``[tool.mypy]``)."""

from pathlib import Path

from mypy import api

REPO_ROOT = Path(__file__).resolve().parents[3]


def test_core_is_clean_under_mypy_strict(tmp_path: Path) -> None:
    out, err, status = api.run(["--config-file", str(REPO_ROOT / "pyproject.toml"), "--strict",
                                "--cache-dir", str(tmp_path), str(REPO_ROOT / "worker" / "core")])
    assert status == 0, f"mypy --strict worker/core:\n{out}{err}"
