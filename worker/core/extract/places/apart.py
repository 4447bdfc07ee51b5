"""Namesakes set apart in words rather than by a comma.

'ATHENS, Ga.' ... 'took its name from Athens in Greece'; 'the far larger Texas city of San Antonio';
'Perth, the capital of Western Australia'; 'the English university city of Cambridge'. Wire copy
about a town with a famous namesake names the namesake in passing and says where it is, in one of
these turns of phrase. The words give the mention a qualifier ('Greece', 'Texas', 'Western
Australia', 'England'), read the way a comma's qualifier is ('Athens, Greece'), so the namesake
becomes a place of its own and resolves where the words put it.

A qualifier counts only when it names a country, a US state or a first-level division the
gazetteer holds: 'Athens in January' or 'Perth in recent years' qualify nothing.
"""

import re

from worker.core.extract.common.demonyms import DEMONYMS
from worker.core.extract.places.gazetteer import Gazetteer, fold
from worker.core.extract.places.lexicon import TOWN_WORDS
from worker.core.extract.places.resolve import country_of
from worker.core.models.base import Evidence

_NAME = r"([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})"
# 'Athens in Greece', 'George Town in the Cayman Islands'
_IN = re.compile(r"\s+in\s+(?:the\s+)?" + _NAME)
# 'Perth, the capital of Western Australia'
_CAPITAL_OF = re.compile(r",\s+(?:the\s+)?(?:state\s+)?capital\s+of\s+(?:the\s+)?" + _NAME)
# 'the Texas city of', 'the English university city of': up to three words between the article
# and the town word, the qualifier among them.
_TOWN_OF = re.compile(r"\bthe\s+((?:[\w'’\-]+\s+){1,3}?)(?:%s)\s+of\s+$" % "|".join(sorted(TOWN_WORDS)))


def country_or_state(gz: Gazetteer, name: str) -> bool:
    return bool(country_of(gz, name) or name.casefold() in gz.us_abbreviations
                or any(a.country == "US" for a in gz.admin1.get(fold(name), [])))


def _division(gz: Gazetteer, name: str) -> bool:
    return country_or_state(gz, name) or fold(name) in gz.admin1


def apart_qualifier(gz: Gazetteer, body: str, mention: Evidence) -> str | None:
    """The country, state or division the words around one mention put it in, or None."""
    for pattern in (_IN, _CAPITAL_OF):
        found = pattern.match(body, mention.end)
        if found is not None and _division(gz, found.group(1)):
            return found.group(1)
    before = _TOWN_OF.search(body, max(0, mention.start - 60), mention.start)
    if before is None:
        return None
    for word in (m.group(0) for m in re.finditer(r"[A-Z][\w'’\-]+", before.group(1))):
        if _division(gz, word):
            return word   # 'the Texas city of'
        country: str | None = DEMONYMS.get(word.lower())
        if country is not None:
            return country   # 'the English university city of': England
    return None
