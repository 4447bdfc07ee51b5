"""The tone family: a document tone in GDELT's V1.5 form, from VADER's word lexicon.

Lexicon-based, as GDELT's own tone is: the share of the story's words the lexicon calls positive
and negative. VADER (vaderSentiment, MIT) ships its lexicon of about 7,500 rated words and loads
offline; we count its words, we do not run its sentence scorer.
"""

from functools import lru_cache

from spacy.tokens import Doc
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from worker.core.extract.common.context import Context
from worker.core.models.story import Tone

__all__ = ["extract"]

# Parts of speech GDELT's densities count: doing words, and references to self or a group.
ACTIVE_POS = frozenset({"VERB"})
REFERENCE_POS = frozenset({"PRON"})


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, float]:
    return dict(SentimentIntensityAnalyzer().lexicon)


def extract(doc: Doc, ctx: Context) -> Tone:
    lexicon = _lexicon()
    words = [t for t in doc if t.is_alpha]
    n = len(words)
    if n == 0:
        return Tone(tone=0.0, positive=0.0, negative=0.0, polarity=0.0, activity_density=0.0,
                    self_group_density=0.0, word_count=0)
    valences = [lexicon.get(t.lower_, 0.0) for t in words]
    positive = 100.0 * sum(v > 0 for v in valences) / n
    negative = 100.0 * sum(v < 0 for v in valences) / n
    return Tone(
        tone=round(positive - negative, 4), positive=round(positive, 4), negative=round(negative, 4),
        polarity=round(positive + negative, 4),
        activity_density=round(100.0 * sum(t.pos_ in ACTIVE_POS for t in words) / n, 4),
        self_group_density=round(100.0 * sum(t.pos_ in REFERENCE_POS for t in words) / n, 4),
        word_count=n,
    )
