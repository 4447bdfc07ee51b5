"""How court copy tells a legal action without its usual word: 'charged X with fraud' (the 'with'
the parser may hang on X), 'face charges of', 'is wanted in New York on charges of', and whether a
'rule' or 'ruling' is a court's (read by ``types.legal``)."""

from spacy.tokens import Token

from worker.core.extract.events.args import child
from worker.core.extract.events.lexicon import FACING_VERBS
from worker.core.extract.events.lexicon_wire import HEARD_MATTERS, RULING_VERBS, SETTING_AUXILIARIES, WANTED_VERBS


def charged_with(verb: Token) -> Token | None:
    """'charged X with fraud': the charge's 'with' hangs on the verb or, as the parser often has
    it, on the one charged; returns the token that carries it."""
    if any(c.lower_ == "with" for c in verb.children):
        return verb
    charged = child(verb, "dobj")
    if charged is not None and any(c.lower_ == "with" and c.dep_ == "prep" for c in charged.children):
        return charged
    return None


def faced(token: Token) -> bool:
    return token.lemma_.lower() == "charge" and token.pos_ == "NOUN" and token.dep_ == "dobj" \
        and token.head.lemma_.lower() in FACING_VERBS


def court_rules(token: Token) -> bool:
    """'expected to give his ruling in February', 'will deliver its ruling': a ruling to come; not
    'the ruling party' nor a ruling told before ('accepted the ruling', 'as the ruling was read')."""
    return token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in RULING_VERBS


def wanted_on(token: Token) -> Token | None:
    """'X is wanted in New York on charges of fraud': the one charged."""
    if token.lemma_.lower() != "charge" or token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "on":
        return None
    verb = token.head.head
    return child(verb, "nsubjpass") if verb.lemma_.lower() in WANTED_VERBS else None


def court_hears(token: Token) -> bool:
    """'A London court began hearing a U.S. request', 'he would hear evidence on Tuesday': a court
    or judge hearing a matter, not someone who heard a noise."""
    heard = child(token, "dobj")
    # Only a hearing begun or set down: 'the jury heard evidence it never should have heard' tells
    # a trial in passing.
    set_down = token.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in SETTING_AUXILIARIES for c in token.children)
    return heard is not None and heard.lemma_.lower() in HEARD_MATTERS and set_down
