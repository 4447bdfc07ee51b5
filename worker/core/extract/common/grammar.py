"""Clause-level reading shared by the time, casualty and event families.

The tense and modality of the verb that governs a phrase tell past facts, planned events and
proposals apart.
"""

import re
from typing import Literal

from spacy.tokens import Token

from worker.core.extract.common.lexicon import (
    FUTURE_AUXILIARIES, FUTURE_MARKERS, MODAL_AUXILIARIES, PASSIVE_FUTURE, PROGRESSIVE_AUXILIARIES, PROPOSAL_NOUNS,
    PROPOSAL_VERBS,
)

Tense = Literal["past", "present", "future", "proposed", "unknown"]


def strip_determiner(text: str) -> str:
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    return re.sub(r"[’']s$", "", text)


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


def lemma_forms(token: Token) -> set[str]:
    """The lemma and the forms a regular past tense strips to: the small model lemmatises
    'hoped' as 'hop' and 'used' as 'us', so a lexicon lookup also tries 'hope' and 'use'."""
    low = token.lower_
    forms = {token.lemma_.lower(), low}
    if low.endswith("ed"):
        forms |= {low[:-1], low[:-2]}
    return forms


def tense_of(token: Token) -> Tense:
    """Tense and modality of the clause a token sits in.

    'is expected to travel', 'will meet' -> future; 'hope to meet', 'urged X to meet' ->
    proposed; 'met', 'has met' -> past. Walks up through xcomp chains so the matrix verb decides.
    """
    verb = governing_verb(token)
    if verb is None:
        return "unknown"
    # 'will hold talks on Monday and meet X on Tuesday': a bare verb conjoined to another
    # shares its auxiliary, so it shares its tense.
    for _ in range(3):
        if verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in {"VERB", "AUX"} \
                and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            verb = verb.head
    # 'were expected at the site by Friday', 'is scheduled for May': a passive future marker.
    if lemma_forms(verb) & PASSIVE_FUTURE and any(c.dep_ == "auxpass" for c in verb.children):
        return "future"
    # 'Negotiations are set to begin next week': 'set' looks ahead only with what is to happen.
    if lemma_forms(verb) & FUTURE_MARKERS and any(c.dep_ == "auxpass" for c in verb.children) \
            and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
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
    for k, link in enumerate(chain):
        aux = {c.lower_ for c in link.children if c.dep_ in {"aux", "auxpass"}}
        # 'He is to be sentenced in February', 'they are to meet on Friday': present 'be' with a
        # to-infinitive schedules. ('was to be sentenced' is left to the other rules.)
        if k and link.lemma_ == "be" and link.tag_ in {"VBZ", "VBP"} and chain[k - 1].dep_ == "xcomp":
            return "future"
        if aux & FUTURE_AUXILIARIES:
            return "future"
        forms = lemma_forms(link)
        # 'Talks are due to open in two weeks': the adjective after the copula looks ahead.
        if any(c.dep_ in {"acomp", "oprd"} and lemma_forms(c) & FUTURE_MARKERS for c in link.children):
            return "future"
        if link.i != verb.i and forms & FUTURE_MARKERS:
            return "future"
        if link.i != verb.i and forms & (PROPOSAL_VERBS | PROPOSAL_NOUNS):
            return "proposed"
        if aux & MODAL_AUXILIARIES:
            return "proposed"
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if "VBD" in tags or ("VBN" in tags and any(c.lemma_ == "have" for c in verb.children)):
        return "past"
    if verb.tag_ == "VBG" and {c.lower_ for c in verb.children if c.dep_ == "aux"} & PROGRESSIVE_AUXILIARIES:
        return "future"
    if tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VBN":
        return "past"
    return "unknown"


# Dashes that end a dateline ('LUSAKA, Zambia (AP) — Opposition leader ...').
_DATELINE_DASHES = frozenset({"—", "–", "-"})


def opens_sentence(token: Token) -> bool:
    """Does the token open its sentence, or the story's first sentence after the dateline's dash
    (where a common word is capitalised as at any sentence start)?"""
    return token.is_sent_start or (token.i > 0 and token.doc[token.i - 1].text in _DATELINE_DASHES)


def singular(word: str) -> str:
    """A plain English singular: 'gunmen' -> 'gunman', 'militias' -> 'militia', 'rebels' -> 'rebel'."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def speakers_own(verb: Token) -> Token:
    """'X said the government would fund floats (to test ...) and urged others to ...': a past verb
    joined to a reported 'would' clause is the speaker's own, not the reported subject's; the
    speech verb is returned for it, the verb itself otherwise."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return verb
    node = verb.head
    while node.dep_ in {"advcl", "xcomp", "conj"} and node.tag_ == "VB" and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "ccomp" and any(c.tag_ == "MD" for c in node.children) else verb


def first_of_joined(clause: Token) -> Token:
    """'said that 2,600 had fled and that it was sending kits': the second reported clause is
    joined to the first, which the said-verb takes; the first is returned."""
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause


def clause_head(verb: Token) -> Token:
    """The verb a conjoined verb shares its subject with. 'X raised its rating on Saturday, after
    snow fell in the hills, and urged skiers to ...': the parser may join 'urged' to the 'after'
    clause's verb; after a comma the second verb belongs to the clause the 'after' clause hangs on."""
    head = verb.head
    doc = verb.doc
    if verb.dep_ == "conj" and head.dep_ == "advcl" and any(c.dep_ == "mark" for c in head.children) \
            and verb.i >= 2 and doc[verb.i - 1].lower_ == "and" and doc[verb.i - 2].text == ",":
        return head.head
    return head


def hangs_in(token: Token, trigger: Token, deps: frozenset[str]) -> bool:
    """Does the token sit, below the trigger, in a phrase of one of these dependencies: a place in
    an apposition ('the longest term ever handed down in Alberta') or a relative clause ('raids on
    a ring that shipped oil from farms near Aydin') describes a noun, not where the trigger
    happened. A relative clause on the trigger's own argument still tells where those it names
    acted ('detained four people who tried to block a foundry in Barakaldo')."""
    for node in token.ancestors:
        if node.i == trigger.i:
            return False
        if node.dep_ in deps and not (node.dep_ == "relcl" and node.head.head.i == trigger.i):
            return True
    return False
