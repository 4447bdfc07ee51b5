"""Who said it: speakers resolved against the consolidated entities.

A quote's speaker is the subject of the verb that governs it, inherited through conjunctions
and participles; the subject resolves to an entity: a name mention directly; "he"/"she" to the
nearest person acting as a subject before it; "the think tank" to the nearest organisation;
"the minister" to the nearest person holding that title.
"""

import re

from spacy.tokens import Doc, Token

from worker.core.extract.common import doc_cache
from worker.core.extract.common.evidence import EvidenceMaker
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.lexicon import ORG_NOMINALS, SPEECH_VERBS, TITLE_HEADS
from worker.core.extract.quotes.lexicon import (
    FIRM_NOMINALS, GROUP_PREPS, INHERIT, KIND_NOMINALS, PERSON_PRONOUNS, REPORTING_VERBS, SELF_NAMING_NOMINALS, SOURCE_NOUNS,
    CAMPAIGN_NOUNS, REBEL_NAME_WORDS, STATE_NOMINALS, SUBJECTS,
)
from worker.core.extract.quotes.index import EntityIndex as EntityIndex
from worker.core.extract.quotes.referents import acting_before, antecedent, hung_on_before, last_reporting_body, reported_here, \
    the_kind, unnamed_teller_before
from worker.core.extract.quotes.written import Speaker as Speaker
from worker.core.extract.quotes.written import as_written as _as_written, fuller_before as _fuller_before, indefinite
from worker.core.models.entities import Entity


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def direct_speaker(doc: Doc, ev: EvidenceMaker, index: EntityIndex, start: int, end: int,
                   quoted: frozenset[int] = frozenset()) -> tuple[Speaker | None, str | None]:
    """``quoted``: tokens inside any quote; a verb another quote holds speaks for no one here
    ('"Every week we lose," she said, "more children fall sick."': 'fall' is quoted words)."""
    own = {t.i for t in tokens_in(doc, start, end)}
    if not own:
        return None, None
    inside = own | quoted   # (``quoted`` holds ``own`` when the caller passes every quote)
    # Words of the quote whose head lies outside it: where the quote hangs in the sentence.
    anchors = [doc[i] for i in sorted(own) if doc[i].head.i not in own]
    first_sent, last_sent = ev.sentence_of(min(own)), ev.sentence_of(max(own))
    after = max(own) + 1
    if after < len(doc) and doc[after].is_punct and after + 1 < len(doc):
        after += 1
    if after < len(doc) and ev.paragraph_of(doc[after].idx) == ev.paragraph_of(start):
        last_sent = ev.sentence_of(after) if ev.sentence_of(after).end > last_sent.end else last_sent
    sentence = doc[first_sent.start:max(first_sent.end, last_sent.end)]
    fallback: tuple[Speaker | None, str | None] = (None, None)
    inner: tuple[Speaker | None, str | None] | None = None
    for anchor in anchors:
        verb = anchor.head
        seen = 0
        while seen < 8:
            seen += 1
            if verb.i not in inside and verb.pos_ in ("VERB", "AUX") \
                    and sentence.start <= verb.i < sentence.end:
                speaker = subject_speaker(verb, index)
                if speaker is not None and inside_reported_clause(verb):
                    # 'Minsk would respond "in a mirror manner", X said': words quoted inside a
                    # reported clause are the reporter's, whoever that clause's subject is.
                    inner = inner or (speaker, verb.lemma_)
                elif speaker is not None and verb.lemma_ in SPEECH_VERBS:
                    return speaker, verb.lemma_
                elif speaker is not None and fallback[0] is None:
                    fallback = (speaker, verb.lemma_)
            if verb.head.i == verb.i:
                break
            verb = verb.head
    if fallback[0] is not None:
        return fallback
    # No parse link from the quote: a said-clause elsewhere in its sentence.
    for tok in sentence:
        if tok.i not in inside and tok.lemma_ in SPEECH_VERBS and tok.pos_ == "VERB":
            speaker = subject_speaker(tok, index) or _named_between(index, end, tok) or _named_right_after(index, tok)
            if speaker is not None:
                return speaker, tok.lemma_
    return inner or (None, None)


def _named_between(index: EntityIndex, quote_end: int, verb: Token) -> Speaker | None:
    """'"...," a survivor, Zoran Petkovic, 52, told RTS': a verb whose subject the parser lost (or took
    for the age) after a quote; the one person named between the quote and the verb said it."""
    if verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    named = {ent.entity_id: ent for s, e, ent in index.mentions
             if quote_end <= s and e <= verb.idx and ent.label == "PERSON"}
    if len(named) != 1:
        return None
    ent = next(iter(named.values()))
    return Speaker(ent.name, ent.entity_id)


def _named_right_after(index: EntityIndex, verb: Token) -> Speaker | None:
    """'"...," said Aina Hataman, a teacher who clung to ...': the parser gave the name to a later
    verb; a person named right after a subjectless said-verb said it."""
    if verb.i + 1 >= len(verb.doc) or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    ent = index.at(verb.doc[verb.i + 1])
    return Speaker(ent.name, ent.entity_id) if ent is not None and ent.label == "PERSON" else None


def subject_speaker(verb: Token, index: EntityIndex) -> Speaker | None:
    """The speaker behind a verb's subject, inherited from governing verbs when it has none."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            # Two subjects means a misparse of "A happened, officials said": the one nearest
            # before the verb is its speaker.
            # ('said co-author X' parsed as two subjects after the verb: the one that is a name.)
            before = [c for c in subjects if c.i < verb.i]
            named = next((c for c in subjects if index.at(c) is not None), subjects[0])
            return _resolve(antecedent(verb, before[-1] if len(subjects) > 1 and before else named, index), index)
        if verb.dep_ not in INHERIT or verb.head.i == verb.i:
            hung = hung_on_before(verb)
            return _resolve(hung, index) if hung is not None else None
        head = verb.head
        # "X reiterated that A ... but maintained ...": a reporting verb coordinated into a
        # content clause belongs with the outer reporting verb, whatever the parse says.
        if verb.dep_ == "conj" and verb.lemma_ in SPEECH_VERBS and head.dep_ == "ccomp" \
                and head.head.lemma_ in SPEECH_VERBS:
            head = head.head
        # "X demanded that the government pay ..., saying ...": the participle is X's.
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.doc[verb.i - 1].text == "," and head.dep_ == "ccomp":
            head = head.head
        verb = head
    return None


def inside_reported_clause(verb: Token) -> bool:
    """True when the verb sits in the content clause of another reporting verb."""
    node = verb
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_ in REPORTING_VERBS:
            return True
        node = node.head
    return False


def _resolve(subject: Token, index: EntityIndex) -> Speaker | None:
    """A subject token as a speaker: a named entity, an appositive name, a pronoun, a nominal."""
    # 'Her Azerbaijani counterpart, Rashad Guliyev, said': the name in apposition, not the
    # nationality, is the speaker; a people or place only when no person or body is named.
    # ('The UN mission in Congo, MONUSCO, said': the parser may hang the name on the place.)
    # ('X's founder, the former presenter Temuulen Gansukh, said': a name in apposition to the
    # appositive.)
    named = [subject] + [a for c in subject.children if c.dep_ == "appos" for a in (c, *c.children) if a.dep_ == "appos"] \
        + [a for p in subject.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
           for a in o.children if a.dep_ == "appos" and a.i > o.i] \
        + [c for c in subject.children if c.dep_ in ("compound", "amod")] \
        + [c for c in subject.children if c.dep_ in ("dobj", "npadvmod") and c.i > subject.i and subject.is_lower]
    # ('said survivor Neema Joseph, 34': the parser may hang the name on its title as an object.)
    unnamed = _unnamed_source(subject, index)
    if unnamed is not None:
        return unnamed
    for tok in named:
        ent = index.at(tok)
        if ent is not None and ent.label in ("PERSON", "ORG"):
            # 'the Kazakh foreign ministry': a body of a kind, of one nationality, as written ('Ukraine's
            # air force' keeps to the body: a possessor is no part of a name, as with titles).
            if ent.name.islower() and any(c.dep_ in ("amod", "compound") and (
                    c.ent_type_ == "NORP" or c.lower_ in DEMONYMS) for c in subject.children):
                return _as_written(subject)
            # ("Belarus's foreign ministry": a body of a kind is the country's, written with it.)
            if ent.name.islower() and any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC") for c in subject.children):
                return _as_written(subject)
            return Speaker(ent.name, ent.entity_id)
    body = _group_of_body(subject, index)
    if body is not None:
        return body
    for tok in named:
        ent = index.at(tok)
        # ('after the South African miner said': a kind of body, the one named before, below.)
        if ent is not None and ent.label in ("GPE", "NORP") and not (subject.lemma_ in KIND_NOMINALS and the_kind(subject)):
            # 'Ukrainian officials', 'an Indian official', 'Health New Zealand': a people or place
            # that only qualifies the subject is not the speaker; the subject as written is (a
            # lower-case head the parser calls a proper noun too: 'the Kyrgyz foreign ministry').
            if subject.pos_ == "NOUN" or subject.is_lower or _wider_than(subject, ent):
                return _as_written(subject)
            return Speaker(ent.name, ent.entity_id)
    low = subject.lower_
    if low in PERSON_PRONOUNS:
        ent = index.nearest_before(subject.idx, ("PERSON",), subjects_first=True)
        teller = unnamed_teller_before(subject, index)
        if teller is not None and (ent is None or not any(m.start >= teller[1] for m in ent.mentions
                                                           if m.start < subject.idx)):
            return _as_written(teller[0])   # 'A volunteer ... told AFP that ... "...," he said'
        return Speaker(ent.name, ent.entity_id) if ent else None
    if subject.pos_ == "PROPN":
        ent = index.by_surname(subject.text) or index.by_short_form(subject.text)
        if ent is not None:
            return Speaker(ent.name, ent.entity_id)
        return _as_written(subject)  # "the coast guard said": the whole name, not its head word
    if subject.pos_ == "NUM" and any(p.dep_ == "prep" and p.lower_ == "of" for p in subject.children):
        return _as_written(subject)   # 'one of the sources said': one of those told before, as written
    if subject.pos_ != "NOUN":
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and subject.lemma_ in CAMPAIGN_NOUNS:
        # "Topal's campaign said", "His campaign said": a candidate's campaign speaks for the candidate.
        ent = index.nearest_before(subject.idx, ("PERSON",), subjects_first=True) \
            if owner.lower_ in PERSON_PRONOUNS else index.at(owner)
        ent = ent if ent is not None and ent.label == "PERSON" else index.by_surname(owner.text)
        if ent is not None and ent.label == "PERSON":
            return Speaker(ent.name, ent.entity_id)
    if owner is not None and owner.lower_ in PERSON_PRONOUNS:
        return _as_written(subject)  # "his office said": an unnamed source, kept as written
    if subject.lemma_ in SELF_NAMING_NOMINALS and subject.tag_ == "NNS":
        return _as_written(subject)   # 'The unions said': more than the one body named with the word
    if subject.lemma_ in SELF_NAMING_NOMINALS:
        word = re.compile(rf"\b{re.escape(subject.lemma_)}\b", re.IGNORECASE)
        ent = index.nearest_before(subject.idx, ("ORG",), named=word) or last_reporting_body(subject, index) \
            or reported_here(subject, index)   # 'The FBI opened ..., the agency said'
        if ent is not None and _kind_named(subject, ent.name):
            return Speaker(ent.name, ent.entity_id)
        return _as_written(_fuller_before(subject))
    if subject.tag_ == "NNS" and not any(c.dep_ == "det" for c in subject.children):
        return _as_written(subject)   # 'Rights groups said': bodies of a kind, not one named before
    if (subject.lemma_ in ORG_NOMINALS and subject.lemma_ not in STATE_NOMINALS or (   # not 'the airport operator'
            subject.lemma_ in KIND_NOMINALS and the_kind(subject))) and not indefinite(subject):
        # ('The bank said' is the bank named last, not a regulator; 'the company' the one named acting.)
        word = re.compile(rf"\b{re.escape(subject.lemma_)}\b", re.IGNORECASE)
        # ('the company said' in a story about one company: the one it keeps naming, not a bank
        # named once in passing.)
        ent = index.nearest_before(subject.idx, ("ORG",), named=word) \
            or (acting_before(subject, index) or index.most_told_before(subject.idx, ("ORG",))
                if subject.lemma_ in FIRM_NOMINALS else None) \
            or index.nearest_before(subject.idx, ("ORG",), subjects_first=True)
        if ent is not None:
            return Speaker(ent.name, ent.entity_id)
    if subject.lemma_ in TITLE_HEADS and subject.tag_ in ("NN", "NNP"):
        want = re.compile(rf"\b{re.escape(subject.lemma_)}", re.IGNORECASE)
        ent = index.nearest_before(subject.idx, ("PERSON",), want)
        if ent is not None:
            return Speaker(ent.name, ent.entity_id)
    return _as_written(_fuller_before(subject))   # 'the source said' after 'A security source said'


def _kind_named(subject: Token, name: str) -> bool:
    """'The agriculture ministry said' is not the Ministry of Health named before: the words that
    say which ministry must be in the body's name."""
    words = {w.lower() for w in re.findall(r"\w+", name)}
    if subject.lemma_ == "army" and words & REBEL_NAME_WORDS:
        return False   # 'the army said' after the National Liberation Army: the state's army
    return all(c.lower_ in words for c in subject.children
               if c.dep_ in ("compound", "amod") and c.is_lower and c.i < subject.i and c.pos_ == "NOUN")


def _unnamed_source(subject: Token, index: EntityIndex) -> Speaker | None:
    """'An FSA official, who declined to be named, said': a body's unnamed official or spokesperson
    is the speaker as written up to the role word, not the body, unless a name is in apposition."""
    if subject.lower_ not in SOURCE_NOUNS or index.at(subject) is not None \
            or any(c.dep_ == "appos" for c in subject.children):
        return None
    bodies = [c for c in subject.children if c.dep_ in ("compound", "amod") and c.i < subject.i
              and (ent := index.at(c)) is not None and ent.label == "ORG"]
    if not bodies:
        return None
    first = min(bodies[0].left_edge.i, bodies[0].i)
    text = doc_cache.text(subject.doc)
    return Speaker(text[subject.doc[first].idx:subject.idx + len(subject.text)], None)


def _group_of_body(subject: Token, index: EntityIndex) -> Speaker | None:
    """'Analysts at X', 'Observers from Y', 'Researchers at the University of Z': people
    speaking as a group of a named body speak for it."""
    if subject.tag_ != "NNS":
        return None
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in GROUP_PREPS:
            continue
        for obj in prep.children:
            ent = index.at(obj) if obj.dep_ == "pobj" else None
            if ent is not None and ent.label == "ORG":
                return Speaker(ent.name, ent.entity_id)
    return None


def _wider_than(subject: Token, ent: Entity) -> bool:
    """The subject's own capitalised words reach before the place's name ('Health New Zealand')."""
    first = min((t for t in subject.subtree if t.dep_ in ("compound", "amod") or t.i == subject.i),
                key=lambda t: t.i)
    start = next((m.start for m in ent.mentions if m.start <= subject.idx < m.end), None)
    return start is not None and first.idx < start and first.text[:1].isupper()

# A subject token as a speaker, for readers of said-clauses the parser tore apart.
resolve_subject = _resolve
