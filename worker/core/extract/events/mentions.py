"""Typed event mentions: find triggers, read arguments, merge mentions, link casualties.

A story names one attack four times ('a missile and drone assault', 'the strikes', 'this week's
attack on Kyiv'); readers want one event, so mentions of the same type whose arguments do not
contradict each other are merged. Casualty facts are linked by their stable key to the event in
their sentence, else to the nearest attack or disaster told before them.
"""

from spacy.tokens import Doc, Token

from worker.core.extract.events import builders as build
from worker.core.extract.common.evidence import sentence_evidence
from worker.core.extract.common.names import dateline_place, entity_at
from worker.core.extract.casualties.counts import casualty_key
from worker.core.extract.common.context import Context
from worker.core.extract.events.args import (
    ARREST_VERBS, ATTACK_NOUNS, ATTACK_VERBS, DECLARE_VERBS, DEMAND_VERBS, DISASTERS, LEGAL, MEETING_NOUNS,
    MEETING_ORG_WORDS, MEETING_VERBS, PROTEST_WORDS, TRAVEL_NOUNS, TRAVEL_VERBS, COURT_WORDS, WEAPONS, aggressor,
    prep_objects,
)
from worker.core.extract.events.builders import Draft
from worker.core.models.events import EventMention

_NOT_ATTACKS = {"heart", "panic", "asthma", "hunger", "general", "labor", "labour"}
_HARM = {"killed", "wounded", "missing", "rescued", "displaced"}


_FORCES = {"police", "officer", "trooper", "deputy", "guard", "sniper"}

# Every word `_trigger_drafts` can start a draft from, as its lower form or lemma; any other token
# only starts one as part of an ORG entity (a summit named as an organisation). Checked first,
# because most tokens trigger nothing and reading their arguments is what costs.
_TRIGGER_WORDS = frozenset().union(
    MEETING_NOUNS, {"meetings"}, MEETING_VERBS, ATTACK_NOUNS, ATTACK_VERBS, {"fire"}, DISASTERS, DEMAND_VERBS,
    {"call", "appeal"}, TRAVEL_VERBS, TRAVEL_NOUNS, DECLARE_VERBS, ARREST_VERBS, LEGAL, {"appear"}, PROTEST_WORDS,
)


def _may_trigger(token: Token) -> bool:
    return (token.ent_type_ == "ORG" or token.lower_ in _TRIGGER_WORDS
            or token.lemma_.lower() in _TRIGGER_WORDS)


def _armed(fire: Token) -> bool:
    """'artillery fire', 'mortar and rocket fire': gunfire, not a blaze."""
    return any(t.lower_ in WEAPONS for t in fire.subtree if t.i < fire.i)


def _police_response(verb: Token) -> bool:
    """'before police shot him dead': officers stopping an attacker are not a new attack."""
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return who is not None and who.lemma_.lower() in _FORCES


def _trigger_drafts(ctx: Context, token: Token) -> list[Draft]:
    lemma, lower, pos = token.lemma_.lower(), token.lower_, token.pos_
    ent = entity_at(token.doc, token)
    if ent is not None and ent.label_ in {"DATE", "PERSON"}:
        return []
    drafts: list[Draft | None] = []
    is_noun = pos in {"NOUN", "PROPN"}
    is_verb = pos == "VERB"
    modifiers = {c.lower_ for c in token.children} | {token.head.lower_}
    if ent is not None and ent.label_ == "ORG" and token.i == ent.root.i and any(w in ent.text.lower() for w in MEETING_ORG_WORDS):
        if token.head.lower_ in {"at", "during", "to", "before", "ahead", "on"}:
            drafts.append(build.meeting(ctx, token))
    elif (is_noun and lower in MEETING_NOUNS | {"meetings"}) or (is_verb and lemma in MEETING_VERBS):
        # 'travel to China for talks with leaders' folds into the trip; talks with a named
        # counterpart ('for talks with Claire Whitfield') are a meeting of their own.
        purpose = token.head.lower_ == "for" and token.head.head.lemma_ in TRAVEL_VERBS
        if not purpose or build.names_counterpart(token):
            drafts.append(build.meeting(ctx, token))
    if is_noun and (lower in ATTACK_NOUNS or lemma in ATTACK_NOUNS) and not modifiers & _NOT_ATTACKS:
        drafts.append(build.attack(ctx, token))
    elif is_verb and lemma in ATTACK_VERBS and not _police_response(token):
        drafts.append(build.attack(ctx, token))
    elif is_noun and lower == "fire" and token.head.lemma_ == "open":
        drafts.append(build.attack(ctx, token.head))
    elif is_noun and lower == "fire" and _armed(token):
        drafts.append(build.attack(ctx, token))   # 'artillery and mortar fire killed six'
    subtype = DISASTERS.get(lower) or DISASTERS.get(lemma)
    # 'cyclone shelters' and 'collapsed buildings' name things, not events.
    main_verb = is_verb and token.dep_ in {"ROOT", "conj", "advcl", "ccomp", "relcl", "acl"}
    if subtype and token.dep_ not in {"compound", "amod"} and (
        is_noun or (main_verb and lemma in {"crash", "derail", "collide", "collapse", "explode", "flood", "capsize", "sink"})
    ):
        fire_as_weapon = lower == "fire" and (token.head.lemma_ in {"open", "return", "exchange", "set"}
                                              or token.head.lower_ in {"under", "to"} or _armed(token))
        if not fire_as_weapon and not (lower == "strike"):
            drafts.append(build.disaster(ctx, token, subtype))
    if is_verb and lemma in DEMAND_VERBS:
        drafts.append(build.demand(ctx, token))
    elif is_verb and lemma in {"call", "appeal"} and any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in token.children):
        drafts.append(build.demand(ctx, token))
    if (is_verb and lemma in TRAVEL_VERBS) or (is_noun and lemma in TRAVEL_NOUNS):
        drafts.append(build.travel(ctx, token))
    if is_verb and lemma in DECLARE_VERBS:
        drafts.append(build.declaration(ctx, token, token.sent))
    if is_verb and lemma in ARREST_VERBS:
        drafts.append(build.arrest(ctx, token))
    legal = LEGAL.get(lemma)
    if lemma == "appeal" and any(c.lower_ in {"for", "to", "on"} for c in token.children):
        legal = None  # 'appealed for calm', 'appealed to donors' ask; they do not go to court
    if is_verb and lemma == "appear" and any(o.lemma_.lower() in COURT_WORDS for o in prep_objects(token, "before", "in", "at")):
        drafts.append(build.legal(ctx, token, "hearing"))
    if legal and ((is_verb and lemma not in {"charge"})
                  or (is_noun and (legal in {"verdict", "investigation", "lawsuit", "hearing"} or lower == "sentencing"))
                  or (lemma == "charge" and is_verb and any(c.lower_ == "with" for c in token.children))
                  or (lemma == "guilty" and "find" in {token.head.lemma_, token.head.head.lemma_})):
        drafts.append(build.legal(ctx, token, legal))
    if lemma in PROTEST_WORDS and (is_noun or is_verb) and lemma != "strike" and not (lower == "march" and token.tag_ == "NNP"):
        drafts.append(build.protest(ctx, token))
    return [d for d in drafts if d is not None]


def _compatible(a: object, b: object) -> bool:
    return a in (None, "unknown", []) or b in (None, "unknown", []) or a == b


def _can_merge(a: Draft, b: Draft) -> bool:
    if a.type != b.type or a.subtype != b.subtype:
        return False
    if a.type == "disaster":
        # One quake per story unless the places differ; its hour and its day are one event.
        return _compatible(a.place, b.place)
    for field in ("status", "place", "when", "actor", "destination", "target"):
        if not _compatible(getattr(a, field), getattr(b, field)):
            return False
    if a.type in {"meeting", "protest"} and a.participants and b.participants:
        return bool(set(a.participants) & set(b.participants))
    if a.type == "legal_action" and a.target and a.target == b.target:
        return True  # 'found Albrecht guilty' ... 'before convicting Albrecht': one verdict
    if a.type == "travel" and a.trigger.sent == b.trigger.sent and a.actor and b.actor in (None, a.actor):
        return True  # 'head to Lisbon on Saturday for a state visit to Portugal': one trip
    if a.type in {"demand", "travel", "legal_action"}:
        return a.trigger.i == b.trigger.i or (a.what == b.what and a.what is not None)
    return True


def _absorb(kept: Draft, other: Draft) -> None:
    for field in ("place", "when", "actor", "destination", "target", "what"):
        if getattr(kept, field) is None:
            setattr(kept, field, getattr(other, field))
    if kept.status == "unknown":
        kept.status = other.status
    kept.participants += [p for p in other.participants if p not in kept.participants]
    kept.weapons += [w for w in other.weapons if w not in kept.weapons]
    kept.sentences += [s for s in other.sentences if s not in kept.sentences]


def _has_arguments(d: Draft) -> bool:
    if d.type == "meeting":
        # 'formal sessions planned for Friday' only times a meeting told elsewhere.
        return bool(d.participants or d.place)
    if d.type == "attack":
        return bool(d.place or d.weapons or d.when or d.actor)
    if d.type == "protest":
        return bool(d.participants or d.place or d.when)
    return True


def _link_casualties(ctx: Context, drafts: list[Draft]) -> None:
    """Each casualty to the event of its sentence, else the nearest harmful event before it."""
    for fact in ctx.casualties:
        kinds = {"attack", "disaster"} if fact.category in _HARM else {"arrest", "protest"}
        candidates = [d for d in drafts if d.type in kinds]
        if not candidates:
            continue
        here = [d for d in candidates if any(s <= fact.evidence.start < e for s, e in d.sentences)]
        before = [d for d in candidates if d.trigger.idx <= fact.evidence.start]
        chosen = here[0] if here else (before[-1] if before else candidates[0])
        key = casualty_key(fact)
        if key not in chosen.casualty_keys:
            chosen.casualty_keys.append(key)
        if chosen.place is None and fact.place is not None:
            chosen.place = fact.place


def extract(doc: Doc, ctx: Context) -> list[EventMention]:
    """Event mentions of the story, one per real event, with arguments and linked casualties."""
    drafts: list[Draft] = []
    heads = ctx.story_facts.section_heads if ctx.story_facts is not None else []
    for token in doc:
        if not _may_trigger(token):
            continue
        # Sub-heads ('Call for sanctions') are labels, not sentences that report events.
        if any(h.evidence.start <= token.idx < h.evidence.end for h in heads):
            continue
        for draft in _trigger_drafts(ctx, token):
            draft.sentences = [(token.sent.start_char, token.sent.end_char)]
            drafts.append(draft)
    # Bare mentions ('the talks', 'the strikes') only repeat an event told with its arguments.
    # Hypothetical harm ('aftershocks could continue', 'attacking officers is a crime') is no event.
    drafts = [d for d in drafts if _has_arguments(d) and not (d.type in {"attack", "disaster"} and d.status == "proposed")]
    merged: list[Draft] = []
    for draft in drafts:
        target = next((k for k in merged if _can_merge(k, draft)), None)
        if target is None:
            merged.append(draft)
        else:
            _absorb(target, draft)
    _link_casualties(ctx, merged)
    story_place = dateline_place(ctx)
    blamed = aggressor(ctx)
    events = []
    for d in merged:
        if d.type in {"attack", "disaster", "mourning", "declaration", "protest"} and d.place is None:
            d.place = story_place
        if d.type == "attack" and d.actor is None:
            d.actor = blamed
        trigger = d.trigger
        events.append(EventMention(
            type=d.type, subtype=d.subtype, status=d.status, trigger=trigger.text, actor=d.actor,
            participants=d.participants, target=d.target, place=d.place, destination=d.destination,
            when=d.when, weapons=d.weapons, what=d.what, casualty_keys=d.casualty_keys,
            evidence=sentence_evidence(trigger),
        ))
    return events

