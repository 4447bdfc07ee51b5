"""Numbers as wire copy writes them: digits, words, qualifiers and vague quantities.

Pure functions over strings, shared by the casualty and time extractors. No library maps
"dozens" or "scores" to a count, and text2num would be a dependency for thirty words, so the
tables live here.
"""

import re
from dataclasses import dataclass

from worker.core.models.casualties import Qualifier

UNITS: dict[str, int] = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "couple": 2, "pair": 2,
}
MULTIPLIERS: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}

# Vague plurals become conservative lower bounds (DESIGN.md): the smallest reading a
# careful editor would still accept, so a consumer summing counts never overstates.
VAGUE: dict[str, tuple[int, Qualifier]] = {
    "dozens": (24, "at_least"),
    "scores": (40, "at_least"),
    "hundreds": (200, "at_least"),
    "thousands": (2_000, "at_least"),
    "tens of thousands": (20_000, "at_least"),
    "hundreds of thousands": (200_000, "at_least"),
    "millions": (2_000_000, "at_least"),
    "a dozen": (12, "about"),
    "dozen": (12, "about"),
    "half a dozen": (6, "about"),
    "a handful": (3, "about"),
}

# Longest first so "more than" wins over "more" and "as many as" over "as".
QUALIFIERS: list[tuple[str, Qualifier]] = [
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("a minimum of", "at_least"),
    ("at least", "at_least"), ("more than", "more_than"), ("upwards of", "more_than"),
    ("over", "more_than"), ("in excess of", "more_than"), ("as many as", "up_to"),
    ("up to", "up_to"), ("fewer than", "up_to"), ("less than", "up_to"), ("at most", "up_to"),
    ("nearly", "about"), ("almost", "about"), ("about", "about"), ("around", "about"),
    ("approximately", "about"), ("roughly", "about"), ("some", "about"), ("an estimated", "about"),
    ("estimated", "about"), ("close to", "about"),
]

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
        elif word in UNITS and not (word in {"a", "an", "no"} and len(words) == 1):
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
