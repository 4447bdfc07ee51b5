from __future__ import annotations

import pytest
import spacy
from spacy.language import Language


@pytest.fixture(scope="session")
def fr() -> Language:
    """The French pipeline, loaded once for every French rule test."""
    return spacy.load("fr_core_news_sm")
