"""Small helpers the time, casualty and event extractors share.

Evidence built from token spans, names resolved to the consolidated entities, the dateline
place, and the tense/modality of the verb that governs a phrase (past facts, planned events
and proposals are told apart by it).
"""

import re
from typing import Literal

from spacy.tokens import Doc, Span, Token

from worker.core.extract import doc_cache
from worker.core.extract.context import Context
from worker.core.extract.evidence import EvidenceMaker
from worker.core.models.base import Evidence

Tense = Literal["past", "present", "future", "proposed", "unknown"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}

# Verbs whose complement describes something wished for rather than scheduled.
PROPOSAL_VERBS = {
    "hope", "want", "seek", "propose", "offer", "suggest", "urge", "call", "ask", "invite",
    "push", "press", "demand", "wish", "aim", "try", "rule", "consider", "float", "insist",
    "agree", "eager", "ready", "willing", "would",
}
PROPOSAL_NOUNS = {"proposal", "offer", "call", "invitation", "plan", "idea", "push", "bid"}
# Verbs and adjectives that put their complement in the future.
FUTURE_MARKERS = {
    "will", "shall", "'ll", "expect", "schedule", "plan", "due", "set", "go", "intend", "slate",
}


_makers: dict[int, EvidenceMaker] = {}


def evidence(doc: Doc, start_char: int, end_char: int) -> Evidence:
    """Evidence for body[start_char:end_char], its sentence clipped to the paragraph."""
    maker = _makers.get(id(doc))
    if maker is None or maker.doc is not doc:
        # One document at a time is read; keep only the latest maker.
        _makers.clear()
        maker = _makers[id(doc)] = EvidenceMaker(doc)
    return maker.chars(start_char, end_char)


def sentence_evidence(token: Token) -> Evidence:
    """The whole sentence around a token as evidence, clipped to its paragraph."""
    probe = evidence(token.doc, token.idx, token.idx + len(token))
    return evidence(token.doc, probe.sentence_start, probe.sentence_end)


def span_evidence(span: Span) -> Evidence:
    return evidence(span.doc, span.start_char, span.end_char)


def strip_determiner(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"[’']s$", "", text)


def canonical_name(ctx: Context, span: Span) -> str:
    """The consolidated entity name for a span, else the span text without 'the' or "'s"."""
    for entity in ctx.entities:
        for mention in entity.mentions:
            if mention.start < span.end_char and span.start_char < mention.end:
                return entity.name
    text = strip_determiner(span.text)
    for entity in ctx.entities:
        if text == entity.name or text in entity.aliases:
            return entity.name
    return text


def entity_at(doc: Doc, token: Token) -> Span | None:
    # Ask the token first: it is O(1), and most tokens are outside every entity.
    if token.ent_iob_ == "O" or not token.ent_iob_:
        return None
    return doc_cache.entity_covering(doc, token.i)


def phrase_name(ctx: Context, token: Token) -> str:
    """A name for the noun phrase headed by ``token``: its entity, else the bare phrase."""
    ent = entity_at(token.doc, token)
    if ent is not None and ent.label_ in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}:
        return canonical_name(ctx, ent)
    # A mention the model missed but entity consolidation recovered.
    for entity in ctx.entities:
        if any(m.start <= token.idx < m.end for m in entity.mentions):
            return entity.name
    # Keep adjectival and compound modifiers ("European leaders", "U.S. officials").
    left = token.i
    for child in sorted(token.lefts, key=lambda t: -t.i):
        if child.dep_ in {"amod", "compound"} and child.right_edge.i == left - 1:
            left = child.left_edge.i
        else:
            break
    span = token.doc[left:token.i + 1]
    return strip_determiner(span.text)


_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'’ -]*[A-Z.])(?:,\s*[A-Z][A-Za-z. ]+)?\s*(?:\([^)]*\))?\s*[—–-]")


def dateline_place(ctx: Context) -> str | None:
    """The dateline place from the story facts when they exist, else read off the body."""
    if ctx.story_facts is not None and ctx.story_facts.dateline is not None:
        return ctx.story_facts.dateline.place
    match = _DATELINE.match(ctx.story.body)
    if not match:
        return ctx.story.located
    raw = match.group(1).strip()
    titled = " ".join(w.capitalize() if not w.endswith(".") else w for w in raw.split())
    for entity in ctx.entities:
        if entity.name.lower() == titled.lower() or titled.lower() in (a.lower() for a in entity.aliases):
            return entity.name
    return titled


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) above a token, the token itself if it is one."""
    current = token
    for _ in range(12):
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def tense_of(token: Token) -> Tense:
    """Tense and modality of the clause a token sits in.

    'is expected to travel', 'will meet' -> future; 'hope to meet', 'urged X to meet' ->
    proposed; 'met', 'has met' -> past. Walks up through xcomp chains so the matrix verb decides.
    """
    verb = governing_verb(token)
    if verb is None:
        return "unknown"
    # Infinitival complements take their time from the verb they hang off: in
    # 'is expected to travel' and 'hope to meet' the matrix verb decides.
    chain = [verb]
    current = verb
    while current.head.i != current.i and (
        current.dep_ == "xcomp"
        # 'will fly to Wellington to meet X on Friday': a purpose clause shares the trip's time.
        or (current.dep_ in {"ccomp", "acl", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children))
    ):
        current = current.head
        chain.append(current)
    for link in chain:
        aux = {c.lower_ for c in link.children if c.dep_ in {"aux", "auxpass"}}
        if aux & {"will", "shall", "'ll", "would"}:
            return "future"
        if link.i != verb.i and link.lemma_ in FUTURE_MARKERS:
            return "future"
        if link.i != verb.i and (link.lemma_ in PROPOSAL_VERBS or link.lemma_ in PROPOSAL_NOUNS):
            return "proposed"
        if aux & {"could", "might", "may", "should"}:
            return "proposed"
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if "VBD" in tags or ("VBN" in tags and any(c.lemma_ == "have" for c in verb.children)):
        return "past"
    if verb.tag_ == "VBG" and {c.lower_ for c in verb.children if c.dep_ == "aux"} & {"is", "are", "am"}:
        return "future"
    if tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VBN":
        return "past"
    return "unknown"
