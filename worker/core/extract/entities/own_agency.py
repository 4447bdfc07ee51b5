"""The wire agency that files the story, met in its own copy as the one spoken to.

"..., its dean told AFP" under an "(AFP)" dateline names the reporter, not a body the story is
about: a desk joining organisations across stories would otherwise find every agency in every
story it filed. The agency stays a body wherever it acts or is acted on ("AFP journalists saw").
"""

from spacy.tokens import Doc, Token

from worker.core.extract.common import doc_cache
from worker.core.extract.entities.lexicon_agency import SPOKEN_TO_HEADS, SPOKEN_TO_PREPS, SPOKEN_TO_VERBS
from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.title_words import initials
from worker.core.extract.story.reader import boilerplate_ranges


def without_own_agency(doc: Doc, mentions: list[Mention], provider: str | None) -> list[Mention]:
    """``mentions`` without those of the filing agency where it is only the one told."""
    if not provider:
        return mentions
    # (Its '(AFP)' in the dateline, found again once the body names it, is the credit.)
    skip = boilerplate_ranges(doc_cache.text(doc))
    return [m for m in mentions if not (m.label == "ORG" and _names(m.text, provider) and (
        _spoken_to(doc[m.tok_end - 1]) or any(s <= m.start < e for s, e in skip)))]


def _names(text: str, provider: str) -> bool:
    # '(AP)' ... 'told The Associated Press': the agency by its name or its initials.
    bare = text[4:] if text.startswith("The ") else text
    return provider in (text, bare) or initials(bare) == provider


def _spoken_to(tok: Token) -> bool:
    """'told AFP', 'said in an interview with Reuters', 'said to AP'."""
    head = tok.head
    if tok.dep_ in {"dobj", "dative"} and head.lemma_.lower() in SPOKEN_TO_VERBS:
        return True
    return tok.dep_ == "pobj" and head.lower_ in SPOKEN_TO_PREPS and head.head.lemma_.lower() in SPOKEN_TO_HEADS
