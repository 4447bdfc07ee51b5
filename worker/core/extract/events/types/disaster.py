"""Disasters: quakes, floods, fires, storms, crashes and the like, by subtype, with place and time.
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.grammar import tense_of
from worker.core.extract.casualties.lexicon import PERFECT_AUXILIARIES
from worker.core.extract.entities.national import COUNTRIES
from worker.core.extract.events.args import is_animate, prep_objects
from worker.core.extract.events.assailants import bomb_went_off, is_armed_fire
from worker.core.extract.events.types.attack import in_play
from worker.core.extract.events.drafting import Draft, Trigger, compatible, place_in, status_of, time_for
from worker.core.extract.events.lexicon_wire import (
    DISASTER_CONSEQUENCES, FIGURATIVE_HAZARDS, HAZARD_STUFF, IMPACTED_THINGS, RAIN_HAZARDS, RELATIVE_WORDS,
    LEAVING_TRACK_VERBS, TRACK_NOUNS, VEHICLE_IMPACT_VERBS, WEATHERED_PREPS,
)
from worker.core.extract.events.lexicon_asserted import MARKET_NOUNS
from worker.core.extract.events.lexicon import DISASTERS, DISASTER_VERBS, \
    FIRE_AS_WEAPON_PREPS, FIRE_AS_WEAPON_VERBS, HARM, NOT_STORM_NAMES, SLOW_ONSET, VEHICLE_CRASH_VERBS, VEHICLE_NOUNS
from worker.core.extract.events.lexicon_wire import FALL_PREPS, FALLING_VERBS

TRIGGERS = frozenset(DISASTERS) | VEHICLE_CRASH_VERBS | VEHICLE_IMPACT_VERBS | LEAVING_TRACK_VERBS
# Where a verb is the clause's own event ('the train derailed'), not a modifier.
_MAIN_CLAUSE_DEPS = {"ROOT", "conj", "advcl", "ccomp", "relcl", "acl"}

def disaster(ctx: Context, trigger: Token, subtype: str) -> Draft:
    draft = Draft("disaster", trigger, subtype=subtype, status="held")
    # 'Typhoon Lando slammed into ...': a named storm's place and day are its verb's.
    anchor = _named_hazard_verb(trigger) or trigger
    if status_of(anchor) in {"planned", "proposed"}:
        draft.status = "proposed"
    draft.place = place_in(ctx, anchor) or place_in(ctx, anchor, list(anchor.head.subtree))
    draft.when = time_for(ctx, anchor)
    for verb in (anchor.conjuncts if draft.when is None and anchor.pos_ == "VERB" else ()):
        draft.when = draft.when or time_for(ctx, verb)   # 'derailed and struck a bus on Thursday'
    return draft


def named_hazard(token: Token) -> bool:
    """'Typhoon Lando', 'Hurricane Maria': a capitalised hazard word that begins a proper name is
    the hazard itself, not a modifier ('cyclone shelters')."""
    head = token.head
    return (DISASTERS.get(token.lower_) == "storm" and token.dep_ == "compound" and token.is_title
            and head.pos_ == "PROPN" and head.i > token.i and head.is_title
            and head.lower_ not in NOT_STORM_NAMES   # 'the Hurricane Center', 'Typhoon Committee'
            and not any(c.dep_ == "compound" and c.i < token.i for c in head.children))


def _named_hazard_verb(token: Token) -> Token | None:
    if not named_hazard(token):
        return None
    name = token.head
    return name.head if name.dep_ in {"nsubj", "nsubjpass"} and name.head.pos_ == "VERB" else None


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    token = t.token
    subtype = DISASTERS.get(t.lower) or DISASTERS.get(t.lemma)
    if subtype and in_play(token):
        return []   # 'a second-half collapse', 'a storm of goals': play, not a disaster
    if subtype == "explosion" and bomb_went_off(ctx):
        return []   # 'a bomb ... exploded', 'the blast struck the market': a bombing (``attack``)
    if t.is_verb and t.lemma in VEHICLE_CRASH_VERBS and (t.lemma not in FALLING_VERBS or _fell_into(token)) and (any(
            c.dep_ == "nsubj" and _vehicle(c) for c in _subject_holder(token).children) or (
            # 'A train ploughed into ..., the ministry said' with the verb hung on 'train'.
            token.dep_ in {"acl", "relcl"} and token.head.lemma_.lower() in VEHICLE_NOUNS
            and not any(c.dep_.startswith("nsubj") for c in token.children))):
        return [disaster(ctx, token, "crash")]   # 'a bus plunged into a ravine'; shares plunge too
    if t.is_verb and t.lemma in LEAVING_TRACK_VERBS and any(o.lemma_.lower() in TRACK_NOUNS for o in token.children
                                                            if o.dep_ == "dobj") \
            and any(c.dep_ == "nsubj" and _vehicle(c) for c in _subject_holder(token).children):
        return [disaster(ctx, token, "crash")]   # 'nine coaches of the express jumped the tracks'
    if t.is_verb and t.lemma in VEHICLE_IMPACT_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in VEHICLE_NOUNS for c in token.children) and any(
            o.lemma_.lower() in IMPACTED_THINGS for o in [c for c in token.children if c.dep_ == "dobj"]
            + prep_objects(token, "into", "with")):
        return [disaster(ctx, token, "crash")]
    if t.is_verb and any(c.dep_ == "nsubj" and c.lemma_.lower() in MARKET_NOUNS for c in token.children):
        return []   # 'shares sank 19%', 'the index collapsed': prices, not a disaster
    if subtype == "collapse" and t.is_verb and any(c.dep_ == "nsubj" and is_animate(c, ctx) for c in token.children):
        return []   # 'labourers who collapsed in the fields', 'the coalition collapsed': no structure fell
    if subtype and t.is_noun and t.lower in FIGURATIVE_HAZARDS and _of_things(token):
        return []   # 'a flood of cheaper imported steel', 'a storm of criticism', 'an avalanche of orders'
    if subtype and _describes_place(ctx, token):
        return []   # 'Nsanje, where floods in July left many without water': background to a place
    # ('Giulia Ferrero crashed into the safety netting': a skier, no vehicle, no one hurt.)
    if subtype and _unhurt_sentence(ctx, token) and (
            (subtype == "crash" and not any(w.lemma_.lower() in VEHICLE_NOUNS for w in token.sent))
            or t.is_noun and (_generic(token) or (subtype == "fire" and bomb_went_off(ctx)))):
        # 'a crash in training left his knee sore'; 'why floods have become harder to forecast';
        # 'then there was fire everywhere' beside a bombing: none is a disaster of the story.
        return []
    if subtype in SLOW_ONSET and not any(c.category in HARM for c in ctx.casualties):
        return []   # 'a marine heatwave bleached the reef': a condition, not a disaster with a toll
    # 'cyclone shelters' and 'collapsed buildings' name things, not events.
    main_verb = t.is_verb and token.dep_ in _MAIN_CLAUSE_DEPS
    if subtype and (token.dep_ not in {"compound", "amod"} or named_hazard(token)) and (t.is_noun or (main_verb and t.lemma in DISASTER_VERBS)):
        fire_as_weapon = t.lower == "fire" and (token.head.lemma_ in FIRE_AS_WEAPON_VERBS
                                                or token.head.lower_ in FIRE_AS_WEAPON_PREPS or is_armed_fire(token))
        if not fire_as_weapon and not (t.lower == "strike"):
            return [disaster(ctx, token, subtype)]
    return []


def _unhurt_sentence(ctx: Context, token: Token) -> bool:
    sent = token.sent
    return not any(c.category in HARM and sent.start_char <= c.evidence.start < sent.end_char for c in ctx.casualties)


def _generic(token: Token) -> bool:
    """'floods in the region have become harder to forecast': a bare plural told in the present is
    the hazard in general, not one that happened."""
    verb = token.head if token.dep_ in {"nsubj", "nsubjpass"} else None
    present = verb is not None and (tense_of(verb) in ("present", "future")
                                    or any(c.lower_ in PERFECT_AUXILIARIES for c in verb.children))
    bare = token.tag_ == "NNS" and not any(c.dep_ in {"det", "poss", "nummod"} for c in token.children)
    # 'We kept the lights on through floods and heatwaves': hazards weathered in general.
    first = token.head if token.dep_ == "conj" else token
    weathered = first.dep_ == "pobj" and first.head.lower_ in WEATHERED_PREPS
    return bare and (present or weathered)


def _describes_place(ctx: Context, token: Token) -> bool:
    """A hazard of an earlier month told in a relative or 'where' clause ('the districts of Chikwawa
    and Nsanje, where floods in July left many people without clean water', 'central Vietnam, which
    was hit by storms in October') describes a place or a need; it is no event of the story unless
    the clause counts casualties of its own."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    relative = node.dep_ == "relcl" or any(c.lower_ in RELATIVE_WORDS and c.dep_ in {"advmod", "nsubj", "nsubjpass"}
                                           for c in node.children)
    if not relative:
        return False
    when = time_for(ctx, node)
    published = ctx.story.published_at.date().isoformat()[:7]
    if not (isinstance(when, str) and len(when) in (4, 7) and when < published[:len(when)]):
        return False
    start, end = node.left_edge.idx, node.right_edge.idx + len(node.right_edge)
    return not any(start <= c.evidence.start < end for c in ctx.casualties)


def can_merge(a: Draft, b: Draft) -> bool:
    """One quake per story unless the places differ; its hour and its day are one event. A named
    storm moves: every mention of it is one storm wherever each places it."""
    if a.subtype == "storm" and (named_hazard(a.trigger) or named_hazard(b.trigger)):
        return True
    # 'derailed on Thursday' and 'derailed near Cheney in April' are two crashes; an hour and its day are one.
    days = [str(w)[:10] for w in (a.when, b.when) if w and len(str(w)) >= 7]   # a bare year ('since 2015') dates nothing
    same_day = len(days) < 2 or days[0].startswith(days[1]) or days[1].startswith(days[0])
    # 'an explosion in northern Turkey' and 'the blast near Kozlu' the same day: a country and a town.
    country = (a.place in COUNTRIES) != (b.place in COUNTRIES)
    return (compatible(a.place, b.place) or country) and same_day


def absorbs(a: Draft, b: Draft) -> bool:
    """A typhoon's floods and landslides, a quake's collapsed buildings: one disaster, the bigger
    hazard's, whichever is told first."""
    return compatible(a.status, b.status) and (
        {a.subtype, b.subtype} <= RAIN_HAZARDS   # 'landslides and floods triggered by monsoon rain'
        or (b.subtype or "") in DISASTER_CONSEQUENCES.get(a.subtype or "", frozenset())
        or (a.subtype or "") in DISASTER_CONSEQUENCES.get(b.subtype or "", frozenset()))


def _of_things(noun: Token) -> bool:
    """'a flood of imports': the hazard word measures what follows 'of' ('the floods of July' is a date)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "CARDINAL"} and not o.like_num
        and o.lemma_.lower() not in HAZARD_STUFF for o in c.children)
        for c in noun.children)


def _subject_holder(verb: Token) -> Token:
    """'A bus lost its brakes ... and plunged into a ravine': a joined verb without a subject of its
    own shares the first verb's."""
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return verb.head
    return verb


def _fell_into(verb: Token) -> bool:
    """'a bus fell 200 metres into a ravine': a vehicle itself fell into, off or down something
    (not 'lorry traffic had fallen by 8%')."""
    return any(c.dep_ == "prep" and c.lower_ in FALL_PREPS for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in VEHICLE_NOUNS for c in verb.children)


def _vehicle(subject: Token) -> bool:
    """'a bus plunged'; also 'a bus carrying pilgrims plunged', which the model may read with
    'pilgrims' as the subject and 'bus' as a word before it."""
    return subject.lemma_.lower() in VEHICLE_NOUNS or any(
        w.i < subject.i and w.lemma_.lower() in VEHICLE_NOUNS for w in subject.subtree)
