"""Which day a bare clock time or part of a day falls on: the one its sentence names, else the news day.

'shortly after 5 a.m. on Sunday', 'the toll rose to 11 by the afternoon': the resolver put them on
the publication day; the story's own words move them.
"""

from datetime import date, datetime, timedelta

from spacy.tokens import Span

from worker.core.extract.time.lexicon import SPEECH, TOLD_PART_STARTS
from worker.core.extract.time.resolve import normalise
from worker.core.models.timex import TimeRange

Reading = tuple[str, str | TimeRange, str | None]


# Two days of different weekdays: a phrase that lands on each of them names no day of its own.
_PROBE_DAYS = (date(2000, 1, 3), date(2000, 1, 6))


def on_its_day(span: Span, reading: Reading, taken: list[tuple[Span, Reading]], ref: date,
               filed_at: datetime | None = None) -> Reading:
    """The day a bare clock time or a part of a day told alone falls on."""
    kind, value, part = reading
    if not isinstance(value, str) or not value.startswith(ref.isoformat()):
        return reading
    # The kind is checked before _bare, which parses the span twice more.
    if kind == "time":
        clock = value[len(ref.isoformat()):]
    elif kind == "date" and part in TOLD_PART_STARTS:
        clock = TOLD_PART_STARTS[part]
    else:
        return reading
    if not _bare(span):
        return reading
    sent = span.sent
    days = [(abs(other.start - span.start), v) for other, (k, v, _p) in taken
            if k == "date" and isinstance(v, str) and len(v) == 10
            and sent.start <= other.start < sent.end and other is not span
            and not _reporting_time(other) and not _bare(other)]
    if _past(span):
        # 'marched in the afternoon, ... called a strike on Thursday': what was told in the past
        # did not happen on a day still ahead.
        days = [(gap, v) for gap, v in days if v <= ref.isoformat()]
    if not days and filed_at is not None and _past(span) and filed_at.date() == ref \
            and clock > filed_at.strftime("T%H:%M") and filed_at.hour < 21:
        # Told in the past but later in the day than the story was filed (on the local clock
        # where it was filed): it happened on the
        # first earlier day the story named, the day of its news ('late on Monday ... The toll
        # rose on Tuesday ... began at about 10:30 p.m.'), else the day before.
        earlier = [v for other, (k, v, _p) in taken if k == "date" and isinstance(v, str) and len(v) == 10
                   and other.start < span.start and v < ref.isoformat() and not _reporting_time(other)]
        days = [(0, earlier[0] if earlier else (ref - timedelta(days=1)).isoformat())]
    if not days:
        return reading
    day = min(days)[1]
    return (kind, day + clock, None) if kind == "time" else (kind, day, part)


def _bare(span: Span) -> bool:
    """Its own words name no day: the resolver put it on whatever day it was given."""
    for probe in _PROBE_DAYS:
        elsewhere = normalise(span.text, probe)
        if elsewhere is None or not str(elsewhere.value).startswith(probe.isoformat()):
            return False
    return True


def _past(span: Span) -> bool:
    """The clause a time phrase belongs to is told in the past ('began at 10:30 p.m.')."""
    verb = span.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ in ("VBD", "VBN")


def _reporting_time(span: Span) -> bool:
    """'she said on Tuesday': when something was said, not when it happens."""
    head = span.root.head
    if head.pos_ == "ADP":
        head = head.head
    return head.lemma_ in SPEECH


