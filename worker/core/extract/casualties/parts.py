"""Counts that are parts of, additions to, or allegations beside the story's own counts.

* 'In Bihar alone, 19 people died': a place's share of a toll stated in full elsewhere, kept as
  a sub-group of that toll, never as a second toll.
* 'Police arrested the driver ... Two signal operators were also detained': more people held in
  the same arrests, added to the count already stated.
* 'The gang is suspected of killing 14 drivers': an allegation about a suspect's record, no toll.
* 'arrested the captain and a port official': people listed one by one, counted together.
* 'brought 38 workers to the surface': people rescued without the word.
* 'Nine officers and at least four protesters were treated': two subjects, two counts.
"""

from spacy.tokens import Token

from worker.core.extract.casualties.lexicon import (
    NOT_PEOPLE_NOUNS,
    ADDITION_WORDS, ALIVE_WORDS, ALLEGING_PREPS, ALLEGING_VERBS, BRINGING_VERBS, PERSON_NOUNS, SAFETY_NOUNS, SHARE_PREPS,
    SHARE_WORDS, TRAPPING_VERBS, BURYING_VERBS, VAGUE_HEADS, LISTED_PERSON_ENDINGS,
)
from worker.core.extract.casualties.reading import Mention, read_count
from worker.core.extract.common.lexicon import TITLE_HEADS
from worker.core.extract.common.numbers import Quantity, parse_quantity
from worker.core.extract.common.person_nouns import people_first_nouns
from worker.core.models.casualties import Casualty, CasualtyCategory, SubGroup


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


def brought_to_safety(token: Token) -> CasualtyCategory | None:
    """'Rescue teams brought 38 workers to the surface', 'carried 12 people to safety'; and
    'trapping nine others', 'nine miners were trapped' (missing; not '12 people trapped in the
    rubble were rescued', where the modifier only describes the rescued)."""
    if token.pos_ == "VERB" and token.lemma_.lower() in TRAPPING_VERBS and token.dep_ not in ("acl", "amod", "relcl"):
        burier = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if token.lemma_.lower() in BURYING_VERBS and burier is not None and (burier.pos_ == "PRON" or _person_like(burier)):
            return "killed"
        return "missing"
    if token.pos_ != "VERB" or token.lemma_.lower() not in BRINGING_VERBS:   # ('brought out alive' too)
        return None
    to_safety = any(c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ in SAFETY_NOUNS for o in c.children)
                    for c in token.children)
    alive = any(c.lower_ in ALIVE_WORDS and c.dep_ in ("advmod", "advcl", "acomp", "oprd", "xcomp", "amod")
                for c in token.children)
    return "rescued" if to_safety or alive else None


def _person_like(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS or lemma in TITLE_HEADS or noun.ent_type_ == "PERSON" \
        or (noun.pos_ == "NOUN" and noun.lower_.endswith(LISTED_PERSON_ENDINGS)) \
        or (noun.pos_ == "NOUN" and lemma in people_first_nouns())   # 'the ferry's owner and its master'


def listed_arrests(trigger: Token, category: CasualtyCategory) -> Mention | None:
    """'arrested the captain and a port official' (2), 'detained the mine's operations manager and
    two shift supervisors' (3): each person or group of a list of those held, counted together."""
    if category != "arrested":
        return None
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    items = [obj, *obj.conjuncts] if obj is not None else []
    # 'Twenty-seven soldiers and two civilians': groups each counted are counts of their own.
    # (Those held, as objects, are one operation's: 'arrested six crew members and two port employees'.)
    if len(items) < 2 or obj.dep_ == "nsubjpass" and all(  # type: ignore[union-attr]
            noun.like_num or any(c.dep_ == "nummod" for c in noun.children) for noun in items):
        return None
    total = 0
    for noun in items:
        number = next((c for c in noun.children if c.dep_ == "nummod" and c.like_num), None)
        if noun.like_num:
            # '... and three of his crew members': a number of a group of people.
            number, noun = noun, next((o for p in noun.children if p.lower_ == "of"
                                       for o in p.children if o.dep_ == "pobj"), noun)
        if noun.lemma_.lower() in NOT_PEOPLE_NOUNS:
            continue   # ('four trawlers and their 46 crew members': only the crews are held.)
        if not _person_like(noun):
            return None
        if number is not None:
            doc = number.doc
            hyphened = number.i > 1 and doc[number.i - 1].text == "-" and doc[number.i - 2].like_num
            read = parse_quantity(doc[number.i - 2:number.i + 1].text if hyphened else number.text)
            if read is None:
                return None
            total += read.count
        elif noun.tag_ in ("NN", "NNP") and any(c.dep_ in ("det", "poss") for c in noun.children):
            total += 1
        else:
            return None
    first, last = obj.left_edge, items[-1].right_edge  # type: ignore[union-attr]
    phrase = trigger.doc.text[first.idx:last.idx + len(last)]
    return Mention(category, Quantity(total, "exact", phrase), "people", trigger, first)


def vaguely_trapped(m: Mention) -> bool:
    """'trapping dozens of residents': a vague number of trapped people is no count of missing."""
    return m.trigger.lemma_.lower() in TRAPPING_VERBS and m.category == "missing" and m.number.lower_ in VAGUE_HEADS


def other_groups(m: Mention) -> list[Mention]:
    """'Nine officers and at least four protesters were treated', parsed as two subjects (or two
    objects) of one verb: the second group is a count of its own, as the conjoined form already is."""
    first = m.number if m.number.dep_ in ("nsubj", "nsubjpass", "dobj") else m.number.head
    out: list[Mention] = []
    # ('Two guards and three of the mutineers were killed': a number joined to the first subject;
    # 'killed 17 soldiers and at least six civilians': one joined to the first object. Those
    # held, as objects, are one operation's total, which listed_arrests already counts.)
    joins = ("nsubj", "nsubjpass") if m.category == "arrested" else ("nsubj", "nsubjpass", "dobj")
    joined = [c for c in first.conjuncts if c.i > first.i and (c.like_num or any(n.dep_ == "nummod" for n in c.children))] \
        if first.dep_ in joins and (first.dep_ != "dobj" or first.head.i == m.trigger.i) else []
    for arg in [*m.trigger.children, *joined]:
        if arg not in joined and (arg.dep_ not in ("nsubj", "nsubjpass") or arg.i <= first.i):
            continue
        if arg.lemma_.lower() in NOT_PEOPLE_NOUNS:
            continue   # '17 deaths and about 820 suspected cases'
        read = read_count(arg)
        if read is not None:
            quantity, number, group = read
            out.append(Mention(m.category, quantity, group, m.trigger, number, (), False))
    return out
