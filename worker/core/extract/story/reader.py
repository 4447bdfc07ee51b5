"""Story facts: headline, dateline, credit, language, word count and section heads.

Layout carries most of this, so the rules read the body's paragraphs rather than the parse:
a dateline is an upper-case place (optionally ``, Region`` and ``(Agency)``) before a dash at
the very start; a credit is ``— Agency`` closing the last paragraph, a ``By ...`` line, or a
Reuters ``(Reporting by ...)`` tail; a section head is a short lone line that does not read as
a sentence.
"""

import re
from typing import NamedTuple

from spacy.tokens import Doc

from worker.core.extract.common.context import Context
from worker.core.extract.common.evidence import EvidenceMaker, Paragraph, paragraphs
from worker.core.extract.story.lexicon import DATELINE_PLACE_JOINERS, MONTH_WORDS
from worker.core.models.story import Dateline, SectionHead, StoryFacts

_DASH = r"(?:—|–|--|-)"
# Reuters and AFP put the filing date in the dateline: "NEW YORK, May 18 (Reuters) -",
# "PARIS, May 18, 2026 (AFP) -".
_DATE = rf"(?:,?\s*(?P<date>(?:{'|'.join(MONTH_WORDS)})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
# A region after the place: 'Ohio', 'Nova Scotia', and countries with a joiner ('Trinidad and
# Tobago', 'Bosnia and Herzegovina').
_REGION = r"[A-Z][\w.'’\-]*(?: (?:and |of |of the )?[A-Z][\w.'’\-]*){0,3}"
# Upper-case place words ("KYIV", "ST. LOUIS", "WINSTON-SALEM"), then optional ", Region"
# and "(Agency)". Mixed-case places are only trusted when an agency in parentheses follows.
_DATELINE = re.compile(
    rf"^(?P<raw>(?P<place>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){{0,3}})"
    rf"(?:,\s*(?P<region>{_REGION}))?"
    + _DATE +
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&\-]{0,30})\))?)"
    rf"\s*{_DASH}\s+"
)
_JOINED = "|".join(DATELINE_PLACE_JOINERS)
_DATELINE_MIXED = re.compile(
    rf"^(?P<raw>(?P<place>[A-Z][\w.'’\-]*(?: (?:(?:{_JOINED}) )?[A-Z][\w.'’\-]*){{0,3}})"
    rf"(?:,\s*(?P<region>{_REGION}))?"
    + _DATE +
    r"\s*\((?P<agency>[A-Za-z][\w .&\-]{0,30})\))"
    rf"\s*{_DASH}\s+"
)
_TRAILING_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?”\"’)]))\s*{_DASH}\s*(?P<credit>[A-Z][\w.&'’ ]{{1,40}}?)\s*$"
)
_BYLINE = re.compile(r"^By\s+(?P<credit>[A-Z][^\n]{1,100}?)\s*$")
_REPORTING = re.compile(
    r"\((?:Reporting|Writing) by (?P<credit>[^;)]+?)(?: in [A-Z][\w .]+)?\s*(?:[;)])"
)
_CREDIT_TAIL = re.compile(r"\((?:Reporting|Writing|Editing|Additional reporting)[^)]*\)\s*$")
_FILING_DATE = re.compile(rf"(?:{'|'.join(MONTH_WORDS)})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?")
_SENTENCE_END = re.compile(r"[.!?:;,\"“”’']\s*$")
_MAX_HEAD_WORDS = 12
# A plain-text story's opening lines before its dateline: a headline, a standfirst, a By-line.
_MAX_LEAD_LINES = 3
_MAX_HEADLINE_WORDS = 30


def extract(doc: Doc, ctx: Context) -> StoryFacts:
    """Story-level facts for ``ctx.story``; also stored on ``ctx.story_facts``."""
    story = ctx.story
    ev = ctx.evidence
    paras = ev.paras
    dateline = _dateline(ev, paras, story.located)
    byline, closing, credit_paras = _credit(paras, story.byline)
    provider = dateline.agency if dateline and dateline.agency else closing
    lead = _lead(paras)
    heads = [
        SectionHead(text=p.text, evidence=ev.chars(p.start, p.end))
        for i, p in enumerate(paras)
        if i > 0 and i not in credit_paras and i not in lead.heads and _is_section_head(p.text)
    ]
    headline = story.headline.strip() if story.headline and story.headline.strip() else None
    if headline is None and lead.heads:
        headline = paras[lead.heads[0]].text.strip()
    facts = StoryFacts(
        story_id=story.story_id,
        version=story.version,
        headline=headline,
        dateline=dateline,
        credit=byline or provider,
        byline=byline,
        provider=provider,
        language=story.language or "en",
        published_at=story.published_at,
        word_count=sum(1 for t in doc if not (t.is_punct or t.is_space)),
        section_heads=heads,
    )
    return facts


def boilerplate_ranges(body: str) -> list[tuple[int, int]]:
    """Character ranges of the dateline, byline and credit: names there are not story actors."""
    paras = paragraphs(body)
    ranges: list[tuple[int, int]] = []
    first, match = _dateline_match(paras)
    if first is not None and match:
        ranges.append((first.start, first.start + match.end("raw")))
    lead = _lead(paras)
    ranges.extend((paras[i].start, paras[i].end) for i in (*lead.heads, *lead.bylines))
    if paras:
        last = paras[-1]
        for pattern in (_CREDIT_TAIL, _TRAILING_CREDIT):
            match = pattern.search(last.text)
            if match:
                ranges.append((last.start + match.start(), last.start + match.end()))
    return ranges


def filing_date(text: str) -> bool:
    """True for the date part of a dateline ('May 18', 'Sept 3', 'July 2, 2026')."""
    return _FILING_DATE.fullmatch(text.strip()) is not None


def canonical_place(raw: str, body: str) -> str:
    """'KYIV' -> 'Kyiv'; prefers the body's own spelling ('McALLEN' -> 'McAllen') when present."""
    if not raw.strip().isupper():
        return raw.strip()   # 'Dar es Salaam (AFP)': a mixed-case dateline is spelt as the place is
    words = raw.strip().title().replace("’S", "’s").replace("'S", "'s").split(" ")
    # 'DAR ES SALAAM' -> 'Dar es Salaam'; a first word stays capitalised ('EL PASO' -> 'El Paso').
    titled = " ".join([words[0], *(w.lower() if w.lower() in DATELINE_PLACE_JOINERS else w for w in words[1:])])
    match = re.search(rf"\b{re.escape(raw.strip())}\b", body[len(raw):], flags=re.IGNORECASE)
    if match and not match.group(0).isupper():
        return match.group(0)
    return titled


def _dateline(ev: EvidenceMaker, paras: list[Paragraph], located: str | None) -> Dateline | None:
    first, match = _dateline_match(paras)
    if first is not None and match:
        raw = match.group("raw")
        start = first.start + match.start("raw")
        return Dateline(
            place=canonical_place(match.group("place"), ev.body),
            raw=raw,
            agency=match.group("agency"),
            evidence=ev.chars(start, start + len(raw)),
        )
    if located and located.strip():
        # Source metadata (ninjs ``located``) names the place but it is not in the body.
        return Dateline(place=canonical_place(located, ev.body), raw=located.strip())
    return None


class _Lead(NamedTuple):
    """Where the body starts, after a plain-text story's headline lines and By-line."""

    first: int | None
    heads: tuple[int, ...]
    bylines: tuple[int, ...]


def _lead(paras: list[Paragraph]) -> _Lead:
    """A plain-text story may open with its headline (and a standfirst) above the By-line and the
    dateline. Those lines are taken as headline only when a dateline follows them: without one, a
    short first line may as well be the body's opening."""
    heads: list[int] = []
    bylines: list[int] = []
    for i, para in enumerate(paras[:_MAX_LEAD_LINES + 1]):
        if _BYLINE.match(para.text):
            bylines.append(i)
        elif _dateline_at(para) is not None:
            return _Lead(i, tuple(heads), tuple(bylines))
        elif not bylines and len(heads) < _MAX_LEAD_LINES - 1 and _is_headline(para.text):
            heads.append(i)
        else:
            break
    first = next((i for i, p in enumerate(paras) if not _BYLINE.match(p.text)), None)
    return _Lead(first, (), tuple(i for i in bylines if i < 2))


def _dateline_at(para: Paragraph) -> "re.Match[str] | None":
    return _DATELINE.match(para.text) or _DATELINE_MIXED.match(para.text)


def _is_headline(text: str) -> bool:
    """One line of a headline or standfirst: no line break, short, not ending a sentence."""
    return "\n" not in text and text[:1].isupper() and not text.rstrip().endswith(".") \
        and len(text.split()) <= _MAX_HEADLINE_WORDS


def _dateline_match(paras: list[Paragraph]) -> tuple[Paragraph | None, "re.Match[str] | None"]:
    """The first body paragraph and the dateline at its start, if it opens with one."""
    first = _lead(paras).first
    if first is None:
        return None, None
    return paras[first], _dateline_at(paras[first])


def _credit(paras: list[Paragraph], byline: str | None) -> tuple[str | None, str | None, set[int]]:
    """The byline's author, a closing agency credit, and the paragraphs that are only credit.

    A Reuters "(Reporting by ...)" tail names the reporters, not a By-line: it is skipped as
    layout (not a sub-head) and the story's credit falls to the agency.
    """
    author = byline.strip() if byline and byline.strip() else None
    if not paras:
        return author, None, set()
    only_credit: set[int] = set()
    for i in _lead(paras).bylines[:1]:
        match = _BYLINE.match(paras[i].text)
        if match:
            author = match.group("credit").strip()
            only_credit.add(i)
    last_i = len(paras) - 1
    last = paras[last_i].text
    if _REPORTING.search(last):
        if last.startswith("(") and last.endswith(")"):
            only_credit.add(last_i)
        return author, None, only_credit
    match = _TRAILING_CREDIT.search(last)
    if match:
        if match.start() == 0 or not last[: match.start()].strip():
            only_credit.add(last_i)
        return author, match.group("credit").strip(), only_credit
    return author, None, only_credit


_QUOTE_OPEN = "'‘\"“"
_QUOTE_CLOSE = "'’\"”"


def _is_section_head(text: str) -> bool:
    """A sub-head: one short line, starts upper-case, no closing punctuation, no quotation; or such a
    line wrapped whole in quotation marks ("'Hostages, not prisoners'", a quoted phrase as sub-head)."""
    text = text.strip()
    if len(text) > 2 and text[0] in _QUOTE_OPEN and text[-1] in _QUOTE_CLOSE:
        text = text[1:-1]
    if "\n" in text or not text[:1].isupper():
        return False
    if _SENTENCE_END.search(text) or any(q in text for q in "\"“”"):
        return False
    words = text.split()
    return 1 <= len(words) <= _MAX_HEAD_WORDS
