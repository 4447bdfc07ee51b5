"""Attacks: strikes, shootings, shelling and gunfire, with who attacked, where, when and with what.
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.names import PLACE_LABELS, canonical_name, entity_at
from worker.core.extract.events.args import actor_name, child, is_animate, is_armed_fire, prep_objects, \
    weapons_around
from worker.core.extract.events.labour import is_labour_strike
from worker.core.extract.events.drafting import Draft, Trigger, place_in, status_of, time_for
from worker.core.extract.events.lexicon import ATTACK_NOUNS, ATTACK_VERBS, FORCES, HARM, NOT_ATTACKS, \
    VIOLENCE_WORDS

TRIGGERS = frozenset(ATTACK_NOUNS | ATTACK_VERBS | {"fire"})

def attack(ctx: Context, trigger: Token) -> Draft:
    draft = Draft("attack", trigger, status=status_of(trigger))
    if draft.status == "unknown":
        draft.status = "held"
    attacker = next((c for c in trigger.children if c.dep_ == "poss" and is_animate(c)), None)
    if attacker is None and trigger.pos_ == "VERB":
        agent = prep_objects(trigger, "by")
        attacker = agent[0] if agent else child(trigger, "nsubj")
        attacker = attacker if attacker is not None and is_animate(attacker) else None
    if attacker is None:
        attacker = next(
            (c for c in trigger.children if c.dep_ in {"amod", "compound", "nmod"}
             and (e := entity_at(trigger.doc, c)) is not None and e.label_ in {"GPE", "NORP", "ORG"}), None,
        )
    if attacker is not None:
        draft.actor = actor_name(ctx, attacker)
    targets = [t for t in prep_objects(trigger, "on", "against") if (e := entity_at(t.doc, t)) is not None and e.label_ in PLACE_LABELS]
    draft.place = canonical_name(ctx, entity_at(trigger.doc, targets[0])) if targets else place_in(ctx, trigger)  # type: ignore[arg-type]
    if draft.place is None and trigger.dep_ in {"nsubj", "nsubjpass"}:
        draft.place = place_in(ctx, trigger, list(trigger.head.subtree))   # 'fire ... killed six in X'
    draft.weapons = weapons_around(trigger)
    draft.when = time_for(ctx, trigger)
    return draft


def _police_response(verb: Token) -> bool:
    """'before police shot him dead': officers stopping an attacker are not a new attack."""
    who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return who is not None and who.lemma_.lower() in FORCES


def _violent(ctx: Context) -> bool:
    """Does the story report harm at all? Sport, business and science copy uses the words of
    violence ('attack', 'shot', 'strike', 'fired') for things that hurt nobody."""
    if any(c.category in HARM for c in ctx.casualties):
        return True
    # Read once per document, not once per trigger: the answer does not depend on the trigger.
    cached = ctx.doc.user_data.get("wire.violence_words")
    if cached is None:
        cached = ctx.doc.user_data["wire.violence_words"] = any(tok.lower_ in VIOLENCE_WORDS for tok in ctx.doc)
    return bool(cached)


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    token = t.token
    if not _violent(ctx):
        return []
    if is_labour_strike(ctx, token):
        return []   # a walkout, told as a protest
    if t.is_noun and (t.lower in ATTACK_NOUNS or t.lemma in ATTACK_NOUNS) and not t.modifiers & NOT_ATTACKS:
        return [attack(ctx, token)]
    if t.is_verb and t.lemma in ATTACK_VERBS and not _police_response(token):
        return [attack(ctx, token)]
    if t.is_noun and t.lower == "fire" and token.head.lemma_ == "open":
        return [attack(ctx, token.head)]
    if t.is_noun and t.lower == "fire" and is_armed_fire(token):
        return [attack(ctx, token)]   # 'artillery and mortar fire killed six'
    return []


def has_arguments(d: Draft) -> bool:
    return bool(d.place or d.weapons or d.when or d.actor)
