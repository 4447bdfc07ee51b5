"""Declarations: states of emergency, curfews, lockdowns and days of mourning declared.
"""

from spacy.tokens import Span, Token

from worker.core.extract.common.context import Context
from worker.core.extract.events.args import actor_name, past_dateline, phrase_text, prep_objects, subject
from worker.core.extract.events.drafting import Draft, Trigger, place_in, status_of, time_for
from worker.core.extract.events.lexicon import DECLARATIONS, DECLARE_VERBS
from worker.core.extract.events.lexicon_parties import DECLARED_HEADS, NATIONWIDE_WORDS, STARTING_WORDS
from worker.core.extract.events.referents import government_of

TRIGGERS = frozenset(DECLARE_VERBS)

def declaration(ctx: Context, trigger: Token, sent: Span) -> Draft | None:
    """'declared a state of emergency', 'declared Friday a day of mourning'."""
    for token in trigger.subtree:
        kind = DECLARATIONS.get(token.lower_)
        if kind is None or token.i == trigger.i:
            continue
        if token.dep_ in {"amod", "compound"} and token.head.lemma_.lower() not in DECLARED_HEADS:
            continue   # 'announced emergency aid', 'an emergency meeting': no declaration
        draft = Draft("mourning" if kind == "mourning" else "declaration", trigger, subtype=kind, status=status_of(trigger))
        who = past_dateline(ctx, subject(trigger))   # a dateline the parser made the subject never declares
        agent = prep_objects(trigger, "by")
        if who is not None and who.dep_ != "nsubjpass":
            draft.actor = actor_name(ctx, who)
        elif agent:
            draft.actor = actor_name(ctx, agent[0])
        head = token.head if token.head.pos_ == "NOUN" and token.dep_ in {"pobj", "compound", "amod"} else token
        while head.dep_ == "pobj" and head.head.head.pos_ == "NOUN":
            head = head.head.head
        draft.what = phrase_text(head)
        draft.when = time_for(ctx, trigger) or _told_in(ctx, head if head.i != trigger.i else token)
        draft.place = place_in(ctx, trigger) or place_in(ctx, trigger, list(sent))
        if draft.place is None and any(t.lower_ in NATIONWIDE_WORDS for t in head.subtree):
            draft.place = government_of(ctx, trigger)   # 'two days of national mourning': the country's
        return draft
    return None


def _told_in(ctx: Context, head: Token) -> str | None:
    """'two days of national mourning beginning Tuesday': a day inside what was declared, or in
    the phrase that says when it starts (which the parser may hang on the verb)."""
    phrases = [head, *(c for c in head.head.children if c.lower_ in STARTING_WORDS)]
    for phrase in phrases:
        end = phrase.right_edge.idx + len(phrase.right_edge)
        days = [t for t in ctx.times_between(phrase.left_edge.idx, end) if t.kind != "duration"]
        if days and isinstance(days[0].value, str):
            return days[0].value
    return None


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    if t.is_verb and t.lemma in DECLARE_VERBS:
        return [declaration(ctx, t.token, t.token.sent)]
    return []
