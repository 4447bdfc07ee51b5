"""What kind of story this is, read once per document: does it report harm at all, is its
'attack' one on computers, is it a match report. The attack rows read these before any trigger."""

from worker.core.extract.common.context import Context
from worker.core.extract.events.lexicon import HARM, SPORT_WORDS, SPORTS_STORY_WORDS, VIOLENCE_WORDS, WEAPONS
from worker.core.extract.events.lexicon_asserted import CYBER_WORDS


def violent(ctx: Context) -> bool:
    """Does the story report harm at all? Sport, business and science copy uses the words of
    violence ('attack', 'shot', 'strike', 'fired') for things that hurt nobody."""
    if any(c.category in HARM for c in ctx.casualties):
        return True
    # Read once per document, not once per trigger: the answer does not depend on the trigger.
    cached = ctx.doc.user_data.get("wire.violence_words")
    if cached is None:
        cached = ctx.doc.user_data["wire.violence_words"] = any(tok.lower_ in VIOLENCE_WORDS for tok in ctx.doc)
    return bool(cached)


def cyber_only(ctx: Context) -> bool:
    """A story of an attack on computers ('a ransomware attack', 'hackers') that reports nobody hurt."""
    return not any(c.category in HARM for c in ctx.casualties) and any(tok.lower_ in CYBER_WORDS for tok in ctx.doc)


def match_report(ctx: Context) -> bool:
    """A match report ('Everton's attack never recovered') with nobody hurt by violence: as many
    distinct sport words as the French rule asks, no weapon, no one killed or wounded."""
    cached = ctx.doc.user_data.get("wire.match_words")   # once per document, as in violent
    if cached is None:
        words = {tok.lower_ for tok in ctx.doc}
        cached = ctx.doc.user_data["wire.match_words"] = len(words & SPORT_WORDS) >= SPORTS_STORY_WORDS \
            and not words & WEAPONS.keys()
    return bool(cached) and not any(c.category in HARM for c in ctx.casualties)
