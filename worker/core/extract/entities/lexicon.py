"""The entities family's word lists, kept as data apart from the rules that read them."""

import zoneinfo

# Read by ``consolidate``.
LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
# Labels a majority vote prefers on a tie: places and organisations are more often right
# than a lone PERSON reading of a one-word name.
TIE_ORDER = ("GPE", "ORG", "LOC", "NORP", "FAC", "PERSON")

# Read by ``rules``.
# Lower-case nouns that name what kind of body the neighbouring proper name is.
ORG_KIND_NOUNS = frozenset({
    "bloc", "alliance", "coalition", "union", "party", "company", "firm", "group", "carrier",
    "airline", "insurer", "lender", "broadcaster", "newspaper", "agency", "militia", "line",
    "operator", "retailer", "automaker", "manufacturer", "network", "watchdog", "regulator",
    "club", "team", "charity", "movement", "conglomerate", "chain", "bank", "exchange",
    "association", "federation", "foundation", "organisation", "organization", "institute",
    "brokerage", "consultancy", "startup", "supplier", "chipmaker",
    # Firms named by what they make or trade ("wind turbine maker X", "Dutch brewer Y").
    "maker", "carmaker", "drugmaker", "steelmaker", "producer", "exporter", "importer", "refiner", "brewer",
    "utility",
    # Media named by what they are ("told SIC television", "the Kathimerini daily").
    "television", "radio", "daily",
})
PLACE_NOUNS = frozenset({
    "district", "districts", "province", "provinces", "region", "regions", "county",
    "counties", "state", "city", "town", "village", "villages", "valley", "island", "islands",
    "municipality", "prefecture", "oblast", "governorate", "neighbourhood", "neighborhood",
    "port",   # 'the Libyan port of Zuwara'
})
LOCATIVE_PREPS = frozenset({"from", "in", "near", "outside", "across", "around", "to", "into",
                            "toward", "towards", "through", "inside", "off"})   # 'capsized off Leyte'
TRAVEL_VERBS = frozenset({"bound", "head", "leave", "depart", "sail", "fly", "set", "bind", "flee"})
# Head words of lower-case bodies named by a country ("Greece's civil protection ministry").
# Lower-case bodies a nationality names without their name: 'the Lithuanian foreign ministry
# said' is a speaker as written, not an organisation ('the Ukrainian air force' stays one).
NAMELESS_NATIONAL_HEADS = frozenset({"ministry"})
BODY_HEADS = frozenset({"ministry", "agency", "authority", "service", "police", "army", "navy",
                        "force", "guard", "military", "forces", "office", "council"})
VESSEL_NOUNS = frozenset({"vessel", "ship", "tanker", "freighter", "ferry", "yacht", "trawler",
                          "carrier", "boat", "cruiser", "frigate", "submarine", "liner"})
# Bare institution words a model tags as organisations when they open a sentence ("Army
# boats rescued ..."): without a name they denote no particular body.
GENERIC_BODIES = frozenset({"army", "police", "government", "navy", "military", "union",
                            "court", "ministry", "parliament", "council", "authorities",
                            "customs"})
# Labels of names the entities family does not keep, which a small model gives people too
# ("Hari Prasad Lamsal, the chief district officer," as a work of art).
OTHER_NAME_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
TITLE_AFTER_PORTFOLIO = frozenset({"minister", "secretary", "ministers"})
# Last words of bodies that are named after the country they serve ("... Association of Kenya").
BODY_LAST_WORDS = frozenset({"association", "federation", "union", "league", "council", "institute",
                              "foundation", "commission", "voters", "farmers", "workers", "employers",
                              "alliance", "society", "societies", "chamber", "coalition", "confederation"})
# "Centre for Civic Oversight", "Committee for Press Freedom": a body word and 'for' the model
# left out of the name it opens (read by ``rules``).
BODY_FIRST_WORDS = frozenset({"centre", "center", "committee", "council", "institute", "foundation", "commission",
                              "office", "agency", "alliance", "fund", "coalition", "movement", "party", "front",
                              "association", "society", "league", "network", "bureau", "union", "organisation",
                              "organization", "campaign", "forum", "initiative", "board", "trust", "cooperative",
                              "ministry", "department"})
BODY_NAME_JOINERS = frozenset({"for"})
# Time zones written after a clock time ('1100 GMT', '9 a.m. EST'): the upper-case keys of the
# IANA time zone database (tzdata), which the model may tag as bodies.
CLOCK_ZONES = frozenset(z for z in zoneinfo.available_timezones() if z.isupper() and z.isalpha())
CLOCK_MARKS = frozenset({"a.m.", "p.m.", "am", "pm", "noon", "midnight"})
# Words inside a long body's name between its capitalised words ('Practitioners, Pharmacists and
# Dentists Union'), crossed when the acronym after the name spells the words before them.
ACRONYM_NAME_JOINERS = frozenset({"and", ",", "for", "of", "the", "&"})
# Last words of a name defined by an acronym that make it a body, whatever the model called it
# ('Fish and Wildlife Enforcement Branch (FWEB)'); a river's 'West Branch' has no acronym.
ACRONYM_BODY_LAST_WORDS = frozenset({"branch", "division", "section"})
# 'the Marburg virus', 'Lassa fever': nouns after a name that make it a disease's, not a place.
DISEASE_NOUNS = frozenset({"virus", "fever", "disease", "flu", "variant", "strain"})
# Capitalised last words that make a name a geographic feature ("Loup River", "Kestrel Falls").
FEATURE_LAST_WORDS = frozenset({
    "river", "falls", "lake", "mountain", "mountains", "bay", "island", "islands", "valley",
    "creek", "hills", "gorge", "canyon", "peninsula", "strait", "desert", "forest", "glacier",
    "delta", "plateau", "springs", "heights", "harbour", "harbor", "reservoir", "dam", "range", "ranges",
})
# Titles written before a name that a small model folds into an organisation or facility
# ("Magistrate Yvonne Tasker" as ORG): what follows them is a person.
NAME_TITLES = frozenset({"president", "judge", "magistrate", "justice", "senator", "governor", "mayor",
                         "sheriff", "detective", "inspector", "sergeant", "commissioner", "superintendent",
                         "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "constable", "coroner"})
# Capitalised first words of the same ("Lake Kivu", "Mount Elgon").
FEATURE_FIRST_WORDS = frozenset({"lake", "mount", "mt.", "cape", "port", "fort", "gulf"})
# A named storm is neither a person nor a place ("Cyclone Idai", "Hurricane Lena").
STORM_WORDS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical"})

# Read by ``roles``.
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
AFFIL_PREPS = frozenset({"at", "of", "for", "to", "with", "in"})

# Read by ``national``.
# A city of this many people names its country in a dateline ("MILAN (Reuters)"): capitals do at any size.
MAJOR_CITY = 1_000_000
# A smaller town names its country too when no other country has a town of that name ('Uppsala').
DISTINCT_TOWN = 15_000
# Words of a title that make it a national government office.
GOVERNMENT_WORDS = frozenset({"president", "minister", "chancellor", "vice-president",
                              "secretary", "king", "queen", "emir", "prime"})
# Words that mark an office below the nation ("state Health Minister").
SUBNATIONAL = frozenset({"state", "provincial", "regional", "local", "city", "county",
                         "district", "municipal", "shadow", "opposition", "party"})

# Portfolios, honorifics and organisation names.
# Ministerial portfolios: in "Health Minister" the first word belongs to the title, even when
# a small model tags it as an organisation.
PORTFOLIOS: frozenset[str] = frozenset({
    "health", "interior", "foreign", "defense", "defence", "finance", "agriculture", "justice",
    "education", "energy", "trade", "transport", "labor", "labour", "economy", "environment",
    "culture", "home", "treasury", "security", "industry", "tourism", "housing", "commerce",
})
# Last words that make a name an organisation, whatever the model's label ("Cascade Freight").
# Of those, a firm's legal form, written in capitals ('LLC', 'PLC').
LEGAL_FORMS: frozenset[str] = frozenset({"llc", "plc", "ltd", "inc", "corp"})
ORG_SUFFIXES: frozenset[str] = frozenset({
    "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "group", "holdings",
    "partners", "logistics", "freight", "bank", "airlines", "airways", "motors", "systems",
    "technologies", "energy", "foods", "industries", "capital", "fund", "agency", "authority",
    "bureau", "council", "commission", "committee", "ministry", "department", "university",
    "institute", "party", "union", "association", "foundation", "court", "police", "army",
    "service", "services", "network", "media", "press", "news", "times", "post", "club",
    "programme", "program", "organization", "organisation", "federation", "league",
    "centre", "center", "office", "board", "tribunal", "assembly", "parliament",
    "bancorp", "semiconductor", "semiconductors", "securities", "coalition", "pharmaceuticals",
    "insurance", "mining", "railways", "shipping", "hospital", "clinic", "fc", "united", "rovers",
    "wanderers", "athletic",
    # Legal forms of companies ("Barlow Kent LLP") and armed or civic bodies ("Ground
    # Self-Defense Force", "Unity Movement").
    "llp", "lp", "gmbh", "pty", "limited", "force", "forces", "movement", "guard",
    # Continental legal forms ("Rheinwerk AG", "Velden NV") and a body's unit ("Special
    # Investigating Unit").
    "ag", "nv", "bv", "oyj", "unit",
    # Family and charitable holdings ("the Okonkwo Family Trust").
    "trust",
    # Parts of a government ("Fisheries Directorate").
    "directorate", "secretariat", "inspectorate",
})
# The articles of an appositive that says what a name is ("X, the Irish carrier,").
ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
# Words inside a body's capitalised name that are not capitalised themselves ("Spokane County
# Sheriff's Office", "Self-Defense").
BODY_NAME_INNER: frozenset[str] = frozenset({"'s", "’s", "-", "&"})
# First words that make a name an organisation: football clubs ("Atletico Cordoba").
CLUB_PREFIXES: frozenset[str] = frozenset({
    "atletico", "atlético", "real", "sporting", "deportivo", "olympique", "dynamo", "dinamo", "fc",
    "afc", "racing",
})
ORG_PREFIXES: frozenset[str] = CLUB_PREFIXES | {
    # Institutions named 'X of Y' ("University of Tromso", "Bank of Ghana", "Institute of ...").
    "university", "bank", "ministry", "institute", "college", "academy", "museum",
}
# Read by ``clubs``, in a match report only. What a side does in play ("Braga host ...", "to face
# Sporting", "came from behind to beat"): its subject or object is a club, not the town.
MATCH_VERBS: frozenset[str] = frozenset({
    "beat", "defeat", "face", "host", "play", "draw", "lose", "trail", "lead", "edge", "thrash",
    "hammer", "overcome", "outplay", "win", "score", "concede", "equalise", "equalize", "dominate",
    "top", "climb", "travel", "come", "go", "visit", "hold", "sit", "stun", "rout", "sink", "down",
})
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj"})
# "against Everton", "a win over Leeds": the name after is the other side.
MATCH_PARTNER_PREPS: frozenset[str] = frozenset({"against", "over", "versus", "vs", "v"})
# The same after these verbs only ("drew with Benfica", "lost to Leeds"; not "travel to Lisbon").
MATCH_VERB_PREPS: dict[str, frozenset[str]] = {
    "with": frozenset({"draw", "level", "tie"}),
    "to": frozenset({"lose", "fall"}),
}
# In a match report, a competition the sides play in ('the Premier League', 'the Six Nations'):
# neither a body nor a place (elsewhere 'the Arab League' is a body).
COMPETITION_WORDS: frozenset[str] = frozenset({"League", "Nations", "Series", "Trophy", "Shield", "Conference"})
# Nouns a side is called by ("leaders Benfica", "champions Leeds", "hosts Braga").
CLUB_NOUNS: frozenset[str] = frozenset({
    "leaders", "leader", "champions", "champion", "rivals", "hosts", "visitors", "holders",
    "side", "club", "opponents", "neighbours", "neighbors", "strugglers", "newcomers",
})
# People of a side, told with the side's name before them ("Veszprem coach Attila Borsos", "Kiel captain").
CLUB_STAFF: frozenset[str] = frozenset({
    "coach", "manager", "captain", "goalkeeper", "keeper", "striker", "winger", "forward", "midfielder",
    "defender", "playmaker", "fans", "supporters", "players", "squad", "boss",
})
# 'Group A', 'Pool B': a stage of a competition, no body.
COMPETITION_STAGES: frozenset[str] = frozenset({"Group", "Pool"})
# Prepositions that place a name ('in Cairo', 'at Kaunas'): the town, not its side.
PLACING_PREPS: frozenset[str] = frozenset({"in", "at", "near", "from", "outside", "around", "across", "to", "into"})
# What only a side owns ("Braga's attack", "Porto's full backs", "Leeds' manager").
CLUB_PARTS: frozenset[str] = frozenset({
    "attack", "defence", "defense", "back", "backs", "midfield", "coach", "manager", "players",
    "squad", "fans", "supporters", "lead", "unbeaten", "run", "winner", "opener", "captain",
    "forward", "forwards", "lineup", "line-up", "bench", "stadium", "ground", "season", "title",
})
# Read by ``cues``: pronouns only a body or thing takes, relatives only a person takes, and the
# oldest age an appositive number is read as ('Mayhew, 27,').
NON_PERSON_PRONOUNS: frozenset[str] = frozenset({"it", "its", "itself"})
PERSON_RELATIVES: frozenset[str] = frozenset({"who", "whose", "whom"})
PLACE_TAKEN_RELATIVES: frozenset[str] = frozenset({"whose"})   # 'Mexico, whose farmers ...'
# 'Dortwerk Chemie, which reports next week': only things take 'which' (read for names tagged people).
THING_RELATIVES: frozenset[str] = frozenset({"which"})
# Marks that open a quotation: the pronouns inside belong to the speaker's words.
QUOTE_MARKS: frozenset[str] = frozenset({'"', "“", "‘", "'"})
MAX_AGE = 110
# Acronyms readers know by their full name.
ORG_CANONICAL: dict[str, str] = {
    "u.n.": "United Nations", "un": "United Nations", "e.u.": "European Union",
    "eu": "European Union",
}
# Honorifics that may be glued to a PERSON entity and are not part of the name.
HONORIFICS: frozenset[str] = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady",
    "president", "prime", "minister", "gen.", "gen", "sen.", "sen", "rep.", "rep", "gov.",
    "gov", "judge", "justice", "king", "queen", "prince", "princess", "pope", "sheikh",
    "chancellor", "secretary", "mayor", "senator", "governor", "ambassador", "col.", "lt.",
    "sgt.", "capt.", "adm.", "cmdr.", "prof.", "professor", "chief", "deputy",
})

# Words the rules ask about in passing.
# 'a senator of Kenya', 'a minister from Peru': the body or country a person serves.
MEMBER_PREPS = ("of", "at", "from")
# Offices that serve a place, whose 'of Oklahoma' after the name is the affiliation.
JURISDICTION_TITLES = frozenset({"senator", "sen.", "governor", "gov.", "mayor", "representative", "rep.",
                                 "congressman", "congresswoman", "premier", "councillor", "councilman",
                                 "councilwoman", "lawmaker", "legislator", "assemblyman", "assemblywoman"})
# 'its president', 'their leader': a role of the group named before.
GROUP_POSSESSIVES = ("its", "their")
# 'a suburb of Nairobi': the name after it is a place.
SUBURB_WORDS = frozenset({"suburb", "suburbs"})
# The possessive ending a name may carry.
POSSESSIVE_S = ("'s", "’s")
# Small words inside a body's full name that its short form leaves out ('Independent Electoral
# and Boundaries Commission' -> IEBC; 'Direction generale de l'aviation civile' -> DGAC).
NAME_JOINERS: frozenset[str] = frozenset({
    "of", "and", "for", "the", "on", "in", "&", "de", "du", "des", "la", "le", "del", "di", "da",
})

# Capitalised words that make a multi-word name a race, tournament or festival ("Tour de
# France", "Davis Cup", "Commonwealth Games"): events, not organisations or places.
EVENT_NAME_WORDS: frozenset[str] = frozenset({
    "Tour", "Cup", "Open", "Games", "Olympics", "Championship", "Championships", "Grand Prix",
    "Prix", "Marathon", "Classic", "Rally", "Regatta", "Festival", "Biennale", "Expo",
})
# 'known by its Spanish initials CONAF', 'known as the acronym MONUSCO': words between a body's
# name and the short form it is known by.
KNOWN_BY_OPENINGS = frozenset({("known", "by"), ("known", "as")})
KNOWN_BY_WORDS = frozenset({"its", "their", "the", "initials", "acronym", "abbreviation", "short", "name"})
# Lower-case bodies named by a nationality ("the Ukrainian air force"); not its ministries.
NATIONAL_BODIES = (("air", "force"), ("navy",), ("army",), ("coast", "guard"),
                   ("border", "guard"), ("national", "guard"), ("military",),
                   ("armed", "forces"))
# Prefixes of ships' names ('the KM Bunaken Jaya', 'MV Coral Star'): a vessel, neither body nor person.
VESSEL_PREFIXES = frozenset({"MV", "KM", "MT", "MS", "SS", "HMS", "USS", "RV", "FV", "MY"})
# 'the benchmark NZX 50 index': a stock index, not the body whose name it carries.
INDEX_NOUNS = frozenset({"index", "indices", "indexes"})

# Read by ``roles``.
# The words of an age written before a title ("19-year-old", "a 45-year-old").
AGE_WORDS = frozenset({"year", "years", "old", "year-old", "years-old"})
# Parts of speech the small model gives a body's name before a title ('IEBC' NOUN,
# 'Valladolid' ADJ, 'Arianespace' PROPN).
NAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})
# Courtesy words before a name: no title of anyone's ("Dr. X, director of ..." is a director).
COURTESY = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"})

# Pronouns only a person is ("Cardona said she ..."): a name they refer back to is a person's.
PERSONAL_PRONOUNS = frozenset({"he", "she"})
# 'the regional government of Arequipa', 'the governor of Sohag': a name after these and 'of' is a place.
GOVERNED_PLACE_NOUNS = frozenset({"government", "governor", "governorate", "authorities", "mayor", "people"})
# 'X, a podcaster': the article before an agent noun that says what a person is.
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# Words joining a capitalised title to its portfolio before a name: "Secretary of State X",
# "Minister of State for Trade Y".
PORTFOLIO_JOINERS = frozenset({"of", "for"})
# Words of a portfolio the model reads into the name after it ("Director of Public Prosecutions
# Jane X" tagged "Public Prosecutions Jane X"), beside PORTFOLIOS and any plural proper noun.
PORTFOLIO_WORDS: frozenset[str] = PORTFOLIOS | frozenset({
    "public", "national", "state", "affairs", "intelligence", "staff", "internal", "external",
    "homeland", "foreign", "prosecutions", "information", "communications", "planning",
})
# Roles a ranked officer speaks in ('police spokesman Assistant Commissioner X' is the spokesman).
SPEAKING_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Ranks of police and armed forces, written after such a role and before the name.
RANK_WORDS = frozenset({"assistant", "deputy", "senior", "chief", "commissioner", "superintendent", "inspector",
                        "colonel", "lieutenant", "major", "general", "brigadier", "captain", "sergeant",
                        "corporal", "commander", "admiral", "commodore", "col.", "lt.", "gen.", "maj.", "brig.", "capt.",
                        "sgt.", "supt.", "insp.", "cmdr.", "adm."})
# Dependents of a role noun that say when or how, not what the role is ('Later on Friday a spokeswoman').
ROLE_ADVERBIAL_DEPS = frozenset({"advmod", "npadvmod", "prep", "cc", "mark"})
# Words of ORG_NOMINALS after 'for' that name no body a person works for ('a statement for the press').
ROLE_NOT_BODIES = frozenset({"statement", "report"})
# Words a body's name never ends in ('the National Stock Exchange of' + 'India'); a plural owner's
# mark and tags that open a name ('Citizens'' + 'Initiative for Clean Air').
NAME_END_JOINERS = frozenset({"of", "for"})
OWNER_MARKS = frozenset({"'", "’"})
PLURAL_NAME_TAGS = frozenset({"NNS", "NNPS"})
# 'the U.S. Attorney's Office', 'the Attorney General's Office': a body named by whose it is; the
# model tags the office alone, and the owner's words belong to the name.
OWNED_BODY_HEADS = frozenset({"office", "chambers", "bureau"})
