"""Attacks: strikes, shootings, shelling and gunfire, with who attacked, where, when and with what.
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.names import PLACE_LABELS, canonical_name, entity_at
from worker.core.extract.events.args import actor_name, child, in_dateline, is_animate, known_place, name_of, nearest_subject, \
    singular, past_dateline, prep_objects
from worker.core.extract.events.assailants import bomb_went_off, is_armed_fire, responder, weapons_around
from worker.core.extract.entities.national import COUNTRIES
from worker.core.extract.events.labour import is_labour_strike
from worker.core.extract.events.drafting import Draft, Trigger, place_in, status_of, time_for
from worker.core.extract.events.lexicon_asserted import ATTACKER_KINDS, GROUP_LINKS
from worker.core.extract.events.lexicon_asserted import MARKET_NOUNS
from worker.core.extract.events.story_kinds import cyber_only, match_report, violent
from worker.core.extract.events.lexicon_wire import BOMBER_NOUNS, ERUPTING_VERBS, EXPLODING_VERBS, KIDNAP_WORDS, NOT_ATTACKED_OBJECTS, \
    SHOTS_NOUNS
from worker.core.extract.events.lexicon_parties import FORCE_ADJECTIVES
from worker.core.models.timex import TimeRange
from worker.core.extract.events.lexicon import ATTACK_NOUNS, ATTACK_VERBS, BLAME_VERBS, CUSTODY_VERBS, FORCES, RAIDING_AUTHORITIES, \
    POLICE_OPERATION_NOUNS, RELATIVE_PRONOUNS, \
    DEFINITE_DETERMINERS, DISASTERS, INFLICTED_HARM, SPORT_WORDS, FORCE_NOUNS, HARM,\
    HARM_SETTING_PREPS, HARM_VERBS, NOT_ATTACKS, WEAPONS

TRIGGERS = frozenset(ATTACK_NOUNS | ATTACK_VERBS | SHOTS_NOUNS | EXPLODING_VERBS | BOMBER_NOUNS | KIDNAP_WORDS | {"fire"})

def attack(ctx: Context, trigger: Token) -> Draft:
    draft = Draft("attack", trigger, status=status_of(trigger))
    if draft.status == "unknown":
        draft.status = "held"
    attacker = next((c for c in trigger.children if c.dep_ == "poss" and is_animate(c)), None)
    if attacker is None and trigger.pos_ == "VERB":
        agent = prep_objects(trigger, "by")
        # The subject nearest the verb: 'LAGOS (Reuters) - Gunmen attacked', not the dateline.
        attacker = agent[0] if agent else past_dateline(ctx, nearest_subject(trigger, "nsubj"))
        attacker = attacker if attacker is not None and is_animate(attacker) else None
    if attacker is None:
        # ('OSH, Kyrgyzstan (Reuters) - Mortar fire': a parser may hang the dateline on the noun.)
        attacker = next((a for a in (_modifying_attacker(trigger), _fired_from(trigger))
                         if a is not None and not in_dateline(ctx, a)), None)
    if attacker is None and trigger.pos_ == "VERB":
        attacker = _weapon_attacker(trigger)
    if attacker is None:
        attacker = _blamed(trigger, ctx) or _doer_of_harm(trigger, ctx) or responder(trigger)
    owner = child(attacker, "poss") if attacker is not None and attacker.lemma_.lower() in FORCE_NOUNS else None
    if owner is not None:
        attacker = _country_of_speaker(owner) or owner   # 'its forces had struck': whose forces
    if attacker is not None:
        # 'fire from across the Tajik border', 'Russian drones': a nationality attacks as its country.
        country = DEMONYMS.get(attacker.lower_) if attacker.ent_type_ != "PERSON" else None
        draft.actor = country or _group_behind(ctx, attacker, trigger) or _group_name(attacker) or actor_name(ctx, attacker)
        if _mere_place(ctx, attacker, draft.actor):
            draft.actor = None   # 'the Kharkiv attack': where it happened, not who attacked
    struck = child(trigger, "dobj") if trigger.pos_ == "VERB" else None   # 'struck a district of Kharkiv'
    hit = [t for t in struck.subtree if t.dep_ == "pobj"] if struck is not None else []
    struck_places = prep_objects(trigger, "on", "against") + hit
    targets = [t for t in struck_places if (e := entity_at(t.doc, t)) is not None and e.label_ in PLACE_LABELS]
    # A place the model missed here but the story's entities know ('a district of Kharkiv').
    known = [t for t in struck_places if entity_at(t.doc, t) is None and known_place(ctx, t)]
    draft.place = canonical_name(ctx, entity_at(trigger.doc, targets[0])) if targets else (  # type: ignore[arg-type]
        name_of(ctx, known[0]) if known else place_in(ctx, trigger))
    if draft.place is None and trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.lemma_.lower() in HARM_VERBS:
        draft.place = place_in(ctx, trigger, list(trigger.head.subtree))   # 'fire ... killed six in X'
    draft.weapons = weapons_around(trigger)
    draft.when = time_for(ctx, trigger)
    return draft


def _modifying_attacker(trigger: Token) -> Token | None:
    """'an Israeli airstrike', 'a Russian drone strike' (the nationality on the weapon's word), 'a
    military airstrike': who struck, named before the attack noun."""
    modifiers = [c for c in trigger.children if c.dep_ in {"amod", "compound", "nmod"}]
    modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
    named = next((c for c in modifiers if (e := entity_at(trigger.doc, c)) is not None
                  and e.label_ in {"GPE", "NORP", "ORG"}), None)
    return named or next((c for c in modifiers if c.dep_ == "amod" and c.lower_ in FORCE_ADJECTIVES), None)


def _fired_from(trigger: Token) -> Token | None:
    """'fire from across the Tajik border', 'shelling from Armenia': the country it came from."""
    if trigger.pos_ != "NOUN":
        return None
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "from"):
        for t in prep.subtree:
            if t.lower_ in DEMONYMS or t.ent_type_ == "GPE" and t.text in COUNTRIES:
                return t
    return None


def _country_of_speaker(owner: Token) -> Token | None:
    """'Russia's defence ministry said its forces had struck': 'its' is the speaking body's
    country, not the ministry."""
    if owner.pos_ != "PRON":
        return None
    speaker = child(owner.sent.root, "nsubj")
    return next((c for c in speaker.children if c.dep_ in {"poss", "compound", "amod"}
                 and c.ent_type_ in {"GPE", "NORP"}), None) if speaker is not None else None


def in_play(token: Token) -> bool:
    """A sentence of a match report: a sport word and no weapon ('a collapse in the second half',
    'wave after wave of attacks after the break led to a goal')."""
    words = {t.lower_ for t in token.sent}
    return bool(words & SPORT_WORDS) and not words & WEAPONS.keys()


def _group_name(token: Token) -> str | None:
    """'fighters from Islamic State West Africa Province': the whole proper name the model cut into
    a nationality and a region, read off the chain of proper nouns it heads or sits in."""
    head = token
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    chain = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if head.pos_ != "PROPN" or len(chain) < 2:
        return None
    return head.doc[chain[0].left_edge.i:head.i + 1].text


def _group_behind(ctx: Context, token: Token, trigger: Token) -> str | None:
    """'Fighters from the separatist X', 'insurgents linked to the Y group': the armed group a
    kind of attacker belongs to, named between it and the attack, is who attacked."""
    if singular(token.lower_) not in ATTACKER_KINDS or not token.i < trigger.i:
        return None
    between = token.doc[token.i + 1:trigger.i]
    link = next((t for t in between if t.lower_ in GROUP_LINKS), None)
    for t in between:
        if link is None or t.i <= link.i or not t.text[:1].isupper():
            continue
        body = next((e for e in ctx.entities if e.label == "ORG"
                     and any(m.start <= t.idx < m.end for m in e.mentions)), None)
        if body is not None:
            # 'the Islamic State group' with 'Islamic' read as a nationality: the whole name.
            before = t.doc[t.i - 1]
            return f"{before.text} {body.name}" if before.i > link.i and before.ent_type_ == "NORP" else body.name
    return None


def _mere_place(ctx: Context, token: Token, name: str) -> bool:
    """A city, region or landmark never attacks; a country does ('Russia's attack on Kyiv')."""
    ent = entity_at(token.doc, token)
    return ent is not None and ent.label_ in {"GPE", "LOC", "FAC"} and name not in COUNTRIES \
        and DEMONYMS.get(token.lower_) is None


def _weapon_strike(verb: Token) -> bool:
    """'Russian drones struck a district of Kharkiv', 'troops struck the village': a strike by
    weapons or forces, not 'struck a deal' or 'struck a chord'."""
    who = child(verb, "nsubj")
    return who is not None and (who.lower_ in WEAPONS or who.lemma_.lower() in FORCE_NOUNS)


def _weapon_attacker(verb: Token) -> Token | None:
    """'Russian drones struck': the nationality of the weapons."""
    who = child(verb, "nsubj")
    if who is None:
        return None
    return next((c for c in who.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}), None)


def _blamed(trigger: Token, ctx: Context) -> Token | None:
    """'blamed the attack on fighters from ISWAP': the named group, else whom it is blamed on."""
    # ... or passive: 'The assault on the camp was blamed on the ADI'.
    prep = BLAME_VERBS.get(trigger.head.lemma_.lower()) if trigger.dep_ in {"dobj", "nsubjpass"} else None
    found = (prep_objects(trigger.head, prep) or prep_objects(trigger, prep)) if prep else []
    if not found:
        return None
    named = [t for t in found[0].subtree if (e := entity_at(t.doc, t)) is not None and e.label_ in {"ORG", "GPE", "NORP"}]
    # A body's name holds a place ('the Alliance for the Defence of Ituri'): the body, not the place.
    bodies = [t for t in found[0].subtree if any(e.label == "ORG" for e in ctx.names().covering(t.idx))]
    return bodies[0] if bodies else (named[0] if named else found[0])


def _doer_of_harm(trigger: Token, ctx: Context) -> Token | None:
    """'Militants killed 27 villagers in an overnight raid': who did the killing made the raid,
    a name or a kind of attacker ('gunmen', 'suspected jihadists')."""
    prep = trigger.head
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head   # ('wounded 11 in an attack')
    # ('killed 19 and abducted 42 in a raid': the setting hangs on the last of the joined verbs.)
    harming = verb.lemma_.lower() in HARM_VERBS or verb.dep_ == "conj" and verb.head.lemma_.lower() in HARM_VERBS
    if trigger.dep_ != "pobj" or prep.lower_ not in HARM_SETTING_PREPS or not harming:
        return None
    # ('Jihadists killed 19 and wounded 11 in an attack': the subject the joined verbs share.)
    who = _subject(verb) or (_subject(verb.head) if verb.dep_ == "conj" else None)
    if who is not None and (who.lemma_.lower() in FORCE_NOUNS or singular(who.lower_) in ATTACKER_KINDS):
        return who   # 'troops killed six of the attackers in a gunfight'
    return who if who is not None and entity_at(who.doc, who) is not None and is_animate(who, ctx) else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject nearest it: a lede's dateline town may be parsed as a second one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[-1] if subjects else None


def _police_raid(trigger: Token) -> bool:
    """'were detained in raids', 'arrested in coordinated raids': police work, not an attack; so
    is 'the raids' that refers back to such raids told before."""
    if trigger.lemma_.lower() != "raid":
        return False
    if any(t.lemma_.lower() in CUSTODY_VERBS for t in trigger.sent) or any(
            c.dep_ == "prep" and c.lower_ == "by" and any(t.lemma_.lower() in RAIDING_AUTHORITIES for t in c.subtree)
            for c in trigger.children):
        return True
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in trigger.children):
        return False
    return any(t.lemma_.lower() == "raid" and any(w.lemma_.lower() in CUSTODY_VERBS for w in t.sent)
               for t in trigger.doc[:trigger.sent.start])


def _police_operation(noun: Token) -> bool:
    """'The operation, which targeted 23 warehouses' in a sentence of officers and police: police
    work aimed at places, not an attack on them."""
    return noun.lemma_.lower() in POLICE_OPERATION_NOUNS and any(
        t.lemma_.lower() in RAIDING_AUTHORITIES for t in noun.sent)


def _police_response(verb: Token) -> bool:
    """'before police shot him dead': officers stopping an attacker are not a new attack."""
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return who is not None and who.lemma_.lower() in FORCES


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    token = t.token
    if t.lemma in KIDNAP_WORDS or t.lower in KIDNAP_WORDS:
        return _kidnapping(ctx, token)
    if not violent(ctx) or cyber_only(ctx) or match_report(ctx):
        return []
    # ('The raids targeted warehouses': what police raids aim at is no attack either.)
    doer = next((c for c in token.children if c.dep_ == "nsubj"), None) if token.pos_ == "VERB" else None
    if doer is not None and doer.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
        doer = token.head   # 'the operation, which targeted 23 warehouses'
    if is_labour_strike(ctx, token) or _police_raid(token) or in_play(token) \
            or (doer is not None and (_police_raid(doer) or doer.lemma_.lower() in MARKET_NOUNS
                                      or _police_operation(doer))):
        return []   # a walkout, told as a protest; a raid to arrest; a side's attack in a match; 'shares shot up'
    if t.is_noun and (t.lower in ATTACK_NOUNS or t.lemma in ATTACK_NOUNS) and not t.modifiers & NOT_ATTACKS:
        return [attack(ctx, token)]
    # ('shell companies': a verb tag on a noun's modifier, or a company as its object, is no attack.)
    if t.is_verb and (t.lemma in ATTACK_VERBS or (t.lemma == "strike" and _weapon_strike(token))) \
            and not _police_response(token) and token.dep_ not in ("compound", "amod", "nmod") \
            and not any(c.dep_ == "dobj" and c.lemma_.lower() in NOT_ATTACKED_OBJECTS for c in token.children):
        return [attack(ctx, token)]
    if t.is_noun and t.lower in SHOTS_NOUNS and token.dep_ == "nsubj" and token.head.lemma_ in ERUPTING_VERBS:
        return [attack(ctx, token)]   # 'gunfire broke out in a parking lot'
    if DISASTERS.get(t.lemma) == "explosion" or DISASTERS.get(t.lower) == "explosion" or t.lemma in EXPLODING_VERBS:
        if bomb_went_off(ctx) and (t.is_noun or any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)):
            draft = attack(ctx, token)
            draft.subtype = draft.subtype or "bombing"
            draft.weapons = draft.weapons or ["bomb"]
            return [draft]   # 'a bomb ... exploded at a market', 'the blast struck ...'
    if t.is_noun and t.lemma in BOMBER_NOUNS and token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        # 'a suicide bomber drove a car packed with explosives into a checkpoint': the verb's attack.
        draft = attack(ctx, token.head)
        draft.subtype, draft.weapons = "bombing", draft.weapons or ["bomb"]
        return [draft]
    if t.is_noun and t.lower == "fire" and token.head.lemma_ == "open":
        return [attack(ctx, token.head)]
    if t.is_noun and t.lower == "fire" and is_armed_fire(token):
        return [attack(ctx, token)]   # 'artillery and mortar fire killed six'
    return []


def _kidnapping(ctx: Context, token: Token) -> list[Draft | None]:
    """'Gunmen kidnapped 18 passengers', 'nurses kidnapped by a gang': a verb that tells the taking;
    not a noun of the kind ('Kidnappings have spread') or a plot ('conspired to kidnap')."""
    if token.pos_ != "VERB" or token.tag_ == "VB" or token.dep_ in ("compound", "amod", "nmod") or any(
            t.i != token.i and (t.lemma_.lower() in ATTACK_NOUNS | ATTACK_VERBS) for t in token.doc[:token.sent.end]):
        return []   # ('killed 19 and abducted 42 in a raid', 'The attackers also abducted 12': the raid is the attack.)
    draft = attack(ctx, token)
    draft.subtype = "kidnapping"
    # ('more than 1,100 people had been kidnapped in the first nine months': a tally over a span.)
    return [] if isinstance(draft.when, TimeRange) else [draft]


def has_arguments(d: Draft) -> bool:
    # '... attacked police with bottles, wounding four officers': the harm it did is its argument.
    return bool(d.place or d.weapons or d.when or d.actor) or any(
        c.dep_ in {"advcl", "conj"} and c.lemma_ in INFLICTED_HARM for c in d.trigger.children)


def kind_of_attacker(name: str) -> bool:
    return singular(name.lower().split()[-1]) in ATTACKER_KINDS
