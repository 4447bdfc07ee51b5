"""A pipeline gives back to the system what each batch freed, once the batch's memory zone is closed,
and its settings say where the cached files it opens live."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from worker.config import Settings
from worker.core.heap import release_freed_memory
from worker.core.pipeline import BatchOutcome, SourceRecord
from worker.runtime import spec
from worker.runtime.spec import PipelineSpec, bounded


class _Recorder:
    """Stands in for the pipeline: records the order of zone, batch and release."""

    def __init__(self) -> None:
        self.events: list[str] = []

    @contextmanager
    def memory_zones(self) -> Iterator[None]:
        self.events.append("zone")
        yield
        self.events.append("zone closed")

    def process(self, batch: list[SourceRecord]) -> BatchOutcome:
        self.events.append(f"batch of {len(batch)}")
        return BatchOutcome([], {})


def test_every_batch_releases_freed_memory_after_its_zone_closes(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = _Recorder()
    monkeypatch.setattr(spec, "release_freed_memory", lambda: pipeline.events.append("released") or True)
    process = bounded(pipeline)  # type: ignore[arg-type]
    assert pipeline.events == ["batch of 1"]  # the warm-up story, outside any zone
    process([SourceRecord(value=b"x", key=b"k")] * 3)
    assert pipeline.events[1:] == ["zone", "batch of 3", "zone closed", "released"]


def test_releasing_freed_memory_runs_on_this_glibc_system() -> None:
    assert release_freed_memory() is True


def test_the_cache_directory_setting_reaches_the_spec(tmp_path: Path) -> None:
    assert PipelineSpec.from_settings(Settings(cache_dir=tmp_path)).cache_dir == tmp_path
    assert Settings().cache_dir == Path.home() / ".cache" / "wire-enrich"
