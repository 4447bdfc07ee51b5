"""French casualty words: number words, vague quantities, qualifiers and the verbs of each category."""

# Number words up to the hundreds; compounds ("dix-neuf", "trente-deux", "quatre-vingt-dix") are
# read by adding their parts.
NUMBER_WORDS_FR: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}
# Vague quantities -> (count, qualifier), as the English rules read "dozens" (24, at least) and
# "about thirty": "une trentaine" is about 30, "des dizaines" at least 24.
VAGUE_FR: dict[str, tuple[int, str]] = {
    "une dizaine": (10, "about"), "une quinzaine": (15, "about"), "une vingtaine": (20, "about"),
    "une trentaine": (30, "about"), "une quarantaine": (40, "about"), "une cinquantaine": (50, "about"),
    "une soixantaine": (60, "about"), "une centaine": (100, "about"),
    "des dizaines": (24, "at_least"), "plusieurs dizaines": (24, "at_least"),
    "des centaines": (200, "at_least"), "plusieurs centaines": (200, "at_least"),
    "des milliers": (2000, "at_least"), "plusieurs milliers": (2000, "at_least"),
}
# Words before a number that qualify it.
QUALIFIERS_FR: dict[str, str] = {
    "au moins": "at_least", "pas moins de": "at_least", "plus de": "more_than", "près de": "about",
    "environ": "about", "quelque": "about", "quelques": "about", "jusqu'à": "up_to", "jusqu’à": "up_to",
}
# Words after a count that say what happened to the people counted (participles, nouns).
CATEGORY_WORDS_FR: dict[str, str] = {
    "tué": "killed", "tués": "killed", "tuée": "killed", "tuées": "killed", "mort": "killed", "morts": "killed",
    "mortes": "killed", "péri": "killed", "décédé": "killed", "décédés": "killed", "décédées": "killed",
    "victimes": "killed", "blessé": "wounded", "blessés": "wounded", "blessée": "wounded", "blessées": "wounded",
    "soignés": "wounded", "soignées": "wounded", "hospitalisés": "wounded", "hospitalisées": "wounded",
    "cas": "wounded", "disparus": "missing", "disparues": "missing", "disparu": "missing",
    "interpellés": "arrested", "interpellées": "arrested", "arrêtés": "arrested", "arrêtées": "arrested",
    "secourus": "rescued", "secourues": "rescued", "sauvés": "rescued", "sauvées": "rescued",
    "évacués": "displaced", "évacuées": "displaced", "déplacés": "displaced", "déplacées": "displaced",
    "fui": "displaced", "quitter": "displaced", "sinistrés": "displaced", "sinistrées": "displaced",
    "noyé": "killed", "noyés": "killed", "noyée": "killed", "noyées": "killed",
    "électrocutés": "killed", "corps": "killed", "cadavres": "killed", "décès": "killed",
    "intoxiqués": "wounded", "intoxiquées": "wounded", "brûlés": "wounded", "traumatisés": "wounded",
    "rescapés": "rescued", "extraits": "rescued",
    "disparue": "missing", "hélitreuillés": "rescued", "hélitreuillées": "rescued",
    "sans-abri": "displaced", "réfugiés": "displaced", "relogés": "displaced", "relogées": "displaced",
    "détenus": "arrested", "détenues": "arrested", "appréhendés": "arrested", "appréhendées": "arrested",
}
# Phrases after a count that say what happened, when no single word of them does ("quatre
# randonneurs ont trouvé la mort", "trois suspects ont été placés en garde à vue").
CATEGORY_PHRASES_FR: dict[str, str] = {
    "trouvé la mort": "killed", "perdu la vie": "killed", "succombé à leurs blessures": "killed",
    "succombé": "killed", "se sont noyés": "killed", "se sont noyées": "killed",
    "placés en garde à vue": "arrested", "placées en garde à vue": "arrested", "en garde à vue": "arrested",
    "sont recherchés": "missing", "à quitter": "displaced", "à fuir": "displaced", "manquent à l'appel": "missing",
    "manquent toujours à l'appel": "missing", "privés de toit": "displaced", "jetés sur les routes": "displaced",
}
# Verbs written before the count ("tuant au moins 23 personnes", "en blessant plus de 140").
CATEGORY_VERBS_BEFORE_FR: dict[str, str] = {
    "tuant": "killed", "tué": "killed", "blessant": "wounded", "blessé": "wounded", "fait": "killed",
    # "a coûté la vie à 17 migrants", "a déploré la mort de six soldats", "le décès de trois patients"
    "vie": "killed", "mort": "killed", "décès": "killed", "noyade": "killed",
    "l'arrestation": "arrested", "l’arrestation": "arrested", "l'interpellation": "arrested",
    "l’interpellation": "arrested", "arrêté": "arrested", "interpellé": "arrested", "évacuer": "displaced",
    "évacué": "displaced", "secouru": "rescued", "sauvé": "rescued",
    # Rescues from the air or the water: "ont hélitreuillé une vingtaine de randonneurs".
    "hélitreuillé": "rescued", "treuillé": "rescued", "repêché": "rescued",
}
# Categories whose verb before the count settles it, whatever word describes the people after it:
# "ont hélitreuillé une quarantaine d'habitants réfugiés sur les toits" were rescued.
VERB_BEFORE_WINS_FR = frozenset({"rescued", "arrested"})
# Words that may stand between a count and its category word ("huit autres blessées",
# "six policiers légèrement blessés", "quatorze personnes ont été interpellées").
FILLER_FR = frozenset({
    "personnes", "personne", "autres", "ont", "été", "sont", "est", "a", "dû", "leur", "maison", "domicile",
    "légèrement", "grièvement", "gravement", "de", "d'", "morts", "toujours", "portées", "portés", "encore",
    "portée", "porté",
    "habitants", "familles", "migrants", "policiers", "enfants", "civils", "soldats", "suspects", "patients",
    # Where the people counted come from: "une soixantaine d'habitants du quartier voisin ont été évacués".
    "du", "des",
})
# Asides between a count and its category word, closed by a comma: "Quatre personnes, dont un
# enfant, ont été tuées", "onze passagers, parmi lesquels le capitaine, sont portés disparus".
ASIDES_FR: tuple[str, ...] = ("dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles",
                              "pour la plupart", "en majorité")
# Words after a count that make it part of a group counted elsewhere ("deux des suspects ont été
# arrêtés" after "six personnes ont été interpellées"): no count of its own.
PARTITIVES_FR: tuple[str, ...] = ("des", "d'entre", "d’entre")
# Subjects of a sentence that gives a whole war's toll ("La guerre a fait des dizaines de milliers de
# morts", "Le conflit a fait des milliers de morts depuis 1988"): background, not the story's toll.
BACKGROUND_SUBJECTS_FR = frozenset({"guerre", "conflit", "insurrection", "rébellion", "guérilla", "guerre civile"})
# Large units after a count ("douze millions de déplacés"): the count is multiplied.
LARGE_UNITS_FR: dict[str, int] = {"million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
                                  "milliards": 1_000_000_000, "milliers": 1000}
# A passive of arrest for one person, after a singular subject ("Le conducteur, un homme de 34 ans, a
# été interpellé", "puis placé en garde à vue"): an arrest of one.
SINGLE_ARREST_FR: tuple[str, ...] = ("a été interpellé", "a été interpellée", "a été arrêté", "a été arrêtée",
                                     "placé en garde à vue", "placée en garde à vue", "a été écroué",
                                     "a été écrouée", "a été appréhendé", "a été appréhendée")
# Singular subjects that open such a sentence.
SINGLE_SUBJECTS_FR: tuple[str, ...] = ("le", "la", "l'", "l’", "un", "une")
# Words after a count that make it a rate ("des dizaines de nouveaux cas sont signalés chaque jour"):
# background, as the English rules read "kill more than 3,000 people a year".
RATE_WORDS_FR: tuple[str, ...] = ("chaque jour", "par jour", "chaque semaine", "par semaine", "chaque mois",
                                  "par mois", "chaque année", "par an", "par année", "chaque an")
# Auxiliaries of the pluperfect ("des crues avaient fait deux morts en 2021"): with an earlier year in
# its sentence, a count told in this tense is a past event the story recalls, not its toll.
PLUPERFECT_AUX_FR: tuple[str, ...] = ("avait", "avaient")
# A death of one after a singular subject opening its sentence ("Un homme de 67 ans est mort"): one
# killed, when the story gives no count of its dead.
SINGLE_DEATH_FR: tuple[str, ...] = ("est mort", "est morte", "a été tué", "a été tuée", "a perdu la vie",
                                    "est décédé", "est décédée", "a trouvé la mort", "a été mortellement")
