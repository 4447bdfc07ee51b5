"""What the story's own grammar says a name is, whatever the model labelled each mention.

A small model often calls a company a person ("law firm Hartley Crane" in one sentence,
"Hartley Crane partner Naomi Achebe" in the next) and a person an organisation ("defending
champion Lucas Ferrand"). Some words settle it for every mention of the name: an organisation
is introduced by what kind of body it is ("carmaker X", "X, the city's transport company") and
is "it" to the story ("X said it would ...", "X fired its finance chief"); a person is "who"
("Ferrand, who had led ...") and has an age ("Mayhew, 27,").
"""

from spacy.tokens import Doc, Span, Token

from worker.core.extract.common.lexicon import ORG_NOMINALS, TITLE_HEADS
from worker.core.extract.common.person_nouns import people_first_nouns
from worker.core.extract.entities.lexicon import (
    EVENT_NAME_WORDS, HONORIFICS, MAX_AGE, NON_PERSON_PRONOUNS, ORG_KIND_NOUNS, ORG_PREFIXES, ORG_SUFFIXES,
    PERSON_RELATIVES, PLACE_NOUNS, PLACE_TAKEN_RELATIVES, POSSESSIVE, QUOTE_MARKS, THING_RELATIVES,
)
from worker.core.extract.common.names import is_club
from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.title_words import is_title_head


def clean_span(span: Span) -> tuple[int, int] | None:
    """Token range of a name without a leading article, honorifics, titles or a possessive
    ending ("Teenager Lina Vogt" is Lina Vogt; "the Confederation party" is Confederation)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    # Names do not end in numbers ("Vergara 31.5" is a name and a vote share).
    # ("Moody's said": a possessive that possesses nothing, a verb next, is part of a body's name.)
    while end > start and (doc[end - 1].text in POSSESSIVE and not (
            span.label_ == "ORG" and end < len(doc) and doc[end].pos_ in ("VERB", "AUX") and end - 1 > start)
                           or doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].like_num):
        end -= 1
    if span.label_ == "PERSON":
        while end - start > 1 and doc[start].lower_ in HONORIFICS:
            start += 1
        while end - start > 2 and is_title_head(doc[start]):
            start += 1
    elif span.label_ == "ORG":
        while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in ORG_KIND_NOUNS:
            end -= 1
    elif span.label_ in ("GPE", "LOC", "FAC"):
        # 'Malatya province', 'Haruku island': the place is named by its capitalised words.
        while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in PLACE_NOUNS:
            end -= 1
    # "the Tour de France", "the Davis Cup": a race or a tournament is an event, not a body.
    if end - start > 1 and any(t.text in EVENT_NAME_WORDS for t in doc[start:end]):
        return None
    return (start, end) if end > start else None


def forced_labels(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Name -> 'ORG' or 'PERSON' where the story's words decide it (and agree)."""
    votes: dict[str, set[str]] = {}
    for m in mentions:
        if m.label not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"):
            continue
        cue = _cue(doc, m)
        if cue is not None:
            votes.setdefault(m.text, set()).add(cue)
    forced = {text: next(iter(cues)) for text, cues in votes.items() if len(cues) == 1}
    # 'Strand, who ...' settles 'Emil Strand' too: a person's surname is the person's.
    surnames = {text for text, label in forced.items() if label == "PERSON" and " " not in text}
    for m in mentions:
        if m.text not in forced and m.text.split()[-1] in surnames:
            forced[m.text] = "PERSON"
    return forced


def _cue(doc: Doc, m: Mention) -> str | None:
    words = m.text.lower().split()
    root = doc[m.tok_start:m.tok_end].root
    before = doc[m.tok_start - 1] if m.tok_start > 0 else None
    titled = before is not None and before.is_lower and is_title_head(before)   # 'spokesman Fernando Co'
    if len(words) > 1 and (words[-1] in ORG_SUFFIXES and not titled or words[0] in ORG_PREFIXES):
        return "ORG"
    if before is not None and before.is_lower and before.lower_ in ORG_KIND_NOUNS:
        return "ORG"   # "carmaker Verano Motors", "law firm Hartley Crane"
    if before is not None and before.lower_ == "at" and m.tok_start >= 2 and doc[m.tok_start - 2].tag_ == "NNS" \
            and (doc[m.tok_start - 2].lemma_.lower() in TITLE_HEADS
                 or doc[m.tok_start - 2].lemma_.lower() in people_first_nouns()):
        return "ORG"   # "analysts at Berenberg", "researchers at Kessler": where people work
    if any(c.dep_ == "appos" and c.lemma_ in ORG_NOMINALS | ORG_KIND_NOUNS and c.is_lower
           for c in root.children):
        return "ORG"   # "Carris, the city's public transport company,"
    # 'Webb, who lives beside the tracks': a relative only people take outweighs any 'it'
    # ('a German, who worked ...' is a person, but a nationality names no one).
    if _who_or_age_after(doc, m.tok_end, m.label) and not is_club(doc, m.text) and m.label != "NORP":
        return "PERSON"
    # "Saguaro Basin Water said ... that it had", "X fired its chief". A place is 'it' to the
    # story too ("Moscow continues its campaign"), so this only corrects a person reading.
    if m.label == "PERSON" and root.dep_ == "nsubj" and _refers_to_itself(root.head):
        return "ORG"
    if m.label == "PERSON" and m.tok_end + 1 < len(doc) and doc[m.tok_end].text == "," \
            and doc[m.tok_end + 1].lower_ in THING_RELATIVES:
        return "ORG"   # 'Dortwerk Chemie, which reports next week': a person is never 'which'
    return None


def _refers_to_itself(verb: Token) -> bool:
    """The verb's object is 'its ...' or its content clause's subject is 'it'."""
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and any(
                g.dep_ == "poss" and g.lower_ in NON_PERSON_PRONOUNS for g in child.children):
            return True
        # 'said it had replaced its leadership': 'it' alone may be an expletive ('said it was
        # a mistake'); 'it' with 'its' or 'itself' in the same clause is the body itself.
        # '"It looked like ... on itself," said X': a quotation's 'it' is whatever the speaker saw.
        if child.dep_ == "ccomp" and not _quoted(child) and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in NON_PERSON_PRONOUNS
                for g in child.children) and sum(
                t.lower_ in NON_PERSON_PRONOUNS for t in child.subtree) > 1:
            return True
    return False


def _quoted(clause: Token) -> bool:
    """The clause opens with, or right after, a quotation mark."""
    first = clause.left_edge
    return first.text in QUOTE_MARKS or (first.i > 0 and first.doc[first.i - 1].text in QUOTE_MARKS)


def _who_or_age_after(doc: Doc, end: int, label: str) -> bool:
    """'Ferrand, who had led ...' or 'Mayhew, 27, ...': only people take these ('Mexico, whose
    farmers ...': a place the model tagged takes 'whose' too)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    nxt = doc[end + 1]
    if nxt.lower_ in PERSON_RELATIVES:
        return not (nxt.lower_ in PLACE_TAKEN_RELATIVES and label in ("GPE", "LOC"))
    after = doc[end + 2] if end + 2 < len(doc) else None
    return nxt.like_num and nxt.text.isdigit() and 0 < int(nxt.text) <= MAX_AGE \
        and after is not None and after.text in (",", ".")
