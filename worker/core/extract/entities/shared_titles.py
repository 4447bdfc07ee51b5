"""One plural title before several names: "Trade ministers A and B", "coaches A, B and C".

The title stands once, in the plural, before the first name; every name it governs holds it,
in the singular ("Trade minister"), unless the person already has a title of their own.
"""

from spacy.tokens import Doc, Token

from worker.core.extract.common.evidence import EvidenceMaker
from worker.core.extract.common.lexicon import TITLE_HEADS
from worker.core.extract.entities.lexicon import POSSESSIVE
from worker.core.extract.entities.roles import Mention
from worker.core.models.entities import Role

# Words between two names of one list.
_LIST_JOINERS = frozenset({",", "and", "&"})
# At most this many words before a plural title's head belong to it ("Health", "deputy foreign").
_MAX_MODIFIERS = 2


def _plural_head(tok: Token) -> bool:
    return tok.tag_ == "NNS" and tok.lemma_.lower() in TITLE_HEADS


def _title_start(doc: Doc, head: Token, taken: set[int]) -> int:
    start = head.i
    while head.i - start < _MAX_MODIFIERS and start > head.sent.start:
        tok = doc[start - 1]
        if tok.i in taken or tok.text in POSSESSIVE or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        start -= 1
    return start


def share_plural_titles(doc: Doc, ev: EvidenceMaker, mentions: list[Mention]) -> None:
    people = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: m.tok_start)
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    for k, first in enumerate(people):
        if first.tok_start == 0 or not _plural_head(head := doc[first.tok_start - 1]):
            continue
        group = [first]
        for nxt in people[k + 1:]:
            between = doc[group[-1].tok_end:nxt.tok_start]
            if not len(between) or any(t.text not in _LIST_JOINERS for t in between):
                break
            group.append(nxt)
        if len(group) < 2:
            continue   # "ministers X" alone is no list: the title may be a misreading
        start = _title_start(doc, head, taken)
        words = [t.text_with_ws for t in doc[start:head.i]] + [head.lemma_]
        role = Role(title="".join(words), evidence=ev.chars(doc[start].idx, head.idx + len(head.text)))
        for m in group:
            if m.cluster is not None and not any(r.title for r in m.cluster.roles):
                m.cluster.roles.append(role)
