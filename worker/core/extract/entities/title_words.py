"""Words that make up a person's role: title heads, short forms in capitals, demonyms, and the
place names they resolve to. Leaf helpers the role and name rules share."""

from spacy.tokens import Doc, Token

from worker.core.extract.common.country_names import PLACE_CANONICAL
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.lexicon import (
    AGENT_ENDINGS, GENERIC_PERSON_NOUNS, OCCUPATION_ENDINGS, TITLE_HEADS,
)
from worker.core.extract.common.person_nouns import person_nouns
from worker.core.extract.entities.lexicon import INDEFINITE_ARTICLES, NAME_JOINERS, PORTFOLIO_JOINERS, PORTFOLIO_WORDS
from worker.core.extract.places.gazetteer import fold, gazetteer


def canonical_place(text: str) -> str:
    return PLACE_CANONICAL.get(text.lower(), text)


def country_for_demonym(demonym: str, places: list[str]) -> str:
    """'Ukrainian' -> 'Ukraine': the table first, then the document's own place names."""
    low = demonym.lower()
    if low in DEMONYMS:
        return DEMONYMS[low]
    for place in places:
        common = len(_common_prefix(low, place.lower()))
        if common >= 4 and common >= len(place) - 2:
            return place
    # "Indonesian" -> "Indonesia", "Zambian" -> "Zambia": the regular -an/-ian pattern.
    if low.endswith("an") and len(low) > 5:
        return demonym[:-1]
    return demonym


def _common_prefix(a: str, b: str) -> str:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


def initials(name: str) -> str:
    """The capitals of a name's words, joiners left out: 'Islamic State West Africa Province'
    -> 'ISWAP'; 'Information Commissioner's Office' -> 'ICO'."""
    return "".join(w[0] for w in name.replace("’", "'").split()
                   if w[:1].isupper() and w.lower() not in NAME_JOINERS)


def is_title_head(tok: Token, described: bool = False) -> bool:
    """A title's head word; ``described``: where an appositive says what someone is, any
    lower-case person noun ("X, a 38-year-old bus driver")."""
    word = tok.lower_.split("-")[-1]
    return tok.lower_ in TITLE_HEADS or word in TITLE_HEADS \
        or (tok.is_alpha and len(word) > len("ologist") and word.endswith(OCCUPATION_ENDINGS)) \
        or (described and tok.is_lower and tok.tag_ == "NN" and word in person_nouns())


def is_initials(tok: Token) -> bool:
    return tok.is_upper and tok.is_alpha and len(tok) > 1


def joins_name(doc: Doc, i: int) -> bool:
    """'of' between capitalised words joins one body's name ("Regional District of Central Okanagan")."""
    return doc[i].lower_ == "of" and 0 < i < len(doc) - 1 and doc[i - 1].text[:1].isupper() \
        and doc[i + 1].text[:1].isupper()


def is_demonym(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower_ in DEMONYMS and tok.lower_ not in PLACE_CANONICAL


def is_agent_noun(tok: Token) -> bool:
    """'X, a stallholder': a lower-case agent noun after 'a' in an appositive says what X does."""
    return tok.is_lower and tok.tag_ == "NN" and tok.lower_.endswith(AGENT_ENDINGS) and len(tok) > 4 \
        and tok.lower_ not in GENERIC_PERSON_NOUNS and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in tok.children)


def is_country_name(name: str) -> bool:
    return fold(name) in gazetteer().country_names


def title_of_portfolio(doc: Doc, name_start: int) -> int | None:
    """'Secretary of State X', 'Director of Public Prosecutions Y', 'Minister of State for Trade Z':
    the index of the capitalised title word whose portfolio, joined by 'of' or 'for', runs up to
    the name. The portfolio is capitalised words only, so 'the head of the delegation X' is none."""
    k, found = name_start - 1, None
    sent_start = doc[name_start].sent.start if name_start < len(doc) else 0
    while k > sent_start:
        words = 0
        while k > sent_start and words < 4 and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN") \
                or words and doc[k].lower_ == "and" and doc[k - 1].text[:1].isupper():
            k, words = k - 1, words + 1
        if not words or doc[k].lower_ not in PORTFOLIO_JOINERS or k == 0:
            break
        head = doc[k - 1]
        if head.text[:1].isupper() and is_title_head(head):
            found = k - 1
        k -= 1
    return found


def past_portfolio(doc: Doc, start: int, end: int) -> int:
    """Where the name starts in a mention that took in the end of a portfolio: 'Public Prosecutions
    Jane X' after 'Director of'. Unchanged unless a title and its joiner stand right before it."""
    if start < 2 or doc[start - 1].lower_ not in PORTFOLIO_JOINERS or not is_title_head(doc[start - 2]):
        return start
    k = start
    while k < end - 1 and (doc[k].lower_ in PORTFOLIO_WORDS or doc[k].tag_ == "NNPS"):
        k += 1
    return k


def hyphened_title_before(doc: Doc, i: int) -> bool:
    """'Fly-half Sione Havili': the word before token ``i``, its hyphened pieces joined, is a title."""
    k = i - 1
    while k > 0 and not doc[k - 1].whitespace_ and (doc[k].text == "-" or doc[k - 1].text == "-"):
        k -= 1
    return k < i - 1 and doc[k:i].text.lower() in TITLE_HEADS
