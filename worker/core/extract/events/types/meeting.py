"""Meetings: talks, summits and sessions, with who takes part, where and when.

A meeting that is the purpose of a trip ('flew to Nairobi for talks with ...') takes the
trip's place, time and traveller.
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.names import PLACE_LABELS, canonical_name, entity_at
from worker.core.extract.events.args import actor_name, child, is_animate, name_of, past_dateline, prep_objects, \
    subject, with_conjuncts
from worker.core.extract.events.drafting import Draft, Trigger, fields_agree, parties, parties_overlap, place_in, \
    status_of, time_for
from worker.core.extract.events.lexicon_parties import INVITING_VERBS, SERIES_WORDS, TEAM_NOUNS
from worker.core.extract.events.lexicon import (
    DEFINITE_DETERMINERS, HOSTING_VERBS, JOINING_VERBS, MEETING_NOUNS, MEETING_ORG_PREPS, MEETING_ORG_WORDS, MEETING_VERBS, RELATIVES, TRAVEL_VERBS,
)
from worker.core.extract.events.lexicon_wire import ROUND_NOUNS, UNFOLDING_VERBS

TRIGGERS = frozenset(MEETING_NOUNS | {"meetings"} | MEETING_VERBS | ROUND_NOUNS)

def names_counterpart(trigger: Token) -> bool:
    """Do 'talks with ...' name a person or organisation, not just 'leaders'?"""
    return any((e := entity_at(t.doc, t)) is not None and e.label_ in {"PERSON", "ORG"}
               for t in prep_objects(trigger, "with", "between"))


def trip_of(trigger: Token) -> Token | None:
    """The travel verb a meeting is the purpose of: 'fly to X to meet', 'travel to X for talks'."""
    head = trigger.head
    if head.lower_ == "for" and head.head.lemma_ in TRAVEL_VERBS:
        return head.head
    if trigger.dep_ == "advcl" and head.lemma_ in TRAVEL_VERBS:
        return head
    return None


def _join_trip(ctx: Context, draft: Draft, trip: Token) -> None:
    """A meeting on a trip happens where the traveller goes, when they go, with them."""
    who = subject(trip)
    if who is not None:
        name = actor_name(ctx, who)
        if name not in draft.participants:
            draft.participants.insert(0, name)
    dest = [p for p in prep_objects(trip, "to") if (e := entity_at(p.doc, p)) is not None and e.label_ in PLACE_LABELS]
    if draft.place is None and dest:
        draft.place = name_of(ctx, dest[0])
    draft.when = draft.when or time_for(ctx, trip)
    if draft.status == "unknown":
        draft.status = status_of(trip)


def _where_clause_place(ctx: Context, trigger: Token) -> str | None:
    """'flies to Abuja, where she is due to meet X': the place the 'where' clause hangs on."""
    node = trigger
    for _ in range(5):
        if node.dep_ == "relcl":
            place = node.head
            ent = entity_at(place.doc, place)
            if any(c.lower_ == "where" for c in node.children) and ent is not None and ent.label_ in PLACE_LABELS:
                return canonical_name(ctx, ent)
            return None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _invited(ctx: Context, trigger: Token) -> list[Token]:
    """'Adeyemi invited union leaders to talks': who invites and who is invited."""
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" else None
    if verb is None or verb.lemma_.lower() not in INVITING_VERBS:
        return []
    found = [subject(verb), child(verb, "dobj")]
    return [t for t in found if t is not None and t.lower_ not in RELATIVES and is_animate(t, ctx)]


def held_by(trigger: Token) -> Token | None:
    """The verb that holds a gathering ('talks will be held', 'held talks', 'the next round of
    talks would be hosted by ...', 'the summit opens'), also through a noun of parts ('round')."""
    node = trigger
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head
    lemma = node.head.lemma_.lower()
    if node.dep_ in {"nsubjpass", "dobj"} and lemma in HOSTING_VERBS:
        return node.head   # 'talks will be held in X', 'held talks in Ankara'
    if node.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    # 'A summit of leaders will open in Nairobi', and through what looks ahead to it: 'talks are
    # due to open in X', 'negotiations are set to begin in Y'.
    verb = node.head
    for _ in range(3):
        if verb.lemma_.lower() in UNFOLDING_VERBS and verb.pos_ == "VERB":
            return verb
        if verb.lemma_.lower() in HOSTING_VERBS and verb.pos_ == "VERB" and verb is not node.head:
            return verb   # 'the meeting is due to be held in Brussels'
        ahead = [c for c in verb.children if c.dep_ in {"acomp", "xcomp"}]
        if not ahead:
            break
        verb = ahead[0]
    return None


def meeting(ctx: Context, trigger: Token) -> Draft | None:
    draft = Draft("meeting", trigger, status=status_of(trigger))
    if trigger.pos_ in {"VERB", "AUX"}:
        who = past_dateline(ctx, subject(trigger))
        if who is None and trigger.dep_ in {"acl", "relcl"}:
            who = trigger.head  # 'adviser Andriy Yermak met ...' parsed as a modifier
        tokens = with_conjuncts(who) if who is not None else []
        obj = child(trigger, "dobj")
        tokens += with_conjuncts(obj) if obj is not None else []
        tokens += prep_objects(trigger, "with")
        # 'which negotiates trade': only those who can sit at a table take part.
        draft.participants = parties(ctx, [t for t in tokens if t.lower_ not in RELATIVES and is_animate(t, ctx)])
    else:
        ent = entity_at(trigger.doc, trigger)
        if ent is not None and ent.label_ == "ORG":
            draft.participants = [canonical_name(ctx, ent)]
        tokens = prep_objects(trigger, "between", "with", "of", "among")
        if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in HOSTING_VERBS:
            host = subject(trigger.head)   # 'Lins ... will hold talks with X': Lins takes part
            tokens += [host] if host is not None and host.lower_ not in RELATIVES and is_animate(host, ctx) else []
        # ('last year's conference' is dated by its owner, not held by it.)
        tokens += [c for c in trigger.children if c.dep_ == "poss" and c.ent_type_ not in {"DATE", "TIME"}]
        tokens += _invited(ctx, trigger)
        named = [_off_series(p) for p in parties(ctx, tokens)]
        draft.participants += [p for p in named if p and p not in draft.participants]
    draft.place = place_in(ctx, trigger) or _where_clause_place(ctx, trigger)
    draft.when = time_for(ctx, trigger)
    holder = held_by(trigger)
    if holder is not None:
        # 'The next round of talks would be held in Tokyo in January': where, when and whether.
        draft.place = draft.place or place_in(ctx, holder)
        draft.when = draft.when or time_for(ctx, holder)
        draft.status = status_of(holder)
    trip = trip_of(trigger)
    if trip is not None:
        _join_trip(ctx, draft, trip)
    return draft


def _off_series(name: str) -> str:
    """'next donors' -> 'donors': the series word belongs to the meeting."""
    first, _, rest = name.partition(" ")
    return rest if first in SERIES_WORDS and rest else name


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    token, ent = t.token, t.ent
    # ('to Congress' alone is the legislature, not a congress held.)
    if ent is not None and ent.label_ == "ORG" and token.i == ent.root.i and ent.text.lower() not in MEETING_ORG_WORDS \
            and any(w in ent.text.lower() for w in MEETING_ORG_WORDS):
        return [meeting(ctx, token)] if token.head.lower_ in MEETING_ORG_PREPS else []
    if _between_teams(token):
        return []
    if t.is_noun and t.lower in ROUND_NOUNS:
        # 'The next round would be held in Nairobi' after talks the story told: a meeting.
        told = any(w.lower_ in MEETING_NOUNS for w in token.doc[:token.sent.start])
        return [meeting(ctx, token)] if told and held_by(token) is not None else []
    if (t.is_noun and t.lower in MEETING_NOUNS | {"meetings"}) or (t.is_verb and t.lemma in MEETING_VERBS):
        # 'travel to China for talks with leaders' folds into the trip; talks with a named
        # counterpart ('for talks with Claire Whitfield') are a meeting of their own.
        purpose = token.head.lower_ == "for" and token.head.head.lemma_ in TRAVEL_VERBS
        if not purpose or names_counterpart(token):
            return [meeting(ctx, token)]
    return []



def _between_teams(token: Token) -> bool:
    """'The teams meet again in June', 'the meeting between the two sides': a fixture of a match,
    not talks."""
    sides = [subject(token)] if token.pos_ in {"VERB", "AUX"} else prep_objects(token, "between", "of")
    return any(s is not None and s.lemma_.lower() in TEAM_NOUNS for s in sides)


def has_arguments(d: Draft) -> bool:
    # 'formal sessions planned for Friday' only times a meeting told elsewhere.
    return bool(d.participants or d.place)


def can_merge(a: Draft, b: Draft) -> bool:
    """One gathering unless the parties differ; 'will join the talks' is the talks told before,
    whoever joins them."""
    joins = b.trigger.head.lemma_.lower() in JOINING_VERBS and any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in b.trigger.children)
    return parties_overlap(a, b) or (joins and fields_agree(a, b))
