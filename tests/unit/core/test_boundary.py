"""The pure core never touches the process environment.

What the core may import is a declared contract (pyproject's [tool.importlinter], run by
tests/unit/test_import_contracts.py): no os, sys or importlib, no edge module, no Kafka client. An
import graph cannot see attribute use or dynamic imports, so this scans the core's syntax for
them: ``o.environ``, ``getenv``, ``__import__("os")``, ``getattr(module, "environ")``,
``import_module(...)``, ``eval``/``exec``.
"""

import ast
from pathlib import Path

import pytest

import worker.core

CORE = Path(worker.core.__file__).parent
# Attribute or name reads that reach the environment, whatever module object they hang off.
ENV_NAMES = frozenset({"environ", "environb", "getenv", "getenvb", "putenv", "unsetenv"})
# Calls that import or evaluate by name, past any import graph: however they are reached, and the
# builtins that evaluate code (only as bare names: `re.compile` is no way around the graph).
DYNAMIC_CALLS = frozenset({"__import__", "import_module", "reload"})
EVALUATING_BUILTINS = frozenset({"eval", "exec", "compile"})
# Strings that name the environment or a way around the import graph when passed to getattr & co.
SMUGGLED = ENV_NAMES | {"os", "sys", "importlib", "builtins", "modules", "__builtins__"}


def environment_access(source: str) -> list[str]:
    """Every place in ``source`` that reads the environment or imports dynamically."""
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Attribute) and node.attr in ENV_NAMES | {"modules"}:
            found.append(f"l.{line}: .{node.attr}")
        elif isinstance(node, ast.Name) and node.id in ENV_NAMES | {"__builtins__"}:
            found.append(f"l.{line}: {node.id}")
        elif isinstance(node, ast.ImportFrom) and any(a.name in ENV_NAMES | DYNAMIC_CALLS for a in node.names):
            found.append(f"l.{line}: from {node.module} import {', '.join(a.name for a in node.names)}")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in DYNAMIC_CALLS or (isinstance(func, ast.Name) and name in EVALUATING_BUILTINS):
                found.append(f"l.{line}: {name}(...)")
            elif name in ("getattr", "setattr", "hasattr", "vars", "globals") and any(
                    isinstance(a, ast.Constant) and a.value in SMUGGLED for a in node.args):
                found.append(f"l.{line}: {name}(..., a name of the environment)")
    return found


def test_core_never_reads_the_environment_or_imports_dynamically() -> None:
    offenders = {str(p.relative_to(CORE)): hits for p in sorted(CORE.rglob("*.py"))
                 if (hits := environment_access(p.read_text()))}
    assert len(list(CORE.rglob("*.py"))) > 40  # the scan reads the real core
    assert not offenders


@pytest.mark.parametrize("source", [
    "import os as o\nX = o.environ['WIRE_MODEL']\n",
    "import os\nX = os.getenv('WIRE_MODEL')\n",
    "from os import environ as e\n",
    "from os import getenv\n",
    "X = __import__('os').environ\n",
    "import importlib\nos = importlib.import_module('o' + 's')\n",
    "import sys\nX = sys.modules['os']\n",
    "X = getattr(__builtins__, 'open')\n",
    "def f(m):\n    return getattr(m, 'environ')\n",
    "X = eval('1')\n",
])
def test_the_scan_catches_each_way_of_reaching_the_environment(source: str) -> None:
    assert environment_access(source), source


def test_the_scan_leaves_ordinary_code_alone() -> None:
    source = ("import re\nfrom pathlib import Path\n\nDATA = Path(__file__).parent / 'data.json'\n"
              "WORD = re.compile(r'\\w+')\n"
              "def f(doc):\n    return getattr(doc, 'ents', ()) or doc.environment_words\n")
    assert environment_access(source) == []
