"""French story facts: the AFP dateline ("MARSEILLE, 12 mars 2026 (AFP) -") and its agency as credit."""

import re

from spacy.tokens import Doc

from worker.core.extract.common.context import Context
from worker.core.extract.story.lexicon_fr import MONTHS_FR, PLACE_PARTICLES_FR
from worker.core.models.story import Dateline, StoryFacts

_DATELINE_FR = re.compile(
    r"^(?P<raw>(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’\-]*(?: [A-ZÀ-Ý][A-ZÀ-Ý'’\-]*){0,3}))"
    rf"(?:,\s*(?P<date>\d{{1,2}}(?:er)?\s+(?:{'|'.join(MONTHS_FR)})(?:\s+\d{{4}})?))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&\-]{0,30})\))?"
    r"\s*(?:—|–|--|-)\s+"
)


def place_name(raw: str) -> str:
    """'PORT-AU-PRINCE' -> 'Port-au-Prince': capitals, particles lower case."""
    words = re.split(r"([\s\-'’])", raw.lower())
    return "".join(w if w in PLACE_PARTICLES_FR and i > 0 else w.capitalize() for i, w in enumerate(words))


def dateline_range(body: str) -> tuple[int, int] | None:
    """Where the dateline (place, date, agency) sits: nothing inside it is a story fact."""
    match = _DATELINE_FR.match(body)
    return (0, match.end()) if match else None


def extract(doc: Doc, ctx: Context) -> StoryFacts:
    story = ctx.story
    ev = ctx.evidence
    match = _DATELINE_FR.match(story.body)
    dateline = None
    if match:
        dateline = Dateline(place=place_name(match.group("place")), raw=match.group("raw"),
                            agency=match.group("agency"), evidence=ev.chars(0, match.end("raw")))
    elif story.located:
        dateline = Dateline(place=story.located, raw=story.located)
    provider = dateline.agency if dateline else None
    return StoryFacts(
        story_id=story.story_id, version=story.version,
        headline=story.headline.strip() if story.headline else None, dateline=dateline,
        credit=story.byline or provider, byline=story.byline, provider=provider, language="fr",
        published_at=story.published_at, word_count=sum(1 for t in doc if not (t.is_punct or t.is_space)),
    )
