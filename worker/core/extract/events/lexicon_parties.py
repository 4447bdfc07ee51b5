"""More of the events family's word lists (``lexicon.py`` holds the rest): who a party is when
the copy names it by kind, and the narrower words some triggers need.
"""

# 'The teams meet again in June': sides of a match meet in a fixture, not in talks.
TEAM_NOUNS = frozenset({"team", "side", "club", "squad", "rival", "opponent", "player", "finalist"})
# 'the two leaders signed', 'both ministers agreed': the people just named, by their number.
PAIR_NUMBERS = frozenset({"two", "both"})
# 'both countries had agreed': the two countries the story is about.
PAIRED_COUNTRY_NOUNS = frozenset({"country", "nation"})
# 'announced 45 million dollars in aid': a verb that pledges only when its object is aid itself,
# not any money ('announced a $2 billion buyback' is no aid).
ANNOUNCING_VERBS = frozenset({"announce", "unveil"})
STRICT_AID_NOUNS = frozenset({"aid", "assistance", "relief", "humanitarian"})
# 'families received food parcels from the Red Crescent': aid told from the receiving end, the
# giver named after 'from'; without a giver it is no aid event.
RECEIVING_VERBS: dict[str, str] = {"receive": "from"}
# Food staples are aid when sent, donated or airlifted ('sent 200 tonnes of rice'); shipped or
# delivered they are as often trade ('shipped 2 million tonnes of grain'), so those verbs need
# an aid word proper.
STAPLE_AID_NOUNS = frozenset({"rice", "flour", "wheat", "grain", "maize", "lentils", "beans"})
STAPLE_AID_VERBS = frozenset({"send", "donate", "airlift", "dispatch", "give", "fly", "truck", "provide",
                              "pledge", "promise", "receive"})
# 'invited union leaders to talks', 'summoned the envoys for talks': who invites and who is
# invited take part in the talks.
INVITING_VERBS = frozenset({"invite", "summon"})
# 'sent two aircraft carrying 60 tonnes of tents to Nepal on Thursday': a vehicle sent with its
# load; where and when the load goes is told on the carrying verb.
CARRYING_VERBS = frozenset({"carry", "bring", "transport", "ferry"})
# 'followed by the United States with $250 million', 'and Brazil $20 million': the word between a
# giver in a list of pledges and its amount, and the labels a giver's name may carry.
LIST_GIVER_LINKS = frozenset({"with"})
GIVER_LABELS = frozenset({"GPE", "ORG", "NORP"})
# 'a military airstrike', 'an army drone strike': the adjective before an attack names who struck.
FORCE_ADJECTIVES = frozenset({"military", "army", "government", "junta", "navy"})
# 'asked the government for food and water': a request told by what is asked for.
ASKING_FOR_VERBS = frozenset({"ask", "appeal", "petition"})
# 'The city asked residents not to fly drones': a place's own government, as the copy names it.
GOVERNING_PLACE_NOUNS = frozenset({"city", "municipality", "town", "county", "province"})
# 'declared a state of emergency', 'imposed emergency rule': a declaration's word before a noun
# declares only with these nouns; 'announced emergency aid', 'an emergency meeting' declare nothing.
DECLARED_HEADS = frozenset({"state", "zone", "area", "law", "rule", "decree", "measures", "powers", "period",
                            "situation", "alert", "status", "order", "regime", "restrictions"})
# Sent to a disaster, crews and their machines are aid as much as goods are ('sent two
# firefighting planes and 80 brigade members', 'dispatched rescue teams').
RESCUE_AID_WORDS = frozenset({"firefighting", "firefighter", "firefighters", "rescuers", "rescue", "brigade",
                              "brigades", "medics", "paramedics", "kits", "insecticide", "water-bombing"})
# 'the next donors' meeting': a word that places the meeting in a series, which the parser may hang
# on the owner; it is not part of who meets.
SERIES_WORDS = frozenset({"next", "last", "previous"})
# 'The agency sent 20,000 doses': the body named with that word ('... Security Agency'), else the
# body the story named last ('the World Health Organization').
NAMED_FIRST_BODY_NOUNS = frozenset({"agency"})
# 'released 800 million naira for drugs', 'disbursed $2 million': money let go of by a budget or a
# fund is aid sent; anything else released (prisoners, a report) is not.
MONEY_ONLY_AID_VERBS = {"release": "sent", "disburse": "sent"}
# 'Argentina has offered to send engineers': an offer of help, told by what the giver would do.
OFFERING_VERBS = frozenset({"offer"})
HELPING_VERBS = frozenset({"send", "lend", "provide", "share", "supply", "restart", "build", "rebuild", "fund",
                           "pay", "help", "train", "deploy", "donate", "repair", "finance", "deliver", "equip"})
# 'two days of national mourning', 'a nationwide state of emergency': the whole country's.
NATIONWIDE_WORDS = frozenset({"national", "nationwide", "countrywide"})
# 'declared two days of mourning beginning Tuesday', '... from Friday': when what was declared starts.
STARTING_WORDS = frozenset({"beginning", "starting", "from"})
