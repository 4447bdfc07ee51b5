"""Words around a name that say whose it is, kept as data apart from the rules that read them."""

import re

# '27-year-old Mbuyi Tshibola': an age written before a name, as the tokenizer splits it
# ('27', '-', 'year', '-', 'old'), makes the name a person's.
AGE_TOKENS = 5
AGE_BEFORE_NAME = re.compile(r"\d+-years?-old")
# 'Banco Central de la Republica Dominicana', 'Tribunal de Justiça do Estado': words that join
# the capitalised parts of one body's name in Romance languages, as 'of' does in English.
ROMANCE_JOINERS = frozenset({"de", "del", "de la", "da", "do", "dos", "das", "des", "du", "di", "della"})
# 'High Court of Cassation and Justice': an 'and' that adds one or two capitalised words to a
# body's name after its 'of' (more words after 'and' start another name).
NAME_AND = "and"
NAME_AND_WORDS = 2
# A town's own offices: with no town said, the dateline town's ('Mayor X said').
TOWN_TITLES = frozenset({"mayor"})
# 'X, who heads a farmers' cooperative', 'X, who runs a bar beside the water': a person's role
# told by a relative clause. The verb gives the title: leading verbs name the holder alone and
# make the object the body, owning verbs name the holder after the thing held ('bar owner').
LEADING_VERBS: dict[str, str] = {"head": "head", "chair": "chair", "lead": "leader", "direct": "director"}
OWNING_VERBS: dict[str, str] = {"run": "owner", "own": "owner", "manage": "manager", "organise": "organiser",
                                "organize": "organizer", "operate": "operator"}
RELATIVE_WHO = frozenset({"who"})
SERVING_PREPS = frozenset({"for"})   # 'runs a centre for the Red Cross': whose centre
