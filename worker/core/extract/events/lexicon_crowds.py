"""Words that give a protest its crowd size outside the sentence that tells it (``types.protest``).
"""

# 'Organisers put the crowd at 60,000', 'Police estimated the crowd at 8,000': a crowd sized 'at' N.
ESTIMATE_VERBS = frozenset({"put", "estimate", "number", "place"})
ESTIMATE_PREP = "at"
# 'About 600 farmers took part', 'some 2,000 people turned out': a counted subject took part.
# A verb with the particle or object it needs; None needs none beyond a protest word as object.
TURNOUT_VERBS: dict[str, str | None] = {"take": "part", "turn": "out", "join": None, "attend": None}
# How many sentences after a protest's own may size it: the next one or two tell the figures.
SIZE_SENTENCES = 2
# 'activists protested outside', read by the parser as a participle on 'activists' (a reduced
# relative clause): the noun it hangs on protests, unless an agent says otherwise.
REDUCED_RELATIVE_TAGS = frozenset({"VBD", "VBN", "VBG"})
# 'striking miners marched': a march by strikers is a march, not the strike itself.
MARCHING_LEMMAS = frozenset({"march", "parade"})
# 'air strikes', 'drone strikes': a strike by a weapon is an attack, never a labour strike (read
# by ``labour.is_labour_strike``), together with the weapon words of ``WEAPONS``.
ARMED_STRIKE_MODIFIERS = frozenset({"air", "military", "precision", "retaliatory", "naval"})
