"""Counts told as background, not as the story's toll: a record over years, a war's running toll,
a tally of the year to date, a rate ('3,000 people a year')."""

from spacy.tokens import Token

from worker.core.extract.casualties.lexicon import (
    CUMULATIVE_SUBJECTS, HISTORY_MODIFIERS, HISTORY_PREPS, HISTORY_SPANS, PERFECT_AUXILIARIES, RATE_ADVERBS,
    RATE_DETERMINERS, RATE_UNITS, TALLIED_INCIDENTS, YEAR_TO_DATE_DETERMINERS, YEAR_TO_DATE_UNITS,
)


def tells_history(trigger: Token) -> bool:
    """'a militia that has killed hundreds of people in recent years': a record over years told
    as background, not this story's toll or event; a war's running toll ('the war has killed');
    also a tally of the year to date ('had died or
    gone missing on the route this year', the year hung on either verb)."""
    verb = trigger.head if trigger.dep_ == "conj" else trigger  # '... and forced 12 million from their homes'
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in CUMULATIVE_SUBJECTS for c in verb.children) \
            and any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in verb.children):
        return True  # 'The war has killed tens of thousands'
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in YEAR_TO_DATE_UNITS and any(
            d.dep_ == "det" and d.lower_ in YEAR_TO_DATE_DETERMINERS for d in c.children)
           for head in (trigger, *trigger.conjuncts) for c in head.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(
            o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in TALLIED_INCIDENTS
            and not any(n.dep_ == "nummod" for n in o.children) for o in c.children) for c in trigger.children):
        return True   # 'died in train accidents': a tally over many incidents
    return any(c.dep_ == "prep" and c.lower_ in HISTORY_PREPS and any(
        o.dep_ == "pobj" and o.lower_ in HISTORY_SPANS and any(
            m.dep_ == "amod" and m.lower_ in HISTORY_MODIFIERS for m in o.children) for o in c.children)
        # ('have killed thousands and kidnapped thousands more in recent years': the span the
        # joined verbs share hangs on the last of them.)
        for head in (trigger, *trigger.conjuncts) for c in head.children)


def is_rate(trigger: Token) -> bool:
    """'kill more than 3,000 people a year', 'die annually': a statistic, not this story's toll."""
    near = [*trigger.children, *(g for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") for g in c.children)]
    for c in near:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in RATE_UNITS and any(
                d.dep_ == "det" and d.lower_ in RATE_DETERMINERS for d in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ in RATE_ADVERBS:
            return True
    return False
