"""'Pursued the attackers into the forest, killing 11 of them': the people a 'them' or 'those'
counts from are the last group of people its sentence named before it, so the dead are the
attackers, apart from any toll of the people they attacked."""

from collections.abc import Callable

from spacy.tokens import Token

# Where a noun stands when it names the people a later 'of them' counts from.
_NAMING_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "conj", "appos"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def referred_group(pronoun: Token, group_of: Callable[[Token], str | None]) -> str | None:
    """The group of the last plural person noun before ``pronoun`` in its sentence, if any."""
    for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if tok.tag_ in _PLURAL_TAGS and tok.dep_ in _NAMING_DEPS:
            found = group_of(tok)
            if found is not None:
                return found
    return None
