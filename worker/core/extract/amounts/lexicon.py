"""The amounts family's words, kept as data apart from the rules that read them.

Currency names and symbols are not here: they come from babel (CLDR) and pycountry (ISO 4217),
see ``currencies``. Only the two symbols no package carries are listed below.
"""

# Scale words after a number: '1.25 billion', '40m', '3bn', '2.5 trillion'.
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    # South Asian copy: 'Rs 1,200 crore' (12 billion), '5 lakh rupees', 'Rs 1.5 lakh crore'.
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12,
}
# Abbreviations written straight after the digits ('€40m', '$2k'): never after a space.
SCALE_SUFFIXES: dict[str, float] = {"k": 1e3, "m": 1e6, "b": 1e9}
# Words that make a number a percentage.
PERCENT_WORDS = ("percent", "per cent", "percentage points", "percentage point", "%")
# Currency symbols wire copy uses that CLDR's English locales do not carry (CLDR writes CA$ and
# the Singapore dollar as a bare $, and the rupee as ₹); every other symbol comes from babel.
# A symbol several currencies write ('Rs': the Indian, Pakistani, Sri Lankan and Nepalese rupee)
# is the story's country's own when it is one of them, else the first listed.
EXTRA_SYMBOLS: dict[str, tuple[str, ...]] = {
    "C$": ("CAD",), "S$": ("SGD",), "Rs": ("INR", "PKR", "LKR", "NPR"), "Rs.": ("INR", "PKR", "LKR", "NPR"),
}
# Currencies named 'crown' in their own languages (CLDR's English keeps 'Danish Krone', 'Swedish
# Krona', 'Czech Koruna'): wire copy writes them in English, '900 million crowns', 'Swedish crowns'.
CROWN_NAMES = frozenset({"krone", "krona", "koruna", "króna", "kroon"})
CROWN_WORDS = ("crown", "crowns")
# When a symbol or a bare name ('$', 'dollars', 'pounds') fits several currencies and the story's
# country decides nothing, the reading of CLDR's root English locale ('en') is taken.
DEFAULT_LOCALE = "en"
# Locales whose symbols are read: English, as wire copy is.
SYMBOL_LOCALE_PREFIX = "en"

# What a counted quantity may not count: durations and ages belong to the time family.
TIME_NOUNS = frozenset({
    "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade",
    "century", "season", "term", "a.m.", "p.m.", "am", "pm", "o'clock", "year-old", "month-old",
})
# A number after these is a measure or a label, not an amount ('magnitude 6.3', 'Flight 370').
NOT_AMOUNT_BEFORE = frozenset({
    "magnitude", "aged", "age", "ages", "flight", "route", "article", "section", "chapter", "number",
    "no.", "category", "level", "grade", "round", "page", "room", "gate", "platform", "highway",
    "interstate", "resolution", "paragraph",
})
# Capitalised, these name a thing by the number after them ('Executive Order 14024', 'Bill 96',
# 'Ward 5', 'Unit 731'); lower case they may stand before a count ('the bill 60 senators backed').
LABEL_NOUNS = frozenset({
    "order", "decree", "bill", "act", "law", "clause", "protocol", "unit", "ward", "point", "item", "annex",
    "amendment", "regulation", "directive", "rule", "district", "zone", "block", "sector", "phase", "stage",
    "terminal", "precinct", "camp", "division", "battalion", "brigade", "squadron", "convention", "lot",
})
# Nouns that are not counted things ('the 14 of them').
NOT_OBJECTS = frozenset({"of", "them", "those", "%"})
# What joins two numbers into a score, range or clock time ('3-1', '20-30', '6:45').
SCORE_JOINERS = ("-", "–", ":")
# Years a bare four-digit number may be.
YEAR_RANGE = (1800, 2100)
# '6,412 votes to 6,403': a bare number after one of these counts what the number before it counted.
CONTRAST_WORDS = frozenset({"to", "versus", "vs", "vs.", "against"})
# '34 of the 41 drones': a part of a counted whole counts the same thing.
PART_OF = "of"
PART_DETERMINERS = frozenset({"the", "these", "those", "its", "their"})
# '24 of Nigeria's 36 states': at most this many words name the owner before its "'s".
POSSESSOR_WORDS = 3
# '60 of the tanks': a whole told without a number is a plural noun (Penn tag).
PLURAL_TAG = "NNS"
# '500 pounds of cocaine': a currency name that is also a weight, read as a weight before 'of'.
WEIGHT_NAMES = frozenset({"pound", "pounds"})
WEIGHT_FOLLOWER = "of"
# A currency's hundredth written by name ('12 cents a share', '40 pence'): the value is this share
# of the unit. It divides the money the story counted in last when that money's name is among
# the unit names listed (euro cents, US or Australian cents); the first name reads the bare word
# when the story names no such money before it (see ``subunits``).
SUBUNIT_WORDS: dict[str, tuple[float, tuple[str, ...]]] = {
    "cent": (0.01, ("dollars", "euros")), "cents": (0.01, ("dollars", "euros")),
    "penny": (0.01, ("pounds",)), "pence": (0.01, ("pounds",)),
    "centime": (0.01, ("francs", "euros")), "centimes": (0.01, ("francs", "euros")),
}
# People counted by what was done to them that no casualty category holds ('abducted 42 others',
# 'infected more than 2,300 people', 'buried 17 people'): a count of people harmed, never an amount.
PEOPLE_HARMED_VERBS = frozenset({"abduct", "kidnap", "bury", "infect", "sicken"})
# '42 others' after a count of people: the same people again.
OTHER_PEOPLE = frozenset({"others"})
