"""A said-clause the parser tore apart: '..., the provincial governor, Ahmed Fathy, said in a
statement' or '..., national police chief General Victor Salcedo told reporters' read with the
name hung on the last noun of the report and the verb coordinated to its first verb, with no
subject of its own (so it would inherit the report's subject as its speaker)."""

from spacy.tokens import Doc, Span, Token

from worker.core.extract.quotes.speakers import EntityIndex, Speaker

# Words of a speaker's phrase read backwards from its name ('the provincial governor, Ahmed Fathy').
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PUNCT"})
# ... and the words of 'the state-run Anadolu Agency', 'the X Authority, known as AFAD'.
_PHRASE_DEPS = frozenset({"amod", "npadvmod", "compound"})
_NAMING_WORDS = frozenset({"known", "as", "also", "and"})
_NAMED = ("PERSON", "ORG")


def torn_trailer(doc: Doc, verb: Token, sentence: Span, index: EntityIndex) -> tuple[Speaker, int] | None:
    """The speaker named just before a subjectless reporting verb coordinated to an earlier verb,
    and the token index where the report ends (the comma before the speaker's phrase)."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    coordinated = verb.dep_ == "conj" and verb.head.i < verb.i
    # ('..., the state-run Anadolu Agency reported.': the verb heads the sentence, its report before.)
    heads_report = verb.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    if not (coordinated or heads_report):
        return None
    j = verb.i - 1
    if j > sentence.start and doc[j].text == ",":
        j -= 1
    ent = index.at(doc[j]) if doc[j].pos_ == "PROPN" else None
    if ent is None or ent.label not in _NAMED:
        return None
    k = j
    while k > sentence.start and (doc[k - 1].pos_ in _PHRASE_POS or doc[k - 1].dep_ in _PHRASE_DEPS
                                  or doc[k - 1].lower_ in _NAMING_WORDS) and doc[k - 1].text not in {"(", ")", "\""}:
        k -= 1
    # The report ends at the first comma of that stretch; the phrase after it is the speaker's.
    comma = next((t.i for t in doc[k:j] if t.text == ","), None)
    if comma is None or comma <= sentence.start + 2:
        return None
    return Speaker(ent.name, ent.entity_id), comma
