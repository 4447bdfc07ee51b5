"""French story facts: the AFP dateline ("MARSEILLE, 12 mars 2026 (AFP) -", "BEYROUTH, 2 déc. 2026 (AFP) -")
and the credit: the byline's author ("Par Claire Moulin", its own paragraph before the dateline), else the agency."""

import re

from spacy.tokens import Doc

from worker.core.extract.common.context import Context
from worker.core.extract.story.lexicon_fr import (
    BYLINE_JOINERS_FR, BYLINE_OPENERS_FR, MONTH_ABBREVIATIONS_FR, MONTHS_FR, PLACE_PARTICLES_FR,
)
from worker.core.models.story import Dateline, StoryFacts

_MONTH_FR = "|".join([*(re.escape(m) for m in MONTH_ABBREVIATIONS_FR), *MONTHS_FR])
_NAME_WORD = r"[A-ZÀ-Ý][\w'’\-]+"
_AUTHOR = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{'|'.join(BYLINE_JOINERS_FR)})){{1,5}}"
# A byline is a paragraph of its own, a name or two after "Par", before the dateline.
_BYLINE_FR = re.compile(rf"^(?:{'|'.join(BYLINE_OPENERS_FR)})\s+(?P<author>{_AUTHOR})[ \t]*\n\s*")
_DATELINE_FR = re.compile(
    r"(?P<raw>(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’\-]*(?: [A-ZÀ-Ý][A-ZÀ-Ý'’\-]*){0,3}))"
    rf"(?:,\s*(?P<date>\d{{1,2}}(?:er)?\s+(?:{_MONTH_FR})(?:\s+\d{{4}})?))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&\-]{0,30})\))?"
    r"\s*(?:—|–|--|-)\s+"
)
# A dateline in ordinary case is one only with its agency: "Bruxelles (AFP) -", "Port-Soudan (AFP) -".
_PLACE_WORD = r"[A-ZÀ-Ý][a-zà-ÿ]*(?:['’\-][A-Za-zÀ-ÿ]+)*"
_DATELINE_CASED_FR = re.compile(
    rf"(?P<raw>(?P<place>{_PLACE_WORD}(?: (?:{'|'.join(PLACE_PARTICLES_FR)}|{_PLACE_WORD})){{0,3}}))"
    rf"(?:,\s*(?P<date>\d{{1,2}}(?:er)?\s+(?:{_MONTH_FR})(?:\s+\d{{4}})?))?"
    r"\s*\((?P<agency>[A-Z][\w .&\-]{0,30})\)\s*(?:—|–|--|-)\s+"
)


def place_name(raw: str) -> str:
    """'PORT-AU-PRINCE' -> 'Port-au-Prince': capitals, particles lower case."""
    words = re.split(r"([\s\-'’])", raw.lower())
    return "".join(w if w in PLACE_PARTICLES_FR and i > 0 else w.capitalize() for i, w in enumerate(words))


def _heading(body: str) -> "tuple[str | None, re.Match[str] | None]":
    """The byline's author, if a byline opens the body, and the dateline after it."""
    byline = _BYLINE_FR.match(body)
    at = byline.end() if byline else 0
    return (byline.group("author") if byline else None), \
        _DATELINE_FR.match(body, at) or _DATELINE_CASED_FR.match(body, at)


def dateline_range(body: str) -> tuple[int, int] | None:
    """Where the byline and dateline (place, date, agency) sit: nothing inside them is a story fact."""
    byline = _BYLINE_FR.match(body)
    _, match = _heading(body)
    end = match.end() if match else byline.end() if byline else 0
    return (0, end) if end else None


def extract(doc: Doc, ctx: Context) -> StoryFacts:
    story = ctx.story
    ev = ctx.evidence
    author, match = _heading(story.body)
    dateline = None
    if match:
        dateline = Dateline(place=place_name(match.group("place")), raw=match.group("raw"),
                            agency=match.group("agency"), evidence=ev.chars(match.start("raw"), match.end("raw")))
    elif story.located:
        dateline = Dateline(place=story.located, raw=story.located)
    provider = dateline.agency if dateline else None
    byline = story.byline or author
    return StoryFacts(
        story_id=story.story_id, version=story.version,
        headline=story.headline.strip() if story.headline else None, dateline=dateline,
        credit=byline or provider, byline=byline, provider=provider, language="fr",
        published_at=story.published_at, word_count=sum(1 for t in doc if not (t.is_punct or t.is_space)),
    )
