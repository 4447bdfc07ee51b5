"""Names the model tags as persons that are no one's."""

from collections import defaultdict

from spacy.tokens import Doc

from worker.core.extract.common.lexicon import SPEECH_VERBS
from worker.core.extract.entities.lexicon import VESSEL_NOUNS
from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.title_words import is_demonym, is_title_head


def drop_false_persons(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """One-word 'persons' that never get a full name, never speak and only open sentences,
    nationalities alone ('two Italians and a German') and names of ships are not people."""
    full = {m.text.split()[-1] for m in mentions if m.label == "PERSON" and m.tok_end - m.tok_start > 1}
    full |= {m.text.split()[0] for m in mentions if m.label == "PERSON" and m.tok_end - m.tok_start > 1}
    singles: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label == "PERSON" and m.tok_end - m.tok_start == 1 and m.text not in full:
            singles[m.text].append(m)
    drop: set[int] = set()
    for group in singles.values():
        sentence_openers = all(m.tok_start == doc[m.tok_start].sent.start
                               or doc[m.tok_start - 1].is_space for m in group)
        speaks = any(doc[m.tok_start].head.lemma_ in SPEECH_VERBS for m in group)
        titled = any(m.tok_start > 0 and is_title_head(doc[m.tok_start - 1]) for m in group)
        if sentence_openers and not speaks and not titled:
            drop.update(id(m) for m in group)
    for m in mentions:
        if m.label == "PERSON" and m.tok_end - m.tok_start == 1 and m.text not in full and is_demonym(doc[m.tok_start]):
            drop.add(id(m))
        if m.label == "PERSON" and m.tok_start > 0 and doc[m.tok_start - 1].lower_ in VESSEL_NOUNS:
            drop.add(id(m))   # "the Panama-flagged vessel Coral Dawn"
    return [m for m in mentions if id(m) not in drop]
