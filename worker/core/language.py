"""Which language a story is in: the detector's reading, settled against the language the source declared.

The detector is py3langid (a maintained fork of langid.py, BSD licence): a naive Bayes model over
byte n-grams for 97 languages whose 4.6 MB model ships inside the package, so it loads offline in
about 1.5 s, once per process, and reads a wire story in well under a millisecond.

A declared ``language`` field (ninjs, our JSON) is kept when it agrees with the text. When they
disagree the text wins if the detector is sure of it; a source's field is often a feed-wide default
("en" on every item of a mixed feed), and running one language's rules on another's copy is the
failure this module exists to prevent. When the detector is unsure (a headline-only item, a list of
scores) the declared field wins, since it is the only other evidence there is.

The detector knows 97 languages, and on a line or two of copy it spreads its probability over the
neighbours of the right one (Spanish over Galician, Catalan and Extremaduran; "Benfica venceu o
Liverpool" reads 0.47 Portuguese). A desk expects a handful of languages, so the reading is settled
among the ``expected`` ones (the desk's setting): the detector's probabilities renormalised over
them, which is exactly what a model restricted to them would say. A story whose language is outside
that set is still recognised when the full model is sure of it (Dutch copy reads 0.99 Dutch), so it
is never forced into the nearest expected language and another language's rules.

With nothing declared and a share below ``GUESS`` among the expected languages, the story is given
the default language, the main pipeline's: a text that short carries almost nothing to extract.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# Below this share of the probability, the detector's first choice is a guess (short or mixed text).
SURE = 0.9
# Below this, with nothing declared, the text is too short to tell: the default language is used.
GUESS = 0.5
# The languages wire services file in most (AFP French, EFE Spanish, dpa German, ANSA Italian, Lusa
# Portuguese, and English): the default set a reading is settled among.
EXPECTED: tuple[str, ...] = ("en", "fr", "es", "de", "it", "pt")
# Names and figures inside a sentence: capitalised words not opening one, and numbers. They say
# little about the language of the words around them ("Le PSG bat le Real Madrid 2-1" reads
# English), so an unsure reading is made again without them.
_NAMES_AND_FIGURES = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZÀ-Ý][\w'’-]*|\d[\d.,:%-]*")
# Language detection reads the start of a story: enough for a sure reading, bounded for long copy.
_READ_CHARS = 1000

Source = Literal["declared", "detected", "both", "default"]


@dataclass(frozen=True)
class LanguageReading:
    language: str  # ISO 639-1, lower case: the key of the pipeline a story is routed to
    confidence: float  # the detector's probability for the language it found (among the expected ones), 0..1
    detected: str  # what the detector found, whatever was declared
    declared: str | None  # the source's field as sent ("fr-FR"), when it sent one
    source: Source  # which of the two settled the language


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def warm() -> None:
    """Load the model now (once per process), not during the first story."""
    _identifier()


def unknown(languages: Collection[str]) -> list[str]:
    """The codes among ``languages`` the detector does not know (a typo in a setting)."""
    known = set(_identifier().nb_classes)
    return sorted(set(languages) - known)


def primary(tag: str | None) -> str | None:
    """``fr-FR`` / ``fr_CA`` / ``FR`` -> ``fr``; blank -> None."""
    if not tag or not tag.strip():
        return None
    return tag.strip().replace("_", "-").split("-")[0].lower() or None


def detect(text: str, expected: Collection[str] = EXPECTED, *, sure: float = SURE) -> tuple[str, float]:
    """The detector's language and its probability for ``text``, settled among ``expected``.

    The full model's first choice wins when it is outside ``expected`` and sure (copy in a language
    the desk did not expect); otherwise the best expected language, with its share of the
    probability the expected languages hold. An empty ``expected`` means every language the model
    knows. A reading below ``sure`` is made again on the text without its names and figures, and
    the surer of the two is kept.
    """
    text = text[:_READ_CHARS]
    language, confidence = _settle(text, expected, sure)
    if confidence < sure:
        words = _NAMES_AND_FIGURES.sub(" ", text)
        if words.strip() and words != text:
            again = _settle(words, expected, sure)
            if again[1] > confidence:
                return again
    return language, confidence


def _settle(text: str, expected: Collection[str], sure: float) -> tuple[str, float]:
    ranked = _identifier().rank(text)
    top, probability = ranked[0]
    if not expected or (top not in expected and probability >= sure):
        return str(top), round(float(probability), 4)
    among = [(language, p) for language, p in ranked if language in expected]
    total = sum(p for _, p in among)
    if not among or total <= 0:
        return str(top), round(float(probability), 4)
    language, share = among[0]
    return str(language), round(float(share / total), 4)


def read_language(text: str, declared: str | None, *, default: str = "en", sure: float = SURE,
                  guess: float = GUESS, expected: Collection[str] = EXPECTED) -> LanguageReading:
    """Settle a story's language from its text and the source's ``language`` field."""
    detected, confidence = detect(text, expected, sure=sure)
    stated = primary(declared)
    if stated is None:
        if confidence < guess:
            return LanguageReading(default, confidence, detected, declared, "default")
        return LanguageReading(detected, confidence, detected, declared, "detected")
    if stated == detected:
        return LanguageReading(detected, confidence, detected, declared, "both")
    if confidence >= sure:
        return LanguageReading(detected, confidence, detected, declared, "detected")
    return LanguageReading(stated, confidence, detected, declared, "declared")
