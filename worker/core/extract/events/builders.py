"""One builder per event type: from a trigger token to a draft event with its arguments.

``events`` finds the triggers, calls these, merges mentions of the same event and links
casualty facts. Drafts are mutable while merging; they become frozen ``EventMention``s at the end.
"""

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from worker.core.extract.common import doc_cache as doc_cache
from worker.core.extract.common.grammar import governing_verb, tense_of
from worker.core.extract.common.lexicon import PROPOSAL_NOUNS, PROPOSAL_VERBS
from worker.core.extract.common.names import PLACE_LABELS, canonical_name, entity_at
from worker.core.extract.common.context import Context
from worker.core.extract.events.args import (
    DECLARATIONS, TRAVEL_VERBS, actor_name, animate_subject, is_animate, child, name_of, phrase_text, prep_objects, subject, weapons_around,
    with_conjuncts,
)
from worker.core.models.events import EventStatus, EventType
from worker.core.models.timex import TimeRange

_PARTY_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_PLANNING = {"preparation", "prepare", "plan", "schedule", "organize", "organise", "arrange", "set"}
_RELATIVES = {"which", "who", "that", "whom"}


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
    casualty_keys: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


def status_of(trigger: Token) -> EventStatus:
    """Proposed, planned or held, from the words that govern the trigger and its tense."""
    for c in trigger.children:
        if c.dep_ == "amod" and c.lower_ in {"proposed", "possible", "potential", "mooted"}:
            return "proposed"
        if c.dep_ == "amod" and c.lower_ in {"planned", "scheduled", "upcoming", "forthcoming"}:
            return "planned"
    # Only a complement is wished for: 'called for talks', 'a proposal for talks', 'urged a
    # meeting' -- not an adjunct ('At a meeting on Friday, officials demanded ...').
    node = trigger
    for _ in range(4):
        head = node.head
        if head.i == node.i or node.dep_ not in {"dobj", "pobj", "prep", "xcomp", "nsubjpass", "compound"}:
            break
        if node.dep_ == "prep" and node.lower_ not in {"for", "on", "of", "to"}:
            break
        lemma = head.lemma_.lower()
        if lemma in PROPOSAL_NOUNS or (lemma in PROPOSAL_VERBS and head.pos_ == "VERB"):
            return "proposed"
        if lemma in _PLANNING:
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
                tokens.extend(c.subtree)
        return tokens
    return list(trigger.subtree)


def place_in(ctx: Context, trigger: Token, scope: list[Token] | None = None) -> str | None:
    indices = {t.i for t in (scope if scope is not None else scope_of(trigger))}
    candidates = [
        e for e in doc_cache.ents_within(trigger.sent)
        if e.label_ in PLACE_LABELS and e.root.i in indices
        and (e.root.head.lower_ in {"in", "near", "at", "on", "across", "outside", "over", "into", "off", "to"}
             or _named_area(e.root))
    ]
    if not candidates:
        return None
    return canonical_name(ctx, min(candidates, key=lambda e: abs(e.start - trigger.i)))


_AREA_NOUNS = {"island", "town", "city", "village", "region", "province", "state", "district", "county",
               "port", "coast", "area", "capital", "municipality"}


def _named_area(root: Token) -> bool:
    """'off the island of Samar', 'near the town of Varnavas': the name of a located area."""
    of = root.head
    area = of.head
    if root.dep_ in {"compound", "nmod"} and root.ent_type_ in {"GPE", "LOC"} and of.lemma_.lower() in _AREA_NOUNS \
            and not any(c.lower_ == "of" for c in of.children):
        return of.head.lower_ in {"in", "near", "at", "on", "off", "outside", "across"}   # 'in the Batken region'
    return (of.lower_ == "of" and area.lemma_.lower() in _AREA_NOUNS
            and area.head.lower_ in {"in", "near", "at", "on", "off", "outside", "across"})


def time_for(ctx: Context, trigger: Token) -> str | TimeRange | None:
    """A date or range in the trigger's phrase or, for a verb's argument, in the same clause."""
    doc = trigger.doc
    subtree = {t.i for t in trigger.subtree}
    verb = governing_verb(trigger)
    best = None
    for t in ctx.time_expressions:
        if t.kind == "duration" or not (trigger.sent.start_char <= t.evidence.start < trigger.sent.end_char):
            continue
        span = doc.char_span(t.evidence.start, t.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        same_clause = verb is not None and governing_verb(span.root) == verb
        # A verb's date is in its own clause; a noun's may sit in a clause hung on it.
        if same_clause or (span.root.i in subtree and trigger.pos_ != "VERB"):
            if best is None or abs(span.start - trigger.i) < best[0]:
                best = (abs(span.start - trigger.i), t.value)
    return best[1] if best else None


def parties(ctx: Context, tokens: list[Token]) -> list[str]:
    """Names of the parties the tokens stand for: their own entity, else their phrase.

    A name the parser hung under another ('between Zelenskyy and ... Putin' read as a modifier
    of 'Putin') is a party too; a country modifying a person ('U.S. President') is not.
    """
    names: list[str] = []
    for token in tokens:
        found = [actor_name(ctx, token)]
        for c in token.children:
            ent = entity_at(token.doc, c)
            if c.dep_ in {"nmod", "conj"} and ent is not None and ent.label_ in {"PERSON", "ORG"}:
                found.append(name_of(ctx, c))
        for name in found:
            if name and name not in names:
                names.append(name)
    return names


def names_counterpart(trigger: Token) -> bool:
    """Do 'talks with ...' name a person or organisation, not just 'leaders'?"""
    return any((e := entity_at(t.doc, t)) is not None and e.label_ in {"PERSON", "ORG"}
               for t in prep_objects(trigger, "with", "between"))


def trip_of(trigger: Token) -> Token | None:
    """The travel verb a meeting is the purpose of: 'fly to X to meet', 'travel to X for talks'."""
    head = trigger.head
    if head.lower_ == "for" and head.head.lemma_ in TRAVEL_VERBS:
        return head.head
    if trigger.dep_ == "advcl" and head.lemma_ in TRAVEL_VERBS:
        return head
    return None


def _join_trip(ctx: Context, draft: Draft, trip: Token) -> None:
    """A meeting on a trip happens where the traveller goes, when they go, with them."""
    who = subject(trip)
    if who is not None:
        name = actor_name(ctx, who)
        if name not in draft.participants:
            draft.participants.insert(0, name)
    dest = [p for p in prep_objects(trip, "to") if (e := entity_at(p.doc, p)) is not None and e.label_ in PLACE_LABELS]
    if draft.place is None and dest:
        draft.place = name_of(ctx, dest[0])
    draft.when = draft.when or time_for(ctx, trip)
    if draft.status == "unknown":
        draft.status = status_of(trip)


def meeting(ctx: Context, trigger: Token) -> Draft | None:
    draft = Draft("meeting", trigger, status=status_of(trigger))
    if trigger.pos_ in {"VERB", "AUX"}:
        who = subject(trigger)
        if who is None and trigger.dep_ in {"acl", "relcl"}:
            who = trigger.head  # 'adviser Andriy Yermak met ...' parsed as a modifier
        tokens = with_conjuncts(who) if who is not None else []
        obj = child(trigger, "dobj")
        tokens += with_conjuncts(obj) if obj is not None else []
        tokens += prep_objects(trigger, "with")
        # 'which negotiates trade': only those who can sit at a table take part.
        draft.participants = parties(ctx, [t for t in tokens if t.lower_ not in _RELATIVES and is_animate(t, ctx)])
    else:
        ent = entity_at(trigger.doc, trigger)
        if ent is not None and ent.label_ == "ORG":
            draft.participants = [canonical_name(ctx, ent)]
        tokens = prep_objects(trigger, "between", "with", "of", "among")
        tokens += [c for c in trigger.children if c.dep_ == "poss"]
        draft.participants += [p for p in parties(ctx, tokens) if p not in draft.participants]
    draft.place = place_in(ctx, trigger)
    draft.when = time_for(ctx, trigger)
    trip = trip_of(trigger)
    if trip is not None:
        _join_trip(ctx, draft, trip)
    return draft


def attack(ctx: Context, trigger: Token) -> Draft:
    draft = Draft("attack", trigger, status=status_of(trigger))
    if draft.status == "unknown":
        draft.status = "held"
    attacker = next((c for c in trigger.children if c.dep_ == "poss" and is_animate(c)), None)
    if attacker is None and trigger.pos_ == "VERB":
        agent = prep_objects(trigger, "by")
        attacker = agent[0] if agent else child(trigger, "nsubj")
        attacker = attacker if attacker is not None and is_animate(attacker) else None
    if attacker is None:
        attacker = next(
            (c for c in trigger.children if c.dep_ in {"amod", "compound", "nmod"}
             and (e := entity_at(trigger.doc, c)) is not None and e.label_ in {"GPE", "NORP", "ORG"}), None,
        )
    if attacker is not None:
        draft.actor = actor_name(ctx, attacker)
    targets = [t for t in prep_objects(trigger, "on", "against") if (e := entity_at(t.doc, t)) is not None and e.label_ in PLACE_LABELS]
    draft.place = canonical_name(ctx, entity_at(trigger.doc, targets[0])) if targets else place_in(ctx, trigger)  # type: ignore[arg-type]
    if draft.place is None and trigger.dep_ in {"nsubj", "nsubjpass"}:
        draft.place = place_in(ctx, trigger, list(trigger.head.subtree))   # 'fire ... killed six in X'
    draft.weapons = weapons_around(trigger)
    draft.when = time_for(ctx, trigger)
    return draft


def disaster(ctx: Context, trigger: Token, subtype: str) -> Draft:
    draft = Draft("disaster", trigger, subtype=subtype, status="held")
    if status_of(trigger) in {"planned", "proposed"}:
        draft.status = "proposed"
    draft.place = place_in(ctx, trigger) or place_in(ctx, trigger, list(trigger.head.subtree))
    draft.when = time_for(ctx, trigger)
    return draft


def demand(ctx: Context, trigger: Token) -> Draft | None:
    draft = Draft("demand", trigger, status="held")
    who = animate_subject(trigger, ctx)
    if who is not None:
        draft.actor = actor_name(ctx, who)
    clause = child(trigger, "xcomp", "ccomp")
    obj = child(trigger, "dobj")
    on = prep_objects(trigger, "on", "to")
    if clause is not None:
        addressee = child(clause, "nsubj") or obj or (on[0] if on else None)
        if addressee is not None:
            draft.target = ", ".join(parties(ctx, with_conjuncts(addressee)))
        if clause.lemma_ in {"meet", "talk", "negotiate"}:
            return None  # 'urged Putin and Zelenskyy to meet' proposes a meeting, told as one
        draft.what = _clause_words(clause, addressee)
    elif obj is not None:
        draft.what = phrase_text(obj)
    else:
        asked = prep_objects(trigger, "for")
        draft.what = phrase_text(asked[0]) if asked else None
        if on:
            draft.target = ", ".join(parties(ctx, on))
    return draft if draft.what else None


_CIRCUMSTANCE = {"after", "before", "despite", "amid", "as", "since", "following", "during", "while"}


def _clause_words(clause: Token, addressee: Token | None) -> str:
    """What a demand asks for: the verb and its objects, not the circumstances around it."""
    keep = [clause]
    for c in clause.children:
        if addressee is not None and c.i == addressee.i:
            continue
        if c.dep_ in {"advcl", "punct", "mark", "cc", "conj", "nsubj"} or (c.dep_ == "aux" and c.lower_ == "to"):
            continue
        if c.dep_ == "prep" and c.lower_ in _CIRCUMSTANCE:
            continue
        keep.extend(c.subtree)
    kept = sorted(keep, key=lambda t: t.i)
    return clause.doc[kept[0].i:kept[-1].i + 1].text.strip(" ,")


def travel(ctx: Context, trigger: Token) -> Draft | None:
    draft = Draft("travel", trigger, status=status_of(trigger))
    places = prep_objects(trigger, "to", "for") if trigger.lemma_ != "visit" or trigger.pos_ == "NOUN" else []
    if trigger.lemma_ == "visit" and trigger.pos_ == "VERB":
        obj = child(trigger, "dobj")
        places = [obj] if obj is not None else []
    if trigger.lemma_ in {"arrive"}:
        places = prep_objects(trigger, "in", "at")
    dest = [p for p in places if (e := entity_at(p.doc, p)) is not None and e.label_ in PLACE_LABELS | {"ORG"}]
    who = subject(trigger) if trigger.pos_ == "VERB" else child(trigger, "poss")
    if not dest:
        # 'will visit the region': a named person's trip is news without a named place.
        named = who is not None and (e := entity_at(who.doc, who)) is not None and e.label_ == "PERSON"
        if not (named and trigger.pos_ == "VERB" and trigger.lemma_ in {"visit", "travel", "tour"}):
            return None
    else:
        draft.destination = name_of(ctx, dest[0])
    if who is not None:
        draft.actor = actor_name(ctx, who)
    draft.when = time_for(ctx, trigger)
    return draft


def declaration(ctx: Context, trigger: Token, sent: Span) -> Draft | None:
    """'declared a state of emergency', 'declared Friday a day of mourning'."""
    for token in trigger.subtree:
        kind = DECLARATIONS.get(token.lower_)
        if kind is None or token.i == trigger.i:
            continue
        draft = Draft("mourning" if kind == "mourning" else "declaration", trigger, subtype=kind, status=status_of(trigger))
        who = subject(trigger)
        agent = prep_objects(trigger, "by")
        if who is not None and who.dep_ != "nsubjpass":
            draft.actor = actor_name(ctx, who)
        elif agent:
            draft.actor = actor_name(ctx, agent[0])
        head = token.head if token.head.pos_ == "NOUN" and token.dep_ in {"pobj", "compound", "amod"} else token
        while head.dep_ == "pobj" and head.head.head.pos_ == "NOUN":
            head = head.head.head
        draft.what = phrase_text(head)
        draft.when = time_for(ctx, trigger)
        draft.place = place_in(ctx, trigger) or place_in(ctx, trigger, list(sent))
        return draft
    return None


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
        if reporter is not None and reporter.lemma_.lower() in {"police", "authority", "officer", "official"}:
            draft.actor = actor_name(ctx, reporter)
    arrested = child(trigger, "dobj", "nsubjpass")
    if arrested is not None:
        draft.target = phrase_text(arrested)
    draft.place = place_in(ctx, trigger)
    draft.when = time_for(ctx, trigger)
    return draft


def legal(ctx: Context, trigger: Token, subtype: str) -> Draft:
    draft = Draft("legal_action", trigger, subtype=subtype, status=status_of(trigger))
    courts = [e for e in doc_cache.ents_within(trigger.sent) if e.label_ == "ORG" and any(w in e.text.lower() for w in ("court", "tribunal"))]
    who = child(trigger, "nsubj")
    accused = None
    if trigger.lemma_ == "guilty" and trigger.dep_ == "amod" and trigger.head.head.lemma_ == "find":
        accused, who = trigger.head, child(trigger.head.head, "nsubj")  # 'found X guilty', X the head
    elif trigger.lemma_ == "guilty" and who is not None:
        # 'found X guilty' parsed as a small clause: X is the defendant, the finder the actor.
        accused, who = who, child(trigger.head, "nsubj")
    if who is None and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        who = child(trigger.head, "nsubj")  # 'the FBI opened an investigation'
    if subtype in {"appeal", "investigation", "charge"} and who is not None:
        courts = []  # who appeals or investigates is the party, not the court in the sentence
    if who is not None and who.lower_ in {"we", "i"}:
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

