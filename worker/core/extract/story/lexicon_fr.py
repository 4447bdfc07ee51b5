"""French words of the story family: months and the small words of place names in datelines."""

# Month names as AFP's French service prints them in datelines and dates ("12 mars 2026").
MONTHS_FR: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}
# Short month forms of AFP's French datelines ("BEYROUTH, 2 déc. 2026 (AFP) -"), full stop included.
MONTH_ABBREVIATIONS_FR: dict[str, int] = {
    "janv.": 1, "févr.": 2, "fév.": 2, "fevr.": 2, "avr.": 4, "juil.": 7, "sept.": 9, "oct.": 10,
    "nov.": 11, "déc.": 12, "dec.": 12,
}
# The word that opens a French byline paragraph ("Par Claire Moulin") and joins two authors.
BYLINE_OPENERS_FR = ("Par", "PAR")
BYLINE_JOINERS_FR = ("et",)
# Words kept lower case when an upper-case dateline is written as a name ("PORT-AU-PRINCE").
PLACE_PARTICLES_FR = frozenset({"au", "aux", "de", "des", "du", "en", "la", "le", "les", "lès", "sur", "sous", "d", "l"})
