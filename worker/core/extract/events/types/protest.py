"""Protests: rallies, marches and demonstrations, with who protested, where and when.
"""

from spacy.tokens import Doc, Token

from worker.core.extract.common.context import Context
from worker.core.extract.common.numbers import parse_quantity
from worker.core.extract.events.args import past_dateline, phrase_text, prep_objects, subject
from worker.core.extract.events.drafting import Draft, Trigger, fields_agree, place_in, status_of, time_for
from worker.core.extract.events.lexicon_asserted import MARKET_NOUNS, MARKET_STORY_WORDS, PROTESTING_PEOPLE, RALLY_PREPS
from worker.core.extract.events.lexicon_crowds import (
    ESTIMATE_PREP, ESTIMATE_VERBS, MARCHING_LEMMAS, REDUCED_RELATIVE_TAGS, SIZE_SENTENCES, TURNOUT_VERBS,
)
from worker.core.extract.events.labour import is_labour_strike, is_walkout, labour_story
from worker.core.extract.events.lexicon import CROWD_WORDS, DEFINITE_DETERMINERS, PROTEST_WORDS
from worker.core.extract.events.lexicon_wire import CARRIED_SIGNS, GATHERING_VERBS
from worker.core.extract.events.lexicon_labour import LABOUR_WORDS, STRIKE_NOUNS, STRIKE_VERBS, WALKOUT_VERBS

TRIGGERS = frozenset(PROTEST_WORDS | WALKOUT_VERBS | STRIKE_NOUNS | GATHERING_VERBS)

def _striker_verb(strike: Token) -> Token | None:
    """'controllers went on strike', 'the union staged a strike': the verb whose subject strikes."""
    head = strike.head
    if head.lower_ == "on" and head.head.lemma_.lower() in STRIKE_VERBS:
        return head.head
    if strike.dep_ == "dobj" and head.lemma_.lower() in STRIKE_VERBS:
        return head
    return None


def _own_clauses(trigger: Token) -> list[Token]:
    """The sentence without relative clauses the trigger is not in: 'Sarmento, who spent Sunday
    in Porto, did not comment on the march' does not place the march in Porto."""
    aside = [t for t in trigger.sent if t.dep_ == "relcl" and trigger not in t.subtree]
    return [t for t in trigger.sent if not any(t in r.subtree for r in aside)]


def _counted(n: Token) -> int | None:
    words = [t for t in n.subtree if t.i <= n.i]
    found = parse_quantity(" ".join(t.text for t in words))
    return found.count if found is not None and any(t.like_num for t in words) else None


def _crowd_size(trigger: Token, who: Token | None) -> int | None:
    """'5,000 protesters marched', 'a crowd of about 20,000', 'a rally of 3,000 people': the number
    on the protesters or the crowd in the trigger's sentence; vague words ('thousands') give none."""
    heads = ([who] if who is not None else []) + [t for t in trigger.sent if t.lower_ in CROWD_WORDS]
    for head in heads:
        if head.lower_ not in CROWD_WORDS and head is not who:
            continue
        # ('About 2,000 of his supporters marched': the number is the subject itself.)
        numbers = [head] if head is who and head.like_num else []
        numbers += [c for c in head.children if c.dep_ == "nummod"]
        numbers += [p for p in prep_objects(head, "of") if p.like_num]
        numbers += [c for p in prep_objects(head, "of") for c in p.children if c.dep_ == "nummod"]
        for n in numbers:
            if (count := _counted(n)) is not None:
                return count
    return None


def _told_size(trigger: Token) -> int | None:
    """A size the next sentences give when the protest's own gives none: 'Organisers put the crowd
    at 60,000.', 'About 600 farmers took part, police said.' The first figure told is taken."""
    doc, end = trigger.doc, trigger.sent.end
    for _ in range(SIZE_SENTENCES):
        if end >= len(doc):
            return None
        sent = doc[end].sent
        for verb in (t for t in sent if t.pos_ == "VERB"):
            lemma = verb.lemma_.lower()
            objects = [c for c in verb.children if c.dep_ in {"dobj", "prt"}]
            if lemma in ESTIMATE_VERBS and any(o.lower_ in CROWD_WORDS for o in objects):
                sized = [_counted(n) for n in prep_objects(verb, ESTIMATE_PREP) if n.like_num]
                if sized and sized[0] is not None:
                    return sized[0]
            if lemma in TURNOUT_VERBS and any(
                    o.lower_ == TURNOUT_VERBS[lemma] or (TURNOUT_VERBS[lemma] is None and o.lemma_.lower()
                                                         in PROTEST_WORDS) for o in objects):
                who = subject(verb)
                numbers = [c for c in who.children if c.dep_ == "nummod"] if who is not None else []
                if numbers and (count := _counted(numbers[0])) is not None:
                    return count
        end = sent.end
    return None


def _reduced_relative(verb: Token) -> Token | None:
    """'About 300 activists protested outside the ministry', parsed as a participle on 'activists'."""
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ in REDUCED_RELATIVE_TAGS and head.pos_ in {"NOUN", "PROPN"} \
            and head.i < verb.i and not any(c.dep_ == "agent" for c in verb.children):
        return head
    return None


def protest(ctx: Context, trigger: Token, subtype: str | None = None) -> Draft:
    draft = Draft("protest", trigger, subtype=subtype, status=status_of(trigger))
    verb = trigger if trigger.pos_ == "VERB" else _striker_verb(trigger) if subtype == "strike" else None
    who = past_dateline(ctx, subject(verb) or _reduced_relative(verb)) if verb is not None else None
    if verb is not None and verb is not trigger:
        draft.status = status_of(verb)
    if who is None:
        found = prep_objects(trigger, "by", "of")
        who = found[0] if found else None
    if who is not None:
        draft.participants = [phrase_text(who)]
        # 'controllers were protesting' in a strike story: the strikers protest by striking.
        if subtype is None and who.lower_ in LABOUR_WORDS and labour_story(ctx) \
                and not {trigger.lemma_.lower(), trigger.head.lemma_.lower()} & MARCHING_LEMMAS:
            draft.subtype = "strike"
    draft.size = _crowd_size(trigger, who) or _told_size(trigger)
    anchor = verb if verb is not None else trigger   # 'went on strike on Thursday in Lyon'
    draft.place = place_in(ctx, trigger) or place_in(ctx, anchor) or place_in(ctx, trigger, _own_clauses(trigger))
    draft.when = time_for(ctx, trigger) or time_for(ctx, anchor)
    return draft


def find(ctx: Context, t: Trigger) -> list[Draft | None]:
    token = t.token
    if is_labour_strike(ctx, token) or is_walkout(token):
        return [protest(ctx, token, "strike")]
    if t.is_verb and t.lemma in GATHERING_VERBS and any(w.lemma_.lower() in CARRIED_SIGNS for w in token.sent):
        return [protest(ctx, token)]   # 'About 30 investors, some holding placards, gathered outside'
    if t.lemma in PROTEST_WORDS and (t.is_noun or t.is_verb) and t.lemma != "strike" \
            and not (t.lower == "march" and token.tag_ == "NNP") and not _market_rally(token):
        return [protest(ctx, token)]
    return []



def _market_rally(trigger: Token) -> bool:
    """'property stocks rallied', 'a rally in bank shares': prices that rise, not a crowd."""
    who = subject(trigger) if trigger.pos_ == "VERB" else next(
        (o for p in trigger.children if p.lower_ in RALLY_PREPS for o in p.children if o.dep_ == "pobj"), None)
    # ('property and retail stocks rallied': the parser may make 'property' the subject.)
    if who is not None and any(w.lemma_.lower() in MARKET_NOUNS for w in (who, *who.conjuncts)):
        return True
    return trigger.lemma_.lower() == "rally" and _market_report(trigger.doc)


def _market_report(doc: Doc) -> bool:
    """Markets named three times and nobody protesting: the story's rallies are prices."""
    if "market_report" not in doc.user_data:
        lemmas = [t.lemma_.lower() for t in doc]
        doc.user_data["market_report"] = sum(lem in MARKET_NOUNS for lem in lemmas) >= MARKET_STORY_WORDS \
            and not any(lem in PROTESTING_PEOPLE for lem in lemmas)
    return bool(doc.user_data["market_report"])


def has_arguments(d: Draft) -> bool:
    # 'the strike would end on Friday' only refers to the strike told before.
    if d.subtype == "strike" and not d.participants and any(
            c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in d.trigger.children):
        return False
    return bool(d.participants or d.place or d.when)


def can_merge(a: Draft, b: Draft) -> bool:
    """One protest unless the parties differ: 'controllers walked out ... in the first nationwide
    strike by the profession' is one strike, and 'controllers' are the 'air traffic controllers'."""
    if not fields_agree(a, b):
        return False
    if a.trigger.sent == b.trigger.sent or not (a.participants and b.participants):
        return True
    def words(names: list[str]) -> set[str]:
        return {w for p in names for w in p.lower().split()}

    def heads(names: list[str]) -> set[str]:
        return {p.lower().split()[-1] for p in names}

    return bool(heads(a.participants) & words(b.participants) or heads(b.participants) & words(a.participants))
