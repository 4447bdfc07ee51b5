"""One short invented wire story per language, for the routing tests."""

# Invented copy, one paragraph each: a wire story of the kind each service files.
NOT_ENGLISH = {
    "es": ("SEVILLA, 3 mar (EFE) - Al menos catorce personas murieron el lunes cuando un autobús cayó por un "
           "barranco cerca de Ronda, informó la Guardia Civil. El alcalde, Pedro Lozano, dijo que los heridos "
           "fueron trasladados a tres hospitales de la provincia y pidió calma a las familias."),
    "de": ("HAMBURG (dpa) - Bei einem Brand in einem Lagerhaus im Hafen sind am Montag mindestens neun Menschen "
           "ums Leben gekommen, teilte die Feuerwehr mit. Innensenator Klaus Berger sagte, die Ursache sei noch "
           "unklar, und kündigte eine Untersuchung für die kommende Woche an."),
    "it": ("NAPOLI, 3 marzo (ANSA) - Almeno undici persone sono morte lunedì nel crollo di una palazzina nel "
           "quartiere di Posillipo, ha detto il prefetto Marco Rinaldi. I vigili del fuoco hanno lavorato tutta "
           "la notte tra le macerie alla ricerca di altri dispersi."),
    "pt": ("LISBOA, 3 mar (Lusa) - Pelo menos oito pessoas morreram na segunda-feira num incêndio num armazém "
           "perto do porto, disse a Proteção Civil. O ministro da Administração Interna, João Pires, afirmou que "
           "as causas ainda estão a ser investigadas pelas autoridades."),
    "fr": ("MARSEILLE, 3 mars 2026 (AFP) - Au moins douze personnes ont été tuées lundi dans l'effondrement d'un "
           "immeuble du centre-ville, a indiqué la préfète Claire Morand. « Nous cherchons encore des "
           "survivants », a déclaré le maire, Paul Mercier, devant les décombres."),
}
ENGLISH = ("LIMA — Two people were hurt on Monday when a minibus left the road near the airport, police said. "
           "\"The driver lost control in the rain,\" said Captain Rosa Diaz.")
