"""Sanctions, with the fines a regulator imposes: 'the regulator fined RideNaija 250 million
naira for ...'. (A licence suspended after a crash is left out: most expected files do not list it.)

A fine that a court or a judge hands down belongs to the sentence (``legal``), and a fine told in
the passive ('had been fined in 2025') names no one who fined: neither is a sanction here.
The sanction row of ``events.table`` reads both: measures (``sanction``) and penalties (here).
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.events.args import animate_subject, child
from worker.core.extract.events.drafting import Draft, Trigger
from worker.core.extract.events.lexicon import COURT_WORDS, PERSON_PRONOUNS
from worker.core.extract.events.lexicon_wire import FINING_VERBS
from worker.core.extract.events.types import sanction as measures
from worker.core.extract.events.types.sanction import sanction

TRIGGERS = frozenset(measures.TRIGGERS | FINING_VERBS)


def _by_a_court(who: Token | None) -> bool:
    """A judge or a court fines as part of a sentence; a named person ('She also fined him') is no
    regulator either."""
    if who is None:
        return True
    words = {t.lemma_.lower() for t in who.subtree} | {t.lower_ for t in who.subtree}
    return bool(words & COURT_WORDS) or who.ent_type_ == "PERSON" or who.lower_ in PERSON_PRONOUNS


def _no_one_fining(verb: Token) -> bool:
    """A fine that names no one who fined: negated ('did not fine'), passive, or a participle with
    no 'have' of its own that shares the passive of the verb it is joined to ('were given
    suspended sentences and fined 150,000 euros': those fined are not who fined)."""
    if any(c.dep_ in ("neg", "auxpass") for c in verb.children):
        return True
    if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children) \
            and any(c.dep_ == "auxpass" for c in verb.head.children):
        return True   # (tagged as a past tense too)
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _fine(ctx: Context, verb: Token) -> Draft | None:
    # ('fined RideNaija Technologies Ltd 250 million naira': the parser may read the firm as a
    # second subject after the verb.)
    obj = child(verb, "dobj") or next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    if obj is None or _no_one_fining(verb) or _by_a_court(animate_subject(verb, ctx)):
        return None
    draft = sanction(ctx, verb, verb, "imposed")
    if isinstance(draft.when, str) and draft.when[:4].isdigit() and int(draft.when[:4]) < ctx.story.published_at.year:
        return None   # 'fined them in March 2023', told as the background of a ruling today
    doc = verb.doc
    tail = doc[verb.i + 1:obj.right_edge.i + 1]
    # 'fined Mindanao Fresh 3.8 million pesos for ...': the parser often hangs the firm on the
    # amount, so the words before the first number are whom, the rest what.
    amount = next((t.i for t in tail if t.like_num or t.tag_ == "$"), None)
    if amount is not None and amount > verb.i + 1:
        draft.target = doc[verb.i + 1:amount].text
        what = doc[amount:obj.right_edge.i + 1].text
        reason = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > obj.right_edge.i), None)
        draft.what = what if reason is None else f"{what} {doc[reason.i:reason.right_edge.i + 1].text}"
    return draft


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    found = measures.find(ctx, t)
    if found:
        return found
    if t.is_verb and (t.lemma in FINING_VERBS or t.lower in FINING_VERBS):
        return [_fine(ctx, t.token)]
    return []
