"""The draft every event builder fills in, and the argument readers the builders share.

Drafts are mutable while mentions are merged; they become frozen ``EventMention``s at the end.
"""

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from worker.core.extract.common import doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.grammar import governing_verb, hangs_in, tense_of
from worker.core.extract.common.lexicon import CONDITION_MARKS, DEMAND_WORDS, PROPOSAL_NOUNS, PROPOSAL_VERBS, SPEECH_VERBS
from worker.core.extract.common.names import PLACE_LABELS, canonical_name, entity_at
from worker.core.extract.events.args import actor_name, name_of, past_dateline
from worker.core.extract.events.lexicon import (
    AREA_NOUNS, AREA_PREPS, COMPLEMENT_PREPS, PLACE_PREPS, PLANNED_MODIFIERS, PLANNING, PROPOSED_MODIFIERS,
    SUBJECT_PLACE_PREPS,
)
from worker.core.extract.events.lexicon_parties import PAIR_NUMBERS
from worker.core.extract.events.referents import pair_of_countries
from worker.core.extract.events.lexicon_asserted import AGE_PARTICIPLES, SAME_MOMENT_MARKS, TIME_RELATIVES
from worker.core.models.events import EventStatus, EventType
from worker.core.models.timex import TimeRange


@dataclass
class Draft:
    type: EventType
    trigger: Token
    subtype: str | None = None
    status: EventStatus = "unknown"
    actor: str | None = None
    participants: list[str] = field(default_factory=list)
    target: str | None = None
    place: str | None = None
    destination: str | None = None
    when: str | TimeRange | None = None
    weapons: list[str] = field(default_factory=list)
    what: str | None = None
    size: int | None = None
    casualty_keys: list[str] = field(default_factory=list)
    shares: int = 0   # how many of its count later mentions told as parts ('Five ... Two more ...')
    sentences: list[tuple[int, int]] = field(default_factory=list)


def status_of(trigger: Token) -> EventStatus:
    """Proposed, planned or held, from the words that govern the trigger and its tense."""
    for c in trigger.children:
        if c.dep_ == "amod" and c.lower_ in PROPOSED_MODIFIERS:
            return "proposed"
        if c.dep_ == "amod" and c.lower_ in PLANNED_MODIFIERS:
            return "planned"
    # 'the strike will continue until an agreement is signed', 'unless a deal is reached': what a
    # condition waits for has not happened.
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head if trigger.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
    # ('until the board meets on Dec. 16' waits for a day set: that meeting is planned.)
    if verb is not None and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children) \
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree):
        return "proposed"
    # 'repeated the demand that Washington lift sanctions': a that-clause of a demand, its verb in
    # the base form, asks for the event.
    if trigger.dep_ in {"acl", "ccomp"} and trigger.tag_ in {"VB", "VBP"} and trigger.head.lemma_.lower() in DEMAND_WORDS \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children) \
            and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return "proposed"
    # Only a complement is wished for: 'called for talks', 'a proposal for talks', 'urged a
    # meeting' -- not an adjunct ('At a meeting on Friday, officials demanded ...').
    node = trigger
    for _ in range(4):
        head = node.head
        if head.i == node.i or node.dep_ not in {"dobj", "pobj", "prep", "xcomp", "nsubjpass", "compound"}:
            break
        if node.dep_ == "prep" and node.lower_ not in COMPLEMENT_PREPS:
            break
        lemma = head.lemma_.lower()
        # ('plans to charge' is planned: 'plan' proposes only as a noun.)
        if (lemma in PROPOSAL_NOUNS and head.pos_ != "VERB") or (lemma in PROPOSAL_VERBS and head.pos_ == "VERB"):
            return "proposed"
        if lemma in PLANNING:
            return "planned"
        if head.pos_ in {"VERB", "AUX"}:
            break
        node = head
    tense = tense_of(trigger)
    return {"past": "held", "future": "planned", "proposed": "proposed", "present": "held"}.get(tense, "unknown")  # type: ignore[return-value]


def scope_of(trigger: Token) -> list[Token]:
    """Tokens whose arguments belong to the trigger: a noun's phrase, a verb's own modifiers."""
    if trigger.pos_ in {"VERB", "AUX"}:
        tokens = [trigger]
        for c in trigger.children:
            if c.dep_ in {"prep", "npadvmod", "advmod", "dobj", "agent", "dative", "pobj", "nsubjpass", "oprd"}:
                if c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in c.children):
                    continue   # 'before flying on to Jakarta': a clause of its own, with its own place
                tokens.extend(c.subtree)
        return tokens
    return list(trigger.subtree)


# A place in an apposition that ranks the event ('sentenced to 30 months, the longest term ever
# handed down in Alberta') or in a relative clause about whom it struck is not where it happened.
_DESCRIBING = frozenset({"appos", "relcl"})


def place_in(ctx: Context, trigger: Token, scope: list[Token] | None = None) -> str | None:
    indices = {t.i for t in (scope if scope is not None else scope_of(trigger))}
    candidates = [
        e for e in doc_cache.ents_within(trigger.sent)
        if is_place(ctx, e) and e.root.i in indices
        and (e.root.head.lower_ in PLACE_PREPS
             or _named_area(e.root)) and not hangs_in(e.root, trigger, _DESCRIBING)
    ]
    if not candidates and trigger.pos_ in {"VERB", "AUX"}:
        # 'A court in Abuja sentenced ...', 'Police in Lima arrested ...': where the subject is.
        subjects = [past_dateline(ctx, s) or s for s in trigger.children if s.dep_ in {"nsubj", "nsubjpass"}]
        located = {t.i for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ in SUBJECT_PLACE_PREPS
                   for t in p.subtree}
        candidates = [e for e in doc_cache.ents_within(trigger.sent)
                      if is_place(ctx, e) and e.root.i in located and e.root.head.lower_ in PLACE_PREPS]
    if not candidates:
        return None
    return canonical_name(ctx, min(candidates, key=lambda e: abs(e.start - trigger.i)))


def is_place(ctx: Context, ent: Span) -> bool:
    """A place by the model's label, or by the story's settled entities when the model gave this
    mention another label ('arrested 11 people in Mesa' with 'Mesa' read as an organisation)."""
    if ent.label_ in PLACE_LABELS:
        return True
    if ent.label_ not in {"ORG", "PERSON", "NORP"}:
        return False
    settled = ctx.names().covering(ent.root.idx)
    return bool(settled) and all(e.label in PLACE_LABELS for e in settled)


def _named_area(root: Token) -> bool:
    """'off the island of Samar', 'near the town of Varnavas': the name of a located area."""
    of = root.head
    area = of.head
    if root.dep_ in {"compound", "nmod"} and of.lemma_.lower() in AREA_NOUNS \
            and not any(c.lower_ == "of" for c in of.children):
        return of.head.lower_ in AREA_PREPS   # 'in the Batken region'
    return (of.lower_ == "of" and area.lemma_.lower() in AREA_NOUNS
            and area.head.lower_ in AREA_PREPS)


def _predicate_verbs(head: Token) -> set[Token]:
    """Verbs of a predicate chain: 'is due to begin' -> 'begin', 'was expected to last' -> 'last'."""
    found: set[Token] = set()
    frontier = [head]
    for _ in range(3):
        frontier = [c for t in frontier for c in t.children if c.dep_ in {"xcomp", "acomp"}]
        found.update(t for t in frontier if t.pos_ in {"VERB", "AUX"})
    return found


def time_for(ctx: Context, trigger: Token) -> str | TimeRange | None:
    """A date or range in the trigger's phrase or, for a verb's argument, in the same clause."""
    doc = trigger.doc
    subtree = {t.i for t in trigger.subtree}
    verb = governing_verb(trigger)
    verbs = {verb}
    # 'Shelling on a market killed 17 on Thursday', 'The blast ... on Monday': what the event's
    # subject (or the gerund the parser made of it) did happened when the event did.
    head = trigger.head
    if head.pos_ == "VERB" and head.i > trigger.i and head.lemma_ not in SPEECH_VERBS and (
            trigger.dep_ in {"nsubj", "nsubjpass", "csubj"} or (trigger.tag_ == "VBG" and trigger.dep_ == "advcl")):
        verbs.add(head)
    # 'A court on Monday began hearing the request': the verb the trigger completes says when.
    if trigger.dep_ == "xcomp" and head.pos_ in {"VERB", "AUX"} and head.lemma_ not in SPEECH_VERBS:
        verbs.add(head)
    # 'a second strike is due to begin on Thursday', 'talks are set to open on Monday': the verb
    # its subject's predicate leads to says when.
    if trigger.dep_ in {"nsubj", "nsubjpass"} and head.i > trigger.i:
        verbs.update(_predicate_verbs(head))
    # '13 people were killed on Saturday when a bomber drove into a checkpoint': the same moment.
    # 'brought to a standstill on Monday as dockworkers walked out': 'as' tells the same moment too.
    if trigger.dep_ == "advcl" and head.pos_ == "VERB" and head.lemma_ not in SPEECH_VERBS \
            and any(c.lower_ in SAME_MOMENT_MARKS for c in trigger.children):
        verbs.add(head)
    # 'before Thursday, when a second strike is due to begin': the day the 'when' clause hangs on.
    days = {v.head.i for v in verbs if v is not None and v.dep_ == "relcl"
            and any(c.lower_ in TIME_RELATIVES for c in v.children)}
    best = None
    sent = trigger.sent  # once, not per time expression: finding it scans the document
    for t in ctx.times_between(sent.start_char, sent.end_char):
        if t.kind == "duration":
            continue
        span = doc.char_span(t.evidence.start, t.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        if span.root.dep_ == "poss" and span.root.head.i != trigger.i:
            continue   # 'against last month's election': the day of the election, not of the protest
        owner = governing_verb(span.root)
        if owner is not None and owner.lower_ in AGE_PARTICIPLES and owner.dep_ in {"amod", "acl"}:
            owner = governing_verb(owner.head)   # 'arrested three men aged 22 and 35 on Thursday'
        same_clause = verb is not None and owner in verbs
        # A verb's date is in its own clause; a noun's may sit in a clause hung on it.
        if same_clause or span.root.i in days or (span.root.i in subtree and trigger.pos_ != "VERB"):
            if best is None or abs(span.start - trigger.i) < best[0]:
                best = (abs(span.start - trigger.i), t.value)
    return best[1] if best else None


def _nationalities(token: Token) -> list[str]:
    """'Ukrainian and Russian delegations': the parties are the countries the adjectives name."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return []
    adjectives = [c for a in token.children if a.dep_ == "amod" for c in [a, *a.conjuncts]]
    countries = [DEMONYMS[a.lower_] for a in adjectives if a.lower_ in DEMONYMS]
    return countries if len(countries) >= 2 else []


def pair_told_before(ctx: Context, token: Token) -> list[str]:
    """'The two leaders signed', 'both ministers agreed': the last two people named before."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or not any(
            c.dep_ in {"nummod", "det", "predet"} and c.lower_ in PAIR_NUMBERS for c in token.children):
        return []
    last: dict[str, int] = {}
    for entity in ctx.entities:
        if entity.label == "PERSON":
            ends = [m.end for m in entity.mentions if m.end <= token.idx]
            if ends:
                last[entity.name] = max(ends)
    pair = sorted(last, key=lambda name: last[name])[-2:]
    return pair if len(pair) == 2 else []


def parties(ctx: Context, tokens: list[Token]) -> list[str]:
    """Names of the parties the tokens stand for: their own entity, else their phrase.

    A name the parser hung under another ('between Zelenskyy and ... Putin' read as a modifier
    of 'Putin') is a party too; a country modifying a person ('U.S. President') is not.
    """
    names: list[str] = []
    for token in tokens:
        found = _nationalities(token) or pair_of_countries(ctx, token) or pair_told_before(ctx, token) \
            or [actor_name(ctx, token)]
        for c in token.children:
            ent = entity_at(token.doc, c)
            if c.dep_ in {"nmod", "conj"} and ent is not None and ent.label_ in {"PERSON", "ORG"}:
                found.append(name_of(ctx, c))
        for name in found:
            if name and name not in names:
                names.append(name)
    return names


@dataclass(slots=True)
class Trigger:
    """A token that may start an event, with what every trigger rule asks of it, read once."""

    token: Token
    lemma: str
    lower: str
    is_noun: bool
    is_verb: bool
    ent: Span | None
    modifiers: set[str]


def compatible(a: object, b: object) -> bool:
    return a in (None, "unknown", []) or b in (None, "unknown", []) or a == b


def fields_agree(a: Draft, b: Draft) -> bool:
    """No argument of one mention contradicts the other's (the default merge rule)."""
    return all(compatible(getattr(a, name), getattr(b, name))
               for name in ("status", "place", "when", "actor", "destination", "target"))


def same_trigger_or_what(a: Draft, b: Draft) -> bool:
    """The same word, or the same thing asked, charged or travelled for."""
    return a.trigger.i == b.trigger.i or (a.what == b.what and a.what is not None)


def parties_overlap(a: Draft, b: Draft) -> bool:
    """Two mentions are one gathering unless they name different parties (meetings, protests)."""
    if not fields_agree(a, b):
        return False
    if a.participants and b.participants:
        return bool(set(a.participants) & set(b.participants))
    return True
