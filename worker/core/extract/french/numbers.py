"""French numbers as written in wire copy: digits with spaces ("2 000"), words ("dix-neuf")."""

import re

from worker.core.extract.casualties.lexicon_fr import NUMBER_WORDS_FR

_WORDS = "|".join(sorted(NUMBER_WORDS_FR, key=len, reverse=True))
# Digits (thousands split by a space or a no-break space) or number words joined by hyphens/"et".
NUMBER = rf"(?:\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d+|(?:{_WORDS})(?:(?:-| et | |-et-)(?:{_WORDS}))*)"


def number_value(text: str) -> int | None:
    """'2 000' -> 2000, 'dix-neuf' -> 19, 'trente-deux' -> 32, 'quatre-vingt-dix' -> 90."""
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    if digits.isdigit():
        return int(digits)
    total, current = 0, 0
    for part in re.split(r"-et-| et |-| ", text.lower()):
        value = NUMBER_WORDS_FR.get(part)
        if value is None:
            return None
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        elif part in ("vingt",) and current == 4:  # quatre-vingt(s)
            current = 80
        else:
            current += value
    return total + current
