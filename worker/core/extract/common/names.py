"""Names of things in the story: the consolidated entity a span belongs to, a phrase's name,
and the dateline place.
"""

import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from worker.core.extract.common import doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.grammar import strip_determiner
from worker.core.extract.common.lexicon import NICKNAME_CUES

PLACE_LABELS = {"GPE", "LOC", "FAC"}


def canonical_name(ctx: Context, span: Span) -> str:
    """The consolidated entity name for a span, else the span text without 'the' or "'s"."""
    index = ctx.names()
    found = index.overlapping(span.start_char, span.end_char)
    if found is not None:
        return found
    text = strip_determiner(span.text)
    return index.named(text) or text


def entity_at(doc: Doc, token: Token) -> Span | None:
    # Ask the token first: it is O(1), and most tokens are outside every entity.
    if token.ent_iob_ == "O" or not token.ent_iob_:
        return None
    return doc_cache.entity_covering(doc, token.i)


def phrase_name(ctx: Context, token: Token) -> str:
    """A name for the noun phrase headed by ``token``: its entity, else the bare phrase."""
    ent = entity_at(token.doc, token)
    if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}:
        return canonical_name(ctx, ent)
    # A mention the model missed but entity consolidation recovered.
    covering = ctx.names().covering(token.idx)
    if covering:
        return covering[0].name
    # Keep adjectival and compound modifiers ("European leaders", "U.S. officials").
    left = token.i
    for child in sorted(token.lefts, key=lambda t: -t.i):
        if child.dep_ in {"amod", "compound"} and child.right_edge.i == left - 1:
            left = child.left_edge.i
        elif child.text == "-" and child.i == left - 1 and not child.whitespace_:
            left = child.i   # '17-year-olds': the word is whole only with its hyphens
        else:
            break
    span = token.doc[left:token.i + 1]
    # ('WHO pledged ...' untagged there: the body whose short form it is, by its full name.)
    text = strip_determiner(span.text)
    return ctx.names().named(text) or text


_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'’ -]*[A-Z.])(?:,\s*[A-Z][A-Za-z. ]+)?\s*(?:\([^)]*\))?\s*[—–-]")


def dateline_place(ctx: Context) -> str | None:
    """The dateline place from the story facts when they exist, else read off the body."""
    if ctx.story_facts is not None and ctx.story_facts.dateline is not None:
        return ctx.story_facts.dateline.place
    match = _DATELINE.match(ctx.story.body)
    if not match:
        return ctx.story.located
    raw = match.group(1).strip()
    titled = " ".join(w.capitalize() if not w.endswith(".") else w for w in raw.split())
    for entity in ctx.entities:
        if entity.name.lower() == titled.lower() or titled.lower() in (a.lower() for a in entity.aliases):
            return entity.name
    return titled


def lead_start(ctx: Context) -> int:
    """Where the story's reporting starts: its dateline, below a headline and By-line. A headline
    ('Rebels kill 23 in attack on Congo village') repeats the facts the body tells with their
    arguments, so events and counts are read from the dateline on."""
    line = ctx.story_facts.dateline if ctx.story_facts is not None else None
    return line.evidence.start if line is not None and line.evidence is not None else 0


def in_section_head(ctx: Context) -> Callable[[int], bool]:
    """Whether an offset lies in a sub-head ('Thousands flee to Ethiopia'): a label over the text
    below it, which tells its events and counts with their arguments. A bisection over the sorted
    heads: asked for every trigger word, so a long story's many sub-heads must not make it quadratic."""
    heads = ctx.story_facts.section_heads if ctx.story_facts is not None else []
    spans = sorted((h.evidence.start, h.evidence.end) for h in heads)
    starts, ends = [s for s, _ in spans], [e for _, e in spans]

    def inside(offset: int) -> bool:
        at = bisect_right(starts, offset) - 1
        return at >= 0 and offset < ends[at]
    return inside


_NICKNAME_TAIL = re.compile(rf"\b(?:{'|'.join(re.escape(c) for c in NICKNAME_CUES)})\s*[“\"]\s*$", re.IGNORECASE)


def nickname(body: str, start: int, text: str) -> bool:
    """A short quoted name right after 'known as', 'nicknamed' or 'dubbed' is a nickname: no
    quote, and no organisation ('a 38-year-old known as "El Zorro"'; an unquoted 'a group known as
    BlackVeil' is still a body)."""
    words = text.strip(" ,.").split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and bool(_NICKNAME_TAIL.search(body[max(0, start - 30):start]))


# Where the entity reader leaves the names a match report's grammar showed are clubs.
CLUBS_KEY = "wire.clubs"
# And the short names of its 'Town Nickname' sides ('Ottawa', 'Senators' -> 'Ottawa Senators').
CLUB_TOWNS_KEY = "wire.club_towns"


def is_club(doc: Doc, name: str) -> bool:
    """A name the entity reader read as a club ('Everton, who had lost four': sides take 'who' too)."""
    return name in doc.user_data.get(CLUBS_KEY, ())


def in_match_report(doc: Doc) -> bool:
    """The entity reader found the story a match report (it keeps a set of clubs only for those)."""
    return CLUBS_KEY in doc.user_data
