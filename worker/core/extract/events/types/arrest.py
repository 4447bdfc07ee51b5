"""Arrests: who was arrested or detained, by whom, where and when.
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.numbers import word_to_int
from worker.core.extract.events.args import actor_name, child, name_of, nearest_subject, past_dateline, phrase_text, \
    prep_objects
from worker.core.extract.events.assailants import apposed_person
from worker.core.extract.events.drafting import Draft, Trigger, compatible, fields_agree, place_in, status_of, \
    time_for
from worker.core.extract.events.lexicon import ARRESTING_REPORTERS, ARREST_VERBS, REFERRING_PRONOUNS, \
    RELATIVE_SUBJECTS

from worker.core.extract.events.lexicon_wire import ADDED_COUNTS, ADDITION_WORDS, ARRESTING_FORCES, FORCE_MEMBERS, \
    PERSON_RELATIVES

TRIGGERS = frozenset(ARREST_VERBS)

def arrest(ctx: Context, trigger: Token) -> Draft:
    draft = Draft("arrest", trigger, status=status_of(trigger))
    agent = prep_objects(trigger, "by")
    # 'The driver survived and was arrested': a passive verb's shared subject is who was held.
    shared_passive = any(c.dep_ == "auxpass" for c in trigger.children) and child(trigger, "nsubjpass") is None
    who = None if shared_passive else arresting_subject(ctx, trigger)
    if who is not None:
        draft.actor = actor_name(ctx, who)
    elif agent:
        draft.actor = actor_name(ctx, agent[0])
    # ('..., and 23 people were arrested, police said': the report's clause may be the first of two.)
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if draft.actor is None and (child(trigger, "nsubjpass") is not None or shared_passive) and clause.dep_ == "ccomp":
        # 'Police said 23 people were arrested': who reports the arrests made them (also when the
        # arrested share the subject of a clause before: 'The driver survived and was arrested').
        reporter = child(clause.head, "nsubj")
        if reporter is not None and reporter.lemma_.lower() in (ARRESTING_FORCES if shared_passive else ARRESTING_REPORTERS):
            draft.actor = actor_name(ctx, reporter)
    arrested = child(trigger, "dobj", "nsubjpass")
    if arrested is None and shared_passive and trigger.dep_ == "conj":
        arrested = nearest_subject(trigger.head, "nsubj", "nsubjpass")
    if arrested is not None and arrested.lower_ in PERSON_RELATIVES and trigger.dep_ == "relcl":
        draft.target = name_of(ctx, trigger.head)   # 'Ciobanu, who was arrested in March 2022': Ciobanu
    elif arrested is not None:
        # 'the suspected gunman, Travis Mayhew': the name in apposition is who was arrested.
        person = apposed_person(arrested) if arrested.ent_type_ != "PERSON" else None
        draft.target = name_of(ctx, person) if person is not None else phrase_text(arrested)
    draft.place = place_in(ctx, trigger)
    draft.when = time_for(ctx, trigger)
    return draft


def arresting_subject(ctx: Context, trigger: Token) -> Token | None:
    """Who arrests: the verb's own subject, never the dateline ('PHOENIX (AP) — Police arrested'),
    else, for the second of two coordinated verbs, the first one's ('Police fired tear gas ... and
    arrested 23 people'), unless the arrest is told in the passive."""
    who = past_dateline(ctx, nearest_subject(trigger, "nsubj"))
    if who is None and trigger.dep_ == "conj" and child(trigger, "nsubjpass") is None \
            and trigger.head.pos_ == "VERB":
        who = past_dateline(ctx, nearest_subject(trigger.head, "nsubj"))
        if who is not None and who.lower_ in RELATIVE_SUBJECTS and trigger.head.dep_ == "relcl":
            # '... at protesters who tried to reach the tribunal and arrested 23': the parser hung
            # the second verb on the relative clause; it belongs to the clause that clause sits in.
            verb = trigger.head.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            who = past_dateline(ctx, nearest_subject(verb, "nsubj")) if verb.pos_ in {"VERB", "AUX"} else None
        if who is None and trigger.head.dep_ in {"advcl", "xcomp"} and trigger.head.head.pos_ == "VERB":
            # 'Police fired tear gas to disperse the crowd and arrested 15': the parser hung the
            # arrest on the purpose clause, whose doer is the main clause's subject.
            who = past_dateline(ctx, nearest_subject(trigger.head.head, "nsubj"))
    return who


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    return [arrest(ctx, t.token)] if t.is_verb and t.lemma in ARREST_VERBS else []


def can_merge(a: Draft, b: Draft) -> bool:
    """'Police arrested 11 people ... They were detained in raids on Wednesday': arrests of 'they'
    are the ones told before, wherever and whenever the second sentence places them."""
    if (b.target or "").lower() in REFERRING_PRONOUNS:
        return compatible(a.status, b.status) and compatible(a.actor, b.actor)
    if any(c.dep_ == "advmod" and c.lower_ in ADDITION_WORDS for c in b.trigger.children) \
            and a.trigger.sent != b.trigger.sent:
        # 'Police arrested the driver ... Two signal operators were also detained': the same arrests.
        return compatible(a.status, b.status) and compatible(a.actor, b.actor) and compatible(a.place, b.place)
    # 'police arrested 14 people ... Fourteen people were detained': the same count retold by the
    # same side on no other day is the same arrests, even placed more closely ('in Chisinau').
    told = _count(a)
    if told is not None and told == _count(b) and not _added(b) and compatible(a.status, b.status) \
            and _same_side(a.actor, b.actor) and compatible(a.when, b.when):
        return True
    return fields_agree(a, b)


def part_of(whole: Draft, part: Draft) -> bool:
    """'Police arrested seven people ... Five suspects were detained at the terminal ... Two more
    were arrested in Accra': smaller counts told in later sentences by the same side, adding up to
    no more than the total told first, are its parts, not other arrests, wherever and whenever
    they place their share. A share is recorded on the whole. ('Two more suspects were arrested in
    Monterrey' with no share told before adds to the total instead.)"""
    of_whole, of_part = _count(whole), _count(part)
    if of_whole is None or of_part is None or whole.shares + of_part > of_whole or of_part >= of_whole \
            or whole.trigger.sent == part.trigger.sent or whole.trigger.i > part.trigger.i \
            or not compatible(whole.status, part.status) or not _same_side(whole.actor, part.actor):
        return False
    if _added(part) and not whole.shares:
        return False
    whole.shares += of_part
    return True


def _added(d: Draft) -> bool:
    """'Two more', 'another three', 'were also detained': told as an addition."""
    words = [t for c in d.trigger.children for t in (c.subtree if c.dep_ in ("dobj", "nsubjpass", "dep") else (c,))]
    return any(t.lower_ in ADDITION_WORDS | ADDED_COUNTS for t in words)


def _count(d: Draft) -> int | None:
    """How many the mention says were held: 'arrested seven people', 'Five suspects were detained'."""
    held = child(d.trigger, "dobj", "nsubjpass")
    if held is None:
        return None
    number = held if held.like_num else child(held, "nummod")
    if number is None:
        # ('Two more, a businessman and a Spanish national, were arrested': the count opens the
        # phrase, and the parser may hang it on the verb.)
        loose = child(d.trigger, "dep")
        number = held.left_edge if held.left_edge.like_num else loose if loose is not None and loose.like_num else None
    return word_to_int(number.text) if number is not None else None


def _same_side(a: str | None, b: str | None) -> bool:
    """'Ghanaian police' and 'police' are one force ('Greek police' and 'Bulgarian police' two);
    an unnamed one agrees with any."""
    if a is None or b is None:
        return True
    x, y = a.lower().split(), b.lower().split()
    if len(x) == 1 and len(y) == 1 and {x[0], y[0]} <= FORCE_MEMBERS:
        return True
    return x == y or (len(x) == 1 or len(y) == 1) and x[-1:] == y[-1:]
