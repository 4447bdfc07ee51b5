"""Words of labour disputes: what makes a 'strike' a walkout (read by ``labour`` and
``types.protest``)."""

STRIKE_MODIFIERS = frozenset({"nationwide", "national", "general", "hour", "day", "week", "wildcat", "hunger",
                              "rolling", "second", "third", "further", "planned", "indefinite", "24-hour",
                              "48-hour", "one-day", "two-day"})
LABOUR_WORDS = frozenset({"union", "unions", "workers", "staff", "pay", "wages", "employees", "walkout",
                          "shifts", "shift", "bargaining", "mediation", "nurses", "teachers", "drivers",
                          "controllers", "dockworkers", "miners", "doctors", "strikers", "picket"})
# 'walked off the job', 'walked out': a walkout without the word strike.
WALKOUT_VERBS = frozenset({"walk", "stage"})
# Nouns of a walkout read like 'strike' ("a second 48-hour stoppage", "joined the walkout").
STRIKE_NOUNS = frozenset({"strike", "walkout", "stoppage"})
WALKOUT_PARTICLES = frozenset({"off", "out"})
# 'went on strike', 'staged a strike': verbs whose strike is a walkout.
STRIKE_VERBS = frozenset({"go", "stage", "hold", "launch", "join", "end", "begin", "start", "call"})
