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
from worker.core.extract.entities.lexicon_fr import TITLES_FR
from worker.core.extract.french.names import nationality
from worker.core.extract.story.lexicon_fr import MONTHS_FR
from worker.core.extract.time.lexicon_fr import AGE_NOUN_ENDINGS_FR, AGE_NOUNS_FR, AGE_UNITS_FR, CLOCK_DISTANCES_FR, CLOCK_OPENERS_FR, CLOCK_PARTS_FR, \
    DAY_PARTS_FR, DURATION_UNITS_FR, FUTURE_CUES_FR, FUTURE_ENDINGS_FR, MONTH_OPENERS_FR, MONTH_PARTS_FR, ORDINALS_FR, \
    RELATIVE_DAYS_FR, RELATIVE_MONTHS_FR, RELATIVE_WEEKS_FR, RELATIVE_YEARS_FR, WEEKDAY_DIRECTIONS_FR, WEEKDAYS_FR, \
    FUTURE_PERSON_ENDINGS_FR, IRREGULAR_FUTURE_STEMS_FR, SEASONS_FR, THIS_WEEK_FR, SEASON_OPENERS_FR, FORWARD_VERBS_FR, \
    NAMED_DAY_OFFSETS_FR
from worker.core.models.timex import TimeExpression, TimeRange

_MONTH = "|".join(MONTHS_FR)
_WEEKDAY = "|".join(WEEKDAYS_FR)
_PART = "|".join(re.escape(p) for p in DAY_PARTS_FR)
_DIRECTION = "|".join(WEEKDAY_DIRECTIONS_FR)


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, either apostrophe matching."""
    return "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))


_YEAR = r"(?:19|20)\d\d"
_CLOCK = re.compile(rf"(?:\b(?P<lead>{_alternatives(CLOCK_OPENERS_FR)})\s+)?\b(?P<h>\d{{1,2}})\s?(?:h|heures?)\b"
                    rf"(?:\s?(?P<min>\d\d)\b)?(?:\s+(?P<part>{_alternatives(CLOCK_PARTS_FR)}))?"
                    rf"(?!\s+(?:{_alternatives(CLOCK_DISTANCES_FR)}))", re.I)
_PATTERNS = [
    ("clock", _CLOCK),
    ("nextday", re.compile(rf"(?<![\w'’])(?P<rel>{_alternatives(NAMED_DAY_OFFSETS_FR)})\b(?!\s+(?:de|du|des|d['’]))", re.I)),
    ("range", re.compile(rf"\b(?:entre|de) (?P<y1>{_YEAR}) (?:et|à) (?P<y2>{_YEAR})\b", re.I)),
    ("half", re.compile(rf"\b(?P<ord>{_alternatives(ORDINALS_FR)}) (?P<unit>semestre|trimestre)(?: (?P<year>{_YEAR}))?\b",
                        re.I)),
    ("season", re.compile(rf"\b(?P<season>{'|'.join(SEASONS_FR)}) (?P<year>{_YEAR})\b", re.I)),
    ("night", re.compile(rf"\bnuit de (?:{_WEEKDAY}) à (?P<wd>{_WEEKDAY})\b", re.I)),
    ("date", re.compile(rf"\b(?:le )?(?P<day>\d{{1,2}})(?:er)? (?P<month>{_MONTH})(?: (?P<year>\d{{4}}))?\b", re.I)),
    ("monthyear", re.compile(rf"\b(?:(?:en|depuis|dès|courant) )?(?P<month>{_MONTH}) (?P<year>{_YEAR})\b", re.I)),
    ("thisweek", re.compile(rf"\b(?:{_alternatives(THIS_WEEK_FR)})\b", re.I)),
    ("lone_season", re.compile(rf"(?:\b|(?<=\s))(?:{_alternatives(SEASON_OPENERS_FR)})\s?(?P<season>{'|'.join(SEASONS_FR)})\b(?! \d)",
                               re.I)),
    ("weekday", re.compile(rf"\b(?P<wd>{_WEEKDAY})(?: (?P<dir>{_DIRECTION}))?(?: (?:{_PART}))?\b", re.I)),
    ("relyear", re.compile(rf"(?<![\w'’])(?P<rel>{_alternatives(RELATIVE_YEARS_FR)})\b", re.I)),
    ("relmonth", re.compile(rf"(?<![\w'’])(?P<rel>{_alternatives(RELATIVE_MONTHS_FR)})(?![\w-])", re.I)),
    ("relday", re.compile(r"\b(?P<rel>" + "|".join(re.escape(k) for k in RELATIVE_DAYS_FR) + rf")(?: (?:{_PART}))?\b", re.I)),
    ("week", re.compile(r"\bla semaine (?P<rel>" + "|".join(RELATIVE_WEEKS_FR) + r")\b", re.I)),
    ("monthpart", re.compile(r"\b(?:" + "|".join(re.escape(p) for p in MONTH_PARTS_FR) + rf")\s?(?P<month>{_MONTH})\b", re.I)),
    ("month", re.compile(rf"\b(?:{_alternatives(MONTH_OPENERS_FR)})\s?(?P<month>{_MONTH})\b(?! \d)", re.I)),
    ("duration", re.compile(rf"\b(?P<n>{NUMBER}) (?P<unit>" + "|".join(sorted(DURATION_UNITS_FR, key=len, reverse=True)) + r")\b", re.I)),
    ("year", re.compile(r"(?<!années )\b(?P<year>(?:19|20)\d\d)\b")),  # "les années 1980": a decade
]


_AGE_BEFORE = re.compile(r"(?:\bâgée?s?\s+de|\b(?P<det>[Uu]ne?)?\s*(?P<noun>[\wÀ-ÿ'’\-]+)\s+de|(?P<name>[A-ZÀ-Ý][\wÀ-ÿ\-]+),)\s+$")


def _age(body: str, start: int, end: int) -> bool:
    """'un enfant de six ans', 'âgé de 47 ans', 'Marc Roy, 52 ans,': an age, never a duration."""
    before = _AGE_BEFORE.search(body[max(0, start - 40):start])
    if before is None:
        return False
    if before.group("name"):  # an apposition after a name closes at a comma
        return body[end:end + 1] in (",", ")")
    noun = before.group("noun")
    if noun is None:
        return True  # "âgé de"
    noun = re.sub(r"^[lL]['’]", "", noun)  # "L'attaquant de 24 ans"
    if nationality(noun):
        return True  # "un ressortissant serbe de 41 ans"
    return noun.lower() in AGE_NOUNS_FR or noun.lower() in TITLES_FR or noun.lower().endswith(AGE_NOUN_ENDINGS_FR) or (noun[0].isupper() and bool(before.group("det")))


def _future(doc: Doc, start: int) -> bool:
    """A verb in the future tense in the sentence, or a cue verb in the present ("doit", "prévoit")."""
    if re.search(r"\bdepuis\s+$", doc.text[max(0, start - 12):start]):
        return False  # "depuis samedi": a day already past
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    sentence_start = span.sent.start_char
    if re.search(rf"\b(?:{_alternatives(FORWARD_VERBS_FR)})\b", doc.text[sentence_start:start], re.I):
        return True  # "a appelé à un débrayage mardi matin"
    for t in span.sent:
        tense = t.morph.get("Tense", [])
        if "Fut" in tense or t.lower_ in FUTURE_CUES_FR:
            return True
        if t.pos_ in ("VERB", "AUX") and "Pres" not in tense and t.lower_.endswith(FUTURE_ENDINGS_FR):
            return True
        if t.pos_ in ("VERB", "AUX") and _future_form(t.lower_, t.lemma_.lower()):
            return True
        if t.lemma_.lower() in FUTURE_CUES_FR and "Pres" in tense:
            return True
    return False


def _future_form(word: str, lemma: str) -> bool:
    """'ferons', 'finirons', 'prendront': a stem of the future (the infinitive, or an irregular one) and
    a personal ending, whatever tense the model gave it; 'admirons' (admir-er) is a present."""
    ending = next((e for e in FUTURE_PERSON_ENDINGS_FR if word.endswith(e)), None)
    if ending is None or not word[:-len(ending)].endswith("r"):
        return False
    stem = word[:-len(ending)]
    return stem in (lemma, lemma[:-1]) or stem in IRREGULAR_FUTURE_STEMS_FR


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
            if kind == "clock":
                if not (m.group("lead") or m.group("part")):
                    continue  # "six heures": a duration, read below
                start = m.start("h")
            elif kind == "duration" and m.group("unit").lower() in AGE_UNITS_FR and _age(body, start, end):
                continue
            elif kind == "nextday":  # its day is settled by _named_days, from the days before it
                taken.append((start, end))
                out.append((start, TimeExpression(text=body[start:end], kind="date", value=m.group("rel").lower(),
                                                  evidence=ctx.evidence.chars(start, end))))
                continue
            value, tkind = _value(kind, m, today, doc)
            if value is None:
                continue
            taken.append((start, end))
            out.append((start, TimeExpression(text=body[start:end], kind=tkind, value=value,
                                              evidence=ctx.evidence.chars(start, end))))
    lead_end = body.find("\n", skip[1] if skip else 0)
    return _clock_days(_named_days([t for _, t in sorted(out, key=lambda x: x[0])], body, today), body, today,
                       lead_end if lead_end >= 0 else len(body))


def _named_days(found: list[TimeExpression], body: str, today: date) -> list[TimeExpression]:
    """'le lendemain', 'la veille': the day after (before) the last day named before it in its paragraph,
    else the story's date ("Il doit recevoir les élus le lendemain" after a report of today)."""
    out: list[TimeExpression] = []
    for t in found:
        offset = NAMED_DAY_OFFSETS_FR.get(str(t.value).replace("’", "'"))
        if offset is None:
            out.append(t)
            continue
        paragraph = body.rfind("\n", 0, t.evidence.start)
        days = [d.value for d in out if d.kind == "date" and isinstance(d.value, str) and len(d.value) == 10
                and paragraph < d.evidence.start < t.evidence.start and d.value[:4].isdigit()]
        base = date.fromisoformat(days[-1]) if days else today
        out.append(t.model_copy(update={"value": (base + timedelta(days=offset)).isoformat()}))
    return out


def _clock_days(found: list[TimeExpression], body: str, today: date, lead_end: int) -> list[TimeExpression]:
    """A clock time's day: the date its sentence names, else for the small hours the day a "nuit de X
    à Y" of the story ends on, else the last day named before it in its paragraph, else the first day
    the lead names (the day of what the story reports: "vers 22 heures" two paragraphs after
    "mercredi soir ..., a indiqué jeudi le procureur" is Wednesday's), else the story's date."""
    days = [t for t in found if t.kind == "date" and isinstance(t.value, str) and len(t.value) == 10]
    nights = [t for t in days if t.text.lower().startswith("nuit de ")]
    lead = [d for d in days if d.evidence.start < lead_end]
    out = []
    for t in found:
        if t.kind != "time" or not isinstance(t.value, str) or not t.value.startswith("T"):
            out.append(t)
            continue
        same = [d for d in days if d.evidence.sentence_start == t.evidence.sentence_start]
        paragraph = body.rfind("\n", 0, t.evidence.start)
        before = [d for d in days if d.evidence.start < t.evidence.start]
        near = [d for d in before if d.evidence.start > paragraph]
        small_hours = int(t.value[1:3]) < 6
        day = (same[0].value if same else nights[0].value if small_hours and nights else near[-1].value if near
               else lead[0].value if lead else before[-1].value if before else today.isoformat())
        out.append(t.model_copy(update={"value": f"{day}{t.value}"}))
    return out


TimexKind = Literal["date", "time", "duration", "set", "range"]


def _value(kind: str, m: re.Match[str], today: date, doc: Doc) -> tuple[str | TimeRange | None, TimexKind]:
    if kind == "night" or kind == "weekday":
        weekday = WEEKDAYS_FR[m.group("wd").lower()]
        direction = WEEKDAY_DIRECTIONS_FR.get((m.groupdict().get("dir") or "").lower())
        if direction is not None:  # "mardi prochain" on a Tuesday is a week away, never today
            delta = (weekday - today.weekday()) % 7 or 7
            return (today + timedelta(days=delta if direction > 0 else delta - 7)).isoformat(), "date"
        day = _weekday(today, weekday, _future(doc, m.start()))
        return day.isoformat(), "date"
    if kind == "clock":
        hour = int(m.group("h")) + CLOCK_PARTS_FR.get((m.group("part") or "").lower().replace("’", "'"), 0)
        if hour > 23 or int(m.group("min") or 0) > 59:
            return None, "time"
        return f"T{hour:02d}:{int(m.group('min') or 0):02d}", "time"  # its day is settled by _clock_days
    if kind == "monthyear":
        return f"{m.group('year')}-{MONTHS_FR[m.group('month').lower()]:02d}", "date"
    if kind == "thisweek":
        iso = today.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}", "date"
    if kind == "lone_season":
        return f"{today.year}-{SEASONS_FR[m.group('season').lower()]}", "date"
    if kind == "season":
        return f"{m.group('year')}-{SEASONS_FR[m.group('season').lower()]}", "date"
    if kind == "range":
        return TimeRange(start=m.group("y1"), end=m.group("y2")), "range"
    if kind == "half":
        rank = ORDINALS_FR[m.group("ord").lower()]
        semester = m.group("unit").lower() == "semestre"
        if semester and rank > 2:
            return None, "date"
        return f"{m.group('year') or today.year}-{'H' if semester else 'Q'}{rank}", "date"
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

