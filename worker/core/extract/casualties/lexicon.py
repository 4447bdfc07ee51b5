"""The casualties family's word lists, kept as data apart from the rules that read them."""

from worker.core.models.casualties import CasualtyCategory

# Read by ``counts``.
UPDATE_CUES = {
    "rise", "rose", "risen", "climb", "increase", "jump", "reach", "toll", "now", "later",
    "update", "revise", "total", "soar", "mount", "raise",
    # ('The number of missing fell to 11': a count revised down is revised too.)
    "fell to", "fallen to", "dropped to", "down to",
}
# 'the toll had risen to 23', 'the toll climbed to': a revision of the story's toll.
RISE_CUES = ("rose", "risen", "climbed", "jumped", "increased", "reached", "rising", "climbing")
VAGUE_WORDS = ("dozen", "score", "hundreds", "thousands", "millions", "tens of", "handful")
# Links from a participle to the clause it hangs on ('sank in 2018, leaving 160 missing').
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "oprd", "acomp"})
# 'since then': the date a running toll counts from is in the sentence before.
SINCE_BACK_REFERENCES = frozenset({"then"})
# Entity labels of a dateline's place, which the parser may read as a lede's subject.
DATELINE_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON"})
DATELINE_TOKENS = 8   # a dateline's place opens the story: 'SAN JOSE, Costa Rica (AP) -'.
# How far above its lower bound a vague count reaches: 'dozens' (24) covers 40, not 200.
VAGUE_RANGE = 5
# How far above a rounded figure ('more than 24,000') the exact one it rounds (24,300) may lie.
ROUNDED_RANGE = 1.1
PLACE_PREPOSITIONS = {"in", "near", "at", "across", "outside", "around", "throughout", "on", "from", "of"}
# 'Officials had earlier put the toll at 11': a figure the story itself dates as older.
EARLIER_CUES = ("earlier", "previously", "initially", "at first", "first reported", "had put", "had said",
                "first count", "first toll", "first figure", "initial", "previous",
                # ("The toll stood at 16 deaths a week ago": a figure dated before the one it meets.)
                "ago", "last week")

# From reading.
# Lemma (or lower-cased form) of a trigger word -> category.
VERB_TRIGGERS: dict[str, CasualtyCategory] = {
    "kill": "killed", "die": "killed", "slay": "killed", "perish": "killed", "behead": "killed",
    "execute": "killed", "drown": "killed",
    "wound": "wounded", "injure": "wounded", "hurt": "wounded", "hospitalize": "wounded",
    "hospitalise": "wounded", "maim": "wounded",
    "rescue": "rescued", "save": "rescued", "evacuate": "displaced", "displace": "displaced",
    "flee": "displaced", "relocate": "displaced", "uproot": "displaced",
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested",
}
ADJ_TRIGGERS: dict[str, CasualtyCategory] = {
    "dead": "killed", "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
    "missing": "missing", "unaccounted": "missing", "homeless": "displaced",
    "displaced": "displaced", "evacuated": "displaced", "detained": "arrested",
    "arrested": "arrested", "rescued": "rescued",
}
NOUN_TRIGGERS: dict[str, CasualtyCategory] = {
    "death": "killed", "fatality": "killed", "body": "killed", "injury": "wounded",
    "arrest": "arrested", "evacuee": "displaced", "casualty": "killed", "toll": "killed",
}
# The nouns a casualty count may count. Anything else ('12 buildings') is not a casualty.
PERSON_NOUNS = {
    "people", "person", "persons", "civilian", "child", "kid", "woman", "man", "adult", "resident",
    "villager", "soldier", "troop", "officer", "policeman", "policemen", "police", "protester",
    "protestor", "demonstrator", "student", "worker", "miner", "passenger", "crew", "member",
    "fighter", "militant", "rebel", "journalist", "tourist", "pilgrim", "worshipper", "migrant",
    "refugee", "patient", "victim", "survivor", "firefighter", "rescuer", "staff", "employee",
    "citizen", "inhabitant", "family", "infant", "baby", "girl", "boy", "teenager", "pupil",
    "shopper", "spectator", "fan", "individual", "suspect", "attacker", "gunman", "detainee",
    "prisoner", "inmate", "other", "guard", "personnel", "national", "foreigner", "pedestrian",
    "motorist", "driver", "owner", "hostage", "activist", "agent", "teacher", "doctor", "nurse", "farmer",
    "fisherman", "sailor", "pilot", "hiker", "climber", "athlete", "player", "guest", "visitor",
    "youth", "elderly", "household", "occupant", "commuter", "bystander", "marcher", "operator", "supervisor",
}
# Those who attacked: their dead are a count of their own, never a revision of their victims' toll.
ATTACKER_GROUPS = frozenset({"attacker", "assailant", "militant", "gunman", "insurgent", "fighter", "rebel",
                             "jihadist", "bomber"})
GENERIC_GROUPS = {"people", "person", "persons", "individual", "other", "victim", "civilian"}
# Counted apart from a toll of people, not as a part of it: 'one suspect was killed in a gunfight',
# 'two soldiers were wounded' after '30 people were wounded' (the other side of the fighting).
APART_GROUPS = ATTACKER_GROUPS | {"suspect", "soldier", "troop", "officer", "policeman", "gendarme", "guard"}
VAGUE_HEADS = {"dozens", "scores", "hundreds", "thousands", "millions", "dozen", "tens", "handful"}
# 'the remaining 12', 'the other five': the rest of a count told before, no count of their own.
REMAINDER_WORDS = frozenset({"remaining"})
# 'among them six children': the words right before a count that make it a part of a total.
PART_CUES = frozenset({"among"})
PART_PRONOUNS = frozenset({"them", "whom"})
SUBGROUP_CUES = {"including", "among", "includes", "included", "include"}
RUBBLE = {"rubble", "debris", "wreckage", "ruins", "water", "sea", "river", "floodwaters", "mud", "floodwater",
           "waters", "rooftops", "rooftop", "roofs", "roof", "trees", "wreck"}
# Where evacuees are taken: 'moved to schools and tent camps' displaces people.
SHELTERS = {"shelter", "school", "camp", "church", "centre", "center", "stadium", "mosque", "monastery",
             "temple", "gym", "gymnasium", "hall", "safety", "ground"}
INJURY_NOUNS = {"burn", "injury", "wound", "inhalation", "cut", "fracture", "trauma", "shock", "hospital", "bone",
                "exhaustion", "heatstroke", "dehydration", "hypothermia", "frostbite", "lesion", "poisoning"}
# 'taken to hospital with burns', 'flown to Perth with head injuries': hurt, told by the trip.
HOSPITAL_VERBS = frozenset({"take", "rush", "fly", "airlift", "admit", "carry", "bring"})
INJURED_WITH_PREPS = frozenset({"with", "for"})
HOMES = {"home", "house", "village", "town", "neighbourhood", "neighborhood", "land", "area"}
# 'the number of rescued rose to 171': a count noun whose figure the verb states.
COUNT_NOUNS = {"number", "count", "tally", "total", "toll", "figure"}

# Words the rules ask about in passing.
# 'a dead man': an article that counts one.
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# 'treated in hospital', 'treated for burns'.
TREATED_PREPS = frozenset({"for", "in", "at"})
# 'Four of the injured died ... Another 32 were being treated': a bare 'treated' counts the hurt
# when its sentence or the one before speaks of them with one of these words.
HURT_WORDS = frozenset({"injured", "wounded", "hurt", "injuries", "wounds"})
# '... being treated, five of them in a serious condition': a state the treated are in, not a
# place or an illness they are treated at or for.
TREATED_STATES = frozenset({"condition", "care", "state"})
# 'forced from their homes', 'driven out of'.
FROM_HOMES_PREPS = frozenset({"from", "out"})
# 'moved to schools', 'taken into shelters'.
TO_SHELTER_PREPS = frozenset({"to", "into"})
# 'were staying in schools and churches', 'spent the night in shelters': displaced, told by where
# they sleep now.
STAYING_VERBS = frozenset({"stay", "spend", "sleep", "shelter", "camp"})
STAYING_PREPS = frozenset({"in", "at", "inside"})
# Where people stay that makes them displaced: the shelter nouns that are buildings or camps.
STAYING_PLACES = frozenset(SHELTERS - {"safety", "ground"})
# 'the number of people in shelters rose to 112,000': places whose counted people are displaced
# with no verb to say so (not schools or churches, where people are also hurt or held).
SHELTERED_IN = frozenset({"shelter", "camp"})
# People on the road when it closed: a night in a shelter leaves them stranded, not displaced.
TRAVELLERS = frozenset({"motorist", "driver", "traveller", "traveler", "passenger", "commuter", "trucker"})
# People a government orders out of the country are expelled, not displaced ('a diplomat was ordered to leave').
EXPELLED_PEOPLE = frozenset({"diplomat", "ambassador", "envoy", "attache", "consul", "correspondent", "journalist"})
# Verbs that drive people from their homes (displaced without the word).
DRIVING_VERBS = frozenset({"force", "drive", "chase", "push"})
# 'forced 3,000 people to leave their homes'.
LEAVING_VERBS = frozenset({"leave", "flee", "abandon", "quit", "evacuate"})
# 'were told to leave Toodyay': ordered out of a named place (an evacuation order).
ORDERING_VERBS = frozenset({"tell", "order"})
# Verbs that move people to shelters (displaced without the word).
MOVING_VERBS = frozenset({"move", "take", "bus", "ferry", "shift", "transfer"})
# 'About 250 people were moved from low-lying homes': moved out of their homes, displaced ('taken
# from their homes' may be an abduction).
RELOCATING_VERBS = MOVING_VERBS - {"take"}
# 'pulled alive from the rubble', 'plucked from rooftops': rescued without the word.
EXTRACTING_VERBS = frozenset({"pull", "dig", "free", "lift", "airlift", "pluck"})
# What follows a number that is an age ('a 12-year-old').
AGE_AFTER = ("- year", "-year", "year - old", "years old", "- month", "month - old")
# What precedes a number that is an age ('aged 12').
AGE_BEFORE = frozenset({"aged", "age", "ages"})
# Plural endings of nouns for groups of people ('workers', 'tourists', 'Kenyans').
GROUP_SUFFIXES = ("ers", "ists", "ians")
# 'four of them': a count of people told before.
BACK_REFERENCES = frozenset({"them", "those", "whom"})
# 'the toll rose to 31', 'stands at 12'.
TOLL_PREPS = frozenset({"to", "at"})
# 'no one was hurt', 'none died': a count of nobody.
NONE_WORDS = frozenset({"no", "none", "nobody"})
# Determiners that count one ('a survivor', 'one man').
ONE_WORDS = frozenset({"a", "an", "one"})

# "the suspected gunman was arrested": one person, named by a definite article (arrests only: a
# toll written "killed the driver" is usually a person counted elsewhere in the story).
DEFINITE_ARTICLES = frozenset({"the"})
# "police shot and arrested him": one person held, named by a pronoun (arrests only, as above).
ONE_PERSON_PRONOUNS = frozenset({"him", "her", "he", "she"})
# "kill more than 3,000 people a year": a rate, background to the story, not its toll.
RATE_UNITS = frozenset({"year", "day", "week", "month", "decade"})
RATE_DETERMINERS = frozenset({"a", "an", "each", "every", "per"})
RATE_ADVERBS = frozenset({"annually", "yearly", "daily", "weekly", "monthly"})
# "has killed hundreds of people in recent years": a record told as background, not a toll.
HISTORY_PREPS = frozenset({"in", "over", "during"})
HISTORY_SPANS = frozenset({"years", "decades", "decade", "months"})
HISTORY_MODIFIERS = frozenset({"recent", "past", "last", "previous"})
# "The war has killed tens of thousands": a war's running toll, background to the day's news.
CUMULATIVE_SUBJECTS = frozenset({"war", "conflict", "insurgency", "uprising", "occupation"})
PERFECT_AUXILIARIES = frozenset({"has", "have"})
# "48 people died in train accidents in the year to March", "have died in crashes since 2021": deaths
# in many incidents of a kind, a statistic told as background ('in two crashes on Sunday' counts them).
TALLIED_INCIDENTS = frozenset({"accident", "crash", "collision", "incident"})
# "Two of his colleagues": a possessive before a person noun WordNet knows makes them people.
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "our"})
# "had died or gone missing on the route this year", "so far this year": a tally of the year to
# date, background to the story (a week or a day is the story's own time: "killed 12 this week").
YEAR_TO_DATE_UNITS = frozenset({"year"})
# An attack or a disaster dated to a month or a day that ended this many days before the story is
# an earlier one recalled ('In April, an airstrike killed 32' in December), not the story's own.
RECALLED_AFTER_DAYS = 45
# A date this close to the start of a sentence opens it ('In July, ...', 'On Aug. 9, ...').
RECALL_OPENING_CHARS = 4
YEAR_TO_DATE_DETERMINERS = frozenset({"this"})
# 'two more deaths, bringing the toll to seven': an increment, not a count of its own.
INCREMENT_WORDS = frozenset({"more", "additional", "further", "new"})
TOLL_NOUNS = frozenset({"toll", "tolls", "number", "tally", "total"})
# 'raising the number arrested to 16', 'bringing the toll to 21': a participle that revises a count.
RAISING_WORDS = ("raising", "bringing", "pushing", "taking")
# 'bringing the number held to 10': a tally of people in custody named by the verb that keeps them.
TALLY_CUSTODY_VERBS = frozenset({"hold"})
# "In Bihar alone, 19 people died": a place's share of a toll the story gives in full.
SHARE_WORDS = frozenset({"alone"})
SHARE_PREPS = frozenset({"in"})
# "Two signal operators were also detained": more people held in the same arrests.
ADDITION_WORDS = frozenset({"also"})
# Words that add a count to a total rather than break the total down ('Two more died').
ADDED_COUNT_WORDS = frozenset({"also", "more", "another", "further", "additional", "other"})
# How many sentences after a total a smaller count may be its breakdown ('Two of them died ...').
BREAKDOWN_REACH = 2
# "is suspected of killing 14 drivers", "accused of killing": an allegation about a suspect's
# record, not a toll the story reports.
ALLEGING_VERBS = frozenset({"suspect", "accuse"})
ALLEGING_PREPS = frozenset({"of"})
# "brought 38 workers to the surface", "carried 12 people to safety": rescued without the word.
BRINGING_VERBS = frozenset({"bring", "carry", "haul", "winch"})
SAFETY_NOUNS = frozenset({"surface", "safety", "shore"})
# "Eight other workers were brought out alive": rescued, told by the state they came out in.
ALIVE_WORDS = frozenset({"alive"})
# "150,000 head of cattle": livestock counted by the head, not people.
LIVESTOCK_COUNTERS = frozenset({"head"})
# "killing 14 miners and trapping nine others": people trapped are missing until found (not as a
# modifier: '12 people trapped in the rubble were rescued' counts the rescued).
TRAPPING_VERBS = frozenset({"trap", "bury"})
# 'We have buried 23 people': people who bury the dead count the dead, not the trapped.
BURYING_VERBS = frozenset({"bury"})
# Endings of nouns for people in a list of those held ('three foremen', 'two inspectors').
LISTED_PERSON_ENDINGS = ("men", "man", "ers", "ists", "ians", "ors")
# Things counted beside people that no casualty category holds: 'detained four trawlers and their
# 46 crew members' (vessels are seized, not arrested; 'trawlers' ends like a person's noun), '17
# deaths and about 820 suspected cases' (cases of a disease are people sick, not dead).
NOT_PEOPLE_NOUNS = frozenset({"trawler", "vessel", "ship", "boat", "ferry", "tanker", "freighter", "truck",
                              "lorry", "vehicle", "car", "bus", "case", "infection", "dose", "plane"})
# 'in which 17 people were killed', 'during which': relative words that make a clause describe the
# noun before it, dated as that noun's clause is.
RELATIVE_WORDS = frozenset({"which", "whom", "whose"})
# The last month of each season TIMEX3 names (northern reckoning; winter ends in the next year).
SEASON_LAST_MONTHS = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}
# 'in 2022 and 2023, when more than 1,700 people died': a clause these open is dated by its head's.
TIME_CLAUSE_MARKS = frozenset({"when"})
# 'the toll rose to nine when two infants died': words opening the clause that says why a toll rose.
RISE_CLAUSE_MARKS = frozenset({"when", "after", "as"})
# Categories whose counts may be told in parts over sentences side by side ('Five were detained at
# the port. Two more were arrested in the capital'): arrests, told by where and when they were made.
PARTS_ACROSS_SENTENCES: frozenset[CasualtyCategory] = frozenset({"arrested"})
# 'leaving six others trapped': a verb that leaves people in the state its participle names.
LEAVING_IN_STATE = frozenset({"leave"})
