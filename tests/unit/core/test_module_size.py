"""Modules of the pure core stay small enough to read in one sitting (under 300 lines)."""

from pathlib import Path

CORE = Path(__file__).resolve().parents[3] / "worker" / "core"
LIMIT = 300


def test_every_core_module_is_under_the_line_limit() -> None:
    sizes = {str(p.relative_to(CORE)): len(p.read_text().splitlines()) for p in CORE.rglob("*.py")}
    assert len(sizes) > 40
    over = {name: n for name, n in sizes.items() if n >= LIMIT}
    assert not over, f"split these modules (limit {LIMIT} lines): {over}"
