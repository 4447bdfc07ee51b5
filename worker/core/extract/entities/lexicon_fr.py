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
