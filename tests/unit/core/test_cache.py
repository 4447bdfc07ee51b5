"""Files in the cache directory are built once, whole, whoever asks for them first."""

from __future__ import annotations

import stat
import threading
import time
from pathlib import Path

import pytest

from worker.core.cache import ensure_file


def test_two_threads_asking_at_once_build_the_file_once(tmp_path: Path) -> None:
    built: list[Path] = []

    def write(part: Path) -> None:
        built.append(part)
        time.sleep(0.3)  # long enough for the other caller to reach the lock
        part.write_text("done")

    target = tmp_path / "cache" / "thing.bin"
    callers = [threading.Thread(target=ensure_file, args=(target, write)) for _ in range(2)]
    for t in callers:
        t.start()
    for t in callers:
        t.join()
    assert len(built) == 1 and built[0] != target
    assert target.read_text() == "done" and stat.S_IMODE(target.stat().st_mode) == 0o644
    assert sorted(p.name for p in target.parent.iterdir()) == [".thing.bin.lock", "thing.bin"]


def test_a_build_that_fails_leaves_no_file_behind(tmp_path: Path) -> None:
    def write(part: Path) -> None:
        part.write_text("half")
        raise RuntimeError("interrupted")

    target = tmp_path / "thing.bin"
    with pytest.raises(RuntimeError):
        ensure_file(target, write)
    assert not target.exists() and [p.name for p in tmp_path.iterdir()] == [".thing.bin.lock"]


def test_a_file_already_there_is_not_built_again(tmp_path: Path) -> None:
    target = tmp_path / "thing.bin"
    target.write_text("old")
    assert ensure_file(target, lambda part: part.write_text("new")) == target
    assert target.read_text() == "old"
