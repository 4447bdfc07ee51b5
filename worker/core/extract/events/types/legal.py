"""Legal actions: charges, trials, hearings, verdicts, sentences, appeals, investigations, lawsuits.
"""

from spacy.tokens import Token

from worker.core.extract.common import doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.names import canonical_name
from worker.core.extract.events.args import actor_name, child, phrase_text, prep_objects
from worker.core.extract.events.drafting import Draft, Trigger, fields_agree, parties, same_trigger_or_what, \
    status_of, time_for
from worker.core.extract.events.lexicon import ASKING_APPEAL_PREPS, COURT_NAME_WORDS, COURT_WORDS, FIRST_PERSON, \
    LEGAL, LEGAL_ACTION_NOUNS, PARTY_ACTIONS

TRIGGERS = frozenset(LEGAL) | {"appear"}

def legal(ctx: Context, trigger: Token, subtype: str) -> Draft:
    draft = Draft("legal_action", trigger, subtype=subtype, status=status_of(trigger))
    courts = [e for e in doc_cache.ents_within(trigger.sent) if e.label_ == "ORG" and any(w in e.text.lower() for w in COURT_NAME_WORDS)]
    who = child(trigger, "nsubj")
    accused = None
    if trigger.lemma_ == "guilty" and trigger.dep_ == "amod" and trigger.head.head.lemma_ == "find":
        accused, who = trigger.head, child(trigger.head.head, "nsubj")  # 'found X guilty', X the head
    elif trigger.lemma_ == "guilty" and who is not None:
        # 'found X guilty' parsed as a small clause: X is the defendant, the finder the actor.
        accused, who = who, child(trigger.head, "nsubj")
    if who is None and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        who = child(trigger.head, "nsubj")  # 'the FBI opened an investigation'
    if subtype in PARTY_ACTIONS and who is not None:
        courts = []  # who appeals or investigates is the party, not the court in the sentence
    if who is not None and who.lower_ in FIRST_PERSON:
        speaker = _speaker_at(ctx, who)
        draft.actor = speaker
        who = None if speaker else who
    if courts:
        draft.actor = canonical_name(ctx, courts[0])
    elif who is not None:
        draft.actor = actor_name(ctx, who)
    defendant = child(trigger, "dobj", "nsubjpass") if trigger.pos_ == "VERB" else accused
    if trigger.lemma_ == "guilty" and trigger.head.lemma_ == "find":
        defendant = child(trigger.head, "dobj", "nsubjpass") or defendant
    if defendant is not None:
        draft.target = ", ".join(parties(ctx, [defendant]))
    what = prep_objects(trigger, "with", "to", "into", "of", "for")
    if what:
        draft.what = phrase_text(what[0])
    draft.when = time_for(ctx, trigger)
    return draft


def _speaker_at(ctx: Context, token: Token) -> str | None:
    """'We will appeal' inside a quotation: 'we' is whoever the quote is attributed to."""
    for quote in ctx.quotes:
        if quote.evidence.start <= token.idx < quote.evidence.end and quote.speaker:
            return quote.speaker
    return None


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    token, lemma, is_verb, is_noun = t.token, t.lemma, t.is_verb, t.is_noun
    drafts: list[Draft | None] = []
    subtype = LEGAL.get(lemma)
    if lemma == "appeal" and any(c.lower_ in ASKING_APPEAL_PREPS for c in token.children):
        subtype = None  # 'appealed for calm', 'appealed to donors' ask; they do not go to court
    if is_verb and lemma == "appear" and any(o.lemma_.lower() in COURT_WORDS for o in prep_objects(token, "before", "in", "at")):
        drafts.append(legal(ctx, token, "hearing"))
    if subtype and ((is_verb and lemma not in {"charge"})
                    or (is_noun and (subtype in LEGAL_ACTION_NOUNS or t.lower == "sentencing"))
                    or (lemma == "charge" and is_verb and any(c.lower_ == "with" for c in token.children))
                    or (lemma == "guilty" and "find" in {token.head.lemma_, token.head.head.lemma_})):
        drafts.append(legal(ctx, token, subtype))
    return drafts


def can_merge(a: Draft, b: Draft) -> bool:
    if not fields_agree(a, b):
        return False
    if a.target and a.target == b.target:
        return True  # 'found Albrecht guilty' ... 'before convicting Albrecht': one verdict
    return same_trigger_or_what(a, b)
