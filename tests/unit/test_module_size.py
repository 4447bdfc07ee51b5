"""Every module of the package, edges included, stays small enough to read in one sitting."""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "worker"
LIMIT = 300


def test_every_module_of_the_package_is_under_the_line_limit() -> None:
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text().splitlines()) for p in PACKAGE.rglob("*.py")}
    assert len(sizes) > 80
    over = {name: n for name, n in sizes.items() if n >= LIMIT}
    assert not over, f"split these modules (limit {LIMIT} lines): {over}"
