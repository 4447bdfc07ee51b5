"""Money told in a currency's hundredths: '12 cents a share', '40 pence', '75 centimes'.

A dividend 'cut to 12 cents from 30 cents' pays 0.12 of the money the story has been counting
in: the currency its sentence names before it ('the rand fell 15 cents'), else the currency of the
last amount of money written before it that the word divides ('pence' divides pounds, never the
dollars told before them). With none before it, the bare
word reads as the currencies table reads its unit's name ('dollars' in a story from Canada is
CAD, from nowhere USD).
"""

import re
from functools import lru_cache

from worker.core.extract.amounts.currencies import currencies
from worker.core.extract.amounts.lexicon import SUBUNIT_WORDS
from worker.core.extract.amounts.reading import NUMBER, Found


@lru_cache(maxsize=1)
def _currency_words() -> re.Pattern[str]:
    names = sorted((n for n in currencies().names if " " not in n), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)


def _named_in_sentence(body: str, at: int, country: str | None) -> str | None:
    """'the peso weakened 12 cents': the currency its sentence names before the amount."""
    start = max(body.rfind(". ", 0, at), body.rfind("\n", 0, at)) + 1
    words = list(_currency_words().finditer(body, start, at))
    return currencies().code(words[-1].group(0), country) if words else None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = "|".join(sorted(SUBUNIT_WORDS, key=len, reverse=True))
    return re.compile(rf"\b(?P<num>{NUMBER})\s+(?P<sub>{words})\b", re.IGNORECASE)


def subunits(body: str, money: list[Found], country: str | None) -> list[Found]:
    """The hundredths in ``body``, each in the currency it divides that was written last before it."""
    found: list[Found] = []
    for m in _pattern().finditer(body):
        if any(f.start < m.end() and m.start() < f.end for f in money):
            continue
        share, unit_names = SUBUNIT_WORDS[m.group("sub").lower()]
        c = currencies()
        fits = frozenset().union(*(c.names.get(name, frozenset()) for name in unit_names))
        earlier = [f.unit for f in money if f.kind == "money" and f.end <= m.start() and f.unit in fits]
        code = _named_in_sentence(body, m.start(), country) or (earlier[-1] if earlier else c.code(unit_names[0], country))
        value = round(float(m.group("num").replace(",", "")) * share, 6)
        found.append(Found("money", value, code, None, m.start(), m.end()))
    return found
