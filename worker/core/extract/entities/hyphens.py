"""Given names the model cut at their hyphen: 'Kang Min' + '-seok'.

Korean given names (and some others) are written as two syllables joined by a hyphen, the second
in lower case ("Kang Min-seok", "Moon Jae-in"). The small model sometimes ends the person before
the hyphen; the lower-case syllable written straight after it, with no space on either side, is
the rest of the name.
"""

from spacy.tokens import Doc

from worker.core.extract.common import doc_cache
from worker.core.extract.entities.roles import Mention


def with_hyphenated_given_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each person cut before '-syllable' widened over it."""
    for m in mentions:
        end = m.tok_end
        if m.label != "PERSON" or end + 1 >= len(doc):
            continue
        hyphen, syllable = doc[end], doc[end + 1]
        if hyphen.text == "-" and not doc[end - 1].whitespace_ and not hyphen.whitespace_ \
                and syllable.is_alpha and syllable.is_lower:
            m.tok_end = end + 2
            m.end = syllable.idx + len(syllable.text)
            m.text = doc_cache.text(doc)[m.start:m.end]
    return mentions
