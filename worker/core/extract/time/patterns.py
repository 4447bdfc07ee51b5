"""The spaCy ``Matcher`` patterns that find time phrases: data, kept apart from the code that runs them.

Each label's patterns are token descriptions over the words in ``lexicon``; ``timex`` compiles
them once per vocabulary.
"""

from typing import Any

from worker.core.extract.time.lexicon import (
    CLOCK_ZONES, EXTRA_WORDS, ONE_ARTICLES, PARTS_OF_DAY, QUARTERS, RANGE_WORDS, RATELESS_UNITS, SEASONS, TOLD_PART_PREPS,
    TOLD_PARTS, UNITS, WEEKDAYS, WITHIN_DAY_WORDS,
)
from worker.core.extract.time.resolve import MONTHS

_UNIT_FORMS = UNITS + [u + "s" for u in UNITS] + ["centuries"]
_YEAR: Any = {"TEXT": {"REGEX": r"^(1[89]|20)\d\d$"}}
_DAYNUM: Any = {"TEXT": {"REGEX": r"^\d{1,2}(st|nd|rd|th)?$"}}
_MONTH: Any = {"LOWER": {"IN": list(MONTHS)}}
_WEEKDAY: Any = {"LOWER": {"IN": WEEKDAYS}}
_NUMBER: Any = {"LIKE_NUM": True}
_POINT: Any = [_MONTH, _DAYNUM]

PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "RELATIVE_DAY": [[{"LOWER": {"IN": ["today", "yesterday", "tomorrow", "tonight"]}}],
                     [{"LOWER": {"IN": ["last", "this"]}}, {"LOWER": {"IN": sorted(PARTS_OF_DAY)}}]],
    "TOLD_PART": [[{"LOWER": {"IN": TOLD_PART_PREPS}}, {"LOWER": "the", "OP": "?"},
                   {"LOWER": {"IN": ["early", "late"]}, "OP": "?"}, {"LOWER": {"IN": TOLD_PARTS}}]],
    "RELATIVE_PERIOD": [[{"LOWER": {"IN": ["this", "next", "last", "past", "coming"]}},
                         {"LOWER": {"IN": ["week", "weekend", "month", "year"]}}]],
    "WEEKDAY": [[{"LOWER": {"IN": ["next", "last", "this"]}, "OP": "?"}, _WEEKDAY,
                 {"LOWER": {"IN": sorted(PARTS_OF_DAY)}, "OP": "?"}],
                [{"LOWER": {"IN": WITHIN_DAY_WORDS}}, {"LOWER": "on", "OP": "?"}, _WEEKDAY,
                 {"LOWER": {"IN": sorted(PARTS_OF_DAY)}, "OP": "?"}]],
    "DATE": [
        [_MONTH, _DAYNUM],
        [_MONTH, _DAYNUM, {"ORTH": ",", "OP": "?"}, _YEAR],
        [_DAYNUM, _MONTH],
        [_DAYNUM, _MONTH, _YEAR],
        [_MONTH, _YEAR],
        [{"LOWER": {"IN": ["in", "since", "until", "by", "from", "before", "after", "during", "of"]}}, _MONTH],
        [{"LOWER": {"IN": ["in", "since", "until", "by", "from", "before", "after", "during", "of"]}}, _YEAR],
        [{"LOWER": {"IN": sorted(QUARTERS)}}, {"ORTH": "-"}, {"LOWER": "quarter"}],
        [{"LOWER": "first"}, _NUMBER, {"LOWER": "months"}, {"LOWER": "of"}, {"LOWER": {"IN": ["the", "this"]}},
         {"LOWER": "year"}],
        [{"LOWER": "first"}, _NUMBER, {"LOWER": "months"}, {"LOWER": "of"}, _YEAR],
    ],
    "RANGE": [
        [_MONTH, _DAYNUM, {"LOWER": {"IN": RANGE_WORDS}}, _MONTH, _DAYNUM],
        [_MONTH, _DAYNUM, {"LOWER": {"IN": RANGE_WORDS}}, _DAYNUM],
        [_MONTH, _DAYNUM, {"LOWER": {"IN": RANGE_WORDS}}, _DAYNUM, {"ORTH": ","}, _YEAR],
        [_DAYNUM, {"LOWER": {"IN": RANGE_WORDS}}, _DAYNUM, _MONTH],
        [{"LOWER": {"IN": ["between", "from"]}}, _WEEKDAY, {"LOWER": {"IN": ["and", "to", "until"]}}, _WEEKDAY],
        [{"LOWER": {"IN": ["between", "from"]}}, _YEAR, {"LOWER": {"IN": ["and", "to", "until"]}}, _YEAR],
        [{"LOWER": {"IN": ["between", "from"]}}, _MONTH, {"LOWER": {"IN": ["and", "to", "until"]}}, _MONTH],
    ],
    "DURATION": [
        [_NUMBER, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": _UNIT_FORMS}}],
        [_NUMBER, {"LOWER": {"IN": EXTRA_WORDS}}, {"LOWER": {"IN": _UNIT_FORMS}}],
        [{"LOWER": {"IN": sorted(ONE_ARTICLES)}}, {"LOWER": {"IN": sorted(RATELESS_UNITS)}}],
        [_NUMBER, {"LOWER": {"IN": _UNIT_FORMS}}, {"LOWER": {"IN": ["ago", "earlier"]}}],
    ],
    "SEASON": [
        [{"LOWER": {"IN": ["early", "late", "mid"]}, "OP": "?"}, {"LOWER": {"IN": sorted(SEASONS)}},
         {"ORTH": ",", "OP": "?"}, {"LOWER": "of", "OP": "?"}, _YEAR],
        [{"LOWER": {"IN": ["this", "next", "last", "coming", "past"]}}, {"LOWER": {"IN": sorted(SEASONS)}}],
    ],
    "CLOCK": [
        [{"TEXT": {"REGEX": r"^\d{1,2}(:\d\d)?$"}}, {"LOWER": {"IN": ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"]}}],
        [{"TEXT": {"REGEX": r"^\d{1,2}(:\d\d)?(am|pm)$"}}],
        [{"LOWER": {"IN": ["noon", "midnight"]}}],
        [{"TEXT": {"REGEX": r"^([01]\d|2[0-3])[0-5]\d$"}}, {"LOWER": {"IN": CLOCK_ZONES}}],
    ],
}
