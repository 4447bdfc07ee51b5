"""French time words: weekdays, parts of the day, relative days and weeks, duration units."""

WEEKDAYS_FR: dict[str, int] = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
                               "dimanche": 6}
# Written after a weekday, still the same day ("lundi soir", "mardi matin").
DAY_PARTS_FR: tuple[str, ...] = ("matin", "midi", "après-midi", "soir", "soirée", "nuit")
# Days counted from the story's date.
RELATIVE_DAYS_FR: dict[str, int] = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0,
                                    "demain": 1, "après-demain": 2}
# Days counted from the last day named before them in their paragraph ("se déplacera samedi à Lens,
# tandis que Rennes recevra Montpellier le lendemain"), else from the story's date.
NAMED_DAY_OFFSETS_FR: dict[str, int] = {"le lendemain": 1, "le surlendemain": 2, "la veille": -1,
                                        "l'avant-veille": -2}
# "la semaine dernière" / "la semaine prochaine": weeks counted from the story's week.
RELATIVE_WEEKS_FR: dict[str, int] = {"dernière": -1, "derniere": -1, "passée": -1, "prochaine": 1}
# Unit of a duration -> (ISO 8601 designator, whether it is a time unit written after "T").
DURATION_UNITS_FR: dict[str, tuple[str, bool]] = {
    "heure": ("H", True), "heures": ("H", True), "minute": ("M", True), "minutes": ("M", True),
    "jour": ("D", False), "jours": ("D", False), "semaine": ("W", False), "semaines": ("W", False),
    "mois": ("M", False), "an": ("Y", False), "ans": ("Y", False), "année": ("Y", False), "années": ("Y", False),
}
# "début mars", "fin mars", "mi-mars": the month, as the English rules read "early October".
MONTH_PARTS_FR: tuple[str, ...] = ("début", "fin", "mi-")
# Lemmas that put a weekday in the future when no verb of the sentence is in the future tense
# ("doit se rendre mercredi", "prévoit ... d'ici vendredi", "appelle à une journée le 28").
FUTURE_CUES_FR = frozenset({"devoir", "prévoir", "aller", "d'ici", "compter", "envisager", "appeler", "promettre",
                            "attendu", "attendue", "prochain", "prochaine", "prévu", "prévue", "prévus", "prévues"})
# Written after a weekday, they settle its direction whatever the tense ("lundi dernier", "mardi
# prochain": the one a week away when the story is filed on a Tuesday).
WEEKDAY_DIRECTIONS_FR: dict[str, int] = {"dernier": -1, "passé": -1, "prochain": 1}
# "l'an dernier", "l'année prochaine", "cette année": years counted from the story's year; "le mois
# dernier" likewise for months.
RELATIVE_YEARS_FR: dict[str, int] = {"l'an dernier": -1, "l'an passé": -1, "l'année dernière": -1,
                                     "l'année passée": -1, "l'an prochain": 1, "l'année prochaine": 1,
                                     "cette année": 0, "la fin de l'année": 0, "le début de l'année": 0,
                                     "fin de l'année": 0, "début de l'année": 0}
RELATIVE_MONTHS_FR: dict[str, int] = {"le mois dernier": -1, "le mois passé": -1, "le mois prochain": 1,
                                      "ce mois-ci": 0}
# Words before a month name alone that make it a date of the story ("en septembre", "au mois d'août").
MONTH_OPENERS_FR: tuple[str, ...] = ("en", "au mois de", "au mois d'", "dès", "depuis", "courant", "à partir de",
                                     "à partir d'", "jusqu'en", "d'ici")
# Endings of the future tense ("ouvrira", "reprendront"), for the verbs the small model tags with
# another tense; the simple past that shares "-ra" ("entra") is rare in wire copy.
FUTURE_ENDINGS_FR: tuple[str, ...] = ("ra", "ront", "rons", "rez")
# Words before a clock time ("peu après 2 heures", "vers 10 h 30"); without one, and without a part
# of the day after it, "N heures" is a duration ("pendant six heures", "six heures de grève").
CLOCK_OPENERS_FR: tuple[str, ...] = ("à", "vers", "après", "avant", "dès", "jusqu'à", "aux alentours de",
                                     "aux environs de")
# Parts of the day after a clock time -> hours added ("2 heures du matin", "8 heures du soir").
CLOCK_PARTS_FR: dict[str, int] = {"du matin": 0, "du soir": 12, "de l'après-midi": 12}
# What a distance in time measures: "à 2 heures de route" is no clock time.
CLOCK_DISTANCES_FR: tuple[str, ...] = ("de route", "de marche", "de vol", "de train", "de voiture", "de bateau")
# Ordinals of "le second semestre 2027", "au premier trimestre".
ORDINALS_FR: dict[str, int] = {"premier": 1, "1er": 1, "second": 2, "deuxième": 2, "2e": 2, "troisième": 3,
                               "3e": 3, "quatrième": 4, "4e": 4}
# Nouns for people: "de N ans" after them is an age, never a duration ("un enfant de six ans", "une
# femme de 29 ans"); titles before names (entities' TITLES_FR) count too ("un infirmier de 47 ans").
AGE_NOUNS_FR = frozenset({
    "enfant", "enfants", "garçon", "garçonnet", "fille", "fillette", "bébé", "nourrisson", "homme", "hommes",
    "femme", "femmes", "adolescent", "adolescente", "jeune", "mineur", "mineure", "retraité", "retraitée",
    "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire", "nonagénaire",
    "individu", "suspect", "suspecte", "victime", "conducteur", "automobiliste", "motard", "passager",
    "passagère", "randonneur", "randonneuse", "touriste", "migrant", "patient", "patiente", "détenu", "détenue",
    "accusé", "accusée", "prévenu", "prévenue", "mère", "père", "fils", "frère", "sœur", "ressortissant",
    "ressortissante", "mari", "épouse", "compagnon", "compagne",
})
# Units of an age ("un enfant de six ans"): the only durations an age can be read as.
AGE_UNITS_FR = frozenset({"an", "ans"})
# Stems of the irregular futures ("nous ferons", "ils seront", "elle pourra"): the small model tags some
# of them as presents. A regular future is its infinitive (less a final "e") and an ending.
IRREGULAR_FUTURE_STEMS_FR = frozenset({
    "fer", "ser", "aur", "ir", "pourr", "viendr", "reviendr", "verr", "devr", "saur", "voudr", "tiendr",
    "faudr", "enverr", "courr", "mourr", "recevr", "obtiendr", "maintiendr",
})
# Personal endings of the future ("-ons" of "ferons"), longest first.
FUTURE_PERSON_ENDINGS_FR: tuple[str, ...] = ("ont", "ons", "ez", "ai", "as", "a")
# Seasons -> the TIMEX3 season code of "au printemps 2027" (2027-SP).
SEASONS_FR: dict[str, str] = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}
# Nouns of people by their ending ("la skieuse de 23 ans", "un cycliste de 30 ans"): "de N ans"
# after them is an age. Endings of things measured in years ("un chantier", "un mandat") are not here.
AGE_NOUN_ENDINGS_FR: tuple[str, ...] = ("eur", "euse", "rice", "iste", "ien", "ienne", "ière", "ante", "aise",
                                        "oise", "aine")
# "cette semaine", "toute la semaine": the story's own week.
THIS_WEEK_FR: tuple[str, ...] = ("cette semaine", "toute la semaine", "cette semaine-ci")
# Words before a season with no year ("à l'automne", "cet hiver"): the story's year.
SEASON_OPENERS_FR: tuple[str, ...] = ("à l'", "au", "en", "cet", "cette", "dès l'", "d'ici l'", "jusqu'à l'")
# Verbs of a call or a plan before a weekday ("a appelé à un débrayage mardi", "a proposé de recevoir une
# délégation lundi"): the day is ahead of the story, whatever their tense.
FORWARD_VERBS_FR: tuple[str, ...] = ("appelé à", "appelé à", "appelle à", "appellent à", "proposé de", "propose de",
                                     "promis de", "prévu de", "menacé de", "engagé à", "invité à")
