"""Where a role's body is when the words around a title do not name it at once: a short form in
capitals before the title ('WMO Secretary-General X'), a body in apposition to the kind of body
named ('a spokesman for the state-owned operator Silesian Coal Company'), or the body a lower-case
word's own 'of' names ('director of operations of Relief Horizons International')."""

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from worker.core.extract.common.lexicon import ORG_NOMINALS
from worker.core.extract.entities.lexicon import AFFIL_PREPS, PORTFOLIOS
from worker.core.extract.entities.title_words import is_initials, is_title_head

# 'the Geneva-based director': participles that tell where a person works or comes from.
LOCATED_PARTICIPLES = frozenset({"based", "born", "bred", "raised"})


def leading_initials(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """'WMO Secretary-General X', 'IMF Managing Director Y': a short form in capitals before a
    capitalised title is the body the person serves, even where the model tagged no entity."""
    while start < end and doc[start].text == "-":   # the dash after a dateline
        start += 1
    k = start
    while k < end - 1 and is_initials(doc[k]) and not is_title_head(doc[k]) and doc[k].lower_ not in PORTFOLIOS:
        k += 1
    return (start, k) if k > start and doc[k].text[:1].isupper() else None


def named_body_in(obj: Token, org_spans: Mapping[int, tuple[int, int]]) -> tuple[int, int] | None:
    """The body named inside a title's object: in apposition to the kind it is ('the operator
    Silesian Coal Company'), or behind an 'of' hung on a lower-case word that is no body itself
    ('operations of Relief Horizons International')."""
    for c in obj.children:
        if c.dep_ == "appos" and c.i in org_spans:
            return org_spans[c.i]
    if obj.is_lower and obj.lemma_ not in ORG_NOMINALS:
        for p in obj.children:
            if p.dep_ == "prep" and p.lower_ in AFFIL_PREPS:
                found = next((org_spans[o.i] for o in p.children if o.dep_ == "pobj" and o.i in org_spans), None)
                if found is not None:
                    return found
    return None



def body_named_before(title: str, body_names: list[str]) -> tuple[str | None, str]:
    """'council president X' after 'the National Electoral Council', 'Board chairman Y' after
    'the Tulsa Pension Board': a title opening with the last word of one body the story names
    is that body's."""
    first, _, rest = title.partition(" ")
    named = {n for n in body_names if n.split()[-1].lower() == first.lower()}
    if rest and len(named) == 1:
        return named.pop(), rest
    return None, title
