"""Protests: rallies, marches and demonstrations, with who protested, where and when.
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.events.args import phrase_text, prep_objects, subject
from worker.core.extract.events.drafting import Draft, Trigger, place_in, status_of, time_for
from worker.core.extract.events.lexicon import PROTEST_WORDS

TRIGGERS = frozenset(PROTEST_WORDS)

def protest(ctx: Context, trigger: Token) -> Draft:
    draft = Draft("protest", trigger, status=status_of(trigger))
    who = subject(trigger) if trigger.pos_ == "VERB" else None
    if who is None:
        found = prep_objects(trigger, "by", "of")
        who = found[0] if found else None
    if who is not None:
        draft.participants = [phrase_text(who)]
    draft.place = place_in(ctx, trigger) or place_in(ctx, trigger, list(trigger.sent))
    draft.when = time_for(ctx, trigger)
    return draft


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    token = t.token
    if t.lemma in PROTEST_WORDS and (t.is_noun or t.is_verb) and t.lemma != "strike" \
            and not (t.lower == "march" and token.tag_ == "NNP"):
        return [protest(ctx, token)]
    return []



def has_arguments(d: Draft) -> bool:
    return bool(d.participants or d.place or d.when)
