"""What the story family reads in wire layout: month names in datelines, agencies' own spellings.

Month names come from the standard library's calendar data (English, the C locale), plus the AP
style abbreviation 'Sept.' that the calendar does not carry.
"""

import calendar

MONTH_WORDS: tuple[str, ...] = tuple(
    sorted({m for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept")}, key=len, reverse=True)
)
