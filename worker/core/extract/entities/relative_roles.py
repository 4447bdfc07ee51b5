"""Roles told by a relative clause after a name: 'said Srinivas Reddy, who heads a farmers'
cooperative in the district' is the cooperative's head; 'Tom Harlan, who runs a seafood
restaurant near the terminal' a restaurant owner. Read only for people no title names."""

from spacy.tokens import Doc, Token

from worker.core.extract.entities.lexicon_names import LEADING_VERBS, OWNING_VERBS, RELATIVE_WHO, SERVING_PREPS

def relative_role(doc: Doc, name_end: int) -> tuple[str, str | None, tuple[int, int]] | None:
    """(title, affiliation, character span) from ', who VERB(s) OBJECT' right after a name."""
    if name_end + 2 >= len(doc) or doc[name_end].text != "," or doc[name_end + 1].lower_ not in RELATIVE_WHO:
        return None
    verb = doc[name_end + 1].head
    lemma = verb.lemma_.lower()
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.dep_ != "relcl" or obj is None or obj.pos_ != "NOUN" or (lemma not in LEADING_VERBS and lemma not in OWNING_VERBS):
        return None
    words = _object_words(obj)
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    span = (doc[name_end + 1].idx, end)
    phrase = doc.text[start:end]
    if lemma in LEADING_VERBS:
        return LEADING_VERBS[lemma], phrase, span
    held = " ".join(t.text for t in words if t.i <= obj.i).replace(" '", "'")
    # ('runs a transit centre at Bwera for the Uganda Red Cross Society': whose centre it is.)
    served = next(((e[1:] if e[0].dep_ == "det" else e).text for e in doc.ents if e.label_ == "ORG" and e.root.dep_ == "pobj"
                   and e.root.head.lower_ in SERVING_PREPS and e.root.head.head in (verb, obj)), None)
    return f"{held} {OWNING_VERBS[lemma]}", served, span


def _object_words(obj: Token) -> list[Token]:
    """The object without its article and number, with a place it is in when that is named ('a rice
    importers' group in Aranyaprathet'); 'a farmers' cooperative in the district' stops at its head."""
    words = [t for t in obj.subtree if t.i <= obj.i and not (t.i < obj.i and t.dep_ in ("det", "nummod"))]
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.i > obj.i):
        place = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if place and not words[-1].i < prep.i - 1:
            words += [prep, *place[0].subtree]
        break
    return words
