"""Seasons as TIMEX3 values: 'the summer of 2021' (2021-SU), 'spring 2027', 'next spring' and
'this winter' placed by the publication date. A season with no year and no 'this', 'next' or
'last' ('late summer') is left out: which year it means is the reader's guess. South of the
equator the seasons run six months apart: 'last winter' in a December story from New Zealand is
the winter of that year (June to August), not the northern one that began the December before."""

import re
from datetime import date

from worker.core.extract.time.lexicon import SEASON_AHEAD, SEASON_BEHIND, SEASON_STARTS, SEASONS

_SEASON = "(" + "|".join(SEASONS) + ")"
_DATED = re.compile(r"(?:(?:early|late|mid)[ -]?)?" + _SEASON + r",? (?:of )?((?:1[89]|20)\d\d)")
_RELATIVE = re.compile(r"(this|next|last|coming|past) " + _SEASON)


def season(text: str, ref: date, southern: bool = False) -> str | None:
    """The TIMEX3 value of a season phrase, or None when the phrase is no season."""
    if (m := _DATED.fullmatch(text)) is not None:
        return f"{m.group(2)}-{SEASONS[m.group(1)]}"
    if (m := _RELATIVE.fullmatch(text)) is None:
        return None
    code = SEASONS[m.group(2)]
    start = (SEASON_STARTS[code] + 5) % 12 + 1 if southern else SEASON_STARTS[code]
    if m.group(1) in SEASON_AHEAD:
        year = ref.year if start > ref.month else ref.year + 1
    elif m.group(1) in SEASON_BEHIND:
        year = ref.year if start < ref.month else ref.year - 1
    else:
        year = ref.year
    return f"{year}-{code}"


def relative_season(text: str) -> bool:
    """'last winter', 'next spring': a season placed by the publication date alone."""
    return _RELATIVE.fullmatch(text.lower().removeprefix("the ")) is not None
