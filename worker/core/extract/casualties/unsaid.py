"""Casualties told without the category's word: 'treated for burns' (wounded), 'taken to
hospital with burns' (wounded), 'forced from their homes' or 'told to leave Toodyay' (displaced),
'moved to schools' (displaced). Read by ``reading.category_of``."""

from spacy.tokens import Token

from worker.core.extract.casualties.lexicon import (
    FROM_HOMES_PREPS, HOMES, STAYING_PLACES, STAYING_PREPS, STAYING_VERBS, INJURED_WITH_PREPS, INJURY_NOUNS, LEAVING_VERBS,
    SHELTERS, TO_SHELTER_PREPS, TRAVELLERS, TREATED_PREPS, EXPELLED_PEOPLE, HURT_WORDS, TREATED_STATES,
    PERSON_NOUNS, SHELTERED_IN, TOLL_NOUNS, DRIVING_VERBS,
)


def treated_for_injury(token: Token) -> bool:
    """'treated in hospital', 'treated for burns': people hurt, without 'injured'."""
    # ('the district hospital, where 27 survivors were being treated': the hospital the clause describes.)
    return token.dep_ == "relcl" and token.head.lemma_.lower() in INJURY_NOUNS \
        or any(c.dep_ == "prep" and c.lower_ in TREATED_PREPS
               and any(g.lemma_.lower() in INJURY_NOUNS for g in c.children) for c in token.children) \
        or _bare_treated_beside_the_hurt(token)


def _bare_treated_beside_the_hurt(token: Token) -> bool:
    """'Four of the injured died in hospital. Another 32 were being treated': 'treated' with no
    'for' or 'at' of its own counts the hurt when its sentence or the one before names them ('for
    cholera', 'at the isolation centre' say what else the treatment was)."""
    if any(c.dep_ == "prep" and not any(o.lemma_.lower() in TREATED_STATES for o in c.children)
           for c in token.children):
        return False
    sent = token.sent
    before = token.doc[sent.start - 1].sent if sent.start > 0 else sent
    return any(t.lower_ in HURT_WORDS for t in (*before, *sent) if t.i != token.i)


def taken_hurt(token: Token) -> bool:
    """'was taken to hospital with burns to his hands': hurt, told by where they were taken."""
    # ('taken to a clinic with broken bones': the parser may hang 'with' on the clinic.)
    preps = [c for c in token.children if c.dep_ == "prep"]
    # ('taken to hospitals, including four with severe burns': one prepositional phrase deeper.)
    for _ in range(2):
        preps += [g for p in preps for o in p.children if o.dep_ == "pobj" for g in o.children
                  if g.dep_ == "prep" and g not in preps]
    return any(p.lower_ in INJURED_WITH_PREPS
               and any(g.lemma_.lower() in INJURY_NOUNS - {"hospital"} for o in p.children if o.dep_ == "pobj"
                       for g in (o, *o.conjuncts)) for p in preps)


def ordered_out(token: Token) -> bool:
    """'About 1,200 people were told to leave Toodyay', 'were told to leave', 'had been ordered out
    of low-lying parts of the city': ordered out of a place or their homes."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in EXPELLED_PEOPLE for c in token.children):
        return False   # 'a Latvian diplomat had been ordered to leave': an expulsion
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if passive and any(c.lower_ == "out" and c.dep_ in {"prep", "prt", "advmod"} for c in token.children):
        return True
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING_VERBS and (any(
        g.dep_ == "dobj" and (g.lemma_.lower() in HOMES or g.ent_type_ in {"GPE", "LOC", "FAC"} or g.pos_ == "PROPN")
        for g in c.children) or passive and not any(g.dep_ == "dobj" for g in c.children)) for c in token.children)


def sheltering(token: Token) -> bool:
    """'About 2,000 people were staying in schools and churches': displaced, by where they sleep.
    Travellers stuck on the road ('600 motorists spent the night in church halls') are stranded,
    not driven from their homes."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in TRAVELLERS for c in token.children):
        return False
    return token.lemma_.lower() in STAYING_VERBS and any(
        c.dep_ == "prep" and c.lower_ in STAYING_PREPS and any(
            g.lemma_.lower() in STAYING_PLACES for o in c.children if o.dep_ == "pobj"
            for g in (o, *o.conjuncts)) for c in token.children)


def driven_from_homes(token: Token) -> bool:
    """'forced 25,000 people from their homes': displacement without 'displaced'. (The parser
    often hangs 'from their homes' on the people rather than on the verb.)"""
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ in FROM_HOMES_PREPS
               and any(g.lemma_.lower() in HOMES for g in c.subtree) for h in heads for c in h.children)


def forced_to_leave(token: Token) -> bool:
    """'forcing about 3,000 people to leave their homes': displacement told by what they had to do
    (also with nothing left named: 'forced about 4,000 people to leave')."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING_VERBS
               and (any(g.dep_ == "dobj" and g.lemma_.lower() in HOMES for g in c.children)
                    or token.lemma_.lower() in DRIVING_VERBS and not any(g.dep_ == "dobj" for g in c.children))
               for c in token.children)


def to_shelter(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in TO_SHELTER_PREPS
               and any(g.lemma_.lower() in SHELTERS for g in c.subtree) for c in token.children)


def counted_in_shelters(token: Token) -> bool:
    """'the number of people in shelters rose to 112,000': a count of people told by the shelter
    they are in."""
    prep = token.head
    people = prep.head
    if token.dep_ != "pobj" or token.lemma_.lower() not in SHELTERED_IN or prep.lower_ not in STAYING_PREPS:
        return False
    if people.lemma_.lower() not in PERSON_NOUNS | {"family"}:
        return False
    return people.dep_ == "pobj" and people.head.lower_ == "of" and people.head.head.lower_ in TOLL_NOUNS
