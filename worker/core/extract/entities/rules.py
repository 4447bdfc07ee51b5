"""Repairs of the model's entity mentions from their surroundings, before consolidation.

Small models get names right more often than labels and span edges. These rules use the
words around a mention, never a list of particular names:

* spans start at a capital ("meet European Union" -> "European Union") and take in the
  capitalised words of the same name before them ("Tasman" + "Feeder") and an ordinal;
* a lower-case organisation noun before a name says what it is ("shipping line X", "the
  Mercosur bloc", "the Ukrainian air force");
* a name after a locative preposition or before a place noun is a place ("from Aurora",
  "near Bogura", "the Sirajganj and Bogura districts");
* a portfolio belongs to the title ("Disaster Management Minister", "Secretary of State X");
* a one-word "person" that only ever opens a sentence and never speaks ("Debris hit ...")
  or a ship's name ("the vessel Coral Dawn") is no person;
* two halves joined by "and" are one body (see ``bodies.merge_and_pairs``).
"""

import re
from collections import defaultdict

from spacy.tokens import Doc, Token

from worker.core.extract.common import doc_cache as doc_cache
from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.common.lexicon import OCCUPATION_ENDINGS, SPEECH_VERBS, TITLE_HEADS
from worker.core.extract.entities.lexicon import (
    BODY_HEADS, DISEASE_NOUNS, BODY_LAST_WORDS, HONORIFICS, NAMELESS_NATIONAL_HEADS, FEATURE_FIRST_WORDS, FEATURE_LAST_WORDS, GENERIC_BODIES,
    LOCATIVE_PREPS, GOVERNED_PLACE_NOUNS, NAME_TITLES, ORG_KIND_NOUNS, ORG_SUFFIXES, PLACE_NOUNS, PORTFOLIOS,
    POSSESSIVE_S, STORM_WORDS, SUBURB_WORDS, NATIONAL_BODIES, TITLE_AFTER_PORTFOLIO, TRAVEL_VERBS)
from worker.core.extract.entities import clubs
from worker.core.extract.entities.acronyms import with_acronym_words_before
from worker.core.extract.entities.false_persons import drop_false_persons
from worker.core.extract.entities.edges import joined_names, without_lower_edges
from worker.core.extract.entities.hyphens import with_hyphenated_given_names
from worker.core.extract.entities.bodies import merge_and_pairs, missed_bodies, \
    with_body_word_before, without_false_bodies
from worker.core.extract.entities.lower_bodies import lower_case_bodies
from worker.core.extract.entities.missed_places import stray_places
from worker.core.extract.entities.roles import Mention
from worker.core.extract.entities.title_words import is_title_head, past_portfolio, title_of_portfolio

def repair(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions with corrected edges and labels, plus organisations the model missed."""
    out: list[Mention] = []
    # 'Marburg virus disease' ... 'Tanzania's first Marburg outbreak': the disease's name throughout.
    diseases = {m.text for m in mentions if _names_a_disease(doc, m)}
    for m in mentions:
        fixed = _trim_and_extend(doc, m)
        if fixed is None or _is_portfolio(doc, fixed) or _is_generic_body(doc, fixed) \
                or doc[fixed.tok_start].lower_ in STORM_WORDS or fixed.text.lower() in TITLE_HEADS \
                or fixed.text in diseases:
            continue
        _relabel_by_context(doc, fixed)
        out.append(_person_after_title(doc, fixed))
    out = missed_bodies(doc, merge_and_pairs(doc, out))
    # "Northbridge chairman X" after "Northbridge United": a short form of the organisation.
    org_heads = {m.text.split()[0] for m in out if m.label == "ORG" and m.tok_end - m.tok_start > 1}
    for m in out:
        if m.label == "PERSON" and m.tok_end - m.tok_start == 1 and m.text in org_heads:
            m.label = "ORG"
    out.extend(_missed_organisations(doc, out))
    out.extend(lower_case_bodies(doc, out))
    out.extend(stray_places(doc, out))
    out = with_acronym_words_before(doc, with_body_word_before(doc, drop_false_persons(doc, clubs.relabel(doc, out))))
    out = with_hyphenated_given_names(doc, out)
    out = without_false_bodies(doc, joined_names(doc, out))
    return sorted(out, key=lambda m: m.tok_start)


def _names_a_disease(doc: Doc, m: Mention) -> bool:
    """'the Marburg virus', 'Lassa fever': a town a disease is named after is no place of the story."""
    after = doc[m.tok_end] if m.tok_end < len(doc) else None
    return m.label in ("GPE", "LOC", "PERSON", "ORG") and after is not None and after.is_lower \
        and after.lower_ in DISEASE_NOUNS


def _make(doc: Doc, start: int, end: int, label: str) -> Mention:
    span = doc[start:end]
    return Mention(start, end, label, span.text, span.start_char, span.end_char)


def _is_name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ == "PROPN" and not tok.ent_type_ \
        and not is_title_head(tok) and tok.lower_ not in DEMONYMS and tok.lower_ not in HONORIFICS   # 'Ondo Gov. X'


def _trim_and_extend(doc: Doc, m: Mention) -> Mention | None:
    start, end = without_lower_edges(doc, m.tok_start, m.tok_end, m.label)
    if start >= end:
        return None
    # "Tasman Feeder" tagged as "Feeder": take in capitalised words compounded onto the name.
    while start > 0 and _is_name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i in range(start, end) \
            and doc[start - 1].i != doc[start - 1].sent.start:
        start -= 1
    start -= m.label == "ORG" and start > 0 and bool(re.fullmatch(r"\d+(st|nd|rd|th)", doc[start - 1].text))
    if (cut := past_portfolio(doc, start, end)) > start:   # 'Director of | Public Prosecutions Jane X'
        return _make(doc, cut, end, "PERSON")
    # "Cocoa Farmers Alliance of Ghana": a body's name may end in the country it is of.
    if m.label == "ORG" and doc[end - 1].lower_ in BODY_LAST_WORDS and end + 1 < len(doc) \
            and doc[end].lower_ == "of" and doc[end + 1].ent_type_ == "GPE" and doc[end + 1].ent_iob_ == "B":
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "GPE":
            end += 1
    # "Ofori-Mensah", "Sary-Kamysh": the tokenizer splits hyphenated names; keep them whole.
    while start >= 2 and hyphen_joined(doc, start - 2) and doc[start - 2].text[:1].isupper():
        start -= 2
    while end + 1 < len(doc) and hyphen_joined(doc, end - 1) and doc[end + 1].text[:1].isupper():
        end += 2
    if (start, end) == (m.tok_start, m.tok_end):
        return m
    return _make(doc, start, end, m.label)


def hyphen_joined(doc: Doc, i: int) -> bool:
    """Tokens i and i + 2 are one word joined by the hyphen at i + 1."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ \
        and not doc[i + 1].whitespace_ and doc[i].is_alpha and doc[i + 2].is_alpha


def _person_after_title(doc: Doc, m: Mention) -> Mention:
    """'Magistrate Yvonne Tasker' tagged as an organisation is the magistrate's name after her title."""
    words = doc[m.tok_start + 1:m.tok_end]
    first = doc[m.tok_start].lower_   # "Hydrologist Mira Holt": an occupation by its ending too
    if m.label in ("ORG", "FAC", "GPE", "PRODUCT") and (first in NAME_TITLES or first.endswith(OCCUPATION_ENDINGS)) \
            and doc[m.tok_start].text[:1].isupper() and 2 <= len(words) <= 3 \
            and all(t.text[:1].isupper() and t.is_alpha and t.pos_ == "PROPN" for t in words) \
            and words[-1].lower_ not in ORG_SUFFIXES | FEATURE_LAST_WORDS:
        return _make(doc, m.tok_start + 1, m.tok_end, "PERSON")
    return m


def _is_portfolio(doc: Doc, m: Mention) -> bool:
    """'Disaster Management' in 'Disaster Management Minister X' is part of the title."""
    if m.label != "ORG" or m.tok_end >= len(doc):
        return False
    nxt = doc[m.tok_end]
    if nxt.pos_ == "PROPN" and (head := title_of_portfolio(doc, m.tok_end)) is not None and head < m.tok_start:
        return True
    last = doc[m.tok_end - 1].lower_
    # "Ethiopian Energy Minister": a nationality and a portfolio, even one a company may end in.
    first = doc[m.tok_start]
    national = (first.lower_ in DEMONYMS or first.pos_ == "ADJ") and m.tok_end - m.tok_start > 1 \
        and all(t.lower_ in PORTFOLIOS for t in doc[m.tok_start + 1:m.tok_end])
    return nxt.lower_ in TITLE_AFTER_PORTFOLIO and nxt.text[:1].isupper() \
        and (last not in ORG_SUFFIXES or national) and not m.text.isupper()


def _is_generic_body(doc: Doc, m: Mention) -> bool:
    """'Army'; 'Coast guard crews ...' capitalised only as the sentence opens; 'the Omani foreign
    ministry': a kind of body, its other words in lower case, not a body's name."""
    words = doc[m.tok_start:m.tok_end]
    rest_lower = len(words) > 1 and all(t.is_lower for t in words[1:])
    return m.label == "ORG" and ((len(words) == 1 and words[0].lower_ in GENERIC_BODIES) or (rest_lower and (
        words[0].is_sent_start or (words[0].lower_ in DEMONYMS and words[-1].lower_ in NAMELESS_NATIONAL_HEADS))))


def _relabel_by_context(doc: Doc, m: Mention) -> None:
    root = doc[m.tok_start:m.tok_end].root
    before = doc[m.tok_start - 1] if m.tok_start > 0 else None
    after = doc[m.tok_end] if m.tok_end < len(doc) else None
    words = m.text.split()
    if m.label in ("PERSON", "ORG") and len(words) > 1 and words[-1][:1].isupper() and (
            words[-1].lower() in FEATURE_LAST_WORDS or words[0].lower() in FEATURE_FIRST_WORDS):
        m.label = "LOC"   # "the Loup River", "Lake Kivu"
    elif m.label == "PERSON" and _in_capitals_elsewhere(doc, m):
        m.label = "GPE"   # "KESTREL FALLS, Nebraska —": a name the dateline spells in capitals
    elif m.label in ("PERSON", "ORG") and before is not None and before.lower_ == "of" \
            and m.tok_start > 1 and doc[m.tok_start - 2].lower_ in PLACE_NOUNS | SUBURB_WORDS | GOVERNED_PLACE_NOUNS:
        m.label = "GPE"   # "the northern suburb of Elizabeth"
    elif before is not None and before.lower_ in ORG_KIND_NOUNS and before.dep_ == "compound" \
            and m.label in ("PERSON", "GPE", "LOC", "FAC", "NORP"):
        m.label = "ORG"   # "shipping line Tasman Feeder"
    elif m.label in ("PERSON", "ORG") and ((after is not None and after.lower_ in PLACE_NOUNS
                                           and after.is_lower) or _qualifies_place_noun(root)):
        m.label = "GPE"   # "the Sirajganj and Bogura districts"
    elif m.label in ("PERSON", "ORG") and m.tok_end - m.tok_start == 1 \
            and not m.text.isupper() and root.dep_ in ("pobj", "conj") \
            and _locative_head(root) and m.text[-1:].isalpha() \
            and doc[m.tok_start].lower_ not in ORG_SUFFIXES:
        m.label = "GPE"   # "a man from Aurora", "near Bogura"


def _in_capitals_elsewhere(doc: Doc, m: Mention) -> bool:
    """Wire copy spells only the dateline's place in capitals; a person's name is never there."""
    if m.text.isupper() or not any(c.islower() for c in m.text):
        return False
    head = doc_cache.text(doc)[:200]
    at = head.find(m.text.upper())
    return at >= 0 and (at == 0 or not head[at - 1].isalpha()) \
        and not head[at + len(m.text):at + len(m.text) + 1].isalpha()


def _qualifies_place_noun(tok: Token) -> bool:
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("compound", "nmod", "amod") and node.head.lower_ in PLACE_NOUNS \
        and node.head.is_lower


def _locative_head(tok: Token) -> bool:
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj":
        return False
    prep = node.head
    # "bound for Cebu", "left for Geneva": 'for' after a verb of travel points to a place.
    return prep.lower_ in LOCATIVE_PREPS or (prep.lower_ == "for" and prep.head.lemma_ in TRAVEL_VERBS)


def _missed_organisations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    taken = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    nationalities = {m.tok_start: m for m in mentions if m.label == "NORP"
                     and m.tok_end - m.tok_start == 1}
    found: list[Mention] = []
    for tok in doc:
        if tok.i in taken and tok.i not in nationalities:
            continue
        # "the Mercosur bloc": a bare proper name qualifying an organisation noun.
        if _is_name_word(tok) and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ORG_KIND_NOUNS \
                and doc[tok.i + 1].is_lower and tok.i > tok.sent.start and tok.head.i == tok.i + 1:
            start = tok.i
            while start - 1 > tok.sent.start and _is_name_word(doc[start - 1]) \
                    and start - 1 not in taken:
                start -= 1
            found.append(_make(doc, start, tok.i + 1, "ORG"))
            taken.update(range(start, tok.i + 1))
            continue
        # "Greece's civil protection ministry": a place's own lower-case body.
        if tok.lower_ in BODY_HEADS and tok.is_lower:
            body = _possessed_body(doc, tok, mentions, taken)
            if body is not None:
                found.append(body)
                taken.update(range(body.tok_start, body.tok_end))
                continue
        # "the Ukrainian air force": a nationality and a lower-case national body.
        if tok.text[:1].isupper() and tok.lower_ in DEMONYMS:
            for national in NATIONAL_BODIES:
                words = [t.lower_ for t in doc[tok.i + 1:tok.i + 1 + len(national)]]
                if tuple(words) == national and all(doc[tok.i + 1 + k].is_lower for k in range(len(national))):
                    end = tok.i + 1 + len(national)
                    if not taken.intersection(range(tok.i + 1, end)):
                        if tok.i in nationalities:
                            mentions.remove(nationalities[tok.i])
                        found.append(_make(doc, tok.i, end, "ORG"))
                        taken.update(range(tok.i, end))
                    break
            continue
        if tok.i in taken:
            continue
        # "Seismologist Leyla Aksoy of ...": a title followed by an untagged two-word name.
        if is_title_head(tok) and tok.i + 2 < len(doc):
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and _is_name_word(doc[end]) \
                    and end not in taken and doc[end].lower_ not in ORG_SUFFIXES:
                end += 1
            if 2 <= end - tok.i - 1 <= 3 and (end == len(doc) or not doc[end].text[:1].isupper()):
                found.append(_make(doc, tok.i + 1, end, "PERSON"))
                taken.update(range(tok.i + 1, end))
    return found


def _possessed_body(doc: Doc, head: Token, mentions: list[Mention], taken: set[int]
                    ) -> Mention | None:
    start = head.i
    while start > 0 and head.i - start < 3 and doc[start - 1].is_lower \
            and doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN") and start - 1 not in taken:
        start -= 1
    if start == head.i or start < 2 or doc[start - 1].text not in POSSESSIVE_S:
        return None
    owner = next((m for m in mentions if m.tok_end == start - 1), None)
    if owner is None or owner.label not in ("GPE", "LOC"):
        return None
    # "France's civil aviation authority, the Direction generale ...": a description of the body
    # named in apposition, not a body of its own.
    if head.i + 1 < len(doc) and doc[head.i + 1].text == "," and any(
            m.label == "ORG" and head.i + 2 <= m.tok_start <= head.i + 3 for m in mentions):
        return None
    return _make(doc, start, head.i + 1, "ORG")
