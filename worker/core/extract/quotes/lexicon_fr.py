"""French quotation marks and speech verbs."""

# Guillemets, with or without the (narrow) no-break spaces French typesetting puts inside them.
OPEN_FR = "«"
CLOSE_FR = "»"
# Pronoun inversions after a quote: the speaker is the person the story last named.
INVERTED_PRONOUNS_FR = ("-t-il", "-t-elle", "-il", "-elle")
# Speech verbs as participles after "a"/"ont" ("a déclaré", "a-t-il dit"); their infinitive is the cue.
SPEECH_VERBS_FR: dict[str, str] = {
    "déclaré": "déclarer", "dit": "dire", "indiqué": "indiquer", "affirmé": "affirmer", "ajouté": "ajouter",
    "estimé": "estimer", "expliqué": "expliquer", "lancé": "lancer", "confié": "confier", "raconté": "raconter",
    "prévenu": "prévenir", "souligné": "souligner", "assuré": "assurer", "précisé": "préciser",
    "annoncé": "annoncer", "demandé": "demander", "martelé": "marteler", "répété": "répéter",
    "témoigné": "témoigner", "dénoncé": "dénoncer", "regretté": "regretter", "insisté": "insister",
    "commenté": "commenter", "reconnu": "reconnaître", "rappelé": "rappeler", "poursuivi": "poursuivre",
    "conclu": "conclure", "réagi": "réagir", "fustigé": "fustiger", "plaidé": "plaider", "jugé": "juger",
    "admis": "admettre", "observé": "observer", "noté": "noter", "résumé": "résumer", "promis": "promettre",
    "averti": "avertir", "alerté": "alerter", "accusé": "accuser", "confirmé": "confirmer", "démenti": "démentir",
    "nié": "nier", "répondu": "répondre", "écrit": "écrire", "soutenu": "soutenir", "déploré": "déplorer",
    "salué": "saluer", "critiqué": "critiquer", "réclamé": "réclamer", "exhorté": "exhorter", "appelé": "appeler",
    "rapporté": "rapporter", "relevé": "relever", "signalé": "signaler", "détaillé": "détailler",
    "lâché": "lâcher", "glissé": "glisser", "soupiré": "soupirer", "tranché": "trancher", "ironisé": "ironiser",
    "protesté": "protester", "avancé": "avancer", "souhaité": "souhaiter", "espéré": "espérer",
    "tweeté": "tweeter", "publié": "publier", "réitéré": "réitérer", "clamé": "clamer", "considéré": "considérer",
    "fait savoir": "faire savoir",
}
