"""Direct quotations and reported speech, each with a resolved speaker and cue verb.

Direct quotes are found by their marks (straight or curly, never across a paragraph; an
unclosed quote runs to the paragraph end, as multi-paragraph quotes do). The speaker comes from
the parse: climb from the quoted words to the verb that governs them ("said", "insisting",
"dismissed ... as") and take its subject, inheriting it through conjunctions and participles.
A quote with no governing verb continues the previous speaker ("“...,” she said. “...”").
Reported speech is a reporting verb with a content clause ("said (that) ...", "reiterated
that ..."), skipped when the clause is mostly a direct quote already counted.

Readers tell three kinds apart (``reader_kind``): direct quotes; indirect speech whose clause
carries quoted words ("said the priority was to “push forward ...” and ..."); and bare
paraphrase ("said 17 people were rescued"), called reported. The published contract (v1) only
knows "direct" and "indirect", so paraphrase is published as "indirect" and told apart by its
evidence, which never contains a quotation mark.

Subjects resolve to the consolidated entities: a name mention directly; "he"/"she" to the
nearest person acting as a subject before it; "the think tank" to the nearest organisation;
"the minister" to the nearest person holding that title.
"""

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from worker.core.extract.common import doc_cache as doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.evidence import EvidenceMaker
from worker.core.extract.story.reader import boilerplate_ranges
from worker.core.extract.common.lexicon import ORG_NOMINALS, SPEECH_VERBS, TITLE_HEADS
from worker.core.extract.quotes.lexicon import PERSON_PRONOUNS, REPORTING_VERBS
from worker.core.models.entities import Entity
from worker.core.models.quotes import Quote
from worker.core.extract.quotes.lexicon import INHERIT, SUBJECTS

_QUOTE_PAIRS = re.compile(r"“(?P<curly>[^“”\n]+)(?:”|$)|\"(?P<straight>[^\"\n]+)(?:\"|$)",
                          flags=re.MULTILINE)
_QUOTE_MARKS = re.compile(r"[“”\"]")
# A reported clause this much covered by quotation marks is the direct quote already counted.
_MAX_QUOTED_SHARE = 0.5
_MIN_QUOTE_WORDS = 1


@dataclass(frozen=True)
class Speaker:
    name: str
    entity_id: str | None


class _EntityIndex:
    """Which entity a token belongs to, and who came before a position."""

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.by_char: dict[int, Entity] = {}
        self.mentions: list[tuple[int, int, Entity]] = []
        for ent in entities:
            for ev in ent.mentions:
                self.mentions.append((ev.start, ev.end, ent))
                for c in range(ev.start, ev.end):
                    self.by_char[c] = ent
        self.mentions.sort(key=lambda m: m[0])

    def at(self, tok: Token) -> Entity | None:
        return self.by_char.get(tok.idx)

    def by_surname(self, word: str) -> Entity | None:
        return next((ent for _s, _e, ent in self.mentions if ent.label == "PERSON"
                     and ent.name.split()[-1] == word), None)

    def nearest_before(self, char: int, labels: tuple[str, ...],
                       want: "re.Pattern[str] | None" = None, subjects_first: bool = False
                       ) -> Entity | None:
        """Nearest preceding mention of a label, optionally preferring a clause subject."""
        fallback: Entity | None = None
        for start, _end, ent in reversed(self.mentions):
            if start >= char or ent.label not in labels:
                continue
            if want is not None and not any(want.search(r.title or "") for r in ent.roles):
                continue
            if not subjects_first:
                return ent
            span = self.doc.char_span(start, _end, alignment_mode="expand")
            if span is not None and span.root.dep_ in SUBJECTS:
                return ent
            fallback = fallback or ent
        return fallback


def extract(doc: Doc, ctx: Context) -> list[Quote]:
    """Direct and reported speech of the document; also stored on ``ctx.quotes``."""
    ev = ctx.evidence
    index = _EntityIndex(doc, ctx.entities)
    quote_spans = _direct_spans(ev)
    quotes: list[Quote] = []
    previous: tuple[int, Speaker | None, str | None] | None = None
    for start, end in quote_spans:
        speaker, cue = _direct_speaker(doc, ev, index, start, end)
        para = ev.paragraph_of(start)
        if speaker is None and previous is not None and para is not None:
            prev_para = ev.paragraph_of(previous[0])
            # A bare quote continues the speaker of the quote just before it.
            if prev_para is not None and (prev_para == para or _adjacent(ev, prev_para, para)):
                speaker, cue = previous[1], previous[2]
        previous = (start, speaker, cue)
        text = ev.body[start:end]
        if len(text.split()) < _MIN_QUOTE_WORDS:
            continue
        quotes.append(_quote(text.strip(), "direct", speaker, cue, ev, start, end))
    quotes.extend(_reported(doc, ev, index, quote_spans))
    quotes.sort(key=lambda q: q.evidence.start)
    return quotes


def reader_kind(quote: Quote) -> str:
    """'direct', 'indirect' (reported speech carrying quoted words) or 'reported' (paraphrase)."""
    if quote.kind == "direct":
        return "direct"
    return "reported" if quote.paraphrase else "indirect"


def _quote(text: str, kind: str, speaker: Speaker | None, cue: str | None,
           ev: EvidenceMaker, start: int, end: int) -> Quote:
    return Quote(
        text=text, kind=kind,  # type: ignore[arg-type]
        speaker=speaker.name if speaker else None,
        speaker_entity_id=speaker.entity_id if speaker else None,
        cue=cue, evidence=ev.chars(start, end),
        paraphrase=kind == "indirect" and not _QUOTE_MARKS.search(ev.chars(start, end).text),
    )


def _adjacent(ev: EvidenceMaker, first: object, second: object) -> bool:
    paras = ev.paras
    return any(paras[i] == first and paras[i + 1] == second for i in range(len(paras) - 1))


def _direct_spans(ev: EvidenceMaker) -> list[tuple[int, int]]:
    """Inner character ranges of quotations, trimmed of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    for para in ev.paras:
        for match in _QUOTE_PAIRS.finditer(para.text):
            group = "curly" if match.group("curly") is not None else "straight"
            s, e = match.span(group)
            inner = para.text[s:e]
            s += len(inner) - len(inner.lstrip())
            # AP style closes a quote with the comma or period inside the marks.
            e -= len(inner) - len(inner.rstrip().rstrip(",.;:").rstrip())
            if e > s:
                spans.append((para.start + s, para.start + e))
    return spans


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _direct_speaker(doc: Doc, ev: EvidenceMaker, index: _EntityIndex, start: int, end: int
                    ) -> tuple[Speaker | None, str | None]:
    inside = {t.i for t in _tokens_in(doc, start, end)}
    if not inside:
        return None, None
    # Words of the quote whose head lies outside it: where the quote hangs in the sentence.
    anchors = [doc[i] for i in sorted(inside) if doc[i].head.i not in inside]
    first_sent, last_sent = ev.sentence_of(min(inside)), ev.sentence_of(max(inside))
    after = max(inside) + 1
    if after < len(doc) and doc[after].is_punct and after + 1 < len(doc):
        after += 1
    if after < len(doc) and ev.paragraph_of(doc[after].idx) == ev.paragraph_of(start):
        last_sent = ev.sentence_of(after) if ev.sentence_of(after).end > last_sent.end else last_sent
    sentence = doc[first_sent.start:max(first_sent.end, last_sent.end)]
    fallback: tuple[Speaker | None, str | None] = (None, None)
    for anchor in anchors:
        verb = anchor.head
        seen = 0
        while seen < 8:
            seen += 1
            if verb.i not in inside and verb.pos_ in ("VERB", "AUX") \
                    and sentence.start <= verb.i < sentence.end:
                speaker = _subject_speaker(verb, index)
                if speaker is not None and verb.lemma_ in SPEECH_VERBS:
                    return speaker, verb.lemma_
                if speaker is not None and fallback[0] is None:
                    fallback = (speaker, verb.lemma_)
            if verb.head.i == verb.i:
                break
            verb = verb.head
    if fallback[0] is not None:
        return fallback
    # No parse link from the quote: a said-clause elsewhere in its sentence.
    for tok in sentence:
        if tok.i not in inside and tok.lemma_ in SPEECH_VERBS and tok.pos_ == "VERB":
            speaker = _subject_speaker(tok, index)
            if speaker is not None:
                return speaker, tok.lemma_
    return None, None


def _subject_speaker(verb: Token, index: _EntityIndex) -> Speaker | None:
    """The speaker behind a verb's subject, inherited from governing verbs when it has none."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:
            return _resolve(subjects[0], index)
        if verb.dep_ not in INHERIT or verb.head.i == verb.i:
            return None
        head = verb.head
        # "X reiterated that A ... but maintained ...": a reporting verb coordinated into a
        # content clause belongs with the outer reporting verb, whatever the parse says.
        if verb.dep_ == "conj" and verb.lemma_ in SPEECH_VERBS and head.dep_ == "ccomp" \
                and head.head.lemma_ in SPEECH_VERBS:
            head = head.head
        verb = head
    return None


def _inside_reported_clause(verb: Token) -> bool:
    """True when the verb sits in the content clause of another reporting verb."""
    node = verb
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_ in REPORTING_VERBS:
            return True
        node = node.head
    return False


def _resolve(subject: Token, index: _EntityIndex) -> Speaker | None:
    """A subject token as a speaker: a named entity, an appositive name, a pronoun, a nominal."""
    named = [subject] + [c for c in subject.children if c.dep_ in ("appos", "compound")]
    for tok in named:
        ent = index.at(tok)
        if ent is not None and ent.label in ("PERSON", "ORG", "GPE", "NORP"):
            return Speaker(ent.name, ent.entity_id)
    low = subject.lower_
    if low in PERSON_PRONOUNS:
        ent = index.nearest_before(subject.idx, ("PERSON",), subjects_first=True)
        return Speaker(ent.name, ent.entity_id) if ent else None
    if subject.pos_ == "PROPN":
        ent = index.by_surname(subject.text)
        return Speaker(ent.name, ent.entity_id) if ent else Speaker(subject.text, None)
    if subject.pos_ != "NOUN":
        return None
    owners = [c for c in subject.children if c.dep_ == "poss"]
    if owners and owners[0].lower_ in PERSON_PRONOUNS:
        # "his office said": the person's own side speaking.
        ent = index.nearest_before(subject.idx, ("PERSON",), subjects_first=True)
        if ent is not None:
            return Speaker(ent.name, ent.entity_id)
    if subject.lemma_ in ORG_NOMINALS:
        ent = index.nearest_before(subject.idx, ("ORG",))
        if ent is not None:
            return Speaker(ent.name, ent.entity_id)
    if subject.lemma_ in TITLE_HEADS and subject.tag_ in ("NN", "NNP"):
        want = re.compile(rf"\b{re.escape(subject.lemma_)}", re.IGNORECASE)
        ent = index.nearest_before(subject.idx, ("PERSON",), want)
        if ent is not None:
            return Speaker(ent.name, ent.entity_id)
    # An unnamed group ("U.S. officials", "analysts"): keep the phrase as said.
    words = [t for t in subject.subtree if not (t.i == subject.left_edge.i and t.dep_ == "det")]
    if 0 < len(words) <= 8:
        return Speaker(" ".join(t.text for t in words), None)
    return None


def _reported(doc: Doc, ev: EvidenceMaker, index: _EntityIndex,
              quote_spans: list[tuple[int, int]]) -> list[Quote]:
    """'X said (that) ...': the content clause of a reporting verb with a known subject."""
    quoted = set()
    for s, e in quote_spans:
        quoted.update(range(s, e))
    # The dateline ("ODESA, Ukraine —") opens the first sentence but is nobody's words.
    boiler = set()
    for s, e in boilerplate_ranges(doc_cache.text(doc)):
        boiler.update(range(s, e))
    found: list[Quote] = []
    for verb in doc:
        if verb.lemma_ not in REPORTING_VERBS or verb.pos_ != "VERB" or verb.idx in quoted:
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if not clauses or _inside_reported_clause(verb):
            continue
        speaker = _subject_speaker(verb, index)
        if speaker is None:
            continue
        clause = clauses[0]
        sentence = ev.sentence_of(verb.i)
        first = clause.left_edge
        while first.dep_ in ("mark", "punct") and first.i < clause.i:
            first = doc[first.i + 1]
        if clause.i < verb.i:
            # "..., officials said.": the content comes first and ends before the said-clause.
            first = doc[max(first.i, sentence.start)]
            while first.i < clause.i and (first.idx in boiler or first.is_punct
                                          or first.is_space or first.text in ("(", ")")):
                first = doc[first.i + 1]
            last = clause.right_edge.i
        else:
            last = min(verb.right_edge.i, sentence.end - 1)
        while last > first.i and (doc[last].is_punct or doc[last].is_space) \
                and doc[last].text not in "”\"":
            last -= 1
        start, end = first.idx, doc[last].idx + len(doc[last])
        if end <= start:
            continue
        share = sum(1 for c in range(start, end) if c in quoted) / (end - start)
        if share > _MAX_QUOTED_SHARE:
            continue
        text = " ".join(_QUOTE_MARKS.sub("", ev.body[start:end]).split()).rstrip(",;")
        found.append(_quote(text, "indirect", speaker, verb.lemma_, ev, start, end))
    return found
