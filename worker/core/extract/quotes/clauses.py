"""Content clauses the parser hung somewhere other than on the reporting verb."""

from spacy.tokens import Token

from worker.core.extract.quotes.lexicon import ISSUING_VERBS, SAYING_LEMMAS, STATEMENT_NOUNS


def clause_after_phrase(verb: Token) -> list[Token]:
    """'said in a separate study that X': the parser hangs the content clause on the noun of
    the phrase between; its 'that' marker and own subject show it is the content."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for obj in prep.children:
            for c in obj.children if obj.dep_ == "pobj" else ():
                if c.dep_ in ("acl", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children) \
                        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                    return [c]
                if c.dep_ == "relcl" and _relative_read_for_content(obj, c):
                    return [c]
    return []


def _relative_read_for_content(noun: Token, clause: Token) -> bool:
    """'said in a statement that India accounts for a third of ...': 'that' taken for a relative
    pronoun, the object of a clause with a subject of its own. A statement is only the object of
    a verb that issues it ('a statement that it posted'), so any other verb's clause is the content."""
    opener = clause.left_edge
    return noun.lemma_.lower() in STATEMENT_NOUNS and opener.i == noun.i + 1 and opener.lower_ == "that" \
        and opener.dep_ == "dobj" and clause.lemma_.lower() not in ISSUING_VERBS \
        and any(g.dep_ in ("nsubj", "nsubjpass") and g is not opener for g in clause.children)


def object_read_as_clause(verb: Token) -> list[Token]:
    """'said a record crowd of 21,500 watched at the venue': a bare 'said' whose next words the
    parser read as its object, with the clause's verb hung on that object as a participle. 'Say'
    takes no such object, so the object and its participle are what was said ('said a prayer
    offered by ...' keeps its object: a participle with an agent is no clause of its own)."""
    if verb.lemma_ not in SAYING_LEMMAS:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    if obj is None:
        return []
    # ('said the ring forged animal movement permits': a past tense taken for an adjective of the
    # object is the clause's verb too; a finite form modifies no noun.)
    told = [c for c in obj.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > obj.i
            and not any(g.dep_ == "agent" for g in c.children)
            or c.dep_ == "amod" and c.tag_ == "VBD" and c.pos_ == "VERB"]
    return [obj] if told else []
