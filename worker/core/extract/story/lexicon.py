"""What the story family reads in wire layout: month names in datelines, agencies' own spellings.

Month names come from the standard library's calendar data (English, the C locale), plus the AP
style abbreviation 'Sept.' that the calendar does not carry.
"""

import calendar

MONTH_WORDS: tuple[str, ...] = tuple(
    sorted({m for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept")}, key=len, reverse=True)
)

# Lower-case words inside a mixed-case dateline's place ('Dar es Salaam (AFP) -', 'Rio de Janeiro',
# 'Bandar Seri Begawan' has none): a capitalised word follows each.
DATELINE_PLACE_JOINERS: tuple[str, ...] = ("es", "de", "del", "da", "do", "dos", "das", "des", "la", "el", "al",
                                           "di", "du", "au", "aux", "sur", "upon", "on", "am", "im", "an")
