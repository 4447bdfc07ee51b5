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

Speakers are resolved in ``speakers``.
"""

import re

from spacy.tokens import Doc, Span, Token

from worker.core.extract.common import doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.evidence import EvidenceMaker
from worker.core.extract.common.names import nickname
from worker.core.extract.quotes.lexicon import CLAUSE_OPENERS, QUOTE_OPENERS, REFUSING_VERBS, REPORTING_VERBS, \
    SPEAKER_ACT_VERBS
from worker.core.extract.quotes.speakers import (
    EntityIndex, Speaker, direct_speaker, inside_reported_clause, subject_speaker, tokens_in,
)
from worker.core.extract.quotes.clauses import clause_after_phrase, object_read_as_clause
from worker.core.extract.quotes.referents import body_told_before, hung_on_before
from worker.core.extract.quotes.trailers import torn_trailer
from worker.core.extract.quotes.closing import closing_speaker
from worker.core.extract.story.reader import boilerplate_ranges
from worker.core.models.quotes import Quote

_QUOTE_PAIRS = re.compile(r"“(?P<curly>[^“”\n]+)(?:”|$)|\"(?P<straight>[^\"\n]+)(?:\"|$)",
                          flags=re.MULTILINE)
_QUOTE_MARKS = re.compile(r"[“”\"]")
# A reported clause this much covered by quotation marks is the direct quote already counted.
_MAX_QUOTED_SHARE = 0.5
_MIN_QUOTE_WORDS = 1
_WHEN = frozenset({"DATE", "TIME"})   # entity labels of when something was said


def extract(doc: Doc, ctx: Context) -> list[Quote]:
    """Direct and reported speech of the document; also stored on ``ctx.quotes``."""
    ev = ctx.evidence
    index = EntityIndex(doc, ctx.entities)
    quote_spans = _direct_spans(ev)
    quotes: list[Quote] = []
    previous: tuple[int, Speaker | None, str | None] | None = None
    quoted = frozenset(t.i for s, e in quote_spans for t in tokens_in(doc, s, e))
    for start, end in quote_spans:
        speaker, cue = direct_speaker(doc, ev, index, start, end, quoted)
        para = ev.paragraph_of(start)
        if speaker is None and previous is not None and para is not None:
            prev_para = ev.paragraph_of(previous[0])
            # A bare quote continues the speaker of the quote just before it.
            if prev_para is not None and (prev_para == para or _adjacent(ev, prev_para, para)):
                speaker, cue = previous[1], previous[2]
        previous = (start, speaker, cue)
        text = ev.body[start:end]
        if len(text.split()) < _MIN_QUOTE_WORDS or nickname(ev.body, start, text):
            continue   # ('a leader known as "El Zorro"': a name, not a quote)
        quotes.append(_quote(text.strip(), "direct", speaker, cue, ev, start, end))
    quotes = _join_interrupted(quotes, ev)
    quotes.extend(_reported(doc, ev, index, quote_spans))
    # ('Jihadists kill 19 in village raid, army says': a headline tells what the body reports.)
    line = ctx.story_facts.dateline if ctx.story_facts else None
    lead_end = line.evidence.start if line is not None and line.evidence is not None else 0
    return sorted((q for q in quotes if q.evidence.start >= lead_end), key=lambda q: q.evidence.start)


# Between two parts of one interrupted quote: the first part's comma, the said-clause, a comma
# ('fast,” said Ana Ruiz, a nurse, “we'); a full stop, ! or ? means a new sentence, a new quote.
_INTERRUPTION = re.compile(r"^\s*,?\s*[”\"]?\s*,?\s*[^.!?“”\"\n]{1,120}?,\s*[“\"]?\s*$")


def _join_interrupted(quotes: list[Quote], ev: EvidenceMaker) -> list[Quote]:
    """A quote its said-clause interrupts within one sentence is one quote, its parts joined."""
    out: list[Quote] = []
    for quote in quotes:
        prev = out[-1] if out else None
        if prev is not None and quote.speaker in (prev.speaker, None):
            gap = ev.body[prev.evidence.end:quote.evidence.start]
            if gap.lstrip().startswith(",") and _INTERRUPTION.match(gap) and prev.cue:
                start, end = prev.evidence.start, quote.evidence.end
                out[-1] = prev.model_copy(update={"text": f"{prev.text}, {quote.text}",
                                                  "evidence": ev.chars(start, end)})
                continue
        out.append(quote)
    return out


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


def _trailing_content(doc: Doc, verb: Token, sentence: Span) -> list[Token]:
    """The head of the words before ', SUBJECT VERB.' when the verb closes its sentence."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    # '..., officials said Saturday.': the day it was said still closes the sentence.
    # ('..., X told reporters.', '... said in a statement.': words hung on the verb itself close it too.)
    own = {t.i for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "dative", "prep") for t in c.subtree}
    after = [t for t in doc[verb.i + 1:sentence.end] if not (t.is_punct or t.is_space) and t.i not in own
             and not (t.ent_type_ in ("DATE", "TIME") or (t.lower_ == "on" and t.nbor().ent_type_ == "DATE"))]
    if not subjects or after:
        return []
    comma = subjects[-1].left_edge.i - 1  # the subject nearest the verb is the speaker
    if comma <= sentence.start or doc[comma].text != ",":
        return []
    # The clause's head: the word before the comma whose head lies at or after the comma.
    for tok in doc[sentence.start:comma]:
        if tok.head.i >= comma or tok.head == tok:
            if tok.right_edge.i >= comma - 1:
                return [tok]
    return []


def _speakers_next_report(verb: Token) -> bool:
    """'X said A and complained that B': a reporting verb with no subject of its own, coordinated
    to the content clause, is the speaker's next report, not part of the first."""
    head = verb.head
    return verb.dep_ == "conj" and verb.lemma_ in SPEAKER_ACT_VERBS and head.dep_ == "ccomp" \
        and head.head.lemma_ in REPORTING_VERBS \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _runs_on(doc: Doc, last: int, sentence: Span) -> int:
    """'said about 11,000 people attended, the biggest crowd in a decade': a phrase after a comma
    with no clause of its own (no subject, no reporting participle) still belongs to what was said."""
    if doc[last].text == "," and last > sentence.start:
        last -= 1   # the parser may hang the comma on the clause
    if last + 1 >= sentence.end - 1 or doc[last + 1].text != ",":
        return last
    rest = [t for t in doc[last + 2:sentence.end] if not (t.is_punct or t.is_space)]
    if not rest or rest[0].lower_ in CLAUSE_OPENERS or rest[0].lemma_ in REPORTING_VERBS \
            or any(t.dep_ in ("nsubj", "nsubjpass", "expl") or t.text in QUOTE_OPENERS for t in rest):
        return last
    return rest[-1].i


def _content_end(verb: Token, clauses: list[Token]) -> int:
    """Where 'X said ...' stops: the end of its content clauses, not of the verb's other
    conjuncts ('said it would appeal and called a meeting') or adverbial clauses ('..., though
    they noted delays'); a further 'and that ...' is still content."""
    last = max(c.right_edge.i for c in clauses)
    for clause in clauses:
        for c in clause.children:
            # 'said it would fight the closure and called a meeting': a finite verb with no
            # subject cannot share the content verb's auxiliary, so it is the speaker's act
            # ('does not rule out X but maintained Y' may still be one report).
            if c.dep_ == "conj" and c.i > clause.i and (
                    (c.tag_ in ("VBD", "VBZ") and any(a.dep_ == "aux" and a.tag_ == "MD" for a in clause.children)
                     and c.lower_ != c.lemma_.lower())   # 'would cut jobs and shut a line': 'shut' may be the base form
                    or (c.tag_ in ("VBD", "VBZ", "VBN") and c.lemma_ in SPEAKER_ACT_VERBS)) \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                cut = min(t.i for t in c.subtree)
                while cut - 1 > clause.i and c.doc[cut - 1].dep_ in ("cc", "punct"):
                    cut -= 1
                last = min(last, cut - 1)
    for c in verb.children:
        if c.i > last and c.dep_ == "conj" and any(
                g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            last = max(last, c.right_edge.i)
    return last


def _refused(verb: Token) -> bool:
    """'He did not say how many fighters died', 'declined to say whether': nothing was said."""
    return any(c.dep_ == "neg" for c in verb.children) \
        or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS


def _reported(doc: Doc, ev: EvidenceMaker, index: EntityIndex,
              quote_spans: list[tuple[int, int]]) -> list[Quote]:
    """'X said (that) ...': the content clause of a reporting verb with a known subject."""
    quoted: set[int] = set()
    for s, e in quote_spans:
        quoted.update(range(s, e))
    # The dateline ("ODESA, Ukraine —") opens the first sentence but is nobody's words.
    boiler: set[int] = set()
    for s, e in boilerplate_ranges(doc_cache.text(doc)):
        boiler.update(range(s, e))
    found: list[Quote] = []
    labels = {ent.entity_id: ent.label for _s, _e, ent in index.mentions}
    for verb in doc:
        if verb.lemma_ not in REPORTING_VERBS or verb.pos_ != "VERB" or verb.idx in quoted or _refused(verb):
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        sentence = ev.sentence_of(verb.i)
        if not clauses:
            clauses = clause_after_phrase(verb) or object_read_as_clause(verb)
        if not clauses:
            # "The bridge reopened on Monday, officials said." parsed with no content clause: the
            # words before ", SUBJECT said" at the sentence's end are still what was said.
            clauses = _trailing_content(doc, verb, sentence)
        if not clauses and verb.dep_ == "parataxis" and verb.head.i < verb.i:
            clauses = [verb.head]   # 'Gusts grounded the planes, X said, and rain was forecast'
        torn = torn_trailer(doc, verb, sentence, index) or closing_speaker(doc, verb, sentence, index)
        if torn is not None:   # '..., the governor, Ahmed Fathy, said' hung on the report's last noun
            clauses = [doc[sentence.start]]
        if not clauses or (inside_reported_clause(verb) and not _speakers_next_report(verb)):
            continue
        speaker = torn[0] if torn is not None else subject_speaker(verb, index)
        if speaker is None and (told := body_told_before(verb, found, labels)) is not None:
            speaker = Speaker(told.speaker or "", told.speaker_entity_id)
        if speaker is None:
            continue
        clause = clauses[0]
        first = clause.left_edge
        while (first.dep_ in ("mark", "punct") or first.lower_ == "that" and first.tag_ == "WDT") and first.i < clause.i:
            first = doc[first.i + 1]
        # 'said on Monday it would ...': when it was said, hung by the parser on what was said.
        k = verb.i + 1
        while k < clause.i and (doc[k].ent_type_ in _WHEN or doc[k].pos_ == "ADP" and doc[k + 1].ent_type_ in _WHEN):
            k += 1
        if first.i == verb.i + 1 and k > first.i:
            first = doc[k]
        if torn is not None:
            first, last = doc[sentence.start], torn[1] - 1
            while first.i < last and (first.idx in boiler or first.is_punct or first.is_space):
                first = doc[first.i + 1]
        elif clause.i < verb.i:
            # "..., officials said.": the content comes first and ends before the said-clause.
            # "A died ..., and B was found ..., police said": both clauses are what was said,
            # whichever of them the parser made the content clause.
            first = doc[sentence.start]
            while first.i < clause.i and (first.idx in boiler or first.is_punct
                                          or first.is_space or first.text in ("(", ")")):
                first = doc[first.i + 1]
            said_by = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
            # ('54 people were pulled out alive, most of them by fishermen ..., Basarnas said': all
            # the words up to the speaker, whatever the parser hung the phrases after a comma on.)
            # The subject nearest the verb is the speaker ('most of them' may be parsed as another).
            before_speaker = [c.left_edge.i - 1 for c in said_by if c.i > clause.i]
            # ('..., the council, known by its initials CNE, said': a speaker parsed into the clause.)
            hung = hung_on_before(verb)
            last = max(before_speaker) if before_speaker else hung.left_edge.i - 2 if hung is not None \
                else clause.right_edge.i
        else:
            last = _runs_on(doc, min(_content_end(verb, clauses), sentence.end - 1), sentence)
        while last > first.i and (doc[last].is_punct or doc[last].is_space) \
                and doc[last].text not in "”\"":
            last -= 1
        start, end = first.idx, doc[last].idx + len(doc[last])
        if end <= start:
            continue
        share = sum(1 for c in range(start, end) if c in quoted) / (end - start)
        # 'said the outbreak was "not yet under control"': a clause whose verb is the writer's
        # is reported speech with a partial quote inside, not the direct quote over again.
        if share > _MAX_QUOTED_SHARE and clause.idx in quoted:
            continue
        text = " ".join(_QUOTE_MARKS.sub("", ev.body[start:end]).split()).rstrip(",;")
        found.append(_quote(text, "indirect", speaker, verb.lemma_, ev, start, end))
    return found
