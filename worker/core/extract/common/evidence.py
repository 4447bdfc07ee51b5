"""Evidence and layout helpers shared by the extractors.

Wire bodies separate paragraphs with blank lines, and sub-heads are lone lines that are not
sentences. Small English pipelines do not treat a blank line as a sentence boundary, so a
sub-head gets glued to the next paragraph's first sentence; every sentence range handed out
here is therefore clipped to the paragraph that holds the evidence.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc, Span, Token

from worker.core.extract.common import doc_cache
from worker.core.models.base import Evidence

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str


def paragraphs(body: str) -> list[Paragraph]:
    """Non-blank paragraphs with their offsets, surrounding whitespace excluded."""
    found: list[Paragraph] = []
    pos = 0
    for match in [*_PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        chunk = body[pos:end]
        stripped = chunk.strip()
        if stripped:
            start = pos + (len(chunk) - len(chunk.lstrip()))
            found.append(Paragraph(start, start + len(stripped), stripped))
        pos = match.end() if match else len(body)
    return found


class EvidenceMaker:
    """Builds ``Evidence`` for character ranges of one document, paragraph-aware."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.body = doc_cache.text(doc)
        self.paras = paragraphs(self.body)
        self._para_starts = [p.start for p in self.paras]

    def paragraph_of(self, char: int) -> Paragraph | None:
        i = bisect_right(self._para_starts, char) - 1
        if i < 0:
            return None
        para = self.paras[i]
        return para if char < para.end else None

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The model's sentence around ``start``, clipped to its paragraph, widened to cover."""
        span = self.doc.char_span(start, max(end, start + 1), alignment_mode="expand")
        if span is not None:
            sent = span[0].sent
            s_start, s_end = sent.start_char, sent.end_char
        else:
            s_start, s_end = start, end
        para = self.paragraph_of(start)
        if para is not None:
            s_start, s_end = max(s_start, para.start), min(s_end, para.end)
        # Sentences may end in trailing whitespace; evidence should not.
        while s_end > s_start and self.body[s_end - 1].isspace():
            s_end -= 1
        return min(s_start, start), max(s_end, end)

    def chars(self, start: int, end: int) -> Evidence:
        s_start, s_end = self.sentence_bounds(start, end)
        return Evidence(
            text=self.body[start:end], start=start, end=end,
            sentence_start=s_start, sentence_end=s_end,
        )

    def span(self, span: Span) -> Evidence:
        return self.chars(span.start_char, span.end_char)

    def sentence_of(self, token_i: int) -> Span:
        """The sentence holding a token, clipped to its paragraph (as a token span)."""
        tok = self.doc[token_i]
        s_start, s_end = self.sentence_bounds(tok.idx, tok.idx + len(tok))
        span = self.doc.char_span(s_start, s_end, alignment_mode="expand")
        return span if span is not None else tok.sent


_MAKER = ("wire", "evidence_maker")


def maker_for(doc: Doc) -> EvidenceMaker:
    """The document's one evidence maker, kept with the document's other cached reads."""
    data = doc_cache.store(doc)
    maker = data.get(_MAKER)
    if maker is None:
        maker = data[_MAKER] = EvidenceMaker(doc)
    return cast(EvidenceMaker, maker)


def evidence(doc: Doc, start_char: int, end_char: int) -> Evidence:
    """Evidence for body[start_char:end_char], its sentence clipped to the paragraph."""
    return maker_for(doc).chars(start_char, end_char)


def sentence_evidence(token: Token) -> Evidence:
    """The whole sentence around a token as evidence, clipped to its paragraph."""
    probe = evidence(token.doc, token.idx, token.idx + len(token))
    return evidence(token.doc, probe.sentence_start, probe.sentence_end)


def span_evidence(span: Span) -> Evidence:
    return evidence(span.doc, span.start_char, span.end_char)
