"""Bodies named in lower case by what they do: 'the health ministry', 'the national police',
'the Lyon prosecutor's office', 'its environment ministry'.

The model tags such bodies only when they are capitalised. Written in lower case they are still
one body of the story's government, and the summary lists them among its organisations. A head
word alone ('the ministry said') refers back to a body named before and adds none, and a body
that qualifies a title ('a health ministry spokesman') is part of that title.
"""

from spacy.tokens import Doc, Token

from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.entities.lexicon import POSSESSIVE_S
from worker.core.extract.entities.national import COUNTRIES
from worker.core.extract.entities.lexicon_bodies import (
    BODY_DETERMINERS, FIELD_HEADS, LEVEL_WORDS, LOWER_BODY_HEADS, LOWER_BODY_WORDS,
)
from worker.core.extract.entities.roles import Mention

# At most this many words between the determiner and the head ('federal emergency management').
_MAX_WORDS = 4


def lower_case_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions of lower-case bodies no other mention covers."""
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    places = {m.tok_end: m for m in mentions if m.label in ("GPE", "LOC")}
    found: list[Mention] = []
    for tok in doc:
        if tok.i in taken or not tok.is_lower or tok.lower_ not in LOWER_BODY_HEADS \
                or _qualifies_a_noun(doc, tok):
            continue
        start = _first_word(doc, tok, taken)
        if start is None:
            continue
        # 'the Lyon prosecutor's office': a place named first is the body's own town. ('the Vanuatu
        # foreign ministry' is a country's, which the rules for national bodies read, keeping the
        # country a place of the story.)
        if doc[start - 1].lower_ not in BODY_DETERMINERS:
            place = places.get(start)
            if (place.text if place is not None else doc[start - 1].text) in COUNTRIES:
                continue
            if place is not None:
                mentions.remove(place)
            start = place.tok_start if place is not None else start - 1
        span = doc[start:tok.i + 1]
        found.append(Mention(start, tok.i + 1, "ORG", span.text, span.start_char, span.end_char))
        taken.update(range(start, tok.i + 1))
    return found


def _first_word(doc: Doc, head: Token, taken: set[int]) -> int | None:
    """Where the body's name opens, or None when the words before the head name no body."""
    start = head.i
    words: list[str] = []
    while start > 0 and head.i - start < _MAX_WORDS and start - 1 not in taken:
        before = doc[start - 1]
        if before.text in POSSESSIVE_S and start > 1 and doc[start - 2].lower_ in LOWER_BODY_WORDS:
            start -= 1   # "prosecutor's office"
            continue
        if not before.is_lower or before.lower_ not in LOWER_BODY_WORDS:
            break
        words.append(before.lower_)
        start -= 1
    if not words or start == 0:
        return None
    if head.lower_ in FIELD_HEADS and all(w in LEVEL_WORDS for w in words):
        return None
    opener = doc[start - 1]
    if opener.lower_ in BODY_DETERMINERS or _one_town(doc, opener):
        return start
    return None


def _one_town(doc: Doc, word: Token) -> bool:
    """A single capitalised name after 'the' ('the Lyon prosecutor's office')."""
    # ('the Chilean foreign ministry' is a nationality's, which the rules keep a speaker, not a body.)
    return word.pos_ == "PROPN" and word.text[:1].isupper() and word.text.isalpha() \
        and word.lower_ not in DEMONYMS and word.i > 0 and doc[word.i - 1].lower_ in BODY_DETERMINERS


def _qualifies_a_noun(doc: Doc, head: Token) -> bool:
    """'a health ministry spokesman', 'coast guard crews': the body qualifies another noun."""
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and head.dep_ == "compound"
