"""The gazetteer: what a place name can mean, read from maintained packages (build.py).

The packages are read once into an SQLite file in the cache directory (store.py); a process opens
that file and keeps the countries and other small tables in memory, while the 260,000 city and
subdivision names stay on disk and are read as a story names them.
"""

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Country:
    iso: str
    name: str
    geonameid: int
    fips: str | None
    lat: float | None
    lon: float | None
    population: int = 0


@dataclass(frozen=True)
class City:
    name: str
    geonameid: int
    lat: float
    lon: float
    country: str
    admin1: str
    population: int


@dataclass(frozen=True)
class Admin1:
    name: str
    country: str
    code: str  # ISO 3166-2 outside the US ('NS'), the state's code in it
    geonameid: int | None
    # GeoNames' own admin1 code, the one its towns carry ('07' for Nova Scotia), where known.
    geonames_code: str | None = None

    @property
    def towns_code(self) -> str:
        """The code this area's towns carry in the city data."""
        return self.geonames_code or self.code


@dataclass
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)  # ISO alpha-2 -> country
    country_names: dict[str, str] = field(default_factory=dict)  # folded name -> ISO alpha-2
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> ISO alpha-2
    # Folded name -> readings: dicts while building, the store's on-disk indexes when loaded.
    cities: Mapping[str, list[City]] = field(default_factory=dict)
    admin1: Mapping[str, list[Admin1]] = field(default_factory=dict)
    admin1_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (country, code) -> name
    regions: dict[str, tuple[str, int, float, float]] = field(default_factory=dict)  # continents
    capitals: dict[str, str] = field(default_factory=dict)  # folded capital's name -> ISO alpha-2
    # A short name several countries' names end with and none is called by ('Congo'): its readings.
    shared_short_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    us_abbreviations: dict[str, str] = field(default_factory=dict)  # 'tenn.' -> 'TN' (full stop kept)
    # Country -> its states and provinces outside the US as (name, ISO 3166-2 code): what an
    # abbreviated qualifier ('Ont.', 'B.C.') is matched against.
    subdivisions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


# Curly apostrophes, full stops and hyphens: 'Hô Chi Minh-Ville' and 'Hô-Chi-Minh-Ville' are one key.
_FOLD = str.maketrans({"’": "'", ".": None, "-": " "})


@lru_cache(maxsize=1)
def _combining_marks() -> dict[int, None]:
    """Every combining mark of the Basic Multilingual Plane, for str.translate to drop: one C-level
    pass per name instead of a Python loop over its characters (the gazetteer folds ~20,000)."""
    return {cp: None for cp in range(0x10000) if unicodedata.combining(chr(cp))}


def plain(name: str) -> str:
    """Letters without their accents: 'İzmir' -> 'Izmir', 'Bogotá' -> 'Bogota'."""
    if name.isascii():
        return name
    return unicodedata.normalize("NFKD", name).translate(_combining_marks())


def fold(name: str) -> str:
    """The lookup key of a name: case, full stops, hyphens and curly apostrophes do not matter."""
    return " ".join(name.translate(_FOLD).casefold().split())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer from its store, built first if the cache does not hold it yet."""
    from worker.core.extract.places.store import open_gazetteer

    return open_gazetteer()
