"""Document properties spaCy rebuilds on every read, computed once per document.

`Doc.text` joins every token and `Doc.ents` (also behind `Span.ents` and `Span.as_doc`) builds a
new tuple of spans on each access; the extractors read them thousands of times per story. Neither
changes once the pipeline has run (no extractor writes entities), so each document keeps its
first answer in `user_data`, which is dropped with the document.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, cast

from spacy.tokens import Doc, Span

_TEXT = ("wire", "text")
_ENTS = ("wire", "ents")
_STARTS = ("wire", "ent_starts")


def store(doc: Doc) -> dict[Any, Any]:
    """The document's own cache (spaCy's ``user_data``, keyed by tuples as extensions are)."""
    return cast(dict[Any, Any], doc.user_data)


def text(doc: Doc) -> str:
    data = store(doc)
    cached = data.get(_TEXT)
    if cached is None:
        cached = data[_TEXT] = doc.text
    return cast(str, cached)


def ents(doc: Doc) -> tuple[Span, ...]:
    data = store(doc)
    cached = data.get(_ENTS)
    if cached is None:
        cached = data[_ENTS] = doc.ents
        data[_STARTS] = [ent.start for ent in cached]
    return cast(tuple[Span, ...], cached)


def ents_within(span: Span) -> list[Span]:
    """`span.ents` without rebuilding the document's entities (found by bisection: entities are
    in document order, so a span's are a run of them)."""
    found = ents(span.doc)
    first = bisect_right(store(span.doc)[_STARTS], span.start - 1)
    out = []
    for ent in found[first:]:
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            out.append(ent)
    return out


def ents_starting_in(doc: Doc, start: int, end: int) -> tuple[Span, ...]:
    """The entities whose first token is in [start, end), by bisection."""
    found = ents(doc)
    starts = store(doc)[_STARTS]
    return found[bisect_right(starts, start - 1):bisect_right(starts, end - 1)]


def entity_covering(doc: Doc, i: int) -> Span | None:
    """The entity that token ``i`` belongs to, if any."""
    found = ents(doc)
    at = bisect_right(store(doc)[_STARTS], i) - 1
    if at >= 0 and found[at].start <= i < found[at].end:
        return found[at]
    return None
