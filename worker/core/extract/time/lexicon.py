"""The time family's word lists, kept as data apart from the rules that read them."""

# Read by ``timex``.
UNITS = ["year", "month", "week", "day", "hour", "minute", "decade", "century"]
RANGE_WORDS = ["to", "through", "until", "till", "-", "–", "and"]
# A date something is set for lies ahead even when the setting is told in the past tense:
# 'set sentencing for Jan. 22', 'sessions planned for Friday', 'postponed the vote to May 4'.
SCHEDULE = {"set", "call", "convene", "schedule", "slate", "plan", "fix", "postpone", "adjourn", "delay", "reschedule",
             "defer", "book", "move", "push"}
# Verbs that put something in force: 'from Friday' after them is when it starts.
DECREE_VERBS = {"announce", "declare", "impose", "order", "decree", "introduce", "extend", "proclaim"}
# 'declared Friday a day of mourning': the weekday a decree names as such a day lies ahead.
NAMED_DAYS = {"day", "holiday"}
SPEECH = {"say", "tell", "announce", "report", "confirm", "state", "add", "write", "note"}
PREPOSITIONS = {"in", "since", "until", "by", "from", "before", "after", "during", "of"}

# Read by ``resolve``.
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# "May" alone is too often the modal verb; it is only a month with a day or year beside it.
AMBIGUOUS_MONTHS = {"may", "mar", "jan", "jun", "dec"}
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night", "overnight"}
# Parts of a day told alone in narration ('the toll rose to 11 by the afternoon'): the day its
# sentence names, else the day of the news. 'The night' is left out: 'spent the night' is no date.
TOLD_PARTS = ["morning", "afternoon", "evening"]
# The words that tell such a part as a time ('in the afternoon', 'by evening', 'through the morning').
TOLD_PART_PREPS = ["in", "by", "through", "into", "during", "until"]
# Where each told part begins, to compare with the local time a story was filed.
TOLD_PART_STARTS = {"MO": "T06:00", "AF": "T12:00", "EV": "T17:00"}
# TIMEX3's codes for the parts of a day a weekday names ('Friday evening' -> 2025-08-29TEV).
PART_OF_DAY_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# 'early on Friday', 'Later on Wednesday', 'late Sunday': words that place a time within its day
# without naming a part of it; the phrase is its own expression, with the day's value.
WITHIN_DAY_WORDS = ["early", "late", "later", "earlier"]
# Clock zones after a wire's four-digit time ('by 1000 GMT').
CLOCK_ZONES = ["gmt", "utc"]
# Words of play that make 'the fourth quarter' a period of a match, not of a year.
MATCH_PERIOD_WORDS = frozenset({"points", "scored", "trailed", "basket", "baskets", "touchdown", "touchdowns",
                                "rebounds", "buzzer", "overtime", "half-time", "halftime", "game", "quarterback",
                                "three-pointer", "three-pointers", "steals", "goals", "puck"})
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
            "final": 4, "last": 4}

# Words the rules ask about in passing.
# 'a week ago': an article that counts one.
ONE_ARTICLES = frozenset({"a", "an"})
# Words for the day of publication. A wire story's 'overnight' is the night that ended before it
# was filed, so its date is the filing day (the annotators of two held-out sets read it so).
TODAY_WORDS = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening", "now",
                         "overnight"})
# Words for the day before publication.
YESTERDAY_WORDS = frozenset({"yesterday", "last night"})
# 'next week', 'this weekend'.
WEEK_UNITS = frozenset({"week", "weekend"})
# 'next Friday', 'last month', 'this year'.
RELATIVE_MODIFIERS = frozenset({"next", "last", "this"})
# Units a count of which ago or ahead names a day ('three weeks ago').
DATED_UNITS = frozenset({"year", "month", "week", "day"})
# Words for twelve o'clock midday.
NOON_WORDS = frozenset({"noon", "midday"})
# Units a bare 'a' counts without being a rate: 'a day' is often '14,000 a day', 'a decade' never.
RATELESS_UNITS = frozenset({"decade", "century"})
# 'two more weeks', 'three further days': words between a count and its unit.
EXTRA_WORDS = ["more", "further", "additional", "extra"]
# 'set for Friday', 'postponed until Monday'.
SCHEDULED_FOR_PREPS = frozenset({"for", "to", "until"})
# 'called for a march on Tuesday': gatherings a call names, whose day is told after them.
CALLED_GATHERINGS = frozenset({"march", "rally", "protest", "strike", "demonstration", "vote", "meeting", "talks",
                               "recount", "walkout", "boycott", "sit-in", "referendum", "election", "summit"})
# 'a curfew from Friday', 'starting Monday', 'effective Sunday'.
FROM_WORDS = frozenset({"from", "starting", "beginning", "effective"})
# 'until at least Monday', 'no later than'.
UNTIL_MODIFIERS = frozenset({"at", "least", "no", "later", "than"})
# A bound that counts back from now: 'attacks since July' is last July.
PAST_BOUND_PREPS = frozenset({"since"})
# 'until', 'till', 'through' before a time.
UNTIL_WORDS = frozenset({"until", "till", "through"})
# 'a 12-year-old': a duration that is an age.
AGE_WORDS = frozenset({"old", "-old"})
# A gap in a race or a match clock: '48 seconds behind', 'by 31 seconds', '12 minutes from time'.
MARGIN_AFTER = frozenset({"behind", "ahead", "clear", "adrift"})
MATCH_CLOCK_AFTER = frozenset({"from time", "from full-time", "from half-time"})
# 'won by 31 seconds' is a margin; 'delayed by two years' is a span of time.
MARGIN_UNITS = frozenset({"second", "minute"})
# 'up 65 percent from October': a measure before 'from', not something put in force.
PERCENT_WORDS = frozenset({"percent", "pct", "per cent"})
# Seasons -> TIMEX3's season code ('the summer of 2021' is 2021-SU), and the month each starts in,
# which places 'next spring' and 'last winter' on the right side of the publication date.
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_STARTS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# 'cooler weather expected Monday', 'rain forecast for Tuesday': a participle of these that
# describes a noun looks ahead, whatever the tense of the sentence.
EXPECTING_PARTICIPLES = frozenset({"expect", "forecast", "predict", "due", "anticipate"})
# 'next spring' and 'the coming winter' lie ahead; 'last summer' and 'the past winter' behind.
SEASON_AHEAD = frozenset({"next", "coming"})
SEASON_BEHIND = frozenset({"last", "past"})
