"""Bodies named in full once and by a short form afterwards.

Wire copy introduces an organisation as "the World Health Organization (WHO)" and then says
"WHO"; or names "the European Space Agency" and later "ESA" with no parentheses. Both forms are
one organisation, published under its full name with the short form as an alias. A short form
is linked when it stands in parentheses right after the full name, or when its letters are the
initials of the capitalised words of a name the story gives in full, or, failing that, when its
letters spell the name's words in order, one word after another ('JAXA' for the Japan Aerospace
Exploration Agency, whose X is inside a word).
"""

from spacy.tokens import Doc

from worker.core.extract.common import doc_cache
from worker.core.extract.common.lexicon import ORG_NOMINALS
from worker.core.extract.entities.lexicon import KNOWN_BY_OPENINGS, KNOWN_BY_WORDS, NAME_JOINERS
from worker.core.extract.story.reader import boilerplate_ranges
from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.title_words import initials

__all__ = ["initials", "is_short_form", "link_short_forms"]

_MAX_GAP = 3   # lower-case words the model may have cut off a full name ("... l'aviation civile")
_MAX_NAME_GAP = 8   # capitalised words it may have cut off, confirmed by the initials


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
    for known, full in _kind_known_as(doc, mentions):
        full_of.setdefault(doc[known].text, full)
        if known not in by_start:
            span = doc[known:known + 1]
            extra = Mention(known, known + 1, full.label, span.text, span.start_char, span.end_char)
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
        if is_short_form(m.text) and len(m.text) >= 3 and m.text not in full_of:
            spelled = next((f for f in mentions if f.label == "ORG" and not is_short_form(f.text)
                            and len(f.text.split()) > 1 and spells(m.text, f.text)), None)
            if spelled is not None:
                full_of[m.text] = spelled
    mentions += _later_uses(doc, mentions, full_of, skip)
    for m in mentions:
        if m.text in full_of:
            m.label = full_of[m.text].label
    mentions.sort(key=lambda m: m.tok_start)
    return mentions, {short: full.text for short, full in full_of.items()}


def _later_uses(doc: Doc, mentions: list[Mention], full_of: dict[str, Mention],
                skip: list[tuple[int, int]]) -> list[Mention]:
    """'the National Liberation Army (ELN)' then 'The ELN said': a short form first met in brackets
    is linked after the missed names were recovered, so its later uses the model left untagged
    are found here."""
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    found = []
    for tok in doc:
        if tok.text in full_of and tok.i not in taken and is_short_form(tok.text) \
                and not any(s <= tok.idx < e for s, e in skip):
            found.append(Mention(tok.i, tok.i + 1, full_of[tok.text].label, tok.text, tok.idx, tok.idx + len(tok)))
    return found


def spells(short: str, name: str) -> bool:
    """True when the short form's letters run through the name's capitalised words in order, the
    first letter the name's initial and each word giving at least one letter: 'JAXA' spells
    'Japan Aerospace Exploration Agency'; 'WHO' does not spell 'World Food Programme'."""
    words = [w.lower() for w in name.replace("’", "'").split()
             if w[:1].isupper() and w.lower() not in NAME_JOINERS]
    low = short.lower()
    return bool(words) and low[0] == words[0][0] and _spell(low, words)


def _spell(rest: str, words: list[str], loose: int = 1) -> bool:
    """The letters of ``rest`` taken, in order, from each word in turn, each word giving one at least
    and opening with its initial; one word in the middle may give only inner letters ('JAXA': the
    X of Exploration), never the last ('FBI' is no 'Federal Bureau of Prisons')."""
    if not words:
        return not rest
    word = words[0]
    for used in range(1, len(rest) - len(words) + 2):
        initial = rest[0] == word[0]
        if not initial and (loose == 0 or len(words) == 1):
            continue
        if _in_order(rest[:used], word) and _spell(rest[used:], words[1:], loose - (not initial)):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in letters)


def _known_by(doc: Doc, m: Mention) -> int | None:
    """'The National Forestry Corporation, known by its Spanish initials CONAF,': the index of the
    short form a body is said to be known by."""
    end = _name_cut_short(doc, m)
    words = [t for t in doc[end:end + 9] if not t.is_punct]
    lower = [t.lower_ for t in words]
    if tuple(lower[:2]) not in KNOWN_BY_OPENINGS:
        return None
    for t in words[2:]:
        if is_short_form(t.text):
            # ('the Federation of Agricultural Workers of Mindanao, known as FAWM': the model cut
            # the name at the place; the initials of the whole say where it ends.)
            if end != m.tok_end:
                if _initials_past_acronyms(doc[m.tok_start:end].text) != t.text:
                    return None
                span = doc[m.tok_start:end]
                m.tok_end, m.text, m.end = end, span.text, span.end_char
            return t.i
        if t.lower_ not in KNOWN_BY_WORDS and not t.text[:1].isupper():
            return None
    return None


def _name_cut_short(doc: Doc, m: Mention) -> int:
    """Where a name would end if it went on over joiners and capitalised words ('of Mindanao')."""
    i = m.tok_end
    while i < len(doc) and i - m.tok_end < _MAX_GAP and doc[i].is_alpha and (
            doc[i].text[:1].isupper() or doc[i].lower_ in NAME_JOINERS):
        i += 1
    return i


def _kind_known_as(doc: Doc, mentions: list[Mention]) -> list[tuple[int, Mention]]:
    """'The agency, known as Basarnas, said' after 'the National Search and Rescue Agency': the
    name a body is known by, given after the kind word its full name ends in. Pairs of the
    name's token index and the body named last before it with that word."""
    found: list[tuple[int, Mention]] = []
    for tok in doc:
        if not tok.is_lower or tok.lemma_ not in ORG_NOMINALS \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        known = _known_by_at(doc, tok.i + 1)
        if known is None:
            continue
        word = tok.lower_
        full = next((m for m in reversed(mentions) if m.tok_end <= tok.i and m.label == "ORG"
                     and len(m.text.split()) > 1 and word in m.text.lower().split()), None)
        if full is not None:
            found.append((known, full))
    return found


def _known_by_at(doc: Doc, i: int) -> int | None:
    """', known as Basarnas,' from token i: the index of a one-word name (any case) it is known by."""
    words = [t for t in doc[i:i + 8] if not t.is_punct]
    if len(words) < 3 or tuple(t.lower_ for t in words[:2]) not in KNOWN_BY_OPENINGS:
        return None
    # ('the council, known by its Spanish initials CNE,': past the words that say what kind of name.)
    for t in words[2:]:
        if is_short_form(t.text):
            return t.i
        if t.lower_ not in KNOWN_BY_WORDS and not t.text[:1].isupper():
            break
    name = words[2]
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if not (name.is_alpha and name.text[:1].isupper()) or (after is not None and after.text[:1].isupper()):
        return None
    return name.i


def _parenthesised_after(doc: Doc, m: Mention) -> int | None:
    """Index of the ')' closing '(ACRONYM)' right after the mention (or a few words after it,
    when the model cut the full name short)."""
    i = m.tok_end
    gap = 0
    # ('The Office of the UN High Commissioner for Human Rights (OHCHR)': the model's 'Office of the'
    # and 'UN' are cut from a longer name of capitalised words, which the initials then confirm.)
    while i < len(doc) and gap < _MAX_NAME_GAP and doc[i].is_alpha and doc[i].text != "(" and (
            gap < _MAX_GAP or doc[i].text[:1].isupper() or doc[i].lower_ in NAME_JOINERS):
        i, gap = i + 1, gap + 1
    if i + 2 < len(doc) and doc[i].text == "(" and is_short_form(doc[i + 1].text) \
            and doc[i + 2].text == ")":
        if gap > _MAX_GAP and _initials_past_acronyms(doc[m.tok_start:i].text) != doc[i + 1].text:
            return None
        return i + 2
    return None


def _initials_past_acronyms(name: str) -> str:
    """Initials of a name's capitalised words, leaving out joiners and short forms inside it
    ('Office of the UN High Commissioner for Human Rights' -> 'OHCHR')."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in NAME_JOINERS
                   and not w.isupper())


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
