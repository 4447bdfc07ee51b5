"""Mentions that tell no single event of the story: a tally ('went on strike twice this year') or
a habit of a kind of actor ('extortion gangs, which demand weekly payments')."""

from spacy.tokens import Token

from worker.core.extract.events.lexicon_wire import FREQUENCY_NOUNS, FREQUENCY_WORDS, HABIT_DETERMINERS, HABIT_UNITS

_HABITUAL_TAGS = frozenset({"VBP", "VBZ"})


def _counted(node: Token) -> bool:
    """'twice', 'three times', 'repeatedly' among a verb's modifiers or theirs."""
    for c in node.children:
        if c.lower_ in FREQUENCY_WORDS and c.dep_ in {"advmod", "npadvmod", "predet"}:
            return True
        if c.dep_ in {"advmod", "npadvmod", "dobj"} and (c.lower_ in FREQUENCY_NOUNS and any(
                n.dep_ == "nummod" for n in c.children) or any(
                g.lower_ in FREQUENCY_WORDS and g.dep_ in {"predet", "advmod"} for g in c.children)):
            return True
    return False


def tallied(trigger: Token) -> bool:
    """Is the trigger's clause a count of events ('went on strike in Lima twice this year'), also
    through an infinitive of purpose ('... twice this year to protest against the gangs')?"""
    node = trigger
    for _ in range(3):   # a noun's verb ('on strike' -> 'went'), then a purpose clause's verb
        if node.pos_ in {"VERB", "AUX"} and _counted(node):
            return True
        purpose = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if node.pos_ in {"VERB", "AUX"} and not purpose or node.head.i == node.i:
            return False
        node = node.head
    return False


def habitual(trigger: Token) -> bool:
    """'extortion gangs, which demand weekly payments': a present-tense habit of a kind of actor
    (a bare plural), told in a relative clause, is no event; nor is one told with 'most springs',
    'every year'."""
    head = trigger.head
    if trigger.tag_ in _HABITUAL_TAGS and any(d.lower_ in HABIT_DETERMINERS and d.head.lemma_.lower() in HABIT_UNITS
                                              for d in trigger.subtree):
        return True   # 'the river, which floods the line most springs'
    return trigger.dep_ == "relcl" and trigger.tag_ in _HABITUAL_TAGS and head.tag_ == "NNS" \
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in head.children)
