"""The day the story's news happened, for an event whose sentence gives no day of its own.

A wire lede dates its news once ("... killed 23 people on Sunday") and the paragraphs after it
tell the same day's events without repeating it ("About 200 people protested outside
parliament"). GDELT dates such events by the article; we date them by the lede's day, which is
nearer the event than the publication time, and only when the lede names a whole day no later
than publication (a lede that only looks ahead dates nothing).
"""

from worker.core.extract.common.context import Context
from worker.core.extract.common.lexicon import BOUND_PREPS, SCENE_SENTENCES

_DAY = len("2026-12-06")


def news_day(ctx: Context) -> str | None:
    """The first whole day the opening sentences name, if it is not after publication."""
    cached = ctx.doc.user_data.get("wire.news_day")
    if cached is None:
        cached = ctx.doc.user_data["wire.news_day"] = _first_day(ctx) or ""
    return cached or None


def _first_day(ctx: Context) -> str | None:
    published = ctx.story.published_at.date().isoformat()
    for k, sent in enumerate(ctx.doc.sents):
        if k >= SCENE_SENTENCES:
            break
        for t in ctx.times_between(sent.start_char, sent.end_char):
            if t.kind == "date" and isinstance(t.value, str) and len(t.value) == _DAY and t.value <= published \
                    and not _bound(ctx, t.evidence.start, t.evidence.end):
                return t.value
    return None


def _bound(ctx: Context, start: int, end: int) -> bool:
    """'suspended permits until Dec. 10', 'since Monday': a limit, not the day of the news."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.head.lower_ in BOUND_PREPS


def dates_itself(ctx: Context, sentences: list[tuple[int, int]]) -> bool:
    """Does any of the sentences name a time, whether or not it was read as the event's?"""
    return any(t.kind != "duration" for s, e in sentences for t in ctx.times_between(s, e))
