"""Towns the model gave a label no family keeps: 'flooded farms near Ecija' read as a product,
'the settlement near Mbarara' as a date. A capitalised name after a preposition of place, or
joined to a place, is a place whatever that label said; the gazetteer decides later whether it
can be placed (a name it cannot place stays unresolved, never guessed)."""

import calendar

from spacy.tokens import Doc

from worker.core.extract.common import doc_cache as doc_cache
from worker.core.extract.entities.lexicon import LOCATIVE_PREPS
from worker.core.extract.entities.roles import Mention

# Labels of names no family keeps, which a small model gives towns it does not know.
_STRAY_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "DATE"})
# A date's own words never name a town ('near Monday' is no place).
_CALENDAR_WORDS = frozenset(w.lower() for w in [*calendar.month_name, *calendar.day_name] if w)
_MAX_WORDS = 3


def stray_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Place mentions for names under a stray label that the sentence places."""
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    places = {i for m in mentions if m.label in ("GPE", "LOC") for i in range(m.tok_start, m.tok_end)}
    found: list[Mention] = []
    for ent in doc_cache.ents(doc):
        if ent.label_ not in _STRAY_LABELS or len(ent) > _MAX_WORDS or taken & set(range(ent.start, ent.end)) \
                or not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in ent) \
                or any(t.lower_ in _CALENDAR_WORDS for t in ent):
            continue
        root = ent.root
        placed = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
        joined = root.dep_ == "conj" and root.head.i in places
        if placed or joined:
            found.append(Mention(ent.start, ent.end, "GPE", ent.text, ent.start_char, ent.end_char))
    return found
