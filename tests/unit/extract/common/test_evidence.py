"""Every fact's evidence slices the story body exactly, on every story we have."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from worker.core.models.enriched import Facts
from tests.support.dev_stories import require_dev_story
from tests.unit.conftest import DEV_DIR, STORIES_DIR

Run = Callable[..., Facts]
# The dev story joins when it is beside the checkout; the repository's own stories always run.
STORY_FILES = sorted(STORIES_DIR.glob("*.txt")) + sorted((STORIES_DIR.parent / "fresh").glob("*.txt")) + [
    p for p in [DEV_DIR / "kyiv-diplomacy.txt"] if p.is_file()]


def _evidence(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if {"text", "start", "end", "sentence_start", "sentence_end"} <= node.keys():
            yield node
        for value in node.values():
            yield from _evidence(value)
    elif isinstance(node, list):
        for item in node:
            yield from _evidence(item)


def test_the_dev_story_is_present() -> None:
    assert require_dev_story().is_file()


@pytest.mark.parametrize("path", STORY_FILES, ids=lambda p: p.stem)
def test_every_fact_evidence_slices_the_body_exactly(facts_of: Run, path: Path) -> None:
    body = path.read_text(encoding="utf-8")
    evidence = list(_evidence(facts_of(body).model_dump()))
    assert evidence, "no evidence at all"
    for ev in evidence:
        assert body[ev["start"]:ev["end"]] == ev["text"]
        assert ev["sentence_start"] <= ev["start"] <= ev["end"] <= ev["sentence_end"] <= len(body)
