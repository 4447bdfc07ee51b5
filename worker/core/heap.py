"""Giving memory Python has freed back to the operating system.

Loading a model or building a table allocates far more than it keeps: the parsed files, the
dicts that are packed and dropped. CPython returns the small objects to glibc's malloc, which keeps
the freed pages mapped for reuse, so they still count in the process's RSS, once per pool process.
`malloc_trim(0)` hands those pages back. It is glibc's: elsewhere (musl, macOS) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


def release_freed_memory() -> bool:
    """Return freed heap pages to the system; whether the C library has the call (glibc only)."""
    libc = _libc()
    if libc is None:
        return False
    libc.malloc_trim(0)  # 1 if it released something, 0 if there was nothing to release
    return True
