"""French copy, end to end: the French rules of each fact family, reading the French lexicons.

Each family's French words live beside its English ones (``<family>/lexicon_fr.py``); the rules
here read a French parse (fr_core_news_sm) and publish the same facts as the English rules, in
the same models. Geocoding is the English families' own, fed the gazetteer's name for a French
place name ("Espagne" -> Spain). Events are read by a simpler reader than the English one
(a trigger and the names of its sentence, see ``events.py``). The orchestrator,
``worker.core.extract.extract_all``, runs them in dependency order, as it runs the English ones.
"""
