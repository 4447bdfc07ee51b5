"""The pure core knows nothing of Kafka, faust, metrics, the CLI or the environment."""

import ast
from pathlib import Path

import worker.core

CORE = Path(worker.core.__file__).parent
FORBIDDEN = ("faust", "kafka", "aiokafka", "prometheus_client", "typer", "worker.runtime", "worker.cli",
             "worker.config", "worker.local_kafka")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_no_edge_module() -> None:
    offenders = {
        f"{path.relative_to(CORE)}: {name}"
        for path in CORE.rglob("*.py")
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    }
    assert not offenders


def test_core_never_reads_the_environment() -> None:
    offenders = [str(p.relative_to(CORE)) for p in CORE.rglob("*.py")
                 if "os.environ" in p.read_text() or "getenv" in p.read_text()]
    assert not offenders
