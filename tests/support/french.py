"""Reading a French sentence through the rules, shared by the French rule tests."""

from __future__ import annotations

from datetime import datetime, timezone

from spacy.language import Language

from worker.core.extract import extract_all
from worker.core.models import RawStory
from worker.core.models.enriched import Facts

# A Tuesday: "lundi" is the day before, "jeudi" in a future sentence two days after.
PUBLISHED = datetime(2026, 3, 17, 10, tzinfo=timezone.utc)


def read(fr: Language, body: str) -> Facts:
    return extract_all(fr(body), RawStory(story_id="t", body=body, published_at=PUBLISHED, source_format="text"))
