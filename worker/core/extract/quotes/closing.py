"""'..., researchers at Montana State University said Monday.': a said-clause that closes its
sentence after a comma, whose subject the parser took from inside the report ('The glaciers ...
lost 34%, and five have shrunk, researchers ... said'). The noun phrase between the last comma
and the verb is the speaker; everything before that comma is what was said."""

from spacy.tokens import Doc, Span, Token

from worker.core.extract.quotes.referents import antecedent
from worker.core.extract.quotes.speakers import EntityIndex, Speaker, resolve_subject

# A speaker's phrase holds no verb of its own ('officials, who asked not to be named, said' is
# read elsewhere) and is short: a long stretch after a comma is part of the report.
_CLAUSE_POS = frozenset({"VERB", "AUX"})
_LONGEST_PHRASE = 12
_SHORTEST_REPORT = 4
_OWN_DEPS = frozenset({"dobj", "dative", "prep", "npadvmod"})
_WHEN = frozenset({"DATE", "TIME"})


def closing_speaker(doc: Doc, verb: Token, sentence: Span, index: EntityIndex) -> tuple[Speaker, int] | None:
    """The speaker of a sentence-closing said-clause whose parsed subject lies inside the report,
    and the index of the comma where the report ends."""
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if not _closes(doc, verb, sentence):
        return None
    comma = next((t.i for t in reversed(doc[sentence.start:verb.i]) if t.text == ","), None)
    if comma is None or comma - sentence.start < _SHORTEST_REPORT or not 0 < verb.i - comma - 1 <= _LONGEST_PHRASE:
        return None
    phrase = doc[comma + 1:verb.i]
    if any(t.pos_ in _CLAUSE_POS for t in phrase) or not phrase[0].text[:1].isalpha():
        return None
    if any(s.i > comma for s in subjects):
        return None   # the parser read the phrase as the subject: the usual reading holds
    if not subjects and phrase.root.left_edge.i <= comma:
        return None   # ('in the open, aid agencies said': read elsewhere, the phrase hung on the report)
    # ('..., a spokeswoman for the office said': the spokeswoman named before, as elsewhere.)
    speaker = resolve_subject(antecedent(verb, phrase.root, index), index)
    return (speaker, comma) if speaker is not None else None


def _closes(doc: Doc, verb: Token, sentence: Span) -> bool:
    """Only when it was said, to whom, or where follows the verb before the full stop."""
    own = {t.i for c in verb.children if c.i > verb.i and c.dep_ in _OWN_DEPS for t in c.subtree}
    return all(t.is_punct or t.is_space or t.i in own or t.ent_type_ in _WHEN for t in doc[verb.i + 1:sentence.end])
