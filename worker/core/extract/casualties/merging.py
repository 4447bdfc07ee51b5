"""Merging casualty facts so every real count appears once: the same figure told twice, a rough
figure beside an exact one, and a toll revised ('the toll rose to 23', 'raising the number
arrested to 16') kept as one fact with the earlier figures as superseded."""

import re

from worker.core.extract.casualties.lexicon import (
    ADDED_COUNT_WORDS, APART_GROUPS, ATTACKER_GROUPS, BREAKDOWN_REACH, EARLIER_CUES, GENERIC_GROUPS, INDEFINITE_ARTICLES, RAISING_WORDS, RISE_CUES, ROUNDED_RANGE, TOLL_NOUNS,
    UPDATE_CUES, VAGUE_RANGE, VAGUE_WORDS,
)
from worker.core.extract.common import doc_cache as doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.grammar import singular
from worker.core.models.casualties import Casualty, SubGroup, SupersededCount


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _within(a: Casualty, b: Casualty) -> bool:
    """'arrested three suspects in Moldova ... three men in raids in Chisinau': one count told of a
    country and then of a city of it is one count."""
    if a.count != b.count or a.place is None or b.place is None or a.place == b.place:
        return False
    return city_country(a.place) == b.place or city_country(b.place) == a.place


def city_country(place: str) -> str | None:
    """The country of a city (imported when asked: the entities family reads this family's words
    as it loads)."""
    from worker.core.extract.entities.national import city_country as country_of
    return country_of(place)


def _has_update_cue(ctx: Context, c: Casualty) -> bool:
    words = doc_cache.text(ctx.doc)[c.evidence.sentence_start:c.evidence.sentence_end].lower()
    return any(re.search(rf"\b{cue}", words) for cue in UPDATE_CUES)


def _dated_apart(a: Casualty, b: Casualty) -> bool:
    """Two counts dated to different months (or a month and another year: the 27 dead 'since
    early November' and the 1,700 of 'the 2022 outbreak'): two events, whatever their places."""
    times = [str(c.time) for c in (a, b) if isinstance(c.time, str) and re.match(r"\d{4}(?:-\d\d)?", c.time)]
    if len(times) < 2:
        return False
    n = min(len(times[0]), len(times[1]), 7)
    return n in (4, 7) and times[0][:n] != times[1][:n]


# 'raising the number arrested to 16', 'bringing the toll to 21'.
_RAISED = re.compile(rf"\b(?:{'|'.join(RAISING_WORDS)}) the (?:{'|'.join(sorted(TOLL_NOUNS))})\b")


def _toll_risen(ctx: Context, c: Casualty) -> bool:
    words = doc_cache.text(ctx.doc)[c.evidence.sentence_start:c.evidence.sentence_end].lower()
    if _RAISED.search(words):
        return True   # 'raising the number arrested to 16'
    return bool(re.search(r"\btoll\b", words)) and any(re.search(rf"\b{cue}\b", words) for cue in RISE_CUES)


def _is_earlier(ctx: Context, c: Casualty) -> bool:
    text = doc_cache.text(ctx.doc)
    words = text[c.evidence.sentence_start:c.evidence.sentence_end].lower()
    # 'The toll stood at 11 in the morning but rose through the day': the figure a rise starts from.
    after = text[c.evidence.end:c.evidence.sentence_end].lower()
    return any(re.search(rf"\b{cue}\b", words) for cue in EARLIER_CUES) \
        or bool(re.search(r"\btoll\b", words)) and any(re.search(rf"\bbut (?:\w+ ){{0,2}}{cue}\b", after) for cue in RISE_CUES)


def _approximates(vague: Casualty, exact: Casualty) -> bool:
    """'dozens more who were missing' ... 'Another 40 passengers were unaccounted for': a vague
    count and an exact one inside its range are one count, told twice."""
    low = vague.phrase.lower()
    if any(w in low for w in VAGUE_WORDS):
        return not any(w in exact.phrase.lower() for w in VAGUE_WORDS) and vague.count <= exact.count < vague.count * VAGUE_RANGE
    # 'forcing more than 24,000 from their homes' ... '24,300 people had been moved to shelters'
    # (or 'at least 9,400 in shelters': a closer figure, itself a floor).
    return vague.qualifier in ("more_than", "at_least", "about") and exact.qualifier in ("exact", "at_least") \
        and vague.count < exact.count <= vague.count * ROUNDED_RANGE


def _merge_same(kept: Casualty, other: Casualty) -> Casualty:
    """The same count told twice: keep the first evidence, fill what it lacked."""
    includes = list(kept.includes) + [s for s in other.includes if s not in kept.includes]
    return kept.model_copy(update={
        "includes": includes, "place": kept.place or other.place, "time": kept.time or other.time,
        "qualifier": kept.qualifier if kept.qualifier != "exact" else other.qualifier,
    })


def _supersede(old: Casualty, new: Casualty) -> Casualty:
    """A revised toll: the later figure with the earlier ones kept as superseded."""
    # (The newer may carry a history of its own: 'more than 85,000' ... 'about 112,000' ... both kept.)
    history = list(old.superseded) + [SupersededCount(count=old.count, qualifier=old.qualifier, evidence=old.evidence)] \
        + list(new.superseded)
    history.sort(key=lambda s: s.evidence.start)
    includes = list(new.includes) or list(old.includes)
    return new.model_copy(update={
        "superseded": history, "includes": includes,
        "place": new.place or old.place, "time": new.time or old.time,
    })


def merge(ctx: Context, facts: list[tuple[Casualty, str]]) -> list[Casualty]:
    """One fact per real count. ``facts`` pairs each casualty with its counted group."""
    merged: list[tuple[Casualty, str]] = []
    for fact, group in facts:
        # 'a 40-year-old mother sheltering in a school', told after the count she is one of, is
        # no revision of it (``counts`` folds her in).
        if fact.count == 1 and fact.phrase.lower() in INDEFINITE_ARTICLES and any(
                k.category == fact.category and k.count > 1 for k, _g in merged):
            merged.append((fact, group))
            continue
        for i, (kept, kept_group) in enumerate(merged):
            # 'By the afternoon the toll had risen to 23': the story's toll revised, wherever each
            # figure's place was read from.
            if kept.category != fact.category:
                continue
            if _approximates(kept, fact) or _approximates(fact, kept):
                exact, rough = (fact, kept) if _approximates(kept, fact) else (kept, fact)
                merged[i] = (exact.model_copy(update={"place": exact.place or rough.place,
                                                      "time": exact.time or rough.time}), kept_group)
                break
            if _within(kept, fact) and _compatible(kept.time, fact.time):
                city = fact if city_country(fact.place or "") == kept.place else kept
                merged[i] = (_merge_same(kept, fact).model_copy(update={"place": city.place,
                                                                        "time": kept.time or fact.time}), kept_group)
                break
            # ('The police had earlier reported four deaths': the story's toll before, wherever
            # the sentence before left the place.)
            if not (_compatible(kept.place, fact.place) or _toll_risen(ctx, fact)
                    or fact.count < kept.count and _is_earlier(ctx, fact)):
                continue
            # 'rescued 150 passengers' ... 'the number of rescued rose to 171': a stated update
            # of a generic count revises the specific one.
            cue = _has_update_cue(ctx, fact) or _has_update_cue(ctx, kept)
            # ('16 attackers were killed' revises no toll of the people they attacked.)
            if kept_group != group and (not (cue and "people" in {kept_group, group})
                                        or {singular(kept_group), singular(group)} & ATTACKER_GROUPS):
                continue
            if _dated_apart(kept, fact):
                continue   # 'In April, an airstrike killed 32' is no revision of Saturday's 19
            if kept.count == fact.count or any(s.count == fact.count for s in kept.superseded):
                merged[i] = (_merge_same(kept, fact), kept_group)
                break
            same_place = kept.place is not None and kept.place == fact.place
            # 'thousands were evacuated' is no revision of '25,000 forced from their homes'.
            vague = any(w in c.phrase.lower() for c in (kept, fact) for w in VAGUE_WORDS)
            if cue or (same_place and not vague):
                if _is_earlier(ctx, fact) != _is_earlier(ctx, kept):
                    newer, older = (kept, fact) if _is_earlier(ctx, fact) else (fact, kept)
                else:
                    newer, older = (fact, kept) if fact.count > kept.count or _has_update_cue(ctx, fact) else (kept, fact)
                merged[i] = (_supersede(older, newer), kept_group)
                break
        else:
            merged.append((fact, group))
    return [fact for fact, _ in merged]


def fold_earlier_figures(facts: list[Casualty], risen: list[tuple[str, int, int]]) -> list[Casualty]:
    """'The army said nine soldiers had been killed' ... 'seven more bodies were found, bringing the
    toll to 16': the toll less what was added is the figure told before it, whatever group it named,
    an earlier figure of the same toll and no count of its own."""
    out = list(facts)
    for category, toll, added in risen:
        total = next((f for f in out if f.category == category and f.count == toll), None)
        earlier = next((f for f in out if f.category == category and f.count == toll - added and f is not total), None)
        if total is None or earlier is None:
            continue
        history = [*total.superseded, SupersededCount(count=earlier.count, qualifier=earlier.qualifier,
                                                      evidence=earlier.evidence)]
        out[out.index(total)] = total.model_copy(update={"superseded": history})
        out.remove(earlier)
    return out


_CLAUSE_BREAK = re.compile(r",? and (?=\w+ more\b)|;")


def fold_breakdowns(ctx: Context, facts: list[Casualty], groups: dict[int, str]) -> list[Casualty]:
    """'Forest fires have killed four people ... Two volunteer firefighters died late on Wednesday
    when ...', 'Three patients have died. Two deaths were reported last week and a third ...': a
    smaller exact count told just after a total of its kind is a part of that total, kept among its
    sub-groups, not a second toll ('Two more died', 'were also killed' add to it instead). Only a
    total of people in general breaks down so: 'Eleven protesters ... four of its officers' are two
    sides, and an attacker killed is no part of those he attacked. ``groups``: the counted group
    of each fact, by where its evidence starts."""
    starts = [s.start_char for s in ctx.doc.sents]
    text = doc_cache.text(ctx.doc)

    def sentence(c: Casualty) -> int:
        return sum(1 for s in starts if s <= c.evidence.start) - 1

    out = list(facts)
    for part in facts:
        # (Its own clause only: 'Nine suspects were detained ..., and five more were picked up':
        # the 'more' is the next clause's.)
        clause_end = _CLAUSE_BREAK.search(text, part.evidence.end, part.evidence.sentence_end)
        words = set(re.findall(r"[a-z]+", text[part.evidence.sentence_start:
                                               clause_end.start() if clause_end else part.evidence.sentence_end].lower()))
        group = singular(groups.get(part.evidence.start, ""))
        if part.qualifier != "exact" or part.superseded or words & ADDED_COUNT_WORDS \
                or group in APART_GROUPS and part.category != "arrested":   # (suspects are who arrests hold)
            continue
        total = next((t for t in out if t is not part and t.category == part.category and t.count > part.count
                      and (group in GENERIC_GROUPS or singular(groups.get(t.evidence.start, "")) in GENERIC_GROUPS | {group})
                      and 0 < sentence(part) - sentence(t) <= BREAKDOWN_REACH and _compatible(t.place, part.place)
                      and not _dated_apart(t, part)), None)
        if total is None:
            continue
        sub = SubGroup(group=part.evidence.text, count=part.count)
        out[out.index(total)] = total.model_copy(update={"includes": [*total.includes, sub]})
        out.remove(part)
    return out
