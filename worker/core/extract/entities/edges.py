"""Lower-case words at the edges of a tagged name, which are never part of it.

A name never starts with a lower-case word ('meet European Union'), and a body's name never ends
in one: 'Xinhua news', 'Rescue 1122 emergency service' are the name and what kind of body it is.
Joiners inside a name ('Bank of England') are left alone because a name's last word is capitalised.
"""

from spacy.tokens import Doc


def without_lower_edges(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """The token range of a name with lower-case words dropped from its start, and, for a body,
    from its end while a capitalised word is left."""
    while start < end and doc[start].text[:1].islower():
        start += 1
    # ('Fly-half' keeps its hyphened part; 'Coast guard crews' opening a sentence is no name at all;
    # 'Teaching and' is left for the rule that reads past a trailing joiner.)
    while label == "ORG" and end - start > 1 and doc[end - 1].is_lower and doc[end - 1].is_alpha and not doc[end - 1].is_stop \
            and doc[end - 2].whitespace_ and not doc[start].is_sent_start \
            and any(t.text[:1].isupper() or t.like_num for t in doc[start:end - 1]):
        end -= 1
    return start, end
