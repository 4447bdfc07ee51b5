"""Words for the filing agency spoken to in its own copy (see ``own_agency``)."""

# 'told AFP': the verbs whose object is the one spoken to.
SPOKEN_TO_VERBS = frozenset({"tell"})
# 'in an interview with Reuters', 'said to AP', 'speaking to AFP'.
SPOKEN_TO_PREPS = frozenset({"with", "to"})
# 'said in an interview with Reuters', 'speaking to AFP': the words a spoken-to preposition hangs on.
SPOKEN_TO_HEADS = SPOKEN_TO_VERBS | {"interview", "say", "speak", "talk"}
