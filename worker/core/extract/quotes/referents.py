"""A body a said-clause refers back to in its own sentence ('The FBI opened its investigation in
2024, the agency said')."""

from collections.abc import Mapping
from typing import Protocol

from spacy.tokens import Token

from worker.core.extract.common.person_nouns import person_nouns
from worker.core.extract.quotes.index import EntityIndex
from worker.core.extract.quotes.lexicon import ANY_BODY_NOMINALS, BODY_PRONOUNS, RELATIVE_SUBJECTS, REPORTING_VERBS, SUBJECTS
from worker.core.models.entities import Entity
from worker.core.models.quotes import Quote


class _Index(Protocol):
    def at(self, tok: Token) -> Entity | None: ...


def reported_here(subject: Token, index: _Index) -> Entity | None:
    """'The FBI opened its investigation in 2024, the agency said': a word any body may be called
    by, as the subject of a said-clause, is the body its own report names as subject."""
    if subject.lemma_ not in ANY_BODY_NOMINALS:
        return None
    for clause in (c for c in subject.head.children if c.dep_ == "ccomp"):
        for told in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            ent = index.at(told)
            if ent is not None and ent.label == "ORG":
                return ent
    return None


def body_told_before(verb: Token, found: list[Quote], labels: Mapping[str, str]) -> Quote | None:
    """'..., the ministry said in a statement. It said 24 soldiers were wounded': 'it' as the
    subject of a said-clause is the body whose report the sentence before gave (never a person,
    whom 'it' cannot stand for). ``labels``: entity label by entity id."""
    sent = verb.sent
    # ('... the wages it said had not been paid': 'it' inside a clause is that clause's own noun.)
    if verb.dep_ != "ROOT" or not any(c.dep_ == "nsubj" and c.lower_ in BODY_PRONOUNS for c in verb.children):
        return None
    before = verb.doc[sent.start - 1].sent if sent.start > 0 else None
    last = found[-1] if found else None
    if before is None or last is None or last.speaker is None or last.evidence.start < before.start_char:
        return None
    if last.speaker_entity_id is not None and labels.get(last.speaker_entity_id) != "ORG":
        return None
    return last


def antecedent(verb: Token, subject: Token, index: _Index) -> Token:
    """'the Drivers' Association (PEDPA), which said ...', 'RideNaija, which says ...': a relative
    pronoun speaks for the name just before it (the parser may hang the clause further back);
    an unnamed noun ('Residents who said ...') is left to the clause's own reading."""
    if subject.lower_ not in RELATIVE_SUBJECTS or verb.dep_ != "relcl":
        return subject
    doc, k = subject.doc, subject.i - 1
    while k > 0 and doc[k].is_punct and doc[k].text != ")":
        k -= 1
    if doc[k].text == ")":   # '(PEDPA), which': the name before its bracketed short form
        while k > 0 and doc[k].text != "(":
            k -= 1
        k -= 1
    return doc[k] if k >= 0 and index.at(doc[k]) is not None else subject


def hung_on_before(verb: Token) -> Token | None:
    """'..., ahead of X with 33.1 percent, the council, known by its Spanish initials CNE, said': a
    trailing speech verb left with no subject, its speaker parsed as an apposition of the words
    before it. The widest such apposition, opened by a comma and ending at the comma before the verb."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    found = None
    for node in doc[verb.i - 2].ancestors:
        if node.i >= verb.i:
            break
        if node.dep_ == "appos" and node.pos_ in ("NOUN", "PROPN") and node.left_edge.i > 0 \
                and doc[node.left_edge.i - 1].text == "," and node.right_edge.i >= verb.i - 2:
            found = node
    return found


def unnamed_teller_before(subject: Token, index: EntityIndex) -> tuple[Token, int] | None:
    """The person the sentence before reports through without a name ('A volunteer with a rescue
    team told AFP ...', 'A local official gave a higher toll.'), with where that sentence starts:
    who 'he said' then refers to."""
    if subject.sent.start == 0:
        return None
    before = subject.doc[subject.sent.start - 1].sent
    for tok in before:
        if tok.dep_ == "nsubj" and (tok.head.lemma_ in REPORTING_VERBS or tok.head.dep_ == "ROOT") and tok.tag_ == "NN" \
                and index.at(tok) is None and tok.lemma_.lower() in person_nouns():
            return tok, before.start_char
    return None


def the_kind(subject: Token) -> bool:
    """'the carmaker', 'the South African miner': a kind of body with its article (and the words
    that say where it is from), not 'a carmaker' or 'its rival's miner'."""
    lefts = [c.dep_ for c in subject.lefts]
    return lefts[:1] == ["det"] and all(d in ("amod", "compound") for d in lefts[1:]) \
        and all(c.text[:1].isupper() for c in subject.lefts if c.dep_ != "det")


def acting_before(subject: Token, index: EntityIndex) -> Entity | None:
    """'Corticeira do Douro ... has changed its management. The company said': the body the
    sentence before was about speaks as 'the company'."""
    if subject.sent.start == 0:
        return None
    before = subject.doc[subject.sent.start - 1].sent
    ents = [index.at(t) for t in before if t.dep_ in SUBJECTS and t.head.pos_ in ("VERB", "AUX")]
    return next((e for e in ents if e is not None and e.label == "ORG"), None)


def last_reporting_body(subject: Token, index: EntityIndex) -> Entity | None:
    """'The IOM said A. The agency said B.': a word any body may be called by, when no body was named
    with it, is the body that reported in the sentence before."""
    if subject.lemma_ not in ANY_BODY_NOMINALS or subject.sent.start == 0 \
            or [c.dep_ for c in subject.children] != ["det"]:
        return None
    before = subject.doc[subject.sent.start - 1].sent
    ents = [index.at(t) for t in before if t.dep_ in SUBJECTS and t.head.lemma_ in REPORTING_VERBS]
    return next((e for e in ents if e is not None and e.label == "ORG"), None)
