"""Files built once from the installed packages and read by every process: the cache directory.

A per-user cache outside the checkout by default, shared by every process of the user;
WIRE_CACHE_DIR moves it (the image ships one built, see deploy/Dockerfile). A file is named by a
fingerprint of what it is built from, so an upgrade writes a new one beside the old. The first
process to need a file builds it under a lock, into a temporary file renamed into place: two
processes starting at once build it once, and none ever reads half a file.
"""

from __future__ import annotations

import fcntl
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from worker.core.heap import release_freed_memory

log = logging.getLogger(__name__)

DEFAULT_CACHE_DIR = Path.home() / ".cache" / "wire-enrich"
_cache_dir = [DEFAULT_CACHE_DIR]


def use_cache_dir(path: Path) -> None:
    """Where the cached files are (the edge's setting); before any of them is first opened."""
    _cache_dir[0] = Path(path)


def cache_dir() -> Path:
    return _cache_dir[0]


def ensure_file(path: Path, write: Callable[[Path], None]) -> Path:
    """``path``, written by ``write(temporary path)`` first if it is not there; OSError when the
    directory cannot be written."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / f".{path.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released on close; another builder waits here, then reads
        if path.exists():
            return path
        log.info("building %s (once per cache directory)", path)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as tmp:
            part = Path(tmp.name)
        try:
            write(part)
            part.chmod(0o644)  # readable by every user of the cache, as a file written by open() would be
            part.replace(path)
        finally:
            part.unlink(missing_ok=True)
    release_freed_memory()  # whatever the build parsed and dropped
    return path
