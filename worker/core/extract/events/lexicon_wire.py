"""Words of event rules read off wire copy: parts of talks, groups of bodies, trips in sequence,
arrests told in two sentences, and what is not an event in sport, business and background."""

# 'the next round would be held in Nairobi': a part of talks the story told before.
ROUND_NOUNS = frozenset({"round"})
# 'Observers from the African Union urged ...', 'Analysts at X called for ...': a group of a named
# body acts for it.
GROUP_OF_BODY_PREPS = frozenset({"at", "from", "of", "with"})
# '... meet X before returning to Tokyo', 'after flying to Lagos': a trip told after or before the
# traveller's act, with the act's subject as its traveller.
TRIP_SEQUENCE_PREPS = frozenset({"before", "after"})
# 'Two signal operators were also detained': more people held in the arrests told before.
ADDITION_WORDS = frozenset({"also"})
# 'floods the line most springs', 'every year': a habit, not an event.
HABIT_DETERMINERS = frozenset({"most", "every", "each"})
HABIT_UNITS = frozenset({"year", "spring", "summer", "autumn", "fall", "winter", "season", "month", "week", "day",
                         "night", "morning", "weekend"})
# 'Two more suspects', 'another three': a count told as added to one before.
ADDED_COUNTS = frozenset({"more", "another", "additional", "further"})
# 'would appeal against the red card', 'appealed the booking': a match official's decision, no court.
DISCIPLINE_NOUNS = frozenset({"card", "booking", "sending-off"})
# 'offered 1,250 rupees a share', 'per share': a price bid for a company, no aid.
PRICE_UNITS = frozenset({"share", "unit", "tonne", "barrel", "ounce"})
PRICE_DETERMINERS = frozenset({"a", "per", "each"})
# 'would give 200,000 rupees to the family of each person killed': compensation to victims'
# kin, no aid between parties.
KIN_NOUNS = frozenset({"family", "families", "relatives", "kin", "next-of-kin", "dependants", "dependents"})
# 'delivered 1.2 million doses ..., which arrived in Blantyre on Monday': where and when aid came.
ARRIVAL_VERBS = frozenset({"arrive", "land"})
# 'landed at Zvartnots airport outside Yerevan': the town an airport is told by.
AIRPORT_TOWN_PREPS = frozenset({"outside", "near", "in", "of"})
# '4,800 migrants had landed in Italy so far in August': a count of arrivals to date, no trip.
TALLY_PHRASES = ("so far", "to date", "this year")
# 'Nsanje, where floods in July left ...', 'Vietnam, which was hit by storms in October': words that
# open a clause describing something already named.
RELATIVE_WORDS = frozenset({"where", "which", "that", "who"})
# 'went on strike twice this year', 'has struck three times since May': a tally of events, no one
# event of the story.
FREQUENCY_WORDS = frozenset({"twice", "thrice", "repeatedly"})
FREQUENCY_NOUNS = frozenset({"times"})
# 'would ask a judge on Friday to keep the suspects in pre-trial detention': a custody hearing asked
# of a court.
ASKING_VERBS = frozenset({"ask", "request", "petition", "urge"})
KEEPING_VERBS = frozenset({"keep", "hold", "remand", "detain", "jail"})
# 'Landslides and floods triggered by three days of rain': hazards of one downpour, one disaster.
RAIN_HAZARDS = frozenset({"flood", "landslide"})
# 'a flood of cheaper imports', 'a storm of criticism', 'an avalanche of orders': a hazard noun
# that measures what follows 'of' is a figure of speech.
FIGURATIVE_HAZARDS = frozenset({"flood", "deluge", "storm", "avalanche", "tsunami", "wave"})
# ... unless what follows is what such a hazard is made of ('a flood of water', 'an avalanche of snow').
HAZARD_STUFF = frozenset({"water", "mud", "rain", "seawater", "snow", "ice", "rock", "debris", "lava", "wind"})
# Hazards that strike one spot: told in a province or a country, they happened in the town the
# opening places them in. A heatwave, a drought or a storm covers the region it is told in.
POINT_HAZARDS = frozenset({"crash", "sinking", "collapse", "landslide", "explosion", "fire", "avalanche"})

# 'A summit will open in Nairobi', 'talks resumed in Doha': verbs a gathering is the subject of
# that say where and when it happens.
UNFOLDING_VERBS = frozenset({"open", "begin", "start", "resume", "convene", "reconvene", "continue", "close",
                             "end", "conclude", "wrap", "run"})
# 'The minister is expected in Lyon on Sunday': a passive 'expect' with a place after 'in' or 'at'
# and no verb of its own is a trip on its way.
EXPECTED_VERBS = frozenset({"expect"})
# 'an IMF mission is due in Colombo in February': a visit set for a day, told by the adjective.
DUE_WORDS = frozenset({"due"})
# 'said after the hearing', 'before the summit': a gathering told before, named to date something
# else, is no event of its own.
DATING_PREPS = frozenset({"after", "before", "during", "following", "since"})
EXPECTED_AT_PREPS = frozenset({"in", "at"})
# 'flown to Fiona Stanley Hospital': the injured taken for care make no trip.
CARE_PLACE_WORDS = frozenset({"hospital", "clinic", "infirmary", "morgue"})
# 'Tens of thousands of teachers', 'dozens of residents': words that count whoever follows 'of'.
COUNTING_WORDS = frozenset({"tens", "dozens", "scores", "hundreds", "thousands", "millions"})
# 'gunfire broke out outside the stadium': shooting told by what started.
SHOTS_NOUNS = frozenset({"gunfire", "shots", "shooting"})
ERUPTING_VERBS = frozenset({"break", "erupt", "ring"})
# Measures that are sanctions by what they bar: 'travel bans and asset freezes on six officers'
# (a bare 'ban' may be any rule: 'a ban on smoking').
SANCTION_MEASURES = frozenset({"ban", "bans", "freeze", "freezes"})
SANCTION_MEASURE_KINDS = frozenset({"travel", "asset", "visa", "arms", "export", "import"})
# 'funneled to shell companies', read as the verb 'shell': a company is no target of shelling.
NOT_ATTACKED_OBJECTS = frozenset({"company", "firm", "corporation", "account", "entity", "fund"})
# 'A bomb hidden on a motorcycle exploded': a device that went off makes the story's explosions
# an attack (a bombing), not an accident.
EXPLODING_VERBS = frozenset({"explode", "detonate"})
BOMB_NOUNS = frozenset({"bomb", "device", "explosive", "explosives", "ied", "grenade", "bomber", "mine"})
# 'a suicide bomber drove ... into a checkpoint': whoever the bomber is, the blast was an attack.
BOMBER_NOUNS = frozenset({"bomber"})
# 'X claimed responsibility for the bombing': the group that says it attacked.
CLAIM_VERBS = frozenset({"claim"})
CLAIMED_NOUNS = frozenset({"responsibility", "credit"})
# A relative pronoun subject of a person ('X, who flew to Wa'): the clause's subject is its antecedent
# ('which' is left alone: 'a depot in Mombasa, which arrived' may hang on the wrong noun).
PERSON_RELATIVES = frozenset({"who"})
# 'banners that demanded the return of their savings': what a protest carries says, nobody asks.
PROTEST_SIGNS = frozenset({"banner", "placard", "sign", "poster", "slogan", "chant"})
# 'flew two million tablets to Nampula', 'flew them to Kathmandu': with an object, these verbs carry
# someone or something; the subject makes no trip of its own.
FLOWN_VERBS = frozenset({"fly", "airlift", "ship", "drive", "send"})
# 'They are expected to appear in court': a plural pronoun that stands for a group told before.
PLURAL_PRONOUNS = frozenset({"they", "them"})
# "the mayor's office asked residents ...": a title's office acts, named with its owner.
OFFICE_NOUNS = frozenset({"office", "cabinet", "secretariat", "bureau"})
# Hazards a bigger one brings: a typhoon's floods and landslides are the typhoon's toll, told
# as one disaster ('the storm ... flooding low-lying towns', 'killed by landslides').
DISASTER_CONSEQUENCES: dict[str, frozenset[str]] = {
    "storm": frozenset({"flood", "landslide", "collapse", "avalanche", "sinking"}),
    "earthquake": frozenset({"collapse", "landslide", "tsunami", "fire"}),
    "eruption": frozenset({"landslide", "fire", "explosion"}),
    "crash": frozenset({"fire", "explosion"}),   # 'the bus caught fire almost immediately'
    "landslide": frozenset({"collapse"}),   # "a hillside collapsed onto a village" ... "the landslide"
}
# 'A train slammed into a bus', 'a lorry hit a minibus': a vehicle striking another vehicle, or what
# stands by a road, crashed ('its aircraft struck RSF positions' is an air strike).
VEHICLE_IMPACT_VERBS = frozenset({"slam", "smash", "ram", "hit", "strike"})
IMPACTED_THINGS = frozenset({"tree", "wall", "barrier", "pole", "pylon", "pedestrian", "embankment", "bridge",
                             "truck", "lorry", "bus", "minibus", "car", "van", "train", "tram", "taxi", "tanker",
                             "vehicle", "coach", "motorcycle", "bicycle"})
# 'the shooter, identified as ... Dale Brenner': the participles that name an assailant ('men
# sitting outside the restaurant in X' names no one).
NAMING_PARTICIPLES = frozenset({"identify", "name", "call"})
# 'through floods and heatwaves', 'despite storms': hazards lived through in general, no event.
WEATHERED_PREPS = frozenset({"through", "despite", "against", "like"})
# 'Prosecutors had asked for 15 years': what the prosecution seeks of a court is its demand.
SEEKING_VERBS = frozenset({"ask", "seek", "request", "want"})
PROSECUTING_NOUNS = frozenset({"prosecutor", "prosecution"})
# 'The union is seeking a 7% pay rise', 'The unions want a minimum price': what a union seeks of
# the other side of a labour dispute is its demand (an object, not 'want to go home'; 'miners' or
# 'drivers' seeking approval or guarantees may be firms or customers).
LABOUR_SEEKERS = frozenset({"union"})
# 'Defense attorney X sought five', 'her lawyer argued for three': the sentence the defence asks of
# the court, told only by a number or a term after the prosecution's ask, is its demand too.
DEFENDING_NOUNS = frozenset({"lawyer", "attorney", "counsel", "defense", "defence"})
PLEADING_VERBS = frozenset({"argue"})
# ('was seeking a second term' asks voters, not a court: 'term' only from a defender.)
SENTENCE_NOUNS = frozenset({"sentence", "probation", "acquittal"})
SENTENCE_WORDS = SENTENCE_NOUNS | {"year", "month", "term"}
# 'nine coaches jumped the tracks', 'the train left the rails': a derailment told as a verb and the
# track it left.
LEAVING_TRACK_VERBS = frozenset({"jump", "leave"})
TRACK_NOUNS = frozenset({"track", "rail", "line"})

# Fines a regulator imposes: 'the commission fined X 250 million naira'. A court's fine is part of its sentence (a legal action), so a court or a judge as the
# one who fines makes no sanction.
# (Forms, not only the lemma: the model's lemmatiser reads 'fined' as 'fin'.)
FINING_VERBS = frozenset({"fine", "fined", "fines", "fining"})

# Who reports an arrest told in a clause joined to another ('fled the scene but was arrested, police
# said') made it only if it is the force that holds people: officials may report another's arrest.
ARRESTING_FORCES = frozenset({"police"})
# 'the army responded with air strikes', 'troops retaliated with artillery fire': whoever
# answered made the attack the answer names.
RESPONDING_VERBS = frozenset({"respond", "retaliate", "reply", "hit"})
# 'a bus fell 200 metres into a ravine' is a crash; 'lorry traffic had fallen by 8%' is not.
FALLING_VERBS = frozenset({"fall", "tumble"})
FALL_PREPS = frozenset({"into", "off", "down"})
# 'The attackers ... entered Mangusu shortly before midnight on Saturday': who went in, and how.
ATTACKER_PLURALS = frozenset({"attacker", "gunman", "fighter", "militant", "assailant", "raider", "rebel", "bandit",
                              "insurgent", "jihadist"})
ENTERING_VERBS = frozenset({"enter", "storm", "raid", "overrun", "invade", "reach"})
# 'police arrested three suspects ... officers had arrested three men': words for the members of
# one unnamed force, which name the same side as the force does (``types.arrest``).
FORCE_MEMBERS = frozenset({"police", "officers", "officer", "policemen", "agents", "detectives",
                           "investigators", "gendarmes"})
# 'Gunmen kidnapped 18 passengers', 'aid workers abducted by an armed group', 'the abduction':
# the taking of people, an attack of its own kind (``types.attack``; ACLED's abductions).
KIDNAP_WORDS = frozenset({"kidnap", "abduct", "kidnapping", "abduction"})
# 'either side can appeal', 'he may be charged': a modal of possibility proposes, nothing happened
# or is set (``types.legal``).
POSSIBILITY_MODALS = frozenset({"can", "could", "may", "might"})
# 'is wanted in New York on charges of fraud': charged, told by who wants the accused.
WANTED_VERBS = frozenset({"want"})
# 'the court began hearing a request', 'would hear evidence from two psychiatrists': what a court
# hears in a hearing (``court_phrases``).
HEARD_MATTERS = frozenset({"evidence", "case", "request", "appeal", "argument", "arguments", "testimony",
                           "challenge", "petition", "submission", "submissions", "bid"})
HEARING_VERBS = frozenset({"hear"})
# 'About 30 investors, some holding placards, gathered outside the court': people who gather with
# what a protest carries protest (``types.protest``).
GATHERING_VERBS = frozenset({"gather", "assemble", "converge"})
# 'expected to give his ruling in February', 'will hand down its ruling': a ruling to come.
RULING_VERBS = frozenset({"give", "deliver", "issue", "hand", "announce"})
RULING_NOUNS = frozenset({"ruling"})
SETTING_AUXILIARIES = frozenset({"will", "would"})
# What people who gather carry when they protest ('some holding placards'); chants and flags
# also go with celebrations ('gathered to celebrate, waving flags and chanting').
CARRIED_SIGNS = frozenset({"placard", "banner", "poster"})
