"""French titles before names and the head words of organisations' names."""

# Titles written before a name ("le ministre de l'Intérieur, X", "la préfète Y", "Maître Z").
TITLES_FR = frozenset({
    "ministre", "première", "premier", "préfet", "préfète", "maire", "procureur", "procureure", "directeur",
    "directrice", "porte-parole", "président", "présidente", "commandant", "colonel", "général", "docteur",
    "avocat", "avocate", "maître", "curé", "père", "représentant", "représentante", "commissaire", "chef",
    "secrétaire", "habitante", "habitant", "ambassadeur", "ambassadrice", "juge", "député", "députée",
    "sénateur", "sénatrice", "homologue", "ancien", "ancienne", "gouverneur", "capitaine", "lieutenant",
    "roi", "reine", "pape", "patron", "patronne", "dirigeant", "dirigeante", "conseiller", "conseillère",
    "voisin", "voisine", "pêcheur", "opposant", "opposante", "témoin", "militant", "militante", "syndicaliste",
    "gouverneur", "gouverneure", "vice-président", "vice-présidente", "sous-préfet", "chancelier", "chancelière",
    # Offices and descriptors wire copy puts before a name, as the ones above.
    "cheffe", "responsable", "adjoint", "adjointe", "délégué", "déléguée", "fondateur", "fondatrice",
    "coordinateur", "coordinatrice", "médiateur", "médiatrice", "rapporteur", "rapporteuse", "inspecteur",
    "inspectrice", "sergent", "adjudant", "amiral", "émir", "prince", "princesse", "cardinal", "évêque",
    "archevêque", "imam", "rabbin", "pasteur", "recteur", "rectrice", "consul", "consule", "sous-préfète",
    "entraîneur", "entraîneuse", "sélectionneur", "joueur", "joueuse", "attaquant", "gardien",
    "économiste", "analyste", "chercheur", "chercheuse", "professeur", "professeure", "médecin", "infirmier",
    "infirmière", "chirurgien", "chirurgienne", "urgentiste", "sismologue", "vulcanologue", "météorologue",
    "épidémiologiste", "survivant", "survivante", "rescapé", "rescapée", "agriculteur", "agricultrice",
    "commerçant", "commerçante", "enseignant", "enseignante", "étudiant", "étudiante", "élu", "élue",
    "candidat", "candidate", "leader", "chauffeur", "conducteur", "conductrice",
    "riverain", "riveraine", "sauveteur", "secouriste", "pompier", "policier", "policière", "gendarme",
    "journaliste", "photographe", "écrivain", "écrivaine", "chanteur", "chanteuse", "artiste", "activiste",
    "défenseur", "avocat-conseil", "bâtonnier", "bâtonnière", "magistrat", "magistrate", "substitut",
    "négociateur", "négociatrice", "envoyé", "envoyée", "émissaire", "haut-commissaire", "questeur",
    "bourgmestre", "édile", "doyen", "doyenne", "pilote", "pdg",
    # People by what they do or who they are to someone ("un serveur, X", "la veuve du convoyeur, Y").
    "serveur", "serveuse", "gérant", "gérante", "promoteur", "promotrice", "passager", "passagère", "milieu",
    "ailier", "latéral", "complice", "veuve", "veuf", "mère", "père", "fils", "fille",
    "frère", "sœur", "épouse", "époux", "compagne", "compagnon", "cousin", "cousine", "oncle", "tante",
    "défenseuse", "ailier", "talonneur", "meneur", "meneuse",
})
# Small words inside a person's name ("Yoann Le Goff", "Sofie Van Damme", "Moussa Ould Cheikhna").
NAME_PARTICLES_FR: tuple[str, ...] = ("Le", "La", "Van", "Von", "Der", "De", "Di", "Da", "Ould", "Ben", "Bin", "Abou",
                                      "El", "Al", "dos", "da", "de", "van", "von", "der", "ben", "bin")
# Words that open a title phrase before it ("le", "la", "son", "leur").
TITLE_OPENERS_FR = frozenset({"le", "la", "l'", "l’", "son", "sa", "leur", "un", "une"})
# Head words of organisations' names, lower case in French ("la préfecture de la Gironde",
# "le tribunal correctionnel de Lille", "la garde nationale tunisienne").
ORG_HEADS_FR = frozenset({
    "préfecture", "tribunal", "parquet", "police", "gendarmerie", "garde", "pompiers", "marins-pompiers",
    "ministère", "mairie", "hôpital", "paroisse", "commission", "organisation", "agence", "armée", "sûreté",
    "croix-rouge", "conseil", "cour", "assemblée", "gouvernement", "service", "haut", "fédération", "syndicat",
    "collectif", "entreprise", "société", "université", "banque", "clinique", "agence", "institut", "office",
    # Bodies named by what they do ("la sécurité civile", "la protection civile", "les services de
    # secours"): a name only when a word follows the head, so "pour des raisons de sécurité" is none.
    "sécurité", "protection", "défense", "services", "douane", "douanes", "marine", "inspection",
    # Hospitals by their acronym, named by their town ("le CHU de Nantes").
    "chu", "chr",
})
# Words that end an organisation's name read from lower-case text.
ORG_STOPS_FR = frozenset({"a", "ont", "est", "sont", "qui", "que", "dont", "et", "ou", "pour", "avec", "dans",
                         "sur", "selon", "avait", "avaient", "doit", "dès", "lors", "à", "en", "au", "aux", "pendant",
                         "depuis", "contre", "après", "avant", "par", "vers", "chez", "sans", "sous", "entre",
                         "dans", "le", "les", "un", "une", "ce", "cette", "se", "s'est",
                         # a day after a name ("le Stade rennais samedi soir") is the sentence's, not the name's
                         "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
# Words after which a name is an organisation's, whatever the model labelled it ("le collectif X");
# the words themselves do not start a lower-case organisation name ("l'entreprise Logistar" is Logistar).
ORG_CUES_FR = ("entreprise", "collectif", "société", "groupe", "association", "parti", "syndicat",
               # Businesses by what they do ("le sous-traitant X", "l'équipementier Y").
               "sous-traitant", "constructeur", "fabricant", "équipementier", "distributeur", "assureur",
               "opérateur", "laboratoire", "cabinet", "club", "quotidien", "hebdomadaire", "chaîne")
# Forms of address written right before a name ("Maître X", "le docteur Y", "le père Z"): when the
# writer gave an office before them ("son avocate, Maître X"), the office is the title.
HONORIFICS_FR = frozenset({"maître", "docteur", "père", "monsieur", "madame", "monseigneur", "professeur"})
# Capitalised nouns that name an institution, not a place, inside a title ("le chef de l'État", "le
# procureur de la République de Nanterre", "le ministère des Armées"): the model reads them as LOC.
OFFICE_NOUNS_FR = frozenset({"état", "république", "nation", "armées", "intérieur", "justice", "défense",
                             "santé", "culture", "éducation", "économie", "travail", "agriculture"})
# Forms of address written with a name in running text ("M. Mensah", "Mme Roux"): not part of it.
ADDRESS_FORMS_FR: tuple[str, ...] = ("M.", "Mme", "Mlle", "MM.", "Mmes")
# Nouns before a storm's given name ("le cyclone Tsiry"): the name is the storm's, not a place.
STORM_WORDS_FR = frozenset({"cyclone", "ouragan", "typhon", "tempête", "dépression", "tornade"})
# Offices held for a place: the name after "de" in them is a town or a region ("le maire de
# Sartène, X"), whatever the model labelled it; after other titles it is a body ("le PDG de X, Y").
TERRITORIAL_TITLES_FR = frozenset({
    "maire", "préfet", "préfète", "sous-préfet", "sous-préfète", "gouverneur", "gouverneure", "député", "députée",
    "sénateur", "sénatrice", "bourgmestre", "édile", "évêque", "archevêque", "consul", "consule", "adjoint",
    "adjointe", "conseiller", "conseillère", "curé", "élu", "élue",
})
# Places that stand for the body seated there in wire copy ("a annoncé le Quai d'Orsay"): bodies.
SEAT_BODIES_FR = frozenset({"quai d'orsay", "élysée", "matignon", "bercy", "kremlin", "maison blanche",
                            "pentagone", "place beauvau", "vatican", "quirinal", "downing street", "berlaymont"})
# First words of football and rugby clubs' names ("l'AS Saint-Étienne", "l'OGC Nice", "le Stade
# rennais"): the club, not its town. "Stade" only before a lower-case word: "Stade de France" is a ground.
CLUB_OPENERS_FR = frozenset({"AS", "FC", "RC", "OGC", "SC", "US", "AJ", "ESTAC", "LOSC", "SCO", "USAP", "ASM",
                             "Olympique", "Racing", "Girondins", "Red", "Real", "Sporting", "Dinamo", "Dynamo"})
# Nouns of a place's natural feature written before its name ("le delta du Mékong", "le golfe de
# Guinée"): part of the place's name.
GEO_FEATURES_FR = frozenset({"delta", "golfe", "vallée", "massif", "bassin", "détroit", "plateau", "archipel"})
# Endings of nouns of nationality or origin ("un Français", "une Malienne", "des Tunisiens"):
# after an indefinite article such a word is a person, not a place.
DEMONYM_ENDINGS_FR: tuple[str, ...] = ("ais", "aise", "aises", "ois", "oise", "oises", "ien", "iens", "ienne",
                                       "iennes", "ain", "ains", "aine", "aines", "éen", "éens", "éenne", "éennes")
# Adjectives of nationality (masculine singular) -> the country's French name. In a title they
# name the country the office is held for ("le président ghanéen" is Ghana's); as a noun before a
# name they describe a company ("le néerlandais Vanderhoek"). Feminine and plural forms are read
# by their endings (-e, -ne, -s, -es).
NATIONALITIES_FR: dict[str, str] = {
    "français": "France", "belge": "Belgique", "suisse": "Suisse", "luxembourgeois": "Luxembourg",
    "allemand": "Allemagne", "autrichien": "Autriche", "italien": "Italie", "espagnol": "Espagne",
    "portugais": "Portugal", "britannique": "Royaume-Uni", "irlandais": "Irlande", "néerlandais": "Pays-Bas",
    "danois": "Danemark", "suédois": "Suède", "norvégien": "Norvège", "finlandais": "Finlande",
    "polonais": "Pologne", "tchèque": "Tchéquie", "hongrois": "Hongrie", "roumain": "Roumanie",
    "bulgare": "Bulgarie", "grec": "Grèce", "serbe": "Serbie", "croate": "Croatie", "russe": "Russie",
    "ukrainien": "Ukraine", "turc": "Turquie", "américain": "États-Unis", "canadien": "Canada",
    "mexicain": "Mexique", "brésilien": "Brésil", "argentin": "Argentine", "chilien": "Chili",
    "colombien": "Colombie", "péruvien": "Pérou", "vénézuélien": "Venezuela", "cubain": "Cuba",
    "haïtien": "Haïti", "marocain": "Maroc", "algérien": "Algérie", "tunisien": "Tunisie", "libyen": "Libye",
    "égyptien": "Égypte", "mauritanien": "Mauritanie", "sénégalais": "Sénégal", "malien": "Mali",
    "burkinabè": "Burkina Faso", "nigérien": "Niger", "nigérian": "Nigeria", "tchadien": "Tchad",
    "ivoirien": "Côte d'Ivoire", "ghanéen": "Ghana", "guinéen": "Guinée", "béninois": "Bénin",
    "togolais": "Togo", "camerounais": "Cameroun", "gabonais": "Gabon", "congolais": "Congo",
    "centrafricain": "Centrafrique", "rwandais": "Rwanda", "burundais": "Burundi", "kényan": "Kenya",
    "ougandais": "Ouganda", "tanzanien": "Tanzanie", "éthiopien": "Éthiopie", "somalien": "Somalie",
    "soudanais": "Soudan", "djiboutien": "Djibouti", "malgache": "Madagascar", "comorien": "Comores",
    "mauricien": "Maurice", "mozambicain": "Mozambique", "angolais": "Angola", "zambien": "Zambie",
    "zimbabwéen": "Zimbabwe", "sud-africain": "Afrique du Sud", "libanais": "Liban", "syrien": "Syrie",
    "irakien": "Irak", "iranien": "Iran", "israélien": "Israël", "palestinien": "Palestine",
    "jordanien": "Jordanie", "saoudien": "Arabie saoudite", "qatari": "Qatar", "afghan": "Afghanistan",
    "pakistanais": "Pakistan", "indien": "Inde", "chinois": "Chine", "japonais": "Japon",
    "vietnamien": "Vietnam", "thaïlandais": "Thaïlande", "cambodgien": "Cambodge", "indonésien": "Indonésie",
    "philippin": "Philippines", "australien": "Australie", "néo-zélandais": "Nouvelle-Zélande",
    # The Caucasus, Central Asia, the rest of Europe, Asia, Africa and the Americas.
    "arménien": "Arménie", "azerbaïdjanais": "Azerbaïdjan", "géorgien": "Géorgie", "kazakh": "Kazakhstan",
    "ouzbek": "Ouzbékistan", "kirghiz": "Kirghizistan", "tadjik": "Tadjikistan", "turkmène": "Turkménistan",
    "mongol": "Mongolie", "slovène": "Slovénie", "slovaque": "Slovaquie", "estonien": "Estonie",
    "letton": "Lettonie", "lituanien": "Lituanie", "biélorusse": "Biélorussie", "moldave": "Moldavie",
    "albanais": "Albanie", "bosnien": "Bosnie-Herzégovine", "monténégrin": "Monténégro", "kosovar": "Kosovo",
    "macédonien": "Macédoine du Nord", "islandais": "Islande", "maltais": "Malte", "chypriote": "Chypre",
    "sud-coréen": "Corée du Sud", "nord-coréen": "Corée du Nord",
    "taïwanais": "Taïwan", "birman": "Birmanie", "bangladais": "Bangladesh", "népalais": "Népal",
    "sri-lankais": "Sri Lanka", "malaisien": "Malaisie", "singapourien": "Singapour", "laotien": "Laos",
    "yéménite": "Yémen", "émirien": "Émirats arabes unis", "koweïtien": "Koweït", "omanais": "Oman",
    "bahreïni": "Bahreïn", "érythréen": "Érythrée", "sud-soudanais": "Soudan du Sud", "libérien": "Liberia",
    "sierra-léonais": "Sierra Leone", "gambien": "Gambie", "cap-verdien": "Cap-Vert", "namibien": "Namibie",
    "botswanais": "Botswana", "malawite": "Malawi", "bolivien": "Bolivie",
    "équatorien": "Équateur", "paraguayen": "Paraguay", "uruguayen": "Uruguay", "guatémaltèque": "Guatemala",
    "hondurien": "Honduras", "nicaraguayen": "Nicaragua", "salvadorien": "Salvador", "panaméen": "Panama",
    "dominicain": "République dominicaine", "jamaïcain": "Jamaïque", "costaricien": "Costa Rica",
}
# Names of competitions and market indexes, which are neither bodies nor places ("la Ligue 1",
# "le CAC 40"), as the English rules leave out races, tournaments and indexes.
NOT_BODIES_FR = frozenset({
    "ligue 1", "ligue 2", "ligue des champions", "ligue europa", "ligue des nations", "coupe du monde",
    "coupe de france", "coupe d'europe", "coupe d'afrique des nations", "can", "top 14", "pro d2",
    "tour de france", "roland-garros", "jeux olympiques", "euro", "mondial", "cac 40", "sbf 120", "dax",
    "ftse 100", "dow jones", "nasdaq", "nikkei", "euro stoxx 50", "s&p 500", "bel 20", "smi",
})
# Indefinite articles: a lower-case head after them describes ("une clinique de Saint-Malo"); a
# body's name takes the definite one ("la clinique des Rochers").
INDEFINITES_FR = frozenset({"un", "une", "ce", "cet", "cette", "ces"})
# Links inside a name: "Stade de France" is a ground, "Stade rennais" a club.
NAME_LINKS_FR = frozenset({"de", "du", "des"})
# Nouns of streets and squares before their name ("la place de Jaude", "la rue du Bac"): a place.
STREET_WORDS_FR: tuple[str, ...] = ("place", "rue", "avenue", "boulevard", "quai", "cours", "allée", "impasse",
                                    "parvis", "esplanade", "square", "pont", "carrefour", "rond-point")
# Lower-case words that go on a body's name after its capitalised words ("le ministère des Affaires
# étrangères", "l'Éducation nationale", "des Travaux publics").
ORG_NAME_TAILS_FR = frozenset({"étrangères", "étranger", "nationale", "national", "publics", "publique", "sociales",
                               "social", "intérieure", "extérieures", "civile", "civil", "européennes", "maritime",
                               "numérique", "supérieur", "solidaire", "rurales", "territoriale"})
# Offices that stand for the person holding them after the story named both ("a précisé la préfète",
# "Le ministre recevra ..."), read as that person's mention: every title above but these, which
# describe more than they name.
NOT_STAND_INS_FR = frozenset({"premier", "première", "ancien", "ancienne", "père", "mère", "fils", "fille",
                              "homologue", "leader", "habitant", "habitante", "voisin", "voisine", "témoin",
                              "élu", "élue", "responsable", "représentant", "représentante", "complice"})
# Other words for an office ("le chef de l'État" is the president the story named) -> the words the
# holder's title has.
OFFICE_SYNONYMS_FR: dict[str, tuple[str, ...]] = {
    "chef de l'état": ("président",), "cheffe de l'état": ("présidente",),
    "chef du gouvernement": ("premier ministre",), "cheffe du gouvernement": ("première ministre",),
    "chef de la diplomatie": ("affaires étrangères",), "cheffe de la diplomatie": ("affaires étrangères",),
    "premier ministre": ("premier ministre",), "première ministre": ("première ministre",),
}
# Words before a town that make it a club in a sports report ("recevra Nantes", "face à Lens"): the
# opponent of a fixture or a result.
OPPONENT_CUES_FR: tuple[str, ...] = ("recevra", "reçoit", "recevait", "a reçu", "accueillera", "accueille",
                                     "affrontera", "affronte", "a affronté", "face à", "contre", "a battu",
                                     "bat", "battu par", "a dominé", "a éliminé", "s'est incliné devant",
                                     "se déplacera chez", "chez")
# Words that open a clause whose subject a town can be ("Rennes avait dominé", "tandis que Brest recevra").
CLAUSE_OPENERS_FR: tuple[str, ...] = ("tandis que", "alors que", "mais", "et", "puis", "quand", "lorsque")

# Nouns that make "État" part of a fixed phrase, not a place: "chef d'État sénégalais", "coup d'État",
# "secrétaire d'État". Folded to lower case, without the elided "d'".
STATE_PHRASE_HEADS_FR = frozenset({"chef", "chefs", "coup", "coups", "secrétaire", "secrétaires", "ministre",
                                   "ministres", "conseil", "homme", "hommes", "femme", "femmes", "raison",
                                   "affaire", "affaires", "sûreté", "crime", "crimes"})
