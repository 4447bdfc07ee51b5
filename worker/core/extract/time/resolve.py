"""Pure resolution of time phrases against a reference date (no spaCy here).

Every phrase is read as a set of candidate readings and one is chosen by the tense of the
clause it sits in: 'Sunday' in 'will travel on Sunday' is the coming one, in 'met on Sunday'
the last one. Values follow TIMEX3 / ISO 8601: 2025-08-29, 2025-W36, 2025-09, 2025, P3Y, PT20H,
2025-08-29T15:00, and ranges as (start, end).
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

from worker.core.extract.common.numbers import word_to_int
from worker.core.extract.time.seasons import season
from worker.core.extract.time.lexicon import (
    AMBIGUOUS_MONTHS, DATED_UNITS, EXTRA_WORDS, NOON_WORDS, ONE_ARTICLES, PART_OF_DAY_CODES, QUARTERS,
    RELATIVE_MODIFIERS, RATELESS_UNITS, TODAY_WORDS, WEEKDAYS, WEEK_UNITS, YESTERDAY_WORDS,
)

Direction = Literal["past", "future", "unknown"]
Kind = Literal["date", "time", "duration", "set", "range"]

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1,
):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
    MONTHS[_name[:3] + "."] = _i
MONTHS.update({"sept": 9, "sept.": 9})
MONTH_WORDS = sorted(MONTHS, key=len, reverse=True)

UNIT_CODES: dict[str, tuple[str, str]] = {
    "year": ("P", "Y"), "month": ("P", "M"), "week": ("P", "W"), "day": ("P", "D"),
    "decade": ("P", "DE"), "century": ("P", "CE"),
    "hour": ("PT", "H"), "minute": ("PT", "M"), "second": ("PT", "S"),
}


@dataclass(frozen=True)
class Resolved:
    kind: Kind
    value: str | tuple[str, str]
    part_of_day: str | None = None   # TIMEX3's MO, AF, EV or NI on a date


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def resolve_weekday(weekday: int, ref: date, direction: Direction, modifier: str | None = None) -> date:
    """The date a weekday name means, seen from ``ref``.

    Past (and unknown: wire copy mostly reports what happened) looks back up to six days, the
    same day counting as today; future looks forward the same way. 'next'/'last' never mean
    today; 'this' stays inside the reference's ISO week.
    """
    delta = weekday - ref.weekday()
    if modifier == "this":
        return ref + timedelta(days=delta)
    if modifier == "next" or (direction == "future" and modifier != "last"):
        ahead = delta % 7
        if modifier == "next" and ahead == 0:
            ahead = 7
        return ref + timedelta(days=ahead)
    back = (-delta) % 7
    if modifier == "last" and back == 0:
        back = 7
    return ref - timedelta(days=back)


def resolve_month_year(month: int, ref: date, direction: Direction) -> int:
    """Which year a bare month (or month and day) belongs to."""
    if direction == "future":
        return ref.year if month >= ref.month else ref.year + 1
    if direction == "past":
        return ref.year if month <= ref.month else ref.year - 1
    # No tense to go by: the reading within six months of the reference.
    diff = month - ref.month
    if diff > 6:
        return ref.year - 1
    if diff < -6:
        return ref.year + 1
    return ref.year


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"'s$", "", text.strip())
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\s+", " ", text)
    # 'Later on Wednesday' is Wednesday; 'early on Friday' reads as 'early Friday'.
    for _ in range(2):
        text = re.sub(r"^(the|on|in|at|by|since|until|during|of|for|within|earlier|later) ", "", text)
    text = re.sub(r"^(early|late) on ", r"\1 ", text)
    return text.strip(" ,.") if not re.search(r"\b(a\.m|p\.m|sept|jan|feb|aug|oct|nov|dec)\.$", text) else text


def _duration(number: str, unit: str) -> str | None:
    count = word_to_int(number) if number not in ONE_ARTICLES else 1
    unit = unit.rstrip("s")
    if count is None or unit not in UNIT_CODES:
        return None
    prefix, code = UNIT_CODES[unit]
    if code == "DE":
        return f"P{count * 10}Y"
    if code == "CE":
        return f"P{count * 100}Y"
    return f"{prefix}{count}{code}"


_NUM = r"(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
_UNIT = r"(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))"
_MONTH = "(" + "|".join(re.escape(m) for m in MONTH_WORDS) + ")"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:1[89]|20)\d\d)"


def _month_day(month: int, day: int, year: int | None, ref: date, direction: Direction) -> str | None:
    if year is None:
        year = resolve_month_year(month, ref, direction)
        # Same month: the day decides which side of the reference it falls.
        if month == ref.month and direction == "future" and day < ref.day:
            year += 1
        if month == ref.month and direction == "past" and day > ref.day:
            year -= 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _single(text: str, ref: date, direction: Direction) -> Resolved | None:
    """One point or period in time (not a range)."""
    if text in TODAY_WORDS:
        return Resolved("date", ref.isoformat())
    if text in YESTERDAY_WORDS:
        return Resolved("date", (ref - timedelta(days=1)).isoformat())
    if text == "tomorrow":
        return Resolved("date", (ref + timedelta(days=1)).isoformat())
    m = re.fullmatch(r"(this|next|last|coming|past) (week|weekend|month|year)", text)
    if m:
        which, unit = m.groups()
        if which == "past":
            return Resolved("duration", _duration("1", unit) or "P1W") if unit != "weekend" else None
        step = {"this": 0, "coming": 1, "next": 1, "last": -1}[which]
        if unit in WEEK_UNITS:
            value = iso_week(ref + timedelta(weeks=step))
            return Resolved("date", value + ("-WE" if unit == "weekend" else ""))
        if unit == "month":
            return Resolved("date", (ref + relativedelta(months=step)).strftime("%Y-%m"))
        return Resolved("date", str(ref.year + step))
    m = re.fullmatch(r"(?:(early|late|next|last|this) )?(" + "|".join(WEEKDAYS) + r")(?:'s)?(?: (morning|afternoon|evening|night))?", text)
    if m:
        # 'Friday evening' is the day and its part, as TIMEX3 writes it: 2025-08-29TEV.
        modifier, name, part = m.groups()
        modifier = modifier if modifier in RELATIVE_MODIFIERS else None
        on = resolve_weekday(WEEKDAYS.index(name), ref, direction, modifier).isoformat()
        return Resolved("date", on, PART_OF_DAY_CODES.get(part or ""))
    m = re.fullmatch(r"(?:(?:early|late) )?(morning|afternoon|evening)", text)
    if m:
        # 'the afternoon' alone: the resolver's day until the story says which (see ``timex``).
        return Resolved("date", ref.isoformat(), PART_OF_DAY_CODES[m.group(1)])
    m = re.fullmatch(r"(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[ -]quarter(?: of " + _YEAR + ")?", text)
    if m:
        return Resolved("date", f"{m.group(2) or ref.year}-Q{QUARTERS[m.group(1)]}")
    # 'the first nine months of the year': January to the month it names, a range.
    m = re.fullmatch(r"first " + _NUM + r" months of (?:the year|this year|" + _YEAR + ")", text)
    count = word_to_int(m.group(1)) if m else None
    if m and count is not None and 1 < count < 12:
        year = m.group(2) or str(ref.year)
        return Resolved("range", (f"{year}-01", f"{year}-{count:02d}"))
    m = re.fullmatch(r"(first|second) half of (?:the year|this year|" + _YEAR + ")", text)
    if m:
        return Resolved("date", f"{m.group(2) or ref.year}-H{1 if m.group(1) == 'first' else 2}")
    m = re.fullmatch(r"(?:end|start|beginning|middle) of (?:the |this )?(year|month)", text)
    if m:
        return Resolved("date", str(ref.year) if m.group(1) == "year" else ref.strftime("%Y-%m"))
    m = re.fullmatch(r"(?:end|start|beginning|middle) of " + _MONTH + r"(?:,? " + _YEAR + ")?", text)
    if m:
        month = MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else resolve_month_year(month, ref, direction)
        return Resolved("date", f"{year}-{month:02d}")
    m = re.fullmatch(_MONTH + " " + _DAY + r"(?:,? " + _YEAR + ")?", text)
    if m:
        day = _month_day(MONTHS[m.group(1)], int(m.group(2)), int(m.group(3)) if m.group(3) else None, ref, direction)
        return Resolved("date", day) if day else None
    m = re.fullmatch(_DAY + " " + _MONTH + r"(?:,? " + _YEAR + ")?", text)
    if m:
        day = _month_day(MONTHS[m.group(2)], int(m.group(1)), int(m.group(3)) if m.group(3) else None, ref, direction)
        return Resolved("date", day) if day else None
    m = re.fullmatch(r"(?:(?:early|mid|late|mid-)[ -]?)?" + _MONTH + r"(?:,? " + _YEAR + ")?", text)
    if m and (m.group(2) or m.group(1) not in AMBIGUOUS_MONTHS):
        month = MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else resolve_month_year(month, ref, direction)
        return Resolved("date", f"{year}-{month:02d}")
    m = re.fullmatch(r"(?:(?:early|mid|late)[ -]?)?" + _YEAR, text)
    if m:
        return Resolved("date", m.group(1))
    m = re.fullmatch(r"((?:1[89]|20)\d)0'?s", text)
    if m:
        return Resolved("date", m.group(1))
    m = re.fullmatch(_NUM + r"[ -]" + _UNIT + r" (ago|earlier|before)", text)
    if m:
        count = word_to_int(m.group(1)) if m.group(1) not in ONE_ARTICLES else 1
        unit = m.group(2).rstrip("s")
        if count is None or unit not in DATED_UNITS:
            return None
        past = ref - relativedelta(**{unit + "s": count})
        shape = {"year": "%Y", "month": "%Y-%m", "week": "%Y-%m-%d", "day": "%Y-%m-%d"}[unit]
        # ("a week ago": the day seven days back, as the annotated stories read it.)
        return Resolved("date", past.strftime(shape))
    m = re.fullmatch(r"((?:(?:past|last|next|coming|first|nearly|almost|about|more than|over|some|at least|least|another|the) )*)"
                     + _NUM + r"[ -](?:(?:" + "|".join(EXTRA_WORDS) + r") )?" + _UNIT + r"(?:-long| long)?", text)
    # A bare 'a day' is usually a rate ('14,000 commuters a day'); 'at least a week' is a span;
    # 'a decade' is never a rate.
    if m and (m.group(2) not in ONE_ARTICLES or m.group(1) or m.group(3).rstrip("s") in RATELESS_UNITS):
        span = _duration(m.group(2), m.group(3))
        return Resolved("duration", span) if span else None
    return _clock(text, ref)


def _clock(text: str, day: date) -> Resolved | None:
    if text in NOON_WORDS:
        return Resolved("time", f"{day.isoformat()}T12:00")
    if text == "midnight":
        return Resolved("time", f"{day.isoformat()}T00:00")
    # A wire's four-digit clock in a zone: 'by 1000 GMT'.
    m = re.fullmatch(r"(?:about |around |at |by )?([01]\d|2[0-3])([0-5]\d) (?:gmt|utc)", text)
    if m:
        return Resolved("time", f"{day.isoformat()}T{m.group(1)}:{m.group(2)}")
    m = re.fullmatch(r"(?:about |around |at )?(\d{1,2})(?::(\d\d))? ?(a\.?m\.?|p\.?m\.?)(?: local time| gmt| utc| et| edt)?", text)
    if m:
        hour = int(m.group(1)) % 12 + (12 if m.group(3).startswith("p") else 0)
        minute = int(m.group(2) or 0)
        if hour > 23 or minute > 59:
            return None
        return Resolved("time", f"{day.isoformat()}T{hour:02d}:{minute:02d}")
    return None


def _range_end(left: Resolved, right_text: str, ref: date, direction: Direction) -> Resolved | None:
    """The end of a range, borrowing month and year from the start for 'Sept. 22 to 29'."""
    if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", right_text) and isinstance(left.value, str) and len(left.value) == 10:
        start = date.fromisoformat(left.value)
        try:
            return Resolved("date", start.replace(day=int(re.sub(r"\D", "", right_text))).isoformat())
        except ValueError:
            return None
    return _single(right_text, ref, direction)


def _range(text: str, ref: date, direction: Direction) -> Resolved | None:
    m = re.fullmatch(r"(?:between|from) (.+?) (?:and|to|through|until|till|-) (.+)", text) or re.fullmatch(
        r"(.+?) ?(?: to | through | until |-) ?(.+)", text
    )
    if not m:
        return None
    left_text, right_text = m.group(1).strip(" ,"), m.group(2).strip(" ,")
    # "22-29 September": the start borrows month and year from the end.
    day_first = re.fullmatch(_DAY, left_text)
    if day_first:
        right = _single(right_text, ref, direction)
        if right is None or not isinstance(right.value, str) or len(right.value) != 10:
            return None
        try:
            start = date.fromisoformat(right.value).replace(day=int(day_first.group(1))).isoformat()
        except ValueError:
            return None
        return Resolved("range", (start, right.value))
    # "Sept. 22 to 29, 2025": the year at the end belongs to both sides.
    year = re.search(r",? " + _YEAR + "$", right_text)
    if year and not re.search(_YEAR, left_text):
        left_text = f"{left_text}, {year.group(1)}"
        if re.fullmatch(_DAY + r",? " + _YEAR, right_text):
            right_text = right_text[: year.start()]
    left = _single(left_text, ref, direction)
    if left is None or left.kind not in {"date", "time"}:
        return None
    right = _range_end(left, right_text, ref, direction)
    if right is None or right.kind not in {"date", "time"}:
        return None
    assert isinstance(left.value, str) and isinstance(right.value, str)
    return Resolved("range", (left.value, right.value))


def normalise(text: str, ref: date, direction: Direction = "unknown") -> Resolved | None:
    """Read one time phrase as a TIMEX3 value, or None when it is not one we can pin down."""
    cleaned = _clean(text)
    if not cleaned or re.search(r"\d[- ]?(year|month|week|day)s?[- ]old\b", cleaned):
        return None
    if (value := season(cleaned, ref)) is not None:
        return Resolved("date", value)
    return _single(cleaned, ref, direction) or _range(cleaned, ref, direction)
