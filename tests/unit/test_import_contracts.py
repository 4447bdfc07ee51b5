"""The import boundary as declared contracts (pyproject's [tool.importlinter]), run in the suite.

The contracts are only worth something if they see every way of importing: the second test plants
violations in a copy of the package and checks that `lint-imports` names each one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "pyproject.toml"

# module (relative to the copied package) -> source that breaks a contract
PROBES = {
    "core/probe_relative.py": "from ..runtime import metrics\n",
    "core/probe_package_attribute.py": "from worker import config\n",
    "core/probe_aliased_os.py": "import os as o\n\nHOME = o.sep\n",
    "core/probe_kafka_client.py": "import kafka.admin as admin\n",
    "core/probe_lazy.py": "def later() -> None:\n    from worker.runtime import executor  # noqa\n",
    "runtime/probe_upward.py": "from worker.cli import common\n",
}


def test_the_declared_import_contracts_hold() -> None:
    assert lint_imports(config_filename=str(CONFIG), no_cache=True, no_logo=True) == 0


def test_the_contracts_catch_relative_aliased_attribute_and_lazy_imports(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "worker", tmp_path / "worker", ignore=shutil.ignore_patterns("__pycache__", "samples"))
    for name, source in PROBES.items():
        (tmp_path / "worker" / name).write_text(source)
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    done = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--config", str(CONFIG), "--no-cache",
                           "--no-logo"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    for name in PROBES:
        module = "worker." + name.removesuffix(".py").replace("/", ".")
        assert module in done.stdout, f"{module} broke a contract unnoticed:\n{done.stdout}"
