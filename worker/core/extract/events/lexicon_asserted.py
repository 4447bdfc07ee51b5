"""Word lists for telling an event the copy asserts from one it only names: plotted, in question,
denied, a press event, or a history (``mentions`` and ``drafting`` read them).
"""

# 'jailed for plotting a bomb attack', 'conspired to kidnap': what was plotted did not happen.
PLOT_LEMMAS = frozenset({"plot", "conspire", "scheme"})
# 'will show whether asteroids delivered water': a clause in question asserts nothing.
IN_QUESTION_MARKS = frozenset({"whether"})
# 'It looked like a fire had gone through', 'as if a bomb had exploded': a likeness, not an event.
SEMBLANCE_VERBS = frozenset({"look", "seem", "sound", "feel"})
AS_IF_MARKS = frozenset({"if", "though"})
# 'told a news conference', 'at a press briefing': where something was said, not talks.
PRESS_MODIFIERS = frozenset({"news", "press", "media"})
PRESS_EVENT_NOUNS = frozenset({"conference", "briefing", "session", "meeting"})
# 'three suspects aged 22 and 35 on Thursday': an age participle holds no date of its own.
AGE_PARTICIPLES = frozenset({"aged"})
# 'arrested hours after the crash', 'Police arrested 16 people after protesters threw stones': an
# arrest told without a date or place follows the attack, crash or protest told before it.
PRECEDING_TYPES = frozenset({"attack", "disaster", "protest"})
# 'the camp had been attacked twice before': earlier attacks counted, not the one reported.
EARLIER_ADVERBS = frozenset({"before", "previously", "twice"})
# 'Rebels attacked ...' then 'The assault ... was blamed on X': a kind of attacker that the name
# blamed for the same attack replaces.
ATTACKER_KINDS = frozenset({"rebel", "gunman", "militant", "attacker", "assailant", "fighter", "insurgent",
                            "jihadist", "militiaman", "bandit"})
# 'fighters from X', 'insurgents linked to Y', 'gunmen belonging to Z': the group they are of.
GROUP_LINKS = frozenset({"from", "of", "to"})
# 'the capsule would be flown to Japan', 'the samples will travel to Houston': things carried
# make no trip of a traveller.
CARRIED_THINGS = frozenset({"capsule", "sample", "cargo", "shipment", "consignment", "probe", "spacecraft",
                            "satellite", "rocket", "parcel", "package", "container", "vaccine", "dose",
                            # 'the ship was heading for Tartus': a vessel's course is no one's visit
                            "ship", "vessel", "tanker", "freighter", "barge", "trawler"})
# 'stocks rallied', 'Shares of power producers rallied': markets that rally hold no protest.
MARKET_NOUNS = frozenset({"stock", "share", "index", "market", "currency", "dollar", "euro", "yen", "pound",
                          "bond", "price", "oil", "gold", "futures", "equity", "peso", "rupee", "yuan", "rand"})
# A story naming markets this often is a market report: its 'rally' is prices rising ("Wall
# Street's rally was killed off"), unless people who protest are in it too.
MARKET_STORY_WORDS = 3
PROTESTING_PEOPLE = frozenset({"protester", "demonstrator", "marcher", "crowd", "activist", "placard", "chant"})
# 'a rally in bank shares', 'a rally of tech stocks': where a rally's market is named.
RALLY_PREPS = frozenset({"in", "of"})
# 'a ransomware attack crippled the hospital', 'hackers encrypted its records': in a story that
# reports nobody hurt, an attack on computers is no attack event.
CYBER_WORDS = frozenset({"ransomware", "cyberattack", "cyber-attack", "cyber", "hacker", "hackers", "hacking",
                         "malware", "phishing", "cyberattacks"})
# 'no one was detained', 'police arrested nobody', 'none of them marched': an event that nobody
# did or underwent did not happen ('no one' is the determiner 'no' on 'one').
NOBODY_WORDS = frozenset({"nobody", "none", "no-one", "noone"})
NOBODY_ONE = "one"
NOBODY_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
# 'Bureau of Police Investigation', 'Office for Counter-Terrorism': after these words a body's name
# says what the body does, and its words tell no event.
NAME_LINK_WORDS = frozenset({"of", "for"})
# Conjunctions of a clause that happened when the clause it hangs on did ('... on Saturday when a
# bomber drove into a checkpoint', '... on Monday as dockworkers walked out').
SAME_MOMENT_MARKS = frozenset({"when", "as"})
# The relative adverb of a clause told of a day ('Thursday, when a second strike is due to begin').
TIME_RELATIVES = frozenset({"when"})
