"""Argument readers for attacks: weapons, the story's aggressor, its named assailant, the group that
claimed it, and whether a bomb went off."""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.names import canonical_name, entity_at
from worker.core.extract.events.args import name_of
from worker.core.extract.events.lexicon import ASSAILANT_NOUNS, WAR_NOUNS, WEAPONS
from worker.core.extract.events.lexicon_wire import BOMB_NOUNS, BOMBER_NOUNS, CLAIM_VERBS, CLAIMED_NOUNS, EXPLODING_VERBS, \
    NAMING_PARTICIPLES, RESPONDING_VERBS


def weapons_around(trigger: Token) -> list[str]:
    """Weapons named with the trigger: 'missile and drone assault', 'attack with rockets'."""
    scope = list(trigger.subtree) + list(trigger.head.children)
    found: list[str] = []
    for t in sorted(scope, key=lambda t: t.i):
        weapon = WEAPONS.get(t.lower_) or WEAPONS.get(t.lemma_.lower())
        if weapon and weapon not in found and abs(t.i - trigger.i) <= 12:
            found.append(weapon)
    own = WEAPONS.get(trigger.lower_)
    if own and own not in found:
        found.insert(0, own)
    return found


def aggressor(ctx: Context) -> str | None:
    """The country a story holds responsible for its war: the usual owner of 'war', 'invasion'."""
    counts: dict[str, int] = {}
    for token in ctx.doc:
        if token.lemma_.lower() not in WAR_NOUNS:
            continue
        for c in token.children:
            if c.dep_ in {"poss", "compound", "amod"}:
                ent = entity_at(ctx.doc, c)
                if ent is not None and ent.label_ in {"GPE", "NORP"}:
                    name = DEMONYMS.get(ent.text.lower(), canonical_name(ctx, ent))
                    counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: kv[1])[0]


def named_assailant(ctx: Context) -> str | None:
    """The person a story names as its attacker: 'the suspected gunman, Travis Mayhew', 'the
    shooter, identified as ... Dale Brenner'. One such name only; two make it ambiguous."""
    found: list[str] = []
    for token in ctx.doc:
        if token.lemma_.lower() not in ASSAILANT_NOUNS or token.pos_ != "NOUN":
            continue
        person = apposed_person(token)
        if person is not None and (name := name_of(ctx, person)) not in found:
            found.append(name)
    return found[0] if len(found) == 1 else None


def apposed_person(token: Token) -> Token | None:
    """The person a noun phrase is named as: 'the suspected gunman, Travis Mayhew' (in
    apposition, or just after the comma when the parser hung the name elsewhere), 'the shooter,
    identified as ... Dale Brenner'."""
    for c in token.children:
        people = [t for t in c.subtree if t.ent_type_ == "PERSON"] if c.dep_ == "appos" or (
            c.dep_ == "acl" and c.lemma_.lower() in NAMING_PARTICIPLES) else []
        if people:
            return people[-1]
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].ent_iob_ == "B" \
            and doc[token.i + 2].ent_type_ == "PERSON":
        ent = entity_at(doc, doc[token.i + 2])
        return ent.root if ent is not None else None
    return None


def is_armed_fire(fire: Token) -> bool:
    """'artillery fire', 'mortar and rocket fire': gunfire, not a blaze."""
    return any(t.lower_ in WEAPONS for t in fire.subtree if t.i < fire.i)


def claimant(ctx: Context) -> str | None:
    """The group that 'claimed responsibility for the bombing': the story's attacker by its own word.
    One claimant only; two make it ambiguous."""
    found: list[str] = []
    for token in ctx.doc:
        if token.lemma_.lower() not in CLAIM_VERBS or token.pos_ != "VERB" \
                or not any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_NOUNS for c in token.children):
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            ent = entity_at(ctx.doc, subject)
            if ent is not None and ent.label_ in {"ORG", "NORP", "GPE", "PERSON"} \
                    and (name := canonical_name(ctx, ent)) not in found:
                found.append(name)
    return found[0] if len(found) == 1 else None


def bomb_went_off(ctx: Context) -> bool:
    """'A bomb hidden on a motorcycle exploded': the story's explosions are an attack, not an accident."""
    cached = ctx.doc.user_data.get("wire.bomb_went_off")
    if cached is None:
        cached = ctx.doc.user_data["wire.bomb_went_off"] = any(
            t.lemma_.lower() in EXPLODING_VERBS and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in BOMB_NOUNS for c in t.children)
            # 'a suicide bomber drove a car packed with explosives into a checkpoint'
            or t.lemma_.lower() in BOMBER_NOUNS and t.dep_ == "nsubj"
            for t in ctx.doc)
    return bool(cached)


def responder(trigger: Token) -> Token | None:
    """'the army had responded with air strikes': the subject of the answering verb, whose
    attack the 'with' names."""
    prep = trigger.head
    verb = prep.head
    if trigger.dep_ != "pobj" or prep.lower_ != "with" or verb.lemma_.lower() not in RESPONDING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
