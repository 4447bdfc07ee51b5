"""Long stories parsed in pieces, joined back into one document with the same text.

spaCy's peak memory on one document grows with its length (a 40,000-word story took about 1 GiB
in one piece, 250 MiB in pieces of 2,000 words parsed one at a time). A story longer than
``CHUNK_WORDS`` is cut where a paragraph ends (else where a sentence ends, else after a space),
every cut just after whitespace, so the pieces joined are the story's text character for
character and every evidence offset still points into the body. Entities and sentences do not
cross paragraph breaks in wire copy, so the joined document reads as the whole one would.
"""

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

CHUNK_WORDS = 2_000
_PARAGRAPH_END = re.compile(r"\n\s*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
_SPACE = re.compile(r"\s+")


def _cuts(text: str, pattern: re.Pattern[str]) -> list[str]:
    """The text cut just after each match of ``pattern`` (the pieces join back to the text)."""
    pieces, start = [], 0
    for match in pattern.finditer(text):
        if match.end() < len(text):
            pieces.append(text[start:match.end()])
            start = match.end()
    pieces.append(text[start:])
    return [p for p in pieces if p]


def _small(piece: str, limit: int) -> Iterator[str]:
    """Pieces of at most about ``limit`` words: by sentence, then by space."""
    if len(piece.split()) <= limit:
        yield piece
        return
    for sentence in _cuts(piece, _SENTENCE_END):
        if len(sentence.split()) <= limit:
            yield sentence
            continue
        words = _cuts(sentence, _SPACE)
        for i in range(0, len(words), limit):
            yield "".join(words[i:i + limit])


def chunks(text: str, limit: int = CHUNK_WORDS) -> list[str]:
    """The text as pieces of about ``limit`` words that join back to it exactly."""
    out: list[str] = []
    words = 0
    for paragraph in _cuts(text, _PARAGRAPH_END):
        for piece in _small(paragraph, limit):
            n = len(piece.split())
            if out and words + n <= limit:
                out[-1] += piece
                words += n
            else:
                out.append(piece)
                words = n
    return out


def parse_long(nlp: Language, text: str, limit: int = CHUNK_WORDS) -> Doc:
    """One document for a long text, parsed one piece at a time to bound memory."""
    pieces = chunks(text, limit)
    if len(pieces) == 1:
        return nlp(text)
    doc = Doc.from_docs(list(nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False)
    if doc.text != text:  # never expected (the cuts keep every character): parse it whole instead
        return nlp(text)
    return doc
