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
}
# Event types whose actor is the person (else body) named in the trigger's sentence.
WITH_ACTOR_FR = frozenset({"travel", "demand", "mourning", "legal_action", "declaration", "meeting"})
