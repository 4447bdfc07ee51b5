"""States and provinces abroad by their abbreviation in a dateline: 'LONDON, Ont.', 'KAMLOOPS, B.C.'.

The `us` package gives the AP abbreviations of US states ('Tenn.'); no package lists Canadian
Press's ('Ont.', 'Alta.', 'B.C.') or Australian copy's ('Qld', 'N.S.W.'). They are read from the
subdivision names themselves: the initials of a name of several words ('B.C.' for British Columbia)
or its letters kept in order from its first ('Ont.' Ontario, 'Alta.' Alberta, 'Nfld.' Newfoundland
and Labrador). Such a short form could mean many subdivisions of the world, so it is only matched
among the countries where a town of the qualified name lies, and only when one subdivision answers.
"""

from collections.abc import Iterable

from worker.core.extract.places.gazetteer import Admin1, Gazetteer, fold, plain
from worker.core.extract.places.lexicon import ABBREVIATION_LETTERS, ABBREVIATION_MIN_LETTERS


def _letters(text: str) -> str | None:
    """The letters of an abbreviation written with its full stop ('Ont.' -> 'ont'), else None."""
    stripped = text.strip()
    letters = fold(plain(stripped)).replace(" ", "")
    if not stripped.endswith(".") or not letters.isalpha() or len(letters) > ABBREVIATION_LETTERS:
        return None
    return letters


def abbreviates(letters: str, name: str) -> bool:
    """Whether ``letters`` ('ont', 'bc') shorten the subdivision ``name``."""
    words = fold(plain(name)).split()
    if not words:
        return False
    if len(words) > 1 and letters == "".join(w[0] for w in words):
        return True  # 'B.C.', 'N.S.W.', 'P.E.I.'
    if len(letters) < ABBREVIATION_MIN_LETTERS or letters[0] != words[0][0]:
        return False
    rest = iter("".join(words))
    return all(ch in rest for ch in letters)  # 'alta' in 'alberta', in order


def abbreviated_area(gz: Gazetteer, text: str, countries: Iterable[str]) -> Admin1 | None:
    """The one state or province ``text`` abbreviates among the subdivisions of ``countries``; None
    when none or several answer."""
    letters = _letters(text)
    if letters is None:
        return None
    found = {(country, name, code) for country in set(countries) - {"US"}
             for name, code in gz.subdivisions.get(country, []) if abbreviates(letters, name)}
    if len(found) != 1:
        return None
    country, name, code = found.pop()
    # The indexed subdivision when there is one: it knows the code its towns carry.
    indexed = (a for a in gz.admin1.get(fold(name), []) if a.country == country and a.code == code)
    return next(indexed, None) or Admin1(name, country, code, None)

