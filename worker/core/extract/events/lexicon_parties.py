"""More of the events family's word lists (``lexicon.py`` holds the rest): who a party is when
the copy names it by kind, and the narrower words some triggers need.
"""

# 'The teams meet again in June': sides of a match meet in a fixture, not in talks.
TEAM_NOUNS = frozenset({"team", "side", "club", "squad", "rival", "opponent", "player", "finalist"})
# 'the two leaders signed', 'both ministers agreed': the people just named, by their number.
PAIR_NUMBERS = frozenset({"two", "both"})
# 'announced 45 million dollars in aid': a verb that pledges only when its object is aid itself,
# not any money ('announced a $2 billion buyback' is no aid).
ANNOUNCING_VERBS = frozenset({"announce", "unveil"})
STRICT_AID_NOUNS = frozenset({"aid", "assistance", "relief", "humanitarian"})
