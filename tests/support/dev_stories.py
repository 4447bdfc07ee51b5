"""Where the hand-made dev stories are: beside the repository, in the shared checkout.

``WIRE_DEV_STORIES`` names the folder outright. Otherwise it is ``../shared/data/dev`` next to
this checkout or, for a linked git worktree, next to the main checkout it belongs to.
"""

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def _main_checkout(root: Path) -> Path | None:
    """The main checkout of a linked worktree (whose ``.git`` is a file naming its git dir)."""
    marker = root / ".git"
    if not marker.is_file():
        return None
    text = marker.read_text().strip()
    if not text.startswith("gitdir:"):
        return None
    gitdir = Path(text.split(":", 1)[1].strip())
    # <main>/.git/worktrees/<name>
    return gitdir.parents[2] if gitdir.parent.name == "worktrees" else None


def dev_dir() -> Path:
    named = os.environ.get("WIRE_DEV_STORIES")
    if named:
        return Path(named)
    default = REPO_ROOT.parent / "shared" / "data" / "dev"
    main = _main_checkout(REPO_ROOT)
    if not default.is_dir() and main is not None:
        return main.parent / "shared" / "data" / "dev"
    return default


def require_dev_story(name: str = "kyiv-diplomacy.txt") -> Path:
    """The dev story's path; without it, a test that needs it is skipped with the reason said.

    The repository's own stories are the always-on check. The project's CI has the dev story beside
    the checkout and sets ``WIRE_REQUIRE_DEV_STORIES=1``, so there a missing story fails, never skips.
    """
    import pytest

    path = dev_dir() / name
    if path.is_file():
        return path
    message = f"the hand-made dev story is not beside this checkout ({path}); the repository's own stories still run"
    if os.environ.get("WIRE_REQUIRE_DEV_STORIES") == "1":
        pytest.fail(message)
    pytest.skip(message)
