"""Persons the model split in two or labelled as bodies, told by the words around them.

- 'Governor Oleksandr Prokudin said': the model may tag the given name and the family name as
  two persons side by side; one space between them makes them one name, unless one of them
  holds a title word or a country's name ('Victoria Premier' + 'Helen Marsh').
- 'the mine's operator, Julio Mamani,': a name in apposition to a word for a person is a person,
  whatever label the model gave it.
- 'Cardona said she ...': a name whose last word speaks with 'he' or 'she' after it is a person.
"""

from spacy.tokens import Doc, Span, Token

from worker.core.extract.common.lexicon import SPEECH_VERBS
from worker.core.extract.entities.lexicon import (
    BODY_LAST_WORDS, ORG_KIND_NOUNS, ORG_SUFFIXES, OTHER_NAME_LABELS, PERSONAL_PRONOUNS,
)
from worker.core.extract.entities.lexicon_names import AGE_BEFORE_NAME, AGE_TOKENS
from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.title_words import is_country_name, is_title_head


def join_split_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.label == m.label == "PERSON" and prev.tok_end == m.tok_start \
                and doc[prev.tok_end - 1].whitespace_ == " " and m.text[:1].isupper() \
                and not any(is_title_head(t) for t in doc[prev.tok_start:m.tok_end]) and not is_country_name(prev.text):
            span = doc[prev.tok_start:m.tok_end]
            out[-1] = Mention(span.start, span.end, "PERSON", span.text, span.start_char, span.end_char)
            continue
        out.append(m)
    return out


def relabel_by_context(doc: Doc, mentions: list[Mention]) -> None:
    speakers = _speakers_told_as_persons(doc)
    for m in mentions:
        if m.label not in ("ORG", "GPE", "NORP") or not _looks_like_a_name(doc, m):
            continue
        root = doc[m.tok_start:m.tok_end].root
        if _in_apposition_to_a_person(root) or m.text.split()[-1] in speakers or _described_before(doc, m.tok_start):
            m.label = "PERSON"


def _described_before(doc: Doc, start: int) -> bool:
    """'27-year-old Mbuyi Tshibola': an age written right before a name makes it a person's."""
    return start >= AGE_TOKENS and bool(AGE_BEFORE_NAME.fullmatch("".join(t.text for t in doc[start - AGE_TOKENS:start])))


def _looks_like_a_name(doc: Doc, m: Mention) -> bool:
    """Two or three capitalised words, none of them a body's word ('Julio Mamani', not
    'Mamani Holdings' or 'Council of Elders')."""
    words = list(doc[m.tok_start:m.tok_end])
    return 2 <= len(words) <= 3 and all(
        w.is_title and w.is_alpha and w.lower_ not in ORG_SUFFIXES | ORG_KIND_NOUNS | BODY_LAST_WORDS
        for w in words)


def _in_apposition_to_a_person(root: Token) -> bool:
    head = root.head if root.dep_ == "appos" else None
    if head is not None and head.i != root.i and head.is_lower and is_title_head(head, described=True):
        return True
    return any(c.dep_ == "appos" and c.is_lower and is_title_head(c, described=True) for c in root.children)


def _speakers_told_as_persons(doc: Doc) -> set[str]:
    """Capitalised subjects of a speech verb whose reported clause has 'he' or 'she' as subject."""
    found: set[str] = set()
    for tok in doc:
        if tok.dep_ != "nsubj" or not tok.text[:1].isupper() or tok.head.lemma_.lower() not in SPEECH_VERBS:
            continue
        clauses = [c for c in tok.head.children if c.dep_ == "ccomp"]
        if any(s.dep_ == "nsubj" and s.lower_ in PERSONAL_PRONOUNS for c in clauses for s in c.children):
            found.add(tok.text)
    return found


def speaking_name(ent: Span) -> Span | None:
    """'"...," Railway Minister Anil Deshpande told reporters': capitalised words after a quote
    the model takes for a title of a work, when they end in a title word and a name and speak,
    hold a person: the name after the title."""
    root = ent.root
    if ent.label_ not in OTHER_NAME_LABELS or root.dep_ != "nsubj" or root.head.lemma_ not in SPEECH_VERBS \
            or not all(t.text[:1].isupper() or t.tag_ == "POS" for t in ent):   # ("Senegal's Foreign Minister X")
        return None
    titles = [t.i for t in ent[:-1] if is_title_head(t)]
    return Span(ent.doc, titles[-1] + 1, ent.end, label="PERSON") if titles else None
