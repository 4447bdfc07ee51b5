"""French time expressions, normalised against the story's date as the English ones are.

Weekdays read by tense: the sentence's future (a verb in the future tense, or "doit", "prévoit"
...) puts "mercredi" after the story's date, otherwise before it; the story's own weekday is
that day. "dans la nuit de dimanche à lundi" is the night ending on the second day.
"""

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Doc

from worker.core.extract.common.context import Context
from worker.core.extract.french.numbers import NUMBER, number_value
from worker.core.extract.story.lexicon_fr import MONTHS_FR
from worker.core.extract.time.lexicon_fr import DAY_PARTS_FR, DURATION_UNITS_FR, FUTURE_CUES_FR, FUTURE_ENDINGS_FR, \
    MONTH_OPENERS_FR, MONTH_PARTS_FR, RELATIVE_DAYS_FR, RELATIVE_MONTHS_FR, RELATIVE_WEEKS_FR, RELATIVE_YEARS_FR, \
    WEEKDAY_DIRECTIONS_FR, WEEKDAYS_FR
from worker.core.models.timex import TimeExpression

_MONTH = "|".join(MONTHS_FR)
_WEEKDAY = "|".join(WEEKDAYS_FR)
_PART = "|".join(re.escape(p) for p in DAY_PARTS_FR)
_DIRECTION = "|".join(WEEKDAY_DIRECTIONS_FR)


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, either apostrophe matching."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))


_PATTERNS = [
    ("night", re.compile(rf"\bnuit de (?:{_WEEKDAY}) à (?P<wd>{_WEEKDAY})\b", re.I)),
    ("date", re.compile(rf"\b(?:le )?(?P<day>\d{{1,2}})(?:er)? (?P<month>{_MONTH})(?: (?P<year>\d{{4}}))?\b", re.I)),
    ("weekday", re.compile(rf"\b(?P<wd>{_WEEKDAY})(?: (?P<dir>{_DIRECTION}))?(?: (?:{_PART}))?\b", re.I)),
    ("relyear", re.compile(rf"(?<![\w'’])(?P<rel>{_alternatives(RELATIVE_YEARS_FR)})\b", re.I)),
    ("relmonth", re.compile(rf"(?<![\w'’])(?P<rel>{_alternatives(RELATIVE_MONTHS_FR)})(?![\w-])", re.I)),
    ("relday", re.compile(r"\b(?P<rel>" + "|".join(re.escape(k) for k in RELATIVE_DAYS_FR) + rf")(?: (?:{_PART}))?\b", re.I)),
    ("week", re.compile(r"\bla semaine (?P<rel>" + "|".join(RELATIVE_WEEKS_FR) + r")\b", re.I)),
    ("monthpart", re.compile(r"\b(?:" + "|".join(re.escape(p) for p in MONTH_PARTS_FR) + rf")\s?(?P<month>{_MONTH})\b", re.I)),
    ("month", re.compile(rf"\b(?:{_alternatives(MONTH_OPENERS_FR)})\s?(?P<month>{_MONTH})\b(?! \d)", re.I)),
    ("duration", re.compile(rf"\b(?P<n>{NUMBER}) (?P<unit>" + "|".join(sorted(DURATION_UNITS_FR, key=len, reverse=True)) + r")\b", re.I)),
    ("year", re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")),
]


def _future(doc: Doc, start: int) -> bool:
    """A verb in the future tense in the sentence, or a cue verb in the present ("doit", "prévoit")."""
    if re.search(r"\bdepuis\s+$", doc.text[max(0, start - 12):start]):
        return False  # "depuis samedi": a day already past
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    for t in span.sent:
        tense = t.morph.get("Tense", [])
        if "Fut" in tense or t.lower_ in FUTURE_CUES_FR:
            return True
        if t.pos_ in ("VERB", "AUX") and "Pres" not in tense and t.lower_.endswith(FUTURE_ENDINGS_FR):
            return True
        if t.lemma_.lower() in FUTURE_CUES_FR and "Pres" in tense:
            return True
    return False


def _weekday(today: date, weekday: int, future: bool) -> date:
    delta = weekday - today.weekday()
    if delta == 0:
        return today
    if future:
        return today + timedelta(days=delta % 7)
    return today - timedelta(days=(-delta) % 7)


def extract(doc: Doc, ctx: Context, skip: tuple[int, int] | None) -> list[TimeExpression]:
    body = ctx.story.body
    today = ctx.story.published_at.date()
    taken: list[tuple[int, int]] = [skip] if skip else []
    out: list[tuple[int, TimeExpression]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(body):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            value, tkind = _value(kind, m, today, doc)
            if value is None:
                continue
            taken.append((start, end))
            if kind == "night":  # the night ending on the second day: that day is the expression
                start = m.start("wd")
            out.append((start, TimeExpression(text=body[start:end], kind=tkind, value=value,
                                              evidence=ctx.evidence.chars(start, end))))
    return [t for _, t in sorted(out, key=lambda x: x[0])]


TimexKind = Literal["date", "time", "duration", "set", "range"]


def _value(kind: str, m: re.Match[str], today: date, doc: Doc) -> tuple[str | None, TimexKind]:
    if kind == "night" or kind == "weekday":
        weekday = WEEKDAYS_FR[m.group("wd").lower()]
        direction = WEEKDAY_DIRECTIONS_FR.get((m.groupdict().get("dir") or "").lower())
        if direction is not None:  # "mardi prochain" on a Tuesday is a week away, never today
            delta = (weekday - today.weekday()) % 7 or 7
            return (today + timedelta(days=delta if direction > 0 else delta - 7)).isoformat(), "date"
        day = _weekday(today, weekday, _future(doc, m.start()))
        return day.isoformat(), "date"
    if kind == "relyear":
        return str(today.year + RELATIVE_YEARS_FR[m.group("rel").lower().replace("’", "'")]), "date"
    if kind == "relmonth":
        month = today.year * 12 + today.month - 1 + RELATIVE_MONTHS_FR[m.group("rel").lower()]
        return f"{month // 12}-{month % 12 + 1:02d}", "date"
    if kind == "month":  # "en septembre": this year's, or the next one's when the sentence looks ahead
        number = MONTHS_FR[m.group("month").lower()]
        future = _future(doc, m.start())
        year = today.year + (1 if future and number < today.month else -1 if not future and number > today.month else 0)
        return f"{year}-{number:02d}", "date"
    if kind == "date":
        year = int(m.group("year") or today.year)
        try:
            return date(year, MONTHS_FR[m.group("month").lower()], int(m.group("day"))).isoformat(), "date"
        except ValueError:
            return None, "date"
    if kind == "relday":
        return (today + timedelta(days=RELATIVE_DAYS_FR[m.group("rel").lower()])).isoformat(), "date"
    if kind == "week":
        iso = (today + timedelta(weeks=RELATIVE_WEEKS_FR[m.group("rel").lower()])).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}", "date"
    if kind == "monthpart":
        return f"{today.year}-{MONTHS_FR[m.group('month').lower()]:02d}", "date"
    if kind == "duration":
        n = number_value(m.group("n"))
        if n is None:
            return None, "duration"
        unit, is_time = DURATION_UNITS_FR[m.group("unit").lower()]
        return (f"PT{n}{unit}" if is_time else f"P{n}{unit}"), "duration"
    return m.group("year"), "date"

