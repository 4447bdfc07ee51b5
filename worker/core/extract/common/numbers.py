"""Numbers as wire copy writes them: digits, words, qualifiers and vague quantities.

Pure functions over strings, shared by the casualty and time extractors. No library maps
"dozens" or "scores" to a count, and text2num would be a dependency for thirty words, so the
tables live in ``lexicon``.
"""

import re
from dataclasses import dataclass

from worker.core.extract.common.lexicon import ARTICLE_NUMBERS, MULTIPLIERS, QUALIFIERS, UNITS, VAGUE
from worker.core.models.casualties import Qualifier

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


@dataclass(frozen=True)
class Quantity:
    count: int
    qualifier: Qualifier
    phrase: str


def word_to_int(text: str) -> int | None:
    """Read one number written in digits or words: '2,500', 'Eight', 'twenty-three', '1.5 million'."""
    words = text.lower().replace("-", " ").replace(" and ", " ").split()
    if not words:
        return None
    total = 0
    current: float = 0
    seen = False
    for word in words:
        if _DIGITS.match(word):
            current += float(word.replace(",", ""))
            seen = True
        elif word in UNITS and not (word in ARTICLE_NUMBERS and len(words) == 1):
            current += UNITS[word]
            seen = True
        elif word in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1_000:
                total += int(current)
                current = 0
            seen = True
        else:
            return None
    return int(total + current) if seen else None


def split_qualifier(text: str) -> tuple[Qualifier, str]:
    """Peel a leading qualifier off a number phrase: 'more than 50' -> ('more_than', '50')."""
    lowered = text.lower().strip()
    for cue, qualifier in QUALIFIERS:
        if lowered.startswith(cue + " "):
            return qualifier, text.strip()[len(cue) + 1:].strip()
    return "exact", text.strip()


def parse_quantity(phrase: str) -> Quantity | None:
    """Turn a written quantity into a count with its qualifier, keeping the phrase as written.

    'at least 23' -> 23 at_least; 'dozens' -> 24 at_least; 'more than a dozen' -> 12 more_than.
    """
    cleaned = re.sub(r"\s+of$", "", phrase.strip())
    qualifier, rest = split_qualifier(cleaned)
    lowered = rest.lower()
    if lowered in VAGUE:
        count, vague_qualifier = VAGUE[lowered]
        # An explicit qualifier ("more than a dozen") outranks the vague word's default.
        return Quantity(count, qualifier if qualifier != "exact" else vague_qualifier, phrase.strip())
    value = word_to_int(rest)
    if value is None:
        return None
    return Quantity(value, qualifier, phrase.strip())


AGE_PATTERN = re.compile(r"\b\d+[- ]?(year|month|week|day)s?[- ]old\b|\baged?\s+\d+", re.IGNORECASE)


def looks_like_age(text: str) -> bool:
    """'a 2-year-old girl', 'aged 45': an age describes a person, it never counts people."""
    return bool(AGE_PATTERN.search(text))
