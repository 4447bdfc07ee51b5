"""Time expressions: spaCy DATE/TIME entities plus our own patterns, resolved by tense.

spaCy's entity spans are often too short ('week' of "this week's") or too long ('Friday a day'),
so our Matcher proposes spans as well; each candidate is normalised, and the longest spans that
normalise win. The tense of the governing verb picks the side of the publication date.
"""

from datetime import date, datetime, timedelta

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from worker.core.extract.common import doc_cache
from worker.core.extract.common.context import Context
from worker.core.extract.common.evidence import span_evidence
from worker.core.extract.common.grammar import governing_verb, tense_of
from worker.core.extract.common.lexicon import PROPOSAL_VERBS
from worker.core.extract.common.story_country import latest_local_time, story_country
from worker.core.extract.time.lexicon import (
    AGE_WORDS, DECREE_VERBS, EXPECTING_PARTICIPLES, NAMED_DAYS, PAST_BOUND_PREPS, MARGIN_AFTER, PERCENT_WORDS, MARGIN_UNITS, MATCH_CLOCK_AFTER, MATCH_PERIOD_WORDS, UNITS, FROM_WORDS,
    PREPOSITIONS, SCHEDULE, SCHEDULED_FOR_PREPS, SPEECH, TOLD_PART_PREPS, TOLD_PARTS, UNTIL_MODIFIERS, UNTIL_WORDS,
    WEEKDAYS, WITHIN_DAY_WORDS, CALLED_GATHERINGS,
)
from worker.core.extract.time.days import on_its_day
from worker.core.extract.time.seasons import relative_season, season
from worker.core.extract.places.gazetteer import gazetteer
from worker.core.extract.time.patterns import PATTERNS
from worker.core.extract.time.resolve import Direction, normalise
from worker.core.models.timex import TimeExpression, TimeRange


_matchers: dict[int, Matcher] = {}


def _matcher(vocab: Vocab) -> Matcher:
    key = id(vocab)
    if key not in _matchers:
        matcher = Matcher(vocab)
        for label, patterns in PATTERNS.items():
            matcher.add(label, patterns)
        _matchers[key] = matcher
    return _matchers[key]


def direction_of(token: Token) -> Direction:
    """Past or future for the clause a time phrase sits in, as the weekday resolver needs it."""
    tense = tense_of(token)
    verb = governing_verb(token)
    # 'including a time trial on Saturday': a participle has no tense of its own; the clause
    # it hangs off says which side of the publication date its time falls.
    if tense == "unknown" and verb is not None and verb.tag_ in {"VBG", "VBN"} \
            and verb.head.i != verb.i:
        tense = tense_of(verb.head)
    if _named_as_day(token):
        return "future"
    if verb is not None and verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_ in EXPECTING_PARTICIPLES:
        return "future"
    if verb is not None and _expected_to(verb):
        return "future"   # 'Temperatures are forecast to reach 41 degrees on Wednesday'
    if _called_gathering(token):
        return "future"   # 'called for another march on Tuesday evening'

    prep = token.head
    if prep.lower_ in PAST_BOUND_PREPS:   # 'attacks since July' counts back from now
        return "past"
    if prep.dep_ == "prep" and prep.lower_ in SCHEDULED_FOR_PREPS and (
            prep.head.lemma_ in SCHEDULE or prep.head.dep_ in {"dobj", "pobj"} and prep.head.head.lemma_ in SCHEDULE):
        return "future"   # ('have scheduled talks in Arica for Thursday': the day hangs on the talks.)
    # 'announced three days of mourning from Friday', 'a curfew starting Monday': what was just
    # announced begins ahead, whatever the tense of the announcement.
    # ('up 65% from October' compares with a past figure: a measure before 'from' is no decree.)
    if prep.lower_ in FROM_WORDS and (
            prep.head.pos_ == "NOUN" and not _a_measure(prep.head) or prep.head.lemma_ in DECREE_VERBS):
        return "future"
    until = _until_verb(token)
    if until is not None:
        # 'remanded in custody until Jan. 7', 'adjourned the case until March 3': a past decision
        # often runs until a date still ahead, so a past verb gives no side; the reading nearest
        # the publication date decides (and a bare weekday still looks back, as unknown does).
        return "unknown" if tense_of(until) == "past" else "future"
    # A date inside what someone calls for ('called for a strike on Thursday') lies ahead.
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            if node.lemma_ in PROPOSAL_VERBS and token.head.pos_ == "ADP" and token.head.head.pos_ == "NOUN":
                return "future"
            break
    if tense in {"future", "proposed"}:
        return "future"
    if tense == "present":
        # 'says Friday' reports; 'meets Friday' schedules.
        verb = token.head if token.head.pos_ in {"VERB", "AUX"} else token
        return "past" if verb.lemma_ in SPEECH else "future"
    if tense == "past":
        return "past"
    return "unknown"


def _expected_to(verb: Token) -> bool:
    """'are forecast to reach', 'is expected to land': what is forecast lies ahead."""
    head = verb.head if verb.dep_ == "xcomp" else None
    return head is not None and head.lemma_ in EXPECTING_PARTICIPLES and any(c.dep_ == "auxpass" for c in head.children)


def _called_gathering(token: Token) -> bool:
    """'called for another march on Tuesday evening': the parser hangs the day on the call, but a
    day told after the gathering called for is the gathering's."""
    prep = token.head if token.head.pos_ == "ADP" else token.head.head
    verb = prep.head
    if prep.pos_ != "ADP" or prep.dep_ != "prep" or verb.lemma_ not in SCHEDULE:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" and c.i < prep.i and any(
        o.dep_ == "pobj" and o.lemma_.lower() in CALLED_GATHERINGS for o in c.children) for c in verb.children)


def _named_as_day(token: Token) -> bool:
    """'declared Wednesday a day of mourning': the weekday is what is declared, not when."""
    verb = token.head
    if verb.lemma_ not in DECREE_VERBS or token.i != verb.i + 1:
        return False
    return any(c.i > token.i and c.dep_ in {"npadvmod", "oprd", "dobj"} and c.lemma_ in NAMED_DAYS
               and c.left_edge.i == token.i + 1 for c in verb.children)


def _a_measure(noun: Token) -> bool:
    """'65%', '12 points', 'a rise of 4 percent': a counted amount, not something put in force."""
    return noun.text == "%" or noun.lower_ in PERCENT_WORDS or noun.like_num \
        or any(c.dep_ == "nummod" for c in noun.children)


def _until_verb(token: Token) -> Token | None:
    """The verb before 'until (at least) Monday': 'will stay shut until' looks ahead.

    Read off the word order, because the parser often hangs 'until' on the wrong clause.
    """
    i = token.left_edge.i - 1
    doc = token.doc
    while i > token.sent.start and doc[i].lower_ in UNTIL_MODIFIERS:
        i -= 1
    if i <= token.sent.start or doc[i].lower_ not in UNTIL_WORDS:
        return None
    for j in range(i - 1, token.sent.start - 1, -1):
        if doc[j].pos_ in {"VERB", "AUX"}:
            return doc[j]
    return None


def _is_age(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end:span.end + 2]
    return any(t.lower_ in AGE_WORDS for t in after) or "old" in span.text.lower()


def _is_margin(span: Span) -> bool:
    """'finished 1 minute 48 seconds behind', 'trails by 31 seconds', '12 minutes from time': a
    gap in a race or a match clock, not a time expression."""
    doc = span.doc
    units = set(UNITS) | MARGIN_UNITS
    if span[-1].lower_.rstrip("s") not in units:
        return False
    end = span.end
    # '1 minute 48 seconds': look past a second count-and-unit.
    if end + 1 < len(doc) and doc[end].like_num and doc[end + 1].lower_.rstrip("s") in units:
        end += 2
    after = " ".join(t.lower_ for t in doc[end:end + 2])
    if doc[end:end + 1].text.lower() in MARGIN_AFTER or after in MATCH_CLOCK_AFTER:
        return True
    before = doc[span.start - 1] if span.start else None
    return before is not None and before.lower_ == "by" and span[-1].lower_.rstrip("s") in MARGIN_UNITS


def _trim(span: Span) -> Span:
    """Drop the leading preposition or determiner our patterns use only as a cue."""
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].lower_ in PREPOSITIONS | {"the"}:
        start += 1
    while end > start + 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _candidates(doc: Doc) -> list[Span]:
    spans = [doc[s:e] for _, s, e in _matcher(doc.vocab)(doc)]
    spans += [ent for ent in doc_cache.ents(doc) if ent.label_ in {"DATE", "TIME"}]
    return spans


def _named_day(span: Span) -> bool:
    """'the Black Saturday fires', 'Super Tuesday primaries': a weekday inside a name is no date."""
    if len(span) != 1 or span[0].lower_ not in WEEKDAYS or span[0].dep_ != "compound":
        return False
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and not before.is_sent_start and before.is_title and before.head.i == span[0].i \
        and before.dep_ in {"compound", "amod"}


def _match_period(span: Span, value: str) -> bool:
    """'scored 11 points in the fourth quarter': a quarter of a match, not of the year."""
    return value[-3:-1] == "-Q" and any(t.lower_ in MATCH_PERIOD_WORDS for t in span.sent)


def _southern(span: Span, reading: tuple[str, str | TimeRange, str | None],
              ref: date) -> tuple[str, str | TimeRange, str | None]:
    """A relative season in a story from south of the equator, placed by its own seasons."""
    if not relative_season(span.text):
        return reading
    value = season(span.text.lower().removeprefix("the "), ref, southern=True)
    return (reading[0], value, reading[2]) if value is not None else reading


def _reading(span: Span, ref: date) -> tuple[str, str | TimeRange, str | None] | None:
    if _is_age(span) or _is_margin(span) or _named_day(span):
        return None
    resolved = normalise(span.text, ref, direction_of(span.root))
    if resolved is None:
        return None
    if isinstance(resolved.value, tuple):
        return resolved.kind, TimeRange(start=resolved.value[0], end=resolved.value[1]), None
    if _match_period(span, resolved.value):
        return None
    if resolved.part_of_day is not None and resolved.value == ref.isoformat() and not _told_part(span):
        return None
    return resolved.kind, resolved.value, resolved.part_of_day


def _told_part(span: Span) -> bool:
    """'by the afternoon', 'in the evening' told in narration: a time. Not 'the morning market'
    (it names a noun), not 'this afternoon' (its own reading), not inside a quotation."""
    part = span[-1]
    if part.lower_ not in TOLD_PARTS or any(t.lower_ not in WITHIN_DAY_WORDS for t in span[:-1]):
        return True   # 'Sunday afternoon' names its day
    i = span.start - 1
    if i >= 0 and span.doc[i].lower_ == "the":
        i -= 1
    if i < 0 or span.doc[i].lower_ not in TOLD_PART_PREPS or (part.head.i > part.i and part.dep_ != "pobj"):
        return False
    text = span.doc.text
    paragraph = text.rfind("\n", 0, span.start_char) + 1
    before = text[paragraph:span.start_char]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 0


def extract(doc: Doc, ctx: Context) -> list[TimeExpression]:
    """Every time expression of the story, normalised against its publication date."""
    ref = ctx.story.published_at.date()
    dateline = ctx.story_facts.dateline if ctx.story_facts else None
    # 'NEW YORK, May 18 (Reuters) -': the filing date belongs to the dateline, not the story.
    filed = dateline.evidence if dateline is not None and dateline.evidence is not None else None
    readings: list[tuple[Span, tuple[str, str | TimeRange, str | None]]] = []
    for span in _candidates(doc):
        span = _trim(span)
        if filed is not None and span.start_char < filed.end and filed.start < span.end_char:
            continue
        reading = _reading(span, ref)
        if reading is not None:
            readings.append((span, reading))
    # The longest span that reads as a time wins; ties go to the earliest.
    readings.sort(key=lambda item: (-(item[0].end_char - item[0].start_char), item[0].start_char))
    taken: list[tuple[Span, tuple[str, str | TimeRange, str | None]]] = []
    used = bytearray(len(doc))  # tokens a taken span covers: an overlap test per span, not per pair
    for span, reading in readings:
        if any(used[span.start:span.end]):
            continue
        used[span.start:span.end] = b"\x01" * (span.end - span.start)
        taken.append((span, reading))
    taken.sort(key=lambda item: item[0].start_char)
    home = story_country(ctx)
    if home is not None and (country := gazetteer().countries.get(home)) is not None and (country.lat or 0) < 0:
        taken = [(span, _southern(span, reading, ref)) for span, reading in taken]
    filed_local = latest_local_time(ctx.story.published_at, home)
    taken = [(span, on_its_day(span, reading, taken, ref, filed_local)) for span, reading in taken]
    return [
        TimeExpression(text=span.text, kind=kind, value=value, part_of_day=part,  # type: ignore[arg-type]
                       evidence=span_evidence(span))
        for span, (kind, value, part) in taken
    ]


def point_in(ctx: Context, sent: Span, near: Token | None = None) -> str | TimeRange | None:
    """The date or range stated in a sentence, the one closest to ``near`` when several are.

    Durations are not points in time ('a three-year war' says nothing about when).
    """
    found = [
        t for t in ctx.time_expressions
        if sent.start_char <= t.evidence.start < sent.end_char and t.kind in {"date", "time", "range"}
    ]
    if not found:
        return None
    if near is not None:
        found.sort(key=lambda t: abs(t.evidence.start - near.idx))
    return found[0].value
