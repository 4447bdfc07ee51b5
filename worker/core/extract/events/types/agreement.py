"""Agreements: deals, accords and treaties signed or reached, with who agreed, on what, where, when.

'Ethiopia and Kenya signed an agreement to build a power line', 'the deal was signed in Addis
Ababa by ...', 'the two sides reached a ceasefire', 'they agreed to share data'. The noun alone
('the deal would help') refers to an agreement told elsewhere; a mention needs a verb that
signs or reaches it, or 'agree to'.
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.events.args import animate_subject, child, is_animate, phrase_text, prep_objects, subject, \
    with_conjuncts
from worker.core.extract.events.referents import pair_of_countries
from worker.core.extract.events.drafting import Draft, Trigger, fields_agree, parties, place_in, status_of, \
    time_for
from worker.core.extract.events.lexicon import AGREEMENT_NOUNS, AGREEMENT_VERBS, COMMERCE_NOUNS, COMMERCE_VERBS, \
    SANCTION_NOUNS, \
    AGREE_PREPS, DEFINITE_DETERMINERS, MEETING_CLAUSE_VERBS, MEETING_NOUNS

TRIGGERS = frozenset(AGREEMENT_NOUNS | {"agree"})


def _governing_verb(noun: Token) -> Token | None:
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass", "conj"} and head.pos_ in {"VERB", "AUX"} \
            and head.lemma_.lower() in AGREEMENT_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ in AGREE_PREPS and head.head.lemma_.lower() == "agree":
        return head.head   # 'agreed to a ceasefire', 'agreed on a deal'
    # 'The deal, signed at the ministry late Tuesday, gives ...': a participle hung on the noun.
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in AGREEMENT_VERBS), None)


def _what(noun: Token | None, verb: Token) -> str | None:
    """What is agreed: 'an agreement to build X', 'a deal on Y', 'agreed to share Z'."""
    if noun is None:
        clause = child(verb, "xcomp", "ccomp")
        return phrase_text(clause, {"nsubj", "punct", "aux", "mark"}) if clause is not None else None
    clause = next((c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"
                   and any(a.lower_ == "to" for a in c.children)), None)
    if clause is not None:
        return phrase_text(clause, {"aux", "punct"})
    on = prep_objects(noun, "on", "over")
    return phrase_text(on[0]) if on else None


def _told_otherwise(verb: Token, noun: Token | None) -> bool:
    """Not an agreement event: 'would not sign', a company's purchase ('agreed to buy X', 'a
    deal to sell a stake'), or agreeing to meet (told as the meeting)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    clause = child(verb, "xcomp") if noun is None else next(
        (c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"), None)
    scope = list(clause.subtree) if clause is not None else list(noun.subtree) if noun is not None else []
    if clause is not None and clause.lemma_.lower() in COMMERCE_VERBS | MEETING_CLAUSE_VERBS:
        return True
    if clause is not None and clause.lemma_.lower() == "hold" and any(
            t.lower_ in MEETING_NOUNS for t in clause.subtree):
        return True
    if clause is not None and any(t.lower_ in SANCTION_NOUNS for t in clause.subtree):
        return True   # 'the EU agreed to extend its sanctions': told as the sanction
    return any(t.lower_ in COMMERCE_NOUNS for t in scope)


def _country_pair(ctx: Context, verb: Token) -> Token | None:
    """'both countries had agreed': a subject that is the story's two countries."""
    who = subject(verb)
    return who if who is not None and pair_of_countries(ctx, who) else None


def agreement(ctx: Context, trigger: Token, verb: Token, noun: Token | None) -> Draft:
    subtype = AGREEMENT_VERBS[verb.lemma_.lower()]
    draft = Draft("agreement", trigger, subtype=subtype, status=status_of(verb))
    agents = prep_objects(verb, "by")
    who = _country_pair(ctx, verb) or animate_subject(verb, ctx)
    signers = agents or (with_conjuncts(who) if who is not None and (noun is None or who.i != noun.i) else [])
    others = prep_objects(verb, "with") + (prep_objects(noun, "with", "between") if noun is not None else [])
    draft.participants = parties(ctx, [t for t in signers + others if is_animate(t, ctx) or pair_of_countries(ctx, t)])
    draft.what = _what(noun, verb)
    draft.place = place_in(ctx, verb)
    draft.when = time_for(ctx, verb)
    return draft


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    token = t.token
    if t.is_noun and t.lemma in AGREEMENT_NOUNS:
        verb = _governing_verb(token)
        if verb is not None and not _told_otherwise(verb, token):
            return [agreement(ctx, token, verb, token)]
    if t.is_verb and t.lemma == "agree" and child(token, "xcomp") is not None and not _told_otherwise(token, None):
        return [agreement(ctx, token, token, None)]
    return []


def can_merge(a: Draft, b: Draft) -> bool:
    """'The deal was signed ... by the two ministers' after 'X and Y signed an agreement': a
    definite noun with nothing new to agree refers back, whoever signed it."""
    if not fields_agree(a, b):
        return False
    if a.participants and b.participants and set(a.participants) & set(b.participants):
        return True
    refers_back = b.what is None and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS
                                         for c in b.trigger.children)
    return refers_back or not (a.participants and b.participants)


def has_arguments(d: Draft) -> bool:
    """'The two sides are expected to sign agreements': an agreement is news once signed or
    reached; one still to come is part of the visit or meeting it is expected at."""
    return d.status not in {"planned", "proposed"}
