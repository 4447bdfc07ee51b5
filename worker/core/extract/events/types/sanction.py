"""Sanctions: who imposed or lifted them, on whom, over what and when.

'The EU imposed sanctions on 12 officials', 'sanctions were lifted on the airline', 'Washington
sanctioned three companies', 'imposed travel bans and asset freezes on'. A bare 'the sanctions' only refers to measures told elsewhere, so a
mention needs a verb that imposes or lifts them (or the verb 'sanction' itself).
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.events.args import actor_name, animate_subject, child, phrase_text, prep_objects
from worker.core.extract.events.drafting import Draft, Trigger, fields_agree, place_in, status_of, time_for
from worker.core.extract.events.lexicon_wire import SANCTION_MEASURE_KINDS, SANCTION_MEASURES
from worker.core.extract.events.lexicon import APPEAL_VERBS, DEMAND_VERBS, TIME_LABELS, SANCTION_NOUNS, \
    SANCTION_REASON_PREPS, SANCTION_TARGET_PREPS, SANCTION_VERBS, SANCTIONING_VERBS

TRIGGERS = frozenset(SANCTION_NOUNS | SANCTIONING_VERBS | SANCTION_MEASURES)


def _is_measure(noun: Token) -> bool:
    """'travel bans', 'asset freezes': a ban or freeze named by what it bars."""
    return noun.lemma_.lower() in SANCTION_MEASURES and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in SANCTION_MEASURE_KINDS for c in noun.children)


def _governing_verb(noun: Token) -> Token | None:
    """The verb that imposes or lifts the sanctions: 'imposed sanctions', 'sanctions were lifted'."""
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass", "conj"} and head.pos_ in {"VERB", "AUX"} \
            and head.lemma_.lower() in SANCTION_VERBS:
        return head
    return None


def sanction(ctx: Context, trigger: Token, verb: Token, subtype: str) -> Draft:
    draft = Draft("sanction", trigger, subtype=subtype, status=status_of(verb))
    agent = prep_objects(verb, "by")
    who = agent[0] if agent else animate_subject(verb, ctx)
    if who is not None and who.i != trigger.i:
        draft.actor = actor_name(ctx, who)
    if verb.i == trigger.i:
        target = child(verb, "dobj")
        targets = [target] if target is not None else []
    else:
        targets = [t for t in prep_objects(trigger, *SANCTION_TARGET_PREPS) + prep_objects(verb, *SANCTION_TARGET_PREPS)
                   if t.ent_type_ not in TIME_LABELS]   # 'on Monday' is when, not whom
    if targets:
        draft.target = phrase_text(targets[0])
    reasons = prep_objects(trigger, *SANCTION_REASON_PREPS) or prep_objects(verb, *SANCTION_REASON_PREPS)
    if reasons:
        draft.what = phrase_text(reasons[0])
    draft.place = place_in(ctx, verb)
    draft.when = time_for(ctx, verb)
    return draft


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    token = t.token
    if t.is_verb and t.lemma in SANCTIONING_VERBS and child(token, "dobj") is not None:
        return [sanction(ctx, token, token, "imposed")]
    if t.is_noun and (t.lemma in SANCTION_NOUNS or _is_measure(token)):
        if token.dep_ == "conj" and (token.head.lemma_.lower() in SANCTION_NOUNS or _is_measure(token.head)):
            return []  # 'travel bans and asset freezes': one set of measures
        verb = _governing_verb(token)
        if verb is not None and _asked_for(verb):
            return []   # 'called on Washington to lift sanctions': a demand (``demand``), no measure yet
        if verb is not None and not any(c.dep_ == "neg" for c in verb.children):   # 'did not impose'
            return [sanction(ctx, token, verb, SANCTION_VERBS[verb.lemma_.lower()])]
    return []


def can_merge(a: Draft, b: Draft) -> bool:
    return fields_agree(a, b) and (a.trigger.i == b.trigger.i or a.trigger.head.i == b.trigger.head.i)


def _asked_for(verb: Token) -> bool:
    """The verb is what someone is urged or called on to do ('the demand that Washington lift ...')."""
    return verb.dep_ in {"xcomp", "advcl", "ccomp", "acl"} and verb.head.lemma_.lower() in DEMAND_VERBS | APPEAL_VERBS
