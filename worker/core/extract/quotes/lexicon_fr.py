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
    "fait savoir": "faire savoir", "répliqué": "répliquer", "rétorqué": "rétorquer", "renchéri": "renchérir",
    "objecté": "objecter", "concédé": "concéder", "nuancé": "nuancer", "reconnu": "reconnaître",
}
# Words a writer puts between "a" and the said-verb ("a pour sa part assuré que", "a de son côté indiqué").
SAID_INSERTS_FR: tuple[str, ...] = ("pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à lui",
                                    "quant à elle", "également", "aussi", "encore", "toutefois", "cependant",
                                    "pourtant", "déjà", "ensuite", "enfin", "lui-même", "elle-même")
# Words that open a relative clause after a speaker ("..., a annoncé le DFAE, qui accueillait ..."):
# the clause describes the speaker and is no part of what was said.
RELATIVES_FR: tuple[str, ...] = ("qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles")
# Words that open the writer's own clause after the speaker (", a indiqué une source, sans donner
# de détails."): the speaker's words end at the comma before them.
TAIL_ADJUNCTS_FR: tuple[str, ...] = ("sans", "avant", "après", "tout en", "en ajoutant", "ajoutant", "précisant",
                                     "soulignant", "estimant", "assurant", "selon", "lors")
# Said-verbs that report a statement when they close a sentence after a comma ("Deux personnes sont
# mortes, a indiqué la préfecture."): the clause before the comma is the speaker's, reported.
REPORTING_TAIL_VERBS_FR = frozenset({
    "indiqué", "précisé", "annoncé", "déclaré", "expliqué", "affirmé", "assuré", "ajouté", "prévenu",
    "souligné", "rappelé", "confirmé", "averti", "estimé", "rapporté", "signalé", "dit", "fait savoir",
    "raconté", "confié", "détaillé", "relevé", "noté", "observé", "reconnu", "témoigné", "expliqué",
})
# A said-verb in the present tense before its clause ("La direction assure qu'aucun plan ..."), with its infinitive.
PRESENT_SPEECH_VERBS_FR: dict[str, str] = {
    "assure": "assurer", "assurent": "assurer", "affirme": "affirmer", "affirment": "affirmer",
    "indique": "indiquer", "indiquent": "indiquer", "estime": "estimer", "estiment": "estimer",
    "explique": "expliquer", "expliquent": "expliquer", "souligne": "souligner", "soulignent": "souligner",
    "précise": "préciser", "précisent": "préciser", "dit": "dire", "disent": "dire", "déclare": "déclarer",
    "déclarent": "déclarer", "rappelle": "rappeler", "rappellent": "rappeler", "juge": "juger", "jugent": "juger",
    "reconnaît": "reconnaître", "reconnaissent": "reconnaître", "annonce": "annoncer", "annoncent": "annoncer",
}
# A body named by what it is after a said-verb ("a prévenu le syndicat"): the one the story named last.
BODY_ANAPHORS_FR = frozenset({
    "syndicat", "organisme", "entreprise", "groupe", "société", "association", "ong", "parti", "institut",
    "fédération", "ministère", "laboratoire", "compagnie", "agence", "collectif", "fondation", "office",
})
