"""Travel: trips and visits, with who goes, where to and when.
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.names import PLACE_LABELS, entity_at
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.names import in_match_report, is_club
from worker.core.extract.events.args import actor_name, child, is_animate, known_place, name_of, past_dateline, prep_objects, \
    resolve_pronoun, subject
from worker.core.extract.events.drafting import Draft, Trigger, fields_agree, same_trigger_or_what, status_of, \
    time_for
from worker.core.extract.events.lexicon import AID_VERBS, RELATIVES, TRAVEL_NOUNS, TRAVEL_VERBS, TRIP_VERBS, VEHICLE_NOUNS
from worker.core.extract.events.lexicon_wire import CARE_PLACE_WORDS, EXPECTED_AT_PREPS, EXPECTED_VERBS, TRIP_SEQUENCE_PREPS
from worker.core.extract.events.lexicon_asserted import CARRIED_THINGS
from worker.core.extract.events.lexicon_wire import AIRPORT_TOWN_PREPS, ARRIVAL_VERBS, DUE_WORDS, FLOWN_VERBS, TALLY_PHRASES

TRIGGERS = frozenset(TRAVEL_VERBS | TRAVEL_NOUNS | EXPECTED_VERBS | DUE_WORDS)

def travel(ctx: Context, trigger: Token) -> Draft | None:
    draft = Draft("travel", trigger, status=status_of(trigger))
    places = prep_objects(trigger, "to", "for") if trigger.lemma_ != "visit" or trigger.pos_ == "NOUN" else []
    if trigger.lemma_ == "visit" and trigger.pos_ == "VERB":
        obj = child(trigger, "dobj")
        # 'visit the evacuation centre in Bunbury': the town the visited place is in.
        places = [obj, *prep_objects(obj, *EXPECTED_AT_PREPS)] if obj is not None else []
    if trigger.lemma_ in ARRIVAL_VERBS | EXPECTED_VERBS | DUE_WORDS:
        places = prep_objects(trigger, "in", "at")
        # 'landed at Zvartnots airport outside Yerevan', 'at Rome's Ciampino airport': the town.
        places += [t for p in places if entity_at(p.doc, p) is None for t in
                   (*prep_objects(p, *AIRPORT_TOWN_PREPS), *(c for c in p.children if c.dep_ == "poss"))]
    # 'arrived in the Solomon Islands capital Honiara': the name in apposition to 'capital'.
    places = [q for p in places for q in (p, *(c for c in p.children if c.dep_ == "appos"))]
    dest = [p for p in places if ((e := entity_at(p.doc, p)) is not None and e.label_ in PLACE_LABELS | {"ORG"})
            or known_place(ctx, p) or _town_read_as_nationality(p)]
    if trigger.dep_ == "relcl" and _goods_sent(trigger.head):
        return None   # 'sent two planes and 80 firefighters, who arrived in Temuco': the aid arriving
    who = past_dateline(ctx, subject(trigger)) if trigger.pos_ == "VERB" else child(trigger, "poss")
    if trigger.lower_ in DUE_WORDS:
        who, draft.status = past_dateline(ctx, subject(trigger.head)), "planned"   # 'a mission is due in Colombo'
    who = _traveller_of_clause(ctx, trigger, who)
    if who is None and trigger.pos_ == "NOUN":
        agents = prep_objects(trigger, "by")   # 'a two-day visit by Wambui to Addis Ababa'
        who = agents[0] if agents else None
    if who is not None and who.pos_ == "PRON" and resolve_pronoun(ctx, who) is None:
        who = None   # 'their trip to Newcastle' with nobody 'their' stands for: no traveller
    if who is not None and who.lemma_.lower() in CARRIED_THINGS | VEHICLE_NOUNS:
        return None   # 'the capsule would be flown to Japan', 'the train was travelling to Torun'
    if who is not None and who.pos_ == "NUM" and who.dep_ == "nsubjpass":
        return None   # 'three were later flown to Niamey for surgery': patients carried, no trip
    if trigger.lemma_.lower() in ARRIVAL_VERBS and any(
            phrase in " ".join(t.lower_ for t in trigger.subtree) for phrase in TALLY_PHRASES):
        return None   # '4,800 migrants had landed in Italy so far in August': arrivals counted, no trip
    if trigger.lemma_.lower() in FLOWN_VERBS and child(trigger, "dobj") is not None:
        return None   # 'had flown two million tablets to Nampula', 'flew them to Kathmandu': carried
    if not dest and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "in" for c in trigger.children) and ctx.story_facts \
            and ctx.story_facts.dateline is not None and ctx.story_facts.dateline.place:
        # 'the minister, who flew in from Stockholm overnight': came to where the story is filed.
        draft.destination = ctx.story_facts.dateline.place
    elif not dest:
        # 'will visit the region': a named person's trip is news without a named place; 'X, who
        # was travelling with his wife' tells how X was there, no trip.
        named = who is not None and (e := entity_at(who.doc, who)) is not None and e.label_ == "PERSON"
        if not (named and trigger.pos_ == "VERB" and trigger.lemma_ in TRIP_VERBS) or trigger.tag_ == "VBG":
            return None
    else:
        draft.destination = name_of(ctx, dest[0])
        if draft.destination.split()[-1].lower() in CARE_PLACE_WORDS:
            return None
        # 'Veszprem travel to Paris Saint-Germain': a side's next fixture, not a trip.
        if is_club(ctx.doc, dest[0].text) or is_club(ctx.doc, draft.destination) or in_match_report(ctx.doc) and not (
                who is not None and (e := entity_at(who.doc, who)) is not None and e.label_ == "PERSON"):
            return None
    if who is not None:
        draft.actor = actor_name(ctx, who)
    draft.when = time_for(ctx, trigger)
    if draft.status == "unknown" and trigger.dep_ == "pcomp" and trigger.head.lower_ in TRIP_SEQUENCE_PREPS:
        draft.status = status_of(trigger.head.head)   # 'is due to meet X before returning': planned
    return draft


def _traveller_of_clause(ctx: Context, trigger: Token, who: Token | None) -> Token | None:
    """'Kimura, who flew to Seoul': the person the relative clause hangs on; '... meet X on Wednesday
    before returning to Tokyo', 'before flying on to Jakarta': the subject of the clause the trip
    follows or precedes."""
    if who is not None and who.lower_ in RELATIVES and trigger.dep_ == "relcl":
        # 'Kimura, who flew to Seoul'; not 'doses from a depot in Mombasa, which arrived in Juba'
        head = trigger.head
        place = (e := entity_at(head.doc, head)) is not None and e.label_ in PLACE_LABELS
        return head if is_animate(head, ctx) and not place else None
    prep = trigger.head
    if who is None and trigger.dep_ == "pcomp" and prep.lower_ in TRIP_SEQUENCE_PREPS and prep.head.pos_ in {"VERB", "AUX"}:
        return subject(prep.head)
    return who


def _goods_sent(noun: Token) -> bool:
    """'two planes and 80 brigade members' as what a verb of aid sends."""
    while noun.dep_ == "conj":
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in AID_VERBS


def _town_read_as_nationality(token: Token) -> bool:
    """'flew to Sindhupalchok': a proper name the model read as a nationality, not one's word."""
    ent = entity_at(token.doc, token)
    return ent is not None and ent.label_ == "NORP" and token.tag_ == "NNP" and token.lower_ not in DEMONYMS


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    if (t.is_verb and t.lemma in TRAVEL_VERBS) or (t.is_noun and t.lemma in TRAVEL_NOUNS):
        return [travel(ctx, t.token)]
    if t.lower in DUE_WORDS and t.token.dep_ == "acomp" and not any(c.dep_ == "xcomp" for c in t.token.children):
        draft = travel(ctx, t.token)
        return [draft] if draft is not None and draft.actor and draft.destination else []
    if t.is_verb and t.lemma in EXPECTED_VERBS and _expected_somewhere(t.token):
        draft = travel(ctx, t.token)
        return [draft] if draft is not None and draft.actor and draft.destination else []
    return []


def _expected_somewhere(verb: Token) -> bool:
    """'was expected in Lyon', not 'is expected to rise in Lyon' nor 'expected rain in Lyon'."""
    children = {c.dep_ for c in verb.children}
    return "auxpass" in children and "nsubjpass" in children and not children & {"xcomp", "ccomp", "dobj"} \
        and any(c.dep_ == "prep" and c.lower_ in EXPECTED_AT_PREPS for c in verb.children)


def can_merge(a: Draft, b: Draft) -> bool:
    if not fields_agree(a, b):
        return False
    if a.trigger.sent == b.trigger.sent and a.actor and b.actor in (None, a.actor):
        return True  # 'head to Lisbon on Saturday for a state visit to Portugal': one trip
    return same_trigger_or_what(a, b)
