"""Where amounts are written: money and percentages by pattern over the body, counted
quantities from the parse (a number and the noun it counts).

What is not an amount (docs/amounts.md): a count of the dead, hurt, missing, rescued, displaced
or arrested (the casualties family holds it); a date, year, time, duration or age (the time
family); a score or range ('3-1', '20-30'); a label or a measure named by the word before it
('Flight 370', 'magnitude 6.3'); a number written in words ('three people'), which wire copy
uses for small, often vague counts.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from worker.core.extract.amounts.currencies import currencies, local_names
from worker.core.extract.amounts.lexicon import (
    CONTRAST_WORDS, LABEL_NOUNS, NOT_AMOUNT_BEFORE, NOT_OBJECTS, OTHER_PEOPLE, PEOPLE_HARMED_VERBS, PART_DETERMINERS, PART_OF, PERCENT_WORDS, PLURAL_TAG,
    POSSESSOR_WORDS, SCALE_SUFFIXES,
    SCALE_WORDS, SCORE_JOINERS, TIME_NOUNS, WEIGHT_FOLLOWER, WEIGHT_NAMES, YEAR_RANGE,
)
from worker.core.extract.casualties.lexicon import ADJ_TRIGGERS, NOUN_TRIGGERS, PERSON_NOUNS, VERB_TRIGGERS

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = re.compile(rf"^(?:{NUMBER})$")
_NOUNS = frozenset({"NOUN"})
_OBJECT_PARTS = frozenset({"NOUN", "ADJ", "PROPN", "VERB"})  # 'combat soldiers', 'water-dropping aircraft'
_MOST_OBJECT_WORDS = 4
_TIME_ENTITIES = frozenset({"DATE", "TIME"})  # '14 March talks': a date, whatever follows it
_OWNER_PARTS = frozenset({"PROPN", "NOUN", "DET"})  # 'Nigeria's', 'the company's'
_LABEL_PARTS = frozenset({"PROPN", "NOUN"})  # 'Order 14024', 'Bill 96': a name, not 'About 600'
_IN_ENTITY = frozenset({"B", "I"})
_ENTITY_INSIDE = "I"


@dataclass(frozen=True)
class Found:
    kind: str
    value: float
    unit: str | None
    object: str | None
    start: int
    end: int


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    c = currencies()
    scale = _alternation(list(SCALE_WORDS))
    codes = "(?-i:" + _alternation(sorted(c.codes)) + ")"
    # A suffix only straight after the digits ('€40m'); a scale word after a space or hyphen too.
    scaled = (rf"(?P<num>{NUMBER})(?:[\s-]?(?P<word>{scale})\b|(?P<suffix>[{''.join(SCALE_SUFFIXES)}])\b)?")
    # A symbol starts a word: 'Juniors 3-1' holds no 'Rs 3'.
    before = re.compile(rf"(?<![^\W\d_])(?P<cur>{_alternation(list(c.symbols))}|{codes}(?=\s?\d))\s?{scaled}",
                        re.IGNORECASE)
    # '2.5 million euros', and the adjective '1.1 billion-euro bid'.
    after = re.compile(rf"\b{scaled.replace('|(?P<suffix>', '|(?P<_x>')}(?:\s+|-)(?P<cur>{_alternation(list(c.names))}|{codes})\b",
                       re.IGNORECASE)
    percent = re.compile(rf"\b(?P<num>{NUMBER})\s?(?P<pct>{_alternation(list(PERCENT_WORDS))})(?!\w)", re.IGNORECASE)
    return before, after, percent


def _after_money(body: str, bracket: int) -> bool:
    """An amount of money ends right before the bracket at ``bracket``."""
    before, after, _ = _patterns()
    head = body[max(0, bracket - 60):bracket].rstrip()
    return any(m.end() == len(head) for p in (before, after) for m in p.finditer(head))


@lru_cache(maxsize=64)
def _local_pattern(country: str) -> re.Pattern[str] | None:
    names = local_names(country)
    if not names:
        return None
    scale = _alternation(list(SCALE_WORDS))
    return re.compile(rf"\b(?P<num>{NUMBER})(?:[\s-]?(?P<word>{scale})\b)?\s+(?P<cur>{_alternation(list(names))})\b",
                      re.IGNORECASE)


def _value(match: re.Match[str]) -> float:
    number = float(match.group("num").replace(",", ""))
    word = (match.groupdict().get("word") or "").lower()
    suffix = (match.groupdict().get("suffix") or "").lower()
    return round(number * SCALE_WORDS.get(word, SCALE_SUFFIXES.get(suffix, 1.0)), 6)


def money_and_percentages(body: str, country: str | None) -> list[Found]:
    before, after, percent = _patterns()
    c = currencies()
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for pattern in (before, after):
        for m in pattern.finditer(body):
            if any(s < m.end() and m.start() < e for s, e in taken) or _weight(body, m):
                continue
            taken.append((m.start(), m.end()))
            code = c.code(m.group("cur"), country)
            # '1,000 Australian dollars ($660)': a sign in brackets after an amount converts it
            # for readers abroad, in the sign's root reading (US dollars).
            if body[max(0, m.start() - 1):m.start()] == "(" and _after_money(body, m.start() - 1):
                code = c.defaults.get(m.group("cur"), code)
            found.append(Found("money", _value(m), code, None, m.start(), m.end()))
    if country and (local := _local_pattern(country)) is not None:
        for m in local.finditer(body):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                found.append(Found("money", _value(m), local_names(country)[m.group("cur").lower()], None,
                                   m.start(), m.end()))
    for m in percent.finditer(body):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append(Found("percent", _value(m), "percent", None, m.start(), m.end()))
    return found


def _weight(body: str, match: re.Match[str]) -> bool:
    """'500 pounds of cocaine' weighs; '500 pounds in fines' pays."""
    if match.group("cur").lower() not in WEIGHT_NAMES:
        return False
    return body[match.end():].lstrip().lower().startswith(WEIGHT_FOLLOWER + " ")


def _scored(tok: Token) -> bool:
    """'3-1', '20-30', '6:45': a number joined to another by a dash or colon."""
    doc = tok.doc
    left = tok.i >= 2 and doc[tok.i - 1].text in SCORE_JOINERS and doc[tok.i - 2].like_num
    right = tok.i + 2 < len(doc) and doc[tok.i + 1].text in SCORE_JOINERS and doc[tok.i + 2].like_num
    return left or right


def _labelled(tok: Token) -> bool:
    """'magnitude 6.3', 'Flight 370', a capitalised label noun ('Executive Order 14024', 'Bill 96',
    'Unit 731') or a name read as one entity with its number ('Boeing 737'): a thing named by its
    number, which counts nothing."""
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    # The name and its number one entity ('Executive Order 14024' a law, 'Unit 731' an
    # organisation), not a name beside a count ('gave Olafsen 6,412 votes').
    named = before.ent_iob_ in _IN_ENTITY and tok.ent_iob_ == _ENTITY_INSIDE
    return before.lower_ in NOT_AMOUNT_BEFORE or (before.is_title and (
        before.lower_ in LABEL_NOUNS or (before.pos_ in _LABEL_PARTS and named)))


def _object_head(last: Token) -> Token | None:
    """The noun a number counts: its parse head when that follows it closely, else the last noun
    of the words right after it ('12 water-dropping aircraft')."""
    doc = last.doc
    head = last.head
    if last.dep_ == "nummod" and head.pos_ in _NOUNS and 0 < head.i - last.i <= _MOST_OBJECT_WORDS:
        return head
    chosen = None
    for tok in doc[last.i + 1: min(len(doc), last.i + 1 + _MOST_OBJECT_WORDS)]:
        if tok.pos_ in _OBJECT_PARTS or tok.text == "-":
            chosen = tok if tok.pos_ in _NOUNS else chosen
            if tok.pos_ in _NOUNS and tok.tag_ in ("NNS", "NN") and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ not in _NOUNS:
                break
        else:
            break
    return chosen


def _whole_after(of: Token) -> Token | None:
    """The first word of the whole after 'of' in '34 of the 41 drones', '24 of Nigeria's 36 states':
    past a determiner ('the', 'its') or a possessive name ('Nigeria's', 'the company's')."""
    doc = of.doc
    at = of.i + 1
    if at < len(doc) and doc[at].lower_ in PART_DETERMINERS:
        at += 1
    owner = next((t for t in doc[at:at + POSSESSOR_WORDS + 1] if t.tag_ == "POS"), None)
    if owner is not None and all(t.pos_ in _OWNER_PARTS for t in doc[at:owner.i]):
        at = owner.i + 1
    return doc[at] if at < len(doc) and at > of.i + 1 else None


def _borrowed_object(last: Token, found: list[Found]) -> tuple[Token, str] | None:
    """What a bare number counts by the words around it: '34 of the 41 drones', '60 of the tanks'
    (the whole's noun) or '6,412 votes to 6,403' (the noun of the number it is set against)."""
    doc = last.doc
    if last.i + 1 < len(doc) and doc[last.i + 1].lower_ == PART_OF:
        start = _whole_after(doc[last.i + 1])
        if start is not None and _NUMBER.match(start.text):
            head = _object_head(start)
            if head is not None and not _told_as_casualties(head):
                return last, doc[start.i + 1: head.i + 1].text
        elif start is not None and start.pos_ in _OBJECT_PARTS:
            head = _object_head(doc[start.i - 1])
            if head is not None and head.tag_ == PLURAL_TAG and start.i <= head.i \
                    and head.lemma_.lower() not in TIME_NOUNS and not _told_as_casualties(head):
                return last, doc[start.i: head.i + 1].text
    if last.i >= 2 and doc[last.i - 1].lower_ in CONTRAST_WORDS and found and found[-1].object \
            and found[-1].end == doc[last.i - 2].idx + len(doc[last.i - 2]):
        return last, found[-1].object
    return None


def _told_as_casualties(head: Token) -> bool:
    """'killed more than 600 people', '148 people were injured', 'listed 30 residents as missing':
    people counted by a casualty word are a casualty count, even one the casualties family leaves
    out (an old disaster's toll), so never an amount."""
    if head.lemma_.lower() in NOUN_TRIGGERS:
        return True   # '5,000 deaths', '31 fatalities': a toll, whoever counts it
    if head.lemma_.lower() not in PERSON_NOUNS and head.lower_ not in PERSON_NOUNS | OTHER_PEOPLE:
        return False
    verb = head.head
    if verb.lemma_.lower() in VERB_TRIGGERS or verb.lemma_.lower() in PEOPLE_HARMED_VERBS or any(c.lower_ in ADJ_TRIGGERS for c in verb.children):
        return True
    after = head.doc[head.i + 1: head.i + 4]
    return any(t.lower_ in ADJ_TRIGGERS for t in after)


def quantities(doc: Doc, taken: list[tuple[int, int]]) -> list[Found]:
    found: list[Found] = []
    for tok in doc:
        if not _NUMBER.match(tok.text) or any(s <= tok.idx < e for s, e in taken):
            continue
        number = float(tok.text.replace(",", ""))
        if "," not in tok.text and "." not in tok.text and YEAR_RANGE[0] <= number <= YEAR_RANGE[1]:
            continue
        # '100-bed', '12-hour': a number in a compound modifier describes, it does not count.
        hyphened = not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
        if hyphened or _scored(tok) or _labelled(tok):
            continue
        last = tok
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in SCALE_WORDS:
            last = doc[tok.i + 1]
            number *= SCALE_WORDS[last.lower_]
        head = _object_head(last)
        borrowed = _borrowed_object(last, found) if head is None else None
        if borrowed is not None:
            end_tok, obj_text = borrowed
            found.append(Found("quantity", round(number, 6), None, obj_text, tok.idx, end_tok.idx + len(end_tok)))
            continue
        if head is None or head.lemma_.lower() in TIME_NOUNS or head.lower_ in TIME_NOUNS \
                or head.lower_ in NOT_OBJECTS or head.sent != tok.sent or _told_as_casualties(head):
            continue
        obj = doc[last.i + 1: head.i + 1]
        if any(t.ent_type_ in _TIME_ENTITIES for t in obj):
            continue
        found.append(Found("quantity", round(number, 6), None, obj.text, tok.idx, obj.end_char))
    return found
