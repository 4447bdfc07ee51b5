"""Word lists more than one family reads: names, speech, tense and modality, numbers.

Kept as data, not code: the lists are general English news vocabulary, never story-specific.
"""

from worker.core.models.casualties import Qualifier

# Demonyms countryinfo (``common.demonyms``) lacks or reads otherwise: short and dotted forms, the
# shorter adjective wire copy prefers ('Saudi', 'Kazakh'), the nations of the United Kingdom as
# stories name them, and bodies of more than one country. Every other demonym comes from the package.
DEMONYM_VARIANTS: dict[str, str] = {
    "u.s.": "United States", "us": "United States", "u.k.": "United Kingdom", "uk": "United Kingdom",
    "saudi": "Saudi Arabia", "argentine": "Argentina", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan",
    "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "nepali": "Nepal", "new zealand": "New Zealand",
    "scottish": "Scotland", "welsh": "Wales", "english": "England",
    "european": "Europe", "soviet": "Soviet Union",
}

# Short and dotted forms of countries that countryinfo's other spellings lack or that are bare ISO
# codes ('US'); every other spelling comes from the package (``common.country_names``).
PLACE_VARIANTS: dict[str, str] = {
    "u.s.": "United States", "us": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States",
    "u.k.": "United Kingdom", "britain": "United Kingdom",
    "u.a.e.": "United Arab Emirates", "dprk": "North Korea",
}

# Head words of titles and roles. Multi-word titles are built from these plus their modifiers.
TITLE_HEADS: frozenset[str] = frozenset({
    "president", "vice", "minister", "premier", "chancellor", "secretary", "spokesperson",
    "spokesman", "spokeswoman", "adviser", "advisor", "envoy", "ambassador", "governor",
    "mayor", "senator", "sen.", "rep.", "representative", "lawmaker", "legislator", "judge",
    "gov.", "col.", "lt.", "capt.", "sgt.", "maj.", "cmdr.", "adm.", "supt.", "insp.", "brig.",
    "justice", "prosecutor", "attorney", "lawyer", "counsel", "general", "gen.", "commander",
    "chief", "director", "head", "chairman", "chairwoman", "chair", "ceo", "executive",
    "officer", "official", "king", "queen", "prince", "princess", "pope", "leader", "diplomat",
    "minister-counselor", "counselor", "deputy", "aide", "analyst", "economist", "professor",
    "researcher", "negotiator", "coordinator", "commissioner", "administrator", "inspector",
    "superintendent", "sheriff", "captain", "colonel", "lieutenant", "sergeant", "major",
    "admiral", "commodore", "founder", "president-elect", "speaker", "mp", "councillor", "councilor",
    "manager", "editor", "correspondent", "defendant", "plaintiff", "witness", "activist",
    "organizer", "organiser", "candidate", "rapporteur", "delegate", "member", "emir",
    "sheikh", "dr.", "mr.", "mrs.", "ms.", "treasurer", "auditor", "regulator", "strategist",
    "accountant", "businessman", "businesswoman", "entrepreneur", "engineer", "doctor", "nurse",
    "teacher", "scientist", "investigator", "detective", "attorney-general", "solicitor",
    "chancellor", "premier", "monarch", "cardinal", "archbishop", "bishop", "imam", "rabbi",
    "coach", "player", "actor", "singer", "author", "historian", "physician", "surgeon",
    "prefect", "seismologist", "epidemiologist", "meteorologist", "virologist", "volcanologist",
    "pollster", "registrar", "clerk", "trader", "banker", "counterpart", "co-defendant",
    "magistrate", "farmer", "fisherman", "shopkeeper", "pilot", "paramedic", "firefighter",
    "miner", "guard", "soldier", "commentator", "economist", "lecturer", "architect",
    "bartender", "passenger", "resident", "villager", "student", "survivor", "tourist",
    "substitute", "striker", "defender", "midfielder", "goalkeeper", "winger", "rider", "cyclist",
    "champion", "ecologist", "biologist", "geologist", "partner", "advocate", "teenager",
    "employee", "schoolteacher", "gunman", "ringleader",
    # Rugby positions, named before a player as football's are ("flyhalf X kicked ...").
    "flyhalf", "fly-half", "scrumhalf", "scrum-half", "fullback", "full-back",
    # Other positions and sports ("Brazilian forward X", "seamer X", "quarterback X").
    "forward", "centre-back", "center-back", "keeper", "wicketkeeper", "skipper", "playmaker",
    "batsman", "batter", "bowler", "seamer", "spinner", "all-rounder", "pitcher", "quarterback",
    "jockey", "sprinter", "swimmer", "center", "centre", "pivot",
    # Trades named before a name at a sentence's start ("Driver X said ..."), glued to it by the model.
    "driver",
})
# Person nouns too generic to be anyone's title ("X, a 38-year-old man"): left out of the
# WordNet ``noun.person`` words that an appositive may name (``person_nouns``).
GENERIC_PERSON_NOUNS: frozenset[str] = frozenset({
    "man", "woman", "person", "individual", "people", "boy", "girl", "child", "kid", "adult",
    "someone", "somebody", "human", "baby", "infant", "toddler", "lady", "gentleman", "guy",
    "male", "female", "victim", "friend", "one", "other", "self", "being", "soul", "figure",
})
# Endings that make a word an occupation wherever it is not listed above ("glaciologist",
# "entomologist", "oceanographer", "statistician").
OCCUPATION_ENDINGS: tuple[str, ...] = ("ologist", "ographer", "ician")
# Endings of agent nouns: what a named person is when an appositive says 'a ...' ("X, a
# stallholder"), for trades a dictionary may lack.
AGENT_ENDINGS: tuple[str, ...] = ("er", "or", "ist")


# Lemmas of verbs that introduce speech. Reported speech needs one of these with a clause.
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "reiterate", "insist", "claim", "state", "announce", "warn",
    "stress", "maintain", "argue", "acknowledge", "confirm", "deny", "explain", "write",
    "note", "declare", "assert", "contend", "predict", "reply", "respond", "admit", "allege",
    "recall", "suggest", "testify", "tweet", "post", "report", "emphasize", "emphasise",
    "caution", "concede", "vow", "promise", "pledge", "urge", "describe", "call", "ask",
    "dismiss", "voice", "accuse", "remark", "observe", "conclude", "agree", "complain",
    "estimate", "believe", "think", "question", "counter", "rule", "order", "find",
    "answer",
})


# Nominal speakers ("the think tank said") and the entity type they stand for.
ORG_NOMINALS: frozenset[str] = frozenset({
    "tank", "group", "organization", "organisation", "agency", "ministry", "company", "firm",
    "court", "council", "committee", "institute", "bank", "government", "department",
    "office", "union", "association", "party", "administration", "commission", "board",
    "statement", "report", "body", "authority", "service", "army", "military", "police",
    "regulator", "watchdog", "charity", "network", "foundation", "center", "centre",
    "university", "league", "federation", "alliance", "coalition", "bloc", "mission",
})


# Verbs whose complement describes something wished for rather than scheduled.
PROPOSAL_VERBS = {
    "hope", "want", "seek", "propose", "offer", "suggest", "urge", "call", "ask", "invite",
    "push", "press", "demand", "wish", "aim", "try", "rule", "consider", "float", "insist",
    "agree", "eager", "ready", "willing", "would",
}
PROPOSAL_NOUNS = {"proposal", "offer", "call", "invitation", "plan", "idea", "push", "bid"}
# 'until an agreement is signed', 'unless a deal is reached': what a condition waits for.
CONDITION_MARKS = frozenset({"until", "unless", "if", "till"})
# 'the demand that Washington lift sanctions', 'demanded that the army withdraw': a that-clause after
# these words asks for what it tells; it reports nothing done.
DEMAND_WORDS = frozenset({"demand", "request", "appeal", "call", "insist", "urge", "ask", "propose", "suggest"})
# Verbs and adjectives that put their complement in the future.
FUTURE_MARKERS = {
    "will", "shall", "'ll", "expect", "schedule", "plan", "due", "set", "go", "intend", "slate",
}

# Passives that look ahead ('were expected at the site by Friday'); not 'set', which is also
# 'set alight', nor 'go'.
PASSIVE_FUTURE = frozenset({"expect", "schedule", "slate", "plan", "due"})

# Words the rules ask about in passing.
# Auxiliaries that put a clause in the future.
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "would"})
# Auxiliaries that make a clause a possibility, not a fact.
MODAL_AUXILIARIES = frozenset({"could", "might", "may", "should"})
# 'is travelling', 'are meeting': a present progressive that looks ahead.
PROGRESSIVE_AUXILIARIES = frozenset({"is", "are", "am"})

# Number words (read by ``numbers``).
UNITS: dict[str, int] = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "couple": 2, "pair": 2,
}
MULTIPLIERS: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}

# Vague plurals become conservative lower bounds (DESIGN.md): the smallest reading a
# careful editor would still accept, so a consumer summing counts never overstates.
VAGUE: dict[str, tuple[int, Qualifier]] = {
    "dozens": (24, "at_least"),
    "scores": (40, "at_least"),
    "hundreds": (200, "at_least"),
    "thousands": (2_000, "at_least"),
    "tens of thousands": (20_000, "at_least"),
    "hundreds of thousands": (200_000, "at_least"),
    "millions": (2_000_000, "at_least"),
    "a dozen": (12, "about"),
    "dozen": (12, "about"),
    "half a dozen": (6, "about"),
    "a handful": (3, "about"),
}

# Longest first so "more than" wins over "more" and "as many as" over "as".
QUALIFIERS: list[tuple[str, Qualifier]] = [
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("a minimum of", "at_least"),
    ("at least", "at_least"), ("more than", "more_than"), ("upwards of", "more_than"),
    ("over", "more_than"), ("in excess of", "more_than"), ("as many as", "up_to"),
    ("up to", "up_to"), ("fewer than", "up_to"), ("less than", "up_to"), ("at most", "up_to"),
    ("nearly", "about"), ("almost", "about"), ("about", "about"), ("around", "about"),
    ("approximately", "about"), ("roughly", "about"), ("some", "about"), ("an estimated", "about"),
    ("estimated", "about"), ("close to", "about"),
]

# Words the rules ask about in passing.
# Number words that are also articles: alone ('a', 'no') they count nothing.
ARTICLE_NUMBERS = frozenset({"a", "an", "no"})

# 'a 38-year-old known as "El Zorro"': a quoted name after these words is a nickname: no quote
# and no organisation.
NICKNAME_CUES: tuple[str, ...] = ("known as", "nicknamed", "dubbed", "called", "alias")

# Read by ``scene``: how far into the story its scene is looked for (the dateline's sentence and
# the next three), the prepositions that place something in a town, and the nouns of 'the town of X'.
SCENE_SENTENCES = 4
# Read by ``news_day``: a day after these bounds something ('until Dec. 10', 'since Monday'); the
# news did not happen on it.
BOUND_PREPS: frozenset[str] = frozenset({"until", "till", "by", "before", "since", "from"})
SCENE_PREPS: frozenset[str] = frozenset({"in", "near", "at", "outside", "around", "off", "inside"})
SCENE_AREA_NOUNS: frozenset[str] = frozenset({"town", "city", "village", "port", "hamlet", "district", "municipality"})
# Where the news was told is no scene ('in a report released in Dushanbe').
TELLING_NOUNS: frozenset[str] = frozenset({"report", "statement", "briefing", "conference", "interview", "speech",
                                           "study", "summit"})
SCENE_REGION_NOUNS: frozenset[str] = frozenset({"province", "region", "state", "district", "county", "governorate",
                                               "department", "prefecture"})
