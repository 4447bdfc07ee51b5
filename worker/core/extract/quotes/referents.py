"""A body a said-clause refers back to in its own sentence ('The FBI opened its investigation in
2024, the agency said')."""

from typing import Protocol

from spacy.tokens import Token

from worker.core.extract.quotes.lexicon import ANY_BODY_NOMINALS
from worker.core.models.entities import Entity


class _Index(Protocol):
    def at(self, tok: Token) -> Entity | None: ...


def reported_here(subject: Token, index: _Index) -> Entity | None:
    """'The FBI opened its investigation in 2024, the agency said': a word any body may be called
    by, as the subject of a said-clause, is the body its own report names as subject."""
    if subject.lemma_ not in ANY_BODY_NOMINALS:
        return None
    for clause in (c for c in subject.head.children if c.dep_ == "ccomp"):
        for told in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            ent = index.at(told)
            if ent is not None and ent.label == "ORG":
                return ent
    return None
