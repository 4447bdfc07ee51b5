"""Bodies and countries a common noun stands for: 'the union' is the union the story named,
'the charity' the body it named last, 'the government' its country's."""

from spacy.tokens import Token

from worker.core.extract.common import doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.names import canonical_name
from worker.core.extract.entities.national import COUNTRIES, dateline_country
from worker.core.extract.events.lexicon import ANY_BODY_NOUNS, BODY_KINDS
from worker.core.extract.events.lexicon_parties import NAMED_FIRST_BODY_NOUNS
from worker.core.extract.events.lexicon_parties import PAIR_NUMBERS, PAIRED_COUNTRY_NOUNS
from worker.core.extract.events.lexicon_wire import GROUP_OF_BODY_PREPS


def named_body(ctx: Context, token: Token) -> str | None:
    """'the union said it would strike': the body of that kind the story named before ('the New
    Zealand Nurses Organisation'), the nearest one; None for a phrase with words of its own."""
    lemma = token.lemma_.lower()
    kinds = BODY_KINDS.get(lemma)
    anyone = lemma in ANY_BODY_NOUNS   # 'the charity': the body named last, whatever its name
    if token.pos_ != "NOUN" or any(c.dep_ != "det" or c.lower_ != "the" for c in token.lefts):
        return None
    best: tuple[int, str] | None = None
    if lemma in NAMED_FIRST_BODY_NOUNS:
        # 'The agency sent ...': a body whose own name says 'Agency' first, else the body named last.
        anyone = not any(e.label == "ORG" and lemma in e.name.lower().split() and any(m.end <= token.idx for m in e.mentions)
                         for e in ctx.entities)
    for entity in ctx.entities:
        words = entity.name.lower().split()
        # 'the Nepal Tourism Board ... The board urged': a body its own head noun stands for, the
        # word before 'of' in 'the National Association of Grain Producers'.
        head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
        if entity.label != "ORG":
            continue
        named_as_kind = any(_kind_before(token, m.start, lemma) for m in entity.mentions if m.end <= token.idx)
        if not (anyone or named_as_kind or set(words) & (kinds or set()) or lemma in (words[-1], head)):
            continue
        for m in entity.mentions:
            if m.end <= token.idx and (best is None or m.end > best[0]):
                best = (m.end, entity.name)
    return best[1] if best else None


def _kind_before(token: Token, start: int, lemma: str) -> bool:
    """'the dockers' union BTB': the body's name follows the noun of its kind."""
    span = token.doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and token.doc[span.start - 1].lemma_.lower() == lemma


def government_of(ctx: Context, token: Token) -> str | None:
    """'the government' is a country's: the one its sentence names before it ("Kenya's
    minister said the government had declared ..."), else the dateline's."""
    doc = token.doc
    before = [e for e in doc_cache.ents_within(token.sent) if e.label_ == "GPE" and e.end <= token.i]
    for ent in reversed(before):
        name = canonical_name(ctx, ent)
        if name in COUNTRIES:
            return name
    dateline = ctx.story_facts.dateline if ctx.story_facts else None
    return dateline_country(dateline.raw, dateline.place) if dateline else None


def body_of_group(ctx: Context, token: Token) -> str | None:
    """'Leaders of the Economic Community of Central African States agreed': people named by a
    plural noun of no name of their own act for the body they come from or belong to."""
    if token.tag_ != "NNS" or token.ent_type_:
        return None
    for obj in (o for p in token.children if p.dep_ == "prep" and p.lower_ in GROUP_OF_BODY_PREPS
                for o in p.children if o.dep_ == "pobj"):
        body = next((e for e in ctx.names().covering(obj.idx) if e.label == "ORG"), None)
        if body is not None:
            return body.name
    return None


def pair_of_countries(ctx: Context, token: Token) -> list[str]:
    """'Oman's foreign ministry said both countries had agreed': the first two countries the story
    names, the lede's parties, leaving out a country that owns a speaker in the same sentence."""
    if token.lemma_.lower() not in PAIRED_COUNTRY_NOUNS or token.tag_ != "NNS" or not any(
            c.dep_ in {"nummod", "det", "predet"} and c.lower_ in PAIR_NUMBERS for c in token.children):
        return []
    owners = {canonical_name(ctx, e) for e in doc_cache.ents_within(token.sent)
              if e.label_ == "GPE" and e.root.dep_ == "poss" and e.end <= token.i}
    first: dict[str, int] = {}
    for entity in ctx.entities:
        starts = [m.start for m in entity.mentions if m.end <= token.idx]
        if entity.label == "GPE" and entity.name in COUNTRIES and entity.name not in owners and starts:
            first[entity.name] = min(starts)
    pair = sorted(first, key=lambda name: first[name])[:2]
    return pair if len(pair) == 2 else []
