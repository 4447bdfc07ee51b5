"""Bodies named in full once and by a short form afterwards.

Wire copy introduces an organisation as "the World Health Organization (WHO)" and then says
"WHO"; or names "the European Space Agency" and later "ESA" with no parentheses. Both forms are
one organisation, published under its full name with the short form as an alias. A short form
is linked when it stands in parentheses right after the full name, or when its letters are the
initials of the capitalised words of a name the story gives in full.
"""

from spacy.tokens import Doc

from worker.core.extract.common import doc_cache
from worker.core.extract.entities.lexicon import KNOWN_BY_OPENINGS, KNOWN_BY_WORDS, NAME_JOINERS
from worker.core.extract.story.reader import boilerplate_ranges
from worker.core.extract.entities.roles import Mention, initials

__all__ = ["initials", "is_short_form", "link_short_forms"]

_MAX_GAP = 3   # lower-case words the model may have cut off a full name ("... l'aviation civile")


def is_short_form(text: str) -> bool:
    """'WHO', 'NDRRMC', 'OM': two to eight capitals and nothing else."""
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def link_short_forms(doc: Doc, mentions: list[Mention]) -> tuple[list[Mention], dict[str, str]]:
    """Mentions with every short form's full name made whole, and short form -> full name.

    The short forms' mentions take the label of their full name (an organisation the model
    called a place in one sentence is still the organisation).
    """
    full_of: dict[str, Mention] = {}
    by_start = {m.tok_start: m for m in mentions}
    # 'DENVER (AP)': the agency after a dateline is not the place's short form.
    skip = boilerplate_ranges(doc_cache.text(doc))
    for m in mentions:
        if is_short_form(m.text):
            continue
        close = _parenthesised_after(doc, m)
        if close is None or any(s <= doc[close].idx < e for s, e in skip):
            continue
        acronym = doc[close - 1].text
        tagged = (m.tok_start, m.tok_end)
        _widen(doc, m, close - 3, acronym)
        if m.label in ("GPE", "LOC", "NORP") and (
                doc[close - 1].ent_type_ == "ORG" or (m.tok_start, m.tok_end) != tagged):
            # A place rarely has a bracketed short form: the model's own word, or a name it cut
            # short ("Swiss" of "the Swiss Glacier Observatory (SGO)") says it is a body.
            m.label = "ORG"
        full_of.setdefault(acronym, m)
        if close - 1 not in by_start:
            span = doc[close - 1:close]
            extra = Mention(close - 1, close, m.label, span.text, span.start_char, span.end_char)
            mentions.append(extra)
            by_start[extra.tok_start] = extra
    for m in list(mentions):
        known = _known_by(doc, m)
        if known is not None and not is_short_form(m.text):
            full_of.setdefault(doc[known].text, m)
            if known not in by_start:
                span = doc[known:known + 1]
                extra = Mention(known, known + 1, m.label, span.text, span.start_char, span.end_char)
                mentions.append(extra)
                by_start[known] = extra
    # Mentions a widened full name swallowed ("Islamic" tagged apart from the rest) go.
    wide = list(full_of.values())
    mentions = [m for m in mentions if any(m is w for w in wide) or not any(
        w.tok_start <= m.tok_start and m.tok_end <= w.tok_end for w in wide)]
    # The first multi-word name with each set of initials, computed once (not per short form).
    by_initials: dict[str, Mention] = {}
    for f in mentions:
        if not is_short_form(f.text) and len(f.text.split()) > 1:
            by_initials.setdefault(initials(f.text), f)
    for m in mentions:
        if is_short_form(m.text) and m.text not in full_of and m.text in by_initials:
            full_of[m.text] = by_initials[m.text]
    for m in mentions:
        if m.text in full_of:
            m.label = full_of[m.text].label
    mentions.sort(key=lambda m: m.tok_start)
    return mentions, {short: full.text for short, full in full_of.items()}


def _known_by(doc: Doc, m: Mention) -> int | None:
    """'The National Forestry Corporation, known by its Spanish initials CONAF,': the index of the
    short form a body is said to be known by."""
    words = [t for t in doc[m.tok_end:m.tok_end + 9] if not t.is_punct]
    lower = [t.lower_ for t in words]
    if tuple(lower[:2]) not in KNOWN_BY_OPENINGS:
        return None
    for t in words[2:]:
        if is_short_form(t.text):
            return t.i
        if t.lower_ not in KNOWN_BY_WORDS and not t.text[:1].isupper():
            return None
    return None


def _parenthesised_after(doc: Doc, m: Mention) -> int | None:
    """Index of the ')' closing '(ACRONYM)' right after the mention (or a few words after it,
    when the model cut the full name short)."""
    i = m.tok_end
    gap = 0
    while i < len(doc) and gap < _MAX_GAP and doc[i].is_alpha and doc[i].text != "(":
        i, gap = i + 1, gap + 1
    if i + 2 < len(doc) and doc[i].text == "(" and is_short_form(doc[i + 1].text) \
            and doc[i + 2].text == ")":
        return i + 2
    return None


def _widen(doc: Doc, m: Mention, last: int, acronym: str) -> None:
    """Stretch the full name over the words the model left out: up to the parenthesis, and back
    over capitalised words when that makes its initials the acronym's ("Islamic" before "State
    West Africa Province (ISWAP)")."""
    start = m.tok_start
    for back in range(1, _MAX_GAP + 5):
        k = m.tok_start - back
        if initials(doc[m.tok_start:last + 1].text) == acronym or k < 0 or not doc[k].is_alpha:
            break
        if doc[k].lower_ in NAME_JOINERS and back <= _MAX_GAP + 3:
            continue   # 'Alliance for the Defence of Ituri (ADI)': over 'of' and 'the' to 'Alliance'
        if not doc[k].text[:1].isupper():
            break
        if initials(doc[k:last + 1].text) == acronym:
            start = k
            break
    span = doc[start:last + 1]
    m.tok_start, m.tok_end, m.text = start, last + 1, span.text
    m.start, m.end = span.start_char, span.end_char
