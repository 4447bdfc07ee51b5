"""Arrests: who was arrested or detained, by whom, where and when.
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.events.args import actor_name, child, name_of, phrase_text, prep_objects
from worker.core.extract.events.assailants import apposed_person
from worker.core.extract.events.drafting import Draft, Trigger, compatible, fields_agree, place_in, status_of, \
    time_for
from worker.core.extract.events.lexicon import ARRESTING_REPORTERS, ARREST_VERBS, REFERRING_PRONOUNS

TRIGGERS = frozenset(ARREST_VERBS)

def arrest(ctx: Context, trigger: Token) -> Draft:
    draft = Draft("arrest", trigger, status=status_of(trigger))
    agent = prep_objects(trigger, "by")
    who = child(trigger, "nsubj")
    if who is not None:
        draft.actor = actor_name(ctx, who)
    elif agent:
        draft.actor = actor_name(ctx, agent[0])
    if draft.actor is None and child(trigger, "nsubjpass") is not None and trigger.dep_ == "ccomp":
        # 'Police said 23 people were arrested': who reports the arrests made them.
        reporter = child(trigger.head, "nsubj")
        if reporter is not None and reporter.lemma_.lower() in ARRESTING_REPORTERS:
            draft.actor = actor_name(ctx, reporter)
    arrested = child(trigger, "dobj", "nsubjpass")
    if arrested is not None:
        # 'the suspected gunman, Travis Mayhew': the name in apposition is who was arrested.
        person = apposed_person(arrested) if arrested.ent_type_ != "PERSON" else None
        draft.target = name_of(ctx, person) if person is not None else phrase_text(arrested)
    draft.place = place_in(ctx, trigger)
    draft.when = time_for(ctx, trigger)
    return draft


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    return [arrest(ctx, t.token)] if t.is_verb and t.lemma in ARREST_VERBS else []


def can_merge(a: Draft, b: Draft) -> bool:
    """'Police arrested 11 people ... They were detained in raids on Wednesday': arrests of 'they'
    are the ones told before, wherever and whenever the second sentence places them."""
    if (b.target or "").lower() in REFERRING_PRONOUNS:
        return compatible(a.status, b.status) and compatible(a.actor, b.actor)
    return fields_agree(a, b)
