"""Counts that are parts of, additions to, or allegations beside the story's own counts.

* 'In Bihar alone, 19 people died': a place's share of a toll stated in full elsewhere, kept as
  a sub-group of that toll, never as a second toll.
* 'Police arrested the driver ... Two signal operators were also detained': more people held in
  the same arrests, added to the count already stated.
* 'The gang is suspected of killing 14 drivers': an allegation about a suspect's record, no toll.
"""

from spacy.tokens import Token

from worker.core.extract.casualties.lexicon import (
    ADDITION_WORDS, ALLEGING_PREPS, ALLEGING_VERBS, SHARE_PREPS, SHARE_WORDS,
)
from worker.core.models.casualties import Casualty, SubGroup


def share_of(trigger: Token) -> str | None:
    """The place a count is the share of ('In Nsanje alone, 16 people have died' -> 'Nsanje')."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    for token in trigger.sent:
        if token.lower_ not in SHARE_WORDS or token.i > trigger.i:
            continue
        noun = token.head
        prep = noun.head
        if prep.lower_ in SHARE_PREPS and prep.dep_ == "prep" and prep.head in (verb, trigger):
            words = [t.text for t in noun.subtree if t.i != token.i and not t.is_punct]
            return " ".join(words) or None
    return None


def attach_share(facts: list[tuple[Casualty, str]], fact: Casualty, place: str) -> bool:
    """Keep a place's share under a larger count of its category; False when there is none."""
    for i, (kept, group) in enumerate(facts):
        if kept.category == fact.category and kept.count > fact.count:
            sub = SubGroup(group=place, count=fact.count)
            if sub not in kept.includes:
                facts[i] = (kept.model_copy(update={"includes": [*kept.includes, sub]}), group)
            return True
    return False


def adds_to_arrests(trigger: Token) -> bool:
    """'were also detained', 'also arrested': an arrest count that adds to one told before."""
    return any(c.dep_ == "advmod" and c.lower_ in ADDITION_WORDS for c in trigger.children)


def add_arrests(facts: list[tuple[Casualty, str]], fact: Casualty) -> bool:
    """Add a count of people 'also' held to the arrests stated in an earlier sentence."""
    for i, (kept, group) in reversed(list(enumerate(facts))):
        if kept.category == "arrested" and kept.evidence.sentence_start < fact.evidence.sentence_start:
            facts[i] = (kept.model_copy(update={"count": kept.count + fact.count}), group)
            return True
    return False


def alleged(trigger: Token) -> bool:
    """'is suspected of killing 14 drivers', 'accused of killing two guards': an allegation."""
    prep = trigger.head
    return trigger.dep_ == "pcomp" and prep.lower_ in ALLEGING_PREPS \
        and prep.head.lemma_.lower() in ALLEGING_VERBS
