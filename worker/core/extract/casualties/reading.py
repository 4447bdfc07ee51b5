"""Reading one casualty mention off the dependency parse: trigger, count, group, sub-groups.

Separate from ``counts`` (which merges mentions into facts) so each stays small. The count
is taken from the grammatical argument of the trigger (the passive subject of 'were killed',
the object of 'killed', the subject of 'died', the numeral of 'deaths'), never from the nearest
number, so ages, years and unrelated figures in the same sentence are not read as tolls.
"""

from dataclasses import dataclass

from spacy.tokens import Span, Token

from worker.core.extract.casualties.back_reference import referred_group
from worker.core.extract.casualties.lexicon import (
    ADJ_TRIGGERS, AGE_AFTER, AGE_BEFORE, BACK_REFERENCES, COUNT_NOUNS, DEFINITE_ARTICLES, DRIVING_VERBS,
    EXTRACTING_VERBS, GENERIC_GROUPS, GROUP_SUFFIXES, HOSPITAL_VERBS, INDEFINITE_ARTICLES,
    LIVESTOCK_COUNTERS, MOVING_VERBS, NONE_WORDS, RELOCATING_VERBS, NOUN_TRIGGERS, ONE_PERSON_PRONOUNS, ONE_WORDS,
    ORDERING_VERBS, PART_CUES, PART_PRONOUNS, PERSON_NOUNS, POSSESSIVE_DETERMINERS, RUBBLE, SUBGROUP_CUES, TALLY_CUSTODY_VERBS, TOLL_NOUNS,
    TOLL_PREPS, VAGUE_HEADS, VERB_TRIGGERS,
)
from worker.core.extract.casualties.arguments import arguments
from worker.core.extract.casualties.unsaid import counted_in_shelters, driven_from_homes, forced_to_leave, ordered_out, sheltering, taken_hurt, \
    to_shelter, treated_for_injury
from worker.core.extract.casualties.history import is_rate, tells_history
from worker.core.extract.common import doc_cache
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.lexicon import QUALIFIERS, TITLE_HEADS
from worker.core.extract.common.numbers import Quantity, parse_quantity
from worker.core.extract.common.person_nouns import animal_first_nouns, person_nouns
from worker.core.models.casualties import CasualtyCategory, SubGroup

TOLL_WORDS = {"toll"}


@dataclass(frozen=True)
class Mention:
    category: CasualtyCategory
    quantity: Quantity
    group: str
    trigger: Token
    number: Token
    includes: tuple[SubGroup, ...] = ()
    is_subgroup: bool = False


def category_of(token: Token) -> CasualtyCategory | None:
    lower, lemma = token.lower_, token.lemma_.lower()
    if token.pos_ == "VERB" and lemma == "treat" and treated_for_injury(token):
        return "wounded"
    if token.pos_ == "VERB" and lemma in DRIVING_VERBS and (driven_from_homes(token) or forced_to_leave(token)):
        return "displaced"
    if token.pos_ == "VERB" and lemma in RELOCATING_VERBS and driven_from_homes(token):
        return "displaced"
    if token.pos_ == "VERB" and lemma in ORDERING_VERBS and ordered_out(token):
        return "displaced"
    if token.pos_ == "VERB" and sheltering(token) or token.pos_ == "NOUN" and counted_in_shelters(token):
        return "displaced"
    if token.pos_ == "VERB" and lemma in HOSPITAL_VERBS and taken_hurt(token):
        return "wounded"
    if token.pos_ == "VERB" and lemma in MOVING_VERBS | DRIVING_VERBS and to_shelter(token):   # 'drove 18,000 into camps'
        return "displaced"
    if lemma in TALLY_CUSTODY_VERBS and token.dep_ in {"acl", "amod"} and token.head.lower_ in TOLL_NOUNS:
        return "arrested"   # 'bringing the number held to 10'
    if lemma in EXTRACTING_VERBS and token.pos_ == "VERB":
        # 'pulled alive from the rubble' rescues people without saying 'rescue'.
        # ('pulled nine survivors alive from the mud': the parser may hang 'alive' on those pulled.)
        alive = any(c.lower_ == "alive" or c.dep_ == "dobj" and any(g.lower_ == "alive" for g in c.children)
                    for c in token.children)
        from_rubble = any(c.lower_ == "from" and any(g.lower_ in RUBBLE for g in c.children) for c in token.children)
        return "rescued" if alive or from_rubble else None
    if token.pos_ in {"ADJ"} or token.dep_ in {"acomp", "oprd", "amod"}:
        if lower in ADJ_TRIGGERS:
            return ADJ_TRIGGERS[lower]
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        if lemma in VERB_TRIGGERS:
            return VERB_TRIGGERS[lemma]
        if lower in ADJ_TRIGGERS:
            return ADJ_TRIGGERS[lower]
    if token.pos_ in {"NOUN", "PROPN"} and lemma in NOUN_TRIGGERS:
        return NOUN_TRIGGERS[lemma]
    if lower in ADJ_TRIGGERS and token.pos_ in {"ADJ", "NOUN", "VERB"}:
        return ADJ_TRIGGERS[lower]
    return None


def _is_number(token: Token) -> bool:
    return (token.like_num and not token.is_punct) or token.lower_ in VAGUE_HEADS


def _is_age(token: Token) -> bool:
    doc = token.doc
    after = " ".join(t.lower_ for t in doc[token.i + 1:token.i + 4])
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    return after.startswith(AGE_AFTER) or (
        before in AGE_BEFORE
    )


def _phrase(number: Token) -> tuple[int, int]:
    """Character span of the number with its own left modifiers and a qualifier before it."""
    doc = number.doc
    start = number.i
    for child in sorted(number.lefts, key=lambda t: -t.i):
        if child.i == start - 1 and child.dep_ in {"advmod", "quantmod", "amod", "det", "compound", "nummod"}:
            start = min(t.i for t in child.subtree)
        elif child.i == start - 1 and child.text == "-" and not child.whitespace_:
            start = child.i   # 'Twenty-seven': the tens before the hyphen are part of the number
    end = number.i + 1
    if number.lower_ == "tens" and doc[end:end + 2].text.lower() == "of thousands":
        end += 2
    # 'at least' is often parsed as an adverb of the verb, not of the number.
    for cue, _ in QUALIFIERS:
        words = cue.split()
        if start >= len(words) and [t.lower_ for t in doc[start - len(words):start]] == words:
            start -= len(words)
            break
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _group_of(noun: Token) -> str | None:
    lemma = noun.lemma_.lower()
    if noun.lower_ in LIVESTOCK_COUNTERS and any(c.lower_ == "of" for c in noun.children):
        return None   # '150,000 head of cattle'
    if noun.tag_ in ("NNS", "NNPS") and noun.lower_.removesuffix("s") in DEMONYMS:
        return noun.lower_   # 'four Tunisians'
    if lemma in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS or lemma in TITLE_HEADS:  # 'the finance commissioner'
        return "people" if lemma in GENERIC_GROUPS else noun.lower_
    if noun.lower_.endswith(GROUP_SUFFIXES) and noun.tag_ == "NNS":
        return noun.lower_
    if noun.pos_ == "NOUN" and lemma in person_nouns() and lemma not in animal_first_nouns():
        return noun.lower_   # 'a police constable was wounded': any word for a person (WordNet)
    return None


def _their_people(noun: Token) -> str | None:
    """'Two of his colleagues', 'three of their neighbours': people of someone, any person noun."""
    own = any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_DETERMINERS for c in noun.children)
    return noun.lower_ if own and noun.lemma_.lower() in person_nouns() else None


def read_count(arg: Token, definite_is_one: bool = False) -> tuple[Quantity, Token, str] | None:
    """Count, number token and counted group of an argument such as 'at least 23 people'."""
    if _is_number(arg) and not _is_age(arg):
        group = "people"
        for child in arg.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        # 'Hundreds of residents', 'four of the victims'.
                        if pobj.lower_ == "thousands" and arg.lower_ == "tens":
                            continue
                        found = _group_of(pobj) or _their_people(pobj)
                        if found is None and pobj.lower_ not in BACK_REFERENCES:
                            return None
                        if found is None:
                            found = referred_group(pobj, _group_of)
                        group = found or "people"
        return _quantity(arg, group)
    if definite_is_one and (arg.lower_ in ONE_PERSON_PRONOUNS or arg.ent_type_ == "PERSON" and arg.pos_ == "PROPN"
                            and not any(c.dep_ == "conj" for c in arg.children)):
        return Quantity(1, "exact", arg.text), arg, "person"   # 'arrested him', 'Rusu was arrested'
    own = _group_of(arg)
    if own is None and definite_is_one and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in arg.children):
        own = arg.lower_  # "the suspected shooter, Wade Pollard": a person, whatever the noun
    if own is None:
        return None
    for child in arg.children:
        if child.dep_ in {"nummod", "quantmod", "amod"} and _is_number(child) and not _is_age(child):
            return _quantity(child, own)
    if definite_is_one and arg.tag_ in {"NN", "NNP"} and any(c.dep_ == "poss" for c in arg.children):
        return Quantity(1, "exact", arg.text), arg, own  # 'detained the tanker's driver'
    for child in arg.children:
        if child.dep_ == "det" and arg.tag_ in {"NN", "NNP"} and (
                child.lower_ in ONE_WORDS or (definite_is_one and child.lower_ in DEFINITE_ARTICLES)):
            return Quantity(1, "exact", child.text), child, own
    return None


def _quantity(number: Token, group: str) -> tuple[Quantity, Token, str] | None:
    start, end = _phrase(number)
    text = doc_cache.text(number.doc)[start:end]
    quantity = parse_quantity(text) or parse_quantity(number.text)
    if quantity is None or quantity.count > 50_000_000:
        return None
    if quantity.phrase != text.strip():
        quantity = Quantity(quantity.count, quantity.qualifier, text.strip())
    return quantity, number, group


def _toll_number(trigger: Token) -> Token | None:
    """'The death toll rose to 31', 'the toll stands at 12', 'the toll is 7'."""
    verb = trigger.head
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in TOLL_PREPS:
            for pobj in child.children:
                if _is_number(pobj):
                    return pobj
        if child.dep_ in {"attr", "dobj"} and _is_number(child):
            return child
    # 'bringing the toll from an outbreak in the east to seven': the parser hung 'to' inside.
    inside = [t for c in verb.children if c.dep_ in {"prep", "dobj"} for t in c.subtree]
    return next((o for t in inside if t.dep_ == "prep" and t.lower_ in TOLL_PREPS and t.i > trigger.i
                 for o in t.children if o.dep_ == "pobj" and _is_number(o)), None)


def _counted_by(trigger: Token) -> Token | None:
    """The count noun of 'the number of rescued', 'the number of people killed' or 'the number arrested'."""
    node = trigger.head if trigger.dep_ in {"acl", "amod"} else trigger
    if category_of(trigger) == "displaced" and trigger.dep_ == "pobj" and trigger.head.head.dep_ == "pobj":
        node = trigger.head.head   # 'the number of people in shelters': the people are counted
    if node is not trigger and node.lemma_.lower() in COUNT_NOUNS:
        return node   # 'raising the number arrested to 16'
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in COUNT_NOUNS:
        return node.head.head
    return None


def read_mention(trigger: Token, category: CasualtyCategory) -> Mention | None:
    """One casualty mention from its trigger, or None when no count is stated."""
    # ('No one was reported hurt': the subject is the reporting verb's.)
    heads = (trigger, trigger.head) if trigger.dep_ in {"xcomp", "oprd"} else (trigger,)
    if any(c.dep_ == "neg" for c in trigger.children) or any(
        c.lower_ in NONE_WORDS or (c.lower_ == "one" and c.i > 0 and c.doc[c.i - 1].lower_ == "no")
        for h in heads for c in h.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "det"}
    ):
        return None  # 'no one was killed', 'nobody was hurt', 'were not injured'
    if category == "wounded" and trigger.dep_ == "amod" and trigger.head.dep_ == "nsubj" \
            and VERB_TRIGGERS.get(trigger.head.head.lemma_.lower()) == "killed":
        return None  # 'four wounded soldiers died': counted among the dead
    counted = _counted_by(trigger)
    if counted is not None:
        number = _toll_number(counted)
        if number is None or _is_age(number):
            return None
        quantity_read = _quantity(number, "people")
        if quantity_read is None:
            return None
        quantity, number, group = quantity_read
        return Mention(category, quantity, group, trigger, number, (), _after_cue(number))
    if trigger.lemma_.lower() in TOLL_WORDS:
        number = _toll_number(trigger)
        if number is None or _is_age(number):
            return None
        read = _quantity(number, "people")
    else:
        read = None
        if is_rate(trigger) or tells_history(trigger):
            return None
        for arg in arguments(trigger):
            read = read_count(arg, definite_is_one=category == "arrested" and arg.dep_ in ("dobj", "nsubjpass"))
            if read is not None:
                break
    if read is None:
        return None
    quantity, number, group = read
    # ('The wounded, among them six children, were taken ...': the count hangs on the cue itself.)
    subgroup = trigger.head.lower_ == "among" or (trigger.head.head.lower_ == "among") or _after_cue(number)
    return Mention(category, quantity, group, trigger, number, subgroups(trigger.sent, number), subgroup)


def _after_cue(number: Token) -> bool:
    """'The wounded, among them six children, were taken ...': the count right after the cue
    (and its 'them') is part of a total told before, however the parser hung it."""
    before = [number.doc[i].lower_ for i in range(max(0, number.i - 2), number.i)]
    return bool(before) and (before[-1] in PART_CUES or len(before) == 2 and before[0] in PART_CUES
                             and before[1] in PART_PRONOUNS)


def subgroups(sent: Span, after: Token) -> tuple[SubGroup, ...]:
    """'including four children', 'among them four children' after the count in a sentence."""
    found: list[SubGroup] = []
    tokens = [t for t in sent if t.i > after.i]
    for i, token in enumerate(tokens):
        if token.like_num and not found and not any(t.lower_ in SUBGROUP_CUES for t in tokens[:i]):
            break  # another count comes first: the sub-group belongs to that one
        if token.lower_ not in SUBGROUP_CUES:
            continue
        for candidate in tokens[i + 1:i + 6]:
            if candidate.lower_ in {";", "."} or (candidate.pos_ == "VERB" and candidate.lower_ not in SUBGROUP_CUES):
                break
            if candidate.lower_ in INDEFINITE_ARTICLES and candidate.dep_ == "det" and _group_of(candidate.head) is not None:
                found.append(SubGroup(group=candidate.head.lower_, count=1))  # 'among them a 9-year-old boy'
                break
            if candidate.like_num and not _is_age(candidate):
                noun = candidate.head if candidate.head.i != candidate.i else None
                if noun is None or noun.i <= candidate.i:
                    nxt = candidate.doc[candidate.i + 1] if candidate.i + 1 < len(candidate.doc) else None
                    noun = nxt if nxt is not None and nxt.pos_ == "NOUN" else None
                parsed = parse_quantity(candidate.text)
                if noun is not None and parsed is not None:
                    found.append(SubGroup(group=noun.lower_, count=parsed.count))
                break
    return tuple(found)
