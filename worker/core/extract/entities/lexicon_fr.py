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
})
# Words that open a title phrase before it ("le", "la", "son", "leur").
TITLE_OPENERS_FR = frozenset({"le", "la", "l'", "l’", "son", "sa", "leur", "un", "une"})
# Head words of organisations' names, lower case in French ("la préfecture de la Gironde",
# "le tribunal correctionnel de Lille", "la garde nationale tunisienne").
ORG_HEADS_FR = frozenset({
    "préfecture", "tribunal", "parquet", "police", "gendarmerie", "garde", "pompiers", "marins-pompiers",
    "ministère", "mairie", "hôpital", "paroisse", "commission", "organisation", "agence", "armée", "sûreté",
    "croix-rouge", "conseil", "cour", "assemblée", "gouvernement", "service", "haut", "fédération", "syndicat",
    "collectif", "entreprise", "société", "université", "banque",
    # Bodies named by what they do ("la sécurité civile", "la protection civile", "les services de
    # secours"): a name only when a word follows the head, so "pour des raisons de sécurité" is none.
    "sécurité", "protection", "défense", "services", "douane", "douanes", "marine", "inspection",
})
# Words that end an organisation's name read from lower-case text.
ORG_STOPS_FR = frozenset({"a", "ont", "est", "sont", "qui", "que", "dont", "et", "ou", "pour", "avec", "dans",
                         "sur", "selon", "avait", "avaient", "doit", "dès", "lors", "à", "en", "au", "aux", "pendant",
                         "depuis", "contre", "après", "avant", "par", "vers", "chez", "sans", "sous", "entre",
                         "dans", "le", "les", "un", "une", "ce", "cette", "se", "s'est"})
# Words after which a name is an organisation's, whatever the model labelled it ("le collectif X");
# the words themselves do not start a lower-case organisation name ("l'entreprise Logistar" is Logistar).
ORG_CUES_FR = ("entreprise", "collectif", "société", "groupe", "association", "parti", "syndicat")
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
