"""Is this 'strike' a walkout? Shared by the protest rows (a labour strike is a protest) and the
attack rows (it is then no attack).
"""

from spacy.tokens import Token

from worker.core.extract.common.context import Context
from worker.core.extract.events.lexicon_crowds import ARMED_STRIKE_MODIFIERS
from worker.core.extract.events.lexicon import HARM, WEAPONS
from worker.core.extract.events.lexicon_labour import LABOUR_WORDS, STRIKE_MODIFIERS, STRIKE_NOUNS, STRIKE_VERBS, \
    WALKOUT_PARTICLES, WALKOUT_VERBS


def labour_story(ctx: Context) -> bool:
    """Does the story carry the words of a labour dispute (union, workers, pay, shifts)?"""
    cached = ctx.doc.user_data.get("wire.labour_words")
    if cached is None:
        cached = ctx.doc.user_data["wire.labour_words"] = any(t.lower_ in LABOUR_WORDS for t in ctx.doc)
    return bool(cached)


def is_labour_strike(ctx: Context, token: Token) -> bool:
    """'went on strike', 'a nationwide strike', 'the eight-hour strike' in a labour story; a bare
    'the strike' too when nobody in the story was hurt."""
    if token.lemma_.lower() not in STRIKE_NOUNS or token.pos_ not in {"NOUN", "PROPN"} or not labour_story(ctx):
        return False
    words = {c.lower_ for c in token.subtree if c.i < token.i}
    if words & ARMED_STRIKE_MODIFIERS or words & WEAPONS.keys():
        return False   # 'more than 1,200 air strikes since the coup'
    if words & STRIKE_MODIFIERS or any(w.split("-")[-1] in STRIKE_MODIFIERS for w in words):
        return True
    head = token.head
    if head.lower_ == "on" and head.head.lemma_.lower() in STRIKE_VERBS:
        return True   # 'went on strike'
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in STRIKE_VERBS:
        return True   # 'staged a strike', 'called a strike', 'the strike was called by the union'
    return not any(c.category in HARM for c in ctx.casualties)


def is_walkout(token: Token) -> bool:
    """'walked off the job', 'walked out'."""
    return token.pos_ == "VERB" and token.lemma_.lower() in WALKOUT_VERBS and any(
        c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in WALKOUT_PARTICLES for c in token.children)
