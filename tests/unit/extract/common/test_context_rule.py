"""One rule for the shared context: the orchestrator writes what each family returns; families only read."""

import ast
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[4] / "worker" / "core" / "extract"
ORCHESTRATOR = EXTRACT / "__init__.py"


def _writes_to_context(tree: ast.AST) -> list[int]:
    """Lines that assign to, or mutate in place, an attribute of a name called ``ctx``."""
    lines = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in {"append", "extend", "insert", "remove", "sort", "clear", "pop"}:
            targets = [node.func.value]
        for target in targets:
            while isinstance(target, ast.Subscript):
                target = target.value
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == "ctx":
                lines.append(node.lineno)
    return lines


def test_no_family_writes_to_the_shared_context() -> None:
    offenders = {str(p.relative_to(EXTRACT)): lines for p in EXTRACT.rglob("*.py")
                 if p != ORCHESTRATOR and (lines := _writes_to_context(ast.parse(p.read_text())))}
    assert not offenders, f"families only read the context; extract_all writes it: {offenders}"


def test_the_orchestrator_writes_every_family_result() -> None:
    assert len(_writes_to_context(ast.parse(ORCHESTRATOR.read_text()))) >= 5
