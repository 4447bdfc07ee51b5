"""French event triggers: the words that signal each event type, as lower-case phrases."""

# Phrase -> event type. Searched in each sentence; the first trigger of a type in the story is
# the mention (the lead names the event, later sentences repeat it).
TRIGGERS_FR: dict[str, str] = {
    "effondrement": "disaster", "incendie": "disaster", "inondations": "disaster", "pluies torrentielles": "disaster",
    "tempête": "disaster", "séisme": "disaster", "tremblement de terre": "disaster", "naufrage": "disaster",
    "épidémie": "disaster", "glissement de terrain": "disaster", "éboulement": "disaster", "cyclone": "disaster",
    "ouragan": "disaster", "avalanche": "disaster", "déraillement": "disaster", "crue": "disaster", "collision": "disaster", "accident": "disaster", "explosion": "disaster",
    "attaque": "attack", "attentat": "attack", "bombardement": "attack", "fusillade": "attack",
    "se réuniront": "meeting", "recevra": "meeting", "rencontrera": "meeting", "s'entretiendra": "meeting", "se réunira": "meeting", "se sont réunis": "meeting", "sommet": "meeting",
    "se rendre": "travel", "est attendu": "travel", "est attendue": "travel", "se rendra": "travel", "s'est rendu": "travel", "s'est rendue": "travel",
    "a demandé": "demand", "ont demandé": "demand", "a appelé": "demand", "a exigé": "demand", "réclame": "demand",
    "ont manifesté": "protest", "grève": "protest", "protestaient": "protest", "manifestants": "protest", "manifestation": "protest", "rassemblement": "protest",
    "interpellées": "arrest", "interpellés": "arrest", "arrêtés": "arrest", "arrêtées": "arrest",
    "a condamné": "legal_action", "ordonné une enquête": "legal_action", "ouvert une enquête": "legal_action", "mis en examen": "legal_action",
    "jours de deuil": "mourning", "deuil national": "mourning", "état d'urgence": "declaration",
    # More forms of the same events, as wire copy writes them.
    "inondation": "disaster", "incendies": "disaster", "feu de forêt": "disaster", "feux de forêt": "disaster",
    "sécheresse": "disaster", "canicule": "disaster", "tornade": "disaster", "typhon": "disaster",
    "tsunami": "disaster", "éruption": "disaster", "chavirement": "disaster", "intempéries": "disaster",
    "famine": "disaster", "vague de chaleur": "disaster", "épidémie de": "disaster",
    "attaques": "attack", "attentat-suicide": "attack", "embuscade": "attack", "frappe": "attack",
    "frappes": "attack", "raid": "attack", "tirs": "attack", "assaut": "attack", "enlèvement": "attack",
    "prise d'otages": "attack", "a tué": "attack", "ont tué": "attack", "ont ouvert le feu": "attack",
    "se sont entretenus": "meeting", "s'est entretenu": "meeting", "s'est entretenue": "meeting",
    "a rencontré": "meeting", "ont rencontré": "meeting", "pourparlers": "meeting", "s'entretenir": "meeting",
    "se réunit": "meeting", "se sont rencontrés": "meeting", "réunion": "meeting",
    "est arrivé": "travel", "est arrivée": "travel", "arrivera": "travel", "se rendront": "travel",
    "visite officielle": "travel", "visite d'État": "travel", "effectuera une visite": "travel",
    "a exhorté": "demand", "ont exhorté": "demand", "a réclamé": "demand", "ont réclamé": "demand",
    "réclament": "demand", "exigent": "demand", "ont exigé": "demand",
    "ont appelé": "demand", "a sommé": "demand",
    "état de catastrophe": "declaration", "état d'alerte": "declaration", "couvre-feu": "declaration",
    "loi martiale": "declaration",
    "ont défilé": "protest", "manifestent": "protest", "manifesté": "protest", "grèves": "protest",
    "se sont rassemblés": "protest", "sit-in": "protest", "marche blanche": "protest", "émeutes": "protest", "pour protester": "protest", "protestation": "protest",
    "a arrêté": "arrest", "ont arrêté": "arrest", "a interpellé": "arrest", "ont interpellé": "arrest",
    "arrestation": "arrest", "arrestations": "arrest", "interpellation": "arrest", "garde à vue": "arrest",
    "a été condamné": "legal_action", "a été condamnée": "legal_action", "procès": "legal_action",
    "inculpé": "legal_action", "inculpée": "legal_action", "a porté plainte": "legal_action",
    "sanctions": "sanction", "sanction": "sanction", "embargo": "sanction",
    "accord": "agreement", "ont signé": "agreement", "a signé": "agreement",
    "recevrait": "meeting", "recevront": "meeting", "être reçu": "meeting", "être reçue": "meeting",
    "a débloqué": "aid", "ont débloqué": "aid", "a livré": "aid", "ont livré": "aid",
    # Road pile-ups, rivers in flood, talks due, takeovers.
    "carambolage": "disaster", "crues": "disaster", "sortie de route": "disaster",
    "doit rencontrer": "meeting", "devait rencontrer": "meeting", "va rencontrer": "meeting",
    "rachat": "agreement", "rapprochement": "agreement", "fusion": "agreement",
    # A car driven into people, envoys due, stoppages, a second verb of a demand.
    "a foncé sur": "attack", "ont foncé sur": "attack", "voiture-bélier": "attack",
    "doit arriver": "travel", "devait arriver": "travel", "doivent arriver": "travel",
    "débrayage": "protest", "débrayages": "protest",
    "et demandé": "demand", "et exigé": "demand", "et réclamé": "demand",
    # A road left, a suspect before a judge.
    "a quitté la route": "disaster", "ont quitté la route": "disaster",
    "placé sous mandat d'arrêt": "legal_action", "placée sous mandat d'arrêt": "legal_action",
    "placés sous mandat d'arrêt": "legal_action", "mise en examen": "legal_action", "mises en examen": "legal_action",
    "présenté à un juge": "legal_action", "présentée à un juge": "legal_action", "présentés à un juge": "legal_action",
    "déféré": "legal_action", "déférée": "legal_action", "déférés": "legal_action",
}
# Words before an infinitive trigger that give it the subject of the main clause ("X doit
# s'entretenir avec Y avant de se rendre à Z": X travels).
CONTROLLED_INFINITIVE_FR: tuple[str, ...] = ("avant de", "avant d'", "afin de", "pour", "puis de")
# Nouns and verbs of a protest after "a appelé à" ("a appelé à un débrayage", "à reconduire le
# mouvement"): a call to protest is the protest's mention, not a demand.
PROTEST_CALLS_FR: tuple[str, ...] = ("grève", "débrayage", "manifestation", "manifester", "mobilisation",
                                     "se mobiliser", "rassemblement", "reconduire", "boycott", "boycotter",
                                     "défiler", "cesser le travail", "journée d'action")
# Event types a sports report carries only as play or fixtures ("se rendra samedi à Lens", "recevra
# Nantes", "les attaques brestoises"), when three or more of its words are the game's.
NOT_IN_SPORTS_STORY_FR = frozenset({"attack", "travel", "meeting"})
# Words after a travel's trigger that put its destination where the story is ("doit se rendre sur
# place samedi"): the dateline's place.
ON_SITE_FR: tuple[str, ...] = ("sur place", "sur les lieux")
# Event types whose actor is the person (else body) named in the trigger's sentence.
WITH_ACTOR_FR = frozenset({"travel", "demand", "mourning", "legal_action", "declaration", "meeting"})
# Words of a game being played ("une frappe sur la transversale", "les attaques en fin de match"):
# a sentence holding one tells of play, and its "frappe", "attaque" or "tirs" are no attack.
SPORT_WORDS_FR = frozenset({
    "match", "mi-temps", "score", "but", "buts", "penalty", "transversale", "poteau", "gardien", "corner",
    "coup franc", "temps additionnel", "prolongation", "égalisé", "égaliser", "ouvert le score", "doublé",
    "championnat", "tournoi", "finale", "set", "sets", "essai", "peloton", "étape", "arbitre", "buteur",
    # Races against the clock: skiing, cycling, athletics.
    "manche", "slalom", "descente", "skieur", "skieuse", "podium", "chrono", "meilleur temps", "sprint",
    "première période", "seconde période", "deuxième période", "à l'heure de jeu", "lucarne",
})
# Words before a declaration's trigger that say it is only promised or asked for ("a promis une
# reconnaissance de l'état de catastrophe naturelle"): no declaration yet.
PROMISE_WORDS_FR = frozenset({"a promis", "ont promis", "promet", "promettent", "réclame", "réclament",
                              "demande", "demandent", "a demandé", "ont demandé", "espère", "envisage",
                              "a réclamé", "ont réclamé", "réclamé"})
# Event types a sentence of play never carries ("une frappe sur le poteau", "les attaques rennaises").
NOT_IN_PLAY_FR = frozenset({"attack", "disaster"})
