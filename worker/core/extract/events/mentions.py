"""Typed event mentions: find triggers, read arguments, merge mentions, link casualties.

A story names one attack four times ('a missile and drone assault', 'the strikes', 'this week's
attack on Kyiv'); readers want one event, so mentions of the same type whose arguments do not
contradict each other are merged. Casualty facts are linked by their stable key to the event in
their sentence, else to the nearest attack or disaster told before them. What each event type
does is in ``table.EVENT_KINDS``.
"""


from spacy.tokens import Doc, Token

from worker.core.extract.casualties.counts import casualty_key
from worker.core.extract.casualties.dating import long_ago, months_back
from worker.core.extract.common.context import Context
from worker.core.extract.common.numbers import word_to_int
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.lexicon import SPEECH_VERBS
from worker.core.extract.common.grammar import tense_of
from worker.core.extract.common.evidence import sentence_evidence
from worker.core.extract.common.names import dateline_place, entity_at, in_section_head, lead_start
from worker.core.extract.common.news_day import dates_itself, news_day
from worker.core.extract.common.scene import scene_place
from worker.core.extract.events import codes, geo, table
from worker.core.extract.entities.national import COUNTRIES
from worker.core.extract.events.types import attack, legal
from worker.core.extract.events.assailants import aggressor, claimant, named_assailant
from worker.core.extract.events.repeats import fold_repeats
from worker.core.extract.events.scene_after import place_told_after
from worker.core.extract.events.drafting import Draft, Trigger, time_for
from worker.core.extract.events.referents import government_of
from worker.core.extract.events.lexicon import ASSAILANT_NOUNS, HARM, NEGATING_DETERMINERS
from worker.core.extract.events.lexicon_wire import DISASTER_CONSEQUENCES, POINT_HAZARDS
from worker.core.extract.events.lexicon_asserted import (
    EARLIER_ADVERBS, IN_QUESTION_MARKS, NOBODY_ONE, NOBODY_ROLES, NOBODY_WORDS, PLOT_LEMMAS, PRESS_EVENT_NOUNS,
    PRESS_MODIFIERS, PRECEDING_TYPES, AS_IF_MARKS, SEMBLANCE_VERBS, NAME_LINK_WORDS,
)
from worker.core.extract.casualties.history import tells_history
from worker.core.extract.events.background import habitual, tallied
from worker.core.models.events import EventMention


def _may_trigger(token: Token) -> bool:
    return (token.ent_type_ == "ORG" or token.lower_ in table.TRIGGER_WORDS
            or token.lemma_.lower() in table.TRIGGER_WORDS)


def _trigger_drafts(ctx: Context, token: Token) -> list[Draft]:
    ent = entity_at(token.doc, token)
    if ent is not None and ent.label_ in {"DATE", "PERSON"}:
        return []
    # 'the Central Bureau of Police Investigation': a capitalised word after 'of' or 'for' inside a
    # body's name says what the body does; it tells no event.
    if token.text[:1].isupper() and (start := ctx.names().mention_start(token.idx, "ORG")) is not None \
            and set(token.doc.text[start:token.idx].lower().split()) & NAME_LINK_WORDS:
        return []
    # 'are not even flying to France', 'no attack was reported': what did not happen is no event.
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in NEGATING_DETERMINERS) for c in token.children):
        return []
    if not _asserted(token):
        return []
    # '..., the largest street protest in Romania in three years': a superlative in apposition ranks
    # the event just told against others; it tells no new one.
    if token.dep_ == "appos" and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in token.children):
        return []
    trigger = Trigger(
        token=token, lemma=token.lemma_.lower(), lower=token.lower_, is_noun=token.pos_ in {"NOUN", "PROPN"},
        is_verb=token.pos_ == "VERB", ent=ent, modifiers={c.lower_ for c in token.children} | {token.head.lower_},
    )
    return [d for kind in table.EVENT_KINDS for d in kind.find(ctx, trigger) if d is not None]


def _likeness(node: Token) -> bool:
    """'It looked like a fire had gone through', 'as if a bomb had exploded': what something
    resembled did not happen."""
    if node.dep_ == "pobj" and node.head.lower_ == "like" and node.head.head.lemma_.lower() in SEMBLANCE_VERBS:
        return True
    return any(c.dep_ == "mark" and c.lower_ in AS_IF_MARKS and c.i > 0 and c.doc[c.i - 1].lower_ == "as"
               for c in node.children)


def _asserted(token: Token) -> bool:
    """Does the copy tell the trigger's event as something that happens? Not when the verb that
    takes it is negated ('had not opened an investigation'), when it was only plotted ('jailed for
    plotting a bomb attack'), when it sits in a clause in question ('will show whether asteroids
    delivered water'), when it is a press event ('told a news conference') or a history
    ('a militia that has killed hundreds in recent years')."""
    if token.dep_ in {"dobj", "nsubjpass"} and any(c.dep_ == "neg" for c in token.head.children):
        return False
    if token.pos_ == "VERB" and any(c.dep_ in NOBODY_ROLES and _nobody(c) for c in token.children):
        return False   # 'no one was detained'
    if token.lemma_.lower() in PRESS_EVENT_NOUNS and any(
            c.dep_ in {"compound", "amod"} and c.lower_ in PRESS_MODIFIERS for c in token.children):
        return False
    if tells_history(token) or sum(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in EARLIER_ADVERBS
                                   for c in token.children) >= 2:
        return False   # '... had been attacked twice before this year': attacks counted before
    if tallied(token) or habitual(token):
        return False   # 'went on strike twice this year', 'gangs, which demand payments': no one event
    node = token
    for _ in range(12):
        if node.lemma_.lower() in PLOT_LEMMAS or any(
                c.dep_ == "mark" and c.lower_ in IN_QUESTION_MARKS for c in node.children) or _likeness(node):
            return False
        if node.head.i == node.i:
            break
        node = node.head
    return True


def _nobody(token: Token) -> bool:
    return token.lower_ in NOBODY_WORDS or (token.lower_ == NOBODY_ONE and any(
        c.dep_ == "det" and c.lower_ in NEGATING_DETERMINERS for c in token.children))


def _can_merge(kept: Draft, other: Draft) -> bool:
    if kept.type != other.type:
        return False
    if kept.subtype != other.subtype:
        return table.KIND_OF[kept.type].absorbs(kept, other)
    return table.KIND_OF[kept.type].merge(kept, other)


def _absorb(kept: Draft, other: Draft) -> None:
    if kept.subtype != other.subtype and kept.subtype in DISASTER_CONSEQUENCES.get(other.subtype or "", ()):
        kept.subtype = other.subtype   # 'floods' told before 'the typhoon': the typhoon's event
    if kept.place in COUNTRIES and other.place and other.place not in COUNTRIES:
        kept.place = other.place   # 'in northern Turkey' then 'near Kozlu': the town
    for field in ("place", "when", "actor", "destination", "target", "what", "size"):
        if getattr(kept, field) is None:
            setattr(kept, field, getattr(other, field))
    if kept.target and other.target and kept.target[:1].islower() and other.target[:1].isupper() \
            and word_to_int(other.target.split()[0]) is None:   # ('Five suspects': a share, no name)
        kept.target = other.target   # 'a former lawmaker' ... 'Raymond Kessler': the name
    if kept.status == "unknown":
        kept.status = other.status
    kept.participants += [p for p in other.participants if p not in kept.participants]
    kept.weapons += [w for w in other.weapons if w not in kept.weapons]
    kept.sentences += [s for s in other.sentences if s not in kept.sentences]


def _merge_pass(drafts: list[Draft]) -> list[Draft]:
    merged: list[Draft] = []
    for draft in drafts:
        whole = next((k for k in merged if k.type == draft.type and table.KIND_OF[k.type].part_of(k, draft)), None)
        if whole is not None:
            whole.when = whole.when or draft.when
            whole.sentences += [s for s in draft.sentences if s not in whole.sentences]
            continue
        target = next((k for k in merged if _can_merge(k, draft)), None)
        if target is None:
            merged.append(draft)
        else:
            _absorb(target, draft)
    return merged


def _counts(d: Draft) -> bool:
    kind = table.KIND_OF[d.type]
    return kind.has_arguments(d) and not (kind.drop_proposed and d.status == "proposed")


def _link_casualties(ctx: Context, drafts: list[Draft]) -> None:
    """Each casualty to the event of its sentence, else the nearest harmful event before it."""
    for fact in ctx.casualties:
        if months_back(ctx, fact.time) or long_ago(ctx, fact.time):
            continue   # the toll of an earlier attack recalled, whose event was left out
        link = "harm" if fact.category in HARM else "custody"
        candidates = [d for d in drafts if table.KIND_OF[d.type].casualties == link]
        if not candidates:
            continue
        here = [d for d in candidates if any(s <= fact.evidence.start < e for s, e in d.sentences)]
        before = [d for d in candidates if d.trigger.idx <= fact.evidence.start]
        # Two attacks in one sentence ('killed 19 in an attack ... air strikes that killed dozens'):
        # each toll is the one told nearest its own trigger.
        chosen = min(here, key=lambda d: abs(d.trigger.idx - fact.evidence.start)) if here else (
            before[-1] if before else candidates[0])
        key = casualty_key(fact)
        if key not in chosen.casualty_keys:
            chosen.casualty_keys.append(key)
        if chosen.place is None and fact.place is not None:
            chosen.place = fact.place


def _date_arrests_by_attack(drafts: list[Draft]) -> list[tuple[Draft, Draft]]:
    """'A man opened fire on Sunday ... Officers arrested the gunman about three hours later': an
    arrest told without a date of its own follows the attack, crash or protest told before it, on its
    day, and where it happened when the arrest names no place of its own (returned as pairs, so the
    place can be read again once casualties have placed the earlier event)."""
    borrowed = []
    for d in drafts:
        if d.type != "arrest" or d.when is not None or d.status != "held":
            continue
        before = [a for a in drafts if a.type in PRECEDING_TYPES and a.when is not None and a.trigger.i < d.trigger.i]
        if before:
            last = max(before, key=lambda a: a.trigger.i)
            d.when = last.when
            d.place = d.place or last.place
            borrowed.append((d, last))
    return borrowed


def extract(doc: Doc, ctx: Context) -> list[EventMention]:
    """Event mentions of the story, one per real event, with arguments and linked casualties."""
    drafts: list[Draft] = []
    in_head = in_section_head(ctx)
    lead = lead_start(ctx)
    for token in doc:
        if not _may_trigger(token) or token.idx < lead:
            continue
        # Sub-heads ('Call for sanctions') are labels, not sentences that report events.
        if in_head(token.idx):
            continue
        for draft in _trigger_drafts(ctx, token):
            draft.sentences = [(token.sent.start_char, token.sent.end_char)]
            # An event happens on a day; the clock time it was told with stays a time expression
            # (trimmed before merging, so 'at 2 a.m. Sunday' and 'Sunday' are one day).
            # ('..., prosecutors said on Friday' dates the telling, not the arrests.)
            root = token.sent.root
            if draft.when is None and table.KIND_OF[draft.type].sentence_time and root.i != token.i \
                    and root.lemma_ not in SPEECH_VERBS:
                draft.when = time_for(ctx, token.sent.root)
            if isinstance(draft.when, str) and "T" in draft.when:
                draft.when = draft.when.split("T")[0]
            # 'until the Fed meets on Dec. 16': told in the present, on a day still to come.
            if draft.status == "held" and isinstance(draft.when, str) and len(draft.when) == len("2026-12-16") \
                    and draft.when > ctx.story.published_at.date().isoformat() and tense_of(draft.trigger) == "present":
                draft.status = "planned"
            drafts.append(draft)
    # Bare mentions ('the talks', 'the strikes') only repeat an event told with its arguments.
    drafts = [d for d in drafts if _counts(d)]
    # 'In April, an airstrike ... killed 32' in a December story: an earlier attack recalled, which
    # must not lend its month to the story's own undated one.
    # (A kidnapping weeks back is the story's own when the captives are news now.)
    drafts = [d for d in drafts if not (table.KIND_OF[d.type].casualties == "harm" and d.status == "held" and (
        (months_back(ctx, d.when) and d.subtype != "kidnapping") or long_ago(ctx, d.when)))]
    # 'The protests began in late October' beside the story's own rally: the movement's start
    # recalled, no second protest.
    month = ctx.story.published_at.date().isoformat()[:7]
    recalled = [d for d in drafts if d.type == "protest" and d.status in ("held", "unknown") and (
        isinstance(d.when, str) and len(d.when) == len(month) and d.when < month or long_ago(ctx, d.when))]
    if len(recalled) < sum(d.type == "protest" for d in drafts):
        drafts = [d for d in drafts if d not in recalled]
    merged = _merge_pass(_merge_pass(drafts))   # twice: a merge can name what a later one needs
    merged = fold_repeats(ctx, merged)
    place_told_after(ctx, merged)
    borrowed = _date_arrests_by_attack(merged)
    _link_casualties(ctx, merged)
    for arrest, earlier in borrowed:
        arrest.place = arrest.place or earlier.place
    legal.client_of(ctx, merged)
    story_place = dateline_place(ctx)
    blamed = aggressor(ctx)
    assailant = named_assailant(ctx) if any(d.type == "attack" for d in merged) else None
    # 'Islamic State Sahel Province claimed responsibility for the bombing': the group, by its word.
    claimed = claimant(ctx) if any(d.type == "attack" for d in merged) else None
    events = []
    for d in merged:
        kind = table.KIND_OF[d.type]
        if kind.needs_actor and not d.actor:
            continue
        if kind.casualties == "harm" and isinstance(d.when, str) and long_ago(ctx, d.when):
            continue   # 'the 2012 collision near Szczekociny': an earlier disaster recalled, not the story's
        # 'About 200 people protested outside parliament' after a lede dated Wednesday: that day.
        if d.when is None and d.status == "held" and not dates_itself(ctx, d.sentences):
            d.when = news_day(ctx)
        if kind.story_place and d.place is None:
            # An attack or a disaster filed from a capital happened at the story's scene.
            d.place = scene_place(ctx) if kind.casualties == "harm" else story_place
        elif d.place is not None and (d.type == "attack" or d.subtype in POINT_HAZARDS):
            d.place = geo.narrowed_to_scene(ctx, d.place)
        # 'A man opened fire ...' and later 'the suspected gunman, Travis Mayhew': the named person.
        if kind.blame_aggressor and assailant and (d.actor is None or d.actor.lower().split()[-1].rstrip("s")
                                                    in ASSAILANT_NOUNS):
            d.actor = assailant
        if kind.blame_aggressor and d.actor is None:
            d.actor = claimed or blamed
        if kind.blame_aggressor and d.actor is not None:
            d.actor = DEMONYMS.get(d.actor.lower(), d.actor)   # 'Tajik' attacks as Tajikistan
        trigger = d.trigger
        plover, cameo, quad = codes.code(d.type, d.subtype, d.weapons)
        events.append(EventMention(
            type=d.type, subtype=d.subtype, status=d.status, trigger=trigger.text, actor=d.actor,
            participants=d.participants, target=d.target, place=d.place, destination=d.destination,
            when=d.when, weapons=d.weapons, what=d.what, size=d.size,
            actor_country=geo.actor_country(ctx, (government_of(ctx, trigger) if d.actor == "government" else None)
                                            or d.actor or (d.participants[0] if d.participants else None)),
            action_geo=geo.action_geo(ctx, d.place or d.destination), casualty_keys=d.casualty_keys,
            plover=plover, cameo=cameo, quad_class=quad, evidence=sentence_evidence(trigger),
        ))
    return events
