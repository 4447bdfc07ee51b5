"""Unnamed sources as the story writes them ("U.S. officials", "the mayor's office")."""

import re
from dataclasses import dataclass

from spacy.tokens import Token

from worker.core.extract.common import doc_cache
from worker.core.extract.quotes.lexicon import INDEFINITE_ARTICLES, REACHING_VERBS, REBEL_NAME_WORDS


@dataclass(frozen=True)
class Speaker:
    name: str
    entity_id: str | None


def fuller_before(subject: Token) -> Token:
    """'The ministry said' after 'the health ministry said': the fuller earlier naming of the
    same unnamed body. Only a bare noun with its article refers back ('police said' does not)."""
    if [c.dep_ for c in subject.children if c.dep_ not in ("punct", "relcl")] != ["det"]:
        return subject
    for tok in reversed(subject.doc[:subject.i]):
        if tok.lemma_.lower() == subject.lemma_ and tok.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ in ("amod", "compound") for c in tok.children) \
                and not {c.lower_ for c in tok.children} & REBEL_NAME_WORDS:   # not 'National Liberation Army'
            return tok
    return subject


def as_written(subject: Token) -> Speaker | None:
    """An unnamed source ("U.S. officials", "the mayor's office") as the story writes it, less
    a leading article, with the story's own spacing."""
    # ('the source, who asked not to be named': the relative clause is no part of the name, nor
    # is one hung on a noun inside the name: 'a volunteer with a rescue team, who asked ...'.)
    cut = {t.i for c in subject.subtree if c.dep_ == "relcl" and c.doc[c.left_edge.i - 1].text == "," for t in
           c.doc[c.left_edge.i - 1:c.right_edge.i + 2] if t.i >= c.left_edge.i or t.text == ","}
    # ('the union that called the march': a clause saying which one is no part of who speaks.)
    cut |= {t.i for c in subject.children if c.dep_ == "relcl" and c.i > subject.i for t in c.subtree}
    # ('a trader reached by phone', 'a witness speaking on condition of anonymity': how the source
    # was reached is no part of who it is.)
    for c in subject.children:
        if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG") and c.lemma_.lower() in REACHING_VERBS:
            doc = c.doc
            cut |= {t.i for t in c.subtree}
            if c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":   # ', speaking by telephone,'
                cut |= {c.left_edge.i - 1} | ({c.right_edge.i + 1} if c.right_edge.i + 1 < len(doc)
                                              and doc[c.right_edge.i + 1].text == "," else set())
    # Neither a number before it nor an age after it: 'the two foreign ministries', 'the driver, 57,'.
    cut |= {t.i for t in subject.lefts if t.dep_ == "nummod"} | {
        i for c in subject.children if c.dep_ == "appos" and c.like_num
        for i in (c.i - 1, c.i, c.i + 1) if i == c.i or c.doc[i].text == ","}
    # ('Federated Farmers, the main farm lobby,': what an apposition says the source is.)
    for c in subject.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > subject.i and c.doc[c.left_edge.i - 1].text == ",":
            cut |= {t.i for t in c.subtree} | {c.left_edge.i - 1}
            cut |= {c.right_edge.i + 1} if c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].text == "," else set()
    words = [t for t in subject.subtree if t.i not in cut and not (t.i == subject.left_edge.i and t.dep_ == "det")]
    # ('a team of observers from the Organization of American States (OAS)': a name counts as one
    # word, and a body's short form in brackets, dropped from what is written, as none.)
    bracketed = {k for t in words if t.text == "(" for k in range(t.i, t.i + 3)}
    counted = [t for t in words if t.i not in bracketed and not (t.pos_ == "PROPN" and t.doc[t.i - 1].pos_ == "PROPN")]
    if not 0 < len(counted) <= 8:
        return None
    text = doc_cache.text(subject.doc)  # Doc.text rejoins every token on each read
    written = re.sub(r"\s*\([^()]*\)?$", "", text[words[0].idx:words[-1].idx + len(words[-1].text)])
    return Speaker(written.rstrip(" ,"), None)   # ('a company in Attur, east of Salem, said')


def indefinite(subject: Token) -> bool:
    """'A team of observers from the OAS said': a body brought in by 'a' or 'an' is not one named
    before, so it is no referent to look back for; it speaks as written."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in subject.children)
