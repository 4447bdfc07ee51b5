"""The amounts family: money with its ISO 4217 currency, percentages, and counted quantities
with what they count, each with its evidence (GDELT's Amounts field, with units).

Counts of casualties stay in the casualties family: a number a casualty fact already reads is
not an amount too. The same amount told twice is one fact, at its first mention.
"""

from spacy.tokens import Doc

from worker.core.extract.amounts.reading import Found, money_and_percentages, quantities
from worker.core.extract.amounts.subunits import subunits
from worker.core.extract.common import doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.story_country import story_country
from worker.core.models.amounts import Amount

__all__ = ["extract"]


def _is_casualty(ctx: Context, found: Found) -> bool:
    """A number some casualty fact reads: its count, a sub-group's, or a count it superseded."""
    for c in ctx.casualties:
        readings = [(c.evidence, c.count), *((s.evidence, s.count) for s in c.superseded)]
        if any(ev.start <= found.start < ev.end and count == found.value for ev, count in readings):
            return True
        if any(g.count == found.value for g in c.includes) and \
                c.evidence.sentence_start <= found.start < c.evidence.sentence_end:
            return True
    return False


def _retold(f: Found, kept: list[Found]) -> bool:
    """'14 oil tankers' and later 'the 14 tankers': the same count told again with fewer (or more)
    words for what it counts is one amount."""
    if f.kind != "quantity" or not f.object:
        return False
    words = set(f.object.lower().split())
    return any(k.kind == "quantity" and k.value == f.value and k.object and (
        words <= (other := set(k.object.lower().split())) or other <= words) for k in kept)


def extract(doc: Doc, ctx: Context) -> list[Amount]:
    body = doc_cache.text(doc)
    country = story_country(ctx)
    written = money_and_percentages(body, country)
    written += subunits(body, sorted(written, key=lambda f: f.start), country)
    everything = written + quantities(doc, [(f.start, f.end) for f in written])
    out: list[Amount] = []
    seen: set[tuple[str, float, str | None, str | None]] = set()
    kept: list[Found] = []
    for f in sorted(everything, key=lambda f: f.start):
        key = (f.kind, f.value, f.unit, (f.object or "").lower() or None)
        if key in seen or _retold(f, kept) or _is_casualty(ctx, f):
            continue
        seen.add(key)
        kept.append(f)
        ev = ctx.evidence.chars(f.start, f.end)
        out.append(Amount(kind=f.kind, value=f.value, unit=f.unit, object=f.object, text=ev.text,  # type: ignore[arg-type]
                          evidence=ev))
    return out
