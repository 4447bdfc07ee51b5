"""Organisations a small model misses or mislabels, read from how the story names them.

Each rule uses the shape of the name or the words around it, never a list of particular bodies:

* a name in apposition to what kind of body it is ("Ryanet, the Irish low-cost carrier,");
* a portfolio word before a country's name is that country's agency ("Environment Canada",
  "Health New Zealand"): a minister's portfolio is followed by a title, an agency by a verb;
* capitalised words ending in a capitalised body word are a body even when the model tagged
  none of them ("the Spokane County Sheriff's Office said", "the opposition Unity Movement");
* two halves joined by "and" are one body ("Flood Forecasting" + "Warning Centre"; "the Ethics
  and Anti-Corruption Commission" with only its second half tagged).

People the model cut short or missed are here too: "coach Ruben Etxeberria" with only "Ruben"
tagged (as an organisation) is the coach's full name; a name with a title in apposition is a
person whatever its label; a name listed between two people is a person.
"""

from spacy.tokens import Doc, Token

from worker.core.extract.common import doc_cache as doc_cache
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.lexicon import ORG_NOMINALS
from worker.core.extract.entities.lexicon import (
    ARTICLES, BODY_FIRST_WORDS, CLOCK_MARKS, CLOCK_ZONES, BODY_LAST_WORDS, BODY_NAME_INNER, BODY_NAME_JOINERS, INDEX_NOUNS, LEGAL_FORMS, ORG_KIND_NOUNS, VESSEL_PREFIXES, ORG_SUFFIXES, OTHER_NAME_LABELS, PORTFOLIOS, POSSESSIVE_S,
)
from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.title_words import is_title_head

# Labels a name swallowed into a longer body's name may carry ("Spokane County" as a place).
_SWALLOWED = frozenset({"GPE", "LOC", "FAC", "PERSON"})


def missed_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions with the rules above applied: people made whole, bodies added or relabelled."""
    mentions = [_titled_name(doc, _person_cut_short(doc, _first_half(doc, m)))
                for m in mentions if not _vessel_or_index(doc, m)]
    taken = {i: m for m in mentions for i in range(m.tok_start, m.tok_end)}
    found: list[Mention] = []
    swallowed: set[int] = set()
    for m in mentions:
        if _agency_of_country(doc, m):
            found.append(_make(doc, m.tok_start - 1, m.tok_end, "ORG"))
            swallowed.add(id(m))
    for tok in doc:
        if tok.i in taken or any(f.tok_start <= tok.i < f.tok_end for f in found):
            continue
        if _appositive_kind(tok):
            end = tok.i + 1
            start = tok.i
            while start - 1 > tok.sent.start and _untagged_name(doc[start - 1]) and start - 1 not in taken:
                start -= 1
            found.append(_make(doc, start, end, "ORG"))
            continue
        # ('Prairie Line Grain LLC': a firm's legal form is capitals and still ends its name.)
        if tok.text[:1].isupper() and (not tok.is_upper or tok.lower_ in LEGAL_FORMS) and tok.lower_ in ORG_SUFFIXES \
                and not tok.ent_type_:
            body = _body_ending_at(doc, tok, taken)
            if body is not None:
                found.append(body)
                swallowed.update(id(m) for m in mentions
                                 if body.tok_start <= m.tok_start and m.tok_end <= body.tok_end)
    kept = [m for m in mentions if id(m) not in swallowed]
    found += _titled_people(doc, taken) + _people_in_lists(doc, kept, taken)
    return sorted(kept + found, key=lambda m: m.tok_start)


def _first_half(doc: Doc, m: Mention) -> Mention:
    """'the Ethics and Anti-Corruption Commission' tagged from 'Anti-': a body's name whose first
    half, joined by 'and', the model left out. The first half is capitalised words no entity
    holds, after an article or a clause's edge, and names no body of its own ('Acme Inc and')."""
    k = m.tok_start - 2
    if m.label != "ORG" or k < 1 or doc[k + 1].lower_ != "and" or doc[m.tok_end - 1].lower_ not in ORG_SUFFIXES:
        return m
    start = k
    while start > k - 3 and _untagged_name(doc[start]) and doc[start].lower_ not in ORG_SUFFIXES:
        start -= 1
    if start == k or not (doc[start].lower_ in ARTICLES or doc[start].is_punct):
        return m
    return _make(doc, start + 1, m.tok_end, "ORG")


def _vessel_or_index(doc: Doc, m: Mention) -> bool:
    """'the KM Bunaken Jaya' (a ship), 'the NZX 50 index' (a stock index): no body and no person."""
    after = [t for t in doc[m.tok_end:m.tok_end + 2] if not t.like_num]
    return doc[m.tok_start].text in VESSEL_PREFIXES and m.tok_end - m.tok_start > 1 or (
        m.label == "ORG" and bool(after) and after[0].lower_ in INDEX_NOUNS)


def _titled_name(doc: Doc, m: Mention) -> Mention:
    """'said Murat Celik, a miner who ...' tagged a body: a name with a title in apposition is a person."""
    words = doc[m.tok_start:m.tok_end]
    if m.label != "ORG" or not 2 <= len(words) <= 3 or words[-1].lower_ in ORG_SUFFIXES \
            or not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in words):
        return m
    if any(c.dep_ == "appos" and c.i >= m.tok_end and is_title_head(c) for c in words.root.children):
        return _make(doc, m.tok_start, m.tok_end, "PERSON")
    return m


def _titled_people(doc: Doc, taken: dict[int, Mention]) -> list[Mention]:
    """'Hari Prasad Lamsal, the chief district officer,' labelled a work of art: a name with a
    title in apposition is a person, whatever the model called it."""
    found = []
    for ent in doc_cache.ents(doc):
        if ent.label_ not in OTHER_NAME_LABELS or not 2 <= len(ent) <= 4 or taken.keys() & set(range(ent.start, ent.end)) \
                or not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in ent):
            continue
        if any(c.dep_ == "appos" and c.i >= ent.end and is_title_head(c) for c in ent.root.children):
            found.append(_make(doc, ent.start, ent.end, "PERSON"))
    return found


def _people_in_lists(doc: Doc, mentions: list[Mention], taken: dict[int, Mention]) -> list[Mention]:
    """'Dylan Kerrigan, Shane Voss and Mitchell Arnott' with the middle name untagged: a name
    listed between two people is a person."""
    people = {m.tok_end: m for m in mentions if m.label == "PERSON"}
    starts = {m.tok_start for m in mentions if m.label == "PERSON"}
    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 3 and end not in taken and _untagged_name(doc[end]):
            end += 1
        if end - i >= 2 and i >= 2 and doc[i - 1].text == "," and (i - 1) in people \
                and end + 1 < len(doc) and doc[end].text in (",", "and") and end + 1 in starts:
            found.append(_make(doc, i, end, "PERSON"))
        i = max(end, i + 1)
    return found


def _make(doc: Doc, start: int, end: int, label: str) -> Mention:
    span = doc[start:end]
    return Mention(start, end, label, span.text, span.start_char, span.end_char)


def _untagged_name(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ == "PROPN" and not tok.ent_type_ \
        and tok.lower_ not in DEMONYMS and not is_title_head(tok)


def _person_cut_short(doc: Doc, m: Mention) -> Mention:
    """'coach Ruben Etxeberria' with 'Ruben' alone tagged as a body or place: the person."""
    if m.label == "PERSON" or m.tok_end - m.tok_start != 1 or m.tok_start == 0 \
            or m.tok_end >= len(doc):
        return m
    before, after = doc[m.tok_start - 1], doc[m.tok_end]
    if not (before.is_lower and is_title_head(before)) or not _untagged_name(after) \
            or after.lower_ in ORG_SUFFIXES or (m.tok_end + 1 < len(doc) and doc[m.tok_end + 1].text[:1].isupper()):
        return m
    return _make(doc, m.tok_start, m.tok_end + 1, "PERSON")


def _agency_of_country(doc: Doc, m: Mention) -> bool:
    """'Environment Canada warned': a capitalised portfolio right before a country's name."""
    if m.tok_start == 0 or m.label != "GPE":
        return False
    word = doc[m.tok_start - 1]
    if not word.text[:1].isupper() or word.lower_ not in PORTFOLIOS or word.ent_type_:
        return False
    if m.tok_start >= 2 and doc[m.tok_start - 2].text[:1].isupper() and not doc[m.tok_start - 2].is_sent_start:
        return False   # "Ministry of Health Canada": part of a longer name
    after = doc[m.tok_end] if m.tok_end < len(doc) else None
    return after is None or not is_title_head(after)


def _appositive_kind(tok: Token) -> bool:
    """'Ryanet, the Irish low-cost carrier,': an untagged name whose appositive says what body it is."""
    if not _untagged_name(tok) or tok.lower_ in ORG_SUFFIXES:
        return False
    # ... and the other way round: 'the UN peacekeeping mission in Congo, MONUSCO,'.
    # The parser may hang it on the kind's own place ('mission in Congo, MONUSCO').
    head = tok.head
    kinds = [head, head.head.head] if head.dep_ == "pobj" and head.head.dep_ == "prep" else [head]
    return any(c.dep_ == "appos" and _kind_with_article(c) for c in tok.children) or (
        tok.dep_ == "appos" and tok.i > head.i and any(_kind_with_article(k) for k in kinds))


def _kind_with_article(noun: Token) -> bool:
    return noun.is_lower and noun.lemma_ in ORG_KIND_NOUNS | ORG_NOMINALS \
        and any(d.lower_ in ARTICLES for d in noun.children)


def _body_ending_at(doc: Doc, last: Token, taken: dict[int, Mention]) -> Mention | None:
    """'Spokane County Sheriff's Office': capitalised words (a place's name among them) back
    from a capitalised body word; two words at least, none of them a person's or a body's."""
    start = last.i
    k = last.i - 1
    while k > last.sent.start - 1:
        tok = doc[k]
        owner = taken.get(k)
        if owner is not None and owner.label not in _SWALLOWED:
            break
        # A title is part of the name only as an office's owner ("Sheriff's Office").
        # A country's dotted initials open a federal body's name ('the U.S. Attorney's Office');
        # an adjective of nationality does not ('Ukrainian Navy' is the navy).
        if tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") \
                and (tok.lower_ not in DEMONYMS or tok.text.endswith(".")) \
                and (not is_title_head(tok) or doc[k + 1].text in POSSESSIVE_S):
            start = k
        elif tok.like_num and not tok.is_digit and k + 1 == start:   # 'the 11th U.S. Circuit Court'
            start = k
            break
        elif tok.lower_ not in BODY_NAME_INNER or k - 1 < 0 or not doc[k - 1].text[:1].isupper():
            break
        k -= 1
    # "Memphis Police Chief X": a capitalised title after the body word makes it part of the title.
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if start == last.i or (after is not None and after.text[:1].isupper() and is_title_head(after)):
        return None
    # A mention cut in two by the name's start belongs to something else.
    for i in range(start, last.i):
        owner = taken.get(i)
        if owner is not None and (owner.tok_start < start or owner.label == "PERSON"
                                  and owner.tok_end - owner.tok_start > 1):
            return None
    return _make(doc, start, _past_of_name(doc, last.i + 1, taken), "ORG")


def _past_of_name(doc: Doc, end: int, taken: dict[int, Mention]) -> int:
    """'Court of Appeals', 'Department of Justice': an 'of' and the capitalised words after it."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    k = end + 1
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN" \
            and (k not in taken or taken[k].label in _SWALLOWED - {"PERSON"}):
        k += 1
    return k if k > end + 1 else end


def merge_and_pairs(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Flood Forecasting' + 'and' + 'Warning Centre' (or 'Federation of Red Cross' + 'and' +
    'Red Crescent Societies') as one organisation."""
    out: list[Mention] = []
    for m in mentions:
        m = _name_past_and(doc, m)
        prev = out[-1] if out else None
        if prev is not None and m.label == "ORG" and prev.label == "ORG" \
                and m.tok_start == prev.tok_end + 1 and doc[prev.tok_end].lower_ == "and" \
                and (doc[m.tok_end - 1].lower_ in ORG_SUFFIXES  # "of X and Y Societies" too
                     or doc[m.tok_end - 1].lower_ in BODY_LAST_WORDS and "of" in prev.text.split()
                     or _opens_a_field(doc, prev) and not doc[m.tok_start].is_upper) \
                and doc[prev.tok_end - 1].lower_ not in ORG_SUFFIXES:
            out[-1] = _make(doc, prev.tok_start, m.tok_end, "ORG")
            continue
        out.append(m)
    return out


def _name_past_and(doc: Doc, m: Mention) -> Mention:
    """No name ends in 'and': 'Jaramogi Oginga Odinga Teaching and' goes on to the capitalised words
    after it when they end a body's name ('... and Referral Hospital'); else it stops before 'and'."""
    if m.tok_end - m.tok_start < 2 or doc[m.tok_end - 1].lower_ != "and":
        return m
    j = m.tok_end
    while j < len(doc) and doc[j].is_title and not doc[j].is_sent_start:
        j += 1
    if j > m.tok_end and doc[j - 1].lower_ in ORG_SUFFIXES | BODY_LAST_WORDS:
        return _make(doc, m.tok_start, j, "ORG")
    return _make(doc, m.tok_start, m.tok_end - 1, m.label)


def _opens_a_field(doc: Doc, body: Mention) -> bool:
    """'Institute for Marine' + 'and' + 'Antarctic Studies': a body word, 'for' or 'of', and a
    field the name goes on to name (its last word no body's)."""
    words = [t.lower_ for t in doc[body.tok_start:body.tok_end]]
    return len(words) > 2 and words[0] in BODY_FIRST_WORDS and words[1] in BODY_NAME_JOINERS | {"of"} \
        and words[-1] not in BODY_LAST_WORDS | ORG_SUFFIXES


def with_body_word_before(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Centre for | Civic Oversight': a capitalised body word and 'for' before a body's name are its own."""
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    out = []
    for m in mentions:
        # ('Cooperative for the | Development of Congo': an article may sit after the joiner.)
        s = m.tok_start - 1 if m.tok_start >= 3 and doc[m.tok_start - 1].lower_ in ARTICLES else m.tok_start
        # ('Institute for Marine and | Antarctic Studies': capitalised words listed before it too.)
        while s >= 4 and doc[s - 1].lower_ in ("and", ",") and doc[s - 2].is_title and s - 2 not in taken:
            s -= 2
        if m.label == "ORG" and s >= 2 and doc[s - 1].lower_ in BODY_NAME_JOINERS and s - 2 not in taken \
                and doc[s - 2].text[:1].isupper() and doc[s - 2].lower_ in BODY_FIRST_WORDS:
            span = doc[s - 2:m.tok_end]
            m = Mention(s - 2, m.tok_end, "ORG", span.text, span.start_char, span.end_char)
        out.append(m)
    return out


def without_false_bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names the model tags as bodies that are none: a time zone after a clock time ('by 1100 GMT',
    '9 a.m. EST'; the zone names are the time zone database's own upper-case keys), and a rank or
    title right before a person's name ('Brigadier General | Thein Lwin Oo'), a plural noun."""
    people = {m.tok_start for m in mentions if m.label == "PERSON"}
    return [m for m in mentions if m.label != "ORG" or not (
        m.text in CLOCK_ZONES and m.tok_start > 0
        and (doc[m.tok_start - 1].like_num or doc[m.tok_start - 1].lower_ in CLOCK_MARKS)
        or m.tok_end in people and is_title_head(doc[m.tok_end - 1])
        and all(t.is_title for t in doc[m.tok_start:m.tok_end])
        # ('Commuters struggled to find rides': a plural common noun opening a sentence.)
        or m.tok_end - m.tok_start == 1 and doc[m.tok_start].is_sent_start and doc[m.tok_start].tag_ == "NNS")]
