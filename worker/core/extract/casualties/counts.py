"""Casualty facts: one per real count, however often a story repeats it.

Mentions are read off the parse (``casualty_reading``), then merged: the same category, group
and count in another sentence is the same fact; a different count for the same category and
group in the same place, stated as an update ('rose to 31'), replaces the earlier figure,
which is kept in ``superseded``.
"""

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from worker.core.extract.casualties.dating import historical, recalled, running_since_long_ago, time_of
from worker.core.extract.casualties.lexicon import (
    BACK_REFERENCES, DEFINITE_ARTICLES, INCREMENT_WORDS, INDEFINITE_ARTICLES, PARTS_ACROSS_SENTENCES, PLACE_PREPOSITIONS, REMAINDER_WORDS, RISE_CLAUSE_MARKS,
    TOLL_NOUNS,
)
from worker.core.extract.casualties.parts import (
    add_arrests, adds_to_arrests, alleged, attach_share, brought_to_safety, listed_arrests, other_groups, share_of,
    vaguely_trapped,
)
from worker.core.extract.casualties.merging import fold_breakdowns, fold_earlier_figures, merge
from worker.core.extract.casualties.reading import Mention, category_of, read_mention
from worker.core.extract.common import doc_cache as doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.evidence import evidence
from worker.core.extract.common.grammar import hangs_in, tense_of
from worker.core.extract.common.names import PLACE_LABELS, canonical_name, dateline_place, in_section_head, \
    lead_start
from worker.core.extract.common.scene import scene_place
from worker.core.extract.common.numbers import looks_like_age
from worker.core.models.casualties import Casualty, SubGroup


def casualty_key(c: Casualty) -> str:
    """Stable key of a casualty fact: category, place and time, never the count.

    A toll that rises keeps its key, so consumers can upsert the fact when a later version of
    the story (or a later sentence) revises the figure.
    """
    place = re.sub(r"[^a-z0-9]+", "-", (c.place or "").lower()).strip("-")
    return f"casualty:{c.category}:{place or '-'}:{c.time or '-'}"


_DESCRIBING = frozenset({"relcl"})


def _place(ctx: Context, trigger: Token, number: Token) -> str | None:
    """A place named in the clause of the trigger ('killed 23 people in Kyiv')."""
    doc = trigger.doc
    scope = {t.i for t in trigger.subtree} | {t.i for t in number.head.subtree}
    sent = trigger.sent  # found by scanning for boundaries: once, not per entity
    candidates = []
    for ent in doc_cache.ents_starting_in(doc, sent.start, sent.end):
        if ent.label_ not in PLACE_LABELS:
            continue
        head = ent.root.head
        if head.lower_ in PLACE_PREPOSITIONS and (ent.root.i in scope or head.head in (trigger, trigger.head)) \
                and not hangs_in(ent.root, trigger, _DESCRIBING):   # those counted, described
            candidates.append(ent)
    if not candidates:
        return None
    nearest = min(candidates, key=lambda e: abs(e.start - trigger.i))
    return canonical_name(ctx, nearest)


def _mentions(doc: Doc) -> list[Mention]:
    found: list[Mention] = []
    seen_numbers: set[int] = set()
    rescued_numbers: set[int] = set()
    for token in doc:
        category = category_of(token) or brought_to_safety(token)
        if category is None:
            continue
        # Threats and hypotheticals ('could kill thousands') are not counts.
        if tense_of(token) == "proposed" and token.pos_ == "VERB":
            continue
        mention = listed_arrests(token, category) or read_mention(token, category)
        # 'Three miners were pulled out alive and taken to hospital with broken bones': rescued
        # and hurt, the same three counted in both.
        hurt_survivors = mention is not None and category == "wounded" and mention.number.i in rescued_numbers
        if mention is None or (mention.number.i in seen_numbers and not hurt_survivors) or vaguely_trapped(mention):
            continue
        if category == "rescued":
            rescued_numbers.add(mention.number.i)
        # ('a 47-year-old man was arrested': the article counts him, the age only describes him.)
        if mention.number.like_num and looks_like_age(doc_cache.text(doc)[mention.number.idx:mention.number.idx + 14]):
            continue
        for each in (mention, *other_groups(mention)):
            if each.number.i not in seen_numbers or hurt_survivors:
                seen_numbers.add(each.number.i)
                found.append(each)
    return found


def _to_fact(ctx: Context, m: Mention, fallback_place: str | None) -> Casualty:
    doc = m.trigger.doc
    start_char, end_char = doc_cache.text(doc).find(m.quantity.phrase, m.number.idx - len(m.quantity.phrase)), 0
    if start_char < 0:
        start_char = m.number.idx
    start = min(start_char, m.trigger.idx)
    end = max(start_char + len(m.quantity.phrase), m.trigger.idx + len(m.trigger))
    place = _place(ctx, m.trigger, m.number) or fallback_place
    includes = list(m.includes)
    return Casualty(
        category=m.category, count=m.quantity.count, qualifier=m.quantity.qualifier,
        phrase=m.quantity.phrase, includes=includes, place=place, time=time_of(ctx, m.trigger),
        evidence=evidence(doc, start, end),
    )


def _attach_subgroup(facts: list[tuple[Casualty, str]], m: Mention, fact: Casualty) -> bool:
    """'Four children were among the dead': a part of a total already stated."""
    for i, (kept, group) in enumerate(facts):
        if kept.category == m.category and kept.count >= fact.count:
            sub = SubGroup(group=m.group, count=fact.count)
            if sub not in kept.includes:
                facts[i] = (kept.model_copy(update={"includes": [*kept.includes, sub]}), group)
            return True
    return False


def extract(doc: Doc, ctx: Context) -> list[Casualty]:
    """Casualty facts of the story, merged so every real count appears once."""
    facts: list[tuple[Casualty, str]] = []
    last_place = None
    story_place = dateline_place(ctx)
    scene = scene_place(ctx)   # 'DHAKA (AP) — ... near Chandpur': where the counts were made
    lead = lead_start(ctx)   # the headline's counts are the body's, told again; so are a sub-head's
    in_head = in_section_head(ctx)
    mentions = [m for m in _mentions(doc) if m.trigger.idx >= lead and not in_head(m.trigger.idx)]
    risen: list[tuple[str, int, int]] = []   # (category, toll, increment): 'seven more ..., bringing the toll to 16'
    for mention in mentions:
        fact = _to_fact(ctx, mention, last_place or scene)
        if _increment_beside_toll(mention, mentions):
            risen.extend((mention.category, m.quantity.count, mention.quantity.count) for m in mentions
                         if m.category == mention.category and m.trigger.sent == mention.trigger.sent
                         and not _increment(m) and m is not mention)
            continue   # 'two more deaths, bringing the toll to seven': the seven is the count
        if _increment(mention) and _completes_told(fact, [f for f, _ in facts]):
            continue   # 'killed 31' ... '24 had died. Seven more bodies were recovered': the 31 again
        if mention.number.i > 0 and mention.number.doc[mention.number.i - 1].lower_ in REMAINDER_WORDS and facts:
            continue   # 'The remaining 12 were taken to a health centre': the rest of a count told before
        if _parts_of_told(mention, mentions, facts):
            continue   # 'Nine were killed ..., and eight more died later': the 17 told before, in parts
        if historical(ctx, fact) or running_since_long_ago(ctx, mention.trigger) or recalled(ctx, fact, mention.trigger):
            continue   # 'the deadliest since Cyclone Idai, which killed 600 in 2019'
        if (mention.is_subgroup or _of_those_told(mention)) and _attach_subgroup(facts, mention, fact):
            continue
        if alleged(mention.trigger):
            continue   # 'is suspected of killing 14 drivers': an allegation, not a toll
        share = share_of(mention.trigger)
        if share and attach_share(facts, fact, share):
            continue   # 'In Bihar alone, 19 people died': part of the toll, not a second one
        if fact.category == "arrested" and adds_to_arrests(mention.trigger) and add_arrests(facts, fact):
            continue   # 'Two officials were also arrested': more people held in the same arrests
        if fact.place and fact.place not in (story_place, scene):
            last_place = fact.place
        facts.append((fact, mention.group))
    groups = {fact.evidence.start: group for fact, group in facts}
    return _fold_individuals(fold_breakdowns(ctx, fold_earlier_figures(merge(ctx, facts), risen), groups))


def _of_those_told(m: Mention) -> bool:
    """'Two of the injured firefighters were flown to hospital, and two were treated at the scene':
    parts of the injured told before, the second by its bare number beside the first."""
    # ('About 1,150 of those evacuated spent the night in schools': 'those' the evacuated told before.)
    noun = m.trigger.head if m.trigger.dep_ in ("amod", "acl") else m.trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == m.number.i \
            and (noun.lower_ in BACK_REFERENCES
                 or any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in noun.children)):
        return True
    if any(p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in BACK_REFERENCES and any(
            c.dep_ in ("acl", "amod") and c.pos_ == "VERB" for c in o.children) for o in p.children)
           for p in m.number.children):
        return True   # 'About 1,150 of those evacuated spent the night in schools' ('six of them' adds)
    return m.number.dep_ in {"nsubj", "nsubjpass"} and any(
        t.like_num and t.i != m.number.i and any(p.lower_ == "of" and any(
            o.dep_ == "pobj" and any(d.lower_ in DEFINITE_ARTICLES for d in o.children) for o in p.children)
            for p in t.children) for t in m.number.sent)


def _increment_beside_toll(m: Mention, mentions: list[Mention]) -> bool:
    return (_increment(m) or _added_by_clause(m, mentions)) and any(t.lower_ in TOLL_NOUNS for t in m.number.sent)


def _added_by_clause(m: Mention, mentions: list[Mention]) -> bool:
    """'The toll rose to nine ... when two infants died': deaths a clause gives as the reason a larger
    toll told in the same sentence rose, not a count of their own."""
    verb = m.trigger if m.trigger.pos_ in ("VERB", "AUX") else m.trigger.head
    # ('..., when two infants died' is hung on the day as often as on the verb.)
    return verb.dep_ in ("advcl", "relcl") and any(c.dep_ in ("mark", "advmod") and c.lower_ in RISE_CLAUSE_MARKS
                                                   for c in verb.children) \
        and any(x is not m and x.category == m.category and x.trigger.sent == m.trigger.sent
                and x.quantity.count > m.quantity.count for x in mentions)


def _parts_of_told(m: Mention, mentions: list[Mention], facts: list[tuple[Casualty, str]]) -> bool:
    """'Nine were killed ..., and eight more died later': counts in one sentence that add up to a
    total told before are that total in parts. Arrests are told by where and when they were made
    ('Five suspects were detained at the port. Two more were arrested in the capital'), so theirs
    may run over sentences side by side; a toll told so is a revision ('eight soldiers had been
    killed ... four more bodies had been found, bringing the toll to 12')."""
    kind = sorted((x for x in mentions if x.category == m.category), key=lambda x: x.trigger.i)
    starts = [sent.start for sent in m.trigger.doc.sents]
    sentence = {x.trigger.i: bisect_right(starts, x.trigger.i) - 1 for x in kind}
    told = {f.count for f, _ in facts if f.category == m.category}
    at = next((k for k, x in enumerate(kind) if x is m), None)
    if at is None:
        return False
    for first in range(at + 1):
        for last in range(max(at, first + 1), len(kind)):
            run = kind[first:last + 1]
            reach = 1 if m.category in PARTS_ACROSS_SENTENCES else 0
            if any(sentence[b.trigger.i] - sentence[a.trigger.i] > reach for a, b in zip(run, run[1:])):
                break
            if sum(x.quantity.count for x in run) in told:
                return True
    return False


def _completes_told(fact: Casualty, facts: list[Casualty]) -> bool:
    """Do the added deaths and a count told before make up a toll told too?"""
    told = {n for f in facts if f.category == fact.category for n in (f.count, *(s.count for s in f.superseded))}
    return any(n + fact.count in told for n in told)


def _increment(m: Mention) -> bool:
    """'eight more died', 'Seven more bodies were recovered': deaths added to those told before."""
    return any(c.lower_ in INCREMENT_WORDS for c in (*m.number.children, *m.number.head.children))


def _fold_individuals(facts: list[Casualty]) -> list[Casualty]:
    """'A 78-year-old man was found dead' beside 'killing two people' describes one of the two.

    A single person told with an article is a detail of a larger count of the same category,
    not a count of its own.
    """
    out = list(facts)
    for single in facts:
        if single.count != 1 or single.phrase.lower() not in INDEFINITE_ARTICLES:
            continue
        larger = [i for i, f in enumerate(out) if f.category == single.category and f is not single]
        if not larger:
            continue
        out = [f for f in out if f is not single]
    return out
